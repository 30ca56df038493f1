"""Writes tests/data/matching_holdout44.json, a frozen, blind, labelled evaluation set.

Theme: rural industry, craft villages, building materials and waste in the Mekong Delta, for a
provincial Department of Science and Technology (Tra Vinh / Vinh Long): unburnt and low-carbon
bricks (cheap and automatic block presses, concrete hollow blocks, AAC, fly ash and fly ash-clay
bricks, Duyen Hai power-plant ash as fill and binder); brick and pottery kilns (Hoffmann-type
continuous kilns, vertical shaft brick kilns, kiln energy audits, gas kilns for pottery, firing
schedules, wet scrubbers, advice against fake "Hoffmann" kilns) and the red-clay value chain of
Mang Thit; rice-husk ash, bagasse ash, husk-aggregate and geopolymer concrete and river-sand
substitutes; low-cost flood- and storm-resistant housing (raised geotextile platforms, safe-house
designs, floating houses, precast and light-steel S Houses, strengthening of existing houses,
credit-plus-technical-help schemes, storm shelters, emergency units); rural roads (soil
stabilisation, SEACAP paving trials, emulsion seals) and small bridges (trail and footbridge
manuals); craft villages (sedge-mat weaving machines, solar and greenhouse dryers, water-hyacinth
processing, training and cooperatives, borate treatment of bamboo, induction and gas forges and
mechanised smithies); straw baling and densification, husk and bagasse pellets, husk boilers,
furnaces, gasifiers and carbonisers, husk silica, straw and husk boards and composites, bagasse
tableware; plastic recycling (household pelletising lines, plastic blocks and bricks, small
extruder plants); craft-village wastewater (noodle and starch villages, decentralised systems,
cost comparisons); workplace safety (WISE/WIND/WISH, craft-village OSH, noise control, boiler
inspection, safety procedures); small-workshop automation (PLC retrofits), CNC job shops, 3D
printing and scanning services, DIY GRBL controllers; energy audits, efficient motors, cleaner
production for foundries and rooftop solar for small plants. Coconut products are left out. A
sixth of the offers (26, jTo134-jTo159) come from neighbouring fields
(3D scanning of buildings, hobby 3D printing, garment fabric spreading, heat-pump water heaters,
utility-scale husk and bagasse power, pellet export statistics, occupational-health research on
dust, lead and brick-worker PM2.5, pottery buyers' guides, forest biochar kilns, mountain and
waterway bridge programmes, blacksmithing course notes, consumer earmuffs, mat care tips,
bioplastics, textile-dye wastewater information, hobby 3D printer boards, a landscape village
bridge, provincial SME and extension funding programmes, household rooftop solar, high-rise
scaffold safety) and share words with the needs without solving them.

Sources: every item paraphrases a real public page found with a search over stored web pages
(Vietnamese and English news, provincial and ministry pages, university theses and journal
articles, document-sharing copies of reports, UNDP / ADB / World Bank / DFID / ILO / IRRI /
AfricaRice / UNIDO material, NGO, vendor and extension pages); figures were kept, wording is our
own. The page of each item is recorded in holdout44_sources.py (240 distinct pages, one page per
item). No need paraphrases the same page as one of its judged offers.

Offers (159: 80 Vietnamese, 79 English) are written the way institutes, universities, firms,
NGOs and technology exchanges post them (what the technology is, what it does, figures, what is
transferred). Needs (81: 43 Vietnamese, 38 English; 5 Vietnamese ones typed without accents) are
written the way households, cooperatives, small firms and commune services post them, with local
place names (Mang Thit, Long Ho, Tam Binh, Vung Liem, Binh Minh, Tra On, Cang Long, Chau Thanh,
Tra Cu, Tieu Can, Cau Ngang, Duyen Hai, Cau Ke, Ham Tan, Ham Giang...), figures and everyday
words that describe the problem rather than name the technology.

Grading: for each need every offer on the topic and on neighbouring topics was scanned; 2 = the
offer would solve the need, 1 = partly relevant (partial answer or adjacent step), unlisted = not
relevant. Every need has at least one grade-2 offer; 368 pairs are judged (2 to 11 per need,
4.5 on average), 191 of them grade 2. Language situations (by the languages of each need's
grade-2 offers): 18 needs are answered only by offers in their own language, 63 only (17) or
partly (46) by offers in the other language - more crossing than the brief's "about half", since
most topics have grade-2 offers in both languages. All 133 topical offers are judged for at least
one need; none of the 26 neighbouring-field offers is judged.

The set was written blind: without reading the matching engine, its documentation, benchmarks,
tests or any other labelled set, and without running the engine or any evaluation.

Caveats: many offers paraphrase pages from outside the delta (Hanoi, Bac Ninh, Hung Yen, Vinh
Phuc, Thanh Hoa, Hue, Da Nang, Quang Ngai, Dong Nai, Hai Phong, Nghe An, An Giang, Can Tho,
Hau Giang, India, Nepal, Laos, Malaysia, the Philippines, Benin, the USA, New Zealand, Italy) or
research papers and design competitions, and are written as if an institute, firm or programme
offered the result as a transferable technology or service; several pages are thin (tag pages,
short news items, abstracts, document-sharing previews such as 123docz, scribd, studylib,
tailieu, or mirror copies of journal pages) so some offers add ordinary context around the
page's figures, and a few vendor pages were given a generic "we supply / advise" framing.
Languages of items do not always follow the language of their page (some English pages are
written up as Vietnamese offers and vice versa). Needs are localised, loose paraphrases of the
problem their page describes; several pages describe the problem only in general terms or in
another province (e.g. Hanoi craft villages, Quang Ngai storms, Nepal kilns), and a few need
pages describe the same project as an offer from a different page (S House, Van Cu noodle
village, Tien Loc smithies). One judge graded all pairs.
"""

from holdout44_needs import NEEDS
from holdout44_offers import OFFERS
from holdout44_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout44", NEEDS, OFFERS, S)
