"""Writes tests/data/matching_holdout35.json, a frozen, blind, labelled evaluation set.

Theme: food processing, quality and market access for small and medium enterprises and OCOP
producers in the Mekong Delta (Tra Vinh / Vinh Long): coconut candy, coconut flower nectar and
sugar, virgin coconut oil, nata de coco, desiccated coconut, coconut water, coir, coir pith and
coconut-shell carbon; fish sauce, fermented fish paste (mam bo hoc), dried and salted fish and
shrimp; fruit drying (cold, freeze, soft and solar drying), juices, purees and concentrates;
pickles and lactic fermentation; cold rooms, slurry ice and cold storage; vacuum, retort and
labelling; chitosan coatings for shelf life; food-safety laboratories; HACCP, GMP/SSOP and
ISO 22000; traceability codes and blockchain provenance; small filling, capping, weighing and
pouch-sealing machines; by-products (shrimp shells, pangasius heads and fat, coconut water and
parings); wastewater of food workshops. About a fifth of the offers come from neighbouring fields
(shrimp and catfish farming, agrivoltaics, biochar, livestock wastewater, coconut and sweet potato
growing, coir as a growing medium) and share words with the needs without solving them.

Sources: every item paraphrases a real public page found with a search over stored web pages and
documentation (Vietnamese and English news, university and institute technology pages, provincial
and extension articles, FAO / WHO / World Bank / ADB / Practical Action material, VILAS
accreditation records, theses); figures were kept, wording is our own. The page of each item is
recorded in holdout35_sources.py (154 pages).

Offers (164, 81 Vietnamese and 83 English) are written the way institutes, universities, firms and
technology exchanges post them. Needs (90, 45 Vietnamese and 45 English; 5 Vietnamese needs typed
without accents) are written the way producers, cooperatives and small enterprises post them, with
local place names (Cang Long, Cau Ke, Tieu Can, Chau Thanh, Cau Ngang, Tra Cu, Duyen Hai, Tra On,
Vung Liem, Binh Minh, Tam Binh, Binh Tan...), figures and everyday words that describe the problem
rather than the technology.

Grading: for each need every offer on the topic and on neighbouring topics was scanned; 2 = the
offer would solve the need, 1 = partly relevant (partial answer or adjacent step), unlisted = not
relevant. Every need has at least one grade-2 offer; 281 judged pairs, 161 of them graded 2.
Language situations (by the languages of each need's grade-2 offers): 27 needs are answered only
by offers in their own language, 63 only or partly by offers in the other language (20 of them
only in the other language).

The set was written blind: without reading the matching engine, its documentation, benchmarks,
tests or any other labelled set, and without running the engine or any evaluation.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout35_needs import NEEDS
from holdout35_offers import OFFERS
from holdout35_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout35", NEEDS, OFFERS, S)
