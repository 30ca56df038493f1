"""Blind labelled set holdout158 (id prefix oD): small hotels, guesthouses and homestays.

Theme. Small hotels, guesthouses and homestays run by families and cooperatives in Trà Vinh / Vĩnh Long. Sub-topics:
online booking, property-management software and channel managers (with direct-booking sites); self check-in, smart
locks and keycards; housekeeping and laundry (outsourcing, machines, towel reuse, bed bugs, room-cleaning routines);
hot water and energy saving in rooms (heat pumps, keycard and occupancy controls, rooftop solar, audits, LED); fire
safety (PC17 plans, rules, detectors, emergency lighting, extinguishers, training); guest registration (foreigners'
temporary residence, stay notification); food hygiene for breakfasts; water and wastewater for rural homestays (alum
and iron in wells, silty river water, rainwater, septic tanks, constructed wetlands, biogas); staff training in service
and languages; accessibility and homestay standards; online reviews.

Distractors. 30 offers (oDo131-oDo160, 16 en, 14 vi) come from neighbouring fields and share words with the needs
without solving them: solar dryers for farm produce, rooftop solar on pig farms and car parks, industrial heat pumps,
heat recovery in large hotels, factory fire alarms, shrimp-pond and piggery wastewater, latrines, e-visa and permanent
residence papers, a restaurant leftovers app, food-safety recruiting, dishwasher salt, floating-market research,
household Tết cleaning, tour-guide management, an international-student homestay network, UK hotel work placements,
TEFL teacher tips, a Sa Pa homestay market study, Booking.com's commission page, interior design, an exam question
bank. 3 are judged, all grade 1 as adjacent steps (oDo136 for oDn16 and oDn58, oDo147 for oDn29 and oDn30, oDo151
for oDn38); 27 stay unjudged. oDo028 (setting up a laundry workshop) sits in the laundry block as a near-distractor
and is judged 1 three times.

Sources. Pages were found with the search tool, corpus 'pages' only (the 'docs' corpus was not used), with about 40
queries in Vietnamese and English, at least one of each language per sub-topic. Every need and every offer paraphrases
one page (figures kept, own wording); 231 distinct pages are used, one source key each. Four pages serve both a need
and an offer (oDn21/oDo063, oDn63/oDo055, oDn65/oDo077, oDn72/oDo118), never a need and one of its grade-2 offers.
Offer language was chosen by the writer, so some offers are written in Vietnamese from English pages and vice versa.

Counts. 160 offers: 80 vi, 80 en. 75 needs: 39 vi, 36 en; 7 of the vi needs are typed without accents (oDn16, oDn31,
oDn45, oDn49, oDn63, oDn66, oDn72) and are marked "vi". 317 judged pairs: 192 grade 2, 125 grade 1. Judged offers per
need: 2 to 7, mean 4.23 (2: 4 needs, 3: 16, 4: 28, 5: 18, 6: 4, 7: 5). Every need has at least one grade-2 offer.

Language situations (grade-2 offers only). Own language only: 22 needs (15 vi, 7 en). Other language only: 12 needs
(4 vi, 8 en): oDn27, oDn32, oDn39, oDn48, oDn52, oDn55, oDn58, oDn59, oDn60, oDn71, oDn72, oDn73. Both languages: 41.
The own-language-only share is 29%, above the suggested quarter; the floors (at least 14 own-only, at least 15 not)
hold. Grades were never moved to reach a share: after a final re-reading two grades were lowered on their merits
(oDo130 for oDn44, oDo116 for oDn40), which raised the own-only count from 20 to 22, and it was left there.

Blind. Written without any knowledge of the engine: in the repository only tests/data/build/labelled_set.py was read;
no matching code, docs, benchmarks, tests, other labelled sets or other make scripts; git was not run.

Caveats. One judge, no second opinion. Several pages are thin (only a title or a short excerpt was seen, e.g. the
otavietnam, megasunsolar, vuphong, miendiaoc, 5imedia, atpacademy and skyhotel pages, several 123docz/scribd theses),
so some items rest on little text. Only 4 needs come from pages about the province (cồn Hô, cồn Chim, Hòa Ninh,
Giồng Trôm, the last now in Vĩnh Long); the other 71 come from pages about other places (Hanoi, Da Nang, Nha Trang,
Vũng Tàu, Thailand, the UK, the US, Ireland, Kenya, Nepal, China...) or from generic and legal pages, and were set in
Trà Vinh / Vĩnh Long; the posters' own details (room counts, places) are added to the page's figures. Many offers
restate research, theses or guides as services or methods (e.g. oDo037, oDo075, oDo088, oDo093, oDo094, oDo096,
oDo099, oDo101-oDo103, oDo113, oDo121), which flatters their readiness. Legal offers paraphrase pages of different
dates and may not reflect the latest rules.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout158_needs import NEEDS
from holdout158_offers import OFFERS
from holdout158_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout158", NEEDS, OFFERS, S)
