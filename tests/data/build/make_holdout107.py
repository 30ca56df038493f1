"""Blind labelled set holdout107: pharmacies, traditional medicine and medicinal plants (Trà Vinh / Vĩnh Long).

Theme and sub-topics. Needs and offers on the technology exchange of the Department of Science and Technology of Trà Vinh
(now part of Vĩnh Long): growing medicinal herbs under GACP (certification, EU export, pharma off-take zones, đinh lăng
and cà gai leo seedlings and techniques, tissue culture of xương khỉ, bá bệnh and other medicinal plants, Trichoderma
against root rot, salt-tolerant aromatic crops); drying herbs (small stainless and tray dryers, drying-temperature
optimisation, shed dryers, solar and greenhouse dryers, freeze-drying, electric roasting pans for sao tẩm); extracting
herbs (dry extracts, spray drying incl. closed-cycle nitrogen for ethanol, direct-compression powders, supercritical CO2,
essential-oil stills, rectification, spent lemongrass and extraction residue, curcumin from turmeric-starch residue,
turmeric starch); traditional-medicine hospitals and clinics (automatic decocting-packing machines, concentrated granules
and granule dispensing, automatic herb dispensing, decoction-piece packaging, electro-acupuncture machines, hospital and
clinic software, e-prescriptions, documenting Khmer ethnomedicine and herb gardens); quality testing and authentication
(accredited labs, heavy metals incl. portable XRF, pesticide residues, DNA barcoding, reference standards, natural vs
synthetic curcumin); pharmacy management software (national data link, batch and expiry, chains, barcode POS, drug
interaction checking incl. herbs) and cold storage of medicines (GSP cold rooms, temperature mapping, continuous
monitoring, loggers, SMS alarms, solar direct-drive vaccine fridges, transport monitoring, vial monitors); small
pharmaceutical and health-food makers (tea-bag and capsule machines, GMP upgrade and contract manufacturing, product
declaration, electronic batch records, EU-GMP plant design, lingzhi for OCOP) and traceability (QR, barcodes, blockchain).

Distractors. 31 of the 163 offers (mEo133-mEo163) come from neighbouring fields and share words with the needs without
solving them: paddy, maize, coconut and pepper dryers and a fish solar dryer (vs herb drying), orchid tissue culture,
aroma diffusers (vs distillation), café/restaurant/hotel POS and a veterinary expiry module (vs pharmacy software),
seafood and multi-zone food cold stores, a generic frozen-goods cold-room builder, food cooler boxes, ultra-cold COVID
and tuna containers (vs GSP storage and vaccine cold chain), cosmetics CGMP factories, straw mushrooms, biogas from
straw, piperine nano-dispersion, a grain blockchain, a riverside flora survey, home TENS physiotherapy and cattle feed
from farm leftovers (vs herb by-products). 27 stay unjudged; 4 are judged, all grade 1 where they really are an adjacent
step (5 pairs: the pepper solar dryer for mEn09, TENS for mEn18, the cold-room builder for mEn29, cooler boxes for
mEn47 and mEn69).

Sources. Pages were found with the search tool: 65 queries on corpus `pages` and one on `docs` (pharmacy software, which
gave the open-source pharmacy systems and the veterinary distractor), with at least one Vietnamese and one English query
per sub-topic.
Every need and every offer paraphrases one public page, keeping its figures; 238 distinct pages, one per item (163 offer
pages, 75 need pages), so no page is shared at all and in particular no need shares its page with a grade-2 offer.

Counts. Offers: 163 (82 en, 81 vi), of which 31 distractors. Needs: 75 (38 en, 37 vi); 6 Vietnamese needs are typed
without accents (mEn03, mEn11, mEn28, mEn53, mEn54, mEn55), marked "vi". Judged pairs: 287 (162 grade 2, 125 grade 1).
Judged offers per need: 2 to 7, mean 3.8 (2: 14 needs, 3: 23, 4: 16, 5: 10, 6: 8, 7: 4); every need has at least one
grade-2 offer and every non-distractor offer is judged for at least one need.

Language situations (grade-2 offers only). Answered in their own language only: 22 needs; in the other language only:
21 needs; in both: 32. So 22 needs (floor 14) have all grade-2 offers in their own language and 53 (floor 15) do not.
The own-language-only share came out a little above a quarter (29%); grades were never changed to move it (for example
mEn26 and mEn28 became own-language-only because foreign pharmacy software lacks the Vietnamese national data link and
was graded 1).

Written blind: only tests/data/build/labelled_set.py was read in the repository; no matching code, docs, benchmarks,
tests, other labelled sets or other make_*.py were looked at. Built by this file alone.

Caveats. One judge, no second opinion. Several pages are thin (short product notes, abstracts, title-level pages, a
Chinese forum post, thesis previews on document-sharing mirrors such as 123docz and scribd), so some offers say little
beyond what the page says. Most need pages are about other places (Lào Cai, Quảng Trị, Đắk Lắk, Nghệ An, Thanh Hóa, Lâm
Đồng, Bà Rịa-Vũng Tàu, Cần Giờ, Hà Nội, TP.HCM, Tây Ninh, An Giang, China, India, Malawi, the USA...); each such need is
set in a place of the province (Trà Vinh, Vĩnh Long and former Bến Tre districts) with the page's figures kept, and the
poster's own scale (hectares, kg per batch, capsules per day, number of stores) is invented for the setting. Many offers
restate research (theses, journal articles, reviews, project reports) as a service or technology for transfer, and some
foreign products may not be sold in Vietnam.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout107_needs import NEEDS
from holdout107_offers import OFFERS
from holdout107_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout107", NEEDS, OFFERS, S)
