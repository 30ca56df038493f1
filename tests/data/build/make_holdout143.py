"""Blind labelled set holdout143: mushroom growing and spawn production (Trà Vinh / Vĩnh Long).

Theme and sub-topics. (A) straw mushroom beds on rice straw (outdoor beds, cylindrical columns, closed houses
with shelves, cotton-waste substrate, composting and spawning rates); (B) oyster, wood-ear and lingzhi grown in
bags on sawdust, straw, coffee waste or coconut coir; (C) spawn production, culture media, clean rooms and
sterilisation or pasteurisation of substrate bags; (D) growing houses, shelves, misting, fogging, temperature and
humidity control; (E) drying, canning, salting, snacks and fresh storage of mushrooms; (F) spent substrate reused
as compost, potting medium, feed or fuel, and pests and contamination (green mould, wild fungi, bacteria, flies,
mites). Needs are posted by enterprises, cooperatives and farmers in place names of the province (Trà Vinh city,
Càng Long, Cầu Kè, Tiểu Cần, Châu Thành, Trà Cú, Cầu Ngang, Duyên Hải; Long Hồ, Mang Thít, Vũng Liêm, Tam Bình,
Trà Ôn, Bình Minh, Bình Tân; Chợ Lách, Mỏ Cày Nam, Giồng Trôm of former Bến Tre); offers are written as
institutes, universities, firms, cooperatives and extension services would post them.

Distractors. 30 of the 162 offers (about 18.5%) come from neighbouring fields and share words with the needs
without solving them: straw balers and urea-treated straw for cattle (the straw, not the mushroom), coco peat for
cage lining and a coir economics thesis, hobby grow bags, a medical autoclave, soy-milk sterilisation, a cordyceps
investment note, an IoT garden, aeroponics, a PLC garden controller, greenhouse mist cooling and irrigation water,
a flower-greenhouse cooling guide, heat-pump, solar, cold and freeze dryers for general produce, a blanching and
pasteurisation paper, dried shiitake export and a fresh-mushroom supplier (the product, not the technology),
homemade Trichoderma and Trichoderma soy-pulp compost (the mould sold as a biocontrol), vermiculture, wood-pellet
production, general composting and a lingzhi health-claims page. 19 stay unjudged; 11 are judged, all at grade 1
where they are a real adjacent step (general dryers for drying needs, the IoT controller for automation needs,
pelleting for spent-substrate fuel, Trichoderma inoculant and general composting for spent-substrate compost,
vermiculture for spent substrate as feed, blanching for canning, hobby grow bags for a home grower). None is
graded 2.

Sources. Pages were found with the search tool, corpus "pages" (one or more queries per sub-topic, in Vietnamese
and in English: straw mushroom beds, oyster/wood-ear/lingzhi bag culture, coir substrate, spawn and grain spawn,
sterilisation, clean rooms, misting and humidifiers, drying, canning, salting, storage, spent substrate as
compost/feed/fuel, green mould, flies and mites, Trà Vinh and Vĩnh Long mushroom models, plus queries for the
distractor fields). One query in corpus "docs" returned only pastes and was not used. 213 distinct pages are
recorded in holdout143_sources.py; every need and offer paraphrases one of them, figures kept, no sentence
copied. No need shares its page with any of its grade-2 offers (checked by a throwaway script outside the
repository); eleven needs share a page with an offer judged 1 or left unjudged for them.

Counts. Offers: 162 (81 vi, 81 en). Needs: 75 (38 vi, 37 en); 6 Vietnamese needs are typed without accents
(nOn03, nOn07, nOn15, nOn28, nOn34, nOn44) and marked "vi". Judged pairs: 401 (243 grade 2, 158 grade 1).
Judged offers per need: 3 to 8, mean 5.3 (two needs have 8, above the usual 3-7, because several offers were
genuinely on point). Every need has at least one grade-2 offer. 20 offers are judged for no need (19 distractors
and one research note on disinfectants).

Language situations (by the languages of each need's grade-2 offers): 18 needs are answered in their own
language only, 14 in the other language only, 43 in both (so 57 are not own-language-only). These shares came
out of honest grading; no grade was raised or lowered to reach them. During writing nine English offers built
from Vietnamese or mixed pages were written in Vietnamese instead to balance the offer languages; grades were not
touched by that change.

Written blind: only tests/data/build/labelled_set.py was read in the repository (the writer and the row format);
no matching code, docs, benchmarks, tests, other labelled sets or other make scripts were read, and git was not run.

Caveats. One judge, no second opinion. Several pages are thin (news snippets, tag pages, paper abstracts,
truncated document previews), so some offers say less than a real provider would. Most need pages are about other
places (Cà Mau, An Giang, Tiền Giang, Đồng Nai, Hòa Bình, Di Linh, Thanh Hóa, Hải Dương, India, the USA, Europe)
or are general how-to guides; those needs were set in Trà Vinh / Vĩnh Long and their figures kept as read. Only
three need pages are about the province itself (Trà Côn in Trà Ôn, twice, and ward 8 of Trà Vinh city). Many offers
restate research papers, theses, handbooks or growers' stories as services or know-how on offer. Some pages are
mirrors or copies of others (a review copied on another site, a chapter hosted twice); a need written from a copy
never grades the original's offer 2.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout143_needs import NEEDS
from holdout143_offers import OFFERS
from holdout143_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout143", NEEDS, OFFERS, S)
