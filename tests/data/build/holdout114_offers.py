"""Offers of the holdout114 labelled set (plastic waste and recycling in small towns and villages).

Rows: (id, language, source key, title, description). Rows after a "# distractor" comment are offers from
neighbouring fields that share words with the needs without solving them.
"""

OFFERS = [
    # --- collection and sorting of plastic waste ---
    (
        "mLo001",
        "vi",
        "scp_veca",
        'Ứng dụng "ve chai công nghệ" kết nối người bán phế liệu, người thu mua dạo và vựa',
        "Ứng dụng di động có hai phiên bản, một cho hộ gia đình bán phế liệu và một cho người thu mua ve chai. "
        'Người bán đăng đơn để "gọi" người thu gom đến tận nhà như gọi xe công nghệ; bảng giá từng loại phế liệu '
        "được tổng hợp theo giá thu mua của vựa và theo khu vực, không do công ty áp đặt. Hiện không thu phí cả hai "
        "phía. Nhóm sáng lập sẵn sàng chuyển giao mô hình cho địa phương muốn tổ chức lại mạng lưới ve chai.",
    ),
    (
        "mLo002",
        "en",
        "vtv9_veca",
        "On-demand scrap pickup app for households and street collectors",
        "Households sort cardboard, cans and plastic bottles into separate bags and book a pickup time in the app; "
        "the nearest registered collector receives the order, confirms by phone and comes to the door. The app has "
        "passed 43,000 downloads and has routed more than 180 tonnes of recyclables. We train older collectors who "
        "have little experience with smartphones and can onboard a new town's collectors in a few sessions.",
    ),
    (
        "mLo003",
        "en",
        "hue_mgreen",
        "Cooperative model for 'tech junk collectors' with a booking app and a points wallet",
        "Set up of small cooperative groups (about ten members) of informal collectors who take recyclable-waste "
        "bookings through the mGreen Collector mobile platform, track transactions, cash flow and regular customers, "
        "and may pay households either in cash or in mGreen points (1 point = 1 dong). The target is at least one "
        "app-equipped collector in every ward or commune; groups have run since 2023 in two wards of Hue.",
    ),
    (
        "mLo004",
        "en",
        "assist_recover",
        "Upgrading the informal plastic collection chain: protective gear, aggregator training, PET targets",
        "Programme design that works with waste pickers, collection points and consolidation centres rather than "
        "replacing them: collectors receive suitable protective equipment, aggregators are trained to raise the "
        "quality and volume of the plastic they pass on, and daily collection targets are set for post-consumer PET "
        "so that the material reaches certified recyclers instead of downcyclers. Piloted 2021-2023 with a German "
        "recycling group.",
    ),
    (
        "mLo005",
        "vi",
        "tuoitregr_doirac",
        'Mô hình "đổi rác thải nhựa lấy gạo và nhu yếu phẩm" cho xã, ấp',
        "Hướng dẫn đoàn thanh niên, hội nông dân, hội phụ nữ cấp xã tổ chức điểm đổi rác nhựa định kỳ tại trụ sở ấp. "
        "Trong buổi ra mắt mẫu, 15 kg rác nhựa do đoàn viên, hội viên mang đến được đổi lấy tổng cộng 20 kg gạo, "
        "20 gói mì và 5 quyển tập. Giá trị quà có thể cao hơn giá phế liệu; mục tiêu chính là tạo thói quen gom nhựa, "
        "không vứt ra môi trường, gắn với tiêu chí nông thôn mới.",
    ),
    (
        "mLo006",
        "en",
        "baomoi_doralaqua",
        "'Trash for gifts' doorstep exchange for sorted recyclables",
        "Residents sort their recyclable waste, book a visit online and a volunteer team comes to the house to swap "
        "it for green gifts such as small potted plants, paper straws or books. Modelled on Indonesian trash banks, "
        "the campaign reached more than 100,000 people online, drew over 2,000 registrations and opened fixed drop-off "
        "points in several cities; sponsors cover the gifts.",
    ),
    (
        "mLo007",
        "vi",
        "baomoi_camau",
        'Chương trình "Chuyến xe kế hoạch nhỏ": học sinh phân loại ve chai gây quỹ giúp bạn',
        "Mô hình cho trường học: học sinh gom vỏ chai nhựa, lon, giấy vụn bỏ vào xe phân loại đặt tại trường; cứ 3 tuần "
        "đến 1 tháng nhà trường bán một lần, mỗi lần 80-100 kg với giá khoảng 5.000 đồng/kg. Năm học 2023-2024 một "
        "trường THPT dùng số tiền này hỗ trợ 4 học sinh khó khăn, mỗi em 500.000 đồng. Kèm tài liệu hướng dẫn phân "
        "loại và tổ chức thi đua giữa các lớp.",
    ),
    (
        "mLo008",
        "en",
        "dbnd_trashbank",
        "School waste bank run as a project-based learning unit",
        "A 'waste bank' inside the school where every pupil, teacher and staff member is a customer: they bring "
        "paper and plastic from the campus and from home, deposits are recorded, and the bank either sells the "
        "material to recyclers or turns it into products such as eco-bricks from bottles and bags, or carry bags "
        "sewn from packaging. Curriculum material from a secondary school that started the scheme in 2019.",
    ),
    (
        "mLo009",
        "en",
        "solidwaste_baler",
        "Build-it-yourself bale press for plastic bottles at small drop-off points",
        "Plans for a manual bale press made of plywood, timber, angle iron and a hydraulic car jack, originally a "
        "tobacco press. It makes bales about 3 ft x 2 ft x 1 ft holding at least 200 milk jugs (35-40 lb), needs "
        "neither electricity nor a forklift and costs US$50-150 to build, less with scrap materials. A county "
        "programme runs two of these presses at each of its 11 staffed drop-off centres.",
    ),
    (
        "mLo010",
        "vi",
        "betterbaler",
        "Tư vấn chọn máy ép kiện đứng cho điểm tập kết phế liệu",
        "Nhựa, bìa carton, lon nhôm phải được ép kiện thì nhà tái chế mới nhận. Máy ép kiện đứng là loại phổ biến nhất "
        'cho nhiều loại phế liệu; máy ép nằm chỉ hợp khi khối lượng lớn và vật liệu đồng nhất. Kiện cỡ "mill size" '
        "khoảng 60 x 30 x 48 inch, nặng chừng 1.000 lb tùy vật liệu, dễ xếp chồng và chở đủ xe. Chúng tôi khảo sát "
        "khối lượng để tránh mua máy quá lớn hoặc quá nhỏ.",
    ),
    (
        "mLo011",
        "vi",
        "recycleplant_sort",
        "Hướng dẫn phân loại nhựa phế liệu theo từng chủng loại trước khi tạo hạt",
        "Mỗi loại nhựa có giá và quy trình tái chế khác nhau, cần loại máy tạo hạt và nhiệt độ làm việc riêng. Tài "
        "liệu giúp cơ sở mới vào nghề nhận biết: PP (bao dệt, giỏ trái cây), PE (màng nhà kính, túi rác), ABS (vỏ thiết "
        "bị, cản xe), PET (chai nước), PVC (vỏ dây điện, hộp), PC (chao đèn, đĩa CD), PA (bánh xe) và tách riêng trước "
        "khi đưa vào băm, rửa, tạo hạt.",
    ),
    (
        "mLo012",
        "en",
        "reremeter",
        "Open-source handheld near-infrared scanner that identifies plastic types",
        "Hardware and software for a low-cost handheld device that tells common polymers apart from their discrete "
        "near-infrared reflectance. Sorters hold it against a piece of waste and read the resin type, which helps "
        "small collection points separate PP, PE, PET and other plastics that look alike. Design files are public; "
        "we help workshops assemble and calibrate units.",
    ),
    (
        "mLo013",
        "en",
        "ukvending_rvm",
        "Reverse vending machines for empty bottles and cans",
        "Automated take-back machines installed in shops, markets or public places. The user inserts an empty "
        "beverage container, the machine reads its barcode or RFID tag to identify type and value and pays out a "
        "refund or store credit. They can run on their own as an incentive scheme or as the return points of a "
        "deposit system, and cut litter on streets.",
    ),
    (
        "mLo014",
        "vi",
        "svvn_cocacola",
        "Đặt máy thu gom chai nhựa, lon nhôm tự động trong trường học",
        "Chương trình phối hợp giữa một hãng nước giải khát và một tờ báo: máy thu gom chai nhựa và lon nhôm tự động "
        "được đặt trong khuôn viên trường, người bỏ chai được tích điểm và các trường thi đua theo bảng xếp hạng điểm. "
        "Khởi động từ năm 2023, đã mở rộng sang sáu trường đại học ở Hà Nội; nhận đăng ký điểm đặt máy mới.",
    ),
    (
        "mLo015",
        "en",
        "envipco_drs",
        "Deposit return scheme design and reverse vending for beverage containers",
        "In a deposit return scheme the buyer pays a small deposit with each drink and gets it back when the glass, "
        "aluminium or PET container is returned to a collection point such as a shop with a reverse vending machine; "
        "the machine issues a voucher or lets the user donate the money. We supply machines and advise the retailers, "
        "beverage producers and local authorities that have to be linked through a deposit management organisation.",
    ),
    (
        "mLo016",
        "vi",
        "tailieu_travinh",
        "Tư vấn mô hình quản lý tổng hợp rác thải nhựa sinh hoạt cho tỉnh đồng bằng sông Cửu Long",
        "Viện nghiên cứu nhiệt đới - môi trường chuyển giao kết quả điều tra rác thải nhựa trong rác sinh hoạt làm nền "
        "cho kế hoạch của tỉnh: nhựa chiếm 5,32% rác sinh hoạt (khoảng 0,034 kg/người/ngày), tỷ lệ thu gom giai đoạn "
        "2017-2022 chỉ 63,46-84,72%, nhiều bãi chôn lấp hở đã quá tải. Đề xuất mô hình quản lý tổng hợp gắn kết "
        "người thu mua phế liệu với cơ sở xử lý, phù hợp điều kiện kinh tế địa phương.",
    ),
    (
        "mLo017",
        "en",
        "onehealth_plasticbank",
        "Plastic bank: collectors paid in app-verified digital credit",
        "People who bring plastic to a collection centre are paid in digital credit recorded through a plastic-bank "
        "app. The plastic is then sorted, recycled and sold to manufacturers that use recycled instead of virgin "
        "material. Credits accumulate so that parents can pay school costs or buy food; the model targets poor "
        "coastal communities where plastic leaks into the sea.",
    ),
    (
        "mLo018",
        "vi",
        "duytan_khanhthanh",
        "Thu mua chai nhựa PET đã qua sử dụng qua mạng lưới trạm thu gom miền Nam",
        "Nhà máy tái chế dùng 100% phế liệu trong nước nên đã dựng khoảng 100 trạm thu gom ở khu vực phía Nam và liên "
        "kết với các công ty, đại lý ve chai. Đến hết 2022 đã thu gom, tái chế hơn 2 tỷ chai (khoảng 14.000 tấn). Nhận "
        "kết nối với tổ thu gom, hợp tác xã môi trường và phối hợp các chương trình hỗ trợ sinh kế cho người thu gom "
        "phi chính thức.",
    ),
    (
        "mLo019",
        "en",
        "vce_duytan",
        "Recycler buying post-consumer PET bottles plus HDPE and PP items from collection agents",
        "A bottle-to-bottle plant with a network of more than 80 supply agents buys about 60 tonnes of used bottles "
        "a day and also takes HDPE and PP articles such as plastic chairs, cups and clothes racks. Capacity is being "
        "raised in three phases toward 100,000 tonnes of pellets per year, with production certified to EU EFSA and "
        "US FDA requirements.",
    ),
    (
        "mLo020",
        "vi",
        "vietnamvn_duytan_vl",
        "Điểm thu mua, sơ chế nhựa phế liệu ngay trong tỉnh Vĩnh Long",
        "Doanh nghiệp tái chế nhựa quy mô 60.000 tấn/năm (có thể nâng lên 100.000 tấn, tương đương khoảng 7 tỷ chai) "
        "đang vận hành cơ sở thu mua và sản xuất nhựa tái chế tại phường Tân Hạnh và đầu tư nhà máy ở khu công nghiệp "
        'Bình Tân (xã Tân Quới). Nhà máy vận hành theo tiêu chí "3 không", tái sử dụng 90% nước thải đã xử lý. Tiếp '
        "nhận nguồn nhựa từ tổ thu gom, vựa ve chai trong tỉnh.",
    ),
    (
        "mLo021",
        "en",
        "globalrec",
        "Mapping study of informal waste pickers and aggregators",
        "A mapping method and baseline on who collects recyclables informally, where they sell and what risks they "
        "face. In Ho Chi Minh City the study counted nearly 2,000 street waste pickers, 4,200 independent pickers and "
        "about 1,816 aggregators, most of them rural migrants without protective gear, contracts or social "
        "protection. Useful before a town formalises or supports its collectors.",
    ),
    # distractor
    (
        "mLo022",
        "vi",
        "btnmt_hopsua",
        "Thu gom vỏ hộp sữa giấy tại trường mầm non, tiểu học",
        "Cuộc thi cho học sinh: rửa, làm dẹt, xếp vỏ hộp sữa giấy theo quy trình 4 bước rồi gom về trường; toàn bộ "
        "vỏ hộp được chở về nhà máy tách giấy, nhôm, nhựa để làm vật dụng mới. Hơn 300 trường mầm non, tiểu học đã "
        "đăng ký, với sự phối hợp của một doanh nghiệp xã hội và các hãng bao bì, sữa.",
    ),
    # distractor
    (
        "mLo023",
        "vi",
        "viethung_pin",
        'Ngày hội "đổi pin cũ lấy quà" cho học sinh',
        "Chương trình một ngày tại trường tiểu học: học sinh mang pin và đồ dùng có chứa pin đã hỏng đến điểm tập kết "
        "để đổi lấy nhãn vở, bút chì, tẩy, chậu cây nhỏ. Lần tổ chức mẫu với hơn 1.000 học sinh thu được 70 kg pin, "
        "chuyển đi xử lý theo quy trình chất thải nguy hại.",
    ),
    # distractor
    (
        "mLo024",
        "en",
        "wasor",
        "Image classifier prototype that recognises plastic waste types",
        "A thesis prototype comparing a support vector machine (about 60% accuracy) with a convolutional neural "
        "network using transfer learning (about 90%) to tell PET, HDPE, LDPE, PP, PS and other items apart in "
        "photographs, as the vision part of a future sorting robot. Code and report available.",
    ),
    # distractor
    (
        "mLo025",
        "en",
        "aquatrace",
        "Satellite-image model classifying floating plastic by polymer",
        "An EfficientNet-B0 model that takes nine multispectral satellite bands and assigns one of seven polymer "
        "classes (HDPE, LDPE, PET, PP, PS, PVC, nylon), reaching 86.56% validation accuracy on synthetic and real "
        "spectral signatures. Intended for tracing plastic pollution at sea.",
    ),
    # distractor
    (
        "mLo026",
        "vi",
        "conglycm_compost",
        "Thùng ủ rác hữu cơ thành phân compost tại hộ gia đình",
        "Tập huấn người dân phân biệt rác hữu cơ và vô cơ; phần hữu cơ bỏ vào thùng nhựa có nắp, sau khoảng 90 ngày "
        "thành phân compost tơi xốp, màu đen, không mùi để bón cây, hoa màu. Túi nylon, chai lọ vẫn phải bán phế liệu "
        "hoặc xử lý riêng.",
    ),
    # distractor
    (
        "mLo027",
        "vi",
        "hoanggialong_compost",
        "Chế phẩm vi sinh và kỹ thuật ủ phân từ rác hữu cơ ngoài trời",
        "Quy trình ủ bán hảo khí: cứ 2-2,5 tấn rác sinh hoạt hữu cơ hoặc phế phụ phẩm nông nghiệp, 250-300 lít nước và "
        "5 kg chế phẩm vi sinh cho ra 1 tấn phân hữu cơ. Cung cấp chế phẩm khử mùi, hướng dẫn đào hố, pha men với "
        "đường hoặc rỉ mật.",
    ),
    # distractor
    (
        "mLo028",
        "vi",
        "123_lodot",
        "Thiết kế lò đốt rác mini cho hộ gia đình nông thôn",
        "Mô hình lò đốt có buồng sấy và buồng đốt, công suất 15 kg rác/giờ, nhiệt độ buồng đốt đạt 840 độ C; sấy 30 "
        "phút làm độ ẩm rác giảm từ 32% xuống 24%. Kết quả nghiên cứu của một trường đại học kỹ thuật, dành cho vùng "
        "nông thôn miền núi chưa có thu gom.",
    ),
    # distractor
    (
        "mLo029",
        "vi",
        "tailieu_thaido",
        "Khảo sát hệ số phát sinh chất thải nhựa sinh hoạt ở xã nông thôn",
        "Nhóm nghiên cứu đo lượng rác nhựa hộ gia đình tại một xã ven biển: bình quân 0,04 kg/người/ngày, tổng khoảng "
        "268,4 kg/ngày, chiếm 14,18% chất thải rắn sinh hoạt. Nhận thực hiện khảo sát tương tự làm số liệu nền cho "
        "địa phương.",
    ),
    # --- small recycling workshops: washing, shredding, pelletising ---
    (
        "mLo030",
        "vi",
        "thanglong_machines",
        "Máy băm nghiền nhựa phế liệu chọn theo từng loại nguyên liệu",
        "Cung cấp máy băm nghiền là khâu đầu của hầu hết dây chuyền tái chế: máy băm tốc độ cao cho nhựa mỏng, mềm như "
        "màng PE, PP; máy tốc độ trung bình cho nhựa cứng như chai PET, can HDPE; máy băm trục đơn hoặc trục đôi cho "
        "pallet, thùng phuy, khối nhựa dày. Kèm máy ép đùn để nung chảy nhựa đã băm và tạo hạt tái chế.",
    ),
    (
        "mLo031",
        "en",
        "genox",
        "Recycling line selection: shredder, granulator, washing, dewatering and pelletizer",
        "Engineering advice that chooses equipment by feedstock first, target output quality second and throughput "
        "third. Shredders cut waste to 20-80 mm pieces, granulators refine them to uniform 8-12 mm flakes, then "
        "multi-stage washing, dewatering and pelletizing follow. Getting the order wrong typically means a retrofit "
        "within 18 months or pellets rejected by the first customer.",
    ),
    (
        "mLo032",
        "en",
        "akonrun",
        "Complete washing and pelletizing system for bottles and films",
        "Turnkey plant from bale breaker and pre-wash through manual or machine sorting, shredding, float-sink "
        "separation, friction and hot washing, centrifugal and hot-air drying, to extrusion, strand cooling and "
        "cutting into pellets. Films can pass an agglomerator first. PE, PP, PS and ABS run on single-screw "
        "extruders, PET and PVC on twin-screw.",
    ),
    (
        "mLo033",
        "en",
        "gailvoice",
        "Designing a recycling line backwards from the product: contamination, moisture and melt filtration",
        "Scoping service that starts from feedstock type (rigid crates and bottles versus film and woven bags), the "
        "contamination profile (labels, adhesives, sand, food residue, oil), moisture and the target pellet, then "
        "sequences size reduction, washing, extrusion and pelletizing. Agricultural film needs aggressive washing "
        "and special drying; clean industrial regrind can skip washing.",
    ),
    (
        "mLo034",
        "vi",
        "suhui",
        "Dây chuyền rửa, tạo hạt và băm nhựa phế liệu theo yêu cầu",
        "Ba loại dây chuyền có thể ghép nối: dây chuyền rửa biến nhựa bẩn thành mảnh sạch, dây chuyền tạo hạt nung chảy "
        "mảnh thành hạt tái sinh, và dây chuyền băm giảm kích thước phế liệu cồng kềnh. Thiết kế theo loại vật liệu, "
        "mức độ bẩn và yêu cầu đầu ra của từng cơ sở.",
    ),
    (
        "mLo035",
        "en",
        "shuliy",
        "Shredders, washing machines and pelletizers for films, PET bottles and HDPE baskets",
        "Machine maker supplying each stage of a small plastic recycling plant: shredders sized for soft film, rigid "
        "plastics, PET bottles or HDPE baskets; washing machines that scrub flakes with water and detergent and "
        "remove labels; and pelletizers that melt the clean flakes into pellets for new products.",
    ),
    (
        "mLo036",
        "vi",
        "123docz_nuoclammat",
        "Giải pháp xử lý nước rửa nhựa phế liệu và tuần hoàn nước làm mát",
        "Nước làm mát từ công đoạn đùn hạt, kéo sợi được thu về tháp giải nhiệt (hạ 6-30 độ C) rồi dùng lại, chỉ bù "
        "lượng bay hơi. Nước rửa phế liệu theo rãnh qua song chắn rác vào bể thu gom, được bơm sang bể keo tụ - lắng "
        "có châm phèn PAC, NaOH chỉnh pH và chất trợ lắng, xử lý theo phương pháp cơ học kết hợp hóa lý.",
    ),
    (
        "mLo037",
        "vi",
        "songphung_nt",
        "Thiết kế, thi công hệ thống xử lý nước thải cho cơ sở tái chế nhựa",
        "Nước thải tái chế nhựa chứa chất rắn lơ lửng (bụi nhựa, cát, đất, giấy), dầu mỡ và chất hữu cơ từ bao bì thực "
        "phẩm, xà phòng và hóa chất tẩy rửa, có thể lẫn kim loại nặng và vi sinh gây bệnh. Công ty khảo sát nguồn nước "
        "thải, lựa chọn công nghệ và lắp đặt hệ thống đạt quy chuẩn trước khi xả ra môi trường.",
    ),
    (
        "mLo038",
        "en",
        "appropedia_pp",
        "Open-source small-scale recycling machines: shredder, extruder, injection and compression",
        "Free blueprints and video guides for four machines developed in the Netherlands for recycling "
        "thermoplastics locally: a shredder, an injection moulding machine, an extrusion machine and a compression "
        "oven. They can be built in an ordinary metal workshop and let a village or school workshop turn shredded "
        "HDPE or PP into new objects.",
    ),
    (
        "mLo039",
        "vi",
        "norwich_pp",
        "Hỗ trợ tự chế máy băm nhựa nguồn mở cho xưởng cộng đồng",
        "Nhóm kỹ thuật chia sẻ kinh nghiệm dựng máy băm theo bản vẽ nguồn mở: cắt laser thép tấm, hàn khung, mua trục "
        "và ổ bi; sau đó làm tiếp máy ép phun (ống gia nhiệt và tay nén) để ra sản phẩm từ vỏ chai sữa băm nhỏ. Có hướng "
        "dẫn an toàn khi chạy thử và danh sách nơi bán máy, linh kiện, khuôn.",
    ),
    (
        "mLo040",
        "en",
        "filament_pdf",
        "Desktop filament recycler for 3D-printing waste in schools",
        "Shredder and extruder units that turn failed prints and waste PLA into granulate and extrude it back into "
        "1.75 mm filament with temperature control, diameter feedback and spool winding. Suited to a science or "
        "engineering club rather than a whole class; requires drying the granulate and ventilating against fumes.",
    ),
    (
        "mLo041",
        "en",
        "diplast",
        "Sensor selection tool for quality control when recycled feedstock keeps changing",
        "Free web tool from a plastics research centre that guides a processor through its process and the problem "
        "it sees, then proposes what to monitor and which sensor type to use, with links to suppliers of "
        "off-the-shelf solutions. No login and no data stored; aimed at converters using recyclate.",
    ),
    (
        "mLo042",
        "vi",
        "hikari_export",
        "Hạt nhựa tái chế đạt chuẩn xuất khẩu và phôi chai từ nhựa thu gom",
        "Doanh nghiệp phân loại ngay từ nguồn gom rồi đưa về nhà máy ở Long An làm sạch nhiều lần, tạo hạt, ép thành "
        "phôi và thổi thành chai đạt chuẩn xuất khẩu cho ngành hóa mỹ phẩm, thực phẩm và nước uống. Đã xuất khẩu lô 4.000 "
        "tấn hạt nhựa tái chế.",
    ),
    (
        "mLo043",
        "en",
        "thanhnien_duytan",
        "Food-grade recycled PET pellets made bottle-to-bottle",
        "A 65,000 m2 plant with a European line recycles used bottles into pellets meeting US FDA and EU EFSA "
        "requirements for food and drinking-water contact. In 2022 it recycled over 1.3 billion domestically "
        "collected bottles and exported 4,200 tonnes to 12 countries; current capacity is 30,000 tonnes a year with "
        "a second phase planned at 60,000 tonnes.",
    ),
    (
        "mLo044",
        "en",
        "ctu_nhietphan",
        "Pyrolysis of waste HDPE, PP and tyre rubber into liquid fuel (laboratory results)",
        "University research on recovering liquid fuel from waste plastics: HDPE gives 86% liquid product under both "
        "slow and fast heating, PP 85% (slow) to 93% (fast), butyl rubber from tyres 44-52%. The liquid contains about "
        "30% gasoline-range and 63% fuel-oil and diesel-range fractions; catalysts change the yield more than the "
        "composition. Available for pilot cooperation.",
    ),
    (
        "mLo045",
        "vi",
        "vtv_minhkhai2017",
        "Mô hình cụm công nghiệp làng nghề tái chế nhựa có xử lý nước thải tập trung",
        "Kinh nghiệm quy hoạch từ làng tái chế lớn nhất miền Bắc (hơn 1.000 hộ, trên 1.000 tấn phế liệu/ngày): cụm công "
        "nghiệp làng nghề 11 ha có hệ thống xử lý nước thải tập trung, đủ chỗ cho khoảng 140 cơ sở. Bài học: khi chỉ "
        "10% hộ chuyển vào cụm, phần còn lại vẫn rửa thủ công, xả thẳng nước thải và khí thải trong khu dân cư.",
    ),
    (
        "mLo046",
        "en",
        "harvard_minhkhai",
        "Policy advice on integrating and modernising informal plastic recycling villages",
        "Analysis of a craft village of more than 1,000 household micro-enterprises that collect, sort and pelletise "
        "plastic, part of an informal network handling over 90% of Vietnam's recyclable waste. Recommends how local "
        "governments can formalise such workshops, cut residual waste and pollution and protect livelihoods.",
    ),
    # distractor
    (
        "mLo047",
        "vi",
        "hoidaukhi_pyro",
        "Công nghệ nhiệt phân chuyển rác thành dầu",
        "Rác hữu cơ và nhựa được nung nóng ở 400-650 độ C trong bình kín không có oxy, không cháy mà phân rã thành dầu "
        "thô (có thể tinh chế thành nhiên liệu), khí dùng làm năng lượng và than dùng cho nông nghiệp hoặc làm chất "
        "hấp phụ.",
    ),
    # distractor
    (
        "mLo048",
        "en",
        "resynergi",
        "Modular microwave pyrolysis units turning waste plastics into oil",
        "Continuous microwave-assisted pyrolysis modules of about 440 sq ft, each processing around 5 tons of HDPE, "
        "LDPE, PP or PS a day into roughly 1,000 gallons of pyrolysis oil for petrochemical feedstock. Sold through "
        "a technology licensor or operated near waste sources under a partner model.",
    ),
    # distractor
    (
        "mLo049",
        "vi",
        "baobianhsang_nilon",
        "Dây chuyền sản xuất bao bì, túi nilon PE/PP",
        "Giới thiệu dây chuyền làm túi nilon từ hạt nhựa PE, PP qua 5 công đoạn: trộn nguyên liệu, thổi màng, in túi, "
        "cắt và hàn, đóng gói. Nhận sản xuất túi đựng hàng, túi rác, màng bọc thực phẩm theo yêu cầu.",
    ),
    # distractor
    (
        "mLo050",
        "vi",
        "vcr_PEbag",
        "Sản xuất túi nhựa PE trong, chống tĩnh điện, hút chân không, túi hột xoài",
        "Các dòng túi PE theo công dụng: túi trong đựng thực phẩm tươi sống, đông lạnh, đồ y tế; túi chống tĩnh điện "
        "cho linh kiện điện tử; túi hút chân không; túi niêm phong và túi hột xoài cho cửa hàng quần áo, giày dép.",
    ),
    (
        "mLo051",
        "vi",
        "foamequip",
        "Máy nén trục vít giảm thể tích xốp EPS để bán cho nhà tái chế",
        "Xốp EPS (nhựa số 6) tái chế được nhưng quá nhẹ: một xe moóc chở xốp rời chỉ khoảng 2.000 lb, sau khi qua máy nén "
        "chở được từ 40.000 lb trở lên. Máy nén trục vít ép khối xốp 1 lb/ft3 lên tới khoảng 20 lb/ft3, xử lý được cả "
        "các loại mút xốp khác, giúp việc vận chuyển đến nhà tái chế có lời.",
    ),
    (
        "mLo052",
        "en",
        "greenmax_fishbox",
        "Compacting used EPS fish boxes into dense blocks that can be sold",
        "Expanded polystyrene boxes keep seafood cold but pile up as light, bulky waste. Our EPS compactors press "
        "used fish boxes into dense blocks or logs that are cheap to store and transport, so the foam becomes a "
        "saleable raw material instead of landfill or litter in rivers and the sea; we also buy back the blocks.",
    ),
    (
        "mLo053",
        "en",
        "markham_eps",
        "Densified styrofoam made into pellets for frames, mouldings and benches",
        "Clean styrofoam packaging and food containers collected at depots go to a densifier that squeezes out the "
        "air into compact, stackable bricks so fewer trucks are needed. Recycling companies turn the bricks into "
        "resin pellets that are moulded into picture frames, crown moulding and benches.",
    ),
    (
        "mLo054",
        "vi",
        "fpi_frc",
        "Hỗ trợ khởi động chương trình tái chế hộp xốp đựng thực phẩm",
        "Liên minh tái chế xốp chia sẻ tài liệu kỹ thuật và cấp tài trợ khoảng 29.000-50.000 USD cho các chương trình "
        "muốn bắt đầu thu gom ly, đĩa, hộp, khay xốp, vỉ trứng. Xốp trên 90% là không khí: một xe 48 feet chở xốp đóng "
        "kiện chỉ khoảng 16.000 lb, nếu qua máy nén (densifier) thì được khoảng 40.000 lb.",
    ),
    # --- recycled plastic products ---
    (
        "mLo055",
        "en",
        "ven_thanhtung",
        "Pressed boards from low-value plastic waste (franchised heating-press technology)",
        "Low-value and industrial plastic scrap such as shoe-sole offcuts is sorted, chopped, washed, mixed, "
        "heat-pressed into sheets and cut to size for furniture and construction boards; rubber floor tiles for "
        "kitchens, bathrooms and kindergartens are a second product. A Dong Nai licensee makes over 1,500 boards a "
        "month (about 62 tonnes of waste) and has shipped to Scotland and the US. Franchise and offtake available.",
    ),
    (
        "mLo056",
        "en",
        "nnmt_wpc",
        "Wood-plastic composite profiles extruded from recycled pellets",
        "Pilot extrusion line mixing recycled plastic pellets with wood powder, stone powder (CaCO3) and additives "
        "into wood-plastic composite for doors, floor panels and indoor and outdoor building and decoration "
        "materials. Up to 95% of output meets specification; offcuts are reground on site. The pilot uses 17.3 "
        "tonnes of recycled plastic a month; at full capacity about 120,000 m a year, or 400 tonnes of plastic.",
    ),
    (
        "mLo057",
        "en",
        "cyber_plasticpeople",
        "Boards from shredded plastic for furniture, flooring, walls and social housing",
        "A small Ho Chi Minh City firm processes shredded plastic waste into boards that designers and builders use "
        "for changing tables, lockers, drawers, recycling bins, flooring, walls and ceilings. It has already "
        "built three houses in a pilot social-housing project in the Mekong Delta and works with furniture makers "
        "and construction companies on a commercial basis.",
    ),
    (
        "mLo058",
        "vi",
        "jomc_gachvh",
        "Quy trình chế tạo gạch lát vỉa hè từ nhựa PP và HDPE phế thải",
        "Kết quả nghiên cứu đăng tạp chí ngành xây dựng: bốn loại gạch nhựa từ PP và HDPE phế thải, có và không có sợi "
        "thủy tinh, bề mặt phẳng không khuyết tật. Gạch dùng PP nặng hơn gạch HDPE 4,0-10,6%, độ bền uốn 2,16-2,80 MPa; "
        "thêm sợi thủy tinh tăng độ bền uốn 5,2-11,5%. Sẵn sàng chuyển giao quy trình cho cơ sở tái chế.",
    ),
    (
        "mLo059",
        "vi",
        "startup_gachngoi",
        "Sản xuất gạch, ngói xây dựng từ rác thải nhựa",
        "Dự án khởi nghiệp thu hồi rác thải nhựa tái chế thành gạch, ngói dùng trong xây dựng, hạ tầng giao thông, nhà "
        "xưởng. Việt Nam thải khoảng 1,8 triệu tấn rác nhựa mỗi năm nhưng chỉ chừng 20% được thu hồi, tái chế; phần còn "
        "lại có thể thành vật liệu thay thế tài nguyên hóa thạch.",
    ),
    (
        "mLo060",
        "vi",
        "vtvgo_gachnilon",
        "Gạch xây từ túi nilon phế thải - nhóm nghiên cứu đại học sư phạm kỹ thuật",
        "Nhóm nhà nghiên cứu trẻ của trường đại học sư phạm kỹ thuật tái chế túi nilon, loại rác khó xử lý nhất, thành "
        "gạch xây công trình có hình dáng như gạch thường. Nhận hợp tác thử nghiệm với địa phương có nguồn túi nilon "
        "thu gom.",
    ),
    (
        "mLo061",
        "en",
        "tuoitre_resa",
        "Plastic-waste concrete for park benches, tables, flowerpots and floor tiles",
        "A workshop in Nha Trang grinds plastic waste and casts it into durable items that look like granite: park "
        "benches now installed along a seafront park, tables, flowerpots, floor tiles and statues. The engineer "
        "behind it offers the recipe and moulds to towns that want street furniture from local waste.",
    ),
    (
        "mLo062",
        "vi",
        "nnt_bentre_bat",
        "Tái chế bạt HDPE lót ao nuôi thủy sản thành gạch lát nền",
        "Đề tài do Sở KH&CN Bến Tre đặt hàng phân viện nghiên cứu hải sản phía Nam: 100% hộ nuôi tôm siêu thâm canh, "
        "75-77% hộ thâm canh, bán thâm canh và 10,7% hộ quảng canh cải tiến dùng bạt nhựa, thải tương ứng hơn 3 tấn, "
        "gần 1,2 tấn và 0,26-0,28 tấn/ha/năm. Bạt cũ chủ yếu bị đốt, bán ve chai hoặc bỏ ra môi trường; nhóm đã chế "
        "tạo gạch nhựa HDPE lát nền từ bạt ao qua sử dụng.",
    ),
    (
        "mLo063",
        "en",
        "swpost_roads",
        "Shredded plastic waste in bituminous road surfacing",
        "Technique pioneered by an Indian professor: shredded plastic coats the stone aggregate before bitumen is "
        "added. About one tonne of plastic waste goes into each kilometre, cutting bitumen use by at least 10% "
        "(about 40,000 rupees per km) and giving roads that resist water and potholes. More than 1,200 km built in "
        "one state by 2017; national rules have required it for road builders since 2015.",
    ),
    (
        "mLo064",
        "vi",
        "tienphong_duong",
        "Làm đường giao thông có lớp lót trộn rác thải nhựa",
        "Rác thải nhựa được cắt nhỏ rồi trộn với nhựa đường làm lớp lót; mặt đường được đánh giá bền hơn và chống xói "
        "mòn tốt hơn đường thông thường. Phù hợp đường nông thôn, đường nội đồng có nguồn nhựa thu gom tại chỗ.",
    ),
    (
        "mLo065",
        "vi",
        "thqg_ecobrick",
        "Hướng dẫn làm gạch sinh thái (ecobrick) từ chai nhựa nhồi rác",
        "Chai nhựa đã dùng được nhồi thật chặt túi nilon, vỏ bánh kẹo, bao bì, hộp xốp, nhựa dẻo cắt nhỏ; các viên gạch "
        "gắn với nhau bằng vữa xây dựng để làm bàn học, ghế ngồi, tường rào, công trình công cộng hay nhà tình thương. "
        "Không cần máy móc, ai cũng làm được theo hướng dẫn.",
    ),
    (
        "mLo066",
        "en",
        "ide",
        "Linking waste pickers to junk shops and turning plastic into building materials and tote bags",
        "Development NGO programme: field staff encourage street collectors to add plastic they used to leave behind "
        "and introduce them to junk shops that buy high-value plastic such as drinking bottles, raising their daily "
        "income (about US$12 before). Collected plastic is also turned into building materials and tote bags with "
        "local partners.",
    ),
    # --- biodegradable bags and packaging, alternatives to single-use items ---
    (
        "mLo067",
        "vi",
        "baobiphanhuy",
        "Túi phân hủy sinh học từ tinh bột, PLA và PBAT",
        "Túi làm từ tinh bột bắp, sắn, khoai mì, nhựa sinh học PLA (từ ngô, mía) và polymer PBAT, PBS, PHA; vi sinh vật "
        "phân rã hoàn toàn thành CO2, nước và sinh khối trong 6-24 tháng tùy điều kiện, không để lại vi nhựa. Nhận in "
        "logo cho cửa hàng, siêu thị mini, chợ.",
    ),
    (
        "mLo068",
        "en",
        "vietmaz_igreen",
        "Compostable bioplastic beads and finished bags, straws, forks and plates",
        "Start-up founded in 2020 by a researcher with over ten years in biopolymers, one of only two Vietnamese "
        "producers of fully biodegradable products from bio-starch: resin beads plus bags, straws, forks and plates "
        "replacing single-use plastic. Products partly degrade in 12 weeks and fully within six months, 90% becoming "
        "water, CO2 and biomass; European compost certificate from TUV Austria.",
    ),
    (
        "mLo069",
        "en",
        "vnnet_anphat",
        "Home-compostable bags, gloves and cutlery from corn starch",
        "Vietnam's pioneer in green plastic products makes bags, gloves, knives, spoons and forks from corn starch "
        "and other organic starch blended with certified biodegradable polymers (PLA, PBS, PBAT). All products are "
        "certified compostable, including the strict OK Home Compost label, and are sold through major supermarket "
        "chains. Unlike 'self-decomposing' bags they leave no plastic fragments.",
    ),
    (
        "mLo070",
        "vi",
        "vnplus_pbat",
        "Cung cấp hạt nhựa PBAT nguyên liệu cho bao bì phân hủy sinh học",
        "Nhà máy hạt PBAT đầu tiên ở Đông Nam Á tại khu công nghiệp Nam Đình Vũ (Hải Phòng), công suất thiết kế 30.000 "
        "tấn/năm, vốn 120 triệu USD, đáp ứng toàn bộ nguyên liệu cho tập đoàn và xuất khẩu. Cung cấp hạt cho các cơ sở "
        "thổi túi, màng muốn chuyển sang sản phẩm phân hủy sinh học.",
    ),
    (
        "mLo071",
        "vi",
        "vneconomy_anphat",
        "Túi, găng tay, dao thìa nĩa phân hủy sinh học 100% từ PLA, PBAT và bột ngô",
        "Doanh nghiệp từng xuất khẩu túi màng mỏng hàng đầu Đông Nam Á nghiên cứu nhựa sinh học từ năm 2013, nay sản "
        "xuất túi, găng tay, dao, thìa, nĩa từ PLA, PBS, PBAT phối trộn bột ngô, tinh bột thực vật, xơ cellulose; sản "
        "phẩm phân hủy hữu cơ hoàn toàn, thành viên duy nhất của Việt Nam trong Hiệp hội Nhựa sinh học châu Âu.",
    ),
    (
        "mLo072",
        "en",
        "eurofins_comp",
        "Compostability testing of packaging to EN 13432",
        "Accredited laboratories test the four components required before packaging may be called compostable: "
        "chemical composition, biodegradability, disintegration and ecotoxicity, all against the pass/fail limits "
        "of EN 13432 and related standards. Every constituent of the package must pass. Useful for producers "
        "preparing export to the EU.",
    ),
    (
        "mLo073",
        "vi",
        "compackable",
        "Tư vấn chứng nhận bao bì phân hủy tại nhà (OK compost HOME) và công nghiệp",
        "Giải thích và chuẩn bị hồ sơ thử nghiệm: công bố đầy đủ thành phần, kim loại nặng dưới ngưỡng; trong 12 tháng "
        "ít nhất 90% vật liệu chuyển thành CO2 ở 20-30 độ C; sau 6 tháng ít nhất 90% khối lượng vỡ thành mảnh dưới 2 mm; "
        "phân compost thu được không độc với cây. Chứng nhận công nghiệp dùng điều kiện ủ công nghiệp và mốc thời gian "
        "khác.",
    ),
    (
        "mLo074",
        "en",
        "measurlabs",
        "Biodegradability screening and full compostability testing",
        "Testing to EN, ISO and ASTM methods chosen by where the material should break down: a simple "
        "biodegradability screening for R&D, or a full industrial or home compostability assessment for market "
        "claims. EN 13432 is the harmonised industrial standard; under the new EU packaging regulation some "
        "compostable packaging must comply with updated standards from 12 February 2028.",
    ),
    (
        "mLo075",
        "vi",
        "hutech_chitosan",
        "Màng bao thực phẩm từ chitosan chiết vỏ tôm",
        "Kết quả khảo sát của trường đại học công nghệ: chitosan độ deacetyl 70% tan tốt trong acid acetic pH 3,6, loại "
        "80% và 90% ở pH 3,8; nồng độ 1% cho màng có lực kéo, độ giãn, mô đun đàn hồi và khả năng chống thấm hơi nước "
        "tốt nhất, dày 0,1-0,35 mm. Dùng làm màng bao thực phẩm, màng bảo quản rau quả; nguyên liệu từ phụ phẩm chế biến "
        "tôm.",
    ),
    (
        "mLo076",
        "vi",
        "123_tinhbotgao",
        "Màng bao phân hủy sinh học từ tinh bột gạo phối chitosan",
        "Màng từ hỗn hợp tinh bột gạo - chitosan với tỷ lệ 2:1 đến 0,5:1: thêm chitosan làm tăng độ bền kéo, khả năng "
        "chống thấm hơi nước, màng sáng màu hơn và ít tan; nồng độ chitosan quá cao gây tách pha. Tính chất cơ học tương "
        "đương màng chitosan khác, chống thấm hơi tốt hơn polyolefin.",
    ),
    (
        "mLo077",
        "vi",
        "ebooks_chitosan",
        "Màng chống thấm sinh học chitosan kết hợp lignin thu hồi từ bã mía",
        "Nghiên cứu màng bao gói thay túi PE, PVC: chitosan phối lignin tách từ bã mía cho màng chống thấm, không dùng "
        "chất hóa dẻo nhóm phthalate vốn chiếm 10-60% khối lượng nhiều loại màng nhựa thông thường. Hướng tới bao bì "
        "thực phẩm an toàn, phân hủy được.",
    ),
    (
        "mLo078",
        "en",
        "ruddy_husk",
        "Tableware from rice husks collected at rice mills",
        "A specialised vehicle visits rice mills every day to collect husks that would otherwise be burned; they are "
        "sorted, processed and moulded into plates, bowls and cups coated with natural wax, safe in the microwave "
        "and dishwasher and fully biodegradable. Licensing of the process to rice-growing regions is possible.",
    ),
    (
        "mLo079",
        "en",
        "matrec_husk",
        "Bioplastic compound filled with rice husk for injection moulding and extrusion",
        "Material that combines a biodegradable bioplastic with rice husk, the skin discarded in the first stage of "
        "milling. It runs on standard injection moulding and extrusion machinery and replaces oil-based plastics in "
        "items such as containers, trays and household goods.",
    ),
    (
        "mLo080",
        "vi",
        "joyfood_bamia",
        "Hộp, tô, khay dùng một lần từ bã mía",
        "Bã mía là xơ sợi còn lại sau khi ép nước, gồm cellulose, hemicellulose và lignin; thay vì bị đốt ngoài đồng, "
        "được ép định hình thành hộp cơm, tô, khay, ly phân hủy sinh học. Mía thu hoạch sau 12-18 tháng nên nguồn nguyên "
        "liệu dồi dào. Cung cấp cho quán ăn, bếp ăn, dịch vụ giao đồ.",
    ),
    (
        "mLo081",
        "en",
        "newsglobe_cassava",
        "Project profile: compostable carry-bag manufacturing from corn and cassava starch",
        "Techno-economic profile for setting up a plant that makes compostable carry bags from granules of corn, "
        "cassava and potato starch blended with biodegradable polymers. Lab tests show such bioplastics behave like "
        "commercial packaging, degrade in soil and are partly water-soluble. Covers process, machinery and the "
        "definition of compostable plastic leaving no visible toxic residue.",
    ),
    (
        "mLo082",
        "en",
        "etsus_cassava",
        "Cassava-based bags that compost at home and dissolve in water",
        "Bags made mainly from cassava starch, a crop grown widely in Asia, that return to natural matter in a worm "
        "farm, a home composter or an industrial facility. The concept, launched in Indonesia in 2018, is "
        "non-toxic and dissolves in water so it is safer for marine life than ordinary plastic bags.",
    ),
    (
        "mLo083",
        "vi",
        "anninh_onghut",
        "Ống hút gạo ăn được, nhiều màu từ rau củ",
        "Ống hút làm từ khoảng 80% bột gạo, phần còn lại là bột mì, bột năng; màu cam, xanh, tím, đen nhuộm bằng nước "
        "chiết củ dền, lá mùng tơi, mè đen. Giữ nguyên dạng 30-120 phút trong nước thường và nước lạnh, bảo quản khoảng "
        "18 tháng, phân hủy trong khoảng 3 tháng. Giá lẻ khoảng 50.000 đồng/bịch 80 ống; có loại cỡ lớn cho trà sữa, "
        "sinh tố.",
    ),
    (
        "mLo084",
        "en",
        "tapchimt_hunghau",
        "Edible rice-flour straws made in the Mekong Delta",
        "A food company's plant in Sa Dec produces 100,000 rice-flour straws a day, in white (rice), green "
        "(amaranth), purple (beetroot) and black (sesame). Straws keep 18 months at room temperature and 30-120 "
        "minutes in cold or normal drinks. Exported to South Korea, Japan and Europe; supplies hotels and "
        "restaurants at home.",
    ),
    (
        "mLo085",
        "vi",
        "danviet_cobang",
        "Ống hút cỏ bàng xuất khẩu từ vùng Đồng Tháp Mười",
        "Cơ sở ở Đức Huệ (Long An) tận dụng cỏ bàng mọc tự nhiên trên đất phèn: thân bàng dài 18-20 cm, đường kính "
        "khoảng 9 mm được cắt khúc, thông ống, rửa sạch bằng bột vỏ sò, bán tươi hoặc sấy khô. Sản phẩm đã xuất sang châu "
        "Âu, Mỹ; tạo việc làm cho phụ nữ nông thôn. Nhận hướng dẫn kỹ thuật cho vùng có nguyên liệu cỏ bàng.",
    ),
    (
        "mLo086",
        "en",
        "seasia_cobang",
        "Fresh and dried sedge-grass drinking straws",
        "Straws from Lepironia articulata, a hollow sedge that grows wild in the Mekong Delta: stems are harvested, "
        "washed, cut to 20 cm, cleaned inside with an iron rod and rinsed again. Fresh straws are bundled in "
        "banana leaves; dried ones are sun-dried two to three days and then baked. The founder limits harvesting "
        "so the grass can regrow.",
    ),
    (
        "mLo087",
        "vi",
        "thanhhoa_tre",
        "Ống hút tre, nứa tái sử dụng - sản phẩm OCOP",
        "Công ty ở miền núi xứ Thanh làm 4 dòng ống hút tre, nứa tép các cỡ; dùng xong chỉ cần rửa nước sạch, phơi khô "
        "là dùng lại được. Từ 200 ống/ngày làm thủ công đã đầu tư xưởng, nay cung ứng gần 3 triệu ống/năm, có mặt khắp cả "
        "nước và xuất khẩu sang Pháp, Đức, Nhật Bản.",
    ),
    (
        "mLo088",
        "en",
        "baobg_bamboo",
        "Reusable bamboo and rattan straws at industrial volume",
        "Bamboo and rattan pipes are cut to 15-25 cm and dried at 120 C; the straws last about six months with "
        "regular cleaning and are about 99% biodegradable. Four workshops, the largest making 3-5 million straws a "
        "month, serve domestic and foreign orders of about 6 million a month; private-label supply possible.",
    ),
    (
        "mLo089",
        "en",
        "dongkhoi_dua",
        "Coconut-based straws and coconut-wood tableware from Ben Tre",
        "Two Ben Tre firms replace single-use plastic with coconut by-products: one grows nata de coco from coconut "
        "water and makes fermented coconut straws that neither swell nor break in drinks, alongside coconut masks "
        "and oil-blotting paper; the other crafts about 320 household items, toys and table accessories from "
        "coconut wood and shell and exports 60,000-100,000 pieces a month.",
    ),
    (
        "mLo090",
        "en",
        "haiduong_rice",
        "Rice-based straws, spoons, forks and bowls for export",
        "A former engineer developed the formula and machinery (after scrapping over VND 700 million of early "
        "equipment) to make household items from rice that stay durable in use: drinking straws, spoons, forks and "
        "bowls. The workshop exports about 50 tonnes of rice straws a month and takes OEM orders.",
    ),
    (
        "mLo091",
        "en",
        "vnanet_vegstraw",
        "Vegetable straws made by a farming cooperative",
        "A cooperative near Hanoi makes straws from sweet potato, carrot, radish and other produce: vegetables are "
        "grilled, steamed, milled to a starch paste and shaped on metal tubes, giving an edible straw that also "
        "gives farmers an outlet for surplus crops. Five-star OCOP product, exported to Poland, Singapore, the US "
        "and South Korea.",
    ),
    (
        "mLo092",
        "vi",
        "mt_tuidicho",
        "Túi đi chợ thay túi nylon: túi vải không dệt, canvas, túi lưới, túi sinh học",
        "Cung cấp các loại túi mua sắm dùng nhiều lần: túi vải không dệt (sợi PP ép nhiệt, nhẹ, rẻ, giá bán lẻ 5.000-"
        "20.000 đồng/chiếc, dùng lại hàng chục lần), túi canvas, túi lưới cotton và túi sinh học từ tinh bột. Đặt in "
        "thông điệp cho chợ, siêu thị, hội đoàn chuẩn bị cho quy định không phát túi nylon miễn phí.",
    ),
    # distractor
    (
        "mLo093",
        "vi",
        "vnexpress_tetrarecart",
        "Bao bì giấy hộp chịu nhiệt tiệt trùng (retort) cho thực phẩm",
        "Hộp giấy làm từ vật liệu tái tạo chịu xử lý nhiệt tới 120 độ C trong thời gian dài, thay lon, hũ cho đồ ăn "
        "chế biến sẵn. Thị trường bao bì hộp giấy Việt Nam khoảng 2,6 tỷ USD năm 2024, dự báo 4,14 tỷ USD năm 2029.",
    ),
    # distractor
    (
        "mLo094",
        "vi",
        "thuonghieu_baobixanh",
        "Xu hướng bao bì giấy, tre, gỗ cho nông sản và sản phẩm OCOP xuất khẩu",
        "Tổng quan thị trường: bao bì giấy tăng gần 10%/năm, lượng tìm kiếm bao bì Việt Nam trên sàn quốc tế tăng 70% "
        "một năm; chuỗi cung ứng toàn cầu và Luật Bảo vệ môi trường 2020 thúc đẩy thay bao bì nhựa bằng giấy, tre, gỗ. "
        "Tư vấn xây dựng thương hiệu bao bì cho doanh nghiệp.",
    ),
    # distractor
    (
        "mLo095",
        "vi",
        "vietgiaitri_tuituhuy",
        "Đưa túi nilon tự hủy vào chợ truyền thống",
        'Dự án vận động tiểu thương chợ dùng túi nilon "tự hủy", loại rã ra dưới tác động của ánh sáng, nước sau 4-6 '
        "tháng, với mục tiêu giảm 50% túi khó hủy. Trở ngại là giá 70.000-80.000 đồng/kg so với khoảng 30.000 đồng/kg "
        "của túi thường.",
    ),
    # distractor
    (
        "mLo096",
        "vi",
        "indochina_xodua",
        "Máy tách chỉ xơ dừa và mụn dừa từ vỏ dừa phế phẩm",
        "Cơ sở ở Mỏ Cày Bắc đầu tư máy tách vỏ dừa, mỗi ngày ra khoảng 7 tấn mụn dừa và 2 tấn chỉ xơ; mụn dừa bán 23.000 "
        "đồng/bao 10 kg làm giá thể ươm cây, ủ phân; chỉ xơ ép kiện xuất khẩu 2,5-3 triệu đồng/tấn.",
    ),
    # distractor
    (
        "mLo097",
        "vi",
        "vmrf_nhietphan",
        "Than sinh học từ trấu và công nghệ nhiệt phân sinh khối",
        "Tổng quan ứng dụng nhiệt phân ở Việt Nam: mô hình nhiệt phân quy mô nhỏ làm than sinh học từ phụ phẩm nông "
        "nghiệp ở ĐBSCL (2020-2023), nhà máy than sinh học từ trấu đầu tiên của vùng công suất giai đoạn đầu khoảng "
        "3.000 tấn/năm, bán than và tín chỉ carbon.",
    ),
    # distractor
    (
        "mLo098",
        "en",
        "organics_uk",
        "Compost quality certification for composting sites",
        "Certification scheme for composters producing compost to the PAS 100 specification. Such sites may only "
        "accept packaging independently certified to BS EN 13432 and plastic items certified to BS EN 14995 as "
        "inputs, and need the right waste codes in their permits.",
    ),
    # --- plastic waste from fishing and aquaculture ---
    (
        "mLo099",
        "en",
        "undp_quynhon",
        "Bringing plastic waste from fishing vessels back to port: net bags, port warehouse, incentives",
        "Pilot package run with a fishing port and the provincial fisheries department: specially designed net "
        "bags and collection tools handed to 200 fishing vessels, a warehouse at the port for receiving and "
        "sorting the plastic they bring ashore, training for boat owners and captains, and gift-exchange events "
        "to reward participation.",
    ),
    (
        "mLo100",
        "vi",
        "sggp_binhdinh",
        "Mô hình tuần hoàn rác nhựa tàu cá: túi lưới hình phễu trên tàu, thu mua tại cảng",
        "Mỗi tàu được lắp một túi lưới hình phễu và dụng cụ vớt rác; rác sinh hoạt trong chuyến biển và rác nổi vớt được "
        "mang về cảng bán cho tổ môi trường với giá 4.000 đồng/kg. Điều tra ban đầu cho thấy mỗi tàu thải 10-15 kg rác "
        "nhựa mỗi chuyến 15-20 ngày; với 3.200 tàu là khoảng 3,9 tấn mỗi chuyến. Chi cục thủy sản sẵn sàng chia sẻ cách "
        "làm.",
    ),
    (
        "mLo101",
        "en",
        "undp_binhdinh_rule",
        "Template regulation on plastic waste from fishing vessels",
        "Provincial decision (February 2024) requiring fishing vessels of 15 m or longer at three ports to collect "
        "and declare the plastic waste they bring ashore on each trip, with 12-15 m boats encouraged to join, and "
        "setting duties for the port management board, the waste collection team and the fisheries sub-department "
        "for collection, transport, data and reporting. Shared as a model for other coastal provinces.",
    ),
    (
        "mLo102",
        "en",
        "dtinews_phuyen",
        "Campaign kit for fishermen to bring waste ashore",
        "Conservation NGO and provincial departments provide mesh bags to fishing boats and organise receiving and "
        "sorting staff at ports. Boats bring back 10-20 kg per trip, over half plastic (bottles, bags, torn nets). "
        "Within months more than four tonnes reached four ports, nearly 2.5 tonnes of it recyclable; the ports see "
        "13,500-14,500 vessel calls and 24 tonnes of solid waste a year.",
    ),
    (
        "mLo103",
        "vi",
        "vir_phuyen",
        'Hoạt động "câu rác" (Fishing for Litter) cùng cộng đồng ngư dân',
        "Khoảng 100 ngư dân và 30 tàu kéo tự nguyện thu gom, phân loại rác vớt được trên biển đưa về bờ. Gắn với kế hoạch "
        "quốc gia giảm 50% rác nhựa đại dương và 50% ngư cụ bị bỏ, thất lạc đến 2025, và mục tiêu ít nhất 70% cảng cá tổ "
        "chức thu gom, phân loại rác. Hỗ trợ địa phương lập nhóm ngư dân tham gia.",
    ),
    (
        "mLo104",
        "en",
        "shenyuan_nyp",
        "Fishing gear collection events with handheld resin identification and baling",
        "Gear collectors, a chemicals group and a fishing-clothing maker run port events where fishers drop off "
        "used nets, buoys and oilskins. Volunteers sort the gear with handheld spectroscopy scanners that tell "
        "nylon (PA), PET and HDPE apart, and balers compact each stream for recyclers; recycled nylon from nets "
        "goes back into clothing.",
    ),
    (
        "mLo105",
        "vi",
        "kbbi_nyp",
        "Dịch vụ thu gom lưới cũ theo mùa tại cảng, phân loại, ép kiện gửi tái chế",
        "Doanh nghiệp 7 năm kinh nghiệm gom lưới và dây từ cảng, ngư dân, xưởng làm lưới; phân loại theo loại nhựa "
        "(polyethylene, nylon...), ép kiện rồi chở bằng xe tải hoặc sà lan đến nhà máy tái chế làm hạt bán cho nhà sản "
        "xuất. Tổ chức đợt thu gom vào đầu mùa và cuối mùa khai thác.",
    ),
    (
        "mLo106",
        "en",
        "aquafil_steveston",
        "Harbour net depot feeding nylon 6 regeneration",
        "A harbour authority and a nylon producer built a pilot depot: a portable ID system sorts nylon 6 "
        "commercial nets, a net-repair lane is used to strip floats, ropes and lead weights, and the cleaned netting "
        "is packed for pickup. The first load of more than 16 tonnes was shipped in 2014 to be regenerated into "
        "new nylon yarn.",
    ),
    (
        "mLo107",
        "vi",
        "healthyseas",
        "Tiếp nhận lưới thu hồi: làm sạch, phân loại nylon và PE/PP cho từng nhà tái chế",
        "Sau khi vận chuyển, lưới được phân loại và làm sạch; phần nylon đưa vào hệ thống tái sinh sợi ECONYL, các loại "
        "lưới polyethylene, polypropylene chuyển cho đơn vị làm sản phẩm từ lưới khác. Phần còn lại được ngư dân dùng "
        "lại, dùng cho trưng bày, trường học hoặc đốt thu năng lượng.",
    ),
    (
        "mLo108",
        "en",
        "algalita_bureo",
        "Community-based fishing net recycling programme (NetPlus model)",
        "Collects end-of-life fishing nets directly from fishing communities before they can become marine "
        "debris, pays or credits the communities and turns the nets into recycled pellets for consumer products. "
        "Runs with local managers in Chile, Peru and Argentina; teaching material explains the supply chain.",
    ),
    (
        "mLo109",
        "vi",
        "sangkien_dsm",
        "Tái chế lưới đánh cá bị bỏ thành hạt nhựa làm ván trượt",
        "Ngư dân một làng ven biển Nam Ấn Độ được trả công để vớt lưới bị bỏ lại trôi trên biển; lưới được tái chế "
        "thành hạt nhựa nhỏ xuất khẩu để làm ván trượt và sản phẩm thân thiện môi trường. Theo FAO, khoảng 10% rác "
        'nhựa đại dương là "lưới ma", mỗi tấm có thể làm vướng 30-40 loài sinh vật biển.',
    ),
    (
        "mLo110",
        "en",
        "scribd_biogillnet",
        "Biodegradable gillnets: results of three seasons of commercial trials",
        "Research institutes tested biodegradable-polymer gillnets against nylon in a cod fishery over three "
        "seasons: they caught 18.4%, 40.2% and 47.4% fewer fish in seasons one to three, and in a 1,000-hour ageing "
        "test both materials started degrading after 200 hours, the biodegradable one faster. Lower catch "
        "efficiency but strong potential against ghost fishing; cooperation on local trials offered.",
    ),
    (
        "mLo111",
        "vi",
        "fao_biodeg",
        "Dùng chỉ phân hủy sinh học gắn lưới rê và làm cửa thoát cho lồng bẫy",
        "Giải pháp kỹ thuật khuyến nghị: dùng chỉ phân hủy sinh học để buộc tấm lưới rê vào dây giềng, khi chỉ mục thì "
        "lưới rơi khỏi dây và chìm xuống đáy; ở lờ, lồng bẫy, một ô bằng chỉ phân hủy chỉ giữ ngư cụ hoạt động trong "
        'thời gian nhất định. Hạn chế "đánh bắt ma" khi ngư cụ bị mất không do lỗi của ngư dân.',
    ),
    (
        "mLo112",
        "vi",
        "xemtv_phaoHDPE",
        "Cho vay phao nổi HDPE lãi suất 0% để thay phao xốp nuôi hàu",
        "Doanh nghiệp nhựa cho hộ nuôi trồng thủy sản vay bằng sản phẩm phao HDPE, lãi suất 0% trong 6 tháng. Một hộ "
        "nuôi hàu 10 ha đã rà soát, thay dần phao xốp hư hỏng khi thu hoạch hoặc thả giống, đến nay chuyển được gần 50% "
        "diện tích sang phao HDPE và thu gom phao xốp cũ.",
    ),
    (
        "mLo113",
        "en",
        "chlorine_vandon",
        "Converting aquaculture floats from styrofoam to HDPE across a commune",
        "Support for a commune-wide switch: styrofoam floats last only 2-3 years and break up into the sea, while "
        "HDPE floats and cages last 30-50 years and withstand storms. In one commune of 890 farming households (70% "
        "on styrofoam) 160,250 styrofoam floats were removed in 2019-2022 and 113,272 HDPE floats installed by "
        "September 2022. Farmers stress the initial cost is about double that of wooden rafts.",
    ),
    (
        "mLo114",
        "vi",
        "qn_phaoHDPE",
        "Phao nổi HDPE cho lồng bè nuôi cá, nuôi hàu treo dây - từ dùng thử đến mua",
        "Doanh nghiệp nhựa triển khai phao HDPE từ năm 2019 với hợp tác xã nuôi hàu, cá lồng: giai đoạn đầu cho dùng thử "
        "miễn phí, sau đó trợ giá rồi bán giá gốc. Phao HDPE đắt gấp 3-4 lần phao xốp nhưng bền, không tan rã, sạch mặt "
        "nước; hợp tác xã đã thay toàn bộ phao xốp.",
    ),
    (
        "mLo115",
        "en",
        "steveston_how",
        "Locating and taking in derelict nylon nets that owners keep in storage",
        "Net recycling starts by identifying nets left outside so long that UV light has made them brittle and "
        "useless for fishing. Owners often keep paying small storage fees rather than arrange costly landfill "
        "disposal, and value nets they once paid US$3,000-4,000 (gillnets) or US$80,000-120,000 (seines) for; our "
        "team negotiates take-back and prepares them for recycling.",
    ),
    # distractor
    (
        "mLo116",
        "vi",
        "kenh14_HDPEcage",
        "Lồng nuôi biển HDPE chịu bão cấp 12",
        "Hệ thống lồng HDPE tuổi thọ thiết kế 20-50 năm, khung đàn hồi biến dạng theo sóng, chịu gió bão cấp 12. Nhà cung "
        "cấp vận hành hai nhà máy 6 ha, tự kéo sợi PE đạt ISO 9001:2015, xuất khẩu sang 6 nước; cả nước có 9,7 triệu m3 "
        "lồng nuôi biển cuối năm 2024.",
    ),
    # distractor
    (
        "mLo117",
        "vi",
        "catovina_HDPE",
        "Bạt lót ao nuôi tôm HDPE dày 0,5-2,0 mm",
        "Cung cấp, thi công bạt HDPE lót đáy và bờ ao tôm: lớp mặt chống tia UV, lớp lõi chịu lực và kháng hóa chất, tùy "
        "chọn bề mặt nhám cho bờ dốc. Chống thấm tuyệt đối, ngăn kim loại nặng và vi khuẩn từ đất nền, dễ vệ sinh sau vụ.",
    ),
    # distractor
    (
        "mLo118",
        "vi",
        "bosua_HDPE",
        "Tư vấn ứng dụng bạt HDPE cho ao nuôi và công trình thủy lợi",
        "Chuyên gia hãng màng chống thấm giới thiệu bạt HDPE chiếm hơn 60% các loại bạt nhựa nhờ kháng UV, chống gặm "
        "nhấm, kháng hóa chất; ao lót bạt giúp quản lý chất lượng nước, nuôi tôm mật độ cao.",
    ),
    # distractor
    (
        "mLo119",
        "vi",
        "namdinh_luoi",
        "Làng nghề dệt lưới cước và kéo sợi PE",
        "Thị trấn ven biển có làng nghề dệt lưới cước và 8 doanh nghiệp kéo sợi PE, tạo việc làm cho 800-1.000 lao động; "
        "khung dệt cải tiến gắn động cơ đạt 200-250 m lưới/người/ngày. Nhận đặt lưới đánh tôm, cá biển.",
    ),
    # distractor
    (
        "mLo120",
        "en",
        "bjtyz_uhmwpe",
        "UHMWPE fibre for lighter, stronger fishing nets",
        "Ultra-high-molecular-weight polyethylene fibre for trawl and offshore nets: at equal mesh strength the net "
        "is about 50% lighter than polyethylene netting, lowering drag and fuel use and allowing larger nets.",
    ),
    # distractor
    (
        "mLo121",
        "vi",
        "vietlinh_luoi",
        "Cơ sở sản xuất lưới, lọp, dớn đánh bắt mùa nước nổi",
        "Các cơ sở dọc quốc lộ 80 sản xuất lưới, dớn, chài phục vụ mùa lũ: đan tay, dệt máy, kết lưới bắt viền, cột "
        "phao, kéo chì, dập chì; một cơ sở gần 40 công nhân cung cấp vài chục sản phẩm mỗi ngày.",
    ),
    # distractor
    (
        "mLo122",
        "vi",
        "vietgap_soctrang",
        "Nghiên cứu hiệu quả chứng nhận VietGAP trong nuôi tôm thẻ chân trắng",
        "Khảo sát 105 hộ nuôi tôm thâm canh có chứng nhận VietGAP: 94% có ao lắng, 100% kiểm dịch tôm giống, mật độ 40 "
        "con/m2, năng suất 2,7-5,6 tấn/ha/vụ, lợi nhuận 179-324 triệu đồng/ha/vụ, 98% lô hàng đạt chuẩn xuất khẩu.",
    ),
    # --- plastic waste from farming: pesticide packaging, mulch and crop films ---
    (
        "mLo123",
        "vi",
        "hue_thung",
        "Thùng thu gom bao bì thuốc BVTV ngoài đồng chống trôi khi lũ",
        "Thiết kế và cách bố trí đã thử nghiệm: thùng 240 lít màu cam dễ nhận biết, có đế móng, cọc sắt và xích không gỉ "
        "chống trôi khi mưa lũ; đặt gần điểm lấy nước pha thuốc; tối thiểu 1 thùng cho 3 ha đất sản xuất. Từ 12 thùng thí "
        "điểm năm 2022 đã nhân lên 260 thùng đến 9/2023, kèm tập huấn hội nông dân tại 27 xã.",
    ),
    (
        "mLo124",
        "en",
        "cleanfarms",
        "Preparing empty pesticide containers for recycling: rinse, remove, return",
        "Step-by-step procedure used by a national farm-plastics programme: triple-rinse or pressure-rinse every "
        "container (a chemical handler pierces the bottom and sprays water inside, returning the rinsate to the "
        "spray tank), remove the cap and the paper booklet but leave glued labels, take off metal handles, and "
        "return containers to the nearest drop-off. Dirty containers are rejected.",
    ),
    (
        "mLo125",
        "en",
        "pa_ppcr",
        "Plastic pesticide container recycling programme for licensed applicators",
        "Only #2 HDPE containers free of residue inside and out are accepted, with caps, booklets and sleeves "
        "removed. The guide teaches triple rinsing (fill a quarter with water, shake about twice a second for 30 "
        "seconds, drain into the sprayer, repeat). Collected containers are granulated into chips and recycled "
        "into corrugated drain pipe and other products; a directory lists public collection sites.",
    ),
    (
        "mLo126",
        "en",
        "farmprogress_mi",
        "Seasonal collection of rinsed pesticide containers, chipped into new farm products",
        "Farmers rinse containers right after emptying, store them in large plastic bags supplied by extension "
        "technicians and bring them to autumn collection days. Rigid HDPE containers of 2.5 gallons or less are "
        "chipped and made into new pesticide containers, truck and spreader deck boards, field drain tile, pallets "
        "and parking stops.",
    ),
    (
        "mLo127",
        "vi",
        "geco_bvtv",
        "Thu gom, vận chuyển, xử lý bao bì và chất thải thuốc BVTV theo quy định chất thải nguy hại",
        "Mỗi bao bì thuốc BVTV còn dính khoảng 1,8% hóa chất, gây ô nhiễm đất, nước, không khí và nước ngầm khi vứt trên "
        "ruộng, kênh mương. Công ty môi trường có chức năng xử lý chất thải nguy hại nhận thu gom từ điểm tập kết của xã, "
        "hợp tác xã, đại lý thuốc, vận chuyển và xử lý đúng quy trình, hướng dẫn phân loại theo nhóm độc.",
    ),
    (
        "mLo128",
        "vi",
        "thvl_taphuan",
        "Tập huấn nông dân thu gom, lưu chứa bao bì thuốc BVTV an toàn",
        "Lớp tập huấn tại ấp, xã về tác hại của vỏ bao bì thuốc BVTV trên đồng ruộng đối với môi trường và sức khỏe, cách "
        "xây và sử dụng hố, bể chứa, biện pháp bảo đảm an toàn lao động khi thu gom, vận chuyển và xử lý. Phối hợp hội nông "
        "dân và chính quyền địa phương.",
    ),
    (
        "mLo129",
        "en",
        "wiagri",
        "Choosing a pesticide-container recycler: tracking and ANSI/ASABE S596 compliance",
        "Guidance from an agribusiness association on vetting a recycling vendor: the firm must track and document "
        "containers after they leave your site, handle the plastic legally and restrict it to end uses shown to "
        "minimise human exposure to residues, and follow ANSI/ASABE S596 for recycling plastic pesticide "
        "containers. Also covers rules for refillable containers.",
    ),
    (
        "mLo130",
        "vi",
        "scp_saodo",
        "Màng phủ sinh học tự phân hủy cho rau màu - chuyển giao quy trình sản xuất",
        "Nhóm nghiên cứu trường đại học đã xây dựng quy trình công nghệ sản xuất màng phủ sinh học tự phân hủy và ứng "
        "dụng cho rau màu: màng rã trực tiếp vào đất, không phải thu gom sau vụ, giảm công làm cỏ. Mô hình cho năng suất "
        "dưa hấu 35,90 tấn/ha, dưa lê 23,50 tấn/ha, cà chua 57,33 tấn/ha, cao hơn khi dùng màng PE.",
    ),
    (
        "mLo131",
        "en",
        "thvl_bioagri",
        "Certified soil-biodegradable mulch film ploughed in after harvest",
        "A plant-based mulch film blended with biodegradable synthetic polymers that works like ordinary plastic "
        "mulch (weed and pest reduction, moisture retention, water saving). At the end of the season the farmer "
        "simply ploughs it in and the fragments biodegrade in the soil. First product of its kind certified in "
        "Australia; the maker is working to bring the price closer to conventional film.",
    ),
    (
        "mLo132",
        "en",
        "ifas_mulch",
        "Evaluation of plastic mulch retrieval equipment and recommendations for recycling",
        "University and waste-reduction partners compared mulch retrievers from several makers. Findings: mow the "
        "crop first with a flail mower; pick machines that let debris fall off the film (vertical space, PTO blower "
        "or agitator); retrieve in dry weather because mud adds weight; collect drip tape separately; use mulch of 1 "
        "mil or thicker to avoid tearing; check that a recycler is close enough to justify the purchase.",
    ),
    (
        "mLo133",
        "en",
        "lsu_mulch",
        "Mulch lifters and powered spools to remove plastic mulch from beds",
        "Extension guide and build plans: lifters with coulters and one-sided blades loosen the soil under the "
        "edges of the bed and raise the film so soil falls off, a centre coulter slices the strip in half, and a "
        "powered spool winds it up after a worker ties the end on. Notes the spool-speed problem as the roll "
        "grows and alternatives to hand pick-up.",
    ),
    (
        "mLo134",
        "vi",
        "cesare_winder",
        "Máy cuốn thu hồi màng phủ nông nghiệp hai hàng một lượt",
        "Máy gắn sau máy kéo cuốn màng phủ đã hết tác dụng sau vụ, mỗi lượt hai hàng; truyền động thủy lực, hai trục "
        "cuốn điều khiển riêng bằng bàn đạp, người vận hành dùng tay đòn dàn đều màng trên trục. Cuộn màng tháo rời dễ "
        "dàng để chở đi.",
    ),
    (
        "mLo135",
        "en",
        "maxa_mulch",
        "Review of options for recycling used agricultural mulch film",
        "Scientific review for growers, recyclers and policy makers: recovered mulch carries 30-80% surface "
        "contamination, mostly soil and plant debris, which is the main barrier. Compares mechanical, advanced "
        "(chemical and thermal) and biological recycling of polyethylene film and the logistics advantage that mulch "
        "waste is concentrated where it is used. Agriculture uses about 1 million tonnes of films a year.",
    ),
    (
        "mLo136",
        "en",
        "southeast_haygrove",
        "Buy-film-get-recycling voucher for polytunnel film",
        "A film maker and a tunnel supplier run a take-back scheme: each purchase of tunnel film comes with a "
        "voucher entitling the grower to have the same tonnage collected in full loads and recycled at no cost, or "
        "delivered to the recycling plant. Growers receive an annual certificate of the quantity recycled for "
        "environmental audits.",
    ),
    (
        "mLo137",
        "en",
        "plasticrecycler_ch",
        "Take-back and recycling concept for silage and crop films",
        "Around 6,500 tonnes of silage films, underlay films, bale nets and baler twine are used each year in one "
        "country's agriculture and mostly burned or left on fields. A recycler and farm partners organised "
        "take-back that is cheaper and closer for farmers than incineration; sorted polyethylene film becomes "
        "garbage bags and new film.",
    ),
    (
        "mLo138",
        "vi",
        "xomchim_bdm",
        "Đánh giá vòng đời màng phủ PE và màng phủ tự hủy sinh học trong đất",
        "Tổng hợp nghiên cứu LCA so sánh màng phủ nhựa truyền thống với màng phủ tự hủy sinh học: khâu sản xuất gây gánh "
        "nặng môi trường lớn nhất cho cả hai; màng gốc tinh bột dùng ít năng lượng hóa thạch, ít khí nhà kính hơn nhưng "
        "tiềm năng phú dưỡng và nhu cầu đất cao hơn. Hỗ trợ chọn loại màng cho cây trồng giá trị cao.",
    ),
    (
        "mLo139",
        "en",
        "bac_kan_model",
        "Commune-level rural waste model including field pesticide-packaging collection",
        "University-led project that surveyed a rural commune and set up a package of low-cost models: 'banana "
        "circle' composting of household organic waste, collection points for pesticide packaging in the fields, "
        "livestock waste treatment, a mini incinerator and community self-management groups, with lessons for "
        "meeting the new-rural environmental criterion.",
    ),
    (
        "mLo140",
        "vi",
        "hengrun_bdm",
        "Màng phủ nông nghiệp phân hủy sinh học bền 3-6 tháng",
        "Màng phủ từ polymer sinh học giữ cấu trúc suốt vụ rồi phân rã qua quá trình tự nhiên trong đất; dày khoảng "
        "0,6-1,0 mil, đủ bền để trải bằng máy, giữ ẩm, giảm bốc hơi nước tới 70%, kiểm soát cỏ dại và nhiệt độ đất. Đã "
        "dùng cho rau, cây ăn quả và hoa kiểng.",
    ),
    (
        "mLo141",
        "en",
        "swix_mulch",
        "Shredding and cleaning trials for used agricultural mulch film",
        "Waste-exchange organisation that runs shredding demonstrations and washing trials on field mulch and "
        "shows growers and recyclers how much of a bale is really plastic: in one sample of 16.14 oz only 4.16 oz "
        "(26%) was plastic, the rest soil, fine dust and moisture. Also organises an agricultural plastics "
        "recycling conference and trade show.",
    ),
    (
        "mLo142",
        "vi",
        "silostop",
        "Hướng dẫn sử dụng và chuẩn bị màng ủ chua thức ăn gia súc để tái chế",
        "Màng ủ chua có lớp chắn oxy EVOH dưới ngưỡng nên tái chế chung được với màng PE thường thành màng chống ẩm, túi "
        "rác. Mẹo: mua đúng kích thước, gỡ màng thường xuyên để tấm nhỏ dễ xử lý, giũ sạch đất và tạp chất, cuộn hoặc buộc "
        "bằng dây nhựa, giữ khô và gọn để giao cho đơn vị thu gom có đăng ký.",
    ),
    (
        "mLo143",
        "en",
        "ekolog_pl",
        "Agricultural film collection and recycling service",
        "Logistics firm that collects mulch, bale-wrap, silo and greenhouse films from farms for recycling into raw "
        "material. Context: Europe places about 720,000 tonnes of farm film on the market each year; mulch lasts one "
        "season, bale and stretch film 6-24 months and tunnel film 2-4 years, so large volumes enter the waste "
        "stream annually and extended producer responsibility is spreading.",
    ),
    (
        "mLo144",
        "en",
        "zendy_seville",
        "Lessons from a regional mulch-film recycling programme for cotton",
        "A programme in a cotton-growing area studied the collection system, recycling technology and uses for "
        "recycled film. Long strips made transport difficult; size reduction and washing were the most critical "
        "steps because the film is tough and heavily soiled, and the soil carried up to 3% iron, which acts as a "
        "polyethylene prodegradant.",
    ),
    # distractor
    (
        "mLo145",
        "vi",
        "hongphuc_PE",
        "Màng PE, LDPE phủ nông nghiệp dày 14-30 micron",
        "Sản xuất và phân phối màng phủ PE/LDPE dẻo dai, co giãn tốt, bền suốt mùa vụ, độ dày 14-30 mic cho rau cải, cà "
        "chua, bí đỏ, cà rốt, su hào và cây ăn quả; giữ ẩm, chắn gió lạnh, giảm công làm cỏ.",
    ),
    # distractor
    (
        "mLo146",
        "vi",
        "nongnghiep_rom",
        "Máy cuốn rơm bánh xích cho ruộng lúa ĐBSCL",
        "Máy gom rơm do máy gặt đập liên hợp thải ra thành cuộn tròn khoảng 20 kg: miệng cuốn phía trước nên rơm không "
        "rối, không dính đất; loại cải tiến có thùng chứa phía sau, hai người cuốn sạch hơn 4 ha/ngày. Giá rơm khô khoảng "
        "1.000 đồng/kg, dùng trồng nấm, chăn nuôi.",
    ),
    # distractor
    (
        "mLo147",
        "vi",
        "techmag_phantan",
        "Máy cuốn rơm tự hành PT.CR57",
        "Máy dài 4,2 m, rộng 2,2 m, động cơ diesel, năng suất 80-120 cuộn/giờ, chọn kích thước cuộn theo đường kính hoặc "
        "khối lượng; bánh xích cao su chạy được ruộng khô, ướt, lầy; thùng chứa tối đa 30 cuộn rơm hoặc 1 tấn nông sản.",
    ),
    # --- refill shops and reducing single-use plastic ---
    (
        "mLo148",
        "vi",
        "danviet_laiday",
        "Mô hình cửa hàng refill: khách mang chai lọ cũ đến chiết sản phẩm",
        'Cửa hàng "làm đầy trở lại" đầu tiên ở Việt Nam, rộng khoảng 15 m2: sản phẩm không đóng gói sẵn, khách mang '
        "chai, lọ cũ đến chiết dầu gội, nước giặt, nước rửa chén; kèm hơn 200 sản phẩm tái sử dụng cho chăm sóc cá nhân, "
        'vệ sinh nhà cửa và "văn hóa mang đi". Chia sẻ cách chọn nguồn hàng, bố trí quầy chiết và minh bạch thông tin.',
    ),
    (
        "mLo149",
        "en",
        "yunus_dongday",
        "Refill shop system with standardised returnable 2 and 5 litre bottles",
        "A zero-waste retailer operating since 2018 redesigned its refill system for reuse: its own standardised "
        "2 L and 5 L bottles with replaceable parts and clear labels replaced donated containers, and it orders "
        "cleaning products and food in 20-30 L returnable containers from suppliers. Over 65,775 refills to "
        "households and businesses by February 2025; mentoring for new refill shops.",
    ),
    (
        "mLo150",
        "en",
        "hoian_refill",
        "Refill supply of natural cleaners with container lending for hotels and cafes",
        "A refill shop in a rural commune of a tourist town sells chemical-free dish soap, hand soap and floor "
        "cleaner made from fermented organic waste by a partner producer, refilled into customers' containers. "
        "Hotels, restaurants, cafes and schools borrow containers, have them filled and return them when empty; "
        "more than 13,000 containers refilled in two years.",
    ),
    (
        "mLo151",
        "vi",
        "baomoi_xanhrefill",
        "Nước tẩy rửa enzyme lên men vỏ dứa bán theo hình thức đong",
        "Cửa hàng nhỏ bán chất tẩy rửa sinh học từ vỏ dứa lên men theo kiểu mua đong ngày xưa: khách mang can, chai rỗng "
        "đến, chủ hàng đong và tính tiền, giảm chai nhựa và túi nylon. Nhận làm đại lý, hướng dẫn mở điểm đong cho hội "
        "phụ nữ, hợp tác xã.",
    ),
    (
        "mLo152",
        "en",
        "dayton_mobile",
        "Mobile refill truck serving small towns on a published route",
        "A refillery on wheels travels around the region on a schedule posted on social media. Customers bring a "
        "rinsed shampoo bottle or other container, or buy one, and pay to refill laundry detergent, shampoo, "
        "toner and more; biodegradable floss, dryer balls and reusable jar lids are also sold, with online orders "
        "and delivery.",
    ),
    (
        "mLo153",
        "vi",
        "vnplus_huewater",
        "Trạm nhà chờ và máy cấp nước uống miễn phí tại bãi biển",
        "Dự án giảm nhựa do tổ chức bảo tồn tài trợ lắp ba trạm nhà chờ kèm máy lọc nước uống miễn phí ở các bãi tắm đông "
        "khách: màng lọc kép và than hoạt tính loại bỏ tạp chất, vi khuẩn, kim loại nặng nhưng giữ khoáng. Người dân, du "
        "khách mang bình, chai cá nhân đến tiếp nước hoặc uống tại vòi, giảm chai nhựa dùng một lần.",
    ),
    (
        "mLo154",
        "en",
        "vcbt_refillbottle",
        "Refill station network and map app for drinking water",
        "Network started in Bali in which cafes, hotels, tour offices and other businesses offer free or cheap "
        "drinking-water refills and appear on an easy map app so travellers can reuse bottles. Active in more than "
        "nine countries and launched in Vietnam with two travel foundations; local businesses can join and towns can "
        "start a chapter.",
    ),
    (
        "mLo155",
        "en",
        "petaluma_cup",
        "Citywide reusable cup system run by a reuse logistics provider",
        "More than 30 chain and independent cafes and restaurants in a small city served drinks in reusable cups by "
        "default for a three-month pilot; customers returned cups at any outlet or one of 60 return bins, and a "
        "logistics provider collected, washed and redistributed them. Funded by an industry consortium that "
        "deployed hundreds of thousands of cups.",
    ),
    (
        "mLo156",
        "en",
        "sapact_cup",
        "Deposit-based reusable cup kiosk for a weekend market",
        "A plastics pact piloted reusable cups at a city farm market: customers hire a cup at a kiosk for a "
        "refundable deposit (R20 for beer, R30 for coffee), get R5 off each drink at participating stalls and get "
        "the full deposit back on return. Six-month pilot design that can be copied by market boards.",
    ),
    (
        "mLo157",
        "vi",
        "vn24h_vinhhung",
        'Mô hình hội phụ nữ "đổi rác thải nhựa lấy giỏ đi chợ" và phân loại rác tại hộ',
        "Hội Liên hiệp Phụ nữ huyện phối hợp phòng tài nguyên môi trường cấp 500 sọt đựng rác vô cơ, hữu cơ cho mô hình "
        "phân loại tại hộ; chai lọ, túi nylon để riêng, rác dễ phân hủy ủ bằng chế phẩm sinh học. Đã trao 3.550 giỏ đi chợ "
        "qua mô hình đổi rác nhựa lấy giỏ và nhân rộng 88 tuyến đường xanh - sạch - đẹp.",
    ),
    (
        "mLo158",
        "vi",
        "thanhnien_tuiban",
        'Chợ "bán rau chứ không bán túi nilon": bảng thông điệp và cách gói không dùng túi',
        "Sáng kiến của một sinh viên cùng các cô bán hàng ở chợ hẻm: treo bảng nhắc khách rằng sạp bán rau, thịt chứ không bán túi nilon, "
        "khuyến khích khách mang hộp, giỏ, gói hàng bằng lá và giấy, dùng túi phân hủy khi cần. Bộ bảng, tờ rơi và kinh "
        "nghiệm vận động tiểu thương có thể áp dụng cho chợ xã.",
    ),
    (
        "mLo159",
        "en",
        "reuseable_refill",
        "Guide to neighbourhood refill kiosks in local markets",
        "Practical, data-led guide for community leaders and small retailers on setting up refill points where "
        "people already shop, for cleaning products, cooking oil, detergent and toiletries, so that reuse becomes "
        "a weekly routine. Covers kiosk design, short pop-up trials and using visible stations to shift local "
        "norms.",
    ),
    (
        "mLo160",
        "en",
        "vietnamvn_vixuyen",
        "Women's union groups carrying baskets to market instead of plastic bags",
        "A district women's union with 23,461 members runs 41 groups (1,186 members) under the banners 'women "
        "carry baskets to market', 'women carry string bags' and similar, combined with sorting waste at source, "
        "reusing bottles as plant pots and regular clean-ups, linked to the '5 no, 3 clean' family campaign.",
    ),
    (
        "mLo161",
        "vi",
        "laiday_faq",
        "Trạm refill và giải pháp giảm bao bì một lần cho văn phòng, sự kiện",
        "Trạm refill như một cửa hàng tiện lợi cho lối sống xanh: chiết chất lỏng và sản phẩm dạng khác vào chai, lọ, túi "
        "của khách theo đúng lượng cần; dịch vụ sửa đồ cũ để kéo dài tuổi thọ; gói giải pháp cho văn phòng, không gian, "
        "sự kiện, tiệc gia đình để giảm vật tư dùng một lần theo mô hình 5R.",
    ),
    (
        "mLo162",
        "en",
        "deptx_totnes",
        "Returnable takeaway cup network for a small town's cafes",
        "Design for a town-wide network in which customers take coffee in a returnable cup from one cafe and drop "
        "it at any other; used cups are collected each evening for washing and replaced with clean ones. Works "
        "with a mobile signal, without a dedicated app or deposit, with provision for customers without phones; "
        "feasibility survey for participating cafes.",
    ),
    (
        "mLo163",
        "en",
        "berkeley_vessel",
        "Borrowed stainless-steel cups returned at city kiosks",
        "Eleven coffee shops in a university city joined a pilot with a reuse company: customers borrow a "
        "stainless-steel cup with their order and return it to any of the company's kiosks around town, where cups "
        "are collected and cleaned, cutting single-use coffee cups.",
    ),
    # distractor
    (
        "mLo164",
        "vi",
        "afamily_bodyshop",
        "Trạm nạp mỹ phẩm vào chai nhôm tại cửa hàng thương hiệu",
        "Hai trạm refill của một hãng mỹ phẩm trong trung tâm thương mại: khách nạp lại sữa tắm, dầu gội, dầu xả của hãng "
        "vào chai nhôm dùng nhiều lần, tiết kiệm tiền và giảm chai nhựa.",
    ),
    # distractor
    (
        "mLo165",
        "vi",
        "baolamdong_nuoc",
        "Bình nước suối miễn phí đặt ven đường cho người đi đường",
        'Nhà hảo tâm tài trợ 15 bình nước khoáng "miễn phí - kính mời" đặt trên vỉa hè nhiều tuyến đường của thành phố du '
        "lịch; mỗi bình dùng hết 1-2 ngày, người dân gần đó trông coi và thay bình.",
    ),
]
