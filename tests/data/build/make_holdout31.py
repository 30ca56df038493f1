"""Builds tests/data/matching_holdout31.json: a frozen, blind, labelled evaluation set.

How it was written
- Topic: seafood processing, fisheries and industrial environment for a Mekong Delta (Tra Vinh / Vinh Long) technology
  supply-demand platform: shrimp heads and shells to chitin, chitosan, astaxanthin and protein hydrolysate; pangasius skin
  collagen and gelatin; fish fat to biodiesel and lubricants; fish silage, fertiliser and fishmeal odour; fish sauce
  fermentation; dried fish and solar/heat-pump dryers; clam products; surimi washing water; IQF, blast freezing, cold
  stores, ice plants and refrigeration heat recovery; fishing-boat fish holds and vessel monitoring (VMS); seafood
  wastewater (DAF, UASB, saline activated sludge), sludge, odour, continuous effluent monitoring and water reuse in
  industrial zones; energy audits; shrimp peeling and grading; histamine, antibiotic, sulfite and biotoxin tests.
- Distractor offers (about a quarter) come from neighbouring fields that share words but solve other problems: straw
  mushrooms and rice-straw treatment, rice and coconut dryers, livestock biogas, shrimp and catfish farming practice,
  fruit cold rooms, traceability software, ERP, mining and foundry energy saving, textile and drinking-water treatment.
- Sources: public pages found with the search tool (Vietnamese news, university theses and journals, extension
  services, FAO notes, suppliers' and institutes' pages); every item records its page URL in holdout31_sources.py.
  Texts are paraphrased in the writer's own words, keeping concrete figures; needs are written as enterprises,
  cooperatives, fishers and agencies post them, with local place names and everyday wording, some Vietnamese posts
  typed without accents.
- Language mix: offers about 54% Vietnamese, 46% English; needs about 55% Vietnamese, the rest English. Many needs are
  answered only by offers in their own language, others only or partly by offers in the other language.
- Grading: for each need every offer on the topic and neighbouring topics was scanned; 2 = the offer would solve the
  need, 1 = partly relevant (partial answer or adjacent step), unlisted = not relevant.
- Written blind: without reading the matching engine, its documentation, its tests or any other labelled set; the
  engine was not run on these items.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout31_needs import NEEDS
from holdout31_offers import OFFERS
from holdout31_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout31", NEEDS, OFFERS, S)
