"""Builds tests/data/matching_holdout29.json, a frozen held-out set on fruit and vegetables of the Mekong Delta.

How the set was written:
- Written blind: without reading the matching engine, its documentation, its benchmarks or tests, or any
  other labelled set; only labelled_set.py (the writer helper) was read. The engine was not run.
- Sources: real public pages found through a search of stored web pages (Vietnamese and English news
  sites, provincial and district portals, institute and university reports, ACIAR/CARD project material,
  FFTC, Plantwise, ProMusa, theses and journal abstracts). Each item is paraphrased in our own words,
  keeps the concrete figures of its page, and records that page's URL (holdout29_sources.py).
- Topics: pomelo and citrus (greening/HLB, psyllid, replanting, GAP, coating), mango (off-season
  flowering, bagging, hot water and vapour heat treatment, cold chain, drying, puree), durian (freezing,
  Phytophthora, salinity), dragon fruit (LED lighting, irradiation, drying, peel colour, traceability,
  packing houses), longan and rambutan witches' broom, banana (tissue culture, TR4, ripening, export
  packing), pineapple, chili, leafy vegetables, net houses and hydroponics, drip and mist irrigation,
  salinity, post-harvest washing, waxing, grading, cold storage, drying, pesticide-residue testing,
  VietGAP/GlobalGAP/organic certification, growing-area codes and QR traceability, fruit fly control.
  About 20% of the offers are distractors from neighbouring fields (rice drying and storage, shrimp and
  aquaculture monitoring, coconut, generic IT and machinery) that share words but solve other problems.
- Offers (160) are written as institutes, firms and exchanges post them, about 55% Vietnamese and 45%
  English. Needs (98) are written as farmers, cooperatives and enterprises post them (Trà Vinh, Vĩnh
  Long, Bến Tre, Tiền Giang, Đồng Tháp, Hậu Giang...), some as short everyday posts and a few typed
  without accents; about 55% Vietnamese, 45% English.
- Grading: for each need every offer on its topic and the neighbouring topics was scanned; 2 = the offer
  would solve the need, 1 = partly relevant (partial answer or an adjacent step), unlisted = not relevant.
  Every need has at least one grade-2 offer. Language situations, counted on grade-2 offers: many needs
  are answered only in their own language, and many only or partly by offers in the other language.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout29_needs import NEEDS
from holdout29_offers import OFFERS
from holdout29_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout29", NEEDS, OFFERS, S)
