"""Writes tests/data/matching_tune2.json from the three lists beside this file.

A third labelled set (round 3 of issue 12), written by a session that had not read the glossary, the
weights or the other sets' content, from public pages on other Mekong Delta technologies than the
independent set's (fruit drying and post-harvest, aquaculture feed, fresh-water storage against
salinity, seed varieties, biogas, mechanisation); many English needs whose relevant offers are partly
Vietnamese. Frozen (committed on its own) before any tuning on it. No `sector` field.
Run: python tests/data/build/make_tune2.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from labelled_set import write
from tune2_needs import NEEDS
from tune2_offers import OFFERS
from tune2_sources import S

if __name__ == "__main__":
    write("tune2", NEEDS, OFFERS, S)
