"""Offers of holdout188 (sugarcane growing and small sugar mills): (id, language, source key, title, description).

Each offer paraphrases the page under its source key in holdout188_sources.py.
"""

OFFERS = [
    # --- cane varieties, saline / acid-sulphate soils, clean seed cane ---
    (
        "pHo001",
        "vi",
        "m2lua",
        "Chuyển giao giống mía K95-156 và Suphanburi 7 cho vùng ĐBSCL",
        "Trung tâm nghiên cứu mía đường giới thiệu các giống nhập nội từ Thái Lan đã khảo nghiệm ở Long An, Sóc Trăng, Hậu Giang: "
        "K95-156 đạt 121–162 tấn/ha, CCS 11,53–12,73%, chịu sâu đục thân, bệnh than, ít đổ ngã, lưu gốc tốt. Kèm nhóm giống "
        "VN84-4137, VN85-1427, KK2, KU60-1 khuyến cáo cho ĐBSCL.",
    ),
    (
        "pHo002",
        "vi",
        "vusta",
        "Giống mía C819-67 và Comus: đặc tính và vùng trồng thích hợp",
        "Viện nghiên cứu mía đường cung cấp thông tin và hom giống C819-67 (năng suất thâm canh 80–100 tấn/ha, Pol trên 13,5%, "
        "kháng than và sâu đục thân) và Comus (thân to, hợp đất thấp có nước tưới mùa khô, để gốc trung bình).",
    ),
    (
        "pHo003",
        "vi",
        "nhabe",
        "Tư vấn chọn giống mía theo vùng: ROC10, Comus và các giống phổ biến",
        "Doanh nghiệp nông nghiệp tư vấn chọn giống mía: ROC10 nguồn gốc Đài Loan không nhiễm bệnh than, hợp đất tốt đủ ẩm và "
        "thâm canh cao; Comus từ Úc; kèm vùng trồng thích hợp cho từng giống.",
    ),
    (
        "pHo004",
        "vi",
        "ipm4vach",
        "Cung cấp hom mía giống đạt TCVN 12369:2018 cấp 3",
        "Hom giống thuần, lấy từ cây 7–10 tháng tuổi (đoạn 1/3 giữa thân, 2–3 mắt mầm), đạt chuẩn cấp 3: độ thuần trên 95%, "
        "không nhiễm than, thối đỏ, chồi cỏ, trắng lá; cây bị sâu đục thân dưới 3%, rệp dưới 5%. Giống KK3, LK92-11 ít nhiễm sâu.",
    ),
    (
        "pHo005",
        "vi",
        "hgphen",
        "Chuyển giao kỹ thuật canh tác mía trên đất nhiễm phèn",
        "Kinh nghiệm từ xã Tân Tiến (Vị Thanh) với khoảng 1.019 ha mía trên đất phèn: áp dụng đồng bộ biện pháp kỹ thuật, "
        "học hỏi nông dân giỏi và nhà khoa học để giữ năng suất, chữ đường và thu nhập ổn định dù đất nhiễm phèn.",
    ),
    (
        "pHo006",
        "en",
        "hgphen",
        "Cane management package for acid-sulphate soils (Hậu Giang model)",
        "Extension package drawn from a commune where about 1,019 ha of cane (around 60% of cropland) grow on acid-sulphate "
        "soil: farmers who adopted the full set of techniques kept yield and sugar content up while others left cane.",
    ),
    (
        "pHo007",
        "en",
        "kisan",
        "Salinity micro-plot screening of sugarcane clones",
        "Breeding institute offers screening in 48 micro plots (3.25 x 2.65 x 3 m): soil is salinised before planting and kept "
        "at EC 8 dS/m with a NaCl:CaCl2:Na2SO4 2:2:1 mix, beside equal control plots, to rank advanced clones and varieties.",
    ),
    (
        "pHo008",
        "en",
        "bkap",
        "Salt-tolerant sugarcane clones from a 32-genotype screening",
        "Regional breeding centre screened 32 genotypes on land ranging 2.25–29 dS/m, then under irrigation water of EC 4, 8 "
        "and 12 dS/m; five clones came out tolerant and six moderately tolerant, available for breeding and local trials.",
    ),
    (
        "pHo009",
        "vi",
        "bkap",
        "Dịch vụ đánh giá dòng mía chịu mặn theo độ mặn nước tưới",
        "Quy trình sàng lọc theo mô hình của trung tâm giống mía Ấn Độ: trồng dòng mía dưới nước tưới EC 4, 8 và 12 dS/m so với "
        "đối chứng, phân nhóm chịu mặn, chịu vừa và mẫn cảm trước khi đưa ra sản xuất.",
    ),
    (
        "pHo010",
        "en",
        "agrobo",
        "Field-screened salt-tolerant cane lines (K88-92, KK3, mutants)",
        "Field screening of mutant and commercial genotypes on salt-affected soil found K88-92, (A3)AE1-18 and KK3 tolerant: "
        "small drops in photosynthesis and growth, brix, pol, purity and CCS held up; K97-32 proved sensitive.",
    ),
    (
        "pHo011",
        "en",
        "wahid",
        "Trait-based assessment of salt tolerance in cane lines",
        "University team assesses cane lines in pots and plots under 0–21 dS/m NaCl across growth stages; EC50 ranged from "
        "8.63 to 15.51 dS/m. Waxy pink stems, many green leaves, high tillering and ratooning mark tolerant lines.",
    ),
    (
        "pHo012",
        "en",
        "sanurs",
        "Seedcane nursery design with 50 °C / 2 h hot water treatment",
        "Advisers set up one-stage seedcane nurseries on the best land: a third fallow, a third plant cane, a third first "
        "ratoon, volunteers rogued; planting cane hot-water treated at 50 °C for 2 h against ratoon stunting, smut and mosaic.",
    ),
    (
        "pHo013",
        "vi",
        "sanurs",
        "Dịch vụ xử lý hom mía bằng nước nóng 50°C trong 2 giờ",
        "Xử lý hom giống bằng nước nóng 50°C trong 2 giờ để diệt bệnh còi gốc mía (RSD), kết hợp ruộng nhân giống luân phiên "
        "mía tơ, gốc 1 và bỏ hóa, nhổ cây mọc lại để có hom sạch bệnh cho sản xuất.",
    ),
    (
        "pHo014",
        "en",
        "upfold",
        "Continuous-flow hot water treatment plant for seedcane",
        "Supplier builds continuous-flow treatment tanks: a basket of seedcane is only about 2% of tank volume, so water stays "
        "at 50 °C and circulates evenly for the 2 h treatment; baskets carry treated cane to the nursery without bud damage.",
    ),
    (
        "pHo015",
        "en",
        "agropedia",
        "Seed sett selection and treatment protocol",
        "Extension protocol: take setts from healthy erect crops of 10–12 months, upper third of the stalk, three-bud setts of "
        "30–40 cm, about 36,000 setts (6 t) per ha; dip 10 min in 0.1% carbendazim; never use ratoon cane as seed.",
    ),
    (
        "pHo016",
        "en",
        "sraseed",
        "Approved seed plot procedures and hot-water treatment",
        "Sugar research body publishes procedures for approved seed plots: hot-water treatment of cuttings cuts the risk of "
        "ratoon stunting, leaf scald, chlorotic streak, smut and downy mildew, with tight temperature control and circulation.",
    ),
    (
        "pHo017",
        "en",
        "hwt123",
        "Hot water treatment schedules for cane setts",
        "Review of propagation methods gives schedules: 52 °C for 18 min against red rot and smut, 50 °C for 20–30 min against "
        "mealybug and moth borer, and 50 °C for 2 h against ratoon stunting, timing from when the water is back at temperature.",
    ),
    (
        "pHo018",
        "vi",
        "bmcrice",
        "Năm giống lúa chịu mặn cho ven biển miền Tây",
        "Công ty giống giới thiệu 5 giống lúa chịu mặn như OM2517 (chịu 4‰ giai đoạn mạ, 95–100 ngày) cho Bạc Liêu, Sóc Trăng, "
        "Trà Vinh, kèm lưu ý canh tác lúa vùng xâm nhập mặn.",
    ),
    (
        "pHo019",
        "vi",
        "banana",
        "Vi nhân giống chuối ngự bằng nuôi cấy mô",
        "Quy trình nhân giống in vitro chuối ngự Đại Hoàng: môi trường MS + 3 mg/l BA cho hệ số nhân 3,03; ra rễ trên ½MS + "
        "0,1 mg/l NAA; cây con sống 100% trên giá thể cát.",
    ),
    (
        "pHo020",
        "vi",
        "babenh",
        "Nuôi cấy mô sẹo cây bá bệnh (mật nhân)",
        "Viện sinh học nhiệt đới nghiên cứu chất điều hòa sinh trưởng cho mô sẹo cây bá bệnh: MS + 3 mg/l 2,4-D + 2 mg/l TDZ "
        "cho sinh khối mô sẹo cao nhất (3,86 g/mẫu).",
    ),
    (
        "pHo021",
        "vi",
        "ricesoil",
        "Mô hình phục hồi đất lúa suy thoái do nhiễm mặn",
        "Gói kỹ thuật tổng hợp (phân chậm tan, chất cải tạo đất, phụ phẩm hữu cơ) cho đất lúa nhiễm mặn ĐBSCL: hữu cơ tăng "
        "5,4–13,1%, Na+ giảm 5,4–8,1%, hiệu quả kinh tế tăng 22,4% so với trồng lúa truyền thống.",
    ),
    (
        "pHo022",
        "vi",
        "btcane",
        "Chuyển gen kháng sâu cry1Ab vào giống mía VN84-4137",
        "Đề tài đại học chuyển gen cry1Ab và cry1B-1Ab vào giống mía VN84-4137 bằng vi khuẩn Agrobacterium tumefaciens, hướng "
        "tới giống kháng sâu đục thân; mới ở giai đoạn nghiên cứu trong phòng thí nghiệm.",
    ),
    (
        "pHo023",
        "vi",
        "caycn",
        "Thông tin lợi ích sức khỏe của cây mía và nước mía",
        "Trang thông tin giới thiệu nguồn gốc cây mía, đặc điểm thân chứa nhiều đường, công dụng của nước mía với sức khỏe và "
        "một số giống đã khảo kiểm nghiệm ở miền Trung, Tây Nguyên.",
    ),
    # --- mechanised planting, fertilising, harvesting ---
    (
        "pHo024",
        "vi",
        "mtm2d",
        "Máy trồng mía hai hàng đơn từ cây hom MTM-2Đ",
        "Khoa cơ khí trường đại học nông lâm thiết kế, chế tạo và khảo nghiệm máy trồng mía hai hàng đơn dùng nguyên cây hom, "
        "thử tại vùng mía Phú Yên cùng công ty mía đường; chuyển giao bản vẽ và hỗ trợ chế tạo.",
    ),
    (
        "pHo025",
        "vi",
        "nld",
        "Máy trồng mía kết hợp bón phân, 0,3–0,5 ha/giờ",
        "Nhóm nghiên cứu chế tạo máy trồng mía theo hàng và bón phân cùng lúc: 30.000–45.000 hom/giờ, thay khoảng 25 công, giảm "
        "một nửa chi phí trồng; chất lượng tương đương máy ngoại, giá chỉ khoảng 1/4.",
    ),
    (
        "pHo026",
        "vi",
        "ninhhoa",
        "Dịch vụ thu hoạch mía bằng máy, 165.000 đồng/tấn",
        "Nhà máy đường vận hành máy thu hoạch nhập từ Mỹ (8,5 tỷ đồng): trên 3 ha/ngày, khoảng 200 tấn, thay gần 180 công; "
        "chặt sát gốc, băm lá tại ruộng, khúc mía gọn dễ chở; chủ mía giảm khoảng 10 triệu đồng/ha.",
    ),
    (
        "pHo027",
        "vi",
        "songcon2",
        "Cơ giới hóa toàn diện và thu hoạch mía bằng máy Case IH A4000",
        "Công ty mía đường phối hợp nhà cung cấp máy: làm đất, trồng, chăm sóc, thu hoạch bằng máy; máy A4000 đạt 15–20 tấn/giờ, "
        "phí 170.000 đồng/tấn, tạp chất dưới 8%, lá băm phủ ruộng giữ ẩm, hợp ruộng nhỏ hàng đơn.",
    ),
    (
        "pHo028",
        "en",
        "songcon2",
        "Contract mechanical harvesting for small single-row cane fields",
        "Mill-run harvesting service with an A4000 chopper harvester: 15–20 t of cane per hour at 170,000 VND/t, trash under "
        "8%, cane at the factory within 2–3 h of cutting, chopped leaves left as mulch for the next ratoon.",
    ),
    (
        "pHo029",
        "vi",
        "vtv",
        "Máy bốc mía lên xe tại ruộng",
        "Máy bốc mía dạng 'bàn tay' gắp bó mía lên xe tải, thay 7–10 lao động và rút ngắn 2–3 giờ bốc xếp mỗi xe; làm được bất kể "
        "giờ giấc, không phải chờ đủ nhân công mùa thu hoạch.",
    ),
    (
        "pHo030",
        "vi",
        "luugoc",
        "Quy trình xử lý và chăm sóc mía lưu gốc",
        "Hướng dẫn xử lý gốc sau thu hoạch: mía gốc chín sớm hơn mía tơ 15–30 ngày, giảm khoảng 30% chi phí so với trồng mới, "
        "tiết kiệm 5–6 tấn hom/ha; các bước dọn lá, bạt gốc, xới, bón phân, dặm hom.",
    ),
    (
        "pHo031",
        "vi",
        "bimson",
        "Vùi lá mía với chế phẩm vi sinh TH để bồi dưỡng đất",
        "Viện thổ nhưỡng nông hóa: vùi toàn bộ lá mía một ha trả lại 66–98 kg N, 11–14 kg P và 63–89 kg K; có chế phẩm TH năng "
        "suất mía tăng 18–22%, đường tăng 22–26%; dùng 3 năm cải thiện hữu cơ, CEC, độ xốp; lãi thêm 21,6 triệu đồng/ha.",
    ),
    (
        "pHo032",
        "vi",
        "bonphan",
        "Tư vấn bón phân chuyên dùng cho cây mía",
        "Năng suất mía bình quân cả nước dưới 60 tấn/ha trong khi ĐBSCL đã có câu lạc bộ 200 tấn/ha; tư vấn liều lượng, thời điểm "
        "và loại phân chuyên dùng theo giống để tăng năng suất và chữ đường.",
    ),
    (
        "pHo033",
        "vi",
        "tsriwater",
        "Kỹ thuật tưới cho ruộng mía",
        "Viện nghiên cứu mía đường hướng dẫn các phương pháp tưới: nước chiếm trên 70% khối lượng cây mía, ruộng thiếu nước năng "
        "suất có khi chỉ bằng một nửa ruộng đủ nước; chọn kiểu tưới theo giai đoạn sinh trưởng.",
    ),
    (
        "pHo034",
        "vi",
        "tsriharv",
        "Xác định thời điểm và cách thu hoạch mía",
        "Viện nghiên cứu mía đường hướng dẫn chọn thời điểm thu hoạch khi mía chín công nghiệp, cách chặt và vận chuyển để không "
        "mất chữ đường sau một năm chăm sóc.",
    ),
    (
        "pHo035",
        "en",
        "ctcseed",
        "Seed cane harvesting and transport for mechanised planting",
        "Agro-industrial engineers advise on seed cane for billet planters: mechanical planting uses 18–22 t of seed per ha "
        "against 10–12 t by hand, seed being 30–40% of planting cost; harvesting and hauling are tuned to limit bud damage.",
    ),
    (
        "pHo036",
        "en",
        "okinawa",
        "Field evaluation of sugarcane billet planters",
        "University team measured a side-conveyor billet planter with video and GPS: 0.97 m/s, 0.24 ha/h field capacity, "
        "45.7% field efficiency and 7.2 billets per metre against a target of 8–10; method offered for planter trials.",
    ),
    (
        "pHo037",
        "en",
        "sra",
        "Harvesting best practice manual and operator training",
        "Sugar research body's 76-page manual, written with millers and productivity services, covers harvester set-up, ground "
        "speed, extractor fans and cane loss, backed by information sheets, field guides and training events.",
    ),
    (
        "pHo038",
        "en",
        "brazil",
        "Transition from burnt cane to green mechanical harvesting",
        "Industry experience from Brazil's phase-out of pre-harvest burning (complete by 2021 on slopes under 12%): mechanised "
        "green harvesting, soil and water protection, and cutting smoke and CO2 near cane towns.",
    ),
    (
        "pHo039",
        "en",
        "isjgrowers",
        "Contractor services for small-scale cane growers",
        "Study and recommendations on contractors who plant, manage ratoons, harvest and haul for small growers, built from "
        "grower and contractor meetings in mill areas, to raise the quality of cane delivered to the mill.",
    ),
    (
        "pHo040",
        "en",
        "wikiharv",
        "Sugarcane harvester: how the machine works",
        "Reference description of the chopper harvester: cuts stalks at the base, strips leaves, chops cane into billets "
        "loaded into a bin or a haul-out beside it, and throws trash back on the field.",
    ),
    (
        "pHo041",
        "vi",
        "songcon1",
        "Máy phun thuốc nông nghiệp tầm xa 150 m",
        "Trình diễn máy phun công suất lớn tầm phun tới 150 m, 18–20 ha mỗi giờ, dập dịch hại trên diện rộng, giảm tiếp xúc thuốc "
        "bảo vệ thực vật cho người phun.",
    ),
    (
        "pHo042",
        "vi",
        "coffee",
        "Biện pháp bón phân cho cà phê vối",
        "Luận án về liều đạm, lân, kali cho cà phê: một tấn nhân Robusta lấy đi khoảng 40,8 kg N, 5 kg P2O5, 49,6 kg K2O; N và K "
        "giúp hạn chế bệnh khô cành khô quả.",
    ),
    (
        "pHo043",
        "en",
        "migrow",
        "Foliar growth booster for sugarcane, 500 ml per acre",
        "Formulated product for sugarcane said to increase internode length, thickness and cane tonnage; 500 ml per acre as "
        "spray or drench, drip-compatible.",
    ),
    (
        "pHo044",
        "en",
        "karolin",
        "Cane harvest season and billet harvesting explained",
        "Explainer from Queensland: cane grows 12–16 months, is cut June–December by harvesters that top, base-cut and chop "
        "billets; green or burnt harvesting; two or three ratoons before fallow.",
    ),
    # --- pests (stem borers, white grubs) and weeds ---
    (
        "pHo045",
        "vi",
        "ipm4vach",
        "Quy trình IPM sâu đục thân mía bốn vạch đầu nâu",
        "Quy trình quản lý tổng hợp của khuyến nông: giống ít nhiễm (KK3, LK92-11), hom sạch lấp kín, dọn cỏ bờ lô, thu gom băm "
        "vùi lá, tiêu hủy lá ruộng nhiễm nặng, theo dõi để xử lý kịp thời.",
    ),
    (
        "pHo046",
        "en",
        "ipm4vach",
        "IPM package for the brown-headed four-line cane borer",
        "Extension protocol from Tây Ninh: low-susceptibility varieties KK3 and LK92-11, seed setts from 7–10 month cane fully "
        "buried, weed-free field edges, chopping and burying trash, burning leaves of heavily infested fields.",
    ),
    (
        "pHo047",
        "vi",
        "vfc4vach",
        "Nhận diện và xử lý sâu đục thân bốn vạch mới",
        "Công ty thuốc BVTV hướng dẫn nhận diện loài sâu mới (phân như mạt cưa, 6–10 lỗ vũ hóa/lóng, nhiều sâu trong một cây) và "
        "dùng thuốc khi trên 10% lóng bị hại; Tây Ninh từng có gần 1.700 ha nhiễm.",
    ),
    (
        "pHo048",
        "vi",
        "hai5",
        "Phòng trừ 5 loài sâu đục thân hại mía",
        "Cẩm nang của công ty nông dược: nhận diện sâu đục thân 4 vạch, 5 vạch, mình hồng, mình vàng, mình trắng theo giai đoạn "
        "gây hại (mía mầm, đốt ngọn, thân) và biện pháp, thuốc phòng trừ tương ứng.",
    ),
    (
        "pHo049",
        "vi",
        "minhhong",
        "Chẩn đoán sâu đục thân mình hồng trên mía",
        "Ứng dụng chẩn đoán sâu bệnh: mía mầm bị 'nõn héo', cây lớn 'khô ngọn', lỗ đục có bã phân ướt chảy thành dòng; sâu 7–8 "
        "lứa/năm, gây hại nặng tháng 8–9; cắt bỏ, tiêu hủy cây bị hại nặng.",
    ),
    (
        "pHo050",
        "vi",
        "boduoikim",
        "Dùng bọ đuôi kìm thiên địch phòng trừ sâu đục thân mía",
        "Đề tài tại vùng nguyên liệu Lam Sơn nghiên cứu nhân nuôi và thả bọ đuôi kìm để diệt sâu đục thân, giảm thuốc hóa học, "
        "góp phần nâng năng suất mía vốn chỉ 49,7 tấn/ha bình quân.",
    ),
    (
        "pHo051",
        "vi",
        "phuyen",
        "Khuyến nông hướng dẫn phòng trừ sâu đục thân chấm đen và mình hồng",
        "Trung tâm khuyến nông hướng dẫn nhận biết sâu đục thân chấm đen (hại khi mía 1–2 lóng) và mình hồng (từ 5–7 lóng), chọn "
        "giống kháng, làm đất kỹ, dọn cỏ và tàn dư quanh ruộng.",
    ),
    (
        "pHo052",
        "vi",
        "sung2lua",
        "Phòng trừ sùng trắng hại mía",
        "Chuyên gia hướng dẫn nhận diện sùng trắng (ấu trùng bọ hung, hình chữ C) cắn rễ non và thân ngầm, hại nặng tháng 3–5 khi "
        "mía đẻ nhánh sau mưa đầu mùa, và biện pháp phòng trừ cho mía tơ lẫn mía gốc.",
    ),
    (
        "pHo053",
        "vi",
        "bohungden",
        "Phòng trừ bọ hung đen hại gốc mía",
        "Tài liệu kỹ thuật: bọ hung đen đẻ trứng quanh gốc, sâu non tuổi 3 sống khoảng 150 ngày dưới đất gặm rễ, phá rộ tháng 3–4 "
        "khi mía đẻ nhánh; ruộng lưu gốc tích lũy nhiều sâu; biện pháp canh tác và hóa học.",
    ),
    (
        "pHo054",
        "vi",
        "saumia",
        "Thuốc hạt rải hom và ngâm nước trừ bọ hung, bọ trĩ, rệp",
        "Rải thuốc hạt 20–30 kg/ha trước khi đặt hom hoặc trước vun gốc lần 1 để trừ bọ hung; luân canh hoặc cho nước ngâm ruộng "
        "2–3 ngày; phun trừ bọ trĩ 1–1,5 lít/ha; cách xử lý rệp bông trắng.",
    ),
    (
        "pHo055",
        "vi",
        "miagoc",
        "Phòng trừ mối, sùng, rệp trên mía và xác định độ chín",
        "Giáo trình kỹ thuật: rải thuốc hạt 25–30 kg/ha theo rãnh trừ mối, xử lý đất hoặc luân canh trừ sùng trắng, bóc lá già và "
        "thu gom lá trừ rệp bông, rệp sáp; căn cứ giống, nước tưới, khí hậu để xác định độ chín.",
    ),
    (
        "pHo056",
        "vi",
        "nuoitrong",
        "Các loại sâu bệnh thường gặp trên mía và cách phòng",
        "Tổng hợp sâu mình hồng, sâu bốn vạch, bệnh than (roi ngựa) hay gặp ở VĐ 86-368, bệnh thối đỏ ở QĐ11; chọn giống kháng, vệ "
        "sinh đồng ruộng, rải thuốc trước khi đặt hom, bón ít đạm tăng kali.",
    ),
    (
        "pHo057",
        "en",
        "assct",
        "Metarhizium strains against canegrubs in ratoon cane",
        "Trials applied Metarhizium anisopliae on rice grains with paired coulters into cane rows: strain FI147 at a high rate "
        "matched chemical insecticides against negatoria canegrub; it acts slowly and works best as a preventive treatment.",
    ),
    (
        "pHo058",
        "en",
        "dharwad",
        "Metarhizium biocontrol of sugarcane white grub",
        "Agricultural university field trials: Metarhizium at 1x10^13 conidia/ha cut Holotrichia serrata grubs by 91.95% at "
        "60 days and gave 94.21 t/ha cane, on par with chlorpyriphos, with incremental benefit-cost ratio 7.83.",
    ),
    (
        "pHo059",
        "en",
        "longhorn",
        "Green muscardine fungus against the longhorn stem borer",
        "Metarhizium grown on cooked rice (2.7x10^8 spores/g) spread once at 80 kg/ha in cane fields of Suphanburi and "
        "Kanchanaburi killed on average about 35% of longhorn borer larvae; effect on cane yield assessed.",
    ),
    (
        "pHo060",
        "en",
        "philsurin",
        "White grub monitoring and management manual for sugarcane",
        "Sugar research institute manual (48 pages): life history of the June beetle, beetle and grub detection and monitoring "
        "in cane fields, cultural control such as exposing grubs and flooding, biological and chemical options, IPM.",
    ),
    (
        "pHo061",
        "en",
        "bighaat",
        "Sugarcane white grub management plan",
        "Agronomy advisory on Holotrichia grubs that can cut cane yield up to 100% and sugar recovery 5–6%: symptoms (yellowing, "
        "canes pulled out easily, lodging), cultural, mechanical, biological and chemical control.",
    ),
    (
        "pHo062",
        "en",
        "pestsdis",
        "White grub life cycle and integrated control in sugarcane",
        "Guide to Holotrichia serrata: one-year life cycle, third-instar grubs feeding 3–4 months, beetles emerging with first "
        "rains; digging to find C-shaped larvae, light trapping of beetles, biological and chemical treatments.",
    ),
    (
        "pHo063",
        "en",
        "agrostar",
        "Soil-applied granules against early shoot borer",
        "Agri-input advisory: shoot borer causes dead hearts in young cane; since spraying is impractical, apply "
        "chlorantraniliprole 0.4 GR at 10–15 kg/ha or fipronil 0.3 GR at 25–33 kg/ha to the soil.",
    ),
    (
        "pHo064",
        "en",
        "kisansuv",
        "Pre-emergence weed control programme for sugarcane",
        "Weeds can cut cane yield by 17.2–35.4 t/ha; about 30 of 200 weed species matter. Atrazine 1.5–2 kg a.i./ha sprayed on "
        "day 3–4 after planting with a flat-fan nozzle, followed by irrigation; alternatives metribuzin, diuron, pendimethalin.",
    ),
    (
        "pHo065",
        "en",
        "minicult",
        "Minimum-cultivation cane with residual herbicides",
        "Research result: weed-free uncultivated cane gave 100%, 95% and 88% of cultivated yields in plant, first and second "
        "ratoon; fenac 5 kg/ha or terbacil 1.8 kg/ha pre-emergence; purple nutsedge still needs periodic cultivation.",
    ),
    (
        "pHo066",
        "en",
        "preemerg",
        "Pre-emergence weedicides for sugarcane: atrazine and metolachlor",
        "Advisory on applying atrazine or metolachlor to the soil before weeds emerge, for broadleaf and grass control through "
        "the critical early growth of cane, with dose and label guidance.",
    ),
    (
        "pHo067",
        "en",
        "weedsint",
        "Integrated weed control: herbicides, intercropping, trash mulch",
        "Practical guide combining timely herbicides with legume intercrops in cane rows, hoeing and mechanical cultivation, "
        "mulching with cane trash or cover crops, and better fertility and drainage to help cane outgrow weeds.",
    ),
    (
        "pHo068",
        "en",
        "ollama",
        "TinyLLaMA-Sugarcane question-answering model",
        "Small language model fine-tuned from TinyLLaMA-1.1B on over 2,000 question-answer pairs from the sugar-energy "
        "industry, downloadable to run locally.",
    ),
    (
        "pHo069",
        "en",
        "kissanai",
        "Climate-resilient agriculture Q&A dataset (sugarcane pests)",
        "Open dataset of instruction-answer pairs for training chat assistants on sustainable pest management, e.g. lists of "
        "Indian varieties resistant to early shoot borer (CO 312, CO 421...) and intercropping advice.",
    ),
    # --- small mills: jaggery, brown sugar, syrup ---
    (
        "pHo070",
        "vi",
        "tienphong",
        "Truyền nghề nấu đường bát thủ công",
        "Lò đường bát gia đình ở Quế Sơn (Đà Nẵng) giữ nghề nhiều thập kỷ: nước mía lọc sạch cặn, nấu nồi gang nhiều giờ khuấy đều, "
        "khi sánh múc sang thùng gỗ mít đánh đều rồi rót vào bát nhôm quét dầu.",
    ),
    (
        "pHo071",
        "vi",
        "nghiahung",
        "Thiết kế bếp ba chảo nấu mật, làm đường phên",
        "Xưởng ở Nghĩa Hưng (Nghệ An) xây bếp bê tông ba chảo: chảo nấu mật, chảo có động cơ đánh tan mật, chảo hâm mật dự trữ; "
        "mật cất trong 250 thùng inox trên 50 lít để làm quanh năm; làm đường phên, đường phèn.",
    ),
    (
        "pHo072",
        "vi",
        "duongphen24",
        "Đường phên, đường phèn đạt chuẩn OCOP 3 sao",
        "Làng nghề khoảng 150 xưởng lớn trên 1.300 ha mía: đầu tư máy móc, đổ mật vào khuôn gỗ làm đường phên, bán 27.000–28.000 "
        "đồng/kg, lãi khoảng 600.000 đồng/ngày mỗi cơ sở; sản phẩm đạt OCOP 3 sao.",
    ),
    (
        "pHo073",
        "vi",
        "duongphoi",
        "Quy trình sản xuất đường phèn, đường phổi, đường thủ công",
        "Tài liệu của viện công nghệ sinh học – thực phẩm: kỹ thuật làm đường cát thủ công, đường thẻ, đường phèn, đường phổi, "
        "mạch nha; nghề đường thủ công từng chiếm hơn 2/3 trong 70.000 tấn đường mỗi năm giai đoạn 1939–1941.",
    ),
    (
        "pHo074",
        "en",
        "duongphoi",
        "Process training: rock sugar and traditional lump sugars",
        "Food technology institute notes covering handmade granulated sugar, slab sugar, rock sugar, 'puffed' sugar and malt "
        "syrup, with step-by-step cooking, crystallising and drying, for small workshops.",
    ),
    (
        "pHo075",
        "vi",
        "matthanhhoa",
        "Kinh nghiệm nấu mật mía: ép, nấu, vớt bọt, lọc",
        "Lò mật mía ở Thạch Thành (Thanh Hóa): mỗi mẻ 5–6 giờ, vớt bọt khi sôi, lọc qua vải màn lấy mật sánh mịn màu cánh gián; mía "
        "nguyên liệu 1,2–1,3 triệu đồng/tấn; cao điểm vụ Tết.",
    ),
    (
        "pHo076",
        "en",
        "matthanhhoa",
        "Cane syrup (molasses-style) cooking know-how",
        "Village syrup makers share their method: 5–6 h batches, skimming the foam as the juice boils, filtering through "
        "muslin for a smooth amber syrup, and choosing well-ripened cane as the main quality factor.",
    ),
    (
        "pHo077",
        "vi",
        "dantrimat",
        "Mô hình lò mật mía hộ gia đình: 200 tấn mía ra 20 tấn mật",
        "Hộ ở Kim Tân (Thanh Hóa) mỗi năm nấu khoảng 200 tấn mía được gần 20 tấn mật, bán 18.000 đồng/kg, thu trên 300 triệu, lãi "
        "khoảng 200 triệu đồng; công ép mía, nấu mật 300.000 đồng/ngày.",
    ),
    (
        "pHo078",
        "vi",
        "quangngai",
        "Nghề đường muỗng và bộ che ép mía Quảng Ngãi",
        "Tư liệu về nghề trồng mía nấu đường muỗng truyền thống Quảng Ngãi: che ép mía, thợ nấu đường, lọc nước mía trong rồi nấu "
        "thành đường; vùng đất phù sa ven sông thích hợp cho mía.",
    ),
    (
        "pHo079",
        "en",
        "chawadi",
        "Jaggery manufacturing course",
        "Course on jaggery: crush cane, filter the juice, boil in shallow iron pans, clarify with okra (bhindi) instead of "
        "chemical bleach, skim scum, then cool in moulds of 1 kg upward; about 10 kg jaggery per 100 kg cane.",
    ),
    (
        "pHo080",
        "en",
        "tctd",
        "Continuous, hygienic and energy-efficient jaggery plant",
        "Feasibility study of a continuous jaggery process untouched by hand, replacing open-fire batch pans that need 18–22 "
        "labourers; aims at standard quality, longer shelf life, lower fuel use and no colour chemicals.",
    ),
    (
        "pHo081",
        "en",
        "cftri",
        "Jaggery from sugarcane: project profile and know-how",
        "Project profile based on know-how from a national food technology institute: simple process and small investment, "
        "unit sited near cane fields, market seasonal with about six months of availability and short shelf life.",
    ),
    (
        "pHo082",
        "en",
        "wideo",
        "Small seasonal jaggery plant fired with bagasse",
        "Punjab village plants crush cane, settle juice in a tank to drop mud, boil it in a row of shallow pans over earthen "
        "furnaces fired with dried bagasse, stir and skim, and move the juice from pan to pan until it sets.",
    ),
    (
        "pHo083",
        "en",
        "kakavi",
        "Liquid jaggery (kakavi) and jaggery products",
        "Review of jaggery as an agro-industry (20–30% of cane, about 7 million t, 2.5 million jobs): liquid jaggery (kakavi) "
        "is gaining commercial value; jaggery holds about 2.8 g/100 g mineral salts against 300 mg/kg in refined sugar.",
    ),
    (
        "pHo084",
        "vi",
        "cayhoala",
        "Nấu đường thốt nốt nguyên chất",
        "Kinh nghiệm của lò đường thốt nốt An Giang: phân biệt đường thốt nốt nguyên chất và pha trộn, nấu dạng mềm đổ keo hay "
        "dạng viên, bảo quản ngăn mát.",
    ),
    (
        "pHo085",
        "vi",
        "binhtrung",
        "Nấu đường mật bán cho người nuôi trồng",
        "Lò ép mía truyền thống cuối cùng ở Bình Trung (Quảng Ngãi) chuyển từ đường muỗng, đường sệt sang nấu đường mật bán cho "
        "người nuôi trồng; mỗi phi đường 300 kg từng đổi được 3 chỉ vàng.",
    ),
    # --- cane-juice stalls, bottled juice, hygiene and shelf life ---
    (
        "pHo086",
        "vi",
        "mytour",
        "Khuyến cáo vi sinh và cách giữ nước mía",
        "Nước mía vỉa hè có thể chứa 25 loại vi khuẩn, 23 loại nấm, tới 6,0×10^5 cfu/ml; lên men thành axit axetic, pyruvic nên "
        "chua và nâu; để ngăn đá tủ lạnh giữ được khoảng 3 tháng không cần hóa chất, ngăn mát hỏng sau khoảng 8 giờ.",
    ),
    (
        "pHo087",
        "vi",
        "longchau",
        "Hướng dẫn bảo quản nước mía không bị đen, bị chua",
        "Nhà thuốc hướng dẫn: ở 26–30°C nước mía chỉ nên dùng trong 1–2 giờ sau khi ép; nguyên nhân bị đen, bị chua và mẹo bảo quản "
        "lạnh, đựng kín để giữ màu và vị.",
    ),
    (
        "pHo088",
        "vi",
        "dienmaynd",
        "Máy ép nước mía siêu sạch và quy trình sơ chế",
        "Cửa hàng điện máy cung cấp máy ép mía siêu sạch và chỉ ra các khâu gây bẩn: cạo vỏ tay không bảo hộ, để mía xuống nền, chở "
        "không che; khuyến nghị rửa lại mía, che đậy, vệ sinh máy trước khi ép.",
    ),
    (
        "pHo089",
        "vi",
        "easireal",
        "Dây chuyền xử lý nhiệt đồ uống: UHT, HTST, ESL",
        "Nhà sản xuất thiết bị đồ uống cung cấp giải pháp xử lý nhiệt: UHT 135–150°C bảo quản nhiều tháng không cần lạnh; HTST "
        "khoảng 72°C trong 15–30 giây cần trữ lạnh vài ngày đến vài tuần; ESL 85–100°C kéo dài hạn dùng.",
    ),
    (
        "pHo090",
        "vi",
        "scielo",
        "Quy trình nước mía chuẩn hóa, thanh trùng 95°C/30 giây",
        "Chuyển giao quy trình: chuẩn hóa nước mía 19,4 °Brix, pH 4,35, thanh trùng 95°C trong 30 giây, chiết rót siêu sạch; hạn "
        "dùng 94 ngày ở 4°C, 74 ngày ở 8°C, 26 ngày ở 12°C.",
    ),
    (
        "pHo091",
        "vi",
        "faisal",
        "Kiểm nghiệm vi sinh nước mía và đá bán lẻ",
        "Dịch vụ lấy mẫu và phân tích coliform, coliform phân, E. coli trong nước mía và đá: khảo sát 65 mẫu nước mía và 30 mẫu đá "
        "bán rong cho thấy 2×10^3–3×10^7 cfu/ml; đề xuất biện pháp cho cơ quan quản lý.",
    ),
    (
        "pHo092",
        "en",
        "scielo",
        "Standardised pasteurised cane juice with 94-day chilled shelf life",
        "Hurdle-technology process: juice standardised to 19.4 °Brix, 0.085% acidity, pH 4.35, pasteurised 95 °C/30 s and "
        "ultra-clean filled; shelf life 94, 74 and 26 days at 4, 8 and 12 °C with good sensory scores.",
    ),
    (
        "pHo093",
        "en",
        "sciforum",
        "Microwave pasteurisation and preservatives for bottled cane juice",
        "University method: microwave pasteurisation at 80–90 °C for 15–20 min plus sodium benzoate and citric acid (1:2 g/L) "
        "in 120 ml PET bottles kept ready-to-drink juice acceptable for 40 days at 5 °C.",
    ),
    (
        "pHo094",
        "en",
        "hpp",
        "High-pressure (600 MPa) pasteurisation of sugarcane juice",
        "HPP at 600 MPa for 6 min cut aerobic bacteria, coliforms and yeasts like heat pasteurisation but kept pH, acidity, "
        "soluble solids and taste close to fresh juice over 28 days chilled; invertase activity fell to about 88%.",
    ),
    (
        "pHo095",
        "en",
        "gamma",
        "Gamma irradiation plus preservatives for raw cane juice",
        "5 kGy gamma radiation with citric acid 0.3%, sodium benzoate 0.015%, potassium sorbate 0.025% and 10% sucrose kept "
        "raw juice safe 15 days at 26 °C and 35 days at 10 °C, antioxidants unaffected.",
    ),
    (
        "pHo096",
        "en",
        "springrev",
        "Review and advice on cane juice preservation technologies",
        "Critical review of chemical, thermal and non-thermal preservation of cane juice: pasteurisation is common but costs "
        "flavour, colour and nutrients; non-thermal methods are gaining ground; guidance on choosing a technique.",
    ),
    (
        "pHo097",
        "en",
        "faisal",
        "Microbiological testing of street-vended cane juice and ice",
        "Survey method for 65 juice and 30 ice samples from street vendors: coliforms, faecal coliforms and E. coli by standard "
        "methods; counts of 2x10^3–3x10^7 CFU/ml in juice, ice also contaminated.",
    ),
    (
        "pHo098",
        "en",
        "saocarlos",
        "Hygiene audit of cane juice stands and handlers' hands",
        "University lab tested 24 point-of-sale samples: 25% exceeded thermo-tolerant coliform limits, coliforms found on 37% "
        "of handlers' hands; a questionnaire showed 62% of vendors did not follow food-handling hygiene.",
    ),
    (
        "pHo099",
        "en",
        "jeli",
        "Swab and film testing of juice stalls with GHP recommendations",
        "Study of stalls selling cane juice and coconut water: the juice extractor carried the highest count (4.13 log CFU), "
        "26.67% of preparation surfaces had presumptive E. coli, aprons carried Staphylococcus; good hygiene practices advised.",
    ),
    (
        "pHo100",
        "en",
        "bangla",
        "Physico-chemical and microbial profiling of street cane juice",
        "Assessment of cane juice from street vendors in three regions: pH, brix and other chemical traits with microbial loads, "
        "to judge safety and set hygiene advice.",
    ),
    (
        "pHo101",
        "vi",
        "nghitin",
        "Dây chuyền sản xuất đồ uống tự động",
        "Nhà cung cấp dây chuyền đồ uống hiện đại: chuỗi máy móc nối tiếp từ nguyên liệu đến thành phẩm, tự động hóa để sản xuất hàng "
        "loạt, chất lượng đồng đều.",
    ),
    (
        "pHo102",
        "vi",
        "atiso",
        "Quy trình sản xuất nước atiso đóng chai",
        "Sinh viên cao đẳng công nghệ xây dựng quy trình nước atiso: trích ly 1:30, 25 phút, 95°C cho cynarin cao nhất; syrup "
        "17 Bx, bổ sung 0,05% axit citric.",
    ),
    (
        "pHo103",
        "en",
        "maxstore",
        "How long sugarcane juice keeps at home",
        "Consumer tips: fresh juice 24–48 h in the fridge in an airtight container, several months frozen, about a week if "
        "heated; check smell and colour before drinking.",
    ),
    (
        "pHo104",
        "en",
        "starters",
        "Home storage guide for sugarcane juice",
        "Household guide on what shortens the life of juice (processing, temperature, sanitation, packaging) and advice to use "
        "airtight glass bottles and keep juice cool.",
    ),
    # --- bagasse: boiler fuel, tableware, paper ---
    (
        "pHo105",
        "vi",
        "joyfood",
        "Bao bì, hộp, tô từ bã mía thay đồ nhựa",
        "Doanh nghiệp thực phẩm giới thiệu bao bì sinh học từ bã mía (cellulose, hemicellulose, lignin): thay hộp, tô nhựa, tránh đốt "
        "bỏ bã ngoài đồng, phân hủy sinh học; mía thu hoạch sau 12–18 tháng nên nguồn nguyên liệu dồi dào.",
    ),
    (
        "pHo106",
        "vi",
        "rvc",
        "Sản phẩm từ bã mía: hộp, ly, chén, ống hút, bột giấy",
        "Công ty hộp giấy cung cấp và tư vấn các sản phẩm từ bã mía: hộp đựng thức ăn, ly, dĩa, chén, tô, muỗng nĩa, ống hút, bột "
        "giấy, ván ép, nguyên liệu đốt và thức ăn gia súc.",
    ),
    (
        "pHo107",
        "vi",
        "newtech",
        "Tận dụng bã mía sau ép: lò hơi, phân trộn, bao bì",
        "Hãng máy ép mía giới thiệu hướng dùng bã: đốt lò hơi nhà máy đường và phát điện (kèm nhược điểm thải CO2), ủ phân trộn, làm "
        "bao bì, đồ dùng thực phẩm phân hủy được.",
    ),
    (
        "pHo108",
        "vi",
        "sincere",
        "Sản xuất hộp, đĩa bã mía ép nhiệt 8–10 MPa",
        "Quy trình nhà máy: băm, rửa bã, hấp hơi diệt khuẩn, nghiền bột, ép khuôn nóng 8–10 MPa; kiểm tra chịu nhiệt -40 đến 200°C, "
        "chống dầu nước, cắt bavia, in logo; đạt tiêu chuẩn an toàn thực phẩm.",
    ),
    (
        "pHo109",
        "vi",
        "bioenergy",
        "Tư vấn đốt bã mía lò hơi theo độ ẩm",
        "Bã mía chiếm 22–36% khối lượng mía, ẩm 45–52%: ép tốt cho bã 45% ẩm, 52% là ép kém; phần lớn lò thiết kế đốt bã khoảng 50% "
        "ẩm; nhiệt trị phụ thuộc độ ẩm và lượng đường sót.",
    ),
    (
        "pHo110",
        "en",
        "parason",
        "Bagasse plate-making machinery",
        "Machine maker supplies pulping systems (0.3–0.5% pulp consistency with oil and water resistant additives), automatic "
        "tableware forming machines, edge trimmers and moulds; one former makes about 0.5 t/day, six make 3 t/day.",
    ),
    (
        "pHo111",
        "en",
        "hghy",
        "Bagasse tableware production line, step by step",
        "Pulp-moulding line supplier: cleaning and screening bagasse, pulping and refining, vacuum forming on moulds under PLC "
        "control of consistency, vacuum and time, then hot pressing, trimming and packing.",
    ),
    (
        "pHo112",
        "en",
        "laurel",
        "Compostable bagasse plates and bowls from dry pulpboard",
        "Manufacturer converts wet bagasse pulp into dry pulpboard to remove impurities, mixes it with anti-oil and anti-water "
        "agents, and presses up to six plates or nine bowls per cycle; products tested for oil and water resistance.",
    ),
    (
        "pHo113",
        "en",
        "sincere",
        "Bagasse bowls, plates and boxes pressed at 8–10 MPa",
        "Packaging maker: bagasse shredded, washed and steam-sanitised, pulped with natural binders, moulded under 8–10 MPa heat "
        "and pressure; tested for -40 to 200 °C, oil and water repellency and strength; custom printing.",
    ),
    (
        "pHo114",
        "en",
        "nanya",
        "Integrated forming and hot-pressing machine for pulp tableware",
        "Machine with a 6-axis robot combining forming, drying, hot pressing, trimming and stacking in one unit; pulp-moulded "
        "tableware is water and oil proof, microwave-safe and degrades in 60–90 days.",
    ),
    (
        "pHo115",
        "en",
        "fineshine",
        "Bagasse tableware from sugar-mill residue",
        "Producer in Guangxi turns sugar-mill bagasse into pulp and shapes tableware at high temperature and pressure; short "
        "fibres suit rigid moisture-resistant dishes better than tissue; products degrade in about 90 days.",
    ),
    (
        "pHo116",
        "en",
        "palak",
        "Sugarcane bagasse plates and bowls supply",
        "Supplier of compostable bagasse plates and bowls pressed with high heat and pressure, rigid, suited to hot, wet and oily "
        "food, outperforming paper or EPS.",
    ),
    (
        "pHo117",
        "en",
        "jsml",
        "Bagasse as boiler fuel and fibre raw material",
        "Sugar mill explains bagasse use as captive boiler fuel for steam and power and as cellulose for pulp, paper, particle "
        "board and cattle feed, with energy-saving measures to free surplus bagasse.",
    ),
    (
        "pHo118",
        "en",
        "bioenergy",
        "Bagasse energy potential and fuel quality consulting",
        "Bioenergy consultants: bagasse is 22–36% of cane at 45–50% moisture; calorific value falls with moisture (45% good "
        "milling, 52% poor); most boilers burn about 50% moisture bagasse; also feedstock for ethanol and paper.",
    ),
    (
        "pHo119",
        "en",
        "taylorboiler",
        "Bagasse-fired boiler design know-how",
        "Boiler engineering reference: why simple pile-burning step-grate and horseshoe boilers of low capacity and pressure "
        "suited remote mills, and how modern bagasse boilers are integrated with plant steam and power.",
    ),
    (
        "pHo120",
        "en",
        "cogen",
        "Cogeneration planning for bagasse-fired sugar factories",
        "Engineering analysis of bagasse cogeneration: energy-efficient factories export power; balancing high- and low-pressure "
        "steam to avoid venting, and bagasse storage and transport when by-products compete for fibre.",
    ),
    (
        "pHo121",
        "en",
        "askfox",
        "Small-scale bagasse pulp mills (Cuban experience)",
        "Non-wood fibre programme draws on Cuba's experimental centre for high-yield bagasse pulp in small mills: energy-"
        "efficient sugar mill frees surplus bagasse, low-cost pulping; bagasse gives 45% of Mexico's pulp.",
    ),
    (
        "pHo122",
        "en",
        "cedarstone",
        "Bagasse fibre for paper: properties and pulping",
        "Paper maker's guide: bagasse is 40–50% cellulose, fibres 1.0–1.5 mm like hardwood; soda or soda-AQ pulping because "
        "silica troubles kraft recovery; blend with long fibre for strong packaging board.",
    ),
    (
        "pHo123",
        "en",
        "blurtit",
        "Bagasse as newsprint raw material",
        "Explainer: bagasse pulp is used for newsprint in Latin America and India, bleaches easily with fewer chemicals and "
        "less energy, but needs wood fibre for strength, and supply competes with mill fuel.",
    ),
    (
        "pHo124",
        "vi",
        "baobigiay",
        "Tìm hiểu vật liệu bao bì giấy cho thực phẩm",
        "Báo cáo môn bao gói thực phẩm: đặc tính bao bì giấy, nguyên liệu và quy trình sản xuất giấy, kiểm tra chất lượng và ứng "
        "dụng cho nước giải khát, sữa, rau quả, thịt cá.",
    ),
    (
        "pHo125",
        "en",
        "sunshine",
        "30 MW renewable cogeneration plants at sugar mills",
        "Joint venture of a milling co-operative and a power utility building two 30 MW cogeneration plants fired by bagasse, "
        "cane leaf and woody weeds, supplying whole towns with renewable electricity.",
    ),
    (
        "pHo126",
        "en",
        "usaid",
        "Advanced bagasse cogeneration with power export (India)",
        "Seven-year, 19 million USD donor programme promoting year-round high-pressure cogeneration in Indian sugar mills with "
        "grid export, estimated potential about 3,500 MWe.",
    ),
    (
        "pHo127",
        "en",
        "wilmar",
        "Bagasse-fired power for large sugar mills",
        "Large miller burns bagasse in big boilers for factory steam and grid electricity, stockpiling bagasse to cogenerate "
        "outside the crushing season and restart mills each year.",
    ),
    # --- molasses, vinasse, filter-mud compost ---
    (
        "pHo128",
        "vi",
        "may3a",
        "Kỹ thuật ủ bã mía, bã bùn làm phân hữu cơ",
        "Hãng máy nông nghiệp hướng dẫn ủ bã mía và bã bùn (giàu đạm, lân, lưu huỳnh, canxi) làm phân hữu cơ; ngành mía thải mỗi vụ "
        "4,5 triệu tấn bã, 500.000 tấn bã bùn, 500.000 tấn rỉ mật; kèm máy móc phục vụ ủ.",
    ),
    (
        "pHo129",
        "vi",
        "tgmnn",
        "Cách ủ bã mía thành phân hữu cơ vi sinh",
        "Công ty máy nông nghiệp: 41 nhà máy, 15,76 triệu tấn mía ép mỗi vụ; bã bùn gây hôi thối khi đổ bỏ nhưng là nguồn phân tốt cho "
        "mía; quy trình ủ bã mía thành phân hữu cơ vi sinh phục vụ sản xuất.",
    ),
    (
        "pHo130",
        "vi",
        "maychannuoi",
        "Sản xuất phân vi sinh từ bã mía từ A đến Z",
        "Hướng dẫn sản xuất phân vi sinh từ bã mía, mùn mía: chuẩn bị nguyên liệu, men vi sinh, đảo trộn, theo dõi nhiệt ẩm, kèm "
        "thiết bị nghiền, trộn cho cơ sở nhỏ.",
    ),
    (
        "pHo131",
        "vi",
        "md333",
        "Hỗ trợ bã bùn và hướng dẫn ủ phân vi sinh cho người trồng mía",
        "Công ty mía đường hỗ trợ bã bùn cho nông dân và hướng dẫn ủ phân vi sinh: bã bùn sinh ra ở khâu lắng lọc nước mía, chủ yếu "
        "là bã mía mịn và chất huyền phù; ủ với vi sinh vật có ích rồi bón cho mía.",
    ),
    (
        "pHo132",
        "en",
        "md333",
        "Filter-mud (press mud) compost support for cane growers",
        "Sugar company gives growers its filter mud free and trains them to compost it with beneficial microbes: the mud comes "
        "from juice clarification and is mostly fine bagasse and settled solids, returned to cane fields as fertiliser.",
    ),
    (
        "pHo133",
        "vi",
        "rimat",
        "Sử dụng rỉ mật làm thức ăn gia súc",
        "Tổng quan của chuyên gia chăn nuôi: rỉ mật bằng khoảng 1/3 sản lượng đường, 100 tấn mía cho 3–4 tấn rỉ; thành phần trung bình "
        "20% nước, 35% sucroza, 12% khoáng; cách phối trộn cho gia súc nhai lại.",
    ),
    (
        "pHo134",
        "en",
        "rimat",
        "Molasses-based feeding for ruminants",
        "Animal scientist's guide: cane molasses averages 20% water, 35% sucrose, 7% glucose, 9% fructose and 12% minerals, "
        "with 3–4 t per 100 t cane crushed; how to mix it into cattle rations and its limits.",
    ),
    (
        "pHo135",
        "vi",
        "hoaphat",
        "Cung cấp mật rỉ đường cho chăn nuôi, vi sinh, lên men",
        "Doanh nghiệp bán mật rỉ đường: phụ gia thức ăn chăn nuôi, tăng hoạt tính sinh học đất, nuôi vi sinh trong xử lý nước thải "
        "hiếu khí, nguyên liệu lên men rượu; 100 tấn mía cho 3–4 tấn rỉ.",
    ),
    (
        "pHo136",
        "vi",
        "biohr",
        "Chế phẩm BIO-HR từ nước thải sau chưng cất cồn",
        "Viện sinh học nhiệt đới dùng nước thải chưng cất cồn của nhà máy rượu làm môi trường nuôi Bacillus, Lactobacillus (≥10^7 "
        "CFU/ml) và Saccharomyces (≥10^6), pH 4–5, không coliform, bảo quản trên một tháng, dùng cho chăn nuôi.",
    ),
    (
        "pHo137",
        "vi",
        "pgbhg",
        "Phân sinh học đa chủng cho mía đường, lúa, bắp, khóm",
        "Đề tài đại học sản xuất phân sinh học đa chủng cho cây trồng Hậu Giang: vi khuẩn cố định đạm Gluconacetobacter "
        "diazotrophicus trong mía, vi khuẩn hòa tan lân, giảm phân đạm hóa học.",
    ),
    (
        "pHo138",
        "vi",
        "venez",
        "Tư vấn tưới vinasse thay một phần phân khoáng cho mía",
        "Thí nghiệm ba vụ (mía tơ, gốc 1, gốc 2) với vinasse 0–100 m3/ha: tốt nhất 50 m3/ha cho mía tơ và 100 m3/ha cho mía gốc; "
        "liều 50 m3/ha đáp ứng 55% N, 72% P2O5 và 100% K2O, giảm ô nhiễm nguồn nước.",
    ),
    (
        "pHo139",
        "en",
        "vinassegx",
        "Long-term vinasse application on cane soils",
        "Academy of agricultural sciences trials in Guangxi: vinasse at 75 t/ha plus 30 t/ha water for 2–3 seasons lowered soil "
        "bulk density and raised total and capillary porosity against water or standard fertiliser.",
    ),
    (
        "pHo140",
        "en",
        "venez",
        "Vinasse dosing with mineral fertiliser for plant and ratoon cane",
        "Split-plot trials over plant cane and two ratoons: vinasse doses of 25–100 m3/ha with three NPK levels; 50 m3/ha best "
        "for plant cane, 100 m3/ha for ratoons; 50 m3/ha met 55% of N, 72% of P2O5 and all K2O needs.",
    ),
    (
        "pHo141",
        "en",
        "ipni",
        "Filter cake and vinasse in cane fertiliser programmes",
        "Fertiliser handbook: after 150 t/ha filter cake, N can drop by 80, 40 and 20 kg/ha in plant, first and second ratoon; "
        "one tonne of cane gives about 35 kg filter cake and 40 kg molasses or 156 l vinasse; vinasse carries most of the K.",
    ),
    (
        "pHo142",
        "en",
        "hindawi",
        "Using filter cake and vinasse as soil improvers",
        "Review on recycling sugar and alcohol residues: filter cake rich in P and organic matter replaces part of mineral "
        "fertiliser and suits composting; vinasse replaces K; mechanised harvest leaves 6–24 t/ha trash; site-specific rates.",
    ),
    (
        "pHo143",
        "en",
        "unica",
        "Vinasse and filter cake as organic fertilisers (Brazilian practice)",
        "Cane industry association describes how Brazilian mills return filter cake (rich in phosphorus) and vinasse (potassium, "
        "organic matter) to fields in place of bought fertilisers, improving soil health.",
    ),
    (
        "pHo144",
        "en",
        "frontiers",
        "Molasses and spentwash as soil amendments: evidence review",
        "University systematic review: molasses and vinasse contain plant nutrients and organic matter that improve soil "
        "physical, chemical and biological properties and can outperform chemical fertiliser when dosed properly.",
    ),
    (
        "pHo145",
        "en",
        "brch9",
        "Vinasse fertigation and nutrient recycling in cane",
        "Book chapter on Brazil's cane fertiliser use: cane uses less fertiliser than cotton, coffee or oranges (Australia 48% "
        "more) thanks to recycling vinasse and filter cake; vinasse applied as ferti-irrigation to optimise potassium.",
    ),
    (
        "pHo146",
        "en",
        "papermart",
        "Mill mud, boiler ash and bagasse composting at a sugar mill",
        "Australian co-operative mill composts bagasse with mill mud and boiler ash for sale (even exported), and plans a "
        "furfural plant extracting resin from bagasse before it returns to the boiler or compost.",
    ),
    (
        "pHo147",
        "vi",
        "brewery",
        "Dùng bùn thải nhà máy bia làm phân bón",
        "Đại học phân tích bùn thải xử lý nước thải nhà máy bia: pH 6,6–6,8, hữu cơ 37–55%, N 1,8–2,4%, P2O5 3,3–5%, kim loại nặng "
        "dưới ngưỡng; coliform giảm khi phơi, dùng bón cây trồng.",
    ),
    (
        "pHo148",
        "vi",
        "biogas",
        "Lục bình, rơm làm nguyên liệu nạp hầm biogas",
        "Đại học nghiên cứu ủ yếm khí phân heo kết hợp lục bình hoặc rơm nấm trong 35 ngày, giúp nông dân ĐBSCL duy trì hầm biogas "
        "khi thiếu phân heo.",
    ),
    (
        "pHo149",
        "vi",
        "bahem",
        "Bã hèm bia khô làm thức ăn gia súc",
        "Cơ sở bán bã hèm bia khô toàn quốc: giàu đạm, vitamin nhóm B, dễ tiêu, dùng cho bò sữa; bã ướt chỉ dùng trong 48 giờ, thêm 1% "
        "muối để giữ lâu; bảng phụ phẩm chế biến làm thức ăn.",
    ),
    (
        "pHo150",
        "vi",
        "bacomdua",
        "Chế phẩm prebiotic từ bã cơm dừa cho chăn nuôi",
        "Viện dầu và cây có dầu sản xuất thử chế phẩm tiền sinh từ bã cơm dừa: một nhà máy sữa dừa 3–4 tấn/ngày thải khoảng 1.000 "
        "tấn bã/năm, nâng giá trị thay vì cho gia súc ăn thô.",
    ),
    (
        "pHo151",
        "en",
        "gyori",
        "Beet vinasse organic fertiliser",
        "Company sells vinasse from beet-molasses distilling (45% dry matter, 25–30% crude protein, about half mineral) "
        "approved for organic farming; about 2.5 t/ha sprayed before sowing or on stubble, then worked in.",
    ),
    (
        "pHo152",
        "vi",
        "camnang",
        "Kỹ thuật làm phân ủ (compost) tại nông hộ",
        "Cẩm nang làm phân ủ: chế phẩm thúc đẩy phân hủy, nguồn đạm từ lá xanh, phân chuồng tươi, cơm lên men; thông khí, độ ẩm và các "
        "yếu tố ảnh hưởng đống ủ.",
    ),
    (
        "pHo153",
        "vi",
        "sinhhoc",
        "Lên men bã mía làm thức ăn gia súc",
        "Diễn đàn sinh học trao đổi cách lên men bã mía để phá cấu trúc xơ cellulose, tăng protein làm thức ăn gia súc; gợi ý nguồn "
        "giống vi sinh vật.",
    ),
    # --- contracts between growers and sugar factories ---
    (
        "pHo154",
        "vi",
        "tracu",
        "Hợp đồng bao tiêu mía 1.300 đồng/kg kèm đầu tư trồng mới và chăm sóc gốc",
        "Công ty mía đường bao tiêu 1.300 đồng/kg mía cây 10 chữ đường; hỗ trợ khai hoang, thuê đất 60–70 triệu đồng/ha cho mía trồng "
        "mới, đầu tư phân bón, chăm sóc 30–40 triệu đồng/ha cho mía gốc; hỗ trợ kỹ thuật từ làm đất đến thu hoạch, vận chuyển.",
    ),
    (
        "pHo155",
        "vi",
        "travinhmia",
        "Liên kết vùng nguyên liệu: giống, vốn, kỹ thuật, bao tiêu",
        "Doanh nghiệp mía đường hỗ trợ giống, vốn, kỹ thuật và ký bao tiêu cho hơn 90% hộ trồng mía; quy hoạch vùng 5.800 ha, mục tiêu "
        "130–140 tấn/ha, 11 CCS, nhà máy 5.000 tấn mía/ngày; đê bao 51 km bảo vệ vùng mía.",
    ),
    (
        "pHo156",
        "vi",
        "lamson",
        "Mô hình liên kết sản xuất mía nguyên liệu kiểu Lam Sơn",
        "Công ty mía đường ký hợp đồng với nông lâm trường, hợp tác xã, tổ hợp tác và hộ: ứng trước vật tư, phân bón, giống mới, tiền "
        "làm đất và thu mua toàn bộ; vùng trên 16.000 ha, trên 1 triệu tấn, hai nhà máy 9.500–10.000 tấn/ngày.",
    ),
    (
        "pHo157",
        "en",
        "lamson",
        "Contract-farming package for cane supply zones",
        "Mill linkage model: contracts with state farms, co-operatives, groups and households, advancing inputs, fertiliser, "
        "new varieties and land-preparation cash, then buying the whole crop; scaled to 16,000 ha and over 1 million t.",
    ),
    (
        "pHo158",
        "vi",
        "ktdt",
        "Bảng giá thu mua mía theo chữ đường (CCS)",
        "Công ty mía đường công bố giá mua 1.000 đồng/kg cho mía 9 CCS, mỗi CCS tăng thêm cộng 100 đồng/kg, thấp hơn thì trừ 50 "
        "đồng/kg; kinh nghiệm xử lý tình trạng nông dân bán cho thương lái, bẻ kèo hợp đồng.",
    ),
    (
        "pHo159",
        "vi",
        "vnvungnl",
        "Quản lý và phát triển vùng nguyên liệu mía cho nhà máy đường",
        "Nghiên cứu của công ty đường mía liên doanh: khái niệm, chỉ tiêu đánh giá vùng nguyên liệu, yếu tố tự nhiên, kinh tế, kỹ "
        "thuật, chính sách; lập kế hoạch, tổ chức, kiểm tra vùng mía phù hợp công suất nhà máy.",
    ),
    (
        "pHo160",
        "vi",
        "canegrowers",
        "Tư vấn công thức tính giá mía theo CCS trong hợp đồng cung ứng",
        "Giới thiệu công thức giá mía theo hàm lượng đường của Queensland: giá mía = giá đường × 0,9 × (CCS − 4)/100 + hằng số; "
        "chia lợi ích hai phần người trồng, một phần nhà máy ở mức chuẩn 12 CCS, hiệu suất 90.",
    ),
    (
        "pHo161",
        "en",
        "canegrowers",
        "Cane payment formula and cane supply agreements",
        "Growers' organisation explains CCS-based cane payment in supply agreements: Pc = Ps x 0.9 x (CCS - 4)/100 + 0.578, "
        "splitting proceeds two-thirds grower, one-third miller at 12 CCS and 90% recovery.",
    ),
    (
        "pHo162",
        "en",
        "kenya",
        "Quality-based cane payment system: transition support",
        "Sugar board moves growers from payment by weight to sucrose-based payment per tonne, running both systems in parallel "
        "so farmers can compare, adjust husbandry or varieties; deductions for trash and young cane.",
    ),
    (
        "pHo163",
        "en",
        "outgrower",
        "Design of sugarcane outgrower schemes",
        "Comparative analysis of 13 outgrower schemes in southern Africa by who owns what, who does what and who gets what: "
        "from protected early schemes to mill-run dividend models to full farmer ownership with more risk.",
    ),
    (
        "pHo164",
        "en",
        "thccs",
        "CCS-based cane pricing and freshness at delivery",
        "Cane price follows the government's provisional price and measured CCS; higher CCS and juice purity earn more, "
        "while stale cane, poor harvesting and delays in handling and transport cut quality and income.",
    ),
    (
        "pHo165",
        "vi",
        "vnbiz",
        "Phân tích tác động ATIGA với ngành mía đường",
        "Bài phân tích kiến nghị của hiệp hội mía đường khi cam kết ATIGA có hiệu lực: giá mía phía Nam xuống 700.000 đồng/tấn, nhà "
        "máy vay ngân hàng trả tiền mía, nhiều hộ chuyển sang cây ăn quả.",
    ),
]
