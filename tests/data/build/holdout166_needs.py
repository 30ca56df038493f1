"""Needs for the holdout166 labelled set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- snakehead ---
    (
        "oLn01",
        "vi",
        "loc_dz_tv",
        "Cần chẩn đoán và phác đồ trị bệnh cho cá lóc nuôi thâm canh",
        "Hợp tác xã nuôi cá lóc ở Trà Cú gặp nhiều bệnh: đốm trắng trên gan thận, nhợt da và lở loét đỏ trên thân, tỷ lệ ao bị bệnh rất cao. "
        "Xã viên đang tự dùng florfenicol, doxycycline hoặc trộn hai loại mà không biết kháng sinh đồ. Cần đơn vị chẩn đoán đúng bệnh, làm kháng sinh đồ và hướng dẫn phác đồ điều trị, phòng bệnh.",
        {"oLo071": 2, "oLo074": 2, "oLo069": 2, "oLo077": 1, "oLo078": 1, "oLo079": 1, "oLo072": 1, "oLo073": 1},
    ),
    (
        "oLn02",
        "vi",
        "loc_uong_nonglam",
        "Can ky thuat uong ca loc giong va tap an thuc an vien",
        "Trai o Cang Long uong ca loc tu ca bot len ca giong nhung hao hut nhieu, ca lon an ca be. "
        "Can quy trinh uong va so sanh cac loai thuc an (thuc an tuoi song, thuc an che bien) de tap cho ca giong an thuc an vien som, dan ca lon deu.",
        {"oLo005": 2, "oLo052": 2, "oLo051": 1, "oLo040": 1, "oLo041": 1, "oLo008": 1},
    ),
    (
        "oLn03",
        "en",
        "loc_was",
        "Replace trash fish with pellet feed in snakehead grow-out",
        "Snakehead grower in Tam Bình: we feed 4–5 kg of trash fish for every kg of snakehead harvested, and most of that trash fish now comes from sea catches at rising prices. "
        "Looking for a pellet-based grow-out programme with feeding tables, fingerlings that accept pellets and guidance on switching existing ponds.",
        {"oLo005": 2, "oLo004": 2, "oLo003": 1, "oLo051": 1, "oLo001": 1},
    ),
    (
        "oLn04",
        "vi",
        "loc_kythuat_pdf",
        "Tìm kỹ thuật đóng bè nuôi cá lóc bông trên sông Cổ Chiên",
        "Hộ nuôi ở Long Hồ muốn đóng bè nuôi cá lóc bông trên sông Cổ Chiên. Cá lóc lớn nhanh: 1 năm tuổi nặng 100–750 g, 2 năm 600–1.400 g, nhưng ngừng ăn khi nước dưới 12 °C. "
        "Cần hướng dẫn kết cấu bè, chọn vị trí đặt bè, mật độ thả và chăm sóc cá trong bè.",
        {"oLo088": 2, "oLo090": 2, "oLo010": 1, "oLo054": 1, "oLo091": 1, "oLo089": 1},
    ),
    (
        "oLn05",
        "en",
        "loc_stirling",
        "Healthy hatchery snakehead fingerlings and higher-protein feed",
        "Snakehead farm in Cầu Ngang: more fish show body deformities during grow-out. We suspect low-protein feed and chemicals used at the fingerling stage. "
        "We want a hatchery that supplies healthy, domesticated fingerlings already eating pellets, plus feed and rearing advice to avoid deformities.",
        {"oLo008": 2, "oLo005": 2, "oLo004": 1, "oLo051": 1, "oLo042": 1},
    ),
    (
        "oLn06",
        "vi",
        "loc_chuoi",
        "Doanh nghiệp cần công nghệ sơ chế philê cá lóc đông lạnh",
        "Doanh nghiệp ở TP Trà Vinh muốn tham gia chuỗi giá trị cá lóc nuôi, thu mua cá của nông dân trong tỉnh để sơ chế đông lạnh xuất khẩu, trong bối cảnh sản lượng nuôi nước ngọt cả nước đã vượt 1,6 triệu tấn. "
        "Cần thông tin quy cách sản phẩm (nguyên con, philê, cắt khúc), tỷ lệ thu hồi philê và thị trường.",
        {"oLo123": 2, "oLo024": 1, "oLo006": 1},
    ),
    # --- climbing perch ---
    (
        "oLn07",
        "vi",
        "ro_psc",
        "Cần giống cá rô đầu vuông và quy trình nuôi thâm canh",
        "HTX ở Tiểu Cần muốn chuyển ao sang nuôi cá rô đồng vì giá ổn định hơn cá mè, rô phi, nhiều hộ có thu nhập hàng chục đến hàng trăm triệu mỗi năm. "
        "Cần nguồn giống cá rô đầu vuông đúng dòng (không phải cá trôi nổi) và quy trình nuôi thâm canh, mật độ, thức ăn.",
        {"oLo012": 2, "oLo011": 2, "oLo013": 1, "oLo016": 1, "oLo014": 1},
    ),
    (
        "oLn08",
        "en",
        "ro_aquaspeaks",
        "Breed climbing perch on the farm instead of buying seed",
        "Farmer in Cầu Kè raising climbing perch, a hardy air-breathing fish that grows to about 25 cm and is farmed on artificial feed in neighbouring countries. "
        "I want to produce my own fry: broodstock selection and holding, hormone-induced spawning and larval rearing.",
        {"oLo014": 2, "oLo042": 1, "oLo033": 1, "oLo040": 1, "oLo041": 1},
    ),
    (
        "oLn09",
        "vi",
        "flood_sinh",
        "Nuôi cá rô, cá lóc trên ruộng lúa mùa nước nổi",
        "Nông dân vùng trũng ở Bình Tân: cá đồng tự nhiên mùa nước nổi cạn dần do đê bao, kênh thủy lợi dày đặc và khai thác quá mức, thu nhập mùa lũ giảm. "
        "Muốn nuôi cá rô đồng, cá lóc trên ruộng lúa trong mùa lũ; cần mô hình, mật độ, cách quây ruộng và hiệu quả so với nuôi ao.",
        {"oLo015": 2, "oLo095": 2, "oLo100": 2, "oLo094": 1, "oLo097": 1},
    ),
    (
        "oLn10",
        "en",
        "vl_muongvuon",
        "Stock climbing perch and snakeskin gourami in acid garden ditches",
        "Orchard owner in Tam Bình: our province has about 2,076 ha of fish in garden ditches, mostly low-input with natural food. "
        "My ditches are acidic (alum soil). Which species tolerate it, and how should I stock and feed climbing perch and snakeskin gourami there?",
        {"oLo017": 2, "oLo011": 1, "oLo026": 1, "oLo031": 1},
    ),
    (
        "oLn11",
        "vi",
        "vl_vietgap",
        "Cơ sở nuôi cá rô đồng muốn đạt chứng nhận VietGAP",
        "Cơ sở nuôi cá rô đồng ở Long Hồ muốn được chứng nhận VietGAP như các cơ sở nuôi cá tra trong tỉnh (toàn tỉnh đã có hơn 90 ha đạt chuẩn quốc tế và VietGAP). "
        "Cần hướng dẫn bố trí ao nuôi, ao lắng, kho thức ăn – thuốc, ghi chép và sử dụng thuốc đúng quy định.",
        {"oLo013": 2, "oLo078": 1, "oLo011": 1},
    ),
    # --- tilapia ---
    (
        "oLn12",
        "en",
        "tilapia_fisker",
        "Restock river cages with fast-growing tilapia",
        "Cage farmer on the Cổ Chiên river: pangasius is moving from cages to land ponds, so we want to restock our cages with tilapia, especially red tilapia, as domestic demand grows. "
        "Need fast-growing fingerlings and a cage rearing model (net mesh, density, feeding).",
        {"oLo020": 2, "oLo023": 2, "oLo089": 2, "oLo088": 1, "oLo090": 1, "oLo021": 1, "oLo043": 1},
    ),
    (
        "oLn13",
        "vi",
        "tilapia_farmersweekly",
        "Can ca ro phi giong don tinh duc",
        "Trai o Cau Ngang nuoi ca ro phi thuong bi ca de day ao tu khi dai 8 cm, ca cai cham lon, ao bi qua tai. "
        "Can nguon ca bot ro phi don tinh gan 100% duc hoac quy trinh chuyen doi gioi tinh cho ca bot trong 18–21 ngay dau.",
        {"oLo021": 2, "oLo022": 2, "oLo020": 1, "oLo018": 1},
    ),
    (
        "oLn14",
        "vi",
        "mekong_expand",
        "Đầu tư 10 ha ao nuôi cá rô phi thâm canh",
        "Doanh nghiệp ở Long Hồ theo định hướng mở rộng nuôi thủy sản vùng ĐBSCL (830.000 ha, gần 3 triệu tấn/năm) muốn đầu tư 10 ha ao nuôi cá rô phi. "
        "Cần mô hình nuôi thâm canh năng suất cao có quạt nước, kế hoạch thức ăn và liên kết tiêu thụ.",
        {"oLo019": 2, "oLo018": 2, "oLo025": 1, "oLo020": 1, "oLo024": 1, "oLo061": 1, "oLo062": 1},
    ),
    (
        "oLn15",
        "en",
        "tilapia_aquapub",
        "Stop tilapia breeding in grow-out ponds",
        "Tilapia farm in Trà Ôn: over a 24-week cycle our mixed-sex fish breed in the ponds, fry compete for feed and the stock is stunted. "
        "We want all-male fry or a reliable masculinisation protocol for our own hatchlings.",
        {"oLo021": 2, "oLo022": 2, "oLo020": 1, "oLo018": 1},
    ),
    # --- giant gourami ---
    (
        "oLn16",
        "vi",
        "taituong_ktnt",
        "Rút ngắn thời gian nuôi cá tai tượng",
        "Hộ ở Càng Long nuôi cá tai tượng trong ao mương vườn, cho ăn chủ yếu rau củ nên cá lâu lớn, phải 2–3 năm mới đạt cỡ bán từ 0,5 kg trở lên. "
        "Cần khẩu phần và cách cho ăn để cá lớn nhanh hơn mà ao không bị ô nhiễm.",
        {"oLo026": 2, "oLo028": 2, "oLo027": 1},
    ),
    (
        "oLn17",
        "en",
        "gourami_chaos",
        "Produce giant gourami fingerlings on the farm",
        "Giant gourami grower in Long Hồ: the fish is a high-value food fish here and builds nests from weeds and twigs. "
        "We want to produce our own fingerlings: sexing brood fish (females have thicker lips), nest spawning and fry rearing.",
        {"oLo029": 2, "oLo042": 1, "oLo040": 1},
    ),
    (
        "oLn18",
        "vi",
        "gourami_docslib",
        "Nuoi ca tai tuong trong be xi mang, be bat sau nha",
        "Nha o TP Vinh Long khong co ao, muon nuoi ca tai tuong (ca tho duoc khong khi, lon toi 45 cm) trong be xi mang hoac be lot bat sau nha. "
        "Can huong dan chuan bi be, muc nuoc, xu ly nuoc truoc khi tha giong.",
        {"oLo027": 2, "oLo032": 1, "oLo002": 1},
    ),
    (
        "oLn19",
        "en",
        "gourami_kiwix",
        "Faster gourami grow-out without fouling the pond",
        "Gourami pond farm in Vũng Liêm: the fish breathes air and tolerates poor water, so we run 2–3 year cycles, but leftover feed and waste build a thick foul bottom. "
        "Looking for a feeding regime that shortens the cycle and a way to manage the pond bottom during long cycles.",
        {"oLo028": 2, "oLo026": 2, "oLo064": 1, "oLo063": 1, "oLo027": 1},
    ),
    # --- catfish ---
    (
        "oLn20",
        "vi",
        "tre_thucanh",
        "HTX cần giống và quy trình nuôi cá trê lai trong ao",
        "HTX ở Cầu Kè muốn nuôi cá trê lai thâm canh trong ao đất vì cá lớn nhanh, khoảng 100 g/con mỗi tháng, chịu nhiệt 11–39,5 °C và pH 3,5–10,5. "
        "Cần nguồn giống đồng cỡ và quy trình cải tạo ao, bón vôi, lấp hang, mật độ và cho ăn.",
        {"oLo031": 2, "oLo032": 1, "oLo033": 1},
    ),
    (
        "oLn21",
        "en",
        "tre_memart",
        "Hybrid catfish in small HDPE tanks behind the house",
        "Household in Trà Vinh city with no pond wants to raise hybrid walking catfish, which reach 150–200 g in 3–4 months and survive at 1–2 mg/L oxygen. "
        "Need a design for 10–20 m² HDPE-lined tanks, stocking, water changes and disease prevention.",
        {"oLo032": 2, "oLo034": 1, "oLo031": 1, "oLo086": 1, "oLo002": 1},
    ),
    (
        "oLn22",
        "en",
        "tra_pdffox",
        "Stocking density and water management for pangasius ponds",
        "Pangasius farm in Bình Minh: we stock very densely like many neighbours and face poor water, disease and low survival. "
        "We want an assessment of our farming practice with recommended densities, pond depth and water exchange.",
        {"oLo036": 2, "oLo035": 2, "oLo038": 1, "oLo039": 1, "oLo053": 1},
    ),
    (
        "oLn23",
        "vi",
        "tra_mrc",
        "Tự sản xuất cá tra bột nhân tạo",
        "Trại ở Vũng Liêm lâu nay mua cá tra bột trôi nổi, trong khi vớt cá bột tự nhiên trên sông đã bị cấm và nguồn cá tự nhiên suy giảm. "
        "Muốn tự sản xuất cá tra bột nhân tạo: nuôi vỗ cá bố mẹ, kích thích sinh sản, ấp trứng và ương.",
        {"oLo037": 2, "oLo042": 1, "oLo041": 1, "oLo040": 1},
    ),
    (
        "oLn24",
        "en",
        "ras_vpas",
        "Indoor recirculating system for walking catfish",
        "Investor in Duyên Hải: fresh water is scarce in the dry season, so we want to raise walking catfish indoors in a recirculating system using under 300 L of new water per kg of fish per year. "
        "Need design, filtration, equipment and a trial-proven stocking plan.",
        {"oLo034": 2, "oLo084": 2, "oLo086": 2, "oLo087": 2, "oLo161": 2, "oLo085": 1, "oLo162": 1},
    ),
    # --- hatcheries ---
    (
        "oLn25",
        "vi",
        "nursery_mdict",
        "Cần kỹ thuật chuẩn bị ao ương cá bột",
        "Trại ương cá giống ở Mang Thít: cá bột thả xuống ao ương chết nhiều trong tháng đầu. "
        "Ao ương của trại sâu 60–80 cm, gần cống sâu 1,5 m, mất khoảng 10 ngày cấp đầy nước. Cần kỹ thuật chuẩn bị ao, gây thức ăn tự nhiên và mật độ ương phù hợp.",
        {"oLo040": 2, "oLo041": 2, "oLo042": 1, "oLo075": 1},
    ),
    (
        "oLn26",
        "en",
        "nursery_btl",
        "Nursery units to grow fry into 3–4 inch fingerlings",
        "Seed producer in Tiểu Cần wants dedicated nursery units, lined ponds, tanks or mesh pens, where fry can grow to 3–4 inch fingerlings safe from predators. "
        "Need advice on nursery design, small feed particles and close water-quality monitoring at this stage.",
        {"oLo040": 2, "oLo041": 1, "oLo032": 1},
    ),
    # --- feeds ---
    (
        "oLn27",
        "vi",
        "feed_yize_km",
        "HTX muốn tự sản xuất thức ăn viên cho cá",
        "HTX ở Tam Bình muốn tự làm thức ăn viên cho cá từ bột cá, ngũ cốc, vitamin và khoáng để chủ động nguồn và giảm giá thành. "
        "Cần máy và dây chuyền: trộn, điều hòa hơi nước, khuôn ép viên đổi được cỡ viên, làm nguội; ưu tiên viên nổi.",
        {"oLo044": 2, "oLo045": 2, "oLo046": 2, "oLo047": 2, "oLo153": 2},
    ),
    (
        "oLn28",
        "en",
        "fishmeal_qualicours",
        "Replace part of the fishmeal in catfish and tilapia feed",
        "Feed mill in Càng Long: about 63% of the world's fishmeal goes to aquaculture and our fishmeal cost keeps rising. "
        "We want proven insect-based proteins (black soldier fly, mealworm) to replace part of the fishmeal in catfish and tilapia diets, with inclusion levels and growth data.",
        {"oLo048": 2, "oLo049": 2, "oLo050": 2, "oLo151": 2, "oLo152": 2},
    ),
    (
        "oLn29",
        "vi",
        "feed_memart",
        "Can cong thuc tu tron thuc an cho ca ro phi, tai tuong",
        "Ho nuoi o Tra On muon tu phoi tron thuc an cho ca ro phi va ca tai tuong tu cam gao, tam, bot ca, bot dau nanh, rau xanh de giam chi phi. "
        "Can cong thuc theo giai doan va cach che bien, ep vien.",
        {"oLo153": 2, "oLo025": 2, "oLo044": 1, "oLo045": 1, "oLo026": 1, "oLo050": 1},
    ),
    # --- water quality and monitoring ---
    (
        "oLn30",
        "vi",
        "wq_camnang",
        "Cá nổi đầu sáng sớm, cần quản lý môi trường ao",
        "Hộ nuôi cá ở Trà Ôn: sáng sớm cá nổi đầu, nước ao đổi màu. Nghe nói nhiệt độ, ánh sáng, độ trong, oxy, pH và khí độc đều ảnh hưởng đến cá. "
        "Cần được hướng dẫn đo các chỉ tiêu này và cách điều chỉnh để cá không bị ngạt.",
        {"oLo053": 2, "oLo055": 2, "oLo056": 1, "oLo057": 1, "oLo061": 1, "oLo062": 1},
    ),
    (
        "oLn31",
        "en",
        "iot_docslib",
        "Continuous water-quality monitoring for 12 tilapia ponds",
        "Tilapia farm in Vũng Liêm with 12 ponds: water quality is the main factor in fish health and we cannot sample every pond by hand. "
        "We want sensors for temperature, pH and dissolved oxygen logging continuously, with alerts on our phones.",
        {"oLo057": 2, "oLo058": 2, "oLo059": 2, "oLo054": 1, "oLo055": 1},
    ),
    (
        "oLn32",
        "vi",
        "iot_arietiform",
        "Cần thiết bị đo môi trường ao tự động, xem trên điện thoại",
        "Doanh nghiệp nuôi cá lóc ở Châu Thành cần thiết bị đo tự động nhiệt độ, pH, oxy hòa tan và amoniac, gửi dữ liệu lên đám mây và xem trên điện thoại, sai số nhỏ. "
        "Mục tiêu giảm công lấy mẫu thủ công và cảnh báo kịp thời.",
        {"oLo057": 2, "oLo058": 2, "oLo059": 1, "oLo054": 1, "oLo055": 1},
    ),
    (
        "oLn33",
        "en",
        "nh3_bioaqua",
        "Control ammonia build-up in a snakehead pond",
        "Snakehead pond in Cầu Ngang: with heavy feeding, ammonia nitrogen builds up and fish go off feed in the late afternoon. "
        "We need to understand ammonia dynamics and practical ways to keep it down: feeding, algae, probiotics and water exchange.",
        {"oLo056": 2, "oLo060": 2, "oLo055": 1, "oLo081": 1, "oLo039": 1},
    ),
    (
        "oLn34",
        "vi",
        "microbe_123",
        "Cần chế phẩm vi sinh xử lý nước ao cá tra",
        "Trại cá tra ở Bình Minh muốn chuyển từ hóa chất sang chế phẩm vi sinh để xử lý nước, giảm khí độc và tăng sức khỏe cá, theo hướng ứng dụng vi sinh vật trong chăn nuôi và thủy sản. "
        "Cần sản phẩm và cách dùng định kỳ.",
        {"oLo060": 2, "oLo056": 1, "oLo081": 1},
    ),
    # --- aeration and sludge ---
    (
        "oLn35",
        "en",
        "aer_igin",
        "Stop night-time oxygen crashes in a red tilapia pond",
        "Red tilapia pond of 5,000 m² in Long Hồ: oxygen drops at night and fish gasp at dawn; the bottom layer goes stale when the pond stratifies. "
        "We need to choose between paddlewheels, surface aerators and diffused air, sized for the pond.",
        {"oLo061": 2, "oLo062": 2, "oLo063": 1, "oLo019": 1},
    ),
    (
        "oLn36",
        "vi",
        "aer_98905",
        "Can lap may quat nuoc hoac suc khi day cho ao ca",
        "Ao ca 2.000 m2 o Tieu Can sau khoang 2,5 m, nuoc phan tang: mat nong, day lanh va thieu oxy, ca hay noi dau. "
        "Can tu van lap may quat nuoc mat hoac he thong suc khi day phu hop.",
        {"oLo061": 2, "oLo062": 2, "oLo063": 1},
    ),
    (
        "oLn37",
        "vi",
        "sludge_catovina",
        "Bùn đáy ao cá tra dày, cần hút và xử lý",
        "Ao cá tra ở Trà Ôn cuối vụ bùn đáy dày từ thức ăn thừa, phân cá, tảo chết, bốc mùi H2S, cá nổi đầu và chết rải rác. "
        "Cần giải pháp hút, nạo vét và xử lý bùn, và cách hạn chế bùn trong vụ sau.",
        {"oLo064": 2, "oLo065": 2, "oLo063": 1, "oLo066": 1, "oLo028": 1},
    ),
    (
        "oLn38",
        "en",
        "aer_cwscol",
        "Bottom aeration to reduce muck in a fish pond",
        "Pond owner in Càng Long: a thick layer of muck and algae blooms; surface agitation alone leaves the deep water cold and low in oxygen. "
        "We want bottom-up aeration that mixes the pond and helps bacteria break down the sludge.",
        {"oLo063": 2, "oLo062": 2, "oLo064": 1, "oLo065": 1},
    ),
    # --- diseases and drugs ---
    (
        "oLn39",
        "vi",
        "dz_tomloe",
        "Cá tra chết rải rác, gan thận có đốm trắng",
        "Trại cá tra ở Long Hồ: cá chết rải rác, mổ ra gan thận có nhiều đốm trắng, nghi bệnh gan thận mủ do Edwardsiella, thường bùng khi nước ô nhiễm và nhiệt độ quanh 30 °C. "
        "Cần phác đồ phòng và trị, cách xử lý ao và giống.",
        {"oLo068": 2, "oLo069": 2, "oLo072": 2, "oLo070": 1, "oLo079": 1, "oLo071": 1},
    ),
    (
        "oLn40",
        "en",
        "dz_tbx_canuoc",
        "Trichodina outbreak in a fingerling nursery",
        "Fingerling nursery in Cầu Kè: fish flash, crowd near the inflow and have gills covered in mucus. We suspect the wheel-shaped parasite Trichodina, about 0.07 mm. "
        "Need diagnosis and a treatment and prevention plan for fry and fingerling ponds.",
        {"oLo075": 2, "oLo076": 2, "oLo080": 2, "oLo040": 1},
    ),
    (
        "oLn41",
        "vi",
        "dz_gardengrove",
        "Cá rô phi lồng bị xuất huyết, lở loét",
        "Lồng cá rô phi ở Vũng Liêm có cá xuất huyết, bụng chướng, lở loét, nghi nhiễm Aeromonas khi nước ô nhiễm hữu cơ và cá bị xây xát. "
        "Cần chẩn đoán, biện pháp phòng (pH 6,5–8, oxy từ 5 mg/L) và điều trị đúng liều.",
        {"oLo073": 2, "oLo074": 1, "oLo077": 1, "oLo060": 1},
    ),
    (
        "oLn42",
        "en",
        "shrimp_otc",
        "Residue testing and drug compliance for fish suppliers",
        "Seafood exporter in Trà Vinh: importing markets keep warning about antibiotic residues such as oxytetracycline, which must be stopped weeks before harvest. "
        "We buy pangasius and snakehead from local farmers and need drug-use compliance guidance and residue and withdrawal testing for our suppliers.",
        {"oLo078": 2, "oLo079": 2, "oLo077": 1},
    ),
    # --- biofloc and recirculating systems ---
    (
        "oLn43",
        "en",
        "bfl_studylib",
        "Biofloc system for tilapia with little water exchange",
        "Tilapia grower in Trà Cú: we can hardly exchange water in the dry season and want to switch to biofloc. "
        "We need help controlling ammonia and nitrite in the floc system: carbon dosing, C:N management and keeping nitrification going.",
        {"oLo081": 2, "oLo082": 2, "oLo083": 1},
    ),
    (
        "oLn44",
        "vi",
        "bfl_ouci",
        "Nuôi cá trê theo công nghệ biofloc với nguồn carbon tại chỗ",
        "HTX ở Cầu Ngang muốn nuôi cá trê theo công nghệ biofloc, dùng bột mì hoặc bột khoai mì làm nguồn carbon. "
        "Cần hướng dẫn tỉ lệ C:N, sục khí, mật độ và cách cho ăn trong hệ biofloc.",
        {"oLo083": 2, "oLo081": 2, "oLo082": 1},
    ),
    (
        "oLn45",
        "vi",
        "ras_chienthang",
        "Đầu tư hệ thống nuôi tuần hoàn RAS cho cá lóc",
        "Doanh nghiệp ở TP Vĩnh Long muốn nuôi cá lóc trong nhà bằng hệ thống tuần hoàn RAS: bể nuôi, lọc cơ học, lọc sinh học, cấp oxy, điều chỉnh nhiệt độ và giám sát nước. "
        "Cần đơn vị thiết kế, lắp đặt và chuyển giao vận hành.",
        {"oLo084": 2, "oLo086": 2, "oLo161": 2, "oLo087": 2, "oLo085": 1, "oLo034": 1, "oLo162": 1},
    ),
    (
        "oLn46",
        "en",
        "ras_utk",
        "RAS biofilter not keeping up after restocking",
        "Hatchery in Long Hồ: after harvest and disinfection we restocked our recirculating system and now ammonia and nitrite are rising; alkalinity has dropped below 100 mg/L. "
        "We need help restarting and sizing the biofilter and keeping nitrification stable.",
        {"oLo162": 2, "oLo085": 2, "oLo087": 2, "oLo084": 1, "oLo161": 1},
    ),
    # --- cage farming ---
    (
        "oLn47",
        "vi",
        "cage_anbinh",
        "Mở rộng bè nuôi cá điêu hồng ở cù lao An Bình",
        "Hộ nuôi cá điêu hồng bè ở cù lao An Bình (Long Hồ): số bè và thể tích nuôi tăng liên tục, nhiều bè nay 577–2.076 m³, thị trường ưa chuộng. "
        "Muốn mở rộng thêm bè; cần kỹ thuật kết cấu bè, mật độ, chọn vị trí và quản lý môi trường.",
        {"oLo089": 2, "oLo088": 2, "oLo090": 2, "oLo054": 1, "oLo023": 1},
    ),
    (
        "oLn48",
        "en",
        "cage_hagiang",
        "Start fish cages on the Hậu river",
        "Cooperative in Trà Ôn wants to start cage culture on the Hậu river, using the river water and natural food so fish grow well with little disease, as other localities have done to lift households out of poverty. "
        "Need cage design, site selection, species choice and stocking.",
        {"oLo090": 2, "oLo088": 2, "oLo089": 1, "oLo054": 1, "oLo093": 1},
    ),
    (
        "oLn49",
        "vi",
        "cage_longtreo",
        "Can ky thuat lam be nuoi ca tra, basa tren song",
        "Ho o Vung Liem muon lam be nuoi ca tra, ca basa tren song Co Chien. Lo bao lu lam hong long nen can loai be co the di chuyen. "
        "Can ky thuat lam be, chon vi tri, mat do va cho an.",
        {"oLo091": 2, "oLo092": 2, "oLo088": 1, "oLo090": 1},
    ),
    (
        "oLn50",
        "en",
        "cage_bacninh",
        "Six river cages for red tilapia with water-quality alerts",
        "Investor in Mang Thít plans six river cages of about 9 × 6 × 3 m with a guard house, stocking red tilapia and other fish; one river cage can hold as much as a large pond. "
        "Need cage design, siting and water-quality warning thresholds for the cage site.",
        {"oLo089": 2, "oLo090": 2, "oLo054": 2, "oLo088": 1, "oLo020": 1},
    ),
    # --- rice-fish ---
    (
        "oLn51",
        "vi",
        "rf_haiduong",
        "HTX muốn thả cá trên ruộng lúa",
        "HTX ở Cầu Kè muốn thả cá trên ruộng lúa: cấy lúa như thường, khi lúa đẻ nhánh thì thả cá (dự kiến mỗi 3 mẫu thả 1.500 cá chép, 1.000 cá trắm, 100 cá mè), cá ăn cỏ, thóc ngâm và lúa chét sau thu hoạch. "
        "Cần quy trình đắp bờ, đào mương, chọn loài và mật độ.",
        {"oLo094": 2, "oLo096": 2, "oLo100": 2, "oLo097": 1, "oLo098": 1},
    ),
    (
        "oLn52",
        "en",
        "rf_frontiers",
        "Rice-fish integration with lower pesticide use",
        "Rice farmer group in Trà Ôn: rice and fish are both staples here, but monoculture rice with heavy chemicals has pushed fish out of the fields. "
        "We want an agroecological rice-fish system with integrated pest management and evidence of income compared with rice alone.",
        {"oLo098": 2, "oLo099": 2, "oLo094": 1, "oLo097": 1},
    ),
    (
        "oLn53",
        "vi",
        "rf_ninhbinh",
        "Cải tạo ruộng trũng để nuôi cá xen lúa",
        "Nông dân ở Tam Bình có ruộng trũng hay ngập úng vụ mùa, sâu bệnh và chuột phá, năng suất lúa thấp nên nhiều hộ bỏ ruộng. "
        "Muốn cải tạo để nuôi cá xen lúa (dự kiến thả hàng trăm nghìn con giống cho vài hộ); cần tập huấn kỹ thuật, đắp bờ, mương bao.",
        {"oLo094": 2, "oLo100": 2, "oLo095": 1, "oLo096": 1},
    ),
    (
        "oLn54",
        "en",
        "rf_tangthu",
        "Alternate rice with fingerling nursing on the same fields",
        "Farmers in Bình Tân: droughts, floods and pests make rice alone unreliable. After the rice reaches about 20 days we could raise the water and stock fish to eat pests. "
        "We want a model that alternates rice with fish or fingerling nursing on the same land.",
        {"oLo097": 2, "oLo095": 2, "oLo094": 1, "oLo015": 1},
    ),
    # --- harvesting and live transport ---
    (
        "oLn55",
        "vi",
        "hv_srac394",
        "Cần lưới kéo và thiết bị thu hoạch cá ít gây stress",
        "Trang trại cá rô phi ở Long Hồ thu hoạch bằng kéo lưới nhưng nhiều lần chỉ bắt được ít cá, cá bị xây xát, stress và dễ bệnh khi chuyển ao. "
        "Cần tư vấn lưới, dụng cụ và kế hoạch thu hoạch (tháo cạn một phần, kéo lưới nhiều lần).",
        {"oLo101": 2, "oLo103": 2, "oLo102": 1, "oLo108": 1},
    ),
    (
        "oLn56",
        "en",
        "hv_safrica",
        "Graded harvest and sorting equipment for a snakehead farm",
        "Snakehead farm in Cầu Kè: we harvest by draining ponds into a catch basin and scooping, but seining only partly works once fish learn to avoid the net, and we sell by size. "
        "We want grading equipment to sort fish by size at harvest.",
        {"oLo102": 2, "oLo108": 2, "oLo103": 1, "oLo101": 1},
    ),
    (
        "oLn57",
        "vi",
        "tr_guide",
        "Chở cá lóc sống đường dài bị hao hụt",
        "Thương lái ở Vĩnh Long chở cá lóc sống đi TP.HCM, cá chết, trầy xước, thùng chứa nhiễm bẩn. "
        "Cần kỹ thuật lưu giữ và vận chuyển cá sống: chọn cá khỏe, nước sạch đủ oxy, kiểm tra thùng chứa, giảm hao hụt.",
        {"oLo104": 2, "oLo106": 2, "oLo107": 2, "oLo105": 1},
    ),
    (
        "oLn58",
        "en",
        "tr_singapore",
        "Bagging protocol for shipping fingerlings",
        "Fingerling supplier in Tiểu Cần: customers are 8–12 hours away and a 50% loss doubles the cost of the surviving fish. "
        "We need a packing protocol: starving before packing, cool water, oxygen, stocking per bag, to limit ammonia and oxygen stress.",
        {"oLo105": 2, "oLo107": 2, "oLo106": 1, "oLo104": 1},
    ),
    (
        "oLn59",
        "en",
        "tr_aquaria",
        "Ship tilapia fingerlings long distance in oxygen bags",
        "Tilapia seed seller in Cầu Ngang wants to send fingerlings to distant buyers. "
        "Need a method: fasting 2–4 days, salted water (1–5 ppt), bags one-third water and two-thirds pure oxygen, double bagging and insulated boxes.",
        {"oLo107": 2, "oLo105": 2, "oLo106": 1},
    ),
    # --- dried and fermented products ---
    (
        "oLn60",
        "vi",
        "dry_foodrecap",
        "Cơ sở làm khô cá lóc cần nhà sấy năng lượng mặt trời",
        "Cơ sở làm khô cá lóc ở Trà Cú phơi ngoài trời: chỉ phơi được từ 9 giờ sáng đến 4 giờ chiều, mưa gió làm hỏng mẻ, bụi, ruồi, chó mèo, chất lượng không đều. "
        "Cần nhà sấy hoặc máy sấy năng lượng mặt trời phù hợp quy mô nhỏ.",
        {"oLo109": 2, "oLo110": 2, "oLo111": 2, "oLo112": 2, "oLo113": 1},
    ),
    (
        "oLn61",
        "en",
        "dry_cambodia",
        "Low-cost solar dryer for a women's fish-drying group",
        "Women's group in Cầu Ngang drying snakehead and snakeskin gourami the traditional way, in the sun or over wood and charcoal; drying is slow and unhygienic and the smoke harms health. "
        "We want an affordable solar dryer (dome or box type) and training.",
        {"oLo112": 2, "oLo113": 2, "oLo109": 2, "oLo111": 1, "oLo118": 1},
    ),
    (
        "oLn62",
        "vi",
        "mam_senque",
        "HTX muốn sản xuất mắm cá sặc, cá lóc đóng hũ",
        "HTX ở Trà Vinh muốn làm mắm cá sặc và mắm cá lóc đóng hũ bán quanh năm, vị vừa ăn, màu đẹp tự nhiên, không chất bảo quản. "
        "Cần quy trình muối, ủ, thính và bảo đảm vệ sinh.",
        {"oLo114": 2, "oLo115": 2, "oLo121": 2, "oLo116": 1, "oLo122": 1, "oLo120": 1},
    ),
    (
        "oLn63",
        "en",
        "prahok_wikisum",
        "Improve the process for fermented fish paste",
        "Fish-paste maker in Trà Cú, in the Khmer community, makes a strong-smelling salted fermented paste in clay jars with bamboo lids. "
        "We want a more hygienic, standard process (cleaning, salting, drying, fermentation time) to sell in shops.",
        {"oLo116": 2, "oLo120": 2, "oLo117": 1, "oLo114": 1, "oLo121": 1},
    ),
    (
        "oLn64",
        "vi",
        "kho_phunu",
        "Làm khô cá sặc rằn đặc sản",
        "Hộ ở Cầu Ngang muốn làm khô cá sặc rằn, cá sặc bổi bán dịp Tết như các làng khô miền Tây, phơi trên vạc tre. "
        "Cần quy trình làm cá, ướp muối, phơi và bảo quản để khô ngon, không hôi.",
        {"oLo118": 2, "oLo119": 2, "oLo112": 1, "oLo110": 1, "oLo111": 1},
    ),
    (
        "oLn65",
        "en",
        "kho_tuhao",
        "Dried snakeskin gourami from farmed fish",
        "Processor in Trà Vinh: wild fish for drying are getting scarce, so we want to make dried snakeskin gourami from farmed fish with the quality of famous upstream products. "
        "Need a processing method (cleaning, salting, sun-drying) and storage.",
        {"oLo118": 2, "oLo119": 2, "oLo110": 1},
    ),
    (
        "oLn66",
        "en",
        "ferm_slideshare",
        "Extend the shelf life of sour fermented fish",
        "Small producer in Tiểu Cần of sour fermented fish (mắm chua) from small freshwater fish: the product turns after about two weeks. "
        "We want to understand the fermentation (enzymes, microbes, salt) and ways to extend shelf life.",
        {"oLo122": 2, "oLo120": 2, "oLo115": 1, "oLo116": 1},
    ),
    (
        "oLn67",
        "vi",
        "loc_farmvina",
        "Chuyển từ cá tạp sang thức ăn công nghiệp cho cá lóc",
        "Hộ nuôi cá lóc ở Châu Thành (Trà Vinh) cho ăn cá tạp, ếch nhái vì cá quen mồi sống, nhưng nguồn mồi thất thường. "
        "Cần bảng khẩu phần, cách tập cá ăn thức ăn công nghiệp và giống cá đã quen thức ăn viên.",
        {"oLo004": 2, "oLo005": 2, "oLo051": 1, "oLo003": 1, "oLo001": 1},
    ),
    (
        "oLn68",
        "en",
        "tr_picturepush",
        "Hauling truck set-up for catfish fingerlings",
        "Catfish nursery in Bình Minh: fingerlings are seined and loaded onto trucks, but losses rise on long trips. "
        "We need a hauling set-up with liquid oxygen and loading densities by fish size and trip length, plus salt to reduce stress.",
        {"oLo104": 2, "oLo105": 1, "oLo106": 1},
    ),
    (
        "oLn69",
        "en",
        "cambodia_processing",
        "Add value to freshwater fish by drying and fermenting",
        "Fish trader in Trà Cú: most of our catch and farmed fish is sold fresh at wet markets and only about a tenth is processed. "
        "We want processing technologies (solar drying, fermented paste) that add value and extend shelf life.",
        {"oLo112": 2, "oLo116": 2, "oLo120": 2, "oLo109": 2, "oLo113": 1},
    ),
    (
        "oLn70",
        "en",
        "dry_projectshelve",
        "Build a solar fish dryer for a cooperative",
        "Drying cooperative in Duyên Hải: open sun drying takes 40–64 hours and leaves high microbial loads and off-flavours. "
        "We want to build and test a solar fish dryer that lowers moisture for storage.",
        {"oLo112": 2, "oLo109": 2, "oLo113": 1, "oLo111": 1},
    ),
    (
        "oLn71",
        "vi",
        "dz_canuoc_tra",
        "Cá tra bị gan thận mủ mùa mưa",
        "Hộ nuôi cá tra ở Vũng Liêm: cứ mùa mưa, nước thay đổi, mật độ dày là cá bị gan thận mủ, ảnh hưởng năng suất và chất lượng. "
        "Cần giải pháp phòng bệnh theo mùa, xử lý ao và điều trị hiệu quả.",
        {"oLo068": 2, "oLo069": 2, "oLo072": 2, "oLo070": 1},
    ),
    (
        "oLn72",
        "en",
        "cage_sa",
        "Catfish cage system on the Hậu river",
        "Agricultural company in Trà Ôn wants a demonstration cage system for catfish on the Hậu river, also usable for training local farmers. "
        "Need cage structure, siting in flowing water, stocking and feeding.",
        {"oLo091": 2, "oLo088": 2, "oLo092": 1, "oLo090": 1},
    ),
    (
        "oLn73",
        "en",
        "bfl_ouci2",
        "Zero-exchange biofloc for walking catfish",
        "Walking catfish farm in Cầu Ngang: intensive feeding releases nitrogen that we must flush, wasting water. "
        "We want a biofloc system where microbes take up ammonia, with carbon dosing and aeration.",
        {"oLo083": 2, "oLo081": 2, "oLo082": 1},
    ),
    (
        "oLn74",
        "vi",
        "rf_china",
        "Mô hình lúa – cá – đèn giảm thuốc trừ sâu",
        "HTX ở Trà Ôn muốn làm mô hình lúa – cá – đèn: cá ăn cỏ dại, sâu, phân cá bón ruộng, đèn ban đêm dẫn côn trùng làm mồi cho cá, hướng tới giảm 80% thuốc trừ sâu. "
        "Cần quy trình kỹ thuật và đánh giá hiệu quả kinh tế.",
        {"oLo094": 2, "oLo098": 2, "oLo096": 1, "oLo099": 1},
    ),
    (
        "oLn75",
        "vi",
        "sacran_bien",
        "Nuôi cá sặc rằn trong ao, mương để làm khô",
        "Hộ ở Tiểu Cần muốn nuôi cá sặc rằn, loài cá thở được không khí, dài tới khoảng 25 cm, thịt chắc, để làm khô bán. "
        "Cần kỹ thuật nuôi trong ao, mương vườn và thức ăn phù hợp.",
        {"oLo017": 2, "oLo118": 1, "oLo119": 1, "oLo011": 1},
    ),
]
