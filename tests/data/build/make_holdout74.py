"""Writes tests/data/matching_holdout74.json: a blind labelled set on schools, vocational training and
education technology for the Trà Vinh (now Vĩnh Long) technology supply–demand exchange.

Theme and sub-topics: digital classrooms and learning management systems; vocational training simulators
(welding, driving, heavy machinery, PLC/electrical benches); STEM and robotics labs; bilingual teaching for
Khmer-speaking pupils; online courses for farmers and cooperatives; school energy, water and sanitation;
assessment and exam software; training of teachers in digital skills.

Distractors: 30 of the 168 offers (18%) come from neighbouring fields and share words with the needs without
solving them: conference screens for company meeting rooms, classroom CCTV, agency video-conferencing,
university student-records software, a smart-school policy study, a bridge-steel welding textbook, dash-cam
driver coaching, research driving simulators, a learner-driver licence course, a car and farm-machinery
technology map, simulation-equipment investment advice for a university, on-the-job operator progression,
print-industry training, Khmer classes for Vietnamese-origin adults in Cambodia, Khmer folk-literature
collection, Vietnamese classes in Cambodia, e-wallets and e-invoices, a straw baler, a farm-price app,
household and farm rooftop solar, solar price news, a solar-thermal tracker, well-water analysis, ship water
supply, home water treatment with alum, rural piped water, a water-hygiene textbook and survey-form
recognition. 10 of them are judged, all grade 1, where they are a real adjacent step (for example video
conferencing for a live online class, the welding textbook for a welding curriculum, well-water analysis
before choosing a filter); the other 20 are unjudged.

Sources: found with the search tool (corpus pages), at least one Vietnamese and one English query per
sub-topic (smart classrooms/LMS, welding/driving/excavator simulators, PLC benches, STEM/robotics, Khmer
bilingual and mother-tongue education, farmer e-learning and cooperative training, school solar, school water
and WASH, rainwater harvesting, exam/question-bank software and proctoring, teacher digital competence).
179 distinct pages: 74 behind needs, 160 behind offers, 55 serving both sides (never a need and one of its
grade-2 offers). Every item paraphrases its page, keeping its figures; no sentence is copied.

Counts: 168 offers (86 vi, 82 en); 76 needs (38 vi, 38 en), of which 6 Vietnamese needs are typed without
accents (kXn08, kXn11, kXn17, kXn28, kXn36, kXn57). 344 judged pairs: 169 grade 2, 175 grade 1. Judged offers
per need: 2 to 9, mean 4.5 (3 needs have 2, 17 have 3, 20 have 4, 20 have 5, 10 have 6, 6 have 7 or more).
Every need has at least one grade-2 offer.

Language situations (from the grades, which were never changed to reach a share): 23 needs have all their
grade-2 offers in their own language, 27 have them only in the other language, 26 in both. The brief asked for
about a quarter own-language-only and "some" other-language-only; own-only comes out at 30% and other-only at
36%, more than intended, because many niche offers (cabins, PLC benches, Khmer dictionaries, RO systems) exist
in only one language in the pages found. The floors (at least 14 own-only, at least 15 not) are met.

Written blind: of the repository only tests/data/build/labelled_set.py was read; no matching code, docs,
benchmarks, tests or other labelled sets were opened.

Caveats: one judge, no second opinion. Several pages are thin (document-store abstracts, short news items,
blog posts, a regulation's title page), so offers restate them broadly. Many offers restate research (theses,
journal papers: virtual welding machines, PLC benches, VR metal cutting, OMR, mother-tongue education) as
services an institute might provide. Except mtbbe_unesco (which names Trà Vinh's Khmer pilot), the need
pages describe other places (Lạng Sơn, Hà Giang, HCMC, Quảng Nam, Sóc Trăng, Cà Mau, Cao Bằng, Sơn La,
India, Nepal, the USA, Nigeria...); their situations were moved into Trà Vinh / Vĩnh Long. Many needs are
posted by private schools, training centres and cooperatives, not only firms and farmers, because the theme
is schooling. Grade boundaries between 1 and 2 are judgement calls where an offer covers most but not all of
a need (for example a hazard-perception software package against a need for hardware cabins).
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout74_needs import NEEDS
from holdout74_offers import OFFERS
from holdout74_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout74", NEEDS, OFFERS, S)
