"""Offers of the holdout237 labelled set (craft villages): (id, language, source key, title, description)."""

OFFERS = [
    # --- sedge mat weaving ---
    (
        "rEo001",
        "vi",
        "maydet_2lao",
        "Máy dệt chiếu cói bán tự động cho hộ gia đình",
        "Chuyển giao mẫu máy dệt chiếu khung gỗ (giảm ồn, giảm rung) gồm lô lăn giữ đay, bàn răng ép cói, bàn dẹm cói, "
        "bộ điều tốc và động cơ điện 1,1 kW. Năng suất 12–13 chiếc chiếu mỗi ngày, khoảng gấp sáu lần dệt tay; hệ cuộn đay "
        "cho phép mắc đay một lần rồi dệt liền 20–30 chiếc, mỗi lần thay chỉ mất khoảng 1 phút; khổ chiếu tới 1,5 m.",
    ),
    (
        "rEo002",
        "en",
        "maydet_tt",
        "Motorised sedge-mat loom for dense, export-grade weaving",
        "A loom built by a rural mechanic to replace the two-person push-and-pull hand frame used for sedge mats. It gives "
        "roughly seven times the output of hand weaving and presses the strands evenly, so the mat face is tight enough for "
        "export buyers, who return loosely packed mats. We supply the machine, set it up at the household and train weavers.",
    ),
    (
        "rEo003",
        "vi",
        "dinhyen_vnp",
        "Quy trình chọn, phơi và nhuộm sợi lác cho chiếu màu",
        "Hướng dẫn tại hộ: chọn sợi lác không quá to cũng không quá mềm; phơi nắng 30 phút đến 1 giờ rồi nhúng nhuộm trong "
        "nước sôi; phơi thêm một ngày trước khi dệt; dệt xong cắt biên, buộc mối và phơi lại. Giúp màu đều, sợi không gãy "
        "khi lên khung.",
    ),
    (
        "rEo004",
        "en",
        "phutan_lnv",
        "Sedge field management on brackish, flood-prone land",
        "Agronomy advice for sedge growers on fields too salty for rice: fertilising the stubble after each cut so shoots "
        "regrow, harvesting when the plants flower, and replanting clumps with their soil ball when fields that alternate "
        "between flooded and dry push the crowns up after two to three years. Includes a harvest and replanting calendar.",
    ),
    (
        "rEo005",
        "vi",
        "longcan",
        "Mô hình vùng trồng lác tập trung cung ứng cho làng chiếu",
        "Tư vấn xây dựng vùng nguyên liệu lác theo mô hình làng trồng lác dệt chiếu Long Cang (khoảng 100 ha, hơn nửa thế kỷ), "
        "nơi mỗi hecta cho thu nhập bình quân khoảng 100 triệu đồng mỗi năm; hướng dẫn giống, chăm bón, thu hoạch và liên "
        "kết bao tiêu với hộ dệt.",
    ),
    (
        "rEo006",
        "en",
        "phutan_vns",
        "Patterned sedge mat quality: dyeing and inspection workshop",
        "Workshop drawn from a centuries-old mat village: choosing the right sedge, dipping stems evenly into boiling dye "
        "water so colours last, deciding which steps to mechanise for productivity and which to keep by hand, and a final "
        "inspection checklist for finished mats.",
    ),
    (
        "rEo007",
        "vi",
        "chieucoi_blog",
        "Hướng dẫn bảo quản, chống mốc chiếu cói thành phẩm",
        "Quy trình cho cơ sở dệt và cửa hàng: không ngâm chiếu lâu trong nước vì sợi sẽ giòn gãy khi phơi; giặt nhanh bằng "
        "nước sạch pha ít xà phòng (khoảng nửa muỗng cà phê cho 10 lít), chải rồi phơi mặt trái dưới nắng nhẹ; cất nơi khô, "
        "kê cao khỏi nền, bọc túi kín; chiếu mốc trắng thì phơi thật khô rồi mới chải, không chải khi còn ẩm.",
    ),
    (
        "rEo008",
        "en",
        "greysedge",
        "Turning sedge weaving into bags and hats for export",
        "Technique transfer from Khmer women's groups: dried sedge leaves are pressed, sorted by length, woven into large "
        "sheets, dried again outdoors, then cut and sewn into handbags and hats. Such products have found buyers in Japan, "
        "China and Europe as eco-friendly goods; we train cutting, sewing and finishing and share buyer contacts.",
    ),
    (
        "rEo009",
        "en",
        "dinhyen_qdnd",
        "Training new weavers on machine-assisted mat looms",
        "Course modelled on a heritage mat village where some 3,000 people across generations weave: machines speed up the "
        "plain body of the mat while pattern details are still finished by hand. Covers loom set-up, the red, green, yellow "
        "and purple palette, and sun drying of strands.",
    ),
    (
        "rEo010",
        "vi",
        "cahom",
        "Sưu tầm và phát triển hoa văn chiếu bông Khmer",
        "Số hóa các mẫu hoa văn chiếu bông của làng nghề người Khmer gần 100 năm tuổi, lập bộ mẫu phối màu cho mùa lễ, Tết, "
        "giúp hộ dệt giữ nét độc đáo và độ bền khi cung ứng hàng chục nghìn đôi chiếu mỗi năm.",
    ),
    (
        "rEo011",
        "vi",
        "greysedge",
        "Máy ép và bàn phân loại lá lác theo chiều dài",
        "Thiết bị cho khâu sơ chế: lá lác sau khi phơi khô được đưa qua máy ép cho phẳng rồi phân loại theo chiều dài trước "
        "khi dệt, giúp tấm dệt đều và giảm hao hụt nguyên liệu; lắp đặt và hướng dẫn vận hành tại tổ hợp tác.",
    ),
    (
        "rEo012",
        "vi",
        "chieucoi_cho",
        "Thu mua chiếu thành phẩm cho chợ đầu mối",
        "Thương lái nhận mua chiếu của hộ dệt theo phiên chợ chiếu họp từ khoảng 3 giờ đến hơn 4 giờ sáng, trả tiền mặt, "
        "nhận cả chiếu trơn và chiếu hoa.",
    ),
    (
        "rEo013",
        "en",
        "xuanduc",
        "Synthetic and bamboo floor mats wholesale",
        "Wholesale supply of factory-made mats in bamboo and synthetic materials, the kind that has taken market share from "
        "sedge mats in Red River Delta villages; delivered to shops nationwide.",
    ),
    (
        "rEo014",
        "vi",
        "chieucoi_blog",
        "Dịch vụ giặt, sấy chiếu và nệm tại nhà",
        "Nhận giặt chiếu cói, chiếu trúc và nệm cho hộ gia đình, lau khử mốc, làm khô bằng quạt và máy sấy, giao trả trong ngày.",
    ),
    # --- basketry, rattan, bamboo, water hyacinth, coconut ---
    (
        "rEo015",
        "en",
        "bamboo_borax",
        "Borax–boric acid soak for bamboo craft material",
        "Treatment service for bamboo used in baskets and furniture: soaking in a borax and boric acid solution protects "
        "against powder-post beetles, termites and fungi that feed on the starch in the culm. Untreated bamboo lasts about "
        "two years, or four to six if kept dry; properly treated it can last decades. We set up soaking tanks and train staff.",
    ),
    (
        "rEo016",
        "en",
        "bamboo_kfri",
        "Selecting a bamboo preservation method",
        "Consultancy based on a critical review of bamboo treatment methods: which suit green or dry bamboo, round or split "
        "material, indoor or outdoor use, and what infrastructure each needs. Bamboo is not naturally durable, so the "
        "method is matched to the end use and to the equipment available in the village.",
    ),
    (
        "rEo017",
        "vi",
        "tre_xoan",
        "Chống mốc, mọt đồ tre nứa bằng khói lá xoan",
        "Hướng dẫn xử lý đồ tre nứa mới đan: đốt mùn rạ rồi phủ lá xoan tươi tạo nhiều khói, hun sản phẩm khoảng 1 giờ; "
        "khói lá xoan chứa các chất sát trùng giúp chống mốc, mọt. Kèm cách truyền thống luộc hoặc ngâm nguyên liệu lâu dưới "
        "nước để loại bỏ chất đường bột là thức ăn của mốc, mọt.",
    ),
    (
        "rEo018",
        "en",
        "bamboo_blog",
        "Immersion, heat and smoke curing of bamboo",
        "Low-chemical options for bamboo strips and poles: harvesting in the drier, cooler season, soaking fresh culms in "
        "running water for 4–12 weeks to remove starch, brief heating to about 150 °C to harden the outer zone (with a risk "
        "of cracking), smoking, and borax coatings; kerosene and other insecticides are avoided.",
    ),
    (
        "rEo019",
        "vi",
        "mould_wol",
        "Quy trình chống mốc, chống mọt cho hàng đan cỏ, lác, lục bình",
        "Tư vấn cho cơ sở đan: phơi nguyên liệu thật khô trước khi cất, loại bỏ rễ, lá hư; kho khô ráo, thông thoáng, không "
        "chất quá cao để tránh sinh nhiệt; mùa mưa đảo và phơi lại; làm sạch, xử lý trước khi đan và đóng gói thành phẩm "
        "ngay bằng bao bì chống ẩm.",
    ),
    (
        "rEo020",
        "en",
        "hyac_mkt",
        "Water hyacinth stem drying protocol",
        "Field protocol for weaving groups: sun-dry harvested hyacinth stems for 3–5 days until they turn golden and reach "
        "natural flexibility; too little or uneven sun leaves stems that rot or snap. Includes drying-rack layout and "
        "moisture checks before splitting and twisting.",
    ),
    (
        "rEo021",
        "vi",
        "hyac_safimex",
        "Dạy nghề đan lục bình và giao hàng gia công tại nhà",
        "Doanh nghiệp mở lớp dạy đan lục bình khoảng nửa tháng cho lao động nông thôn rồi giao hàng gia công tại nhà; người "
        "mới đan 1–2 sản phẩm mỗi ngày, thợ lâu năm 4–5 sản phẩm; giỏ, hộp, khay, thảm được thu mua để xuất khẩu.",
    ),
    (
        "rEo022",
        "en",
        "hyac_vdelta",
        "Powder-coated iron frames for hyacinth baskets",
        "Workshop making iron frames to order for woven baskets: each frame follows the design, size, handle holes and "
        "colour, and is powder-coated before weaving so the basket keeps its shape and the frame does not rust. Patterns "
        "are supplied with the frames for weavers to follow.",
    ),
    (
        "rEo023",
        "vi",
        "vanson",
        "Hợp tác thiết kế, sản xuất mẫu mây tre đan mới",
        "HTX mây tre đan đã thiết kế và sản xuất gần 500 mẫu, mỗi năm ra 7–10 mẫu mới: lồng đèn, túi xách, bình hoa, nan "
        "quạt, bàn ghế sofa, vật dụng cho khách sạn, nhà hàng, quán cà phê. Nhận hợp tác phát triển mẫu, bồi dưỡng tay nghề "
        "và mua bán nguyên liệu song mây.",
    ),
    (
        "rEo024",
        "en",
        "basket_finish",
        "Finishing service for woven baskets",
        "Surface finishing after weaving: reshaping while still damp, removing protruding fibres by singeing the dry basket "
        "over a flame or sanding with No. 0 sandpaper, then a dull or polished natural finish, or colouring with stains or "
        "vegetable dyes.",
    ),
    (
        "rEo025",
        "vi",
        "rattan_dye",
        "Nhuộm mây bằng màu tự nhiên không làm yếu sợi",
        "Quy trình: làm sạch và ngâm mây để màu thấm đều, dùng chất cắn màu nhẹ như phèn chua hoặc giấm, tránh nhiệt quá cao "
        "và hóa chất mạnh; sau nhuộm phơi khô và phủ bảo vệ. Màu tự nhiên dịu hơn thuốc nhuộm tổng hợp nhưng không độc và "
        "giữ nguyên độ bền của sợi.",
    ),
    (
        "rEo026",
        "en",
        "dharma",
        "Fibre-reactive dyeing of rattan, cane and reed",
        "Recipe and training: scour the cane (soda ash helps), submerge in lukewarm water with one tablespoon of dye and half "
        "a cup of salt per gallon for 20 minutes, then add a third of a cup of soda ash per gallon and leave up to two more "
        "hours; rinse and dry. A test run is advised since cane can resist dye more than fabric.",
    ),
    (
        "rEo027",
        "vi",
        "coco_chauthanh",
        "Chế tác hàng mỹ nghệ từ dừa cho khách du lịch",
        "Chuyển giao kinh nghiệm của 33 cơ sở thủ công mỹ nghệ từ cây dừa ở một huyện: tạo mẫu độc đáo, giá hợp lý, bán qua "
        "điểm du lịch, doanh nghiệp trung gian và đơn hàng đối tác; tạo việc làm cho hàng trăm lao động địa phương.",
    ),
    (
        "rEo028",
        "en",
        "coco_tuhao",
        "Seasoning coconut wood against borers for craft items",
        "Process for turning old coconut trunks (usually trees of 50 years or more) into craft wood: soak the timber about "
        "30 days to leach the sap that attracts termites and borers; silt-laden water also firms the wood and brings out "
        "the grain. Offcuts become bags, chopsticks, ladles and souvenirs; roots are used for sculpture.",
    ),
    (
        "rEo029",
        "vi",
        "coir_hxco",
        "Máy nghiền vỏ dừa tách xơ, mụn và làm tấm xơ dừa",
        "Thiết bị và quy trình: nghiền vỏ dừa tươi tách riêng xơ và mụn; xơ rải đều trên lưới sắt, phun keo cao su non, phơi "
        "5–10 phút rồi cuộn thành tấm 1 × 2 m dày 3 mm dùng phủ gốc cây ăn trái; mụn dừa trộn làm giá thể trồng cây.",
    ),
    (
        "rEo030",
        "en",
        "hyac_vamco",
        "Harvesting river water hyacinth as craft raw material",
        "Model from an environmental institute: where hyacinth covers over 70% of a river's surface, blocking boats and "
        "drainage and lowering dissolved oxygen, regular harvesting supplies the handicraft sector, with leftover biomass "
        "going to fertiliser, biogas or mushroom growing. Covers harvest organisation and stem selection for weaving.",
    ),
    (
        "rEo031",
        "vi",
        "hungmy",
        "Đan giỏ, thảm bằng dây nhựa màu, nhựa 3D phối lục bình, lát",
        "Hướng dẫn của một làng nghề tiểu thủ công nghiệp: dệt thảm, đan giỏ, chậu hoa lục bình, giỏ lát, yếm dừa và đồ "
        "trang trí bằng dây nhựa màu, dây nhựa 3D phối với dây lục bình, lát, tơ xơ dừa để sản phẩm bền, màu tươi, đa dạng.",
    ),
    (
        "rEo032",
        "en",
        "hamgiang",
        "Local bamboo and tầm vong supply for weavers",
        "Raw material from a century-old bamboo weaving village with about 87 ha of bamboo stands, enough to keep local "
        "weaving supplied: bamboo, trúc and tầm vong poles delivered to workshops, cut to length on request.",
    ),
    (
        "rEo033",
        "vi",
        "bamboo_kfri",
        "Tư vấn ngâm tẩm bảo quản tre tươi, tre khô",
        "Tư vấn chọn phương pháp ngâm tẩm: tre tươi và tre khô, tre cây và tre chẻ, dùng trong nhà hay ngoài trời cần cách xử "
        "lý khác nhau; tre vốn không bền tự nhiên nên cần tẩm chất bảo quản trước khi làm đồ dùng, đồ đan; đánh giá ưu nhược "
        "điểm từng cách theo thiết bị sẵn có.",
    ),
    (
        "rEo034",
        "en",
        "wiki_rattan",
        "Engineered bamboo flooring and panel line",
        "Industrial line producing bamboo flooring and laminated panels for a national bamboo sector valued at around "
        "3 billion USD in 2017; turnkey plant supply.",
    ),
    (
        "rEo035",
        "vi",
        "hyac_vamco",
        "Ủ phân hữu cơ và làm biogas từ bèo lục bình",
        "Mô hình xử lý bèo lục bình vớt từ sông: băm nhỏ ủ làm phân bón, nạp hầm biogas, làm giá thể trồng nấm, giảm bèo che "
        "phủ mặt sông.",
    ),
    (
        "rEo036",
        "en",
        "coir_npcs",
        "Coir geotextile nets and erosion-control logs",
        "Woven and non-woven coir mats, nettings and logs for slopes, riverbanks and canals; biodegrade in 2–5 years; supply "
        "and installation for civil works.",
    ),
    (
        "rEo037",
        "en",
        "rattan_wllw",
        "Natural rattan furniture for healthy interiors",
        "Retail of rattan chairs, lighting and décor for homes; untreated rattan emits no VOCs and breathes, lowering the "
        "risk of mould indoors.",
    ),
    (
        "rEo038",
        "vi",
        "rattan_import",
        "Nhập khẩu song mây nguyên liệu",
        "Cung cấp song mây nhập khẩu cho cơ sở mây tre đan khi nguồn mây tự nhiên trong nước suy giảm, ngành phải nhập khoảng "
        "33.000 tấn nguyên liệu mỗi năm.",
    ),
    # --- pottery and kilns ---
    (
        "rEo039",
        "vi",
        "phulang",
        "Chuyển đổi lò nung gốm than củi sang lò gas",
        "Đánh giá hiệu quả và hỗ trợ kỹ thuật chuyển lò than, củi sang lò gas cho cơ sở gốm theo kinh nghiệm làng gốm "
        "Phù Lãng (Bắc Ninh): so sánh chi phí, chất lượng sản phẩm, khí thải; hướng dẫn vận hành lò gas.",
    ),
    (
        "rEo040",
        "en",
        "quyetthanh",
        "Gas kiln transition for small pottery workshops",
        "Support for workshops whose old coal and wood kilns are shut for lack of smoke treatment. One affected workshop ran "
        "a three-chamber, 120 m³ kiln built around 1960, firing once a month about 200 pieces worth over 100 million VND, "
        "and had to cut half its staff. We help move lines such as liquor jars and tea sets to gas-fired kilns.",
    ),
    (
        "rEo041",
        "en",
        "vsbk_fact",
        "Vertical shaft brick kiln (VSBK) technology",
        "Continuous updraft kiln in which the fire zone stays fixed while bricks move down and air moves up, recovering heat "
        "counter-currently. Vietnam has around 600 enterprises using it, making some 1.8 billion bricks a year, and local "
        "builders have semi-mechanised the design. Design, construction supervision and operator training.",
    ),
    (
        "rEo042",
        "vi",
        "undp_vsbk",
        "Mô hình trình diễn lò gạch đứng liên tục VSBK",
        "Triển khai mô hình trình diễn lò VSBK như dự án giai đoạn 2002–2003: công nghệ phù hợp thay lò gạch thủ công (cả nước "
        "ước 7.000–10.000 lò), giảm phát thải khí nhà kính và ô nhiễm; hỗ trợ cơ chế nhân rộng cho địa phương.",
    ),
    (
        "rEo043",
        "en",
        "jst_kiln",
        "Kiln energy and emissions audit",
        "Field audit by a university mechanical engineering team: measurement of energy use and of SOx, CO and NOx "
        "emissions; a multi-chamber brick kiln audited this way consumed 2,035.1 kJ per kg of bricks. The report sets out "
        "measures to improve energy efficiency and environmental performance.",
    ),
    (
        "rEo044",
        "en",
        "artisan_kilns",
        "Retrofit package for artisan kilns",
        "Upgrades recommended by a systematic review of artisan brick kilns: mechanical fans, thermal insulation of the kiln "
        "envelope, organic waste fuel of uniform size, automatic control of firing variables and computer simulation, plus "
        "technical training for kiln workers and help finding finance.",
    ),
    (
        "rEo045",
        "vi",
        "gomdo_lnv",
        "Nung gốm trong lò tròn đốt trấu giảm hao hụt",
        "Chuyển giao kinh nghiệm từ năm 1997 khi doanh nghiệp Vĩnh Long đưa gốm vào nung trong lò gạch tròn truyền thống đốt "
        "trấu: tỷ lệ hao hụt khi nung giảm từ trên 50% xuống 10–20%, tiết kiệm hơn lò dài đốt gỗ tạp.",
    ),
    (
        "rEo046",
        "vi",
        "rha_brick_vn",
        "Gạch từ tro trấu phối trộn đất sét",
        "Quy trình: lọc tạp chất tro trấu qua nhiều tầng, phối trộn tro trấu – đất sét – phụ gia theo tỷ lệ 40:55:5; gạch đạt "
        "cường độ nén 7,5 MPa theo TCVN 6477:2016, cách nhiệt tốt hơn khoảng 30%, giá thành thấp hơn khoảng 15% so với "
        "gạch đất sét nung.",
    ),
    (
        "rEo047",
        "en",
        "rha_concrete",
        "Rice husk ash as partial cement replacement",
        "Testing and grinding service: ground rice husk ash rich in amorphous silica replaces part of the cement in concrete; "
        "a 10% replacement gave 30.8% more strength than the control mix and up to 20% could be replaced without loss, "
        "though water demand rises. Finer ash performs better.",
    ),
    (
        "rEo048",
        "en",
        "rha_review",
        "Rice husk ash characterisation for construction use",
        "Laboratory testing of ash from husk-fired kilns: reactive silica, fineness, pozzolanic activity (secondary C-S-H "
        "gel formed with calcium hydroxide) and filler effect, to decide whether the ash can be sold as a supplementary "
        "cementitious material.",
    ),
    (
        "rEo049",
        "vi",
        "phudien",
        "Lò nung liên hoàn kiểu Hoffman cho gạch",
        "Tư vấn đầu tư lò Hoffman liên hoàn như các lò miền Đông: gạch ra lò sau khoảng 12 giờ thay vì cả tháng như lò "
        "truyền thống, giá thành khoảng 500 đồng/viên so với 720 đồng/viên của lò thủ công.",
    ),
    (
        "rEo050",
        "en",
        "glaze_hf",
        "Lead-free fritted glazes for terracotta tableware",
        "Glaze advice based on fritting: raw glaze materials are first melted in a frit kiln so harmful components are bound "
        "chemically and stay insoluble, giving a safer base to which colourants and melting-range additions are made. For "
        "potters wanting food-contact glazes on low-fired red clay.",
    ),
    (
        "rEo051",
        "vi",
        "gomdo_lnv",
        "Chuẩn hóa khâu chuẩn bị đất và tạo hình gốm đỏ",
        "Quy trình cho xưởng gốm đỏ: đất được nhào trộn nhiều lần qua máy, thêm phụ gia, tạo «cây đất» theo kích thước sản "
        "phẩm; phôi đã định hình được đưa lên bàn xoay chỉnh sửa chi tiết nhỏ trước khi phơi và nung; đào tạo thợ và chuẩn "
        "hóa kích thước giữa các mẻ.",
    ),
    (
        "rEo052",
        "en",
        "hieploi",
        "Red terracotta product line development",
        "Product development for unglazed red clay fired with rice husk, keeping its natural red colour and white alum "
        "veins, plus newer lines such as cement pottery, antique-look pottery and glazed decorative ware, built on the "
        "collective mark granted in 2011.",
    ),
    (
        "rEo053",
        "en",
        "cm_dust",
        "Silica dust measurement and control in pottery studios",
        "Measurement of airborne dust during common studio tasks (mixing clay and glazes, sweeping, sanding) and guidelines "
        "to cut exposure. Particles under 10 µm reach the lungs; silica causes silicosis and lung cancer, and plaster and "
        "glaze dusts add further hazards.",
    ),
    (
        "rEo054",
        "vi",
        "ceraspace",
        "Kiểm soát bụi silic trong xưởng gốm",
        "Tư vấn an toàn: đất khô bay lên khi xoay, quét, chà nhám tạo bụi silic dưới 10 micromet vượt qua cơ chế lọc tự nhiên, "
        "đọng sâu trong phổi gây xơ hóa không hồi phục; hướng dẫn làm ướt, thông gió, vệ sinh và trang bị bảo hộ hô hấp "
        "đúng chuẩn.",
    ),
    (
        "rEo055",
        "vi",
        "danvan",
        "Phân tích đất sét địa phương và đường cong nung",
        "Dịch vụ thử nghiệm nguyên liệu: đất sét Vĩnh Long có đặc tính riêng, chỉ kết khối ở khoảng 900 °C, khác đất miền "
        "Đông; xác định thành phần, độ co, nhiệt độ nung phù hợp để giảm nứt, cong vênh cho gốm đỏ.",
    ),
    (
        "rEo056",
        "vi",
        "vn24h_kiln",
        "Tối ưu chu kỳ vận hành lò tròn đốt trấu",
        "Tư vấn cho lò gạch hình tháp cao 7–12 m: một chu kỳ thường mất 5 ngày xếp và dỡ, 15 ngày nung, 10 ngày xây cửa lò "
        "và chờ nguội, cho khoảng 120.000 viên; phân tích cách canh lửa, nạp trấu và làm nguội để rút ngắn chu kỳ, giảm "
        "gạch non, gạch cháy.",
    ),
    (
        "rEo057",
        "en",
        "phudien",
        "Bulk fired bricks delivered to the Mekong Delta",
        "Supply of fired bricks from continuous kilns in the south-east, sold to delta builders at about 750–800 VND per "
        "brick retail.",
    ),
    (
        "rEo058",
        "vi",
        "ninebegin",
        "Cung cấp đất sét nguyên liệu bằng ghe",
        "Chở đất sét bằng ghe thuyền cập tận lò gạch, lò gốm ven sông, kênh.",
    ),
    (
        "rEo059",
        "en",
        "phudien",
        "Rice husk fuel supply contracts for kilns",
        "Contracted delivery of rice husk to kiln owners, to buffer the steep and prolonged husk price rises that have "
        "forced many traditional kilns to stop firing.",
    ),
    (
        "rEo060",
        "vi",
        "langgom_bt",
        "Bán sỉ gốm đỏ trang trí sân vườn",
        "Phân phối sỉ chậu, bình gốm đỏ không men trang trí sân vườn cho cửa hàng, giao hàng toàn quốc.",
    ),
    # --- blacksmiths and knives ---
    (
        "rEo061",
        "vi",
        "hoangtung",
        "Kỹ thuật tôi lưỡi dao bằng nước muối và ram lại",
        "Chuyển giao cách tôi lưỡi thủ công của xưởng rèn lâu năm: nung lưỡi trên than, nhúng nước muối loãng hãm lưỡi dứt "
        "khoát một lần, hơ lửa hồi lại để khử ứng suất, lấy dẻo; dao chặt chỉ tôi sâu tối đa khoảng 2 cm để sống dao mềm "
        "chịu lực; dao nhọn không tôi sâu ở mũi để tránh gãy.",
    ),
    (
        "rEo062",
        "en",
        "originblades",
        "Blade heat-treatment consulting",
        "Heat treatment as a sequence of annealing, normalising, hardening and tempering that balances toughness, edge "
        "retention and flexibility; oil or water quench chosen by steel; tempering to relieve the brittleness left after "
        "quenching. Forging temperatures and material flow are reviewed too, since they shape the final result.",
    ),
    (
        "rEo063",
        "en",
        "halgonzales",
        "Differential edge quench training for forged knives",
        "Hands-on method: anneal the rough blade by bringing it to non-magnetic red heat three times and cooling slowly, "
        "then harden by dipping only the cutting edge vertically into oil so the spine stays flexible; dipping at an angle "
        "causes bubbles and warping.",
    ),
    (
        "rEo064",
        "vi",
        "nhithanh",
        "Máy dập khuôn và máy mài cho lò rèn dao",
        "Gói đầu tư theo mô hình một lò rèn ba đời làm dao bào: hai máy dập khuôn lớn nhỏ và một máy mài, tổng hơn 100 triệu "
        "đồng (máy dập lớn khoảng 60 triệu); mỗi ngày hơn 100 con dao qua hơn 10 công đoạn: cắt phôi, làm mỏng mép, gọt, "
        "liếc, mài, đóng dấu, tán ốc, vô cán, thoa dầu.",
    ),
    (
        "rEo065",
        "en",
        "dasy_clean",
        "Mechanisation and cleaner production package for forging households",
        "Based on a forging village of over 900 households and nearly 4,000 workers: investing in machines and technology "
        "lifts household income from 80–120 million to 150–200 million VND a year while easing labour. The package "
        "combines power equipment with a cleaner-production model to cut pollution.",
    ),
    (
        "rEo066",
        "en",
        "forge_hood",
        "Forge hood and chimney design",
        "Smoke exhaust design for forges: a large funnel-shaped sheet-metal hood into a pipe of about 10 inches (8 inches "
        "draws poorly) rising 2 feet above the roof ridge, or a side-draft chimney that pulls smoke sideways from a low "
        "opening. For coal fires, and equally to carry combustion gases away from gas-fired forges.",
    ),
    (
        "rEo067",
        "vi",
        "theforge",
        "Cấp khí tươi, hút khí thải và cảnh báo CO cho xưởng rèn",
        "Tư vấn an toàn: khói than đá chứa SO2, SO3 gặp hơi ẩm tạo hơi axit gây kích ứng phổi và ăn mòn dụng cụ; lò gas "
        "trong xưởng kín có thể sinh CO không mùi còn nguy hiểm hơn. Giải pháp: chụp hút và ống khói, cấp khí tươi liên tục "
        "cho khu lò, đặt thiết bị báo CO.",
    ),
    (
        "rEo068",
        "vi",
        "dasy_ld",
        "Quy hoạch điểm sản xuất tập trung cho làng rèn",
        "Tư vấn lập dự án đưa lò rèn ra điểm công nghiệp ngoài khu dân cư, rút kinh nghiệm làng rèn Đa Sỹ: khu quy hoạch "
        "13,09 ha vẫn bỏ trống nhiều năm; hơn 1.000 hộ làm rèn, khoảng 70% thủ công, 30% đã dùng máy. Hỗ trợ hạ tầng, thủ "
        "tục và lộ trình di dời.",
    ),
    (
        "rEo069",
        "vi",
        "kienthuc_dasy",
        "Chọn phôi thép nhíp ô tô cho dao rèn",
        "Hướng dẫn chọn và phân loại phôi từ sắt đặc, nhíp xe ô tô cho dao thái, dao chặt, theo kinh nghiệm lò rèn thủ công "
        "lâu đời (một ngày rèn khoảng 4 con dao; dao thái 80 nghìn, dao chặt 250 nghìn đồng); kèm cách chọn than đốt lò.",
    ),
    (
        "rEo070",
        "en",
        "hoangtung",
        "High-frequency induction hardening of knife edges",
        "Induction heating units that bring the blade edge to the right hardening temperature, as modern forges now do, "
        "instead of judging heat by eye over coal; set up so only the edge is hardened and the spine stays soft.",
    ),
    (
        "rEo071",
        "vi",
        "danghungphuoc",
        "Đào tạo thợ rèn nông cụ, dao",
        "Khóa truyền nghề tại lò rèn có truyền thống hơn 80 năm: học và làm tại lò khoảng 1 năm để thành thợ giỏi; điều "
        "chỉnh nhiệt độ lửa và thời gian nung cho từng loại nông cụ; tư vấn sản phẩm theo yêu cầu khách. Thợ thu nhập "
        "300.000–400.000 đồng/ngày, lúc cao điểm trên 500.000 đồng.",
    ),
    (
        "rEo072",
        "en",
        "yumpu_forged",
        "Traditional knife fit-and-finish course",
        "Teaching from a 132-page forging manual: moving hot steel with hammer and anvil into a knife form ready for filing, "
        "heat treating and sharpening with little or no electric grinding, then a riveted full-tang handle made with hand "
        "tools.",
    ),
    (
        "rEo073",
        "en",
        "banmach",
        "Forged farm tools for export to Laos and Cambodia",
        "Trading house selling sickles, hoes, spades and knives from a northern forging village to buyers in Laos and "
        "Cambodia.",
    ),
    (
        "rEo074",
        "vi",
        "xomloren",
        "Máy nông nghiệp cơ giới cho đồng ruộng",
        "Cung cấp máy gặt, máy xới thay cho cuốc, liềm, phảng cầm tay khi nông dân cơ giới hóa sản xuất.",
    ),
    (
        "rEo075",
        "en",
        "kimma",
        "Metal machining and scrap steel recycling",
        "Machining, casting and scrap steel recycling services from metalworking craft villages around Hanoi.",
    ),
    (
        "rEo076",
        "vi",
        "daibai",
        "Đúc đồng mỹ nghệ theo đơn đặt hàng",
        "Nhận đúc tượng, lư, chuông đồng theo mẫu, kinh nghiệm làng đúc đồng Đại Bái.",
    ),
    # --- design and product development ---
    (
        "rEo077",
        "vi",
        "lnv_design",
        "Kết nối nhà thiết kế với cơ sở làng nghề",
        "Dịch vụ gắn kết nhà sản xuất, nhà thiết kế mẫu mã và đơn vị xây dựng thương hiệu cho hàng thủ công mỹ nghệ: rà soát "
        "mẫu cổ truyền chậm đổi mới, định hướng thiết kế theo thị hiếu mới, xây dựng bộ sưu tập và thương hiệu.",
    ),
    (
        "rEo078",
        "en",
        "govint",
        "Co-design programme for craft producers",
        "Training followed by hands-on mentoring in which artisans and designers create products that use fewer raw "
        "materials and less labour while keeping cultural value; heritage elements are built into functional items such as "
        "personal accessories, kitchenware and garden ornaments. A pilot produced about 30 sets of new products (pottery, "
        "woodwork, lanterns) for market testing.",
    ),
    (
        "rEo079",
        "en",
        "sida_design",
        "Design and marketing training at a craft design centre",
        "Centre model built with Lund University: training in contemporary design and marketing for handicraft SMEs; in its "
        "first year the pilot centre trained hundreds of designers and artisans and sold traditional crafts in new designs.",
    ),
    (
        "rEo080",
        "vi",
        "vinhphuc_design",
        "Đăng ký bảo hộ kiểu dáng và thi thiết kế mẫu",
        "Hỗ trợ cơ sở làng nghề đăng ký bảo hộ kiểu dáng để mẫu mới không bị làm nhái sau thời gian ngắn; tổ chức cuộc thi "
        "thiết kế mẫu sản phẩm thủ công mỹ nghệ tạo nguồn mẫu cho cơ sở nhỏ không có đội thiết kế riêng.",
    ),
    (
        "rEo081",
        "vi",
        "vnvn_packaging",
        "Thiết kế bao bì, nhãn mác cho hàng thủ công",
        "Tư vấn nâng năng lực thiết kế bao bì và nhãn sản phẩm thủ công mỹ nghệ để cạnh tranh trong nước và xuất khẩu "
        "(kim ngạch toàn ngành gần 2 tỷ USD mỗi năm); phù hợp cơ sở hộ gia đình vốn nhỏ, mặt bằng hẹp.",
    ),
    (
        "rEo082",
        "en",
        "thoibao_design",
        "Market-trend research and own designs for exporters",
        "About 90% of Vietnamese craft products follow designs and labels supplied by foreign buyers. We research European "
        "and US tastes and develop own designs and collections so producers can win larger orders instead of outwork only.",
    ),
    (
        "rEo083",
        "en",
        "ven_design",
        "Foreign designer workshops for craft villages",
        "Workshops where international designers advise producers on practical and artistic patterns and on reading trends "
        "and customer tastes, for ceramic and bamboo-rattan villages whose skilled artisans are craftsmen rather than "
        "designers.",
    ),
    (
        "rEo084",
        "vi",
        "arit_design",
        "Cải tiến mẫu sản phẩm truyền thống",
        "Tư vấn cải tiến kiểu dáng, kích thước sản phẩm truyền thống (gốm, mây tre đan, sơn mài, thêu, đồ gỗ) theo thị hiếu "
        "từng vùng, từng nước mà vẫn giữ nét đẹp cổ truyền, bảo đảm mỹ thuật và công năng.",
    ),
    (
        "rEo085",
        "en",
        "gi_law",
        "Collective mark and geographical indication registration",
        "Legal service for craft groups: whether a collective mark or a geographical indication fits, who may use a GI, the "
        "conditions and procedure for being granted the right to use it, and drafting the rules of use.",
    ),
    (
        "rEo086",
        "vi",
        "thuonghieu_gomdo",
        "Phát triển dòng gốm cho khách du lịch và thị trường nội địa",
        "Kinh nghiệm của hiệp hội gạch gốm mỹ nghệ khi đơn hàng châu Âu giảm mạnh giai đoạn 2020–2023: nghiên cứu dòng sản "
        "phẩm mới cho khách du lịch và thị trường trong nước, mẫu nhỏ gọn làm quà lưu niệm.",
    ),
    (
        "rEo087",
        "en",
        "vanson",
        "Woven product lines for hotels, restaurants and cafés",
        "Development of lanterns, vases, sofa sets, birdcages and table items in bamboo and rattan for hotels, restaurants "
        "and coffee shops, by a cooperative that launches 7–10 new models a year for home and export markets.",
    ),
    (
        "rEo088",
        "en",
        "baoquocte",
        "Producing to international brand designs",
        "Linking craft workshops with foreign brands that supply their own designs, as horn and bamboo-rattan firms near "
        "Hanoi do for a French fashion house and Japanese buyers; such products sell far higher, e.g. a horn comb at over "
        "700,000 VND in Japan against tens of thousands at home.",
    ),
    (
        "rEo089",
        "vi",
        "bemboo",
        "Thiết kế bộ sưu tập túi cói theo chủ đề",
        "Thiết kế bộ sưu tập túi cói mang câu chuyện văn hóa (ví dụ đặt tên theo các loài tre Việt Nam), hoàn thiện kiểu "
        "dáng, quai, lót cho thị trường thời trang.",
    ),
    (
        "rEo090",
        "en",
        "vnvn_packaging",
        "Offset printing of cartons and shipping boxes",
        "Print shop producing corrugated cartons and printed boxes in volume from customer artwork.",
    ),
    (
        "rEo091",
        "vi",
        "vanson",
        "Thiết kế thi công nội thất quán cà phê",
        "Nhận thiết kế và thi công nội thất trọn gói cho quán cà phê, nhà hàng.",
    ),
    # --- dyeing and finishing ---
    (
        "rEo092",
        "vi",
        "hoangthilinh",
        "Nhuộm bằng lá cây sẵn có, độ bền màu cấp 4–5",
        "Chuyển giao cách nhuộm từ lá chè già, lá bàng, lá xà cừ, lá xoài, lá ổi, lá cà phê; nhờ xử lý sau nhuộm theo công "
        "nghệ hiện đại, độ bền màu đạt cấp 4–5/5; không dùng hóa chất độc hại.",
    ),
    (
        "rEo093",
        "en",
        "bkhn_dye",
        "Leaf-based natural dyeing technology",
        "Process from a university textile dyeing lab: colour extracted from leaves of tea, Indian almond, eucalyptus, "
        "sapodilla, kudzu, bamboo and others, with a simple procedure for larger, even batches. Colours hold better and are "
        "brighter than traditional village methods, and the wastewater is far less harmful than chemical dye effluent.",
    ),
    (
        "rEo094",
        "vi",
        "duanuoc",
        "Chiết dịch nhuộm từ vỏ trái dừa nước",
        "Quy trình: thu gom vỏ và trái dừa nước bị bỏ, rửa, chặt nhỏ; đun với nước tỷ lệ 1 kg : 10 lít, cô còn 1/3 rồi lọc, "
        "lặp ba lần, gộp dịch và cô tiếp làm dịch nhuộm cho sợi tự nhiên; nguồn nguyên liệu dồi dào cho quy mô lớn.",
    ),
    (
        "rEo095",
        "en",
        "satsuma",
        "Natural dye recipes and mordanting",
        "Training on natural dyeing as a multi-step process in which each parameter is tested separately: alum (potassium "
        "aluminium sulphate) as a non-toxic mordant, copper or iron salts for other shades from the same plant, and "
        "returning spent plant material to the soil.",
    ),
    (
        "rEo096",
        "en",
        "dyehouse",
        "Effluent treatment for small dye workshops",
        "Low-cost, easy-to-maintain treatment: on-site coagulation and sedimentation with compact filtration to remove dye "
        "residues before discharge, closed-loop rinse recirculation, shared sensors for pH, turbidity and COD, and "
        "hands-on training in chemical handling.",
    ),
    (
        "rEo097",
        "vi",
        "botanical",
        "Tái sử dụng bể cắn màu và bể nhuộm",
        "Hướng dẫn tiết kiệm nước, hóa chất: bể tanin và bể phèn dùng lại nhiều lần, mỗi lần bổ sung thêm 50% nguyên liệu; "
        "bể nhôm sunfat nóng để nguội rồi bổ sung; bể nhuộm để nguội khoảng 38 °C, bổ sung thuốc nhuộm rồi đun lại từ từ.",
    ),
    (
        "rEo098",
        "vi",
        "bkhn_report",
        "Quy trình nhuộm màu tự nhiên cho cơ sở làng nghề",
        "Kết quả đề tài hợp tác quốc tế mã 10/2010/HĐ-NĐT do Trường Đại học Bách khoa Hà Nội chủ trì: chất màu tự nhiên từ "
        "lá chè, lá bàng, lá xà cừ và hạt điều màu, quy trình công nghệ nhuộm và triển khai cho cơ sở làng nghề dệt nhuộm.",
    ),
    (
        "rEo099",
        "en",
        "silky",
        "Natural dye consultancy for craft producers",
        "Advice on dyes from plants (roots, berries, bark, leaves, wood), minerals and insects — over 500 plant species are "
        "used — including the mordants most of them need to bind to fibre, and health cautions about dust.",
    ),
    (
        "rEo100",
        "vi",
        "hoangthilinh",
        "Kiểm tra độ bền màu cho sản phẩm nhuộm tự nhiên",
        "Dịch vụ đánh giá độ bền màu theo thang cấp 1–5 cho sợi, vải nhuộm màu tự nhiên sau xử lý hoàn tất, làm căn cứ cam "
        "kết chất lượng với khách hàng.",
    ),
    (
        "rEo101",
        "vi",
        "phongphu",
        "Gia công nhuộm vải công nghiệp",
        "Nhận nhuộm, hoàn tất vải số lượng lớn cho doanh nghiệp may tại xí nghiệp nhuộm công nghiệp.",
    ),
    (
        "rEo102",
        "en",
        "ecodyes",
        "Low-impact reactive dyes for garment mills",
        "Bulk supply of low-impact fibre-reactive dyes, with fixation up to about 70%, for textile and garment factories.",
    ),
    # --- selling online and to tourists ---
    (
        "rEo103",
        "vi",
        "vnanet_online",
        "Đưa sản phẩm làng nghề lên sàn thương mại điện tử",
        "Hỗ trợ cơ sở làng nghề mở gian hàng trên Shopee, Lazada và mạng xã hội như các làng gốm, lụa đã làm (ở một làng "
        "gốm, thương mại điện tử chiếm khoảng 26% doanh số); đào tạo kỹ năng kinh doanh, quản lý đơn hàng.",
    ),
    (
        "rEo104",
        "en",
        "phutuc_live",
        "Livestream selling coaching for craft workshops",
        "Coaching workshop owners to sell live on Facebook and TikTok with two phones and a helper, no script or crew: "
        "showing products and turning the camera to the production floor when viewers ask about the process; one "
        "bamboo-rattan workshop closes about 30 orders in under an hour.",
    ),
    (
        "rEo105",
        "vi",
        "ver2_small",
        "Dịch vụ livestream bán hàng cho cơ sở nhỏ",
        "Tổ chức phiên livestream chốt đơn trên Facebook, TikTok, Shopee, Lazada cho cơ sở nhỏ: kịch bản, tương tác, khuyến "
        "mãi, giúp cạnh tranh khi các thương hiệu lớn giảm giá sâu.",
    ),
    (
        "rEo106",
        "en",
        "amazon_handmade",
        "Onboarding to international handmade marketplaces",
        "Helping artisans list on Etsy and Amazon Handmade, which admits only handmade goods (no factory-made or kit items) "
        "and opened with over 80,000 handcrafted items, about 30% personalisable; covers product stories, policies and the "
        "labour-practice questions buyers raise.",
    ),
    (
        "rEo107",
        "vi",
        "tem_truyxuat",
        "Tem truy xuất nguồn gốc cho hàng thủ công mỹ nghệ",
        "Thiết kế và cấp tem truy xuất chứa tên sản phẩm, cơ sở sản xuất, địa chỉ, nguyên liệu; giúp khách phân biệt hàng "
        "thật với hàng nhái, nâng uy tín thương hiệu; không bắt buộc nhưng thể hiện sự chuyên nghiệp.",
    ),
    (
        "rEo108",
        "en",
        "vnanet_online",
        "QR codes for craft products and village tourism services",
        "Setting up QR codes that link a craft village's products and tourism services to product and brand pages, as a "
        "leading pottery village plans for its OCOP products; combined with e-commerce listings.",
    ),
    (
        "rEo109",
        "en",
        "sggp_tours",
        "Experiential tour design for craft villages",
        "Helping producers build what tour operators ask for: a dedicated demonstration area, clean well-equipped workshop, "
        "skilled artisans guiding hands-on sessions, a rest area, space to taste and buy local products, and a restaurant "
        "for groups.",
    ),
    (
        "rEo110",
        "vi",
        "triangle_tour",
        "Liên kết tuyến du lịch làng nghề Bến Tre – Trà Vinh – Vĩnh Long",
        "Xây dựng tour liên tỉnh chủ đề «Từ sông ra biển» sau chuyến khảo sát famtrip, đưa trải nghiệm làng nghề (chợ dừa "
        "nổi, chỉ xơ dừa, thảm dừa...) vào lịch trình của công ty lữ hành.",
    ),
    (
        "rEo111",
        "en",
        "pottery_homestay",
        "Pottery class and homestay model",
        "Model from a pottery homestay in Long Hồ: visitors, many from Europe, follow craftsmen from fetching and mixing clay "
        "to shaping, polishing and firing, and can join structured pottery classes; a ready programme for the Tết season.",
    ),
    (
        "rEo112",
        "vi",
        "vnnet_ecom",
        "Xây dựng kênh bán hàng Facebook, website cho làng nghề",
        "Cập nhật thông tin sản phẩm, mẫu mã và lịch sử làng nghề lên Facebook, website và sàn trực tuyến; kinh nghiệm một "
        "làng đồ đồng tăng lượng bán từ khoảng 7 lên 10 sản phẩm nhờ quảng bá trực tuyến.",
    ),
    (
        "rEo113",
        "en",
        "vntourism_south",
        "Partnerships between craft producers and travel companies",
        "Linking craft sites with tour operators, after a southern cocoa producer that upgraded its facilities and now hosts "
        "three to five foreign delegations a month (6–80 people each) with a national tour company; includes planning for "
        "return visits.",
    ),
    (
        "rEo114",
        "en",
        "sggp_vc",
        "Digitising ceramic product catalogues",
        "Digitisation of product ranges for red clay ceramics makers, as in a provincial value-chain project of nearly "
        "9 billion VND covering 24 establishments with 107 kilns and about 3.6 million pieces a year; also retraining and "
        "design changes to suit the market.",
    ),
    (
        "rEo115",
        "vi",
        "vietcraft_design",
        "Tổ chức hội chợ chuyên ngành thủ công mỹ nghệ",
        "Hiệp hội tổ chức hội chợ dành riêng cho hàng thủ công, thu hút khách châu Âu, Mỹ để cơ sở tìm khách hàng; đồng thời "
        "lập trung tâm thiết kế cho hội viên.",
    ),
    (
        "rEo116",
        "en",
        "vns_export",
        "Export market access for rattan, bamboo and sedge products",
        "Advisory for the US, Japan and UK markets, which took 41.6%, 7.6% and 5.3% of Vietnam's 594.8 million USD of rattan, "
        "bamboo, sedge and carpet exports in the first nine months of 2024; uses the UK–Vietnam FTA for preferential access.",
    ),
    (
        "rEo117",
        "vi",
        "ver2_trend",
        "Livestream bán xe điện, hàng công nghệ cho thương hiệu lớn",
        "Phiên livestream quy mô lớn cho thương hiệu, ví dụ 4 giờ bán xe máy điện với 5.000 người xem cùng lúc, doanh thu "
        "hơn 1,4 tỷ đồng.",
    ),
    (
        "rEo118",
        "en",
        "mrbiker",
        "Cycling tours through Mekong craft villages",
        "Guided bicycle tours to craft workshops in Cai Be, My Tho and Dong Thap for foreign travellers.",
    ),
    (
        "rEo119",
        "vi",
        "baotravinh_ocop",
        "Cho thuê gian hàng hội chợ OCOP",
        "Cho thuê gian hàng tại hội chợ triển lãm thương mại sản phẩm công nghiệp nông thôn – OCOP cấp tỉnh.",
    ),
    # --- dust, smoke and waste ---
    (
        "rEo120",
        "en",
        "canadian_cyclone",
        "Cyclone dust collectors for small workshops",
        "Supply and installation: a cyclone separates chips and coarse dust before the filter; a typical single-stage unit "
        "moves about 500 CFM; cloth bags stop only 30-micron particles while canister filters reach about 1 micron, and "
        "lung protection calls for filtration down to around 0.3 micron.",
    ),
    (
        "rEo121",
        "vi",
        "fww_dust",
        "Hút bụi tại nguồn cho máy chà nhám, máy mài",
        "Thiết kế cổng hút trên từng máy, nối máy hút và hệ thu bụi; bụi dưới 10 micromet lơ lửng lâu và vào sâu phổi nên phải "
        "thu tại nguồn trước khi tính tới lọc không khí hay khẩu trang.",
    ),
    (
        "rEo122",
        "en",
        "duonglieu",
        "Village wastewater treatment plant and fee model",
        "From a study of a village where 95% of households process cassava starch: one treatment plant for the whole "
        "village, wastewater fees from processing households, improved sewers, community clean-up and cleaner production, "
        "assessed for cost-effectiveness.",
    ),
    (
        "rEo123",
        "vi",
        "e3s",
        "Thu gom, xử lý chất thải rắn làng nghề",
        "Tư vấn tổ chức thu gom chất thải rắn sản xuất cho làng nghề (cả nước mới khoảng 20,9% làng nghề thu gom chất thải rắn "
        "và 26,7% thu gom nước thải): phân loại tại hộ, điểm tập kết và phương án xử lý.",
    ),
    (
        "rEo124",
        "en",
        "iucn",
        "Craft village water-pollution assessment and dialogue",
        "Technical study of craft village water pollution by a polytechnic university, followed by a facilitated water "
        "dialogue between villagers and officials, with recommendations on consistent, transparent enforcement of rules "
        "and penalties.",
    ),
    (
        "rEo125",
        "vi",
        "blog_logom",
        "Tái sử dụng phế phẩm gốm vỡ",
        "Phương án cho làng gốm: sản phẩm hỏng trước khi nung được đưa lại làm nguyên liệu; gốm vỡ sau nung thu gom riêng làm "
        "vật liệu san lấp, tôn nền thay vì đổ ra sông cùng rác sinh hoạt.",
    ),
    (
        "rEo126",
        "en",
        "battrang_air",
        "Air quality monitoring around pottery and brick kilns",
        "Monitoring of dust and CO2, SO2, NO2 around kiln areas; in one major pottery village dust reached 3–3.5 times the "
        "environmental standard. Reports for local authorities and kiln owners.",
    ),
    (
        "rEo127",
        "vi",
        "monre2008",
        "Tư vấn thủ tục và quy chuẩn môi trường cho cơ sở làng nghề",
        "Hướng dẫn dựa trên báo cáo môi trường quốc gia về làng nghề: nhận diện nguồn thải theo loại nghề, hồ sơ, cam kết "
        "bảo vệ môi trường và biện pháp giảm thiểu cho cơ sở nhỏ.",
    ),
    (
        "rEo128",
        "en",
        "vacne",
        "Relocating craft production out of residential areas",
        "Planning advice drawn from failed schemes: a district complex built in 2010 for handicraft households became a new "
        "settlement because families moved in with their workshops; recommends layouts that separate living and production "
        "and enforce discharge rules.",
    ),
    (
        "rEo129",
        "vi",
        "dyehouse",
        "Xử lý nước thải nhuộm quy mô nhỏ bằng keo tụ – lắng",
        "Hệ thống đơn giản, dễ bảo trì cho hộ nhuộm: keo tụ, lắng và lọc gọn tại chỗ để giảm dư lượng thuốc nhuộm trước khi "
        "thải; tuần hoàn nước xả; đo pH, độ đục, COD; tập huấn sử dụng hóa chất an toàn.",
    ),
    (
        "rEo130",
        "vi",
        "trash_burner",
        "Trạm đốt rác sinh hoạt cấp thị trấn",
        "Xây dựng lò đốt rác thải sinh hoạt cho thị trấn, khu dân cư.",
    ),
    (
        "rEo131",
        "en",
        "fww_dust",
        "Ceiling-hung air cleaners for homes",
        "Residential ceiling-mounted air cleaner units for household dust in living rooms and garages.",
    ),
    (
        "rEo132",
        "en",
        "road_dust",
        "Road dust suppression by water trucks",
        "Water spraying trucks to settle dust on unpaved roads near construction sites.",
    ),
    (
        "rEo133",
        "vi",
        "hyac_vamco",
        "Dùng bèo lục bình lọc nước ao hồ ô nhiễm",
        "Thả bèo lục bình trong khung để hấp thụ chất ô nhiễm trong ao hồ, kênh mương.",
    ),
    # --- further offers, often the same technique from a second provider or language ---
    (
        "rEo134",
        "en",
        "phoyen",
        "Continuous vertical kiln roll-out with financing and training",
        "Programme to replace manual brick kilns, which in one district dug up 114,000 m³ of farmland a year: zoning of "
        "clay sources and production sites, demonstration of continuous vertical kilns, capital support, training and "
        "technology transfer.",
    ),
    (
        "rEo135",
        "vi",
        "artisan_kilns",
        "Cải tạo lò nung thủ công: quạt, bảo ôn, điều khiển tự động",
        "Gói cải tạo: lắp quạt cưỡng bức, bọc bảo ôn vỏ lò, dùng nhiên liệu sinh khối cỡ hạt đồng đều, điều khiển tự động "
        "các thông số nung, đào tạo kỹ thuật cho thợ lò và kết nối nguồn vốn.",
    ),
    (
        "rEo136",
        "vi",
        "originblades",
        "Tư vấn nhiệt luyện lưỡi dao: ủ, thường hóa, tôi, ram",
        "Thiết lập quy trình nhiệt luyện cân bằng độ dai, độ giữ sắc và độ đàn hồi; chọn tôi dầu hay tôi nước theo loại thép; "
        "ram sau tôi để giảm giòn; rà soát nhiệt độ rèn vì ảnh hưởng tới kết quả cuối.",
    ),
    (
        "rEo137",
        "en",
        "nhithanh",
        "Die-stamping presses for small knives and plane blades",
        "Large and small stamping presses plus a grinder for family forges making carpentry plane blades; one forge that "
        "invested over 100 million VND now turns out more than 100 finished blades a day for the Mekong Delta market.",
    ),
    (
        "rEo138",
        "vi",
        "forge_hood",
        "Thiết kế chụp hút và ống khói cho lò rèn",
        "Chụp hút hình phễu bằng tôn nối ống khoảng 25 cm (ống 20 cm hút kém), cao hơn nóc mái khoảng 60 cm, hoặc kiểu ống "
        "khói hút ngang từ cửa thấp; dùng cho lò than và để dẫn khí cháy của lò gas ra ngoài.",
    ),
    (
        "rEo139",
        "en",
        "vinhphuc_design",
        "Industrial design protection against copying",
        "Registering product designs so that small craft producers who invest in new models are not copied within months; "
        "weak IP protection is a main reason producers hesitate to invest in design.",
    ),
    (
        "rEo140",
        "vi",
        "govint",
        "Chương trình đồng thiết kế với nghệ nhân",
        "Tập huấn và kèm cặp trực tiếp để nghệ nhân cùng nhà thiết kế làm sản phẩm mới ít tốn nguyên liệu, công lao động mà "
        "vẫn giữ giá trị văn hóa; thí điểm tạo khoảng 30 bộ sản phẩm mới (gốm, đồ gỗ, đèn lồng) để thử thị trường.",
    ),
    (
        "rEo141",
        "en",
        "vnvn_packaging",
        "Packaging and label design for handicrafts",
        "Consulting to raise the packaging and labelling design capacity of craft producers, mostly household businesses "
        "with little capital or space, so they can compete at home and in export markets.",
    ),
    (
        "rEo142",
        "en",
        "duanuoc",
        "Nipa palm fruit husk dye extraction",
        "Process: discarded nipa palm husks and immature fruits are washed and chopped, boiled at 1 kg to 10 litres of water "
        "and reduced to a third, filtered, repeated three times, then combined and reduced again into a dye liquor for "
        "natural fibres.",
    ),
    (
        "rEo143",
        "vi",
        "satsuma",
        "Tập huấn dùng phèn chua làm chất cắn màu khi nhuộm tự nhiên",
        "Nhuộm tự nhiên là quy trình nhiều bước, mỗi thông số cần thử riêng; dùng phèn chua làm chất cắn màu không độc, muối "
        "đồng, sắt để đổi sắc độ từ cùng một loại cây; bã thực vật được trả lại đất.",
    ),
    (
        "rEo144",
        "vi",
        "phutuc_live",
        "Huấn luyện livestream bán hàng cho xưởng thủ công",
        "Hướng dẫn chủ xưởng tự livestream trên Facebook, TikTok bằng hai điện thoại và một người hỗ trợ, quay cả khu sản xuất "
        "khi khách hỏi quy trình; một xưởng mây tre đan chốt khoảng 30 đơn chưa tới một giờ.",
    ),
    (
        "rEo145",
        "en",
        "tem_truyxuat",
        "Traceability labels for craft products",
        "Labels carrying product name, producer, address and materials so buyers can verify origin and tell genuine items "
        "from imitations; optional for handicrafts but a sign of professionalism.",
    ),
    (
        "rEo146",
        "vi",
        "sggp_tours",
        "Thiết kế khu trình diễn, trải nghiệm làng nghề cho đoàn khách",
        "Tư vấn xây khu trình diễn riêng, xưởng sạch, nghệ nhân hướng dẫn khách làm thử, khu nghỉ, khu thử và mua sản phẩm, "
        "nhà hàng phục vụ đoàn theo yêu cầu của công ty lữ hành.",
    ),
    (
        "rEo147",
        "en",
        "fww_dust",
        "Source-capture dust extraction for sanding and grinding",
        "Improving or adding dust ports on each machine and connecting them to a collector or shop vacuum, because particles "
        "under 10 microns stay airborne longest and penetrate deepest; collecting at the source comes before room air "
        "filters or respirators.",
    ),
    (
        "rEo148",
        "vi",
        "canadian_cyclone",
        "Bộ thu bụi cyclone cho xưởng nhỏ",
        "Lắp đặt bộ thu bụi cyclone tách dăm, bụi thô trước bộ lọc; máy một cấp khoảng 500 CFM; túi vải chỉ giữ hạt "
        "30 micromet, lõi lọc đạt khoảng 1 micromet, cần lọc tới khoảng 0,3 micromet để bảo vệ phổi.",
    ),
    (
        "rEo149",
        "en",
        "e3s",
        "Craft village solid waste and wastewater collection planning",
        "Planning for villages where collection lags: nationally only 26.7% of craft villages collect industrial wastewater "
        "and 20.9% collect industrial solid waste; household sorting, collection points and treatment options.",
    ),
    (
        "rEo150",
        "vi",
        "bamboo_borax",
        "Ngâm tre trong dung dịch borax – axit boric",
        "Dịch vụ xử lý tre làm đồ đan, đồ gỗ: ngâm dung dịch borax và axit boric chống mọt, mối, nấm hại ăn tinh bột trong "
        "tre; tre không xử lý dùng khoảng 2 năm (4–6 năm nếu giữ khô), xử lý đúng có thể bền hàng chục năm.",
    ),
    (
        "rEo151",
        "en",
        "mould_wol",
        "Mould and insect prevention for straw, sedge and grass goods",
        "Advice for weavers: dry raw grass thoroughly before storage, remove roots and damaged leaves, store in dry "
        "ventilated spaces without tall stacks that heat up, turn and re-dry bales in the rainy season, clean and treat "
        "before weaving, and pack finished goods at once in moisture-resistant packaging.",
    ),
    (
        "rEo152",
        "vi",
        "hyac_mkt",
        "Quy trình phơi lục bình 3–5 ngày đạt màu vàng",
        "Hướng dẫn phơi cọng lục bình 3–5 ngày đến khi vàng đều và dẻo tự nhiên; phơi thiếu nắng hoặc không đều sẽ làm sợi "
        "mục, dễ gãy; kèm cách bố trí giàn phơi và kiểm tra độ ẩm trước khi chẻ, se.",
    ),
    (
        "rEo153",
        "en",
        "dinhyen_vnp",
        "Sedge strand preparation and hot dyeing for coloured mats",
        "Method from a heritage mat village: select strands neither too thick nor too soft, sun-dry 30 minutes to an hour, "
        "dye in boiling water, sun-dry another day, then weave; afterwards trim the edges, tie the ends and dry the mat "
        "again.",
    ),
    (
        "rEo154",
        "vi",
        "phutan_lnv",
        "Giống lúa cho ruộng ven đầm nhiễm mặn",
        "Cung cấp giống lúa và hướng dẫn canh tác cho ruộng ven đầm nhiễm mặn.",
    ),
    (
        "rEo155",
        "en",
        "rha_neutron",
        "Neutron radiography non-destructive testing",
        "Neutron imaging service to study pore structure and water uptake in building materials, such as rice husk ash "
        "bricks.",
    ),
    (
        "rEo156",
        "vi",
        "rha_concrete",
        "Bê tông thương phẩm giao tận công trình",
        "Cung cấp bê tông tươi theo mác yêu cầu, xe bồn giao tận công trình.",
    ),
]
