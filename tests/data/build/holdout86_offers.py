"""Offers of the holdout86 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # --- handmade, cold-process and liquid soap ---
    (
        "lJo001",
        "vi",
        "soap_5ways",
        "Khóa đào tạo làm xà phòng thủ công theo phương pháp lạnh từ dầu thực vật",
        "Trung tâm đào tạo nghề mở lớp thực hành xà phòng phương pháp lạnh: phối dầu dừa, dầu cọ, dầu ô liu với dung "
        "dịch kiềm NaOH và nước ở nhiệt độ thấp, rót khuôn rồi ủ xà phòng hóa 4–6 tuần. Học viên tự chọn thảo mộc, dầu "
        "dưỡng và màu tự nhiên cho bánh xà phòng; so sánh với các cách làm khác (nấu nóng, đổ phôi) để chọn phương pháp "
        "phù hợp kinh doanh.",
    ),
    (
        "lJo002",
        "en",
        "cp_coco_winen",
        "Gentle 100% coconut oil cold-process bar with a 20% superfat",
        "Soap workshop transfers a tested single-oil recipe that tames the harshness of pure coconut soap: 794 g refined "
        "coconut oil, 116 g sodium hydroxide and 302 g distilled water give about 10 bars, with a deliberate 20% superfat "
        "so part of the oil stays unsaponified. The bars lather richly without stripping skin and cure for about four "
        "weeks; all ingredients are weighed on a digital scale.",
    ),
    (
        "lJo003",
        "en",
        "cp_coco_eatsip",
        "Beginner coconut soap protocol with lye-safety training",
        "Three-ingredient cold-process protocol for hard, cleansing coconut soap: 936 g coconut oil, 137 g 100% sodium "
        "hydroxide and 356 g cold distilled water make 8 bars. The training focuses on handling lye safely (gloves, "
        "goggles, ventilation) and on keeping the lye water and the oils in a narrow temperature range so the batter "
        "behaves predictably.",
    ),
    (
        "lJo004",
        "vi",
        "cp_cierra",
        "Bộ dụng cụ và quy trình xà phòng lạnh phối nhiều loại dầu",
        "Nhà cung cấp vật tư bán bộ kit xà phòng lạnh kèm quy trình: 10 oz nước cất, 3,9 oz NaOH, dầu dừa 8 oz, dầu cọ "
        "7 oz, ô liu 10 oz, bơ shea 1 oz, dầu thầu dầu 1 oz và 1,7 oz hương liệu, màu mica. Pha kiềm vào nước (không làm "
        "ngược lại), để dầu và kiềm nguội về nhiệt độ phòng, chênh nhau không quá 10 độ, đánh máy xay cầm tay đến vết "
        "vệt nhẹ rồi đổ khuôn ổ bánh mì.",
    ),
    (
        "lJo005",
        "vi",
        "soap_munhouse",
        "Chuyển giao quy trình xà phòng thủ công theo đơn đặt hàng",
        "Cơ sở xà phòng thủ công hoạt động từ năm 2012 nhận chuyển giao quy trình: pha kiềm có đồ bảo hộ (khâu nguy hiểm "
        "nhất), chuẩn bị dầu trong lúc chờ kiềm nguội, phối tỉ lệ các loại dầu thực vật vì mỗi loại dầu và mỗi tỉ lệ cho "
        "đặc tính bánh khác nhau; thêm nguyên liệu phụ lành tính để tạo mùi, màu theo yêu cầu khách hàng.",
    ),
    (
        "lJo006",
        "vi",
        "soap_phoi",
        "Cung cấp phôi xà phòng trong và đục (đổ khuôn không cần xút)",
        "Đơn vị cung cấp phôi xà phòng làm sẵn cho người mới làm, tránh phải tự pha NaOH: phôi trong (giá cao hơn, cho "
        "màu trong) và phôi đục, giá khoảng 130–200 nghìn đồng/kg. Hướng dẫn đun chảy phôi, thêm thảo mộc, tinh dầu, "
        "màu rồi đổ khuôn; lưu ý nguyên liệu màu đục sẽ làm phôi trong thành đục.",
    ),
    (
        "lJo007",
        "en",
        "liquid_7virides",
        "Liquid soap with potassium hydroxide: formulation and production guide",
        "Guide and training for true liquid soap made with KOH by the hot process. KOH saponification values are 1.403 "
        "times those of NaOH (olive 0.188, coconut 0.250, castor 0.180) and commercial KOH is usually 90% pure, so the "
        "amount must be recalculated. The paste cooks for 3–5 hours and is then diluted with water into the finished "
        "liquid soap.",
    ),
    (
        "lJo008",
        "en",
        "liquid_visualfoodie",
        "Clear liquid soap paste recipe from coconut, olive and castor oils",
        "Tested batch for a clear liquid soap: 900 g olive oil (pomace or pure), 450 g coconut oil, 150 g castor oil, "
        "355 g KOH flakes of at least 90% purity in 1065 g distilled water, the paste later diluted with about 2250 g "
        "distilled water. Low-purity KOH leaves insoluble matter and cloudiness, the main cause of failed batches.",
    ),
    (
        "lJo009",
        "en",
        "ph_modern",
        "Correct pH testing of handmade bar and liquid soap",
        "Method note for soap makers: pH is measured in an aqueous solution of the soap, not on the dry bar. Handmade "
        "soaps typically test between 8 and 10 and may approach 11; true soap cannot be made neutral without emulsifier "
        "tricks, and pH alone does not say whether a soap is mild. Covers cold-process, hot-process and liquid soaps.",
    ),
    (
        "lJo010",
        "vi",
        "ph_simplex",
        "Que thử pH kiểm tra xà phòng thủ công trước khi bán",
        "Bộ que thử pH dải 0–14 dùng cho xà phòng: làm ẩm ô thử bằng nước cất rồi chạm vào bánh xà phòng vài giây, hoặc "
        "làm ướt bánh và nhỏ giọt nước chảy từ bánh xuống que, so màu sau nửa giây. Xà phòng đạt trong khoảng pH 7–10; "
        "trên 10 là dư kiềm, thô ráp và không nên dùng.",
    ),
    (
        "lJo011",
        "en",
        "dos_classicbells",
        "Stopping rancidity and orange spots in handmade soap: chelators and antioxidants",
        "Technical advice for soap makers on rancid bars and 'dreaded orange spots': oxidation of fatty acids and "
        "superfat is triggered mostly by trace metals from tap water, tools and ingredients. Adding a chelator (EDTA or "
        "citrate) ties up the metals, and antioxidants added to the oils right after purchase oxidise first and protect "
        "the fats.",
    ),
    (
        "lJo012",
        "en",
        "dos_soapguild",
        "Study of dreaded orange spots: soft oils and rancidity measurement",
        "College chemistry group shares results of its investigation (begun in 2004) into why handcrafted bars develop "
        "orange spots months after curing: oxidation of soft oils such as olive oil, which industrial makers avoid by "
        "using coconut oil and tallow. The group adapted a rancidity test that small soap makers can run without "
        "industrial Rancimat equipment.",
    ),
    (
        "lJo013",
        "en",
        "cutter_soapguild",
        "Choosing a soap cutter and mould size from the finished dry bar",
        "Consulting note for soap businesses moving from kitchen knives to professional cutters: cutting by hand wastes "
        "time and soap. Size the equipment backwards from the desired dry bar weight, because freshly cut bars shrink as "
        "water evaporates; the shrinkage depends on the water-to-lye ratio of a standardized recipe, so wet mould and "
        "cutter dimensions follow from it.",
    ),
    (
        "lJo014",
        "vi",
        "cutter_holly",
        "Dao cắt xà phòng dây nhiều sợi và dao cắt một sợi",
        "Xưởng mộc cung cấp dao cắt xà phòng dạng dây để cắt ổ xà phòng thành bánh đều, thay cho dao bếp hay hộp cắt "
        "kiểu khung cưa làm bánh bị cong. Dao nhiều dây cắt cả ổ một lần giá khoảng 250–300 USD, loại một dây khoảng "
        "98 USD; có thể tự chế bằng dao cắt phô mai với dây đàn cỡ 20–22.",
    ),
    (
        "lJo015",
        "vi",
        "soap_101",
        "Tài liệu nhập môn xà phòng thiên nhiên: NaOH, KOH và các cách nấu",
        "Tài liệu hướng dẫn cơ bản: xà phòng hình thành từ kiềm, dầu hoặc mỡ và nước; NaOH cho xà phòng bánh cứng, KOH cho "
        "xà phòng lỏng. Dùng dầu thực vật ép lạnh còn giữ dưỡng chất; phân biệt nấu nóng dùng nhiệt từ bếp, nấu lạnh và "
        "xà phòng glycerin đổ khuôn (melt and pour) cho người chưa có kiến thức hóa học.",
    ),
    # --- coconut-oil cosmetics ---
    (
        "lJo016",
        "vi",
        "coco_danviet",
        "Dầu dừa nguyên chất thắng thủ công cung cấp cho cơ sở mỹ phẩm",
        "Cơ sở gia truyền ở vùng dừa cung cấp dầu dừa nguyên chất thắng thủ công: chọn trái to, khô, vỏ đen, nạo cơm vắt "
        "nước cốt, thắng lửa vừa và đảo liên tục chống cháy đáy; mỗi mẻ khoảng 50 trái mất 4–5 giờ. Sản lượng 150–200 "
        "lít/tháng, giá khoảng 200.000 đồng/lít; dầu thô loại khác dùng nấu xà bông.",
    ),
    (
        "lJo017",
        "vi",
        "vco_cold",
        "Quy trình ép lạnh dầu dừa tinh khiết (VCO) quy mô nhỏ",
        "Chuyển giao quy trình VCO ép nguội: chọn dừa để sau hái khoảng 3 tuần, tách vỏ, nạo chỉ lấy phần cơm, sấy hoặc "
        "phơi nhanh để tránh nhiễm khuẩn, hạ độ ẩm cơm dừa xuống 8–10% (đo bằng ẩm kế), ép máy rồi lọc bằng giấy lọc hoặc "
        "vải sạch. Khoảng 300 ml dầu trên 1 kg dừa; dầu ít ẩm nên lâu ôi hơn dầu lên men.",
    ),
    (
        "lJo018",
        "en",
        "vco_coggle",
        "Virgin coconut oil quality specification and centrifuge finishing",
        "Quality advisory for VCO producers selling to cosmetic buyers: oil from fresh mature kernel, colourless and "
        "sediment-free, no refining, bleaching or deodorising. Buyers check moisture (not above 0.5%) and lauric acid "
        "(45–50%). Process within 48 hours of harvest, prefer the first pressing, and centrifuge at 8,000 rpm to remove "
        "residual solids; store at room temperature away from light.",
    ),
    (
        "lJo019",
        "en",
        "vco_ilove",
        "Natural settling method for cold-processed virgin coconut oil",
        "Extension leaflet on the traditional Philippine cold method: coconut milk is left to stand about half a day (or "
        "refrigerated 24 hours) so water sinks and curds float, leaving a clear unrefined oil layer between them. The oil "
        "is then warmed briefly below boiling for 5–15 minutes to drive off moisture and filtered, keeping the coconut "
        "scent.",
    ),
    (
        "lJo020",
        "vi",
        "coco_phulong",
        "Hợp tác phát triển mỹ phẩm từ dừa và nông sản địa phương",
        "Công ty mỹ phẩm từ dừa do một nhà khoa học công nghệ sinh học (từng ở Viện nghiên cứu dầu và cây có dầu) sáng "
        "lập, có trên 20 sản phẩm theo liệu pháp truyền thống với 60–70% hàm lượng nông sản địa phương: dầu dừa, hoa "
        "bưởi, gừng, nghệ, sả, hoa hồng. Nhận hợp tác, đào tạo lao động và phát triển sản phẩm ngay tại vùng nguyên liệu.",
    ),
    (
        "lJo021",
        "en",
        "coco_bentretour",
        "Coconut-based soap and cosmetics maker offering product know-how",
        "Small cosmetics company in the coconut region, founded by a retiree under a provincial start-up movement, makes "
        "soap bars and cosmetic lines with coconut as the main ingredient and without harmful chemicals, drawing on "
        "coconut-soap experience and exchanges with vegetable-oil cosmetics producers in Ho Chi Minh City. Open to "
        "sharing formulations and partnering with coconut growers.",
    ),
    (
        "lJo022",
        "vi",
        "coco_cuulong",
        "Giấy thấm dầu từ nước dừa lên men và mặt nạ dừa",
        "Doanh nghiệp chế biến dừa giới thiệu công nghệ sinh học lên men nước dừa để làm giấy thấm dầu cho da mặt (hút "
        "nhờn, giữ da thông thoáng) và mặt nạ kết hợp nước dừa với dầu dừa; sản phẩm đã bán trong nước và sang Hàn Quốc. "
        "Sẵn sàng hợp tác tận dụng nước dừa phụ phẩm.",
    ),
    (
        "lJo023",
        "en",
        "butter_visual",
        "Non-grainy whipped body butter: flash-cooling method",
        "Formulation tip sheet: grainy whipped butters come from the different fatty acids in shea and other butters "
        "crystallising at different temperatures when the melt cools slowly. Rapid 'flash' cooling of the melted butters "
        "and oils before whipping makes them set together, giving a permanently smooth, silky body butter.",
    ),
    (
        "lJo024",
        "vi",
        "butter_eathealthy",
        "Công thức bơ dưỡng thể đánh bông từ bơ shea và dầu dừa",
        "Công thức thử nghiệm: 3/4 cốc bơ shea thô (khoảng 170 g), 1/2 cốc dầu dừa nguyên chất (khoảng 113 g), 1/4 cốc dầu "
        "hạnh nhân (khoảng 57 g), 1 thìa bột dong, 1 thìa cà phê vitamin E và 15–20 giọt tinh dầu. Làm lạnh hỗn hợp đã đun "
        "chảy đến đúng độ trước khi đánh bông để không bị sần, thấm nhanh không nhờn.",
    ),
    (
        "lJo025",
        "en",
        "vco_virginutty",
        "Hot-pressed RBD coconut oil from copra: expeller and refining line",
        "Equipment supplier for the industrial route to coconut oil: dried copra is pressed in a hot expeller press, and "
        "the crude oil is then refined, bleached and deodorised (RBD) into a neutral oil for bulk markets. Describes the "
        "coconut agriculture supply chain in producing countries and the economics of large heated pressing lines.",
    ),
    (
        "lJo026",
        "vi",
        "tv_coconut",
        "Mật hoa dừa và đường hoa dừa đạt OCOP 5 sao",
        "Doanh nghiệp nông nghiệp ở vùng dừa giới thiệu quy trình khai thác nhựa hoa dừa để làm mật hoa dừa và đường hoa "
        "dừa, sản phẩm thực phẩm đạt OCOP 5 sao cấp quốc gia năm 2023; tỉnh có trên 26.000 ha dừa, gần 7 triệu cây. Nhận "
        "liên kết bao tiêu nhựa hoa dừa với nông dân trồng dừa hữu cơ.",
    ),
    (
        "lJo027",
        "vi",
        "keodua_vnanet",
        "Cơ sở kẹo dừa thủ công kết hợp du lịch làng nghề",
        "Cơ sở kẹo dừa hoạt động hơn 20 năm giới thiệu mô hình làm kẹo, mứt dừa từ cơm dừa ta địa phương kết hợp tham "
        "quan làng nghề và du lịch sinh thái; mùa Tết xưởng và khu trưng bày hoạt động hết công suất. Nhận đón đoàn và "
        "chia sẻ kinh nghiệm sên kẹo truyền thống.",
    ),
    # --- rice-bran cosmetics ---
    (
        "lJo028",
        "en",
        "ricebran_swift",
        "Rice bran oil for cosmetics: technical data sheet",
        "Ingredient note on rice bran oil (INCI Oryza sativa): about 16% palmitic, 2% stearic, 42% oleic, 36.6% linoleic "
        "and 1.5% linolenic acid, tocopherols around 400 mg/kg, about 4% unsaponifiables including squalene and 1–2% "
        "gamma-oryzanol, a ferulic ester antioxidant. Medium-weight, inexpensive, shelf life about one year, usable up "
        "to 100% in anhydrous or emulsified products.",
    ),
    (
        "lJo029",
        "vi",
        "ricebran_hochoi",
        "Dầu cám gạo tinh chiết cho sản phẩm dưỡng da",
        "Giới thiệu nguyên liệu dầu cám gạo cho mỹ phẩm: chứa ba nhóm chống oxy hóa tocopherol, tocotrienol và "
        "gamma-oryzanol cùng vitamin E, B2, B6, khoáng chất, giúp bảo vệ da trước khói bụi, tia UV; gamma-oryzanol là este "
        "của axit ferulic hỗ trợ phục hồi và tăng đàn hồi da. Dầu được tinh chiết bằng công nghệ hiện đại để giữ dưỡng chất.",
    ),
    (
        "lJo030",
        "en",
        "ricebran_wax_arom",
        "Rice bran wax for balms, lipsticks and emulsions",
        "Supplier of winterised, non-hydrogenated rice bran wax, a by-product of rice bran oil refining: hard crystalline "
        "vegetable wax melting at 77–86 °C, made of long-chain C46–C62 esters with phospholipids, phytosterols and "
        "squalane. Adds body and a silky non-sticky matte feel to emulsions, hardens balms and can partly replace carnauba "
        "wax in lipsticks; 100 g packs.",
    ),
    (
        "lJo031",
        "vi",
        "ricebran_wax_cs",
        "Sáp cám gạo: đặc tính và cách dùng trong mỹ phẩm",
        "Phiếu thông tin nguyên liệu sáp cám gạo (Oryza sativa bran wax): sáp rắn màu trắng thu được khi làm lạnh tách sáp "
        "(winterization) ở bước cuối tinh luyện dầu cám gạo, nóng chảy khoảng 80 °C. Dùng làm chất làm đặc, điều chỉnh độ "
        "nhớt, làm mềm và tạo màng khóa ẩm trong kem và son dưỡng.",
    ),
    (
        "lJo032",
        "vi",
        "ricebran_pure",
        "Hướng dẫn nhận biết cám gạo nguyên chất dùng làm đẹp",
        "Nhà cung cấp nguyên liệu mỹ phẩm chia sẻ cách chọn cám gạo làm mặt nạ: trung bình 1 kg gạo cho khoảng 200 g cám; "
        "cám nguyên chất màu nâu vàng nhạt, còn cám pha bột gạo, bột mì hay hương liệu thì trắng hoặc sẫm hẳn; kiểm tra "
        "thêm mùi thơm. Cung cấp cám gạo nguyên chất đạt yêu cầu dùng ngoài da.",
    ),
    (
        "lJo033",
        "en",
        "ricebran_stab_scribd",
        "Comparing 11 rice bran stabilization treatments for oil quality",
        "University food-science laboratory offers its comparison of 11 stabilization treatments (6 heating, 5 "
        "non-heating) against rice bran lipase, the cause of rapid rancidity. Autoclaving left only 10.73% lipase "
        "activity, other heat treatments about 30–35% and dry heating 68.88%; none changed oil composition or "
        "gamma-oryzanol content, but most heat treatments darkened the oil and raised peroxide values.",
    ),
    (
        "lJo034",
        "vi",
        "ricebran_stab_enviro",
        "Ổn định cám gạo bằng nhiệt để chống ôi",
        "Tư vấn kỹ thuật ổn định cám gạo ngay sau xay xát: xử lý nhiệt trên 120 °C để làm biến tính enzym lipase, ngăn "
        "axit béo tự do hình thành gây ôi dầu. Các cách làm: nhiệt khô hoặc hơi nước trong lò, máy sấy tầng sôi; ép đùn "
        "dưới áp suất vừa gia nhiệt vừa tạo viên; vi sóng ở quy mô nhỏ.",
    ),
    (
        "lJo035",
        "vi",
        "ricebran_simply",
        "Quy trình sản xuất dầu gạo lứt tinh luyện khép kín",
        "Doanh nghiệp dầu ăn giới thiệu quy trình dầu gạo lứt: màng cám vừa tách khỏi hạt được xử lý nhiệt nhanh để bất "
        "hoạt enzym, trích ly dầu ở khoảng 55–58 °C, trung hòa axit béo tự do mà vẫn giữ gamma-oryzanol, rồi tinh chế 7 "
        "bước khép kín trong môi trường chân không; ưu tiên nguồn cám tại chỗ để rút ngắn thời gian cung ứng.",
    ),
    (
        "lJo036",
        "vi",
        "ricebran_comay",
        "Nhà máy dầu gạo tinh luyện 100 tấn cám mỗi ngày",
        "Doanh nghiệp lương thực giới thiệu dự án nhà máy dầu cám gạo 2,3 ha tại khu công nghiệp, công suất xử lý 100 "
        "tấn cám nguyên liệu/ngày với dây chuyền tự động; sản phẩm chính là dầu ăn tinh luyện cho thị trường nội địa và "
        "cám trích ly làm thức ăn thủy sản. Thu mua cám từ các doanh nghiệp lúa gạo trong vùng.",
    ),
    (
        "lJo037",
        "en",
        "ricebran_feed_watt",
        "Stabilized rice bran as an equine and pet feed ingredient",
        "Feed-ingredient company promotes stabilized rice bran for horses, pets and food animals: stopping the bran's "
        "lipase right after milling keeps the fats and nutrients (bran and germ are 8% of kernel weight but over 60% of "
        "its nutrition) and gives a shelf-stable digestive-health ingredient for equine performance diets.",
    ),
    (
        "lJo038",
        "en",
        "ricewater_netmeds",
        "Fermented rice water hair rinse: preparation protocol",
        "Hair-care note on fermented rice water: soak rice in water about 10 minutes, strain, keep the water in a glass "
        "bottle at room temperature for 12–24 hours to ferment, then use as a rinse. Fermented rice water carries "
        "antioxidants, minerals and vitamin E; its inositol is credited with repairing damaged hair and strengthening "
        "follicles.",
    ),
    (
        "lJo039",
        "en",
        "ricewater_winen",
        "Two-ingredient fermented rice water treatment with citrus peel",
        "Recipe development for a fermented rice rinse: 1/2 cup white rice (jasmine works well) and 2–3 cups filtered or "
        "distilled water, fermented 24–48 hours, giving 4–6 uses; an orange or grapefruit peel masks the sour smell. "
        "Fermentation lowers the pH toward that of hair and raises inositol content.",
    ),
    (
        "lJo040",
        "vi",
        "rice_polish_123",
        "Khảo sát quy trình lau bóng gạo xuất khẩu",
        "Luận văn ngành công nghệ thực phẩm (Trường Đại học Cần Thơ, 2012) khảo sát quy trình lau bóng gạo tại một công ty "
        "lương thực: các công đoạn xát trắng, lau bóng, tách tấm và kiểm soát chất lượng gạo thành phẩm trước khi đóng "
        "bao xuất khẩu.",
    ),
    (
        "lJo041",
        "en",
        "ricebran_chem_coek",
        "Rice bran oil chemistry reference for product developers",
        "Book-chapter summary from an agricultural products centre: bran is 3–8% of the rice kernel (pericarp, aleurone, "
        "subaleurone) and holds 10–23% oil depending on variety, pre-milling treatment and milling degree; describes the "
        "lipid classes and bioactive minor compounds that make rice bran oil valued as a healthy specialty oil.",
    ),
    # --- essential oils and their distillation ---
    (
        "lJo042",
        "vi",
        "sa_mung",
        "Máy chưng cất tinh dầu bán tự động dùng cho nông hộ",
        "Sáng chế của một nông dân: máy chưng cất tinh dầu bán tự động, một người vận hành từ nạp liệu đến thu thành phẩm. "
        "Lá sả cắt nhỏ cho vào nồi kín, gia nhiệt khoảng 100 °C bằng hơi nước, hơi qua bộ ngưng tụ về thùng thu, tinh dầu "
        "nổi tràn sang bình hứng. Mỗi mẻ 2–4 giờ với 200–500 kg nguyên liệu, 1 tấn lá cho khoảng 3–3,5 lít; có bước đun lại "
        "100 °C để tách hết nước.",
    ),
    (
        "lJo043",
        "vi",
        "sa_kag100",
        "Nồi chưng cất tinh dầu 100 lít inox SUS304",
        "Nhà sản xuất thiết bị bán nồi chưng cất 50–100 lít, inox SUS304 ba lớp, điện trở 4–7 kW, điện 220/380 V, bảo "
        "hành 1 năm. Hướng dẫn: làm héo lá sả còn 50% ẩm (tiết kiệm 35% nhiên liệu, 27% thời gian), nạp 180–200 kg cho mỗi "
        "1000 lít dung tích, chưng 3–4 giờ qua ba giai đoạn nhiệt 70–75 °C, 80–85 °C và tận thu; nước làm mát giữ 30–40 °C.",
    ),
    (
        "lJo044",
        "vi",
        "sa_ladyfirst",
        "Mô hình khép kín trồng sả – chưng cất – tận thu bã sả",
        "Chuyển giao mô hình kinh tế cây sả: sả chanh và sả Java (sả đỏ dùng cho xà phòng, chống côn trùng), trồng một lần "
        "thu 3–4 năm, chịu được đất nhiễm mặn như Tiền Giang, Vĩnh Long; lãi từ lá và củ 90–110 triệu đồng/ha, gấp 7–8 lần "
        "lúa. Vùng 20 ha gắn nhà máy tinh dầu lãi 1,5–1,6 tỷ đồng/năm; công nghệ chưng cất mới tận thu tối đa tinh dầu và "
        "bã sả.",
    ),
    (
        "lJo045",
        "en",
        "eo_practical",
        "Small-scale essential oil production: technical brief for smallholders",
        "Development-agency brief: essential oils are steam-volatile oils making up typically 1–3% of plant weight, "
        "low-volume high-value products suited to remote smallholders. Covers main oils (lemongrass and citronella leaf, "
        "eucalyptus, clove, cinnamon leaf), how growing place and processing affect quality, and how new producers can "
        "win trust in a conservative buyers' market.",
    ),
    (
        "lJo046",
        "en",
        "eo_lemongrass_machine",
        "Lemongrass essential oil production plant",
        "Manufacturer of lemongrass oil distillation lines: the still is filled with fresh grass, steam is injected "
        "through spargers at the bottom, the steam carries the oil to the condenser through a vapour line and oil and "
        "water separate in separators. Market notes: Asia-Pacific leads exports, oil used in soaps, shampoos, lotions, "
        "deodorants and tonics.",
    ),
    (
        "lJo047",
        "vi",
        "eo_aditya",
        "Thiết bị chưng cất tinh dầu bằng hơi nước cho sả và dược liệu",
        "Nhà chế tạo cung cấp cụm chưng cất hơi nước: nồi chứa sả (cắt hoặc để nguyên) có nắp khóa bu lông xoay kín hơi, ống "
        "phun hơi ở đáy nồi, đường hơi sang thiết bị ngưng tụ và các bình phân ly, tinh dầu nhẹ lấy ở trên, nước lấy ở "
        "dưới. Có thêm tháp phân đoạn chân không cho tinh dầu nhạy nhiệt.",
    ),
    (
        "lJo048",
        "en",
        "eo_edesa",
        "Essential oil distillation units with boiler supply",
        "Engineering company builds complete distillation units (steam generator, still, condenser, separator) and can "
        "supply boilers through local partners at competitive rates or connect to an existing steam source; fuel can be "
        "chosen to suit the site. Boilers are pressure vessels subject to national inspection rules, so they are sourced "
        "from suppliers in the client's country.",
    ),
    (
        "lJo049",
        "vi",
        "buoi_lmx",
        "Quy trình chưng cất tinh dầu vỏ bưởi",
        "Cơ sở tinh dầu chia sẻ quy trình chưng cất tinh dầu bưởi: dùng quả gần chín (xanh ngả vàng) hoặc quả tỉa, quả rụng "
        "sau mưa bão để không phí quả thương phẩm; gọt lấy phần vỏ xanh chứa túi tinh dầu, sơ chế rồi chưng cất. Tinh dầu "
        "bưởi kháng khuẩn, chống oxy hóa, dùng cho sản phẩm chăm sóc tóc và da.",
    ),
    (
        "lJo050",
        "vi",
        "buoi_cholai",
        "Hướng dẫn nấu tinh dầu bưởi thủ công hiệu suất cao",
        "Tài liệu bốn bước nấu tinh dầu bưởi bằng chưng cất hơi nước thủ công: chọn bưởi vỏ dày, bào mỏng phần vỏ xanh, "
        "tránh cùi trắng chứa pectin gây đục; lắp nồi với bát hứng theo nguyên tắc ngưng tụ; đun lửa nhỏ đều 45–60 phút; "
        "tách lớp tinh dầu khỏi nước cất.",
    ),
    (
        "lJo051",
        "vi",
        "buoi_kienkhong",
        "Thông tin thành phần hóa học tinh dầu vỏ bưởi",
        "Tổng hợp các nghiên cứu về tinh dầu bưởi: monoterpen chiếm 96,93%, trong đó limonene 93,33%, beta-myrcene 1,88%, "
        "alpha-pinene 0,86%, sabinene 0,60%; monoterpen oxy hóa 1,62%. Tinh dầu từ vỏ, phụ phẩm của ngành nước ép, dùng "
        "trong mỹ phẩm, nước hoa, xà phòng, chất tẩy rửa và chăm sóc tóc.",
    ),
    (
        "lJo052",
        "vi",
        "tram_umin",
        "Tinh dầu tràm từ lá tràm phế phẩm sau khai thác gỗ",
        "Nông dân vùng rừng tràm sau nhiều năm thử nghiệm (làm chủ quy trình từ năm 2020) chia sẻ cách chưng cất tinh dầu "
        "từ lá tràm mà người khai thác cây thường bỏ lại, tận dụng nguồn nguyên liệu lớn tại chỗ; sẵn sàng hướng dẫn hộ "
        "khác và liên kết tiêu thụ tinh dầu.",
    ),
    (
        "lJo053",
        "vi",
        "tram_hue",
        "Tinh dầu tràm gió: quy trình chưng cất và chỉ tiêu chất lượng",
        "Đơn vị sản xuất dầu tràm chia sẻ quy trình: lá tràm gió cho vào nồi sắt hoặc inox kín, trộn với nước tỉ lệ 2 lá "
        "1 nước, đun sôi cho hơi cuốn tinh dầu qua ngưng tụ. Chỉ tiêu: 1,8-cineole (eucalyptol) trên 60%, có alpha-terpineol, "
        "linalool, limonen; lưu ý dầu tràm là chất dễ cháy khi vận chuyển.",
    ),
    (
        "lJo054",
        "en",
        "cajuput_pf",
        "Composition analysis of Vietnamese melaleuca (cajeput) oil",
        "Research group reports GC and GC/MS profiling of Vietnamese Melaleuca leucadendron oil: leaves hold about 1% "
        "essential oil rich in 1,8-cineole (40–65%), with alpha-pinene, limonene, alpha-terpineol and mono- and bicyclic "
        "sesquiterpenes. Offers detailed composition data, which were previously lacking despite large production.",
    ),
    (
        "lJo055",
        "en",
        "cajuput_tinkt",
        "Cajuput oil yield and chemotypes of Melaleuca cajuputi",
        "Botanical monograph service: commercial cajuput oil comes mainly from M. cajuputi subsp. cajuputi, with 1,8-"
        "cineole from 3% to 60% plus globulol, viridiflorol and spathulenol; oil yield 0.4–1.2% of fresh weight. "
        "Subspecies cumingiana (found in Indonesia, Malaysia, Thailand and Vietnam) gives low-cineole oils rich in "
        "gamma-terpinene and terpinolene, so raw material must be identified.",
    ),
    (
        "lJo056",
        "en",
        "hydrosol_infinite",
        "Hydrosols (floral waters) from distillation: uses and storage",
        "Reference entry for distillers: hydrosol is the water-based by-product of steam or water distillation, holding "
        "water-soluble plant constituents and traces of dispersed essential oil. Milder than the oil, it is used as toner, "
        "facial mist, bath and hair rinse; mildly acidic (pH about 3–6); unopened it keeps several months to two years, "
        "opened much less.",
    ),
    (
        "lJo057",
        "vi",
        "hydrosol_bestnatures",
        "Nước cất thảo mộc (hydrosol) làm nước hoa hồng và thay nước trong kem",
        "Nhà cung cấp nước cất thảo mộc giới thiệu: hydrosol là phụ phẩm của chưng cất hơi nước tinh dầu, chứa axit thực "
        "vật và chất tan trong nước, có tính se và mùi thơm nhẹ. Trong ngành làm đẹp được dùng làm nước hoa hồng, xịt "
        "khoáng, hoặc thay nước trong kem và lotion để tạo hương tự nhiên.",
    ),
    (
        "lJo058",
        "en",
        "gcms_aroma",
        "Essential oil purity testing: GC/MS reports and adulteration checks",
        "Quality service explaining how essential oils are tested and how to read GC/MS reports: detecting dilution with "
        "carrier oils, synthetic extenders and outright synthetic substitution, checking key quality markers, and "
        "evaluating suppliers. Oxidised or adulterated oils can irritate skin, so batches are verified before use in "
        "skin care.",
    ),
    (
        "lJo059",
        "en",
        "gcms_lens",
        "Five quality tests for every essential oil batch",
        "Essential oil company's quality programme: gas chromatography (which compounds and at what levels), mass "
        "spectrometry (including non-aromatic contaminants such as heavy metals), FTIR scan against a historical "
        "database, microbial plate testing of incoming oil and finished product, and organoleptic testing of aroma, "
        "colour and consistency.",
    ),
    (
        "lJo060",
        "en",
        "lemongrass_farming",
        "Lemongrass cultivation guide for oil farmers",
        "Agronomy guide to growing Cymbopogon flexuosus: planting slips at the start of the monsoon, first cut after 3–4 "
        "months and then every 60 days, moderate irrigation and fertiliser. One hectare yields 40–50 litres of oil, sold "
        "at ₹12,000–18,000 per litre; leaves also serve as fodder and compost. Demand grows 10–15% a year.",
    ),
    (
        "lJo061",
        "en",
        "repellent_winen",
        "Lemongrass and citronella mosquito repellent spray",
        "Recipe for an all-natural outdoor insect repellent spray combining citronella oil (citronellal, citronellol, "
        "geraniol) with lemongrass oil (citral, geranial), which act together to mask human scent and irritate "
        "mosquitoes; meant for patios and evening gatherings.",
    ),
    (
        "lJo062",
        "vi",
        "cinnamon_ubdt",
        "Thu mua vỏ quế hữu cơ vùng cao",
        "Thông tin thị trường: giá vỏ quế tươi tại vùng trồng quế miền núi phía Bắc đạt 27.000–32.000 đồng/kg, cao nhất "
        "10 năm; quế hữu cơ 31.000–32.000 đồng/kg. Thương lái thu mua cả vỏ, lá và thân nhỏ; hướng dẫn phơi quế trên bạt ở "
        "nơi thoáng đãng để giữ hàm lượng tinh dầu.",
    ),
    (
        "lJo063",
        "vi",
        "tramhuong_dongnai",
        "Tạo trầm trên cây dó bầu và chế biến sản phẩm trầm hương",
        "Cơ sở trầm hương ở huyện miền núi giới thiệu kỹ thuật kích tạo trầm trên cây dó bầu trồng, chế biến trầm miếng, "
        "nhang trầm và chưng cất tinh dầu trầm; địa phương từng có hàng trăm cơ sở như làng nghề, tạo việc làm cho hàng "
        "nghìn lao động.",
    ),
    (
        "lJo064",
        "vi",
        "rosemary_hydrogel",
        "Hydrogel giữ ẩm cho cây hương thảo trồng chậu",
        "Kết quả nghiên cứu (tháng 1–6/2021) tại trung tâm nông nghiệp công nghệ cao: hydrogel tỉ lệ chitosan 85%, "
        "cellulose 15% làm tăng chiều cao cây, đường kính gốc, tán, số cành cấp 1 và hàm lượng tinh dầu của hương thảo "
        "trồng chậu. Chuyển giao vật liệu giữ ẩm cho vườn ươm.",
    ),
    (
        "lJo065",
        "en",
        "eo_nhuoanh",
        "Essential oil cooperative: seedlings, contract growing and distilled oils",
        "Women-led essential oil cooperative linking seedlings, cultivation and distillation: 60 ha of medicinal plants, "
        "over 300,000 seedlings supplied a year (tea tree or small-leaf eucalyptus, five-vein eucalyptus, lemongrass), "
        "leaves harvestable one year after planting. Sells distilled oils and supports new growing areas aiming at export "
        "quality.",
    ),
    (
        "lJo066",
        "en",
        "eo_leoserv",
        "How a steam distillation plant works: boiler, retort, condenser, separator",
        "Technical explainer from a distillation consultant: a boiler supplies saturated steam at 50–150 psi (about "
        "150 °C); steam enters under a perforated grid in the retort, passes through the plant charge and leaves with the "
        "oil vapour; a water-cooled coil condenses it; in the separator the oil floats off while the hydrolat is drawn "
        "continuously from the bottom.",
    ),
    # --- herbal shampoos and hair oils ---
    (
        "lJo067",
        "vi",
        "shampoo_boboon",
        "Dầu gội bồ kết thảo dược cô đặc đóng chai",
        "Dự án khởi nghiệp (giải khuyến khích chung kết toàn quốc Phụ nữ khởi nghiệp sáng tạo và chuyển đổi xanh 2024) "
        "chiết xuất bồ kết cô đặc thành dầu gội đóng chai thương phẩm, đúc kết từ công thức nấu dân gian phối bồ kết với "
        "sả, chanh, gừng, vỏ bưởi. Nhận chia sẻ quy trình và liên kết vùng nguyên liệu bồ kết.",
    ),
    (
        "lJo068",
        "vi",
        "shampoo_ngocdiep",
        "Bộ sản phẩm dầu gội bồ kết, kem ủ tóc và xịt tóc hoa bưởi",
        "Cơ sở khởi nghiệp (giải khuyến khích cuộc thi khởi nghiệp sáng tạo tỉnh năm 2020) nghiên cứu từ 2016, hoàn thiện "
        "tháng 1/2019 bộ 3 sản phẩm: dầu gội bồ kết, kem ủ tóc tinh chất bưởi – dừa – nha đam và xịt tóc hoa bưởi, nguồn "
        "gốc thảo mộc, an toàn cho phụ nữ sau sinh. Sẵn sàng chuyển giao công thức và gia công.",
    ),
    (
        "lJo069",
        "vi",
        "shampoo_nhung",
        "Mô hình nấu nước gội đầu thảo mộc bán trực tuyến",
        "Mô hình khởi nghiệp ở vùng quê ngoại thành: nấu nước gội đầu từ thảo mộc (bồ kết, vỏ bưởi, hương nhu, sả…) theo "
        "cách truyền thống, đóng chai bán qua mạng với lượng đơn lớn. Chia sẻ kinh nghiệm chọn nguyên liệu, nấu và tổ chức "
        "bán hàng cho người muốn làm theo.",
    ),
    (
        "lJo070",
        "vi",
        "shampoo_dung",
        "Cao bồ kết gội đầu và túi bồ kết thảo mộc",
        "Cơ sở do một kỹ sư hóa lập năm 2014 (vốn ban đầu là chiếc máy dập gần chục triệu đồng, vài chục cân bồ kết và vải "
        "chuyên dụng) sản xuất túi bồ kết và cao bồ kết gội đầu phối hương nhu và thảo mộc vùng trung du đất đỏ bazan; "
        "nhận cung cấp cao bồ kết làm nguyên liệu.",
    ),
    (
        "lJo071",
        "en",
        "shampoo_badi",
        "Formulating and benchmarking a pure herbal shampoo",
        "Pharmacy college research: herbal shampoo made from extracts of Acacia concinna, Sapindus mukorossi, Phyllanthus "
        "emblica, Ziziphus spina-christi and Citrus aurantifolia in a 10% gelatin solution, preserved with a little "
        "methylparaben and pH-adjusted with citric acid. Tests: pH, wetting time, solids, foam volume and stability, "
        "surface tension, detergency, dirt dispersion; blind test with 20 volunteers scored 3.0/4 versus 3.3–3.4 for "
        "market shampoos.",
    ),
    (
        "lJo072",
        "en",
        "shampoo_ijps",
        "Herbal shampoo evaluation protocol for small producers",
        "Formulation and evaluation service for herbal shampoos built on amla, bhringraj, curry leaves, reetha and "
        "shikakai extracts with methylparaben and citric acid pH adjustment: visual inspection, pH, wetting time, % solids, "
        "foam volume and stability, surface tension, detergency and dirt dispersion, compared against commercial "
        "synthetic and herbal shampoos.",
    ),
    (
        "lJo073",
        "vi",
        "shampoo_joan",
        "Chọn chất hoạt động bề mặt cho dầu gội tự nhiên",
        "Tài liệu đào tạo phần 2 về dầu gội tự nhiên: chất hoạt động bề mặt giảm sức căng bề mặt, có đầu ưa nước và đầu "
        "ưa dầu; bốn nhóm anion, không ion, cation và lưỡng tính. Nhóm sulfat (SLS, ALS) tạo bọt mạnh nhưng dễ kích ứng; "
        "nhóm không sulfat dịu hơn; anion tạo bọt, làm sạch và tăng độ đặc tốt nhất nhưng có thể khô da, tóc.",
    ),
    (
        "lJo074",
        "en",
        "shampoo_bar_bettyes",
        "Basic shampoo bar formula with SCI and coco betaine",
        "Formulation service for solid shampoo bars: sodium cocoyl isethionate 50%, cocamidopropyl betaine 20%, coconut "
        "oil 10%, olive oil 10%, shea butter 5%, essential oil 5%. Melt the oils gently, stir in SCI and betaine, add "
        "fragrance, press into silicone moulds and let harden at least 24 hours.",
    ),
    (
        "lJo075",
        "vi",
        "shampoo_bar_inmysoap",
        "Hướng dẫn làm dầu gội dạng bánh (shampoo bar) dịu nhẹ",
        "Bài hướng dẫn mức trung cấp (45 phút, 4 bánh): hòa 1 thìa axit citric vào 10 ml nước nóng để làm mềm nước cứng, "
        "thêm coco-caprylate (chất làm mượt thay silicone, nguồn gốc dừa), provitamin B5, tinh dầu cam, tùy chọn mica; bột "
        "SCI rất dễ bay và gây kích ứng khi hít nên đeo kính, khẩu trang, mở cửa sổ.",
    ),
    (
        "lJo076",
        "vi",
        "buoi_clair",
        "Tinh dầu bưởi xịt tóc: chưng cất, pha chế và bảo quản",
        "Hướng dẫn chuyên sâu làm tinh dầu bưởi xịt tóc: vỏ xanh chứa limonene (thường 90–97%), naringin, pectin, vitamin "
        "A, C; chưng cất hơi nước để thu tinh chất đậm đặc, pha thành dạng xịt kích thích mọc tóc, kèm cách bảo quản và "
        "lưu ý an toàn khi dùng trên da đầu.",
    ),
    (
        "lJo077",
        "en",
        "hairoil_techno",
        "Herbal hair oil manufacturing: project profile",
        "Technology project profile for a herbal hair oil unit: base of coconut, castor or sesame oil; herbs such as "
        "amla, henna leaves, brahmi, myrobalan fruits and lemon oil at 0.01–1%; antioxidants to prevent rancidity; "
        "perfumes fixed with sandalwood oil or other fixatives; optional oil-soluble colours that are safe; plus market "
        "assessment.",
    ),
    (
        "lJo078",
        "en",
        "hairoil_vco_indo",
        "Virgin coconut oil and almond oil hair oil formulation",
        "University entrepreneurship study developed a hair oil combining virgin coconut oil (lauric acid, vitamin E, "
        "antioxidants) with almond oil to moisturise, reduce hair fall and strengthen roots. A one-week trial with "
        "participants confirmed an optimal formulation; the product is pitched as a way to add value to abundant local "
        "coconuts.",
    ),
    (
        "lJo079",
        "en",
        "hairoil_infuse",
        "Herb-infused coconut oil for hair: infusion methods",
        "How-to for infusing coconut oil with herbs: 1 cup coconut oil solid at room temperature with 4 tablespoons "
        "lavender, infused on low in a slow cooker for about 6 hours (or gently in a pot), filtered through cheesecloth and "
        "whipped; the only rule is never to let the oil overheat or boil, which damages its lipids.",
    ),
    # --- lip balms and skin creams ---
    (
        "lJo080",
        "en",
        "lip_sage",
        "Lip balm formulation guide by percentage",
        "Supplier's guide for creating lip balm recipes by weight: 20% beeswax, 25% oil solid at room temperature "
        "(coconut, shea, palm), 15% brittle butter (cocoa butter), 40% liquid oil. Melt in a double boiler, fill with a "
        "plastic transfer pipette, top off once the lower part sets; tubes hold about 0.15 oz and pots 0.25 oz.",
    ),
    (
        "lJo081",
        "en",
        "lip_smf",
        "Beeswax lip balm recipe that passes pocket and winter tests",
        "Tested recipe by weight: liquid oil 1 (high-oleic sunflower) 33.8%, liquid oil 2 (jojoba) 33.8%, beeswax 31.5%, "
        "optional essential-oil blend under 1%. Melt in a water bath at about 80 °C and pour into tubes; a 275 g batch "
        "fills about 50 standard 0.15 oz tubes and 90 g about 16. More wax makes it firmer, more oil softer.",
    ),
    (
        "lJo082",
        "vi",
        "lip_canwax",
        "Bộ nguyên liệu và vỏ son dưỡng môi",
        "Nhà cung cấp vật tư bán bộ son dưỡng: công thức cơ bản 1,0 oz sáp ong (trắng hoặc vàng), 1,0 oz bơ shea, 0,5 oz bơ "
        "ca cao, 1,5 oz dầu lỏng và 6 ml hương liệu, đủ khoảng 16 hũ 1/4 oz, 32 hũ 1/8 oz hoặc 24 tuýp; son quá mềm thì "
        "thêm sáp, quá cứng thêm dầu lỏng. Có sẵn hũ và tuýp các cỡ.",
    ),
    (
        "lJo083",
        "vi",
        "lip_webtretho",
        "Cách làm son dưỡng chống nẻ từ sáp ong không hóa chất",
        "Hướng dẫn thực hành: 1/2 thìa cà phê sáp ong nguyên chất bào sợi với 2 thìa cà phê dầu thực vật, đun cách thủy đến "
        "khi sáp chảy hết; tùy chọn vài giọt hương thực phẩm và 2 giọt tinh dầu oải hương; không dùng tinh dầu cam, chanh, "
        "bưởi. Tiệt trùng dụng cụ bằng cồn 90°, chi phí chưa tới 10.000 đồng.",
    ),
    (
        "lJo084",
        "vi",
        "lip_padma",
        "Son dưỡng môi sáp ong – cúc La Mã cho môi khô nứt",
        "Thương hiệu mỹ phẩm thiên nhiên chia sẻ công thức son dưỡng sáp ong – hoa cúc: môi mỏng, không có tuyến mồ hôi và "
        "bã nhờn nên dễ mất nước; son dưỡng vừa cấp ẩm, khóa ẩm vừa bảo vệ da môi khỏi khô, bong tróc và nhiễm trùng vết "
        "nứt.",
    ),
    (
        "lJo085",
        "en",
        "lip_granda",
        "Complete lip balm production line design",
        "Machinery maker designs lip balm lines: raw material storage and dosing (waxes such as beeswax or carnauba, "
        "coconut or jojoba oil, shea or cocoa butter), jacketed melting tank heating waxes to about 60–80 °C, mixing tank "
        "with agitators, then filling, cooling and packaging stations; quality control starts at sourcing.",
    ),
    (
        "lJo086",
        "en",
        "lipstick_sriworld",
        "Industrial lipstick manufacturing process",
        "Lipstick factory process: solvents, oils and fats/waxes are melted separately in stainless or ceramic vessels, "
        "pigment is ground on a roller mill, mixed into hot wax for hours and de-aerated under vacuum, then moulded into "
        "tubes or stored in pans for weeks; batches are usually large single-colour runs.",
    ),
    (
        "lJo087",
        "vi",
        "cream_pimichi",
        "Nguyên liệu và kỹ thuật nấu kem dưỡng da handmade",
        "Nhà cung cấp nguyên liệu hướng dẫn nhóm thành phần của kem dưỡng: bơ/dầu, nước hoặc dung môi khác, chất nhũ hóa, "
        "chất làm đặc, chống oxy hóa, chất bảo quản, hương liệu/tinh dầu và màu. Nước chiếm 50–80% nên giá vốn thấp; nấu "
        "kem khó hơn son và xà phòng; thận trọng với phụ nữ mang thai, da nhạy cảm (ví dụ dầu hạnh nhân, dầu thầu dầu).",
    ),
    (
        "lJo088",
        "vi",
        "cream_southern",
        "Hướng dẫn phối công thức kem dưỡng theo pha dầu, pha nước, nhũ hóa",
        "Tài liệu DIY về cấu trúc kem dưỡng: pha nước, pha dầu (dầu dừa, dầu cám gạo, hướng dương, jojoba… hoặc dầu khoáng, "
        "silicone), pha nhũ hóa và tạo đặc, chất bảo quản, chống oxy hóa, màu, hương. So sánh độ thấm và độ dưỡng: dầu tự "
        "nhiên dưỡng tốt, phục hồi da nhưng thấm chậm, hơi bí.",
    ),
    (
        "lJo089",
        "vi",
        "cream_maymypham",
        "Tư vấn nguyên liệu và thiết bị làm kem dưỡng da",
        "Công ty máy mỹ phẩm tư vấn thành phần kem: bơ/dầu thiên nhiên thay dầu khoáng, silicone; nước chiếm 50–80% (50–55% "
        "cho kem đặc, 75–80% cho lotion loãng) và bắt buộc là nước cất vì nước máy, nước suối còn vi sinh vật và kim loại; "
        "chất nhũ hóa dạng hạt, lỏng hoặc sệt để tránh tách lớp.",
    ),
    (
        "lJo090",
        "vi",
        "homog_vacuumvn",
        "Máy đồng hóa nhũ hóa chân không cho kem, sữa dưỡng, serum",
        "Nhà sản xuất thiết bị cung cấp máy đồng hóa – nhũ hóa mỹ phẩm: trộn đều, làm mịn hạt và nhũ hóa ổn định pha dầu – "
        "nước; mọi bộ phận tiếp xúc bằng vật liệu cấp thực phẩm hoặc dược phẩm đáp ứng GMP mỹ phẩm; thông số đồng hóa nhẹ "
        "để bảo vệ chiết xuất thực vật, vitamin, men vi sinh.",
    ),
    (
        "lJo091",
        "vi",
        "homog_hoaviet",
        "Máy nhũ hóa mỹ phẩm thiết kế theo tiêu chuẩn GMP",
        "Doanh nghiệp chế tạo máy nhũ hóa cho cơ sở mỹ phẩm (ngành tăng trưởng 10–15%/năm): máy quyết định độ mịn, độ ổn "
        "định và cảm giác khi dùng; thiết kế theo GMP ASEAN về vật liệu, vệ sinh, hồ sơ, giúp sản phẩm đồng nhất, phân bố "
        "đều hoạt chất; tư vấn chọn máy theo quy mô.",
    ),
    (
        "lJo092",
        "en",
        "homog_chemistscorner",
        "Laboratory homogenizers for cosmetic R&D and scale-up",
        "Lab equipment note: benchtop homogenizers handle samples from 0.1 ml to about 20 litres (0.1 ml–5 l most useful "
        "for early research), with motors from 125 to 1,700 W driving interchangeable rotor-stator generators at "
        "controllable speeds up to 45,000 rpm for emulsifying, dispersing, dissolving and particle reduction before "
        "scaling to production.",
    ),
    (
        "lJo093",
        "en",
        "homog_emulsifyingmixer",
        "Vacuum emulsifying mixers for starting cream and lotion production",
        "Equipment maker's guide to starting cream production: premix the oil phase (oils, fats, waxes, emulsifiers) and "
        "the water phase (glycerin, humectants), then emulsify O/W or W/O. Plain agitators leave agglomerates, trap air "
        "bubbles, fail to form stable emulsions and let powders build up on the walls; vacuum homogenizing mixers solve "
        "these problems.",
    ),
    (
        "lJo094",
        "en",
        "aloe_rjp",
        "Stabilizing aloe vera gel with chemical and natural preservatives",
        "Medicinal plants research centre reports a method to stabilize aloe gel, which decays quickly in air: gel "
        "processed under sterile conditions with citric acid, ascorbic acid, vitamin E and potassium sorbate plus "
        "cinnamon and clove essential oils stayed stable for 90 days with acemannan preserved, checked by microbiology, "
        "pH, refractometry, viscosity, sugars, NMR and FT-IR.",
    ),
    (
        "lJo095",
        "en",
        "aloe_mygarden",
        "Industrial processing of aloe vera leaves into gel",
        "Process description for aloe gel plants: leaves selected by size, washed in water with an anionic surfactant in "
        "stainless tanks, rinsed through a bactericidal bath (iodine or hydrogen peroxide), then topped and filleted by "
        "hand within 36 hours of harvest to keep the bitter latex out of the inner fillet; the juice is then disinfected, "
        "heated, stabilized and packed.",
    ),
    (
        "lJo096",
        "vi",
        "lipgloss_nhatrang",
        "Nghiên cứu công thức son bóng dùng màu thực phẩm",
        "Đồ án tốt nghiệp ngành công nghệ kỹ thuật hóa học (Trường Đại học Nha Trang) nghiên cứu công thức son bóng hệ nước "
        "– dầu dùng màu thực phẩm thay phẩm màu tổng hợp, hướng tới son từ thành phần thiên nhiên không chì, paraben, dầu "
        "mỏ; chia sẻ kết quả phối liệu và đánh giá sản phẩm.",
    ),
    (
        "lJo097",
        "en",
        "aloe_agri",
        "Aloe vera juice drink processing: decolourising and removing aloin",
        "Processing advice for aloe beverages: whole leaves are crushed or pressed into juice, filtered and treated with "
        "activated carbon to decolourise and strip aloin and anthraquinones, which are laxative, before sterilization and "
        "stabilization as a drink formulation; cold processing with glucose oxidase and catalase enzymes is an "
        "alternative.",
    ),
    # --- natural colourants and fragrances ---
    (
        "lJo098",
        "vi",
        "color_labcos",
        "14 chất tạo màu tự nhiên cho mỹ phẩm hữu cơ",
        "Công ty nghiên cứu mỹ phẩm giới thiệu 14 chất tạo màu tự nhiên an toàn cho sản phẩm chăm sóc da (ví dụ màu xanh "
        "của dầu bơ, màu cam của dầu buriti), phân biệt với màu tổng hợp; màu tự nhiên ổn định sau chế biến, ít độc, ít biến "
        "chất, thân thiện môi trường và có thêm giá trị dưỡng da.",
    ),
    (
        "lJo099",
        "en",
        "color_nsw",
        "Natural colour palette for handmade soap",
        "Soap-making course module on plant-based colours: turmeric (light yellow if infused in olive oil, intense if "
        "added directly), paprika for orange, pure cacao for brown, activated charcoal for black, indigo for blue, "
        "coloured clays, alkanet, madder root for peach, orange peel, green tea, moringa or spirulina for green; includes "
        "a video on mixing charcoal into batter.",
    ),
    (
        "lJo100",
        "en",
        "color_emily",
        "Colour-fastness trials of natural colourants in cold-process soap",
        "Soap maker shares side-by-side trials: ground parsley gives green that fades noticeably over four months, "
        "spirulina fades almost at once because it is photosensitive, madder root powder gives soft to vivid pink "
        "depending on dose, rose kaolin clay gives pink; bars cured on shelves out of direct sun.",
    ),
    (
        "lJo101",
        "en",
        "color_eatsip",
        "How natural colourants behave at soap's high pH",
        "Fifteen years of natural-colour experiments: the colour of the plant is rarely the colour after saponification "
        "(bright beet root turned brownish-beige within days). Guide to which colourants stay true, how to use them for "
        "stable results, and extra benefits such as clays for oil absorption and charcoal.",
    ),
    (
        "lJo102",
        "vi",
        "color_ladanse",
        "Kỹ thuật ngâm dầu tạo màu tự nhiên cho xà phòng",
        "Xưởng xà phòng chia sẻ cách tạo màu: nghệ cho vàng, ớt bột paprika cho hồng đào, hạt điều màu (annatto) cho cam, rễ "
        "alkanet cho các sắc tím; bột được ngâm trong dầu ô liu trước khi nấu xà phòng, riêng hạt điều màu phải đun nóng với "
        "dầu; đất sét đỏ, xanh, hồng vừa tạo màu vừa giữ mùi tinh dầu.",
    ),
    (
        "lJo103",
        "vi",
        "enfleurage_syme",
        "Chiết hương hoa bằng phương pháp ướp chất béo (enfleurage)",
        "Thương hiệu tinh dầu giới thiệu kỹ thuật enfleurage, dùng từ những năm 1600: rải cánh hoa tươi cánh dày lên lớp "
        "chất béo, thay hoa lặp lại nhiều lần đến khi chất béo bão hòa hương, giữ mùi hoa tinh khiết hơn chưng cất; ví dụ "
        "một dòng nước hoa năm 2015 chiết từ hơn một tỷ bông, mỗi lọ chỉ khoảng 0,8 g tinh dầu.",
    ),
    (
        "lJo104",
        "vi",
        "jasmine_menandlife",
        "Tinh dầu hoa nhài thiên nhiên: sản lượng và cách thu hái",
        "Thông tin nguyên liệu nước hoa: cần khoảng 900 kg cánh hoa nhài tươi cho 500 g tinh dầu, hoa phải hái tay và chiết "
        "ngay vì cánh dập làm giảm chất lượng; khoảng 80% nước hoa hương nhài trên thị trường dùng hương nhân tạo; 5 g tinh "
        "dầu nhài thiên nhiên có giá khoảng 2 triệu đồng.",
    ),
    (
        "lJo105",
        "en",
        "ifra_amorphous",
        "IFRA and EU allergen compliance for natural perfumes",
        "Perfume house explains how it follows IFRA guidelines and cross-checks EU allergen restrictions for finished "
        "fragrances: linalool (thyme, citrus, mint), limonene (citrus rinds), benzyl alcohol, benzyl benzoate, benzyl "
        "salicylate, citronellal and others occur naturally in essential oils and must be restricted or declared even in "
        "all-natural blends.",
    ),
    (
        "lJo106",
        "vi",
        "ifra_eoil",
        "Liều dùng tối đa hương liệu tự nhiên theo từng loại sản phẩm",
        "Nhà cung cấp hương liệu tự nhiên công bố mức dùng tối đa khuyến nghị (thấp hơn giới hạn IFRA để tránh kích ứng da "
        "nhạy cảm): sản phẩm tắm 5%; dầu, lotion, kem, xà phòng, dầu gội cho cơ thể tối đa 3%; kem mặt 1%; dầu gội, dầu xả, "
        "xịt tóc 2%; nước hoa cồn 5%; xà phòng đổ khuôn 5%; ở liều này không gây nhạy cảm ánh sáng.",
    ),
    (
        "lJo107",
        "en",
        "ifra_essencemixer",
        "Allergen checkpoints when blending oil-based fragrances",
        "Blending guidance: watch seven key allergy triggers such as limonene, linalool and geraniol; dilute essential "
        "oils to 1–5% for skin, run 48-hour patch tests, mind cross-reactivity between related plant compounds, store oils "
        "in dark amber bottles against oxidation, document reactions and keep clear ingredient labels.",
    ),
    (
        "lJo108",
        "vi",
        "perfume_truyenhay",
        "Quy trình sản xuất nước hoa từ nguyên liệu thiên nhiên",
        "Thương hiệu nước hoa trong nước giới thiệu các giai đoạn làm nước hoa: thu gom nguyên liệu (hoa, gỗ đàn hương, trầm, "
        "cỏ cây, nguyên liệu tổng hợp), chiết tinh dầu bằng chưng cất hơi nước, chiết dung môi, ép, ngâm; lớp tinh dầu nổi "
        "trên hydrosol; phối hương, ủ và đóng chai.",
    ),
    (
        "lJo109",
        "en",
        "candle_visual",
        "Getting strong scent throw in soy wax candles",
        "Candle-making guide: use 1–1.6 oz (28–45 g) candle-grade fragrance oil per pound (454 g) of soy wax such as "
        "Golden Brands 464 or 444, add it at the temperature where the wax bonds with it, stir properly and let candles "
        "cure; diffuser or soap essential oils do not bind correctly with candle wax.",
    ),
    (
        "lJo110",
        "en",
        "candle_dantes",
        "Making scented soy candles at home step by step",
        "Step-by-step home candle making: melt soy wax flakes in a double boiler to about 170–180 °F, fix wicks in clean "
        "jars, add about 1 oz fragrance oil per pound of wax, pour, let harden for several hours and trim the wick to "
        "1/4 inch.",
    ),
    (
        "lJo111",
        "vi",
        "charcoal_ckt",
        "Lò nung than gáo dừa",
        "Doanh nghiệp hướng dẫn làm than gáo dừa bằng lò nung có 5 ống khói và lỗ khí phía dưới, đốt yếm khí gáo dừa già "
        "đã phơi khô; cứ 30 nghìn gáo cho khoảng 1 tấn than, dùng làm nhiên liệu nấu nướng, cho thợ rèn, thợ kim hoàn và làm "
        "nguyên liệu than hoạt tính dạng hạt.",
    ),
    (
        "lJo112",
        "en",
        "waterlily_parfumnesia",
        "Water lily accord built from synthetic aroma molecules",
        "Fragrance note profile: water lily in perfumery is usually an accord, not a natural extract, because the flower "
        "yields almost no stable essential oil; perfumers build it with muguet materials (hydroxycitronellal, cyclamen "
        "aldehyde), hedione, calone and floralozone, cis-3-hexenol and soft musks for a fresh aquatic floral.",
    ),
    # --- preservation, stability and shelf life ---
    (
        "lJo113",
        "vi",
        "pres_emoi",
        "Tư vấn chất bảo quản cho mỹ phẩm handmade có nước",
        "Chuyên gia mỹ phẩm tư vấn: kem, serum, lotion, toner có nước mà không có chất bảo quản thì không thể để hơn 1 tuần "
        "ngoài tủ lạnh, càng không thể để 1 năm; chất bảo quản ngăn vi khuẩn, nấm mốc, giữ dầu – nước không tách và dầu "
        "không biến mùi, chỉ cần khoảng 1% khối lượng để sản phẩm dùng được 1 năm hoặc hơn.",
    ),
    (
        "lJo114",
        "en",
        "pres_mikrolab",
        "Preservative efficacy (challenge) testing laboratory",
        "Accredited microbiology lab runs challenge tests: bacteria, yeasts and moulds are deliberately added to the "
        "finished cosmetic and counted at set intervals over several weeks against the standard's reduction criteria. "
        "Reports pinpoint common errors: too little preservative, the wrong preservative for the product type, pH outside "
        "its working range, trust in a 'natural' preservative, and packaging such as jars.",
    ),
    (
        "lJo115",
        "en",
        "pres_qalitex",
        "Preservative efficacy testing (PET) for creams, shampoos and serums",
        "Testing laboratory offers PET, simulating consumer use (finger dipping, water and air exposure) to prove that the "
        "preservative system controls microbes throughout shelf life and use; supports safety, texture and odour "
        "stability, avoids recalls and backs compliance in the US, EU and international markets, and helps troubleshoot "
        "weak preservative systems.",
    ),
    (
        "lJo116",
        "en",
        "pres_bav",
        "Which cosmetics need a preservation challenge test",
        "Institute guidance: the EU Cosmetics Regulation requires a challenge test in the safety assessment, but products "
        "may be exempt if pH is below 3 or above 10, they are water-free, contain more than 20% alcohol, are filled above "
        "65 °C, have water activity below 0.75, are solvent-based or oxidizing, or contain more than 25% aluminium "
        "chlorohydrate; other low-risk cases by individual risk assessment.",
    ),
    (
        "lJo117",
        "en",
        "stab_microchem",
        "Accelerated and real-time stability testing with package compatibility",
        "Laboratory service to set cosmetic shelf life: accelerated stability on the Arrhenius basis, where 12 weeks at "
        "40 °C is taken as one year at ambient (about 21 °C), or real-time stability at room temperature. Products should "
        "be tested in final retail packaging; package compatibility runs the product in glass alongside the retail pack.",
    ),
    (
        "lJo118",
        "vi",
        "stab_8oem",
        "Gia công mỹ phẩm OEM kèm thử nghiệm độ ổn định",
        "Nhà máy gia công mỹ phẩm OEM đưa thử nghiệm độ ổn định vào gói phát triển sản phẩm: lão hóa cấp tốc ở 40, 45 hoặc "
        "50 °C trong 1–3 tháng (ổn định 3 tháng ở 45 °C thường tương ứng hạn dùng 2–3 năm), thử dài hạn 25 °C/60% RH, chu "
        "kỳ đông – rã (-10 đến 25 °C, 3–5 chu kỳ), thử ánh sáng và thử thách chất bảo quản.",
    ),
    (
        "lJo119",
        "en",
        "stab_msclinical",
        "Stability, packaging compatibility and PAO studies",
        "Clinical research organisation offers accelerated stability (3 months at 40–45 °C) and real-time stability over "
        "the claimed shelf life, tracking physical, chemical and microbiological specifications at checkpoints; stability "
        "in inert packaging, compatibility studies in the final pack, and period-after-opening (PAO) studies.",
    ),
    (
        "lJo120",
        "en",
        "stab_desifine",
        "Seven-step stability testing programme for cosmetic brands",
        "Service outline: define protocol and acceptance criteria; sample and record day-0 colour, odour, pH, viscosity "
        "and microbiology; long-term test 3–12 months; accelerated test 3–6 months at 37–45 °C; stress tests (freeze-thaw, "
        "light, container compatibility); 28-day preservation efficacy; reporting. About 30% of cosmetic returns are "
        "linked to stability problems.",
    ),
    (
        "lJo121",
        "en",
        "stab_lib",
        "Hot and cold climatic test chambers for cosmetics stability",
        "Equipment manufacturer sells high-precision temperature and humidity chambers for stability testing of creams, "
        "lotions, make-up and packaging, with multi-stage hot–cold and humidity cycles to simulate storage and transport "
        "when development timelines are short; customers cite ease of operation and durability.",
    ),
    (
        "lJo122",
        "vi",
        "pack_machineu",
        "Chai thủy tinh nâu đựng tinh dầu có nút nhỏ giọt",
        "Nhà cung cấp bao bì bán chai thủy tinh 10–50 ml cho tinh dầu: màu hổ phách chặn trên 90% tia UV và ánh sáng nhìn "
        "thấy, xanh coban và xanh lá cũng chống sáng tốt; nút giảm lỗ (orifice reducer) cho nhỏ từng giọt, chống đổ; nắp "
        "nhựa phenolic kháng hóa chất hoặc bộ ống nhỏ giọt kiểu châu Âu; thủy tinh trơ, không phản ứng với tinh dầu.",
    ),
    (
        "lJo123",
        "en",
        "pack_cary",
        "Glass packaging for essential oils",
        "Packaging distributor explains why essential oils belong in glass: the oils are volatile, flammable and sensitive "
        "to heat, light, oxygen and moisture, and plastic is not recommended for pure undiluted oils. About 250 lb of "
        "lavender flowers give 1 lb of oil, so protecting the oil matters; the market is projected at $16 billion by 2026.",
    ),
    (
        "lJo124",
        "vi",
        "date_giahuy",
        "Máy in phun date và hướng dẫn ghi hạn sử dụng mỹ phẩm",
        "Công ty dịch vụ kỹ thuật cung cấp máy in phun date công nghiệp để in ngày sản xuất, số lô, hạn dùng lên bao bì mỹ "
        "phẩm, kèm hướng dẫn cách ghi: ngày hết hạn (EXP) bắt buộc với sản phẩm ổn định dưới 30 tháng, thời hạn sau khi mở "
        "nắp (PAO), và cách các nước ghi hạn sử dụng khác nhau.",
    ),
    (
        "lJo125",
        "en",
        "aloe_typology",
        "Keeping aloe vera gel stable: oxidation, storage and vitamin stabilisers",
        "Skin-care brand's technical note: aloe gel yellows and degrades by oxidation in air and heat, so the pulp is "
        "stabilised right after extraction and again before use in products. Fresh gel keeps 24–48 hours in the fridge; "
        "with vitamin C and E (about 500 mg per 60 ml) it keeps about 6 months refrigerated, frozen cubes about a year; "
        "store airtight and opaque, discard if ochre-brown or off-smelling.",
    ),
    (
        "lJo126",
        "en",
        "pack_jinsheng",
        "Cosmetic bottles: glass, plastic, airless and dropper",
        "Packaging manufacturer supplies cosmetic bottles by product type: glass for perfumes, serums and essential oils "
        "(inert, protects from air and light), lighter low-cost plastic bottles for body wash, shampoo and lotion, airless "
        "bottles that keep air out of serums and moisturisers, and dropper bottles for facial oils; pump dispensers for "
        "ease of use.",
    ),
    (
        "lJo127",
        "en",
        "pack_excell",
        "Dark glass bottles for wine and food",
        "Glass bottle maker for beverages, food, cosmetics and medicine explains that dark wine bottles protect wine from "
        "light-induced deterioration and that glass packaging can extend food shelf life; offers standard dark bottles "
        "for wineries and food producers.",
    ),
    # --- cosmetic notification, labelling and production conditions ---
    (
        "lJo128",
        "vi",
        "reg_tt06_annex",
        "Dịch vụ lập hồ sơ công bố sản phẩm mỹ phẩm theo Thông tư 06/2011/TT-BYT",
        "Công ty luật nhận soạn hồ sơ công bố mỹ phẩm sản xuất trong nước: phiếu công bố (Phụ lục 01), hướng dẫn công bố và "
        "công bố tính năng theo ASEAN (Phụ lục 02, 03), giới hạn kim loại nặng và vi sinh vật (Phụ lục 06), hồ sơ thông tin "
        "sản phẩm PIF (Phụ lục 07), thay đổi sau công bố (Phụ lục 05) và báo cáo hoạt động sản xuất kinh doanh (Phụ lục 17).",
    ),
    (
        "lJo129",
        "vi",
        "reg_wikiluat",
        "Tư vấn pháp lý thành lập cơ sở sản xuất, kinh doanh mỹ phẩm",
        "Luật sư tư vấn các văn bản phải biết trước khi bỏ vốn: Luật Doanh nghiệp, Luật Đầu tư, Nghị định 78/2015 và 108/2018 "
        "về đăng ký kinh doanh, Nghị định 93/2016 về điều kiện sản xuất mỹ phẩm, Nghị định 155/2018, Thông tư 06/2011 về quản "
        "lý mỹ phẩm, Quyết định 24/2006 áp dụng CGMP ASEAN, Thông tư 114/2017 về phí.",
    ),
    (
        "lJo130",
        "vi",
        "reg_kcarrier",
        "Thủ tục công bố mỹ phẩm nhập khẩu qua Cổng một cửa quốc gia",
        "Công ty logistics nhận làm thủ tục công bố mỹ phẩm nhập khẩu tại Cục Quản lý Dược trên Cổng thông tin một cửa quốc "
        "gia (vnsw.gov.vn) trước khi lưu thông; tư vấn phạm vi Thông tư 06/2011: công bố, hồ sơ thông tin sản phẩm, an toàn, "
        "ghi nhãn, quảng cáo, xuất nhập khẩu, lấy mẫu kiểm tra.",
    ),
    (
        "lJo131",
        "vi",
        "reg_butter_label",
        "Thiết kế nhãn mỹ phẩm tuân thủ Nghị định 43 và ASEAN",
        "Đơn vị sản xuất mỹ phẩm hướng dẫn ghi nhãn (cập nhật 2025): Nghị định 43/2017 (sửa bởi Nghị định 111/2021) quy định "
        "nguyên tắc nền về tiếng Việt, nhãn phụ, xuất xứ, tên – địa chỉ tổ chức chịu trách nhiệm; ACD/Thông tư 06 quy định "
        "nội dung riêng: tên và chức năng, hướng dẫn dùng, thành phần INCI, số lô, NSX/HSD hoặc PAO, cảnh báo.",
    ),
    (
        "lJo132",
        "vi",
        "reg_apex",
        "Tư vấn nhãn phụ tiếng Việt cho mỹ phẩm",
        "Công ty luật tư vấn nhãn phụ: phần dịch sang tiếng Việt các nội dung bắt buộc của nhãn gốc tiếng nước ngoài và bổ "
        "sung nội dung còn thiếu theo Nghị định 43/2017; phân biệt phiếu công bố mỹ phẩm với nhãn phụ; thông tin về thành "
        "phần, cách dùng, cảnh báo phải chính xác.",
    ),
    (
        "lJo133",
        "vi",
        "reg_truongluat_label",
        "Tư vấn nội dung bắt buộc trên nhãn mỹ phẩm",
        "Văn phòng luật tư vấn ghi nhãn mỹ phẩm: tên và chức năng, hướng dẫn sử dụng, công thức thành phần đầy đủ, nước sản "
        "xuất, tên và địa chỉ tổ chức chịu trách nhiệm đưa ra thị trường, định lượng theo khối lượng tịnh hoặc thể tích, "
        "số lô, ngày sản xuất hoặc hạn dùng (ổn định dưới 30 tháng phải ghi ngày hết hạn), lưu ý an toàn.",
    ),
    (
        "lJo134",
        "en",
        "reg_asc_label",
        "ASEAN cosmetic labelling requirements: guidance service",
        "Standards body guidance on ASEAN Cosmetic Directive labelling: on outer packaging (or immediate packaging if "
        "none) show the product name and function, instructions for use, full ingredient list in standard nomenclature "
        "(botanicals by genus and species), country of manufacture, name and address of the company placing it on the "
        "market, contents by weight or volume, batch number, dates and warnings.",
    ),
    (
        "lJo135",
        "en",
        "reg_ceway",
        "ASEAN cosmetic notification and product information file service",
        "Regulatory consultancy handles ASEAN market entry: every product needs a local responsible person who keeps a "
        "product information file in four parts (administrative summary, raw-material quality, finished-product quality, "
        "safety and efficacy with a safety assessment) and notifies each member country separately; no pre-market "
        "approval, post-market surveillance instead; ingredient lists follow the EU annexes.",
    ),
    (
        "lJo136",
        "en",
        "reg_asean_faq",
        "ASEAN cosmetic labels and claims: practical answers",
        "Frequently asked questions from the ASEAN harmonised scheme: the label must carry the name and address of the "
        "company placing the product on the local market and always the country of manufacture; claims are acceptable if "
        "they promise a cosmetic, not medicinal or therapeutic, benefit and can be substantiated; claims are nationally "
        "controlled; notify before placing products on the market.",
    ),
    (
        "lJo137",
        "vi",
        "reg_gmpvn",
        "Tư vấn chứng nhận CGMP ASEAN cho cơ sở sản xuất mỹ phẩm",
        "Đơn vị tư vấn GMP hướng dẫn lộ trình, hồ sơ xin chứng nhận CGMP ASEAN: dự thảo nghị định thay Nghị định 93/2016 nâng "
        "yêu cầu nhà xưởng, nhân sự và hệ thống chất lượng; người phụ trách sản xuất và đảm bảo chất lượng phải toàn thời "
        "gian, có bằng đại học chính quy ngành dược, y, hóa, sinh, công nghệ sinh học và tối thiểu 24 tháng kinh nghiệm.",
    ),
    (
        "lJo138",
        "en",
        "reg_chemlinked",
        "ASEAN cosmetic regulation intelligence",
        "Compliance intelligence service on the ASEAN Harmonized Cosmetic Regulatory Scheme signed on 2 September 2003 "
        "and applied from 1 January 2008: member states moved from pre-market approval to post-market surveillance; "
        "explains Schedule A (mutual recognition) and Schedule B (the ASEAN Cosmetic Directive) and the competent "
        "authority in each country, including Vietnam.",
    ),
    (
        "lJo139",
        "en",
        "reg_malaysia",
        "Cosmetic product notification guideline (Malaysia)",
        "National guideline for cosmetic control: what notification is, who may notify and their responsibilities, "
        "documents, language, fees, validity and changes; post-market surveillance with a product information file and "
        "safety assessment; ingredient, labelling, claims and GMP rules; authorisations for manufacture, import and "
        "wholesale.",
    ),
    # --- small-batch filling and packaging lines ---
    (
        "lJo140",
        "en",
        "fill_lisson",
        "Filling creams, hand creams and lip glosses into cosmetic tubes",
        "Tube packaging supplier explains tube filling: tubes are cleaned and sterilized, formed and sealed at one end; "
        "vacuum filling suits liquid and semi-solid products and keeps air out, piston filling suits thicker formulas; "
        "small batches can be filled manually, large runs by automated machines, followed by sealing and coding.",
    ),
    (
        "lJo141",
        "vi",
        "fill_sightec",
        "Máy chiết rót bán tự động cho cơ sở sản xuất nhỏ",
        "Nhà cung cấp máy chiết rót tư vấn chọn giữa máy tự động và bán tự động: máy bán tự động định lượng chính xác phần "
        "rót, người vận hành đặt chai dưới vòi và kích hoạt bằng bàn đạp, công tắc tay hoặc ép chai; vốn đầu tư thấp, linh "
        "hoạt đổi cỡ chai và độ nhớt, phù hợp giai đoạn đầu trước khi nâng lên dây chuyền tự động.",
    ),
    (
        "lJo142",
        "en",
        "fill_frain",
        "Positive displacement piston and pump fillers in stock",
        "Used and like-new packaging equipment dealer stocks positive displacement liquid fillers: piston fillers draw "
        "product into a cylinder of known volume and a rotary drum valve switches to the nozzle; fill volume is set by the "
        "piston draw; pump fillers dose by pump revolutions; both can fill pastes up to a certain viscosity; units ship "
        "within about 48 hours.",
    ),
    (
        "lJo143",
        "en",
        "fill_dawson",
        "Choosing a filler for products from water-thin to honey-thick",
        "Packaging machinery maker advises lines handling several viscosities: gravity and overflow fillers for thin, "
        "free-flowing liquids (overflow gives an even fill level in clear containers), pump and piston fillers for thick "
        "products and, within limits, thin ones too (piston gives accurate volume); viscosity is only one factor.",
    ),
    (
        "lJo144",
        "vi",
        "equip_hoahoc",
        "Tư vấn thiết bị cho xưởng sản xuất mỹ phẩm",
        "Tài liệu kỹ thuật về máy móc sản xuất mỹ phẩm theo GMP: nhóm thiết bị sản xuất (xay nghiền ướt, khô, liên tục, theo "
        "mẻ; phân tán, nhũ hóa, làm mát cho kem, lotion), thiết bị ép khuôn (son, phấn nền) và thiết bị chiết rót, đóng gói, "
        "in; bảng đối chiếu thiết bị cần cho kem, lotion, bột và son.",
    ),
    (
        "lJo145",
        "vi",
        "paper_pack",
        "Vật liệu bao bì giấy cho thực phẩm",
        "Báo cáo môn bao gói thực phẩm (Trường Đại học Công nghiệp TP.HCM, 2024) về bao bì giấy: đặc tính, tính chất của giấy, "
        "nguyên liệu và quy trình sản xuất, đóng gói, kiểm tra chất lượng; ứng dụng cho thực phẩm lỏng, nước giải khát, sữa, "
        "rau củ, thịt cá và bao bì vận chuyển.",
    ),
    (
        "lJo146",
        "vi",
        "keodua_baodongkhoi",
        "Chuyền sản xuất kẹo dừa tự động",
        "Doanh nghiệp kẹo dừa giới thiệu chuyền sản xuất kẹo tự động; toàn vùng có khoảng 15 doanh nghiệp chủ lực và 70 cơ "
        "sở sản xuất kẹo dừa xuất khẩu 15.000 tấn/năm, tiêu thụ trên 31,5 triệu trái dừa/năm; một doanh nghiệp sản xuất "
        "khoảng 25 tấn kẹo các loại mỗi tháng.",
    ),
    (
        "lJo147",
        "vi",
        "keodua_xusodua",
        "Hỗ trợ khuyến công đầu tư thiết bị chế biến kẹo dừa",
        "Trung tâm khuyến công giới thiệu chương trình hỗ trợ đầu tư máy móc, đổi mới công nghệ, cải tiến bao bì cho cơ sở "
        "kẹo dừa (ví dụ thiết bị 5 chảo sên kẹo); tỉnh có hơn 1.900 cơ sở chế biến dừa: cơm dừa nạo sấy, mụn dừa, kẹo dừa, "
        "than hoạt tính, thạch dừa, sữa dừa.",
    ),
    (
        "lJo148",
        "en",
        "fill_ppma",
        "Liquid filling machinery: accuracy, speed and product integrity",
        "Machinery association guide to liquid fillers for bottles of glass, plastic or metal and for cans, pouches, tubs "
        "and tubes: the key issues are fill accuracy within tight tolerances, speed and hygienic handling; lines combine "
        "pumping, filtration, filling and capping, and viscous liquids make pumping the critical choice.",
    ),
    # --- safety testing of cosmetics ---
    (
        "lJo149",
        "vi",
        "test_vietcert",
        "Dịch vụ kiểm nghiệm mỹ phẩm hỗ trợ hồ sơ công bố",
        "Viện tư vấn chứng nhận nhận kiểm nghiệm mỹ phẩm, tư vấn chọn chỉ tiêu phù hợp để công bố và khẳng định chất lượng. "
        "Mẫu đựng trong bao bì sạch, kín, bảo quản đúng nhiệt độ; mỗi mẫu vi sinh và mỗi mẫu hóa lý 45–200 g; trả kết quả "
        "trong 2–10 ngày làm việc tùy chỉ tiêu và mức độ gấp, trung bình 7 ngày.",
    ),
    (
        "lJo150",
        "vi",
        "test_fcr",
        "Kiểm nghiệm mỹ phẩm theo Thông tư 06/2011: vi sinh, kim loại nặng, chất cấm",
        "Phòng kiểm nghiệm đạt ISO/IEC 17025 (dấu Vilas) kiểm các chỉ tiêu bắt buộc: vi sinh vật (C. albicans, S. aureus, "
        "P. aeruginosa…), kim loại nặng (chì, thủy ngân, asen, cadimi), chất cấm nhóm corticoid, paraben hạn chế và hoạt chất "
        "theo yêu cầu; đã kiểm serum, sữa rửa mặt, son, dầu gội, kem…; trả kết quả 2–10 ngày.",
    ),
    (
        "lJo151",
        "vi",
        "test_qclinking",
        "Các hạng mục kiểm nghiệm để mỹ phẩm đạt chuẩn",
        "Công ty kiểm định liệt kê hạng mục kiểm nghiệm cho mỹ phẩm làm sạch, dưỡng và trang điểm: vi sinh (tổng số khuẩn "
        "lạc, nấm mốc – nấm men, coliform chịu nhiệt, S. aureus, P. aeruginosa), kim loại nặng (chì, asen, thủy ngân, crom "
        "tổng), chất hạn chế (41 glucocorticoid, hormone sinh dục, kháng sinh).",
    ),
    (
        "lJo152",
        "en",
        "patch_sgs",
        "Patch testing and HRIPT for 'dermatologist tested' claims",
        "Testing company substantiates claims such as 'dermatologist tested': a human patch test keeps the product on "
        "panellists' skin for 48 or 72 hours to assess primary irritation during formula development; the human repeated "
        "insult patch test (HRIPT) exposes panellists repeatedly to assess irritation and sensitisation; panels recruited "
        "by gender, age and skin type and scored by a dermatologist.",
    ),
    (
        "lJo153",
        "en",
        "patch_qacs",
        "Dermatological compatibility testing: patch test and HRIPT",
        "Laboratory offers patch tests on 10, 12, 20 or 30 volunteers (48 hours under occlusive patch on the back, results "
        "from negative to extreme reaction) and HRIPT on 50 volunteers aged 18–70: 9 applications over 3 weeks, a rest of "
        "at least 2 weeks, then a challenge patch on the induction site and a virgin site; for non-irritant and "
        "hypoallergenic claims.",
    ),
    (
        "lJo154",
        "en",
        "hm_testinglab",
        "Heavy metals in cosmetics by ICP-MS",
        "ISO 17025 laboratory determines lead, mercury, cadmium and arsenic in cosmetics by inductively coupled plasma "
        "mass spectrometry: samples are dissolved, atomised in the plasma and measured simultaneously down to parts per "
        "billion; results compared with FDA and EU maximum permissible limits. Contamination can come from raw materials, "
        "processing or packaging.",
    ),
    (
        "lJo155",
        "en",
        "hm_puwei",
        "Heavy metal testing of cosmetics to China, EU and Japan limits",
        "Testing company checks lead, mercury, arsenic and cadmium against GB 7916-2013 and EU 1223/2009 limits (lead ≤10 "
        "mg/kg, ≤0.3 mg/kg for children's products in China; mercury ≤1; arsenic ≤2; cadmium ≤5 mg/kg), using wet or "
        "microwave acid digestion, or dry ashing for powders such as mineral make-up, before instrumental analysis.",
    ),
    (
        "lJo156",
        "en",
        "hm_acm005",
        "ASEAN method ACM 005 for arsenic, cadmium, lead and mercury",
        "Laboratory applies the ASEAN cosmetic method ACM 005: high-pressure microwave digestion, then graphite-furnace "
        "AAS for As, Cd and Pb, cold-vapour AAS for Hg and hydride-generation AAS for As, with calibration standards (e.g. "
        "Pb 10–50 µg/l, Hg 1–5 µg/l) in 18.2 MΩ·cm water and analytical-grade nitric acid and hydrogen peroxide.",
    ),
    (
        "lJo157",
        "en",
        "patch_clinic",
        "Allergy clinic patch testing for contact dermatitis patients",
        "Allergy practice offers patch testing to diagnose allergic contact dermatitis, a delayed reaction to substances "
        "touching the skin: in-office panels of common allergens found in shampoos, soaps, make-up, jewellery, medicines "
        "or clothing identify a patient's triggers.",
    ),
    (
        "lJo158",
        "vi",
        "limits_congbo",
        "Tư vấn giới hạn kim loại nặng và vi sinh vật trong mỹ phẩm theo ASEAN",
        "Đơn vị dịch vụ công bố mỹ phẩm tổng hợp quy định ASEAN: thủy ngân tối đa 1 ppm, asen 5 ppm, chì 20 ppm (phương pháp "
        "ACM THA 05); giới hạn vi sinh (ACM THA 06) tách riêng sản phẩm cho trẻ dưới 3 tuổi, vùng mắt, niêm mạc và sản phẩm "
        "khác; P. aeruginosa, S. aureus, C. albicans không được có trong 0,1 g hoặc 0,1 ml mẫu.",
    ),
    (
        "lJo159",
        "en",
        "limits_enterco",
        "Global cosmetic microbiology and heavy-metal limits compared",
        "Regulatory consultancy summarises microbial and heavy-metal requirements of China (2015 safety technical "
        "specification, 2019 inspection rules), the EU (Regulation 1223/2009, SCCS guidance splitting children under "
        "three, eye and mucous-membrane products from others), ASEAN, the United States and Taiwan, to plan testing for "
        "each export market.",
    ),
    (
        "lJo160",
        "vi",
        "test_psetbiomed",
        "Kiểm nghiệm an toàn và hiệu quả mỹ phẩm",
        "Công ty y sinh cung cấp đánh giá an toàn mỹ phẩm: rà soát thành phần không chứa chất cấm, thử kích ứng và dị ứng "
        "trên da tình nguyện viên hoặc mô da nhân tạo, thử vi sinh, thử khả năng bảo quản trong thời gian sử dụng, thử độc "
        "tính dài hạn; lập báo cáo an toàn theo Thông tư 06/2011/TT-BYT và theo dõi phản hồi sau khi ra thị trường.",
    ),
    (
        "lJo161",
        "vi",
        "test_vienhanlam",
        "Thử nghiệm lâm sàng mỹ phẩm trên các loại da khác nhau",
        "Viện nghiên cứu y học nhận thử nghiệm lâm sàng mỹ phẩm trên tình nguyện viên thuộc nhiều loại da (da dầu, da khô, "
        "da nhạy cảm) để phát hiện kích ứng, dị ứng và đánh giá hiệu quả trước khi đưa sản phẩm ra thị trường.",
    ),
    # --- neighbouring fields ---
    (
        "lJo162",
        "vi",
        "dish_vietchem",
        "Công thức nước rửa chén sinh học từ vỏ trái cây",
        "Công ty hóa chất hướng dẫn làm nước rửa chén sinh học: can nhựa sạch (không dùng bình thủy tinh vì sinh khí), "
        "1 kg đường nâu, 3 kg vỏ bưởi, cam, sả, dứa, bồ kết và 10 lít nước, ủ lên men; kèm công thức nước rửa chén hóa học "
        "cho sản xuất.",
    ),
    (
        "lJo163",
        "vi",
        "dish_thuannam",
        "Quy trình sản xuất nước rửa chén sinh học",
        "Nhà phân phối hóa chất chuyển giao quy trình và công thức nước rửa chén sinh học không SLS, LAS, paraben, phân hủy "
        "sinh học: chất hoạt động bề mặt thiên nhiên saponin (bồ hòn, trà xanh), coco glucoside, decyl glucoside; kèm kiểm "
        "định chất lượng và điều chỉnh công thức.",
    ),
    (
        "lJo164",
        "en",
        "glyc_austin",
        "Purifying crude glycerol from biodiesel plants by acidification",
        "University chemical engineering group purifies biodiesel-waste crude glycerol (about 13 wt% glycerol, 6 wt% ash) "
        "by acidification; phosphoric acid worked best among sulfuric, hydrochloric and phosphoric acids, giving about "
        "96 wt% glycerol and 0.7 wt% ash after one hour; effects of pH studied and products characterised.",
    ),
    (
        "lJo165",
        "en",
        "glyc_biodiesel",
        "Refining biodiesel glycerin for resale",
        "Glycerin trader explains refining crude biodiesel glycerin, which contains methanol, soap and salts: fractional "
        "vacuum distillation or chemical treatment, then bleaching, ion exchange and deodorising for high purity. Crude "
        "sells for 2–10 cents per pound, refined for $1.28–1.65, so refining pays mainly for large producers.",
    ),
    (
        "lJo166",
        "en",
        "vl_tourism",
        "Community agro-tourism cooperative on a Co Chien river islet",
        "Community tourism cooperative (18 households, 4-star OCOP, ASEAN Community-Based Tourism award) offers homestays, "
        "old-style cooking, coconut-nectar collecting, crab fishing and a country market; 85,000 visitors and nearly "
        "1 million USD revenue in five years; shares its model with other villages.",
    ),
    (
        "lJo167",
        "vi",
        "tv_ocop2022",
        "Thảm xơ dừa và sản phẩm thủ công từ xơ dừa",
        "Cơ sở thủ công sản xuất thảm xơ dừa (sản phẩm OCOP được tái công nhận) giới thiệu quy trình tách xơ, se sợi, dệt "
        "thảm và nhận gia công cho các tổ hợp tác ở vùng trồng dừa.",
    ),
]
