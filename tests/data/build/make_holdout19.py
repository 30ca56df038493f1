"""Writes tests/data/matching_holdout19.json from the three lists beside this file.

A nineteenth held-out labelled set, written by a helper session that had not read the matching engine, its
documentation, the benchmarks, or the content of the other labelled sets. Offers and needs paraphrase public pages
found by search (Tra Vinh University technology-transfer news, Vietnamese and English press on the Tra Vinh / Vinh Long
economy, FAO and research-institute material, extension articles) and cover: coconut processing (dehusking, shelling,
activated carbon, charcoal briquettes, coco peat, nata de coco, virgin oil, desiccated coconut, bottled water, UHT milk,
sap sugar, wax-coconut detection, wastewater) and growing (wax-coconut embryo culture, black-headed caterpillar,
beetles, organic conversion, intercropping, harvesting), rice (salt-tolerant seed, salinity warning, dryers, straw,
planthopper forecasting, hermetic storage, seed production, low-emission practice), fruit (MAP, packing, cold storage,
off-season mango, fruit fly, root rot, GAP and area codes, processing), vegetables and peanut, livestock (forage,
silage, AI, African swine fever, biogas, black soldier fly, chickens, frogs), shrimp, crab, clam and fish, offshore
fishing boats (flake ice, RSW, ice slurry, hold insulation, solar, VMS, tuna handling, ice plants), food processing
and packaging, rural water and sanitation, renewable energy, medicinal herbs and functional foods, handicraft and OCOP
(packaging, trademarks, kilns, water hyacinth) and digital tools for cooperatives.
Needs mix short everyday posts and formal requests, usually in the farmer's words rather than the offer's term; six
Vietnamese needs are typed without accents. About half are answered (grade 2) only by offers in their own language,
about a quarter by offers in both languages and about a fifth only by offers in the other language. Offers on the same
crop or product that solve another problem (e.g. caterpillar vs beetle control on coconut, fruit-fly bags vs off-season
flowering on mango, dryers vs vacuum packing for dried fish) are left unlabelled as distractors. Grades were given by
scanning every offer of the topic and the neighbouring topics.
Frozen (committed on its own) before anyone evaluates or tunes on it.
Run: python tests/data/build/make_holdout19.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout19_needs import NEEDS
from holdout19_offers import OFFERS
from holdout19_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout19", NEEDS, OFFERS, S)
