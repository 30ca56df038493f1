"""Writes tests/data/matching_holdout46.json, a frozen, blind, labelled evaluation set.

Theme: digital agriculture and information services for a provincial Department of Science and
Technology in the Mekong Delta (Tra Vinh / Vinh Long): river and canal salinity monitoring and
alerts (buoys, sensor networks, phone apps, SMS alarms, automatic sluice gates, handheld EC pens,
seasonal intrusion forecasts) and tide / water-level warnings; IoT for ponds (dissolved oxygen,
pH and temperature monitors, alarms that switch aerators, LoRaWAN and solar sensor nodes,
automatic and acoustic feeders) and for greenhouses and hydroponics; agricultural drones for
spraying, fertiliser and lime spreading and direct seeding (own drones or hired pilot teams) and
UAV NDVI / red-edge mapping for spot spraying and variable-rate nitrogen; satellite crop
monitoring (Sentinel-1, MODIS: rice area, sowing progress, rice age, harvest dates, yield and
damage); pest forecasting (smart light traps, solar insect-monitoring stations) and photo-based
disease diagnosis apps; weather and agro-climatic bulletins and on-farm weather stations; farm
diaries, growing-area codes, QR traceability; market-price services (SMS, daily price bulletins,
market information services) and e-commerce for farmers and cooperatives (Postmart, Voso,
provincial trading floors, livestreaming); digital extension (video made by extension stations,
community video, call centres, field-specific fertiliser advice apps); automatic irrigation
controllers (soil-moisture scheduling, phone / SMS pump control, drip fertigation, IoT sensors
for alternate wetting and drying); and digital records for cooperatives (e-cooperative models,
accounting and member management software). A sixth of the offers (28, jVo133-jVo160) come from
neighbouring fields (smart-home, SMS and door-lock electronics projects, building power
monitoring, solar trackers, household and commune RO desalination, fresh-water storage bags,
fishing-vessel monitoring systems, flycam and UAV surveying for maps and GIS, a Sentinel-1
rice-mapping method for Europe, a planthopper insecticide and planthopper biology notes, VietGAP
and lined-pond shrimp farming, EHP disease, melon growing techniques, water-governance and
market-economics essays, fruit-tree salt-tolerance research, a call-centre expert desk) and share
words with the needs without solving them.

Sources: every item paraphrases a real public page found with a search over stored web pages
(Vietnamese and English news, provincial and ministry pages, university and institute pages,
theses and journal articles, IRRI / CIAT / CCAFS / IFAD / ACIAR / AVRDC material, vendor and
extension pages); figures were kept, wording is our own. The page of each item is recorded in
holdout46_sources.py (226 distinct pages). No need paraphrases the same page as one of its
judged offers; eleven pages each serve as the source of two needs.

Offers (160: 83 Vietnamese, 77 English) are written the way institutes, universities, firms and
technology exchanges post them (what the technology is, what it does, figures, what is
transferred), 250-400 characters. Needs (77: 41 Vietnamese, 36 English; 7 Vietnamese ones typed
without accents: jVn04, jVn26, jVn40, jVn50, jVn55, jVn62, jVn77) are written the way
households, cooperatives, small firms and commune services post them, 150-300 characters, with
local place names (Cang Long, Chau Thanh, Tra Cu, Tieu Can, Cau Ngang, Duyen Hai, Cau Ke, Tra On,
Vung Liem, Binh Minh, Mang Thit, Long Ho, Tam Binh, Binh Tan), figures and everyday words that
describe the problem rather than name the technology.

Grading: for each need every offer on the topic and on neighbouring topics was scanned; 2 = the
offer would solve the need, 1 = partly relevant (partial answer or adjacent step), unlisted = not
relevant. Every need has at least one grade-2 offer; 422 pairs are judged, 197 of them grade 2
(2 to 14 judged offers per need; the salinity-alert needs have the most, because many similar
monitoring offers exist). Language situations (by the languages of each need's grade-2 offers):
24 needs are answered only by offers in their own language, 53 only (21) or partly (32) by offers
in the other language. 24 of the 28 neighbouring offers are not judged for any need; the other 4
are judged 1 where they are a partial answer (jVo149 Sentinel-1 method for Europe for a rice-area
map, jVo152 storage bags for an orchard short of stored water, jVo154 salt-tolerance research for
a replanting decision, jVo160 a call-centre expert desk for a hotline need).

The set was written blind: without reading the matching engine, its documentation, benchmarks,
tests or any other labelled set, and without running the engine or any evaluation.

Caveats: many offers paraphrase pages from outside the delta (Da Lat, Ha Tinh, Lao Cai, Hai
Phong, Hai Duong, Bac Giang, Hoa Binh, Dien Bien, Dong Nai, Hanoi, India, Thailand, Indonesia, the
Philippines, Malaysia, Korea, Tanzania, Cambodia, Australia) or research papers and student
theses, and are written as if an institute or firm offered the result as a transferable
technology or service; several pages are thin (short TV items, tag pages, document-sharing
previews such as 123docz, tailieu, vdocuments, scribd mirrors, a discussion-site summary) so some
items add ordinary context around the page's figures. Some programmes appear in two or three
offers from different pages (Rynan, the Institute for Nanotechnology salinity station, MimosaTEK,
XAG drones, Digital Green, Rice Crop Manager, the Hai Phong extension videos in Vietnamese and
English, Kisan Call Centres), which raises the number of grade-2 offers for those needs. Needs are
localised, loose paraphrases of the problem their page describes; several problem pages come from
other provinces (Ben Tre, Tien Giang, Dong Nai, Nghe An, Thai Binh) or describe the problem only
in general terms. One judge graded all pairs.
"""

from holdout46_needs import NEEDS
from holdout46_offers import OFFERS
from holdout46_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout46", NEEDS, OFFERS, S)
