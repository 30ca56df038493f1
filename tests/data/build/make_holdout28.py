"""Writes tests/data/matching_holdout28.json, a frozen held-out labelled set for the matching engine.

How it was written: blind, without reading the engine, its documentation, benchmarks or any other labelled
set. Needs and offers paraphrase (never copy) public pages found with a search over stored web pages:
Tra Vinh University and Can Tho / Nong Lam university news, SOFRI and CLRRI results, provincial OCOP and
agriculture news from Tra Vinh, Vinh Long and Ben Tre, FAO fish value chain pages, IRRI, Rikolto, GIZ, Oxfam and
aquaculture press on rice-shrimp and straw, Techmart coverage, equipment vendors and Vietnamese
and English press. Every item records the page it paraphrases or was inspired by (72 distinct pages).

Topics: small food and drink firms and OCOP producers of the Mekong Delta (fish sauce and fermented fish,
rice wine, coconut products, confectionery and bakery, pickles, beverages, dried, instant and frozen
foods, packaging machines, testing labs, HACCP/ISO, shelf life, labelling, traceability, branding and
e-commerce), mechanical workshops and equipment, plus agriculture, aquaculture, energy and environment
offers that act as distractors (same crop or product, other problem; shared generic words such as
"máy", "hệ thống", "system", "technology").

Language mix: offers about 57% Vietnamese, needs about 60% Vietnamese; needs mix short farmer posts in
everyday words (a few typed without accents) and formal enterprise requests, with place names of the
province (Càng Long, Cầu Kè, Tiểu Cần, Trà Cú, Duyên Hải, Châu Thành, Cầu Ngang, Vĩnh Long, Bến Tre...).

Grades: for each need every offer on the topic and neighbouring topics was scanned; 2 = the offer would
solve the need, 1 = partly relevant (same problem with a partial solution, or an adjacent step);
unlisted = not relevant. Every need has at least one grade-2 offer. About half the needs are solved only
by offers in their own language, about a quarter by offers in both languages and about a fifth only by
offers in the other language.

Frozen (committed on its own) before anyone evaluates or tunes on it.

Run: python tests/data/build/make_holdout28.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout28_needs import NEEDS
from holdout28_offers import OFFERS
from holdout28_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout28", NEEDS, OFFERS, S)
