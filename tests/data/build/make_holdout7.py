"""Writes tests/data/matching_holdout7.json from the three lists beside this file.

A seventh held-out labelled set, written by a session that had not read the matching engine, its documentation, the
benchmarks, or the content of the other labelled sets. Offers and needs paraphrase public pages found with a search
tool (institute and university technology-transfer notes, FAO / IRRI / ACIAR / GIZ / World Bank material, theses,
provincial agriculture pages, Vietnamese news about farmers' and processors' problems); each item carries the URL of
its page. Topics follow the main sectors of Tra Vinh / Vinh Long: coconut (coir drying, softening and acetylation,
coco peat, geotextiles, sap sugar and toddy, virgin oil, copra, coconut water, nata, makapuno, pests, shell charcoal,
candy), rice (salt-tolerant seed, desalinising shrimp land, rice-shrimp ponds, drying, cracking, hermetic storage,
straw, husk fuels, laser levelling, AWD, drones), shrimp and fish (AHPND, PCR, postlarvae, oxygen sensing, effluent,
shrimp heads, catfish fat and viscera, prawn hatchery, crabs, clams, fish sauce, drying, snakehead and pangasius
disease), fruit (pomelo, durian, mango, longan, dragon fruit, drying, traceability, residue tests), water (brackish RO
and electrodialysis, rainwater, salinity monitoring and forecasts, iron removal, solar pumping) and energy (biogas,
cold stores, shrimp-farm power). Needs are phrased as practitioners' symptoms or goals; grades: 2 = the offer answers
the need, 1 = partly useful. Hard cases were written on purpose: the same crop with different problems, the same
technique on another crop, short and unaccented needs, and needs whose only answers are in the other language.
Frozen (committed on its own) before anyone evaluates or tunes on it.
Run: python tests/data/build/make_holdout7.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout7_needs import NEEDS
from holdout7_offers import OFFERS
from holdout7_sources import S
from labelled_set import write

write("holdout7", NEEDS, OFFERS, S)
