"""Needs of the holdout53 labelled set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- rice husk ---
    (
        "kCn01",
        "vi",
        "h_travel",
        "Nhà máy xay lúa ở Trà Ôn dư trấu, phải đổ xuống kênh",
        "Ba nhà máy xay xát của chúng tôi ở Trà Ôn mỗi ngày ra khoảng 15 tấn trấu, người mua chỉ lấy một "
        "nửa, phần còn lại đang đổ ra bờ kênh và bị nhắc nhở. Muốn ép trấu thành hàng bán được (viên hoặc "
        "củi) cho lò sấy, lò gạch. Cần tư vấn máy, vốn, đầu ra.",
        {"kCo001": 2, "kCo002": 2, "kCo003": 1, "kCo013": 1, "kCo136": 1, "kCo137": 1},
    ),
    (
        "kCn02",
        "en",
        "d_gasif",
        "Pottery kilns in Mang Thít burn loose husk with heavy smoke",
        "Our family runs two brick and pottery kilns in Mang Thít. We buy loose rice husk by the "
        "boatload, it is bulky to store, smokes a lot and neighbours complain. We want a denser husk fuel "
        "that burns longer and cleaner, and a supplier or a machine to make it.",
        {"kCo002": 2, "kCo001": 2, "kCo138": 1, "kCo003": 1},
    ),
    (
        "kCn03",
        "vi",
        "h_scite",
        "Can cach lam silica tu tro trau de ban",
        "Co so o Binh Minh dot trau lay nhiet, moi thang du khoang 2 tan tro trang. Nghe noi tro trau lam "
        "duoc silica ban cho nganh cao su, son. Can quy trinh don gian, hoa chat gi, thiet bi gi va noi "
        "phan tich chat luong.",
        {"kCo004": 2, "kCo005": 2, "kCo006": 2, "kCo007": 2, "kCo011": 1, "kCo008": 1},
    ),
    (
        "kCn04",
        "en",
        "h_scite2",
        "Commune in Cầu Kè wants cheaper concrete for village paths",
        "Our commune is pouring 3 km of concrete paths along canals and cement is the biggest cost. "
        "Several rice mills nearby have husk ash from their furnaces. Can the ash replace part of the "
        "cement without weakening the paths? We need mix advice and testing.",
        {"kCo008": 2, "kCo009": 2, "kCo011": 2, "kCo012": 2, "kCo010": 1},
    ),
    (
        "kCn05",
        "vi",
        "h_ilove",
        "HTX ở Vũng Liêm muốn làm gạch không nung có tro trấu",
        "Hợp tác xã muốn mở xưởng gạch block nhỏ cho bà con xây nhà, tận dụng tro trấu từ lò sấy lúa "
        "trong xã để giảm xi măng. Cần công thức trộn, tỉ lệ tro hợp lý và cách kiểm tra gạch đủ cứng.",
        {"kCo010": 2, "kCo008": 2, "kCo009": 1, "kCo011": 1},
    ),
    (
        "kCn06",
        "en",
        "h_biocharm",
        "Vegetable farm in Tiểu Cần on sour soil wants husk charcoal",
        "We grow leafy vegetables on 2 ha of acid soil in Tiểu Cần and spend a lot on lime. Rice husk is "
        "cheap here. We want to make husk charcoal ourselves, know how much to apply and whether it "
        "really raises pH.",
        {"kCo015": 2, "kCo013": 2, "kCo014": 2, "kCo016": 1, "kCo033": 1},
    ),
    (
        "kCn07",
        "vi",
        "h_docbiochar",
        "Đất giồng cát ở Cầu Ngang giữ nước kém, rau héo",
        "Nhà tôi trồng hành, dưa trên đất giồng cát ở Cầu Ngang, tưới mấy cũng khô, phân bón trôi mất. "
        "Nghe nói than trấu giúp đất giữ ẩm. Cần hướng dẫn làm than và bón bao nhiêu cho đúng.",
        {"kCo016": 2, "kCo013": 2, "kCo014": 2, "kCo015": 1, "kCo056": 1, "kCo059": 1},
    ),
    (
        "kCn08",
        "en",
        "h_terrapreta",
        "Mushroom grower needs heat for pasteurising bags, has husk",
        "We produce oyster mushroom bags in Long Hồ and burn firewood to steam them. We have free rice "
        "husk from a neighbour's mill. Is there a simple stove that turns husk into charcoal and gives "
        "heat for our steamer at the same time?",
        {"kCo014": 2, "kCo013": 1, "kCo024": 1},
    ),
    (
        "kCn09",
        "vi",
        "d_icon",
        "Can may ep cui trau cho co so nho",
        "Co so xay lua nho o Cang Long, moi ngay ra 5 tan trau, ban re khong ai mua. Muon mua may ep trau "
        "thanh cui hoac vien de ban cho lo banh, lo say. Can may vua tien, de van hanh.",
        {"kCo002": 2, "kCo001": 1, "kCo003": 1},
    ),
    (
        "kCn10",
        "vi",
        "d_saylua",
        "Lò sấy lúa thải nhiều tro trấu, muốn bán tro",
        "Tổ hợp tác sấy lúa ở Tam Bình đốt trấu mỗi vụ ra hàng chục tấn tro, đang đổ ven ruộng. Muốn biết "
        "tro này dùng làm vật liệu xây dựng được không và ai mua.",
        {"kCo010": 2, "kCo009": 2, "kCo008": 1, "kCo004": 1, "kCo005": 1},
    ),
    # --- rice straw ---
    (
        "kCn11",
        "vi",
        "s_soctrang",
        "Hộ trồng nấm rơm ở Tiểu Cần thiếu rơm và nấm ra kém mùa nghịch",
        "Gia đình trồng nấm rơm hơn 10 năm, mỗi đợt cần khoảng 2.000 cuộn rơm nhưng mùa nghịch khó mua, "
        "rơm gom tay dính bùn. Trồng ngoài trời năng suất thất thường. Muốn có nguồn cuộn rơm sạch ổn "
        "định và cách trồng trong nhà cho ổn định.",
        {"kCo025": 2, "kCo026": 2, "kCo020": 2, "kCo018": 2, "kCo028": 1, "kCo027": 1, "kCo017": 1},
    ),
    (
        "kCn12",
        "en",
        "s_tinnhanong",
        "Youth union wants straw mushroom beds for poor households in Trà Cú",
        "The commune youth union wants to help 30 poor Khmer households earn extra income from straw left "
        "after harvest. We need a simple straw mushroom method, spawn sources and someone to train people "
        "in the hamlet.",
        {"kCo021": 2, "kCo017": 2, "kCo018": 2, "kCo022": 2, "kCo019": 1, "kCo023": 1},
    ),
    (
        "kCn13",
        "vi",
        "s_nongphu",
        "Nấm rơm ngoài trời ở Càng Long hay bị mưa làm hư",
        "Tôi làm mô nấm rơm ngoài ruộng, mưa dầm là nấm thối, nắng gắt thì teo. Muốn chuyển sang làm "
        "trong nhà kín nhưng không biết dựng nhà cỡ nào, kệ ra sao, bao nhiêu rơm.",
        {"kCo020": 2, "kCo018": 2, "kCo017": 1, "kCo022": 1},
    ),
    (
        "kCn14",
        "en",
        "s_higlum",
        "Mushroom cooperative has piles of spent straw after harvest",
        "Our mushroom cooperative in Châu Thành throws out about 40 tonnes of spent straw substrate every "
        "month. It sits in heaps and smells. We want to turn it into compost we can sell to fruit "
        "growers, quickly and without much labour.",
        {"kCo019": 2, "kCo030": 2, "kCo031": 2, "kCo032": 2, "kCo034": 1, "kCo021": 1},
    ),
    (
        "kCn15",
        "vi",
        "s_hoahoa",
        "Muốn trồng nấm bào ngư bằng rơm thay vì mua mạt cưa",
        "Nhà ở Long Hồ đang trồng nấm bào ngư, mạt cưa ngày càng đắt. Ruộng nhà có sẵn rơm. Cần quy trình "
        "làm bịch phôi bằng rơm và nơi tập huấn.",
        {"kCo024": 2, "kCo161": 1, "kCo018": 1},
    ),
    (
        "kCn16",
        "en",
        "s_tusang",
        "Straw left scattered on wet paddies after combine harvest",
        "In Tam Bình the combine harvesters blow straw all over the field and most of it gets burned "
        "because we cannot gather it, especially on wet fields in the summer-autumn crop. We look for a "
        "straw machine that works on muddy ground.",
        {"kCo026": 2, "kCo025": 2, "kCo027": 2, "kCo028": 1, "kCo029": 1},
    ),
    (
        "kCn17",
        "vi",
        "s_tusang2",
        "Can thue may cuon rom cho 20 ha o Tra On",
        "To hop tac 20 ha lua o Tra On muon cuon rom ban cho nguoi nuoi bo va trong nam, khong dot nua. "
        "Can tim may cuon rom cho thue hoac mua chung, gia thue moi cuon bao nhieu.",
        {"kCo029": 2, "kCo025": 2, "kCo026": 2, "kCo028": 2, "kCo027": 1},
    ),
    (
        "kCn18",
        "en",
        "s_rusdy",
        "Beef cattle lose weight on plain straw in the dry season",
        "We keep 12 crossbred cattle in Trà Cú. In the dry season grass runs out and they eat only rice "
        "straw, and they lose condition. We want a cheap way to make straw more nutritious.",
        {"kCo037": 2, "kCo038": 2, "kCo039": 2, "kCo040": 2, "kCo028": 1},
    ),
    (
        "kCn19",
        "vi",
        "s_ajas",
        "Rơm mùa mưa ướt, bị mốc, muốn ủ để dành cho bò",
        "Vụ hè thu rơm gom về ướt, để vài ngày là mốc, bò không ăn. Muốn ủ rơm ướt để dành cho bò mấy "
        "tháng mà không hư, làm sao cho đơn giản.",
        {"kCo038": 2, "kCo037": 2, "kCo040": 1, "kCo039": 1},
    ),
    (
        "kCn20",
        "en",
        "s_readkong",
        "Three rice crops a year: need straw to rot fast instead of burning",
        "In Vũng Liêm we grow three crops, there are only two weeks between crops, so farmers burn the "
        "straw. The commune wants a product or method that makes straw decompose quickly in the field or "
        "in heaps.",
        {"kCo031": 2, "kCo032": 2, "kCo035": 2, "kCo036": 1, "kCo034": 1, "kCo030": 1},
    ),
    (
        "kCn21",
        "vi",
        "s_nnpho",
        "HTX muốn làm phân hữu cơ từ rơm quy mô 500 tấn/năm",
        "Hợp tác xã ở Châu Thành muốn sản xuất phân hữu cơ từ rơm và phân bò để bán, mục tiêu 500 "
        "tấn/năm. Cần quy trình, máy đảo trộn và chế phẩm phù hợp.",
        {"kCo030": 2, "kCo033": 2, "kCo031": 1, "kCo035": 1, "kCo134": 1, "kCo034": 1},
    ),
    (
        "kCn22",
        "en",
        "s_ibrahim",
        "Food stalls in Vĩnh Long want straw-based takeaway boxes",
        "A group of food stalls around Vĩnh Long market must stop using foam boxes. We heard boxes can be "
        "made from rice straw or other farm waste. We want a local supplier or a partner to make them.",
        {"kCo041": 2, "kCo042": 2, "kCo101": 2, "kCo105": 2, "kCo102": 2, "kCo043": 1, "kCo104": 1},
    ),
    (
        "kCn23",
        "vi",
        "b_ethiopia",
        "Xưởng nội thất muốn làm ván ép từ rơm và bã mía",
        "Xưởng mộc ở Long Hồ muốn thay một phần gỗ dăm bằng ván ép từ rơm và bã mía có sẵn quanh vùng. "
        "Cần biết ván có đủ bền không, dùng keo gì và dây chuyền ép.",
        {"kCo044": 2, "kCo108": 2, "kCo110": 2, "kCo109": 2},
    ),
    (
        "kCn24",
        "en",
        "s_bdt",
        "Commune plan to end straw burning with collection, mushrooms and compost",
        "The commune People's Committee wants a package: collect straw after harvest, supply it to "
        "mushroom households and compost the rest, so no field is burned. We need a model that has worked "
        "elsewhere and help to organise it.",
        {"kCo019": 2, "kCo029": 2, "kCo030": 1, "kCo025": 1, "kCo021": 1},
    ),
    (
        "kCn25",
        "vi",
        "s_soctrang_baler",
        "Hộ nuôi bò muốn cuộn rơm dự trữ và xử lý cho bò dễ ăn",
        "Nhà nuôi 8 con bò ở Trà Cú, muốn cuộn rơm sau gặt để dự trữ cho mùa khô và xử lý rơm cho bò ăn "
        "nhiều, mau lớn.",
        {"kCo028": 2, "kCo037": 2, "kCo038": 2, "kCo025": 1},
    ),
    # --- coconut by-products ---
    (
        "kCn26",
        "vi",
        "c_trabac",
        "Cơ sở sơ chế dừa ở Càng Long bóc vỏ thủ công, thiếu người",
        "Cơ sở mỗi ngày lột khoảng 4.000 trái dừa khô bằng tay, thợ lột ngày càng ít, hay bị thương. Muốn "
        "mua máy tách vỏ dừa phù hợp cơ sở nhỏ để lấy xơ.",
        {"kCo047": 2, "kCo048": 2, "kCo046": 1},
    ),
    (
        "kCn27",
        "en",
        "c_betre",
        "Piles of rotting coconut husk behind processors in Châu Thành",
        "Several coconut processors in Châu Thành pile husks in the open; they rot and block drains. We "
        "want to turn husk into fibre and peat that can be sold, and need equipment and buyers.",
        {"kCo046": 2, "kCo045": 2, "kCo056": 1, "kCo072": 1, "kCo047": 1},
    ),
    (
        "kCn28",
        "vi",
        "c_hiephoi",
        "Làm thảm xơ dừa phủ gốc cây ăn trái",
        "Nhà vườn bưởi ở Bình Minh muốn tự làm tấm phủ gốc từ xơ dừa để giữ ẩm, hạn chế cỏ thay bạt "
        "nilon. Cần cách ép xơ thành tấm và keo dính an toàn.",
        {"kCo045": 2, "kCo046": 1, "kCo050": 1},
    ),
    (
        "kCn29",
        "en",
        "c_muuie",
        "Canal bank in Duyên Hải eroding, want natural matting",
        "A 600 m canal bank in Duyên Hải keeps slipping after rains and boat wakes. The commune wants a "
        "natural, cheap material to hold the soil while grass roots take over, not concrete.",
        {"kCo049": 2, "kCo050": 2, "kCo051": 2, "kCo052": 2},
    ),
    (
        "kCn30",
        "vi",
        "c_geiworks",
        "Bờ ao tôm ở Cầu Ngang sạt lở, muốn giữ bờ bằng lưới tự nhiên",
        "Bờ ao nuôi tôm của nhà tôi ở Cầu Ngang bị sạt mỗi mùa mưa, đắp lại tốn tiền. Muốn dùng lưới xơ "
        "dừa kết hợp trồng cỏ để giữ bờ, cần hướng dẫn thi công.",
        {"kCo051": 2, "kCo049": 2, "kCo052": 2, "kCo050": 2},
    ),
    (
        "kCn31",
        "en",
        "c_growguru",
        "Seedlings yellow and die in our coco peat",
        "Our vegetable seedling nursery in Long Hồ mixes local coco peat into trays, but seedlings turn "
        "yellow and roots brown. Someone said the peat is too salty. We need to test it and learn how to "
        "clean it properly.",
        {"kCo053": 2, "kCo054": 2, "kCo055": 2, "kCo056": 2, "kCo058": 2, "kCo059": 2, "kCo057": 1},
    ),
    (
        "kCn32",
        "vi",
        "c_progrow",
        "Mở xưởng xử lý mụn dừa bán cho nhà vườn, khách đòi EC thấp",
        "Tôi ở Châu Thành có nguồn mụn dừa thô dồi dào, muốn mở xưởng xả chát, xả mặn để bán giá thể. "
        "Khách hàng trồng rau nhà màng đòi EC thấp và ổn định. Cần quy trình và thiết bị đo.",
        {"kCo053": 2, "kCo054": 2, "kCo056": 2, "kCo059": 2, "kCo055": 1, "kCo046": 1},
    ),
    (
        "kCn33",
        "en",
        "c_dutch",
        "Greenhouse melon grower needs buffered coco substrate",
        "We grow melons in grow bags in a net house and recirculate fertiliser. Our coco substrate locks "
        "up calcium and magnesium. We want properly buffered substrate or help to buffer it ourselves.",
        {"kCo053": 2, "kCo055": 2, "kCo054": 1, "kCo059": 1, "kCo057": 1},
    ),
    (
        "kCn34",
        "vi",
        "c_vyapar",
        "Gáo dừa bán rẻ cho lò than, muốn làm than hoạt tính",
        "Cơ sở sấy cơm dừa ở Châu Thành thải 3 tấn gáo mỗi ngày, bán rẻ cho lò than. Muốn biết cách làm "
        "than hoạt tính hoặc bán than đạt chuẩn cho nhà máy than hoạt tính.",
        {"kCo060": 2, "kCo061": 2, "kCo062": 2, "kCo063": 1, "kCo064": 1},
    ),
    (
        "kCn35",
        "en",
        "c_ehow",
        "Shell charcoal pits in Cầu Kè smoke out the neighbours",
        "Households in Cầu Kè burn coconut shells in open pits to make charcoal; smoke is heavy and half "
        "turns to ash. We want a simple kiln design with better yield and less smoke.",
        {"kCo063": 2, "kCo065": 1, "kCo061": 1, "kCo062": 1},
    ),
    (
        "kCn36",
        "vi",
        "c_florid",
        "Than gáo vụn, bột than bán không được giá",
        "Lò than gáo dừa của chúng tôi còn nhiều than vụn và bột than, bán rất rẻ. Muốn ép thành than "
        "viên nướng BBQ để bán, cần máy và chất kết dính.",
        {"kCo064": 2, "kCo065": 2, "kCo063": 1},
    ),
    (
        "kCn37",
        "en",
        "c_yourfruit",
        "Desiccated coconut factory pours away mature coconut water",
        "Our desiccated coconut line in Trà Vinh opens about 20,000 nuts a day and the water goes to the "
        "drain. We want a product from it (nata de coco, vinegar or other) and a starter culture "
        "supplier.",
        {"kCo066": 2, "kCo067": 2, "kCo068": 2, "kCo069": 2, "kCo071": 1, "kCo070": 1},
    ),
    (
        "kCn38",
        "vi",
        "c_natul",
        "Làm thạch dừa thô nhưng màng mỏng, hay nhiễm",
        "Cơ sở nhỏ làm thạch dừa thô từ nước dừa già, nhiều khay màng thạch mỏng, có khay bị nhiễm mốc. "
        "Cần hướng dẫn pha môi trường, giống và pH cho đúng.",
        {"kCo066": 2, "kCo067": 1, "kCo071": 1},
    ),
    (
        "kCn39",
        "vi",
        "c_howvin",
        "Muon lam giam tu nuoc dua tuoi ban cho cho",
        "Nha toi o Cau Ke ban dua tuoi, nuoc dua du nhieu. Muon lam giam nuoc dua dong chai ban cho, can "
        "cong thuc, men, giam cai va cach kiem tra do chua.",
        {"kCo068": 2, "kCo069": 2, "kCo070": 2},
    ),
    (
        "kCn40",
        "en",
        "c_spvm",
        "Coconut association wants a zero-waste plan for the whole nut",
        "Our district coconut association sells mostly fresh and dry nuts. We want a plan so husk, shell, "
        "water and meat each go into a product, and companies that would contract with farmers.",
        {"kCo072": 2, "kCo046": 1, "kCo062": 1, "kCo066": 1, "kCo045": 1},
    ),
    (
        "kCn41",
        "en",
        "c_vinanet",
        "Coir rope workshop wants to mechanise fibre extraction",
        "Our workshop in Tiểu Cần twists coir rope and makes mattress pads, but husk soaking and beating "
        "by hand is slow. We look for a machine to separate fibre and dust from husk.",
        {"kCo046": 2, "kCo047": 1, "kCo048": 1, "kCo045": 1},
    ),
    # --- shrimp and crab shells ---
    (
        "kCn42",
        "en",
        "sh_naoh",
        "Shrimp peeling plant sells 12 t of heads and shells a day for almost nothing",
        "Our peeling plant in Duyên Hải produces about 12 tonnes of shrimp heads and shells a day, sold "
        "cheaply as feed or dumped. We want to make chitin or chitosan and need a proven process and "
        "partner.",
        {"kCo073": 2, "kCo074": 2, "kCo075": 2, "kCo076": 2, "kCo081": 1, "kCo082": 1, "kCo080": 1},
    ),
    (
        "kCn43",
        "vi",
        "sh_hn",
        "Muốn làm chitosan từ vỏ tôm nhưng ngại hóa chất, nước thải",
        "Chúng tôi tính làm chitosan từ vỏ tôm nhưng nghe nói phải dùng nhiều axit, xút, nước thải rất "
        "khó xử lý. Có cách nào ít hóa chất hơn, ví dụ lên men hay dùng enzyme không?",
        {"kCo077": 2, "kCo075": 2, "kCo078": 1, "kCo076": 1},
    ),
    (
        "kCn44",
        "en",
        "sh_chitinfood",
        "Crab pickers in Trà Cú have baskets of shells",
        "Women in a hamlet of Trà Cú pick crab meat for restaurants and throw away the shells. A local "
        "teacher wants to try making chitosan from crab shells at small scale and needs a simple method.",
        {"kCo079": 2, "kCo076": 2, "kCo081": 1, "kCo073": 1},
    ),
    (
        "kCn45",
        "vi",
        "sh_vannamei",
        "Vỏ đầu tôm để lâu bốc mùi, muốn làm đạm thủy phân",
        "Đại lý tôm ở Duyên Hải lột tôm thải đầu vỏ, để qua đêm là bốc mùi. Muốn làm dịch đạm thủy phân "
        "bán cho trại cá hoặc làm phân, cần hướng dẫn.",
        {"kCo082": 2, "kCo099": 1, "kCo075": 1, "kCo088": 1, "kCo087": 1},
    ),
    (
        "kCn46",
        "en",
        "sh_baocao",
        "Pomelo and lemon exporter wants a natural coating",
        "We pack green-skin pomelo and lemons for export from Vĩnh Long. Fruit loses weight and rots in "
        "transit. Buyers want natural coatings rather than wax with fungicide.",
        {"kCo083": 2, "kCo084": 2, "kCo156": 1, "kCo165": 1, "kCo074": 1},
    ),
    (
        "kCn47",
        "vi",
        "sh_trung2012",
        "Nhà máy thức ăn muốn thay bớt bột cá bằng đạm phụ phẩm tôm",
        "Xưởng thức ăn thủy sản nhỏ ở Trà Vinh muốn giảm bột cá nhập vì giá cao, thay bằng đạm từ phụ "
        "phẩm tôm, cá trong vùng. Cần nguồn cung và công thức.",
        {"kCo082": 2, "kCo099": 2, "kCo075": 1, "kCo085": 1},
    ),
    (
        "kCn48",
        "en",
        "sh_vnf",
        "University lab needs chitosan with known deacetylation",
        "Our lab in Trà Vinh makes chitosan from shrimp shells for student projects but the quality "
        "varies from batch to batch. We want a standard recipe and help measuring degree of "
        "deacetylation.",
        {"kCo076": 2, "kCo078": 2, "kCo080": 2, "kCo073": 1, "kCo081": 1},
    ),
    # --- fish by-products ---
    (
        "kCn49",
        "vi",
        "f_tra",
        "Cơ sở phi lê cá tra ở Bình Minh bán đầu xương mỡ giá rẻ",
        "Cơ sở phi lê cá tra mỗi ngày thải khoảng 8 tấn đầu, xương, mỡ, bán cho lái với giá rất thấp. "
        "Muốn tự làm bột cá và dầu cá để tăng giá trị, cần dây chuyền và kỹ thuật.",
        {"kCo085": 2, "kCo089": 2, "kCo091": 2, "kCo090": 2, "kCo086": 1},
    ),
    (
        "kCn50",
        "en",
        "f_enzyme",
        "Fish guts from small processors: want liquid fertiliser for orchards",
        "Fish drying households in Tam Bình have fish guts and heads every day. Fruit growers nearby ask "
        "for fish-based liquid fertiliser. We need a simple fermentation method that does not stink.",
        {"kCo087": 2, "kCo088": 2, "kCo082": 1, "kCo098": 1},
    ),
    (
        "kCn51",
        "vi",
        "f_stockdb",
        "Dau ca tho mui hoi, mau den, ban khong duoc gia",
        "Xuong nau mo ca o Binh Minh ra dau ca tho mau den, mui hoi, chi ban duoc cho lo thuc an gia re. "
        "Muon loc tinh de ban gia cao hon.",
        {"kCo089": 2, "kCo091": 2, "kCo090": 1},
    ),
    (
        "kCn52",
        "en",
        "f_catla",
        "Tilapia plant discards scales; cosmetics partner asks for collagen",
        "We fillet tilapia and collect about 300 kg of scales a day. A cosmetics company asked whether we "
        "could supply fish collagen. We need an extraction method we can license.",
        {"kCo092": 2, "kCo097": 2, "kCo096": 2, "kCo093": 1, "kCo095": 1},
    ),
    (
        "kCn53",
        "vi",
        "f_cuc",
        "Da cá tra dư nhiều, muốn làm gelatin hoặc collagen",
        "Công ty chế biến cá tra có nhiều da cá sau lạng phi lê, đang bán làm da chiên. Muốn làm gelatin "
        "hoặc collagen, cần quy trình và đối tác nghiên cứu.",
        {"kCo094": 2, "kCo093": 2, "kCo095": 2, "kCo096": 2, "kCo092": 1},
    ),
    (
        "kCn54",
        "en",
        "f_vikas",
        "Small fishmeal maker: meal smells and protein is low",
        "We cook and sun-dry trash fish and catfish heads into meal in Duyên Hải, but feed mills pay "
        "little: protein is about 50% and it smells. We need better processing steps and a buyer.",
        {"kCo085": 2, "kCo090": 1, "kCo089": 1},
    ),
    (
        "kCn55",
        "vi",
        "f_phung",
        "Bùn đáy ao cá tra nhiều, muốn ủ với trấu làm phân",
        "Mỗi vụ nạo vét ao cá tra ra hàng trăm khối bùn, đổ lên bờ gây mùi. Nghe nói trộn trấu ủ làm phân "
        "bón được. Cần quy trình và kiểm tra kim loại nặng.",
        {"kCo100": 2, "kCo133": 1, "kCo034": 1, "kCo135": 1},
    ),
    (
        "kCn56",
        "en",
        "f_haugiang",
        "Catfish processor wants fish hydrolysate for shrimp feed",
        "We have trimmings and want to make an attractant protein hydrolysate for shrimp and fish feed "
        "mills in the region.",
        {"kCo099": 2, "kCo082": 2, "kCo098": 1},
    ),
    # --- sugarcane bagasse ---
    (
        "kCn57",
        "vi",
        "b_joyfood",
        "HTX muốn mở xưởng làm chén hộp từ bã mía",
        "Vùng mía Trà Cú và các xe nước mía thải nhiều bã. Hợp tác xã muốn làm hộp, chén dùng một lần từ "
        "bã mía bán cho quán ăn. Cần dây chuyền và công suất phù hợp.",
        {"kCo101": 2, "kCo102": 2, "kCo106": 1, "kCo105": 1, "kCo103": 1},
    ),
    (
        "kCn58",
        "en",
        "b_rvc",
        "Canteen chain must drop foam boxes",
        "We run canteens for factories in Cổ Chiên industrial area and must replace foam boxes and "
        "plastic cups with biodegradable ones at a reasonable price.",
        {"kCo105": 2, "kCo104": 2, "kCo107": 2, "kCo106": 2, "kCo041": 1},
    ),
    (
        "kCn59",
        "vi",
        "b_yano",
        "Bã mía nhà máy đường dư, làm ván ép được không",
        "Nhà máy đường ở Trà Vinh dư bã mía sau khi đốt lò. Muốn làm ván dăm bán cho xưởng nội thất, cần "
        "quy trình, loại keo và thiết bị.",
        {"kCo108": 2, "kCo110": 2, "kCo109": 2, "kCo044": 2},
    ),
    (
        "kCn60",
        "en",
        "d_ecos",
        "Juice bar wants bagasse drinking straws",
        "Our juice bar chain wants straws made from sugarcane bagasse, matching our sugarcane juice "
        "drinks. We need a maker.",
        {"kCo107": 2, "kCo103": 1, "kCo102": 1},
    ),
    # --- fruit peels ---
    (
        "kCn61",
        "vi",
        "p_ngocanh",
        "Cơ sở bưởi ở Bình Minh thải 2 tấn vỏ mỗi tuần",
        "Cơ sở tách múi bưởi bán siêu thị thải khoảng 2 tấn vỏ bưởi mỗi tuần. Muốn chưng cất tinh dầu "
        "hoặc làm sản phẩm khác từ vỏ.",
        {"kCo114": 2, "kCo115": 2, "kCo113": 2, "kCo111": 1, "kCo116": 1, "kCo121": 1},
    ),
    (
        "kCn62",
        "en",
        "p_karne",
        "Orange juice kiosks want to distil peel oil",
        "We run 15 orange juice kiosks in Vĩnh Long and collect about 300 kg of peel a day. We want to "
        "distil essential oil from it and need a still and process.",
        {"kCo116": 2, "kCo118": 2, "kCo114": 2, "kCo120": 1, "kCo119": 1},
    ),
    (
        "kCn63",
        "vi",
        "p_proem",
        "Muốn chiết pectin từ vỏ bưởi để làm mứt",
        "Cơ sở mứt ở Vũng Liêm muốn tự chiết pectin từ vỏ bưởi thay pectin nhập. Cần quy trình nhiệt độ, "
        "pH, thời gian.",
        {"kCo111": 2, "kCo112": 2, "kCo113": 1},
    ),
    (
        "kCn64",
        "en",
        "p_ozturk",
        "Home still gives too little pomelo oil",
        "Our small distillery gets very little pomelo oil per batch and the oil is cloudy. We want a "
        "method with higher yield and clearer oil, and lab analysis.",
        {"kCo117": 2, "kCo119": 2, "kCo115": 1, "kCo121": 1},
    ),
    (
        "kCn65",
        "vi",
        "p_garcia",
        "HTX cam sành ở Tam Bình có nhiều vỏ cam",
        "Hợp tác xã cam sành Tam Bình làm nước cam ép, thải nhiều vỏ. Muốn chưng cất tinh dầu cam, cần "
        "điều kiện chưng cất tối ưu.",
        {"kCo120": 2, "kCo116": 2, "kCo114": 2, "kCo118": 1},
    ),
    (
        "kCn66",
        "en",
        "p_ilove",
        "Jam maker needs a local pectin source",
        "We make fruit jams in Càng Long and import pectin. We want to extract pectin from local citrus peel.",
        {"kCo112": 2, "kCo111": 2, "kCo113": 1},
    ),
    # --- livestock manure ---
    (
        "kCn67",
        "vi",
        "m_survey",
        "Trại heo 300 con ở Châu Thành xả phân ra kênh",
        "Trại heo 300 con, hầm biogas quá tải, phân tràn ra kênh bị phạt. Muốn ủ phân khô làm phân bón hoặc nuôi trùn.",
        {"kCo133": 2, "kCo134": 2, "kCo125": 2, "kCo135": 1, "kCo143": 1},
    ),
    (
        "kCn68",
        "en",
        "m_kienthuc",
        "Cattle households in Trà Cú: smelly manure heaps",
        "Thirty cattle households in a hamlet of Trà Cú pile manure next to houses. The women's union "
        "wants earthworm raising to turn it into fertiliser and worms for chickens.",
        {"kCo122": 2, "kCo123": 2, "kCo124": 2, "kCo125": 2, "kCo126": 2},
    ),
    (
        "kCn69",
        "vi",
        "m_trunque",
        "Nuoi trun que bi chet, can huong dan",
        "Minh moi nuoi trun que o Mang Thit, luong trun bo di, chet nhieu sau mua mua. Can nguoi huong "
        "dan lam chuong, luong va cho an.",
        {"kCo124": 2, "kCo126": 2, "kCo128": 1, "kCo122": 1},
    ),
    (
        "kCn70",
        "en",
        "m_peertechz",
        "Our vermicompost is low in nitrogen",
        "We sell vermicompost from cow manure in Vũng Liêm and buyers say it is weak. We want lab testing "
        "and advice on feedstock mixes.",
        {"kCo127": 2, "kCo122": 1, "kCo128": 1},
    ),
    (
        "kCn71",
        "vi",
        "m_lachung",
        "Hầm biogas nhà tôi dư nước xả, muốn dùng tưới rau",
        "Hầm biogas nhà tôi ở Tiểu Cần ra nhiều nước xả, đang chảy ra mương. Muốn dùng tưới rau màu cho "
        "đúng cách, không cháy cây.",
        {"kCo129": 2, "kCo130": 2, "kCo131": 2, "kCo132": 1, "kCo143": 1},
    ),
    (
        "kCn72",
        "en",
        "m_vdoc",
        "Cooperative with 20 biogas digesters wants to sell slurry",
        "Our pig cooperative has surplus digester slurry. We want to separate it into liquid and solid "
        "fertiliser for sale.",
        {"kCo132": 2, "kCo129": 1, "kCo130": 1, "kCo133": 1},
    ),
    (
        "kCn73",
        "vi",
        "m_camnang",
        "Muốn làm phân chuồng hoai nhanh cho vườn dừa Càng Long",
        "Vườn dừa nhà tôi cần nhiều phân chuồng hoai. Phân bò tươi ủ lâu, có mùi. Muốn ủ nhanh với rơm và chế phẩm.",
        {"kCo134": 2, "kCo031": 2, "kCo133": 2, "kCo135": 1},
    ),
    (
        "kCn74",
        "en",
        "m_rlinks",
        "Chicken farm manure too wet to compost",
        "Our broiler farm manure is wet and sticky; piles go anaerobic and smell. We need composting advice.",
        {"kCo133": 2, "kCo135": 2, "kCo134": 1, "kCo034": 1},
    ),
    (
        "kCn75",
        "vi",
        "m_ali",
        "Trại bò sữa muốn bán phân trùn viên",
        "Trại bò sữa muốn nuôi trùn trên phân bò để làm phân trùn viên bán cho vườn hoa kiểng.",
        {"kCo123": 2, "kCo125": 2, "kCo128": 1, "kCo127": 1},
    ),
]
