"""Needs of the holdout49 labelled set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- snakehead (cá lóc) ---
    (
        "jYn01",
        "vi",
        "loc_giathap",
        "Cá lóc rớt giá, nuôi không có lời – cần cách hạ giá thành",
        "Tôi nuôi 1.000 m2 cá lóc ở xã Đại An, Trà Cú. Vụ thu hoạch đầu năm nay sản lượng cả vùng tăng mà giá cá xuống "
        "thấp kéo dài, đa số hộ nuôi không có lời. Cần cách giảm tiền thức ăn cho mỗi ký cá và cách bố trí thả giống để "
        "không phải bán cùng lúc với cả xóm.",
        {"jYo001": 2, "jYo002": 2, "jYo004": 1, "jYo005": 1, "jYo003": 1, "jYo007": 1},
    ),
    (
        "jYn02",
        "vi",
        "was_sinh",
        "Cá tạp cho cá lóc ngày càng đắt, muốn chuyển sang cám viên",
        "Nhà tôi ở Tiểu Cần nuôi cá lóc đen 2 ao, cứ 4-5 kg cá tạp băm mới ra được 1 kg cá, giá cá tạp mỗi năm một tăng, "
        "nước ao lại mau dơ. Muốn chuyển sang cho ăn cám viên nhưng cá giống bắt ngoài tự nhiên không chịu ăn. Cần giải "
        "pháp về thức ăn và con giống.",
        {"jYo002": 2, "jYo003": 2, "jYo009": 2, "jYo004": 1, "jYo005": 1, "jYo008": 1, "jYo067": 1, "jYo011": 1},
    ),
    (
        "jYn03",
        "en",
        "aquafish_sinh",
        "Snakehead pond water turns foul and diseases are hard to cure",
        "I farm snakehead intensively in an earthen pond in Châu Thành (Trà Vinh) without any planning; the culture area "
        "is polluted and when the fish get sick the treatments rarely work. I need a pond layout that keeps water clean "
        "and a disease prevention plan.",
        {"jYo001": 2, "jYo072": 2, "jYo013": 1, "jYo073": 1, "jYo087": 1, "jYo006": 1},
    ),
    (
        "jYn04",
        "vi",
        "loc_launhim",
        "Cần nguồn giống cá lóc đầu nhím ổn định, lớn nhanh",
        "Ở xã Định An, Trà Cú nhiều hộ chuyển sang nuôi cá lóc đầu nhím vì lớn nhanh, thịt ngon hơn cá lóc đầu vuông. "
        "Nhưng giống mua trôi nổi, cỡ không đều, hao hụt nhiều. Cần nơi cung cấp giống tốt với số lượng lớn kèm quy "
        "trình nuôi.",
        {"jYo009": 2, "jYo010": 2, "jYo011": 1, "jYo001": 1, "jYo003": 1},
    ),
    (
        "jYn05",
        "en",
        "loc_dantoc",
        "Digging a 1,000 m2 snakehead pond – need a method and the numbers",
        "My family in Cầu Ngang heard that snakehead farmers make 40-50 million đồng per 1,000 m2 of water when fish "
        "sell at 45,000-48,000 đồng/kg, about 13,000-15,000 đồng profit per kg. I plan to dig one 1,000 m2 pond with no "
        "experience and need stocking density, feeding and cost per kg before I start.",
        {"jYo001": 2, "jYo007": 1, "jYo002": 1},
    ),
    (
        "jYn06",
        "en",
        "meatgrinder_pellet",
        "Making moist snakehead pellets at home with a meat grinder",
        "Small farm in Càng Long: we want to make our own 1-2 mm pellets by mixing dry ingredients with oil and water, "
        "pushing the dough through an electric meat grinder and sun-drying for two or three days, then feeding 3-5% of "
        "body weight twice a day. We need a tested recipe and the right steps.",
        {"jYo067": 2, "jYo002": 1, "jYo063": 1, "jYo065": 1, "jYo004": 1, "jYo062": 1},
    ),
    (
        "jYn07",
        "vi",
        "psc_uonglocgiong",
        "Ương cá lóc giống trong hộc tốn nhiều trứng nước, muốn tập ăn viên sớm",
        "Tôi ương cá lóc giống ở Cầu Kè theo kiểu đào hộc 3 x 4 m, mỗi hộc một cặp bố mẹ. Cá lòng ròng ăn trứng nước, cứ "
        "8 kg thức ăn mới ra 1 kg cá giống, giá trứng nước 18.000 đồng/kg. Muốn chuyển cá con sang thức ăn viên sớm để "
        "giảm chi phí và bán giống ăn được cám.",
        {"jYo003": 2, "jYo009": 2, "jYo011": 1, "jYo002": 1},
    ),
    # --- pangasius wastewater and sludge ---
    (
        "jYn08",
        "vi",
        "luanvan_xlnt",
        "Trại cá tra bị nhắc nhở xả nước thải, cần cách xử lý sinh học rẻ",
        "Trại 3 ha ao cá tra ở Long Hồ xả nước ao giàu chất hữu cơ thẳng ra sông, xã đã nhắc nhở phải xử lý. Chúng tôi "
        "muốn giải pháp sinh học, ít tốn điện, vận hành đơn giản, có thể dùng ao có sẵn.",
        {"jYo013": 2, "jYo014": 2, "jYo012": 2, "jYo018": 2, "jYo017": 2, "jYo019": 1, "jYo015": 1, "jYo020": 1},
    ),
    (
        "jYn09",
        "en",
        "anh_pollution",
        "Our pangasius ponds are the main pollution source – need farm-level treatment",
        "A pangasius cooperative in Vĩnh Long learned that pond wastewater makes up 60-90% of the pollution per tonne of "
        "fillet (about 740 kg BOD, 106 kg nitrogen and 27 kg phosphorus). Members need an affordable way to treat "
        "discharge before it reaches the river.",
        {
            "jYo012": 2,
            "jYo013": 2,
            "jYo014": 2,
            "jYo017": 2,
            "jYo018": 1,
            "jYo019": 1,
            "jYo016": 1,
            "jYo020": 1,
            "jYo015": 1,
        },
    ),
    (
        "jYn10",
        "en",
        "seat_sludge",
        "What to do with the thick sludge after each pangasius crop",
        "In Mang Thít our ponds build up 15-20 cm of sludge over two or three years. We dig it out onto the canal bank "
        "and neighbours complain, though some say it is good fertiliser. We want a proper way to store it and use it on "
        "rice and fruit trees.",
        {"jYo016": 2, "jYo014": 2, "jYo017": 1, "jYo018": 1},
    ),
    # --- climbing perch (cá rô đồng) ---
    (
        "jYn11",
        "vi",
        "psc_ro",
        "Chọn giống cá rô đồng nào, mua ở đâu uy tín",
        "Hộ tôi ở Vũng Liêm muốn nuôi 1.000 m2 cá rô đồng. Nghe nói rô đầu vuông là cá Trung Quốc nên phân vân không "
        "biết nên nuôi rô đầu vuông hay rô đồng thường, mua giống ở đâu cho chuẩn, và cần kỹ thuật nuôi.",
        {"jYo021": 2, "jYo022": 1, "jYo023": 1},
    ),
    (
        "jYn12",
        "en",
        "khcn_ro",
        "Climbing perch losses from feeding the same pellet at every stage",
        "In Cầu Kè we fed one pellet size and type to climbing perch from fry to market size. Losses were high and the "
        "fish grew slowly. We need a feeding plan matched to each stage.",
        {"jYo068": 2, "jYo021": 2, "jYo022": 1, "jYo067": 1, "jYo062": 1},
    ),
    # --- eel (lươn) ---
    (
        "jYn13",
        "vi",
        "nn_luon",
        "Nuôi lươn bể bạt có bùn hao hụt nhiều, muốn chuyển sang không bùn",
        "Tôi ở Tam Bình nuôi lươn trong bể bạt có đổ bùn, 30 m2 thả khoảng 4.000 con. Vệ sinh, thay nước rất cực, lươn "
        "hao hụt nhiều. Muốn chuyển sang nuôi không bùn, cần thiết kế bể và cách quản lý nước.",
        {"jYo024": 2, "jYo026": 2, "jYo027": 2, "jYo025": 1, "jYo029": 1, "jYo028": 1, "jYo030": 1},
    ),
    (
        "jYn14",
        "vi",
        "h24_luon",
        "Nuoi luon khong bun nuoc thai hoi, so o nhiem xung quanh",
        "Nha toi o Cau Ngang nuoi luon trong 10 be composite, ngay nao cung thay nuoc xa ra muong, mui hoi, hang xom "
        "phan nan. Can cach xu ly nuoc thai be luon hoac cho nuoc tuan hoan de khoi xa ra ngoai.",
        {"jYo026": 2, "jYo027": 2, "jYo013": 1, "jYo024": 1},
    ),
    (
        "jYn15",
        "en",
        "vnnet_luon",
        "Can't see leftover feed in our eel tanks",
        "Eel farmer in Cầu Ngang: our cement tanks have wooden racks, so uneaten feed is hidden, dissolves and fouls the "
        "water, and changing water is exhausting. We want a tank and hide design that shows leftovers and makes cleaning "
        "easy.",
        {"jYo027": 2, "jYo026": 2, "jYo024": 1, "jYo025": 1, "jYo029": 1},
    ),
    (
        "jYn16",
        "vi",
        "tepbac_luon",
        "Muốn xây bể nuôi lươn tại nhà, chưa biết kích thước và lót gì",
        "Sau nhà tôi ở TP Trà Vinh còn khoảng 40 m2 đất trống. Muốn xây bể nuôi lươn không bùn nhưng chưa biết làm bể xi "
        "măng hay lót bạt, kích thước bao nhiêu, đặt giá thể thế nào cho lươn khỏi trầy.",
        {"jYo024": 2, "jYo025": 2, "jYo026": 2, "jYo027": 2, "jYo029": 1},
    ),
    (
        "jYn17",
        "vi",
        "danviet_luon",
        "Hộ nghèo muốn nuôi lươn bể lót bạt nhưng thiếu vốn mua giống",
        "Mấy hộ nghèo ở Trà Cú muốn làm bể lót bạt nuôi lươn vì nghe nói hiệu quả hơn nuôi heo, bò. Vốn ít, không đủ "
        "tiền mua lươn giống và vật tư, cần nơi cho giống trước trả sau hoặc chương trình hỗ trợ kèm tập huấn.",
        {"jYo028": 2, "jYo030": 2, "jYo025": 1, "jYo024": 1, "jYo029": 1},
    ),
    # --- frogs (ếch) ---
    (
        "jYn18",
        "vi",
        "wiki_ech",
        "Muốn nuôi ếch Thái nhưng sợ ếch thoát ra ngoài",
        "Tôi ở Càng Long định nuôi ếch Thái Lan, nhưng cán bộ xã nhắc nuôi trong ao hoặc vèo lưới thì ếch dễ thoát ra "
        "môi trường, khó kiểm soát. Cần kiểu nuôi kín, an toàn mà vẫn hiệu quả.",
        {"jYo033": 2, "jYo031": 2, "jYo036": 1, "jYo037": 1, "jYo032": 1, "jYo034": 1},
    ),
    (
        "jYn19",
        "en",
        "frog_pigpen",
        "Turning empty pig pens into frog pens",
        "After disease wiped out our pigs in Vũng Liêm, the concrete pens are empty. We are thinking of raising frogs in "
        "them but worry about sick frogs and don't know how to set up the pens.",
        {"jYo033": 2, "jYo031": 2, "jYo035": 1, "jYo034": 1, "jYo036": 1, "jYo157": 1, "jYo025": 1},
    ),
    (
        "jYn20",
        "en",
        "frog_paddy",
        "Using idle dry-season paddies to breed frogs",
        "In Trà Ôn our rice fields sit idle after harvest. We would like to turn them into shallow ponds, breed frogs "
        "and sell tadpoles or froglets, but we don't know how to raise tadpoles or feed them.",
        {"jYo037": 2, "jYo035": 2, "jYo158": 2, "jYo031": 1, "jYo036": 1},
    ),
    (
        "jYn21",
        "vi",
        "nongphu_ech",
        "Nhà không có ao, muốn nuôi ếch trong bể ở sân sau",
        "Nhà tôi ở TP Vĩnh Long chỉ có khoảng 20 m2 sân sau, không có ao. Muốn nuôi ếch thịt trong bể lót bạt hoặc bể xi "
        "măng để thêm thu nhập, cần hướng dẫn làm bể, chọn giống và cho ăn.",
        {"jYo033": 2, "jYo031": 2, "jYo037": 2, "jYo036": 1, "jYo032": 1, "jYo035": 1, "jYo158": 1},
    ),
    (
        "jYn22",
        "vi",
        "nn_ech_thoaihoa",
        "Ếch nuôi vèo ngày càng nhỏ con, hay bị đỏ đùi",
        "Tổ nuôi ếch vèo kết hợp cá ở Tiểu Cần gặp khó: ếch thịt ngày càng nhỏ, sức đề kháng kém, hay bị chướng hơi, mù "
        "mắt, gan thận mủ, nặng nhất là đỏ đùi làm chết cả ao trong khoảng 7 ngày. 10.000 con giống trước thu được 1.200 "
        "kg, giờ thấp hơn nhiều. Cần giống tốt và cách chẩn đoán, phòng bệnh.",
        {"jYo157": 2, "jYo158": 2, "jYo034": 1, "jYo036": 1, "jYo031": 1, "jYo073": 1},
    ),
    (
        "jYn23",
        "vi",
        "baophuyen_ech",
        "Ếch Thái nuôi 3 tháng bị mù mắt, bỏ ăn, chết gần 70%",
        "Tôi ở Càng Long mua 500 con ếch Thái giống về nuôi, gần 3 tháng ếch lớn không đều, bị thần kinh, mù mắt, bỏ ăn, "
        "hao hụt gần 70%. Muốn biết nguyên nhân và cách phòng để nuôi tiếp.",
        {"jYo157": 2, "jYo073": 1, "jYo034": 1, "jYo158": 1, "jYo031": 1},
    ),
    (
        "jYn24",
        "en",
        "baothainguyen_ech",
        "Frogs in our tanks get bloated bellies",
        "Household in Trà Ôn with nine cement tanks: frogs sit on a net 20 cm above the bottom and catfish below clean "
        "up the waste. Frogs should be sold after 60-70 days at 250-300 g, but many get swollen bellies. We want better "
        "tank management and feeding.",
        {"jYo031": 2, "jYo035": 1, "jYo157": 1, "jYo033": 1, "jYo036": 1},
    ),
    # --- giant freshwater prawn and rice–prawn ---
    (
        "jYn25",
        "vi",
        "nhandan_tcx",
        "Ruộng lúa mùa mưa muốn thả tôm càng xanh, không xài thuốc",
        "Gia đình tôi có 1,3 ha ruộng ở Cầu Kè, muốn mùa mưa vừa làm lúa vừa thả tôm càng xanh, lúa không phun thuốc, "
        "chỉ bón ít phân hữu cơ, tôm tự kiếm ăn. Cần cách làm và lịch thả, thu hoạch.",
        {"jYo038": 2, "jYo039": 2, "jYo040": 2, "jYo047": 2, "jYo046": 1, "jYo041": 1, "jYo042": 1, "jYo054": 1},
    ),
    (
        "jYn26",
        "en",
        "talkvn_prawn",
        "Rice–prawn yields are low and the prawns stay small",
        "Our rice–prawn group in Tiểu Cần gets only about 250 kg of prawns per hectare per crop, mostly small, and "
        "fields are scattered with weak dikes and sluices. We want bigger prawns and better field infrastructure.",
        {"jYo041": 2, "jYo042": 2, "jYo038": 2, "jYo040": 1, "jYo048": 1, "jYo049": 1, "jYo046": 1},
    ),
    (
        "jYn27",
        "en",
        "vnnews_tet_prawn",
        "Everyone harvests prawns before Tết and traders push the price down",
        "In Trà Ôn all rice–prawn farmers harvest at the same time before Tết; traders paid 95,000-100,000 đồng/kg for "
        "size 30/kg and the price keeps slipping. We want to stagger harvests and find better buyers.",
        {"jYo049": 2, "jYo047": 1, "jYo048": 1},
    ),
    (
        "jYn28",
        "en",
        "jircas_status",
        "Prawn hatchery: low larval survival and unstable seed supply",
        "A small freshwater prawn hatchery in Càng Long cannot supply local rice–prawn farmers reliably because larval "
        "survival swings from batch to batch. We need a proven larval-rearing system and better tank control.",
        {"jYo043": 2, "jYo044": 2, "jYo045": 1, "jYo046": 1, "jYo041": 1, "jYo042": 1},
    ),
    (
        "jYn29",
        "vi",
        "suncogroup_tcx",
        "Muon nuoi tom cang xanh trong ruong lua, can thiet ke muong va bo bao",
        "Toi co ruong o Cau Ke muon nuoi tom cang xanh ket hop lua. Chua biet dao muong bao rong bao nhieu, bo bao cao "
        "may, giu nuoc sau bao nhieu cho tom song, tha giong luc nao.",
        {"jYo038": 2, "jYo039": 2, "jYo046": 1, "jYo040": 1, "jYo054": 1},
    ),
    (
        "jYn30",
        "en",
        "vnplus_prawn",
        "Raising prawn yield in chemical-free rice–prawn fields",
        "Household in Trà Ôn: our rice–prawn field gives 250-300 kg prawns and 4-4.5 t rice per hectare without "
        "chemicals. We want to know which seed and supplementary feed would raise prawn yield without hurting the rice.",
        {"jYo040": 2, "jYo047": 2, "jYo041": 2, "jYo042": 2, "jYo039": 1, "jYo048": 1},
    ),
    # --- rice–fish systems and river fisheries ---
    (
        "jYn31",
        "en",
        "rothuis_rf",
        "Is stocking fish in my rice field worth it?",
        "I farm semi-deep flooded rice in Vũng Liêm. Neighbours stock fish in their fields; I hear it needs more "
        "fertiliser and water but less pesticide. I want to know whether it pays and how to do it.",
        {"jYo051": 2, "jYo052": 2, "jYo053": 2, "jYo054": 2, "jYo055": 1},
    ),
    (
        "jYn32",
        "vi",
        "thiennhien_luaca",
        "Nuôi cá ruộng lúa năng suất thấp vì chưa đào mương đúng kỹ thuật",
        "Ở Tam Bình nhiều hộ tận dụng ruộng trũng thả cá nhưng chưa đào mương bao, chưa cải tạo mương trước khi thả nên "
        "cá hao, lời ít. Muốn làm mô hình cá – lúa đúng kỹ thuật để cá ăn rầy, giảm thuốc trừ sâu.",
        {"jYo052": 2, "jYo051": 2, "jYo053": 2, "jYo054": 2, "jYo038": 1, "jYo055": 1},
    ),
    (
        "jYn33",
        "vi",
        "lua_ca_mauthuan",
        "Cá trong ruộng lúa chết khi phơi ruộng, bón phân, xịt thuốc",
        "Nhà tôi ở Tam Bình thả cá trong ruộng lúa. Mỗi lần rút nước phơi ruộng, bón phân hay xịt thuốc là cá chết hoặc "
        "phải dồn xuống mương. Cần cách điều hòa giữa chăm lúa và nuôi cá.",
        {"jYo051": 2, "jYo054": 2, "jYo052": 1, "jYo053": 1},
    ),
    (
        "jYn34",
        "en",
        "profilbaru_luaca",
        "Rice–fish to cut rising fertiliser and pesticide bills",
        "Farmers' group in Vũng Liêm: fertiliser and pesticide prices keep rising. We want to try rice–fish so fish eat "
        "pests, weeds and golden apple snail eggs and fish droppings fertilise the rice.",
        {"jYo051": 2, "jYo052": 2, "jYo053": 2, "jYo054": 2},
    ),
    (
        "jYn35",
        "vi",
        "mekongcitizen",
        "Cá sông Hậu ngày càng ít, ngư dân đánh bắt không đủ sống",
        "Ngư dân ở Trà Ôn đánh bắt trên sông Hậu và các nhánh sông thấy sản lượng giảm mỗi năm. Muốn hiểu nguyên nhân, "
        "có cách quản lý khai thác chung và nghề phụ để bù thu nhập.",
        {"jYo056": 2, "jYo057": 1, "jYo050": 1},
    ),
    # --- pangasius seed and hatcheries ---
    (
        "jYn36",
        "vi",
        "smoney_giong",
        "Cá tra giống chậm lớn, hay bệnh, thiếu giống chất lượng",
        "Cơ sở ương cá tra ở Bình Minh nhận thấy cá giống chậm lớn, bệnh nhiều, tỷ lệ sống thấp; khách nuôi thịt phàn "
        "nàn. Cần nguồn cá bố mẹ tốt và quy trình ương đạt chuẩn.",
        {"jYo058": 2, "jYo060": 2, "jYo061": 2, "jYo059": 1, "jYo077": 1, "jYo079": 1},
    ),
    (
        "jYn37",
        "en",
        "longan_uong",
        "Converted rice land to pangasius nursery ponds – afraid of losing money",
        "Several of us in Bình Tân dug up rice fields to nurse pangasius fingerlings after seeing neighbours profit. Now "
        "we fear debt if survival is low. We need nursing technique and proper pond set-up.",
        {"jYo060": 2, "jYo061": 1, "jYo058": 1, "jYo059": 1},
    ),
    (
        "jYn38",
        "vi",
        "hanoizoo_tra",
        "Cá tra nuôi 8-9 tháng chưa đạt 1 kg",
        "Ao cá tra của tôi ở Bình Minh trước 6 tháng là đạt 0,8-1,2 kg, nay nuôi 8-9 tháng vẫn chưa đủ cỡ. Nghi do giống "
        "kém và môi trường, cần giải pháp rút ngắn thời gian nuôi.",
        {"jYo058": 2, "jYo061": 1, "jYo060": 1, "jYo068": 1, "jYo090": 1},
    ),
    # --- low-cost and home-made feed ---
    (
        "jYn39",
        "vi",
        "caresspet",
        "Thức ăn công nghiệp đắt, nhà có sẵn cám, tấm, khoai mì",
        "Ao cá 2.000 m2 của tôi ở Càng Long tốn nhiều tiền mua cám công nghiệp. Nhà có sẵn lúa, cám, tấm, khoai mì, ốc "
        "bươu vàng. Muốn tự chế biến thức ăn đủ đạm cho cá để giảm chi phí.",
        {"jYo062": 2, "jYo067": 2, "jYo064": 2, "jYo063": 1, "jYo065": 1, "jYo068": 1},
    ),
    (
        "jYn40",
        "vi",
        "maychannuoi",
        "Can may nghien tron va ep vien thuc an ca cho ho nho",
        "Ho nuoi ca o Cang Long muon tu lam thuc an tu bap, khoai mi, cam, ca tap co san. Can may nghien, tron va ep "
        "vien nho, gia vua phai, chay dien gia dinh.",
        {"jYo065": 2, "jYo063": 2, "jYo066": 2, "jYo067": 1, "jYo062": 1},
    ),
    (
        "jYn41",
        "en",
        "sohoify",
        "Cooperative wants to make its own fish pellets",
        "A fish-farming cooperative in Trà Ôn with about 20 ha of ponds wants to produce its own feed: choosing "
        "ingredients, mixing, pelleting and storing, with floating pellets for most species.",
        {"jYo065": 2, "jYo066": 2, "jYo068": 2, "jYo069": 2, "jYo067": 1, "jYo062": 1},
    ),
    # --- fish diseases and safe drug use ---
    (
        "jYn42",
        "vi",
        "chauthanh_gan",
        "Cá tra bỏ ăn, gan thận có đốm trắng, chết rải rác mùa mưa",
        "Ao cá tra ở Long Hồ mùa mưa cá bỏ ăn, bơi lờ đờ, mổ ra gan thận có nhiều đốm trắng như mủ, ngày nào cũng chết. "
        "Cần phác đồ điều trị đúng và xét nghiệm để chọn thuốc.",
        {"jYo070": 2, "jYo071": 2, "jYo073": 2, "jYo082": 1, "jYo079": 1, "jYo080": 1, "jYo078": 1, "jYo076": 2},
    ),
    (
        "jYn43",
        "vi",
        "tepbac_gan",
        "Ao ca tra bi gan than mu tai di tai lai, lam sao cai tao ao",
        "Ao ca tra o Mang Thit vu nao cung bi gan than mu, nghe noi vi khuan song trong bun toi 95 ngay. Can cach cai "
        "tao ao, sat trung nguon nuoc va phong benh tu dau vu.",
        {"jYo082": 2, "jYo071": 2, "jYo079": 1, "jYo070": 1, "jYo080": 1},
    ),
    (
        "jYn44",
        "en",
        "luu_abu",
        "Our fish farmers use antibiotics too often",
        "A cooperative in Tam Bình found most member fish farms use antibiotics, mostly to treat disease, some maybe "
        "banned products, bought without any vet prescription. We want residue checks and training on proper use.",
        {"jYo074": 2, "jYo073": 1, "jYo075": 1, "jYo076": 1, "jYo081": 1, "jYo120": 1},
    ),
    (
        "jYn45",
        "en",
        "tsvn_gan",
        "White spots on liver and kidney in snakehead and climbing perch",
        "In Cầu Kè our snakehead and climbing perch ponds lose 30-50% of fish in the rainy season; dead fish show white "
        "spots on liver, kidney and spleen. We need diagnosis and treatment advice.",
        {"jYo072": 2, "jYo070": 2, "jYo073": 2, "jYo071": 1, "jYo082": 1},
    ),
    # --- pond water quality ---
    (
        "jYn46",
        "vi",
        "camnang_ao",
        "Sáng sớm cá nổi đầu, không biết đo gì, xử lý sao",
        "Ao cá của tôi ở Trà Ôn mấy hôm nay sáng sớm cá nổi đầu đớp khí, trưa lại bình thường. Không có máy đo, không "
        "biết thiếu oxy hay khí độc. Cần dụng cụ đo và cách xử lý, có thể gắn máy sục khí.",
        {"jYo085": 2, "jYo088": 2, "jYo087": 2, "jYo083": 2, "jYo095": 2, "jYo090": 1, "jYo096": 1},
    ),
    (
        "jYn47",
        "en",
        "binhminh_wq",
        "What water ranges are right for my fish and prawns?",
        "Pond owner in Tiểu Cần raising fish and freshwater prawns: I want to know the right temperature, pH, oxygen and "
        "ammonia ranges, how light and temperature affect the stock, and how to acclimate seed.",
        {"jYo087": 2, "jYo090": 1, "jYo088": 1, "jYo085": 1, "jYo091": 1},
    ),
    (
        "jYn48",
        "en",
        "swqm_grj",
        "Phone alerts when pond oxygen drops at night",
        "Our fish-farm group in Vĩnh Long loses fish at night when oxygen crashes. We want an automatic device that logs "
        "temperature, pH, oxygen and ammonia and sends alerts to our phones.",
        {"jYo083": 2, "jYo089": 2, "jYo084": 2, "jYo085": 1, "jYo091": 1, "jYo099": 1},
    ),
    (
        "jYn49",
        "vi",
        "cntp_qlcln",
        "Ao ca o Mang Thit nuoc doi mau, muon hoc quan ly chat luong nuoc",
        "Ao ca nha toi o Mang Thit nuoc luc xanh dam luc nau duc, ca an kem. Muon duoc tap huan ve cac yeu to ly, hoa, "
        "sinh hoc cua nuoc ao va cach quan ly cho dung.",
        {"jYo087": 2, "jYo088": 1, "jYo090": 1, "jYo085": 1},
    ),
    # --- river cage culture ---
    (
        "jYn50",
        "vi",
        "phutan_cachet",
        "Bè cá trên sông Cổ Chiên chết hàng loạt khi nước xấu",
        "Các hộ nuôi cá lồng bè trên sông Cổ Chiên (Long Hồ) thả dày, thức ăn thừa nhiều, mùa nước thấp dòng chảy yếu "
        "thì cá chết hàng loạt. Cần cách theo dõi nước và cảnh báo sớm để kịp xử lý.",
        {"jYo086": 2, "jYo084": 2, "jYo094": 2, "jYo092": 1, "jYo083": 1},
    ),
    (
        "jYn51",
        "en",
        "docnhanh_cachet",
        "Cage fish died overnight when river oxygen dropped",
        "Cage farmers on the Cổ Chiên in Vũng Liêm lost many tonnes of red tilapia in two days when oxygen in the river "
        "suddenly fell. We need real-time monitoring and warnings for our cage area.",
        {"jYo084": 2, "jYo086": 2, "jYo094": 2, "jYo095": 1, "jYo092": 1, "jYo083": 1},
    ),
    (
        "jYn52",
        "en",
        "danviet_be2023",
        "Cages near the bank run short of oxygen in the dry season",
        "Several fish cages in Trà Ôn sit close to the bank. In the dry season the water gets shallow, fish gasp in the "
        "hot afternoons and we lose 300-500 kg a day. We need guidance on where to moor cages, stocking density and "
        "keeping oxygen up.",
        {"jYo092": 2, "jYo086": 1, "jYo094": 1, "jYo095": 1},
    ),
    (
        "jYn53",
        "en",
        "hoian_be",
        "Red tilapia cages dying from salt and heat",
        "We raise red tilapia in 72 m3 cages, about 2,000 fish each, on a river branch in Trà Cú. When salinity rises in "
        "the dry season and days are hot, fish die. We need to know when water turns dangerous.",
        {"jYo086": 2, "jYo084": 2, "jYo092": 1, "jYo094": 1},
    ),
    (
        "jYn54",
        "en",
        "nguoiduatin_caco",
        "Raising native river fish in cages near An Bình islet",
        "I keep about 40 cages of native species on the Cổ Chiên beside An Bình (Long Hồ). Prices are steadier than for "
        "red tilapia, but fish hardly eat in cold months. I want better cage practice and stocking timing.",
        {"jYo092": 2, "jYo086": 1, "jYo084": 1, "jYo093": 1},
    ),
    # --- aeration and pond equipment ---
    (
        "jYn55",
        "en",
        "enviro_aer",
        "No electricity at my pond – how can I aerate it?",
        "My fish pond in Cầu Ngang is 300 m from the nearest power line. Running a cable is too expensive. I want "
        "aeration powered by sun or wind.",
        {"jYo097": 2, "jYo098": 2, "jYo099": 2, "jYo100": 1},
    ),
    (
        "jYn56",
        "vi",
        "mibproj",
        "Muốn dùng pin mặt trời chạy máy sủi khí cho ao sau vườn",
        "Ao cá sau vườn ở Bình Minh sâu khoảng 3 m, muốn gắn tấm pin năng lượng mặt trời chạy máy bơm khí với quả sủi "
        "dưới đáy, có công tắc hoặc hẹn giờ, ban đêm vẫn chạy được.",
        {"jYo097": 2, "jYo100": 2, "jYo099": 2, "jYo098": 1, "jYo095": 1},
    ),
    (
        "jYn57",
        "vi",
        "vedhas",
        "Tiền điện chạy quạt nước ao cá quá cao",
        "Ao cá ở Long Hồ sâu gần 3 m, chạy quạt nước gần như cả ngày, tiền điện mỗi tháng rất cao mà đáy ao vẫn thiếu "
        "oxy. Muốn chọn loại máy và cách chạy hợp lý để tiết kiệm.",
        {"jYo096": 2, "jYo097": 2, "jYo095": 1, "jYo098": 1, "jYo083": 1, "jYo131": 1},
    ),
    (
        "jYn58",
        "vi",
        "vinabrand_rophi",
        "Ao cá rô phi thả dày, cá chậm lớn, hao hụt",
        "Tôi ở Mang Thít thả cá rô phi dày hơn khuyến cáo, giờ cá lớn không đều, chậm lớn, hao hụt tăng. Muốn tăng oxy "
        "để giữ được mật độ cao.",
        {"jYo096": 2, "jYo095": 2, "jYo088": 1, "jYo101": 1},
    ),
    (
        "jYn59",
        "en",
        "uberant_bf",
        "Biofloc tanks: solids build up and fish get sick",
        "A youth group in Vĩnh Long started biofloc tarpaulin tanks for fish. Suspended solids keep building up and fish "
        "get sick. We need guidance on carbon-nitrogen balance, aeration and solids control.",
        {"jYo101": 2, "jYo102": 2, "jYo128": 1, "jYo130": 1},
    ),
    # --- small-scale processing: dried fish and fish sauce ---
    (
        "jYn60",
        "vi",
        "qnam_campuchia",
        "Phơi khô cá lóc ngoài trời bị ruồi, bụi, mưa là hư",
        "Cơ sở làm khô cá lóc nhỏ ở Trà Cú phơi cá trên nong ngoài trời, bị ruồi bu, bụi bám, gặp mưa cá ẩm mốc. Muốn "
        "chuyển sang cách sấy sạch, không phụ thuộc nắng.",
        {"jYo103": 2, "jYo104": 2, "jYo106": 2, "jYo105": 2, "jYo116": 2, "jYo107": 2, "jYo109": 2, "jYo108": 2},
    ),
    (
        "jYn61",
        "en",
        "vnplus_dried",
        "Tết orders for dried snakehead outgrow our sun-drying yard",
        "Our dried-fish workshop in Tiểu Cần with about 10 workers cuts, marinates and sun-dries snakehead. Before Tết "
        "orders double to around 250 kg, more than our yard and the weather allow. We need higher drying capacity.",
        {"jYo105": 2, "jYo104": 2, "jYo108": 2, "jYo110": 1, "jYo103": 1, "jYo118": 1},
    ),
    (
        "jYn62",
        "en",
        "thanhnien_dried",
        "Rainy days stop our roadside dried-fish business",
        "Family business in Cầu Kè: 10 kg of fresh snakehead make about 2.5 kg dried after three sunny days by the "
        "roadside. In the rainy season we cannot dry at all. We want a dryer that works without sun.",
        {"jYo108": 2, "jYo105": 2, "jYo118": 2, "jYo107": 1, "jYo109": 1, "jYo103": 1},
    ),
    (
        "jYn63",
        "vi",
        "vietfish_dried",
        "Kho ca loc phoi 3-4 ngay van bi moc, can may say",
        "Co so kho ca loc o Cau Ke phoi nang 3-4 ngay moi kho, gap troi am thi ca moc, phai ban re. Can may say hoac nha "
        "say de kho ca deu, khong moc, giu mui thom.",
        {"jYo105": 2, "jYo104": 2, "jYo103": 2, "jYo118": 2, "jYo108": 2, "jYo106": 1},
    ),
    (
        "jYn64",
        "en",
        "vnnet_dried",
        "Hygienic boneless dried snakehead for gift shops",
        "Women in a Cầu Kè hamlet debone and dry snakehead along the road and sell it for 110,000-140,000 đồng/kg. Gift "
        "shops want cleaner products without dust. We need a simple, low-cost solar dryer.",
        {"jYo107": 2, "jYo109": 2, "jYo103": 2, "jYo106": 2, "jYo104": 1, "jYo117": 1},
    ),
    (
        "jYn65",
        "vi",
        "tgag_nuocmam",
        "Ủ nước mắm cá đồng hơn 6 tháng, vốn bị đọng, muốn rút ngắn",
        "Cơ sở nước mắm cá đồng ở Trà Ôn ủ lu một lớp cá một lớp muối hơn 6 tháng mới nấu, 30 kg cá ra 15 lít, vốn nằm "
        "chết lâu. Muốn rút ngắn thời gian ủ mà vẫn giữ mùi vị.",
        {"jYo112": 2, "jYo113": 2, "jYo115": 2, "jYo114": 1, "jYo111": 1},
    ),
    (
        "jYn66",
        "en",
        "chaiwattana",
        "Bottling our family fish sauce for shops",
        "Family fish sauce maker in Càng Long wants to sell in shops: clear sauce, proper filtering, pasteurising, "
        "quality control at every step and a product standard with labels.",
        {"jYo117": 2, "jYo111": 1, "jYo114": 1, "jYo113": 1},
    ),
    (
        "jYn67",
        "en",
        "farmradio",
        "Women's group wants dryers that cut drying from 7 days to 3",
        "A women's fish-processing group in Tiểu Cần loses fish to mould and flies because sun-drying takes up to a "
        "week. They want solar dryers that finish in about three days and give cleaner, drier fish.",
        {"jYo109": 2, "jYo107": 2, "jYo103": 2, "jYo110": 1, "jYo108": 1},
    ),
    (
        "jYn68",
        "vi",
        "topdulich_calinh",
        "Mùa nước nổi cá linh nhiều, muốn làm nước mắm để bán",
        "Mùa nước nổi ở Bình Tân cá linh về nhiều, giá rẻ. Gia đình muốn ủ nước mắm cá linh để bán quanh năm, cần quy "
        "trình làm và cách đưa sản phẩm ra chợ.",
        {"jYo111": 2, "jYo114": 2, "jYo112": 1, "jYo117": 1, "jYo115": 1},
    ),
    (
        "jYn69",
        "en",
        "fermtech_budu",
        "Making our fish sauce look golden and hygienic for supermarkets",
        "Small fish sauce producer in Trà Vinh: our sauce tastes good but looks cloudy next to bottled brands. We need a "
        "product standard, hygiene rules and testing before shops will stock it.",
        {"jYo117": 2, "jYo113": 1, "jYo112": 1},
    ),
    # --- certification: VietGAP and ASC ---
    (
        "jYn70",
        "en",
        "asc_decree",
        "Buyers require ASC or equivalent for our pangasius",
        "Our mid-size pangasius farm in Bình Minh is told that all farms must be certified to ASC or an equivalent "
        "standard. We need a gap assessment, preparation and an audit.",
        {"jYo120": 2, "jYo122": 2, "jYo123": 2, "jYo126": 2, "jYo121": 1, "jYo016": 1, "jYo124": 1},
    ),
    (
        "jYn71",
        "vi",
        "thvl_vietgap",
        "Tổ hợp tác cá tra muốn làm VietGAP, cần tập huấn và sổ ghi chép",
        "Tổ hợp tác nuôi cá tra ở Long Hồ được ngành chức năng khuyến khích nuôi theo VietGAP để giữ đầu ra. Cần tập "
        "huấn tiêu chuẩn, mẫu sổ ghi chép và chuẩn bị ao, dụng cụ cho đúng.",
        {"jYo119": 2, "jYo125": 1, "jYo124": 1, "jYo123": 1},
    ),
    (
        "jYn72",
        "en",
        "vietgap_cost",
        "VietGAP adds 20-25% to costs with no price premium",
        "Small fish farmers in Trà Ôn hear that VietGAP adds 20-25% to production cost and buyers pay no more. We want a "
        "cheaper route such as group certification or simpler rules for small farms.",
        {"jYo124": 2, "jYo125": 2, "jYo119": 1},
    ),
    (
        "jYn73",
        "en",
        "asc_halt",
        "Retailers dropping pangasius – we need proof of responsible farming",
        "Supplier farm in Vĩnh Long: some European retailers stopped selling pangasius. We need to show responsible "
        "farming, measured water parameters and worker contracts through certification.",
        {"jYo120": 2, "jYo123": 2, "jYo122": 2, "jYo126": 2, "jYo121": 1, "jYo083": 1},
    ),
    (
        "jYn74",
        "vi",
        "everydayfish",
        "HTX cá tra muốn bán sang châu Âu, cần chứng nhận ASC",
        "Hợp tác xã cá tra ở Vũng Liêm muốn bán sang Hà Lan, Đức, nơi người mua đòi logo ASC. Cần hỗ trợ chuẩn bị chứng "
        "nhận, kết nối chương trình có WWF hỗ trợ.",
        {"jYo121": 2, "jYo120": 2, "jYo122": 2, "jYo126": 2, "jYo123": 1},
    ),
    (
        "jYn75",
        "en",
        "pang_cert_large",
        "Household pangasius farms left out of certification",
        "In Mang Thít mostly large farms get certified; household-scale pangasius farms cannot afford it and risk losing "
        "buyers. We need an affordable, shared route to certification.",
        {"jYo124": 2, "jYo125": 2, "jYo119": 1, "jYo120": 1},
    ),
]
