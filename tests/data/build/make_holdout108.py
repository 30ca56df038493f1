"""Blind holdout set 108: offshore and inshore fishing, fishing boats and fishing ports (Trà Vinh / Vĩnh Long).

Theme and sub-topics. Technology supply and demand around sea fishing from the Trà Vinh coast (now part of Vĩnh Long):
(1) boats and hulls — composite new builds, composite / glass sheathing of wooden hulls, FRP repair, steel-hull corrosion and
anodes; (2) engines and energy — engine repair and servicing, fuel saving and propellers, LED fishing lights, solar and electric
power on board; (3) vessel monitoring and electronics — VMS, small-boat tracking, HF radio, AIS and collision alarms, sonar and
echo sounders, shore software; (4) onboard ice and refrigeration — slurry / snow ice, seawater ice machines, PU and CPF insulated
holds, refrigerated seawater (RSW), insulated fish boxes, ozone, port ice plants and cold stores; (5) fish handling after harvest —
loss surveys, on-board hygiene, squid and fish drying; (6) fishing gear and nets — juvenile-fish excluders and BRDs, gillnets, crab
traps, hydraulic net haulers, net supply, ghost gear, net collection and recycling; (7) fishing ports — auctions and e-auctions,
electronic catch documentation and logbooks, port wastewater and waste, landing-site hygiene, at-sea logistics; (8) safety at sea —
lifejackets and survival gear, EPIRB / PLB beacons, remote medical advice, marine weather warnings.

Distractors. 32 of the 164 offers come from neighbouring fields and share words with the needs without solving them: leisure and
sport boating (used GRP cruisers, yacht building, kit boats, leisure fuel economy, DIY squid lights, kayak and hobby fish finders,
sport-boat coolers and fishboxes, a solar inflatable skiff, yacht solar basics), general LED lighting, a solar-power lecture, an AIS
decoding library for app developers, ozone for fish-shop counters and for aquaculture ponds / RAS, cold stores and fast freezing for
processing plants, a cold-store thesis, an agricultural solar dryer, fish-processing by-products (fishmeal plant, seasoning from
mackerel scraps, frozen shrimp and clam processing), surimi-plant wastewater, inland flood-season nets, crab seed and shrimp farming,
VietGAP shrimp certification. 8 distractors are judged (all grade 1, where they really are an adjacent step: a charter skipper's
engine checks, leisure antifouling tips, an AIS decoder library, a rotomoulded cooler, a yacht solar guide, the agricultural solar
dryer, the surimi wastewater plant, fast freezing for processing plants); the other 24 stay unjudged.

Sources. Found with the search tool (corpus pages, plus docs for the software offers: pyais, OpenCPN, Global Fishing Watch client,
an AIS Dart decoder), about sixty queries in Vietnamese and English, at least one per sub-topic. Every need and offer paraphrases
one public page (figures kept, no sentence copied); 239 distinct pages in holdout108_sources.py. No need shares its page with one
of its grade-2 offers (no need page is used by any offer).

Counts. 164 offers: 82 vi, 82 en. 75 needs: 37 vi (6 of them typed without accents, as on a phone: mFn07, mFn16, mFn28,
mFn31, mFn47, mFn58), 38 en. 326 judged pairs: 185 grade 2, 141 grade 1. Judged offers per need 3–8 (mean 4.3: 14 needs with 3,
31 with 4, 22 with 5, 7 with 6, one with 8); grade-2 offers per need 1–6. 140 offers are judged at least once; all 24 unjudged
offers are distractors.

Language situations (by the language of the grade-2 offers). Own language only: 26 needs (14 vi, 12 en). Other language only:
20 needs (9 vi, 11 en). Both languages: 29 needs (14 vi, 15 en). So 26 needs have all grade-2 offers in their own language
(floor 14) and 49 do not (floor 15). The own-only share (35%) came out above the intended quarter and the other-only share is
larger than "some": many tools here exist in one language only (Vietnamese PU-hold, sonar, VMS and repair workshops; English RSW,
AIS, e-auction and app offers). Grades were never changed to move these shares.

Setting. Needs are written as enterprises, cooperatives, port service firms and fishers of the province would post them, with
place names of Trà Vinh (Định An / Trà Cú, Láng Chim, Long Toàn, Long Vĩnh, Đông Hải, Trường Long Hòa, Hiệp Thạnh, Ba Động,
Mỹ Long, Hiệp Mỹ, Cầu Ngang, Hòa Minh, Long Hòa) and, since the 2025 merger, of former Bến Tre (Bình Đại, Bình Thắng, Ba Tri).
12 needs come from pages about the province itself (mFn01, mFn05, mFn18, mFn30, mFn49, mFn51, mFn53, mFn55, mFn60, mFn61, mFn62,
mFn72); the other 63 paraphrase pages about other provinces (Bình Định, Khánh Hòa, Quảng Ngãi, Vũng Tàu, Đà Nẵng, Ninh Thuận,
Quảng Bình, Thanh Hóa…), other countries (USA, UK, India, Japan, Korea, Taiwan, Germany, Maldives…) or no place, and are set in
the province.

Written blind: only tests/data/build/labelled_set.py was read in the repository; no matching code, docs, benchmarks, tests or
other labelled sets were consulted.

Caveats. One judge, no second opinion. Some pages are thin (forum posts, tag pages, short news items, thesis abstracts) and some
offers restate research results, theses, extension projects or guidance documents as services (e.g. the NTU device studies, the
VAST VMS and snow-ice machines, FAO manuals, BRD trials, the Korean telemedicine service); graders may disagree whether such an
offer "would solve" a need. Places outside the province are transposed into it, so local feasibility (e.g. foreign suppliers,
Korean or US programmes) is assumed rather than checked. A few near-duplicate topics appear in both languages on purpose
(composite hulls, LED lights, eCDT, auctions, wastewater, weather apps).
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout108_needs import NEEDS
from holdout108_offers import OFFERS
from holdout108_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout108", NEEDS, OFFERS, S)
