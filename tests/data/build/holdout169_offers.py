"""Offers of holdout169: (id, language, source key, title, description)."""

OFFERS = [
    # --- clam seed: hatchery, wild seed, nursery ---
    (
        "oOo001",
        "vi",
        "tv_seed_hatch",
        "Chuyển giao quy trình sản xuất nghêu giống nhân tạo (Meretrix lyrata)",
        "Trung tâm giống thủy sản chuyển giao quy trình: tuyển nghêu bố mẹ cỡ 20–40 con/kg, nuôi vỗ trong bể xi măng "
        "mật độ 10 kg/m² có lớp cát đáy khoảng 1 cm; ấu trùng ăn tảo Chlorella, Nannochloropsis và tảo khuê hai lần mỗi "
        "ngày. Mỗi kg nghêu mẹ cho 1–2 triệu trứng, thụ tinh 93–96%, nở 92–95%; ấu trùng chữ D xuất hiện sau 14–16 giờ, "
        "xuống đáy sau 5–6 ngày và lên nghêu cám cấp II sau 25–35 ngày. Giúp hợp tác xã chủ động giống, bớt lệ thuộc "
        "nguồn giống tự nhiên.",
    ),
    (
        "oOo002",
        "en",
        "sttech_cangio",
        "Improved hard-clam seed production model (settlement to grade-1 seed)",
        "Technology-exchange listing of an improved clam seed production process piloted in Can Gio. It targets the "
        "weakest step, from larval settlement to grade-1 seed, and raises survival there, which improves the economics "
        "of a seed farm. The package covers the production model, tank and pond set-up and notes on the bivalve export "
        "market, where clams make up about 72% of bivalve export value.",
    ),
    (
        "oOo003",
        "en",
        "aquatex",
        "Wild clam seed supply and nursery handling (rice-grain clam stage)",
        "A Ben Tre clam company shares how it sources and handles natural seed: after spawning (main season June, about "
        "5.4 million eggs per female) larvae settle as thin 'rice-grain' clams of 15,000–25,000 per kg; about 30 days "
        "later they reach 5,000–6,000 per kg with a harder shell, the size at which they are collected and moved to "
        "nursery grounds that mimic their natural sand-mud flats.",
    ),
    (
        "oOo004",
        "vi",
        "vinh_thesis",
        "Kỹ thuật ương nghêu giống cấp 1 lên cấp 2: độ mặn, mật độ, nền đáy",
        "Kết quả nghiên cứu của Trường Đại học Vinh về ảnh hưởng của độ mặn, mật độ ương và loại nền đáy tới tỷ lệ sống "
        "và tăng trưởng của nghêu Bến Tre từ giống cấp 1 lên cấp 2 trong điều kiện sản xuất. Đưa ra khuyến cáo chọn độ "
        "mặn, mật độ và nền cát – cát bùn cho bể, ao ương để nâng tỷ lệ sống của giống.",
    ),
    (
        "oOo005",
        "en",
        "hanoi_thesis",
        "Nursery density and substrate protocol for hard clam seed, grade 1 to grade 2",
        "Research by Hanoi University of Agriculture with Research Institute for Aquaculture No.1 on how nursing density "
        "and bottom substrate change growth and survival of Ben Tre hard clam (Meretrix lyrata) seed from grade 1 to "
        "grade 2. Offered as a nursery protocol (density ranges, sand versus muddy-sand bottoms) for hatcheries and "
        "cooperatives that need to raise small seed to planting size.",
    ),
    (
        "oOo006",
        "en",
        "innspub_nursery",
        "Two-phase clam seed nursing model: coastal pond, then tidal flat",
        "Researchers offer a tested nursery model for hard clams based on locally collected wild seed. 30 kg of grade-I "
        "seed (about 150,000 per kg) nursed in a beach-ridge pond gave 220 kg of grade-II seed (15,000 per kg) after four "
        "months, 73% survival; spread on 5,000 m² of cooperative tidal flat it reached 600–650 clams per kg within about "
        "four more months, again near 73% survival.",
    ),
    (
        "oOo007",
        "en",
        "fishsource",
        "Bottom-relaying management system for clam grounds",
        "Advisory package on the broadcast or relaying system used on Mekong Delta sand flats: wild spat of 300–5,000 "
        "clams per kg is moved to nursery flats for 10–12 months until 100–300 per kg, then relaid on dedicated grow-out "
        "flats. The same system underlies the Ben Tre clam fishery certified by the Marine Stewardship Council in "
        "November 2009; includes scoring of management quality and stock health.",
    ),
    (
        "oOo008",
        "vi",
        "paphia_density",
        "Ương ấu trùng nghêu lụa giai đoạn sống đáy: mật độ và chất đáy",
        "Viện Nuôi trồng Thủy sản (ĐH Nha Trang) và Khoa Thủy sản (ĐH Cần Thơ) công bố kết quả ương ấu trùng nghêu lụa "
        "(Paphia undulata) giai đoạn sống đáy ở mật độ 2, 4, 6 và 8 con/cm² trên nền cát, cát bùn và không có chất đáy. "
        "Cung cấp thông số mật độ, loại đáy phù hợp cho trại giống nhuyễn thể hai mảnh vỏ.",
    ),
    (
        "oOo009",
        "vi",
        "tuhai_seed",
        "Kỹ thuật sản xuất giống nhân tạo tu hài",
        "Báo cáo chuyên đề (ĐH Vinh) về quy trình sinh sản nhân tạo tu hài (Lutraria philippinarum): chọn bố mẹ, kích "
        "thích sinh sản, ương ấu trùng và con giống. Thịt tu hài chứa khoảng 11,6% đạm và 18 loại axit amin, giá khoảng "
        "200.000 đ/kg; nguồn giống tự nhiên đang cạn nên cần giống nhân tạo.",
    ),
    (
        "oOo010",
        "vi",
        "bivalve_seed_review",
        "Các biện pháp kích thích sinh sản nhân tạo nhuyễn thể hai mảnh vỏ",
        "Tài liệu tổng hợp những cách kích thích nghêu, ngao đẻ trong trại: sốc nhiệt, sốc độ mặn, phơi nắng, tiêm "
        "serotonin vào cơ chân, ngâm dung dịch NH4OH; vai trò của nhiệt độ và độ mặn thay đổi theo mùa trong quá trình "
        "thành thục. Dùng làm cơ sở thiết kế quy trình sinh sản nhân tạo nghêu M. lyrata.",
    ),
    (
        "oOo011",
        "en",
        "fao_hatchery_algae",
        "Training: live microalgae culture for bivalve hatcheries",
        "Course based on the FAO bivalve hatchery manual: why hatcheries must grow unicellular flagellates and diatoms "
        "(e.g. Isochrysis, Tetraselmis) in treated, nutrient-enriched seawater, since filtered intake water has too little "
        "phytoplankton for dense larvae; how cultures are scaled up; and how rations are set for broodstock, larvae and "
        "juveniles.",
    ),
    (
        "oOo012",
        "en",
        "rwu_algae",
        "Microalgae strain collection for shellfish hatcheries",
        "A university shellfish hatchery keeps and shares the strains it feeds to adult and larval bivalves: Chaetoceros "
        "muelleri and C. neogracile, Thalassiosira weissflogii, Isochrysis galbana and T-ISO, Pavlova pinguis and "
        "P. lutheri, and several Tetraselmis. Algae production is 30–50% of a hatchery's running cost; advice on "
        "maintaining starter cultures is included.",
    ),
    (
        "oOo013",
        "en",
        "reed_conc",
        "Microalgae concentrates for bivalve larviculture",
        "Supplier of algae concentrates for every hatchery step (broodstock, larvae, setting, nursery). Replaces or backs "
        "up on-site algae culture, which crashes, gets contaminated or is wasted when a hatch fails, and which suffers in "
        "short, low-light seasons; also removes live algae as a route for shellfish pathogens.",
    ),
    (
        "oOo014",
        "vi",
        "thalassiosira",
        "Nhân sinh khối vi tảo Thalassiosira pseudonana",
        "Quy trình nuôi sinh khối tảo silic Thalassiosira pseudonana: môi trường AGP cho mật độ cao nhất (khoảng 254 "
        "nghìn tế bào/mL), mật độ cấy ban đầu 100×10⁴ tế bào/mL, độ mặn 30‰, cường độ sáng 5.000 lux chiếu 24/24 giờ. "
        "Gồm 8 bước, từ chọn địa điểm, chuẩn bị giống tảo đến quản lý sinh khối dùng cho trại giống hải sản.",
    ),
    (
        "oOo015",
        "en",
        "reproduction_namdinh",
        "Reproductive calendar of the hard clam for broodstock and seed timing",
        "Study of 820 Meretrix lyrata collected monthly on a coastal farm: spawning runs from mid-April to early "
        "September with a peak from mid-May to late July; sexual maturity above 31 mm and 15 g; fecundity 1.53–4.47 "
        "million eggs per clam. Useful for scheduling broodstock conditioning and collection of natural seed.",
    ),
    # --- grow-out on tidal flats and in ponds, density, predators ---
    (
        "oOo016",
        "vi",
        "density_pond",
        "Nuôi nghêu thương phẩm trong ao đất: mật độ thả tối ưu",
        "Viện Nghiên cứu Nuôi trồng Thủy sản 1 thử nghiệm nuôi nghêu giống cỡ 2,45 g ở mật độ 90, 150 và 210 con/m² trong "
        "ao đất 500 m² suốt 12 tháng. Năng suất cao nhất 26,4–27 tấn/ha ở 150–210 con/m²; tỷ lệ sống giảm khi tăng mật độ; "
        "lợi nhuận cao nhất 134,6 triệu đồng/ha (tỷ suất 32,1%) ở 150 con/m², nên khuyến cáo mật độ này.",
    ),
    (
        "oOo017",
        "en",
        "card_density",
        "Stocking biomass guidelines for intertidal clam culture",
        "Research institute results (with an Australian partner) from triplicate 50 m² intertidal plots: small seed "
        "(1.0 cm) stocked at 0.05–0.3 kg/m² and larger seed (1.7 cm) at 0.34–2.03 kg/m², comparing growth, survival, "
        "meat ratio and production. Gives stocking biomass recommendations for traditional clam culture on tidal flats.",
    ),
    (
        "oOo018",
        "vi",
        "tanthuy_htx",
        "Mô hình hợp tác xã quản lý bãi nghêu bền vững 200 ha",
        "Hợp tác xã thủy sản chia sẻ mô hình: tổ kỹ thuật theo dõi môi trường, thời tiết vùng nuôi; giữ mật độ 150 con/m² "
        "với nghêu chưa đủ cỡ và 300 con/m² với nghêu sắp thu; kiểm tra sức khỏe nghêu định kỳ; khi có nghêu chết thì thu "
        "gom ngay vỏ để tiêu hủy và xử lý nước bằng chế phẩm vi sinh. Nhận tập huấn cho các hợp tác xã khác.",
    ),
    (
        "oOo019",
        "en",
        "springer_grounds",
        "Clam-ground suitability mapping from satellite images and field surveys",
        "Research chapter on Mekong Delta clam grounds: survey data from 2007–2009 combined with aerial photographs and "
        "satellite images give quantitative relations between environmental parameters and clam yield, a set of optimum "
        "criteria for clam growth, and the history of how grounds formed. Offered as a basis for choosing and expanding "
        "clam grounds under climate-change scenarios.",
    ),
    (
        "oOo020",
        "vi",
        "tusta_guidance",
        "Hướng dẫn kỹ thuật phòng chống nghêu chết trên bãi nuôi",
        "Hướng dẫn của Tổng cục Thủy sản: khai báo kiểm dịch khi khai thác, vận chuyển giống; giống đạt khoảng 7.000 "
        "con/kg, thả 150–200 con/m²; tắm giống bằng nước ngọt trước khi thả để hạn chế Perkinsus; san thưa khi dày. Bãi "
        "phơi 5–8 giờ/ngày thì từ giờ thứ 4 phải phun nước làm mát và che nắng; mùa nắng nóng chuyển nghêu xuống hạ triều; "
        "khi có thủy triều đỏ cào nghêu xuống chỗ sâu và báo ngay cơ quan chuyên môn.",
    ),
    (
        "oOo021",
        "en",
        "ctu_gis_zoning",
        "GIS water-quality zoning of coastal aquaculture areas",
        "University method that interpolates field data (temperature, DO, pH, salinity, alkalinity, BOD5, phosphate, "
        "un-ionised ammonia, coliform) and compares them with national standards to map which share of a lagoon or coast "
        "suits aquaculture in the dry and rainy seasons; e.g. coliform exceeded the limit over 63% of the area in the "
        "rainy season.",
    ),
    (
        "oOo022",
        "vi",
        "congly_saubien",
        "Xử lý rết biển (sâu biển) hại ngao, nghêu giống",
        "Viện Nghiên cứu Nuôi trồng Thủy sản I định danh loài gây hại là rết biển Chloeia sp. (giun nhiều tơ), dài 5–10 cm, "
        "ăn ngao giống cỡ nhỏ. Khuyến cáo diệt thủ công: dùng nguồn sáng dẫn dụ vào ban đêm cho sâu nổi lên tập trung rồi "
        "dùng lưới, vợt bắt.",
    ),
    (
        "oOo023",
        "en",
        "hard_clam_proc",
        "Hard-clam bed preparation, predator removal and market grading",
        "Extension notes: clear grass and stones from the bed, remove starfish, cockles, conchs and whelks by raking and "
        "by towing mops, scatter hatchery seed, remove predators from time to time; at harvest, wash in seawater, cool "
        "and grade into chowder, cherrystone and littleneck sizes; clams from semi-polluted water must be depurated.",
    ),
    (
        "oOo024",
        "vi",
        "kienthuc_ngheu2",
        "Quy hoạch bãi nuôi nghêu và hệ thống lưới chắn",
        "Tài liệu kỹ thuật: nền đáy cát bùn cỡ hạt 0,062–0,250 mm, bãi trung triều đến dưới triều, nghêu vùi 4–6 cm. Bãi "
        "ven biển chia vuông 1–2 ha kiểu bậc thang, cọc tre hoặc gỗ cách nhau 4–6 m, lưới chắn cao khoảng 40 cm, mắt lưới "
        "4–5 mm, dài 300–400 m; cồn giữa cửa sông chia ô bàn cờ 2–4 ha, rào bốn cạnh.",
    ),
    (
        "oOo025",
        "vi",
        "giaoxuan_bai",
        "Cải tạo bãi, tạo luống và quây lưới bãi nuôi ngao",
        "Chọn tuyến trung và hạ triều, phơi bãi không quá 6 giờ/ngày, đáy cát bùn 70–90% cát, độ mặn 15–30‰, tránh cửa "
        "xả nước ngọt và chất thải. Khi triều rút, cày xới 5–10 cm, san phẳng; tạo luống rộng 1,5 m theo hướng dòng "
        "triều, chừa lối đi; bãi phơi trên 5 giờ cần giữ ẩm; quây lưới polyetylen mắt khoảng 1 cm quanh bãi.",
    ),
    (
        "oOo026",
        "vi",
        "lua_ngheu",
        "Kỹ thuật nuôi nghêu bãi triều, thả giống hai đợt",
        "Chọn bãi cát bùn 60–80% cát, độ mặn 23–34‰, tuyến trung triều đến hạ triều. Giống tự nhiên xuất hiện tháng 1–2 "
        "và 7–8, cỡ 0,02 g (3–4 mm), thu khi triều rút, phủ rong giữ ẩm khi chở, tránh nước mưa. Đợt 1 (tháng 2–3) ương "
        "5–6 tháng rồi san thưa; đợt 2 (tháng 6–7) nuôi lớn từ cỡ 3–4 g/con.",
    ),
    (
        "oOo027",
        "vi",
        "mekongfish_ngao",
        "Tài liệu kỹ thuật nuôi ngao, nghêu",
        "Tài liệu khuyến ngư về sinh học và kỹ thuật nuôi ngao dầu và nghêu Bến Tre: phân bố (có Cầu Ngang, Duyên Hải), "
        "nền đáy 60–80% cát, tập tính vùi và lọc thức ăn, thành thục sau khoảng một năm, đẻ rộ đầu mùa mưa; hướng dẫn "
        "chọn bãi, thả giống, chăm sóc và thu hoạch.",
    ),
    (
        "oOo028",
        "en",
        "wsg_clamfarm",
        "Small-scale clam farming guide: site, seeding and predator netting",
        "Sea Grant guide for shoreline growers of Manila and littleneck clams: choose stable mid-to-low intertidal "
        "beaches with gravel, sand and mud and good water flow; seed, cover with predator netting, and tend the plots; "
        "watch for invasive crabs and cordgrass; littlenecks take four to six years to market size.",
    ),
    (
        "oOo029",
        "en",
        "underwater_nets",
        "Net-covered clam rows: planting out seed and keeping predators off",
        "A shellfish farm describes its practice: seed from nursery trays is spread in rows that are covered with netting "
        "held by lines and stakes and tucked into trenches, to exclude fish, birds, moon snails and crabs; nets stay one "
        "to two years and are swept of algae so silt does not smother the clams; about three years from seed to harvest.",
    ),
    (
        "oOo030",
        "en",
        "bcsga_intertidal",
        "Intertidal shellfish systems: bed preparation and protective mesh",
        "Growers' association guidance on bottom and near-bottom intertidal culture of clams and oysters: clear and "
        "improve the substrate, seed the plots, overlay and secure predator mesh, tend the plots regularly and keep an "
        "inventory of what was planted when.",
    ),
    (
        "oOo031",
        "vi",
        "bienxanh_ngheu",
        "Quy trình nuôi nghêu trắng vùng cửa sông",
        "Quy trình nuôi nghêu (Meretrix lyrata) trên bãi triều cát pha bùn vùng cửa sông hình phễu, nơi có hoàn lưu nhỏ "
        "do dòng triều và dòng sông gặp nhau; cấp hạt đáy phù hợp cho nghêu. Diện tích nghêu tại một xã ven biển tăng từ "
        "23,9 ha (2000) lên 155,5 ha (2005); quy trình điều chỉnh theo chất lượng nước và trao đổi nước tại chỗ.",
    ),
    # --- mass deaths, disease diagnosis, water quality, algae and biotoxins ---
    (
        "oOo032",
        "en",
        "affjournal_vibrio",
        "Vibrio and Perkinsus screening of cultured clams",
        "Research Institute for Aquaculture No.2 service: clam samples are checked for Vibrio density on TCBS agar and "
        "for Perkinsus in fluid thioglycollate medium, with histology of gills and shells. In a 2019 survey of four Mekong "
        "provinces Vibrio ranged 0–2.23×10⁵ CFU/g and Perkinsus prevalence was 53% (4.08–57.43 spores/g); statistics link "
        "these loads to clam health.",
    ),
    (
        "oOo033",
        "en",
        "dfo_perkinsus",
        "Reference diagnostics for Perkinsus in clams and cockles",
        "Fisheries agency disease sheet used as a diagnostic standard: Perkinsus olseni (= atlanticus) and related "
        "species, their host range among venerid clams and cockles, molecular identification on ITS regions, and the "
        "accepted screening and confirmation procedures (thioglycollate culture, histology, PCR).",
    ),
    (
        "oOo034",
        "en",
        "vin_perkinsus",
        "Perkinsus confirmation by ARFTM culture and PCR sequencing",
        "Veterinary pathology laboratory workflow applied to a moribund imported clam: necropsy and histopathology, "
        "incubation of tissue in alternative Ray's fluid thioglycollate medium so hypnospores stain blue-black with "
        "Lugol's iodine, then PCR and sequencing of the ITS and IGR regions to compare with known P. olseni isolates.",
    ),
    (
        "oOo035",
        "en",
        "freelib_mortality",
        "Review of extrinsic drivers of bivalve mass mortalities",
        "Scientific overview offered as the basis for mortality investigations: mass deaths of clams, cockles, mussels, "
        "oysters and scallops hit larvae, spat, juveniles and adults; physical and biotic drivers include big waves, high "
        "silt load, swings in salinity and temperature, oxygen depletion and harmful algae. Bivalves supply 14–16% of the "
        "animal protein of 1.5 billion people.",
    ),
    (
        "oOo036",
        "vi",
        "tongcuc_monitor",
        "Quan trắc, cảnh báo môi trường và giám sát bệnh vùng nuôi nghêu",
        "Chương trình quan trắc của cơ quan quản lý thủy sản tại các bãi nghêu Đồng bằng sông Cửu Long: đo thông số theo "
        "QCVN 10-MT:2015, đếm Vibrio tổng (có nơi trên 10³ CFU/mL), soi Perkinsus, sinh vật dạng Rickettsia (có điểm 11%) "
        "và ký sinh trùng trên mẫu nghêu, theo dõi tảo có khả năng gây hại như Pseudo-nitzschia, Skeletonema costatum, "
        "Euglena; ra bản tin cảnh báo hằng tháng.",
    ),
    (
        "oOo037",
        "vi",
        "nguoinuoitom_monitor",
        "Mạng lưới quan trắc môi trường vùng nuôi tôm nước lợ và nhuyễn thể",
        "Cục Thủy sản cùng các Viện Nghiên cứu Nuôi trồng Thủy sản I, II, III vận hành 172 điểm quan trắc tại 29 tỉnh: "
        "nhiệt độ, pH, DO, độ mặn, NH4+, NO2-, PO4 3-, S2-, COD, TSS, coliform, Vibrio và tảo độc. Ví dụ tháng 6/2023 độ "
        "mặn dao động 3–36‰, NH4+ tới 0,635 mg/l với 26,9% mẫu vượt giới hạn 1,1–2,1 lần.",
    ),
    (
        "oOo038",
        "en",
        "habviet",
        "Harmful algal bloom identification and toxin monitoring support",
        "Plankton research group offering know-how from a Danida-funded project: nearly 100 algal species are known or "
        "suspected toxin producers; paralytic shellfish poisoning can be fatal and toxins survive cooking. Support covers "
        "species identification, monitoring design and control of algal toxins for export molluscs such as Meretrix "
        "lyrata and scallops.",
    ),
    (
        "oOo039",
        "en",
        "fda_habviet",
        "Survey and culture collection of potentially harmful microalgae of Vietnam",
        "National oceanographic institute results: 500 samples along the coast in 1999 recorded 52 potentially harmful "
        "species (cyanophytes, dinoflagellates, diatoms, raphidophytes, haptophytes); Alexandrium leei, A. tamarense, "
        "Prorocentrum lima, Ostreopsis and Gambierdiscus are kept in culture, and a monitoring programme for shellfish "
        "toxins was set up.",
    ),
    (
        "oOo040",
        "vi",
        "biotox_codex",
        "Hướng dẫn kiểm soát độc tố sinh học biển trong nhuyễn thể hai mảnh vỏ",
        "Tài liệu hướng dẫn theo tiêu chuẩn quốc tế: kết hợp giám sát tảo với giám sát độc tố trong thịt nhuyễn thể; theo "
        "dõi dấu hiệu chim, thú, cá chết; loài chỉ thị phải được kiểm chứng cho từng nhóm độc tố; đóng cửa ngay vùng thu "
        "hoạch khi độc tố vượt ngưỡng và chỉ mở lại khi kết quả cho thấy thịt an toàn; thông báo kịp thời cho người sản xuất.",
    ),
    (
        "oOo041",
        "en",
        "biotox_asean",
        "Marine biotoxin sampling plan for bivalve harvesting areas",
        "Fisheries directorate protocol for ASP and AZA monitoring in 8 provinces: target species include Meretrix lyrata, "
        "Paphia undulata, Anadara antiquata and Chlamys nobilis; on tidal flats samples are taken on the day of the "
        "largest tidal range, water at high tide (±1 h) and bivalves at low tide; no sampling June–November (closed "
        "season); one Kien Giang area shows higher ASP risk.",
    ),
    (
        "oOo042",
        "vi",
        "kc0919",
        "Giải pháp phòng ngừa, giảm thiểu tác hại tảo độc tại vùng nuôi ven biển",
        "Kết quả đề tài cấp nhà nước KC-09-19 của Viện Tài nguyên và Môi trường Biển: khái niệm nở hoa tảo gây hại theo "
        "IOC, thành phần loài tảo độc ở các vùng nuôi tập trung ven biển và bộ giải pháp phòng ngừa: quan trắc, cảnh báo "
        "sớm, quy hoạch vùng nuôi, xử lý khi tảo nở hoa để giảm thiệt hại cho nuôi nhuyễn thể.",
    ),
    (
        "oOo043",
        "en",
        "remote_hab",
        "Satellite remote sensing for early warning of harmful algal blooms",
        "Oceanography group method: a 2002 Phaeocystis bloom off south-eastern Vietnam (chlorophyll-a up to 4.5 mg/m³, "
        "about 200 km offshore, six weeks) was tracked with SeaWiFS chlorophyll, sea-surface temperature and QuikScat "
        "winds, showing wind-driven upwelling as the trigger; satellite data plus bathymetry and field checks can flag "
        "blooms early.",
    ),
    (
        "oOo044",
        "vi",
        "camau_safety",
        "Giám sát vi sinh vật, độc tố và kim loại nặng trong nguyên liệu nghêu",
        "Nghiên cứu của Trường ĐH Nha Trang phối hợp phòng thí nghiệm chất lượng nông lâm thủy sản vùng: theo dõi biến "
        "động vi sinh vật, độc tố ASP, DSP và kim loại nặng trong nghêu nuôi, từ đó thiết lập các biện pháp bảo đảm vệ "
        "sinh an toàn nguyên liệu nghêu từ bãi đến nhà máy.",
    ),
    # --- oysters: culture on stakes, rafts and lines, seed ---
    (
        "oOo045",
        "vi",
        "oyster_methods",
        "Các phương pháp nuôi hàu: đá, cọc, lốp, giàn treo, bè",
        "Tài liệu khuyến nông giới thiệu các cách nuôi hàu đang dùng ở Việt Nam: rải đá 2–4 kg/hòn ở cửa sông (0,5–1,5 kg "
        "hàu/hòn), cắm cọc xi măng, gỗ, tràm dài 2 m (2–6 kg hàu/cọc), treo lốp xe làm giá thể, nuôi giàn treo và nuôi bè; "
        "ưu nhược điểm về giống tự nhiên, chi phí và năng suất.",
    ),
    (
        "oOo046",
        "vi",
        "dantoc_oyster",
        "Nuôi hàu thương phẩm trong đìa và nuôi nổi bằng lồng lưới",
        "Quy trình nuôi hàu: trong đìa sâu 1,2–1,5 m, hàu giống 3–4 cm nuôi trong rổ nhựa 40×60×20 cm, 200 con/rổ, treo "
        "trên dây giữa hai cọc, rổ cách nhau 3 m, vệ sinh 3–5 ngày/lần; nuôi nổi ở nơi sâu trên 4 m bằng lồng lưới tròn 5 "
        "tầng, mỗi tầng khoảng 40 con. Sau 6–7 tháng hàu đạt 80–90 mm, 10–12 con/kg.",
    ),
    (
        "oOo047",
        "en",
        "fishconsult_pacific",
        "Rope culture of oysters on recycled shells",
        "Aquaculture consultancy note on oyster rope culture: spat are set on recycled shells (about three per shell), "
        "shells threaded on 1.5 m ropes hung from bamboo frames at about 50 cm intervals, often beside fish cages for "
        "extra food. Rope culture gives faster growth, better quality and higher survival because oysters stay away from "
        "bottom predators; about 9 months from spat to market size.",
    ),
    (
        "oOo048",
        "en",
        "nghean_oyster_mgmt",
        "Estuary oyster farm management: thinning, pests and harvest timing",
        "Provincial extension guidance for river-mouth oysters (Crassostrea rivularis): thin the substrate strings as "
        "oysters grow so each gets enough food, guard against adverse salinity and floods, remove pests and fouling, and "
        "choose harvest time for meat quality and price while keeping brood stock for the next season.",
    ),
    (
        "oOo049",
        "vi",
        "thinai_oyster",
        "Nuôi hàu khay và giàn trong ao tôm, kèm lưới chống cua",
        "Kinh nghiệm từ đầm phá miền Trung: thu giống tự nhiên tháng 2–5 bằng ngói (50–100 con/viên) hoặc vỏ hàu; nuôi "
        "giàn tre trong ao tôm quảng canh (5–10 kg giống/vỉ, tỷ lệ sống 95%), nuôi khay nhựa 25×40×10 cm bọc lưới; khay "
        "không bọc lưới chỉ sau 7 ngày đã bị cua ăn hết thịt, nên bắt buộc che lưới.",
    ),
    (
        "oOo050",
        "vi",
        "bentre_oyster",
        "Mô hình nuôi hàu Crassostrea belcheri vùng cửa sông",
        "Khoa Thủy sản ĐH Cần Thơ mô tả đặc điểm hình thái hàu Crassostrea belcheri và mô hình nuôi ở vùng cửa sông Bến "
        "Tre; khuyến nghị thử giá thể mới để thu giống và nuôi thương phẩm ít tác động môi trường, tập huấn kỹ thuật, theo "
        "dõi môi trường và dự báo thời tiết để giảm rủi ro, hỗ trợ tiêu thụ tránh bị ép giá.",
    ),
    (
        "oOo051",
        "en",
        "seafdec_pouch",
        "Single-oyster culture in pouches and trays hung from rafts",
        "SEAFDEC Aquaculture Department method: wild spat of the slipper oyster Crassostrea iredalei are stocked singly in "
        "net pouches or plastic trays hung from floating bamboo rafts. After six months pouch oysters averaged 89 mm and "
        "88 g versus 67 g on old shells and 55 g on tyres, with up to 59% more meat in half the usual time, and uniform "
        "single oysters for the premium market.",
    ),
    (
        "oOo052",
        "en",
        "bobp_oyster",
        "Oyster culture manual for small-scale estuary farmers",
        "FAO/Bay of Bengal Programme guide written to transfer oyster farming to fisherfolk: site selection in estuaries, "
        "spat collection on cultch, rack and raft construction, hanging methods, care, harvest and marketing, based on "
        "a pilot in Malaysia's west coast.",
    ),
    (
        "oOo053",
        "vi",
        "pacific_seed_ria1",
        "Sản xuất giống và nuôi thương phẩm hàu Thái Bình Dương",
        "Nhóm nghiên cứu Viện Nghiên cứu Nuôi trồng Thủy sản I làm chủ sản xuất giống hàu Thái Bình Dương trong điều kiện "
        "Việt Nam, chất lượng ngang giống nhập, năng lực 100–120 triệu con giống/năm; hoàn thiện nuôi thương phẩm 10 tháng "
        "theo ba hình thức nuôi túi, nuôi dây, nuôi khay (thu 50 tấn trong thử nghiệm).",
    ),
    (
        "oOo054",
        "vi",
        "angulata_status",
        "Công nghệ sản xuất giống hàu Bồ Đào Nha: hiện trạng và giải pháp",
        "Bài tổng quan (Trường ĐH Khoa học Tự nhiên) về sản xuất giống và nuôi hàu Crassostrea angulata ở ba miền: giống "
        "chưa đủ về số lượng và chất lượng, giống nhập hoặc từ bố mẹ không rõ nguồn gốc gây rủi ro dịch bệnh; đề xuất "
        "giải pháp hoàn thiện quy trình sản xuất giống trong nước.",
    ),
    (
        "oOo055",
        "vi",
        "nghean_oyster_seed",
        "Sản xuất giống hàu cửa sông (Crassostrea rivularis)",
        "Trung tâm giống thủy sản tỉnh báo cáo kết quả sản xuất giống hàu cửa sông: loài dễ nuôi, chi phí thấp, thịt có "
        "giá trị dinh dưỡng và dược liệu, lọc nước cải thiện môi trường đầm phá; sẵn sàng cung cấp giống và chuyển giao "
        "quy trình cho vùng cửa sông.",
    ),
    (
        "oOo056",
        "en",
        "ria3_seed",
        "Oyster and snout otter clam seed supply from a research institute",
        "Research Institute for Aquaculture No.3 produces about 20 million seed a year (16 million oyster, 4 million snout "
        "otter clam) under a Belgian-funded project with Ghent University, sold to farmers and used to expand export-"
        "oriented oyster farming where most seed is still wild-caught.",
    ),
    (
        "oOo057",
        "en",
        "jica_oyster",
        "Japanese technology for raw-eating oysters and sanitary management",
        "A Japanese oyster company with JICA has surveyed Vietnamese conditions since June 2022 to introduce farming of "
        "high-value oysters for raw consumption together with sanitary management technology; Vietnam has about 3,200 "
        "ha of oyster farms in 24 provinces, limited by farming technology, seed and water management.",
    ),
    (
        "oOo058",
        "en",
        "fao_pacific_manual",
        "FAO practical manual on Pacific oyster farming",
        "FAO technical paper (2024) covering the whole chain: net bags of old shells as cultch for spat collection, "
        "upwelling nurseries, lantern trays on long-lines, bags on trestles in the intertidal zone, bottom culture and "
        "dredge harvest, with site, stock and husbandry guidance.",
    ),
    (
        "oOo059",
        "en",
        "submersible_rafts",
        "Submersible structures for suspended shellfish culture",
        "Aquacultural engineering study: four prototype submersible growing systems of wood with plastic floats, tested "
        "for 18 months, to protect mussel and oyster rafts from damage by ice; shows floatation design as a critical "
        "cost of off-bottom culture.",
    ),
    (
        "oOo060",
        "en",
        "microcultch",
        "Micro-cultch: setting oyster larvae on crushed shell for single seed",
        "Hatchery note: eyed larvae will set on tiny fragments of shell, so fine 'micro-cultch' that looks like sand can "
        "be used instead of whole shells; seed set this way grow as singles and can be moved to tanks or upwellers fed "
        "with pumped estuary water, avoiding clumps that must later be broken apart.",
    ),
    # --- blood cockles and vop ---
    (
        "oOo061",
        "vi",
        "sohuyet_tsvn",
        "Kỹ thuật nuôi sò huyết (Tegillarca granosa)",
        "Tài liệu kỹ thuật: sò huyết sống vùng triều phơi bãi ngắn 5–6 giờ/ngày, đáy bùn cát gần cửa sông, nhiệt độ 25–30°C, "
        "độ mặn 20–27‰, không chịu được độ mặn thay đổi đột ngột; ăn tảo, mùn bã hữu cơ; nuôi ghép được với loài khác; "
        "giá 60–80 nghìn đồng/kg trong nước, 7–10 USD/kg xuất khẩu.",
    ),
    (
        "oOo062",
        "vi",
        "sohuyet_seed",
        "Chọn giống và mật độ thả sò huyết khi nuôi ghép ao tôm",
        "Khuyến cáo từ các hộ nuôi thành công: thả giống lớn khoảng 1.000 con/kg, mật độ vừa phải 60 con/m², tận dụng phần "
        "bãi cạn trong ao, nuôi xen canh với tôm, cua, cá; chú ý chất lượng giống vì quyết định tỷ lệ sống; sò sinh sản "
        "tháng 8 đến tháng 2 năm sau.",
    ),
    (
        "oOo063",
        "vi",
        "sohuyet_baclieu",
        "Mô hình nuôi sò huyết của hợp tác xã vùng ven biển",
        "Mô hình hợp tác xã ở Bạc Liêu: sò huyết cần đáy bùn pha cát dày khoảng 15 cm, nhiệt độ 15–28°C, độ mặn 20–25‰; "
        "khi độ mặn dưới 10‰ (mùa mưa lũ) sò vùi sâu và sẽ chết nếu kéo dài; hướng dẫn chọn bãi, thả giống, quản lý và "
        "thu hoạch.",
    ),
    (
        "oOo064",
        "vi",
        "sohuyet_ondinh",
        "Đặc điểm sinh học và yêu cầu bãi nuôi sò huyết",
        "Bài kỹ thuật: sò huyết lớn dài tới 60 mm, có 18–21 gờ phóng xạ; sống bãi bùn mềm ít sóng gần cửa sông, sò nhỏ trên "
        "mặt, sò lớn vùi 1–3 cm; chỉ cần 15 cm bùn mềm, tốt nhất pha cát mịn; chịu độ mặn 10–35‰, thích hợp 15–30‰; tuyến "
        "triều thấp là nơi nuôi tốt nhất.",
    ),
    (
        "oOo065",
        "en",
        "cockle_thai",
        "Blood cockle culture on estuarine mudflats",
        "Regional experience from Thailand: blood cockle is about 27% (82,000 t) of shellfish output; extensive culture "
        "uses wild spat of 0.3–0.5 g, and since 1973 spat have also been imported to cover shortages; beds lie near shore "
        "on fine mud at 0.5–1 m depth, exposed no more than 2–3 hours at low tide; grow-out about two years.",
    ),
    (
        "oOo066",
        "en",
        "iclarm_anadara",
        "Biology and culture of Anadara cockles: review with artificial spawning",
        "ICLARM study reviewing the genus Anadara: abiotic and biotic factors, growth, mortality and predation, "
        "reproduction and fecundity, present culture techniques, artificial induction of spawning and pollution issues, "
        "as a guide for cockle farming and seed production.",
    ),
    (
        "oOo067",
        "vi",
        "vop_dantoc",
        "Mô hình nuôi vọp dưới tán rừng phòng hộ và bãi bồi",
        "Mô hình được ngành nông nghiệp khuyến cáo: mỗi 1.000 m² bãi bùn dưới chân rừng thả 1 tấn giống cỡ 40 con/kg "
        "(160.000–200.000 đ/kg), nuôi 10–12 tháng thu 1,5 tấn vọp 18–20 con/kg, lãi 70–80 triệu đồng/1.000 m²; bãi bồi "
        "phải giăng lưới chôn sâu 15–20 cm, cao 20 cm, cải tạo mặt bùn trước khi thả.",
    ),
    (
        "oOo068",
        "vi",
        "vop_danviet",
        "Nuôi vọp vỗ béo trong vuông tôm",
        "Kinh nghiệm của nông dân Cà Mau ứng dụng khoa học kỹ thuật nuôi vọp vỗ béo trong vuông hơn 6 năm: chọn vọp, "
        "thả trong vuông có nước lên xuống theo triều, chăm sóc cho vọp mập trước khi bán để tăng giá trị.",
    ),
    # --- depuration and live handling ---
    (
        "oOo069",
        "en",
        "todd_depur",
        "Bivalve depuration systems with UV sterilisation",
        "UK manufacturer of purification units for mussels, oysters, scallops and clams: shellfish sit in trays for 42 "
        "hours while seawater is recirculated through an ultraviolet steriliser at a metered flow; a 90 kg unit carries a "
        "55 W lamp against a 25 W minimum. Systems follow the Seafish shallow-tray standard and are designed to pass the "
        "official challenge test.",
    ),
    (
        "oOo070",
        "en",
        "seafish_purif",
        "Guidance for building and operating a shellfish purification centre",
        "Seafood authority guidance: harvest-area class decides the treatment live bivalves need before sale; purification "
        "lets shellfish purge low-level bacteria by filtering sterilised seawater. Covers planning, site selection, "
        "permits, design, build and approval of a centre, and operating manuals for five standard tank designs plus "
        "non-standard systems.",
    ),
    (
        "oOo071",
        "en",
        "fao_depur",
        "FAO manual on bivalve depuration: construction, operation and monitoring",
        "Technical guidance on depuration, removing microbial contaminants from lightly to moderately contaminated "
        "bivalves by letting them pump clean seawater in tanks for hours to days; why it is required by law in some "
        "markets and used for export; tank construction, operation, monitoring and its limits for viruses.",
    ),
    (
        "oOo072",
        "en",
        "jfc_depur",
        "Stackable depuration and wet-storage tanks for oysters",
        "Equipment supplier: purpose-built containers filled with UV-treated recirculated seawater at controlled "
        "temperature, salinity and oxygen; sloped bottoms and central drains remove faeces and pseudo-faeces away from "
        "the stacks; about 100–110 kg of Pacific oysters per tank; also used for de-sanding and holding live shellfish.",
    ),
    (
        "oOo073",
        "en",
        "tf_enhancing_depur",
        "Seawater disinfection options for depuration: UV, chlorine, ozone",
        "Book chapter on enhancing shellfish depuration: UV light destroys pathogen DNA, chlorinated seawater cleans shell "
        "surfaces of dirt and faecal material, and ozonised seawater disinfects water and bivalves; also relaying "
        "contaminated stock to clean waters for a set time.",
    ),
    (
        "oOo074",
        "en",
        "tf_design_depur",
        "Design of shellfish depuration plants",
        "Engineering chapter: a plant needs loading and unloading areas, washing and culling, depuration tanks, seawater "
        "supply and storage; seawater quality matters most, but poor tank design stops shellfish from purifying; "
        "depuration does not remove chemical contaminants. Layout and operating advice.",
    ),
    (
        "oOo075",
        "en",
        "who_relaying",
        "Depuration and relaying of bivalves from contaminated waters",
        "WHO-published chapter: three ways to make bivalves from sewage-affected waters safe are cooking, relaying to "
        "clean areas so they purge themselves, and controlled depuration in tanks of clean seawater; only relaying and "
        "depuration keep the product live or fresh-shucked, which matters for oysters and clams eaten raw.",
    ),
    (
        "oOo076",
        "vi",
        "lenger_live",
        "Quy trình nghêu sạch đóng hộp sống: làm sạch 24 giờ và ngủ đông",
        "Doanh nghiệp chế biến giới thiệu quy trình: thu mua nghêu từ vùng nuôi đã kiểm tra nước; tại nhà máy nghêu được "
        "làm sạch 24 giờ bằng dòng nước mát chảy liên tục để thải hết cát, chất bẩn, rồi qua hệ thống diệt khuẩn, khử mặn, "
        "đóng hộp nhựa PP, làm lạnh đột ngột để nghêu 'ngủ đông'; bảo quản sống nhiều ngày ở 4–8°C.",
    ),
    (
        "oOo077",
        "vi",
        "haichan_clam",
        "Lưu nghêu 24–48 giờ cho nhả cát trước khi chế biến",
        "Hướng dẫn kỹ thuật: nghêu sống thu ở vùng không ô nhiễm, cỡ trên 3 cm, rửa nước biển, sàng bỏ con chết, vỡ. Lưu "
        "trong bể nước biển 24–48 giờ tùy nhiệt độ (nóng thì ngắn), mật độ 60–100 kg/m³ khi nước -1 đến 11°C; mỗi 24 giờ "
        "thay nước, loại con chết, xịt sạch chất thải; nếu nước bẩn, nghêu chết nhiều thì đưa ra chế biến ngay và khử "
        "trùng bể.",
    ),
    (
        "oOo078",
        "en",
        "worldtransport_clams",
        "Live clam transport: cool, moist and aerated",
        "Logistics guidance for moving live clams: ventilated containers with damp seaweed or paper, 0–4°C with ice packs "
        "that do not touch the clams, a thermometer and short transit; shellfish should travel below 4.4°C to limit "
        "bacterial growth, following national shellfish sanitation rules.",
    ),
    (
        "oOo079",
        "en",
        "fooduniversity_storage",
        "Refrigerated storage to extend live shelf life of clams",
        "Seafood technology note: dry refrigerated storage with a continuous flow of cool air keeps clams closed and moist "
        "and prolongs survival; live clams must be kept below 10°C, but warm-water summer clams survive best just above "
        "4°C; shelf life differs between clam populations.",
    ),
    # --- shucking ---
    (
        "oOo080",
        "en",
        "hpp_oyster",
        "High-pressure processing of oysters: shucking and Vibrio reduction",
        "University HPP laboratory and service centre: oysters treated at 275 MPa for 30 or 60 s or 310 MPa for 30 s are "
        "released from the adductor muscle (no knife shucking) and Vibrio vulnificus is reduced; the study measured shelf "
        "life at 4°C over 20 days, drip loss and sensory quality to help processors judge the investment.",
    ),
    (
        "oOo081",
        "en",
        "uhp_motivatit",
        "Ultra-high-pressure equipment for shellfish processors",
        "Equipment maker's pressure vessels reach up to 135,000 psi; an oyster processor handling 200,000 lb a week runs "
        "50–60 lb batches above 30,000 psi for 2–5 minutes, bringing Vibrio to non-detectable levels while the oysters "
        "shuck themselves and keep raw taste and texture.",
    ),
    (
        "oOo082",
        "en",
        "noshuck",
        "No-shuck oysters: contract high-pressure processing",
        "A processing company pressurises oysters in cold purified water at about 65,000 psi, about 600 oysters in a few "
        "minutes, so the shell pops open for easy serving; its smaller machine cost about USD 650,000. Offered as a "
        "service to growers who lack shucking labour.",
    ),
    (
        "oOo083",
        "en",
        "msstate_php",
        "Post-harvest processing options for oysters",
        "Extension summary of commercial methods: heat–cool pasteurisation (warm water dip then cold water), high "
        "hydrostatic pressure (35,000–40,000 psi for 3–5 min), individually quick frozen half-shell oysters glazed with "
        "ice, and cobalt-60 irradiation, for half-shell or shucked products.",
    ),
    (
        "oOo084",
        "en",
        "flyriver_shuck",
        "Oyster shucking machines: mechanisms and selection",
        "Overview for processors weighing mechanised shucking: blade insertion and prying at the hinge, hydraulic "
        "pressure, water-jet cutting and related methods; benefits in speed and fewer injuries against meat damage and "
        "cost; history from unreliable early machines to sensor-controlled units.",
    ),
    (
        "oOo085",
        "vi",
        "lenger_can",
        "Dây chuyền khép kín luộc, tách thịt và đóng hộp ngao",
        "Công ty thủy sản đầu tư dây chuyền từ tiếp nhận nguyên liệu, làm sạch cát bùn, luộc ngao, tách thịt, chế biến, "
        "đóng hộp, tiệt trùng đến đóng gói, công suất 12 triệu hộp/năm; xử lý vỏ ngao sau tách thịt và nước thải đạt chuẩn "
        "quốc tế; đơn hàng 2 triệu hộp tương đương 2.000 tấn ngao nguyên liệu đã xuất sang châu Âu.",
    ),
    (
        "oOo086",
        "vi",
        "haichan_clam",
        "Chế biến thịt nghêu tươi ướp đá",
        "Quy trình cho hàng thịt nghêu: lấy nghêu khỏi bể lưu khoảng 4 giờ trước khi chế biến để phần lớn há miệng; loại "
        "con chết; tách thịt bằng dao hai lưỡi mài từ lưỡi cưa, cắt từ phía trước lấy nguyên con thịt; phân loại, rửa, "
        "ướp đá, đóng khay theo yêu cầu khách hàng.",
    ),
    # --- freezing and processing ---
    (
        "oOo087",
        "vi",
        "thaibinh_frozen",
        "Dây chuyền chế biến ngao đông lạnh nguyên con xuất khẩu EU",
        "Doanh nghiệp đầu tư khoảng 16 tỷ đồng lắp dây chuyền ngao đông lạnh nguyên con đạt chuẩn xuất EU, mỗi năm xuất "
        "khoảng 5.000 tấn sang châu Âu và Mỹ, doanh thu khoảng 120 tỷ đồng; chia sẻ kinh nghiệm thiết kế nhà máy và liên "
        "kết vùng nguyên liệu.",
    ),
    (
        "oOo088",
        "vi",
        "thanhan_iqf",
        "Quy trình chế biến nghêu lụa thịt luộc đông IQF",
        "Khóa luận ĐH Nông Lâm TP.HCM khảo sát tại một công ty chế biến: tiếp nhận, làm sạch, luộc, tách thịt, phân cỡ, "
        "cấp đông IQF, mạ băng, đóng gói và bảo quản nghêu lụa thịt luộc; các điểm kiểm soát chất lượng trong từng công đoạn.",
    ),
    (
        "oOo089",
        "en",
        "iqf_bivalve",
        "IQF processing of bivalves: depuration, cooking and freezing",
        "Process notes: bivalves are depurated 36–48 h, cooked at 95°C for about 30 s to open shells and inactivate "
        "viruses, shucked over vibrating graders, packed (often vacuum) and frozen to -18°C for up to 2 years; quick "
        "freezing avoids darkening and drip; frozen clam keeps only 4–6 months at -18°C unless frozen cryogenically.",
    ),
    (
        "oOo090",
        "vi",
        "viethome_ngheu",
        "Quy trình sản xuất nghêu đông lạnh",
        "Báo cáo chuyên đề về nghêu đông lạnh: các loại nghêu vỏ trắng, vỏ nâu, nghêu lụa; vùng nuôi ven biển Đồng bằng sông "
        "Cửu Long; quy trình tiếp nhận, làm sạch, phân cỡ, luộc hoặc để sống, cấp đông, bao gói và bảo quản.",
    ),
    (
        "oOo091",
        "en",
        "clam_proc_review",
        "Thermal and non-thermal processing technologies for clam products",
        "Review of clam processing: traditional chilling, marination, fermentation, boiling and roasting, plus "
        "microwave-assisted induction heating, high hydrostatic pressure and retort pouches, to control pathogens, "
        "extend shelf life and create value-added clam products.",
    ),
    (
        "oOo092",
        "en",
        "haidong_scallop",
        "IQF processing of frozen scallop meat",
        "Seafood processor method: fresh scallops washed, shelled, cleaned of viscera and mantle, rinsed in 0.5% brine, "
        "graded, quick frozen to a -25°C core, glazed, bagged and stored below -18°C, to slow spoilage and yellowing.",
    ),
    (
        "oOo093",
        "vi",
        "oyster_powder",
        "Chế biến bột dinh dưỡng từ hàu Thái Bình Dương",
        "Khóa luận ĐH Nông Lâm Thái Nguyên cùng Trung tâm Công nghệ sinh học và Công nghệ thực phẩm Hà Nội: quy trình sản "
        "xuất bột dinh dưỡng từ thịt hàu (xử lý nguyên liệu, thủy phân hoặc sấy, nghiền, phối trộn) để tăng giá trị hàu "
        "thương phẩm.",
    ),
    # --- food safety, export certification, traceability ---
    (
        "oOo094",
        "vi",
        "eu_classify",
        "Tư vấn phân loại vùng thu hoạch nhuyễn thể theo quy định EU",
        "Dịch vụ tư vấn dựa trên yêu cầu của EU: vùng sản xuất nhuyễn thể hai mảnh vỏ phải được xếp loại A, B hoặc C theo "
        "mức nhiễm E. coli (chỉ thị ô nhiễm phân), mỗi loại quyết định cách xử lý trước khi bán; lập danh sách vùng được "
        "phân loại, trình tự lấy mẫu vệ sinh; cảnh báo từ các vụ ngộ độc norovirus do hàu tại nhiều nước châu Âu.",
    ),
    (
        "oOo095",
        "en",
        "au_norovirus",
        "Real-time RT-PCR testing of oysters for norovirus",
        "Public-health laboratory method from an outbreak investigation: eight illnesses traced to oysters from one "
        "harvest area; antigen tests on patients were negative but real-time RT-PCR confirmed norovirus GII in the patient "
        "and in three oyster samples; a leaking sewer line was the source. Offered for outbreak tracing and harvest-area "
        "checks.",
    ),
    (
        "oOo096",
        "en",
        "la_norovirus",
        "Norovirus and faecal-indicator surveillance in oysters and harvest waters",
        "University study design for monitoring commercial oyster areas: norovirus was found in oysters even when faecal "
        "coliform and E. coli levels met federal standards, so indicator testing alone can miss risk; regular viral "
        "monitoring of harvest areas is recommended.",
    ),
    (
        "oOo097",
        "en",
        "efsa_norovirus",
        "Scientific advice on norovirus in oysters: methods, limits and controls",
        "European food-safety panel opinion: detection methods for norovirus in oyster tissue, options for legal limits, "
        "and control measures along the chain (harvest-area management, relaying, depuration, processing) with their "
        "effectiveness.",
    ),
    (
        "oOo098",
        "vi",
        "lnc_export_safety",
        "Kiểm soát an toàn thực phẩm hàng thủy sản xuất khẩu theo từng thị trường",
        "Luận văn Trường ĐH Nha Trang đánh giá thực trạng bảo đảm an toàn thực phẩm và đề xuất biện pháp kiểm soát cho "
        "thủy sản Việt Nam xuất sang EU, Liên minh Kinh tế Á Âu, Hàn Quốc, Mỹ, Úc, Nhật Bản: yêu cầu của từng thị trường, "
        "các lỗi thường bị cảnh báo, chương trình kiểm soát của doanh nghiệp.",
    ),
    (
        "oOo099",
        "vi",
        "icafis_msc_vi",
        "Hỗ trợ đạt và duy trì chứng nhận MSC cho vùng nghêu",
        "Trung tâm hợp tác quốc tế nuôi trồng và khai thác thủy sản bền vững (ICAFIS) cùng dự án chuỗi giá trị nghêu do EU "
        "tài trợ đã đồng hành 5 năm để vùng nghêu Bến Tre được cấp chứng nhận MSC lần 3 (hiệu lực 23/5/2024–23/5/2029): "
        "chuẩn bị hồ sơ, đánh giá, khắc phục điểm yếu về quản lý nguồn lợi và tổ chức cộng đồng.",
    ),
    (
        "oOo100",
        "en",
        "icafis_comgmt",
        "Co-management model for clam cooperatives on coastal flats",
        "ICAFIS documents the Ben Tre model in which the State allocates clam flats to cooperatives that manage, guard and "
        "harvest them under agreed rules: awareness building, mesh and gear control, harvest control of molluscs, MSC "
        "criteria and food safety; it addresses weak cooperatives where clam theft damaged resources.",
    ),
    (
        "oOo101",
        "en",
        "bentre_msc_assess",
        "MSC full assessment and stakeholder consultation for a clam fishery",
        "Certification-body process as applied to the Ben Tre clam fishery: a comprehensive assessment of stock status, "
        "ecosystem impact and management practice against MSC standards, with an open stakeholder forum; the first step "
        "towards a certified trademark that raises export value.",
    ),
    (
        "oOo102",
        "en",
        "fao_comgmt",
        "Operationalising fisheries co-management: lessons from a Vietnamese lagoon",
        "FAO regional publication (2012) on putting co-management into practice: forming fishery associations, sharing "
        "rights and duties between local government and resource users, zoning and rules for aquaculture and fishing, "
        "and monitoring outcomes, drawn from lagoon fisheries in central Vietnam.",
    ),
    (
        "oOo103",
        "en",
        "uq_comgmt",
        "Research on building fisheries co-management in Vietnam",
        "PhD research (University of Queensland) on how co-management emerged and was arranged in six fishing "
        "communities, which factors helped or hindered it where outside agencies drove the process, and what the "
        "outcomes were; advice for designing successful co-management.",
    ),
    (
        "oOo104",
        "en",
        "vnu_cbcrm",
        "Community-based coastal resources management under changing water quality",
        "University study: rising BOD5, COD and nutrients in a lagoon with aquaculture growth; local rules created fishery "
        "associations and self-management teams, but because members' benefits and powers were not defined, most users did "
        "not join; lessons for designing community management with real rights.",
    ),
    (
        "oOo105",
        "en",
        "kleinen_rights",
        "Property rights over coastal mudflats used for aquaculture",
        "Social-science research on three coastal districts of a northern delta: how the state imposed property rights "
        "over mud flats, conflicts over transferring them to individuals or groups, and communal versus open access, "
        "discussed against the 'tragedy of the commons'.",
    ),
    (
        "oOo106",
        "vi",
        "valuechain_tv",
        "Phân tích chuỗi giá trị nghêu và phân phối lợi ích",
        "Bộ môn Kinh tế Nghề cá (ĐH Cần Thơ) phân tích chuỗi giá trị nghêu trắng: ba kênh thị trường, kênh chính (93,1% "
        "sản lượng) qua thương lái tới nhà máy chế biến; giá trị gia tăng 22.200 đ/kg, lợi nhuận chuỗi 15.300 đ/kg, người "
        "nuôi nhận 49,6%; phần lớn thu nhập ròng rơi vào nhà chế biến ngoài tỉnh; đề xuất giải pháp liên kết.",
    ),
    (
        "oOo107",
        "vi",
        "ctu_qr",
        "Hệ thống tra cứu nguồn gốc thủy sản bằng mã QR",
        "Khoa Công nghệ thông tin và Khoa Công nghệ (ĐH Cần Thơ) xây dựng hệ thống: người nuôi đăng ký mã QR cho sản phẩm, "
        "cập nhật nhật ký nuôi (theo VietGAP), dán mã khi thu hoạch hoặc chế biến; người mua quét bằng điện thoại để xem "
        "thông tin; hệ thống còn quản lý, giới thiệu sản phẩm thủy sản của vùng.",
    ),
    # --- shells and by-products ---
    (
        "oOo108",
        "vi",
        "qn_shellfeed",
        "Dây chuyền tái chế vỏ hàu thành thức ăn chăn nuôi và phân bón",
        "Hợp tác xã phát triển hàu sữa vận hành dây chuyền sau 6 tháng chạy thử: gom vỏ hàu, hà sau khi tách ruột, xử lý "
        "thành khoáng bổ sung thức ăn chăn nuôi dạng đơn và phân bón, thay cho hàng nghìn tấn vỏ đổ ra môi trường ở vùng "
        "nuôi 2.620 ha nhuyễn thể.",
    ),
    (
        "oOo109",
        "vi",
        "ruochau_shell",
        "Bột vỏ hàu giàu canxi cacbonat và ứng dụng",
        "Doanh nghiệp giới thiệu phân tích vỏ hàu (XRD, SEM): khoảng 96% CaCO3 cùng SiO2, MgO, Al2O3 lượng nhỏ; bột vỏ hàu "
        "dùng bổ sung khoáng cho vật nuôi, cải tạo đất cây trồng và xử lý môi trường nước.",
    ),
    (
        "oOo110",
        "vi",
        "thanhlan_shell",
        "Tận dụng vỏ nhuyễn thể làm giá thể nuôi nhuyễn thể",
        "Mô hình ở một xã đảo: khoảng 40 tấn vỏ sò điệp, trai, ngao thải mỗi năm từ hàng quán du lịch được thu gom, làm giá "
        "thể thả xuống biển cho nhuyễn thể bám và sinh trưởng, vừa giải quyết rác vỏ cứng khó phân hủy vừa tạo nguồn lợi.",
    ),
    (
        "oOo111",
        "vi",
        "vop_baotintuc",
        "Kinh nghiệm nuôi vọp trên bãi bùn ven sông",
        "Chia sẻ của hộ nuôi ven biển: vọp sống được cả khi nước sông ngọt mùa mưa, ít bệnh, ăn thực vật phù du, tảo đáy, "
        "mùn bã; cải tạo mặt bùn, giăng lưới chôn chân 15 cm, cao 20 cm; thả 1 tấn/1.000 m², chia cỡ 32–40–50 con/kg; "
        "3.000 m² thu hơn 5,5 tấn, doanh thu trên 140 triệu đồng.",
    ),
    # --- more oyster, cockle, processing and certification offers ---
    (
        "oOo112",
        "vi",
        "sohuyet_hatinh",
        "Hướng dẫn chọn bãi và quây khu nuôi sò huyết",
        "Tài liệu khoa học – công nghệ: bãi bùn gần cửa sông tỷ lệ bùn 70–80%, bằng phẳng, ít sóng, phơi bãi 5–6 giờ/ngày; "
        "nhiệt độ 15–30°C (trên 40°C hoặc dưới -2°C sò chết), độ mặn 10–29‰; khoanh khu nuôi bằng đăng tre hoặc lưới cước "
        "buộc vào cọc. Lưu ý bão kéo dài làm độ mặn giảm mạnh có thể gây chết hàng loạt.",
    ),
    (
        "oOo113",
        "vi",
        "tv_pacific_oyster",
        "Mô hình nuôi thương phẩm hàu Thái Bình Dương vùng cửa sông",
        "Nhóm nghiên cứu Trường ĐH Nha Trang chuyển giao mô hình nuôi hàu Thái Bình Dương trên sông vùng cửa biển: tỷ lệ "
        "sống 50–71%, năng suất 6,61 kg/m², chất lượng và khả năng thích nghi hơn hàu bản địa; nuôi bằng rổ nhựa tốt hơn "
        "dây treo giá thể; từ tháng thứ 6 hàu chống chịu được địch hại, tháng thứ 10 bắt đầu thu tỉa; có tập huấn kỹ thuật.",
    ),
    (
        "oOo114",
        "vi",
        "kholanh_iqf",
        "Cung cấp dây chuyền cấp đông IQF tầng sôi và băng xoắn",
        "Doanh nghiệp kho lạnh công nghiệp tư vấn, lắp đặt dây chuyền IQF: băng tải tầng sôi cho sản phẩm nhỏ, tủ cấp đông "
        "băng tải xoắn tiết kiệm mặt bằng, quạt áp cao và dàn lạnh công suất lớn, vệ sinh tại chỗ (CIP) để đạt HACCP/BRCGS; "
        "phù hợp tôm bóc vỏ, mực, cá cắt miếng và nhuyễn thể; so sánh với cấp đông block và mẻ.",
    ),
    (
        "oOo115",
        "vi",
        "avg_capdong",
        "Thiết kế, thi công kho cấp đông nhanh cho thủy hải sản",
        "Đơn vị cơ điện lạnh đã làm hàng trăm hệ thống kho lạnh, kho cấp đông cho nhà máy thủy sản xuất khẩu: hai yếu tố "
        "quyết định là nhiệt độ cấp đông chuẩn và tốc độ gió đủ mạnh, ổn định; đông chậm tạo tinh thể đá lớn, rã đông chảy "
        "nước, thịt bở, bị trả hàng; tư vấn cải tạo hệ thống đang đông chậm.",
    ),
    (
        "oOo116",
        "vi",
        "saythanghoa_ngheu",
        "Chế biến nghêu bằng phương pháp sấy thăng hoa",
        "Đồ án tốt nghiệp ngành công nghệ thực phẩm nghiên cứu quy trình sấy thăng hoa thịt nghêu Meretrix lyrata: xử lý "
        "nguyên liệu, luộc, tách thịt, cấp đông, sấy chân không ở nhiệt độ thấp, bao gói; sản phẩm nhẹ, bảo quản lâu ở "
        "nhiệt độ thường, giữ hình dạng và mùi vị.",
    ),
    (
        "oOo117",
        "vi",
        "nuocsot_ngheu",
        "Sản xuất nước sốt từ nghêu",
        "Khóa luận Trường ĐH Công nghiệp Thực phẩm TP.HCM: nghiên cứu công thức và quy trình sản xuất nước sốt từ thịt và "
        "dịch luộc nghêu (phối trộn, cô đặc, tạo sánh, thanh trùng, rót chai), tạo sản phẩm gia tăng giá trị cho nghêu "
        "thương phẩm.",
    ),
    (
        "oOo118",
        "vi",
        "oyster_shortdepur",
        "Hệ thống tịnh hóa ngắn hạn cho hàu nguyên vỏ trước khi chế biến",
        "Nhóm nghiên cứu đại học công nghệ thực phẩm cùng viện ứng dụng siêu cao áp giới thiệu hệ thống nuôi tịnh ngắn hạn: "
        "hàu nguyên vỏ đặt trong nước biển sạch hoặc nước biển đã lọc, khử trùng bằng ozone, tia UV hoặc clo, chạy tuần hoàn "
        "phù hợp doanh nghiệp vừa và nhỏ; nhiệt độ và độ mặn là yếu tố chính; cải thiện độ sạch trước khi xử lý siêu cao áp.",
    ),
    (
        "oOo119",
        "vi",
        "asc_tiengiang",
        "Kinh nghiệm đạt chứng nhận ASC cho vùng nuôi nghêu",
        "Chia sẻ từ vùng nghêu Gò Công Đông, vùng nghêu thứ tư trên thế giới đạt tiêu chuẩn ASC về nuôi thủy sản bền vững: "
        "các bước chuẩn bị, tổ chức cộng đồng nuôi, hồ sơ đánh giá và lợi ích mở rộng xuất khẩu.",
    ),
    (
        "oOo120",
        "vi",
        "tanhoa_oyster",
        "Mô hình nuôi hàu bè thùng nhựa trên sông vùng cửa biển",
        "Kinh nghiệm hộ nuôi: đóng bè bằng thùng nhựa liên kết dây, thả giá thể phía dưới cho hàu giống tự nhiên bám; chi "
        "phí khoảng 40 triệu đồng/bè; 11 bè gồm 110 ô, mỗi ô 36 m²; nuôi 10–16 tháng, không tốn thức ăn, nuôi gối đầu để "
        "có hàu bán quanh năm; hàu ít chết khi mưa hơn sò.",
    ),
    # --- neighbouring fields: share words, do not solve the needs ---
    (
        "oOo121",
        "vi",
        "mushroom_khcn",
        "Quy trình trồng nấm bào ngư trên mạt cưa",
        "Chuyển giao kỹ thuật trồng nấm bào ngư: mạt cưa làm ẩm bằng nước vôi 1%, ủ 2–3 ngày, đóng túi 1–1,5 kg, hấp khử "
        "trùng khoảng 24 giờ, cấy meo, ủ 25–30 ngày rồi rạch túi, treo 5–7 túi/xâu; nhiệt độ 20–30°C, ẩm 80–90%; thu theo "
        "đợt cách 7–10 ngày.",
    ),
    (
        "oOo122",
        "vi",
        "mushroom_kimthanh",
        "Hướng dẫn trồng nấm bào ngư tận dụng phụ phẩm nông nghiệp",
        "Hợp tác xã hướng dẫn trồng nấm bào ngư (Pleurotus) trên rơm rạ, mùn cưa, cùi bắp, bã mía: ủ và phối trộn dinh dưỡng, "
        "đóng bịch, tiệt trùng, cấy meo; sau 20–25 ngày tơ kín bịch thì đưa vào nhà trồng dãy cách 20–30 cm, khử trùng nền "
        "bằng vôi 100 g/m², tưới phun sương.",
    ),
    (
        "oOo123",
        "en",
        "mushroom_fieldforest",
        "Growing oyster mushrooms on pasteurised straw",
        "Spawn supplier instructions: chop wheat or oat straw to 3–5 inch pieces, moisten and treat with heat or hydrated "
        "lime, mix in Pleurotus spawn, incubate and fruit; oyster mushrooms have a short shelf life and suit local "
        "markets; scale-up brings contamination problems.",
    ),
    (
        "oOo124",
        "en",
        "mushroom_fungially",
        "Oyster mushroom cultivation with straw for any size of grower",
        "Grain spawn company guide in six steps: chop straw to increase surface and packing density, treat it by one of "
        "four methods, inoculate with oyster mushroom spawn, incubate in bags and fruit; tips to raise yield at home or "
        "commercial scale.",
    ),
    (
        "oOo125",
        "vi",
        "namrom",
        "Mô hình trồng nấm rơm trên kệ trong nhà kín",
        "Mô hình nông dân: nhà kín 18 m² có kệ tre cách tầng 30 cm, dùng 600 bánh rơm (rơm 1.000 m² ruộng) và 70 bọc meo, "
        "thu 170–180 kg nấm; rơm ủ chín ép khuôn 30×22×12 cm, phơi nắng, để nguội rồi cấy meo.",
    ),
    (
        "oOo126",
        "vi",
        "dauhao_anpha",
        "Dây chuyền sản xuất và đóng chai dầu hào",
        "Công ty cơ khí cung cấp thiết bị và quy trình sản xuất dầu hào công nghiệp: nước cốt hàu 40–60%, đường 15–20%, muối "
        "8–12%, tinh bột biến tính; nấu, cô đặc, phối trộn, rót chai và đóng gói; kèm công thức làm tại nhà.",
    ),
    (
        "oOo127",
        "vi",
        "dauhao_thienphu",
        "Máy móc và quy trình sản xuất nước sốt dầu hào",
        "Nhà cung cấp máy thực phẩm giới thiệu nguồn gốc dầu hào và các công đoạn: nấu hàu lấy nước cốt, lọc, cô đặc, phối "
        "đường muối, tạo sánh, thanh trùng và chiết rót; tư vấn chọn nồi nấu cô đặc và máy chiết.",
    ),
    (
        "oOo128",
        "en",
        "pearl_mesa",
        "Pearl oyster seeding: nucleus and mantle graft",
        "Education resource on pearl farming: a shell bead nucleus and a small piece of donor mantle are inserted into the "
        "gonad of the pearl oyster; oysters recover in panels, are moved to long-lines and tended for up to two years; an "
        "oyster can be seeded three times in its life.",
    ),
    (
        "oOo129",
        "en",
        "pearl_ecourses",
        "Pearl culture methods: rafts, anaesthesia and nucleus implantation",
        "University course unit: pearl oysters grown in cages under rafts for four months, anaesthetised with menthol, "
        "implanted with 2–8 mm nuclei and mantle graft, returned in frame nets; pearl sac forms in a week and a pearl in "
        "about three months; 3–20 months for 3–8 mm pearls.",
    ),
    (
        "oOo130",
        "en",
        "pearl_halong",
        "Pearl farm implantation technique (cultured pearls)",
        "Jewellery maker's account from a Ha Long Bay pearl farm: a 3 mm piece of donor mantle tissue and a round nucleus "
        "from freshwater mussel shell are placed in the gonad; the oyster is hung back on netting and the pearl sac lays "
        "nacre over the bead.",
    ),
    (
        "oOo131",
        "en",
        "shrimp_f17",
        "Value-added shrimp processing plant with 12 IQF freezers",
        "A seafood company's new shrimp factory on a 6 ha site: four processing plants, 12 IQF freezers, about 20,000 t of "
        "finished product a year (60 t/day), cascade compressors, laser sizing and automatic weighing, 4,000 workers, "
        "near the largest shrimp raw-material area.",
    ),
    (
        "oOo132",
        "en",
        "guentner_fish",
        "HACCP-ready air coolers for a fish and seafood IQF plant",
        "Refrigeration manufacturer reference: air coolers for a 30,000 m² fish factory where freshwater fish are "
        "filleted, shock-frozen IQF, portioned, packed and stored for export; designed for tropical corrosion and "
        "hygiene, certified HACCP-ready.",
    ),
    (
        "oOo133",
        "en",
        "shrimp_brine",
        "Brine freezing of shrimp: IQF in saltwater",
        "Shrimp trade glossary: linear brine freezing immerses shrimp in trays or bags in frozen saltwater, then dries and "
        "freezes them in the same unit; no glaze, so suited to companies that cook the shrimp later, not to long retail "
        "handling.",
    ),
    (
        "oOo134",
        "en",
        "takesho_shrimp",
        "Plant turning shrimp heads and shells into seasonings",
        "A Japanese food-ingredient company is building a USD 8 million plant with a university partner to extract protein "
        "from shrimp heads and shells and make spices and food materials, using over USD 1 million of research machinery.",
    ),
    (
        "oOo135",
        "en",
        "fishmeal_thaibinh",
        "Large fishmeal processing plant",
        "Seafood processor's fishmeal factory with four synchronous lines and 450 t processing capacity on 5 ha, "
        "investment about USD 5.7 million, turning fish and by-products into fishmeal for feed.",
    ),
    (
        "oOo136",
        "vi",
        "hdpe_cage",
        "Lồng bè HDPE nuôi cá biển chịu sóng gió",
        "Nhà cung cấp lồng nuôi cá biển bằng ống nhựa HDPE đường kính từ 110 mm trở lên, uốn tròn hoặc vuông, phao HDPE, lưới "
        "nuôi cá gắn bên trong; chống tia UV, không gỉ, không mục, chịu va đập, tuổi thọ cao hơn lồng gỗ phao xốp.",
    ),
    (
        "oOo137",
        "vi",
        "hdpe_ninhthuan",
        "Ứng dụng lồng nhựa HDPE nuôi cá bớp xa bờ",
        "Mô hình nuôi cá biển bằng lồng nhựa HDPE gồm khung, túi lưới, neo, đặt riêng từng lồng; lồng đường kính 10 m, thể "
        "tích 500 m³ thả khoảng 1.000 cá bớp giống; nuôi được cả mùa gió Tây Nam thay cho lồng gỗ truyền thống.",
    ),
    (
        "oOo138",
        "vi",
        "fishcage_bqte",
        "Kỹ thuật nuôi cá lồng, bè",
        "Tài liệu của Viện Nghiên cứu Nuôi trồng Thủy sản I: kết cấu lồng bè, năng suất 20–166 kg/m³ tùy vùng, nuôi lồng cải "
        "tiến kích thước 1–4 m³ mật độ 150–300 con/m³ năng suất 150–250 kg/m³; chọn vị trí, thả giống, cho ăn, phòng bệnh cá.",
    ),
    (
        "oOo139",
        "vi",
        "ochuong_tsvn",
        "Kỹ thuật nuôi ốc hương thương phẩm",
        "Tài liệu nuôi ốc hương (Babylonia areolata): nền đáy cát, độ mặn 30–35‰, nhiệt độ 26–28°C, DO 4–6 mg/l; ăn thức ăn "
        "tươi như cá, tôm, cua, nhuyễn thể hai mảnh vỏ với lượng 5–7% khối lượng ốc; sinh sản khi cao vỏ 40–50 mm.",
    ),
    (
        "oOo140",
        "vi",
        "ochuong_disease",
        "Phòng trị bệnh sưng vòi, tuột nhớt trên ốc hương",
        "Doanh nghiệp thuốc thủy sản tư vấn bệnh ốc hương: sưng vòi, viêm ruột bỏ ăn, tuột nhớt, bỏ vỏ; xét nghiệm tại nhiều "
        "vùng cho thấy mật độ Vibrio cao, trùng lông, nấm Fusarium và khí độc NH3, NO2 ở đáy ao; biện pháp xử lý đáy và "
        "phòng bệnh mùa mưa.",
    ),
    (
        "oOo141",
        "vi",
        "ocdinh_tepbac",
        "Diệt ốc đinh trong ao nuôi tôm",
        "Hướng dẫn xử lý ốc đinh (ốc hút) 1–2 cm trong ao tôm: mật độ cao làm cạnh tranh thức ăn, hút khoáng và kiềm làm tôm "
        "mềm vỏ, mang mầm bệnh EHP, hoại tử gan tụy; cải tạo ao kỹ, giữ mực nước, diệt ốc trước khi thả tôm.",
    ),
    (
        "oOo142",
        "vi",
        "hauchi_tepbac",
        "Xử lý hàu chỉ bám ao nuôi tôm, cá",
        "Bài kỹ thuật cho người nuôi tôm: hàu chỉ bám dày vào đáy, bờ ao, giàn quạt, ống dẫn làm tắc thiết bị, cạnh tranh "
        "thức ăn và làm xấu nước khi chết hàng loạt; cách cải tạo ao, cạo bỏ và phòng hàu chỉ bám lại.",
    ),
    (
        "oOo143",
        "vi",
        "soctrang_bulletin",
        "Bản tin quan trắc nước cấp cho ao nuôi tôm và cá tra",
        "Thông báo hằng tuần của ngành nông nghiệp tỉnh ven biển: đo nhiệt độ, độ mặn, pH, kiềm, độ trong, DO tại các cống, "
        "vàm sông và so với ngưỡng lấy nước vào ao nuôi tôm (độ mặn 7–25‰, pH 7,5–8,5) và cá tra; so sánh độ mặn cùng kỳ.",
    ),
    (
        "oOo144",
        "vi",
        "vietgap_shrimp",
        "Đánh giá hiệu quả chứng nhận VietGAP trong nuôi tôm thẻ",
        "Nghiên cứu của Trường ĐH Trà Vinh phỏng vấn 105 hộ nuôi tôm thẻ VietGAP: 94% có ao lắng, 100% kiểm dịch giống, mật "
        "độ 40 con/m², năng suất 2,7–5,6 tấn/ha/vụ, lợi nhuận 179–324 triệu đồng/ha/vụ, 98% lô đạt chuẩn xuất khẩu, giá "
        "cao hơn 2–5 nghìn đồng/kg.",
    ),
    (
        "oOo145",
        "en",
        "cyano_mekong",
        "Cyanobacterial blooms and microcystins in southern Vietnam water bodies",
        "Wageningen–Vietnam National University study: 17 urban-fringe freshwater bodies in the Mekong basin sampled, 24 "
        "cyanobacterial strains isolated, microcystins measured in fish, snails, shrimp, clams and ducks to assess health "
        "risk to local people.",
    ),
    (
        "oOo146",
        "vi",
        "ruangao_tip",
        "Mẹo làm ngao nhả sạch cát bằng giấm",
        "Mẹo nấu ăn gia đình: chà rửa vỏ, ngâm ngao trong nước có 1 thìa canh giấm trắng cho mỗi 500 g, đậy tối 30 phút đến "
        "2 giờ cho ngao nhả cát, thay nước rồi rửa lại; không nên ngâm dầu ăn và muối vì ngao khó thở.",
    ),
    (
        "oOo147",
        "vi",
        "chaohau_recipes",
        "Món ngon chế biến từ hàu",
        "Trang ẩm thực giới thiệu các món hàu: hàu nướng, hàu sốt phô mai, mì hàu, hàu chiên giòn, hàu xào, hàu hầm, gỏi hàu "
        "với nước sốt cocktail, cháo hàu; mẹo chọn hàu tươi cho nhà hàng.",
    ),
    (
        "oOo148",
        "en",
        "cockle_singapore",
        "Blood cockle species page for consumers",
        "Biodiversity-course species page on Tegillarca granosa: names, why the flesh is red, habitat, life cycle, feeding, "
        "safety of eating cockles, how to choose them at the supermarket, and recipes such as laksa and fried noodles.",
    ),
    (
        "oOo149",
        "vi",
        "crab_culture",
        "Kỹ thuật nuôi cua biển chất lượng cao",
        "Sách hướng dẫn nông dân nuôi cua biển: chọn ao, giống, thức ăn, chăm sóc, phòng trị bệnh và thu hoạch cua thương "
        "phẩm ở các tỉnh ven biển.",
    ),
    (
        "oOo150",
        "vi",
        "fishpond_env",
        "Quản lý môi trường ao nuôi cá bằng hóa chất, vôi",
        "Công ty hóa chất hướng dẫn chuẩn bị ao nuôi cá: chọn ao 1.000–10.000 m², sâu 1–2 m, tháo cạn, vét bùn để lại 15–25 cm, "
        "khử trùng đáy bằng vôi, diệt cá tạp, địch hại trước khi thả cá giống.",
    ),
    (
        "oOo151",
        "en",
        "freezing_foodservice",
        "Seafood freezing methods for foodservice buyers",
        "Buyer's guide to frozen fish: frozen-at-sea on trawlers, land-frozen glazed fillets and block-frozen fish, in "
        "falling order of quality and cost; how correct handling and glazing keep frozen seafood close to fresh.",
    ),
    (
        "oOo152",
        "en",
        "bcsga_handling",
        "Consumer handling of live and shucked shellfish",
        "Growers' consumer page: live oysters, clams and mussels should close when tapped; discard broken or gaping "
        "shells; keep fresh shucked and frozen shellfish refrigerated like meat and poultry.",
    ),
    (
        "oOo153",
        "vi",
        "seafood24h",
        "Gia công cấp đông mực, bạch tuộc, tôm, cá xuất khẩu",
        "Công ty chế biến thủy sản đông lạnh nhận thu mua, sơ chế, cấp đông nhanh, mạ băng, đóng gói, rà kim loại, dán nhãn "
        "truy xuất và trữ kho âm sâu theo HACCP/BRC; sản phẩm chủ lực mực, bạch tuộc, tôm, cá fillet.",
    ),
    (
        "oOo154",
        "vi",
        "catovina_shrimp",
        "Vận chuyển tôm sống không cần nước",
        "Kết quả thử nghiệm: gây mê tôm bằng hạ nhiệt độ tới 10°C/giờ, giữ tôm ở 12–15°C trên dăm gỗ ẩm trong túi bơm oxy, "
        "vận chuyển tới 24–72 giờ; dăm gỗ tốt hơn giấy báo và mùn cưa; tôm càng xanh không chịu được dưới 14°C.",
    ),
]
