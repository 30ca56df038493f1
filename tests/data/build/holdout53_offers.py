"""Offers of the holdout53 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # --- rice husk: fuel pellets and husk firewood ---
    (
        "kCo001",
        "en",
        "h_richi",
        "Turnkey rice husk pellet line for mills and traders",
        "Machinery maker offering design, supply and commissioning of a crushing-drying-pelletizing line "
        "for rice husk and wood chips, based on a Mekong Delta reference plant in An Giang (about USD "
        "650,000, 50,000 t/year of husk pellets plus 20,000 t of wood pellets). Includes dust and air "
        "pollution control to Vietnamese standards and a financial model showing payback under 3 years.",
    ),
    (
        "kCo002",
        "vi",
        "h_cuitrau",
        "Chuyển giao máy ép củi trấu dạng thanh",
        "Chuyển giao máy ép trấu rời thành thanh củi trấu (cùi trấu) cháy lâu, gần như không khói, dùng "
        "thay than đá cho lò sấy bột, lò gốm, lò gạch. Mô hình đã bán cho xưởng bột ở Cần Thơ khoảng 5-6 "
        "tấn/ngày với giá chừng 1.000 đồng/kg. Hỗ trợ lắp đặt và hướng dẫn vận hành cho cơ sở xay xát.",
    ),
    (
        "kCo003",
        "vi",
        "h_tcvn",
        "Dịch vụ phân tích chất lượng viên nén, củi trấu theo TCVN",
        "Phòng thử nghiệm nhận phân tích hàm lượng tro của nhiên liệu sinh học rắn (viên nén trấu, củi "
        "trấu, than sinh học) theo TCVN 13652:2023. Cấp phiếu kết quả phục vụ chào hàng và xuất khẩu, tư "
        "vấn giảm tro trong sản phẩm.",
    ),
    # --- rice husk: ash, silica and building materials ---
    (
        "kCo004",
        "en",
        "h_vectree",
        "Process package: amorphous silica from rice husk ash",
        "Technical package for turning husk into high-value silica: controlled ashing at 500-700 °C keeps "
        "silica amorphous, then NaOH leaching gives sodium silicate (water glass) and acid precipitation "
        "recovers pure silica. Offered as a lab-to-pilot process transfer with operator training.",
    ),
    (
        "kCo005",
        "vi",
        "h_jcsp",
        "Quy trình chiết silica từ tro trấu bằng kiềm",
        "Chuyển giao quy trình đun tro trấu trong dung dịch NaOH để hòa tan silica thành natri silicat, "
        "sau đó axit hóa bằng H2SO4 tạo silica kết tủa; rửa bằng ethanol cho bột hạt rời. Kèm tư vấn điều "
        "kiện tối ưu (nồng độ kiềm, thời gian già hóa) và phân tích SEM, EDX, XRD, FT-IR.",
    ),
    (
        "kCo006",
        "en",
        "h_figshare",
        "High-purity silica from rice husk ash: testing and method selection",
        "Laboratory service comparing purification routes for husk ash silica: acid leaching followed by "
        "800 °C treatment or low-temperature alkaline extraction, both reaching about 99.3-99.6% SiO2. We "
        "characterise samples by XRF, XRD, particle size, surface area and carbon content and recommend "
        "the route for your ash.",
    ),
    (
        "kCo007",
        "vi",
        "h_ichec",
        "Sản xuất silica vô định hình từ trấu ba bước",
        "Viện nghiên cứu chuyển giao quy trình ba giai đoạn: khử carbon trong tro trấu, hòa tan silica và "
        "kết tủa bằng axit. Kết quả XRD, XRF xác nhận silica vô định hình độ tinh khiết cao; kết tủa bằng "
        "axit sulfuric cho kết quả tốt hơn axit clohydric.",
    ),
    (
        "kCo008",
        "vi",
        "h_rhacem",
        "Thiết kế cấp phối bê tông dùng tro trấu thay xi măng",
        "Tư vấn và thí nghiệm cấp phối bê tông có tro trấu nghiền mịn thay một phần xi măng: thay 10% làm "
        "cường độ nén tăng khoảng 30,8%, thay tới 20% không giảm cường độ. Hướng dẫn lò đốt tro, nghiền "
        "và điều chỉnh phụ gia siêu dẻo.",
    ),
    (
        "kCo009",
        "en",
        "h_pozz",
        "Training: rice husk ash-lime pozzolana for low-cost building",
        "NGO training on making a pozzolanic binder from rice husk ash (about 90% silica) mixed with "
        "lime, as a cheaper alternative to Portland cement for mortars, renders and blocks. About one "
        "tonne of husk comes from five tonnes of paddy; the course covers burning, grinding and mixing.",
    ),
    (
        "kCo010",
        "vi",
        "h_block",
        "Quy trình gạch block không nung trộn tro trấu",
        "Chuyển giao công thức gạch block xi măng-cát có tro trấu thay một phần xi măng; thí nghiệm cho "
        "thấy mức thay 20% là tối ưu, cường độ tăng theo thời gian bảo dưỡng. Hỗ trợ cơ sở nhỏ làm khuôn, "
        "ép và kiểm tra cường độ.",
    ),
    (
        "kCo011",
        "en",
        "h_rhareview",
        "Consultancy on rice husk ash as supplementary cementitious material",
        "University research group offers advice on producing reactive husk ash (burning conditions, "
        "fineness) and using it in concrete for strength and durability gains through pozzolanic and "
        "filler effects. Includes mix trials and durability tests.",
    ),
    (
        "kCo012",
        "vi",
        "h_road",
        "Kết quả nghiên cứu: tro trấu và xơ dừa làm đường giao thông nông thôn",
        "Đề tài của sinh viên Đại học Cần Thơ tận dụng tro trấu và xơ dừa để gia cố nền đường giao thông "
        "nông thôn. Nhóm sẵn sàng chia sẻ kết quả, hỗ trợ địa phương làm đoạn đường thử nghiệm.",
    ),
    # --- rice husk: charcoal and biochar ---
    (
        "kCo013",
        "en",
        "h_biochar",
        "Continuous carbonization furnace for rice husk biochar",
        "Equipment supplier offering a continuous carbonizer: husk is screened, crushed to 2-5 mm, dried "
        "below 10% moisture and carbonized at 400-600 °C, giving 30-50% yield of porous husk charcoal. "
        "The char improves drainage, aeration and water holding of soils and substrates; installation and "
        "operator training included.",
    ),
    (
        "kCo014",
        "vi",
        "h_philrice",
        "Bản vẽ lò than hóa trấu kết hợp hấp phôi nấm",
        "Chuyển giao mẫu lò than hóa trấu (kiểu CtRH của PhilRice): than trấu chứa P, K, Ca, Mg dùng cải "
        "tạo đất, phân bón, lọc nước; nhiệt thừa của lò được dẫn sang nồi hấp thanh trùng bịch phôi nấm. "
        "Có tập huấn đóng lò và vận hành cho nông hộ.",
    ),
    (
        "kCo015",
        "en",
        "h_acid",
        "Rice husk charcoal for acid soil remediation trials",
        "Research team offers field-trial design using rice husk charcoal made in a vertical continuous "
        "carbonization furnace without oxygen, to raise pH and supply silicon and potassium on acid "
        "soils. Support covers application rates and soil monitoring.",
    ),
    (
        "kCo016",
        "vi",
        "h_hatinh",
        "Than sinh học phối phân hữu cơ cho đất cát ven biển",
        "Nhóm nghiên cứu chuyển giao cách bón than sinh học kết hợp phân chuồng cho rau ăn lá và lúa trên "
        "đất cát ven biển: 2,5-5 tấn than/ha giúp giữ ẩm, tăng hiệu quả phân và có thể thay một phần hoặc "
        "toàn bộ phân chuồng. Hỗ trợ xây dựng mô hình trình diễn.",
    ),
    # --- rice straw: mushroom substrate ---
    (
        "kCo017",
        "vi",
        "s_cabin_mush",
        "Tập huấn quy trình trồng nấm rơm trong nhà và ngoài trời",
        "Khóa tập huấn theo quy trình khuyến nông: rải vôi 5 kg/100 m2, bể ngâm rơm bằng bạt khoảng 2,5 x "
        "4,5 m, ủ tối thiểu 100 kg rơm thành đống cao 1,2-1,5 m, giữ 60-70 °C, đảo đống ở ngày thứ 7 và "
        "17, rồi cấy meo. Có tài liệu và thực hành tại ruộng.",
    ),
    (
        "kCo018",
        "en",
        "s_springer_mush",
        "Training of trainers: indoor rice-straw mushroom production",
        "Can Tho University with IRRI partners offers a training package on straw mushroom (Volvariella "
        "volvacea) covering substrate preparation and both outdoor and indoor growing; a crop takes about "
        "45 days and indoor houses give higher, steadier yields than beds exposed to rain and heat.",
    ),
    (
        "kCo019",
        "en",
        "s_rikolto",
        "Replicating the cooperative straw-mushroom circular model",
        "NGO support to set up a cooperative model like Tân Bình cooperative in Đồng Tháp: straw from "
        "sustainable rice fields is collected, used for mushrooms, and the spent substrate returns to the "
        "fields instead of being burned. Offer includes facilitation, technical training and links to "
        "buyers.",
    ),
    (
        "kCo020",
        "vi",
        "s_angiang",
        "Thiết kế nhà kín trồng nấm rơm trên kệ",
        "Hướng dẫn dựng nhà kín 18 m2 (3 x 6 m) bằng tre lá, lót nilon, 2 kệ đơn và 1 kệ đôi; ép rơm ủ "
        "chín thành bánh 30 x 22 x 12 cm, 600 bánh rơm (rơm 1 công) cấy 70 bọc meo cho 170-180 kg nấm. "
        "Nhận tư vấn tại hộ và hạch toán chi phí.",
    ),
    (
        "kCo021",
        "en",
        "s_anhduong",
        "Community training on growing mushrooms from leftover straw",
        "Local NGO runs village trainings on straw mushrooms: straw from 1,000 m2 and 12 bottles of spawn "
        "can give about 24 kg of mushrooms in 15 days, and the used straw then serves as fertiliser for "
        "vegetables. Trainers come to communes on request.",
    ),
    (
        "kCo022",
        "vi",
        "s_nambonmua",
        "Quy trình trồng nấm rơm trên rơm kiểu mới năng suất cao",
        "Làng nấm chia sẻ quy trình 5 bước trồng nấm rơm trên rơm: chọn rơm khô, sạch, không nhiễm thuốc "
        "(ưu tiên rơm nếp), xử lý, ủ, cấy meo và chăm sóc. Cung cấp video hướng dẫn, meo giống và bao "
        "tiêu nấm sấy.",
    ),
    (
        "kCo023",
        "vi",
        "s_thongtin",
        "Hướng dẫn xử lý rơm bằng nước vôi và ủ đống trồng nấm tại nhà",
        "Tài liệu kỹ thuật: ngâm rơm trong nước vôi 4 kg/m3 khoảng 1 giờ, chất đống cao 1,5 m rộng 2 m, "
        "đặt ống thông hơi mỗi 2 m, phủ nilon hoặc lá chuối, đảo mỗi tuần. Phù hợp hộ gia đình muốn có "
        "nấm sạch từ rơm.",
    ),
    (
        "kCo024",
        "vi",
        "s_baongu",
        "HTX cung cấp phôi và tập huấn trồng nấm bào ngư trên rơm rạ",
        "Hợp tác xã chuyển giao kỹ thuật trồng nấm bào ngư trên rơm rạ, mùn cưa, lõi bắp, bã mía: ủ "
        "nguyên liệu, đóng bịch, hấp khử trùng, cấy meo; 20-25 ngày tơ ăn kín bịch thì đưa ra nhà trồng. "
        "Bán bịch phôi và hướng dẫn làm nhà nấm.",
    ),
    # --- rice straw: collection and bales ---
    (
        "kCo025",
        "vi",
        "s_gom",
        "Máy cuốn rơm bánh xích tự hành cho ruộng ĐBSCL",
        "Cơ sở cơ khí chế tạo máy cuốn rơm bánh xích, miệng cuốn đặt phía trước nên rơm không rối, không "
        "dính đất; mỗi cuộn khoảng 20 kg. Loại cải tiến có thùng chứa phía sau, hai người làm sạch hơn 4 "
        "ha/ngày. Bán máy và nhận cuốn rơm thuê.",
    ),
    (
        "kCo026",
        "en",
        "s_techmag",
        "PT.CR57 self-propelled straw roller for wet paddies",
        "Agricultural machinery firm sells the PT.CR57 straw roller (4.2 x 2.2 m, diesel) on rubber "
        "tracks, producing 80-120 rolls per hour with adjustable roll size; its bin carries up to 30 "
        "rolls or one tonne to the collection point. Front pickup keeps straw clean and it works on dry, "
        "wet or muddy fields.",
    ),
    (
        "kCo027",
        "vi",
        "s_baler_ext",
        "Khóa học chọn và vận hành máy cuốn, máy ép kiện rơm",
        "Khuyến nông tổ chức khóa học về máy cuốn rơm kiện tròn gắn sau máy kéo và máy ép kiện vuông: nối "
        "khớp cardan, chọn công suất máy kéo, thời điểm thu gom (không quá 5 ngày sau gặt để rơm không "
        "mất đạm). Có thực hành trên ruộng khô và ướt.",
    ),
    (
        "kCo028",
        "en",
        "s_hue",
        "Tractor-mounted round baler with 50% extension co-funding",
        "Extension centre demonstration of the MRB 0850B round baler on existing Kubota tractors, with "
        "the household paying 50%. Each roll takes 35-45 seconds; 50-80 rolls per hour and about 4 ha "
        "(600 rolls) per day. Straw serves as cattle feed, bedding and cover.",
    ),
    (
        "kCo029",
        "en",
        "s_soctrang_baler",
        "Organising straw-baling services after combine harvest",
        "District agriculture office shares its experience organising straw roller services (Châu Thành, "
        "Sóc Trăng, over 46,000 ha of rice) so farmers sell or use straw for livestock feed, mushrooms "
        "and compost instead of burning. Offer: advice on machine choice, service pricing and buyer "
        "links.",
    ),
    # --- rice straw: compost ---
    (
        "kCo030",
        "en",
        "s_cabin_compost",
        "Mechanised rice straw composting with windrow turner",
        "Verified in Vietnam: windrows 1.2 m wide and 0.7 m high with 20 cm layers of straw and cow "
        "manure (C/N 25-30), turned by a windrow turner at about 1.5 m/min while spraying microbes; kept "
        "at 50-70 °C and 50-60% moisture, compost is market-ready in about 45 days, 30-50 t per batch. "
        "Offer: machine supply and protocol.",
    ),
    (
        "kCo031",
        "vi",
        "s_tricho_vi",
        "Chế phẩm Trichoderma và hướng dẫn ủ rơm thành phân",
        "Cung cấp bộ chế phẩm ủ rơm: cho 1 tấn rơm dùng 200 g Trichoderma, 200 g chế phẩm xử lý hữu cơ "
        "Emzeo và ít NPK; rơm mục nhanh, phân giàu dinh dưỡng, hạn chế nấm bệnh. Có hướng dẫn ủ tại ruộng "
        "và tại nhà.",
    ),
    (
        "kCo032",
        "en",
        "s_ibs",
        "Rapid straw composting with Trichoderma activator",
        "Activator and training for the rapid composting method from the University of the Philippines: "
        "straw plus manure or legumes at about 3:1 carbon to nitrogen material, inoculated with "
        "Trichoderma harzianum, cuts composting far below the usual three months so farmers with two or "
        "three crops a year can use it.",
    ),
    (
        "kCo033",
        "vi",
        "s_jep",
        "Ủ rơm với EM và than sinh học cho phân hữu cơ chất lượng cao",
        "Quy trình ủ rơm rạ (đống 50 kg rơm trộn đá khoáng) bổ sung EM và 10% than sinh học: nhiệt độ "
        "tăng nhanh, phân chín sau khoảng 42 ngày và cho chất lượng tốt nhất so với ủ với phân chuồng hay "
        "chế phẩm thương mại. Nhận chuyển giao và phân tích chất lượng.",
    ),
    (
        "kCo034",
        "en",
        "s_irri",
        "Field guide and extension kit for on-farm compost from rice residues",
        "Extension kit: level shaded site, chop materials to 3-5 cm, layer rice residues with legumes or "
        "manure at 2:1, keep moist, sprinkle urea solution, cow urine or microbial solution, turn every "
        "two weeks; compost ready in 4-8 weeks. Printed leaflets and trainer visits available.",
    ),
    (
        "kCo035",
        "en",
        "s_ecomco",
        "Microbial composting solutions for straw and crop residues",
        "Company supplying microbial compost starters and on-site guidance to turn rice straw, corn "
        "stalks, coffee husk, rice husk and bagasse into compost instead of burning, as part of circular "
        "farming. Technical staff help set up piles and monitor them.",
    ),
    (
        "kCo036",
        "en",
        "s_echo",
        "Tricho-compost: compost that also suppresses soil diseases",
        "Training on producing Trichoderma inoculum in the lab (isolation on PDA medium) and using it in "
        "compost; the resulting tricho-compost fertilises and helps protect crops against harmful soil "
        "fungi. Based on work in Bangladesh with a research institute.",
    ),
    # --- rice straw: livestock feed ---
    (
        "kCo037",
        "vi",
        "s_urea_ctu",
        "Chuyển giao kỹ thuật ủ rơm với urê nuôi bò lai Sind",
        "Trường Đại học Cần Thơ chuyển giao kỹ thuật xử lý rơm với 3-5% urê, bảo quản 30 ngày; đạm thô "
        "tăng, xơ và lignin giảm. Bò lai Sind ăn rơm ủ urê thay được khoảng 53,78% cỏ tự nhiên mà vẫn "
        "tăng trọng tốt hơn. Có tập huấn cho hộ chăn nuôi.",
    ),
    (
        "kCo038",
        "en",
        "s_uplb",
        "Urea-treated rice straw technology (public domain)",
        "University technology for cattle and buffalo: spray 4% urea solution at 10 L per 10 kg straw, "
        "keep airtight 7-10 days; crude protein rises from 3.5% to 8% and digestibility from 40% to 50%. "
        "Supplement with 1-2 kg green forage and 0.5 kg concentrate. Technical details through the tech "
        "transfer office.",
    ),
    (
        "kCo039",
        "vi",
        "s_ureablock",
        "Công thức bánh urê mềm bổ sung cho bò ăn rơm",
        "Đại học Cần Thơ giới thiệu công thức bánh urê mềm (10% urê, rỉ mật, cám) cho bò tơ ăn rơm: bò "
        "tăng trọng 280 g/ngày so với 63 g/ngày khi chỉ ăn rơm; tốt hơn phun urê hay tảng liếm cứng. "
        "Hướng dẫn làm bánh tại hộ.",
    ),
    (
        "kCo040",
        "en",
        "s_limeurea",
        "Lime and urea treatment of straw: feeding trial service",
        "Animal science faculty offers on-farm trials of straw treated with quicklime (3%) and/or urea "
        "(2-4%), which raised intake and digestibility in growing bulls; 6% lime lowered intake. Includes "
        "treatment protocol and ration advice.",
    ),
    # --- rice straw: packaging and boards ---
    (
        "kCo041",
        "en",
        "s_pack_thai",
        "Rice straw pulp for moulded food packaging",
        "Supply-chain consultancy based on a Thai producer who pulps rice straw and ships it to tableware "
        "makers that form it into food packaging. We help assess straw collection, pulping and partner "
        "manufacturers as an alternative to field burning.",
    ),
    (
        "kCo042",
        "vi",
        "s_valueform",
        "Cấp phép công nghệ bao bì dùng một lần từ rơm",
        "Doanh nghiệp cấp phép công nghệ biến rơm lúa, rơm lúa mì thành bao bì dùng một lần phân hủy sinh "
        "học, chạy được trên dây chuyền bột giấy có sẵn vào thời gian máy nhàn rỗi thay vì xây nhà máy "
        "mới.",
    ),
    (
        "kCo043",
        "en",
        "s_phil_pack",
        "Joint testing of rice-straw green packaging",
        "State university research project on biodegradable packaging for rice and other foods made from "
        "rice straw, alone or blended with other renewable materials; samples are tested for strength, "
        "durability, moisture resistance and cost. Open to partner trials.",
    ),
    (
        "kCo044",
        "vi",
        "s_binderless",
        "Ván dăm không keo từ rơm rạ và bã mía",
        "Nhóm nghiên cứu chuyển giao kết quả làm ván dăm không dùng keo từ rơm rạ, bã mía và hỗn hợp "
        "50:50, 40:60; ván bã mía thuần có MOR, MOE, độ bám dính cao nhất, hỗn hợp 40:60 xếp thứ hai. "
        "Nhận ép thử và đo tính chất cơ lý.",
    ),
    # --- coconut: husk, coir fibre and mats ---
    (
        "kCo045",
        "vi",
        "c_baovinhlong",
        "Quy trình làm thảm xơ dừa phủ gốc cây ăn trái",
        "Cơ sở chế biến chuyển giao cách xay vỏ dừa tươi tách xơ và mụn, trải xơ lên khung lưới, phun keo "
        "cao su non rồi cán thành thảm 1 x 2 m dày 3 mm để phủ gốc bưởi, sầu riêng. Phần mụn dùng làm đất "
        "trộn.",
    ),
    (
        "kCo046",
        "en",
        "c_nongsanviet",
        "Coir fibre and coco peat separation line",
        "Processor offers installation of a decorticating and separating line like its own in Mỏ Cày Bắc, "
        "which turns about 7 t of coco peat and 2 t of baled fibre out of husks daily; a 10 kg bag of "
        "peat sells at about 23,000 VND. Set-up, training and offtake links.",
    ),
    (
        "kCo047",
        "vi",
        "c_tvu",
        "Máy tách vỏ dừa tự động của Đại học Trà Vinh",
        "Trung tâm nghiên cứu chế tạo máy tách vỏ trái dừa khô 500-700 trái/giờ, điện 220 V một pha, tách "
        "sạch 98%, tơ xơ tương đương bóc tay; giá khoảng 100 triệu đồng/máy, thu hồi vốn nhanh. Nhận chế "
        "tạo và bàn giao cho cơ sở.",
    ),
    (
        "kCo048",
        "en",
        "c_dongkhoi",
        "Mobile dry-coconut dehusking machine design",
        "Provincial R&D result: a C-frame dehusker using a single-burst principle, 2 HP motor, about 360 "
        "nuts per hour, on wheels, fits all nut sizes and replaces risky manual dehusking. Design "
        "drawings and fabrication support offered.",
    ),
    # --- coconut: coir geotextiles ---
    (
        "kCo049",
        "en",
        "c_coirgreen",
        "Coir geotextile nets for slope and bank erosion",
        "Exporter supplies woven coir geotextiles: light grades for ordinary soil, heavier grades for "
        "embankments and slopes. Coir resists salt water, holds about three times its weight in water, "
        "lasts 2-5 years while vegetation takes over, then turns to humus. Installation guidance "
        "included.",
    ),
    (
        "kCo050",
        "vi",
        "c_greentex",
        "Lưới xơ dừa chống xói lở bờ sông, bờ biển",
        "Cung cấp lưới và thảm xơ dừa giữ đất trên mái dốc, bờ sông, vùng ven biển: lưới mở cho nước qua "
        "nhưng giữ bùn cát, giữ ẩm cho hạt cỏ nảy mầm và bảo vệ cây non. Tư vấn chọn loại lưới và thi "
        "công.",
    ),
    (
        "kCo051",
        "en",
        "c_hess",
        "Design guide: coir geotextile with grass on earthen bunds",
        "Researchers share field-tested designs (Kerala trial) where coir geotextile combined with grass "
        "protected steep embankments from erosion and raised soil moisture and biomass; suited to village "
        "pond banks and earthen bunds, made by small coir industries.",
    ),
    (
        "kCo052",
        "vi",
        "c_vattu",
        "Tư vấn thi công vải địa kỹ thuật xơ dừa ổn định đất",
        "Tư vấn ứng dụng vải địa xơ dừa dệt và không dệt để ổn định đất, chống xói mòn, phủ mặt đất cho "
        "cỏ mọc; vật liệu phân hủy sau 6 tháng đến 1 năm, độ bền kéo cao, chịu nước mặn. Có ví dụ công "
        "trình thực tế.",
    ),
    # --- coconut: coco peat substrates ---
    (
        "kCo053",
        "en",
        "c_ecoagro",
        "Washed and buffered coco peat to RHP standard",
        "Substrate supplier offers know-how and product: coco peat washed with fresh water to EC below "
        "1.0 mS/cm (1:1.5 extraction) and buffered with calcium nitrate so residual sodium and potassium "
        "are displaced, meeting RHP limits of under 1 mmol Na and 2 mmol K.",
    ),
    (
        "kCo054",
        "en",
        "c_sudisha",
        "Low-EC coco peat processing for nurseries",
        "Training on reducing raw coco peat EC to below 0.5 mS/cm for seedlings: expand blocks with 5-7 L "
        "water per kg, repeated washing with clean water, checking each wash with an EC meter, then "
        "drying. Includes EC meter calibration.",
    ),
    (
        "kCo055",
        "en",
        "c_prohorto",
        "Coco peat buffering advice based on your irrigation water",
        "Substrate company helps growers buffer coco peat free of charge: calcium is introduced to push "
        "sodium and potassium out of the exchange complex before planting. Send a water analysis and we "
        "calculate the buffering solution.",
    ),
    (
        "kCo056",
        "vi",
        "c_namix",
        "Cung cấp và chuyển giao quy trình xử lý mụn dừa",
        "Doanh nghiệp giới thiệu quy trình sản xuất mụn dừa đã xả chát (tanin) và xả mặn, biến tanin "
        "thành chất có ích, tăng hữu cơ, vi sinh cho đất; mụn chiếm khoảng 70% vỏ dừa sau tách xơ. Bán "
        "mụn đã xử lý và hướng dẫn cơ sở tự làm.",
    ),
    (
        "kCo057",
        "vi",
        "c_hoalily",
        "Công thức phối trộn giá thể mụn dừa cho hoa chậu",
        "Hướng dẫn xử lý mụn dừa tươi (tanin, lignin, muối) và phối trộn làm giá thể tơi xốp, giữ ẩm cho "
        "hoa ly chậu, rau, dâu tây thủy canh và ươm cây giống.",
    ),
    (
        "kCo058",
        "vi",
        "c_tiepthi",
        "Dịch vụ đo EC, pH và xử lý giá thể mụn dừa",
        "Nhận đo EC, pH mụn dừa (mụn thô thường 2-6 mS/cm) và hướng dẫn xử lý để tránh cây còi cọc, chết "
        "rễ; mụn chưa xử lý màu vàng nhạt, đã xử lý màu nâu đỏ.",
    ),
    (
        "kCo059",
        "vi",
        "c_vinacocopeat",
        "Mùn dừa xả chát, xả mặn và kỹ thuật phối trộn",
        "Doanh nghiệp mùn dừa Bến Tre cung cấp mùn đã xử lý chất chát tanin và muối, kèm hướng dẫn phân "
        "biệt mùn đã xử lý và cách phối trộn giá thể trồng rau, hoa tại nhà.",
    ),
    # --- coconut: shell charcoal and activated carbon ---
    (
        "kCo060",
        "en",
        "c_coconutboard",
        "Project profile: coconut shell activated carbon unit",
        "Feasibility and process support: shells carbonised in pits, brick or metal kilns, then activated "
        "with steam at 900-1,100 °C in a rotary kiln (below 900 °C too slow, above 1,100 °C burns the "
        "charcoal). Product for water purification, oil refining, gold recovery.",
    ),
    (
        "kCo061",
        "en",
        "c_gaia",
        "Toll activation and partnership for shell charcoal",
        "Activated carbon producer partners with charcoal suppliers: closed-pit carbonisation releases "
        "about 70% volatiles and yields 30% charcoal, which is then steam-activated at 850-1,000 °C in a "
        "rotary kiln. We buy charcoal to specification and advise on quality.",
    ),
    (
        "kCo062",
        "vi",
        "c_locduy",
        "Bao tiêu than gáo dừa và hướng dẫn làm than hoạt tính",
        "Doanh nghiệp than hoạt tính gáo dừa thu mua than gáo và hướng dẫn chọn gáo dừa già để than cứng, "
        "than hóa thiếu oxy ở nhiệt độ cao, sau đó hoạt hóa bằng hơi nước để có than xốp nhẹ dùng lọc "
        "nước.",
    ),
    (
        "kCo063",
        "vi",
        "c_ckt",
        "Thiết kế lò nung than gáo dừa",
        "Chuyển giao mẫu lò nung than gáo dừa có 5 ống khói và lỗ gió dưới đáy, than hóa trong điều kiện "
        "thiếu oxy; khoảng 30.000 gáo cho 1 tấn than. Hướng dẫn chọn gáo khô, già và điều chỉnh khói.",
    ),
    (
        "kCo064",
        "en",
        "c_wiwimex",
        "Buy-back of shell charcoal and BBQ briquette processing",
        "Bến Tre trader buys coconut shell charcoal, grinds it into 3x6 or 4x8 mm grades and forms fines "
        "with natural binder into BBQ charcoal. Offers process guidance to suppliers and buys their "
        "charcoal and fines.",
    ),
    (
        "kCo065",
        "en",
        "c_charcooal",
        "Coconut charcoal briquette line: machines and training",
        "Supplier of briquette equipment: clean and dry shells, carbonise at 400-600 °C in kilns or "
        "drums, screen, grind to powder, mix with tapioca starch binder, press and dry. Line set-up and "
        "operator training included.",
    ),
    # --- coconut: water, nata and vinegar ---
    (
        "kCo066",
        "en",
        "c_safimex",
        "Nata de coco starter culture and production training",
        "Food company offers Acetobacter xylinum starter and training: filter mature coconut water, boil "
        "with 2-7.5% sugar, 0.3-0.5% ammonium sulfate and citric acid to pH 4.0-4.5, pour into trays, "
        "inoculate 10-20% starter and ferment, then cut and wash.",
    ),
    (
        "kCo067",
        "vi",
        "c_thachdua",
        "Hướng dẫn chế biến thạch dừa thô, thạch dừa khô",
        "Chia sẻ quy trình thạch dừa tạo từ nước dừa già lên men bằng Acetobacter xylinum có bổ sung dinh "
        "dưỡng; cần lọc nước dừa và kiểm soát nhiệt độ, pH. Hướng dẫn ngâm rửa, xả chua và nấu thạch khô "
        "thành thành phẩm.",
    ),
    (
        "kCo068",
        "en",
        "c_ccvinegar",
        "Coconut water vinegar process and quality control",
        "Coconut community guideline: filter coconut water, sweeten to 15 °Brix, boil, cool, add active "
        "dry yeast 1.5 g/L for 5-7 days, then acetic fermentation for up to 7 days; vinegar must reach at "
        "least 4% acetic acid, pH 2.0-3.5. Offer: process audit and testing.",
    ),
    (
        "kCo069",
        "vi",
        "c_itdi",
        "Quy trình làm giấm nước dừa và giống giấm cái",
        "Quy trình của viện công nghệ: 3 lít nước dừa, 2¼ chén đường, ¼ muỗng men, thanh trùng 65 °C "
        "trong 20 phút, lên men rượu 4-7 ngày, rồi thêm 1 lít giấm cái và để khoảng một tháng. Cung cấp "
        "giống giấm cái.",
    ),
    (
        "kCo070",
        "en",
        "c_foodrecap",
        "Small coconut vinegar plant design",
        "Design for small plants: coconut water has only about 1% sugar, so sugar is added to 15%, yeast "
        "ferments about 7 days, strong vinegar is added and acetic fermentation takes about a month to "
        "reach 6% acid (faster with a generator). Covers clarification with egg white and anaerobic "
        "storage.",
    ),
    (
        "kCo071",
        "vi",
        "c_hvnclc",
        "Hợp tác phát triển giấy thấm dầu, màng gói từ nước dừa lên men",
        "Doanh nghiệp dừa Cửu Long sản xuất giấy thấm dầu từ nước dừa lên men theo công nghệ sinh học và "
        "đang phát triển màng gói thực phẩm, mặt nạ từ nước dừa; tìm đối tác cung cấp nước dừa và hợp tác "
        "sản phẩm.",
    ),
    (
        "kCo072",
        "vi",
        "c_vinanet",
        "Liên kết chế biến trọn trái dừa, bao tiêu gáo và vỏ",
        "Doanh nghiệp Trà Vinh chế biến trái dừa thành 6 nhóm sản phẩm: than hoạt tính từ gáo, cơm dừa "
        "sấy, thảm và nệm xơ dừa, mụn dừa làm đất sạch, nước dừa làm thạch, kẹo. Nhận liên kết, bao tiêu "
        "gáo, vỏ dừa sơ chế từ hộ dân.",
    ),
    # --- shrimp and crab shells: chitin and chitosan ---
    (
        "kCo073",
        "vi",
        "sh_trung2019",
        "Chuyển giao quy trình chitosan phân tử lượng thấp từ xác tôm",
        "Đại học Nha Trang và doanh nghiệp chuyển giao quy trình: khử protein NaOH 2% ở 50 °C trong 10 "
        "giờ, khử khoáng HCl 1% 4 giờ, tẩy màu H2O2 0,5%, deacetyl NaOH 50% ở 80 °C trong 24 giờ; chitin, "
        "chitosan đạt chất lượng dùng trong nông nghiệp.",
    ),
    (
        "kCo074",
        "en",
        "sh_vnf",
        "Chitosan supply and application support from shrimp by-products",
        "Shrimp by-product processor produces chitosan from shell and head waste and offers bulk supply "
        "with application advice for food, agriculture and cosmetics, explaining grades by source, "
        "extraction method and use.",
    ),
    (
        "kCo075",
        "en",
        "sh_trung2012",
        "Combined process: chitosan and carotenoprotein from shrimp heads",
        "University group transfers a combined chemical and biological process that recovers chitosan and "
        "a lipid-mineral-rich carotenoprotein (for food and aquafeed) from black tiger and whiteleg "
        "shrimp heads; Vietnam generates over 200,000 t of such by-products a year.",
    ),
    (
        "kCo076",
        "en",
        "sh_bangla",
        "Training: small-batch chitosan from shrimp waste",
        "Course on a validated recipe: demineralise with 3% HCl and deproteinise with 4% NaOH at room "
        "temperature, then deacetylate with 60% NaOH at 60 °C for 24 h, giving chitosan with about 81% "
        "deacetylation, 97.6% solubility and 15.4% yield.",
    ),
    (
        "kCo077",
        "vi",
        "sh_review",
        "Tư vấn chiết chitin bằng phương pháp sinh học",
        "Tư vấn lựa chọn phương pháp sinh học (lên men, enzyme) để tách chitin từ vỏ tôm thay cho axit và "
        "kiềm đậm đặc vốn gây gánh nặng môi trường, kèm đánh giá hiệu quả kinh tế cho vùng Đông Nam Á.",
    ),
    (
        "kCo078",
        "en",
        "sh_pmc",
        "Chitosan extraction optimisation service",
        "Modelling service using published data and a neural network to set demineralisation, "
        "deproteinisation and deacetylation conditions; the deacetylation alkali concentration matters "
        "most for yield, followed by acid and alkali strengths.",
    ),
    (
        "kCo079",
        "vi",
        "sh_crab",
        "Thử nghiệm chiết chitosan từ vỏ cua",
        "Nhóm sinh viên công nghệ thực phẩm nhận thử nghiệm quy trình chiết chitosan từ vỏ cua quy mô nhỏ "
        "và tư vấn ứng dụng trong thực phẩm, nông nghiệp.",
    ),
    (
        "kCo080",
        "en",
        "sh_vannamei",
        "Characterisation of chitosan from whiteleg shrimp shells",
        "Research institute offers extraction and testing of chitosan from Litopenaeus vannamei shells "
        "(yield, moisture, ash, solubility, water and fat binding, degree of deacetylation by FTIR, XRD, "
        "SEM-EDS), benchmarked against commercial chitosan.",
    ),
    (
        "kCo081",
        "vi",
        "sh_hn",
        "Tài liệu quy trình công nghệ sản xuất chitosan từ vỏ tôm",
        "Bộ tài liệu giảng dạy về nguồn phế liệu tôm, thành phần và quy trình khử khoáng, khử protein, "
        "deacetyl để sản xuất chitosan; dùng cho cơ sở muốn bắt đầu sản xuất.",
    ),
    (
        "kCo082",
        "vi",
        "sh_sph",
        "Dịch đạm thủy phân từ phụ phẩm tôm thay một phần bột cá",
        "Doanh nghiệp chế biến phụ phẩm tôm cung cấp protein thủy phân (SPH) và công thức phối trộn thức "
        "ăn thủy sản: độ tiêu hóa cao, tăng tính ngon miệng, cải thiện tăng trưởng và tỷ lệ sống, thay "
        "một phần bột cá.",
    ),
    (
        "kCo083",
        "vi",
        "sh_chanh",
        "Quy trình phủ màng chitosan bảo quản chanh",
        "Nhóm nghiên cứu đại học nông nghiệp chuyển giao nồng độ chitosan phủ quả chanh tươi giúp giảm "
        "hao hụt, kéo dài thời gian bảo quản sau thu hoạch.",
    ),
    (
        "kCo084",
        "en",
        "sh_duachuot",
        "Low molecular weight chitosan coating trials",
        "University food technology unit tests chitosan of different molecular weights as edible coatings "
        "to extend storage time and keep quality of cucumbers and other produce.",
    ),
    # --- fish by-products: fish meal, oil and fertiliser ---
    (
        "kCo085",
        "vi",
        "f_phuankhanh",
        "Tư vấn dây chuyền bột cá và bao tiêu",
        "Doanh nghiệp bột cá hướng dẫn quy trình sản xuất từ đầu, xương, vây cá tra và cá tạp: nấu, ép, "
        "sấy, nghiền; phân loại 60-67% đạm, bột nhạt và bột mặn. Nhận bao tiêu bột cá đạt chuẩn.",
    ),
    (
        "kCo086",
        "en",
        "f_tra",
        "Product development for pangasius processing by-products",
        "Consulting on valorising the roughly 70% of pangasius not used as fillet: heads (42.7% protein), "
        "backbone (high calcium), fins and fat into fish meal, fish oil or biodiesel, bone minerals, "
        "gelatin and collagen, and enzymes from viscera.",
    ),
    (
        "kCo087",
        "vi",
        "f_haugiang",
        "Chuyển giao sản xuất đạm cá cao cấp từ phụ phẩm cá",
        "Trung tâm ứng dụng khoa học công nghệ chuyển giao cách thủy phân phụ phẩm cá sa pa (đầu, ruột, "
        "xương, vây) bằng vi sinh để làm đạm cá bón cây, nhanh hơn ủ truyền thống 4-6 tháng, đạm cao, ít "
        "H2S.",
    ),
    (
        "kCo088",
        "en",
        "f_vinasoil",
        "Fish amino fertiliser: starter and training",
        "Organic fertiliser firm teaches fish emulsion making: grind fresh fish or processing "
        "by-products, mix about 10:1 with molasses or a microbial inoculant, fill vented drums two-thirds "
        "and ferment 1-2 months; supplies the inoculant.",
    ),
    (
        "kCo089",
        "en",
        "f_refining",
        "Fish oil refining units for fishmeal plants",
        "Engineering supplier of four-stage refining for crude fish oil from fishmeal plants: degumming, "
        "neutralisation of free fatty acids, bleaching with adsorbents and vacuum deodorisation, with "
        "temperature control to protect omega-3.",
    ),
    (
        "kCo090",
        "vi",
        "f_vikas",
        "Tập huấn kỹ thuật tách chiết và chế biến dầu cá",
        "Khóa tập huấn về lipid cá, phân loại cá theo hàm lượng mỡ, các phương pháp nấu, ép, tách dầu cá "
        "và xử lý dầu thô; dành cho cơ sở chế biến phụ phẩm.",
    ),
    (
        "kCo091",
        "en",
        "f_highfortune",
        "Fish oil refining line and process flowchart",
        "Equipment maker offers a fish oil refining line with process design; explains fish oil "
        "properties (melting point under 20 °C, EPA and DHA 15-30%) and storage with antioxidants away "
        "from light and air.",
    ),
    # --- fish by-products: collagen and gelatin ---
    (
        "kCo092",
        "vi",
        "f_vayca",
        "Chuyển giao phương pháp tách collagen từ vảy cá nước ngọt",
        "Viện nghiên cứu đã được cấp bằng giải pháp hữu ích về tách chiết collagen sạch từ vảy cá nước "
        "ngọt (như cá rô phi, sản lượng khoảng 50.000 tấn/năm), dùng cầm máu, tái tạo mô và bào chế "
        "thuốc. Sẵn sàng chuyển giao.",
    ),
    (
        "kCo093",
        "en",
        "f_datra_phd",
        "Collagen recovery from pangasius skin: process transfer",
        "University of technology team offers its doctoral-research method for recovering collagen from "
        "pangasius skin at lab and pilot scale, with purity and property testing.",
    ),
    (
        "kCo094",
        "vi",
        "f_gelatin_ctu",
        "Quy trình sản xuất gelatin từ da cá tra",
        "Nhóm nghiên cứu ở Cần Thơ chia sẻ quy trình chiết gelatin từ da cá tra và đánh giá tính chất (độ "
        "nhớt, nhiệt biến tính, màu, axit amin, khối lượng phân tử).",
    ),
    (
        "kCo095",
        "en",
        "f_wsc",
        "Water-soluble collagen from catfish skin",
        "Research group offers a hydro-extraction method for water-soluble collagen from Pangasius skin "
        "using different acetic acid concentrations, cost-effective and free of harmful residues, for "
        "food, cosmetic and pharmaceutical uses.",
    ),
    (
        "kCo096",
        "en",
        "f_tilapia",
        "Collagen and gelatin from tilapia and catfish skins: testing",
        "Lab service extracting acid-soluble collagen, pepsin-soluble collagen and gelatin from tilapia "
        "and channel catfish skins and comparing structure, rheology and thermal stability to guide "
        "product choice.",
    ),
    (
        "kCo097",
        "vi",
        "f_vaycachem",
        "Thu nhận collagen từ vảy cá bằng phương pháp hóa sinh",
        "Kết quả luận văn ở Đại học Nha Trang: quy trình hóa sinh thu collagen từ vảy cá chẽm và đánh giá "
        "tính chất; nhận tư vấn cho cơ sở có vảy cá phế thải.",
    ),
    (
        "kCo098",
        "vi",
        "f_enzyme",
        "Thu nhận enzyme thô từ nội tạng cá tra",
        "Nghiên cứu thu nhận chế phẩm enzyme thô (amylase, protease, lipase) từ nội tạng cá tra; hướng "
        "dẫn xử lý mật để giữ hoạt tính.",
    ),
    (
        "kCo099",
        "vi",
        "f_catovina",
        "Đạm cá thủy phân cho thức ăn thủy sản",
        "Cung cấp đạm cá thủy phân bằng enzyme, giàu peptide và axit amin, thay bột cá trong thức ăn tôm "
        "cá, tăng tiêu hóa và sức đề kháng.",
    ),
    (
        "kCo100",
        "en",
        "f_bun_ao",
        "Compost from catfish pond sludge and rice husk",
        "Research result: pond-bottom sludge from pangasius farming mixed with rice husk and composted in "
        "open turned windrows meets Vietnamese organic fertiliser standards (nutrients, heavy metals, "
        "pathogens); 20 t/ha plus recommended mineral fertiliser gave the best maize yields.",
    ),
    # --- sugarcane bagasse: tableware and boards ---
    (
        "kCo101",
        "en",
        "b_parason",
        "Bagasse tableware forming machines",
        "Manufacturer supplies pulping systems (slurry at 0.3-0.5% consistency with water and oil "
        "repellents), automatic tableware forming machines, trimming machines and moulds for plates and "
        "bowls; one forming machine makes about 0.5 t/day, six make 3 t/day.",
    ),
    (
        "kCo102",
        "vi",
        "b_sincere",
        "Tư vấn xưởng sản xuất chén đĩa bã mía",
        "Tư vấn quy trình: bã mía từ nhà máy đường được băm, rửa, hấp khử khuẩn, nghiền thành bột giấy, "
        "ép nhiệt trong khuôn ở áp suất 8-10 MPa; sản phẩm chịu -40 đến 200 °C, chống dầu nước, kiểm tra "
        "chất lượng trước khi đóng gói.",
    ),
    (
        "kCo103",
        "vi",
        "b_newtech",
        "Tư vấn tận dụng bã mía từ máy ép nước mía",
        "Đơn vị máy ép nước mía hướng dẫn các cách tận dụng bã mía: làm bao bì, hộp, ống hút phân hủy "
        "sinh học, phân trộn và nhiên liệu thay vì bỏ đi.",
    ),
    (
        "kCo104",
        "vi",
        "b_joyfood",
        "Cung cấp hộp, tô, ly bã mía thay đồ nhựa",
        "Nhà cung cấp bao bì xanh bán hộp, tô, ly làm từ bã mía (cellulose, hemicellulose, lignin) phân "
        "hủy sinh học cho quán ăn và bếp công nghiệp muốn giảm nhựa.",
    ),
    (
        "kCo105",
        "en",
        "b_fineshine",
        "OEM bagasse tableware that degrades in 90 days",
        "Factory in a sugarcane province makes tableware from bagasse pulp shaped at high temperature and "
        "pressure; harder and more moisture-resistant than paper, it degrades in about 90 days. OEM "
        "orders accepted.",
    ),
    (
        "kCo106",
        "en",
        "b_linkgreen",
        "Sugarcane tableware supply and technical info",
        "Producer explains and supplies bagasse plates, bowls and cups moulded with heat and pressure, "
        "sometimes blended with bamboo or wheat straw for strength; biodegradable and compostable.",
    ),
    (
        "kCo107",
        "vi",
        "b_hunufa",
        "Sản phẩm dùng một lần từ bã mía: ống hút, hộp, chén",
        "Doanh nghiệp sản xuất chén, dĩa, tô, ống hút và bao bì thực phẩm từ bã mía phân hủy sinh học; "
        "ống hút bã mía ngâm lâu trong nước không nhũn. Nhận đặt hàng và tư vấn.",
    ),
    (
        "kCo108",
        "en",
        "b_sml",
        "Bagasse particle board: technical consultancy",
        "Sugar mill shares its particle board process: depith bagasse, dry the fibre, refine into core, "
        "surface and dust fractions, glue core and surface particles, form three-layer mats and hot "
        "press, then trim and sand.",
    ),
    (
        "kCo109",
        "vi",
        "b_bioresources",
        "Ván dăm mật độ cao từ bã mía và dăm gỗ",
        "Kết quả nghiên cứu: ván 60% dăm gỗ bạch đàn và 40% bã mía, 10% keo polyurethane dầu thầu dầu đạt "
        "chuẩn ván kết cấu dùng nơi khô; keo PU tốt hơn keo urê-formaldehyde. Nhận ép thử.",
    ),
    (
        "kCo110",
        "en",
        "b_minghung",
        "Bagasse chipboard production line",
        "Panel machinery maker offers lines for bagasse chipboard: wash out residual sugar, dry to 8-12% "
        "moisture, crush to particles, glue, form and press, with waterproofing advice because bagasse "
        "absorbs moisture.",
    ),
    # --- fruit peels: pectin and essential oils ---
    (
        "kCo111",
        "en",
        "p_pomelo",
        "Pectin extraction from pomelo peel",
        "University lab offers a process: acid extraction of pomelo peel at 90 °C for 120 min at pH "
        "1.5-2.0 gives high-methoxyl pectin suitable for jams; includes ash, equivalent weight and "
        "anhydrouronic acid testing.",
    ),
    (
        "kCo112",
        "vi",
        "p_citron",
        "Tối ưu hóa chiết pectin từ vỏ quả họ cam",
        "Tư vấn tối ưu điều kiện chiết axit pectin từ vỏ: 95 °C, 90 phút, pH 1,5 cho hiệu suất khoảng "
        "28,3%, độ ester hóa 51%, khả năng nhũ hóa tốt.",
    ),
    (
        "kCo113",
        "en",
        "p_review",
        "Pomelo peel valorisation product development",
        "Food science group helps turn pomelo peel into candied peel, tea and jam, or extracts essential "
        "oil, pectin and polyphenols; also adsorbents. Advice on extraction method choice and scale-up.",
    ),
    (
        "kCo114",
        "vi",
        "p_thainguyen",
        "Mô hình chưng cất tinh dầu từ vỏ cam, bưởi thải bỏ",
        "Đại học nông lâm chuyển giao mô hình chưng cất: 10 kg vỏ cho khoảng 249,7 ml tinh dầu cam hoặc "
        "220 ml tinh dầu bưởi, thành phần chính limonene, an toàn; limonene còn dùng hòa tan xốp.",
    ),
    (
        "kCo115",
        "vi",
        "p_lmx",
        "Tập huấn chưng cất tinh dầu bưởi",
        "Doanh nghiệp hướng dẫn quy trình chưng cất tinh dầu bưởi: chọn quả, gọt lấy phần vỏ xanh chứa "
        "túi tinh dầu, chưng cất, tách tinh dầu; tận dụng quả tỉa, quả rụng.",
    ),
    (
        "kCo116",
        "en",
        "p_bentre",
        "Optimised hydrodistillation of orange peel oil",
        "Research result from Bến Tre oranges: water to peel 3:1 mL/g, 60 min at 130 °C gave about 4% oil "
        "yield with 98% limonene; offered as a process sheet with GC-MS quality checks.",
    ),
    (
        "kCo117",
        "vi",
        "p_buoi_hoa",
        "So sánh chưng cất và chiết dung môi tinh dầu bưởi",
        "Nhóm dược đại học phân tích: chiết bằng dung môi dễ bay hơi tăng hiệu suất 28,5% so với cất kéo "
        "hơi nước, tinh dầu thơm, sạch tạp chất. Nhận phân tích GC-MS.",
    ),
    (
        "kCo118",
        "en",
        "p_nigeria",
        "Steam distillation comparison of citrus peels",
        "Chemical engineering lab offers trials: 370 g peel distilled for 180 min gave 20 ml orange, 7 ml "
        "lemon and 5 ml lime oil; D-limonene dominates orange oil.",
    ),
    (
        "kCo119",
        "en",
        "p_steamexp",
        "Steam explosion pilot for citrus peel oil",
        "Pilot unit treating peel with saturated steam at 170 °C and 8 bar for 240 s then sudden "
        "decompression; about eight times faster than hydrodistillation with higher limonene recovery.",
    ),
    (
        "kCo120",
        "vi",
        "p_camsanh",
        "Khảo sát điều kiện chưng cất tinh dầu cam sành",
        "Bộ môn công nghệ hóa nhận khảo sát các yếu tố ảnh hưởng (thời gian, tỉ lệ nước, kích thước vỏ) "
        "khi chưng cất lôi cuốn hơi nước tinh dầu vỏ cam sành.",
    ),
    (
        "kCo121",
        "vi",
        "p_cholaithieu",
        "Hướng dẫn nấu tinh dầu bưởi thủ công tại nhà",
        "Hướng dẫn 4 bước: gọt vỏ xanh tránh cùi trắng chứa pectin gây đục, lắp nồi chưng cất, đun lửa "
        "nhỏ 45-60 phút, tách tinh dầu.",
    ),
    # --- livestock manure: vermicompost ---
    (
        "kCo122",
        "en",
        "m_nhi",
        "Earthworm culture on cattle and buffalo manure",
        "University results on Perionyx excavatus: cattle and buffalo manure gave similar worm growth; "
        "adding water hyacinth lowered worm numbers, and cattle-manure compost was richer in N. Worm "
        "stock and feeding protocol offered.",
    ),
    (
        "kCo123",
        "vi",
        "m_quangnam",
        "Trại trùn quế khép kín: cung cấp giống, bao tiêu",
        "Trang trại cung cấp giống và bao tiêu: mỗi m2 trùn ăn 200-300 kg phân trâu bò, heo/tháng cho "
        "khoảng 1 kg trùn thịt (50.000 đ/kg) và 200 kg phân trùn (3.000 đ/kg); làm phân trùn viên, phân "
        "bột.",
    ),
    (
        "kCo124",
        "vi",
        "m_vacvina",
        "Tập huấn nuôi trùn quế quy mô trang trại",
        "Hội làm vườn hướng dẫn: nhà nuôi hướng Đông Nam, nền cao không ngập, mái lá thoáng mát, luống "
        "cao 25-30 cm rộng 1 m, pH 6,5-7,5, rào chống chuột, kiến.",
    ),
    (
        "kCo125",
        "vi",
        "m_ducthanh",
        "Chuyển giao mô hình trùn quế xử lý chất thải chăn nuôi",
        "500 m2 trùn xử lý khoảng 12 tấn chất thải/tháng; phân trùn giàu vi sinh, trùn chứa khoảng 70% "
        "protein làm thức ăn gia súc, gia cầm, thủy sản. Tư vấn bố trí cạnh trại.",
    ),
    (
        "kCo126",
        "en",
        "m_sfarm",
        "Earthworm farming handbook and starter worms",
        "Company offers its earthworm (Perionyx) handbook covering biology, bedding, feeding, harvest and "
        "worm castings, with starter worm stock and follow-up visits.",
    ),
    (
        "kCo127",
        "en",
        "m_thai",
        "Vermicompost quality testing and recipe advice",
        "University lab analyses vermicompost N, P, K, organic C, urease and C/N; 60-day trials showed "
        "goat manure highest N, chicken manure highest P. Recommends adding lignin-rich materials to "
        "raise organic carbon and C/N.",
    ),
    (
        "kCo128",
        "vi",
        "m_dnavn",
        "Hướng dẫn sản xuất phân trùn quế",
        "Giới thiệu thành phần và công dụng phân trùn quế (mùn, NPK, vi sinh, hormone) và quy trình làm "
        "phân trùn từ rác hữu cơ.",
    ),
    # --- livestock manure: biogas slurry and compost ---
    (
        "kCo129",
        "en",
        "m_nmi",
        "Bio-slurry application guidance",
        "Nutrient management institute advises on using household digester bio-slurry: nitrogen is more "
        "readily available than in manure, but losses by volatilisation and leaching are higher during "
        "storage and spreading.",
    ),
    (
        "kCo130",
        "vi",
        "m_fao",
        "Tư vấn sử dụng bã thải biogas làm phân bón",
        "Tư vấn dựa trên tổng quan của FAO về bã thải biogas (bioslurry): giá trị dinh dưỡng, bảo quản, "
        "cách bón cho cây trồng và ao cá.",
    ),
    (
        "kCo131",
        "en",
        "m_creative",
        "Farmer course on digestate and bio-slurry",
        "Online course session on digestate: why bio-slurry outperforms raw manure, choosing application "
        "methods for your farm and handling it safely; case studies include coffee.",
    ),
    (
        "kCo132",
        "en",
        "m_greencrop",
        "Digestate separation for liquid and solid fertiliser",
        "Supplier of separation equipment splitting digestate into a liquid with higher fertiliser value "
        "and less odour, and a dry manageable solid; guidance on spreading rules.",
    ),
    (
        "kCo133",
        "en",
        "m_koyama",
        "Livestock manure composting demonstration",
        "Japan-funded demonstration on composting manure: separate feces from urine, bring moisture to "
        "60-65% (squeeze test), add sawdust or rice straw for water and carbon, ensure aeration; reduces "
        "odour and water pollution.",
    ),
    (
        "kCo134",
        "vi",
        "m_tuantu",
        "Chế phẩm và kỹ thuật ủ phân chuồng với rơm rạ",
        "Công ty cung cấp chế phẩm và hướng dẫn ủ phân chuồng với rơm rạ: chuẩn bị bạt, cân, cuốc xẻng, ô "
        "doa, chọn nền ủ, phối trộn, tưới chế phẩm, đậy bạt.",
    ),
    (
        "kCo135",
        "en",
        "m_springer",
        "Composting process control guide",
        "Guide on controlling compost: feedstock properties, four temperature phases, pH, C/N ratio and "
        "moisture, from a rice straw management book.",
    ),
    # --- distractors: energy, drying, wastewater, growing the main crop ---
    (
        "kCo136",
        "en",
        "d_icon",
        "Rice husk power generation feasibility",
        "Consultancy on husk-fired power: about 5 kg husk per kWh, examples of 10 MW projects in An Giang "
        "and Tiền Giang, and technology options for grid electricity.",
    ),
    (
        "kCo137",
        "vi",
        "d_thanhnien",
        "Đầu tư nhà máy điện sinh khối trấu 10 MW",
        "Nhà đầu tư tìm địa điểm xây nhà máy điện trấu 10 MW gần các nhà máy xay xát, vốn khoảng 18,6 "
        "triệu USD, mua trấu dài hạn.",
    ),
    (
        "kCo138",
        "en",
        "d_gasif",
        "Rice husk gasification for brick and pottery kilns",
        "Energy services firm installs husk gasifiers with continuous four-compartment kilns so brick "
        "makers meet kiln rules while using biomass instead of fossil fuel, under an energy service "
        "business model.",
    ),
    (
        "kCo139",
        "vi",
        "d_saylua",
        "Thiết bị sấy lúa di động đốt trấu không dùng điện",
        "Chế tạo thiết bị sấy lúa di động 2 tấn/mẻ, chi phí trấu khoảng 15.000 đồng/mẻ, sấy khoảng 6 giờ, "
        "không dùng quạt điện.",
    ),
    (
        "kCo140",
        "en",
        "d_kinhte",
        "Automatic tower paddy dryer",
        "Automatic reverse-flow tower dryer (about 17 t per 18-hour batch) with husk furnace and "
        "conveyors, operated by one worker.",
    ),
    (
        "kCo141",
        "vi",
        "d_vnplus",
        "Lò sấy lúa thủ công chi phí thấp",
        "Mẫu lò sấy lúa xây bằng gạch, tre, bùn chi phí khoảng 300.000 đồng, 4 m2 sấy 1 tấn lúa/ngày.",
    ),
    (
        "kCo142",
        "en",
        "d_vusta",
        "Flood-season paddy dryer",
        "Mobile batch dryer for flood-prone areas, 2-4 t per batch, no stirring needed; farmers use it "
        "for own paddy and custom drying.",
    ),
    (
        "kCo143",
        "vi",
        "d_biogasgen",
        "Hầm biogas phủ HDPE chạy máy phát điện cho trại heo",
        "Mô hình 2 hầm biogas phủ bạt HDPE tổng 4.848 m3 cho khoảng 6.300 con heo, phát gần 1.600 kW "
        "điện/ngày; nước sau ủ dùng tưới.",
    ),
    (
        "kCo144",
        "en",
        "d_dairy",
        "Biogas generator for pig and cattle farms",
        "Farm biogas system with three digesters running a 10 kW generator, saving 3-4 million VND a "
        "month on power for fans, pumps and cooling.",
    ),
    (
        "kCo145",
        "vi",
        "d_thuduc",
        "Khảo sát xây dựng hầm biogas hộ chăn nuôi",
        "Dịch vụ khảo sát, thiết kế hầm biogas cho hộ chăn nuôi, hiệu suất thu khí 75-80% lượng chất thải.",
    ),
    (
        "kCo146",
        "en",
        "d_biogasstraw",
        "Rice straw and water hyacinth as biogas co-feed",
        "Lab results on feeding digesters with pig manure plus water hyacinth or straw when pig manure runs short.",
    ),
    (
        "kCo147",
        "vi",
        "d_surimi",
        "Hệ thống xử lý nước thải chế biến surimi 300 m3/ngày",
        "Thiết kế, thi công hệ thống 10 công đoạn xử lý nước thải surimi COD đến 36.000 mg/l đạt QCVN 11:2008 cột B.",
    ),
    (
        "kCo148",
        "en",
        "d_wwtg",
        "Wastewater treatment for seafood processing plants",
        "Assessment of wastewater treatment processes at seafood factories, with upgrades to meet discharge standards.",
    ),
    (
        "kCo149",
        "vi",
        "d_memart",
        "Dây chuyền công nghệ xử lý nước thải thủy sản",
        "Tư vấn lựa chọn công nghệ, thiết kế và lắp đặt hệ thống xử lý nước thải thủy sản giàu hữu cơ.",
    ),
    (
        "kCo150",
        "en",
        "d_wwsal",
        "Activated sludge for saline seafood wastewater",
        "Research on activated sludge biotechnology adapted to high-salinity seafood processing wastewater.",
    ),
    (
        "kCo151",
        "vi",
        "d_organic",
        "Chuyển giao quy trình trồng dừa hữu cơ đạt chứng nhận",
        "Hướng dẫn canh tác dừa hữu cơ đạt EU, USDA, liên kết bao tiêu giá cao hơn 10-15%, mở rộng vùng nguyên liệu.",
    ),
    (
        "kCo152",
        "en",
        "d_vietgap",
        "VietGAP certification support for whiteleg shrimp farms",
        "Support for intensive shrimp farms to apply VietGAP: settling ponds, seed quarantine, stocking "
        "around 40 PL/m2, water management.",
    ),
    (
        "kCo153",
        "vi",
        "d_nh3",
        "Khuyến cáo ngưỡng NH3 an toàn trong ao nuôi cá tra",
        "Kết quả xác định nồng độ NH3 an toàn 0,2 mg/L và ảnh hưởng lên tăng trưởng, chất lượng thịt cá tra.",
    ),
    (
        "kCo154",
        "en",
        "d_soichi",
        "Coir, sand and activated carbon filters for alum water",
        "Household filter kits using coir fibre, sand, gravel and activated carbon to treat alum-contaminated water.",
    ),
    (
        "kCo155",
        "vi",
        "d_nano",
        "Ứng dụng công nghệ nano trong công nghiệp thực phẩm",
        "Tư vấn ứng dụng công nghệ nano để tạo thực phẩm dinh dưỡng cao và an toàn.",
    ),
    (
        "kCo156",
        "en",
        "d_map",
        "Modified atmosphere packaging films for fruit",
        "Polymer films engineered for modified atmosphere packaging to extend fresh fruit storage.",
    ),
    (
        "kCo157",
        "vi",
        "d_beads",
        "Hạt chitosan rỗng mang thuốc",
        "Chế tạo hạt chitosan cấu trúc rỗng bằng STPP cho dẫn truyền thuốc, không dùng dung môi độc.",
    ),
    (
        "kCo158",
        "en",
        "d_fishsupp",
        "Marine fish oil supplement business set-up",
        "Business guide for purified fish oil capsules (molecular distillation, softgels, dosage and marketing).",
    ),
    (
        "kCo159",
        "vi",
        "d_ricefish",
        "Mô hình lúa - cá - vịt trên đất trũng",
        "Chuyển giao mô hình canh tác sinh thái lúa, cá, vịt giảm sâu hại, ốc bươu vàng, tăng hiệu quả.",
    ),
    (
        "kCo160",
        "en",
        "d_biofert",
        "Multi-strain biofertiliser for rice, sugarcane, pineapple",
        "Nitrogen-fixing and phosphate-solubilising bacteria products to cut chemical fertiliser on rice, "
        "maize, sugarcane and pineapple.",
    ),
    (
        "kCo161",
        "vi",
        "d_baongu_mc",
        "Trồng nấm bào ngư trên mạt cưa",
        "Kỹ thuật trồng bào ngư trên mạt cưa ủ nước vôi 1%, hấp 24 giờ, cấy meo, ủ 25-30 ngày.",
    ),
    (
        "kCo162",
        "en",
        "d_coban",
        "Grass drinking straws from Lepironia sedge",
        "Natural drinking straws made from cỏ bàng sedge grown in the Mekong Delta, chemical-free.",
    ),
    (
        "kCo163",
        "vi",
        "d_onghutgao",
        "Ống hút gạo và ống hút tre",
        "Sản xuất ống hút từ 80% bột gạo phân hủy trong 3 tháng và ống hút tre dùng nhiều lần.",
    ),
    (
        "kCo164",
        "en",
        "d_ecos",
        "Vegetable and rice-flour drinking straws",
        "Cooperative straws from carrot, sweet potato, beetroot and butterfly pea mixed with rice flour.",
    ),
    (
        "kCo165",
        "vi",
        "d_mang",
        "Bảo quản rau quả tươi bằng màng phủ",
        "Tổng quan các loại màng bao và cách tạo màng bảo quản rau quả tươi.",
    ),
]
