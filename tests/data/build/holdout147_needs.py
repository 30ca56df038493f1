"""Needs of the holdout147 set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # ---------------- (A) coconut candy and other candies ----------------
    (
        "nSn01",
        "vi",
        "vnanet_keo",
        "Cơ giới hóa khâu khuấy nấu kẹo dừa thay mái chèo gỗ",
        "Cơ sở kẹo dừa của gia đình ở xã Phú Túc (tỉnh Vĩnh Long) làm nghề hơn 20 năm, ngày thường dùng vài trăm trái dừa ta "
        "nhưng cận Tết đơn hàng tăng gấp mấy lần. Nước cốt dừa trộn mạch nha, đường vẫn được nấu trong chảo lớn và khuấy tay "
        "liên tục bằng mái chèo gỗ, thợ rất cực và mẻ kẹo không đều. Cần thiết bị khuấy có động cơ hoặc nồi nấu kẹo có cánh khuấy "
        "phù hợp cơ sở nhỏ, kèm hướng dẫn nhận biết điểm kẹo chín.",
        {"nSo001": 2, "nSo008": 2, "nSo003": 1, "nSo002": 1},
    ),
    (
        "nSn02",
        "en",
        "engnovate",
        "Standardise a fully manual coconut candy process",
        "Our household workshop in Mỏ Cày Nam (Vĩnh Long) still makes coconut candy in seven manual steps: coconut milk poured "
        "into a wok, boiled about an hour and a half while stirring non-stop, the wok set down on an old tyre, the syrup "
        "poured into bowls as moulds and left to harden. Every batch turns out a little different. We want a written, "
        "standardised recipe and process (ratios of coconut cream, malt and sugar, cooking end point, moulding and cutting) "
        "and advice on simple equipment to replace the bowls.",
        {"nSo002": 2, "nSo003": 2, "nSo001": 1, "nSo018": 1, "nSo008": 1},
    ),
    (
        "nSn03",
        "vi",
        "primidi",
        "Cần máy cán và cắt viên kẹo dừa",
        "Tổ hợp tác làm kẹo dừa ở Chợ Lách (Vĩnh Long) sau khi nấu xong phải kéo kẹo thành dây, đổ khuôn rồi cắt từng viên chữ "
        "nhật bằng dao lớn. Khâu cắt tốn 4–5 lao động, viên to nhỏ không đều nên khó đóng gói theo trọng lượng. Cần máy cán tấm "
        "và cắt viên kẹo dừa còn dẻo, chỉnh được kích thước viên, công suất vài trăm kg mỗi ngày.",
        {"nSo018": 2, "nSo007": 2, "nSo003": 1},
    ),
    (
        "nSn04",
        "en",
        "vnanet_keo",
        "Machine wrapping for coconut candy and a wrapper that does not stick",
        "We are a coconut candy and coconut jam maker in Vĩnh Long province. Each piece is still wrapped by hand, first in "
        "edible rice paper and then in an outer paper, and in the Tết rush we cannot keep up. We want to move to machine "
        "wrapping (twist or fold) and to a heat-sealed outer wrapper that does not stick to the candy, and need a supplier of "
        "both the machine and the wrapping material.",
        {"nSo007": 2, "nSo004": 2, "nSo005": 2, "nSo006": 1, "nSo015": 1, "nSo016": 1, "nSo142": 1},
    ),
    (
        "nSn05",
        "vi",
        "wfsun",
        "Kẹo dừa bị chảy nước, dính giấy vào mùa mưa",
        "Cơ sở kẹo dừa, kẹo chuối ở Giồng Trôm (Vĩnh Long) gặp tình trạng kẹo hút ẩm vào mùa mưa: viên kẹo mềm nhão, dính vào "
        "giấy gói, vón lại trong túi khi vận chuyển đi xa. Cần giải pháp kiểm soát độ ẩm trong sản phẩm và trong phòng đóng gói, "
        "kho chứa; muốn đo được hoạt độ nước để đặt chỉ tiêu cho từng mẻ.",
        {"nSo009": 2, "nSo010": 2, "nSo012": 2, "nSo014": 2, "nSo011": 1, "nSo141": 1},
    ),
    (
        "nSn06",
        "en",
        "fontana",
        "Set a defensible shelf life for coconut candy going to supermarkets",
        "A supermarket buyer asked our cooperative in Bến Tre ward (Vĩnh Long) for a shelf-life figure backed by data before "
        "listing our coconut candy. Today we print 12 months by habit. We need a laboratory that can measure water activity, "
        "build a moisture sorption curve and predict how long the candy keeps its texture in its current wrapper.",
        {"nSo010": 2, "nSo009": 2, "nSo011": 1, "nSo014": 1},
    ),
    (
        "nSn07",
        "vi",
        "machnha_kinhdo",
        "Cần nguồn mạch nha ổn định hoặc quy trình tự nấu mạch nha",
        "Cơ sở kẹo dừa ở Mỏ Cày Bắc (Vĩnh Long) mua mạch nha trôi nổi, mỗi lô độ đặc và màu khác nhau làm kẹo lúc cứng lúc dẻo. "
        "Hiện chỉ biết nấu mạch nha theo cách làm tại nhà với lượng nhỏ. Muốn tìm nhà cung cấp mạch nha gạo nếp ổn định hoặc được "
        "chuyển giao quy trình ủ mầm lúa, đường hóa và cô đặc mạch nha quy mô vài trăm lít.",
        {"nSo013": 2, "nSo017": 2, "nSo026": 2},
    ),
    (
        "nSn08",
        "en",
        "toothfriendly",
        "Lower-sugar coconut candy that keeps its chew",
        "Customers in Ho Chi Minh City ask us, a coconut candy company in Vĩnh Long province, for a reduced-sugar version for "
        "older people and diabetics. When we simply cut the cane sugar the candy loses body and sticks. We are looking for a "
        "sugar replacer that works in cooked, chewy candy and for help reformulating and labelling it.",
        {"nSo109": 2, "nSo110": 2, "nSo104": 2, "nSo112": 2, "nSo111": 1, "nSo108": 1, "nSo014": 1},
    ),
    (
        "nSn09",
        "en",
        "atoz_twist",
        "Automate packing of soft, sticky banana candy",
        "Our banana candy (kẹo chuối) workshop in Chợ Lách, Vĩnh Long, cuts the candy into sticky strips that eight workers "
        "lay by hand into bags. We would like to automate the transfer of the strips onto the wrapping film and the wrapping "
        "itself without the candy sticking to the machine.",
        {"nSo015": 2, "nSo007": 2, "nSo006": 1},
    ),
    (
        "nSn10",
        "vi",
        "davpack",
        "Tìm giấy, màng gói xoắn kẹo không dính, không rách",
        "Cơ sở kẹo đậu phộng, kẹo dừa ở Cầu Kè (Trà Vinh cũ, nay thuộc Vĩnh Long) gói xoắn hai đầu bằng giấy thường: giấy dính vào "
        "kẹo, rách ở cổ xoắn khi gói nhanh. Cần nhà cung cấp giấy sáp hoặc màng xoắn bóng, không dính, phù hợp máy gói và tư vấn "
        "chọn vật liệu theo giá.",
        {"nSo005": 2, "nSo006": 2, "nSo004": 2, "nSo142": 1},
    ),
    (
        "nSn11",
        "en",
        "candycritic",
        "Small cooking line for coconut and peanut candy",
        "A women's cooperative in Cầu Kè (Vĩnh Long) wants to start making coconut and peanut candy all year round instead of "
        "only at Tết. We need a small candy line: dissolving sugar, cooking the syrup to temperature, cooling, shaping and "
        "packing, with training for the members.",
        {"nSo008": 2, "nSo001": 1, "nSo003": 1, "nSo002": 1},
    ),
    (
        "nSn12",
        "vi",
        "foresight",
        "Can tu van keo dua bi lai duong, cung lai sau vai tuan",
        "Co so keo dua o Thanh Phu (Vinh Long) gui keo ra Ha Noi thi sau 3-4 tuan vien keo bi lai duong, cung va san mat, khach tra "
        "hang. Can chuyen gia ve do am va ket tinh duong trong keo, huong dan dieu chinh cong thuc va bao bi de keo giu do deo.",
        {"nSo014": 2, "nSo011": 2, "nSo009": 1, "nSo010": 1},
    ),
    # ---------------- (B) rice cakes: bánh tét, bánh ít, bánh tổ ----------------
    (
        "nSn13",
        "vi",
        "mytour_tracuon",
        "Kéo dài thời hạn sử dụng bánh tét Trà Cuôn",
        "Cơ sở bánh tét ở ấp Trà Cuôn, xã Kim Hòa (Cầu Ngang) bán quanh năm, nhưng bánh gói lá chuối, hình trụ không ép được nước "
        "nên chỉ để được vài ngày. Muốn gửi bánh đi TP.HCM, Bình Dương và bán cho khách du lịch mang về xa mà không bị thiu, mốc. "
        "Cần giải pháp bảo quản: hút chân không, tiệt trùng hay cấp đông, kèm số ngày bảo quản được.",
        {
            "nSo031": 2,
            "nSo032": 2,
            "nSo027": 2,
            "nSo050": 2,
            "nSo033": 1,
            "nSo034": 1,
            "nSo036": 1,
            "nSo030": 1,
            "nSo051": 1,
        },
    ),
    (
        "nSn14",
        "en",
        "ita_tracuon",
        "Retort-packed bánh tét with a shelf life of months",
        "Our family makes Trà Cuôn bánh tét in Cầu Ngang and supplies more than 100 rolls a day to a noodle shop, in three "
        "sizes (900 g, 1.2 kg and larger). We want a sliced or mini bánh tét sealed in a heat-resistant pouch and sterilised so "
        "it keeps for months without a fridge, and need the pouch, the sterilising conditions and someone to test the result.",
        {"nSo027": 2, "nSo028": 2, "nSo050": 2, "nSo029": 1, "nSo030": 1},
    ),
    (
        "nSn15",
        "vi",
        "vnplus_tracuon",
        "Chọn máy hút chân không cho sạp bánh tét",
        "Tôi có sạp bánh tét ở ngã ba Trà Cuôn (Quốc lộ 53), bán từ sáng sớm tới 9 giờ tối, khách du lịch thường mua làm quà. "
        "Muốn hút chân không từng đòn bánh cho khách mang đi xa, nhưng chưa biết nên mua máy hút miệng túi hay máy buồng, giá bao "
        "nhiêu, túi loại gì.",
        {"nSo036": 2, "nSo035": 2, "nSo037": 2, "nSo038": 1, "nSo031": 1},
    ),
    (
        "nSn16",
        "en",
        "tuilanguoi",
        "Natural colours for three-colour bánh tét",
        "Our Trà Cuôn-style bánh tét has layers of green, purple and white sticky rice around mung bean, pork fat and salted "
        "egg. Customers love the colours but we want them from plants only, brighter and even from batch to batch. Looking for "
        "a method to extract and fix natural colours from local leaves and fruits.",
        {"nSo049": 2},
    ),
    (
        "nSn17",
        "vi",
        "tracuon_site",
        "Can cach bao quan banh tet khong bi moc, chay nhot khi gui di xa",
        "Co so banh tet o Cau Ngang (Vinh Long) giao banh cho khach o TP.HCM, Binh Duong, Dong Nai. Mot so don banh toi noi bi "
        "chay nhot, len moc o hai dau. Can huong dan xu ly banh sau khi luoc, cach dong goi va cap dong de giao xa ma banh van ngon.",
        {"nSo034": 2, "nSo032": 2, "nSo033": 2, "nSo031": 1, "nSo051": 1},
    ),
    (
        "nSn18",
        "en",
        "thanhnien_tracuon",
        "Getting Trà Cuôn bánh tét onto Co.opMart shelves",
        "At a meeting between producers from Trà Vinh and the Co.opMart chain, our bánh tét was mentioned among local "
        "specialities. To actually supply the supermarket we need help with the buyer's requirements, a packed product with a "
        "stated shelf life and proper labels, and an introduction to the chain's local sourcing programme.",
        {"nSo149": 2, "nSo150": 2, "nSo031": 1, "nSo027": 1, "nSo131": 1, "nSo156": 1},
    ),
    (
        "nSn19",
        "vi",
        "anvat_banhit",
        "Cơ giới hóa khâu làm bột lá gai cho bánh ít",
        "Cơ sở bánh ít lá gai ở Càng Long (Vĩnh Long) làm hơn 2.000 cái mỗi ngày theo đơn đặt hàng trong và ngoài tỉnh. Khâu "
        "luộc, quết lá gai và trộn với bột nếp vẫn làm tay, rất nặng nhọc. Cần máy xay lá gai và quy trình làm vỏ bánh, nhân dừa, "
        "nhân đậu ổn định.",
        {"nSo039": 2, "nSo040": 2},
    ),
    (
        "nSn20",
        "en",
        "baobd_banhit",
        "Longer shelf life for filled bánh ít",
        "We steam 2,000 to 3,000 bánh ít a day in Tiểu Cần (Vĩnh Long) and sell them wrapped in banana leaf. They last barely "
        "two days, so we cannot send them to shops in other provinces. We need a way to extend shelf life to a few weeks or "
        "more, for example sealing in pouches and heat sterilising, with testing of texture after treatment.",
        {"nSo027": 2, "nSo050": 2, "nSo030": 1, "nSo031": 1, "nSo028": 1},
    ),
    (
        "nSn21",
        "vi",
        "dinhbas_banhto",
        "Máy khuấy bột cho bánh tổ và cách hạn chế mốc",
        "Gia đình người Hoa ở phường 3 (Trà Vinh) làm bánh tổ dịp Tết từ nếp, đường và gừng; khâu khuấy hỗn hợp trên bếp kéo dài "
        "nhiều giờ, rất mất sức. Bánh tổ để được cả tháng nhưng lớp ngoài sát lá chuối hay lên mốc. Cần thiết bị khuấy nấu và "
        "quy trình hấp, làm nguội, bảo quản để bánh không mốc.",
        {"nSo043": 2, "nSo041": 1, "nSo042": 1, "nSo001": 1},
    ),
    (
        "nSn22",
        "en",
        "baoqn_banhto",
        "Standard steaming process for bánh tổ in bamboo moulds",
        "Our family bakery in Càng Long (Vĩnh Long) makes about 300 bánh tổ a day in the month before Tết and sells them to "
        "resellers at about 22,000 VND each. Cakes are sometimes undercooked in the centre. We need a standard process "
        "(batter ratio, mould lining, steaming time and heat) and advice on keeping the cakes through the season.",
        {"nSo042": 2, "nSo041": 2, "nSo043": 1},
    ),
    (
        "nSn23",
        "vi",
        "skds_banh",
        "Cấp đông bánh tét để bán sau Tết và gửi Việt kiều",
        "Doanh nghiệp nhỏ ở Châu Thành (Vĩnh Long) muốn trữ bánh tét làm trước Tết để bán dần sau Tết và gửi cho Việt kiều. Cần "
        "quy trình cấp đông bánh còn nguyên lá, kết hợp hút chân không, cho biết thời gian giữ được và cách rã đông, hấp lại.",
        {"nSo033": 2, "nSo032": 2, "nSo051": 1},
    ),
    (
        "nSn24",
        "en",
        "multivac_nxt",
        "Is vacuum packing enough for steamed rice cakes?",
        "We vacuum pack bánh tét and bánh ít in Trà Vinh ward and keep them on the shelf, but a customer warned that some "
        "bacteria grow without air. We need a microbiological shelf-life test of our vacuum-packed cakes at room temperature "
        "and advice on whether we must refrigerate.",
        {"nSo030": 2, "nSo035": 2, "nSo038": 1, "nSo027": 1},
    ),
    (
        "nSn25",
        "vi",
        "hoatt_xucxich",
        "Cần nồi tiệt trùng và túi chịu nhiệt cho bánh tét cắt khoanh",
        "Hợp tác xã ở Trà Cú (Vĩnh Long) muốn làm sản phẩm bánh tét cắt khoanh đóng túi ăn liền, để ở nhiệt độ thường như đồ hộp. "
        "Cần tư vấn nồi tiệt trùng áp lực cỡ nhỏ, loại túi nhiều lớp chịu được 121°C và chế độ tiệt trùng không làm bánh nhão.",
        {"nSo028": 2, "nSo029": 2, "nSo027": 2, "nSo050": 2},
    ),
    # ---------------- (C) mooncakes and bánh pía ----------------
    (
        "nSn26",
        "vi",
        "vietmania_pia",
        "Cơ giới hóa cán bột và nướng bánh pía",
        "Lò bánh pía ở Châu Thành (Vĩnh Long) mùa Trung thu làm 3.000–4.000 cây mỗi ngày (4 bánh một cây), qua hơn 10 công đoạn, "
        "trong đó cán bột làm vỏ nhiều lớp là khâu quyết định. Hiện cán tay và nướng lò than trên 200°C nên bánh không đều màu. "
        "Cần máy cán bột, lò nướng điện hoặc gas nướng đều mẻ lớn.",
        {
            "nSo073": 2,
            "nSo068": 2,
            "nSo069": 2,
            "nSo072": 1,
            "nSo070": 1,
            "nSo067": 1,
            "nSo064": 1,
            "nSo066": 1,
            "nSo071": 1,
        },
    ),
    (
        "nSn27",
        "en",
        "dichvu_pia",
        "Keep durian and salted-egg pía fresh longer without preservatives",
        "We bake bánh pía with mung bean, durian and salted egg yolk in Trà Vinh ward and pack 24 sticks per carton for shops "
        "in the Mekong Delta. Before Mid-Autumn the cakes must wait weeks in warehouses and the filling turns rancid or mouldy. "
        "We want to extend shelf life with packaging (oxygen absorbers, better film) instead of adding more preservatives.",
        {"nSo058": 2, "nSo060": 2, "nSo059": 2, "nSo062": 2, "nSo052": 1, "nSo061": 1, "nSo063": 1},
    ),
    (
        "nSn28",
        "vi",
        "cz_lrl",
        "Giảm chất bảo quản trong bánh trung thu mà vẫn giữ được hạn dùng",
        "Cơ sở bánh trung thu, bánh pía ở Long Hồ (Vĩnh Long) muốn ghi “không chất bảo quản” trên hộp vì khách ngày càng ngại phụ "
        "gia. Lo ngại bánh nhân đậu xanh, trứng muối sẽ mốc hoặc ôi dầu trước Rằm tháng Tám. Cần giải pháp thay thế: gói khử oxy, "
        "bao bì cản khí, và thử nghiệm để xác định lại hạn dùng.",
        {"nSo059": 2, "nSo053": 2, "nSo058": 2, "nSo060": 2, "nSo062": 2, "nSo063": 1, "nSo061": 1, "nSo056": 1},
    ),
    (
        "nSn29",
        "en",
        "antlerium",
        "Storage and date marking for bean-paste mooncakes",
        "Our bakery in Vĩnh Long ward sells mooncakes with soft mung bean and lotus fillings and some with harder fillings. We "
        "do not know how many days to print for each type, at what temperature to keep them, or whether a fridge helps. We "
        "need clear storage guidance per filling type.",
        {"nSo054": 2, "nSo055": 2, "nSo057": 2, "nSo053": 1, "nSo052": 1},
    ),
    (
        "nSn30",
        "en",
        "gnagarna",
        "Encrusting and forming machine for mooncakes",
        "In our mooncake workshop in Trà Ôn (Vĩnh Long) workers weigh each filling ball, wrap the dough around it by hand and "
        "knock the cake out of a wooden mould. In peak weeks we need three times the staff. We want a filling and encrusting "
        "machine with a forming press that keeps the crust even around the filling.",
        {"nSo064": 2, "nSo065": 2, "nSo066": 2},
    ),
    (
        "nSn31",
        "vi",
        "yida_628",
        "Chọn lò nướng cho cơ sở bánh in, bánh pía nhỏ",
        "Cơ sở bánh in, bánh pía ở Tiểu Cần (Vĩnh Long) chuẩn bị thay lò than. Phân vân giữa lò sàn (deck) nhiều tầng và lò xoay "
        "đối lưu: loại nào nướng vỏ bánh pía nhiều lớp đẹp hơn, tốn điện ít hơn, phù hợp sản lượng vài nghìn bánh mỗi ngày.",
        {"nSo067": 2, "nSo070": 2, "nSo071": 2, "nSo069": 2, "nSo068": 1},
    ),
    (
        "nSn32",
        "en",
        "cz_pfe",
        "Challenge test to set an honest shelf life for low-additive mooncakes",
        "Since we cut additives, our mooncakes in Trà Vinh no longer keep the 60 to 90 days we used to print; we now guess 30 "
        "days. We need a laboratory to run a shelf-life study (microbial growth and spoilage observed over time) on our "
        "fillings and packaging so the date we print is backed by data.",
        {"nSo053": 2, "nSo056": 2, "nSo030": 1, "nSo052": 1},
    ),
    (
        "nSn33",
        "vi",
        "peopledaily",
        "Quy trình sên nhân sen trứng muối, đậu xanh ổn định",
        "Cơ sở bánh trung thu ở Càng Long (Vĩnh Long) tự sên nhân sen, nhân đậu xanh và làm trứng muối. Mỗi mẻ nhân độ ẩm khác "
        "nhau, có mẻ chảy dầu, lòng đỏ trứng muối tanh. Cần quy trình sên nhân, xử lý lòng đỏ trứng muối và tỷ lệ nguyên liệu "
        "chuẩn cho sản xuất vài nghìn bánh.",
        {"nSo076": 2, "nSo077": 2, "nSo075": 1, "nSo072": 1},
    ),
    (
        "nSn34",
        "en",
        "justpaste",
        "Sugar-reduced mooncake filling for diabetic customers",
        "Many customers of our bakery in Vĩnh Long ward are diabetic and ask for a mooncake with less sugar. Lotus and mung "
        "bean pastes rely on sugar for body and keeping quality. We need a tested formulation with sugar replacers that keeps "
        "the filling firm and the shelf life acceptable.",
        {"nSo078": 2, "nSo104": 2, "nSo109": 2, "nSo108": 1, "nSo110": 1, "nSo112": 1},
    ),
    (
        "nSn35",
        "vi",
        "tmbg_pia",
        "Can ho tro xuat khau banh pia",
        "Co so banh pia o Chau Thanh (Vinh Long) muon dua banh pia sang thi truong nuoc ngoai, nhung chua biet dau tu day chuyen, "
        "bao bi va thu tuc thuong mai hoa nhu the nao. Can don vi ho tro thuong mai hoa va ket noi xuat khau.",
        {"nSo074": 2, "nSo082": 1},
    ),
    (
        "nSn36",
        "en",
        "cz_lrl",
        "Mooncake gift box that keeps oxygen and moisture out",
        "Our mooncake gift boxes from Trà Vinh look good but each cake sits in a thin bag, and by the time the boxes are "
        "opened the crust is soft and the yolk tastes oxidised. We need a packaging structure (film barrier, sealing, "
        "absorber sachets) designed for mooncakes.",
        {"nSo061": 2, "nSo062": 2, "nSo058": 2, "nSo059": 2, "nSo060": 2, "nSo063": 1, "nSo143": 1},
    ),
    (
        "nSn37",
        "vi",
        "cz_djm",
        "Bảo quản bánh dẻo trung thu trong chuỗi phân phối",
        "Cơ sở bánh dẻo ở Vĩnh Long giao bánh cho các tiệm tạp hóa; bánh dẻo nhân đậu xanh nhanh cứng, có lô bị chua sau một tuần. "
        "Cần hướng dẫn nhiệt độ, thời hạn bảo quản cho từng loại bánh (bánh dẻo, bánh nướng nhân mềm, nhân cứng) để in trên bao bì "
        "và dặn đại lý.",
        {"nSo057": 2, "nSo055": 2, "nSo054": 2},
    ),
    (
        "nSn38",
        "en",
        "thcl_pia",
        "Consistent multi-layer pía pastry",
        "Our small pía bakery in Cầu Kè (Vĩnh Long) cannot get the flaky crust right: sometimes two layers, sometimes it "
        "cracks. We want a technology transfer covering the water dough and oil dough, rolling and folding, fillings and "
        "baking temperature and time.",
        {"nSo072": 2, "nSo073": 1, "nSo066": 1},
    ),
    (
        "nSn39",
        "en",
        "empirebake",
        "Electric deck oven to replace charcoal ovens for pía and mooncakes",
        "Our bakery in Trà Vinh ward still bakes pía and mooncakes in two charcoal ovens. We want electric deck ovens where "
        "each chamber can run at its own temperature, and need information on power demand and suitability for pastries.",
        {"nSo069": 2, "nSo071": 2, "nSo067": 1, "nSo070": 1},
    ),
    # ---------------- (D) sugar, syrups and sweeteners ----------------
    (
        "nSn40",
        "vi",
        "vov_thotnot",
        "Nước thốt nốt bị chua khi nấu đường",
        "Các hộ người Khmer ở Trà Cú (Vĩnh Long) có vài chục cây thốt nốt, vụ lấy nước từ tháng 10 âm lịch đến tháng 4 năm sau. "
        "Nước hoa thốt nốt hứng về hay bị lên men chua nên đường kém chất lượng, bán giá thấp. Cần cách hứng, nấu đường sạch, "
        "bếp nấu hiệu quả và đóng gói hũ để bán.",
        {"nSo085": 2, "nSo089": 2, "nSo091": 1, "nSo084": 1},
    ),
    (
        "nSn41",
        "en",
        "kspa_about",
        "Collective brand and traceability for Khmer palm sugar",
        "A group of Khmer palm sugar makers in Trà Cú (Vĩnh Long) wants to sell under a shared name that buyers trust, like "
        "a geographical indication, with rules on production and a record of each producer's output. We need help setting "
        "up the specifications, the producer records and the brand.",
        {"nSo090": 2, "nSo084": 2, "nSo088": 1},
    ),
    (
        "nSn42",
        "vi",
        "opendev_palm",
        "Can lo nau duong thot not tiet kiem cui, hop ve sinh",
        "Nhom ho nau duong thot not o Tra Cu dang dung bep dat ton cui, khoi nhieu, duong bi chay va lan tro bui. Can mau bep nau "
        "cai tien, huong dan ve sinh de duong dat chat luong ban cho doanh nghiep.",
        {"nSo089": 2, "nSo085": 1},
    ),
    (
        "nSn43",
        "en",
        "tawid",
        "Making coconut sap sugar in a coconut-growing commune",
        "Our cooperative in Châu Thành (Vĩnh Long) has many coconut farms. We want to tap the coconut flowers and turn the sap "
        "into coconut sugar or syrup as a higher-value product. We need the tapping and boiling process, equipment and "
        "quality targets.",
        {"nSo094": 2, "nSo100": 2, "nSo099": 2, "nSo093": 1, "nSo096": 1},
    ),
    (
        "nSn44",
        "vi",
        "cocentral",
        "Đo chỉ số đường huyết (GI) cho đường dừa",
        "Hợp tác xã dừa ở Càng Long (Vĩnh Long) đã nấu thử đường mật hoa dừa và muốn ghi trên nhãn là phù hợp người tiểu đường. "
        "Cần đơn vị thử nghiệm chỉ số đường huyết (GI) trên người tình nguyện và tư vấn các yếu tố quy trình làm thay đổi GI.",
        {"nSo096": 2, "nSo095": 1, "nSo097": 1},
    ),
    (
        "nSn45",
        "en",
        "promofarma",
        "Coconut nectar syrup by low-temperature evaporation",
        "Besides granulated sugar, our coconut farmers' group in Tiểu Cần (Vĩnh Long) wants to sell a light coconut nectar "
        "syrup for drinks and desserts. We need a gentle, low-temperature evaporation method and data to support a low "
        "glycaemic index claim.",
        {"nSo099": 2, "nSo098": 2, "nSo100": 1},
    ),
    (
        "nSn46",
        "vi",
        "ntro1",
        "Thay đường bằng cỏ ngọt (stevia) trong bánh bông lan, bánh in",
        "Cơ sở bánh ở Vĩnh Long muốn làm dòng bánh bông lan và bánh in ít đường cho người ăn kiêng. Thử thay đường bằng cỏ ngọt "
        "thì bánh xẹp, khô và có hậu vị đắng. Cần công thức và kỹ thuật dùng stevia kết hợp chất độn để bánh vẫn xốp, ẩm.",
        {"nSo116": 2, "nSo103": 2, "nSo114": 2, "nSo113": 2, "nSo115": 1},
    ),
    (
        "nSn47",
        "en",
        "ntro2",
        "Stevia sponge cakes come out dense and pale",
        "Our bakery in Trà Vinh ward tried replacing sugar 1:1 with a stevia product in sponge cakes for diabetic customers; "
        "the cakes were dense, dry, pale and bitter. We need help with conversion ratios, bulking ingredients and browning.",
        {"nSo113": 2, "nSo114": 2, "nSo116": 2, "nSo115": 1},
    ),
    (
        "nSn48",
        "vi",
        "h2chem",
        "Chọn chất tạo ngọt thay đường cho mứt dừa",
        "Cơ sở mứt dừa, kẹo dừa ở Mỏ Cày (Vĩnh Long) muốn ra dòng ít đường. Cần được tư vấn chọn chất tạo ngọt phù hợp (chịu nhiệt "
        "khi sên, không sâu răng, được phép dùng) và nhà cung cấp nguyên liệu ổn định.",
        {"nSo105": 2, "nSo101": 2, "nSo104": 2, "nSo106": 1},
    ),
    (
        "nSn49",
        "en",
        "fbn_allulose",
        '"No added sugar" coconut candy for export',
        "An importer in the United States asked our company in Vĩnh Long for a coconut candy that can carry a no-added-sugar "
        "claim under the new nutrition label. We need ingredient options that do not count as added sugar and help with the "
        "recipe.",
        {"nSo107": 2, "nSo112": 2, "nSo110": 2, "nSo108": 2},
    ),
    (
        "nSn50",
        "en",
        "tate",
        "Sugar-free hard candy with polyols",
        "We want to add a sugar-free hard candy to our confectionery range in Vĩnh Long ward. We need a bulk sweetener that "
        "replaces sucrose one to one, survives cooking, does not harm teeth, and guidance on daily intake warnings.",
        {"nSo109": 2, "nSo111": 2, "nSo104": 2, "nSo106": 1, "nSo110": 1},
    ),
    (
        "nSn51",
        "vi",
        "thalias_palm",
        "Tổ hợp tác đường thốt nốt cần đầu ra ổn định",
        "Nghề nấu đường thốt nốt ở Trà Cú đang thiếu người leo cây, giá bán cho thương lái lúc lên lúc xuống nên nhiều hộ bỏ nghề. "
        "Tổ hợp tác cần mô hình liên kết có người bao tiêu toàn bộ sản lượng với giá ổn định.",
        {"nSo088": 2, "nSo084": 1, "nSo150": 1},
    ),
    (
        "nSn52",
        "en",
        "sovannak",
        "Turning paste palm sugar into granulated and block sugar",
        "Khmer households in Trà Cú (Vĩnh Long) sell palm sugar only as a sticky paste in plastic tubs. Buyers ask for "
        "granulated sugar, blocks and syrup. We need the processing know-how to make these forms.",
        {"nSo091": 2, "nSo094": 1, "nSo085": 1},
    ),
    (
        "nSn53",
        "vi",
        "maydecor",
        "Can cong thuc keo giam duong cho nguoi tieu duong",
        "Co so keo o Cang Long muon lam keo deo va keo cung giam duong cho nguoi tieu duong. Can cong thuc dung chat tao ngot "
        "chiu nhiet, khong lam keo chay nuoc, kem huong dan ghi nhan.",
        {"nSo104": 2, "nSo078": 2, "nSo109": 2, "nSo102": 1, "nSo110": 1, "nSo111": 1},
    ),
    (
        "nSn54",
        "en",
        "benevelle",
        "Using coconut sugar in candy and cakes",
        "We bake bánh in and make candy in Vĩnh Long ward and want to replace white sugar with coconut sugar for a healthier "
        "image. We need supply, data on glycaemic index and minerals, and advice on how it behaves in cooking.",
        {"nSo097": 2, "nSo093": 2, "nSo095": 1},
    ),
    # ---------------- (E) hygiene, mould, certificates and labelling ----------------
    (
        "nSn55",
        "vi",
        "eska",
        "Bánh in, bánh bông lan bị mốc vào mùa mưa",
        "Lò bánh ở Cầu Ngang (Vĩnh Long) vào mùa mưa có nhiều lô bánh bông lan, bánh in bị đốm mốc xanh sau 3–4 ngày, khách trả "
        "hàng. Xưởng chật, ẩm, bánh ra lò để nguội trên kệ gần cửa rồi cho vào túi. Cần tư vấn kiểm soát nấm mốc: độ ẩm xưởng, "
        "làm nguội, đóng gói, vệ sinh.",
        {"nSo123": 2, "nSo119": 2, "nSo121": 2, "nSo124": 2, "nSo125": 1, "nSo120": 1},
    ),
    (
        "nSn56",
        "en",
        "bulka",
        "Mould spores from air handling in a candy and cake workshop",
        "In our workshop in Trà Vinh ward we found black spots on the ceiling near the air conditioner and drip pans full of "
        "water, and mould complaints rise every rainy season. We need a cleaning and maintenance programme for the air "
        "handling and a mould source inspection.",
        {"nSo120": 2, "nSo121": 2, "nSo119": 1},
    ),
    (
        "nSn57",
        "vi",
        "eastafrica",
        "Xây dựng kế hoạch HACCP cho cơ sở bánh pía",
        "Cơ sở bánh pía, bánh in ở Châu Thành (Vĩnh Long) có 15 công nhân; siêu thị yêu cầu có chương trình an toàn thực phẩm "
        "theo HACCP. Cần hướng dẫn lập nhóm HACCP, sơ đồ quy trình, phân tích mối nguy và xác định điểm kiểm soát tới hạn.",
        {"nSo127": 2, "nSo128": 2, "nSo126": 2, "nSo129": 1},
    ),
    (
        "nSn58",
        "en",
        "asbe",
        "Affordable HACCP plan for a small bakery cooperative",
        "Our bakery cooperative in Duyên Hải (Vĩnh Long) cannot pay a consultant for months. We need a ready HACCP plan "
        "template for baked goods and simple coaching so our own staff can fill it in and keep the records.",
        {"nSo126": 2, "nSo129": 2, "nSo128": 1, "nSo127": 1},
    ),
    (
        "nSn59",
        "vi",
        "agrifood_label",
        "In nhãn kẹo dừa đúng quy định",
        "Cơ sở kẹo dừa ở Vĩnh Long sắp in lại bao bì. Cần được hướng dẫn nhãn bắt buộc theo Nghị định 43/2017 và các sửa đổi: tên "
        "hàng, thành phần, định lượng, ngày sản xuất, hạn dùng, cách ghi phụ gia, tổ chức chịu trách nhiệm, xuất xứ.",
        {"nSo131": 2, "nSo133": 2, "nSo135": 2, "nSo132": 1, "nSo134": 1, "nSo130": 1},
    ),
    (
        "nSn60",
        "en",
        "lawyer24h",
        "Label content for pía shipped to Ho Chi Minh City",
        "We are sending packed pía from Trà Vinh to shops in Ho Chi Minh City and need to know every mandatory item on a "
        "prepackaged food label: date format, allergens (egg, wheat, peanut), additive names and the self-declaration number.",
        {"nSo134": 2, "nSo132": 2, "nSo130": 2, "nSo131": 1},
    ),
    (
        "nSn61",
        "vi",
        "luatsuhp_attp",
        "Can lam giay chung nhan co so du dieu kien ATTP cho lo banh",
        "Lo banh tet, banh it o Cau Ngang muon bo hang cho cua hang thuc pham sach, ho yeu cau giay chung nhan co so du dieu kien an "
        "toan thuc pham. Can dich vu huong dan ho so, chuan bi co so de duoc cap giay.",
        {"nSo138": 2, "nSo137": 1, "nSo136": 1},
    ),
    (
        "nSn62",
        "en",
        "congbo_pg",
        "Product self-declaration for coconut candy",
        "Our new coconut candy with coconut sugar, made in Vĩnh Long, needs a product self-declaration before going to "
        "shops. We need a service that prepares the dossier and test results under Decree 15/2018.",
        {"nSo137": 2, "nSo134": 1, "nSo136": 1},
    ),
    (
        "nSn63",
        "vi",
        "haisendata",
        "Bánh nhiễm mốc ở khâu làm nguội và đóng gói",
        "Xưởng bánh ở Trà Ôn (Vĩnh Long) nhận thấy bánh ra lò không mốc nhưng sau khi làm nguội trên xe đẩy và đóng túi thì vài "
        "ngày sau lên mốc. Cần đánh giá nguồn bào tử ở khu làm nguội, đóng gói và đề xuất cách làm nguội, đóng gói sạch.",
        {"nSo124": 2, "nSo123": 2, "nSo119": 1, "nSo122": 1},
    ),
    (
        "nSn64",
        "en",
        "docslib_34",
        "Which food laws apply to a new sweets start-up",
        "We are starting a small sweets company in Vĩnh Long province and are confused by the many laws: food safety, product "
        "quality, voluntary standards, HACCP. We need an overview of the legal framework and which ministry handles what.",
        {"nSo136": 2, "nSo130": 1, "nSo131": 1, "nSo137": 1},
    ),
    (
        "nSn65",
        "vi",
        "adfca",
        "Đào tạo vệ sinh cá nhân và kiểm soát khách vào xưởng",
        "Cơ sở kẹo dừa ở Phú Túc (Vĩnh Long) vừa làm sản xuất vừa đón khách du lịch tham quan; khách đi vào tận khu nấu, công nhân "
        "mặc đồ sản xuất ra ngoài ăn trưa. Cần quy định vệ sinh cá nhân, trang phục, kiểm soát khách tham quan và đào tạo công nhân.",
        {"nSo122": 2, "nSo119": 1, "nSo127": 1},
    ),
    # ---------------- (F) packaging, gift boxes, selling online and to supermarkets ----------------
    (
        "nSn66",
        "vi",
        "khangthanh",
        "Thiết kế, in hộp quà Tết cho kẹo dừa",
        "Hợp tác xã kẹo dừa ở Mỏ Cày Nam (Vĩnh Long) muốn làm hộp quà Tết bằng giấy cứng, in màu đẹp để bán làm quà biếu, số lượng "
        "vài nghìn hộp. Cần đơn vị thiết kế mẫu hộp, in và gia công hộp giấy.",
        {"nSo148": 2, "nSo143": 2, "nSo144": 2, "nSo142": 1},
    ),
    (
        "nSn67",
        "en",
        "americanpack",
        "Gift packaging for a premium mooncake range",
        "Our bakery in Vĩnh Long wants a premium mooncake gift line for companies. We need box design that tells our story, "
        "protects the cakes in transport and uses greener materials, with limited-edition versions for Mid-Autumn.",
        {"nSo143": 2, "nSo145": 2, "nSo142": 2, "nSo061": 1},
    ),
    (
        "nSn68",
        "vi",
        "dcmedia",
        "Bán bánh tét, kẹo dừa qua livestream TikTok",
        "Cơ sở bánh tét Trà Cuôn muốn bán trên TikTok Shop và livestream như các chợ phiên OCOP ở nơi khác, nhưng chưa ai biết làm. "
        "Cần đào tạo livestream, dựng gian hàng trên sàn và hỗ trợ tổ chức phiên bán hàng đầu tiên.",
        {"nSo151": 2, "nSo152": 2, "nSo153": 2, "nSo154": 1, "nSo155": 1},
    ),
    (
        "nSn69",
        "en",
        "confnews",
        "Getting coconut candy into supermarket chains",
        "Our coconut candy cooperative in Vĩnh Long wants to be listed in Co.opmart and Bách Hóa Xanh. We need an "
        "introduction to their local-product programmes and help meeting their requirements.",
        {"nSo149": 2, "nSo150": 2, "nSo156": 1, "nSo146": 1},
    ),
    (
        "nSn70",
        "vi",
        "packworld_shrink",
        "Thuê đóng gói gia công túi đứng cho kẹo",
        "Cơ sở kẹo nhỏ ở Trà Vinh chưa đủ vốn mua máy đóng gói, muốn thuê đơn vị gia công đóng kẹo vào túi đứng có zip để bán ở "
        "siêu thị và cửa hàng tiện lợi.",
        {"nSo147": 2, "nSo146": 2, "nSo141": 1},
    ),
    (
        "nSn71",
        "en",
        "tcsn",
        "Replace plastic trays in candy gift boxes with paper",
        "Customers of our candy and cake gift boxes in Vĩnh Long complain about plastic trays and layers. We want to switch "
        "to recyclable or paper-based packaging without damaging the candies.",
        {"nSo145": 2, "nSo144": 1, "nSo142": 1},
    ),
    (
        "nSn72",
        "vi",
        "baoth_ocop",
        "Đăng ký đánh giá OCOP cho bánh tét",
        "Hợp tác xã bánh tét ở Cầu Ngang muốn đưa sản phẩm tham gia chương trình OCOP để được xếp hạng sao, dễ vào siêu thị và "
        "hội chợ. Cần hướng dẫn hồ sơ, tiêu chí và lợi ích khi tham gia.",
        {"nSo156": 2, "nSo154": 1},
    ),
    (
        "nSn73",
        "en",
        "viettimes_live",
        "Online sales for Khmer cake makers",
        "A group of Khmer households in Trà Cú and Cầu Ngang making bánh tét, cốm dẹp and palm sugar sweets wants to sell "
        "online. We need training in livestream selling and help joining online OCOP fairs.",
        {"nSo152": 2, "nSo151": 2, "nSo154": 2, "nSo153": 1},
    ),
    (
        "nSn74",
        "vi",
        "legend11",
        "Bao bì kẹo chịu được khí hậu nóng ẩm khi vào siêu thị",
        "Kẹo dừa của cơ sở ở Vĩnh Long lên kệ siêu thị vài tuần thì hộp bị ẩm, kẹo dính vào nhau, nhiều viên biến dạng. Cần tư vấn "
        "bao bì bán lẻ cho kẹo trong điều kiện nóng ẩm, chống va đập khi vận chuyển.",
        {"nSo141": 2, "nSo146": 1, "nSo010": 1, "nSo142": 1},
    ),
    (
        "nSn75",
        "en",
        "tmbg_pia",
        "Commercialising pía for export",
        "Our pía bakery in Vĩnh Long wants to modernise production and export like the big Sóc Trăng brands. We need a "
        "programme that supports commercialisation, modern equipment and export promotion.",
        {"nSo074": 2, "nSo061": 1, "nSo143": 1},
    ),
]
