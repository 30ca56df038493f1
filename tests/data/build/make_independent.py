"""Writes tests/data/matching_independent.json from the three lists beside this file.

The set was written from public pages (see independent_sources.py) before the engine was tuned
against it, without reading the glossary or the weights, and has no `sector` field.
Run: python tests/data/build/make_independent.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from independent_needs import NEEDS
from independent_offers import OFFERS
from independent_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("independent", NEEDS, OFFERS, S)
