"""Writes tests/data/matching_holdout70.json: a blind labelled set for the technology supply–demand exchange of the
Department of Science and Technology of Trà Vinh (now part of Vĩnh Long).

Theme: garments, textiles, footwear and leather-goods workshops. Sub-topics: cutting and sewing automation (CAD
markers, CNC/laser cutters, automatic sewing units, servo motors, embroidery, shoe-line machinery, 3D foot scanning);
dyeing and wastewater (dyehouse treatment, Fenton, ozone/UV, electrocoagulation, constructed wetlands, water saving,
natural dyes, chrome recovery in tanning); quality and sizing (AI fabric inspection, 4-point grading, seam checks,
size systems, 3D body scanning, 3D virtual sampling, test laboratories); worker safety and ergonomics (sewing
workstations, needle guarding, workshop cooling, solvent exposure in shoe gluing, fire and electrical audits);
fabric from natural fibres (banana, lotus, pineapple leaf, coir, water hyacinth, sedge mats, silk, fish-skin and
vegetable-tanned leather, textile and leather scrap recycling); small-batch production planning (line balancing,
SMV, simulation, lean, ERP, RFID tracking); traceability for export orders (blockchain, DNA tagging, GOTS,
certificate checks, EVFTA rules of origin, QR stamps).

Distractors: 31 of the 165 offers (19 vi, 12 en) come from neighbouring fields and share words with the needs without
solving them: metal CNC machining, clutch-motor parts and hobby motor tips, export statistics, fish gelatin and
collagen, chrome plating and mining chromium, crocodile bags and hobby leather tips, phosphate electrocoagulation,
industrial-park sewage, a dye-selection guide, generic machine-vision and ERP-QC modules, 3D printing of accessories,
construction and tobacco-factory safety, home-sewing tips, lotus-silk fabric sales, coir geotextiles, coconut-shell
carbon, cocopeat, water-hyacinth baskets, second-hand clothes collection, generic KPIs, indoor positioning, toll and
container RFID, ginseng traceability. Four distractors are judged, all grade 1 as adjacent steps (dye selection,
generic vision inspection, 3D printing in fashion, indoor positioning); the other 27 stay unjudged.

Sources: found with the search tool, 60 queries in the pages corpus and 2 in the docs corpus, in Vietnamese and
English, at least one per sub-topic (marker/CNC cutting, sewing automation, servo motors, embroidery, footwear
automation, foot scanning, shoe adhesives, fish leather, chrome, vegetable tanning, leather scrap, dye wastewater,
electrocoagulation, wetlands, water saving, natural dyes, fabric inspection, sizing, 3D sampling, test labs,
ergonomics, guarding, cooling, fire safety, banana, lotus, pineapple, coir, water hyacinth, Khmer brocade, mats,
silk, fabric scraps, line balancing, lean, ERP, RFID, blockchain, GOTS, EVFTA, QR). Every need and every offer
paraphrases one public page (figures kept, no sentence copied); 230 distinct pages for 240 items. Ten pages serve
both a need and an offer; in each case that offer is not judged for that need, so no need shares its page with one
of its grade-2 offers.

Counts: 165 offers (83 en, 82 vi); 75 needs (37 en, 38 vi), of which 6 Vietnamese needs are typed without accents
(kTn03, kTn09, kTn19, kTn26, kTn35, kTn50). 250 judged pairs: 146 grade 2, 104 grade 1. Judged offers per need:
1 to 6, mean 3.3 (1: 3 needs, 2: 13, 3: 30, 4: 19, 5: 5, 6: 5); three needs have a single judged offer because
only one offer on the exchange addresses them. 28 offers are unjudged (27 distractors and kTo154, whose page is
the source of kTn59).

Language situations (by the language of the grade-2 offers): 32 needs are answered in their own language only
(16 vi, 16 en), 16 only in the other language, 27 in both. The own-language share (43%) came out above the
intended quarter; grades were not changed to reach it. Floors: 32 >= 14 own-language-only, 43 >= 15 not.

Written blind: only tests/data/build/labelled_set.py was read in the repository; no matching code, docs, benchmarks,
tests or other labelled sets were consulted.

Caveats: one judge, no second opinion. Several pages are thin (a tag page, a title-only page on water reuse,
abstracts of theses and papers), so some items rest on little text. Most needs were written from pages about other
places (Hanoi, Ho Chi Minh City, An Giang, Lào Cai, Lâm Đồng, Thanh Hóa, and abroad: Kenya, Tunisia, Slovenia,
Iran, the Netherlands, Bangladesh, India, the USA, the Philippines, southern Africa) and are set in the province
instead (Trà Vinh, Vĩnh Long and former Bến Tre place names), as noted here; a few come from pages about places now
in the province (Mỏ Cày coir, Cà Hom – Bến Bạ mats). Many offers restate research, theses or case studies (fish-leather
testing, mangrove tannin, ozone/UV, electrocoagulation, seam SVM, size systems, CLO 3D, RULA, simulation balancing,
blockchain frameworks) as if they were services on offer, and some offers come from firms or institutes abroad.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from holdout70_needs import NEEDS
from holdout70_offers import OFFERS
from holdout70_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout70", NEEDS, OFFERS, S)
