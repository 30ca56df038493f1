"""Builds tests/data/matching_holdout25.json, a frozen held-out labelled set for the supply-demand matching engine.

How it was written: blind, without reading the engine, its documentation, benchmarks or any other labelled set.
Items paraphrase (never copy) public pages found with the search tool: news from Trà Vinh University and Can Tho
University, institute and provincial agriculture/DOST news, Vietnamese and English press (Nông nghiệp Việt Nam,
Dân Việt, Khoa học & Phát triển, Vietnam News, VietnamPlus), FAO and industry material, and technical documents;
every item records the URL of the page it paraphrases or was inspired by (109 distinct pages).

Topics: the Mekong Delta economy as seen at a provincial science department's supply-demand workshop: coconut
(waxy coconut seedlings, black-headed caterpillar, nata de coco, virgin oil, nectar, coir, shell), rice (salinity,
rice-shrimp, AWD, drones, straw, drying), fruit, shrimp, crab, clam and fish, food processing, water and sanitation,
renewable energy, livestock, herbs, handicraft and digital tools, plus offers from other sectors and offers that share
generic words ("hệ thống", "máy", "system") or the same crop without solving the need, as distractors.

Language mix: 160 offers (90 Vietnamese, 70 English) as institutes, universities, firms and exchanges post them;
108 needs (63 Vietnamese, 45 English), short everyday posts in farmers' words (some typed without accents) and formal
requests, with figures and place names of Trà Vinh, Vĩnh Long and Bến Tre.

Grades: for each need every offer on its topic and neighbouring topics was scanned; 2 = the offer would solve the
need, 1 = partly relevant (same problem with a partial solution, or an adjacent step), unlisted = not relevant. Every
need has at least one grade-2 offer. About half the needs are solved only by offers in their own language, about a
quarter by offers in both languages, and about a fifth only by offers in the other language.

Frozen (committed on its own) before anyone evaluates or tunes on it.

Run: python tests/data/build/make_holdout25.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout25_needs import NEEDS
from holdout25_offers import OFFERS
from holdout25_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout25", NEEDS, OFFERS, S)
