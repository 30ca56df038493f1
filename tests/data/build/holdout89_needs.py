"""Needs of the holdout89 labelled set (natural-fibre handicrafts). Rows: (id, language, source key, title,
description, {offer id: grade}). Needs written from pages about other places are set in Trà Vinh / Vĩnh Long."""

NEEDS = [
    # --- sedge and mats ---
    (
        "lMn01",
        "vi",
        "camhom_vn",
        "Cần máy dệt chiếu có động cơ cho tổ dệt chiếu Khmer ở Hàm Tân",
        "Tổ hợp tác dệt chiếu ở xã Hàm Tân, Trà Cú đang dệt tay: hai người một khung, một người luồn lác, một người "
        "dập, mỗi ngày chỉ được khoảng một cặp chiếu hoa, công khoảng 200 nghìn đồng/người. Cần máy dệt chạy điện "
        "và hướng dẫn vận hành để tăng năng suất mà vẫn giữ hoa văn Khmer.",
        {"lMo001": 2, "lMo002": 2, "lMo008": 1, "lMo003": 1},
    ),
    (
        "lMn02",
        "en",
        "hamtan_nd",
        "Steady supply of dried sedge for a Khmer mat village in Trà Cú",
        "Our mat-weaving village in Hàm Tân commune, Trà Cú, has woven patterned mats for nearly a century and sells "
        "tens of thousands of pairs before Khmer festivals. Households can no longer cut and dry enough sedge "
        "themselves; we need a reliable supplier or contract-growing scheme for dried sedge graded by length.",
        {"lMo007": 2, "lMo005": 2, "lMo004": 1},
    ),
    (
        "lMn03",
        "vi",
        "sedge_phuyen",
        "Can cach phoi lac khong bi gion gay",
        "Nha em o Cang Long trong lac va det chieu. Lac phoi nang gat hay bi gion, det bi gay soi, phai bo nhieu. "
        "Can nguoi chi cach chon lac, phoi may gio, bao nhieu kg lac cho mot chiec chieu 1m2 de tinh chi phi.",
        {"lMo004": 2, "lMo003": 1, "lMo097": 1, "lMo098": 1, "lMo099": 1},
    ),
    (
        "lMn04",
        "en",
        "chieu_vuha",
        "Coaching on traditional patterns and dyeing to revive festival mats",
        "A cooperative in Trà Cú wants to revive old patterned sedge mats for Khmer festivals and tourists, as an "
        "ancient northern mat village did. We need master weavers to coach on pattern layout and on dyeing sedge "
        "threads so colours stay bright.",
        {"lMo006": 2, "lMo092": 2, "lMo003": 1, "lMo087": 1, "lMo088": 1},
    ),
    (
        "lMn05",
        "vi",
        "phutan_en",
        "Xử lý mốc trắng trên chiếu lác tồn kho mùa mưa",
        "Cơ sở dệt chiếu ở Hàm Tân trữ hàng trăm đôi chiếu chờ bán dịp Tết Chôl Chnăm Thmây, mùa mưa chiếu bị lên "
        "mốc trắng, khách chê. Cần cách làm sạch mốc mà không hư sợi và cách cất giữ chiếu thành phẩm.",
        {"lMo011": 2, "lMo105": 1, "lMo097": 1, "lMo098": 1},
    ),
    (
        "lMn06",
        "en",
        "cobang_vnanet",
        "Turning sedge mats into bags and hats for tourists",
        "A Khmer women's group in Cầu Ngang weaves plain mats from wild sedge. We want to cut and sew mats into "
        "handbags and hats that tourists and export buyers like, and need someone to teach the making-up steps.",
        {"lMo010": 2, "lMo009": 1, "lMo118": 1, "lMo115": 1},
    ),
    (
        "lMn07",
        "vi",
        "cobang_infonet",
        "Phát triển vùng cỏ bàng và kỹ thuật thu hái cho nhóm phụ nữ Khmer",
        "Nhóm phụ nữ Khmer ở Trà Cú muốn trồng và khai thác cỏ bàng trên đất phèn mặn để đan giỏ, nón, túi. Cần "
        "hướng dẫn thu hái đúng cách cho cọng đều, không đứt gốc, và hỗ trợ mở rộng vùng nguyên liệu.",
        {"lMo009": 2, "lMo115": 2, "lMo010": 1, "lMo156": 1},
    ),
    (
        "lMn08",
        "en",
        "hungmy",
        "Pedal loom for doormats from rope and sedge in Châu Thành",
        "Our craft village in Hưng Mỹ, Châu Thành weaves doormats and mats from hyacinth rope, sedge and coir on "
        "long stretched frames that take up the whole yard. We need a compact loom with rollers that raises output.",
        {"lMo008": 2, "lMo001": 1, "lMo030": 1},
    ),
    (
        "lMn09",
        "vi",
        "thanhthoi",
        "Tính định mức lác và giá thành mỗi chiếc chiếu",
        "HTX dệt chiếu ở Tiểu Cần muốn ký hợp đồng bán sỉ nhưng chưa tính được giá thành: bao nhiêu kg lác cho một "
        "chiếc chiếu, hai người dệt được mấy chiếc mỗi ngày, hao hụt ra sao. Cần chuyên gia hướng dẫn định mức.",
        {"lMo004": 2, "lMo113": 1, "lMo005": 1},
    ),
    # --- water hyacinth ---
    (
        "lMn10",
        "vi",
        "lb_vinhlong",
        "Quy trình sơ chế, phơi lục bình đồng đều cho làng nghề Bình Ninh",
        "Làng nghề đan lục bình ấp An Thạnh B, xã Bình Ninh, Tam Bình có 95 hộ, mỗi năm gần 200.000 sản phẩm. Nguyên "
        "liệu mỗi hộ phơi một kiểu nên màu và độ khô không đều, hàng dễ mốc. Cần quy trình chọn cọng, phơi, kiểm tra "
        "độ khô thống nhất.",
        {"lMo016": 2, "lMo020": 2, "lMo019": 1, "lMo026": 1, "lMo027": 1},
    ),
    (
        "lMn11",
        "en",
        "wh_vnplus",
        "Protecting stored water hyacinth baskets from insects and fungus",
        "A cooperative in Tam Bình stores finished hyacinth baskets for weeks before buyers collect them; some get "
        "insect holes and fungus spots. We want a treatment step, such as smoking, that protects the goods.",
        {"lMo023": 2, "lMo018": 2, "lMo105": 1, "lMo033": 1, "lMo028": 1},
    ),
    (
        "lMn12",
        "vi",
        "lb_dongthap",
        "Can mua luc binh kho so luong lon cho xuong dan",
        "Xuong dan gio o Vung Liem can mua luc binh kho deu cong, dai, moi thang vai tan. Can noi cung cap on dinh, "
        "gia ro rang, huong dan tieu chuan cong.",
        {"lMo016": 2, "lMo027": 2, "lMo017": 1, "lMo030": 1},
    ),
    (
        "lMn13",
        "en",
        "ecoville",
        "Twisted water hyacinth rope for furniture weaving",
        "A furniture workshop in Mang Thít weaves chairs over frames and needs a steady supply of twisted water "
        "hyacinth rope or braid of even thickness, or the know-how to twist it in-house.",
        {"lMo017": 2, "lMo030": 2, "lMo021": 1},
    ),
    (
        "lMn14",
        "vi",
        "lb_vov",
        "Đào tạo nghề đan lục bình cho phụ nữ nông nhàn ở Cầu Kè",
        "Xã ở Cầu Kè có nhiều phụ nữ nông nhàn, đất phèn làm ăn khó, lục bình trên sông nhiều. Cần mở lớp dạy đan "
        "lục bình (chậu hoa, giỏ xách, nệm) và hướng dẫn khai thác nguyên liệu để có thu nhập ổn định.",
        {"lMo019": 2, "lMo114": 1, "lMo113": 1, "lMo022": 1},
    ),
    (
        "lMn15",
        "en",
        "afimex",
        "More weaving patterns for water hyacinth storage baskets",
        "Our basket cooperative in Long Hồ only knows two simple weaves; EU buyers want more varied storage baskets. "
        "We need sample patterns (herringbone, checkerboard, floral) and how to build the base and walls.",
        {"lMo022": 2, "lMo117": 1, "lMo120": 1, "lMo113": 1},
    ),
    (
        "lMn16",
        "vi",
        "mekongwonders",
        "Kỹ thuật tách cọng, phơi, hấp lục bình trước khi đan",
        "Cơ sở ở Trà Ôn thu lục bình tươi, cọng hay bị dập, nứt, rách khi tách lá và phơi. Cần cách tách cọng, "
        "phơi hay sấy để cọng mềm, không dập, làm sạch trước khi đan hàng xuất khẩu.",
        {"lMo026": 2, "lMo020": 2, "lMo024": 1, "lMo021": 1},
    ),
    (
        "lMn17",
        "en",
        "viettrang",
        "Melamine finishing and export cleaning for hyacinth baskets",
        "An exporter in Vĩnh Long city needs a finishing line for water hyacinth baskets: a glossy protective coat, "
        "cleaning and re-drying before packing, so goods look uniform on arrival.",
        {"lMo018": 2, "lMo028": 2, "lMo116": 1, "lMo129": 1},
    ),
    # --- rattan and bamboo ---
    (
        "lMn18",
        "vi",
        "phutan_vov_vi",
        "Chống mối mọt cho rổ rá tre trúc của tổ đan đát Khmer",
        "Tổ đan đát của đồng bào Khmer ở Châu Thành (Trà Vinh) đan rổ, thúng, xà ngom từ tre trúc; hàng để lâu bị "
        "mọt, khách phàn nàn. Cần cách xử lý nan tre trước và sau khi đan, rẻ, làm được tại nhà.",
        {"lMo033": 2, "lMo032": 2, "lMo037": 2, "lMo042": 1},
    ),
    (
        "lMn19",
        "en",
        "firststrike",
        "Borax-type preservative treatment for split bamboo strips",
        "A bamboo tray maker in Cầu Kè wants a low-toxicity preservative bath for split bamboo strips against "
        "powder-post beetles and mould, with guidance on concentration, soaking and drying.",
        {"lMo037": 2, "lMo038": 2, "lMo043": 2, "lMo035": 1, "lMo048": 1},
    ),
    (
        "lMn20",
        "vi",
        "allen_nelson",
        "Tre dan ro bi mot sau 2 thang",
        "Tre em chat ve dan ro, dan thung ban o cho Tieu Can, moi 2 thang la bi mot an ra bot. Can cach xu ly tre "
        "re tien, lam duoc o nha, khong dung thuoc doc.",
        {"lMo032": 2, "lMo033": 2, "lMo037": 1, "lMo042": 1},
    ),
    (
        "lMn21",
        "en",
        "ideas4homes",
        "Heat treatment line for bamboo furniture parts",
        "A furniture firm in Long Hồ wants to heat-treat or carbonise bamboo parts so they resist insects and "
        "moisture without chemicals and get a darker colour. We need a kiln process or technology transfer.",
        {"lMo039": 2, "lMo040": 2, "lMo036": 1},
    ),
    (
        "lMn22",
        "vi",
        "wwf_vn_rattan",
        "Kỹ thuật bảo quản và tẩy trắng song mây nguyên liệu",
        "Cơ sở đan mây ở Vĩnh Long mua song mây nhập về, để lâu bị mốc, màu không đều. Cần tài liệu, chuyên gia hướng "
        "dẫn sơ chế, bảo quản và tẩy trắng song mây trước khi đan.",
        {"lMo034": 2, "lMo045": 1, "lMo132": 1},
    ),
    (
        "lMn23",
        "en",
        "vanglung",
        "Rattan and wood-frame furniture designs for hotels",
        "A rattan workshop in Vĩnh Long city has orders from resort hotels for larger chairs, shelves and blinds. We "
        "need designs and know-how for combining rattan with wood frames or iron.",
        {"lMo046": 2, "lMo045": 1, "lMo117": 1},
    ),
    (
        "lMn24",
        "vi",
        "baamboo",
        "Thông tin thị trường xuất khẩu mây tre đan",
        "Doanh nghiệp mây tre ở Trà Vinh muốn xuất khẩu nhưng chưa biết thị trường nào lớn, kim ngạch ra sao, nguồn "
        "nguyên liệu bền vững thế nào. Cần báo cáo thị trường và phân tích thương mại.",
        {"lMo047": 2, "lMo155": 2, "lMo125": 1},
    ),
    (
        "lMn25",
        "en",
        "vietexplorer",
        "Anti-mould treatment for bamboo lampshades",
        "A lamp maker in Bình Minh sells bamboo lampshades that grow mould in humid shops. We need a treatment that "
        "removes what feeds mould and borers.",
        {"lMo036": 2, "lMo037": 2, "lMo035": 1, "lMo040": 1, "lMo043": 1},
    ),
    # --- coconut leaf, grass straws ---
    (
        "lMn26",
        "vi",
        "coconut_2010",
        "Đào tạo thắt lá dừa làm hàng trang trí, quà lưu niệm",
        "HTX dừa ở Mỏ Cày có nhiều lá dừa bỏ đi, muốn làm giỏ, hoa, con vật, đồ trang trí bằng lá dừa bán cho khách "
        "du lịch và hội chợ. Cần người dạy thắt lá dừa và mẫu sản phẩm.",
        {"lMo052": 2, "lMo053": 2, "lMo054": 2, "lMo066": 1, "lMo056": 1},
    ),
    (
        "lMn27",
        "en",
        "hatho_leaf",
        "Natural grass straws to replace plastic in coffee shops",
        "A youth cooperative in Cầu Ngang wants to make drinking straws from local hollow grasses such as sedge "
        "(cỏ bàng) or reeds for cafés, and needs processing know-how, drying and cutting to length.",
        {"lMo058": 2, "lMo060": 2, "lMo069": 2, "lMo057": 2, "lMo059": 1},
    ),
    (
        "lMn28",
        "vi",
        "straw_rice",
        "Can mua ong hut co kho so luong lon",
        "Chuoi quan nuoc dua o Tra Vinh can mua ong hut co kho so luong lon, de duoc lau, khong doi vi nuoc. Can "
        "noi cung cap on dinh.",
        {"lMo058": 2, "lMo060": 2, "lMo057": 2, "lMo069": 1},
    ),
    (
        "lMn29",
        "en",
        "tipc_bentre",
        "Coconut leaf wedding arches and event decoration",
        "An event service in Duyên Hải wants to offer coconut-leaf wedding arches and festival gates, and needs "
        "artisans to train its staff.",
        {"lMo066": 2, "lMo052": 1, "lMo053": 1, "lMo054": 1},
    ),
    (
        "lMn30",
        "vi",
        "conphung",
        "Sấy khô lá dừa để đan giỏ không bị mốc",
        "Tổ phụ nữ ở Giồng Trôm đan giỏ bằng lá dừa khô, mùa mưa lá phơi không khô kịp, bị mốc đen. Cần thiết bị "
        "sấy hoặc nhà phơi chạy được khi trời mưa.",
        {"lMo098": 2, "lMo099": 2, "lMo097": 1, "lMo100": 1, "lMo105": 1},
    ),
    # --- banana fibre ---
    (
        "lMn31",
        "vi",
        "chuoi_dunghangviet",
        "Tận dụng thân chuối sau thu hoạch làm sợi đan",
        "HTX trồng chuối ở Tiểu Cần chặt bỏ hàng chục tấn thân chuối mỗi vụ. Muốn làm dây bẹ và tơ chuối bán cho cơ "
        "sở đan, cần quy trình, máy móc và đầu ra.",
        {"lMo071": 2, "lMo073": 2, "lMo077": 2, "lMo072": 1, "lMo075": 1, "lMo074": 1},
    ),
    (
        "lMn32",
        "en",
        "banana_uganda",
        "Banana fibre extraction machine for a farmer group",
        "A banana farmer group in Cầu Kè extracts fibre by hand scraping, about a kilo a day per person. We need an "
        "extraction machine that raises output without breaking fibres.",
        {"lMo075": 2, "lMo077": 2, "lMo071": 2, "lMo080": 1, "lMo076": 1},
    ),
    (
        "lMn33",
        "en",
        "banana_training",
        "Dyeing banana fibre in stable colours",
        "Women weavers in Trà Ôn make banana fibre bags but the colours fade and run. We need a simple dyeing and "
        "fixing recipe for banana fibre.",
        {"lMo076": 2, "lMo077": 1, "lMo088": 1, "lMo089": 1},
    ),
    (
        "lMn34",
        "vi",
        "chuoi_kinhtedothi",
        "Can cho bao tieu be chuoi kho",
        "Nha em o Tra On trong 3 cong chuoi xiem, muon xe be chuoi phoi kho ban. Can HTX hay cong ty lien ket bao "
        "tieu, chi cach phoi cho dat.",
        {"lMo072": 2, "lMo073": 1},
    ),
    (
        "lMn35",
        "en",
        "banana_cambodia",
        "Joining banana fibres into long continuous yarn",
        "A handloom group in Vũng Liêm wants to weave cloth and table runners from banana fibre but the fibres are "
        "short. We need the technique for knotting and sorting fibres into a long continuous strand.",
        {"lMo078": 2, "lMo075": 1},
    ),
    (
        "lMn36",
        "vi",
        "banana_khaithai_en",
        "Mẫu sản phẩm từ sợi chuối cho khách du lịch",
        "Cơ sở ở Cầu Ngang đã có sợi chuối nhưng chỉ đan được giỏ đơn giản. Cần mẫu và hướng dẫn làm túi, thảm, chao "
        "đèn, lọ hoa từ sợi chuối cho khách du lịch và xuất khẩu.",
        {"lMo073": 2, "lMo074": 2, "lMo082": 1, "lMo079": 1},
    ),
    # --- natural dyes ---
    (
        "lMn37",
        "vi",
        "tvphapluat",
        "Nhuộm lác bằng màu tự nhiên thay phẩm màu hóa học",
        "Cơ sở chiếu hoa ở Trà Cú đang nhuộm lác bằng phẩm hóa học, khách nước ngoài hỏi màu tự nhiên. Cần quy trình "
        "nhuộm sợi thực vật bằng màu tự nhiên, cầm màu để màu đậm, không phai.",
        {"lMo088": 2, "lMo089": 2, "lMo085": 1, "lMo086": 1, "lMo093": 1, "lMo087": 1, "lMo092": 1, "lMo094": 1},
    ),
    (
        "lMn38",
        "en",
        "fiveinthenest",
        "Local natural colours for water hyacinth products",
        "A hyacinth bag maker in Vũng Liêm wants earthy colours from plants that grow in the delta, such as nipa "
        "palm, instead of synthetic dyes, and a method suited to plant fibres.",
        {"lMo087": 2, "lMo088": 2, "lMo085": 1, "lMo089": 1, "lMo091": 1},
    ),
    (
        "lMn39",
        "vi",
        "pandanus",
        "Tăng độ bền màu khi nhuộm sợi tự nhiên",
        "Sản phẩm đan nhuộm màu lá cây của HTX ở Long Hồ bị phai sau vài lần giặt, phơi. Cần cách cầm màu, xử lý "
        "sau nhuộm để độ bền màu cao.",
        {"lMo089": 2, "lMo085": 2, "lMo093": 2, "lMo088": 1, "lMo086": 1},
    ),
    (
        "lMn40",
        "en",
        "dye_plants",
        "Deep red and green dye recipes for rattan and raffia",
        "A rattan basket workshop in Bình Tân needs proven recipes for deep red and green colours on rattan and "
        "raffia accents.",
        {"lMo090": 2, "lMo091": 1, "lMo088": 1},
    ),
    (
        "lMn41",
        "vi",
        "cobang_cantho",
        "Muon nhuom co bang mau tu nhien",
        "To phu nu dan co bang o Tra Cu muon nhuom co bang mau tu nhien de co nhieu mau, can ai chuyen giao ky "
        "thuat va dung cu nhuom.",
        {"lMo115": 2, "lMo087": 1, "lMo093": 1, "lMo088": 1},
    ),
    # --- drying ---
    (
        "lMn42",
        "vi",
        "lb_soctrang",
        "Sấy lục bình mùa mưa",
        "Hộ cắt lục bình ở Tam Bình vào mùa mưa không phơi được, cọng bị thâm, mốc, thương lái ép giá. Cần thiết bị "
        "sấy chạy được cả khi trời mưa, vài trăm ký mỗi mẻ.",
        {"lMo098": 2, "lMo099": 2, "lMo097": 1, "lMo100": 1, "lMo101": 1, "lMo104": 1},
    ),
    (
        "lMn43",
        "en",
        "sedge_phuyen",
        "Low-cost solar drying house for sedge bundles",
        "Sedge growers in Càng Long dry bundles on roadsides where dust and rain spoil them. We need a cheap covered "
        "solar drying house a household can build.",
        {"lMo100": 2, "lMo097": 2, "lMo099": 2, "lMo098": 1},
    ),
    (
        "lMn44",
        "vi",
        "solar_ictnews",
        "Máy sấy cọng lục bình tiết kiệm điện",
        "Cơ sở ở Mang Thít muốn thay phơi đường bằng máy sấy lục bình nhưng sợ tốn điện. Cần giải pháp sấy năng lượng "
        "mặt trời có quạt, chi phí vận hành thấp.",
        {"lMo098": 2, "lMo099": 2, "lMo101": 1, "lMo100": 1},
    ),
    (
        "lMn45",
        "en",
        "banana_uganda",
        "Drying banana sheaths quickly without blackening",
        "A banana sheath rope maker in Tiểu Cần loses sheaths that blacken and rot in rainy weeks. We need a "
        "drying set-up that works in the wet season.",
        {"lMo098": 2, "lMo099": 2, "lMo100": 1, "lMo075": 1, "lMo071": 1},
    ),
    # --- mould and shipping ---
    (
        "lMn46",
        "en",
        "mould_worldgts",
        "Mould in containers of water hyacinth baskets shipped to Europe",
        "An exporter in Vĩnh Long had a container of hyacinth baskets arrive in Europe with mould spots and had to "
        "pay for re-work. We need container-level moisture control for the coming monsoon shipments.",
        {"lMo106": 2, "lMo107": 2, "lMo108": 2, "lMo109": 2, "lMo110": 1, "lMo105": 1},
    ),
    (
        "lMn47",
        "vi",
        "mould_moveinterstate",
        "Chống ẩm mốc khi đóng container hàng mây tre xuất khẩu",
        "Doanh nghiệp mây tre ở Trà Vinh sắp xuất lô hàng đi Nhật, lo hàng bị đổ mồ hôi container, lên mốc khi qua "
        "vùng nhiệt đới. Cần giải pháp chống ẩm từ khâu sản xuất đến đóng container.",
        {"lMo105": 2, "lMo106": 2, "lMo107": 2, "lMo112": 1},
    ),
    (
        "lMn48",
        "vi",
        "lb_vov",
        "Giỏ lục bình bị mốc khi lưu kho, cần gói hút ẩm",
        "Kho hàng giỏ lục bình của HTX ở Tam Bình ẩm, giỏ để vài tuần là lên mốc. Cần gói hút ẩm và cách kiểm soát "
        "độ ẩm trong kho, trong thùng hàng.",
        {"lMo105": 2, "lMo111": 2, "lMo109": 2, "lMo023": 1, "lMo011": 1},
    ),
    (
        "lMn49",
        "en",
        "mould_bozopac",
        "Mould protection for small e-commerce shipments by sea",
        "A small online seller of seagrass and hyacinth baskets in Trà Vinh ships consolidated cartons by sea to "
        "overseas warehouses and needs a practical anti-mould plan for these shipments.",
        {"lMo110": 2, "lMo107": 2, "lMo106": 1, "lMo111": 1},
    ),
    # --- design, training, finishing ---
    (
        "lMn50",
        "vi",
        "training_phuyen",
        "Nâng cao tay nghề, thiết kế mẫu mới cho tổ đan lục bình",
        "Tổ đan lục bình ở Long Hồ chỉ làm vài mẫu giỏ cũ, giá thấp. Cần lớp nâng cao về thẩm mỹ, tạo dáng, kết hợp "
        "kiểu đan và cách tính giá thành sản phẩm.",
        {"lMo113": 2, "lMo119": 1, "lMo117": 1, "lMo022": 1, "lMo114": 1},
    ),
    (
        "lMn51",
        "en",
        "bdcraft",
        "Quality control against sharp edges and unsafe paint on bamboo trays",
        "A buyer returned bamboo trays from our workshop in Châu Thành citing sharp edges and paint concerns. We "
        "need a pre-shipment quality check system before the next export order.",
        {"lMo116": 2, "lMo129": 1, "lMo130": 1},
    ),
    (
        "lMn52",
        "vi",
        "ocop_xanhmarket",
        "Thiết kế giỏ quà, hộp quà bằng lục bình, lác đựng sản phẩm OCOP",
        "HTX ở Vũng Liêm muốn làm giỏ quà Tết bằng lục bình, lác để đựng đặc sản OCOP của tỉnh. Cần hỗ trợ thiết kế "
        "bao bì, nhãn hiệu và bảo hộ sở hữu trí tuệ.",
        {"lMo121": 2, "lMo113": 1, "lMo118": 1},
    ),
    (
        "lMn53",
        "en",
        "tuoitrenews_sedge",
        "Diversifying from sedge mats into poufs, lampshades and bags",
        "Mat sales in our Càng Long village are falling. We want to move into homewares from the same sedge and "
        "hyacinth — poufs, lampshades, handbags — and need design and market help.",
        {"lMo118": 2, "lMo010": 2, "lMo156": 1, "lMo117": 1},
    ),
    (
        "lMn54",
        "vi",
        "soctrang_tourism",
        "Mẫu mã hiện đại cho rổ tre đan truyền thống",
        "Nhóm đan đát Khmer ở Cầu Ngang làm rổ, thúng truyền thống bán ở chợ, muốn đổi mẫu mã, màu sắc để bán cho "
        "khách du lịch, cửa hàng trang trí.",
        {"lMo117": 2, "lMo113": 2, "lMo119": 1, "lMo051": 1},
    ),
    (
        "lMn55",
        "en",
        "vovdulich",
        "Souvenir designs from bamboo for tourists",
        "A craft village in Trà Cú near Khmer pagodas wants bamboo souvenirs with ethnic motifs for visitors, "
        "perhaps through a design contest followed by training.",
        {"lMo119": 2, "lMo051": 1, "lMo117": 1},
    ),
    (
        "lMn56",
        "vi",
        "cobang_cantho",
        "Kho bảo quản nguyên liệu cỏ bàng chống chuột, côn trùng",
        "HTX đan cỏ bàng ở Trà Cú trữ nguyên liệu trong nhà kho tạm, bị chuột cắn, côn trùng phá. Cần mô hình kho "
        "đạt chuẩn, kệ phân loại nguyên liệu.",
        {"lMo115": 2, "lMo105": 1, "lMo111": 1},
    ),
    # --- standards and certification ---
    (
        "lMn57",
        "vi",
        "hamtan_logistics",
        "Làm hồ sơ OCOP cho chiếu lác Hàm Tân",
        "Tổ hợp tác dệt chiếu Hàm Tân muốn đăng ký sản phẩm chiếu hoa Khmer đạt OCOP 3–4 sao. Cần tư vấn hồ sơ và "
        "các tiêu chí chấm điểm.",
        {"lMo123": 2, "lMo122": 2, "lMo124": 1},
    ),
    (
        "lMn58",
        "en",
        "ocop_battrang",
        "Criteria for a higher OCOP star rating for hyacinth products",
        "Our water hyacinth basket brand in Tam Bình holds 3-star OCOP and wants 4–5 stars. We need to understand the "
        "scoring criteria and how the national council assesses handicrafts.",
        {"lMo122": 2, "lMo124": 2, "lMo123": 1},
    ),
    (
        "lMn59",
        "en",
        "fsc_swiss",
        "FSC certification required by a European furniture buyer",
        "A European buyer asks our rattan and bamboo furniture workshop in Vĩnh Long for FSC-certified material "
        "and a chain-of-custody certificate. We need help to get certified.",
        {"lMo126": 2, "lMo131": 2, "lMo125": 1, "lMo137": 1, "lMo132": 1},
    ),
    (
        "lMn60",
        "vi",
        "wfto_berlin",
        "Chứng nhận thương mại công bằng cho HTX đan lát",
        "HTX đan lục bình, lác của phụ nữ ở Càng Long được một cửa hàng châu Âu hỏi chứng nhận thương mại công bằng "
        "(Fair Trade). Cần tư vấn tiêu chuẩn và quy trình.",
        {"lMo127": 2, "lMo128": 2, "lMo136": 2},
    ),
    (
        "lMn61",
        "en",
        "reach_tuv",
        "EU formaldehyde limits for glued and coated hyacinth baskets",
        "Our baskets in Bình Minh use glue and a coating; an EU importer says new formaldehyde limits apply from "
        "2026. We need testing and advice.",
        {"lMo129": 2, "lMo130": 2, "lMo116": 1},
    ),
    (
        "lMn62",
        "vi",
        "wwf_vn_rattan",
        "Cần chứng nhận FSC cho sản phẩm tre xuất khẩu",
        "Cơ sở làm ống hút và khay tre ở Tiểu Cần được khách hỏi chứng nhận FSC. Cần tư vấn tre có được chứng nhận "
        "FSC không và làm thế nào.",
        {"lMo131": 2, "lMo126": 2, "lMo125": 1, "lMo132": 1},
    ),
    (
        "lMn63",
        "en",
        "wfto_fablab",
        "Fair Trade guarantee for a coconut-leaf women's group",
        "A women's coconut-leaf craft group in Giồng Trôm wants to become a WFTO member to reach world shops. We "
        "need guidance on the guarantee system.",
        {"lMo136": 2, "lMo127": 2, "lMo128": 1},
    ),
    # --- online marketing ---
    (
        "lMn64",
        "vi",
        "mat_hoa_dua",
        "Đưa chiếu lác Hàm Tân lên sàn thương mại điện tử",
        "Tổ hợp tác dệt chiếu Hàm Tân muốn bán chiếu hoa Khmer trên sàn thương mại điện tử, Lazada, Tiki. Cần hỗ "
        "trợ lập gian hàng và đào tạo.",
        {"lMo152": 2, "lMo143": 2, "lMo139": 1, "lMo142": 1},
    ),
    (
        "lMn65",
        "en",
        "thanhhoa_cds",
        "Livestream selling training for basket weavers",
        "Women weavers of bamboo and hyacinth baskets in Tam Bình want to sell by livestream on Facebook and TikTok "
        "but have never done it. We need practical coaching.",
        {"lMo140": 2, "lMo141": 2, "lMo142": 1},
    ),
    (
        "lMn66",
        "vi",
        "ecom_vneconomy",
        "Bán giỏ lục bình ra nước ngoài qua Amazon, Etsy",
        "Cơ sở đan lục bình ở Vũng Liêm muốn bán lẻ trực tiếp cho khách nước ngoài qua Amazon Handmade hoặc Etsy. "
        "Cần hướng dẫn điều kiện hàng thủ công và cách đăng bán.",
        {"lMo144": 2, "lMo153": 1, "lMo145": 1, "lMo146": 1},
    ),
    (
        "lMn67",
        "en",
        "impakter_handmade",
        "Brand storytelling online for a Khmer mat village",
        "Our Khmer mat village in Trà Cú has a long story but sells only to traders. We want online storytelling "
        "and a multi-channel presence to reach buyers abroad.",
        {"lMo145": 2, "lMo146": 2, "lMo139": 1},
    ),
    (
        "lMn68",
        "vi",
        "vanphuc_online",
        "Kỹ năng chụp ảnh, làm nội dung bán hàng online cho phụ nữ làng nghề",
        "Hội phụ nữ xã ở Càng Long muốn chị em làm chiếu, đan giỏ biết chụp ảnh sản phẩm, viết nội dung, xây trang "
        "cá nhân để bán online.",
        {"lMo141": 2, "lMo139": 1, "lMo140": 1},
    ),
    (
        "lMn69",
        "en",
        "artisan_economy",
        "Connecting a craft cooperative with ethical retailers abroad",
        "A natural-fibre cooperative in Cầu Kè wants long-term orders from ethical retailers in the US or Europe "
        "and needs introductions and guidance.",
        {"lMo147": 2, "lMo151": 1, "lMo127": 1, "lMo149": 1},
    ),
    (
        "lMn70",
        "en",
        "bd_export",
        "Trade fair exposure for bamboo and hyacinth products",
        "An SME in Vĩnh Long wants to show its bamboo and hyacinth homewares at a cross-border e-commerce fair to "
        "meet European buyers.",
        {"lMo149": 2, "lMo143": 1},
    ),
    # --- more ---
    (
        "lMn71",
        "vi",
        "tvphapluat",
        "Liên kết cung ứng lác cho HTX dệt chiếu Long Hiệp",
        "HTX dệt chiếu ở Long Hiệp, Trà Cú thiếu lác vào mùa cao điểm trước Tết. Cần liên kết vùng trồng lác cung "
        "ứng ổn định.",
        {"lMo007": 2, "lMo005": 2, "lMo004": 1},
    ),
    (
        "lMn72",
        "en",
        "rattan_trade_report",
        "Cleaner, greener value chain for rattan and bamboo",
        "A rattan and bamboo exporter in Trà Vinh wants to green its whole chain, from raw material to transport, "
        "as EU buyers ask for cleaner production.",
        {"lMo132": 2, "lMo044": 2, "lMo155": 1},
    ),
    (
        "lMn73",
        "en",
        "phutan_gov",
        "Scaling up smoke treatment of split bamboo",
        "Khmer weavers in Châu Thành have always kept bamboo baskets over the kitchen fire. A new workshop wants a "
        "faster, controlled smoke treatment for large batches of new baskets.",
        {"lMo033": 2, "lMo032": 1, "lMo037": 1, "lMo042": 1},
    ),
    (
        "lMn74",
        "vi",
        "training_dongthap",
        "Đào tạo đan mây tre lá gắn với bao tiêu sản phẩm",
        "Xã ở Duyên Hải muốn doanh nghiệp mở lớp dạy đan mây tre lá cho lao động nữ và nhận họ vào làm sau khóa học.",
        {"lMo114": 2, "lMo113": 1, "lMo019": 1},
    ),
    (
        "lMn75",
        "en",
        "mekongwonders",
        "Water hyacinth raw material meeting Japanese buyer standards",
        "A hyacinth goods exporter in Trà Ôn needs a raw-material partner that grades, splits and dries stems "
        "consistently to meet a Japanese buyer's standard.",
        {"lMo017": 2, "lMo016": 2, "lMo020": 1, "lMo024": 1},
    ),
]
