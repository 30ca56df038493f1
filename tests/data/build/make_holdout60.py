"""Writes tests/data/matching_holdout60.json: blind labelled set 60 (id prefix kJ).

Theme: water supply and irrigation for households and farms in a saline delta, set in Trà Vinh / Vĩnh Long.
Sub-topics: small reverse-osmosis units and desalination for drinking water in coastal communes; rainwater jars,
tanks and bags; rural piped-water stations (desalination retrofit, chlorination, iron removal, leak detection,
non-revenue water, remote-read and prepaid meters); salinity sensors, apps and early-warning messages; fresh-water
storage ponds and lined ditches (and aquifer storage); drip and sprinkler irrigation for vegetables and fruit on
sandy soil, with soil sensors; solar-powered pumps; smart sluice-gate operation; groundwater monitoring, modelling
and sealing of unused wells; water-saving rice irrigation (alternate wetting and drying).

Distractors: 28 of the 156 offers (kJo129–kJo156) come from neighbouring fields and share words with the needs
without solving them: shrimp/fish-pond water-quality sensors (salinity, DO), dishwasher softening salt, wastewater
disinfection training, surface-water PAC treatment, an ammonium/disinfection study, ship water supply, well
drilling and abstraction-permit reports (the opposite of well sealing), urban rainwater for flood control, city
flood sluices, river morphology, regional recharge mapping, agrivoltaics, hill gravity irrigation, pipe-corridor
protection, prepaid-meter market reports, an NRW investment fund, land-use and governance studies. Five are
judged: kJo133 (household after-meter leak check) is grade 2 for kJn26, whose poster has exactly that problem;
kJo138, kJo144, kJo148 and kJo151 are grade 1 as adjacent steps. The rest stay unjudged. One on-topic offer
(kJo083, pressurised piped irrigation schemes) is judged for no need.

Sources: found with the search tool (corpus "pages"), at least one Vietnamese and one English query per
sub-topic, about 35 queries in all. Every need and offer paraphrases one public page (figures kept, no sentence
copied); 186 distinct pages, all used, recorded in holdout60_sources.py. Needs are mostly written from separate
"problem" pages (n_* keys); where a need shares a page with an offer (kJn04/kJo007, kJn05/kJo011, kJn06/kJo012,
kJn56/kJo090) that offer is at most grade 1 for it, so no need shares its page with one of its grade-2 offers.

Counts: 156 offers (79 vi, 77 en); 75 needs (38 vi, 37 en), of which 6 Vietnamese needs are typed without
accents (kJn03, kJn07, kJn15, kJn26, kJn32, kJn66). 366 judged pairs: 187 grade 2, 179 grade 1; 2–9 judged offers
per need (mean 4.9); every need has at least one grade-2 offer.

Language situations (by the languages of each need's grade-2 offers): 28 needs answered in their own language
only (kJn05 07 08 12 14 15 17 24 26 34 35 38 40 41 42 43 50 53 54 56 58 61 62 63 65 66 67 72), 15 in the other
language only (kJn13 20 22 25 33 36 39 44 55 57 68 69 70 74 75), 32 in both. The own-language share (37%) is
above the "about a quarter" the brief aims at; grades were not changed to move it.

Written blind: in the repository only tests/data/build/labelled_set.py was read; no matching code, docs,
benchmarks, tests or other labelled sets were opened, and git was not run.

Caveats: one judge, no second opinion on grades. Several pages are thin (tag pages, short abstracts, product
blurbs, mirror sites) and the items written from them add plausible framing around the page's figures. Many
needs come from pages about other places and are set in the province: Sóc Trăng (Kế Sách salinity network,
Vĩnh Châu), Bến Tre and Tiền Giang (ponds, temporary dams), Kiên Giang (sluice closures), Hà Giang (school
filter), Bình Phước/Đắk Lắk (idle water works), Cà Mau (small stations), the delta in general and national pages;
their place names were replaced by Trà Vinh / Vĩnh Long ones (Duyên Hải, Cầu Ngang, Trà Cú, Cầu Kè, Càng Long,
Tiểu Cần, Châu Thành, Long Hồ, Vũng Liêm, Trà Ôn). Many offers restate research papers, student projects or news
reports as services or products offered by their institute or firm; several come from outside Vietnam
(India, Maldives, Cambodia, Uganda, USA, Australia).
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout60_needs import NEEDS
from holdout60_offers import OFFERS
from holdout60_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout60", NEEDS, OFFERS, S)
