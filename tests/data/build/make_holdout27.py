"""Builds the frozen held-out set tests/data/matching_holdout27.json (needs, offers and graded judgements).

How the set was written:
- Sources: 101 distinct public pages found with the search tool (pages corpus) and paraphrased, never copied:
  news and documents of Trà Vinh University, Can Tho University, the Cuu Long Delta Rice Research Institute
  (OM varieties), provincial fisheries and agriculture news of Trà Vinh, Bến Tre, Cà Mau and Sóc Trăng, GIZ
  coastal and mangrove programmes, APN, WorldFish-style mangrove-shrimp material, IWA / MDPI rainwater studies,
  cold-chain and logistics press, offshore wind company news, seafood-processing and salt-making manuals.
  Every need and offer records the page it paraphrases or was inspired by (holdout27_sources.py).
- Topics: climate change on the Mekong coast (saline intrusion and fresh water, coastal and river-bank erosion,
  mangroves, storm and flood resilience of houses and ponds), coastal aquaculture (shrimp, mud crab, clams),
  salt production, offshore wind and solar, cold chain and logistics of Duyên Hải, Trà Cú and Cầu Ngang, the
  industries of the Định An economic zone, plus coconut, fruit, rice, mushrooms, biogas and generic IT/lab
  offers as distractors (same crop but another problem, or shared words such as "hệ thống", "máy", "system").
- Language mix: 157 offers (89 Vietnamese, 68 English) written as institutes, universities, firms and
  technology exchanges post them; 107 needs (63 Vietnamese, 44 English) written as enterprises, cooperatives,
  farmers and fishers post them: short everyday posts in the farmer's words (three typed without accents) and
  formal requests, with local place names, figures and vocabulary that differs from the offers'.
- Grades: for each need every offer on the topic and neighbouring topics was scanned; 2 = the offer would solve
  the need, 1 = partly relevant (same problem with a partial answer, or an adjacent step), unlisted = not
  relevant. Every need has at least one grade-2 offer. By the language of the grade-2 offers: 54 needs are
  answered only in their own language, 29 in both languages and 24 only in the other language.
- Written blind: without reading the matching engine, its documentation, benchmarks or any other labelled set.

Frozen (committed on its own) before anyone evaluates or tunes on it.

Run: python tests/data/build/make_holdout27.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout27_needs import NEEDS
from holdout27_offers import OFFERS
from holdout27_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout27", NEEDS, OFFERS, S)
