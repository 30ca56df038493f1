"""Blind labelled set holdout111: printing, packaging printing, labels, signage and advertising for small businesses.

Theme and sub-topics. Technology needs of enterprises, cooperatives and households in Trà Vinh / Vĩnh Long (the merged
province, incl. the former Bến Tre area) against offers from firms, institutes, universities and exchanges: offset and
digital printing of folding cartons and rigid gift boxes; corrugated cartons (flexo vs digital); labels and decals
(short-run digital, freezer/fridge labels, Vietnamese sub-labels); shrink sleeves; barcodes and GS1 registration; QR
traceability stamps; anti-counterfeit and tamper-evident stamps; date/lot coding; stand-up, vacuum and coffee pouches;
paper, nonwoven and canvas bags; eco-friendly inks (water-based, soy, low-migration, TCVN 13928:2023); molded pulp and
paper alternatives to plastic; shop signs, light boxes and LED boards/screens; large-format banners and billboards;
flyers, catalogues and trade-fair graphics; packaging/brand design and labelling law (Decree 43/2017, 111/2021);
smart indicator labels (freshness, time-temperature); UV printing and laser engraving on wood.

Distractors. 32 of the 162 offers come from neighbouring fields and share words with the needs without solving them:
LED grow lights, direct-to-film T-shirt printing, plastic-bag extrusion machines, paper-mill wastewater and sludge,
recovered-paper and non-wood pulp projects, coir geotextiles and cocopeat, coconut-industry strategy, QR payments
(VietQR), car decal wrapping, POS customer displays, CNC metal machining, metal laser cutters, hobby laser engravers,
an LED-matrix code tutorial, a beverage line, a solar dryer, a packinghouse guide, a nano-food thesis, a Coca-Cola
packaging essay and a marketing note. Three are judged, all grade 1 as adjacent steps (4 pairs: mIo124 twice, mIo017,
mIo160); the other 29 are unjudged.

Sources. Found with the search tool, corpus pages (61 queries) and docs (1 query), in Vietnamese and English, at least
one query per sub-topic. Every need and offer paraphrases one public page (figures kept, no sentence copied; some
offers are written in the other language than their page); 237 distinct pages. No need shares its page with one of
its grade-2 offers.

Counts. 162 offers (83 vi, 79 en) and 75 needs (38 vi, 37 en); 6 Vietnamese needs typed without accents (mIn03,
mIn09, mIn11, mIn19, mIn32, mIn33), marked "vi". 481 judged pairs: 235 grade 2, 246 grade 1; 3–10 judged offers per
need (mean 6.4); every need has at least one grade-2 offer and every non-distractor offer is judged at least once.

Language situations (language of the grade-2 offers). Own language only: 22 needs (29%; 12 vi, 10 en). Other language
only: 11 needs (15%; 5 vi answered only in English, 6 en answered only in Vietnamese). Both: 42 needs (56%). The own-
language share is a little above the quarter aimed at; grades were not changed to reach any share.

Written blind: of the repository only tests/data/build/labelled_set.py was read; no matching code, docs, benchmarks,
tests or other labelled sets.

Caveats. One judge, no second opinion. Some pages are thin (title-only shop pages for signs, profile pages of sign
firms, a catalogue price tool, the cover of a World Bank study, student reports), so their offers say little. Only
mIn05–mIn09 and mIn16 come from pages about Trà Vinh / Vĩnh Long; all other needs were written from pages about other
places (Nghệ An, Lạng Sơn, Quảng Ninh, Cà Mau, Tuyên Quang, Thanh Hóa, Ho Chi Minh City, abroad) and are set in the
province. Several offers restate research, theses, student projects, reviews or news as services (smart indicator
labels, laser engraving prototypes, traceability training, paper-packaging lectures), and sign, label and LED firms
are in Ho Chi Minh City, Đà Nẵng or abroad; foreign sign makers were graded 1 for Vietnamese shop-sign needs because
signs need on-site survey and installation. Judgement calls: a label printer without compliance content graded 1 for
the sub-label need; industrial coders graded 1 where a small cheap solution was asked.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout111_needs import NEEDS
from holdout111_offers import OFFERS
from holdout111_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout111", NEEDS, OFFERS, S)
