"""Blind labelled set holdout133: land surveying, mapping and land records for communes and towns of Trà Vinh /
Vĩnh Long.

Theme and sub-topics. GNSS/RTK base stations and CORS networks (national VNGEONET, provincial stations, NTRIP and
VRS subscriptions, self-built bases); drone photogrammetry and orthophotos (GCPs, survey-grade orthomosaics, UAV
cadastral and topographic maps, drone LiDAR); total stations and boundary markers (boundary surveys, corner
monuments, planning and corridor markers, subdivision); GIS for land-use planning (land-use plan databases, WebGIS
publication, suitability overlays, land consolidation); digitising and updating cadastral maps and land files
(scanning, vectorising, VBDLIS/ViLIS/MPLIS databases, mobile field collection); mapping riverbank erosion and
subsidence (remote sensing of bank lines, TLS/UAV bank monitoring, GNSS deformation stations, erosion WebGIS,
PS-InSAR, levelling and settlement stations); surveying for rural roads and canals (route surveys, long and cross
sections, canal and drainage surveys, echo sounders and uncrewed survey boats, road inventories).

Distractors. 32 of the 160 offers come from neighbouring fields and share words with the needs without solving
them: spraying/seeding drones and agricultural drone sales, RTK auto-steer for tractors, GPS fleet tracking, a
hiking GPS, real-estate and hotel drone photography, embankment construction (soft eco-bag revetments, pile
groynes, underwater geotextile), geotechnical drilling, GPR utility locating, soil and water salinity testing,
rain and flood IoT sensors, greenhouse and irrigation IoT, rice monitoring by remote sensing, land valuation,
maritime survey cost norms, a GeoEye news item, mangrove tree counting with LiDAR and coastal forest-change GIS.
Two are judged, both grade 1 as adjacent steps (nEo134 RTK auto-steer dealer with its own base for nEn04;
nEo072 forest-change mapping for the forest-loss part of nEn48); the other 30 are unjudged.

Sources. Found with the search tool, corpus "pages" (about 90 queries in Vietnamese and English, at least one per
sub-topic and more for local Trà Vinh / Vĩnh Long news and problem statements), plus two "docs" queries that gave
two offers (nEo159, nEo160). 208 distinct pages: 160 behind offers (one page each), 54 behind needs, 6 pages serve
both an offer and a need; no need shares its page with one of its grade-2 offers.

Counts. Offers 160: 87 en, 73 vi. Needs 75: 39 en, 36 vi, of which 7 Vietnamese needs are typed without accents
(nEn03, nEn12, nEn15, nEn27, nEn44, nEn55, nEn59) and still marked "vi". Judged pairs 442: 215 grade 2, 227 grade
1. Judged offers per need: 3 to 9, mean 5.9 (4 needs have 9, 6 have 8).

Language situations (by the languages of each need's grade-2 offers): 26 needs answered in their own language
only; 11 answered only in the other language (nEn06, nEn11, nEn17, nEn33, nEn39, nEn40, nEn48, nEn59, nEn69,
nEn70, nEn75); 38 answered in both. Floors met (26 >= 14 own-language-only; 49 >= 15 not). The own-language-only
share (35%) is above the "about a quarter" guide; it came out so from the needs written and no grade was changed
to move it.

Written blind: in the repository only tests/data/build/labelled_set.py was read; no matching code, docs,
benchmarks, tests, other labelled sets or make scripts were read, and git was not run.

Caveats. One judge, no second reading. Thin pages: many sources are thesis or article previews (123docz, tailieu,
luanvan) or short news captions (THVL), read only as far as the search excerpt showed, and some offers are
built from a single paragraph (e.g. nEo108, nEo150). Places outside the province: needs written from pages about
other places are set in Trà Vinh / Vĩnh Long — Yên Định, Thanh Hóa (nEn02, nEn66), north-west Minnesota (nEn05),
US farms (nEn07), Bến Tre (nEn08, nEn68), Hà Nội (nEn09, nEn32, nEn35, nEn71), Pramuka Island, Indonesia
(nEn13), Ho Chi Minh City (nEn17, nEn67, nEn50, nEn56), Hải Dương (nEn22, nEn70), Phú Vang and Quảng Điền,
Thừa Thiên Huế (nEn24, nEn29, nEn36), Quảng Trị (nEn25), Lai Châu (nEn26), Lào Cai (nEn27), Quảng Nam
(nEn28, nEn75), An Giang (nEn44), Cà Mau (nEn45, nEn46, nEn47), delta-wide reports (nEn53, nEn54, nEn55), an
Indian irrigation tender (nEn63) and a Cần Thơ University test (nEn06). Offers restating research as services:
many offers paraphrase theses or papers as transferable services (e.g. nEo013, nEo017, nEo019, nEo021-nEo024,
nEo030, nEo045-nEo047, nEo062-nEo066, nEo071, nEo073-nEo080, nEo082, nEo089-nEo093, nEo100, nEo101, nEo109,
nEo117, nEo118, nEo121-nEo123). Offers from abroad were judged as capabilities, except that services bound to
another territory (US, Indian correction networks) were given at most grade 1. Offer languages lean to English
(87/73) and the no-accent needs are 7 rather than about 6.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout133_needs import NEEDS
from holdout133_offers import OFFERS
from holdout133_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout133", NEEDS, OFFERS, S)
