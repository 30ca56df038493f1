"""Blind labelled set holdout103: Khmer pagodas, temples, churches, cemeteries and funeral services.

Theme and sub-topics. Heritage conservation of wooden and painted Khmer pagoda buildings (termites, decayed
and gilded timber, storm bracing, wall paintings), damp, salts and biological growth on walls and stupas,
crematorium furnaces and their emissions (closed furnaces for pagodas, smoke and odour, mercury, stack tests,
operator training), cemetery planning, groundwater and green burial, columbaria and urns, grave mapping,
funeral services and mortuary cold storage, incense and candles, sound and lighting for pagodas, churches
and festivals (Ok Om Bok, Ngo boat race), fire and lightning protection, and records and digitisation
(palm-leaf manuscripts, parish registers, 3D documentation).

Distractors. 30 of the 161 offers (about 19%) come from neighbouring fields and share words with the needs
without solving them: dike termite bait and dike termite surveys, pest-product registration, PU paint for
furniture, bronze statue casting, an exhibition of gilded woodwork, steel roof trusses, new decorative
murals, waterproofing material dealers and house waterproofing tips, a waste incinerator, SO2 scrubbing,
dental-scrap refining, a public-works costing program, a luxury funeral package, export bulk incense, sawdust
supply, scented decor candles, video-conferencing, workshop PA, ceiling speakers, reverb presets, commercial
facade lighting (two), CPVC pipe, folk-literature collecting, negative-side waterproof paint, string lights
and a 3D scanner dealer. 27 stay unjudged; 3 are judged 1 as a genuine adjacent step (negative-side
waterproof paint for a damp wall, string lights for festival facade lighting, the scanner dealer for a 3D
survey).

Sources. Pages were found with the search tool, corpus pages (46 queries) and docs (1 query), at least one
Vietnamese and one English query per sub-topic. Every need and offer paraphrases one page (figures kept);
191 distinct pages are used. No need shares its page with one of its grade-2 offers (checked).

Counts. Offers: 161 (vi 78, en 83). Needs: 75 (vi 39, en 36); 6 Vietnamese needs are typed without accents
(mAn05, mAn12, mAn16, mAn22, mAn27, mAn40) and marked vi. Judged pairs: 305 (grade 2: 172, grade 1: 133);
judged offers per need 1 to 8, mean 4.1 (mAn37 has a single judged offer).

Language situations (by the language of each need's grade-2 offers): own language only 32, other language
only 21, both 22. The brief asked for about a quarter in own language only; this came out at 43% because
many sub-topics (cremation in Vietnamese, groundwater and mortuary equipment in English) have pages mostly in
one language. Grades were not changed to move these shares; the floors (at least 14 own-only and 15 not)
are met.

Blind. Written without knowledge of the engine: in the repository only tests/data/build/labelled_set.py was
read; no matching code, docs, benchmarks, tests or other labelled sets were opened.

Places. Needs are set in Tra Vinh / Vinh Long. Needs written from pages about other places and moved into the
province: mAn04, mAn08, mAn13, mAn55 (delta-wide report), mAn10 (Cambodia), mAn21, mAn54 (Soc Trang),
mAn22, mAn29, mAn53 (Ca Mau), mAn24, mAn66 (WHO Europe briefing), mAn25 (Hanoi), mAn27 (Hue), mAn30 (a
border pagoda in Tay Ninh), mAn26, mAn31, mAn75 (a Khmer custom page pictured in Hau Giang), mAn32 (Binh
Duong), mAn33, mAn61 (Hanoi incense village), mAn34 (Hai Duong), mAn35 (Chiang Mai), mAn47 (An Giang),
mAn59, mAn60 (Ho Chi Minh City), mAn65 (Italy); mAn23, mAn36, mAn48, mAn62 come from pages with no place.

Caveats. One judge graded everything. Several pages are thin (tag pages, abstracts, shop pages, forum
threads) and were stretched into an item. Many offers restate research findings, case reports or regulations
as a service an institute or firm would provide. Some offers describe work done elsewhere (Hue, Hoi An,
Quang Nam, Phu Tho, abroad). Grade 1 covers partial answers and adjacent steps and is the softest judgement.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout103_needs import NEEDS
from holdout103_offers import OFFERS
from holdout103_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout103", NEEDS, OFFERS, S)
