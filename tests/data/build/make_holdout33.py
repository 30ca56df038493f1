"""Writes tests/data/matching_holdout33.json, a frozen, blind, labelled evaluation set.

Theme: the rice and field-crop value chain of the Mekong Delta for a provincial Department of
Science and Technology (Tra Vinh / Vinh Long): salt- and drought-tolerant rice varieties (ST25,
OM380, LP05, HATRI 200, soi, Sub1 lines) and seed production and seed storage; alternate wetting
and drying, water-level sensors, carbon credits and laser land levelling; rice-shrimp and
rice-prawn rotation on the field side; straw uses (straw mushrooms, Trichoderma in-field
decomposition, compost and vermicompost, biochar, roller and self-propelled balers, densification,
urea-treated straw for cattle); paddy drying (flatbed, reversible-airflow SRA, mobile husk-fired
dryers) and storage (hermetic bags, local containers, silos and warehouses, post-harvest loss);
rice bran stabilisation and bran oil, husk fuel rods; rice paper ovens and machines, rice noodle
flour formulation and extrusion; sugarcane varieties, deep tillage, cane contracts and trash
recycling; peanut varieties and seed on sandy ridges; sweet potato weevil pheromone traps and
processing; cassava starch lines, cassava and maize drying and storage; soil testing and salinity
checks; biofertilisers, ecological engineering against planthoppers, drone spraying and
transplanters. About a fifth of the offers come from neighbouring fields (rice-husk energy, fruit
drying, mango drones, shrimp aquaculture, pig biogas and wastewater, cattle silage, coconut
processing, solar pumps, drip irrigation, generic food drying) and share words with the needs
without solving them.

Sources: every item paraphrases a real public page found with a search over stored web pages
(Vietnamese and English news, provincial and extension articles, university and institute pages,
IRRI knowledge bank and Rice Today, journal abstracts, theses and project reports); figures were
kept, wording is our own. The page of each item is recorded in holdout33_sources.py (145 pages).
A few items rest on pages that are only loosely tied to the Mekong Delta (Philippine, Indian,
Egyptian, Guam, Korean, Indonesian or Cambodian studies, a Quang Nam or Ninh Binh article) and
were written as offers a provider could make locally.

Offers (160: 74 Vietnamese, 86 English) are written the way institutes, universities, firms and
technology exchanges post them. Needs (90: 45 Vietnamese, a few typed without accents, and 45
English) are written the way farmers, cooperatives, mills and small food workshops post them, with
local place names (Cang Long, Cau Ke, Tieu Can, Chau Thanh, Cau Ngang, Tra Cu, Duyen Hai, Tra On,
Vung Liem, Binh Minh, Tam Binh, Binh Tan), figures and everyday words that describe the problem
rather than the technology.

Grading: for each need every offer on the topic and on neighbouring topics was scanned; 2 = the
offer would solve the need, 1 = partly relevant (partial answer or adjacent step), unlisted = not
relevant. Every need has at least one grade-2 offer. 445 judged pairs, 205 graded 2. Language
situations (by the languages of each need's grade-2 offers): 34 needs are answered only by offers
in their own language, 56 only or partly by offers in the other language.

The set was written blind: without reading the matching engine, its documentation, benchmarks,
tests or any other labelled set, and without running the engine or any evaluation.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout33_needs import NEEDS
from holdout33_offers import OFFERS
from holdout33_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout33", NEEDS, OFFERS, S)
