"""Blind labelled holdout set 205: mangrove forests and coastal protection, Trà Vinh / Vĩnh Long.

Theme and sub-topics. Needs of enterprises, cooperatives and farmers on the Trà Vinh coast (now part of Vĩnh Long):
mangrove nurseries and planting; species and site selection for eroding and accreting coasts; bamboo, melaleuca and
pile breakwaters; monitoring erosion and mangrove cover with drones and satellites; mangrove-shrimp and
silvo-aquaculture; organic and other certification of mangrove shrimp; mangrove carbon and payments for forest
environmental services; community and co-management; eco-tourism in mangroves. Offers are written as institutes,
universities, firms, NGOs and technology exchanges would post them.

Distractors. 29 of the 161 offers (18%) come from neighbouring fields and share words with the needs without solving
them: geotextile tubes, sand-bag groynes and harbour, floating or rubble-mound breakwaters, sea-dyke management, a
polymer review (pYo046-050, pYo052-058); drones that spray rice (pYo078-079); intensive biofloc, greenhouse and
VietGAP whiteleg shrimp (pYo095-099); mangrove honey, nipa and coconut sugar (pYo115-118); upland PFES indicators,
casuarina on sand dunes, Costa Rica PES, essential oils on saline sand (pYo139-142); sand-forest community management
(pYo151); wind-farm sightseeing (pYo161). Most stay unjudged; 4 are judged, all grade 1 as an adjacent step
(pYo046, pYo047 geotubes for bank/offshore protection; pYo139 PFES monitoring; pYo141 a PES fund precedent).
The soft geobag revetment pYo051 was first drafted as a distractor but does solve river-bank needs, so it is graded 2
there and not counted as a distractor.

Sources. Found with the search tool (corpus pages, plus docs for Global Mangrove Watch and CoastSat), at least one
Vietnamese and one English query per sub-topic, within about 12 minutes. 144 distinct pages (S in
holdout205_sources.py): 125 serve offers, 43 serve needs, 24 serve both. Every item paraphrases its page with the
figures kept; no need shares its page with any of its grade-2 offers (checked).

Counts. Offers 161: 82 vi, 79 en. Needs 75: 37 vi, 38 en; 6 Vietnamese needs typed without accents (pYn03, pYn17,
pYn24, pYn31, pYn39, pYn47), marked "vi". Judged pairs 364: 226 grade 2, 138 grade 1. Judged offers per need 2-11,
mean 4.9 (3-7 for 67 of 75 needs; a few breakwater and certification needs have many equivalent answers). Grade-2
offers per need 1-8.

Language situations (grade-2 offers only). 16 needs are answered only in their own language (6 vi, 10 en), 5 only
in the other language (pYn20, pYn33, pYn53, pYn58, pYn75), 54 in both; 59 needs are not own-language-only. The
"about a quarter own-language-only" share came out at about a fifth (16/75); grades were never moved to reach it,
and several needs moved from own-only to both when their translated twin offers were graded consistently.

Written blind: only tests/data/build/labelled_set.py was read in the repository; no matching code, docs, tests,
benchmarks, other labelled sets or other make_*.py, and no git.

Caveats. One judge, no second opinion. Several pages are thin (news items, tag pages, abstracts or mirrors), so some
items stretch a few sentences. 38 needs are written from pages about other places (Cà Mau, Bạc Liêu, Sóc Trăng,
Kiên Giang, Hà Tĩnh, Quảng Nam, Nam Định, Cần Giờ, abroad or national overviews) and are set in the province with
its place names (Duyên Hải, Long Khánh, Long Vĩnh, Long Hữu, Trường Long Hòa, Hiệp Thạnh, Đông Hải, Cầu Ngang,
Mỹ Long Nam/Bắc, Hiệp Mỹ Đông/Tây, Châu Thành, Long Trị, Cồn Chim, Cồn Hô, Ba Động). Many offers restate research
papers, theses or project reports as services; their authors may not actually offer them. Several offers come in a
Vietnamese and an English version of the same page, graded alike.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout205_needs import NEEDS
from holdout205_offers import OFFERS
from holdout205_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout205", NEEDS, OFFERS, S)
