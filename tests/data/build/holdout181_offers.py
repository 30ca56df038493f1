"""Offers for holdout181: (id, language, source key, title, description)."""

OFFERS = [
    # --- 1. salt-tolerant and short-duration rice varieties ---
    (
        "pAo001",
        "vi",
        "om9577",
        "Chuyển giao giống lúa OM 9577 chịu mặn khoảng 4‰",
        "Viện Lúa ĐBSCL chuyển giao giống lúa cao sản OM 9577, thời gian sinh trưởng 100–107 ngày, chịu mặn khoảng 4‰, "
        "chống chịu rầy nâu, đạo ôn và vàng lùn – lùn xoắn lá. Giống được Bộ NN-PTNT công nhận năm 2017, gieo được cả ba vụ, "
        "dùng để thay dần các giống cũ ở vùng nhiễm mặn.",
    ),
    (
        "pAo002",
        "en",
        "om9577",
        "Licensed salt-tolerant lines OM18 and OM9577 for coastal rice",
        "The Cuu Long Delta Rice Research Institute licenses two lines selected from 2011 and recognised in 2017 for trial "
        "production in the Mekong Delta and the South-East: OM18, tolerating roughly 3–4 per mille salt with short growth "
        "duration, and OM9577 (about 100–107 days, around 4 per mille). Both suit export-grade rice in all three seasons.",
    ),
    (
        "pAo003",
        "vi",
        "om18",
        "Cung ứng hạt giống OM18 cấp siêu nguyên chủng, nguyên chủng",
        "Trung tâm Chuyển giao tiến bộ kỹ thuật (Viện Lúa ĐBSCL) cung cấp giống gốc OM18 (tổ hợp OM8017/OM5166) cho đơn vị "
        "nhân giống: 95–100 ngày khi sạ, 100–105 ngày khi cấy, năng suất Đông Xuân 7–8 tấn/ha, Hè Thu 5–6 tấn/ha, chịu hạn mặn "
        "tốt qua mô hình ở Cà Mau. Hạt giống cấp xác nhận do các cơ sở sản xuất giống nhân tiếp.",
    ),
    (
        "pAo004",
        "vi",
        "om_hanman",
        "Giống OM11735 và OM429 đứng vững qua hạn mặn ven biển",
        "Giới thiệu hai giống lúa OM đã xanh tốt giữa mùa hạn mặn 2015–2016 tại Trà Vinh, Sóc Trăng trong khi OM5451, "
        "IR50404 cháy lá. OM11735: 90–95 ngày (sạ), cao 100–110 cm, chịu mặn 3–4‰, năng suất Đông Xuân 6–8 tấn/ha, Hè Thu "
        "4–6 tấn/ha, hạt gạo dài 7,1–7,2 mm.",
    ),
    (
        "pAo005",
        "en",
        "hatri200",
        "HATRI 200: rice line tolerating about 5 ppt salinity",
        "The High Agricultural Technology Research Institute for the Mekong Delta offers HATRI 200, bred from 2017 and tried "
        "in Ben Tre and Tra Vinh, where it withstood drought and about 5 ppt salinity against roughly 2 ppt for common "
        "strains; yield is stable at 6.5–7 t/ha. Circulation licensing is in progress; the institute holds over 1,000 stored accessions.",
    ),
    (
        "pAo006",
        "en",
        "hatri_coast",
        "Coastal salinity-tolerant lines HATRI 170, 190 and 192",
        "HATRI scales out salinity-tolerant lines that yield 4–5 t/ha under 10–12 dS/m salt stress, with a province-by-province "
        "plan that matches recommended varieties to the EC level and cropping pattern of each coastal district, for the "
        "winter–spring and wet seasons.",
    ),
    (
        "pAo007",
        "vi",
        "bmc",
        "Tư vấn chọn giống lúa chịu mặn cho vùng ven biển miền Tây",
        "Doanh nghiệp nông nghiệp tư vấn chọn giống chịu mặn theo các tiêu chí: ngưỡng mặn ở giai đoạn mạ, đẻ nhánh, làm đòng; "
        "thời gian sinh trưởng ngắn đến trung bình; chất lượng gạo và kháng bệnh. Ví dụ OM2517 chịu 4‰ ở giai đoạn mạ, "
        "95–100 ngày; mặn thường xâm nhập từ tháng 2 đến tháng 5.",
    ),
    (
        "pAo008",
        "en",
        "isaaa",
        "Soi rice for acid-sulphate saline land (Can Tho University)",
        "Can Tho University supplies the saline-tolerant 'soi' rice, which survives water with 0.1 per cent salt and gives "
        "more than 4 t/ha, but needs about 150 days to mature. It was introduced from 2009 on land previously left to water "
        "coconut, cajuput or shrimp.",
    ),
    (
        "pAo009",
        "vi",
        "vnplus_saline",
        "Giống lúa chịu mặn cho mô hình luân canh tôm – lúa",
        "Trung tâm khuyến nông giới thiệu bộ 15 giống lúa chịu mặn được đưa vào sản xuất, trồng được trong nước có 0,4–0,6% "
        "muối, cùng giống thơm ST thích nghi ruộng tôm – lúa. Mô hình tôm mùa khô, lúa mùa mưa đã tăng từ vài nghìn ha (2005) "
        "lên khoảng 160.000 ha.",
    ),
    (
        "pAo010",
        "vi",
        "taydo",
        "Cung ứng lúa giống OM 5451 cấp xác nhận",
        "Công ty cung ứng hạt giống OM 5451 (Jasmine 85 × OM 2490): 88–93 ngày vụ Đông Xuân, 90–95 ngày vụ Hè Thu, năng suất "
        "7–9 tấn/ha (ĐX) và 6–7 tấn/ha (HT); chịu phèn, chịu mặn, kháng rầy khá, sạ thưa khoảng 120 kg/ha.",
    ),
    (
        "pAo011",
        "vi",
        "st25",
        "Giống lúa thơm ST24, ST25 cho vùng tôm – lúa ven biển",
        "Nhóm tác giả giống lúa ST (Sóc Trăng) cung cấp các giống thơm ST24, ST25 đã được thử thách ở vùng ven biển khô hạn, "
        "xâm nhập mặn và thích nghi từ vùng tôm – lúa bán đảo Cà Mau đến vùng lúa hai vụ; hạt gạo dài, cơm thơm.",
    ),
    (
        "pAo012",
        "en",
        "plos",
        "Adoption study service for salt-tolerant varieties",
        "A university team offers household-survey analysis of why farmers adopt or drop salt-tolerant rice, based on a random "
        "utility model and a dataset of 800 farm households in salinity-prone Mekong Delta areas where CURE-related varieties "
        "spread widely; useful for planning extension of new varieties.",
    ),
    (
        "pAo013",
        "vi",
        "cure",
        "Nguồn dòng lúa chịu mặn từ mạng lưới CURE (IRRI)",
        "Mạng lưới CURE chia sẻ dòng lúa chịu mặn cho thử nghiệm quốc gia; ví dụ dòng IR58443-6B-10-3 chịu mặn tốt cả giai "
        "đoạn mạ và sinh sản, chín khoảng 120 ngày; kèm trình diễn tại ruộng và sản xuất hạt giống chất lượng tại trạm.",
    ),
    (
        "pAo014",
        "vi",
        "om_export",
        "Bộ giống lúa OM ngắn ngày 90–100 ngày",
        "Viện Lúa ĐBSCL đã chọn tạo hơn 180 giống lúa, 82 giống được công nhận quốc gia; nhóm cực ngắn ngày 90–100 ngày chống "
        "chịu sâu bệnh, được gieo trên hơn 70% diện tích lúa ĐBSCL (2018). Viện chuyển giao giống cho địa phương và doanh nghiệp.",
    ),
    (
        "pAo015",
        "vi",
        "travinh_strains",
        "Giống lúa thích ứng biến đổi khí hậu do ngành nông nghiệp Trà Vinh phát triển",
        "Sở NN-PTNT Trà Vinh giới thiệu 30 giống lúa mới năng suất cao hơn giống cũ khoảng 10%, sinh trưởng tốt ở vùng phèn, "
        "mặn và hạn, kèm mô hình canh tác lúa thông minh giảm 30% nước, 50% công lao động và lượng giống.",
    ),
    (
        "pAo016",
        "en",
        "cwr",
        "Farmer-participatory selection of salt-tolerant rice",
        "A crop-diversity project runs participatory variety selection with Mekong Delta farmers so that new salt-tolerant "
        "lines are chosen on the traits growers actually value before release, rather than on station data alone.",
    ),
    (
        "pAo017",
        "en",
        "srd_rvt",
        "Pilot of RVT salt-tolerant variety with a cooperative",
        "An NGO pilots the RVT salt-tolerant rice with 17 households on 2 ha of a cooperative's land in the winter–spring "
        "season, holding an on-field workshop before harvest; the crop compared well with the popular Khang Dan variety.",
    ),
    (
        "pAo018",
        "vi",
        "thvl_vienlua",
        "Khảo nghiệm, trình diễn giống lúa triển vọng",
        "Viện Lúa ĐBSCL nhận khảo nghiệm giống: vụ Đông Xuân 2023–2024 đã trồng 16 giống triển vọng cùng 9 giống sản xuất đại "
        "trà làm đối chứng để nông dân so sánh trước khi chọn giống đưa vào sản xuất.",
    ),
    # --- 2. community seed groups and cooperatives ---
    (
        "pAo019",
        "vi",
        "vinaseed_htx",
        "Mô hình HTX sản xuất hạt giống lúa liên kết doanh nghiệp",
        "Doanh nghiệp giống hỗ trợ xây dựng HTX sản xuất lúa giống và bao tiêu sản phẩm: giai đoạn 2022–2024 đã có 34 mô hình "
        "(7 mô hình cấp nguyên chủng, 27 mô hình cấp xác nhận 1), 709 hộ tham gia, quy mô trên 2.000 ha ở An Giang, Long An, "
        "Kiên Giang, Đồng Tháp.",
    ),
    (
        "pAo020",
        "en",
        "vinaseed_htx",
        "Seed company – cooperative linkage for certified rice seed",
        "A national seed group co-finances cooperatives that multiply foundation and certified-1 rice seed under contract, "
        "with local authorities and extension: over 2,000 ha, 34 cooperative models and 709 households in three years, with "
        "the company buying back the seed.",
    ),
    (
        "pAo021",
        "vi",
        "angiang_htx",
        "Xây dựng HTX sản xuất, cung ứng lúa giống chất lượng",
        "Trung tâm Khuyến nông chuyển giao mô hình tổ chức HTX lúa giống từ các tổ nhân giống cộng đồng (hơn 121 tổ, "
        "21.000–30.000 ha/năm): đầu tư chung máy tách hạt, máy cấy, sơ chế hạt giống, chia sẻ chi phí kiểm định, kiểm nghiệm và "
        "tìm đầu ra theo mùa vụ.",
    ),
    (
        "pAo022",
        "vi",
        "glis",
        "Mô hình câu lạc bộ nhân giống lúa của nông dân",
        "Viện Nghiên cứu Phát triển ĐBSCL chuyển giao mô hình câu lạc bộ giống qua lớp học đồng ruộng: hơn 300 câu lạc bộ đã "
        "sản xuất 158.000 tấn giống của 77 giống lúa năm 2018 cho 24.000 hộ, đáp ứng ít nhất 35% nhu cầu giống vùng.",
    ),
    (
        "pAo023",
        "en",
        "ctu_seedclubs",
        "Assessment of provincial rice seed supply (seed stations and clubs)",
        "Can Tho University researchers assess seed demand and supply for a province: their delta-wide survey of 19 seed "
        "stations and 309 seed clubs put effective demand at about 0.55 Mt a year, with the formal system meeting 3.5% and "
        "clubs over 16%, and proposes how to socialise seed production.",
    ),
    (
        "pAo024",
        "vi",
        "qdnd_certified",
        "Dự án kết nối nông dân – doanh nghiệp sản xuất giống lúa xác nhận",
        "Viện Lúa ĐBSCL tổ chức liên kết sản xuất giống xác nhận trên hơn 2.000 ha, mục tiêu 5 tấn/ha và nâng tỷ lệ dùng giống "
        "xác nhận lên 50–55%; vụ Hè Thu đã có gần 550 ha đạt 5,3 tấn/ha, dự kiến hơn 2.800 tấn giống cho các vụ sau.",
    ),
    (
        "pAo025",
        "vi",
        "vsage",
        "Máy cấy lúa 8 hàng cho tổ hợp tác sản xuất lúa giống",
        "Đơn vị cơ khí trình diễn máy cấy HAMCO 8 hàng, khoảng cách hàng 22 cm, cho tổ hợp tác sản xuất lúa giống, giúp ruộng "
        "giống đều hàng, dễ khử lẫn và kịp thời vụ.",
    ),
    (
        "pAo026",
        "vi",
        "jica",
        "Gói dự án sản xuất, cung ứng giống chất lượng cao và HTX kiểu mẫu",
        "Gói giải pháp (theo nghiên cứu quy hoạch vùng Đồng Tháp Mười) gồm: sản xuất và bán giống nguyên chủng, kiểm định và chế "
        "biến giống, nhóm nông dân sản xuất giống xác nhận, HTX kiểu mẫu và tập huấn khuyến nông về kỹ thuật giống, sau thu hoạch, thị trường.",
    ),
    (
        "pAo027",
        "vi",
        "rkbassam",
        "Tập huấn nông dân tự sản xuất giống lúa tốt",
        "Chương trình tập huấn: thử nổi hạt bỏ hạt lép, khử lẫn ở giai đoạn sinh trưởng, trổ và chắc hạt, thu hoạch khi 80–85% "
        "hạt vàng rơm hoặc ẩm 20–22%, tuốt và phơi nhanh, ghi nhãn tên giống và ngày thu hoạch trên bao.",
    ),
    (
        "pAo028",
        "en",
        "irri_qualityseed",
        "Quality Rice Seed e-learning course for seed growers",
        "IRRI's self-paced course teaches seed growers why quality seed matters, the classes of seed and their uses, how to "
        "judge purity, cleanliness and viability, and how varietal descriptors are used to check genetic purity.",
    ),
    (
        "pAo029",
        "en",
        "pakistan",
        "Seed business and quality course for seed producers",
        "A three-day course for private and public seed producers: seed law and standards, measuring moisture and equilibrium "
        "moisture, a seed production and business plan, crop calendar and seeding rate, harvest-to-labelling steps, and visits "
        "to seed companies.",
    ),
    (
        "pAo030",
        "en",
        "alumniagri",
        "Step-by-step protocol for producing quality rice seed",
        "Protocol for seed plots: fertile level field, clean seed, 15–20-day seedlings at two per hill on 22.5 × 22.5 cm, "
        "balanced NPK-S-Zn, roguing at maximum tillering and flowering, harvest at 20–25% moisture, drying to 12–14%, grading, "
        "labelling and sealed storage.",
    ),
    (
        "pAo031",
        "en",
        "ati6",
        "Five-day course for rice seed inspectors",
        "A training institute and the national seed quality service run a five-day course on inbred rice seed production and "
        "certification for extension workers (32 trained in one batch): certification guidelines, grower accreditation, field "
        "inspection and roguing practicum, moisture testing and storage facility visits.",
    ),
    (
        "pAo032",
        "en",
        "ati10",
        "Training new seed inspectors to uphold rice seed standards",
        "A five-day training for 30 extension workers on the latest seed certification policy, distinguishing approved "
        "varieties, field inspection techniques and the certification scheme for inbred rice, to ease the shortage of inspectors.",
    ),
    # --- 3. drying, cleaning, grading and processing ---
    (
        "pAo033",
        "vi",
        "hue_plant",
        "Tư vấn quy trình dây chuyền chế biến hạt giống",
        "Khoa Cơ khí – Công nghệ (ĐH Nông Lâm Huế) tư vấn quy trình công nghệ dây chuyền chế biến hạt giống lúa theo mô hình nhà "
        "máy chế biến hạt giống Thừa Thiên Huế, thay cách làm thủ công để cung ứng giống cho sản xuất đại trà.",
    ),
    (
        "pAo034",
        "vi",
        "vinaseed_plant",
        "Gia công chế biến hạt giống, công suất 30 tấn/giờ",
        "Trung tâm công nghiệp chế biến hạt giống và nông sản tại Đồng Tháp (5 ha, dây chuyền Nhật Bản, vốn giai đoạn 1 khoảng "
        "350 tỷ đồng) nhận chế biến hạt giống 30 tấn/giờ và đóng gói gạo tự động 30 tấn/giờ.",
    ),
    (
        "pAo035",
        "vi",
        "rkmp_processing",
        "Máy sàng – quạt làm sạch và phân cỡ hạt giống lúa",
        "Cung cấp máy làm sạch kiểu sàng – quạt gió để loại rơm rác, hạt gãy, cát, hạt cỏ, hạt lép, đồng thời phân cỡ tách hạt "
        "quá to và quá nhỏ, dùng trong chế biến hạt giống lúa lai và lúa thuần.",
    ),
    (
        "pAo036",
        "vi",
        "guru",
        "Nhà máy chế biến hạt giống trọn gói",
        "Nhà sản xuất thiết bị cung cấp nhà máy chế biến hạt giống gồm máy làm sạch sơ bộ, sàng – quạt, bàn tỷ trọng, máy tách "
        "đá, máy xử lý hạt, máy sấy và máy đóng bao, đảm bảo độ sạch, nảy mầm và sức khỏe hạt.",
    ),
    (
        "pAo037",
        "en",
        "pedigogy",
        "Course: setting up a small seed processing unit",
        "Training on the equipment a small seed plant needs (sheller or thresher, dryer, cleaner-grader, gravity separator, "
        "bag closer, screens, heat sealer) and on matching machines to physical differences in size, density, shape, "
        "surface and colour.",
    ),
    (
        "pAo038",
        "vi",
        "xl_gravity",
        "Bàn tỷ trọng phân loại hạt giống lúa",
        "Nhà sản xuất cung cấp bàn tỷ trọng có mặt sàng nghiêng dao động và luồng khí thổi từ dưới lên: hạt chắc, nặng đi lên "
        "đầu cao, hạt lép, lửng, nứt và tạp chất nhẹ trôi xuống, nâng sức sống của lô giống.",
    ),
    (
        "pAo039",
        "en",
        "tnau_cleaning",
        "Guide to choosing seed separators",
        "Agricultural university guide matching separators to seed properties: vibratory and spiral separators for shape, "
        "disc or indented-cylinder separators for length, colour sorters, magnetic separators, and gravity separators or "
        "destoners for density.",
    ),
    (
        "pAo040",
        "en",
        "baragioli",
        "Indented grading cylinder for rice seed",
        "Manufacturer supplies a tilted rotating drum lined with replaceable indented graders and cleaning brushes that "
        "separates rice by thickness into several fractions through separate chutes with diverter valves.",
    ),
    (
        "pAo041",
        "en",
        "greatbasin",
        "Gravity separators for seed cleaning to 98% purity",
        "Extension note on gravity separators with a vibrating, two-way tilting perforated deck: separates seed and impurities "
        "of similar size by density and can bring many species to 98% purity or better after scalping.",
    ),
    (
        "pAo042",
        "en",
        "whotv",
        "Seed conditioning workshop on gravity separators",
        "A university seed science centre runs hands-on workshops showing how a bed three to five seeds deep is floated by air "
        "and sorted into three to six weight fractions, and how to decide which fractions to keep.",
    ),
    (
        "pAo043",
        "vi",
        "cabin_drying",
        "Hướng dẫn sấy hạt giống lúa và chọn máy sấy",
        "Khóa học trực tuyến của IRRI: sấy hạt giống xuống dưới 14% ngay sau tuốt (12% nếu tồn trữ lâu), sấy – ủ nhiều lần từ "
        "khoảng 18%; nếu phơi thì rải 2–4 cm, đảo 30 phút/lần vì sân có thể quá 45°C; so sánh máy sấy bong bóng, vỉ ngang, tuần hoàn.",
    ),
    (
        "pAo044",
        "en",
        "rkmp_drying",
        "Safe drying temperature advice for seed paddy",
        "Advisory note: above 18% moisture drying can be speeded with more heat or air, but below 18% only lower temperatures "
        "are safe; for seed, air must never exceed 43 °C, since one hour at 60 °C drops germination from 95% to 30%.",
    ),
    (
        "pAo045",
        "vi",
        "card_dryer",
        "Máy sấy vỉ ngang 4–8 tấn/mẻ có đảo chiều gió",
        "Trung tâm Năng lượng và Máy nông nghiệp (ĐH Nông Lâm TP.HCM) chuyển giao máy sấy vỉ ngang 4 tấn/mẻ có bộ thu nhiệt mặt "
        "trời và loại 8 tấn/mẻ, có đảo chiều gió để giảm nứt gãy hạt, kèm tính toán chi phí sấy.",
    ),
    (
        "pAo046",
        "en",
        "card_dryer",
        "Reversible-airflow flatbed dryers tested in the Mekong Delta",
        "An agricultural engineering centre offers flatbed dryers of 4 t/batch (with a solar collector) and 8 t/batch, field "
        "tested in Can Tho and Kien Giang with and without air reversal to cut grain fissuring, plus cost calculations.",
    ),
    (
        "pAo047",
        "vi",
        "tangsoi",
        "Công nghệ sấy lúa tầng sôi dòng đẩy",
        "Chuyển giao công nghệ sấy tầng sôi dòng đẩy không rung: nhà máy đầu tiên ở ĐBSCL (An Giang, 2010) sấy 500 tấn lúa/ngày "
        "đêm, tự động hóa kiểm soát đầu vào – đầu ra, rút ngắn thời gian sấy so với sấy tĩnh và sấy tháp.",
    ),
    (
        "pAo048",
        "vi",
        "tangsoi_doan",
        "Thiết kế hệ thống sấy tầng sôi cho thóc 1.850 kg/giờ",
        "Nhóm kỹ thuật thực phẩm thiết kế hệ thống sấy tầng sôi dùng không khí nóng, năng suất 1.850 kg thóc/giờ, đưa hạt về độ "
        "ẩm an toàn 12–14% trước khi nhập kho.",
    ),
    (
        "pAo049",
        "vi",
        "bubble",
        "Máy sấy bong bóng năng lượng mặt trời",
        "IRRI, GrainPro và ĐH Hohenheim giới thiệu máy sấy dạng đường hầm nhựa: tấm đen phía dưới, mái trong suốt bơm phồng bằng "
        "quạt nhỏ, có trục lăn đảo hạt, che mưa và tránh quá nhiệt so với phơi sân.",
    ),
    (
        "pAo050",
        "en",
        "bubble_isj",
        "Solar bubble dryer: 1 tonne in 1–2 days to 10–13% moisture",
        "Low-cost collapsible dryer of UV-resistant plastic, ventilators run from solar panels or grid; dries 1 t in one to "
        "two days to 10–13% moisture, where a recirculating batch dryer needs at least 10 t per run.",
    ),
    (
        "pAo051",
        "vi",
        "hybrid_drying",
        "Quy trình sấy có ủ cho hạt giống lúa",
        "Kết quả sấy lớp mỏng hạt lúa lai: sấy liên tục 45°C và 55°C cho nảy mầm 91% và 86%; có ủ 2–4 giờ thì dù sấy 65°C vẫn "
        "trên 90%, thời gian máy chạy giảm khoảng một nửa và điện năng giảm một nửa.",
    ),
    (
        "pAo052",
        "en",
        "fluidbed_bd",
        "Two-stage fluidised-bed drying for rice seed",
        "Research protocol: first stage in a fluidised bed (15 cm bed, 50–60 °C), 45 min tempering, then sun or bed drying; "
        "seed went from 24.7% to 12.1% moisture in 2.3–6.8 h, with about 95–96% germination at 50 °C first stage.",
    ),
    (
        "pAo053",
        "en",
        "recirc",
        "Recirculating dryer settings for seed paddy",
        "Study-based settings for recirculating dryers: air at 37, 42 or 48 °C to 12 or 14% final moisture; the best "
        "germinability (about 80%) came at 37 °C, and temperature also drove seedling vigour.",
    ),
    (
        "pAo054",
        "vi",
        "hocday_cracking",
        "Mô hình HTX đầu tư và vận hành máy sấy lúa",
        "Đề xuất HTX góp vốn mua máy gặt đập và máy sấy, quản lý tập trung để nông dân hưởng lợi từ giảm tổn thất sấy; số máy sấy "
        "ĐBSCL chỉ tăng từ 6.200 (2006) lên 6.600 (2009), phần lớn đặt tại nhà nông hộ.",
    ),
    (
        "pAo055",
        "vi",
        "vnkienthuc",
        "Hướng dẫn phơi sấy nông sản về ẩm độ an toàn",
        "Tài liệu kỹ thuật: nông sản nhập kho cần ẩm 12–14%; trên 14% hạt hô hấp mạnh, bốc nóng, nấm mốc và côn trùng phát "
        "triển; kết hợp phơi và sấy chủ động trong mùa mưa.",
    ),
    (
        "pAo056",
        "en",
        "irri_drying_basics",
        "Equilibrium moisture content guidance for drying",
        "IRRI knowledge-bank module on drying basics: rice is hygroscopic and settles at an equilibrium moisture set by air "
        "temperature and humidity, so unprotected grain or seed regains moisture in the rainy season.",
    ),
    (
        "pAo057",
        "en",
        "biotecharticles",
        "Seed processing and grading: preconditioning to upgrading",
        "Technical note covering drying, preconditioning (hullers, debearders), basic cleaning and grading to remove inert "
        "matter, weed and other-crop seed, immature and undersized seed with minimum loss and labour.",
    ),
    (
        "pAo058",
        "en",
        "seedplantation",
        "Seed processing steps for small seed enterprises",
        "Guide to threshing, cleaning, drying to a storage moisture of about 8–12% on raised platforms or sheets, and grading "
        "seeds by size or weight so that uniform seed gives uniform seedlings.",
    ),
    (
        "pAo059",
        "en",
        "meroagro",
        "Solar bubble dryer training and piloting for rice farmers",
        "An agribusiness runs three-day trainings on setting up and operating a 1-tonne solar bubble dryer, noting it needs "
        "about 30 × 4 m of space; sessions with 25–35 farmers, mostly women, growing early rice.",
    ),
]

OFFERS += [
    # --- 4. seed storage ---
    (
        "pAo060",
        "vi",
        "kholanh",
        "Tư vấn và xây dựng kho bảo quản lúa giống",
        "Đơn vị thi công kho tư vấn các cách giữ lúa giống: chum vại bịt kín giữ được 4–5 năm; đổ rời với ẩm ≤14%, mỗi ngăn "
        "khoảng 200 tấn, đống cao không quá 3,5 m, cào đảo lớp mặt 15 ngày/lần; đóng bao ẩm 15% giữ không quá 6 tháng, có pallet kê.",
    ),
    (
        "pAo061",
        "vi",
        "baoquankin",
        "Kỹ thuật bảo quản kín (hermetic) cho tồn trữ giống lúa",
        "Chuyển giao kỹ thuật bảo quản kín: hô hấp của hạt và côn trùng hạ oxy trong thùng xuống dưới 3%, diệt sâu mọt, ngăn nấm "
        "sinh độc tố; doanh nghiệp giống lớn đã kéo dài sức nảy mầm hạt lúa lai đến 9 tháng.",
    ),
    (
        "pAo062",
        "en",
        "superbag_fact",
        "IRRI Super Bag hermetic liner for 50 kg of seed",
        "A gas-tight liner placed inside ordinary woven or jute sacks: extends the germination life of seed from 6 to 12 "
        "months, cuts oxygen from 21% to about 5% and insects to under 1 per kg within about 10 days, without chemicals. "
        "Seed must first be dried below 12%.",
    ),
    (
        "pAo063",
        "vi",
        "superbag_fact",
        "Túi bảo quản kín IRRI Super Bag 50 kg",
        "Cung cấp túi lót kín khí đặt trong bao dệt: giữ sức nảy mầm hạt giống 12 tháng thay vì 6 tháng, không dùng thuốc trừ "
        "mọt; hướng dẫn sáu bước đóng túi, phơi hạt giống dưới 12% trước khi cho vào.",
    ),
    (
        "pAo064",
        "en",
        "superbag_ph",
        "SuperGrainbag retail supply for farmers' seed",
        "Reusable airtight bags developed by IRRI with GrainPro, sold through retail stores; a farmer kept seed 10 months with "
        "100% viability, and physical losses of about 15% in ordinary sacks are avoided.",
    ),
    (
        "pAo065",
        "en",
        "lbtimes",
        "Low-cost Super Bag for household seed storage",
        "Super Bags at about PhP120 each extend rice germination from 6 to 12 months and control rats and insects; developed "
        "from 2004 by scaling bulk hermetic systems (5–300 t) down to a 50 kg bag for small farmers.",
    ),
    (
        "pAo066",
        "vi",
        "assam",
        "Kết quả bảo quản kín trong khí hậu ẩm (IRRI)",
        "Thí nghiệm của IRRI ở vùng ẩm độ không khí trên 82%: hạt trong bao đay tăng ẩm từ 14,8% lên 16,3% sau 5 tháng, trong khi "
        "túi kín lót polyethylene 60 µm có lớp chắn khí giữ ẩm ổn định, giảm mốc, mọt và giữ sức sống hạt giống.",
    ),
    (
        "pAo067",
        "en",
        "philrice",
        "Hermetic cocoon storage of hybrid rice seed",
        "Rice research institute results: seed at 9.5–10.5% moisture in hermetic cocoons kept germination for 6 months as "
        "well as a cold room; under ordinary storage the 85% standard held only about 3 months.",
    ),
    (
        "pAo068",
        "en",
        "local_containers",
        "Making hermetic seed stores from local containers",
        "Guidance to turn drums, jars or pots into airtight stores: dry seed to 12% (grain 14%), fill completely to leave no "
        "air space, seal porous clay with latex paint; ordinary polyethylene bags are not hermetic.",
    ),
    (
        "pAo069",
        "en",
        "thai_tins",
        "Galvanised tins sealed with beeswax for long seed storage",
        "Rice research institute method: sun-dried seed at 6–8% moisture in beeswax-sealed tins stayed above 80% viability "
        "for 20 months, at 12% only about 12 months, against 7 months in cloth bags at room temperature.",
    ),
    (
        "pAo070",
        "vi",
        "echo_cold",
        "Thiết kế phòng mát bảo quản hạt giống chi phí thấp",
        "Tổ chức phi lợi nhuận tư vấn dựng phòng lạnh giữ hạt giống: vật liệu cách nhiệt sẵn có, lớp chắn ẩm cả sàn và tường để "
        "tránh ngưng tụ, kết hợp đóng túi hút chân không sau khi sấy rồi để nơi mát.",
    ),
    (
        "pAo071",
        "en",
        "fisair",
        "Desiccant dehumidifiers for seed stores",
        "Supplier of desiccant-rotor dehumidifiers that hold low humidity at low temperature: seed kept one season needs "
        "about 65% RH, 2–3 years about 45% RH, long-term about 25% RH.",
    ),
    (
        "pAo072",
        "en",
        "cfw",
        "Temperature and humidity control for seed storage",
        "Dehumidifiers and drying systems for seed stores; above 13% moisture seed heats and moulds. Harrington's rule: seed "
        "life doubles for every 1% less moisture or 5.6 °C cooler.",
    ),
    (
        "pAo073",
        "en",
        "casilica",
        "Silica-gel drying for seed storage",
        "Desiccant supplier: seed must be dried before storage; suggested store conditions of 70–75 °F at 25–30% RH for short "
        "term and cooler for longer, with seed moisture brought to 4–6% for long-term keeping.",
    ),
    (
        "pAo074",
        "vi",
        "kholanh_f1",
        "Tính toán thiết kế kho lạnh bảo quản giống lúa lai F1",
        "Bộ môn Cơ khí bảo quản (ĐH Nông nghiệp Hà Nội) nhận tính toán, thiết kế kho lạnh cho hạt giống lúa lai F1: tải nhiệt, "
        "cách nhiệt, chọn máy lạnh và chế độ nhiệt – ẩm.",
    ),
    (
        "pAo075",
        "en",
        "dryingbeads",
        "Drying beads to keep seed dry without electricity",
        "Zeolite drying beads lower seed moisture inside sealed containers below what ambient air allows; each 1% less "
        "moisture (between 5 and 15%) or 5 °C cooler doubles seed life. A silica-gel colour check shows whether a container leaks.",
    ),
    (
        "pAo076",
        "vi",
        "grdc_aeration",
        "Thiết kế thông gió làm mát silo",
        "Tư vấn quạt thông gió silo lưu lượng 2–4 lít/giây/tấn, giữ nhiệt độ hạt 18–23°C mùa nóng, dưới 15°C mùa lạnh; bảo "
        "dưỡng quạt, ống dẫn và tuần hoàn khí khi xông hơi trong silo 150–2.000 tấn.",
    ),
    (
        "pAo077",
        "en",
        "miller_silo",
        "Metal grain silos with aeration and temperature monitoring",
        "Specification guidance for galvanised steel silos: flat or hopper bottom, sheet grade and coating, perforated "
        "aeration floor, roof vents, temperature cables and fumigation systems for long-term storage.",
    ),
    (
        "pAo078",
        "en",
        "fao_storage",
        "Planning paddy storage in the rice post-harvest system",
        "FAO technical material on why and when to store paddy, where storage sits between drying and distribution, and the "
        "requirements for safe storage of cereal grain.",
    ),
    (
        "pAo079",
        "en",
        "irri_storage_seed",
        "Airtight seed storage lesson for seed growers",
        "Training module on choosing short-, medium- or long-term seed storage; stresses airtight storage where the little "
        "air inside is used up by respiration so insects die but seed stays alive.",
    ),
    (
        "pAo080",
        "en",
        "bd_hermetic",
        "Hermetic bags for farmer-saved rice seed",
        "Rice research findings: hermetic bags keep 90% or more germination for up to 6 months, whereas traditional stores "
        "lose 57–62 kg per tonne; about 10% of crop output is lost to seed-borne disease.",
    ),
    (
        "pAo081",
        "vi",
        "memart",
        "Hướng dẫn bảo quản hạt giống đúng cách",
        "Tài liệu hướng dẫn: giữ hạt ở ẩm 6–12%, nơi tối, nhiệt độ 4–22°C (tủ lạnh 4–8°C), đóng túi kín có gói hút ẩm silica gel, "
        "kiểm tra định kỳ mọt và nấm.",
    ),
    (
        "pAo082",
        "vi",
        "memart2",
        "Các phương pháp bảo quản hạt giống: phơi, sấy, kho lạnh, túi hút ẩm",
        "Tổng hợp phương pháp: chọn hạt chắc, phơi nắng nhẹ hoặc sấy 35–40°C, kiểm tra ẩm 7–12% trước khi đóng gói, bảo quản "
        "trong kho lạnh hoặc túi hút ẩm để giữ tỷ lệ nảy mầm.",
    ),
    (
        "pAo083",
        "vi",
        "baoquan_dbscl",
        "Phương pháp bảo quản thóc rời và bảo quản kín",
        "Tài liệu tổng quan: thóc rời thông gió tự nhiên phải có thủy phần ≤13%, tạp chất ≤0,5%, không mốc mọt và giữ dưới 6 "
        "tháng; bảo quản kín thiếu oxy để hạn chế hô hấp, vi sinh vật và côn trùng.",
    ),
    (
        "pAo084",
        "en",
        "tnau_packing",
        "Moisture-proof packaging for seed",
        "University guidance on packing materials: permeable bags only in controlled stores; dried seed in sealed "
        "moisture-proof containers; 700-gauge polythene for short- to medium-term storage.",
    ),
    (
        "pAo085",
        "en",
        "taylor_vapor",
        "Vapour-proof packaging of very dry seed",
        "Handbook chapter: very dry seed in vapour-proof packs keeps 2–4 years in ordinary stores, but seed sealed at normal "
        "moisture (e.g. maize at 13%) loses germination within 4 months because the air inside reaches about 65% RH.",
    ),
    (
        "pAo086",
        "en",
        "ecer",
        "Rice seed storage practices: moisture below 13%",
        "Expert guidance: keep conventional rice seed below 13% moisture and hybrid seed below 12%, store varieties "
        "separately in breathable bags in dry ventilated places and check regularly.",
    ),
    (
        "pAo087",
        "en",
        "viabilitymetrics",
        "R functions for seed equilibrium moisture and storage RH",
        "Open-source R package (viabilitymetrics) computing the equilibrium moisture content of seed from air RH, "
        "temperature and oil content, and the equilibrium RH of a store from seed moisture.",
    ),
    # --- 5. seed testing ---
    (
        "pAo088",
        "vi",
        "tcn322",
        "Kiểm nghiệm hạt giống theo tiêu chuẩn 10 TCN 322",
        "Phòng kiểm nghiệm nhận lấy mẫu, chia mẫu và kiểm tra độ sạch, hạt khác giống, tỷ lệ nảy mầm, độ ẩm của lô hạt giống theo "
        "phương pháp thống nhất giữa các phòng kiểm nghiệm.",
    ),
    (
        "pAo089",
        "en",
        "tcn322",
        "Seed lot testing to Vietnamese sector standard 10 TCN 322",
        "Laboratory service for sampling, sample division and testing of purity, other varieties, germination and moisture "
        "using the standard methods shared by Vietnam's seed testing laboratories.",
    ),
    (
        "pAo090",
        "vi",
        "tcn322_tvpl",
        "Dịch vụ lấy mẫu lô hạt giống đúng quy định",
        "Cán bộ lấy mẫu theo số bao: ≤5 bao lấy tất cả (ít nhất 5 mẫu), 6–30 bao cứ 3 bao 1 mẫu, 31–400 bao cứ 5 bao 1 mẫu, trên "
        "400 bao cứ 7 bao 1 mẫu; lô đổ rời ≤500 kg lấy 5 mẫu, 501–3.000 kg cứ 300 kg 1 mẫu.",
    ),
    (
        "pAo091",
        "vi",
        "tcvn1700",
        "Phân tích chất lượng hạt giống lúa nước theo TCVN 1700",
        "Nhận phân tích lô thóc giống đồng nhất không quá 30 tấn: lấy mẫu ban đầu, mẫu chung, mẫu trung bình, mẫu phân tích và "
        "giữ mẫu lưu để làm trọng tài khi có tranh chấp.",
    ),
    (
        "pAo092",
        "vi",
        "tcn322_2003",
        "Đào tạo kiểm nghiệm viên hạt giống theo 10 TCN 322:2003",
        "Khóa đào tạo về lô hạt giống, mẫu điểm, mẫu hỗn hợp, mẫu gửi; bao dưới 15 kg gộp thành đơn vị không quá 100 kg khi lấy "
        "mẫu; yêu cầu kỹ thuật các phép thử.",
    ),
    (
        "pAo093",
        "en",
        "ista",
        "Seed testing to ISTA International Rules",
        "Accredited-style testing following the ISTA Rules: sampling, purity, other seed determination, germination, "
        "tetrazolium, moisture, thousand-seed weight and vigour tests such as conductivity and accelerated ageing, with certificates.",
    ),
    (
        "pAo094",
        "vi",
        "fao_ista_lab",
        "Tư vấn thành lập phòng kiểm nghiệm hạt giống",
        "Tư vấn theo sổ tay FAO – ISTA (2023) về thiết lập và quản lý phòng kiểm nghiệm hạt giống: bố trí phòng, thiết bị, quy "
        "trình, nhân sự và quản lý chất lượng.",
    ),
    (
        "pAo095",
        "en",
        "rkmp_germ",
        "Rag-doll germination check before sending seed to the lab",
        "Simple on-farm test: three lots of 200 seeds rolled in wet jute sacks in the shade for 7 days; count normal "
        "seedlings; at least 170 per 200 (85%) before seed is packed and sent for certification.",
    ),
    (
        "pAo096",
        "vi",
        "rkmp_germ",
        "Thử nảy mầm bằng bao bố ướt tại nông hộ",
        "Hướng dẫn tự thử: 3 lần lặp, mỗi lần 200 hạt cuộn trong bao bố ướt, để nơi râm 7 ngày rồi đếm mầm bình thường; đạt từ "
        "85% (170 mầm/200 hạt) mới đóng bao, gửi kiểm nghiệm.",
    ),
    (
        "pAo097",
        "en",
        "pases",
        "Seed testing services: germination, purity, TZ viability",
        "Laboratory reports germination on 200–400 seeds, purity by weight (other crop, inert matter, weeds), and viability by "
        "tetrazolium after preconditioning and sectioning.",
    ),
    (
        "pAo098",
        "en",
        "seedanalysis",
        "Full germination test on a 250 g sample",
        "Replicates of 100 seeds grown under optimum conditions, every seedling examined for abnormalities; detects drying "
        "heat damage and chemical damage; results in 7–12 days, same method as for certified seed.",
    ),
    (
        "pAo099",
        "vi",
        "irri_seedhealth",
        "Kiểm tra sức khỏe hạt giống lúa",
        "Đơn vị sức khỏe hạt giống (IRRI) kiểm tra khô, phương pháp giấy thấm (blotter) phát hiện nấm, tách tuyến trùng kiểu "
        "phễu Baermann, rửa hạt trên môi trường chọn lọc phát hiện vi khuẩn, kèm xử lý hạt.",
    ),
    (
        "pAo100",
        "en",
        "amc_seedborne",
        "Seed-borne pathogen survey of rice seed lots",
        "Plant pathology department screens seed lots by dry inspection and ISTA blotter method: ten fungi including "
        "Bipolaris oryzae, Fusarium and Aspergillus found; infection ranged from about 18% to 59% by variety.",
    ),
    (
        "pAo101",
        "en",
        "slideshare_health",
        "Seed health testing methods and standards",
        "Training material: seed health standards and tolerance levels, and methods from dry inspection and washing tests to "
        "blotter, agar plate, deep-freeze blotter and seedling symptom tests.",
    ),
    (
        "pAo102",
        "en",
        "publix",
        "Pre-sowing health check of rice seed",
        "Procedure: potassium permanganate staining for weevil damage, saturated salt flotation for hidden pests, and a blotter "
        "test of 400 seeds at 22 °C for 7 days under alternating near-UV light to detect blast conidia.",
    ),
    (
        "pAo103",
        "vi",
        "tz_uf",
        "Thử nhanh sức sống hạt bằng tetrazolium",
        "Giới thiệu phép thử tetrazolium: ngâm hạt cắt đôi trong dung dịch 0,1–1% khoảng 24 giờ; phôi sống nhuộm đỏ, phôi yếu "
        "hồng nhạt, phôi chết không màu.",
    ),
    (
        "pAo104",
        "en",
        "tz_seedcheck",
        "Tetrazolium viability test with results in 1–2 days",
        "Lab service: 200 pure seeds imbibed overnight, cut, stained and read under the microscope; a quick estimate of "
        "viability when time is short, though not a grading test on its own.",
    ),
    (
        "pAo105",
        "en",
        "tz_indiana",
        "24-hour TZ test for seed damage diagnosis",
        "Crop improvement association offers a 24-hour tetrazolium test on 100 seeds at 35 °C that identifies mechanical, "
        "insect, heat and sprouting damage and gives potential germination close to a warm germination result.",
    ),
    (
        "pAo106",
        "en",
        "seedvigor",
        "SeedVigorIndex R package",
        "Open-source R package that computes a seed vigour index from seedling length and germination percentage, for "
        "ranking seed lots and checking carry-over seed.",
    ),
    (
        "pAo107",
        "vi",
        "nepthuthua",
        "Hạt giống lúa nếp đạt chuẩn từ siêu nguyên chủng đến xác nhận 2",
        "Cơ sở sản xuất giống nếp IR 4625, OM 84 công bố chỉ tiêu: độ sạch ≥99%, hạt khác giống ≤0,05% (NC), ≤0,3% (XN1), ≤0,5% "
        "(XN2), hạt cỏ dại ≤5–15 hạt/kg, nảy mầm ≥80%, độ ẩm ≤13,5%.",
    ),
    (
        "pAo108",
        "vi",
        "lemlep_invitro",
        "Thử hiệu lực thuốc và dịch trích thực vật với nấm gây lem lép hạt",
        "Nhóm nghiên cứu trường đại học đánh giá trong phòng thí nghiệm hiệu quả 4 loại thuốc hóa học và dịch trích thực vật đối "
        "với nấm Trichoconis sp. và Aspergillus sp. gây lem lép hạt lúa, theo đường kính khuẩn ty đến 160 giờ.",
    ),
    (
        "pAo109",
        "vi",
        "bigtree",
        "Chẩn đoán tác nhân lem lép hạt lúa",
        "Công ty nông nghiệp hỗ trợ xác định nguyên nhân lem lép: khoảng 12 loài nấm (Pyricularia oryzae, Alternaria padwickii, "
        "Bipolaris oryzae…), vi khuẩn Burkholderia glumae, nhện gié; thiệt hại có thể tới 70%.",
    ),
    (
        "pAo110",
        "vi",
        "vinhlong_lxl",
        "Giải đáp kỹ thuật: bệnh nào truyền qua hạt giống",
        "Cổng thông tin KH&CN Vĩnh Long giải đáp về đường lây truyền của bệnh cây (qua hạt giống, đất, gió, nước, côn trùng) và "
        "việc có nên lấy lúa ở ruộng bị lùn xoắn lá làm giống cho vụ sau.",
    ),
    (
        "pAo111",
        "vi",
        "kingfarm",
        "Cảnh báo dùng hạt lem lép làm giống",
        "Doanh nghiệp phân bón khuyến cáo: nấm Alternaria padwickii, Fusarium moniliforme, Curvularia lunata tồn tại trên vỏ trấu, "
        "hạt ẩm chưa phơi kỹ càng dễ nhiễm; dùng hạt bệnh làm giống sẽ lây cho vụ sau.",
    ),
    (
        "pAo112",
        "en",
        "yumpu",
        "Seed treatment against seed-borne rice diseases",
        "Manual on rice seed treatment: fungicides widely used against seed-borne fungi also partly control the white-tip "
        "nematode, and bacterial grain rot is handled by seed disinfection, hot water and dry heat.",
    ),
]

OFFERS += [
    # --- 6. certification, labels and rules ---
    (
        "pAo113",
        "en",
        "qd52_en",
        "Guide to certifying plant variety quality conformity",
        "Advisory on the ministerial regulation for certifying seed lots: registration, field expertise, sampling and sample "
        "keeping, quality testing, certification and post-inspection, and the conditions certifying organisations must meet.",
    ),
    (
        "pAo114",
        "vi",
        "qd52_vi",
        "Tư vấn chứng nhận chất lượng giống cây trồng phù hợp tiêu chuẩn",
        "Hướng dẫn trình tự đăng ký, kiểm định đồng ruộng, lấy và lưu mẫu, kiểm nghiệm, cấp chứng nhận và hậu kiểm lô giống theo "
        "quy định của Bộ NN-PTNT (Quyết định 52/2006/QĐ-BNN).",
    ),
    (
        "pAo115",
        "vi",
        "tt46",
        "Chứng nhận hợp quy, công bố hợp quy giống cây trồng",
        "Tổ chức chứng nhận hướng dẫn doanh nghiệp và HTX chứng nhận hợp quy, công bố hợp quy giống cây trồng thuộc danh mục hàng "
        "hóa nhóm 2 theo Thông tư 46/2015/TT-BNNPTNT.",
    ),
    (
        "pAo116",
        "en",
        "tt46",
        "Conformity certification and declaration for rice seed lots",
        "Certification body service for seed producers: certifying conformity of seed lots with the national technical "
        "regulation and filing the conformity declaration required for group-2 goods.",
    ),
    (
        "pAo117",
        "vi",
        "ghinhan",
        "Hướng dẫn ghi nhãn giống cây trồng",
        "Chi cục hướng dẫn ghi nhãn giống theo Nghị định 43/2017 và Điều 10 Nghị định 94/2019: tên giống, cấp giống, đặc tính "
        "(năng suất, thời gian sinh trưởng, chống chịu sâu bệnh, chỉ tiêu chất lượng hạt giống), hướng dẫn bảo quản, sử dụng.",
    ),
    (
        "pAo118",
        "en",
        "ghinhan",
        "Seed label compliance check",
        "Review of seed bag labels against the labelling decree and the crop-variety decree: variety name, seed class, "
        "mandatory traits and seed-quality indicators, storage and use instructions.",
    ),
    (
        "pAo119",
        "vi",
        "lawnet",
        "Tư vấn pháp lý quản lý chất lượng giống theo Luật Trồng trọt",
        "Tư vấn Điều 25 Luật Trồng trọt 2018: vật liệu nhân giống loài cây trồng chính là hàng hóa nhóm 2, quản lý theo quy chuẩn "
        "kỹ thuật quốc gia và tiêu chuẩn công bố áp dụng; đánh giá ruộng giống và lấy mẫu theo quy định.",
    ),
    (
        "pAo120",
        "en",
        "law31",
        "Briefings on the Law on Crop Production 31/2018",
        "Legal information service on Law 31/2018/QH14 (in force from 1 January 2020) covering crop production activities, "
        "rights and duties of producers and state management, including varieties and fertilisers.",
    ),
    (
        "pAo121",
        "en",
        "ordinance",
        "Seed Ordinance 2004 overview",
        "IP firm summary of the 2004 ordinance (8 chapters, 51 articles): genetic resources, breeding, testing, release and "
        "protection of varieties, seed production and business, and seed quality control.",
    ),
    (
        "pAo122",
        "vi",
        "hocday_tt",
        "Hỗ trợ hồ sơ đăng ký chứng nhận chất lượng giống",
        "Hướng dẫn lập tờ khai đăng ký chứng nhận chất lượng giống phù hợp quy chuẩn và quy định về hạt giống lúa siêu nguyên "
        "chủng, nguyên chủng, xác nhận, lúa bố mẹ và hạt lai F1.",
    ),
    (
        "pAo123",
        "vi",
        "field_insp",
        "Kiểm định ruộng giống theo tiêu chuẩn phương pháp",
        "Dịch vụ kiểm định ruộng giống: xác định lô kiểm định, tính đúng giống, độ thuần, số cây khác dạng, khác loài theo từng "
        "cấp giống, làm căn cứ cấp chứng nhận.",
    ),
    (
        "pAo124",
        "en",
        "field_insp",
        "Field inspection of seed crops",
        "Inspection of seed fields against the national method standard: defining the inspection plot, trueness to variety, "
        "varietal purity and counts of off-types and other species for each seed class.",
    ),
    (
        "pAo125",
        "vi",
        "la_fieldinsp",
        "Học phần kiểm định đồng ruộng cho ruộng giống xác nhận",
        "Khóa học trực tuyến (IRRI): ruộng đăng ký chứng nhận phải được kiểm định ít nhất một lần giai đoạn sinh trưởng và một "
        "lần trước thu hoạch; tiêu chuẩn số cây khác dạng, cỏ dại và cây bệnh cho phép.",
    ),
    (
        "pAo126",
        "en",
        "decree07",
        "Decree 07/CP (1996) on plant seed management",
        "Text of the 1996 government decree defining plant seed and propagating material and setting early state management "
        "of seed production and quality.",
    ),
    # --- distractors: neighbouring fields ---
    (
        "pAo127",
        "en",
        "straw_vnplus",
        "Turning rice straw, husk and bran into income",
        "IRRI workshop package for valorising rice by-products: the delta discards over 22 Mt of straw, 4.5 Mt of husk and "
        "2.2 Mt of bran a year; options include ethanol, building material, feed and husk fuel exports.",
    ),
    (
        "pAo128",
        "en",
        "straw_van",
        "Mechanised rice straw collection and composting",
        "Baling machines and biotechnology to collect and process the 40–45 Mt of straw produced each year in the delta into "
        "mushroom substrate, feed and organic fertiliser instead of burning.",
    ),
    (
        "pAo129",
        "en",
        "straw_value",
        "Rice straw value-chain study",
        "Can Tho University and IRRI map the straw value chain in 14 communes of Can Tho, An Giang and Vinh Long: baling, trading, "
        "mushroom growing (about 37,500 VND profit per bale) and composting.",
    ),
    (
        "pAo130",
        "en",
        "husk_ag",
        "Rice husk power and husk briquettes",
        "Technology for rice husk fuel and husk power plants: about 5 kg of husk generates 1 kW of electricity; 1,000 kg of paddy "
        "gives about 260 kg of husk and 140 kg of bran.",
    ),
    (
        "pAo131",
        "vi",
        "thoaison_mill",
        "Nhà máy xay xát, chế biến gạo xuất khẩu 100.000 tấn/năm",
        "Cụm nhà máy chế biến gạo có kho chứa, xay xát 100.000–200.000 tấn/năm và hệ thống sấy lúa 500 tấn/ngày, liên kết vùng "
        "nguyên liệu Jasmine 85 khoảng 2.500 ha.",
    ),
    (
        "pAo132",
        "vi",
        "laubong",
        "Quy trình lau bóng gạo xuất khẩu",
        "Khảo sát và tối ưu công đoạn lau bóng gạo tại nhà máy lương thực, nâng độ bóng, giảm tấm cho gạo thành phẩm.",
    ),
    (
        "pAo133",
        "vi",
        "gaolut_vl",
        "Tối ưu thời gian dự trữ gạo lức trước khi xát trắng",
        "Nghiên cứu ảnh hưởng của thời gian dự trữ gạo lức đến tỷ lệ thu hồi khi xát – đánh bóng tại xí nghiệp lương thực Vĩnh Long.",
    ),
    (
        "pAo134",
        "vi",
        "gaodo",
        "Công nghệ sản xuất gạo đồ",
        "Quy trình ngâm, hấp, sấy và xay xát để sản xuất gạo đồ, cải thiện tính chất công nghệ và giá trị dinh dưỡng của gạo.",
    ),
    (
        "pAo135",
        "en",
        "hayleys_destoner",
        "Rice destoner machines for milling lines",
        "Destoners that remove stones and heavy impurities from paddy before hulling and milling, for clean milled rice.",
    ),
    (
        "pAo136",
        "vi",
        "sakhom",
        "Máy sạ lúa theo khóm giảm lượng giống",
        "Máy sạ khóm nhập từ Hàn Quốc, gieo theo hàng như ruộng cấy, giảm lượng giống còn 40–70 kg/ha, lắp được trên máy cày, "
        "máy xới hoặc máy cấy.",
    ),
    (
        "pAo137",
        "vi",
        "sacum",
        "Máy sạ cụm đa năng: sạ, bón phân vùi, phun thuốc",
        "Nhà phân phối máy sạ cụm giúp giảm 60–70% lượng hạt giống, kết hợp bón phân vùi và phun thuốc diệt mầm trong một lượt.",
    ),
    (
        "pAo138",
        "vi",
        "sahang_la",
        "Máy sạ hàng cơ giới của nông dân sáng chế",
        "Máy sạ hàng 4 trống chứa khoảng 40 lít lúa giống, tôn dày 0,5 mm, kèm thanh san đất và răng đánh rãnh thoát nước.",
    ),
    (
        "pAo139",
        "vi",
        "maycay",
        "Nghiên cứu máy gieo, máy cấy lúa",
        "Đề tài cấp nhà nước thiết kế, chế tạo máy gieo thẳng và máy cấy phù hợp kỹ thuật canh tác lúa Việt Nam.",
    ),
    (
        "pAo140",
        "vi",
        "organic_hoaminh",
        "Hỗ trợ sản xuất lúa hữu cơ đạt chuẩn quốc tế",
        "Hỗ trợ nông dân xã cù lao duy trì chứng nhận lúa hữu cơ quốc tế; diện tích vụ Thu Đông 2021 còn 65 ha.",
    ),
    (
        "pAo141",
        "en",
        "vnnews_1m",
        "One-million-hectare low-emission rice programme support",
        "Support for cooperatives joining the high-quality, low-emission rice programme to 2030, including straw management "
        "and emission reduction.",
    ),
    (
        "pAo142",
        "vi",
        "lemlep_bio",
        "Chế phẩm phòng trị lem lép hạt trên đồng ruộng",
        "Bộ sản phẩm phun giai đoạn trổ – ngậm sữa để phòng lem lép hạt vụ Đông Xuân, Hè Thu, giảm hạt lép, tăng năng suất.",
    ),
    (
        "pAo143",
        "vi",
        "phanthuoc",
        "Giải pháp phân thuốc vi sinh trị lem lép hạt",
        "Quy trình phun phân bón và thuốc sinh học trên ruộng lúa để phòng trừ lem lép hạt khi trổ gặp mưa.",
    ),
    (
        "pAo144",
        "en",
        "moisture_npm",
        "Grain moisture severity classification module",
        "JavaScript module that classifies a grain moisture reading (e.g. 12.33) for rice, maize, wheat and other grains as "
        "success, warning or danger for grain trading.",
    ),
    (
        "pAo145",
        "en",
        "entrepreneur_grain",
        "Starting a grain cleaning and packaging business",
        "Project profile for a unit that cleans, grades and packs rice and pulses into retail packets for consumers.",
    ),
    (
        "pAo146",
        "vi",
        "khoai_binhtan",
        "Chọn lọc giống khoai lang cho vùng Bình Tân",
        "Đề tài chọn được 5 giống khoai lang có giá trị thương mại và xây dựng vùng sản xuất giống khoai tại Bình Tân, Vĩnh Long.",
    ),
    (
        "pAo147",
        "en",
        "echo_bank",
        "Seed bank containers for bean and maize seed",
        "Assessment of sealed and unsealed containers in a renovated seed bank cooling room for bean and maize seed humidity.",
    ),
    (
        "pAo148",
        "en",
        "kew_cold",
        "Genebank cold rooms at −20 °C",
        "Design notes on long-term genebank cold rooms at minus 20 °C, safety doors and pressure relief valves, for "
        "conservation collections.",
    ),
    (
        "pAo149",
        "en",
        "agrochart",
        "Biotech crop approval and GM food labelling",
        "Briefing on approval of biotech corn events for cultivation and on labelling of pre-packaged food containing at least "
        "5% GE ingredients.",
    ),
    (
        "pAo150",
        "vi",
        "congbo",
        "Dịch vụ công bố chất lượng sản phẩm thực phẩm",
        "Hỗ trợ thủ tục tự công bố sản phẩm thực phẩm theo Nghị định 15/2018/NĐ-CP.",
    ),
    (
        "pAo151",
        "vi",
        "qcvn_ong",
        "Kiểm định ong mật giống theo QCVN 01-101",
        "Dịch vụ kiểm định đàn ong mật giống theo quy chuẩn kỹ thuật quốc gia.",
    ),
    (
        "pAo152",
        "vi",
        "tcn_lamnghiep",
        "Kiểm nghiệm hạt giống cây lâm nghiệp",
        "Kiểm nghiệm hạt giống cây rừng theo tiêu chuẩn ngành 04-TCN-33-2001: độ thuần, khối lượng 1.000 hạt, tỷ lệ nảy mầm.",
    ),
    (
        "pAo153",
        "vi",
        "cafe_ghep",
        "Nhân giống cà phê vối bằng phương pháp ghép",
        "Quy trình nhân giống cà phê vối bằng ghép theo tiêu chuẩn ngành 10TCN 479-2001.",
    ),
    (
        "pAo154",
        "vi",
        "ngonep",
        "Đánh giá tổ hợp ngô nếp lai vụ Thu Đông",
        "Nghiên cứu năng suất, chất lượng các tổ hợp ngô nếp lai và thời vụ gieo trồng.",
    ),
    (
        "pAo155",
        "vi",
        "dua_huuco",
        "Phát triển vùng dừa hữu cơ có chứng nhận",
        "Hỗ trợ xây dựng 8.000 ha dừa hữu cơ, trong đó 6.000 ha có chứng nhận đạt chuẩn đến năm 2025.",
    ),
    (
        "pAo156",
        "vi",
        "canhdieu",
        "Tư vấn phương pháp gieo sạ lúa",
        "Hướng dẫn 7 kiểu sạ: sạ khô, sạ ướt, sạ ngầm, sạ chay, sạ gởi, sạ lan, sạ hàng bằng máy; mật độ 100–120 kg/ha khi sạ khô.",
    ),
    (
        "pAo157",
        "en",
        "nasc",
        "Visual identification of diseased seed of maize and soybean",
        "Notes from a seed equipment maker on recognising diseased kernels of maize, soybean and rice blast-damaged grains by "
        "colour and lesions.",
    ),
    (
        "pAo158",
        "en",
        "vnplus_brand",
        "National rice brand development consultancy",
        "Advice on choosing a flagship rice variety and prestigious companies to build a national rice brand and concentrated "
        "raw-material areas for export.",
    ),
]
