"""Blind labelled evaluation set holdout124: street food, food carts and small eateries (Trà Vinh / Vĩnh Long).

Theme and sub-topics. Needs posted by vendors, household eateries, cooperatives, market boards and associations in
the province (Trà Vinh city, Càng Long, Cầu Kè, Tiểu Cần, Châu Thành, Cầu Ngang, Trà Cú, Duyên Hải / Ba Động,
Vĩnh Long city, Bình Minh, Long Hồ, Mang Thít, Vũng Liêm, Trà Ôn, Tam Bình); offers written as institutes,
universities, firms or a technology exchange would. Sub-topics and needs per sub-topic:
  1. cart and kiosk design, including solar power for carts (mVn01–mVn11, 11 needs);
  2. food hygiene and safe water for vendors: hand washing, ice, water treatment, cold holding, dishwashing,
     frying-oil quality, used oil and grease (mVn12–mVn27, 16);
  3. cooking gas safety: LPG cylinders, mini canisters, leak detection, ventilation/CO, coal-stove and induction
     alternatives (mVn28–mVn40, 13);
  4. disposable and reusable packaging: bagasse boxes, natural straws, banana leaf, paper bags, deposit systems,
     plastic rules (mVn41–mVn52, 12);
  5. mobile payment (mVn53–mVn60, 8) and delivery apps (mVn61–mVn65, 5);
  6. training and licensing: permits, food-safety certificates, commissaries, food-handler and cooking courses,
     safe-street-food models (mVn66–mVn75, 10).

Distractors. 32 of the 156 offers (about a fifth; 17 en, 15 vi) come from neighbouring fields and share words with
the needs without solving them: motorised food-truck factories instead of carts, LPG bulk tanks, floating LPG
storage, tanker transport and petroleum-depot standards instead of cylinder safety at a stall, municipal water
treatment research, an ammonium-disinfection thesis, biodiesel catalyst and jet-fuel refining instead of oil
handling at the shop, hotel three-compartment sinks and school parts-washing sinks, a camping hand washer and
event hand-wash trailers, an industrial gas-sensor line and a bare MQ-2 sensor module, an industrial kitchen gas
service, a beverage production line and a bottle deposit-return scheme, a billiards-hall POS source code, full
restaurant software, an essay on QR payment in China, consumer ordering-habit research, a driver fare notice, a
culinary-culture textbook, a chef college, food-tour permits, a restaurant-concept explainer and a solar market
container idea. 13 of them are judged, all grade 1 where they are a real adjacent step (16 judgements); 19 stay
unjudged.

Sources. Pages were found with the search tool, corpus `pages` (and `docs` for VietQR, MQ-2 sensors, packaging and
mobile-unit requirements), in Vietnamese and English, at least one query per sub-topic (e.g. "xe đẩy bán hàng rong
thiết kế inox", "food cart design street vendor stainless steel", "an toàn bình gas khí hóa lỏng quán ăn", "LPG
cylinder safety restaurant kitchen leak", "ống hút cỏ bàng hộp bã mía", "reusable takeaway container deposit
scheme", "thanh toán QR code người bán hàng rong", "food delivery app commission small restaurants", "mobile food
vending license health permit commissary", "nước đá bẩn coliform", "cooking oil tester total polar materials").
Every need and every offer paraphrases one page (figures kept, no sentence copied) and records its URL in
holdout124_sources.py: 222 distinct pages, 156 behind the offers (one each) and 66 behind the needs (8 of them
serve two or three needs); no page is shared between an offer and a need, so no need shares its page with any of its
grade-2 offers.

Counts. Offers: 156 (78 en, 78 vi). Needs: 75 (37 en, 38 vi), of which 6 Vietnamese needs are typed without
accents as on a phone (mVn03, mVn20, mVn34, mVn51, mVn57, mVn75), still marked "vi". Judged pairs: 309, 162 at
grade 2 and 147 at grade 1. Judged offers per need: 1–8, mean 4.1 (3 needs with 1, 7 with 2, 18 with 3, 21 with 4,
12 with 5, 7 with 6, 4 with 7, 3 with 8); every need has at least one grade-2 offer (22 needs have exactly one).
Cross-language judgements: 76 of the 162 grade-2 pairs and 77 of the 147 grade-1 pairs link a need and an offer in
different languages.

Language situations (by the languages of each need's grade-2 offers):
  - answered in its own language only: 20 needs (11 vi, 9 en);
  - answered in the other language only: 14 needs (6 vi answered only in English, 8 en answered only in
    Vietnamese);
  - answered in both languages: 41 needs.
So 20 needs have all their grade-2 offers in their own language and 55 do not (floors 14 and 15 met). The own-
language share (20 of 75, 27 %) is close to the quarter aimed at; the grades were set first and never moved to
reach a share.

Written blind: only tests/data/build/labelled_set.py was read in the repository; no matching code, docs,
benchmarks, tests, other labelled sets or other make scripts were read, and git was not run. The counts above were
checked with a throwaway script in /tmp that read only these five files.

Caveats.
  - One judge, no second opinion; grade 1 versus unlisted is the least stable call.
  - Thin pages: several sources are tag or title pages with a line of text (e.g. legal-consultancy tags on
    food-safety certificates, the fee circular, a paper-bag printer, a nylon-bag price tag, a POS forum post, a
    GrabFood driver-fare notice); items written from them are short and lean on the title.
  - Places outside the province: almost no page is about Trà Vinh or Vĩnh Long. Needs written from pages about
    Hà Nội, Ho Chi Minh City, Quảng Trị, Quảng Bình, Đồng Nai, Ninh Bình, Bình Thuận, Hà Tĩnh, Chiang Mai,
    Indian cities and US counties are set in a named place of the province; their figures (e.g. 80 % of ice
    plants failing, one litre of waste oil polluting a million litres of water, 20–30 % app commissions) are
    kept but transplanted.
  - Offers restating research or news as services: e.g. the ice-contamination surveys (Quảng Bình, Hà Nội), the
    senior-vendor QR study (CityU), the UTAUT street-vendor survey, the Albanian waste-oil network, the Vendor
    student app, the Foody/Now case study, the NYC solar-cart pilot and the Live & Learn coal-stove programme are
    written as offers of testing, design, training or consulting that the page itself does not sell.
  - Several offers come from foreign suppliers or regulators (US county health departments, SafeWork NSW,
    European deposit schemes); they are graded on whether their content solves the need, not on availability in
    the province.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout124_needs import NEEDS
from holdout124_offers import OFFERS
from holdout124_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout124", NEEDS, OFFERS, S)
