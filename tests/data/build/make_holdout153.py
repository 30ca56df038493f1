"""Blind labelled set holdout153: cassava and sweet potato processing (Tra Vinh / Vinh Long).

Theme and sub-topics. Needs posted by enterprises, cooperatives and farmers of Tra Vinh (now part of Vinh Long)
and Vinh Long, offers posted by institutes, universities, firms and technology exchanges, on: fresh-root storage
(cassava curing, burial, bags, trenches; sweet potato curing and cool stores), peeling, washing and grating,
starch extraction, refining and drying (centrifuges, hydrocyclones, flash and chip dryers), flour, noodles and
pearls from starch (HQCF, mien/vermicelli, tapioca pearls, sweet potato flour), chips and snacks (vacuum frying,
de-oiling, extruded and puffed snacks), purple sweet potato products (powder, anthocyanin colour, cookies, drinks),
starch-plant wastewater and biogas, pulp, peels, leaves and vines as feed, and clean planting material (mosaic-free
cassava stakes, rapid multiplication, virus-tested sweet potato vines).

Distractors. nYo131-nYo162 (32 offers, about a fifth; 18 vi, 14 en) come from neighbouring fields and share words
with the needs without solving them: ethanol and E5 fuel from cassava, starch bioplastics, modified-starch plant
investment news, rice noodle and rice-paper lines, pea-starch noodles, tariff notes on tapioca, a starch trade
listing, sweet potato harvesters, potato seed storage, potato in-vitro seed, sweet potato growing and export-market
notes, farm biogas digesters and gensets, UASB for domestic sewage, brewers' grain and coconut-meal feeds, an
agro-waste energy survey. Five are judged, all grade 1 and only as an adjacent step: nYo137 and nYo161 (rice
noodle extrusion line) and nYo156 (pea-starch noodle extrusion) for nYn30, nYo147 (manure co-digestion in farm
digesters) for nYn52, nYo149 (biogas genset sizing) for nYn50. The rest are unjudged.

Sources. Found with the search tool, corpus "pages", about 50 queries in Vietnamese and English, at least one per
sub-topic (storage, peeling/grating, starch and drying, flour/noodles/pearls, chips, purple sweet potato,
wastewater/biogas, feed, planting material, and the neighbouring fields used for distractors); two queries in the
"docs" corpus returned nothing usable. Every need and offer paraphrases one page (figures kept, sentences
rewritten) and records its URL in holdout153_sources.py: 166 distinct pages, 141 behind offers and 67 behind needs
(42 serve both). No need shares its page with any of its grade-2 offers; where an offer from the need's own page is
relevant it is graded 1 at most because that was the honest grade.

Counts. Offers: 162 (82 en, 80 vi). Needs: 75 (37 en, 38 vi), of which 6 Vietnamese needs are typed without
accents and still marked "vi" (nYn03, nYn10, nYn18, nYn26, nYn57, nYn67). Judged pairs: 385, 197 at grade 2 and
188 at grade 1 (grade-2 offers: 106 en, 91 vi). Judged offers per need: 1 to 9, mean 5.1 (one need has 1, one
has 2, four have 3, 21 have 4, 24 have 5, 12 have 6, 6 have 7, 2 have 8, 4 have 9). Grade-2 offers per need: 1 to
6 (14 needs have exactly one). Every need has at least one grade-2 offer. One on-topic offer (nYo054) is unjudged.

Language situations (from the grades, which were never adjusted to reach a share): 14 needs are answered at grade 2
only in their own language (8 en, 6 vi: nYn02, 05, 06, 10, 12, 15, 21, 26, 37, 39, 45, 47, 52, 53); 9 only in the
other language (6 en, 3 vi: nYn13, 30, 35, 36, 38, 43, 51, 54, 74); 52 in both. So 61 needs are not own-language
only. The own-language-only share is about a fifth rather than a quarter; it is left as the grades gave it.

Written blind: in the repository only tests/data/build/labelled_set.py was read (for the writer and row format);
no matching code, docs, benchmarks, tests, other labelled sets or other make_*.py were read, and git was not run.

Caveats.
- One judge; grades are one person's reading of short paraphrases, not of the full pages.
- Many pages are thin (document-sharing previews with only a title or abstract, student theses, news snippets,
  recipe-style pages); offers built on them (e.g. nYo015, nYo037, nYo071, nYo077, nYo086, nYo088, nYo112, nYo124)
  say little beyond the page. Some URLs are mirrors or proxies of journal and Scribd pages.
- Most need pages are about other places and the needs were set in the province: pages from Nigeria, Ghana,
  Mozambique, Kenya, Uganda, East Africa, Thailand, Indonesia, China, Taiwan, Trinidad, Canada and the USA (e.g.
  nYn06-13, 17, 18, 20, 27, 28, 30, 31, 34-37, 43, 49-52, 54, 60-62, 68, 69, 71-74), from other Vietnamese regions
  (Ha Noi, Bac Kan, northern mien villages, Ho Chi Minh City: nYn22, 26, 48, 56, 64) or with no place at all;
  only nYn04, 05, 21, 39, 40 and 41 come from pages about Vinh Long itself.
- Offers often restate research results, theses or extension sheets as if a service were on offer (a university,
  institute or firm "offering" a tested process); the page itself rarely advertises a service.
- Several pages yield an English and a Vietnamese offer with the same content (e.g. nYo004/005, 025/043, 028/045,
  031/044, 047/062, 074/083, 075/082, 077/081, 085/095, 094/096, 100/116, 103/115, 105/114, 119/130), and
  nYo066, nYo067 and the page of nYn33 report the same vacuum-frying study; such twins tend to be graded alike.
- Figures are kept as the pages give them, including unit conventions (quintals per cong, degrees Fahrenheit) and
  some that the pages state loosely.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout153_needs import NEEDS
from holdout153_offers import OFFERS
from holdout153_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout153", NEEDS, OFFERS, S)
