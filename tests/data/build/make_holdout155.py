"""Blind labelled set holdout155: rice wine, distilled spirits, small breweries and wineries (Trà Vinh / Vĩnh Long).

Theme and sub-topics. Needs of enterprises, cooperatives and farmers in Trà Vinh / Vĩnh Long (Châu Thành, Hòa Thuận,
Càng Long, Cầu Kè, Tiểu Cần, Trà Cú, Cầu Ngang, Duyên Hải, Long Hồ, Mang Thít, Vũng Liêm, Tam Bình, Trà Ôn, Bình
Minh, Trà Vinh and Vĩnh Long cities) against offers of institutes, universities, firms and exchanges, on ten
sub-topics: yeast cakes and starters (men lá, men thuốc bắc, defined mould-plus-yeast starters, thermotolerant
yeasts); fermentation control (temperature, pH, cooling, sensors, stuck fermentations); distillation equipment
(multi-fuel and copper pots, thủy thượng stills, reflux / fractionating / hybrid columns, alcoholmeters); methanol
and aldehyde removal and testing (heads cuts, purifiers, carbon polishing, demethanolisation, GC-FID / GC-MS,
colorimetric and portable tests, standard test methods); ageing (clay jars and burial, oak barrels and chips,
ultrasound); fruit wines (dragon fruit, pineapple, coconut water, banana, sparkling wine, wine faults); craft beer
brewing (nano / brewpub systems, yeast and off-flavours, pasteurization, kegs, HACCP, cleaner production); bottling
(fillers, cappers, mobile bottling, oxygen pick-up, bottle washing); labelling and licensing rules (Decree 105/2017
licences, Decree 43/2017 labels, OCOP, US TTB COLA, QR traceability); stillage and spent-grain by-products (pig
feed, VAC models, BIO-HR probiotic, anaerobic / aerobic treatment, spent grain feed and dewatering).

Distractors. 28 offers (about 17% of 165, below the fifth the brief asked for; the shares were not forced) come from
neighbouring fields and share words with the needs without solving them: bread yeast (oAo012), kombucha (oAo013),
vinegar bacteria and vinegar making (oAo014, oAo082, oAo162), absolute and fuel ethanol (oAo032, oAo033, oAo034,
oAo164), essential-oil stills (oAo035, oAo036, oAo142), a coconut wine sold as a product (oAo080), hand sanitizer
(oAo098, oAo099), glass packaging (oAo108), label printing and imported-wine stamps (oAo109, oAo110), beer investment
law for foreign investors (oAo118), livestock biogas, manure and cassava wastewater (oAo138, oAo139, oAo140, oAo141),
domestic wastewater (oAo163), fuel-ethanol DDG (oAo165), a generic food laboratory (oAo047), a high-volume beverage
line (oAo106) and a general ethanol-fermentation course (oAo022). 22 of them stay unjudged; 6 get grade 1 where they
really are an adjacent step (oAo022, oAo047, oAo106, oAo109, oAo110, oAo165); none gets grade 2.

Sources. Pages were found with the search tool, corpus `pages` (52 queries, Vietnamese and English, at least
one per sub-topic: men lá / starter cakes, nhiệt độ lên men / glycol cooling / stuck fermentation, nồi nấu rượu /
pot and reflux stills / alcoholmeters, khử methanol / GC methanol testing / activated carbon, chum sành hạ thổ /
thùng gỗ sồi / ultrasound ageing, vang thanh long / pineapple / banana / vang dừa, bia thủ công / nanobrewery /
pasteurization / keg washing, chiết rót / bottling line, Nghị định 105 / ghi nhãn rượu / OCOP / TTB COLA / QR, bã
rượu nuôi lợn / stillage treatment / spent grain, plus neighbouring fields for distractors); one query in corpus
`docs` gave nothing usable. 170 source keys, 170 distinct pages, all used. Every need and every offer paraphrases
one page (figures kept, no sentence copied); several items share a page, but no need shares its page with one of
its grade-2 offers (43 needs do share their page with a grade-1 offer).

Counts. 165 offers: 84 English, 81 Vietnamese. 76 needs: 39 Vietnamese (6 typed without accents: oAn03, oAn14,
oAn21, oAn29, oAn44, oAn69, marked "vi"), 37 English. 384 judged pairs: 170 grade 2, 214 grade 1. Judged offers per
need 2–9 (median 5, mean 5.1; one need has 2, eight have 3, four have 8 or 9); grade-2 offers per need 1–4.
22 offers stay unjudged, all of them distractors.

Language situations (grade-2 offers only). Own language only: 23 needs (13 vi, 10 en), i.e. about 30%, a little
above the quarter asked for. Other language only: 30 needs (16 vi, 14 en). Both: 23 needs. Floors met (23 needs
answered only in their own language, 53 not). Seven Vietnamese and seven English needs were rewritten in the other
language during drafting to move the own-language share towards a quarter; no grade was changed for the shares.

Blind. Written blind: in the repository only tests/data/build/labelled_set.py was read; no matching code, docs,
benchmarks, tests, other labelled sets or make scripts were read, and the engine was not run.

Caveats. One judge, no second opinion. Many pages are thin (shop pages, student theses, short abstracts, forum
posts) and offers restate research results, theses or how-to articles as services a provider would offer. Only two
pages are about the province itself (làng nghề rượu Xuân Thạnh and the Hai Sang company in Châu Thành, used by
oAn01, oAn15, oAn32, oAn57, oAn67); every other need was written from a page about another place (northern
provinces, Bến Tre, Quảng Nam, Cao Bằng, Bắc Kạn, abroad) or no place, and is set in Trà Vinh / Vĩnh Long. Some needs
are loosely tied to their page (the page gives the situation, the need states the request). Sharing a page with a
grade-1 offer may make that offer look closer to the need than its grade says. Offer texts in Vietnamese written
from English pages (and the reverse) are translations by the writer.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout155_needs import NEEDS
from holdout155_offers import OFFERS
from holdout155_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout155", NEEDS, OFFERS, S)
