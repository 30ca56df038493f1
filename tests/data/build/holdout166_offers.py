"""Offers for the holdout166 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # --- snakehead (cá lóc) ---
    (
        "oLo001",
        "vi",
        "loc_vanphatdat",
        "Chuyển giao quy trình nuôi cá lóc thâm canh trong ao đất",
        "Trung tâm chuyển giao trọn gói kỹ thuật nuôi cá lóc thương phẩm trong ao 500–1.000 m², mực nước 1,2–1,5 m, bờ có lưới chắn cao 0,5 m. "
        "Hướng dẫn tát cạn, vét bùn, bón vôi CaCO3 7–10 kg/100 m², phơi đáy 2–3 ngày, gây màu nước rồi thả giống cỡ 300–1.000 con/kg với mật độ 10–20 con/m² (có thể tới 30 con/m²).",
    ),
    (
        "oLo002",
        "vi",
        "loc_be_ninhthuan",
        "Mô hình nuôi cá lóc mật độ cao trong bể lót bạt cho hộ ít đất",
        "Chúng tôi thiết kế và lắp đặt bể lót bạt nuôi cá lóc cho nông hộ có diện tích hẹp, mật độ thả 60–100 con/m³. "
        "Gói kỹ thuật gồm quy cách bể theo khổ bạt, chọn máy bơm 0,5–2 CV để thay nước thường xuyên, xử lý nước trước khi thả 3–4 ngày và cách nhận biết cá nhiễm ký sinh trùng qua hành vi bắt mồi.",
    ),
    (
        "oLo003",
        "vi",
        "loc_veo",
        "Kỹ thuật nuôi cá lóc trong vèo lưới đặt trong ao",
        "Hướng dẫn căng vèo trong ao 200–1.000 m², sâu 1,2–2 m, đáy vèo cách đáy ao khoảng 30 cm, thả cá giống 6–10 cm với mật độ 50–100 con/m³. "
        "Tháng đầu cho ăn cá tạp xay trộn thức ăn viên 40% đạm, sau đó phân cỡ sang 2–3 vèo và chuyển dần sang thức ăn viên hoàn toàn để hạn chế cá lớn ăn cá bé.",
    ),
    (
        "oLo004",
        "en",
        "loc_thanhson",
        "Snakehead grow-out feeding tables and pond water-quality targets",
        "A hatchery extension team supplies daily ration tables for intensive snakehead ponds, from 20% of body weight for small fish down to about 3% at 700–900 g, with feeding trays to check leftovers. "
        "The package includes a home-made feed formula and target ranges: water 28–32 °C, pH 6.5–8, dissolved oxygen above 4 ppm and ammonia kept below 1 ppm.",
    ),
    (
        "oLo005",
        "en",
        "loc_ctu_pellet",
        "Pellet-weaning protocol and domesticated snakehead fingerlings",
        "University aquaculture researchers transfer a hatchery and larval-rearing protocol that weans snakehead from live Moina and chopped small fish onto formulated pellets. "
        "Farmers receive domesticated fingerlings that accept pellets for the whole grow-out, removing the dependence on wild-caught trash fish and wild seed.",
    ),
    (
        "oLo006",
        "en",
        "loc_was",
        "Snakehead farm economics survey and trash-fish cost analysis",
        "A fisheries economics group offers farm surveys for snakehead producers in ponds and cages, measuring yield, profit and feed use. "
        "Its benchmark shows 4–5 kg of trash fish per kg of snakehead and lists the main risks: lack of capital, polluted culture water, unstable prices and rising trash-fish cost.",
    ),
    (
        "oLo007",
        "vi",
        "loc_daidoanket",
        "Tư vấn nuôi ghép cá lóc trong ao cá truyền thống",
        "Tư vấn đưa cá lóc vào ao nuôi ghép cùng cá mè, trôi, chép, trắm cỏ, rô phi, diếc. "
        "Cá lóc chịu được nước thiếu oxy, sống ở 7–40 °C, ít bệnh; sau 1 năm đạt khoảng 0,75 kg, sau 2 năm khoảng 1,2 kg, và có thể ăn thức ăn chế biến khi nuôi nhốt.",
    ),
    (
        "oLo008",
        "en",
        "loc_hatchint",
        "Snakehead fry and fingerling supply from a Mekong breeding farm",
        "A specialised breeding farm supplies snakehead fry and fingerlings to grow-out farmers in the delta and neighbouring provinces, alongside hundreds of tonnes of table fish each year. "
        "Broodstock females release up to 15,000 eggs per spawn and can spawn up to five times a year, allowing year-round deliveries.",
    ),
    (
        "oLo009",
        "en",
        "loc_baomoi",
        "Off-season snakehead production plan with crop insurance",
        "Advisory service for farmers who want to stock snakehead in the off-season (April–August) when prices are higher, based on a nine-pond, 4 ha farm model. "
        "The plan covers stocking about 300,000 fry, harvesting some 150 tonnes after six months, and insuring the stock for roughly VND 10 million a month.",
    ),
    (
        "oLo010",
        "vi",
        "loc_bong",
        "Nuôi cá lóc bông thương phẩm: đặc điểm sinh học và tốc độ tăng trọng",
        "Tài liệu kỹ thuật về cá lóc bông (Channa micropeltes), loài cá dữ ưa thức ăn động vật tươi sống, nuôi phổ biến trong lồng bè ở đồng bằng. "
        "Số liệu tăng trọng giai đoạn giống: cá 5,3–7,1 cm tăng khoảng 0,10 g/ngày, cỡ 7,1–9,2 cm tăng khoảng 0,35 g/ngày, làm cơ sở lập khẩu phần và mật độ nuôi.",
    ),
    # --- climbing perch (cá rô đồng) ---
    (
        "oLo011",
        "vi",
        "ro_pqm",
        "Quy trình nuôi cá rô đồng thâm canh năng suất 3–5 tấn/1.000 m²",
        "Gói kỹ thuật nuôi cá rô đồng bằng con giống nhân tạo đã kiểm dịch, thời gian nuôi 4–5 tháng, cá đạt 10–15 con/kg. "
        "Năng suất 3–5 tấn trên 1.000 m²; hướng dẫn kiểm tra sức ăn và hoạt động của cá hằng ngày để phát hiện bệnh sớm.",
    ),
    (
        "oLo012",
        "vi",
        "ro_thvl",
        "Cung cấp giống cá rô đầu vuông chọn lọc tăng trưởng nhanh",
        "Cung cấp giống cá rô đầu vuông được tuyển chọn từ các mô hình nuôi, đạt 100–125 g/con sau 3–4 tháng, so với 60–100 g sau 5–6 tháng của cá rô đồng thường. "
        "Kèm hướng dẫn chọn ao gần nguồn nước sạch, xa khu công nghiệp và cho ăn thức ăn công nghiệp khi nuôi thâm canh.",
    ),
    (
        "oLo013",
        "vi",
        "ro_nghean",
        "Quy trình nuôi cá rô đồng thương phẩm đáp ứng điều kiện cơ sở nuôi",
        "Trung tâm giống thủy sản hướng dẫn bố trí cơ sở nuôi cá rô đồng: ao nuôi 3.000–5.000 m², ao chứa lắng bằng 1/2–1/3 diện tích ao nuôi, cống cấp thoát riêng, kho thức ăn và thuốc riêng biệt. "
        "Cải tạo ao để lại 15–20 cm bùn, bón vôi 7–10 kg/100 m², gây màu nước 7–10 ngày trước khi thả; phù hợp cơ sở muốn đạt chứng nhận nuôi an toàn.",
    ),
    (
        "oLo014",
        "en",
        "ro_vikaspedia",
        "Climbing perch broodstock management and hormone-induced breeding",
        "Fisheries institute package for climbing perch seed production, including the fast 'Koi Anabas' strain that reaches 400 g in 4–5 months against 100 g in nine months for local stock. "
        "Brood fish of at least 40 g are disinfected and held at 5–7 fish/m² in cement cisterns; hormone injection allows several spawnings per season between March and August.",
    ),
    (
        "oLo015",
        "en",
        "ro_dongthap",
        "Assessment of climbing perch farming in earthen ponds versus rice fields",
        "University study service comparing climbing perch grown in earthen ponds and in rice fields during the April–August flood season. "
        "Pond systems yielded about 43 t/ha/year against 24 t/ha/year on rice fields, with profits of roughly VND 493 and 246 million/ha/year; advice covers seed quality, irrigation and capital.",
    ),
    (
        "oLo016",
        "vi",
        "ro_hongduc",
        "Nuôi ghép cá rô đầu vuông với cá mè, trắm đen",
        "Trung tâm ứng dụng KHCN của trường đại học chuyển giao quy trình nuôi đơn và nuôi ghép cá rô đầu vuông với mè trắng, mè hoa, trắm đen. "
        "Mô hình thử nghiệm thu 1,218 tấn cá rô đầu vuông và 141,5 kg cá khác, lãi 14,38 triệu đồng.",
    ),
    (
        "oLo017",
        "vi",
        "ro_2lua",
        "Nuôi cá rô đồng và cá sặc rằn trong mương vườn đất phèn",
        "Hướng dẫn thả cá rô đồng và cá sặc rằn trong mương vườn, mương khóm có nước phèn: hai loài chịu được pH thấp (cá rô sống được ở pH 4) và ăn bèo, rau, cám, thức ăn tổng hợp. "
        "Mương 100–2.000 m², sâu khoảng 1,5 m, nguồn nước không nhiễm thuốc nông dược; kèm cách phòng nấm thủy mi mùa mưa.",
    ),
    # --- tilapia (cá rô phi, điêu hồng) ---
    (
        "oLo018",
        "vi",
        "rophi_questionai",
        "Kỹ thuật nuôi cá rô phi đơn tính thương phẩm",
        "Hướng dẫn chọn giống rô phi đơn tính đực lớn nhanh, đồng cỡ, không dị tật, rõ nguồn gốc; ao nuôi 100–500 m², sâu 1,5–2 m, có cống cấp thoát để thay nước. "
        "Bao gồm cho ăn, phòng bệnh và thu hoạch.",
    ),
    (
        "oLo019",
        "vi",
        "rophi_delka",
        "Mô hình nuôi cá rô phi cao sản thâm canh 20 tấn/ha/vụ",
        "Doanh nghiệp chuyển giao mô hình nuôi rô phi thâm canh đạt khoảng 20 tấn/ha/vụ, kết hợp thức ăn tự phối trộn với thức ăn công nghiệp. "
        "Ao được lắp quạt nước và áp dụng các biện pháp quản lý chất lượng nước; phù hợp trang trại có vốn đầu tư và kiến thức kỹ thuật.",
    ),
    (
        "oLo020",
        "en",
        "tilapia_aap",
        "Fast-growing tilapia fingerlings with farming model and offtake contract",
        "A feed and seed company supplies genetically selected black and red tilapia fingerlings from a hatchery producing up to 200 million fry a year. "
        "Fish reach about 600 g in four months and 1 kg in six months, also in brackish ponds below 8 ppt; farmers get a pond model, technical support and a buy-back contract.",
    ),
    (
        "oLo021",
        "en",
        "tilapia_mt",
        "All-male tilapia fry through methyltestosterone in oil-coated feed",
        "Aquaculture laboratory protocol for masculinising Nile tilapia fry: 17-α-methyltestosterone dissolved in oil and added to the feed at 30 mg/kg. "
        "Feeding for 32 days gave 99.8 ± 0.5% males with the lowest variation; the oil vehicle is safer for handlers than ethanol.",
    ),
    (
        "oLo022",
        "en",
        "tilapia_fluoxy",
        "Timing of steroid treatment for tilapia sex reversal",
        "Hatchery consultancy on when to start androgen treatment in tilapia larvae to cut hormone use. "
        "Trials with fluoxymesterone showed 92% males only when treatment started three days after hatching, before sex differentiation at days 5–6, with no effect on survival.",
    ),
    (
        "oLo023",
        "vi",
        "dieuhong_blog",
        "Giống cá điêu hồng (rô phi đỏ) dòng lớn nhanh",
        "Cung cấp giống cá điêu hồng, dòng rô phi đỏ lai giữa rô phi cỏ đột biến màu và rô phi vằn, đã chọn lọc để màu đỏ ổn định và không còn chấm đen. "
        "Dòng cá đạt 500–600 g sau 5 tháng nuôi và khoảng 1,2 kg sau 18 tháng.",
    ),
    (
        "oLo024",
        "en",
        "tilapia_vnplus",
        "Tilapia export market linkage and fillet processing outlets",
        "Trade promotion service connecting tilapia growers with processors that export skin-on and skinless fillets and frozen whole fish to the US, Spain and Colombia. "
        "National tilapia output is about 125,000 tonnes from 16,000 ha; the service also flags supply risks such as imported fry quality, feed cost and disease.",
    ),
    (
        "oLo025",
        "vi",
        "rophi_binhminh",
        "Tư vấn dinh dưỡng và khẩu phần cho cá rô phi thâm canh",
        "Công ty thức ăn tư vấn công thức và khẩu phần cho cá rô phi nuôi thâm canh nhằm cải thiện tăng trưởng, hiệu quả dùng thức ăn, miễn dịch và chất lượng thịt. "
        "Thức ăn chiếm khoảng 60% giá thành (khoảng 0,48 USD/kg cá), nên tối ưu dinh dưỡng là đòn bẩy lớn nhất để giảm chi phí.",
    ),
    # --- giant gourami (cá tai tượng) ---
    (
        "oLo026",
        "vi",
        "taituong_vinhlong",
        "Khẩu phần nuôi cá tai tượng thương phẩm rút ngắn thời gian nuôi",
        "Chuyên gia chi cục thủy sản chuyển giao cách nuôi cá tai tượng với khẩu phần phối hợp để cá lớn nhanh, tận dụng phụ phẩm nông nghiệp và hạn chế ô nhiễm nước. "
        "Cá chịu nhiệt 16–42 °C (tốt nhất 22–30 °C), sống được ở nước lợ 6–8‰ và pH 4–5; nuôi truyền thống chỉ bằng rau củ thì rất chậm lớn.",
    ),
    (
        "oLo027",
        "vi",
        "taituong_memart",
        "Nuôi cá tai tượng trong ao đất, bể lót bạt và bể xi măng",
        "Hướng dẫn chuẩn bị ao (từ 100 m²), bể xi măng, bể HDPE hoặc thùng nhựa từ 500 lít để nuôi tai tượng: vét bùn, phơi đáy 5–7 ngày, rải vôi 10–15 kg/100 m², bón phân chuồng hoai 20–30 kg/100 m². "
        "Mực nước 1–1,5 m trong ao, 1–1,2 m trong bể; gây màu bằng chế phẩm vi sinh trước khi thả giống.",
    ),
    (
        "oLo028",
        "en",
        "taituong_phumy",
        "Balanced gourami feeding and mid-cycle pond bottom cleaning",
        "Agri-tech company advice for giant gourami: pellets or home-mixed feed for young fish, chopped greens from one month, then a balanced mix of green feed and pellets so market size comes in about two years instead of over three. "
        "For long cycles it recommends zeolite or probiotics against toxic gases and partial sludge removal in the middle of the cycle, one section of the pond at a time.",
    ),
    (
        "oLo029",
        "en",
        "gourami_teakdoor",
        "Giant gourami natural spawning and fry production know-how",
        "Breeding guide for giant gourami seed production: fish mature from the fourth year and males build a plant nest about 30 × 20 cm near the surface over 8–10 days. "
        "A nest holds more than 1,500 buoyant eggs of about 2.7 mm that hatch after roughly ten days into 6–9 mm fry, guarded by both parents.",
    ),
    (
        "oLo030",
        "en",
        "gourami_wiki",
        "Giant gourami stocking for aquatic weed control",
        "Biological weed-control service using giant gourami, a voracious herbivore that has been used against invasive floating plants such as Salvinia molesta. "
        "The fish breathes air, tolerates poor water and is also a valued food fish, so weed control and meat production can be combined.",
    ),
    # --- catfish (cá trê, cá tra, basa) ---
    (
        "oLo031",
        "vi",
        "tre_namdac",
        "Trại giống cung cấp cá trê lai và kỹ thuật nuôi trong ao",
        "Trại cá giống cung cấp cá trê lai (trê vàng × trê phi) kèm quy trình nuôi trong ao đất hình chữ nhật 1.000–3.000 m², sâu 1,2–1,5 m, bờ chắc để cá không đào hang. "
        "Cá chịu pH 3,5–10,5 và nhiệt độ 11–39,5 °C, tăng khoảng 100 g/con mỗi tháng.",
    ),
    (
        "oLo032",
        "vi",
        "tre_bat_memart",
        "Lắp đặt bể lót bạt HDPE nuôi cá trê",
        "Thiết kế bể lót bạt HDPE/PVC nuôi cá trê: chọn giống, mật độ, xử lý nước, phòng bệnh và thu hoạch. "
        "Cá trê có cơ quan hô hấp phụ nên sống được trong nước ít oxy, pH 5,5–8,5; cá trê lai đạt 150–200 g sau 3–4 tháng khi cho ăn và thả mật độ hợp lý.",
    ),
    (
        "oLo033",
        "vi",
        "tre_giong_ctu",
        "Quy trình sản xuất giống cá trê vàng lai",
        "Khoa thủy sản chuyển giao quy trình nuôi vỗ, kích thích sinh sản, ấp trứng và ương cá trê vàng lai. "
        "Kết hợp 2 mg não thùy với 100 µg LRH cho trên 99% cá đẻ, tỷ lệ nở trên 86%, dị hình 5–6%; cá tái thành thục sau 35–40 ngày nuôi vỗ.",
    ),
    (
        "oLo034",
        "en",
        "tre_ras_nhatrang",
        "Walking catfish grow-out in a recirculating aquaculture system",
        "Applied-technology centre results and set-up guidance for rearing yellow walking catfish (Clarias macrocephalus) in a recirculating system. "
        "The package covers tank layout, filtration and stocking based on a master's-level trial, for farms short of clean water.",
    ),
    (
        "oLo035",
        "en",
        "tra_asiapacfish",
        "Striped catfish production systems: ponds, cages and net pens",
        "Regional fisheries network profile and advice for striped catfish farming. Large ponds deeper than 2 m dominate; cages and net pens reach higher densities where river current is strong. "
        "Feed dominates variable cost, and the species grows best around pH 6.5–7.5.",
    ),
    (
        "oLo036",
        "en",
        "tra_mekarn",
        "Stocking density and water-use review for striped catfish ponds",
        "University review service on water use and environmental impact of striped catfish farming. "
        "Farmers commonly stock 80–105 fish/m² whereas 30–60 fish/m² is considered optimal; the review covers home-made, pellet and by-product feeds and the main constraints of water quality, disease, price and capital.",
    ),
    (
        "oLo037",
        "vi",
        "tra_giong_nonglam",
        "Quy trình sản xuất giống cá tra và cá tra lai",
        "Chuyển giao quy trình sản xuất giống cá tra thường và cá tra lai theo thực tế các trại giống lớn ở đồng bằng: nuôi vỗ, cho đẻ, ấp và ương. "
        "Cá tra chiếm khoảng 80% sản lượng cá nuôi của vùng nên nhu cầu giống chất lượng rất lớn.",
    ),
    (
        "oLo038",
        "vi",
        "tra_basa_123",
        "Kỹ thuật nuôi cá tra và cá basa trong ao",
        "Hướng dẫn nuôi cá tra, cá basa trong ao từ 500 m² trở lên. Cá tra đạt 1 kg sau 6–7 tháng, nuôi được 30–40 con/m²; basa cần 8–9 tháng và chỉ 5–10 con/m². "
        "Một cá tra cái cho 30.000–40.000 trứng, nên người nuôi chủ động được giống và thời vụ.",
    ),
    (
        "oLo039",
        "en",
        "tra_nh3_tvu",
        "Ammonia tolerance testing for pangasius",
        "University aquaculture lab offers toxicity testing and water-quality thresholds for striped catfish. "
        "In 500 L tanks at 28 °C the safe level of NH3 was 0.2 mg/L and the 96-h LC50 3.975 mg/L; even the safe level cut growth from 0.56 to 0.18%/day.",
    ),
    # --- hatcheries and nurseries ---
    (
        "oLo040",
        "en",
        "nursery_ch7",
        "Nursery pond preparation for the first 30–45 days of fry",
        "Hatchery management training on preparing earthen nursery ponds before larvae arrive: it can take 10–20 days to build the right zooplankton. "
        "The first 30–45 days, when fry shift from zooplankton to adult diets, carry the highest mortality, and the course covers how to manage it in ponds, tanks or both.",
    ),
    (
        "oLo041",
        "en",
        "nursery_ch9",
        "Nursery pond management: zooplankton targets and stocking rates",
        "Extension guidance for primary nursery ponds: aim for more than 500 rotifers/L when rotifers are the first food, or more than 200 cladocerans/L. "
        "Stocking ranges from 100,000 to over 5,000,000 larvae/ha depending on species, pond fertility and culture length, since zooplankton supply is finite.",
    ),
    (
        "oLo042",
        "vi",
        "broodstock_dntg",
        "Nuôi vỗ cá bố mẹ và quy trình sản xuất giống cá nước ngọt",
        "Tài liệu và tập huấn quy trình sản xuất giống: nuôi vỗ cá bố mẹ, cho đẻ nhân tạo, ấp trứng, ương cá bột lên cá hương và cá giống. "
        "Ao nuôi vỗ 500–2.000 m², sâu 1,5–2 m, nước 25–32 °C, oxy trên 3 mg/l; mật độ 0,1–0,2 kg/m³, tỷ lệ đực cái 1:1; thức ăn viên từ 30% đạm với 2–3% khối lượng thân mỗi ngày.",
    ),
    (
        "oLo043",
        "en",
        "tiengiang_vnplus",
        "Concentrated freshwater seed-production zone and farmer training",
        "Provincial agriculture department programme that builds concentrated zones for producing freshwater fish seed and trains farmers in grow-out and seed techniques. "
        "The upstream districts farm over 3,200 ha of tra, snakehead, climbing perch, carps, bighead catfish and tilapia, plus floating cages of red tilapia on the river.",
    ),
    # --- feeds and feeding ---
    (
        "oLo044",
        "en",
        "feed_wood",
        "Choosing equipment for farm-made fish feeds",
        "Food-processing institute guidance on selecting grinders, mixers and pelleting or noodle-forming machines for farm-made aquafeeds. "
        "It explains how raw-material properties decide water stability and how to match the feed form to surface, mid-water or bottom feeders in semi-intensive ponds.",
    ),
    (
        "oLo045",
        "en",
        "feed_feedmill",
        "Floating, sinking and slow-sinking fish pellet production",
        "Feed-mill supplier help for small and large farms to make their own pellets: floating pellets for tilapia and carp, sinking pellets for catfish and slow-sinking ones for mid-water feeders. "
        "Covers raw-material choice (protein, energy, binders) and matching processing equipment.",
    ),
    (
        "oLo046",
        "vi",
        "feed_fishfeedmach",
        "Dây chuyền máy ép cám viên nổi thức ăn thủy sản",
        "Nhà sản xuất thiết bị tư vấn chọn dây chuyền ép viên nổi cho cá: thức ăn thủy sản cần nghiền mịn hơn thức ăn gia súc, đạm thường 30–40%, viên chặt, bền trong nước. "
        "Máy dễ vệ sinh để tránh nhiễm chéo giữa các loại thức ăn.",
    ),
    (
        "oLo047",
        "en",
        "feed_yize",
        "Floating fish-feed extruder for aquaculture farms",
        "Machinery company supplies extruders that turn fish meal, soybean meal and cereals into floating pellets through grinding, mixing with water and oil, extrusion under heat and pressure, and drying. "
        "Floating feed lets farmers see how much fish eat and leaves less waste to pollute the pond.",
    ),
    (
        "oLo048",
        "en",
        "bsf_tilapia",
        "Black soldier fly larvae meal to replace soybean meal in tilapia feed",
        "Agricultural research board offers feed formulas in which black soldier fly larvae meal replaces soybean meal for Nile tilapia. "
        "In an 84-day hapa trial with 400 male fish, 50% replacement gave the best growth, with survival and feed conversion unchanged.",
    ),
    (
        "oLo049",
        "vi",
        "bsf_eel",
        "Bột ấu trùng ruồi lính đen thay thế bột cá trong thức ăn",
        "Nhóm nghiên cứu đại học chuyển giao công thức thức ăn dùng bột ấu trùng ruồi lính đen thay 25–50% đạm bột cá cho cá nước ngọt giai đoạn giống. "
        "Thí nghiệm 90 ngày trong bể 500 L cho thấy mức thay 50% cho tăng trọng cao nhất (0,10 g/ngày), giúp giảm phụ thuộc bột cá.",
    ),
    (
        "oLo050",
        "en",
        "bsf_scribd",
        "Rearing black soldier fly larvae on waste as cheap fish feed",
        "Technique for producing black soldier fly larvae on kitchen waste, rotten grain and oil cake: yields were about 186 g/kg on rotten wheat and 134 g/kg on vegetables, stopping below 15 °C. "
        "Live larvae hold about 16% protein and 7% lipid; replacing 50% of fish meal with dried larvae gave the best tilapia fry growth.",
    ),
    (
        "oLo051",
        "vi",
        "loc_thucan_memart",
        "Hướng dẫn thức ăn và cách cho cá lóc ăn",
        "Tài liệu về tập tính ăn của cá lóc (dạ dày hình chữ Y, ruột ngắn, ưa mồi động vật) và các nhóm thức ăn: cá nhỏ, tôm tép, côn trùng, thức ăn chế biến. "
        "Hướng dẫn phương pháp cho ăn và lưu ý để cá lớn đều.",
    ),
    (
        "oLo052",
        "vi",
        "loc_trieuphu",
        "Thức ăn cho rồng rồng và cá lóc giống",
        "Hướng dẫn chọn thức ăn cho cá lóc theo giai đoạn: ba ngày đầu rồng rồng sống nhờ noãn hoàng, từ ngày thứ tư cần thức ăn tự nhiên như động vật phù du, lăng quăng. "
        "Sau đó chuyển dần sang thức ăn công nghiệp để đàn cá giống lớn đều.",
    ),
    # --- water quality and monitoring ---
    (
        "oLo053",
        "vi",
        "wq_boyd",
        "Khóa tập huấn quản lý chất lượng nước ao nuôi thủy sản",
        "Khoa thủy sản tổ chức tập huấn theo giáo trình quản lý chất lượng nước ao của C. E. Boyd (bản lược dịch): nhiệt độ, quang hợp – hô hấp, độ kiềm, độ cứng, pH, độ trong, chất rắn lơ lửng, oxy và khí độc. "
        "Học viên biết đo và điều chỉnh các chỉ tiêu này trong ao cá.",
    ),
    (
        "oLo054",
        "vi",
        "wq_quangtho",
        "Bộ ngưỡng cảnh báo môi trường cho vùng nuôi cá lồng",
        "Dịch vụ quan trắc đưa ra ngưỡng an toàn cho lồng nuôi: dòng chảy 0,2–0,3 m/s, pH 6,5–8,5, oxy trên 4 mg/L, NH3 dưới 0,03 mg/L, H2S dưới 0,01 mg/L, NO2 dưới 0,5 mg/L, độ trong trên 40 cm. "
        "Có ba cấp cảnh báo, tới cấp 3 khi oxy dưới 2 mg/L hay NH3 trên 2–3 mg/L gây chết cá.",
    ),
    (
        "oLo055",
        "vi",
        "wq_testkit",
        "Bộ test NH3/NH4+ và xử lý độ kiềm cho ao cá",
        "Cung cấp bộ testkit đo NH3/NH4+ và độ kiềm, kèm sổ theo dõi. NH3 thích hợp dưới 0,1 mg/l và càng độc khi pH tăng. "
        "Hướng dẫn giữ độ kiềm bằng vôi bột, dolomit, bột vỏ sò; khống chế pH dao động ngày đêm không quá 1 và tháo nước tầng đáy định kỳ.",
    ),
    (
        "oLo056",
        "vi",
        "wq_ammonia",
        "Tư vấn kiểm soát amoniac theo pH và nhiệt độ trong ao",
        "Chuyên gia giải thích khi pH dưới 8 thì NH3 độc chiếm dưới 10% tổng amoniac nhưng tăng mạnh khi pH và nhiệt độ cao, nên NH3 thường cao nhất lúc chiều tối. "
        "Nguồn chính là chất bài tiết, tỷ lệ thuận với lượng và độ đạm thức ăn; tư vấn điều chỉnh khẩu phần và quản lý tảo để giảm amoniac.",
    ),
    (
        "oLo057",
        "en",
        "iot_vnua",
        "IoT pond monitor with low-oxygen SMS alarm",
        "Agricultural university engineers build an automatic monitor for temperature, pH and dissolved oxygen in aquaculture ponds using an Arduino Nano, sensors and a Raspberry Pi web server. "
        "Readings go wirelessly to phones and computers, a warning message is sent when DO falls below the set level, and measurement error stays under 5%.",
    ),
    (
        "oLo058",
        "en",
        "iot_esp32",
        "Wireless multi-sensor water-quality system for freshwater farms",
        "Engineering team supplies an ESP32-based unit combining temperature, pH, dissolved-oxygen and conductivity sensors, with salinity derived from conductivity. "
        "Data are sent over Wi-Fi to an IoT cloud dashboard and phone app; the system was calibrated before and after field use.",
    ),
    (
        "oLo059",
        "en",
        "iot_taiwan",
        "IoT fish-farm monitoring with automatic pH-measuring arm",
        "Electronics university offers wireless monitoring of temperature, pH, dissolved oxygen, water level and sensor life for fish farms, viewed on mobile devices. "
        "Because pH probes cannot stay submerged, a PLC-controlled robotic arm takes and maintains measurements automatically, reducing labour during typhoons and cold snaps.",
    ),
    (
        "oLo060",
        "vi",
        "probiotic_labvn",
        "Chế phẩm Bacillus subtilis cải thiện nước và sức khỏe cá",
        "Phòng thí nghiệm cung cấp chế phẩm vi sinh Bacillus subtilis cho nuôi thủy sản: cải thiện tăng trưởng, tỷ lệ sống, chất lượng nước và giá trị thức ăn lên men. "
        "Kèm hướng dẫn dùng định kỳ trong ao và trộn thức ăn.",
    ),
    # --- aeration and sludge ---
    (
        "oLo061",
        "en",
        "aer_globalseafood",
        "Energy-efficient pond aeration beyond the paddlewheel",
        "Aquaculture engineering advice on aerator choice: paddlewheels are widely used to mix water and break oxygen stratification, but their efficiency is low in stratified ponds. "
        "Newer designs that combine mixing with aeration are recommended to cut power cost per kg of oxygen.",
    ),
    (
        "oLo062",
        "en",
        "aer_wolfcreek",
        "Pond aerators and diffused-air systems to prevent fish kills",
        "Supplier of floating surface aerators for shallow fish ponds and diffused-air systems (compressor, weighted tubing, bottom diffusers) for deeper ponds. "
        "Supplemental aeration prevents low-oxygen fish kills, supports higher stocking and breaks thermal stratification.",
    ),
    (
        "oLo063",
        "en",
        "aer_cleanhealthy",
        "Aeration packages to cut bottom muck and toxic gases",
        "Pond aeration installer: keeping dissolved oxygen near 5 ppm stimulates beneficial bacteria that break down waste and reduce the bottom muck layer. "
        "Aeration also vents carbon dioxide and hydrogen sulfide and prevents destratification turnovers that cause fish kills.",
    ),
    (
        "oLo064",
        "vi",
        "sludge_songphung",
        "Giải pháp xử lý bùn đáy ao nuôi cá",
        "Công ty môi trường tư vấn xử lý bùn đáy ao cá: bùn dày làm giảm oxy tầng đáy, sinh NH3, H2S, CH4, làm nước chua và là nơi trú của Aeromonas, tảo độc. "
        "Đề xuất quy trình hút, nạo vét và xử lý bùn an toàn để cá không nổi đầu, chết rải rác.",
    ),
    (
        "oLo065",
        "vi",
        "sludge_caotrong",
        "Cải tạo ao và quản lý môi trường ao nuôi cá trước vụ",
        "Hướng dẫn chọn và cải tạo ao 1.000–10.000 m², sâu 1–2 m, theo hướng Đông – Tây; tháo cạn, bắt cá tạp, vét bùn chỉ để lại 15–25 cm, dọn rác và khử trùng đáy. "
        "Bờ cao hơn mực nước cao nhất 0,5 m, chủ động cấp thoát nước.",
    ),
    (
        "oLo066",
        "vi",
        "sludge_kc07",
        "Thiết bị xử lý chất thải đặc cho ao nuôi tôm thâm canh",
        "Đề tài cấp nhà nước thiết kế và chế tạo thiết bị gom, xử lý chất thải đặc (thức ăn thừa, phân, xác tảo, bùn) cho trang trại nuôi tôm thương phẩm thâm canh. "
        "Thiết bị đồng bộ với hệ thống máy móc phục vụ ao tôm.",
    ),
    (
        "oLo067",
        "vi",
        "shrimp_anbinh",
        "Giải pháp xử lý đáy ao tôm ít tốn kém",
        "Công ty hóa sinh hướng dẫn quản lý đáy ao tôm: lót bạt HDPE hoặc bê tông để tránh phản ứng yếm khí, thiết kế ao gom chất thải về giữa. "
        "Giúp giảm amoniac, giữ oxy và ổn định nước cho tôm đến cuối vụ.",
    ),
    # --- fish diseases and drugs ---
    (
        "oLo068",
        "vi",
        "dz_daihoangphu",
        "Phác đồ phòng trị bệnh gan thận mủ trên cá tra",
        "Công ty thuốc thủy sản hướng dẫn nhận biết và phòng bệnh mủ gan do Edwardsiella ictaluri: gan, thận, tỳ tạng có đốm trắng, cá bỏ ăn, bơi lờ đờ. "
        "Bệnh có thể làm chết 100% cá bột và tới 50% cá thịt; khuyến cáo diệt khuẩn nước cấp, có ao lắng, chọn giống kiểm dịch âm tính, định kỳ 7–10 ngày dùng sản phẩm phòng bệnh.",
    ),
    (
        "oLo069",
        "vi",
        "dz_tsvn",
        "Phòng bệnh mủ gan cho cá nuôi mùa mưa, nhiệt độ thấp",
        "Tư vấn phòng bệnh mủ gan xuất hiện quanh năm nhưng bùng mạnh vào mùa mưa, nước lạnh, trên cá tra, basa và cả cá lóc, điêu hồng, cá rô. "
        "Đốm trắng 1–3 mm trên gan, thận; tỷ lệ chết 30–50% ở cá thịt; hướng dẫn lấy mẫu cấy khuẩn và phòng bệnh theo mùa.",
    ),
    (
        "oLo070",
        "vi",
        "dz_hoangky",
        "Chiết xuất hoàng kỳ phòng bệnh mủ gan trên cá tra",
        "Nhóm nghiên cứu cung cấp chiết xuất cây hoàng kỳ (Astragalus membranaceus) bổ sung vào thức ăn để tăng sức đề kháng, phòng bệnh mủ gan. "
        "Giải pháp thay thế kháng sinh vì E. ictaluri đã kháng oxytetracycline, oxolinic acid và sulfonamide.",
    ),
    (
        "oLo071",
        "vi",
        "dz_loc_mugan",
        "Chẩn đoán và phòng bệnh gan thận mủ trên cá lóc",
        "Dịch vụ chẩn đoán bệnh gan thận mủ trên cá lóc do Edwardsiella ictaluri và Aeromonas hydrophila: cá lờ đờ, xuất huyết ngoài da, gan thận tỳ có đốm trắng đục 1–2 mm. "
        "Bệnh có thể chết tới 100% cá giống và 30–50% cá thịt; tư vấn mật độ, thức ăn không nấm mốc và quản lý nước để phòng.",
    ),
    (
        "oLo072",
        "en",
        "dz_tepbac",
        "Biosecurity plan against Edwardsiella (white-spot liver disease) in catfish",
        "Fish-health consultancy building biosecurity plans against Edwardsiella ictaluri, which can survive 95 days in pond mud at 25 °C and enters through gills, nostrils and feed. "
        "Measures cover handling injuries, stocking density, birds and shared equipment, especially in the rainy months when outbreaks peak.",
    ),
    (
        "oLo073",
        "en",
        "dz_aeromonas",
        "Diagnosis and prevention of Aeromonas hydrophila ulcers in catfish",
        "Aquaculture technology service for Aeromonas infections: open ulcers on tail, fins and belly, swelling, loss of appetite and gasping. "
        "Prevention through good water quality, less handling stress and suitable density; antibiotics only at recommended doses to avoid resistance.",
    ),
    (
        "oLo074",
        "en",
        "dz_eus",
        "Diagnosis of epizootic ulcerative syndrome (red spot disease)",
        "Fish-disease lab diagnosis of EUS caused by the water mould Aphanomyces invadans: pale skin patches and raised scales first, then red ulcers of 4–25 mm that can become deep craters. "
        "Outbreaks follow heavy rain with low pH and high organic load; juveniles under 100 g suffer most, and squash preparations at ×100 confirm hyphae in muscle.",
    ),
    (
        "oLo075",
        "vi",
        "dz_tbx_anhsao",
        "Chẩn đoán và trị bệnh trùng bánh xe cho cá hương, cá giống",
        "Công ty thú y thủy sản chẩn đoán Trichodina (50–70 µm, vòng móc bám 24 chiếc) ký sinh da và mang, chủ yếu ở ao ương cá hương, cá giống mật độ cao. "
        "Cá tiết nhiều nhớt, mang bạc, nổi đầu thành đàn; khi tỷ lệ nhiễm 90–100% và cường độ 20–30 trùng/thị trường cần điều trị ngay.",
    ),
    (
        "oLo076",
        "en",
        "dz_tbx_2lua",
        "Salt-bath and pond treatment for Trichodina in fry and fingerlings",
        "Fish-health advisory for trichodinid parasites on carps, catfish, tra and other species, mostly harmful to fry and fingerlings at 20–30 °C. "
        "Prevention by liming and disinfecting nursery ponds, lower stocking and no fresh manure; treatment with a 2–3% salt bath for 5–15 minutes and other approved chemicals.",
    ),
    (
        "oLo077",
        "en",
        "dz_chinabut",
        "Training course on major finfish diseases in Asia and practical control",
        "Fisheries department experts run a course on the main finfish diseases in Asia and practical control measures. "
        "Disease is treated as any performance below expectation, not only sickness or death, with emphasis on nutrition, environment and early diagnosis.",
    ),
    (
        "oLo078",
        "vi",
        "drug_cand",
        "Tư vấn tuân thủ danh mục hóa chất, kháng sinh cấm và hạn chế",
        "Dịch vụ pháp lý – kỹ thuật giúp cơ sở nuôi và sản xuất giống tuân thủ quy định: cấm 17 hóa chất, kháng sinh và hạn chế 34 loại (như amoxicillin, ampicillin, benzylpenicillin). "
        "Không trộn quá hai loại kháng sinh trong một sản phẩm; lập sổ ghi chép sử dụng thuốc.",
    ),
    (
        "oLo079",
        "en",
        "drug_florfenicol",
        "Florfenicol residue and withdrawal testing for pangasius",
        "University lab measures how florfenicol affects blood chemistry and how long residues persist in striped catfish held in tanks. "
        "Farmers and exporters receive withdrawal-time advice aligned with the national list of banned and restricted veterinary drugs.",
    ),
    (
        "oLo080",
        "vi",
        "dz_delka",
        "Phòng trị trùng bánh xe và nấm thủy mi trên cá",
        "Hướng dẫn phòng trị hai bệnh phổ biến: trùng bánh xe gây nhớt trắng đục, cá nổi đầu, tỷ lệ nhiễm 80–100% ở cá hương, cá giống; và nấm thủy mi. "
        "Bệnh nhiều vào xuân, hè, thu; biện pháp gồm vệ sinh ao, mật độ hợp lý và thuốc điều trị theo liều.",
    ),
    # --- biofloc and recirculating systems ---
    (
        "oLo081",
        "vi",
        "bfl_bioaqua",
        "Tư vấn quản lý tỉ lệ C:N theo từng giai đoạn hệ biofloc",
        "Công ty vi sinh hướng dẫn vận hành hệ biofloc theo giai đoạn: khởi tạo floc, bổ sung nguồn carbon (rỉ đường, bột) để giữ tỉ lệ C:N thích hợp, theo dõi thể tích floc và giảm thay nước. "
        "Áp dụng cho ao, bể nuôi cá và tôm ít thay nước.",
    ),
    (
        "oLo082",
        "en",
        "bfl_tilapia",
        "Biofloc biomass as partial feed for Nile tilapia",
        "Research group offers a biofloc protocol for tilapia juveniles using a separate 500 L biofloc tank where molasses keeps C:N at 15:1. "
        "Wet biofloc biomass can replace part of the dry diet and lowers nitrite, but replacing it entirely raises mortality; 100% dry feed gave 21.9 g fish against 10.4 g at 50:50.",
    ),
    (
        "oLo083",
        "en",
        "bfl_clarias",
        "Biofloc for African catfish using cassava or wheat flour as carbon source",
        "University zoology team supplies a biofloc method for Clarias juveniles with local carbon sources, cassava or wheat flour at C:N 10:1 or 20:1, in aerated tanks. "
        "Weight gain, growth rate and survival improved over controls with 50% water exchange, with floc volumes around 67–72 mL.",
    ),
    (
        "oLo084",
        "en",
        "ras_wiki",
        "Design of recirculating aquaculture system treatment trains",
        "Engineering consultancy designs RAS for intensive fish production: solids removal, biofiltration of ammonia (toxic above about 0.02 mg/L) to nitrate by nitrifying bacteria, degassing and oxygenation, temperature control and sterilisation. "
        "Designs target the high stocking densities needed for commercial viability while cutting clean-water use.",
    ),
    (
        "oLo085",
        "en",
        "ras_fishsite",
        "Biofilter upgrades and alternatives for RAS",
        "Aquaculture engineer reviews biofilter performance (media opening, specific surface area, shear resistance, fill fraction) and adds enhancements such as electro-coagulation, electro-oxidation and UASB reactors. "
        "Fast solids removal by screening, settling or flotation is set up first to protect the biomedia and reduce oxygen demand.",
    ),
    (
        "oLo086",
        "en",
        "ras_vt",
        "Indoor recirculating tank systems for catfish and other fish",
        "University extension guide to farming fish indoors at high density in recirculating tanks with a controlled environment: water is filtered and reused, new water only replaces splash, evaporation and flushing. "
        "Covers continuous clean water, temperature and oxygen control, biofilters and complete daily feeding.",
    ),
    (
        "oLo087",
        "vi",
        "ras_biofilter",
        "Thiết kế bể lọc sinh học cho hệ nuôi tuần hoàn",
        "Nhóm kỹ thuật phân tích ưu nhược điểm các kiểu lọc sinh học cho hệ tuần hoàn – lọc ngập, lọc nhỏ giọt, lọc quay, lọc hạt, lọc tầng sôi – và thiết kế lọc nhỏ giọt cho trại cá. "
        "Giúp giữ nước sạch, tiết kiệm nước trong hệ nuôi tuần hoàn.",
    ),
    # --- cage farming on rivers ---
    (
        "oLo088",
        "vi",
        "cage_buiquangte",
        "Kỹ thuật nuôi cá lồng, bè trên sông",
        "Viện nghiên cứu nuôi trồng thủy sản tập huấn kết cấu và lắp đặt lồng bè, chọn đối tượng và mật độ nuôi. "
        "Bè phía Nam thể tích 100–1.600 m³ đạt 123–166 kg/m³; lồng nhỏ cải tiến 1–4 m³ thả 150–300 con/m³ có thể đạt 150–250 kg/m³.",
    ),
    (
        "oLo089",
        "vi",
        "cage_thangbinh",
        "Mô hình bè lồng nuôi cá điêu hồng trên sông",
        "Mô hình bè gồm 6 lồng 5 × 5 m, ngập sâu 2,5 m, khung thép mạ kẽm trên phao phuy; lưới lồng đổi theo giai đoạn: dưới 1 ly cho tháng đầu, 1,5 ly đến 3 tháng, 2 ly đến thu hoạch. "
        "Sau 6 tháng cá điêu hồng thích nghi tốt với nước sông và tốn ít thức ăn hơn nuôi ao; lưu ý khó dùng thuốc vì nước chảy và bèo trôi.",
    ),
    (
        "oLo090",
        "vi",
        "cage_memart",
        "Chọn vị trí, thiết kế và lắp đặt bè nuôi cá trên sông",
        "Tư vấn đặt bè ở nơi dòng chảy ổn định 0,2–0,3 m/s, sâu từ 3 m, đáy lồng cách đáy sông 0,5 m, tránh nước đọng, chảy xiết, sạt lở. "
        "Lồng khoảng 10 m², đặt so le cách nhau 10–15 m, khung thép, gỗ hoặc HDPE có phao; tắm cá giống nước muối 2–3% trước khi thả; giữ oxy trên 5 mg/l.",
    ),
    (
        "oLo091",
        "en",
        "cage_tra_dthu",
        "Raft culture technique for tra and basa catfish",
        "Technical package for raising tra and basa in floating rafts on rivers, a practice in the delta since the 1960s that began near the Cambodian border and has been refined into a stable trade. "
        "Covers raft construction, siting in flowing water, stocking and feeding.",
    ),
    (
        "oLo092",
        "en",
        "basa_asiapac",
        "Basa catfish net-cage farming profile",
        "Fisheries network briefing on basa (Pangasius bocourti), raised only in net cages: it is less hardy, grows more slowly and costs more to produce than tra, and its fecundity is up to ten times lower. "
        "Useful for planning cage stocking and seed supply.",
    ),
    (
        "oLo093",
        "vi",
        "cage_langchien",
        "Giáo trình chuẩn bị ao, bè và thả giống cá lăng, cá chiên",
        "Giáo trình dạy nghề sơ cấp về chuẩn bị ao nuôi, bè nuôi trên sông, hồ chứa và thả giống cá lăng, cá chiên, dành cho lao động nông thôn.",
    ),
    # --- rice-fish farming ---
    (
        "oLo094",
        "vi",
        "rf_profilbaru",
        "Chuyển giao mô hình lúa – cá kết hợp",
        "Mô hình thả cá trên ruộng lúa: cá ăn sâu hại, cỏ non và trứng ốc bươu vàng, phân cá bón cho lúa, giảm phân bón và thuốc trừ sâu. "
        "Năng suất đạt khoảng 3,4 tấn lúa và 9,6 tấn cá/ha; ruộng cần đắp bờ kín và đào mương, ao trú cho cá.",
    ),
    (
        "oLo095",
        "vi",
        "rf_nongnghiep",
        "Nuôi cá ruộng mùa nước nổi theo hình thức hợp tác xã",
        "Trạm khuyến nông hướng dẫn hợp tác xã bỏ vụ lúa thu đông để nuôi cá trên ruộng trong mùa lũ (khoảng tháng 8 đến tháng 11): cùng đầu tư con giống, quây lưới, chia sản phẩm. "
        "Mô hình áp dụng cho diện tích hàng trăm ha với hơn 180 xã viên.",
    ),
    (
        "oLo096",
        "vi",
        "rf_tiasang",
        "Nhân rộng mô hình lúa – cá tăng thu nhập gấp 2–3 lần",
        "Hỗ trợ địa phương nhân rộng mô hình lúa – cá: ngay năm đầu lãi khoảng 150 triệu đồng, gấp 2–3 lần trồng lúa đơn, ít rủi ro hơn nuôi tôm. "
        "Hộ tham gia được hỗ trợ cá giống, thức ăn và kỹ thuật từ trung tâm khuyến nông.",
    ),
    (
        "oLo097",
        "en",
        "rf_vnplus",
        "Rice plus fingerling nursing rotation for flood-prone fields",
        "Extension model in which farmers grow winter–spring rice and then nurse five or six batches of freshwater fingerlings on the same land, supported by dykes, drainage and dredged canals. "
        "A 2.4 ha farm earns about VND 300 million a year (over 200 million net), and rotten rice straw is reused as fish feed.",
    ),
    (
        "oLo098",
        "en",
        "rf_ipm",
        "Integrated pest management for rice-fish farmers",
        "Ecological economics team trains rice-fish farmers in IPM to reduce agrochemicals and recycle nutrients. "
        "IPM rice-fish farmers reached the highest net income, about VND 19.5 million/ha/year, while non-IPM rice-fish farmers earned least (15.8 million) because of high costs and low yields.",
    ),
    (
        "oLo099",
        "en",
        "rf_ambio",
        "Comparison of rice-fish farming with high-dike triple rice",
        "Research service comparing two rice crops plus one fish crop with double and triple rice systems behind low or high dikes. "
        "The rice-rice-fish system had the highest net income and benefit–cost ratio, while triple rice used the most seed and agrochemicals and lowered water quality and biodiversity.",
    ),
    (
        "oLo100",
        "vi",
        "rf_tepbac_tg",
        "Canh tác cá – lúa ở vùng ruộng trũng, thường ngập nước",
        "Hướng dẫn thả cá giống với cơ cấu thích hợp (cá lóc, rô, sặc, mè, chép) vào ruộng lúa vùng trũng, lúa một – hai vụ, nơi cá đồng tự nhiên đã cạn kiệt. "
        "Cá và lúa hỗ trợ nhau thành hệ khép kín, giảm hóa chất, tăng thu nhập và việc làm.",
    ),
    # --- harvesting and live transport ---
    (
        "oLo101",
        "en",
        "hv_informed",
        "Harvesting equipment for warm-water fish ponds",
        "Supplier and trainer for pond harvest gear: cast nets for sampling, lift nets, short seines and V-traps for fry, plus live cars, loading baskets, fish pumps and boom trucks. "
        "Helps choose gear by farm size, labour, species and harvest volume.",
    ),
    (
        "oLo102",
        "en",
        "hv_grading",
        "Fish grading and sorting devices",
        "Fabrication of fish graders: bar graders with 3/16-inch rods at set spacings, floating grading boxes for fingerlings, PVC-frame panels and 5/16-inch mesh baskets. "
        "Smooth, non-abrasive materials reduce injury; multiple panels sort fish into several sizes.",
    ),
    (
        "oLo103",
        "en",
        "hv_uky",
        "Drain-and-seine and partial harvest planning for ponds",
        "Extension specialist advice on pond harvest: partial draining of 20–30%, repeated seining until about 80% of fish are caught, then final draining to a harvest basin. "
        "Partial harvests save water; harvest in cool weather (15–18 °C) or early morning when water is warm.",
    ),
    (
        "oLo104",
        "en",
        "tr_srac390",
        "Live-haul tanks and water management for fish transport",
        "Regional aquaculture centre guidance on transport equipment: insulated hauling tanks with liquid oxygen, discharge openings sized for fish, and cool, well-aerated water. "
        "Losses mainly come from latent disease and osmoregulatory stress, so it covers loading density, trip duration, tempering and salt.",
    ),
    (
        "oLo105",
        "en",
        "tr_missouri",
        "Sealed-bag shipping of live fish with pure oxygen",
        "Extension method for bag shipment: fish in 1.5–2 gallons of water in 3-mil polyethylene bags (18 × 32 in), air replaced with pure oxygen, sealed and boxed in insulated containers. "
        "Metabolism halves for every 18 °F drop, so shipping cool cuts oxygen use and ammonia and CO2 build-up.",
    ),
    (
        "oLo106",
        "vi",
        "tr_gayme",
        "Vận chuyển cá sống bằng phương pháp kín có gây mê",
        "Khoa thủy sản chuyển giao quy trình vận chuyển kín có dùng thuốc gây mê để giảm trao đổi chất, giảm hao hụt khi chở cá sống đường dài. "
        "Kết quả thử nghiệm giúp chọn liều và mật độ phù hợp cho từng loài.",
    ),
    (
        "oLo107",
        "vi",
        "tr_methods",
        "Hướng dẫn vận chuyển kín động vật thủy sản sống bằng túi PE",
        "Hướng dẫn dùng túi polyetylen dày 0,1 mm lồng 2–3 lớp, chứa 20–40% nước và 60–80% oxy, bọc bao dứa hoặc thùng xốp. "
        "Nước sạch không H2S, NH3, CO2, sắt; cá bột bơm oxy phía trên mặt nước, cá lớn sục oxy vào nước.",
    ),
    (
        "oLo108",
        "en",
        "hv_fawc",
        "Automatic fish grading machines with counters",
        "Equipment supplier of automatic graders: fish are netted, vacuum-pumped or lifted by screw elevator onto a widening V-shaped conveyor and dropped into size outlets piped to separate tanks. "
        "Built-in counters; the whole pass takes two to three minutes with fish kept wet.",
    ),
    # --- dried and fermented fish products ---
    (
        "oLo109",
        "vi",
        "dry_tailieu",
        "Tư vấn thiết bị sấy cá năng lượng mặt trời theo quy mô",
        "Nhóm nghiên cứu tư vấn chọn thiết bị sấy cá năng lượng mặt trời: kiểu lều và kiểu tủ cho hộ gia đình; kiểu nhà kính, đường hầm đối lưu cưỡng bức cho cơ sở thương mại nhỏ; sấy lai kiểu buồng cho quy mô lớn. "
        "Giảm chi phí sấy, nâng chất lượng khô cá so với phơi truyền thống.",
    ),
    (
        "oLo110",
        "vi",
        "dry_baoangiang",
        "Nhà phơi sấy năng lượng mặt trời 48 m² cho khô cá",
        "Trung tâm ứng dụng tiến bộ KH&CN xây dựng nhà phơi sấy hiệu ứng nhà kính 48 m², đã dùng sấy khô cá lóc tại cơ sở sản xuất. "
        "Khô cá đảm bảo vệ sinh và rút ngắn thời gian phơi 30–32%; ớt sấy 24–30 giờ đạt độ ẩm dưới 7%.",
    ),
    (
        "oLo111",
        "vi",
        "dry_setech",
        "Hệ thống sấy năng lượng mặt trời điều khiển nhiệt, ẩm, gió 500 kg/mẻ",
        "Doanh nghiệp công nghệ cung cấp máy sấy năng lượng mặt trời có module điều chỉnh nhiệt độ, độ ẩm, tốc độ gió, công suất 500 kg/mẻ, đang dùng sấy cá sặc bổi tại hợp tác xã. "
        "Thay phơi trần ven đường, tránh bụi, chim, côn trùng.",
    ),
    (
        "oLo112",
        "en",
        "dry_practical",
        "Low-cost solar fish drier for small producers",
        "Development NGO technical brief and training to build a low-cost solar fish drier for cottage-scale dry-fish makers, often women's groups. "
        "It tackles fungal growth from slow drying and dust contamination of open-air drying, using locally available materials, tools and labour.",
    ),
    (
        "oLo113",
        "en",
        "dry_nri",
        "Solar versus sun drying of fish: performance data",
        "Natural-resources institute comparison of three solar dryers with rack and rock sun-drying. "
        "Solar dryers needed 60–65% of the sun-drying time to reach 20% moisture and dried fish to 13% against 21%, extending storage life; cabinet dryers attracted flies.",
    ),
    (
        "oLo114",
        "vi",
        "mam_loc_khoca",
        "Quy trình làm mắm cá lóc nguyên con truyền thống",
        "Cơ sở đặc sản chia sẻ quy trình làm mắm cá lóc: chọn cá, ướp muối, lên men tự nhiên và ủ đúng cách để thịt chuyển màu nâu đỏ, mềm dẻo mà không bở. "
        "Kèm bí quyết ủ để mắm không hư, phù hợp làm quà và bán quanh năm.",
    ),
    (
        "oLo115",
        "vi",
        "mam_sac_memart",
        "Hướng dẫn làm mắm cá sặc chua",
        "Hướng dẫn làm mắm cá sặc chua: 1 kg cá sặc rằn hoặc sặc bướm tươi, 200–300 g muối hạt, 100–150 g đường thốt nốt, sơ chế, ướp và ủ cho cá lên men có vị chua nhẹ, màu nâu hổ phách. "
        "Chú trọng vệ sinh dụng cụ và nguyên liệu.",
    ),
    (
        "oLo116",
        "en",
        "prahok_hubbry",
        "Fermented fish paste (prahok-type) processing know-how",
        "Food-technology note on salted fermented fish paste made from small cyprinids or from snakehead and larger fish. "
        "Steps: remove heads, descale and gut, wash, press under banana leaves and stones for about 24 hours, mix with coarse salt, sun-dry one day, then ferment in jars.",
    ),
    (
        "oLo117",
        "en",
        "prahok_ppp",
        "Fish-paste raw material sourcing and yield planning",
        "Market note for fish-paste makers: one tonne of fresh fish yields only 300–400 kg of paste, so rising fish and salt prices quickly cut output. "
        "Paste spoils if technical standards are not followed; small mud carp is the preferred raw fish.",
    ),
    (
        "oLo118",
        "vi",
        "kho_sacran_blog",
        "Quy trình làm khô cá sặc rằn đặc sản",
        "Cơ sở làm khô chia sẻ quy trình: chọn cá sặc rằn lớn, đánh vảy, bỏ đầu, muối mặn 2 đêm, rửa thật sạch để muối không nổi trắng, phơi 2 nắng và trở đều. "
        "Cần 2,2–2,5 kg cá tươi cho 1 kg khô; mùa mưa cho khô vào túi cấp đông chờ nắng.",
    ),
    (
        "oLo119",
        "en",
        "kho_sacboi_danviet",
        "Sun-dried snakeskin gourami processing",
        "Family processors share their method: large fresh snakeskin gourami are scaled and gutted, soaked in ice water for at least 24 hours to keep flies away, lightly salted and sun-dried without chemicals. "
        "Enough sun is essential, otherwise the flesh turns soft and loses aroma.",
    ),
    (
        "oLo120",
        "en",
        "ferm_tf",
        "Fermented freshwater fish products of the Mekong basin",
        "Food-science chapter on fermentation, salting, drying and smoking as the main ways to preserve fish, with the Mekong basin the likely origin of fermented fish in Asia. "
        "Lactic-acid fermented fish remain common in Laos, Cambodia and Thailand; useful for product development and process control.",
    ),
    (
        "oLo121",
        "vi",
        "mam_chaudoc",
        "Quy trình làm mắm cá đồng kiểu miền Tây",
        "Chia sẻ quy trình làm mắm cá nước ngọt (cá linh, cá lóc, cá sặc, cá chốt): chọn cá mùa nước nổi, làm sạch, ướp muối hột trong lu khạp khoảng 30 ngày. "
        "Sau đó rửa, để ráo, trộn thính gạo rang xay – công đoạn quyết định hương vị mắm.",
    ),
    (
        "oLo122",
        "en",
        "mam_chua",
        "Sweet-sour fermented fish (mam chua) with short shelf life",
        "Small producers describe sour fermented fish made from snakeskin gourami, climbing perch or small snakehead with salt, sugar, roasted rice powder, rice wine, galangal, garlic and chilli. "
        "Unlike salty pastes, it is eaten within 10–15 days unless refrigerated; fish are soaked in rice-rinse water, drained in the sun, then mixed.",
    ),
    (
        "oLo123",
        "en",
        "loc_seafoodsource",
        "Frozen snakehead fillet and portion products for export",
        "Seafood trade service for frozen snakehead: whole skin-on/off in 10 kg packs, gutted fish in 1 kg vacuum packs, individually wrapped fillets, steaks and sashimi cuts. "
        "A 737 g fish yields about 43% skin-on or 39% skinless fillet; boneless IQF fillets are marketed in the US under other names.",
    ),
    # --- distractors: neighbouring fields that share words with the needs ---
    (
        "oLo124",
        "vi",
        "shrimp_vietgap",
        "Tư vấn chứng nhận VietGAP cho ao nuôi tôm thẻ chân trắng",
        "Nhóm nghiên cứu hỗ trợ hộ nuôi tôm thẻ chân trắng thâm canh áp dụng VietGAP: ao lắng, kiểm dịch tôm giống, mật độ 40 con/m², không dùng chất cấm. "
        "Năng suất 2,7–5,6 tấn/ha/vụ, lãi 179–324 triệu đồng/ha/vụ, giá bán cao hơn 2.000–5.000 đồng/kg.",
    ),
    (
        "oLo125",
        "vi",
        "shrimp_tracu",
        "Khảo sát hiện trạng mô hình nuôi tôm thẻ chân trắng vùng ven biển",
        "Đồ án của khoa nông nghiệp – thủy sản khảo sát hiện trạng kỹ thuật và hiệu quả các mô hình nuôi tôm thẻ chân trắng tại một xã ven biển, thực hiện ở trại thực nghiệm thủy sản của trường. "
        "Kết quả dùng để tư vấn cải thiện quy trình nuôi tôm nước lợ.",
    ),
    (
        "oLo126",
        "en",
        "shrimp_biofloc_bt",
        "Biofloc versus conventional whiteleg shrimp farming",
        "University comparison of whiteleg shrimp raised with a biofloc process and with the traditional process on six trial ponds and fifteen neighbouring farms. "
        "Offers economic and technical benchmarks for brackish shrimp growers considering biofloc.",
    ),
    (
        "oLo127",
        "en",
        "shrimp_otc",
        "Oxytetracycline residue compliance for shrimp exports",
        "Export association alert service on antibiotic barriers for shrimp: importing markets flag oxytetracycline residues, so farmers must stop using it 28 days before harvest. "
        "Targets shrimp exporters and their suppliers.",
    ),
    (
        "oLo128",
        "vi",
        "prawn_probiotic",
        "Chế phẩm sinh học trong ương ấu trùng tôm càng xanh",
        "Đề tài của khoa thủy sản thử hai loại chế phẩm sinh học khi ương ấu trùng tôm càng xanh theo quy trình nước trong. "
        "Kết hợp cả hai chế phẩm đạt tỷ lệ sống 75,3% ở tôm bột 10 ngày tuổi và giảm mật độ Vibrio.",
    ),
    (
        "oLo129",
        "vi",
        "fishsauce_bahai",
        "Sản xuất nước mắm cá cơm truyền thống ủ chượp thùng gỗ",
        "Cơ sở nước mắm chia sẻ quy trình: cá cơm tươi trộn muối biển tỷ lệ 3:1, ủ chượp trong thùng gỗ buộc mây 12–15 tháng, kéo rút và lọc ra nước mắm màu cánh gián. "
        "Một bể chượp cần ít nhất 2 năm mới cho thành phẩm.",
    ),
    (
        "oLo130",
        "en",
        "fishsauce_phanthiet",
        "Traditional anchovy fish sauce with 3:1 salting",
        "Fish-sauce maker describes its process: anchovy mixed with 25–30% salt, packed in wooden vats under stones, brine returned during the first 15 days, then 6–12 months of fermentation. "
        "The first draw gives premium sauce; bottling under food-safety conditions without preservatives.",
    ),
    (
        "oLo131",
        "en",
        "byproduct_vcci",
        "Refining pangasius processing by-products into fish oil and biodiesel",
        "Processors add value to pangasius by-products: about 0.2 kg of fat and 0.3 kg of fishmeal come from each kilogram, and refining technology turns fish fat into higher-value oils and biodiesel. "
        "Aimed at fillet plants handling hundreds of thousands of tonnes of by-products a year.",
    ),
    (
        "oLo132",
        "en",
        "byproduct_iffo",
        "Fishmeal and fish oil from seafood processing by-products",
        "Industry body guidance on turning heads, viscera, frames and skins (up to 70% of the fish after filleting) into fishmeal and fish oil. "
        "Covers collection logistics so processors have a reliable outlet.",
    ),
    (
        "oLo133",
        "en",
        "fishmeal_qualicours",
        "Fishmeal and fish-oil plant process design",
        "Process outline for a fishmeal plant: cooking fish waste to coagulate protein, pressing, separating oil from stick water, evaporating stick water to 30–40% solids, drying the press cake and grinding to size. "
        "63% of fishmeal goes to aquaculture feed.",
    ),
    (
        "oLo134",
        "en",
        "aquaponics_agro",
        "Starter kit for small-scale aquaponics",
        "Consultancy that sets up backyard aquaponic units combining a fish tank (tilapia or goldfish), a grow bed of gravel or clay pebbles and a pump. "
        "Includes system cycling to build nitrifying bacteria and monitoring of pH, ammonia, nitrite and nitrate for lettuce, herbs and tomatoes.",
    ),
    (
        "oLo135",
        "en",
        "aquaponics_srac",
        "Principles of small-scale aquaponics for vegetable growers",
        "Extension publication and training on integrating hydroponic vegetable production with a recirculating fish tank, with solids removal and biofiltration before water reaches the plants. "
        "For home and hobby units or slightly larger systems.",
    ),
    (
        "oLo136",
        "vi",
        "pepper_solar",
        "Máy sấy tiêu năng lượng mặt trời kết hợp điện trở",
        "Mô hình máy sấy năng lượng mặt trời có gia nhiệt điện trở, năng suất 5 kg tiêu/mẻ, sấy 7–9 giờ từ ẩm độ 64% xuống 13% ở 60 °C, vận tốc gió 1–1,5 m/s. "
        "Hạt tiêu đen, nhăn, thơm và không nhiễm E. coli.",
    ),
    (
        "oLo137",
        "en",
        "ornamental_harvest",
        "Trap and seine harvesting for ornamental fish ponds",
        "University extension advice for ornamental fish farms: wire minnow traps and acrylic live-bearer traps versus seines and cast nets. "
        "Trapped fish show less damage; seining needs at least two people.",
    ),
    (
        "oLo138",
        "vi",
        "koi_trichodina",
        "Điều trị trùng bánh xe cho cá Koi",
        "Cửa hàng cá Koi tư vấn nhận biết và điều trị Trichodina trên cá Koi: cá cạ mình, nhấp nháy, kích ứng da, hỏng mang, bơi lờ đờ. "
        "Kèm sản phẩm và phụ kiện hồ Koi để phòng bệnh.",
    ),
    (
        "oLo139",
        "vi",
        "tuna_mothership",
        "Mô hình cụm tàu mẹ – tàu con bảo quản cá ngừ đại dương",
        "Viện tàu thủy đề xuất cụm một tàu mẹ – năm tàu con để đánh bắt và bảo quản lạnh cá ngừ đại dương đạt tiêu chuẩn Nhật Bản, giảm chi phí nhiên liệu và hải trình. "
        "Dành cho ngư dân câu cá ngừ xa bờ.",
    ),
    (
        "oLo140",
        "en",
        "mrc_pangasius",
        "Status of wild Mekong pangasius stocks and fry fisheries",
        "River commission technical paper on the wild Pangasianodon hypophthalmus stock shared by Cambodia and Viet Nam: spawning, migration, fry bagnet fisheries and the impact of aquaculture demand. "
        "Used for fisheries management and regulation, not for farm operations.",
    ),
    (
        "oLo141",
        "vi",
        "ornamental_chotsoc",
        "Sản xuất giống cá chốt sọc làm cá cảnh",
        "Khoa thủy sản đại học nghiên cứu sinh sản cá chốt sọc (Mystus mysticetus) phục vụ nghề cá cảnh: kích thích bằng LH-RHa 120–140 µg + 10 mg DOM/kg cá cái, tỷ lệ đẻ 100%. "
        "Sức sinh sản 210.500–231.700 trứng/kg, tỷ lệ sống cá con 20–25%.",
    ),
    (
        "oLo142",
        "en",
        "tilapia_shrimp_sed",
        "Tilapia in brackish shrimp ponds to improve sediment",
        "Research on adding tilapia to low-salinity whiteleg shrimp ponds to change pond sediment during wet and dry seasons. "
        "For shrimp farmers looking at polyculture.",
    ),
    (
        "oLo143",
        "en",
        "gourami_piglix",
        "Keeping giant gourami in home aquaria",
        "Aquarium guide for giant gourami: dark-bottomed tanks with densely planted edges and open swimming space in the centre, companions of similar size. "
        "Juveniles of about 7.5 cm at three months are easy to keep.",
    ),
    (
        "oLo144",
        "vi",
        "tren_bau",
        "Theo dõi phát triển phôi cá trèn bầu trong sinh sản nhân tạo",
        "Luận văn mô tả các giai đoạn phân cắt và phát triển phôi của cá trèn bầu sau thụ tinh: đĩa phôi ở 25 phút, phôi vị ở 5 giờ 20 phút, điểm mắt ở 13 giờ, cá nở sau 22–24 giờ. "
        "Tư liệu tham khảo cho nghiên cứu phôi học.",
    ),
    (
        "oLo145",
        "en",
        "byproduct_slide",
        "Overview of fishery by-product utilisation",
        "Course material on fishery by-products: fishmeal, fish silage, fish oil, glue, protein hydrolysate, insulin, pearl essence, isinglass, fish-skin leather, crustacean waste and pharmaceuticals. "
        "About one-third of the world catch goes to such products.",
    ),
    (
        "oLo146",
        "en",
        "rice_prawn_camau",
        "Rice–giant river prawn rotation expansion",
        "Provincial programme expanding rice–giant freshwater prawn farming towards 50,000 ha by 2025, with zoning and infrastructure investment. "
        "The province already has about 18,000 ha of prawn-rice land.",
    ),
    (
        "oLo147",
        "vi",
        "sludge_catovina",
        "Xử lý bùn đáy ao nuôi tôm",
        "Công ty cung cấp giải pháp xử lý bùn đáy ao tôm: bùn từ thức ăn thừa, phân tôm, tảo chết sinh amoniac, H2S, NO2 và vi sinh gây bệnh tôm. "
        "Quy trình xử lý giúp nước ao tôm sạch, tôm khỏe.",
    ),
    (
        "oLo148",
        "vi",
        "kho_bien_noron",
        "Khô cá biển làng nghề ven biển",
        "Giới thiệu các làng nghề khô cá biển: khô cá lù đù, cá khoai, cá đuối, cá kèo, cá dứa, tôm khô, mực khô. "
        "Trung bình 3–4 kg cá tươi cho 1 kg khô, phơi 2–3 nắng, rửa bằng nước biển trước khi phơi.",
    ),
    (
        "oLo149",
        "en",
        "fishsauce_chaiwattana",
        "Fish-sauce factory fermentation and bottling",
        "Fish-sauce factory outlines its production: enzymatic fermentation for months to years under controlled temperature and humidity, multi-step filtration, pasteurisation and bottling with quality control at every step.",
    ),
    (
        "oLo150",
        "vi",
        "fishsauce_thesis",
        "Các yếu tố ảnh hưởng chất lượng nước mắm cá cơm",
        "Luận văn phân tích nguyên liệu cá cơm (vùng biển, mùa vụ) và các yếu tố ảnh hưởng chất lượng nước mắm. "
        "Dành cho cơ sở sản xuất nước mắm biển.",
    ),
    (
        "oLo151",
        "en",
        "mealworm",
        "Mealworm and insect meals as protein for catfish and tilapia",
        "Feed research summary for insect proteins: replacing 40% of fish meal with dried mealworm gave the same growth and feed efficiency in African catfish, and up to 80% still performed well. "
        "Chopped black soldier fly larvae fed to tilapia, alone or with commercial diets, gave acceptable growth and consumer-acceptable fillets.",
    ),
    (
        "oLo152",
        "en",
        "bsf_engormix",
        "Optimal insect larval meal inclusion for freshwater-reared fish",
        "Research centre data on replacing fish meal with black soldier fly larval meal in 44%-protein diets: up to 50% replacement gave the same weight gain as the control over eight weeks. "
        "Regression put the optimum near 28% replacement; larvae were reared on an underused crop.",
    ),
    (
        "oLo153",
        "vi",
        "feed_sohoify",
        "Hướng dẫn tự sản xuất thức ăn cá từ nguyên liệu sẵn có",
        "Hướng dẫn từng bước tự sản xuất thức ăn cá: chọn nguyên liệu ngũ cốc, đạm, vitamin, khoáng; nghiền, trộn, ép viên nổi hoặc chìm, sấy và bảo quản. "
        "Giúp trại nhỏ và hộ nuôi chủ động nguồn thức ăn, kiểm soát dinh dưỡng và giảm chi phí.",
    ),
    (
        "oLo154",
        "vi",
        "tcvn_fertilizer",
        "Tiêu chuẩn phân bón vi sinh vật phân giải phốt pho khó tan",
        "Tư vấn áp dụng TCVN 6167:1996 về phân bón vi sinh vật phân giải hợp chất phốt pho khó tan cho cây trồng. "
        "Dành cho đơn vị sản xuất phân bón sinh học.",
    ),
    (
        "oLo155",
        "en",
        "aer_texoma",
        "Fountains and aeration for recreational and trophy ponds",
        "Pond-management company explains aeration for private ponds: breaking the summer thermocline, limiting vegetation, nutrient abatement and mosquito control, and whether a floating fountain is enough for trophy bass ponds.",
    ),
    (
        "oLo156",
        "en",
        "dz_fishvetapp",
        "Fish-disease app entry for atypical Aeromonas ulcer disease of trout",
        "Subscription fish-vet app describing ulcer disease in trout caused by atypical Aeromonas (salmonicida/bestiarum): irregular ulcers, mouth ulcers, haemorrhages and protruding scales. "
        "Treatment details and pictures are behind a login.",
    ),
    (
        "oLo157",
        "vi",
        "microbe_123",
        "Ứng dụng vi sinh vật trong chăn nuôi gia súc",
        "Tài liệu về công nghệ vi sinh trong chăn nuôi: sản xuất sinh khối protein cho gia súc, kháng sinh và vaccine thú y, bảo quản sản phẩm chăn nuôi và hầm biogas xử lý chất thải.",
    ),
    (
        "oLo158",
        "en",
        "fairfish_pangasius",
        "Welfare and behaviour dossier for pangasius",
        "Fish-welfare database dossier on Pangasianodon hypophthalmus: migration, daily rhythm, schooling, cannibalism, aggression and risks from escapees such as spawning overlap with native species. "
        "Reference for welfare certification bodies.",
    ),
    (
        "oLo159",
        "vi",
        "shrimp_ninhthuan",
        "Đánh giá hiệu quả kinh tế nghề nuôi tôm thẻ chân trắng",
        "Luận văn thạc sĩ điều tra hiện trạng kỹ thuật và hiệu quả kinh tế nuôi tôm thẻ chân trắng thương phẩm ở một tỉnh ven biển miền Trung. "
        "Phục vụ quy hoạch nuôi tôm nước lợ.",
    ),
    (
        "oLo160",
        "en",
        "rice_shrimp_sust",
        "Sustainability assessment of rice–shrimp farming",
        "Economics faculty assessment of the coastal rice–shrimp system as a climate-adaptive model, using multi-criteria analysis to find improvement areas and policy options for brackish rice–shrimp farmers.",
    ),
    # --- late additions: recirculating systems ---
    (
        "oLo161",
        "vi",
        "ras_tepbac_tilapia",
        "Thiết kế hệ thống nuôi tuần hoàn khép kín (RAS) cho cá rô phi",
        "Thiết kế và lắp đặt RAS tái sử dụng 90–95% nước: bể nuôi, lọc cơ học, lọc sinh học chuyển amoniac thành nitrat, cấp oxy, khử trùng, kiểm soát nhiệt độ và giám sát tự động. "
        "Mặt bằng tối thiểu khoảng 200 m² cho mô hình thương mại nhỏ; bể tròn đường kính 4–8 m sâu 1,2–1,5 m hoặc bể chữ nhật 4 × 8 × 1,5 m bằng bê tông, composite hay lót HDPE.",
    ),
    (
        "oLo162",
        "en",
        "ras_srac4502",
        "Biofilter start-up service for recirculating systems",
        "Extension protocol for starting a RAS biofilter: seeding and managing Nitrosomonas and Nitrobacter so ammonia is oxidised to nitrite and then to nitrate, which is non-toxic at usual RAS levels (above 200 mg/L). "
        "Covers choosing non-corroding media with high specific surface area, since more surface means more nitrification capacity and higher feed loads.",
    ),
]
