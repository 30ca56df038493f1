"""Builds tests/data/matching_holdout130.json: a blind labelled set on medical waste and sterilisation.

Theme. Medical waste and sterilisation at hospitals, clinics and commune health stations, as needed by enterprises,
cooperatives and health facilities in Tra Vinh / Vinh Long. Sub-topics: on-site and cluster treatment of infectious
waste (steam autoclaves with shredding, other non-burn units, microwave units, one plasma system); validation of
waste autoclaves and sterilizers (spore tests, QCVN 55:2013); laboratory biohazard waste; sharps (containers,
needle destroyers, mail-back); small incinerators; incinerator emissions (scrubbers, dioxin control, QCVN 02:2012
testing, continuous monitoring); hospital and dental wastewater (AAO, MBR, packaged units, disinfection, chlorine
supply, pharmaceutical residues); collection, transport and storage (bags, boxes, sealed trucks); tracking
(electronic manifests, RFID/GPS); staff training; sterilisation of instruments (steam sterilizers, central sterile
units, hydrogen peroxide plasma); and smaller streams (chemical disinfection of liquid waste, placenta pits, mercury
devices, cytotoxic and pharmaceutical waste, recycling of non-infectious plastics).

Distractors. 31 of the 155 offers (18 vi, 13 en) come from neighbouring fields and share words with the needs
without solving them: food and canning retorts, mushroom-substrate autoclaves, microwave drying of fruit and herbs,
syringe and ampoule manufacturing (the product, not its waste), crematoria, a household-waste incinerator, rice
straw and rice husk furnaces, household septic tanks and decentralised sewage, livestock biogas, municipal garbage
fleet tracking and routing, specimen and inventory RFID, a hospital information system, clean-air and HEPA/UV air
disinfection, and a placenta encapsulation service. Only one is judged: the syringe supplier (which also ships
safety boxes) gets grade 1 for a need about sharps boxes; the other 30 stay unjudged.

Sources. Found with the search tool, corpus "pages", with Vietnamese and English queries for each main sub-topic
(the smaller streams searched in one or both languages), plus one "docs" query, which returned nothing usable. Every need and every offer paraphrases one public page (figures
kept, no sentence copied) whose URL is in holdout130_sources.py: 206 distinct pages, 53 used by needs and 155 by
offers, 2 pages shared between a need and an offer that the need does not grade 2 (a need never shares its page
with one of its grade-2 offers).

Counts.
- Offers: 155 (76 vi, 79 en), 31 of them distractors.
- Needs: 75 (37 vi, 38 en); 6 of the Vietnamese needs are typed without accents (nBn04, nBn09, nBn18, nBn31,
  nBn34, nBn50) and are marked "vi" all the same.
- Judged pairs: 481 (246 grade 2, 235 grade 1); 2-10 judged offers per need, mean 6.4; every need has at least one
  grade-2 offer (1-7 per need). Every non-distractor offer is judged for at least one need.
- Language situations (by the language of the grade-2 offers): 27 needs answered only in their own language
  (16 en, 11 vi), 17 answered only in the other language (9 en, 8 vi), 31 answered in both (13 en, 18 vi).
  The own-language-only share (36%) came out above the "about a quarter" aimed at, because some sub-topics are
  covered in one language only (microwave units, placenta pits, cytotoxic waste, hydrogen peroxide plasma and RFID
  offers are English; dental wastewater, QCVN testing, electronic manifests and Circular 20 training offers are
  Vietnamese). Grades were set only by whether an offer solves the need, never to reach a share.

Blind. Written without any knowledge of the matching engine: in the repository only
tests/data/build/labelled_set.py was read; no matching code, docs, benchmarks, tests, other labelled sets or other
make_*.py scripts were opened.

Caveats.
- One judge wrote and graded everything; grade 1 versus unjudged is the least stable call.
- Several pages are thin (a title and a paragraph, a product stub or a thesis abstract), so some items say little
  more than the page did; figures are only as good as those pages.
- Most pages describe places outside the province (Ha Noi, Ho Chi Minh City, Thai Binh, Thai Nguyen, Quang Ninh,
  Dak Lak, Ninh Binh, Khanh Hoa, Binh Thuan, Tay Ninh, and Ethiopia, Iran, Croatia, China, Germany, the Philippines,
  the USA and others); the needs written from them are set in Tra Vinh / Vinh Long place names all the same.
  Only two need pages are about the province itself (a 2024 survey of 112 facilities in Tra Vinh and an inspection
  of 8 hospitals in Vinh Long).
- Many offers restate research (theses, studies, reviews) or regulations as services offered by the institute,
  university or firm behind them; some offers are guidance documents or training content rather than equipment.
- Needs are posted as if by private hospitals, clinics, cooperatives and companies, but several posters are public
  district health centres or commune stations.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout130_needs import NEEDS
from holdout130_offers import OFFERS
from holdout130_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout130", NEEDS, OFFERS, S)
