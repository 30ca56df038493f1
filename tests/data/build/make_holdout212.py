"""Blind labelled set holdout212: rice noodles, rice paper and rice-flour products (Tra Vinh / Vinh Long).

Theme and sub-topics: fresh bun lines and extrusion (incl. direct extrusion from dry flour); sheet noodles
(banh pho, hu tieu: steaming and cutting lines, craft-village process know-how); drying of noodles (hot air,
heat-pump rooms); rice paper (banh trang) drying by solar, kiln waste heat and clean biomass heat, rice paper
machines, recipes (tapioca, coconut, dew-softened) and collective brands; soaking and wet/dry milling of rice
flour; shelf life (vacuum, MAP, water activity, irradiation, use-by models), texture additives and borax-free
noodles, food safety (HACCP, borax tests); wastewater of noodle and rice-flour villages, biogas from flour
residue and pig waste, and rice-husk heat for kilns.

Distractors: 33 of 158 offers (about a fifth, marked "# D" in holdout212_offers.py) from neighbouring fields
that share words without solving the needs: wheat instant noodles, paddy/corn/pepper dryers, paddy milling and
soaking tanks, non-food "rice paper" (pith, xuan, handmade paper), wheat spring-roll wrappers, rice bran oil,
brown-rice milk, puffed rice, MAP or chitosan for other foods, pig-farm and Chinese biogas schemes, palm-oil and
salty modified-starch effluent, grain-dryer husk furnaces, a banh tet electric pot. Two are judged, both
grade 1 as adjacent steps (qFo079 rice flour from broken rice, qFo141 cyclonic husk furnace); the rest are
unjudged.

Sources: 39 queries with the search tool (38 in corpus pages, 1 in docs; Vietnamese and English, at least one
per sub-topic). 139 distinct public pages: 117 behind offers and 22 behind needs only; no page serves both a
need and any offer. Every item paraphrases one page, keeping its figures.

Counts: 158 offers (83 en, 75 vi); 78 needs (39 vi, 39 en), 6 of the vi needs typed without accents
(qFn04, qFn08, qFn15, qFn34, qFn62, qFn74). 416 judged pairs: 200 grade 2, 216 grade 1; judged offers per need
2 to 12, mean 5.3. Every need has at least one grade-2 offer; every non-distractor offer is judged at least once.

Language situations (grade-2 offers): 18 needs answered only in their own language, 10 only in the other
language, 50 in both. Own-only is a little under a quarter of 78 and both is higher than planned, because many
technical pages gave rise to a Vietnamese and an English listing and both had to be graded alike; no grade was
moved to reach a share.

Written blind: in the repository only tests/data/build/labelled_set.py was read; no matching code, docs,
benchmarks, tests, other labelled sets or other make_*.py, and no git.

Caveats: one judge, no second opinion. Several pages are thin (product blurbs, abstracts, travel or news
pieces, a 123doc preview whose URL slug names another document), and some offers restate research results
(papers, theses) as transferable services, which real providers may not offer. Most needs were written from
pages about other places (Sa Dec, My Tho, Dai Loc, Cu Chi, Trang Bang, Ha Noi, Ho Chi Minh City) or no place and
were set in the province (see the docstring of holdout212_needs.py); the My Long pages predate the 2025 merger
of Ben Tre into Vinh Long. Several Vietnamese/English offer pairs paraphrase the same page, so
cross-language near-duplicates are deliberate. Needs are about 78 rather than 75.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout212_needs import NEEDS
from holdout212_offers import OFFERS
from holdout212_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout212", NEEDS, OFFERS, S)
