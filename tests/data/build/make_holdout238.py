"""Blind labelled evaluation set holdout238: fruit tree nurseries and planting material.

Theme. Needs posted by enterprises, cooperatives and farmers in Tra Vinh / Vinh Long (Cau Ke, Tieu Can, Cang Long,
Chau Thanh, Tra Cu, Cau Ngang, Duyen Hai, Long Ho, Mang Thit, Vung Liem, Tam Binh, Tra On, Binh Minh, and Cho Lach,
now in the merged province); offers written as institutes, universities, firms or an exchange would. Sub-topics:
grafting and budding (citrus, pomelo, durian, mango, jackfruit; top-working; air-layering; tapes and tools);
certified and virus-free planting material against citrus greening (certification schemes, clean budwood and
foundation blocks, shoot-tip micrografting, HLB and viroid testing, psyllid-proof screenhouses); tissue and embryo
culture (banana micropropagation, makapuno / dua sap embryo culture, acclimatisation, growth-room lighting);
rootstocks (salt-tolerant citrus, Phytophthora-tolerant durian, flood-tolerant mango); nursery substrates, bags and
pots (coir, bark mixes, air-pruning pots, bag-filling machines, Trichoderma in media); nursery management and
traceability (mother-tree recognition, QR/barcode batch labels, records software, nursery site design).

Distractors. 34 offers (about a fifth) come from neighbouring fields and share words with the needs without solving
them: vegetable grafting, rice and vegetable seeders, orchard care (pruning, girdling, foliar feed, grove HLB and
salinity management, orchard Trichoderma, grove screen houses and tree covers), fruit trading and OCOP fruit,
makapuno processing, ornamental grafting and bonsai, flower and orchid tissue culture, coir for orchids and sprouts,
retail garden-centre SKUs, consumer food QR labels, forestry seed provenance, durian orchard disease research.
10 of them are judged, all grade 1 where they are a real adjacent step; 24 stay unjudged.

Sources. Found with the search tool (corpus pages only; docs was not used), at least one Vietnamese and one
English query per sub-topic, 36 queries in all. Every need and every offer paraphrases one public page (figures
kept, no sentence copied); the sources file holds 198 distinct pages. A page may back several items, but no need
shares its page with one of its grade-2 offers (checked by script). Some offers restate the same page in the other
language (for example a Tra Vinh University makapuno page in English, a psyllid-screen paper in Vietnamese).

Counts. 163 offers: 81 vi, 82 en. 75 needs: 38 vi (6 of them typed without accents: rFn03, rFn11, rFn21, rFn32,
rFn67, rFn73, still marked "vi"), 37 en. 388 judged pairs: 201 grade 2, 187 grade 1; 1 to 8 judged offers per need,
5.2 on average (rFn68, growth-room LEDs, has a single judged offer). Every need has at least one grade-2 offer.

Language situations (by the languages of grade-2 offers). Own language only: 18 needs (9 vi, 9 en), about a quarter.
Other language only: 6 needs (4 vi, 2 en). Both languages: 51 needs. So 57 needs have a grade-2 offer outside their own
language. The both-languages share came out higher than "the rest" needs and the other-only share is small; grades were
not changed for that.

Blind. Written without any knowledge of the matching engine: in the repository only labelled_set.py (writer and
row format) was read; no matching code, docs, tests, benchmarks or other labelled sets.

Caveats. One judge, no second opinion. Several pages are thin (tag pages, stubs, product listings, forum posts,
document previews) and a few offers fill in ordinary practice around the figures such a page gives. Most pages describe
other places (Florida, California, Texas, Belize, Taiwan, Thailand, India, Africa, Ben Tre, Hanoi, Thai Nguyen, Cao
Bang...); the needs written from them are set in the province all the same. Many offers restate research results
(theses, journal papers, extension sheets) as services or technology transfers that their authors may not actually
sell. Grade 1 versus unjudged is the softest boundary, especially for orchard-level offers facing nursery needs.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout238_needs import NEEDS
from holdout238_offers import OFFERS
from holdout238_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout238", NEEDS, OFFERS, S)
