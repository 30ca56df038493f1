"""Writes tests/data/matching_holdout17.json from the three lists beside this file.

A seventeenth held-out labelled set, written by a helper session that had not read the matching engine, its
documentation, the benchmarks, or the content of the other labelled sets. Offers and needs paraphrase public pages
found by search (VASEP and Vietnamese news on shrimp and pangasius plants and their by-products, Tra Bac's coconut
shell activated carbon and coir exports, Ben Tre coconut processing, fish sauce villages, Mekong Delta rice mills,
rice husk fuel and power, cold chain studies, ASC and halal certification in the delta, Tra Vinh and Vinh Long
science and technology reports, OCOP traceability, rooftop solar, Tra Vinh wind power, Vinh Long brick kilns, salinity
intrusion, pond sludge composting and vermicompost). The 170 offers read like exchange listings from institutes and
universities, local equipment makers and service firms, and foreign suppliers, across sixteen topics: shrimp and
fish processing lines, seafood by-products, fish sauce, coconut food products, coconut shell carbon and coir, rice
drying, milling, storage and rice products, fruit and vegetable processing, animal and aquatic feed, fertiliser and
bio-products, packaging, labelling and traceability, cold storage and logistics, quality standards (HACCP, BRCGS,
GlobalGAP, ASC, halal, residue testing), wastewater and emissions, renewable energy for factories, farming (seed,
salinity, irrigation, shrimp disease) and automation. The 78 needs are what a provincial Department of Science and
Technology receives from processing plants, exporters, cooperatives and communes: formal requests with capacities
and budgets, and short posts; five are typed without accents, and most describe the problem without the offer's
technical term. About half are answered (grade 2) only by offers in their own language, over a quarter by offers in
both languages, and over a fifth only by offers in the other language. Offers on the same product that solve a
different problem (steam cookers, fried snacks, coir mattresses, noodle lines, ripening rooms) are left unlabelled as
distractors. Grades were given by scanning every offer of the topic and the neighbouring topics.
Frozen (committed on its own) before anyone evaluates or tunes on it.
Run: python tests/data/build/make_holdout17.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout17_needs import NEEDS
from holdout17_offers import OFFERS
from holdout17_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout17", NEEDS, OFFERS, S)
