"""Offers of the holdout51 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # --- chrysanthemums, marigolds and other Tết flowers ---
    (
        "kAo001",
        "vi",
        "vov_hue_cuc",
        "Chuyển giao quy trình trồng cúc vụ Tết có chiếu đèn ban đêm",
        "Trung tâm khuyến nông chuyển giao quy trình cúc Tết: xuống giống đầu tháng 9 âm lịch, thắp điện mỗi đêm "
        "khoảng 20 ngày đầu sau gieo để cây đủ sinh trưởng, chu kỳ 90-120 ngày tùy giống. Gói tập huấn gồm làm đất, bón "
        "lót, lịch tưới và chọn giống để hoa nở đúng dịp.",
    ),
    (
        "kAo002",
        "vi",
        "cafef_cucdailoan",
        "Lắp đặt hệ thống đèn điều tiết ra hoa cho cúc Đài Loan trồng chậu",
        "Đơn vị kỹ thuật thiết kế, lắp đặt hệ thống đèn chiếu sáng ban đêm cho vườn cúc Đài Loan, cát tường, cúc mâm xôi "
        "quy mô khoảng 1.000 chậu, giúp cây giữ tán và ra hoa đúng thời điểm. Hướng dẫn lịch bật tắt đèn, tránh "
        "tình trạng "
        "hoa ra sớm hoặc nở không đều làm mất vụ Tết.",
    ),
    (
        "kAo003",
        "en",
        "ishs_nightbreak",
        "Night-break lighting protocol for chrysanthemum flowering control",
        "University horticulture team transfers a revised night-break protocol: red light at 620-640 nm inhibits "
        "flowering better than 660 nm, and the most effective time for the break is near the end of the cultivar's "
        "critical dark period, not mid-night. Includes advice on break length and red versus red + far-red lamps for "
        "cut and pot chrysanthemum.",
    ),
    (
        "kAo004",
        "en",
        "hps_nightbreak",
        "Dose calculation service for HPS night-break lighting of chrysanthemums",
        "Lighting consultancy calculates the light integral needed to keep chrysanthemums vegetative: depending on "
        "season 1,000-4,000 umol/m2 per night is enough when given after 8 hours of darkness, versus 7,200-8,600 from "
        "old incandescent systems. About 8 minutes of HPS lighting per night was validated at a commercial propagator.",
    ),
    (
        "kAo005",
        "en",
        "mardi_photoperiod",
        "Photoperiod treatment schedules for pot chrysanthemum",
        "Research institute offers tested photoperiod schedules for Chrysanthemum morifolium: an 8-hour day promotes "
        "flower initiation, 4 hours of incandescent light after it blocks bud development, and 2 hours of extra light "
        "synchronises flowering within a plant. Growers receive a calendar for bud initiation and bud development stages.",
    ),
    (
        "kAo006",
        "en",
        "nationaltribune_blue",
        "Day-extension blue LED programme for garden chrysanthemums",
        "University greenhouse lab advises on using blue LED day-extension lighting to hold chrysanthemums vegetative: "
        "blue light inhibits flowering only when far-red light is present during the day, as under sunlight. Service "
        "includes lamp spectrum selection and 4-hour extension schedules tested on three cultivars.",
    ),
    (
        "kAo007",
        "vi",
        "vietbao_cucmamxoi",
        "Tư vấn tưới nước và phòng thối rễ, chết xanh cho cúc mâm xôi giỏ",
        "Nhà vườn hơn 13 năm trồng cúc mâm xôi (10.000-15.000 giỏ mỗi vụ) nhận hướng dẫn kỹ thuật cho hộ mới: tưới hai "
        "lần mỗi ngày lúc sáng sớm và đầu giờ chiều, tưới thẳng vào gốc không xối lên bông. Kèm lịch phun phòng trừ sâu, "
        "chống chết xanh và thối rễ.",
    ),
    (
        "kAo008",
        "vi",
        "giadinh_ninhphuc",
        "Cung cấp cây giống cúc mâm xôi Hàn Quốc và lịch trồng chậu",
        "Làng hoa cung cấp cây giống cúc mâm xôi Hàn Quốc, nhân giống từ tháng 8 và lên chậu đầu tháng 9 âm lịch. "
        "Trồng trong chậu tuy công hơn trồng đất nhưng giữ hoa tươi lâu khi thương lái chở đi xa; có hướng dẫn chăm "
        "sóc theo từng giai đoạn.",
    ),
    (
        "kAo009",
        "vi",
        "annong_vantho",
        "Chậu nhựa mềm và quy trình trồng vạn thọ Tết trong chậu",
        "Công ty vật tư cung cấp chậu nhựa mềm C8 đến C12 và quy trình trồng vạn thọ Tết: hoa nở sau 60-70 ngày từ khi "
        "gieo, có thể ươm khay rồi lên chậu. Tư vấn chọn cỡ chậu theo số gốc (1 gốc dùng C8, 2-3 gốc C9-C10, 4-5 gốc "
        "C11-C12) và lịch gieo từ tháng 7-8 âm lịch.",
    ),
    (
        "kAo010",
        "en",
        "hatgiong_vantho",
        "Imported F1 marigold seed for Tết pot production",
        "Seed importer supplies F1 marigold seed, mostly French marigold (Tagetes patula) cultivars grown in Vietnam plus "
        "African types, in mixed colours from yellow to orange-red. Plant heights range widely by variety; technical "
        "sheets cover sowing and use of marigold as a companion plant against some pests and nematodes.",
    ),
    (
        "kAo011",
        "en",
        "umass_cwr",
        "Chrysanthemum white rust diagnosis and eradication advisory",
        "Extension plant-disease clinic identifies chrysanthemum white rust (Puccinia horiana) from pale spots on the "
        "upper leaf and beige-pink pustules underneath, and sets up eradication since the pathogen needs green host "
        "tissue and spreads inefficiently. Covers host range: pot, spray and garden mums are susceptible.",
    ),
    (
        "kAo012",
        "en",
        "almanac_cwr",
        "Fungicide rotation programme against chrysanthemum white rust",
        "Crop-protection consultancy supplies a spray programme based on UK field trials: four applications over about "
        "three months; mancozeb alone cut disease by 51%, mancozeb with chlorothalonil by 81%, and mancozeb alternating "
        "with fenpropimorph plus propiconazole by 97%. Warns about phytotoxicity on young plants.",
    ),
    (
        "kAo013",
        "vi",
        "nld_hoagiay",
        "Chuyển giao kỹ thuật tỉa đọt và giữ bông hoa giấy bán Tết",
        "Nhà vườn làng hoa giấy chuyển giao lịch làm hoa Tết: vô cây từ tháng 8, khoảng 20/10 âm lịch ăn cơi (tỉa đọt), "
        "gần một tháng sau ra bông. Hướng dẫn xử lý giữ hoa bền, chở xa không rụng; cây cao 0,6-1 m bán 100.000-400.000 "
        "đồng.",
    ),
    # --- ornamental apricot (mai), bonsai and potted plants ---
    (
        "kAo014",
        "vi",
        "kaizen_mai",
        "Tư vấn canh ngày lặt lá để mai vàng nở đúng Tết",
        "Vườn mai nhận tư vấn tính ngày lặt lá theo thời tiết và kích cỡ nụ: mai 5 cánh thường lặt khoảng rằm tháng "
        "Chạp, trời nắng nóng gió mạnh thì lùi tới 17-20, mưa nhiều thì lặt sớm 10-14. Từ lúc bung vỏ lụa đến nở khoảng "
        "7 ngày; mai nhiều cánh cần lặt sớm hơn.",
    ),
    (
        "kAo015",
        "vi",
        "rainbow_mai",
        "Dịch vụ chăm mai trước Tết: xiết nước và lặt lá theo nụ",
        "Đội thợ chăm mai thực hiện xiết nước 3-4 ngày trước khi lặt để cây quen khô, lặt từng lá không làm rụng nụ. "
        "Nụ kim lặt ngày 13-17 tháng Chạp, nụ vừa lặt 16-17, nụ căng tròn lặt 18-20; mai từ 12 cánh trở lên lặt sớm "
        "hơn 5-7 ngày.",
    ),
    (
        "kAo016",
        "en",
        "thanhnien_maibonsai",
        "Training course on grafted mai vàng bonsai and online sales",
        "A 2,500 m2 nursery with over 2,000 grafted apricot (mai) plants trains growers in forming bonsai: close care of "
        "young plants, wrapping the trunk base, raising surface roots and bending branches; a finished form takes 2-3 "
        "years. Also covers livestream selling and packing to protect graft unions; pots sell from a few hundred "
        "thousand to over 60 million VND.",
    ),
    (
        "kAo017",
        "vi",
        "nld_duabonsai",
        "Chuyển giao kỹ thuật dừa bonsai thủy canh và tạo hình linh vật",
        "Chủ vườn dừa bonsai đạt OCOP 3 sao nhận dạy tạo hình dừa theo linh vật năm và dòng dừa thủy canh có bộ rễ dài "
        "50-80 cm trong nước. Vườn xuất khoảng 800 sản phẩm mỗi Tết; hướng dẫn khâu ươm dưỡng, hạn chế hao hụt.",
    ),
    (
        "kAo018",
        "en",
        "elpaso_mai",
        "Mai vàng variety selection and bloom-timing consulting",
        "Ornamental consultants help growers choose apricot varieties for the Tết market: traditional 5-petal mai is "
        "easiest to time, mai tứ quý can bloom twice a year, and mai đại lộc with 12-18 petals needs stricter care to "
        "open on the first day of Tết. Advice covers nutrition control and adjusting bloom date.",
    ),
    # --- orchids ---
    (
        "kAo019",
        "vi",
        "hutech_thachhoc",
        "Quy trình nhân giống in vitro lan thạch hộc tía",
        "Phòng thí nghiệm đại học chuyển giao quy trình nuôi cấy mô lan thạch hộc tía: môi trường MS bổ sung sucrose "
        "30 g/l, agar 9 g/l, nước dừa 100 ml/l và BAP 0,25 mg/l cho tạo protocorm và nhân chồi tốt nhất. Nhận đào tạo "
        "kỹ thuật viên và cung cấp cây cấy mô.",
    ),
    (
        "kAo020",
        "en",
        "nttu_protocorm",
        "Protocorm culture protocol for Dendrobium officinale",
        "University biotech lab offers a tested protocorm protocol: surface sterilisation with 75% javel for 20 minutes, "
        "medium C with NAA 0.5 mg/l and sucrose 30 g/l to induce protocorms, and the same medium with BA 0.1 mg/l and 10% "
        "coconut water to multiply protocorm biomass. Technology transfer and plantlet supply available.",
    ),
    (
        "kAo021",
        "vi",
        "tailieu_nghetam",
        "Quy trình đưa cây lan cấy mô ra vườn ươm",
        "Viện ứng dụng công nghệ chuyển giao quy trình vườn ươm cho lan hoàng thảo: đưa cây in vitro ra vườn vào vụ Thu, "
        "giá thể rêu + đá bọt tỷ lệ 50:50 cho tỷ lệ sống 94% sau 12 tuần. Phun dinh dưỡng B1 2 ml/l mỗi tuần giúp cây "
        "mập, nhiều lá và rễ.",
    ),
    (
        "kAo022",
        "vi",
        "vitagrowth_dendro",
        "Dịch vụ nhân giống lan Dendro nắng bằng nuôi cấy mô",
        "Cơ sở cấy mô nhận nhân giống lan Dendro số lượng lớn: chọn mẫu đỉnh sinh trưởng 3-5 cm, khử trùng cồn 70% và "
        "javel 50%, nuôi trên môi trường Knudson C hoặc MS ở 22-25°C. Vùng nóng cần phòng nuôi có điều hòa; cung cấp "
        "cây con đồng đều cho nhà vườn.",
    ),
    (
        "kAo023",
        "en",
        "floraldaily_dendro",
        "Package of practices for Dendrobium cut flowers in ventilated greenhouses",
        "Horticultural research group transfers a full package for quality Dendrobium flowers in open ventilated "
        "greenhouses of the tropics: cultivar choice, environment, media preparation, planting, crop care, harvest and "
        "post-harvest handling.",
    ),
    (
        "kAo024",
        "en",
        "netizens_dendro",
        "Setting up a commercial Dendrobium orchid farm",
        "Orchid farm consultants advise on variety choice by market (Dendrobium phalaenopsis, nobile, anosmum), holding "
        "18-30°C with indirect sunlight and good air movement, and greenhouse layout for year-round cut and potted "
        "orchid sales.",
    ),
    (
        "kAo025",
        "en",
        "awkward_shade",
        "Shade-house versus greenhouse design advice for orchid growers",
        "Grower advisers compare greenhouses with simple shade-cloth houses for orchids: what each does to heat, light, "
        "dryness and pests, and how the colour of netting (white, black, green) changes the light plants receive. Helps "
        "small growers pick a structure they can afford.",
    ),
    (
        "kAo026",
        "en",
        "westernorchids",
        "Orchid seed sowing, flasking and seedling production service",
        "Specialist nursery offers pollination, seed sowing in flasks and growing-on of orchid seedlings for growers, "
        "with documentation of legal plant sources; explains that producing a flowering slipper orchid can take 5 "
        "years.",
    ),
    # --- seedling nurseries: grafting, certification, potting media ---
    (
        "kAo027",
        "vi",
        "lamdong_tieuchuan",
        "Tư vấn áp dụng tiêu chuẩn cây giống xuất vườn ươm",
        "Chi cục chuyên ngành hướng dẫn cơ sở ươm áp dụng TCVN về cây giống: bưởi, cam, quýt loại I cao trên 60 cm, "
        "đường kính gốc ghép trên 0,8 cm, 2-3 cành cấp I; bơ ghép cao 40-60 cm, vết ghép cách mặt bầu 15-20 cm, 3-4 "
        "tháng tuổi. Hỗ trợ kiểm tra trước khi công bố hợp quy.",
    ),
    (
        "kAo028",
        "vi",
        "baolaocai_dauong",
        "Quản lý vườn cây đầu dòng và khai thác mắt ghép",
        "Trung tâm giống nông nghiệp nhận theo dõi, chăm sóc vườn cây đầu dòng của hộ theo quy trình, bảo đảm đủ "
        "điều kiện "
        "làm vật liệu nhân giống vô tính. Trung tâm quản lý 11 vườn với mức khai thác tối đa 250.000 mắt ghép/năm và "
        "cung cấp mắt ghép cho cơ sở sản xuất giống.",
    ),
    (
        "kAo029",
        "en",
        "cdfa_citrus",
        "Citrus nursery stock pest cleanliness programme",
        "State plant-health programme sets testing and maintenance rules for all source trees supplying citrus "
        "propagative material; nurseries enrol, have source trees tested and maintained, and non-compliant stock can "
        "face enforcement.",
    ),
    (
        "kAo030",
        "en",
        "florida_structure",
        "Insect-proof screenhouse design for citrus and host-plant nurseries",
        "Nursery engineering service builds approved propagation structures: enclosed sides and roof that exclude at "
        "least melon aphids, positive-pressure double-door entries, and screened cooling pads and fans. Breaches put "
        "stock under quarantine until re-evaluated.",
    ),
    (
        "kAo031",
        "en",
        "aphis_cnsp",
        "Certification of citrus nursery stock for movement (start clean, stay clean)",
        "Plant protection agency certifies citrus nursery stock produced in approved structures; all material including "
        "seed must trace to a certified clean source, verified by inspection and testing. A detection of greening or "
        "canker means cleaning and recertification of the facility.",
    ),
    (
        "kAo032",
        "en",
        "unh_grafting",
        "Grafting training for fruit trees: rootstock choice and cleft grafting",
        "Extension course teaches joining scion wood to rootstocks, why fruit trees do not come true from seed, choosing "
        "rootstocks for size, hardiness, pest resistance and drainage, and cleft grafting to change varieties on "
        "existing trees.",
    ),
    (
        "kAo033",
        "en",
        "pdfcookie_grafting",
        "Hands-on course in budding and grafting for nursery workers",
        "Nursery training covers collecting scion wood, wrapping and waxing, bench, cleft, bark and inlay grafts, and "
        "T-budding and chip budding, plus topworking old trees and repairing damaged trunks with bridge grafts.",
    ),
    (
        "kAo034",
        "vi",
        "vnexpress_camghep",
        "Chuyển giao kỹ thuật ghép cam lên gốc bưởi già để cải tạo vườn",
        "Nhà vườn chuyển giao cách tận dụng gốc bưởi già làm gốc ghép cho cam Canh thay vì phá bỏ vườn; thương lái còn "
        "lùng mua gốc bưởi để ghép. Hướng dẫn chọn gốc, ghép và chăm sóc cho cây ra quả dày.",
    ),
    (
        "kAo035",
        "vi",
        "tiepthi_mundua",
        "Mụn dừa đã xử lý và hướng dẫn nhận biết giá thể đạt chuẩn",
        "Doanh nghiệp giá thể cung cấp mụn dừa đã xả chát: mụn dừa thô có EC 2-6 mS/cm cùng tanin, lignin, natri, kali "
        "làm cây còi, chết. Hướng dẫn dùng máy đo EC, pH để kiểm tra; mụn đã xử lý màu nâu đỏ, thô màu vàng nhạt.",
    ),
    (
        "kAo036",
        "vi",
        "hoalily_mundua",
        "Quy trình xử lý mụn dừa làm giá thể hoa chậu",
        "Trung tâm hoa chuyển giao quy trình ngâm xả mụn dừa tươi để loại tanin, lignin và muối trước khi phối trộn giá "
        "thể trồng hoa ly chậu, cây ăn quả, ươm giống. Giá thể tơi xốp, giữ ẩm, thoát nước tốt.",
    ),
    (
        "kAo037",
        "vi",
        "nguonsinhthai",
        "Công thức trộn giá thể vỏ dừa cắt cho cây cảnh và bonsai",
        "Cơ sở cung cấp vỏ dừa cắt đã xử lý chát, nấm bệnh và công thức phối trộn với than củi vụn, đất sạch hữu cơ, trấu "
        "hun cho lan, bonsai, kiểng lá, hoa hồng. Giá thể bền, ít mục, rễ bám chắc.",
    ),
    (
        "kAo038",
        "en",
        "agrii_coco",
        "Washed and buffered coco pith growing media",
        "Media producer supplies coco pith that is aged, washed to an EC below 1.0 mS/cm (1:1.5 dilution) and buffered "
        "so that sodium and potassium on the exchange complex are replaced, avoiding calcium and magnesium lock-up after "
        "fertilising.",
    ),
    (
        "kAo039",
        "en",
        "ecoagro_coco",
        "Buffering service for coco coir to Dutch RHP standards",
        "Substrate company washes coir with fresh water to EC below 1.0 mS/cm and then saturates it with calcium nitrate "
        "to displace residual sodium and potassium; finished media holds under 1 mmol sodium and 2 mmol potassium. "
        "Recommended for growers recirculating drain water.",
    ),
    (
        "kAo040",
        "en",
        "biologyinsights_coco",
        "On-farm coir preparation training",
        "Extension trainers show growers how to expand, rinse and check coco coir: a 5 kg brick expands to 60-75 litres, "
        "and rinsing with low-mineral water continues until runoff is below about 150 ppm TDS, measured with a TDS or EC "
        "meter.",
    ),
    (
        "kAo041",
        "en",
        "cocovina",
        "Bulk cocopeat blocks from a Mekong coconut processing plant",
        "Coconut fibre plant in Ben Tre supplies 5 kg cocopeat blocks and long fibre year round; capacity over 8,000 "
        "tonnes of cocopeat and 4,000 tonnes of fibre per month, with by-products fuelling most of its energy needs.",
    ),
    (
        "kAo042",
        "vi",
        "thanhnien_caimon",
        "Dịch vụ cung ứng mụn dừa, tro trấu, giỏ và bứng cây cho nhà vườn kiểng",
        "Tổ dịch vụ làng hoa kiểng nhận chở mụn dừa, tro trấu, đan giỏ, tạo dáng kiểng và bứng cây cho nhà vườn; nghề "
        "phụ quanh làng hoa thu hút trên 10.000 lao động.",
    ),
    # --- honey bees: colonies, diseases ---
    (
        "kAo043",
        "vi",
        "tanhuuqui_beepro",
        "Sản phẩm hỗ trợ nuôi ong Bee Pro cho hộ nuôi ong Trà Vinh",
        "Doanh nghiệp thuốc thú y giới thiệu dòng Bee Pro giúp đàn ong khỏe, hướng tới mục tiêu của đề án ngành ong "
        "đến 2030: 42 kg mật/đàn/năm với ong ngoại, 18 kg với ong nội, sản phẩm an toàn dịch bệnh, truy xuất được nguồn "
        "gốc để xuất khẩu.",
    ),
    (
        "kAo044",
        "vi",
        "goldenbee_chi",
        "Tư vấn phòng trị chí (ve) hại đàn ong ngoại sau vụ mật",
        "Công ty ong mật tư vấn phòng trị chí trên đàn Apis mellifera: sau vụ khai thác nhiều trại giảm từ 100% xuống "
        "còn 30-50% số đàn. Hướng dẫn nhận biết, kỹ thuật quản lý và lịch xử lý để đàn giữ quân, vẫn khai thác được sữa "
        "chúa và nhân đàn.",
    ),
    (
        "kAo045",
        "vi",
        "sanpham_varroa",
        "Dịch vụ kiểm tra mức nhiễm ve Varroa và Tropilaelaps",
        "Kỹ thuật viên đánh giá mức nhiễm ve bằng tỷ lệ lỗ tổ và ong thợ: nhẹ dưới 2% lỗ tổ, trung bình 2-5%, nặng trên "
        "5% hoặc trên 3% ong thợ. Nhận biết triệu chứng ong non cụt, xoăn cánh, nhộng thủng; phân biệt với ve "
        "Tropilaelaps làm đàn giảm quân nhanh.",
    ),
    (
        "kAo046",
        "vi",
        "matong_hienthao",
        "Tập huấn bệnh ong và động vật hại ong",
        "Cơ sở ong mật mở lớp về bệnh truyền nhiễm của ong: thối ấu trùng châu Mỹ (bào tử tồn tại tới 30 năm, chết ở "
        "100°C sau 13 phút), thối ấu trùng châu Âu, cùng các loài hại ong. Hướng dẫn vệ sinh, cách ly, tiêu hủy.",
    ),
    (
        "kAo047",
        "en",
        "archrazi_herbal",
        "Herbal syrup treatment against Varroa mites",
        "Agrarian university transfers a plant-based Varroa treatment: wormwood and St John's wort extracts mixed 1:1, "
        "diluted 1:10 in sugar syrup (100 ml per litre), fed at 200 ml per colony for 5-7 days after honey harvest. "
        "Trials on 380 colonies cut the mite abundance index close to zero.",
    ),
    (
        "kAo048",
        "en",
        "apivox_monitor",
        "Acoustic hive monitor for remote colony diagnostics",
        "Beekeeping tech firm sells a smart monitor that listens to colony sounds and distinguishes passive, active and "
        "emergency nest heating, showing colony strength and stress on a diagram without opening the hive.",
    ),
    (
        "kAo049",
        "en",
        "jbee_vn_review",
        "Apis cerana beekeeping and sacbrood management support",
        "Research Center for Tropical Bees and Beekeeping (Vietnam National University of Agriculture) offers training "
        "on Apis cerana management and experience overcoming sacbrood virus, plus diagnosis of European foulbrood, "
        "Nosema, Tropilaelaps and Varroa. Vietnam keeps about 1.5 million hives.",
    ),
    (
        "kAo050",
        "en",
        "jbee_requeen",
        "Requeening method to recover Apis cerana colonies from sacbrood",
        "Apiculture research division transfers a biological mitigation for sacbrood on native bees: requeening "
        "recovered 57.1% of infected colonies versus 28.6% with the caged-queen method, where 26-87% of colonies were "
        "infected.",
    ),
    (
        "kAo051",
        "en",
        "jbee_resistant",
        "Sacbrood-resistant Apis cerana queens by selection and insemination",
        "Agricultural research agency supplies queens from sacbrood-resistant Apis cerana lines bred by selection and "
        "artificial insemination, after about 90% of managed colonies in the country collapsed from the virus.",
    ),
    (
        "kAo052",
        "vi",
        "dakhoney",
        "Tư vấn chọn loài ong và cung cấp đàn giống",
        "Công ty ong mật tư vấn chọn loài ong nuôi: trong 4 loài ong mật ở Việt Nam chỉ Apis cerana và Apis mellifera "
        "có giá trị kinh tế và được nuôi rộng, còn ong khoái, ong ruồi sống hoang dã. Cung cấp đàn giống kèm hướng dẫn.",
    ),
    (
        "kAo053",
        "vi",
        "lingo_qcvn",
        "Dịch vụ kiểm định ong mật giống theo QCVN 01-101:2012/BNNPTNT",
        "Tổ chức chứng nhận nhận kiểm định đàn ong giống, ong chúa theo quy chuẩn kỹ thuật quốc gia về kiểm định ong "
        "mật giống, cấp kết quả cho cơ sở sản xuất và kinh doanh giống ong.",
    ),
    (
        "kAo054",
        "vi",
        "saigonnews_ongy",
        "Chuyển giao nuôi ong Ý, lấy sữa ong chúa và đóng chai mật",
        "Hộ nuôi ong thành công ở cù lao chia sẻ quy trình chuyển từ ong nội sang ong Ý năng suất cao, ít bỏ đàn; di "
        "chuyển thùng theo mùa hoa nhà vườn; lấy sữa ong chúa, tách nhân đàn và đóng chai mật có nhãn hiệu, bán cho doanh "
        "nghiệp bao tiêu.",
    ),
    # --- honey moisture, processing and quality ---
    (
        "kAo055",
        "vi",
        "khoahocnews_tachnuoc",
        "Máy tách nước mật ong chân không giá bằng 1/3 máy nhập",
        "Phân viện cơ điện nông nghiệp chuyển giao máy tách nước mật ong: mật gia nhiệt 40°C rồi phun vào buồng chân "
        "không cho nước bay hơi ở nhiệt độ thấp. Khắc phục tình trạng lô mật xuất khẩu bị trả vì chứa 24-30% nước; máy "
        "gọn, dễ vệ sinh, không mất màu mật.",
    ),
    (
        "kAo056",
        "vi",
        "sggp_bompnhiet",
        "Hệ thống sấy bơm nhiệt đa năng cho mật ong và phấn hoa",
        "Trường cao đẳng kỹ thuật chuyển giao hệ thống sấy bơm nhiệt tự động cho sản phẩm ong: mật sau thu hoạch có độ "
        "ẩm 21-24%, để 2 tháng là biến màu, mốc. Thay phơi nắng, sấy hơi nóng trực tiếp làm mất dinh dưỡng, giúp đạt "
        "tiêu chuẩn xuất khẩu.",
    ),
    (
        "kAo057",
        "vi",
        "bkhn_mangmong",
        "Thiết bị hạ thủy phần mật ong theo nguyên lý màng mỏng",
        "Nhóm nghiên cứu công nghệ thực phẩm chuyển giao thiết bị cô màng mỏng hạ thủy phần mật ong đạt tiêu chuẩn xuất "
        "khẩu, tính toán quá trình để giảm nước mà hạn chế tác động nhiệt lên mật.",
    ),
    (
        "kAo058",
        "vi",
        "nlu_tinhloc",
        "Thiết bị tinh lọc mật ong cho cơ sở sơ chế",
        "Khoa cơ khí trường đại học nông lâm thiết kế, khảo nghiệm thiết bị tinh lọc mật ong cùng doanh nghiệp sản xuất "
        "mật, loại bỏ sáp vụn, tạp chất trước khi đóng chai; nhận chế tạo theo công suất cơ sở.",
    ),
    (
        "kAo059",
        "en",
        "bryair",
        "Desiccant dehumidification for low-temperature honey drying",
        "Dehumidifier manufacturer supplies dry-air systems for honey rooms, replacing jacketed drums that heat honey "
        "to 65°C to bring moisture from 25-30% down to 19%, which raises HMF. Dry air removes water without overheating "
        "and protects against fermentation and crystallisation.",
    ),
    (
        "kAo060",
        "en",
        "honestbee_methods",
        "Small-scale honey moisture reduction kit and training",
        "Beekeeping equipment firm offers drying enclosures with fans and mild heat, room dehumidifiers and stirring "
        "routines to bring honey to 18.5% moisture or less without destroying heat-sensitive enzymes.",
    ),
    (
        "kAo061",
        "en",
        "beesource_dehumid",
        "Dehumidified drying room protocol for honey supers before extraction",
        "Beekeeper-tested protocol: stack partly capped supers with spacers in a small room with a dehumidifier, test "
        "daily with a refractometer, and extract when readings reach about 16-17%; the dehumidifier must be emptied "
        "daily.",
    ),
    (
        "kAo062",
        "en",
        "gavin_c4",
        "C-4 sugar adulteration testing of honey by isotope ratio",
        "Food quality institute tests honey for cane and corn syrup by isotope ratio mass spectrometry: C3 and C4 plants "
        "differ in 13C/12C ratio (-28 to -23 per mil versus -15 to -9), catching syrups that chromatography misses.",
    ),
    (
        "kAo063",
        "en",
        "tello_lab",
        "Honey authenticity laboratory testing",
        "Accredited food laboratory offers honey authenticity panels for producers and buyers, checking sugar profile "
        "and signs of added syrups to counter fake honey in trade.",
    ),
    # --- pollination services ---
    (
        "kAo064",
        "en",
        "ifocus_pollination",
        "Setting up pollination contracts between orchards and beekeepers",
        "Extension service helps growers rent hives with written contracts: one to two hives per acre for apples, "
        "groups of four hives, minimum six frames of brood and 20,000 adult bees, placement timed to first bloom, and "
        "clear grower duties on spraying.",
    ),
    (
        "kAo065",
        "en",
        "howtoraisebees",
        "Pollination service for small farms: rates and hive placement",
        "Beekeeping service delivers hives at bloom and removes them after: cucumbers and melons 1-2 hives per acre for "
        "3-4 weeks, pumpkins 1 per acre, strawberries 2-3 per acre; small-farm fees about 50-100 dollars per hive.",
    ),
    (
        "kAo066",
        "en",
        "fruitgrowers_rent",
        "Advice on renting bees for crop pollination, including organic farms",
        "Fruit-grower advisers explain how to contract migratory beekeepers, why poor pollination gives small "
        "misshapen fruit, and why certified organic pollination is hard since bees forage about 3 miles around.",
    ),
    (
        "kAo067",
        "en",
        "dutchmansgold",
        "Orchard pollination hive placement",
        "Apiary places honey bee hives at about one per acre when blossoms open and removes them when petals drop, "
        "before any spraying, to improve fruit set and quality.",
    ),
    (
        "kAo068",
        "vi",
        "tlua_ong_dulich",
        "Mô hình trại ong kết hợp đón khách tham quan",
        "Hộ nuôi ong hơn 17 năm với khoảng 500 thùng chia sẻ cách kết hợp nuôi ong với du lịch: di chuyển đàn theo mùa "
        "hoa tràm, thu mật 10 ngày một lần mùa xuân (600-800 g/thùng) và đón khách xem lấy mật, thưởng thức mật ong.",
    ),
    # --- stingless bees ---
    (
        "kAo069",
        "vi",
        "khcn_ongdu_nha",
        "Giải pháp nhà nuôi ong dú giữ nhiệt ổn định",
        "Giải pháp đã được cấp bằng: nhà nuôi ong dú xây gạch ống rộng 2-2,5 m, dài 15-20 m, mát mùa hè, ấm mùa đông để "
        "giữ 28-33°C, nhiệt độ ngoài khoảng này ong chết hàng loạt. Tác giả nuôi hơn 100 đàn, nhận chuyển giao.",
    ),
    (
        "kAo070",
        "vi",
        "nongnghiep_ongdu",
        "Chuyển giao nuôi ong dú trong nhà và thu mật dược liệu",
        "Hộ nuôi ong dú chuyển giao cách bắt đàn từ bộng cây về nuôi trong nhà nuôi riêng; mật ong dú được ong ủ hơn "
        "100 ngày nên có giá trị cao. Hướng dẫn thu mật và bán mật theo giá dược liệu.",
    ),
    (
        "kAo071",
        "en",
        "vietnamvn_ongdu",
        "Multi-compartment wooden boxes and splitting for stingless bees",
        "Stingless-bee keepers supply small wooden hive boxes divided into compartments with a clear plastic side for "
        "inspection, placed on shelves in airy spots, and teach colony splitting once colonies settle after about two "
        "years.",
    ),
    (
        "kAo072",
        "vi",
        "vuonmatong",
        "Cung cấp đàn ong dú giống cho vườn và sân thượng",
        "Vườn ong cung cấp đàn ong dú (không nọc đốt, vết cắn nhẹ hơn kiến) để nuôi ở vườn hoặc sân thượng, kể cả nhà "
        "có trẻ nhỏ; ong tự kiếm ăn trong bán kính khoảng 2 km, giúp thụ phấn cây trồng.",
    ),
    (
        "kAo073",
        "en",
        "igi_split",
        "Colony split technique for propagating stingless bees",
        "University meliponiculture team trains keepers to multiply Heterotrigona itama by moving brood with queen "
        "cells from a log hive into an empty box, instead of cutting trees to take wild nests; 80% of new boxes became "
        "queenright colonies.",
    ),
    (
        "kAo074",
        "en",
        "ties_training",
        "One-day meliponiculture training",
        "Environmental society runs one-day hands-on training in stingless bee keeping: species and distribution, "
        "hiving techniques, honey extraction and colony management; 31 farmers, homemakers and students attended the "
        "last course.",
    ),
    (
        "kAo075",
        "en",
        "ethiopia_hive",
        "Hive design evaluation for domesticating native stingless bees",
        "Research centre compares hive types for wild stingless bee colonies: colonies moved into box and modern hives "
        "all absconded within six months while pot hives held, guiding keepers to locally suitable designs.",
    ),
    (
        "kAo076",
        "vi",
        "tracuu_ongdu",
        "Nhận biết dấu hiệu đàn ong dú có vấn đề và bệnh thường gặp",
        "Trang dược liệu hướng dẫn người nuôi ong dú nhận biết dấu hiệu đàn yếu, ấu trùng đổi màu, mùi hôi, và các bệnh "
        "thối ấu trùng, ve ký sinh; cách cách ly đàn bệnh và vệ sinh tổ.",
    ),
    # --- sericulture: mulberry and silkworms ---
    (
        "kAo077",
        "vi",
        "hoachat_kopia",
        "Đào tạo trồng dâu, nuôi tằm và ươm tơ theo chuỗi giá trị",
        "Trung tâm nghiên cứu dâu tằm tơ trung ương cùng dự án quốc tế đào tạo kỹ thuật trồng dâu, phòng bệnh, nuôi tằm "
        "và ươm tơ; mô hình chuỗi cho hiệu quả gấp 3-4 lần trồng lúa. Lưu ý lá dâu ướt mưa phải phơi ráo trước khi cho "
        "tằm ăn để tránh bệnh.",
    ),
    (
        "kAo078",
        "vi",
        "tlua_tambo",
        "Chuyển đổi sang giống dâu lai tam bội và hỗ trợ nhà nuôi tằm",
        "Hội nông dân và quỹ hỗ trợ cho vay cải tạo giống dâu, xây nhà nuôi tằm; tổ hợp tác 25 hộ đã chuyển toàn bộ "
        "26 ha sang dâu lai tam bội. Với giá kén hiện tại thu nhập 150-200 triệu đồng/ha/năm.",
    ),
    (
        "kAo079",
        "en",
        "vnagri_ground",
        "Floor (ground) silkworm rearing with hybrid mulberry",
        "Central mulberry research centre transfers floor rearing of silkworms in a separate disinfected house: mature "
        "worms climb onto mounting beds by themselves, and lime powder is dusted daily to disinfect and dry the bed. "
        "Hybrid mulberry yields 30-35 tonnes of leaves per hectare versus 12-15 for old local varieties.",
    ),
    (
        "kAo080",
        "en",
        "rahmathulla_climate",
        "Temperature and humidity management package for silkworm rearing",
        "Silkworm seed organisation trains farmers to manage temperature, humidity, air and light through egg "
        "incubation, larval feeding, spinning and cocoon stages, since season-to-season swings change cocoon weight and "
        "shell ratio.",
    ),
    (
        "kAo081",
        "en",
        "scribd_silkdisease",
        "Silkworm disease management training",
        "Sericulture training unit teaches recognition and control of grasserie, flacherie, muscardine and pebrine, "
        "linking outbreaks to temperature, humidity and leaf quality, with disinfection routines to avoid crop failure.",
    ),
    (
        "kAo082",
        "en",
        "arietiform_chawki",
        "Chawki (young-age) rearing, egg incubation and brushing service",
        "Sericulture vocational centre offers incubation of silkworm eggs for uniform hatching, brushing of newly "
        "hatched worms and chawki rearing on prepared trays, with mulberry shoots pruned 25-30 days before brushing.",
    ),
    (
        "kAo083",
        "en",
        "tridge_gq2",
        "GQ2 mulberry cultivar supply for new sericulture areas",
        "Central mulberry research centre supplies GQ2 mulberry planting material and advice for new areas; national "
        "mulberry area recovered to 13,166 ha by 2021, and the centre works on mechanisation and value-added products.",
    ),
    (
        "kAo084",
        "vi",
        "docz_tamde",
        "Sách kỹ thuật nuôi tằm và nuôi dế cho nông hộ",
        "Nhà xuất bản phát hành tài liệu kỹ thuật trồng dâu, nuôi tằm và nuôi dế thương phẩm: cây dâu dễ trồng, ít "
        "bệnh, vốn ít; dế là đặc sản nhà hàng, thời gian nuôi ngắn. Kèm phần phòng trị bệnh.",
    ),
    # --- black soldier fly ---
    (
        "kAo085",
        "vi",
        "vnbusiness_hungdien",
        "Mô hình hợp tác xã nuôi ruồi lính đen từ rác chợ nông sản",
        "Hợp tác xã chia sẻ mô hình nuôi ruồi lính đen bằng rau củ quả thải ở chợ (hàng chục tấn mỗi ngày): đầu tư nhà "
        "lưới kín chia khu nuôi ấu trùng và khu ruồi trưởng thành, vòng đời 30-45 ngày, tạo phân bón và thức ăn chăn nuôi.",
    ),
    (
        "kAo086",
        "vi",
        "vanhien_cuchi",
        "Cung cấp trứng ruồi lính đen và hướng dẫn nuôi",
        "Trại ruồi lính đen cung cấp trứng giá 15-20 triệu đồng/kg và ấu trùng làm thức ăn cho heo, gia cầm, thủy sản. "
        "Ruồi cái đẻ 500-800 trứng, vòng đời khoảng 40 ngày; hướng dẫn làm mùng lưới cho ruồi đẻ.",
    ),
    (
        "kAo087",
        "vi",
        "thuongtruong_longan",
        "Mô hình cho ruồi lính đen đẻ trong mùng thu trứng",
        "Nông dân chuyển giao khu đẻ trứng trên 1.000 m2 với hơn 50 mùng (2 x 7 m), tấm gỗ ghép cho ruồi đẻ vào khe; "
        "mỗi ngày thu khoảng 2 kg trứng. Khu còn lại nuôi nhộng.",
    ),
    (
        "kAo088",
        "vi",
        "thietbi_bsf",
        "Tài liệu kỹ thuật ruồi lính đen xử lý phụ phẩm nông nghiệp",
        "Doanh nghiệp thiết bị chăn nuôi cung cấp hướng dẫn: ấu trùng đạm thô 28-48%, béo 12-42% tùy thức ăn, thay thế "
        "bột cá; ruồi trưởng thành không ăn, không bám thức ăn nên không mang mầm bệnh; ấu trùng tiết enzyme phân hủy "
        "chất hữu cơ và phân chuồng.",
    ),
    (
        "kAo089",
        "vi",
        "hufi_bsf",
        "Quy trình xử lý chất thải hữu cơ bằng ruồi lính đen quy mô hộ",
        "Nhóm nghiên cứu trường đại học chuyển giao quy trình xử lý rác hữu cơ bằng ấu trùng ruồi lính đen cho ba loại "
        "chất nền: rác nhà hàng chay cho hiệu suất cao nhất, rác rau củ quả thấp nhất. Mô hình có hiệu quả kinh tế, phù "
        "hợp hộ gia đình và nông thôn.",
    ),
    (
        "kAo090",
        "vi",
        "vhl_bsf",
        "Giải pháp xử lý mùi hôi chất thải chăn nuôi bằng ruồi lính đen",
        "Viện Hàn lâm KHCN giới thiệu mô hình ruồi lính đen cho hộ chăn nuôi: vòng đời khoảng 40 ngày qua 5 giai đoạn, ấu "
        "trùng 43-51% protein, 15-18% béo, 2,8-6,2% canxi, dùng làm thức ăn cho gà, vịt, heo, đồng thời giảm mùi hôi "
        "chất thải.",
    ),
    (
        "kAo091",
        "en",
        "echo_bsf",
        "Scaled-up black soldier fly larvae production system for small farms",
        "Small-farm resource centre in Chiang Mai trains farmers in a step-by-step BSF system turning food scraps and "
        "manure into high-protein feed for pigs, poultry and fish, with the residue used as soil amendment; suited to "
        "places where fishmeal and soy meal are costly.",
    ),
    (
        "kAo092",
        "en",
        "monitor_bsf",
        "Starter package for a black soldier fly farm: bins, larvae and oil pressing",
        "Agribusiness trainers help novices rear their own BSF eggs: 100 kg of substrate can yield 60-70 kg of larvae "
        "in two weeks; larvae hold about 40-45% protein and 30% fat, can be fed live, dried into meal or pressed for "
        "oil, and frass is sold as compost.",
    ),
    (
        "kAo093",
        "en",
        "feedadditive_kenya",
        "Financial feasibility assessment for BSF enterprises",
        "Water management research institute offers feasibility analysis for black soldier fly businesses based on 14 "
        "enterprises in Kenya using food scraps and market waste, covering costs, revenue from larvae and frass, and "
        "whether BSF farming pays off.",
    ),
    (
        "kAo094",
        "en",
        "betuco_bsf",
        "Substrate mixing and feeding-rate advice for BSF composting",
        "Agronomy consultants advise on larval density, feeding rate and frequency, and mixing protein-rich with "
        "carbon-rich wastes, as substrate changes larval growth, development time and waste reduction; larvae hold "
        "about 40% protein and 35% fat.",
    ),
    (
        "kAo095",
        "en",
        "scirp_bsf",
        "Review-based guidance on BSF larvae performance by substrate",
        "University researchers provide a review of how different organic wastes affect black soldier fly larvae and "
        "best practices for multiplying them in a waste treatment plant, for protein feed and diesel fuel.",
    ),
    (
        "kAo096",
        "vi",
        "baotintuc_zhejiang",
        "Mô hình trại ruồi lính đen xử lý rác nhà bếp quy mô lớn",
        "Giới thiệu trại ruồi lính đen của một phó giáo sư môi trường: 13 nhà kính, một nhà ủ nghiền rác trộn men vi "
        "sinh, nhận 12 tấn rác mỗi ngày; ấu trùng bán khoảng 1.500 USD/tấn làm thức ăn chăn nuôi, phân dùng trồng hoa.",
    ),
    # --- earthworms and vermicompost ---
    (
        "kAo097",
        "vi",
        "nnmt_cuchi_trun",
        "Chuyển giao nuôi trùn quế trên phân bò và sản xuất phân trùn",
        "Trang trại trùn quế 18 năm chuyển giao quy trình: chuồng bạt hoặc bê tông, cho ăn phân bò hai ngày một lần, phân "
        "heo gà vịt phải ủ kỹ. Trên 1.500 m2 thu khoảng 1 tấn trùn mỗi tháng và 70 tấn phân sau 4 tháng; có dịch trùn "
        "quế làm phân bón.",
    ),
    (
        "kAo098",
        "vi",
        "skds_vinh",
        "Liên kết nuôi trùn quế với nông dân miền Tây",
        "Doanh nghiệp trùn quế liên kết với nông dân trên hơn 100 ha khắp miền Tây, cung cấp giống, hướng dẫn giữ đất "
        "nuôi luôn ẩm và bao tiêu sản phẩm; khởi đầu với vốn khoảng 20 triệu đồng trên vài trăm m2.",
    ),
    (
        "kAo099",
        "vi",
        "kienthuc_trun",
        "Thiết kế ô nuôi trùn quế cho hộ gia đình",
        "Hướng dẫn thiết kế chuồng trùn quế: thành cao 4-6 cm, nền lót cát 5 cm, dưới cát lót lưới; thức ăn gồm phân gia "
        "súc gia cầm, rơm rạ, cỏ khô, rau quả, phân bò tươi là tốt nhất.",
    ),
    (
        "kAo100",
        "vi",
        "tsvn_vien",
        "Sản xuất viên nén phân trùn quế và trùn khô",
        "Trang trại giới thiệu dây chuyền từ phân bò ra trùn tươi, trùn khô làm thức ăn tôm cá và viên nén phân trùn "
        "quế; mỗi năm 2 vụ trên 5.000 m2, bán toàn quốc.",
    ),
    (
        "kAo101",
        "vi",
        "tcdulich_nangut",
        "Hợp tác xã trùn quế cung cấp giống và tập huấn",
        "Hợp tác xã trùn quế thành lập năm 2022 cung cấp trùn giống, phân trùn và tập huấn kỹ thuật cho thành viên; "
        "phân trùn cải tạo đất, giảm phân hóa học và xử lý rác hữu cơ.",
    ),
    (
        "kAo102",
        "en",
        "echo_worms",
        "Vermiculture and vermicomposting guide for small farms",
        "Development network shares field-tested worm systems: a Nicaraguan farm started 400 g of redworms in 8 holes "
        "of 20 x 20 x 20 inches; worms can be fed to chickens or sold, and castings hold moisture and supply usable "
        "nitrogen.",
    ),
    (
        "kAo103",
        "en",
        "greenagri",
        "Earthworm farming from household and farm organic waste",
        "Provincial agriculture department supports small-scale farmers to set up earthworm farms, from household units "
        "to community businesses supplying compost monthly for vegetable gardens.",
    ),
    (
        "kAo104",
        "en",
        "farmpedia_vermi",
        "Choosing worm species for vermicomposting",
        "University agronomy chapter explains surface-dwelling epigeic species used for vermicomposting (red wigglers, "
        "African nightcrawlers, Perionyx excavatus) and how vermicompost improves mineral availability over normal "
        "compost.",
    ),
    (
        "kAo105",
        "vi",
        "luanvan_trun",
        "Khảo sát mật độ trùn quế xử lý phụ phẩm rau",
        "Bộ môn công nghệ môi trường trường đại học nông lâm cung cấp kết quả thử nghiệm mật độ trùn thích hợp để xử lý "
        "phụ phẩm rau cải, chất thải hữu cơ giàu nước dễ thối rữa, chưa được phân loại tại nguồn.",
    ),
    # --- crickets and edible insects ---
    (
        "kAo106",
        "vi",
        "tayninh_de",
        "Quy trình nuôi dế bố mẹ và dế thịt của trạm khuyến nông",
        "Trạm khuyến nông chuyển giao quy trình: chọn dế bố mẹ khi mọc cánh 55-60 ngày tuổi, ghép 1 đực 2 cái, mật độ "
        "30-40 con/m2 chuồng gỗ hoặc 2 mái 1 trống mỗi thùng 45 lít. Ưu điểm vốn thấp, ít bệnh, ít diện tích.",
    ),
    (
        "kAo107",
        "vi",
        "baotintuc_de",
        "Kỹ thuật ấp trứng dế và chăm dế con",
        "Hướng dẫn ấp trứng dế ở 22-26°C, thay khăn ướt 3-4 ngày/lần, trứng nở sau 9-10 ngày; dế con ăn cỏ non và cám "
        "17-21% đạm bằng 3% khối lượng dế, cho ăn cách 4-6 giờ, uống nước qua cỏ phun ướt.",
    ),
    (
        "kAo108",
        "vi",
        "vietnamnet_de",
        "Cung cấp trứng dế giống theo khay",
        "Trại dế 5 năm kinh nghiệm cung cấp khoảng 100 khay trứng mỗi tuần, giá 70.000-80.000 đồng/khay, mỗi khay cho "
        "khoảng 5 kg dế thương phẩm. Lưu ý rau cho dế ăn không được nhiễm thuốc bảo vệ thực vật.",
    ),
    (
        "kAo109",
        "vi",
        "thucanh_decom",
        "Kỹ thuật nuôi dế cơm trong thùng nhựa",
        "Tài liệu nuôi dế cơm: thùng nhựa 40-80 lít có nắp, lớp đất 25-35 cm tơi ẩm không cát sỏi, phủ cỏ che chắn vì "
        "dế cơm hay cắn nhau; dế mái đẻ khoảng 200 trứng, tỷ lệ nở 95-97%.",
    ),
    (
        "kAo110",
        "en",
        "fao_cricket",
        "Guidance on sustainable cricket farming for farmers and inspectors",
        "FAO and Khon Kaen University provide a practical manual and training on rearing, feeding, hygiene, waste and "
        "heat management, harvesting and storing crickets, plus an inspection checklist for local food-safety "
        "authorities.",
    ),
    (
        "kAo111",
        "en",
        "teakdoor_cricket",
        "Cricket feed formulated from agricultural waste",
        "Provincial university, funded by the national agricultural research agency, develops cricket feed from farm "
        "waste to cut production costs and meet quality standards; Thailand has over 20,000 insect farms producing more "
        "than 7,000 tonnes a year.",
    ),
    (
        "kAo112",
        "en",
        "mahidol_cricket",
        "Hazard and critical control point study for house cricket farms",
        "Nutrition institute identifies quality and safety hazards along the house cricket chain from farm to "
        "consumer across 10 provinces, giving farms critical control points for feed, rearing and post-harvest.",
    ),
    (
        "kAo113",
        "en",
        "frontiers_cricket",
        "Review of weeds and by-products as cricket feed",
        "Academy entomologists summarise studies on feeding farmed crickets with weeds and agricultural and food "
        "industry by-products, including effects on growth and survival, to help farms find cheap local feeds.",
    ),
    (
        "kAo114",
        "en",
        "hackewitz_cricket",
        "Cost-efficient feed ingredients for house crickets",
        "University food science study tests alternative feed ingredients to replace chicken feed for Acheta "
        "domesticus reared for human consumption, comparing growth and cost.",
    ),
    (
        "kAo115",
        "en",
        "fao_sixlegged",
        "Edible insect farming and marketing know-how from Thailand",
        "FAO regional office publication and training on farming crickets and palm weevil larvae, wild collection and "
        "marketing channels for edible insects.",
    ),
    # --- rabbits and quail ---
    (
        "kAo116",
        "vi",
        "khuyennong_hg_tho",
        "Mô hình nuôi thỏ sinh sản trong lồng của khuyến nông",
        "Trung tâm khuyến nông giới thiệu mô hình thỏ trên chuồng khoảng 50 m2, lồng đặt cách đất 50-60 cm, mỗi lồng có "
        "máng ăn và nước sạch, vệ sinh hằng ngày; tận dụng cỏ, lá quanh nhà và lao động nhàn rỗi.",
    ),
    (
        "kAo117",
        "vi",
        "thuonghieu_tho",
        "Chuẩn hóa con giống và quy trình nuôi thỏ sạch, liên kết đầu ra",
        "Trang trại thỏ sạch chuyển giao quy trình: xử lý chuồng trại, phòng bệnh để giảm kháng sinh, khẩu phần 50% cám "
        "viên và 50% cỏ tươi; liên kết thanh niên, nông dân cùng nuôi và bao tiêu.",
    ),
    (
        "kAo118",
        "vi",
        "tiengiang_tho",
        "Cung cấp thỏ giống Pháp, New Zealand và kỹ thuật nuôi",
        "Trang trại 1.500 con bố mẹ cung cấp thỏ giống: thỏ 6 tháng bắt đầu sinh sản, 6-8 lứa/năm, mỗi lứa 6-8 con; thỏ "
        "thịt nuôi 4-4,5 tháng đạt hơn 2 kg. Thức ăn chủ yếu rau sạch và cám công nghiệp.",
    ),
    (
        "kAo119",
        "en",
        "fao_rabbit",
        "Rabbit project strategies for smallholders in the tropics",
        "Small livestock research centres share applied guidance for rural rabbit projects: suitable breeds and "
        "selection, tropical feeds, disease control and housing, adapted because temperate-country advice often fails "
        "locally.",
    ),
    (
        "kAo120",
        "en",
        "islivestock_rabbit",
        "Heat-stress housing design for rabbits",
        "Livestock advisers design rabbit sheds for hot climates: infertility starts above 30°C (bucks more sensitive), "
        "best growth near 18°C and 70% humidity; open-sided sheds under 6 m wide with a chimney effect, cool water, "
        "shade and evaporative cooling.",
    ),
    (
        "kAo121",
        "en",
        "readkong_rabbit",
        "Rabbit production training for community animal health workers",
        "Livestock programme delivers training sessions on housing, space, feeding, breeding, handling, selecting "
        "breeding stock and recognising common rabbit diseases under village conditions.",
    ),
    (
        "kAo122",
        "vi",
        "anhsaovet_cut",
        "Quy trình nuôi chim cút sinh sản ba giai đoạn",
        "Công ty thú y chuyển giao quy trình cút sinh sản: chim con 0-3 tuần, hậu bị 4-10 tuần, đẻ sau 10 tuần; mục tiêu "
        "đồng đều trên 80%, cút Nhật mái 167-170 g, khoảng 250 chim con loại 1/mái/năm.",
    ),
    (
        "kAo123",
        "vi",
        "hatinh_cut",
        "Hướng dẫn chuồng trại và giống chim cút đẻ",
        "Hướng dẫn chọn cút Nhật Bản đẻ 260-270 trứng/mái/năm, bắt đầu đẻ 39-40 ngày tuổi; chuồng xa khu dân cư, rộng "
        "dưới 8 m, cao trên 2,5 m, lưới sắt chống chuột, nền xi măng hơi dốc.",
    ),
    (
        "kAo124",
        "vi",
        "tailieu_aptrung",
        "Giáo trình ấp trứng nhân tạo cho chim và gia cầm",
        "Giáo trình chăn nuôi đà điểu và chim phần ấp trứng nhân tạo: nguyên lý tạo môi trường như chim ấp, mục đích "
        "tăng năng suất chim mái và tạo nhiều con giống trong thời gian ngắn, lịch sử máy ấp công nghiệp.",
    ),
    (
        "kAo125",
        "en",
        "echo_quail",
        "Household Japanese quail production system",
        "Development network shares a tested household quail system with home-made cages, locally grown or bought "
        "feeds and sanitation, based on three years of trials, with actual costs and yields reported.",
    ),
    (
        "kAo126",
        "en",
        "thatquail",
        "Quail egg handling and artificial incubation",
        "Quail specialists advise collecting eggs twice daily, storing at 14°C and 70% humidity large end up for no more "
        "than 7 days (14-21 days in PVC bags), and fitting chicken incubator trays with welded wire strips for quail "
        "eggs.",
    ),
    (
        "kAo127",
        "en",
        "agricsite_quail",
        "Indoor cage housing for quail",
        "Poultry advisers set up elevated colony or individual cages for quail kept indoors, about 900 cm2 per bird, so "
        "droppings fall away and birds are protected from predators and weather.",
    ),
    # --- small-scale agritourism ---
    (
        "kAo128",
        "vi",
        "baovinhlong_homestay",
        "Tư vấn phát triển homestay miệt vườn theo mô hình cụm liên kết",
        "Phòng văn hóa huyện chia sẻ kinh nghiệm hơn 30 năm du lịch sinh thái cù lao: hơn 20 homestay, 9 đơn vị đạt giải "
        "du lịch ASEAN; cụm 6 homestay liên kết cùng đón khách, kết hợp vườn cây ăn trái, di tích, làng nghề.",
    ),
    (
        "kAo129",
        "vi",
        "thanhnien_nhihoa",
        "Mô hình làng du lịch cộng đồng mỗi hộ một sản phẩm trải nghiệm",
        "Sở văn hóa, thể thao và du lịch giới thiệu cách tổ chức làng du lịch nông thôn theo chuỗi dịch vụ khép kín: mỗi "
        "hộ đảm nhận một trải nghiệm riêng như thắt lá, bắt vịt, nhặt trứng, làm bánh, nối thành hành trình liền mạch.",
    ),
    (
        "kAo130",
        "vi",
        "noibai_cocohome",
        "Thiết kế homestay từ vật liệu dừa trong vườn cây ăn trái",
        "Chủ nhà dừa ở cù lao chia sẻ cách xây homestay từ hơn 4.000 cây dừa 90-100 năm tuổi: nhà chính 3 gian 2 chái, 6 "
        "căn homestay giữa vườn, kết hợp tham quan vườn, ẩm thực sông nước.",
    ),
    (
        "kAo131",
        "en",
        "vt_agritourism",
        "Agri-tourism planning guide for small farms",
        "University extension publication and workshops help small farms add agri-tourism when commodity prices are "
        "poor and input costs rose 13%: assessing resources, markets, regulations and finances before opening.",
    ),
    (
        "kAo132",
        "en",
        "seenmag_agritourism",
        "Agritourism risk management: insurance and biosecurity plans",
        "Rural business advisers help family farms pick low-disruption, high-experience visitor models and build "
        "insurance, safety and biosecurity plans that protect livestock and the core farm before hosting guests.",
    ),
    (
        "kAo133",
        "en",
        "ambrook_uvm",
        "Navigating zoning and permits for on-farm tourism",
        "Rural studies centre shares research and guidance on agritourism hurdles: 26% of farms offering it reported "
        "zero profit, and local zoning and permits are major barriers; helps producers who lack hospitality skills plan "
        "tours, lodging and transport.",
    ),
    (
        "kAo134",
        "vi",
        "phuongnam_tamho",
        "Vườn ươm cây giống đặc sản kết hợp đón khách tham quan",
        "Khu du lịch sinh thái trên cù lao mở cửa vườn ươm cho khách xem quy trình ươm, chăm sóc, tạo cây giống khỏe và "
        "thưởng thức bưởi da xanh, ổi không hạt, mít nghệ; chia sẻ cách kết hợp bán cây giống với du lịch.",
    ),
    # --- distractors from neighbouring fields (aquaculture, biogas, mushrooms, vegetables, coconut, fruit) ---
    (
        "kAo135",
        "vi",
        "docz_tom_vietgap",
        "Tư vấn chứng nhận VietGAP cho hộ nuôi tôm thẻ chân trắng",
        "Nhóm nghiên cứu trường đại học tư vấn áp dụng VietGAP cho tôm thẻ thâm canh: xây ao lắng, kiểm dịch giống 100%, "
        "mật độ khoảng 40 con/m2; năng suất 2,7-5,6 tấn/ha/vụ, lô hàng đạt chuẩn xuất khẩu được cộng 2.000-5.000 đồng/kg.",
    ),
    (
        "kAo136",
        "vi",
        "tailieu_tomsu_tv",
        "Giải pháp phát triển bền vững nuôi tôm sú ven biển Trà Vinh",
        "Chuyên gia thủy lợi đề xuất giải pháp hài hòa sáu yếu tố nước, giống, kỹ thuật công nghệ, quy hoạch, vốn và thị "
        "trường cho nghề nuôi tôm sú ven biển Trà Vinh, giảm rủi ro cho hộ nuôi.",
    ),
    (
        "kAo137",
        "vi",
        "docz_biofloc",
        "Chuyển giao quy trình nuôi tôm thẻ chân trắng biofloc",
        "Trường đại học so sánh và chuyển giao quy trình nuôi tôm thẻ biofloc với quy trình truyền thống trên ao thực "
        "nghiệm ở vùng ven biển, hướng dẫn quản lý hệ vi sinh và chi phí.",
    ),
    (
        "kAo138",
        "vi",
        "tomvang_ehp",
        "Kiểm soát lây nhiễm EHP từ Artemia trong trại tôm giống",
        "Đơn vị kỹ thuật thủy sản cảnh báo Artemia có thể mang ký sinh trùng EHP gây tôm còi, phân trắng, giảm ăn 50-70%; "
        "hướng dẫn xử lý thức ăn tươi sống trong trại giống.",
    ),
    (
        "kAo139",
        "vi",
        "tailieu_lua_tom",
        "Thiết kế ruộng luân canh tôm - lúa",
        "Viện nghiên cứu chuyển giao thiết kế ruộng tôm-lúa: mương chiếm 20-30% diện tích, nước trên trảng 0,5-0,6 m, "
        "mương 1,2-1,4 m; thả giống 2-3 lần/vụ, tổng mật độ 3-3,5 con/m2.",
    ),
    (
        "kAo140",
        "vi",
        "tailieu_biogas_td",
        "Khảo sát và tư vấn xây hầm biogas cho hộ chăn nuôi",
        "Nhóm môi trường khảo sát hầm ủ biogas hộ chăn nuôi: hơn 80% hộ dùng biogas xử lý chất thải, hiệu suất xử lý "
        "75-80%; tư vấn xây dựng, vận hành để giảm mùi, tạo khí đốt và phân bón.",
    ),
    (
        "kAo141",
        "vi",
        "docz_biogas_lucbinh",
        "Nạp lục bình và rơm bổ sung cho hầm biogas khi thiếu phân heo",
        "Trường đại học khuyến cáo dùng lục bình và rơm đã trồng nấm làm nguyên liệu nạp bổ sung cho hầm ủ biogas khi "
        "phân heo thiếu do dịch bệnh, thử nghiệm ủ 35 ngày với nhiều tỷ lệ phối trộn.",
    ),
    (
        "kAo142",
        "vi",
        "docz_datngapnuoc",
        "Xử lý nước thải chăn nuôi heo sau biogas bằng đất ngập nước kiến tạo",
        "Mô hình đất ngập nước kiến tạo có trồng cây xử lý nước thải heo sau biogas: cây tích lũy khoảng 18% nitơ, phần "
        "lớn nitơ bay hơi dạng NH3; hiệu quả xử lý BOD chủ yếu do vi sinh vật.",
    ),
    (
        "kAo143",
        "vi",
        "khcn_biogas_cuchi",
        "Chuồng heo khép kín kết hợp hầm biogas chạy máy phát điện",
        "Mô hình trại 400 heo trên 700 m2: chuồng kín có quạt, dàn làm mát, ba hầm biogas cấp khí chạy máy phát 10 kW, "
        "tiết kiệm 3-4 triệu đồng mỗi tháng tiền điện.",
    ),
    (
        "kAo144",
        "vi",
        "nongnghiep_namrom_st",
        "Tập huấn trồng nấm rơm tận dụng rơm rạ sau thu hoạch",
        "Trạm khuyến nông tập huấn trồng nấm rơm: nhiệt độ 30-35°C, ẩm không khí từ 80%, xử lý rơm 7-8 ngày, xếp mô, cấy "
        "giống; máy cuốn rơm cuộn giúp gom rơm sau thu hoạch cơ giới.",
    ),
    (
        "kAo145",
        "vi",
        "ttkhcn_namrom",
        "Mô hình trồng nấm rơm ba vụ theo vụ lúa",
        "Nông dân 10 năm trồng nấm rơm chia sẻ kinh nghiệm chọn meo giống rõ nguồn gốc, 3 vụ nấm theo 3 vụ lúa, gần 100 "
        "công rơm cho hơn 2 tấn nấm; có dịch vụ cuộn rơm thuê.",
    ),
    (
        "kAo146",
        "vi",
        "namrom_trongnha",
        "Trồng nấm rơm trên kệ trong nhà kín",
        "Mô hình nhà kín 18 m2 với kệ tre, 600 bánh rơm (1 công rơm) và 70 bọc meo cho thu 170-180 kg nấm; ủ rơm ướt 3 "
        "ngày, rơm khô 7 ngày, ép khuôn 30 x 22 x 12 cm.",
    ),
    (
        "kAo147",
        "en",
        "van_hydroponic",
        "Hydroponic vegetable cooperative model with 5-no standard",
        "Peri-urban cooperative shares its hydroponic vegetable system in membrane houses with homemade ginger-garlic-"
        "chili sprays, meeting a five-no standard (no pesticide, GMO, heavy metals, E. coli or Salmonella, chemical "
        "fertiliser).",
    ),
    (
        "kAo148",
        "en",
        "tlua_nethouse_st",
        "Subsidised net houses for clean leafy vegetables",
        "Provincial plant protection sub-department supports net houses for leafy vegetables with a 70% cost subsidy, "
        "training for 200 households and help linking to schools and wholesale markets.",
    ),
    (
        "kAo149",
        "en",
        "greenhouse_lamdong",
        "Net-house and resistant-variety alternative to plastic greenhouses",
        "Seed company and university promote net houses with locally bred baby cucumber varieties harvested in about "
        "one month and picked for two months, at lower cost than imported seed.",
    ),
    (
        "kAo150",
        "en",
        "scilit_coconutjelly",
        "Cleaner production eco-model for raw coconut jelly wastewater",
        "Environmental engineers demonstrate a family-scale system for coconut jelly craft villages whose wastewater "
        "reaches 120,000 mg/l COD; the model cuts 90% of pollutants and 90% of treatment costs.",
    ),
    (
        "kAo151",
        "en",
        "hunglong_bentre",
        "Advanced coconut processing lines: milk, cream and virgin oil",
        "Engineering firm supplies processing technology for coconut milk, coconut cream and virgin coconut oil for "
        "export; the province's coconut industry reached 5,880 billion VND in 2020.",
    ),
    (
        "kAo152",
        "en",
        "hunglong_trabac",
        "Coconut shell activated carbon and coir product processing",
        "Coconut processor linking farmers in Trà Vinh and Bến Tre turns shells into activated carbon and BBQ charcoal "
        "and makes frozen coconut milk, desiccated coconut, coir mats and coco humus.",
    ),
    (
        "kAo153",
        "en",
        "bentre_coir",
        "Coconut fibre (coir) yarn production from dry husks",
        "Coir workshops along the Thom river process dry husks into fibre and yarn for export; over 50 establishments "
        "operate in one commune and dry fibre in yards during the dry season.",
    ),
    (
        "kAo154",
        "vi",
        "hethong_capheghep",
        "Quy trình nhân giống cà phê vối bằng phương pháp ghép",
        "Tiêu chuẩn ngành 10TCN 479-2001 do viện khoa học nông lâm biên soạn, hướng dẫn nhân giống cà phê vối bằng ghép "
        "cho các vườn ươm vùng cao nguyên.",
    ),
    (
        "kAo155",
        "vi",
        "thvl_saurieng_han",
        "Khôi phục vườn sầu riêng bị suy kiệt sau hạn mặn",
        "Cán bộ nông nghiệp hướng dẫn nhà vườn cù lao cứu vườn sầu riêng rụng lá, chết cây do hạn mặn gay gắt, kiểm "
        "soát nước tưới và phục hồi bộ rễ.",
    ),
    (
        "kAo156",
        "vi",
        "docz_greening",
        "Biện pháp chống tái nhiễm bệnh vàng lá greening trên cam quýt",
        "Luận văn viện bảo vệ thực vật đề xuất biện pháp chống tái nhiễm greening cho vườn cam, quýt đặc sản miền núi: "
        "quản lý rầy chổng cánh, trồng cây sạch bệnh.",
    ),
    (
        "kAo157",
        "vi",
        "thvl_chomchom",
        "Giống chôm chôm mới năng suất cao cho vườn thay thế",
        "Nông dân sau 4 năm trồng thử nghiệm sở hữu vườn chôm chôm giống mới năng suất, chất lượng cao, cung cấp cây "
        "giống cho nhà vườn muốn thay giống cũ.",
    ),
    (
        "kAo158",
        "en",
        "vietexplorer_hydro",
        "Hydroponic farm visits with pick-your-own cantaloupe",
        "Peri-urban hydroponic farm hosts families to harvest lettuce and cantaloupe and eat hotpot on site, with "
        "engineers explaining one-fruit-per-plant melon growing.",
    ),
    (
        "kAo159",
        "vi",
        "danviet_vusua",
        "Trồng vú sữa hoàng kim theo tiêu chuẩn VietGAP",
        "Nhà vườn chuyển giao kinh nghiệm trồng giống vú sữa hoàng kim theo VietGAP, đáp ứng thị trường ưa giống lạ.",
    ),
    (
        "kAo160",
        "en",
        "qnam_aquaponics",
        "Aquaponics system combining fish tanks and hydroponic vegetables",
        "Start-up farmer installs aquaponics where fish waste feeds hydroponic vegetables and roots clean water back to "
        "the tank; 4,000 m2 hydroponic garden earning about 300 million VND a year.",
    ),
    (
        "kAo161",
        "en",
        "nzdl_coconut",
        "Village-level coconut processing technology for the Mekong Delta",
        "Food chain development programme introduces small-scale coconut processing so farmers on under one acre can "
        "add value instead of selling raw nuts after loss of oil export markets.",
    ),
    (
        "kAo162",
        "en",
        "baonghean_hydro",
        "Substrate hydroponic lettuce with 15 crops a year",
        "Highland farm transfers hydroponic lettuce growing: seedlings raised in crushed coconut fibre, planted on "
        "plastic bars 70 cm above a cement floor, harvested after 25 days, up to 15 crops a year.",
    ),
    (
        "kAo163",
        "vi",
        "baoquangnam_tom",
        "Định hướng nuôi tôm thẻ lót bạt trên cát",
        "Ngành thủy sản tỉnh ven biển định hướng nuôi tôm thẻ chân trắng lót bạt trên cát, thâm canh công nghiệp để vượt "
        "khó do nuôi nhỏ lẻ, đầu ra bấp bênh.",
    ),
    (
        "kAo164",
        "en",
        "tuoitre_nethouse_vl",
        "Net house consulting for clean produce in Vĩnh Long",
        "Food technology engineer builds net houses with remote watering and humidity and light sensors, consults "
        "farmers across the delta and runs weekly in-plantation tours in Vĩnh Long city.",
    ),
    (
        "kAo165",
        "en",
        "wixlib_wildinsects",
        "Sustainable wild harvest of bamboo caterpillars",
        "Edible insect programme teaches collectors to harvest bamboo caterpillars by slicing only the infested "
        "internode instead of cutting whole bamboo clumps; grasshoppers and weaver ants are also traded.",
    ),
]
