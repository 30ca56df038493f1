"""Writes tests/data/matching_holdout5.json from the three lists beside this file.

A fifth held-out labelled set, written by a session that had not read the matching engine, its documentation, the
benchmarks, or the content of the other labelled sets (only the format of labelled_set.py and make_holdout4.py). Needs
and offers paraphrase public pages found with the search tool (news from the Mekong Delta provinces, extension and
institute pages, theses and project reports, FAO / AVRDC / Practical Action material); each item carries the URL of its
page. The emphasis is deliberately away from the usual coconut / rice / shrimp headlines: mud crab, blood cockle, clam
and oyster, seaweed and mangrove shrimp, beef cattle and goats, peanut, maize, watermelon and chili on the sandy ridges
of Trà Cú and Cầu Ngang, medicinal herbs and extracts, salt, fishing boats, ice and fish sauce, rice noodles, rice
paper and bánh tét, coconut candy, handicrafts (water hyacinth, sedge mats, coconut), food-safety certification and
packaging, energy efficiency and rooftop solar, slaughterhouse and craft-village wastewater, school drinking water,
coastal erosion, software and e-commerce for co-operatives, plus a few on coconut pests, rice seed, shrimp and pomelo.
Needs are written in a practitioner's words (often the symptom, not the technique); grades are 2 (answers the need)
and 1 (partly or usefully related), judged against every offer of the topic. Hard cases include offers on the same
crop or animal but another problem (foot-and-mouth vaccine for a lumpy-skin need, pod picker for a skin-removal need,
seaweed farming for a pond overgrown with weed), local words (chết ẻo, cua ốp, lặt đậu) and answers in the other
language. Frozen (committed on its own) before anyone evaluates or tunes on it.
Run: python tests/data/build/make_holdout5.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout5_needs import NEEDS
from holdout5_offers import OFFERS
from holdout5_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout5", NEEDS, OFFERS, S)
