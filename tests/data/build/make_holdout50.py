"""Builds the holdout50 labelled set (tests/data/matching_holdout50.json).

Theme: standards, measurement, quality, intellectual property and productivity services for small and medium
enterprises, cooperatives and OCOP producers of Tra Vinh / Vinh Long. Sub-topics: quality management systems
(ISO 9001); food safety systems (HACCP, ISO 22000, GMP/SSOP); product traceability with QR codes and stamps;
barcodes (GS1); labelling rules (Decrees 43/2017 and 111/2021) and OCOP packaging; self-declaration of conformity
(Decree 15/2018) and testing laboratories; metrology (verification of fuel dispensers, trade and truck scales,
water and electricity meters); trademarks, geographical indications, collective and certification marks; patents
and utility solutions; productivity tools (5S, Kaizen, lean, KPI); energy audits and energy efficiency in small
factories (including kilns and heat pump dryers); e-commerce and digital transformation; start-up incubation.

Distractors (29 of 160 offers, about a fifth): neighbouring fields that share words with the needs without
solving them: coconut machinery (husking, peeling, leaf grinding), coconut food processing recipes (wax coconut jam,
coconut candy, dried coconut), a wax-coconut pollination technique, rice and shrimp-rice farming, wastewater,
biogas and manure management, rooftop solar packages, fuel quality testing, a coal-mine drive system, a tyre-plant
energy study, brand/visual identity design and brand-building, a China market bulletin, a DIY kitchen-scale tip
and two start-up food products. Only 3 distractors are judged (grade 1 each); the rest are unjudged.

Sources: found with the `search` tool (corpus `pages`) in about 40 queries in Vietnamese and English; 230 distinct
public pages (news of Tra Vinh, Vinh Long and other provinces, ministry and agency pages, university pages,
theses and papers, law-firm, consultancy, vendor and laboratory pages). Every item paraphrases one page (offers
are sometimes written in the other language than their page); a few pages feed both a need and a distractor, and
no need shares a page with any of its grade-2 offers.

Counts: 160 offers (81 vi, 79 en; 131 on-topic, 29 distractors); 75 needs (38 vi, 37 en), of which 6 Vietnamese
needs are typed without accents (jZn04, jZn14, jZn31, jZn47, jZn59, jZn73).

Grading: for each need every offer on its topic and neighbouring topics was scanned; 2 = the offer would solve
the need, 1 = partly relevant (partial answer or adjacent step), unlisted = not relevant. 414 judged pairs, 237 of
grade 2 and 177 of grade 1; every need has at least one grade-2 offer, 3 to 8 judged offers per need. Foreign
legal-metrology services (Ireland, Norway, Philippines, US) are graded 1, not 2, for needs that require Vietnamese
statutory verification; GS1 US guidance is graded 1 for Vietnamese producers needing Vietnamese barcodes.

Language situations (by grade-2 offers): 21 needs are answered only in their own language, 3 only in the other
language, 51 in both.

Written blind: only tests/data/build/labelled_set.py was read in the repository (a directory listing of
tests/data/build was seen once while checking that the holdout50 file names were free).

Caveats: a single judge; some pages are thin (title or short excerpt only, e.g. tanquangnhom, daotaotdc,
chungnhanquocgia, tuvanluatvaketoan, dangkybanquyen, luatvietnam 2306, dx82, congbotieuchuansanpham,
luatbacninh, luatsudanang) and the items built on them lean on the title; several offers come from outside the
delta or abroad (Hanoi, Quang Nam, Lam Dong, Hai Phong, Binh Thuan, Bac Giang, Ireland, Norway, Philippines, US,
India, Morocco, Peru), presented as transferable services; the local settings, counts of staff, hectares or
products added to some needs are illustrative, while figures taken from the pages are kept; one page is in Hindi
(GS1 US barcode steps) and was paraphrased into English; Tra Vinh merged into Vinh Long in 2025, so both names
appear.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout50_needs import NEEDS
from holdout50_offers import OFFERS
from holdout50_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout50", NEEDS, OFFERS, S)
