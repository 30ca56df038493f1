"""Build the blind labelled set holdout140 (tests/data/matching_holdout140.json).

Theme: pest control for homes, shops, warehouses and food businesses, for the technology supply-demand exchange of
Trà Vinh (now part of Vĩnh Long). Sub-topics: termite control in houses and new buildings (soil barriers, baiting
systems, hộp nhử mối, TCVN 7958); rodent control in rice warehouses, markets and restaurants (including remote
sensor traps); mosquito control and dengue prevention in neighbourhoods (spraying, larval control, guppies and
Mesocyclops, Bti, Wolbachia); cockroach and fly control in food businesses (gel baits, insect light traps);
fumigation of stored grain and export goods (phosphine, ISPM 15, hermetic bags, controlled atmosphere, pheromone
monitoring); bird control at warehouses and factories; safe use and storage of pest-control chemicals and
licensing of pest-control services; integrated pest management and monitoring for food-safety audits (HACCP,
ISO 22000, BRC/AIB documentation).

Distractors: 32 of the 164 offers (about a fifth) come from neighbouring fields and share words with the needs
without solving them: field-rat trapping on rice paddies, black soldier fly farming, paddy dryers, swiftlet houses
(attracting birds), crop cannons and an airport bird-strike study, basement waterproofing and geotextiles, SPC
floors and plastic wall panels "chống mối", a dengue vaccine and a dengue epidemiology thesis, tea-crop pesticides,
industrial chemical-incident planning, field IPM for rice, general HACCP/ISO 22000 consulting, clean-room doors,
household rice jars and retail cockroach gel packs. Only one distractor is judged (nLo090, retail gel packs, grade 1
for a dormitory baiting need); the others are unjudged.

Sources: pages found with the search tool, corpus `pages`, about 50 queries in Vietnamese and English with at least
one per sub-topic; one query in `docs` returned nothing usable, so no docs page is used. 227 distinct pages:
75 need pages and 164 offer pages, 12 pages serving both a need and an offer (never a grade-2 offer of that need).
Every item paraphrases its page (figures kept) and records its URL in holdout140_sources.py.

Counts: 164 offers (82 vi, 82 en); 75 needs (38 vi, 37 en); 6 Vietnamese needs typed without accents (nLn04,
nLn12, nLn18, nLn26, nLn50, nLn66), marked "vi". Judged pairs: 376 (225 grade 2, 151 grade 1); judged offers per
need 3 to 10, mean 5.0. Every need has at least one grade-2 offer.

Language situations (counted from the grade-2 offers): 28 needs answered in their own language only (13 vi, 15 en),
12 answered only in the other language (9 vi, 3 en), 35 answered in both. So 28 needs meet the own-language floor
(14) and 47 the not-own-language floor (15). The own-language-only share (37%) came out above the quarter the brief
suggests; grades were not changed to move it.

Written blind: of the repository only tests/data/build/labelled_set.py was read; no matching code, docs,
benchmarks, tests, other labelled sets or other make scripts were read, and nothing else in the repository was run.

Caveats: one judge, no second opinion on the grades. Several pages are thin (short news items or titles with little
text, e.g. the VTV, THVL, Báo Tây Ninh and kiendovn pages), so some items lean on little material. Most pages are
about other places (Hà Nội, TP.HCM, Đà Nẵng, Cà Mau, Đồng Tháp, the USA, Australia, India, the Philippines); 72 of
the 75 needs were written from such pages (or pages with no place) and re-set in Trà Vinh / Vĩnh Long with the
province's place names; only the Trà Cú dengue item, the THVL Vĩnh Long item and the Báo Vĩnh Long rat item come
from provincial pages. Several offers restate research, standards or manuals as services (e.g. TCXD 204, the IRRI
manual and hermetic storage studies, Mesocyclops studies, the Citizen AcTS and integrated Aedes management papers,
the phosphine desorption and distribution studies, the Baltimore rodent study, the container fumigation thesis).
Foreign licensing and certification offers (US state programmes) are graded by content even though they would not
certify staff in Vietnam.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout140_needs import NEEDS
from holdout140_offers import OFFERS
from holdout140_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout140", NEEDS, OFFERS, S)
