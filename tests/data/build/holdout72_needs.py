"""Needs of the holdout72 labelled set: (id, language, source key, title, description, {offer id: grade}).

Each need paraphrases the public page under its source key (see holdout72_sources.py) and is set in Tra Vinh /
Vinh Long. Grades: 2 = would solve the need, 1 = partly relevant or an adjacent step; unlisted = not relevant.
"""

NEEDS = [
    # --- tissue culture and clean seedlings ---
    (
        "kVn01",
        "vi",
        "n_agriinfo",
        "Cần cây chuối giống cấy mô sạch bệnh cho 20 ha",
        "Hợp tác xã ở Càng Long muốn chuyển 20 ha sang chuối trồng bằng cây cấy mô để tăng năng suất như nông dân nhiều nơi "
        "đang làm. Cần nguồn cây con cấy mô đã huấn luyện hoặc chuyển giao quy trình nhân giống trong phòng thí nghiệm và "
        "nhà lưới.",
        {"kVo002": 2, "kVo003": 2, "kVo004": 2, "kVo009": 2, "kVo001": 1},
    ),
    (
        "kVn02",
        "en",
        "n_phalcare",
        "Heavy losses when moving tissue-cultured Phalaenopsis out of the flask",
        "Our orchid farm in Tieu Can buys Phalaenopsis plantlets in flasks, but many rot or stall after deflasking in hot, "
        "humid weather. We need a proven post-in-vitro growing procedure that raises survival of young plants.",
        {"kVo006": 2, "kVo014": 1, "kVo001": 1},
    ),
    (
        "kVn03",
        "vi",
        "n_bitsathy",
        "Muốn lập phòng nuôi cấy mô nhỏ để tự nhân giống lan hồ điệp",
        "Cơ sở hoa lan ở Long Hồ muốn tự làm phòng nuôi cấy mô: chuẩn bị môi trường dinh dưỡng nhân tạo, cấy trong điều "
        "kiện vô trùng và nuôi cây con thay vì mua cây từ nơi khác. Cần quy trình chi tiết cho lan hồ điệp và hướng dẫn vận hành.",
        {"kVo014": 2, "kVo005": 1, "kVo016": 1, "kVo012": 1, "kVo011": 1},
    ),
    (
        "kVn04",
        "en",
        "n_tis_review",
        "Scaling up orchid plantlet output without more agar and labour",
        "A small provincial lab in Tra Vinh multiplies orchids on semi-solid medium in jars; labour and agar costs limit "
        "output. We want to move to liquid or temporary-immersion culture and need a system and know-how to set it up.",
        {"kVo011": 2, "kVo010": 2, "kVo012": 2, "kVo005": 1},
    ),
    (
        "kVn05",
        "vi",
        "n_dendro_cf",
        "Cần cây giống lan Dendrobium cấy mô đồng đều",
        "Hợp tác xã trồng lan ở Cầu Kè mở rộng diện tích lan hoàng thảo (Dendrobium) nhưng cây giống mua trôi nổi không đồng "
        "đều. Cần nguồn cây con cấy mô chất lượng hoặc quy trình in vitro để tự nhân giống.",
        {"kVo005": 2, "kVo015": 2, "kVo011": 1, "kVo014": 1},
    ),
    (
        "kVn06",
        "vi",
        "n_rwanda",
        "Vuon chuoi bi benh chun ngon, can giong sach benh",
        "Vuon chuoi cua nha o Tra Cu bi benh chun ngon va heo ru, trong lai bang cay con lay tu goc cu thi benh lai tai phat. "
        "Can mua cay chuoi cay mo sach benh hoac co noi huong dan nhan giong sach benh cho ca xa.",
        {"kVo004": 2, "kVo002": 2, "kVo003": 2, "kVo009": 1},
    ),
    (
        "kVn07",
        "en",
        "n_greening_hp",
        "Greening-free pomelo mother plants for our nursery",
        "Nurseries in Binh Minh keep losing pomelo and mandarin stock to greening carried in budwood. We want clean mother "
        "plants produced by shoot-tip micrografting and a screened system to keep them clean.",
        {"kVo008": 2, "kVo013": 2, "kVo081": 1, "kVo090": 1},
    ),
    (
        "kVn08",
        "en",
        "n_vcci_orchid",
        "Mass propagation of a rare native terrestrial orchid",
        "An orchid club in Tra Vinh wants to grow a scarce local terrestrial orchid commercially instead of collecting it "
        "from the wild, which is emptying forests. We need a tissue culture protocol for rapid multiplication.",
        {"kVo007": 2, "kVo005": 1, "kVo001": 1, "kVo011": 1},
    ),
    (
        "kVn66",
        "vi",
        "n_thanhhoa_lan",
        "Cần cây giống lan hồ điệp số lượng lớn cho nhà màng",
        "Trang trại ở phường Long Đức (Trà Vinh) chuẩn bị nhà màng cho khoảng 40.000 chậu lan hồ điệp, cây được nuôi từ cây "
        "con khoảng 16 tháng. Cần nhà cung cấp cây con hồ điệp ổn định, giao theo đơn quanh năm.",
        {"kVo015": 2, "kVo014": 1, "kVo006": 1},
    ),
    (
        "kVn67",
        "en",
        "n_slideshare",
        "Cheaper culture medium for orchid tissue culture",
        "Our small lab in Cang Long loses money on imported media and agar. We are looking for a simpler orchid medium "
        "using local inputs such as coconut water, or a liquid system that needs less gelling agent.",
        {"kVo005": 2, "kVo012": 2, "kVo016": 1},
    ),
    (
        "kVn73",
        "vi",
        "n_virascience",
        "Chuyển giao quy trình nhân giống chuối cấy mô cho hợp tác xã",
        "Hợp tác xã ở Tiểu Cần muốn tự sản xuất cây chuối giống: tách mẫu, khử trùng, nuôi trên môi trường nhân tạo vô trùng "
        "rồi đưa ra trồng. Cần đơn vị chuyển giao quy trình và đào tạo kỹ thuật viên.",
        {"kVo009": 2, "kVo004": 2, "kVo003": 2, "kVo001": 1},
    ),
    (
        "kVn75",
        "en",
        "n_agriinfo",
        "Shade house for hardening tissue-cultured banana plantlets",
        "A Cang Long cooperative will receive banana plantlets from a lab and must harden them before field planting. We "
        "need a hardening scheme (greenhouse then shade house) or hardened plantlets ready to plant.",
        {"kVo003": 2, "kVo002": 2, "kVo033": 1},
    ),
    # --- grafting and rootstocks ---
    (
        "kVn09",
        "vi",
        "n_durian_seed",
        "Thiếu hạt làm gốc ghép sầu riêng",
        "Vườn ươm ở Tam Bình thiếu hạt sầu riêng để làm gốc ghép, phải mua trái rụng non nên gốc yếu. Cần nguồn cây ghép gốc "
        "khỏe hoặc kỹ thuật nhân gốc ghép và ghép sầu riêng chủ động hơn.",
        {"kVo020": 2, "kVo022": 2, "kVo023": 2, "kVo027": 1},
    ),
    (
        "kVn10",
        "en",
        "n_durian_frost",
        "Durian seedlings that withstand Phytophthora and wind",
        "Durian has shallow roots; our Long Ho orchard lost trees to root rot and storms. We want grafted seedlings on "
        "stronger rootstocks, ideally with extra roots, and training for our own grafting team.",
        {"kVo020": 2, "kVo023": 2, "kVo021": 1, "kVo022": 1},
    ),
    (
        "kVn11",
        "vi",
        "n_camcanh_vnx",
        "Ghép cải tạo vườn bưởi già sang cam",
        "Vườn bưởi ở Tiểu Cần đã già, định phá bỏ; thấy nơi khác ghép cam lên gốc bưởi thành công nên muốn giữ gốc để ghép. "
        "Cần kỹ thuật ghép cam, quýt trên gốc bưởi và thời điểm ghép phù hợp.",
        {"kVo026": 2, "kVo019": 1, "kVo017": 1, "kVo027": 1},
    ),
    (
        "kVn12",
        "en",
        "n_treehelp",
        "Grafting technique for pomelo seedlings",
        "Our nursery in Chau Thanh (Tra Vinh) sells seedling pomelos that are thorny and slow to bear. We want to switch to "
        "grafted trees and need training on scion and rootstock choice and the best grafting season.",
        {"kVo017": 2, "kVo019": 1, "kVo027": 1, "kVo018": 1},
    ),
    (
        "kVn13",
        "vi",
        "n_mai_care",
        "Can ky thuat ghep mai vang cho kip Tet",
        "Nha vuon o Mang Thit trong mai vang tren dat cao, muon nhan giong vo tinh bang ghep de co cay dep, nhieu canh ban "
        "Tet. Can nguoi huong dan ghep mai va chon goc ghep.",
        {"kVo024": 2, "kVo025": 2, "kVo027": 1},
    ),
    (
        "kVn14",
        "en",
        "n_10qua",
        "Multi-fruit ornamental trees for Tết sales",
        "A Long Ho garden wants to sell potted pomelo trees carrying several kinds of citrus fruit that ripen together for "
        "Tết, priced from VND 1.5 to 10 million. We need the grafting and timing know-how.",
        {"kVo026": 2, "kVo025": 1},
    ),
    (
        "kVn15",
        "vi",
        "n_pua_citrus",
        "Cần gốc ghép cây có múi sạch bệnh sản xuất trong nhà lưới",
        "Cơ sở giống ở Trà Ôn muốn sản xuất gốc ghép và cây ghép có múi trong chậu, trong nhà lưới để tránh rầy và tuyến "
        "trùng. Cần thiết kế vườn ươm và nguồn vật liệu sạch bệnh.",
        {"kVo018": 2, "kVo013": 2, "kVo082": 1, "kVo084": 1},
    ),
    (
        "kVn68",
        "vi",
        "n_durian_shoots",
        "Cần cây sầu riêng ghép nhiều rễ chân",
        "Nhà vườn ở Cầu Kè nghe nói cây sầu riêng ghép thêm rễ phụ đứng vững và chống chịu tốt hơn. Muốn đặt mua cây giống "
        "như vậy hoặc học cách ghép.",
        {"kVo020": 2, "kVo022": 1, "kVo023": 1},
    ),
    (
        "kVn69",
        "en",
        "n_mai_fasting",
        "Regrafting old mai vàng trees that flower poorly",
        "A Binh Tan grower has mai trees with good root shapes but few, small flowers. We want to regraft better varieties "
        "onto them by bud grafting with a high success rate.",
        {"kVo024": 2, "kVo025": 2},
    ),
    # --- seed and seedling certification ---
    (
        "kVn16",
        "vi",
        "n_durian_vl",
        "Muốn bình tuyển công nhận cây đầu dòng sầu riêng",
        "Nhà vườn ở xã Phú Phụng (Vĩnh Long) sưu tầm được giống sầu riêng lạ, trồng gần 7.000 m2, đã ghép nhân thêm 7 cây. Muốn "
        "được bình tuyển, công nhận cây đầu dòng để bán cây giống hợp pháp.",
        {"kVo086": 2, "kVo087": 1, "kVo021": 1, "kVo089": 1},
    ),
    (
        "kVn17",
        "en",
        "n_bentre_daudong",
        "Mother-tree recognition for our rambutan and pomelo nursery",
        "Our seedling business in Cho Lach (now Vinh Long) wants its rambutan and green-skin pomelo trees recognised as "
        "certified mother trees (stable yield, good fruit, few pests), as 13 nearby facilities did. We need help with the "
        "application file.",
        {"kVo086": 2, "kVo081": 1, "kVo083": 1, "kVo089": 1},
    ),
    (
        "kVn18",
        "vi",
        "n_greening_thesis",
        "Cần xét nghiệm vàng lá greening cho cây giống trước khi bán",
        "Vườn ươm có múi ở Cầu Kè bị khách phàn nàn cây giống vàng lá sau khi trồng. Muốn kiểm tra greening cho cây mẹ và lô "
        "cây giống trước khi xuất bán.",
        {"kVo090": 2, "kVo091": 1, "kVo080": 1, "kVo013": 1},
    ),
    (
        "kVn19",
        "en",
        "n_citrus_news",
        "Traceability labels and records for certified citrus seedlings",
        "A nursery group in Vung Liem wants buyers to trust that each grafted citrus tree came from a tested source tree. "
        "We need a tagging and record-keeping procedure for budwood and nursery lots.",
        {"kVo083": 2, "kVo084": 2, "kVo082": 1, "kVo087": 1},
    ),
    (
        "kVn20",
        "vi",
        "n_goldylaw",
        "Chứng nhận hợp quy cây giống để bán sang tỉnh khác",
        "Cơ sở giống cây ở Long Hồ muốn đưa cây giống đi bán ở các tỉnh nhưng bị hỏi giấy chứng nhận. Cần tư vấn hồ sơ và thủ "
        "tục chứng nhận, công bố hợp quy.",
        {"kVo087": 2, "kVo088": 1, "kVo089": 1},
    ),
    (
        "kVn21",
        "en",
        "n_ca_code",
        "Registering our citrus nursery under a certification scheme",
        "A Tra Vinh nursery wants its source trees registered, tested negative for key pathogens and kept to rules, so it "
        "can sell certified citrus trees. We need the scheme requirements and help to comply.",
        {"kVo085": 2, "kVo084": 2, "kVo080": 1, "kVo086": 1},
    ),
    (
        "kVn22",
        "vi",
        "n_greening_cb",
        "Nhà lưới sản xuất cây giống có múi cần đạt chuẩn chống côn trùng",
        "Vườn ươm ở Càng Long trồng lại cây có múi bị tái nhiễm greening sau vài năm. Muốn xây nhà lưới sản xuất cây giống "
        "đúng chuẩn chống côn trùng và quy trình duy trì cây mẹ sạch bệnh.",
        {"kVo084": 2, "kVo013": 2, "kVo018": 1, "kVo037": 1, "kVo112": 1},
    ),
    (
        "kVn23",
        "en",
        "n_greening_cb",
        "Testing mother trees for greening and tristeza before registration",
        "Before registering mother trees in Tieu Can we must prove they are free of greening and tristeza. We need rapid "
        "diagnostic testing for our orange and mandarin source trees.",
        {"kVo090": 2, "kVo013": 2, "kVo081": 1, "kVo091": 1},
    ),
    # --- greenhouses and net houses for flowers ---
    (
        "kVn24",
        "vi",
        "n_thanhhoa_lan",
        "Đầu tư nhà màng trồng lan hồ điệp 40.000 chậu",
        "Doanh nghiệp ở Long Đức (Trà Vinh) dự định đầu tư khoảng 10 tỷ đồng làm nhà màng cho 40.000 chậu hồ điệp, cần mái "
        "cắt nắng tự động, giữ 18-25 °C. Cần đơn vị thiết kế, thi công phù hợp khí hậu nóng ẩm.",
        {"kVo031": 2, "kVo030": 2, "kVo040": 2, "kVo033": 1, "kVo006": 1},
    ),
    (
        "kVn25",
        "en",
        "n_techsslash",
        "Shade netting for an orchid net house",
        "Our orchids in Cau Ngang get leaf burn in the dry season. We need to choose and install the right shade net "
        "(percentage, colour, material) for orchids in a net house.",
        {"kVo033": 2, "kVo034": 2, "kVo048": 2, "kVo032": 2, "kVo035": 1, "kVo036": 1},
    ),
    (
        "kVn26",
        "vi",
        "n_industrialnet",
        "Nha luoi trong hoa nong qua, can giai phap lam mat",
        "Nha luoi trong hoa o Duyen Hai trua nong qua, hoa chay canh. Can giai phap giam nhiet ma khong ton nhieu dien: luoi "
        "che, thong gio tu nhien hoac thiet ke lai nha.",
        {"kVo035": 2, "kVo038": 2, "kVo040": 2, "kVo034": 1, "kVo037": 1, "kVo049": 1},
    ),
    (
        "kVn27",
        "en",
        "n_miilkiia",
        "Insect-proof netting without overheating the flower house",
        "A flower cooperative in Tieu Can fitted fine insect netting and now the house is hot and humid and diseases spread. "
        "We need advice on mesh size, vent area and fans.",
        {"kVo037": 2, "kVo039": 2, "kVo038": 2, "kVo040": 1},
    ),
    (
        "kVn28",
        "vi",
        "n_kenhantan_sx",
        "Thiết kế vườn lan có mái che cho vùng mới trồng",
        "Nông dân ở Vũng Liêm chuyển đất vườn sang trồng lan, cần thiết kế vườn đạt kỹ thuật: mái che mưa, lưới che nắng, "
        "giàn treo và bố trí thoát nước phù hợp địa phương.",
        {"kVo029": 2, "kVo030": 2, "kVo032": 2, "kVo036": 1},
    ),
    (
        "kVn29",
        "en",
        "n_cuc_thanhnien",
        "Delay chrysanthemum flowering so pots open exactly at Tết",
        "Growers in Vinh Thanh (Cho Lach) lost sales when many pot chrysanthemums opened weeks before Tết after off-season "
        "rain. We want lighting equipment and a schedule to hold flowering back until the right date.",
        {"kVo041": 2, "kVo042": 2, "kVo043": 2, "kVo044": 1, "kVo045": 1},
    ),
    (
        "kVn30",
        "vi",
        "n_cuc_vnx",
        "Cúc mâm xôi nở sớm 30%, cần kỹ thuật điều khiển ra hoa",
        "Ở Chợ Lách khoảng 30% diện tích cúc mâm xôi nở sớm trong vụ 1,2 triệu giỏ, dù mỗi chậu chăm 6 tháng. Nông dân cần "
        "kỹ thuật chiếu sáng hoặc che tối để điều khiển ngày nở cho vụ sau.",
        {"kVo041": 2, "kVo042": 2, "kVo043": 2, "kVo044": 1},
    ),
    (
        "kVn31",
        "en",
        "n_jma_tropic",
        "Greenhouse for cut flowers on a windy coastal site",
        "We plan a cut-flower greenhouse near the coast in Duyen Hai. It must handle heat, humidity, heavy rain and wind. "
        "We need a structure and ventilation design adapted to tropical lowlands.",
        {"kVo040": 2, "kVo038": 2, "kVo046": 1, "kVo030": 1},
    ),
    (
        "kVn32",
        "en",
        "melon_nh",
        "Misting and drip irrigation for a flower net house",
        "A Binh Tan grower is building a net house for potted flowers and wants an irrigation system that saves water and "
        "labour in the dry, salty season.",
        {"kVo047": 2, "kVo031": 1, "kVo035": 1},
    ),
    (
        "kVn70",
        "vi",
        "n_dancinglady",
        "Xây nhà lưới trồng lan 1.000 m2 với vốn ít",
        "Gia đình ở Trà Ôn có hơn 1.000 m2 đất, định chuyển sang trồng lan với khoảng 1 tỷ đồng cho nhà lưới, giàn sắt, giá "
        "thể và cây giống. Cần thiết kế nhà lưới đơn giản, đúng kỹ thuật.",
        {"kVo032": 2, "kVo029": 2, "kVo030": 2, "kVo039": 1},
    ),
    # --- bonsai and ornamental fish-pond landscaping ---
    (
        "kVn33",
        "vi",
        "n_koi10ty",
        "Thiết kế thi công hồ Koi lớn cho khu du lịch sinh thái",
        "Khu du lịch ở cù lao An Bình (Long Hồ) muốn làm hồ Koi kiểu Nhật dài khoảng 65 m, nước sâu 1,5-1,6 m, có thác đá và hệ lọc "
        "tuần hoàn. Cần đơn vị thiết kế và thi công trọn gói.",
        {"kVo050": 2, "kVo052": 2, "kVo053": 2, "kVo056": 2, "kVo054": 1},
    ),
    (
        "kVn34",
        "en",
        "n_macuhoweb",
        "Koi pond water turns green, need a filtration upgrade",
        "The koi pond at our homestay in Tra Vinh city turns green and cloudy within weeks. We need a contractor to redesign "
        "filtration and water circulation.",
        {"kVo056": 2, "kVo057": 2, "kVo053": 2, "kVo054": 2, "kVo055": 1},
    ),
    (
        "kVn35",
        "vi",
        "n_pondwestfield",
        "Can dich vu bao tri ho ca Koi dinh ky",
        "Nha hang o TP Vinh Long co ho Koi lon, khong co nguoi biet ve sinh loc. Can don vi bao tri dinh ky: vot rac, hut "
        "day, xa loc, kiem tra nuoc va ca.",
        {"kVo055": 2, "kVo054": 1},
    ),
    (
        "kVn36",
        "en",
        "n_giayen",
        "Small courtyard water feature with rockery for a café",
        "A café in Cang Long has a small yard and wants a miniature landscape with a pond, rockery and plants. We need "
        "design and construction.",
        {"kVo051": 2, "kVo061": 1, "kVo050": 1},
    ),
    (
        "kVn37",
        "vi",
        "n_bonsai24h",
        "Mở vườn bonsai, cần học tạo dáng và bố trí vườn phôi",
        "Nhà vườn ở Tiểu Cần muốn mở vườn bonsai kinh doanh, có cây sanh, mai chiếu thủy. Cần học tạo dáng và cách bố trí vườn "
        "phôi, khu giâm, khu trưng bày.",
        {"kVo058": 2, "kVo059": 2, "kVo061": 2, "kVo060": 1},
    ),
    (
        "kVn38",
        "en",
        "n_redlands",
        "Bonsai styling training for cooperative members",
        "An ornamental-plant cooperative in Cau Ke wants a structured course for members on the why and how of bonsai, "
        "including repotting demonstrations on their own trees.",
        {"kVo059": 2, "kVo060": 1, "kVo061": 1, "kVo058": 1},
    ),
    (
        "kVn39",
        "vi",
        "n_koinearme",
        "Xây hồ cá kiểng âm đất sau nhà",
        "Hộ gia đình ở Trà Cú muốn đào hồ cá kiểng nhỏ sau nhà, đất cát pha nên sợ thấm nước. Cần thợ thiết kế, chống thấm "
        "và thi công.",
        {"kVo051": 2, "kVo052": 2, "kVo050": 1, "kVo053": 1},
    ),
    (
        "kVn71",
        "en",
        "n_macuhoweb",
        "Natural-looking filtered pond for a beach resort",
        "A resort at Ba Dong beach wants a koi pond that looks natural, with plants and a waterfall, but clear water. We "
        "want a biological or plant-based filtration design.",
        {"kVo057": 2, "kVo056": 2, "kVo050": 1},
    ),
    # --- potting media and coir substrates ---
    (
        "kVn40",
        "vi",
        "n_coir_chain",
        "Mụn dừa tự tận thu làm cây vàng lá",
        "Vùng dừa Châu Thành (Trà Vinh) có sẵn vỏ dừa; nhà vườn tự làm mụn dừa trồng hoa nhưng cây vàng lá, chậm lớn. Cần quy "
        "trình xử lý mụn dừa để giảm muối, tanin trước khi dùng.",
        {"kVo062": 2, "kVo068": 2, "kVo069": 2, "kVo072": 2, "kVo067": 1},
    ),
    (
        "kVn41",
        "en",
        "n_hortamericas",
        "Buffered cocopeat for a potted orchid and anthurium nursery",
        "A new nursery in Long Ho wants a ready-to-use coir substrate with known EC and pH for pot plants, so young roots "
        "are not damaged by salts.",
        {"kVo067": 2, "kVo069": 2, "kVo071": 2, "kVo063": 1, "kVo066": 1, "kVo068": 1},
    ),
    (
        "kVn42",
        "en",
        "n_coir_chain",
        "Bulk coir pith supply for a seedling nursery",
        "Our nursery in Cang Long uses coir pith instead of soil for seedlings and needs a steady bulk supplier.",
        {"kVo066": 2, "kVo063": 2, "kVo067": 2, "kVo071": 1},
    ),
    (
        "kVn43",
        "en",
        "n_coirboard",
        "Turning our coconut husks into washed, buffered coco peat",
        "A coconut cooperative in Tra Cu has piles of husk and wants to produce horticultural coco peat for sale. We need "
        "the washing and buffering process and quality targets.",
        {"kVo067": 2, "kVo069": 2, "kVo068": 2, "kVo135": 1, "kVo079": 1},
    ),
    (
        "kVn44",
        "vi",
        "n_weeddash",
        "Cần bầu ươm, viên nén xơ dừa thay túi nilon",
        "Vườn ươm ở Tam Bình muốn bỏ túi bầu nilon, dùng viên nén hoặc bầu xơ dừa để gieo hạt, giâm cành, trồng cả bầu "
        "không phải gỡ, giảm chết cây con.",
        {"kVo073": 2, "kVo074": 2, "kVo075": 2, "kVo078": 2, "kVo076": 1, "kVo077": 1},
    ),
    (
        "kVn45",
        "en",
        "n_rose_coir",
        "Potting mix for bonsai and ornamentals from local coconut husk",
        "A Cau Ngang ornamental garden wants a durable potting mix based on local coconut husk for roses, bonsai and "
        "foliage plants.",
        {"kVo064": 2, "kVo065": 2, "kVo062": 1, "kVo063": 1},
    ),
    (
        "kVn46",
        "vi",
        "n_dancinglady",
        "Gia the trong lan mau mun, can gia the ben",
        "Vuon lan o Tra On dung gia the nhap ve, sau vai thang da mun, cay phat trien khong deu. Can gia the ben, thoang, "
        "sach mam benh.",
        {"kVo064": 2, "kVo071": 1, "kVo067": 1, "kVo063": 1},
    ),
    (
        "kVn47",
        "en",
        "n_hortamericas",
        "EC testing of incoming coco peat batches",
        "A substrate trader in Vinh Long receives coco peat from several suppliers with EC figures that do not match. We "
        "need a standard way to measure EC so batches can be compared.",
        {"kVo070": 2, "kVo069": 1, "kVo072": 1, "kVo068": 1},
    ),
    (
        "kVn72",
        "en",
        "n_livebetter",
        "Replacing peat in seedling trays",
        "A Long Ho nursery wants a peat-free medium for seed trays that drains well and does not waterlog.",
        {"kVo074": 2, "kVo075": 2, "kVo063": 2, "kVo065": 1, "kVo078": 1},
    ),
    (
        "kVn74",
        "en",
        "n_coir_chain",
        "Light coir pots for ornamental plants sold online",
        "A Vinh Long seller ships potted plants nationwide and wants light, biodegradable coir pots instead of plastic.",
        {"kVo073": 2, "kVo074": 1, "kVo064": 1},
    ),
    # --- pest control in nurseries ---
    (
        "kVn48",
        "vi",
        "n_cay_mo",
        "Cây con trong vườn ươm chết rạp hàng loạt",
        "Vườn ươm ở Trà Ôn có cây con thối cổ rễ, đổ gục sau mưa, mất nhiều lô giống. Cần chẩn đoán và biện pháp phòng trị.",
        {"kVo092": 2, "kVo094": 2, "kVo095": 1, "kVo093": 1, "kVo113": 1},
    ),
    (
        "kVn49",
        "en",
        "n_bcgreen",
        "Thrips on chrysanthemum and rose, want biological control",
        "Speckled leaves and distorted flowers in our Mang Thit net house turned out to be thrips. We want predatory mites "
        "or other biological control instead of weekly spraying.",
        {"kVo101": 2, "kVo104": 2, "kVo106": 2, "kVo105": 2, "kVo102": 1, "kVo103": 1},
    ),
    (
        "kVn50",
        "vi",
        "n_phalcare",
        "Lan hồ điệp bị thối nhũn lan nhanh mùa mưa",
        "Vườn hồ điệp ở Long Hồ mùa mưa xuất hiện đốm đen, lá mềm nhũn rồi chết cả cây. Cần cách phòng và xử lý bệnh thối "
        "nhũn.",
        {"kVo108": 2, "kVo109": 2, "kVo107": 1, "kVo111": 1, "kVo110": 1},
    ),
    (
        "kVn51",
        "en",
        "n_doan_tricho",
        "Root rot and wilt in potted orchids: biological products wanted",
        "Orchids in our Chau Thanh nursery show root rot and yellowing. We want antagonistic microbes such as Trichoderma "
        "rather than chemicals.",
        {"kVo093": 2, "kVo094": 2, "kVo095": 1, "kVo097": 1},
    ),
    (
        "kVn52",
        "vi",
        "n_bktt_nema",
        "Tuyến trùng bướu rễ trên cây giống",
        "Cây giống ở Cầu Kè có rễ u sần, còi cọc, vàng lá không đều trong vườn. Cần xác định tuyến trùng và biện pháp xử lý.",
        {"kVo096": 2, "kVo098": 2, "kVo099": 2},
    ),
    (
        "kVn53",
        "vi",
        "n_bcgreen",
        "Giảm thuốc hóa học, dùng thiên địch trong vườn hoa kiểng",
        "Vườn hoa kiểng ở Vĩnh Long muốn giảm phun thuốc vì bọ trĩ, rệp, bọ phấn kháng thuốc. Cần chương trình thiên địch.",
        {"kVo103": 2, "kVo105": 2, "kVo101": 1, "kVo104": 1, "kVo102": 1},
    ),
    (
        "kVn54",
        "vi",
        "n_greening_hp",
        "Rầy chổng cánh trong vườn ươm cây có múi",
        "Vườn ươm ở Trà Ôn thấy rầy chổng cánh trên cây giống, sợ lây vàng lá greening. Cần thuốc và cách phòng trừ hiệu quả.",
        {"kVo112": 2, "kVo084": 1, "kVo013": 1},
    ),
    (
        "kVn55",
        "en",
        "n_thvl_root",
        "Soil-borne disease spreading through shared irrigation water",
        "In the rainy season our Vung Liem nursery sees roots damaged and whole beds declining; water is shared between beds. "
        "We need control of soil-borne root rot in the nursery.",
        {"kVo092": 2, "kVo094": 2, "kVo113": 1, "kVo085": 1},
    ),
    (
        "kVn56",
        "vi",
        "n_bcgreen",
        "Vườn hoa hồng bị nhện đỏ và bọ trĩ",
        "Vườn hồng ở Long Hồ mùa khô lá lốm đốm, hoa méo. Cần xác định nhện đỏ hay bọ trĩ và cách trị.",
        {"kVo106": 1, "kVo104": 1, "kVo105": 2, "kVo102": 2},
    ),
    # --- cut-flower post-harvest and selling ---
    (
        "kVn57",
        "vi",
        "n_lela",
        "Hoa hồng cắt cành gục cổ khi chở lên TP.HCM",
        "Nhà vườn hoa hồng ở Long Hồ bán cho tiệm hoa TP.HCM nhưng hoa nhanh gục cổ, héo sau vài ngày. Cần quy trình xử lý sau "
        "thu hoạch kéo dài độ bền hoa.",
        {"kVo114": 2, "kVo119": 2, "kVo115": 2, "kVo121": 1, "kVo120": 1},
    ),
    (
        "kVn58",
        "en",
        "n_vcci_dalat",
        "Cold chain for shipping cut orchids and chrysanthemums",
        "A Tra Vinh cooperative wants to send cut orchids and chrysanthemums to HCMC and later abroad. We need a cold-chain "
        "plan from harvest to truck.",
        {"kVo116": 2, "kVo117": 2, "kVo115": 2, "kVo123": 1},
    ),
    (
        "kVn59",
        "vi",
        "n_vnplus_dalat",
        "Cần kho lạnh sơ chế bảo quản hoa cắt cành",
        "Hợp tác xã hoa ở TP Vĩnh Long cần xây khu sơ chế, kho lạnh để giữ hoa sau thu hoạch trước khi giao.",
        {"kVo116": 2, "kVo117": 2, "kVo123": 1, "kVo127": 1},
    ),
    (
        "kVn60",
        "en",
        "n_plo_vuon",
        "Selling Tết flowers online and packing for long distance",
        "Growers in Vinh Thanh want to sell pot flowers on livestream and ship them far without damage.",
        {"kVo124": 2, "kVo125": 2, "kVo128": 2},
    ),
    (
        "kVn61",
        "vi",
        "n_nld_cuc",
        "Hoa Tết bị ép giá, muốn bán trực tiếp",
        "Nông dân ở Mang Thít trồng 2.000 chậu cúc mâm xôi, lo thương lái không lấy hàng. Muốn tự bán trực tiếp cho khách.",
        {"kVo124": 2, "kVo125": 2, "kVo128": 2, "kVo122": 1, "kVo126": 1},
    ),
    (
        "kVn62",
        "en",
        "n_sggp_orchid",
        "Linking our orchid cooperative with distributors",
        "Orchids can earn about VND 800 million per hectare a year, far more than rice, and our Tra Vinh cooperative is expanding Dendrobium and Mokara. We "
        "need stable buyers and distributors.",
        {"kVo126": 2, "kVo122": 1, "kVo123": 1, "kVo129": 1},
    ),
    (
        "kVn63",
        "vi",
        "n_vcci_orchid",
        "Muốn xuất khẩu lan cắt cành",
        "Hợp tác xã lan ở Cầu Kè muốn xuất khẩu lan cắt cành, cần quy trình giữ lạnh và đóng gói đạt chuẩn.",
        {"kVo116": 2, "kVo127": 1, "kVo129": 1, "kVo115": 1},
    ),
    (
        "kVn64",
        "en",
        "n_mdpi_si",
        "Extending vase life of cut roses for event florists",
        "Event florists in Tra Vinh city need roses that last longer after delivery. We want pretreatment and preservative "
        "solutions.",
        {"kVo114": 2, "kVo118": 2, "kVo119": 2, "kVo121": 1},
    ),
    (
        "kVn65",
        "vi",
        "n_afamily",
        "Hoa cuc cat canh mau heo, xin cach bao quan",
        "Vuon cuc o Binh Minh cat hoa ban cho cho, nhung hoa mau heo. Can cach bao quan va giu lanh sau khi cat.",
        {"kVo116": 2, "kVo118": 2, "kVo120": 1, "kVo117": 1},
    ),
]
