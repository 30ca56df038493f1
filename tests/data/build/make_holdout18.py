"""Writes tests/data/matching_holdout18.json from the three lists beside this file.

An eighteenth held-out labelled set, written by a helper session that had not read the matching engine, its
documentation, the benchmarks, or the content of the other labelled sets. Offers and needs paraphrase public pages
found by search (Vietnamese provincial and national news, extension and cooperative pages, Can Tho University
abstracts, FAO and IWA material) on the farm economy of Tra Vinh / Vinh Long: coconut (black-headed caterpillar,
beetles, weevil grubs, bud rot, mites, wax-coconut and dwarf seedlings, intercropping, nutrition, group organic
certification, sap nectar and sugar, virgin oil, coir and coco peat, shell charcoal, nata de coco, bottled water,
climbing and dehusking), rice (salt-tolerant seed, salinity warning, salt-damaged soils, seed production,
planthopper, nitrogen, golden snail, blast, AWD, drying, hermetic storage, straw, drones, row seeding, milling),
shrimp, giant freshwater prawn, mud crab, snakehead and pangasius (systems, disease tests, vaccines, feed, oxygen,
effluent, drying), cattle and poultry, fruit orchards (longan, durian, pomelo, mango, citrus: flowering, pests,
saline damage, storage), vegetables, mushrooms, bees, farm water (storage, desalination, filters, salinity sensors)
and farm energy (biogas, solar, dryers, aerators).
About half of the offers are in Vietnamese and half in English. Needs mix short everyday posts and longer requests,
often in farmers' words rather than the offer's technical term; six are typed without Vietnamese accents. The set
stresses the cross-language case: about 40% of needs are answered (grade 2) only by offers in their own language,
about 28% by offers in both languages, and about a third only by offers in the other language. Offers on the same
crop or animal that solve another problem are left unlabelled as distractors in both languages. Grades (2 solves,
1 partly/related) were given by scanning every offer of the topic and the neighbouring topics.
Frozen (committed on its own) before anyone evaluates or tunes on it.
Run: python tests/data/build/make_holdout18.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout18_needs import NEEDS
from holdout18_offers import OFFERS
from holdout18_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout18", NEEDS, OFFERS, S)
