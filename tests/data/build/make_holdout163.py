"""Blind labelled set holdout163: goat, rabbit and quail farming on small farms (Trà Vinh / Vĩnh Long).

Theme and sub-topics. Needs posted by farmers, cooperatives and small firms in Trà Vinh (now part of Vĩnh Long)
and Vĩnh Long; offers from institutes, universities, firms, extension services and other farms. Sub-topics:
goat housing (raised slatted floors, pens, fences), rabbit cages and hutches, quail layer cages and shed climate;
forage (grasses, leucaena and other fodder trees); silage (napier and maize-stover silage in bags and pits);
pellet feed and rations for rabbits; goat breeding stock and herd records (paper forms and software); rabbit
breeding stock and seasonal breeding; diseases and vaccination (goat worms and CDT vaccination, rabbit
haemorrhagic disease and coccidiosis, quail Newcastle disease and ulcerative enteritis); goat milk pasteurisation,
hygiene, off-flavour, yogurt and cheese; quail eggs (peeling machines, boiling lines, storage, weight sorting,
pickled and canned eggs, balut-style incubated eggs); manure composting, worm composting and odour control with
microbial bedding; selling goats, rabbits and quail to traders, cooperatives and restaurants, and rabbit slaughter.

Distractors. 30 of the 156 offers are distractors from neighbouring fields that share words with the needs:
oIo020, oIo021 (battery cages for laying hens), oIo029 (VA06 grass for cattle in the mountains), oIo030 (goats for
brush control), oIo038, oIo153 (silo bags and baggers for large dairies), oIo039 (maize-stalk chopper, the machine
instead of the silage method), oIo046 (duck feed formulation), oIo047 (pellets for pet rabbits), oIo058 (dairy cow
milk-recording parser), oIo071 (lungworm in cattle), oIo078 (pet rabbit healthcare), oIo084 (avian influenza
vaccine), oIo085 (Newcastle/Gumboro schedule for guinea fowl), oIo097 (40 t/day cow milk line), oIo098 (industrial
aloe yogurt), oIo099 (general cheese technology report), oIo156 (cow milk handling), oIo103 (chicken and duck egg
preservation), oIo105 (chicken egg grading), oIo108 (candling during incubation), oIo121 (chicken egg grader with
double-yolk sorting), oIo154 (chicken egg quality check), oIo116 (quail egg powder), oIo117 (century duck eggs),
oIo118 (canned quail meat), oIo133 (biogas with water hyacinth), oIo134 (coconut-residue prebiotic), oIo151
(Ninh Thuận lamb geographical indication), oIo155 (pet rabbit hutch). Seven are judged, all grade 1 and only where
they are an adjacent step: oIo039 (chopping before ensiling), oIo085 (a vaccination schedule in a related bird),
oIo103 and oIo105 (egg storage), oIo105, oIo121 and oIo154 (grading and crack candling), oIo108 (candling in
incubation). The other 23 are unjudged.

Sources. Pages were found with the search tool, corpus "pages" (and one query in "docs", which gave the two
GitHub wiki pages used for oIo057 and oIo058), in Vietnamese and in English, at least one query per sub-topic (goat
housing, rabbit cages, quail cages, silage, rabbit and goat diseases and vaccines, goat milk processing, pickled
quail eggs, quail egg collection and grading, peeling machines, manure and odour, rabbit meat and slaughter,
breeding and records, pellet feed, forage, Trà Vinh / Vĩnh Long local models, quail diseases, goat meat marketing).
Every need and every offer paraphrases one page, figures kept; 217 distinct pages (one per source key). No need
shares its page with any of its grade-2 offers; two needs use a page that also backs an offer judged 0 or
unjudged for them (oIn67 with oIo152, oIn68 with oIo047).

Counts. Offers: 156 (77 vi, 79 en). Needs: 75 (37 vi, 38 en); 6 Vietnamese needs are typed without accents
(oIn03, oIn08, oIn15, oIn23, oIn32, oIn50) and are marked "vi". Judged pairs: 343, of which 165 grade 2 and 178
grade 1. Judged offers per need: 1 to 7, mean 4.6 (three needs have fewer than three: oIn57 with 1, oIn59 and oIn71
with 2, because only one or two offers touch them). Every need has at least one grade-2 offer.

Language situations (by the languages of a need's grade-2 offers): answered in its own language only 35 (16 vi,
19 en); in the other language only 15 (6 vi, 9 en); in both 25 (15 vi, 10 en). The floors hold (35 >= 14 own-only,
40 >= 15 not own-only), but the own-language-only share came out near half rather than the intended quarter; the
grades were not changed to move it.

Written blind: in the repository only tests/data/build/labelled_set.py was read (for the row format and writer);
no matching code, docs, benchmarks, tests, other labelled sets or make scripts were opened, and git was not run.

Caveats. One judge, no second opinion. Several pages are thin (abstracts, previews of student reports, tag pages,
short news items), so some offers rest on a short excerpt. Only oIn01, oIn27 and oIn67 come from pages about the
province itself (Duyên Hải and Cầu Ngang, Trà Vinh); all other needs were written from pages about other places
(other Vietnamese provinces, the United States, Kenya, the Philippines, Japan and elsewhere) or about no place,
and are set in Trà Vinh / Vĩnh Long place names. Several offers restate research (theses, trials, student machine
designs such as oIo028, oIo051, oIo074, oIo100, oIo101, oIo109, oIo119, oIo120, oIo152) as services or technology
on offer. Some offer pages describe Bến Tre, which is now also part of Vĩnh Long; the needs use Trà Vinh and
former Vĩnh Long place names only.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout163_needs import NEEDS
from holdout163_offers import OFFERS
from holdout163_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout163", NEEDS, OFFERS, S)
