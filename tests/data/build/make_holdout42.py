"""Writes tests/data/matching_holdout42.json, a frozen, blind, labelled evaluation set.

Theme: agricultural biotechnology and inputs for Mekong Delta farming, for a provincial Department
of Science and Technology (Tra Vinh / Vinh Long): microbial products (inoculant biofertilisers for
rice such as BioGro, multi-strain nitrogen-fixing and phosphate-solubilising products, coated
fertiliser with phosphate-solubilising bacteria, microbial organic fertiliser, Trichoderma
preparations and tricho-compost, in-field rice-straw decomposers and rapid composting, Bacillus and
Pseudomonas antagonists against bacterial wilt, damping-off, sheath blight and banana Fusarium wilt);
biopesticides and biological control (Metarhizium and Beauveria against planthoppers, citrus,
vegetable and legume pests; parasitoid wasps, earwigs and Asecodes for the coconut black-headed
caterpillar and coconut leaf beetle; aggregation-pheromone traps for the rhinoceros beetle;
sex-pheromone traps for sweet potato weevil and vegetable moths; fruit-fly lures; colour traps and
trap crops); tissue culture and clean planting material (banana, MD2 pineapple and virus cleaning,
orchids, sweet potato, embryo-cultured wax coconut, micrografted greening-free citrus, sugarcane
seed-cane diagnostics); rice seed and variety technology (salt-tolerant and short-duration
varieties, farmer seed production schools, cooperative certified-seed production, certification of
farmer-bred lines); soil testing and improvement of acid-sulphate, saline and degraded soils;
mushrooms (straw mushroom indoors and outdoors, spawn quality, oyster, wood ear, lingzhi); and
organic / participatory (PGS) certification, including organic coconut linkages in Tra Vinh.
Close to a fifth of the offers (27, jRo126-jRo152) come from neighbouring fields (Trichoderma enzymes for
industry, mineral phosphate fertiliser and fertiliser licensing, black-pepper quick wilt in the
Central Highlands, orchid speculation, medicinal mushrooms and lingzhi supplements, export growing-
area codes, potato tuber moth, a fertiliser standard, sugarcane germplasm quarantine in China,
Oryctes pheromones for date and African oil palms, a US soil-test conversion sheet, shrimp-pond
probiotics, coconut drinks, activated carbon, coco peat and coir, GAP for dragon fruit, a wax-coconut
market report) and share words with the needs without solving them.

Sources: every item paraphrases a real public page found with a search over stored web pages
(Vietnamese and English news, provincial and ministry pages, university and institute reports,
theses, journal articles and abstracts, IRRI / ACIAR / FAO / CIP / ADB / Rikolto material, vendor and
extension pages); figures were kept, wording is our own. The page of each item is recorded in
holdout42_sources.py (225 distinct pages). No need paraphrases the same page as one of its judged
offers.

Offers (152: 82 Vietnamese, 70 English) are written the way institutes, universities, firms and
technology exchanges post them. Needs (74: 38 Vietnamese, 36 English; 6 Vietnamese ones typed without
accents: jRn15, jRn37, jRn42, jRn52, jRn57, jRn70) are written the way households, cooperatives,
small firms and commune services post them, with local place names (Cang Long, Chau Thanh, Tra Cu,
Tieu Can, Cau Ngang, Duyen Hai, Cau Ke, Tra On, Vung Liem, Binh Minh, Binh Tan, Mang Thit, Long Ho,
Tam Binh...), figures and everyday words that describe the problem rather than name the technology.

Grading: for each need every offer on the topic and on neighbouring topics was scanned; 2 = the
offer would solve the need, 1 = partly relevant (partial answer or adjacent step), unlisted = not
relevant. Every need has at least one grade-2 offer; 315 pairs are judged, 180 of them grade 2.
Language situations (by the languages of each need's grade-2 offers): 30 needs are answered only
by offers in their own language, 44 only (22) or partly (22) by offers in the other language.
25 of the 27 neighbouring offers are not judged for any need; the other 2 are judged 1 where they
are a partial answer (jRo129, Phytophthora management on pepper, for durian/pomelo root rot;
jRo138, the African Oryctes lure, for the coconut rhinoceros beetle). Two topic offers are not
judged for any need (jRo080 wood ear on rice husk, jRo122 straw mushroom on waste cotton).

The set was written blind: without reading the matching engine, its documentation, benchmarks,
tests or any other labelled set, and without running the engine or any evaluation.

Caveats: many offers paraphrase pages from outside the delta (Hanoi, Thanh Hoa, Thua Thien Hue,
Dak Nong, Lam Dong, Ba Ria-Vung Tau, Dong Nai, Cao Bang, Ben Tre, Bac Lieu, An Giang, Hau Giang;
Thailand, Malaysia, the Philippines, Guam, Bangladesh, Kenya, China, Australia, New Zealand, the US)
or research papers and theses, and are written as if an institute or firm offered the result as a
transferable technology, product or service. Several pages are thin (tag and search-result pages,
short TV news items, journal landing pages, document-sharing previews such as 123docz, scribd,
studylib, tailieu), so some items add ordinary context around the page's figures. Needs are
localised, loose paraphrases of the problem their page describes; a few relocate a problem reported
elsewhere (Binh Phuoc durian, Khanh Hoa sugarcane white leaf, Malaysian MD2 pineapple, Myanmar
nitrogen use, Bangladesh and Thai soil-testing pages, a Japanese note on seed saving) to Tra Vinh /
Vinh Long. Needs within one topic (coconut caterpillar, sweet potato weevil, straw mushroom, PGS)
often share much of their judged set. One judge graded all pairs.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout42_needs import NEEDS
from holdout42_offers import OFFERS
from holdout42_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout42", NEEDS, OFFERS, S)
