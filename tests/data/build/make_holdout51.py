"""Blind labelled matching set holdout51: small-farm diversification in Trà Vinh / Vĩnh Long.

Theme and sub-topics: flowers and ornamental plants for Tết (chrysanthemum flowering control by lighting and
photoperiod, chrysanthemum white rust, marigold, bougainvillea, mai vàng leaf-stripping and bonsai, coconut
bonsai), orchids (tissue culture, deflasking, shade houses, commercial Dendrobium), fruit-tree and ornamental
seedling nurseries (grafting and budding, seedling standards and mother-tree blocks, insect-proof certified
citrus nurseries, coir / coco-peat potting media), beekeeping (Apis mellifera and Apis cerana colonies, Varroa
and Tropilaelaps, sacbrood, honey moisture reduction, adulteration testing, pollination services, bee-farm
visits), stingless bees, sericulture (mulberry varieties, floor rearing, silkworm diseases, chawki rearing),
black soldier fly and earthworm farming on farm waste, crickets and other edible insects, rabbits and quail,
and small-scale agritourism (homestays, community tourism villages, risk and permits, nursery visits).

Distractors: 31 offers (kAo135-kAo165, about a fifth) from neighbouring fields that share words with the needs
without solving them: shrimp farming (VietGAP, biofloc, rice-shrimp, EHP), biogas and pig-waste treatment,
straw mushrooms, hydroponic / net-house vegetables and aquaponics, coconut processing (milk, oil, coir, jelly
wastewater), coffee grafting standard, durian salinity damage, citrus greening research, new rambutan and star
apple varieties, hydroponic farm visits, wild edible insect harvest. Only two are judged (grade 1: kAo156 for two
citrus-nursery needs, kAo164 for one nursery-visit need); the rest are unjudged.

Sources: found with the search tool (corpus "pages") using Vietnamese and English queries per sub-topic; 240
distinct public pages (Vietnamese and English news, provincial and ministry pages, university theses and
journal articles, extension fact sheets, FAO / ECHO material, vendor pages, forums). Every need and every offer
paraphrases one page (figures kept); no page is used by both a need and an offer, so no need shares a page with
any of its grade-2 offers. Offers are sometimes written in the other language than their page.

Counts: 165 offers (83 vi, 82 en); 75 needs (38 vi, 37 en), of which 6 Vietnamese needs are typed without
accents (kAn06, kAn11, kAn19, kAn29, kAn34, kAn51). Needs use local place names (Càng Long, Cầu Kè, Tiểu Cần,
Châu Thành, Cầu Ngang, Trà Cú, Duyên Hải, Long Hồ, Mang Thít, Vũng Liêm, Tam Bình, Trà Ôn, Bình Minh...).

Grading: for each need every offer on the topic and neighbouring topics was scanned; 2 = the offer would solve
the need, 1 = partly relevant (partial answer or an adjacent step), unlisted = not relevant. 324 judged pairs,
174 grade-2 and 150 grade-1; every need has at least one grade-2 offer (1-7 judged offers per need, mean 4.3);
158 judged pairs cross languages.

Language situations (by the languages of a need's grade-2 offers): 19 needs answered only in their own
language, 29 partly in the other language, 27 only in the other language.

Written blind: only tests/data/build/labelled_set.py was read in the repository; no other set, matcher code or
documentation was consulted.

Caveats: a single judge; many pages come from outside the delta (Sa Đéc, Cái Mơn, Hà Nội, Lâm Đồng, Củ Chi,
Thailand, Korea, USA, Kenya, Nigeria...) and needs transpose their problems to Trà Vinh / Vĩnh Long places;
some pages are thin (tag pages, short news, forum posts, wiki mirrors) or proxied mirrors of documents
(scribd / proxy hosts); a few need pages tell the same story as an offer page from a different outlet (Nhị Hòa
community tourism village). Pollination, honey-drying and coir needs have several interchangeable offers, so
grade-2 sets there are large.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout51_needs import NEEDS
from holdout51_offers import OFFERS
from holdout51_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout51", NEEDS, OFFERS, S)
