"""Writes tests/data/matching_holdout71.json: a blind labelled set on meat, egg and milk processing.

Theme. Needs posted by enterprises, cooperatives and farmers of Tra Vinh / Vinh Long (Tra Vinh is now part of
Vinh Long) and offers posted by institutes, universities, firms and technology exchanges, on meat, egg and milk
processing. Sub-topics: small slaughterhouses and veterinary hygiene (layout, slaughter control and stamping,
district planning); small poultry slaughter; sausages and cured products (lap xuong, cha, nem chua, HACCP, vacuum
packing); dried and smoked meat (kho bo, gac bep, jerky, solar and hot-air dryers); egg washing, candling and
grading; egg preservation (oil and chitosan coatings); salted eggs and century eggs; egg powder and eggshell;
milk collection and cooling (collecting centres, bulk and off-grid chillers); milk testing and milking hygiene;
pasteurising; yoghurt and goat milk; cold rooms and refrigerated transport; by-products of slaughter (blood,
bones and fat, feathers, hides and skins, gelatine and collagen, wastewater and biogas).

Distractors. 31 of the 162 offers come from neighbouring fields and share words with the needs without solving
them: egg incubators and hatchery candlers instead of table-egg handling, cheese vats and cheese plants, butter,
condensed milk, a UHT plant and soy-milk sterilisation instead of small pasteurising, vegetable blanching, mung
bean fermentation, shrimp freezing and seafood vacuum bags, tofu cold storage, pig-farm manure biogas and wetlands
instead of slaughterhouse waste, beef-cattle breeding and carcass-quality research, dairy insurance, Israeli
dairying, Murrah buffalo, a coconut-residue prebiotic, fish gelatine, a salt-cured duck recipe, a black soldier fly
nutrient review, a carton-drying lab, a fruit dryer and a solar cooker. 27 stay unjudged; 4 are judged 1 where
they are an adjacent step (a solar fruit dryer for a solar meat-drying need, an incubation candler for a candling
need, a portable cheese plant with a dual-purpose pasteurising vat for two small pasteuriser needs, a cheese-room
hygiene design for a need about opening a yoghurt room). No distractor is judged 2.

Sources. Found with the search tool, corpus "pages": 56 queries, 28 in Vietnamese and 28 in English, at least one
per sub-topic (slaughterhouse hygiene, poultry slaughter, lap xuong, nem chua, dried meat, egg grading and washing,
candling, egg coating, salted and century eggs, egg powder, eggshell, milk collection, milk testing, pasteurising,
yoghurt, goat milk, cold storage and transport, blood, rendering and fat, feathers, hides, gelatine, wastewater and
biogas, plus Tra Vinh / Vinh Long look-ups). Two "docs" queries (one Vietnamese, one English) gave only unrelated
registry and gist pages and supplied nothing. Every need and offer paraphrases one page (figures kept, no sentence
copied) and records its URL in holdout71_sources.py: 229 distinct pages, 161 behind offers and 72 behind needs,
4 of them serving both sides; no need shares its page with one of its grade-2 offers.

Counts. Offers: 162, 81 "vi" and 81 "en". Needs: 75, 37 "vi" and 38 "en"; 6 of the Vietnamese needs are typed
without accents (kUn02, kUn19, kUn26, kUn31, kUn46, kUn55) and marked "vi". Judged pairs: 382, 180 at grade 2 and
202 at grade 1. Judged offers per need: 1 to 10, mean 5.1, median 5 (two needs, the eggshell and freeze-dried goat
milk needs, have a single judged offer because nothing else in the pool touches them).

Language situations (by the language of the grade-2 offers): 20 needs are answered in their own language only
(10 vi, 10 en), 10 only in the other language (5 vi, 5 en) and 45 in both; so 55 needs have a grade-2 offer in the
other language. The own-language-only share is slightly above the quarter aimed at; the grades were set first and
were not moved to reach any share.

Blind. Written without any knowledge of the matching engine: in the repository only
tests/data/build/labelled_set.py was read (for the row format and writer); no matching code, docs, benchmarks,
tests, other labelled sets or other make_*.py were opened, and git was not run.

Caveats. One judge wrote and graded everything. Several pages are thin (tag pages, abstracts, shop or blog pages,
document-sharing previews), so some items rest on a few sentences. Most needs (64 of 75) are written from pages
about other places (Hanoi, Ho Chi Minh City, Dong Nai, Soc Trang, Tien Giang, Hau Giang, Thanh Hoa, Nghe An, Son La,
India, Kenya, Ethiopia, the United States and others) and are set in the province with its place names; only 11
come from pages about Tra Vinh / Vinh Long. Many offers restate research papers, theses, regulations, news items or
extension leaflets as services of an institute, university or firm, which the original authors may not offer.
Grade 1 covers both partial answers and adjacent steps, so its boundary with "not listed" is softer than that of
grade 2.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout71_needs import NEEDS
from holdout71_offers import OFFERS
from holdout71_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout71", NEEDS, OFFERS, S)
