"""Blind holdout set 237: craft villages of Trà Vinh / Vĩnh Long (tests/data/matching_holdout237.json).

Theme and sub-topics. Craft villages: sedge (lác, cói) mat weaving; basketry, rattan, bamboo, water hyacinth and
coconut crafts; pottery, brick and red clay kilns; blacksmiths and knives; new designs and product development;
dyeing and finishing; selling crafts online and to tourists; dust, smoke and waste in craft villages. Needs are posted
as an enterprise, cooperative, household or commune would post them, set in places of the province (Trà Cú, Hàm Tân,
Hàm Giang, Cầu Ngang, Châu Thành, Hưng Mỹ, Càng Long, Tiểu Cần, Cầu Kè, Duyên Hải, Vũng Liêm, Tam Bình, Trà Ôn,
Mang Thít, Long Hồ, Bình Minh, Thầy Cai canal...). Offers are written as an institute, university, firm,
association or exchange would write them.

Distractors. 30 of the 156 offers (about a fifth) are distractors from neighbouring fields that share words with
the needs without solving them: the product instead of the technique (bulk bricks, garden pottery, synthetic mats,
bamboo flooring, forged tools for export), the trader instead of the service (mat buyers, rattan importers), the
wrong sector (industrial cloth dyeing, garment dyes, household air cleaners, road dust trucks, town waste
incinerators, livestreams for electronics brands, hyacinth compost or water filtering, salt-tolerant rice, concrete
supply, neutron imaging). 7 of them are judged, all grade 1, only where they are a real adjacent step (coir
geotextile for a coir need, hyacinth compost for leftover biomass and weaving scraps, husk fuel supply for a kiln
fuel-cost need, carton printing for a packaging need, cycling tours for a tour-route need, rattan import for a raw
material need, OCOP fair booths for a trade-fair need); the other 23 are unjudged.

Sources. Pages were found with the search tool, corpus `pages` (and `docs`, which gave one usable page, a glaze
document), in Vietnamese and English, at least one query per sub-topic (about 35 queries). Every need and offer
paraphrases one page, figures kept, no sentence copied; 153 distinct pages are used (holdout237_sources.py). A page
may serve several items, but no need shares its page with one of its grade-2 offers (checked).

Counts. 156 offers: 78 vi, 78 en. 75 needs: 38 vi, 37 en; 6 of the vi needs are typed without accents (rEn03,
rEn08, rEn19, rEn27, rEn33, rEn43) and marked "vi". 250 judged pairs: 153 grade 2, 97 grade 1. Judged offers per
need: 1 to 7, mean 3.3; every need has at least one grade-2 offer. Every non-distractor offer is judged for at least
one need.

Language situations (by the languages of each need's grade-2 offers). Own language only: 24 needs (rEn05, 10, 11,
24, 30, 36, 49, 50, 51, 53, 56, 58, 59, 60, 62, 63, 64, 65, 66, 67, 68, 69, 72, 75). Other language only: 12 needs
(rEn13, 16, 21, 22, 29, 40, 41, 54, 55, 57, 61, 74). Both: 39 needs. The brief aimed at about a quarter own-language
only; it came out at about a third (24 of 75), because several niche needs have one specialised answer. The floors
(at least 14 own-language-only and 15 not) are met. No grade was changed to reach any share.

Places. 19 needs are written from pages about the province itself (rEn01, 02, 04, 07, 09, 17, 19, 21, 22, 23, 35,
36, 43, 44, 56, 57, 65, 72, 75). The other 56 are written from pages about other places (Đồng Tháp, Bến Tre, Long
An, Tiền Giang, Bạc Liêu, Kiên Giang, Phú Yên, the Red River Delta, Hanoi, Bắc Ninh, Hà Nam, Thái Nguyên, Cambodia,
India, Bangladesh, Japan, the US...) or about no place in particular, and are set in the province.

Written blind: only tests/data/build/labelled_set.py was read in the repository; no matching code, docs,
benchmarks, tests, other labelled sets or other make_*.py scripts were opened, and git was not run.

Caveats. One judge, no second opinion. Several pages are thin (photo captions, tag pages, forum threads, blog
posts, a document-sharing preview, a page of partly garbled text) and some come from little-known sites. Many offers
restate a study, a news report or a village's own practice as a service or technology for transfer (e.g. a
university kiln audit, a natural-dye research project, a village forging method), so what is "offered" is the
page's know-how, not a confirmed provider. Several offers and needs come in near-pairs across the two languages
(same page or same technique), which makes the both-languages situation frequent. Needs set in the province from
pages about elsewhere carry their own plausible details that the page does not confirm.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout237_needs import NEEDS
from holdout237_offers import OFFERS
from holdout237_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout237", NEEDS, OFFERS, S)
