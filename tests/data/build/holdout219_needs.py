"""Needs of the holdout219 set: (id, language, source key, title, description, {offer id: grade}).

Needs written from pages about other places (Sa Dec, Cho Lach before the merger, Ho Chi Minh City, Ha Noi, abroad)
are set in Tra Vinh / Vinh Long; see the docstring of make_holdout219.py.
"""

NEEDS = [
    (
        "qMn01",
        "vi",
        "vnanet_cholach",
        "Cần nguồn giống cúc mâm xôi sạch bệnh và quy trình giâm cành",
        "Tổ hợp tác hoa kiểng ở xã Vĩnh Thành (Vĩnh Long) trồng cúc mâm xôi là chủ lực, mỗi vụ Tết vài chục nghìn chậu. Cây giống "
        "mua trôi nổi hay bị bệnh, tán không đều. Cần nơi cung cấp cành giâm từ vườn cây mẹ sạch bệnh và hướng dẫn tự làm vườn cây mẹ.",
        {"qMo001": 2, "qMo002": 2, "qMo003": 2, "qMo007": 1, "qMo149": 1},
    ),
    (
        "qMn02",
        "en",
        "dantri_sadec",
        "Need a pinching schedule so cushion mums form round, even canopies",
        "Our family garden in Chợ Lách commune plants cushion mums five to six months before Tet, but many pots come out "
        "lopsided with uneven bloom. We want an expert to set the pinching rounds and care steps so each pot forms a round, "
        "full dome that sells at top price.",
        {"qMo004": 2, "qMo005": 2, "qMo006": 1, "qMo032": 1, "qMo033": 1},
    ),
    (
        "qMn03",
        "vi",
        "vtv9_thoian",
        "Can cay giong van tho, mao ga de trong chau ban Tet",
        "Nha toi o Cau Ngang (Tra Vinh) nam nay muon trong vai ngan chau van tho, mao ga ban Tet. Can mua cay giong con khoe, gia "
        "hop ly, neu co dat tron san va chau thi cang tot, giao khoang thang 10 am lich.",
        {"qMo007": 2, "qMo008": 2, "qMo001": 1, "qMo076": 1},
    ),
    (
        "qMn04",
        "en",
        "sggp_sacxuan",
        "Season plan for 20,000 Tet pots from planting to sale",
        "A flower cooperative in Long Hồ (Vĩnh Long) sells most of its Tet pots to Ho Chi Minh City. We grow cushion mums "
        "and marigolds but often miss the sale window. We need a crop schedule: planting dates per variety, pinching rounds "
        "and bloom timing for about 20,000 pots.",
        {"qMo005": 2, "qMo006": 2, "qMo004": 2, "qMo017": 1},
    ),
    (
        "qMn05",
        "vi",
        "vinhyen",
        "Muốn kết hợp làng hoa với du lịch, làm tiểu cảnh check-in",
        "Làng nghề hoa Tết Vĩnh Yên (xã Long Đức, Trà Vinh) giảm từ 148 xuống còn 114 hộ dù diện tích lên gần 20 ha. Hợp tác xã "
        "muốn tăng thu nhập bằng cách mở vườn cho khách tham quan, bán vé, dựng tiểu cảnh check-in từ chậu hoa. Cần đơn vị tư vấn mô hình và thi công.",
        {"qMo012": 2, "qMo011": 2, "qMo013": 1},
    ),
    (
        "qMn06",
        "en",
        "longbinh",
        "Raise the value of bougainvillea pots with multi-colour grafting and bonsai",
        "Our growers' group in Long Bình (ward 4, Trà Vinh city), where most households grow bougainvillea and weave pots, "
        "sells plain plants cheaply. We want techniques to graft several colours on one plant and to style bougainvillea as "
        "bonsai for Tet.",
        {"qMo049": 2, "qMo047": 2, "qMo048": 2, "qMo050": 1, "qMo010": 1},
    ),
    (
        "qMn07",
        "vi",
        "kenh14_hoagiay",
        "Làm hoa giấy bonsai mini cho căn hộ, cần kỹ thuật cho ra hoa dày",
        "Cơ sở kiểng ở Càng Long thấy hoa giấy bonsai mini đang được giới trẻ chung cư săn mua dịp Tết. Chúng tôi muốn sản xuất "
        "vài nghìn chậu nhỏ nhưng cây hay ra ít bông, rụng lá. Cần kỹ thuật tạo dáng nhanh và chăm sóc để cây ra hoa dày đúng Tết.",
        {"qMo050": 2, "qMo047": 2, "qMo048": 2, "qMo049": 1, "qMo043": 1},
    ),
    (
        "qMn08",
        "vi",
        "nld_cucnosom",
        "Cần giải pháp chiếu sáng để cúc mâm xôi không nở sớm trước Tết",
        "Vụ vừa rồi hàng trăm nghìn chậu cúc mâm xôi ở xã Chợ Lách (Vĩnh Long) nở sớm do thời tiết, bán lỗ. Hợp tác xã cần quy "
        "trình và thiết bị chiếu sáng ngắt đêm hoặc kéo dài ngày để giữ cúc chưa ra nụ, chủ động cho hoa nở đúng Tết vụ sau.",
        {
            "qMo017": 2,
            "qMo018": 2,
            "qMo019": 2,
            "qMo020": 2,
            "qMo021": 2,
            "qMo025": 2,
            "qMo023": 1,
            "qMo028": 1,
            "qMo022": 1,
            "qMo036": 1,
            "qMo037": 1,
        },
    ),
    (
        "qMn09",
        "en",
        "docz_cuc_tet",
        "Low-cost night-lighting rig to time potted chrysanthemum for Tet",
        "A pot-mum grower in Tam Bình (Vĩnh Long) wants to control when plants flower so they open right at Tet. We need a "
        "cheap lighting layout (lamps per square metre, hours per night) that a small farm can install on bamboo frames.",
        {
            "qMo017": 2,
            "qMo018": 2,
            "qMo019": 2,
            "qMo020": 2,
            "qMo037": 1,
            "qMo023": 1,
            "qMo036": 1,
            "qMo021": 1,
            "qMo025": 1,
        },
    ),
    (
        "qMn10",
        "en",
        "docz_led_ckc",
        "Which LED wavelength holds chrysanthemums vegetative?",
        "A flower farm in Vũng Liêm (Vĩnh Long) wants to replace old bulbs with LEDs to keep mums from budding until the right "
        "date. We need to know which colour and wavelength works, when to switch on at night and for how long, with tested results.",
        {"qMo021": 2, "qMo019": 2, "qMo020": 2, "qMo025": 2, "qMo022": 1, "qMo023": 1, "qMo037": 1},
    ),
    (
        "qMn11",
        "vi",
        "answers_mums",
        "Can cach che toi cho cuc ra hoa som hon",
        "Vuon cuc o Tieu Can (Tra Vinh) muon co mot dot hoa ban som truoc Tet. Nghe noi phai che toi cho cay moi ngay nhieu gio. "
        "Can nguoi huong dan che bao nhieu gio, bao nhieu tuan, dung vai gi de cuc ra nu.",
        {"qMo027": 2, "qMo026": 2, "qMo028": 1, "qMo023": 1},
    ),
    (
        "qMn12",
        "en",
        "ashs_sanderson",
        "Keep potted chrysanthemum short enough for transport boxes",
        "A cooperative in Bình Minh (Vĩnh Long) ships pot mums by truck; tall plants break and do not fit the crates. We want a "
        "growth-regulator treatment (drench or spray, rate per pot) that keeps plants compact without losing flowers.",
        {"qMo032": 2, "qMo033": 2, "qMo034": 1, "qMo035": 1, "qMo004": 1},
    ),
    (
        "qMn13",
        "vi",
        "htv_mai",
        "Cần canh thời điểm lặt lá để mai nở đúng Tết",
        "Nhà vườn mai ở Bình Minh (Vĩnh Long) có khoảng 800 gốc, năm nào cũng có cây nở sớm hoặc trễ Tết. Cần chuyên gia hướng "
        "dẫn chọn ngày lặt lá theo thời tiết và cỡ nụ cho từng loại mai.",
        {"qMo029": 2, "qMo030": 2, "qMo031": 1},
    ),
    (
        "qMn14",
        "en",
        "social_mai",
        "Year-round care calendar for Tet mai",
        "A young grower in Mỏ Cày (Vĩnh Long) took over 300 mai trees and does not know what to do month by month: feeding, "
        "watering, pruning and bud induction so that trees bloom on New Year's Eve. Looking for a complete calendar.",
        {"qMo031": 2, "qMo029": 1, "qMo030": 1, "qMo108": 1},
    ),
    (
        "qMn15",
        "vi",
        "thvl_hoatrang",
        "Thử nghiệm chất điều hòa sinh trưởng để trồng hoa trang thành hoa chậu",
        "Nhà vườn ở Trà Ôn (Vĩnh Long) sưu tầm hơn 10.000 cây hoa trang, muốn đưa ra thị trường dạng chậu nhỏ gọn. Cây cao nhanh, "
        "mất dáng. Cần đơn vị thử nghiệm liều chất làm lùn phù hợp mà không làm chậm ra hoa quá nhiều.",
        {"qMo035": 2, "qMo033": 1, "qMo034": 1},
    ),
    (
        "qMn16",
        "en",
        "mainegarden",
        "Colour poinsettia bracts in time for Tet",
        "A cooperative in Trà Ôn (Vĩnh Long) wants to add poinsettia (trạng nguyên) pots for Tet, but bracts stay green because "
        "yard lights shine at night. We need a dark-treatment schedule: when to start, hours of darkness, covers to use.",
        {"qMo026": 2, "qMo027": 2, "qMo035": 1},
    ),
    (
        "qMn17",
        "vi",
        "thienlinh",
        "Cần đào tạo thợ cắt tỉa, uốn dây giữ dáng bonsai",
        "Cơ sở bonsai ở Cầu Kè (Trà Vinh) có 5 thợ trẻ, cây sau mùa mưa mọc rối mất dáng vì thợ chưa biết tỉa. Cần khóa đào tạo "
        "thực hành cắt tỉa giữ thế, tỉa cành vượt, uốn dây.",
        {"qMo040": 2, "qMo042": 2, "qMo044": 2, "qMo045": 1, "qMo043": 1},
    ),
    (
        "qMn18",
        "en",
        "bonsaigardener",
        "Repotting and root pruning for 300 bonsai",
        "A bonsai garden in Tiểu Cần (Trà Vinh) has 300 trees that have filled their pots. We need a team or service to repot "
        "them into bonsai containers and trim roots safely, with aftercare advice.",
        {"qMo041": 2, "qMo046": 2, "qMo043": 2, "qMo040": 1},
    ),
    (
        "qMn19",
        "vi",
        "mygarden_wiring",
        "Lớp uốn dây, tỉa cành bonsai cho hội viên mới",
        "Hội sinh vật cảnh ở Vũng Liêm (Vĩnh Long) có nhiều hội viên mới, uốn dây làm gãy cành, tróc vỏ. Cần người dạy cách chọn "
        "cỡ dây, quấn dây, uốn và tỉa cành đúng kỹ thuật.",
        {"qMo040": 2, "qMo042": 2, "qMo044": 2, "qMo043": 1},
    ),
    (
        "qMn20",
        "en",
        "fr_coq",
        "Export zodiac-shaped bonsai to foreign buyers",
        "A bonsai maker in Chợ Lách commune (Vĩnh Long) shapes plants into roosters and dragons for Tet and wants to export. "
        "We need help with shaping at scale and with preparing plants to pass import inspection abroad.",
        {"qMo051": 2, "qMo052": 2, "qMo053": 1, "qMo054": 1, "qMo135": 1},
    ),
    (
        "qMn21",
        "vi",
        "fr_coq",
        "Xuất cây kiểng đi nước ngoài cần xử lý rễ trần không đất",
        "Nhà vườn kiểng ở xã Chợ Lách (Vĩnh Long) có khách nước ngoài đặt mai và kiểng bonsai, nhưng nước nhập không cho mang "
        "đất. Cần quy trình rửa rễ, giữ ẩm, xử lý côn trùng để cây sống và ra hoa sau khi tới nơi.",
        {"qMo054": 2, "qMo053": 2, "qMo136": 1, "qMo135": 1, "qMo051": 1},
    ),
    (
        "qMn22",
        "vi",
        "bancaycanhdep",
        "Khóa bonsai cơ bản cho hộ mới chơi",
        "Gia đình ở Càng Long (Trà Vinh) có vài chục chậu sanh, si muốn làm bonsai bán. Cần khóa học cơ bản: tưới, bón phân, "
        "cắt tỉa, uốn nắn để cây đạt dáng.",
        {"qMo042": 2, "qMo043": 2, "qMo040": 2, "qMo044": 2, "qMo046": 1},
    ),
    (
        "qMn23",
        "vi",
        "caycanhmoc",
        "Chăm hoa giấy bonsai vùng gió nắng ven biển",
        "Cơ sở kiểng ở Duyên Hải (Trà Vinh) trồng hoa giấy bonsai bán cho khách du lịch. Gió mạnh, nắng gắt, mùa khô cây rụng lá, ít "
        "hoa. Cần tư vấn chế độ nắng, tưới, bón, tỉa để cây giữ lá và ra hoa nhiều.",
        {"qMo050": 2, "qMo047": 1, "qMo049": 1},
    ),
    (
        "qMn24",
        "vi",
        "docz_hoaly",
        "Cần thiết kế nhà lưới khoảng 1.000 m2 trồng hoa chậu mùa mưa",
        "Hợp tác xã hoa ở Châu Thành (Trà Vinh) mùa mưa hay bị dập hoa, úng chậu. Muốn dựng nhà lưới hoặc nhà che khoảng 1.000 m2 "
        "cho cúc, hồng, ly trồng chậu. Cần đơn vị thiết kế, báo giá, thi công.",
        {"qMo059": 2, "qMo060": 2, "qMo063": 2, "qMo064": 2, "qMo065": 2, "qMo061": 2, "qMo062": 2, "qMo072": 1},
    ),
    (
        "qMn25",
        "en",
        "royalshade",
        "Choose shade cloth for an orchid and foliage nursery",
        "An orchid and foliage nursery in Vĩnh Long city loses leaves to sunscald every dry season. We need advice and supply "
        "of shade cloth: what percentage and what colour for orchids versus foliage plants.",
        {"qMo066": 2, "qMo067": 2, "qMo068": 2, "qMo069": 2, "qMo070": 1, "qMo071": 1, "qMo159": 1},
    ),
    (
        "qMn26",
        "en",
        "bi_shade_what",
        "Cut heat under plastic roofs in the hot season",
        "Pot-flower growers in Bình Tân (Vĩnh Long) see temperatures above 40 C under plastic roofs in April and plants stop "
        "growing. We want shading and cooling that lowers heat around the plants without making them leggy.",
        {"qMo066": 2, "qMo159": 2, "qMo070": 2, "qMo071": 2, "qMo068": 2, "qMo069": 2, "qMo067": 1},
    ),
    (
        "qMn27",
        "vi",
        "loiloidan",
        "Cần lưới chắn côn trùng cho nhà lưới cúc để chặn bọ trĩ",
        "Nhà lưới cúc của tổ hợp tác ở Tiểu Cần (Trà Vinh) hiện chỉ có lưới che nắng, bọ trĩ bay vào liên tục. Cần loại lưới chắn "
        "côn trùng phù hợp, cách làm cửa và lắp đặt để hạn chế bọ trĩ xâm nhập.",
        {"qMo072": 2, "qMo106": 2, "qMo059": 2, "qMo103": 1, "qMo114": 1},
    ),
    (
        "qMn28",
        "vi",
        "plantgrowerworld",
        "Can chon luoi che nang bao nhieu phan tram",
        "Vuon hoa kieng o Cau Ngang (Tra Vinh) nang gat, la chay. Khong biet nen mua luoi che 30, 50 hay 70 phan tram cho tung "
        "loai cay, mau gi. Can noi tu van va ban luoi.",
        {"qMo067": 2, "qMo068": 2, "qMo069": 2, "qMo070": 1, "qMo071": 1, "qMo159": 1},
    ),
    (
        "qMn29",
        "en",
        "vnplus_taytuu",
        "Affordable bamboo net house for smallholder flower growers",
        "Smallholders in Trà Cú (Trà Vinh) invest VND 10-15 million per Tet crop and cannot afford steel greenhouses. We need "
        "a low-cost design using bamboo, wood and wire to shelter about 2,000 m2 of potted flowers.",
        {"qMo065": 2, "qMo063": 2, "qMo064": 2, "qMo061": 1, "qMo059": 1, "qMo060": 1},
    ),
    (
        "qMn30",
        "vi",
        "docz_bentre_coir",
        "Mụn dừa tươi làm cây hoa chậu vàng lá, thối rễ",
        "Nhà vườn hoa chậu ở Mỏ Cày (Vĩnh Long) dùng mụn dừa tươi mua tại chỗ làm giá thể, cây vàng lá, rễ đen, chậm lớn. Cần "
        "nguồn mụn dừa đã xử lý sạch chất chát, muối, hoặc quy trình tự xử lý tại vườn.",
        {
            "qMo076": 2,
            "qMo077": 2,
            "qMo078": 2,
            "qMo084": 2,
            "qMo085": 2,
            "qMo086": 2,
            "qMo089": 1,
            "qMo090": 1,
            "qMo081": 1,
        },
    ),
    (
        "qMn31",
        "en",
        "bi_coco",
        "Test salt level (EC) of coir lots before potting",
        "A nursery in Càng Long (Trà Vinh) buys coir from several local processors and some lots burn young roots. We need "
        "a lab that measures EC of the substrate with a standard method so we can compare suppliers.",
        {"qMo087": 2, "qMo086": 1, "qMo085": 1},
    ),
    (
        "qMn32",
        "en",
        "bonsai_ccct",
        "Free-draining potting mix for mai and bonsai in the rainy season",
        "A mai and bonsai garden in Long Hồ (Vĩnh Long) loses roots to waterlogging in the wet months. We need a mix recipe "
        "and supply (coconut husk chips, charcoal, perlite or similar) that holds water but drains fast.",
        {"qMo079": 2, "qMo080": 2, "qMo088": 2, "qMo041": 1, "qMo085": 1, "qMo084": 1},
    ),
    (
        "qMn33",
        "vi",
        "cayhoalaquanhnha",
        "Thay bầu nilon bằng chậu ươm xơ dừa phân hủy",
        "Cơ sở ươm cây kiểng ở xã Chợ Lách (Vĩnh Long) mỗi năm dùng hàng trăm nghìn bầu nilon, chậu nhựa. Muốn chuyển sang chậu "
        "ươm làm từ xơ dừa, trồng cả chậu xuống đất được. Cần nhà cung cấp hoặc chuyển giao cách sản xuất.",
        {"qMo095": 2, "qMo096": 2, "qMo094": 1},
    ),
    (
        "qMn34",
        "vi",
        "duyngoc",
        "Cần chậu nhẹ, bền, đẹp để gửi hoa kiểng bán online",
        "Cửa hàng kiểng ở Bình Minh (Vĩnh Long) bán online, chậu sành, đất nung nặng và hay bể khi gửi xe. Cần nguồn chậu nhẹ, "
        "bền, màu đẹp, số lượng vài nghìn cái.",
        {"qMo091": 2, "qMo092": 2, "qMo094": 2, "qMo093": 1},
    ),
    (
        "qMn35",
        "vi",
        "crf_scirp",
        "Phân bón tan chậm cho 10.000 chậu kiểng",
        "Hợp tác xã kiểng ở Mang Thít (Vĩnh Long) bón phân hòa tan mỗi tuần cho khoảng 10.000 chậu, tốn công và mưa là trôi phân. "
        "Cần loại phân tan chậm bón một lần dùng nhiều tháng và hướng dẫn liều bón cho chậu.",
        {"qMo098": 2, "qMo099": 2, "qMo100": 2, "qMo102": 1},
    ),
    (
        "qMn36",
        "en",
        "xodua_vx",
        "Turn coir pith waste into graded growing media for flower nurseries",
        "A coconut-husk processor in Càng Long (Trà Vinh) piles up coir pith. We want to produce washed, buffered, low-salt "
        "growing media for flower and bonsai nurseries, with quality testing, and need process know-how.",
        {"qMo085": 2, "qMo086": 2, "qMo087": 2, "qMo077": 1, "qMo083": 1},
    ),
    (
        "qMn37",
        "vi",
        "docz_bentre_coir",
        "Can mua mun dua sach so luong lon",
        "Vuon kieng o Vung Liem (Vinh Long) can khoang 20 tan mun dua moi nam lam gia the. Can noi cung cap mun dua da xu ly, dong "
        "bao, giao tan vuon, gia on dinh.",
        {"qMo081": 2, "qMo076": 2, "qMo085": 1, "qMo086": 1},
    ),
    (
        "qMn38",
        "vi",
        "phanthuoc_cuc",
        "Bọ trĩ làm biến dạng nụ cúc mâm xôi",
        "Vườn cúc mâm xôi 3.000 chậu ở xã Vĩnh Thành (Vĩnh Long) bị bọ trĩ chích hút làm lá non xoăn, nụ méo, màu hoa nhạt; phun "
        "thuốc nhiều lần vẫn không hết. Cần giải pháp phòng trừ hiệu quả, ưu tiên ít thuốc hóa học.",
        {
            "qMo103": 2,
            "qMo104": 2,
            "qMo106": 2,
            "qMo114": 2,
            "qMo115": 2,
            "qMo116": 2,
            "qMo117": 2,
            "qMo120": 1,
            "qMo105": 1,
        },
    ),
    (
        "qMn39",
        "en",
        "larecoin_mai",
        "Mites and leaf blight on mai every dry season",
        "Mai growers in Bình Minh (Vĩnh Long) see leaves turn speckled, yellow and drop in the dry season, and burnt leaf edges "
        "after rains, so trees flower poorly. We need diagnosis and a control programme.",
        {"qMo108": 2, "qMo109": 2, "qMo110": 2, "qMo117": 1},
    ),
    (
        "qMn40",
        "vi",
        "nnshop_tricho",
        "Cúc chậu thối rễ, héo chết mùa mưa",
        "Tổ hợp tác ở Mang Thít (Vĩnh Long) mùa mưa có tới 10% chậu cúc héo rũ, thối rễ. Muốn dùng chế phẩm sinh học như nấm "
        "Trichoderma để phòng, cần nguồn chế phẩm và cách tưới.",
        {"qMo111": 2, "qMo112": 2, "qMo005": 1},
    ),
    (
        "qMn41",
        "en",
        "docslib_ipm",
        "Whitefly in a potted-flower net house; want fewer sprays",
        "A net house of potted flowers in Trà Vinh city is infested with whitefly and sprays no longer work. We want an IPM "
        "plan with natural enemies and monitoring to cut insecticide use.",
        {"qMo118": 2, "qMo119": 2, "qMo117": 2, "qMo114": 1},
    ),
    (
        "qMn42",
        "en",
        "umass_bio",
        "Biological thrips control programme for a chrysanthemum net house",
        "A cooperative in Tam Bình (Vĩnh Long) grows mums in net houses; thrips have become resistant to rotated sprays. We "
        "are looking for predators or other biological agents and a release plan.",
        {"qMo115": 2, "qMo117": 2, "qMo120": 2, "qMo114": 2, "qMo116": 2, "qMo104": 1},
    ),
    (
        "qMn43",
        "vi",
        "cuc_ninhbinh",
        "Sâu xanh, sâu khoang đục nụ vạn thọ và cúc, muốn thuốc sinh học",
        "Nông dân trồng vạn thọ, cúc ở xã Long Đức (Trà Vinh) bị sâu xanh đục nụ, sâu khoang ăn lá gần Tết. Muốn dùng chế phẩm "
        "sinh học thay thuốc hóa học để hoa bán chợ Tết an toàn.",
        {"qMo107": 2, "qMo103": 1, "qMo105": 1},
    ),
    (
        "qMn44",
        "vi",
        "cuc_agrino",
        "Cuc dong tien bi phan trang, can cach tri",
        "Vuon cuc dong tien va cuc chau o Cang Long (Tra Vinh) bi nam trang phu tren la, la xoan kho, hoa nho. Can nguoi huong dan "
        "nhan biet benh va thuoc phong tri.",
        {"qMo121": 2, "qMo105": 1},
    ),
    (
        "qMn45",
        "en",
        "cuc_phanvisinh",
        "Pest identification and forecasting for 5 ha of chrysanthemum",
        "A chrysanthemum cooperative in Châu Thành (Trà Vinh) with 5 ha often sprays too late because members cannot tell "
        "pests apart. We need a service that identifies the main pests and diseases and warns us when to act.",
        {"qMo105": 2, "qMo114": 1, "qMo103": 1, "qMo104": 1},
    ),
    (
        "qMn46",
        "vi",
        "sggp_prices",
        "Muốn bán hoa Tết qua mạng, livestream thay vì chờ chợ hoa",
        "Năm rồi chợ hoa xuân ở Trà Vinh ế, nhiều chậu phải giảm giá mạnh ngày cuối năm. Nhà vườn chúng tôi ở Càng Long muốn bán "
        "online, livestream trên TikTok, Facebook, giao hàng tận nhà. Cần đơn vị hỗ trợ bán hàng và hướng dẫn làm.",
        {"qMo123": 2, "qMo124": 2, "qMo125": 2, "qMo127": 2, "qMo128": 2, "qMo129": 2, "qMo126": 1},
    ),
    (
        "qMn47",
        "en",
        "issuu_online",
        "Fulfilment partner for 5,000 online orders of Tet pot flowers",
        "A flower cooperative in Vĩnh Long started selling online and expects 5,000 orders this Tet. We lack packing space "
        "and staff and want a partner that stores, packs and delivers live plants for us.",
        {"qMo130": 2, "qMo131": 2, "qMo125": 1, "qMo132": 1, "qMo133": 1},
    ),
    (
        "qMn48",
        "en",
        "plusprinters",
        "Packaging so potted mums survive courier shipping",
        "Our garden in Chợ Lách commune ships potted mums to Ho Chi Minh City by courier; pots tip over, soil spills and "
        "buds break. We need a packing method and materials that keep plants upright and intact.",
        {"qMo133": 2, "qMo134": 2, "qMo135": 2, "qMo139": 2, "qMo136": 1},
    ),
    (
        "qMn49",
        "vi",
        "venus_pack",
        "Đóng gói lan hồ điệp gửi ra Hà Nội",
        "Vườn lan ở TP Vĩnh Long nhận đơn lan hồ điệp Tết từ Hà Nội, nhưng gửi đi thường gãy cành, dập cánh, rụng nụ. Cần cách "
        "đóng gói và dịch vụ vận chuyển lan đi xa an toàn.",
        {"qMo137": 2, "qMo138": 2, "qMo133": 1, "qMo134": 1},
    ),
    (
        "qMn50",
        "vi",
        "plo_ls",
        "Can nguoi day quay video, livestream ban hoa mai Tet",
        "Vuon mai o Long Ho (Vinh Long) muon tu ban online nhung khong biet quay clip, livestream, chot don, dong goi. Can nguoi "
        "co kinh nghiem huong dan.",
        {"qMo127": 2, "qMo128": 2, "qMo123": 1, "qMo124": 1},
    ),
    (
        "qMn51",
        "en",
        "plantstime",
        "Advice on shipping live plants across the country in hot weather",
        "A grower in Trà Vinh now gets orders from Ha Noi and Da Nang. Plants arrive stressed after 3-4 days in hot trucks. "
        "We need advice on packing, insulation, carrier choice and transit time for live plants.",
        {"qMo132": 2, "qMo135": 2, "qMo136": 2, "qMo133": 1, "qMo139": 1},
    ),
    (
        "qMn52",
        "en",
        "plo_cholach",
        "Secure sales for Tet pots before traders back out",
        "Growers in Chợ Lách commune (Vĩnh Long) depend on traders who pay deposits early but may not collect; in a bad year "
        "pots bloom early and stay unsold. We want direct sales channels such as live-streams and courier delivery.",
        {"qMo125": 2, "qMo126": 2, "qMo124": 2, "qMo123": 1},
    ),
    (
        "qMn53",
        "vi",
        "caimon_ndt",
        "Cần thùng, khung cố định khi chở mai, kiểng lớn đi xa",
        "Nhà vườn ở Cái Mơn (Vĩnh Long) chở mai tàng cao 2-2,5 m bằng xe tải và ghe lên TP.HCM, cây hay gãy cành, rụng nụ. Cần "
        "loại thùng hoặc khung giữ cây đứng vững và cách chằng buộc phù hợp.",
        {"qMo136": 2, "qMo134": 1, "qMo133": 1},
    ),
    (
        "qMn54",
        "en",
        "naturewithus",
        "Starter plan to sell potted plants online by mail order",
        "A small grower in Trà Ôn (Vĩnh Long) wants to start selling potted plants online to buyers nationwide. We need a "
        "practical plan: which channels, how to present plants, and how to pack and ship.",
        {"qMo132": 2, "qMo127": 2, "qMo129": 2, "qMo141": 1, "qMo130": 1},
    ),
    (
        "qMn55",
        "vi",
        "docz_lan_dalat",
        "Cần cây giống lan hồ điệp cấy mô số lượng lớn",
        "Hợp tác xã lan ở Trà Ôn (Vĩnh Long) muốn làm 20.000 chậu lan hồ điệp Tết, cần mua cây con nuôi cấy mô đồng đều, sạch "
        "bệnh và hướng dẫn nuôi sau ra chai.",
        {"qMo144": 2, "qMo145": 2, "qMo153": 1},
    ),
    (
        "qMn56",
        "en",
        "docz_doan_lan",
        "Automatic misting and climate control for orchid benches",
        "An orchid grower in Vĩnh Long city spends hours watering and cannot keep humidity steady. We want sensors and "
        "automatic misting or drip irrigation that can be monitored and switched from a phone.",
        {"qMo146": 2, "qMo147": 2, "qMo148": 2, "qMo152": 1, "qMo150": 1, "qMo151": 1},
    ),
    (
        "qMn57",
        "en",
        "tipsgardening_mist",
        "Mist bench to root mai and mum cuttings faster",
        "A nursery in Chợ Lách commune (Vĩnh Long) roots cuttings under plastic covers and loses many to wilting and rot. "
        "We want an intermittent mist bench with a timer to raise rooting rates.",
        {"qMo149": 2, "qMo150": 2, "qMo151": 2},
    ),
    (
        "qMn58",
        "vi",
        "tailieuxanh_dialan",
        "Nhân nhanh giống lan Mokara, địa lan quý bằng cấy mô",
        "Vườn lan ở Càng Long (Trà Vinh) có vài cây lan Mokara và địa lan màu đẹp, khách đặt nhiều nhưng tách chiết chậm. Cần "
        "đơn vị nhân nhanh in vitro hoặc chuyển giao quy trình nuôi cấy mô cho các giống này.",
        {"qMo153": 2, "qMo144": 1, "qMo145": 1},
    ),
    (
        "qMn59",
        "vi",
        "scribd_tuoi",
        "Lắp giàn treo và hệ thống tưới cho vườn lan mới 500 m2",
        "Chúng tôi ở TP Vĩnh Long mới thuê 500 m2 làm vườn lan, chưa có giàn, nhà che và đường ống tưới. Cần đơn vị tư vấn thiết "
        "kế và lắp đặt trọn gói cho vườn lan.",
        {"qMo152": 2, "qMo148": 1, "qMo063": 1, "qMo146": 1},
    ),
    (
        "qMn60",
        "vi",
        "iot_smartgarden",
        "Hệ thống tưới tự động cho vườn kiểng điều khiển bằng điện thoại",
        "Vườn kiểng 1.500 m2 ở Long Hồ (Vĩnh Long), chủ vườn hay đi giao hàng xa nên cây thiếu nước. Cần hệ thống tưới tự động "
        "theo cảm biến độ ẩm, xem và bật tắt từ điện thoại.",
        {"qMo148": 2, "qMo146": 2, "qMo147": 2, "qMo150": 1},
    ),
    (
        "qMn61",
        "en",
        "ppms_faq",
        "One controller for several mist beds",
        "Our propagation nursery in Mang Thít (Vĩnh Long) has four mist beds on separate mechanical timers that fail. We "
        "need a controller that runs several zones with different schedules and survives power cuts.",
        {"qMo150": 2, "qMo149": 1, "qMo151": 1, "qMo148": 1},
    ),
    (
        "qMn62",
        "en",
        "bi_coco",
        "Calcium and magnesium buffering when switching to coir",
        "A nursery in Bình Tân (Vĩnh Long) is switching pot flowers from garden soil to coir and sees calcium and magnesium "
        "deficiency. We need a buffering procedure or a buffered coir product and feeding advice.",
        {"qMo089": 2, "qMo090": 2, "qMo086": 2, "qMo085": 2, "qMo088": 1},
    ),
    (
        "qMn63",
        "en",
        "frontiers_blue",
        "Test when and how long to light mums at night",
        "A farm in Tiểu Cần (Trà Vinh) lights mums all evening and pays large power bills. We want trials to find the "
        "shortest, best-timed night lighting that still keeps plants vegetative.",
        {"qMo021": 2, "qMo019": 2, "qMo028": 2, "qMo020": 2, "qMo022": 1},
    ),
    (
        "qMn64",
        "en",
        "paclo_begonia",
        "Compact potted roses with longer-lasting flowers",
        "A rose grower in Long Hồ (Vĩnh Long) sells miniature roses in pots but plants stretch and flowers fade fast. We want a "
        "proven growth-regulator treatment that keeps them in proportion to the pot.",
        {"qMo034": 2, "qMo032": 1, "qMo035": 1},
    ),
    (
        "qMn65",
        "en",
        "sggp_sacxuan",
        "Floating flower displays to attract Tet visitors",
        "A flower village in Long Hồ (Vĩnh Long), on islets crossed by canals, wants visitors at Tet. We want to place pots "
        "on platforms over the water, build photo spots and run ticketed visits.",
        {"qMo013": 2, "qMo012": 2, "qMo011": 2},
    ),
    (
        "qMn66",
        "en",
        "huengaynay",
        "Protect pot-flower crops from floods and heavy rain",
        "Flower fields on islets in Long Hồ (Vĩnh Long) are flooded by high tides and heavy rain before Tet, wiping out "
        "months of work. We need raised benches or platforms and rain shelters for pots.",
        {"qMo013": 2, "qMo061": 2, "qMo062": 2, "qMo063": 2, "qMo064": 2},
    ),
    (
        "qMn67",
        "en",
        "vntourism_bmt",
        "Chrysanthemum cuttings of good varieties for a 1,500-pot garden",
        "A household in Cầu Kè (Trà Vinh) is starting a 1,500-pot chrysanthemum garden for Tet and needs healthy rooted "
        "cuttings of market varieties, plus guidance on propagation for next year.",
        {"qMo001": 2, "qMo003": 2, "qMo002": 1},
    ),
    (
        "qMn68",
        "en",
        "dantri_mai_ls",
        "Partner with TikTok creators to sell Tet flowers",
        "A group of mai and mum gardens in Cái Mơn (Vĩnh Long) sells on Facebook but reach is low. We want to work with "
        "TikTok creators or a programme that brings influencers to live-stream from our gardens, with delivery.",
        {"qMo124": 2, "qMo123": 2, "qMo125": 2, "qMo126": 2, "qMo127": 1, "qMo128": 1},
    ),
    (
        "qMn69",
        "vi",
        "cuc_agrino",
        "Bẫy dính theo dõi côn trùng trong nhà lưới hoa",
        "Hợp tác xã hoa ở Châu Thành (Trà Vinh) muốn theo dõi mật độ bọ trĩ, bọ phấn trong nhà lưới bằng bẫy dính để phun đúng "
        "lúc thay vì phun định kỳ. Cần hướng dẫn đặt bẫy và ngưỡng xử lý.",
        {"qMo119": 2, "qMo114": 2, "qMo106": 1, "qMo103": 1, "qMo104": 1},
    ),
    (
        "qMn70",
        "vi",
        "vietstock_tiktok",
        "Tìm vựa bán online đặt trồng hoa Tết theo đơn",
        "Tổ hợp tác 12 hộ ở Mỏ Cày (Vĩnh Long) trồng cúc mâm xôi, tắc kiểng nhưng đầu ra bấp bênh. Muốn ký hợp đồng trồng theo đơn "
        "cho các vựa bán hàng trên TikTok Shop, sàn thương mại điện tử, có số lượng và giá trước khi xuống giống.",
        {"qMo123": 2, "qMo129": 1, "qMo124": 1},
    ),
    (
        "qMn71",
        "vi",
        "panamerican_led",
        "Thay bóng sợi đốt bằng đèn LED cho vườn cúc để tiết kiệm điện",
        "Vườn cúc 4.000 m2 ở Tiểu Cần (Trà Vinh) đang thắp bóng sợi đốt mỗi đêm, tiền điện cao. Cần loại đèn LED và quy trình "
        "chiếu sáng thay thế vẫn giữ cúc không ra nụ sớm.",
        {"qMo019": 2, "qMo020": 2, "qMo021": 2, "qMo025": 2, "qMo023": 1, "qMo037": 1, "qMo017": 1},
    ),
    (
        "qMn72",
        "vi",
        "chau_chon",
        "Cần chậu đất nung thoát nước tốt cho bonsai, xương rồng",
        "Cơ sở kiểng ở Cầu Kè (Trà Vinh) trồng bonsai nhỏ và xương rồng, dùng chậu nhựa hay úng rễ. Cần tư vấn chọn chậu đất nung "
        "phù hợp từng loại cây và nguồn cung số lượng.",
        {"qMo093": 2, "qMo094": 1, "qMo091": 1},
    ),
    (
        "qMn73",
        "en",
        "koraylights",
        "Trial blue-light day extension in an indoor LED room",
        "A seedling company in Vĩnh Long is building an indoor LED room for mum mother plants and wants to know whether "
        "blue-light day extension keeps them vegetative. We seek a research partner to run cultivar trials.",
        {"qMo022": 2, "qMo021": 1, "qMo028": 1, "qMo019": 1},
    ),
    (
        "qMn74",
        "en",
        "koppert_wft",
        "Banker plants to keep Orius established in a mum net house",
        "A chrysanthemum grower in Tam Bình (Vĩnh Long) released Orius bugs but they disappeared between flowerings. We want "
        "a banker-plant system or programme that keeps predators established at lower cost.",
        {"qMo120": 2, "qMo115": 2, "qMo117": 1, "qMo116": 1},
    ),
    (
        "qMn75",
        "vi",
        "social_mai",
        "Phục hồi mai sau Tết và bón phân cho vụ sau",
        "Sau Tết, khoảng 500 gốc mai ở Trà Ôn (Vĩnh Long) bị kiệt sức, ra đọt yếu. Cần quy trình phục hồi tháng Giêng, cắt tỉa, "
        "bón phân và chăm tiếp các tháng sau để cây kịp ra nụ Tết năm sau.",
        {"qMo031": 2, "qMo100": 1, "qMo098": 1},
    ),
    (
        "qMn76",
        "en",
        "johnnys_shade",
        "Reflective shade on the outside of a greenhouse roof",
        "A pot-flower greenhouse in Trà Vinh city overheats at midday. We want white or aluminised shade cloth fitted on the "
        "outside of the roof to reflect heat, and advice on the right density.",
        {"qMo066": 2, "qMo068": 2, "qMo159": 2, "qMo067": 1, "qMo069": 1, "qMo070": 1, "qMo071": 1},
    ),
]
