"""Offers of the fifth held-out set: (id, language, source key, title, description); see make_holdout5.py."""

OFFERS = [
    # --- mud crab -------------------------------------------------------------------------------------------------
    (
        "h9o001",
        "vi",
        "crabseed_thanhnien",
        "Cung cấp cua giống nhân tạo cỡ cua tiêu, cua dưa đã qua kiểm tra",
        "Trại sản xuất giống cua biển (Scylla paramamosain) chọn lọc cua mẹ, vỗ béo riêng từng con, ương ấu trùng qua giai "
        "đoạn cua mê đến cua con đủ tiêu chuẩn. Giao cua giống cỡ hạt tiêu, hạt dưa kèm hướng dẫn thuần độ mặn trước khi thả.",
    ),
    (
        "h9o002",
        "en",
        "crab_nursery_seafdec",
        "Mud crab nursery: growing megalopae to crablets in net cages",
        "Nursery protocol that takes hatchery megalopae or first crab instars to 1-2 cm crablets in net cages or hapas set "
        "inside ponds, with shelters, stocking density and feeding tables. Raises survival when crablets are stocked in "
        "grow-out ponds and cuts cannibalism.",
    ),
    (
        "h9o003",
        "vi",
        "crab_tepbac_duyenhai",
        "Quy trình nuôi ghép cua biển trong ao tôm sú quảng canh",
        "Hướng dẫn thả cua giống xen trong vuông tôm quảng canh và tôm – rừng: cải tạo ao, rào lưới bờ, mật độ thả, bổ sung "
        "thức ăn, thu tỉa theo con nước. Giúp đa dạng thu nhập khi tôm sú bị dịch bệnh.",
    ),
    (
        "h9o004",
        "en",
        "crab_fao_manual",
        "Fattening of lean (water) mud crabs in individual compartments",
        "Short-cycle fattening of empty, newly moulted crabs in individual boxes, floating baskets or pond cells for 20-30 "
        "days on trash fish and mollusc feed until they are full of meat or roe. Includes selection of lean crabs by "
        "pressing the carapace and daily checks.",
    ),
    (
        "h9o005",
        "vi",
        "softcrab_danviet",
        "Nuôi cua lột (cua mềm) trong hộp nhựa với hệ thống lọc tuần hoàn",
        "Chuyển giao mô hình nuôi cua lột trong hộp nhựa riêng lẻ đặt trên giàn, kiểm tra lột xác nhiều lần trong ngày, "
        "thu ngay khi cua vừa lột và cấp đông. Có bể lọc sinh học, sục khí và pha nước lợ để giảm hao hụt.",
    ),
    (
        "h9o006",
        "en",
        "crab_fao_manual",
        "Live mud crab handling and packing for long-distance transport",
        "Post-harvest handling for live crabs: tying claws, grading, keeping crabs moist and cool (around 20-25 °C) in "
        "ventilated boxes, packing angle and avoiding fresh-water contact. Reduces deaths of crabs sent to city markets and "
        "exporters.",
    ),
    (
        "h9o007",
        "vi",
        "crab_2lua",
        "Thức ăn viên công nghiệp cho cua biển thay thế cá tạp",
        "Công thức thức ăn viên chìm, bền trong nước cho cua biển giai đoạn nuôi thương phẩm, giảm phụ thuộc vào cá tạp, ốc "
        "và tép tươi, hạn chế ô nhiễm đáy ao do thức ăn dư thừa.",
    ),
    (
        "h9o008",
        "en",
        "crab_was",
        "Design of integrated mangrove-shrimp-crab farms with tidal water management",
        "Technical advice for extensive mangrove farms combining tiger shrimp and mud crab: canal depth, sluice gate "
        "operation by tide, partial harvesting, monthly restocking of hatchery crabs and keeping mangrove cover. Adapted to "
        "salinity swings in coastal districts.",
    ),
    (
        "h9o009",
        "vi",
        "pack_camau",
        "Chế biến bánh phồng cua và chả cua từ cua thịt loại nhỏ",
        "Quy trình chế biến bánh phồng cua, chả cua hấp đóng khay từ cua ốp, cua gãy càng giá thấp; thiết kế bao bì để tham "
        "gia chương trình OCOP.",
    ),
    # --- blood cockle, clam, oyster -------------------------------------------------------------------------------
    (
        "h9o010",
        "vi",
        "cockle_tsvn",
        "Ương sò huyết giống cỡ lớn trước khi thả nuôi",
        "Ương sò cám lên sò giống cỡ khoảng 1.000 con/kg trong ao hoặc vèo lưới có nền bùn pha cát, kiểm soát độ mặn và địch "
        "hại. Giống lớn giúp giảm hao hụt khi thả vào vuông tôm.",
    ),
    (
        "h9o011",
        "vi",
        "cockle_camautech",
        "Nuôi sò huyết thương phẩm trong vuông tôm quảng canh",
        "Quy trình nuôi sò huyết trên trảng, bãi cạn của vuông tôm quảng canh cải tiến: chuẩn bị nền đáy, mật độ khoảng 60 con/m2, thay nước theo con nước, diệt địch hại và thu hoạch sau 6-9 tháng. Đã thử nghiệm với hộ nuôi tôm vùng ven biển.",
    ),
    (
        "h9o012",
        "vi",
        "cockle_farmtech",
        "Công nghệ sản xuất giống sò huyết nhân tạo",
        "Viện chuyển giao quy trình kích thích sinh sản sò huyết bố mẹ, ương ấu trùng bằng tảo đơn bào và thu giống bám, giúp "
        "địa phương chủ động con giống thay vì phụ thuộc giống tự nhiên.",
    ),
    (
        "h9o013",
        "en",
        "cockle_farmtech",
        "Hatchery seed production of hard clam (Meretrix lyrata)",
        "Transfer of clam hatchery technology: broodstock conditioning, spawning, larval rearing on microalgae and pond "
        "nursing of spat to seed size. Lets clam co-operatives buy or produce seed instead of relying on wild spat.",
    ),
    (
        "h9o014",
        "vi",
        "clam_tv_die",
        "Quan trắc môi trường và cảnh báo sớm nghêu chết cho hợp tác xã",
        "Đặt điểm đo độ mặn, nhiệt độ, oxy hòa tan tại bãi nghêu, lấy mẫu định kỳ phân tích vi khuẩn Vibrio và tảo độc; gửi "
        "cảnh báo cho ban quản lý HTX để thu hoạch sớm hoặc san thưa khi điều kiện bất lợi.",
    ),
    (
        "h9o015",
        "en",
        "clam_tv_die",
        "Bivalve disease diagnostics: histology, Vibrio and Perkinsus screening",
        "Laboratory service for clams, cockles and oysters showing mass mortality: tissue histology, bacterial culture and "
        "PCR for Perkinsus, with a report on probable causes and management advice.",
    ),
    (
        "h9o016",
        "en",
        "oyster_ctu_bentre",
        "Estuarine oyster farming on hanging ropes and rafts",
        "Culture of Crassostrea belcheri on ropes hung from bamboo rafts or racks in river mouths: site choice by salinity "
        "range, spat strings, stocking, thinning and harvest at 3-5 oysters per kg.",
    ),
    (
        "h9o017",
        "vi",
        "oyster_pond_contom",
        "Thu giống hàu tự nhiên bằng giá thể vỏ hàu, lốp xe, tấm xi măng",
        "Hướng dẫn chọn thời điểm thả giá thể theo mùa sinh sản của hàu, loại giá thể nhám, rẻ tiền, cách vận chuyển hàu "
        "giống và chuyển sang nuôi thương phẩm.",
    ),
    (
        "h9o018",
        "en",
        "oyster_cangio",
        "Oyster depuration tanks with UV-treated seawater",
        "Depuration system for shellfish before sale: settling and UV sterilisation of seawater, tanks with controlled flow "
        "for 24-48 h, and microbiological checks so that oysters and clams meet food-safety limits for restaurants and "
        "supermarkets.",
    ),
    (
        "h9o019",
        "vi",
        "oyster_ctu_bentre",
        "Chế biến dầu hàu từ hàu thương phẩm cỡ nhỏ",
        "Quy trình thủy phân thịt hàu, cô đặc và phối trộn thành dầu hàu (nước sốt hàu) đóng chai, tận dụng hàu nhỏ giá thấp.",
    ),
    (
        "h9o020",
        "en",
        "clam_baclieu_wind",
        "Hydrodynamic and sediment survey of shellfish grounds near coastal structures",
        "Field measurement of currents, waves and bed levels around clam flats, with modelling to predict scour and mud "
        "deposition caused by bridges, wind-farm access trestles or dykes; recommendations to relocate or protect beds.",
    ),
    # --- seaweed, mangrove shrimp ---------------------------------------------------------------------------------
    (
        "h9o021",
        "en",
        "seaweed_rongbient",
        "Gracilaria seaweed as biofilter and extra crop in shrimp ponds",
        "Supply of Gracilaria seed and a method to grow it in extensive and settling ponds so it absorbs nutrients from "
        "shrimp effluent; the harvest is bought back as feed ingredient or for agar.",
    ),
    (
        "h9o022",
        "vi",
        "seaweed_grape_pond",
        "Nuôi rong nho trong ao tôm bỏ hoang và sơ chế đóng hộp",
        "Chuyển giao kỹ thuật trồng rong nho (Caulerpa lentillifera) trong ao nuôi tôm không còn hiệu quả, thu hoạch sau "
        "1-2 tháng, sơ chế, ngâm nước muối và đóng hộp bán cho nhà hàng.",
    ),
    (
        "h9o023",
        "en",
        "seaweed_seagrape",
        "Shrimp and sea grape polyculture to lower ammonia and nitrite",
        "Research-tested polyculture of whiteleg shrimp with sea grape at about 1 kg per m3: lower TAN, nitrite and "
        "phosphate, better survival and feed conversion compared with shrimp alone.",
    ),
    (
        "h9o024",
        "vi",
        "seaweed_ctu_baclieu",
        "Quản lý rong và thực vật thủy sinh trong vuông tôm quảng canh cải tiến",
        "Hướng dẫn giữ độ phủ rong (ưu tiên rong câu đỏ) dưới 50% mặt ao, vớt bớt khi rong phát triển quá mức, tránh rong "
        "tàn làm bẩn nước; rong là nơi trú và thức ăn tự nhiên cho tôm, cua.",
    ),
    (
        "h9o025",
        "vi",
        "seaweed_hx",
        "Sơ chế và chiết agar từ rong câu",
        "Quy trình xử lý kiềm, chiết, lọc và sấy agar từ rong câu chỉ vàng thu hoạch trong đầm, ao; thiết bị quy mô hợp tác xã.",
    ),
    (
        "h9o026",
        "en",
        "mangrove_vnnet",
        "Group organic certification for mangrove-shrimp farmers",
        "Support to obtain international organic certification for shrimp raised under mangrove cover: internal control "
        "system, farm records, no antibiotics or chemicals, mangrove cover of at least half the farm, and link to buyers "
        "paying a price premium.",
    ),
    (
        "h9o027",
        "en",
        "mangrove_eco_vn",
        "Ecological mangrove-shrimp model: replanting mangroves and sluice management",
        "Guidance on replanting Rhizophora and Avicennia to keep over 50% canopy cover on the farm, lower stocking, disease-free seed and tidal harvesting, with guaranteed purchase of ecological shrimp.",
    ),
    # --- beef cattle, goats ---------------------------------------------------------------------------------------
    (
        "h9o028",
        "vi",
        "beef_peanut_silage",
        "Ủ chua thân lá đậu phộng làm thức ăn cho bò thịt",
        "Quy trình ủ chua thân lá đậu phộng sau thu hoạch với 0,5% muối và 3-6% bột bắp, bảo quản được nhiều tháng; bò vỗ "
        "béo tăng trọng khoảng 0,5 kg/ngày.",
    ),
    (
        "h9o029",
        "vi",
        "beef_tmr_ferment",
        "Thức ăn hỗn hợp hoàn chỉnh lên men (TMR) cho bò",
        "Phân viện chăn nuôi chuyển giao khẩu phần trộn cỏ, rơm, phụ phẩm và thức ăn tinh rồi ủ lên men, giúp bò ăn đều, "
        "cân đối dinh dưỡng, tăng trọng nhanh ở giai đoạn vỗ béo.",
    ),
    (
        "h9o030",
        "en",
        "beef_fattening",
        "90-day finishing programme for beef cattle",
        "Confinement fattening of young bulls and culled cows: deworming at entry, step-up of concentrate with roughage and "
        "by-products such as rice bran and brewers' grains, nutrient tables by body weight, target daily gain above 1 kg.",
    ),
    (
        "h9o031",
        "vi",
        "maize_biomass_book",
        "Trồng và ủ chua ngô sinh khối làm thức ăn thô cho bò",
        "Trồng ngô sinh khối mật độ dày, thu hoạch ở giai đoạn chín sữa – chín sáp, băm nhỏ và ủ chua trong hố hoặc túi, bảo đảm thức ăn xanh quanh năm cho bò thịt, bò sữa.",
    ),
    (
        "h9o032",
        "vi",
        "maize_stover_silage",
        "Ủ chua thân cây bắp sau thu hoạch trái với urê và muối",
        "Hướng dẫn băm thân lá bắp 3-4 cm, trộn urê 3% và muối 0,5%, nén chặt trong bao hoặc hố ủ; kèm giới thiệu máy băm "
        "thân bắp, cỏ công suất lớn.",
    ),
    (
        "h9o033",
        "vi",
        "maize_biomass_hue",
        "Giống ngô lai sinh khối và quy trình trồng làm thức ăn cho bò",
        "Bộ giống ngô lai sinh khối (như HQ2000) thích hợp trồng nhiều vụ trong năm, thu hoạch sau 75-85 ngày, năng suất "
        "xanh cao, kèm khẩu phần phối hợp cho bò thịt.",
    ),
    (
        "h9o034",
        "vi",
        "beef_tv_survey",
        "Dịch vụ gieo tinh nhân tạo bò lai hướng thịt tại nông hộ",
        "Dẫn tinh viên lưu động gieo tinh bò Brahman, Red Angus, BBB cho bò cái nền lai Sind của nông hộ; theo dõi lên giống, "
        "khám thai và ghi sổ phối giống.",
    ),
    (
        "h9o035",
        "en",
        "buffalo_ai_longan",
        "Oestrus synchronisation and timed insemination for cows and buffaloes",
        "Hormone protocol (intravaginal CIDR device with PGF2α and GnRH) to bring groups of cows or buffaloes into heat "
        "together, followed by fixed-time artificial insemination; raises conception rate and shortens calving interval.",
    ),
    (
        "h9o036",
        "vi",
        "cattle_lsd_danviet",
        "Tiêm phòng và khống chế bệnh viêm da nổi cục trên trâu bò",
        "Cung ứng vắc xin viêm da nổi cục, hướng dẫn tiêm phòng theo đàn, diệt ruồi muỗi, ve mòng truyền bệnh, cách ly và "
        "chăm sóc con bệnh nổi cục trên da.",
    ),
    (
        "h9o037",
        "en",
        "cattle_fmd_essay",
        "Rapid diagnosis and vaccination plan for foot-and-mouth disease",
        "ELISA and RT-PCR testing for FMD virus serotypes in cattle, pigs and goats, advice on vaccination rounds and "
        "disinfection when animals show blisters on mouth and feet.",
    ),
    (
        "h9o038",
        "vi",
        "goat_ninhthuan",
        "Thiết kế chuồng sàn nuôi dê thịt, dê sinh sản",
        "Mẫu chuồng sàn cao ráo bằng tre hoặc gỗ, khe hở 1,5 cm cho phân lọt, nền xi măng dốc thoát nước tiểu, sân chơi rộng "
        "gấp 3 lần chuồng; định mức diện tích cho dê thịt, dê nái, dê cai sữa.",
    ),
    (
        "h9o039",
        "en",
        "goat_disease_lecture",
        "Goat herd health package: deworming, kid diarrhoea and pneumonia",
        "Veterinary programme for small goat farms: deworming calendar, treatment and prevention of diarrhoea and "
        "pneumonia in kids, vaccination and hygiene of pens during the rainy season.",
    ),
    (
        "h9o040",
        "vi",
        "goat_ninhthuan",
        "Nguồn thức ăn xanh và phụ phẩm cho dê",
        "Hướng dẫn trồng cỏ, keo dậu, so đũa và tận dụng lá cây, dây đậu, ngọn mía làm thức ăn cho dê; cách phối trộn thêm "
        "thức ăn tinh cho dê nái nuôi con.",
    ),
    (
        "h9o041",
        "en",
        "pack_ocop_mic",
        "Packaged sun-dried beef and beef jerky for OCOP",
        "Recipe and packaging for regional beef products (marinated one-sun beef, jerky) in vacuum bags with labels meeting "
        "OCOP criteria.",
    ),
    # --- peanuts, maize, vegetables on sandy soils, chili, watermelon ---------------------------------------------
    (
        "h9o042",
        "vi",
        "peanut_tv_gov",
        "Nhân giống đậu phộng cấp xác nhận tại chỗ cho vùng đất giồng cát",
        "Sản xuất hạt giống đậu phộng (MD7, L14, HL25) đạt cấp xác nhận tại địa phương, sơ chế, phân loại và bảo quản, giúp "
        "nông dân không phải mua giống trôi nổi từ nơi khác.",
    ),
    (
        "h9o043",
        "vi",
        "peanut_tv_gov",
        "Bảo quản hạt giống đậu phộng kín khí giữ tỷ lệ nảy mầm",
        "Phơi sấy trái đậu phộng xuống dưới 8-9% ẩm độ rồi trữ trong túi kín khí hoặc silo giữa hai vụ, giữ tỷ lệ nảy mầm cao và không bị nấm mốc kho.",
    ),
    (
        "h9o044",
        "vi",
        "peanut_wilt_qnam",
        "Phòng trừ bệnh héo xanh vi khuẩn và thối gốc mốc trắng trên đậu phộng",
        "Biện pháp tổng hợp: luân canh với lúa, nhổ bỏ cây bệnh, bón vôi, xử lý hạt giống, dùng nấm Trichoderma và thuốc "
        "đặc trị khi bệnh mới xuất hiện ở giai đoạn ra hoa – đâm tia.",
    ),
    (
        "h9o045",
        "en",
        "peanut_wilt_aq",
        "Bio-fungicide of Trichoderma and Bacillus for soil-borne diseases",
        "Microbial product applied to soil and seed against Sclerotium rolfsii, Aspergillus niger collar rot and bacterial "
        "wilt in peanut, watermelon and vegetables; reduces chemical sprays and residues.",
    ),
    (
        "h9o046",
        "vi",
        "peanut_picker_bl500",
        "Máy bứt trái đậu phộng năng suất 500 kg/giờ",
        "Máy bứt (lặt) trái đậu phộng tươi khỏi dây, chạy động cơ xăng hoặc điện, tỷ lệ sót thấp, thay cho lặt tay thuê tính "
        "công theo ký.",
    ),
    (
        "h9o047",
        "vi",
        "peanut_skin_machine",
        "Máy bóc vỏ lụa đậu phộng rang",
        "Máy bóc lớp vỏ lụa đỏ của nhân đậu phộng sau khi rang bằng trục cao su và quạt tách vỏ, dùng cho cơ sở làm kẹo, đậu phộng da cá, bánh.",
    ),
    (
        "h9o048",
        "vi",
        "candy_dongkhoi",
        "Dây chuyền kẹo đậu phộng, kẹo dừa quy mô cơ sở",
        "Nồi nấu có cánh khuấy, bàn cán, máy cắt và gói kẹo đậu phộng, kẹo dừa cho cơ sở nhỏ, công suất 200-500 kg/ngày.",
    ),
    (
        "h9o049",
        "vi",
        "wm_drip_tv",
        "Lắp đặt tưới nhỏ giọt cho dưa hấu, rau màu trên đất giồng cát",
        "Thiết kế hệ thống tưới nhỏ giọt kết hợp bón phân qua nước cho dưa hấu, ớt, đậu phộng trên đất cát; tiết kiệm nước "
        "giếng trong mùa khô và giảm công tưới.",
    ),
    (
        "h9o050",
        "en",
        "sprinkler_onion",
        "Low-cost sprinkler irrigation for shallots and onions on coastal sand",
        "Sprinkler layout, pump sizing and irrigation schedule for shallots and leafy vegetables on sandy coastal soils, "
        "cutting water use and labour compared with hand watering.",
    ),
    (
        "h9o051",
        "vi",
        "wm_graft_ctu",
        "Cây giống dưa hấu ghép gốc bầu",
        "Vườn ươm cung cấp cây dưa hấu ghép trên gốc bầu, bí, kháng bệnh héo rũ do nấm trong đất, cho phép trồng liên tục "
        "trên cùng ruộng.",
    ),
    (
        "h9o052",
        "en",
        "wm_graft_haugiang",
        "Grafted watermelon and tomato seedlings against Fusarium and Ralstonia",
        "Grafting on resistant rootstocks to control Fusarium wilt of watermelon and bacterial wilt of tomato in fields "
        "where the crop is grown every year; training on splice grafting and healing chambers.",
    ),
    (
        "h9o053",
        "vi",
        "wm_gummy_vusta",
        "Quản lý bệnh nứt thân chảy nhựa trên dưa hấu",
        "Nhận diện và phòng trừ nấm Didymella bryoniae gây đốm lá, nứt thân, chảy nhựa màu nâu; xử lý hạt, luân canh và lịch "
        "phun thuốc khi trời ẩm.",
    ),
    (
        "h9o054",
        "vi",
        "chili_triviet",
        "Quy trình phòng trị bệnh thán thư (nổ trái) trên ớt",
        "Bố trí thời vụ tránh tháng sương mù, tỉa lá, tiêu hủy trái bệnh, phun luân phiên hoạt chất đặc trị nấm "
        "Colletotrichum; tư vấn tại ruộng cho vùng trồng ớt.",
    ),
    (
        "h9o055",
        "en",
        "chili_anthrac_2lua",
        "Anthracnose-tolerant chili varieties and IPM",
        "Chili hybrids with tolerance to anthracnose fruit rot plus an integrated programme: certified seed, balanced NPK, "
        "no intercropping under shade, and protective fungicide sprays in the rainy season.",
    ),
    (
        "h9o056",
        "en",
        "chili_solar_avrdc",
        "Solar cabinet dryer for chili and vegetables",
        "Low-cost solar dryer with glass-walled chamber and optional biomass heater that halves drying time of chili compared "
        "with sun drying, giving cleaner, redder dried chili that sells at a higher price.",
    ),
    (
        "h9o057",
        "en",
        "sra_dryer_nlu",
        "Reversible-airflow flatbed dryer (SRA)",
        "University-designed flatbed dryer with reversible air flow, 0.5-5 t per batch, for paddy seed, maize, pepper, chili and shrimp heads; dries evenly and keeps working when unseasonal rain stops sun drying.",
    ),
    (
        "h9o058",
        "en",
        "chili_drying_pa",
        "Post-harvest handling of chilli: sorting, washing and drying",
        "Guidance for small processors: harvest at red stage, winnow and wash, dry quickly to below 10% moisture to avoid "
        "mould, store in sealed bags; mouldy chilli loses half its value.",
    ),
    (
        "h9o059",
        "vi",
        "salinity_vungliem",
        "Đánh giá xâm nhập mặn và khuyến cáo cơ cấu cây trồng cho vùng màu",
        "Khảo sát độ mặn nguồn nước, đất; lập bản đồ và đề xuất cây trồng, lịch thời vụ phù hợp cho từng tiểu vùng.",
    ),
    (
        "h9o060",
        "en",
        "peanut_tv_sand",
        "Peanut–rice rotation package for sandy upland fields",
        "Crop calendar of two peanut crops and one rice crop a year on sandy ridges, with high-yield peanut varieties, lime "
        "and phosphate application and harvest timing.",
    ),
    # --- medicinal herbs, extracts ------------------------------------------------------------------------------
    (
        "h9o061",
        "en",
        "herb_spraydry_rosemary",
        "Spray-dried powder from herbal extracts",
        "Extraction, concentration and spray drying of herbal extracts with maltodextrin carrier, giving a soluble, shelf-stable powder for instant teas and functional food ingredients.",
    ),
    (
        "h9o062",
        "en",
        "herb_teabag_reishi",
        "Herbal tea bag production line",
        "Drying at 60 °C, grinding to 0.5-1 mm, blending with licorice or stevia and filling filter bags; microbiological "
        "limits checked against the national standard for herbal tea bags.",
    ),
    (
        "h9o063",
        "vi",
        "herb_teabag_dinhlang",
        "Bột lá đinh lăng làm nguyên liệu trà túi lọc",
        "Quy trình chần, sấy và nghiền lá đinh lăng giữ màu xanh, hương thơm và hoạt chất saponin, làm nguyên liệu cho trà túi "
        "lọc.",
    ),
    (
        "h9o064",
        "en",
        "herb_bath_sapa",
        "Herbal bath and wellness products from local medicinal plants",
        "Formulation and production of herbal bath concentrates, soaking powders and steam packs from dried medicinal "
        "plants, with quality control of raw herbs.",
    ),
    (
        "h9o065",
        "vi",
        "dinhlang_organic",
        "Quy trình trồng đinh lăng làm thuốc theo hướng hữu cơ",
        "Chọn giống đinh lăng lá nhỏ, trồng theo hướng GACP-WHO, bón phân hữu cơ, thu hoạch rễ sau 3 năm, sơ chế thái lát và "
        "sấy đạt tiêu chuẩn dược liệu.",
    ),
    (
        "h9o066",
        "en",
        "lemongrass_farmtech",
        "Small steam distillation unit for lemongrass essential oil",
        "Stainless steam distillation unit of 200-500 kg herb per batch for lemongrass, basil and other aromatic herbs, "
        "with separator and guidance on harvest stage to maximise oil yield.",
    ),
    (
        "h9o067",
        "vi",
        "dinhlang_ocop_ag",
        "Phát triển sản phẩm trà và rượu đinh lăng đạt OCOP",
        "Tư vấn công thức trà đinh lăng sao khô, rượu ngâm, đóng gói và hồ sơ OCOP cho hộ trồng dược liệu quy mô nhỏ.",
    ),
    # --- salt ---------------------------------------------------------------------------------------------------
    (
        "h9o068",
        "vi",
        "salt_tv_tarp",
        "Sản xuất muối sạch kết tinh trên nền bạt",
        "Trải bạt nhựa HDPE trên ô kết tinh để hạt muối trắng, sạch, không lẫn bùn đất; hướng dẫn làm nền, dẫn nước chạt và "
        "cào muối trên bạt.",
    ),
    (
        "h9o069",
        "vi",
        "salt_baclieu_1tg",
        "Dây chuyền rửa, sấy và trộn i-ốt muối cho hợp tác xã diêm nghiệp",
        "Dây chuyền nhỏ rửa muối thô, ly tâm, sấy khô, trộn i-ốt và đóng gói muối ăn; nâng giá bán của muối đen, muối xám làm trên nền đất.",
    ),
    (
        "h9o070",
        "vi",
        "salt_baclieu_tepbac",
        "Nhà che mưa di động cho ruộng muối",
        "Mái che bằng khung thép và màng nhựa kéo ra khi có mưa trái mùa để bảo vệ ô kết tinh, giảm mất trắng muối đầu vụ.",
    ),
    (
        "h9o071",
        "en",
        "salt_baclieu_1tg",
        "Value-added salt products: chili salt, herbal and spa salt",
        "Recipes, drying and packaging for flavoured salts (chili-lime salt, shrimp salt) and bath salts from local sea "
        "salt, aimed at tourists and OCOP.",
    ),
    # --- fishing boats, fish sauce, cold chain, ice ----------------------------------------------------------------
    (
        "h9o072",
        "vi",
        "boat_pu_tepbac",
        "Cải hoán hầm bảo quản hải sản bằng PU lót inox cho tàu cá",
        "Phun xốp PU cách nhiệt và lót inox hầm tàu gỗ, giữ đá lâu gấp đôi, hiệu suất dùng đá trên 90%, giảm số cây đá mang "
        "theo mỗi chuyến biển.",
    ),
    (
        "h9o073",
        "en",
        "boat_fridge_danang",
        "Supplementary refrigeration system for offshore fishing vessels",
        "Design and installation of a small refrigeration unit driven by the vessel engine to cool the fish hold, so ice "
        "lasts longer on trips of 20-30 days.",
    ),
    (
        "h9o074",
        "en",
        "ice_slurry_fistenet",
        "Slurry (liquid) ice made from seawater on board",
        "Slurry ice machine that makes fine ice-seawater mixture at -2 to -4 °C on the boat; chills fish quickly without "
        "bruising and keeps catch fresh for 25-30 days.",
    ),
    (
        "h9o075",
        "vi",
        "ice_seawater_flake",
        "Máy làm đá vảy từ nước biển lắp trên tàu",
        "Máy đá vảy chế tạo trong nước, chịu ăn mòn, làm đá từ nước biển ngay trên tàu trong 1-2 phút, giảm chi phí chở đá "
        "từ bờ.",
    ),
    (
        "h9o076",
        "en",
        "fishsauce_histamine",
        "Histamine control in traditional fish sauce",
        "HACCP-based guidance for fish sauce makers: keep anchovy cold from landing, salt within hours, correct fish-to-salt "
        "ratio, hygiene of vats; prevents histamine from exceeding market limits.",
    ),
    (
        "h9o077",
        "en",
        "fishsauce_test",
        "Laboratory testing of fish sauce for histamine, nitrogen and microbes",
        "Accredited lab analysing fish sauce and fermented fish pastes for histamine, total and amino nitrogen and microbiology, with reports usable for product self-declaration.",
    ),
    (
        "h9o078",
        "vi",
        "fishsauce_anchovy",
        "Rút ngắn thời gian ủ chượp nước mắm",
        "Bổ sung enzyme protease và kiểm soát nhiệt độ thùng ủ để chượp chín nhanh hơn mà vẫn giữ hương vị, tăng độ đạm.",
    ),
    (
        "h9o079",
        "en",
        "energy_seafood_ifc",
        "Energy saving in seafood cold stores and ice plants",
        "Audit and retrofit of refrigeration in seafood processing: insulation repair, door curtains, defrost control, "
        "condenser cleaning and heat recovery; typical savings 15-25% of electricity.",
    ),
    (
        "h9o080",
        "vi",
        "energy_seafood_ifc",
        "Cải tạo xưởng đá cây tiết kiệm điện",
        "Thay máy nén hiệu suất cao, cách nhiệt lại bể nước muối, thu hồi nhiệt ngưng tụ cho xưởng sản xuất nước đá cây cung "
        "cấp cho ghe cá và vựa hải sản.",
    ),
    (
        "h9o081",
        "en",
        "coldstore_antara",
        "Shared cold storage and chilled logistics for aquaculture producers",
        "Public refrigerated warehouse space and chilled truck service for small fish and shrimp producers, with tracking "
        "of lots and temperature records.",
    ),
    (
        "h9o082",
        "vi",
        "boat_methods_vietrv",
        "Ướp muối kết hợp đá bảo quản cá trên tàu nhỏ",
        "Hướng dẫn tỷ lệ đá xay, muối và cách xếp lớp cá trong hầm tàu nhỏ đi biển ngắn ngày để giảm cá ươn, giữ giá bán.",
    ),
    # --- rice noodles, rice paper, traditional foods --------------------------------------------------------------
    (
        "h9o083",
        "en",
        "noodle_unhygienic",
        "Shelf-life extension of fresh rice noodles without borax",
        "Hygienic production of fresh rice noodles (bún, hủ tiếu): clean water, steaming, mild acidification and "
        "pasteurisation in sealed packs; keeps 5-7 days chilled without banned preservatives.",
    ),
    (
        "h9o084",
        "vi",
        "noodle_mekong_blog",
        "Máy sấy hủ tiếu, bánh phở khô thay phơi nắng",
        "Buồng sấy khí nóng dùng trấu hoặc gas cho tấm bánh và sợi hủ tiếu, chủ động khi mưa, sợi khô đều, không bụi bẩn.",
    ),
    (
        "h9o085",
        "vi",
        "ricepaper_cantho",
        "Máy tráng bánh tráng tự động dùng lò hơi đốt trấu",
        "Máy tráng bánh tráng liên tục, bánh chín bằng hơi nước từ lò đốt trấu, sấy tuy-nen, công suất vài nghìn bánh/giờ, "
        "giảm công tráng tay.",
    ),
    (
        "h9o086",
        "vi",
        "ricepaper_process",
        "Chuẩn hóa quy trình làm bánh tráng: bột, hấp và phơi sấy",
        "Quy trình chuẩn từ chọn gạo, ngâm, xay, độ dày lớp bột, thời gian hấp đến giàn phơi và độ ẩm mục tiêu để bánh không nứt, không mốc khi bảo quản.",
    ),
    (
        "h9o087",
        "vi",
        "banhtet_dansinh",
        "Kéo dài hạn dùng bánh tét bằng hút chân không và thanh trùng",
        "Quy trình hút chân không và thanh trùng lại bánh tét sau khi nấu, bảo quản lạnh được 20-30 ngày, đủ điều kiện gửi đi "
        "xa và bán trên sàn thương mại điện tử.",
    ),
    (
        "h9o088",
        "en",
        "banhtet_ocop",
        "Retort sterilisation of traditional rice cakes and ready meals",
        "Retort pouch or can sterilisation for sticky rice cakes, braised meat and other traditional dishes, giving months "
        "of shelf life at room temperature.",
    ),
    (
        "h9o089",
        "vi",
        "noodle_ocop_dried",
        "Quy trình sản xuất bún khô đạt tiêu chuẩn OCOP",
        "Chọn gạo, ngâm, xay, ép sợi, ủ và phơi trong nhà có mái che; đầu tư máy xay, máy ép và xây dựng nhãn mác để đạt OCOP "
        "3 sao.",
    ),
    # --- coconut confectionery and coconut ------------------------------------------------------------------------
    (
        "h9o090",
        "en",
        "candy_vn24h",
        "Moisture-barrier packaging for coconut candy",
        "Selection of high-barrier films, inner wrappers and desiccant sachets so coconut candy does not absorb moisture, "
        "soften or stick to the wrapper in humid weather and export shipments.",
    ),
    (
        "h9o091",
        "vi",
        "candy_dongkhoi",
        "Bánh dừa nướng và bánh phồng sữa: công thức và lò nướng",
        "Chuyển giao công thức bánh dừa nướng, bánh phồng sữa, lò nướng băng tải và máy đóng gói cho cơ sở bánh kẹo.",
    ),
    (
        "h9o092",
        "vi",
        "coco_pest_dost",
        "Thả ong ký sinh quản lý sâu đầu đen hại dừa",
        "Nhân nuôi và phóng thả ong ký sinh Bracon hebetor, Goniozus theo mật số và chu kỳ phù hợp để khống chế sâu đầu đen "
        "làm cháy lá dừa, không phải phun thuốc trên cây cao.",
    ),
    (
        "h9o093",
        "en",
        "coco_rhino_ancotnam",
        "Pheromone traps for coconut rhinoceros beetle",
        "Aggregation pheromone traps and sanitation of breeding sites (rotting trunks, manure heaps) to control rhinoceros "
        "beetles that bore into coconut crowns and open the way for red palm weevil.",
    ),
    (
        "h9o094",
        "vi",
        "coco_pest_dost",
        "Treo tinh dầu sả xua đuổi sâu đục trái dừa",
        "Biện pháp lý học và sinh học: treo chai tinh dầu sả trên buồng dừa, vệ sinh buồng, thu gom trái bị đục để giảm sâu "
        "đục trái Tirathaba.",
    ),
    (
        "h9o095",
        "en",
        "coco_wood_ninebegin",
        "Coconut wood and shell handicraft processing",
        "Treatment of old coconut trunks (soaking against borers), sawing and turning into bowls, cutlery and tea sets; "
        "shell polishing and inlay techniques for souvenirs.",
    ),
    # --- handicrafts ---------------------------------------------------------------------------------------------
    (
        "h9o096",
        "en",
        "hyacinth_mekongtravel",
        "Anti-mould treatment and drying standard for water hyacinth products",
        "Drying raw stems to the right moisture, kiln finishing of woven baskets, approved anti-mould treatment and "
        "packaging with silica gel so water hyacinth goods arrive mould-free after sea shipment.",
    ),
    (
        "h9o097",
        "vi",
        "hyacinth_safimex",
        "Lò sấy lục bình nguyên liệu dùng năng lượng mặt trời kết hợp đốt trấu",
        "Nhà sấy cho cọng lục bình khi mùa mưa không phơi được, cọng khô vàng đều, không thối nhũn, cung cấp ổn định cho hộ "
        "đan.",
    ),
    (
        "h9o098",
        "vi",
        "mat_villages",
        "Máy dệt chiếu bán tự động cho làng nghề",
        "Máy dệt chiếu chạy điện dùng sợi lác, tra hoặc cói, dệt nhanh gấp nhiều lần khung tay, thay được hoa văn, phù hợp hộ "
        "làng nghề chiếu.",
    ),
    (
        "h9o099",
        "en",
        "mat_dye_binhdinh",
        "Colour-fast dyeing of sedge fibre for mats and handicrafts",
        "Dyeing process for sedge and rush with low-toxicity dyes and fixing agents so colours do not bleed or fade; "
        "treatment of dye-bath wastewater.",
    ),
    (
        "h9o100",
        "vi",
        "mat_mold_blog",
        "Xử lý chống mốc và bảo quản chiếu, sản phẩm cói",
        "Quy trình phơi, sấy, xử lý chế phẩm chống nấm mốc và đóng gói kín cho chiếu cói, giỏ cói trong mùa ẩm.",
    ),
    (
        "h9o101",
        "en",
        "coco_craft_dongkhoi",
        "Product design for coconut-leaf and coconut-fibre crafts",
        "Design support and training for weavers of coconut leaves, ribs and coir: lamps, baskets, bags and mats adapted to "
        "export buyers' sizes and trends.",
    ),
    (
        "h9o102",
        "vi",
        "coco_craft_langnghe",
        "Đào tạo nghề làm hàng mỹ nghệ từ gáo dừa, cọng dừa",
        "Lớp dạy nghề cắt ghép gáo dừa, đan giỏ bằng cọng dừa, làm đèn từ chà dừa cho lao động nông thôn.",
    ),
    # --- food safety, certification, packaging ---------------------------------------------------------------------
    (
        "h9o103",
        "vi",
        "vietgap_cost",
        "Tư vấn và chứng nhận VietGAP cho hợp tác xã",
        "Đào tạo ghi chép nhật ký, đánh giá nội bộ, chuẩn bị hồ sơ và chứng nhận VietGAP trồng trọt, chăn nuôi, thủy sản; "
        "tính chi phí theo nhóm hộ để giảm chi phí mỗi hộ.",
    ),
    (
        "h9o104",
        "en",
        "haccp_vsattp",
        "HACCP plan for small food processing facilities",
        "Consultancy to build a HACCP plan: hazard analysis, critical control points, monitoring records and GMP/SSOP "
        "prerequisites, ready for certification audit.",
    ),
    (
        "h9o105",
        "vi",
        "pack_ocop_criteria",
        "Thiết kế bao bì, nhãn mác đạt tiêu chí OCOP",
        "Thiết kế nhãn đúng quy định ghi nhãn (thành phần, hạn dùng, mã vạch, QR), nhận diện thương hiệu và câu chuyện sản "
        "phẩm để nâng điểm OCOP.",
    ),
    (
        "h9o106",
        "en",
        "pack_camau",
        "Vacuum and tray-sealing machines for small food producers",
        "Tabletop vacuum packers and modified-atmosphere tray sealers for dried seafood, sausages and cakes; lengthen shelf "
        "life and improve presentation in supermarkets.",
    ),
    (
        "h9o107",
        "en",
        "fishsauce_test",
        "Shelf-life and nutrition-facts testing for product self-declaration",
        "Accredited laboratory tests (microbiology, nutrients, accelerated shelf life) and help with the self-declaration "
        "dossier for new packaged foods.",
    ),
    (
        "h9o108",
        "vi",
        "vietgap_cost",
        "Bộ test nhanh dư lượng thuốc bảo vệ thực vật trên rau",
        "Bộ kit thử nhanh nhóm lân hữu cơ và carbamate trên rau, quả, kết quả trong 30 phút, dùng cho HTX và bếp ăn tập thể.",
    ),
    # --- energy efficiency, solar, wind --------------------------------------------------------------------------
    (
        "h9o109",
        "en",
        "energy_audit_vneec",
        "Walk-through energy audit for small factories",
        "Measurement of electricity and fuel use by equipment, identification of waste (oversized motors, leaking steam, "
        "poor insulation) and a list of savings measures with payback.",
    ),
    (
        "h9o110",
        "vi",
        "energy_audit_vets",
        "Lắp biến tần cho bơm, quạt và thu hồi nhiệt lò hơi",
        "Giải pháp tiết kiệm năng lượng: biến tần cho động cơ bơm, quạt chạy non tải, bảo ôn đường hơi, thu hồi nước ngưng và "
        "nhiệt khói lò hơi.",
    ),
    (
        "h9o111",
        "en",
        "solar_datagroup",
        "Rooftop solar for self-consumption in factories with zero-export control",
        "Design, permits and installation of rooftop PV sized to the factory's daytime load, with a zero-export device so "
        "no power flows back to the grid.",
    ),
    (
        "h9o112",
        "vi",
        "solar_greenin",
        "Điện mặt trời mái nhà chống ăn mòn cho trang trại ven biển",
        "Hệ thống điện mặt trời tự sản tự tiêu dưới 100 kWp cho hộ kinh doanh, trại chăn nuôi, ao tôm vùng ven biển, dùng tấm "
        "pin chống ăn mòn muối và hơi amoniac.",
    ),
    (
        "h9o113",
        "en",
        "solar_lotus",
        "Roof-lease solar model: no upfront investment",
        "Developer rents the roof of a factory or warehouse for 20-25 years, installs and operates the PV system; the owner "
        "gets rental income or discounted power without capital outlay.",
    ),
    (
        "h9o114",
        "vi",
        "solar_greenin",
        "Bơm nước năng lượng mặt trời cho tưới rau màu",
        "Bơm chìm, bơm mặt dùng pin mặt trời không cần lưới điện, bơm nước giếng lên bồn cho tưới nhỏ giọt vùng giồng cát.",
    ),
    (
        "h9o115",
        "vi",
        "wind_tv_plan",
        "Trụ điện gió nhỏ kết hợp pin mặt trời cho ao nuôi ven biển",
        "Tua-bin gió cỡ nhỏ kết hợp tấm pin mặt trời và ắc quy cấp điện cho quạt nước, đèn ở ao nuôi xa lưới điện, điện yếu.",
    ),
    # --- wastewater ---------------------------------------------------------------------------------------------
    (
        "h9o116",
        "vi",
        "slaughter_abr_ctu",
        "Bể kỵ khí vách ngăn (ABR) xử lý nước thải lò giết mổ",
        "Bể kỵ khí có vách ngăn và giá thể ngập nước xử lý nước thải giàu máu, mỡ của lò mổ tập trung, giảm mạnh COD, chi phí "
        "vận hành thấp.",
    ),
    (
        "h9o117",
        "en",
        "slaughter_biogas_hn",
        "Anaerobic digestion of slaughterhouse waste with biogas recovery",
        "Digesters with selected bacteria for blood, rumen content and wastewater from slaughterhouses; biogas used for "
        "scalding water and cooking.",
    ),
    (
        "h9o118",
        "vi",
        "slaughter_greenstar",
        "Hệ thống xử lý nước thải giết mổ đạt quy chuẩn xả thải",
        "Tách rác, bể tách mỡ, tuyển nổi, xử lý sinh học thiếu – hiếu khí và khử trùng; thiết kế trọn gói cho cơ sở giết mổ "
        "gia súc, gia cầm.",
    ),
    (
        "h9o119",
        "en",
        "wetland_pig",
        "Constructed wetland polishing of livestock effluent after biogas",
        "Planted gravel beds and aquatic plant ponds that remove nitrogen, phosphorus and remaining organic matter from "
        "biogas effluent before discharge to canals.",
    ),
    # --- drinking water -----------------------------------------------------------------------------------------
    (
        "h9o120",
        "en",
        "school_water_camau",
        "Reverse-osmosis drinking water units for rural schools",
        "RO systems with sand and activated-carbon pre-filters for schools where well water is brackish, giving free safe "
        "drinking water at taps for pupils.",
    ),
    (
        "h9o121",
        "en",
        "school_water_khanhhoa",
        "High-capacity 250 L/h water filter systems for schools",
        "Installation of large filter units with classroom water containers, plus training for teachers and staff on operation and cartridge replacement.",
    ),
    (
        "h9o122",
        "en",
        "water_jar_alum",
        "Household treatment of canal water with alum or PAC and chlorine",
        "Simple dosing of alum or poly-aluminium chloride in storage jars followed by hypochlorite, reducing E. coli to safe "
        "levels where no piped water exists.",
    ),
    (
        "h9o123",
        "en",
        "water_piped_mekong",
        "Water-quality monitoring for rural piped-water stations",
        "Sampling and analysis of turbidity, chloride, ammonium, iron and bacteria at the station and at household taps, with advice on upgrading settling and filtration tanks.",
    ),
    # --- coastal protection -------------------------------------------------------------------------------------
    (
        "h9o124",
        "vi",
        "coast_softbag",
        "Kè mềm bằng bao sinh thái chống sạt lở bờ sông, bờ biển",
        "Bao địa kỹ thuật sinh thái xếp thành kè mềm, cho cỏ và cây mọc xuyên qua, thi công nhanh bằng vật liệu tại chỗ, chi "
        "phí thấp hơn kè bê tông.",
    ),
    (
        "h9o125",
        "en",
        "coast_mekong_review",
        "Bamboo and melaleuca fences to break waves and trap mud",
        "Permeable fences of bamboo or melaleuca poles set in front of eroding shorelines to reduce wave energy, trap "
        "sediment and let mangroves re-establish behind them.",
    ),
    (
        "h9o126",
        "vi",
        "coast_tv_overall",
        "Mô hình hóa bồi xói bờ biển bằng MIKE 21",
        "Khảo sát địa hình, sóng, dòng chảy và mô phỏng vận chuyển bùn cát để lựa chọn giải pháp công trình chỉnh trị bờ biển "
        "tổng thể.",
    ),
    (
        "h9o127",
        "en",
        "coast_mangrove_west",
        "Mangrove restoration on eroding mudflats",
        "Site assessment, raising of bed levels, planting of Avicennia and Rhizophora with protective fences and community "
        "care to restore coastal mangrove belts.",
    ),
    # --- IoT, software, e-commerce, traceability ----------------------------------------------------------------
    (
        "h9o128",
        "vi",
        "trace_vnbusiness",
        "Tem QR truy xuất nguồn gốc cho sản phẩm hợp tác xã",
        "Cấp mã QR cho từng lô hàng, người mua quét bằng điện thoại để xem vùng trồng, quy trình, ngày thu hoạch và chứng nhận.",
    ),
    (
        "h9o129",
        "en",
        "trace_laodong",
        "Traceability platform linked to an electronic farm diary",
        "Web and mobile system where farmers log inputs and operations; each batch gets a QR label showing its history to "
        "retailers and consumers.",
    ),
    (
        "h9o130",
        "vi",
        "ecoop_nhandan",
        "Phần mềm kế toán, hóa đơn điện tử cho hợp tác xã và hộ kinh doanh",
        "Phần mềm kế toán theo chế độ HTX, xuất hóa đơn điện tử, quản lý công nợ thành viên và báo cáo thuế, chạy trên nền "
        "web.",
    ),
    (
        "h9o131",
        "en",
        "ecom_coop_baoquocte",
        "E-commerce onboarding and livestream selling for co-operatives",
        "Training and hands-on support to open shops on Shopee, Lazada and TikTok Shop, photograph products, run "
        "livestreams and connect with delivery and payment services.",
    ),
    (
        "h9o132",
        "vi",
        "boat_pu_2lua",
        "Tủ điều khiển máy bơm, quạt khí từ xa qua mạng LoRa",
        "Tủ điều khiển không dây tầm xa, bật tắt máy bơm, quạt nước ao nuôi bằng điện thoại, báo mất điện, hẹn giờ.",
    ),
    (
        "h9o133",
        "en",
        "salinity_vungliem",
        "Salinity early-warning messages for farmers",
        "Network of salinity sensors on canals with SMS and Zalo alerts telling farmers when water is safe to pump for "
        "crops or ponds.",
    ),
    (
        "h9o134",
        "vi",
        "ecoop_nhandan",
        "Phần mềm quản lý bán hàng và tồn kho cho cơ sở sản xuất nhỏ",
        "Quản lý đơn hàng, kho nguyên liệu, thành phẩm, công nợ đại lý trên điện thoại; kết nối máy in mã vạch.",
    ),
    (
        "h9o135",
        "en",
        "pack_ocop_mic",
        "Brand and product storytelling for OCOP and craft-village products",
        "Workshops on brand identity, product story, photography and packaging redesign so local specialties can enter "
        "supermarkets and online channels.",
    ),
    # --- shrimp, fruit, rice extra ------------------------------------------------------------------------------
    (
        "h9o136",
        "en",
        "shrimp_wfs_vietlinh",
        "White feces syndrome management in shrimp ponds",
        "Pond preparation, feed hygiene, digestive probiotics and control of gregarines and Vibrio to prevent white "
        "feces syndrome in whiteleg and tiger shrimp between 40 and 90 days of culture.",
    ),
    (
        "h9o137",
        "en",
        "shrimp_offseason_vn",
        "PCR testing of post-larvae and pond shrimp for EHP and white spot",
        "Same-day PCR testing of shrimp seed and pond samples for Enterocytozoon hepatopenaei (EHP), white spot virus and AHPND before stocking and during culture.",
    ),
    (
        "h9o138",
        "en",
        "shrimp_ehp_adisseo",
        "Functional feed additive against EHP and white feces",
        "Feed additive that supports the shrimp gut and hepatopancreas to limit the impact of Enterocytozoon hepatopenaei "
        "and Vibrio co-infection: less size variation and better FCR.",
    ),
    (
        "h9o139",
        "vi",
        "pomelo_binhphuoc",
        "Bao trái bưởi da xanh phòng sâu đục trái",
        "Hướng dẫn bao trái bằng túi chuyên dụng từ khi trái to bằng nắm tay, kết hợp vệ sinh vườn và bẫy bướm để giảm sâu "
        "đục trái, trái đẹp, ít thuốc.",
    ),
    (
        "h9o140",
        "en",
        "pomelo_levien",
        "VietGAP pomelo orchard establishment package",
        "Orchard design with raised beds, drainage ditches and windbreaks, planting density, irrigation salinity limits "
        "(below 2 g/l) and records for VietGAP or GlobalGAP.",
    ),
    # --- more offers across topics (near misses and extra answers) ------------------------------------------------
    (
        "h9o141",
        "vi",
        "crab_sggp",
        "Nuôi vỗ béo cua gạch xuất khẩu",
        "Kỹ thuật chọn cua cái sắp có gạch, nuôi trong ô lưới hoặc hộp, cho ăn cá tạp, ốc để cua đầy gạch trong 15-25 ngày, "
        "bán giá cao cho thương lái xuất khẩu.",
    ),
    (
        "h9o142",
        "en",
        "crab_namnam",
        "Market linkage for live crabs: grading and cold-chain collection points",
        "Collection points where crabs are graded by size and fullness, kept in cool rooms and shipped to wholesale markets; "
        "helps farmers get better prices than selling to passing traders.",
    ),
    (
        "h9o143",
        "vi",
        "clam_bentre_die",
        "Quy hoạch, san thưa bãi nuôi nghêu theo mùa",
        "Tư vấn lịch thả giống, mật độ và san thưa nghêu trước mùa mưa và mùa nắng nóng, tránh nghêu chết do sốc độ mặn, nhiệt.",
    ),
    (
        "h9o144",
        "en",
        "oyster_bentre_die",
        "Oyster mortality investigation and grow-out calendar",
        "Survey of water quality and pathogens when oysters die en masse, and an adjusted stocking and harvest calendar that "
        "avoids the high-salinity, hot months.",
    ),
    (
        "h9o145",
        "vi",
        "beef_fattening",
        "Tẩy ký sinh trùng và bổ sung khoáng cho bò trước vỗ béo",
        "Gói thuốc tẩy giun sán, ve và đá liếm khoáng – vitamin cho bò gầy trước khi vào vỗ béo, giúp bò hấp thu thức ăn tốt.",
    ),
    (
        "h9o146",
        "en",
        "goat_ninhthuan",
        "Boer and crossbred goat breeding stock",
        "Supply of Boer bucks and crossbred does with records, and a mating plan to improve growth and carcass of local "
        "goats.",
    ),
    (
        "h9o147",
        "vi",
        "peanut_vinhlong",
        "Quy trình canh tác đậu phộng trên đất cát cho năng suất cao",
        "Khuyến cáo mật độ gieo, bón vôi, lân, kali, tưới và thời điểm nhổ; giúp đậu phộng trên đất cát đạt 45-50 giạ/công.",
    ),
    (
        "h9o148",
        "en",
        "peanut_agro",
        "Contract buying and drying of fresh peanut pods",
        "Buyer that contracts peanut growers before the season, collects fresh pods at the field and dries them in "
        "mechanical dryers for kernel processing and export.",
    ),
    (
        "h9o149",
        "vi",
        "chili_die_dongthap",
        "Chẩn đoán nguyên nhân ớt chết héo hàng loạt",
        "Lấy mẫu cây, đất gửi phòng thí nghiệm xác định nấm, vi khuẩn, tuyến trùng gây héo ớt; tư vấn biện pháp xử lý đất và "
        "luân canh.",
    ),
    (
        "h9o150",
        "en",
        "chili_vaas",
        "Rainy-season crop weather bulletins for vegetable growers",
        "Agro-weather advisory service warning growers of chili, melons and vegetables about disease-favourable weather "
        "(prolonged rain, fog) so they can time protective sprays.",
    ),
    (
        "h9o151",
        "vi",
        "herb_teabag_reishi",
        "Máy đóng gói trà túi lọc tự động",
        "Máy định lượng và đóng gói trà túi lọc có dây và nhãn, công suất 30-60 túi/phút, phù hợp cơ sở trà thảo mộc, trà "
        "dược liệu.",
    ),
    (
        "h9o152",
        "en",
        "fishsauce_anchovy",
        "Fish sauce filtration and bottling line",
        "Multi-stage filtration, settling and bottling equipment for fish sauce producers, with sterilised glass or PET "
        "bottles and capping.",
    ),
    (
        "h9o153",
        "vi",
        "boat_fridge_danang",
        "Lắp máy lạnh bảo quản cá cho ghe lưới ven bờ",
        "Cụm máy lạnh nhỏ gọn chạy bằng động cơ ghe, làm lạnh hầm cá cho ghe đánh bắt ven bờ đi 3-7 ngày.",
    ),
    (
        "h9o154",
        "en",
        "banhtet_vnplus",
        "Banana-leaf wrapping and steaming line for sticky rice cakes",
        "Semi-mechanised line for soaking and mixing glutinous rice, filling and wrapping cakes, and steam cooking in "
        "batch cookers heated by biomass boilers.",
    ),
    (
        "h9o155",
        "vi",
        "hyacinth_vnplus",
        "Đào tạo đan lục bình cho lao động nông thôn",
        "Lớp đan giỏ, thảm, túi xách từ lục bình, kèm đầu mối bao tiêu sản phẩm xuất khẩu cho học viên.",
    ),
    (
        "h9o156",
        "vi",
        "vietgap_cost",
        "Xây dựng nhóm chứng nhận có sự tham gia (PGS) cho rau hữu cơ",
        "Hướng dẫn thành lập nhóm PGS chi phí thấp: các hộ kiểm tra chéo, ghi chép sản xuất, dùng chung nhãn để bán cho cửa hàng thực phẩm sạch địa phương.",
    ),
    (
        "h9o157",
        "vi",
        "solar_netzero",
        "Tư vấn đầu tư điện mặt trời mái nhà tự dùng cho doanh nghiệp",
        "Khảo sát phụ tải, mái nhà, tính thời gian hoàn vốn và thủ tục thông báo lắp đặt điện mặt trời tự sản tự tiêu cho nhà "
        "xưởng nhỏ.",
    ),
    (
        "h9o158",
        "en",
        "wind_v12",
        "Intertidal wind-farm construction and marine works services",
        "Pile driving, turbine foundation and cable laying for nearshore wind farms on intertidal flats.",
    ),
    (
        "h9o159",
        "en",
        "water_jar_alum",
        "Household rainwater tanks with first-flush filters for saline areas",
        "Rainwater storage tanks with gutters, first-flush diverter and cleaning guidance so coastal households have drinking water through the dry season.",
    ),
    (
        "h9o160",
        "en",
        "ecom_mic",
        "Provincial online marketplace listing for agricultural products",
        "Listing local farm products on a provincial e-commerce portal with product pages and contact of sellers.",
    ),
    (
        "h9o161",
        "vi",
        "noodle_ww_quangtien",
        "Xử lý nước thải làng nghề bún, bánh tráng giàu tinh bột",
        "Bể lắng, bể kỵ khí và xử lý sinh học hiếu khí cho nước thải ngâm gạo, rửa bún, tráng bánh; giảm mùi chua hôi và ô nhiễm kênh rạch, thiết kế theo công suất từng cơ sở.",
    ),
    (
        "h9o162",
        "en",
        "coco_pest_dost",
        "Biological control agents for coconut black-headed caterpillar",
        "Mass rearing and release of parasitoid wasps against Opisina arenosella, the caterpillar that scorches coconut "
        "fronds, with release rates and monitoring.",
    ),
    (
        "h9o163",
        "vi",
        "cockle_farmtech",
        "Ương nghêu giống trong ao đất từ nghêu cám",
        "Quy trình ương nghêu cám thành nghêu giống trong ao đất có nền cát bùn, mật độ, thay nước và thu giống để thả bãi.",
    ),
    (
        "h9o164",
        "vi",
        "shrimp_offseason_vn",
        "Nuôi tôm thẻ chân trắng hai giai đoạn trong ao lót bạt",
        "Thiết kế ao ương và ao nuôi lót bạt, nuôi tôm thẻ hai giai đoạn, xiphông đáy, kiểm soát môi trường để nuôi được cả "
        "vụ nghịch mùa.",
    ),
    (
        "h9o165",
        "vi",
        "boat_pu_2lua",
        "Máy cho tôm ăn tự động hẹn giờ",
        "Máy rải thức ăn tự động theo lịch cho ao tôm, cá, chỉnh lượng thức ăn mỗi cữ, giảm công và thức ăn dư.",
    ),
    (
        "h9o166",
        "vi",
        "pack_camau",
        "Nhà sấy cá khô, khô mực bằng năng lượng mặt trời",
        "Nhà sấy mái nhựa polycarbonate có quạt hút ẩm cho khô cá, khô mực, tôm khô, tránh ruồi nhặng và bụi, sản phẩm khô "
        "nhanh hơn phơi giàn ngoài trời.",
    ),
    (
        "h9o167",
        "vi",
        "maize_stover_silage",
        "Máy băm cỏ, thân bắp đa năng cho trại bò",
        "Máy băm thân bắp, cỏ voi, rơm với công suất 1-3 tấn/giờ, chỉnh độ dài lát băm để ủ chua hoặc cho bò ăn trực tiếp.",
    ),
    (
        "h9o168",
        "vi",
        "cattle_fmd_essay",
        "Tiêm phòng lở mồm long móng định kỳ cho bò, dê",
        "Cung ứng vắc xin lở mồm long móng đa giá, lập lịch tiêm nhắc 6 tháng/lần cho đàn bò, dê và hướng dẫn sát trùng "
        "chuồng khi có ổ dịch.",
    ),
    (
        "h9o169",
        "vi",
        "ecom_coop_baoquocte",
        "Dịch vụ chụp ảnh, quay video và livestream bán nông sản",
        "Nhóm khởi nghiệp nhận chụp ảnh sản phẩm, dựng video ngắn và livestream trên Facebook, TikTok cho HTX, cơ sở OCOP.",
    ),
    (
        "h9o170",
        "vi",
        "ricepaper_cantho",
        "Máy sấy bánh tráng, bánh phồng bằng bơm nhiệt",
        "Buồng sấy bơm nhiệt nhiệt độ thấp cho bánh tráng, bánh phồng, sấy được khi trời mưa, bánh khô đều, giữ màu trắng, "
        "không bị mốc.",
    ),
]
