"""Needs of holdout154 (tofu, soy milk, bean sprouts and small soybean products), set in Tra Vinh / Vinh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve, 1 = partly relevant.
"""

NEEDS = [
    (
        "nZn01",
        "vi",
        "h24",
        "Cần máy xay đậu nành tách bã liên tục cho cơ sở đậu phụ ở Cầu Kè",
        "Cơ sở chúng tôi ở Cầu Kè vẫn xay đậu bằng máy xay sinh tố rồi lọc qua vải màn, mỗi mẻ chỉ 400 g đậu ra "
        "khoảng 4 lít sữa, vắt bã bằng tay rất cực. Chúng tôi muốn mua hoặc đặt chế tạo máy vừa xay vừa tách bã, "
        "xử lý được 10–15 kg đậu mỗi mẻ, dễ vệ sinh.",
        {"nZo003": 2, "nZo005": 2, "nZo004": 1, "nZo012": 1, "nZo010": 1},
    ),
    (
        "nZn02",
        "en",
        "dmvd",
        "Standard soaking and grinding routine for a soy milk stall in Càng Long",
        "We sell soy milk and some tofu in Càng Long town. Soaking time is guesswork: 6–8 hours in the hot months "
        "and 10–12 hours when it is cooler, and in hot weather the soak water sometimes turns sour. The amount of "
        "milk we get from each kilogram of beans changes from day to day. We need a written soaking, dehulling and "
        "grinding routine with bean-to-water ratios that gives steady yield.",
        {"nZo002": 2, "nZo001": 2, "nZo007": 2, "nZo006": 1, "nZo011": 1, "nZo008": 1},
    ),
    (
        "nZn03",
        "vi",
        "sdn_chai",
        "Khử mùi hăng đậu cho sữa đậu nành bán ở TP Trà Vinh",
        "Sữa đậu nành của cơ sở chúng tôi ở TP Trà Vinh nấu theo cách truyền thống (ngâm, xay, lọc vải, nấu) nên "
        "còn mùi hăng đậu, khách trẻ chê, lại không giữ được lâu. Cần công nghệ hoặc thiết bị khử mùi đậu mà "
        "không làm giảm nhiều lượng đạm, phù hợp quy mô vài trăm lít mỗi ngày.",
        {"nZo013": 2, "nZo014": 2, "nZo011": 1, "nZo156": 1, "nZo015": 1},
    ),
    (
        "nZn04",
        "en",
        "qaq",
        "Bottled soy milk for school canteens in Vũng Liêm that keeps at least a week",
        "Our cooperative in Vũng Liêm wants to supply bottled soy milk to school canteens. Home-style soy milk "
        "only lasts a few days in the fridge and we cannot afford aseptic carton lines. We need a pasteurisation "
        "and bottling method, sized for a few hundred litres a day, that gives at least 7 days of chilled shelf "
        "life without preservatives.",
        {"nZo015": 2, "nZo017": 2, "nZo156": 2, "nZo016": 1, "nZo004": 1, "nZo019": 1, "nZo157": 1, "nZo018": 1},
    ),
    (
        "nZn05",
        "vi",
        "cardoza_foam",
        "Nồi nấu sữa đậu bị trào bọt, chưa sôi thật đã phải tắt lửa",
        "Xưởng đậu phụ nhà tôi ở Tiểu Cần nấu sữa đậu trong nồi lớn, bọt nổi rất nhiều do saponin, bọt dâng làm "
        "tưởng là sôi rồi trào ra ngoài, phải hớt bọt và hạ lửa liên tục nên nhiều mẻ sữa chưa nấu kỹ. Cần cách "
        "hoặc chất phá bọt an toàn, thiết bị chống trào để nấu sữa sôi đủ mà không hao hụt.",
        {"nZo134": 2, "nZo137": 2, "nZo135": 2, "nZo136": 2},
    ),
    (
        "nZn06",
        "en",
        "ift",
        "Silken and soft tofu for restaurants in Bình Minh",
        "We make firm pressed tofu in Bình Minh for the local market. Restaurants and hotpot shops now ask for "
        "soft and silken tofu, which has a different texture from our firm blocks. We need advice on coagulants "
        "and process settings to produce smooth silken tofu consistently, plus a supplier of the coagulant.",
        {"nZo032": 2, "nZo036": 2, "nZo025": 2, "nZo030": 1, "nZo021": 1, "nZo012": 1, "nZo024": 1, "nZo043": 1},
    ),
    (
        "nZn07",
        "vi",
        "tiffa",
        "Cần nguồn thạch cao thực phẩm đạt chuẩn cho xưởng đậu ở Trà Cú",
        "Xưởng đậu phụ ở Trà Cú đang dùng thạch cao mua lẻ ngoài chợ vì rẻ nhất, nhưng không rõ có phải thạch cao "
        "thực phẩm hay không; đậu lúc mềm lúc bở. Chúng tôi cần nhà cung cấp chất đông tụ đạt chuẩn thực phẩm có "
        "giấy tờ rõ ràng và hướng dẫn liều dùng theo kg đậu khô.",
        {"nZo026": 2, "nZo155": 2, "nZo025": 2, "nZo031": 1, "nZo030": 1},
    ),
    (
        "nZn08",
        "en",
        "binhquan",
        "Standardising sour-whey coagulation in a Mang Thít tofu shop",
        "Our family shop in Mang Thít makes tofu the traditional way with sour whey (nước chua) kept from earlier "
        "batches. Some days the curd sets well, other days it is weak and the yield drops. We want to know how "
        "long to ferment the whey and how to keep it consistent, or a starter culture to replace the guesswork.",
        {"nZo029": 2, "nZo035": 2, "nZo033": 1, "nZo028": 1},
    ),
    (
        "nZn09",
        "vi",
        "memart_sx",
        "Đậu ra ít miếng, cứng và nhiều nước vàng: cần xác định liều chất đông",
        "Xưởng ở Long Hồ: trước đây 1 kg đậu nành ra khoảng 25 miếng, nay chỉ còn khoảng 20 miếng, đậu cứng, nước "
        "vàng tách ra nhiều. Chúng tôi nghi cho chất đông tụ quá tay. Cần phương pháp xác định lượng chất đông tối "
        "ưu cho từng mẻ để tăng số miếng và giữ đậu mềm.",
        {"nZo034": 2, "nZo025": 1, "nZo032": 1, "nZo005": 1, "nZo006": 1},
    ),
    (
        "nZn10",
        "en",
        "h24",
        "Food-grade magnesium chloride (nigari) supply for a Trà Vinh tofu maker",
        "We want to switch part of our production from gypsum to magnesium chloride, using about 2 g per 100 g "
        "of dry beans, because customers like the sweeter taste. The magnesium chloride sold locally is "
        "industrial grade and we worry about heavy metals. We need a food-grade supplier with clear purity "
        "specifications and dosing guidance.",
        {"nZo031": 2, "nZo025": 2, "nZo027": 1, "nZo030": 1, "nZo032": 1},
    ),
    (
        "nZn11",
        "vi",
        "memart_tc",
        "Can chat dong tu tu nhien thay thach cao cho dau hu chay",
        "Co so dau hu o Chau Thanh ban cho cac chua va quan chay, khach hoi nhieu ve thach cao. Chung toi muon "
        "chuyen sang chat dong tu tu nhien (nuoc chua len men, chung vi khuan lactic hoac chat tu nhien khac) "
        "ma van giu nang suat va do min cua dau.",
        {"nZo029": 2, "nZo035": 2, "nZo144": 2, "nZo028": 2, "nZo033": 1},
    ),
    (
        "nZn12",
        "en",
        "phunu",
        "Tofu goes slimy in one to two days: extend shelf life for supermarket supply",
        "Our tofu from Trà Vinh markets turns sticky and stringy within one or two days in the heat, and the "
        "supermarket in Trà Vinh city will only list us if tofu keeps about a week under refrigeration. We need a "
        "practical way to extend shelf life: packaging and heat treatment or natural preservatives.",
        {
            "nZo037": 2,
            "nZo142": 2,
            "nZo143": 2,
            "nZo145": 1,
            "nZo038": 1,
            "nZo041": 1,
            "nZo045": 1,
            "nZo144": 1,
            "nZo147": 1,
        },
    ),
    (
        "nZn13",
        "vi",
        "shelfadvice",
        "Cần dây chuyền đóng hộp và thanh trùng đậu phụ để vào siêu thị",
        "Cơ sở ở Vũng Liêm muốn đưa đậu phụ vào siêu thị dưới dạng hộp có nước ngâm, dán hạn dùng vài tuần như "
        "hàng đậu đóng hộp thanh trùng bán ở các chuỗi lớn. Cần tư vấn và thiết bị đóng hộp, hàn kín, thanh trùng "
        "cả hộp sau khi đóng gói.",
        {"nZo037": 2, "nZo040": 1, "nZo039": 1, "nZo045": 1, "nZo010": 1, "nZo012": 1},
    ),
    (
        "nZn14",
        "en",
        "seouleats",
        "Storage labels and spoilage checks for tofu sold in Tiểu Cần",
        "We sell packed tofu through grocery shops in Tiểu Cần. Shopkeepers and buyers do not know how long it "
        "keeps after opening, and spoiled packs come back to us. We need clear storage and use-by guidance for "
        "our labels (unopened and opened) and a short training for shop staff on spotting spoiled tofu.",
        {"nZo044": 2, "nZo045": 2, "nZo049": 2, "nZo038": 1},
    ),
    (
        "nZn15",
        "vi",
        "fitbao",
        "Can may dong goi hut chan khong cho dau hu chien, dau hu kho",
        "Co so o Tra On lam dau hu chien va dau hu ep kho ban cho quan an. Hang de trong tui nilon chi giu duoc 1-2 "
        "ngay. Can thiet bi va quy trinh hut chan khong, tiet trung san pham de giu lau hon va ban di xa.",
        {"nZo039": 2, "nZo038": 1, "nZo040": 1, "nZo037": 1},
    ),
    (
        "nZn16",
        "en",
        "ubc2012",
        "Natural (chemical-free) preservation for fresh tofu",
        "Our tofu cooperative in Càng Long wants to keep fresh tofu longer without chemical preservatives, which "
        "buyers distrust. Freezing or frying changes the product too much. We are looking for natural "
        "treatments (for example dipping or coating) tested on fresh tofu, with the concentration to use.",
        {"nZo142": 2, "nZo143": 2, "nZo145": 2, "nZo146": 1, "nZo147": 1, "nZo144": 1, "nZo041": 1},
    ),
    (
        "nZn17",
        "vi",
        "memart_moc",
        "Chao làm bằng mốc tự nhiên không ổn định, hay đắng",
        "Cơ sở chao ở Trà Ôn ủ đậu phụ cho lên mốc tự nhiên vài ngày rồi ngâm muối rượu. Mẻ được mẻ hỏng, có mẻ chao "
        "đắng hoặc mùi khó chịu, mốc lạ. Cần mốc giống thuần và quy trình ổn định để nâng sản lượng.",
        {"nZo101": 2, "nZo102": 2, "nZo100": 1, "nZo046": 1, "nZo047": 1, "nZo022": 1},
    ),
    (
        "nZn18",
        "en",
        "lieu_dh",
        "HACCP plan for a tofu and chao cooperative in Càng Long",
        "Our cooperative makes tofu and chao (fermented tofu) and a supermarket chain requires a food-safety "
        "plan. We need help to analyse hazards from raw soybeans, water, grinding and cloth filtering through "
        "fermentation and packing, set control points and train workers in good hygiene practice.",
        {"nZo046": 2, "nZo047": 2, "nZo048": 2, "nZo022": 1},
    ),
    (
        "nZn19",
        "vi",
        "yuba_df",
        "Tàu hủ ky phơi mùa mưa bị mốc, cần bảo quản lâu hơn",
        "Lò tàu hủ ky của gia đình ở Mỹ Hòa (Bình Minh) gợt váng từ chảo sữa đậu rồi phơi trên sào. Mùa mưa phơi "
        "không khô, tàu hủ ky dễ mốc, hàng Tết phải làm gấp đôi mà không trữ được. Cần quy trình làm khô và bảo "
        "quản kéo dài thời gian sử dụng.",
        {"nZo050": 2, "nZo099": 1, "nZo098": 1, "nZo041": 1},
    ),
    (
        "nZn20",
        "en",
        "takai",
        "Fried tofu pouches that do not puff well",
        "We fry tofu for markets in Trà Vinh city. Many pieces stay dense and soak up oil instead of puffing "
        "into light, hollow pouches. We need a frying method (temperature, size, time) and advice on the tofu "
        "base that gives consistent puffs.",
        {"nZo105": 2, "nZo104": 1, "nZo032": 1},
    ),
    (
        "nZn21",
        "vi",
        "eva",
        "Làm giá không thuốc kích thích mà giá vẫn mập, đẹp để bán",
        "Hộ làm giá ở Châu Thành muốn bỏ hẳn thuốc kích thích, nhưng giá sạch thường gầy, rễ dài, nhìn không bắt "
        "mắt nên thương lái ép giá. Cần kỹ thuật hoặc thiết bị ủ giá giúp giá mập, ngắn, ít rễ mà không dùng hóa "
        "chất.",
        {"nZo061": 2, "nZo054": 2, "nZo052": 2, "nZo064": 1, "nZo051": 1, "nZo062": 1},
    ),
    (
        "nZn22",
        "vi",
        "cafef_gd",
        "Can quy trinh lam gia do sach quy mo 50 kg dau moi ngay",
        "Gia dinh o Cang Long dang lam gia thu cong vai ky dau moi ngay, nhu cau gia sach tang nen muon nang len "
        "khoang 50 kg dau xanh/ngay. Can quy trinh va thiet bi u gia quy mo vua, khong dung thuoc kich thich.",
        {"nZo061": 2, "nZo054": 2, "nZo062": 1, "nZo063": 1, "nZo064": 1, "nZo052": 1},
    ),
    (
        "nZn23",
        "en",
        "fda_sprout",
        "Disinfecting mung bean seed for sprouts without bleach",
        "Our farmer group in Cầu Ngang grows mung bean sprouts and wants to supply school kitchens, which ask "
        "about food safety because sprouts are eaten lightly cooked. Most contamination comes with the seed. We "
        "would rather not soak seed in strong chlorine. We need a seed disinfection method that keeps germination "
        "high.",
        {"nZo055": 2, "nZo057": 2, "nZo058": 2, "nZo056": 1, "nZo065": 1},
    ),
    (
        "nZn24",
        "en",
        "cfia_sprout",
        "Microbial testing and hygiene code for a sprout supplier",
        "We supply bean sprouts to a supermarket in Vĩnh Long city, which now wants proof of microbial safety for "
        "each lot and a written hygiene plan covering seed, irrigation water and packing. We need a testing "
        "service and a code of practice to follow.",
        {"nZo059": 2, "nZo060": 2, "nZo065": 2, "nZo066": 1},
    ),
    (
        "nZn25",
        "vi",
        "sprout_fridge",
        "Giá đỗ bán siêu thị chỉ giữ được 1–2 ngày",
        "Chúng tôi giao giá cho siêu thị ở TP Trà Vinh, nhưng giá để trong tủ mát chỉ 1–2 ngày đã thâm, nhớt, bị "
        "trả hàng. Cần cách đóng gói, bao bì và chế độ bảo quản lạnh giúp giá giữ tươi khoảng 4–5 ngày.",
        {"nZo138": 2, "nZo139": 2, "nZo054": 1},
    ),
    (
        "nZn26",
        "vi",
        "lipi",
        "Can he thong tuoi tu dong cho nha u gia do",
        "Co so lam gia o Tieu Can dang tuoi gia bang tay nhieu lan moi ngay, ca dem cung phai day tuoi. Can he "
        "thong tuoi phun tu dong hen gio cho cac gian khay u gia, co thu hoi nuoc thai.",
        {"nZo062": 2, "nZo061": 1, "nZo064": 1, "nZo063": 1},
    ),
    (
        "nZn27",
        "en",
        "kholanh_bq",
        "Weevils and poor germination in stored mung bean seed",
        "We are a sprout grower in Trà Cú buying mung beans after harvest and storing them for months. Weevils get "
        "in, and old stock germinates poorly, so sprout yield falls. We need a cheap way to store mung bean seed "
        "for a year without losing germination and without spraying the grain.",
        {"nZo069": 2, "nZo109": 1, "nZo108": 1, "nZo107": 1, "nZo061": 1},
    ),
    (
        "nZn28",
        "vi",
        "foodhaccp",
        "Quy trình vệ sinh để cung cấp giá đỗ cho bếp ăn trường học",
        "Hợp tác xã ở Cầu Ngang muốn cung cấp giá đỗ cho các bếp ăn bán trú. Nhà trường yêu cầu quy trình sản xuất "
        "hợp vệ sinh từ khâu hạt giống, nước tưới đến đóng gói, có kiểm soát vi sinh. Cần bộ quy trình, hướng dẫn "
        "áp dụng và tư vấn tuân thủ.",
        {"nZo060": 2, "nZo065": 2, "nZo066": 2, "nZo048": 1, "nZo059": 1, "nZo057": 1},
    ),
    (
        "nZn29",
        "vi",
        "memart_bdn",
        "Bã đậu 300 kg/ngày chua thối nhanh, cần sấy để bảo quản",
        "Xưởng đậu phụ và sữa đậu nành ở Long Hồ thải khoảng 300 kg bã ướt mỗi ngày. Bã ẩm, xốp nên chỉ nửa ngày "
        "đã chua, không kịp bán cho người nuôi heo. Cần thiết bị sấy khô bã nhanh, giữ được chất lượng để bán làm "
        "nguyên liệu.",
        {"nZo072": 2, "nZo074": 2, "nZo073": 1, "nZo075": 1, "nZo070": 1, "nZo081": 1, "nZo085": 1},
    ),
    (
        "nZn30",
        "en",
        "memart_phoi",
        "Ensiling okara into pig feed on a Long Hồ farm",
        "I keep pigs in Long Hồ and collect okara free from a tofu shop, but it sours within a day and the pigs "
        "get loose stools. I want a simple fermentation or ensiling recipe mixing okara with rice bran so I can "
        "store it for a week and feed it safely.",
        {"nZo071": 2, "nZo070": 1, "nZo079": 1, "nZo140": 1},
    ),
    (
        "nZn31",
        "vi",
        "diva",
        "Dùng bã đậu làm bánh quy, bánh mì giàu xơ",
        "Cơ sở bánh ở TP Vĩnh Long nhận bã đậu từ xưởng đậu phụ bên cạnh, mỗi kg đậu nành cho hơn 1 kg bã ướt. "
        "Chúng tôi muốn làm bánh quy, bánh mì bổ sung bã đậu nhưng bã thô, nhám, khó trộn. Cần công thức và cách "
        "xử lý bã để thay một phần bột mì.",
        {"nZo083": 2, "nZo084": 2, "nZo076": 2, "nZo077": 1, "nZo072": 1, "nZo075": 1},
    ),
    (
        "nZn32",
        "en",
        "tempe_nout",
        "A fermented okara product for a vegetarian food maker",
        "We make vegetarian foods in Trà Vinh city and want to turn okara from local tofu shops into a "
        "fermented, protein-rich product similar to tempe. We need a tested fermentation process (culture, "
        "moisture, temperature, packaging) that small workshops can run.",
        {"nZo078": 2, "nZo079": 2, "nZo080": 2, "nZo082": 1},
    ),
    (
        "nZn33",
        "vi",
        "dane_okara",
        "Cần máy ép tách nước bã đậu để chở đi bán",
        "Bã đậu ướt của cơ sở ở Trà Ôn rất nặng nước, chở cho trại heo tốn xăng mà lại mau hư. Cần máy ép bớt nước "
        "bã rẻ tiền, chế tạo được tại địa phương, nhanh hơn cách đè đá thủ công.",
        {"nZo081": 2, "nZo074": 1, "nZo153": 1},
    ),
    (
        "nZn34",
        "en",
        "diva",
        "Rearing black soldier fly larvae on okara in Duyên Hải",
        "Our household in Duyên Hải has a steady supply of okara from two tofu shops and also raises fish and "
        "chickens. Instead of feeding raw okara, we want to rear black soldier fly larvae on it as a protein feed. "
        "We need a tested substrate mix and a rearing model suited to a household.",
        {"nZo140": 2, "nZo141": 2, "nZo071": 1},
    ),
    (
        "nZn35",
        "vi",
        "patifu",
        "Ba dau thua nhieu, muon u lam phan bon huu co",
        "Xuong dau o Cau Ke du ba dau, heo an khong het, bo di thi boc mui. Muon u ba dau thanh phan bon huu co "
        "bon cho vuon dua va rau, can cach phoi, u de khong moc va khong hoi.",
        {"nZo070": 2, "nZo085": 2},
    ),
    (
        "nZn36",
        "vi",
        "vientieu",
        "Nước thải xưởng đậu phụ chảy ra kênh, bị nhắc nhở",
        "Xưởng đậu phụ ở Cầu Kè dùng khoảng 200 kg đậu/ngày; nước ngâm, nước đãi vỏ, nước chua và nước rửa đổ thẳng "
        "ra kênh, bốc mùi chua hôi, bị xã nhắc nhở. Cần giải pháp xử lý nước thải chi phí thấp, dễ vận hành cho "
        "hộ sản xuất.",
        {
            "nZo088": 2,
            "nZo086": 2,
            "nZo087": 2,
            "nZo089": 1,
            "nZo090": 1,
            "nZo091": 1,
            "nZo095": 1,
            "nZo096": 1,
            "nZo094": 1,
        },
    ),
    (
        "nZn37",
        "en",
        "cokhi_biogas",
        "Turning tofu wastewater into biogas for cooking",
        "Our tofu household in Tiểu Cần boils soy milk on firewood. We would like to feed our whey and wash water "
        "into a digester and use the biogas for cooking, but local builders only know manure digesters. We need "
        "design guidance for biogas from tofu liquid waste.",
        {"nZo087": 2, "nZo086": 1, "nZo088": 1, "nZo095": 1, "nZo096": 1},
    ),
    (
        "nZn38",
        "vi",
        "whey_bev",
        "Tận dụng nước chua (whey) thải ra từ làm đậu",
        "Cơ sở ở Mang Thít thải mỗi ngày nhiều thùng whey sau khi ép đậu, đổ ra ngoài gây ô nhiễm. Chúng tôi muốn "
        "tận dụng whey: dùng lại làm chất đông tụ, làm đồ uống lên men hoặc sản phẩm khác có giá trị.",
        {"nZo092": 2, "nZo093": 2, "nZo029": 2, "nZo035": 2},
    ),
    (
        "nZn39",
        "en",
        "tofuwaste_id",
        "Compact wastewater treatment for a city tofu workshop",
        "Our tofu workshop in Trà Vinh city has no land for ponds. The wastewater is strong in organic load, and "
        "we need a compact treatment unit that fits inside the workshop and brings effluent close to the "
        "discharge standard.",
        {"nZo089": 2, "nZo091": 2, "nZo088": 1, "nZo090": 1, "nZo086": 1},
    ),
    (
        "nZn40",
        "vi",
        "twostage",
        "Đánh giá ô nhiễm cụm hộ làm đậu và đề xuất xử lý chung",
        "UBND xã ở Bình Minh cần khảo sát cụm 15 hộ làm đậu phụ (mỗi kg đậu thải ra khoảng 43,5 lít nước), đo mức ô "
        "nhiễm và đề xuất phương án xử lý chung cho cả cụm.",
        {"nZo094": 2, "nZo086": 2, "nZo088": 1, "nZo087": 1},
    ),
    (
        "nZn41",
        "en",
        "tauhuky",
        "Starting tofu skin (yuba) production in Bình Minh",
        "We are a family in Bình Minh, near the Mỹ Hòa tofu-skin village, and want to start making tofu skin to "
        "diversify from plain tofu. We need a clear process for forming, lifting and drying the film and the "
        "yield we can expect per litre.",
        {"nZo098": 2, "nZo099": 2, "nZo050": 1},
    ),
    (
        "nZn42",
        "vi",
        "hufi_sdn",
        "Làm thêm sữa chua đậu nành từ sữa đậu sẵn có",
        "Cơ sở sữa đậu nành ở Tam Bình muốn có thêm sản phẩm sữa chua đậu nành cho người không uống được sữa bò. "
        "Cần chuyển giao quy trình lên men, giống vi khuẩn và cách bảo quản.",
        {"nZo020": 2, "nZo157": 1},
    ),
    (
        "nZn43",
        "en",
        "bioenergy_husk",
        "Rice-husk steam for cooking soy milk in Trà Cú",
        "Our tofu workshop in Trà Cú cooks soy milk over firewood, which is getting expensive and smoky, while rice "
        "husk from nearby mills is cheap. We want a husk-fired steam boiler to heat the cooking vats.",
        {"nZo148": 2, "nZo149": 1, "nZo010": 1},
    ),
    (
        "nZn44",
        "vi",
        "nuoitrong_bq",
        "Đậu nành nguyên liệu trữ mùa mưa bị mốc, mọt",
        "HTX ở Trà Ôn mua đậu nành trữ 3 tháng để làm đậu phụ. Mùa mưa hạt hút ẩm, bốc nóng, có mùi chua, mốc và mọt "
        "nên đậu làm ra kém. Cần cách phơi, đóng bao và bảo quản giữ ẩm hạt an toàn.",
        {"nZo107": 2, "nZo108": 2, "nZo109": 1},
    ),
    (
        "nZn45",
        "vi",
        "sufu_haz",
        "Cải tạo xưởng đậu phụ đủ điều kiện an toàn thực phẩm",
        "Cơ sở đậu phụ ở Mang Thít chuẩn bị xin giấy chứng nhận an toàn thực phẩm. Xưởng nền thấp, chuột gián, chỗ "
        "rửa tay chưa có. Cần tư vấn cải tạo nhà xưởng, chống côn trùng và tập huấn vệ sinh cho công nhân.",
        {"nZo048": 2, "nZo046": 1, "nZo047": 1},
    ),
    (
        "nZn46",
        "en",
        "antioverflow",
        "Standard recipe and equipment kit for soy milk carts",
        "We run five soy milk carts around Trà Vinh city and each seller cooks differently: bean-to-water ratio "
        "anywhere from 1:8 to 1:10 and milk that boils over. We need a standard recipe and a small equipment kit "
        "(grinder, cooker, filter) so every cart sells the same product.",
        {"nZo009": 2, "nZo004": 2, "nZo001": 1, "nZo002": 1},
    ),
    (
        "nZn47",
        "en",
        "soybible",
        "Which soybeans give more tofu per kilogram?",
        "Our tofu workshop in Vĩnh Long buys whatever soybeans the trader brings, and yield per kilogram varies a "
        "lot. We need advice on choosing and storing beans (variety, protein, cleanliness) and on setting a "
        "standard output per kilogram.",
        {"nZo006": 2, "nZo023": 2, "nZo108": 1, "nZo005": 1, "nZo002": 1},
    ),
    (
        "nZn48",
        "en",
        "hosokawa",
        "Whole-bean soy milk without discarding okara",
        "Our soy milk brand in Vĩnh Long throws away okara every day. We would like to make a whole-bean soy milk "
        "that keeps the fibre in the drink, with a smooth mouthfeel, instead of separating and discarding pulp.",
        {"nZo008": 2, "nZo072": 1},
    ),
    (
        "nZn49",
        "en",
        "gyp_press",
        "Uneven pressing of tofu blocks in a small workshop",
        "We press tofu under wooden boards and stones in Tam Bình, so blocks come out uneven, some too wet and some "
        "crumbly, and the whey runs across the floor. We need a simple, low-cost press and mould that gives even "
        "blocks and collects the whey.",
        {"nZo153": 2, "nZo010": 1, "nZo005": 1, "nZo012": 1},
    ),
    (
        "nZn50",
        "en",
        "cardoza",
        "Soak water turns sour in hot weather",
        "In the dry season our soak tanks in Cầu Ngang turn sour overnight and the soy milk smells off. We need to "
        "control microbial growth during soaking and grinding: water quality, soaking time and temperature, and "
        "cleaning of equipment.",
        {"nZo047": 2, "nZo001": 1, "nZo002": 1, "nZo027": 1, "nZo046": 1, "nZo007": 1},
    ),
    (
        "nZn51",
        "en",
        "ahadep",
        "Less hand-watering for a sprout house in Càng Long",
        "Our sprout house in Càng Long waters trays by hand several times a day and night. Labour is the biggest "
        "cost. We want a growing system or automated watering that cuts labour while keeping sprouts thick and "
        "white.",
        {"nZo062": 2, "nZo061": 2, "nZo064": 2, "nZo052": 1},
    ),
    (
        "nZn52",
        "en",
        "hcmute_cookie",
        "Selling dried okara powder to bakeries",
        "Our tofu factory in Vĩnh Long city wants to sell okara as a dry powder to bakeries and snack makers "
        "rather than as wet feed. We need drying and milling equipment or a process that gives a fine, stable "
        "powder suitable for baking.",
        {"nZo072": 2, "nZo074": 2, "nZo083": 2, "nZo073": 1, "nZo076": 1, "nZo084": 1},
    ),
    (
        "nZn53",
        "en",
        "greenstar_uasb",
        "Polishing stage after our anaerobic tank",
        "Our tofu workshop in Vũng Liêm already routes wastewater to an anaerobic tank, but the outflow still "
        "smells and its COD is high. We need an aerobic polishing stage (biofilter or similar) sized for a small "
        "workshop.",
        {"nZo091": 2, "nZo090": 2, "nZo088": 2, "nZo089": 1},
    ),
    (
        "nZn54",
        "en",
        "sn_hazard",
        "Validated seed treatment after a Salmonella finding in sprouts",
        "A food-safety inspection in Trà Vinh found Salmonella in bean sprouts from our area. Our group needs a "
        "validated seed decontamination step before sprouting that removes pathogens without ruining "
        "germination, and we can accept chlorine if it works.",
        {"nZo056": 2, "nZo058": 2, "nZo055": 2, "nZo057": 1, "nZo059": 1},
    ),
    (
        "nZn55",
        "en",
        "cardoza_foam",
        "Customers report bloating: make sure soy milk is fully cooked",
        "Some customers of our soy milk stand in Trà Ôn complain of bloating and stomach upset. We suspect the milk "
        "is not heated enough to destroy trypsin inhibitors, because foam makes it look boiling too early. We need "
        "a grinding and heating regime that reliably inactivates anti-nutritional factors.",
        {"nZo015": 2, "nZo011": 2, "nZo135": 1, "nZo137": 1, "nZo008": 1, "nZo014": 1},
    ),
    (
        "nZn56",
        "en",
        "chao_ct",
        "Adding a chao (fermented tofu) line to a vegetarian food company",
        "Our vegetarian food company in Trà Vinh city wants to add chao. Traditional natural moulding is not "
        "controllable enough for us. We need a pure starter culture and a hazard analysis for the line.",
        {"nZo101": 2, "nZo046": 2, "nZo047": 1, "nZo102": 1, "nZo100": 1},
    ),
    (
        "nZn57",
        "en",
        "ubc2020",
        "Tofu-making training for a women's union group",
        "The women's union in a commune of Châu Thành wants to train members who plan to start small tofu "
        "businesses. We need a practical course covering soaking, grinding, cooking, coagulation, pressing and "
        "quality, in Vietnamese or with translation.",
        {"nZo024": 2, "nZo022": 2, "nZo001": 2, "nZo021": 2, "nZo028": 1, "nZo042": 1},
    ),
    (
        "nZn58",
        "en",
        "guan",
        "Scaling a tofu workshop from 100 to 500 kg of beans a day",
        "Our tofu workshop in Long Hồ processes about 100 kg of soybeans a day by hand. We have orders to reach 500 "
        "kg a day and need a semi-automatic line (grinding, cooking, coagulation, pressing, cutting) and advice on "
        "the layout.",
        {"nZo010": 2, "nZo012": 2, "nZo005": 1, "nZo003": 1, "nZo023": 1},
    ),
    (
        "nZn59",
        "en",
        "newpages",
        "Small soy milk pasteuriser for a school kitchen",
        "A boarding school kitchen in Duyên Hải wants to make its own soy milk for about 300 pupils. It needs a "
        "small, affordable unit that grinds beans and pasteurises a few batches of milk with temperature control.",
        {"nZo004": 2, "nZo009": 1, "nZo019": 1, "nZo017": 1},
    ),
    (
        "nZn60",
        "vi",
        "ntro_tofu",
        "Đậu hũ bán ở chợ mau nhớt, cần bảo quản tự nhiên không hóa chất",
        "Chúng tôi bán đậu hũ ở chợ Vũng Liêm, trời nóng đậu mau nhớt, chua. Không muốn dùng chất bảo quản hóa "
        "học, cần cách bảo quản tự nhiên (ngâm, phủ) để giữ đậu tươi thêm vài ngày.",
        {"nZo142": 2, "nZo143": 2, "nZo146": 1, "nZo145": 1, "nZo045": 1},
    ),
    (
        "nZn61",
        "vi",
        "tofumach_tw",
        "Sữa đậu nành đóng chai bị tách lớp, lắng cặn",
        "Sữa đậu nành đóng chai của cơ sở ở Tam Bình để vài ngày thì tách lớp, lắng cặn dưới đáy chai, khách tưởng "
        "hư. Cần công nghệ đồng hóa và chế độ bảo quản để sữa ổn định, giữ được lâu hơn.",
        {"nZo157": 2, "nZo156": 2, "nZo016": 1, "nZo008": 1},
    ),
    (
        "nZn62",
        "vi",
        "dmvd",
        "Sữa đậu bán xe đẩy để nửa ngày đã chua",
        "Tôi bán sữa đậu nành bằng xe đẩy ở chợ Tiểu Cần, sữa nấu sáng sớm đến trưa đã có vị chua, phải đổ bỏ. Cần "
        "cách chế biến, đóng chai để sữa giữ được cả ngày ở nhiệt độ thường.",
        {"nZo156": 2, "nZo018": 1, "nZo015": 1, "nZo017": 1, "nZo016": 1},
    ),
    (
        "nZn63",
        "vi",
        "hdpe_biogas",
        "Đưa nước thải làm đậu vào hầm biogas sẵn có",
        "Gia đình ở Càng Long vừa làm đậu phụ vừa nuôi heo, đã có hầm biogas bạt cho phân heo. Muốn dẫn cả nước "
        "chua, nước rửa của xưởng đậu vào hầm nhưng sợ hầm bị chua, ngừng sinh khí. Cần hướng dẫn kỹ thuật.",
        {"nZo087": 2, "nZo095": 1, "nZo086": 1, "nZo096": 1},
    ),
    (
        "nZn64",
        "vi",
        "memart_sttt",
        "Cần thiết bị tiệt trùng sữa đậu nành đóng chai 500 lít/ngày",
        "Cơ sở ở Long Hồ muốn đóng chai sữa đậu nành khoảng 500 lít/ngày bán cho đại lý, cần thiết bị đồng hóa, "
        "rót chai và tiệt trùng cùng quy trình tương ứng.",
        {"nZo156": 2, "nZo016": 2, "nZo019": 1, "nZo015": 1, "nZo004": 1},
    ),
    (
        "nZn65",
        "vi",
        "nuoctuong",
        "HTX muốn sản xuất tương hạt truyền thống",
        "Hợp tác xã ở Trà Cú có sẵn đậu nành và muốn làm tương hạt lên men truyền thống bán ở chợ và cho quán chay. "
        "Cần quy trình sản xuất tương hạt.",
        {"nZo103": 2},
    ),
    (
        "nZn66",
        "vi",
        "jstage_okara",
        "Làm chả chay, món ăn từ bã đậu cho quán chay",
        "Quán chay ở TP Trà Vinh lấy bã đậu từ xưởng đậu phụ quen. Muốn chế biến bã đậu thành chả chay, bánh, món "
        "ăn an toàn, cần hướng dẫn xử lý bã và công thức.",
        {"nZo085": 2, "nZo083": 1, "nZo078": 1, "nZo080": 1},
    ),
    (
        "nZn67",
        "vi",
        "memart_tcdh",
        "Tào phớ, đậu hũ non mịn cho quán chè",
        "Quán chè ở TP Trà Vinh tự làm tào phớ nhưng tào phớ hay bị rỗ, có nước, không mịn. Cần chất đông tụ phù "
        "hợp và hướng dẫn pha để tào phớ mịn, mềm.",
        {"nZo026": 2, "nZo032": 2, "nZo036": 1, "nZo136": 1, "nZo155": 1},
    ),
    (
        "nZn68",
        "en",
        "experts123",
        "Calcium-set tofu marketed as a calcium source",
        "Our tofu brand in Vĩnh Long wants to advertise tofu as a good calcium source. We need advice on calcium "
        "coagulants (type, effect on texture and taste) so the product holds its texture and can carry the claim.",
        {"nZo030": 2, "nZo036": 2, "nZo025": 1, "nZo155": 1, "nZo031": 1},
    ),
    (
        "nZn69",
        "en",
        "sn_overview",
        "Seed lot traceability for sprout supply to Ho Chi Minh City",
        "We grow sprouts in Vĩnh Long and a buyer in Ho Chi Minh City requires traceable seed and sprout lots and "
        "records for irrigation water. We need guidance on setting up lot records and preventive controls.",
        {"nZo066": 2, "nZo065": 2, "nZo060": 1, "nZo061": 1},
    ),
    (
        "nZn70",
        "en",
        "hvnn_tt",
        "Shelf-stable soy milk packs for remote schools",
        "An education office in Trà Vinh wants soy milk for schools in remote communes with no refrigerators. It "
        "looks for a producer or technology giving packs that keep for months at room temperature.",
        {"nZo016": 2, "nZo015": 2, "nZo019": 1, "nZo156": 1},
    ),
    (
        "nZn71",
        "en",
        "xxsdn",
        "Water-saving sprout production during saline intrusion",
        "During the dry season saline intrusion in Duyên Hải makes fresh water scarce and expensive. Our sprout "
        "business needs a way to grow sprouts with much less fresh water, for example recirculating or misting "
        "systems.",
        {"nZo062": 2, "nZo052": 1, "nZo061": 1},
    ),
    (
        "nZn72",
        "vi",
        "jtcmed",
        "Can huong dan lam tau hu non min bang GDL",
        "Quan tau hu nuoc duong o Tra Vinh muon chuyen sang dung GDL cho tau hu min nhu thach. Can huong dan lieu "
        "dung, nhiet do sua va cach tranh vi chua.",
        {"nZo032": 2, "nZo036": 1, "nZo030": 1},
    ),
    (
        "nZn73",
        "vi",
        "trongrau",
        "Giá đỗ bị thối gốc, có nhớt khi ủ mùa nắng nóng",
        "Hộ làm giá ở Trà Cú: mùa nắng nóng, giá ủ đến ngày thứ hai hay thối gốc, có nhớt, mùi hôi, phải bỏ cả khay. "
        "Cần cách xử lý hạt và vệ sinh để giảm vi sinh vật gây hư mà không dùng hóa chất cấm.",
        {"nZo055": 2, "nZo056": 2, "nZo058": 2, "nZo062": 1, "nZo054": 1},
    ),
    (
        "nZn74",
        "vi",
        "fitbao",
        "Sản xuất đậu hũ chiên phồng đóng túi cho siêu thị",
        "Cơ sở ở Vũng Liêm muốn làm đậu hũ chiên phồng, vỏ giòn, ruột xốp đóng túi cho siêu thị. Hiện chiên chảo "
        "gang nên miếng không đều, ngấm dầu. Cần quy trình chiên chuẩn.",
        {"nZo105": 2, "nZo104": 1, "nZo032": 1, "nZo039": 1},
    ),
    (
        "nZn75",
        "en",
        "khoahoc_okara",
        "Okara-enriched gluten-free bread for health shops",
        "A bakery in Vĩnh Long city wants to launch gluten-free rolls from rice flour enriched with dried okara "
        "from local tofu shops. We need a formulation and the drying treatment for the okara flour.",
        {"nZo077": 2, "nZo076": 1, "nZo083": 1, "nZo072": 1},
    ),
]
