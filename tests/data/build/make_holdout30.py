"""Builds tests/data/matching_holdout30.json: a frozen, blind, labelled set on livestock, poultry and veterinary
technology for the Mekong Delta (Tra Vinh / Vinh Long).

How it was written
- Written blind: without reading the matching engine, its documentation, benchmarks, tests or any other labelled set;
  only the writer helper labelled_set.py was read. No engine or evaluation was run while writing it.
- Sources: real public pages found with a search over stored web pages (Vietnamese and English news from provincial
  papers and TV stations, institute and university pages, theses and journal articles (Can Tho University, Tra Vinh
  University, Hue University, VNUA, LRRD), FAO Viet Nam and ILRI project pages, company and extension pages). Every item
  was paraphrased in our own words, keeping concrete figures, and carries the URL of the page it was drawn from
  (holdout30_sources.py).
- Topics: pigs and African swine fever biosecurity, vaccines and diagnostics (ASF, PRRS, PED, avian influenza, lumpy
  skin disease); cattle and beef (artificial insemination, crossbreeding, fattening, forage, silage, rice-straw feed);
  dairy cows and dairy goats; chickens and ducks (free-grazing ducks, litter beds, heat stress, VietGAP/VietGAHP,
  antibiotic reduction); swiftlet houses and bird's-nest export; feed from local by-products (cassava pulp, rice bran,
  duckweed, catfish by-products, coconut meal, black soldier fly, earthworms); manure, biogas and farm wastewater;
  slaughtering, meat handling, cold chain and traceability. About a fifth of the offers are distractors from
  neighbouring fields (shrimp and catfish farming, IoT for ponds, mushrooms, drones, desalination, rice drying, pet
  clinics, fruit cold storage, generic software) that share words with the needs but solve other problems.
- Language mix: offers about 53% Vietnamese and 47% English, written as institutes, universities, firms and exchanges
  post them; needs about 60% Vietnamese (a few typed without accents) and 40% English, written as farmers,
  cooperatives, enterprises and local offices post them, with local place names, figures and everyday words.
- Grading: for each need every offer on its topic and on neighbouring topics was scanned; 2 = the offer would solve
  the need, 1 = partly relevant (partial answer or an adjacent step); unlisted offers are not relevant. Every need has
  at least one grade-2 offer. Many needs are answered only by offers in their own language, and many only or partly
  by offers in the other language.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout30_needs import NEEDS
from holdout30_offers import OFFERS
from holdout30_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout30", NEEDS, OFFERS, S)
