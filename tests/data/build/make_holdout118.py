"""Writes tests/data/matching_holdout118.json: a blind labelled set on passenger transport in small towns.

Theme. Driving schools, car and motorbike rental, taxis, ride-hailing and passenger buses in small towns and rural
districts of Trà Vinh / Vĩnh Long. Sub-topics: car driving simulators (cabins) and motorbike simulators; DAT devices
and driving-school management and lesson booking; automated scoring of practical tests; trip monitors (black boxes),
GPS fleet tracking and taxi dispatch; booking apps, white-label and open-source ride-hailing, demand-responsive
minibuses; coach operations, electronic transport orders and ticketing; passenger information apps and GTFS;
car and motorbike rental software, scooter tracking and immobilisers; automatic car and motorbike washes, water
reclaim and bus cleaning/disinfection; tyre pressure monitoring, retreading and tyre cost tracking; battery testing
and maintenance, battery swapping and EV charging for taxi and bus fleets; passenger safety (cameras required by the
transport rules, driver fatigue detection, ADAS retrofits, child-left-on-bus alarms, alcohol ignition interlocks).
Needs are posted the way enterprises, cooperatives, schools and operators of the province would post them; offers
the way institutes, universities, firms or a technology exchange would.

Distractors. 32 offers (mPo134–mPo165; 14 vi, 18 en) come from neighbouring fields and share words with the needs
without solving them: tyre factories (the main product instead of the tyre service), lead-acid and EV battery
recycling, tyre pyrolysis and crumb rubber, reefer and cold-storage telematics, garage and motorbike-shop software,
smart parking, electric sightseeing cars, a Xanh SM fleet in Laos, a driving game, proving grounds and scenario
generation for self-driving cars, household car-wash liquid, tyre patching, a scooter tour company, an e-motorbike
with a removable battery, interlock supplier rules. Three are judged grade 1 where they really are an adjacent step
(mPo152 wash liquid for mPn37, mPo154 removable-battery e-motorbike for mPn50 and mPn63, mPo165 interlock
rules for mPn58); the other 29 are never judged.

Sources. Pages were found with the search tool, corpus "pages" (Vietnamese and English queries, at least one per
sub-topic: cabins, DAT, sát hạch, simulators, giám sát hành trình, taxi dispatch, ride-hailing apps, bán vé, lệnh
điện tử, xe buýt apps, cho thuê xe, scooter immobilisers, rửa xe, water reclaim, bus disinfection, TPMS, đắp lốp /
retreading, ắc quy, đổi pin, EV fleet charging, camera, fatigue, ADAS, child-check alarms, alcohol interlocks, and
the distractor fields) and corpus "docs" (open-source GPS tracking server, GTFS, open-source ride-hailing). Every
need and offer paraphrases one page (figures kept, no sentence copied) and records its URL: 199 distinct pages,
151 used by offers, 49 by needs, one page used by both (wash_vtc: mPn39 and mPo063, which is graded 1 for it). No
need shares its page with one of its grade-2 offers (checked mechanically).

Counts. 165 offers (81 vi, 84 en), of which 133 on-topic (67 vi, 66 en) and 32 distractors. 75 needs (38 vi,
37 en); 6 Vietnamese needs are typed without accents (mPn04, mPn09, mPn22, mPn29, mPn33, mPn39) and are marked
"vi". 369 judged pairs: 225 grade 2, 144 grade 1. Judged offers per need: 2 to 10, mean 4.9 (3 needs with 2,
17 with 3, 18 with 4, 10 with 5, 13 with 6, 6 with 7, 8 with 8 or more). Every need has at least one grade-2 offer;
every on-topic offer is judged for at least one need.

Language situations (by the languages of each need's grade-2 offers). Own language only: 25 needs (33 %, a bit more
than the quarter aimed at). Other language only: 11 needs (mPn14, mPn25, mPn29, mPn33, mPn42, mPn52, mPn63, mPn65,
mPn71, mPn72, mPn74). Both languages: 39 needs. So 50 needs have at least one grade-2 offer outside their own
language. The repository floors (at least 14 own-language-only and 15 not) are met. The shares guided which needs
were written; no grade was raised or lowered to reach them.

Blind. Written blind: in the repository only tests/data/build/labelled_set.py was read (for the row format and the
writer); no matching code, docs, benchmarks, tests or other labelled sets were read, and the engine was not run.

Caveats.
- One judge (the writer); grades 1 vs 2 are judgement calls, notably where one offer covers most but not all of a
  need (contracts without tracking, in-cab TPMS without remote alerts, whole simulators for a software-only need).
- Thin pages: several sources are short news items, product stubs or policy notes (e.g. cam_laodong, cam_24h,
  openrides, wl_taxipulse, ticket_refund, bus_sonphat_app, iid_ablis, dis_ecar_pilot), and a number of English pages
  are content-farm style blogs (visualfoodie, winenfood, eatsip365); some Vietnamese rules cited on pages are
  out of date (e.g. Nghị định 91/2009 on trip monitors).
- Places outside the province: almost every page is about somewhere else (Hà Nội, TP.HCM, Huế, Sơn La, Lào Cai,
  Đà Lạt, the USA, UK, Canada, Australia, the Netherlands, India, Thailand...). All needs are set in Trà Vinh /
  Vĩnh Long place names all the same; offers keep the place of their page where it matters.
- Offers restating research, patents, student projects or guidance as services: e.g. mPo006 and mPo118 (patents),
  mPo018/mPo019 (a paper's test system), mPo108, mPo109, mPo110 (fatigue-detection papers), mPo047 (a student app),
  mPo039/mPo040 (an encyclopaedia article turned into consultancy), mPo127 (a dealer's advice).
- Cross-language twins: 14 pairs of offers paraphrase the same page once in Vietnamese and once in English (e.g.
  mPo029/mPo030, mPo039/mPo040, mPo050/mPo051, mPo018/mPo019, mPo084/mPo087, mPo072/mPo128, mPo095/mPo129,
  mPo117/mPo130, mPo015/mPo131, mPo025/mPo132, mPo082/mPo133, mPo121/mPo123, mPo060/mPo062, mPo091/mPo096);
  twins get the same grade for a need, which makes some cross-language matches easier than in real postings.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout118_needs import NEEDS
from holdout118_offers import OFFERS
from holdout118_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout118", NEEDS, OFFERS, S)
