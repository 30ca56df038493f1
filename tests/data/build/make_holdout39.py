"""Writes tests/data/matching_holdout39.json, a frozen, blind, labelled evaluation set.

Theme: the coconut industry end to end for a provincial Department of Science and Technology in
the Mekong Delta (Tra Vinh / Vinh Long, with neighbouring Ben Tre): coconut pests and their
biological control (black-headed caterpillar parasitoids and predators, red palm weevil and
rhinoceros beetle trapping and sanitation, Brontispa leaf beetle parasitoids, fruit borer, drone
application); growing (cocoa intercropping, saline intrusion and drought, dwarf and tall variety
zoning, seedling nurseries and grading, organic conversion and certification); waxy coconut
(dua sap / makapuno) embryo culture and seedlings; climbing, dehusking, trimming and testa
paring machines and post-harvest treatment of trimmed young coconuts; copra dryers and
aflatoxin, desiccated coconut; virgin coconut oil (centrifuge, natural and induced fermentation);
coconut water (hurdle processing, UHT, ultrafiltration, pink discolouration, authenticity
testing); coconut milk and cream emulsions; nata de coco; coconut sap (neera), nectar and sugar;
coconut vinegar; coir fibre extraction and specifications; cocopeat washing, buffering, EC and
blocks; coir geotextiles; shell charcoal, briquettes and activated carbon; coconut wood;
handicrafts; wastewater of husk, nata and desiccated-coconut processing; food-safety and export
requirements (HACCP/FDA, HPP coconut water, Codex standards, growing-area codes), coconut candy.
A fifth of the offers (32, jOo129-jOo160) come from neighbouring fields (fruit cold/freeze
drying and generic food drying, oil palm milling, rice-husk biochar, banana-sheath and water
hyacinth crafts, pineapple and banana fibre, nipa palm sap sugar, sugarcane jaggery, seafood and
coffee wastewater, retort pouches, arecanut dehuskers, date-palm weevil traps, cashew export
compliance, avocado-seed activated carbon, orange juice concentration) and share words with the
needs without solving them (one of them, the date-palm weevil trap, is judged partly relevant to
one need).

Sources: every item paraphrases a real public page found with a search over stored web pages
(Vietnamese and English news, provincial and DOST pages, university and institute pages, theses
and student projects, journal abstracts, FAO / Coconut Development Board / Coir Board / ICAR /
PCA technical profiles, vendor and exporter pages, import-authority pages); figures were kept,
wording is our own. The page of each item is recorded in holdout39_sources.py (172 distinct
pages, one page per source key; needs often reuse the page of the story or offer they come from).

Offers (160: 85 Vietnamese, 75 English) are written the way institutes, universities, firms and
technology exchanges post them. Needs (90: 48 Vietnamese, 42 English; 5 Vietnamese ones typed
without accents) are written the way small firms, cooperatives, households and communes post
them, with local place names (Cau Ke, Tieu Can, Chau Thanh, Cang Long, Tra Cu, Duyen Hai, Cau
Ngang, Mo Cay, Giong Trom, Binh Minh, Vung Liem...), figures and everyday words that describe
the problem rather than name the technology.

Grading: for each need every offer on the topic and on neighbouring topics was scanned; 2 = the
offer would solve the need, 1 = partly relevant (partial answer or adjacent step), unlisted = not
relevant. Every need has at least one grade-2 offer and every on-topic offer is judged for at
least one need; 277 pairs are judged, 157 of them grade 2. Language situations (by the languages
of each need's grade-2 offers): 39 needs are answered only by offers in their own language, 51
only (17) or partly (34) by offers in the other language.

The set was written blind: without reading the matching engine, its documentation, benchmarks,
tests or any other labelled set, and without running the engine or any evaluation.

Caveats: many pages are from outside the delta (India, the Philippines, Sri Lanka, Thailand,
Malaysia, Indonesia, Brazil, New Zealand, the Caribbean) and were written as offers that a local
institute, firm or exchange could post; several Vietnamese offers paraphrase English pages and a
few English offers paraphrase Vietnamese ones. Some pages are thin (short vendor or blog pages,
document-sharing previews of theses), and a few needs were built from a farmer story or from the
same page as the offer that answers them, so they share some figures with it. Grades come from a
single judge in one pass plus a short consistency pass, and grade 2 is used generously where an
offer covers the need's main problem even if not every detail.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout39_needs import NEEDS
from holdout39_offers import OFFERS
from holdout39_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout39", NEEDS, OFFERS, S)
