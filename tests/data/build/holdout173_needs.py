"""Needs of the holdout173 labelled set (used cooking oil, animal fats and their products), set in Trà Vinh / Vĩnh Long.

Rows: (id, language, source key, title, description, {offer id: grade}). Written blind; see make_holdout173.py.
"""

NEEDS = [
    # --- collecting used cooking oil ---
    (
        "oSn01",
        "vi",
        "ogieo_30_4",
        "Cần đơn vị thu gom dầu chiên và mỡ thải cho nhà hàng tiệc cưới dịp lễ",
        "Nhà hàng tiệc cưới của chúng tôi ở phường 3, TP Trà Vinh: dịp lễ 30/4 - 1/5 lượng khách tăng đột biến, dầu chiên "
        "và mỡ thừa thải ra rất nhiều, nhân viên còn đổ xuống cống gây tắc và dễ bị phạt theo Nghị định 155/2016. Cần "
        "đơn vị đến thu mua hoặc thu gom định kỳ dầu mỡ thải để tái chế thành biodiesel hay xà phòng, có giấy tờ giao nhận.",
        {
            "oSo001": 2,
            "oSo002": 2,
            "oSo004": 2,
            "oSo005": 2,
            "oSo007": 2,
            "oSo018": 2,
            "oSo011": 1,
            "oSo102": 1,
            "oSo107": 1,
        },
    ),
    (
        "oSn02",
        "en",
        "mrm_theft",
        "Used fryer oil stolen at night - need a collector who pays and secure containers",
        "We run a grill and fried-chicken house on Nguyễn Đáng street, Trà Vinh city. Our used cooking oil sits in drums "
        "behind the kitchen and twice this year it vanished overnight; we read that grease thieves take about 75 million "
        "dollars of restaurant oil a year. We want a collector who pays us for the oil, provides lockable "
        "containers and picks up on a fixed schedule, so the oil neither disappears nor ends up in the drain.",
        {"oSo001": 2, "oSo004": 2, "oSo002": 1, "oSo003": 1, "oSo005": 1, "oSo007": 1, "oSo016": 1, "oSo018": 1},
    ),
    (
        "oSn03",
        "vi",
        "nst_wastebank",
        "Ban quản lý chợ cần ngày thu mua dầu ăn thải luân phiên cho tiểu thương",
        "Chợ Vĩnh Long có nhiều sạp bán bánh cống, bánh xèo, chuối chiên, mỗi sạp thải 1-2 lít dầu chiên mỗi ngày và hay "
        "đổ xuống cống. Ban quản lý muốn tổ chức ngày thu mua dầu ăn đã qua sử dụng, luân phiên hằng tuần giữa các chợ theo "
        "lịch công bố trước, trả tiền theo ký cho tiểu thương, đồng thời nắm số liệu nơi nào thải nhiều.",
        {"oSo007": 2, "oSo010": 2, "oSo021": 2, "oSo002": 1, "oSo008": 1, "oSo009": 1, "oSo019": 1},
    ),
    (
        "oSn04",
        "en",
        "selangor_rt",
        "Collection stations for household cooking oil in a housing estate",
        "Our residents' committee in ward 4, Vĩnh Long city, sees drains and the pond in the park fouled by cooking oil "
        "that households pour down the sink every day. We want collection stations in the apartment blocks and lanes where "
        "families can drop used oil, and someone who empties them and sends the oil for recycling.",
        {"oSo008": 2, "oSo009": 2, "oSo010": 2, "oSo019": 2, "oSo021": 2, "oSo007": 1},
    ),
    (
        "oSn05",
        "vi",
        "ucrra",
        "Can cho nhan dau an thua cua ho gia dinh de gay quy hoi",
        "Hoi phu nu xa Long Duc (TP Tra Vinh) thay nha nao cung co it dau an thua sau khi chien, khong biet bo dau: do xuong "
        "bon rua thi nghet, bo thung rac thi chay nuoc. Quan an ngoai cho thinh thoang nhan giup vai lit. Chi em muon to "
        "chuc gom dau thua cua cac ho roi ban cho noi tai che, tien thu duoc bo vao quy hoi.",
        {"oSo008": 2, "oSo010": 2, "oSo021": 2, "oSo007": 1, "oSo009": 1, "oSo019": 1},
    ),
    (
        "oSn06",
        "en",
        "bremanger",
        "Licensed collector for spent frying oil from a snack factory",
        "Our fried banana-chip and prawn-cracker factory in Long Đức industrial park, Trà Vinh, changes fryer oil several "
        "times a week, far more than a household's gallon or two. We want a contract with a collector who takes all our "
        "spent oil and turns it into biodiesel to the ASTM D6751 standard or other products, instead of paying for "
        "disposal.",
        {"oSo001": 2, "oSo005": 2, "oSo015": 2, "oSo018": 2, "oSo002": 1, "oSo011": 1, "oSo028": 1, "oSo032": 1},
    ),
    (
        "oSn07",
        "en",
        "rkt_iscc",
        "ISCC certification and traceability for a used-cooking-oil aggregator",
        "We are a trading company in Trà Vinh city aggregating used cooking oil from restaurants and food plants for "
        "biofuel buyers. Buyers now insist on ISCC-certified UCO with full traceability from each collection point to the "
        "end user, documented greenhouse-gas savings and regular audits. We need help to get certified and to track every "
        "batch.",
        {"oSo012": 2, "oSo013": 2, "oSo014": 2, "oSo016": 1, "oSo020": 1},
    ),
    (
        "oSn08",
        "vi",
        "ewaba",
        "Tìm đối tác xuất khẩu dầu ăn đã qua sử dụng và thông tin thị trường",
        "Công ty chúng tôi ở Vĩnh Long gom được dầu ăn đã qua sử dụng từ nhà hàng, bếp ăn, muốn xuất khẩu vì châu Âu phải "
        "nhập UCO từ nhiều nước để làm nhiên liệu tái tạo giảm 90% phát thải. Cần đầu mối mua hoặc xuất khẩu uy tín, "
        "thông tin giá và các yêu cầu truy xuất, kiểm tra mà phía châu Âu đang siết chặt.",
        {"oSo016": 2, "oSo020": 2, "oSo012": 1, "oSo013": 1, "oSo014": 1, "oSo028": 1},
    ),
    (
        "oSn09",
        "vi",
        "tnpsc_ruco",
        "Xây dựng chương trình buộc cơ sở chiên rán giao dầu thải cho đơn vị được phép",
        "Chi cục An toàn vệ sinh thực phẩm tỉnh muốn xây dựng mô hình: đặt giới hạn hợp chất phân cực tổng 25% "
        "với dầu chiên, cơ sở chiên nhiều phải ghi chép lượng dầu và chỉ bán dầu đã qua sử dụng cho đơn vị được cấp phép "
        "làm biodiesel, phối hợp với hiệp hội doanh nghiệp. Cần tư vấn thiết kế chương trình và các đơn vị tham gia.",
        {"oSo017": 2, "oSo125": 2, "oSo126": 2, "oSo133": 2, "oSo007": 1, "oSo120": 1, "oSo121": 1},
    ),
    (
        "oSn10",
        "en",
        "sensual_uco",
        "Choosing a reliable licensed used-oil collector for three restaurants",
        "We own three restaurants in Vĩnh Long city and want one licensed partner for used cooking oil: regular pickups "
        "sized to our fryers, documents that keep us clear of fines and health-code problems, and ideally grease trap "
        "cleaning in the same contract, with the oil recycled into biofuel or feed rather than dumped.",
        {"oSo001": 2, "oSo002": 2, "oSo004": 2, "oSo005": 2, "oSo007": 1, "oSo018": 1, "oSo102": 1, "oSo107": 1},
    ),
    (
        "oSn11",
        "vi",
        "tyso_japan",
        "Cơ sở thu mua dầu ăn cũ cần quản lý thùng chứa và khối lượng",
        "Cơ sở chúng tôi ở Càng Long thu mua dầu ăn đã qua sử dụng của quán xá; từ khi dầu có giá, nhiều người nhảy vào "
        "tranh mua và can 18 lít để trước quán sau giờ đóng cửa thường bị lấy mất. Cần giải pháp khóa thùng chứa, ghi "
        "nhận khối lượng từng lần lấy và thanh toán minh bạch cho chủ quán.",
        {"oSo003": 2, "oSo004": 2, "oSo014": 1},
    ),
    (
        "oSn12",
        "vi",
        "memart_taiche",
        "Xây dựng mạng lưới thu gom dầu ăn đã qua sử dụng toàn tỉnh",
        "Sở Khoa học và Công nghệ muốn hình thành mạng lưới thu gom dầu ăn đã qua sử dụng từ nhà hàng, chợ, bếp ăn và "
        "xưởng thực phẩm trên địa bàn Trà Vinh - Vĩnh Long để làm nguyên liệu xà phòng, biodiesel, giảm ô nhiễm nguồn nước "
        "và đất. Cần mô hình tổ chức, hợp đồng với điểm phát sinh và đầu ra cho dầu.",
        {"oSo006": 2, "oSo011": 2, "oSo015": 2, "oSo003": 1, "oSo010": 1, "oSo017": 1, "oSo020": 1, "oSo021": 1},
    ),
    # --- filtering and refining used oil ---
    (
        "oSn13",
        "en",
        "farmenergy_wvo",
        "Settling and filtering restaurant oil before selling it",
        "Our collection point in Tiểu Cần stores restaurant oil in the containers the fresh oil came in. The oil arrives "
        "in many colours depending on the food and frying time, with water and fryer-cleaning residue that sinks to the "
        "bottom. We need a process and equipment to settle it, filter it coarse then fine (warm oil filters faster) and "
        "dewater it, so a biodiesel maker will buy it.",
        {"oSo022": 2, "oSo023": 2, "oSo005": 1, "oSo024": 1, "oSo028": 1, "oSo029": 1},
    ),
    (
        "oSn14",
        "vi",
        "winenfood_wco",
        "Quy trình làm sạch dầu ăn thải bị đục như sữa, nghẹt lọc",
        "Xưởng nhỏ của tôi ở Trà Ôn thử lọc phuy dầu ăn thải 55 gallon (khoảng 200 lít) để làm nhiên liệu nhưng bơm nghẹt, "
        "dầu đục như sữa. Nghe nói nên gia nhiệt nhẹ khoảng 60 °C cho nước và cặn tự lắng, lọc thô 400-600 micron rồi lọc "
        "túi 1-5 micron. Cần quy trình và thiết bị tách nước, tách cặn ổn định cho từng mẻ.",
        {"oSo022": 2, "oSo023": 2, "oSo024": 2, "oSo025": 1, "oSo029": 1},
    ),
    (
        "oSn15",
        "en",
        "lwc_contam",
        "Biodiesel class batch failed - no glycerin separated from contaminated oil",
        "Our vocational school in Trà Vinh city teaches students to make biodiesel from waste oil collected from eateries. "
        "A new supplier's oil came with chicken pieces and vegetables; after filtering, the batch gave no glycerin layer, a "
        "3/27 test looked like a pass but the miscibility test showed three layers. We need help to test and pretreat "
        "incoming oil and to titrate correctly.",
        {"oSo024": 2, "oSo036": 2, "oSo037": 2, "oSo023": 1, "oSo029": 1, "oSo051": 1},
    ),
    (
        "oSn16",
        "vi",
        "hanhkhat_soap",
        "Khử màu, khử mùi dầu thu gom trước khi nấu xà phòng",
        "Cửa hàng sản phẩm thủ công, thiên nhiên của chúng tôi ở Cầu Kè muốn làm xà phòng tắm, giặt, rửa bát từ dầu ăn "
        "thừa của các gia đình để tiết kiệm và giảm hóa chất tẩy rửa, như mô hình đã được cộng đồng mạng ủng hộ. Nhưng dầu "
        "thu về sẫm màu, mùi khét nên bánh xà phòng không đẹp; cần cách làm sạch, khử màu, khử mùi dầu ở quy mô nhỏ bằng "
        "vật liệu rẻ tiền trước khi xà phòng hóa.",
        {"oSo022": 2, "oSo030": 2, "oSo083": 2, "oSo023": 1, "oSo086": 1},
    ),
    (
        "oSn17",
        "en",
        "fusel_wvo",
        "Which uses of waste vegetable oil make sense for our investment?",
        "We are investors in Vĩnh Long weighing what to do with the waste vegetable oil we could collect: feed additive "
        "(banned in the EU since 2003), fuel for waste-to-energy, biodiesel by transesterification, straight vegetable oil "
        "in converted engines, heating oil or soap. We want an independent comparison of the routes and technologies before "
        "we choose.",
        {"oSo026": 2, "oSo020": 1, "oSo027": 1, "oSo041": 1},
    ),
    # --- small-scale biodiesel production and testing ---
    (
        "oSn18",
        "en",
        "wfp_coop",
        "Fruit farmer wants to make his own biodiesel from restaurant oil",
        "I grow longan and coconut in Cầu Kè and run pumps and a small tractor. Restaurants in town give me used oil for "
        "free, and I want to make my own biodiesel in a reactor of about 200 gallons, buy methanol and caustic at a fair "
        "price and get rid of the glycerin safely.",
        {"oSo035": 2, "oSo036": 2, "oSo034": 1, "oSo037": 1, "oSo043": 1, "oSo045": 1, "oSo054": 1},
    ),
    (
        "oSn19",
        "vi",
        "haxton_diy",
        "Muon tu nau biodiesel tu dau chien cua quan an bang binh nuoc nong cu",
        "Toi co xuong co khi nho o Tam Binh va 6 xe tai chay dau. Nghe noi co nguoi dung hai binh nuoc nong "
        "trong ga ra, do dau chien cua quan an vao, rua tap chat, thu hoa chat, mot tuan sau la do dau duoc cho xe, tiet "
        "kiem khoang 1,75 do la moi gallon. Can nguoi huong dan lap thiet bi va quy trinh lam.",
        {"oSo035": 2, "oSo036": 2, "oSo024": 1, "oSo034": 1, "oSo037": 1, "oSo055": 1},
    ),
    (
        "oSn20",
        "en",
        "autoblog_coop",
        "Starting a biodiesel cooperative for boat and truck owners",
        "Boat and truck owners in Duyên Hải want to form a biodiesel co-op: members share equipment and take turns making "
        "fuel about once every six weeks, while everyone can fill up. Starter packages with equipment, 275 gallons "
        "of fuel and an installed pump cost about 1,900 dollars. We need the equipment and the know-how.",
        {"oSo035": 2, "oSo036": 2, "oSo032": 1, "oSo034": 1, "oSo041": 1, "oSo042": 1},
    ),
    (
        "oSn21",
        "vi",
        "grist_coop",
        "Lập xưởng biodiesel cộng đồng từ dầu mỡ thải",
        "Một nhóm thanh niên ở TP Trà Vinh muốn lập xưởng biodiesel cộng đồng từ dầu mỡ chiên thải mà không ai cần đến, "
        "góp vốn từ người dân địa phương, tạo việc làm và cung cấp nhiên liệu cho xe, ghe trong vùng. Cần thiết bị quy mô "
        "nhỏ, quy trình sản xuất và đào tạo vận hành an toàn.",
        {"oSo035": 2, "oSo036": 2, "oSo011": 1, "oSo031": 1, "oSo033": 1, "oSo034": 1, "oSo040": 1, "oSo041": 1},
    ),
    (
        "oSn22",
        "vi",
        "tn_daumoca",
        "Chủ ghe cần nhiên liệu biodiesel từ mỡ cá đạt chuẩn, không hỏng máy",
        "Nhiều chủ ghe tàu đánh cá ở cửa Định An (Trà Cú) từng pha dầu mỡ cá mua qua trung gian vào nhiên liệu và bị hỏng "
        "máy; đồng bằng làm ra gần 100.000 tấn mỡ cá mỗi năm. Chúng tôi cần nguồn biodiesel làm từ mỡ cá đúng quy trình, "
        "đạt chỉ tiêu kỹ thuật để chạy máy ghe an toàn.",
        {"oSo038": 2, "oSo039": 2, "oSo040": 1, "oSo047": 1, "oSo048": 1, "oSo063": 1},
    ),
    (
        "oSn23",
        "en",
        "thumbbio",
        "Lab certificate for B100 sold to river-boat operators",
        "We make small batches of B100 from waste oil in Long Hồ and sell it to river-boat operators. Engine makers and "
        "buyers want proof that our fuel meets a biodiesel standard comparable to ASTM D6751, just as diesel must meet ASTM "
        "D975. We need a laboratory that runs the full set of B100 tests and issues a report.",
        {"oSo047": 2, "oSo048": 2, "oSo049": 1, "oSo050": 1, "oSo051": 1, "oSo052": 1, "oSo158": 1},
    ),
    (
        "oSn24",
        "vi",
        "doc_qcvn2009",
        "Cơ sở sản xuất B100 nhỏ muốn đạt quy chuẩn để bán cho đơn vị pha B5",
        "Cơ sở chúng tôi ở Vũng Liêm sản xuất B100 từ dầu ăn thải, muốn bán cho đại lý pha chế diesel B5. Quy chuẩn kỹ "
        "thuật quốc gia về xăng, nhiên liệu điêzen và nhiên liệu sinh học áp dụng cho cả sản xuất, pha chế, phân phối. Cần "
        "hướng dẫn chỉ tiêu phải đạt, nơi thử nghiệm và hồ sơ công bố hợp quy.",
        {"oSo048": 2, "oSo052": 2, "oSo047": 1, "oSo049": 1, "oSo050": 1},
    ),
    (
        "oSn25",
        "en",
        "syp_outline",
        "Stored biodiesel thickens and clogs fuel filters",
        "Biodiesel we made from fish fat and used oil in Long Hồ is stored for months in drums; exposed to heat, air and "
        "sunlight it darkens and thickens and has started to plug filters, and water in the drums grows bacteria. We need "
        "quality checks on oxidation stability and advice on storage and handling.",
        {"oSo049": 2, "oSo054": 2, "oSo047": 1, "oSo050": 1, "oSo056": 1, "oSo159": 1},
    ),
    (
        "oSn26",
        "vi",
        "natrad_glyc",
        "Tinh chế glycerin thô tồn đọng từ xưởng biodiesel",
        "Xưởng biodiesel nhỏ của chúng tôi ở Châu Thành (Trà Vinh) có tới gần một phần tư mỗi mẻ là lớp glycerin lẫn "
        "methanol và xút, đang phải xử lý như chất thải nguy hại. Cần công nghệ tinh chế glycerin thô đến độ sạch có thể "
        "bán được, phù hợp quy mô nhỏ.",
        {"oSo043": 2, "oSo044": 2, "oSo045": 2, "oSo046": 1},
    ),
    (
        "oSn27",
        "en",
        "ilt_glycerin",
        "Analysis of our glycerin layer to find a buyer",
        "A biodiesel maker in Vĩnh Long wants to sell its glycerin by-product. Buyers distinguish glycerol from commercial "
        "glycerin above 95% and grade it by smell, colour and impurities after salts, methanol and free fatty acids are "
        "removed. We need an analysis of what our crude layer contains before talking to buyers.",
        {"oSo046": 2, "oSo043": 1, "oSo044": 1, "oSo045": 1},
    ),
    (
        "oSn28",
        "vi",
        "docz_kinhte",
        "Đánh giá hiệu quả kinh tế nhà máy biodiesel từ dầu ăn thải",
        "Nhà đầu tư muốn biết xây một nhà máy biodiesel dùng dầu ăn đã qua sử dụng thu gom trong tỉnh Vĩnh Long có lãi "
        "hay không. Cần mô hình chi phí, giá nguyên liệu, giá bán "
        "và độ nhạy của suất sinh lời.",
        {"oSo041": 2, "oSo006": 1, "oSo011": 1, "oSo040": 1},
    ),
    (
        "oSn29",
        "en",
        "tractor_b101",
        "Can our rice cooperative run tractors and pumps on B20?",
        "Our rice cooperative in Tam Bình runs diesel tractors, harvesters and pumps. A local maker offers biodiesel and "
        "we wonder whether to use B5, B20 or B100; we know straight vegetable oil needs engine conversion. We need test "
        "evidence on power and consumption, what engine makers allow, and handling advice.",
        {"oSo053": 2, "oSo055": 2, "oSo056": 2, "oSo054": 1},
    ),
    # --- fish fat and animal fat rendering ---
    (
        "oSn30",
        "vi",
        "tuoitre_luyenmo",
        "Cơ sở luyện mỡ cá muốn thay chảo nấu hở bằng công nghệ sạch",
        "Cơ sở chúng tôi ở Bình Minh (Vĩnh Long) nhận đầu, xương, thịt vụn cá tra từ nhà máy phi lê, nấu trong chảo hở "
        "đường kính 2 m, vớt mỡ thô rồi luyện lại, đóng can 30 lít; một tấn thịt vụn cho khoảng 300 kg mỡ, đầu xương chỉ "
        "170-200 kg. Mùi hôi, nước thải nhiều, hàng xóm phản ánh. Cần dây chuyền nấu, ép, tách dầu khép kín phù hợp.",
        {"oSo058": 2, "oSo060": 2, "oSo061": 2, "oSo068": 2, "oSo057": 1, "oSo062": 1, "oSo113": 1},
    ),
    (
        "oSn31",
        "en",
        "bct_moca",
        "Turning catfish fat into lubricating grease",
        "Our tra-fish by-product company in Long Hồ sells fish fat whose price swings wildly - it once jumped to "
        "15,000-16,000 dong per kilo on export orders and then fell. Local workshops used to make engine grease from it and "
        "customers liked it. We want a proper process to turn catfish fat into bio-based lubricant or grease.",
        {"oSo059": 2, "oSo091": 1, "oSo092": 1, "oSo093": 1, "oSo094": 1},
    ),
    (
        "oSn32",
        "vi",
        "bongbuzz",
        "Tinh luyện mỡ cá tra thô thành dầu sạch",
        "Nhà máy chế biến cá tra của chúng tôi ở khu công nghiệp Hòa Phú (Long Hồ) có nhiều mỡ cá thô; một người ở đồng "
        "bằng đã tinh luyện dầu cá da trơn làm nhiên liệu phụ gia cho động cơ công nghiệp. Chúng tôi cần quy trình tinh "
        "luyện (khử gum, tẩy màu) để nâng mỡ cá thô thành dầu sạch, giá trị cao hơn.",
        {"oSo057": 2, "oSo038": 1, "oSo040": 1, "oSo063": 1, "oSo069": 1},
    ),
    (
        "oSn33",
        "en",
        "vet_broiler",
        "Using fat and by-products from a new broiler processing plant",
        "We are investing in a broiler processing plant in Long Hồ: stunning, scalding, defeathering, evisceration and "
        "chilling. Beyond selling dressed birds, we want to earn from the waste - body fat, viscera, blood and feathers - "
        "rather than only feeding it to a biogas digester. We need fat extraction and rendering equipment or a service.",
        {"oSo064": 2, "oSo065": 2, "oSo066": 2, "oSo067": 2, "oSo074": 2, "oSo071": 1, "oSo073": 1, "oSo075": 1},
    ),
    (
        "oSn34",
        "vi",
        "ttd_mobam",
        "Lò mổ heo muốn tự thắng mỡ nước sạch thay vì bán cho lò rán mỡ bẩn",
        "Lò mổ heo của chúng tôi ở Càng Long còn nhiều mỡ vụn, bì heo; lâu nay bán cho người gom về rán chảo thủ công, "
        "không sơ chế, đóng can bẩn, tóp mỡ để trong rổ đen. Chúng tôi muốn tự thắng mỡ nước và làm tóp mỡ đạt an toàn "
        "thực phẩm, cần quy trình và thiết bị phù hợp quy mô nhỏ.",
        {"oSo068": 2, "oSo069": 2, "oSo070": 1, "oSo072": 1, "oSo076": 1},
    ),
    (
        "oSn35",
        "vi",
        "kt_mothoi",
        "Lo mo nho muon lam mo nuoc, top mo sach de ban",
        "Toi co lo mo heo nho o Vung Liem, moi ngay du mo bay nhay. Nghe noi dau nau mo bay gio ban mo nuoc 16.000-18.000 "
        "dong/kg, top mo 50.000-60.000 dong/kg, lai cao nhung lam bay bi phat. Toi muon lam mo nuoc va top mo sach, dung "
        "quy trinh, co thiet bi va giay phep dang hoang.",
        {"oSo068": 2, "oSo069": 2, "oSo070": 1, "oSo076": 1},
    ),
    (
        "oSn36",
        "en",
        "congly_monuoc",
        "Daily collection of slaughter by-products so they stop feeding backyard lard boilers",
        "Slaughter points in Trà Vinh's districts kill hundreds of pigs a night in a rush; offal and fat are piled with "
        "manure and sold to backyard boilers who soak spoiled fat in chemicals and fry it into lard. The district wants a "
        "service that collects by-products daily and renders them safely, or a plan for a rendering plant.",
        {"oSo072": 2, "oSo075": 2, "oSo068": 1, "oSo069": 1, "oSo070": 1, "oSo071": 1},
    ),
    (
        "oSn37",
        "en",
        "nd_butcher",
        "Small butcher shops have no rendering pickup for fat and offal",
        "Small meat shops and slaughter points around Trà Cú must dispose of blood, bones, viscera and unused fat in an "
        "approved way and keep records, but no rendering truck comes here any more and dumping in pits or burning is not "
        "allowed. We need someone to pick up the fat and offal barrels, or another documented route.",
        {"oSo018": 2, "oSo072": 2, "oSo070": 1, "oSo075": 1},
    ),
    (
        "oSn38",
        "en",
        "ytwlgs_pig",
        "Turning every by-product of a pig slaughterhouse into income",
        "Our new pig slaughterhouse in Long Đức industrial park will produce bones, offal, blood, skin and trimmings every "
        "day. We want to process them into lard or tallow, meals and other products instead of paying for disposal, and "
        "need rendering equipment and a plan sized for the plant.",
        {"oSo068": 2, "oSo069": 2, "oSo075": 2, "oSo070": 1, "oSo071": 1, "oSo076": 1, "oSo117": 1},
    ),
    (
        "oSn39",
        "en",
        "whirly_fishoil",
        "Small-scale oil extraction from shrimp and fish processing waste",
        "Seafood processors in Duyên Hải throw away fish viscera, heads and frames. We would heat them to about 95 °C to "
        "free oil and water from the protein, press them - roughly 70% of the mass comes out as press liquor - and let the "
        "oil rise in a tank. We need equipment and a proven small-scale method.",
        {"oSo060": 2, "oSo061": 2, "oSo058": 1, "oSo062": 1},
    ),
    (
        "oSn40",
        "vi",
        "tn_mothoi",
        "Tập huấn và quy trình chuẩn cho cơ sở thắng mỡ heo nhỏ lẻ",
        "Đoàn kiểm tra ở TP Vĩnh Long vừa phát hiện một cơ sở không phép mỗi ngày nấu gần 400 kg mỡ heo ôi thành dầu ăn và "
        "tóp mỡ, công nhân đi chân đất, mỡ để dưới sàn. Phòng Kinh tế muốn hướng dẫn các cơ sở thắng mỡ nhỏ lẻ làm theo quy "
        "trình an toàn: tài liệu, tập huấn và kỹ thuật thắng mỡ đạt vệ sinh.",
        {"oSo069": 2, "oSo070": 2, "oSo068": 1, "oSo076": 1},
    ),
    # --- soap, candles and lubricants from waste fats ---
    (
        "oSn41",
        "vi",
        "dantri_soap",
        "Mở lớp dạy chị em làm xà phòng từ dầu ăn thừa",
        "Hội Liên hiệp Phụ nữ phường 9 TP Trà Vinh muốn mở lớp để chị em tự làm xà phòng giặt, rửa từ dầu mỡ chiên rán "
        "trong gia đình, vừa tiết kiệm vừa sống xanh, không đổ dầu xuống cống. Cần người có công thức đã thử nghiệm, hướng "
        "dẫn an toàn với xút và giáo trình lớp học.",
        {"oSo077": 2, "oSo080": 2, "oSo081": 2, "oSo084": 2, "oSo078": 1, "oSo079": 1, "oSo083": 1, "oSo090": 1},
    ),
    (
        "oSn42",
        "en",
        "emdep_soap",
        "Social enterprise wants to sell soap made from collected cooking oil",
        "We are a small social enterprise in Vĩnh Long city that collects leftover cooking oil and wants to sell cleaning "
        "soap for kitchens and dishes, cutting both pollution and harsh detergents. We need a production process, a quality "
        "check that the soap is not too caustic, and training for our staff.",
        {"oSo081": 2, "oSo082": 2, "oSo083": 2, "oSo030": 1, "oSo078": 1, "oSo079": 1, "oSo080": 1, "oSo085": 1},
    ),
    (
        "oSn43",
        "vi",
        "herstory_soap",
        "Cần công thức xà phòng giặt từ dầu chiên cũ, lọc bằng than",
        "Tôi ở Cầu Ngang, nhà hay chiên cá, dầu dùng quá 3 lần thì không dám ăn nữa. Tôi muốn làm xà phòng giặt đồ, rửa "
        "chén từ dầu đó: lọc qua vải, dùng than hút cặn, trộn xút và ít dầu dừa, giấm, đổ khuôn để 3-5 ngày. Cần công thức "
        "cụ thể, liều xút an toàn.",
        {"oSo077": 2, "oSo078": 2, "oSo079": 2, "oSo086": 2, "oSo083": 1, "oSo090": 1},
    ),
    (
        "oSn44",
        "en",
        "eco_candle2",
        "Homestay wants to make candles from kitchen oil for guests",
        "Our homestay on an islet in Cầu Kè fries a lot for guests. We would like to turn the used oil into candles to light "
        "the garden and sell as souvenirs: strain it, heat it to drive off moisture, add wicks, fragrance and colour. We need "
        "a tested method and supplies list.",
        {"oSo086": 2, "oSo087": 2, "oSo088": 2, "oSo089": 2, "oSo090": 2, "oSo095": 1, "oSo096": 1},
    ),
    (
        "oSn45",
        "vi",
        "stack_candle",
        "Làm đèn, nến thắp từ dầu chiên cũ cho ngày lễ ở chùa",
        "Nhà chùa ở Trà Cú tích được mấy can dầu chiên cũ sau các dịp lễ. Quý thầy muốn đun, hớt bọt, lọc qua vải rồi làm "
        "đèn dầu, nến thắp trong hũ có giá đỡ bấc bằng dây kim loại, nhưng sợ khói và muội. Cần cách làm đơn giản, an toàn.",
        {"oSo086": 2, "oSo087": 2, "oSo088": 2, "oSo089": 2, "oSo090": 2, "oSo096": 2, "oSo095": 1},
    ),
    (
        "oSn46",
        "en",
        "dok_biolube",
        "Biodegradable grease for boats and farm machines from used cooking oil",
        "Our machinery workshop in Trà Ôn services boat engines, pumps and harvesters whose grease ends up in canals and "
        "fields. Biodegradable lubricants suit such total-loss uses, and lubricant made from used cooking oil is said to be "
        "cheaper than mineral or virgin-oil products. We want a grease formulation from waste cooking oil we can make.",
        {"oSo091": 2, "oSo092": 2, "oSo093": 2, "oSo094": 2, "oSo027": 1, "oSo059": 1},
    ),
    (
        "oSn47",
        "vi",
        "souvenir_candle",
        "Dự án STEM làm nến và xà phòng từ dầu thải cho học sinh",
        "Trường THPT ở thị xã Duyên Hải muốn cho học sinh làm dự án STEM tái chế dầu ăn thải của căng tin thành nến thân "
        "thiện môi trường và xà phòng, thay sáp parafin; có hướng dẫn an toàn cho học sinh và có thể bán làm quà lưu niệm.",
        {"oSo077": 2, "oSo086": 2, "oSo087": 2, "oSo088": 2, "oSo090": 2, "oSo079": 1, "oSo089": 1, "oSo095": 1},
    ),
    (
        "oSn48",
        "vi",
        "nld_soap",
        "Nhóm sinh viên khởi nghiệp xà phòng từ dầu ăn cũ cần kiểm soát pH",
        "Nhóm sinh viên ở TP Trà Vinh làm xà phòng rắn và lỏng từ dầu ăn cũ thu từ hộ gia đình, dự định bán khoảng 30.000 "
        "đồng mỗi sản phẩm, để khô 7 tuần. Khó nhất là tính lượng NaOH cho vừa để xà phòng không có pH quá cao gây hại da; "
        "cần cách kiểm nghiệm chất lượng theo tiêu chuẩn.",
        {"oSo082": 2, "oSo079": 1, "oSo080": 1, "oSo081": 1, "oSo083": 1},
    ),
    (
        "oSn49",
        "en",
        "docz_nuocgiat",
        "Liquid laundry detergent from used oil for a rural women's group",
        "In rural Cầu Ngang nobody collects used cooking oil, so families pour it into canals or onto rubbish heaps, and many "
        "eateries fry in the same oil again and again. Our women's group wants to make liquid laundry detergent and soap "
        "from the used oil and check that it cleans well and is safe.",
        {"oSo082": 2, "oSo083": 2, "oSo077": 1, "oSo081": 1, "oSo085": 1},
    ),
    (
        "oSn50",
        "en",
        "tenth_tallow",
        "Butcher stall wants to render beef and pork fat into clean tallow",
        "Our butcher stall in Trà Vinh market trims several kilos of beef and pork fat a day. We want to render it into clean "
        "white tallow and lard - chop, simmer with water, strain through cloth several times, chill so the fat separates - "
        "for soap makers and cooks, but at a steady, hygienic scale.",
        {"oSo068": 2, "oSo069": 2, "oSo071": 1, "oSo076": 1, "oSo078": 1},
    ),
    # --- grease traps and fat in wastewater of eateries ---
    (
        "oSn51",
        "vi",
        "saigon24_cong",
        "Phố ẩm thực cần bể tách mỡ cho từng quán để hết nghẹt cống",
        "Ban quản lý phố ẩm thực ở TP Trà Vinh nhận phản ánh cống bị nghẹt vì nhiều quán ăn không làm bể tách mỡ mà xả "
        "thẳng nước rửa chén xuống cống; đơn vị nạo vét vẫn vớt được mỡ trong cống. Cần thiết bị tách mỡ giá hợp lý cho "
        "từng quán, có người lắp đặt và hướng dẫn vệ sinh.",
        {
            "oSo097": 2,
            "oSo098": 2,
            "oSo099": 2,
            "oSo100": 2,
            "oSo101": 1,
            "oSo102": 1,
            "oSo103": 1,
            "oSo105": 1,
            "oSo119": 1,
        },
    ),
    (
        "oSn52",
        "en",
        "cinox_baymo",
        "Stainless grease trap sized for a 300-seat restaurant kitchen",
        "Our 300-seat restaurant in Vĩnh Long city sends greasy washing water and food scraps to the drain; the floating "
        "grease layer decomposes slowly, clogs pipes and upsets the treatment tank, while the settled solids rot. We need a "
        "stainless steel grease trap correctly sized for our kitchen and installed.",
        {"oSo097": 2, "oSo098": 2, "oSo100": 2, "oSo103": 2, "oSo099": 1, "oSo104": 1, "oSo105": 1},
    ),
    (
        "oSn53",
        "vi",
        "biogency_be",
        "Bể tách mỡ khách sạn đầy mỡ, bốc mùi cần xử lý",
        "Khách sạn và nhà hàng của chúng tôi ở biển Ba Động (Duyên Hải) có bể tách mỡ nhưng mỡ đóng thành mảng, bể nhanh "
        "đầy, bốc mùi và mỡ tràn sang hệ thống xử lý nước thải. Dầu mỡ nhẹ hơn nước 10-15% nên nổi, nhưng không ai vớt định "
        "kỳ. Cần dịch vụ hút mỡ và chế phẩm vi sinh giữ bể hoạt động tốt.",
        {"oSo101": 2, "oSo102": 2, "oSo107": 2, "oSo105": 1, "oSo106": 1, "oSo108": 1, "oSo119": 1},
    ),
    (
        "oSn54",
        "en",
        "memart_grease",
        "Cleaning schedule and log for food-court grease traps",
        "We operate a food court in Trà Vinh city with three-chamber grease traps under several stalls. Inspectors ask how "
        "often they are cleaned; we have no schedule and no records, and the traps fill unevenly. We need a cleaning "
        "schedule, a logbook and a contractor to pump the larger trap.",
        {"oSo105": 2, "oSo107": 2, "oSo108": 2, "oSo101": 1, "oSo106": 1},
    ),
    (
        "oSn55",
        "vi",
        "mtdt_nghetcong",
        "Khu dan cu hay nghet cong vi dau mo, can tu van bay mo",
        "Khu dan cu o phuong 5 TP Vinh Long hay bi nghet cong, nuoc rut cham, boc mui; tho thong cong noi phan lon la do "
        "dau mo va thuc an thua do xuong bon rua. Nghe noi hon 38% ca nghet cong gia dinh la do dau mo. "
        "Can tu van bay mo nho cho nha dan va quan an nho.",
        {"oSo099": 2, "oSo100": 2, "oSo019": 1, "oSo097": 1, "oSo144": 1},
    ),
    (
        "oSn56",
        "en",
        "alexscott_uk",
        "Drafting rules for fats, oils and grease from food outlets",
        "The urban works company of Vĩnh Long city wants rules for food outlets under which caterers must "
        "store waste oil properly, never pour it down drains and can be prosecuted for breaches. We need help drafting "
        "requirements for grease traps, their minimum sizes and maintenance records.",
        {"oSo103": 2, "oSo104": 2, "oSo105": 1, "oSo108": 1, "oSo125": 1},
    ),
    (
        "oSn57",
        "vi",
        "thanhnien_lomo",
        "Lò giết mổ heo cần hệ thống xử lý nước thải có tách mỡ",
        "Lò giết mổ của chúng tôi ở Châu Thành (Trà Vinh) mổ 70-80 con heo mỗi đêm cho các chợ; nước thải lẫn máu, mỡ đang "
        "chảy theo cống hở ra ruộng, người dân phản ánh mùi hôi. Cần hệ thống xử lý nước thải có tách mỡ, vừa túi tiền, "
        "đạt quy chuẩn để được tiếp tục hoạt động.",
        {"oSo109": 2, "oSo117": 2, "oSo118": 2, "oSo110": 1, "oSo111": 1, "oSo112": 1},
    ),
    (
        "oSn58",
        "en",
        "cty_giemo",
        "Low-cost fat pretreatment for many small slaughter points",
        "The provincial environment office counts one licensed central slaughterhouse and hundreds of small household "
        "slaughter points working on cement floors; some built biogas tanks but their effluent is still full of fat, blood "
        "and nutrients. We need a practical, low-cost treatment scheme, starting with fat removal, that small points can run.",
        {"oSo109": 2, "oSo112": 2, "oSo117": 2, "oSo110": 1, "oSo111": 1, "oSo118": 1, "oSo119": 1},
    ),
    (
        "oSn59",
        "en",
        "msmvn_lomo",
        "Recovering fat from slaughterhouse wastewater before biological treatment",
        "Our cattle and pig slaughterhouse in Vũng Liêm discharges water rich in protein, lipids and animal fat that is hard "
        "to filter; the fat clogs our treatment tanks and filters. We want equipment that removes and recovers the fat, such "
        "as flotation or hydrocyclones, ahead of biological treatment.",
        {"oSo109": 2, "oSo110": 2, "oSo111": 2, "oSo112": 1, "oSo117": 1, "oSo118": 1, "oSo119": 1},
    ),
    (
        "oSn60",
        "en",
        "wrl_bg",
        "Biogas from brown grease collected from restaurants",
        "Trà Vinh's wastewater utility receives brown grease pumped from restaurant traps. We want to know how much methane "
        "it can give in our anaerobic digester, at what loading (published tests used 3-30 g of grease per litre) and whether "
        "additives improve biogas quality.",
        {"oSo114": 2, "oSo115": 2, "oSo116": 1},
    ),
    (
        "oSn61",
        "vi",
        "aziz_giw",
        "Xử lý chất thải hút từ bể tách mỡ thay vì chôn lấp",
        "Công ty công trình đô thị ở Vĩnh Long hút chất thải bể tách mỡ của nhà hàng nhưng chưa có nơi xử lý ngoài chôn "
        "lấp. Chúng tôi muốn đồng phân hủy kỵ khí chất thải này với bùn của trạm xử lý để thu năng lượng, hoặc nâng cấp nó "
        "thành nhiên liệu, cần nghiên cứu tỷ lệ phối trộn và đánh giá.",
        {"oSo114": 2, "oSo115": 2, "oSo116": 2, "oSo112": 1},
    ),
    (
        "oSn62",
        "en",
        "vnx_fatberg",
        "A programme to stop fat blockages in city sewers",
        "Sewer crews in Vĩnh Long city keep finding congealed fat near markets and restaurant streets; a 100-tonne fatberg "
        "can fill 100 m of sewer. We want a city programme that makes food outlets install and maintain grease traps, "
        "so that fat does not reach the sewers.",
        {"oSo104": 2, "oSo097": 1, "oSo102": 1, "oSo106": 1, "oSo108": 1},
    ),
    (
        "oSn63",
        "vi",
        "cafef_cong",
        "Chung cư cần điểm thu hồi dầu thải và bẫy mỡ chung",
        "Ban quản lý chung cư ở TP Vĩnh Long thấy cư dân đổ dầu chiên, nước luộc có váng mỡ xuống bồn rửa, ống chung bị "
        "tắc, trào ngược. Chúng tôi muốn đặt điểm thu hồi dầu ăn thải cho cư dân và lắp bẫy mỡ cho đường ống chung.",
        {"oSo008": 2, "oSo019": 2, "oSo099": 2, "oSo009": 1, "oSo021": 1, "oSo100": 1},
    ),
    # --- food safety rules against reusing frying oil ---
    (
        "oSn64",
        "vi",
        "vnnet_chien",
        "Kiểm tra nhanh dầu chiên tại quán ven đường",
        "Phòng Y tế huyện Cầu Ngang muốn kiểm tra dầu chiên ở các quán ven đường, bếp ăn tập thể: dầu chiên đi chiên lại ở "
        "nhiệt độ cao biến thành aldehyd độc, mất dinh dưỡng, có mùi khét. Cần thiết bị hoặc que thử nhanh cho cán bộ dùng "
        "tại chỗ để biết dầu nào phải bỏ.",
        {
            "oSo120": 2,
            "oSo121": 2,
            "oSo122": 2,
            "oSo124": 2,
            "oSo132": 2,
            "oSo123": 1,
            "oSo126": 1,
            "oSo130": 1,
            "oSo131": 1,
        },
    ),
    (
        "oSn65",
        "en",
        "dantri_bantru",
        "School-meal kitchens must stop reusing frying oil",
        "We cook lunches for primary schools in Trà Vinh city. New rules forbid reusing frying oil or mixing old and new "
        "oil, require oil of known origin with daily in-out records, and say oil that smells odd, changes colour, foams or "
        "leaves heavy residue must be thrown out. We need a procedure and a simple test to apply this.",
        {"oSo120": 2, "oSo123": 2, "oSo121": 1, "oSo122": 1, "oSo124": 1, "oSo125": 1, "oSo131": 1},
    ),
    (
        "oSn66",
        "vi",
        "vdc_hanoi",
        "Khảo sát thực trạng tái sử dụng dầu mỡ và tập huấn người chế biến",
        "Chi cục An toàn vệ sinh thực phẩm muốn đánh giá thực trạng tái sử dụng dầu mỡ khi chế biến thực phẩm ở các quán "
        "ăn, lò bánh trong tỉnh và đề xuất giải pháp. Cần bộ công cụ khảo sát và chương "
        "trình tập huấn cho người chế biến.",
        {"oSo127": 2, "oSo131": 2, "oSo120": 1, "oSo123": 1},
    ),
    (
        "oSn67",
        "en",
        "ngoisao_daubam",
        "Detecting recycled cooking oil sold to street vendors",
        "The consumers' association in Vĩnh Long notices evening stalls frying with oil from 10-20 litre unlabelled cans "
        "delivered by motorbike, sold far below branded oil. We suspect recycled waste oil. We need laboratory methods that "
        "can tell recycled oil from genuine edible oil.",
        {"oSo128": 2, "oSo129": 2, "oSo121": 1, "oSo122": 1, "oSo132": 1},
    ),
    (
        "oSn68",
        "vi",
        "pnvgd_qngai",
        "Can kiem nghiem lo dau mo da qua su dung bi tam giu",
        "Cong an xa o Tra Cu vua tam giu gan 1,6 tan dau an va 0,4 tan mo heo da qua su dung cung nhot thai trong nha mot "
        "nguoi thu mua tu quan an, lo quay heo, khong co hoa don. Can noi phan tich xem day co phai dau tai che de ban lai "
        "lam thuc pham hay khong.",
        {"oSo128": 2, "oSo129": 2, "oSo121": 1},
    ),
    (
        "oSn69",
        "en",
        "vnnet_lau",
        "Proving our waste oil goes to a licensed recycler, not back to the kitchen",
        "A viral video of a hotpot restaurant worker scooping oil from a bin caused an uproar until the restaurant showed "
        "it sells waste oil to a licensed recycling company. Our hotpot restaurant in Trà Vinh city wants the same proof: a "
        "contract with a licensed collector and records of every handover.",
        {"oSo002": 2, "oSo125": 2, "oSo001": 1, "oSo005": 1, "oSo012": 1, "oSo014": 1},
    ),
    (
        "oSn70",
        "vi",
        "ilt_tpc",
        "Đo hợp chất phân cực để biết khi nào thay dầu chiên",
        "Cơ sở làm chả giò, bánh phồng tôm chiên ở Cầu Kè chiên liên tục nhiều giờ. Nghiên cứu cho thấy sau thời gian chiên "
        "dầu có thể đạt 20-32% hợp chất phân cực, trong khi ngưỡng bỏ dầu được đề xuất là 24%. Cần cách đo định kỳ tại xưởng "
        "để thay dầu đúng lúc.",
        {"oSo120": 2, "oSo121": 2, "oSo132": 2, "oSo122": 1, "oSo124": 1, "oSo130": 1},
    ),
    (
        "oSn71",
        "en",
        "people_gutter",
        "Keeping gutter oil out of market food stalls",
        "In one crackdown, police broke up dozens of gutter-oil workshops and seized 60,000 tonnes of oil, some hidden behind "
        "biodiesel licences, and blended oil is hard to detect. Vĩnh Long's market board wants to detect recycled oil at "
        "stalls and give vendors a legal outlet that buys their used oil.",
        {"oSo126": 2, "oSo128": 2, "oSo129": 2, "oSo007": 1},
    ),
    (
        "oSn72",
        "vi",
        "truyen_daurran",
        "Dau ran dung may lan thi phai bo, can cach thu nhanh",
        "Toi ban do an vat chien truoc cong truong o TP Tra Vinh. Nghe noi dau dun 200-300 do bi phan huy ra chat doc, dac "
        "quanh, dong cuc duoi day, nen khong dung lai nhieu lan. Can cach thu nhanh, re tien de biet luc nao phai thay dau.",
        {"oSo121": 2, "oSo122": 2, "oSo124": 2, "oSo123": 1, "oSo131": 1},
    ),
    # --- more collection needs ---
    (
        "oSn73",
        "vi",
        "vuidap_xuly",
        "Quán cơm cần người thu mua dầu thừa thay vì bỏ thùng rác",
        "Quán cơm bình dân của tôi ở chợ Cầu Kè chiên dầu tối đa hai lần rồi bỏ; dầu thừa để nguội, rót vào chai nhựa, túi "
        "nilon rồi bỏ thùng rác, vừa phí vừa bẩn. Cần người đến thu mua dầu thừa định kỳ, dù mỗi ngày chỉ vài lít.",
        {"oSo007": 2, "oSo021": 2, "oSo002": 1, "oSo009": 1, "oSo010": 1, "oSo019": 1},
    ),
    (
        "oSn74",
        "en",
        "liqui_fryer",
        "Safe handling of waste fryer oil to a recycler",
        "Our fried-chicken shop in Vĩnh Long filters fryer oil to make it last, but draining hot oil by hand is dangerous and "
        "the old oil still piles up in buckets. We want safe transfer of waste oil to a container and a company that takes "
        "it for biodiesel.",
        {"oSo001": 2, "oSo002": 2, "oSo005": 2, "oSo004": 1, "oSo154": 1, "oSo161": 1},
    ),
    (
        "oSn75",
        "en",
        "activeboard_fat",
        "Meat shop fat trimmings - renderer now charges for pickup",
        "Our meat shop in Vĩnh Long market trims fat every day; the renderer that used to pay for it now charges for "
        "pickup, and in hot weather bags of fat smell before the rubbish truck comes. We need a free or cheap pickup, a "
        "composting partner, or another use for the fat.",
        {"oSo018": 2, "oSo072": 2, "oSo075": 1},
    ),
]
