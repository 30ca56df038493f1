"""Writes tests/data/matching_holdout37.json, a frozen, blind, labelled evaluation set.

Theme: fruit trees, coconut growing and horticulture of the Mekong Delta for a provincial Department
of Science and Technology (Tra Vinh / Vinh Long): wax coconut (dua sap / makapuno) embryo and tissue
culture, drinking-coconut varieties, coconut pests (black-headed caterpillar and its parasitoids,
Brontispa leaf beetle, rhinoceros beetle, palm weevil), cocoa under coconut, citrus greening and
salt/acid-tolerant rootstocks, pomelo, durian (off-season flowering, Phytophthora), longan witches'
broom, off-season rambutan, dragon fruit lighting and brown-spot disease, mango bagging and
post-harvest, fruit-fly protein bait, salinity damage and freshwater storage in orchards, drip and
fertigation, net houses and hydroponics, coir substrates, straw mushrooms, bee pollination,
nurseries and grafting, ornamental plants, VietGAP / GlobalGAP certification and spraying drones.
About 28 of the offers (a sixth to a fifth) come from neighbouring fields (rice AWD and straw, shrimp-rice and
prawn farming, cattle, livestock waste and biogas, coconut processing: desiccated coconut, coconut
water, virgin oil, activated carbon, galactomannan, prebiotics from coconut meal, drones for rice
and lotus) and share words with the needs without solving them.

Sources: every item paraphrases a real public page found with a search over stored web pages
(Vietnamese and English news, university and institute pages such as Tra Vinh University, Can Tho
University, SOFRI, extension and provincial articles, ACIAR / CARD project reports, journal
abstracts, theses); figures were kept, wording is our own. The page of each item is recorded in
holdout37_sources.py (150 pages).

Offers (160, 79 Vietnamese and 81 English) are written the way institutes, universities, firms and
technology exchanges post them. Needs (90, 45 Vietnamese of which 5 are typed without accents, and
45 English) are written the way farmers, cooperatives, nurseries and small firms post them, with
local place names (Cau Ke, Cang Long, Tieu Can, Tra Cu, Cau Ngang, Duyen Hai, Chau Thanh, Tra On,
Vung Liem, Binh Minh, Tam Binh, Long Ho), figures and everyday words describing the problem rather
than the technology.

Grading: for each need every offer on the topic and on neighbouring topics was scanned; 2 = the
offer would solve the need, 1 = partly relevant (partial answer or adjacent step), unlisted = not
relevant. Every need has at least one grade-2 offer; 360 pairs are judged, 188 of them grade 2.
Language situations (by the languages of each need's grade-2 offers): 38 needs are answered only by
offers in their own language, 52 only or partly by offers in the other language (23 of them only
by other-language offers).

The set was written blind: without reading the matching engine, its documentation, benchmarks,
tests or any other labelled set, and without running the engine or any evaluation.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout37_needs import NEEDS
from holdout37_offers import OFFERS
from holdout37_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout37", NEEDS, OFFERS, S)
