"""Writes tests/data/matching_holdout200.json: a blind holdout set on seafood by-products.

Theme: seafood by-products in Trà Vinh / Vĩnh Long. Sub-topics: shrimp heads and shells to chitin and chitosan (and
chitosan uses in crop protection and fruit coating); astaxanthin and shrimp oil; fish skin and scales to collagen,
gelatin (halal) and hyaluronic acid; fish meal and fish oil from processing waste; protein hydrolysates; liquid fish
fertiliser, fish amino acid and fish silage; bone calcium and hydroxyapatite; cold handling of by-products; odour and
wastewater of small by-product plants; markets (collagen and gelatin prices) and certification (MarinTrust, ex IFFO RS).

Distractors: 30 offers from neighbouring fields that share words with the needs without solving them: the main product
instead of the by-product (iced or frozen shrimp, black spot, PTO/IQF shrimp, tra fillet cold stores, a 35 t/day
frozen plant, canned fish, fish sauce from whole fish), astaxanthin from algae, yeast or synthesis, fishmeal from
whole industrial fish or for pet food, pond sludge compost, vermicomposting, a calcium drug, a consumer collagen brand,
aquaculture-pond and domestic wastewater, VietGAP farming, a restaurant sourcing policy, NH3 toxicity in tra, general
fish chilling or spoilage notes. 3 are judged, all at grade 1 as adjacent steps (pTo043, pTo114, pTo115); the rest are
unjudged.

Sources: found with the search tool, corpus `pages` (about 27 queries, at least one Vietnamese and one English per
sub-topic) and corpus `docs` (one query; it gave the fish amino acid recipe). 160 distinct pages, each used by at least
one item; every need and offer paraphrases one page with its figures kept. No need shares its page with one of its
grade-2 offers (where a need's own page would answer it, that offer is at most grade 1).

Counts: 160 offers (75 vi, 85 en); 75 needs (40 vi, 35 en), of which 6 Vietnamese needs are typed without accents
(pTn05, pTn12, pTn28, pTn39, pTn46, pTn50) and marked "vi". Judged pairs: 319, 157 at grade 2 and 162 at grade 1;
3 to 8 judged offers per need, 4.25 on average; every need has at least one grade-2 offer; 29 offers are not judged
for any need. The language shares came out near half but not exactly (needs 53% vi, offers 47% vi); no grade was
changed to move them.

Language situations (by the languages of each need's grade-2 offers): 21 needs are answered only in their own language,
16 only in the other language, 38 in both; so 54 needs have grade-2 offers outside their own language. These shares
guided which needs were written; grades were set on content alone.

Written blind: only tests/data/build/labelled_set.py was read in the repository; no matching code, docs, benchmarks,
tests, other labelled sets or other make_*.py were opened, and git was not run.

Caveats: one judge, no second opinion or adjudication. Many pages are thin (abstracts, thesis covers and tables of
contents on document-sharing sites, short blog or trade-news items, mirror sites), so offers built on them state little
beyond the topic and headline figures. All 75 needs are written from pages about other places (Nha Trang, Hà Nội,
TP.HCM, Đồng Tháp, Kiên Giang, Khánh Hòa, Tiền Giang, Sóc Trăng and abroad) or about no place, and are set in Trà Vinh /
Vĩnh Long place names (Duyên Hải, Long Toàn, Trà Cú, Định An, Cầu Ngang, Cầu Kè, Tiểu Cần, Càng Long, Châu Thành,
Ba Động, Vĩnh Long city, Long Hồ, Bình Minh, Trà Ôn, Tam Bình). Many offers restate research papers, theses or reviews
as services of an institute, university or firm, which the page itself does not promise; a few offers in English
paraphrase Vietnamese pages and vice versa, and two pages serve several offers (the FAO fishmeal chapter:
pTo063/pTo111/pTo159; the marine gelatine review: pTo053/pTo160).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout200_needs import NEEDS
from holdout200_offers import OFFERS
from holdout200_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout200", NEEDS, OFFERS, S)
