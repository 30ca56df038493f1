"""Blind labelled set holdout184: bakeries and traditional cakes in small workshops (Tra Vinh / Vinh Long).

Theme and sub-topics. Technology needs of small bakeries and cake workshops in Tra Vinh (now part of Vinh Long) and
offers of institutes, universities, firms and exchanges: bread ovens (deck, rotary/rack, gas and electric) and dough
mixers and proofers; flour, dough, improvers and recipes for banh mi; traditional cakes (banh tet, banh pia, banh it,
rice-flour cakes such as banh bo) and their mechanised making; shelf life without banned preservatives (borax tests,
water activity, mould, sourdough); packaging, vacuum, MAP, oxygen absorbers and labelling (Decree 43/2017); food-safety
certificates and hygiene of bakery workshops; energy use of ovens; selling online and delivering.

Distractors. 31 of the 161 offers (marked "# D" in holdout184_offers.py) come from neighbouring fields and share words
with the needs without solving them: household ovens and cooktops, puffed rice crackers, rice polishing, factory
design projects for biscuits and wafers, coconut candy, bakery waste as animal feed, vacuum packing of meat rolls, MAP
for fresh produce, food-delivery business reports, tourism lists of cakes, a tofu-skin preservation study. Only one is
judged: pDo051 (an automatic rice-paper machine) gets grade 1 for pDn31 as an adjacent step; the other 30 are unjudged.

Sources. Pages were found with the search tool, corpus "pages" (41 queries, Vietnamese and English, at least one
per sub-topic) and one query in corpus "docs" (water activity; it gave two R package pages and a GitHub README used
for offers). Every need and offer paraphrases one page, figures kept, and records its URL in holdout184_sources.py:
196 distinct pages, 66 behind needs and 140 behind offers (10 pages serve both sides, never a need together with one of
its own grade-2 offers). Some pages serve two offers, one per language; such twins get the same grade in every need.

Counts. Offers: 161 (80 "vi", 81 "en"). Needs: 75 (37 "vi", of which 6 typed without accents - pDn04, pDn10, pDn17,
pDn30, pDn40, pDn47 - and 38 "en"). Judged pairs: 396, 249 at grade 2 and 147 at grade 1. Judged offers per need: 1 to
8, mean 5.3 (1 need has 1, 2 have 2, 3 have 3, 14 have 4, 21 have 5, 23 have 6, 5 have 7, 6 have 8). Every need has at
least one grade-2 offer.

Language situations (by the language of grade-2 offers). Own language only: 18 needs (13 vi, 5 en). Other language
only: 11 needs (3 vi, 8 en). Both languages: 46 needs. So 18 needs meet the own-language floor (14) and 57 are not
own-language-only (floor 15). The own-only share is 24%, about the quarter asked; the grades were set before counting
and none was changed to reach a share.

Blind. Written without knowledge of the matching engine: in the repository only tests/data/build/labelled_set.py was
read; no matching code, docs, benchmarks, tests, other labelled sets or other make_*.py.

Caveats. One judge, no second opinion; grade 1 versus 2 is a judgement call for general guides and full-line
equipment dealers. Several pages are thin (legal-advice and certificate pages that gave little more than a title:
congbo_nd15, chungchiiso, luatsuhp, tuvanphapluat, luatbacninh, hoatieu_phi, congbo_phugia, khangthanh, danviet), so
the items written from them are short and generic. Many needs come from pages about other places (Soc Trang, Can Tho,
Kien Giang, Long An, Quang Tri, Ha Noi, Ho Chi Minh City, China, the UK, the US) and are set in the province. Many
offers restate research papers, reviews, student theses, news stories, recipes or blog advice as services of an
institute, firm or exchange. Pages are stored copies and may differ from the live web; one URL (vietreader) carries a
slug unrelated to its stored text about online food orders.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout184_needs import NEEDS
from holdout184_offers import OFFERS
from holdout184_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout184", NEEDS, OFFERS, S)
