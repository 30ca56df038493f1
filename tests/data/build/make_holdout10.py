"""Writes tests/data/matching_holdout10.json from the three lists beside this file.

A tenth held-out labelled set, written by a helper session that had not read the matching engine, its
documentation, the benchmarks or the other labelled sets. Offers and needs paraphrase public pages found by search
(Tra Vinh University and Can Tho University technology news, IRRI knowledge bank, FAO manuals, research-institute
and company pages, extension articles, Vietnamese news on farmers' and firms' problems) on the Tra Vinh / Vinh Long
economy: coconut (coir and coco peat, dry-coconut shelling, wax coconut seedlings and detection, coconut water,
nata de coco, virgin oil, shell charcoal and activated carbon, sap sugar, galactomannan, pests: red palm weevil,
rhinoceros beetle, Brontispa, black-headed caterpillar, fruit borer), rice (salt-tolerant seed, AWD, cluster and row
seeders, drones, drying, hermetic storage, straw balers, straw mushrooms, in-field straw decomposition, husk
gasifiers and pellets), shrimp (AHPND, EHP, PCR and LAMP tests, biofloc and lined nurseries, oxygen sensors, feeders,
VietGAP, head and shell by-products), crab, prawn, snakehead, eel, tilapia and clams (seed, mortality, depuration),
livestock (crossbreeding, forage, straw feeding, biogas, ASF biosecurity, deep litter), fruit and vegetables (fruit
fly, longan export treatments, sweet potato weevil and curing, vacuum frying, heat-pump and solar drying, cold
rooms, net houses, hydroponics, peanuts), water (brackish RO, rain and canal storage, salinity sensor networks, solar
pumps, seafood and farm wastewater), energy (brick kilns, rooftop PV, rice-mill efficiency, biomass boilers) and
digital tools (QR and blockchain traceability, farm diaries, area codes, cold-chain loggers, e-commerce).
Needs are often symptoms, complaints or goals in a practitioner's words (one Vietnamese need typed without accents);
about half are answered only in their own language, a bit under a third in both languages and about a fifth only
in the other language. Grades were given by scanning every offer of the topic and the neighbouring topics; several
offers are same-crop distractors on purpose. Frozen (committed on its own) before anyone evaluates or tunes on it.
Run: python tests/data/build/make_holdout10.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout10_needs import NEEDS
from holdout10_offers import OFFERS
from holdout10_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout10", NEEDS, OFFERS, S)
