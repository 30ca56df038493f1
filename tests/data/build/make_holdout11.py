"""Writes tests/data/matching_holdout11.json from the three lists beside this file.

An eleventh held-out labelled set, written by a helper session that had not read the matching engine, its
documentation, the benchmarks, or the content of the other labelled sets. Offers and needs paraphrase public pages
found by search (university and institute technology pages, extension articles, FAO / IRRI material, theses, firms'
product pages, Vietnamese news about farmers' and firms' problems) on the Tra Vinh / Vinh Long economy: coconut
(wax-coconut embryo culture, black-headed caterpillar and rhinoceros beetle, shell charcoal and activated carbon,
coco peat, coir geotextiles, sap sugar, virgin oil, coconut water, candy packaging, dehusking and climbing), rice
(salt-tolerant seed, AWD, husk and straw dryers, straw mushrooms, drones), shrimp (AHPND, EHP, IoT oxygen alarms,
biofloc, certification), crab, clam and snakehead, fish sauce histamine, dried seafood and processing effluent, fruit
and vegetables (fruit fly, sweet-potato weevil, chilli anthracnose, grafted watermelon, peanut threshers, greening,
vacuum frying), livestock (urea-treated straw, AI service, ASF biosecurity, biogas, black soldier fly), water
(salinity warning, solar RO, rainwater), energy (rooftop solar, husk fuels, gasifiers, audits, cold stores) and
digital selling, traceability and OCOP. Needs are mostly short posts in a farmer's or small firm's words (two typed
without accents, a few long); about half are answered only by offers in their own language, a quarter in both
languages and a fifth only in the other language. Many offers are same-crop distractors left unjudged. Grades were
given by scanning every offer of the topic and the neighbouring topics.
Frozen (committed on its own) before anyone evaluates or tunes on it.
Run: python tests/data/build/make_holdout11.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout11_needs import NEEDS
from holdout11_offers import OFFERS
from holdout11_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout11", NEEDS, OFFERS, S)
