"""Writes tests/data/matching_holdout13.json from the three lists beside this file.

A thirteenth held-out labelled set, written by a helper session that did not read the matching engine, its
documentation, the benchmarks, or the content of the other labelled sets. Offers and needs paraphrase public pages
found by search (extension articles, institute and university pages, Vietnamese and English news on the Tra Vinh /
Vinh Long economy, project reports) on: pomelo (fruit borer, root rot, greening, off-season flowering, export coating,
peel by-products), mango (off-season flowering, flower and fruit drop, fruit fly, quarantine heat treatment, puree),
longan (witches' broom, flowering induction, mealybugs, drying), dragon fruit (night lighting, canker, cold chain,
grading, processing), durian (salinity recovery, Phytophthora, fruit drop, frozen pulp, ripeness, growing-area
codes), fruit drying and juice, vegetables and greenhouses, food processing and packaging (sausage, fish sauce,
noodles, canning, retort, labels, HACCP, traceability, banh tet), cold chain, water (saline intrusion, desalination,
rainwater, iron removal, disinfection, salinity alerts), wastewater of processing plants, slaughterhouses, noodle
makers and shrimp farms, energy (rooftop and pumping solar, husk furnaces and gasifiers, pellets, motors and
inverters, LED, heat pumps, audits), biogas, cattle, pigs and poultry, manure, coconut, rice and shrimp.
Needs mix short everyday posts and formal requests, often in other words than the offers; six Vietnamese needs are
typed without accents. About half the needs are answered only by offers in their own language, under a third by
offers in both languages and about a fifth only by offers in the other language (counting every graded offer).
Offers on the same crop or product that solve another problem are left unlabelled as distractors. Grades
(2 solves, 1 partly or related) were given by scanning every offer of the topic and the neighbouring topics.
Frozen (committed on its own) before anyone evaluates or tunes on it.
Run: python tests/data/build/make_holdout13.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout13_needs import NEEDS
from holdout13_offers import OFFERS
from holdout13_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout13", NEEDS, OFFERS, S)
