"""Blind labelled set holdout173: used cooking oil, animal fats and the products made from them.

Theme. Needs of enterprises, cooperatives, farmers and local agencies in Trà Vinh / Vĩnh Long, offers of institutes,
universities, firms and exchanges, on seven sub-topics: collecting used cooking oil from restaurants, markets, food
factories and households; filtering and refining used oil; small-scale biodiesel production, its glycerin by-product,
quality testing and use in engines; fish fat (tra / basa) and pig / poultry fat rendering at slaughterhouses and
seafood plants; soap, candles and lubricants from waste fats; grease traps and fat in the wastewater of eateries and
slaughterhouses; food safety rules against reusing frying oil (polar compounds, rapid tests, recycled "gutter" oil).

Distractors. 31 offers (oSo134-oSo164, 20 vi / 11 en) come from neighbouring fields and share words with the needs
without solving them: coconut, peanut and sunflower oil production (the main product instead of the waste), mineral
motor-oil recycling, fryers and fryer filtration or "top up 10% fresh oil" tips (the machine, or prolonging reuse,
instead of the collection service), septic-tank pumping, manure biogas, seasoning / calcium / omega-3 products from
fish by-products, aviation-fuel supply, FTIR blend measurement and antioxidant data, straight-vegetable-oil engine
kits, an industrial-park treatment plant, handmade soap from virgin oils, candle wax supply and candle-business
coaching, kitchen design and maintenance, fish-lipid nutrition training. 26 stay unjudged; 5 judgements give a
distractor grade 1 where it is an adjacent step: oSo158 for oSn23, oSo159 for oSn25, oSo144 for oSn55, oSo154 and
oSo161 for oSn74. No distractor has grade 2.

Sources. Found with the search tool, corpus "pages" (58 queries, Vietnamese and English, at least one per sub-topic
and more for need pages and distractors) and "docs" (2 queries; only the two R dataset pages behind oSo158 and
oSo159 were usable, the rest were download-spam gists and unrelated pages). 236 distinct pages: one page per offer (164) and one per need (75), three pages
serving both a need and an offer that is not judged for that need (tyso_japan: oSn11 / oSo016, tractor_b101:
oSn29 / oSo160, vuidap_xuly: oSn73 / oSo144). No need shares its page with one of its grade-2 offers (checked).

Counts. Offers: 164 = 82 vi + 82 en (non-distractors 62 vi + 71 en). Needs: 75 = 37 vi + 38 en; 6 of the vi needs are
typed without accents, as on a phone (oSn05, oSn19, oSn35, oSn55, oSn68, oSn72), and still marked "vi". Judged
pairs: 438 = 206 grade 2 + 232 grade 1; 3-9 judged offers per need (mean 5.8), 1-6 grade-2 offers per need.

Language situations (grade-2 offers only). Own language only: 17 needs (oSn17, oSn18, oSn20, oSn22, oSn24, oSn29,
oSn32, oSn39, oSn40, oSn51, oSn55, oSn56, oSn60, oSn62, oSn65, oSn66, oSn73), about 23%, a little under the quarter
aimed at. Other language only: 8 (oSn08, oSn19, oSn21, oSn23, oSn27, oSn28, oSn31, oSn48). Both languages: 50.
Floors: 17 >= 14 own-language-only and 58 >= 15 not. The shares guided which needs were written; no grade was moved
to reach them.

Blind. Written without any knowledge of the engine: in the repository only tests/data/build/labelled_set.py was read
(for the writer and the row format); no matching code, docs, benchmarks, tests, other labelled sets or make scripts
were read, git was not run, and nothing in the repository was run except this script. Counts were checked with a
throwaway script in /tmp that imports only the three holdout173 lists.

Caveats. One judge, grades not cross-checked; process-transfer offers (oSo031, oSo033, oSo034, oSo042) were given
grade 1, not 2, for do-it-yourself biodiesel needs, a judgement call. Many pages are thin: search excerpts, previews
on document-sharing sites (123docz, scribd, ilovetranslation fragments), short product or news pages; texts keep their
figures but fill in context. No page was about Trà Vinh or Vĩnh Long: all 75 needs paraphrase pages about other
places (Hà Nội, TP.HCM, Cần Thơ, An Giang, Cà Mau, Quảng Ngãi, Hưng Yên, Bắc Giang, Sơn La; and the USA, UK,
Malaysia, Indonesia, India, China, Japan, Albania and others) and are set in the province. Many offers restate
research papers, theses, news items, how-to pages or regulations as services or technology transfer (e.g. oSo031,
oSo057, oSo082, oSo120, oSo125, oSo129). A few pages are in Chinese, French, Indonesian or Thai and were paraphrased
in Vietnamese or English.
"""

import pathlib
import sys

if __name__ == "__main__":
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    from holdout173_needs import NEEDS
    from holdout173_offers import OFFERS
    from holdout173_sources import S
    from labelled_set import write

    write("holdout173", NEEDS, OFFERS, S)
