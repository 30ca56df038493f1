"""Blind labelled set holdout150: ice cream, yoghurt and small dairy processing (Trà Vinh / Vĩnh Long).

Theme and sub-topics. Needs of enterprises, cooperatives and farmers in Trà Vinh (now part of Vĩnh Long) and the old
Vĩnh Long province, offers of institutes, universities, firms and technology exchanges, on: goat and cow milk
collection and cooling (collection points, village chilling centres, bulk and ice-bank tanks, plate pre-coolers,
solar coolers, the lactoperoxidase system, milk cans and milking machines); pasteurisation (vat, small batch,
household methods, cooling after heating, larger lines); yoghurt and kefir (starters, incubation, incubator cabinets,
set yoghurt, freeze-dried goat yoghurt, HACCP, shelf life); cheese (fresh and aged goat cheese, paneer-type cheese,
whey, cream separation); ice cream (soft-serve and batch freezers, mix process, ageing, formulation, hardening, cup
lines) and popsicles (moulds, demoulding, sticks); coconut-milk ice cream (formulation, non-dairy claims, coconut
milk extraction); milk testing (analysers, reference methods, antibiotic strips, alcohol and platform tests, national
regulation QCVN 5-1:2017/BYT, mastitis checks); dairy hygiene (CIP, verification, clean milking, goat-milk
off-flavour); cold storage and cold chain (cold rooms, heat shock, loggers); packaging and shelf life (ESL, UHT
cartons, pouches, returnable glass bottles).

Distractors. 33 offers from neighbouring fields that share words with the needs without solving them: nVo034 (farm
tourism at a goat dairy), nVo066 (household ice-cream maker), nVo077 (catalogue of coconut products) and nVo110 to
nVo139: dairy-goat and dairy-cow rearing, breeding and herd research, coconut candy, bottled coconut water, carved
drinking coconuts, virgin coconut oil, grass silage ("ủ chua"), block-ice plants and fish ice boxes, frozen shrimp,
tofu and soy milk, juice hot-filling, juice pasteurisation and juice-plant CIP, HACCP for a beer plant, canned
pineapple, glass packaging, milk-powder and condensed-milk processes, biogas digesters. Only one is judged: nVo126
(biogas digester that can take cheese whey) is grade 1 for the whey need nVn29, as an adjacent disposal step; the
others stay unjudged.

Sources. Pages were found with the search tool, corpus "pages", with Vietnamese and English queries for every
sub-topic (for example "chăn nuôi dê sữa thu gom sữa dê làm lạnh", "milk cooling tank small farmers collection
centre", "máy thanh trùng sữa quy mô nhỏ", "small scale milk pasteurizer batch", "quy trình làm sữa chua men giống
nhiệt độ ủ", "yogurt starter culture incubation", "làm phô mai từ sữa dê", "small scale cheese making rennet",
"máy làm kem tươi", "máy làm kem que", "popsicle machine brine moulds", "kem dừa", "coconut milk ice cream
stabilizer", "máy phân tích sữa", "antibiotic residue rapid test milk", "vệ sinh dụng cụ vắt sữa", "CIP cleaning
dairy", "kho lạnh bảo quản kem", "ice cream heat shock storage", "pasteurized milk shelf life ESL", "yogurt cup
filling and sealing", "QCVN 5-1 sữa dạng lỏng", plus queries for the distractor fields). Two queries in the "docs"
corpus returned only unrelated dataset and code pages, so no item rests on it. Every need and every offer paraphrases
one page (figures kept, no sentence copied; some items are written in the other language than their page) and its
URL is in holdout150_sources.py: 213 distinct pages. Each offer has a page of its own; 24 pages serve one need and
one offer, and in none of those pairs is the offer graded 2 for that need.

Counts. Offers: 162 (80 "vi", 82 "en"), 33 of them distractors. Needs: 75 (39 "vi", 36 "en"); 6 Vietnamese needs
are typed without accents (nVn13, nVn43, nVn47, nVn54, nVn67, nVn69) and are marked "vi". Judged pairs: 351, of which
158 grade 2 and 193 grade 1; 130 distinct offers are judged. Judged offers per need: 1 to 12, mean 4.7 (1: 2 needs,
2: 9, 3: 14, 4: 13, 5: 12, 6: 13, 7: 7, 8: 1, 10: 3, 12: 1). Every need has at least one grade-2 offer.

Language situations (by the language of the grade-2 offers). Answered in their own language only: 18 needs (12
English, 6 Vietnamese): nVn11, 13, 24, 28, 30, 38, 46, 50, 52, 56, 57, 61, 62, 65, 66, 67, 70, 73. Answered only in
the other language: 13 needs (7 Vietnamese, 6 English): nVn06, 08, 17, 18, 27, 32, 34, 36, 41, 42, 53, 63, 64.
Answered in both: 44 needs. So 18 needs meet the own-language floor (14) and 57 are not own-language-only (floor 15);
the own-language share is 24%, about the quarter aimed at. The own-language group leans English (12 of 18) because
several narrow English-only offers (cream separator, kefir, ESL, loggers, ageing vat, CIP optimisation) happened to
be the only answers; grades were not changed to balance it.

Blind. Written without knowledge of the matching engine: in the repository only tests/data/build/labelled_set.py was
read (the writer and the row format); no matching code, docs, benchmarks, tests, other labelled sets or make scripts.

Caveats. One judge, no second opinion. Some pages are thin (a cover page of the FAO milk-cooling-centre guidelines,
the header of Circular 03/2017/TT-BYT, short product notes, abstracts) or are mirrors and translation-memory sites
(th4.ilovetranslation.com, a mirror of an MDPI review, scribd copies), so several offers rest on little text. Most
needs come from pages about other places and were set in the province: nVn01 (Sóc Trăng), nVn02 (Bến Tre), nVn03
(Long An), nVn04 (Hậu Giang), nVn05 (Tiền Giang), nVn71 (Kon Tum), nVn08 and nVn70 (India), nVn09 (Ethiopia), nVn13,
nVn14 and nVn74 (Kenya), nVn26, nVn59, nVn60 and nVn68 (United States); nVn44 and nVn45 come from pages about Cầu Kè
itself; the rest come from general technical pages. Needs sometimes add a local scale (cups, litres, sticks a day)
that their page does not give. Many offers restate research, manuals, blog experience or extension material as
services (e.g. nVo037, nVo052, nVo071, nVo082, nVo090, nVo106, nVo154, nVo156, nVo158), and some are sized for large
plants (nVo023, nVo040) and are only grade 1 for small needs. Unit conversions were added in a few Vietnamese offers.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout150_needs import NEEDS
from holdout150_offers import OFFERS
from holdout150_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout150", NEEDS, OFFERS, S)
