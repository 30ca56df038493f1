"""Blind labelled matching set holdout49: inland freshwater and brackish aquaculture and river fisheries of the
Mekong Delta (Trà Vinh / Vĩnh Long).

Theme and sub-topics: snakehead (cá lóc) grow-out, seed and the move from trash fish to pellets; pangasius (cá tra)
pond wastewater and sludge; climbing perch (cá rô đồng); mud-free eel (lươn) farming; frogs (ếch Thái Lan);
giant freshwater prawn (tôm càng xanh) including prawn in rice fields and hatcheries; rice–fish systems and river
fisheries; pangasius seed and hatcheries; low-cost and home-made feed and small feed machines; fish diseases and
safe drug use (gan thận mủ, antibiotic residues, vaccines); pond water quality and monitoring; river cage culture;
aeration and pond equipment (including solar and off-grid); small household processing (dried snakehead, solar
dryers, fish sauce from field fish); certification (VietGAP, ASC for pangasius).

Distractors (jYo127-jYo156, 30 of 158 offers, about a fifth): marine/brackish whiteleg shrimp (super-intensive,
biofloc, EHP, paddle-wheel energy, VietGAP for shrimp, shrimp–rice with tiger shrimp), mangroves, mud crab seed,
livestock (pig wastewater, biogas, Khmer cattle projects), vegetables and other crops (net houses, drip irrigation
for watermelon, rau nhút, oyster mushroom), seafood/fish-processing factory wastewater, coconut husking and coir
machines, another freshwater species (chạch lấu) and marine fish vaccines. They share words with the needs
(biofloc, wastewater, VietGAP, aerator, drying, Trà Vinh place names) without solving them; 27 are unjudged and 3
are judged grade 1 where they are partly relevant (shrimp biofloc for a biofloc need, shrimp paddle-wheel energy
advice for an aerator electricity-bill need).

Sources: found with the search tool (corpus `pages`) by Vietnamese and English keyword queries per sub-topic; each
need and each offer paraphrases one public page (Vietnamese and English news, provincial and extension pages,
university theses and journal abstracts, institute and NGO pages, vendor pages). 233 distinct pages: 75 behind
needs, 158 behind offers, none shared, so no need paraphrases the page of any of its offers.

Counts: 158 offers (82 vi, 76 en); 75 needs (37 vi, 38 en), 6 of the Vietnamese needs typed without accents
(jYn14, jYn29, jYn40, jYn43, jYn49, jYn63). Needs are written as posts by households, cooperatives and commune
groups with local place names (Trà Cú, Tiểu Cần, Cầu Kè, Càng Long, Cầu Ngang, Châu Thành, Long Hồ, Mang Thít,
Vũng Liêm, Tam Bình, Trà Ôn, Bình Minh, Bình Tân...) even where the paraphrased page is from elsewhere in the delta.

Grading: for each need every offer on the topic and on neighbouring topics was scanned; 2 = the offer would solve
the need, 1 = partly relevant (partial answer or an adjacent step), unlisted = not relevant. Every need has at
least one grade-2 offer; 3-9 judged offers per need (mostly 4-7). 398 judged pairs: 192 grade 2, 206 grade 1.

Language situations (by the languages of grade-2 offers): 19 needs answered only in their own language, 39 partly
in the other language, 17 only in the other language.

Written blind: only tests/data/build/labelled_set.py was read in the repository (a directory listing of
tests/data/build was seen once); no matching code, docs, other sets or benchmarks were looked at.

Caveats: single judge; many pages are from other delta provinces (An Giang, Đồng Tháp, Cần Thơ, Cà Mau, Sóc Trăng,
Đồng Nai) or from abroad (solar dryers in Kenya, Malawi, Sri Lanka; off-grid aeration in the USA; frog farms in
Malaysia and Thailand) and were relocated to Trà Vinh / Vĩnh Long in the needs; some pages are thin (tag pages,
abstracts, document-sharing previews such as 123docz/tailieu, and mirrors of a journal article on unrelated-looking
domains); several offers are written as transferable services built from research abstracts or news, so the
offering organisation is implied by the page rather than quoted; figures are kept from the pages but were not
checked further.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout49_needs import NEEDS
from holdout49_offers import OFFERS
from holdout49_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout49", NEEDS, OFFERS, S)
