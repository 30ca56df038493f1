"""Needs of the holdout86 labelled set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "lJn01",
        "vi",
        "soap_market",
        "Can chuyen giao quy trinh xa phong dau dua phuong phap lanh",
        "To hop tac phu nu o xa Dai Phuoc, Cang Long co san dau dua, muon lam xa phong thu cong ban cho khach du lich. "
        "Nghe noi xa phong handmade khoang 80% la dau, bo thuc vat nhu dau dua, dau co, o liu cong voi xut NaOH, nhung "
        "chi em chua biet ti le va so pha kiem bi bong. Can noi huong dan cong thuc da thu nghiem va tap huan pha kiem an "
        "toan, u banh.",
        {"lJo001": 2, "lJo002": 2, "lJo003": 2, "lJo005": 2, "lJo004": 1, "lJo015": 1, "lJo006": 1},
    ),
    (
        "lJn02",
        "en",
        "cp_anna",
        "Our 100% coconut oil soap feels harsh: need superfat and lye calculation",
        "Small soap workshop in Trà Vinh city makes cold-process bars from local coconut oil: lye dissolved in distilled "
        "water, poured into melted oil, blended to trace, moulded under towels for 12–24 hours and cured 4–6 weeks. The "
        "pure coconut bars clean well but customers say they dry the skin. We need a tested recipe and guidance on "
        "superfat and using a lye calculator so the bars stay gentle.",
        {"lJo002": 2, "lJo003": 1, "lJo004": 1, "lJo001": 1, "lJo009": 1},
    ),
    (
        "lJn03",
        "vi",
        "liquid_getprequalified",
        "Làm xà phòng lỏng rửa tay từ dầu dừa bằng KOH",
        "Cơ sở nhỏ ở thị trấn Tiểu Cần muốn làm xà phòng lỏng rửa tay từ dầu dừa, dầu ô liu, dầu thầu dầu thay vì pha chế "
        "từ chất tẩy công nghiệp. Chúng tôi thử nấu bằng nồi nấu chậm nhiều giờ đến khi khối xà phòng chuyển màu hổ phách "
        "rồi pha loãng, nhưng hay bị đục, tách lớp và không biết tính lượng KOH. Cần công thức và quy trình nấu, pha loãng "
        "đạt độ trong.",
        {"lJo007": 2, "lJo008": 2, "lJo015": 1, "lJo009": 1},
    ),
    (
        "lJn04",
        "en",
        "ph_smf",
        "Simple check that our handmade soap has no free lye before selling",
        "Household soap makers in Long Hồ, Vĩnh Long sell bars at the weekend market. Some members still do the old "
        "'zap test' on the tongue to see if unreacted lye remains; we want a safer, more reliable way to check pH and "
        "free lye for every batch, and to know what readings are acceptable for handmade soap.",
        {"lJo009": 2, "lJo010": 2, "lJo149": 1},
    ),
    (
        "lJn05",
        "vi",
        "dos_rusticwise",
        "Xà phòng thủ công nổi đốm cam sau vài tháng",
        "Xưởng xà phòng ở Càng Long: nhiều bánh làm từ dầu dừa, dầu ô liu, dầu cám gạo sau khoảng hai tháng nổi đốm màu "
        "cam, có bánh hơi có mùi dầu cũ. Khách trả hàng dù nghe nói xà phòng vẫn dùng được. Muốn biết nguyên nhân (dầu ôi, "
        "kim loại, dư dầu) và cách phòng ngừa cho các mẻ sau.",
        {"lJo011": 2, "lJo012": 1},
    ),
    (
        "lJn06",
        "vi",
        "cutter_danielkenneth",
        "Can dao cat xa phong cho banh deu nhau",
        "Co so xa phong o Chau Thanh, Tra Vinh cat o xa phong bang dao va hop go co khe nhung banh lech, khong deu trong "
        "luong, phan dau o cao hon khe cat nen phai canh chung. Can mua hoac dat lam dao cat day hop ly, cat duoc o cao toi "
        "7 inch (khoang 18 cm), banh day khoang 1 inch.",
        {"lJo013": 2, "lJo014": 2},
    ),
    (
        "lJn07",
        "en",
        "bode_phunu",
        "Herbal soap line for a women's cooperative without handling lye",
        "A cooperative in Cầu Ngang that employs local women over 35 with unstable incomes wants to add herbal soaps and "
        "foot-soak salts made from local herbs. Members have no chemistry background and we do not want them handling "
        "caustic soda at first. We look for a ready soap base and simple moulding training to start small.",
        {"lJo006": 2, "lJo015": 1, "lJo001": 1},
    ),
    (
        "lJn08",
        "en",
        "cutter_colormekevin",
        "Sizing moulds and cutters so cured bars weigh 100 g",
        "Soap workshop in Trà Cú is buying its first batch moulds about 3 inches deep and a cutter. We sell bars by "
        "weight, but fresh bars lose weight while curing, and our first order came out under weight. We need advice on "
        "how large the wet bars and cutter spacing must be to end with 100 g dry bars.",
        {"lJo013": 2, "lJo014": 1},
    ),
    (
        "lJn09",
        "vi",
        "tv_coconut",
        "Sản xuất dầu dừa tinh khiết đạt chuẩn nguyên liệu mỹ phẩm",
        "Hợp tác xã dừa ở Càng Long thuộc vùng hơn 26.000 ha dừa của Trà Vinh, đang bán trái tươi giá thấp. Chúng tôi muốn "
        "làm dầu dừa tinh khiết (VCO) bán cho cơ sở mỹ phẩm; khách yêu cầu dầu trong, độ ẩm thấp, không ôi. Cần quy trình "
        "ép hoặc tách dầu không qua tinh luyện, chỉ tiêu chất lượng bên mua kiểm tra và thiết bị phù hợp quy mô hợp tác xã.",
        {"lJo017": 2, "lJo018": 2, "lJo019": 1, "lJo016": 1},
    ),
    (
        "lJn10",
        "en",
        "tv_ocop2022",
        "Coconut-oil producer seeks partner to develop skin-care products",
        "An OCOP-rated producer of pure coconut oil in Tiểu Cần, Trà Vinh wants to move beyond bottled oil into its own "
        "skin-care line (coconut soap, body butter, lotions) under its brand. We look for a company or institute that "
        "can co-develop formulations from coconut and local herbs and train our staff.",
        {"lJo020": 2, "lJo021": 2, "lJo022": 1, "lJo024": 1, "lJo023": 1, "lJo002": 1},
    ),
    (
        "lJn11",
        "vi",
        "butter_namegen",
        "Bơ dưỡng thể từ dầu dừa bị sần như cát",
        "Cơ sở mỹ phẩm nhỏ ở phường 1, thành phố Vĩnh Long làm bơ dưỡng thể đánh bông từ bơ shea, dầu dừa và dầu hạt. Mẻ "
        "mới làm mịn nhưng vài hôm sau sờ thấy lợn cợn như cát, khách phàn nàn. Nghe nói do các axit béo kết tinh khi nguội "
        "chậm. Cần cách làm và công thức để bơ mịn lâu dài.",
        {"lJo023": 2, "lJo024": 2},
    ),
    (
        "lJn12",
        "en",
        "vco_virginutty",
        "Switching from cooked coconut oil to an unheated virgin oil method",
        "Family coconut-oil makers in Càng Long now cook coconut milk over a fire, which darkens the oil and loses the "
        "fresh coconut aroma that cosmetic buyers want. We would like to learn an unheated or low-heat method (cold "
        "pressing or natural separation of coconut milk) and what yield to expect per kilogram of coconut meat.",
        {"lJo017": 2, "lJo019": 2, "lJo018": 1},
    ),
    (
        "lJn13",
        "vi",
        "hairoil_vgraft",
        "Muon lam dau duong toc tu dau dua",
        "Nong dan trong dua o Cau Ke muon lam dau duong toc tu dau dua ket hop thao duoc de ban kem dua trai. Nghe noi dau "
        "dua tham vao soi toc toi 76–80%, tot hon nhieu loai dau khac, nhung khong biet phoi thao moc, huong va cach giu dau "
        "khong bi oi. Can cong thuc va quy trinh lam dau duong toc.",
        {"lJo077": 2, "lJo078": 2, "lJo079": 2, "lJo076": 1},
    ),
    (
        "lJn14",
        "en",
        "keodua_xusodua",
        "Cosmetic uses for coconut water from our processing plant",
        "A coconut processing plant in Trà Vinh (desiccated coconut and coconut milk) discards large volumes of coconut "
        "water. Like many of the region's coconut processors, we want higher-value outlets and are interested in "
        "cosmetic products made from this by-product. We seek a technology or partner that turns coconut water into "
        "skin-care goods.",
        {"lJo022": 2, "lJo020": 1, "lJo021": 1},
    ),
    (
        "lJn15",
        "vi",
        "ricebran_encyclopedia",
        "Cám gạo tươi nhanh ôi, cần ổn định để ép dầu cám cho mỹ phẩm",
        "Nhà máy xay xát ở Bình Minh, Vĩnh Long thải ra nhiều cám gạo, hiện chỉ bán làm thức ăn chăn nuôi. Muốn ép dầu cám "
        "gạo bán cho cơ sở mỹ phẩm nhưng cám bị ôi rất nhanh sau khi xát do enzym. Cần phương pháp ổn định cám ngay sau xay "
        "xát mà vẫn giữ gamma-oryzanol, và tư vấn quy trình lấy dầu.",
        {"lJo033": 2, "lJo034": 2, "lJo035": 1, "lJo028": 1, "lJo041": 1},
    ),
    (
        "lJn16",
        "en",
        "ricebran_dry",
        "Technical data on rice bran oil for a face oil and cream",
        "A young cosmetics brand in Vĩnh Long wants to feature local rice bran oil in a face oil and a light cream for dry "
        "and sensitive skin. We know the oil is light, non-greasy and contains gamma-oryzanol, vitamin E and squalene, but "
        "need proper ingredient data: fatty acid profile, antioxidant content, usage levels and shelf life.",
        {"lJo028": 2, "lJo029": 1, "lJo041": 1, "lJo088": 1},
    ),
    (
        "lJn17",
        "vi",
        "ricebran_offyourface",
        "Son dưỡng thuần chay thay sáp ong bằng sáp cám gạo",
        "Cơ sở mỹ phẩm thuần chay ở Trà Ôn muốn làm son dưỡng và sáp dưỡng không dùng sáp ong. Nghe nói sáp cám gạo tách ra "
        "từ dầu cám khi làm lạnh có thể thay sáp ong, tạo lớp khóa ẩm. Cần nguồn sáp cám gạo dùng cho mỹ phẩm, thông số "
        "nóng chảy và hướng dẫn phối tỉ lệ để son không quá cứng.",
        {"lJo030": 2, "lJo031": 2, "lJo080": 1, "lJo081": 1, "lJo082": 1},
    ),
    (
        "lJn18",
        "en",
        "ricebran_memart",
        "Selling pure rice bran powder for face masks",
        "A rice mill in Trà Ôn, Vĩnh Long wants to pack fine rice bran powder for face masks and gentle exfoliation, "
        "since bran is rich in B vitamins, vitamin E and phytic acid. Buyers worry about bran mixed with husk dust or "
        "flour. We need a way to verify and guarantee pure bran and to keep the powder from going off.",
        {"lJo032": 2, "lJo034": 1, "lJo151": 1, "lJo149": 1},
    ),
    (
        "lJn19",
        "vi",
        "ricewater_india",
        "Đóng chai nước vo gạo lên men làm nước xả tóc",
        "Hợp tác xã lúa gạo ở Vũng Liêm muốn làm sản phẩm nước xả tóc từ nước vo gạo để lên men khoảng một ngày, vốn giàu "
        "inositol, axit amin, vitamin. Cần quy trình lên men ổn định, khử mùi chua và cách giữ sản phẩm không hư khi đóng chai "
        "bán lâu dài.",
        {"lJo038": 2, "lJo039": 2, "lJo113": 1, "lJo114": 1, "lJo115": 1},
    ),
    (
        "lJn20",
        "vi",
        "sa_daklak",
        "Can may chung cat tinh dau sa cho ho nong dan",
        "Nong dan o Tra Cu trong sa tren dat giong cat, hien ban la cho lo nau tinh dau voi gia re (khoang 500 dong/kg la). "
        "Nghe noi 1 tan la sa nau duoc khoang 1,8–2 lit tinh dau, gia 1 trieu dong/lit. Muon mua may hoac noi chung cat vua "
        "suc ho gia dinh, de van hanh, de tu nau tinh dau ban.",
        {"lJo042": 2, "lJo043": 2, "lJo044": 1, "lJo045": 1, "lJo046": 1, "lJo047": 1},
    ),
    (
        "lJn21",
        "en",
        "eo_sare",
        "Lemongrass cooperative needs a plan from field to essential oil",
        "A new cooperative in Cầu Kè is planting about 20 ha of lemongrass and asks which variety yields more oil, how to "
        "organise distillation, and what to do with the spent grass. Members also ask how to run a growers' cooperative "
        "and find funding. We need a complete model covering cultivation, distillation and marketing of the oil.",
        {"lJo044": 2, "lJo045": 2, "lJo046": 1, "lJo042": 1, "lJo065": 1, "lJo060": 1},
    ),
    (
        "lJn22",
        "vi",
        "buoi_hoanen",
        "Chưng cất tinh dầu từ vỏ bưởi Năm Roi",
        "Hợp tác xã bưởi Năm Roi ở Bình Minh bỏ đi nhiều vỏ bưởi và trái loại. Muốn chưng cất tinh dầu vỏ bưởi để bán cho "
        "cơ sở làm dầu gội, xịt tóc: vỏ rửa sạch, cắt nhỏ, đun với nước để hơi cuốn tinh dầu qua làm lạnh rồi tách lớp. Cần "
        "quy trình chưng cất đạt hiệu suất, tinh dầu trong, không đục.",
        {"lJo049": 2, "lJo050": 2, "lJo051": 1, "lJo076": 1, "lJo043": 1},
    ),
    (
        "lJn23",
        "en",
        "buoi_nhathuoc",
        "Proving the purity of our pomelo peel oil to buyers",
        "A pomelo cooperative in Bình Minh, Vĩnh Long distils oil from the peel of Citrus maxima and sells to cosmetic "
        "makers. Buyers now ask for a composition report showing limonene content and proof that the oil is not diluted "
        "or mixed with synthetic fragrance. We need a laboratory or quality programme that can test each batch.",
        {"lJo058": 2, "lJo059": 2, "lJo051": 1},
    ),
    (
        "lJn24",
        "vi",
        "tram_longan",
        "Chưng cất tinh dầu tràm từ lá tràm gió",
        "Một hộ trẻ ở Trà Cú trồng tràm gió để có nguyên liệu, muốn giữ và phát triển nghề nấu dầu tràm đang mai một ở "
        "vùng; trước đây người nấu bỏ nghề vì rừng tràm bị khai hoang. Cần quy trình chưng cất lá tràm đạt chất lượng, tỉ "
        "lệ lá – nước, thời gian nấu và chỉ tiêu chất lượng để bán.",
        {"lJo052": 2, "lJo053": 2, "lJo055": 1, "lJo054": 1, "lJo042": 1},
    ),
    (
        "lJn25",
        "en",
        "tram_hue2",
        "Verifying cineole content of cajuput oil before shipment",
        "A cajuput oil workshop in Duyên Hải, Trà Vinh distils leaves of the local melaleuca in large pots for about five "
        "hours over an even wood fire. A trading company wants each lot certified for 1,8-cineole content and free of "
        "adulteration. We need a laboratory that analyses the oil composition and advice on how our raw leaves affect "
        "the result.",
        {"lJo054": 2, "lJo058": 2, "lJo055": 1, "lJo053": 1, "lJo059": 1},
    ),
    (
        "lJn26",
        "vi",
        "hydrosol_white",
        "Tận dụng nước cất sau chưng cất sả làm nước hoa hồng",
        "Lò chưng cất sả ở Châu Thành, Trà Vinh mỗi mẻ thải ra nhiều nước cất có mùi sả thơm. Nghe nói nước cất thảo mộc "
        "(hydrolat) dùng làm nước hoa hồng, xịt mặt, nước xả tóc. Muốn biết cách thu, bảo quản và hạn dùng để đóng chai bán "
        "cho khách.",
        {"lJo056": 2, "lJo057": 2, "lJo113": 1, "lJo114": 1, "lJo115": 1},
    ),
    (
        "lJn27",
        "en",
        "eo_businesszx",
        "Steam distillation unit with separate boiler for about 500 kg per batch",
        "A herbal company in Long Hồ, Vĩnh Long plans to distil lemongrass, pomelo peel and melaleuca leaves. We want a "
        "stainless steam distillation unit where a separate steam generator feeds the still, with condenser and "
        "receiver-separator, sized for roughly 500 kg of plant material per batch, plus installation support.",
        {"lJo046": 2, "lJo047": 2, "lJo048": 2, "lJo066": 1, "lJo043": 1, "lJo042": 1},
    ),
    (
        "lJn28",
        "vi",
        "tram_khoaluan",
        "Cần giống và kỹ thuật trồng cây lấy tinh dầu tràm, khuynh diệp",
        "Hợp tác xã ở Cầu Ngang muốn chuyển đất kém hiệu quả sang trồng cây lấy lá chưng cất tinh dầu (tràm, tràm trà, "
        "khuynh diệp), vì năng suất và chất lượng tinh dầu phụ thuộc nhiều vào giống và vùng nguyên liệu. Cần nguồn cây giống "
        "tốt, kỹ thuật trồng và liên kết chưng cất, tiêu thụ.",
        {"lJo065": 2, "lJo052": 1, "lJo045": 1},
    ),
    (
        "lJn29",
        "vi",
        "eo_berje",
        "Cần nguồn tinh dầu sả, tràm ổn định cho xưởng mỹ phẩm",
        "Công ty mỹ phẩm thiên nhiên ở thành phố Vĩnh Long dùng tinh dầu sả chanh (mùi tươi, hơi cỏ) và tinh dầu tràm trong "
        "xà phòng, dầu gội. Nguồn mua lẻ hiện nay chất lượng thất thường. Cần nhà cung cấp tinh dầu chưng cất ổn định số "
        "lượng, có phiếu phân tích từng lô.",
        {"lJo065": 2, "lJo052": 2, "lJo053": 1, "lJo044": 1, "lJo058": 1},
    ),
    (
        "lJn30",
        "vi",
        "shampoo_afamily",
        "Sản xuất dầu gội bồ kết đóng chai",
        "Nhóm phụ nữ ở Châu Thành, Trà Vinh muốn khôi phục nồi nước gội của bà, của mẹ: bồ kết, cỏ mần trầu, vỏ bưởi, sả, "
        "nhưng làm thành dầu gội đóng chai tiện dùng, để được lâu để bán ở chợ và cửa hàng OCOP. Cần quy trình chiết, cô đặc "
        "và công thức dầu gội bồ kết.",
        {"lJo067": 2, "lJo068": 2, "lJo069": 1, "lJo070": 1, "lJo071": 1, "lJo073": 1},
    ),
    (
        "lJn31",
        "en",
        "shampoo_rjtcs",
        "Laboratory formulation and testing of a herbal liquid shampoo",
        "A herbal products company in Vĩnh Long wants to launch a liquid shampoo from local herbs that cleans sebum and "
        "dandruff without harsh chemicals. Before launch we need a lab to fix the formulation and run standard evaluations "
        "(pH, foaming, detergency, conditioning) against market shampoos.",
        {"lJo071": 2, "lJo072": 2, "lJo073": 1, "lJo149": 1},
    ),
    (
        "lJn32",
        "vi",
        "shampoo_naturapathics",
        "Muon lam dau goi dang banh (shampoo bar)",
        "Co so my pham nho o Tieu Can muon lam dau goi dang banh 100 g (goi duoc khoang 70–80 lan), khong can chai nhua, de "
        "mang di du lich. Lo ngai banh nhieu chat hoat dong be mat gay kho da dau va banh bi mem khi de am. Can cong thuc va "
        "huong dan lam banh cung, diu nhe.",
        {"lJo074": 2, "lJo075": 2, "lJo073": 1},
    ),
    (
        "lJn33",
        "en",
        "buoi_afamily",
        "Ready-to-use pomelo peel hair spray from Bình Minh pomelos",
        "Women in Bình Minh still boil dried pomelo peel with lemongrass and soap-pod for hair washing, but young "
        "customers want something quicker. A pomelo cooperative wants to produce a pomelo essential-oil hair spray "
        "(limonene, naringin) for hair fall and scalp care, and needs a proven formulation and process.",
        {"lJo076": 2, "lJo068": 2, "lJo049": 1, "lJo050": 1},
    ),
    (
        "lJn34",
        "en",
        "hairoil_litrituals",
        "Herbal hair oil that does not go rancid and keeps its scent",
        "A coconut enterprise in Càng Long is launching a hair and scalp oil (coconut base with herbs such as rosemary "
        "and nettle for circulation and dry scalp). Trial bottles smelled stale after a few months and the fragrance "
        "faded. We need a formulation approach with antioxidants, fixed fragrance and proper herb levels.",
        {"lJo077": 2, "lJo079": 1, "lJo078": 1},
    ),
    (
        "lJn35",
        "en",
        "shampoo_cricut",
        "Choosing mild coconut-derived surfactants for a sulfate-free shampoo",
        "A start-up in Trà Vinh city formulating a herbal shampoo wants to avoid sulfates that can irritate the scalp "
        "and dry the hair, while keeping good foam and cleansing. We need guidance on which surfactant classes to use "
        "and how they behave.",
        {"lJo073": 2, "lJo074": 1, "lJo075": 1, "lJo071": 1},
    ),
    (
        "lJn36",
        "vi",
        "shampoo_mobsea",
        "Làm dầu gội từ quả bồ hòn",
        "Hộ dân ở Trà Cú có nhiều cây bồ hòn, muốn làm dầu gội từ thịt quả bồ hòn vốn chứa saponin tạo bọt tự nhiên, có thể "
        "nấu với me rừng và vài thảo mộc khác như cách làm truyền thống. Cần công thức dầu gội thảo dược có bồ hòn và cách "
        "kiểm tra chất lượng.",
        {"lJo071": 2, "lJo072": 1, "lJo073": 1},
    ),
    (
        "lJn37",
        "vi",
        "lip_candlesweet",
        "Làm son dưỡng môi từ sáp ong và dầu dừa",
        "Hợp tác xã nuôi ong ở Càng Long có sáp ong dư sau khi lấy mật. Muốn làm son dưỡng môi từ sáp ong kết hợp dầu dừa, "
        "bơ ca cao, vitamin E và tinh dầu để bán kèm mật ong. Cần công thức tỉ lệ sáp – dầu – bơ và nguồn vỏ son, hũ son.",
        {"lJo080": 2, "lJo081": 2, "lJo082": 2, "lJo083": 2, "lJo084": 1},
    ),
    (
        "lJn38",
        "en",
        "lip_slightly",
        "Filling about 500 lip balm tubes a day",
        "A beekeeping cooperative in Tiểu Cần currently melts wax and butter in a double boiler and pours lip balm by "
        "hand, about 80 tubes per 8 oz batch, re-melting the cooling mix in the microwave. Orders are growing to about "
        "500 tubes a day. We need a small production line or equipment for melting, filling and cooling tubes.",
        {"lJo085": 2, "lJo081": 1, "lJo080": 1, "lJo086": 1, "lJo140": 1, "lJo144": 1},
    ),
    (
        "lJn39",
        "vi",
        "cream_haluan",
        "Công thức kem dưỡng da từ dầu dừa, dầu cám gạo không bị tách lớp",
        "Cơ sở ở Long Hồ đang làm lotion dưỡng da bằng cách đun chảy bơ shea, dầu dừa, dầu hạnh nhân với sáp ong rồi khuấy, "
        "nhưng sản phẩm nhờn, cứng và không có nước. Muốn chuyển sang kem, lotion dạng nhũ tương có nước, dùng dầu dừa và "
        "dầu cám gạo địa phương. Cần công thức, chất nhũ hóa phù hợp và quy trình nấu kem.",
        {"lJo087": 2, "lJo088": 2, "lJo089": 2, "lJo093": 1, "lJo113": 1},
    ),
    (
        "lJn40",
        "en",
        "homog_kosindustry",
        "Vacuum emulsifying mixer of 50–100 litres for creams",
        "A cosmetics workshop in Vĩnh Long making creams and lotions by hand-stirring gets uneven, greasy batches. We "
        "want a vacuum emulsifying and homogenizing mixer of about 50–100 litres so creams are smooth, bubble-free and "
        "protected from contamination, and advice on the right model.",
        {"lJo090": 2, "lJo091": 2, "lJo093": 2, "lJo092": 1, "lJo144": 1},
    ),
    (
        "lJn41",
        "vi",
        "aloe_laodong",
        "Gel nha dam bi doi mau va hu nhanh",
        "Ho trong nha dam o Cau Ngang tu lam gel nha dam: cat la, de chay het nhua vang, got vo, nao gel, xay min, dong hu "
        "de tu lanh nhung chi giu duoc khoang 1 tuan, gel nga vang. Can cach on dinh va bao quan gel de ban cho co so my "
        "pham lau hon.",
        {"lJo094": 2, "lJo125": 2, "lJo095": 1, "lJo113": 1},
    ),
    (
        "lJn42",
        "en",
        "aloe_clara",
        "Processing aloe vera leaves into cosmetic-grade gel",
        "Aloe growers on the sandy soils of Cầu Ngang harvest leaves by hand several times a year and want to sell "
        "stabilised gel to cosmetic makers instead of raw leaves. The gel spoils by enzymatic reactions and bacteria "
        "once leaves are cut. We need an industrial processing method from washing to stabilised gel.",
        {"lJo095": 2, "lJo094": 1, "lJo125": 1},
    ),
    (
        "lJn43",
        "en",
        "lip_wendover",
        "Tinted lip balm coloured with food-grade natural colours",
        "A small brand in Trà Vinh city makes beeswax, cocoa butter and shea lip balms and wants tinted versions "
        "coloured with food-grade or natural colours instead of synthetic dyes, since lips ingest some product. We need "
        "a tested formulation approach for colour in lip products.",
        {"lJo096": 2, "lJo098": 1, "lJo080": 1},
    ),
    (
        "lJn44",
        "vi",
        "color_eden",
        "Tạo màu tự nhiên cho xà phòng mà không bị phai",
        "Xưởng xà phòng ở Vũng Liêm muốn bỏ màu tổng hợp, thay bằng màu thiên nhiên (nghệ cho vàng, lá dứa, tảo cho xanh, "
        "củ dền cho hồng, bột ca cao cho nâu). Thử vài mẻ thì màu bị xỉn, phai hoặc loang. Cần bảng màu tự nhiên dùng được "
        "trong xà phòng và kỹ thuật pha để màu bền.",
        {"lJo099": 2, "lJo100": 2, "lJo101": 2, "lJo102": 2, "lJo098": 1},
    ),
    (
        "lJn45",
        "en",
        "perfume_olfacto",
        "Natural perfume from our tuberose and jasmine flowers",
        "A flower grower in Long Hồ, Vĩnh Long cuts tuberose (Polianthes tuberosa, originally from Mexico) and jasmine "
        "for the market. Perfumers say most tuberose essence is bought in from India; we want to make a small line of "
        "natural perfume and scented balm from our own fresh blossoms, which are delicate and lose scent when heated. "
        "We need a method to capture the flower fragrance.",
        {"lJo103": 2, "lJo104": 1, "lJo108": 1, "lJo105": 1},
    ),
    (
        "lJn46",
        "vi",
        "ifra_catharsio",
        "Mức dùng tinh dầu an toàn và cảnh báo chất gây dị ứng trên nhãn",
        "Cơ sở mỹ phẩm thiên nhiên ở Cầu Kè dùng tinh dầu sả, bưởi, tràm, hoa lài trong xà phòng, dầu gội, kem và muốn xuất "
        "bán sang thị trường khó tính. Được biết nhiều phân tử gây dị ứng như linalool, limonene, geraniol có sẵn trong tinh "
        "dầu và bị giới hạn. Cần hướng dẫn liều tinh dầu tối đa cho từng loại sản phẩm và cách ghi chất gây dị ứng lên nhãn.",
        {"lJo105": 2, "lJo106": 2, "lJo107": 2, "lJo131": 1},
    ),
    (
        "lJn47",
        "en",
        "ifra_basenotes",
        "Checking a natural perfume blend against IFRA standards before export",
        "A fragrance start-up in Vĩnh Long blends local essential oils into natural perfumes for export. Importers ask "
        "whether the blends meet IFRA standards and EU allergen labelling, and we are unsure how restrictions on "
        "individual materials and their natural constituents apply to our formulas. We need expert compliance review.",
        {"lJo105": 2, "lJo107": 1, "lJo106": 1, "lJo058": 1},
    ),
    (
        "lJn48",
        "vi",
        "color_tip101",
        "Xà phòng màu đen từ than hoạt tính",
        "Cơ sở xà phòng ở Càng Long muốn làm dòng xà phòng đen dùng bột than hoạt tính (vùng có nhiều than gáo dừa) để khử "
        "mùi, làm sạch sâu, bên cạnh các màu tự nhiên khác như nghệ, tảo. Cần hướng dẫn liều dùng, cách trộn bột than vào "
        "hỗn hợp xà phòng cho màu đều, không lem.",
        {"lJo099": 2, "lJo102": 1, "lJo101": 1, "lJo154": 1},
    ),
    (
        "lJn49",
        "vi",
        "pres_cchoi",
        "Kem dưỡng handmade bị mốc sau hai tuần",
        "Cơ sở mỹ phẩm handmade ở Tiểu Cần làm kem dưỡng, toner từ dầu dừa và nước cất thảo mộc, quảng cáo không chất bảo "
        "quản. Sau khoảng hai tuần nhiều hũ bị mốc, đổi mùi. Muốn biết cần chất bảo quản gì, bao nhiêu và kiểm tra thế nào để "
        "sản phẩm an toàn suốt thời gian dùng.",
        {"lJo113": 2, "lJo114": 2, "lJo115": 2, "lJo087": 1},
    ),
    (
        "lJn50",
        "en",
        "pres_obelis",
        "Do our soaps, balms and oils need a challenge test?",
        "A small natural cosmetics maker in Trà Vinh city sells cold-process soap, lip balm, hair oil and an aloe toner. "
        "A buyer asked for challenge-test reports. Testing every product is expensive, so we need to know which of our "
        "products actually carry a risk of microbial growth and must be challenge tested.",
        {"lJo116": 2, "lJo114": 1, "lJo115": 1},
    ),
    (
        "lJn51",
        "vi",
        "stab_cosming",
        "Cần xác định hạn sử dụng cho dầu gội và kem dưỡng",
        "Doanh nghiệp mỹ phẩm ở thành phố Vĩnh Long chuẩn bị công bố dầu gội bồ kết và kem dưỡng dầu dừa, cần ghi hạn sử "
        "dụng có cơ sở. Muốn thuê đơn vị thử độ ổn định: màu, mùi, pH, độ nhớt, tách lớp, vi sinh và ảnh hưởng của bao bì, "
        "có thể thử lão hóa cấp tốc để rút ngắn thời gian.",
        {"lJo117": 2, "lJo118": 2, "lJo119": 2, "lJo120": 2, "lJo121": 1},
    ),
    (
        "lJn52",
        "en",
        "pack_crystalsense",
        "Packaging that stops our essential oils from degrading",
        "An essential oil producer in Châu Thành, Trà Vinh sells lemongrass and pomelo oils in clear plastic bottles; "
        "customers report changed smell after some months. We need bottles and closures that protect the oils from UV "
        "light, air and chemical interaction, with dropper or pourer options.",
        {"lJo122": 2, "lJo123": 2, "lJo126": 1},
    ),
    (
        "lJn53",
        "vi",
        "reg_danluat",
        "In số lô, ngày sản xuất và hạn dùng lên bao bì mỹ phẩm",
        "Cơ sở xà phòng và dầu gội ở Cầu Ngang đang ghi tay ngày sản xuất. Theo Nghị định 43/2017, nhãn mỹ phẩm phải có định "
        "lượng, thành phần, số lô, ngày sản xuất hoặc hạn dùng, và sản phẩm ổn định dưới 30 tháng phải ghi ngày hết hạn. Cần "
        "thiết bị in ngày, số lô lên chai, hộp và hướng dẫn cách ghi.",
        {"lJo124": 2, "lJo131": 1, "lJo133": 1},
    ),
    (
        "lJn54",
        "en",
        "stab_qalitex_guide",
        "Climatic chambers to set up a stability testing service",
        "A university laboratory in Trà Vinh plans to offer stability testing to local cosmetic producers (accelerated "
        "studies at about 40 °C, freeze-thaw, real-time checks of emulsions and shampoos). We need temperature and "
        "humidity test chambers able to run multi-stage cycles.",
        {"lJo121": 2, "lJo117": 1, "lJo119": 1, "lJo120": 1},
    ),
    (
        "lJn55",
        "vi",
        "reg_thanhlap",
        "Làm hồ sơ công bố mỹ phẩm cho xà phòng dầu dừa",
        "Hợp tác xã ở Càng Long đã làm xà phòng dầu dừa, muốn đưa vào siêu thị và cửa hàng OCOP. Được biết mỹ phẩm chỉ được "
        "lưu hành khi đã có số tiếp nhận phiếu công bố và tổ chức phải chịu trách nhiệm về an toàn sản phẩm. Cần đơn vị hướng "
        "dẫn, soạn hồ sơ công bố và hồ sơ thông tin sản phẩm.",
        {"lJo128": 2, "lJo129": 1, "lJo135": 1, "lJo130": 1, "lJo149": 1},
    ),
    (
        "lJn56",
        "en",
        "reg_asean_booklet",
        "Label design for exporting coconut cosmetics within ASEAN",
        "A coconut cosmetics company in Trà Vinh plans to sell soap and body butter in Cambodia and Thailand under the "
        "ASEAN harmonised cosmetic scheme. We need help designing labels with all mandatory particulars for ASEAN markets "
        "and checking claims.",
        {"lJo134": 2, "lJo136": 2, "lJo131": 2, "lJo133": 1},
    ),
    (
        "lJn57",
        "vi",
        "reg_phaply24h",
        "Ghi nhãn xà phòng thủ công bán ở điểm du lịch",
        "Cơ sở xà phòng thủ công ở Cầu Kè bán hàng tại điểm du lịch, trên nhãn mới có tên sản phẩm và số điện thoại. Cần tư "
        "vấn nhãn mỹ phẩm đủ nội dung bắt buộc để khách nhận biết, lựa chọn đúng và cơ quan chức năng kiểm tra không bị phạt.",
        {"lJo131": 2, "lJo133": 2, "lJo134": 2, "lJo132": 1},
    ),
    (
        "lJn58",
        "en",
        "reg_kipdf",
        "Preparing product information files for our soaps and creams",
        "A natural cosmetics maker in Vĩnh Long has received its notification numbers but was told that under the ASEAN "
        "cosmetic documents it must keep a product information file for each product ready for inspection. We need help "
        "compiling the files: formula, raw-material and finished-product quality data, and safety assessment.",
        {"lJo135": 2, "lJo128": 2, "lJo139": 1, "lJo138": 1},
    ),
    (
        "lJn59",
        "vi",
        "reg_slideshare",
        "Điều kiện để mở cơ sở sản xuất mỹ phẩm nhỏ",
        "Hộ kinh doanh ở Trà Ôn muốn đăng ký cơ sở sản xuất xà phòng, dầu gội thảo dược. Đọc dự thảo nghị định về điều kiện "
        "sản xuất mỹ phẩm thấy yêu cầu về nhà xưởng, thiết bị, nhân sự và hệ thống quản lý chất lượng. Cần tư vấn các điều "
        "kiện phải đáp ứng và lộ trình đạt chuẩn thực hành tốt sản xuất.",
        {"lJo137": 2, "lJo129": 1, "lJo144": 1},
    ),
    (
        "lJn60",
        "en",
        "reg_asc_directive",
        "Can we say 'treats acne' on our turmeric soap?",
        "A soap maker in Cầu Kè wants to print 'treats acne' and 'heals eczema' on turmeric and tea-tree soaps. We "
        "understand cosmetics must be safe under normal use and that claims follow ASEAN rules, but do not know which "
        "claims are allowed and what evidence is needed.",
        {"lJo136": 2, "lJo138": 1, "lJo134": 1},
    ),
    (
        "lJn61",
        "vi",
        "fill_creation",
        "Máy chiết rót bán tự động cho dầu gội chai 300 ml",
        "Cơ sở dầu gội thảo dược ở Vũng Liêm đang rót tay bằng ca và phễu, chai 300 ml lúc đầy lúc vơi, chậm. Muốn mua máy "
        "chiết rót bán tự động: công nhân đặt chai dưới vòi, đạp bàn đạp là máy rót đúng thể tích, đổi được cỡ chai và rót "
        "được cả dầu gội đặc lẫn nước xả loãng, vốn đầu tư vừa phải.",
        {"lJo141": 2, "lJo142": 2, "lJo143": 2, "lJo148": 1, "lJo144": 1},
    ),
    (
        "lJn62",
        "en",
        "fill_thincen",
        "Filling hand cream into laminated tubes",
        "A cosmetics workshop in Trà Vinh city wants to pack its coconut hand cream into 50 ml laminated squeeze tubes "
        "instead of jars, which get contaminated by fingers. We need a filling and sealing method or machine suitable for "
        "a few thousand tubes a month, filling accurately without overfill or underfill.",
        {"lJo140": 2, "lJo141": 1, "lJo142": 1},
    ),
    (
        "lJn63",
        "en",
        "fill_ppma",
        "Filling thin toners and oils into 10–100 ml bottles",
        "A distillery in Châu Thành, Trà Vinh bottles hydrosol toners, essential oils and a light hair oil in 10–100 ml "
        "glass bottles by hand. We need a small filler that doses accurately and hygienically for these thin, free-flowing "
        "liquids and gives an even fill level in clear bottles.",
        {"lJo143": 2, "lJo141": 2, "lJo142": 1, "lJo148": 1, "lJo122": 1},
    ),
    (
        "lJn64",
        "vi",
        "test_vcr",
        "Kiểm nghiệm xà phòng và kem dưỡng trước khi công bố",
        "Doanh nghiệp ở Tiểu Cần chuẩn bị công bố xà phòng nghệ và kem dưỡng dầu dừa. Cơ quan quản lý cần kết quả kiểm "
        "nghiệm các chỉ tiêu an toàn trước khi sản phẩm lưu hành. Cần phòng kiểm nghiệm được công nhận kiểm vi sinh, kim loại "
        "nặng và tư vấn chỉ tiêu cần làm, thời gian trả kết quả.",
        {"lJo149": 2, "lJo150": 2, "lJo151": 2, "lJo158": 1, "lJo160": 1},
    ),
    (
        "lJn65",
        "en",
        "hm_malvern",
        "Heavy metal testing of clay- and charcoal-coloured soaps",
        "A soap maker in Càng Long colours bars with natural clays, charcoal and mineral pigments, which can carry lead, "
        "arsenic, cadmium or mercury from the earth. A distributor asks for heavy metal results. We need a laboratory to "
        "analyse finished soaps and pigments against the applicable limits.",
        {"lJo154": 2, "lJo155": 2, "lJo156": 2, "lJo150": 2, "lJo151": 2, "lJo158": 1},
    ),
    (
        "lJn66",
        "vi",
        "patch_cobote",
        "Thử kích ứng da để ghi 'đã kiểm nghiệm da liễu' cho xà phòng nghệ",
        "Cơ sở xà phòng nghệ và sữa tắm trẻ em ở Càng Long muốn ghi 'đã kiểm nghiệm da liễu' trên bao bì. Được biết phải thử "
        "miếng dán chứa sản phẩm trên lưng người tình nguyện khoảng 24 giờ, chuyên gia da liễu đọc kết quả sau 48 giờ. Cần "
        "đơn vị thực hiện thử kích ứng da và đánh giá an toàn.",
        {"lJo152": 2, "lJo153": 2, "lJo160": 2, "lJo161": 2},
    ),
    (
        "lJn67",
        "en",
        "limits_asc_handbook",
        "Microbial and heavy metal limits for baby coconut oil and lotion",
        "A company in Vĩnh Long is developing a baby massage coconut oil and baby lotion. We must check the product "
        "against the ASEAN cosmetic ingredient lists and the microbial and heavy metal limits, which are stricter for "
        "products for children under three. We need the applicable limits and a laboratory to test against them.",
        {"lJo158": 2, "lJo159": 2, "lJo150": 1, "lJo149": 1, "lJo151": 1},
    ),
    (
        "lJn68",
        "vi",
        "gcms_wholenewmom",
        "Kiểm tra độ tinh khiết tinh dầu sả trước khi bán",
        "Hợp tác xã ở Trà Cú bán tinh dầu sả cho công ty mỹ phẩm. Bên mua yêu cầu kết quả sắc ký khí – khối phổ (GC/MS) để "
        "chứng minh tinh dầu nguyên chất, không pha. Muốn biết phép thử này cho biết gì, giới hạn ra sao và tìm đơn vị phân tích.",
        {"lJo058": 2, "lJo059": 2},
    ),
    (
        "lJn69",
        "en",
        "pres_microchem",
        "Proving our aloe toner is microbiologically safe",
        "A skin-care maker in Cầu Ngang sells an aloe and hydrosol toner. A retailer asks for evidence that the product "
        "is free of harmful microbes and that its preservative system will hold up during use. We need microbial limit "
        "tests and a preservative challenge test.",
        {"lJo114": 2, "lJo115": 2, "lJo160": 2, "lJo149": 1, "lJo150": 1, "lJo151": 1, "lJo158": 1},
    ),
    (
        "lJn70",
        "vi",
        "pack_planeta",
        "Chọn chai thủy tinh trong hay màu cho tinh dầu bán lẻ",
        "Cơ sở tinh dầu ở Tam Bình, Vĩnh Long muốn đóng tinh dầu sả, bưởi vào chai nhỏ 5–15 ml bán lẻ. Có người khuyên dùng "
        "chai thủy tinh trong để khách thấy màu tinh dầu, có người khuyên chai nâu. Cần tư vấn và nguồn chai phù hợp để giữ "
        "chất lượng tinh dầu.",
        {"lJo122": 2, "lJo123": 2, "lJo126": 1},
    ),
    (
        "lJn71",
        "en",
        "coco_tara",
        "Contract manufacturer for our coconut-oil cosmetics",
        "A small brand in Vĩnh Long started with coconut-oil soap and now sells lip balm, body wash and insect-repellent "
        "spray, all containing coconut oil. Demand exceeds our kitchen-scale production. We look for a certified factory "
        "that can manufacture our formulas under our label, including stability testing.",
        {"lJo118": 2, "lJo020": 1, "lJo137": 1},
    ),
    (
        "lJn72",
        "vi",
        "lip_purenature",
        "Đổ son dưỡng thủ công bị lõm đầu thỏi",
        "Cơ sở ở Long Hồ đổ tay khoảng 200 thỏi son dưỡng mỗi ngày; khi nguội đầu thỏi bị lõm, độ cứng mỗi mẻ khác nhau. Đã "
        "thử mẻ nhỏ 50 g để chỉnh độ cứng nhưng khi đổi loại sáp lại phải làm lại. Cần hướng dẫn tỉ lệ sáp – dầu và kỹ thuật "
        "rót, bù đầu thỏi.",
        {"lJo080": 2, "lJo085": 1, "lJo081": 1, "lJo082": 1},
    ),
    (
        "lJn73",
        "en",
        "reg_gizmo",
        "Writing ingredient lists with INCI names for Vietnamese herbs",
        "A herbal cosmetics maker in Trà Ôn is filling in the product ingredient list for its notification and labels. "
        "Ingredients must be named with standard nomenclature, but our formulas use local names (bồ kết, lá dứa, nghệ, "
        "vỏ bưởi). We need help naming botanicals correctly on labels.",
        {"lJo134": 2, "lJo131": 1, "lJo135": 1},
    ),
    (
        "lJn74",
        "en",
        "soap_maythi",
        "Training in herbal cold-process soap for a new start-up",
        "A young woman in Trà Vinh city who left a factory job wants to start a herbal soap brand with local herbs, after "
        "earlier small businesses failed. She needs hands-on training in making natural soap with lye, choosing oils and "
        "herbs, and colouring bars naturally.",
        {"lJo001": 2, "lJo005": 2, "lJo004": 1, "lJo102": 1, "lJo099": 1},
    ),
    (
        "lJn75",
        "vi",
        "sa_daklak",
        "Tăng hiệu suất lò nấu tinh dầu sả",
        "Lò nấu tinh dầu sả ở Cầu Ngang mỗi ngày mua 5–7 tấn lá, nhưng 1 tấn lá chỉ được khoảng 1,8–2 lít tinh dầu, tốn củi. "
        "Muốn cải tiến để tăng lượng tinh dầu thu được, giảm nhiên liệu và thời gian mỗi mẻ: xử lý lá trước khi nấu, kiểm "
        "soát nhiệt, làm mát ngưng tụ.",
        {"lJo043": 2, "lJo042": 2, "lJo045": 1, "lJo047": 1},
    ),
]
