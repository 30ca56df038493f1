"""Writes tests/data/matching_holdout2.json from the three lists beside this file.

A second held-out labelled set, written by a session that had not read the matching engine, its documentation, the
content of the other labelled sets or their build lists. Needs and offers are paraphrased from public pages on Mekong
Delta technologies: coconut (pests, oil, water, peat, shell carbon, waxy coconut, coir, fresh nuts), rice
(salt-tolerant seed, rice-shrimp, drying, husk energy, water-saving irrigation, drones, straw), shrimp and fish
(effluent, disease, monitoring, aeration, by-products, processing wastewater), fruit and food processing
(post-harvest, quarantine, drying, sweet potato, juice), water (desalination, rainwater, rural supply, salinity
monitoring), energy (biogas, solar) and agri-digital (traceability, disease warning). Frozen (committed on its own)
before anyone evaluates or tunes on it. No `sector` field.
Run: python tests/data/build/make_holdout2.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout2_needs import NEEDS
from holdout2_offers import OFFERS
from holdout2_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout2", NEEDS, OFFERS, S)
