"""Blind labelled evaluation set holdout117: weddings, parties and events in small towns (Trà Vinh / Vĩnh Long).

Theme and sub-topics. Technology needs and offers around village and small-town weddings, parties and community
events in the Mekong Delta: (1) tents / rạp cưới, their anchoring and cooling; (2) power: event generators,
load sizing, silent and battery supplies; (3) sound, noise limits and live streaming; (4) stages, truss,
LED screens and decorative lighting; (5) photography and video studios, drones, photo booths, photo backup;
(6) booking and invitation software: RSVP, seating, rental-inventory scheduling, printed cards; (7) catering
equipment, food holding temperatures, tables, chairs and linens; (8) decoration and flowers, including the
coconut-leaf wedding gates of the delta. Needs: 10 / 8 / 9 / 10 / 11 / 10 / 9 / 8 per sub-topic (mOn01-75);
offers: 16 / 19 / 14 / 23 / 30 / 20 / 17 / 22 (mOo001-161).

Distractors. 32 of the 161 offers (about a fifth) come from neighbouring fields and share words with the needs
without solving them: camping tents, factory and home standby generators, rooftop solar, wind-power research,
a fixed hall PA, factory / fishing-boat LED lighting, truss and LED-panel manufacturing, product photography,
crop-spraying drones, restaurant and billiard-hall point-of-sale software, a hotel-banquet student essay, a
city wedding venue, coconut-shell and coconut-wood handicrafts, potted Tết chrysanthemums and a flower-garden
check-in park. 28 are unjudged; 4 are judged: three at grade 1 where they really are an adjacent step (LED panel
maker for a screen rental, restaurant hot-food equipment seller for a buffet, the flower-garden park as a
pre-wedding photo spot) and one at grade 2 - the permanent standby generator with automatic transfer switch
(mOo026) does solve mOn18, a restaurant that needs automatic backup power.

Sources. Pages were found with the search tool, corpus "pages", about 40 queries in Vietnamese and English, at
least one per sub-topic (plus need-side queries on wedding food poisoning, power cuts, storms tearing tents,
lost wedding photos, microphone feedback, e-invitations with QR codes, inaudible vows, hot-weather flowers);
two "docs" queries returned nothing usable. Every need and offer paraphrases one page (figures kept, no sentence
copied); 163 distinct pages (61 behind needs, 118 behind offers, 16 serve both sides). No need shares its page
with one of its grade-2 offers.

Counts. Offers: 161 (vi 79, en 82). Needs: 75 (vi 37, en 38); 6 Vietnamese needs are typed without accents
(mOn06, mOn14, mOn27, mOn40, mOn53, mOn73) and marked "vi". Judged pairs: 403 (grade 2: 187, grade 1: 216);
judged offers per need 2-12, mean 5.4 (63 of 75 needs have 3-7); grade-2 offers per need 1-6, mean 2.5;
133 offers are judged at least once.

Language situations (grade-2 offers only). All in the need's own language: 16 needs (8 vi, 8 en: mOn09, 10,
16, 19, 21, 22, 30, 34, 36, 41, 44, 45, 52, 64, 70, 74). Only in the other language: 9 (5 vi, 4 en: mOn03, 20,
27, 29, 40, 46, 58, 65, 73). Both languages: 50. So 59 needs are not answered in their own language only
(floor 15) and 16 are (floor 14); the own-language share is about a fifth rather than a quarter, because many
offer topics exist in both languages. These shares guided which needs were written; no grade was set to reach
them.

Blind. Written without any knowledge of the matching engine: in the repository only labelled_set.py (the writer
and row format) was read; no matching code, docs, benchmarks, tests, other labelled sets or make_*.py.

Caveats. One judge, no second opinion. Several pages are thin (a title or a short tag page, e.g. the rooftop
solar, fixed hall PA and LED-retrofit pages) or are blogs and how-to articles, so many offers restate advice or
research as a service (food-safety coaching, wind-risk kits, truss consultation, the wind-power thesis and the
hotel-banquet essay offered for transfer); some offers are the same page paraphrased once in each language.
Almost every need is written from a page about another place - elsewhere in Vietnam (Đà Nẵng, Hà Nội, Bắc
Giang, Quảng Ninh, Vũng Tàu, Tiền Giang, Sa Đéc) or abroad (UK, US) - or about no place, and is set here in Trà
Vinh / Vĩnh Long place names; the one exception is a Bến Tre commune page (noise_bentre), which since the 2025
merger lies inside Vĩnh Long. Offers keep their original places (UK marquee firms, US rental software, Sa Đéc
flower growers, Bến Tre coconut crafts) and prices in their original currencies.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout117_needs import NEEDS
from holdout117_offers import OFFERS
from holdout117_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout117", NEEDS, OFFERS, S)
