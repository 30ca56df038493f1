"""Writes tests/data/matching_holdout3.json from the three lists beside this file.

A third held-out labelled set, written by a session that had not read the matching engine, its documentation, the
content of the other labelled sets or their build lists. Needs and offers are paraphrased from public pages on Mekong
Delta technologies, chosen away from the subjects the other sets cover most: mud crab (seed, fattening, mangrove
farming), clams, cockles and oysters, pomelo and citrus (flowering, greening, peel), durian (Phytophthora, salinity,
water storage), dragon fruit and mango (canker, fruit fly, bagging, quarantine treatment), longan witches' broom,
sweet potato (weevil, storage, grading), rice water management and rice–shrimp/prawn systems, aquafeed (black soldier
fly, snakehead, pangasius), eel, cattle and pig/poultry (silage, by-products, deep litter, wastewater), peanut on sandy
ridges, solar drying, rice noodles, coconut candy, fish sauce, juice HPP, rainwater, solar pumps, hydroponics,
mushrooms and agri-digital tools. Frozen (committed on its own) before anyone evaluates or tunes on it. No `sector`
field.
Run: python tests/data/build/make_holdout3.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout3_needs import NEEDS
from holdout3_offers import OFFERS
from holdout3_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout3", NEEDS, OFFERS, S)
