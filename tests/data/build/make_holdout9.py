"""Writes tests/data/matching_holdout9.json from the three lists beside this file.

A ninth held-out labelled set, written by a helper session that had not read the matching engine, its documentation,
the benchmarks, or the content of the other labelled sets. It models posts on a provincial technology exchange as the
Tra Vinh / Vinh Long Department of Science and Technology would see them: 65 needs (39 Vietnamese, 26 English) and 190
offers (104 Vietnamese, 86 English) that paraphrase public pages found by search (institutes' and universities'
technology pages, FAO / IRRI / ACIAR / coconut-board project profiles, firms' product pages, extension articles and
Vietnamese news about farmers' and firms' problems). Subjects: coconut (fibre, coco peat, shell charcoal and activated
carbon, virgin oil, coconut water, sap, copra, waxy-coconut seedlings and products, pests), rice (salt-tolerant
varieties, seed, hermetic storage, dryers and furnaces, straw, drones, levelling, AWD, nitrogen), shrimp, crab, prawn
and snakehead (disease tests, EHP, ponds, aeration, certification, hatcheries, feed, by-products), water
(desalination, storage, drinking water, salinity warning, solar drip irrigation, effluent), energy (husk briquettes,
gasifiers, biogas, rooftop solar, heat-pump drying, motor efficiency), fruit pests, cattle feed and traceability.

About 57 % of the needs are answered only by offers in their own language, about 29 % by offers in both languages and
about 14 % only by offers in the other language; a comment before each need says which. Needs include symptoms whose
offers name the technique, very short and long posts, one post typed without accents, and offers on the same crop or
product that solve a different problem (left unlabelled). Grades (2 answers directly, 1 partly or usefully related)
were given by one judge scanning every offer of the topic and neighbouring topics. Some figures and details in the
items are invented to make them realistic; where no suitable page was found the nearest public page is cited.
Frozen (committed on its own) before anyone evaluates or tunes on it.
Run: python tests/data/build/make_holdout9.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout9_needs import NEEDS
from holdout9_offers import OFFERS
from holdout9_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout9", NEEDS, OFFERS, S)
