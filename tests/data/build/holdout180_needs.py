"""Needs for the holdout180 set (shrimp hatcheries and post-larvae in Trà Vinh / Vĩnh Long).

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve, 1 = partly relevant.
Needs written from pages about other places are set in the province.
"""

NEEDS = [
    # --- 1. broodstock, maturation, spawning ---
    (
        "oZn01",
        "vi",
        "travinh_tc",
        "Cần nguồn tôm thẻ bố mẹ SPF cho trại giống ở Hiệp Thạnh",
        "Tỉnh đặt mục tiêu khoảng 15.000 ha nuôi thâm canh đến 2025, trong đó 1.100 ha công nghệ cao, nên nhu cầu post ở Duyên "
        "Hải tăng mạnh. Trại giống của chúng tôi ở xã Hiệp Thạnh cần nhà cung cấp tôm thẻ bố mẹ sạch bệnh (SPF) uy tín và cần "
        "được tư vấn nên chọn dòng SPF hay dòng kháng bệnh.",
        {"oZo001": 2, "oZo012": 2, "oZo020": 1, "oZo002": 1, "oZo006": 1},
    ),
    (
        "oZn02",
        "vi",
        "vpas",
        "Kiểm tra lô tôm bố mẹ nhập khẩu trước khi nuôi vỗ",
        "Tôm thẻ bố mẹ của trại ở Cầu Ngang đều mua từ nước ngoài, là các dòng gia hóa nhiều thế hệ. Chúng tôi cần đơn vị lấy "
        "mẫu, kiểm tra kích cỡ, nguồn gốc và tình trạng sạch bệnh của từng lô mới về trước khi đưa vào nuôi vỗ, tránh mua phải "
        "tôm kém chất lượng.",
        {"oZo002": 2, "oZo003": 2, "oZo004": 2, "oZo001": 1, "oZo117": 1},
    ),
    (
        "oZn03",
        "en",
        "bt_dom_adv",
        "Pedigree tracking for a small black tiger breeding nucleus",
        "Our cooperative in Duyên Hải has started keeping its own Penaeus monodon broodstock in biosecure tanks instead of "
        "relying on wild-caught females. We need a way to track family lines and avoid inbreeding when choosing mates, "
        "without rearing each family separately or tagging animals.",
        {"oZo019": 2, "oZo018": 1, "oZo017": 1},
    ),
    (
        "oZn04",
        "vi",
        "fao446",
        "Cần tôm sú bố mẹ gia hóa sạch bệnh thay tôm mẹ tự nhiên",
        "Trại tôm sú ở Long Toàn (Duyên Hải) vẫn mua tôm mẹ đánh bắt ngoài biển: nguồn lúc có lúc không theo mùa và hay mang "
        "virus đốm trắng. Chúng tôi muốn chuyển sang tôm sú bố mẹ đã gia hóa, sạch bệnh để sản xuất post quanh năm.",
        {"oZo017": 2, "oZo018": 2, "oZo005": 1, "oZo019": 1, "oZo108": 1},
    ),
    (
        "oZn05",
        "vi",
        "kannan",
        "Muốn bỏ cắt cuống mắt tôm mẹ",
        "Trại giống ở Trà Cú đang cắt cuống mắt một bên cho tôm thẻ mẹ nhập khẩu để kích thích đẻ. Tôm mẹ đẻ vài lần là kiệt, "
        "số trứng và tỷ lệ nở giảm. Cần quy trình nuôi vỗ cho tôm đẻ tự nhiên không cắt mắt mà vẫn đủ nauplius.",
        {"oZo007": 2, "oZo014": 1, "oZo008": 1},
    ),
    (
        "oZn06",
        "en",
        "artemia_ehp",
        "Stop EHP entering through fresh maturation feeds",
        "Our hatchery in Cầu Ngang feeds broodstock fresh bloodworms and squid, and EHP keeps showing up in nauplii and PL even "
        "though the broodstock tested clean on arrival. Live feeds seem to carry the parasite. We need a safe maturation-feed "
        "protocol or a way to inactivate pathogens in fresh feed.",
        {"oZo021": 2, "oZo011": 2, "oZo016": 1, "oZo010": 1, "oZo110": 1},
    ),
    (
        "oZn07",
        "en",
        "wyban",
        "Rear replacement whiteleg broodstock in recirculating tanks",
        "A hatchery company in Duyên Hải town wants to grow its own replacement P. vannamei broodstock on site rather than "
        "importing every batch. Earthen ponds nearby are a disease risk, so we are looking at recirculating tanks and need "
        "evidence and advice that tank-reared females spawn as well.",
        {"oZo015": 2, "oZo009": 1},
    ),
    (
        "oZn08",
        "vi",
        "bm_nk_kt",
        "Can tom the bo me F1 san xuat trong nuoc",
        "Trai giong nho o Dong Hai (Duyen Hai) thay tom bo me nhap khau gia cao, moi lo phai cho kiem tra. Muon tim nguon tom "
        "the chan trang bo me F1 chon tao trong nuoc, co so lieu nuoi thu post, gia mem hon.",
        {"oZo006": 2, "oZo001": 1, "oZo012": 1},
    ),
    (
        "oZn09",
        "en",
        "ren_frontiers",
        "Low nauplii output from our SPF females",
        "At our hatchery in Trà Cú, SPF whiteleg females give few eggs per spawn and a poor hatch rate, especially in the first "
        "spawns. We need a maturation and spawning protocol (feeding, female size, spawning management) that raises nauplii "
        "production per female.",
        {"oZo014": 2, "oZo008": 2, "oZo016": 1, "oZo010": 1, "oZo007": 1, "oZo015": 1, "oZo012": 1},
    ),
    (
        "oZn10",
        "vi",
        "huythuan",
        "Trại nhỏ muốn mua nauplius thay vì nuôi tôm bố mẹ",
        "Chúng tôi có trại ương ấu trùng nhỏ ở Bình Đại (Vĩnh Long), tỷ lệ sống ấu trùng giữa các đợt không đều. Nuôi vỗ tôm "
        "bố mẹ quá tốn kém so với quy mô, nên muốn mua nauplius tôm thẻ từ một trung tâm bố mẹ sạch bệnh để chỉ tập trung ương.",
        {"oZo013": 2, "oZo012": 1},
    ),
    (
        "oZn11",
        "en",
        "santhana",
        "PCR screening of every broodstock before maturation",
        "Our hatchery at Long Hòa wants each whiteleg broodstock animal tested by PCR for the main viruses before it enters the "
        "maturation room, and positives removed. We need a laboratory that can handle individual broodstock samples on a "
        "fixed schedule.",
        {"oZo004": 2, "oZo003": 1, "oZo002": 1, "oZo021": 1, "oZo057": 1},
    ),
    (
        "oZn12",
        "vi",
        "vpas",
        "Cần post tôm sú từ bố mẹ sạch bệnh cho hợp tác xã ở Trà Cú",
        "Hợp tác xã nuôi tôm sú quảng canh cải tiến ở Trà Cú bị đốm trắng nhiều vụ liền. Xã viên muốn mua post tôm sú sinh ra "
        "từ đàn bố mẹ sạch bệnh thay vì giống trôi nổi từ tôm mẹ tự nhiên.",
        {"oZo005": 2, "oZo018": 1, "oZo017": 1, "oZo057": 1, "oZo072": 1},
    ),
    # --- 2. larval rearing ---
    (
        "oZn13",
        "vi",
        "iasri_algae",
        "Tảo Chaetoceros hay tàn, cần quy trình nuôi tảo ổn định",
        "Tảo là thức ăn đầu tiên của ấu trùng, nhưng bể tảo của trại ở Cầu Ngang thường tàn hoặc nhiễm tạp đúng lúc ấu trùng "
        "vào zoea. Cần quy trình nuôi tảo silic ổn định hoặc nguồn tảo dự phòng cho giai đoạn zoea, mysis.",
        {"oZo023": 2, "oZo024": 2, "oZo022": 2, "oZo025": 2, "oZo037": 2, "oZo038": 1, "oZo039": 1, "oZo026": 1},
    ),
    (
        "oZn14",
        "en",
        "catovina_tao",
        "Ready-to-use algae backup when diatom cultures crash",
        "We grow Chaetoceros and Skeletonema at our hatchery in Duyên Hải, but in the rainy season cultures fail to reach "
        "density in 20–24 hours and sometimes crash. We want a dependable source of concentrated or fresh diatoms to feed "
        "zoea when our own cultures fail.",
        {"oZo037": 2, "oZo022": 2, "oZo024": 1, "oZo023": 1, "oZo038": 1},
    ),
    (
        "oZn15",
        "vi",
        "artemia_hq",
        "Can quy trinh boc vo trung artemia re tien",
        "Trai giong o Hoa Minh (Chau Thanh) mua trung artemia gia cao, ty le no khong deu, vo trung lot vao be uong. Can quy "
        "trinh boc vo trung artemia don gian, chi phi thap de nauplius sach va no tot hon.",
        {"oZo027": 2, "oZo040": 2, "oZo041": 1, "oZo042": 1},
    ),
    (
        "oZn16",
        "en",
        "vibrio_mientrung",
        "High Vibrio in artemia nauplii fed to larvae",
        "A hatchery in Cầu Ngang found that its artemia hatching and enrichment tanks carry heavy Vibrio loads that go straight "
        "into the larval tanks with the nauplii. We need a tested way to keep Vibrio down during hatching and enrichment.",
        {"oZo042": 2, "oZo040": 1, "oZo028": 1, "oZo030": 1},
    ),
    (
        "oZn17",
        "vi",
        "mcintosh_ehp",
        "Lo artemia mang EHP vào bể ương",
        "Trại giống ở Ngũ Lạc (Duyên Hải) đã dùng tôm bố mẹ có chứng nhận và khử trùng kỹ nhưng post vẫn dương tính EHP. Nghi "
        "artemia cho ăn là đường lây. Cần cách xử lý, kiểm tra artemia trước khi cho ấu trùng ăn.",
        {"oZo028": 2, "oZo042": 1, "oZo040": 1, "oZo021": 1, "oZo110": 1},
    ),
    (
        "oZn18",
        "en",
        "artemia_hq",
        "Cut artemia cost with artificial larval diets",
        "Artemia cysts are our largest feed cost at a hatchery in Long Toàn, and cyst quality varies from lot to lot. We want "
        "to replace part of the artemia with microdiets or liquid diets from mysis onwards without losing survival.",
        {"oZo043": 2, "oZo044": 2, "oZo045": 2, "oZo046": 2, "oZo029": 2, "oZo148": 1, "oZo027": 1, "oZo041": 1},
    ),
    (
        "oZn19",
        "vi",
        "decaps_thai",
        "Cần thức ăn vi nang cho ấu trùng thay bớt artemia",
        "Artemia đắt và phải bóc vỏ, ấp nở mất công. Trại ở Long Khánh (Duyên Hải) muốn dùng thức ăn vi nang hoặc thức ăn nhân "
        "tạo chuyên dùng cho ấu trùng mysis và post nhỏ để giảm lượng artemia.",
        {"oZo029": 2, "oZo043": 2, "oZo044": 2, "oZo045": 2, "oZo046": 2, "oZo027": 1},
    ),
    (
        "oZn20",
        "en",
        "ctu_ems",
        "Probiotics against Vibrio in larval tanks",
        "Larvae at our hatchery in Trà Cú die in waves, and lab results point to Vibrio parahaemolyticus. We want to stop "
        "routine antibiotics and use a proven probiotic or Vibrio-control programme in the larval rearing tanks.",
        {"oZo047": 2, "oZo048": 2, "oZo049": 2, "oZo035": 2, "oZo030": 2, "oZo042": 1, "oZo061": 1},
    ),
    (
        "oZn21",
        "vi",
        "intertrade_vibrio",
        "Dùng men vi sinh trong bể ương ấu trùng thay kháng sinh",
        "Trại giống ở Long Hòa (Châu Thành) muốn bỏ kháng sinh trong ương ấu trùng tôm thẻ vì lo tồn dư và vi khuẩn kháng thuốc. "
        "Cần chế phẩm vi sinh đã thử nghiệm trên ấu trùng tôm, có liều dùng cụ thể.",
        {"oZo035": 2, "oZo047": 2, "oZo048": 2, "oZo049": 2, "oZo030": 1},
    ),
    (
        "oZn22",
        "vi",
        "vietuc_na",
        "Can quy trinh xu ly nuoc cap cho trai giong",
        "Nuoc song o Cau Ngang duc va nhieu vi khuan, trai giong chua co quy trinh xu ly nuoc cap bai ban. Can huong dan lang, "
        "loc, khu trung va khu clo du truoc khi dua nuoc vao be uong au trung.",
        {"oZo036": 2, "oZo051": 2, "oZo032": 2, "oZo050": 1, "oZo033": 1, "oZo116": 1, "oZo107": 1},
    ),
    (
        "oZn23",
        "en",
        "ozone_ras_raceway",
        "Replace chlorine with ozone or UV for hatchery water",
        "Our hatchery in Duyên Hải town chlorinates intake water and worries about residues harming larvae. We want to switch "
        "to ozone or UV disinfection and need equipment plus advice on safe doses and contact times.",
        {"oZo032": 2, "oZo050": 2, "oZo051": 2, "oZo036": 2},
    ),
    (
        "oZn24",
        "vi",
        "huythuan",
        "Ấu trùng chết nhiều khi chuyển từ Zoea 2 sang Zoea 3",
        "Trại giống ở Thạnh Phú (Vĩnh Long) thấy ấu trùng tôm thẻ hao hụt mạnh ở giai đoạn chuyển Zoea 2 sang Zoea 3, nhất là "
        "đợt mưa nhiều, nhiệt độ thấp. Cần chiến lược cho ăn và quản lý giai đoạn zoea để nâng tỷ lệ sống.",
        {"oZo031": 2, "oZo052": 2, "oZo023": 1, "oZo022": 1, "oZo030": 1, "oZo038": 1},
    ),
    (
        "oZn25",
        "en",
        "fao446",
        "Train our technicians in whiteleg larval rearing",
        "We are opening a hatchery in Trà Cú and most of our staff have never run one. We need practical training for "
        "technicians covering broodstock handling, larval rearing and PL harvest, preferably hands-on in a working hatchery.",
        {"oZo033": 2, "oZo034": 2, "oZo039": 1, "oZo040": 1, "oZo106": 1, "oZo108": 1},
    ),
    (
        "oZn26",
        "vi",
        "tetraselmis",
        "Cần giống tảo Thalassiosira thuần cho phòng tảo mới",
        "Trại giống ở Trà Cú vừa xây phòng tảo, trước giờ chỉ nuôi Tetraselmis bằng môi trường tự pha. Nay cần nguồn giống tảo "
        "silic Thalassiosira thuần chủng và hướng dẫn giữ giống, nhân sinh khối cho ấu trùng tôm thẻ.",
        {"oZo022": 2, "oZo025": 2, "oZo023": 1, "oZo024": 1, "oZo026": 1},
    ),
    (
        "oZn27",
        "en",
        "liquid_diets",
        "Water-stable larval feed that does not foul the tanks",
        "The artificial feed we give zoea and mysis at our hatchery in Cầu Ngang breaks up and leaches, fouling the water. We "
        "need a larval diet with the right particle size for each stage that stays stable in water and is still digestible.",
        {"oZo045": 2, "oZo043": 2, "oZo029": 2, "oZo046": 1, "oZo044": 1},
    ),
    (
        "oZn28",
        "en",
        "tsvn_tao",
        "Which microalgae species for zoea and mysis nutrition",
        "We culture Chlorella and Nannochloropsis in bags at our hatchery in Long Hòa, but larvae grow slowly. We want expert "
        "advice on which microalgae species and mixes best meet the nutritional needs of whiteleg zoea and mysis.",
        {"oZo038": 2, "oZo026": 1, "oZo025": 1, "oZo039": 1, "oZo022": 1},
    ),
    (
        "oZn29",
        "vi",
        "probiotic_pond_thesis",
        "Chủng Bacillus bản địa đối kháng Vibrio cho bể ương",
        "Các chế phẩm vi sinh bán ngoài thị trường chủ yếu cho ao nuôi thịt. Trại giống ở Dân Thành (Duyên Hải) cần chủng "
        "Bacillus phân lập từ tôm, đối kháng Vibrio, đã thử trên ấu trùng để bổ sung vào bể ương.",
        {"oZo035": 2, "oZo047": 2, "oZo048": 1, "oZo049": 1},
    ),
    # --- 3. post-larvae quality ---
    (
        "oZn30",
        "vi",
        "vietgap_st",
        "Kiểm tra chất lượng post trước khi thả cho hợp tác xã",
        "Hợp tác xã nuôi tôm thẻ theo VietGAP ở Mỹ Long Nam (Cầu Ngang) yêu cầu kiểm dịch 100% con giống. Chúng tôi cần dịch vụ "
        "kiểm tra từng lô post trước khi thả: soi kính hiển vi, thử sốc và xét nghiệm PCR các bệnh nguy hiểm.",
        {
            "oZo071": 2,
            "oZo053": 2,
            "oZo065": 1,
            "oZo063": 1,
            "oZo064": 1,
            "oZo066": 1,
            "oZo070": 1,
            "oZo062": 1,
            "oZo058": 1,
        },
    ),
    (
        "oZn31",
        "en",
        "jory_accl",
        "Audit our hatchery to improve PL quality",
        "Farmers who buy from our hatchery in Long Hòa complain that PL are weak after acclimation and stocking. We want an "
        "outside audit of our hatchery protocols and a structured way to assess PL quality before sale.",
        {"oZo055": 2, "oZo053": 1, "oZo107": 1, "oZo106": 1},
    ),
    (
        "oZn32",
        "vi",
        "tanhuyhoang",
        "Chi cach kiem tra tom giong bang mat thuong",
        "Ho nuoi tom the o Hiep My Dong (Cau Ngang) hay mua giong qua thuong lai, khong co may moc. Nho chi cach lay mau, xem tom "
        "boi, mau sac, phan ung voi den va do chieu dai de chon lo giong khoe truoc khi mua.",
        {"oZo064": 2, "oZo071": 1, "oZo053": 1, "oZo065": 1},
    ),
    (
        "oZn33",
        "vi",
        "mcintosh_ehp",
        "Xét nghiệm EHP trên post trước khi thả",
        "Ao nuôi tôm thẻ ở Trà Cú vụ trước bị EHP, tôm chậm lớn, phân trắng. Vụ này chúng tôi muốn xét nghiệm EHP cho từng lô "
        "post trước khi thả và kiểm tra lại bùn đáy ao.",
        {"oZo066": 2, "oZo062": 2, "oZo071": 1, "oZo053": 1, "oZo065": 1},
    ),
    (
        "oZn34",
        "en",
        "grs_lab",
        "Standardised real-time PCR for YHV, TSV, IMNV and NHP-B",
        "A group of hatcheries in Duyên Hải supplying PL to export-linked farms must show test results for yellow head, Taura, "
        "infectious myonecrosis and NHP-B. We need a laboratory running standardised real-time PCR methods for these pathogens.",
        {"oZo067": 2, "oZo069": 1, "oZo068": 1},
    ),
    (
        "oZn35",
        "en",
        "santhana",
        "Stress test for black tiger PL before purchase",
        "Our cooperative in Long Khánh buys P. monodon PL from several hatcheries and wants a simple stress-test protocol "
        "(drying, formalin, salinity drop) to reject weak batches before paying.",
        {"oZo056": 2, "oZo070": 2, "oZo053": 1, "oZo071": 1, "oZo063": 1},
    ),
    (
        "oZn36",
        "vi",
        "srac_lowsal",
        "Ao độ mặn thấp nên thả post mấy ngày tuổi",
        "Hộ nuôi tôm thẻ ở Vũng Liêm (Vĩnh Long) dùng nước có độ mặn dưới 5‰. Cần biết nên thả post bao nhiêu ngày tuổi và cách "
        "tự xác định tuổi post khi nhận giống để không bị giao post quá nhỏ.",
        {"oZo054": 2, "oZo064": 1, "oZo094": 1, "oZo104": 1},
    ),
    (
        "oZn37",
        "en",
        "schina_monodon",
        "MBV and white spot screening of black tiger PL",
        "Shrimp–mangrove farmers in Duyên Hải stock P. monodon PL at low density and cannot afford losses to white spot or "
        "MBV. We need a lab to screen each PL batch for both before stocking.",
        {"oZo057": 2, "oZo072": 2, "oZo053": 1, "oZo071": 1},
    ),
    (
        "oZn38",
        "vi",
        "ria2_ahpnd",
        "Xét nghiệm AHPND trên post bằng PCR độ nhạy cao",
        "Ao tôm thẻ ở Hiệp Thạnh hay bị hoại tử gan tụy cấp trong 20–45 ngày đầu sau thả. Chúng tôi muốn xét nghiệm post trước "
        "khi thả bằng phương pháp PCR nhạy, phát hiện được cả lô mang khuẩn ở mức thấp.",
        {"oZo058": 2, "oZo061": 1, "oZo059": 1, "oZo065": 1},
    ),
    (
        "oZn39",
        "en",
        "ctu_ems",
        "PL dying at PL2–PL4 with empty guts",
        "In our hatchery in Cầu Ngang, larvae develop normally, then at PL2–PL4 guts empty, the hepatopancreas turns "
        "colourless and most of the tank dies within two days. We need diagnosis and a management plan.",
        {"oZo060": 2, "oZo061": 1, "oZo030": 1, "oZo047": 1},
    ),
    (
        "oZn40",
        "vi",
        "kienthuc_pl",
        "Xay dung tieu chuan chat luong post de cong bo",
        "Trai giong o Truong Long Hoa (Duyen Hai) muon cong bo bo chi tieu chat luong cho tung lo post (tuoi, chieu dai, do dong "
        "deu, PCR, Vibrio, thu soc) de lay long tin cua ho nuoi. Can mau tieu chuan va tu van ap dung.",
        {"oZo065": 2, "oZo063": 2, "oZo055": 1, "oZo053": 1, "oZo071": 1, "oZo064": 1},
    ),
    (
        "oZn41",
        "en",
        "grs_lab",
        "Train hatchery staff in PCR principles and sampling",
        "Our hatchery in Trà Cú has bought a small PCR machine, but the staff do not understand how the reaction works, how to "
        "take and store samples, or how to read results. We need a practical training course.",
        {"oZo069": 2, "oZo068": 1},
    ),
    (
        "oZn42",
        "vi",
        "pcr_hue",
        "Đặt phòng xét nghiệm nhỏ tại vùng nuôi Long Toàn",
        "Hợp tác xã ở Long Toàn (Duyên Hải) muốn tự có phòng xét nghiệm đặt ngay vùng nuôi để kiểm tra nước và mầm bệnh tôm "
        "giống, không phải gửi mẫu đi xa. Cần đơn vị thiết kế, lắp đặt trọn gói.",
        {"oZo068": 2, "oZo069": 1, "oZo067": 1},
    ),
    (
        "oZn43",
        "en",
        "jory_pl",
        "Check that delivered PL are really PL12",
        "Our farm in Đông Hải receives PL that the hatchery labels PL12, but they look small. We need a quick, reliable way to "
        "check PL age on delivery before stocking.",
        {"oZo054": 2, "oZo063": 1, "oZo065": 1, "oZo064": 1, "oZo102": 1},
    ),
    # --- 4. nursery ---
    (
        "oZn44",
        "vi",
        "travinh_stc",
        "Làm ao ương lót bạt trước khi thả ao siêu thâm canh",
        "Hộ nuôi tôm thẻ siêu thâm canh ở Mỹ Long Nam (Cầu Ngang) thả 150–200 con/m², muốn thêm ao ương lót bạt nhỏ để ương post "
        "15–20 ngày rồi mới san ra ao nuôi, giảm hao hụt giai đoạn đầu. Cần thiết kế và quy trình.",
        {"oZo073": 2, "oZo088": 2, "oZo079": 1, "oZo076": 1, "oZo075": 1, "oZo081": 1},
    ),
    (
        "oZn45",
        "en",
        "travinh_tc",
        "Greenhouse nursery to stock 1 g juveniles",
        "With the province expanding high-tech intensive shrimp farming, our cooperative in Duyên Hải wants a covered nursery "
        "(greenhouse or net house) to raise PL to about 1 g before stocking grow-out ponds.",
        {"oZo076": 2, "oZo083": 2, "oZo078": 2, "oZo075": 2, "oZo090": 2, "oZo080": 1, "oZo082": 1, "oZo079": 1},
    ),
    (
        "oZn46",
        "vi",
        "daclocc_uongsu",
        "Quy trình ương tôm thẻ trong nhà lưới đạt 1 g",
        "Doanh nghiệp ở Long Toàn đã có nhà lưới trống, muốn ương post tôm thẻ 25–30 ngày lên khoảng 1 g để bán cho hộ nuôi. Cần "
        "quy trình ương đã được công nhận: mật độ, xử lý nước, cho ăn, tỷ lệ sống dự kiến.",
        {"oZo075": 2, "oZo090": 2, "oZo076": 1, "oZo078": 1},
    ),
    (
        "oZn47",
        "en",
        "samocha_nursery",
        "Stocking density for biofloc nursery tanks",
        "We plan biofloc nursery tanks at our farm in Hiệp Thạnh and do not know how many PL per cubic metre we can stock "
        "without losing survival or growth. We need tested density guidance.",
        {"oZo084": 2, "oZo077": 2, "oZo086": 1, "oZo087": 1, "oZo085": 1},
    ),
    (
        "oZn48",
        "en",
        "nursery_system_comp",
        "Aeration and mixing for a zero-exchange nursery",
        "Our indoor nursery in Duyên Hải town will run with almost no water exchange. We need a proven aeration and mixing "
        "design that keeps feed in suspension and avoids anoxic patches on the bottom in the first weeks.",
        {"oZo085": 2, "oZo080": 1, "oZo084": 1, "oZo086": 1},
    ),
    (
        "oZn49",
        "vi",
        "tcx_uong",
        "Uong tom su giong trong ao dat truoc khi tha ruong",
        "Ho nuoi tom su ket hop o Kim Son (Tra Cu) muon uong post trong ao dat nho vai tuan cho tom lon con roi moi tha ra "
        "ruong, de tom khong bi ca tap an. Can huong dan chon ao, cai tao, chuan bi nuoc va tha post.",
        {"oZo074": 2, "oZo073": 1},
    ),
    (
        "oZn50",
        "en",
        "esparza_salinity",
        "Which indoor nursery system to invest in",
        "A company in Long Hòa is choosing between clear-water recirculation, biofloc and photo-heterotrophic systems for an "
        "indoor nursery. We need comparative data on water quality, growth and cost before investing.",
        {"oZo086": 2, "oZo084": 1, "oZo085": 1, "oZo077": 1, "oZo087": 1},
    ),
    (
        "oZn51",
        "vi",
        "aquadeals_nursery",
        "Thiết kế hệ thống ương thâm canh cao",
        "Công ty ở thị xã Duyên Hải muốn đầu tư hệ thống ương giống mật độ cao, an toàn sinh học, nuôi post từ vài mg lên 2–3 g "
        "để cung cấp tôm lớn cho các trang trại. Cần đơn vị thiết kế và hướng dẫn vận hành.",
        {"oZo079": 2, "oZo080": 2, "oZo082": 1, "oZo078": 1, "oZo083": 1},
    ),
    (
        "oZn52",
        "en",
        "browdy_nursery",
        "Low-cost nursery inside the pond for small farmers",
        "Smallholders in Cầu Ngang cannot afford indoor nurseries but want to hold PL for a few weeks before releasing them "
        "into the grow-out pond. We need a cheap nursery option inside or beside the pond.",
        {"oZo081": 2, "oZo082": 2, "oZo088": 2, "oZo073": 2},
    ),
    (
        "oZn53",
        "en",
        "biofloc_density",
        "Moving nursed juveniles to grow-out ponds",
        "Our biofloc nursery in Trà Cú produces 0.5–1 g juveniles, but we lose many when moving them to grow-out ponds. We "
        "need a handling and transport method with the right containers, densities and aeration.",
        {"oZo089": 2, "oZo076": 1, "oZo097": 1, "oZo101": 1},
    ),
    (
        "oZn54",
        "vi",
        "xky_lowsal",
        "Thử sức chịu sốc độ mặn của tôm ương trước khi thả ao mặn thấp",
        "Hộ nuôi ở Cầu Kè (Vĩnh Long) dự định thả tôm thẻ đã ương vào ao có độ mặn rất thấp. Muốn biết tôm ương ở mật độ cao có "
        "chịu được sốc độ mặn không và cách thử trước khi san tôm.",
        {"oZo087": 2, "oZo104": 1, "oZo098": 1, "oZo094": 1, "oZo150": 1},
    ),
    # --- 5. transport and acclimation ---
    (
        "oZn55",
        "vi",
        "memart_live",
        "Đóng bao vận chuyển post đường dài",
        "Chúng tôi ở Long Hòa (Châu Thành) mua post từ trại ở Ba Tri, đường đi mất 5–6 tiếng. Mỗi lần về tôm hao nhiều. Cần cách "
        "đóng bao: số post mỗi bao, lượng nước, bơm oxy và giữ nhiệt trên đường.",
        {"oZo103": 2, "oZo092": 2, "oZo101": 2, "oZo097": 2, "oZo095": 1},
    ),
    (
        "oZn56",
        "en",
        "jensen_bait",
        "Packing density and oxygen for long PL shipments",
        "A hatchery in Duyên Hải ships PL to farms up to a day away. We need tested figures for PL per bag, water volume and "
        "oxygen so that survival on arrival stays high.",
        {"oZo092": 2, "oZo103": 2, "oZo097": 1, "oZo101": 1, "oZo095": 1},
    ),
    (
        "oZn57",
        "vi",
        "vnua_sal",
        "Thuần hóa post từ 25‰ xuống 8‰",
        "Trại giống giao post ở độ mặn 25‰ còn ao nuôi của chúng tôi ở Châu Thành chỉ khoảng 8‰. Cần quy trình thuần độ mặn, "
        "nhiệt độ, pH trước khi thả để tôm không sốc.",
        {"oZo098": 2, "oZo099": 2, "oZo105": 2, "oZo093": 2, "oZo100": 1, "oZo096": 1, "oZo094": 1},
    ),
    (
        "oZn58",
        "en",
        "xky_lowsal",
        "Stocking whiteleg PL into 2–3 ppt ponds",
        "Farmers in Trà Ôn (Vĩnh Long) want to raise whiteleg shrimp in ponds of only 2–3 ppt. We need to know whether the water "
        "is suitable and how to acclimate PL down to that salinity.",
        {"oZo094": 2, "oZo104": 2, "oZo093": 1, "oZo150": 1, "oZo054": 1, "oZo087": 1},
    ),
    (
        "oZn59",
        "vi",
        "tepbac_vc",
        "Cách kiểm đếm số lượng tôm giống khi nhận",
        "Hộ nuôi ở Hòa Minh (Châu Thành) nhận tôm giống theo bao mà không biết có đủ số lượng không. Nhờ hướng dẫn cách đếm "
        "mẫu để ước tính tổng số giống trước khi ký nhận.",
        {"oZo102": 2, "oZo097": 1, "oZo101": 1},
    ),
    (
        "oZn60",
        "en",
        "bm_nk_kt",
        "Air-freighting broodstock to our hatchery",
        "Our hatchery in Trà Cú receives imported broodstock flown into Ho Chi Minh City, then trucked for hours. We need a "
        "transport service that keeps broodstock alive and unharmed on the way.",
        {"oZo091": 2, "oZo092": 1, "oZo003": 1},
    ),
    (
        "oZn61",
        "vi",
        "nikolet",
        "Thả tôm sú giống ra ao quảng canh độ mặn 5‰",
        "Ao quảng canh của chúng tôi ở Long Khánh (Duyên Hải) mùa mưa chỉ còn khoảng 5‰, trong khi post tôm sú từ trại ở 20‰. "
        "Cần biết có phải thuần không, thuần nhanh hay chậm để tôm sống tốt.",
        {"oZo100": 2, "oZo096": 2, "oZo098": 1, "oZo099": 1, "oZo105": 1},
    ),
    (
        "oZn62",
        "en",
        "jory_pl",
        "On-farm acclimation before stocking",
        "Our farm in Cầu Ngang receives PL from hatcheries whose water differs from our ponds in temperature and salinity. We "
        "want a service or protocol to acclimate PL on the farm before release.",
        {"oZo099": 2, "oZo093": 2, "oZo105": 2, "oZo098": 1, "oZo095": 1},
    ),
    (
        "oZn63",
        "vi",
        "tepbac_vc",
        "Đánh giá quy trình bắt, vận chuyển, thả giống",
        "Trang trại ở Dân Thành (Duyên Hải) thấy tôm hao nhiều trong tuần đầu dù giống đạt xét nghiệm. Muốn có chuyên gia đánh "
        "giá toàn bộ khâu thu post ở trại, vận chuyển và thả để giảm stress cho tôm.",
        {"oZo095": 2, "oZo101": 1, "oZo103": 1, "oZo093": 1},
    ),
    (
        "oZn64",
        "en",
        "nikolet",
        "Acclimation tanks on the farm",
        "We farm in Ngũ Lạc and release PL straight from bags into the pond. We want aerated acclimation tanks installed at the "
        "pond bank, with instructions for adjusting temperature, salinity and pH.",
        {"oZo105": 2, "oZo093": 1, "oZo099": 1},
    ),
    # --- 6. biosecurity, certification, records ---
    (
        "oZn65",
        "vi",
        "fao450_vi",
        "Lập hồ sơ an toàn sinh học cho cơ sở ương dưỡng giống",
        "Cơ sở ương dưỡng tôm giống ở Trà Cú cần xây dựng hồ sơ an toàn sinh học theo hướng dẫn năm 2020 để được kiểm tra, "
        "đồng thời cải thiện quản lý sức khỏe đàn tôm.",
        {"oZo113": 2, "oZo111": 2, "oZo116": 1, "oZo114": 1, "oZo115": 1},
    ),
    (
        "oZn66",
        "en",
        "thai_std",
        "Biosecurity plan and staff training for our hatchery",
        "Our hatchery in Hiệp Thạnh has no written biosecurity plan and staff move freely between maturation, larval and algae "
        "rooms. We need a biosecurity plan and training on hatchery health management.",
        {"oZo106": 2, "oZo115": 2, "oZo107": 1, "oZo113": 1, "oZo111": 1, "oZo109": 1},
    ),
    (
        "oZn67",
        "en",
        "fao446",
        "Standard operating procedures and HACCP for a hatchery",
        "A hatchery company in Duyên Hải town wants written SOPs for each unit and a HACCP-style hazard analysis covering "
        "intake water, broodstock, feeds and chemicals.",
        {"oZo107": 2, "oZo116": 2, "oZo108": 1},
    ),
    (
        "oZn68",
        "vi",
        "vietgap_st",
        "Nhật ký và hồ sơ sản xuất tôm giống",
        "Trại giống ở Cầu Ngang bán post cho các hộ nuôi VietGAP, bị yêu cầu chứng minh nguồn gốc và quá trình sản xuất. Cần "
        "mẫu sổ ghi chép, cách lưu trữ hồ sơ từng đợt ương và thủ tục tự kiểm tra.",
        {"oZo114": 2, "oZo112": 2, "oZo113": 1, "oZo117": 1},
    ),
    (
        "oZn69",
        "en",
        "oirsa_bmp",
        "Certify our hatchery to supply export-linked farms",
        "Grow-out farms we supply in Cầu Ngang follow good-practice manuals and now ask for certified seed. Our hatchery needs "
        "a gap audit against a recognised hatchery standard and help preparing for certification.",
        {"oZo109": 2, "oZo107": 1, "oZo106": 1, "oZo118": 1, "oZo119": 1},
    ),
    (
        "oZn70",
        "vi",
        "bm_nk_kt",
        "Lưu hồ sơ nguồn gốc, kiểm dịch tôm bố mẹ để truy xuất",
        "Trại giống ở Long Hòa nhập nhiều lô tôm bố mẹ mỗi năm nhưng giấy tờ để rời rạc. Cần hệ thống lưu chứng chỉ nguồn gốc, "
        "giấy kiểm dịch và kết quả xét nghiệm theo từng lô để truy xuất khi có sự cố.",
        {"oZo117": 2, "oZo112": 1, "oZo114": 1, "oZo003": 1},
    ),
    (
        "oZn71",
        "en",
        "nn_ehp_rt",
        "EHP biosecurity plan for the hatchery",
        "EHP has been found in PL from our hatchery in Trà Cú. We need an EHP biosecurity plan from broodstock to PL: certified "
        "animals, feed handling, egg washing and disinfection, and screening points.",
        {"oZo110": 2, "oZo021": 2, "oZo011": 2, "oZo062": 1, "oZo066": 1, "oZo028": 1},
    ),
    (
        "oZn72",
        "vi",
        "fao446_req",
        "Chương trình cải thiện thực hành trại giống tôm sú",
        "Các trại giống tôm sú nhỏ ở Duyên Hải vẫn dựa vào tôm mẹ tự nhiên, nước cấp chưa xử lý tốt nên post hay nhiễm đốm "
        "trắng. Cần một chương trình cải thiện thực hành sản xuất giống tôm sú áp dụng cho cả nhóm trại.",
        {"oZo108": 2, "oZo115": 1, "oZo116": 1, "oZo107": 1},
    ),
    (
        "oZn73",
        "en",
        "tcts_atsh",
        "Record-keeping system for hatchery batches",
        "Our hatchery in Long Toàn keeps few records. We want simple templates for broodstock, feed, chemicals, water quality "
        "and health checks per batch, and advice on storing and verifying them.",
        {"oZo112": 2, "oZo114": 2, "oZo107": 1, "oZo117": 1, "oZo113": 1},
    ),
    (
        "oZn74",
        "vi",
        "oirsa_bmp",
        "Chứng nhận trại giống theo tiêu chuẩn để bán cho doanh nghiệp xuất khẩu",
        "Doanh nghiệp xuất khẩu tôm ở Trà Vinh yêu cầu trại cung cấp giống phải có chứng nhận theo tiêu chuẩn trại giống được "
        "công nhận. Trại chúng tôi ở Trường Long Hòa cần đánh giá khoảng cách và hỗ trợ chuẩn bị chứng nhận.",
        {"oZo109": 2, "oZo107": 1, "oZo116": 1, "oZo119": 1, "oZo118": 1},
    ),
    (
        "oZn75",
        "en",
        "intertrade_vibrio",
        "Buy PL from a hatchery that checks Vibrio on every batch",
        "After Vibrio problems in our ponds in Hiệp Mỹ Đông, we want to buy PL only from hatcheries that count total Vibrio on "
        "every batch and publish the result along with PCR tests.",
        {"oZo065": 2, "oZo063": 2, "oZo061": 1, "oZo030": 1},
    ),
]
