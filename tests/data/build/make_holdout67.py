"""Blind labelled set holdout67: energy efficiency, automation and maintenance in small factories and workshops of
Trà Vinh / Vĩnh Long (tests/data/matching_holdout67.json).

Theme and sub-topics. Needs posted by enterprises, cooperatives and farmers of the province; offers posted by institutes,
universities, firms and technology exchanges. Sub-topics: energy audits and ISO 50001 (with audit-support programmes);
boilers and steam (rice-husk boiler retrofits, condensate return, steam traps, insulation) and heat recovery (economizers,
blowdown, compressor heat, husk furnaces and gasifiers for dryers and kilns); compressed-air leaks and variable-speed
drives / motor replacement on pumps, fans and compressors; refrigeration efficiency in seafood plants, cold stores and
block-ice plants; power quality, capacitor banks and sub-metering; PLC, SCADA and IoT retrofits of old lines; vibration and
thermal-camera predictive maintenance (with CMMS); CNC, plasma cutting and welding upgrades for farm-machine fabricators;
occupational safety sensors (ammonia, portable gas, heat stress, press-brake guarding, welding fume, grain dust).

Distractors. 32 of the 162 offers (about a fifth) come from neighbouring fields and share words with the needs without
solving them: household and hamlet electricity-saving campaigns, residential audits, HVAC duct insulation, waste-heat
boilers for cement and steel, husk pellets (the fuel, not the boiler), a coconut-charcoal kiln (the main product, not its
waste heat), home elevators, household inverter appliances, pump retail, retail seafood display cabinets, cube-ice machines
for shops, kitchen fridges, fishing-vessel refrigeration, a household Blynk power monitor, an ATS, tenant sub-metering,
irrigation and wastewater SCADA, a solar-panel cleaning robot, a student temperature/humidity IoT project, fishing-boat
shaft diagnosis, home thermal imaging, a bearing catalogue, paddy dryer and rice transplanter sales (the machine, not the
fabrication upgrade), aerospace multi-axis CNC, robot market news, plasma art, vape sensors, household gas alarms and
rolling-door sensors. Two are judged, both grade 1 as a real adjacent step: husk pellets (kQo038) for four needs about
husk firing, and the household Blynk monitor (kQo091) for the cooperative wanting phone-readable sub-meters. The other 30
are unjudged.

Sources. Found with the search tool: 72 queries in the pages corpus (about 35 in Vietnamese and 37 in English, at least
one in each language per sub-topic, plus queries on Trà Vinh / Vĩnh Long pages) and 2 in the docs corpus
(OpenEnergyMonitor, Node-RED Modbus). 237 distinct pages, one page per item: every need and every offer paraphrases its
own page (figures kept, no sentence copied), so no need shares a page with any offer, let alone a grade-2 one.

Counts. Offers: 162 (82 vi, 80 en). Needs: 75 (39 vi, of which 6 typed without accents - kQn02, kQn15, kQn21, kQn31,
kQn37, kQn51 - and 36 en). Judged pairs: 296, of which 179 grade 2 and 117 grade 1. Judged offers per need: 2 to 8, mean
3.95 (2: 7 needs, 3: 32, 4: 15, 5: 9, 6: 6, 7: 3, 8: 3). Every need has at least one grade-2 offer.

Language situations (by the languages of a need's grade-2 offers). Own language only: 24 needs; other language only: 17;
both languages: 34 (so 51 needs are not own-language-only; test floors 14 and 15). The own-only share came out at about a
third rather than the quarter aimed at; grades were not changed to reach any share.

Written blind: in the repository only tests/data/build/labelled_set.py was read (for the writer and the row format); no
matching code, docs, benchmarks, tests, other labelled sets or other make_*.py were read, and git was not run.

Caveats. One judge, no second opinion. Thin pages: some stored pages are little more than a title or an abstract (e.g.
the heat-pump economics page behind kQn33, the Mang Thít news clip behind kQn74, the sub-metering definition behind kQn41,
the bearing catalogue kQo127, several thesis and report listings), so those items say little beyond the page. Places
outside the province: about half the needs are written from pages about other places (a Hải Phòng foundry, fabricators in
Long An, An Giang and Đồng Tháp, rice mills in India, a plant in Ohio, a farm in France, utilities in the US, a Bình Dương
workshop...) and are set in Trà Vinh / Vĩnh Long; local pages (Kim Chung ice plant in Định An, Dương Phát in Tiểu Cần,
coconut firms in Cầu Kè and Càng Long, Mang Thít kilns) keep their own places. Offers restating research as services:
university theses, capstones and papers (HCMUT, HUST, DUT, HCMUTE, VIMARU, Nha Trang, Cần Thơ, Yangon, Vidarbha, Moratuwa)
and advisory notes (FAO, IRRI, a best-practice guide) are written as if their authors offered them. Some programme offers
date from 2010-2016 pages; several offers come from the same firm (AKS, KTH Electric, LC Tech, HEM Motor), which makes
near neighbours in the ranking. Grade 1 versus unjudged is the softest call throughout.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from holdout67_needs import NEEDS
from holdout67_offers import OFFERS
from holdout67_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout67", NEEDS, OFFERS, S)
