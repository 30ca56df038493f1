"""Writes tests/data/matching_holdout40.json, a frozen, blind, labelled evaluation set.

Theme: energy and mechanisation for farms, villages and small factories in the Mekong Delta
(Tra Vinh / Vinh Long): rooftop and ground solar with grid-connection rules; solar for shrimp and
fish ponds (floating or pond-roof PV, aerator power, aquavoltaic greenhouses, electrical safety in
ponds); solar pumping and solar drip or sprinkler irrigation; solar and greenhouse dryers for fish,
fruit, herbs and pepper; small wind; household and farm biogas (fixed dome, plastic tube, covered
lagoons, biogas generators, ESCO model); biomass (husk briquettes and pressing machines, husk
gasifiers for mills and kilns, husk stoves, biomass boilers, charcoal-kiln smoke control); energy
audits and efficiency in seafood plants, ice plants, cold stores and rice mills (energy management,
variable-speed drives, refrigeration heat recovery, heat-pump drying, steam drying rooms, LED,
waste-heat recovery, cleaner production); solar cold rooms; electric and solar boats; battery storage
and hybrid inverters; off-grid and island mini-grids; combine harvesters and credit, small combines
for soft soils, transplanters and tray nurseries, laser land levelling, spraying and seeding drones,
straw balers, flat-bed, mobile and two-stage paddy drying; machinery repair and technician training;
smart meters and IoT energy monitoring. A fifth of the offers (32, jPo129-jPo160) come from
neighbouring fields (livestock and seafood wastewater treatment, RO and rural water supply,
composting and Trichoderma, vermiculture, straw-mushroom growing, drip irrigation in net houses,
digital farm tools and traceability, IoT pond water-quality sensors, rice milling quality and rice
value-chain studies, motor design, ice hygiene testing, unfired bricks and rice-husk-ash concrete,
coconut processing, charcoal impact survey, vibrating sieves) and share words with the needs
without solving them.

Sources: every item paraphrases a real public page found with a search over stored web pages
(Vietnamese and English news, university and institute pages, theses and journal articles,
provincial and government articles, vendor and development-project pages); figures were kept,
wording is our own. The page of each item is recorded in holdout40_sources.py (206 distinct pages:
one per offer, 160, plus 46 pages used only by needs, mostly news reports of problems such as power
cuts, pig-farm odour, labour shortage, husk dumping, island diesel power).

Offers (160: 85 Vietnamese, 75 English) are written the way institutes, universities, firms and
technology exchanges post them. Needs (90: 46 Vietnamese, 44 English; 5 Vietnamese ones typed
without accents) are written the way small firms, cooperatives, households and communes post them,
with local place names (Châu Thành, Tiểu Cần, Cầu Kè, Càng Long, Trà Cú, Duyên Hải, Cầu Ngang,
Trà Ôn, Vũng Liêm, Bình Minh, Tam Bình, Long Hồ, Mang Thít...), figures and everyday words that
describe the problem rather than name the technology.

Grading: for each need every offer on the topic and on neighbouring topics was scanned; 2 = the
offer would solve the need, 1 = partly relevant (partial answer or adjacent step), unlisted = not
relevant. Every need has at least one grade-2 offer; 317 pairs are judged, 151 of them grade 2
(166 grade 1); 133 of the 160 offers are judged for at least one need (all 128 on-topic offers, and
5 neighbouring offers at grade 1). Language situations (by the languages of each need's grade-2
offers): 42 needs are answered only by offers in their own language, 48 only (28) or partly (20) by
offers in the other language.

The set was written blind: without reading the matching engine, its documentation, benchmarks,
tests or any other labelled set, and without running the engine or any evaluation.

Caveats: many pages come from outside the delta (Cambodia and Nigeria for solar pumps and cold
rooms, Thailand and the Philippines for dryers and husk gasifiers, Hanoi, central and northern
provinces for wind, stoves, transplanters, straw balers and island grids) and were written as
offers available to Tra Vinh / Vinh Long users; problem pages from other provinces were relocated to
local place names. Some pages are thin (only a title or a short excerpt was read, e.g. a low-cost
household solar package, a hybrid-inverter page, lagoon covers, vibrating sieves, ice testing,
unfired bricks), and those items are written in general terms. Pages were read through search
excerpts, not always in full. 41 needs paraphrase the same page as one of the offers they grade,
which can raise word overlap between those needs and their answers. One judge graded all pairs.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout40_needs import NEEDS
from holdout40_offers import OFFERS
from holdout40_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout40", NEEDS, OFFERS, S)
