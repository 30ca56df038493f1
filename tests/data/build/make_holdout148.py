"""Writes tests/data/matching_holdout148.json, a blind labelled set for the technology supply–demand exchange.

Theme: precast concrete products, stone carving and tombstone workshops, in six sub-topics:
(A) precast culverts, concrete pipes, electric poles and fence posts (moulds, vibrating tables, curing);
(B) concrete for saline and acid-sulphate soils (sulphate-resisting cement, additives, steel corrosion);
(C) non-fired bricks, paving blocks and kerbs from fly ash, sand or dredged mud;
(D) stone and granite cutting, engraving and CNC carving for tombstones and pagoda statues;
(E) dust, noise and slurry water of stone and concrete workshops;
(F) testing strength and quality of concrete products and the standards that apply.
Needs are posted by enterprises, cooperatives, communes, pagodas and farmers in Trà Vinh / Vĩnh Long; offers by
institutes, universities, firms, associations and laboratories.

Counts (as written; the write call below prints needs, offers and judgements):
- 165 offers: 84 English, 81 Vietnamese.
- 75 needs: 39 Vietnamese, 36 English. 6 Vietnamese needs are typed without accents (nTn05, nTn11, nTn22,
  nTn29, nTn44, nTn59) and are still marked "vi".
- 320 judged pairs: 170 at grade 2, 150 at grade 1. Judged offers per need: 2 to 9, mean 4.3, median 4 (two needs,
  nTn24 and nTn47, have only 2 judged offers; nTn27 has 9). 137 distinct offers are judged at least once.
- Every need has at least one grade-2 offer.

Distractors: 30 offers (16 English, 14 Vietnamese), about 18% of the offers, from neighbouring fields that share
words with the needs without solving them: decorative fence panels, smart lighting poles, decorative precast,
plunge pools, growth consulting (nTo016, nTo020, nTo022, nTo023, nTo027); acid-soil and saline-soil farming,
driveway sealing, freshwater bags, RO purifiers (nTo049–nTo053); fired bricks from sediment, fired-brick kiln
pollution, fly ash for farming, polished precast panels, paver-laying machine, paver shape patents (nTo062,
nTo078–nTo080, nTo082–nTo084); monument maintenance kit, village tours, on-site masonry blades, quartz
countertops (nTo091, nTo107, nTo110–nTo112); marble powder in fired bricks, quarry chain saws, home-workshop
soundproofing, mine wastewater, urban noise, driveway pressure washing (nTo137, nTo140–nTo144); ASTM abrasion
note, floor-topping impact-echo (nTo156, nTo165). Two are judged, both grade 1 as adjacent steps: nTo062 for nTn30
(its leaching tests) and nTo091 for nTn45 (re-highlighting etched portraits). The rest are unjudged.

Language situations (grade-2 offers of each need): 17 needs answered in their own language only (11 vi, 6 en);
13 answered in the other language only (7 vi needs answered only in English, 6 en needs answered only in
Vietnamese); 45 answered in both. Floors: 17 >= 14 own-language-only needs, 58 >= 15 other needs. The own-only
share is 23% (about a quarter). No grade was raised or lowered to reach a share; a late re-judgement (nTo093
graded 2 for nTn45) moved nTn45 from other-only to both.

Sources: found with the search tool, 40 queries on the `pages` corpus in Vietnamese and English, at least one per
sub-topic in each language, and 2 queries on `docs` that returned only unrelated software and pastebin pages (not
used). The Vietnamese page results were thin and full of spam, so many Vietnamese items paraphrase English pages.
176 distinct pages: 164 serve offers, 73 serve needs, 61 serve both some need and some offer, 12 serve needs only.
Each item paraphrases one page, keeping its figures. No need shares its page with one of its grade-2 offers
(checked with a throwaway script outside the repository).

Blind: written without any knowledge of the engine. In the repository only tests/data/build/labelled_set.py was
read; no matching code, docs, benchmarks, tests, other labelled sets or other make_*.py were opened, and git was
not run.

Caveats:
- One judge; grades 1 versus 2 and distractor versus ordinary offer are judgement calls (a supplier of finished
  poles, nTo007, is graded 2 only for the need that wants to buy poles).
- Thin pages: several sources are abstracts, catalogue entries or standards' scope and contents pages (ASTM C497,
  EN 1340, EN 1343, BS 7263 forms), Scribd snippets or short blog posts; items written from them restate little.
  The page of nTn14 (hoidapxoay.com) carries a text on coastal reinforced concrete under an unrelated title.
- Places outside the province: nearly all need pages are about other places (US, UK, Australia, India, Nigeria,
  Đà Nẵng, Hà Tĩnh, Khánh Hòa, Bình Dương, other Mekong provinces); every need is set in a named place of Trà Vinh
  or Vĩnh Long (Càng Long, Cầu Kè, Tiểu Cần, Châu Thành, Cầu Ngang, Trà Cú, Duyên Hải, Long Hồ, Mang Thít,
  Vũng Liêm, Tam Bình, Trà Ôn, Bình Minh, Bình Tân, Thạnh Phú) instead.
- Offers restating research as services: nTo009, nTo031–nTo033, nTo041, nTo043–nTo045, nTo059, nTo063, nTo064,
  nTo070–nTo072, nTo075–nTo077, nTo134, nTo135, nTo138, nTo150, nTo157 turn papers, theses or reviews into an
  offer of consulting, testing or technology transfer by the authors' group.
- Offers on foreign vendors' pages (pipe machines, wire saws, filter presses) are written as generic suppliers.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout148_needs import NEEDS
from holdout148_offers import OFFERS
from holdout148_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout148", NEEDS, OFFERS, S)
