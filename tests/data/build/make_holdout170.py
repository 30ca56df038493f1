"""Blind labelled set holdout170: rainwater harvesting and drinking water for rural households.

Theme and sub-topics. Needs posted by farmers, cooperatives, water user groups and small firms of Trà Vinh /
Vĩnh Long; offers from institutes, universities, firms, NGOs and technology exchanges. Sub-topics: rainwater jars and
tanks (ferrocement, brick, plastic, underground), gutters, leaf screens and first-flush devices, household filters
(biosand, ceramic pot, UF/MF membrane), boiling, chlorination (hypochlorite, chloramine B, dosing pumps, drip
chlorinators) and solar disinfection, small reverse-osmosis and solar-still units against salinity intrusion, arsenic
and iron in well water, testing water at home (kits, strips, TDS/salinity pens), village piped-water schemes (O&M,
tariffs, financing, upgrades, pipe laying, water-quality audits), and dry-season / safe storage (bags, tanks,
mosquito-proofing).

Distractors. 32 of the 162 offers (about a fifth) come from neighbouring fields and share words with the needs
without solving them: shrimp-pond salinity, lime and mineral products, aquaculture refractometers and salinity
sensors, desalination for irrigation, bottling and flavoured-water lines, mineral-water filling, solar irrigation
pumps, saline-soil drainage, septic tanks, latrines, biogas, flood bags, orchard ponds, well drilling for irrigation
or utilities, pool chlorine, water softeners, and roof gutters sold only for drainage (oPo016, oPo024, oPo025,
oPo069, oPo087-oPo089, oPo102, oPo103, oPo140-oPo162). Five are judged, all grade 1 as a real adjacent step
(oPo024 and oPo025 gutters for oPn14, oPo157 salt-electrolysis chlorine for oPn31, oPo146 bottling line for oPn37,
oPo102 refractometer for oPn53); the other 27 are unjudged.

Sources. Found with the search tool, corpus "pages": about forty queries in Vietnamese and in English, at least one
per sub-topic in each language (rainwater jars / lu chứa nước mưa, first flush / máng xối, biosand, ceramic and
membrane filters / bình lọc gốm, chlorination / cloramin B, boiling and SODIS, RO against salinity / lọc RO nhiễm
mặn, arsenic and iron / asen, sắt giếng khoan, test kits / kiểm tra độ mặn, piped schemes / trạm cấp nước Trà Vinh,
storage / túi trữ nước, plus distractor fields). Two queries in corpus "docs" returned nothing usable. 155 distinct
pages: 144 serve offers, 59 serve needs (48 pages serve both an offer and a need; 11 serve only needs). Every item
paraphrases its page (figures kept, no sentence copied); no need shares its page with one of its grade-2 offers.

Counts. Offers: 162 (83 vi, 79 en). Needs: 76 (38 vi, 38 en); 6 Vietnamese needs are typed without accents
(oPn06, oPn14, oPn22, oPn27, oPn38, oPn53), marked "vi". Judged pairs: 420 (221 grade 2, 199 grade 1); judged
offers per need 3-10, mean 5.5 (4 needs with 3, 15 with 4, 24 with 5, 17 with 6, 5 with 7, 9 with 8, one each with
9 and 10). Every need has at least one grade-2 offer; every non-distractor offer is judged at least once.

Language situations (languages of the grade-2 offers). Own language only: 16 needs (10 en: oPn02, oPn07, oPn10,
oPn13, oPn31, oPn37, oPn57, oPn63, oPn67, oPn75; 6 vi: oPn14, oPn24, oPn48, oPn66, oPn68, oPn76). Other language
only: 9 needs (5 vi: oPn03, oPn08, oPn11, oPn58, oPn64; 4 en: oPn04, oPn19, oPn45, oPn59). Both languages: 51
needs. The own-language-only share is 21%, a little under the quarter aimed at, because many offers were written in
both languages from the same pages; grades were not changed to move it. Floors met: 16 >= 14 and 60 >= 15.

Written blind: of the repository only tests/data/build/labelled_set.py was read; no matching code, docs,
benchmarks, tests or other labelled sets were opened, and nothing else in the repository was run.

Caveats. One judge, no second opinion on any grade. Several pages are thin (tag pages, news stubs, title-plus-
snippet pages such as camau_tram, dtmn_longson, xsbd_hotru, mixph_biosand, tgt_kiemtra, kiunga_desal, thvl_nuocmay),
so some items add ordinary context around a few facts. Places: 68 of the 76 needs were written from pages about
other places (elsewhere in the Mekong Delta such as Bến Tre, Hậu Giang, Kiên Giang and Cà Mau, Hanoi and the Red
River Delta, Bình Định, Hà Nam, Ho Chi Minh City, the northern mountains, Laos/Thailand, India, Kenya, Uganda, South
Africa, Latin America, North America, the UK, or no particular place) and are set in the province with its own
place names; only oPn36, oPn41, oPn59, oPn60, oPn61, oPn66, oPn67 and
oPn68 come from pages about Trà Vinh or Vĩnh Long (oPn05, oPn35, oPn56 and oPn73 use a page about Bến Tre, set in
Trà Vinh). Many offers restate research, surveys or guidance as services or products of the body that wrote them
(e.g. oPo003, oPo011, oPo012, oPo013, oPo040, oPo041, oPo071-oPo073, oPo091, oPo092, oPo103, oPo108, oPo112,
oPo128, oPo151, oPo160), and some restate news items or guides as firm offers (e.g. oPo015, oPo044, oPo118,
oPo123). Some offers exist in both languages from one page with different angles (e.g. oPo001/oPo122,
oPo042/oPo124, oPo062/oPo126), which makes cross-language matches easy for those pairs.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout170_needs import NEEDS
from holdout170_offers import OFFERS
from holdout170_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout170", NEEDS, OFFERS, S)
