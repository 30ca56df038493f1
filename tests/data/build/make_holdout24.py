"""Builds tests/data/matching_holdout24.json, a held-out labelled set for the supply–demand matching engine.

How it was written
------------------
Written blind: without reading the matching engine, its documentation, its benchmarks or any other labelled set.
Every need and offer paraphrases (never copies) a public page found through a search of stored web pages; the page
is recorded as the item's source (holdout24_sources.py, 105 distinct pages). Sources include Trà Vinh University and
Can Tho University news, Nong Lam University and IRRI material on dryers, the Cuu Long Delta Rice Research
Institute / IRRI, the Research Institute for Aquaculture No. 2, the Southern institute of animal sciences, FAO
manuals (virgin coconut oil, tube biodigesters), GIZ, IFAD and ECHO pages, provincial DOST / agriculture and OCOP
news, Techmart and Techfest reports, and Vietnamese and English press (Nông nghiệp, VietnamNews, VietnamPlus...).

Topics: coconut processing (de-husking, paring, virgin oil, nata de coco, coir, coco peat, shell charcoal and
activated carbon, coconut sap and sugar, waxy "dừa sáp" products, effluent), coconut growing (embryo-cultured dừa sáp
seedlings, black-headed caterpillar and Brontispa control, drones, organic conversion), food processing and food
safety (solar and batch dryers, HACCP, self-declaration, histamine in fish sauce, vacuum and retort packing, juices,
rice paper, sausages, cold storage), OCOP, packaging, labelling, barcodes, QR / blockchain traceability and
e-commerce for small firms, handicraft (water hyacinth, coconut shell and wood, Vĩnh Long red pottery and kilns),
livestock and poultry (ASF biosecurity, bedding, biogas, black soldier fly, cattle forage, ducks, goats, vaccines,
feed), medicinal herbs (đinh lăng, GACP-WHO, drying, extracts, essential oils), small mechanical workshops (CNC,
stainless fabrication, reverse engineering, energy audits, boilers), plus distractors from other sectors (salt-tolerant
rice, salinity monitoring, desalination, shrimp, mushrooms, hydroponics). Offers on the same crop that solve another
problem, and offers sharing generic words ("hệ thống", "công nghệ", "máy", "system") without solving the need, are
included on purpose.

Language mix: 164 offers (97 Vietnamese, 67 English) written as institutes, universities, firms and technology
exchanges post them; 103 needs (61 Vietnamese, 42 English) written as enterprises, cooperatives, farmers and fishers
post them — short everyday posts in the farmer's own words (some Vietnamese ones typed without accents) and formal
requests, with figures and place names of Trà Vinh / Vĩnh Long / Bến Tre.

Grades: for every need all offers on its topic and on neighbouring topics were scanned; grade 2 = the offer would
solve the need, grade 1 = partly relevant (same problem with a partial solution, or an adjacent step), unlisted = not
relevant. Every need has at least one grade-2 offer. By the languages of their grade-2 offers: 53 needs are answered
only in their own language, 27 in both languages and 23 only in the other language.

Frozen (committed on its own) before anyone evaluates or tunes on it.

Run: python tests/data/build/make_holdout24.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout24_needs import NEEDS
from holdout24_offers import OFFERS
from holdout24_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout24", NEEDS, OFFERS, S)
