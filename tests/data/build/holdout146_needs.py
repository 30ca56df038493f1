"""Needs for holdout146 (insect farming for feed and food), set in Trà Vinh / Vĩnh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need,
1 = partly relevant. Needs written from pages about other places are moved into the province
(see make_holdout146.py).
"""

NEEDS = [
    # --- (A) black soldier fly on waste and by-products ---
    (
        "nRn01",
        "vi",
        "nghison",
        "Hội làm vườn xã cần quy trình gom rác chợ Cầu Kè để nuôi ruồi lính đen",
        "Chúng tôi là Hội làm vườn một xã ở huyện Cầu Kè. Mỗi ngày chợ xã bỏ ra nhiều hoa quả thối, rau héo, thức ăn ôi thiu; "
        "hội muốn gom về nuôi ruồi lính đen vừa bớt rác vừa có thu nhập. Cần quy trình nuôi, cách bố trí khu nuôi và cách tổ "
        "chức thu gom để bà con làm theo.",
        {"nRo001": 2, "nRo005": 2, "nRo007": 2, "nRo008": 1, "nRo002": 1, "nRo136": 1, "nRo023": 1},
    ),
    (
        "nRn02",
        "en",
        "scirp_review",
        "Diverting Trà Vinh city's organic waste from landfill with black soldier fly",
        "Our urban environment company collects household and market waste in Trà Vinh city; most of it is organic and ends "
        "up in landfill or open burning, and disposal costs keep rising. We want to build a black soldier fly plant of about "
        "10 t/day that turns sorted organic waste into larvae and residue. We need plant design, operating know-how and a "
        "workable business model.",
        {"nRo003": 2, "nRo004": 2, "nRo007": 2, "nRo005": 2, "nRo006": 1, "nRo021": 1},
    ),
    (
        "nRn03",
        "en",
        "bioconv_review",
        "Which of our by-products give the best BSF larvae? (Long Đức food processor)",
        "We process fruit and beverages in Long Đức and have brewer's spent grain, fruit peels and vegetable trimmings. Before "
        "investing in a black soldier fly unit we want to know which by-product, alone or mixed, gives the best conversion and "
        "the larval protein and fat our feed buyers want.",
        {"nRo002": 2, "nRo017": 2, "nRo006": 2, "nRo022": 1, "nRo093": 1},
    ),
    (
        "nRn04",
        "vi",
        "thietbi_bsf",
        "Trại heo ở Càng Long muốn nuôi ruồi lính đen xử lý phân, giảm mùi",
        "Trại heo 500 con ở Càng Long đang bị phản ánh mùi hôi. Chúng tôi muốn dùng ấu trùng ruồi lính đen ăn phân heo, vừa "
        "giảm chất thải vừa có ấu trùng cho đàn gà, vịt trong trại. Cần kỹ thuật nuôi trên phân chăn nuôi và thiết kế khu nuôi.",
        {"nRo009": 2, "nRo008": 2, "nRo007": 2, "nRo076": 1, "nRo138": 1},
    ),
    (
        "nRn05",
        "vi",
        "soctrang_phong",
        "Can mua trung ruoi linh den giong ve nuoi cho ga o Tieu Can",
        "Nha toi o Tieu Can nuoi ga tha vuon, tan dung chuong vit cu. Muon mua vai chuc gram trung ruoi linh den giong ve nuoi "
        "thu lay au trung cho ga an, can noi ban trung giong uy tin va huong dan nuoi tu dau.",
        {"nRo010": 2, "nRo011": 2, "nRo013": 2, "nRo012": 1, "nRo014": 1},
    ),
    (
        "nRn06",
        "vi",
        "tuoitre_canh",
        "Trại ở Long Hồ muốn sản xuất trứng ruồi lính đen để bán",
        "Chúng tôi đang nuôi ruồi lính đen ở Long Hồ và thấy trứng giống bán được giá. Muốn mở rộng khu cho ruồi sinh sản để "
        "bán trứng đều đặn mỗi tuần; cần kỹ thuật bố trí lồng/mùng cho ruồi giao phối, đẻ trứng và cách tăng số trứng mỗi con cái.",
        {"nRo012": 2, "nRo016": 2, "nRo013": 1, "nRo011": 1, "nRo015": 1},
    ),
    (
        "nRn07",
        "vi",
        "ecoflys",
        "Ruồi lính đen ở Duyên Hải đẻ ít vào mùa mưa, cần giải pháp nhà nuôi",
        "Đàn ruồi lính đen của chúng tôi ở Duyên Hải đẻ rất ít trong những tháng mưa, trời âm u nhiều ngày. Chúng tôi muốn "
        "chuyển phần sinh sản vào nhà kín, cần tư vấn chiếu sáng nhân tạo và thiết kế lồng giao phối để giữ sản lượng trứng.",
        {"nRo015": 2, "nRo016": 2, "nRo012": 1, "nRo020": 1},
    ),
    (
        "nRn08",
        "en",
        "ecoflys",
        "Low-labour larva bins for a family duck farm in Tiểu Cần",
        "We keep ducks near Tiểu Cần and have little time. We want simple bins where black soldier fly larvae grow on kitchen "
        "and crop waste and then crawl out by themselves into a bucket, so we can feed them to ducks without sieving.",
        {"nRo014": 2, "nRo018": 1, "nRo019": 1, "nRo010": 1},
    ),
    (
        "nRn09",
        "en",
        "tanphu_quan",
        "Tofu maker in Càng Long wants to start BSF on soybean residue for own chickens and fish",
        "Our family makes tofu in Càng Long and has soybean curd residue every day. We keep chickens, ducks and a fish pond and "
        "want to raise black soldier fly larvae on the residue to feed them. We need a supply of eggs and starter training.",
        {"nRo011": 2, "nRo010": 2, "nRo019": 2, "nRo013": 1, "nRo017": 1},
    ),
    (
        "nRn10",
        "vi",
        "biofilter_design",
        "Trại ruồi lính đen ở phường 7 TP Trà Vinh bị hàng xóm phản ánh mùi",
        "Cơ sở nuôi ruồi lính đen trên rác hữu cơ của chúng tôi nằm gần khu dân cư ở TP Trà Vinh; vào ngày nóng mùi khai bốc lên, "
        "hàng xóm đã phản ánh lên phường. Cần giải pháp đo, giảm mùi amoniac và cách vận hành để tiếp tục nuôi được.",
        {"nRo136": 2, "nRo137": 2, "nRo138": 1, "nRo139": 1, "nRo145": 1},
    ),
    (
        "nRn11",
        "en",
        "feedipedia_bsf",
        "Seafood processor in Duyên Hải wants to feed fish offal and shrimp heads to BSF larvae",
        "We process fish and shrimp in Duyên Hải and generate offal and shrimp heads daily. We would like to rear black soldier "
        "fly larvae on them, possibly mixed with other waste, and need to know how to balance the substrate and what larval "
        "composition to expect.",
        {"nRo017": 2, "nRo006": 2, "nRo002": 1, "nRo097": 1, "nRo007": 1, "nRo024": 1},
    ),
    (
        "nRn12",
        "vi",
        "coconut_prebiotic",
        "Cơ sở sữa dừa ở Càng Long muốn dùng bã cơm dừa nuôi ruồi lính đen",
        "Cơ sở ép sữa dừa của chúng tôi ở Càng Long thải ra vài tấn bã cơm dừa mỗi tháng, hiện chỉ bán rẻ làm thức ăn thô. Muốn "
        "thử nuôi ấu trùng ruồi lính đen trên bã dừa, có thể trộn thêm phụ phẩm khác; cần tư vấn phối trộn chất nền cho ấu trùng "
        "lớn tốt.",
        {"nRo006": 2, "nRo017": 2, "nRo093": 2, "nRo002": 1, "nRo022": 1},
    ),
    (
        "nRn13",
        "vi",
        "agriprotein",
        "Nhà đầu tư cần nghiên cứu khả thi nhà máy ruồi lính đen 20 tấn/ngày ở Vĩnh Long",
        "Chúng tôi dự định đầu tư nhà máy xử lý rác hữu cơ bằng ruồi lính đen công suất khoảng 20 tấn/ngày trong khu công nghiệp "
        "ở Vĩnh Long, đầu ra là bột đạm, dầu và phân bón. Cần tư vấn mô hình kinh doanh, thiết kế nhà máy và bài học từ các nhà "
        "máy đã làm trên thế giới.",
        {"nRo004": 2, "nRo003": 2, "nRo027": 1, "nRo025": 1, "nRo007": 1, "nRo005": 1},
    ),
    (
        "nRn14",
        "en",
        "chidambaram",
        "Automating larva counting and size grading at a BSF farm in Bình Minh",
        "Our black soldier fly farm in Bình Minh counts and grades larvae by hand, which is slow and inconsistent. We want "
        "automated monitoring of colony numbers and a machine that weighs and sorts larvae by size for breeding.",
        {"nRo025": 2, "nRo026": 2, "nRo020": 1},
    ),
    (
        "nRn15",
        "en",
        "dipterra",
        "Reliable source of BSF eggs and neonates for a new farm in Trà Ôn",
        "We are starting a black soldier fly farm in Trà Ôn and need a steady supply of eggs (or young larvae) from a breeder "
        "in the Mekong region, plus guidance on hatching them, until our own breeding unit runs.",
        {"nRo013": 2, "nRo010": 2, "nRo011": 2, "nRo012": 1, "nRo014": 1},
    ),
    (
        "nRn16",
        "vi",
        "rana_bd",
        "HTX ở Trà Cú muốn dẫn ruồi lính đen hoang dã đến đẻ, ấu trùng tự bò ra",
        "HTX chúng tôi ở Trà Cú không muốn tốn tiền mua trứng giống. Nghe nói có thể để thùng rác bếp ôi cho ruồi lính đen "
        "ngoài tự nhiên tự đến đẻ rồi ấu trùng tự bò ra ngoài; cần thiết kế thùng và cách vận hành cho mô hình này.",
        {"nRo014": 2, "nRo018": 1, "nRo019": 1, "nRo010": 1},
    ),
    (
        "nRn17",
        "en",
        "soctrang_trieu",
        "Switching an earthworm shed in Cầu Kè to black soldier fly",
        "I used to raise earthworms in a shed in Cầu Kè and want to convert it to black soldier fly. I plan to buy about 20 kg "
        "of eggs, hatch them and use the larval stage to treat farm and crop waste. I need advice on hatching and running the "
        "larval stage properly.",
        {"nRo010": 2, "nRo008": 2, "nRo005": 2, "nRo007": 2, "nRo019": 2, "nRo020": 1},
    ),
    # --- (B) mealworms and superworms ---
    (
        "nRn18",
        "vi",
        "angiang_saugao",
        "Hộ nuôi sâu gạo ở Long Hồ cần kỹ thuật nhân giống và đầu ra",
        "Tôi ở Long Hồ, nuôi thử mấy ký sâu gạo trong khay trứng, cho ăn rau, bắp cải, cám gà. Sâu lớn được nhưng tôi chưa "
        "biết cách cho sâu hóa nhộng, thành bọ để tự nhân giống, và cần nơi hướng dẫn, bao tiêu cho người nuôi chim, cá kiểng.",
        {"nRo030": 2, "nRo028": 2, "nRo029": 2, "nRo033": 2, "nRo032": 1},
    ),
    (
        "nRn19",
        "vi",
        "memart_saugao",
        "Nuoi sau gao bang vo khom, cam gao o Tieu Can",
        "Gia dinh toi o Tieu Can co san vo khom, cam gao, ba mia. Muon nuoi sau gao de ban va cho ga an, can quy trinh nuoi "
        "trong thung, khay cho re, chong chuot kien.",
        {"nRo028": 2, "nRo030": 2, "nRo029": 1, "nRo031": 1},
    ),
    (
        "nRn20",
        "en",
        "panfil",
        "Trà Vinh start-up wants to make mealworm powder for the EU market",
        "We plan to farm yellow mealworms in Trà Vinh and sell dried larvae and powder as a food ingredient to Europe. We need "
        "a food-grade drying and milling process and help with the novel-food requirements, safety data and labelling.",
        {"nRo035": 2, "nRo036": 2, "nRo037": 2, "nRo038": 1, "nRo068": 1, "nRo040": 1, "nRo042": 1},
    ),
    (
        "nRn21",
        "vi",
        "echo_mealworm",
        "Cần cách sấy sâu bột nhanh, rẻ hơn sấy thăng hoa",
        "Cơ sở chúng tôi ở Châu Thành đang bán sâu bột sống cho người nuôi chim, muốn làm thêm sâu sấy khô. Sấy thăng hoa quá "
        "đắt; cần quy trình sấy nhanh, ít tốn điện mà sâu không bị ôi dầu.",
        {"nRo038": 2, "nRo158": 1, "nRo159": 1, "nRo102": 1},
    ),
    (
        "nRn22",
        "en",
        "superworm_teleonomix",
        "Pet-shop chain in Vĩnh Long needs a steady superworm supply",
        "We run pet and bird shops in Vĩnh Long and sell superworms to bird, reptile and fish keepers. Supply from Ho Chi Minh "
        "City is irregular; we want a local grower or breeding know-how to produce our own.",
        {"nRo032": 2, "nRo033": 2, "nRo030": 2, "nRo045": 1, "nRo029": 1},
    ),
    (
        "nRn23",
        "vi",
        "karger_mw",
        "Trại gà ở Trà Ôn muốn nuôi sâu bột làm thức ăn bổ sung",
        "Trại gà thả vườn của chúng tôi ở Trà Ôn muốn tự nuôi sâu bột để bổ sung đạm cho gà, giảm cám công nghiệp. Cần thông "
        "tin vòng đời, thức ăn cho sâu và cách chế biến sâu thành bột trộn vào cám.",
        {"nRo043": 2, "nRo034": 2, "nRo041": 1, "nRo028": 1, "nRo116": 1},
    ),
    (
        "nRn24",
        "en",
        "superworm_expl",
        "Aquafeed mill wants evidence on superworm meal in tilapia feed",
        "Our feed mill in Vĩnh Long is looking at insect meals. A supplier offers superworm (Zophobas) meal; before trials we "
        "want published results on superworm meal in tilapia diets and what the larval fat can be used for.",
        {"nRo039": 2, "nRo110": 1, "nRo095": 1, "nRo119": 1},
    ),
    (
        "nRn25",
        "en",
        "thucanh_saugao",
        "Household in Mang Thít wants to raise superworms in trays for bird and fish shops",
        "We have an empty pig shed in Mang Thít and want to raise superworms in bins or tiered trays to sell to bird and "
        "ornamental-fish keepers. We need the rearing method, cheap feed, and protection against rats and ants.",
        {"nRo028": 2, "nRo030": 2, "nRo029": 2, "nRo031": 1, "nRo033": 1},
    ),
    # --- (C) crickets for food ---
    (
        "nRn26",
        "vi",
        "kienthuc_de",
        "HTX ở Cầu Ngang muốn nuôi dế thương phẩm bán nhà hàng",
        "HTX nông nghiệp ở Cầu Ngang muốn chuyển một phần chuồng trại sang nuôi dế thịt cung cấp cho quán ăn, nhà hàng ở TP Trà "
        "Vinh. Cần con giống, quy trình nuôi từ ấp trứng đến xuất bán và thời gian nuôi mỗi lứa để lên kế hoạch.",
        {"nRo047": 2, "nRo051": 2, "nRo052": 2, "nRo063": 2, "nRo048": 1, "nRo049": 1, "nRo066": 1},
    ),
    (
        "nRn27",
        "vi",
        "deankd_de",
        "Can mua de giong va hoc nuoi de thit o Cang Long",
        "Toi o Cang Long muon nuoi de thit quy mo nho tai nha. Can mua de giong khoe va duoc huong dan ky thuat nuoi, phan "
        "biet duc cai, cach lam chuong.",
        {"nRo050": 2, "nRo047": 2, "nRo054": 1, "nRo049": 1, "nRo073": 1},
    ),
    (
        "nRn28",
        "en",
        "botde_my",
        "Start-up wants to turn farmed crickets into protein powder for snacks",
        "We are a food start-up in Trà Vinh and want to buy crickets from local farms and process them into a protein powder "
        "for snacks and bakery. We need the processing steps (killing, washing, blanching, drying, milling) and a food-safe line.",
        {"nRo059": 2, "nRo058": 2, "nRo060": 2, "nRo057": 1, "nRo065": 1, "nRo062": 1, "nRo053": 1},
    ),
    (
        "nRn29",
        "vi",
        "banhquy_de",
        "Cơ sở bánh kẹo ở TP Trà Vinh muốn làm snack, bánh từ dế",
        "Chúng tôi làm bánh phồng, bánh quy ở TP Trà Vinh và muốn ra dòng sản phẩm có dế. Cần cách sơ chế dế, làm bột dế và "
        "công thức phối trộn vào bánh, snack.",
        {"nRo053": 2, "nRo059": 2, "nRo058": 1, "nRo060": 1, "nRo057": 1, "nRo056": 1, "nRo055": 1},
    ),
    (
        "nRn30",
        "en",
        "fao_sixlegged",
        "Cricket farm needs good-practice and food-safety certification to supply supermarkets",
        "Our cricket farm in Tam Bình wants to sell frozen crickets to supermarkets, which ask for proof of hygiene and food "
        "safety. We need a good agricultural practice programme and a hazard and critical-point review of our farm and chain.",
        {"nRo062": 2, "nRo063": 2, "nRo065": 1, "nRo068": 1, "nRo064": 1},
    ),
    (
        "nRn31",
        "vi",
        "kienthuc_de",
        "Dế nuôi ở Châu Thành hay chết, chuồng hôi, cám đắt",
        "Hộ tôi ở Châu Thành nuôi dế bằng cám công nghiệp, dế hay chết từng đợt, chuồng có mùi và tiền cám cao. Cần tư vấn "
        "thức ăn rẻ hơn từ rau, cỏ sẵn có, cách giữ chuồng thông thoáng, sạch để dế khỏe.",
        {"nRo053": 2, "nRo059": 2, "nRo051": 1, "nRo049": 1, "nRo064": 1},
    ),
    (
        "nRn32",
        "en",
        "bcg_saentor",
        "Setting the climate and stocking density for a 300 m² cricket barn in Vũng Liêm",
        "We have built a 300 m² barn in Vũng Liêm for crickets. We need the right temperature, humidity and stocking density, "
        "and a pen design that is easy to clean and keeps other insects out.",
        {"nRo064": 2, "nRo066": 2, "nRo059": 1, "nRo052": 1, "nRo048": 1},
    ),
    (
        "nRn33",
        "en",
        "tropentag_thai",
        "Women's union in Trà Cú wants to organise a cricket-farming group",
        "The women's union of a commune in Trà Cú wants to help about 30 households farm crickets behind their houses and sell "
        "together. We need a model for organising the group and practical training material.",
        {"nRo067": 2, "nRo063": 2, "nRo047": 1, "nRo051": 1, "nRo053": 1, "nRo069": 1},
    ),
    (
        "nRn34",
        "en",
        "nhachannuoi_de",
        "Bird-shop owner needs breeding crickets and a starter guide",
        "I sell birds and fighting-cock supplies in Trà Vinh and want to breed black crickets (Gryllus bimaculatus) myself. I "
        "need healthy breeding stock and a guide to start and scale up.",
        {"nRo050": 2, "nRo047": 2, "nRo049": 1, "nRo046": 1, "nRo063": 1},
    ),
    (
        "nRn35",
        "vi",
        "thai_home",
        "Doanh nghiệp muốn xuất khẩu bột dế sang châu Âu cần tư vấn quy định",
        "Công ty chúng tôi ở Vĩnh Long dự định xuất bột dế sang EU. Cần hiểu quy định thực phẩm mới (novel food), an toàn thực "
        "phẩm và yêu cầu thị trường để chuẩn bị hồ sơ.",
        {"nRo068": 2, "nRo037": 1, "nRo035": 1, "nRo062": 1, "nRo065": 1, "nRo072": 1},
    ),
    # --- (D) earthworms and vermicompost ---
    (
        "nRn36",
        "vi",
        "kienthuc_trun",
        "Nuôi trùn quế làm thức ăn gà vịt và lấy phân bón ở Vũng Liêm",
        "Thức ăn gia súc ngày càng đắt, gia đình tôi ở Vũng Liêm muốn nuôi trùn quế bằng rơm, lá cây, thức ăn thừa để cho gà, "
        "vịt, cá ăn và lấy phân trùn bón rau. Cần kỹ thuật nuôi và con giống.",
        {"nRo074": 2, "nRo076": 2, "nRo075": 2, "nRo081": 1, "nRo080": 1, "nRo085": 1},
    ),
    (
        "nRn37",
        "vi",
        "thaprau_trun",
        "Can giong trun que va ky thuat nuoi tren phan bo o Tra Cu",
        "Nha toi o Tra Cu nuoi bo, phan bo nhieu. Can mua giong trun que va hoc cach nuoi tren phan bo de ban trun va phan trun.",
        {"nRo074": 2, "nRo075": 2, "nRo081": 2, "nRo078": 1, "nRo085": 1, "nRo082": 1},
    ),
    (
        "nRn38",
        "en",
        "appropedia_vermi",
        "Dairy cooperative in Càng Long wants odour-free vermicompost from cow manure",
        "Our dairy cooperative in Càng Long has piles of cow manure that smell and draw flies. We want to turn it into "
        "vermicompost with earthworms, without odour, and sell the product.",
        {"nRo083": 2, "nRo076": 2, "nRo075": 2, "nRo085": 1, "nRo090": 1},
    ),
    (
        "nRn39",
        "en",
        "kienthuc_trun",
        "Eel and snakehead farmer in Tam Bình wants to grow earthworms as fresh feed",
        "Feed prices are squeezing our eel and snakehead ponds in Tam Bình. We would like to grow earthworms on manure beds next "
        "to the ponds as fresh high-protein feed and need a bed design and yields.",
        {"nRo080": 2, "nRo081": 2, "nRo075": 2, "nRo085": 1},
    ),
    (
        "nRn40",
        "en",
        "ducthanh_trun",
        "Shrimp farm in Duyên Hải wants an earthworm-based feed attractant",
        "Our shrimp farm in Duyên Hải is looking for a natural supplement to make shrimp eat better and lower the feed "
        "conversion ratio; earthworm products have been suggested. We need a product or a recipe to make it on the farm.",
        {"nRo079": 2, "nRo094": 1, "nRo080": 1},
    ),
    (
        "nRn41",
        "vi",
        "gardenguides_vermi",
        "Trường bán trú ở TP Trà Vinh muốn nuôi trùn xử lý rác bếp",
        "Trường tiểu học bán trú của chúng tôi mỗi ngày có vỏ rau củ, thức ăn thừa. Muốn đặt thùng nuôi trùn trong khuôn viên "
        "để xử lý rác bếp và lấy phân trùn cho vườn rau của học sinh.",
        {"nRo077": 2, "nRo078": 2, "nRo086": 1, "nRo087": 1},
    ),
    (
        "nRn42",
        "en",
        "pioneer_vermi",
        "Vegetable nursery in Châu Thành needs vermicompost and usage guidance",
        "Our seedling nursery in Châu Thành wants to buy vermicompost regularly for potting mix and to make vermicompost tea for "
        "transplants; we need a supplier and guidance on mixing rates.",
        {"nRo086": 2, "nRo087": 2, "nRo089": 2, "nRo075": 2, "nRo088": 1},
    ),
    (
        "nRn43",
        "vi",
        "royalvermi",
        "Cần mua phân trùn quế số lượng lớn bón vườn bưởi ở Bình Minh",
        "Vườn bưởi 3 ha của tôi ở Bình Minh muốn chuyển dần sang phân hữu cơ. Cần nguồn phân trùn quế số lượng lớn, ổn định "
        "và hướng dẫn liều bón.",
        {"nRo075": 2, "nRo088": 2, "nRo086": 1, "nRo083": 1, "nRo085": 1, "nRo084": 1},
    ),
    (
        "nRn44",
        "en",
        "sfarm_sotay",
        "Cooperative in Vũng Liêm wants worm beds on old pig sheds with guaranteed buyers",
        "Several members of our cooperative in Vũng Liêm have empty pig sheds after disease outbreaks. We want to convert them "
        "to earthworm beds, but only if someone will teach us and buy the worms.",
        {"nRo081": 2, "nRo076": 2, "nRo075": 1, "nRo074": 1},
    ),
    # --- (E) processing larvae into meal and oil; feed use; chitin ---
    (
        "nRn45",
        "vi",
        "voofla_fmfo",
        "Nhà máy thức ăn thủy sản muốn thay một phần bột cá bằng bột ấu trùng ruồi lính đen",
        "Nhà máy thức ăn cá của chúng tôi ở Trà Vinh chịu giá bột cá tăng liên tục. Muốn thay một phần bột cá bằng bột ấu trùng "
        "ruồi lính đen cho cá lóc, cá rô; cần quy trình sản xuất bột và công thức đã thử nghiệm.",
        {"nRo093": 2, "nRo096": 2, "nRo098": 1, "nRo119": 1, "nRo120": 1},
    ),
    (
        "nRn46",
        "en",
        "canhtacxanh",
        "Snakehead and frog farm in Trà Ôn wants BSF-based feed",
        "We farm snakehead and frogs in Trà Ôn and want to use black soldier fly larvae, fresh or as meal, to replace part of "
        "the commercial feed. We need a tested rearing and feeding procedure for these species.",
        {"nRo093": 2, "nRo096": 1, "nRo100": 1, "nRo118": 1, "nRo119": 1},
    ),
    (
        "nRn47",
        "vi",
        "webdungca",
        "Trại nuôi cua ở Duyên Hải muốn dùng ấu trùng ruồi nghiền tươi",
        "Chúng tôi nuôi cua ở Duyên Hải, có sẵn ấu trùng ruồi lính đen nhưng sấy khô tốn điện. Muốn nghiền ấu trùng tươi trộn "
        "thức ăn cho cua; cần biết cách làm và hiệu quả đã được thử.",
        {"nRo094": 2, "nRo108": 1, "nRo109": 1, "nRo097": 1},
    ),
    (
        "nRn48",
        "en",
        "bsf_notfish",
        "Shrimp feed mill wants to test BSF meal in whiteleg shrimp feed",
        "Our shrimp feed plant in Trà Vinh wants to replace part of fishmeal with black soldier fly meal in nursery and grow-out "
        "feeds for whiteleg shrimp. We need tested inclusion levels and the economics.",
        {"nRo108": 2, "nRo109": 2, "nRo094": 1, "nRo119": 1},
    ),
    (
        "nRn49",
        "en",
        "mdpi_lipids",
        "Long Đức processor wants to separate BSF oil and defatted protein meal",
        "We dry black soldier fly larvae in Long Đức and sell them whole. Buyers now ask for defatted meal and for the oil "
        "separately. We need an extraction method suitable for a small plant and data on yields and quality.",
        {"nRo101": 2, "nRo104": 2, "nRo105": 2, "nRo103": 1, "nRo107": 1},
    ),
    (
        "nRn50",
        "vi",
        "say_nongsan",
        "HTX ở Cầu Kè phơi ấu trùng bằng nắng mất đạm, mùa mưa không phơi được",
        "HTX chúng tôi ở Cầu Kè đang phơi ấu trùng ruồi lính đen ngoài nắng, sản phẩm mất màu, đạm thấp, mùa mưa thì không phơi "
        "được. Cần phương pháp sấy giữ được đạm, béo mà chi phí vừa phải.",
        {"nRo102": 2, "nRo101": 1, "nRo160": 1, "nRo158": 1, "nRo038": 1},
    ),
    (
        "nRn51",
        "vi",
        "webdungca",
        "Can mua au trung ruoi linh den say kho so luong lon lam cam ga vit",
        "Trai ga vit cua toi o Cau Ngang can mua au trung ruoi linh den say kho (sau canxi) moi thang vai tan de tron cam, "
        "can noi cung cap on dinh, co thanh phan dam beo ro rang.",
        {"nRo098": 2, "nRo099": 2, "nRo013": 1, "nRo096": 1},
    ),
    (
        "nRn52",
        "en",
        "patterson_oil",
        "Layer farm in Càng Long wants BSF meal to cut soybean cost and improve yolks",
        "We keep 20,000 ISA Brown layers in Càng Long. We want to replace part of the soybean meal and oil with black soldier "
        "fly meal or dried larvae without losing lay rate, and ideally improve yolk colour; we need tested inclusion levels.",
        {"nRo111": 2, "nRo113": 2, "nRo114": 2, "nRo115": 1, "nRo116": 1, "nRo117": 1},
    ),
    (
        "nRn53",
        "vi",
        "soctrang_phong",
        "Trại gà thả vườn ở Tiểu Cần muốn cho gà ăn ấu trùng tươi thay bớt cám",
        "Trại gà thả vườn ở Tiểu Cần muốn tự nuôi ruồi lính đen tại trại rồi cho gà ăn ấu trùng tươi, giảm cám mua ngoài. Cần "
        "cách bố trí khu nuôi kết hợp chuồng gà và cách cho gà ăn ấu trùng hợp lý.",
        {"nRo116": 2, "nRo011": 2, "nRo117": 1, "nRo009": 1},
    ),
    (
        "nRn54",
        "en",
        "barramundi_bsf",
        "Seabass cage farm in Cầu Ngang: full-fat or defatted BSF meal?",
        "We farm Asian seabass in brackish ponds and cages around Cầu Ngang and want to add black soldier fly meal to our feed. "
        "Which is better for seabass, full-fat or defatted meal, and how digestible is each?",
        {"nRo112": 2, "nRo120": 1, "nRo104": 1, "nRo101": 1},
    ),
    (
        "nRn55",
        "vi",
        "aquast_review",
        "Hộ nuôi cá trê ở Trà Cú tự sơ chế ấu trùng làm thức ăn",
        "Chúng tôi nuôi cá trê ở Trà Cú và có ấu trùng ruồi lính đen tự nuôi. Không biết nên luộc, rang hay sấy ấu trùng trước "
        "khi xay trộn thức ăn để cá lớn tốt và không mất đạm.",
        {"nRo118": 2, "nRo102": 2, "nRo119": 1},
    ),
    (
        "nRn56",
        "en",
        "chitosan_packaging",
        "BSF farm in Bình Tân wants value from pupal shells and dead flies",
        "Our black soldier fly farm in Bình Tân throws away sacks of pupal shells and dead adult flies each week. We want to "
        "turn them into chitin or chitosan and need an extraction process and buyers' quality specifications.",
        {"nRo123": 2, "nRo124": 2, "nRo125": 2, "nRo126": 2, "nRo127": 1},
    ),
    (
        "nRn57",
        "vi",
        "chitin_soetemans",
        "Cần quy trình tách chitin từ xác nhộng ruồi lính đen không dùng nhiều axit, xút",
        "Công ty chúng tôi ở Vĩnh Long thu được xác nhộng ruồi lính đen từ các trại, muốn tách chitin nhưng tránh phát sinh nhiều "
        "nước thải axit, kiềm như phương pháp hóa học thông thường.",
        {"nRo125": 2, "nRo126": 2, "nRo124": 1},
    ),
    (
        "nRn58",
        "en",
        "ravi_biorefinery",
        "Feed company wants BSF oil for piglet and poultry rations",
        "Our premix company in Vĩnh Long wants a local source of black soldier fly oil, rich in lauric acid, to replace part of "
        "the vegetable oil in piglet and poultry feeds. We need a partner that can extract and supply the oil.",
        {"nRo101": 2, "nRo105": 2, "nRo103": 2, "nRo104": 1, "nRo106": 1},
    ),
    (
        "nRn59",
        "vi",
        "luatdoanhtri",
        "Can tu van ho so cong bo thuc an chan nuoi tu au trung ruoi linh den",
        "Co so cua toi o Tra Vinh lam bot au trung ruoi linh den ban cho trai ca, trai ga. Can tu van cong bo tieu chuan, ghi "
        "nhan san pham va xem nguyen lieu nay co duoc phep luu hanh khong.",
        {"nRo140": 2, "nRo141": 2, "nRo142": 1, "nRo143": 1},
    ),
    # --- (F) frass as fertiliser; rules, hygiene and smell ---
    (
        "nRn60",
        "vi",
        "menino_chapter",
        "HTX ở Trà Cú muốn bán phân ấu trùng ruồi lính đen làm phân bón rau",
        "Mỗi tháng HTX thải ra vài tấn phân ấu trùng (frass). Muốn bán làm phân bón cho vùng rau ở Trà Cú nhưng cần đánh giá "
        "hiệu quả bón so với phân khoáng và độ an toàn vi sinh trước khi bán.",
        {"nRo128": 2, "nRo133": 2, "nRo132": 2, "nRo131": 2, "nRo135": 1, "nRo134": 1},
    ),
    (
        "nRn61",
        "en",
        "chonex_patent",
        "Fertiliser company in Vĩnh Long wants to register a BSF frass product",
        "We plan to sell bagged black soldier fly frass as an organic fertiliser. We need nutrient analysis of our batches and "
        "advice on what can be claimed on the label.",
        {"nRo133": 2, "nRo128": 1, "nRo134": 1},
    ),
    (
        "nRn62",
        "en",
        "klamm_frass",
        "Pepper and vegetable growers in Càng Long want a soil input against nematodes",
        "Root-knot nematodes hit our pepper and vegetable plots in Càng Long. We have heard insect frass with chitin can "
        "suppress soil pests; we want a product or formulation and advice on use.",
        {"nRo129": 2, "nRo130": 2, "nRo128": 1, "nRo135": 1},
    ),
    (
        "nRn63",
        "vi",
        "menino_ryegrass",
        "Trại bò ở Trà Cú muốn dùng phân côn trùng bón cỏ",
        "Trại bò của chúng tôi ở Trà Cú trồng cỏ làm thức ăn và muốn thay bớt phân urê bằng phân ấu trùng ruồi lính đen. Cần "
        "kết quả thử nghiệm trên cỏ và hướng dẫn bón.",
        {"nRo131": 2, "nRo128": 2, "nRo133": 1, "nRo129": 1},
    ),
    (
        "nRn64",
        "en",
        "allaboutfeed_leg",
        "Foreign-invested insect-meal plant needs Vietnamese feed registration rules",
        "We are setting up an insect-meal plant in Trà Vinh with foreign capital. We need to know the Vietnamese rules for "
        "declaring standards, labelling and listing a new feed ingredient before selling to local feed mills.",
        {"nRo140": 2, "nRo141": 2, "nRo142": 2},
    ),
    (
        "nRn65",
        "vi",
        "mdpi_eu_insects",
        "Bột ấu trùng nuôi bằng rác nhà hàng có xuất khẩu sang EU được không?",
        "Doanh nghiệp chúng tôi ở Vĩnh Long nuôi ruồi lính đen bằng rác nhà hàng, chợ và muốn xuất bột sang EU làm thức ăn "
        "thủy sản. Cần tư vấn quy định về chất nền nuôi và phân loại bột côn trùng ở EU.",
        {"nRo144": 2, "nRo143": 2, "nRo068": 1},
    ),
    (
        "nRn66",
        "vi",
        "encyc_bsf",
        "Nhà nuôi ruồi lính đen kín ở Long Đức quá nóng và nồng mùi amoniac",
        "Nhà nuôi ấu trùng kín của chúng tôi ở Long Đức nóng lên nhiều khi ấu trùng ăn mạnh, công nhân than mùi amoniac. Cần "
        "đo lượng khí thải và thiết kế lại thông gió, chia khu nuôi.",
        {"nRo137": 2, "nRo138": 2, "nRo136": 1, "nRo139": 1},
    ),
    (
        "nRn67",
        "en",
        "betuco",
        "Beach resort at Ba Động wants an on-site BSF unit for kitchen scraps",
        "Our resort at Ba Động beach produces food scraps every day and has to truck them away. We want a small, tidy black "
        "soldier fly unit on site and training for staff.",
        {"nRo014": 2, "nRo005": 2, "nRo003": 1, "nRo077": 1},
    ),
    (
        "nRn68",
        "vi",
        "salahuddin_poultry",
        "Công ty thức ăn gia cầm muốn dùng dầu ấu trùng ruồi lính đen",
        "Chúng tôi sản xuất thức ăn gà đẻ ở Vĩnh Long, muốn thay một phần dầu đậu nành bằng dầu ấu trùng ruồi lính đen. Cần kết "
        "quả thử nghiệm trên gà đẻ về năng suất và chất lượng trứng.",
        {"nRo115": 2, "nRo113": 2, "nRo101": 1, "nRo105": 1},
    ),
    (
        "nRn69",
        "en",
        "aquast_review",
        "Tilapia farm in Vĩnh Long wants cheaper protein than soybean meal",
        "We grow tilapia in Vĩnh Long and mix our own feed. Soybean meal is expensive; we want to replace part of it with black "
        "soldier fly meal and need the replacement level that keeps growth.",
        {"nRo110": 2, "nRo095": 2, "nRo018": 1, "nRo119": 1},
    ),
    (
        "nRn70",
        "vi",
        "ninhthuan",
        "Hộ nuôi ếch ở Mang Thít muốn cho ếch ăn ấu trùng ruồi lính đen",
        "Gia đình tôi nuôi ếch Thái Lan ở Mang Thít, cám viên ngày càng đắt. Muốn tự nuôi ruồi lính đen rồi cho ếch ăn ấu trùng "
        "tươi hoặc làm bột; cần quy trình đã thử trên ếch.",
        {"nRo093": 2, "nRo011": 1, "nRo010": 1, "nRo097": 1},
    ),
    (
        "nRn71",
        "vi",
        "cricket_powder_steps",
        "Trại dế ở Tam Bình cần tự động hóa khâu đẻ trứng, đếm trứng",
        "Trại dế của chúng tôi ở Tam Bình tốn nhiều công cho khâu đặt khay đẻ, lấy và đếm trứng dế. Cần thiết bị hoặc giải pháp "
        "tự động hóa để giảm chi phí nhân công.",
        {"nRo061": 2, "nRo059": 1, "nRo066": 1},
    ),
    (
        "nRn72",
        "vi",
        "cuoituan_de",
        "Hộ ở Trà Ôn muốn chuyển sang nuôi dế Thái trong thùng nhựa",
        "Tôi ở Trà Ôn đang nuôi dế trên vỉ trứng trong ô đất, khó vệ sinh và dế hay trốn. Muốn chuyển sang nuôi dế Thái trong "
        "thùng, xô có nắp, có cấp nước tự động; cần kỹ thuật và mật độ thả.",
        {"nRo048": 2, "nRo049": 2, "nRo052": 1, "nRo066": 1},
    ),
    (
        "nRn73",
        "vi",
        "langson",
        "Trung tâm khuyến nông cần tài liệu, lớp tập huấn nuôi ruồi lính đen cho nông dân",
        "Trung tâm dịch vụ nông nghiệp huyện Càng Long muốn mở lớp hướng dẫn nông dân nuôi ruồi lính đen xử lý phụ phẩm và làm "
        "thức ăn chăn nuôi. Cần giảng viên, giáo trình và mô hình trình diễn.",
        {"nRo008": 2, "nRo019": 2, "nRo005": 2, "nRo009": 1, "nRo010": 1},
    ),
    (
        "nRn74",
        "en",
        "bioconv_review",
        "Investor wants a larva biorefinery: protein, oil and chitin fractions",
        "An agri-food group in Trà Vinh wants to go beyond selling whole dried larvae and separate protein, oil and chitin in one "
        "plant. We need a process concept and partners for each fraction.",
        {"nRo106": 2, "nRo101": 2, "nRo124": 1, "nRo107": 1, "nRo103": 1},
    ),
    (
        "nRn75",
        "vi",
        "efsa_lesser",
        "Doanh nghiệp muốn làm bột sâu bột làm thực phẩm cho người",
        "Công ty thực phẩm ở TP Trà Vinh muốn sản xuất bột sâu bột (Tenebrio) làm nguyên liệu bánh, mì sợi. Cần quy trình làm bột "
        "đạt chuẩn thực phẩm, giảm vi sinh vật.",
        {"nRo036": 2, "nRo035": 1, "nRo034": 1, "nRo038": 1},
    ),
]
