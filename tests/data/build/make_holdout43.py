"""Writes tests/data/matching_holdout43.json, a frozen, blind, labelled evaluation set.

Theme: post-harvest handling, storage, packaging, cold chain, quality testing and market access
for farm and fish products of the Mekong Delta (Tra Vinh / Vinh Long): cold storage and
pre-cooling of fruit and vegetables (CoolBot rooms, solar walk-in and mobile cold rooms,
evaporative and zero-energy chambers, hydrocoolers, blast coolers, cold rooms for coconuts);
coatings, controlled and modified atmospheres that extend shelf life (carnauba wax and shrink
film for pomelo, spray-on films, chitosan and alginate coatings for mango, lime, lychee/longan
and shallots, 1-MCP, CA reefer containers, MAP machines and gases, ozone, safe ethylene
ripening instead of carbide); rice drying, storage and milling losses (reversible-airflow and
mobile dryers, two-stage drying, moisture meters, IRRI Super Bags and local hermetic
containers, GrainPro Cocoons and silo bags, kernel-cracking control); fish and shrimp ice and
cold chain (slurry and seawater flake ice, PU-insulated holds, solar ice plants, insulated fish
boxes, shrimp chilling and melanosis control, live shrimp and crab transport, seafood and
fruit freezing, dried-fish storage); packaging and labelling (retort pouches, vacuum and
nitrogen packing of dried fish, moisture-proof films, OCOP packaging design and label rules,
product self-declaration); food safety and residue testing (pesticide rapid kits and commune
test services, antibiotic screening in shrimp, aflatoxin strips, ISO 17025 laboratories in Can
Tho); traceability and certification (QR and blockchain traceability, VietGAP, GlobalGAP group
certification, LocalGAP, PGS organic, growing-area and packhouse codes, geographical
indications); e-commerce and logistics for cooperatives (Postmart/Voso, livestream selling,
reefer trucks and cold warehouses, insulated parcels with cold packs). A fifth of the offers
(28, jSo090-jSo117) come from neighbouring fields (solar power on fishing boats and shrimp
farms, heat-pump water heaters, a tuna mother-ship fleet model, fish by-product and smoked
fish products, UHT milk cartons, HACCP for a brewery, household produce washing, snow-cooled
warehouses, a prototype solar ice maker, a banana smoking cabinet, coconut oil shelf life,
waxy-coconut embryo culture, large freezing-plant design, frozen dragon-fruit cocktail, coconut
price bulletins, agrivoltaics, coconut cream and VCO, parboiled rice, rice polishing, berry
freezers in Ukraine, frozen-fruit thawing rules, silo definitions, bird's-nest house codes, QR
tips for shoppers, waxy maize trials) and share words with the needs without solving them.

Sources: every item paraphrases a real public page found with a search over stored web pages
(Vietnamese and English news, provincial and ministry pages, university and institute reports,
theses and journal articles, FAO / IRRI / ACIAR / CARD / World Bank / WorldVeg material, vendor
and extension pages); figures were kept, wording is our own. The page of each item is recorded
in holdout43_sources.py (207 distinct pages). No need paraphrases the same page as one of its
judged offers.

Offers (131: 64 Vietnamese, 67 English) are written the way institutes, universities, firms and
technology exchanges post them. Needs (76: 37 Vietnamese, 39 English; 5 Vietnamese ones typed
without accents: jSn12, jSn18, jSn41, jSn60, jSn68) are written the way households,
cooperatives, small firms and commune services post them, with local place names (Cau Ke, Cang
Long, Chau Thanh, Tra Cu, Tieu Can, Cau Ngang, Duyen Hai, Tra On, Vung Liem, Binh Minh, Mang
Thit, Long Ho, Tam Binh...), figures and everyday words that describe the problem rather than
name the technology.

Grading: for each need every offer on the topic and on neighbouring topics was scanned; 2 = the
offer would solve the need, 1 = partly relevant (partial answer or adjacent step), unlisted = not
relevant. Every need has at least one grade-2 offer; 300 pairs are judged, 154 of them grade 2.
Language situations (by the languages of each need's grade-2 offers): 33 needs are answered only
by offers in their own language, 43 only (28) or partly (15) by offers in the other language.
23 of the 28 neighbouring offers are not judged for any need; the other 5 are judged 1 where they
are a partial answer (the tuna mother-ship model for a catch-quality need, household produce
washing for a school kitchen, the prototype solar ice maker, the banana smoking cabinet, the
frozen dragon-fruit cocktail process).

The set was written blind: without reading the matching engine, its documentation, benchmarks,
tests or any other labelled set, and without running the engine or any evaluation.

Caveats: many offers paraphrase pages from outside the delta (Hanoi, Hung Yen, Hue, Nha Trang,
Khanh Hoa, Quang Nam, Binh Dinh, Dong Thap, Long An, Kien Giang, Ben Tre, Nigeria, Kenya, Uganda,
India, Sri Lanka, Indonesia, Brazil, the Philippines, Mexico, the USA, Ukraine) or research papers
and theses, and are written as if an institute or firm offered the result as a transferable
technology or service; several pages are thin (short news items, tag pages, vendor stubs,
journal landing pages, document-sharing previews such as 123docz, scribd, studylib, pdfslide) so
some offers add ordinary context around the page's figures. Needs are localised, loose
paraphrases of the problem their page describes (several pages describe the problem in another
province or country, or only in general terms, and were moved to a Tra Vinh / Vinh Long
setting). Some topics have few answers (live crab transport, dried-fish packing, OCOP brand
protection), so a few grade-2 judgements rest on offers from related products (e.g. shrimp or
other crab species). One judge graded all pairs.
"""

from holdout43_needs import NEEDS
from holdout43_offers import OFFERS
from holdout43_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout43", NEEDS, OFFERS, S)
