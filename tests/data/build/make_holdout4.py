"""Writes tests/data/matching_holdout4.json from the three lists beside this file.

A fourth held-out labelled set, written by a session that had not read the matching engine, its documentation, the
benchmarks, or the content of the other labelled sets. Needs and offers are paraphrased from public pages on Mekong
Delta technologies: coconut (husk and coir, coco peat, sap sugar, makapuno seedlings, pests, desiccated coconut),
rice (salt-tolerant seed, drying, storage, straw mushrooms), shrimp and fish (disease testing, pond monitoring,
biofloc, rice-shrimp, pangasius by-products), fruit and sweet potato (post-harvest, drying, processing),
livestock (biogas, manure, silage), water (household storage, rainwater, brackish RO, salinity data), energy
(rice husk, solar pumps), agri-digital (traceability, drones) and environment (composting, black soldier fly,
plastics, seafood wastewater). Frozen (committed on its own) before anyone evaluates or tunes on it.
Run: python tests/data/build/make_holdout4.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout4_needs import NEEDS
from holdout4_offers import OFFERS
from holdout4_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout4", NEEDS, OFFERS, S)
