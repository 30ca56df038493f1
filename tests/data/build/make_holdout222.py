"""Blind holdout set 222: offshore fishing vessels and keeping the catch on board (Trà Vinh / Vĩnh Long).

Theme and sub-topics. Needs posted by boat owners, cooperatives, traders and seafood firms of Trà Vinh and
Vĩnh Long (Định An, Duyên Hải, Trường Long Hòa, Long Hòa, Hiệp Thạnh, Dân Thành, Đông Hải, Long Khánh,
Long Vĩnh, Long Toàn, Cầu Ngang, Mỹ Long, and Ba Tri / Bình Đại, now in Vĩnh Long); offers from institutes,
universities, firms, extension centres and exchanges. Sub-topics: insulated fish holds (PU foam, inox and
polyurea linings, insulation thickness, composite and steel hulls), slurry ice and slush ice, refrigerated
seawater and supplementary refrigeration, mother/carrier vessels, tuna (sashimi handling, longline hooks and
leaders), squid (jigging, chụp mực, LED lamps), mackerel and scad (chilling, histamine), purse seine and
gillnet gear and hydraulic haulers, LED light fishing, fuel saving (propellers, diesel filters, energy
audits), VMS, sonar and marine electronics, satellite messaging and weather, safety at sea (life rafts,
life jackets, drills, medicine chest), landing ports and IUU traceability (eLogbook, eCDT, dockside
monitoring).

Distractors. 30 of the 161 offers are distractors from neighbouring fields that share words with the needs:
PU foam for factory roofs and insulated panels, restaurant ice makers, recreational slush/ice-chest tips,
ice fishing on slushy lakes, quick-freezing and cold stores for processing plants, car and motorbike fuel
savers, a chart display for cargo ships, an angler's fish finder, weather data for meteorologists, shrimp
VietGAP and HDPE fish cages, tackle catalogues, squid processing plants, cold-smoked fish research and
solar fish/squid dryers. Two are judged, both grade 1 as adjacent steps: qPo050 (cold-store rental, for
holding fish after landing at Định An) and qPo154 (solar squid dryer, for a squid boat that keeps drying
part of its catch). The rest are unjudged.

Sources. Found with the `search` tool, corpus `pages` (33 queries) and `docs` (1 query, which gave
nothing usable), in Vietnamese and English, at least one query per sub-topic. Every need and every offer
paraphrases one public page, figures kept; 165 distinct pages: 123 serve offers only and 42 serve needs
only, so no need shares a page with any of its judged offers. Several needs are written from pages about
other provinces (Quảng Nam, Bình Định, Khánh Hòa, Quảng Ngãi, Thanh Hóa, Hải Phòng...) or other countries
(Alaska, New Zealand, Japan, Pacific) and are set in Trà Vinh / Vĩnh Long. Some offers paraphrase an
English page in Vietnamese or a Vietnamese page in English.

Counts. Offers: 161 (80 vi, 81 en). Needs: 75 (39 vi, of which 6 typed without accents: qPn05, qPn12,
qPn25, qPn31, qPn36, qPn48; 36 en). Judged pairs: 444, of which 229 grade 2 and 215 grade 1; judged offers
per need 2 to 11, mean 5.9 (grade-2 offers per need 1 to 8). Every need has at least one grade-2 offer.

Language situations (grade-2 offers only): 15 needs are answered only in their own language (10 vi, 5 en),
4 Vietnamese needs only in English (qPn32, qPn62, qPn71, qPn72), 56 in both. The own-language share is
about a fifth rather than a quarter and the other-language-only group is small; grades were not changed to
move these shares.

Written blind: of the repository only tests/data/build/labelled_set.py was read; no matching code, docs,
benchmarks, tests, other labelled sets or other make_*.py scripts were opened, and git was not run.

Caveats. One judge, no second reading. Several pages are thin (forum posts, tag pages, abstracts, short
news items) and the items written from them rest on little text. Many needs come from pages about other
places. Many offers restate research results (theses, journal papers, trials) as services or technology
transfer, and some offers are near-identical vi/en versions of one page, graded alike. Some needs have
many judged offers because whole groups (RSW suppliers, LED suppliers, slurry-ice systems) fit equally.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout222_needs import NEEDS
from holdout222_offers import OFFERS
from holdout222_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout222", NEEDS, OFFERS, S)
