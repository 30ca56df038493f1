"""Holdout set 95: creative and business services for small firms in Trà Vinh / Vĩnh Long.

Theme and sub-topics. Needs posted by enterprises, cooperatives, household businesses and farmers of the province
(Trà Vinh, now part of Vĩnh Long together with the former Bến Tre; place names such as Châu Thành, Cầu Ngang,
Cầu Kè, Tiểu Cần, Càng Long, Trà Cú, Duyên Hải, Ba Động, Long Hồ, Mang Thít, Vũng Liêm, Trà Ôn, Bình Minh,
Tam Bình, Mỏ Cày, Chợ Lách, Giồng Trôm, Ba Tri, Thạnh Phú) and offers from firms, universities, provincial
agencies and programmes, in thirteen clusters: label printing, barcodes and traceability stamps; packaging and
brand design for OCOP products (gift boxes, trademarks, bilingual labels); packaging print; product and food
photography; promotional video, short video and livestream selling; websites (build, hosting, maintenance);
social-media management and e-commerce onboarding; events (openings, congresses, year-end parties, stage AV,
backdrops and banners); weddings (planning, home decoration, invitations, pre-wedding photo and video);
trade-fair stands (design-build, portable and rental stands, first-exhibitor advice, fair funding); signage and
LED advertising (channel letters, lightboxes, outdoor LED screens, advertising-law permits); translation and
interpreting (notarised translation, fair and Korean interpreters, simultaneous interpreting with equipment,
Khmer translation, web-shop localisation); copywriting, SEO content, company profiles and e-catalogues.

Distractors. 32 of the 163 offers (about a fifth) come from neighbouring fields and share words with the needs
without solving them: packaging machines and materials instead of packaging design (lSo026-lSo030), the product
instead of the service (coconut candy lSo031, waxy coconut and seedlings lSo032, pottery lSo162), barcode
printers, label paper and GS1 registration instead of label printing (lSo009-lSo011), food-label rules and
provincial grants instead of design (lSo024, lSo025), a flower field for photo shoots (lSo043), hosting only
(lSo063), books on Facebook ads (lSo077, lSo078), event-contract advice and fixed AV installation or PA guides
(lSo082, lSo087, lSo163), booth space instead of a stand (lSo109), LED lighting for dragon fruit and
chrysanthemums, an LED-matrix circuit and farm-LED research (lSo123-lSo127), Khmer and Korean language courses
or training research (lSo141, lSo142, lSo145) and machine-translation APIs (lSo143, lSo144, lSo161). Most stay
unjudged; 9 of them are judged, all with grade 1 where they are a real adjacent step (17 pairs), e.g. GS1
registration before barcode labels, hosting for a website, a flower field as a pre-wedding photo location.

Sources. Public pages were found with the search tool (corpus pages), with Vietnamese and English queries, at
least one per sub-topic (about 50 queries: OCOP labels and packaging, label printing, product and food
photography, promotional video and livestream, website cost, fanpage and social-media management, event and
wedding services, trade-show booths, signage and outdoor LED, notarised translation and interpreters, SEO
copywriting and e-catalogues, plus Trà Vinh / Vĩnh Long / Bến Tre pages on OCOP support, Ok Om Bok, waxy coconut,
Mang Thít red pottery and coconut candy). Every need and every offer paraphrases one page, figures kept; the 238
items use 208 distinct pages (S has 208 keys, all used). No need shares its page with any of its grade-2 offers.

Counts. Offers: 163 (82 vi, 81 en). Needs: 75 (39 vi, 36 en); 6 of the Vietnamese needs are typed without
accents (lSn03, lSn16, lSn25, lSn43, lSn57, lSn70) and are marked "vi". Judged pairs: 360 (197 grade 2,
163 grade 1). Judged offers per need: 1 to 9, mean 4.8; every need has at least one grade-2 offer.

Language situations (grade-2 offers). Own language only: 22 needs (29%, a little above the "about a quarter"
aimed at, because many event, wedding and notarised-translation offers exist only in Vietnamese and the grades
were not changed to move the share). Other language only: 17 needs. Both languages: 36 needs. The floors hold:
22 needs (>= 14) have all grade-2 offers in their own language and 53 (>= 15) do not.

Written blind: of the repository only tests/data/build/labelled_set.py (the writer and the row format) was read;
no matching code, docs, benchmarks, tests, other labelled sets or other make_*.py were opened, and no git command
was run.

Caveats. One judge wrote and graded everything. Some pages are thin (a short blog post or a product blurb:
lSo005, lSo006, lSo097, lSn06, lSn17), so offers stay general. 51 of the 75 needs are written from pages about
other places (provinces such as Nghệ An, Thanh Hóa, Điện Biên, Tiền Giang, Sóc Trăng, Hà Nội, or places
abroad) or about no place at all, and are set in the province; small details such as product types and
district names are added, page figures are kept. Several offers restate news, programmes or research as services
(the TVU language school as translation support lSo140, the brand and technology space lSo020, provincial TV
features lSo053, livestream programmes lSo050-lSo052, the Trà Vinh support schemes lSo075 and lSo108, research on
farm LEDs lSo127), and some offers are written in one language from a page in the other. Generic interpreter
agencies whose languages are not stated are graded 1 for Korean-interpreting needs.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout95_needs import NEEDS
from holdout95_offers import OFFERS
from holdout95_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout95", NEEDS, OFFERS, S)
