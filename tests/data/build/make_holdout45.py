"""Writes tests/data/matching_holdout45.json, a frozen, blind, labelled evaluation set.

Theme: medicinal plants and natural products from Mekong Delta farms for a provincial Department
of Science and Technology (Tra Vinh / Vinh Long): growing and processing turmeric (GACP-WHO growing
areas, organic handbooks, leaf spot and rhizome rot, turmeric starch lines, curcumin and
nano-curcumin extraction, capsules), ginger (bag and raised-bed growing on flood- or salt-prone
land, bacterial wilt, rhizome rot and nematodes, ginger oil and oleoresin), lemongrass and Java
citronella (small steam distillers, yields, citral, storage, fuel cost, hydrolat and spent-herb
reuse), gac fruit (grafting, freezing and drying aril, screw-press vs solvent, microwave and
supercritical oil extraction, gac cosmetics), moringa (varieties and spacing, caterpillar IPM,
leaf powder), perilla (export leaf standards, perilla extract, seed oil), wild bitter melon (tea
bags, standardised capsules and extract powder), sacha inchi (cultivation, cold pressing, root rot
and nematodes); herb dryers (small stainless and tray dryers, cold drying, forced-air, solar
tunnel and indirect solar, vacuum-microwave), vacuum extraction, concentration kettles and spray
drying of extracts; herbal tea bags (OCOP products, tea-bag machines, moisture-proof packaging);
testing of active ingredients (HPLC for curcumin, GC-MS and adulteration of essential oils),
aflatoxin, microbial limits and pesticide residues; GACP (WHO guidelines, the 54 criteria of
Circular 19/2019/TT-BYT); handmade soaps and natural cosmetics and their legal notification;
advertising rules for herbal supplements; tissue-culture seedlings. Coconut products are left out.
A sixth of the offers (28, jUo133-jUo160) come from neighbouring fields (consumer pages on gac oil,
carotenoids, bitter melon and moringa retail, laundry detergent and dishwasher salt, heat-pump
water heaters, cassava starch, parboiled rice, tea and coffee processing, capsaicin HPLC,
lemongrass pharmacology, mycelium building materials, potted rosemary, ginseng and orchid tissue
culture, heavy metals and pesticide residues in vegetables, jelly grass, cinnamon prices, moringa
as fodder, news on banned teas, supplement fines and a herb TV report, a consumer blog on GC/MS)
and share words with the needs without solving them; none of them is judged for any need.

Sources: every item paraphrases a real public page found with a search over stored web pages
(Vietnamese and English news, provincial, extension and ministry pages, university and institute
reports, theses and journal articles, document-sharing copies of Vietnamese papers and handbooks,
WHO and NGO technical material, vendor and law-firm pages); figures were kept, wording is our own.
The page of each item is recorded in holdout45_sources.py (234 distinct pages). No need paraphrases
the same URL as one of its judged offers, but jUn24 paraphrases a mirror copy (another site) of the
page behind its judged offer jUo038.

Offers (160: 83 Vietnamese, 77 English) are written the way institutes, universities, firms,
extension services and technology exchanges post them: what the technology or service is, what
it does, figures, what is transferred. Needs (74: 38 Vietnamese, 36 English; 6 Vietnamese ones
typed without accents) are written the way households, cooperatives, women's groups, small firms,
clinics and district services post them, with local place names (Cang Long, Cau Ke, Tieu Can,
Cau Ngang, Tra Cu, Duyen Hai, Chau Thanh, Tra On, Vung Liem, Binh Minh, Mang Thit, Long Ho, Tam
Binh), figures and everyday words that describe the problem rather than name the technology.

Grading: for each need every offer on the topic and on neighbouring topics was scanned; 2 = the
offer would solve the need, 1 = partly relevant (partial answer or adjacent step), unlisted = not
relevant. Every need has at least one grade-2 offer; 308 pairs are judged, 155 of them grade 2
(1 to 7 judged offers per need, mostly 3-6). Language situations (by the languages of each need's
grade-2 offers): 39 needs are answered only by offers in their own language, 35 only (23) or
partly (12) by offers in the other language. Apart from the 28 distractors, every offer is judged
for at least one need.

The set was written blind: without reading the matching engine, its documentation, benchmarks,
tests or any other labelled set, and without running the engine or any evaluation.

Caveats: many offers paraphrase pages from outside the delta (Hung Yen, Bac Ninh, Ha Giang, Dak
Lak, Gia Lai, Tay Ninh, Long An, Sa Pa, Quang Nam, Hawaii, Ethiopia, Nepal, India, Indonesia,
Cambodia, Peru, Cuba, China, Brazil, Malaysia, Thailand, North Carolina) or research papers and
reviews, and are written as if an institute, firm or service offered the result as a transferable
technology; several pages are thin (short news items, tag pages, product stubs, journal landing
pages, document-sharing previews such as 123docz, tailieu, scribd, slideshare, studylib) so some
offers add ordinary context around the page's figures, and a few distractor descriptions were
padded with generic sentences. Needs are localised, loose paraphrases of the problem their page
describes; a few needs rest on pages that describe the problem only in general terms (spray
drying explainers, tea-storage advice, a hobby herb-drying blog, a Chinese extraction-tank page, an
OCOP explainer). Several needs share the same few strong answers (GACP guides, HPLC labs,
microbial limits, dryers). One judge graded all pairs.
"""

from holdout45_needs import NEEDS
from holdout45_offers import OFFERS
from holdout45_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout45", NEEDS, OFFERS, S)
