"""Blind labelled set holdout154: tofu, soy milk, bean sprouts and small soybean and bean products.

Theme and sub-topics. Needs posted by tofu, soy-milk, chao and tofu-skin workshops, sprout growers, pig and
fish farmers and cooperatives in Trà Vinh / Vĩnh Long; offers from institutes, universities, equipment and
ingredient firms and technology exchanges. Sub-topics: soaking, dehulling and wet grinding; soy-milk cooking,
foaming, beany flavour, pasteurisation/UHT and bottling; coagulants (gypsum, nigari/MgCl2, CaCl2, GDL, sour
whey, chitosan, optimum dose, food-grade supply); tofu pressing, frying, packaging, in-pack pasteurisation and
natural preservation; bean-sprout growing without growth chemicals (stress method, irrigation, seed
disinfection, microbial testing, hygiene codes, seed storage, post-harvest packaging); okara by-products
(drying, dewatering, pig-feed ensiling, tempe-type fermentation, bakery flour, black soldier fly, compost);
hygiene, HACCP/GMP and shelf life; small-workshop wastewater, whey reuse and biogas; other small soybean
products (tofu skin/tàu hủ ky, chao, tương hạt, soy yoghurt) and raw-bean storage.

Distractors. 35 of the 159 offers come from neighbouring fields and share words with the needs without solving
them: soybean-oil expelling and refining, oil meal, fermented soybean meal and soy hulls as feed, soy protein
isolate plants, soybean / edamame / mung bean cultivation, soy sauce and soybean "fish sauce", dairy milk
pasteurisation, cashew milk, plant-milk factory feasibility studies, dairy, domestic, slaughterhouse and
cassava-starch wastewater, manure biogas with water hyacinth, coconut-residue prebiotics, garlic pig tonic,
hydroponic controllers, household sprouter gadgets and kitchen tofu presses, stinky tofu, rice-husk power,
industrial pneumatic dehullers, a pod husker and a mung-bean retailer (nZo067, nZo068, nZo097, nZo106,
nZo109-nZo133, nZo149, nZo151, nZo152, nZo154, nZo158, nZo159). Most stay unjudged; two are judged as adjacent
steps, 3 judgements in all, all grade 1 (nZo109 cold store for bean seed, twice; nZo149 rice-husk energy, once).

Sources. Pages were found with the search tool (corpus "pages"), with Vietnamese and English queries for every
sub-topic (e.g. "quy trình sản xuất đậu phụ ngâm xay", "tofu coagulant nigari calcium sulfate", "làm giá đỗ
sạch không dùng hóa chất", "mung bean sprouts seed disinfection", "okara drying", "tofu wastewater anaerobic",
"thanh trùng sữa đậu nành", "tofu shelf life chitosan", "soy milk foaming defoamer"). Each need and each offer
paraphrases one page (figures kept, no sentence copied); holdout154_sources.py holds 166 distinct pages, all
used. No need shares its page with one of its grade-2 offers (a few needs share a page with a grade-1 offer).

Counts. 159 offers: 80 en, 79 vi. 75 needs: 39 en, 36 vi, of which 6 vi needs are typed without accents
(nZn11, nZn15, nZn22, nZn26, nZn35, nZn72). 347 judged pairs: 153 grade 2, 194 grade 1. Judged offers per need:
1 to 9, mean 4.6, median 4; every need has at least one grade-2 offer; 124 of the 159 offers are judged at
least once.

Language situations (by the language of the grade-2 offers). Own language only: 29 needs (14 en, 15 vi).
Other language only: 11 needs (4 en, 7 vi). Both languages: 35 needs (21 en, 14 vi). So 46 needs have some
grade-2 offer outside their own language. The own-language-only share came out near two fifths rather than a
quarter; grades were set by judgement alone and were not moved to reach any share.

Written blind: in the repository only tests/data/build/labelled_set.py was read; no matching code, docs,
benchmarks, tests, other labelled sets or make scripts were opened, and git was not run.

Caveats. One judge, no second opinion. Several pages are thin (how-to blogs, shelf-life Q&A sites, document
previews, abstracts, patent front pages), so some offers are short. Nearly all needs paraphrase pages about
other places or about no place and were set in the province: Hà Nội, Hưng Yên (Viên Tiêu bún-đậu village),
Ho Chi Minh City, Thái Nguyên, China, Taiwan, Japan, Korea, Indonesia, Malaysia, Thailand, Singapore, the
Netherlands, the Czech Republic, the UK, the US and Canada; only nZn41 (Mỹ Hòa tofu-skin village, Bình Minh)
and the tàu hủ ky offer nZo050 come from a page about the province itself. Many offers restate published
research, theses or student reports as if they were services on offer, and some equipment offers restate
design studies. Grade 1 versus 2 is a judgement about whether the offer alone would solve the posted need.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout154_needs import NEEDS
from holdout154_offers import OFFERS
from holdout154_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout154", NEEDS, OFFERS, S)
