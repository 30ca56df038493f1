"""Writes tests/data/matching_holdout22.json: a held-out labelled set of technology offers and needs.

How it was written. Every item paraphrases (never copies) a public page found with a search of stored web pages; the
page is recorded as the item's source (118 different pages in holdout22_sources.py): news of Trà Vinh University, Can
Tho University, Nong Lam University, the rice institute (CLRRI), the fruit institute (SOFRI) and the aquaculture and
marine fisheries institutes; provincial agriculture, science and extension news of Trà Vinh, Bến Tre, Sóc Trăng and
Vĩnh Long; FAO, GIZ, IUCN/SNV, ACIAR and AquaFish material; technology-market (Techmart) and trading-platform pages;
company pages and the Vietnamese and English press.

Topics. Mostly the Mekong Delta seafood economy: intensive, super-intensive, biofloc, recirculating and nursery shrimp
systems; pond equipment and water-quality monitoring; shrimp disease diagnosis and control, seed quality and hatchery
biosecurity; rice–shrimp, mangrove–shrimp and extensive systems, freshwater prawn; mud crab hatchery, grow-out,
fattening and soft-shell crab; clams, oysters and depuration; snakehead, tra catfish, goby, seabass and tilapia; feed
(black soldier fly, by-product meals); seaweed (sea grape, Gracilaria); processing and by-products (chitosan,
collagen, fishmeal, fish sauce, enzymes, drying, wastewater); cold chain and fishing boats (slurry ice, fish holds,
flake ice, LED lights, VMS, winches, desalination). Distractors from other sectors share the crop or the generic words
(coconut caterpillar control versus coconut processing, drying of fruit versus fish, nanobubbles for hydroponics,
chitosan fruit coating, rice, mushrooms, cattle, fruit orchards, drones, drinking-water RO, brokerage).

Language mix. 163 offers (95 Vietnamese, 68 English) written as institutes, universities, firms and technology
exchanges post them; 101 needs (61 Vietnamese, 40 English) written as enterprises, cooperatives, farmers and fishers
would post them, from short everyday posts in the farmer's words (five typed without accents) to formal requests,
with place names and figures of Trà Vinh and its neighbours.

Grades. For each need every offer on its topic and on neighbouring topics was read: 2 = the offer would solve the
need, 1 = partly relevant (same problem with a partial answer, or an adjacent step), unlisted = not relevant. Every
need has at least one grade-2 offer. By the language of their grade-2 offers, 52 needs are answered only in their own
language, 27 in both languages and 22 only in the other language.

Written without reading the matching engine or any other labelled set. Frozen (committed on its own) before anyone
evaluates or tunes on it.

Run: python tests/data/build/make_holdout22.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout22_needs import NEEDS
from holdout22_offers import OFFERS
from holdout22_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout22", NEEDS, OFFERS, S)
