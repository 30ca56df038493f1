"""Writes tests/data/matching_holdout128.json: a blind labelled set on aluminium, glass and steel door-and-window workshops.

Theme and sub-topics. Needs come from enterprises, cooperatives and households in Tra Vinh / Vinh Long (the merged
province, including the former Ben Tre coast); offers from institutes, firms, labs and a technology exchange. Sub-topics:
profile cutting, end milling, punching and corner joining (crimping, pinned cleats); bending of arched and curved
profiles (aluminium, uPVC); thermal-break assembly, powder coating, anodising and wood-grain finishes; tempered,
heat-strengthened, laminated, insulating and Low-E glass, glass cutting and nesting; fittings and hardware for salt air,
EPDM gaskets and silicone; steel fire doors, rolling shutters and uPVC lines; installation safety at height and glass
lifting; storm-resistant windows (impact testing, laminated glass, opening types, bracing) and air/water/structural
testing; quoting, design, CNC-data and cutting-optimisation software.

Distractors. 30 of the 162 offers (mZo133-mZo162) come from neighbouring fields that share words with the needs without
solving them: aluminium can, foil and scrap recycling; container-glass cullet; solar AR and PV laminate glass; tempered
glass for PC cases and oven doors; storm-proofing of tin roofs; greenhouse frames and roofing; alloy 3004 can sheet;
general CNC, laser, roll-forming and hydro-jet work; PVC pipe welding; composite doors; cast aluminium gates; stained
glass; house paint; anodising of carabiners and capacitors; a metal-cutting textbook. Three are judged, each grade 1 as
an adjacent step: mZo144 (tempered-glass explainer, mZn25), mZo155 (glass cutting technique, mZn40), mZo156 (sheet
cutting and bending, mZn48). The rest are unjudged. One relevant offer (mZo021, pipe bending) is judged by no need.

Sources. Found with the search tool (corpus pages, a few from docs) by queries in Vietnamese and English, at least one
per sub-topic; Vietnamese queries with many keywords often returned spam, so short queries and English pages were used
more. 165 distinct pages, all listed in holdout128_sources.py; every need and offer paraphrases one page, figures kept,
no sentence copied. A page may serve several items, but no need shares its page with any of its grade-2 offers (checked
by script).

Counts. Offers: 162 (83 vi, 79 en). Needs: 74 (37 vi, 37 en); 6 Vietnamese needs are typed without accents (mZn03,
mZn12, mZn24, mZn43, mZn60, mZn72), marked "vi". Judged pairs: 327 (144 grade 2, 183 grade 1); judged offers per need
2-8, mean 4.4 (2: 5 needs, 3: 13, 4: 25, 5: 15, 6: 10, 7: 5, 8: 1); 134 distinct offers are judged.

Language situations (grade-2 offers only). Own language only: 20 needs (mZn01 02 03 08 09 11 12 14 15 28 32 34 38 39
44 59 60 61 64 67). Other language only: 16 needs (mZn17 21 22 23 25 27 29 31 37 46 47 49 57 58 65 74). Both: 38. So
own-only is about 27% (near the quarter aimed at) and 54 needs are not own-only; the floors of 14 and 15 hold. The
shares guided which needs were written; no grade was raised or lowered to reach them.

Blind. Written without any knowledge of the matching engine: in the repository only tests/data/build/labelled_set.py
(the writer and row format) was read; no matching code, docs, benchmarks, tests, other labelled sets or make scripts.

Caveats. One judge, no second opinion on grades. Several pages are thin (tag pages, forum threads, scraped or
machine-translated blogs, standards abstracts) and some are vendor copy. Many pages describe other places (the US, UK,
China, New Zealand, Hanoi, Da Nang...); needs written from them are set in the province with local place names, and some
needs also invoke Vietnamese rules (TCVN 7455, QCVN 09) that their page does not name. Many offers restate a guide,
standard, patent or research text as a service (training, consultancy, testing, supply), which is an interpretation of
the page. Vietnamese offers were often written from English pages and the reverse.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout128_needs import NEEDS
from holdout128_offers import OFFERS
from holdout128_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout128", NEEDS, OFFERS, S)
