"""Writes tests/data/matching_holdout.json from the three lists beside this file.

A held-out labelled set, written by a session that had not read the matching engine (glossary, scoring,
text, terms), its documentation, or the content of the other labelled sets. Needs and offers are
paraphrased from public pages on Mekong Delta technologies: coconut (seedlings, pests, fresh nuts,
coconut water, shell, husk, oil, candy), rice (salt-tolerant seed, drying, storage, straw, husk,
drones), shrimp and fish (disease, aeration, monitoring, hatcheries, effluent, by-products, feed), fruit
(post-harvest, cold rooms, drying, juice, pests), food processing (fish sauce, rice paper), water
(desalination, salinity monitoring and forecast, storage, irrigation), energy (biogas, solar, husk) and
agri-digital (traceability, online selling, pond sensors). Frozen (committed on its own) before anyone
evaluates or tunes on it. No `sector` field.
Run: python tests/data/build/make_holdout.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout_needs import NEEDS
from holdout_offers import OFFERS
from holdout_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout", NEEDS, OFFERS, S)
