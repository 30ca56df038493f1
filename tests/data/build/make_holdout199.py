"""Blind labelled holdout set 199: small feed mills and farm-made feed for fish, pigs and poultry.

Written blind: of the repository only tests/data/build/labelled_set.py (the writer and the row format) was read; no
matching code, docs, benchmarks, tests, other labelled sets or other make_*.py were opened, and git was not run.

Theme and sub-topics. Needs come from enterprises, cooperatives and farmers in Trà Vinh / Vĩnh Long (Càng Long, Cầu
Kè, Tiểu Cần, Châu Thành, Cầu Ngang, Trà Cú, Duyên Hải, Long Hồ, Mang Thít, Vũng Liêm, Tam Bình, Trà Ôn, Bình Minh,
Bình Tân); offers come from institutes, universities, firms and extension services. Sub-topics: hammer mills and
grinders; mixers; pellet mills and small pellet lines; floating fish-feed extruders; local ingredients (rice bran,
broken rice, cassava roots/leaves/pulp, fish meal and fish by-products, soybean meal, coconut meal) and their
fermentation or ensiling; duckweed and azolla; black soldier fly, earthworms and live feeds; feed formulation
software and least-cost rations; mycotoxin testing and binders; premixes and enzymes; drying and storage of feed;
feed quality testing (proximate analysis, pellet durability and water stability) and feed registration rules.

Distractors. 30 of the 158 offers (19%) are distractors from neighbouring fields that share words with the needs
without solving them: wood/biomass pellet mills, TMR and self-propelled mixers for cattle, parboiled rice, unrelated
farm topics such as pig-house ventilation, biogas, pig surveys, fish grow-out manuals (seabass, intensive culture,
climbing perch), cassava foliage for goats, brewer's yeast, aquarium duckweed and aquarium BSF foods, transgenic
duckweed, feed for earthworms, infusoria, dairy least-cost rations, aflatoxin in milk and in food crops, liquid
premixes for licensed manufacturers, silage and hay storage, food-safety certificates, food product declarations,
veterinary drug import, forage-lab certification and forage methods. 4 distractors are judged, all at grade 1 where
they are a real adjacent step (grain bags for storage, 4 needs; feed for earthworms; infusoria and aquarium BSF
foods for fry); the other 26 are unjudged. The paddy-drying offer pSo125 was first drafted as a distractor but does
solve the drying need pSn40, so it is graded 2 there and not counted as a distractor.

Sources. Pages were found with the search tool, corpus pages only (the docs corpus was not used), 34 queries in
Vietnamese and English, at least one per sub-topic. 172 distinct pages: 157 behind offers, 59 behind needs (44 pages
serve both, never as a grade-2 offer of a need written from the same page). Every item paraphrases its page, keeping
its figures.

Counts. Offers: 158 (79 vi, 79 en). Needs: 76 (39 vi, 37 en); 6 Vietnamese needs are typed without accents (pSn05,
pSn28, pSn34, pSn52, pSn54, pSn64) and are marked "vi". Judged pairs: 415 (188 grade 2, 227 grade 1); judged offers
per need 3–8, mean 5.5; grade-2 offers per need 1–4. 27 offers are never judged (26 distractors and pSo038, the
coconut-meal prebiotic, which no need asks for).

Language situations (by the language of a need's grade-2 offers). Own language only: 26 needs (14 vi, 12 en). Other
language only: 16 (11 vi answered only in English, 5 en answered only in Vietnamese). Both: 34 (14 vi, 20 en). The
own-language share (34%) came out above the intended quarter and the both share (45%) below; grades were set from
content only and were not moved to reach any share. Floors: 26 needs have all grade-2 offers in their own language
(floor 14) and 50 do not (floor 15).

Caveats. One judge, no second opinion. Several pages are thin (tag or listing pages, forum posts, document-sharing
previews, mirrored journal pages, a few vendor pages), so some offers are short. Only one need page (the Vĩnh Long
newspaper Q&A from Long Hồ, pSn01) is from the province; the other 75 needs were written from pages about other
places (Hà Nam, Thanh Hóa, Thái Nguyên, Long An, Hue, Đắk Lắk, Uganda, Rwanda, the USA, Europe...) or about no place
in particular, and were set in Trà Vinh / Vĩnh Long. Many offers restate research results, theses, reviews or
regulations as services (technology transfer, advice, testing), which overstates how ready they are; some Vietnamese
offers paraphrase English pages and one English offer (pSo093) a Vietnamese page. Regulation offers mix current and
superseded texts (Circulars 61 and 66/2011 are graded lower than Decree 13/2020 for current-procedure needs).
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout199_needs import NEEDS
from holdout199_offers import OFFERS
from holdout199_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout199", NEEDS, OFFERS, S)
