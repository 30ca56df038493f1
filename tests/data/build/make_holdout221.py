"""Blind labelled holdout set 221: energy efficiency in small businesses (Trà Vinh / Vĩnh Long).

Theme and sub-topics. Needs posted by enterprises, cooperatives and farmers of Trà Vinh / Vĩnh Long and offers posted by
institutes, universities, firms and exchanges about: energy audits (incl. mandatory audits under Vietnamese rules, RECP);
variable speed drives on pumps and fans; high-efficiency motors; shrimp-pond aerators; rice milling; refrigeration, ice
plants and cold stores; LED lighting indoors, LED and solar street lights, LED lights on fishing boats; heat-pump water
heating; heat-pump and other efficient dryers (fruit, seafood, coconut, paddy); power-factor correction and harmonics;
energy monitoring and submetering; ISO 50001 energy management; compressed-air leaks; air conditioning; time-of-use load
shifting.

Distractors. 30 of the 162 offers (about a fifth) come from neighbouring fields and share words with the needs without
solving them: rooftop solar PV and solar irrigation pumps (energy supply, not efficiency), pump and cold-room sellers
(the machine, not the saving), motor rewinding and home motor repair, husk power plants and cogeneration, a household
heat-pump clothes dryer, gas water-heater rebates, repiping, LED flower-induction lamps, tenant-billing submetering,
course and textbook pages, an EU audit-policy programme, an elevator installer, the EVN three-price tariff page, etc.
Only 4 are judged, all grade 1 where they are a real adjacent step (booster pump, motor rewinding in a repair-or-replace
need, metal-halide boat lamps, the tariff hours for a load-shifting need).

Sources. Found with the search tool, corpus `pages` (Vietnamese and English queries, at least one per sub-topic) and one
`docs` query (open-source monitoring). Every need and offer paraphrases one public page, figures kept, no sentence
copied; 207 distinct pages (74 used by needs, 151 by offers, 18 used on both sides). No need shares its page with any of
its grade-2 offers. Some offers are written in the other language than their page; where one page gave an English and a
Vietnamese offer (impel, eandi, vklight, jrc, aspcv, kerone, harter, quadplus, ergon) the twins are graded identically.

Counts. Offers: 162 (83 vi, 79 en). Needs: 75 (38 vi, of which 6 typed without accents: qOn04, qOn16, qOn20, qOn27,
qOn41, qOn50; 37 en). Judged pairs: 393 (263 grade 2, 130 grade 1); judged offers per need 3-7, mean 5.2. 28 offers
are never judged.

Language situations (by the language of the grade-2 offers). Own language only: 17 needs (10 vi, 7 en); other language
only: 8 needs (3 vi, 5 en); both languages: 50 needs. The own-language share is about 23%, a little under a quarter;
grades were never raised or lowered to reach any share.

Written blind: only tests/data/build/labelled_set.py was read in the repository; no matching code, docs, benchmarks,
tests or other labelled sets were seen.

Caveats. One judge, no second opinion. Several pages are thin or look machine-written (e.g. savelectrical, wsu, apogee,
mms7, otofun, summit, tuvaniso, woonuxt, bizrunner, talkaboutspam, luoichong, segurosy, tothethao, beauty4more), so
needs written from them rest on little text. Most needs are written from pages about other places (UK, US, Australia,
Thailand, India, Hải Phòng, Đắk Lắk, Đồng Tháp, Bến Tre...) and have been set in Trà Vinh / Vĩnh Long; only a few pages
are local (tomvang, tienhai, kimchung, baovinhlong, vneec_thachut, tkl_phuc, gdla). Several offers restate research or
student work as a service (pmc_rice, pmc_hpd, intechopen, kelp, ctu_blynk, spkt, tailieuhoc, taucalanh, philrice,
husk_cogen), and farmers' or firms' own experience as a transferable model (vneec_thachut, tkl_phuc, minhphu, gdla).
Foreign service offers (US, UK, Australian contractors) are graded on what they do, not on whether they work in Vietnam.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout221_needs import NEEDS
from holdout221_offers import OFFERS
from holdout221_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout221", NEEDS, OFFERS, S)
