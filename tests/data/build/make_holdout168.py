"""Blind labelled set holdout168: coconut-shell charcoal, activated carbon and briquettes (Trà Vinh, now Vĩnh Long).

Theme and sub-topics. Technology supply and demand around coconut-shell charcoal and what is made from it, for the
exchange of the Department of Science and Technology of Trà Vinh (now part of Vĩnh Long): carbonisation kilns and
retorts (drum, pit, brick, continuous and rotary furnaces, shell pre-treatment, husk carbonisers, waste-heat use);
smoke and emissions from kilns (measurement, control systems, off-gas burning, condensing smoke to wood vinegar and
tar); activating charcoal with steam (rotary and fluidised-bed activators, pilot testing) and reactivating spent
carbon; grading and testing activated carbon and charcoal (iodine number, ash, moisture, hardness, charcoal and BBQ
briquette standards, GAC breakthrough modelling); briquettes from shell dust, sawdust and rice husk (presses,
extruders, raw-material moisture, drying); binders and presses (cassava/tapioca starch, molasses, clay, roller press,
hand moulds); activated carbon in water filters (household cartridges, well-water tanks, GAC vessels, PAC with
membranes) and air filters (purifiers, scrubbers, cabin filters); export packaging and standards (HS code and papers,
50 kg sacks and labels, jumbo bags, container desiccants, storage and handling of activated carbon); safety of workers
at kilns (respiratory risk by task, CO and PM2.5 exposure, dust, burns, risk assessment, boiler inspection).

Distractors. 36 of the 157 offers (about 23%, a little above a fifth) come from neighbouring fields that share words
with the needs without solving them: copra dryers and copra supply, coir fibre and coco peat, rice-husk biochar for
soils, rice-husk power and gasifiers (including husk-fired brick kilns), coconut harvesting, activated carbon for gold
mining and a Pd/C catalyst (the product's use, not its making or testing), carbon from other feedstocks (durian
shell, nut shells for gold, mai dương, rice husk ash), wood pellets, hookah consumer guides and hardwood
shisha charcoal, coconut shell flour, cookstoves, wood-vinegar uses in farming, and construction-site safety.
Most stay unjudged; 5 are judged, all grade 1 where they are an adjacent step (a small husk-charring oven for husk
charcoal, three wood-vinegar-use offers for a need that wants to sell wood vinegar, a gold-carbon selection guide for
a producer entering the gold market).

Sources. Public pages found with the search tool (corpus pages, one query in docs), in Vietnamese and English, at
least one query per sub-topic (kilns, smoke, steam activation, iodine/ash testing, husk and sawdust briquettes,
binders, water filters, air filters, export packaging and standards, worker safety, plus neighbouring fields).
Vietnamese queries often returned spam, so many Vietnamese items paraphrase English pages and some English items
paraphrase Vietnamese pages. 174 distinct pages: offers use 155 (two pages serve two offers each), needs use 56, 19
of them only for needs. Every item paraphrases one page with its figures kept. No need shares its page with any of
its grade-2 offers; 11 needs share their page with an offer judged 1 for them (oNn09, oNn10, oNn26, oNn40, oNn44,
oNn52, oNn53, oNn55, oNn59, oNn69, oNn70).

Counts. Offers: 157 (80 en, 77 vi). Needs: 75 (38 vi, 37 en); 6 Vietnamese needs are typed without accents (oNn05,
oNn14, oNn32, oNn45, oNn62, oNn68) and marked "vi". Judged pairs: 346 (164 grade 2, 182 grade 1); judged offers per
need 2 to 9, mean 4.6; every need has at least one grade-2 offer; 34 offers are judged for no need (31 of them
distractors).

Language situations (from the grade-2 offers). Answered in their own language only: 23 needs (12 vi, 11 en);
answered only in the other language: 15 (9 vi, 6 en); answered in both: 37. The set thus has 23 needs whose grade-2
offers are all in their own language and 52 that are not. Shares guided which needs were written; no grade was set
to reach them.

Written blind: of the repository only tests/data/build/labelled_set.py was read (no matching code, docs, tests,
benchmarks or other sets).

Place. Almost every need paraphrases a page about another place (Bến Tre kiln villages and exporters, the Mekong
Delta in general, Indonesia, the Philippines, India, Thailand, Cambodia, Nigeria, Brazil, Korea, Europe, the USA) or
a page about no place; each was set in Trà Vinh / Vĩnh Long with the province's place names (Càng Long, Châu Thành,
Cầu Kè, Cầu Ngang, Tiểu Cần, Trà Cú, Duyên Hải, Long Đức, Trà Ôn, Tam Bình, Vũng Liêm, Mang Thít, Long Hồ, Bình
Minh, Vĩnh Long city).

Caveats. One judge, no second opinion. Several pages are thin (a standard's title, a forum post, a news abstract,
a product card), so some offers are short and their grades rest on little text. Needs are set in the province
although their pages describe other places. Many offers restate research results or manufacturers' articles as
services or transfers (universities, institutes, firms), which the pages themselves do not always offer. Graded
"would solve" is judged from the offer text only; prices, availability and fit to local scale were not checked.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout168_needs import NEEDS
from holdout168_offers import OFFERS
from holdout168_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout168", NEEDS, OFFERS, S)
