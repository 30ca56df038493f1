"""Offers of the holdout219 set: (id, language, source key, title, description)."""

OFFERS = [
    # --- potted Tet flowers, propagation, villages ---
    (
        "qMo001",
        "vi",
        "cucmamxoi_bt",
        "Cung cấp cành giâm cúc mâm xôi từ vườn cây mẹ sạch bệnh",
        "Trung tâm giống hoa kiểng cung ứng cành giâm cúc mâm xôi lấy từ vườn cây mẹ chọn lọc: cành bánh tẻ dài 6-8 cm, "
        "mang 3-4 lá xanh, không sâu bệnh. Giao giống đúng thời vụ trồng khoảng tháng 6 âm lịch cho các vụ hoa Tết.",
    ),
    (
        "qMo002",
        "vi",
        "cucmamxoi_bt",
        "Chuyển giao quy trình xây dựng vườn cây mẹ và nhân giống cúc mâm xôi",
        "Hướng dẫn nhà vườn tự lập vườn cây mẹ cúc mâm xôi: chọn cây phân cành đều, nơi cao ráo kín gió, dựng nhà che nhựa PE "
        "tránh mưa nắng. Hệ số nhân giâm cành 15-20 lần, tức 1 ha cây mẹ đủ giống cho 15-20 ha sản xuất.",
    ),
    (
        "qMo003",
        "en",
        "cucmamxoi_bt",
        "Training in cutting propagation of cushion chrysanthemum",
        "A provincial ornamental-seedling centre trains growers to propagate cushion mums from semi-mature cuttings of "
        "6-8 cm with three or four leaves, taken from a disease-free mother-plant block. Multiplication is 15-20 fold, so one "
        "hectare of stock plants supplies 15-20 hectares of pot production.",
    ),
    (
        "qMo004",
        "vi",
        "plo_cholach",
        "Tư vấn kỹ thuật cắt đọt cho cúc mâm xôi tán tròn đều",
        "Chuyên gia hướng dẫn lịch cắt đọt (khoảng 5 lần trong hơn 4 tháng sau xuống giống) để tán cúc mâm xôi bung đều, "
        "bông tròn, cùng lịch bón phân và theo dõi sinh trưởng để hoa nở đúng dịp Tết, đạt giá bán 70.000-90.000 đồng/chậu.",
    ),
    (
        "qMo005",
        "en",
        "sadec_fest",
        "Crop scheduling for potted cushion chrysanthemum",
        "Agronomy service that builds the season plan for pot mums: planting of traditional yellow first and coloured red "
        "and pink lines about a month later, five rounds of pinching, then bloom-timing treatment, plus preventive sprays "
        "against waterlogging root rot. Used for runs of around 100,000 pots.",
    ),
    (
        "qMo006",
        "en",
        "dantri_sadec",
        "Planting calendar advice for long-cycle Tet pot flowers",
        "Advisory on when to plant cushion mums, which need 5-6 months to flower: cuttings set in the 3rd-4th lunar month, "
        "held and pinched until the right moment, then brought to bloom for the Lunar New Year market.",
    ),
    (
        "qMo007",
        "vi",
        "longan_caycon",
        "Cung cấp cây hoa con vạn thọ, mào gà, hướng dương trồng chậu Tết",
        "Cơ sở ươm cung ứng cây hoa con lấy từ các vùng hoa Sa Đéc, Mỹ Phong: vạn thọ khoảng 3.000 đồng/cây, mào gà 5.000 "
        "đồng/cây, hướng dương; kèm đất và phân trộn sẵn, chậu trồng, bán từ khoảng tháng 10 âm lịch.",
    ),
    (
        "qMo008",
        "en",
        "longan_caycon",
        "Plug seedlings for Tet pot flowers with ready-mixed soil",
        "Nursery supply of young marigold, celosia and sunflower plants for growers who finish pots for Tet, priced around "
        "VND 3,000-5,000 per plant, sold with pre-mixed soil and fertiliser and pots, with tips to avoid short, yellowing plants.",
    ),
    (
        "qMo009",
        "vi",
        "vinhyen",
        "Cung ứng giỏ hoa Tết thành phẩm từ làng nghề",
        "Làng nghề trồng hoa truyền thống cung cấp ra thị trường gần 400 nghìn giỏ hoa Tết các loại từ khoảng 20 ha của hơn "
        "100 hộ chuyên trồng, giao cho các chợ hoa xuân.",
    ),
    (
        "qMo010",
        "en",
        "longbinh",
        "Bougainvillea planting stock and hand-woven pots from a flower village",
        "A long-established decorative-flower village whose households (136 of 249) grow mainly bougainvillea offers rooted "
        "stock and hand-woven pots; weaving and seedling nursery start in the 6th lunar month for Tet orders.",
    ),
    (
        "qMo011",
        "en",
        "dantri_sadec",
        "Design and build of photo check-in installations made of potted flowers",
        "A flower cooperative designs and builds visitor check-in pieces (hearts, flags) on steel frames filled with 500 or "
        "more pots of mums and periwinkle, and advises on laying out a 2 ha viewing area inside a 3 ha garden.",
    ),
    (
        "qMo012",
        "vi",
        "dantri_sadec",
        "Tư vấn mô hình vườn hoa kết hợp bán vé tham quan",
        "Tổ hợp tác hoa kiểng chia sẻ mô hình chuyển từ chỉ bán hoa sang kết hợp du lịch: vườn 3 ha với 2 ha khu tham quan, "
        "khu check-in trên cạn và dưới nước, bán vé tăng lợi nhuận và quảng bá qua mạng xã hội.",
    ),
    (
        "qMo013",
        "vi",
        "vtc_sadec",
        "Thiết kế giàn đặt chậu hoa trên mặt nước kênh rạch",
        "Tư vấn làm giàn cao đặt chậu hoa phía trên kênh rạch theo kiểu làng hoa Sa Đéc, chăm sóc bằng xuồng, tận dụng mặt "
        "nước, tránh úng chậu khi triều lên và tạo cảnh quan hút khách.",
    ),
    (
        "qMo014",
        "en",
        "vnanet_cholach",
        "Wholesale Tet flowers and bonsai from a flower village",
        "Traders in a 1,000 ha flower and bonsai area with more than 1,500 households supply finished cushion mums, "
        "bougainvillea, mai, marigold and bonsai in bulk for the Lunar New Year market.",
    ),
    (
        "qMo015",
        "vi",
        "htv_15trieu",
        "Bản tin thị trường cung ứng hoa kiểng Tết",
        "Tổng hợp số liệu cung ứng của hai vựa hoa kiểng phía Nam, ước khoảng 15 triệu chậu hoa kiểng các loại cho thị "
        "trường Tết trong nước.",
    ),
    (
        "qMo016",
        "vi",
        "vietstock_tiktok",
        "Cung cấp cây giống dừa, xoài ghép",
        "Vựa giống ở Mỏ Cày Bắc cung cấp cây giống dừa, xoài và nhiều cây ăn trái khác cho nhà vườn.",
    ),
    # --- flower timing, lighting, growth regulators ---
    (
        "qMo017",
        "vi",
        "ceford_light",
        "Quy trình chiếu sáng bổ sung cho hoa cúc",
        "Trung tâm nghiên cứu hoa, cây cảnh chuyển giao kỹ thuật thắp đèn ban đêm cho cúc vụ ngày ngắn để phá quang chu kỳ: "
        "1 bóng compact cho 9 m2, 4 giờ mỗi đêm, giúp cây đủ cao mới ra hoa, thu hoa đúng lúc giá cao, hiệu quả tăng 2-2,5 lần.",
    ),
    (
        "qMo018",
        "en",
        "ceford_light",
        "Night-lighting protocol for chrysanthemum (one bulb per 9 m2)",
        "Research centre for flowers transfers a supplementary-lighting method for short-day mums: one compact lamp per 9 m2, "
        "lit 4 hours a night, so plants reach height before budding and can be harvested when prices peak.",
    ),
    (
        "qMo019",
        "vi",
        "ntt_led",
        "Đèn LED chuyên dụng chiếu sáng ngắt đêm kìm hãm ra hoa cúc",
        "Viện nghiên cứu thuộc trường đại học cung cấp đèn LED tập trung 660 nm kèm đỏ xa 730 nm và quy trình ngắt đêm: "
        "chiếu 90 phút lúc 3 giờ sáng, liên tục 40 đêm mỗi vụ, làm cúc ra hoa chậm khoảng 28 ngày, hoa bền 19 ngày, tiết kiệm điện.",
    ),
    (
        "qMo020",
        "en",
        "ntt_led",
        "Night-break LED lamps and protocol for chrysanthemum",
        "University institute offers purpose-built LEDs (660 nm with 730 nm far-red) and a tested night-break schedule: "
        "90 minutes at 3 a.m. for 40 nights, delaying flowering by about 28 days with good flower size and lower power use.",
    ),
    (
        "qMo021",
        "en",
        "ishs_nightbreak",
        "Red-light night-break protocol timed to the critical night",
        "Floriculture research group offers an updated night-break protocol for chrysanthemum: red light of 620-640 nm, "
        "given near the end of each cultivar's critical dark period rather than at midnight, with duration tuned per variety.",
    ),
    (
        "qMo022",
        "en",
        "udel_blue",
        "Blue plus far-red day-extension lighting trials for chrysanthemum",
        "University lab runs trials on extending short days with moderate blue light, showing it holds mums vegetative only "
        "when far-red is present in the main photoperiod; offers cultivar tests with 11 h main light plus 4 h blue.",
    ),
    (
        "qMo023",
        "en",
        "supreme_led",
        "LED grow lights for chrysanthemum photoperiod control",
        "Lighting manufacturer supplies low-heat LED fixtures and guidance for two treatments: shading to give over 14 h of "
        "darkness to induce buds, or adding at least 3 h of light per day to keep plants vegetative.",
    ),
    (
        "qMo024",
        "vi",
        "supreme_led",
        "Đèn LED chiếu sáng ban đêm cho thanh long ra hoa nghịch vụ",
        "Nhà sản xuất đèn cung cấp đèn LED chiếu ban đêm kích thích thanh long ra hoa trái vụ.",
    ),
    (
        "qMo025",
        "vi",
        "red_led",
        "Quy trình chiếu LED đỏ sau hoàng hôn giữ cúc không ra hoa",
        "Nhóm nghiên cứu chuyển giao cách chiếu LED đỏ 6 giờ sau khi mặt trời lặn, liên tục hoặc ngắt quãng, để kìm ra hoa "
        "và điều khiển chiều dài thân cúc; thu hoạch khoảng 2 tháng sau khi tắt đèn.",
    ),
    (
        "qMo026",
        "en",
        "ksu_poinsettia",
        "Blackout short-day scheduling for pot plants",
        "Extension horticulturist sets up dark treatments for short-day pot crops: at least 12 h of unbroken darkness every "
        "24 h with night temperatures of 60-65 F; the first six weeks are critical and plants bloom 8-11 weeks after the start.",
    ),
    (
        "qMo027",
        "vi",
        "ksu_poinsettia",
        "Dịch vụ xử lý ngày ngắn bằng che tối cho hoa chậu",
        "Hướng dẫn che tối cây hoa ngày ngắn (cúc, trạng nguyên) tối thiểu 12 giờ liên tục mỗi ngày bằng vải đen hay thùng kín, "
        "6 tuần đầu là quyết định, mỗi đêm bỏ lỡ làm chậm ra hoa 2 ngày; hoa nở sau 8-11 tuần.",
    ),
    (
        "qMo028",
        "en",
        "mardi_photoperiod",
        "Photoperiod trials for flowering control of chrysanthemum",
        "Agricultural research institute offers photoperiod trials: 8 h days extended by 2 or 4 h of incandescent light "
        "delay bud initiation; 4 h stops buds developing, while 2 h makes flowering on a plant more uniform.",
    ),
    (
        "qMo029",
        "vi",
        "mai_latla",
        "Tư vấn canh ngày lặt lá mai theo thời tiết và cỡ nụ",
        "Nghệ nhân mai tư vấn chọn ngày lặt lá: mai 5 cánh thường lặt khoảng rằm tháng Chạp; tháng Chạp nắng nóng thì lùi "
        "17-20, mưa nhiều thì sớm 10-14; nụ nhỏ lặt sớm, nụ lớn lặt muộn; mai nhiều cánh lặt sớm hơn. Từ bung vỏ lụa tới nở khoảng 7 ngày.",
    ),
    (
        "qMo030",
        "en",
        "mai_latla",
        "Leaf-stripping calendar for Tet apricot (mai)",
        "Consultant tells mai growers when to strip leaves: around the 15th of the last lunar month for five-petal mai, later "
        "(17th-20th) in hot weather and earlier (10th-14th) in a wet month, adjusted by bud size; buds open about 7 days after the sheath splits.",
    ),
    (
        "qMo031",
        "vi",
        "mai_thang",
        "Lịch chăm sóc mai vàng theo từng tháng âm lịch",
        "Nhà vườn mai chia sẻ quy trình chăm mai quanh năm: tháng Giêng phục hồi cây sau Tết, các tháng giữa năm nuôi cành lá, "
        "rồi phân hóa mầm hoa và điều chỉnh để nụ bung đúng giao thừa; có lịch bón phân, tưới, tỉa theo từng tháng.",
    ),
    (
        "qMo032",
        "en",
        "paclo_chrys",
        "Growth-retardant programme for compact potted chrysanthemum",
        "University horticulture department offers a dwarfing programme: sprays of chlormequat (CCC 1,500-3,000 ppm) or "
        "paclobutrazol (25-50 ppm) at 4 and 6 weeks after transplanting cuttings, giving shorter plants with more shoots and flowers.",
    ),
    (
        "qMo033",
        "vi",
        "paclo_chrys",
        "Xử lý chất lùn cây (CCC, paclobutrazol) cho cúc trồng chậu",
        "Chuyển giao quy trình phun chất làm lùn cho cúc chậu: CCC 1.500-3.000 ppm hoặc paclobutrazol 25-50 ppm, phun 4 tuần sau "
        "khi trồng và nhắc lại sau 2 tuần; cây thấp gọn, nhiều chồi, nhiều hoa, diệp lục tăng.",
    ),
    (
        "qMo034",
        "vi",
        "paclo_rose",
        "Tưới gốc paclobutrazol cho hoa hồng trồng chậu",
        "Nhóm nghiên cứu khuyến cáo tưới paclobutrazol vào giá thể 2,0 mg/chậu cho hồng chậu: cây thấp, cân đối với chậu, "
        "lá xanh đậm hơn, hoa bền lâu hơn mà không gây ngộ độc.",
    ),
    (
        "qMo035",
        "en",
        "paclo_firespike",
        "Growth-regulator trials for new flowering pot species",
        "University extension tests growth regulators on candidate pot plants: paclobutrazol or flurprimidol drenches cut "
        "height by 46-65% but delay flowering 11-31 days; best shape came from about 0.24-0.35 mg active ingredient per pot.",
    ),
    (
        "qMo036",
        "vi",
        "melinh_light",
        "Kỹ thuật thắp đèn đêm cho cúc cắt cành",
        "Vùng hoa chuyên canh hướng dẫn thắp đèn ban đêm cho ruộng cúc để cây vươn cao, thân thẳng đều đạt chuẩn thương phẩm, "
        "đồng thời chống rét, chủ động thời điểm thu hoạch theo lễ Tết.",
    ),
    (
        "qMo037",
        "vi",
        "panamerican_led",
        "Đèn LED bổ sung ánh sáng theo phổ đặt riêng cho hoa cúc",
        "Doanh nghiệp điện tử cung cấp đèn LED bổ sung ánh sáng cho cúc, đặt phổ và công suất theo từng giai đoạn sinh trưởng, "
        "ít tỏa nhiệt nên đặt gần cây được; khuyên tăng dần cường độ để cây không bị sốc.",
    ),
    (
        "qMo038",
        "vi",
        "hoa_tuoilau",
        "Mẹo cắm hoa tươi lâu ngày Tết",
        "Hướng dẫn người tiêu dùng chọn hoa còn tươi, cắt chéo gốc, bỏ lá ngập nước, thay nước hằng ngày để bình hoa Tết lâu tàn.",
    ),
    (
        "qMo039",
        "en",
        "hoa_tuoilau",
        "Vase-life tips for cut flowers at Tet",
        "Consumer guide to keeping cut flowers fresh: buy flowers with intact outer petals, cut stems at an angle, strip "
        "leaves below water, rinse the vase and change water once or twice a day.",
    ),
    # --- bonsai and ornamental trees ---
    (
        "qMo040",
        "vi",
        "bonsai_ccct",
        "Đào tạo kỹ thuật cắt tỉa tạo dáng và uốn nắn bonsai",
        "Khóa đào tạo của đơn vị cảnh quan: cắt tỉa tạo dáng (định hướng thân, tỉa nhánh theo nguyên tắc nhánh to dưới, nhỏ trên, "
        "xoắn ốc), tỉa tu bổ giữ thế, uốn nắn bằng dây đồng, dây kẽm, neo, kéo, nêm.",
    ),
    (
        "qMo041",
        "vi",
        "bonsai_ccct",
        "Dịch vụ thay đất, thay chậu và tỉa rễ bonsai định kỳ",
        "Nhận thay đất bổ sung dinh dưỡng kết hợp xén tỉa rễ cho bonsai, thường mỗi năm thay đất một lần và 5-7 năm thay chậu, "
        "pha trộn đất theo loài cây (ví dụ đất thịt chiếm phần lớn với thông).",
    ),
    (
        "qMo042",
        "en",
        "bonsai_training",
        "Bonsai shaping workshop: pruning and wiring",
        "Hands-on course covering maintenance and shaping pruning, concave cutters for large branches, and wiring: wire about "
        "one third of the branch thickness wound at no more than 45 degrees, keeping the tree balanced.",
    ),
    (
        "qMo043",
        "en",
        "bonsai_basics",
        "Pre-bonsai from nursery stock and root-pruning service",
        "Bonsai studio turns nursery shrubs with tapering trunks into pre-bonsai in one session and repots trees every 2-3 years, "
        "untangling roots with a hook and never removing more than one third of the root mass at once.",
    ),
    (
        "qMo044",
        "vi",
        "bonsai_empire",
        "Khóa học tạo thế bonsai và làm lũa (gỗ chết)",
        "Khóa học tạo thế, tạo hình bonsai: tỉa cành thường xuyên, uốn cành, và các kỹ thuật khó hơn như tạo phần gỗ chết (lũa) "
        "để cây mang vẻ cổ thụ mà vẫn giữ kích thước nhỏ.",
    ),
    (
        "qMo045",
        "en",
        "bonsai_empire",
        "Advanced bonsai styling course with deadwood techniques",
        "Course on styling bonsai beyond basic pruning and branch bending, including creating deadwood (jin and shari) so "
        "ordinary species look aged while kept small.",
    ),
    (
        "qMo046",
        "en",
        "bonsai_quicki",
        "Bonsai repotting service with aftercare",
        "Repotting done in layers of sieved soil with mesh over drain holes, trees tied to the pot with wire if loose, moss on "
        "top, thorough soaking and about three weeks in shade before returning to sun.",
    ),
    (
        "qMo047",
        "vi",
        "hoagiay_tcv",
        "Kỹ thuật tạo bonsai hoa giấy nhanh",
        "Nhà vườn chuyển giao cách tạo bonsai hoa giấy (ưu tiên giống hoa giấy Mỹ): cây lớn nhanh, tán lá và hoa che khuyết điểm, "
        "có thể trưng bày sau vài tháng hoặc một mùa sinh trưởng thay vì nhiều năm như bonsai thân gỗ chậm lớn.",
    ),
    (
        "qMo048",
        "en",
        "hoagiay_tcv",
        "Fast-track bougainvillea bonsai creation",
        "Nursery teaches bougainvillea bonsai styling: fast growth lets a styled plant be shown within months, flowering "
        "several times a year on an aged-looking trunk; American bougainvillea cultivars recommended.",
    ),
    (
        "qMo049",
        "vi",
        "hoagiay_tapl",
        "Ghép nhiều màu hoa trên một cây hoa giấy",
        "Hướng dẫn ghép giống lai tạo hoa giấy để một cây cho nhiều màu (hồng, cam, đỏ, tím, trắng), kèm kỹ thuật trồng và chăm "
        "để cây ra hoa quanh năm.",
    ),
    (
        "qMo050",
        "en",
        "hoagiay_wiki",
        "Care package for bougainvillea bonsai",
        "Guide and advisory for bougainvillea bonsai: drought-tolerant woody climber, grows at 12-38 C with medium to high light "
        "and moderate watering; leaves drop in the dry season, with watering, feeding and pruning steps to keep it flowering.",
    ),
    (
        "qMo051",
        "en",
        "caimon_indochina",
        "Animal-shaped (zodiac) bonsai and topiary for export",
        "A bonsai farm in a Mekong flower village shapes trees into the 12 zodiac animals and has exported them to Singapore "
        "and Australia; offers shaping know-how and export-grade stock.",
    ),
    (
        "qMo052",
        "vi",
        "caimon_indochina",
        "Tạo hình kiểng thú 12 con giáp phục vụ xuất khẩu",
        "Nhà vườn kiểng chuyển giao kỹ thuật uốn tạo kiểng hình 12 con giáp và nhận đặt hàng; sản phẩm đã xuất sang Singapore, Úc.",
    ),
    (
        "qMo053",
        "en",
        "ochna_export",
        "Preparing mai (Ochna) bonsai for air export without soil",
        "Grower with three decades of mai experience prepares trees for export: soil removed and roots brushed clean, leaves "
        "stripped, trunk sprayed against insects, roots wrapped in wet absorbent cotton that stays moist 2-3 days; buyers pot "
        "them on arrival and keep them at 25-30 C to bloom. About 500 trees a season flown to the US.",
    ),
    (
        "qMo054",
        "vi",
        "ochna_export",
        "Quy trình xử lý mai vàng rễ trần để xuất khẩu",
        "Chuyển giao quy trình đưa mai sang thị trường không cho phép đất: rửa sạch rễ, lặt hết lá, phun thuốc côn trùng thân "
        "cành, quấn bông thấm nước giữ ẩm 2-3 ngày; bên nhập trồng lại vào chậu, giữ phòng 25-30 độ C để mai nở.",
    ),
    (
        "qMo055",
        "en",
        "caimon_ndt",
        "Wholesale large mai trees for city markets",
        "Garden group sells big mai trees 2-2.5 m tall with 30-40 cm trunks at VND 1-2.5 million each, loaded on trucks and "
        "boats to Saigon and other provinces before Tet.",
    ),
    (
        "qMo056",
        "vi",
        "travel_hanoi",
        "Thu mua cây kiểng quý từ rừng núi",
        "Đầu mối thu gom cây cảnh quý hiếm qua nông dân vùng núi phía Bắc, chở về chợ cây cảnh thành phố bán cho người chơi.",
    ),
    (
        "qMo057",
        "en",
        "travel_hanoi",
        "Bonsai club membership and tree appraisal",
        "Bonsai hobby club where enthusiasts exchange care tips and get help spotting fake or low-quality trees before buying.",
    ),
    (
        "qMo058",
        "en",
        "htsynd_kumquat",
        "Multi-year kumquat trees for Tet display",
        "Kumquat growers sell multi-year trained kumquat trees for Tet, premium trees around VND 1 million each.",
    ),
    # --- net houses and shading ---
    (
        "qMo059",
        "vi",
        "nhaluoi_rose",
        "Thiết kế nhà lưới hiện đại trồng hoa",
        "Thiết kế nhà lưới cho hoa (hồng và các loại hoa khác): diện tích tối thiểu 240 m2, cao điểm thấp 3-3,5 m, đỉnh mái 4-4,5 m, "
        "dốc mái 30 độ, mái hở 2-3 mái, cửa lưới chống côn trùng, khung thép mạ kẽm; chi phí 100.000-1.000.000 đồng/m2.",
    ),
    (
        "qMo060",
        "en",
        "nhaluoi_rose",
        "Net-house design for flower crops",
        "Design of net houses for roses and other flowers: at least 240 m2, eaves 3-3.5 m and ridge 4-4.5 m high, 30 degree "
        "roof with 2-3 open spans, insect-screen doors, galvanised steel frame; cost from VND 100,000 to 1,000,000 per m2.",
    ),
    (
        "qMo061",
        "vi",
        "nhamaiho",
        "Thi công nhà mái hở che mưa gió cho cây trồng",
        "Doanh nghiệp thi công nhà mái hở: che mưa gió giảm thiệt hại cho cây trong mùa mưa dài mà vẫn thông thoáng, đất không "
        "xói mòn, hạn chế bốc hơi nước; phù hợp cây không cần cách ly hoàn toàn.",
    ),
    (
        "qMo062",
        "en",
        "nhamaiho",
        "Open-roof rain shelters for crops",
        "Builder of open-roof houses that keep heavy rain and wind off plants through the long wet season while air keeps "
        "moving; protects the growing medium from erosion and cuts evaporation.",
    ),
    (
        "qMo063",
        "vi",
        "nhache",
        "Nhà che nilon, nhà lưới cho trồng hoa tích hợp tưới và chiếu sáng",
        "Giới thiệu và hướng dẫn làm nhà che trồng hoa (nhà nilon, nhà lưới) thay nhà kính đắt tiền: tránh mưa vụ hè thu, ít sâu "
        "bệnh, giảm rửa trôi phân, chủ động độ ẩm, tích hợp tưới phun mưa, phun sương tự động, phân lỏng, đèn chiếu sáng.",
    ),
    (
        "qMo064",
        "en",
        "nhache",
        "Plastic and net shelters for flower production",
        "Guide and build service for low-cost flower shelters in place of glasshouses: keeps rain off in the wet season, fewer "
        "pests, less fertiliser leaching, controlled soil moisture, and ready for sprinklers, automatic misting, liquid feed "
        "and lighting.",
    ),
    (
        "qMo065",
        "vi",
        "nhaluoi_thesis",
        "Khảo sát và thiết kế nhà lưới giá rẻ cho nông hộ",
        "Nhóm nghiên cứu trường đại học đánh giá các kiểu nhà lưới nông dân tự làm: đa số cao 2-2,5 m, dạng mái che trên 1.000 m2, "
        "vật liệu tre, gỗ, dây kẽm, vốn thấp thu hồi nhanh; tư vấn cải tiến cho hộ nhỏ.",
    ),
    (
        "qMo066",
        "en",
        "cropking_shade",
        "Shade cloth supply for greenhouses",
        "Greenhouse supplier sells shade cloth in several densities; white or silver cloth placed outside reflects heat best, "
        "black or green absorbs more; advises combining shade with fans and evaporative cooling.",
    ),
    (
        "qMo067",
        "en",
        "shade_pct",
        "Advice on choosing shade-cloth percentage",
        "Advisory on shade density from 30% to 80%: a 30% cloth passes 70% of sunlight; choice depends on crop, latitude and "
        "heat, and colour matters because aluminised or white cloth cools more than dark cloth.",
    ),
    (
        "qMo068",
        "en",
        "shadeaus",
        "Knitted commercial shade cloth for nurseries",
        "Manufacturer of knitted shade cloth: up to 70% for orchids and ferns, about 50% for leafy plants, 30% for fruiting "
        "crops; white 50% cloth gives roughly 30% shade while keeping the knitted durability.",
    ),
    (
        "qMo069",
        "vi",
        "shadeaus",
        "Lưới che nắng dệt kim cho lan, kiểng lá",
        "Cung cấp lưới che dệt kim: lan và dương xỉ che tới 70%, cây lá khoảng 50%; lưới trắng 50% cho độ che thực tế khoảng 30%, "
        "bền, thoáng khí, lắp trong nhà kính hoặc trên khung.",
    ),
    (
        "qMo070",
        "en",
        "johnnys_shade",
        "Shade cloth over hoops and low tunnels",
        "Seed and supply company provides shade cloth of 12-90% density to hang high over hoops or low tunnels with open "
        "sides; 30-50% suits most crops and shade can cut air temperature around plants by 10 F or more.",
    ),
    (
        "qMo071",
        "vi",
        "johnnys_shade",
        "Lưới che nắng trên khung vòm thấp giảm nhiệt cho cây",
        "Cung cấp lưới che mật độ 12-90% căng cao trên khung vòm, để hở hai bên cho thoáng; đa số cây hợp 30-50%, có thể giảm "
        "nhiệt độ quanh cây khoảng 5-6 độ C.",
    ),
    (
        "qMo072",
        "en",
        "xinhui_net",
        "UV-stabilised greenhouse and insect netting",
        "Netting manufacturer supplies greenhouse nets that diffuse sunlight, regulate temperature, block UV and keep insects "
        "out, in several mesh and shade grades.",
    ),
    (
        "qMo073",
        "vi",
        "loiloidan",
        "Nhà lưới trồng rau an toàn",
        "Đơn vị thi công nhà lưới trồng rau sạch: khung thép hoặc trụ bê tông, lưới chắn côn trùng, che mưa gió cho luống rau.",
    ),
    (
        "qMo074",
        "vi",
        "dualuoi",
        "Hệ thống theo dõi sinh trưởng cây dưa lưới",
        "Đề tài sinh viên: hệ thống cảm biến và ứng dụng theo dõi tăng trưởng cây dưa lưới trong nhà màng, lưu dữ liệu trên Firebase.",
    ),
    (
        "qMo075",
        "en",
        "mittleider",
        "Shade cloth for heat-stressed tomatoes and melons",
        "Garden method advice: put 25-30% shade cloth over tomatoes, cucumbers, melons and beans only in the hottest hours, "
        "as fruit set stops above 95 F.",
    ),
    # --- substrates, pots, nutrition ---
    (
        "qMo076",
        "vi",
        "mundua_cdl",
        "Mụn dừa đã xử lý tanin, bao 30 lít",
        "Cửa hàng cung cấp mụn dừa đã xử lý hết chất chát tanin và lignin, màu nâu đỏ, độ ẩm cao, bao 30 lít, dùng ngay làm giá "
        "thể ươm và trồng hoa chậu; hướng dẫn phân biệt với mụn dừa chưa xử lý màu vàng nhạt.",
    ),
    (
        "qMo077",
        "vi",
        "mundua_hoaly",
        "Quy trình xử lý mụn dừa tươi làm giá thể hoa chậu",
        "Nhà vườn hoa ly chuyển giao cách xử lý mụn dừa tươi (ngâm xả loại tanin, lignin, muối) rồi phối trộn thành giá thể tơi "
        "xốp, giữ ẩm, thoát nước cho hoa chậu; tránh ngộ độc rễ do dùng mụn dừa tươi trực tiếp.",
    ),
    (
        "qMo078",
        "en",
        "mundua_hoaly",
        "Coir pith treatment for potted lilies and pot flowers",
        "Lily grower explains how raw coir pith is leached of tannin, lignin and salts before mixing into an airy, moisture-"
        "holding pot medium; untreated pith poisons roots.",
    ),
    (
        "qMo079",
        "vi",
        "vodua_ns",
        "Giá thể vỏ dừa cắt phối trộn cho cây cảnh",
        "Cung cấp vỏ dừa cắt đã xử lý tanin và nấm bệnh cùng công thức trộn với than củi hoặc xỉ than, đất sạch hữu cơ, trấu hun; "
        "giữ ẩm, thoáng khí, bền, hợp lan, bonsai, kiểng lá, hoa hồng.",
    ),
    (
        "qMo080",
        "en",
        "vodua_ns",
        "Cut coconut-husk chip media for bonsai and orchids",
        "Supplier of treated coconut-husk chips and mixing recipes with charcoal, clean organic soil and burnt rice husk: "
        "holds water but drains, rots slowly, suited to orchids, bonsai, foliage plants and roses.",
    ),
    (
        "qMo081",
        "vi",
        "vodua_bt",
        "Cung cấp mụn dừa số lượng lớn cho nhà vườn",
        "Cơ sở tách vỏ dừa sản xuất khoảng 7 tấn mụn dừa mỗi ngày, đóng bao 10 kg giá 23.000 đồng, cung cấp cho các làng nghề "
        "cây giống hoa kiểng làm giá thể thay đất và ủ phân.",
    ),
    (
        "qMo082",
        "vi",
        "vodua_bt",
        "Chỉ xơ dừa ép kiện xuất khẩu",
        "Cơ sở sản xuất khoảng 2 tấn chỉ xơ dừa mỗi ngày, ép kiện xuất khẩu với giá 2,5-3 triệu đồng/tấn.",
    ),
    (
        "qMo083",
        "en",
        "vodua_bt",
        "Coconut-husk fibre separating machine line",
        "Processor has installed machines that split coconut husks into fibre and pith, turning a waste product into export "
        "fibre; can share the machine set-up.",
    ),
    (
        "qMo084",
        "vi",
        "xodua_mdbs",
        "Hướng dẫn xử lý xơ dừa làm giá thể trồng hoa",
        "Hướng dẫn từng bước xử lý sợi xơ và mụn dừa trước khi trồng hoa: loại bỏ chất chát, giữ ẩm mà thoát nước, pH trung tính "
        "5,5-6,8, thay thế than bùn, giảm úng rễ.",
    ),
    (
        "qMo085",
        "en",
        "terravitalia",
        "Washed and buffered coco coir substrates",
        "Substrate producer makes coco mixes of pith, chips and fibre that are washed and then buffered rather than only "
        "double-washed, so crops are uniform; mixes tailored to species, cultivation method and packaging.",
    ),
    (
        "qMo086",
        "en",
        "agrii_coco",
        "Buffered, aged coco pith with low EC",
        "Supplier ages coco pith for stability, buffers it to exchange sodium and potassium for calcium, and washes it to an "
        "EC below 1.0 mS/cm (1:1.5 dilution) before delivery.",
    ),
    (
        "qMo087",
        "en",
        "dutchplantin_ec",
        "EC testing of coir substrates to RHP method",
        "Laboratory service measuring substrate EC in a 1 part substrate to 1.5 parts water dilution, so growers can compare "
        "suppliers' figures and reject high-salt lots before planting young roots.",
    ),
    (
        "qMo088",
        "en",
        "canna_coir",
        "Coir mix design with perlite or clay pebbles",
        "Technical advice on amending coir: adding perlite, vermiculite or clay pebbles changes drainage and air space, "
        "with water-release curves compared with peat and rock wool, so pots dry at the desired rate.",
    ),
    (
        "qMo089",
        "en",
        "pbs_coir",
        "Buffering unbuffered coir with calcium and magnesium",
        "Grower's procedure for unbuffered coir: rinse the expanded block, then soak it with gypsum and Epsom salts in a 2:1 "
        "ratio (about 50 ml gypsum and 25 ml Epsom per 5 kg block, about 45 l of medium), drain, and mix with bark and 10% sand.",
    ),
    (
        "qMo090",
        "vi",
        "pbs_coir",
        "Hướng dẫn đệm canxi, magie cho mụn dừa chưa xử lý",
        "Quy trình cho mụn dừa chưa đệm: xả rửa khối mụn đã nở, ngâm với thạch cao và muối Epsom tỉ lệ 2:1 (khoảng 50 ml thạch cao, "
        "25 ml Epsom cho khối 5 kg, ra khoảng 45 lít giá thể), để ráo rồi trộn vỏ cây và 10% cát.",
    ),
    (
        "qMo091",
        "vi",
        "chau_composite",
        "Chậu composite nhẹ, bền cho cây kiểng",
        "Doanh nghiệp sản xuất chậu composite: nhẹ hơn các loại chậu khác nên dễ vận chuyển, bền, sơn phủ giữ màu lâu, mẫu mã "
        "đa dạng, sản xuất công nghiệp đáp ứng số lượng lớn.",
    ),
    (
        "qMo092",
        "en",
        "chau_composite",
        "Lightweight composite planters",
        "Maker of composite planters that are lighter than ceramic or cement, durable, colour-fast, and produced in volume "
        "in many shapes for modern interiors.",
    ),
    (
        "qMo093",
        "vi",
        "chau_loai",
        "Tư vấn chọn chậu đất nung, chậu nhựa theo loại cây",
        "Tư vấn ưu nhược điểm từng loại chậu: chậu đất nung xốp, thoáng khí, thoát nước tốt, giá rẻ nhưng dễ vỡ; chậu nhựa nhẹ, "
        "bền nhưng kém thoát nước; chọn độ sâu chậu theo loài.",
    ),
    (
        "qMo094",
        "en",
        "chau_chon",
        "Range of planters in recycled plastic, composite and coir",
        "Garden supplier compares and sells planters in cement, recycled plastic, composite, wood and coir, matched to place, "
        "climate, upkeep and budget.",
    ),
    (
        "qMo095",
        "vi",
        "xodua_vx",
        "Chậu ươm xơ dừa ép khuôn",
        "Cơ sở sản xuất chậu trồng cây từ xơ dừa đã xử lý, sấy khô và ép khuôn; chậu thân thiện môi trường, dùng ươm cây, trồng "
        "cây nội thất.",
    ),
    (
        "qMo096",
        "en",
        "xodua_vx",
        "Pressed coir pots",
        "Producer of plant pots made from treated, dried and moulded coconut fibre; biodegradable, used for seedlings and "
        "indoor plants.",
    ),
    (
        "qMo097",
        "vi",
        "xodua_vx",
        "Xơ dừa dùng xử lý nước thải",
        "Cung cấp xơ dừa làm vật liệu lọc trong xử lý nước thải.",
    ),
    (
        "qMo098",
        "en",
        "crf_fertileeze",
        "Controlled-release fertiliser for container ornamentals",
        "Fertiliser company supplies controlled-release products lasting from 3-4 months up to 18 months, advising top-dressing "
        "so nutrients release into the root zone; fewer applications, less leaching and no burn in heavy rain.",
    ),
    (
        "qMo099",
        "en",
        "crf_landis",
        "Technical guidance on polymer-coated controlled-release fertilisers",
        "Nursery specialists explain the classes of controlled-release fertiliser and how polymer-coated products release "
        "nutrients gradually, matching plant demand and improving fertiliser efficiency in container crops.",
    ),
    (
        "qMo100",
        "vi",
        "crf_fertileeze",
        "Phân bón tan chậm bón mặt chậu cho hoa kiểng",
        "Cung cấp phân tan chậm có thời gian phân giải 3-4 tháng đến 18 tháng, bón rải mặt chậu để dinh dưỡng theo nước tưới "
        "xuống vùng rễ; giảm số lần bón, giảm rửa trôi, không cháy rễ khi mưa dầm.",
    ),
    (
        "qMo101",
        "en",
        "hortjournal",
        "Lightweight growing media for green walls and rooftops",
        "Media supplier formulates light, water-holding coir-based mixes for vertical gardens and rooftop plantings.",
    ),
    (
        "qMo102",
        "en",
        "crf_scirp",
        "Fertigation versus controlled-release trials on container oak trees",
        "University trial of liquid feed and controlled-release fertiliser blends on 7-gallon container oaks; incorporated "
        "CRF raised stem calipers by more than 30%.",
    ),
    # --- pests and diseases ---
    (
        "qMo103",
        "vi",
        "cuc_agrino",
        "Giải pháp quản lý bọ trĩ, nhện đỏ, rệp trên cúc",
        "Doanh nghiệp bảo vệ thực vật tư vấn nhận diện và phòng trừ bọ trĩ, nhện đỏ, rệp trên cúc: vệ sinh vườn, lưới chắn côn "
        "trùng, bẫy dính vàng, chọn giống sạch, phát hiện sớm và dùng thuốc phù hợp.",
    ),
    (
        "qMo104",
        "en",
        "cuc_agrino",
        "Thrips, spider mite and aphid management in chrysanthemum",
        "Crop-protection firm diagnoses and controls thrips, red spider mite and aphids on mums: hygiene, insect screens, "
        "yellow sticky traps, clean planting stock, early scouting and suitable products.",
    ),
    (
        "qMo105",
        "vi",
        "cuc_ninhbinh",
        "Nhận diện và dự tính dự báo sâu bệnh hại chính trên hoa cúc",
        "Cơ quan trồng trọt và bảo vệ thực vật hướng dẫn nhận diện các đối tượng hại chính trên cúc (rệp, sâu, bệnh) và khuyến "
        "cáo phòng trừ: quan sát sớm, bắt rệp thủ công khi mới xuất hiện, dùng thuốc khi mật độ cao.",
    ),
    (
        "qMo106",
        "vi",
        "cuc_phanvisinh",
        "Phòng trừ bọ trĩ trên hoa cúc bằng lưới côn trùng và bẫy vàng",
        "Hướng dẫn phòng bọ trĩ Frankliniella chích hút lá non và hoa: vệ sinh đồng ruộng, lưới côn trùng ngăn xâm nhập nhà kính, "
        "bẫy dính vàng, cây giống sạch, kiểm tra phát hiện sớm.",
    ),
    (
        "qMo107",
        "vi",
        "hoa_npv",
        "Chế phẩm virus NPV trừ sâu xanh, sâu khoang hại hoa",
        "Hướng dẫn phòng trừ sâu xanh, sâu khoang đục nụ hoa cúc, hồng: ngắt ổ trứng, luân canh, và dùng chế phẩm virus nhân đa "
        "diện NPV trừ sâu xanh theo hướng sinh học, không ô nhiễm.",
    ),
    (
        "qMo108",
        "vi",
        "mai_pest_sadec",
        "Phòng trừ nhện đỏ, cháy lá, đốm đồng tiền trên mai vàng",
        "Khu du lịch hoa kiểng chia sẻ cách nhận biết và phòng trừ nhện đỏ (phun kỹ mặt dưới lá, luân phiên hoạt chất), bệnh "
        "cháy lá và đốm đồng tiền trên mai vàng, theo nguyên tắc 4 đúng.",
    ),
    (
        "qMo109",
        "en",
        "mai_pest_sadec",
        "Spider mite and leaf-blight control for mai (Ochna)",
        "Flower-village advisers identify and control red spider mite on mai leaves (spray the undersides, rotate actives, "
        "start on new flushes in mite-prone gardens) as well as leaf blight and coin leaf spot.",
    ),
    (
        "qMo110",
        "vi",
        "mai_nam_blog",
        "Phác đồ trị bệnh đốm lá, cháy lá do nấm Pestalotia trên mai",
        "Nhà vườn mai chia sẻ cách nhận diện đốm lá và cháy lá do nấm Pestalotia, trồng thưa, cắt bỏ lá bệnh, bón cân đối tăng "
        "kali, phun thuốc 2-3 lần cách 5-7 ngày khi bệnh và 10-15 ngày một lần để phòng.",
    ),
    (
        "qMo111",
        "vi",
        "tricho_sfarm",
        "Chế phẩm Trichoderma tưới gốc phòng thối rễ",
        "Doanh nghiệp cung cấp chế phẩm Trichoderma kèm humic và hướng dẫn tưới gốc: bảo vệ bộ rễ, đối kháng nấm gây thối rễ, "
        "cải tạo giá thể; nấm sống tốt ở pH 5-7, 25-30 độ C, ẩm độ 60-70%.",
    ),
    (
        "qMo112",
        "en",
        "tricho_nnp",
        "Trichoderma bio-fungicide against root and collar rots",
        "Agri-input company sells Trichoderma products that break down the cell walls of Pythium, Rhizoctonia, Fusarium and "
        "Phytophthora around roots, for drench use in pots and beds.",
    ),
    (
        "qMo113",
        "vi",
        "tricho_tg",
        "Nấm Trichoderma phòng chết nhanh tiêu, xì mủ sầu riêng",
        "Công ty cung cấp nấm đối kháng Trichoderma cho vườn tiêu, sầu riêng, cà phê, bơ: phòng chết nhanh chết chậm, lở cổ rễ, xì mủ.",
    ),
    (
        "qMo114",
        "en",
        "attra_thrips",
        "Greenhouse IPM for thrips",
        "Sustainable-agriculture service publishes and advises on thrips IPM for ornamental greenhouses: monitoring, "
        "biological control, biorational pesticides and growth regulators, and thrips control to stop TSWV and INSV spread.",
    ),
    (
        "qMo115",
        "en",
        "cropdefenders",
        "Biological control programme for thrips in ornamentals",
        "Biocontrol supplier plans preventive programmes against western flower and onion thrips: Neoseiulus cucumeris, "
        "Amblyseius swirskii above 20 C, Orius in flowering crops, Beauveria bassiana in humid spells, and Dalotia or "
        "Stratiolaelaps against pupae in the medium.",
    ),
    (
        "qMo116",
        "vi",
        "cropdefenders",
        "Thiên địch phòng trừ bọ trĩ trên hoa kiểng",
        "Cung cấp và hướng dẫn thả thiên địch trị bọ trĩ trong nhà lưới hoa: nhện bắt mồi ăn ấu trùng, bọ xít Orius ăn cả "
        "trưởng thành, nấm Beauveria khi ẩm cao, nhện đất diệt nhộng trong giá thể; giảm lệ thuộc thuốc khi bọ trĩ kháng thuốc.",
    ),
    (
        "qMo117",
        "en",
        "koppert_wft",
        "Predatory mites for thrips and whitefly",
        "Biological-control company supplies Amblyseius swirskii (thrips larvae plus whitefly eggs), Neoseiulus cucumeris, "
        "Amblydromalus limonicus for high pressure, A. andersoni, Orius and lacewings, plus soil mites for pupae.",
    ),
    (
        "qMo118",
        "en",
        "umass_bio",
        "Natural enemies for greenhouse whitefly and other pests",
        "University extension guides growers on parasitoids, predators and pathogens, including Encarsia formosa against "
        "whitefly, noting that sweet-potato whitefly (Bemisia tabaci) is the main species on flower crops.",
    ),
    (
        "qMo119",
        "en",
        "hartley_bio",
        "Whitefly biocontrol with Encarsia and sticky-card monitoring",
        "Greenhouse company advises releasing Encarsia formosa wasps against whitefly and ladybirds against aphids, with "
        "yellow sticky cards to estimate pest numbers instead of repeated soap sprays.",
    ),
    (
        "qMo120",
        "en",
        "nurserymag_banker",
        "Banker-plant system for Orius in flower greenhouses",
        "Research centre and university show that banker plants keeping Orius established give cheaper, more efficient "
        "thrips protection in ornamental flower greenhouses than repeated Orius releases.",
    ),
    (
        "qMo121",
        "vi",
        "dongtien_wiki",
        "Phòng trừ phấn trắng và sâu bệnh trên hoa đồng tiền",
        "Hướng dẫn nhận biết bệnh phấn trắng trên cúc đồng tiền (đốm mốc trắng lan rộng, lá xoắn khô), nguyên nhân do ẩm cao, "
        "bón nhiều đạm, vườn rậm, và các hoạt chất phòng trừ như carbendazim, azoxystrobin + difenoconazole, hexaconazole.",
    ),
    (
        "qMo122",
        "en",
        "tricho_tdtu",
        "Optimised culture medium for Trichoderma harzianum",
        "Student research optimising a semi-solid medium to mass-produce Trichoderma harzianum and testing it against "
        "disease on mustard greens.",
    ),
    # --- selling online and transport ---
    (
        "qMo123",
        "vi",
        "nld_livestream",
        "Bán hoa Tết qua TikTok Shop và đặt trồng theo đơn",
        "Vựa giống bán hoa, cây giống trên TikTok Shop đặt nhà vườn trồng cúc mâm xôi theo đơn (năm trước bán online 20.000 "
        "chậu, năm nay chuẩn bị khoảng 30.000 chậu), mở bán sớm qua livestream cùng nhà sáng tạo nội dung.",
    ),
    (
        "qMo124",
        "en",
        "vietstock_tiktok",
        "TikTok live-stream promotion programme for Tet flowers",
        "Online Tet shopping festival run with TikTok Vietnam brings well-known creators to Mekong gardens to live-stream "
        "cushion mums, kumquat and ornamental trees, e.g. mums at VND 160,000 for two large pots.",
    ),
    (
        "qMo125",
        "vi",
        "nld_cucnosom",
        "Hỗ trợ livestream và vận chuyển tiêu thụ hoa kiểng",
        "Sở Công Thương phối hợp ViettelPost, chính quyền xã, TikToker và KOL tổ chức livestream bán hộ cúc mâm xôi cho nhà "
        "vườn, kèm dịch vụ giao hàng, khi hàng trăm nghìn chậu nở sớm chưa có đầu ra.",
    ),
    (
        "qMo126",
        "en",
        "nld_cucnosom",
        "Emergency market linking for early-blooming pot flowers",
        "Provincial trade department, a national courier and influencers run joint live-streams and delivery to sell "
        "cushion mums that bloomed early; used when some 300,000 of 1.2 million pots opened before Tet.",
    ),
    (
        "qMo127",
        "vi",
        "dantri_mai_ls",
        "Đào tạo quay clip, livestream bán mai và hoa Tết",
        "Chủ vườn mai 2.500 m2 với hơn 2.000 gốc chia sẻ cách bán qua Facebook, TikTok: đăng 1-2 video mỗi ngày, livestream từ 20 "
        "giờ đến 2 giờ sáng mùa cao điểm, tư vấn chăm sóc và tổ chức đóng gói giao hàng.",
    ),
    (
        "qMo128",
        "en",
        "dantri_mai_ls",
        "Coaching on short-video and live-stream sales of mai",
        "An ochna garden owner selling about VND 300 million a month online coaches growers: one or two clips a day, night "
        "live-streams from 8 p.m. to 2 a.m. in peak season, care advice on air and packing staff for orders.",
    ),
    (
        "qMo129",
        "vi",
        "plo_ls",
        "Bán lẻ hoa Tết trên sàn thương mại điện tử, chốt đơn sớm",
        "Nhà vườn hoa Tết chủ động livestream và bán lẻ trên các nền tảng thương mại điện tử từ hai tháng trước Tết, vừa bán cho "
        "thương lái vừa chốt đơn lẻ sớm (cúc vạn thọ, hướng dương, sống đời, bắp cảnh).",
    ),
    (
        "qMo130",
        "en",
        "united_nursery",
        "Live-plant e-commerce fulfilment (3PL)",
        "Large tropical-plant nursery fulfils thousands of online plant orders a day for big retailers and brands as a "
        "third-party logistics partner; online plant buyers spend about USD 402 versus USD 125 for store-only buyers.",
    ),
    (
        "qMo131",
        "vi",
        "united_nursery",
        "Dịch vụ hoàn tất đơn hàng cây sống cho người bán online",
        "Dịch vụ kho vận bên thứ ba cho cây sống: nhận đơn từ các sàn, đóng gói, giao hàng nhanh để khách mở hộp thấy cây đẹp; "
        "xử lý hàng nghìn đơn mỗi ngày.",
    ),
    (
        "qMo132",
        "en",
        "gg_ecom",
        "Consulting on e-commerce sales and shipping for growers",
        "Trade publication's advisers share how growers that doubled online revenue handle weather and carrier damage, "
        "prepare plants before shipping and set up dedicated e-commerce packing space.",
    ),
    (
        "qMo133",
        "en",
        "ship_bi",
        "Packing protocol for shipping potted plants",
        "Step-by-step packing service: water one to two days before packing, trim damaged growth, check pests, cover and "
        "fix the soil, secure the root ball and stems so nothing shifts in the box.",
    ),
    (
        "qMo134",
        "vi",
        "ship_bi",
        "Quy trình đóng gói cây chậu gửi chuyển phát",
        "Hướng dẫn đóng gói cây chậu: tưới trước 1-2 ngày để giá thể ẩm vừa, tỉa lá hỏng, kiểm tra sâu bệnh, bọc cố định mặt "
        "chậu, chèn chặt gốc và thân để cây không xê dịch trong thùng.",
    ),
    (
        "qMo135",
        "en",
        "ship_hortibiz",
        "Choosing plant packaging by type, distance and weather",
        "Packaging company helps pick plant packaging: tropical plants such as orchids need insulation, cut flowers need "
        "damp waterproof packs, and packaging is sized to trip length and expected heat, cold or rain.",
    ),
    (
        "qMo136",
        "en",
        "ship_cratex",
        "Custom crates and insulated shipping for live plants",
        "Crate maker builds custom shipping crates that hold plants upright whatever the orientation, with foam insulation, "
        "and advises fast overland or air freight for bulk live plants.",
    ),
    (
        "qMo137",
        "vi",
        "lan_vc",
        "Đóng gói vận chuyển lan hồ điệp đi xa",
        "Cửa hàng hoa lan hướng dẫn và nhận đóng gói lan hồ điệp đi tỉnh xa: cố định cành tránh rung lắc gãy nụ, chống dập cánh, "
        "tránh sốc nhiệt, giữ rễ không khô không úng, rút ngắn thời gian vận chuyển.",
    ),
    (
        "qMo138",
        "en",
        "lan_vc",
        "Long-distance transport of phalaenopsis orchids",
        "Orchid shop packs phalaenopsis for long trips: spikes staked against shaking, petals protected from bruising, roots "
        "kept neither dry nor soggy, no sudden heat or cold, shortest possible transit.",
    ),
    (
        "qMo139",
        "vi",
        "samsgreen",
        "Đóng gói cây hai lớp thùng cách nhiệt",
        "Kinh nghiệm gửi cây: dùng thùng lớn chứa thùng nhỏ, chèn vật liệu đệm để cách nhiệt nóng lạnh, không dùng túi sưởi, chỉ "
        "dán băng keo bên ngoài, đệm bông giữ lá, ghi rõ hàng cây sống và chiều đặt.",
    ),
    (
        "qMo140",
        "vi",
        "villagehouse",
        "Dịch vụ chuyển nhà kèm đóng gói cây cảnh",
        "Hướng dẫn khi chuyển nhà: nhiều công ty chuyển nhà từ chối chở cây cảnh, bonsai đắt tiền cần dịch vụ riêng và phụ phí.",
    ),
    (
        "qMo141",
        "en",
        "motherearth",
        "Guide to starting a mail-order nursery",
        "Article series on the particular challenges of starting a mail-order nursery, including choosing boxes and packing "
        "materials so plants arrive safely.",
    ),
    (
        "qMo142",
        "en",
        "naturewithus",
        "Listing trees on Amazon and big online marketplaces",
        "Overview of selling trees and shrubs through Amazon and big-box websites as third-party sellers, with fees and "
        "shipping rules to consider.",
    ),
    (
        "qMo143",
        "en",
        "sggp_prices",
        "City support for flower sellers with unsold pots",
        "City tourism department and district support flower stall owners at Tet markets if pots remain unsold on the last "
        "day of the year; sellers cut prices 10-20%.",
    ),
    # --- orchids, tissue culture, misting and irrigation ---
    (
        "qMo144",
        "vi",
        "lan_ncm",
        "Cung cấp cây giống lan hồ điệp nuôi cấy mô",
        "Phòng thí nghiệm nuôi cấy mô tế bào thực vật chuyển giao quy trình và cung cấp cây con lan hồ điệp in vitro; hướng "
        "dẫn nuôi ở 22-27 độ C là khoảng tối ưu, cây chịu được 20-30 độ C.",
    ),
    (
        "qMo145",
        "en",
        "lan_ncm",
        "Tissue-cultured phalaenopsis plantlets",
        "Plant tissue-culture lab supplies in vitro phalaenopsis plantlets and the propagation protocol, with grow-on "
        "advice for 22-27 C, the optimum range for this orchid.",
    ),
    (
        "qMo146",
        "vi",
        "lan_iot",
        "Nhà kính mini IoT chăm sóc lan tự động",
        "Nhóm sinh viên đại học chế tạo nhà kính mini khung nhôm, vách mica (67 x 65 x 42 cm, 6 cây lan) gắn cảm biến nhiệt độ, "
        "ẩm độ không khí và giá thể, tự tưới nhỏ giọt, bật đèn sinh trưởng, theo dõi từ xa qua web; lan con cần 25-30 độ C.",
    ),
    (
        "qMo147",
        "en",
        "lan_iot",
        "IoT mini-greenhouse for automated orchid care",
        "University team built a sensor-controlled orchid chamber that reads air and medium moisture and temperature, "
        "drip-waters and switches grow lights automatically, with remote monitoring on the web.",
    ),
    (
        "qMo148",
        "vi",
        "iot_vlute",
        "Hệ thống tưới cây tự động ứng dụng IoT",
        "Sinh viên trường đại học sư phạm kỹ thuật ở Vĩnh Long xây dựng hệ thống tưới cây tự động theo cảm biến độ ẩm, điều "
        "khiển và theo dõi qua mạng.",
    ),
    (
        "qMo149",
        "en",
        "mist_ppms",
        "Intermittent mist propagation for cuttings",
        "Propagation specialist designs intermittent mist beds that keep humidity around cuttings so they callus and root, "
        "often in 2-3 weeks for softwood cuttings, outdoors under filtered shade or in hoop houses.",
    ),
    (
        "qMo150",
        "en",
        "mist_digital",
        "Digital mist controllers for propagation beds",
        "Supplier of digital misting timers that replace 24-hour timer, interval timer and transformer in one box, run up to "
        "6 separate misting zones with their own programmes and keep settings on battery backup.",
    ),
    (
        "qMo151",
        "vi",
        "mist_zone10",
        "Lắp đặt hệ thống phun sương giâm cành",
        "Lắp hệ thống phun sương cho luống giâm cành: béc phun sương, ống, van điện từ và bộ hẹn giờ; cành không héo, ít bệnh "
        "chết rạp, ra rễ nhanh và tỉ lệ sống cao, giá thể vermiculite hoặc perlite trộn than bùn.",
    ),
    (
        "qMo152",
        "vi",
        "kenhantan_lan",
        "Thiết kế lắp đặt nhà che, giàn treo và hệ thống tưới cho vườn lan",
        "Đơn vị tư vấn sản xuất hoa lan: chọn giống theo vùng, dựng nhà che, làm giàn treo, lắp hệ thống tưới tiêu, chọn chậu "
        "và giá thể để vườn lan đạt yêu cầu kỹ thuật.",
    ),
    (
        "qMo153",
        "vi",
        "mokara",
        "Nhân nhanh in vitro lan Mokara",
        "Đề tài nuôi cấy mô nhân nhanh lan Mokara: môi trường khoáng, vitamin, than hoạt tính, nhân chồi in vitro và so sánh với "
        "nhân giống bằng hom; chuyển giao quy trình cho vườn lan.",
    ),
    (
        "qMo154",
        "vi",
        "cantho_thuycanh",
        "Hệ thống giám sát dinh dưỡng vườn rau thủy canh",
        "Luận văn đại học thiết kế hệ thống giám sát điều kiện tự nhiên và dinh dưỡng cho vườn rau thủy canh.",
    ),
    (
        "qMo155",
        "en",
        "hutech_dendro",
        "In vitro propagation of medicinal purple Dendrobium",
        "University study on micropropagation of Dendrobium officinale: best protocorm and shoot growth on MS with 30 g/l "
        "sucrose, 9 g/l agar, 100 ml/l coconut water and 0.25 mg/l BAP.",
    ),
    (
        "qMo156",
        "en",
        "iot_smartgarden",
        "IoT smart-garden demonstration with web dashboard",
        "Student project: a PIC and ESP8266 board reading temperature, humidity and light, shown on a website and MySQL database.",
    ),
    (
        "qMo157",
        "en",
        "floraldaily",
        "Market report on Vietnam's flower and ornamental sector",
        "Sector overview: about 35,000 ha of specialised flower and ornamental production, output value up 7.2 times in "
        "2005-2015 to VND 6.5 trillion, demand rising about 15% a year.",
    ),
    (
        "qMo158",
        "vi",
        "vtc_sadec",
        "Tour chèo xuồng check-in làng hoa",
        "Dịch vụ du lịch đưa khách ngồi xuồng len giữa các giàn hoa trên mặt nước để chụp ảnh dịp Tết.",
    ),
    (
        "qMo159",
        "vi",
        "cropking_shade",
        "Gói làm mát nhà kính: quạt, tấm làm mát và lưới phản quang",
        "Nhà cung cấp thiết bị nhà kính lắp quạt hút, làm mát bay hơi và lưới che trắng hoặc bạc căng bên ngoài để phản xạ nhiệt "
        "khi nắng nóng làm cây ngừng quang hợp.",
    ),
    (
        "qMo160",
        "vi",
        "xuongrong",
        "Bán giống xương rồng sưu tầm",
        "Vợ chồng nhà vườn sưu tầm, nhân giống hơn 1.000 giống xương rồng kiểng, bán cây cho người chơi.",
    ),
]
