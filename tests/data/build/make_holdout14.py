"""Writes tests/data/matching_holdout14.json from the three lists beside this file.

A fourteenth held-out labelled set, written by a helper session that had not read the matching engine, its
documentation, the benchmarks, or the content of the other labelled sets. Offers and needs paraphrase public pages
found by search (Vietnamese and English news on the Tra Vinh / Vinh Long economy, extension and plant-protection
articles, university theses, IRRI / FFTC material, firms' pages) on: coconut pests (leaf beetle, rhinoceros beetle,
red palm weevil, black-headed caterpillar, nut weevil, fruit borer, bud rot) and a tree-climbing device; coconut food
processing (flower-sap nectar and sugar, sap souring, wax coconut preservation and snacks, VCO, desiccated coconut,
nata, vinegar, coconut water, milk, trimmed young coconuts); husk, shell and trunk (decorticators, low-EC coco peat,
twine, geotextiles, activated carbon, kilns, timber); coconut seedlings and orchards; rice (salt-tolerant seed,
salinity alerts, soil amendment, seed production, row seeders, AWD, drones, planthoppers, nitrogen, crop maps, drying,
hermetic storage, husk, straw, bran, milling); shrimp (disease tests, nursing, pond bottom, aeration energy, feeders,
by-products, mangrove farming); mud crab (seed, soft shell, feed, live transport, branding, fattening); fish
(snakehead, pangasius by-products and vaccines, garden ditches, fish sauce); clams (seed, mortality warning,
depuration, certification); digital tools (pond sensors, traceability, e-commerce, cooperative software, scales,
cold-chain loggers); water (brackish RO, rain tanks, iron filters, storage, sewage); energy (biogas, solar pumps,
dryers); fruit and vegetables (sweet potato storage, virus-free vines, pomelo export, root rot, off-season flowering,
watercress, melon, peanut shelling).
Needs mix short everyday posts and formal requests in words that often differ from the offers' technical terms; five
Vietnamese needs are typed without accents. About 55% are answered only by offers in their own language, a quarter by
offers in both languages and a fifth only by offers in the other language. Offers on the same product that solve a
different problem (nectar syrup vs granulated sugar, coconut trimming vs anti-browning, VCO vs coconut flour, etc.) are
left unlabelled as distractors, and 37 offers answer no need. Grades (2 solves, 1 partly useful) were given
by scanning every offer of the topic and the neighbouring topics.
Frozen (committed on its own) before anyone evaluates or tunes on it.
Run: python tests/data/build/make_holdout14.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout14_needs import NEEDS
from holdout14_offers import OFFERS
from holdout14_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout14", NEEDS, OFFERS, S)
