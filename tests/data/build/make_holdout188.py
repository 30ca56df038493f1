"""Blind labelled evaluation set holdout188: sugarcane growing and small sugar mills (Trà Vinh / Vĩnh Long).

Theme and sub-topics: cane varieties for saline and acid-sulphate soils and clean seed cane (hot-water treatment,
seedcane nurseries); mechanised planting, fertilising and harvesting (planters, chopper harvesters, loaders, ratoon care,
irrigation); pests (stem borers, white grubs, termites) and weeds; small mills making jaggery, brown sugar, rock/slab sugar
and syrup; cane-juice stalls and bottled cane juice (hygiene, microbiology, pasteurisation, HPP, shelf life); bagasse as
boiler fuel, tableware and paper; molasses, vinasse and filter-mud compost; contracts and cane payment between growers and
sugar factories. Needs are set in the province and written as an enterprise, cooperative or farmer would post them;
offers as an institute, university, firm or technology exchange would.

Distractors: 31 of the 165 offers come from neighbouring fields and share words with the needs without solving them
(salt-tolerant rice, banana and medicinal-plant tissue culture, saline rice-soil restoration, Bt-cane lab research, a
cane health-benefit page, two harvester/harvest-season explainers, a pesticide sprayer, coffee fertilising, a foliar booster, a sugarcane chatbot model and Q&A dataset,
palm sugar, molasses sold to fish farmers, generic beverage lines, an artichoke drink, home juice-storage tips, paper
packaging, 30 MW-scale cogeneration, brewery sludge, biogas, brewers' grains, coconut-meal prebiotic, beet vinasse,
generic compost, bagasse feed, an ATIGA policy piece). Most stay unjudged; 8 are judged, all grade 1, where they are a
real adjacent step (e.g. large-mill cogeneration for a cogeneration study, generic compost for filter-mud composting).

Sources: found with the search tool, corpus "pages" (28 queries, Vietnamese and English, at least one per
sub-topic) and one "docs" query; 163 distinct public pages in holdout188_sources.py. Every need and offer paraphrases
one page (figures kept, no sentence copied). A page may serve several items (some pages give one Vietnamese and one
English offer from different angles), but no need shares its page with any of its grade-2 offers.

Counts: 165 offers (81 vi, 84 en); 76 needs (38 vi, 38 en), 6 of the Vietnamese needs typed without accents
(pHn05, 13, 23, 44, 54, 64), marked "vi". Judged pairs: 374 (193 grade 2, 181 grade 1); 2–9 judged offers per need,
mean 4.9; every need has at least one grade-2 offer.

Language situations (by the language of each need's grade-2 offers): own language only 22 needs (10 vi: 13 15 17 28 30
33 39 44 66 67; 12 en: 14 24 27 32 36 48 53 55 59 61 74 76); other language only 17 (8 vi: 01 19 25 26 37 38 45 54;
9 en: 10 16 18 20 46 47 56 72 75); both languages 37. Own-only is 29%, a little above the quarter aimed at; the shares
came out of the grades, which were never changed to reach them.

Written blind: in the repository only tests/data/build/labelled_set.py was read (no matching code, docs, benchmarks,
tests, other labelled sets or make scripts), and git was not run.

Caveats: one judge, no second opinion on grades. Several pages are thin (tag pages, abstracts, forum posts, shop pages),
so some items rest on a few sentences. Many need pages are about other places (Sóc Trăng, Hậu Giang, Tây Ninh, Nghệ An,
Thanh Hóa, Quảng Ngãi, Khánh Hòa, India, Pakistan, Brazil, Malaysia, Kenya, Australia...) and were set in the province;
needs from such pages say so only by their place names. Many offers restate research papers, reviews or news as
services an institute or firm could provide. Some clusters are one-language heavy (HWT, Metarhizium, tableware
machinery in English; pest extension, jaggery crafts, filter-mud compost in Vietnamese), which drives the own-only share.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout188_needs import NEEDS
from holdout188_offers import OFFERS
from holdout188_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout188", NEEDS, OFFERS, S)
