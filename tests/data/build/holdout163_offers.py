"""Offers for holdout163 (goat, rabbit and quail farming on small farms): (id, language, source key, title,
description). Distractors are listed in the docstring of make_holdout163.py."""

OFFERS = [
    # --- goat housing ---
    (
        "oIo001",
        "vi",
        "goat_house_huougiong",
        "Thiết kế chuồng sàn cho dê ở vùng đất thấp, mưa nhiều",
        "Tư vấn và thiết kế chuồng sàn nâng cao cho dê ở vùng đất trũng, thoát nước kém: sàn cách nền giúp giảm ẩm, "
        "hạn chế viêm phổi và thối móng khi mưa kéo dài. Kèm hàng rào lưới B40 cao 1,5–1,6 m hoặc thanh gỗ đóng đứng "
        "cách nhau tối đa 10 cm, và sân vận động quanh chuồng cho dê tắm nắng.",
    ),
    (
        "oIo002",
        "vi",
        "goat_house_agriviet",
        "Bố trí gian chuồng và mật độ nuôi cho dê sữa, dê thịt",
        "Hướng dẫn làm chuồng dê quay hướng Đông Nam, có mái che, khô ráo, dễ dọn. Dê sữa được chia gian riêng "
        "1,2 x 1,5 m mỗi con để tiện vắt sữa; dê thịt nuôi gian rộng nhiều con. Cung cấp bảng mật độ: dê cái 1,4–1,6 "
        "m²/con, dê chửa 1,8–2 m², dê đực thịt 2,7–2,9 m², dê con 0,2–0,4 m²; máng ăn, máng uống riêng từng gian.",
    ),
    (
        "oIo003",
        "vi",
        "goat_house_danviet",
        "Thi công chuồng dê theo 9 bước kỹ thuật",
        "Nhận thi công trọn gói chuồng dê: chân đỡ xây gạch cao 50–70 cm, dầm đáy gỗ, mái tre gỗ hoặc tôn nhô ra ngoài "
        "thành ít nhất 60 cm chống mưa hắt, thành chuồng cao 1,5–1,8 m với nan cách nhau 6–10 cm đóng dọc. Cửa rộng "
        "60–70 cm, sàn cao hơn sân chơi 0,7–1 m nên có bậc cầu thang xây gạch, đá cho dê lên xuống.",
    ),
    (
        "oIo004",
        "en",
        "goat_house_sudogoat",
        "Raised-platform goat house design with slatted floor",
        "Design of raised goat houses for smallholders: the floor sits about 1.5 m above ground and is made of slats so "
        "that urine and droppings fall through and can be collected below, keeping the pen dry with little labour. We "
        "compare the raised platform with the deep-litter system and size pens for protection, ventilation without "
        "direct draughts and enough space per animal.",
    ),
    (
        "oIo005",
        "en",
        "goat_house_goatworld",
        "Low-cost goat shelters on a sloped concrete pad with bedding",
        "Advice for new goat keepers on building a simple shelter, from a lean-to to a converted playhouse, as long as "
        "the goats stay dry and out of the wind. We recommend a slightly sloped concrete pad for drainage, always "
        "covered with a layer of hay or straw bedding so goats never lie on bare concrete.",
    ),
    (
        "oIo006",
        "en",
        "goat_house_storey",
        "Hoop-house barns and practical layouts for dairy goats",
        "Consulting on dairy goat housing: light, airy buildings facing the sun without draughts, aisles and doors wide "
        "enough for a wheelbarrow, feed and bedding storage close by, water and power on hand. We also supply hoop "
        "houses framed in tubular steel with reinforced plastic covers, far cheaper than conventional barns and easy to "
        "repurpose.",
    ),
    # --- rabbit cages ---
    (
        "oIo007",
        "vi",
        "rabbit_cage_namdinh",
        "Lồng chuồng thỏ sinh sản: đáy nan, máng ăn và giá cỏ",
        "Cung cấp mẫu cũi lồng thỏ sinh sản bằng tre, gỗ, sắt hoặc inox, có mái che chống nóng, chống chuột. Đáy lồng "
        "làm nan rộng 1,4–1,5 cm, khe hở 1,25 cm hoặc lưới ô vuông dày 3–4 mm để phân, nước tiểu lọt xuống. Máng thức ăn "
        "tinh dài 35–40 cm, giá thức ăn thô hình chữ V khe 2,2–2,5 cm và máng uống bằng sành hoặc chai dốc ngược.",
    ),
    (
        "oIo008",
        "vi",
        "rabbit_cage_trangtrai",
        "Kỹ thuật nuôi thỏ nhốt lồng trong nhà",
        "Hướng dẫn dựng nhà nuôi thỏ thông thoáng, không mưa tạt gió lùa, nền xi măng dễ vệ sinh. Lồng dài 0,6–0,7 m, "
        "rộng 0,5–0,6 m, cao 0,5 m, chân lồng cách đất 0,4–0,5 m; mỗi lồng nuôi một thỏ cái, một thỏ đực hoặc một thỏ "
        "mẹ nuôi con; thỏ thịt nuôi 8–10 con/m². Mỗi lồng có máng thức ăn thô, máng tinh và máng nước.",
    ),
    (
        "oIo009",
        "vi",
        "rabbit_cage_2lua",
        "Gia công chuồng thỏ khung sắt hàn, lưới kẽm mắt nhỏ",
        "Nhận đóng chuồng thỏ hình hộp chữ nhật, chân cao 70–80 cm để dễ quét dọn, xịt rửa. Khung sắt hàn sơn chống gỉ, "
        "sáu mặt bọc lưới mắt nhỏ khoảng 1 cm², mặt trước căng lưới để quan sát, đáy lưới cho phân và cỏ thừa lọt xuống "
        "máng hứng. Phù hợp trại nuôi thỏ công nghiệp quy mô lớn.",
    ),
    (
        "oIo010",
        "en",
        "rabbit_cage_fem",
        "Rabbit cage, pen and nest-box specifications",
        "Standard dimensions for rabbitries: doe cages 90 x 70 x 50 cm, buck cages 60 x 60 x 45 cm, welded mesh of 1 x 1 "
        "cm on the floor and 2.5 x 2.5 cm on the sides, cages raised 75–90 cm with metal guards on the legs against rats "
        "and snakes. Weaner pens of 1.2 x 1.5 m hold about 20 young rabbits; wooden nest boxes 50 x 30 x 15 cm with a "
        "mesh bottom; feeders fillable from outside and nipple or bottle drinkers.",
    ),
    (
        "oIo011",
        "en",
        "rabbit_cage_pashu",
        "Hygienic cage systems for commercial rabbit production",
        "Veterinary guidance on cage-based rabbit rearing: cages, fittings and walls built so they can be cleaned, "
        "disinfected or replaced, with portable parts washed outside the rabbit house. Galvanised iron equipment is "
        "recommended because it is easy to disinfect; smooth concrete is also acceptable.",
    ),
    (
        "oIo012",
        "en",
        "rabbit_cage_microfarm",
        "Choosing cages for meat rabbits: stacked, hanging, colony or hutch",
        "Buyer's guide and supply of meat-rabbit housing. Stackable cages save floor space indoors but need droppings "
        "trays emptied; hanging cages let manure fall through and keep rabbits away from waste; colony pens and "
        "outdoor hutches suit other setups. We help match the system to floor space, predators, manure handling and "
        "whether you build or buy.",
    ),
    (
        "oIo013",
        "en",
        "rabbit_hutch_mcnitt",
        "Practical rabbit housing manual: hutches, cages and wire",
        "Extension manual from a university agricultural research centre covering requirements for rabbit housing, "
        "types of cages and hutches, choice of wire and building materials, how to build cages and hutches, siting and "
        "ventilation of rabbitry buildings and interior cage layout.",
    ),
    # --- quail housing ---
    (
        "oIo014",
        "vi",
        "quail_house_nguoichannuoi",
        "Tiêu chuẩn chuồng nuôi chim cút đẻ",
        "Tư vấn chuồng cút đẻ đáp ứng nhu cầu sinh lý: cút non cần 24–35 °C, cút đẻ 18–25 °C; chuồng thoáng khí, thông "
        "gió tốt để không tích khí độc từ phân, cao ráo tránh ẩm. Thiết kế dễ dọn rửa, máng ăn uống thay rửa thường "
        "xuyên, đặt nơi yên tĩnh và có rào chắn chống chuột, mèo.",
    ),
    (
        "oIo015",
        "vi",
        "quail_egg_haiduong",
        "Lồng nuôi cút đẻ nhiều tầng, đáy dốc cho trứng lăn ra khay",
        "Chuyển giao mô hình nuôi cút lấy trứng từ hộ nuôi 4.000 con: lồng quây lưới chia nhiều tầng tiết kiệm diện tích, "
        "máng ăn uống chống rơi vãi, đáy lồng hơi dốc để trứng tự lăn ra khay treo bên ngoài. Cút đẻ mỗi ngày một quả "
        "nặng khoảng 10% khối lượng cơ thể nên dùng cám hỗn hợp riêng cho cút đẻ.",
    ),
    (
        "oIo016",
        "vi",
        "quail_breed_anhsao",
        "Quy trình nuôi cút sinh sản và cung cấp cút giống",
        "Hướng dẫn nuôi cút sinh sản qua 3 giai đoạn: cút con 0–3 tuần, hậu bị 4–10 tuần và đẻ trứng sau 10 tuần. Mục "
        "tiêu cút Nhật 10 tuần đạt 120–130 g con trống, 167–170 g con mái; cút Mỹ 200–210 g trống, 230–250 g mái; độ đồng "
        "đều trên 80% và khoảng 250 cút con loại 1 mỗi mái mỗi năm.",
    ),
    (
        "oIo017",
        "vi",
        "quail_hitech_ipsa",
        "Quy trình nuôi cút thương phẩm ứng dụng công nghệ cao",
        "Phân viện Chăn nuôi Nam Bộ (Viện Chăn nuôi) chuyển giao tài liệu và quy trình nuôi cút thương phẩm công nghệ cao, "
        "áp dụng cho trại giống, trung tâm giống địa phương, hợp tác xã, công ty và hộ gia đình, nhằm nâng năng suất và "
        "hiệu quả kinh tế so với cách nuôi truyền thống.",
    ),
    (
        "oIo018",
        "en",
        "quail_household_echo",
        "Household Japanese quail system with home-made cages",
        "A small-scale egg and meat system built around the Japanese quail, tested for three years at household level: "
        "home-made cages, feeds that families can grow or buy, and sanitation that protects birds and people. All "
        "equipment was built and used, and actual costs and yields are reported.",
    ),
    (
        "oIo019",
        "en",
        "quail_cage_yjd",
        "Quail cage manufacturing: space, ventilation and wire floors",
        "Manufacturer of wire-mesh quail cages designed for welfare and productivity: at least 1 square foot per bird "
        "to avoid stress and pecking, mesh sides and positioning for air flow to limit ammonia and heat stress, and "
        "wire floors that let droppings fall through, with options to reduce foot injuries.",
    ),
    (
        "oIo020",
        "en",
        "battery_cage_chickenrearing",
        "Battery cage systems for laying hens",
        "Supply of stacked wire battery cages for chicken egg farms, with integrated feeding and watering lines and egg "
        "collection belts, allowing high-density layer housing and easier monitoring of the flock.",
    ),
    (
        "oIo021",
        "en",
        "battery_cage_seco",
        "Battery cages for commercial layers in tropical countries",
        "Layer hen battery system: each hen in a galvanised wire cage of about 14 x 16 inches, 17 inches high, floor "
        "sloped so eggs roll to a receiving gutter, droppings tray underneath, feed and water outside; cages can be "
        "multi-storey and require a ventilated, vermin-proof house and a high initial investment.",
    ),
    # --- forage ---
    (
        "oIo022",
        "vi",
        "forage_goat_trieuphu",
        "Cung cấp giống cỏ năng suất cao cho trang trại dê",
        "Giới thiệu và cung ứng các giống cỏ nuôi dê giàu dinh dưỡng: cỏ yến mạch chịu lạnh, protein thô 18–22%, năng "
        "suất 75–80 tấn/ha/năm; cỏ voi xanh Thái Lan không lông, rễ khỏe, có thể đạt 500 tấn/ha/năm. Kèm hướng dẫn trồng, "
        "chăm sóc để thu hoạch nhiều năm.",
    ),
    (
        "oIo023",
        "vi",
        "forage_goat_docz",
        "Tư vấn nhu cầu dinh dưỡng và khẩu phần thức ăn xanh cho dê",
        "Tính toán khẩu phần cho dê dựa trên nhu cầu vật chất khô 3–6% thể trọng; dê ăn được khoảng 170 loài cây lá thuộc "
        "80 họ và nhiều phụ phẩm. Dê Bách Thảo nuôi nhốt ăn cỏ voi, cỏ ghinê, lá chàm, ngọn mía cần 2,75–2,87 kg VCK "
        "cho 100 kg thể trọng; có định mức VCK và protein cho mỗi kg tăng trọng theo tháng tuổi.",
    ),
    (
        "oIo024",
        "vi",
        "co_sua_nghean",
        "Cung ứng hom giống cỏ sữa cao và cỏ sữa lùn",
        "Hộ trồng cỏ ở Nghệ An cung cấp hom giống cỏ sữa cao NLT 01 Thái Lan (2,5–3 m) và cỏ sữa lùn Đài Loan (khoảng "
        "80 cm), năng suất 250–300 tấn/ha/năm, thân lá mềm giòn, trâu bò, dê, thỏ đều ham ăn. Giao hom cho khách nhiều "
        "tỉnh.",
    ),
    (
        "oIo025",
        "en",
        "leucaena_burundi",
        "Leucaena and other fodder trees for goats",
        "Goat project experience with high-protein shrubs and trees: Leucaena leucocephala, the 'alfalfa of the tropics', "
        "grown as a fenced fodder bank for browsing or cut-and-carry, also used in place of concentrates for weak goats. "
        "Because of tannins, keep these species to about 25% of the diet; not suitable for single-stomached animals.",
    ),
    (
        "oIo026",
        "en",
        "forage_goat_ph",
        "Improved grass and legume pastures for goats",
        "A rural life centre advises goat raisers to replace low-yielding native grasses with improved species: star, "
        "Napier, guinea and para grass, combined 50-50 with legumes such as ipil-ipil, centrosema, stylo, siratro, "
        "kakawate and flemingia, which improves milk and meat quality, fertilises the soil and curbs erosion. Start with "
        "test plots and expand.",
    ),
    (
        "oIo027",
        "en",
        "leucaena_chop",
        "Chopped leucaena forage: how thick a twig goats can use",
        "Feeding research on chopped leucaena for goats: twigs up to 8 mm had the most protein (177 g/kg DM) but 36% less "
        "yield (13.5 t/ha/yr); intake of protein and energy stayed high up to 15 mm stems. Chopping forage with twigs up "
        "to 15 mm allows 20–40% higher stocking rates without lowering nutrient intake.",
    ),
    (
        "oIo028",
        "vi",
        "rabbit_keodau_thainguyen",
        "Sử dụng lá keo dậu trong khẩu phần nuôi thỏ thịt",
        "Kết quả luận văn thạc sĩ tại Trường Đại học Nông Lâm Thái Nguyên về việc đưa lá keo dậu vào khẩu phần thỏ thịt "
        "nhằm giảm chi phí thức ăn; chuyển giao mức phối trộn và cách sử dụng lá keo dậu cho hộ nuôi thỏ.",
    ),
    (
        "oIo029",
        "vi",
        "va06_danviet",
        "Trồng cỏ VA06 nuôi trâu bò ở vùng núi cao",
        "Viện Khoa học kỹ thuật nông lâm nghiệp miền núi phía Bắc chuyển giao mô hình trồng cỏ VA06 trên triền dốc cho "
        "bà con dân tộc nuôi trâu bò, năng suất 300–350 tấn/ha/năm, 1 ha cỏ nuôi được khoảng 20 con trâu, tránh thả rông "
        "phá nương.",
    ),
    (
        "oIo030",
        "en",
        "goat_brush_ncsu",
        "Using goats for weed and brush control on pastures and woodlots",
        "Extension research on grazing goats as biological control of multiflora rose, vines and saplings on abandoned "
        "pastures; after four years of goat and cattle grazing, pastures became grass and clover dominated. Also covers "
        "goat diets in woodland understory and kid gains on winter wheat.",
    ),
    # --- silage ---
    (
        "oIo031",
        "vi",
        "silage_napier_nguoichannuoi",
        "Kỹ thuật ủ chua cỏ voi trong túi",
        "Hướng dẫn ủ chua cỏ voi để dự trữ thức ăn: 120 kg cỏ voi băm 2–5 cm, 3 lít rỉ mật, 1–2 kg cám gạo hoặc cám ngô, "
        "0,5–1 kg muối, 3–4 túi ủ. Cỏ sau ủ thơm, hơi chua, giàu vitamin nhóm B và vi khuẩn lactic; lưu ý không thay "
        "hoàn toàn thức ăn xanh để tránh tiêu chảy.",
    ),
    (
        "oIo032",
        "vi",
        "silage_corn_binhquan",
        "Ủ chua thân cây ngô sau thu hoạch làm thức ăn chăn nuôi",
        "Quy trình ủ chua thân cây ngô còn bắp: phơi héo khoảng nửa ngày, đảo 2 giờ một lần, băm 1–4 cm; tỷ lệ cho 100 kg "
        "thân ngô gồm 4 kg cám gạo, 4 kg bột sắn, 5–10 kg rỉ mật, 10–20 lít nước và 0,5 kg muối. Kèm cách kiểm tra độ ẩm "
        "trước khi ủ.",
    ),
    (
        "oIo033",
        "vi",
        "silage_pit_thuvien",
        "Ủ chua cỏ xanh trong hố ủ dự trữ thức ăn gia súc",
        "Kỹ thuật của Trung tâm Nghiên cứu và Phát triển chăn nuôi miền núi: 100 kg cỏ xanh (cỏ voi, cỏ sả, ghinê, lá "
        "sắn...), 0,5 kg muối, 6–7 kg cám gạo hoặc bột ngô, bột sắn; cỏ bánh tẻ độ ẩm 70–80%, cắt 3–5 cm. Hố ủ đất đường "
        "kính 1–1,2 m, sâu 1–1,2 m ở nơi cao ráo.",
    ),
    (
        "oIo034",
        "vi",
        "silage_corn_tambinh",
        "Mô hình ủ chua thân cây bắp trong túi nilon",
        "Phòng Nông nghiệp và PTNT huyện Tam Bình phối hợp xã Loan Mỹ chuyển giao cách ủ chua thân bắp sau thu trái trong "
        "túi nilon, phối trộn cám gạo, bột bắp và muối để tăng tỷ lệ tiêu hóa, giúp hộ chăn nuôi dự trữ thức ăn giá rẻ "
        "cho mùa khô.",
    ),
    (
        "oIo035",
        "en",
        "silage_goat_dgj",
        "Feeding silage safely to dairy goats",
        "Nutrition advice on silage for goats: like all ruminants goats digest fermented feed well, and silage gives "
        "consistent rations when browse quality fluctuates, but poorly made or mishandled silage can harm goats. We "
        "cover crop maturity at harvest, ensiling, feed-out handling and mixing silage into a total mixed ration.",
    ),
    (
        "oIo036",
        "en",
        "silage_goat_india",
        "Pit silage making for goat farms",
        "Step-by-step silage for goat farms: grow maize, sorghum, pearl millet, hybrid Napier or sugar-cane tops; harvest "
        "at pre-flowering to flowering, keep moisture under 75%, chaff to about one inch, wilt wet crops in the sun 4–6 "
        "hours, then pack airtight in a pit dug on slightly sloping ground.",
    ),
    (
        "oIo037",
        "en",
        "silage_bag_kenya",
        "Small-bag silage for smallholder farmers",
        "Training on bag silage: strong high-density plastic bags holding 5–50 kg of chopped green fodder, packed tight "
        "to exclude air, stored near the animals on a well-drained surface, stacked away from rats and birds and checked "
        "for holes. Concrete pads are best; packing is the main factor in silage quality.",
    ),
    (
        "oIo038",
        "en",
        "silo_bagger_hayforage",
        "Silo bags and 14-foot bagging machines for large dairies",
        "Forage consultancy for expanding dairy herds: large silo bags filled by bagging machines as an alternative to "
        "bunker piles, lower capital outlay during expansion, feed inventory marked on the bag, laid on asphalt pads.",
    ),
    (
        "oIo039",
        "vi",
        "corn_chopper_trieuphu",
        "Máy băm thân cây bắp công suất lớn",
        "Cung cấp máy băm thân cây ngô, cỏ và rơm cho trại trâu bò quy mô lớn, băm hàng tấn mỗi ngày với kích cỡ đều, thay "
        "cho băm tay; thân lá bắp băm 3–4 cm có thể đem ủ ngay trong 1–2 ngày.",
    ),
    (
        "oIo153",
        "en",
        "silage_bagger_agproud",
        "Commercial silage baggers for custom harvesters",
        "Equipment supplier of high-capacity silage bagging machines built to unload trucks and keep pace with "
        "self-propelled corn and sorghum harvesters, with larger bag diameters and faster setup between bags.",
    ),
    # --- feed and pellets ---
    (
        "oIo040",
        "vi",
        "rabbit_feed_maylamnong",
        "Công thức tự phối trộn thức ăn cho thỏ",
        "Chia sẻ kinh nghiệm phối trộn thức ăn tinh cho thỏ từ lúa, ngô, sắn và nguồn đạm, điều chỉnh theo giai đoạn: "
        "tăng tinh bột khi vỗ béo và 20 ngày đầu sau khi thỏ mẹ đẻ, hạn chế ở thỏ hậu bị để tránh béo gây vô sinh; bổ "
        "sung đủ đạm cho thỏ mẹ nuôi con và thỏ sau cai sữa.",
    ),
    (
        "oIo041",
        "vi",
        "goat_rabbit_feed_module",
        "Đào tạo nghề: chuẩn bị thức ăn cho dê, thỏ",
        "Giáo trình và lớp đào tạo sơ cấp nghề nuôi dê, thỏ (mô đun MĐ02) của Bộ Nông nghiệp và PTNT: nhận biết, thu "
        "hái, chế biến và bảo quản thức ăn cho dê, thỏ, tận dụng lá cây, rau cỏ và phụ phẩm nông nghiệp để giảm chi phí.",
    ),
    (
        "oIo042",
        "en",
        "rabbit_pellet_mill",
        "Making complete pellet feed for rabbits with a pellet mill",
        "Guide and equipment for rabbit farms that pellet their own feed: formulate a complete ration to rabbit feeding "
        "standards, buy or prepare a premix and dilute every ingredient below 1% of the finished feed step by step so "
        "trace nutrients mix evenly, match particle size of ingredients, then press in a rabbit pellet mill.",
    ),
    (
        "oIo043",
        "en",
        "rabbit_pellet_ingr",
        "Rabbit pellet ingredients and nutrient targets",
        "Feed formulation guidance: rabbit pellets should carry at least 22% crude fibre, about 14% protein and around 1% "
        "fat and calcium; maintenance rations 12–15% protein rising to 16–20% for pregnant, lactating and growing "
        "rabbits. Soybean meal at around 17.5% in commercial pellets, with cereal grains for energy.",
    ),
    (
        "oIo044",
        "en",
        "rabbit_pellet_uthm",
        "Low-cost rabbit pellet formula using the Pearson square",
        "University project that formulated a pellet for pregnant does with an animal feed calculator: water spinach, "
        "pineapple, carrot, cucumber, molasses, soybean hull, sunflower seed and anchovy heads, shaped with a meat "
        "mincer and oven-dried at 50–60 °C. Result 21.22% crude protein, 16.83% fibre, cost about RM 25.35 per 3 kg "
        "against RM 27 for commercial pellets.",
    ),
    (
        "oIo045",
        "vi",
        "rabbit_feed_homemade",
        "Công thức thức ăn tự làm cho thỏ từ cỏ khô và bột mì",
        "Công thức làm thức ăn thỏ tại nhà để giảm chi phí: 400 g cỏ khô linh lăng hoặc cỏ khô khác cắt 1–2 cm, 150 g bột "
        "mì, 100 g cám hoặc vỏ yến mạch, muối khoáng; trộn với 300 ml nước có rỉ mật và dầu, ép phẳng rồi sấy khô.",
    ),
    (
        "oIo046",
        "vi",
        "duck_feed_binhminh",
        "Thiết kế công thức phối trộn thức ăn cho vịt",
        "Tư vấn các loại thức ăn phối hợp cho vịt đẻ: thức ăn toàn giá, thức ăn đậm đặc chiếm 15–50%, thức ăn trộn sẵn "
        "khoáng 5–10% hoặc vi lượng 0,5–5%, và cách pha chế khẩu phần hằng ngày dạng bột hoặc viên.",
    ),
    (
        "oIo047",
        "en",
        "pet_rabbit_pellets_wabbit",
        "How many pellets to feed a pet rabbit",
        "Pet-owner guide: adult house rabbits get at most 1/8 to 1/4 cup of pellets per 5 lb of body weight per day, "
        "babies unlimited; alfalfa pellets under 7 months, timothy pellets after, and avoid mixes with dried fruit, "
        "seeds or coloured pieces.",
    ),
    # --- goat breeding and records ---
    (
        "oIo048",
        "vi",
        "goat_boer_bachthao",
        "Cung cấp dê giống Boer và Bách Thảo",
        "Giới thiệu đặc điểm và cung cấp giống: dê Boer hướng thịt gốc Nam Phi, thân trắng đầu nâu đỏ, đực trưởng thành "
        "110–135 kg, cái 90–100 kg, khối lượng sơ sinh 2,8–3,1 kg, 3 tháng 15,1–16,3 kg, 12 tháng 41,8–46,6 kg; dê Bách "
        "Thảo kiêm dụng thịt sữa, lông đen sọc trắng dọc mặt, dùng làm nền lai tạo.",
    ),
    (
        "oIo049",
        "vi",
        "goat_select_docz",
        "Tư vấn chọn dê cái và dê đực làm giống",
        "Hướng dẫn chọn dê cái giống: đầu rộng, lưng thẳng, hông rộng, bầu vú gắn chặt, núm vú dài 4–6 cm, gân sữa nổi, "
        "hiền, cho sữa cao và bền. Dê đực giống: thân cân đối, ngực nở, hai tinh hoàn to đều, tính hăng, chọn từ dê mẹ cao "
        "sản đẻ từ lứa 2 trở đi và đẻ từ 2 con trở lên.",
    ),
    (
        "oIo050",
        "vi",
        "goat_select_loaithai",
        "Quy trình chọn lọc và loại thải đàn dê sữa",
        "Tiêu chí chọn dê sữa đực giống theo dòng giống, ngoại hình và khả năng phối giống thụ thai từ 85% trở lên; nên "
        "chọn con một vì thể trọng cao. Loại thải cá thể không đạt chuẩn, dê cái 7 tuổi, dê đực 8 tuổi, con sinh sản hoặc "
        "tiết sữa sút kém, bệnh không hồi phục.",
    ),
    (
        "oIo051",
        "vi",
        "goat_bucks_sontay",
        "Dê đực giống Boer, Alpine, Saanen đã đánh giá qua đời con",
        "Trung tâm Nghiên cứu Dê và Thỏ Sơn Tây đánh giá 3 đực Boer, 4 đực Saanen và 5 đực Alpine nhập từ Mỹ qua 20–30 đời "
        "con mỗi đực (2002–2005): đực Boer số 307 cho đời con 19,8/17,6 kg lúc 3 tháng và 42,6/42,0 kg lúc 9 tháng; đực "
        "Alpine và Saanen tốt nhất cho đời con 342–362 kg sữa. Cung cấp đực giống và tinh.",
    ),
    (
        "oIo052",
        "en",
        "goat_records_easykeeper",
        "Herd software: breeding records and kidding schedule",
        "Online herd-management software for goat breeders: add hand, pen or pasture breedings, AI and embryo transfer; "
        "due dates are calculated from a 150-day gestation, upcoming kiddings show on the dashboard two weeks ahead and in "
        "a kidding schedule, and pen breedings can be updated when the actual service date is seen.",
    ),
    (
        "oIo053",
        "en",
        "goat_records_breederhq",
        "Dairy goat record-keeping platform",
        "Software that links six record types for a dairy goat program: kidding and reproductive history, test-day milk "
        "weights and somatic cell counts, linear appraisal, parasite program with FAMACHA and fecal egg counts, disease "
        "test status and animal identification, with CSV import of milk-test data.",
    ),
    (
        "oIo054",
        "en",
        "goat_records_kinne",
        "Goat record forms and health charts",
        "A long-time goat breeder shares record-keeping forms: a daily barn notebook as the master source, individual "
        "health charts with medicines, doses, diet changes and twice-daily temperatures, plus forms that compare "
        "individuals and track herd performance for breeding, culling and treatment decisions.",
    ),
    (
        "oIo055",
        "en",
        "goat_records_informed",
        "What records a meat goat farm should keep",
        "Advice for commercial meat goat flocks on the few traits worth recording: birth details (number, weight, date), "
        "liveweights at key ages and kidding performance from mating to weaning, noted on a shed blackboard and moved to "
        "a book, sheet or spreadsheet, always with date and animal identity.",
    ),
    (
        "oIo056",
        "en",
        "goat_records_countryside",
        "Livestock record keeping for goat breeding programmes",
        "Guidance on which facts to record: heat cycle dates to plan stud service or AI, breeding dates and buck used to "
        "predict due dates and avoid pedigree errors, escapes into the buck pen, and kidding outcomes for herd-book "
        "accuracy and selection.",
    ),
    (
        "oIo057",
        "en",
        "farmpath_app",
        "Farm app for herd groups, animal records and milking logs",
        "Farm management app with an animal dashboard: create herds or breed groups for cattle, goats or poultry, add "
        "individual animals, keep milking logs, events and reminders, and assign sales and expenses to an animal or herd "
        "for per-animal profitability.",
    ),
    (
        "oIo058",
        "en",
        "nmr_datastream",
        "Parser for dairy cow milk-recording datastreams",
        "Open-source library that reads NMR milk-recording datastream files for dairy cow herds and returns each "
        "sampling date with cows in milk, total milk, fat, protein and lactose weights, bulk tank results and somatic "
        "cell counts.",
    ),
    # --- rabbit breeding stock ---
    (
        "oIo059",
        "vi",
        "rabbit_nz_tayninh",
        "Cung cấp thỏ giống lai New Zealand trắng",
        "Giới thiệu giống thỏ lai New Zealand trắng mắn đẻ, thành thục sớm, nhiều thịt, trưởng thành 4,5–5 kg. Bán thỏ "
        "giống 45–50 ngày tuổi nặng 1,5–1,7 kg, khỏe, không dị tật; hướng dẫn phân biệt đực cái để nhốt riêng. Một lao "
        "động nuôi được 20–30 đôi thỏ, 2,5–3 lứa/năm.",
    ),
    (
        "oIo060",
        "vi",
        "rabbit_meat_qdnd",
        "Kỹ thuật nuôi thỏ lấy thịt và nguồn giống uy tín",
        "Hướng dẫn nuôi thỏ thịt giống New Zealand (lông trắng mắt đỏ) và California (đốm đen tai, mũi), trưởng thành "
        "4,5–5 kg; chọn thỏ lanh lợi, mắt sáng, lông mượt, răng đều. Giống có thể mua từ Trung tâm Nghiên cứu Dê và Thỏ "
        "Sơn Tây hoặc Trại thỏ Việt – Nhật Ninh Bình; chuồng có van nước tự động.",
    ),
    (
        "oIo061",
        "vi",
        "rabbit_ngoai_book",
        "Kỹ thuật chăn nuôi thỏ ngoại New Zealand, California, Panon",
        "Tài liệu kỹ thuật của Nhà xuất bản Nông nghiệp: các giống thỏ ngoại đã thích nghi ở Việt Nam, năng suất gấp 2–2,5 "
        "lần thỏ nội, 7 lứa/năm, 7–8 con/lứa, cai sữa 2 tháng 650–700 g, 3 tháng 2,8–3 kg, tỷ lệ thịt xẻ 52–55%.",
    ),
    (
        "oIo062",
        "vi",
        "rabbit_breeding_damtang",
        "Kỹ thuật nuôi thỏ sinh sản",
        "Hướng dẫn quản lý sinh sản thỏ: không cho đẻ quá dày để thỏ mẹ không kiệt sức sau hai năm và thỏ con không èo "
        "uột; cách phân biệt giới tính thỏ con từ 3–4 tuần tuổi bằng cách ấn nhẹ lỗ sinh dục; tách đực cái đúng lúc.",
    ),
    (
        "oIo063",
        "en",
        "rabbit_texas",
        "Backyard meat rabbit production and cooperative marketing",
        "Extension publication on backyard fryer production: grow the breeding herd only to local demand, form a "
        "producers' marketing cooperative to plan supply of live or dressed fryers, producer responsibility for "
        "wholesome meat where no inspection is required, step-by-step dressing of a fryer and recipes to build demand.",
    ),
    (
        "oIo064",
        "en",
        "rabbit_suburb",
        "Seasonal breeding plan for meat rabbits in hot climates",
        "Small farm practice: rabbits thrive in cool weather and suffer in summer heat, so breeding starts in early "
        "September, litters are avoided from late May, does are limited to three litters a year, and cages are kept in "
        "shade with frozen water jugs to prevent heat stroke. Rabbit manure is sold as a prized, non-burning fertiliser.",
    ),
    # --- goat health ---
    (
        "oIo065",
        "vi",
        "goat_roundworm_book",
        "Chẩn đoán và phòng trị bệnh giun tròn đường tiêu hóa ở dê",
        "Tài liệu kỹ thuật chăn nuôi dê về giun tròn: giun xoăn Haemonchus contortus hút máu gây thiếu máu cấp, giun móc "
        "Bunostomum và Gaigeria ở ruột non; vòng đời qua phân ra đồng cỏ rồi dê nuốt ấu trùng. Triệu chứng thiếu máu, tiêu "
        "chảy xen táo bón, thủy thũng dưới cổ; cách chẩn đoán và tẩy trừ.",
    ),
    (
        "oIo066",
        "vi",
        "goat_disease_vusta",
        "Phòng trị sán dây và một số bệnh thường gặp ở dê",
        "Hướng dẫn trị sán dây Moniezia bằng Niclosamide 50 mg/kg thể trọng, tẩy sán toàn đàn 6 tháng/lần và không chăn "
        "thả nơi ẩm thấp nhiều ve bét; xử lý bệnh đau bụng ở dê con và bệnh axetôn huyết do khẩu phần mất cân đối.",
    ),
    (
        "oIo067",
        "en",
        "goat_vacc_americandairymen",
        "CDT vaccination program for goat herds",
        "Extension vaccination protocol: every goat should receive CDT (Clostridium perfringens C and D plus tetanus). "
        "Does are boosted about 30 days before kidding after a two-shot priming series; kids get a first dose at 5–6 "
        "weeks and a booster 3–4 weeks later, or at 7–21 days if dam status is unknown; bucks boosted 30 days before "
        "breeding.",
    ),
    (
        "oIo068",
        "en",
        "goat_flock_johnday",
        "Goat and sheep flock health: vaccination and deworming protocol",
        "Veterinary flock-health program: CD/T for kids at 1–2 months with a booster 3–4 weeks later, deworming kids "
        "every 2 months until sale, does vaccinated before breeding and boosted a month before kidding, FAMACHA scoring "
        "to decide who needs deworming, rotation of dewormer classes and isolation of new animals.",
    ),
    (
        "oIo069",
        "en",
        "goat_herd_vt",
        "Herd health calendar for goats",
        "University extension herd-health procedures by season: six weeks before breeding trim feet and treat foot rot, "
        "FAMACHA-based deworming, check teeth and udders and cull chronic mastitis, CDT vaccination; breeding soundness, "
        "scrotal circumference and body condition checks for bucks.",
    ),
    (
        "oIo070",
        "en",
        "goat_kids_langston",
        "Kid care and herd health program for small goat herds",
        "Goat research institute guidance: dry kids at birth, dip navels and feet in strong iodine, feed colostrum at "
        "10% of body weight within 30–60 minutes and for 3–4 days, check for birth defects, disbud from 3 days to 2 "
        "weeks; herd programs tailored to herd size and goals.",
    ),
    (
        "oIo071",
        "vi",
        "lungworm_cattle",
        "Phòng trị bệnh giun phổi ở trâu bò",
        "Hướng dẫn phòng trị giun phổi Dictyocaulus ở trâu bò 2–12 tháng tuổi: giun dài 3–5 cm ký sinh khí quản, ấu trùng "
        "theo phân ra đồng cỏ, vòng đời 21–30 ngày, gây viêm phế quản, ho, khó thở.",
    ),
    # --- rabbit health ---
    (
        "oIo072",
        "vi",
        "rhd_hatinh",
        "Phòng chống bệnh xuất huyết ở thỏ (RHD)",
        "Khuyến cáo của ngành nông nghiệp về bệnh xuất huyết thỏ do Calicivirus: xuất hiện ở Việt Nam từ năm 2000, năm 2003 "
        "làm chết hàng chục nghìn thỏ ở Đồng Nai, Tiền Giang, Bà Rịa – Vũng Tàu, Lâm Đồng, TP.HCM; tỷ lệ chết 80–100%, "
        "nặng ở thỏ trên 50 ngày tuổi và thỏ nái; lây qua tiếp xúc, dụng cụ, thức ăn, côn trùng. Biện pháp phòng bệnh.",
    ),
    (
        "oIo073",
        "vi",
        "rhd_happyvet",
        "Sát trùng và phòng trị bệnh xuất huyết thỏ",
        "Công ty thuốc thú y hướng dẫn phòng bệnh xuất huyết thỏ: virus bền, sống ít nhất 225 ngày ở 4 °C và 105 ngày trên "
        "quần áo khô, nhưng bị diệt bởi NaOH 10% hoặc formaldehyde 1–1,4%; bệnh lây nhanh, chết nhiều. Tư vấn sát trùng "
        "chuồng, tiêm phòng và xử lý ổ dịch.",
    ),
    (
        "oIo074",
        "vi",
        "rhd_vaccine_navetco",
        "Vắc xin vô hoạt phòng bệnh xuất huyết thỏ",
        "Nghiên cứu tại Công ty Thuốc thú y Trung ương (NAVETCO) và Trường Đại học Nông Lâm TP.HCM xác định độ dài miễn "
        "dịch và thời gian bảo quản của vắc xin vô hoạt xuất huyết thỏ sản xuất trong nước; cung cấp vắc xin và lịch "
        "tiêm cho trại thỏ.",
    ),
    (
        "oIo075",
        "en",
        "rhd_maynevets",
        "Vaccination against viral haemorrhagic disease in rabbits",
        "Veterinary practice offering protection against VHD1 and VHD2: VHD1 kills almost all affected rabbits within "
        "48 hours; VHD2, found since 2010, kills 7–20% over several days and also affects kits under six weeks. Both "
        "spread by contact, objects, clothing, insects and birds, so vaccination is essential.",
    ),
    (
        "oIo076",
        "en",
        "cocci_rabbit_vetscraft",
        "Control of coccidiosis in rabbits",
        "Veterinary notes on hepatic (Eimeria stiedae) and intestinal coccidiosis, common around weaning under poor "
        "sanitation: wasting, diarrhoea, bloating and sudden death. Treat with sulphamezathine 0.2% in drinking water; "
        "control by daily cage cleaning, clean feeders, wire floors and coccidiostats such as amprolium, clopidol or "
        "robenidine in feed.",
    ),
    (
        "oIo077",
        "en",
        "fao_rabbit_path",
        "Rabbit disease prevention and preventive hygiene (FAO)",
        "FAO manual chapter on rabbit pathology: most disease follows poor husbandry plus a pathogen, so keep rabbits in "
        "conditions where they need not struggle to survive. Covers intestinal and respiratory diseases, pasteurellosis, "
        "reproductive disorders, zoonoses and preventive hygiene routines for rabbitries.",
    ),
    (
        "oIo078",
        "en",
        "pet_rabbit_prevent",
        "Preventive healthcare for pet rabbits",
        "Small-animal practice advice for owners of house rabbits: neutering, hay for dental wear, weighing for obesity, "
        "grooming against fly strike, safe hutches and runs.",
    ),
    # --- quail health ---
    (
        "oIo079",
        "vi",
        "quail_nd_nnnt",
        "Phòng bệnh Newcastle cho chim cút bằng vắc xin Lasota",
        "Hướng dẫn nhận biết bệnh Newcastle trên cút: ủ rũ, ngoẹo cổ, tiêu chảy phân xanh trắng, liệt chân cánh, cút mái "
        "đẻ trứng non vỏ mềm màu nâu đen, buồng trứng teo; tỷ lệ chết có thể tới 100%. Tư vấn lịch dùng vắc xin Lasota "
        "và vệ sinh phòng bệnh.",
    ),
    (
        "oIo080",
        "vi",
        "quail_nd_xxe",
        "Tư vấn phòng chống dịch Newcastle trong trại chim cút",
        "Cảnh báo bệnh Newcastle (gà rù) trên cút: lây qua nước bọt, phân, thức ăn, dụng cụ và không khí, bùng mạnh mùa "
        "xuân, thu; thể quá cấp chết trong 25–48 giờ. Tư vấn biện pháp phòng, tiêm chủng và xử lý trước, sau khi có dịch.",
    ),
    (
        "oIo081",
        "en",
        "quail_ue_msstate",
        "Preventing ulcerative enteritis (quail disease)",
        "University extension guidance: quail with ulcerative enteritis lose breast muscle and die; preventive "
        "bacitracin or penicillin in feed and monensin help, but management matters most: clean waterers or nipple "
        "drinkers, no visitors, disinfected equipment and footwear, no new birds, 6–10 lb of salt per 100 sq ft of "
        "litter, and rodent and insect control.",
    ),
    (
        "oIo082",
        "en",
        "quail_ue_kenya",
        "Ulcerative enteritis: diagnosis, treatment and prevention",
        "Farmer reference on quail disease caused by Clostridium colinum: sudden deaths, whitish watery droppings, "
        "button-like intestinal ulcers. Bacitracin up to 200 g per ton of feed or in water, penicillin if needed; "
        "raising birds on wire is the best prevention.",
    ),
    (
        "oIo083",
        "en",
        "quail_ue_journalsres",
        "Treatment options for quail ulcerative enteritis",
        "Science communication on ulcerative enteritis, which can kill up to 100% of quail: transmission through "
        "droppings and flies, predisposing coccidiosis and overcrowding, treatment with streptomycin (44 g per 100 "
        "litres of water), bacitracin, tetracyclines, penicillin 50–100 ppm or amoxycillin plus vitamins, with response "
        "in 48–96 hours.",
    ),
    (
        "oIo084",
        "vi",
        "avian_flu_vaccine_navetco",
        "Sản xuất vắc xin cúm gia cầm Navet-Vifluvac",
        "Trung tâm nghiên cứu thú y NAVETCO sản xuất vắc xin cúm gia cầm chủng NIBRG-14 trong nước để thay thế vắc xin "
        "nhập khẩu, bảo đảm miễn dịch quần thể cho đàn gà, vịt.",
    ),
    (
        "oIo085",
        "vi",
        "guinea_fowl_nd",
        "Quy trình vắc xin phòng Newcastle và Gumboro cho gà Sao",
        "Trung tâm Nghiên cứu gia cầm Thụy Phương xây dựng lịch vắc xin cho gà Sao: nhỏ ND-IB lúc 10 và 25 ngày tuổi, "
        "tiêm ND nhũ dầu lúc 45 và 170 ngày với gà đẻ; không cần phòng Gumboro; tỷ lệ nuôi sống 90–98,73%.",
    ),
    # --- goat milk ---
    (
        "oIo086",
        "vi",
        "goat_milk_giaotrinh",
        "Chế biến sữa dê quy mô hộ: khử trùng và làm pho mát",
        "Hướng dẫn khử trùng sữa dê tại gia đình: sữa lọc cho vào xoong nhôm, hấp cách thủy, khuấy đều tới 80 °C, giữ 30 "
        "giây rồi làm lạnh nhanh trong chậu nước, đựng bình đã khử trùng. Quy trình làm pho mát: kiểm tra sữa bằng "
        "lactometer đạt 25–30 độ và độ axit dưới 22 độ Dornic trước khi chế biến.",
    ),
    (
        "oIo087",
        "vi",
        "goat_milk_vinhlong",
        "Tư vấn bảo quản sữa dê và giống dê cho sữa tốt",
        "Giải đáp của cơ quan thông tin khoa học công nghệ: sữa dê có vật chất khô 14–16%, protein 4–4,5%, mỡ 5,5–6,5%, "
        "hạt mỡ nhỏ dưới 3 micromet nên dễ tiêu; chất lượng phụ thuộc giống (dê Cỏ nhiều mỡ, Bách Thảo nhiều protein), "
        "chu kỳ sữa khoảng 5 tháng, thức ăn. Kèm cách bảo quản, chế biến sữa tươi.",
    ),
    (
        "oIo088",
        "vi",
        "goat_milk_haugiang",
        "Mô hình trang trại dê sữa thanh trùng kết hợp du lịch",
        "Trang trại 2 ha với khoảng 300 con dê ở Hậu Giang chia sẻ mô hình tự chế biến sữa: mỗi ngày cung cấp 40–60 lít "
        "sữa tươi, sữa dê thanh trùng thương hiệu riêng bán trực tiếp không qua trung gian, chăn nuôi tuần hoàn và đón "
        "khách trải nghiệm vắt sữa, cho dê ăn.",
    ),
    (
        "oIo089",
        "en",
        "goat_milk_scientifics",
        "Pasteurizing goat milk safely",
        "How-to for goat milk pasteurization: heat to 72 °C (161 °F) for 15 seconds in a commercial pasteurizer or by the "
        "water-bath method, cool quickly below 4 °C (40 °F) and store properly, killing most pathogens while keeping the "
        "milk's nutrients.",
    ),
    (
        "oIo090",
        "en",
        "goat_milk_greensbean",
        "Clean goat milk handling to prevent 'goaty' flavour",
        "Advice on processing goat milk: sterilise milking equipment and buckets before and after use, clean healthy "
        "udders, treat and withhold milk from mastitic does, no feeding for two hours before milking to avoid off "
        "flavours, dip teats afterwards and cool milk at once to 36–42 °F.",
    ),
    (
        "oIo091",
        "en",
        "goat_milk_dairyforall",
        "Goat milk products: yoghurt, ice cream, fermented milk",
        "Dairy technology notes on products from goat milk: yoghurt made with 2% culture giving good aroma, white colour, "
        "firm body and no goaty odour; fermented low-fat milk standardised to 2% fat and 10.5% SNF; premium goat milk ice "
        "cream; ultrafiltered milk for higher protein.",
    ),
    (
        "oIo092",
        "en",
        "goat_yogurt_essfeed",
        "How goat milk yogurt is made, from milking to packaging",
        "Process description for goat milk yogurt: clean milking of dairy breeds twice a day, pasteurisation, "
        "homogenisation for smooth texture, inoculation with Lactobacillus bulgaricus and Streptococcus thermophilus, "
        "incubation, cooling and packaging.",
    ),
    (
        "oIo093",
        "en",
        "chevre_sweetgrass",
        "Fresh chèvre: a simple farmstead goat cheese",
        "A farmstead creamery describes its easiest cheese: pasteurise goat milk gently at 145 °F for 30 minutes, cool to "
        "room temperature, add cultures and a little microbial rennet, set overnight, ladle curds into cloth to drain "
        "about a day, salt and pack; four days from milk to sale.",
    ),
    (
        "oIo094",
        "en",
        "goat_cheese_rockyoaks",
        "Ten-step goat cheese process for a small creamery",
        "Goat creamery process: bucket milking, milk cooled to 50 °F within 2 hours, filtered, pasteurised in a 15-gallon "
        "vat, acidified with cultures, coagulated with vegetable rennet, cut, curds washed or cooked, moulded, pressed and "
        "air-dried, salted and aged.",
    ),
    (
        "oIo095",
        "en",
        "goat_cheese_fantome",
        "Goat cheese business: a small-farm profitability case study",
        "University case study of two small Wisconsin farms that built goat cheese businesses selling at farmers markets, "
        "with lessons on costs, licensing, markets and profitability for new farmstead cheesemakers.",
    ),
    (
        "oIo096",
        "en",
        "goat_milk_quality_tf",
        "Goat milk quality, composition and Grade A requirements",
        "Reference chapter on goat milk quality: pasteurisation and protection from light control oxidised and goaty "
        "flavours caused by caproic, caprylic and capric acids released by lipases when milking and processing are "
        "poor; Grade A rules and somatic cell count limits (750,000 to 1 million cells/ml).",
    ),
    (
        "oIo097",
        "vi",
        "cow_milk_line_40t",
        "Thiết kế dây chuyền sữa tươi thanh trùng 40 tấn/ngày",
        "Đồ án thiết kế dây chuyền công nghiệp sản xuất sữa bò tươi thanh trùng năng suất 40 tấn/ngày cho nhà máy sữa.",
    ),
    (
        "oIo098",
        "vi",
        "aloe_yogurt_industrial",
        "Quy trình công nghệ sản xuất sữa chua nha đam",
        "Quy trình công nghiệp sản xuất sữa chua bò dạng set, dạng khuấy, lạnh đông và cô đặc có bổ sung nha đam: kiểm "
        "tra nguyên liệu, xử lý, cấy giống, lên men trong thiết bị chuyên dùng và rót hộp.",
    ),
    (
        "oIo099",
        "vi",
        "cheese_tech_report",
        "Tổng quan công nghệ sản xuất phô mai",
        "Tiểu luận của sinh viên Viện Công nghệ Sinh học – Thực phẩm về lịch sử, phân loại và quy trình sản xuất phô mai "
        "công nghiệp bằng đông tụ sữa với vi khuẩn và enzyme rennet.",
    ),
    (
        "oIo156",
        "vi",
        "cow_milk_zaidap",
        "Kỹ thuật khai thác, bảo quản và chế biến sữa bò",
        "Tài liệu về đặc tính sữa bò (nước 87,3%, mỡ 3,9%, protein 3,25%) và kỹ thuật vắt, bảo quản, chế biến sữa bò.",
    ),
    # --- quail eggs: collection, grading, storage, products ---
    (
        "oIo100",
        "vi",
        "quail_peel_hcmute2018",
        "Máy bóc vỏ trứng cút luộc năng suất 2.000 trứng/giờ",
        "Nhóm nghiên cứu Trường Đại học Sư phạm Kỹ thuật TP.HCM thiết kế cải tiến và chế tạo máy bóc vỏ trứng cút luộc "
        "năng suất 2.000 trứng mỗi giờ, thay cho bóc tay ở cơ sở chế biến; nhận chuyển giao và chế tạo theo đơn.",
    ),
    (
        "oIo101",
        "vi",
        "quail_peel_iuh",
        "Máy bóc vỏ trứng cút cho chuỗi bánh tráng trộn",
        "Sinh viên Trường Đại học Công nghiệp TP.HCM cải tiến và chế tạo máy bóc vỏ trứng cút phục vụ chuỗi bán bánh tráng "
        "trộn, giảm công bóc tay và giữ trứng nguyên vẹn; sẵn sàng chế tạo cho cơ sở nhỏ.",
    ),
    (
        "oIo102",
        "vi",
        "quail_balut_brvt",
        "Mô hình ấp trứng cút lộn bán giá cao",
        "Nông dân ở Bà Rịa – Vũng Tàu nuôi 6.000 cút sinh sản chia sẻ cách làm trứng cút lộn thay vì bán trứng lạt giá bấp "
        "bênh: cút mái đẻ sau khoảng 2 tháng, trứng được tuyển lựa rồi đưa vào lò ấp khoảng 10 ngày; kỹ thuật ấp giống ấp "
        "nở nhưng rút ngắn thời gian; thải loại cút mẹ khi sản lượng giảm.",
    ),
    (
        "oIo103",
        "vi",
        "egg_preserve_ias",
        "Bảo quản trứng gà, trứng vịt thương phẩm",
        "Trạm Nghiên cứu Chế biến Sản phẩm Chăn nuôi (Viện Chăn nuôi) thử ba cách bảo quản trứng tươi: dung dịch "
        "Ca(OH)₂ 0,5% + NaCl 5%, thủy tinh lỏng 10% và dầu parafin; trứng gà giữ được 5 tuần mùa hè (Haugh 51,6–51,8) so "
        "với 1 tuần nếu để thường, trứng vịt 4 tuần.",
    ),
    (
        "oIo104",
        "vi",
        "egg_candling_book",
        "Soi trứng đánh giá chất lượng trứng gia cầm",
        "Tài liệu trứng và ấp trứng gia cầm: soi trứng để đánh giá buồng khí, trạng thái lòng trắng, lòng đỏ, phát hiện "
        "trứng nứt, trứng nhiễm khuẩn, nấm để loại bỏ trước khi sử dụng hoặc ấp.",
    ),
    (
        "oIo105",
        "en",
        "egg_grading_kenya",
        "Egg grading, quality control and storage for chicken eggs",
        "Poultry guide to grading chicken eggs into grade A and B and size classes from 38 g to over 60 g, candling with "
        "a torch to check air sac (up to 4 mm), cracks, weak shells and yolk, and storing eggs correctly for market.",
    ),
    (
        "oIo106",
        "en",
        "quail_egg_storage_hu",
        "Cold storage of quail eggs: quality over 120 days",
        "Research on commercial Japanese quail eggs stored at 4 °C for up to 120 days: shell bacteria fell by 87%, "
        "albumen height dropped most in the first 30 days, yet Haugh units stayed above 72 (USDA grade AA) after 120 "
        "days. Useful for producers planning storage and marketing of table quail eggs.",
    ),
    (
        "oIo107",
        "en",
        "quail_egg_fridge_lrrd",
        "Storing quail hatching eggs in a domestic refrigerator",
        "Study of 440 Japanese quail eggs kept at 7.5 °C and 50% humidity for 0–20 days before incubation at 37.5 °C: "
        "hatchability stayed satisfactory, lowest (75%) after 20 days, weight loss reached 3.74%; a cheap option for "
        "small breeders.",
    ),
    (
        "oIo108",
        "en",
        "quail_candling_farmergrows",
        "Candling chart for quail eggs during incubation",
        "How to candle quail eggs with an LED penlight in the dark at days 5–7 and 10 of incubation to spot embryos, "
        "veins, blood rings and dead embryos, and remove infertile eggs before they rot in the incubator.",
    ),
    (
        "oIo109",
        "en",
        "quail_peeler_surabaya",
        "Semi-automatic boiled quail egg peeler, 1,200 eggs per hour",
        "University-built peeling and washing machine for small quail-egg satay businesses: screw conveyor lined with "
        "sponge, stainless polisher, automatic water wash, food-grade 430 stainless parts, 1/2 HP DC motor with pulleys "
        "and V-belt, 110 x 65 x 52 cm, capacity 1,200 quail eggs per hour.",
    ),
    (
        "oIo110",
        "en",
        "egg_peeler_cebu",
        "Egg peeling machine for chicken and quail eggs",
        "Mechanical engineering project that fabricated a machine to peel boiled chicken and quail eggs at the same time "
        "for mass peeling, reducing labour and skill needed; design, fabrication and test results available.",
    ),
    (
        "oIo111",
        "en",
        "pickled_eggs_lacrosse",
        "Safe pickled eggs: refrigerated recipes and rules",
        "Food-safety extension advice: there is no research-backed home canning process for pickled eggs and a "
        "botulism case was linked to eggs kept at room temperature, so pickled eggs must be refrigerated. Use small, "
        "fresh, hard-boiled eggs, sterilise jars 10 minutes, cover with hot brine, cure 1–2 weeks, never leave out more "
        "than two hours.",
    ),
    (
        "oIo112",
        "en",
        "quail_canning_foodblog",
        "Pressure canning quail eggs",
        "Guide to preserving surplus quail eggs: hard-boil 3–5 minutes, peel, pack in pint or half-pint jars with vinegar "
        "and canning salt brine, and process in a pressure canner because eggs are low-acid; covers supplies, steps and "
        "storage.",
    ),
    (
        "oIo113",
        "vi",
        "pickled_quail_tucson",
        "Công thức trứng cút ngâm củ dền",
        "Trang trại cung cấp trứng cút Nhật chia sẻ công thức trứng cút ngâm chua màu đỏ với nước luộc củ dền, giấm táo, "
        "đường, muối, lá nguyệt quế và đinh hương cho 24–25 quả; 5 trứng cút thay được 1 trứng gà.",
    ),
    (
        "oIo114",
        "en",
        "quail_boil_plant_jp",
        "Industrial boiled quail egg processing line",
        "Description of a Japanese plant processing 7.5 million quail eggs a month into boiled eggs: raw eggs pre-boiled "
        "with a float test to remove bad eggs, boiled in a spiral drum with controlled temperature and speed, then "
        "cooled at once in tap and chilled water to stop yolk greening and ease peeling, moved by bar conveyors.",
    ),
    (
        "oIo115",
        "en",
        "quail_canned_soy",
        "Canned quail eggs in marinade or soy sauce",
        "Patent summary of canned quail egg methods: boil, shell and wash eggs, cover with marinade (salt, sugar, "
        "acetic acid, mustard, spices) or soy sauce, sterilise 2–3 minutes from boiling, pack hot into jars and hold at "
        "least 5 days before sale; an improved lower-cost recipe is proposed.",
    ),
    (
        "oIo116",
        "en",
        "quail_egg_powder",
        "Quail egg powder and mayonnaise production",
        "Invention for drying quail egg mass into powder: wash eggs below 45 °C, separate from shell, filter, dry in a "
        "vibrating bed of inert granules (inlet 140 °C, outlet 80 °C), then use the powder in mayonnaise.",
    ),
    (
        "oIo117",
        "en",
        "century_egg_auburn",
        "Lead-free preserved duck eggs (century eggs)",
        "Processing technology for lead-free hard-shelled preserved duck eggs using soda ash, quicklime, salt, black tea "
        "and plant ash slurry, with seasons and ratios for 1,000 eggs.",
    ),
    (
        "oIo118",
        "en",
        "quail_meat_canning",
        "Canning quail meat for long-term storage",
        "Home preservation of quail meat in jars with a pressure canner; properly canned meat keeps 3–5 years in a cool, "
        "dark place.",
    ),
    (
        "oIo119",
        "en",
        "egg_sorter_arduino",
        "Low-cost egg sorting machine with load cell and Arduino",
        "Agricultural engineers built an egg sorter from local materials that weighs each egg with a load cell and "
        "HX711 amplifier and directs it by servo into size classes set in an Arduino Uno; 15 rpm gear motor and chain "
        "conveyor; weight classes can be programmed.",
    ),
    (
        "oIo120",
        "en",
        "egg_sorter_uplb",
        "Machine-vision table egg sorter, about 1,400 eggs per hour",
        "University of the Philippines Los Baños developed a single-line egg sorter with camera software that estimates "
        "egg weight from projected area (error about 1.9 g), sorting with a servo arm at 91% accuracy and 2.52 s per egg, "
        "about 1,426 eggs per hour.",
    ),
    (
        "oIo121",
        "en",
        "egg_grader_kmutnb",
        "Semi-automatic chicken egg grader with double-yolk separation",
        "Thai university machine that cleans, weighs and grades chicken eggs into sizes 0–3 on a conveyor and uses image "
        "processing and fuzzy logic to pull out double-yolk eggs.",
    ),
    (
        "oIo154",
        "vi",
        "egg_qc_minhhai",
        "Kiểm tra chất lượng trứng gà trước khi xuất chuồng",
        "Trại gà đẻ hướng dẫn kiểm tra trứng gà thương phẩm 50–70 g: hình dáng, độ sạch và độ cứng vỏ, soi đèn phát hiện "
        "vết nứt, buồng khí và dị vật trước khi xuất bán.",
    ),
    # --- manure, odour ---
    (
        "oIo122",
        "vi",
        "compost_poultry_hoichannuoi",
        "Ủ sinh học chất thải chăn nuôi gia cầm làm phân bón",
        "Kết quả thử nghiệm ủ phân và chất độn chuồng: sau 2–3 ngày đống ủ lên trên 50 °C và giữ 55–65 °C tới ngày 21, "
        "không còn phát hiện Salmonella, nhiều mẫu hết E. coli. Trộn thêm trấu và đảo đống mỗi tuần giúp phân hủy nhanh "
        "và hết mùi hôi; bổ sung EM không cho khác biệt rõ. Hướng dẫn ủ cho trại vừa và nhỏ.",
    ),
    (
        "oIo123",
        "vi",
        "em_chicken_vinhphuc",
        "Chế phẩm EM thứ cấp xử lý môi trường chuồng nuôi",
        "Trường Đại học Nông Lâm Thái Nguyên chuyển giao cách dùng EM thứ cấp làm đệm lót sinh học cho chuồng gia cầm: "
        "khí NH₃ giảm 5,71 lần, H₂S giảm 4,48 lần so với nuôi truyền thống; phân giàu N, P, K hơn (1,41; 1,62; 1,58 lần).",
    ),
    (
        "oIo124",
        "vi",
        "em_bedding_thainguyen",
        "Đệm lót sinh học dùng chế phẩm EM (Bio-TMT)",
        "Mô hình đệm lót sinh học với chế phẩm EM Bio-TMT cho chuồng gà: NH₃ giảm 4,15–5,72 lần, H₂S giảm 1,96–3,79 lần, "
        "độ ẩm và vi sinh vật trong chuồng giảm, phân có hàm lượng N, P, K cao hơn; hỗ trợ kỹ thuật làm và duy trì đệm lót.",
    ),
    (
        "oIo125",
        "vi",
        "bedding_ninhthuan",
        "Tập huấn ứng dụng đệm lót sinh học trong chăn nuôi gia cầm",
        "Tài liệu và lớp tập huấn về chăn nuôi trên đệm lót chứa vi sinh vật có ích: lên men phân, nước tiểu, giảm khí độc, "
        "mùi hôi, ruồi muỗi, không cần dọn phân và rửa chuồng suốt lứa nuôi; vẫn dùng được thuốc sát trùng thông thường.",
    ),
    (
        "oIo126",
        "vi",
        "worm_compost_thachthat",
        "Xử lý chất thải chăn nuôi bằng chế phẩm và trùn quế",
        "Quy trình xử lý phân chăn nuôi làm phân bón hữu cơ: ủ với chế phẩm Compost maker 1,5 kg/tấn, nuôi trùn quế trên "
        "chất thải đã xử lý 1,5 tháng, trộn phân và phụ phẩm thực vật tỷ lệ 90:10, bổ sung 10 kg chế phẩm vi sinh vật chức "
        "năng mỗi tấn.",
    ),
    (
        "oIo127",
        "vi",
        "worm_solidwaste",
        "Xử lý chất thải rắn hữu cơ bằng nuôi trùn quế",
        "Tiểu luận Khoa Môi trường và Tài nguyên về đặc tính sinh học của trùn quế và cách dùng trùn quế xử lý chất thải "
        "rắn hữu cơ thành phân bón; mô tả kỹ thuật nuôi, thu hoạch trùn và phân trùn.",
    ),
    (
        "oIo128",
        "vi",
        "goat_house_bentre",
        "Vệ sinh chuồng trại dê, bảo vệ môi trường",
        "Tư vấn làm chuồng dê đúng kỹ thuật và giữ vệ sinh chuồng, xử lý phân để không ô nhiễm khu dân cư, rút từ thực tế "
        "tổng đàn khoảng 95.370 con dê ở Bến Tre, tập trung tại Ba Tri, Bình Đại, Thạnh Phú.",
    ),
    (
        "oIo129",
        "en",
        "compost_usu",
        "Composting livestock manure on small farms",
        "University extension guide: adding manure to decaying organic matter reduces volume, kills parasites and weed "
        "seeds, cuts odour and gives slow-release fertiliser. Needs about two-thirds oxygen, 50% moisture, a 30:1 "
        "carbon-to-nitrogen ratio and warmth; row composting and worm composting explained.",
    ),
    (
        "oIo130",
        "en",
        "worm_rabbit_manure",
        "Using rabbit manure in worm composting",
        "Worm-farming advice: rabbit manure is rich in nitrogen and mixed with urine salts and ammonia that can harm "
        "worms when fresh, so pre-compost it thermophilically at 130–150 °F for a few days before using it as worm food "
        "or bedding, and test new materials in a small bin first.",
    ),
    (
        "oIo131",
        "en",
        "rabbit_vermicast_sg",
        "Rabbit manure vermicompost fertiliser for sale",
        "Seller of vermicompost made by worms fed rabbit manure and waste feed from elevated hutches; castings improve soil "
        "structure, water retention and controlled nutrient release, and worms remove manure piles, odour and flies.",
    ),
    (
        "oIo132",
        "vi",
        "worms_under_hutch",
        "Nuôi trùn dưới chuồng thỏ để xử lý phân",
        "Kinh nghiệm trang trại: đặt thùng ủ có trùn ngay dưới chuồng thỏ, trùn ăn phân thỏ rất nhanh và sinh sôi, sau đó "
        "chia sang các đống ủ khác, giảm phụ thuộc phân bón hóa học.",
    ),
    (
        "oIo133",
        "vi",
        "biogas_hyacinth_ctu",
        "Nạp lục bình và rơm bổ sung cho hầm ủ biogas",
        "Nghiên cứu của Trường Đại học Cần Thơ: dùng lục bình và rơm sau trồng nấm nạp chung với phân heo cho hầm biogas "
        "trong 35 ngày khi thiếu phân heo ở Đồng bằng sông Cửu Long.",
    ),
    (
        "oIo134",
        "vi",
        "prebiotic_coconut",
        "Chế phẩm prebiotic từ bã cơm dừa dùng trong chăn nuôi",
        "Viện Nghiên cứu Dầu và Cây có dầu sản xuất thử chất tiền sinh (prebiotic) từ phụ phẩm bã cơm dừa của các nhà máy "
        "chế biến dừa để bổ sung vào thức ăn chăn nuôi.",
    ),
    # --- selling, processing, markets ---
    (
        "oIo135",
        "vi",
        "goat_travinh_lienket",
        "Bao tiêu dê thịt, dê con cho hộ nuôi ở Trà Vinh",
        "Cơ sở thức ăn chăn nuôi ở TP Trà Vinh liên kết bao tiêu đầu ra cho 20 hộ nuôi dê huyện Châu Thành: thu mua dê con "
        "160.000–170.000 đồng/kg, dê thịt 135.000–140.000 đồng/kg, vỗ béo rồi bán cho thương lái Bến Tre, Tiền Giang; có "
        "trại trình diễn chuồng, cách cho ăn, phối giống và giới thiệu vay vốn ngân hàng.",
    ),
    (
        "oIo136",
        "vi",
        "rabbit_restaurant_sggp",
        "Cung cấp thỏ thương phẩm cho nhà hàng, quán ăn",
        "Chủ trại thỏ lâu năm ở Nhơn Trạch, Đồng Nai chuyên cung cấp thỏ thương phẩm cho nhà hàng, quán ăn trong vùng và "
        "nhiều quận TP.HCM; chia sẻ kinh nghiệm dựng trại, chọn giống và giữ mối tiêu thụ thịt thỏ.",
    ),
    (
        "oIo137",
        "vi",
        "rabbit_vungliem",
        "Tổ hợp tác nuôi thỏ thương phẩm nhận bao tiêu và cung cấp giống",
        "Tổ hợp tác nuôi thỏ ở xã Trung Hiệp, Vũng Liêm vận động hộ tham gia, cung cấp giống, hướng dẫn giữ chuồng mát và "
        "tiêu thụ sản phẩm; hộ thành viên nuôi từ 5 con thử nghiệm lên hơn 300 con với trên 60 thỏ nái. Xã hướng tới tổng đàn "
        "18–20 nghìn con.",
    ),
    (
        "oIo138",
        "vi",
        "rabbit_industry_danviet",
        "Kết nối tiêu thụ thỏ qua Hội Chăn nuôi thỏ Việt Nam",
        "Hội Chăn nuôi thỏ Việt Nam kết nối trang trại với đầu ra: cơ cấu đàn gồm thỏ ngoại 35,7%, thỏ lai 35,4%, thỏ nội "
        "28,9%; ngoài thịt, thỏ còn là nguyên liệu cho nhà máy dược phẩm vốn Nhật tại Việt Nam cần khoảng 5.000 con/ngày "
        "để sản xuất vắc xin sởi – rubella.",
    ),
    (
        "oIo139",
        "vi",
        "quail_slaughter_hanoi",
        "Lò mổ chim cút bán sỉ thịt và phụ phẩm",
        "Cơ sở giết mổ chim cút ở Thanh Trì, Hà Nội hơn 10 năm nhận mổ và bán sỉ cút làm sẵn (khoảng 10.000 đồng/con), tách "
        "riêng trứng non, tim và kê bán theo kg (kê khoảng 850.000 đồng/kg), giao hàng cho mối sỉ và bán qua mạng.",
    ),
    (
        "oIo140",
        "vi",
        "goat_giongtrom_bentre",
        "Trang trại dê Boer thu mua, vỗ béo và bán dê thịt",
        "Trang trại dê Boer ở Giồng Trôm phát triển từ 10 lên 600 con, thu mua dê thịt của nông dân về vỗ béo khi nhu cầu "
        "cao; dê đẻ khoảng 3 lứa trong 2 năm, nuôi gần 1 năm đạt 35–45 kg, giá bán 70.000–148.000 đồng/kg; hướng dẫn chuồng, "
        "thức ăn và chọn giống cho hộ liên kết.",
    ),
    (
        "oIo141",
        "vi",
        "goat_tiengiang_2lua",
        "Tổ hợp tác nuôi dê hỗ trợ kỹ thuật và đầu ra",
        "Mô hình tổ hợp tác nuôi dê ở Châu Thành (Bến Tre) và Gò Công (Tiền Giang, hơn 20.000 con) hỗ trợ thành viên về kỹ "
        "thuật, thú y, thuốc men, vốn và bảo đảm đầu ra; giá dê thịt 90.000–100.000 đồng/kg.",
    ),
    (
        "oIo142",
        "en",
        "goat_direct_pinkerton",
        "Direct marketing of goats and goat meat from the farm",
        "Extension chapter on selling goats directly: live sales at the farm, hauling to a locker plant for the buyer, "
        "on-farm slaughter by the new owner, or dressed carcasses, retail cuts and value-added products, with the "
        "opportunities and constraints of each route.",
    ),
    (
        "oIo143",
        "en",
        "goat_meat_license_rancher",
        "Licensing and planning for selling goat meat to restaurants",
        "Guidance for producers moving from live sales to meat: consult the state health and food-safety office first, "
        "obtain licences to sell meat to consumers, restaurants and grocers, and plan customers, supply, inventory, cash "
        "flow and pricing before slaughtering and processing.",
    ),
    (
        "oIo144",
        "en",
        "goat_channels_langston",
        "Goat marketing channels: auctions, dealers, packers, direct",
        "University guide to where to sell goats in the supply chain: live auctions with bonded payment but no price "
        "control, graded holiday sales, livestock dealers, brokers and meat packers, and direct channels that bring more "
        "responsibility; tips on meeting buyers at the sale barn.",
    ),
    (
        "oIo145",
        "en",
        "goat_nogoatleft",
        "Connecting surplus dairy goat kids to restaurants",
        "A food distributor's program links dairy goat farms that have extra kids with city restaurants willing to put "
        "goat meat on the menu, giving the goat meat trade a small but steady boost.",
    ),
    (
        "oIo146",
        "en",
        "rabbit_processor_vermont",
        "Rabbit processing and delivery to restaurants",
        "A rabbitry in business since 1987 buys live New Zealand White and Californian rabbits from growers, slaughters, "
        "packages and delivers meat to restaurants, gourmet shops and grocers, up to 500 rabbits a week; rabbit meat has "
        "147 kcal, 3 g fat and 28 g protein per 3 oz.",
    ),
    (
        "oIo147",
        "en",
        "rabbit_slaughter_malta",
        "Course: slaughtering and processing rabbits",
        "Vocational lesson on choosing rabbits for slaughter by size, age and diet, fasting and transport before "
        "slaughter, bleeding, skinning, removing organs and keeping sanitary conditions to prepare carcasses for market.",
    ),
    (
        "oIo148",
        "vi",
        "rabbit_farm_table",
        "Từ trại đến bàn ăn: quy trình chế biến thịt thỏ",
        "Bài giới thiệu chuỗi thịt thỏ cho nhà hàng: nuôi thỏ trong lồng hoặc quây, cho ăn viên, cỏ khô và rau; thỏ bị "
        "stress cho thịt dai và kém ngon; các bước giết mổ, sơ chế đến món ăn trong nhà hàng.",
    ),
    (
        "oIo149",
        "vi",
        "rabbit_slaughter_vi",
        "Hướng dẫn giết mổ và pha lóc thịt thỏ",
        "Hướng dẫn từng bước giết thỏ không đổ máu, treo xác cho chảy hết máu, lột da, moi ruột và pha thịt thành các phần "
        "để giữ thịt ngon, mọng nước và dễ bán.",
    ),
    (
        "oIo150",
        "en",
        "goat_direct_docstoc",
        "Legal considerations in direct marketing of goats",
        "Extension fact sheet on direct marketing goat products to grocery stores, through freezer sales and online, the "
        "added costs and risks, and the legal liability producers should assess before selling directly.",
    ),
    (
        "oIo151",
        "vi",
        "sheep_ninhthuan",
        "Chỉ dẫn địa lý cho thịt cừu Ninh Thuận",
        "Sở Khoa học và Công nghệ Ninh Thuận xây dựng cơ sở khoa học để đăng ký chỉ dẫn địa lý cho thịt cừu Ninh Thuận, "
        "giống cừu thích nghi nắng nóng khô hạn, thịt ngon, sạch.",
    ),
    (
        "oIo152",
        "vi",
        "goat_finance_tvu",
        "Đánh giá hiệu quả tài chính mô hình nuôi dê",
        "Nhóm nghiên cứu Trường Đại học Trà Vinh đánh giá hiệu quả tài chính của nuôi dê bán chăn thả và nuôi nhốt chuồng "
        "ở huyện Duyên Hải qua phỏng vấn 120 hộ và cán bộ ngành nông nghiệp, chỉ ra hạn chế và giải pháp phát triển bền vững; "
        "nhận tư vấn phân tích chi phí – lợi nhuận cho hộ và hợp tác xã.",
    ),
    (
        "oIo155",
        "en",
        "pet_hutch_xzhbc",
        "Sizing a hutch for a pet rabbit",
        "Pet-care article on choosing a rabbit hutch: size by breed and purpose, at least 18 inches in every direction, "
        "room for a nest box for breeding does, and wire mesh no larger than 1 x 1 inch to protect feet.",
    ),
]
