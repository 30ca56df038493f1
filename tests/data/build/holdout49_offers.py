"""Offers of the holdout49 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # --- snakehead (cá lóc): grow-out, feed, seed ---
    (
        "jYo001",
        "vi",
        "loc_tracu",
        "Tập huấn nuôi cá lóc mật độ thưa, thả rải vụ, có ao lắng và ao xả thải",
        "Phòng Nông nghiệp huyện chuyển giao quy trình nuôi cá lóc thả 20.000-25.000 con/1.000 m2 mặt nước, bố trí ao "
        "lắng lọc cấp nước, ao chứa nước thải và ao dự phòng để vỗ béo cá chưa đủ cỡ. Thả giống rải vụ giúp tránh thu "
        "hoạch dồn lúc cung vượt cầu; sau khoảng 4 tháng cá đạt 0,7-1 kg/con, chi phí giống và thức ăn khoảng 30.000 "
        "đồng/kg. Có tập huấn và tham quan ao mẫu.",
    ),
    (
        "jYo002",
        "en",
        "ctu_ff",
        "Formulated pellet feed for snakehead instead of trash fish (Can Tho University)",
        "Transfer of a formulated feed and feeding scheme for striped snakehead tested in CTU ponds and on commercial "
        "farms in An Giang and Dong Thap over 6 months. Replacing trash fish with pellets cut the cost per kg of fish by "
        "28-35% and tasting panels found no difference in fillet quality. The package includes the feed formula, a "
        "weaning plan and an on-farm demonstration.",
    ),
    (
        "jYo003",
        "en",
        "ctu_wean",
        "Weaning protocol and plant-protein diets for hatchery-reared snakehead",
        "Result of an eight-year research programme: hatchery snakehead are weaned from day 17 after hatching by "
        "replacing 10% of low-value fish with formulated feed each day for 10 days. Up to 40% of fishmeal in grow-out "
        "diets can be replaced by soybean meal, rice bran or cassava meal. Training for hatcheries and feed mills is "
        "offered.",
    ),
    (
        "jYo004",
        "vi",
        "hue_bsf",
        "Công thức thức ăn cá lóc dùng bột ấu trùng ruồi lính đen thay bột cá",
        "Trường Đại học Nông Lâm Huế chuyển giao công thức thức ăn cho cá lóc, thay tới 30% đạm bột cá bằng đạm ấu trùng "
        "ruồi lính đen mà không giảm tỷ lệ sống, tăng trọng và năng suất. Thử nghiệm với cá giống 5 g nuôi lồng lưới 3 x "
        "2 x 1,5 m mật độ 20 con/m2, cá đạt khoảng 98-99 g. Có hướng dẫn tự nuôi ruồi lính đen và phối trộn.",
    ),
    (
        "jYo005",
        "en",
        "ija_bsf",
        "Fresh or dried black soldier fly larvae as a cheaper snakehead feed",
        "Feeding trials show that snakehead can take fresh or dried black soldier fly larvae as part of their diet, "
        "lowering the feed bill, which is 50-60% of production cost. The team advises on inclusion rates, drying of "
        "larvae and growth monitoring for pond, hapa and cement-tank farms.",
    ),
    (
        "jYo006",
        "en",
        "stirling",
        "Snakehead welfare and deformity prevention advisory",
        "A Can Tho University – Stirling – Charles Darwin University team offers on-farm assessment of snakehead welfare "
        "in hatcheries and grow-out ponds, using behaviour indicators adapted to air-breathing fish. Advice targets the "
        "rise in skeletal abnormalities linked to low-protein feed and the chemical treatments used on fingerlings.",
    ),
    (
        "jYo007",
        "vi",
        "danviet_veo",
        "Hướng dẫn dựng vèo lưới nuôi cá lóc ven kênh rạch",
        "Chia sẻ kỹ thuật nuôi cá lóc trong vèo lưới đặt dọc bờ kênh, nuôi 2 đợt/năm, đợt 2 thả tháng 6 để bán dịp Tết. "
        "Một vèo 6.000 con cho khoảng 1,5 tấn cá 700-900 g/con, lợi nhuận 30-40 triệu đồng. Hướng dẫn cách dựng vèo, cho "
        "ăn và phòng cá thất thoát.",
    ),
    (
        "jYo008",
        "en",
        "isc_trash",
        "Quality testing of trash fish used as snakehead feed",
        "Laboratory service analysing species composition, protein and freshness (TVB-N) of freshwater and marine trash "
        "fish sold for snakehead farming. Surveys found 33 species, 12 of them juveniles of valuable fish, and marine "
        "trash fish often stale. Farmers receive a report and advice on safer feed sources.",
    ),
    (
        "jYo009",
        "en",
        "aquafish_hatch",
        "Domesticated hatchery snakehead fingerlings that accept pellets",
        "Hatchery technology developed under the AquaFish Innovation Lab with Can Tho University replaces wild-caught "
        "fingerlings with domesticated snakehead bred and weaned on formulated feed. Hatcheries can receive breeding, "
        "larval rearing with Moina and weaning training, so farmers get seed that eats pellets from the start.",
    ),
    (
        "jYo010",
        "en",
        "hatch_intl",
        "Snakehead fry supply from an established family hatchery",
        "A prize-winning Mekong Delta farm that breeds and grows snakehead supplies fry and fingerlings to farmers in "
        "the province and neighbouring provinces. Spawning-age females release up to 15,000 eggs and can spawn up to "
        "five times a year, so orders can be met across the season; grow-out advice is included.",
    ),
    (
        "jYo011",
        "en",
        "snakehead_report",
        "Induced breeding and weaning package for striped snakehead hatcheries",
        "Can Tho University and a Cambodian freshwater aquaculture centre offer the protocol they developed for induced "
        "spawning of striped snakehead, larval rearing and weaning onto pellets. Suitable for small hatcheries that want "
        "to stop relying on wild juveniles.",
    ),
    # --- pangasius (tra) pond wastewater and sludge ---
    (
        "jYo012",
        "vi",
        "ctu_sbr",
        "Tư vấn chọn hệ thống xử lý nước thải ao cá tra: SBR, hồ sục khí thủy sinh, vi sinh",
        "Nhóm Khoa Môi trường ĐH Cần Thơ so sánh 4 giải pháp đang dùng ở An Giang: hồ sục khí trồng thủy sinh, bể SBR, "
        "chế phẩm vi sinh và Purolite, theo hiệu suất, chi phí/m3, chi phí vận hành và diện tích. SBR phù hợp trại vừa "
        "dành khoảng 10% diện tích cho xử lý; nếu có trên 20% diện tích thì hồ sục khí trồng lục bình là lựa chọn rẻ. "
        "Nhận tư vấn thiết kế cho từng trại.",
    ),
    (
        "jYo013",
        "vi",
        "aolang",
        "Thiết kế ao lắng sinh học và ao lục bình xử lý nước thải ao nuôi",
        "Hướng dẫn 3 dạng xử lý: ao lắng tự nhiên tỷ lệ 1 ha lắng cho 1 ha nuôi (thả 20-25 con/m2), ao lắng trồng lục "
        "bình chiếm 1/3 diện tích nuôi, và xử lý sinh học – cơ học dạng mẻ chiếm 1/4 diện tích. Nước thải lưu 2-3 ngày "
        "rồi mới xả ra cống đạt chuẩn môi trường.",
    ),
    (
        "jYo014",
        "vi",
        "vietgap_wetland",
        "Đất ngập nước kiến tạo xử lý và tái sử dụng nước thải ao cá tra",
        "Giải pháp sinh học đơn giản cho vùng nông thôn: lọc nước thải ao cá tra qua đất ngập nước kiến tạo chảy ngầm, "
        "hiệu quả giảm BOD5 khoảng 84% (thử nghiệm của ĐH Cần Thơ). Kèm hướng dẫn tận dụng nước thải, bùn ao tưới lúa, "
        "vườn cây ăn trái và đắp nền như nông dân Cần Thơ, Tiền Giang, Vĩnh Long đang làm.",
    ),
    (
        "jYo015",
        "vi",
        "xuyenviet",
        "Công ty tư vấn môi trường thiết kế, thi công hệ thống xử lý nước thải ao cá tra",
        "Doanh nghiệp tư vấn môi trường nhận khảo sát, thiết kế và lắp đặt trọn gói hệ thống xử lý nước thải cho ao nuôi "
        "cá tra thương phẩm, xử lý thức ăn thừa, phân cá và chất hữu cơ tích tụ trước khi xả. Hỗ trợ hồ sơ môi trường "
        "cho trang trại.",
    ),
    (
        "jYo016",
        "en",
        "gsa_sludge",
        "Sludge management and sediment repository design for certified pangasius farms",
        "Engineering support drawn from a 12 ha, 16-pond pangasius farm in Dong Thap that reworked its layout to meet "
        "BAP effluent and sediment rules: separate supply reservoir and discharge canal, settling areas and sediment "
        "storage so that pond sludge is no longer dumped. Site assessment and redesign drawings are provided.",
    ),
    (
        "jYo017",
        "en",
        "seafish",
        "Constructed wetlands and settling basins for pangasius effluent",
        "Advisory on combining sedimentation basins with constructed wetlands planted with water hyacinth to trap fine "
        "particles and take up dissolved nitrogen and phosphorus from pangasius discharge. Includes the sludge disposal "
        "records and effluent monitoring that certification schemes ask for; harvested plants can be sold as a side "
        "crop.",
    ),
    (
        "jYo018",
        "vi",
        "hosinhhoc",
        "Thiết kế hồ sinh học kết hợp cánh đồng tưới cho nước thải ao cá tra",
        "Chuyển giao kết quả luận văn ĐH Bách khoa TP.HCM: nước thải ao cá tra được xử lý qua hồ sinh học rồi dẫn ra "
        "cánh đồng tưới, vừa giảm ô nhiễm vừa tận dụng dinh dưỡng cho cây trồng. Tư vấn kích thước hồ và thời gian lưu "
        "nước.",
    ),
    (
        "jYo019",
        "en",
        "coek_wsp",
        "Waste stabilization pond with tilapia for treating fish-farm wastewater",
        "Nong Lam University researchers offer the design of an integrated waste stabilization pond in which stocked "
        "tilapia stir the sediment and improve oxygen in deeper layers, raising treatment efficiency while producing "
        "fish. Advice on depth, stocking and seasonal operation is included.",
    ),
    (
        "jYo020",
        "vi",
        "nuocnongtong",
        "Giải pháp và chế phẩm xử lý nước thải ao nuôi cá tra",
        "Cung cấp giải pháp xử lý nước thải ao cá tra giàu chất hữu cơ, nitơ và phốt pho: lắng, chế phẩm vi sinh, thực "
        "vật thủy sinh, trước khi xả ra sông. Tư vấn lựa chọn theo quy mô ao.",
    ),
    # --- climbing perch (cá rô đồng) ---
    (
        "jYo021",
        "vi",
        "pqm_ro",
        "Quy trình nuôi cá rô đồng năng suất cao 3-5 tấn/1.000 m2",
        "Chuyển giao kỹ thuật nuôi cá rô đồng bằng giống nhân tạo có kiểm tra chất lượng, cho ăn theo dõi hằng ngày để "
        "phát hiện bệnh sớm. Sau 4-5 tháng cá đạt 10-15 con/kg, năng suất 3-5 tấn/1.000 m2. Có tài liệu và tập huấn tại "
        "ao.",
    ),
    (
        "jYo022",
        "en",
        "vikas_koi",
        "Fast-growing 'Koi Anabas' climbing perch: broodstock and induced multiple spawning",
        "Seed-production training for a fast strain of climbing perch that reaches about 400 g in 4-5 months, against "
        "only 100 g in 9 months for local fish. Broodstock of at least 40 g are kept at 5-7 fish/m2 in 2-4 m cement "
        "cisterns and hormone injection allows several spawnings per season.",
    ),
    (
        "jYo023",
        "vi",
        "nt_rokichduc",
        "Sinh sản nhân tạo cá rô đồng bằng kích dục tố",
        "Chuyển giao kết quả nghiên cứu về loại và liều lượng kích dục tố cho cá rô đồng sinh sản nhân tạo, giúp trại "
        "giống chủ động nguồn cá bột chất lượng. Hướng dẫn nuôi vỗ, tiêm kích dục tố và ấp trứng.",
    ),
    # --- eel (lươn) ---
    (
        "jYo024",
        "vi",
        "qsti_luon",
        "Phim kỹ thuật và tập huấn nuôi lươn không bùn trong bể xi măng",
        "Hướng dẫn thiết kế bể 6-20 m2, cao 0,7-1 m, đáy dốc về cống thoát bọc lưới, giá thể gồm 3 khung tre chồng lên "
        "nhau chiếm 1/3 diện tích, che lưới lan giảm nắng. Lươn giống 40-60 con/kg, thu hoạch sau 5-6 tháng; bể mới xây "
        "phải ngâm ít nhất 1 tuần.",
    ),
    (
        "jYo025",
        "vi",
        "xuongbebat",
        "Bể bạt HDPE nuôi lươn đặt làm theo kích thước",
        "Xưởng sản xuất bể bạt HDPE cho nuôi lươn không bùn, kích thước phổ biến dài 3-5 m, rộng 2-3 m, cao 0,8-1 m, "
        "khung sắt, cọc bê tông hoặc tre. Có thể cải tạo chuồng heo cũ thành dãy bể, kèm hướng dẫn làm mái che.",
    ),
    (
        "jYo026",
        "vi",
        "seaneu_luon",
        "Hệ thống nuôi lươn tuần hoàn bể composite, ao lắng và lọc nước giếng",
        "Tư vấn lắp 4-8 bể composite hoặc bể bạt 6 x 3 x 1 m cho nông hộ, có mái che, đáy dốc 5% về ống thoát 60-90 mm. "
        "Nước sông được lắng trong ao có lục bình 7-10 ngày; nước giếng phải kiểm tra phèn và lọc qua than hoạt tính ít "
        "nhất 24 giờ trước khi cấp.",
    ),
    (
        "jYo027",
        "en",
        "vietfish_eel",
        "Mud-free eel recirculating tank system with night aeration",
        "Set-up and coaching for sediment-free eel farming in tiled concrete tanks: river water pre-settled, water "
        "changed twice a day after feeding, aeration from 8 p.m. to 5 a.m., bamboo-slat hides and probiotics. Reference "
        "farms in An Giang harvest over one tonne from 30 m2 in a year.",
    ),
    (
        "jYo028",
        "vi",
        "baomoi_aqh",
        "Tổ hợp tác nuôi lươn cung cấp lươn giống, bán trả chậm và chia sẻ kỹ thuật",
        "Nhóm hội viên nuôi lươn ở xã An Quảng Hữu (Trà Cú) mỗi năm cung cấp trên 500.000 con lươn giống, cho hội viên "
        "mới nhận giống trước, thu hoạch mới trả tiền. Tổ họp hằng tuần trao đổi kỹ thuật bể xi măng, tỷ lệ nuôi thành "
        "công trên 90%, giá lươn thịt 95.000-120.000 đồng/kg.",
    ),
    (
        "jYo029",
        "en",
        "svd_eel",
        "Eel seed selection and stocking protocol",
        "Guidance for stocking mud-free eel tanks: choose uniform 30-40 seeds/kg, bright yellow with large spots, no "
        "scratches or mucus loss; stock 1.5-2 kg/m2 after a 5-10 minute bath in 2-3% salt or potassium permanganate. "
        "Covers water depth of 30-40 cm, shading with water hyacinth and hanging nylon hides.",
    ),
    (
        "jYo030",
        "en",
        "afv_eel",
        "Climate-resilient eel farming livelihood package for poor households",
        "An NGO programme in Tra Vinh supports poor women with two training sessions, 2,500 eel seeds, worm starter, "
        "herbal and nutritional products and tank materials worth about VND 30 million per household. Technical staff "
        "follow up on salt disinfection, feeding three times a day, water changes and shading.",
    ),
    # --- frogs (ếch) ---
    (
        "jYo031",
        "vi",
        "ech_cn",
        "Kỹ thuật nuôi ếch Thái Lan theo hướng công nghiệp",
        "Tài liệu và tập huấn nuôi ếch Thái Lan (200-400 g/con) đã thuần hóa, ăn được thức ăn viên, khác ếch đồng chỉ ăn "
        "mồi sống. Gồm đặc điểm 3 giai đoạn nòng nọc – ếch giống – ếch thịt, thiết kế bể, mật độ và cho ăn.",
    ),
    (
        "jYo032",
        "vi",
        "ech_long",
        "Nuôi ếch trong lồng lưới đặt trên mặt ao",
        "Hướng dẫn làm lồng lưới cao 1-1,2 m, rộng 2 m, dài 3-5 m căng trên cọc, dùng tấm xốp nâng đáy lồng lên khỏi mặt "
        "nước chừa mép 20-30 cm cho ếch xuống nước. Cách này không cần xây tường bao, dễ chống địch hại và thu hoạch.",
    ),
    (
        "jYo033",
        "en",
        "frog_float",
        "Frog farming in raised HDPE-lined floating tanks",
        "Extension model from a southern province: rows of raised tanks lined with HDPE tarpaulin, or old barns "
        "converted to frog pens, with a 3-month grow-out cycle. A household started with 3 tanks and now runs over 20 on "
        "a 1,000 m2 yard; the agricultural extension centre trains new farmers.",
    ),
    (
        "jYo034",
        "en",
        "frog_risk",
        "Frog farm risk assessment and good-practice standards",
        "Consultancy based on a doctoral study of frog farms in Tien Giang and Ho Chi Minh City: site selection, species "
        "and broodstock choice, farming technique, disease management, price swings and regulation. Farmers receive a "
        "risk checklist and practical quality standards.",
    ),
    (
        "jYo035",
        "en",
        "frog_feed",
        "Pellet training and larval rearing for farmed frogs",
        "Technical advice on getting frogs to accept pellets by making feed move (bubbles, flowing water or motorised "
        "trays), and on managing the larval stage to metamorphosis: cannibalism, nutrition, water quality and "
        "biosecurity.",
    ),
    (
        "jYo036",
        "vi",
        "htu_ech",
        "Chuyển giao mô hình nuôi ếch Thái Lan quy mô hộ",
        "Trường Đại học Hà Tĩnh chuyển giao mô hình nuôi ếch Thái Lan: nhiệt độ thích hợp 25-32°C (tốt nhất 28-30°C), pH "
        "6,5-8,5, nước ngọt độ mặn dưới 5‰. Ếch dùng được thức ăn viên nổi hoặc cá tạp băm; hướng dẫn phân biệt ếch Thái "
        "với ếch đồng.",
    ),
    (
        "jYo037",
        "vi",
        "afvpdg_ech",
        "Hỗ trợ sinh kế nuôi ếch: bể xi măng, bể bạt, mùng, ruộng, ao",
        "Tổ chức phát triển cộng đồng hỗ trợ hộ dân đồng bằng nuôi ếch Thái Lan với nhiều mô hình: bể xi măng, bể bạt, "
        "vèo mùng, nuôi trong ruộng và ao. Chỉ cần vài chục mét vuông, có tập huấn để hộ dân không phải tự mày mò.",
    ),
    # --- giant freshwater prawn (tôm càng xanh) and rice–prawn ---
    (
        "jYo038",
        "vi",
        "qt_tcxlua",
        "Thiết kế ruộng lúa nuôi tôm càng xanh",
        "Hướng dẫn chọn ruộng giữ nước, không phèn (pH từ 6,5), không nhiễm nước thải; diện tích 0,5-5 ha; đê bao kiên "
        "cố giữ mực nước tối thiểu 0,6 m trên mặt ruộng, mặt đê 1,2-1,5 m, chân đê 3-4 m, cao 1,2 m; chắn lưới mùa lũ.",
    ),
    (
        "jYo039",
        "vi",
        "ktnn_tcx",
        "Quy trình nuôi tôm càng xanh trên nền ruộng sau lúa Đông Xuân",
        "Chuyển giao các mô hình nuôi tôm càng xanh ở ruộng: ruộng chỉ làm lúa Đông Xuân rồi nuôi tôm từ tháng 3-4, "
        "ruộng lúa 1-2 vụ kết hợp tôm, vụ mặn nuôi tôm sú vụ ngọt cấy lúa kèm tôm càng. Nuôi tôm không làm giảm mà còn "
        "tăng năng suất lúa.",
    ),
    (
        "jYo040",
        "en",
        "fao_riceprawn",
        "Rice–prawn culture package with a farm-made prawn feed",
        "Eight-step guide from field selection to harvest: stock prawns 10 days after sowing or 5 days after "
        "transplanting, feed 3-5% of body weight twice a day in trays along the trench. Home-made feed: 50% rice bran, "
        "10-20% cooked broken rice, 20-30% trash fish, 10% oil cake; fertiliser and water-gate management included.",
    ),
    (
        "jYo041",
        "en",
        "qdnd_allmale",
        "All-male giant river prawn post-larvae from a provincial breeding centre",
        "A provincial fisheries breeding centre produces all-male post-larvae (about 18.2 million so far). Males grow "
        "faster and resist disease better, reaching harvest in 4-6 months, and farmers report about 30% higher profit "
        "than with mixed seed; stocking advice for ponds and flooded rice fields is given.",
    ),
    (
        "jYo042",
        "vi",
        "afa_toanduc",
        "Cung ứng giống tôm càng xanh toàn đực (công nghệ Israel)",
        "Trung tâm giống thủy sản cung cấp tôm càng xanh toàn đực sản xuất không dùng hormone hay biến đổi gen, tỷ lệ "
        "sống 80-90%. Nuôi 6 tháng tôm đạt 50-70 g/con, năng suất cao hơn khoảng 60% so với giống đực cái lẫn lộn.",
    ),
    (
        "jYo043",
        "en",
        "jircas_review",
        "Freshwater prawn hatchery technology: modified stagnant green-water system",
        "Can Tho University with JIRCAS offers training in the larval rearing system that let prawn hatcheries spread "
        "across the Mekong Delta, covering broodstock, green-water larval tanks, feeding and post-larvae grading, plus "
        "grow-out guidance for ponds and rice fields.",
    ),
    (
        "jYo044",
        "vi",
        "ctu_probiotic_tcx",
        "Quy trình ương ấu trùng tôm càng xanh nước trong có chế phẩm sinh học",
        "Kết quả nghiên cứu của Khoa Thủy sản ĐH Cần Thơ: phối hợp hai loại chế phẩm sinh học trong bể ương nước trong "
        "giúp tỷ lệ sống tôm bột 10 ngày tuổi đạt 75,3%, giảm Vibrio, môi trường ổn định hơn. Chuyển giao cho trại "
        "giống.",
    ),
    (
        "jYo045",
        "en",
        "iot_pl",
        "IoT monitoring kit for prawn post-larvae tanks",
        "A sensor-based system that logs the key water parameters in giant freshwater prawn post-larvae tanks and lets "
        "hatchery staff check and adjust them from a phone, replacing manual checks and building a data record for each "
        "batch.",
    ),
    (
        "jYo046",
        "vi",
        "hcm_camnang",
        "Cẩm nang và tập huấn nuôi tôm càng xanh (ương và nuôi thịt)",
        "Trung tâm Khuyến nông phát hành cẩm nang và mở lớp: đặc điểm sinh học, các mô hình ương tôm trong ao, ruộng "
        "lúa, bể xi măng, bể bạt, giai lưới, vèo; nuôi thương phẩm trong ao và ruộng lúa, chọn vị trí, thiết kế, quản lý "
        "môi trường.",
    ),
    (
        "jYo047",
        "en",
        "seafoodsource_cm",
        "Rice–prawn rotation advisory: prawns after the rice harvest",
        "Extension advice drawn from districts where prawns are stocked in rice fields after harvest: with extra feed "
        "the prawns can be harvested after 85-95 days, and a first crop of 3,000 prawns/ha already gave about VND 20 "
        "million profit in three months. Covers stocking, feeding and premium markets.",
    ),
    (
        "jYo048",
        "vi",
        "tomvang_veo",
        "Vèo ương tôm càng xanh siêu thâm canh trước khi thả ao",
        "Giới thiệu hệ thống vèo ương tôm càng xanh mật độ cao: tôm con khỏe, đồng đều, thả ra ao nuôi tăng trưởng bù, "
        "giúp tăng lợi nhuận. Kèm tư vấn nguồn giống chất lượng và nuôi luân canh tôm càng lúc nước ngọt.",
    ),
    (
        "jYo049",
        "vi",
        "marimba_batia",
        "Hướng dẫn thu tỉa, bán đón thị trường và liên kết tiêu thụ tôm càng xanh",
        "Khuyến cáo cho mô hình lúa – tôm càng xanh: tác động kỹ thuật để tôm lớn đều, khai thác tỉa và bán vào cuối "
        "tuần, lễ, Tết, mùa cưới thay vì thu tập trung bị thương lái ép giá; tổ chức tổ hợp tác để giao thẳng cho nhà "
        "hàng.",
    ),
    (
        "jYo050",
        "en",
        "corpapers_shelter",
        "Brush-shelter traps for wild freshwater prawn in rivers and canals",
        "Documentation of the small-scale shelter-trap method: bamboo or wooden enclosures along canal edges filled with "
        "branches and water hyacinth, surrounded with seine nets periodically. Advice on selling large prawns and "
        "keeping juveniles alive for farmers while not overharvesting wild juveniles.",
    ),
    # --- rice–fish systems ---
    (
        "jYo051",
        "en",
        "berg2002",
        "Integrated pest management for rice–fish farms",
        "Package combining rice–fish farming with IPM so the field's natural productivity replaces agrochemicals. In "
        "Mekong Delta surveys IPM rice–fish farmers earned the highest net income, about VND 19.5 million/ha per year, "
        "while non-IPM rice–fish farmers earned least because of high costs.",
    ),
    (
        "jYo052",
        "en",
        "berg2023",
        "Two rice crops plus one fish crop behind low dikes",
        "Farm-system advice based on interviews with 78 farmers: two rice crops and one fish crop gave the highest "
        "annual net income and benefit-cost ratio, versus three rice crops behind high dikes with heavy seed and "
        "pesticide use. Includes IPM and water-connectivity guidance.",
    ),
    (
        "jYo053",
        "en",
        "tiengiang_rf",
        "Rice field and fingerling nursing rotation with dike and drainage support",
        "Model from a flood-prone commune: winter–spring rice, then five or six batches of freshwater fingerlings on the "
        "same land for the rest of the year; rotten straw becomes fish feed. A 2.4 ha farm grosses about VND 300 million "
        "a year. Support for dikes, drains and canal dredging.",
    ),
    (
        "jYo054",
        "vi",
        "frontiers_rf",
        "Tư vấn duy trì và cải tiến hệ thống lúa – cá đa dạng",
        "Nhóm chuyên gia WorldFish, IRRI và các trường đại học tư vấn các hình thức lúa – cá: khai thác cá tự nhiên "
        "trong ruộng, thả cá bổ sung, luân canh hoặc xen canh, hướng tới sản xuất sinh thái, giàu dinh dưỡng thay cho "
        "độc canh thâm canh.",
    ),
    (
        "jYo055",
        "en",
        "irri_mou",
        "IRRI–WorldFish–IWMI research partnership on rice–fish and rice–prawn landscapes",
        "A five-year partnership offers joint pilots on rice–fish production in irrigated landscapes and wetlands, "
        "covering constructed water bodies, climate resilience and water management, and links to expanding rice–prawn "
        "zones in the delta.",
    ),
    # --- river fisheries and fish value chains ---
    (
        "jYo056",
        "en",
        "sinh_community",
        "Community fisheries management for flood-prone areas (Can Tho University)",
        "Advisory on managing wild fish in floodwaters as a common resource: better control of fishing gear and seasons, "
        "linking stakeholders, and developing aquaculture to compensate declining catches caused by dense irrigation "
        "works.",
    ),
    (
        "jYo057",
        "en",
        "loc_chains",
        "Value-chain analysis for pangasius and low-value river fish",
        "Study team offers value-chain mapping of pangasius and small river fish (Henicorhynchus, Labiobarbus) showing "
        "who captures value, and governance options that raise fishers' and small farmers' share.",
    ),
    # --- pangasius seed and hatcheries ---
    (
        "jYo058",
        "vi",
        "ria2_bome",
        "Chuyển giao đàn cá tra bố mẹ hậu bị chất lượng di truyền cao",
        "Viện Nghiên cứu Nuôi trồng Thủy sản II bàn giao cá tra bố mẹ hậu bị chọn giống (đã giao 85.000/100.000 con) để "
        "thay đàn bố mẹ thoái hóa, cận huyết. Kèm hướng dẫn nuôi vỗ, không cho đẻ ép, đẻ non.",
    ),
    (
        "jYo059",
        "vi",
        "nlu_tralai",
        "Quy trình sản xuất giống cá tra lai và cá tra thường",
        "Tài liệu và hướng dẫn thực hành tại trại giống: chọn và nuôi vỗ cá bố mẹ, kích thích sinh sản, ấp trứng, ương "
        "cá bột cho cá tra lai và cá tra thường, đúc kết từ trại giống ở Cần Thơ.",
    ),
    (
        "jYo060",
        "vi",
        "ntu_uong",
        "Kỹ thuật ương cá tra bột lên giống trong ao",
        "Khuyến cáo từ khảo sát các hộ ương ở An Giang: mật độ ương hợp lý để nâng tỷ lệ sống, xây ao lắng lọc, không xả "
        "bùn đáy và nước ao ương trực tiếp ra môi trường. Có tập huấn cho hộ ương.",
    ),
    (
        "jYo061",
        "vi",
        "agriht_giong",
        "Giải pháp sản xuất cá tra giống sạch bệnh đạt chuẩn",
        "Tư vấn nâng chuẩn cơ sở ương dưỡng cá tra giống: hiện chỉ 62,3% cơ sở sản xuất giống và 83,5% cơ sở ương dưỡng "
        "đạt tiêu chuẩn. Hướng dẫn quản lý cá bố mẹ, ương bột lên giống và kiểm soát dịch bệnh.",
    ),
    # --- low-cost and home-made feed ---
    (
        "jYo062",
        "vi",
        "huaf_feed",
        "Chế biến thức ăn cá từ phụ phẩm nông nghiệp",
        "Trường ĐH Nông Lâm Huế hướng dẫn phối trộn thức ăn cá từ cám gạo (8-10% đạm), đậu tương (45-50% đạm), ngô "
        "(8-13% đạm) và sắn khô làm chất kết dính, thêm rau xanh. Giảm chi phí so với thức ăn công nghiệp mà vẫn đủ dinh "
        "dưỡng.",
    ),
    (
        "jYo063",
        "vi",
        "ktnt_3a",
        "Máy băm nghiền đa năng 3A cho thức ăn cá tự chế",
        "Cung cấp máy băm nghiền đa năng nghiền ngô, cám, sắn, đậu thành bột mịn, băm rau, bèo, cá tạp để phối trộn thức "
        "ăn tươi hoặc thức ăn viên cho cá tại nông hộ.",
    ),
    (
        "jYo064",
        "vi",
        "tsvn_tuche",
        "Hướng dẫn sử dụng thức ăn tự chế đúng cách",
        "Tư vấn ưu nhược điểm thức ăn tự chế: rẻ, tận dụng phụ phẩm, cá bố mẹ cho giống tốt hơn; nhưng kém kết dính, dễ "
        "gây ô nhiễm nước và mang mầm bệnh. Hướng dẫn sơ chế, liều cho ăn và kết hợp thức ăn công nghiệp cuối vụ.",
    ),
    (
        "jYo065",
        "en",
        "lm40",
        "Small floating fish-feed extruder, electric or diesel (30-40 kg/h)",
        "Model LM40 makes floating pellets of 0.9-10 mm that stay on the surface over 12 hours: 30-40 kg/h, 5.5 kW main "
        "motor on single or three-phase power, or a 12 HP diesel version for farms without grid power. Suited to small "
        "farms and village feed workshops.",
    ),
    (
        "jYo066",
        "en",
        "pelleting",
        "Fish feed pellet mill and pelleting line",
        "Supply of pellet mills that compress mixed ingredients with heat, moisture and pressure at 70-100°C, improving "
        "digestibility, killing pathogens and producing durable, water-stable pellets; includes mixer and set-up.",
    ),
    (
        "jYo067",
        "en",
        "mekongfarm_ffm",
        "Farm-made fish feed recipe with 27% protein",
        "Extension guideline: per kg mix 400 g broken rice or bran, 320 g dried fish powder, 90 g oil cake, 100 g "
        "cassava powder, 80 g wheat flour and 10 g salt. Grind, sieve, knead into a paste, extrude with a mincer and "
        "sun-dry for two days; a manual crumble method is also shown.",
    ),
    (
        "jYo068",
        "en",
        "ffm_form",
        "Fish feed formulation by growth stage",
        "Formulation service matching protein and energy to species and stage (e.g. 41-43% protein for fry, 28-32% for "
        "adults), balancing amino acids with several ingredients, limiting cottonseed or rapeseed cake to 10% and drying "
        "to 12-13% moisture.",
    ),
    (
        "jYo069",
        "en",
        "feedmill_float",
        "Choosing and producing floating, sinking or slow-sinking fish pellets",
        "Guidance and equipment for making the right pellet type: floating for surface feeders, sinking for bottom "
        "feeders such as catfish, slow-sinking for mid-water fish, with ingredient selection and processing steps.",
    ),
    # --- fish diseases and safe drug use ---
    (
        "jYo070",
        "vi",
        "kn_ganthan",
        "Phác đồ điều trị bệnh gan thận mủ trên cá da trơn",
        "Khuyến nông hướng dẫn dùng đúng thuốc, đúng liệu trình: florfenicol hoặc doxycycline 30-50 mg/kg cá/ngày trộn "
        "thức ăn 5-7 ngày liên tục, bổ sung β-glucan, vitamin C. Đàn cá ăn kém thì tắm kháng sinh 20 g/m3 trong 12 giờ, "
        "3 ngày liền, có sục khí.",
    ),
    (
        "jYo071",
        "vi",
        "tomloe",
        "Tư vấn phòng và trị gan thận mủ cho cá da trơn",
        "Hướng dẫn nhận biết bệnh gan thận mủ do Edwardsiella trên cá tra, basa, lăng, trê và biện pháp phòng: cải tạo "
        "ao, quản lý môi trường nước, xử lý khi bệnh bùng phát.",
    ),
    (
        "jYo072",
        "vi",
        "canuocngot_loc",
        "Phòng bệnh gan thận mủ trên cá lóc",
        "Tư vấn phòng bệnh do Edwardsiella ictaluri và Aeromonas hydrophila trên cá lóc: giữ oxy, pH ổn định, không thả "
        "quá dày, thức ăn không mốc, theo dõi mùa mưa. Bệnh có thể gây chết 100% cá bột và 30-50% cá thịt.",
    ),
    (
        "jYo073",
        "vi",
        "ctu_ksd",
        "Xét nghiệm vi khuẩn và kháng sinh đồ cho cá bệnh",
        "Khoa Thủy sản ĐH Cần Thơ phối hợp Trung tâm Khuyến nông thu mẫu cá bệnh tại ao, phân lập vi khuẩn và làm kháng "
        "sinh đồ để chọn thuốc còn hiệu lực (nhiều chủng đã kháng mạnh amoxicillin, colistin). Người nuôi nhận khuyến "
        "cáo điều trị cụ thể.",
    ),
    (
        "jYo074",
        "en",
        "residue",
        "Antibiotic residue screening and farmer training on responsible use",
        "Screening of farmed fish and shrimp for antibiotic residues (about a quarter of domestic samples tested "
        "positive in a national study) plus training that corrects reliance on drug sellers' advice and explains "
        "withdrawal times.",
    ),
    (
        "jYo075",
        "en",
        "ctu_quality",
        "Quality testing of antimicrobial products sold to fish farmers",
        "UHPLC-MS and HPLC testing of antibiotics bought from chemical shops: in one study only 4 of 11 single-substance "
        "products and 2 of 10 mixtures were within ±10% of the label, and two contained none of the declared drug. "
        "Farmers and cooperatives can send products for testing.",
    ),
    (
        "jYo076",
        "en",
        "ctu_herbal",
        "Herbal products and susceptibility testing for catfish disease management",
        "Can Tho University programme surveying and testing probiotics, disinfectants, antimicrobials and herbal "
        "products used on striped catfish farms, promoting susceptibility testing before treatment of bacillary necrosis "
        "and motile Aeromonas septicaemia.",
    ),
    (
        "jYo077",
        "en",
        "hcmiu_vac",
        "Immersion vaccine against haemorrhagic disease for tra fry and fingerlings",
        "A live attenuated Aeromonas hydrophila strain (aroA knockout) developed in HCMC gives dip vaccination of fry "
        "and fingerlings with relative percent survival above 75% in laboratory trials. Available for field testing with "
        "nurseries.",
    ),
    (
        "jYo078",
        "en",
        "ctu_autovac",
        "Farm-specific autogenous vaccine against motile Aeromonas septicaemia",
        "Autogenous vaccine for striped catfish made from bacteria isolated on the farm and selected by DNA "
        "fingerprinting, so the strains match local outbreaks. Offered by a Can Tho University team for nurseries and "
        "grow-out farms.",
    ),
    (
        "jYo079",
        "vi",
        "ctu_review",
        "Tư vấn giải pháp phòng chống bệnh truyền nhiễm trên cá tra",
        "Nhóm ĐH Cần Thơ tổng hợp các biện pháp phòng bệnh do Aeromonas hydrophila, Edwardsiella ictaluri, "
        "Flavobacterium columnare: vaccine (bất hoạt, nhược độc), chế phẩm sinh học, quản lý nuôi; tư vấn xây dựng "
        "chương trình phòng bệnh.",
    ),
    (
        "jYo080",
        "en",
        "rmit_vac",
        "Live immersion vaccine against Edwardsiella ictaluri for catfish fingerlings",
        "RMIT University with Vietnamese researchers develops a live attenuated E. ictaluri strain given by immersing "
        "fingerlings before stocking so protection lasts to harvest; studies also show high stocking (90 versus 30 "
        "fish/m3) spreads the bacteria.",
    ),
    (
        "jYo081",
        "en",
        "amr_map",
        "Mapping antibiotic-resistance hotspots in catfish and shrimp farming",
        "Systems-mapping workshops with stakeholders to locate where antibiotic resistance arises and where people are "
        "exposed along pangasius and whiteleg shrimp chains, leading to targeted surveillance and stewardship plans.",
    ),
    (
        "jYo082",
        "vi",
        "daihoangphu",
        "Giải pháp phòng bệnh mủ gan cho ao cá tra",
        "Hướng dẫn và sản phẩm phòng bệnh: sát trùng nguồn nước trước khi cấp, chủ động ao lắng, chọn giống đã kiểm dịch "
        "âm tính, định kỳ 7-10 ngày xử lý môi trường và tăng đề kháng cho cá.",
    ),
    # --- water quality monitoring ---
    (
        "jYo083",
        "en",
        "vnua_iot",
        "Automatic pond water-quality monitoring with phone alerts",
        "Vietnam National University of Agriculture system: Arduino Nano with temperature, pH and dissolved oxygen "
        "sensors sends data to a Raspberry Pi web server; farmers see readings on phone or computer and get a warning "
        "message when DO falls below the set level. Measurement error below 5%.",
    ),
    (
        "jYo084",
        "en",
        "iuh_cage",
        "Real-time water monitoring station for river cage farms with SMS alerts",
        "Station that pumps river water into a sensor tank, measures, then rinses and stores sensors in fresh water to "
        "extend their life. Data go to a web server by GSM/GPRS and owners get SMS when parameters pass thresholds; the "
        "fisheries office can view the database.",
    ),
    (
        "jYo085",
        "vi",
        "pce_do",
        "Máy đo oxy hòa tan cho ao nuôi thủy sản",
        "Cung cấp máy đo DO cầm tay và đầu đo online cho ao cá, tôm, kèm hướng dẫn đo đúng thời điểm (sáng sớm, ban đêm) "
        "và quản lý oxy để tránh cá chết hàng loạt.",
    ),
    (
        "jYo086",
        "vi",
        "hue_canhbao",
        "Hệ thống quan trắc và cảnh báo 3 cấp cho vùng nuôi lồng",
        "Bộ ngưỡng và phần mềm cảnh báo: bình thường DO > 4 mg/l, NH3 < 0,03 mg/l, pH 6,5-8,5, dòng chảy 0,2-0,3 m/s; "
        "cấp 1 khi DO < 3 mg/l, cấp 2 khi DO < 2 mg/l, cấp 3 khi NH3 > 2-3 mg/l hay dòng chảy > 2 m/s làm hư lồng. Giúp "
        "người nuôi xử lý kịp thời.",
    ),
    (
        "jYo087",
        "vi",
        "ctu_boyd",
        "Tài liệu và tập huấn quản lý chất lượng nước ao nuôi thủy sản",
        "Giảng viên ĐH Cần Thơ (lược dịch tài liệu của Claude E. Boyd) tập huấn về nhiệt độ, quang hợp – hô hấp, độ "
        "kiềm, độ cứng, pH, BOD, độ trong, tảo và các biện pháp cải thiện nước ao.",
    ),
    (
        "jYo088",
        "vi",
        "do_quanly",
        "Hướng dẫn quản lý oxy hòa tan trong ao nuôi cá",
        "Khuyến cáo giữ DO 4-8 mg/l; giải thích DO cao nhất lúc 14-16 giờ và thấp nhất lúc sáng sớm, ao quá giàu dinh "
        "dưỡng có thể về 0 mg/l; cuối vụ biến động càng lớn nên cần biện pháp bổ sung oxy.",
    ),
    (
        "jYo089",
        "en",
        "riau_iot",
        "IoT water-quality monitoring and control kit for small fish farmers",
        "Microcontroller kit with temperature, acidity, total dissolved solids and turbidity sensors, storing data on a "
        "cloud server in real time; developed with the rapid application development method for household ponds.",
    ),
    (
        "jYo090",
        "vi",
        "thongtinkhcn",
        "Quy trình thay nước ao cá theo chỉ tiêu môi trường",
        "Hướng dẫn chu kỳ thay nước dựa trên chỉ tiêu: DO thích hợp 5-8 mg/l (dưới 2 mg/l cá nổi đầu, trên 10 mg/l dễ "
        "bệnh bọt khí), nhiệt độ 26-32°C, cá tra 26-30°C.",
    ),
    (
        "jYo091",
        "en",
        "sensors_review",
        "Sensor selection advice for smart fish-farm monitoring",
        "Review-based advice on sensors for temperature, pH, nitrate, phosphate, calcium, magnesium and dissolved "
        "oxygen, and on building a low-cost monitoring and decision system.",
    ),
    # --- river cage culture ---
    (
        "jYo092",
        "vi",
        "ria1_long",
        "Kỹ thuật nuôi cá lồng bè cải tiến",
        "Tài liệu của Viện Nghiên cứu NTTS I: lồng cải tiến 1-4 m3 thả 150-300 con/m3 cho năng suất 150-250 kg/m3; bè ở "
        "phía Nam 100-1.600 m3 đạt 123-166 kg/m3. Hướng dẫn kết cấu lồng, vị trí đặt, chăm sóc.",
    ),
    (
        "jYo093",
        "vi",
        "vl_be",
        "Khảo sát, bản đồ hóa vị trí và thể tích bè nuôi cá trên sông",
        "Nhóm nghiên cứu lập bản đồ số lượng, vị trí, thể tích bè điêu hồng theo xã (bè 577-2.076 m3), hỗ trợ địa phương "
        "quy hoạch vùng đặt bè khi làm bờ kè buộc di dời.",
    ),
    (
        "jYo094",
        "vi",
        "dn_quantrac",
        "Quan trắc môi trường nước vùng nuôi cá bè",
        "Chi cục Thủy sản định kỳ đo NO2, NH4+, PO4, COD, TSS, H2S, DO tại vùng bè; khi DO xuống 1,8-3 mg/l thì khuyến "
        "cáo giảm mật độ, giảm cho ăn, thu hoạch sớm để tránh cá chết.",
    ),
    # --- aeration and pond equipment ---
    (
        "jYo095",
        "vi",
        "maysuckhi",
        "Cung cấp máy sục khí, quạt nước cho ao nuôi cá",
        "Phân phối các loại máy sục khí bánh xe, tia nước, thổi khí đáy; tư vấn ưu nhược điểm: máy bánh xe bền, công "
        "suất lớn nhưng tốn điện; máy tia nước cho bọt mịn, dễ chỉnh công suất.",
    ),
    (
        "jYo096",
        "vi",
        "gymgho",
        "Tư vấn chọn số lượng và cách chạy máy sục khí theo mật độ nuôi",
        "Hướng dẫn bố trí máy sục khí theo mật độ thả, nguồn nước, lượng nước ra vào: ao có nguồn nước tốt, lưu thông "
        "thì giảm bớt máy và thời gian chạy để tiết kiệm điện; ao thả dày thì tăng máy.",
    ),
    (
        "jYo097",
        "en",
        "solar_aer",
        "Solar-powered pond aeration systems",
        "Stand-alone aeration: photovoltaic panels, charge controller and a DC compressor feeding bottom diffusers, for "
        "ponds far from the grid. Sizing accounts for depth, since each foot of water adds about 0.433 psi of "
        "back-pressure.",
    ),
    (
        "jYo098",
        "en",
        "offgrid_aer",
        "Aerating fish ponds without grid electricity: wind, solar and gravity options",
        "Design advice on non-electric aeration: wind-driven compressors, solar DC pumps and gravity cascades, so ponds "
        "stay oxygenated during power cuts and without monthly power bills.",
    ),
    (
        "jYo099",
        "en",
        "pondboss",
        "Solar aeration with battery back-up for night-time running",
        "Design service for solar aeration systems with batteries sized for required run time, depth and wattage, so the "
        "compressor keeps running through the night when oxygen is lowest.",
    ),
    (
        "jYo100",
        "en",
        "bilge",
        "Low-cost 12 V solar pump kit for small ponds",
        "Kit pairing a 12 V pump (about 500 gallons per hour at zero head) with a 64 W solar module, enough to circulate "
        "and aerate a small pond 4-5 hours a day with spare energy stored in a battery.",
    ),
    (
        "jYo101",
        "en",
        "biofloc_10",
        "Ten-step biofloc guide for tilapia or shrimp in lined ponds",
        "Practical guide from early biofloc adopters: lined ponds, carbon source to balance nitrogen, strong aeration to "
        "keep flocs suspended, so microbes turn wastes into extra feed and water is rarely exchanged.",
    ),
    (
        "jYo102",
        "en",
        "bft_catfish",
        "Biofloc technology production for catfish tanks",
        "Research-based design for outdoor biofloc tanks for catfish: continuous aeration keeps dissolved oxygen and "
        "ammonia near optimal despite high stocking and feeding rates; start-up takes 4-6 weeks.",
    ),
    # --- small-scale processing: dried fish and fish sauce ---
    (
        "jYo103",
        "vi",
        "say_nlmt",
        "Thiết bị sấy cá năng lượng mặt trời cho hộ và cơ sở nhỏ",
        "Tư vấn lựa chọn thiết bị sấy cá: kiểu lều và kiểu tủ cho quy mô gia đình; nhà kính, đường hầm đối lưu cưỡng bức "
        "và buồng sấy lai cho cơ sở thương mại nhỏ. Cá sạch hơn, không phụ thuộc trời nắng, giảm chi phí sấy.",
    ),
    (
        "jYo104",
        "vi",
        "ag_nhasay",
        "Nhà phơi sấy năng lượng mặt trời 48 m2 cho khô cá",
        "Trung tâm Ứng dụng tiến bộ KH&CN chuyển giao mô hình nhà phơi sấy hiệu ứng nhà kính 48 m2, đã dùng cho cơ sở "
        "khô cá lóc: sản phẩm vệ sinh hơn, thời gian phơi giảm 30-32%.",
    ),
    (
        "jYo105",
        "vi",
        "may_caduna",
        "Máy sấy cá 50-100 kg/mẻ kết hợp năng lượng mặt trời và điện",
        "Máy sấy có bộ thu năng lượng mặt trời và điện trở dự phòng khi mưa, nhiệt độ 40-50°C, bộ đảo gió nên không cần "
        "đảo cá. Sản phẩm trắng đẹp, đạt vi sinh, không cần sân phơi lớn.",
    ),
    (
        "jYo106",
        "vi",
        "leu_say",
        "Lều sấy năng lượng mặt trời làm khô cá lóc",
        "Hướng dẫn làm lều sấy khung tre phủ nhựa trong, giàn lưới tre bên trong, tấm nhựa đen phía dưới hấp nhiệt; "
        "chống ruồi, bụi, côn trùng, gọn nhẹ, dễ di chuyển, áp dụng cho khô cá lóc ăn liền.",
    ),
    (
        "jYo107",
        "en",
        "pa_drier",
        "Low-cost solar fish drier: construction and maintenance",
        "Practical Action technical brief and training: materials, tools, skills and labour to build a cheap solar drier "
        "for small dried-fish producers, reducing fungus and dust contamination from open sun drying.",
    ),
    (
        "jYo108",
        "en",
        "kenya_hybrid",
        "Hybrid wind–solar tunnel fish dryer that works day and night",
        "A solar tunnel dryer coupled with a windmill so drying continues in cloudy weather and at night, reducing "
        "losses from slow drying, insects, birds and rodents; built with simple, adoptable methods.",
    ),
    (
        "jYo109",
        "en",
        "malawi_tent",
        "Solar tent fish dryer for small processors",
        "Wooden-frame dryer covered with thick clear polythene, tested with lakeside processors where 4 of every 10 fish "
        "were spoiled in traditional drying; produces clean fish fit for supermarkets.",
    ),
    (
        "jYo110",
        "en",
        "odai_70",
        "Solar fish-drying unit with 70 kg batch capacity",
        "Community-scale solar fish drier that dries nearly 70 kg per batch, avoiding flies and maggots of open "
        "air-drying and the limited market appeal of heavy brine.",
    ),
    (
        "jYo111",
        "vi",
        "nmcl",
        "Quy trình làm nước mắm cá linh truyền thống",
        "Cơ sở nước mắm lâu năm chia sẻ quy trình: cá tươi rửa sạch, ủ lu một lớp cá một lớp muối, phơi nắng thường "
        "xuyên hơn 6 tháng rồi nấu, lọc; bình quân 30 kg cá cho 15 lít nước mắm.",
    ),
    (
        "jYo112",
        "en",
        "vnua_starter",
        "Protease starter to speed up fish sauce fermentation",
        "Vietnam National University of Agriculture tested a commercial protease (Usinh Protex 51FP) as a starter for "
        "anchovy fish sauce. Starters can cut fermentation time by around 40% compared with 5-24 months of traditional "
        "salting; dosing and salt ratio advice is offered.",
    ),
    (
        "jYo113",
        "en",
        "microbial_starter",
        "Microbial starter cultures for traditional fish sauce",
        "Selected enzyme-producing microbes added to fish and salt shorten the long fermentation, limit biogenic amine "
        "build-up and make quality more consistent between batches.",
    ),
    (
        "jYo114",
        "vi",
        "nhandan_nm",
        "Hướng dẫn chế nước mắm cá đồng: nhiệt giải và thủy giải",
        "Chia sẻ hai cách làm nước mắm từ cá linh và cá đồng: nấu chín (nhiệt giải) cho nhanh, hoặc ủ lâu cho cá tự chín "
        "(nước mắm nhĩ, thủy giải); hướng dẫn hộ gia đình lẫn cơ sở quy mô lớn hơn.",
    ),
    (
        "jYo115",
        "en",
        "lowsalt",
        "Low-salt, higher-temperature and offal-enzyme fish sauce fermentation",
        "Process options to shorten fish sauce production: low salt combined with higher temperature, a final week at "
        "40-50°C, or adding fish offal rich in trypsin and other proteases to speed protein breakdown.",
    ),
    (
        "jYo116",
        "vi",
        "visong",
        "Phương pháp sấy khô cá bằng năng lượng mặt trời, không dùng hóa chất",
        "Hướng dẫn thay phơi nắng thủ công bằng thiết bị sấy năng lượng mặt trời: tránh bụi, nấm mốc, côn trùng và việc "
        "dùng hóa chất chống mốc, ruồi; cá khô đều, giữ dinh dưỡng, bán được giá hơn.",
    ),
    (
        "jYo117",
        "vi",
        "tccs_nuocmam",
        "Tư vấn xây dựng tiêu chuẩn và công bố sản phẩm nước mắm",
        "Dịch vụ xây dựng tiêu chuẩn cơ sở cho nước mắm, nhận diện mối nguy trong sản xuất, kiểm nghiệm chỉ tiêu và làm "
        "hồ sơ công bố để cơ sở nhỏ đóng chai đưa vào cửa hàng, siêu thị.",
    ),
    (
        "jYo118",
        "en",
        "kenya_cabinet",
        "Solar–wind cabinet dryer that keeps dried fish for up to a year",
        "Dryer with a heat collector and solar-powered fans blowing warm air over fish in a cabinet, plus an exhaust "
        "fan; shorter drying, low moisture and longer shelf life. Also dries vegetables.",
    ),
    # --- certification: VietGAP and ASC ---
    (
        "jYo119",
        "vi",
        "vietgap_bg",
        "Tập huấn áp dụng VietGAP trong nuôi trồng thủy sản",
        "Bộ bài giảng và lớp tập huấn: chỉ tiêu VietGAP cho khâu chuẩn bị cơ sở vật chất, dụng cụ (máy bơm, quạt nước, "
        "bộ đo pH, DO, NH3...), nhận diện mối nguy an toàn thực phẩm, môi trường, lao động và cách kiểm soát, ghi chép.",
    ),
    (
        "jYo120",
        "en",
        "asc_std",
        "ASC Pangasius Standard readiness support",
        "Gap assessment and preparation for ASC certification: approved siting, escape prevention, certified fishmeal, "
        "water-parameter limits, sludge and waste treatment, a health plan supervised by an aquatic animal health "
        "specialist, and a ban on prophylactic and growth-promoting medicines.",
    ),
    (
        "jYo121",
        "en",
        "supa",
        "Sustainable pangasius supply-chain programme (WWF, VASEP, VNCPC)",
        "EU co-funded programme offering farm tours, training and buyer forums so pangasius farms and processors can "
        "adopt responsible practices such as water filtration and staff welfare and reach ASC-certified markets.",
    ),
    (
        "jYo122",
        "en",
        "vasep_audit",
        "Accredited ASC farm audits for pangasius",
        "Third-party certification body services for auditing pangasius farms against the ASC Pangasius Standard, "
        "including public consultation and chain-of-custody guidance for processors; Vietnam's first ASC pangasius audit "
        "was done in 2012.",
    ),
    (
        "jYo123",
        "en",
        "asc_criteria",
        "ASC compliance coaching for tra fish producers",
        "Coaching on the minimum ASC requirements tra producers must meet: land and water use, water pollution and "
        "waste, genetics and biodiversity, feed and health management, veterinary medicines and chemicals, social "
        "accountability.",
    ),
    (
        "jYo124",
        "en",
        "group_cert",
        "Group certification for small aquaculture producers",
        "Advisory on group certification that spreads audit and documentation costs across many small farms, with "
        "training on record keeping, seed and feed documentation, and fair inclusion of women; premiums or subsidies as "
        "entry point.",
    ),
    (
        "jYo125",
        "en",
        "smallprod_std",
        "Small-producer version of VietGAP: eligibility and simplified requirements",
        "Policy and technical support for a small-producer VietGAP track based on pond size, production intensity, "
        "species mix and labour, with sustainability requirements small farms can realistically meet.",
    ),
    (
        "jYo126",
        "vi",
        "asc_producers",
        "Hướng dẫn chứng nhận ASC cho trại nuôi cá tra",
        "Giới thiệu và hỗ trợ tham gia chương trình chứng nhận ASC cho cá tra: bảo vệ đa dạng sinh học, lao động có "
        "trách nhiệm, quản lý dịch bệnh và môi trường, để tiếp cận người mua toàn cầu.",
    ),
    # --- distractors: marine shrimp, mangroves, livestock, crops, factories, coconut ---
    (
        "jYo127",
        "vi",
        "sieuthamcanh",
        "Nuôi tôm thẻ chân trắng ao nổi lót bạt siêu thâm canh",
        "Mô hình tôm thẻ ao nổi lót bạt công nghệ cao ở Cầu Ngang đạt bình quân 33 tấn/ha, lãi 600-900 triệu đồng/ha/vụ; "
        "8 ao 1.600 m2, ao trữ lắng và xử lý nước thải tuần hoàn khép kín.",
    ),
    (
        "jYo128",
        "vi",
        "biofloc_tom",
        "So sánh nuôi tôm thẻ chân trắng truyền thống và biofloc",
        "Kết quả thực nghiệm trên 6 ao tôm thẻ ở Thạnh Phú (Bến Tre): quy trình biofloc so với nuôi truyền thống về hiệu "
        "quả kinh tế – kỹ thuật; tư vấn áp dụng cho hộ nuôi tôm nước lợ.",
    ),
    (
        "jYo129",
        "vi",
        "artemia_ehp",
        "Kiểm tra EHP trong Artemia cho trại sản xuất tôm giống",
        "Dịch vụ xét nghiệm ký sinh trùng EHP (gây tôm thẻ còi, phân trắng) trong Artemia và thức ăn tươi sống dùng cho "
        "ấu trùng tôm nước lợ.",
    ),
    (
        "jYo130",
        "en",
        "biomin_shrimp",
        "High-density biofloc shrimp production without water exchange",
        "Indoor super-intensive shrimp system dominated by biofloc, with no water exchange, that removes metabolites and "
        "supplements nutrition; designed for marine shrimp producers.",
    ),
    (
        "jYo131",
        "vi",
        "quatnuoc_tom",
        "Giải pháp quạt nước tiết kiệm điện cho ao tôm",
        "Tư vấn vận hành quạt nước ao tôm thâm canh, vốn chiếm hơn 80% năng lượng trại tôm; bán thâm canh chỉ chạy khi "
        "DO dưới 3 mg/l.",
    ),
    (
        "jYo132",
        "en",
        "mangrove_map",
        "Satellite mapping of mangrove restoration at commune level",
        "WorldView-2 image analysis of mangrove change in coastal provinces including Tra Vinh: mangroves grew by 11,184 "
        "ha between 2015 and 2020; maps and field surveys guide where to replant.",
    ),
    (
        "jYo133",
        "en",
        "shrimp_mangrove",
        "Organic shrimp–mangrove farming certification programme",
        "Integrated shrimp–mangrove ponds keeping at least half the area under rhizophora, with no fertiliser or "
        "antibiotics, selling organic black tiger shrimp at a premium through a seafood company.",
    ),
    (
        "jYo134",
        "vi",
        "rnm",
        "Phát triển nuôi trồng thủy sản gắn với quản lý rừng ngập mặn",
        "Tư vấn chính sách và mô hình kết hợp nuôi trồng thủy sản với bảo vệ rừng ngập mặn ven biển ĐBSCL, phục hồi dịch "
        "vụ hệ sinh thái, chống xói lở.",
    ),
    (
        "jYo135",
        "vi",
        "heo_wetland",
        "Đất ngập nước kiến tạo xử lý nước thải chăn nuôi heo sau biogas",
        "Mô hình đất ngập nước kiến tạo có trồng cây xử lý nước thải chăn nuôi heo sau hầm biogas: cây hấp thu N, P; "
        "chất hữu cơ do vi sinh xử lý.",
    ),
    (
        "jYo136",
        "vi",
        "heo_thucvat",
        "Thực vật thủy sinh xử lý nước thải chăn nuôi sau biogas",
        "Đánh giá và chuyển giao cách dùng bèo, rau thủy sinh để xử lý nước thải chuồng trại sau biogas cho trang trại "
        "chăn nuôi.",
    ),
    (
        "jYo137",
        "vi",
        "biogas_ho",
        "Xây dựng hầm ủ biogas cho hộ chăn nuôi",
        "Thi công hầm biogas cho hộ nuôi heo: giảm mùi, giảm dịch bệnh, có khí đốt nấu ăn và phân bón; hiệu suất xử lý "
        "khoảng 75-80% chất thải.",
    ),
    (
        "jYo138",
        "vi",
        "duahau",
        "So sánh tưới thấm và tưới nhỏ giọt cho dưa hấu",
        "Kết quả khảo sát 160 hộ trồng dưa hấu ở Cầu Ngang và Duyên Hải (ĐH Trà Vinh) so sánh hiệu quả kỹ thuật hai mô "
        "hình tưới, khuyến cáo mô hình phù hợp.",
    ),
    (
        "jYo139",
        "vi",
        "nhaluoi",
        "Trồng rau an toàn trong nhà lưới",
        "Hướng dẫn dựng nhà lưới trồng xà lách, rau thơm, cải ngọt: hạn chế sâu bệnh, thời tiết, năng suất cao; hộ trồng "
        "lãi khoảng 100 triệu đồng/năm.",
    ),
    (
        "jYo140",
        "vi",
        "raunhut",
        "Kỹ thuật trồng rau nhút chổng gốc trên ruộng",
        "Cách trồng rau nhút của nông dân Trà Ôn: cắm trụ, cột gốc rau chổng lên, rau lên khỏe, cọng đẹp, không thối gốc "
        "và đỡ ô nhiễm nước ruộng.",
    ),
    (
        "jYo141",
        "en",
        "vesaco",
        "Wastewater treatment for seafood processing plants",
        "Design and construction of treatment systems for production and domestic wastewater of seafood factories, "
        "handling organic matter, suspended solids, grease and microorganisms.",
    ),
    (
        "jYo142",
        "en",
        "clearfox",
        "Modular biological treatment plants for fish-processing factories",
        "Customised modular plants for wastewater from stunning, gutting, filleting, smoking and packaging lines, with "
        "reuse or direct discharge options.",
    ),
    (
        "jYo143",
        "en",
        "iasri",
        "Anaerobic digestion and algae ponds for seafood factory effluent",
        "Clean-technology design where seafood-plant wastewater goes through an anaerobic digester, then shallow ponds "
        "growing Chlorella and photosynthetic bacteria; enzymes can be recovered from the liquid waste.",
    ),
    (
        "jYo144",
        "vi",
        "tachvodua",
        "Máy tách vỏ dừa khô tự động 500-700 trái/giờ",
        "Trường Đại học Trà Vinh chế tạo máy tách vỏ dừa dùng điện 220 V một pha, tách sạch 98%, giá khoảng 100 triệu "
        "đồng/máy, đã bàn giao cho doanh nghiệp chế biến dừa.",
    ),
    (
        "jYo145",
        "vi",
        "xodua",
        "Máy tách chỉ xơ dừa và mụn dừa",
        "Cung cấp dây chuyền tách chỉ xơ dừa và mụn dừa từ vỏ dừa phế phẩm; cơ sở mẫu sản xuất 7 tấn mụn và 2 tấn chỉ "
        "mỗi ngày.",
    ),
    (
        "jYo146",
        "vi",
        "cuabien",
        "Cung ứng cua biển giống cho vùng nuôi ven biển",
        "Cung cấp cua biển giống cho các huyện ven biển như Châu Thành, Cầu Ngang, Duyên Hải khi độ mặn thích hợp; năm "
        "2023 tỉnh thả gần 33 triệu con trên hơn 6.200 ha.",
    ),
    (
        "jYo147",
        "vi",
        "bo_khmer",
        "Mô hình nuôi bò sinh sản cho hộ nghèo Khmer",
        "Dự án cho hộ Khmer nghèo vay 10 triệu đồng mua hai bò cái sinh sản, tổ chức tổ hợp tác và tập huấn; ở Cầu Ngang "
        "1.104 hộ nuôi 2.018 con bò, sinh được 3.357 bê.",
    ),
    (
        "jYo148",
        "vi",
        "vietgap_tom",
        "Đánh giá hiệu quả chứng nhận VietGAP cho nuôi tôm thẻ chân trắng",
        "Nghiên cứu 105 hộ nuôi tôm thẻ VietGAP ở Sóc Trăng: ao lắng 94%, kiểm dịch giống 100%, mật độ 40 con/m2, năng "
        "suất 2,7-5,6 tấn/ha/vụ; tư vấn áp dụng VietGAP cho tôm nước lợ.",
    ),
    (
        "jYo149",
        "vi",
        "tomlua_man",
        "Mô hình tôm sú – lúa vùng nước lợ ven biển",
        "Báo cáo tư vấn và giải pháp nâng cao hiệu quả luân canh tôm sú – lúa ở các tỉnh ven biển ĐBSCL, thích ứng biến "
        "đổi khí hậu, xâm nhập mặn.",
    ),
    (
        "jYo150",
        "vi",
        "namra",
        "Hỗ trợ trồng nấm bào ngư cho hộ gia đình",
        "Dự án hỗ trợ 2.000 bịch nấm bào ngư giống cho hộ ở TP Trà Vinh; sau 1,5 tháng thu 70-80 kg/lần, giá 45.000 "
        "đồng/kg.",
    ),
    (
        "jYo151",
        "vi",
        "chachlau",
        "Nuôi cá chạch lấu trong ao giữa ruộng lúa",
        "Mô hình nuôi cá chạch lấu 300.000 con trên 2 ha mặt nước của 4 ao ở Tam Nông, giá bán 220.000 đồng/kg, lãi vụ "
        "đầu hàng tỷ đồng.",
    ),
    (
        "jYo152",
        "en",
        "epa_cannery",
        "Environmental impact guidelines for canned and preserved seafood factories",
        "Guidance for siting and permitting new seafood canning and processing facilities, covering wastewater, solid "
        "waste and impact assessment by product subcategory.",
    ),
    (
        "jYo153",
        "en",
        "malaysia_vac",
        "Fish vaccine development for streptococcosis and vibriosis",
        "Research programme on vaccines against streptococcosis, vibriosis and motile Aeromonas septicaemia in cultured "
        "marine and freshwater fish, and on licensing imported aquatic vaccines.",
    ),
    (
        "jYo154",
        "en",
        "whiteleg_qm",
        "Quality management practices for intensive whiteleg shrimp farms",
        "Comparison of VietGAP and non-GAP shrimp farms on seven control points such as reservoirs, water monitoring and "
        "chemical use; advice to reduce disease and export rejections.",
    ),
    (
        "jYo155",
        "vi",
        "heo_sinhthai",
        "Công nghệ sinh thái cho trang trại chăn nuôi heo",
        "Ứng dụng công nghệ sinh thái xử lý chất thải chăn nuôi heo: đơn giản, không đòi hỏi vận hành phức tạp, tạo cảnh "
        "quan xanh sạch cho trang trại.",
    ),
    (
        "jYo156",
        "en",
        "heo_tramxl",
        "Design of a 250 m3/day wastewater plant for a pig farm",
        "Engineering design of a pig-farm treatment train: screen, biogas digester, equalisation tank, UASB, aerotank, "
        "settling, sludge thickening and disinfection.",
    ),
    # --- frogs: disease diagnosis and seed (added) ---
    (
        "jYo157",
        "vi",
        "ech_loloet",
        "Chẩn đoán bệnh và xác định vi khuẩn gây lở loét trên ếch nuôi",
        "Khoa Thủy sản ĐH Nông Lâm TP.HCM nhận mẫu ếch bệnh để xác định vi khuẩn gây lở loét trên lưng, chân và khuyến "
        "cáo phòng trị; khảo sát ở các trại nuôi ven TP.HCM ghi nhận tỷ lệ chết 20-50% ở bể bị bệnh. Có tư vấn vệ sinh "
        "bể, mật độ và chọn giống.",
    ),
    (
        "jYo158",
        "vi",
        "bachhoa_echgiong",
        "Trại ếch giống Thái Lan: cung cấp giống và kinh nghiệm phòng bệnh",
        "Tổ hợp tác nuôi ếch cung cấp ếch giống 1.000-1.500 đồng/con từ đàn 150-300 cặp bố mẹ (mỗi ếch cái đẻ khoảng "
        "2.000 trứng, 3 lần/năm). Chia sẻ cách phơi đáy ao, bón vôi sau mỗi đợt, dùng lá dừa làm chỗ trú thay vạt tre để "
        "hạn chế tiêu chảy; ếch nuôi 3 tháng đạt 0,2-0,25 kg.",
    ),
]
