"""Writes tests/data/matching_holdout32.json, a frozen, blind, labelled evaluation set.

Theme: rural energy, mechanisation, digital agriculture and small industry for a provincial
Department of Science and Technology in the Mekong Delta (Tra Vinh / Vinh Long): rooftop, floating
and pump-driven solar; rice-husk and coconut-shell biomass (gasifiers, boilers, briquettes,
charcoal, activated carbon); energy audits of small factories; spray drones, combine harvesters,
paddy dryers and transplanters; IoT sensors for salinity, water level and weather; farm-management
apps, QR traceability and e-commerce for OCOP products; craft villages (sedge mats, coconut brooms
and handicrafts, bricks and terracotta, wooden furniture, rice paper and noodles) and workshop
safety and quality management. About a fifth of the offers come from neighbouring fields
(aquaculture, livestock, fruit processing) and share words with the needs without solving them.

Sources: every item paraphrases a real public page found with a search over stored web pages
(Vietnamese and English news, university and institute technology pages, extension and
provincial articles, GIZ / UNDP / IRENA / VTT / USAID-type reports, theses); figures were kept,
wording is our own. The page of each item is recorded in holdout32_sources.py.

Offers (189, about 54% Vietnamese) are written the way institutes, universities, firms and
technology exchanges post them. Needs (92, about 55% Vietnamese, a few typed without accents) are
written the way farmers, cooperatives, craft households and small enterprises post them, with local
place names, figures and everyday words that differ from the offers' vocabulary.

Grading: for each need every offer on the topic and on neighbouring topics was scanned; 2 = the
offer would solve the need, 1 = partly relevant (partial answer or adjacent step), unlisted = not
relevant. Every need has at least one grade-2 offer. Language situations (by the languages of each
need's grade-2 offers): 48 needs are answered only by offers in their own language, 44 only or
partly by offers in the other language.

The set was written blind: without reading the matching engine, its documentation, benchmarks,
tests or any other labelled set, and without running the engine or any evaluation.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout32_needs import NEEDS
from holdout32_offers import OFFERS
from holdout32_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout32", NEEDS, OFFERS, S)
