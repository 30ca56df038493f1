"""Offers of the holdout63 set (beekeeping and small-livestock alternatives): (id, language, source key, title, description)."""

OFFERS = [
    # --- honey: moisture, processing, quality -------------------------------------------------
    (
        "kMo001",
        "en",
        "honey_dehydrator",
        "Small-scale honey dehydrator with water-jacketed tank",
        "Design and build of a compact honey dehydrator: honey warmed in a hot-water jacket is pumped through a sieve so it "
        "falls as thin streams through a current of drying air. Trials brought honey from 25.2% to 16.4% moisture using "
        "40 °C air and 45 °C water, at an energy cost of roughly US$0.10–0.28 per kilogram.",
    ),
    (
        "kMo002",
        "en",
        "bryair",
        "Desiccant dehumidification for honey drying rooms",
        "Low-temperature honey drying using desiccant-dried air instead of the usual stirred drum with a 65 °C hot-water jacket, "
        "which takes honey from 25–30% to about 19% moisture but pushes HMF up. Keeps fermentation, crystallisation and "
        "flavour loss in check for honey sold to pharmaceutical buyers.",
    ),
    (
        "kMo003",
        "vi",
        "baothanhhoa_honey",
        "Chuyển giao máy tinh lọc mật ong NH 10/70",
        "Máy sơ chế mật ong do nông dân sáng chế: thùng inox thứ nhất vừa khuấy vừa ủ ấm khoảng 40 °C cho bay bớt hơi nước, "
        "chiếu tia UV khử khuẩn; thùng thứ hai làm lạnh, sục oxy tạo bọt li ti kéo xác ong, phấn hoa nổi lên để tách. "
        "Mật sau lọc có thủy phần dưới 18,5%, ít lên men, không sẫm màu.",
    ),
    (
        "kMo004",
        "en",
        "honestbee_moisture",
        "Advisory: lowering moisture in harvested honey",
        "Practical guidance for producers whose honey is too wet: enclosed room with a dehumidifier, fans to move air over "
        "the honey surface, a DIY drying box with mild heat, regular stirring, and refractometer checks. Target is 18.5% "
        "moisture or less without overheating the enzymes.",
    ),
    (
        "kMo005",
        "vi",
        "honestbee_workshop",
        "Tư vấn trang bị máy hút ẩm công nghiệp cho xưởng sơ chế mật ong",
        "Thiết kế vùng khô cho xưởng lọc, chiết rót và đóng nắp mật ong: mật hút ẩm mạnh từ không khí nên khi độ ẩm phòng "
        "cao, nước trong mật tăng, nấm men hoạt động gây chua, lên men. Máy hút ẩm công nghiệp giữ độ ẩm mật ổn định trong "
        "suốt khâu mật còn hở ra ngoài.",
    ),
    (
        "kMo006",
        "vi",
        "dkhagris",
        "Đo thủy phần và HMF cho mật ong bằng khúc xạ kế và phân tích phòng thí nghiệm",
        "Dịch vụ xác định hàm lượng nước (mật trên 24% nước dễ lên men, chua) và HMF – chất sinh ra từ fructose khi mật "
        "bị đun nóng hoặc lưu kho lâu. Hướng dẫn cơ sở tự đo nhanh bằng khúc xạ kế trước khi nhập mật.",
    ),
    (
        "kMo007",
        "vi",
        "azf_testing",
        "Kiểm nghiệm mật ong và làm hồ sơ công bố sản phẩm",
        "Trọn gói kiểm nghiệm tại phòng thí nghiệm được chỉ định: cảm quan (trạng thái, màu, mùi vị), protein, carbohydrate, "
        "đường khử; vi sinh (tổng vi sinh vật hiếu khí, coliform, E. coli, Clostridium perfringens, nấm men–mốc); chì, "
        "thủy ngân, độc tố vi nấm, dư lượng thuốc bảo vệ thực vật; tư vấn chọn chỉ tiêu tiết kiệm chi phí.",
    ),
    (
        "kMo008",
        "vi",
        "khoduoclieu",
        "Kiểm nghiệm đường C4 phát hiện mật ong cho ăn đường",
        "Phân tích tỷ lệ đường C4 (từ mía, củ cải) theo TCVN 12605:2019: dưới 7% mới được coi là mật ong; mẫu đạt 0% "
        "chứng tỏ ong lấy mật hoàn toàn từ hoa. Thay cho các mẹo dân gian không có cơ sở khoa học.",
    ),
    (
        "kMo009",
        "en",
        "goldenbee_quality",
        "Honey quality indicator panel (water, HMF, adulteration)",
        "Assessment package covering water content (good honey under 24%), HMF against the Codex limit of 40 mg/kg "
        "(up to 80 mg/kg tolerated for tropical honey), added-sugar screening, impurities and colour, with advice on "
        "storage and handling that keep HMF low.",
    ),
    (
        "kMo010",
        "en",
        "matongphuongnam",
        "Honey testing for export and product declaration",
        "Testing and conformity work under TCVN 5267-2:2008 and TCVN 5267:1990 for firms exporting or declaring honey, "
        "including sensory classification by floral source (mixed flowers, rubber, forest, coffee or rambutan blossom) "
        "by colour, taste and texture.",
    ),
    (
        "kMo011",
        "vi",
        "haccp_beer",
        "Xây dựng hệ thống HACCP cho nhà máy bia chai",
        "Tư vấn áp dụng HACCP theo 12 bước cùng các chương trình tiên quyết GMP, SSOP cho dây chuyền sản xuất và chiết chai "
        "bia: nhận diện mối nguy sinh học, hóa học, vật lý và điểm kiểm soát tới hạn.",
    ),
    # --- royal jelly, pollen, wax, propolis -----------------------------------------------------
    (
        "kMo012",
        "vi",
        "chothaoduoc",
        "Chuyển giao quy trình khai thác sữa ong chúa",
        "Quy trình của trại ong ở Bảo Lộc: dùng kim di ấu trùng vào 60–90 mũ chúa nhựa gắn trên khung, đặt vào đàn 2 đêm, "
        "ngày thứ 3 lấy khung ra cắt miệng mũ, gắp bỏ ấu trùng, hút sữa chúa và cho ngay vào tủ đông vì sữa tươi rất dễ hỏng.",
    ),
    (
        "kMo013",
        "vi",
        "vinabee",
        "Tạo đàn chuyên sản xuất sữa ong chúa bằng mũ chúa nhân tạo",
        "Chọn đàn khỏe, năng suất cao làm đàn chuyên sản xuất sữa chúa; cấy ấu trùng mới nở vào mũ chúa nhựa để ong thợ nuôi, "
        "thu sau khoảng 3 ngày khi lượng sữa tối đa. Giới thiệu giống ong chọn tạo bằng thụ tinh nhân tạo cho năng suất sữa "
        "cao hơn nhiều lần giống truyền thống.",
    ),
    (
        "kMo014",
        "en",
        "memart_rj",
        "Royal jelly apiary preparation and product specification",
        "Guidance on setting up colonies and apiary conditions for royal jelly, with the product profile buyers check: "
        "60–70% water, carbohydrates, MRJP proteins, the fatty acid 10-HDA, B vitamins and trace minerals; secreted by "
        "worker bees from about 7 days of age.",
    ),
    (
        "kMo015",
        "vi",
        "xuatxuuc",
        "Phân phối sữa ong chúa Úc dạng tươi và viên nang",
        "Nhập khẩu, phân phối sữa ong chúa nguyên chất đóng lọ và dạng viên nang; hướng dẫn người tiêu dùng phân biệt và "
        "bảo quản hai dạng sản phẩm.",
    ),
    (
        "kMo016",
        "en",
        "wwh_pollen",
        "Bottom-mounted pollen traps and pollen drying",
        "Supply of pollen traps fitted in a standard hive body with 6 × 6.5 mesh-per-inch screens and a ventilated pull-out "
        "drawer, plus drying guidance: freeze the pollen overnight to kill wax moth, then dry it, since fresh pellets hold "
        "7–21% moisture and ferment if left wet.",
    ),
    (
        "kMo017",
        "en",
        "bi_pollen_collect",
        "Pollen trap installation for honey bee colonies",
        "Fitting front-mounted or bottom-board pollen traps that strip about 40–50% of incoming pollen loads while leaving "
        "enough for brood rearing; bottom-board traps give cleaner, drier pollen. Training on removing entrance reducers "
        "and emptying the collection drawer.",
    ),
    (
        "kMo018",
        "vi",
        "honestbee_pollen",
        "Quy trình thu phấn hoa từ bẫy phấn an toàn vệ sinh",
        "Hướng dẫn lấy phấn khỏi khay bẫy hằng ngày hoặc chậm nhất sau 48 giờ: phấn tươi còn ẩm, để lâu trong khay sẽ mốc, "
        "bị nén chặt thiếu thông khí và dễ nhiễm sâu hại; thu sớm giữ dinh dưỡng và độ tươi.",
    ),
    (
        "kMo019",
        "en",
        "aristonorganic",
        "Rendering raw beeswax from comb residue",
        "Simple rendering method for dirty comb and cappings: melt with twice the volume of water in a double boiler, let "
        "the wax set on top, pry it out, scrape the impurities off the underside and melt again for filtering.",
    ),
    (
        "kMo020",
        "en",
        "brinkworth",
        "Cappings wax cleaning and moulding for candles and wraps",
        "Service for beekeepers with stored cappings: gentle melting with a little water, repeated cake-setting to remove "
        "honey and debris, final melt in a double boiler at no more than about 70 °C, filtering and pouring into moulds "
        "ready for candles and beeswax wraps.",
    ),
    (
        "kMo021",
        "en",
        "unyfa",
        "Extra income from beeswax by-product: separating and shaping",
        "Training on turning the wax left after honey extraction into saleable blocks: drain cappings for about 48 hours to "
        "recover honey, melt slowly in a double boiler, strain, let honey settle below the wax overnight, re-melt, "
        "re-filter and pour into shaped containers.",
    ),
    (
        "kMo022",
        "en",
        "beeculture_propolis",
        "Processing hive scrapings into clean propolis",
        "Method for separating propolis from wax in hive scrapings: sort clean from dirty scrapings at collection, keep the "
        "dirty lot for sealing hive cracks, and process the clean lot (roughly one part wax to one part propolis) into a "
        "debris-free product for market or show entries.",
    ),
    (
        "kMo023",
        "vi",
        "wwh_propolis",
        "Thu keo ong bằng tấm lưới và tái chế sáp làm chân tầng",
        "Hướng dẫn đặt tấm lưới keo có khe 3–4 mm lên xà khung để ong trám keo rồi gỡ ra thu, thay cho cạo gỗ lẫn dăm; "
        "kèm khuôn ép chân tầng sáp: đun cách thủy sáp, đổ lên khuôn cao su, ép, cắt rìa.",
    ),
    (
        "kMo024",
        "vi",
        "honestbee_wax",
        "Tách và tinh chế sáp ong từ nắp vít",
        "Ngâm nắp vít và bánh tổ vụn trong nước cho sáp nổi lên (thu được 60–70% sáp thô), loại xác ong và tạp chất, "
        "nấu chảy rồi lọc nhiều lần qua vải mịn, đổ khuôn thành sáp vàng thơm dùng làm nến và mỹ phẩm.",
    ),
    # --- bee health -------------------------------------------------------------------------------
    (
        "kMo025",
        "vi",
        "goldenbee_chi",
        "Tư vấn phòng trị bệnh chí (ve ký sinh) cho ong ngoại",
        "Kinh nghiệm thực tế về bệnh chí trên đàn Apis mellifera ở phía Nam: sau mùa khai thác mật ở Xuân Lộc, 80% tổng số "
        "đàn có thể sụt còn 30–50%; hướng dẫn theo dõi, xử lý để giữ đàn, vẫn khai thác được sữa chúa và nhân giống.",
    ),
    (
        "kMo026",
        "vi",
        "matonghienthao",
        "Chẩn đoán bệnh truyền nhiễm và động vật hại ong",
        "Tài liệu và dịch vụ nhận biết bệnh thối ấu trùng châu Mỹ (vi khuẩn Bacillus larvae, nha bào chịu 100 °C tới 13 "
        "phút, tồn tại trong đất nhiều năm), thối ấu trùng châu Âu và các loài hại ong; khuyến cáo vệ sinh, tiêu hủy cầu bệnh.",
    ),
    (
        "kMo027",
        "vi",
        "matongrung",
        "Phác đồ điều trị thối ấu trùng châu Âu và bệnh ấu trùng túi",
        "Cho ăn kháng sinh pha nước đường (ví dụ 1 g streptomycin trong 2 lít cho 20 cầu ong mỗi tối, liên tục 3 tối) "
        "hoặc phun sương cách ngày; loại bớt cầu bệnh trước khi trị. Lưu ý bệnh ấu trùng túi chủng Thái Lan gây hại ong "
        "nội phía Nam.",
    ),
    (
        "kMo028",
        "en",
        "sacbrood_thesis",
        "Biotechnical control of sacbrood virus in Apis cerana",
        "Research-based protocol for sacbrood, the most dangerous disease of native bees: no drug cures it and antibiotics "
        "only curb secondary bacteria, so the colony is requeened with a virgin queen or queen cell, or the laying queen is "
        "caged for 7–8 days, diseased combs are removed and syrup fed for 3–4 evenings.",
    ),
    (
        "kMo029",
        "en",
        "varroa_aerosol",
        "Varroa treatment with the VAT-1a aerosol generator",
        "Technological procedure used by beekeepers for treating colonies against Varroa destructor with an aerosol "
        "produced by the VAT-1a generator; equipment and method description.",
    ),
    (
        "kMo030",
        "vi",
        "tracuuduoclieu",
        "Nhận biết và xử lý bệnh thường gặp ở ong dú và ong nuôi",
        "Dấu hiệu và cách xử lý thối ấu trùng châu Âu (ấu trùng vàng rồi nâu đen, mùi hôi), thối ấu trùng châu Mỹ (chất "
        "nhầy kéo sợi, phải tiêu hủy đàn), ve varroa; cách ly đàn bệnh ra xa để chặn lây lan.",
    ),
    # --- stingless bees ---------------------------------------------------------------------------
    (
        "kMo031",
        "vi",
        "hocnuoiongdu",
        "Tách đàn ong dú bằng thùng nuôi thông minh",
        "Kỹ thuật nhân đàn ong dú: cân thùng để xác định khối lượng tịnh của đàn (giống T. carbonaria có thể tách khi đạt "
        "khoảng 3 kg), chọn thời điểm trong năm, nuôi tối thiểu hai tổ để tránh cận huyết; cung cấp thùng nuôi.",
    ),
    (
        "kMo032",
        "en",
        "jatihoney",
        "Stingless bee hive transfer and honey-pot harvesting",
        "Moving stingless bee colonies from hollow logs, drums or meter boxes into wooden boxes that are easier to manage, "
        "and harvesting the resin-flavoured honey stored in pot clusters at the nest edge; the honey sells on its sweet-sour "
        "'bush' taste.",
    ),
    (
        "kMo033",
        "en",
        "explained_stingless",
        "Briefing on stingless bee biology for extension staff",
        "Background notes on meliponines: about 550 species in tropical regions, active all year, defend by biting rather "
        "than stinging, only a few genera (Scaptotrigona, Tetragonisca, Melipona, Austroplebeia) give usable honey.",
    ),
    # --- pollination ------------------------------------------------------------------------------
    (
        "kMo034",
        "en",
        "ripeblueberry",
        "Placing honey bee colonies in coconut plantations",
        "Pollination programme for coconut growers: insect pollination dominates coconut flowering and adding managed bee "
        "colonies has raised nut yields up to twofold within a short time in Sri Lanka, India, Vietnam and the Philippines, "
        "while the colonies give an extra honey income.",
    ),
    (
        "kMo035",
        "en",
        "itfnet_mango",
        "Mango flowering and pollination management",
        "Advice for mango orchards: flowers open early in the morning with pollen shed from about 8 am to noon; honey bees "
        "are the key visitors but mango blossom is not very attractive to them, so 6–12 colonies per hectare may be needed "
        "for maximum fruit set.",
    ),
    (
        "kMo036",
        "en",
        "ejecoenv",
        "Pollination efficiency of honey bees and stingless bees on mango",
        "Chiang Mai University study of foraging behaviour and pollination efficiency of Apis mellifera and Tetragonula "
        "stingless bees on Nam Dokmai mango, offered as a basis for choosing pollinators for orchards.",
    ),
    (
        "kMo037",
        "vi",
        "bentre_ong_dua",
        "Mô hình nuôi ong mật trong vườn dừa",
        "Tập huấn nuôi ong khai thác nguồn phấn hoa dừa quanh năm (mô hình Thạnh Phú): sau Tết chuẩn bị cho ong xây tổ, "
        "giữa tháng 2 âm lịch kết thúc chia đàn, cao điểm thu mật cuối tháng 2 đến cuối tháng 4 âm lịch; kiểm tra kèo ong, "
        "bắt cóc hại mỗi sáng.",
    ),
    (
        "kMo038",
        "en",
        "grnewsletter",
        "Hive rental for mango pollination",
        "Pollination service model from South African mango growing: beekeepers rent hives to orchards and may negotiate up "
        "to R1,035 per hive per hectare, with placement timed to flowering.",
    ),
    (
        "kMo039",
        "vi",
        "vtv_duasap",
        "Cung cấp giống dừa sáp Cầu Kè",
        "Cây giống dừa sáp – đặc sản Cầu Kè; năng suất khoảng 5.000 trái/ha, tiêu thụ trong tỉnh và các tỉnh lân cận.",
    ),
    (
        "kMo040",
        "vi",
        "cacao_dua",
        "Trồng ca cao xen dừa có bao tiêu",
        "Mô hình trồng ca cao dưới tán dừa, doanh nghiệp trong tỉnh thu mua trái ổn định, tăng thu nhập trên cùng diện tích.",
    ),
    (
        "kMo041",
        "en",
        "carvalheiro",
        "Native flower patches to boost wild pollinators in mango fields",
        "Establishing small patches of native perennial flowers inside large mango fields so wild pollinators reach the crop "
        "(Journal of Applied Ecology study), as a cheaper complement to managed bees or hand pollination.",
    ),
    (
        "kMo042",
        "en",
        "ghana_coconut",
        "Survey of insect visitors on coconut flowers",
        "Field assessment of the insect fauna on male and female coconut flowers (Central Region, Ghana).",
    ),
    # --- beekeeping start-up, colonies, training, inputs -----------------------------------------
    (
        "kMo043",
        "vi",
        "khuyennonghaugiang",
        "Tập huấn quy trình nuôi ong lấy mật cho nông hộ",
        "Quy trình của khuyến nông: vốn 25–50 triệu đồng là khởi đầu được, 10–20 đàn trên khoảng 100 m2, thu mật ngay năm "
        "đầu và mở rộng đàn năm thứ hai; kiến thức sinh học đàn ong, chọn điểm đặt thùng giữa nguồn hoa.",
    ),
    (
        "kMo044",
        "vi",
        "kythuatnuoitrong",
        "Kỹ thuật bố trí trại ong và chọn giống",
        "Đặt ong cách nguồn hoa 500–700 m, thùng cao 30 cm, 5–6 cầu/thùng; mật độ 40 đàn/ha, các trại cách nhau tối thiểu "
        "2 km với trại tối đa 100 thùng; giữ nhiệt độ tổ khoảng 35 °C; chọn đàn có chúa dưới 6 tháng tuổi.",
    ),
    (
        "kMo045",
        "vi",
        "dungcunuoiong",
        "Hướng dẫn chia đàn, tạo chúa và cung cấp dụng cụ nuôi ong",
        "Chia đàn khi ong nội đạt 5–6 cầu và xây mũ chúa; dùng mũ chúa tự nhiên từ đàn tốt, tạo chúa vào mùa hoa rộ (chúa "
        "mùa nhãn tốt hơn chúa vải); bán thùng, cầu, dụng cụ nuôi ong.",
    ),
    (
        "kMo046",
        "vi",
        "qcvn_ong",
        "Kiểm định ong mật giống theo QCVN 01-101:2012/BNNPTNT",
        "Dịch vụ kiểm định chất lượng đàn ong giống theo quy chuẩn kỹ thuật quốc gia trước khi mua bán, chuyển giao.",
    ),
    (
        "kMo047",
        "en",
        "beepro",
        "Bee Pro nutritional supplement for Apis cerana colonies",
        "Feed supplement and technical guide for native honey bees, whose queens lay 400–600 eggs a day; supports brood "
        "rearing and colony strength in periods of poor forage, with advice on care and honey harvest.",
    ),
    (
        "kMo048",
        "en",
        "cosy",
        "Apiary siting and hive equipment package",
        "Hive siting advice and wooden hives sized 46.5 × 38 × 24.5 cm inside with two windows and a rain-proof lid; hives "
        "raised 25–30 cm, at least 1 m apart, grouped in threes or fours facing different directions, away from chemical "
        "stores, noise and other apiaries.",
    ),
    (
        "kMo049",
        "en",
        "de_an_ong",
        "Advisory on the national sustainable beekeeping scheme to 2030",
        "Support for producers aligning with the 2030 beekeeping development scheme: 1.3–1.5 million colonies, average "
        "yields of 42 kg honey per colony per year for Apis mellifera and 18 kg for native bees, 55–60 thousand tonnes of "
        "honey with 80% exported, biosafety and traceability requirements.",
    ),
    (
        "kMo050",
        "vi",
        "dakhoney",
        "Tài liệu phân loại các loài ong mật",
        "Cẩm nang giới thiệu các loài ong mật chính (Apis cerana, A. mellifera, A. dorsata, A. florea), đặc điểm hình thái, "
        "tổ và phân bố.",
    ),
    # --- straw mushroom ---------------------------------------------------------------------------
    (
        "kMo051",
        "vi",
        "namrom_angiang",
        "Mô hình trồng nấm rơm trên kệ trong nhà kín",
        "Chuyển giao mô hình nhà kín 18 m2 (3 × 6 m) với 2 kệ đơn và 1 kệ đôi, dùng 600 bánh rơm (rơm của 1 công ruộng) và "
        "70 bọc meo cho 170–180 kg nấm; rơm ướt ủ 3 ngày, rơm khô ủ 7 ngày, ép khung 30 × 22 × 12 cm, cấy 1 bọc meo cho "
        "7–10 bánh; kèm bảng hạch toán chi phí.",
    ),
    (
        "kMo052",
        "vi",
        "mytour_namrom",
        "Kỹ thuật ủ rơm và chọn meo giống nấm rơm",
        "Tưới nước vôi 3 kg/100 lít, chất đống rơm dài 4–8 m, cao 1,3–1,5 m, đảo sau 2–3 ngày; đống ủ đạt 60–70 °C diệt "
        "nấm dại, sau 10–12 ngày là dùng được. Chọn bịch meo khoảng 120 g tơ trắng đều, loại bịch có đốm nâu, đen, vàng cam.",
    ),
    (
        "kMo053",
        "en",
        "irri_ch6",
        "Rice-straw mushroom production package",
        "Technology package from Can Tho University with IRRI and PhilRice partners: straw mushroom has a cropping cycle of "
        "about 45 days and low production cost; covers rice-straw substrate preparation and both outdoor and indoor growing, "
        "recommending indoor houses for higher and more stable yields.",
    ),
    (
        "kMo054",
        "en",
        "drugtimes_paddy",
        "Paddy straw mushroom growing methods for hot climates",
        "Guidance on Volvariella volvacea, which fruits at 24–35 °C and dies below about 7 °C: a simple low-tech outdoor "
        "method relying on its fast life cycle, and an intensive indoor method with composted straw and cottonseed hulls.",
    ),
    (
        "kMo055",
        "vi",
        "nambonmua",
        "Quy trình 5 bước trồng nấm rơm trên rơm kiểu mới",
        "Hướng dẫn của làng nấm: chọn rơm khô sạch, vàng sáng, không nhiễm hóa chất (ưu tiên rơm nếp), xử lý nguyên liệu, "
        "cấy meo, chăm sóc và thu hoạch; có sản phẩm nấm rơm sấy thăng hoa.",
    ),
    (
        "kMo056",
        "en",
        "pakissan",
        "Straw mushroom cultivation on mixed crop residues",
        "Extension advice on growing Volvariella on cheap agricultural wastes used alone or in combination: paddy and wheat "
        "straw, banana and sugarcane leaves, maize cobs, cotton waste, bagasse, sawdust.",
    ),
    (
        "kMo057",
        "vi",
        "ctu_forum",
        "Tư vấn giải pháp phát triển nghề trồng nấm rơm ĐBSCL",
        "Chuyên gia Bộ môn Khoa học cây trồng, Đại học Cần Thơ tư vấn thực trạng, giải pháp và kỹ thuật trồng nấm rơm cho "
        "nông dân và hợp tác xã vùng đồng bằng sông Cửu Long.",
    ),
    # --- oyster mushroom -------------------------------------------------------------------------
    (
        "kMo058",
        "vi",
        "thongtinkhcn_baongu",
        "Quy trình trồng nấm bào ngư trên mạt cưa",
        "Mạt cưa làm ẩm bằng nước vôi 1%, ủ đống 2–3 ngày, đóng túi 1–1,5 kg có cổ nhựa, hấp khử trùng khoảng 24 giờ, để "
        "nguội 24–28 giờ rồi cấy meo, ủ 25–30 ngày; treo xâu 5–7 túi, 20–30 °C, ẩm 80–90%; nấm ra từng đợt cách 7–10 ngày.",
    ),
    (
        "kMo059",
        "vi",
        "htxkimthanh",
        "Cung cấp phôi và hướng dẫn trồng nấm bào ngư",
        "HTX sản xuất bịch phôi từ mùn cưa cao su, rơm rạ, cùi bắp ủ hoai trộn dinh dưỡng, hấp khử trùng, cấy meo; tơ kín "
        "bịch sau 20–25 ngày. Hướng dẫn làm nhà trồng khung tre lưới, rải vôi 100 g/m2, dãy cách 20–30 cm.",
    ),
    (
        "kMo060",
        "en",
        "mushroomvn",
        "Ready-colonised oyster mushroom bags for home growing",
        "Colonised oyster bags with a simple care protocol for small spaces: 20–30 °C, 85–95% humidity, diffuse light; cut "
        "3–4 slits, mist heavily the next day, then keep humid for repeated flushes.",
    ),
    (
        "kMo061",
        "en",
        "coffee_oyster",
        "Grey oyster mushroom on spent coffee grounds mixed with sawdust",
        "University biotechnology thesis protocol for growing grey oyster mushroom on coffee grounds blended with sawdust, "
        "turning a café by-product into substrate.",
    ),
    (
        "kMo062",
        "vi",
        "hoahoa_baongu",
        "Kỹ thuật trồng nấm bào ngư trên rơm, tro trấu",
        "Ngâm rơm rạ, mùn cưa, tro trấu trong nước vôi loãng 15–20 phút, ủ 2 đợt (3–4 ngày rồi cắt đoạn 7–10 cm ủ tiếp 2–3 "
        "ngày), khử trùng bằng hơi nước 100 °C trong 3–4 giờ; ẩm nguyên liệu 60–65%, ẩm không khí 80–85%.",
    ),
    # --- lingzhi ----------------------------------------------------------------------------------
    (
        "kMo063",
        "vi",
        "thongtinkhcn_linhchi",
        "Quy trình nuôi trồng nấm linh chi trên mùn cưa",
        "Thời vụ từ tháng 8 đến tháng 4 năm sau; mùn cưa gỗ mềm tưới nước vôi (1 kg mùn cưa/1,2 lít), ủ 3–5 ngày, phối trộn "
        "với 5% bột ngô, 5% cám gạo, 0,5% đường, 1% CaCO3, độ ẩm 60–65%, đóng túi 1,3–1,4 kg rồi hấp khử trùng.",
    ),
    (
        "kMo064",
        "vi",
        "htxhoanghai",
        "HTX chuyển giao kỹ thuật sản xuất nấm linh chi",
        "Điều kiện sinh học của Ganoderma lucidum: nuôi sợi 20–30 °C, ra quả thể 22–28 °C, ẩm cơ chất 60–65%, ẩm không khí "
        "80–95%, cần thông thoáng và ánh sáng tán xạ đều các phía khi ra quả thể, pH trung tính đến hơi axit.",
    ),
    (
        "kMo065",
        "en",
        "phoi_linhchi",
        "Lingzhi post-harvest drying and packing",
        "Sun-drying protocol: racks at least 0.5 m off the ground, bamboo or mesh trays 1.2–1.5 m long, caps sorted by size, "
        "laid without overlapping and turned, dried until brittle at under 14% moisture, then packed whole or sliced in "
        "double PE bags.",
    ),
    (
        "kMo066",
        "vi",
        "trungthaolinhchi",
        "Sấy và chế biến linh chi giữ dược chất",
        "Sấy linh chi ở nhiệt độ thấp (khoảng 80 °C) trong 3–4 giờ cho bay hết hơi nước, sau đó thái lát, nghiền bột hoặc "
        "nấu cao; hướng dẫn điều kiện trồng để nấm đạt hàm lượng dược chất cao.",
    ),
    (
        "kMo067",
        "vi",
        "ruou_linhchi",
        "Công nghệ sản xuất rượu linh chi",
        "Quy trình chế biến rượu ngâm, chiết nấm linh chi (đề tài ngành công nghệ thực phẩm), tạo sản phẩm giá trị gia tăng từ nấm.",
    ),
    (
        "kMo068",
        "en",
        "tinhhoaxanh",
        "Lingzhi market and grading briefing",
        "Market briefing on Ganoderma: world output about 4,300 t in 1997 with China 3,000 t and Korea 1,307 t in 1998; "
        "cultivar development in Japan, Korea and China; medicinal uses reported.",
    ),
    # --- cordyceps --------------------------------------------------------------------------------
    (
        "kMo069",
        "vi",
        "hongnguyennhat",
        "Chuyển giao nuôi đông trùng hạ thảo trong phòng lạnh",
        "Thiết kế phòng nuôi vô trùng có ánh sáng, phun sương giữ ẩm 70–85%, máy lạnh giữ 18–20 °C, giàn kệ đặt lọ cơ chất; "
        "chuyên gia hướng dẫn quy trình nuôi cấy Cordyceps militaris.",
    ),
    (
        "kMo070",
        "en",
        "thienthaoviet",
        "Cordyceps militaris cultivation on grain media and dried product",
        "Company process for C. militaris grown on brown rice, potato and coconut water in clean greenhouses, with "
        "humidity, light and temperature settings tuned for cordycepin and adenosine content; dried-product making.",
    ),
    (
        "kMo071",
        "en",
        "cordyceps_substrate",
        "Substrate trials for Cordyceps militaris fruiting bodies",
        "University study comparing substrates for fruiting-body formation of C. militaris, usable to choose a low-cost "
        "medium.",
    ),
    (
        "kMo072",
        "vi",
        "eva_cordyceps",
        "Mô hình nuôi đông trùng hạ thảo phòng 10 m2 cho hộ khởi nghiệp",
        "Mô hình phòng khoảng 10 m2 gắn máy lạnh, máy tạo ẩm, kệ hộp nấm; cảnh báo rủi ro thoái hóa giống, nhiễm mốc, nhiễm "
        "vi sinh vật; ví dụ hộ ở Thanh Hóa thu hơn 500 triệu đồng/năm.",
    ),
    (
        "kMo073",
        "en",
        "tvuc",
        "Consumer guide: can cordyceps be grown at home?",
        "Consumer article on wild Cordyceps sinensis (fungus on Thitarodes caterpillars) and whether households can culture "
        "cordyceps themselves.",
    ),
    # --- spawn ------------------------------------------------------------------------------------
    (
        "kMo074",
        "en",
        "livingweb",
        "Setting up a small-farm mushroom spawn lab",
        "Workshop and guide on a low-cost spawn lab for small farms: basic setup, sterile technique and simple methods to "
        "make several dozen spawn bags at a time, sourced from hardware and mushroom-supply items.",
    ),
    (
        "kMo075",
        "en",
        "agrinoon",
        "Commercial grain spawn production",
        "Spawn maker process: millet (or wheat, rye) with chalk and water sterilised, inoculated with mycelium and shaken "
        "three times over 14 days at 4-day intervals; finished spawn can be refrigerated for a few months.",
    ),
    (
        "kMo076",
        "en",
        "tgef",
        "Choosing and handling commercial mushroom spawn",
        "Guidance on buying grain spawn: viability declines after about two months even in a fridge, over-mature spawn "
        "invites moulds and bacteria; buyers should demand inoculation date, purity guarantee and shipping loss rates.",
    ),
    (
        "kMo077",
        "en",
        "biobritte",
        "Mushroom spawn laboratory supply",
        "Spawn laboratory that places mycelium from pure cultures onto steam-sterilised grain and sells the grain spawn "
        "for seeding compost and substrate.",
    ),
    (
        "kMo078",
        "vi",
        "drugtimes_strain",
        "Tư vấn chọn lọc và lưu giữ chủng nấm giống",
        "Đánh giá chủng nấm theo tốc độ phục hồi sau cấy (nấm sò phục hồi trong khoảng 24 giờ), tốc độ lan tơ, năng suất; "
        "lưu giữ chủng gốc trong ống thạch nghiêng bảo quản lạnh để tránh đột biến, thoái hóa.",
    ),
    # --- spent substrate --------------------------------------------------------------------------
    (
        "kMo079",
        "en",
        "improvemush",
        "Reusing spent mushroom substrate as new growing substrate",
        "Each kilogram of mushrooms leaves 5–6 kg of spent substrate; advisory on its uses (bioremediation, crop growing, "
        "animal and fish feed, energy, enzymes) and a method for recycling it into new mushroom substrate despite its "
        "high salt content.",
    ),
    (
        "kMo080",
        "en",
        "sms_review",
        "Valorisation options for spent mushroom substrate",
        "Review-based consultancy on SMS from edible and medicinal fungi: plant and mushroom cultivation, animal husbandry, "
        "biofertiliser, plant-disease control, enzyme and bioactive recovery, within a circular-economy cascade.",
    ),
    (
        "kMo081",
        "en",
        "helsieni",
        "Spent mushroom blocks sold as living mulch",
        "Urban farm model selling spent coffee-ground and oat-husk blocks to gardeners as a mulch that still fruits; notes "
        "that SMS attracts fungus gnats and Trichoderma if left near the farm, and can also go to vermicomposting or insect feed.",
    ),
    (
        "kMo082",
        "en",
        "bi_reuse",
        "Getting extra flushes from spent mushroom blocks",
        "Protocol to rehydrate blocks by dunking 6–12 hours in cool water, draining, resting 7–10 days and keeping 90–95% "
        "humidity to trigger second and third flushes before composting.",
    ),
    (
        "kMo083",
        "vi",
        "sms_extension",
        "Bã nấm sau thu hoạch làm chất cải tạo đất",
        "Hướng dẫn dùng cơ chất sau trồng nấm đã được thanh trùng bằng hơi nước: giàu hữu cơ, sạch hạt cỏ và côn trùng, dư "
        "lượng thuốc thấp; dùng làm giá thể, phân bón cải tạo đất cho rau, cây ăn trái.",
    ),
    # --- mushroom drying and processing -----------------------------------------------------------
    (
        "kMo084",
        "en",
        "nasc",
        "Mushroom dryer supply with drying schedule",
        "Hot-air mushroom dryers with operating schedule: start at 30–35 °C, raise by no more than 5 °C per hour, rearrange "
        "trays after 6–8 hours, about 10 hours in total, finish at up to 60 °C (never higher) to about 13% moisture.",
    ),
    (
        "kMo085",
        "en",
        "oysterdry",
        "Oyster mushroom preservation: drying and cold storage",
        "Post-harvest guidance: fresh oysters hold 80–85% moisture and keep 8–11 days at 0 °C but only 1–2 days at 20 °C; "
        "dehydrator and no-dehydrator drying methods for surplus harvests.",
    ),
    (
        "kMo086",
        "vi",
        "niifood",
        "Quy trình sấy nấm bằng lò sấy",
        "Nhiệt độ ban đầu không quá 40 °C, tăng 5 °C mỗi 3–4 giờ, tối đa 65 °C, thông gió mạnh phía thoát ẩm; sấy đến 80% "
        "khô thì lấy ra để nguội vài giờ rồi sấy tiếp 3–4 giờ cho ẩm độ 13% trở xuống; so sánh với phơi nắng.",
    ),
    (
        "kMo087",
        "en",
        "cdjiedi",
        "Drying equipment for edible fungi",
        "Supply and comparison of drying options: sun drying on tilted bamboo trays (2–3 days, small scale) versus hot-air "
        "convection, infrared and steam dehydration dryers for large volumes, noting faster drying keeps texture, colour "
        "and flavour.",
    ),
    (
        "kMo088",
        "vi",
        "namrom_scribd",
        "Chế biến, bảo quản nấm rơm: sấy và muối",
        "Tài liệu kỹ thuật về thu hoạch, tiêu thụ và chế biến nấm rơm: phương pháp sấy nấm, phương pháp muối nấm, phòng vi "
        "khuẩn và nấm mốc hại trong quá trình muối.",
    ),
    (
        "kMo089",
        "en",
        "anspore",
        "Home drying guide for oyster mushrooms",
        "Consumer guide: dry at 49–60 °C for 6–12 hours, store airtight for 6–12 months, rehydrate 15–30 minutes.",
    ),
    (
        "kMo090",
        "vi",
        "speri_mocnhi",
        "Kỹ thuật trồng mộc nhĩ trên gỗ và mùn cưa",
        "Tài liệu tập huấn: mộc nhĩ trên gỗ cho 20–25 kg khô/m3 gỗ, thu hái 6–8 tháng năm đầu; sơ chế, phơi hoặc sấy dưới "
        "45 °C, bảo quản túi nilon.",
    ),
    (
        "kMo091",
        "en",
        "nicelong",
        "Shiitake stem cutting and grading before drying",
        "Technique for upgrading substandard shiitake from mountain farms: full, half (1–1.5 cm) or flat (0.5 cm) stem cuts "
        "by cap shape, then graded oven drying.",
    ),
    (
        "kMo092",
        "vi",
        "du_an_nam",
        "Mẫu dự án phát triển nghề trồng nấm",
        "Tài liệu mẫu lập dự án trồng nấm (39 trang): nghiên cứu thị trường, lựa chọn công nghệ nấm rơm, nấm hương, linh chi, "
        "công suất, khu đất và vốn.",
    ),
    # --- black soldier fly ------------------------------------------------------------------------
    (
        "kMo093",
        "vi",
        "gdtd_bsf",
        "Quy trình nuôi ruồi lính đen bằng phế phẩm nông nghiệp",
        "Trung tâm nghiên cứu và chuyển giao KHCN của Trường ĐH Nông Lâm TP.HCM chuyển giao quy trình: vòng đời khoảng 45 "
        "ngày, ấu trùng ăn thức ăn thừa, vỏ trái cây, rau củ, xác bia, bã đậu nành; thu trước khi hóa nhộng làm thức ăn "
        "chăn nuôi, không gây mùi.",
    ),
    (
        "kMo094",
        "vi",
        "phuankhanh",
        "Cung cấp giống và kỹ thuật nuôi ruồi lính đen",
        "Hướng dẫn thức ăn và kỹ thuật nuôi: 1 m2 ấu trùng xử lý được khoảng 40 kg phân heo tươi mỗi ngày; ấu trùng chứa "
        "khoảng 45% đạm, 34% béo với tới 54% axit lauric; dùng cho gia cầm, gia súc, thủy sản.",
    ),
    (
        "kMo095",
        "vi",
        "tinvp_bsf",
        "Bán trứng và ấu trùng ruồi lính đen",
        "Cung cấp trứng (5–6 triệu đồng/kg) và ấu trùng (10.000–15.000 đồng/kg); ruồi cái đẻ 500–1.200 trứng, vòng đời "
        "40–45 ngày; nuôi được phép theo Nghị định 46/2022/NĐ-CP.",
    ),
    (
        "kMo096",
        "vi",
        "vast_bsf",
        "Giải pháp xử lý chất thải chăn nuôi bằng ruồi lính đen",
        "Viện Hàn lâm KH&CN giới thiệu kỹ thuật đơn giản xử lý chất thải hữu cơ và giảm mùi hôi trại chăn nuôi; ấu trùng "
        "chứa 43–51% protein, 15–18% béo, 2,8–6,2% canxi, 1–1,2% phốt pho làm thức ăn cho gà, vịt, heo.",
    ),
    (
        "kMo097",
        "en",
        "newsallq_bsf",
        "Heat-proof BSF larvae units with misting and pelleted larval feed",
        "Farm-proven set-up for hot lowlands: misting fans keep larvae alive in heat (a Mekong farm grew from 70 m2 to "
        "5,000 m2), larvae mixed with bran and pelleted for catfish and climbing perch; another farm gets about 300 kg of "
        "larvae from 1 g of eggs in 12 days.",
    ),
    (
        "kMo098",
        "en",
        "echo_bsf",
        "BSF larvae production system guide (ECHO Asia)",
        "Scalable system from a small-farm resource centre in Chiang Mai for replacing fish and soy meal: dried larvae hold "
        "37–63% protein and 7–28% fat depending on feedstock, with 40%+ protein on manure, fish waste or palm kernel meal; "
        "includes household-level options.",
    ),
    (
        "kMo099",
        "en",
        "betuco",
        "BSF bioconversion advisory for manure and food waste",
        "Advice on converting livestock manure, food waste and fermented straw with BSF larvae (about 40% protein, 35% fat, "
        "amino acids close to fish meal); feeding trials on chicken, pigs, catfish and tilapia; scales from small farms to "
        "200 t/day plants.",
    ),
    (
        "kMo100",
        "en",
        "eawag",
        "BSF treatment of municipal organic waste",
        "Research-backed BSF waste treatment (Eawag, AIT, TEC): market waste, municipal organics and dewatered faecal sludge "
        "converted to prepupae sold as feed, with a caution on heavy metals accumulating in prepupae.",
    ),
    (
        "kMo101",
        "en",
        "watertower",
        "BSF larvae as cheap feed protein with frass fertiliser",
        "University programme: larvae grow in 10–14 days on food and other organic waste, contain up to 45% protein and 37% "
        "fat when dried and ground; the frass is collected as nitrogen-rich organic fertiliser.",
    ),
    (
        "kMo102",
        "vi",
        "insectvn",
        "Mô hình ruồi lính đen khép kín tạo thức ăn cho lươn, gà, cá trê",
        "Mô hình hộ chăn nuôi: khoảng 6 m2 nuôi ấu trùng và 3 m2 nuôi ruồi sinh sản, tự nhân giống sau 4 tháng; ấu trùng "
        "bổ sung cho lươn, gà, cá trê, bán ấu trùng và trứng cho hộ khác; kinh nghiệm chỉnh ẩm độ, nhiệt độ sinh khối.",
    ),
    (
        "kMo103",
        "en",
        "scirp_bsf",
        "BSF larvae performance by substrate: review for waste plants",
        "Review of how substrate affects BSF larval performance, for designing waste-treatment plants, producing larvae as "
        "livestock protein, and biodiesel from larval fat.",
    ),
    (
        "kMo104",
        "vi",
        "giaoducthudo_bsf",
        "Thủy phân ấu trùng ruồi lính đen bằng enzyme thay bột cá",
        "Quy trình tối ưu thủy phân nhộng ruồi lính đen theo 5 yếu tố (tỷ lệ cơ chất, nồng độ enzyme, nhiệt độ, pH, thời "
        "gian), đánh giá protein, nitơ formol, nitơ acid amin, lipid; sản phẩm thay bột cá trong thức ăn thủy sản, bã dùng "
        "làm phân hữu cơ.",
    ),
    (
        "kMo105",
        "vi",
        "longan_bsf_eggs",
        "Trại ruồi lính đen đẻ mùng cung cấp trứng",
        "Trại 1.000 m2 vây kín với hơn 50 mùng (2 × 7 m) cho ruồi trưởng thành đẻ vào khe ván ghép, thu khoảng 2 kg trứng "
        "mỗi ngày; nhận doanh nghiệp đến học và mua trứng giống.",
    ),
    # --- frass ------------------------------------------------------------------------------------
    (
        "kMo106",
        "en",
        "frass_encyc",
        "Harvesting and maturing BSF frass",
        "Frass (larval faeces, substrate residue and shed skins) is harvested after 9–23 days of larval composting, or when "
        "40–90% of larvae reach prepupa; it behaves like immature compost and needs curing before use.",
    ),
    (
        "kMo107",
        "en",
        "frass_analyses",
        "BSF frass nutrient analysis and fertiliser positioning",
        "Compilation of frass analyses: balanced N:P2O5:K2O of about 1:0.9:1.1, slightly alkaline pH 7.5, high C:N and low "
        "ammonium, so a slow-release long-term fertiliser with variable micronutrients.",
    ),
    (
        "kMo108",
        "en",
        "frass_compost",
        "Composting BSF frass and larval sheddings",
        "Texas State University trials of compost piles built from BSF frass and larval sheddings with added nitrogen "
        "feedstocks, yielding a quality compost from two bulky by-products.",
    ),
    (
        "kMo109",
        "vi",
        "bsf_frass_chitin",
        "Phân frass ruồi lính đen giàu chitin cho đất",
        "Frass gồm phân ấu trùng, thức ăn thừa và vỏ lột chứa chitin; bón vào đất nuôi các vi sinh vật phân giải chitin, "
        "gây bất lợi cho tuyến trùng, côn trùng và nấm hại; cần ủ thêm tùy nguyên liệu nuôi.",
    ),
    (
        "kMo110",
        "en",
        "klammsteiner",
        "BSF frass as a fast-acting soil fertiliser",
        "University of Innsbruck results: frass applied at nitrogen-equivalent rates grew ryegrass as well as NH4NO3, and "
        "coliforms that rose during frass maturation were outcompeted once in soil.",
    ),
    # --- crickets and worms for feed ---------------------------------------------------------------
    (
        "kMo111",
        "en",
        "cricketflour",
        "Thai cricket farm design and GAP know-how",
        "Cricket farming as practised in Thailand: concrete-walled pens with dozens of egg trays, mosquito netting, Acheta "
        "domesticus and Gryllus bimaculatus; GAP guidelines from November 2017; national output 3,000–7,000 t per year.",
    ),
    (
        "kMo112",
        "en",
        "tropentag",
        "Cricket production parameters and cricket powder",
        "Survey of 150 Thai farmers: key factors are feed, water, 35–38 °C, 60% relative humidity and about 7,255 adults per "
        "m3; export cricket powder sells for €40–50 per kg.",
    ),
    (
        "kMo113",
        "en",
        "bangkokpost",
        "Cricket start-up kit for rice farmers",
        "Start-up for about 5,000 baht: eggs in soil-filled bowls on a trolley, egg trays for shelter, crushed chicken feed "
        "and water; nymphs reach edible size in about a month and are sold fried at markets.",
    ),
    (
        "kMo114",
        "vi",
        "fao_cricket",
        "Sổ tay nuôi dế bền vững cho nông hộ",
        "Hướng dẫn thực hành nuôi dế bền vững (FAO và Đại học Khon Kaen, 2020) dành cho người nuôi và cán bộ kiểm tra: "
        "chuồng trại, thức ăn, vệ sinh, an toàn thực phẩm.",
    ),
    (
        "kMo115",
        "en",
        "mahidol_cricket",
        "Food safety hazard analysis for farmed crickets",
        "Study of house cricket farming and distribution to consumers in 10 Thai provinces identifying quality, safety and "
        "critical hazard points.",
    ),
    (
        "kMo116",
        "vi",
        "fao_sixlegged",
        "Tài liệu FAO về nuôi, thu gom và tiếp thị côn trùng ăn được",
        "Ấn phẩm 'Six-legged livestock' giới thiệu mô hình nuôi côn trùng ăn được, thu gom và tiếp thị ở Thái Lan.",
    ),
    (
        "kMo117",
        "vi",
        "vietnamnet_sau",
        "Dạy nghề nuôi sâu gạo (superworm)",
        "Trại sâu gạo nhận hướng dẫn người học: sâu nở đến trưởng thành 2–5 tháng, ăn trái cây, vỏ khóm; nhân giống bằng "
        "ống nhựa dài 5 cm xếp trên khay, phủ vải đen; bọ ăn cà rốt; sâu 2 tháng tuổi bán cho trại chim, cá cảnh, nhà hàng.",
    ),
    (
        "kMo118",
        "vi",
        "sau_gao_123",
        "Kỹ thuật nuôi sâu gạo trong thùng, khay",
        "Thùng khoảng 40 lít chứa được 1.000 con trên lớp cám vàng dày 3 cm; thức ăn cám gạo, vỏ thơm, dưa hấu, bã mía; "
        "thay thức ăn cấp nước 3–4 ngày/lần để sâu không ăn lẫn nhau; dưới 17 °C sâu chết nhanh; làm rãnh nước chặn chuột, kiến.",
    ),
    (
        "kMo119",
        "en",
        "znews_sau",
        "Superworm supply for bird and fish feed",
        "Supplier of Zophobas superworms for ornamental birds, fish and fry feed: reared at 21–27 °C, wholesale 70,000–"
        "120,000 VND/kg and retail 200,000–300,000 VND/kg, shipped in heat-inhibiting boxes to stop pupation.",
    ),
    (
        "kMo120",
        "en",
        "thucanh",
        "Superworm breeding stock and nutrition profile",
        "Breeding beetles and larvae for superworm rearing with a nutrition profile of about 43% protein and high fat; "
        "larvae sold as premium feed for insect-eating birds and arowana.",
    ),
    # --- earthworms and vermicompost --------------------------------------------------------------
    (
        "kMo121",
        "vi",
        "azfarming",
        "Thiết kế mô hình nuôi trùn quế và cung cấp giống",
        "Năm mô hình nuôi trùn quế: trang trại kiên cố quy mô thương mại, nuôi dưới tán vườn cao su bằng bạt chi phí thấp, "
        "và các mô hình nhỏ; phân tích ưu nhược điểm, vốn đầu tư cho người mới bắt đầu.",
    ),
    (
        "kMo122",
        "vi",
        "baoquangnam",
        "Trại trùn quế khép kín: trùn thịt, phân viên, phân bột",
        "Mỗi m2 trùn ăn 200–300 kg phân trâu, bò, heo mỗi tháng, cho 1 kg trùn thịt (50.000 đ/kg, làm thức ăn heo, gà, cá, "
        "lươn) và khoảng 200 kg phân trùn (3.000 đ/kg); chế biến phân trùn viên, phân bột và trùn đông lạnh.",
    ),
    (
        "kMo123",
        "vi",
        "thuysanvn",
        "Sản xuất viên nén phân trùn quế và trùn làm thức ăn thủy sản",
        "Từ phân bò tạo trùn tươi, trùn khô làm thức ăn tôm cá và phân hữu cơ trồng rau; dây chuyền ép viên nén phân trùn "
        "quế thân thiện môi trường.",
    ),
    (
        "kMo124",
        "vi",
        "sfarm",
        "Sổ tay và đào tạo kỹ thuật nuôi trùn quế",
        "Sổ tay hướng dẫn kỹ thuật nuôi trùn quế của doanh nghiệp: đặc điểm hình thái, chuồng luống, thức ăn, chăm sóc, "
        "thu hoạch; đào tạo cho hộ nuôi.",
    ),
    (
        "kMo125",
        "vi",
        "trunque_net",
        "Kỹ thuật nuôi trùn công nghiệp: ăn nổi và ăn chìm",
        "Tư vấn chọn cách nuôi: ăn chìm (dồn rác hữu cơ, rơm rạ, phân vào ô rồi thả trùn) hay ăn nổi (cho ăn bề mặt thường "
        "xuyên, thu trùn trưởng thành) theo giống trùn, mục đích, khí hậu và quy mô.",
    ),
    (
        "kMo126",
        "en",
        "vietplant",
        "Vermicomposting pig and cattle manure on a circular farm",
        "Farmers' union project model (2022–2024) in which a hybrid wild-pig farm treats its manure with earthworms, "
        "cutting odour and greenhouse gas and producing worms and compost for the farm.",
    ),
    (
        "kMo127",
        "en",
        "peertechz",
        "Vermicompost from crop residues and manure",
        "Agricultural research centre method: chopped crop residues (cereal, legume, grass) mixed with manure at 1:2 in "
        "pits, then nutrient characterisation to identify the best-quality vermicompost for crops.",
    ),
    (
        "kMo128",
        "en",
        "scialert",
        "Eisenia fetida vermicomposting of straw, leaves and kitchen waste",
        "Vermicomposting technique using sugarcane straw, garden leaves, kitchen waste and cow manure with Eisenia fetida; "
        "product has higher N, C and P than garden soil.",
    ),
    (
        "kMo129",
        "en",
        "three_species",
        "Comparing earthworm species for vermicomposting market waste",
        "Vermicompost of vegetable market and floral waste with Eudrilus eugeniae, Eisenia fetida and Perionyx excavatus "
        "over 60 days: Eudrilus gave the highest N, P, K, Ca and Mg, all beating plain compost.",
    ),
    (
        "kMo130",
        "en",
        "researcherslinks_vermi",
        "Vermicompost and vermicompost tea for soil health",
        "Advisory on replacing part of chemical inputs with vermicompost and vermicompost tea, which carry growth regulators, "
        "enzymes and beneficial microflora and reduce pests and diseases over time.",
    ),
    (
        "kMo131",
        "en",
        "organonutri",
        "Bagged vermicompost for sale",
        "Ready vermicompost made by Eisenia foetida fed on cow dung and farm waste, granular and tea-leaf-like, sold as a soil "
        "fertility product.",
    ),
    (
        "kMo132",
        "vi",
        "vuonsaigon",
        "Thùng nuôi trùn quế Ecobox cho hộ gia đình",
        "Thùng nuôi trùn quy mô nhỏ xử lý rác bếp, lấy phân bón cây và thức ăn vật nuôi; hướng dẫn nuôi trong thùng xốp, "
        "dọc bờ tường kết hợp giàn bầu bí.",
    ),
    # --- snails -----------------------------------------------------------------------------------
    (
        "kMo133",
        "vi",
        "ocbuouvn",
        "Quy trình nuôi ốc nhồi (ốc bươu đen) từ A đến Z",
        "Quy trình kỹ thuật nuôi ốc bươu đen Pila polita thương phẩm, nuôi ốc bố mẹ sinh sản và sản xuất ốc giống; thịt ốc "
        "chứa khoảng 11,9% đạm, nhiều canxi, phốt pho.",
    ),
    (
        "kMo134",
        "vi",
        "khcnn_oc",
        "Sản xuất giống ốc bươu đen trong bể bạt",
        "Bể bạt 3 × 3 × 1 m, giữa bể đắp gò đất 1,5 × 0,7 × 0,6 m kè gạch, phủ cỏ, thả lục bình 2/3 mặt bể, nước sâu 0,3 m; "
        "ốc bố mẹ cỡ 25–30 con/kg, tỷ lệ đực cái 1:1, thuần dưỡng 1 tháng, cho ăn cám, lá khoai mì bằng 3% khối lượng.",
    ),
    (
        "kMo135",
        "en",
        "catovina",
        "Earthen-pond grow-out of black apple snails",
        "Pond guidance for household grow-out: 500–1,000 m2 ponds on high ground away from waste water, banks 0.5 m above "
        "water, pH 7.0–8.5, lime at 7–10 kg per 100 m2 and 5–7 days of drying before stocking.",
    ),
    (
        "kMo136",
        "en",
        "tepbac",
        "Choosing a black snail grow-out system in the Mekong Delta",
        "Design advice on the four systems used in the delta – earthen ponds, garden ditches, net pens and cement or lined "
        "tanks – including site, clay soil pH above 6, sloped bottom and separate inlet and outlet sluices with screens.",
    ),
    (
        "kMo137",
        "vi",
        "muoikhuong",
        "Cung cấp ốc bươu đen giống và ốc thịt",
        "Cơ sở nuôi ốc ở Ô Môn (Cần Thơ) cung cấp ốc giống, ốc thịt chất lượng cao cho thị trường miền Tây, chia sẻ kinh "
        "nghiệm nuôi trong ao mương.",
    ),
    (
        "kMo138",
        "vi",
        "thsp_oc",
        "Ương trứng ốc bươu đen cung cấp con giống",
        "Ương trứng ốc bươu đen (Pila conica) thành con giống; phân biệt trứng màu trắng ngà của ốc bươu đen với trứng hồng "
        "đỏ của ốc bươu vàng; ốc đẻ từ tháng 3 đến tháng 9 âm lịch; ốc thịt bán khoảng 80.000 đ/kg.",
    ),
    (
        "kMo139",
        "en",
        "agrodok",
        "Snail farming guide: production, processing and marketing",
        "Agromisa guide for small-scale land snail farming (Achatina achatina, A. fulica, Archachatina marginata) covering "
        "limiting factors, housing, breeding, processing and marketing.",
    ),
    (
        "kMo140",
        "en",
        "proagri",
        "Free-range pens for land snails",
        "Pen design for heliciculture: mini-paddocks up to 10 × 20 m planted for food and shelter, fence dug 20 cm into the "
        "ground with an inward overhang or fine mesh; pens serve as growing and fattening units.",
    ),
    (
        "kMo141",
        "en",
        "supremelights",
        "African giant land snail farming",
        "Snailery start-up for Achatina species, which can lay up to 1,200 eggs a year; low space needs, nocturnal habits, "
        "dry-season dormancy.",
    ),
    # --- frogs ------------------------------------------------------------------------------------
    (
        "kMo142",
        "vi",
        "phucpham_ech",
        "Kỹ thuật nuôi công nghiệp ếch Thái Lan",
        "Chuyển giao nuôi thâm canh ếch Thái Lan (Rana rugulosa) cỡ 200–400 g, đã thuần hóa, ăn được thức ăn viên; nòng nọc "
        "21–28 ngày sống hoàn toàn trong nước, ếch giống 2–50 g; so sánh với ếch đồng và ếch bò.",
    ),
    (
        "kMo143",
        "vi",
        "htu_ech",
        "Ứng dụng KH&CN phát triển mô hình nuôi ếch Thái Lan",
        "Mô hình của trường đại học: ếch sống tốt ở 25–32 °C (tối ưu 28–30 °C), pH 6,5–8,5, nước ngọt độ mặn không quá 5‰; "
        "dùng thức ăn viên nổi hoặc cá tạp băm; ếch trưởng thành 200–300 g.",
    ),
    (
        "kMo144",
        "vi",
        "nlu_tadpole",
        "Thức ăn chế biến ương nòng nọc ếch",
        "Kết quả của Khoa Thủy sản ĐH Nông Lâm TP.HCM: nòng nọc dùng hiệu quả thức ăn chế biến dạng ướt sau 3 ngày ăn trùn "
        "chỉ; phối hợp thức ăn tươi và chế biến cho giai đoạn 2 và 16 ngày tuổi.",
    ),
    (
        "kMo145",
        "en",
        "lrrd_frog",
        "Earthworm and duckweed diets for grow-out frogs",
        "Feeding trial from Laos: frogs fed earthworms with fresh duckweed gained 252 g in 90 days, with better feed "
        "conversion and lower mortality than frogs fed fly larvae; suits integrated farms producing their own worms.",
    ),
    (
        "kMo146",
        "en",
        "fishsite_frog",
        "Frog farming technical consultancy",
        "Aquaculture extension advice on the two culture phases (larval rearing to metamorphosis, then grow-out), disease, "
        "cannibalism, water quality and biosecurity, and on getting frogs to take pellets by moving them with water flow, "
        "bubbles or motorised trays; live-food feed conversion around 2.8:1.",
    ),
    (
        "kMo147",
        "en",
        "tadpole_diets",
        "Low-cost tadpole diets to full metamorphosis",
        "Trial of duckweed, pawpaw leaf and fish feed for edible frog tadpoles fed twice daily at 10% of body mass for 112 "
        "days: duckweed gave the best growth and feed conversion with 90% survival and 100% metamorphosis.",
    ),
    (
        "kMo148",
        "vi",
        "mayepcamnoi",
        "Thiết kế khu nuôi ếch tự do, nuôi lồng, nuôi bể",
        "Hướng dẫn chọn hình thức nuôi ếch theo điều kiện hộ: nuôi tự do trong vườn có tường bao, nuôi lồng đặt sát mặt nước "
        "có vật liệu kê, nuôi bể; chọn nơi yên tĩnh, đất thịt, nước sạch chủ động cấp thoát.",
    ),
    (
        "kMo149",
        "vi",
        "wiki_ech",
        "Khuyến cáo an toàn sinh học khi nuôi ếch Thái Lan",
        "Lưu ý ếch Thái Lan nuôi trong ao, vèo lưới dễ thoát ra môi trường ngoài và khó kiểm soát; hạn chế hình thức này và "
        "có biện pháp chắn giữ; thông tin vòng đời, ếch thành thục sau 8–10 tháng.",
    ),
    (
        "kMo150",
        "vi",
        "catovina_ech",
        "Phòng và xử lý bệnh xuất huyết đỏ đùi trên ếch nuôi",
        "Nhận biết bệnh đỏ đùi (đốm đỏ ở đùi, bắp chân, ếch yếu, bỏ ăn), nguyên nhân, đường lây qua nước và da tổn thương; "
        "biện pháp phòng và xử lý cho trại ếch.",
    ),
    (
        "kMo151",
        "en",
        "nlu_frog_ulcer",
        "Diagnosis of ulcer disease in farmed Thai frogs",
        "Survey of 33 frog farms around Ho Chi Minh City and isolation of the bacteria causing skin ulcers on back and legs, "
        "which killed 20–50% of frogs in affected tanks; disease occurs year-round.",
    ),
    (
        "kMo152",
        "en",
        "jnbfoods",
        "Tiger frog overwintering pond design",
        "Pond design for tiger frogs in climates with cold winters: concrete pools over 1.5 m deep with rest platforms and "
        "hiding material for hibernation below 12 °C; frogs reach about 150 g in 6 months.",
    ),
    (
        "kMo153",
        "en",
        "spiny_frog",
        "Spiny-breasted frog breeding",
        "Breeding notes for the spiny-breasted stone frog, a mountain species of central China valued for meat and medicine.",
    ),
    (
        "kMo154",
        "en",
        "forest_frog",
        "Feeding regime trials for forest frogs",
        "Study on forest frog feeding time, amount (80–100%), frequency and the share of mealworm versus fly larvae in the "
        "diet: weight gain and survival rose with more mealworm.",
    ),
    (
        "kMo155",
        "vi",
        "nghixuan_ech",
        "Nghiên cứu chỉ tiêu sinh lý, sinh hóa của ếch nuôi",
        "Luận văn đánh giá ảnh hưởng của môi trường lên chỉ tiêu hình thái, sinh lý, sinh hóa ếch nuôi tại một trang trại ở "
        "Hà Tĩnh.",
    ),
    (
        "kMo156",
        "vi",
        "ech_cay_san",
        "Phòng bệnh cho ếch cây sần nuôi nhốt",
        "Kết quả nghiên cứu bệnh nhiễm khuẩn ở nòng nọc (chướng bụng, bụng đỏ, bỏ ăn) và bệnh nấm ở ếch cây sần bắc bộ nuôi "
        "nhốt, cách dùng kháng sinh trộn thức ăn.",
    ),
    # --- extra neighbours and distractors -----------------------------------------------------------
    (
        "kMo157",
        "vi",
        "site123_cordy",
        "Giới thiệu đông trùng hạ thảo tự nhiên Tây Tạng",
        "Bài giới thiệu nguồn gốc đông trùng hạ thảo tự nhiên (Cordyceps sinensis trên ấu trùng ở cao nguyên Tây Tạng, "
        "Himalaya), giá hàng tỷ đồng/kg và yêu cầu chung khi nuôi trồng.",
    ),
    (
        "kMo158",
        "vi",
        "vai_ong",
        "Nuôi ong trong vườn vải",
        "Mô hình nuôi ong lấy mật ở vùng trồng vải, nhãn phía Bắc: vốn thấp, ít diện tích, khai thác hoa vải, hoa nhãn.",
    ),
    (
        "kMo159",
        "vi",
        "dua_huu_co",
        "Chứng nhận vùng dừa hữu cơ",
        "Hỗ trợ phát triển 8.000 ha dừa hữu cơ, trong đó 6.000 ha có chứng nhận đạt chuẩn đến năm 2025.",
    ),
    (
        "kMo160",
        "vi",
        "comdua_prebiotic",
        "Chế phẩm prebiotic từ bã cơm dừa cho chăn nuôi",
        "Viện Nghiên cứu Dầu và Cây có dầu sản xuất thử chế phẩm tiền sinh từ bã cơm dừa (phụ phẩm ép sữa dừa, dầu dừa) để "
        "bổ sung thức ăn chăn nuôi thay cho dùng bã thô.",
    ),
    (
        "kMo161",
        "en",
        "fivevet",
        "Red-spot (Aeromonas) disease control in freshwater fish",
        "Veterinary consultancy on bacterial haemorrhagic red-spot disease caused by Aeromonas hydrophila in pangasius, grass "
        "carp, common carp and tilapia, which can kill 30–70% of fish.",
    ),
    (
        "kMo162",
        "en",
        "symton_bsf",
        "BSF larvae for pet-food markets",
        "Company harvesting black soldier fly larvae for reptile, bird and hedgehog owners; promotes the claim that one acre "
        "of larvae yields more protein than thousands of acres of cattle or 130 acres of soybean.",
    ),
    (
        "kMo163",
        "en",
        "bsf_book",
        "Black soldier fly handbook for industrial livestock feed",
        "University press handbook on Hermetia illucens as a safe insect for industrial pig, poultry and fish feed, with "
        "the Entobel partnership model for converting low-value organics into insect protein.",
    ),
]
