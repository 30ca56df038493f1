"""Writes tests/data/matching_holdout12.json from the three lists beside this file.

A twelfth held-out labelled set, written by a helper session that had not read the matching engine, its
documentation, the benchmarks, or the content of the other labelled sets. Offers and needs paraphrase public pages
found by search (institutes' and firms' technology pages, extension articles, FAO / IRRI / PCA material, Vietnamese
news about farmers' and firms' problems) on the Tra Vinh / Vinh Long economy: coconut (coir extraction and twining,
geotextiles, mulch mats, coco peat, dehusking, sap sugar and nectar, bottled coconut water, virgin oil, desiccated
coconut, nata de coco, wax coconut seedlings, trunk timber, black-headed caterpillar, beetles, nut borer), rice
(salt-tolerant seed, salinity warning, sodic soils, AWD, blast, drones, drying, hermetic storage, husk power and ash,
bran, straw), shrimp, prawn, snakehead and pangasius (disease tests, nurseries, feeders, DO control, aeration energy,
certification, by-products, processing), water and energy (desalination, rainwater, iron filters, biogas, solar),
fruit and vegetables, livestock, food processing and packaging, and digital tools and traceability.
Needs mix short everyday posts and formal requests; some are typed without accents. Roughly half are answered only by
offers in their own language, under a third in both languages, and about a fifth only in the other language.
Offers on the same product that solve another problem are left unlabelled as distractors. Grades were given by
scanning every offer of the topic and the neighbouring topics.
Frozen (committed on its own) before anyone evaluates or tunes on it.
Run: python tests/data/build/make_holdout12.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout12_needs import NEEDS
from holdout12_offers import OFFERS
from holdout12_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout12", NEEDS, OFFERS, S)
