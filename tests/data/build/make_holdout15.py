"""Writes tests/data/matching_holdout15.json from the three lists beside this file.

A fifteenth held-out labelled set, written by a helper session that had not read the matching engine, its
documentation, the benchmarks, or the content of the other labelled sets. Offers and needs paraphrase public pages
found by search (Vietnamese and English news on saline intrusion, rural and school drinking water, seafood,
coconut and slaughterhouse wastewater, plastic waste, riverbank erosion and canal dredging, rooftop solar and solar
pumps, rice-husk boilers and biogas, energy use of seafood plants and cold stores, climate adaptation of rice,
coconut value chains in Tra Vinh / Vinh Long, cold chain, traceability and e-commerce, shrimp and cattle).
158 offers cover 18 topics: salinity monitoring and fresh-water storage, drinking water, seafood wastewater, coconut
wastewater, slaughterhouse and livestock waste, solid waste and plastic, erosion and dredging, solar, biomass and
biogas, energy efficiency, climate adaptation, coconut processing, rice processing, fish processing, fruit
processing, digital tools, shrimp and livestock; institutes' technical names, brands and acronyms are used in them.
84 needs are written as farmers, cooperatives, communes and firms would post them, in everyday words rather than
the offers' technical terms; 48 are Vietnamese (6 typed without accents) and 36 English. Counting grade-2 offers,
45 needs are answered only in their own language, 20 in both languages and 19 only in the other language.
Grades: 2 = the offer solves the need, 1 = related or partial (same problem with a partial answer, or a
component). Each need was graded after scanning every offer of its topic and the neighbouring topics; offers on the
same product that solve another problem (e.g. wax coconut seedlings, coir decorticators or ceramic filters that do
not remove salt) are left unlabelled as distractors.
Frozen (committed on its own) before anyone evaluates or tunes on it.
Run: python tests/data/build/make_holdout15.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout15_needs import NEEDS
from holdout15_offers import OFFERS
from holdout15_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout15", NEEDS, OFFERS, S)
