"""Holdout set 105: construction and rural housing in the Mekong Delta, needs set in Tra Vinh / Vinh Long.

Theme and sub-topics. Technology supply and demand for building in the delta: (1) building materials - unfired
bricks from fly ash, rice husk ash and soil-cement, Duyen Hai power-plant ash and slag, Mang Thit brick kilns and
cleaner firing, AAC blocks and panels, EPS / 3D sandwich panels, precast and light-steel frames, cement substitutes
(rice husk ash, bagasse ash, fly ash), sea sand and dune sand for concrete and fill, concrete in saline air; (2)
treated wood, bamboo and coconut timber; (3) flood-resilient houses (raised-floor, attic, float and amphibious
houses) and storm-resilient houses (roof ties, straps, reinforced roofs); (4) house raising with hydraulic jacks and
foundations on soft soil (melaleuca and bamboo piles, pressed RC piles, soil-cement columns, helical piles,
settlement repair, vertical drains); (5) small contractors' tools and machinery (mixer and excavator hire, brick
presses, concrete-pipe machines, pile presses); (6) rural roads (soil stabilisation, low-cost and labour-based
surfacings, geocells and geogrids, sea-sand and ash fill); (7) small bridges and culverts (prefabricated and
modular steel bridges, footbridges, precast box culverts and spun pipes); and, as the ground under riverside
houses, low-cost riverbank protection (geobags, gabions, bamboo and brushwood works, pile groynes).

Distractors. 30 of the 163 offers (17 en, 13 vi) are distractors from neighbouring fields sharing words with the
needs without solving them: kiln heritage tourism instead of kiln technology, fired bricks instead of unfired ones,
emission monitoring instead of cleaner kilns, US HUD-code research, non-structural husk concrete, a sand-budget
study, a coconut-shell brick idea, furniture wood treatment and precious-wood care, coconut furniture and coconut
farming, stilt/floating-house tourism and a travel Q&A, roofing-sheet sales, basement construction, bored piles for
high-rises, solar earth screws, a delta-wide subsidence model, mixer rental price bands, a DIY rental checklist,
remote demolition machines, the rental business, pipe-machine history, coal-mine waste roads, semi-flexible
pavements, cable-stayed bridges, ready-mix concrete for revetments, a sediment consolidation paper, floor-stone
sales and the ash-processing decree. Only one is judged: mCo045 (furniture wood anti-termite treatment) gets grade 1
for mCn17 as an adjacent step; the other 29 are unjudged.

Sources. Pages were found with the search tool (corpus "pages"; one "docs" query on small steel bridges gave
nothing usable), about 75 queries in Vietnamese and English with at least one per sub-topic. Every need and offer
paraphrases one page (figures kept, no sentence copied) and records its URL in holdout105_sources.py: 233 distinct
pages. A page may serve several items, but no need shares its page with any of its grade-2 offers (checked). Some
offers are written in the other language than their page (e.g. a Vietnamese offer from an English page).

Counts. Offers: 163 (84 vi, 79 en). Needs: 79 (40 vi, 39 en); 6 Vietnamese needs are typed without accents, as on a
phone (mCn07, mCn19, mCn24, mCn33, mCn53, mCn59), still marked "vi". Judged pairs: 367 (206 grade 2, 161 grade 1);
judged offers per need 2-8, mean 4.6; 134 offers are judged at least once.

Language situations (by the languages of a need's grade-2 offers). Own language only: 15 needs (9 vi, 6 en:
mCn05, 14, 17, 24, 26, 35, 47, 52, 53, 70, 73, 76, 77, 78, 79). Other language only: 6 needs (mCn08, 10, 16, 28, 67
in en answered only in vi; mCn74 in vi answered only in en). Both languages: 58 needs. The own-language share is
19%, below the intended quarter: after a second pass that made grades consistent across similar offers (manual
block presses, prefabricated bridge makers, soft bank protection, storm-house designs) several needs gained
grade-2 answers in the other language, and four needs (mCn76-mCn79) were then written whose answers exist only in
their own language, to stay above the floor of 14. No grade was raised or lowered to reach a share.

Places. Needs are set in Tra Vinh / Vinh Long (Mang Thit, Long Ho, Vung Liem, Tam Binh, Tra On, Binh Minh, Vinh
Long city, Tra Vinh city, Cang Long, Cau Ke, Tieu Can, Chau Thanh, Cau Ngang, Tra Cu, Duyen Hai and their communes).
Only mCn01, 02, 05, 09, 45, 46, 64, 66, 75 and 78 come from pages about the province itself and mCn08, 56, 60 and 71
from delta-wide pages; every other need was written from a page about another place (other delta provinces,
central Vietnam, Ho Chi Minh City or abroad) and is set in the province.

Written blind: only tests/data/build/labelled_set.py was read in the repository; no matching code, docs,
benchmarks, tests, other labelled sets or other make scripts were read, and git was not run.

Caveats. One judge, no second opinion; grade-1 versus unjudged and grade-1 versus grade-2 are judgement calls,
especially where many similar suppliers would all solve a need (bridges, AAC). Several pages are thin (listing or
tag pages, short news items, search excerpts of longer documents), so the paraphrase rests on what the excerpt
shows. Most needs are transposed from places outside the province. Many offers restate research papers, theses,
news reports, guides or foreign programmes as if their authors offered a service or transfer. Some offers describe
foreign products or practice (US, Bangladesh, Philippines, Laos, Malaysia) that a delta user could not buy locally.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout105_needs import NEEDS
from holdout105_offers import OFFERS
from holdout105_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout105", NEEDS, OFFERS, S)
