"""Blind labelled holdout set 213: unfired bricks and building materials from local waste (Trà Vinh / Vĩnh Long).

Theme and sub-topics. Needs and offers on building materials made from local waste instead of fired clay:
(1) unfired cement-aggregate bricks and blocks (lines, mixes, curing, wall cracking, norms, press automation);
(2) fly ash and bottom ash from the Duyên Hải power centre (ash bricks, ash processing, mortar, geopolymer, hollow
wall panels, road binders and stabilised soil, ash supply); (3) rice-husk ash and sugarcane-bagasse ash (reactive
ash production and testing, sand concrete, husk-aggregate concrete, RHA bricks, compressed stabilised earth blocks);
(4) dredged sand and mud, water-works and textile sludge, sea sand (bricks and pavers from sediment, leaching tests,
sediment binders, sea-sand washing, substitutes for river sand); (5) replacing the clay brick kilns of Mang Thít
and the province (transition programmes, conversion of kiln projects and kiln owners to unfired production);
(6) lightweight concrete (CLC foam concrete, AAC, aerated geopolymer, lightweight aggregate from fly ash);
(7) recycled aggregate (demolition rubble, broken kiln bricks, crushing equipment and services, oyster/clam shells).

Distractors. 32 of the 160 offers are distractors from neighbouring fields that share words with the needs without
solving them: fired-brick kilns (Hoffmann, tunnel, vertical shaft, channel kilns, yin-yang clay bricks, new firing
technology), kiln tourism and art pottery, glazed ceramic tiles, gypsum ceilings, rice husk as fuel (boilers,
gasifiers, pellets, biochar), sand-budget modelling and sand-management advice, fill sand supply, channel dredging
contractors, sluice and estuary-sedimentation modelling, ash-pond monitoring, fly-ash adsorbents, RCC dam binders,
geogrids, expanded-clay aggregate. 5 of them are judged, all grade 1 as an adjacent step (RCC mineral admixtures for
the fly-ash classification need, fill sand for two sand-substitute needs, a kiln-smoke community survey for the
kiln-fumes need, expanded clay for the two fly-ash lightweight-aggregate needs); the other 27 are unjudged.

Sources. Pages were found with the search tool: 33 queries in the `pages` corpus (Vietnamese and English, at
least one per sub-topic: gạch không nung, tro xỉ Duyên Hải, tro trấu, lò gạch Mang Thít, bùn nạo vét, bê tông
nhẹ AAC/CLC, cốt liệu tái chế, geopolymer, cát biển, bùn thải nhà máy nước, rice husk ash, fly ash bricks,
recycled aggregate, dredged sediment bricks, foam concrete, brick kilns, Mekong sand, lightweight aggregate,
seashell aggregate, soil stabilisation, rice husk fuel...) and 1 in `docs`. 109 distinct pages are used
(holdout213_sources.py); every need and offer paraphrases one of them, figures kept. A page may serve several items
(a Vietnamese and an English offer are often written from the same page and graded alike), but no need shares its
page with any of its grade-2 offers.

Counts. 160 offers: 82 English, 78 Vietnamese. 75 needs: 38 Vietnamese (6 of them typed without accents: qGn08,
qGn20, qGn30, qGn41, qGn69, qGn70) and 37 English. 435 judged pairs: 202 grade 2, 233 grade 1. Judged offers per
need: 1 to 10, mean 5.8. 130 offers are judged for at least one need; 27 distractors and 3 relevant wall-material
offers (qGo009, qGo017, qGo151) are never judged.

Language situations (grade-2 offers): 16 needs are answered only in their own language (8 Vietnamese, 8 English),
6 only in the other language (qGn10, qGn30, qGn58, qGn59, qGn60, qGn61), 53 in both. So the own-language share is
about a fifth rather than a quarter and the floors (14 own-language, 15 not) are met; grades were set first and
never moved to reach a share.

Blind. Written without any knowledge of the matching engine: in the repository only tests/data/build/labelled_set.py
was read; no matching code, docs, benchmarks, tests or other labelled sets, and no git.

Caveats. One judge, no second opinion. Many pages are thin (search excerpts, a title, a citation, a tag page, a short
video caption) or mirrors and aggregators (Scribd, Studylib, dokumen.tips, coek.info, a spam-like .pl page, a blog
of uncertain reliability on rice-husk-ash bricks), so some offers say little more than the page. Most needs are
written from pages about other places (Bình Thuận, Quảng Ninh, Thanh Hóa, Phả Lại, Nam Định, Đồng Nai, Bình Dương,
HCMC, Quảng Nam, Malaysia, Indonesia, Nigeria, India, Egypt, the UK, Germany, the USA, Morocco...) and set
in Trà Vinh / Vĩnh Long; because a need may not share its page with its grade-2 offers, a few are written from a
neighbouring page (e.g. the shell-aggregate needs from sand-shortage pages). Many offers restate research (theses,
journal papers, institute projects) as services or technology transfer. Pairs left unjudged are read as not
relevant, though not every such pair was weighed with the same care.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout213_needs import NEEDS
from holdout213_offers import OFFERS
from holdout213_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout213", NEEDS, OFFERS, S)
