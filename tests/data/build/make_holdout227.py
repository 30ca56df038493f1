"""Blind holdout set 227: disaster early warning and weather services for communes (Trà Vinh / Vĩnh Long).

Theme and sub-topics. Needs posted by enterprises, cooperatives, farmers, communes and associations of Trà Vinh and
Vĩnh Long (now one province, Vĩnh Long), offers posted by institutes, universities, firms and programmes. Sub-topics:
weather and rainfall forecasting for farming (SMS, apps, subscriptions, seasonal outlooks); nowcasting of thunderstorms,
whirlwinds and lightning; impact-based typhoon warning; salinity monitoring, salinity forecasts and drought early
warning; automatic weather, rain, water-level and tide stations (LoRa, 3G/4G, solar); flood, high-tide and storm-surge
warnings and bulletins; dissemination of warnings by SMS, cell broadcast, Zalo, loudspeakers, sirens, radio and
fishing-boat radios; community disaster-risk maps and community-based disaster risk management; evacuation routing,
shelter siting and safe houses.

Distractors. 29 offers (qUo133-qUo161) come from neighbouring fields that share words with the needs without solving
them: RO and tap water filters, water treatment, fresh-water bags, tanks, ponds, rainwater harvesting and tanker
delivery (the water, not the warning), weather index insurance, lightning rods and grounding (protecting the building,
not warning people), aquaculture pond-quality IoT, fishing-vessel monitoring (VMS) units, harbour bathymetry, smart
field irrigation, air-quality nodes and long-term sea-level research. Most stay unjudged; 5 are judged, all grade 1 as
an adjacent step: pond-quality IoT qUo144 and qUo158 (salinity alarms for shrimp farms) and the VMS units qUo145,
qUo146, qUo147 (storm bulletins to fishing boats). Two on-topic research offers (qUo015 water governance, qUo016
water-quality IoT) are judged only as grade 1.

Sources. Pages were found with the search tool (corpus pages; Vietnamese and English queries, at least one per
sub-topic: salinity, weather stations, rain gauges, high tide, whirlwind and lightning, loudspeakers, SMS, apps, risk
maps, evacuation and shelters, drought, nowcasting, fishing-boat communication, plus the distractor fields). 172
distinct pages (holdout227_sources.py); every need and every offer paraphrases one of them, figures kept, no sentence
copied. A page may serve several items, but no need shares its page with one of its grade-2 offers (checked). Of the
75 needs, 19 are written from pages about Trà Vinh or Vĩnh Long themselves and 6 from Mekong-Delta-wide pages; the
other 50 come from pages about other places (Huế, Đà Nẵng, Quảng Nam, Hà Tĩnh, Hậu Giang, Sóc Trăng, TP.HCM, Thailand,
India, Nepal, Laos...) or about no place, and are set in the province (place names of Trà Vinh and Vĩnh Long).

Counts. Offers: 161 (76 vi, 85 en). Needs: 75 (39 vi, 36 en); 6 Vietnamese needs are typed without accents
(qUn03, qUn07, qUn17, qUn21, qUn34, qUn42) and marked "vi". Judged pairs: 448 (228 grade 2, 220 grade 1); judged
offers per need 3 to 13, mean 6.0; every need has at least one grade-2 offer, and every non-distractor offer is
judged for at least one need.

Language situations (grade-2 offers only). Own language only: 19 needs (10 vi, 9 en). Other language only: 7 needs
(qUn03, qUn29, qUn31, qUn35, qUn40, qUn44, qUn58). Both languages: 49 needs. So 56 needs are not own-language-only.
The offers lean slightly English (85 en / 76 vi) because several international pages were written up in English;
the shares were not forced and no grade was changed to reach them.

Blind. Written without knowledge of the matching engine: in the repository only tests/data/build/labelled_set.py
was read; no matching code, docs, benchmarks, tests, other labelled sets or other make_*.py; git was not run.

Caveats. One judge, no second opinion; grades 1 versus 2 are judgement calls, notably for forecast products that do
not state their delivery channel and for sensor stations versus apps. Several pages are thin (tag pages, short
news items, glossary entries, a student slide deck) and some offers restate research papers, news reports or public
guidance as services an institute or firm would offer. Most needs are set in the province from pages about other
places, so local details (communes, rivers, crops) are the writer's. Some offer pairs are the same page written in
both languages (e.g. qUo009/qUo018, qUo026/qUo031), which makes cross-language matches easier to find.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout227_needs import NEEDS
from holdout227_offers import OFFERS
from holdout227_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout227", NEEDS, OFFERS, S)
