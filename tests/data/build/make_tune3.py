"""Writes tests/data/matching_tune3.json from the three lists beside this file.

Another labelled set, written by a session that had not read the glossary, the weights or the other
sets' content, from public pages on Mekong Delta technologies: coconut (sap sugar, coir, shell carbon,
oil, by-products), rice (salt-tolerant seed, drying, straw, husk, bran, AWD), shrimp and aquaculture
(shrimp-rice, mangrove shrimp, aeration, disease, hatcheries, by-products), water (desalination,
storage, salinity warning, wastewater) and energy (rooftop solar, solar pumps, cold rooms, biogas,
husk gasification, dryers). Frozen (committed on its own) before any tuning on it. No `sector` field.
Run: python tests/data/build/make_tune3.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from labelled_set import write
from tune3_needs import NEEDS
from tune3_offers import OFFERS
from tune3_sources import S

if __name__ == "__main__":
    write("tune3", NEEDS, OFFERS, S)
