"""Offers for holdout171 (eel, frog and soft-shell turtle farming): (id, language, source key, title, description)."""

OFFERS = [
    # --- rice-field eel grow-out without mud ---
    (
        "oQo001",
        "vi",
        "luon_qsti",
        "Quy trình nuôi lươn đồng không bùn trong bể xi măng hoặc bể lót bạt",
        "Trung tâm chuyển giao quy trình nuôi lươn không bùn: bể hình chữ nhật 6–20 m², cao 0,7–1 m, đáy dốc về cống thoát bằng ống PVC khoan lỗ, "
        "ống cấp nước đặt sát đáy phía đối diện. Bể mới xây phải ngâm và thay nước ít nhất một tuần. Giá thể gồm 3 khung tre chồng nhau chiếm khoảng 1/3 bể, "
        "khung trên cùng đan dây nylon làm sàn ăn; che lưới lan cách nhiệt. Giống cỡ 40–60 con/kg, thu hoạch sau 5–6 tháng.",
    ),
    (
        "oQo002",
        "en",
        "luon_sinhvienduoc",
        "Tarpaulin-lined tank package for mudless rice-field eel culture",
        "We design and stock small mudless eel units: tanks of 4–6 m² or 10–20 m² with walls 0.8–1 m high and 30–40 cm of water, water hyacinth over a third "
        "of the surface for shade and bunches of nylon string as hides. Seed of 30–40 fish per kg is stocked at 1.5–2 kg/m² after a 2–3% salt dip for 5–10 "
        "minutes or 10–15 ppm permanganate. A roof or climbing plants keep light and temperature swings down.",
    ),
    (
        "oQo003",
        "vi",
        "luon_seaneu",
        "Hệ thống nuôi lươn tuần hoàn trong bể composite hoặc bể bạt",
        "Thiết kế trại lươn tuần hoàn gồm 4–8 bể composite hoặc bể bạt cỡ khoảng 6 × 3 × 1 m, có mái tôn che toàn bộ, ống thoát 60–90 mm, đáy nghiêng 5% về cống. "
        "Giá thể là 5–10 chùm dây nylon mỗi bể hoặc khung tre, ống nhựa khi lươn đạt 10–20 g. Nước đạt pH 6,5–8, ôxy trên 2 mg/l, nhiệt độ 25–32 °C; "
        "nước sông được lắng 7–10 ngày trong ao có lục bình trước khi cấp.",
    ),
    (
        "oQo004",
        "vi",
        "luon_xuongbebat",
        "Gia công bể bạt HDPE theo kích thước cho trại nuôi lươn",
        "Xưởng may bể bạt HDPE theo yêu cầu, khung bằng cọc bê tông, sắt hoặc tre, thành bể thẳng đứng chống lươn thoát, đáy đầm chặt và nghiêng về cống. "
        "Kích thước thường dùng dài 3–5 m, rộng 2–3 m, cao 0,8–1 m; tư vấn bố trí dãy bể có lối đi, mái che nắng mưa, "
        "và cải tạo ô chuồng heo cũ thành bể nuôi lươn.",
    ),
    (
        "oQo005",
        "vi",
        "luon_vietnamnet_tv",
        "Chuyển giao mô hình sàn ăn nổi bằng lưới cho bể lươn không bùn",
        "Nông hộ có kinh nghiệm hướng dẫn làm sàn ăn nổi: khung phao bằng ống nước, lót ba lớp lưới và một lớp vỉ nhựa trên mặt nước, thức ăn rải trên lưới để lươn "
        "chui lên ăn. Cách làm này khắc phục tình trạng vỉ gỗ trong bể xi măng khó kiểm soát thức ăn thừa, thức ăn tan làm bẩn nước. "
        "Kèm hướng dẫn thiết kế bể thay nước nhanh để lươn không bị tuột nhớt.",
    ),
    (
        "oQo006",
        "en",
        "eel_catdoll_soilless",
        "Still-water soilless rice-field eel ponds with compound-feed training",
        "Technology package for soilless eel ponds: outdoor ponds of 15–20 m², indoor ones of 6–10 m², walls 40–50 cm outdoors and 20–30 cm indoors built of "
        "single brick with cement rendering and a T-shaped brick lip against escape; plastic-film pools are an alternative. "
        "Covers shallow-water semi-artificial rearing, weaning eels onto compound feed, and pest and disease control.",
    ),
    (
        "oQo007",
        "en",
        "eel_mysheen_cage",
        "Net-cage culture of rice-field eel in existing fish ponds and ditches",
        "Eels are grown in polyethylene net cages 3 m long, 2 m wide and 1.5 m high set in ponds or ditches with more than 1.5 m of water, pH around 7.2. "
        "About 40 cages per mu in ponds and 30 per mu in ditches, 3 m apart, each held by six bamboo piles; the usual pond fish stay in the pond. "
        "Small eels are grown on to large market size without building new ponds.",
    ),
    (
        "oQo008",
        "en",
        "eel_staraq_cage",
        "Deep-water soilless net cages for rice-field eel",
        "Guidelines for open net cages of 12–20 m² with knotless polyethylene mesh of 0.6–1.3 mm, hung 0.5 m into the water and 0.5 m above it, bottoms clear of "
        "the pond floor, spaced 0.8 m apart, cages covering under 40% of the pond. Water pH 6.5–7.5; beneficial microbes are sprinkled regularly. "
        "Fewer diseases, faster growth and easy harvest are claimed.",
    ),
    (
        "oQo009",
        "en",
        "eel_baonghean_en",
        "Building and conditioning eel tanks and tarp-lined ponds",
        "Extension guide to cement, composite or timber tanks 6–8 m long, 2.5–4 m wide and 1.6–2.2 m high with a 10 cm lip. New tanks are soaked twice with "
        "alum at 100 g/m², rubbed with banana leaves and aired for 30 days. The guide keeps a 20–30 cm layer of clay mud disinfected with salt and lime for hides, "
        "and tarp-lined earthen ponds of at least 20 m².",
    ),
    (
        "oQo010",
        "vi",
        "luon_vl_khuyennong",
        "Mô hình nuôi lươn thương phẩm không bùn theo hướng an toàn thực phẩm",
        "Trung tâm khuyến nông hỗ trợ điểm trình diễn: mỗi điểm 2.000 con lươn giống sinh sản bán nhân tạo cỡ 12–15 cm (200–300 con/kg), hướng dẫn kỹ thuật "
        "và ghi nhật ký nuôi để hạch toán và truy xuất nguồn gốc. Tỷ lệ sống trên 70%, sau 12 tháng lươn đạt 150–300 g/con, không dùng kháng sinh; "
        "giá bán bình quân 165.000 đ/kg, vốn 22 triệu đồng, lãi 12–14 triệu đồng mỗi điểm.",
    ),
    (
        "oQo011",
        "en",
        "luon_tepbac_tag",
        "Advisory: switching eel farms from mud ponds to mudless tanks",
        "Explains why mudless tanks beat mud culture, where waste and bacteria build up and tanks are hard to clean: tanks can go on spare land at home, "
        "cement, tarp or composite linings stay smooth, and each tank is managed separately. Standard tank 6–20 m², 0.7–1 m high, lined with tiles that "
        "resist algae, with a ledge of bricks on the wall top to stop escapes.",
    ),
    (
        "oQo012",
        "en",
        "luon_nongnghiep",
        "Coaching for mudless eel grow-out with semi-artificial seed",
        "Experienced eel growers coach new farms: 30 m² of tanks stocked with 4,000 semi-artificial seed produced more than 1 t in 12 months and about "
        "60 million VND profit. Farms that started with muddy tarp tanks moved to cement tanks with glazed tiles on the floor for easy cleaning and water change; "
        "a 250 m² unit runs 8 grow-out tanks and 10 nursery tanks.",
    ),
    (
        "oQo013",
        "en",
        "luon_24h_camau",
        "Design of roofed composite-tank eel farms with wastewater control",
        "A farmer with more than 20 years of mudless eel culture shares the layout of a large composite-tank farm under shade roofs, earning 0.9–1 billion VND "
        "per crop. The offer covers choice of composite tanks, roofing against direct sun, farm scale and day-to-day management, with general advice on "
        "keeping the farm from polluting its surroundings.",
    ),
    (
        "oQo014",
        "en",
        "ras_2lua",
        "Turnkey recirculation systems for high-value species such as eels",
        "Supplier of recirculating aquaculture systems for barramundi, cod, perch and eels: tanks plus solids filtration, biofiltration and water treatment in a "
        "small footprint with little water use. Systems are sized to the tonnage the buyer wants; the supplier provides after-sales husbandry and technical "
        "advice. Costs are high, so only high-value species are recommended.",
    ),
    # --- eel feed ---
    (
        "oQo015",
        "vi",
        "thucan_luon_thatim",
        "Công thức trộn thức ăn cho lươn theo từng giai đoạn nuôi",
        "Tư vấn khẩu phần cho ba giai đoạn: dưới 30 con/kg, tới 200 g/con và trên 200 g/con. Giai đoạn nhỏ dùng 15% cám 40 độ đạm với 80% cá nấu hoặc hấp chín, "
        "5% premix, thêm men tiêu hóa và chất giải độc gan, nhồi kỹ để mồi không tan, đặt trên vỉ sát mặt nước. Cho ăn lúc 5–7 giờ hoặc 17–19 giờ, "
        "sau 2 giờ vớt thức ăn thừa.",
    ),
    (
        "oQo016",
        "vi",
        "thucan_luon_trangtrai",
        "Tự phối chế thức ăn viên cho lươn bằng máy ép đùn nhỏ",
        "Hướng dẫn thay thế khi chưa có thức ăn công nghiệp riêng cho lươn: dùng thức ăn cá da trơn 30–35% đạm, hoặc tự làm viên với 64% cám nhuyễn, 35% bột cá lạt, "
        "1% vitamin ADE, chất kết dính và khoáng, ép bằng máy ép đùn thủ công rồi phơi khô. Kèm thức ăn tươi như giun quế, cá tạp, ốc và nguyên tắc 4 định.",
    ),
    (
        "oQo017",
        "en",
        "thucan_luon_thatim",
        "Stage-based feeding programme for tank-raised rice-field eel",
        "Feed advisory that splits the crop into three stages (below 30 fish/kg, up to 200 g, above 200 g) because intake and growth differ. Small eels get "
        "high-protein moist feed of cooked fish with 40%-protein meal, premix and digestive enzymes, served once a day at dawn or dusk on a tray just touching "
        "the water; uneaten feed is lifted after two hours and kept chilled.",
    ),
    # --- eel seed and artificial breeding ---
    (
        "oQo018",
        "vi",
        "luon_ct_ssnt",
        "Quy trình cho lươn đồng sinh sản nhân tạo bằng kích dục tố",
        "Nhóm nghiên cứu khoa thủy sản một trường đại học đã nuôi vỗ lươn thành thục và kích thích đẻ đồng loạt bằng tiêm các loại kích dục tố; hơn 35% số lươn "
        "được tiêm đã đẻ. Đã ấp trứng và ương thành công hơn 1.000 lươn bột. Sẵn sàng chuyển giao quy trình cho đẻ và hướng nuôi thâm canh từ giống nhân tạo.",
    ),
    (
        "oQo019",
        "en",
        "luon_hcg",
        "Broodstock conditioning of rice-field eel with hCG and artificial rain",
        "University protocol: three months of conditioning with hCG pre-injection and simulated rain raised the gonad index to 3.10% against 0.66–0.79% in the "
        "controls. Pairing one male with one female gave spawning rates of 66.7–100%, far above groups of four or six pairs, and pre-injected eels "
        "spawned after one week instead of two. Eels can spawn several times.",
    ),
    (
        "oQo020",
        "vi",
        "luon_ct_baocao",
        "Kích thích lươn đồng sinh sản bằng HCG, LH-RHa và Suprefact",
        "Kết quả đề tài cấp trường của khoa thủy sản về liều và loại kích dục tố (HCG, LH-RHa, Suprefact) cho lươn đồng Monopterus albus. "
        "Nhận tư vấn chọn hormone, liều tiêm và bố trí bể đẻ cho cơ sở muốn tự sản xuất lươn giống.",
    ),
    (
        "oQo021",
        "en",
        "luon_haiphong",
        "Induced spawning and fry nursing of rice-field eel in mudless cement tanks",
        "Master's research (Nha Trang University) tested measures to stimulate spawning of Monopterus albus and nursed the fry in mudless cement tanks. "
        "Offered as a nursery protocol for hatcheries that want to rear eel fry without mud.",
    ),
    (
        "oQo022",
        "en",
        "luon_vl_chicuc",
        "Technology transfer: semi-artificial seed production and grow-out of rice-field eel",
        "Provincial fisheries project (2011–2013) transferring semi-artificial breeding and grow-out of rice-field eel to small households, so farmers stop "
        "relying on wild seed that is scarce, uneven in size and often caught by electric shock with very low survival. Aim: steady, uniform seed in "
        "the quantities farms need.",
    ),
    (
        "oQo023",
        "vi",
        "luon_ag_giong",
        "Cơ sở sản xuất trứng lươn và lươn hương",
        "Hộ chuyên lươn giống với hơn 10 bồn 6–38 m²: lươn bố mẹ chọn con 50–90 g, sau khoảng 25 ngày nuôi thì đẻ; dỡ ổ lấy trứng rửa sạch, ấp trong bồn sục ôxy "
        "10–12 ngày nở thành lươn bột rồi ương lên lươn hương. Mùa đẻ rộ tháng 3 âm lịch; mỗi 15 ngày bán khoảng 8.000–9.000 trứng hoặc lươn hương.",
    ),
    (
        "oQo024",
        "en",
        "luon_vl_thaybinh",
        "Eel fingerling supply from a broodstock farm with machine incubation",
        "Seed farm in a coconut garden with over 50 tarp tanks of nearly 20 m², water filtration, aerators and a greenhouse. About 7,000 selected broodstock "
        "give eggs that are collected every 12 days, hatched in incubators in about 3 days and reared 2–3 months before sale at a few thousand VND each. "
        "The owner supplies seed and advice to other farmers.",
    ),
    (
        "oQo025",
        "vi",
        "luon_zaidap",
        "Hướng dẫn phương pháp sinh sản nhân tạo con lươn",
        "Tài liệu hướng dẫn cho lươn sinh sản nhân tạo theo cách làm như với cá: nuôi sẵn lươn đực, cái khỏe mạnh vài ba năm tuổi, tự nuôi hoặc chọn mua ở chợ, vựa; "
        "kích thích đẻ và ấp trứng để chủ động giống khi lươn hoang đã cạn kiệt vì bị khai thác bằng cả chích điện.",
    ),
    (
        "oQo026",
        "vi",
        "luon_sach_123doc",
        "Tài liệu kỹ thuật nuôi lươn và các mặt hàng lươn xuất khẩu",
        "Tài liệu của trung tâm thông tin nông nghiệp về nghề nuôi lươn: đạm trong thịt lươn tới 18,37%, các món và mặt hàng lươn đông lạnh, lươn tẩm dầu hun khói, "
        "lươn tươi; trước đây mỗi năm Bạc Liêu thu gom khoảng 1.000 tấn, Châu Đốc 2.000 tấn, toàn bộ từ tự nhiên.",
    ),
    # --- frog farming in net cages, tanks and ponds ---
    (
        "oQo027",
        "vi",
        "ech_vl_rophi",
        "Mô hình nuôi ếch trong vèo lưới kết hợp cá rô phi đỏ",
        "Trung tâm khuyến nông chuyển giao cách nuôi ếch trong vèo: vèo 30 m², cao 1–1,2 m bằng lưới và nilông, có nắp đậy chống ếch nhảy và địch hại, treo trong ao "
        "cho đáy ngập 20–30 cm; bè tre, lục bình làm giá thể chiếm 2/3–3/4 diện tích, xốp kê dưới đáy cho vèo nổi. Một hộ thả 2.500 ếch và 1.000 cá rô phi đỏ, "
        "chi phí 7,95 triệu đồng; sau 2,5 tháng ếch sống 80%, cỡ 3–4 con/kg, thu 400 kg. Cá ăn thức ăn thừa và chất thải của ếch.",
    ),
    (
        "oQo028",
        "en",
        "ech_tv_tvu",
        "Technical and financial benchmarks for Thai frog culture in tarp tanks and net enclosures",
        "University survey of 90 frog farms in the Mekong Delta: 65.56% use tarp tanks and 34.44% net enclosures, average 36.27 m² and 115 frogs/m². After "
        "2.6 months frogs average 257 g; yield 21,024 kg and profit about 100 million VND per 1,000 m² per crop. Offered as a costing and planning "
        "tool for households using space around the house.",
    ),
    (
        "oQo029",
        "vi",
        "ech_ag_mung",
        "Nuôi ếch Đài Loan trong mùng lưới dưới sông",
        "Hướng dẫn nuôi ếch trong mùng lưới dựng bằng cọc bạch đàn đóng xuống sông trước nhà, phù hợp hộ không có đất trống. Khởi đầu 2 mùng với 3.000 con giống "
        "(500–700 đ/con), chi phí khoảng 9 triệu đồng, sau 2 tháng bán được 16–17 triệu đồng; một hộ đã mở rộng lên 14 mùng, thêm khoảng 90 triệu đồng mỗi mùa.",
    ),
    (
        "oQo030",
        "vi",
        "ech_saptre",
        "Sạp tre tăng mật độ nuôi ếch trong bể",
        "Giải pháp rẻ: mỗi bể 3 × 3 m đặt 4 sạp tre 1,5 × 1 m xếp so le chừa khe giữa bể. Mật độ tăng từ 1.000 lên khoảng 2.000 con/9 m² mà ếch ít còi hơn, "
        "mỗi sạp chỉ tốn khoảng 30.000 đồng. Khoảng cách nan tre điều chỉnh theo cỡ ếch.",
    ),
    (
        "oQo031",
        "en",
        "ech_long_123doc",
        "Floating net-cage frog culture in ponds",
        "Method brought in from Thailand: nylon cages 1–1.2 m high, 2 m wide and 3–5 m long (6–10 m²) tied to poles firmly driven into the pond, pulled taut. "
        "Large foam slabs pushed under the centre lift the cage floor above the water, leaving a 20–30 cm wet rim. No perimeter wall is needed and harvest is easy; "
        "cages near the house are advised because of theft.",
    ),
    (
        "oQo032",
        "en",
        "frog_tayninh",
        "Raised HDPE-lined floating tanks for frogs on small plots",
        "Model spreading among rice and cassava households: rows of raised tanks lined with HDPE tarpaulin in a yard of about 1,000 m² (20+ units), or frogs "
        "raised in disused barns and sheds. Each crop takes about 3 months, so cash turns over faster than field crops. Start-up advice from farmers and "
        "the extension centre.",
    ),
    (
        "oQo033",
        "en",
        "frog_fishsite",
        "Frog culture technology review: larval rearing and grow-out",
        "Extension specialist's overview of commercial frog farming: two phases, tadpole rearing to metamorphosis and grow-out, each with problems of disease, "
        "cannibalism, nutrition, water quality and biosecurity. Frogs take only moving food, so pellets are made to move with bubbles, flowing water or "
        "motorised trays; on live food American bullfrogs converted feed at about 2.8:1.",
    ),
    (
        "oQo034",
        "vi",
        "ech_thainguyen",
        "Nuôi ếch Thái trên lưới trong bể xi măng, cá trê bên dưới",
        "Bể xi măng 12 m², cao 0,9 m, che lưới đen giảm nắng; ếch sống trên tấm lưới cách đáy khoảng 20 cm, dưới nuôi cá trê lai dọn phân ếch. "
        "9 bể thả 10.000 con giống 1.200 đ/con, sau 2 tháng ếch nặng 250–300 g, lứa đầu bán 1,3 tấn. Lưu ý ếch hay bị trương bụng.",
    ),
    (
        "oQo035",
        "en",
        "ech_veo_catra",
        "Frog net enclosures in idle catfish ponds with fish underneath",
        "Scaling model: a family turned 1,500 m² of empty catfish pond into frog enclosures and grew to over 100 enclosures of 4,000–6,000 frogs on 6,000 m², "
        "six harvests a year of 30–33 t each, sold at 28,000–35,000 VND/kg to traders. Catfish and gobies stocked below the enclosures use leftover feed "
        "and waste.",
    ),
    (
        "oQo036",
        "vi",
        "ech_mayep",
        "Tư vấn chọn hình thức nuôi ếch: nuôi tự do, nuôi lồng, nuôi bể",
        "Hướng dẫn chọn cách nuôi ếch theo điều kiện hộ: nuôi tự do trong ao, vườn có tường bao và chỗ ở cho ếch, hoặc nuôi tập trung trong lồng đặt sát mặt nước "
        "và trong bể. Chọn nơi yên tĩnh, đất thịt không chua không mặn, đủ ánh sáng, nước sạch cấp thoát chủ động; hộ chỉ có 20 m² sau nhà vẫn nuôi được.",
    ),
    (
        "oQo037",
        "en",
        "frog_malaysia",
        "Converting old pig pens into bullfrog farms",
        "Veterinary advice drawn from farms that turned concrete pig pens into bullfrog units after pig farming was banned in their area: a 1,018 m² farm "
        "with dozens of pens of hopping frogs. Covers reuse of pens, spotting sick frogs by their call and the risks of a business where many newcomers failed.",
    ),
    (
        "oQo038",
        "vi",
        "ech_htu",
        "Ứng dụng khoa học công nghệ phát triển mô hình nuôi ếch Thái Lan",
        "Trường đại học chuyển giao mô hình nuôi ếch Thái Lan: ếch trưởng thành 200–300 g, nhiệt độ thích hợp 25–32 °C (tốt nhất 28–30 °C), pH 6,5–8,5, "
        "chỉ nuôi nước ngọt với độ mặn không quá 5‰. Ếch đã thuần hóa ăn được thức ăn viên nổi hoặc cá tạp băm nhỏ.",
    ),
    (
        "oQo039",
        "vi",
        "ech_nghean",
        "Trại ếch Thái bể xi măng kết hợp ao lót bạt, lúa và cá",
        "Mô hình cải tạo đất trũng bỏ hoang hơn 1.000 m²: dãy bể xi măng 5 × 10 m lát gạch hoa, che nửa bằng lưới, bên cạnh ao lót bạt; kết hợp trồng lúa "
        "và nuôi cá rô đồng, rô phi. Nước nuôi ếch được thay và lọc thường xuyên. Thu nhập hàng trăm triệu đồng mỗi năm.",
    ),
    (
        "oQo040",
        "en",
        "ech_afv_long",
        "Frog farming models for Mekong Delta households: net cages, tanks, paddies",
        "Livelihood programme material on raising frogs in net cages and comparing models used in the Mekong Delta and Ho Chi Minh City: cement tanks, tarp tanks, "
        "mosquito-net enclosures, paddy fields and ponds. Most farmers learned by trial and from each other, so technique is uneven; a few tens of square "
        "metres can still earn tens of millions of VND a year.",
    ),
    # --- frog seed and feed ---
    (
        "oQo041",
        "vi",
        "ech_vithuy_socnhiet",
        "Kích thích ếch Thái Lan sinh sản nghịch mùa bằng sốc nhiệt",
        "Trạm khuyến nông huyện xây dựng kỹ thuật cho ếch bố mẹ đẻ ngoài mùa: cắt nước, cho ếch đực và cái vào bao riêng rồi gây sốc nhiệt độ. "
        "Giải quyết tình trạng ếch giống chỉ có từ tháng 4 đến tháng 9, đúng lúc giá ếch thịt thấp, còn mùa lạnh giá cao thì không có giống.",
    ),
    (
        "oQo042",
        "en",
        "ech_nongnoc_thucan",
        "Tadpole nursery feeding protocol with processed feed",
        "Trials at a university fish farm on Thai frog tadpoles: tadpoles use wet processed feed efficiently after only three days of live tubifex worms, "
        "so live food can be cut early. The protocol covers the 2-day and 16-day-old stages and feeding schedules for the nursery.",
    ),
    (
        "oQo043",
        "en",
        "frog_isan",
        "Frog breeding in drained paddies and tadpole sales through a community enterprise",
        "After the rice harvest, paddies are turned into ponds about 30 cm deep stocked with year-old frogs, around 300 pairs per pond, which breed overnight. "
        "Tadpoles are fed catfish feed and sold after 20–25 days at 150–200 baht/kg. A community enterprise of about 70 households helps process and market "
        "tadpoles, with frozen tadpoles at 250 baht/kg.",
    ),
    (
        "oQo044",
        "vi",
        "ech_thai_blog",
        "Quy trình nuôi công nghiệp ếch Thái Lan",
        "Tài liệu so sánh ếch đồng (150–200 g, giống tự nhiên, chỉ ăn mồi động), ếch Thái Lan (200–400 g, đã thuần hóa, ăn được thức ăn viên) và ếch bò (500–900 g, "
        "thích nghi kém, có nguy cơ gây hại). Giai đoạn nòng nọc sống hoàn toàn dưới nước 21–28 ngày, ăn động vật phù du; kèm quy trình nuôi thâm canh.",
    ),
    (
        "oQo045",
        "vi",
        "ech_dinhduong",
        "Khẩu phần và nguồn thức ăn cho ếch thương phẩm",
        "Tư vấn dinh dưỡng cho ếch: thức ăn tự chế từ bột cá, cám, ngũ cốc, giun quế bảo đảm 25–28% đạm. Lượng ăn 7–10% trọng lượng thân với ếch 3–30 g, "
        "5–7% với ếch 30–150 g, 3–5% với ếch trên 150 g; ếch dưới 100 g ăn 3–4 lần/ngày, chiều tối và ban đêm cho nhiều hơn. "
        "Có thể dùng viên nổi cho cá da trơn hoặc rô phi; định kỳ bổ sung vitamin C và men tiêu hóa.",
    ),
    (
        "oQo046",
        "en",
        "ech_dinhduong",
        "Low-cost frog feed formulation from local ingredients",
        "Feed advisory for frog farms: mix fish meal, rice bran, ground cereals and earthworms to reach 25–28% protein and cut feed cost, or use floating "
        "catfish or tilapia pellets since no frog-specific pellet is sold locally. Daily rations fall from 7–10% of body weight for small frogs to 3–5% "
        "above 150 g, with most feed given in the evening and at night.",
    ),
    (
        "oQo047",
        "en",
        "ech_dong_dongnai",
        "Raising native rice-field frogs for the frog-leg market",
        "Experience of a young farmer who raises native field frogs instead of imported breeds: lower investment, thicker and sweeter legs, easy local sales. "
        "Refers to export demand for frozen frog legs (France imported over 7,500 t in 2000, around 10 USD/kg, live frogs about 2.5 USD/kg).",
    ),
    (
        "oQo048",
        "en",
        "ech_wiki_vi",
        "Biosecurity advisory: stopping farmed Thai frogs escaping into the wild",
        "Guidance for farms raising the Thai frog (Glandirana/Rana rugosa): pond and net-enclosure culture makes escape of farmed frogs into the surroundings "
        "hard to control, so these systems should be limited or fitted with barriers. Includes life-cycle facts: tadpoles 21–28 days, maturity after 8–10 months.",
    ),
    # --- soft-shell turtle (ba ba) and other reptiles ---
    (
        "oQo049",
        "vi",
        "baba_vanchan",
        "Quy trình kỹ thuật nuôi ba ba gai thương phẩm",
        "Quy trình do trường cao đẳng kinh tế, kỹ thuật và thủy sản xây dựng trong dự án chỉ dẫn địa lý ba ba gai: tỷ lệ sống trên 90%, năng suất 10–12 tấn/ha, "
        "ba ba thương phẩm 2,5–3,5 kg/con đạt chỉ tiêu an toàn thực phẩm. Kèm danh mục thiết bị tối thiểu mỗi vụ: máy bơm 2,2 kW và 0,75 kW, cân, máy xay thức ăn "
        "1–1,5 kW.",
    ),
    (
        "oQo050",
        "vi",
        "baba_honoi",
        "Thiết kế hồ nổi láng đáy và hồ đất nuôi ba ba",
        "Tư vấn ba kiểu hồ: hồ xây nổi láng đáy, hồ xây chìm không láng đáy và hồ quây bằng tấm fibro xi măng. Hồ nổi tường 10 cm, cao 1 m, bo tròn 4 góc, lỗ thoát sát đáy, "
        "ống cấp cao hơn đáy 20 cm; ngâm nước 20 ngày với thân chuối chà tường, rải 5 cm cát mịn rửa vôi. Hồ không láng đáy chỉ giữ 10–20 cm bùn đã bón vôi, phơi nắng.",
    ),
    (
        "oQo051",
        "en",
        "baba_danang_catre",
        "Soft-shell turtle and hybrid catfish polyculture with on-farm egg hatching",
        "Model run for six years: turtles at 3/m² share a 220 m² pond with hybrid catfish at 33/m², the only fish that can live with them; catfish eat turtle "
        "waste and leftovers and give two harvests a year. Pond floor has 30 cm of sand, water 1.5 m, floating bamboo rafts for basking. Females lay 10–12 "
        "eggs from January to March in foam boxes of sand 40 cm deep; eggs kept at 25–30 °C hatch in about two months.",
    ),
    (
        "oQo052",
        "vi",
        "baba_de_123doc",
        "Nuôi ba ba bố mẹ sinh sản và ấp trứng",
        "Hướng dẫn chọn ba ba bố mẹ từ 1 kg trở lên, tỷ lệ 5 cái 1 đực, đực khác đàn; mật độ 2–3 con/m² khi nước dưới 1 m, 3–4 con/m² khi sâu trên 1,2 m. "
        "Hố đẻ 1–4 m², vách 40 cm, cát khô 30 cm, nắp lưới và mái che; cho ăn 2 lần/ngày bằng 6–8% khối lượng đàn. Trứng đưa ngay vào lò ấp cát 30 cm có thau nước muối "
        "2% ở 4 góc, nở sau khoảng 50 ngày.",
    ),
    (
        "oQo053",
        "en",
        "baba_giong_123doc",
        "Soft-shell turtle seed production: broodstock, egg collection, incubation, nursing",
        "Extension package on the three steps of seed production. Good broodstock conditioning lifts output from about 20 to 45–50 eggs per kg of female per "
        "year; the package covers egg collection and incubation and nursing hatchlings to 15–20 g or 50–150 g seed for sale, with advice on lowering "
        "seed cost as prices fall.",
    ),
    (
        "oQo054",
        "en",
        "turtle_fao",
        "Chinese soft-shell turtle culture fact sheet",
        "International reference on Pelodiscus (Trionyx) sinensis culture: sexing broodstock by tail and carapace, nesting in sand, hatcheries in small "
        "rectangular tanks or round basins, grow-out ponds, production systems, diseases and control measures, and responsible practices.",
    ),
    (
        "oQo055",
        "en",
        "baba_hatinh_thai",
        "Seed production of the Chinese soft-shell turtle using Thai technology",
        "Graduation study documenting a Thai-style seed production process for the Chinese soft-shell turtle (Trionyx sinensis) at a hatchery. Domestic turtle "
        "sold at 200–300 thousand VND/kg; demand from China, Japan and Malaysia. Useful for farms that want to breed their own seed.",
    ),
    (
        "oQo056",
        "vi",
        "baba_idz",
        "Kỹ thuật nuôi ba ba của viện nghiên cứu nuôi trồng thủy sản",
        "Tài liệu của nghiên cứu viên chính viện nghiên cứu nuôi trồng thủy sản tổng kết kinh nghiệm nuôi ba ba trong dân: chọn giống, ao, thức ăn, chăm sóc. "
        "Ba ba là mặt hàng xuất khẩu có giá trị; thịt, xương, trứng được dùng trong y dược.",
    ),
    (
        "oQo057",
        "en",
        "turtle_hatch_efamous",
        "Wooden-box artificial hatching of soft-shell turtle eggs",
        "Step-by-step hatching in wooden boxes with over 90% hatch: sand of 0.5–0.6 mm (coarser sand dries eggs, finer sand suffocates them), washed and soaked "
        "2 days in 20 mg/kg bleach then rinsed; moisture 5–15% (sand holds shape when squeezed but does not drip); sand 20–35 cm deep; eggs checked for "
        "fertilisation before setting.",
    ),
    (
        "oQo058",
        "en",
        "turtle_hatch_nasc",
        "Low-cost pine incubator boxes for soft-shell turtle eggs",
        "Build plan for manual incubators for small farms without constant-temperature rooms: pine boxes about 80 × 50 cm, front 40 cm and rear 60 cm high "
        "with a sloped top, drain holes, glass top and front. Layers of pebbles, fine gravel and 3–5 cm of river sand (1.43–1.5 mm) at 5–12% moisture; "
        "2–3 layers of eggs, animal pole up, 1 cm apart.",
    ),
    (
        "oQo059",
        "vi",
        "baba_trai_giaotrinh",
        "Quy hoạch trại nuôi ba ba và tẩy trùng ao",
        "Giáo trình mô đun hướng dẫn chọn vị trí yên tĩnh, nước sạch, đất thịt pha cát, mương cấp thoát riêng; ao nuôi chiếm 60–70% diện tích trại, ao chứa 15–20%, "
        "ao xử lý nước thải 10–15%, có chỗ nghỉ và tắm nắng cho ba ba. Tẩy ao bằng vôi 7–10 kg/100 m² đáy.",
    ),
    (
        "oQo060",
        "en",
        "baba_trai_giaotrinh",
        "Wastewater and reservoir pond planning for soft-shell turtle farms",
        "Training-module advice on farm layout so disease does not spread: grow-out ponds 60–70% of the farm, reservoir ponds 15–20% and a wastewater treatment "
        "pond 10–15%, a set area to hold wastes after each crop, separate supply and drain channels, and liming at 7–10 kg per 100 m² of pond bottom.",
    ),
    (
        "oQo061",
        "vi",
        "baba_khoahoc",
        "Đặc điểm sinh học và kỹ thuật nuôi ba ba cho nông hộ",
        "Tài liệu phân biệt ba ba trơn, ba ba gai và ba ba Nam bộ (đầu mai có vết trắng, phân bố ở miền Nam). Ba ba ăn mồi động vật, cả cám, bắp, khoai; "
        "mùa hè ăn 5–10% trọng lượng thân, mùa lạnh 3–5%. Lớn chậm: năm đầu tăng 100–200 g, năm thứ hai 300–400 g; hộ có kinh nghiệm nuôi con 100–200 g lên "
        "500–600 g trong một năm.",
    ),
    (
        "oQo062",
        "en",
        "baba_nghean_giong",
        "Spiny soft-shell turtle grow-out protocol from a provincial seed centre",
        "Seed-centre protocol for Palea steindachneri: feeding 3–5% of body weight in summer and 2–3% in cold months, turtles reach 0.8–1 kg in the first year "
        "and 2.5–3 kg in the second, fastest growth April to November. Restaurant price of 300,000–400,000 VND/kg.",
    ),
    (
        "oQo063",
        "vi",
        "baba_blog",
        "Thiết kế ao, bể bê tông nuôi ba ba hộ gia đình",
        "Hướng dẫn ao nuôi có tường bao thẳng đứng chống ba ba bò trốn, thả khúc gỗ nổi cho ba ba lên sưởi và làm khô mai tránh tảo nhớt; đáy rải cát xốp hoặc cát "
        "trộn bùn cho ba ba vùi mình; mực nước nông, nước giếng bơm có ống chống tràn giữ mực nước ổn định.",
    ),
    (
        "oQo064",
        "en",
        "turtle_amnk",
        "Habitat requirements of soft-shell turtles for farm siting",
        "Notes for siting turtle ponds: turtles are timid and stop feeding when disturbed by noise or shadows, need clean water of about 30 cm transparency, "
        "brownish-green colour, high oxygen and no odour, and dislike cold. They lay 9–15 eggs at night in sand between May and August; incubation takes "
        "about two months; they hibernate in mud from November to March in colder areas.",
    ),
    (
        "oQo065",
        "en",
        "turtle_hatch_cardoza",
        "Household incubation trays for turtle eggs",
        "Simple method: shallow wooden trays of 70 × 50 × 15 cm or basins with 5 cm of fine sand, eggs set large end up and covered with 3 cm of sand and a damp "
        "towel. Keep 28–32 °C, sprinkle water once or twice a day, candle after two weeks and avoid handling; hatchlings emerge after 50–60 days.",
    ),
    (
        "oQo066",
        "en",
        "rua_cam",
        "Captive breeding of the yellow pond turtle (rùa câm)",
        "Field study notes on breeding rùa câm in household pens: buy broodstock from reputable farms, one male to three females; females of 1–1.2 kg with "
        "thick bodies lay 4–5 eggs per clutch against 1–2 for thin ones; males of 1.2–1.5 kg with concave plastrons mate more successfully.",
    ),
    (
        "oQo067",
        "vi",
        "ran_vinhlong",
        "Kỹ thuật nuôi rắn ri voi thương phẩm",
        "Tài liệu của thạc sĩ thuộc chi cục thủy sản về nuôi rắn ri voi: loài rắn nước lớn, đạt 7–8 kg/con, không độc nhưng hung dữ, thịt dai ít mỡ, thị trường trong "
        "và ngoài nước. Hướng dẫn đặc điểm sinh học, chuồng nuôi và cho ăn; nghề đang giúp hàng trăm hộ ở một xã thoát nghèo nhờ bán rắn thịt và rắn giống.",
    ),
    (
        "oQo068",
        "en",
        "ran_phuyen",
        "Pond model for the Bocourt water snake (rắn ri voi)",
        "Science-funded pilot: a 60 m² pond with water spinach and floating plants over four fifths of the surface, ringed by fibre-cement sheets driven into the "
        "bottom and standing 1 m above the water. Snakes eat live tadpoles, frogs, young eels and catfish, so farmers keep eels, gourami and catfish in the pond "
        "as feed. Harvest after 6–12 months at 300,000–400,000 VND/kg; water changed every 1–2 weeks; dry banana leaves for moulting.",
    ),
    (
        "oQo069",
        "vi",
        "ran_veo",
        "Ương rắn ri voi con trong vèo trước khi nuôi bể",
        "Kinh nghiệm nhân đàn từ 13 con lên hơn 300 con trong 8 bể: rắn nhỏ thả vèo để quen môi trường nước tự nhiên, ít bệnh, hao hụt thấp, tập ăn cá rô, "
        "cá sặc rồi mới chuyển lên bể xi măng; tách đàn, phân cỡ. Thu nhập trên 50 triệu đồng/năm từ rắn thịt và rắn giống.",
    ),
    (
        "oQo070",
        "en",
        "ran_sinhhoc",
        "Biology and husbandry notes for farming the Bocourt water snake",
        "Technical notes: the snake feeds best at 23–32 °C, stops eating below 23 °C and dies at 17 °C; it prefers scaleless fish such as catfish and eels "
        "and also frogs. Young snakes moult every 20–25 days, two-year-olds every 35–45 days; before moulting they refuse food and turn aggressive.",
    ),
    (
        "oQo071",
        "vi",
        "ran_100nghe",
        "Nghề nuôi rắn ri voi (chương trình 100 nghề cho nông dân)",
        "Tài liệu thuộc chương trình 100 nghề cho nông dân giới thiệu nghề nuôi rắn ri voi, một loài rắn nước ăn cua cá, dễ giữ trong điều kiện nuôi, "
        "bên cạnh lịch sử nuôi rắn hổ mang ở Việt Nam từ đề tài năm 1981.",
    ),
    # --- disease ---
    (
        "oQo072",
        "vi",
        "benh_luon_aquaculture",
        "Tư vấn phòng trị bệnh đóng dấu, nấm thủy mi, tuyến trùng, đỉa ở lươn",
        "Lươn giống phần lớn từ tự nhiên nên yếu sức do đánh bắt, nhịn đói, thay đổi môi trường. Bệnh đóng dấu bắt đầu từ vết xây xát thành vết loét tròn đỏ, "
        "nặng thì rụng đuôi, ngóc đầu thở. Điều trị: thuốc trộn thức ăn 5 ngày liền (chế phẩm florfenicol 1 lít/2,5 tấn lươn hoặc sulfamidine 0,5 g/50 kg lươn), "
        "bôi thuốc tím lên vết loét; kèm hướng dẫn trị tuyến trùng, nấm thủy mi và đỉa.",
    ),
    (
        "oQo073",
        "vi",
        "benh_luon_vnexpress",
        "Phòng bệnh sốt nóng và lở loét cho lươn nuôi",
        "Hướng dẫn nhận biết bệnh sốt nóng do mật độ dày, ôxy thấp, thức ăn thừa: nước nóng lên, có nhớt, lươn sưng đầu, quấn nhau, chết hàng loạt. Xử lý: vớt lươn chết, "
        "thay nước, giảm mật độ, thả bèo che mát và vài con cá trê ăn thức ăn thừa, ngâm tắm bằng chế phẩm iod hoặc phèn xanh. Kèm cách phòng lở loét.",
    ),
    (
        "oQo074",
        "en",
        "benh_luon_delka",
        "Ulcer (stamp-mark) disease treatment programme for farmed eel",
        "Treatment plan for ulcers that start from handling wounds, common from May to September: disinfect tanks with lime, formalin or permanganate before stocking; "
        "bathe seed 15–20 minutes in 200–300 g of salt per 10 L of water; spray streptomycin or oxytetracycline at 250 g per 100 m³ during outbreaks; "
        "mix florfenicol or enrofloxacin with vitamin C and a liver-kidney tonic into feed for 5–7 days.",
    ),
    (
        "oQo075",
        "vi",
        "benh_luon_aquamina",
        "Phác đồ 10 bệnh thường gặp ở lươn",
        "Tài liệu phòng trị 10 bệnh của lươn, gồm bệnh da đỏ do trực khuẩn huỳnh quang sau tổn thương khi đánh bắt, vận chuyển (ngâm rửa bột tẩy 5–10 mg/l nửa giờ trước thả, "
        "phèn chua rồi vôi bột, sulfamid trộn thức ăn 6 ngày) và bệnh đóng dấu do Aeromonas dạng chấm.",
    ),
    (
        "oQo076",
        "en",
        "benh_luon_2lua",
        "Treating fever disease, nematodes and ulcers in tank-held eels",
        "Disease notes for crowded eel tanks: fever disease, when slime ferments and water warms and loses oxygen, is handled by thinning stock, changing water, "
        "adding a few catfish to clean up leftovers and dosing copper sulphate. Intestinal nematodes about 1 cm long and ulcers in May–September are also "
        "covered, with streptomycin sprays and sulfonamide feed; banned chemicals are flagged.",
    ),
    (
        "oQo077",
        "en",
        "benh_luon_tepbac",
        "Preventive health plan for commercial eel culture",
        "Prevention first, because treatment of sick eels is costly and often fails: clean tanks, refuse electro-fished or scraped seed, acclimatise seed and "
        "cull weak fish, bathe at 4–5‰ salt for 10–15 minutes or 1 g/m³ permanganate for 15–20 minutes, never feed spoiled food or overfeed, and change "
        "water every 1–2 days.",
    ),
    (
        "oQo078",
        "vi",
        "benh_luon_xuongbebat",
        "Trị nhiễm trùng máu và ký sinh trùng ở lươn nuôi bể",
        "Tư vấn nhóm bệnh lươn nuôi bể: nhiễm trùng máu do Pseudomonas khi lươn bị sốc, mật độ cao hay thiếu ôxy lâu (xuất huyết đốm, tuột nhớt, chết hàng loạt); "
        "ngoại ký sinh trùng bánh xe và trùng quả dưa trên da, mang (ngâm CuSO4 0,5–0,7 g/m³ hoặc tắm 2–5 g/m³ 5–15 phút, muối 3% 5–10 phút); nội ký sinh và sốc môi trường.",
    ),
    (
        "oQo079",
        "vi",
        "benh_ech_loet",
        "Xác định vi khuẩn gây lở loét trên ếch Thái Lan",
        "Nghiên cứu của khoa thủy sản trường đại học nông lâm điều tra 33 hộ nuôi ếch: bệnh xảy ra quanh năm, khi ếch có vết loét trên lưng và chân thì tỷ lệ chết "
        "20–50% ở bể bị bệnh. Nhận phân lập, định danh vi khuẩn gây lở loét và tư vấn hướng phòng trị.",
    ),
    (
        "oQo080",
        "vi",
        "benh_ech_detai",
        "Nghiên cứu bệnh thường gặp trên ếch nuôi và việc dùng kháng sinh",
        "Đề tài cấp thành phố (2006–2008) khảo sát sự lưu hành và chu kỳ bùng phát của các bệnh trên ếch Thái nuôi thương phẩm ven đô, tình hình dùng kháng sinh, "
        "hóa chất, và xác định ký sinh trùng, vi khuẩn gây bệnh. Kết quả dùng để tư vấn lịch phòng bệnh cho trại ếch.",
    ),
    (
        "oQo081",
        "en",
        "redleg_envlit",
        "Red-leg disease prevention advisory for frog farms",
        "Explains red leg (bacterial dermatosepticaemia), mostly Aeromonas hydrophila with Pseudomonas and Proteus: reddening of legs and belly from bleeding "
        "under the skin. The bacteria are opportunists, so the advisory targets what weakens frogs: poor filtration and water changes, ammonia build-up, "
        "crowding, handling, poor diet and skin injuries.",
    ),
    (
        "oQo082",
        "en",
        "redleg_vetpedia",
        "Laboratory diagnosis of red-leg disease with culture and antibiogram",
        "Veterinary service for amphibian septicaemia: diagnosis from clinical signs and culture of fluid drawn aseptically from the lymph sacs, followed by an "
        "antibiogram to choose the drug. Sick animals must be isolated at once and tanks disinfected; acute, subacute and chronic forms are described.",
    ),
    (
        "oQo083",
        "en",
        "bullfrog_vibrio",
        "Identification of Vibrio cholerae in farmed bullfrogs with enteritis",
        "Research group isolated the agent of a fatal bullfrog disease with severe intestinal inflammation and anal prolapse but no skin signs, and identified "
        "it as Vibrio cholerae by morphology, biochemistry and 16S rRNA. Offers pathogen identification and transmission-control advice to frog farms.",
    ),
    (
        "oQo084",
        "vi",
        "benh_ech_catovina",
        "Phòng và xử lý bệnh xuất huyết đỏ đùi trên ếch nuôi",
        "Bài hướng dẫn về bệnh đỏ đùi gây chết nhiều trên ếch nuôi: đốm đỏ tập trung ở đùi và bắp chân, ếch yếu, bỏ ăn, hành vi bất thường; lây qua tiếp xúc và qua nước. "
        "Đề xuất các biện pháp phòng, cách ly và xử lý trong trại.",
    ),
    (
        "oQo085",
        "en",
        "redleg_allabout",
        "Treating red leg in frogs: isolation and antibiotics",
        "Practical treatment notes for frogs with red leg: isolate the animal as soon as the belly skin reddens or appetite drops, start oral tetracycline, "
        "consider aminoglycosides, use antibiotic ointment on open sores; identify the pathogen by culture from blood or organs of dead frogs.",
    ),
    (
        "oQo086",
        "en",
        "benh_ech_caysan",
        "Disease control in captive breeding of the tree frog Theloderma",
        "Study on a captive tree-frog species: bacterial disease in tadpoles from polluted water (bloated red bellies, refusal to feed) treated with antibiotics "
        "in feed or water, and a fungal disease in summer that coats toes with slime so frogs cannot catch prey.",
    ),
    (
        "oQo087",
        "vi",
        "benh_baba_tepbac",
        "Phòng và điều trị bệnh viêm loét trên ba ba",
        "Hướng dẫn nhận biết ba ba bị viêm loét: kém ăn, gầy, hay nổi ven bờ, vết loét ở cổ, đầu, chân. Bệnh hay gặp ở ao mật độ dày, ao nuôi đã 2–3 năm, đáy bẩn, "
        "ít thay nước, xuất hiện quanh năm nhưng tập trung mùa đông và mùa xuân ở cả ba ba giống, thịt và bố mẹ.",
    ),
    (
        "oQo088",
        "en",
        "benh_baba_nuoitrong123",
        "Soft-shell turtle disease control: swollen neck, water mould, skin ulcers",
        "Disease guide for turtle ponds and rooftop tanks: swollen-neck disease treated with tetracycline, chloramphenicol or sulfamidine in feed for 3 days "
        "(0.2 g/kg feed the first day, half after); water mould on young turtles at 18–22 °C handled by letting turtles bask and dry; skin ulcers by isolation "
        "and clean water. Banned malachite green is flagged.",
    ),
    (
        "oQo089",
        "vi",
        "benh_baba_giaotrinh",
        "Giáo trình quản lý môi trường và dịch bệnh nghề nuôi ba ba",
        "Mô đun đào tạo về bệnh viêm loét do vi khuẩn (bệnh bã đậu): cách thu mẫu, dấu hiệu bên ngoài (vết loét xuất huyết, ổ kén trắng như bã đậu), giải phẫu kiểm tra. "
        "Ba ba bệnh nặng bò lên cạn và chết 30–40% sau 1–2 tuần.",
    ),
    (
        "oQo090",
        "en",
        "benh_baba_tiepthi",
        "Parasite and fungus control for young soft-shell turtles",
        "Guide for turtles kept at high density in small tanks: water mould at low temperature, protozoan parasites on the shell rim, neck and leg folds "
        "(mostly 2–3-month-old seed). Prevention: after each crop replace 20–30 cm of mud and sand or spread 10–15 kg lime per 100 m², stock healthy "
        "even-sized seed, and bathe them in 3–4% salt before stocking.",
    ),
    (
        "oQo091",
        "vi",
        "benh_baba_khoahoc",
        "Nhận biết bệnh ba ba và phòng bệnh qua thức ăn",
        "Tư vấn cho hộ nuôi ba ba: dấu hiệu bệnh là tách đàn, nằm trên cạn, bỏ ăn, bơi nghiêng, lở loét, ghẻ, đốm trắng hoặc đỏ. Nguyên nhân từ thức ăn thiếu đạm, "
        "thiếu hoặc thừa canxi, phospho, vitamin A, C, E; từ môi trường ô nhiễm do thức ăn thừa, phân; từ ba ba cắn nhau.",
    ),
    # --- water treatment ---
    (
        "oQo092",
        "en",
        "ras_wiki",
        "Design of recirculating water treatment: solids, biofilter, degassing, oxygen, UV",
        "Engineering support for recirculating tank farms: water leaving the culture tank passes solids removal, a nitrifying biofilter converting ammonia "
        "(toxic to most fish above 0.02 mg/L) to nitrate, degassing, oxygenation, heating or cooling and sterilisation. Nitrate is removed by water "
        "replacement or denitrification.",
    ),
    (
        "oQo093",
        "en",
        "ras_vt",
        "Indoor recirculating aquaculture for high-density tank farming",
        "University extension guide: fish are reared at high density in indoor tanks where water is filtered and returned; new water only replaces splash, "
        "evaporation and flushing. A biofilter removes wastes and uneaten feed; stock need continuous clean water at the right temperature and oxygen and a "
        "complete daily feed.",
    ),
    (
        "oQo094",
        "vi",
        "chepham_dylan",
        "Chế phẩm vi sinh xử lý chất thải ao nuôi thủy sản",
        "Cung cấp chế phẩm sinh học gồm Bacillus (phân hủy hữu cơ, tiết enzyme), Nitrosomonas và Nitrobacter (chuyển amoniac thành nitrit rồi nitrat), Lactobacillus; "
        "giúp giảm bùn đáy, ổn định nước, tăng sức đề kháng vật nuôi. Hướng dẫn liều và cách dùng.",
    ),
    (
        "oQo095",
        "vi",
        "luon_seaneu",
        "Xử lý nguồn nước sông, nước giếng cho trại nuôi lươn",
        "Dịch vụ chuẩn bị nước: nước sông bơm vào ao lắng ít nhất 7–10 ngày, thả lục bình cho nước trong và mát, không thả cá; nước giếng phải kiểm tra phèn "
        "và hóa chất độc, bơm vào bể chứa và lọc qua giá thể, than hoạt tính tối thiểu 24 giờ trước khi cấp vào bể lươn.",
    ),
    # --- processing and selling eel, frog and turtle products ---
    (
        "oQo096",
        "vi",
        "chebien_vov",
        "Quy trình sơ chế lươn sạch nhớt, tách xương cho nhà hàng",
        "Chuyển giao cách làm của làng nghề sơ chế lươn: lươn làm sạch, trụng qua nước sôi, rọc bằng dao chuyên dụng tách xương, rửa thịt bằng nước gừng để ráo; "
        "công đoạn cuối luộc qua nước sôi pha muối và nghệ tươi giã hoặc bột nghệ cho lươn sạch nhớt, thịt không nứt, màu vàng đẹp. Mỗi cơ sở 5–30 lao động.",
    ),
    (
        "oQo097",
        "en",
        "eel_vinlove",
        "Eel fillet and boiled-eel soup products from a processing village",
        "Processing workshop of more than 50 m² with refrigerators, large aluminium pots and packaging machines buys 300–500 kg of live eel a day at "
        "130,000–150,000 VND/kg and employs 12–15 workers to make two lines: fresh fillets (head and tail off, eel nailed to a board and split) and boiled eel "
        "for porridge and soup, marinated, packed and delivered.",
    ),
    (
        "oQo098",
        "vi",
        "chebien_lienhiep",
        "Lươn sấy, lươn ướp, lươn cuộn đóng gói gửi đi xa",
        "Xưởng chế biến làng nghề nuôi và chế biến lươn cung cấp lươn sấy, lươn ướp, lươn cuộn, gửi tới cộng đồng người Việt ở Đức, Hàn Quốc, Nhật Bản. "
        "Làng có 51/197 hộ làm nghề, mỗi ngày buôn và chế biến 6–7 tấn lươn; một số hộ còn tự cho lươn đẻ lấy trứng.",
    ),
    (
        "oQo099",
        "vi",
        "chebien_suckhoe",
        "Tận dụng phụ phẩm chế biến lươn làm thức ăn chăn nuôi",
        "Làng nghề chế biến lươn hơn 50 gia đình, hàng trăm tấn lươn mỗi mùa Tết, tạo việc làm cho phụ nữ 5–7 triệu đồng/tháng. Phần đầu, xương, ruột lươn sau sơ chế "
        "được tận dụng làm thức ăn cho gia súc, gia cầm thay vì bỏ đi.",
    ),
    (
        "oQo100",
        "en",
        "eel_fishconsult",
        "Hot-smoking line for eels",
        "Smoking protocol from a commercial operation: eels of 350–700 g are preferred; cleaned eels go 10 minutes into brine of 275 g salt per litre, are "
        "impaled on metal rods and smoked over willow for about 2.5 h with staged heat (1 h at 35 °C, 30 min at 49 °C, 1 h at 77 °C) for even drying. "
        "100 kg of whole fresh eel yields about 60 kg of hot-smoked eel.",
    ),
    (
        "oQo101",
        "en",
        "eel_chinaeels",
        "Post-harvest handling of eels: stunning, bleeding, chilling, transport",
        "Guide to keeping farmed eel fresh after harvest: harvest with seines or traps to limit damage, stun quickly in ice slurry, bleed through a cut near the "
        "gills to remove off-flavours, chill at once to 0–4 °C and hold the cold chain through storage, transport and processing.",
    ),
    (
        "oQo102",
        "en",
        "eel_barnard_prep",
        "Eel product development: steamed, hot-smoked, jellied and roasted eel",
        "Food-technology note on eel products: steamed or herbal-stewed fresh eel; hot-smoked eel brined then smoked with gradually rising temperature and packed "
        "in boxes or cans; jellied eel cooked and set in gelatine with up to two weeks' chilled shelf life; Japanese roasted eel (kabayaki, shirayaki).",
    ),
    (
        "oQo103",
        "en",
        "frog_dried_legend",
        "Dried seasoned frog processing for specialty markets",
        "Household processors skin the frogs, season them with pepper, sugar, chilli and fish sauce and dry them in the sun or in drying ovens. One family buys "
        "30–40 kg of fresh frog a day from about 30 sellers and sells the dried product at 300,000–350,000 VND/kg to traders and restaurants in nearby cities.",
    ),
    (
        "oQo104",
        "vi",
        "frog_dried_vnn",
        "Làm khô ếch tẩm gia vị ở làng nghề",
        "Kinh nghiệm làng làm khô ếch: ếch tươi cho vào thùng nhựa ướp đá cho lạnh, làm sạch, tẩm gia vị rồi phơi nắng hôm sau; ếch tươi mua 50.000 đ/kg. "
        "Làm quanh năm, nhiều nhất mùa mưa; khô ếch bán cho thương lái khắp nơi.",
    ),
    (
        "oQo105",
        "en",
        "frog_canning",
        "Ready-to-eat canned frog meat line for a village enterprise",
        "Village group invested 15,200 USD in canning: frogs raised in large cement pools are slaughtered, cleaned, deep-fried and tossed in chilli or "
        "sweet-and-sour sauce, then canned. 15 workers make about 1,000 cans a day sold at about 65 US cents, an outlet when live-frog prices fall.",
    ),
    (
        "oQo106",
        "en",
        "frog_isan",
        "Gutting, packing and freezing frogs and tadpoles for export",
        "Community enterprise service: in the dry season members gut and clean frogs, pack and freeze them for export; frozen frog meat around 200–250 baht/kg, "
        "frozen tadpoles 250 baht/kg against 100 baht live. Orders come from Australia and Singapore.",
    ),
    (
        "oQo107",
        "en",
        "frog_legs_trade",
        "Market brief on the world frog-leg trade",
        "Market intelligence: Indonesia exports over 5,000 t of frog legs a year, about 84% of EU imports and half of a trade worth about 40 million USD; China "
        "is second, and Vietnam and Taiwan rely on farmed frogs. Main buyers are France, Belgium, Luxembourg and the United States.",
    ),
    (
        "oQo108",
        "en",
        "frog_russia",
        "Veterinary certification requirements for exporting live edible frogs",
        "Regulatory brief based on a draft veterinary certificate for live frogs for food: supply only from verified enterprises, pre-shipment inspection for "
        "weakness and injury, origin from farms and regions free of infectious animal disease, no residues of drugs or pollutants, sanitary containers and "
        "disinfected vehicles.",
    ),
    (
        "oQo109",
        "vi",
        "chebien_nhiepanh",
        "Cơ sở thu mua và sơ chế lươn phi lê, lươn luộc nấu cháo súp",
        "Cơ sở hơn 50 m² có tủ lạnh, nồi nhôm lớn, máy đóng gói; mỗi ngày mua 300–500 kg lươn sống 130.000–150.000 đ/kg, thuê 12–15 người làm 8 tiếng để sơ chế, "
        "ướp, đóng bao bì. Hai sản phẩm: lươn phi lê tươi bỏ đầu đuôi và lươn luộc dùng nấu cháo, súp.",
    ),
    (
        "oQo110",
        "vi",
        "eel_walter",
        "Hun khói và lọc phi lê cá chình tại nhà",
        "Hướng dẫn cho cá chình biển: làm sạch nhớt, bỏ ruột, cấp đông -22 °C một ngày để diệt ký sinh trùng, rã đông trong nước muối bão hòa 357 g/l dưới 5 °C, "
        "hun ở 100 °C rồi giữ khói 70 °C 3–4 giờ tới khi tâm thịt đạt 67 °C; sau đó bóc da, lọc phi lê.",
    ),
    # --- licensing and wildlife rules ---
    (
        "oQo111",
        "vi",
        "phaply_dangkykd",
        "Tư vấn điều kiện nuôi động vật rừng thông thường",
        "Dịch vụ pháp lý cho cơ sở nuôi động vật rừng thông thường: chứng minh nguồn gốc hợp pháp của con nuôi, bảo đảm an toàn cho người, tuân thủ quy định môi trường "
        "và thú y, ghi sổ theo dõi vật nuôi theo mẫu phụ lục của Nghị định 06/2019/NĐ-CP, và gửi thông báo cho cơ quan kiểm lâm sở tại trong tối đa 3 ngày làm việc "
        "kể từ khi đưa con nuôi về cơ sở.",
    ),
    (
        "oQo112",
        "en",
        "phaply_dangkykd",
        "Registration support for farms keeping common wild reptiles",
        "Compliance service for households farming wild-origin animals such as water snakes or turtles that are not listed as endangered: proof of legal "
        "origin, safety, veterinary and environmental conditions, the farm record book required by Decree 06/2019, and notification to the local forest "
        "ranger office within 3 working days of bringing animals in.",
    ),
    (
        "oQo113",
        "vi",
        "phaply_bongluavang",
        "Hồ sơ xin phép nuôi sinh sản động vật hoang dã quý hiếm",
        "Dịch vụ làm hồ sơ cho loài thuộc Phụ lục II, III CITES và nhóm IIB: nộp cơ quan kiểm lâm tỉnh, thời hạn 15 ngày làm việc kể từ khi đủ hồ sơ; gồm văn bản đề nghị "
        "và phương án nuôi. Loài nhóm IB bị cấm khai thác vì mục đích thương mại nên không thể đăng ký nuôi sinh sản để bán.",
    ),
    (
        "oQo114",
        "en",
        "phaply_hcm_casau",
        "Safety rules for keeping and transporting crocodiles and dangerous wild animals",
        "Municipal regulation on managing and securing facilities that rear or transport live crocodiles and other dangerous wild animals, built on national "
        "rules for endangered wildlife and CITES listings; useful as a template for fencing and transport safety.",
    ),
    (
        "oQo115",
        "vi",
        "phaply_nhim",
        "Thủ tục mua, vận chuyển động vật hoang dã gây nuôi",
        "Chia sẻ của cán bộ kiểm lâm về thủ tục với loài trong phụ lục III CITES (ví dụ nhím): mua của tổ chức cần hóa đơn, bảng kê động vật rừng và xác nhận của kiểm lâm "
        "sở tại; mua của hộ gia đình có thủ tục riêng; kèm các văn bản về trại gây nuôi sinh sản.",
    ),
    # --- neighbouring fields ---
    (
        "oQo116",
        "vi",
        "chinh_binhdinh",
        "Nuôi cá chình bông thương phẩm trong hồ nhỏ",
        "Trung tâm khuyến ngư hỗ trợ hộ nuôi gần 100 con cá chình bông trong hồ 200 m²: giống 250–300 g sau hơn 8 tháng đạt bình quân 1 kg/con, giá 280.000 đ/kg. "
        "Cá chình cần nước sạch thay liên tục, hang đá dưới đáy, cho ăn từ 18 giờ tối đến 6 giờ sáng bằng mồi tươi và cá hố.",
    ),
    (
        "oQo117",
        "vi",
        "chinh_bongtuong",
        "Nuôi cá chình và cá bống tượng trong bể xi măng",
        "Kỹ thuật nuôi ghép chình và bống tượng: bể từ 100 m² trở lên, sâu 1,5 m, láng xi măng nhẵn, gờ 10 cm chống cá bò ra; nước 25–27 °C, ôxy 5 mg/l, pH 7,5–8,5, "
        "có bể lọc cát, than, sỏi chiếm 20–30% diện tích bể và giàn phun mưa tạo ôxy buổi sáng.",
    ),
    (
        "oQo118",
        "en",
        "chinh_long_tepbac",
        "Marbled eel grow-out in aluminium-frame cages",
        "Cage culture of the catadromous marbled eel (Anguilla): cages of at least 8 m³ in water flowing at 0.2–0.3 m/s, pH 6.5–8.5, oxygen above 5 mg/L, NH3 and "
        "H2S below 0.01 mg/L, 20–33 °C; stocking from March to April once water exceeds 13 °C.",
    ),
    (
        "oQo119",
        "vi",
        "chinh_tsvn",
        "Cung cấp cá chình giống khai thác tự nhiên",
        "Cá chình sống được ở nước mặn, lợ, ngọt, bắt mồi khi trên 12 °C, tốt nhất 25–27 °C; sinh sản ngoài biển sâu 300–400 m nên chưa nước nào cho đẻ nhân tạo thành công. "
        "Giống đều vớt ở cửa sông, ven biển; hướng dẫn chọn cá khỏe, tránh cá bị bắt bằng xung điện.",
    ),
    (
        "oQo120",
        "en",
        "chinh_kienthuc",
        "Large-pond culture of mottled eel for the luxury market",
        "Grower with four ponds of about 20,000 m² raising black eel (Anguilla) for 1.5–2 years to 1–3 kg before sale to traders; eel sells for up to "
        "500,000 VND/kg. High investment and a demanding species; coastal and Mekong provinces farm it most.",
    ),
    (
        "oQo121",
        "en",
        "anguilla_fao",
        "Glass-eel nursery and tank grow-out of Japanese eel",
        "Culture of Anguilla japonica from wild glass eels of about 0.2 g: quarantine in 80–100 m³ tanks at 0.3–0.5 kg/m³ and 25–29 °C, weaning on bloodworm "
        "then dry starter feed, transfer at 5 g to 300–600 m³ tanks; grow-out in earthen ponds of 3,000–5,000 m² or cement tanks of 100–300 m² on extruded feed.",
    ),
    (
        "oQo122",
        "en",
        "anguilla_barnard",
        "Weaning elvers of Anguilla eel onto formulated feed",
        "Farm method for catadromous eel elvers: baskets of tubifex or minced clam lowered under a lamp twice a day, temperature held above 13 °C, feeding shifted "
        "to daytime; after 100–150 days elvers reach 100–200 per kg. Grow-out feeding at 1–3.5% body weight for pellets or 5–15% for minced trash fish on a "
        "shaded feeding platform.",
    ),
    (
        "oQo123",
        "vi",
        "chach_que",
        "Quy trình nuôi cá chạch quế thương phẩm trong ao đất",
        "Trung tâm giống thủy sản chuyển giao nuôi cá chạch quế (Misgurnus anguillicaudatus): loài sống đáy, thích nước nông, chui bùn khi nước trên 30 °C hoặc dưới 15 °C, "
        "thở được bằng ruột khi thiếu ôxy; quy trình nuôi thương phẩm trong ao đất.",
    ),
    (
        "oQo124",
        "vi",
        "ran_homang",
        "Xây trại nuôi rắn hổ mang",
        "Giới thiệu nghề nuôi rắn độc theo mô hình làng nuôi rắn hổ mang và trại rắn kiểu mẫu từ đề tài năm 1981; cảnh báo nọc cực độc, chỉ nên nuôi khi đã hiểu "
        "tập tính: rắn sống tốt ở 20–30 °C, ngừng hoạt động dưới 20 °C hoặc trên 40 °C, phải lột xác để lớn.",
    ),
    (
        "oQo125",
        "vi",
        "say_vtc",
        "Máy sấy cá dứa dùng năng lượng mặt trời kết hợp điện trở",
        "Máy sấy do đề tài khoa học chế tạo cho cơ sở làm khô cá dứa: năng suất 50–100 kg/mẻ, bộ thu năng lượng mặt trời, điện trở dự phòng khi mưa, bộ đảo gió "
        "nên không phải trở cá, sấy ổn định 40–50 °C. Sản phẩm trắng hơn cá phơi, đạt chỉ tiêu vi sinh.",
    ),
    (
        "oQo126",
        "en",
        "say_setech",
        "Modular solar dryer for farm produce and seafood",
        "Company supplies greenhouse-effect solar drying modules: a small unit has a 2.5 × 4 × 2 m chamber drying 100–150 kg of fresh product per batch at "
        "30–65 °C, with grid power at night or in rain; modules can be chained for more capacity. Aimed at paddy, straw and seafood.",
    ),
    (
        "oQo127",
        "vi",
        "say_evn",
        "Dàn sấy cá sặc rằn tự động dùng năng lượng mặt trời",
        "Giảng viên đại học chế tạo buồng sấy có dàn quay quanh trục, dòng khí tuần hoàn, tự chỉnh tốc độ theo nhiệt độ; cuối mẻ nâng lên 70 °C và phun sương độ ẩm trên 70% "
        "khoảng 30 phút để diệt E. coli, Coliform, Salmonella. Đã lắp cho hợp tác xã làm khô cá sặc rằn.",
    ),
    (
        "oQo128",
        "en",
        "say_campuchia",
        "Solar dome dryers for small-scale fish processors",
        "Solar dome technology replacing open-sun and firewood or charcoal drying of river fish such as tilapia, snakehead and catfish: faster, cleaner, no smoke, "
        "works in all four seasons for processors who dry fish to keep or sell year-round.",
    ),
    (
        "oQo129",
        "vi",
        "say_kiengiang",
        "Máy sấy nông sản tự động dùng năng lượng mặt trời",
        "Giáo viên vật lý chế tạo máy sấy gồm bộ thu nhiệt (khung sắt, ống lấy nhiệt, kính trong) và buồng sấy hai tủ, khay lưới, bộ thu nước, đồng hồ nhiệt; "
        "không khí nóng đối lưu qua khay. Dùng sấy chuối, rau củ, khô cá lóc, thay phơi nắng bị ruồi, bụi.",
    ),
    (
        "oQo130",
        "en",
        "say_visong",
        "Choosing a solar dryer for dried fish",
        "Guide comparing solar dryer designs for dried fish: tent and cabinet dryers for households; forced-convection greenhouse, tunnel and hybrid chamber "
        "dryers for small commercial scale; hybrid forced-convection chambers for large plants. Cheaper designs have lower efficiency and output.",
    ),
    (
        "oQo131",
        "vi",
        "tom_chepham",
        "Chế độ dùng chế phẩm sinh học cho ao tôm thẻ chân trắng lót bạt",
        "Kết quả thử nghiệm tại trại tôm: dùng chế phẩm (Nitrosomonas, Nitrobacter, Saccharomyces) định kỳ với liều tăng dần 2–5 g/m³ cho sản lượng cao gấp 1,3 lần "
        "so với dùng hàng ngày 0,5–1 g/m³, FCR 1,29 so với 1,41, mật số Vibrio thấp hơn.",
    ),
    (
        "oQo132",
        "en",
        "tom_locsinhhoc",
        "Biofilter equipment for treating intensive shrimp-pond wastewater",
        "State research programme output: design and fabrication process for biological filtration equipment that treats wastewater from intensive farm-scale "
        "shrimp ponds, part of a complete equipment set for commercial shrimp farms.",
    ),
    (
        "oQo133",
        "vi",
        "yen_maso",
        "Cấp mã số định danh cơ sở nuôi chim yến",
        "Hiệp hội hướng dẫn từ A đến Z quy trình đăng ký mã số định danh nhà yến và các biện pháp quản lý mã số cho cơ sở nuôi chim yến.",
    ),
    (
        "oQo134",
        "en",
        "rophi_dinhduong",
        "Advances in tilapia nutrition for growth, immunity and fillet quality",
        "Feed company review: feed is about 60% of tilapia production cost (around 0.48 of 0.80 USD/kg), so balanced nutrition drives growth, feed efficiency, "
        "health and meat quality as tilapia farming intensifies.",
    ),
    (
        "oQo135",
        "vi",
        "rua_thoimai",
        "Điều trị rùa cảnh bị thối mai",
        "Hướng dẫn cho người nuôi rùa cảnh: thối mai do thiếu nắng, mực nước thấp, va chạm khi vận chuyển làm thiếu canxi và nhiễm khuẩn; dấu hiệu theo giai đoạn "
        "từ đốm trắng chuyển đỏ đến bong biểu bì, mùi hôi, bỏ ăn; cách chữa và phòng.",
    ),
    (
        "oQo136",
        "vi",
        "camvien_vl",
        "Hỏi đáp: tự sản xuất cám viên nổi cho thủy sản bằng máy ép đùn gia đình",
        "Giải đáp cho nông dân có máy ép đùn nhỏ: phối trộn bột bắp, cám gạo, lúa nghiền, khô dầu, đậu nành với ít nước rồi ép viên; muốn viên nổi phải sấy ở 125–150 °C, "
        "máy nhỏ và phơi nắng khó làm viên nổi vì viên còn ẩm.",
    ),
    (
        "oQo137",
        "en",
        "feed_extruder",
        "Floating fish feed extruder machines",
        "Manufacturer of small floating feed extruders (30–40 kg/h, 5.5 kW electric or 12 HP diesel) for fish, catfish, shrimp and crab feed; pellets of 0.9–10 mm "
        "float for over 12 hours, and heat and pressure kill Salmonella.",
    ),
    (
        "oQo138",
        "vi",
        "iqf_kholanh",
        "Dây chuyền cấp đông nhanh IQF cho nhà máy thực phẩm",
        "Thiết kế, lắp đặt băng tải tầng sôi và tủ cấp đông xoắn IQF, quạt áp cao, vệ sinh tại chỗ, tích hợp phân loại, rửa, mạ băng, đóng gói; phù hợp tôm bóc vỏ, mực, "
        "cá cắt miếng, rau quả; giúp đạt HACCP, BRCGS.",
    ),
    (
        "oQo139",
        "en",
        "capdong_avg",
        "Quick-freezing rooms and blast freezers for seafood exporters",
        "Refrigeration contractor designing cold stores and blast freezers for seafood plants exporting to Japan, the EU and the US; stresses correct freezing "
        "temperature and strong steady airflow so ice crystals stay small and products do not lose water or colour.",
    ),
    (
        "oQo140",
        "vi",
        "haisan_donglanh",
        "Gia công chế biến, cấp đông mực, tôm, cá xuất khẩu",
        "Công ty thu mua, sơ chế, cấp đông, đóng gói thủy sản theo HACCP/BRC, chuỗi lạnh từ tàu tới kho; sản phẩm mực, bạch tuộc, tôm HOSO, HLSO, PTO, cá basa fillet, "
        "hàng giá trị gia tăng tẩm bột, xiên que.",
    ),
    (
        "oQo141",
        "vi",
        "caloc_dinhphong",
        "Kỹ thuật nuôi cá lóc trong bể lót bạt",
        "Hướng dẫn nuôi cá lóc trong bể lót bạt: dựng trụ tre hoặc sắt, rào lưới, trải bạt, bể chữ nhật cao 1,2 m, mực nước 0,8–1 m, có mái che; cá lóc ăn động vật "
        "tươi sống, đẻ tới 5 lần/năm, mùa sinh sản tháng 4–8.",
    ),
    (
        "oQo142",
        "en",
        "caloc_ninhthuan",
        "Snakehead culture in tarp tanks for landless households",
        "Provincial agriculture department guide: tarp tanks sized to the sheet width, 60–100 fish per m³, a 0.5–2 HP pump for frequent water exchange, "
        "water filled 3–4 days before stocking, minced trash fish as feed and watching fish behaviour to spot parasites.",
    ),
    # --- further offers on the theme ---
    (
        "oQo143",
        "vi",
        "frog_tayninh",
        "Bể nổi lót bạt HDPE nuôi ếch cho hộ ít đất",
        "Mô hình được khuyến nông hướng dẫn: dựng dãy bể nổi lót bạt HDPE trên khoảng sân 1.000 m² (hơn 20 bể), hộ không có sân thì tận dụng chuồng trại bỏ trống. "
        "Mỗi vụ ếch khoảng 3 tháng, quay vòng vốn nhanh hơn trồng lúa, khoai mì; tư vấn bắt đầu từ vài bể thử nghiệm.",
    ),
    (
        "oQo144",
        "vi",
        "eel_chinaeels",
        "Bảo quản lươn sau thu hoạch: làm choáng, cắt tiết, làm lạnh",
        "Hướng dẫn xử lý sau thu hoạch để giữ độ tươi: thu bằng lưới, lờ hạn chế trầy xước; làm choáng nhanh trong nước đá sệt, cắt tiết gần mang để thịt không tanh; "
        "hạ ngay xuống 0–4 °C và giữ chuỗi lạnh suốt khâu bảo quản, vận chuyển, chế biến.",
    ),
    (
        "oQo145",
        "vi",
        "turtle_hatch_efamous",
        "Ấp trứng ba ba trong hộp gỗ đạt tỷ lệ nở trên 90%",
        "Quy trình ấp nhân tạo: chọn cát hạt 0,5–0,6 mm (cát thô làm trứng mất nước, cát quá mịn bí khí), rửa sạch, ngâm dung dịch tẩy 20 mg/kg hai ngày rồi tráng; "
        "độ ẩm cát 5–15% (nắm lại thành khối nhưng không rỉ nước); lớp cát dày 20–35 cm; soi trứng có phôi trước khi xếp vào hộp.",
    ),
    (
        "oQo146",
        "vi",
        "ras_wiki",
        "Thiết kế hệ thống lọc tuần hoàn cho trại nuôi bể",
        "Tư vấn chuỗi xử lý nước tuần hoàn: lắng lọc chất rắn, bể lọc sinh học vi khuẩn nitrat hóa chuyển amoniac (độc khi trên 0,02 mg/l) thành nitrat, khử khí, "
        "cấp ôxy, điều nhiệt và tiệt trùng; nitrat loại bỏ bằng thay một phần nước. Giảm lượng nước mới cần dùng.",
    ),
    (
        "oQo147",
        "vi",
        "redleg_vetpedia",
        "Chẩn đoán bệnh đỏ chân ở ếch bằng nuôi cấy và kháng sinh đồ",
        "Phòng xét nghiệm thú y nhận mẫu ếch nghi đỏ chân (nhiễm trùng huyết do Aeromonas hydrophila): lấy dịch túi bạch huyết vô trùng để nuôi cấy, làm kháng sinh đồ "
        "chọn thuốc; hướng dẫn cách ly ngay con bệnh và sát trùng bể. Các yếu tố thuận lợi: mật độ cao, stress, nóng, thiếu dinh dưỡng, hệ lọc kém.",
    ),
    (
        "oQo148",
        "vi",
        "frog_isan",
        "Cho ếch đẻ trên ruộng sau thu hoạch lúa và bán nòng nọc",
        "Kinh nghiệm nông dân: sau gặt, ruộng được giữ nước sâu khoảng 30 cm, thả ếch một năm tuổi khoảng 300 cặp mỗi ô, ếch đẻ trong một đêm; nòng nọc cho ăn thức ăn cá trê, "
        "20–25 ngày là bán được 150–200 baht/kg. Doanh nghiệp cộng đồng khoảng 70 hộ lo sơ chế và tiêu thụ.",
    ),
    (
        "oQo149",
        "vi",
        "frog_russia",
        "Yêu cầu thú y khi xuất khẩu ếch sống làm thực phẩm",
        "Tư vấn hồ sơ xuất khẩu ếch sống theo mẫu giấy chứng nhận thú y: ếch từ doanh nghiệp đã được kiểm tra, khám trước khi vận chuyển không yếu, không thương tích, "
        "từ vùng và trại không có dịch bệnh truyền nhiễm, không tồn dư thuốc, chất ô nhiễm; bao bì hợp vệ sinh, xe được khử trùng.",
    ),
    (
        "oQo150",
        "vi",
        "frog_canning",
        "Dây chuyền đóng hộp thịt ếch chiên ăn liền",
        "Mô hình làng nuôi ếch bể xi măng đầu tư 15.200 USD làm đồ hộp: ếch làm sạch, chiên giòn, trộn sốt ớt hoặc chua ngọt rồi đóng lon; 15 lao động làm khoảng "
        "1.000 lon mỗi ngày, giá khoảng 65 cent/lon, giúp tiêu thụ khi giá ếch sống xuống.",
    ),
    (
        "oQo151",
        "en",
        "ech_saptre",
        "Bamboo platforms to double frog stocking in tanks",
        "Low-cost fit-out for 3 × 3 m frog tanks: four bamboo platforms of 1.5 × 1 m set in a staggered pattern with a gap in the middle, letting a tank hold about "
        "2,000 frogs instead of 1,000 with fewer stunted frogs. Each platform costs about 30,000 VND; slat spacing follows frog size.",
    ),
    (
        "oQo152",
        "en",
        "ech_vithuy_socnhiet",
        "Off-season spawning of Thai frog by temperature shock",
        "District extension technique: broodstock are taken out of water, males and females put in separate sewn bags, then given a temperature shock to "
        "spawn outside the April–September season, so seed is available in the cool months when frog prices are high.",
    ),
    (
        "oQo153",
        "en",
        "chebien_vov",
        "Turmeric-salt blanching to de-slime and bone rice-field eel",
        "Processing know-how from an eel village: live eels are cleaned and scalded, split with a special knife to remove the bone, rinsed in ginger water and drained; "
        "a final dip in boiling water with salt and fresh or powdered turmeric removes slime, keeps the flesh from cracking and gives a golden colour.",
    ),
    (
        "oQo154",
        "en",
        "benh_luon_aquaculture",
        "Eel disease consulting: stamp-mark ulcers, water mould, nematodes, leeches",
        "Advice for farms stocking wild-caught eel seed weakened by capture and fasting: ulcers begin at scrapes and become round red sores, tails drop off in "
        "severe cases. Medicated feed for 5 days (florfenicol product 1 L per 2.5 t of eel, or sulfamidine 0.5 g per 50 kg), permanganate on sores; also water "
        "mould, nematodes and leeches.",
    ),
    (
        "oQo155",
        "en",
        "luon_qsti",
        "Mudless eel tank design with bamboo feeding shelves",
        "Design service for mudless tanks of 6–20 m², 0.7–1 m deep, tiled or tarp-lined, floor sloping to a drilled PVC outlet, inlet at the bottom opposite. "
        "Three stacked bamboo frames over a third of the tank serve as hides and feeding shelf; new tanks are soaked with daily water changes for a week; "
        "seed of 40–60/kg harvested after 5–6 months.",
    ),
    (
        "oQo156",
        "vi",
        "ech_nongnoc_thucan",
        "Ương nòng nọc ếch Thái Lan bằng thức ăn chế biến",
        "Kết quả thí nghiệm của khoa thủy sản: nòng nọc chỉ cần ăn trùn chỉ 3 ngày rồi chuyển sang thức ăn chế biến dạng ướt vẫn sử dụng hiệu quả; quy trình cho "
        "giai đoạn 2 ngày tuổi và 16 ngày tuổi, giảm phụ thuộc thức ăn tươi sống.",
    ),
    (
        "oQo157",
        "vi",
        "luon_hcg",
        "Nuôi vỗ lươn bố mẹ bằng tiêm HCG kết hợp mưa nhân tạo",
        "Quy trình của trường đại học: nuôi vỗ 3 tháng có phun mưa và tiêm HCG trước, hệ số thành thục đạt 3,10% so với 0,66–0,79% ở lô đối chứng; ghép 1 đực 1 cái "
        "cho tỷ lệ đẻ 66,7–100%, lươn được tiêm đẻ lần đầu sau 1 tuần thay vì 2 tuần, có thể đẻ nhiều lần.",
    ),
]
