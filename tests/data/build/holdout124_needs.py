"""Needs of the holdout124 labelled set (street food, food carts and small eateries in Trà Vinh / Vĩnh Long).

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need, 1 = partly
relevant or an adjacent step, unlisted = not relevant. Needs written from pages about other places are set in the
province (see the make script's docstring).
"""

NEEDS = [
    # --- cart and kiosk design ---
    (
        "mVn01",
        "vi",
        "need_premier",
        "Cần thiết kế lại xe đẩy hủ tiếu inox, tách khu nấu nóng và khu rau sống",
        "Hộ kinh doanh hủ tiếu ở TP Trà Vinh có 2 xe đẩy mua sẵn, bên trong bố trí rất bất hợp lý: nồi nước lèo sát thùng "
        "rau, dây điện đèn đi qua chỗ bồn rửa, cửa tủ đụng nhau. Chúng tôi cần đơn vị thiết kế và đóng mới xe inox, chia "
        "rõ khu nóng, khu lạnh, dễ lau rửa để đạt kiểm tra vệ sinh của phường.",
        {"mVo001": 2, "mVo002": 2, "mVo003": 2, "mVo004": 2, "mVo005": 1, "mVo013": 1},
    ),
    (
        "mVn02",
        "en",
        "need_motorbiscuit",
        "Three-wheeler kiosk body for selling coffee and bánh mì at Ba Động beach",
        "We are a youth cooperative in Duyên Hải planning a small fleet of motor tricycles, in the style of a Vespa Ape, "
        "to sell coffee and bánh mì along Ba Động beach on weekends. We need someone to design the kiosk body on the back: "
        "serving window, storage, a small counter and an eye-catching look, without the cost of a full food truck.",
        {"mVo006": 2, "mVo003": 1, "mVo005": 1, "mVo138": 1, "mVo139": 1, "mVo140": 1},
    ),
    (
        "mVn03",
        "vi",
        "need_studentb",
        "Can mua banh xe cho xe day ban che, chiu tai khoang 100kg",
        "Minh ban che va sam bo luong o cho Cang Long, xe day nang toi gan 100kg khi chat day noi, da, ly. Banh xe cu "
        "nho qua nen hay gay, day tren duong go ghe rat cuc. Can mua bo banh xe lon, cao su dac, chiu tai tot, gia "
        "re. Ai ban xin lien he.",
        {"mVo007": 2},
    ),
    (
        "mVn04",
        "en",
        "need_techdrive",
        "Solar power for lights and a small fridge on night-market carts",
        "About 30 vendors at the Vĩnh Long riverside night market run lights and small fridges off noisy petrol "
        "generators or long extension cables. We want carts, or retrofit kits, with solar panels and rechargeable "
        "batteries so sinks, fridges and lights keep working all evening without fumes.",
        {"mVo010": 2, "mVo008": 2, "mVo009": 2, "mVo011": 1, "mVo012": 1},
    ),
    (
        "mVn05",
        "vi",
        "need_solarfeeds",
        "Thay máy phát điện chạy xăng trên xe cơm tấm bằng điện mặt trời",
        "Xe cơm tấm của gia đình ở Bình Minh bán tối đến khuya, đang chạy máy phát điện xăng nhỏ cho đèn và tủ mát, vừa ồn "
        "vừa khói, mỗi tháng tốn khá nhiều tiền xăng. Muốn lắp vài tấm pin mặt trời, bình ắc quy, bộ đổi điện đủ cho đèn "
        "và tủ mát. Cần đơn vị tư vấn, lắp đặt trọn gói.",
        {"mVo009": 2, "mVo010": 2, "mVo008": 2, "mVo012": 1},
    ),
    (
        "mVn06",
        "en",
        "need_premier",
        "Ergonomic redesign of carts: our vendors get back pain from stooping",
        "A bánh mì franchise in Trà Vinh with 8 carts: staff complain of back pain because counters are too low and "
        "containers sit in awkward places, which also slows service at the morning rush. We need a cart builder to "
        "redesign the working height and the order of the stations around our menu.",
        {"mVo002": 2, "mVo001": 2, "mVo004": 1, "mVo003": 1},
    ),
    (
        "mVn07",
        "vi",
        "need_vietnamvn",
        "Thiết kế quầy ki-ốt cho quán chay bán buổi tối gần chùa",
        "Gia đình tôi bán đồ chay buổi tối gần chùa ở Tiểu Cần, khoảng 6–7 món bày trong tủ kính cũ. Muốn làm một quầy "
        "ki-ốt gọn, người bán đứng trong phục vụ qua cửa sổ, có chỗ chứa đồ và đặt bếp, dễ dọn cất cuối ngày.",
        {"mVo006": 2, "mVo005": 1, "mVo004": 1},
    ),
    (
        "mVn08",
        "en",
        "need_svprint",
        "Food cart with a built-in hand-washing sink to pass the ward inspection",
        "Our family sells grilled pork rice from a cart in Trà Vinh city. The ward's food safety check now requires a "
        "hand-washing facility at the point of sale, but there is no tap nearby. We need a compact hand sink with its "
        "own clean and waste water tanks that fits on, or beside, the cart.",
        {"mVo013": 2, "mVo014": 2, "mVo016": 2, "mVo015": 1, "mVo152": 1, "mVo154": 1, "mVo002": 1, "mVo147": 1},
    ),
    (
        "mVn09",
        "vi",
        "need_tinkinhte_gas",
        "Bố trí bình gas an toàn trên xe đẩy bán đồ chiên",
        "Xe bán chuối chiên, khoai chiên ở chợ Trà Vinh đang để bình gas 12 kg ngay dưới bếp chiên, chật và nóng. Sau mấy vụ "
        "cháy nổ gas gần đây, chúng tôi muốn được hướng dẫn cách đặt bình, dây dẫn, khoảng cách với bếp và trang bị chữa "
        "cháy cho đúng.",
        {"mVo054": 2, "mVo047": 2, "mVo003": 1, "mVo053": 1, "mVo056": 1, "mVo058": 1},
    ),
    (
        "mVn10",
        "vi",
        "need_solarfeeds",
        "Đèn chiếu sáng cho xe bán hàng ở chợ đêm không có điện lưới",
        "Nhóm 12 hộ bán hàng ăn ở bãi đất trống gần chợ Vũng Liêm buổi tối không có điện lưới, đang dùng đèn sạc và bình ắc "
        "quy phải mang về sạc mỗi ngày. Cần giải pháp điện mặt trời gắn trên xe, đủ cho đèn LED và sạc điện thoại, giá vừa "
        "phải.",
        {"mVo010": 2, "mVo009": 2, "mVo008": 1},
    ),
    (
        "mVn11",
        "en",
        "need_monas",
        "Branded side panels and canopy for a new grilled rice-paper cart chain",
        "We are launching 10 bánh tráng nướng carts under one brand in Vĩnh Long and want them to stand out: coloured side "
        "panels with our logo and product pictures, a custom canopy and a light frame that one person can push to the "
        "school gate every afternoon. Looking for a cart workshop that does the whole build.",
        {"mVo003": 2, "mVo006": 1},
    ),
    # --- hygiene, water, ice, cold holding ---
    (
        "mVn12",
        "vi",
        "hyg_doubbit",
        "Quán bún nước lèo vỉa hè cần chỗ rửa tay cho nhân viên",
        "Quán bún nước lèo của chúng tôi bán trên vỉa hè ở TP Trà Vinh, có 4 nhân viên vừa làm bún vừa thu tiền, nhưng "
        "không có nước máy tại chỗ nên ít khi rửa tay. Cần một chỗ rửa tay có xà phòng, nước sạch, dễ mang theo mỗi sáng, "
        "chi phí thấp.",
        {"mVo016": 2, "mVo014": 2, "mVo013": 2, "mVo015": 1, "mVo152": 1, "mVo154": 1, "mVo019": 1, "mVo147": 1},
    ),
    (
        "mVn13",
        "en",
        "need_tinkinhte_ice",
        "Safe ice for the drinks at our café in Trà Vinh city",
        "We heard that up to 80 % of ice-making units fail hygiene conditions and that contaminated ice can cause "
        "intestinal illness. Our café serves about 300 iced drinks a day and buys ice from an unknown local supplier. We "
        "need a reliable source of clean ready-to-use ice, or a way to check what we buy.",
        {"mVo022": 2, "mVo023": 2, "mVo024": 1, "mVo025": 1},
    ),
    (
        "mVn14",
        "vi",
        "need_vnshopping",
        "Cần xét nghiệm nước đá dùng liền cho chuỗi quán cà phê ở Vĩnh Long",
        "Chuỗi 5 quán cà phê của chúng tôi ở TP Vĩnh Long mua nước đá viên của 2 cơ sở. Đọc tin Pseudomonas aeruginosa "
        "trong nước đá bẩn có thể gây bệnh phổi, thận, chúng tôi muốn định kỳ lấy mẫu xét nghiệm vi sinh nước đá và được tư "
        "vấn chọn nhà cung cấp.",
        {"mVo023": 2, "mVo024": 2, "mVo022": 1},
    ),
    (
        "mVn15",
        "en",
        "hyg_viettri",
        "Clean water for washing vegetables and cooking at a noodle shop using rainwater",
        "Our hủ tiếu shop in Cầu Kè still relies on stored rainwater and a shallow well for washing herbs and cooking. "
        "Surveys of street food elsewhere found high microbial contamination. We want a water treatment unit sized for a "
        "small eatery and advice on which filters and membranes to buy and replace.",
        {"mVo025": 2, "mVo026": 2},
    ),
    (
        "mVn16",
        "en",
        "need_magicvalley",
        "Keeping raw seafood cold on a beach food cart without a fridge",
        "We grill squid and shellfish from a cart at Ba Động beach and keep raw seafood in a foam box of ice in the sun "
        "all afternoon. We need a simple routine and equipment to keep it cold, separate from ready-to-eat sauces, and "
        "know when the ice is no longer doing its job.",
        {"mVo020": 2, "mVo021": 1, "mVo010": 1, "mVo009": 1},
    ),
    (
        "mVn17",
        "vi",
        "need_foodsedu",
        "Giữ lạnh nguyên liệu cho xe bán gỏi cuốn không có tủ lạnh",
        "Tôi bán gỏi cuốn, bì cuốn bằng xe đẩy trước trường học ở Long Hồ từ 10 giờ sáng đến 5 giờ chiều, tôm, thịt, bún để "
        "trong thùng đá. Trời nóng, đá tan nhanh. Cần hướng dẫn cách xếp thùng đá, giữ nhiệt độ an toàn, có nhiệt kế kiểm "
        "tra, tránh làm hư nguyên liệu.",
        {"mVo020": 2, "mVo021": 2},
    ),
    (
        "mVn18",
        "en",
        "need_quangtri",
        "Food safety checklist and sticker for 40 stalls at a school gate",
        "The parents' association of a school in Trà Vinh wants to improve the 40 food stalls outside the gate, where "
        "snacks sell fast but hygiene is poor, especially around Tết. We want a short checklist the stalls can assess "
        "themselves against, and a sticker for stalls that pass, so pupils know where to buy.",
        {"mVo030": 2, "mVo031": 2, "mVo035": 2, "mVo018": 1, "mVo133": 1},
    ),
    (
        "mVn19",
        "vi",
        "hyg_dongnaicdc",
        "Hội phụ nữ xã cần tập huấn an toàn thực phẩm cho 30 hộ bán quà vặt",
        "Hội Liên hiệp phụ nữ một xã ở Châu Thành (Trà Vinh) có 30 hội viên bán quà vặt, nước uống trước cổng trường, chợ "
        "và bến đò. Nhiều chị chưa nắm quy định, sợ bị xử phạt. Cần lớp tập huấn ngắn về vệ sinh khi chế biến, bảo quản, "
        "bày bán thức ăn đường phố, có tài liệu dễ hiểu.",
        {"mVo035": 2, "mVo017": 2, "mVo034": 2, "mVo032": 1, "mVo031": 1, "mVo018": 1, "mVo124": 1},
    ),
    (
        "mVn20",
        "vi",
        "hyg_viwiki",
        "Quan nuoc mia, banh trang tron bi ruoi bu, can cach che chan va ve sinh",
        "Quan nuoc mia, banh trang tron cua minh o le duong Tra On, xe cong nong chay qua la bui bay, ruoi bu vo do an. Can "
        "huong dan cach bo tri cho ban, che chan, diet ruoi, xu ly rac va nuoc thai cho sach se.",
        {"mVo017": 2, "mVo018": 1, "mVo030": 1, "mVo031": 1},
    ),
    (
        "mVn21",
        "en",
        "need_studymoose",
        "Dishwashing routine for a rice stall with no running water",
        "We run a cơm bình dân stall in Tam Bình market and wash plates in two basins of water carried from home. Dirty "
        "water and waste pile up by the end of lunch. We need a practical, hygienic dishwashing routine for a stall "
        "without plumbing: sponges, detergent, rinsing and drying.",
        {"mVo029": 2, "mVo017": 1, "mVo028": 1},
    ),
    (
        "mVn22",
        "vi",
        "need_ninhbinh",
        "Cần chậu rửa inox 2 hộc cho quán cơm nhỏ ở Tiểu Cần",
        "Quán cơm bình dân của tôi ở thị trấn Tiểu Cần đang rửa chén trong thau nhựa dưới đất, đoàn kiểm tra nhắc phải có "
        "bồn rửa trên cao. Mặt bằng bếp chỉ khoảng 2 m, cần chậu inox 2 hộc đặt vừa, có chỗ để ráo, giá tại xưởng.",
        {"mVo028": 2, "mVo027": 1},
    ),
    (
        "mVn23",
        "en",
        "need_giadinh_dau",
        "When should we change the frying oil at our fried-snack stalls?",
        "Our three stalls in Trà Vinh fry chicken, spring rolls and fish cakes all day. A former worker says some shops "
        "change oil only every 10–14 days and 'clean' black oil with tapioca starch or cold rice. We want an objective "
        "way to know when our oil must be replaced, not guesswork by colour.",
        {"mVo036": 2, "mVo037": 2, "mVo038": 2, "mVo040": 2, "mVo155": 2, "mVo039": 1, "mVo156": 1},
    ),
    (
        "mVn24",
        "vi",
        "need_ngoisao_dau",
        "Quán gà rán cần thiết bị đo chất lượng dầu chiên",
        "Quán gà rán của chúng tôi ở Vĩnh Long chiên mỗi ngày vài chục ký, khách phản ánh có hôm gà có mùi lạ, màu vàng bất "
        "thường. Chúng tôi không muốn dùng dầu tái sử dụng quá mức như nhiều quán vỉa hè. Cần mua máy đo nhanh chất lượng dầu "
        "và hướng dẫn sử dụng.",
        {"mVo037": 2, "mVo036": 2, "mVo155": 2, "mVo040": 1, "mVo038": 1},
    ),
    (
        "mVn25",
        "en",
        "need_vnexpress_dau",
        "Disposal of used frying oil from a cluster of fried-food shops",
        "Twelve fried-food shops around Vĩnh Long market together throw away roughly 60 litres of used oil a week, much "
        "of it into drains; one litre of waste oil can pollute a million litres of water. We need a collector or a "
        "recycling route, for example to biodiesel, and advice on storing the oil until pickup.",
        {"mVo043": 2, "mVo041": 2, "mVo044": 1, "mVo042": 1, "mVo156": 1, "mVo145": 1},
    ),
    (
        "mVn26",
        "vi",
        "need_greasetrap_au",
        "Cống sau quán bị nghẹt dầu mỡ, cần lắp bẫy mỡ",
        "Quán lẩu, nướng của chúng tôi ở Mang Thít xả nước rửa nồi chảo thẳng ra cống chung, mấy tháng nay cống nghẹt, hôi, "
        "hàng xóm phàn nàn. Cần lắp bẫy mỡ cỡ nhỏ dưới chậu rửa và dịch vụ hút mỡ định kỳ.",
        {"mVo046": 2, "mVo045": 2, "mVo041": 1},
    ),
    (
        "mVn27",
        "en",
        "need_steemcn",
        "Hand hygiene training for vendors who also handle cash",
        "Our night-market association in Trà Vinh has 50 vendors who cook, serve and take cash with the same hands, with "
        "no toilets or hand-washing nearby. Mixing raw and cooked food is common. We want short, practical hand hygiene "
        "training so vendors know when and how to wash and what to do when water is scarce.",
        {"mVo019": 2, "mVo016": 1, "mVo018": 1, "mVo034": 1},
    ),
]

NEEDS += [
    # --- cooking gas safety ---
    (
        "mVn28",
        "vi",
        "gas_kenh14",
        "Quán lẩu dùng bếp gas mini, lo nổ bình như vụ ở Hà Nội",
        "Quán lẩu nướng của tôi ở TP Trà Vinh dùng khoảng 20 bếp gas mini trên bàn. Đọc tin nhân viên mới đặt bếp gas mini "
        "lên bếp than chưa dỡ làm nổ bình, khách bị bỏng, tôi lo lắm. Cần người tập huấn nhân viên và kiểm tra bình, bếp đang "
        "dùng.",
        {"mVo047": 2, "mVo048": 2, "mVo064": 1, "mVo069": 1, "mVo070": 1},
    ),
    (
        "mVn29",
        "en",
        "gas_binhthuan",
        "Old mini gas canisters reused at our wedding catering service",
        "We cater weddings and parties in Trà Cú with tabletop mini gas stoves. Guests have started asking us to swap "
        "canisters with blackened bottoms, and a supplier says mini canisters should not be used more than about 10 "
        "times. We need help checking canisters and buying genuine, properly filled ones.",
        {"mVo048": 2, "mVo050": 2, "mVo064": 1, "mVo047": 1},
    ),
    (
        "mVn30",
        "vi",
        "need_plo_detector",
        "Lắp thiết bị báo rò rỉ gas có van tự ngắt cho bếp quán cơm",
        "Bếp quán cơm văn phòng của chúng tôi ở Vĩnh Long dùng 3 bình gas 45 kg cho 6 họng bếp. Sau mấy vụ cháy nổ gas, chúng "
        "tôi muốn lắp thiết bị báo rò rỉ gas, khi có gas xì thì tự đóng van. Cần báo giá và lắp đặt.",
        {"mVo057": 2, "mVo058": 2, "mVo061": 1, "mVo059": 1},
    ),
    (
        "mVn31",
        "en",
        "need_plo_detector",
        "Gas leak alarm that alerts the owner's phone when the eatery is closed",
        "Our bakery-café in Càng Long keeps two LPG cylinders in the kitchen overnight when nobody is there. After gas "
        "explosions in the news, we want a leak alarm that not only sounds locally but also sends a message to the "
        "owner's phone, so someone can react quickly.",
        {"mVo061": 2, "mVo057": 1, "mVo059": 1, "mVo060": 1},
    ),
    (
        "mVn32",
        "en",
        "need_tinkinhte_gas",
        "LPG safety training for the staff of a 12-burner restaurant kitchen",
        "Our seafood restaurant in Vĩnh Long runs 12 burners from a bank of LPG cylinders and has many new young staff. "
        "We need periodic training on safe use of the gas system and on what to do if gas is smelled, plus a check of "
        "how the cylinders and supply are installed.",
        {"mVo052": 2, "mVo051": 2, "mVo047": 2, "mVo055": 2, "mVo062": 1},
    ),
    (
        "mVn33",
        "vi",
        "need_acapmag",
        "Bình gas nên để trong hay ngoài bếp quán nhỏ?",
        "Quán bún bò nhỏ của tôi ở Trà Ôn có bếp kín, hết gas giữa giờ cao điểm thì nhân viên hay mang thêm bình gas mini, bếp "
        "du lịch vào dùng cho kịp. Tôi muốn biết cách bố trí bình gas, bếp và thông gió sao cho đúng, tránh cháy và ngộ độc "
        "khí.",
        {"mVo053": 2, "mVo054": 2, "mVo047": 2, "mVo056": 1},
    ),
    (
        "mVn34",
        "vi",
        "need_soha_bepthan",
        "Bep than to ong ban chao long khoi qua, muon doi sang bep khac",
        "Nha minh ban chao long, banh canh o Cau Ngang, nau bang 3 bep than to ong tu sang toi, khoi bay vo khach ngoi an, "
        "may dua nho trong nha bi ho hoai. Muon doi sang bep khac sach hon ma chi phi khong qua cao, can tu van loai bep phu "
        "hop.",
        {"mVo067": 2, "mVo066": 2, "mVo065": 1, "mVo068": 1},
    ),
    (
        "mVn35",
        "en",
        "need_rediff",
        "Switch our noodle stalls from gas to electric induction",
        "After the latest spike in LPG prices and a short supply of commercial cylinders, our group of 15 noodle and "
        "porridge stalls in a Vĩnh Long food court wants to move to electric induction cooking where possible. We need "
        "advice on suitable induction units, pots and the power supply needed.",
        {"mVo065": 2, "mVo066": 2, "mVo067": 1},
    ),
    (
        "mVn36",
        "vi",
        "need_acapmag",
        "Kiểm tra định kỳ hệ thống gas cho 5 quán ăn trong khu ẩm thực",
        "Ban quản lý khu ẩm thực ở Bình Minh có 5 quán dùng gas bình lớn nối ống dẫn vào bếp. Các quán tự sửa, tự nối ống khi "
        "hư. Cần đơn vị có chuyên môn kiểm tra định kỳ hệ thống: bình, van điều áp, dây dẫn, mối nối và hướng dẫn bảo dưỡng.",
        {"mVo049": 2, "mVo051": 2, "mVo048": 1, "mVo062": 1},
    ),
    (
        "mVn37",
        "en",
        "need_greenlpg",
        "A leak check vendors can do themselves every morning",
        "Most of the 60 stall holders at our market in Trà Vinh connect their own cylinders each morning with rubber "
        "hoses and regulators, and leaks usually come from these fittings. We want a simple daily leak check they can do "
        "without instruments, and rules for replacing hoses.",
        {"mVo056": 2, "mVo047": 1, "mVo054": 1, "mVo055": 1},
    ),
    (
        "mVn38",
        "vi",
        "need_anninh_bepthan",
        "Ngộ độc khí khi nấu trong quầy kín, cần tư vấn thông gió",
        "Quầy bán bánh xèo của chúng tôi trong nhà lồng chợ Vĩnh Long khá kín, dùng vài bếp gas và một bếp than, cuối ngày "
        "nhân viên hay nhức đầu, chóng mặt. Cần tư vấn bố trí bếp, thiết bị và thông gió để tránh ngộ độc khí CO.",
        {"mVo053": 2, "mVo069": 1, "mVo067": 1, "mVo052": 1},
    ),
    (
        "mVn39",
        "en",
        "need_tinkinhte_gas",
        "Fire extinguishers and gas safety kit for a night-market food court",
        "A new night-market food court in Trà Vinh will host 25 cooking stalls using LPG. The organiser must equip the "
        "site with the right fire extinguishers near the cylinders and train stall staff to react to a leak or fire.",
        {"mVo047": 2, "mVo070": 1, "mVo053": 1},
    ),
    (
        "mVn40",
        "vi",
        "need_gnix",
        "Mua bình gas ở đâu cho an toàn, sợ bình giả, nạp thiếu",
        "Giá gas vừa tăng gần 80.000 đồng mỗi bình 12 kg, nhiều người gọi số trên tờ rơi đổi gas giá rẻ, có bình cầm nhẹ hẫng. Quán cháo của tôi ở Duyên Hải dùng "
        "mỗi tuần 2 bình 12 kg, muốn biết cách nhận biết bình gas thật, còn hạn kiểm định, nạp đủ ký và chọn đại lý tin cậy.",
        {"mVo050": 2, "mVo048": 2, "mVo049": 1},
    ),
    # --- disposable and reusable packaging ---
    (
        "mVn41",
        "vi",
        "need_dantocmiennui",
        "Thay hộp xốp đựng cơm tấm mang về bằng hộp phân hủy được",
        "Quán cơm tấm của chúng tôi ở TP Trà Vinh bán mang về khoảng 200 phần mỗi ngày, toàn dùng hộp xốp và túi ni lông. "
        "Khách trẻ bắt đầu hỏi bao bì thân thiện môi trường. Cần nguồn hộp làm từ nguyên liệu tự nhiên, chịu nóng, không "
        "thấm dầu, giá hợp lý.",
        {"mVo072": 2, "mVo071": 2, "mVo073": 2, "mVo085": 2, "mVo074": 1, "mVo089": 1},
    ),
    (
        "mVn42",
        "en",
        "need_shoppingfeedback",
        "Compostable clamshells that hold saucy dishes for delivery",
        "Our kitchen in Vĩnh Long delivers braised fish, bánh xèo with sauce and curry through apps. Paper boxes go "
        "soggy and customers complain about plastic. We need compostable clamshells that stay firm and grease-tight for "
        "an hour in delivery.",
        {"mVo085": 2, "mVo071": 2, "mVo072": 2, "mVo074": 1, "mVo073": 1},
    ),
    (
        "mVn43",
        "vi",
        "need_nguoinoitieng",
        "Ống hút thay ống nhựa cho quán nước dừa ở Cầu Kè",
        "Quán nước dừa tươi của chúng tôi ở Cầu Kè bán khoảng 300 trái mỗi ngày, khách du lịch hay hỏi sao còn dùng ống hút "
        "nhựa. Muốn chuyển sang ống hút tự nhiên (cỏ, gạo, tre, bã mía...), cần nguồn cung ổn định và giá.",
        {"mVo075": 2, "mVo076": 2, "mVo077": 2, "mVo078": 2, "mVo079": 2},
    ),
    (
        "mVn44",
        "en",
        "need_spiderum",
        "Turning wild sedge (cỏ bàng) into drinking straws",
        "Our cooperative in Trà Cú has large areas of wild cỏ bàng sedge that members used to dry for mats and bags. We "
        "want to make drinking straws for cafés and export, and need the processing know-how (cutting, cleaning, sizing, "
        "packing) and contacts with people already doing it.",
        {"mVo075": 2, "mVo076": 2, "mVo079": 1},
    ),
    (
        "mVn45",
        "vi",
        "pack_vn24h",
        "Quán trà sữa muốn làm hệ thống ly tái sử dụng có đặt cọc",
        "Chuỗi 3 quán trà sữa ở TP Vĩnh Long mỗi buổi sáng giao khoảng 100 ly cho khách và shipper, toàn ly nhựa, ống hút, túi "
        "quai. Muốn thử ly dùng nhiều lần có tiền cọc, khách trả ly ở quán nào cũng được. Cần tư vấn cách vận hành và nhà cung "
        "cấp ly.",
        {"mVo082": 2, "mVo081": 2, "mVo083": 2, "mVo084": 1},
    ),
    (
        "mVn46",
        "en",
        "need_qpvn",
        "Reusable lunch boxes with a deposit for office delivery",
        "We deliver about 150 lunches a day to offices in Trà Vinh city in disposable boxes. Several offices have asked "
        "us to stop single-use plastic. We want to switch to robust reusable boxes on deposit, collected and washed each "
        "day, and need help designing the system.",
        {"mVo081": 2, "mVo083": 2, "mVo082": 1, "mVo084": 1},
    ),
    (
        "mVn47",
        "vi",
        "need_duyendang",
        "Dùng lá chuối gói xôi, bánh thay túi ni lông",
        "Hợp tác xã chúng tôi ở Long Hồ bán xôi, bánh ít, bánh tét ở chợ, muốn bỏ túi ni lông và khay xốp, quay lại gói bằng lá "
        "chuối như một cửa hàng ở Thái Lan đã làm. Cần tư vấn nguồn lá, cách gói, trình bày để khách mang đi tiện.",
        {"mVo080": 2},
    ),
    (
        "mVn48",
        "en",
        "need_ws1cnnd",
        "Plastic-free takeaway set (bag, box, straw) before the 2026 plastic rules",
        "From 2026 retailers handing out single-use nylon bags face penalties. Our café and snack chain in Vĩnh Long "
        "wants to prepare a full plastic-free takeaway set: branded paper bags, compostable boxes and natural straws, and "
        "to understand the timeline.",
        {"mVo089": 2, "mVo072": 2, "mVo071": 2, "mVo079": 2, "mVo077": 2, "mVo075": 2, "mVo088": 1},
    ),
    (
        "mVn49",
        "vi",
        "need_baotintuc",
        "Tìm hiểu lộ trình cấm túi ni lông, hộp xốp áp dụng cho quán ăn",
        "Hội doanh nghiệp ngành ăn uống ở Trà Vinh muốn biết quy định và lộ trình hạn chế, cấm túi ni lông khó phân hủy và đồ "
        "nhựa dùng một lần, áp dụng cho quán ăn từ khi nào, để chuẩn bị cho hội viên. Nghe nói đã có 91 nước cấm túi ni lông khó phân hủy, còn "
        "ở ta chủ yếu mới đánh thuế.",
        {"mVo088": 2},
    ),
    (
        "mVn50",
        "en",
        "need_go4world",
        "Are bagasse boxes really compostable and PFAS-free?",
        "A buyer for our restaurant group in Trà Vinh was offered bleached bagasse take-away boxes. Before ordering in "
        "bulk we want independent advice on whether they compost, what coatings they use, and safer alternatives.",
        {"mVo074": 2, "mVo073": 2, "mVo072": 1},
    ),
    (
        "mVn51",
        "vi",
        "need_holcim",
        "Can in tui giay co logo cho quan banh mi",
        "Tiem banh mi cua minh o Tra Vinh moi ngay xai gan 1kg tui ni long. Muon doi qua tui giay in logo quan cho dep, "
        "khach cam di khong bi rach. Can xuong in so luong vai ngan cai, gia tot.",
        {"mVo089": 2, "mVo074": 1},
    ),
    (
        "mVn52",
        "en",
        "need_nguoinoitieng",
        "Rice straws for a smoothie kiosk: how long do they last in a cold drink?",
        "Our smoothie kiosk in Vĩnh Long wants to replace plastic straws with edible rice straws, but customers take up "
        "to an hour to finish a drink. We need a supplier and real data on how long the straws hold their shape in cold "
        "drinks and how they must be stored.",
        {"mVo077": 2, "mVo079": 1, "mVo078": 1},
    ),
]

NEEDS += [
    # --- mobile payment ---
    (
        "mVn53",
        "vi",
        "pay_plo_qr",
        "Quán hủ tiếu muốn nhận tiền qua mã QR, khỏi đi thu tiền từng bàn",
        "Quán hủ tiếu buổi sáng của chúng tôi ở TP Trà Vinh rất đông, khách phần lớn là người trẻ quen quét mã. Hiện phải thuê "
        "thêm người thu tiền lúc cao điểm, hay thiếu tiền lẻ thối. Muốn dán mã QR trên bàn, khách tự quét đúng số tiền, chủ "
        "quán biết ngay tiền đã về.",
        {"mVo093": 2, "mVo090": 2, "mVo097": 2, "mVo095": 1, "mVo101": 1, "mVo096": 1, "mVo106": 1},
    ),
    (
        "mVn54",
        "en",
        "pay_kienthuc",
        "QR payments with automatic end-of-day reconciliation for market stalls",
        "Most of the 80 stalls at our market in Vĩnh Long now display bank QR codes, even for 5,000-dong purchases, but "
        "older traders worry about mistakes and scams and spend the evening matching transfer notices by hand. The "
        "market board wants a QR solution that ties payments to sales and reconciles automatically.",
        {"mVo094": 2, "mVo095": 2, "mVo090": 2, "mVo097": 1, "mVo093": 1},
    ),
    (
        "mVn55",
        "en",
        "pay_silkroad",
        "Older vendors cannot confirm QR payments in the noise of the market",
        "Many of the vendors at Trà Vinh central market are over 60. They accept QR transfers through their children's "
        "accounts and cannot hear or read the confirmation in the noise, so customers leave before payment is checked. "
        "We need a confirmation method designed for them.",
        {"mVo099": 2, "mVo097": 2, "mVo100": 1},
    ),
    (
        "mVn56",
        "vi",
        "pay_vietnamnet",
        "Tập huấn cho tiểu thương lớn tuổi dùng mã QR, ví điện tử",
        "Ban quản lý chợ Tiểu Cần muốn tổ chức lớp hướng dẫn tiểu thương, nhất là người lớn tuổi, mở tài khoản số, dùng điện "
        "thoại nhận tiền qua mã QR, xem doanh thu, tránh bị lừa; nhiều người còn ngại công nghệ.",
        {"mVo100": 2, "mVo099": 1, "mVo096": 1, "mVo098": 1},
    ),
    (
        "mVn57",
        "vi",
        "need_raovat4umer",
        "Can phan mem ban hang cho quan cafe nho, in bill, quet QR",
        "Quan cafe nho cua minh o Vung Liem co 10 ban, ban them tra sua co size, topping. Can phan mem ban hang chay tren may "
        "tinh bang, in bill, hien ma QR de khach quet, cuoi ngay xem duoc doanh thu. Gia re, de xai.",
        {"mVo101": 2, "mVo102": 2, "mVo103": 1},
    ),
    (
        "mVn58",
        "en",
        "need_hoadon",
        "Separating business and personal accounts for our household eatery",
        "Our family restaurant in Vĩnh Long is a registered household business and has been collecting payments into "
        "the owner's personal bank account. With new rules on e-invoices and tax for household businesses, we need advice "
        "and a payment setup that separates business receipts and links them to sales.",
        {"mVo105": 2, "mVo094": 2, "mVo106": 1},
    ),
    (
        "mVn59",
        "en",
        "need_glenbrook",
        "Developer needed to generate dynamic VietQR codes on our ordering tablet",
        "Our chain of 6 noodle shops in Trà Vinh and Vĩnh Long uses a tablet ordering screen. We want each bill to show a "
        "dynamic VietQR code carrying the exact amount and order number, like the QR payments street vendors across Asia "
        "now use, and to be notified when money arrives.",
        {"mVo090": 2, "mVo091": 2, "mVo092": 2, "mVo106": 1, "mVo093": 1},
    ),
    (
        "mVn60",
        "vi",
        "need_czrkjs",
        "Nhận tiền qua QR cho xe bán trái cây lưu động, chỗ sóng yếu",
        "Tôi chạy xe bán trái cây cắt sẵn qua các xã ở Trà Cú, nhiều khách giờ không mang tiền mặt, nhưng chỗ sóng điện thoại "
        "yếu. Cần cách nhận tiền qua mã QR trên xe, có báo tiền về nhanh và tổng kết thu nhập mỗi ngày.",
        {"mVo097": 2, "mVo096": 2, "mVo098": 1},
    ),
    # --- delivery apps ---
    (
        "mVn61",
        "vi",
        "del_vietbao",
        "Quán cơm gia đình muốn lên ứng dụng giao đồ ăn nhưng sợ phí cao",
        "Quán cơm nhà tôi nằm trong hẻm ở Càng Long, ít khách vãng lai. Thấy nhiều quán nhờ lên ứng dụng giao đồ ăn mà bán khá "
        "hơn, tôi muốn đăng ký nhưng không hiểu các khoản hoa hồng, phí. Cần người tư vấn chọn gói và đọc hợp đồng giúp.",
        {"mVo109": 2, "mVo108": 2, "mVo110": 2, "mVo115": 1, "mVo114": 1},
    ),
    (
        "mVn62",
        "en",
        "need_azdaily",
        "Cutting delivery-app commissions with our own ordering channel",
        "Delivery apps take 20–30 % of each sale; on a 120,000-dong order our bún bò shop in Vĩnh Long keeps about "
        "90,000 dong before food and labour. We want our own ordering channel (website or chat ordering) so regular "
        "customers order direct.",
        {"mVo112": 2, "mVo111": 2, "mVo108": 1},
    ),
    (
        "mVn63",
        "vi",
        "del_hatinh",
        "Tính lại giá món bán trên ứng dụng giao đồ ăn để không lỗ",
        "Từ khi có dịch vụ giao đồ ăn qua ứng dụng, quán gà rán, cơm gà của chúng tôi ở TP Trà Vinh nhận thêm nhiều đơn nhưng "
        "lời rất mỏng. Cần tư vấn cách tính giá món trên ứng dụng so với giá tại quán để bù hoa hồng, phí thanh toán, khuyến "
        "mãi.",
        {"mVo115": 2, "mVo109": 2, "mVo108": 1, "mVo110": 1},
    ),
    (
        "mVn64",
        "en",
        "need_kenh14_order",
        "An app that lets customers find our mobile bánh mì cart",
        "Young customers in Trà Vinh order everything from their phones, but our bánh mì cart moves between the school, "
        "the hospital and the night market. We want an app or platform where customers can see where the cart is and "
        "order ahead.",
        {"mVo113": 2, "mVo114": 1},
    ),
    (
        "mVn65",
        "en",
        "need_vf_breakdown",
        "Review of a delivery platform contract before we sign",
        "A delivery platform has offered our restaurant in Vĩnh Long a contract with a headline commission, plus a "
        "tablet fee and optional marketing. Statements from other restaurants look like a maze of percentages. We want "
        "an expert to review the contract and explain every fee before we sign.",
        {"mVo110": 2, "mVo108": 2, "mVo109": 1, "mVo115": 1},
    ),
    # --- training and licensing ---
    (
        "mVn66",
        "en",
        "need_socovotes",
        "Which permits do we need to run 3 food carts at the Vĩnh Long riverside?",
        "We plan to run three food carts on the riverside promenade in Vĩnh Long, preparing some food at a home kitchen. "
        "We need someone to walk us through the business registration, food safety paperwork, the permit to use the "
        "public space and the certificates staff must hold.",
        {"mVo118": 2, "mVo119": 2, "mVo125": 2, "mVo133": 1, "mVo126": 1, "mVo123": 1, "mVo124": 1, "mVo135": 1},
    ),
    (
        "mVn67",
        "vi",
        "need_luatbacninh",
        "Quán ăn nhỏ cần giấy chứng nhận an toàn thực phẩm hay chỉ bản cam kết?",
        "Tôi chuẩn bị mở quán bánh canh 20 chỗ ngồi ở Cầu Kè, đăng ký hộ kinh doanh. Không rõ quán như vậy phải xin giấy chứng "
        "nhận cơ sở đủ điều kiện an toàn thực phẩm hay không, hồ sơ, phí ra sao. Cần đơn vị tư vấn và làm thủ tục trọn gói.",
        {"mVo135": 2, "mVo134": 1, "mVo137": 1, "mVo119": 1},
    ),
    (
        "mVn68",
        "en",
        "need_sonoma",
        "Shared commissary kitchen for 10 cart vendors",
        "Ten cart vendors in Trà Vinh city prepare food in their homes, which inspectors question. We want to set up a "
        "shared base kitchen where carts restock, wash utensils, dispose of waste and park overnight, and need a model "
        "of what such a facility must provide and how vendors sign up to it.",
        {"mVo120": 2, "mVo121": 2, "mVo122": 1, "mVo123": 1, "mVo126": 1},
    ),
    (
        "mVn69",
        "vi",
        "need_kstate",
        "Chuẩn bị cho đợt kiểm tra nhiệt độ giữ nóng, giữ lạnh trên xe bán thức ăn",
        "Đoàn kiểm tra sắp kiểm tra các xe bán cơm hộp, bánh mì kẹp thịt ở khu công nghiệp Long Đức. Nghe nói thức ăn để trong "
        "thùng lạnh quá 4 giờ là có nguy cơ vi khuẩn. Cần hướng dẫn mức nhiệt giữ nóng, giữ lạnh, ghi chép nhiệt độ để đạt yêu "
        "cầu.",
        {"mVo122": 2, "mVo020": 2, "mVo021": 1},
    ),
    (
        "mVn70",
        "en",
        "need_cookieguy2",
        "Food handler certificate course for 20 new staff",
        "Our catering company in Vĩnh Long is hiring 20 staff for food stalls at festivals and markets. Every person "
        "handling food must be trained and certified. We need a short food-handler course with a certificate and simple "
        "materials.",
        {"mVo124": 2, "mVo035": 2, "mVo034": 2, "mVo123": 1, "mVo030": 1, "mVo017": 1},
    ),
    (
        "mVn71",
        "vi",
        "need_kinhdoanhnhahang",
        "Học nghề nấu ăn ngắn hạn để mở xe bán đồ ăn vặt",
        "Tôi 35 tuổi ở Tam Bình, muốn nghỉ làm công ty để mở xe bán gà rán, đồ ăn vặt. Đã lên kế hoạch kinh doanh sơ bộ nhưng "
        "chưa có tay nghề. Cần khóa học nấu ăn ngắn hạn, có thực hành, học buổi chiều hoặc cuối tuần.",
        {"mVo127": 2, "mVo128": 2, "mVo129": 1},
    ),
    (
        "mVn72",
        "en",
        "need_vietnamvn",
        "Short vegetarian cooking course for a stall near Ao Bà Om pagoda",
        "A woman in her sixties who has sold lottery tickets for years wants to open an evening vegetarian stall near "
        "Ao Bà Om in Trà Vinh, like the long-running family stalls elsewhere. She needs a short, practical vegetarian "
        "cooking course that fits an older learner.",
        {"mVo128": 2, "mVo127": 1},
    ),
    (
        "mVn73",
        "vi",
        "need_quangtri",
        "Phường cần mô hình quản lý để xây dựng phố ẩm thực an toàn",
        "UBND một phường ở TP Vĩnh Long muốn quy hoạch tuyến phố ẩm thực đêm với khoảng 50 quầy, dịp Tết thức ăn vỉa hè càng "
        "bẩn càng đông khách. Cần mô hình quản lý, tập huấn cho cán bộ và người bán, hạ tầng nước sạch, thu gom rác để thành "
        "phố ẩm thực an toàn.",
        {"mVo032": 2, "mVo033": 2, "mVo132": 1, "mVo131": 1, "mVo030": 1},
    ),
    (
        "mVn74",
        "en",
        "need_caribbean",
        "Health checks and training records for vendors in a night-market pilot",
        "The organisers of a pilot night market in Trà Vinh want every vendor to have a health check, basic food safety "
        "training and records kept at the stall, following what regional street-food working groups recommend. We need "
        "a ready-made set of criteria and a way to certify compliant stalls.",
        {"mVo030": 2, "mVo031": 1, "mVo035": 1, "mVo133": 1},
    ),
    (
        "mVn75",
        "vi",
        "need_luatbacninh2",
        "Lam giay phep ban hang rong o cho dem can nhung giay to gi",
        "Minh muon ban xien que chien o cho dem Vinh Long, nghe noi khong co giay phep an toan thuc pham la bi phat nang. Can "
        "biet phai lam nhung giay to gi, o dau, mat bao lau, ai lam dich vu giup.",
        {"mVo119": 2, "mVo118": 2, "mVo125": 2, "mVo135": 2, "mVo126": 1, "mVo133": 1},
    ),
]
