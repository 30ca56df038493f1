"""Builds tests/data/matching_holdout26.json, a frozen held-out labelled set for the supply-demand matching engine.

How it was written
- Written blind: without reading the engine, its documentation, its benchmarks or any other labelled set; only the
  shared writer labelled_set.py was used.
- Sources: every offer and need paraphrases, or was inspired by, a public page found with the search tool (pages
  corpus): news and pages of Tra Vinh University and its Institute of Biotechnology, Can Tho University, Nong Lam
  University, the Cuu Long Delta Rice Research Institute, the Southern Fruit Research Institute, fisheries and
  veterinary research, provincial agriculture and science-and-technology news, FAO, GIZ/MCRP and APN material,
  Techmart reports, trade press and theses. No text was copied; all sentences are our own. The URL of the page behind
  each item is stored in its "source" field (see holdout26_sources.py; over 100 distinct pages).
- Topics: Mekong Delta (Tra Vinh, Vinh Long, Ben Tre) economy - coconut (makapuno seedlings, pests, processing,
  by-products), microbial products, bio-fertilisers and bio-pesticides, enzymes, tissue culture, salt-tolerant rice,
  shrimp, crab and fish health (diagnostics, vaccines, probiotics), sensors and IoT for ponds and salinity, materials
  from rice husk, straw and shells, drying and post-harvest, water supply under salinity, livestock waste, plus other
  sectors (machinery, digital, food processing, energy) as distractors. Distractors include offers on the same crop or
  product that solve another problem and offers sharing generic words (system, machine, technology).
- Language mix: 165 offers (about 57% Vietnamese) and 95 needs (about 59% Vietnamese). Needs mix short farmer posts
  (some typed without accents, in everyday words) with formal requests, including English requests of foreign-invested
  and export firms.
- Grades: for each need every offer on the topic and neighbouring topics was scanned; 2 = the offer would solve the
  need, 1 = partly relevant (same problem with partial solution, or an adjacent step), unlisted = not relevant. Every
  need has at least one grade-2 offer. About half the needs are solved only by offers in their own language, about
  three in ten by offers in both languages, and about a fifth only by offers in the other language.

Frozen (committed on its own) before anyone evaluates or tunes on it.

Run: python tests/data/build/make_holdout26.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout26_needs import NEEDS
from holdout26_offers import OFFERS
from holdout26_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout26", NEEDS, OFFERS, S)
