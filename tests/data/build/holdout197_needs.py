"""Needs for holdout197: (id, language, source key, title, description, {offer id: grade}).

Needs written from pages about Ben Tre, Tien Giang, Long An, Kien Giang or the delta at large are set in
Tra Vinh / Vinh Long (place names of the province); the comment on each such row says so.
"""

NEEDS = [
    (
        "pQn01",
        "vi",
        "thvl_traon",
        "Cần trạm cảnh báo mặn tự động cho kênh nội đồng ở Trà Ôn",
        "HTX lúa ở Trà Ôn: mặn ngoài sông luôn cao nên cống không mở được, trong khi kênh nội đồng gần cạn. Cần trạm đo mặn tự động đặt phía ngoài cửa cống, báo số liệu về điện thoại để biết lúc nào nước nhạt mà mở cống lấy nước vào ruộng.",
        {
            "pQo001": 2,
            "pQo002": 2,
            "pQo004": 2,
            "pQo005": 2,
            "pQo006": 2,
            "pQo011": 2,
            "pQo012": 2,
            "pQo067": 1,
            "pQo063": 1,
            "pQo010": 1,
        },
    ),
    (
        "pQn02",
        "en",
        "saltlab_tv",
        "Reliable handheld salinity meters for farmers in Hiep My Tay",
        "Farmer group in Hiep My Tay, Cau Ngang: irrigation water is short, heat is severe and soil and canal water keep getting saltier; many still judge canal water by taste. We want about 50 genuine handheld meters reading in per mille, checked against a reference, plus a short training before pumping season.",
        {"pQo003": 2, "pQo010": 2, "pQo007": 1, "pQo012": 1, "pQo001": 1},
    ),
    (
        "pQn03",
        "vi",
        "tv_66500",
        "Can tram do man tu dong cho kenh cap nuoc lua o Tra Cu",
        "HTX o xa Tap Son, Tra Cu: nam truoc man vao sau hon 60 km theo kenh thuy loi, lua Dong Xuan chay kho. Can lap tram do man tu dong tren kenh cap nuoc, nhan tin bao khi man vuot 2 phan ngan de dong cong kip thoi, co the xem tren dien thoai.",
        {
            "pQo001": 2,
            "pQo002": 2,
            "pQo004": 2,
            "pQo005": 2,
            "pQo011": 2,
            "pQo012": 2,
            "pQo009": 1,
            "pQo063": 1,
            "pQo008": 1,
        },
    ),
    (
        "pQn04",
        "en",
        "tv_es",
        "Salinity early warning on members' phones for a rice cooperative in Cau Ke",
        "Rice cooperative in Cau Ke: last dry season cost the province about USD 43 million, mostly rice. We want salinity readings from the canals around our fields pushed to members' phones, with an alert before salt reaches the intakes, so we know when to close them or flush.",
        {"pQo011": 2, "pQo005": 2, "pQo004": 2, "pQo001": 2, "pQo012": 2, "pQo100": 1, "pQo095": 1},
    ),
    # page about Ba Tri (Ben Tre); set in Duyen Hai
    (
        "pQn05",
        "vi",
        "hanhkhatkito",
        "Cần máy đo mặn cầm tay cho ruộng dưa hấu trên cồn ở Duyên Hải",
        "Tổ hợp tác trồng dưa hấu trên cồn ven biển Duyên Hải: mùa khô phải thuê xe chở nước 1,2 m3 giá 120.000 đồng, nhiều người tưới nhầm nước giếng, nước kênh đã lợ. Cần mua máy đo mặn cầm tay đo được cả lớp nước mặt và nước sâu để kiểm tra trước khi tưới.",
        {"pQo003": 2, "pQo010": 2, "pQo007": 1, "pQo012": 1},
    ),
    (
        "pQn06",
        "en",
        "orchard_vnn",
        "Salinity sensor that starts the intake pump for a durian orchard in Vung Liem",
        "Durian grower in Vung Liem, Vinh Long: one of the provinces worst hit in 2019–20, when 25,000 ha of delta orchards lacked irrigation. We want a sensor at the canal intake that switches the pump to fill our pond only when the water is fresh enough, and alerts us otherwise.",
        {"pQo002": 2, "pQo006": 1, "pQo004": 1, "pQo001": 1, "pQo009": 1},
    ),
    # page about Kien Giang paddies; set in Tieu Can
    (
        "pQn07",
        "en",
        "talkvn_2016",
        "Knowing when canal water is safe to pump into paddies in Tieu Can",
        "Rice farmers in Tieu Can: canals still hold water in the dry season but we do not dare pump it in, fearing salt will kill the crop at heading. We need a simple way to know, field by field, whether the canal water is below the danger level today.",
        {"pQo011": 2, "pQo005": 2, "pQo003": 2, "pQo001": 2, "pQo004": 2, "pQo012": 1, "pQo010": 1},
    ),
]
NEEDS += [
    # page about Thanh Phu (Ben Tre); set in Chau Thanh
    (
        "pQn08",
        "vi",
        "vnx_free_water",
        "Cần túi trữ nước ngọt cỡ lớn đặt quanh vườn ở Châu Thành",
        "Nhà vườn ở Châu Thành: mùa hạn mặn năm rồi kéo dài 6 tháng, hai bể xi măng 1 m3 và vài lu nhựa 100 lít không đủ. Muốn mua túi nhựa trữ nước cỡ 10–25 m3 đặt quanh vườn để tưới cây, bền qua nhiều mùa, giá vừa túi tiền.",
        {"pQo013": 2, "pQo020": 1, "pQo026": 1, "pQo014": 1},
    ),
    (
        "pQn09",
        "en",
        "tv_43m",
        "Household water containers for poor families in Tra Vinh",
        "Commune social programme: after the last dry season thousands of rural households lacked clean water, and the province gave plastic containers and filters to some of them. We need a supplier or builder of household freshwater storage (tanks, jars or bags) for about 2,000 poor households, and a way to organise it.",
        {"pQo014": 2, "pQo015": 2, "pQo013": 2, "pQo030": 1},
    ),
    (
        "pQn10",
        "vi",
        "odm_braces",
        "Can lam muong trai bat giu nuoc ngot cho vuon sau rieng o Mang Thit",
        "Vuon sau rieng 3 ha o Mang Thit: muon dao muong giua cac hang cay rong khoang 2 m, sau 1 m, trai bat chong tham de chua nuoc ngot du tuoi qua 2 thang man dinh diem. Can nguoi huong dan ky thuat va thi cong.",
        {"pQo016": 2, "pQo021": 2, "pQo020": 1, "pQo017": 1, "pQo019": 1, "pQo025": 1, "pQo113": 1},
    ),
    # page about Cai Lay durian (Tien Giang); set in Tra On
    (
        "pQn11",
        "en",
        "xe_today",
        "Freshwater storage for a 4 ha durian farm in Tra On",
        "Durian farmer in Tra On: durian is damaged once salinity passes 0.5 per mille, and intrusion is forecast to start early. I need to build enough on-farm storage (ponds, lined ditches or tanks) to irrigate 4 ha through the peak when the canals are closed.",
        {"pQo019": 2, "pQo020": 2, "pQo016": 2, "pQo021": 2, "pQo025": 2, "pQo018": 1, "pQo026": 1},
    ),
    # page about Ba Tri (Ben Tre); set in Cau Ngang
    (
        "pQn12",
        "vi",
        "dantri_dexen",
        "Cần bể, lu chứa nước mưa cho hộ dân ven biển Cầu Ngang",
        "Hội phụ nữ xã ven biển Cầu Ngang: mùa khô nhiều nhà phải tắm bằng nước kênh mặn 2‰, chỉ còn mấy lu nước mưa để nấu ăn. Cần giải pháp trữ nước mưa cho hộ (bể xi măng, lu, bồn hoặc túi) đủ dùng ăn uống qua mùa khô, kèm cách vận động hộ tham gia.",
        {"pQo014": 2, "pQo015": 2, "pQo013": 2, "pQo030": 1, "pQo029": 1},
    ),
    # page about Kien Giang; set in Duyen Hai
    (
        "pQn13",
        "en",
        "odm_kg",
        "Community freshwater reservoir for coastal communes in Duyen Hai",
        "Duyen Hai district: the sea is only a few kilometres from farms and homes, and in a bad year the water plant intake turned salty. We look for design and construction of a community-scale freshwater reservoir that can be filled in the rainy season and protected from salt seeping in.",
        {"pQo028": 2, "pQo027": 2, "pQo022": 1},
    ),
    (
        "pQn14",
        "vi",
        "orchard_vnn",
        "Cần ao trữ nước ngọt cho vườn bưởi da xanh ở Vũng Liêm",
        "Hộ trồng 2 ha bưởi da xanh ở Vũng Liêm: mùa mặn 2019–2020 nhiều vườn trong vùng thiệt hại trên 70%. Cần thiết kế và đào ao trữ nước ngọt đủ tưới trong những tuần cống đóng, có thể kèm hệ thống bơm tưới.",
        {"pQo017": 2, "pQo018": 2, "pQo025": 2, "pQo019": 2, "pQo016": 1, "pQo021": 1, "pQo023": 1},
    ),
    (
        "pQn15",
        "en",
        "tv_66500",
        "Temporary dams to hold fresh water in field canals in Tra Cu",
        "Commune in Tra Cu: salt travelled up 60 km of irrigation canals, and dredging 14,600 m of canals was the only fix last year. We want a quick, low-cost way to dam sections of field canals to keep the fresh water we have and stop salt entering.",
        {"pQo026": 2, "pQo113": 2, "pQo069": 1, "pQo013": 1},
    ),
    # page about Giong Trom / Ba Tri (Ben Tre); set in Tieu Can
    (
        "pQn16",
        "vi",
        "nghethuat",
        "Cần bồn trữ nước sinh hoạt 3–5 m3 cho hộ ở Tiểu Cần",
        "Hộ kinh doanh quán cà phê ở Tiểu Cần: mùa khô nước máy mặn, khoan giếng không gặp nước ngọt, mua nước chở tận nhà 150.000 đồng/m3. Cần bồn hoặc bể trữ 3–5 m3 để chứa nước mưa và nước ngọt mua về dùng dần.",
        {"pQo015": 2, "pQo013": 2, "pQo014": 1, "pQo029": 1},
    ),
]
NEEDS += [
    (
        "pQn17",
        "vi",
        "tv_66500",
        "Cần giống lúa chịu mặn 4‰ cho vụ Đông Xuân ở Trà Cú",
        "Tổ hợp tác lúa ở Trà Cú: vụ trước hơn 66.500 ha lúa trong tỉnh bị khô héo vì hạn mặn. Cần nguồn giống lúa xác nhận chịu mặn ít nhất 4‰, thời gian sinh trưởng ngắn, năng suất khá, để gieo vụ Đông Xuân tới.",
        {"pQo032": 2, "pQo033": 2, "pQo031": 2, "pQo034": 2, "pQo037": 1, "pQo040": 1, "pQo041": 1},
    ),
    # page about Kien Giang paddies; set in Chau Thanh
    (
        "pQn18",
        "en",
        "talkvn_2016",
        "Rice seed that survives salt at heading, for a cooperative in Chau Thanh",
        "Cooperative in Chau Thanh: our paddies withered at heading when salt entered the canals. We need a variety that tolerates 5–6 ppt salinity and still gives 6 t/ha or more, with seed available for the next season.",
        {"pQo032": 2, "pQo033": 2, "pQo034": 2, "pQo035": 1, "pQo031": 1, "pQo042": 1},
    ),
    # page about Ben Tre; set in Duyen Hai
    (
        "pQn19",
        "vi",
        "englishwork",
        "Cần giống lúa chịu mặn rất cao cho ruộng ven biển Duyên Hải",
        "Nông dân ven biển Duyên Hải đang để ruộng trống cả mùa khô vì không có nước ngọt. Tìm giống lúa chịu được nước lợ mặn khoảng 8–10‰ mà vẫn cho 4 tấn/ha trở lên, để không phải bỏ ruộng.",
        {"pQo042": 2, "pQo035": 1, "pQo036": 1, "pQo039": 1},
    ),
    (
        "pQn20",
        "en",
        "tv_aid",
        "Salt-tolerant rice seed for the next winter-spring crop in Cau Ke and Tra Cu",
        "Farmers' association: about 41,000 households in Cau Ke and Tra Cu lost over 29,000 ha of rice. For the replanting we need seed of varieties tolerating at least 3–4 per mille and maturing within about 100 days.",
        {"pQo031": 2, "pQo033": 2, "pQo032": 2, "pQo037": 1, "pQo040": 1, "pQo041": 1},
    ),
    # page about Go Cong (Tien Giang); set in Cau Ngang
    (
        "pQn21",
        "vi",
        "talkvn_gocong",
        "Can giong lua cho ruong tom lua con man o Cau Ngang",
        "HTX tom lua o Cau Ngang: sau vu tom dat van con man, lua giong thuong chet non. Can giong lua thich nghi ruong tom lua, chiu man khoang 4 phan ngan, gao ngon de ban duoc gia.",
        {"pQo036": 2, "pQo037": 2, "pQo075": 1, "pQo073": 1, "pQo074": 1},
    ),
    # page about Long An; set in Tieu Can
    (
        "pQn22",
        "en",
        "dtinews_longan",
        "On-farm trials of new salt-tolerant rice lines in Tieu Can",
        "Cooperative in Tieu Can: with thousands of hectares of rice at risk from drought each year, we can offer 10 ha for farmer-run trials of candidate salt-tolerant lines and want a research partner to choose and supply them.",
        {"pQo038": 2, "pQo034": 1, "pQo035": 1, "pQo117": 1, "pQo039": 1},
    ),
    (
        "pQn23",
        "vi",
        "thvl_dongxuan",
        "Cần bản đồ khuyến cáo giống lúa theo độ mặn đất cho HTX Vĩnh Long",
        "HTX ở Vĩnh Long: vụ Đông Xuân 2020–2021 xuống giống hơn 47.600 ha trong điều kiện khí tượng thủy văn bất lợi. Muốn có bảng khuyến cáo giống lúa chịu mặn theo từng mức độ mặn (EC) và từng vùng để chọn giống cho các cánh đồng khác nhau.",
        {"pQo117": 2, "pQo035": 2, "pQo050": 1, "pQo040": 1},
    ),
    # page about Kien Giang; set in Tra Vinh
    (
        "pQn24",
        "en",
        "talkvn_2016",
        "Rice that tolerates both flooding and salinity for low fields",
        "Low-lying fields near the Co Chien river in Tra Vinh get salt in the dry season and stay submerged after heavy rain. Looking for breeding work or varieties that combine submergence and salt tolerance.",
        {"pQo039": 2, "pQo034": 1, "pQo031": 1},
    ),
]
NEEDS += [
    (
        "pQn25",
        "vi",
        "tv_aid",
        "Cần giống rau chịu mặn cho hộ trồng màu ở Cầu Kè",
        "Hơn 1.500 hộ ở Cầu Kè, Trà Cú mất khoảng 700 ha rau màu trong mùa hạn mặn. Tổ hợp tác rau cần giống rau chịu được nước tưới hơi lợ và hướng dẫn trồng trên đất nhiễm mặn để vẫn có rau bán trong mùa khô.",
        {"pQo043": 2, "pQo044": 2, "pQo045": 1, "pQo047": 1, "pQo048": 1, "pQo116": 1},
    ),
    # page about Go Cong (Tien Giang); set in Cang Long
    (
        "pQn26",
        "en",
        "talkvn_gocong",
        "Alternatives to a third rice crop on salt-prone land in Cang Long",
        "Farmers in Cang Long are told to stop growing three rice crops on land that gets salt late in the dry season and rotate one or two rice crops with other crops. Which upland crops pay, and how should the rotation be run?",
        {"pQo046": 2, "pQo049": 2, "pQo048": 1, "pQo050": 1, "pQo044": 1},
    ),
    # page about Ben Tre; set in Chau Thanh
    (
        "pQn27",
        "vi",
        "englishwork",
        "Cần chuyển ruộng lúa nhiễm mặn sang cây trồng khác ở Châu Thành",
        "Nông dân ở Châu Thành: ruộng lúa bỏ trống vì không có nước ngọt, tiếc đất. Cần tư vấn và mô hình chuyển sang cây trồng cạn chịu mặn có giá trị hơn, có nơi đã làm thành công.",
        {"pQo049": 2, "pQo046": 2, "pQo050": 1, "pQo048": 1, "pQo080": 1},
    ),
    (
        "pQn28",
        "en",
        "saltlab_tv",
        "Halophyte crops and buyers for a coastal cooperative",
        "Coastal cooperative near Hiep My Tay: fresh water is too scarce for our usual crop mix. We would like to trial naturally salt-tolerant plants watered with brackish water, ideally linked to our shrimp ponds, and need help finding buyers.",
        {"pQo045": 2, "pQo044": 2, "pQo115": 2, "pQo043": 1},
    ),
    # page about Long An; set in Tra Vinh
    (
        "pQn29",
        "vi",
        "dtinews_longan",
        "Cần tư vấn chọn cây trồng hợp với độ mặn nước tưới",
        "Hộ trồng cây ở Trà Vinh: nước tưới mùa khô thường có 1–2 g muối mỗi lít, dưa hấu và thanh long quanh vùng đã chết vì thiếu nước. Cần tư vấn loại cây ăn trái, cây màu nào chịu được mức mặn này để trồng lại.",
        {"pQo048": 2, "pQo050": 1, "pQo043": 1, "pQo046": 1},
    ),
    (
        "pQn30",
        "en",
        "tv_43m",
        "Net-house vegetables on drip irrigation for a women's group in Cau Ngang",
        "Women's group in Cau Ngang: dozens of hectares of vegetables were lost last dry season. We want to grow vegetables in a net house with automatic drip irrigation so that a small stock of fresh water goes further, and to earn through the dry months.",
        {"pQo116": 2, "pQo053": 1, "pQo059": 1, "pQo043": 1},
    ),
    (
        "pQn31",
        "vi",
        "sggpnews_water",
        "Cần kỹ thuật trồng cà chua ghép cho ruộng thấp ven sông",
        "Nông dân trồng rau ở Vĩnh Long: ruộng thấp ven sông mùa khô thiếu nước ngọt, mùa mưa lại úng, cà chua chết nhiều. Muốn học kỹ thuật ghép cà chua lên gốc ghép khỏe để cây chịu được điều kiện bất lợi.",
        {"pQo047": 2, "pQo043": 1},
    ),
    # page about Cai Lay (Tien Giang); set in Tra On
    (
        "pQn32",
        "en",
        "xe_today",
        "Drip irrigation to stretch stored water on 4 ha of durian in Tra On",
        "Durian grower in Tra On: with ponds dredged and grass kept for moisture, stored water still will not last the salinity peak if we flood-irrigate. We want a drip or micro-irrigation system sized for 4 ha of durian.",
        {"pQo052": 2, "pQo059": 2, "pQo053": 2, "pQo055": 2, "pQo054": 1, "pQo060": 1},
    ),
    # page about Long An; set in Cang Long
    (
        "pQn33",
        "vi",
        "dtinews_longan",
        "Can he thong tuoi nho giot chay nang luong mat troi cho vuon thanh long",
        "Vuon thanh long 1 ha o Cang Long: mua kho thieu nuoc, tien dien va cong tuoi cao. Can he thong tuoi nho giot dung pin mat troi bom nuoc tu muong vuon, tiet kiem nuoc.",
        {"pQo055": 2, "pQo056": 2, "pQo057": 1, "pQo059": 1},
    ),
]
NEEDS += [
    # page about Ba Tri (Ben Tre); set in Duyen Hai
    (
        "pQn34",
        "vi",
        "hanhkhatkito",
        "Cần mô hình tưới tiết kiệm nước cho dưa hấu trên đất giồng cát",
        "Hàng chục hộ trồng dưa hấu trên giồng cát ở Duyên Hải: dưa hơn 1 tháng tuổi đang thiếu nước, phải mua nước chở bằng xe. Cần mô hình tưới tiết kiệm (nhỏ giọt hoặc tưới thấm) phù hợp dưa hấu, có số liệu so sánh hiệu quả.",
        {"pQo051": 2, "pQo059": 2, "pQo053": 1, "pQo057": 1},
    ),
    (
        "pQn35",
        "en",
        "orchard_vnn",
        "Watering schedule for durian when water is rationed",
        "Durian cooperative in Vinh Long: we will have limited stored water this dry season. We need a watering schedule by growth stage (how many litres per tree per day, when to water during flowering and fruit set) so we use it where it matters.",
        {"pQo054": 2, "pQo060": 2, "pQo048": 1},
    ),
    (
        "pQn36",
        "vi",
        "tv_66500",
        "Cần kỹ thuật tưới tiết kiệm nước cho lúa khi kênh thiếu nước",
        "Nông dân ở Châu Thành, Trà Vinh: cuối vụ Đông Xuân kênh cạn, phải bơm tiết kiệm. Cần kỹ thuật tưới cho lúa dùng ít nước hơn mà không giảm năng suất, dễ áp dụng trên ruộng.",
        {"pQo058": 2, "pQo120": 1},
    ),
    (
        "pQn37",
        "en",
        "saltlab_tv",
        "Low-power irrigation for remote vegetable plots",
        "Farmers in Hiep My Tay grow vegetables on plots far from the grid and cannot afford diesel pumping all dry season. We need irrigation that runs on solar power or without a motor, using water from a nearby ditch or pond.",
        {"pQo057": 2, "pQo055": 2, "pQo056": 2, "pQo144": 1},
    ),
    # page about Tien Giang; set in Vung Liem
    (
        "pQn38",
        "vi",
        "vns_tg_2024",
        "Cần hệ thống tưới tự động gắn với ao trữ cho vườn cây giống",
        "Cơ sở sản xuất cây giống ở Vũng Liêm: đang theo dõi sát độ mặn và mực nước kênh, muốn đào ao trữ nước ngọt và lắp hệ thống tưới tự động bật tắt đơn giản để tưới đều các luống cây giống khi cống đóng.",
        {"pQo018": 2, "pQo052": 1, "pQo059": 1, "pQo024": 1},
    ),
    # page about Long An; set in Tra Vinh
    (
        "pQn39",
        "en",
        "dtinews_longan",
        "Spray irrigation fed from farm ponds for dragon fruit",
        "Dragon fruit grower in Tra Vinh: nearly 500 ha of dragon fruit in a neighbouring district suffered from water shortage. I want to dig a storage pond and run spray irrigation from it to save water and labour.",
        {"pQo024": 2, "pQo057": 2, "pQo055": 1, "pQo056": 1},
    ),
    (
        "pQn40",
        "vi",
        "thvl_traon",
        "Cần quy trình vận hành cống ngăn mặn theo độ mặn cho xã",
        "UBND xã ở Trà Ôn: mặn ngoài sông cao kéo dài, nước dự trữ trên kênh nội đồng cạn dần. Cần quy trình đóng mở cống theo độ mặn và con triều, tập huấn cho tổ vận hành để lấy được nước ngọt khi có thể.",
        {"pQo061": 2, "pQo064": 2, "pQo067": 2, "pQo062": 2, "pQo063": 1, "pQo071": 1},
    ),
    (
        "pQn41",
        "en",
        "tv_43m",
        "Operating the two new salt-prevention sluices in Cau Ke",
        "District irrigation team, Cau Ke: two new salt-prevention sluices were put into use last dry season. We need operating rules tied to salinity and tide readings and training for the operators, ideally with remote monitoring.",
        {"pQo064": 2, "pQo062": 2, "pQo061": 2, "pQo063": 1, "pQo066": 1, "pQo067": 1},
    ),
]
NEEDS += [
    (
        "pQn42",
        "vi",
        "thvl_thudong",
        "Cần tự động hóa cửa cống ngăn mặn bằng xi lanh thủy lực",
        "Đơn vị quản lý thủy lợi ở Vĩnh Long: hơn 43.000 ha lúa Thu Đông sản xuất trong ô bao nhờ cống và đê bao. Các cửa cống lớn vẫn đóng mở thủ công, cần giải pháp cửa van thép vận hành bằng xi lanh thủy lực, có hệ thống giám sát và điều khiển tự động.",
        {"pQo066": 2, "pQo065": 2, "pQo063": 1, "pQo070": 1},
    ),
    # page about Tien Giang; set in Cang Long
    (
        "pQn43",
        "en",
        "vns_tg_2024",
        "Replace yearly temporary earth dams with a permanent sluice in Cang Long",
        "Cang Long district spends heavily every dry season building temporary dams across canals to keep salt out of orchards and tears them down when rains come. We want a feasibility study and design for a permanent sluice.",
        {"pQo068": 2, "pQo065": 1, "pQo069": 1, "pQo026": 1},
    ),
    (
        "pQn44",
        "vi",
        "tv_es",
        "Cần nạo vét kênh và làm cống nhỏ giữ ngọt cho vùng cây ăn trái",
        "Xã có cây ăn trái ở Trà Vinh: mùa khô vừa qua 271 ha cây ăn trái trong tỉnh bị ảnh hưởng. Cần nạo vét kênh nội đồng và làm cống bọng nhỏ để chủ động giữ nước ngọt, ngăn mặn vào mương vườn.",
        {"pQo069": 2, "pQo023": 2, "pQo113": 1, "pQo020": 1},
    ),
    (
        "pQn45",
        "en",
        "thvl_thudong",
        "Sluice closing calendar to protect rice on rice–shrimp land",
        "Irrigation cooperative in Vinh Long: we need a season-by-season calendar of when to close and open sluices so that rice on rice–shrimp land is protected from high tides and salt, agreed with farmers.",
        {"pQo071": 2, "pQo099": 1, "pQo064": 1, "pQo118": 1},
    ),
    (
        "pQn46",
        "vi",
        "thvl_traon",
        "Can to truc van hanh cong lay nuoc ngot theo con nuoc",
        "Ap o Tra On: cong dong lau ngay, kenh noi dong kho. Can to truc va kinh nghiem do man ngay tai mieng cong, canh tung con nuoc ngot de mo cong lay nuoc vao noi dong.",
        {"pQo067": 2, "pQo061": 1, "pQo064": 1, "pQo063": 1, "pQo001": 1},
    ),
    (
        "pQn47",
        "en",
        "sggpnews_water",
        "Sea-dyke sluices for coastal communes of Duyen Hai",
        "Duyen Hai coastal communes lack fresh water for homes and farms every dry season. We look for a consultant on a chain of sluices along the sea dyke to keep salt water out and hold fresh water for rice areas.",
        {"pQo070": 2, "pQo062": 1, "pQo066": 1, "pQo068": 1},
    ),
    # page about Go Cong (Tien Giang); set in Cau Ngang
    (
        "pQn48",
        "vi",
        "talkvn_gocong",
        "Cần kỹ thuật rửa mặn nhanh để cấy lúa sau vụ tôm",
        "Hộ làm tôm–lúa ở Cầu Ngang: sau vụ tôm đất mặn, chờ mưa rửa thì xuống giống trễ, cuối vụ lại gặp hạn mặn. Cần kỹ thuật rửa mặn nhanh cho ruộng trước khi sạ lúa.",
        {"pQo073": 2, "pQo109": 1, "pQo074": 1},
    ),
    # page about Ben Tre; set in Tra Cu
    (
        "pQn49",
        "en",
        "englishwork",
        "Redesign of shrimp–rice plots: ditch share, water depth and stocking",
        "Shrimp–rice farmer in Tra Cu: shrimp yields in my plots are poor. I need technical guidance on how large the perimeter ditch should be, water depth on the platform and in the ditch, and how often and how densely to stock.",
        {"pQo072": 2, "pQo076": 1, "pQo075": 1, "pQo074": 1},
    ),
]
NEEDS += [
    # page about Kien Giang; set in Duyen Hai
    (
        "pQn50",
        "vi",
        "odm_kg",
        "Cần mô hình luân canh một vụ tôm một vụ lúa cho HTX ở Duyên Hải",
        "HTX ở Duyên Hải: mùa khô ruộng lúa nhiễm mặn, hàng chục nghìn ha lúa vùng ven biển từng khô héo. Muốn chuyển sang luân canh lúa mùa mưa – tôm mùa khô trên cùng thửa ruộng, cần quy trình và cán bộ kỹ thuật đồng hành.",
        {"pQo074": 2, "pQo075": 2, "pQo079": 2, "pQo081": 2, "pQo078": 2, "pQo080": 1, "pQo072": 1},
    ),
    # page about Kien Giang; set in Cau Ngang
    (
        "pQn51",
        "en",
        "talkvn_2016",
        "Buyer partnership for shrimp from a rice–shrimp cooperative",
        "Rice–shrimp cooperative in Cau Ngang: after losses to drought and salt, members want a stable buyer who also supports the farming system with inputs and technical advice.",
        {"pQo077": 2, "pQo075": 1},
    ),
    # page about Ben Tre; set in Tieu Can
    (
        "pQn52",
        "vi",
        "englishwork",
        "Cần nuôi tôm càng xanh trong ruộng lúa để tăng thu nhập",
        "Hộ nông dân ở Tiểu Cần: ruộng lúa mùa khô bỏ trống, thu nhập thấp. Muốn nuôi tôm càng xanh xen ruộng lúa, cần thiết kế mương, tỷ lệ diện tích và nguồn giống.",
        {"pQo076": 2, "pQo075": 1, "pQo079": 1},
    ),
    (
        "pQn53",
        "en",
        "thvl_thudong",
        "Seeding calendar for rice in rice–shrimp fields of Cau Ngang",
        "Rice–shrimp group in Cau Ngang: we need the recommended window to sow rice on our fields so that it is harvested in time to stock shrimp, and the official dates for the rest of the district.",
        {"pQo118": 2, "pQo099": 2, "pQo094": 1, "pQo071": 1},
    ),
    # page about Kien Giang; set in Tra Vinh
    (
        "pQn54",
        "vi",
        "talkvn_2016",
        "Cần đánh giá tính bền vững mô hình tôm–lúa của HTX",
        "HTX tôm–lúa ở Trà Vinh: sau các đợt hạn mặn, HTX muốn được đánh giá mức độ bền vững của mô hình đang làm, chỉ ra điểm cần cải thiện và chính sách hỗ trợ phù hợp.",
        {"pQo082": 2, "pQo079": 1},
    ),
    # page about Long An; set in Tra Vinh
    (
        "pQn55",
        "en",
        "dtinews_longan",
        "Raising shrimp in the dry season on rice fields that now grow one crop",
        "Farmers in a salt-affected area of Tra Vinh manage only one rice crop a year and leave fields idle in the dry season. We want to add a dry-season shrimp crop on the same fields and need the model and extension support.",
        {"pQo080": 2, "pQo081": 2, "pQo078": 2, "pQo074": 2, "pQo079": 1},
    ),
    # page about Ben Tre; set in Chau Thanh
    (
        "pQn56",
        "vi",
        "mttq_bt",
        "Cần máy lọc nước mặn công suất lớn cho trạm cấp nước xã",
        "Trạm cấp nước nông thôn ở Châu Thành: tháng 3 mặn đạt đỉnh, nước đầu vào trên 8‰ phải ngưng cấp, dân chờ xe chở nước từ thiện. Cần hệ thống lọc nước mặn công suất vài trăm lít mỗi giờ trở lên để cấp nước ăn uống cho dân.",
        {"pQo083": 2, "pQo088": 2, "pQo084": 2, "pQo089": 1, "pQo090": 1},
    ),
    # page about Ben Tre; set in Tieu Can
    (
        "pQn57",
        "en",
        "nghethuat",
        "Household unit to make drinking water from brackish canal water",
        "Family in Tieu Can: tap water tastes salty for months and delivered water costs 150,000 VND per cubic metre. We want a small household unit that turns brackish canal water into drinking and cooking water.",
        {"pQo086": 2, "pQo087": 2, "pQo085": 1, "pQo092": 2, "pQo091": 1, "pQo083": 1},
    ),
]
NEEDS += [
    # page about Ba Tri (Ben Tre); set in Cau Ngang
    (
        "pQn58",
        "vi",
        "dantri_dexen",
        "Cần thiết bị chưng cất nước bằng năng lượng mặt trời cho hộ nghèo",
        "Hội chữ thập đỏ xã ở Cầu Ngang: hộ nghèo phải dùng nước kênh mặn 2‰, chỉ vài lu nước mưa để nấu ăn. Cần thiết bị chưng cất nước bằng nắng, rẻ, tự làm được, mỗi ngày cho vài lít nước ăn uống.",
        {"pQo086": 2, "pQo087": 2, "pQo092": 2, "pQo093": 1},
    ),
    (
        "pQn59",
        "en",
        "tv_43m",
        "Water filters for salt-affected households in Tra Vinh",
        "Provincial programme follow-up: thousands of households faced clean-water shortage, and filters given out last year were too few. We need desalinating filters sized for a household or a hamlet, with Ministry of Health drinking standard output.",
        {"pQo083": 2, "pQo085": 2, "pQo084": 2, "pQo091": 1},
    ),
    # page about Thanh Phu (Ben Tre); set in Duyen Hai
    (
        "pQn60",
        "vi",
        "vnx_free_water",
        "Can may loc nuoc man chay dien mat troi cho xa ven bien",
        "Xa ven bien Duyen Hai: dan phai cho can den nha may nuoc de lay nuoc loc mien phi, dien chap chon. Can may loc nuoc man chay bang pin mat troi dat tai ap de dan lay nuoc uong.",
        {"pQo085": 2, "pQo084": 2, "pQo086": 1, "pQo087": 1},
    ),
    (
        "pQn61",
        "en",
        "tv_es",
        "Social enterprise model for affordable drinking water in a Khmer commune",
        "Commune in Tra Cu with many poor Khmer households: wells are salty, bottled water is unaffordable. We want to set up a community-run plant that treats water and sells it cheaply, with a partner experienced in this model.",
        {"pQo089": 2, "pQo088": 1, "pQo083": 1},
    ),
    # page about Kien Giang; set in Tra Vinh
    (
        "pQn62",
        "vi",
        "odm_kg",
        "Cần tư vấn chọn công nghệ khử mặn cho nước tưới",
        "Doanh nghiệp nông nghiệp ở Trà Vinh: nguồn nước mặt mùa khô mặn vượt ngưỡng chịu của lúa và rau. Cần chuyên gia so sánh các công nghệ khử mặn (RO, điện thẩm tách, chưng cất...) về chi phí, xử lý nước muối thải để chọn giải pháp cho tưới.",
        {"pQo090": 2, "pQo091": 1, "pQo083": 1},
    ),
    # page about Ben Tre; set in Cang Long
    (
        "pQn63",
        "en",
        "mttq_bt",
        "Salt-water treatment plant for a rural water station when intake exceeds 8 per mille",
        "Rural water station in Cang Long: when intake salinity passed 8 per mille the station had to stop supplying. We need a desalination unit able to treat water up to about 10 per mille for a long service life.",
        {"pQo088": 2, "pQo083": 2, "pQo084": 1, "pQo090": 1},
    ),
    (
        "pQn64",
        "vi",
        "sggpnews_water",
        "Cần máy lọc nước lợ cho điểm trường ven biển",
        "Trường tiểu học ở xã ven biển Trà Vinh: mùa khô nước sinh hoạt nhiễm mặn, học sinh thiếu nước uống. Cần máy lọc nước lợ thành nước uống đạt chuẩn, công suất nhỏ, dễ vận hành.",
        {"pQo083": 2, "pQo085": 2, "pQo084": 2, "pQo091": 2, "pQo086": 1},
    ),
    (
        "pQn65",
        "vi",
        "thvl_thudong",
        "Cần lịch xuống giống né mặn cho vụ Hè Thu ở Vũng Liêm",
        "HTX lúa ở Vũng Liêm: vụ Thu Đông năm trước an toàn nhờ xuống giống trong ô bao. Vụ Hè Thu tới cần khung lịch xuống giống chính thức cho vùng cách biển khoảng 70 km để tránh hạn mặn đầu vụ.",
        {"pQo094": 2, "pQo099": 1, "pQo097": 1, "pQo096": 1, "pQo100": 1},
    ),
]
NEEDS += [
    (
        "pQn66",
        "en",
        "tv_66500",
        "Seasonal drought and salinity outlook for planning the winter-spring crop",
        "Provincial agriculture department, Tra Vinh: the hydro-meteorological station expects El Niño effects for several more months. We need seasonal forecasts of drought and how far salt will intrude, early enough to plan sowing and water allocation.",
        {"pQo100": 2, "pQo095": 2, "pQo096": 2, "pQo098": 1, "pQo101": 1},
    ),
    (
        "pQn67",
        "vi",
        "thvl_dongxuan",
        "Cần ứng dụng điện thoại báo cả độ mặn và sâu bệnh cho nông dân",
        "HTX lúa ở Vĩnh Long: vụ Đông Xuân vừa rồi thời tiết, thủy văn bất lợi nên dịch hại phát sinh nhiều, cùng lúc lo mặn. Muốn một ứng dụng điện thoại gom số liệu nước, cảnh báo sâu bệnh và giá cả để xã viên theo dõi.",
        {"pQo112": 2, "pQo005": 1, "pQo128": 1, "pQo004": 1},
    ),
    (
        "pQn68",
        "en",
        "saltlab_tv",
        "Crop calendar advice for farmers in Hiep My Tay",
        "Farmers in Hiep My Tay, Cau Ngang, have cut back their crop mix and harvests because of drought and salt. We need the official sowing windows for our coastal area so crops finish before salt arrives.",
        {"pQo094": 2, "pQo099": 2, "pQo118": 1, "pQo096": 1},
    ),
    (
        "pQn69",
        "vi",
        "tv_es",
        "Cần dự báo hạn hán và năng suất lúa cấp tỉnh",
        "Sở Nông nghiệp Trà Vinh: mùa khô vừa qua thiệt hại khoảng 43,4 triệu USD. Cần công cụ dự báo hạn hán và năng suất lúa theo tỉnh để chủ động phân bổ nước và hỗ trợ.",
        {"pQo095": 2, "pQo101": 1, "pQo096": 1, "pQo100": 1},
    ),
    # page about Tien Giang; set in Vinh Long
    (
        "pQn70",
        "en",
        "vns_tg_2024",
        "Salt-intrusion forecasts to time irrigation and harvest in Vinh Long orchards",
        "Fruit cooperative in Vinh Long: we are advised to watch water quality and spread our harvests. We need regular forecasts of how far salt water will reach on the rivers each month and which orchard areas face shortage.",
        {"pQo100": 2, "pQo004": 1, "pQo095": 1},
    ),
    (
        "pQn71",
        "vi",
        "tv_aid",
        "Cần hướng dẫn hồ sơ nhận hỗ trợ lúa thiệt hại do hạn mặn",
        "Gần 41.000 hộ ở Cầu Kè, Trà Cú mất hơn 29.000 ha lúa. Hội nông dân xã cần hướng dẫn điều kiện, mức hỗ trợ theo mức độ thiệt hại và cách lập hồ sơ để xã viên được hỗ trợ khôi phục sản xuất.",
        {"pQo102": 2, "pQo103": 2, "pQo104": 1, "pQo119": 1},
    ),
    (
        "pQn72",
        "en",
        "tv_43m",
        "Index-based insurance for winter-spring rice in Tra Vinh",
        "Rice cooperative: saltwater intrusion and drought damaged more than 28,500 ha of rice last dry season. We want insurance that pays quickly on an index or satellite assessment instead of field-by-field claims, with premium support for poor members.",
        {"pQo105": 2, "pQo104": 2, "pQo119": 1, "pQo106": 1},
    ),
    (
        "pQn73",
        "vi",
        "orchard_vnn",
        "Cần quy trình phục hồi vườn cây ăn trái sau hạn mặn",
        "Hội làm vườn ở Vĩnh Long: nhiều vườn bị thiệt hại trên 70% sau mùa mặn. Cần quy trình rửa mặn, cải tạo đất, cắt tỉa và bón phân để phục hồi cây khi mùa mưa đến.",
        {"pQo107": 2, "pQo108": 2, "pQo110": 2, "pQo111": 2, "pQo114": 1, "pQo109": 1},
    ),
    (
        "pQn74",
        "en",
        "tv_es",
        "Restoring salt-degraded paddy soil",
        "Farmers in Tra Cu: after repeated salt seasons our paddy soil is tight and yields keep falling. We want a tested package to restore soil (amendments, organic matter, fertiliser) with measured results.",
        {"pQo109": 2, "pQo073": 1, "pQo108": 1},
    ),
    # page about Long An; set in Tra Vinh
    (
        "pQn75",
        "vi",
        "dtinews_longan",
        "Cần bảo hiểm cho lúa và thanh long trước mùa khô",
        "Hộ sản xuất ở Trà Vinh: mùa khô trước hàng nghìn ha lúa và vài trăm ha thanh long quanh vùng bị hạn. Muốn mua bảo hiểm nông nghiệp có Nhà nước hỗ trợ phí cho lúa và cây trồng trước mùa khô tới.",
        {"pQo104": 2, "pQo105": 1, "pQo106": 1},
    ),
    # page about Kien Giang; set in Cau Ke
    (
        "pQn76",
        "en",
        "talkvn_2016",
        "Recovering a coconut grove after saline irrigation",
        "Coconut grower in Cau Ke: trees took up salty water in the dry season and now give small, poor nuts. I need a care programme to bring the grove back to yield.",
        {"pQo114": 2, "pQo107": 2, "pQo108": 1},
    ),
]
