"""Writes tests/data/matching_holdout34.json, a frozen, blind, labelled evaluation set.

Theme: water, climate adaptation and environment for a provincial Department of Science and
Technology in the Mekong Delta (Tra Vinh / Vinh Long): salinity intrusion monitoring, warning and
seasonal forecasting; freshwater storage for the dry season (water bags, tube bags, lined ponds,
tanks, communal reservoirs); rainwater harvesting and its maintenance; household, school and clinic
filters (sand, ceramic, RO) and small solar desalination; rural piped-water stations (filters,
capacity add-ons, solar and wind pumping, chlorination, UV, connection subsidies); irrigation
scheduling, water-saving irrigation and sluice-gate control; riverbank and coastal erosion
(T-fences, mangrove belts, natural and soft embankments, vetiver, hotspot surveys); flood and
tide warning; wastewater of households, villages, markets, hospitals, slaughterhouses and seafood
processors; composting, plastic and rural solid waste, medical waste; dust, smoke and noise in
craft villages; accredited laboratories and low-cost water-quality sensors. About a fifth of the
offers come from neighbouring fields (shrimp and fish farming, salt-tolerant rice, biogas, solar
drying and rooftop solar, coconut processing) and share words with the needs without solving them.

Sources: every item paraphrases a real public page found with a search over stored web pages
(Vietnamese and English news, university and institute technology pages, extension and
provincial articles, GIZ / UNDP / ADB / World Bank-type project pages, theses and papers);
figures were kept, wording is our own. The page of each item is recorded in holdout34_sources.py
(157 pages; several items share a page; a need's page is the page that describes its problem).

Offers (160, 80 Vietnamese and 80 English) are written the way institutes, universities, firms and
technology exchanges post them. Needs (90, 45 Vietnamese of which 9 typed without accents, 45
English) are written the way households, cooperatives, communes, schools, clinics and small firms
post them, with local place names (Cang Long, Cau Ke, Tieu Can, Chau Thanh, Cau Ngang, Tra Cu,
Duyen Hai, Tra On, Vung Liem, Binh Minh, Tam Binh...), figures and everyday words that describe
the problem rather than the technology.

Grading: for each need every offer on the topic and on neighbouring topics was scanned; 2 = the
offer would solve the need, 1 = partly relevant (partial answer or adjacent step), unlisted = not
relevant. Every need has at least one grade-2 offer; 349 pairs are judged, 191 of them grade 2.
Language situations (by the languages of each need's grade-2 offers): 24 needs are answered only
by offers in their own language, 66 partly (47) or only (19) by offers in the other language.

The set was written blind: without reading the matching engine, its documentation, benchmarks,
tests or any other labelled set, and without running the engine or any evaluation.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout34_needs import NEEDS
from holdout34_offers import OFFERS
from holdout34_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout34", NEEDS, OFFERS, S)
