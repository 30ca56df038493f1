"""Offers of holdout set 62 (fruit processing and beverages): (id, language, source key, title, description).

Distractors (neighbouring fields that share words with the needs) are kLo118-kLo150; see make_holdout62.py.
"""

OFFERS = [
    # --- juice pasteurisation, cold-pressed juice, non-thermal preservation ---
    (
        "kLo001",
        "vi",
        "memart_thanhtrung",
        "Tư vấn và cung cấp thiết bị thanh trùng nước trái cây",
        "Đơn vị thiết bị đồ uống tư vấn chọn phương pháp thanh trùng phù hợp cho nước trái cây (nhiệt độ thấp thời gian "
        "dài, nhiệt độ cao thời gian ngắn HTST, UHT), cung cấp thiết bị thanh trùng và hướng dẫn quy trình để diệt nấm men, "
        "nấm mốc, ngăn lên men ngoài ý muốn, giữ hương vị và kéo dài hạn dùng mà không cần chất bảo quản.",
    ),
    (
        "kLo002",
        "en",
        "tranp_steril",
        "HTST and UHT pasteurisers sized to juice pH",
        "Equipment maker supplying plate and tubular pasteurisers for fruit and vegetable juices. Acidic juices (pH below "
        "4.5) are treated by high-temperature short-time pasteurisation at 93±2 °C for 10-30 s; low-acid juices need "
        "122-126 °C for several minutes against Bacillus, or UHT at 135-150 °C for 2-3 s. Enzyme inactivation included.",
    ),
    (
        "kLo003",
        "en",
        "goodnature_hpp",
        "Toll high-pressure processing (HPP) for bottled cold-pressed juice",
        "Bottled raw juice is loaded into a water-filled chamber and held at up to 85,000 psi for one to several minutes, "
        "giving a 5-log reduction of microorganisms. Shelf life rises from 3-5 days for raw juice to about 30-45 days, "
        "which lets small brands sell wholesale to retailers. Service for juice makers without their own HPP unit.",
    ),
    (
        "kLo004",
        "en",
        "drdetox_hpp",
        "HPP preservation of fruit smoothies and juices",
        "Preservation service for sealed smoothies and juices using high pressure up to 6,000 bar transmitted through "
        "water, instead of heat; kills spoilage organisms and extends the use-by date to around 30 days while keeping "
        "fresh taste.",
    ),
    (
        "kLo005",
        "en",
        "hppfresh_shelf",
        "Shelf-life consulting for cold-pressed raw juice producers",
        "Advisory for juice bars and small cold-pressed producers: choice of sound raw fruit, fully cold extraction with "
        "products kept at or below 5 °C as FDA recommends, acidifying recipes with low-pH juices, cold-chain delivery and "
        "hygiene, so that unpasteurised juice keeps its colour and taste for 3-5 days; HPP options for longer life.",
    ),
    (
        "kLo006",
        "en",
        "mdpi_uv",
        "UV-C (253.7 nm) juice pasteurisation: process review and trials",
        "University food-engineering group (Universiti Putra Malaysia) offers its review and lab expertise on ultraviolet "
        "UV-C pasteurisation and shelf-life extension of fruit juices, including how juice colour, turbidity and "
        "composition limit UV efficacy and how to design the treatment equipment.",
    ),
    (
        "kLo007",
        "en",
        "fsm_uvc",
        "Continuous UV-C reactor for turbid juices and cold-pressed drinks",
        "Non-thermal continuous UV-C treatment at 254 nm for juices with low UV transmittance (below 30% for clear "
        "juices, near 0 for pulpy ones), using thin-film, static-mixer or Dean-flow coiled-tube reactors. Lower start-up "
        "and running costs than HPP, no batch handling and free choice of packaging.",
    ),
    (
        "kLo008",
        "vi",
        "pdfcoffee_nuocepdua",
        "Quy trình sản xuất nước ép dứa dạng đục",
        "Nhóm công nghệ thực phẩm Trường Đại học Nông Lâm TP.HCM chia sẻ quy trình sản xuất nước ép dứa dạng đục: "
        "thành phần nguyên liệu, các công đoạn chế biến, chất ổn định trạng thái nước quả đục và các yếu tố ảnh hưởng "
        "chất lượng nước dứa khi chế biến và bảo quản.",
    ),
    (
        "kLo009",
        "vi",
        "doan_codac",
        "Thiết kế thiết bị cô đặc nước quả bằng phương pháp lạnh",
        "Tính toán, thiết kế hệ thống cô đặc lạnh cho nước cam (đồ án quá trình và thiết bị): cô đặc ở nhiệt độ thấp để "
        "giữ hương, màu và vitamin của nước quả; có thể áp dụng cho nước quả cô đặc làm nguyên liệu.",
    ),
    (
        "kLo010",
        "en",
        "foodsafety_nonthermal",
        "Spoilage-bacteria control in fruit juices and fruit drinks",
        "Advisory based on a review of spoilage organisms in juices (Acetobacter, Alicyclobacillus, Bacillus, "
        "Clostridium, Lactobacillus, Leuconostoc, Zymomonas and others) and of promising non-thermal technologies to "
        "control them, in the frame of the US Juice HACCP rule of 2001.",
    ),
    (
        "kLo011",
        "en",
        "microwave_steril",
        "Cold sterilisation systems for fruit juice",
        "Supplier of physical cold-sterilisation equipment for juices - high-voltage pulsed electric field, pulsed strong "
        "light, electrostatic field and microwave units - avoiding the discolouration, stale taste and nutrient loss that "
        "heat pasteurisation and UHT can cause, and without chemical sterilants.",
    ),
    # --- fruit wine ---
    (
        "kLo012",
        "vi",
        "tailieubk_thanhlong",
        "Kỹ thuật lên men rượu vang từ dịch ép thanh long",
        "PGS.TS. Trần Minh Tâm (Đại học Văn Lang) chuyển giao kỹ thuật lên men rượu vang từ dịch ép trái thanh long, so "
        "sánh hiệu quả lên men của 3 chủng nấm men Saccharomyces để chọn chủng thích hợp, giúp tiêu thụ thanh long dư "
        "thừa và tăng thu nhập cho nhà vườn.",
    ),
    (
        "kLo013",
        "vi",
        "luanvan_thanhlong",
        "Thông số chế biến rượu vang đỏ từ thanh long ruột đỏ",
        "Kết quả luận văn thạc sĩ về các yếu tố ảnh hưởng đến quá trình chế biến rượu vang đỏ từ thanh long ruột đỏ "
        "(Hylocereus): tỷ lệ pha loãng, độ Brix, pH, lượng nấm men, nhiệt độ và thời gian lên men; sẵn sàng hướng dẫn "
        "áp dụng cho cơ sở sản xuất.",
    ),
    (
        "kLo014",
        "en",
        "mdpi_dragonwine",
        "Optimised fermentation parameters for red dragon fruit wine",
        "Ho Chi Minh City University of Industry and Trade, with Caty Foods and other partners, optimised red dragon fruit "
        "(Hylocereus polyrhizus) wine: yeast-strain selection and fermentation conditions and their effect on alcohol, "
        "acids and volatile composition. Available for technology transfer to wineries.",
    ),
    (
        "kLo015",
        "en",
        "ipi_dragon",
        "Licensable process: dragon fruit 'red wine' with non-Saccharomyces yeasts",
        "Technology offer for a dragon fruit-derived alcoholic beverage fermented with non-Saccharomyces yeasts: yeast "
        "selection, starter preparation, juice adjustment despite the mucilage, fermentation control and quality "
        "assessment. Gives lower alcohol, stable red-purple betalain colour and fruity aroma; fits wineries, breweries and "
        "beverage makers in tropical regions.",
    ),
    (
        "kLo016",
        "en",
        "sasev_mango",
        "Mango wine with selected Saccharomyces cerevisiae strains",
        "Research know-how comparing mango wines fermented with S. cerevisiae EC1118, CICC1028 and MERIT.ferm: about 8% "
        "(v/v) ethanol, sugars almost exhausted, malic acid reduced, and strain-dependent levels of higher alcohols, "
        "acetates and ethyl esters, so a maker can pick the yeast for the aroma style wanted.",
    ),
    (
        "kLo017",
        "en",
        "longdom_mango",
        "Mango fruit wine from surplus fruit: baker's yeast or spontaneous fermentation",
        "Procedure evaluated on mango: 2.5 kg pulp blended 1:1 with sterile water, 0.5 mg/L sodium metabisulphite, "
        "4 days primary and 7 days secondary fermentation. Soluble solids fall from 20 to 7 °Brix; final wines reach "
        "10.5% (baker's yeast) and 8.5% (spontaneous) alcohol with acceptable sensory scores, reducing post-harvest loss.",
    ),
    (
        "kLo018",
        "en",
        "bdu_mango",
        "Process optimisation for mango wine by variety, time and temperature",
        "University study transferring settings for mango wine: varieties Tommy, Kent and Keitt, fermentation 6-14 days "
        "at 20 or 25 °C. Tommy juice has 17.17 °Brix; the highest alcohol, 7.2%, came from Tommy at 25 °C for 14 days, "
        "with vitamin C and phenolics above grape wine controls.",
    ),
    (
        "kLo019",
        "vi",
        "giathe_vang",
        "Hướng dẫn làm rượu vang trái cây (dứa, xoài, nho)",
        "Tài liệu và tư vấn làm rượu vang trái cây quy mô nhỏ: chọn trái có cân bằng đường và axit, độ đường lý tưởng "
        "20-25 °Brix cho nấm men chuyển thành cồn và CO2, chuẩn bị nguyên liệu, lên men tự nhiên an toàn và ủ rượu.",
    ),
    (
        "kLo020",
        "vi",
        "cholaithieu_ruou",
        "Kỹ thuật nấu và chưng cất rượu trái cây",
        "Hướng dẫn toàn diện: sơ chế trái, chỉnh bỗng về 22-24 °Brix, lên men sơ cấp với men chuyên dụng ở 25-30 °C "
        "trong 5-8 ngày, lọc bã và lên men thứ cấp, chưng cất (tuỳ chọn) để nâng độ rượu, ủ trong chum sành hoặc gỗ.",
    ),
    (
        "kLo021",
        "vi",
        "lenmen_thanhlongdua",
        "Đồ uống lên men từ hỗn hợp nước thanh long ruột đỏ và dứa",
        "Luận văn thạc sĩ Trường Đại học Công nghệ TP.HCM (hướng dẫn TS. Lâm Văn Mân) xây dựng quy trình chế biến nước "
        "uống lên men từ hỗn hợp nước ép thanh long ruột đỏ và dứa; chuyển giao công thức phối trộn và chế độ lên men.",
    ),
    (
        "kLo022",
        "en",
        "foodrecap_dragon",
        "Small-batch dragon fruit wine procedure with batch QC",
        "Simple method: 1 L juice, 100 g sugar, ½ teaspoon active dry yeast, juice pasteurised 15 min at 70 °C, "
        "3-4 weeks fermentation, then ageing. Batch standardisation by measuring sugar, pH, titratable acidity and "
        "alcohol and adjusting with Pearson's square; dragon fruit wine is also made at Cavite State University.",
    ),
    (
        "kLo023",
        "vi",
        "memart_ruou",
        "Quy trình làm rượu trái cây từ chọn trái đến bảo quản",
        "Tài liệu hướng dẫn quy trình làm rượu trái cây: chọn và chuẩn bị nguyên liệu, lên men, chưng cất nếu cần, lọc "
        "và bảo quản, kèm lưu ý kỹ thuật và các vấn đề pháp lý khi sản xuất và bán rượu trái cây.",
    ),
    (
        "kLo024",
        "vi",
        "lenmen_nhietdoi",
        "Công nghệ lên men rượu vang từ dịch trái cây nhiệt đới",
        "Luận văn khảo sát công nghệ lên men từ một số dịch trái cây vùng nhiệt đới (hướng dẫn PGS.TS. Trần Minh Tâm): "
        "phân loại rượu vang, chế độ lên men, các bệnh thường gặp của rượu vang (vang dính, chua lactic...) và cách "
        "phòng tránh.",
    ),
    # --- fruit vinegar ---
    (
        "kLo025",
        "en",
        "pmc_pinvinegar",
        "Pineapple-peel vinegar with a thermotolerant acetic acid bacterium",
        "Process using Acetobacter pasteurianus FPB2-3 and simultaneous vinegar fermentation on whole pineapple peel with "
        "DAP and MgSO4 at pH 5.5: 7.2% (w/v) acetic acid within 16 days, 6.5% after 25 days at 6 L scale; the peel "
        "vinegar has higher phenolics and antioxidant capacity than juice vinegar.",
    ),
    (
        "kLo026",
        "en",
        "pmc_fruitvinegar",
        "Fruit vinegar process design: surface or submerged acetification",
        "University of Cádiz expertise on fruit vinegars from surplus or second-grade fruit: juice preparation by crushing "
        "or pressing, spontaneous versus inoculated alcoholic fermentation, surface versus submerged acetification, "
        "commercial starters and thermotolerant acetic bacteria.",
    ),
    (
        "kLo027",
        "en",
        "mdpi_pinedragon_vinegar",
        "Vinegar from low-grade pineapple blended with dragon fruit",
        "Kasetsart University process turning low-grade pineapples into vinegar by surface culture fermentation, with "
        "dragon fruit juice added; compares chemical properties of plain pineapple and mixed pineapple-dragon fruit "
        "vinegar.",
    ),
    (
        "kLo028",
        "en",
        "da_vinegar",
        "'Acetator' for converting coconut water into vinegar in 16 hours",
        "Government programme package: the Acetator equipment developed by the Department of Science and Technology turns "
        "coconut water into vinegar in 16 hours; training on natural vinegar from coconut sap, coconut water, nipa sap, "
        "sugarcane and banana, and support for village-level vinegar processing facilities.",
    ),
    (
        "kLo029",
        "en",
        "tambayan_cocovinegar",
        "Coconut-water vinegar recipe for household and village processors",
        "ITDI procedure: 3 L coconut water, 2¼ cups sugar, ¼ teaspoon yeast and 1 L mother vinegar; strain, dissolve "
        "sugar, pasteurise 20 min at 65 °C, ferment covered 4-7 days, decant and reheat, add the starter and leave about "
        "a month until maximum acidity.",
    ),
    (
        "kLo030",
        "en",
        "scribd_cocovinegar",
        "Coconut sap and coconut water vinegar production guide",
        "Extension leaflet on natural coconut vinegar: sugar (10-12%) fermented to ethanol by Saccharomyces cerevisiae, "
        "then oxidised to acetic acid by Acetobacter aceti. Procedures for sugared coconut water (pasteurised 60-65 °C, "
        "2-3 weeks) and for tapped sap (toddy) with a vinegar starter.",
    ),
    (
        "kLo031",
        "vi",
        "kag_giamtao",
        "Thiết bị và quy trình sản xuất giấm trái cây quy mô vừa và nhỏ",
        "KAG Việt Nam cung cấp máy rửa hoa quả, máy thái, máy nghiền trái cây và thùng lên men inox có van xả đáy, nắp "
        "đậy, kèm quy trình làm giấm táo mèo: sơ chế, lên men rượu, lên men giấm, lọc và đóng chai bảo đảm vệ sinh.",
    ),
    (
        "kLo032",
        "vi",
        "giamdieu",
        "Lên men giấm hai giai đoạn từ dịch quả điều",
        "Đề tài tận dụng quả điều phế phẩm để sản xuất giấm: lên men rượu từ dịch quả rồi lên men giấm bằng vi khuẩn "
        "acetic, thay cho cách lên men trực tiếp; chuyển giao chế độ lên men và kiểm soát độ chua.",
    ),
    (
        "kLo033",
        "vi",
        "laodong_giamchuoi",
        "Hướng dẫn làm giấm chuối và giấm táo trong vắt",
        "Cách tạo giấm cái từ chuối chín, nước dừa tươi và rượu, để nơi thoáng mát 45-60 ngày đến khi hình thành lớp "
        "con giấm; chiết giấm nhẹ nhàng, giữ con giấm để nhân giống cho mẻ sau.",
    ),
    (
        "kLo034",
        "vi",
        "xetai_lenmengiam",
        "Tối ưu quá trình lên men giấm bằng vi khuẩn acetic",
        "Thông tin kỹ thuật về lên men giấm: Acetobacter oxy hóa ethanol thành acetaldehyde rồi axit axetic; nồng độ "
        "ethanol ban đầu tối ưu 5-10%, nhiệt độ 25-30 °C, cần cấp oxy; hướng dẫn tối ưu hiệu suất sản xuất.",
    ),
    # --- coconut water, nata de coco, makapuno ---
    (
        "kLo035",
        "en",
        "iit_cocowater",
        "Membrane microfiltration giving bottled coconut water 18 weeks of life",
        "IIT Kharagpur membrane process removes bacteria and the sites of spoilage (polyphenol oxidase, large proteins) "
        "from coconut water without preservatives; untreated water lasts 24 hours, treated water about 18 weeks under "
        "refrigeration in aseptic packs, with taste panels confirming quality.",
    ),
    (
        "kLo036",
        "en",
        "cocoinformer",
        "Options to prolong coconut water shelf life",
        "Guidance on coconut water preservation: chilling, pasteurisation at 75-85 °C for 15-120 s (about one week "
        "refrigerated), UHT at 137-145 °C for 4-15 s, and control of pinking and browning caused by enzymatic oxidation.",
    ),
    (
        "kLo037",
        "en",
        "fao_cocowater",
        "FAO cold-preservation processes for coconut water",
        "Three scalable processes for cold preservation of coconut water developed in FAO projects, each with a chain "
        "approach: harvest at optimal maturity (7-9 months), careful handling, washing and sanitising nuts, GHP/GMP and "
        "temperature control during cutting, filtration and bottling.",
    ),
    (
        "kLo038",
        "en",
        "pca_youngcoco",
        "Bottled young coconut water: village-scale process",
        "Philippine Coconut Authority guide: select sound young nuts, wash and sanitise in chlorinated water, extract, "
        "optionally add meat and 20% water, bottle in PET and keep at 4 °C for 14 days or more; cold preservation with "
        "filtration keeps 10 days to 3 weeks; microfiltration option.",
    ),
    (
        "kLo039",
        "en",
        "gayathry_nata",
        "Nata de coco from mature coconut water with Gluconacetobacter xylinum",
        "TNAU process by static fermentation with strain sju-1 isolated from sugarcane juice: about 250 g/L nata and "
        "15 mm thickness in mature coconut water, 87.14% water holding, 11.25 g crude fibre; product formulated in sugar "
        "syrup coloured with beetroot pigment.",
    ),
    (
        "kLo040",
        "en",
        "dpoint_nata",
        "Nata de coco production inputs and starter-culture management",
        "Know-how on nata de coco: coconut water with sugar, nitrogen-phosphorus sources, citric or acetic acid to pH 3-4 "
        "and Acetobacter xylinum starter; preparing starter by reusing post-fermentation liquid to limit contamination.",
    ),
    (
        "kLo041",
        "vi",
        "nhandan_vicosap",
        "Gia công và chuyển giao công nghệ chế biến dừa sáp",
        "Doanh nghiệp chế biến dừa sáp ở Cầu Kè (thương hiệu Vicosap) có thiết bị và công nghệ làm dừa sáp hút chân "
        "không, kẹo dừa sáp, dừa sáp sợi, dừa sáp sấy lạnh giòn, sữa chua dừa sáp; nhận gia công và chia sẻ kinh "
        "nghiệm đạt chuẩn OCOP 4-5 sao.",
    ),
    (
        "kLo042",
        "vi",
        "hiephoidua_sanpham",
        "Tư vấn đa dạng hóa sản phẩm chế biến từ dừa",
        "Viện Nghiên cứu Dầu và Cây có Dầu giới thiệu hơn 20 sản phẩm dừa của Việt Nam đã xuất khẩu (cơm dừa nạo sấy, "
        "nước dừa đóng hộp, thạch dừa, dầu dừa, than gáo dừa...) và tư vấn lựa chọn công nghệ chế biến dừa.",
    ),
    (
        "kLo043",
        "vi",
        "langnghe_thachdua",
        "Cung ứng thạch dừa thô và hướng dẫn ủ lên men nước dừa",
        "Các hộ làm thạch dừa ở cù lao Hưng Phong có gần 15 năm kinh nghiệm ủ nước dừa lên men thành thạch dừa thô, "
        "cung ứng cho cơ sở chế biến thạch tinh; nhận hướng dẫn kỹ thuật ủ cho hộ mới tham gia.",
    ),
    # --- dried and candied fruit ---
    (
        "kLo044",
        "vi",
        "odffood_say",
        "Quy trình sản xuất trái cây sấy khô 7 bước",
        "Doanh nghiệp chế biến hạt và trái cây sấy chia sẻ quy trình 7 bước từ chọn nguyên liệu đến đóng gói, so sánh "
        "sấy nhiệt, sấy lạnh và sấy thăng hoa về màu, mùi và thời gian bảo quản.",
    ),
    (
        "kLo045",
        "vi",
        "scribd_saydeo",
        "Công nghệ chế biến trái cây sấy dẻo",
        "Tài liệu công nghệ sấy dẻo: sấy bằng gió trong buồng kín ở 50-70 °C, tương đương phơi nắng, không thấm dầu và "
        "không caramel hóa; sấy đến độ ẩm nhất định rồi làm nguội, đóng gói; giữ vitamin, chất xơ và khoáng.",
    ),
    (
        "kLo046",
        "vi",
        "memart_saydeo",
        "Quy trình sấy dẻo trái cây đạt chuẩn xuất khẩu",
        "Hướng dẫn các bước sấy dẻo trái cây (chọn, rửa, cắt, sấy giảm ẩm), so sánh sấy dẻo và sấy giòn, chi phí sản "
        "xuất và yêu cầu để sản phẩm đạt chuẩn xuất khẩu.",
    ),
    (
        "kLo047",
        "vi",
        "khocn_saylanh",
        "Máy sấy lạnh hoa quả giữ màu và hương",
        "Hệ thống sấy lạnh dùng không khí khô 10-50 °C thổi đều qua nguyên liệu, tách ẩm không phá cấu trúc tế bào, độ "
        "ẩm cuối 5-10%; xoài sấy vẫn vàng tươi, dẻo nhẹ, không sậm màu hay cháy cạnh như sấy nóng.",
    ),
    (
        "kLo048",
        "vi",
        "tusayyen_thanghoa",
        "Tư vấn chọn công nghệ sấy lạnh hay sấy thăng hoa",
        "Kỹ sư thiết kế và vận hành máy sấy công nghiệp tư vấn chọn giữa sấy lạnh (10-50 °C, giữ màu và mùi) và sấy "
        "thăng hoa cho nông sản giá trị cao như sầu riêng, trái cây xuất khẩu, tổ yến, để đầu tư hiệu quả.",
    ),
    (
        "kLo049",
        "vi",
        "khocn_thanghoa_mut",
        "Kỹ thuật sấy thăng hoa mứt Tết",
        "Quy trình sấy thăng hoa mứt (bí, dừa, gừng, sen): sên đường đến độ ẩm 15-25%, để nguội, xếp một lớp trên khay "
        "60x80 cm có lưới silicon, cấp đông -35 đến -40 °C trong 4-8 giờ rồi sấy chân không; giữ 99% hình dáng và màu.",
    ),
    (
        "kLo050",
        "en",
        "scielo_od",
        "Osmotic dehydration pretreatment before hot-air drying of mango",
        "Colombian university research on drying mango with an osmotic dehydration pretreatment to cut water activity "
        "and protect the tissue before hot-air drying, addressing post-harvest losses of about 58% for fruits and "
        "vegetables.",
    ),
    (
        "kLo051",
        "en",
        "mdpi_mwod",
        "Microwave osmotic dehydration of mango cubes with maltodextrin-sucrose spray",
        "McGill University process: continuous spray of sucrose:maltodextrin (85:15) solution under microwaves, then "
        "finish air-drying; optimum chosen over 30-70 °C, 30-70% solute, 10-50 min contact and 0.8-3.8 L/min flow for "
        "lower sugar uptake and better dried-product quality.",
    ),
    (
        "kLo052",
        "en",
        "giraldo_candied",
        "Candied mango by two-step osmotic dehydration and air drying",
        "Valencia Polytechnic University method: mango cubes candied in two osmotic steps (vacuum impregnation in the "
        "first) with sucrose at 25-65 °Bx, then air-dried at 35 °C to 80-90% soluble solids; 45 °Bx in both steps gave "
        "the best solute retention on rehydration.",
    ),
    (
        "kLo053",
        "en",
        "foodrecap_candystrip",
        "Dried fruit candy strips: choosing fruit ripeness",
        "Guidance for making strip-like dried candy from pineapple, mango, banana, papaya, guyabano and jackfruit: use "
        "firm-ripe fruit, since soft fruit above 50% water dries thin and crippled; immature fruit works with adjusted "
        "ingredients and process.",
    ),
    (
        "kLo054",
        "en",
        "mdpi_mangodehyd",
        "Comparison of mango dehydration technologies (systematic review)",
        "Review of 76 documents out of 134 (2000-2022) comparing mango dehydration technologies - convective hot air, "
        "freeze drying and others - for their effects on physicochemical, nutritional and sensory quality; used to "
        "advise processors on technology choice.",
    ),
    (
        "kLo055",
        "en",
        "cucdc_pineappledry",
        "Medium-scale dried pineapple line",
        "Line design: grading, Ginaca sizing and coring (120 fruits/min) or a small sizer-corer for 7 cm fruit, slicing "
        "and segmenting, sulphiting dip, double tray or stove dryer at 63 °C first stage and 65-68 °C finish to avoid "
        "caramelisation; moisture from 85% to 15-18%, drying ratio 6:1.",
    ),
    (
        "kLo056",
        "vi",
        "chienchankhong",
        "Công nghệ chiên chân không rau quả",
        "Chiên trong điều kiện chân không 200-600 mmHg ở nhiệt độ dưới 130 °C để giảm nhiệt độ sôi của nước, giữ màu và "
        "hương tự nhiên, giảm lượng dầu trong sản phẩm và hạn chế acrylamide; dùng làm snack mít, chuối, khoai.",
    ),
    (
        "kLo057",
        "vi",
        "mansaydeo",
        "Quy trình sản xuất mận sấy dẻo",
        "Khóa luận Khoa Công nghệ thực phẩm, Học viện Nông nghiệp Việt Nam (2021) nghiên cứu quy trình mận sấy dẻo: xử "
        "lý nguyên liệu, ngâm đường, chế độ sấy và bảo quản; áp dụng được cho các loại quả sấy dẻo khác.",
    ),
    (
        "kLo058",
        "vi",
        "saynongsan",
        "Phương pháp và thiết bị sấy nông sản, sấy năng lượng mặt trời",
        "Tài liệu về các phương pháp sấy (đối lưu, bức xạ, tiếp xúc, thăng hoa, cao tần) và thiết bị sấy năng lượng mặt "
        "trời trực tiếp, gián tiếp, có bộ thu riêng; công nghệ đơn giản, chi phí đầu tư và vận hành thấp.",
    ),
    # --- fruit powders ---
    (
        "kLo059",
        "en",
        "jfrm_spray",
        "Spray-drying parameters for fruit powders",
        "UCSI University review on powdered fruits: inlet temperature, maltodextrin concentration and air flow raise yield "
        "and cut moisture; inlet temperature, maltodextrin and feed rate govern solubility; guidance on carrier agents, "
        "atomisation rate and hygroscopicity for stable powders.",
    ),
    (
        "kLo060",
        "en",
        "docslib_chokeberry",
        "Tapioca dextrin as spray-drying carrier for fruit juice powders",
        "Semi-industrial spray drying with tapioca dextrin instead of maltodextrin improved flowability, yield and "
        "bioactive retention; best settings 160 °C inlet air and 15,000 rpm rotary atomiser (Poznań University of Life "
        "Sciences).",
    ),
    (
        "kLo061",
        "vi",
        "saypun_cachua",
        "Tối ưu hóa quá trình sấy phun dịch quả",
        "Viện Dinh dưỡng tối ưu sấy phun dịch cà chua bằng quy hoạch thực nghiệm: tỷ lệ maltodextrin/chất khô 52%, nhiệt "
        "độ không khí sấy 133 °C, tốc độ nhập liệu 27 ml/phút, hiệu suất 74,2%; phương pháp áp dụng cho bột quả khác.",
    ),
    (
        "kLo062",
        "vi",
        "saypun_ladua",
        "Sấy phun bột hòa tan từ dịch thực vật",
        "Trường ĐH Công nghiệp Thực phẩm TP.HCM sản xuất bột lá dứa sấy phun: trích ly cồn 50%, maltodextrin 10%, nhiệt "
        "độ đầu vào 150 °C, nhập liệu 485 mL/giờ; bột ẩm 2,84%, tan hoàn toàn sau 57 giây, không lắng cặn.",
    ),
    (
        "kLo063",
        "en",
        "felttheater_fd",
        "Freeze drying process and cost planning",
        "Consultancy on freeze drying: preparation (slicing, pureeing), fast freezing below -40 °C, primary drying by "
        "sublimation removing 95-98% of moisture, secondary drying to 1-4%, and the cost implications of each stage for "
        "food businesses.",
    ),
    (
        "kLo064",
        "en",
        "techsource_fd",
        "Choosing the right freeze dryer: business case and throughput",
        "Advice from a freeze-dryer supplier: build the business case from cost per unit and product value, compare "
        "machines by heated shelf area (throughput per batch), start small to learn, then scale with commercial units.",
    ),
    (
        "kLo065",
        "en",
        "vikumer_fd",
        "Vacuum freeze dryers and recipe development for fruit",
        "Manufacturer of vacuum freeze dryers (freezing, vacuum, sublimation drying) for fruit, vegetables, probiotics and "
        "yogurt; helps customers develop freeze-drying recipes that keep shape, colour and nutrients.",
    ),
    # --- jams and fruit fillings ---
    (
        "kLo066",
        "en",
        "ingredientstop_filling",
        "Bake-stable fruit filling formulation with low-methoxyl pectin",
        "Recipe and ingredients: 12 g LM bakery pectin, 300 g fruit pulp, 490 g sucrose, 150 g glucose syrup, sodium "
        "and calcium citrate, citric acid to pH 3.5, 65% minimum solids; fill hot at about 80 °C and rest 24 h for "
        "best heat stability in baking.",
    ),
    (
        "kLo067",
        "en",
        "ucce_jam",
        "Training: making and preserving jams, jellies and soft spreads",
        "Master Food Preservers course covering jams, jellies, preserves, conserves, marmalades and fruit butters, with "
        "the right proportions of fruit, pectin, acid and sugar and safe preserving.",
    ),
    (
        "kLo068",
        "en",
        "peachhut_jam",
        "Jam technology: soluble solids, pectin and pasteurisation",
        "Fruit processor sharing jam know-how: finished soluble solids at least 65%, Brix control, pasteurisation, and the "
        "trade-offs of added pectin (higher yield, fresher flavour, better colour) versus long boiling without it.",
    ),
    (
        "kLo069",
        "vi",
        "mutjamkhom",
        "Quy trình sản xuất mứt jam khóm",
        "Nhóm sinh viên Trường ĐH Công nghiệp Thực phẩm TP.HCM (GVHD ThS. Nguyễn Thị Ngọc Thúy) trình bày quy trình sản "
        "xuất mứt jam khóm: nguyên liệu, phối trộn đường, pectin, acid, cô đặc, rót và bảo quản.",
    ),
    (
        "kLo070",
        "vi",
        "tailieuxanh_mutdua",
        "Mứt dứa nhuyễn cô đặc chân không đóng hộp",
        "Giáo trình đồ hộp: dứa gọt, đột lõi, xé tơi, chà qua lưới 1-1,5 mm; 300 kg purê với 100 lít nước đường 70% "
        "(hoặc 100 kg đường), cô chân không ở 60-80 °C đến 63-64% rồi nâng 100 °C, ra nồi ở 66-67%, rót trên 70 °C, "
        "thanh trùng 20-30-20 ở 100 °C.",
    ),
    (
        "kLo071",
        "vi",
        "doan_mutdua",
        "Công nghệ sản xuất mứt dứa dạng jam",
        "Đồ án công nghệ: tổng quan nguyên liệu dứa, phụ gia pectin, acid citric, natri benzoat; quy trình và thuyết minh "
        "từng công đoạn, biến đổi nguyên liệu khi chế biến và bảo quản, quy trình hoàn thiện.",
    ),
    (
        "kLo072",
        "vi",
        "mutdongdau",
        "Kỹ thuật làm mứt đông từ quả",
        "Tài liệu mứt đông: nấu quả với đường đến độ khô 65-70%; pectin chỉ đông trong môi trường acid, có thể bổ sung "
        "pectin hoặc agar-agar (đông ở 0,2%); loại độ khô thấp cần thanh trùng ngắn để diệt nấm men, nấm mốc.",
    ),
    # --- canned fruit and retort processing ---
    (
        "kLo073",
        "vi",
        "kienthuc_dohop",
        "Hướng dẫn chế biến đồ hộp quả quy mô hộ",
        "Hướng dẫn làm trái cây nước đường (chôm chôm, dứa, đu đủ, nhãn, vải...) trong lọ thủy tinh nắp khít, hấp thanh "
        "trùng trong nồi đun củi, trấu; sản phẩm kim loại dùng máy đóng nắp bán tự động và nồi cao áp; chế độ tiệt "
        "trùng theo pH.",
    ),
    (
        "kLo074",
        "vi",
        "dohop_quanuocduong",
        "Kỹ thuật đồ hộp quả nước đường và bảo ôn",
        "Bài giảng kỹ thuật đồ hộp quả nước đường và quá trình bảo ôn, đóng gói: sau thanh trùng làm nguội, bảo ôn tối "
        "thiểu 15 ngày để phát hiện hộp hỏng, rửa, dán nhãn, đóng thùng carton.",
    ),
    (
        "kLo075",
        "vi",
        "tusayyen_retort",
        "Máy tiệt trùng retort cho thực phẩm đóng hũ, đóng chai",
        "Cung cấp nồi hấp tiệt trùng retort dùng hơi nước bão hòa 115-121 °C có kiểm soát áp suất, đạt vô trùng thương "
        "mại (F0), hạn dùng 1-2 năm ở nhiệt độ thường cho yến hũ, cháo, đồ uống đóng chai và món ăn sẵn.",
    ),
    (
        "kLo076",
        "en",
        "fruiturnkey_canned",
        "Turnkey canned pineapple processing line",
        "Supplier of complete canned pineapple lines: washing, automatic peeling and coring, slicing or chunking, heat "
        "treatment, canning with syrup, sealing and sterilisation.",
    ),
    (
        "kLo077",
        "en",
        "safdynamics_canning",
        "Pineapple canning know-how for slices, chunks and tidbits",
        "Technical notes: Cayenne, Singapore, Queen and Red Spanish cultivars; washing and size grading, Ginaca peeling "
        "and coring, hand trimming, cutting into slices, chunks, tidbits or crush, packing with sugar, cans sealed and "
        "cooked at 211 °F for 11 minutes.",
    ),
    (
        "kLo078",
        "en",
        "kau_syrup",
        "Pineapple in syrup for small processors",
        "Kerala Agricultural University procedure: wash, peel, cut, heat pieces, fill jars two-thirds, add hot syrup "
        "(very light 10% to very heavy 50% sugar), seal and sterilise in boiling water for 20 minutes, cool, label.",
    ),
    (
        "kLo079",
        "en",
        "barnard_retortpouch",
        "Thermal process design for retort pouches",
        "Expertise on retort-pouch processing: process times of 25-40% of those for cans, F0 lethality as for cans, and "
        "control of fill weight and residual gas, pouch thickness, come-up and cooling, racks and overriding pressure.",
    ),
    (
        "kLo080",
        "en",
        "lipack_retort",
        "Flexible retortable containers and still-retort sterilisation",
        "Packaging firm supplying retortable flexible containers and advising on thermal sterilisation with saturated "
        "steam at 121 °C in still retorts, and on time-temperature choices (HTST) that keep nutrients.",
    ),
    # --- fruit sorting and grading ---
    (
        "kLo081",
        "en",
        "fruitprocess_sorting",
        "Fruit sizing machines by weight or size",
        "Fruit sizing machine that grades by weight or size with an anti-collision device against bruising, replacing "
        "subjective manual grading so fruit can be priced by quality.",
    ),
    (
        "kLo082",
        "en",
        "techik_sorting",
        "Camera and AI fruit sorting and grading machines",
        "Conveyors bring fruit past high-resolution cameras from several angles; algorithms grade colour, shape, "
        "blemishes and ripeness and measure diameter, length and weight into size classes.",
    ),
    (
        "kLo083",
        "en",
        "aisorting_apple",
        "Optical dimensional scanners for size grading",
        "Machine vision modules measuring each fruit's cross-diameter, height and volume with multi-view cameras and "
        "structured lighting while fruit rotates on cups or rollers, for repeatable class grading.",
    ),
    (
        "kLo084",
        "en",
        "iasri_sizing",
        "Training module on sorting, sizing and grading equipment",
        "E-course on sorting conveyors and sizing mechanisms: diverging belts or rope graders (pineapples, cucumbers), "
        "sizing rollers (citrus), hand-held ring templates, weight-sensitive trays and mesh screens.",
    ),
    (
        "kLo085",
        "vi",
        "maypl_dannang",
        "Máy phân loại trái cây tự động cỡ nhỏ",
        "Đồ án Khoa Cơ khí, Trường ĐH Bách khoa - ĐH Đà Nẵng: máy rửa và phân loại trái cây đa năng, kích thước nhỏ gọn "
        "lắp 4 bánh xe để di chuyển trong khu làm việc, giá thành thấp hơn máy ngoại.",
    ),
    (
        "kLo086",
        "vi",
        "vndoc_cam",
        "Hệ thống rửa và phân loại cam theo kích thước",
        "Đề tài cấp trường thiết kế hệ thống tự động rửa và phân loại cam theo kích thước dùng xử lý ảnh số và điều "
        "khiển PLC, giảm nhân công sau thu hoạch.",
    ),
    (
        "kLo087",
        "vi",
        "dua_camera",
        "Đánh giá chất lượng trái dừa bằng camera trên băng chuyền",
        "Nghiên cứu đo kích thước trái dừa bằng camera, tính thể tích và tỷ trọng để đánh giá chất lượng ngay trên băng "
        "chuyền; sai lệch thể tích lớn nhất 0,139 lít.",
    ),
    (
        "kLo088",
        "vi",
        "nhadonggoi",
        "Tài liệu nhà đóng gói rau quả sau thu hoạch",
        "Bài dịch về nhà đóng gói: loại bỏ đơn vị không bán được, phân loại theo màu và kích thước, phân hạng, đóng "
        "gói; khi nào sơ chế ngoài đồng, khi nào đưa về nhà đóng gói.",
    ),
    (
        "kLo089",
        "vi",
        "robot_phanloai",
        "Bộ xử lý ảnh phân loại sản phẩm cho robot công nghiệp",
        "Luận văn ĐH Bách khoa Hà Nội thiết kế, chế tạo bộ xử lý ảnh giúp robot Nachi MC20-01 nhận dạng và phân loại "
        "sản phẩm trên dây chuyền.",
    ),
    # --- peeling, coring and pulping machines ---
    (
        "kLo090",
        "en",
        "wright_peeler",
        "Manual pineapple peeling and coring machine",
        "Low-cost stainless-steel machine with two cylindrical blades removing skin and core in one stroke of a "
        "spring-loaded handle: 11 s per fruit at 94.1% efficiency, about 327.6 kg/h.",
    ),
    (
        "kLo091",
        "en",
        "anres_peeler",
        "Continuous pineapple peeler for small and medium enterprises",
        "Kasetsart prototype with cutting, gripping, peeling and pneumatic units; 90° V-shaped grippers align fruit of "
        "various diameters with a tubular knife: about 530 fruits/h at 98.2% effectiveness.",
    ),
    (
        "kLo092",
        "en",
        "mak_peeler",
        "Manual pineapple peeling, slicing and coring machine",
        "Makerere University machine for small processors giving uniform circular slices for drying: 37 s per fruit, "
        "slicing efficiency 71.5-80% (mean 74.7%), throughput 74.7-95.2 kg/h (mean 83.5 kg/h).",
    ),
    (
        "kLo093",
        "en",
        "agriengg_mangopulp",
        "Mango pulp extractor for cottage industry",
        "University of Agriculture Faisalabad and partners developed and tested a mango pulp extractor to help small "
        "farmers in the countryside turn fruit into pulp and cut spoilage.",
    ),
    (
        "kLo094",
        "en",
        "wix_mangoextractor",
        "Screw-type mango juice extractor",
        "Stainless-steel machine with hopper, screw conveyor, perforated drum and 2.5 hp single-phase motor, built from "
        "local materials: 60% efficiency, 11.1% extraction loss, 17.8 L/h of juice on Keitt mangoes.",
    ),
    (
        "kLo095",
        "en",
        "juiceprocessline_mango",
        "Mango pulp processing line",
        "Line supplier covering washing and sorting, peeling and destoning, mechanical or enzymatic pulping, heating for "
        "enzyme inactivation, sieving and refining, sterilisation and packaging of mango pulp.",
    ),
    (
        "kLo096",
        "en",
        "practical_action_juice",
        "Small-scale fruit juice and pulp extraction equipment",
        "Practical Action brief: citrus hand pressers, hand-powered pulper-sieves with interchangeable screens for mango, "
        "guava and soursop, a food mixer with pulping attachment for higher output, and industrial pulper-sieves from "
        "about £2,500; advice on consistent quality.",
    ),
    # --- shelf-life testing and food-safety certification ---
    (
        "kLo097",
        "en",
        "acm_shelflife",
        "Shelf-life determination for bottled fruit juice",
        "Vietnamese beverage manufacturer offering shelf-life studies: direct (real-time) storage under distribution-like "
        "conditions and accelerated methods, considering formulation, water activity, pH, sugar, packaging, temperature "
        "and light.",
    ),
    (
        "kLo098",
        "en",
        "food396_microbial",
        "Microbial shelf-life testing for beverages",
        "Testing service: enumeration of bacteria, yeasts and moulds over storage, challenge testing with chosen strains, "
        "and accelerated shelf-life testing to predict safe shelf life and guide packaging and storage.",
    ),
    (
        "kLo099",
        "en",
        "food396_methods",
        "Shelf-life testing methods for the beverage industry",
        "Accelerated testing at raised temperature and humidity, sensory panels, chemical, microbiological and physical "
        "stability tests, and light and oxygen exposure studies to set expiration dates.",
    ),
    (
        "kLo100",
        "en",
        "orange_aslt",
        "Accelerated shelf-life model for pasteurised juice",
        "International Hellenic University method: storage at 10-40 °C for 40 days tracking aerobic plate count, pH and "
        "colour; 1000 cfu/mL reached after 15 days at 10 °C but about 3 days at 30-40 °C; regression models predict "
        "shelf life.",
    ),
    (
        "kLo101",
        "vi",
        "readyq_hsd",
        "Dịch vụ xác định nhanh hạn sử dụng sản phẩm",
        "Tư vấn xác định hạn sử dụng theo ba cách phổ biến: so sánh với sản phẩm tương tự có kiểm tra đối chứng, gia "
        "tốc nhiệt và các phương pháp thử nhanh khác, tránh ghi hạn quá ngắn hoặc quá dài.",
    ),
    (
        "kLo102",
        "vi",
        "binder_hsd",
        "Tủ vi khí hậu và phương pháp Arrhenius xác định hạn sử dụng",
        "Cung cấp tủ vi khí hậu BINDER và phương pháp lão hóa nhanh: ví dụ thực phẩm đóng hộp thử ở 12, 18, 25 °C trong "
        "13 ngày, lấy mẫu 3 lần, 63 mẫu, theo dõi TVB-N, pH và cảm quan; chọn Q10 để tính thời gian thử.",
    ),
    (
        "kLo103",
        "vi",
        "ceftworks_hsd",
        "Tư vấn phương pháp xác định hạn sử dụng (shelf life)",
        "Đơn vị tư vấn hướng dẫn xác định hạn sử dụng: dựa trên sản phẩm tương tự có đối chứng, gia tốc nhiệt theo "
        "phương pháp Q10, theo dõi chỉ tiêu vi sinh, cảm quan, hóa lý.",
    ),
    (
        "kLo104",
        "vi",
        "labfurniture_hsd",
        "Kiểm nghiệm xác định hạn sử dụng thực phẩm",
        "Kiểm nghiệm theo Luật ATTP 2010 và Nghị định 43/2017 về nhãn hàng hóa: điều kiện thử đông lạnh -15 °C, lạnh "
        "4-8 °C, thường 25 °C độ ẩm 60%; đánh giá vi sinh vật, cảm quan, dinh dưỡng.",
    ),
    (
        "kLo105",
        "vi",
        "bepvesinh_haccp",
        "Tư vấn xây dựng và chứng nhận HACCP",
        "Tư vấn xây dựng hệ thống HACCP (phân tích mối nguy, điểm kiểm soát tới hạn) cùng chương trình tiên quyết GMP, "
        "SSOP cho cơ sở chế biến thực phẩm và hỗ trợ đánh giá cấp chứng nhận.",
    ),
    (
        "kLo106",
        "vi",
        "iso22000_doc",
        "Tài liệu và đào tạo ISO 22000 hệ thống quản lý an toàn thực phẩm",
        "Tài liệu giới thiệu tiêu chuẩn ISO 22000:2005, lý do ra đời, yêu cầu của hệ thống quản lý an toàn thực phẩm và "
        "khác biệt với HACCP; dùng cho đào tạo nội bộ doanh nghiệp.",
    ),
    (
        "kLo107",
        "en",
        "rajstartup_iso",
        "ISO 22000 certification support for small food businesses",
        "Consultancy helping small food enterprises obtain ISO 22000 food-safety management certification: hazard "
        "prevention, regulatory compliance and access to international buyers with limited resources.",
    ),
    (
        "kLo108",
        "en",
        "winenfood_isocost",
        "ISO 22000 certification budgeting",
        "Advisor breaking down ISO 22000 costs: realistic price ranges, each line item visible and hidden, and how "
        "readiness before contacting a certification body lowers the final bill.",
    ),
    (
        "kLo109",
        "en",
        "eatsip_isosteps",
        "Step-by-step ISO 22000 implementation",
        "Roadmap service: management commitment and resources, a multi-disciplinary food-safety team, gap analysis, "
        "building the food-safety management system and preparing for the certification audit.",
    ),
    (
        "kLo110",
        "vi",
        "haccp_bia",
        "Xây dựng hệ thống HACCP cho nhà máy đồ uống đóng chai",
        "Đề tài xây dựng HACCP cho nhà máy bia chai: 12 bước áp dụng, chương trình tiên quyết GMP, SSOP, phân tích mối "
        "nguy từng công đoạn và kế hoạch HACCP.",
    ),
    (
        "kLo111",
        "vi",
        "chungnhan_ssop",
        "Tư vấn SSOP, GMP và HACCP",
        "Đơn vị chứng nhận giải thích và hỗ trợ áp dụng quy phạm vệ sinh SSOP, thực hành sản xuất tốt GMP và HACCP "
        "cho cơ sở thực phẩm.",
    ),
    (
        "kLo112",
        "vi",
        "daotaotdc_iso",
        "Khóa đào tạo ISO 22000",
        "Đào tạo tiêu chuẩn ISO 22000 về hệ thống kiểm soát vệ sinh an toàn trong sản xuất, chế biến thực phẩm, phân "
        "biệt ISO 22000 với HACCP.",
    ),
    # --- bottling lines for small beverage makers ---
    (
        "kLo113",
        "en",
        "hzm_smallline",
        "Small rinse-fill-cap monoblock for beverages",
        "Integrated rinsing, filling and capping machines with 12-32 heads; small lines run 2,000-3,000 bottles/h "
        "(33-50 bottles/min) for 200-2000 mL bottles; slower settings for carbonated drinks.",
    ),
    (
        "kLo114",
        "en",
        "usedbottling",
        "Used bottling lines and filling monoblocks",
        "Dealer of used complete lines and filler-capper monoblocks for small and medium wineries, vinegar and oil "
        "makers running a few hundred to a few thousand bottles per hour, with manual loading and labelling.",
    ),
    (
        "kLo115",
        "en",
        "aboutmech_bottling",
        "Bottling line layout design",
        "Engineering design of bottling lines: loading, cleaning, vacuuming, rotary or in-line filling, capping or "
        "corking, labelling, packing and palletising, plus quality control for fill level and foreign objects.",
    ),
    (
        "kLo116",
        "en",
        "grokipedia_bottling",
        "Aseptic bottling line integration with CIP",
        "Integration of aseptic lines for low-acid drinks: container sterilisation with superheated steam or hydrogen "
        "peroxide, product heating, sterile filling, clean-in-place and sensors for temperature, pressure and flow; "
        "labellers 20-100 bottles/min.",
    ),
    (
        "kLo117",
        "vi",
        "thienphu_nuockhoang",
        "Dây chuyền chiết rót đóng chai tự động 1.000-12.000 chai/giờ",
        "Cung cấp dây chuyền xử lý lọc, chiết rót, đóng nắp, dán nhãn và đóng gói tự động hoặc bán tự động, công suất "
        "1.000-12.000 chai/giờ, nhiều dung tích chai (330 ml, 500 ml, 1,5 L) trên cùng dây chuyền.",
    ),
    (
        "kLo118",
        "vi",
        "nghitin_douong",
        "Dây chuyền sản xuất đồ uống trọn gói",
        "Thiết kế, cung cấp dây chuyền sản xuất đồ uống theo trình tự công đoạn, kết nối máy móc và tự động hóa để "
        "tăng năng suất, giảm chi phí và giữ chất lượng đồng đều.",
    ),
    # --- distractors: neighbouring fields ---
    (
        "kLo119",
        "en",
        "coca_bottling",
        "High-speed soft-drink filling",
        "Large bottler's filling process: 12,000 two-litre to 30,000 half-litre bottles per hour at 15 °C, quality sorter "
        "for fill level, PET caps rinsed.",
    ),
    (
        "kLo120",
        "en",
        "ncsu_hotwater",
        "Alternatives to hot-water quarantine treatment for fresh mango",
        "Report on export quarantine for fresh mangoes against fruit flies: forced hot air, high-temperature controlled "
        "atmosphere and irradiation versus hot-water immersion, with packinghouse recommendations.",
    ),
    (
        "kLo121",
        "en",
        "bicon_hwdt",
        "Hot-water dip schedule for fresh mango export",
        "Phytosanitary protocol: mangoes immersed at 46.1 °C, 75 min up to 500 g, 90 min for 500-700 g, 110 min for "
        "701-900 g, at least 10 cm under water, packed insect-proof.",
    ),
    (
        "kLo122",
        "en",
        "hariom_vht",
        "Vapour heat treatment of fresh mangoes",
        "Grower-exporter using vapour heat at 40-50 °C to kill fruit-fly eggs and larvae in fresh mangoes without "
        "chemicals.",
    ),
    (
        "kLo123",
        "en",
        "ncfa_palf",
        "Pineapple leaf fibre for textiles",
        "Association promoting extraction of pineapple leaf fibre (PALF) for textiles, construction and automotive uses.",
    ),
    (
        "kLo124",
        "en",
        "feedipedia_pine",
        "Pineapple cannery by-products as livestock feed",
        "Feed database: peels, crowns, cores and pomace are 30-35% of fruit weight, about 90% water, to be ensiled or "
        "dried for ruminants, pigs and poultry.",
    ),
    (
        "kLo125",
        "en",
        "harvestmoney_silage",
        "Pineapple residue silage",
        "Chop residues to 2.5-5 cm, mix crown and peel 4:1, compact airtight; silage ready in 21 days with about 7.5% "
        "crude protein.",
    ),
    (
        "kLo126",
        "en",
        "researchtropica_pinewaste",
        "Uses of pineapple wastes",
        "Overview of pineapple residues (45-65% of fruit) as substrates for bromelain, organic acids, ethanol, manure "
        "and animal feed.",
    ),
    (
        "kLo127",
        "en",
        "vigifarm_nata",
        "Nata de coco cubes supplier",
        "Exporter selling ready nata de coco jelly cubes, sweetened or coloured, for desserts and drinks.",
    ),
    (
        "kLo128",
        "en",
        "dreamfoods_mango",
        "Mango purée supplier",
        "Company selling mango purée and pulp to food manufacturers.",
    ),
    (
        "kLo129",
        "en",
        "producereport_pinabar",
        "Automatic pineapple peel-and-cut kiosk for supermarkets",
        "Retail vending-style machine (Pinabar) that peels, cores and cuts one pineapple in about 10 seconds in store; "
        "custom-built for one pineapple size.",
    ),
    (
        "kLo130",
        "en",
        "millstream_bottling",
        "Brewery bottle rinsing conveyor",
        "Brewery line where empty beer bottles are loaded eight at a time, single-filed and pushed to the rinser.",
    ),
    (
        "kLo131",
        "vi",
        "banmexanh_nuocthai",
        "Xử lý nước thải chế biến rau củ quả",
        "Dịch vụ thiết kế, thi công hệ thống xử lý nước thải từ rửa nguyên liệu và các công đoạn chế biến rau quả đạt "
        "chuẩn môi trường.",
    ),
    (
        "kLo132",
        "vi",
        "dci_nuocthai",
        "Xử lý nước thải nhà máy sản xuất đồ uống",
        "Giải pháp xử lý nước thải giàu BOD, COD, chất rắn lơ lửng từ nhà máy nước giải khát và đồ uống.",
    ),
    (
        "kLo133",
        "vi",
        "nuocthai_dua",
        "Thiết kế hệ thống xử lý nước thải nhà máy chế biến dừa 200 m3/ngày",
        "Tính toán, thiết kế trạm xử lý nước thải chế biến dừa khô nạo sấy công suất 200 m3/ngày đêm.",
    ),
    (
        "kLo134",
        "vi",
        "khpt_duasap_phoi",
        "Cây giống dừa sáp nuôi cấy phôi",
        "Trường ĐH Trà Vinh cung cấp cây giống dừa sáp nhân bằng nuôi cấy phôi, cho tỷ lệ trái sáp cao thay vì khoảng "
        "25% như cây trồng từ trái.",
    ),
    (
        "kLo135",
        "vi",
        "hutech_duasap",
        "Quy trình cứu phôi dừa sáp in vitro",
        "Quy trình cứu phôi: môi trường Y3 bổ sung 2,4,5T 1 mg/L nảy mầm 91,11%, rút ngắn thời gian tạo cây hoàn chỉnh "
        "còn 6-7 tháng.",
    ),
    (
        "kLo136",
        "vi",
        "nongsanviet_xodua",
        "Máy tách chỉ xơ dừa và mụn dừa",
        "Cơ sở đầu tư máy tách vỏ dừa thành chỉ xơ và mụn dừa, khoảng 7 tấn mụn và 2 tấn chỉ mỗi ngày, bao mụn 10 kg "
        "giá 23.000 đồng.",
    ),
    (
        "kLo137",
        "vi",
        "nhaluoi_xodua",
        "Quy trình xử lý xơ dừa trước khi phơi",
        "Tách vỏ dừa, ngâm nước 3-4 tuần, tách xơ, rửa sạch và phân loại sợi trước khi phơi làm giá thể, dây thừng.",
    ),
    (
        "kLo138",
        "vi",
        "pnvn_keodua",
        "Sản xuất kẹo dừa thủ công",
        "Cơ sở kẹo dừa: xay cơm dừa, ép nước cốt, đánh trên chảo khoảng 45 phút, để nguội, chà, cắt viên và gói tay.",
    ),
    (
        "kLo139",
        "vi",
        "oldworld_ruou",
        "Nhập khẩu và phân phối rượu vang",
        "Công ty nhập khẩu rượu vang và rượu mạnh tư vấn thưởng thức, phối món với rượu trái cây và vang nho.",
    ),
    (
        "kLo140",
        "vi",
        "vitafruit",
        "Cung cấp trái cây sấy thành phẩm",
        "Thương hiệu bán trái cây sấy khô, sấy dẻo (xoài, dứa, thanh long, kiwi) và sấy giòn làm món ăn vặt.",
    ),
    (
        "kLo141",
        "vi",
        "agrimate_ocop",
        "Hỗ trợ đánh giá, phân hạng sản phẩm OCOP",
        "Thông tin và hỗ trợ chủ thể tham gia chấm điểm, phân hạng OCOP 3-5 sao, sử dụng nhãn OCOP trên bao bì; giấy "
        "chứng nhận OCOP có giá trị 3 năm.",
    ),
    (
        "kLo142",
        "vi",
        "xoai_tiengiang",
        "Chế phẩm bảo quản xoài tươi sau thu hoạch",
        "Quy trình bảo quản xoài tươi: thu hái theo độ chín, nhúng quả trong emulsion, để khô 3-10 giờ, bảo quản ở "
        "25±1 °C, độ ẩm 85-90%.",
    ),
    (
        "kLo143",
        "vi",
        "okfood_duasap",
        "Bán dừa sáp Cầu Kè tươi",
        "Cửa hàng bán dừa sáp tươi loại 1 và loại 2, giao sỉ lẻ toàn quốc từ 5 trái.",
    ),
    (
        "kLo144",
        "vi",
        "vicosap_vungtrong",
        "Thu mua dừa sáp tại vườn",
        "Thông tin vùng trồng dừa sáp ở Hòa Tân, Hòa Ân; thương lái chọn trái sáp đạt khoảng 80%, giá tại vườn "
        "100.000-150.000 đồng/quả.",
    ),
    (
        "kLo145",
        "vi",
        "spiderum_giam",
        "Ứng dụng giấm trong ẩm thực",
        "Chia sẻ về vai trò của giấm trong nấu ăn, làm kem, món tráng miệng, phối vị giấm và muối.",
    ),
    (
        "kLo146",
        "vi",
        "trunghung_sangrung",
        "Máy sàng rung phân loại vật liệu rời",
        "Thiết bị sàng rung phân loại hạt, bột và vật liệu rời theo cỡ lưới.",
    ),
    (
        "kLo147",
        "vi",
        "tuvanphapluat_attp",
        "Dịch vụ xin giấy chứng nhận cơ sở đủ điều kiện ATTP",
        "Dịch vụ pháp lý chuẩn bị hồ sơ xin giấy chứng nhận cơ sở đủ điều kiện vệ sinh an toàn thực phẩm.",
    ),
    (
        "kLo148",
        "vi",
        "vserpuhove_tpcn",
        "Tư vấn điều kiện kinh doanh thực phẩm chức năng",
        "Tư vấn điều kiện pháp lý để doanh nghiệp kinh doanh thực phẩm chức năng.",
    ),
    (
        "kLo149",
        "vi",
        "docimex_laubonggao",
        "Quy trình lau bóng gạo",
        "Khảo sát quy trình lau bóng và phân loại gạo xuất khẩu tại nhà máy lương thực.",
    ),
    (
        "kLo150",
        "vi",
        "hiephoidua_giong",
        "Giống dừa và hướng giải quyết giống cho sản xuất",
        "Tư vấn chọn giống dừa bản địa và dừa lai năng suất, hàm lượng dầu, hàm lượng đường cao cho vườn trồng.",
    ),
]
