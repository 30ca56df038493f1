"""Offers for the holdout180 set (shrimp hatcheries and post-larvae in Trà Vinh / Vĩnh Long).

Rows: (id, language, source key, title, description). oZo118-oZo151 are distractors from neighbouring fields.
"""

OFFERS = [
    # --- 1. broodstock, maturation, spawning ---
    (
        "oZo001",
        "vi",
        "vpas",
        "Tư vấn chọn dòng tôm thẻ chân trắng bố mẹ SPF hay SPR",
        "Đơn vị tư vấn giải thích khác biệt giữa dòng bố mẹ sạch bệnh đặc hiệu (SPF) và dòng kháng bệnh đặc hiệu (SPR), "
        "vốn được gia hóa qua nhiều thế hệ từ các đàn gốc Hawaii. Hỗ trợ trại giống chọn nhà cung cấp và dòng phù hợp với "
        "điều kiện dịch bệnh của vùng nuôi.",
    ),
    (
        "oZo002",
        "vi",
        "qd456",
        "Thẩm định tôm thẻ bố mẹ theo điều kiện sản xuất giống",
        "Kiểm tra hồ sơ nguồn gốc và giấy kiểm dịch của tôm bố mẹ trước khi nuôi thích nghi, cân và tuyển chọn cá thể: "
        "tôm bố mẹ trên 40 g/con, tôm đực tối thiểu 35 g. Không chấp nhận tôm tuyển từ ao nuôi thương phẩm; tôm hậu bị ương "
        "từ PL12–15 phải được kiểm tra sạch bệnh trước khi đưa vào nuôi vỗ.",
    ),
    (
        "oZo003",
        "vi",
        "bm_nk_kt",
        "Lấy mẫu kiểm tra chất lượng lô tôm thẻ bố mẹ nhập khẩu",
        "Nhóm kỹ thuật đã tham gia kiểm tra 127 lô tôm bố mẹ nhập khẩu của 101 cơ sở, tổng 60.773 con có nguồn từ Mỹ, "
        "Singapore và Thái Lan. Dịch vụ lấy mẫu, đánh giá kích cỡ (đực 40–67,7 g, cái 40–79,1 g) và tình trạng bệnh của "
        "từng lô, trả kết quả cho trại trước khi nuôi vỗ.",
    ),
    (
        "oZo004",
        "vi",
        "nls_pcr_bm",
        "Sàng lọc từng con tôm thẻ bố mẹ sạch bệnh bằng PCR",
        "Phòng thí nghiệm của khoa thủy sản nhận mẫu tôm thẻ chân trắng bố mẹ, chẩn đoán các mầm bệnh virus nguy hiểm bằng "
        "kỹ thuật PCR và loại những cá thể dương tính trước khi ghép đàn nuôi vỗ, giúp trại giữ đàn bố mẹ sạch bệnh.",
    ),
    (
        "oZo005",
        "vi",
        "moana",
        "Cung ứng tôm sú giống từ đàn bố mẹ sạch bệnh (SPF)",
        "Doanh nghiệp cung cấp post tôm sú sản xuất từ đàn bố mẹ SPF và đã đánh giá hiệu quả nuôi thương phẩm bằng nguồn "
        "giống này so với giống từ tôm mẹ tự nhiên. Hỗ trợ hộ nuôi lập kế hoạch thả giống và theo dõi tăng trưởng.",
    ),
    (
        "oZo006",
        "vi",
        "f1vn",
        "Đàn tôm chân trắng bố mẹ F1 chọn tạo trong nước",
        "Viện nghiên cứu cung cấp tôm chân trắng bố mẹ F1-VN tự sản xuất, đã đánh giá qua tăng trưởng, tỷ lệ sống và năng "
        "suất của post PL12 nuôi thương phẩm ở Nha Trang và Vạn Ninh (độ mặn 22,5–40‰). Là nguồn thay thế một phần cho tôm "
        "bố mẹ nhập khẩu.",
    ),
    (
        "oZo007",
        "vi",
        "catmat",
        "Quy trình nuôi vỗ tôm thẻ bố mẹ không cắt cuống mắt",
        "Chuyển giao quy trình cho tôm thẻ chân trắng thành thục và đẻ tự nhiên, không cắt cuống mắt. Cắt mắt kích thích đẻ "
        "nhanh nhưng tôm mẹ chỉ đẻ 3–5 lần rồi chất lượng giảm dần; tôm thẻ có thelycum hở nên vẫn giao vĩ được mà không cần "
        "lột xác.",
    ),
    (
        "oZo008",
        "vi",
        "kannan",
        "Quy trình nuôi vỗ và cho đẻ tôm thẻ SPF nhập khẩu",
        "Hướng dẫn trại giống quy trình thành thục bằng cắt cuống mắt một bên, theo dõi tỷ lệ thành thục, số lần đẻ, sức sinh "
        "sản và tỷ lệ nở. Khi tôm cái lớn từ 30 lên 52 g, số trứng mỗi lần đẻ tăng từ khoảng 150.000 lên 442.000.",
    ),
    (
        "oZo009",
        "vi",
        "wyban",
        "Thiết kế khu nuôi vỗ tách bể đực và bể cái",
        "Tư vấn bố trí khu thành thục theo cách phổ biến ở các trại châu Á: nuôi tôm đực và tôm cái ở bể riêng, chuẩn bị "
        "khu ghép đôi và bể đẻ, kèm chế độ cho ăn thức ăn tươi cho tôm bố mẹ tôm thẻ.",
    ),
    (
        "oZo010",
        "vi",
        "efas_chinensis",
        "Thức ăn nuôi vỗ tôm bố mẹ chế biến sẵn",
        "Nhóm nghiên cứu phát triển thức ăn thành thục dạng chế biến từ giun nhiều tơ, nghêu và mực. Thử nghiệm 15 ngày cho "
        "thấy tôm mẹ ăn các công thức này có hàm lượng protein và lipid máu cao hơn, hỗ trợ đẻ lại nhiều lần sau lần đẻ đầu.",
    ),
    (
        "oZo011",
        "vi",
        "mcintosh_ehp",
        "Tư vấn an toàn sinh học chống EHP cho khu nuôi vỗ",
        "Chuyên gia tư vấn phòng EHP từ khâu bố mẹ: chỉ dùng tôm bố mẹ có chứng nhận, khử trùng thức ăn tươi và dụng cụ, "
        "giám sát định kỳ đàn bố mẹ và ấu trùng. Giải thích mối liên quan giữa EHP và bệnh phân trắng.",
    ),
    (
        "oZo012",
        "en",
        "wyban",
        "SPF whiteleg broodstock supply and maturation advice",
        "Supplier of imported specific pathogen-free Penaeus vannamei broodstock with on-site advice on maturation: males and "
        "females held in separate tanks and fed live or frozen bloodworms, which remain the standard maturation feed in Asian "
        "hatcheries.",
    ),
    (
        "oZo013",
        "en",
        "wyban",
        "Nauplii supply from an SPF broodstock centre",
        "Broodstock centre producing P. vannamei nauplii from domesticated SPF stock and selling them to small larval-rearing "
        "hatcheries that do not keep their own maturation unit, following the Asian nauplii-production model.",
    ),
    (
        "oZo014",
        "en",
        "kannan",
        "Maturation and spawning protocol for imported SPF vannamei",
        "Hatchery protocol for imported SPF broodstock: unilateral eyestalk ablation, tracking of maturation rate, spawning "
        "rate, fecundity and hatch rate per spawn. Nauplii production rate rose from 48% to 96% as females aged and spawned "
        "repeatedly.",
    ),
    (
        "oZo015",
        "en",
        "ren_frontiers",
        "Rearing domesticated vannamei broodstock in recirculating tanks",
        "Research group comparing females reared in recirculating tanks with pond-reared females: both gave about "
        "23 x 10^4 eggs and 20 x 10^4 nauplii per spawn with hatch rates of 83–85%. Offers advice on tank-based broodstock "
        "rearing and selection by female size and spawning order.",
    ),
    (
        "oZo016",
        "en",
        "efas_chinensis",
        "Formulated maturation diets for repeat spawning",
        "Manufactured maturation feeds based on polychaetes, clam and squid, tested over 15 days on females after their first "
        "spawn. Higher haemolymph protein and lipid levels indicate the diets can replace part of the fresh maturation feed.",
    ),
    (
        "oZo017",
        "en",
        "bt_dom_adv",
        "Biosecure domestication of black tiger shrimp broodstock",
        "Technical partner for domesticating Penaeus monodon: early generations are produced in biosecure facilities rather "
        "than open ponds, reducing dependence on wild-caught broodstock and the pathogens they carry.",
    ),
    (
        "oZo018",
        "en",
        "bt_aus",
        "Domesticated black tiger broodstock from clear-water raceways",
        "Supply of domesticated P. monodon broodstock reared in clear-water tanks and raceways; third-generation stocks reached "
        "85% survival in commercial ponds and allow year-round postlarvae production.",
    ),
    (
        "oZo019",
        "en",
        "bt_record",
        "Genetic-marker pedigree tracking for on-farm tiger shrimp breeding",
        "High-throughput genotyping to track pedigrees, monitor genetic diversity and assign mates in small on-farm P. monodon "
        "breeding programmes, without separate family rearing or physical tags; includes virus screening of domesticated "
        "broodstock.",
    ),
    (
        "oZo020",
        "en",
        "spf_blog",
        "Training course: what SPF, SPR and SPT shrimp really mean",
        "Short course for hatchery buyers and farmers explaining specific pathogen-free, resistant and tolerant shrimp stocks, "
        "how SPF status is established and maintained, and what to ask a broodstock supplier.",
    ),
    (
        "oZo021",
        "en",
        "shrimpvet_ehp",
        "EHP-safe maturation: feed inactivation and nauplii checks",
        "Diagnostic laboratory advising maturation units on EHP: broodstock that were clean can become 60–70% infected within "
        "four months through bloodworms, oysters or squid. Offers frozen or inactivated feed protocols, egg washing and "
        "disinfection, and routine checks at the nauplii stage.",
    ),
    # --- 2. larval rearing: water treatment, algae, artemia, microdiets, probiotics ---
    (
        "oZo022",
        "vi",
        "cppost_tao",
        "Cung cấp tảo tươi Thalassiosira cho trại giống",
        "Trại giống cung ứng tảo silic Thalassiosira thuần và tư vấn vận hành phòng tảo tươi. Tảo vỏ mỏng, cỡ vừa miệng ấu "
        "trùng zoea 1–3 và mysis, giàu HUFA, PUFA, mọc nhanh và dễ lưu giữ giống trong điều kiện nhân tạo.",
    ),
    (
        "oZo023",
        "vi",
        "catovina_tao",
        "Chuyển giao kỹ thuật nuôi tảo Chaetoceros và Skeletonema",
        "Hướng dẫn nuôi tảo khuê làm thức ăn ấu trùng tôm: tế bào 4–6 µm, nhiệt độ 25–30°C, chiếu sáng 12 giờ/ngày, đạt mật "
        "độ cao sau 20–24 giờ. Gồm danh mục thiết bị, môi trường dinh dưỡng và cách nhận biết các pha sinh trưởng để thu đúng lúc.",
    ),
    (
        "oZo024",
        "vi",
        "tsvn_tao",
        "Hệ thống túi treo 50 lít nuôi tảo sinh khối",
        "Lắp đặt hệ thống tối đa 60 túi nilon 50 lít sục khí mạnh, có mái che di động và đèn ban đêm, kèm bể composite 2,5 và "
        "6 m³. Tảo Chlorella và Nannochloropsis đạt trên 5 triệu tế bào/ml sau 3–5 ngày.",
    ),
    (
        "oZo025",
        "vi",
        "thalassiosira",
        "Quy trình nuôi sinh khối vi tảo Thalassiosira pseudonana",
        "Kết quả luận án tiến sĩ công nghệ sinh học (2019) về điều kiện nuôi sinh khối Thalassiosira pseudonana làm thức ăn "
        "cho ấu trùng tôm thẻ chân trắng; nhóm nghiên cứu sẵn sàng chuyển giao quy trình cho trại giống.",
    ),
    (
        "oZo026",
        "vi",
        "tetraselmis",
        "Nuôi tảo Tetraselmis bằng môi trường dịch cá giá rẻ",
        "Bộ môn sinh học thủy sản chuyển giao cách nuôi Tetraselmis bằng dịch chiết cá tạp thay môi trường hóa chất, đạt "
        "khoảng 1.950 x 10³ tế bào/ml; tảo phát triển tốt ở độ mặn 20–25‰.",
    ),
    (
        "oZo027",
        "vi",
        "decaps_thai",
        "Bóc vỏ trứng artemia chi phí thấp bằng vôi và chlorine",
        "Quy trình tách vỏ trứng artemia dùng canxi oxit và canxi hypoclorit thay xút và natri hypoclorit, kết quả tương "
        "đương nhưng chi phí giảm từ 300 xuống 18 baht mỗi kg trứng. Trứng đã bóc vỏ nở tốt hơn và không đưa vỏ vào bể ương.",
    ),
    (
        "oZo028",
        "vi",
        "artemia_ehp",
        "Khử trùng artemia để cắt đường lây EHP vào bể ương",
        "Tư vấn xử lý và kiểm tra artemia trước khi cho ăn, vì artemia có thể mang bào tử EHP lây ngang sang ấu trùng tôm "
        "thẻ. Kèm khuyến cáo chọn nguồn trứng và kiểm tra EHP định kỳ trên thức ăn tươi.",
    ),
    (
        "oZo029",
        "vi",
        "seafdec_micro",
        "Thức ăn vi nang thay thế thức ăn tươi cho ấu trùng tôm he",
        "Tổng quan và tư vấn sử dụng thức ăn vi nang cho cả các giai đoạn ấu trùng sớm, khắc phục tan rã, thất thoát dinh "
        "dưỡng và làm bẩn nước; có thể dùng thay hoàn toàn hoặc bổ sung cho tảo và artemia ở quy mô trại.",
    ),
    (
        "oZo030",
        "vi",
        "vibrio_mientrung",
        "Giải pháp kiểm soát vi khuẩn Vibrio trong cơ sở sản xuất giống",
        "Viện nghiên cứu đã khảo sát và lấy mẫu 69 cơ sở sản xuất giống tôm nước lợ ở Khánh Hòa, Ninh Thuận, Bình Thuận để "
        "xác định các mối nguy lây Vibrio qua nước, thức ăn, chế phẩm và dụng cụ. Chuyển giao bộ giải pháp kiểm soát Vibrio "
        "cho trại giống.",
    ),
    (
        "oZo031",
        "vi",
        "pankep_phyto",
        "Chiến lược cho ăn tảo Skeletonema giảm hội chứng zoea",
        "Quy trình cho ấu trùng tôm thẻ F1 ăn tảo Skeletonema costatum từ Nauplius 6 đến Mysis 2, kết hợp thức ăn nhân tạo "
        "và artemia, ở 28°C, 30‰. Khi chuyển từ N6 sang Zoea 1, số ấu trùng chỉ giảm 2% (1.200.000 còn 1.175.600 con).",
    ),
    (
        "oZo032",
        "vi",
        "ozone_news",
        "Máy ozone xử lý nước cho trại giống thay chlorine",
        "Cung cấp và lắp máy tạo ozone để khử trùng nước cấp và bể ương: nồng độ 0,1–1 ppm trong 1–2 phút diệt khoảng 99% vi "
        "khuẩn, ozone tự phân hủy sau 10–20 phút và không để lại dư lượng clo.",
    ),
    (
        "oZo033",
        "vi",
        "vietuc_na",
        "Đào tạo quy trình sản xuất giống tôm thẻ tại trại thương mại",
        "Chương trình tham quan, thực tập tại trại giống lớn: nguồn nước và xử lý nước, vệ sinh trại và chuẩn bị nước, kỹ "
        "thuật ương ấu trùng đến khi xuất post.",
    ),
    (
        "oZo034",
        "vi",
        "slideshare_ctu",
        "Đào tạo kỹ thuật viên sản xuất giống thủy sản nước lợ",
        "Khóa thực tập thực tế của trường đại học tại trại sản xuất giống tôm thẻ, giúp kỹ thuật viên nắm quy trình từ tôm "
        "bố mẹ, ương ấu trùng đến thu post; có thể đặt hàng khóa riêng cho trại.",
    ),
    (
        "oZo035",
        "vi",
        "bacillus4",
        "Chủng Bacillus đối kháng Vibrio dùng trong bể ương ấu trùng",
        "Bốn chủng Bacillus phân lập từ ruột tôm khỏe, không gây tan huyết, đối kháng Vibrio, bổ sung 1 x 10⁵ CFU/ml mỗi "
        "ngày từ Nauplius V. Chủng tốt nhất đưa tỷ lệ sống ấu trùng lên khoảng 67%, cao hơn đối chứng.",
    ),
    (
        "oZo036",
        "vi",
        "water_treat_prawn",
        "Quy trình xử lý nước cấp cho trại sản xuất giống",
        "Hướng dẫn lắng, lọc cát sỏi và lõi lọc 5 µm rồi 2 µm, khử trùng bằng UV, ozone hoặc 20–50 mg/l hypoclorit, sục khí "
        "ít nhất 6 giờ và trung hòa clo dư bằng thiosulphate 3 mg/l cho mỗi 1 mg/l clo.",
    ),
    (
        "oZo037",
        "en",
        "diatoms_issuu",
        "Alternatives to on-site diatom culture for shrimp hatcheries",
        "Feed supplier offering concentrated and preserved diatom products to back up or replace on-site microalgae, since "
        "cultures in even well-run hatcheries fail to grow, become contaminated or crash.",
    ),
    (
        "oZo038",
        "en",
        "springer_algae",
        "Selection and nutritional profiling of microalgae for penaeid larvae",
        "University laboratory profiling fatty acids and growth of Chaetoceros, Tetraselmis, Thalassiosira, Isochrysis and "
        "Skeletonema and advising hatcheries which species and mixes suit zoea and mysis stages.",
    ),
    (
        "oZo039",
        "en",
        "iasri_algae",
        "Training on microalgae as the first feed of shrimp larvae",
        "Online module explaining why microalgae under 10 µm are the first feed for the critical larval stages: tiny mouth "
        "openings and primitive digestive enzymes limit what larvae can eat.",
    ),
    (
        "oZo040",
        "en",
        "decaps_ugent",
        "Artemia decapsulation training",
        "Course on removing the cyst shell chemically: hydration, hypochlorite treatment, washing and deactivation. "
        "Decapsulated cysts keep shells out of larval tanks, disinfect the product and give nauplii with more energy.",
    ),
    (
        "oZo041",
        "en",
        "artemia_hq",
        "Artemia cyst hatching-quality testing service",
        "Laboratory testing of artemia cyst lots for hatching percentage, hatching efficiency (nauplii per gram), hatching "
        "rate, synchrony and output, so hatcheries can compare suppliers and price.",
    ),
    (
        "oZo042",
        "en",
        "vibrio_artemia",
        "Vibrio control during artemia hatching and enrichment",
        "Protocol tested by a university aquaculture laboratory to lower Vibrio loads in artemia hatching and enrichment "
        "tanks, comparing microalgae, probiotic and disinfectant treatments before nauplii are fed to shrimp larvae.",
    ),
    (
        "oZo043",
        "en",
        "microcaps",
        "Microencapsulated larval diet with a whey-protein and mesquite-gum wall",
        "Spray-dried microcapsules whose composite wall protects ingredients from oxidation and leaching and gives suitable "
        "particle size and buoyancy; growth of penaeid larvae compared well with commercial feeds.",
    ),
    (
        "oZo044",
        "en",
        "replace_artemia",
        "Krill-hydrolysate microcapsules to replace artemia nauplii",
        "Microencapsulated feed for whiteleg larvae fed with Chaetoceros and Tetraselmis: survival and development matched "
        "live artemia, and adding krill hydrolysate raised growth to 11%/day against 7.5% for basal capsules.",
    ),
    (
        "oZo045",
        "en",
        "specialty_feeds",
        "Specialty larval feeds for shrimp larviculture",
        "Nitrogen-packed larval diets milled to very small particles with binders that keep them water-stable without "
        "lowering digestibility, matched to the changing gut and enzymes of each larval stage.",
    ),
    (
        "oZo046",
        "en",
        "liquid_diets",
        "Liquid larval diets to cut artemia cyst consumption",
        "Liquid feeds for shrimp larviculture developed to reduce the amount of artemia cysts a hatchery must buy, with "
        "feeding schedules from zoea to early postlarvae.",
    ),
    (
        "oZo047",
        "en",
        "bacillus4",
        "Probiotic Bacillus strains for whiteleg larval culture",
        "Four non-haemolytic Bacillus strains isolated from wild shrimp guts, antagonistic to pathogenic Vibrio, dosed at "
        "10^5 CFU/mL daily from nauplius V at 225 nauplii per litre; all raised larval survival over controls.",
    ),
    (
        "oZo048",
        "en",
        "probiotic_intech",
        "Probiotic programmes for larvae and juvenile whiteleg shrimp",
        "Consultancy on replacing antibiotics with probiotics against Vibrio parahaemolyticus, V. harveyi and V. alginolyticus "
        "in hatchery and nursery tanks, including strain choice and dosing route.",
    ),
    (
        "oZo049",
        "en",
        "probiotic_monodon",
        "Probiotic larval rearing of black tiger shrimp",
        "Hatchery trial results for P. monodon larvae: probiotic tanks kept more dissolved oxygen (6.12 vs 5.75 ml/l), less "
        "ammonia (0.15 vs 0.19 mg/l) and fewer Vibrio than controls, with higher survival at every larval stage.",
    ),
    (
        "oZo050",
        "en",
        "ozone_uv_ras",
        "Ozonation versus UV disinfection for brackish shrimp systems",
        "Comparison of ozone and ultraviolet treatment of brackish water for SPF whiteleg shrimp: ozone stabilised the "
        "microbial community, controlled nitrite and sped up nitrate breakdown. Advice on choosing and sizing disinfection.",
    ),
    (
        "oZo051",
        "en",
        "water_treat_prawn",
        "Intake water treatment protocol for hatcheries",
        "Step-by-step treatment of fresh and sea water: settling, gravel and sand filters, 5 and 2 µm cartridges, then UV, "
        "ozone or chlorine at 20–50 mg/l hypochlorite, at least 6 hours of aeration and thiosulphate to remove any residue.",
    ),
    (
        "oZo052",
        "en",
        "pankep_phyto",
        "Phytoplankton feeding strategy against zoea syndrome",
        "Larval feeding plan with live Skeletonema from nauplius 6 to mysis 2 plus artificial feed and artemia; larvae passed "
        "the nauplius-to-zoea moult with only 2% loss in 4 x 4 x 1.5 m tanks at 28°C and 30 ppt.",
    ),
    # --- 3. post-larvae quality: PCR for WSSV, EHP, AHPND; stress tests ---
    (
        "oZo053",
        "en",
        "jory_pl",
        "Pre-stocking postlarvae quality evaluation",
        "Service combining microscopic examination (gut fullness, mucus and debris on setae, opaque muscle, deformities), "
        "stress tests and PCR for key pathogens on each PL batch, plus a review of the hatchery's reputation and history.",
    ),
    (
        "oZo054",
        "en",
        "limsuwan",
        "Postlarval stage verification by rostrum spines",
        "Technicians count rostral spines to confirm PL age at delivery: PL10 shows three full spines and a fourth bud, PL12 "
        "four full spines. PL10 suits direct stocking; PL12 is advised where pond salinity is below 5 ppt.",
    ),
    (
        "oZo055",
        "en",
        "wouters",
        "Hatchery protocol audit to raise postlarvae quality",
        "Audit of hatchery practices using a multipart PL assessment (gross inspection, microscopy, stress tests, culture "
        "history). Poor PL quality has been linked to most early mortality syndrome outbreaks on farms.",
    ),
    (
        "oZo056",
        "en",
        "schina_monodon",
        "Stress-test protocol for black tiger postlarvae",
        "Standard test set for P. monodon PL: 15 minutes out of water, 30 minutes in 100–200 µL/L formalin, and abrupt "
        "salinity drops; healthy PL recover fast and survive near 100%, and PL tolerate fresh water for only about one hour.",
    ),
    (
        "oZo057",
        "en",
        "santhana",
        "WSSV and MBV screening of black tiger seedstock",
        "Laboratory screening of P. monodon postlarvae for monodon baculovirus by malachite green staining and for white spot "
        "virus by nested PCR, based on 2,999 farmer samples analysed between 2000 and 2003.",
    ),
    (
        "oZo058",
        "en",
        "fao_ahpnd",
        "Sensitive AHPND detection by nested PCR (AP4)",
        "Testing of postlarvae and environmental samples for the AHPND-causing Vibrio parahaemolyticus with the AP4 nested "
        "PCR, about 100 times more sensitive than single-step PCR, for low-level carriers.",
    ),
    (
        "oZo059",
        "en",
        "ria2_ahpnd",
        "AHPND monitoring for stocked ponds",
        "Research institute programme sampling shrimp every 10 days after stocking for histopathology and counting "
        "V. parahaemolyticus in water and shrimp; necrosis appeared between day 17 and day 77, mostly day 20–45.",
    ),
    (
        "oZo060",
        "en",
        "tpd_zeigler",
        "Managing transparent postlarvae disease in hatcheries",
        "Technical support for hatcheries facing TPD: empty guts and colourless hepatopancreas at PL2–PL4, then 80–100% "
        "mortality within 24–48 hours. Covers likely Vibrio causes, tank hygiene and health-management practices.",
    ),
    (
        "oZo061",
        "en",
        "ctu_ems",
        "Vibrio isolation and identification from shrimp hepatopancreas",
        "University laboratory isolating Vibrio from hepatopancreas, identifying them by API 20E and 16S rRNA sequencing and "
        "typing V. parahaemolyticus by rep-PCR and tlh, tdh and trh genes; 175 isolates characterised in an FAO project.",
    ),
    (
        "oZo062",
        "en",
        "shrimpvet_ehp",
        "Real-time PCR screening for EHP in postlarvae and pond sediment",
        "Laboratory service checking PL batches for Enterocytozoon hepatopenaei by real-time PCR before stocking and testing "
        "pond sediments between crops, as part of breaking the EHP chain from broodstock to grow-out.",
    ),
    (
        "oZo063",
        "en",
        "sabio",
        "Twelve-criterion postlarvae quality standard",
        "Hatchery standard covering PL10–12 age, length over 9 mm, uniformity over 90%, full hepatopancreas and gut, muscle to "
        "gut ratio, PCR negative for eight diseases (WSSV, EHP, AHPND and others), total Vibrio under 10^3 and over 95% "
        "survival after a 30-minute freshwater shock.",
    ),
    (
        "oZo064",
        "vi",
        "kienthuc_pl",
        "Hướng dẫn kiểm tra cảm quan tôm giống tại trại",
        "Tập huấn cách lấy ít nhất 200 con ở 4 góc bể bằng vợt lưới phù du, khuấy nước xem tôm bơi ngược dòng, soi đèn pin "
        "thử phản xạ, quan sát màu sắc và phần phụ bằng kính lúp 20 lần, đo chiều dài trên giấy kẻ ô li.",
    ),
    (
        "oZo065",
        "vi",
        "sabio",
        "Tiêu chuẩn chất lượng tôm giống 12 chỉ tiêu",
        "Công ty giống công bố 12 chỉ tiêu cho mỗi lô: tuổi PL10–12, dài trên 9 mm, đồng đều trên 90%, gan tụy và đường ruột "
        "đầy đủ, PCR âm tính 8 bệnh gồm đốm trắng, EHP, AHPND, Vibrio tổng dưới 10³ trên TCBS và sống trên 95% sau 30 phút "
        "sốc nước ngọt.",
    ),
    (
        "oZo066",
        "vi",
        "nn_ehp_rt",
        "Xét nghiệm tầm soát sớm EHP bằng realtime PCR",
        "Phòng xét nghiệm nhận mẫu tôm thẻ giống và tôm nuôi để phát hiện vi bào tử trùng EHP bằng realtime PCR, xét nghiệm "
        "định kỳ giúp phát hiện sớm bệnh chưa có thuốc đặc trị, thường bộc phát ở tôm 7–12 g hoặc 50–70 ngày tuổi.",
    ),
    (
        "oZo067",
        "vi",
        "cucthuy",
        "Phòng thử nghiệm áp dụng tiêu chuẩn realtime PCR cho bệnh tôm",
        "Phòng thử nghiệm thú y áp dụng bốn tiêu chuẩn cơ sở xét nghiệm bằng realtime PCR: virus đầu vàng (YHV), hội chứng "
        "Taura (TSV), vi khuẩn hoại tử gan tụy (NHP-B) và virus hoại tử cơ (IMNV) trên tôm nước lợ.",
    ),
    (
        "oZo068",
        "vi",
        "grs_lab",
        "Thiết kế, lắp đặt phòng xét nghiệm thủy sản tại vùng nuôi",
        "Doanh nghiệp thiết kế và trang bị phòng lab thủy sản đặt gần vùng nuôi: bố trí phòng, thiết bị, dụng cụ để làm "
        "các xét nghiệm cơ bản về nước và mầm bệnh phục vụ trại giống và hộ nuôi.",
    ),
    (
        "oZo069",
        "vi",
        "pcr_hue",
        "Tập huấn nguyên lý PCR trong chẩn đoán bệnh thủy sản",
        "Giảng viên trường đại học nông lâm tập huấn nguyên lý phản ứng PCR, cách lấy, bảo quản mẫu và đọc kết quả chẩn đoán "
        "bệnh do virus, vi khuẩn trên động vật thủy sản.",
    ),
    (
        "oZo070",
        "vi",
        "schina_monodon",
        "Bộ thử sức chịu đựng tôm sú giống",
        "Quy trình đánh giá post tôm sú: để khô 15 phút, ngâm formol 100–200 µl/l trong 30 phút và hạ độ mặn đột ngột; tôm "
        "khỏe hồi phục nhanh, tỷ lệ sống gần 100%. Độ mặn thích hợp cho post là 20–30‰.",
    ),
    (
        "oZo071",
        "vi",
        "jory_pl",
        "Dịch vụ đánh giá chất lượng post trước khi thả",
        "Kiểm tra mỗi lô post bằng kính hiển vi (độ đầy ruột, bẩn mang và lông tơ, đục cơ, dị hình), thử sốc và gửi mẫu PCR "
        "các bệnh chính, kèm đánh giá uy tín và lịch sử của trại cung cấp.",
    ),
    (
        "oZo072",
        "vi",
        "santhana",
        "Xét nghiệm MBV và đốm trắng cho tôm sú giống",
        "Nhuộm xanh malachite để phát hiện thể ẩn MBV và PCR lồng (nested PCR) phát hiện virus đốm trắng trên post tôm sú, "
        "theo phương pháp đã áp dụng cho gần 3.000 mẫu.",
    ),
    # --- 4. nursery ponds, raceways, greenhouse nurseries ---
    (
        "oZo073",
        "vi",
        "tepbac_uong",
        "Thiết kế ao ương giai đoạn đầu lót bạt",
        "Tư vấn làm ao ương nổi lót bạt chiếm 0,5–1% diện tích nuôi (thường 50–100 m²), bờ cao 1–1,2 m, nước 0,7–0,9 m, đáy "
        "dốc về cống để si-phông và san tôm. Ương post 12–15 trong 15–20 ngày rồi chuyển ra ao nuôi.",
    ),
    (
        "oZo074",
        "vi",
        "daclocc_uongsu",
        "Quy trình ương tôm sú giống trong ao đất",
        "Hướng dẫn chọn ao đáy cát pha 200–500 m², độ mặn 10–25‰, nước 50–80 cm; tẩy vôi 10–15 kg/100 m², phơi ao, diệt cá "
        "tạp, bón phân gây màu và lọc nước qua túi nhiều lớp trước khi thả tôm bột PL12–15 cỡ 0,9–1,1 cm.",
    ),
    (
        "oZo075",
        "vi",
        "dacloc_nhaluoi",
        "Quy trình ương tôm thẻ trong nhà lưới (tiến bộ kỹ thuật)",
        "Quy trình được công nhận tiến bộ kỹ thuật năm 2017: ao ương 500 m² kèm ao xử lý nước sẵn sàng, mật độ 0,5–1 con/lít, "
        "thả PL12–15, ương 25–30 ngày đạt 1–1,5 g/con với tỷ lệ sống 80–90%.",
    ),
    (
        "oZo076",
        "vi",
        "nhamang",
        "Nuôi tôm hai giai đoạn trong nhà màng",
        "Chuyển giao mô hình ương trong nhà màng mật độ 500–10.000 PL/m³ đến cỡ 0,3–3 g, thả nuôi từ PL45 trở lên, rút ngắn "
        "nuôi thương phẩm 20–30 ngày, tăng sản lượng 20–30% và giảm hệ số thức ăn 10–30%.",
    ),
    (
        "oZo077",
        "vi",
        "biofloc_density",
        "Tư vấn mật độ ương tôm post bằng biofloc trong bể",
        "Kết quả thử nghiệm ương post tôm thẻ trong bể biofloc sục khí mạnh ở 1.500, 3.000, 6.000 và 9.000 con/m³: tỷ lệ sống "
        "cao ở mọi mật độ, sinh khối tăng theo mật độ nhưng 6.000 và 9.000 con/m³ không khác biệt.",
    ),
    (
        "oZo078",
        "vi",
        "greenhouse_raceways",
        "Mương ương (raceway) trong nhà kính",
        "Thiết kế raceway đặt trong nhà kính, gần như không thay nước, kiểm soát nhiệt độ và mầm bệnh, cho phép ương giống quanh "
        "năm kể cả khi nhiệt độ ngoài trời chỉ thuận lợi 6–7 tháng.",
    ),
    (
        "oZo079",
        "vi",
        "browdy_nursery",
        "Thiết kế hệ thống ương thâm canh cao",
        "Tư vấn thiết kế hệ thống ương an toàn sinh học, nuôi post từ khoảng 2 mg lên đến 3 g ở mật độ cao, cho tôm khỏe, "
        "đồng cỡ, có tăng trưởng bù sau khi chuyển ra ao thương phẩm.",
    ),
    (
        "oZo080",
        "en",
        "browdy_nursery",
        "Design of hyper-intensive shrimp nurseries",
        "Engineering and management package for biosecure nurseries growing postlarvae from about 2 mg to as much as 3 g, "
        "giving strong, uniform juveniles with better FCR and survival in grow-out.",
    ),
    (
        "oZo081",
        "en",
        "aquatec_nursery",
        "In-pond hyper-intensive nursery tanks",
        "Supplier of nursery tanks placed in or beside the production pond, holding hatchery PL for one to four weeks before "
        "release into grow-out, as part of a two-phase culture system.",
    ),
    (
        "oZo082",
        "en",
        "aquadeals_nursery",
        "Nursery options from net cages to raceways",
        "Advisory service on the full range of nursery designs: net cages inside the grow-out pond, collapsible circular tanks "
        "on the dyke, brick tanks under greenhouses and computer-monitored raceways.",
    ),
    (
        "oZo083",
        "en",
        "greenhouse_raceways",
        "Greenhouse-enclosed raceways for biosecure nursery culture",
        "Design know-how from a mariculture research centre: greenhouse raceways with minimal water exchange, disease-vector "
        "control and climate control allow year-round nursery and inland production.",
    ),
    (
        "oZo084",
        "en",
        "biofloc_density",
        "Stocking-density guidance for super-intensive biofloc nurseries",
        "Results of nursery trials at 1,500 to 9,000 PL per m³ in heavily aerated biofloc tanks: survival stayed high, biomass "
        "rose with density and shrimp gained extra nutrition from the floc.",
    ),
    (
        "oZo085",
        "en",
        "samocha_nursery",
        "Zero-exchange biofloc nursery raceways with injector aeration",
        "62-day nursery protocol for 5- to 10-day-old whiteleg PL (about 0.93 mg) in raceways aerated and mixed by "
        "pump-driven injectors, with feed type, amount and particle size matched to PL size.",
    ),
    (
        "oZo086",
        "en",
        "nursery_system_comp",
        "Comparison of clear-water RAS, photo-heterotrophic and biofloc nurseries",
        "Trial data on water quality, growth and cost of whiteleg juveniles reared 35 days from 0.016 g at 500, 1,000 and "
        "1,500 per m³ in three indoor nursery systems, to guide the choice of system.",
    ),
    (
        "oZo087",
        "en",
        "esparza_salinity",
        "Nursery density, water exchange and salinity-stress tolerance",
        "Biofloc nursery study at 8,500 and 16,500 PL per m³ with and without 50% weekly exchange over 45 days; juveniles were "
        "challenged with sudden drops from 27 to 2 ppt and rises to 60 ppt to judge readiness for stocking.",
    ),
    (
        "oZo088",
        "en",
        "tepbac_uong",
        "Small lined nursery pond inside the grow-out farm",
        "Design of a raised, plastic-lined nursery pond covering 0.5–1% of the farm (50–100 m²) where PL12–15 are reared 15–20 "
        "days before transfer, raising survival compared with direct stocking.",
    ),
    (
        "oZo089",
        "en",
        "nhamang",
        "Transferring nursed juveniles from nursery to grow-out ponds",
        "Handling plan for moving 0.4–1 g juveniles: aerated 20-litre containers holding about 2 kg of shrimp for adjacent "
        "ponds, larger aerated tanks carrying 20–40 kg for longer distances, with oxygen and density kept in check.",
    ),
    (
        "oZo090",
        "en",
        "dacloc_nhaluoi",
        "Net-house nursery protocol for whiteleg postlarvae",
        "Vietnamese technical-advance protocol: 500 m² nursery ponds under net houses, a ready-treated water pond, 0.5–1 PL per "
        "litre, 25–30 days to 1–1.5 g and 80–90% survival.",
    ),
    # --- 5. transport and acclimation ---
    (
        "oZo091",
        "en",
        "ugent_transport",
        "Live broodstock transport service",
        "Transport of broodstock by tank, bagged water or chilled sawdust for air freight, with protective tubes on rostrums, "
        "chill packs, 12–24 hours of starvation before shipping and IATA-compliant packaging.",
    ),
    (
        "oZo092",
        "en",
        "prawn_transport",
        "Postlarvae packing in oxygenated bags",
        "Packing service: about 2,000 PL per bag with 3 litres of water, oxygen filled for 3–5 minutes with one-third water and "
        "two-thirds oxygen; packed PL can travel 24–36 hours to the farm.",
    ),
    (
        "oZo093",
        "en",
        "jory_accl",
        "Postlarvae acclimation protocol before pond stocking",
        "Step-by-step acclimation of PL from hatchery conditions to pond temperature, salinity and pH, changing each parameter "
        "slowly over hours to days, with checks on swimming activity and survival before release.",
    ),
    (
        "oZo094",
        "en",
        "srac_lowsal",
        "Acclimating whiteleg shrimp to inland low-salinity water",
        "Extension package for stocking P. vannamei in low-salinity ponds (the species tolerates 1–40 ppt): test ionic "
        "composition, acclimate PL gradually; pond yields up to 12,000 kg/ha have been reached at 2 ppt.",
    ),
    (
        "oZo095",
        "en",
        "jory_pl",
        "Low-stress handling audit from hatchery harvest to stocking",
        "Review of PL harvest at the hatchery, transport and stocking to minimise stress, because stressed PL released into "
        "ponds survive and grow less.",
    ),
    (
        "oZo096",
        "en",
        "vnua_sal",
        "Salinity step-down trials for black tiger juveniles",
        "University results: P. monodon juveniles moved from 20 to 5 ppt without acclimation fell to 60.7% survival against "
        "98.3% in controls; fast (3 hours) or slow (3 days) acclimation avoided the loss.",
    ),
    (
        "oZo097",
        "en",
        "tepbac_vc",
        "Planning postlarvae transport from hatchery to pond",
        "Advice on moving PL from the hatchery to the farm without weakening them, and on counting and stocking so survivors "
        "reach about 25–30 shrimp/m² in intensive ponds or 1–3/m² in improved extensive ponds.",
    ),
    (
        "oZo098",
        "vi",
        "nikolet",
        "Hướng dẫn thuần hóa tôm giống trước khi thả",
        "Quy trình chuẩn bị ao (pH 6,5–8,5, độ mặn 15–30‰, nhiệt độ 28–30°C), kiểm tra tôm giống rồi thuần từ từ nhiệt độ, độ "
        "mặn, pH để giảm sốc và hao hụt giai đoạn đầu.",
    ),
    (
        "oZo099",
        "vi",
        "microbelift",
        "Dịch vụ thuần dưỡng tôm giống trước khi thả ao",
        "Thuần dưỡng tôm giống trong bể tại trại nuôi từ vài giờ đến vài ngày để môi trường bể giống với ao nuôi, giúp tôm không "
        "sốc khi thả, đặc biệt ở ao ngoài trời biến động.",
    ),
    (
        "oZo100",
        "vi",
        "vnua_sal",
        "Kết quả thuần hóa độ mặn cho tôm sú giống",
        "Nghiên cứu của học viện nông nghiệp: tôm sú từ 20‰ thả thẳng xuống 5‰ chỉ sống 60,7%, xuống 10‰ sống 67%, so với "
        "98,3% ở lô không đổi độ mặn; thuần nhanh 3 giờ hoặc thuần chậm 3 ngày đều giữ được tỷ lệ sống.",
    ),
    (
        "oZo101",
        "vi",
        "tepbac_vc",
        "Hướng dẫn vận chuyển tôm giống từ trại về ao",
        "Tư vấn cách vận chuyển tôm giống đúng kỹ thuật để tôm không hao, không yếu khi đến ao, và tính mật độ thả sao cho tỷ "
        "lệ sống đạt 25–30 con/m² với ao công nghiệp.",
    ),
    (
        "oZo102",
        "vi",
        "daclocc_uongsu",
        "Kiểm đếm số lượng tôm giống khi nhận hàng",
        "Hướng dẫn đếm số tôm ở 3–5 bao bất kỳ, lấy trung bình nhân với tổng số bao để biết chính xác lượng giống nhận, kết "
        "hợp kiểm tra kích cỡ 0,9–1,1 cm và giấy kiểm dịch.",
    ),
    (
        "oZo103",
        "vi",
        "prawn_transport",
        "Đóng bao vận chuyển tôm post",
        "Dịch vụ đóng bao: khoảng 2.000 post mỗi bao chứa 3 lít nước, bơm oxy 3–5 phút, tỷ lệ 1 phần nước 2 phần oxy, buộc "
        "chặt; tôm có thể đi 24–36 giờ.",
    ),
    (
        "oZo104",
        "vi",
        "srac_lowsal",
        "Kiểm tra thành phần ion nước ao độ mặn thấp trước khi thả tôm thẻ",
        "Phân tích ion (Na, K, Ca, Mg, Cl) của nước giếng hoặc nước ngọt pha mặn, tư vấn thuần post xuống độ mặn thấp cho vùng "
        "nuôi xa biển; tôm thẻ chịu được 1–40‰.",
    ),
    (
        "oZo105",
        "vi",
        "jory_accl",
        "Bể thuần hóa tại trại nuôi và quy trình thuần",
        "Lắp bể thuần có sục khí tại bờ ao và hướng dẫn điều chỉnh dần nhiệt độ, độ mặn, pH từ điều kiện trại giống sang "
        "điều kiện ao, theo dõi hoạt động bơi trước khi thả.",
    ),
    # --- 6. biosecurity, certification, record-keeping ---
    (
        "oZo106",
        "en",
        "fao450",
        "Hatchery health management and biosecurity training",
        "Training based on FAO technical guidance for whiteleg hatcheries, compiled with 14 countries: broodstock and larval "
        "health, biosecurity maintenance and responsible operation to improve PL health.",
    ),
    (
        "oZo107",
        "en",
        "fao446_req",
        "Standard operating procedures and HACCP for shrimp hatcheries",
        "Consultancy writing SOPs and a HACCP plan covering infrastructure, inlet and waste water treatment, responsible "
        "chemical use and lab testing, with separate units for quarantine, maturation, spawning, larval rearing, algae and "
        "artemia.",
    ),
    (
        "oZo108",
        "en",
        "fao446",
        "Hatchery improvement programme for black tiger shrimp",
        "Programme drawn from India's roughly 300 P. monodon hatcheries (about 12,000 million PL a year): reducing wild "
        "broodstock risks, WSSV entry via water and broodstock, and poor biosecurity through better practices.",
    ),
    (
        "oZo109",
        "en",
        "thai_std",
        "Gap audit against a national marine shrimp hatchery standard",
        "Auditors prepare hatcheries for certification under the Thai agricultural standard for marine shrimp hatcheries "
        "(disease-free farm code), checking facilities, broodstock, larval rearing and records.",
    ),
    (
        "oZo110",
        "en",
        "mcintosh_ehp",
        "EHP biosecurity briefing for hatcheries and farms",
        "Expert briefing on EHP history and control: certified broodstock, disinfection, surveillance and the link with white "
        "faeces disease, with differences between Asian and American outbreaks.",
    ),
    (
        "oZo111",
        "en",
        "tcts_atsh",
        "Biosecurity dossier for brackish shrimp seed facilities",
        "Help applying Vietnam's 2020 biosecurity guideline for brackish shrimp seed production and nursing: hazard "
        "identification, facility requirements, water quality limits and the biosecurity dossier.",
    ),
    (
        "oZo112",
        "en",
        "vietgap_ppt",
        "Record-keeping and verification system for good aquaculture practice",
        "Templates and coaching for records on seed and broodstock, feed, chemicals, water, health and waste, plus document "
        "storage and internal verification procedures.",
    ),
    (
        "oZo113",
        "vi",
        "tcts_atsh",
        "Hướng dẫn thực hành an toàn sinh học và lập hồ sơ ATSH cơ sở giống",
        "Hỗ trợ cơ sở sản xuất, ương dưỡng giống tôm nước lợ áp dụng tài liệu ATSH ban hành theo Quyết định 169/QĐ-TCTS-NTTS "
        "ngày 09/3/2020: nhận diện mối nguy, yêu cầu điều kiện cơ sở và lập hồ sơ an toàn sinh học theo phụ lục.",
    ),
    (
        "oZo114",
        "vi",
        "vietgap_ppt",
        "Xây dựng chương trình thực hành và lưu trữ hồ sơ VietGAP",
        "Tư vấn xây dựng chương trình thực hành theo các quy chuẩn chọn giống, thả giống (kể cả tôm bố mẹ), thức ăn, thuốc, "
        "môi trường, sức khỏe tôm; hướng dẫn lưu trữ, quản lý hồ sơ và thủ tục thẩm tra.",
    ),
    (
        "oZo115",
        "vi",
        "fao450_vi",
        "Tập huấn quản lý sức khỏe và duy trì an toàn sinh học trại giống",
        "Khóa tập huấn dựa trên tài liệu FAO về quản lý sức khỏe và an toàn sinh học trong trại giống tôm thẻ chân trắng, "
        "giúp trại vận hành có trách nhiệm và nâng chất lượng post.",
    ),
    (
        "oZo116",
        "vi",
        "fao446_req",
        "Xây dựng quy trình thao tác chuẩn (SOP) và HACCP cho trại giống",
        "Tư vấn hạ tầng, bảo trì, xử lý nước cấp và nước thải, sử dụng hóa chất, xét nghiệm sức khỏe đàn tôm; lập SOP và phân "
        "tích mối nguy theo HACCP cho từng khu cách ly, nuôi vỗ, ương ấu trùng, tảo và artemia.",
    ),
    (
        "oZo117",
        "vi",
        "qd456",
        "Hồ sơ nguồn gốc và kiểm dịch tôm bố mẹ để truy xuất",
        "Thiết lập hệ thống lưu chứng chỉ nguồn gốc, giấy kiểm dịch và kết quả kiểm tra bệnh của từng lô tôm bố mẹ và post "
        "hậu bị, đáp ứng yêu cầu điều kiện sản xuất giống tôm thẻ chân trắng.",
    ),
    # --- distractors: neighbouring fields sharing words with the needs ---
    (
        "oZo118",
        "en",
        "oirsa_bmp",
        "Best management practice manual for whiteleg shrimp farms",
        "Regional manual (2010) of good practices for P. vannamei grow-out farms, prepared with health authorities of Central "
        "American countries; training for farm staff on pond management and animal health.",
    ),
    (
        "oZo119",
        "vi",
        "vietgap_st",
        "Tư vấn chứng nhận VietGAP cho hộ nuôi tôm thẻ thương phẩm",
        "Hỗ trợ hộ nuôi tôm thẻ thâm canh đạt VietGAP: xây ao lắng, kiểm dịch giống, mật độ khoảng 40 con/m²; ở vùng khảo sát "
        "105 hộ, năng suất 2,7–5,6 tấn/ha/vụ và 98% lô hàng đạt xét nghiệm xuất khẩu.",
    ),
    (
        "oZo120",
        "vi",
        "tcx_probiotic",
        "Chế phẩm sinh học cho ương ấu trùng tôm càng xanh",
        "Kết hợp hai chế phẩm sinh học trong ương ấu trùng tôm càng xanh theo quy trình nước trong, đạt tỷ lệ sống trung bình "
        "75,3% ở tôm bột 10 ngày tuổi và giảm mật độ Vibrio.",
    ),
    (
        "oZo121",
        "vi",
        "tcx_ras",
        "Hệ thống lọc tuần hoàn sản xuất giống tôm càng xanh toàn đực",
        "Chuyển giao hệ thống lọc tuần hoàn cho trại sản xuất giống tôm càng xanh toàn đực, loài sống chủ yếu ở nước ngọt.",
    ),
    (
        "oZo122",
        "vi",
        "tcx_kt",
        "Kỹ thuật xây trại và sản xuất giống tôm càng xanh",
        "Hướng dẫn chọn vị trí, thiết kế trại tôm càng xanh quy mô gia đình 50–500 m² (1–2 triệu tôm bột/năm) hoặc quy mô "
        "công ty 10–20 triệu PL/năm, mái che xen kẽ cho mô hình nước xanh.",
    ),
    (
        "oZo123",
        "vi",
        "tcx_camnang",
        "Cẩm nang nuôi và ương tôm càng xanh",
        "Tài liệu khuyến nông về đặc điểm sinh học, các mô hình ương tôm càng xanh trong ao, ruộng lúa, bể xi măng, giai lưới "
        "và kỹ thuật nuôi thịt trong ao.",
    ),
    (
        "oZo124",
        "vi",
        "tcx_uong",
        "Ương tôm càng xanh từ bột lên giống trong ao đất",
        "Quy trình ương tôm càng xanh nước ngọt qua các cỡ 2–3 cm, 4–6 cm, 7–8 cm trong ao 100–1.000 m² sâu 0,8–1,2 m, độ mặn "
        "dưới 10‰, pH 7–8,5.",
    ),
    (
        "oZo125",
        "vi",
        "travinh_cua",
        "Cung ứng cua biển giống cho vùng ven biển",
        "Cơ sở cung ứng cua biển giống cho các hộ ở Châu Thành, Cầu Ngang, Duyên Hải; mùa vụ vừa qua bà con đã thả gần 33 triệu "
        "con trên hơn 6.200 ha.",
    ),
    (
        "oZo126",
        "vi",
        "chitin_cantho",
        "Thu hồi chế phẩm caroten-protein từ phế liệu tôm",
        "Công nghệ tách chiết hóa học kết hợp sinh học để thu caroten-protein và khoáng trong quá trình sản xuất chitin từ đầu, "
        "vỏ tôm (chiếm 25–40% khối lượng nguyên liệu chế biến).",
    ),
    (
        "oZo127",
        "vi",
        "chitosan_vnf",
        "Chitosan phân tử lượng thấp từ xác tôm mịn",
        "Quy trình khử protein, khử khoáng, khử màu và deacetyl hóa xác tôm mịn (60–68% chitin) từ dây chuyền dịch đạm thủy "
        "phân để thu chitosan dùng trong nông nghiệp.",
    ),
    (
        "oZo128",
        "vi",
        "phupham_tsvn",
        "Tận dụng phụ phẩm tôm làm thức ăn và astaxanthin",
        "Chế biến đầu, vỏ tôm (40–70% khối lượng tôm) thành thức ăn cho cá, tôm giàu sắc tố, chiết astaxanthin và làm phân bón.",
    ),
    (
        "oZo129",
        "vi",
        "oligochitosan",
        "Bảo quản tôm nguyên liệu bằng oligochitosan",
        "Quy trình bảo quản tôm nguyên liệu sau thu hoạch bằng oligochitosan sản xuất theo công nghệ bức xạ coban 60, kháng "
        "khuẩn và tan trong nước.",
    ),
    (
        "oZo130",
        "en",
        "aerator",
        "Paddlewheel and diffuser aeration for shrimp ponds",
        "Supply of floating paddlewheel aerators and submerged blowers, venturi and turbine aerators to keep dissolved oxygen "
        "above 5 mg/l in enclosed grow-out ponds.",
    ),
    (
        "oZo131",
        "en",
        "autofeed_ching",
        "Auto-feeder placement in semi-intensive shrimp ponds",
        "Field guidance on mounting auto-feeder spouts 80–100 cm above the water, pellet size and spread, best water depth "
        "of 1.0–1.3 m without aeration and aerators near feeding areas.",
    ),
    (
        "oZo132",
        "en",
        "autofeed_ban",
        "Automatic feeders for intensive shrimp grow-out",
        "Autofeeders that deliver small, frequent feed doses over a circular area, cutting feed waste, stabilising oxygen, "
        "ammonia and nitrite and lowering FCR.",
    ),
    (
        "oZo133",
        "en",
        "autofeed_davis",
        "Automated feeding systems for pond production of whiteleg shrimp",
        "University trial results showing automated feeding more efficient than twice-daily hand feeding in commercial "
        "ponds, with less leaching and better growth.",
    ),
    (
        "oZo134",
        "en",
        "aeration_square",
        "Aerator layout for square grow-out ponds",
        "Design service placing paddlewheels by pond shape and biomass: mechanical aeration once biomass passes 2 t/ha, "
        "adding about 2 kW per extra tonne, while avoiding bottom scouring.",
    ),
    (
        "oZo135",
        "en",
        "autofeed_molina",
        "Grow-out feed pellets adapted to automatic feeders",
        "Feed manufacturer tuning the physical quality of grow-out shrimp pellets (feed is about 60% of operating cost) so "
        "they flow and spread well through automatic feeder hoppers.",
    ),
    (
        "oZo136",
        "en",
        "iot_aerator",
        "Automated control of pond paddlewheels from sensor data",
        "IoT system measuring pond water quality and switching paddlewheel aerators automatically instead of by hand, "
        "saving power on grow-out farms.",
    ),
    (
        "oZo137",
        "en",
        "ozone_natural",
        "Enclosed recirculating grow-out farm using ozone",
        "Indoor saltwater recirculating system producing fresh market shrimp year-round, using ozone for bacterial "
        "disinfection, dissolved organics and fine solids, with remote monitoring of the generators.",
    ),
    (
        "oZo138",
        "en",
        "ozone_ras_raceway",
        "Ozone in recirculating raceways for fish and shrimp grow-out",
        "Raceway production results with ozonation: shrimp tolerated 2.5 mg/l residual ozone for 3 hours and 1.0 mg/l for 24 "
        "hours; final shrimp yield 11.7 kg/m³ with ozone against 8.1 kg/m³ without.",
    ),
    (
        "oZo139",
        "vi",
        "tanhuyhoang",
        "Kỹ thuật nuôi tôm thẻ chân trắng thương phẩm",
        "Gói kỹ thuật nuôi thịt: vệ sinh ao, bón vôi 60–100 kg/1.000 m², xử lý nước, gây màu, nuôi 70–90 ngày ở mật độ "
        "150–200 con/m² trong ao đất, ao bạt hoặc RAS.",
    ),
    (
        "oZo140",
        "vi",
        "farmtech_health",
        "Đánh giá sức khỏe tôm tại ao nuôi",
        "Hướng dẫn hộ nuôi quan sát ao 2 lần/ngày: tôm chết, tôm nổi đầu, màu và mùi nước, cá bống tập trung gần bờ để phát "
        "hiện sớm thiếu oxy và khí độc.",
    ),
    (
        "oZo141",
        "vi",
        "intertrade_vibrio",
        "Xử lý bệnh do Vibrio trong ao nuôi tôm thương phẩm",
        "Giải pháp phòng và xử lý Vibrio cho ao nuôi thâm canh, bán thâm canh mật độ cao dùng thức ăn viên.",
    ),
    (
        "oZo142",
        "vi",
        "herbs_ahpnd",
        "Dịch chiết thảo dược phòng trị gan tụy cấp trên tôm thẻ",
        "Kết quả sàng lọc thảo dược kháng Vibrio parahaemolyticus; dịch chiết tỏi cho vòng kháng khuẩn 24,3 mm, thử nghiệm phòng "
        "và trị bệnh gan tụy cấp cho tôm nuôi.",
    ),
    (
        "oZo143",
        "vi",
        "probiotic_pond",
        "Probiotic xử lý nước ao nuôi tôm thương phẩm",
        "Sản phẩm vi sinh xử lý nước ao nuôi; ao thử nghiệm tôm thẻ đạt 14–15 tấn/ha sau 120 ngày so với 10,3 tấn/ha ở ao đối "
        "chứng, tôm sú đạt 9–10 tấn/ha.",
    ),
    (
        "oZo144",
        "vi",
        "probiotic_pond_thesis",
        "Chế phẩm vi sinh đối kháng Vibrio cho ao nuôi",
        "Đề tài cấp quốc gia tạo chế phẩm vi sinh đối kháng Vibrio gây hoại tử gan tụy cấp, khảo sát hiệu quả lên môi trường "
        "và sức khỏe tôm trong ao nuôi.",
    ),
    (
        "oZo145",
        "vi",
        "binhminh_algae_pond",
        "Quan trắc vi tảo trong ao nuôi tôm",
        "Dịch vụ theo dõi thành phần vi tảo và dinh dưỡng ao nuôi qua 15 tuần; tảo silic chiếm 72% trong 19 loài ghi nhận, "
        "chlorophyll a 5–33 µg/l.",
    ),
    (
        "oZo146",
        "en",
        "memart_live",
        "Live market-shrimp transport without water",
        "Logistics service moving live whiteleg shrimp to markets and exporters by cold anaesthesia and waterless packing in "
        "insulated foam boxes.",
    ),
    (
        "oZo147",
        "en",
        "jensen_bait",
        "Live-bait shrimp transport densities",
        "Study results on transport density for juvenile pink shrimp sold as live bait for sport fishing, to reduce losses "
        "in transit.",
    ),
    (
        "oZo148",
        "vi",
        "artemia_franciscana",
        "Nuôi sinh khối artemia và thức ăn cho artemia",
        "Kết quả thử nghiệm các loại thức ăn lên sinh trưởng, tỷ lệ sống và sinh sản của Artemia franciscana, phục vụ nuôi "
        "artemia sinh khối và thu trứng.",
    ),
    (
        "oZo149",
        "vi",
        "travinh_stc",
        "Mô hình nuôi tôm thẻ siêu thâm canh tại Cầu Ngang, Duyên Hải, Châu Thành",
        "Dự án khoa học công nghệ của tỉnh (5 tỷ đồng, 24 tháng) xây mô hình ao 1 ha mật độ 150–200 con/m² nhằm đạt 20–25 "
        "tấn/ha/vụ; nhận chuyển giao cho hộ nuôi.",
    ),
    (
        "oZo150",
        "en",
        "xky_lowsal",
        "Mineral and alkalinity management for low-salinity grow-out ponds",
        "Programme for ponds under 5 ppt: regular dosing of dissolved Ca, Mg and K, industrial salt to balance ions, "
        "alkalinity held at 100–150 mg/l and early water colouring to prevent soft shells and slow moulting.",
    ),
    (
        "oZo151",
        "en",
        "tanhuyhoang",
        "Whiteleg shrimp grow-out technical package",
        "Grow-out package from pond cleaning and liming to 70–90 day crops at 150–200 shrimp per m² in earthen, lined or RAS "
        "ponds, with a guide to common diseases.",
    ),
]
