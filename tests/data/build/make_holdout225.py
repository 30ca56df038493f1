"""Blind holdout set 225: electric motorbikes, batteries and charging (Trà Vinh / Vĩnh Long).

Theme and sub-topics. Electric two- and three-wheelers for delivery and farm transport; lithium battery packs,
cells and battery management systems (BMS); battery swapping and charging stations; converting petrol motorbikes
and small boats to electric; solar charging; used-battery collection, recycling, testing and second life; fire
safety of batteries (plus a little repair training and standards). Needs are posted by enterprises,
cooperatives, farmers and local bodies of Trà Vinh / Vĩnh Long; offers by institutes, universities, firms and
exchanges.

Distractors. 31 of the 156 offers come from neighbouring fields that share words with the needs without solving
them: electric-car chargers and solar super-chargers, electric taxi and bus fleets, car-battery advice,
pedal-bicycle and garden-tractor conversion kits, lead-acid regeneration and recycling, solar-panel recycling,
rooftop grid-tie solar, solar irrigation pumps, spraying drones, agrivoltaics, sheet-metal spot welders and
electrode shanks, hub-motor magnets, a skateboard hub motor, petrol-motorbike and car repair courses, solar
lighting for trading boats. Only one is judged: lead-acid regeneration (qSo110) gets grade 1 for a need about
a fading e-bike battery whose page is about lead-acid packs; the other 30 stay unjudged.

Sources. Pages were found with the search tool (corpus pages, and docs for BMS / spot-welder projects), with
Vietnamese and English queries for every sub-topic (about 30 queries). 195 distinct pages: 154 serve offers,
68 serve needs, 27 serve both. Every item paraphrases its page and keeps its figures; no need shares its page
with any of its grade-2 offers.

Counts. Offers: 156 (77 vi, 79 en). Needs: 75 (37 vi, 38 en); 6 Vietnamese needs are typed without accents
(qSn09, qSn18, qSn35, qSn43, qSn47, qSn59) and marked "vi". Judged pairs: 375 (177 grade 2, 198 grade 1);
2 to 7 judged offers per need, mean 5.0 (one need with 2, 13 with 3, 10 with 4, 21 with 5, 21 with 6, 9 with
7). Every need has at least one grade-2 offer.

Language situations (from the grade-2 offers). Answered in their own language only: 21 needs (9 vi, 12 en);
only in the other language: 19 (10 vi, 9 en); in both: 35. The floors (14 own-language-only, 15 not) hold; the
own-only share (28%) is a little above a quarter. The shares guided which needs were written; no grade was
moved to reach them.

Written blind: only tests/data/build/labelled_set.py was read in the repository; no matching code, docs,
benchmarks, tests or other labelled sets.

Caveats. One judge, no second opinion. Some pages are thin (a title or a short excerpt: BMS boards, cell
balancing review, sodium battery market, swap-station tags, standards tags), so those items carry few facts.
Most pages describe other places (Hanoi, Ho Chi Minh City, Đồng Tháp, India, Taiwan, China, Thailand,
Europe, the US); needs written from them are set in Trà Vinh / Vĩnh Long with local place names (Càng Long,
Cầu Kè, Cầu Ngang, Trà Cú, Duyên Hải, Tiểu Cần, Châu Thành, Long Hồ, Vũng Liêm, Trà Ôn, Bình Minh...).
Many offers restate research, news or how-to pages as services (recycling research, SoC engineering notes,
swap feasibility lessons, conversion guides), and a few describe one maker's own network or plant as if it
were on offer; grades assume the described capability is available.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout225_needs import NEEDS
from holdout225_offers import OFFERS
from holdout225_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout225", NEEDS, OFFERS, S)
