"""Offers of the holdout172 labelled set (agricultural drones and drone services)."""

OFFERS = [
    # --- spraying rice ---
    (
        "oRo001",
        "vi",
        "kn_haiphong",
        "Dịch vụ phun thuốc bảo vệ thực vật cho lúa bằng thiết bị bay",
        "Trung tâm khuyến nông nhận phun thuốc phòng trừ sâu bệnh trên lúa bằng máy bay không người lái: mỗi lần bay chở 9 lít thuốc, "
        "tùy địa hình một máy phun được khoảng 50 ha mỗi ngày. Giá thuê 23.000–25.000 đồng/sào, rẻ hơn thuê người phun (30.000 đồng/bình), "
        "hạt thuốc mịn nên ít tốn nước pha và người dân không phải tiếp xúc với thuốc.",
    ),
    (
        "oRo002",
        "en",
        "vnnet_dongthap",
        "Drone pesticide-spraying service for rice and lotus fields",
        "A farmer-run drone service with two spraying drones (about VND1.4 billion invested) that has treated nearly 1,000 ha of rice and "
        "lotus in two months. Each drone covers 7–10 ha per day at VND140,000–160,000 per hectare; customers report using about half the "
        "pesticide of knapsack spraying while still getting even coverage. Payback expected in two to three years.",
    ),
    (
        "oRo003",
        "vi",
        "nnhc_thanhtri",
        "Tổ hợp tác phun thuốc lúa bằng drone nhận hợp đồng theo vụ",
        "Tổ hợp tác gồm thanh niên địa phương vận hành drone bình 40 lít: một người pha thuốc, một người điều khiển, 4 ha lúa phun xong trong "
        "khoảng 20 phút. Tổ bay khoảng 30 ha mỗi ngày, giá 17.000–18.000 đồng/1.000 m², ký hợp đồng phun thuốc BVTV cả vụ cho nông dân; "
        "thiết bị đầu tư gần 500 triệu đồng.",
    ),
    (
        "oRo004",
        "en",
        "tienphong",
        "Cooperative-group drone spraying of whole rice fields at the same time",
        "A farmers' cooperative group operates a six-rotor drone carrying 40 litres of plant-protection solution, flying about 4 m above the "
        "canopy in straight passes and returning along the same line so nothing is missed. About 2 ha is covered in 15 minutes of flying and "
        "refilling, which lets a 150 ha block be sprayed in one synchronised round; all parameters show on the hand-held controller.",
    ),
    (
        "oRo005",
        "vi",
        "nongthonviet_truong",
        "Đội drone phun thuốc thuê cho lúa, phục vụ toàn tỉnh",
        "Chủ đội bay có nhiều drone phun thuốc, trang bị xe máy và xe tải chở máy, nhận phun lúa khắp tỉnh. Mỗi máy phun 30–70 ha/ngày tùy "
        "khoảng cách giữa các thửa; giá 160.000 đồng/ha. Trong 2 tháng cao điểm một máy đã phun hơn 2.800 ha; nông dân chỉ cần gọi đặt lịch.",
    ),
    (
        "oRo006",
        "en",
        "hue",
        "Demonstration and rollout of drone spraying with local agricultural service centres",
        "AgriDrone Vietnam partners with district agricultural service centres to introduce drone spraying of plant-protection products on "
        "rice, starting with demonstration plots (for example 1.5 ha for a ward cooperative) so cooperative staff and farmers can judge the "
        "technique and the economics before contracting the service.",
    ),
    (
        "oRo007",
        "vi",
        "tuoitre_chimsat2",
        "Phun thuốc diệt mầm cỏ sau sạ bằng drone",
        "Nhóm phi công drone nhận phun thuốc diệt mầm cỏ và thuốc dưỡng cho lúa mới sạ: 10–15 phút xong 1 ha, mỗi ngày 20–30 ha tùy quãng "
        "đường, trong khi thợ phun tay giỏi chỉ làm được khoảng 4 ha. Chủ ruộng ghi nhận lượng thuốc trừ sâu giảm khoảng 20%, thuốc dưỡng giảm 30%.",
    ),
    (
        "oRo008",
        "en",
        "dronedj",
        "Drone pilot teams for rice spraying, fertilising and direct seeding",
        "A drone distributor's network of local pilot teams sells spraying, fertiliser application and direct-seeding flights to rice "
        "growers who cannot find labour. The distributor states that drones spray about four times faster than manual workers and lifted "
        "yields by about 14% compared with conventional practice; one grower replaced four workers spreading a tonne of fertiliser.",
    ),
    (
        "oRo009",
        "en",
        "flytopath",
        "HLD-18 spraying drone package with farmer pilot training",
        "Domestic HLD-18 spraying drones offered together with operator training for commune farmers. Field use in rice shows 30–40% less "
        "pesticide and up to 90% less water than backpack spraying; the plant-protection authority tested drones on seven crop types "
        "against 15 pests in 2020–2021.",
    ),
    (
        "oRo010",
        "vi",
        "danviet_2022",
        "Tư vấn đầu tư máy bay phun thuốc cho hợp tác xã làm dịch vụ",
        "Tư vấn hợp tác xã mua máy bay không người lái phun thuốc BVTV (khoảng 400–500 triệu đồng/chiếc) để vừa phục vụ thành viên vừa làm "
        "dịch vụ phun thuê: khoảng 30 phút phun xong 1 ha lúa, máy dùng được cả cho vườn xoài, người điều khiển đứng trên bờ.",
    ),
    (
        "oRo011",
        "en",
        "nguoiviet_truong",
        "Complete spray-for-hire drone kit for Mekong rice contractors",
        "Turn-key kit for farmers starting a spraying business: a 20 kg agricultural drone (VND400–700 million), smartphone-linked remote, "
        "mixing cans, strainers, a charging system and two to four batteries. A hectare of rice takes about 7 minutes; rice is sprayed 8–10 "
        "times a season, so one early adopter earned back enough in four months to buy a second drone.",
    ),
    (
        "oRo012",
        "vi",
        "baoangiang_phicong",
        "Dịch vụ phi công xịt lúa thuê: phun thuốc, sạ lúa, rải phân",
        "Nhóm nông dân làm phi công drone nhận xịt thuốc trừ rầy, sạ lúa và rải phân theo yêu cầu, thay cho bình xịt đeo vai 20–30 lít; "
        "béc phun gắn trên máy cho tia thuốc đều trên mặt ruộng kể cả ruộng trũng, lúa cao.",
    ),
    (
        "oRo013",
        "en",
        "daidoanket",
        "Young farmer's drone spraying service for neighbouring fields",
        "A 37-year-old farmer invested over VND200 million in one agricultural drone and sprays insecticide and nitrogen fertiliser for "
        "neighbours on large fields; after a few trial passes farmers accepted it because no one handles the chemicals and the job is far faster.",
    ),
    (
        "oRo014",
        "en",
        "hakai",
        "Buy-or-hire agricultural drone programme for rice farmers",
        "A drone company's Mekong branch lets farmers either buy a drone and fly it themselves or hire pilots who bring the machine and run "
        "the job. The drones scatter seed, spray pesticide or spread fertiliser; after the field is mapped on a phone app the drone flies "
        "automatically and returns when the tank is empty, cutting labour for these tasks by at least half.",
    ),
    (
        "oRo015",
        "vi",
        "vns_quangnam",
        "Chuỗi hợp tác xã ứng dụng drone phun phân, thuốc cho lúa",
        "Doanh nghiệp nông nghiệp liên kết hợp tác xã đưa drone vào phun phân bón và thuốc cho lúa: mỗi drone xử lý khoảng 25 ha/ngày, tiết "
        "kiệm 200.000–300.000 đồng/ha chi phí sản xuất; kế hoạch xây dựng chuỗi 100 hợp tác xã và dùng ít nhất 200 drone.",
    ),
    # --- spraying fruit orchards and coconut ---
    (
        "oRo016",
        "vi",
        "vnexpress_xoai",
        "Phun thuốc vườn xoài trên đồi bằng drone bình 40 lít",
        "Dịch vụ phun thuốc trị bọ trĩ, rầy cho vườn xoài bằng drone bình 40 lít, bay theo lộ trình cài sẵn cách tán 5 m; khoảng 30 phút "
        "xong 1 ha, 7 ha trong khoảng 4 giờ, chi phí xăng máy nổ sạc pin khoảng 500.000 đồng. Nhận phun thuê 120.000 đồng mỗi bình 20 lít.",
    ),
    (
        "oRo017",
        "en",
        "cammy",
        "Drone spraying setup for large durian orchards",
        "Drone spraying for durian orchards of around 10 ha: work that took days by hand is done in hours, with controlled dose, flight "
        "height and spray pressure for even coverage. A reference setup costs about VND350 million for the drone and some VND450 million "
        "with accessories.",
    ),
    (
        "oRo018",
        "vi",
        "apbac",
        "Dịch vụ drone phun thuốc cho vườn sầu riêng",
        "Chủ thiết bị bay nhận phun thuốc cho vườn sầu riêng: chi phí mỗi lần phun chỉ khoảng 50% so với cách cũ, lượng thuốc giảm 10–15%, "
        "phun đều cả thân và tán, không chồng lối hay sót lối như hệ béc tưới đặt trên ngọn.",
    ),
    (
        "oRo019",
        "en",
        "xag_saurieng",
        "Orchard drone for mixed durian, jackfruit and coconut gardens",
        "An agricultural drone model (P150 class) marketed to Mekong fruit growers: a 64-year-old grower uses it to protect a four-hectare "
        "garden with over 300 durian trees plus 250 jackfruit and coconut trees, cutting costs and avoiding exposure while spraying.",
    ),
    (
        "oRo020",
        "vi",
        "globalcheck",
        "Tư vấn chọn drone xịt thuốc cho lúa hay cho cây ăn quả",
        "Tư vấn chọn máy bay xịt thuốc theo cây trồng: ruộng lúa bằng phẳng cần bình lớn, lưu lượng cao và radar quét mặt phẳng đơn giản; "
        "vườn cam, quýt, xoài cần radar địa hình và khả năng điều hướng linh hoạt, đặc tính phun xuyên tán. Giúp nông dân tránh mua sai loại.",
    ),
    (
        "oRo021",
        "en",
        "auburn_peach",
        "Calibration of spray drones for tree canopies",
        "Testing service for drone settings in orchards (operation mode, volume, height, droplet size) using water-sensitive paper. In a "
        "peach orchard a 40-litre-class drone in fruit-tree mode reached 6.55% coverage and about 90 droplets/cm², versus 58.8% for an "
        "air-blast sprayer, showing where drones need optimising before they replace ground equipment.",
    ),
    (
        "oRo022",
        "en",
        "pear_uav",
        "Field trials of UAV spray parameters for trellised fruit orchards",
        "University trial design for unmanned aerial sprayers in flat-trellis orchards, varying spray volume per hectare, flight speed, "
        "flight height and nozzle type to measure droplet deposition in the canopy and choose settings for pest control.",
    ),
    (
        "oRo023",
        "vi",
        "loctroi_dua",
        "Drone thế hệ mới dập dịch sâu đầu đen hại dừa",
        "Công ty dịch vụ nông nghiệp thuộc một tập đoàn giống – vật tư đã thử nghiệm drone thế hệ mới phun dập dịch sâu đầu đen trên vườn dừa "
        "(21/5/2021) với sự đồng thuận của chính quyền và ngành nông nghiệp tỉnh; nhận triển khai phun trên vùng dừa bị nhiễm.",
    ),
    (
        "oRo024",
        "en",
        "vietmaz_dua",
        "Drone application of bio-pesticides on coconut groves hit by black-headed caterpillar",
        "Plant-protection sub-department programme that used drones to spray chemical and biological pesticides on more than 30 ha of "
        "infested coconut in one commune; the leaf-eating caterpillar can cut yields of affected groves by 80–100%.",
    ),
    (
        "oRo025",
        "vi",
        "dtmn_dua",
        "Phun thuốc cho vườn dừa bằng drone, 35.000 đồng/1.000 m²",
        "Dịch vụ phun thuốc cho dừa bằng máy bay điều khiển: thuốc trải đều đọt và tán, người không bị thuốc bay vào; giá 35.000 đồng/1.000 m², "
        "trong khi thuê phun tay mất 2.000 đồng/cây và 2–3 ngày cho 7.000 m². Ưu tiên thuốc sinh học để hạn chế ảnh hưởng môi trường.",
    ),
    (
        "oRo026",
        "en",
        "hawaii_crb",
        "Targeted drone crown treatment of palms against rhinoceros beetle",
        "University team delivering insecticide straight into the crowns of infested palms by drone: each crown is drenched with half a "
        "gallon of 0.5% cypermethrin, flying before dawn to avoid stronger winds. In trials on 53 trees, 20 and then 59 dying beetles were "
        "collected under treated palms on the first two days.",
    ),
    (
        "oRo027",
        "en",
        "crb_arm",
        "Drone with remote-controlled sprayer arm and camera for tall coconut palms",
        "Low-cost locally assembled drone carrying an extendable sprayer arm and an IP camera streamed to a smartphone, for spotting and "
        "spraying beetle damage in the upper canopy. On palms averaging 10.4 m it worked at 1.25 km/h and 0.352 ha/h, with a solid jet "
        "reaching 1–4 m that was little affected by wind.",
    ),
    (
        "oRo028",
        "vi",
        "danviet_6000",
        "Tư vấn vận hành drone cho lúa và cây ăn trái, cấp chứng chỉ vận hành",
        "Doanh nghiệp thiết bị bay cùng hiệp hội ngành thuốc BVTV tập huấn và cấp chứng chỉ vận hành drone; theo kinh nghiệm, một máy phục "
        "vụ 2.000–3.000 ha lúa hoặc 500–600 ha cây ăn trái, lượng nước 80–100 lít/ha cho chuối, sầu riêng (có nơi 150–200 lít/ha); "
        "tần suất phun lúa tới 5–6 lần/vụ.",
    ),
    (
        "oRo029",
        "en",
        "olive_uav",
        "UAV sprayers to cut off-target pesticide exposure in hedgerow orchards",
        "Research group comparing unmanned aerial sprayers with conventional equipment in super-high-density olive hedgerows, measuring "
        "how much plant-protection product reaches the canopy, the ground and the air, to reduce environmental exposure.",
    ),
    # --- seeding and fertiliser spreading ---
    (
        "oRo030",
        "vi",
        "danviet_sa",
        "Sạ lúa bằng máy bay không người lái",
        "Công ty thiết bị bay cung cấp dịch vụ sạ lúa bằng drone bình 30 kg (nạp 25–30 kg giống mỗi chuyến): 2 ha sạ xong trong 2,5–3 giờ, "
        "hạt phân bố đều, không để lại dấu chân trên ruộng nên ít cỏ mọc theo vết chân, giảm lượng giống và chủ động canh thời tiết để sạ.",
    ),
    (
        "oRo031",
        "vi",
        "nn_quangbinh",
        "Mô hình gieo sạ và bón phân bằng drone 3 trong 1",
        "Trung tâm khuyến nông phối hợp doanh nghiệp triển khai gieo sạ, rải phân, bón lót và phun thuốc bằng thiết bị bay 3 trong 1 trên "
        "22 ha lúa chất lượng cao: lượng giống chỉ 3,7 kg/sào (500 m²) so với trên 5 kg/sào khi sạ tay, hạt đều hơn, giảm công.",
    ),
    (
        "oRo032",
        "en",
        "dji_seeding",
        "Drone spreading system for direct rice seeding and granules",
        "Hopper-and-spinner spreading system that swaps onto the spray drone to broadcast seed, granular fertiliser, solid chemicals or "
        "feed. In a direct rice seeding test: A-B route mode, 1.2 m/s, 1.5 m altitude, 2.5 m spacing, spinner at 520 rpm, with three seed "
        "rates compared; fields must be levelled with a thin water layer.",
    ),
    (
        "oRo033",
        "en",
        "researcher_seed",
        "Drone seeding rates for rice establishment",
        "Agronomy study offering seed-rate recommendations for drone seeding: at 40 kg/ha drone seeding matched drum seeding at 30 kg/ha, "
        "saved 20 kg of seed per hectare and raised yield by 13% compared with manual broadcasting at 60 kg/ha.",
    ),
    (
        "oRo034",
        "en",
        "ricetoday_xag",
        "High-capacity drone granule spreading for direct seeding",
        "Granule spreading system for agricultural drones that seeded 50,000 m² of rice in one hour, work that would need 50–60 labourers; "
        "the maker reports its direct-seeding solution used on more than 650 million m² of rice fields.",
    ),
    (
        "oRo035",
        "en",
        "philrice",
        "Research farm demonstrating drone seeding, fertiliser and herbicide application",
        "A national rice research institute's future-farm programme uses drones for direct seeding and for spreading fertiliser and spraying "
        "herbicide, alongside mechanical transplanters, and monitors crop growth from the air; open to farmer visits.",
    ),
    (
        "oRo036",
        "vi",
        "thactrang_mientay",
        "Đội drone rải phân, xịt thuốc, sạ lúa theo cuộc gọi",
        "Đội drone nhận rải phân bón, xịt thuốc và sạ lúa cho nông dân trồng lúa: chủ ruộng chỉ cần gọi điện, đội mang máy đến làm; trước "
        "đây xịt 30 công đất phải thuê ít nhất ba người làm mấy ngày, gặp mưa phải bỏ dở.",
    ),
    (
        "oRo037",
        "en",
        "massey_spread",
        "Field testing of fertiliser spread patterns and bout width",
        "University testing of how wind, terrain and the particle-size make-up of a fertiliser change its spread pattern in the field; "
        "products with mixed particle sizes proved more robust than uniform ones. Helps set an acceptable bout width for any spinning "
        "spreader before precision application.",
    ),
    (
        "oRo038",
        "vi",
        "mismart",
        "Drone nông nghiệp sản xuất trong nước: phun thuốc, bón phân, gieo sạ, chụp ảnh thăm đồng",
        "Doanh nghiệp công nghệ Việt Nam thiết kế drone khung sợi carbon phù hợp ruộng nhỏ, đường vào hẹp và thân lúa yếu, tự điều chỉnh "
        "tốc độ phun theo giai đoạn lúa. Ngoài phun thuốc, tưới phân, gieo sạ, mỗi lần cất cánh drone còn chụp ảnh khảo sát đồng ruộng để "
        "quản lý mùa vụ và theo dõi sức khỏe cây trồng.",
    ),
    (
        "oRo039",
        "en",
        "osu_spreader",
        "Calibration pans and pattern testing for tractor spinner spreaders",
        "Extension guidance and service for checking dry fertiliser spreaders: calibration pans laid across the spread width, vials to read "
        "the pattern, and adjustments when urea at high rates shifts into a W-shaped pattern or the centre is over-applied.",
    ),
    (
        "oRo040",
        "en",
        "uga_spreader",
        "Pre-season calibration kit for dry broadcast fertiliser and lime spreaders",
        "Step-by-step calibration of ground-driven broadcast spreaders for lime and fertiliser: collection pans with baffles, a 100 ft tape, "
        "vials, tachometer and gram scale; test on flat ground with wind under 10 mph and check spinner discs for corrosion first.",
    ),
    # --- mapping, multispectral crop health, field measurement ---
    (
        "oRo041",
        "vi",
        "soctrang_uav",
        "Theo dõi và cảnh báo sớm dịch hại lúa bằng UAV đa phổ",
        "Nhóm nghiên cứu cung cấp quy trình bay UAV gắn cảm biến nông nghiệp, tính chỉ số NDVI và NDRE, đối chiếu điều tra đồng ruộng để "
        "phân vùng 4 mức nhiễm dịch hại trên lúa. Thử nghiệm trên vùng lúa ĐBSCL khoanh được 11,37 ha nhiễm (2,1 ha nặng, 2,76 ha trung bình, "
        "6,51 ha nhẹ) và 12,33 ha không nhiễm.",
    ),
    (
        "oRo042",
        "en",
        "botbit_ndvi",
        "Drone NDVI crop-health mapping with field-to-prescription workflow",
        "Multispectral drone survey that turns near-infrared and red reflectance into a colour-coded NDVI map of relative plant vigour, "
        "followed by ground-truthing of the weak zones and a prescription map for targeted treatment. Aimed at growers, agronomists and "
        "service providers; NDVI flags where to look, it does not diagnose the cause.",
    ),
    (
        "oRo043",
        "en",
        "ingenieur",
        "UAV pest, disease and weed maps for variable-rate spraying of rice",
        "Mapping service that builds pest, disease and weed distribution maps from UAV imagery and feeds them to a spraying drone, which "
        "follows GPS paths and applies chemical only on the spots. Published benchmarks: NDVI vs. sheath blight severity R² = 0.627, weed "
        "maps above 91% accuracy; NDVI also used for yield prediction.",
    ),
    (
        "oRo044",
        "en",
        "readkong_yield",
        "Rice yield estimation from UAV multispectral imagery",
        "Yield-estimation models for paddy rice built from vegetation indices captured by a fixed-wing UAV at four growth stages, combined "
        "with yield samples: demonstrated on 18 plots totalling 58 ha of two varieties.",
    ),
    (
        "oRo045",
        "en",
        "ndvi_scau",
        "Flight-parameter guidance for low-altitude NDVI surveys over paddy rice",
        "Agricultural aviation research centre guidance on how flight height, speed and timing of a low-altitude UAV affect the NDVI values "
        "collected over a paddy field, so that repeat surveys are comparable.",
    ),
    (
        "oRo046",
        "vi",
        "humg_lua",
        "Đánh giá sức khỏe cây lúa bằng dữ liệu UAV hướng tới nông nghiệp chính xác",
        "Kết quả nghiên cứu cấp tiến sĩ của trường đại học chuyên ngành trắc địa – bản đồ về phương pháp dùng ảnh UAV (viễn thám tầm gần) "
        "đánh giá sức khỏe cây lúa, cung cấp dữ liệu và giải pháp công nghệ cho canh tác lúa chính xác, thích ứng biến đổi khí hậu.",
    ),
    (
        "oRo047",
        "vi",
        "sonla_nghiemthu",
        "Mô hình UAV tích hợp công nghệ 4.0 theo dõi sinh trưởng xoài, nhãn",
        "Trung tâm thuộc trường đại học nông lâm đã xây dựng và nghiệm thu (12/2024) mô hình UAV tích hợp công nghệ 4.0 theo dõi sinh trưởng "
        "và sức khỏe cây xoài, nhãn, từ đó đưa ra biện pháp chăm sóc, bảo vệ cây kịp thời; sẵn sàng chuyển giao.",
    ),
    (
        "oRo048",
        "vi",
        "bvu_hotieu",
        "Dịch vụ chụp ảnh đa phổ bằng drone đếm cây và đánh giá sức khỏe cây trồng",
        "Công ty cung cấp dịch vụ bay máy ảnh đa phổ gắn trên UAV để đếm số cây và phân tích sức khỏe cây (đã làm cho vườn hồ tiêu năm 2021), "
        "ví dụ đánh giá tình trạng cây sau đợt bón phân qua lá, hỗ trợ nông dân và cố vấn ra quyết định chăm sóc.",
    ),
    (
        "oRo049",
        "vi",
        "ctu_phang",
        "Xác định độ bằng phẳng mặt ruộng bằng thiết bị bay không người lái",
        "Trường đại học trong vùng ĐBSCL áp dụng UAV và các chỉ số thực vật để xác định độ không bằng phẳng của mặt ruộng lúa, phục vụ san "
        "phẳng đồng ruộng, quản lý nước và giám sát sinh trưởng, ước tính năng suất lúa.",
    ),
    (
        "oRo050",
        "vi",
        "dovebando_uav",
        "Khảo sát địa hình, đo diện tích bằng UAV kết hợp RTK/PPK",
        "Đơn vị đo đạc bay UAV kết hợp GNSS RTK/PPK đạt độ chính xác cỡ centimet, xuất mô hình số độ cao (DEM/DTM), ảnh trực giao, đám mây "
        "điểm 3D, bản đồ địa hình tỷ lệ 1/500–1/1000 và đo ranh giới, diện tích thửa đất.",
    ),
    (
        "oRo051",
        "vi",
        "vietflycam_survey",
        "Bay quét flycam khảo sát có điểm khống chế theo hệ VN-2000",
        "Quy trình khảo sát bằng flycam: dẫn mốc tọa độ, cao độ quốc gia về khu đo, rải đều điểm khống chế mặt đất (GCP) theo hệ VN-2000, "
        "bay quét 3 lần để có dữ liệu chi tiết và chính xác cho đo đạc, lập bản đồ hiện trạng.",
    ),
    (
        "oRo052",
        "en",
        "dathop_uav",
        "Complete UAV mapping systems: airframe, sensor, controller, ground reference and software",
        "Supplier of drone mapping systems made of five parts: airframe, data sensor, remote controller, ground reference station and "
        "processing software. Rotary-wing units are compact but short on endurance (about 30 minutes for a small RTK quadcopter, up to 55 "
        "minutes for a larger one); fixed-wing units fly longer but need launch space.",
    ),
    (
        "oRo053",
        "en",
        "slantrange_rtk",
        "RTK GPS kit for centimetre-accurate drone crop maps",
        "RTK add-on for drone survey systems: a base station computes real-time corrections from satellite signals and sends them by radio "
        "to the drone rover, giving centimetre-level positions instead of 2–3 m. Needed when analysing individual orchard trees or trial "
        "plots only 2–3 m across.",
    ),
    (
        "oRo054",
        "vi",
        "viet_nga_uav",
        "Xây dựng bản đồ độ phân giải cao bằng UAV cho nông, lâm nghiệp và môi trường",
        "Trung tâm nghiên cứu nhiệt đới cung cấp dịch vụ bay UAV gắn camera đa phổ, camera nhiệt, máy quét để lập bản đồ 2D, 3D độ phân giải "
        "cao, giám sát sức khỏe và biến động thảm thực vật, phục vụ xây dựng, nông lâm nghiệp, môi trường và cứu hộ.",
    ),
    (
        "oRo055",
        "en",
        "fieldbee_rtk",
        "RTK base station for tractor auto-steering and parallel guidance lines",
        "GNSS base station and rover antenna for tractor guidance, with survey, fixed-position and absolute-position modes; explains why "
        "guidance lines shift after a base restart in survey mode and how to keep pass-to-pass accuracy for row work.",
    ),
    (
        "oRo056",
        "en",
        "gpsworld_rtk",
        "RTK correction services for tractor guidance and variable-rate machinery",
        "RTK-level correction subscriptions and receivers for ground machinery: auto-steer, section control, variable-rate seeding and "
        "drainage tile plough grading; installing a base station in the field is advised for best vertical accuracy.",
    ),
    (
        "oRo057",
        "vi",
        "cd123_toandac",
        "Đo vẽ bản đồ địa chính bằng máy toàn đạc điện tử",
        "Dịch vụ đo vẽ chi tiết, thành lập tờ bản đồ địa chính tỷ lệ 1/1000 bằng máy toàn đạc điện tử và phần mềm MicroStation, Gcadas, "
        "DPSurvey: lập lưới khống chế, đo vẽ, biên tập và in bản đồ.",
    ),
    (
        "oRo058",
        "en",
        "vdoffice_erosion",
        "Satellite remote-sensing database of riverbank and coastal erosion",
        "A national remote-sensing station project building a multi-temporal database of riverbank and shoreline change in the Mekong Delta "
        "from satellite imagery, to assess anti-erosion works and support regional planning (12 work packages).",
    ),
    (
        "oRo059",
        "en",
        "vietnamvn_phuong",
        "Drone spraying team that also flags sick patches from aerial images",
        "A young engineer's service team running three 10–20 litre drones covered more than 500 ha of rice in one winter–spring season, "
        "spraying in about 30 minutes per hectare and also killing golden apple snails before sowing. The drones' cameras show dark-green "
        "healthy zones and pale zones short of chlorophyll, so the team can mark likely diseased patches early.",
    ),
    # --- pilot training, licences, service teams ---
    (
        "oRo060",
        "en",
        "hcmut_academy",
        "Drone Academy: certified training for agricultural drone operators",
        "A university engine laboratory and a drone company run a drone academy issuing operator certificates to international standards. "
        "Courses cover mapping and survey, aerial photography, public safety, industrial inspection, level-1 operation and agricultural "
        "aircraft operation, with fees of VND4–7 million (discounts for students).",
    ),
    (
        "oRo061",
        "vi",
        "kienthuc_academy",
        "Học viện Drone đào tạo và cấp chứng chỉ điều khiển máy bay không người lái",
        "Học viện đào tạo drone đặt tại trường đại học kỹ thuật mở các khóa vận hành máy bay nông nghiệp, bản đồ – khảo sát, chụp ảnh trên "
        "không, kiểm tra công nghiệp, an toàn cộng đồng; học phí 4–7 triệu đồng, cấp chứng chỉ vận hành thiết bị bay theo chuẩn quốc tế.",
    ),
    (
        "oRo062",
        "vi",
        "nhandan_phicong",
        "Khóa đào tạo phi công nông nghiệp: lý thuyết bay và thực hành trên đồng",
        "Trường đại học nông lâm phối hợp công ty thiết bị bay mở lớp phi công nông nghiệp: ngày đầu học lý thuyết bay, làm quen các dòng "
        "máy phổ biến; ngày sau thực hành bay thực địa. Học viên được nhấn mạnh các quy tắc an toàn: phải có sự đồng ý của cơ quan quân sự "
        "địa phương trước khi cất cánh, tránh vùng cấm bay và khu vực biên giới.",
    ),
    (
        "oRo063",
        "en",
        "muctim_phicong",
        "Two-day agricultural drone pilot course for young farmers",
        "Hands-on course by an agriculture and forestry university with a drone company: first day flight theory and the common farm drone "
        "models, second day field practice of take-off, landing and spraying; also run in English for foreign trainees.",
    ),
    (
        "oRo064",
        "vi",
        "kn_quangtri",
        "Tập huấn 10 ngày vận hành máy bay không người lái phun thuốc cho khuyến nông, HTX",
        "Lớp tập huấn 12 học viên (cán bộ khuyến nông, HTX, nông dân giỏi) trong 10 ngày do giảng viên viện nghiên cứu công nghệ cao hướng dẫn: "
        "lắp đặt, điều khiển, tạo và chọn bản đồ đường bay, an toàn bay, thủ tục xin giấy phép bay; kèm bàn giao máy HLD18 cho địa phương "
        "để thành lập tổ quản lý vận hành.",
    ),
    (
        "oRo065",
        "en",
        "rhodes",
        "Remote pilot certification module for agriculture students and the public",
        "A college agriculture outreach programme runs a remote pilot certification module: 15 classroom hours on regulations and airspace, "
        "with course and licence fees covered by a federal grant, so participants can legally spray or scout fields.",
    ),
    (
        "oRo066",
        "en",
        "pvcc",
        "Drone certification class for farmers with data-extraction training",
        "Community college class that prepares farmers for the national remote pilot certificate and teaches how to pull decision data from "
        "drones for field assessment, planting, fertilising, pesticide applications and insurance claims; fieldwork on a vineyard.",
    ),
    (
        "oRo067",
        "en",
        "greatplains",
        "Two-day Ag Drone School for farmers and agronomists",
        "College-hosted drone school with a drone company: ground school, flight manoeuvres and a basic pilot certificate in two days, "
        "including a small practice drone to take home; covers safe and legal operation and spotting crop problems from the air.",
    ),
    (
        "oRo068",
        "en",
        "idaho_sare",
        "Hands-on drone training programme for extension staff and crop advisers",
        "University professional-development programme (about US$100,000 grant) training extension educators, agricultural advisers and "
        "tech-savvy producers to fly drones within airspace and safety rules and use them with precision-agriculture tools.",
    ),
    (
        "oRo069",
        "vi",
        "laodong_daynghe",
        "Đào tạo nghề bảo trì, sửa chữa drone nông nghiệp",
        "Trường cao đẳng nghề khoa cơ khí – cơ điện đưa nội dung bảo trì, sửa chữa drone nông nghiệp vào đào tạo, liên kết doanh nghiệp cho "
        "sinh viên thực tập; hướng tới mã ngành, giáo trình chuẩn về kỹ thuật, bảo dưỡng và điều khiển tự động.",
    ),
    (
        "oRo070",
        "en",
        "vietanlaw_288",
        "Legal compliance service for drone registration and operator licences",
        "Law firm advising owners and service teams on the 2025 decree on unmanned aircraft: weight classes (<0.25 kg, 0.25–2 kg, 2–25 kg, "
        "25–150 kg, 150 kg and above), visual vs. instrument control, purposes including agricultural production, registration dossiers "
        "and operator licences.",
    ),
    (
        "oRo071",
        "vi",
        "canhdieu_law",
        "Hướng dẫn thủ tục cấp phép bay và kiểm tra khu vực cấm bay cho máy bay phun thuốc",
        "Tổng hợp cơ sở pháp lý quản lý máy bay phun thuốc (quy định về tàu bay không người lái, khu vực cấm bay, hạn chế bay, hiệp đồng với "
        "cơ quan quân sự địa phương), thủ tục đăng ký, xin phép bay, cách tự kiểm tra vùng cấm và nguyên tắc an toàn khi vận hành.",
    ),
    (
        "oRo072",
        "en",
        "vnlawmag_288",
        "Briefing on drone registration conditions under the 2025 decree",
        "Legal briefing on the 8-chapter, 35-article decree: proof of ownership (import licence and customs declaration or a legal invoice), "
        "conformity with technical standards, inspection certificates for self-assembled drones, and a valid registration before any flight.",
    ),
    (
        "oRo073",
        "vi",
        "tt146",
        "Chương trình đào tạo kiến thức hàng không và thực hành điều khiển tàu bay không người lái",
        "Nội dung, chương trình cơ bản đào tạo kiến thức hàng không và thực hành điều khiển tàu bay không người lái theo quy định mới của "
        "Bộ Quốc phòng (12/2025), cùng phân cấp giải quyết thủ tục hành chính; phục vụ các cơ sở đào tạo và người xin giấy phép điều khiển.",
    ),
    (
        "oRo074",
        "vi",
        "kinhte_phuong",
        "Tổ hợp tác dịch vụ bay nông nghiệp của thanh niên nông thôn",
        "Mô hình tổ hợp tác dịch vụ drone do kỹ sư trẻ khởi xướng: đầu tư hơn 1 tỷ đồng cho 3 máy bình 10–20 lít, phun thuốc cho hơn 500 ha lúa "
        "mỗi vụ, sau đó mở rộng thành tổ hợp tác tạo việc làm và thu nhập cho thanh niên địa phương; sẵn sàng chia sẻ cách tổ chức.",
    ),
    (
        "oRo075",
        "en",
        "tildes_hakai",
        "Drone pilot jobs for young people returning to the countryside",
        "A drone supplier's local programme recruits young people who came home from the cities and trains them as drone pilots, "
        "letting them earn from farming without the physical strain; the firm estimates about 4,000 agricultural drones in operation in Vietnam.",
    ),
    # --- batteries, charging, maintenance, equipment ---
    (
        "oRo076",
        "en",
        "anps_battery",
        "Agricultural drone battery life assessment and care plan",
        "Battery supplier's guidance and audit for spray-drone packs: Li-ion packs rate 500–800 cycles, LiPo 400–600 (roughly 0.5–1.1 "
        "years at two cycles a day). Field heat above 40°C speeds ageing (each +10°C can cut life by about 20%); charging above 4.2 V or "
        "discharging below 3.0 V per cell and storing full for months all shorten life.",
    ),
    (
        "oRo077",
        "en",
        "ocj_ozkan",
        "Battery rotation and fast-charging setup to keep spray drones flying",
        "Extension recommendation for drone spraying logistics: a battery lasts only 5–15 minutes with a full tank, so keep three charged "
        "batteries per drone and a 240 V fast charger, swapping the spent pack while the tank is refilled.",
    ),
    (
        "oRo078",
        "en",
        "buydrone_maint",
        "Scheduled maintenance plan for plant-protection drones",
        "Maintenance service with daily, weekly and monthly tasks: wipe pesticide residue off frame and rotors, check propellers, connectors "
        "and spray lines after each day; weekly battery voltage and internal-resistance tests, firmware updates, nozzle and filter cleaning "
        "with flow checks; monthly frame inspection. Batteries stored at 50–60% in a fireproof box.",
    ),
    (
        "oRo079",
        "en",
        "droneparts_lipo",
        "Smart-battery care and mist-cooled charging stations for farm drones",
        "Parts shop advice and equipment for large smart batteries: use the maker's charger, let packs cool before charging (mist-cooling "
        "stations between sorties), never charge unattended; store at 50–60%. LiPo packs give 200–300 healthy cycles; replace below 80% "
        "health or at any swelling and recycle properly.",
    ),
    (
        "oRo080",
        "en",
        "realag_battery",
        "Off-season drone battery storage service",
        "UAV service company tip and service for idle months: every 1.5–2 months charge packs to full, then drain them to about 45–50% "
        "and store; do not rely only on automatic self-discharge for long storage.",
    ),
    (
        "oRo081",
        "en",
        "poweringautos",
        "Fast charging of agricultural drone batteries in 25–30 minutes",
        "Charging solution for farm-drone batteries that typically refills a pack in 25–30 minutes depending on charger power, temperature "
        "and state of discharge, with temperature monitoring to avoid thermal runaway and overcharging.",
    ),
    (
        "oRo082",
        "vi",
        "sanpham_xuanba",
        "Drone chăm sóc cây công nghiệp do trường đại học Việt Nam chế tạo",
        "Nhóm nghiên cứu trường đại học sư phạm kỹ thuật chế tạo drone bay cao tối đa 50 m, bình chứa 20–70 lít, khối lượng không tải 60 kg, "
        "bốn động cơ điện, pin 15 kg dung lượng 46.000 mAh cho khoảng 45 phút bay không tải; hộp điều khiển hai lớp chống thời tiết.",
    ),
    (
        "oRo083",
        "vi",
        "hcmute_drone",
        "Drone phun thuốc, bón phân giá thấp hơn, bảo trì rẻ hơn hàng nhập",
        "Drone nội địa do giảng viên và hơn 20 sinh viên, kỹ sư trẻ phát triển, thay cho các dòng nhập khẩu giá trên 350 triệu đồng có chi "
        "phí bảo trì, bảo dưỡng cao; phục vụ phun thuốc, bón phân cho cây trồng diện tích lớn ở miền Tây, miền Trung.",
    ),
    (
        "oRo084",
        "vi",
        "manhope_maint",
        "Huấn luyện tổ bay tự bảo trì drone và chuẩn bị phụ tùng",
        "Hướng dẫn tổ bay trở thành điểm bảo trì lưu động: luôn có phụ tùng và dụng cụ để sửa nhanh cánh tay, hệ thống phun; cuối mỗi ngày rửa "
        "sạch máy và toàn bộ đường phun bằng nước sạch vì thuốc tồn dư ăn mòn khung, bơm, béc và dễ gây tắc.",
    ),
    (
        "oRo085",
        "vi",
        "danviet_daithanh",
        "Doanh nghiệp cung cấp drone kèm đào tạo, tập huấn và bảo dưỡng",
        "Doanh nghiệp tiên phong đưa máy bay nông nghiệp vào sản xuất hỗ trợ nông dân đại điền đào tạo, tập huấn, bảo dưỡng để máy hoạt động "
        "ổn định, đặc biệt khâu lập trình bay tự động và xử lý tình huống kỹ thuật phát sinh.",
    ),
    (
        "oRo086",
        "en",
        "sridrone_battery",
        "How to verify a supplier's drone battery and endurance claims",
        "Drone manufacturer's checklist for buyers: ask for flight logs at full payload and stated wind, match the battery C-rating to the "
        "drone's peak current, request BMS screenshots of cell-balancing history, and check that the warranty covers capacity loss per cycle.",
    ),
    (
        "oRo087",
        "vi",
        "dronesoccer_pin",
        "Khóa học sử dụng, sạc và bảo quản pin LiPo an toàn",
        "Giáo trình cho phi công và kỹ thuật viên: pin đầy 4,20 V/cell (sạc quá sẽ cháy nổ), bảo quản ở 3,80–3,85 V/cell, hạ cánh khi còn "
        "3,60–3,70 V/cell, xuống 3,00 V/cell coi như hỏng; cách sạc, xả, cất giữ và xử lý sự cố pin.",
    ),
    (
        "oRo088",
        "vi",
        "zye_solidstate",
        "Pin thể rắn cho drone bay lâu hơn, an toàn hơn",
        "Nhà sản xuất pin giới thiệu pin thể rắn thay pin lithium-ion lỏng cho drone nông nghiệp và giao hàng: kéo dài thời gian bay (từ "
        "20 lên tới 60 phút ở một số dòng), giảm nguy cơ cháy và ít mất dung lượng khi trời lạnh.",
    ),
    (
        "oRo089",
        "vi",
        "amiba_battery",
        "Bộ lưu trữ pin lithium cho hộ gia đình",
        "Hệ lưu trữ điện gia đình 51,2 V 100 Ah (5,12 kWh) gồm cụm pin lithium, biến tần và hệ quản lý pin (BMS), tích điện mặt trời hoặc điện "
        "lưới để dùng giờ cao điểm, khi mất điện; tuổi thọ chu kỳ gấp 3–5 lần ắc quy chì.",
    ),
    (
        "oRo090",
        "vi",
        "hanogen_battery",
        "Pin lưu trữ cho hệ thống điện mặt trời",
        "Lắp pin lưu trữ cho điện mặt trời mái nhà: tích điện dư ban ngày dùng buổi tối, làm nguồn dự phòng khi cúp điện cho đèn, camera, tủ "
        "lạnh, bơm nước; nâng tỷ lệ tự dùng điện mặt trời từ 30–40% lên 80–95%.",
    ),
    (
        "oRo091",
        "en",
        "skyelements_show",
        "Drone light shows instead of fireworks",
        "Drone show company flying about 30 shows a month: 100 or more lit drones laid out on a grid, calibrated and launched about four "
        "hours before show time; each show takes 100–200 hours of animation and can fly in light rain and strong wind.",
    ),
    (
        "oRo092",
        "en",
        "theactual_show",
        "Drone light shows for weddings and festivals",
        "Custom aerial light shows with 100–150 LED drones for weddings, festivals and sports events, an alternative to fireworks; industry "
        "pricing is around US$300 per drone and each drone flies up to 25 minutes.",
    ),
    (
        "oRo093",
        "vi",
        "dantri_flycam",
        "Ê kíp flycam quay phim sự kiện lớn",
        "Ê kíp quay phim bằng flycam cho các sự kiện trọng đại: khảo sát địa hình, thiết kế đường bay, góc máy, xin phép nhiều đơn vị (có sự "
        "kiện cần 11 đơn vị đồng ý), tập bay ban đêm liên tục 10 ngày để có thước phim từ trên cao.",
    ),
    (
        "oRo094",
        "vi",
        "doanhnghiep_flycam",
        "Dịch vụ quay phim, chụp ảnh từ trên cao bằng flycam",
        "Nhóm flycam nhận quay cảnh từ trên cao cho sự kiện, xếp hình đông người, phim quảng cáo: ê kíp bốn người (điều khiển máy bay, điều "
        "khiển camera, quan sát an toàn, đạo diễn hình ảnh), bay ở độ cao trên 40 m.",
    ),
    (
        "oRo095",
        "vi",
        "ycn_flycam",
        "Đội bay flycam phục vụ làm phim, quảng cáo",
        "Đội flycam trong nước thực hiện các cú máy đại cảnh từ trên cao cho phim truyện, phim ca nhạc, quảng cáo với chi phí thấp hơn hơn 20 "
        "lần so với thuê dịch vụ nước ngoài (15.000–20.000 USD mỗi lần bấm máy).",
    ),
    # --- drift, safety and pesticide rules ---
    (
        "oRo096",
        "en",
        "agdrone_drift",
        "Drift-management practices for drone pesticide applications",
        "Guide and operator standard for keeping drone spraying on target: follow the product label (maximum wind speed, often a 3–10 mph "
        "window, droplet class, release height, buffers to water and sensitive sites, re-entry intervals), avoid calm-air inversions and "
        "gusty afternoons, check sensitive-crop and apiary registries and call neighbours before lifting off.",
    ),
    (
        "oRo097",
        "en",
        "pss_buffer",
        "Spray-drift buffer zones and mitigation credits",
        "Stewardship guidance on downwind no-spray buffers required by labels (aerial 0–320 ft, ground boom 0–310 ft, air-blast 0–160 ft) "
        "and how to shrink them: coarser droplets, drift-reducing adjuvants, hooded sprayers, windbreaks, lower rates or spraying when "
        "relative humidity is above 60%, each giving a percentage reduction.",
    ),
    (
        "oRo098",
        "en",
        "ufl_drift",
        "Managing pesticide drift near homes, schools and sensitive crops",
        "Extension publication and training on what drives spray drift (droplet size, wind, temperature, equipment) and how to prevent "
        "substantial drift near residences, schools and sensitive crops; the state regulator investigated 39 drift complaints in two years.",
    ),
    (
        "oRo099",
        "en",
        "farmdairy_drift",
        "Applicator training on label drift requirements and worker protection",
        "Pesticide safety education on drift: fines for damage to neighbouring crops, gardens and parks, reading label wind limits and "
        "buffer-zone requirements, and remembering that worker-protection rules override the label's wind allowance when people are downwind.",
    ),
    (
        "oRo100",
        "vi",
        "danviet_4dung",
        "Hướng dẫn phun thuốc BVTV bằng thiết bị bay theo nguyên tắc 4 đúng",
        "Bộ hướng dẫn phun thuốc bảo vệ thực vật bằng drone do cơ quan quản lý trồng trọt – BVTV và hiệp hội ngành thuốc biên soạn: chọn thuốc "
        "phù hợp cho drone, cách pha thuốc, thông số bay và tuân thủ 4 đúng; drone còn dùng gieo sạ, bón phân, giám sát đồng ruộng.",
    ),
    (
        "oRo101",
        "vi",
        "danviet_thuoc",
        "Tư vấn chọn loại thuốc BVTV phù hợp để phun bằng máy bay không người lái",
        "Chuyên gia tư vấn loại thuốc và dạng thuốc phù hợp khi phun bằng drone; dùng drone giảm trên 90% thời gian và không gian tiếp xúc "
        "với thuốc, ít thuốc hơn và giảm tồn dư chảy ra sông suối.",
    ),
    (
        "oRo102",
        "vi",
        "congly_hira",
        "Tiêu chuẩn khảo nghiệm thuốc BVTV bằng thiết bị bay không người lái",
        "Cơ quan BVTV phối hợp hiệp hội ngành thuốc xây dựng tiêu chuẩn cơ sở về khảo nghiệm thuốc bảo vệ thực vật bằng thiết bị bay, chia sẻ "
        "quy định quản lý UAV của các nước châu Á – Thái Bình Dương; drone HLD-18 do viện công nghệ cao trong nước chế tạo.",
    ),
    (
        "oRo103",
        "en",
        "juyeu_drift",
        "Drift evaluation method for drone spraying in orchards",
        "Test method that measures ground-deposited, near-ground and airborne drift when drones spray orchards at 1.5–2 m above the canopy "
        "(3.5–4 m above ground) with fine, low-volume sprays, to compare drone models and nozzles and set safe practices.",
    ),
    (
        "oRo104",
        "vi",
        "cd123_bvtv",
        "Tài liệu tập huấn đại lý thuốc BVTV: thiết bị phun và hiệu chuẩn",
        "Bài tập huấn cho đại lý thuốc BVTV về các loại máy, bình phun và vòi phun thủy lực, kỹ thuật phun an toàn, bảo dưỡng bình phun, "
        "đánh giá lắng đọng thuốc và hiệu chuẩn lượng nước, liều thuốc cho mỗi ha.",
    ),
    (
        "oRo105",
        "en",
        "metoree_boom",
        "Self-propelled and tractor boom sprayers",
        "Boom sprayers for broad-acre pesticide application: tow-behind, tractor-mounted or self-propelled, booms up to about 30 m and tanks "
        "from 200 to over 1,000 litres; heavy machines are unsuitable for muddy fields and fine droplets can drift.",
    ),
    (
        "oRo106",
        "en",
        "africanfarming_boom",
        "Calibrating a tractor-driven boom sprayer",
        "How-to for setting a tractor boom sprayer to deliver the exact volume of chemical per hectare each season, so weeds and pests are "
        "controlled without waste.",
    ),
    (
        "oRo107",
        "en",
        "mandigram_sprayers",
        "Range of farm sprayers: boom, air-blast, handheld, mist and backpack",
        "Dealer overview of sprayer types: boom sprayers for grain fields, air-blast sprayers for orchard canopies, handheld and backpack "
        "sprayers for small plots and spot treatments, and mist sprayers for flying pests.",
    ),
    (
        "oRo108",
        "en",
        "airassist_baafs",
        "LiDAR-guided air-assisted orchard sprayer",
        "Research on a ground air-assisted sprayer that uses LiDAR to measure canopy thickness and leaf area and adjusts fan speed "
        "(1,381–1,676 r/min) and dose for orchard trees; deposition checked with water-sensitive paper.",
    ),
    (
        "oRo109",
        "vi",
        "nnmt_ongkysinh",
        "Biện pháp sinh học phòng trừ sâu đầu đen hại dừa bằng thiên địch",
        "Viện cây ăn quả và trường đại học khuyến cáo dùng ong ký sinh, bọ đuôi kìm, bọ rùa, kiến vàng, vi khuẩn để khống chế sâu đầu đen; "
        "đã ghi nhận 10 loài thiên địch, cần hạn chế thuốc hóa học và giữ độ che phủ vườn hợp lý.",
    ),
    (
        "oRo110",
        "vi",
        "vnexpress_ong",
        "Nhân nuôi, phóng thích ong ký sinh diệt sâu đầu đen",
        "Chi cục trồng trọt – BVTV nhân nuôi và thả hơn 200 triệu ong ký sinh (hai loài) vào vườn dừa nhiễm sâu đầu đen; ong được treo trong "
        "chai nhựa trên thân dừa, thả vào mùa mưa, sau khi phun thuốc ít nhất hai tuần và ngưng phun từ đó.",
    ),
    # --- aquaculture ponds and coastal monitoring ---
    (
        "oRo111",
        "en",
        "mdpi_aquadrone",
        "Cloud-connected autonomous drone for aquaculture site surveillance",
        "Low-cost autonomous drone linked to an aquaculture cloud: recognition models flag people, cages and boats, count fish, estimate "
        "fish length and score feeding intensity from the drone's video; a phone app plans flights and sends alerts and reports, "
        "replacing many fixed cameras.",
    ),
    (
        "oRo112",
        "vi",
        "patras_fish",
        "Giám sát trại nuôi cá bằng drone: chất lượng nước và dấu hiệu bệnh",
        "Học viện drone giới thiệu dịch vụ bay giám sát cơ sở nuôi thủy sản từ trên cao: ảnh độ phân giải cao giúp phát hiện sớm thay đổi "
        "trên mặt nước, ô nhiễm và dấu hiệu bệnh; drone gắn cảm biến theo dõi nhiệt độ, độ mặn, oxy hòa tan để giữ điều kiện nuôi phù hợp.",
    ),
    (
        "oRo113",
        "en",
        "koparan_wq",
        "Drone-mounted multiprobe for in-situ pond water quality",
        "A hexacopter with flotation and an open-source sensor package lands on the water at preset waypoints to measure temperature, "
        "electrical conductivity, dissolved oxygen and pH. On a 1.1 ha farm pond (13 waypoints) readings were within 2.1% (DO), 3.43% (EC), "
        "3.76% (pH) and under 1% (temperature) of a commercial meter, and were turned into water-quality maps.",
    ),
    (
        "oRo114",
        "vi",
        "clemson_sampler",
        "Thiết bị lấy mẫu nước thích ứng gắn trên drone",
        "Bộ lấy mẫu nước cho drone gồm cụm cảm biến (oxy hòa tan, pH, độ dẫn điện, nhiệt độ, độ đục, độ sâu), vi điều khiển và ba ống lấy mẫu "
        "130 mL tự kích hoạt theo số đo tại chỗ; đã bay lấy mẫu tự động tại 7 điểm trên 11 ha mặt hồ, giảm chi phí phân tích phòng thí nghiệm.",
    ),
    (
        "oRo115",
        "en",
        "azo_water",
        "Drone water sampling as an alternative to boat sampling",
        "Drone-deployed payload that collects water samples and physico-chemical readings at set points. In lake trials, 72 samples taken "
        "by drone and by boat at 12 sites gave comparable chemistry, with enough volume for routine monitoring programmes.",
    ),
    (
        "oRo116",
        "vi",
        "kunshan_feed",
        "Drone rải thức ăn cho ao nuôi thủy sản, kèm tập huấn",
        "Hãng drone phối hợp trạm khuyến nông tổ chức trình diễn và tập huấn dùng drone cho ăn định lượng: máy bay theo quỹ đạo cài sẵn, rải "
        "thức ăn viên đều trên mặt ao; ao nuôi khoảng 3,3 ha chỉ mất khoảng 10 phút thay vì 1 giờ chèo thuyền rải tay.",
    ),
    (
        "oRo117",
        "en",
        "wujiang_feed",
        "Feed-spreading drones for large pond farms",
        "A 20 kg drone carrying 20 kg of pellets spreads feed over about 12 ha of crab ponds per hour, the work of eight "
        "labourers; routes are generated automatically and one worker can run five drones. Even spreading helps uniform growth and "
        "cleaner effluent.",
    ),
    (
        "oRo118",
        "vi",
        "xuanthuy_uav",
        "Ứng dụng UAV đánh giá chất lượng rừng ngập mặn",
        "Nhóm nghiên cứu trường đại học thủy lợi bay UAV theo đợt (tháng 3/2018, 3/2019) trên rừng ngập mặn tự nhiên và rừng trồng ven cửa "
        "sông, xử lý ảnh bằng phần mềm mã nguồn mở OpenDroneMap để phát hiện rừng trồng suy giảm; khuyến nghị chiều cao bay, khoảng cách "
        "tuyến bay và thời điểm chụp.",
    ),
    (
        "oRo119",
        "vi",
        "tlu_baclieu",
        "Xác định tán cây ngập mặn bảo vệ bờ biển bằng ảnh UAV phổ thông",
        "Phương pháp dùng ảnh UAV RGB phổ thông để khoanh tán cây rừng ngập mặn ven biển, thay điều tra ô tiêu chuẩn trên bãi lầy; phục vụ "
        "giám sát biến động rừng phòng hộ thường xuyên với chi phí thấp.",
    ),
    (
        "oRo120",
        "vi",
        "scribd_coast",
        "Khảo sát vùng ven biển ĐBSCL bằng thiết bị bay không người lái",
        "Báo cáo kỹ thuật về khảo sát bờ biển bằng UAV: ghi nhận bồi tụ, xói lở bãi bồi, hiện trạng đê, kè, rừng ngập mặn trồng mới ở những "
        "nơi khó đi lại vì bãi lầy, thảm thực vật dày; thay cho khảo sát GPS hai chiều tốn công.",
    ),
    (
        "oRo121",
        "vi",
        "cangio_carbon",
        "Ước tính sinh khối và trữ lượng carbon rừng ngập mặn bằng UAV",
        "Nghiên cứu dùng dữ liệu UAV để ước tính sinh khối và trữ lượng carbon rừng ngập mặn nhanh hơn đo đếm truyền thống, hỗ trợ chính sách "
        "bảo tồn và các chương trình tín chỉ carbon ven biển.",
    ),
    (
        "oRo122",
        "vi",
        "haiphong_coast",
        "Quy trình dùng UAV dân dụng cỡ nhỏ đánh giá hệ sinh thái ven biển",
        "Viện nghiên cứu tài nguyên và môi trường biển xây dựng quy trình bay thiết bị bay không người lái cỡ nhỏ để đánh giá nhanh hiện trạng "
        "hệ sinh thái ven biển, đảo và chất lượng nước ven bờ, rẻ hơn ảnh vệ tinh độ phân giải cao.",
    ),
    (
        "oRo123",
        "en",
        "plos_mangrove",
        "Drone mapping of mangrove forests instead of satellite imagery",
        "University team comparing drone imagery with space-borne imagery for mapping mangrove species and stand structure, showing the "
        "finer detail drones give for restoration and monitoring plans.",
    ),
    (
        "oRo124",
        "vi",
        "cuclamnghiep",
        "Flycam kiểm tra, xác minh biến động rừng và hỗ trợ chữa cháy",
        "Hướng dẫn và tập huấn lực lượng kiểm lâm dùng flycam: chụp ảnh ghép để xác minh biến động rừng, xác định diện tích bị thiệt hại, theo "
        "dõi đám cháy, tìm kiếm cứu nạn; nêu các khó khăn khi đơn vị tiếp cận và sử dụng thiết bị.",
    ),
    (
        "oRo125",
        "en",
        "casella_beach",
        "Low-cost drone photogrammetry for beach and shoreline surveys",
        "Survey method using consumer-grade drones and a minimal ground-control setup to produce digital elevation models of sandy coasts; "
        "checked against 2,950 RTK points, vertical error averaged about 5 cm, and repeat surveys gave the sediment budget after a storm.",
    ),
    (
        "oRo126",
        "en",
        "dronelifenj_beach",
        "Drone imagery service for monitoring coastal erosion",
        "Commercial drone service that flies eroding beaches and shore-protection works to produce high-resolution photos, video and maps, "
        "so coastal managers can track how dunes, seawalls and the shoreline change after storms.",
    ),
    (
        "oRo127",
        "vi",
        "jmse_dune",
        "Giám sát biến động cồn cát ven biển bằng UAV giá rẻ",
        "Quy trình bay UAV giá rẻ kết hợp điểm khống chế mặt đất cố định để lập mô hình bề mặt độ phân giải 0,1 m cho khoảng 4 km bờ biển "
        "(khoảng 1 km² bãi – cồn) trong chưa tới 2 giờ bay, có thể lặp lại sau mỗi trận bão.",
    ),
    (
        "oRo128",
        "en",
        "chen_beach",
        "UAV workflow for high-resolution beach topography change detection",
        "Oceanographic institute workflow with a low-altitude quad-rotor and a non-metric camera: orthomosaics geo-referenced to under one "
        "pixel and surface models with about 10 cm vertical accuracy, used to measure beach change from drainage-gully scouring.",
    ),
    (
        "oRo129",
        "en",
        "happy_mangrove",
        "Seed-dropping drones for mangrove replanting",
        "Specialised drones that drop around 2,000 germinated mangrove seeds or 500 seed balls in ten minutes, simple enough for local "
        "communities to operate; more than 50,000 seeds planted in one lagoon since 2020.",
    ),
    (
        "oRo130",
        "vi",
        "ffem_mangrove",
        "Drone bắn hạt giống phục hồi rừng ngập mặn",
        "Giải pháp drone mang vỏ hạt phân hủy sinh học chứa hạt đã nảy mầm và dinh dưỡng: drone bay khảo sát lập bản đồ địa hình trước, "
        "kiểm chứng thực địa, rồi thả hạt đúng vị trí theo cấu trúc tự nhiên của loài; mục tiêu trồng tới 400.000 cây mỗi ngày.",
    ),
    (
        "oRo131",
        "vi",
        "gfd_aquam",
        "Hệ thống trạm quan trắc môi trường nuôi tôm – rừng và giải đoán ảnh vệ tinh",
        "Hệ thống giám sát môi trường nuôi thủy sản trong rừng ngập mặn gồm các trạm quan trắc không dây đặt tại cửa sông, phát hiện thay đổi "
        "rừng tự động từ ảnh vệ tinh Sentinel-1 và 2, dữ liệu đưa lên ứng dụng di động cho cán bộ và người nuôi.",
    ),
    (
        "oRo132",
        "vi",
        "tepbac_feeder",
        "Máy cho tôm ăn tự động đặt tại ao",
        "Máy cho tôm ăn tự động gồm thùng chứa thức ăn inox hoặc nhựa, bộ điều khiển hẹn giờ hoặc điều khiển từ xa, ống phát tán hình chữ "
        "thập; dùng từ ngày 15–25 sau thả giống, chỉ chạy ban ngày, số máy tùy kích thước ao và mật độ tôm.",
    ),
    (
        "oRo133",
        "vi",
        "phuocxoan_tom",
        "Trọn bộ ao tôm thông minh: máy cho ăn, hẹn giờ quạt khí, xi-phông đáy",
        "Lắp đặt cho ao tôm công nghiệp máy cho ăn hẹn giờ, bộ hẹn giờ quạt tạo oxy và xi-phông đáy ao; mật độ thả có thể lên 300 con/m² so "
        "với 60–100 con/m² nuôi thủ công, một người trông được 3–4 ao.",
    ),
    (
        "oRo134",
        "en",
        "tcsae_feed",
        "Precision feeding control system for pond fish culture",
        "Fixed feeding system for ponds with water-quality monitoring, decision control, drive and remote-monitoring modules; dissolved "
        "oxygen, temperature and fish growth set the ration through fuzzy PID control. In grass-carp trials feed conversion fell by 11.73%.",
    ),
    (
        "oRo135",
        "vi",
        "hoachat_aoca",
        "Hóa chất và kỹ thuật quản lý môi trường ao nuôi cá",
        "Nhà cung cấp hóa chất hướng dẫn chọn và cải tạo ao nuôi cá: diện tích 1.000–10.000 m², sâu 1–2 m, tháo cạn, vét bùn còn 15–25 cm, "
        "khử trùng đáy ao trước khi thả giống.",
    ),
    (
        "oRo136",
        "vi",
        "farmtech_tom",
        "Hướng dẫn đánh giá sức khỏe tôm tại ao",
        "Cẩm nang kiểm tra ao tôm hai lần mỗi ngày: quan sát tôm nổi đầu, tôm dạt bờ, màu và mùi nước, thức ăn dư, cá bống hoặc cua còng bò lên "
        "bờ để phát hiện thiếu oxy, khí độc và nguy cơ dịch bệnh.",
    ),
    (
        "oRo137",
        "vi",
        "camau_camera",
        "Camera chuyên dụng trên trụ cao giám sát rừng, biển và bãi bồi",
        "Dự án lắp camera độ phân giải cao trên các trụ cao khoảng 40 m, quan sát bán kính 3–5 km, truyền hình ảnh về tivi và điện thoại để "
        "phát hiện chặt phá rừng, khai thác thủy sản trái phép ở vùng bãi bồi ven biển.",
    ),
    (
        "oRo138",
        "vi",
        "ctu_iot_luatom",
        "Hệ thống IoT và mạng cảm biến quan trắc môi trường mô hình lúa – tôm",
        "Trường đại học thiết kế, lắp đặt hệ thống cảm biến IoT đo độ mặn, pH, NH4, oxy hòa tan, nhiệt độ cho mô hình lúa – tôm ở 4 xã, giúp "
        "nông dân chọn đúng thời điểm lấy nước, tăng tỷ lệ sống của tôm.",
    ),
    # --- more on fertiliser, licences, insurance, crop monitoring ---
    (
        "oRo139",
        "vi",
        "bnews_pvfcco",
        "Dịch vụ bón phân cho lúa bằng drone của doanh nghiệp phân bón",
        "Doanh nghiệp phân bón đưa drone thế hệ mới vào bón phân cho ruộng lúa ĐBSCL: phân được rải đều, chính xác, nông dân không còn mất cả "
        "ngày bón tay, tiết kiệm phân và chi phí, nâng năng suất.",
    ),
    (
        "oRo140",
        "vi",
        "nn_binhdien",
        "Trình diễn và dịch vụ bón phân cho lúa bằng máy bay không người lái",
        "Công ty phân bón phối hợp chi cục trồng trọt – BVTV trình diễn bón phân bằng drone: mỗi chuyến chở 40–45 kg phân, lượng bón khoảng "
        "150 kg/ha/đợt, mất khoảng 15 phút cho 1 ha lúa; nằm trong mô hình cơ giới hóa đồng bộ canh tác lúa thông minh.",
    ),
    (
        "oRo141",
        "vi",
        "khpt_mismart",
        "Drone gieo hạt, rải phân, phun thuốc cho cánh đồng lớn",
        "Doanh nghiệp khởi nghiệp drone nông nghiệp cung cấp máy làm cả ba việc gieo hạt, rải phân, phun thuốc: phun 1 ha lúa trong 8–10 phút "
        "thay vì 2–3 giờ làm tay, mỗi ngày tới 50 ha; phục vụ cánh đồng mẫu lớn liên kết bốn nhà.",
    ),
    (
        "oRo142",
        "vi",
        "laodong_draft",
        "Tư vấn điều kiện giấy phép điều khiển drone nông nghiệp",
        "Tư vấn điều kiện khai thác drone theo quy định mới: máy phải có giấy chứng nhận đăng ký; người điều khiển từ 18 tuổi, không có cồn, "
        "ma túy; drone từ 0,25 kg cần giấy phép điều khiển bay quan sát; drone từ 2 kg, bay phục vụ nông nghiệp, bay ngoài tầm nhìn hoặc "
        "theo chương trình cài sẵn cần giấy phép do cơ sở đào tạo cấp.",
    ),
    (
        "oRo143",
        "en",
        "tuoitrenews_draft",
        "Briefing on operator age, sobriety and licence classes for drones",
        "Summary of the defence ministry's drone rules replacing the 2008 decree: operators at least 18 (except under 0.25 kg), no alcohol "
        "or drugs, a visual-flight licence from 0.25 kg, and an instrument-flight licence for drones of 2 kg or more, beyond-line-of-sight "
        "or pre-programmed flights; extra proof of safety when one pilot flies several drones.",
    ),
    (
        "oRo144",
        "en",
        "vtins_drone",
        "Insurance brokerage for agricultural spray-drone operations",
        "Aviation insurance broker covering the risks of drone spraying: hull damage in flight and on the ground, property damage, bodily "
        "injury, overspray on first- or third-party crops, power-line strikes, lawsuits, chemical spills into waterways and non-owned cover "
        "for chemical suppliers.",
    ),
    (
        "oRo145",
        "en",
        "bwifly_cost",
        "Agricultural drone insurance: hull, liability and chemical drift cover",
        "Insurance programme for spray drones: hull cover for a US$40,000 drone typically costs US$4,000–6,000 a year with a US$4,000 "
        "deductible; US$1 million liability costs about US$1,000–1,500 a year; chemical-drift liability added for herbicide and pesticide work.",
    ),
    (
        "oRo146",
        "vi",
        "m3ins",
        "Tư vấn bảo hiểm cho dịch vụ drone nông nghiệp",
        "Tư vấn khoảng trống bảo hiểm khi dùng drone phun thuốc: hợp đồng trách nhiệm chung thường loại trừ tàu bay, nên thiệt hại do thuốc "
        "bay sang ruộng bên cạnh, thương tích người gần đó, drone rơi hỏng tài sản hay ô nhiễm môi trường cần hợp đồng bảo hiểm riêng.",
    ),
    (
        "oRo147",
        "en",
        "lodging_tw",
        "UAV-based assessment of rice lodging for disaster compensation",
        "Classification method combining spectral, texture and surface-height information from UAV images to map lodged rice, replacing "
        "disputed manual field assessment: decision-tree model accuracy 96.17% (kappa 0.941) versus 90.76% for maximum likelihood.",
    ),
    (
        "oRo148",
        "vi",
        "lodging_unet",
        "Phát hiện và đo diện tích lúa đổ ngã từ ảnh đa phổ UAV",
        "Mô hình học sâu U-Net phân vùng lúa đổ ngã trên ảnh đa phổ chụp bằng drone, MIoU 91,57%, độ chính xác điểm ảnh 95,83%; diện tích lúa "
        "đổ ước tính sai lệch dưới 3% so với đo thực tế, phục vụ đánh giá thiệt hại và lên kế hoạch thu hoạch.",
    ),
    (
        "oRo149",
        "en",
        "eco_confex",
        "Water-sampling UAV for ponds and reservoirs",
        "Research team's water-sampling drone that collects samples and temperature and conductivity profiles; compared with handheld "
        "meters and fixed loggers in tanks and a reservoir it matched the handheld meter within a fraction of a degree, at lower labour "
        "and boat cost.",
    ),
    (
        "oRo150",
        "vi",
        "vietnamvn_xoai",
        "Chuyển giao drone phun vườn xoài có kỹ thuật viên hướng dẫn tận nơi",
        "Drone tải 40 lít phun thuốc trừ bọ trĩ, dưỡng chất, phân bón lá cho xoài; 7 ha xong một đợt trong 1 ngày kể cả thời gian sạc pin bằng "
        "máy phát, châm nước, pha thuốc (thuê người phải 7 ngày). Khi mua máy, cán bộ kỹ thuật của hãng đến tận vườn cầm tay chỉ việc vài ngày.",
    ),
    (
        "oRo151",
        "vi",
        "lua2_sdd",
        "Tài liệu nhận diện sâu đầu đen hại dừa",
        "Tài liệu kỹ thuật mô tả sâu đầu đen: sâu non cạp mặt dưới lá già rồi lan lên tàu trên, cạp cả vỏ trái; vòng đời 2–3 tháng, bướm đẻ "
        "50–500 trứng; phân biệt với bọ dừa hại lá non trên ngọn.",
    ),
    (
        "oRo152",
        "vi",
        "cd123_ux5",
        "Thành lập bản đồ địa chính bằng máy bay không người lái cánh cố định",
        "Ứng dụng máy bay không người lái cánh cố định chụp ảnh hàng không để thành lập bản đồ địa chính: thiết kế bay, chụp ảnh, xử lý, đánh "
        "giá độ chính xác so với yêu cầu bản đồ địa chính.",
    ),
    (
        "oRo153",
        "vi",
        "dathop_hientrang",
        "Khảo sát hiện trạng đất đai, công trình bằng UAV",
        "Dịch vụ khảo sát hiện trạng bằng UAV gắn camera quang học, camera nhiệt, lidar hoặc đa phổ: lập kế hoạch bay, thu ảnh theo lộ trình, "
        "xử lý thành bản đồ, mô hình số độ cao, ảnh trực giao, đám mây điểm.",
    ),
    (
        "oRo154",
        "en",
        "nursery_uav",
        "Drone spraying trials for young ornamental trees and forest nurseries",
        "Study of spray drones as an alternative to backpack and tractor sprayers in tree nurseries and young plantations, measuring "
        "droplet deposition under different flight conditions, droplet sizes and release heights.",
    ),
    (
        "oRo155",
        "en",
        "sophia_rice",
        "UAV plus machine-learning pipeline for large-scale rice growth monitoring",
        "Monitoring pipeline: UAV image collection with weather and soil data, calibration, spectral and texture features, random-forest or "
        "SVM models with cross-validation, and rice growth maps for precise management.",
    ),
    (
        "oRo156",
        "en",
        "agronomy_inspect",
        "Autonomous UAV field inspection that zooms in on abnormal rice canopy",
        "'Far-view and close-look' inspection method: the drone surveys the field from high altitude, detects abnormal patches, then flies "
        "low to capture high-resolution images of suspected disease and pest spots automatically.",
    ),
    (
        "oRo157",
        "en",
        "rice_stage_tw",
        "Rice growth-stage tracking from UAV plant height for irrigation scheduling",
        "RGB drone image series calibrated to estimate rice plant height and growth stage, combined with IoT water-level monitoring to run "
        "water-saving irrigation; tested over two crops.",
    ),
    (
        "oRo158",
        "en",
        "soylent_mangrove",
        "Drone mangrove planting service for degraded deltas",
        "Drone planting team working with a local NGO: one pilot can plant about 100,000 mangrove seed pods a day, firing pods into the mud "
        "during flights of about half an hour, far faster than hand planting.",
    ),
]
