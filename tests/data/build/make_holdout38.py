"""Writes tests/data/matching_holdout38.json, a frozen, blind, labelled evaluation set.

Theme: health, education, digital services and light industry for a provincial Department of
Science and Technology in the Mekong Delta (Tra Vinh / Vinh Long): medicinal plants and
traditional-medicine products (instant herbal teas, extraction, pharmacopoeia testing, grower-pharma
linkage); maintenance and management of clinic and hospital equipment; telemedicine, hospital and
clinic software and medical waste handling; school IT and e-learning (LMS, teacher training,
refurbished computers); digital transformation of communes and small firms (e-invoices, ERP,
readiness assessment, one-stop e-government, online selling and livestream, OCOP e-commerce);
cybersecurity basics for SMEs; GIS for land administration and planning; mechanical workshops (CNC
machining, machine-tending robots, laser cutting); occupational safety (welding fume, workplace
monitoring, training, inspection of pressure and lifting equipment); construction materials
(unfired bricks, rice-husk-ash concrete and bricks, saline sand, geopolymer); plastics recycling and
degradable packaging; garments (fabric spreading, lean lines, embroidery, dyeing wastewater);
furniture and wood (drying, particle boards); 3D printing and prototyping; testing and calibration
laboratories (ISO/IEC 17025, VILAS). A fifth of the offers (32, jNo129-jNo160) come from
neighbouring fields (herb and spice growing, agricultural and fruit drying, shrimp-pond monitoring,
rooftop solar, coconut processing and coir, food-safety certification, GIS for paddy land) and
share words with the needs without solving them.

Sources: every item paraphrases a real public page found with a search over stored web pages
(Vietnamese and English news, university and institute pages, theses and student projects,
provincial and government articles, accreditation listings, vendor pages, WHO / PATH / THET-type
reports); figures were kept, wording is our own. The page of each item is recorded in
holdout38_sources.py (154 pages).

Offers (160: 85 Vietnamese, 75 English) are written the way institutes, universities, firms and
technology exchanges post them. Needs (90: 46 Vietnamese, 44 English; 5 Vietnamese ones typed
without accents) are written the way small firms, clinics, schools, communes and cooperatives post
them, with local place names (Cang Long, Cau Ke, Tieu Can, Chau Thanh, Cau Ngang, Tra Cu, Duyen
Hai, Tra On, Vung Liem, Binh Minh, Tam Binh, Mang Thit...), figures and everyday words that describe
the problem rather than name the technology.

Grading: for each need every offer on the topic and on neighbouring topics was scanned; 2 = the
offer would solve the need, 1 = partly relevant (partial answer or adjacent step), unlisted = not
relevant. Every need has at least one grade-2 offer; 261 pairs are judged, 125 of them grade 2.
Language situations (by the languages of each need's grade-2 offers): 38 needs are answered only by
offers in their own language, 52 only (34) or partly (18) by offers in the other language.

The set was written blind: without reading the matching engine, its documentation, benchmarks,
tests or any other labelled set, and without running the engine or any evaluation.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout38_needs import NEEDS
from holdout38_offers import OFFERS
from holdout38_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout38", NEEDS, OFFERS, S)
