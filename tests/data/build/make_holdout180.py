"""Writes tests/data/matching_holdout180.json: a blind labelled set on shrimp hatcheries and post-larvae.

Theme. Shrimp hatcheries and post-larvae (PL) for Trà Vinh / Vĩnh Long. Sub-topics: (1) broodstock (SPF black tiger
and whiteleg shrimp), maturation and spawning; (2) larval rearing: water treatment, feeds (microalgae, artemia,
microdiets) and probiotics; (3) testing PL quality: PCR for white spot, EHP and AHPND, stress tests; (4) nursery
ponds, raceways and greenhouse / net-house nurseries before stocking; (5) transporting PL and acclimating them to the
pond's salinity; (6) hatchery biosecurity, certification and record-keeping. Needs are posted by hatcheries,
cooperatives, companies and farmers in the province; offers by institutes, universities, firms and laboratories.

Distractors. oZo118-oZo151 (34 offers, 20 vi / 14 en) come from neighbouring fields and share words with the needs
without solving them: giant freshwater prawn hatcheries and nurseries, crab seed, grow-out farming packages, VietGAP
and best-practice manuals for grow-out farms, grow-out probiotics, herbs and Vibrio treatment, pond aerators and
automatic feeders, grow-out feed pellets, ozone in grow-out recirculating systems, chitin / chitosan / by-products,
raw-shrimp preservation, live market-shrimp and live-bait transport, artemia biomass culture, low-salinity grow-out
mineral management. Most stay unjudged; four are judged, all grade 1, in 7 pairs, where they are an adjacent step:
oZo118 and oZo119 (grow-out certification that asks for certified seed; oZn69, oZn74), oZo148 (artemia biomass
culture as a way to cut artemia cost; oZn18), oZo150 (mineral management in low-salinity ponds; oZn54, oZn58).

Sources. Found with the search tool in 33 queries, at least one per sub-topic in Vietnamese and in English (32 on
the `pages` corpus, one on `docs`, which returned nothing usable). 122 distinct public pages: 120 serve offers and
56 serve needs (a page may serve several items). Every item paraphrases one page and keeps its figures; no sentence
is copied. No need shares its page with any of its grade-2 offers (checked); a need's page may serve one of its
grade-1 offers. Several pages serve a Vietnamese and an English offer (language twins of the same content).

Counts. 151 offers: 76 en, 75 vi (on-topic 117: 62 en, 55 vi). 75 needs: 38 vi (6 of them typed without accents:
oZn08, oZn15, oZn22, oZn32, oZn40, oZn49, marked "vi" all the same) and 37 en. 355 judged pairs: 148 grade 2 and
207 grade 1. Judged offers per need: 2 to 9, mean 4.7 (27 needs with 5, 19 with 4, 9 with 3, 8 with 6, 4 with 2,
4 with 7, 3 with 8, 1 with 9). Grade-2 offers per need: 1 (32 needs), 2 (28), 3 (5), 4 (5), 5 (5).

Language situations (by the languages of each need's grade-2 offers). Answered in their own language only: 23 needs
(12 en, 11 vi). Answered only in the other language: 13 (8 vi, 5 en). Answered in both: 39 (20 en, 19 vi). The
own-language-only share (31%) is above the "about a quarter" aimed at; it is reported as it came out, no grade was
changed to move it. Both floors hold (23 needs all own-language >= 14; 52 needs not all own-language >= 15).

Written blind: only tests/data/build/labelled_set.py was read in the repository (no matching code, docs, benchmarks,
tests, other labelled sets or make scripts); grades were set before and without any run of the engine.

Caveats.
- One judge, no second rating; grade 1 versus unjudged is the softest line (e.g. single-pathogen tests for a need
  asking for a full PL check, generic SOP consultancy for a water-treatment need).
- Thin pages: many pages were read only through search excerpts (document-site previews of theses, issuu snippets,
  abstracts, tag pages); items keep the figures seen there but may miss context.
- Places outside the province: most pages concern other places (Sóc Trăng, Nghệ An, Khánh Hòa, Ninh Thuận, Bình
  Thuận, Phú Yên, India, Latin America, the USA, Australia, Thailand, Mexico, Brazil, Korea). Every need written from
  such a page is set in Trà Vinh / Vĩnh Long with its place names (Duyên Hải, Cầu Ngang, Trà Cú, Châu Thành, Long
  Toàn, Hiệp Thạnh, Mỹ Long Nam, Vũng Liêm, Trà Ôn, Cầu Kè ...); Bình Đại, Thạnh Phú and Ba Tri are former Bến Tre
  districts, part of Vĩnh Long since the 2025 merger.
- Offers restating research as services: theses, trials, reviews and magazine articles are recast as technology
  transfer, consultancy, laboratory or supply offers; two on-topic techniques come from freshwater-prawn pages
  (intake water treatment oZo036/oZo051, PL packing oZo092/oZo103) because the method carries over to penaeid
  hatcheries, while other freshwater-prawn pages are distractors.
- Some needs are close variants (e.g. oZn55/oZn56 PL packing, oZn20/oZn21 larval probiotics), which may make the set
  easier than real traffic on those topics.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout180_needs import NEEDS
from holdout180_offers import OFFERS
from holdout180_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout180", NEEDS, OFFERS, S)
