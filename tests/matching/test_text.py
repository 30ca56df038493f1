from matching.glossary import AMBIGUOUS_FOLDED, glossary_entries
from matching.text import Analyzer, Glossary, fold, search_document, stem_en, syllables


def analyzer(**kwargs):
    return Analyzer(Glossary(glossary_entries(), ambiguous_folded=AMBIGUOUS_FOLDED), **kwargs)


def test_folding_is_nfc_case_and_accent_insensitive():
    decomposed = "Sa\u0302\u0301y du\u031b\u0300a"  # "Sấy dừa" typed with combining marks
    assert fold(decomposed) == fold("SẤY DỪA") == fold("sấy dừa") == "say dua"
    assert fold("Đồng bằng") == "dong bang"
    assert syllables("Máy sấy-dừa, 2 tấn/giờ") == ["may", "say", "dua", "2", "tan", "gio"]
    assert search_document("Nước thải") == " nuoc thai "


def test_terms_keep_the_accented_form_beside_the_folded_one():
    terms = analyzer().terms("Sấy dừa")
    assert {"say", "~sấy", "dua", "~dừa"} <= set(terms)
    assert "~say" not in analyzer().terms("say dua")  # typed without accents: folded forms only


def test_adjacent_syllables_form_a_unit():
    assert "nuoc_thai" in analyzer().terms("Hệ thống xử lý nước thải")
    assert "nuoc_thai" not in analyzer().terms("thải ra nước sông")


def test_stop_words_are_dropped_on_the_accented_form():
    terms = analyzer().terms("không khí và khi nào")
    assert "~khí" in terms and "khong_khi" in terms  # khí (air) is a word
    assert "va" not in terms  # và (and) is not
    assert "khi_nao" not in terms


def test_english_is_stemmed_by_snowball_and_vietnamese_is_left_alone():
    assert stem_en("drying") == stem_en("dried") == stem_en("dries") == "dri"
    assert stem_en("dryers") == stem_en("dryer") == "dryer"
    assert stem_en("machines") == stem_en("machine") and stem_en("diseases") == stem_en("disease")
    # lex-1.5's suffix stripper made "trees" the Vietnamese "tre" (bamboo) and "grass" "gras".
    assert stem_en("trees") == "tree" and stem_en("grass") == "grass" and stem_en("bones") == "bone"
    assert stem_en("shipping") == "ship"
    for syllable in ("thuong", "nguon", "truong", "nghieng", "khuyen", "nguoi", "thuy", "chay"):
        assert stem_en(syllable) == syllable
    assert stem_en("nguồn") == "nguồn" and stem_en("co2") == "co2" and stem_en("use") == "use"


def test_round_7_joins_species_and_symptoms_across_the_languages():
    def terms(text):
        return set(analyzer().terms(text))

    assert "@freshwater_prawn" in terms("Sản xuất giống tôm càng xanh") & terms("Giant freshwater prawn hatchery")
    assert "@rice_blast" in terms("lá lúa có vết hình mắt én") & terms("spindle-shaped lesions with grey centres")
    assert "@salt_field" in terms("diêm dân mất trắng ruộng muối") & terms("salt farmers lose their crystallising beds")


def test_the_glossary_gives_both_languages_the_same_concept():
    vi = set(analyzer().terms("Máy sấy cơm dừa"))
    en = set(analyzer().terms("Copra dryer for coconut"))
    assert {"@dry", "@copra", "@coconut"} <= vi & en


def test_an_unaccented_english_word_does_not_become_a_vietnamese_concept():
    # "may" is the folded "máy" (machine) but also an English word: alone, it is not a concept.
    assert "@machine" not in analyzer().terms("It may work")
    assert "@machine" in analyzer().terms("máy")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

WORDS = st.sampled_from(["Sấy", "dừa", "NƯỚC", "thải", "công", "nghệ", "copra", "Dryer", "khí", "và", "2", "tấn/mẻ"])


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=12))
def test_terms_do_not_depend_on_unicode_form_or_case(words):
    import unicodedata

    text = " ".join(words)
    a = analyzer()
    nfd = unicodedata.normalize("NFD", text)
    assert a.terms(nfd) == a.terms(text)
    assert a.terms(text.upper()) == a.terms(text.lower())


def test_a_blocking_phrase_hides_the_glossary_phrases_inside_it():
    # "dry season" is the salinity months, not drying; a dryer named beside it still is.
    assert "@dry" not in analyzer().terms("Wells turn salty every dry season")
    assert "@salinity" in analyzer().terms("Wells turn salty every dry season")
    assert "@dry" in analyzer().terms("A dryer for the dry season")
    assert not [t for t in analyzer().terms("dry season") if t.startswith("@")]


def test_the_integer_terms_block_the_same_phrases():
    from matching.index import make_config
    from matching.scoring import Record
    from matching.terms import query_terms

    a = make_config().analyzer
    for text in ("Wells turn salty every dry season", "A dryer for the dry-season harvest", "dry matter of feed"):
        keys, _tf, _shown = query_terms(a, a.vocabulary, Record("x", text), 1.0)
        integer = sorted(s for s in map(a.vocabulary.string, keys.tolist()) if s.startswith("@"))
        assert integer == sorted({t for t in a.terms(text) if t.startswith("@")})


def test_a_sector_name_the_glossary_holds_adds_the_glossary_concept_only():
    entries = [("fish", ("cá", "fish")), ("sector_fish", ("Thủy sản", "fish")), ("sector_salt", ("Muối", "salt"))]
    analyzer = Analyzer(Glossary(entries))
    # "fish" is a glossary phrase: its evidence counts once, not also as the sector's concept (lex-1.7).
    assert [t for t in analyzer.terms("Fish sauce") if t.startswith("@")] == ["@fish"]
    # A sector name the glossary does not hold still joins its two languages.
    assert "@sector_salt" in analyzer.terms("sea salt") and "@sector_salt" in analyzer.terms("muối biển")
    assert "@sector_fish" in analyzer.terms("nuôi trồng thủy sản")


def test_words_snowball_would_join_with_a_glossary_phrase_of_another_meaning_stay_whole():
    terms = analyzer().terms
    # Agricultural extension is not extensive farming, a production line not a pond liner (lex-1.9).
    assert "@extensive" not in terms("extension officers") and "@extensive" in terms("extensive ponds")
    assert "@liner" not in terms("a bottling line") and "@liner" in terms("HDPE lined ponds")
    assert "@spice" not in terms("the rainy season") and "@spice" in terms("seasoning powder")
    assert "@capacity" not in terms("coconut products")
    assert "@plastic" not in terms("thân dừa chảy nhựa") and "@plastic" in terms("rác thải nhựa")


def test_everyday_words_holding_a_glossary_syllable_add_no_concept():
    terms = analyzer().terms
    assert "@fertiliser" not in terms("phân lập vi khuẩn") and "@fertiliser" in terms("bón phân hữu cơ")
    assert "@sugar" not in terms("hệ vi sinh đường ruột") and "@sugar" in terms("đường hoa dừa")
    assert "@breakwater" not in terms("HTX dừa ở Cầu Kè") and "@breakwater" in terms("xây kè mềm")
    assert "@candy" not in terms("sweet potato prices") and "@sweet_potato" in terms("sweet potato prices")
    # Round 7: fry are not powder, a crab's roe ("gạch") is not brick, tiles are neither brick nor ferment.
    assert "@powder" not in terms("thả cá bột") and "@powder" in terms("bột cá")
    assert "@brick" not in terms("cua gạch xuất khẩu") and "@brick" not in terms("lát gạch men")
    assert "@ferment" not in terms("lát gạch men") and "@brick" in terms("lò gạch thủ công")
    # (and "mua nước" was left out of the drinking-water concept: folded, it is also "mùa nước", the flood season)
    assert "@clean_water" not in terms("mùa nước nổi về sớm")
    # "nhà máy" is a factory, and keeps that concept; it is not a machine.
    assert "@factory" in terms("nhà máy chế biến") and "@machine" not in terms("nhà máy chế biến")


def test_a_vietnamese_phrase_holding_an_english_word_matches_as_the_text_is_analysed():
    # The text's English words are stemmed ("biogas" -> "bioga"); the phrase's are too, in both of its forms
    # (until lex-1.13 such phrases never matched: "hầm biogas", "bán online", "container lạnh").
    entries = [("biogas", ("hầm biogas", "biogas digester")), ("ecommerce", ("bán hàng online",))]
    analyzer = Analyzer(Glossary(entries))
    for text in ("Nước sau hầm biogas còn hôi", "nuoc sau ham biogas con hoi", "Built a biogas digester"):
        assert "@biogas" in analyzer.terms(text), text
    assert "@ecommerce" in analyzer.terms("Hợp tác xã muốn bán hàng online")
    assert "@ecommerce" in analyzer.terms("hop tac xa muon ban hang online")
    # The integer analysis of the index finds the same concepts.
    from matching.index import make_config
    from matching.scoring import Record
    from matching.terms import query_terms

    a = make_config().analyzer
    keys, _tf, _shown = query_terms(a, a.vocabulary, Record("x", "Nước thải sau hầm biogas"), 1.0)
    assert "@biogas" in set(map(a.vocabulary.string, keys.tolist()))


def test_need_and_requirement_are_stop_phrases_but_a_bridge_is_a_word():
    from matching.index import make_config

    a = make_config().analyzer
    terms = a.terms("Nhu cầu xây cầu nông thôn, yêu cầu tải trọng 3 tấn")
    assert terms.count("cau") == 1 and "~cầu" not in terms  # the bridge; not "nhu cầu", not "yêu cầu"
    assert "xay_cau" in terms and "cau_nong" in terms
    assert "yeu" not in terms and "nhu_cau" not in terms and "yeu_cau" not in terms
    assert "cau" not in a.terms("Nhu cau may say, yeu cau 2 tan")  # typed without accents
    assert "cau" in a.terms("cau cang cho tau ca")  # a wharf, typed without accents


def test_the_provinces_place_names_add_no_term():
    from matching.index import make_config

    a = make_config().analyzer
    # Cầu Kè is a district, not an embankment ("kè") or a bridge; Trà Vinh is not tea ("trà") typed without accents.
    assert a.terms("Hợp tác xã ở Cầu Kè, Trà Vinh") == ["hop", "tac", "xa", "hop_tac", "tac_xa"]
    assert not {"cau", "ke", "tra", "vinh"} & set(a.terms("A cooperative in Cau Ke, Tra Vinh (Vinh Long)"))
    assert not {"tra", "vinh"} & set(a.terms("A wharf (cầu cảng) in Tra Vinh"))  # a name written without accents
    # The words of a name still count on their own: tea, an embankment.
    assert {"tra", "@tea"} <= set(a.terms("Trà thảo mộc Vĩnh Long"))
    assert "ke" in a.terms("Kè chống sạt lở bờ sông")


def test_the_places_near_the_province_add_no_term():
    from matching.index import make_config

    a = make_config().analyzer
    # The rest of Vĩnh Long since the merger: Long Hồ is a district, not a pond ("hồ"); Mang Thít is not a network
    # ("mạng") typed without accents.
    assert "ho" not in a.terms("Hợp tác xã ở Long Hồ, Vĩnh Long")
    assert not {"mang", "thit"} & set(a.terms("Co so o Mang Thit can may"))
    # Neighbouring provinces, the region and the country: Cà Mau is not an aubergine ("cà"), Đồng Tháp not a tower.
    terms = a.terms("Viện ở Cần Thơ chuyển giao cho Cà Mau, Đồng Tháp và cả ĐBSCL, miền Nam Việt Nam")
    assert terms == ["vien", "chuyen", "giao", "chuyen_giao"]
    assert not {"mekong", "delta", "vietnam"} & set(a.terms("Proven across the Mekong Delta, Vietnam"))
    # Their words still count on their own: a coffee, a cooling tower, a pond.
    assert {"ca_phe", "thap", "ho"} <= set(a.terms("Cà phê, tháp giải nhiệt và hồ chứa nước"))


def test_an_analyser_without_stop_phrases_keeps_every_word_but_the_stop_words():
    terms = analyzer(stop_phrases=()).terms("Cầu Kè cần cầu nông thôn")
    assert terms.count("cau") == 2 and "ke" in terms
