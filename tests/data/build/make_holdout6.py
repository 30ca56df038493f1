"""Writes tests/data/matching_holdout6.json from the three lists beside this file.

A sixth held-out labelled set, written by a session that had not read the matching engine, its documentation, the
benchmarks, or the content of the other labelled sets (only labelled_set.py and the docstring of make_holdout4.py, for the
file format). Needs and offers paraphrase public pages found with a search tool (provincial and national news, university
and institute pages, theses, FAO / IRRI / CGIAR / SPC manuals, journal abstracts) on the economy of Tra Vinh and Vinh Long:
coconut (pests, husk and coir, shell charcoal, virgin oil, sap drinks, nata de coco, dua sap), rice (salt-tolerant seed,
transplanting, drying, storage, milling, straw, husk fuel, low-emission practice), shrimp, crab, prawn, clam and catfish
(disease, hatcheries, pond monitoring, feed, by-products, wastewater), fruit and sweet potato (pests, post-harvest,
drying, processing), livestock (feeding, breeding, biogas, ASF), food safety and traceability, water and salinity,
energy (rooftop solar, audits, boilers, brick and pottery kilns), waste (black soldier fly, compost), ICT for SMEs,
sugarcane and herbal products.

92 needs (50 Vietnamese, 42 English; two typed without accents) and 165 offers (83 Vietnamese, 82 English). Grades:
2 = the offer answers the need, 1 = partly or usefully related; every offer of the need's topic (and of neighbouring
topics that share its words) was judged. 41 needs are answered only by offers in their own language (19 of them English),
51 have relevant offers in the other language. Hard cases were written on purpose: needs that describe symptoms and
never name the technique (borer weevils, leaf beetles, early mortality syndrome, microsporidian stunting, greening,
witches' broom mite, coir-pith EC), offers that share a crop or a technique with a need but solve another problem
(coconut-water processing against a husk-browning need, shrimp by-products against a fish by-product need, hydroponic
sensors against pond sensors, root rot against greening), short needs, a long rambling need, and a need dominated by
generic words. Frozen (committed on its own) before anyone evaluates or tunes on it.
Run: python tests/data/build/make_holdout6.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout6_needs import NEEDS
from holdout6_offers import OFFERS
from holdout6_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout6", NEEDS, OFFERS, S)
