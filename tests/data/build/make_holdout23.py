"""Build the frozen held-out labelled set tests/data/matching_holdout23.json.

How the set was written
-----------------------
Written blind: without reading the matching engine, its documentation, benchmarks, tests or any other labelled set.
The only project file consulted was the shared writer ``labelled_set.py``.

Sources: 136 public pages found with the stored-page search (news of Trà Vinh University, Can Tho University, Nong Lam
University, CLRRI, HATRI, SOFRI-related work, provincial DOST and agriculture news of Trà Vinh, Vĩnh Long, Bến Tre,
IRRI Rice Today and Knowledge Bank, GIZ, ACIAR/CARD reports, technology-exchange (Techmart) news, Vietnamese and
English press). Every item records the page it paraphrases or was inspired by (holdout23_sources.py). No text was
copied verbatim; figures and place names were reused or adapted to the Trà Vinh / Vĩnh Long / Bến Tre setting.

Topics: rice (salt- and flood-tolerant varieties, seed production and testing, drying, hermetic storage, straw
balers, straw mushrooms and composting, laser levelling, transplanters, drones, AWD), fruit trees and vegetables
(pomelo and citrus greening, mango and fruit fly, longan/rambutan witches' broom, off-season flowering, durian and
salinity, growing-area codes and GAP, post-harvest, cold chain and freezing, hydroponics and net houses), fertilisers
and soil (controlled-release and bio-fertilisers, Trichoderma compost, biochar, saline and acid-sulphate soils),
digital agriculture (salinity monitoring, precision irrigation, satellite rice monitoring, traceability) and
cooperative management software. Distractors from other sectors (coconut processing and pests, shrimp, livestock,
biogas, water treatment) and offers that share a crop or generic words ("hệ thống", "máy", "system") without
solving the need are included on purpose.

Language mix: 163 offers (95 Vietnamese, 68 English) written as institutes, universities, firms and technology
exchanges post them; 100 needs (61 Vietnamese, 39 English) written as enterprises, cooperatives, farmers and local
agencies would post them, mixing short everyday posts in farmers' words (five typed without Vietnamese accents) with
formal requests, and avoiding the offers' exact wording.

Grades: for each need every offer on the same and neighbouring topics was scanned. Grade 2 = the offer would solve
the need; 1 = partly relevant or related (same problem with a partial solution, or an adjacent step); unlisted = not
relevant. Every need has at least one grade-2 offer. 55 needs are solved only by offers in their own language,
26 by offers in both languages and 19 only by offers in the other language.

Frozen (committed on its own) before anyone evaluates or tunes on it.

Run: python tests/data/build/make_holdout23.py
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout23_needs import NEEDS
from holdout23_offers import OFFERS
from holdout23_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout23", NEEDS, OFFERS, S)
