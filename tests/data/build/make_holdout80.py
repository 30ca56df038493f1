"""Holdout set 80 (id prefix lD): greenhouses, net houses, hydroponics and urban vegetable farming.

Theme and sub-topics. Technology supply and demand for protected and urban vegetable growing in Trà Vinh /
Vĩnh Long: (1) net houses and greenhouses for the delta's heat and rain; (2) hydroponic and NFT systems for
leafy vegetables; (3) drip and misting irrigation with controllers; (4) growing media from coir and rice husk;
(5) seedlings and grafted vegetable seedlings; (6) pest exclusion and biological control under cover;
(7) rooftop and balcony gardens in towns; (8) sensors and apps for greenhouse climate. Needs are posted the
way an enterprise, cooperative or farmer in the province would write them; offers the way an institute,
university, firm or technology exchange would.

Distractors. 33 offers (lDo129-lDo161) come from neighbouring fields that share words with the needs without
solving them: shrimp farmed in greenhouses and net-covered ponds (and their monitoring and VietGAP), rice husk
sold as fuel, straw mushrooms grown in closed houses, solar and greenhouse-effect dryers, coir geotextiles for
erosion control, Metarhizium against rice planthopper, ladybirds on coffee, household mosquito screens, smart
homes, workplace gas monitoring, canal design standards, a coffee nursery, vermicomposting, aquaponics, a rice
seedling medium and a review of greenhouse shapes used mostly for drying. Two distractors carry three grade-1
judgements, where the offer really is an adjacent step (the greenhouse-shape review twice, for orientation of
new houses; vermicompost once, as an organic component of a substrate); the other 31 stay unjudged. A few offers
inside the theme are also weak or off-target (a hose-end garden controller, a cool-highland greenhouse survey,
an NFT glossary note, an indoor LED vertical farm) and are judged at most 1.

Sources. Found with the search tool on the stored public pages corpus, with Vietnamese and English queries for
every sub-topic (e.g. "nhà màng nhà lưới trồng rau đồng bằng sông Cửu Long", "net house greenhouse tropical
vegetable production heat rain design", "thủy canh hồi lưu NFT rau ăn lá", "carbonized rice hull substrate
seedling mix tomato", "yellow sticky traps monitoring whitefly thrips greenhouse vegetables"), plus queries for
the neighbouring fields and for farmers' situations (drought and salinity in Cầu Ngang and Trà Ôn, whitefly on
melons, damping-off in nurseries, hot hydroponic solutions). Every need and offer paraphrases one page (figures
kept, no sentence copied) and records its URL in holdout80_sources.py: 196 distinct pages. A page may serve
several items, but no need shares its page with any of its grade-2 offers (checked).

Counts. 164 offers: 80 Vietnamese, 84 English. 75 needs: 38 Vietnamese (6 of them typed without accents, as on
a phone: lDn09, lDn16, lDn23, lDn31, lDn39, lDn49, still marked "vi") and 37 English. 408 judged pairs:
182 grade 2 and 226 grade 1; 3 to 10 judged offers per need (mean 5.4); every need has at least one grade-2
offer. 34 offers are judged for no need (31 distractors and 3 weak in-theme offers).

Language situations (by the languages of each need's grade-2 offers). Own language only: 27 needs
(lDn02, 06, 09, 10, 12, 18, 19, 21, 23, 29, 30, 33, 34, 35, 39, 44, 47, 51, 54, 56, 57, 59, 63, 65, 67, 70, 74).
Other language only: 11 needs (lDn13, 15, 26, 45, 48, 50, 55, 60, 66, 69, 73). Both languages: 37 needs.
So 27 needs meet the own-language floor (at least 14) and 48 do not have all grade-2 offers in their own
language (floor 15). The own-language share came out above the quarter aimed at (36%); grades were set on
relevance alone and were not changed to move these shares.

Placement. Needs are set in Trà Vinh / Vĩnh Long place names (Càng Long, Cầu Kè, Tiểu Cần, Châu Thành, Cầu
Ngang, Trà Cú, Duyên Hải, Long Hồ, Mang Thít, Vũng Liêm, Tam Bình, Trà Ôn, Bình Minh, Bình Tân, Mỏ Cày and the
two provincial towns). Only 13 needs come from pages about the province itself (lDn01, 03, 04, 07, 09, 19, 20,
21, 22, 23, 24, 26, 68). The other 62 are written from pages about other places (Đồng Tháp, Cần Thơ, Hậu Giang,
Hà Nội, Hải Phòng, Hải Dương, Nghệ An, Quảng Nam, Lâm Đồng, Vĩnh Phúc, Ho Chi Minh City, India, Greece,
Bulgaria, Italy and others) or about no place at all, and are set in the province.

Blind. Written without any knowledge of the matching engine: in the repository only
tests/data/build/labelled_set.py (the writer and the row format) was read; no matching code, docs, benchmarks,
tests, other labelled sets or other make_*.py scripts were opened, and git was not run.

Caveats. One judge made every grade, without a second reading. Several pages are thin (a headline and a line or
two, a forum post, a glossary entry, a shop listing), so some items carry more of the writer's framing than of the
page. Most needs are relocated from pages about other places, and some needs are loose paraphrases of pages whose
situation is close to but not the same as the need (a coffee ladybird page behind an eggplant mealybug need, a
Welsh-language shading page behind an overheating need). Many offers restate research reports, theses, student
projects, farmer stories or extension articles as if they were services on offer; whether those authors would
in fact deliver is not known. Some offers are foreign (US, UK, Australian, Thai, Sri Lankan) and would need an
intermediary in the province.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout80_needs import NEEDS
from holdout80_offers import OFFERS
from holdout80_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout80", NEEDS, OFFERS, S)
