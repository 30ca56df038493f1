"""Writes tests/data/matching_holdout16.json from the three lists beside this file.

A sixteenth held-out labelled set, written by a helper session that had not read the matching engine, its
documentation, the benchmarks, or the content of the other labelled sets. Offers and needs paraphrase public pages
found by search (Vietnamese and English news, extension and trade articles, institute and firm pages, a review of the
coconut black-headed caterpillar) on the Tra Vinh / Vinh Long economy as a provincial Department of Science and
Technology sees it: coconut (wax-coconut embryo culture, seedlings, black-headed caterpillar, Brontispa, beetles,
nut mites, sap and sugar, bottled water, trimmed young coconuts, virgin oil, desiccated coconut, nata, vinegar, milk,
candy, coir, coco peat, geotextiles, shell charcoal and activated carbon, trunk timber), rice (salt-tolerant seed,
salinity warning and meters, sodic soils, rice-shrimp, certified seed, drying, milling, storage, straw and husk),
shrimp (disease tests, EHP, EMS, aeration, monitoring, effluent, mangrove shrimp), fish and prawn, mud crab, clams
and cockles, cattle and goats, fruit (longan witches' broom, pomelo borer, fruit fly, export treatments), vegetables
on sandy ridges, salt, handicrafts (sedge mats, bamboo and hyacinth), food-processing SMEs (fish sauce, dried fish,
rice paper, banh tet, Khmer prahok, shrimp by-products) and water and energy (desalination, rainwater, iron filters,
biogas, solar, wind, coastal erosion).
Needs mix short platform posts and fuller requests; eight Vietnamese ones are typed without accents, some mix English
technical words, some use local names of pests and varieties, and some state only a symptom or a goal. About half are
answered (grade 2) only by offers in their own language, about a quarter in both languages, and about a fifth only in
the other language. Offers on the same product that solve another problem are left unlabelled as distractors. Grades
were given by scanning every offer of the topic and the neighbouring topics.
Frozen (committed on its own) before anyone evaluates or tunes on it.
Run: python tests/data/build/make_holdout16.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout16_needs import NEEDS
from holdout16_offers import OFFERS
from holdout16_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout16", NEEDS, OFFERS, S)
