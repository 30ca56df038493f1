"""Writes tests/data/matching_holdout36.json, a frozen, blind, labelled evaluation set.

Theme: aquaculture and fisheries of the Mekong Delta coast for a provincial Department of Science
and Technology (Tra Vinh / Vinh Long): white-leg and black tiger shrimp (intensive, super-intensive
in greenhouses, lined nursery ponds, extensive, rice-shrimp and mangrove-shrimp), pangasius catfish,
snakehead, climbing perch, giant freshwater prawn, mud crab and soft-shell crab, clam and oyster;
seed production, broodstock and hatcheries, Artemia; feed formulation and automatic feeders;
probiotics, algae control and effluent treatment; disease diagnosis and control (EHP, AHPND, white
spot, catfish bacillary necrosis); aeration and its energy use, solar power; biofloc and
recirculating systems (RAS); water-quality sensors; pond sludge and waste reuse; on-farm harvesting
and chilling; catch preservation on fishing boats (slurry ice, insulated holds). A fifth of the
offers (jLo129-jLo160) come from neighbouring fields (saline rice, soils, biogas and livestock
feed, fruit drying and cold chain, coconut processing, drones, ducks, rooftop solar, fish sauce)
and share words with the needs without solving them.

Sources: every item paraphrases a real public page found with a search over stored web pages
(Vietnamese and English news and extension articles, Can Tho University, RIA2, FAO, WAS, GIZ,
SEAFDEC and company technology pages, provincial portals, theses and journal abstracts); figures
were kept, wording is our own. The page of each item is recorded in holdout36_sources.py
(125 pages; several items share a page, and most technologies are posted once in each language).

Offers (160, 78 Vietnamese and 82 English) are written the way institutes, universities, firms and
technology exchanges post them. Needs (90, 47 Vietnamese of which 6 typed without accents, and 43
English) are written the way farmers, cooperatives, hatcheries and small firms post them, with
local place names (Duyen Hai, Cau Ngang, Tra Cu, Cau Ke, Tieu Can, Chau Thanh, Cang Long, Tra On,
Vung Liem, Binh Minh, Tam Binh...), figures and everyday words that describe the problem rather
than the technology.

Grading: for each need every offer on the topic and on neighbouring topics was scanned; 2 = the
offer would solve the need, 1 = partly relevant (partial answer or adjacent step), unlisted = not
relevant. Every need has at least one grade-2 offer; 315 pairs are judged, 167 of them grade 2
(one distractor, jLo146, is graded 1 for the fishmeal-replacement need jLn66). Language situations
(by the languages of each need's grade-2 offers): 37 needs are answered only by offers in their
own language, 53 only or partly by offers in the other language (5 only by the other language,
48 by both).

The set was written blind: without reading the matching engine, its documentation, benchmarks,
tests or any other labelled set, and without running the engine or any evaluation.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout36_needs import NEEDS
from holdout36_offers import OFFERS
from holdout36_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout36", NEEDS, OFFERS, S)
