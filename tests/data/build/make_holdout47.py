"""Writes tests/data/matching_holdout47.json, a frozen, blind, labelled evaluation set.

Theme: coasts, mangroves and climate adaptation in the Mekong Delta for a provincial Department of
Science and Technology (Tra Vinh / Vinh Long): mangrove planting and restoration (species and site
choice, difficult and sandy sites, mixed-species stands, nurseries and seedling standards,
assisted natural regeneration, remote-sensing monitoring); mangrove-shrimp (silvo-aquaculture)
farming (forest-cover ratios, two-phase nursing under the trees, farm layouts) and its
certification (Naturland / EU organic, ASC group, audits, premiums and payments for mangrove
ecosystem services); coastal erosion control (T-shaped bamboo and brushwood fences, pile-rock and
centrifugal-pile breakwaters, hollow-pillar and precast units, geotubes, soft revetments of
Stabiplage and eco-bags, riverbank pile groynes, shoreline modelling); salt production and
salt-field improvement (HDPE / canvas-lined crystallising fields, covered brine reservoirs,
high-quality salt processing, solar tents, salt villages and tourism); storm- and flood-resilient
housing and shelters (mezzanine houses, '3 hard' safe houses, raised-floor and floating models,
retrofitting standards, community and school shelters); household rainwater and freshwater storage
for the dry season (tank sizing, first-flush devices, operation and maintenance, household
filters, small RO and solar desalting units, canal reservoirs); salinity monitoring and early
warning for storms (automatic salinity stations and phone alerts, LoRa and IoT systems, SMS and
two-way SMS, boat radios, community radio, Zalo mini app and mass messages, commune warning plans);
and livelihoods for coastal Khmer and Kinh communities (mud crab under mangroves, in boxes and
soft-shell, crab seed, crab markets; clam siting, relaying, pond culture, co-management and MSC
certification; blood cockle seed and culture; oyster culture; community and mangrove ecotourism).
About a fifth of the offers (29, jWo132-jWo160) come from neighbouring fields (solar fish and
squid dryers, super-intensive and greenhouse whiteleg shrimp, VietGAP, EHP biosecurity, urban
water treatment, arsenic filters, industrial seawater desalination, a Thai organic certifier,
mangrove-based shrimp feed, geoduck, sea cucumber and freshwater prawn seed, geotextile testing,
floating-market and orchard tourism, remote sensing and storm-tracking apps, slow sand filters,
spherical houses, home water purifiers, ecotourism impact study, upland carbon payments,
shrimp-rice rotation, upland forest nurseries) and share words with the needs without solving them.

Sources: every item paraphrases a real public page found with a search over stored web pages
(Vietnamese and English news, provincial and ministry pages, university and institute reports,
theses and journal articles, GIZ / UNDP / IUCN / SNV / FAO / WWF / MSC material, vendor and
extension pages); figures were kept, wording is our own. The page of each item is recorded in
holdout47_sources.py (236 distinct pages). No need paraphrases the same page as one of its judged
offers.

Offers (160: 81 Vietnamese, 79 English) are written the way institutes, universities, firms and
technology exchanges post them. Needs (76: 38 Vietnamese, 38 English; 6 Vietnamese ones typed
without accents) are written the way households, cooperatives, small firms and commune services
post them, with local place names (Duyen Hai, Truong Long Hoa, Hiep Thanh, Dong Hai, Long Khanh,
Long Vinh, Long Huu, Cau Ngang, My Long, Tra Cu, Chau Thanh, Long Hoa, Cau Ke, Tieu Can, Mang
Thit, Long Ho, Ba Dong...), figures and everyday words that describe the problem rather than name
the technology.

Grading: for each need every offer on the topic and on neighbouring topics was scanned; 2 = the
offer would solve the need, 1 = partly relevant (partial answer or adjacent step), unlisted = not
relevant. Every need has at least one grade-2 offer; 348 pairs are judged, 161 of them grade 2.
Language situations (by the languages of each need's grade-2 offers): 19 needs are answered only
by offers in their own language, 57 only (22) or partly (35) by offers in the other language.
27 of the 29 neighbouring offers are not judged for any need; the other 2 are judged 1 where they
are a partial answer (industrial seawater desalination for a hamlet drinking-water need, an
ecotourism impact study for a mangrove ecotourism planning need).

The set was written blind: without reading the matching engine, its documentation, benchmarks,
tests or any other labelled set, and without running the engine or any evaluation.

Caveats: many offers paraphrase pages from outside the delta (Quang Binh, Quang Ngai, Thua Thien
Hue, Da Nang, Thai Binh, Hai Phong, Binh Dinh, Ba Ria - Vung Tau, Can Gio, Kien Giang, Ca Mau,
Phu Quoc, Fiji, Brazil, Nepal, Puerto Rico, Georgia USA, Thailand) or research papers, and are
written as if an institute or firm offered the result as a transferable technology or service;
several pages are thin (short news items, tag pages, video stubs, journal landing pages,
document-sharing previews such as 123docz, tailieu.vn, scribd, pdfslide, dokumen.tips, zbook) so
some offers add ordinary context around the page's figures. Needs are localised, loose
paraphrases of the problem their page describes (several pages are from Ca Mau, Bac Lieu, Ben Tre,
Tien Giang or central Vietnam and were moved to Tra Vinh / Vinh Long place names; a few pages
describe the problem only in general terms). One judge graded all pairs.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout47_needs import NEEDS
from holdout47_offers import OFFERS
from holdout47_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout47", NEEDS, OFFERS, S)
