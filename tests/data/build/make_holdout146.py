"""Blind labelled set holdout146: insect farming for feed and food (Trà Vinh / Vĩnh Long).

Theme and sub-topics. Needs and offers on farming insects for feed and food: (A) black soldier fly
(BSF) larvae on food waste, market waste and by-products, with breeding and egg supply; (B) mealworms
and superworms; (C) crickets for food; (D) earthworms and vermicompost; (E) drying, grinding and
defatting larvae into meal and oil for fish, shrimp and poultry feed (plus chitin from pupal shells);
(F) frass as fertiliser, and the rules, hygiene and smell of insect farms. Needs are posted as
enterprises, cooperatives and farmers of Trà Vinh / Vĩnh Long (Càng Long, Cầu Kè, Tiểu Cần, Châu
Thành, Cầu Ngang, Trà Cú, Duyên Hải, Long Đức, Long Hồ, Mang Thít, Vũng Liêm, Tam Bình, Trà Ôn, Bình
Minh, Bình Tân); offers as institutes, universities, firms or a technology exchange.

Distractors. 30 of the 165 offers (19 vi, 11 en) come from neighbouring fields and share words with
the needs without solving them: odour products for pig and poultry barns (nRo145-147), a fishmeal
plant, surimi wastewater, biogas, compost starters and organic/inorganic fertiliser plants or
permits (nRo148-155), microwave, heat-pump, paddy and coconut dryers sold as machines (nRo156-162),
pellet/extrusion and coconut prebiotic feed technology (nRo163-164), a fish-feed thesis (nRo165),
silkworm pupae meal (nRo121-122), chitosan packaging (nRo127), a livestock biofilter (nRo139),
tubifex worms (nRo091-092), stored-grain pest control (nRo044) and insect-eating outreach and
recipes (nRo070-071). Most stay unjudged; 6 are judged, each only at grade 1 where it is really an
adjacent step (7 judgements: nRo139 x2, nRo158 x2, nRo145, nRo159, nRo160, nRo127).

Sources. Pages were found with the search tool, corpus `pages` (about 35 queries, Vietnamese and
English, at least one per sub-topic: BSF on waste, BSF in Trà Vinh/Mekong, breeding and light,
mealworm/sâu gạo, superworm, crickets/dế and cricket powder, trùn quế and vermicompost, BSF meal for
shrimp, fish and poultry, defatting/oil, drying, chitin, frass, odour/ammonia, EU and Vietnamese feed
rules, and neighbouring fields for distractors) and corpus `docs` (one query, which gave the
Entocycle, AgriProtein, Ynsect and GitLab sorter pages). Every need and offer paraphrases one page
(figures kept, no sentence copied); 175 distinct pages are recorded in holdout146_sources.py. Some
pages serve several items; no need shares its page with any of its grade-2 offers (checked).

Counts.
- Offers: 165 (vi 81, en 84), of which 30 distractors.
- Needs: 75 (vi 40, en 35); 6 Vietnamese needs are typed without accents (nRn05, nRn19, nRn27,
  nRn37, nRn51, nRn59) and marked "vi".
- Judged pairs: 356 (grade 2: 171, grade 1: 185); judged offers per need 3-7, mean 4.75; every
  need has at least one grade-2 offer. 141 of the 165 offers are judged for at least one need.

Language situations (by the languages of each need's grade-2 offers):
- answered only in the need's own language: 25 needs (33%);
- answered only in the other language: 20 needs (nRn07, 13, 15, 16, 21, 25, 34, 35, 39, 40, 44, 46,
  57, 61, 64, 65, 66, 68, 71, 75);
- answered in both languages: 30 needs.
The floors (at least 14 own-language-only needs and 15 that are not) are met. The own-language-only
share came out above the intended quarter (33%) and the "both" share below half, because several
clusters (Vietnamese feed rules, cricket and earthworm rearing in Vietnam, EU rules, egg supply) have
solving offers in one language only; grades were not changed to move these shares.

Blind. Written without any knowledge of the matching engine: in the repository only
tests/data/build/labelled_set.py (the writer and the row format) was read; no matching code, docs,
benchmarks, tests, other labelled sets or other make scripts were opened, and git was not run.

Caveats.
- One judge (the writer) assigned every grade; no second opinion.
- Thin pages: several pages were seen only as search excerpts or are short (e.g. dried-cricket gift,
  cricket biscuit and cricket-flour start-up news, Appropedia category, garden product pages), and
  some are mirrors or document-sharing copies (scribd, studylib, 123doc, cricutcom-setup,
  ilovetranslation, API Evangelist profiles).
- Places outside the province: all needs except nRn18 (its page names Long Hồ, Vĩnh Long) were
  written from pages about other places (Sóc Trăng, Long An, Củ Chi, Nghi Sơn, Lạng Sơn, Bình Định,
  Tây Ninh, Cần Thơ, Quảng Nam, Zhejiang, Thailand, Bangladesh, Europe, the US, ...) and moved into
  Trà Vinh / Vĩnh Long; nRn06's page only mentions a visit to Vĩnh Long.
- Offers restating research as services: many offers turn a study, review, patent or thesis into an
  offer of know-how, trials or consultancy (e.g. shrimp, layer and fish feeding trials, extraction
  methods, frass trials, chitin methods), and two describe defunct firms (AgriProtein, Ynsect) as
  case briefs. Some offers and needs are written in the other language from their page.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout146_needs import NEEDS
from holdout146_offers import OFFERS
from holdout146_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout146", NEEDS, OFFERS, S)
