"""Offers for the holdout210 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    (
        "qDo001",
        "vi",
        "bahai",
        "Chuyển giao quy trình ủ chượp cá cơm tỷ lệ 3:1 trong thùng gỗ đai mây",
        "Cơ sở nước mắm truyền thống chuyển giao cách trộn cá cơm tươi đã rửa với muối biển theo tỷ lệ 3 tấn cá : 1 tấn muối, "
        "cho vào thùng gỗ gia cố dây mây, phủ muối mặt và gài nén. Chượp ủ 12–15 tháng tùy loại mắm, mỗi thùng đánh số để theo dõi, "
        "có người trông khi mở bể phơi nắng; sau đó kéo rút, đảo trộn và lọc đến khi nước có màu cánh gián.",
    ),
    (
        "qDo002",
        "en",
        "pthiet",
        "Brewing protocol with 25–30% salt, pressing and brine return in the first 15 days",
        "A Phan Thiet brewer shares its protocol: fish and salt at 3:1 (about 25–30% salt), no preservatives, a salt cap on the wooden vat, "
        "then stones and bars press the mash into a block. For the first 15 days the drained brine (nước bổi) is poured back on top to even out "
        "saltiness; after three months the vat rests in a dry, sunny, insect-free place and is checked for colour and smell for 6–12 months before the first draw.",
    ),
    (
        "qDo003",
        "vi",
        "vov",
        "Tư vấn kiểm soát tốc độ chín chượp theo thùng chứa, mùa và loại cá",
        "Tư vấn kỹ thuật cho cơ sở làm nước mắm cổ truyền: thời gian thủy phân cá thành nước mắm khoảng một năm nhưng thay đổi theo thùng chứa, "
        "thời tiết, loài cá và tay nghề. Thùng nhỏ chín nhanh hơn thùng lớn, mùa nóng nhanh hơn mùa lạnh, cá thịt mềm nhanh hơn cá thịt chắc; "
        "cơ sở được hướng dẫn bố trí thùng và lịch ủ cho phù hợp, kết hợp đóng chai trên dây chuyền khép kín.",
    ),
    (
        "qDo004",
        "en",
        "khpt",
        "Raw-material handling and layered salting for anchovy fish sauce (3–3.5 fish : 1 salt)",
        "Process guidance from the Phan Thiet craft: anchovies (best are black and pepper-striped types, caught from the 4th to 8th lunar month) are rinsed on deck "
        "and carried in rattan or bamboo baskets, then mixed or layered with coarse salt at 3 or 3.5 fish to 1 salt without crushing. The vat is filled in three loadings, "
        "draining the first brine after 2–6 days each time, and every loading is capped with surface salt to keep flies out.",
    ),
    (
        "qDo005",
        "vi",
        "thienloc",
        "Quy trình ủ 12–18 tháng trong lu sành hoặc thùng gỗ, xử lý muối phơi khô và tem niêm phong",
        "Doanh nghiệp nước mắm hướng dẫn chọn cá biển tươi (cá cơm, cá nục), muối hạt lớn được phơi khô để loại tạp chất, trộn 3 cá : 1 muối rồi ủ trong thùng gỗ hoặc lu sành "
        "nơi thoáng mát, tránh nắng gắt, 12–18 tháng có kiểm tra định kỳ. Nước mắm được lọc qua vải mỏng hoặc máy lọc, đóng chai thủy tinh hoặc nhựa an toàn, "
        "dán tem niêm phong chống hàng giả; không dùng phẩm màu hay phụ gia.",
    ),
    (
        "qDo006",
        "en",
        "hoahiep",
        "Long fermentation (18–24 months) and vacuum concentration from 40N to 60N",
        "A traditional producer offers its know-how: fresh anchovy and pure sea salt at 3:1 fermented 18–24 months in large wooden barrels. Too much fish relative to salt lets the batch spoil; "
        "too much salt slows fermentation and leaves the sauce over-salty. The first press gives 40N sauce; a vacuum concentration step removes salt and water so that "
        "2 litres of 40N yield 1 litre of 60N premium sauce, followed by checks of protein, colour, aroma and safety before bottling.",
    ),
    (
        "qDo007",
        "en",
        "vietmaz",
        "Specification of traditional rattan-bound wooden fermentation barrels",
        "Drawing on the Phu Quoc craft, now national intangible heritage, the offer documents the classic barrel: 55 equal planks 2.2 m long, 20 cm wide and 6 cm thick, "
        "a mouth about 3.2 m across and a base about 2.6 m, strapped with green rattan. Older barrels are held to be sturdier and to give better sauce; the anchovy:salt "
        "recipe is 3:1 and fermentation runs 10–15 months. Useful for brewers ordering or repairing barrels.",
    ),
    (
        "qDo008",
        "en",
        "anandtech",
        "Small-batch earthenware-jar fish sauce with sunning and airing",
        "A home-scale method: rinsed fish mixed with sea salt at two to three parts fish to one part salt by weight, packed into earthenware jars lined and topped with salt, "
        "covered with a bamboo mat held down by rocks, and left 9–12 months in a sunny spot, uncovered from time to time for direct sun. The liquid is drawn off through the fish layers "
        "or siphoned, strained through clean cloth, and the filtered sauce is aired in the sun for about two weeks to let the strongest odours escape before bottling.",
    ),
    (
        "qDo009",
        "vi",
        "sggp",
        "Hướng dẫn chọn cá cơm và bố trí mùa vụ muối chượp",
        "Tư vấn theo kinh nghiệm làng nghề hơn 200 năm ở Phan Thiết: mùa cao điểm từ tháng 7 đến tháng 9 âm lịch, chọn cá cơm than và cá cơm sọc tiêu tươi, béo, "
        "rửa rồi trộn muối biển theo tỷ lệ 3 cá : 1 muối, cho vào lu và thùng gỗ đặt ngoài nắng. Giúp cơ sở mới lập kế hoạch thu mua nguyên liệu và nhân công theo mùa.",
    ),
    (
        "qDo010",
        "vi",
        "ven",
        "Lập kế hoạch sản lượng thùng ủ: 12–13 tấn cá cho khoảng 3.000 lít",
        "Tư liệu từ nghề nước mắm Phú Quốc: cá cơm ướp muối, ủ trong thùng gỗ 12 tháng; mỗi thùng chứa 12–13 tấn cá cho khoảng 3.000 lít nước mắm, độ đạm rất cao (43–45). "
        "Hỗ trợ cơ sở tính toán số thùng, nguyên liệu và sản lượng khi mở rộng, cùng kinh nghiệm đưa sản phẩm sang thị trường châu Âu.",
    ),
    (
        "qDo011",
        "vi",
        "cacom",
        "Phân tích nguyên liệu cá cơm và các yếu tố ảnh hưởng chất lượng nước mắm",
        "Đề tài tốt nghiệp tổng hợp đặc điểm cá cơm (thân nhỏ, phổ biến dưới 15 cm, sống tầng mặt, mùa khai thác ngắn khoảng một tháng) và vùng khai thác chính "
        "như Nha Trang, Vũng Tàu, Phan Thiết, Phú Yên, Phú Quốc; phân tích các yếu tố nguyên liệu ảnh hưởng đến chất lượng nước mắm để cơ sở chọn nguồn cá.",
    ),
    (
        "qDo012",
        "vi",
        "nmvsv",
        "Phân tích thành phần dinh dưỡng nước mắm: axit amin và vitamin nhóm B",
        "Nhóm nghiên cứu quy trình công nghệ nước mắm giải thích nước mắm là dung dịch đạm, chủ yếu là axit amin do enzyme protease sẵn có trong cá thủy phân protein; "
        "sản phẩm chứa khoảng 13 loại axit amin, vitamin nhóm B và 1–5 microgam vitamin B12. Nhận phân tích thành phần để cơ sở có số liệu dinh dưỡng.",
    ),
    (
        "qDo013",
        "en",
        "cafebm",
        "Fish sauce market growth study for emerging markets",
        "A market-research firm sells reports on fish sauce demand in East and Southeast Asia (nam pla, patis, teuk trei and others), describing the product as a reddish-brown liquid "
        "from fish and sea salt fermented 12–18 months by halophilic bacteria, and forecasting growth by country and channel.",
    ),
    (
        "qDo014",
        "vi",
        "haithang",
        "Kiểm tra màu sắc và cảm quan nước mắm truyền thống",
        "Cơ sở nước mắm sạch hướng dẫn nhận biết nước mắm ngon bằng mắt: quan sát màu dưới đủ ánh sáng, đánh giá độ trong, mùi và vị sau quy trình cá cơm tươi trộn muối 3:1, "
        "ủ 12–15 tháng không chất bảo quản. Phù hợp để tập huấn nhân viên phân loại các lần rút mắm.",
    ),
    (
        "qDo015",
        "en",
        "haui",
        "Comparative report: microbial-assisted versus traditional fish sauce processes",
        "A 2023 student group at Hanoi University of Industry (chemistry faculty) reviews fish sauce made with added microorganisms: the raw fish, the enzyme systems in fish gut, "
        "the halotolerant anaerobic bacteria involved, and the advantages and drawbacks of the microbial method compared with natural salting.",
    ),
    (
        "qDo016",
        "en",
        "vnua",
        "Protex 51FP protease as a starter to speed anchovy fish sauce fermentation",
        "Vietnam National University of Agriculture tested the commercial protease Protex 51FP as a starter for Stolephorus commersonii fish sauce. Conventional sauce uses 2:1 to 3:1 fish:salt and "
        "5–24 months (about 6 months at 30–35 °C in some reports); added proteases (papain, bromelain) or microbes such as Bacillus licheniformis and Tetragenococcus halophilus can shorten hydrolysis "
        "while salt still guards against spoilage.",
    ),
    (
        "qDo017",
        "vi",
        "protease",
        "Thu nhận protease từ vi sinh vật để lên men nước mắm ngắn ngày",
        "Luận văn thạc sĩ (ĐH Khoa học Tự nhiên TP.HCM, hướng dẫn PGS.TS Đồng Thị Thanh Thu) nghiên cứu nguồn protease vi sinh vật, phân loại enzyme và cách bổ sung vào chượp "
        "để rút ngắn thời gian thủy phân, so sánh với thủy phân hóa học; có thể chuyển giao quy trình cho cơ sở.",
    ),
    (
        "qDo018",
        "vi",
        "cadu",
        "Sử dụng protease thương mại sản xuất nước mắm cá đù",
        "Đồ án ĐH Nha Trang (hướng dẫn TS. Nguyễn Thị Mỹ Hương) thử enzyme protease thương mại để thủy phân cá đù làm nước mắm, theo dõi nitơ tổng số, nitơ axit amin và nitơ amoniac; "
        "hướng tới tận dụng cá tạp giá rẻ và rút ngắn thời gian sản xuất.",
    ),
    (
        "qDo019",
        "vi",
        "canuc",
        "Nước mắm cao đạm ngắn ngày từ cá nục",
        "Đề tài do PGS.TS Lê Văn Việt Mẫn hướng dẫn xây dựng quy trình nước mắm độ đạm cao, thời gian ngắn từ cá nục: đặc điểm nguyên liệu, vai trò của muối, "
        "vi sinh vật và enzyme trong thủy phân; phù hợp cơ sở muốn tăng độ đạm mà không chờ ủ cả năm.",
    ),
    (
        "qDo020",
        "vi",
        "nontrad",
        "Đánh giá phương pháp thủy phân hóa học và enzyme, cách giữ hương nước mắm",
        "Tư vấn lựa chọn công nghệ: thủy phân bằng axit HCl cho sản phẩm nhanh, màu đẹp nhưng hương kém và có nguy cơ tồn dư 3-MCPD; dùng protease rút ngắn thời gian, "
        "thu nhiều mắm cốt nhưng mùi màu kém hơn và chi phí cao. Để có hương truyền thống, dịch thủy phân được cho chạy qua chượp tốt hoặc phối với nước mắm cốt ủ truyền thống.",
    ),
    (
        "qDo021",
        "en",
        "halob",
        "Halobacterium sp. SP1(1) starter culture to accelerate fish sauce fermentation",
        "Researchers at the M.S. University of Baroda used an extracellular-protease-producing Halobacterium as starter in a simulated traditional fermentation: protease activity, peptides and "
        "alpha-amino content peaked by day 10 versus day 20 in uninoculated controls, total protein and nitrogen were higher, the amino-acid profile was richer in flavour-related amino acids, "
        "and no non-halophilic organisms survived in the final sauce.",
    ),
    (
        "qDo022",
        "en",
        "kojicarp",
        "Soy-sauce koji plus Tetragenococcus halophilus for freshwater carp fish sauce",
        "Studies on fish sauce from Chinese silver carp show that adding soy-sauce koji raised organic matter, total nitrogen and organic acids and improved the amino-acid score, while "
        "T. halophilus lowered early pH when combined with koji; Japanese and Chinese taste panels preferred the koji sauces. A route for freshwater species that ferment poorly with salt alone.",
    ),
    (
        "qDo023",
        "en",
        "fishkoji",
        "Aspergillus oryzae koji optimised for fish sauce fermentation",
        "Shanghai Fisheries University screened A. oryzae strains to make koji for fish sauce: best protease at 28 °C culture, 52% moisture and a bran:bean-cake medium of 3:1, with temperature "
        "the strongest factor. Mixed koji of A. oryzae and Bacillus subtilis gave higher protease activity than single strains, promising faster hydrolysis of fish.",
    ),
    (
        "qDo024",
        "en",
        "lowsaltyeast",
        "Low-salt (10% NaCl) fish sauce using soy-sauce yeast Zygosaccharomyces rouxii",
        "A method for half-salt fish sauce: in a 10% NaCl mash, bacteria stay near 10^2 cfu/g when 5% ethanol is present, versus above 10^8 cfu/g in 10 days without it. "
        "Adding 10^6 cells/g of Z. rouxii strain A-9 with 10% glucose or 22% wheat koji lets the yeast make the alcohol itself; fermentation ends in 60 days and the pressed sauce tastes better "
        "than traditional commercial sauces.",
    ),
    (
        "qDo025",
        "en",
        "salmonkoji",
        "Fish sauce from under-used fish with barley koji and halotolerant microbes",
        "Hokkaido Food Processing Research Center made sauce from gutted chum salmon with barley koji and the halotolerant microbes Z. rouxii, Candida versatilis and T. halophilus. "
        "The mash pH fell quickly, the sauce was lighter in colour, richer in several free amino acids and judged less fishy than Thai nam pla, with a soy-sauce-like aroma; "
        "a model for turning low-value catch into sauce.",
    ),
    (
        "qDo026",
        "en",
        "chinarev",
        "Review: microbial starters to shorten fermentation and curb biogenic amines",
        "A review from China's Journal of Fisheries summarises the enzyme-producing microbes in traditional fish sauce (raw fish or shrimp with usually 20–30% salt, long open fermentation) "
        "and how selected starters address long fermentation times, biogenic amine build-up and uneven quality; available as a briefing for producers choosing starters.",
    ),
    (
        "qDo027",
        "vi",
        "pkphuong",
        "Ứng dụng enzyme cải tiến quy trình sản xuất nước mắm (báo cáo đề tài 2013)",
        "Báo cáo tổng kết đề tài của ThS. Phạm Khánh Phương về bổ sung enzyme để cải tiến quy trình nước mắm truyền thống, nhằm hạ giá thành, ổn định chất lượng và đáp ứng "
        "thị trường trong nước lẫn xuất khẩu; nhóm có thể tư vấn thử nghiệm ở quy mô cơ sở.",
    ),
    (
        "qDo028",
        "vi",
        "tiasang",
        "Giải pháp giảm histamine trong nước mắm truyền thống (Học viện Nông nghiệp Việt Nam)",
        "Nhóm TS. Trần Thị Thu Hằng nghiên cứu giải pháp hạ histamine cho nước mắm cá và muối lên men, vốn thường cao do tự nhiên. Bối cảnh: Codex quy định histamine không quá "
        "40 mg/100 g khiến nước mắm Việt khó xuất khẩu, còn dự thảo TCVN 12607:2019 về kiểm soát histamine từng gây tranh cãi; kết quả hướng tới giúp nước mắm truyền thống đạt chuẩn.",
    ),
    (
        "qDo029",
        "en",
        "lowhist",
        "Histidine-decarboxylase-free Tetragenococcus starters for low-histamine fish sauce",
        "Deep-sea smelt fish sauces were fermented with three starters, including T. halophilus strains 8-25 and 14-1 isolated from fermented marine foods that lack the histidine decarboxylase gene. "
        "The starters pushed mash pH below 5.0 within 21 days and kept it there; histamine-forming bacteria stayed below 9.3×10 MPN/g and histamine below 113 mg/L throughout.",
    ),
    (
        "qDo030",
        "en",
        "kyp",
        "On-board salting and chilling of anchovy to hold back histamine",
        "Guidance for fishers and buyers: Indian anchovy (Stolephorus) used for sauce is rich in free histidine, which bacteria turn into histamine after death, faster in warm water and "
        "when chilling is delayed. Mixing the catch with salt on board and avoiding delays before refrigeration retards histamine in the fish before it ever reaches the vat.",
    ),
    (
        "qDo031",
        "vi",
        "vnmoi",
        "Tư vấn kiểm soát nhiệt độ nguyên liệu để hạn chế histamine",
        "Chuyên gia Viện Công nghệ Sinh học và Thực phẩm (ĐH Bách khoa Hà Nội) giải thích histidine trong cá chết bị vi sinh vật chuyển nhanh thành histamine ở khoảng 20–30 °C, "
        "nhất là cá thịt đỏ như cá ngừ, cá thu; cá dễ nhiễm khuẩn hơn thịt gia súc. Tư vấn cơ sở giữ lạnh và xử lý cá ngay để hàm lượng histamine đầu vào thấp.",
    ),
    (
        "qDo032",
        "en",
        "seafish",
        "Regulatory advice on EU histamine limits for fermented fish sauce",
        "Seafood trade guidance on contaminants: fish sauce made by fermenting fishery products is tested on one sample and must not exceed 400 mg/kg histamine, unlike fresh and brine-matured "
        "products that use nine samples. High-histidine families include Engraulidae (anchovy), Clupeidae, Scombridae and others; rules sit in EU Regulations 853/2004 and 2073/2005.",
    ),
    (
        "qDo033",
        "vi",
        "histlimits",
        "Khảo sát ngưỡng histamine theo từng quốc gia để lập kế hoạch xuất khẩu",
        "Bài tổng quan đăng trên Journal of Food Protection (2021, nhóm tác giả có NOAA) thu thập và so sánh quy định histamine của nhiều quốc gia cho cá và sản phẩm cá, "
        "giúp doanh nghiệp xác định ngưỡng áp dụng cho từng thị trường trước khi chào hàng.",
    ),
    (
        "qDo034",
        "en",
        "faowho",
        "FAO/WHO expert guidance on histamine risk, limits and sampling",
        "The 2012 joint FAO/WHO expert meeting in Rome reviewed scombrotoxin poisoning from high-histidine fish (tuna, mackerel, sardine, anchovy) under temperature abuse, and the Codex histamine "
        "limits used as indicators of decomposition and of hygiene and handling, recommending risk-based limits and sampling plans; a reference for producers building control plans.",
    ),
    (
        "qDo035",
        "en",
        "qasrev",
        "Review of histamine formation, control and detection in foods",
        "Researchers from Tay Nguyen University, Duy Tan University and Thu Dau Mot University reviewed where histamine arises (seafood, dairy, fermented foods), control strategies to minimise "
        "its formation, detection techniques and regulatory limits, as a basis for quality-control programmes in processing plants.",
    ),
    (
        "qDo036",
        "en",
        "peeref",
        "Rapid histamine kits compared: enzymatic, ELISA and lateral-flow dipstick",
        "A Food Control study compared the MaxSignal enzymatic kit and the Reveal lateral-flow dipstick with the Veratox ELISA on tuna, mahi mahi and canned fish: no false results at 0 and 50 mg/kg, "
        "a linear enzymatic response up to 70 mg/kg without dilution, and recoveries above 90% with a 30-minute reaction.",
    ),
    (
        "qDo037",
        "en",
        "tfpkits",
        "Histamine test kits validated for traditional fermented fish products",
        "Three quantitative and four qualitative commercial kits were checked against an EU-accepted HPLC method on traditional fish products: Histamine Food EIA correlated best (R² 0.9132, recoveries 89–117%), "
        "Histasure and Transia semi-quantitative kits suit HACCP monitoring at a 50 ppm cut-off, while the Transia qualitative kit only detects 100 ppm.",
    ),
    (
        "qDo038",
        "en",
        "rida",
        "Enzymatic microplate histamine assay with 15-minute incubation",
        "A distributor supplies RIDASCREEN Histamine (enzymatic) for fresh and canned fish, fish meal, wine and cheese: 96-well strips, three pipetting steps, 15 min at room temperature, "
        "detection limit 0.54–3.75 mg/kg depending on matrix, AOAC-certified; samples are extracted in boiling water and handled in plastic vials.",
    ),
    (
        "qDo039",
        "en",
        "checker",
        "Visual histamine checker using electrophoresis and staining",
        "A Japanese firm sells a checker that extracts histamine from any tissue of fresh or frozen fish, separates it by electrophoresis, stains it and lets staff read the level by colour intensity, "
        "a simple screen for red-fleshed fish such as tuna and sardine.",
    ),
    (
        "qDo040",
        "vi",
        "elisalab",
        "Dịch vụ phân tích histamine bằng ELISA cho cá và sản phẩm cá",
        "Phòng thí nghiệm nhận phân tích histamine trong cá tươi, cá đông lạnh và đồ hộp cá bằng bộ kit ELISA đạt chuẩn; tham chiếu mức 50 mg/kg mà FDA Hoa Kỳ coi là có hại, "
        "trên 80 mg/kg gây ngộ độc. Cơ sở gửi mẫu định kỳ để có kết quả phục vụ hồ sơ chất lượng.",
    ),
    (
        "qDo041",
        "vi",
        "cddiatest",
        "Bộ kit nhanh phát hiện histamine cho cá, rượu vang và sữa",
        "Nhà cung cấp bộ kiểm nhanh histamine dùng cho kiểm soát chất lượng: khoảng đo cần thiết 10–200 ppm, mức 50 ppm được xem là dấu hiệu cá đã phân hủy. "
        "Phù hợp kiểm tra đầu vào tại bãi thu mua hoặc trong xưởng mà không cần phòng thí nghiệm lớn.",
    ),
    (
        "qDo042",
        "en",
        "intech",
        "Risk assessment of dietary histamine and histamine intolerance",
        "A book chapter from the University of Barcelona reviews histamine intoxication versus intolerance linked to low diamine oxidase activity; in EU reports over 90% of outbreaks came from fish "
        "and seafood. Offered as a risk-assessment briefing for regulators and quality managers.",
    ),
    (
        "qDo043",
        "vi",
        "tecna",
        "Bộ kit ELISA histamine phù hợp quy định lấy mẫu của EU",
        "Hãng cung cấp kit phân tích histamine cho sản phẩm thủy sản đánh bắt và nuôi; histamine là chỉ dấu bảo quản kém do vi sinh vật sau khi cá chết. Hướng dẫn lấy mẫu và "
        "phân tích theo Quy định (EC) 2073/2005 cùng các sửa đổi 1441/2007 và 1019/2013.",
    ),
    (
        "qDo044",
        "vi",
        "soha",
        "Phản biện khoa học về ngưỡng histamine áp cho nước mắm",
        "Chuyên gia an toàn thực phẩm Vũ Thế Thành phân tích: nếu cá biển bị giới hạn 100 mg/kg và người ăn 100 g cá/ngày thì nạp 10 mg histamine, còn ngưỡng 400 mg/kg nước mắm với "
        "10 g/ngày chỉ tương ứng 4 mg; theo ông ngưỡng tương đương phải khoảng 1.000 ppm. Nhận tư vấn lập luận khi góp ý tiêu chuẩn.",
    ),
    (
        "qDo045",
        "vi",
        "vtvbohoc",
        "Quy trình làm mắm bò hóc: ngâm muối qua đêm, tỷ lệ 1 cá : 0,5 cơm nguội : 1 muối",
        "Nghệ nhân Khmer ở Sóc Trăng hướng dẫn: cá đồng không chao đường mà ngâm nước muối qua đêm, phơi ráo, rửa lại bằng nước muối, xếp vào keo theo tỷ lệ 1 cá, 0,5 cơm nguội, 1 muối, "
        "cài chặt bằng nan tre và ủ 4–6 tháng đến khi thành mắm; mắm dùng nêm thay một phần đường và bột ngọt.",
    ),
    (
        "qDo046",
        "vi",
        "bkgbohoc",
        "Tư vấn chọn cá trê đồng làm mắm bò hóc, tránh cá nuôi nhiều mỡ",
        "Theo kinh nghiệm đồng bào Khmer, mắm bò hóc ngon nhất từ cá trê đồng thịt chắc, ít mỡ, ít hư; khi thiếu có thể thay cá sặc. Cá trê nuôi nhiều mỡ, làm mắm dễ hư "
        "hoặc kém ngon nên không dùng. Tư vấn nguồn nguyên liệu và cách xử lý khi nguồn cá đồng giảm.",
    ),
    (
        "qDo047",
        "vi",
        "hiephoitv",
        "Chuẩn hóa công thức mắm bò hóc và nước mắm rươi vùng Trà Vinh",
        "Hiệp hội nước mắm truyền thống giới thiệu cách làm mắm bò hóc ở Trà Vinh: cá sặc, cá chốt, cá hủn hỉn phơi ươn khoảng 2 ngày, ướp muối, cơm nguội, rượu; ủ khoảng 2 tháng "
        "thì trộn thính, phơi thêm 2–3 tháng. Hỗ trợ hộ Khmer ghi chép công thức, định lượng và chuẩn hóa để làm hàng hóa.",
    ),
    (
        "qDo048",
        "en",
        "prahoc",
        "Nutrient and microbial safety profiling of prahok-type fermented fish",
        "A mixed-methods study of Cambodian prahoc interviewed 22 producing households and 6 small enterprises and analysed samples: sodium about 101,621 mg/kg, small amounts of zinc and iron, "
        "all samples within the Cambodian prahoc standard and no parasites found, while Listeria, Salmonella and Vibrio results needed confirmation. The team offers similar testing and risk reviews.",
    ),
    (
        "qDo049",
        "en",
        "bkkplara",
        "Product standard for fermented fish (pla ra): at least 18% salt and parasite-free",
        "Thailand's agriculture ministry published a voluntary pla ra standard: freshwater or marine fish such as snakehead, catfish, Nile tilapia, drum or lizardfish, meat colour by species, "
        "at most 5% undeclared other fish, salt at least 18% of total weight and no Gnathostoma or liver-fluke larvae. Small producers worry about meeting it; the offer is help to comply.",
    ),
    (
        "qDo050",
        "en",
        "lvplara",
        "Container and labelling rules for packaged fermented fish",
        "Under the Thai pla ra regulation the fish must be free of harmful chemicals, soft with intact skin and without foul smell, parasites, insects or foreign matter, with no artificial colour "
        "or preservative; containers must be clean and corrosion-resistant and labels must list ingredients, production and expiry dates and storage advice.",
    ),
    (
        "qDo051",
        "en",
        "ipfsplara",
        "Pla ra product types: roasted-rice versus rice-bran fermentation",
        "Background on pla ra/padaek: fish fermented with salt and roasted rice powder or rice bran in a closed container for at least six months. Roasted-rice types turn yellow and soft "
        "(often snakehead or catfish, central Thailand); bran types are dark with a stronger smell; pla ra sot uses fresh fish and tastes salty and slightly sour from lactic acid.",
    ),
    (
        "qDo052",
        "vi",
        "chaudoc",
        "Chao mắm bằng đường thốt nốt để tăng vị và chống côn trùng",
        "Kinh nghiệm các cơ sở mắm Châu Đốc (nghề hơn 100 năm): con mắm sau khi ướp được chao qua đường thốt nốt, cho vị đậm, ngọt thanh, thơm và giúp bảo quản, "
        "hạn chế ruồi, muỗi và côn trùng. Tư vấn công thức chao cho mắm cá lóc, cá linh, cá trèn.",
    ),
    (
        "qDo053",
        "vi",
        "mamloc",
        "Quy trình mắm cá lóc: ướp muối một tuần, trộn tỏi và thính, ủ một tháng",
        "Hướng dẫn làm mắm cá lóc: đánh vảy, rửa nước muối, lau khô, xếp lớp muối và cá trong nồi lớn khoảng một tuần; vớt ra cạo muối cũ, rửa sạch bể, "
        "trộn tỏi băm, thính gạo rang và muối còn lại, nén chặt ủ một tháng; cuối cùng rưới nước đường lên mắm, đóng hũ kín.",
    ),
    (
        "qDo054",
        "vi",
        "mamtep",
        "Kỹ thuật làm mắm tép từ tép rong tươi",
        "Hướng dẫn làm mắm tép miền Tây từ tép rong, loại tép nhỏ hơn đầu đũa sống bám rong rêu trong mương vườn; tép phải tươi, còn nhảy khi đem ướp "
        "để mắm có màu và mùi đặc trưng.",
    ),
    (
        "qDo055",
        "en",
        "canhco",
        "Catalogue and retail sales of Mekong Delta mắm specialities",
        "A travel and retail site lists ten kinds of Mekong mắm (snakehead, shrimp, field fish, ragworm from Tra Vinh, fiddler crab, cá linh, prahok and more) and sells them, "
        "quoting about 50,000 VND for a 500 g box of eat-raw mắm.",
    ),
    (
        "qDo056",
        "en",
        "mdpipaste",
        "Packaging trials for salted shrimp paste over 15 months at room temperature",
        "Suranaree University of Technology and Prince of Songkla University stored Thai salted shrimp paste in polypropylene and PET tubs, glass jars and LLDPE/nylon vacuum bags at 28 ± 1 °C "
        "for 15 months, tracking volatile compounds and quality changes to recommend the container that best keeps aroma and quality.",
    ),
    (
        "qDo057",
        "en",
        "atlantis",
        "Microbial and chemical quality audit for small shrimp paste producers",
        "The University of Mataram sampled ten-day-old terasi from eight producers: most met protein and salt requirements but many exceeded limits for ash, moulds and pathogens "
        "(E. coli, Salmonella Typhi, Vibrio cholerae, S. aureus). Producers with poor sanitation and salt below 15% had the highest loads; the team advises on hygiene and salt levels.",
    ),
    (
        "qDo058",
        "en",
        "scielo",
        "Reduced-sodium shrimp paste from shrimp heads (12–16 parts heads to 1 salt)",
        "Shrimp heads, a processing by-product, were salted at 12, 14 or 16 times their weight relative to salt, fermented 14–16 h, dried at 60 °C, ground and fermented 30 days, "
        "dried again to 40–45% moisture and fermented 90 more days. Counts fell, no pathogens were found, and the low-salt paste was acceptable; the 16:1 mix had the highest TVB-N and TMA.",
    ),
    (
        "qDo059",
        "vi",
        "dasgoo",
        "Lịch đảo khạp mắm tôm theo mùa: 20 ngày mùa hè, 6 tháng mùa đông",
        "Kinh nghiệm mắm tôm Thành Khẩu (Trung Quốc): sàng bỏ cá tạp, rửa tôm bằng nước biển, trộn muối, cho vào lu và phủ muối dày; khi mặt muối nứt là bắt đầu lên men, "
        "đảo từ trên xuống dưới hai lần mỗi sáng tối, đậy nắp tre hình nón thoáng khí chống ruồi và mưa, phơi nắng; mùa hè chín khoảng 20 ngày, mùa đông xuân mất 6 tháng.",
    ),
    (
        "qDo060",
        "en",
        "mop6572",
        "Temperature-controlled shrimp paste fermentation and low-salt product lines",
        "A processor describes modern shrimp paste making: washed small crustaceans salted to a paste, fermented under controlled temperature, oil and sauce separated, then packed and sterilised. "
        "Standard paste holds about 30% salt; low-salt versions and derived products (shrimp-paste beans, peanuts, canned soft paste filled at 85 °C) widen uses.",
    ),
    (
        "qDo061",
        "en",
        "dlacan",
        "Mechanised squeezing and sun-drying for block shrimp paste (0.5–1 kg blocks)",
        "A belacan maker in Tanjung Dawai shows its line: shrimp dried, mixed with salt in wooden tubs into a dough, passed through a squeezing machine to raise surface area, sun-dried "
        "for hours to a week depending on weather, stored in containers and shaped into 0.5 or 1 kg blocks for sale.",
    ),
    (
        "qDo062",
        "en",
        "patsnap",
        "Patented shrimp sauce process with stepwise salting and brine extraction",
        "A patent describes shrimp sauce made by sunning washed shrimp in jars, stirring morning and evening, adding salt stepwise (cutting the dose by 5% each time) over a month, "
        "then adding boiled and cooled brine, setting a basket in the jar to draw off sauce, and boiling the collected sauce to remove foam and impurities; simple, cheap and high-yield.",
    ),
    (
        "qDo063",
        "vi",
        "gtmd01",
        "Đào tạo nghề chế biến mắm nêm, mắm ruốc, mắm tôm chua (trình độ sơ cấp)",
        "Bộ giáo trình nghề biên soạn từ kinh nghiệm đào tạo, nghiên cứu thực nghiệm và thực tế các cơ sở uy tín, tích hợp kiến thức và kỹ năng làm mắm nêm, mắm ruốc, mắm tôm chua "
        "sạch, đặc trưng vùng miền; dùng để mở lớp sơ cấp cho lao động nông thôn.",
    ),
    (
        "qDo064",
        "vi",
        "gtmd03",
        "Mô đun 132 giờ chế biến mắm tôm chua: nhà xưởng, nguyên liệu, bảo quản và an toàn thực phẩm",
        "Mô đun MĐ03 gồm 7 bài: giới thiệu sản phẩm; chuẩn bị nhà xưởng, thiết bị, dụng cụ, bao bì; chuẩn bị nguyên liệu; chế biến mắm tôm chua nguyên chất và pha chế; "
        "bảo quản thành phẩm, ngăn ngừa và xử lý mắm hư; an toàn thực phẩm trong chế biến.",
    ),
    (
        "qDo065",
        "vi",
        "mambaba",
        "Chuyển giao quy trình mắm ruốc: ướp, phơi héo, xay 4 lần, ủ 6–8 tháng",
        "Cơ sở mắm ruốc gia truyền bốn đời ở Long Điền (Bà Rịa – Vũng Tàu) chia sẻ: ruốc ướp muối theo cỡ con, phơi vừa héo chứ không khô, xay rồi ủ chín 6–8 tháng, "
        "chế biến lại và xay 4 lần để tách vỏ, đóng hộp dán nhãn; khoảng 3 kg ruốc cho 1 kg mắm.",
    ),
    (
        "qDo066",
        "vi",
        "memartruoc",
        "Công thức ủ mắm ruốc tỷ lệ 3 ruốc : 1 muối trong hũ sành hoặc thủy tinh",
        "Hướng dẫn ủ mắm ruốc kiểu miền Trung: ruốc tươi làm sạch, sơ chế nhẹ, giã hoặc xay với muối theo tỷ lệ phổ biến 3:1, có thể thêm tỏi ớt, ủ kín trong hũ sành hoặc thủy tinh "
        "từ 6 tháng đến một năm; thành phẩm màu nâu đỏ, sệt, thơm dịu, ít tanh hơn mắm tôm.",
    ),
    (
        "qDo067",
        "vi",
        "dconnect",
        "Tư liệu vi sinh trong quy trình làm mắm ruốc từ con ruốc (Acetes)",
        "Bài tổng hợp về mắm ruốc ở Việt Nam và Đông Nam Á, chú trọng khía cạnh vi sinh trong chế tạo mắm, cách phân biệt mắm tôm, mắm tép, mắm ruốc theo nguyên liệu "
        "và ghi Acetes trên nhãn; tham khảo cho cơ sở muốn hiểu quá trình lên men.",
    ),
    (
        "qDo068",
        "en",
        "koreasci",
        "Bacterial community profiling of salted shrimp during 135 days of ripening",
        "Kookmin and Kyonggi universities cultured bacteria from Korean saeu-jeotgal on six media at eight points over 135 days: 467 isolates of 42 genera and 87 species, narrowing from 39 species "
        "on day 1 to 13 by day 135; Staphylococcus and Salimicrobium rose from about 2% to 39% and 36%, and S. equorum and Sm. salexigens grew at 21% NaCl. Profiling service for salted seafood.",
    ),
    (
        "qDo069",
        "en",
        "cardoza",
        "Storage and handling guidance for shrimp paste",
        "Advice for sellers of shrimp sauce and paste: seal tightly, keep from rain and raw water in a cool ventilated place, cover open tanks against flies and insects; if bubbling starts before spoilage "
        "add a little spirit and reseal, discard spoiled smelly batches, refrigerate for long storage and use clean utensils. Notes on nitrite and about 30% salt.",
    ),
    (
        "qDo070",
        "vi",
        "phongvinh",
        "Quy trình nước mắm rươi: 6 lít muối cho 40 lít rươi, phơi, nấu, lọc, đóng chai",
        "Doanh nghiệp tư nhân Phong Vinh (Duyên Hải, Trà Vinh) phát triển nước mắm rươi bằng dây chuyền chưng cất: rươi vớt về đổ đầy lu, pha muối hột với nước theo tỷ lệ 6 lít muối "
        "cho một đôi rươi 40 lít, đậy vải xô thoáng, phơi nắng 10–15 ngày trở lên; khi dậy mùi thì nấu sôi, để nguội, lược trong, đóng chai, kiểm nghiệm rồi bán.",
    ),
    (
        "qDo071",
        "en",
        "cuongdc",
        "Raw versus cooked ragworm sauce: two-month sun brewing and cooking for sale",
        "Know-how from Truong Long Hoa villagers: ragworms caught from the 11th lunar month to after Tet are put in jars with salt, sunned about two months until the worms float and sauce collects below. "
        "Raw sauce is richer, but sauce kept long or sold must be cooked first; it is used as dip and for braising.",
    ),
    (
        "qDo072",
        "en",
        "codex",
        "Codex STAN 302-2011 compliance guide for fermented fish sauce",
        "Guidance on the Codex fish sauce standard: a translucent, non-turbid salty liquid from fermenting fish and salt in covered tanks, generally for at least 6 months; further brine extractions "
        "of the residue may follow to recover remaining protein and flavour, other ingredients may assist fermentation, acid-hydrolysed sauce is excluded, and labels must describe the product truthfully.",
    ),
    (
        "qDo073",
        "en",
        "thainotif",
        "Thai fish sauce categories (genuine, other-animal, mixed) and container and label rules",
        "Thailand's Ministry of Public Health Notification No. 203 (2000) sets three categories: genuine fish sauce from fermenting fish, fish parts or fermentation residue; sauce from other animals; "
        "and mixed fish sauce. It fixes quality requirements, container use and labels for producers and importers; advice on aligning products with it.",
    ),
    (
        "qDo074",
        "en",
        "phdraft",
        "Philippine draft standard separating fish sauce (patis) from fish-flavoured sauce",
        "A draft national standard covers patis and fish-flavoured sauce made by salt fermentation, with definitions of container, cGMP, fermentation and food additive; useful for producers who "
        "must state clearly whether a bottle is genuine fermented sauce or a flavoured blend.",
    ),
    (
        "qDo075",
        "en",
        "nfi",
        "FDA label checklist for seafood products exported to the United States",
        "A seafood industry guide lists what FDA requires on every package: name of the food, net quantity, name and place of the business, ingredient list when there is more than one ingredient, "
        "Nutrition Facts for retail packs and allergen disclosure; Customs and USDA marking rules apply as well.",
    ),
    (
        "qDo076",
        "vi",
        "thaylong",
        "Tư vấn quy định ghi nhãn hàng hóa thực phẩm",
        "Nhóm sinh viên Khoa Cơ khí Công nghệ, ĐH Nông Lâm Huế (hướng dẫn TS. Lê Thanh Long) tổng hợp vai trò của nhãn và các nội dung bắt buộc: tên thực phẩm, tên và địa chỉ "
        "tổ chức chịu trách nhiệm, thành phần cấu tạo, định lượng, ngày sản xuất, hạn dùng; dùng để rà soát nhãn của cơ sở.",
    ),
    (
        "qDo077",
        "vi",
        "nhanhufi",
        "Thiết kế nội dung nhãn thực phẩm (bộ môn bao bì, ĐH Công nghiệp Thực phẩm TP.HCM)",
        "Bộ môn Công nghệ bao bì và đóng gói thực phẩm hướng dẫn cách ghi nội dung trên nhãn hàng hóa thực phẩm, vừa đúng quy định vừa quảng bá thương hiệu, "
        "giúp người tiêu dùng nắm thông tin rõ ràng về sản phẩm.",
    ),
    (
        "qDo078",
        "en",
        "vnplustags",
        "Association logo and packaging that tell traditional from industrial fish sauce",
        "The Vietnam Association of Fish Sauce, founded on 27 October, labels products meeting its criteria with its own logo so consumers can recognise safe traditional sauce; "
        "experts advise exporters to design packaging that separates traditional from industrial varieties.",
    ),
    (
        "qDo079",
        "en",
        "gipq",
        "Geographical-indication management model for fish sauce",
        "Experience from Phu Quoc fish sauce: GI protected in Vietnam since 2001 and by the EU in 2012, managed by the provincial Department of Science and Technology under a 2014 decision. "
        "GI-labelled output grew from 9 firms and about 318,000 litres in 2014 to 21 firms and nearly 760,000 litres in 2024, exported to France, the UK, the US and Japan.",
    ),
    (
        "qDo080",
        "en",
        "gikomodo",
        "GI compliance review: where the sauce is bottled and histamine levels",
        "An IP commentary notes that many Phu Quoc producers failed GI rules because sauce was bottled in Ho Chi Minh City rather than on the island, some island-bottled sauce exceeded "
        "the histamine maximum, and overfishing pushed buyers to fish of unknown handling; a checklist for keeping a GI credible.",
    ),
    (
        "qDo081",
        "en",
        "camargo",
        "Linear gravity and vacuum-assisted fillers for small sauce lines",
        "A used-machinery dealer supplies glass-bottle fillers: rotary carousels for high output, or linear machines where bottles stop under nozzles, cheaper and flexible for sauces and oils. "
        "Gravity filling suits still, low-viscosity liquids; vacuum-assisted gravity filling reduces bubbles and oxidation and suits glass.",
    ),
    (
        "qDo082",
        "vi",
        "aboutmech",
        "Bố trí dây chuyền đóng chai: rửa, chiết, đóng nắp, dán nhãn, kiểm khối lượng",
        "Tư vấn thiết kế dây chuyền đóng chai chất lỏng: nạp chai rỗng lên băng tải, làm sạch và hút không khí, chiết rót xoay hoặc thẳng hàng, đóng nắp, dán nhãn, đóng thùng; "
        "có thể thêm cảm biến hoặc cân để loại chai thiếu, thừa và kiểm tra dị vật; bố trí máy để giảm lỗi.",
    ),
    (
        "qDo083",
        "en",
        "sohoin",
        "Glass bottle filling machines: infeed, rinser, filling heads and capper",
        "A food machinery supplier explains automatic glass-bottle fillers for sauces and oils: an infeed conveyor, a rinser spraying clean water before filling, filling heads whose number sets output, "
        "and a capping system, giving precise volumes, speed and hygiene with less manual work.",
    ),
    (
        "qDo084",
        "vi",
        "inflex",
        "Đóng chai hợp vệ sinh: CIP/SIP, chất sát trùng và chiết nóng",
        "Tư vấn vệ sinh dây chuyền đóng chai: máy rửa chai, hệ thống CIP/SIP cho thiết bị với chất sát trùng như chlorine hay peracetic acid, lựa chọn chiết trọng lực hoặc định lượng, "
        "chiết nóng để giảm vi sinh; đóng nắp, in mã để truy xuất nguồn gốc.",
    ),
    (
        "qDo085",
        "vi",
        "cleanroom",
        "Lõi lọc giấy xếp cho dây chuyền thực phẩm: chọn cấp micron, vật liệu, đầu nối",
        "Nhà cung cấp thiết bị lọc tư vấn chọn lõi lọc giấy xếp phù hợp để loại cặn, tạp chất và vi sinh vật, giúp sản phẩm trong: chọn sai cấp micron sẽ lọt khuẩn hoặc tắc nhanh, "
        "sai vật liệu sẽ biến dạng khi nhiệt độ hoặc pH cao, sai kích thước đầu nối gây rò rỉ.",
    ),
    (
        "qDo086",
        "vi",
        "pheutre",
        "Lọc nước mắm bằng phễu tre lót vải để giữ màu vàng hổ phách",
        "Xưởng nước mắm Nam Ô (Đà Nẵng) dùng phễu tre được ngâm, xông khói, ngâm nước biển và phơi nắng, lót vải để lọc lu mắm đã ủ ít nhất 12 tháng; nước mắm nhỉ chảy chậm, "
        "trong, màu hổ phách. Vì không dùng chất tạo màu, mắm càng tiếp xúc không khí càng bị oxy hóa và sẫm đen, nên khâu lọc cần hạn chế tiếp xúc khí.",
    ),
    (
        "qDo087",
        "vi",
        "congbo",
        "Dịch vụ xây dựng và công bố tiêu chuẩn cơ sở cho nước mắm",
        "Đơn vị tư vấn hỗ trợ cơ sở xây dựng tiêu chuẩn cho sản phẩm nước mắm nhằm nhận diện các nguy cơ chất lượng và an toàn, soạn hồ sơ tự công bố sản phẩm.",
    ),
    (
        "qDo088",
        "vi",
        "vsattp",
        "Tư vấn hồ sơ cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
        "Công ty tư vấn pháp luật nhận chuẩn bị hồ sơ và hướng dẫn thủ tục xin giấy chứng nhận cơ sở đủ điều kiện vệ sinh an toàn thực phẩm cho hộ và doanh nghiệp chế biến.",
    ),
    (
        "qDo089",
        "vi",
        "thaifs",
        "Tư liệu về ngành nước mắm Thái Lan",
        "Blog tài liệu công nghệ thực phẩm giới thiệu nước mắm Thái Lan: lịch sử garum, garos; sản xuất bắt đầu gần một thế kỷ trước, hiện có 102 cơ sở, phần lớn ở miền Trung (41) "
        "và miền Đông (45), công suất khác nhau.",
    ),
    (
        "qDo090",
        "en",
        "ibottling",
        "Choosing glass or plastic bottles for condiments",
        "A bottling consultancy compares containers: glass is inert, impermeable and non-porous so it does not alter flavour or aroma, and is endlessly recyclable (about 85% of recovered glass becomes new glass); "
        "plastic is lighter and cheaper. It also advises on filling technology that keeps hygiene and unit cost under control.",
    ),
    (
        "qDo091",
        "en",
        "gmu",
        "Glass bottle manufacturing with automated blowing machines",
        "An industrial supplier explains how glass and plastic bottles are produced: glass-blowing machines in bulk with uniform height, weight and volume, plastic bottles by extrusion, "
        "closures from caps, plugs or induction seals, and output above 1,000,000 bottles a day.",
    ),
    (
        "qDo092",
        "vi",
        "ganhdo",
        "Đánh giá hiện trạng môi trường làng nghề nước mắm và đề xuất giảm ô nhiễm",
        "Đồ án kỹ thuật môi trường (ĐH Công nghệ TP.HCM, 2015) khảo sát nước thải, khí thải và chất thải rắn tại làng nghề nước mắm Gành Đỏ (Phú Yên), đánh giá mức ô nhiễm "
        "và đề xuất biện pháp kỹ thuật lẫn quản lý; có thể áp dụng cách làm cho làng nghề khác.",
    ),
    (
        "qDo093",
        "vi",
        "ace",
        "Xử lý mùi hôi nước thải chế biến thủy sản: chắn rác, sục khí, hóa chất, tháp hấp thụ",
        "Công ty môi trường đưa giải pháp: mùi sinh ra khi protein, dầu mỡ, vụn cá tôm phân hủy tạo H2S, NH3, CH4, VOC. Song chắn rác và bể tách mỡ giảm 30–50% chất hữu cơ sinh mùi; "
        "sục khí bể điều hòa và bể hiếu khí giảm 50–70% khí H2S, NH3; NaOH, FeCl3, ozone, ClO2 hay than hoạt tính giảm 70–90% mùi; thêm tháp hấp thụ hoặc biofilter.",
    ),
    (
        "qDo094",
        "vi",
        "hisal",
        "Bùn hoạt tính xử lý nước thải thủy sản có độ mặn cao",
        "Luận văn nghiên cứu ứng dụng công nghệ sinh học bùn hoạt tính cho nước thải chế biến thủy sản độ mặn cao: tổng quan ngành, sơ đồ thí nghiệm, thích nghi vi sinh với muối "
        "và hiệu quả xử lý; phù hợp cơ sở có nước rửa chứa muối.",
    ),
    (
        "qDo095",
        "vi",
        "nhom13",
        "Đặc trưng nước thải sản xuất nước mắm và phương pháp xử lý",
        "Bài thảo luận kỹ thuật xử lý nước thải tổng hợp các công nghệ sản xuất nước mắm (enzyme, vi sinh vật, yếu tố ảnh hưởng) và tính chất đặc trưng của nước thải ngành nước mắm, "
        "kèm các phương pháp xử lý phù hợp.",
    ),
    (
        "qDo096",
        "en",
        "pdffox",
        "Biological treatment of saline fish-processing wastewater for reuse as liquid fertiliser",
        "A University of Malaya study (Sustainability, 2017) treated fish-processing effluent, which carries heavy organic load and high salinity, biologically so that it can be reused as "
        "liquid fertiliser instead of polluting receiving waters.",
    ),
    (
        "qDo097",
        "en",
        "gaid",
        "Halophilic protease bioaugmentation for saline fish and shellfish wastewater",
        "A review led by RMIT researchers identifies TSS, COD, BOD and total nitrogen as the main loads in saline seafood effluent and notes that salinity inhibits ordinary microbes. "
        "It proposes process changes and bioaugmentation with immobilised salt-tolerant proteases or halophilic protease-producing microbes as cheaper alternatives to physico-chemical treatment.",
    ),
    (
        "qDo098",
        "en",
        "vesaco2",
        "Seafood processing wastewater treatment design and build",
        "An environmental engineering firm designs treatment systems for aquatic-product plants, handling production wastewater (organics, suspended solids, residues, microbes, grease from "
        "washing fish and equipment, detergents and additives) and domestic wastewater from toilets and canteens, whose flow and make-up vary by plant.",
    ),
    (
        "qDo099",
        "en",
        "canning",
        "Fish-canning wastewater reuse with coagulation, activated sludge, reverse osmosis and UV",
        "The University of Porto optimised a train for a fish cannery: sedimentation, chemical coagulation-flocculation and activated sludge, then reverse osmosis and UV disinfection, "
        "because high salt persists after conventional treatment; the treated water could be reused in the plant.",
    ),
    (
        "qDo100",
        "en",
        "faoodour",
        "Malodour abatement know-how from fish processing (TMA, H2S) and raw-material freshness",
        "FAO guidance from fishmeal factories: stale fish forms trimethylamine, ethyl mercaptan and hydrogen sulphide; TMA is noticed at 0.0002 ppm and cutting a concentration to 10% only halves the smell, "
        "so removal must be very efficient. Keeping fish fresh with ice matters because decay roughly doubles with every 4 °C rise.",
    ),
    (
        "qDo101",
        "vi",
        "ecocenter",
        "Biofilter khử mùi bằng lớp vật liệu sinh học (compost, than bùn, dăm gỗ)",
        "Tư vấn công nghệ biofilter: khí có mùi đi qua lớp đất, compost lá, than bùn hoặc dăm gỗ có vi sinh vật phân hủy hợp chất gây mùi. Lớp lọc cần khả năng hấp phụ cao, "
        "tổn thất áp thấp, độ rỗng lớn, giàu dinh dưỡng, pH trung tính đến hơi kiềm, nhiệt độ vừa và đủ ẩm; xử lý tốt H2S, NH3 và phần lớn chất hữu cơ.",
    ),
    (
        "qDo102",
        "en",
        "nemuk",
        "Odour control for food processing plants: biofilters, bioscrubbers and odour panels",
        "A consultancy applies air-cleaning technologies to food factories whose heating, drying or smoking releases volatile compounds: biofilters, bioscrubbers, activated-sludge scrubbers and "
        "trickling filters, with odour thresholds measured by panels under ASTM E-679; it stresses preventing odour at the source first.",
    ),
    (
        "qDo103",
        "en",
        "biofdesign",
        "Biofilter design for livestock buildings (up to 95% odour and H2S, 65% ammonia)",
        "University of Minnesota extension guidance: a bed of compost and wood chips through which fans push barn air can cut odour and hydrogen sulphide by as much as 95% and ammonia by 65%; "
        "covers bed sizing, contact time, fan selection, media moisture, operation and cost.",
    ),
    (
        "qDo104",
        "en",
        "springer",
        "Selecting deodorisation technologies for malodorous emissions",
        "A Gdańsk University of Technology review sorts gas deodorisation into emission prevention and removal of odorants from exhaust streams, comparing the options so that investors can pick "
        "a method suited to their conditions in response to neighbours' complaints.",
    ),
    (
        "qDo105",
        "vi",
        "surimi",
        "Hệ thống xử lý nước thải chế biến surimi công suất 300 m3/ngày đêm",
        "Công ty môi trường thiết kế hệ thống 10 công đoạn cho nhà máy surimi Tắc Cậu: COD có thể tới 36.000 mg/l, BOD5 4.000–15.000 mg/l, SS 500–1.500 mg/l, dầu mỡ 100–500 mg/l, "
        "dùng 20–25 m3 nước mỗi tấn sản phẩm; đầu ra đạt QCVN 11:2008/BTNMT cột B.",
    ),
    (
        "qDo106",
        "vi",
        "seafdec",
        "Sổ tay GMP cho cơ sở chế biến thủy sản truyền thống nhỏ và vừa (SEAFDEC)",
        "Trung tâm Phát triển Nghề cá Đông Nam Á (SEAFDEC, 2010) biên soạn hướng dẫn thực hành sản xuất tốt cho cơ sở truyền thống của các nước ASEAN: mắm tôm belacan, cá muối luộc, "
        "cá khô, nước mắm nam-pla và ngan-pya-ye, mắm tôm alamang, tép nhỏ lên men của Việt Nam; dùng để tập huấn và tự đánh giá nhà xưởng.",
    ),
    (
        "qDo107",
        "en",
        "rflp",
        "Piloting hygienic fish sauce and fermented fish production in villages",
        "The Regional Fisheries Livelihoods Programme worked with Cambodian coastal communities: 12 boats and 4 landing sites trialled better hygiene, and improved fish sauce and fermented fish "
        "production was piloted in two villages. Lessons: hygiene is hard without clean water, power and sanitation; changing attitudes and buyers' willingness to pay is key; ice is the easiest gain.",
    ),
    (
        "qDo108",
        "vi",
        "capfish",
        "Gói nâng cấp vệ sinh cho cơ sở chế biến cá nhỏ: đồng phục, chỗ rửa tay, giàn phơi có che",
        "Dự án CAPFISH-Capture (Campuchia) hỗ trợ cơ sở cá khô: chuyển giàn phơi khỏi bãi trống nhiều ruồi, che mưa, trang bị đồng phục và chỗ rửa tay, tập huấn vệ sinh cá nhân "
        "và đóng gói đạt an toàn thực phẩm. Cơ sở mẫu thành lập 2011, đăng ký 2017, ban đầu 6 lao động.",
    ),
    (
        "qDo109",
        "en",
        "ssfhub",
        "Good hygiene practice manual for fishing boats and landing sites",
        "An English version of the approved Khmer manual guides fishers, handlers and small processors on hygiene from capture, on-board handling and landing along the small-scale value chain, "
        "following EC Regulations 852/2004 and 853/2004 and the Codex general principles of food hygiene (CAC/RCP 1-1969).",
    ),
    (
        "qDo110",
        "en",
        "thaiwce",
        "Multi-agency GMP coaching for community food enterprises",
        "Researchers and government inspectors in Sakon Nakhon (Thailand) evaluated a women's community enterprise with a GMP checklist; it failed, so the team drew up an action plan and "
        "assigned each non-compliance to a stakeholder, stressing that every partner must take part. A model for coaching small community processors towards GMP.",
    ),
    (
        "qDo111",
        "vi",
        "camau",
        "Sản xuất muối sạch kết tinh trên nền bạt (Đầm Dơi, Cà Mau)",
        "Dự án nhân rộng mô hình muối kết tinh trên ô trải bạt ở xã Tân Thuận, huyện Đầm Dơi cho hạt muối sạch hơn muối nền đất; nêu vai trò của NaCl trong thực phẩm, "
        "dùng ướp cá, làm xúc xích và bảo quản. Có thể cung ứng muối sạch cho cơ sở chế biến.",
    ),
    (
        "qDo112",
        "vi",
        "ninhthuan",
        "Muối sạch trải bạt đạt OCOP 3 sao (Tri Hải, Ninh Thuận)",
        "Cơ sở muối sạch Tân Tiến ở Tri Hải dùng nền đất sét trải bạt để nâng chất lượng và sản lượng muối, được Sở Nông nghiệp và Trung tâm Khuyến nông hỗ trợ từ năm 2010; "
        "sản phẩm muối chế biến đạt OCOP 3 sao.",
    ),
    (
        "qDo113",
        "vi",
        "nacl",
        "Xác định hàm lượng NaCl bằng phương pháp Mohr",
        "Hướng dẫn phân tích muối: chuẩn độ mẫu bằng AgNO3 0,1N với chỉ thị K2CrO4 5% đến khi xuất hiện kết tủa đỏ gạch; chuẩn hóa lại nồng độ AgNO3 bằng dung dịch NaCl chuẩn, "
        "lặp 2–3 lần lấy trung bình. Áp dụng cho muối nguyên liệu, nước bổi, nước mắm và mắm.",
    ),
    (
        "qDo114",
        "vi",
        "drybox",
        "Máy sấy bơm nhiệt cho thủy sản (45–60 °C, tiết kiệm đến 50% năng lượng)",
        "Nhà cung cấp máy sấy bơm nhiệt vòng kín: không khí được làm nóng qua sản phẩm, làm lạnh để ngưng ẩm rồi gia nhiệt lại; nhiệt độ 45–60 °C, độ ẩm thấp, giữ màu, mùi, "
        "đạm và omega-3, đưa ẩm dưới 10% không cần chất bảo quản, tiết kiệm tới 50% năng lượng so với sấy thường.",
    ),
    (
        "qDo115",
        "en",
        "oceanexc",
        "Controlled-atmosphere seafood drying chambers with air-to-air heat pumps",
        "An Icelandic supplier builds custom drying chambers: fans circulate air through the product, a heat pump chills it to remove moisture and rewarms it to the set humidity and temperature. "
        "Drying no longer depends on weather, and heads and bones once discarded are now dried for markets.",
    ),
    (
        "qDo116",
        "vi",
        "trocknner",
        "Sấy thủy sản: phơi nắng so với sấy khí nóng bơm nhiệt",
        "Nhà sản xuất thiết bị giải thích sấy thủy sản là truyền nhiệt và đưa ẩm ra để ức chế vi sinh và oxy hóa. Phơi nắng rẻ nhưng phụ thuộc thời tiết, cần bãi rộng, "
        "thoáng, xa chuồng trại và bãi rác, dễ nhiễm bụi; sấy khí nóng bằng bơm nhiệt chủ động và vệ sinh hơn.",
    ),
    (
        "qDo117",
        "en",
        "pmg",
        "Fish-meal and fish-oil production plants",
        "An engineering firm builds plants that cook, press, dry and grind fish unfit for human consumption, offal and trimmings into high-protein fish meal for aquaculture, poultry and "
        "livestock feed, recovering fish oil for omega-3 supplements and industrial uses.",
    ),
    (
        "qDo118",
        "en",
        "wrl",
        "Small-scale fishmeal unit for fish processing by-products",
        "A conceptual design for a small fishmeal unit using simplified wet processing with bone removal and defatting: pressure boiling gave higher yield and lower energy than boiling with stirring, "
        "producing third-grade meal with over 30% protein, under 6% fat and under 10% calcium for farmers' own feed.",
    ),
    (
        "qDo119",
        "en",
        "technot",
        "Fishmeal plant for low-value fish and technical fish oil",
        "A Ukrainian supplier offers plants that grind, cook, press, separate and dry filleting waste and low-value species (sprat, goby, capelin) into feed meal at 8–12% moisture "
        "and technical oil for soap and lubricants, with automation and heat recovery.",
    ),
    (
        "qDo120",
        "vi",
        "yamasa",
        "Quy trình ủ xì dầu (shoyu): koji, moromi, ép và tiệt trùng",
        "Hãng nước tương giới thiệu quy trình: rang nghiền lúa mì, hấp đậu nành, cấy mốc koji và nuôi ba ngày trong phòng ấm ẩm; trộn koji với nước muối thành moromi, lên men trong bồn "
        "có sục khí, ép trong vải tới ba ngày lấy nước tương sống rồi tiệt trùng, đóng gói.",
    ),
    (
        "qDo121",
        "en",
        "kikkoman",
        "Natural brewing of soy sauce: koji-making, brine fermentation, refining",
        "A soy sauce brand explains its three steps: soybeans and wheat blended with a seed mould and matured three days in aerated vats; the koji mixed with salt water into moromi and fermented "
        "for months with lactic acid bacteria and yeasts; then pressed through cloth, refined and pasteurised.",
    ),
    (
        "qDo122",
        "en",
        "reliable",
        "Soy sauce: six-month moromi, residue for feed, pasteurised raw sauce",
        "A short guide to brewing soy sauce from soybeans, wheat, salt and water: koji cultured two days, moromi mash fermented in tanks for six months, filtered to raw soy sauce, "
        "the pressed cake sold as animal feed and the sauce heated to pasteurise.",
    ),
    (
        "qDo123",
        "vi",
        "botnem",
        "Sản xuất bột nêm từ thịt vụn cá thu",
        "Đồ án ĐH Nha Trang (2012, hướng dẫn TS. Nguyễn Thị Mỹ Hương) xây dựng quy trình công nghệ làm bột nêm gia vị từ thịt vụn cá thu, tận dụng phần thịt dư sau chế biến.",
    ),
    (
        "qDo124",
        "vi",
        "botkhoang",
        "Sản xuất bột khoáng từ xương cá ngừ",
        "Đồ án ĐH Nha Trang (2012) nghiên cứu quy trình tạo bột khoáng từ xương cá ngừ, phế liệu của ngành khai thác và chế biến cá ngừ, làm nguyên liệu bổ sung canxi.",
    ),
    (
        "qDo125",
        "vi",
        "tomvang",
        "Tận dụng phụ phẩm chế biến thủy sản: đầu, xương, nội tạng",
        "Bài tổng hợp cho doanh nghiệp: chế biến cá fillet, đóng hộp để lại 50–65% khối lượng là đầu, xương, da, nội tạng giàu đạm, omega-3, vitamin và khoáng; "
        "hướng tận dụng cho thực phẩm người, thức ăn chăn nuôi và sản phẩm giá trị gia tăng.",
    ),
    (
        "qDo126",
        "vi",
        "idah",
        "Máy sấy – làm nguội kiểu carousel cho thức ăn tôm viên",
        "Hãng thiết bị thức ăn chăn nuôi giới thiệu máy kết hợp sấy và làm nguội cho viên thức ăn tôm, nguyên tắc vào trước ra trước, kiểm soát ẩm ngay sau làm nguội, "
        "tiết kiệm năng lượng khi công thức có nhiều chất lỏng.",
    ),
    (
        "qDo127",
        "en",
        "labmgr",
        "Fish sauce as a partial salt substitute in recipes",
        "Taylor's University researchers found Vietnamese fish sauce can replace part of the salt in chicken broth, tomato sauce and coconut curry, cutting sodium chloride by 10–25% "
        "without losing perceived deliciousness or saltiness; aimed at chefs and food manufacturers.",
    ),
    (
        "qDo128",
        "vi",
        "bia",
        "Sử dụng bùn thải nhà máy bia làm phân bón",
        "Nghiên cứu phân tích bùn thải hệ thống xử lý nước thải nhà máy bia ở Tiền Giang và Sóc Trăng: pH 6,6–6,8, EC 1,5–2,1 mS/cm, hữu cơ 37–55%, đạm 1,8–2,4%, "
        "kim loại nặng dưới ngưỡng; vi sinh gây bệnh giảm khi phơi, có thể làm phân bón.",
    ),
    (
        "qDo129",
        "vi",
        "catrabun",
        "Phân hữu cơ từ bùn đáy ao nuôi cá tra",
        "Nghiên cứu ủ bùn đáy ao cá tra với vỏ trấu theo luống hở có đảo trộn làm phân hữu cơ; bón 10–20 tấn/ha kết hợp hoặc giảm 50–100% phân vô cơ cho cây bắp, "
        "phân đạt chuẩn dinh dưỡng, kim loại nặng và vi sinh.",
    ),
    (
        "qDo130",
        "vi",
        "emga",
        "Chế phẩm EM thứ cấp xử lý mùi chuồng nuôi gà",
        "ĐH Nông Lâm Thái Nguyên dùng chế phẩm EM làm đệm lót sinh học chuồng gà ở Tam Đảo (Vĩnh Phúc): khí NH3 giảm 5,71 lần, H2S giảm 4,48 lần so với nuôi truyền thống, "
        "đạm, lân, kali trong phân tăng.",
    ),
    (
        "qDo131",
        "vi",
        "catranh3",
        "Ảnh hưởng của NH3 lên tăng trưởng và chất lượng thịt cá tra",
        "Nghiên cứu tại ĐH Trà Vinh xác định nồng độ NH3 an toàn 0,2 mg/L, LC10 3,606, LC20 3,73 và LC50 3,975 mg/L cho cá tra; tốc độ tăng trưởng giảm mạnh ở các nghiệm thức có NH3 "
        "so với đối chứng 0,56%/ngày.",
    ),
    (
        "qDo132",
        "vi",
        "badua",
        "Chế phẩm prebiotic từ bã cơm dừa dùng trong chăn nuôi",
        "Viện Nghiên cứu Dầu và Cây có dầu (2011) sản xuất thử chế phẩm tiền sinh từ bã cơm dừa, phụ phẩm ép sữa dừa (một nhà máy ở Bến Tre ép 3–4 tấn/ngày thải khoảng 1.000 tấn bã/năm).",
    ),
    (
        "qDo133",
        "vi",
        "tsvn",
        "Tận dụng phụ phẩm cá tra làm collagen và dầu cá",
        "Bài phân tích ngành thủy sản: ngoài phi lê, da, bao tử, bong bóng, mỡ cá tra có thể làm collagen, dầu cá và bột cá thay phần nguyên liệu thức ăn chăn nuôi đang nhập khẩu.",
    ),
    (
        "qDo134",
        "vi",
        "thitmuoi",
        "Kỹ thuật ướp muối bảo quản thịt",
        "Tài liệu hướng dẫn ướp muối thịt: vai trò NaCl (sát khuẩn nhẹ, ngừng một số vi sinh ở 4,4%, vi khuẩn thối rữa chết ở 12%), phụ gia nitrat, nitrit, gia vị, "
        "và mức mặn từ rất nhạt 2–2,5% đến mặn trên 4,5%.",
    ),
    (
        "qDo135",
        "vi",
        "pac",
        "Xử lý nước cấp bằng than hoạt tính dạng bột kết hợp lọc màng",
        "Báo cáo nghiên cứu khoa học ĐH Lạc Hồng (2013) về xử lý nước cấp sinh hoạt bằng PAC kết hợp lọc màng để loại chất hữu cơ và cặn.",
    ),
    (
        "qDo136",
        "en",
        "mendeley",
        "Two-stage chemo-scrubber and biofilter for broiler houses",
        "A study at a 40,000-bird broiler unit treated exhaust with a chemical scrubber then a vertical biofilter filled half with root wood and half with honeycombed paper pads; "
        "both cut odour and ammonia well, and the cellulose pads grew less fungus.",
    ),
    (
        "qDo137",
        "en",
        "wattag",
        "Inorganic biofilter media for rendering plants and feed mills",
        "A feed-industry article describes advanced inorganic biofilter media now used for the smelliest jobs, such as rendering plants supplying meat-and-bone meal, and lists feed-mill odour sources: "
        "extrusion, drying and cooling, grinding, raw-material reception and fugitive building air.",
    ),
    (
        "qDo138",
        "en",
        "dayi",
        "Heat-pump dryers for razor clams and shellfish",
        "A Chinese dryer maker promotes heat-pump drying for the fast-growing clam industry in Ninghai and Fuqing, where farmed razor clams are dried at scale to meet seafood demand.",
    ),
    (
        "qDo139",
        "vi",
        "moloc",
        "Quy trình làm muối nền đất ở Ninh Thuận",
        "Giới thiệu nghề muối Ninh Thuận: 2.371 ha đất muối (1.891 ha muối công nghiệp, 480 ha muối nền đất), ba đồng muối lớn Cà Ná, Tri Hải, Đầm Vua, chiếm khoảng 50% sản lượng cả nước; "
        "vụ từ tháng 12 đến tháng 8–9 năm sau.",
    ),
    (
        "qDo140",
        "en",
        "millstream",
        "Bottle depalletising and conveyor feeding for a craft brewery",
        "A brewery tour shows empty beer bottles lifted eight at a time onto a conveyor by hand, funnelled into a single line and pushed to the rinser before filling.",
    ),
    (
        "qDo141",
        "en",
        "askvity",
        "Shelf-life guidance for shrimp paste before and after opening",
        "Unopened shrimp paste usually keeps up to three years depending on brand, packaging (vacuum or airtight) and cool, dry storage; signs of spoilage are off odour, discoloration or mould "
        "and bulging packs. Once opened it should be refrigerated airtight and stays good for about 6–12 months.",
    ),
    (
        "qDo142",
        "vi",
        "agrimate",
        "Hỗ trợ đánh giá, công nhận sản phẩm OCOP cho chủ thể ở Trà Vinh",
        "Chương trình OCOP tỉnh Trà Vinh năm 2022 công nhận 104 sản phẩm (3 và 4 sao), trong đó tái công nhận nước mắm rươi Phong Vinh, tôm khô Tiến Hải; chủ thể được dùng nhãn OCOP "
        "và số sao trên bao bì, giấy chứng nhận có hiệu lực 3 năm. Hướng dẫn hồ sơ và nâng hạng sản phẩm.",
    ),
    (
        "qDo143",
        "vi",
        "cntp",
        "Chế phẩm Protex 51FP làm chất khởi động thúc đẩy lên men nước mắm cá cơm",
        "Khoa Công nghệ thực phẩm, Học viện Nông nghiệp Việt Nam thử protease Protex 51FP bổ sung vào chượp cá cơm Stolephorus commersonii. Tổng quan cho thấy trộn cá muối 2:1–3:1 "
        "lên men 5–24 tháng; protease ngoại sinh hoặc vi sinh vật chọn lọc giúp rút ngắn thời gian trong khi muối vẫn ngăn hư hỏng.",
    ),
    (
        "qDo144",
        "vi",
        "mop6573",
        "Dây chuyền mắm tôm lên men kiểm soát nhiệt độ và dòng sản phẩm ít muối",
        "Doanh nghiệp chế biến giới thiệu quy trình mắm tôm hiện đại: rửa nguyên liệu, trộn muối đạt chuẩn vệ sinh thành hỗn hợp, lên men ở nhiệt độ kiểm soát, tách dầu và nước, "
        "đóng gói và tiệt trùng. Mắm thường chứa khoảng 30% muối; các dòng ít muối và sản phẩm chế biến từ mắm giúp mở rộng thị trường.",
    ),
    (
        "qDo145",
        "vi",
        "pressreader",
        "Tư vấn đáp ứng tiêu chuẩn mắm cá lên men kiểu pla ra (muối từ 18%)",
        "Tiêu chuẩn pla ra do Bộ Nông nghiệp Thái Lan ban hành quy định loại cá (cá lóc, cá trê, rô phi, cá đù, cá mối), màu thịt theo loài, tối đa 5% cá khác không ghi nhãn, "
        "muối ít nhất 18% khối lượng, không có ấu trùng giun đầu gai hay sán lá gan. Hỗ trợ cơ sở nhỏ điều chỉnh quy trình để đạt chuẩn.",
    ),
    (
        "qDo146",
        "vi",
        "camtm",
        "Hỗ trợ xây dựng và đăng ký chỉ dẫn địa lý cho nước mắm",
        "Kinh nghiệm chỉ dẫn địa lý nước mắm Phú Quốc: các cơ sở đăng ký một phần thùng chượp để cấp chứng nhận, dự án Multrap 3 của EC hỗ trợ đăng ký trong và ngoài nước, "
        "chuyên gia Pháp hỗ trợ kỹ thuật hai năm để năm 2010 có quy chế kiểm soát. Tư vấn lập hồ sơ, quy chế quản lý và kiểm soát chất lượng.",
    ),
    (
        "qDo147",
        "en",
        "tcsae",
        "Low-temperature heat-pump drying of shrimp and fish cake (−2 to 20 °C)",
        "A Chinese agricultural engineering study dried peeled, headed and whole shrimp and 7–9 mm and 14–18 mm fish cakes in a heat-pump dryer at −2–0 °C and 20 °C: peeled shrimp dried fastest, "
        "thin cakes faster than thick, and raising the temperature to 20 °C shortened drying greatly; diffusion models fit the curves.",
    ),
    (
        "qDo148",
        "vi",
        "rflp",
        "Dùng đá ướp lạnh cá trên tàu và bến cá để giảm hao hụt sau thu hoạch",
        "Chương trình sinh kế nghề cá khu vực (RFLP) thí điểm tại Campuchia trên 12 tàu và 4 bến: ướp đá là cách dễ nhất để giảm hư hỏng và tăng thu nhập cho ngư dân; "
        "kèm tập huấn thao tác vệ sinh khi bốc dỡ cá.",
    ),
    (
        "qDo149",
        "vi",
        "dacsan",
        "Giới thiệu và phân phối đặc sản nước mắm rươi Trà Vinh",
        "Cửa hàng đặc sản quê giới thiệu nước mắm rươi (nước mắm ngự) Trà Vinh, mùa rươi cuối tháng 9 đến tháng 10 âm lịch, giá trị dinh dưỡng và cách thưởng thức; nhận đặt hàng gửi đi các tỉnh.",
    ),
    (
        "qDo150",
        "en",
        "yuasa",
        "Cedar-barrel soy sauce moromi aged one to two years",
        "A traditional Japanese brewery ferments soy sauce moromi in large cedar barrels for about one to two years, stirring with long poles so yeast and lactic bacteria breathe, "
        "then squeezes it and lets the raw sauce settle in wooden vats.",
    ),
    (
        "qDo151",
        "vi",
        "luukham",
        "Tư liệu mùa rươi và cách khai thác rươi ở Ba Động, Cồn Cù",
        "Tư liệu về nước mắm ngự Trà Vinh: rươi là sinh vật nhỏ cỡ que diêm, dài hơn một tấc, sống ở bãi bồi ngập mặn; xuất hiện khi triều cường mùa gió chướng, đỉnh điểm rằm và 30 "
        "các tháng 11, Chạp, Giêng âm lịch. Giúp cơ sở lập lịch thu mua rươi làm mắm.",
    ),
]
