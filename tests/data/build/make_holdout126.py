"""Blind labelled set holdout126: street lighting, traffic signals and road safety in towns and communes.

Theme and sub-topics. Needs posted by enterprises, cooperatives and farmers in Tra Vinh / Vinh Long (the merged
province), offers posted by institutes, universities, firms and technology exchanges, on: LED street lights (HPS to LED
retrofit, luminaire specification); solar street lights (village roads, bridges, battery autonomy, battery
replacement); lighting control and remote monitoring (smart/IoT, LoRa, ZigBee, voltage-reducing cabinets); lighting
maintenance, inspection, lux measurement, standards and poles; traffic lights (signal timing and retiming, adaptive
camera control, solar signals, LED signal modules, countdown display, preventive maintenance, power-failure alerts,
emergency priority); speed and red-light cameras (AI cameras, ANPR, speed enforcement, programme evaluations); road
signs and markings (thermoplastic paint, glass beads, road studs, reflective sheeting, sign inventory and
retroreflectivity management, warning lights, medians); school-zone and pedestrian safety (safe school gates, school
beacons, Star Rating for Schools, child helmets, rapid-flashing beacons, crosswalk lighting, speed humps, speed
feedback signs); accident data and audits (crash databases, GIS black-spot and hot-spot analysis, systemic risk
ranking, road safety audits, safety effect of road lighting).

Distractors. 29 of the 159 offers (18%) come from neighbouring fields and share words with the needs without solving
them: LED for fishing boats, flowering lamps, factory and warehouse LED, household LED, LED grow lights; solar insect
traps (three), solar irrigation (two), rooftop PV, household solar lamps; railway level-crossing warning, a PIC traffic
light teaching model; security CCTV (commune, hamlet, household), fleet GPS/black boxes, dash cams, driver coaching;
factory floor marking, indoor lux testing, GIS for water supply, smart parking, EV charging, chip seal. Two are judged,
both grade 1 as adjacent steps (mXo089 commune security cameras for the industrial-park camera need, mXo151 household
solar lamp repair for the failing cheap solar lamps need); the other 27 are unjudged.

Sources. Pages were found with the search tool (corpus pages), about 65 queries in Vietnamese and English with at
least one per sub-topic and per distractor field. Every offer and every need paraphrases one public page, figures
kept and no sentence copied; S maps 217 distinct pages: 159 used by offers (one page each) and 58 used by needs (a page
may serve several needs); no need shares its page with any offer, so none with a grade-2 offer. All needs were written
from pages about other places (Ha Noi, Ho Chi Minh City, Lam Dong, Dong Nai, the United States, Europe and others) and
are set in Tra Vinh / Vinh Long with the province's place names (Cang Long, Cau Ke, Tieu Can, Tra Cu, Cau Ngang, Chau
Thanh, Duyen Hai, Dinh An, Long Duc, Long Ho, Vung Liem, Mang Thit, Tam Binh, Tra On, Binh Minh, Hoa Phu, Ba Dong...).

Counts. Offers 159: 80 vi, 79 en. Needs 75: 38 vi, 37 en; 6 of the Vietnamese needs are typed without accents
(mXn006, mXn017, mXn025, mXn032, mXn039, mXn056), marked "vi". Judged pairs 432: 225 grade 2, 207 grade 1; judged
offers per need 2 to 12, mean 5.8; every need has at least one grade-2 offer and every non-distractor offer is judged
for at least one need.

Language situations (by the language of each need's grade-2 offers): 25 needs answered in their own language only
(about a third rather than the quarter aimed at), 17 answered only in the other language (mXn007, 019, 020, 026, 029,
030, 031, 036, 039, 042, 059, 062, 065, 066, 067, 068, 069), 33 answered in both. Floors: 25 >= 14 own-language-only,
50 >= 15 not. Grades were set first and never changed to reach these shares.

Grading conventions. 2 = the offer delivers the need's main deliverable; where a need explicitly asks for two
separable items (e.g. markings and road studs, beacons and gate markings, alerts and backup power) an offer fully
delivering one of them is graded 2; accessories (poles for a lighting package), evidence studies where a solution is
asked, research prototypes where a product is asked, and neighbouring methods are graded 1.

Written blind: only tests/data/build/labelled_set.py was read in the repository; no matching code, docs, benchmarks,
tests, other labelled sets or make scripts were read, and git was not run.

Caveats. One judge, no second opinion. Several pages are thin (news items, Q&A, abstracts, product blurbs) and some
offers restate research, regulations, news or city programmes as services offered (e.g. mXo036, mXo060, mXo141,
mXo053, mXo140); a few product pages come from low-quality hosts. Needs transpose situations from other places into
the province. Some topics are covered in one language only (LED signal modules, school beacons, speed humps, sign
management in English; road studs, sign sheeting, medians, solar signals in Vietnamese), which drives the
other-language-only needs. Solar street light needs have many grade-2 offers because most solar offers solve them.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout126_needs import NEEDS
from holdout126_offers import OFFERS
from holdout126_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout126", NEEDS, OFFERS, S)
