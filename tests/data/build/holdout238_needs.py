"""Needs of the holdout238 labelled set: (id, language, source key, title, description, {offer id: grade}).

Most source pages describe other places; every need is set in Tra Vinh / Vinh Long all the same."""

NEEDS = [
    (
        "rFn01",
        "vi",
        "g_famafrique",
        "Cần tập huấn ghép mắt cây có múi cho tổ hợp tác vườn ươm ở Tiểu Cần",
        "Tổ hợp tác vườn ươm của chúng tôi ở Tiểu Cần sản xuất cây cam sành, chanh giống nhưng tỷ lệ mắt ghép sống thấp. "
        "Cần người hướng dẫn các kiểu ghép mắt cây có múi, cách cắt mắt (từ dưới mắt khoảng 1 cm lên trên mắt 0,5 cm), "
        "đặt mắt và buộc dây cho khoảng 15 tổ viên.",
        {"rFo001": 2, "rFo002": 2, "rFo005": 2, "rFo003": 1, "rFo004": 1, "rFo006": 1, "rFo012": 1},
    ),
    (
        "rFn02",
        "vi",
        "g_buoi_thainguyen",
        "Quy trình ghép cành bưởi tỷ lệ sống cao cho vườn ươm ở Châu Thành",
        "Chúng tôi đang trồng thử vài giống bưởi mới có triển vọng ở Châu Thành (Trà Vinh) và muốn tự nhân giống bằng "
        "ghép "
        "cành lên gốc bưởi địa phương. Cần quy trình ghép cành: chọn gốc, chọn cành, thời vụ và chăm sóc sau ghép.",
        {"rFo003": 2, "rFo004": 2, "rFo001": 2, "rFo002": 1, "rFo005": 1},
    ),
    (
        "rFn03",
        "vi",
        "g_durian_playzone",
        "Can tho ghep mat sau rieng Ri6 cho khoang 3.000 goc o Cau Ke",
        "Vuon nha toi o Cau Ke da uom khoang 3.000 goc sau rieng trong bau, muon thue tho ghep mat giong Ri6 de giu dac "
        "tinh cay me, cho trai som. Can doi tho co kinh nghiem, co dung cu va bang keo, lam trong mua mua nay.",
        {"rFo014": 2, "rFo020": 2, "rFo016": 1, "rFo017": 1, "rFo019": 1, "rFo015": 1},
    ),
    (
        "rFn04",
        "vi",
        "r_durian_apaari",
        "HTX sầu riêng Tam Bình cần tập huấn ghép mắt và tháp cành",
        "Học theo cách vùng sầu riêng Thái Lan thành công nhờ cây giống ghép chất lượng, hợp tác xã sầu riêng ở Tam Bình "
        "muốn tổ viên tự ghép được. Cần lớp tập huấn ghép mắt cửa sổ và tháp cành sầu riêng, có thực hành tại vườn.",
        {"rFo016": 2, "rFo017": 2, "rFo019": 2, "rFo015": 2, "rFo018": 2, "rFo014": 1, "rFo020": 1},
    ),
    (
        "rFn05",
        "en",
        "r_durian_ijat",
        "Durian nursery in Vung Liem losing seedlings to Phytophthora root rot",
        "Our durian nursery in Vung Liem loses many seedlings and young grafted plants to root and stem rot; isolations "
        "from local orchards point to Phytophthora palmivora and Pythium. We need a rootstock or planting material that "
        "tolerates Phytophthora.",
        {"rFo023": 2, "rFo021": 2, "rFo022": 1, "rFo024": 1, "rFo122": 1, "rFo123": 1, "rFo124": 1, "rFo162": 1},
    ),
    (
        "rFn06",
        "vi",
        "r_durian_phyto2",
        "Cần gốc ghép và cây giống sầu riêng chống chịu nấm Phytophthora ở Long Hồ",
        "Vùng đất thấp ở Long Hồ (Vĩnh Long) hay úng sau mưa, cây sầu riêng con chết nhiều do nấm Phytophthora. Chúng tôi "
        "cần nguồn cây giống lớn, dòng chống chịu và gốc ghép kháng nấm, kèm hướng dẫn lên liếp, bón vôi khi đất chua.",
        {"rFo021": 2, "rFo023": 2, "rFo022": 1, "rFo024": 1, "rFo162": 1},
    ),
    (
        "rFn07",
        "vi",
        "d_mango_canhtac",
        "Cơ sở ươm ở Trà Ôn cần gốc ghép xoài chịu ngập cho xoài Cát Hòa Lộc",
        "Vườn xoài Cát Hòa Lộc, Cát Chu ở Trà Ôn hay bị ngập vài ngày mùa nước nổi. Cơ sở ươm của chúng tôi cần loại gốc "
        "ghép xoài chịu ngập và cây giống ghép sẵn trên gốc đó để cung cấp cho nhà vườn.",
        {"rFo027": 2, "rFo025": 1, "rFo026": 1, "rFo028": 1, "rFo030": 1},
    ),
    (
        "rFn08",
        "en",
        "g_xoai_memart",
        "Mango nursery in Binh Minh needs a rootstock-to-graft production protocol",
        "We are starting a grafted mango nursery in Binh Minh because grafted trees fruit in 2-3 years instead of 5-7. We "
        "need a full protocol: raising rootstock seedlings, bagging and substrate, and the grafting methods to use.",
        {"rFo025": 2, "rFo026": 2, "rFo028": 2, "rFo030": 1, "rFo029": 1, "rFo004": 1},
    ),
    (
        "rFn09",
        "vi",
        "g_mit_tamky",
        "Cần 2.500 cây mít Thái ghép cho 5 ha ở Cầu Ngang",
        "Chúng tôi chuyển 5 ha đất ở Cầu Ngang sang trồng mít Thái, cần khoảng 2.500 cây giống ghép khỏe, sai quả, cho "
        "trái sớm; ưu tiên cây ghép có nguồn gốc rõ, giao theo đợt.",
        {"rFo031": 2, "rFo033": 2, "rFo032": 2, "rFo034": 1},
    ),
    (
        "rFn10",
        "en",
        "g_mit_nuoitrong",
        "Jackfruit grower in Tra Cu wants grafting onto local seedling rootstock",
        "I grow jackfruit in Tra Cu and want to propagate my best tree by grafting rather than from seed, which takes "
        "long to bear. I need someone to graft onto local seedling rootstock or sell such grafted plants.",
        {"rFo031": 2, "rFo032": 2, "rFo033": 1, "rFo034": 1, "rFo028": 1},
    ),
    (
        "rFn11",
        "vi",
        "g_productbank",
        "Can mua bang quan ghep co gian so luong lon cho vuon uom",
        "Vuon uom cay co mui cua toi o Cang Long can mua bang quan ghep loai mong, co gian, trong, hoi dinh de buoc mat "
        "ghep va canh ghep, so luong lon cho mua ghep.",
        {"rFo010": 2, "rFo009": 2, "rFo013": 2, "rFo011": 1, "rFo012": 1},
    ),
    (
        "rFn12",
        "en",
        "g_studycorgi",
        "Extension centre needs a citrus budding trainer for five communes",
        "Our district extension centre in Cang Long wants to teach T-budding of citrus to farmers in five communes: "
        "timing when the bark separates, preparing stock and bud stick, making the cut and tying. We need a trainer and "
        "course material.",
        {"rFo005": 2, "rFo001": 2, "rFo002": 1, "rFo006": 1, "rFo004": 1},
    ),
]

NEEDS += [
    (
        "rFn13",
        "en",
        "g_growingfruit_rubber",
        "Budding crews need a tape that releases itself and will not girdle",
        "Our nursery cooperative in Tieu Can buds thousands of citrus and pomelo seedlings a season. Removing tape by "
        "hand "
        "costs labour and forgotten wraps girdle the stems. We want a stretchy wrap that seals the union and then breaks "
        "down or lets the bud push through.",
        {"rFo009": 2, "rFo013": 2, "rFo011": 2, "rFo010": 2, "rFo012": 1},
    ),
    (
        "rFn14",
        "en",
        "g_airlayer_kiribati",
        "Lime and pomelo nursery wants to train staff in marcotting",
        "We want smaller trees that bear early from our best lime and pomelo mother trees in Chau Thanh. We need training "
        "for five workers in air-layering (marcotting) so branches root while still on the tree.",
        {"rFo035": 2, "rFo036": 1, "rFo037": 1},
    ),
    (
        "rFn15",
        "vi",
        "g_airlayer_survival",
        "Cần kỹ thuật chiết cành bưởi, chanh có tỷ lệ ra rễ cao",
        "Nhà vườn ở Mang Thít chiết cành bưởi, chanh nhưng nhiều bầu không ra rễ. Cần hướng dẫn chọn cành non, khoanh vỏ, "
        "dùng thuốc kích rễ và vật liệu bó bầu phù hợp.",
        {"rFo035": 2, "rFo036": 2, "rFo037": 1},
    ),
    (
        "rFn16",
        "en",
        "c_docstoc",
        "Provincial plan needs a certification scheme for citrus nurseries",
        "The province is drafting a greening (HLB) response plan and needs a certification scheme for citrus nurseries: "
        "registration, clean source trees, testing and enforcement, so that nursery stock stops spreading the disease.",
        {"rFo038": 2, "rFo040": 2, "rFo039": 2, "rFo066": 2, "rFo046": 1, "rFo044": 1, "rFo059": 1, "rFo131": 1},
    ),
    (
        "rFn17",
        "vi",
        "c_citrustogrow",
        "Cần hệ thống sản xuất cây giống có múi sạch bệnh cấp tỉnh",
        "Bệnh vàng lá greening đã làm giảm mạnh sản lượng cây có múi ở nhiều nơi. Ngành nông nghiệp tỉnh muốn xây dựng hệ "
        "thống sản xuất cây giống cam, bưởi sạch bệnh: cây mẹ sạch, nhà lưới, kiểm tra và phân phối cho vườn ươm.",
        {"rFo047": 2, "rFo038": 2, "rFo039": 2, "rFo046": 2, "rFo043": 1, "rFo060": 1, "rFo059": 1},
    ),
    (
        "rFn18",
        "en",
        "c_lcnangel",
        "Nursery in Cang Long wants a clean budwood increase block",
        "We cut budwood from old orchard trees of unknown health and sometimes store it for weeks. We want to set up a "
        "protected increase block of tested mother trees from a cleaned foundation source so our budwood is "
        "pathogen-free.",
        {"rFo043": 2, "rFo044": 2, "rFo041": 1, "rFo062": 1, "rFo131": 1, "rFo132": 1},
    ),
    (
        "rFn19",
        "vi",
        "c_capproject",
        "Vườn ươm cần xét nghiệm vàng lá gân xanh cho cây mẹ trước khi lấy mắt ghép",
        "Vườn ươm ở Châu Thành lấy mắt ghép từ cây mẹ cam, bưởi và còn trồng nguyệt quế (cũng là ký chủ của bệnh). Chúng "
        "tôi cần xét nghiệm vi khuẩn gây vàng lá gân xanh cho cây mẹ định kỳ trước mỗi đợt lấy mắt.",
        {"rFo049": 2, "rFo050": 2, "rFo051": 2, "rFo052": 2, "rFo053": 1, "rFo054": 1},
    ),
    (
        "rFn20",
        "en",
        "c_flush",
        "Low-cost screening of 20,000 nursery seedlings for HLB",
        "Psyllids feed on young flush, which is where greening is inoculated, and our seedling batches in Tieu Can flush "
        "constantly. Before sale we want to screen about 20,000 citrus seedlings for the HLB bacterium at low cost per "
        "plant.",
        {"rFo052": 2, "rFo051": 2, "rFo050": 2, "rFo049": 2, "rFo056": 1, "rFo053": 1, "rFo055": 1},
    ),
    (
        "rFn21",
        "vi",
        "c_kunta",
        "Cay buoi giong mua ve vang la, can noi xet nghiem benh greening",
        "Toi mua 300 cay buoi giong trong o Cau Ke, sau mot nam nhieu cay vang la, re thoi. Can noi lay mau va xet "
        "nghiem xem co phai benh greening khong de doi lai cho ban giong.",
        {"rFo049": 2, "rFo050": 2, "rFo051": 2, "rFo053": 1, "rFo057": 1, "rFo058": 1},
    ),
    (
        "rFn22",
        "vi",
        "t_g9_forum",
        "Doanh nghiệp cần chuyển giao quy trình nuôi cấy mô chuối cho phòng lab ở Càng Long",
        "Công ty chúng tôi xây phòng nuôi cấy mô ở Càng Long để sản xuất cây chuối giống năng suất cao cho nông dân. Cần "
        "chuyển giao trọn quy trình: khử trùng mẫu, nhân chồi, ra rễ và đưa cây ra vườn ươm.",
        {"rFo076": 2, "rFo078": 2, "rFo082": 2, "rFo084": 2, "rFo077": 1, "rFo085": 1, "rFo083": 1},
    ),
    (
        "rFn23",
        "en",
        "t_omics_slow",
        "Cooperative in Tra On wants clean tissue-culture plantlets of local bananas",
        "Our cooperative keeps several local banana clones in the field, where they degenerate and carry disease. We want "
        "disease-free tissue-culture plantlets of these clones for replanting.",
        {"rFo080": 2, "rFo081": 2, "rFo079": 1, "rFo078": 1, "rFo085": 1},
    ),
    (
        "rFn24",
        "en",
        "t_fhia",
        "Tissue-culture lab losing cultures to contamination and browning",
        "Our small lab in Vinh Long starts banana cultures from field suckers, but bleach sterilisation leaves many "
        "explants contaminated or brown and dead. We need help to fix sterilisation and browning.",
        {"rFo083": 2, "rFo082": 2, "rFo085": 1, "rFo076": 1},
    ),
]

NEEDS += [
    (
        "rFn25",
        "vi",
        "t_duasap_khpt",
        "HTX Cầu Kè cần 2.000 cây dừa sáp cấy phôi",
        "Trồng dừa sáp từ trái thường thì chỉ khoảng một phần tư số trái có sáp nên tổ viên hợp tác xã ở Cầu Kè ngại mở "
        "rộng. Chúng tôi cần mua khoảng 2.000 cây dừa sáp cấy phôi có cam kết tỷ lệ trái sáp cao.",
        {"rFo086": 2, "rFo090": 2, "rFo087": 2, "rFo088": 1, "rFo089": 1, "rFo091": 1, "rFo093": 1},
    ),
    (
        "rFn26",
        "en",
        "t_makapuno_vigyan",
        "Company wants a licence for makapuno embryo culture",
        "Makapuno nuts cannot germinate by themselves and sell at a premium. Our company wants to license an embryo "
        "culture method and set up its own lab in Tra Vinh to produce makapuno seedlings.",
        {"rFo088": 2, "rFo093": 2, "rFo094": 2, "rFo092": 1, "rFo095": 1},
    ),
    (
        "rFn27",
        "vi",
        "t_makapuno_review",
        "Cần quy trình thuần dưỡng cây dừa sáp từ ống nghiệm ra vườn ươm",
        "Trung tâm giống của chúng tôi đã nuôi được phôi dừa sáp thành cây trong ống nghiệm nhưng cây chết nhiều khi đưa "
        "ra bầu. Cần quy trình thuần dưỡng cây dừa in vitro ra vườn ươm.",
        {"rFo095": 2, "rFo088": 2, "rFo096": 1, "rFo097": 1},
    ),
    (
        "rFn28",
        "en",
        "t_acclim_wapw",
        "Hardening unit for 100,000 banana plantlets a year",
        "We buy tissue-culture banana plantlets in flasks and want to harden about 100,000 a year in Tra Vinh before "
        "selling them. We need a hardening protocol and set-up: rinsing, substrate, humidity, light and feeding.",
        {"rFo096": 2, "rFo097": 2, "rFo078": 2, "rFo098": 1, "rFo076": 1},
    ),
    (
        "rFn29",
        "vi",
        "t_acclim_bio",
        "Cây cấy mô chết nhiều khi ra bầu, cần quy trình huấn luyện",
        "Cây con từ ống nghiệm đưa ra bầu ở vườn ươm Trà Vinh chết nhiều do héo và nấm. Cần quy trình huấn luyện cây: "
        "rửa thạch, giá thể, giữ ẩm, che sáng và giảm ẩm dần.",
        {"rFo096": 2, "rFo097": 2, "rFo078": 2, "rFo098": 2, "rFo076": 1},
    ),
    (
        "rFn30",
        "en",
        "r_qtl",
        "Nursery in Duyen Hai needs salt-tolerant rootstocks for lime",
        "Irrigation water in Duyen Hai turns brackish in the dry season and our lime seedlings burn. We need citrus "
        "rootstocks that exclude salt, with seed or plants to start from.",
        {"rFo100": 2, "rFo101": 2, "rFo102": 2, "rFo103": 2, "rFo104": 1, "rFo105": 1, "rFo106": 1},
    ),
    (
        "rFn31",
        "vi",
        "r_pakistan",
        "Gốc ghép cây có múi chịu mặn cho vùng Trà Cú",
        "Đất và nước tưới ở Trà Cú nhiễm mặn mùa khô, cây con cam, chanh rụng lá, chết dần. Chúng tôi cần giống gốc ghép "
        "cây có múi chịu mặn và cách chọn gốc phù hợp.",
        {"rFo103": 2, "rFo100": 2, "rFo102": 2, "rFo101": 2, "rFo104": 1, "rFo105": 1},
    ),
    (
        "rFn32",
        "vi",
        "s_hexagon",
        "Can gia the bau cho cay giong buoi thoat nuoc tot, gia re",
        "Vuon uom o Long Ho dong bau cay buoi giong bang dat thit nen bi ung, thoi re. Can gia the nhe, thoat nuoc tot, "
        "giu am vua phai, gia re, mua so luong lon.",
        {"rFo108": 2, "rFo111": 2, "rFo110": 1, "rFo112": 1, "rFo122": 1, "rFo155": 1},
    ),
    (
        "rFn33",
        "en",
        "s_sunnylawn",
        "Citrus nursery needs a standard container substrate with pH control",
        "Our container citrus in Tieu Can suffers from poor drainage and yellowing. We want one standard potting "
        "substrate recipe or product with known pH for all our pots.",
        {"rFo111": 2, "rFo110": 2, "rFo112": 2, "rFo113": 1, "rFo108": 1},
    ),
    (
        "rFn34",
        "vi",
        "s_insideother",
        "Vườn ươm Long Hồ muốn chuyển sang chậu chống xoắn rễ",
        "Cây bưởi giống để lâu trong bầu nilon ở Long Hồ bị xoắn rễ, trồng ra chậm bén. Chúng tôi muốn chuyển sang loại "
        "chậu hoặc bầu chống xoắn rễ cho cây giống lớn.",
        {"rFo114": 2, "rFo115": 2, "rFo116": 2, "rFo117": 2, "rFo118": 1, "rFo120": 1},
    ),
    (
        "rFn35",
        "en",
        "s_nrcan",
        "Air-pruning containers for three-litre citrus liners",
        "We want to limit root extension past the container by air pruning for about 40,000 citrus liners in Vung Liem. "
        "Looking for air-pruning containers of about three litres and advice on using them.",
        {"rFo114": 2, "rFo115": 2, "rFo116": 2, "rFo117": 1, "rFo118": 1},
    ),
    (
        "rFn36",
        "vi",
        "s_thuydien",
        "Cần máy đóng bầu đất cho vườn ươm 500.000 bầu/năm",
        "Vườn ươm ở Càng Long đóng bầu bằng tay, mỗi năm khoảng 500.000 bầu, thiếu nhân công. Cần máy trộn và đóng bầu "
        "định lượng giá thể, năng suất cao.",
        {"rFo119": 2, "rFo120": 2, "rFo121": 1, "rFo157": 1},
    ),
]

NEEDS += [
    (
        "rFn37",
        "en",
        "m_gnomit",
        "Nursery group needs barcode or QR tags on every seedling batch",
        "A group of fruit seedling nurseries in Cho Lach and Cai Lay wants barcode or QR labels on each batch, scanned at "
        "sowing, grafting and sale, so buyers can trace variety, mother tree and date.",
        {"rFo127": 2, "rFo129": 2, "rFo128": 2, "rFo130": 2, "rFo133": 2, "rFo045": 1, "rFo158": 1},
    ),
    (
        "rFn38",
        "vi",
        "m_qr_baomoi",
        "HTX cây giống cần truy xuất nguồn gốc từng lô bằng mã QR",
        "Người mua cây giống hay lo mua nhầm giống. Hợp tác xã cây giống của chúng tôi ở Chợ Lách muốn gắn mã QR cho từng "
        "lô cây, quét ra giống, cây mẹ, ngày ghép và nơi sản xuất.",
        {"rFo133": 2, "rFo130": 2, "rFo127": 2, "rFo134": 1, "rFo135": 1, "rFo128": 1, "rFo129": 1},
    ),
    (
        "rFn39",
        "vi",
        "m_qr_kinhte",
        "Cần phần mềm quản lý vườn ươm: tồn kho, cây mẹ, nhật ký phun thuốc",
        "Cơ sở ươm ở Tam Bình cần phần mềm ghi chép cây mẹ, lô mắt ghép, tồn kho cây giống và nhật ký phun thuốc để chứng "
        "minh nguồn gốc khi bán cho doanh nghiệp.",
        {"rFo128": 2, "rFo045": 2, "rFo130": 2, "rFo127": 1, "rFo129": 1},
    ),
    (
        "rFn40",
        "en",
        "m_danviet_bdx",
        "Nursery needs its pomelo mother trees evaluated and recognised",
        "Green-skin pomelo has become a major crop and buyers now ask for seedlings from recognised mother trees. Our "
        "nursery in Chau Thanh needs its mother trees evaluated and recognised.",
        {"rFo131": 2, "rFo132": 2, "rFo044": 1, "rFo043": 1},
    ),
    (
        "rFn41",
        "vi",
        "m_qd81",
        "Cần làm hồ sơ công nhận cây đầu dòng và vườn cây đầu dòng bưởi da xanh",
        "Cơ sở sản xuất giống ở Châu Thành muốn áp dụng tiêu chuẩn ngành về nhân giống vô tính và làm hồ sơ công nhận cây "
        "đầu dòng, vườn cây đầu dòng bưởi da xanh. Cần đơn vị tư vấn bình tuyển.",
        {"rFo131": 2, "rFo132": 2, "rFo040": 1, "rFo044": 1},
    ),
    (
        "rFn42",
        "vi",
        "m_hue_giong",
        "Tư vấn quy hoạch vườn ươm cây ăn quả 2 ha ở Mang Thít",
        "Giống là tư liệu sản xuất đặc biệt nên chúng tôi muốn đầu tư vườn ươm cây ăn quả 2 ha ở Mang Thít. Cần tư vấn "
        "chọn vị trí, bố trí khu gốc ghép, khu cây mẹ, khu đóng bầu và nguồn nước.",
        {"rFo136": 2, "rFo040": 1, "rFo039": 1, "rFo025": 1},
    ),
    (
        "rFn43",
        "en",
        "s_mahogany_ufl",
        "Investor planning a citrus nursery: site and facility design",
        "We plan a container citrus nursery in Tra Vinh and need site and facility design: layout, drainage, benches and "
        "containers, and the requirements a nursery must meet to produce certified trees.",
        {"rFo136": 2, "rFo040": 2, "rFo039": 2, "rFo046": 1},
    ),
    (
        "rFn44",
        "en",
        "c_florida_bbr",
        "Clean a local pomelo clone by shoot-tip grafting",
        "An old local pomelo clone in Cau Ke is highly valued but every tree carries viruses. We want it cleaned by "
        "shoot-tip grafting, tested, and returned as a clean source tree.",
        {"rFo061": 2, "rFo062": 2, "rFo060": 2, "rFo043": 1, "rFo044": 1, "rFo063": 1, "rFo065": 1},
    ),
    (
        "rFn45",
        "vi",
        "c_stg_nappo",
        "Chuyển giao kỹ thuật vi ghép đỉnh sinh trưởng cho bưởi da xanh",
        "Phòng thí nghiệm của trường ở Trà Vinh muốn tự làm vi ghép đỉnh sinh trưởng để làm sạch virus cho bưởi da xanh, "
        "cam sành trước khi đưa vào vườn cây mẹ. Cần chuyển giao quy trình và tập huấn.",
        {"rFo060": 2, "rFo062": 2, "rFo065": 2, "rFo061": 1, "rFo063": 1, "rFo064": 1},
    ),
    (
        "rFn46",
        "en",
        "c_ucanr_tumblr",
        "Insect-proof screenhouse to keep psyllids out of a citrus nursery",
        "To protect our citrus seedlings in Tieu Can from greening and cut insecticide sprays, we want an enclosed "
        "screenhouse that physically keeps out the Asian citrus psyllid. Need screen specification and supply.",
        {"rFo069": 2, "rFo068": 2, "rFo071": 2, "rFo070": 2, "rFo046": 1, "rFo072": 1, "rFo073": 1},
    ),
    (
        "rFn47",
        "vi",
        "c_cups_p675",
        "Thiết kế nhà lưới chống rầy chổng cánh cho vườn ươm ở Càng Long",
        "Chúng tôi muốn làm nhà lưới kín cho khu cây mẹ và cây giống có múi ở Càng Long để ngăn rầy chổng cánh. Cần tư "
        "vấn "
        "loại lưới và cung cấp lưới.",
        {"rFo070": 2, "rFo069": 2, "rFo071": 2, "rFo068": 1, "rFo046": 1, "rFo074": 1},
    ),
    (
        "rFn48",
        "vi",
        "c_cphd",
        "Cần biện pháp trị rầy chổng cánh cho vườn ươm bưởi giống",
        "Vườn ươm bưởi giống ở Trà Ôn có rầy chổng cánh trên đọt non, sợ lây bệnh greening cho cây giống. Cần biện pháp "
        "phòng trừ rầy hiệu quả.",
        {"rFo074": 2, "rFo070": 1, "rFo069": 1, "rFo072": 1},
    ),
]

NEEDS += [
    (
        "rFn49",
        "en",
        "g_airlayer_juice",
        "Rooting hormone and wraps for 10,000 air layers",
        "Our nursery in Chau Thanh air-layers about 10,000 pomelo and guava branches a season and success is uneven. We "
        "want rooting hormone, moss and wraps in bulk, plus tips to raise rooting.",
        {"rFo036": 2, "rFo035": 1},
    ),
    (
        "rFn50",
        "vi",
        "s_tricho_pho",
        "Vườn ươm cây có múi bị thối rễ, cần chế phẩm sinh học trộn giá thể",
        "Cây con cam, bưởi trong bầu ở Tiểu Cần bị thối rễ, chết yểu do nấm. Chúng tôi muốn dùng chế phẩm nấm đối kháng "
        "trộn vào giá thể thay thuốc hóa học.",
        {"rFo122": 2, "rFo123": 2, "rFo124": 2, "rFo126": 1, "rFo125": 1},
    ),
    (
        "rFn51",
        "en",
        "s_tricho_shvn",
        "Durian seedling nursery needs a Trichoderma product for potting media",
        "We raise durian seedlings in bags in Long Ho and lose some to root rot. We want a Trichoderma product to mix "
        "into the potting medium, with dose and method.",
        {"rFo122": 2, "rFo123": 2, "rFo124": 2, "rFo126": 2, "rFo125": 1},
    ),
    (
        "rFn52",
        "vi",
        "s_raumam",
        "Có sẵn mụn dừa, muốn tự xử lý làm giá thể bầu ươm",
        "Cơ sở ở Cầu Kè có nhiều mụn xơ dừa từ lò chỉ xơ, muốn tự xử lý chát, xả mặn để làm giá thể đóng bầu cây giống. "
        "Cần quy trình xử lý hoặc đơn vị nhận gia công.",
        {"rFo108": 2, "rFo109": 1, "rFo155": 1},
    ),
    (
        "rFn53",
        "en",
        "s_gardenweb",
        "Buyer wants bulk coir-based substrate with low salt",
        "Our nursery in Vung Liem is replacing peat-based mixes and wants a coir-based substrate delivered in bulk, "
        "washed "
        "to low salt, drains well but holds moisture.",
        {"rFo108": 2, "rFo113": 1, "rFo111": 1, "rFo110": 1},
    ),
    (
        "rFn54",
        "en",
        "d_completehome",
        "Pomelo nursery needs staff trained in chip budding",
        "Our staff in Chau Thanh only know T-budding. We want them trained in chip budding of pomelo and other citrus to "
        "raise bud take and to bud in the drier months.",
        {"rFo005": 2, "rFo002": 2, "rFo001": 1, "rFo006": 1},
    ),
    (
        "rFn55",
        "en",
        "d_nguqua",
        "Farmer wants to top-work old pomelo trees to a new variety",
        "I have 60 old pomelo trees in Tra On with strong root systems but a poor variety. I want them top-worked to a "
        "better citrus variety instead of replanting.",
        {"rFo006": 2, "rFo107": 2, "rFo004": 1},
    ),
    (
        "rFn56",
        "vi",
        "d_quatcanthang",
        "Cần ghép chuyển giống cho 200 cây cam già",
        "Vườn cam già 200 cây ở Càng Long gốc còn khỏe nhưng giống cũ kém. Tôi muốn thuê ghép chuyển sang giống mới trên "
        "cành, gốc sẵn có thay vì phá bỏ.",
        {"rFo006": 2, "rFo107": 2, "rFo002": 1, "rFo001": 1},
    ),
    (
        "rFn57",
        "en",
        "g_askvity",
        "Orchard developer needs 20,000 budded citrus trees from clean budwood",
        "We are planting a new citrus estate near Tra Vinh city and need 20,000 budded trees grown from disease-free "
        "budwood on a suitable rootstock, delivered in 2026.",
        {"rFo007": 2, "rFo008": 2, "rFo042": 2, "rFo047": 1, "rFo046": 1},
    ),
    (
        "rFn58",
        "vi",
        "c_n2agro_hlb",
        "Cần mua cây giống cam sạch bệnh có chứng nhận cho 10 ha",
        "Vườn cam cũ ở Càng Long bị vàng lá gân xanh phải phá bỏ. Chúng tôi trồng lại 10 ha và cần mua cây giống cam sạch "
        "bệnh có chứng nhận, ghép từ mắt ghép sạch.",
        {"rFo042": 2, "rFo007": 2, "rFo008": 2, "rFo059": 1, "rFo047": 1},
    ),
    (
        "rFn59",
        "en",
        "t_duasap_mirror",
        "Investor wants embryo-cultured makapuno seedlings",
        "Makapuno sells for ten times a normal coconut. We plan 8 ha in Cau Ke and need embryo-cultured makapuno "
        "seedlings "
        "that give a high share of makapuno nuts.",
        {"rFo087": 2, "rFo086": 2, "rFo090": 2, "rFo094": 1, "rFo093": 1, "rFo091": 1},
    ),
    (
        "rFn60",
        "vi",
        "t_duasap_cantho",
        "Muốn mua cây dừa sáp cấy phôi hoặc cấy mô tỷ lệ sáp cao",
        "Gia đình tôi ở Cầu Kè có 1 ha muốn trồng dừa sáp. Cần mua cây giống cấy phôi hoặc cấy mô để được nhiều trái sáp, "
        "không trồng từ trái thường nữa.",
        {"rFo086": 2, "rFo089": 2, "rFo090": 2, "rFo087": 2, "rFo091": 1, "rFo088": 1},
    ),
]

NEEDS += [
    (
        "rFn61",
        "en",
        "t_acclim_cowboys",
        "Nursery wants to outsource micropropagation of a local banana clone",
        "We have a productive local banana clone in Tra Cu and no lab of our own. We want a laboratory to multiply it by "
        "tissue culture and deliver rooted, hardened plantlets for our nursery to grow on.",
        {"rFo085": 2, "rFo078": 2, "rFo082": 1, "rFo076": 1, "rFo079": 1},
    ),
    (
        "rFn62",
        "en",
        "c_pcr_cdfa",
        "Provincial lab needs qPCR capacity for HLB",
        "Our plant protection lab in Vinh Long cannot confirm greening from symptoms alone. We need a validated molecular "
        "test for the HLB bacterium, staff training and a sampling method.",
        {"rFo051": 2, "rFo054": 2, "rFo050": 2, "rFo055": 1, "rFo053": 1, "rFo049": 1},
    ),
    (
        "rFn63",
        "vi",
        "c_zenodo",
        "Chi cục cần quy trình lấy mẫu và xét nghiệm greening cho vườn cây đầu dòng",
        "Chi cục Trồng trọt và Bảo vệ thực vật cần quy trình lấy mẫu và xét nghiệm vi khuẩn gây vàng lá greening định kỳ "
        "cho các vườn cây đầu dòng có múi trong tỉnh, vì triệu chứng dễ nhầm với thiếu vi lượng.",
        {"rFo053": 2, "rFo051": 2, "rFo050": 2, "rFo049": 2, "rFo054": 1, "rFo056": 1, "rFo055": 1},
    ),
    (
        "rFn64",
        "en",
        "c_belize",
        "Records system for budwood cuts, tree IDs and test results",
        "To meet a certification programme our nursery in Cang Long must register, and keep records of each mother tree, "
        "budwood cut, test result and spray. We need a records system with tree IDs and labels.",
        {"rFo045": 2, "rFo129": 2, "rFo130": 2, "rFo128": 1, "rFo044": 1},
    ),
    (
        "rFn65",
        "vi",
        "c_cdfa",
        "Quy trình sản xuất cây giống bưởi sạch bệnh trong nhà lưới",
        "Cơ sở chúng tôi ở Châu Thành muốn sản xuất cây giống bưởi, cam sạch bệnh đạt yêu cầu kiểm tra cây nguồn: cây mẹ "
        "trong nhà lưới, mắt ghép sạch, gốc ghép sạch. Cần quy trình kỹ thuật trọn gói.",
        {"rFo046": 2, "rFo047": 2, "rFo059": 1, "rFo060": 1, "rFo070": 1, "rFo038": 1},
    ),
    (
        "rFn66",
        "en",
        "c_safj",
        "Viroid and tristeza indexing of mother trees",
        "Our citrus mother trees in Vung Liem are tested for greening, but not for tristeza or viroids. We need indexing "
        "of about 40 mother trees for these graft-transmissible pathogens.",
        {"rFo067": 2, "rFo062": 2, "rFo066": 1, "rFo051": 1},
    ),
    (
        "rFn67",
        "vi",
        "t_chuoingu_thesis",
        "Can mua cay chuoi cay mo giong chuoi gia",
        "Toi o Tra On muon trong 2 ha chuoi gia, can mua cay chuoi cay mo sach benh, dong deu de thu hoach dong loat.",
        {"rFo080": 2, "rFo079": 2, "rFo081": 2, "rFo078": 1},
    ),
    (
        "rFn68",
        "en",
        "t_acclim_creepy",
        "Growth-room LED lighting for a new tissue-culture lab",
        "Our new tissue-culture room in Tra Vinh needs energy-saving lighting for culture shelves that does not heat the "
        "vessels. Looking for an LED lighting supplier with tissue-culture experience.",
        {"rFo099": 2},
    ),
    (
        "rFn69",
        "vi",
        "d_lop11",
        "Tập huấn kỹ thuật ghép cây ăn quả cho đoàn viên thanh niên",
        "Huyện đoàn Cầu Ngang muốn mở lớp dạy nghề nhân giống cây ăn quả cho đoàn viên, trọng tâm là ghép (cây có múi, "
        "xoài, "
        "mít) chứ không chỉ giâm cành.",
        {"rFo001": 2, "rFo004": 1, "rFo028": 1, "rFo031": 1, "rFo005": 1, "rFo002": 1},
    ),
    (
        "rFn70",
        "en",
        "r_durian_aciar",
        "Grafted durian planting material for a new 10 ha orchard",
        "We plan 10 ha of durian in Tam Binh, where Phytophthora is a threat. We need grafted planting material of good "
        "clones on suitable rootstocks, ideally large plants.",
        {"rFo021": 2, "rFo022": 2, "rFo020": 1, "rFo014": 1},
    ),
    (
        "rFn71",
        "en",
        "r_tahiti13",
        "Research centre needs a protocol to screen rootstocks for salt tolerance",
        "Our agricultural research centre in Tra Vinh wants to screen local and imported citrus rootstocks for salt "
        "tolerance in the nursery and lab. We need a screening protocol and markers.",
        {"rFo102": 2, "rFo103": 2, "rFo105": 1, "rFo104": 1, "rFo100": 1, "rFo101": 1},
    ),
    (
        "rFn72",
        "en",
        "t_makapuno_scribd",
        "Makapuno lab needs culture medium and embryo rescue training",
        "Our new lab in Cau Ke wants staff trained in makapuno embryo rescue: extracting the embryo, sterilisation and "
        "the culture medium until the seedling roots.",
        {"rFo093": 2, "rFo088": 2, "rFo095": 1, "rFo092": 1},
    ),
    (
        "rFn73",
        "vi",
        "g_durian_giacaphe",
        "Can mua hat sau rieng lam goc ghep",
        "Vuon uom o Tam Binh can mua hat sau rieng tot, khong lay tu trai rung non, de gieo lam goc ghep cho mua toi.",
        {"rFo024": 2, "rFo023": 1, "rFo015": 1},
    ),
    (
        "rFn74",
        "en",
        "g_mit_brvt",
        "Cooperative wants to learn approach grafting of jackfruit and mango",
        "Jackfruit and mango areas are growing in Cau Ngang. Our cooperative wants members trained to approach-graft and "
        "patch-bud jackfruit and mango onto local rootstocks.",
        {"rFo031": 2, "rFo032": 2, "rFo028": 2, "rFo001": 2, "rFo033": 1},
    ),
    (
        "rFn75",
        "vi",
        "s_knecht",
        "Giảm xoắn rễ cây giống sầu riêng trong bầu nilon",
        "Cây giống sầu riêng để lâu trong bầu nilon ở Vũng Liêm bị xoắn rễ, trồng ra dễ đổ ngã. Cần loại chậu hay cách "
        "ươm "
        "cho bộ rễ tơ nhiều, không xoắn.",
        {"rFo114": 2, "rFo115": 2, "rFo116": 2, "rFo118": 1, "rFo117": 1},
    ),
]
