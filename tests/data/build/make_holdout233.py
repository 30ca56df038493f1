"""Blind labelled set holdout233: vocational training and skills for rural workers (Trà Vinh / Vĩnh Long).

Theme and sub-topics. Needs posted by enterprises, cooperatives, training centres, farmers' and youth unions and
individual workers in Trà Vinh / Vĩnh Long; offers from institutes, universities, firms, agencies and programmes.
Sub-topics: e-learning and mobile learning platforms (LMS, offline apps, SMS/WhatsApp/voice lessons for farmers);
training simulators (VR and screen welding simulators, electrical practice boards and virtual labs, driving cabins
and truck simulators, heavy-equipment simulators); skills testing and certification (national occupational skills
certificates, assessor training, recognition of prior learning, proctored online exams, verifiable digital
credentials); training for farm machinery operators (combine harvester and tractor operation, farm machine repair,
agricultural drone pilots); digital skills for household businesses (e-commerce, livestreaming, basic mobile
internet, "Bình dân học vụ số"); job matching and labour-market information (job exchanges, SMS job matching, LMIS);
training for workers going abroad (pre-departure orientation, EPS Korean test, Japanese for technical interns,
German for nurses).

Distractors. 32 of the 163 offers are distractors from neighbouring fields that share words with the needs without
solving them: welding machines, contract welding and welding process papers instead of welder training; drone
spraying services and drone marketing instead of pilot training; machinery manufacturing and field-size studies
instead of operator training; e-commerce platforms, e-invoice software, cloud migration, degree programmes and
reports instead of short digital-skills training; gig platforms, SMS campaign tools and research instead of job
matching; study-abroad, health checks and a Nepal study instead of pre-departure training; hazard-test practice, a
trucking podcast and a law firm instead of driving simulators; a job profile, a blockchain concept and a hiring test
portal instead of certification. Most stay unjudged; 6 are judged, each only as grade 1 where it is an adjacent step
(8 judgements in all).

Sources. Pages were found with the search tool, corpus "pages" (plus one "docs" query for the Moodle app), with
about 40 queries in Vietnamese and English, at least one per sub-topic. Every need and offer paraphrases one page
(figures kept, no sentence copied) and records its URL. 183 distinct pages: 163 serve offers (one each), 67 serve
needs, 47 of them shared with offers and 20 used for needs only. No need shares its page with any of its grade-2
offers (where a same-page offer is relevant it is judged, as grade 1).

Counts. Offers 163: 82 "vi", 81 "en". Needs 75: 37 "vi", 38 "en"; 6 Vietnamese needs are typed without accents
(rAn16, rAn24, rAn32, rAn44, rAn54, rAn73), marked "vi". Judged pairs 383: 191 grade 2, 192 grade 1. Judged offers
per need 3-8 (mean 5.1); grade-2 offers per need 1-6; every offer is judged for at least one need except unjudged
distractors.

Language situations (by the language of each need's grade-2 offers): own language only 30 needs (19 vi, 11 en);
other language only 18 (7 vi, 11 en); both languages 27. The own-language-only share (40%) came out above the
intended quarter; grades were not changed to move it. The floors of 14 own-language-only and 15 other-or-both needs
are met.

Written blind: in the repository only tests/data/build/labelled_set.py was read (for the writer and the row format);
no matching code, docs, benchmarks, tests, other labelled sets or other make_*.py scripts were opened, and git was
not run.

Caveats. One judge, no second opinion or adjudication. Some pages are thin (title-only tag pages, document previews,
a slide deck, short announcements), so a few offers rest on little text. Only 7 needs (rAn01, rAn58, rAn62, rAn64,
rAn65, rAn66, rAn74) come from pages about Trà Vinh or Vĩnh Long; the other 68 were written from pages about other
provinces or countries (Lạng Sơn, Bạc Liêu, Thái Bình, Cao Bằng, Germany, Africa, the United States, ...) and are
set in the province with its place names. Many offers come from foreign or national programmes and are written as if
available to the province. Several offers restate research or theses as services (e.g. rAo016, rAo043, rAo050,
rAo087, rAo111, rAo114, rAo135, rAo146, rAo162). Two needs (rAn43, rAn44) ask for much the same thing and share
their grade-2 offers.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout233_needs import NEEDS
from holdout233_offers import OFFERS
from holdout233_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout233", NEEDS, OFFERS, S)
