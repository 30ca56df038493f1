"""Offers of the holdout235 labelled set (frozen fruit and vegetable processing).

Rows: (id, language, source key, title, description).
"""

OFFERS = [
    # --- IQF lines, tunnels, spiral and blast freezers ---
    (
        "rCo001",
        "vi",
        "kholanh_iqf",
        "Thiết kế và lắp đặt dây chuyền IQF tầng sôi cho trái cây, rau củ cắt hạt lựu",
        "Công ty kỹ thuật lạnh nhận thiết kế dây chuyền cấp đông nhanh từng miếng (IQF) kiểu băng tải tầng sôi: "
        "quạt áp cao thổi khí lạnh làm miếng xoài, mít, rau cắt hạt lựu 'lơ lửng' nên đông rời, tinh thể băng nhỏ, "
        "giảm hao hụt dịch khi rã đông. Cấu hình có vệ sinh tại chỗ (CIP) để dễ đạt HACCP/BRCGS và nối thẳng với "
        "khâu phân loại, rửa, đóng gói, kho lạnh.",
    ),
    (
        "rCo002",
        "en",
        "fsd",
        "IQF freezing tunnel for peeled and sliced fruit pieces",
        "Equipment supplier offering continuous IQF tunnels in which peeled, sliced, chunked or diced fruit travels "
        "on a belt and is frozen within about 15 to 20 minutes, so pieces stay free-flowing instead of forming a "
        "block. Sized for processors moving from syrup or straight-pack freezing to IQF, which is how roughly 95% "
        "of frozen fruit is now produced.",
    ),
    (
        "rCo003",
        "en",
        "buraq",
        "Cryogenic tunnel freezers using liquid nitrogen or CO2",
        "Manufacturer of tunnel freezers in which products on a stainless-steel conveyor pass through circulating "
        "cold gas injected with liquid nitrogen or carbon dioxide. Fans and heat exchangers keep every surface "
        "freezing evenly; automatic control of temperature, pressure and cryogen flow limits clumping. Suitable "
        "for IQF fruit, vegetables and ready foods, as stand-alone units or combined with mechanical freezing.",
    ),
    (
        "rCo004",
        "vi",
        "gears_spiral",
        "Cung cấp tủ cấp đông xoắn (spiral freezer) cho rau quả",
        "Đơn vị chế tạo tủ cấp đông băng tải xoắn ốc liên tục: sản phẩm đi theo băng tải hình xoắn qua buồng gió "
        "lạnh, diện tích tiếp xúc lớn nên đông nhanh và tiết kiệm năng lượng. Dùng cho trái cây, rau, thủy sản, "
        "thịt; tận dụng chiều cao nhà xưởng khi mặt bằng hẹp. Tư vấn chọn tốc độ băng tải và lưu lượng gió theo "
        "sản phẩm.",
    ),
    (
        "rCo005",
        "en",
        "frigotherm",
        "Batch freezing tunnels with trolleys for packed or bulk produce",
        "Refrigeration contractor building insulated freezing tunnels, much longer than wide, where bulk or "
        "pre-packed food on trays and mobile racks is frozen by air at -25 to -40 °C moving at 1.5 m/s or more, "
        "with 150 to 300 air changes per hour. A cycle takes about 2 hours for small packs. Includes sizing for the "
        "initial thermal shock and the high moisture release during freezing.",
    ),
    (
        "rCo006",
        "vi",
        "idealfreezer",
        "Tủ đông gió cấp đông nhanh -30 đến -40 °C",
        "Cung cấp tủ đông nhanh (blast freezer) vận hành ở -30 đến -40 °C với luồng gió 12–15 m/s, đưa sản phẩm từ "
        "nhiệt độ phòng xuống -18 °C trong tối đa khoảng 4 giờ. Phù hợp cơ sở vừa và nhỏ cấp đông múi trái cây, "
        "rau củ đóng túi trước khi chuyển vào kho trữ đông; kèm hướng dẫn phân biệt làm lạnh nhanh (0–3 °C) và "
        "cấp đông.",
    ),
    (
        "rCo007",
        "vi",
        "hamdong",
        "Thi công hầm đông gió (kho cấp đông) -20 đến -45 °C",
        "Nhận thi công hầm đông gió bằng panel PU, inox, dàn lạnh và quạt đối lưu cưỡng bức, nhiệt độ -20 đến "
        "-35 °C, có thể xuống -45 °C. Thời gian cấp đông tham khảo: hàng rời 3–5 giờ, hàng khối (block) 7–9 giờ. "
        "Dùng cho khay, xe đẩy chứa trái cây, rau củ, thủy sản của cơ sở chế biến.",
    ),
    (
        "rCo008",
        "en",
        "foodtech_tunnel",
        "Energy benchmarking of mechanized tunnel freezers",
        "Engineering service that audits continuous air-blast tunnel freezers for frozen fruit and vegetable "
        "plants, where product moves on a conveyor or wheeled pallets through a chilled chamber. Energy use is "
        "benchmarked against the typical range of 250 to 1,700 Btu per pound of product for electric or gas-driven "
        "refrigeration, and savings measures are proposed.",
    ),
    (
        "rCo009",
        "en",
        "pfic",
        "Training course: principles of individual quick freezing for fruit",
        "Short course for processors explaining why slow freezing grows large ice crystals that tear fruit cells "
        "(the drip and mushy texture after thawing) while quick freezing forms tiny crystals and keeps vitamins, "
        "colour and structure, and why pieces must not touch during IQF. Also covers mould and yeast exposure "
        "during slow freezing and why thawed IQF fruit must not be refrozen.",
    ),
    (
        "rCo010",
        "vi",
        "hvnn_dua",
        "Chuyển giao quy trình sản xuất dứa lạnh đông IQF",
        "Khoa Công nghệ thực phẩm (Học viện Nông nghiệp Việt Nam) chuyển giao quy trình chế biến dứa lạnh đông "
        "IQF: tiếp nhận, gọt vỏ, đột lõi, cắt miếng, xử lý, cấp đông rời và bao gói cho các thị trường EU, Nhật. "
        "Kèm tài liệu thuyết minh quy trình và các điểm kiểm soát chất lượng.",
    ),
    (
        "rCo011",
        "en",
        "gelgoog_fruit",
        "Turnkey frozen fruit processing line from sorting to packing",
        "Machinery maker supplying complete frozen-fruit lines: sorting and cleaning, optional pre-freezing "
        "treatment such as blanching, IQF freezing of each piece, and packing in bags or containers that protect "
        "against freezer burn, with resealable or vacuum options. Layout, commissioning and operator training "
        "included.",
    ),
    (
        "rCo012",
        "vi",
        "sesan",
        "Tư vấn quy trình sản xuất trái cây đông lạnh khép kín cho xuất khẩu",
        "Doanh nghiệp nông nghiệp tư vấn xây dựng quy trình trái cây đông lạnh từ khâu chọn nguyên liệu đúng độ "
        "chín, không dập, thu mua và vận chuyển nhanh về nhà máy, đến sơ chế, làm lạnh nhanh ức chế vi sinh vật và "
        "enzyme, đóng gói trong điều kiện vệ sinh nghiêm ngặt, không dùng chất bảo quản; có quy trình riêng cho "
        "từng loại trái phổ biến.",
    ),
    (
        "rCo013",
        "en",
        "ln2_book",
        "Liquid nitrogen consumption sizing for cryogenic freezing",
        "Consulting calculation of liquid nitrogen use per kilogram of product before investing in cryogenic "
        "freezing: initial and final product temperature, specific heat and moisture, freezing point, run length, "
        "production rate, steady heat gain and exhaust-gas temperature. Uses the reference that one pound of "
        "liquid nitrogen absorbs about 176 Btu warming to 4 °C, enough to freeze one to two pounds of food.",
    ),
    (
        "rCo014",
        "en",
        "rembal",
        "Wholesale supply of IQF frozen fruits and vegetables",
        "Trading company selling ready-made IQF fruit and vegetable products, each piece frozen separately on a "
        "conveyor blast chiller so the goods do not form blocks and are easy to portion. Offers catalogue products "
        "by the carton for retailers and caterers.",
    ),
    (
        "rCo015",
        "en",
        "techforcooking",
        "Spiral freezers for continuous large-scale freezing",
        "Supplier of helix-conveyor spiral freezers: products descend gently along the belt through a chamber "
        "where powerful fans circulate evenly cold air. Belt speed is adjustable so residence time matches each "
        "product, giving uniform quick freezing for large production volumes of fruit, vegetables and prepared "
        "foods.",
    ),
    (
        "rCo016",
        "vi",
        "goodwind",
        "Hầm cấp đông dạng tunnel có tiền làm lạnh và cảm biến giám sát",
        "Nhà thầu cơ điện lạnh cung cấp tunnel cấp đông: sản phẩm được làm lạnh sơ bộ trước khi vào hầm, gió "
        "âm sâu tuần hoàn mạnh để truyền nhiệt đều, tránh tinh thể băng lớn; cảm biến theo dõi nhiệt độ gió, áp "
        "suất và nhiệt độ sản phẩm suốt quá trình. Thiết kế tiết kiệm năng lượng và diện tích cho sản lượng lớn.",
    ),
    (
        "rCo017",
        "en",
        "hvnn_dua",
        "Pineapple IQF process package for export markets",
        "University food-technology team offering a documented IQF pineapple process (receiving, peeling, coring, "
        "cutting, treatment, individual freezing, packing) together with its quality control points, for plants "
        "targeting EU, Korean, US and Japanese buyers.",
    ),
    # --- blanching and pre-treatment ---
    (
        "rCo018",
        "en",
        "collegedunia",
        "Blanching process design with enzyme-inactivation testing",
        "Food-engineering service that sets up hot-water or steam blanching of 1 to 10 minutes followed by rapid "
        "cooling, and verifies that peroxidase, catalase, polyphenol oxidase and lipoxygenase are inactivated so "
        "frozen vegetables keep colour, flavour and vitamins. Also accounts for wilting, air removal and reduction "
        "of surface microbes.",
    ),
    (
        "rCo019",
        "vi",
        "chan_thanhtrung",
        "Thiết bị chần nước nóng và hơi nước có làm nguội nhanh",
        "Chế tạo thiết bị chần cho rau trái theo ba giai đoạn: gia nhiệt nguyên liệu đến nhiệt độ chần, giữ đúng "
        "thời gian, rồi làm nguội nhanh hoặc chuyển ngay sang công đoạn sau. Mục đích đình chỉ enzyme peroxidase, "
        "polyphenoloxidase gây thâm đen, giữ màu nguyên liệu trước cấp đông.",
    ),
    (
        "rCo020",
        "en",
        "answers_blanch",
        "Blanching time calibration by vegetable and piece size",
        "Extension specialist service that sets blanching times per vegetable and cut size. Under-blanching "
        "stimulates enzymes and is worse than no blanching, causing off-colours, off-flavours and toughening in "
        "frozen storage; over-blanching loses flavour, colour, vitamins and minerals. Includes trial runs and "
        "quality checks after storage.",
    ),
    (
        "rCo021",
        "vi",
        "amuasam",
        "Tập huấn chần rau củ trước khi cấp đông cho tổ hợp tác",
        "Khóa tập huấn thực hành cho nông hộ và tổ hợp tác: vì sao cà rốt, bông cải không thể cho thẳng vào túi "
        "cấp đông, cách chần nhanh trong nước sôi hoặc hơi nước rồi ngâm ngay vào bồn nước đá để dừng quá trình "
        "nấu, nhằm chặn enzyme làm rau 'già' đi, giữ hương vị, màu sắc, kết cấu và dinh dưỡng.",
    ),
    (
        "rCo022",
        "en",
        "industrialcorner",
        "Ascorbic acid anti-browning treatment for fruit before freezing",
        "Food technologist advising fruit freezers on controlling enzymatic browning and vitamin C loss without "
        "blanching: ascorbic acid dips (pure or commercial blends) as the main treatment, with citric acid, lemon "
        "juice or sugar syrup only as weaker temporary measures. Dose setting and trial batches included.",
    ),
    (
        "rCo023",
        "vi",
        "ilt_strawberry",
        "Xử lý acid citric và canxi lactat trước cấp đông để giảm chảy dịch",
        "Kết quả nghiên cứu sẵn sàng chuyển giao: nhúng quả trong dung dịch acid citric 0,4% phối hợp canxi "
        "lactat trước cấp đông giúp giảm chảy dịch khi rã đông, tăng độ chắc 34–69% so với mẫu không xử lý, giảm "
        "chỉ số hóa nâu và giữ màu, vitamin C tốt hơn.",
    ),
    (
        "rCo024",
        "en",
        "ilt_blanch",
        "Advisory: which vegetables to blanch and which to freeze raw",
        "Technical note and consultation for vegetable freezers: most vegetables need blanching to stop "
        "off-flavour and off-colour enzymes, but onions, leeks and peppers are exceptions because they lose flavour "
        "and colour when blanched. Explains how blanching drives trapped air out of florets and favours uniform "
        "ice crystal growth.",
    ),
    (
        "rCo025",
        "vi",
        "qua_donglanh",
        "Tư vấn phụ gia, ozone và xử lý rửa cho rau quả đông lạnh",
        "Nhóm giảng viên công nghệ thực phẩm tư vấn việc dùng chất chống oxy hóa, khí CO2, ozone, khí SO2 và hợp "
        "chất halogen trong sản xuất, bảo quản rau quả đông lạnh; kèm lựa chọn máy rửa và máy phân loại trục lăn "
        "cho dây chuyền nhãn, vải đông lạnh.",
    ),
    (
        "rCo026",
        "en",
        "okra",
        "Frozen okra line: washing, 1–2 minute blanch, ice-water cooling, tunnel freezing",
        "Equipment and process package for factory okra freezing: manual or automatic pre-screening, tank or spray "
        "washing with food-grade detergent, vibrating-screen or centrifuge dewatering, blanching 1 to 2 minutes, "
        "ice-water cooling, uniform cutting and quick freezing on a tunnel conveyor below -18 °C.",
    ),
    (
        "rCo027",
        "vi",
        "corn_make",
        "Dây chuyền bắp hạt đông lạnh: tách hạt, chần, làm nguội, tách nước rung, IQF",
        "Cung cấp trọn dây chuyền bắp ngọt đông lạnh theo trình tự: bóc vỏ, tách hạt, rửa, nhặt tạp, chần giữ màu, "
        "làm nguội bằng gió, tách nước bằng sàng rung, băng tải nâng và cấp đông nhanh IQF, rồi đóng gói. Giúp giữ "
        "vị ngọt, độ giòn, giảm hao hụt dinh dưỡng.",
    ),
    (
        "rCo028",
        "en",
        "nexus",
        "Produce sanitizer wash for virus reduction on frozen fruit",
        "Food-safety consultancy installing wash steps with fruit and vegetable sanitizers based on peroxyacetic "
        "acid or hydrogen peroxide, which research suggests reduce norovirus and hepatitis A on berries and other "
        "hand-picked fruit. Includes concentration monitoring and pre-wash labelling advice.",
    ),
    (
        "rCo029",
        "en",
        "affi",
        "Enteric virus prevention programme for frozen fruit processors",
        "Industry association resources and training on keeping norovirus and hepatitis A out of frozen fruit: "
        "pre-harvest measures on the farm, harvest-time handwashing and tool hygiene, and post-harvest personnel "
        "management, clean-up, disinfection, water management and waste disposal under good manufacturing "
        "practice.",
    ),
    (
        "rCo030",
        "en",
        "torreggiani",
        "Research partnership on pre-treatments and cultivar choice for frozen fruit",
        "Research institute offering studies on which fruit cultivars freeze well (agronomic, technological, sensory "
        "and nutritional factors) and on pre-treatments such as blanching, partial dehydration and formulation, "
        "measuring their effect on texture, pigments, colour, nutrients and aroma, plus safety of raw material, "
        "pre-freezing handling and the freezing step.",
    ),
    (
        "rCo031",
        "vi",
        "springer_chaves",
        "Tiền xử lý siro đường và đông lạnh kết hợp tách nước (dehydrofreezing)",
        "Nhóm nghiên cứu chuyển giao các kỹ thuật chuẩn bị trước cấp đông cho trái cây: ngâm siro đường, tách bớt "
        "nước trước khi đông (dehydrofreezing), lựa chọn bao bì và phương pháp cấp đông công nghiệp, đánh giá ảnh "
        "hưởng tốc độ đông đến chất lượng và thời hạn bảo quản quả đông lạnh.",
    ),
    (
        "rCo032",
        "en",
        "extension_blanch",
        "Extension guidance on blanching and ice-water cooling",
        "Cooperative extension materials for growers freezing vegetables: brief water or steam blanching inactivates "
        "enzymes that stay active even at very low temperatures, kills surface microorganisms and shrinks the "
        "product for storage; the vegetable is then plunged in ice water for the same time as the blanch. Follows "
        "recommended times for each vegetable.",
    ),
    (
        "rCo033",
        "vi",
        "foodanswer",
        "Tư vấn kiểm soát enzyme cho rau ít acid trước khi cấp đông",
        "Chuyên gia tư vấn vì sao rau ít acid cần chần nhanh: enzyme vẫn tiếp tục làm chín, làm hỏng rau ngay cả "
        "khi đã đông lạnh, chỉ chậm lại; chần nước nóng ngắn để bất hoạt enzyme, khóa màu, kết cấu và dinh dưỡng "
        "trong thời gian trữ đông dài.",
    ),
    # --- durian ---
    (
        "rCo034",
        "en",
        "fama_durian",
        "SOP for frozen whole durian: sanitation, cryogenic freezing, cold chain and thawing",
        "Agricultural marketing authority's research team offering its validated procedure for exporting frozen "
        "whole durian: sodium hypochlorite disinfection against quarantine pests, cryogenic freezing between -80 "
        "and -110 °C, handling in a -18 °C cold chain to retail, and a tested thawing method for best eating "
        "quality. Developed through simulation and export trials after China approved frozen whole durian in 2018.",
    ),
    (
        "rCo035",
        "vi",
        "phg",
        "Cấp đông sầu riêng: múi và paste bằng tủ đông gió, nguyên trái bằng nitơ",
        "Doanh nghiệp chế biến chia sẻ công nghệ hai cách cấp đông: múi và paste (qua máy tách hạt, hút chân "
        "không) cấp đông trong tủ gió -30 °C; trái nguyên vỏ làm sạch, kiểm tra, xếp lồng thép đưa vào buồng nitơ "
        "xuống tới -120 °C, mỗi buồng đông hai lồng trong một giờ, sau đó hút chân không, đóng thùng xuất khẩu.",
    ),
    (
        "rCo036",
        "en",
        "itfnet_paste",
        "Vacuum-packed frozen durian paste for ice-cream and bakery makers",
        "Processing centre model for surplus durian: pulp separated from seeds and made into paste, vacuum-packed "
        "in 2 kg packs and frozen, sold to ice-cream factories and for cakes, crepes and pancakes; premium varieties "
        "packed with seeds to keep their identity. Frozen pulp keeps far longer than fresh whole fruit.",
    ),
    (
        "rCo037",
        "vi",
        "itfnet_durian",
        "Múi sầu riêng cấp đông IQF hoặc tiếp xúc, bảo quản một năm",
        "Mạng lưới trái cây nhiệt đới giới thiệu công nghệ cấp đông sầu riêng đã bóc vỏ: múi bỏ hạt đông bằng "
        "IQF hoặc đông tiếp xúc, giữ được khoảng một năm, ít tốn diện tích và năng lượng hơn đông cả trái. Kèm "
        "bốn kiểu bao bì cho múi đông lạnh, trong đó có khay xốp bọc màng.",
    ),
    (
        "rCo038",
        "en",
        "mbiz",
        "Frozen durian processing know-how: pitted pulp, whole pulp and by-product use",
        "Consultancy drawing on Thai export practice: Monthong pulp is pitted and frozen, Chanee frozen whole or "
        "as unpitted pulp; the edible pulp is only about 30% of the fruit, so seeds are fried as snacks and dried "
        "husk used as fuel or fertiliser. Advises on harvest maturity (80–90%) and on absorbing harvest gluts "
        "through frozen durian.",
    ),
    (
        "rCo039",
        "vi",
        "vjs_durian",
        "Cấp đông sâu sầu riêng nguyên trái bằng nitơ lỏng",
        "Doanh nghiệp ở Lâm Đồng chia sẻ kỹ thuật cấp đông sầu riêng nguyên trái cho thị trường Mỹ, châu Âu: trái "
        "đủ chín, xịt khí nén áp lực cao sạch rệp sáp, cấp đông thường mất 6 giờ để đạt -50 °C, còn cấp đông sâu "
        "bằng nitơ lỏng chỉ 2 giờ; làm sai kỹ thuật trái bị 'cháy lạnh' khi rã đông.",
    ),
    (
        "rCo040",
        "en",
        "logger_durian",
        "Temperature data loggers for frozen durian shipments",
        "Logger supplier offering monitoring for frozen durian: pulp is flash frozen below -30 °C for about 30 "
        "minutes and whole fruit at -80 to -110 °C for at least one hour, and the devices record that the chain is "
        "held through storage and transport so thawed fruit keeps texture and flavour.",
    ),
    (
        "rCo041",
        "vi",
        "icemachine_durian",
        "Quy trình cấp đông múi sầu riêng cho cơ sở chế biến",
        "Công ty thiết bị lạnh hướng dẫn quy trình sầu riêng cấp đông dạng miếng: bóc vỏ, tách hạt, làm sạch, "
        "đưa qua máy cắt thành miếng vừa ăn rồi chuyển vào buồng cấp đông sâu; đồng thời tư vấn cấp đông nguyên "
        "trái, giúp nông dân giữ giá trị sầu riêng sau mỗi vụ.",
    ),
    (
        "rCo042",
        "vi",
        "sr_thuonghieu",
        "Tư vấn xuất khẩu chính ngạch sầu riêng đông lạnh sang Trung Quốc",
        "Dịch vụ tư vấn hồ sơ theo Nghị định thư song phương ký tháng 8/2024: chuẩn bị lô hàng đạt yêu cầu kiểm "
        "tra tại cửa khẩu như lô 22 tấn đầu tiên thông quan qua cầu Bắc Luân II. Bối cảnh: quý I/2025 xuất khẩu "
        "sầu riêng đông lạnh đạt 8.710 tấn, trên 31 triệu USD, bảo quản được tới một năm.",
    ),
    (
        "rCo043",
        "en",
        "sr_danviet",
        "Toll freezing of durian arils from off-grade fruit",
        "Export processor in Đồng Nai with a 300-tonne cold store freezing about 30 tonnes of durian a day by "
        "conventional and nitrogen freezing, offering contract freezing of arils from off-grade but physiologically "
        "mature fruit for buyers making ice cream, cakes and drinks; last year 100 containers (2,700 tonnes).",
    ),
    (
        "rCo044",
        "vi",
        "sr_mp",
        "Nghiên cứu bảo quản múi sầu riêng chế biến tối thiểu",
        "Đề tài đánh giá các mô hình bảo quản múi sầu riêng tách vỏ ở nhiệt độ lạnh (không cấp đông): theo dõi "
        "hao hụt khối lượng, hàm lượng nước, chất rắn hòa tan, acid, pH, màu và polyphenol; so sánh giống RI6, "
        "Monthong, Chuồng bò, Cái Mơn.",
    ),
    (
        "rCo045",
        "en",
        "asianews_durian",
        "Frozen whole durian export by air freight from GAP orchards",
        "Processor of deep-frozen whole durian offering an export model: premium fruit of 1.5 to 3.5 kg from "
        "certified good-agricultural-practice orchards, import approval, ministry inspections and export permits, "
        "then air freight so buyers receive the fruit fast; smallholders supply grade-A fruit.",
    ),
    (
        "rCo046",
        "vi",
        "sr_kimnong",
        "Truy xuất nguồn gốc và mã số vùng trồng cho sầu riêng đông lạnh",
        "Dịch vụ hỗ trợ kiểm soát chất lượng, truy xuất nguồn gốc và đáp ứng yêu cầu kỹ thuật khắt khe của thị "
        "trường Trung Quốc cho sầu riêng đông lạnh, trong bối cảnh diện tích tăng từ 32.000 ha (2015) lên gần "
        "180.000 ha (2024) và sản lượng vượt 1,5 triệu tấn.",
    ),
    (
        "rCo047",
        "en",
        "sr_baoloc",
        "Deep freezing of whole durian for US and European buyers",
        "Durian packhouse offering whole-fruit deep freezing and cold storage for markets that only accept whole "
        "fruit frozen to specification (USA, Europe), while arils are supplied frozen to Taiwan and Korea; about 30 "
        "tonnes of frozen whole durian held in its cold store ready for US export.",
    ),
    # --- mango ---
    (
        "rCo048",
        "en",
        "mango_gelgoog",
        "Frozen mango chunk line: optical sorting, washing, peeling, dicing",
        "Equipment package for frozen mango chunks: optical sorters grade fruit by size and colour, high-pressure "
        "water jets with food-grade sanitiser wash it, automatic peelers remove the skin, the flat stone is cut "
        "away completely, and dicers cut uniform 1–2 cm cubes that freeze evenly in an IQF freezer.",
    ),
    (
        "rCo049",
        "vi",
        "octofrost",
        "Tư vấn kỹ thuật IQF xoài: độ chín, độ Brix, tiền làm lạnh, tách nước",
        "Chuyên gia hãng thiết bị IQF hỗ trợ nhà máy xoài theo 6 tiêu chí: kiểm soát độ chín, độ Brix (chuẩn "
        "quốc tế 11–14, xoài châu Á có thể tới 22 nên khó cấp đông hơn), thiết bị cắt hạt lựu phù hợp, làm lạnh sơ "
        "bộ trước cấp đông, tách nước tốt và cấp liệu đều trên băng tải vào.",
    ),
    (
        "rCo050",
        "en",
        "afe_mango",
        "Hand-cutting protocol to stop 'corals' in IQF mango",
        "Process consultant for mango freezers: pick fruit with few brown spots, even yellow flesh and firm touch; "
        "ripen slowly; hand peel and cut with very sharp knives rather than dicers that leave ragged edges; sort "
        "out small pieces that stick to cubes and soft flesh near the stone, which form corals and lumps during "
        "freezing.",
    ),
    (
        "rCo051",
        "vi",
        "frutosa",
        "Bộ đặc tả kỹ thuật xoài IQF xuất khẩu",
        "Cung cấp mẫu đặc tả xoài IQF: không tạp chất, cụm dính tối đa 10%, miếng không đều tối đa 15%, sót vỏ và "
        "đổi màu tối đa 2%, kích cỡ 20x20 mm hoặc 25x25 mm; Brix 12–20; tổng vi khuẩn dưới 50.000 CFU/g, không có "
        "E. coli, Salmonella, Listeria trong 25 g; qua dò kim loại, túi PE xanh trong thùng 10 kg, bảo quản -18 °C, "
        "hạn 18 tháng.",
    ),
    (
        "rCo052",
        "en",
        "mango_cryo",
        "Cryogenic liquid-nitrogen tunnel for frozen mango slices",
        "Processor's technology offer for frozen mango slices that stay firm after thawing: washing, pulp "
        "separation and slicing, then freezing in a liquid-nitrogen tunnel without contact with the atmosphere in "
        "10 to 12 minutes; one line produces more than 7,000 kg of frozen slices a day.",
    ),
    (
        "rCo053",
        "vi",
        "tridge_mango_vn",
        "Phân tích chuỗi giá trị và thị trường xoài IQF Việt Nam",
        "Nền tảng dữ liệu nông sản cung cấp báo cáo về xoài cắt khối IQF của Việt Nam: nhà chế biến hướng xuất "
        "khẩu, kênh tiêu thụ trong nước (sinh tố, sữa, bánh), chuỗi giá trị từ vườn đến container lạnh, yêu cầu vi "
        "sinh và dư lượng thuốc của nhà nhập khẩu, quy cách túi lót trong thùng carton.",
    ),
    (
        "rCo054",
        "en",
        "tridge_mango_supplier",
        "Pre-chill receiving store at 3 °C for mango before processing",
        "Supplier process offered as a model: each mango load is sampled on arrival for foreign material and "
        "defects, held in a chill store at 3 °C, then washed, peeled, cored, inspected, diced and frozen to -18 °C "
        "or below.",
    ),
    (
        "rCo055",
        "vi",
        "flavora",
        "Quy trình xoài đông lạnh: gọt, bỏ hạt, cắt, chần tùy chọn, cấp đông",
        "Hướng dẫn kỹ thuật sản xuất xoài đông lạnh: thu hoạch đúng độ chín, làm sạch, gọt vỏ, bỏ hạt, cắt miếng, "
        "lát hoặc làm puree; có thể chần nhanh để giữ màu, kết cấu; cấp đông bằng tủ gió hoặc IQF; đóng gói kín "
        "chống cháy lạnh, bảo quản dưới 0 °C.",
    ),
    (
        "rCo056",
        "en",
        "tridge_mango_us",
        "US import compliance for IQF mango chunks",
        "Market-access advisory for exporters of IQF mango to the United States: FDA import controls including the "
        "FSMA Foreign Supplier Verification Program, buyer specifications on chunk size, colour, foreign matter and "
        "microbiology, retail bags versus bulk poly-lined cartons, and clear lot coding for traceability and recall.",
    ),
    # --- jackfruit ---
    (
        "rCo057",
        "en",
        "yumpu_jack",
        "Jackfruit bulb extraction: controlled ripening and latex handling",
        "Extension manual-based training: ripen mature jackfruit at 24–27 °C (3 to 4 days), or expose it to 50 ppm "
        "ethylene for 24 hours at 25 °C for uniform ripening; cut lengthwise, coat hands, knives and surfaces with "
        "vegetable oil against latex, carve out the core, scoop and sort bulbs by size, maturity and colour, and "
        "pack fruitlets for storage.",
    ),
    (
        "rCo058",
        "vi",
        "gubba",
        "Cấp đông múi mít chín ở -40 °C, bảo quản tới 2 năm",
        "Mô hình khởi nghiệp chia sẻ cách làm mít múi đông lạnh: chọn giống mít dai thịt chắc, tách múi xong phải "
        "đóng gói và cấp đông ngay, tránh nhựa tiết ra đóng tinh thể quanh múi; cấp đông thường giữ 3 tháng, cấp "
        "đông nhanh -40 °C giữ được 2 năm; vận chuyển bằng thùng xốp với đá gel thực phẩm.",
    ),
    (
        "rCo059",
        "en",
        "vdoc_jack",
        "Frozen jackfruit pulp and chilled bulbs: storage protocols",
        "Processing guide offered to cooperatives: de-seeded bulbs keep about 3 weeks at 2 °C in heat-sealed "
        "polythene bags, while crushed pulp packed in heat-sealed bags keeps more than a year at -20 to -22 °C; "
        "includes bulb and pulp preparation steps.",
    ),
    (
        "rCo060",
        "vi",
        "mit_mp",
        "Bảo quản mít chế biến tối thiểu bằng nhiệt độ và khí quyển",
        "Kết quả khóa luận tại Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch: ảnh hưởng của nhiệt độ và "
        "thành phần khí quyển bảo quản đến biến đổi chất lượng múi mít tách sẵn đóng khay (bảo quản lạnh, không "
        "cấp đông).",
    ),
    (
        "rCo061",
        "en",
        "tridge_jack",
        "Market intelligence on frozen jackfruit bulbs and HS 0811",
        "Data platform report on frozen jackfruit bulbs (arils): producing countries led by India and Bangladesh, "
        "trade recorded under HS heading 0811 frozen fruit (usually the 'other' subheading, so statistics are thin), "
        "and the role of cold-chain reliability and food-safety controls in export value addition.",
    ),
    (
        "rCo062",
        "vi",
        "kau_jack",
        "Quy trình đóng hộp mít non sẵn sàng nấu",
        "Trường đại học nông nghiệp chuyển giao quy trình đóng hộp mít non: chần 1 phút ở 100 °C, thanh trùng 90 "
        "°C (giá trị F 10), bảo quản 2 năm ở nhiệt độ lạnh hoặc thường khi tiệt trùng; sản phẩm dùng nấu như rau.",
    ),
    (
        "rCo063",
        "en",
        "siam_jack",
        "Frozen peeled jackfruit for retail buyers",
        "Trading company selling frozen peeled jackfruit bulbs to shops and restaurants, with usage ideas (salads, "
        "curries, jam, ice cream) and two harvest rounds a year.",
    ),
    (
        "rCo064",
        "vi",
        "dhirubhai_jack",
        "Chế biến mít quy mô hộ gia đình thành sản phẩm giá trị gia tăng",
        "Chuyên gia sau thu hoạch hướng dẫn chế biến mít ở quy mô nông hộ thành chips, mứt, nước giải khát, bột hạt "
        "mít; nêu giá trị dinh dưỡng của mít (kali 303 mg/100 g, 94 kcal).",
    ),
    # --- dragon fruit ---
    (
        "rCo065",
        "en",
        "tridge_dragon_blog1",
        "Capacity planning for IQF and puree dragon fruit",
        "Sourcing analytics service for frozen pitaya: even when fruit is plentiful, peeling and cutting labour and "
        "freezer throughput limit what can be exported; freezing preserves but does not sterilise, so viruses can "
        "persist; cold chain held at -18 °C or colder to avoid clumping, drip loss and colour loss.",
    ),
    (
        "rCo066",
        "vi",
        "tridge_dragon_red",
        "Thanh long ruột đỏ IQF và puree: yêu cầu màu, kích cỡ cắt, chuỗi lạnh",
        "Báo cáo thị trường thanh long ruột đỏ đông lạnh: dạng miếng IQF và puree cho sinh tố, tráng miệng; người "
        "mua ở Mỹ, EU (qua Hà Lan), Nhật chú trọng độ đồng đều màu, kích cỡ cắt, an toàn thực phẩm; sai nhiệt độ, "
        "rã đông tái đông làm oxy hóa, hỏng kết cấu và phát sinh khiếu nại.",
    ),
    (
        "rCo067",
        "en",
        "tridge_dragon_blog2",
        "Specification and cold-chain contract levers for frozen pitaya",
        "Procurement advisory on frozen dragon fruit: Vietnam supplies year-round with a natural peak around May to "
        "October and costlier off-season fruit from light-induced flowering; specs must be written and tested; "
        "-18 °C reference temperature with transit deviation kept within about 3 °C; landed cost counts thaw loss, "
        "defect sorting and clumping claims.",
    ),
    (
        "rCo068",
        "vi",
        "tridge_dragon_white",
        "Thanh long ruột trắng IQF cho ngành sinh tố và đồ uống",
        "Báo cáo thị trường thanh long ruột trắng đông lạnh dạng miếng IQF hoặc puree: Việt Nam và Thái Lan là "
        "nguồn cung chính, cầu tập trung ở Bắc Mỹ, châu Âu, Đông Bắc Á; thống kê thương mại thường gộp vào nhóm "
        "trái cây nhiệt đới; nhà nhập khẩu kiểm tra an toàn thực phẩm và chuỗi lạnh.",
    ),
    (
        "rCo069",
        "en",
        "healwithfood",
        "Small-batch freezing of dragon fruit for smoothies",
        "Practical method for small producers: peel, slice or cube dragon fruit, freeze pieces separately on lined "
        "trays, then transfer to freezer-safe bags or containers with labels; suited to smoothies and frozen "
        "desserts, since thawed dragon fruit turns mushy if eaten as is.",
    ),
    (
        "rCo070",
        "vi",
        "raredragon",
        "Cấp đông thanh long cắt lát trên khay cho cơ sở nhỏ",
        "Hướng dẫn cho hộ kinh doanh: chọn trái chín, màu đẹp, rửa, để ráo, bổ đôi lấy thịt, cắt lát hoặc khối, "
        "xếp một lớp trên khay lót giấy không chạm nhau, cấp đông 1–2 giờ rồi chuyển vào hộp, túi kín ghi ngày; "
        "bảo quản được khoảng 6 tháng.",
    ),
    # --- herbs, roots and vegetables ---
    (
        "rCo071",
        "en",
        "herbafrost",
        "Frozen herb processing: harvest to freezer within three hours",
        "Frozen-herb producer sharing its model of about 7,000 tonnes a year: growing fields beside the plants so "
        "herbs reach the freezer at most 3 hours after harvest, washed, cut and destemmed, sold ready to use all "
        "year; herb mixes and organic lines; regular chemical and organic testing.",
    ),
    (
        "rCo072",
        "vi",
        "icyherbs",
        "Cấp đông cực nhanh rau gia vị giữ màu, không thâm nhũn",
        "Kỹ sư nông nghiệp chia sẻ công nghệ snap freezing cho rau gia vị xuất khẩu: hạ nhiệt cực nhanh để nước "
        "không kịp kết tinh lớn, màng tế bào không bị đâm thủng nên lá không nhũn, không thâm đen do enzyme sau rã "
        "đông; áp dụng cho húng quế, thì là trồng tưới pivot.",
    ),
    (
        "rCo073",
        "en",
        "gardenerdy",
        "Blanching basil and soft herbs before freezing",
        "Guidance for herb growers: choose fresh healthy leaves, wash and dry, freeze spread on trays then pack in "
        "airtight bags; for basil, which turns black when frozen directly, dip briefly in boiling water then iced "
        "water before freezing; suited to cilantro, lemongrass, mint and other soft herbs.",
    ),
    (
        "rCo074",
        "vi",
        "gardeningdata",
        "Chần bó rau thơm để kéo dài thời gian trữ đông",
        "Hướng dẫn kỹ thuật: rau thơm lá mềm rửa, thấm khô, cấp đông nguyên lá giữ khoảng 2 tháng; nếu buộc bó, "
        "nhúng nhanh nước sôi rồi nước lạnh, cho vào túi hoặc hộp kín thì giữ được 6 tháng.",
    ),
    (
        "rCo075",
        "en",
        "messer_herbs",
        "Cryogenic gas cooling and freezing of herbs and spices",
        "Industrial gas company supplying nitrogen and CO2 systems to cool herbs for near-term use or freeze them "
        "for longer storage, slowing microbial processes or stopping them entirely.",
    ),
    (
        "rCo076",
        "vi",
        "gardnfresh",
        "Rau thơm đông lạnh cắt nhuyễn đóng lọ rắc cho siêu thị",
        "Mô hình sản phẩm rau thơm đông lạnh (húng quế, ngò, hẹ, mùi tây) cắt rất nhuyễn, đóng lọ rắc 2 ounce, tan "
        "ngay khi gặp món ăn, không phụ gia, giữ được 2 năm trong ngăn đông; bày cạnh rau đông lạnh, kèm kệ trưng "
        "bày cửa tủ.",
    ),
    (
        "rCo077",
        "en",
        "ctcri",
        "Frozen cassava pieces for export at -18 °C",
        "Root crops institute guidance on frozen cassava for ethnic markets: tubers peeled, cut into small pieces "
        "and frozen at -18 °C in ship containers; compared with raw tubers packed in sawdust cartons.",
    ),
    (
        "rCo078",
        "vi",
        "vinleaf",
        "Quy trình khoai mì đông lạnh và lá khoai mì đông lạnh xuất khẩu",
        "Doanh nghiệp xuất khẩu chia sẻ quy trình: thu hoạch 8–11 tháng sau trồng, chuyển ngay về nhà máy tránh "
        "nắng, rửa bằng máy tự động, gọt vỏ, rửa nhiều lần, cắt khúc, lát hoặc hạt lựu theo yêu cầu, cấp đông; lá "
        "khoai mì non cũng được cấp đông làm rau.",
    ),
    (
        "rCo079",
        "en",
        "codex_veg",
        "Codex CXS 320-2015 compliance review for quick frozen vegetables",
        "Quality consultancy auditing frozen vegetable products against the Codex standard for quick frozen "
        "vegetables: sound raw material at proper maturity, washing, peeling, grading, cutting and blanching as "
        "needed, a quick freezing process, and -18 °C or colder at all points of the cold chain within permitted "
        "tolerances, plus the annex requirements.",
    ),
    (
        "rCo080",
        "vi",
        "memart_rau",
        "Hướng dẫn sơ chế, đóng gói và thời hạn trữ đông rau củ",
        "Tài liệu tập huấn về rau củ đông lạnh: nguyên lý ức chế vi sinh và enzyme, cấp đông nhanh tạo tinh thể "
        "nhỏ, cách chọn và sơ chế, đóng gói, thời gian bảo quản khuyến nghị cho từng loại, loại nên và không nên "
        "cấp đông, điều kiện trong kho lạnh.",
    ),
    (
        "rCo081",
        "en",
        "corn_factory",
        "IQF sweet corn processing line",
        "Machinery supplier's sweet corn line: husking, threshing the kernels, washing, blanching in hot water to "
        "stop enzymes and keep colour, plunging into ice water to stop cooking, then a quick-freezing machine for "
        "the separated kernels before packing.",
    ),
    (
        "rCo082",
        "vi",
        "corn_britannica",
        "Kỹ thuật cấp đông bắp nguyên trái",
        "Tư vấn kỹ thuật cấp đông bắp ngọt: chất lượng giảm rất nhanh sau thu hoạch nên phải chế biến trong vài "
        "giờ; bắp nguyên trái khó cấp đông nhất, trái đã bóc vỏ, bỏ râu được rửa kỹ, chần bằng hơi 6–11 phút rồi "
        "làm nguội ngay.",
    ),
    (
        "rCo083",
        "en",
        "th4_sweetpotato",
        "Frozen sweet potato products for agro-processors",
        "Research group supporting sweet potato processors in diversifying from roughly 2,000–3,000 tonnes of frozen "
        "vegetables into frozen French fries, dried flour, flakes and chips, canned baby foods and bakery "
        "ingredients, to cut post-harvest losses of biofortified varieties.",
    ),
    (
        "rCo084",
        "vi",
        "corn_method",
        "Quy trình bắp hạt đông lạnh: cắt hạt, phân loại, IQF hoặc đông khối",
        "Hướng dẫn chế biến bắp đông lạnh: bóc vỏ, rửa, chần nước sôi hoặc hơi, làm nguội bằng nước lạnh hoặc gió, "
        "cắt hạt khỏi lõi, phân loại bỏ hạt hư, rồi cấp đông IQF từng hạt hoặc đông khối.",
    ),
    (
        "rCo085",
        "en",
        "localcircles",
        "Product standards for frozen beans, cauliflower and spinach",
        "Standards briefing for frozen vegetable makers: raw material requirements for frozen beans, cauliflower, "
        "peas and spinach, permitted sugars, salt and spices, colour and flavour requirements, style labels (whole, "
        "cut, sliced, florets, leaf, chopped, pureed) and storage at -18 °C or below.",
    ),
    # --- cold rooms and storage ---
    (
        "rCo086",
        "vi",
        "kholanh_ht",
        "Thiết kế, thi công kho lạnh công nghiệp (kho mát EPS, kho đông PU)",
        "Công ty cơ điện lạnh nhận xây dựng kho lạnh công nghiệp bảo quản nông sản, thực phẩm: kho nhiệt độ dương "
        "dùng panel EPS, kho âm dùng panel PU; báo giá theo quy mô, nhiệt độ cần duy trì, vật tư vỏ, cửa và nhất là "
        "cụm máy nén lạnh.",
    ),
    (
        "rCo087",
        "en",
        "izopanel",
        "PIR insulated sandwich panels for cold rooms",
        "Panel manufacturer supplying refrigerated sandwich panels with polyisocyanurate foam (thermal conductivity "
        "0.022 W/mK) in thicknesses from 120 to 220 mm, reaching heat transfer coefficients as low as 0.10 W/m2K "
        "for walls and ceilings of fruit and vegetable stores.",
    ),
    (
        "rCo088",
        "vi",
        "xps",
        "Thi công sàn kho lạnh bằng tấm XPS theo dải nhiệt độ",
        "Nhà thầu hướng dẫn và thi công cách nhiệt sàn kho: 0 đến 5 °C dùng XPS 50 mm; -10 đến 0 °C dùng 100 mm; "
        "-10 đến -20 °C dùng 125–150 mm; -20 đến -30 °C dùng 200–300 mm; -30 đến -40 °C dùng 300–400 mm; dưới -40 "
        "°C dùng 400–500 mm.",
    ),
    (
        "rCo089",
        "en",
        "tanner",
        "Cool-store and cold-store design consulting",
        "Design service integrating building and refrigeration for chilled and frozen stores: site selection on "
        "sound ground, material and insulation choice, vapour barrier, doors, room layout, loading docks, racking, "
        "lighting, and allowance for heat from product, forklifts, fans, lights and people.",
    ),
    (
        "rCo090",
        "vi",
        "kholanh_tuvan",
        "Tư vấn thiết kế kho lạnh theo sản phẩm và mặt bằng",
        "Dịch vụ tư vấn: tính diện tích kho theo lượng hàng và mặt bằng, bố trí kho chính, phòng đệm, khu đặt máy, "
        "khu xuất nhập và đường xe; chọn nhiệt độ theo nhóm sản phẩm (từ kho mát tới kho âm sâu -45 °C, -60 °C).",
    ),
    (
        "rCo091",
        "en",
        "ixl",
        "Cold rooms for chilled and frozen produce",
        "Cold-room builder offering chill rooms (0–5 °C, above the chilling-injury threshold for fruit) and freezer "
        "rooms held at -18 to -40 °C; explains slow freezing (3 to 7 hours) versus quick freezing (about 30 minutes "
        "or less) and air-blast chill rooms at 2–10 °C.",
    ),
    (
        "rCo092",
        "vi",
        "tudomuaban",
        "Cung cấp và thay thế cụm máy nén, dàn nóng, dàn lạnh cho kho lạnh",
        "Đơn vị kỹ thuật cung cấp cụm máy nén Bitzer, Copeland, Carrier, Panasonic, Mitsubishi, LG, Grasso, dàn "
        "ngưng, dàn bay hơi và vỏ kho cách nhiệt (panel, cửa) theo nhu cầu từng kho bảo quản thực phẩm, rau sạch.",
    ),
    (
        "rCo093",
        "en",
        "epack",
        "Prefabricated walk-in cold rooms",
        "Supplier of modular walk-in cold rooms of around 100 cubic metres or custom sizes, assembled and dismantled "
        "quickly, with standard 80 mm insulation or thicker for energy savings; advice on whether a large commercial "
        "cabinet would suffice instead.",
    ),
    (
        "rCo094",
        "vi",
        "kho_travinh",
        "Lập dự án đầu tư kho lạnh bảo quản và dây chuyền chế biến nông sản",
        "Công ty tư vấn lập thuyết minh dự án kho lạnh và dây chuyền chế biến nông sản tại Trà Vinh: xin chủ trương, "
        "dự án vay vốn, kêu gọi đầu tư, báo cáo tác động môi trường sơ bộ, quy hoạch chi tiết 1/500, phân tích thị "
        "trường rau quả và ngành kho lạnh.",
    ),
    (
        "rCo095",
        "en",
        "leisa",
        "Solar-powered cold room for smallholder horticulture",
        "Research institute model: a renewable-energy cold room run with women and youth in a village where 35% of "
        "800 farmers hold under 2 ha, serving 5,617 farmers in 34 villages growing mango, grapes, pomegranate, "
        "papaya and banana, to cut post-harvest losses before produce reaches markets or processors.",
    ),
    (
        "rCo096",
        "vi",
        "cb27",
        "Hướng dẫn bảo quản và mua bán thực phẩm đông lạnh trong phân phối",
        "Bộ hướng dẫn thực hành cho nhà phân phối, cửa hàng: nhận hàng, lưu kho, trưng bày và bán thực phẩm đông "
        "lạnh đóng gói sẵn ở đúng nhiệt độ trong suốt chuỗi cung ứng, cùng hướng dẫn người tiêu dùng xử lý đúng; "
        "không thay thế HACCP.",
    ),
    (
        "rCo097",
        "en",
        "china9",
        "Low-temperature storage rooms at -22 to -25 °C",
        "Refrigeration firm building low-temperature storage rooms kept at -22 to -25 °C with compressors, "
        "electrical control and insulated rooms plus auxiliary buildings, for frozen foods that lose quality at "
        "higher temperatures.",
    ),
    (
        "rCo098",
        "en",
        "aediap",
        "Thermal insulation engineering for low-temperature warehouses",
        "Cold-chamber builder's engineering service on insulating low-temperature warehouses: choosing insulating "
        "materials, rigorous envelope design to limit heat gain, as the most efficient energy-saving measure for "
        "frozen storage.",
    ),
    (
        "rCo099",
        "vi",
        "epic",
        "Kho lạnh tự động hóa có kiểm soát ẩm cho hàng đông lạnh",
        "Giải pháp kho lạnh trọn gói: vùng nhiệt dương 0–5 °C cho rau quả, vùng âm -10 đến dưới -23 °C cho hàng "
        "đông; máy nén, dàn ngưng, van tiết lưu, bình chứa; cách nhiệt tường, sàn, trần; kiểm soát ẩm chống mất "
        "nước, đọng sương; tự động hóa quản lý tồn kho.",
    ),
    (
        "rCo100",
        "en",
        "naturals_solar",
        "Decision guide: PV versus absorption solar refrigeration for cooperatives",
        "Advisory comparing solar thermal absorption refrigeration with PV-driven refrigeration for tropical farm "
        "groups on lifecycle cost, uptime, servicing burden, refrigerant choice and behaviour in hot, cloudy weather, "
        "to cut first-mile post-harvest loss.",
    ),
    (
        "rCo101",
        "vi",
        "simplyfresh",
        "Kho lạnh năng lượng mặt trời hấp thụ hơi cho vùng nhiệt đới",
        "Hướng dẫn chọn hệ làm lạnh năng lượng mặt trời (hấp thụ hơi hoặc pin quang điện) đặt gần ruộng, tránh phụ "
        "thuộc lưới điện, máy phát diesel; cân đối sức chứa, lịch vận hành, khả năng bảo trì với khí hậu và mùa vụ "
        "của hợp tác xã.",
    ),
    # --- packing, certification, reefers and cold chain ---
    (
        "rCo102",
        "en",
        "brc_metal",
        "Foreign-body risk assessment and metal detection for BRCGS",
        "Food-safety consultant preparing the risk assessment BRCGS clause 4.10.1.1 asks for on equipment to remove "
        "foreign material: level of mechanisation, hand picking, whether consumers eat the product without washing, "
        "deliberate contamination risk, and choice of metal detectors, which are now inexpensive.",
    ),
    (
        "rCo103",
        "vi",
        "foodclub_brc",
        "Tư vấn chứng nhận tiêu chuẩn toàn cầu BRC cho nhà máy thực phẩm",
        "Đơn vị tư vấn giới thiệu lịch sử, mục tiêu và phạm vi tiêu chuẩn BRC (thay nhiều cuộc đánh giá riêng của "
        "từng nhà bán lẻ bằng một lần đánh giá), các bước doanh nghiệp cần làm và hỗ trợ sẵn có để đạt chứng nhận.",
    ),
    (
        "rCo104",
        "en",
        "allianz",
        "Portable temperature recorders for reefer cargo",
        "Marine insurer's loss-prevention recommendation for shippers: place portable temperature recorders in "
        "refrigerated containers of high-value goods so temperature swings are documented for cold-chain integrity "
        "and for recovering losses in a claim.",
    ),
    (
        "rCo105",
        "vi",
        "ankpost",
        "Giám sát nhiệt độ container lạnh và tải dữ liệu sau mỗi chuyến",
        "Dịch vụ logistics theo dõi liên tục nhiệt độ, độ ẩm, trạng thái máy container lạnh qua thiết bị ghi và "
        "truyền vệ tinh/di động; khuyến nghị lấy báo cáo ghi dữ liệu cho mọi lô hàng; lưu ý khoảng chờ cắm điện tại "
        "cảng thường 1–4 giờ, phí cắm điện 50–150 USD/ngày, phí giám sát 50–200 USD/chuyến.",
    ),
    (
        "rCo106",
        "en",
        "impargo",
        "Reefer container selection and set points for frozen cargo",
        "Logistics guidance on booking refrigerated containers: standard units hold +25 to -25 °C, part of the fleet "
        "reaches -35 °C and super-freezers -70 °C; temperature, ventilation, humidity and drainage settings; power "
        "from terminals, ships or gensets; on-board recorder of supply and return air and probe temperatures.",
    ),
    (
        "rCo107",
        "vi",
        "ckbk",
        "Tư vấn quy cách đóng gói trái cây IQF so với đóng khối",
        "Chuyên gia tư vấn chọn dạng sản phẩm: trái cây đóng thẳng vào xô, thùng rồi đông khối (rẻ nhưng mất hình "
        "dạng, phải rã cả thùng) so với IQF nguyên trái hoặc miếng đóng xô, hộp, túi, lấy dùng từng phần mà không "
        "cần rã đông toàn bộ.",
    ),
    (
        "rCo108",
        "en",
        "corn_foodnet",
        "Frozen vegetable packing line: check-weighing, metal detection, palletising",
        "Packer's line offered as a service model: inspection before weighing, filling into poly-lined cartons, best "
        "before and production date coding, check-weighing, metal detection, palletising and stretch-wrapping, "
        "storage at -23 °C and despatch at -18 °C, with each pallet sampled against specification.",
    ),
    (
        "rCo109",
        "vi",
        "fvdrc",
        "Giám sát xe tải lạnh bằng telematics",
        "Giải pháp in phiếu, tải USB và báo cáo trực tuyến từ máy lạnh xe tải: điểm đặt, nhiệt độ, thời gian lúc "
        "giao hàng; giám sát và điều khiển từ xa, cảnh báo, chạy chẩn đoán trước chuyến, chứng minh xe đã được làm "
        "lạnh trước khi xếp hàng.",
    ),
    (
        "rCo110",
        "en",
        "redwood",
        "Reefer monitoring programme for long-haul frozen shipments",
        "Logistics provider's temperature-controlled service: monitoring reefer temperature, atmosphere and "
        "humidity throughout long hauls so minor deviations that can spoil perishable cargo worth hundreds of "
        "thousands of dollars are caught in time.",
    ),
    (
        "rCo111",
        "vi",
        "zebra",
        "Cảm biến nhiệt độ cấp thùng hàng trong container lạnh",
        "Nhà cung cấp thiết bị đặt cảm biến điện tử giá rẻ theo từng thùng, từng kiện bên trong container lạnh để "
        "đo chính xác nhiệt độ thực của hàng, khắc phục hạn chế của hệ thống đo sẵn có trong container, phục vụ "
        "tuân thủ quy định thực phẩm.",
    ),
    (
        "rCo112",
        "en",
        "rte",
        "Remote reefer monitoring at ports and terminals",
        "Remote monitoring systems that read each refrigerated container's control panel at the terminal, alerting "
        "staff when power is lost or interior conditions drift out of specification, since reefers need constant "
        "power from ground supply or generator sets.",
    ),
    (
        "rCo113",
        "vi",
        "fsd",
        "Quy cách đóng gói trái cây IQF cho bếp ăn, nhà hàng",
        "Tư vấn quy cách sản phẩm trái cây đông lạnh cho kênh bếp ăn công nghiệp: túi tự khóa 5 pound đóng 2 túi "
        "mỗi thùng, bao 20 pound hàng xá; trái đã gọt, cắt lát, khối sẵn; kiểm tra chất lượng khi mở túi (mùi, "
        "tách rời).",
    ),
    (
        "rCo114",
        "en",
        "ncfresh",
        "Norovirus fact sheets and training for farm managers and harvesters",
        "University extension team providing one-page fact sheets and training for fruit farm management and "
        "harvesters on how norovirus and hepatitis A reach hand-picked fruit and the on-farm measures to prevent "
        "contamination.",
    ),
    # --- puree, research, integrated plants ---
    (
        "rCo115",
        "en",
        "dpo_puree",
        "Frozen fruit puree process and recipe",
        "Ingredient supplier's process flow for frozen fruit puree: select, wash, sort and dice fruit; crush through "
        "coarse and fine sieves; homogenise; optionally pasteurise at 94–96 °C; cool, fill and store below -18 °C. "
        "Suggested recipe about 90% fruit and 10% sugar, usually without colouring or preservatives.",
    ),
    (
        "rCo116",
        "vi",
        "nghean_th",
        "Nhận đặt hàng puree, nước quả đóng túi bag-in-box 20 kg bảo quản đông -18 °C",
        "Nhà máy chế biến hoa quả công suất khoảng 300 tấn rau quả mỗi ngày cung cấp sản phẩm cho khách B2B: đóng "
        "gói tiệt trùng trong túi bag-in-box 20 kg hoặc phuy 220 lít, bảo quản lạnh đông -18 °C, làm nguyên liệu "
        "cho nhà máy nước ép trong nước và xuất khẩu.",
    ),
    (
        "rCo117",
        "en",
        "originfoods",
        "Frozen fruit pulp pasteurised and deep-frozen in plate freezers",
        "Pulp processor offering fruit pulp prepared by cutting, de-stoning, refining and packing; frozen pulp is "
        "pasteurised and deep-frozen in plate freezers, alongside aseptic bags and retorted cans, keeping the fruit's "
        "natural flavour and aroma.",
    ),
    (
        "rCo118",
        "en",
        "freeze_damage",
        "Laboratory assessment of freeze damage in fruits and vegetables",
        "University research group offering qualitative and quantitative methods to evaluate cellular freeze damage "
        "in frozen fruits and vegetables (texture, drip, microstructure), to compare freezing processes and "
        "storage conditions.",
    ),
    (
        "rCo119",
        "vi",
        "celli",
        "Đánh giá ảnh hưởng của quá trình cấp đông và trữ đông đến chất lượng quả",
        "Nhóm nghiên cứu đại học nhận đánh giá, dựa trên tổng quan khoa học về ảnh hưởng của phương pháp cấp đông "
        "và điều kiện trữ đông đến chất lượng trái cây và sản phẩm từ quả, đề xuất điều chỉnh công nghệ cho từng "
        "loại quả.",
    ),
    (
        "rCo120",
        "en",
        "foodexpo",
        "Integrated fruit plant design: fresh packing, freezing, drying and juice",
        "Consulting based on Vietnamese plants such as Tanifood in Tây Ninh: design of facilities that process fruit "
        "at four levels (basic handling and packing for fresh export, freezing, drying, juice), with licensing for "
        "fresh fruit treatment for Korea and Japan and raw-material zones under VietGAP and GlobalGAP.",
    ),
    (
        "rCo121",
        "vi",
        "tanifood",
        "Gia công cấp đông trái cây và bao tiêu nguyên liệu theo chuỗi",
        "Nhà máy chế biến nông sản có dây chuyền đông lạnh 20.000 tấn/năm, xử lý nhiệt trái tươi 10.000 tấn/năm, "
        "sấy 5.000 tấn/năm, nước cô đặc 6.000 tấn/năm, tiêu thụ 500 tấn nguyên liệu/ngày (xoài, chanh dây, khóm, "
        "thanh long) nhận liên kết bao tiêu và gia công cấp đông cho vùng trồng tham gia chuỗi.",
    ),
    (
        "rCo122",
        "en",
        "qua_donglanh",
        "Frozen longan and lychee process with washing and roller grading",
        "Food-technology lecturers' package for frozen longan and lychee: raw material and additives, process "
        "flow, washing machines, roller sorting machines (principle, structure, operation) and IQF freezing systems "
        "for tropical fruit.",
    ),
    (
        "rCo123",
        "vi",
        "feelingquality",
        "Hệ thống cấp đông xoắn có điều khiển gió và nhiệt độ",
        "Cung cấp tủ cấp đông xoắn liên tục: băng tải xoắn chạy theo hoặc ngược chiều kim đồng hồ, gió lạnh thổi "
        "dọc qua băng tải, bộ điều khiển chỉnh lưu lượng gió và nhiệt độ để đông đều; cấp đông khối lượng lớn trong "
        "thời gian ngắn, giảm nhân công.",
    ),
    (
        "rCo124",
        "en",
        "wiki_reefer",
        "Reefer telematics: GPS, temperature, humidity and door status",
        "Integration of telematic control units and GPS trackers into refrigerated containers so a fleet operator "
        "follows location, internal temperature, humidity and door openings remotely; containers hold -65 to 40 °C "
        "and draw power at reefer points, on ships or from gensets.",
    ),
    (
        "rCo125",
        "vi",
        "haikudeck",
        "Khóa học các phương pháp cấp đông thực phẩm",
        "Bài giảng ngắn cho cơ sở chế biến: nguyên tắc cấp đông (nguyên liệu thật tươi, đông thật nhanh, giữ đúng "
        "nhiệt độ) và các phương pháp cấp đông không khí, gió cưỡng bức, tầng sôi, tấm tiếp xúc; áp dụng cho trái "
        "cây, rau, thịt, cá, bánh.",
    ),
    # --- neighbouring fields (distractors) ---
    (
        "rCo126",
        "vi",
        "avg_seafood",
        "Cấp đông nhanh chuẩn cho thủy hải sản xuất khẩu",
        "Đội kỹ sư cơ điện lạnh với hơn mười năm làm kho cấp đông cho nhà máy thủy sản ở Việt Nam, Lào, Campuchia "
        "chia sẻ bí quyết nhiệt độ cấp đông và tốc độ gió để tôm cá không mất nước, không thâm bề mặt, không cháy "
        "lạnh, đạt yêu cầu Nhật, EU, Mỹ.",
    ),
    (
        "rCo127",
        "vi",
        "tom_pto",
        "Quy trình chế biến tôm PTO đông lạnh",
        "Tài liệu kỹ thuật chế biến tôm bóc vỏ chừa đuôi (PTO) đông lạnh: nguyên liệu tôm sú, tôm thẻ, tôm chì; ướp "
        "đá 5–15 °C trong thùng cách nhiệt lót trấu hoặc rong biển khi vận chuyển về nhà máy; các công đoạn chế biến "
        "tôm xuất khẩu.",
    ),
    (
        "rCo128",
        "vi",
        "ngheu",
        "Quy trình chế biến nghêu đông lạnh",
        "Báo cáo chuyên đề về nghêu đông lạnh: các loài nghêu nuôi ở ven biển ĐBSCL (Cà Mau, Bạc Liêu, Bến Tre, Trà "
        "Vinh...), đặc điểm sinh học, sinh sản và quy trình chế biến nghêu đông lạnh.",
    ),
    (
        "rCo129",
        "vi",
        "kho_bo",
        "Thiết kế kho lạnh bảo quản thịt bò dùng môi chất R404a",
        "Đồ án thiết kế kho lạnh cho thịt bò: 1.150 tấn hàng đông, 1.250 tấn hàng mát, buồng cấp đông 16 tấn/mẻ, "
        "kho đông -23 °C, kho mát 2 °C, môi chất lạnh R404a.",
    ),
    (
        "rCo130",
        "vi",
        "saythanghoa",
        "Máy sấy thăng hoa cho nông sản giá trị cao",
        "Cung cấp máy sấy thăng hoa (sấy đông khô): cấp đông sản phẩm rồi làm khô trong chân không ở nhiệt độ âm "
        "sâu tới -60 °C, nước chuyển thẳng từ rắn sang hơi, giữ hình dạng, màu, mùi và dinh dưỡng.",
    ),
    (
        "rCo131",
        "vi",
        "saylanh",
        "Máy sấy lạnh và máy sấy thăng hoa cho trái cây, rau củ",
        "Kỹ sư máy sấy tư vấn chọn giữa sấy lạnh (10–50 °C, không khí khô tách ẩm) và sấy thăng hoa cho đông trùng "
        "hạ thảo, yến, sầu riêng, rau quả xuất khẩu, giữ màu, mùi, vitamin.",
    ),
    (
        "rCo132",
        "en",
        "say_nongsan",
        "Solar and convective dryers for farm produce",
        "Training material on drying agricultural produce: open sun drying, direct and indirect solar dryers with "
        "natural or forced air, and convective, radiant, contact, freeze and high-frequency drying.",
    ),
    (
        "rCo133",
        "vi",
        "donghop_dua",
        "Công nghệ đồ hộp dứa nước đường",
        "Chuyển giao quy trình sản xuất dứa nước đường đóng hộp tại công ty rau quả: thiết bị đột lõi, gọt vỏ, cắt "
        "khoanh, ghép nắp, kiểm soát hư hỏng do vi sinh vật và hóa học.",
    ),
    (
        "rCo134",
        "vi",
        "cam_lanh",
        "Thiết bị cô đặc nước cam bằng phương pháp lạnh",
        "Đồ án thiết kế thiết bị cô đặc nước cam bằng cách kết tinh, tách nước đá (cô đặc lạnh) thay cho cô đặc bốc "
        "hơi.",
    ),
    (
        "rCo135",
        "vi",
        "kem",
        "Quy trình và thiết bị sản xuất kem",
        "Tài liệu quy trình sản xuất kem: phối trộn, đồng hóa, thanh trùng, ủ chín, lạnh đông sơ bộ, thiết bị tạo "
        "hình, làm cứng, phủ sô cô la.",
    ),
    (
        "rCo136",
        "vi",
        "thung_chuoi",
        "Thùng carton 5–7 lớp đóng chuối tươi xuất khẩu",
        "Xưởng bao bì cung cấp thùng carton cứng 5 hoặc 7 lớp chịu 10–15 kg, đục lỗ thông khí, có thể bọc màng "
        "chống thấm, dùng đóng chuối tươi xuất khẩu đi Hàn Quốc, Nhật, Dubai, châu Âu.",
    ),
    (
        "rCo137",
        "vi",
        "tudong",
        "Tủ đông gia dụng và thương mại dưới -18 °C",
        "Giới thiệu các loại tủ đông thông dụng trên thị trường: cấu tạo máy nén rotor hoặc piston, dàn nóng, dàn "
        "lạnh, gas lạnh, nhiệt độ dưới -18 °C cho gia đình và cửa hàng.",
    ),
    (
        "rCo138",
        "en",
        "bandong",
        "Under-counter freezer prep tables for commercial kitchens",
        "Stainless-steel freezer tables combining a -18 °C storage compartment with a flat prep worktop for "
        "restaurant and hotel kitchens.",
    ),
    (
        "rCo139",
        "en",
        "liquiduni_pulp",
        "Aseptic processing of fruit pulp without refrigeration",
        "Packaging supplier explaining aseptic fruit pulp: selection, peeling, pulping, flash pasteurisation or UHT, "
        "filling into pre-sterilised sealed bags so pulp keeps months to a year at room temperature.",
    ),
    (
        "rCo140",
        "en",
        "fao_tropical",
        "Tropical fruit juice and nectar processing know-how",
        "FAO technical chapter on juice, puree and pulp potential of pineapple, guava, mango, papaya, passion fruit "
        "and lesser-known tropical fruits such as pitaya and carambola.",
    ),
    (
        "rCo141",
        "en",
        "impactfailure",
        "Community solar cold store for banana ripening and fresh storage",
        "NGO lessons from a 5-tonne solar-powered cold store for about 100 smallholders, run pay-per-use, also used "
        "as a banana ripening chamber: only 26 farmers used it in the first quarter and it earned Rs 1,600 profit.",
    ),
    (
        "rCo142",
        "en",
        "sago",
        "Tapioca sago processing from cassava",
        "Processor describing how cassava roots harvested at 10–12 months are washed, peeled and turned into starch "
        "and white sago granules for export.",
    ),
    (
        "rCo143",
        "en",
        "majesticspice",
        "Dried herb processing and grading",
        "Spice importer's process for herbs such as basil, oregano and thyme: harvest, clean, sort, dry in "
        "controlled dehydrators or air-drying over hours to days, grade by colour and aroma, pack airtight.",
    ),
    (
        "rCo144",
        "vi",
        "hcpak",
        "Thùng carton sóng cho trái cây tươi",
        "Nhà sản xuất bao bì giới thiệu thùng carton sóng thay thùng gỗ cho lưu thông trái cây tươi: nhẹ, rẻ, in "
        "nhãn đẹp, cần đủ cứng khi xếp chồng, thông thoáng cho quả hô hấp và chống hút ẩm.",
    ),
    (
        "rCo145",
        "vi",
        "woonuxt_thaw",
        "Mẹo rã đông rau củ đông lạnh tại nhà",
        "Bài chia sẻ cho người nội trợ: rã đông rau củ trong ngăn mát qua đêm để giữ độ giòn, tránh ngâm nước ấm "
        "làm vỡ tế bào.",
    ),
    (
        "rCo146",
        "en",
        "sharrock",
        "BRC audit support for fresh produce packers",
        "Audit report model for a fresh produce distributor grading, trimming, cutting and packing fresh fruit, "
        "vegetables and herbs into overwrap trays, punnets and bags (grade A, 10 minor non-conformities).",
    ),
    (
        "rCo147",
        "en",
        "araza",
        "Aseptic fruit purees in bag-in-drum",
        "Puree maker offering shelf-stable aseptic purees: fruit washed, peeled, de-seeded, thermally treated and "
        "filled into sterile multilayer aluminium bags in drums or totes, stable for a year without refrigeration.",
    ),
    (
        "rCo148",
        "vi",
        "cobell",
        "Puree và puree cô đặc trái cây",
        "Nhà cung cấp nguyên liệu giới thiệu quy trình puree: rửa, chọn, nghiền, lọc hạt, tách xơ, bài khí, rây "
        "mịn, có thể cô đặc bằng thiết bị bốc hơi.",
    ),
    (
        "rCo149",
        "en",
        "jetmill",
        "Fluidized bed jet mills for fine powders",
        "Market report on fluidized-bed jet mills that grind pharmaceutical, chemical and food materials into fine "
        "particles.",
    ),
    (
        "rCo150",
        "vi",
        "vanho_th",
        "Nhà máy nước quả cô đặc từ cam, nhãn",
        "Nhà máy chế biến hoa quả tươi công suất 300 tấn/ngày sản xuất nước cam, nhãn cô đặc bằng công nghệ trích "
        "ly tự động và cô đặc dạng tấm bản, vùng nguyên liệu 15.000 ha.",
    ),
    (
        "rCo151",
        "vi",
        "bamboovip",
        "Sấy đông khô (sấy thăng hoa) trái cây",
        "Doanh nghiệp thực phẩm giải thích sấy đông khô và sấy thăng hoa là một công nghệ: cấp đông nguyên liệu rồi "
        "tách ẩm bằng thăng hoa trong chân không; nhận gia công sấy trái cây.",
    ),
    (
        "rCo152",
        "vi",
        "giacong_tu",
        "Tủ nửa đông nửa mát cho bếp công nghiệp",
        "Phân phối tủ hai ngăn: ngăn đông 0 đến -18 °C, ngăn mát 0–10 °C, dung tích 200 đến trên 500 lít, gas "
        "R600A/R134a, cho nhà hàng, khách sạn, siêu thị.",
    ),
    (
        "rCo153",
        "en",
        "ifsqn_pack",
        "BRC packaging supplier approval for fresh fruit packers",
        "Forum advice for a fresh fruit packer exporting to the UK and USA on whether box and label suppliers must "
        "hold BRC packaging certification or can be approved through risk analysis.",
    ),
    (
        "rCo154",
        "vi",
        "laodong_say",
        "Sấy thăng hoa mít, dâu tây và trà hoa",
        "Giới thiệu công nghệ sấy thăng hoa ở -60 °C trong chân không cho sản phẩm giá trị cao, yêu cầu màu sắc "
        "như mít sấy, dâu tây, trà hoa; máy giá cao.",
    ),
]
