"""Builds tests/data/matching_holdout21.json, a held-out labelled set for the supply-demand matching engine.

How the set was written: blind, without reading the matching engine, its documentation, benchmarks, tests or any
other labelled set. Every need and offer is an original paraphrase (no copied sentences) of, or was inspired by, a
public page found with the project's search tool: news of universities and institutes (Trà Vinh University, Can Tho
University, HATRI, CLRRI, SOFRI, VKIST, IUH, the Institute for Nanotechnology), provincial and national agriculture,
energy-saving and science-and-technology news, FAO, ReliefWeb, GIZ, IRRI/CGIAR and Fraunhofer material, Vietnamese and
English press and technical papers. Each item records the URL of its page (holdout21_sources.py; 130+ distinct pages).

Topics: drinking water for households and schools in saline and alum areas, rainwater harvesting, salinity monitoring
and warning, drought storage and irrigation, salt-tolerant rice, wastewater, solid waste and biochar, biogas, rooftop,
aquaculture and floating solar, solar drying and cooling, wind, biomass and factory energy efficiency, coastal
protection and climate adaptation; plus distractor sectors (coconut pests vs. coconut processing, cattle feed, straw
mushrooms, shrimp and crab farming, fishing-boat ice, citrus disease, traceability) and offers that share generic words
("hệ thống", "máy", "công nghệ", "system", "technology") without solving the need.

Language mix: 158 offers written as institutes, universities, firms and technology exchanges post them (about 58%
Vietnamese); 94 needs as enterprises, cooperatives, farmers, fishers and local authorities post them (about 62%
Vietnamese), mixing short everyday posts in the farmer's words (some typed without accents) with formal requests,
with figures and place names of Trà Vinh / Vĩnh Long / Bến Tre.

Grades: for each need every offer on its topic and neighbouring topics was scanned; 2 = the offer would solve the need,
1 = partly relevant (same problem, partial solution or adjacent step), unlisted = not relevant. Every need has at least
one grade-2 offer. By language of the grade-2 offers: 52 needs are answered only in their own language, 22 in both
languages and 20 only in the other language.

Frozen (committed on its own) before anyone evaluates or tunes on it.

Run: python tests/data/build/make_holdout21.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout21_needs import NEEDS
from holdout21_offers import OFFERS
from holdout21_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout21", NEEDS, OFFERS, S)
