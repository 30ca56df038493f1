"""Writes tests/data/matching_holdout20.json from the three lists beside this file.

A twentieth held-out labelled set, written by a helper session that had not read the matching engine, its
documentation, the benchmarks, or the content of the other labelled sets. Offers and needs paraphrase public pages
found by search (Vietnamese news and extension articles, institute and company pages, FAO / IRRI / PhilRice material,
water-supply studies) on the Tra Vinh / Vinh Long economy. Topics: coconut (copra dryers, desiccated coconut, milk,
cream and powder, virgin oil by fermentation, centrifuge and dry process, oil dewatering, bottled and concentrated
coconut water, trimmed fresh nuts, flower sap, sugar and vinegar, nata de coco, coir, peat, shell charcoal, activated
carbon, briquettes, pests, wastewater), drying of fish, shrimp, fruit, pepper and herbs (solar, heat pump, husk-fired,
freeze, infrared, spray), rice post-harvest (flatbed and recirculating dryers, husk furnaces, two-stage drying,
hermetic storage, husk power and silica, straw, bran, sorting), drinking water (household and community RO, plant
retrofits, rainwater, iron, arsenic, microbes, disinfection) and wastewater, shrimp and fish health and pond water
quality (PCR and LAMP tests, probiotics, phage, herbal additives, vaccines, IoT and DO control, biofloc, nurseries),
fruit and sweet potato preservation, farm energy (biogas, solar), livestock and digital tools.
Many offers are deliberately close neighbours (several dryers, water filters, shrimp-disease products, coconut lines)
that differ in the problem solved, the scale or the product, so the right one is found only by reading the need.
Needs mix short everyday posts and formal requests; five are typed without accents. About 55% of needs are answered
only by offers in their own language, under a quarter in both languages, and about a fifth only in the other language.
Near neighbours that do not solve a need are left unlabelled or graded 1. Grades were given by scanning every offer of
the topic and the neighbouring topics.
Frozen (committed on its own) before anyone evaluates or tunes on it.
Run: python tests/data/build/make_holdout20.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout20_needs import NEEDS
from holdout20_offers import OFFERS
from holdout20_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout20", NEEDS, OFFERS, S)
