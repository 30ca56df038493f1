"""Needs of the holdout80 set: enterprises, cooperatives and farmers in Trà Vinh / Vĩnh Long asking for technology.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve, 1 = partly relevant.
A need whose page is about another place is set in the province; make_holdout80.py lists them.
"""

NEEDS = [
    # --- net houses and greenhouses for heat and rain ---
    (
        "lDn01",
        "vi",
        "duyenhai_dualuoi",
        "Cần thiết kế nhà màng trồng dưa lưới chịu gió biển, thông gió tốt",
        "Hợp tác xã nông nghiệp thủy sản ở xã Trường Long Hòa, thị xã Duyên Hải đang có 2 nhà màng dưa lưới trong tổng số 6 nhà màng khoảng 6.000 m² của 3 hợp tác xã trong thị xã. "
        "Dưa bán vào siêu thị giá ổn định nên chúng tôi muốn xây thêm, cần đơn vị thiết kế và hỗ trợ kỹ thuật nhà màng chịu được gió mạnh ven biển, thoát nhiệt tốt mùa nắng.",
        {"lDo001": 2, "lDo004": 2, "lDo007": 1, "lDo012": 1, "lDo014": 1, "lDo003": 1, "lDo161": 1},
    ),
    (
        "lDn02",
        "vi",
        "rau_ngu_mung",
        "Tìm mẫu nhà lưới giá rẻ cho rau cải, mồng tơi vụ Tết",
        'Tổ hợp tác trồng rau ở Càng Long muốn cho cải xanh, cải ngọt, cải tàu sậy, mồng tơi "ngủ mùng" trong nhà lưới để bán Tết, đỡ sâu và đỡ mưa dập lá. '
        "Cần mẫu nhà lưới phù hợp túi tiền nông hộ, có hướng dẫn dựng và chọn loại lưới.",
        {"lDo002": 2, "lDo003": 2, "lDo086": 1, "lDo005": 1, "lDo010": 1},
    ),
    (
        "lDn03",
        "en",
        "vinhlong_hitech",
        "Expanding a vegetable net house in Long Hồ for rain and heat",
        "A vegetable farmer in Phước Hậu commune, Long Hồ, has grown in a 1,000 m² net house since 2016 with output two to three times the open field and added a second 2,000 m² house. "
        "He now wants a better design for the next houses that sheds heavy rain and vents heat, and asks for structure drawings and a supplier.",
        {
            "lDo004": 2,
            "lDo005": 2,
            "lDo010": 2,
            "lDo002": 2,
            "lDo007": 1,
            "lDo001": 1,
            "lDo012": 1,
            "lDo161": 1,
            "lDo011": 1,
            "lDo006": 1,
        },
    ),
    (
        "lDn04",
        "vi",
        "phuochau_rain",
        "Mưa trái mùa làm ngập rau, cần mái che và nhà lưới chống mưa",
        "Hợp tác xã sản xuất rau an toàn ở xã Phước Hậu, huyện Long Hồ vừa bị cơn mưa lớn trái mùa làm ngập cục bộ khoảng 30% diện tích rau màu. "
        "Chúng tôi cần giải pháp nhà lưới hoặc mái che mưa cho rau ăn lá, kết hợp lên liếp cao, để không mất trắng khi mưa dồn.",
        {"lDo010": 2, "lDo001": 2, "lDo002": 1, "lDo006": 1, "lDo005": 1},
    ),
    (
        "lDn05",
        "en",
        "vietexplorer_haugiang",
        "Low-cost rain shelters for leafy vegetables after heavy-rain losses",
        "Long spells of heavy rain in the lower Hậu River area damaged some 500 ha of vegetables along with rice and fruit trees in one season. "
        "Our vegetable cooperative in Tam Bình wants low-cost tunnels or rain shelters for leafy greens that keep water off the beds while staying cool.",
        {"lDo010": 2, "lDo006": 2, "lDo001": 2, "lDo003": 1, "lDo005": 1},
    ),
    (
        "lDn06",
        "vi",
        "ngocthanh_dualuoi",
        "Cần tư vấn lập dự án đầu tư 12 nhà màng dưa lưới",
        "Doanh nghiệp ở Bình Minh muốn làm theo mô hình một hợp tác xã dưa lưới đi từ 2 nhà màng trên 2.000 m² năm 2017 lên 12 nhà màng tổng 13.000 m², kết hợp chế biến và du lịch trải nghiệm. "
        "Cần đơn vị lập dự án đầu tư, chọn công nghệ nhà màng, quy trình trồng, sơ chế, đóng gói để trình ngân hàng.",
        {"lDo008": 2, "lDo001": 1, "lDo014": 1, "lDo012": 1, "lDo004": 1},
    ),
    (
        "lDn07",
        "en",
        "travinh_lua_mau",
        "Simple net-house model for farmers switching the third rice crop to vegetables",
        "In the 2021–2022 winter-spring season many households in Trà Vinh skipped the third rice crop and grew vegetables instead, earning two to three times more than from rice. "
        "Our farmers' group in Trà Cú wants a simple net-house model to protect these vegetables from insects and harsh sun so they can keep growing them.",
        {"lDo002": 2, "lDo003": 2, "lDo005": 2, "lDo086": 1, "lDo088": 1, "lDo001": 1},
    ),
    (
        "lDn08",
        "en",
        "greenhousevendor_shade",
        "Film house overheats above 40 °C in the dry season",
        "When it is above 30 °C outside our film-roofed house in Vũng Liêm passes 40 °C, and venting alone cannot hold it under 35 °C, so melons and leafy greens stall. "
        "We want shading plus evaporative cooling (fog or misting) that lowers the temperature without soaking the leaves.",
        {"lDo045": 2, "lDo046": 2, "lDo038": 2, "lDo047": 2, "lDo004": 1, "lDo011": 1, "lDo007": 1},
    ),
    (
        "lDn09",
        "vi",
        "travinh_lua_mau",
        "Can nha luoi gia re trong rau mau sau vu lua",
        "Nha toi o Tieu Can bo lua vu ba chuyen qua trong rau mau, thu nhap gap 2 3 lan lua. Muon lam nha luoi von it de rau khong bi sau, bi nang gat, can nguoi tu van kieu nha va huong dan dung.",
        {"lDo002": 2, "lDo003": 2, "lDo001": 1, "lDo086": 1},
    ),
    # --- hydroponics and NFT ---
    (
        "lDn10",
        "vi",
        "ttkhcn_brvt_thuycanh",
        "Hộ gia đình muốn trồng rau thủy canh trong nhà và ban công",
        "Gia đình tôi ở phường 7, TP Trà Vinh muốn trồng rau thủy canh gần cửa sổ và ban công; nghe nói rau hợp nhiệt độ 24–27 °C, độ ẩm 60–65%, dung dịch phải đựng thùng kín có nắp. "
        "Cần mua bộ thủy canh nhỏ kèm hướng dẫn pha dung dịch và đặt chỗ trồng.",
        {"lDo017": 2, "lDo105": 2, "lDo018": 2, "lDo016": 1, "lDo035": 1, "lDo029": 1},
    ),
    (
        "lDn11",
        "en",
        "qpvn_dongthap_thuycanh",
        "Turnkey NFT lettuce farm under a net house",
        "Following a farmer in Cao Lãnh who switched to hydroponic vegetables, our start-up in Vĩnh Long city plans a 500 m² NFT farm for lettuce and leafy greens under a net house to supply supermarkets. "
        "We need the channels, tanks and pumps installed and staff trained.",
        {"lDo023": 2, "lDo022": 2, "lDo016": 2, "lDo015": 2, "lDo024": 1, "lDo019": 1, "lDo034": 1, "lDo025": 1},
    ),
    (
        "lDn12",
        "en",
        "ttkhcn_brvt_nhietdo",
        "Hydroponic lettuce bolts and roots rot when the solution heats up",
        "In April our recirculating lettuce in Châu Thành bolts and roots turn brown; the solution warms well above the 20–24 °C range, pH drifts upward and nutrients go out of balance. "
        "We need a way to cool the nutrient solution and keep it in range.",
        {"lDo027": 2, "lDo028": 2, "lDo030": 1, "lDo026": 1, "lDo031": 1},
    ),
    (
        "lDn13",
        "vi",
        "mlog_troubleshoot",
        "Xà lách thủy canh hồi lưu bị thối rễ mùa nắng",
        "Trại rau thủy canh của chúng tôi ở Tiểu Cần bị thối rễ, rau héo vào mùa nắng dù đã kiểm tra dung dịch và nước. "
        "Cần giải pháp làm mát bồn dung dịch và giữ oxy hòa tan cho rễ.",
        {"lDo027": 2, "lDo028": 2, "lDo026": 1, "lDo030": 1, "lDo035": 1},
    ),
    (
        "lDn14",
        "vi",
        "thongtinkhcn_thuycanh",
        "Cần bộ điều khiển tự động pha dung dịch A-B và đo EC, pH",
        "Hợp tác xã ở Mang Thít đang pha dung dịch thủy canh bằng tay: đổ Part A khuấy 2 phút, rồi Part B, đo pH bằng bút rồi chỉnh bằng H3PO4 khi pH trên 6,5. "
        "Muốn đặt bộ điều khiển tự châm dung dịch, đo EC, pH và tự chỉnh.",
        {"lDo020": 2, "lDo024": 2, "lDo029": 1, "lDo026": 1, "lDo119": 1, "lDo030": 1},
    ),
    (
        "lDn15",
        "en",
        "questionai_thuycanh",
        "Trial aeroponics against NFT for leafy greens",
        "A vegetable start-up in Càng Long has read about thin-film NFT, deep-water culture, wick and ebb-and-flow and aeroponic misting systems. "
        "Before investing we want a small aeroponic demonstration unit with a pump timer to compare with NFT.",
        {"lDo021": 2, "lDo022": 1, "lDo016": 1, "lDo035": 1},
    ),
    (
        "lDn16",
        "vi",
        "thongtinkhcn_thuycanh",
        "Can mua he thong thuy canh NFT trong xa lach 300 m2",
        "Trang trai o Long Ho muon lam 300 m2 thuy canh hoi luu NFT trong xa lach, cai, rau thom. Can cung cap mang, bon, bom va huong dan gieo cay con 2 3 la roi dua len he thong.",
        {"lDo016": 2, "lDo023": 2, "lDo022": 2, "lDo015": 2, "lDo019": 1, "lDo025": 1},
    ),
    (
        "lDn17",
        "en",
        "baomoi_nongtraimini",
        "Small recirculating hydroponic rack for an apartment balcony",
        "A young family in a Vĩnh Long city apartment wants fresh leafy greens from a balcony under 2 m². "
        "We are looking for a compact recirculating pipe rack with pump, seedlings and simple instructions.",
        {"lDo105": 2, "lDo017": 2, "lDo032": 2, "lDo022": 1, "lDo106": 1, "lDo025": 1},
    ),
    (
        "lDn18",
        "en",
        "mlog_troubleshoot",
        "Tip burn and yellowing in hydroponic greens: nutrient recipe and water test",
        "Our hydroponic farm in Tam Bình sees tip burn and yellow leaves; we suspect the nutrient balance and our well water. "
        "We need a nutrient formula matched to leafy greens, water testing and a routine for pH, EC and oxygen.",
        {"lDo026": 2, "lDo030": 2, "lDo031": 1, "lDo029": 1, "lDo040": 1},
    ),
    # --- drip and misting irrigation with controllers ---
    (
        "lDn19",
        "vi",
        "tienphong_caungang",
        "Thiếu nước ngọt mùa khô, cần tưới nhỏ giọt tiết kiệm cho rau màu",
        "Ở ấp Ô Răng, xã Long Sơn, huyện Cầu Ngang, kênh nội đồng rộng hơn 7 m chỉ còn rãnh nước nhỏ, hơn 100 ha lúa thiếu nước từ trước Tết. "
        "Tổ hợp tác rau màu của ấp cần hệ thống tưới nhỏ giọt tiết kiệm nước cho vài ha rau, có bộ lọc và hướng dẫn vận hành.",
        {"lDo036": 2, "lDo039": 2, "lDo037": 2, "lDo013": 2, "lDo041": 1, "lDo040": 1},
    ),
    (
        "lDn20",
        "en",
        "vov_travinh",
        "Drip fertigation with a timer for melons and fruit in Cầu Ngang",
        "Thanks to the Nam Măng Thít irrigation system, farms in Kim Hòa and nearby communes of Cầu Ngang came through the salinity season, but fresh water is still precious. "
        "A farm growing Thai jackfruit and net-house melons wants drip lines with fertiliser injection and an automatic controller to water only when needed.",
        {"lDo043": 2, "lDo042": 2, "lDo036": 2, "lDo041": 2, "lDo048": 1, "lDo039": 1},
    ),
    (
        "lDn21",
        "vi",
        "thvl_traon_man",
        "Kiểm tra độ mặn nước tưới cho rau nhà lưới khi kênh khô cạn",
        "Ở huyện Trà Ôn độ mặn cao nên không mở được cống, nước trên kênh nội đồng gần khô cạn. "
        "Hộ trồng rau trong nhà lưới cần được hướng dẫn đo EC, pH nước tưới và biết nguồn nước nào còn dùng được cho cây con, cây trong bầu.",
        {"lDo040": 2, "lDo029": 1, "lDo036": 1, "lDo039": 1},
    ),
    (
        "lDn22",
        "en",
        "vinhlong_hitech",
        "Automatic misting for an orchid and vegetable net house",
        "In Vĩnh Long city orchid growers have cut workers and water with automated irrigation, and a farmer earns about VND 20 million every three months from 2,200 pots. "
        "Our net house with orchids and leafy greens in Trường An needs timer-controlled misting to cool and humidify in the dry season.",
        {"lDo038": 2, "lDo045": 2, "lDo046": 2, "lDo047": 1, "lDo042": 1, "lDo044": 1},
    ),
    (
        "lDn23",
        "vi",
        "tienphong_caungang",
        "Can bo hen gio tuoi tu dong dieu khien bang dien thoai",
        "Vuon rau nha luoi cua toi o Cang Long tuoi bang tay, mua kho ton cong va nuoc. Can bo hen gio tuoi tu dong, xem va bat tat may bom bang dien thoai.",
        {"lDo048": 2, "lDo036": 2, "lDo042": 1, "lDo116": 1, "lDo118": 1, "lDo124": 1, "lDo049": 1},
    ),
    (
        "lDn24",
        "en",
        "duyenhai_dualuoi",
        "Fertigation controller and drain recycling for melons in coir bags",
        "Three cooperatives in Duyên Hải town grow melons in six net houses of about 6,000 m² in total, and want to move to coir grow bags. "
        "We need a fertigation controller that sets EC per zone and triggers watering by sunlight or substrate moisture, and a way to reuse the drain water.",
        {"lDo043": 2, "lDo044": 2, "lDo020": 2, "lDo048": 1, "lDo041": 1, "lDo042": 1},
    ),
    (
        "lDn25",
        "vi",
        "caygiongcantho_muamua",
        "Chuyển từ tưới phun sang tưới nhỏ giọt để rau ăn lá đỡ bệnh",
        "Nhà vườn ở Mang Thít trồng cải, xà lách; mùa mưa độ ẩm cao, lá ướt lâu nên bệnh nấm, thối nhũn tăng. "
        "Muốn chuyển sang tưới nhỏ giọt giữ mặt lá khô, cần thiết kế và lắp đặt cho khoảng 2.000 m².",
        {"lDo039": 2, "lDo036": 2, "lDo041": 2, "lDo037": 1},
    ),
    (
        "lDn26",
        "en",
        "thvl_traon_man",
        "Drip emitters clog with sediment and iron from canal and well water",
        "With inland canals in Trà Ôn drying up, our vegetable farm pumps from a well and a low canal, and the drip emitters clog within weeks. "
        "We need water analysis and advice on filtration and treatment so the drip system keeps working.",
        {"lDo040": 2, "lDo036": 1, "lDo041": 1, "lDo037": 1},
    ),
    # --- growing media from coir and rice husk ---
    (
        "lDn27",
        "vi",
        "vuonxanh_raumam",
        "Cơ sở vỏ dừa cần quy trình xử lý mụn dừa làm giá thể",
        "Cơ sở sơ chế vỏ dừa ở Châu Thành (Trà Vinh) thải ra nhiều mụn dừa. Chúng tôi muốn xử lý chát, giảm EC, làm sạch mầm bệnh để bán giá thể cho nhà màng và vườn ươm, "
        "cần quy trình và thiết bị sàng, phân cỡ.",
        {"lDo068": 2, "lDo058": 2, "lDo051": 1, "lDo050": 1, "lDo060": 1, "lDo059": 1, "lDo057": 1},
    ),
    (
        "lDn28",
        "en",
        "caymomiennam_muamua",
        "Local substrate mix of coir and smoked rice husk for melon grow bags",
        "A melon cooperative in Cầu Kè wants a cheap, well-draining substrate from local treated coir, rice-husk ash and smoked husk instead of imported mixes. "
        "We need the mixing ratio and a growing protocol for bags in the net house.",
        {"lDo052": 2, "lDo056": 2, "lDo060": 2, "lDo063": 1, "lDo053": 1, "lDo059": 1, "lDo062": 1},
    ),
    (
        "lDn29",
        "vi",
        "maydanh_trotrau",
        "Cần nguồn trấu hun sạch số lượng lớn cho vườn ươm",
        "Vườn ươm rau ở Vũng Liêm cần mua trấu hun sạch, không lẫn trấu tươi và tro, khoảng vài khối mỗi tháng để trộn giá thể ươm cây. "
        "Ưu tiên cơ sở giao hàng đều tại tỉnh.",
        {"lDo054": 2, "lDo053": 2, "lDo063": 1, "lDo066": 1, "lDo055": 1},
    ),
    (
        "lDn30",
        "en",
        "vinanature_trau",
        "Replace imported peat with local rice hulls in seedling mixes",
        "Rice husk is everywhere in the delta and is mostly burned as fuel. Our seedling company in Bình Minh imports peat and perlite and wants to replace part of them with local rice hulls, "
        "raw, parboiled or carbonised, with tested ratios for tomato and leafy-vegetable seedlings.",
        {"lDo064": 2, "lDo065": 2, "lDo066": 2, "lDo063": 2, "lDo067": 1, "lDo053": 1, "lDo054": 1},
    ),
    (
        "lDn31",
        "vi",
        "vuonxanh_raumam",
        "Can mua xo dua da xu ly de trong dua luoi trong bau",
        "HTX dua luoi o Tra Cu can khoang 20 tan xo dua da xu ly chat, man de vo bau trong dua. Can noi cung cap on dinh, co the dang bao hoac ep khoi.",
        {"lDo050": 2, "lDo051": 2, "lDo059": 2, "lDo062": 1, "lDo068": 1},
    ),
    (
        "lDn32",
        "en",
        "planetcoco",
        "Switching a tomato net house from diseased soil to coir beds",
        "After several seasons in the same soil our tomato and cucumber net house in Trà Vinh city has root diseases and nematodes. "
        "We want to move to soilless culture on coir slabs or substrate beds with drip feeding and need the substrate and a growing protocol.",
        {"lDo056": 2, "lDo060": 2, "lDo059": 2, "lDo061": 1, "lDo069": 1, "lDo081": 1},
    ),
    (
        "lDn33",
        "en",
        "coircraft_geo",
        "Technology to make horticultural coir pith products",
        "A coconut-fibre factory in Mỏ Cày makes mats and ropes and piles up coir pith as waste. "
        "We want the know-how to grade, wash and buffer the pith into horticultural grow media for greenhouse growers.",
        {"lDo058": 2, "lDo059": 1, "lDo051": 1, "lDo068": 1, "lDo062": 1},
    ),
    (
        "lDn34",
        "vi",
        "tongkhoz_thoicore",
        "Chuyển sang trồng rau trên giá thể xơ dừa, trấu trong nhà lưới",
        "Ruộng rau của tôi ở Bình Tân bị thối cổ rễ hằng vụ do nấm đất, có vụ chết tới 70% cây. "
        "Muốn chuyển sang trồng trên giá thể xơ dừa trộn trấu trong nhà lưới, cần tỉ lệ phối trộn và quy trình trồng.",
        {"lDo056": 2, "lDo052": 2, "lDo050": 1, "lDo061": 1, "lDo060": 1, "lDo150": 1},
    ),
    # --- seedlings and grafted vegetable seedlings ---
    (
        "lDn35",
        "vi",
        "kienthuc_nghean_ghep",
        "Cần cây cà chua ghép gốc cà tím để trồng trái vụ mùa mưa",
        "Nông dân ở Diễn Châu trồng cà chua ghép gốc cà tím đạt 5 tấn/sào, thu 7–8 tháng, ít bệnh. Hợp tác xã của chúng tôi ở Tiểu Cần muốn trồng thử trái vụ mùa mưa, "
        "cần nguồn cây giống ghép chịu úng và chống héo xanh, kèm hướng dẫn chăm sóc.",
        {"lDo069": 2, "lDo070": 2, "lDo072": 2, "lDo071": 1, "lDo076": 1, "lDo073": 1},
    ),
    (
        "lDn36",
        "en",
        "agriviet_ghep_forum",
        "Bacterial wilt kills tomatoes in the wet season: grafted seedlings or rootstocks",
        "Tomato growers in Càng Long lose a large share of plants to bacterial wilt each rainy season, and 1,000 m² at 0.8 x 0.6 m spacing needs more than 2,000 seedlings. "
        "We need resistant rootstocks or ready grafted seedlings and a method that works at that scale.",
        {"lDo076": 2, "lDo077": 2, "lDo078": 2, "lDo069": 2, "lDo070": 2, "lDo080": 1, "lDo079": 1, "lDo163": 1},
    ),
    (
        "lDn37",
        "vi",
        "kinhtenongthon_uom",
        "Mở vườn ươm cây giống rau khay cung cấp cho nông dân",
        "Chúng tôi ở Long Hồ muốn mở vườn ươm cây giống bí đỏ, khổ qua, cà chua, ớt, cải bán cho nông dân như các làng ươm giống ở miền Trung. "
        "Cần kỹ thuật ươm khay, chọn loại khay theo cây, giá thể và thiết kế nhà ươm.",
        {"lDo074": 2, "lDo084": 2, "lDo083": 2, "lDo082": 1, "lDo085": 1, "lDo053": 1, "lDo075": 1},
    ),
    (
        "lDn38",
        "en",
        "caymomiennam_muamua",
        "Seedlings rot and collapse in the nursery during the rainy season",
        "Our vegetable nursery in Tam Bình loses many trays in the rainy season to waterlogged media and damping-off. "
        "We need a rain-covered, raised nursery set-up, a draining substrate and a biological treatment such as Trichoderma.",
        {"lDo090": 2, "lDo083": 2, "lDo063": 1, "lDo054": 1, "lDo074": 1, "lDo089": 1},
    ),
    (
        "lDn39",
        "vi",
        "kienthuc_nghean_ghep",
        "Can mua cay ca chua ghep 5.000 cay cho vu mua",
        "Toi o Cau Ke trong khoang 2 cong ca chua, can mua 5.000 cay ca chua ghep goc ca tim giao thang 7, co bao hanh ty le song.",
        {"lDo069": 2, "lDo072": 1, "lDo070": 1, "lDo074": 1, "lDo082": 1},
    ),
    (
        "lDn40",
        "en",
        "tailieuxanh_ghep",
        "Training to graft our own tomato seedlings for the off-season",
        "Tomato grafted onto eggplant, planted in July–August and harvested in October–November, fetches good prices at 25–30 t/ha where waterlogging and bacterial wilt kill ordinary plants. "
        "Our cooperative in Trà Cú wants hands-on training to graft its own seedlings and to set up a shaded healing area, instead of buying plants.",
        {"lDo080": 2, "lDo071": 2, "lDo072": 2, "lDo076": 1, "lDo163": 1, "lDo069": 1, "lDo070": 1},
    ),
    (
        "lDn41",
        "vi",
        "bachnong_caycon",
        "Đặt ươm cây giống dưa leo, khổ qua theo hợp đồng",
        "Hộ trồng dưa leo, khổ qua ở Trà Ôn tự gieo hạt hay bị chết cây con, cây lớn không đều. "
        "Muốn đặt cơ sở ươm cây giống theo hợp đồng, giao cây đủ tuổi đúng ngày xuống giống.",
        {"lDo074": 2, "lDo082": 2, "lDo075": 1, "lDo083": 1},
    ),
    (
        "lDn42",
        "en",
        "planetcoco",
        "Root-knot nematodes in net-house tomato and eggplant",
        "After years of the same crops in the same soil, a net house in Châu Thành growing tomato and eggplant has galled roots and wilting plants from root-knot nematodes. "
        "We want grafting onto resistant rootstocks or another non-chemical way to keep growing.",
        {"lDo081": 2, "lDo070": 2, "lDo061": 1, "lDo056": 1, "lDo076": 1},
    ),
    # --- pest exclusion and biological control under cover ---
    (
        "lDn43",
        "vi",
        "bacsicaytrong_bophan",
        "Bọ phấn trắng và xoăn lá virus trên dưa lưới nhà màng",
        "Nhà màng dưa lưới của hợp tác xã ở Duyên Hải bị bọ phấn trắng chích hút mặt dưới lá, lá vàng, muội đen và xoăn lá do virus, nặng khi nắng nóng ít mưa. "
        "Cần loại lưới chắn côn trùng đúng cỡ mắt cho cửa, vách và cách theo dõi bằng bẫy.",
        {"lDo086": 2, "lDo087": 2, "lDo088": 2, "lDo097": 2, "lDo098": 1, "lDo092": 1},
    ),
    (
        "lDn44",
        "en",
        "chicuc_bophan",
        "Biological control of whitefly in net-house tomato",
        "Whitefly Bemisia lays 100–150 eggs per female on our tomato leaves in Vĩnh Long, spreads leaf-curl virus and resists sprays. "
        "We want to release parasitoid wasps such as Encarsia or predatory mites instead of spraying, and need a supplier and a release plan.",
        {"lDo092": 2, "lDo095": 2, "lDo094": 2, "lDo096": 1, "lDo099": 1, "lDo101": 1},
    ),
    (
        "lDn45",
        "vi",
        "nongnghiep_bophan_dua",
        "Hướng dẫn nhận diện và đặt bẫy theo dõi bọ phấn trên dưa",
        "Ở vùng dưa của chúng tôi tại Tam Bình, 20–30% lá bị vàng nhưng nông dân tưởng bệnh nên phun thuốc nấm không hiệu quả. "
        "Cần quy trình đặt bẫy dính theo dõi bọ phấn: loại bẫy, mật độ, vị trí, cách đếm để quyết định khi nào xử lý.",
        {"lDo097": 2, "lDo098": 2, "lDo100": 1, "lDo099": 1, "lDo102": 1},
    ),
    (
        "lDn46",
        "en",
        "plantwise_tylcv",
        "Raising virus-free tomato seedlings behind insect netting",
        "Tomato yellow leaf curl virus spread by whitefly keeps hitting tomato fields in Càng Long, and farmers spray heavily. "
        "We want to raise seedlings and grow the first weeks under fine insect netting that stops whitefly, with the right mesh and structure.",
        {"lDo088": 2, "lDo086": 2, "lDo097": 1, "lDo084": 1, "lDo087": 1},
    ),
    (
        "lDn47",
        "vi",
        "congnghenn_chetcaycon",
        "Tự sản xuất nấm Trichoderma trị thối rễ, héo cây trong nhà lưới",
        "Hợp tác xã rau ở Trà Cú bị chết cây con và héo rũ do nấm đất Pythium, Rhizoctonia, Fusarium trong nhà lưới. "
        "Muốn tự nhân nấm đối kháng Trichoderma tại chỗ để xử lý giá thể và đất, giảm thuốc hóa học.",
        {"lDo090": 2, "lDo089": 2, "lDo091": 1, "lDo101": 1},
    ),
    (
        "lDn48",
        "en",
        "caphe_borua",
        "Entomopathogenic fungus against mealybugs on eggplant",
        "Mealybugs are building up on our eggplants in Tiểu Cần and sprays no longer work. "
        "We want a fungal biocontrol product such as Beauveria or Verticillium, or the know-how to multiply it, tested on this pest.",
        {"lDo091": 2, "lDo090": 2, "lDo102": 1},
    ),
    (
        "lDn49",
        "vi",
        "chicuc_bophan",
        "Can luoi chan con trung cho nha luoi 2.000 m2",
        "Nha luoi 2.000 m2 o Cang Long can thay luoi moi chan bo phan, bo tri, rep. Can bao gia luoi chong con trung co phu UV, co nhieu co mat luoi.",
        {"lDo086": 2, "lDo087": 2, "lDo088": 2, "lDo007": 1},
    ),
    (
        "lDn50",
        "en",
        "dths_giaotrinh",
        "Training technicians to mass-rear natural enemies",
        "The plant protection team of a district in Vĩnh Long wants to start releasing natural enemies rather than relying on chemical sprays. "
        "We need training for technicians on mass-rearing beneficial insects and on augmentative releases.",
        {"lDo101": 2, "lDo095": 1, "lDo092": 1, "lDo090": 1, "lDo102": 1},
    ),
    (
        "lDn51",
        "en",
        "greenhousenews_tylcv",
        "Sticky traps and monitoring for whitefly and thrips in melon houses",
        "Yellow leaf curl virus outbreaks in greenhouse tomatoes abroad have spread over more than 100 ha, and whitefly pressure rises in hot dry spells. "
        "Our melon and tomato houses in Cầu Kè want yellow and blue sticky traps and a monitoring protocol to catch whitefly and thrips early.",
        {"lDo097": 2, "lDo098": 2, "lDo100": 2, "lDo099": 1, "lDo086": 1, "lDo093": 1},
    ),
    # --- rooftop and balcony gardens in towns ---
    (
        "lDn52",
        "vi",
        "vnexpress_santhuong",
        "Làm vườn rau sân thượng 50 m², lo thấm dột và chịu tải",
        "Gia đình tôi ở phường 1, TP Vĩnh Long muốn biến sân thượng 50 m² thành vườn rau trái. Có người trồng thất bại vì phải làm lại chống thấm, có người đưa 25 tấn đất hay 800 bao đất lên mái. "
        "Cần tư vấn chống thấm, kiểm tra tải trọng và thiết kế vườn nhẹ.",
        {"lDo103": 2, "lDo110": 2, "lDo111": 1, "lDo104": 1, "lDo112": 1, "lDo113": 1},
    ),
    (
        "lDn53",
        "en",
        "znews_santhuong",
        "Low-maintenance rooftop vegetable garden on two floors",
        "A family house in Trà Vinh city has two upper floors of 40 and 50 m² free for vegetables; with market vegetable prices jumping, they want their own greens year round. "
        "We need a layout with containers, trellises and automatic drip watering that is easy to keep up.",
        {"lDo103": 2, "lDo109": 2, "lDo104": 1, "lDo115": 1, "lDo036": 1, "lDo048": 1},
    ),
    (
        "lDn54",
        "vi",
        "doanhnhan_santhuong",
        "Trồng cải, xà lách, mồng tơi trên sân thượng bằng thùng xốp",
        "Chủ cửa hàng ở thị trấn Cầu Kè muốn tận dụng sân thượng trồng cải, xà lách, mồng tơi và vài cây ăn trái như ổi. "
        "Cần cách làm vườn thùng xốp chi phí thấp, chọn đất, phân, giống.",
        {"lDo104": 2, "lDo106": 2, "lDo103": 1, "lDo109": 1},
    ),
    (
        "lDn55",
        "en",
        "thitruong_nongdanpho",
        "Community garden plots on an apartment rooftop",
        "The management board of an apartment block in Vĩnh Long city wants to turn the flat roof into garden plots rented to residents, as rooftop gardens of 30–40 m² are spreading in Vietnamese cities. "
        "We need a model for plot size, rent, containers and shared watering.",
        {"lDo108": 2, "lDo113": 1, "lDo110": 1, "lDo115": 1, "lDo107": 1},
    ),
    (
        "lDn56",
        "vi",
        "baomoi_nongtraimini",
        "Kinh doanh lắp vườn rau thủy canh ban công cho hộ chung cư",
        "Nhóm thanh niên ở TP Trà Vinh thấy nhiều gia đình trẻ muốn trồng rau sạch ở ban công nên định mở dịch vụ lắp giàn rau cho căn hộ. "
        "Cần đối tác cung cấp giàn thủy canh, cây con và chuyển giao cách lắp đặt.",
        {"lDo018": 2, "lDo105": 2, "lDo017": 2, "lDo032": 1, "lDo022": 1},
    ),
    (
        "lDn57",
        "en",
        "thitruong_nongdanpho",
        "Vertical planters and melons on a café rooftop terrace",
        "A café owner in Vĩnh Long city has seen 30 m² rooftops hold 70 melon tubs and wants a productive but attractive terrace. "
        "We need vertical planters, trellises and container varieties suited to full sun and wind.",
        {"lDo109": 2, "lDo111": 2, "lDo103": 1, "lDo107": 1, "lDo112": 1, "lDo114": 1},
    ),
    (
        "lDn58",
        "vi",
        "wealthy_urban",
        "Hướng dẫn trồng rau ban công chung cư ít nắng",
        "Căn hộ của tôi ở phường 5, TP Trà Vinh có ban công hướng bắc, chỉ có nắng vài giờ buổi sáng. "
        "Cần tư vấn loại rau chịu bóng, chậu và cách tưới để có rau ăn hằng ngày.",
        {"lDo106": 2, "lDo112": 2, "lDo017": 1, "lDo109": 1, "lDo114": 1},
    ),
    (
        "lDn59",
        "en",
        "vnexpress_santhuong",
        "School rooftop garden: structural check and lightweight containers",
        "A primary school in Càng Long wants a rooftop vegetable garden for pupils, but the roof was not designed for heavy soil. "
        "We need a structural check, lightweight containers and a vertical layout that keeps load low.",
        {"lDo110": 2, "lDo111": 2, "lDo112": 2, "lDo103": 1},
    ),
    # --- sensors and apps for greenhouse climate ---
    (
        "lDn60",
        "vi",
        "hust_android_iot",
        "Giám sát nhiệt độ, độ ẩm nhà màng qua điện thoại, cảnh báo khi quá nóng",
        "Hợp tác xã dưa lưới ở Tiểu Cần có 4 nhà màng, trưa nắng nhiệt độ lên rất nhanh mà không ai trực. "
        "Cần hệ thống cảm biến nhiệt độ, độ ẩm, CO2 gửi số liệu lên ứng dụng điện thoại, báo động khi vượt ngưỡng và bật quạt từ xa.",
        {"lDo121": 2, "lDo123": 2, "lDo122": 2, "lDo124": 2, "lDo116": 1, "lDo117": 1, "lDo118": 1},
    ),
    (
        "lDn61",
        "en",
        "thongtinkhcn_thuycanh",
        "Continuous EC, pH and temperature monitoring for a hydroponic farm",
        "Our hydroponic farm in Long Hồ checks pH by hand-held pen and keeps it at 5.5–6.5; readings are missed at weekends. "
        "We want sensors logging EC, pH and solution temperature with alerts on the phone.",
        {"lDo119": 2, "lDo121": 2, "lDo024": 1, "lDo029": 1, "lDo020": 1},
    ),
    (
        "lDn62",
        "vi",
        "hoc24_cambien",
        "Đặt thiết kế bộ điều khiển nhà kính theo cảm biến",
        "Công ty nông nghiệp ở Vĩnh Long muốn đặt bộ điều khiển cho nhà kính: đọc cảm biến nhiệt độ, độ ẩm, ánh sáng, tự bật quạt, phun sương, đèn theo ngưỡng, xem trên máy tính. "
        "Ưu tiên nhóm kỹ thuật trong nước làm được phần cứng và phần mềm.",
        {"lDo116": 2, "lDo117": 2, "lDo124": 2, "lDo020": 1, "lDo121": 1, "lDo120": 1},
    ),
    (
        "lDn63",
        "en",
        "growersnetwork_nft",
        "SMS alarm when the pump stops or temperature spikes",
        "Our NFT and seedling house in Trà Cú lost plants when a power cut stopped the pump on a hot afternoon and the roots dried out. "
        "We want sensors for temperature, humidity and irrigation flow that send an SMS to the manager's phone when something goes wrong.",
        {"lDo127": 2, "lDo122": 2, "lDo121": 1, "lDo124": 1},
    ),
    (
        "lDn64",
        "vi",
        "hoc24_cambien",
        "Cần cảm biến nhiệt độ, độ ẩm giá rẻ cho nhà màng dưa lưới",
        "Nhà màng dưa lưới nhỏ ở Cầu Ngang cần bộ cảm biến nhiệt độ, độ ẩm giá rẻ, báo về điện thoại khi quá nóng hoặc quá ẩm, không cần hệ thống lớn.",
        {"lDo116": 2, "lDo122": 2, "lDo118": 1, "lDo121": 1, "lDo125": 1},
    ),
    (
        "lDn65",
        "en",
        "caygiongcantho_muamua",
        "Dew-point monitoring to prevent leaf mould at night",
        "In the rainy season humidity in our tomato house in Vũng Liêm stays high overnight, leaves are wet at dawn and mould spreads. "
        "We want to monitor dew point at leaf level and be warned before condensation forms.",
        {"lDo128": 2, "lDo122": 2, "lDo123": 1, "lDo045": 1},
    ),
    (
        "lDn66",
        "vi",
        "hutech_nhakinh",
        "Hợp tác xây dựng mạng LoRa giám sát nhiều nhà màng",
        "Một trường đại học ở Trà Vinh và doanh nghiệp muốn xây mạng cảm biến không dây phủ nhiều nhà màng trong khu nông nghiệp, đo cả chênh lệch nhiệt độ theo chiều cao, "
        "xem và điều khiển trên điện thoại. Tìm đối tác có giải pháp đã thử nghiệm.",
        {"lDo123": 2, "lDo124": 2, "lDo125": 1, "lDo126": 1, "lDo116": 1, "lDo117": 1},
    ),
    (
        "lDn67",
        "en",
        "springer_arduino",
        "Climate forecasting dashboard for several greenhouses",
        "An agricultural company in Bình Minh runs several greenhouses with a few low-cost sensors each. "
        "We want a web dashboard that plots the data, forecasts temperature and humidity and warns managers before conditions turn bad.",
        {"lDo126": 2, "lDo123": 2, "lDo121": 1, "lDo125": 1},
    ),
    # --- further needs across sub-topics ---
    (
        "lDn68",
        "en",
        "tienphong_caungang",
        "Wind-proof shade-net house for leafy vegetables on coastal sand",
        "On the sandy coastal land of Cầu Ngang the sun is harsh, wind strong and fresh water short. "
        "A cooperative wants a shade-net house for leafy vegetables with a steel frame that withstands wind and cuts radiation and water loss.",
        {"lDo007": 2, "lDo002": 2, "lDo005": 1, "lDo003": 1, "lDo004": 1},
    ),
    (
        "lDn69",
        "vi",
        "vuonxanh_xodua",
        "Làm bầu ươm và túi trồng ép từ mụn xơ dừa",
        "Cơ sở xơ dừa ở Tiểu Cần đã bán mụn dừa thô, nay muốn làm sản phẩm giá trị hơn: bầu ươm, khối nén và túi trồng bằng mụn dừa cho nhà màng. "
        "Cần công nghệ sàng, phối cỡ hạt và ép khối.",
        {"lDo059": 2, "lDo058": 2, "lDo050": 1, "lDo062": 1},
    ),
    (
        "lDn70",
        "vi",
        "vitagrowthheight_htx",
        "Đào tạo thành viên hợp tác xã sản xuất rau an toàn",
        "Một hợp tác xã rau ở Vĩnh Phúc quản lý quy trình bằng phần mềm VietGAP điện tử, mỗi ngày thu mua 3–4 tấn dưa chuột cho siêu thị, trường học. "
        "Hợp tác xã của chúng tôi ở Tam Bình muốn đào tạo thành viên sản xuất rau an toàn, chuẩn bị đất, nước, giống, vật tư trước khi vào nhà lưới.",
        {"lDo162": 2, "lDo002": 1, "lDo056": 1},
    ),
    (
        "lDn71",
        "en",
        "memart_suhao",
        "Regular supply of seedlings for a hydroponic farm",
        "Our hydroponic farm in Vĩnh Long sows kohlrabi, lettuce and greens in trays with coir, smoked husk or sponge and moves them to the system at 2–3 leaves. "
        "We would rather buy uniform seedlings, about 20,000 a month, from a nursery on contract.",
        {"lDo018": 2, "lDo082": 2, "lDo074": 2, "lDo085": 1, "lDo023": 1, "lDo084": 1},
    ),
    (
        "lDn72",
        "vi",
        "caymomiennam_muamua",
        "Hệ thống phun sương cho nhà ươm cây giống",
        "Nhà ươm cây giống rau ở Càng Long cần hệ thống phun sương hẹn giờ để giữ ẩm cho khay mới gieo và hạ nhiệt trưa nắng, không làm úng giá thể.",
        {"lDo038": 2, "lDo045": 2, "lDo044": 1, "lDo083": 1, "lDo046": 1},
    ),
    (
        "lDn73",
        "vi",
        "greenhousevendor_shade",
        "Lắp quạt hút và tấm làm mát cho nhà màng kín",
        "Trang trại dưa lưới ở Vũng Liêm có nhà màng kín, trời trên 30 °C thì trong nhà vượt 40 °C, che lưới chỉ hạ được vài độ. "
        "Muốn lắp hệ thống quạt hút kết hợp tấm làm mát bay hơi, cần tính số tấm và quạt theo diện tích.",
        {"lDo047": 2, "lDo038": 1, "lDo045": 1, "lDo046": 1, "lDo004": 1},
    ),
    (
        "lDn74",
        "en",
        "plovdiv_thrips",
        "Predatory mites and blue traps against thrips on cucumbers",
        "Western flower thrips are scarring cucumbers and curling young fruit in our net house in Bình Tân; we have read that trap colour changes how many thrips are caught. "
        "We want coloured sticky traps to track the build-up and predatory mites to control thrips instead of more insecticide.",
        {"lDo093": 2, "lDo100": 2, "lDo097": 1, "lDo095": 1, "lDo092": 1},
    ),
    (
        "lDn75",
        "vi",
        "chicuc_bophan",
        "Lưới côn trùng cho vườn ươm cây con cà chua, ớt",
        "Vườn ươm ở Trà Ôn bị bọ phấn vào khay cây con cà chua, ớt, cây ra ruộng đã mang virus xoăn lá. "
        "Cần che vườn ươm bằng lưới côn trùng đúng cỡ mắt và đặt bẫy dính vàng.",
        {"lDo086": 2, "lDo087": 2, "lDo088": 2, "lDo097": 1, "lDo098": 1},
    ),
]
