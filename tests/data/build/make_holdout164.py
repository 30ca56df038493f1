"""Blind labelled set holdout164: nipa palm (dừa nước) and its products, for the Trà Vinh / Vĩnh Long exchange.

Theme and sub-topics. Nipa palm (Nypa fruticans, dừa nước): tapping the fruit stalk for sap and keeping the sap
fresh; nipa sugar, syrup and bottled sap drinks; nipa vinegar and distilled nipa spirit; nipa sap for (fuel)
ethanol; nipa fruit flesh harvesting, chilled packs and canning; nipa leaf thatch, stitched roofing panels
(lá chằm), shingle durability and fire / rot treatment; nipa leaf straws, leaf and midrib handicrafts and nipa
paper; nipa stands along rivers and canals for bank protection, with mangrove restoration next to them; nipa
forests in community eco-tourism (boat tours, leaf crafts for visitors).

Distractors. 33 of the 160 offers (about a fifth) come from neighbouring fields and share words with the needs
without solving them: coconut-blossom (mật hoa dừa) tapping, chilling and processing (oJo011-013, oJo015), a palm
sugar market report (oJo024), coconut wine and coconut product lists (oJo036-037), cassava ethanol and ethanol
supply for E5/E10 (oJo050-052), canned coconut water (oJo062), synthetic thatch and plastic "coconut leaves"
(oJo078-080), straws from fermented coconut water, vegetables, grass, reed, bamboo and rice (oJo094-102), buri,
palmyra and coconut handicrafts (oJo103-107), vetiver and eco-bag soft embankments and coconut (not nipa) planting
on canal banks (oJo121-123, oJo127), plus the pig-feed use of sugar-palm sap (oJo010). Most stay unjudged; 10 of
them are judged, always grade 1 and only where they are an adjacent step (17 judgements in all): the coco-sap
chiller for sap freshness, the market report for sweetener positioning, coconut-blossom spirit for a nipa-spirit
need, ethanol dehydration for blending, coconut-water canning for nipa fruit canning, grass-straw processing steps
for leaf straws, buri / palmyra weaving for nipa weaving, and soft embankments for bank protection.

Sources. Pages were found with the search tool, corpus "pages" (35 queries, Vietnamese and English, at least one
per sub-topic: sap tapping, đường / mật dừa nước, nipa vinegar, nipa ethanol, cơm dừa nước, lá dừa nước lợp nhà,
nipa thatch durability and fire retardants, ống hút lá dừa / nipa straws, đan lát / nipa handicraft and paper,
dừa nước chống sạt lở, mangrove restoration, du lịch sinh thái rừng dừa nước / mangrove boat tours) and corpus
"docs" (3 queries; it gave little on this theme, one market report was used). 108 distinct pages are cited in
holdout164_sources.py; every need and every offer paraphrases one of them, with figures kept. No need shares its
page with any of its grade-2 offers (checked by script).

Counts. Offers: 160 (82 vi, 78 en). Needs: 75 (38 vi, 37 en); 6 of the Vietnamese needs are typed without accents
(oJn03, oJn09, oJn24, oJn37, oJn41, oJn53) and are marked "vi". Judged pairs: 347, of which 179 grade 2 and 168
grade 1. Judged offers per need: 2 to 8, mean 4.6 (one need with 2, 16 with 3, 22 with 4, 17 with 5, 11 with 6,
6 with 7, 2 with 8). Every need has at least one grade-2 offer; every non-distractor offer is judged at least once.

Language situations (from the grade-2 offers of each need). Answered in their own language only: 20 needs
(8 vi: oJn60, oJn62, oJn65-oJn70; 12 en: oJn02, oJn06, oJn07, oJn36, oJn49, oJn55, oJn59, oJn71-oJn75).
Answered in the other language only: 11 needs (oJn10, oJn11, oJn12, oJn19, oJn30, oJn33, oJn44, oJn48, oJn50,
oJn51, oJn61). Answered in both: 44 needs. The shares guided which needs were written; no grade was moved to
reach them. Many offers come in vi / en pairs paraphrasing the same page, which is why "both" dominates.

Places. Only oJn13 and oJn56 (cù lao Long Trị), oJn60 and oJn63 (Trà Vinh eco-tourism pages), oJn62 (cồn Chim)
and oJn66 (a guide based on fieldwork in Trà Vinh nypa stands) were written from pages about the province. All
other needs were written from pages about other places (Philippines, Thailand, Malaysia, Indonesia, India,
Hội An, Cần Giờ, Cà Mau, Sóc Trăng, Hậu Giang, Bến Tre, Bình Dương, Kiên Giang, South Africa ...) or from general
pages, and were set in Trà Vinh / Vĩnh Long places (Duyên Hải, Trà Cú, Cầu Ngang, Châu Thành, Tiểu Cần, Cầu Kè,
Càng Long, Vũng Liêm, Long Hồ, Thạnh Phú ...).

Written blind: in the repository only tests/data/build/labelled_set.py was read (for the writer and row format);
no matching code, docs, benchmarks, tests, other labelled sets or other make scripts were opened, and git was
not run.

Caveats. One judge, no second opinion. Several pages are thin (blog posts, short news items, abstracts, a
pastebin market note) and some offers restate research results, news stories or project reports as services an
institute or firm would post. No public page on nipa-leaf straws was found, so the straw needs are answered by
offers paraphrasing coconut / palm-leaf straw pages, graded 2 where the rolled-leaf method transfers directly.
The Slow Food vinegar page names Arenga palm sap although it is listed as nipa vinegar. Most needs are set in the
province from pages about elsewhere, so their local details (communes, rivers) are illustrative. Grades between
1 and 2 for general advice offers (manuals, documentation, planting guidance) are judgement calls.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout164_needs import NEEDS
from holdout164_offers import OFFERS
from holdout164_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout164", NEEDS, OFFERS, S)
