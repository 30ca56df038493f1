"""Writes tests/data/matching_holdout8.json from the three lists beside this file.

An eighth held-out labelled set, written by a helper session that had not read the matching engine, its
documentation, the benchmarks, or the content of the other labelled sets. Offers and needs paraphrase public pages
found by search (institutes' and firms' technology pages, extension articles, theses, FAO / IRRI / ACIAR / IFAD
material, Vietnamese news about farmers' problems) on the Tra Vinh / Vinh Long economy: coconut (coir extraction,
coco peat, geotextiles, virgin oil, sap sugar, coconut water, copra, shell charcoal, pests), rice (salt-tolerant
seed, drying, hermetic storage, straw, husk energy, blast), shrimp, crab, prawn and snakehead (disease tests, pond
monitoring, hatcheries, certification, chitin, effluent), fruit (fruit fly, mango postharvest, pomelo oil, solar
drying), vegetables and peanut (greenhouses, drip, solar pumps), livestock (biogas, cattle feed and breeding, duck
vaccines, black soldier fly), water (desalination, rainwater, salinity warning, rural supply) and traceability.
Needs are mostly symptoms or goals in a practitioner's words; about a quarter are answered only by offers in the
other language. Grades were given by scanning every offer of the topic and the neighbouring topics.
Frozen (committed on its own) before anyone evaluates or tunes on it.
Run: python tests/data/build/make_holdout8.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout8_needs import NEEDS
from holdout8_offers import OFFERS
from holdout8_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout8", NEEDS, OFFERS, S)
