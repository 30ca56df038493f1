"""Blind labelled set holdout183: citrus and pomelo orchards in the Mekong Delta (tests/data/matching_holdout183.json).

Theme: orchards of Vĩnh Long's king orange (cam sành), Năm Roi and green-skin pomelo, lemons and seedless limes, with
needs set in Trà Vinh / Vĩnh Long (Tam Bình, Trà Ôn, Vũng Liêm, Bình Minh, Mỹ Hòa, Mang Thít, Long Hồ, Cầu Kè, Tam Ngãi,
Càng Long, Tiểu Cần, Châu Thành, Trà Cú). Sub-topics: clean grafted seedlings, budwood and rootstocks; citrus greening
(HLB), the Asian citrus psyllid and other pests and diseases (fruit fly, fruit borer, leafminer and canker,
Phytophthora gummosis); raised beds, dykes, freshwater storage and saltwater intrusion; fertilising, leaf and soil
testing, drip irrigation and fertigation, soil acidity and acid sulphate soil; off-season and synchronised flowering,
fruit thinning, fruit cracking and fruit drop; harvest, grading, waxing, packing, cold storage and export standards
(VietGAP/GAP, GlobalGAP, growing-area codes for the US market).

Distractors: 30 of the 158 offers (21 vi, 9 en) come from neighbouring fields and share words with the needs without
solving them: bonsai grafting, a novelty pomelo variety, Liberibacter tools for potato (software, R scripts), a human
PCR kit, drones sold as machines or for rice, riverbank trees, rice-land salinity and rice-fish-duck models, orchid
watering, a provincial soil map, pecan leaf testing, rambutan, durian, mango and chrysanthemum flowering, dragon-fruit
GAP, pangasius GlobalGAP, peel and flower essential oils (the by-product instead of the fruit), shaped pomelo, cacao,
a durian rescue service and potted jujube. Most stay unjudged; 5 are judged (6 pairs), all grade 1, where they are
an adjacent step (a drone sale and drone advice for a spraying need, a soil map and a pecan leaf lab for testing
needs, a dragon-fruit GAP project for a certification need). A drone spraying service and a fruit salinity
tolerance advisory were written as real offers, not distractors.

Sources: found with the search tool (corpus pages, one docs query that returned nothing usable), at least one
Vietnamese and one English query per sub-topic; 130 distinct public pages (sources file S), 36 of them serving the
needs. Every need and offer paraphrases one page, keeping its figures; several pages serve two items (often a
Vietnamese and an English offer); no need shares its page with one of its grade-2 offers.

Counts: 158 offers (84 vi, 74 en); 81 needs (41 vi, 40 en); 7 Vietnamese needs are typed without accents (pCn05,
pCn13, pCn21, pCn29, pCn41, pCn53, pCn59), marked "vi". Judged pairs: 375 (200 grade 2, 175 grade 1); judged offers per
need 2-9, mean 4.6 (one need has 2, 21 have 3, 24 have 4, 12 have 5, 11 have 6, 9 have 7, 2 have 8, one has 9).

Language situations (grade-2 offers): 16 needs answered only in their own language, 8 only in the other language
(pCn03, pCn16, pCn18, pCn30, pCn36, pCn50, pCn64, pCn75), 57 in both. The own-language share (20%) is under a quarter:
many offers come as Vietnamese/English pairs from the same page, and both members of a pair get the same grade. When
the first 75 needs gave only 10 own-language needs, grades were left as judged and six needs (pCn76-pCn81) were added
on topics offered in one language only, which is why there are 81 needs rather than about 75.

Written blind: in the repository only tests/data/build/labelled_set.py was read; no matching code, docs, benchmarks,
tests, other labelled sets or make scripts; git was not run. Checks were done by a throwaway script in /tmp that read
only these files.

Caveats: one judge, no second opinion on grades. Many pages are thin (news items, tag pages, thesis front matter), so
some offers restate the little a page says, and several offers restate research results (theses, trials, reviews,
foreign extension pages from Florida, California, Texas, Thailand, Malaysia) as services an institute could offer. 24
needs are written from pages about other places (Bến Tre, Cao Bằng, Hà Nội, Hải Dương, Bình Dương, Florida, a supplier
blog...) and set in the province: pCn05, pCn10, pCn13, pCn22, pCn23, pCn24, pCn32, pCn35, pCn37, pCn38, pCn40, pCn50,
pCn51, pCn52, pCn53, pCn54, pCn60, pCn62, pCn63, pCn64, pCn72, pCn73, pCn74, pCn78. Farm and cooperative details in
the needs (places, crops) are set by the writer; figures come from the pages.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout183_needs import NEEDS
from holdout183_offers import OFFERS
from holdout183_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout183", NEEDS, OFFERS, S)
