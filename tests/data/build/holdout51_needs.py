"""Needs of the holdout51 labelled set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- chrysanthemums, marigolds and other Tết flowers ---
    (
        "kAn01",
        "vi",
        "htv_brvt",
        "Cúc Tết ở Long Hồ ra nụ khi cây còn thấp",
        "Tổ hợp tác hoa kiểng ở Long Hồ năm nay xuống giống cúc sớm khoảng 3 tuần và mở rộng thêm diện tích vì Tết rồi "
        "hoa không đủ bán. Nhưng cây mới cao một gang đã nhú nụ, sợ hoa nở trước Tết. Cần cách giữ cây lớn thêm rồi mới "
        "cho ra hoa đúng ngày.",
        {"kAo001": 2, "kAo002": 2, "kAo003": 2, "kAo004": 2, "kAo005": 1, "kAo006": 1, "kAo007": 1},
    ),
    (
        "kAn02",
        "en",
        "koraylights",
        "Keeping pot chrysanthemums from flowering too early, Châu Thành",
        "Our flower cooperative in Châu Thành (Trà Vinh) wants pot chrysanthemums for sale in several months of the year, "
        "not only Tết. The plants only bloom when nights are long, so they bud as soon as the season turns. We "
        "want a cheap "
        "way to hold them in leaf growth until we choose, for about 5,000 pots.",
        {"kAo003": 2, "kAo004": 2, "kAo006": 2, "kAo002": 2, "kAo005": 1, "kAo001": 1},
    ),
    (
        "kAn03",
        "en",
        "baomoi_muatrai",
        "Unseasonal rain made our Tết flowers open too early",
        "Since 25 December continuous unseasonal rain in Tam Bình has pushed many of our chrysanthemum and marigold pots "
        "to open before Tết, while others look like they will open after Tết. We lose the whole season if bloom misses "
        "the market. We need a way to adjust the opening date next year.",
        {"kAo002": 2, "kAo005": 2, "kAo001": 1, "kAo003": 1, "kAo009": 1},
    ),
    (
        "kAn04",
        "vi",
        "wikifarm_cuc",
        "Cúc mâm xôi giỏ ở Mang Thít vàng lá, thối gốc",
        "Nhà tôi ở Mang Thít trồng 2.000 giỏ cúc mâm xôi lần đầu, được một tháng thì nhiều giỏ vàng lá dưới, gốc thâm đen "
        "rồi héo rũ dù ngày nào cũng tưới. Không biết do tưới sai, đất trong giỏ hay thời tiết nóng ẩm; cần người "
        "chỉ cách "
        "chăm cho đúng.",
        {"kAo007": 2, "kAo035": 1, "kAo036": 1, "kAo038": 1, "kAo008": 1},
    ),
    (
        "kAn05",
        "en",
        "whatplant_cwr",
        "Spots and whitish bumps on chrysanthemum leaves, Cầu Kè",
        "Pot chrysanthemums in our Cầu Kè garden have pale yellow spots on top of the leaves and raised whitish-pink "
        "bumps underneath; it spreads fast after rainy nights and lower leaves wilt. We need to know what it is "
        "and how to "
        "stop it before the 3,000 pots for Tết are lost.",
        {"kAo011": 2, "kAo012": 2, "kAo007": 1},
    ),
    (
        "kAn06",
        "vi",
        "myplantin_cwr",
        "Cuc chau bi dom vang mat tren la, mat duoi noi mun trang",
        "Vuon cuc o Cang Long bi benh la: mat tren la co dom vang nhat roi chuyen nau, mat duoi noi mun mau trang "
        "hong, lay "
        "rat nhanh khi troi am, la heo chet. Xin cach xac dinh benh va thuoc phun cho dung de kip ban Tet.",
        {"kAo011": 2, "kAo012": 2, "kAo007": 1},
    ),
    (
        "kAn07",
        "vi",
        "laodong_hoatet",
        "Cần hạt giống vạn thọ, mào gà tốt và lịch gieo cho Tết",
        "Hộ tôi ở Trà Ôn muốn trồng thêm khoảng 3.000 chậu vạn thọ và mào gà bán Tết vì năm nay thương lái hỏi nhiều. Năm "
        "ngoái mua hạt trôi nổi, cây cao lòng khòng, bông nhỏ, nở lệch ngày. Cần chỗ bán hạt giống tốt, chậu phù "
        "hợp và lịch "
        "gieo để nở đúng 30 Tết.",
        {"kAo009": 2, "kAo010": 2, "kAo008": 1},
    ),
    (
        "kAn08",
        "en",
        "vnexpress_saonhai",
        "Flower field to draw visitors at Tết, Cầu Ngang",
        "Our commune in Cầu Ngang wants to sow a large flower field, about 50 kg of seed of marigold and cosmos, so it "
        "blooms from late December through Tết and draws visitors who pay for photos. We need a seed supplier and timing "
        "advice, and ideas for running it as a visitor spot.",
        {"kAo010": 2, "kAo009": 2, "kAo129": 1, "kAo131": 1},
    ),
    (
        "kAn09",
        "vi",
        "agr_htu_mai",
        "Vườn mai ở Bình Minh năm nào cũng nở lệch Tết",
        "Vườn khoảng 300 gốc mai vàng ở Bình Minh, năm thì nở sớm trước rằm tháng Chạp, năm thì mùng 5 mới nở, khách trả "
        "lại. Muốn có người chỉ cách tính ngày lặt lá theo thời tiết và theo nụ, hoặc thuê người chăm trước Tết.",
        {"kAo014": 2, "kAo015": 2, "kAo018": 2, "kAo016": 1},
    ),
    (
        "kAn10",
        "en",
        "vitagrowth_mai",
        "Rooftop mai vàng opened five days late",
        "I keep 20 pots of mai vàng on a sunny rooftop in Long Hồ. Last Tết the flowers only opened on the fifth day and "
        "many buds dropped. I want clear advice on when to strip the leaves, how to water and feed before Tết, and which "
        "variety is easier to time.",
        {"kAo014": 2, "kAo015": 2, "kAo018": 2, "kAo016": 1},
    ),
    (
        "kAn11",
        "vi",
        "kienthuc_duabonsai",
        "Muon hoc lam dua bonsai ban Tet",
        "Toi o Cau Ke, nha san dua, muon lam dua bonsai chung Tet nhu nhieu nguoi o Tra Vinh. Lam thu may chuc trai thi "
        "lot vo hay lam hu re, gay than, gao dua khong lang. Can noi day lam va tao hinh de ban duoc.",
        {"kAo017": 2, "kAo016": 1, "kAo037": 1},
    ),
    (
        "kAn12",
        "en",
        "giadinh_tihon",
        "Starting a small bonsai business selling online, Tiểu Cần",
        "I am 26, living in Tiểu Cần, and want to start a small bonsai business: grafted mai and mini trees sold online "
        "and by livestream. I can keep plants alive but don't know how to shape the base and branches or how to pack them "
        "so grafts don't break in transport.",
        {"kAo016": 2, "kAo017": 1, "kAo014": 1, "kAo037": 1},
    ),
    (
        "kAn13",
        "vi",
        "nuoicaymo_dendro",
        "Muốn tự làm cây con lan Dendro thay vì mua bình cấy mô",
        "Cơ sở lan của chúng tôi ở phường 8 Vĩnh Long mỗi năm mua vài nghìn bình cây con lan Dendro với giá cao, chất "
        "lượng không đều. Muốn tự nhân cây con tại chỗ, cần được chuyển giao cách làm và đào tạo người.",
        {"kAo019": 2, "kAo020": 2, "kAo022": 2, "kAo026": 1, "kAo021": 1},
    ),
    (
        "kAn14",
        "en",
        "backbulb",
        "Orchid plantlets die after leaving the flask",
        "We are an orchid grower in Trà Vinh city. Each batch of Dendrobium plantlets we take out of the bottles loses "
        "about half within two months: they rot or stop growing. We want to know which growing medium, season and "
        "feeding give good survival in the nursery stage.",
        {"kAo021": 2, "kAo026": 1, "kAo023": 1, "kAo037": 1},
    ),
    (
        "kAn15",
        "vi",
        "elmaskincare",
        "Giàn lan Dendro ở Càng Long cháy lá mùa nắng",
        "Tôi trồng 1.500 chậu lan Dendro dưới giàn lưới đen tự làm ở Càng Long. Mùa nắng lá cháy vàng, bông nhỏ; mùa mưa "
        "thì úng và bệnh. Muốn làm lại nhà che cho lan đúng cách nhưng không đủ tiền làm nhà kính.",
        {"kAo025": 2, "kAo024": 2, "kAo023": 1},
    ),
    (
        "kAn16",
        "vi",
        "floraldaily_club",
        "Nhóm phụ nữ ở Duyên Hải muốn trồng lan chậu để bán",
        "Tổ tiết kiệm phụ nữ ở Duyên Hải muốn làm lan Dendro chậu bán cho các tiệm hoa thị xã. Chưa ai trồng lan để "
        "bán. Cần trọn gói kỹ thuật từ chọn giống, làm chỗ trồng, chăm sóc đến cắt bông và chở đi bán.",
        {"kAo023": 2, "kAo024": 2, "kAo025": 1, "kAo021": 1, "kAo019": 1},
    ),
    # --- seedling nurseries: grafting, certification, potting media ---
    (
        "kAn17",
        "en",
        "vietbao_saurieng",
        "Grafted seedlings for other provinces must meet a standard",
        "I graft fruit-tree seedlings in Vũng Liêm and a buyer in another province ordered a few thousand pomelo and "
        "orange trees. They want seedlings that meet the standard and trace to registered mother trees. I don't know "
        "the required height and stem size or how to register mother trees.",
        {"kAo027": 2, "kAo028": 2, "kAo031": 1, "kAo029": 1},
    ),
    (
        "kAn18",
        "en",
        "freshplaza_georgia",
        "Pomelo nursery wants certified disease-free seedlings for export orchards",
        "Our pomelo seedling nursery in Châu Thành (Trà Vinh) wants to supply export-oriented orchards that ask for "
        "seedlings free of greening. We need to know how to build a nursery insects cannot enter, how mother trees are "
        "tested, and how to get the nursery inspected and certified.",
        {"kAo030": 2, "kAo031": 2, "kAo029": 2, "kAo027": 1, "kAo028": 1, "kAo156": 1},
    ),
    (
        "kAn19",
        "vi",
        "docstoc_greening",
        "Vuon uom buoi bi ray, cay giong vang la",
        "Vuon uom buoi da xanh cua toi o Cang Long co nhieu ray chong canh, cay giong bi vang la lom dom, khach khong dam "
        "mua. Muon lam nha luoi chan con trung de uom cay sach benh va duoc kiem tra xac nhan.",
        {"kAo030": 2, "kAo029": 2, "kAo031": 1, "kAo156": 1, "kAo027": 1},
    ),
    (
        "kAn20",
        "en",
        "aldoo_rootstock",
        "Low graft success in a Tam Bình citrus nursery",
        "Workers at our cooperative nursery in Tam Bình graft pomelo and orange, but only about half of the grafts take "
        "and some trees grow weak. We want hands-on training in budding and grafting methods and advice on choosing "
        "rootstocks.",
        {"kAo032": 2, "kAo033": 2, "kAo034": 2, "kAo028": 1},
    ),
    (
        "kAn21",
        "vi",
        "gbonline_rootstock",
        "Vườn bưởi già ở Trà Ôn muốn đổi giống mà không phá vườn",
        "Vườn bưởi 15 năm ở Trà Ôn năng suất giảm, trái nhỏ, giống cũ bán rẻ. Tôi không muốn chặt bỏ cả vườn trồng lại "
        "từ đầu. Có cách nào đưa giống mới lên gốc cũ để nhanh cho trái không?",
        {"kAo034": 2, "kAo032": 2, "kAo033": 2},
    ),
    (
        "kAn22",
        "vi",
        "maydanhbong_xodua",
        "Cây con trong bầu mụn dừa bị vàng lá, chết rễ",
        "Cơ sở ươm cây ở Châu Thành (Trà Vinh) dùng mụn dừa xay tại lò chỉ xơ gần nhà để đóng bầu, rẻ nhưng cây con vàng "
        "lá, rễ thâm, chậm lớn. Cần cách xử lý mụn dừa trước khi dùng và cách kiểm tra mụn dừa đạt hay chưa.",
        {"kAo035": 2, "kAo036": 2, "kAo038": 2, "kAo039": 2, "kAo040": 2, "kAo037": 1, "kAo041": 1},
    ),
    (
        "kAn23",
        "en",
        "botanicare_coco",
        "Coir from local husk mills locks up nutrients",
        "Our potted-plant nursery in Mang Thít buys coir dust from local husk mills. Even after rinsing, plants show "
        "calcium and magnesium shortage a few weeks after we feed them. We want coir that is treated properly, or a "
        "service or method to treat it ourselves.",
        {"kAo038": 2, "kAo039": 2, "kAo035": 1, "kAo036": 1, "kAo040": 1, "kAo041": 1},
    ),
    (
        "kAn24",
        "en",
        "qsti_kieng",
        "Ready-mixed potting media and labour for a foliage plant farm",
        "We grow colourful foliage and landscape plants in Long Hồ, about 20,000 pots a year. Mixing potting soil by hand "
        "is slow and uneven. We need a reliable supplier of ready mixed media in bulk, and people to deliver coir "
        "and husk "
        "ash and help with repotting.",
        {"kAo037": 2, "kAo042": 2, "kAo041": 2, "kAo035": 1, "kAo036": 1, "kAo038": 1},
    ),
    # --- beekeeping: colonies, diseases, pollination ---
    (
        "kAn25",
        "vi",
        "nuoitrong123_cauke",
        "Vườn nhãn ở Cầu Kè muốn cho đặt thùng ong thụ phấn",
        "Gia đình có 2 ha nhãn, chôm chôm ở Ninh Thới (Cầu Kè). Mùa hoa thấy ít ong, trái đậu thưa. Nghe nói cho trại ong "
        "đặt thùng thì tăng trái, nhưng không biết cần bao nhiêu thùng, đặt lúc nào, thỏa thuận và phun thuốc ra sao.",
        {"kAo064": 2, "kAo065": 2, "kAo067": 2, "kAo066": 1, "kAo068": 1},
    ),
    (
        "kAn26",
        "vi",
        "beesource_pollforum",
        "Nhóm nuôi ong muốn nhận đặt thùng thụ phấn cho vườn dưa, bưởi",
        "Nhóm nuôi ong ở Tiểu Cần có khoảng 300 thùng. Nhà vườn trồng dưa lưới, bưởi hỏi mang ong tới lúc ra hoa. Muốn "
        "có mẫu hợp đồng, giá mỗi thùng hợp lý, biết cần bao nhiêu thùng mỗi ha và để bao lâu.",
        {"kAo064": 2, "kAo065": 2, "kAo066": 1, "kAo067": 1},
    ),
    (
        "kAn27",
        "vi",
        "danviet_quangtri_ong",
        "Hộ được hỗ trợ 4 tổ ong nội cần tập huấn",
        "Hộ tôi ở Trà Cú được hội hỗ trợ 4 tổ ong nội, đặt dưới vườn ổi khoảng 50 m2. Chưa biết chăm, chia đàn, lấy mật "
        "sao cho khỏi bỏ tổ. Cần lớp tập huấn và chỗ mua thêm ong giống tốt.",
        {"kAo052": 2, "kAo049": 2, "kAo054": 1, "kAo043": 1},
    ),
    (
        "kAn28",
        "en",
        "entomologytoday",
        "Deformed wings and failing colonies after the honey season",
        "I keep 120 Italian bee colonies in Càng Long. After the honey season young bees crawl with crumpled "
        "wings, capped "
        "brood has holes, and half the colonies have dwindled. I need someone to check how bad the mites are and a "
        "treatment that will not leave residues in export honey.",
        {"kAo045": 2, "kAo044": 2, "kAo047": 2, "kAo049": 1, "kAo043": 1, "kAo048": 1},
    ),
    (
        "kAn29",
        "vi",
        "semanticscholar_spill",
        "Dan ong noi chet au trung nhu cai tui",
        "Ong noi o Tra Cu, dat gan trai ong Y, gan day au trung chet nhieu, dau vuon len, thoi thanh hinh cai tui nuoc, "
        "dan yeu dan roi bo to. Hoi cach xu ly va co giong ong khang benh khong.",
        {"kAo049": 2, "kAo050": 2, "kAo051": 2, "kAo046": 1, "kAo045": 1},
    ),
    (
        "kAn30",
        "en",
        "discovery_acsbv",
        "Native bee colonies collapsing from brood disease, Cầu Ngang",
        "Keepers of native Asian honey bees in Cầu Ngang lost about 60% of colonies in four months to a brood disease "
        "where larvae die in a fluid-filled sac. There is no medicine that works. We are looking for tolerant queens or a "
        "management method to rebuild our colonies.",
        {"kAo050": 2, "kAo051": 2, "kAo049": 2, "kAo046": 1},
    ),
    (
        "kAn31",
        "en",
        "nhanongxanh_nghe",
        "Co-op wants stronger colonies to reach export honey yields",
        "Our beekeeping cooperative in Trà Vinh produces honey, pollen and royal jelly, but colony strength varies and "
        "yields stay low. We want products and advice to keep colonies healthy so we can meet export buyers' yield and "
        "traceability requirements.",
        {"kAo043": 2, "kAo049": 1, "kAo044": 1, "kAo054": 1},
    ),
    (
        "kAn32",
        "vi",
        "cesti_codac",
        "Mật ong thu mua có độ ẩm cao, để 2 tháng là lên men",
        "Cơ sở thu mua mật ở Tiểu Cần nhận mật của hộ nuôi có độ ẩm 23-24%, để khoảng 2 tháng là lên men, nổi bọt, bị "
        "thương lái ép giá hoặc trả hàng. Muốn có thiết bị làm giảm nước trong mật mà không làm hỏng mật, giá vừa túi "
        "tiền.",
        {"kAo055": 2, "kAo056": 2, "kAo057": 2, "kAo059": 2, "kAo060": 2, "kAo061": 1, "kAo058": 1},
    ),
    (
        "kAn33",
        "en",
        "askvity_honey",
        "Rainy-season honey ferments; need drying without heat",
        "Our small beekeeping co-op in Càng Long harvests mostly in the rainy season. The refractometer reads 21-22% and "
        "the honey ferments in storage. We want a low-cost way to bring moisture down to about 18% without cooking the "
        "honey.",
        {"kAo060": 2, "kAo061": 2, "kAo059": 2, "kAo055": 2, "kAo056": 2, "kAo057": 1},
    ),
    (
        "kAn34",
        "vi",
        "nlu_say20kg",
        "Can may say mat ong nho cho co so",
        "Co so o Cau Ke moi ngay gom khoang 100 kg mat cua cac ho, mat bi lai nhieu nuoc. Can may lam giam nuoc trong mat "
        "loai nho, khoang 20 kg moi me, de lam ve sinh, gia vua phai.",
        {"kAo055": 2, "kAo056": 2, "kAo057": 2, "kAo060": 2, "kAo059": 1, "kAo058": 1},
    ),
    (
        "kAn35",
        "en",
        "localnewspatch",
        "Export honey shipment suspected of added syrup",
        "A buyer rejected our honey shipment from Vĩnh Long on suspicion that sugar syrup was added. Our bees forage on "
        "fruit orchards and we do not feed syrup during the flow. We need an accredited test that can prove the honey is "
        "genuine.",
        {"kAo062": 2, "kAo063": 2},
    ),
    (
        "kAn36",
        "vi",
        "docz_chatluongmat",
        "Khách nghi mật ong pha đường, cần nơi kiểm tra",
        "Cửa hàng mật ong nhỏ ở TP Trà Vinh bị khách nghi mật pha nước đường vì mật đặc, sáng màu. Các cách thử dân gian "
        "không thuyết phục. Muốn gửi mẫu đi phân tích để có kết quả thật giả rõ ràng.",
        {"kAo062": 2, "kAo063": 2, "kAo058": 1},
    ),
    (
        "kAn37",
        "vi",
        "vietbao_anbinh",
        "Homestay ở An Bình muốn có trại ong cho khách xem",
        "Homestay của tôi ở xã An Bình (Long Hồ) đón khách tây nhiều. Khách hay hỏi xem nuôi ong lấy mật. Muốn hợp tác "
        "với người nuôi ong đặt vài chục thùng trong vườn, tổ chức cho khách xem và nếm mật, nhưng chưa biết làm sao cho "
        "an toàn.",
        {"kAo068": 2, "kAo128": 1, "kAo054": 1, "kAo072": 1, "kAo131": 1},
    ),
    (
        "kAn38",
        "vi",
        "kcs311",
        "Thùng ong rải nhiều vườn, không kịp mở kiểm tra",
        "Tôi có khoảng 200 thùng ong đặt rải rác nhiều vườn quanh Cầu Kè, hai ba tuần mới mở được mỗi thùng một lần. "
        "Muốn có thiết bị báo đàn nào yếu, mất chúa hay bị stress mà không cần mở thùng.",
        {"kAo048": 2, "kAo045": 1},
    ),
    (
        "kAn39",
        "en",
        "nhanongxanh_vai",
        "Queen-rearing business needs its bee stock inspected",
        "We raise queens and package colonies in Châu Thành and want to sell them to other beekeepers. Buyers ask whether "
        "our breeding stock meets official standards. We need an inspection of our queens and colonies so we can trade "
        "legally.",
        {"kAo053": 2, "kAo051": 1, "kAo052": 1},
    ),
    # --- stingless bees ---
    (
        "kAn40",
        "vi",
        "buixuanphuong_ongdu",
        "Bắt được vài tổ ong dú, muốn nhân đàn nhanh",
        "Tôi bắt được 5 tổ ong dú trong bộng tre ở Cầu Kè, để tự nhiên thì nghe nói mấy năm mới tách đàn, mỗi tổ chỉ "
        "được nửa lít mật. Muốn biết cách chia tổ chủ động để có nhiều đàn và hộp nuôi phù hợp.",
        {"kAo073": 2, "kAo071": 2, "kAo069": 1, "kAo072": 1, "kAo074": 1},
    ),
    (
        "kAn41",
        "en",
        "wikisum_melipon",
        "Youth group wants stingless bees as a livelihood",
        "The youth union in Duyên Hải wants members to keep stingless bees, which do not sting and suit small gardens. "
        "Nobody has experience. We need a short practical training and a source of starter colonies.",
        {"kAo074": 2, "kAo072": 2, "kAo073": 1, "kAo070": 1},
    ),
    (
        "kAn42",
        "en",
        "owiki_melipon",
        "Stingless bees in wooden boxes die in the hot season",
        "In the hot April sun nearly half of my 30 stingless bee boxes kept in the garden in Trà Cú died; the boxes get "
        "very hot. I want a shelter that keeps the bees cool in the dry season and warm in the rainy season.",
        {"kAo069": 2, "kAo071": 1, "kAo075": 1, "kAo076": 1},
    ),
    (
        "kAn43",
        "en",
        "melipon_5180",
        "Stingless bee colonies abandon their new boxes",
        "I moved stingless bee nests from logs into new wooden boxes in Tiểu Cần, but several colonies left within "
        "months. I want advice on better box designs and how to check whether the colonies are healthy.",
        {"kAo075": 2, "kAo071": 2, "kAo073": 1, "kAo076": 1, "kAo069": 1},
    ),
    # --- sericulture ---
    (
        "kAn44",
        "vi",
        "nongsansach_giaken",
        "Muốn thử trồng dâu nuôi tằm thay ruộng lúa kém",
        "Vài hộ ở Tam Bình có ruộng lúa năng suất thấp muốn chuyển sang trồng dâu nuôi tằm. Chưa ai biết nghề, sợ giá kén "
        "lên xuống. Cần được tập huấn từ trồng dâu đến nuôi tằm, ươm tơ và tìm nơi thu mua kén.",
        {"kAo077": 2, "kAo084": 2, "kAo078": 1, "kAo083": 1, "kAo080": 1},
    ),
    (
        "kAn45",
        "en",
        "tridge_kho",
        "Khmer farmers converting rice land to mulberry need planting material",
        "Khmer households in Trà Cú are converting poor rice fields to mulberry for silkworms. Local mulberry gives few "
        "leaves. We want high-yielding mulberry planting material and advice on which variety to grow.",
        {"kAo083": 2, "kAo078": 2, "kAo079": 1, "kAo077": 1},
    ),
    (
        "kAn46",
        "vi",
        "vietbao_ground",
        "Nhà chật, nuôi tằm trên nong tốn công",
        "Tôi nuôi tằm thử ở Mang Thít, nuôi trên nong tre phải bắt từng con lên né rất tốn công. Nghe nói có cách "
        "nuôi dưới "
        "nền, tằm tự bò lên né. Cần người hướng dẫn làm nhà nuôi và khử trùng.",
        {"kAo079": 2, "kAo077": 1},
    ),
    (
        "kAn47",
        "en",
        "ilovetranslation_seri",
        "Silkworms dying in late instars in hot humid months",
        "Our sericulture pilot in Cầu Kè loses many silkworms in the 4th and 5th instar during hot, humid months: some "
        "turn soft and dark, others become hard and white. We need disease control and advice on keeping the rearing "
        "room climate right.",
        {"kAo081": 2, "kAo080": 2, "kAo077": 1, "kAo082": 1, "kAo079": 1},
    ),
    (
        "kAn48",
        "vi",
        "biologydiscussion",
        "Tằm con nở không đều, nhiều con yếu",
        "Trứng tằm mua về nở rải rác 3-4 ngày, tằm con yếu, hao nhiều ở tuổi nhỏ. Cần dịch vụ ấp trứng cho nở đều và nuôi "
        "tằm con tập trung rồi giao lại cho hộ ở Tam Bình.",
        {"kAo082": 2, "kAo080": 1, "kAo077": 1},
    ),
    # --- black soldier fly ---
    (
        "kAn49",
        "vi",
        "thanhnien_bsfodor",
        "Nuôi ruồi lính đen sau nhà bị hàng xóm phản ánh",
        "Tôi nuôi ruồi lính đen sau nhà ở phường 5 TP Trà Vinh bằng vỏ trái cây xin ở chợ, hàng xóm phản ánh mùi hôi; có "
        "đợt ấu trùng chết hết sau khi phường phun thuốc muỗi. Cần cách nuôi gọn, ít mùi, ít rủi ro ở quy mô hộ.",
        {"kAo089": 2, "kAo085": 2, "kAo090": 1, "kAo094": 1, "kAo091": 1},
    ),
    (
        "kAn50",
        "en",
        "echo_bsf_tn99",
        "Farm wants its own insect larvae feed instead of fishmeal",
        "Our pig and duck farm in Châu Thành (Trà Vinh) spends heavily on fishmeal and soybean meal. We have manure and "
        "kitchen scraps from a nearby restaurant. We want to produce our own fly larvae as protein feed and use the "
        "leftover as fertiliser.",
        {"kAo091": 2, "kAo092": 2, "kAo088": 2, "kAo090": 2, "kAo094": 1, "kAo086": 1},
    ),
    (
        "kAn51",
        "vi",
        "docz_phuongphap_bsf",
        "Muon mua trung ruoi linh den ve nuoi",
        "Toi o Vung Liem muon nuoi ruoi linh den lam thuc an cho ca va ga. Can cho ban trung giong va chi cach "
        "cho ruoi de "
        "trung tai cho de khoi phai mua hoai.",
        {"kAo086": 2, "kAo087": 2, "kAo092": 1, "kAo088": 1},
    ),
    # --- earthworms ---
    (
        "kAn52",
        "vi",
        "danviet_trunque5",
        "Trại bò thải nhiều phân, muốn nuôi trùn",
        "Trại 30 con bò ở Trà Cú thải nhiều phân, để đống thì hôi và ruồi. Muốn nuôi trùn quế để xử lý phân, bán trùn cho "
        "người nuôi cá và lấy phân bón vườn; cần kỹ thuật làm ô nuôi và cho ăn.",
        {"kAo097": 2, "kAo099": 2, "kAo098": 2, "kAo100": 1, "kAo102": 1, "kAo101": 1},
    ),
    (
        "kAn53",
        "en",
        "hanhkhatkito",
        "New worm keeper needs good stock and training",
        "I bought 50 kg of worms to try in Cầu Ngang; ants attacked the beds and many worms crawled away. I need a "
        "source of good breeding worms and a proper training course.",
        {"kAo101": 2, "kAo099": 1, "kAo098": 1, "kAo102": 1},
    ),
    (
        "kAn54",
        "en",
        "successminds",
        "Vegetable co-op wants to turn trimmings and dung into compost",
        "Our vegetable cooperative in Cầu Kè throws away tonnes of trimmings and gets cow dung from members. We want to "
        "make our own rich compost with worms to cut chemical fertiliser, and need help choosing worms and setting up "
        "beds.",
        {"kAo102": 2, "kAo103": 2, "kAo104": 2, "kAo097": 2, "kAo105": 2, "kAo099": 1},
    ),
    (
        "kAn55",
        "en",
        "danviet_trun300",
        "Worm farm wants higher-value products",
        "Our worm farm in Duyên Hải sells only live worms and wet castings at low prices. We want to add value by "
        "producing dried worms for fish and shrimp feed and pelleted worm fertiliser.",
        {"kAo100": 2, "kAo097": 1, "kAo102": 1},
    ),
    # --- crickets ---
    (
        "kAn56",
        "vi",
        "daihocbonba_de",
        "Muốn nuôi dế bán quán, chưa biết kỹ thuật",
        "Hộ tôi ở Càng Long muốn nuôi dế bán cho quán nhậu trong huyện. Chưa biết chọn dế bố mẹ, ghép đôi, nuôi bao nhiêu "
        "con một thùng, ấp trứng ra sao.",
        {"kAo106": 2, "kAo107": 2, "kAo110": 2, "kAo108": 1, "kAo109": 1, "kAo084": 1},
    ),
    (
        "kAn57",
        "en",
        "irrawaddy_cricket",
        "Cricket feed costs too much",
        "I switched from pigs to crickets in Cầu Ngang with 30 concrete pens, selling every four weeks. Chicken "
        "feed is now "
        "my biggest cost. I want cheaper feed made from farm by-products that still gives good growth.",
        {"kAo111": 2, "kAo113": 2, "kAo114": 2, "kAo110": 1, "kAo107": 1},
    ),
    (
        "kAn58",
        "vi",
        "docz_anhthu_de",
        "Muốn bán dế sấy cho siêu thị, cần quy trình an toàn",
        "Nhóm khởi nghiệp ở TP Trà Vinh muốn nuôi dế rồi sấy đóng gói bán siêu thị. Siêu thị đòi chứng minh nuôi sạch, an "
        "toàn thực phẩm. Cần quy trình nuôi và bảng kiểm để cơ quan chức năng kiểm tra.",
        {"kAo112": 2, "kAo110": 2, "kAo106": 1, "kAo115": 1},
    ),
    (
        "kAn59",
        "en",
        "fliphtml5_saentor",
        "Women's group wants to start crickets with little capital",
        "A village women's group in Tiểu Cần wants to rear crickets in pens near their homes because it needs little "
        "time and capital. We need a practical manual and a seller of eggs or starter stock.",
        {"kAo110": 2, "kAo108": 2, "kAo115": 1, "kAo106": 1},
    ),
    # --- rabbits and quail ---
    (
        "kAn60",
        "en",
        "nguoichannuoi_vl",
        "Rabbit group in Hiếu Nhơn wants to scale up",
        "Our rabbit-raising group of 18 households in Hiếu Nhơn (Vũng Liêm) keeps 20-40 does each. We want better "
        "breeding stock and a buyer who takes our meat rabbits regularly so we can grow.",
        {"kAo117": 2, "kAo118": 2, "kAo116": 1, "kAo119": 1},
    ),
    (
        "kAn61",
        "vi",
        "biomedgrid_rabbit",
        "Thỏ ngưng phối giống, thỏ con chết mùa nóng",
        "Tháng 4, tháng 5 ở Trà Cú thỏ mẹ không đậu thai, thỏ con chết nhiều dưới mái tôn nóng. Cần làm lại chuồng thỏ "
        "và cách giữ mát cho thỏ.",
        {"kAo120": 2, "kAo119": 1, "kAo116": 1},
    ),
    (
        "kAn62",
        "vi",
        "danviet_qn_tho",
        "Thỏ con sau cai sữa tiêu chảy, chết rải rác",
        "Tôi nuôi 40 thỏ mẹ ở Tam Bình, thỏ con sau cai sữa hay tiêu chảy, chết rải rác. Chuồng làm sát đất, cho ăn rau "
        "cỏ lung tung. Cần hướng dẫn làm chuồng, cho ăn và phòng bệnh.",
        {"kAo121": 2, "kAo119": 2, "kAo116": 2, "kAo117": 1},
    ),
    (
        "kAn63",
        "en",
        "jfrabbits",
        "Extension office needs rabbit training for village animal-health workers",
        "The agricultural service centre in Càng Long plans training for village animal-health workers because more "
        "households keep rabbits and few vets know rabbit diseases. We are looking for training materials and trainers.",
        {"kAo121": 2, "kAo119": 1},
    ),
    (
        "kAn64",
        "vi",
        "haiduong_cut",
        "Muốn nuôi 3.000 cút đẻ, cần thiết kế lồng",
        "Tôi định nuôi 3.000 cút đẻ ở Châu Thành (Trà Vinh), đất hẹp. Cần thiết kế lồng nhiều tầng để trứng tự lăn ra "
        "khay, chọn giống đẻ tốt và cách nuôi từ cút con.",
        {"kAo123": 2, "kAo127": 2, "kAo122": 2, "kAo125": 1},
    ),
    (
        "kAn65",
        "vi",
        "independentnig_quail",
        "Trứng cút ấp bằng máy ấp gà nở ít",
        "Tôi nuôi cút giống ở Bình Minh, ấp bằng máy ấp gà cũ. Trứng có khi để hai tuần mới đưa vào ấp, chỉ nở khoảng "
        "một nửa. Cần cách giữ trứng và chỉnh máy ấp cho trứng nhỏ.",
        {"kAo126": 2, "kAo124": 1, "kAo122": 1},
    ),
    (
        "kAn66",
        "vi",
        "danviet_cutlon",
        "Giá trứng cút bấp bênh, muốn chuyển sang làm trứng cút lộn",
        "Trại 5.000 cút ở Long Hồ bán trứng thường giá lên xuống thất thường. Muốn ấp trứng cút lộn để bán giá ổn "
        "định hơn, "
        "cần máy ấp và kỹ thuật ấp.",
        {"kAo124": 2, "kAo126": 2, "kAo122": 1},
    ),
    # --- small-scale agritourism ---
    (
        "kAn67",
        "en",
        "plo_nhihoa",
        "Commune wants community tourism where each household offers something different",
        "Our commune in Cầu Kè has fruit gardens, a few beekeepers and flower growers. We want visitors to go from house "
        "to house, each offering a different activity, instead of everyone copying the same thing.",
        {"kAo129": 2, "kAo128": 2, "kAo131": 1, "kAo068": 1},
    ),
    (
        "kAn68",
        "en",
        "midflorida",
        "Flower and bonsai farm open to visitors needs risk and permit planning",
        "Our flower and bonsai farm in Long Hồ gets many visitors before Tết. Last year a child was hurt and we had no "
        "insurance. We need help with safety, insurance, permits and planning visitor activities properly.",
        {"kAo132": 2, "kAo133": 2, "kAo131": 2, "kAo128": 1},
    ),
    (
        "kAn69",
        "en",
        "vuontrohbu_homestay",
        "Fruit-garden family wants garden bungalows from local materials",
        "Our family on the river island in Long Hồ has a fruit garden and wants to build four garden bungalows from old "
        "coconut timber so visitors can stay overnight and eat with us.",
        {"kAo130": 2, "kAo128": 1, "kAo131": 1},
    ),
    (
        "kAn70",
        "vi",
        "travelsdocbox",
        "Vườn ươm muốn đón khách tham quan, bán cây tại vườn",
        "Vườn ươm cây giống ở Long Hồ của tôi gần đường du lịch, khách đi ngang hay ghé hỏi. Muốn mở cửa cho khách xem "
        "ươm cây, bán cây tại vườn để tăng thu nhập, cần tư vấn cách tổ chức.",
        {"kAo134": 2, "kAo131": 2, "kAo133": 1, "kAo128": 1, "kAo164": 1},
    ),
    # --- additional needs across sub-topics ---
    (
        "kAn71",
        "vi",
        "auburnpub",
        "Muốn cúc cắt cành ra hoa mùa nắng nóng",
        "Tôi trồng cúc cắt cành ở Vũng Liêm, muốn cho ra hoa vào các tháng nắng nóng ngày dài lúc giá cao. Cần lịch che "
        "tối rút ngắn ngày hoặc chiếu đèn để cây làm nụ đúng lúc mình muốn.",
        {"kAo005": 2, "kAo006": 2, "kAo003": 1, "kAo001": 1},
    ),
    (
        "kAn72",
        "en",
        "baovephapluat_caimon",
        "Potted bougainvillea drops flowers in transport",
        "My household in Mang Thít grows 2,000 pots of bougainvillea for Tết, and traders ask for them two months "
        "before. But flowering comes at the wrong time and flowers drop on long trips. I need a pruning calendar and a "
        "way to keep the flowers on.",
        {"kAo013": 2},
    ),
    (
        "kAn73",
        "en",
        "beehivehero",
        "Collection point must deliver honey below 20% moisture",
        "Our buyer in Trà Vinh city demands honey under 20% moisture as in the Codex standard, but hives in Duyên "
        "Hải give "
        "about 22%. Our collection point handles about 2 tonnes a month and needs equipment to reduce moisture.",
        {"kAo055": 2, "kAo056": 2, "kAo057": 2, "kAo059": 2, "kAo060": 1, "kAo061": 1},
    ),
    (
        "kAn74",
        "en",
        "sexdrugs_bees",
        "Melon co-op gets misshapen fruit, wants bees at flowering",
        "Our melon cooperative in Cầu Ngang gets many small, misshapen fruits. We want to bring bee hives in during "
        "flowering but don't know the terms, how many hives, or how to handle spraying.",
        {"kAo064": 2, "kAo065": 2, "kAo066": 2, "kAo067": 2, "kAo068": 1},
    ),
    (
        "kAn75",
        "vi",
        "farmprofits_quail",
        "Muốn nuôi vài trăm cút trong nhà, vốn ít",
        "Tôi ở Duyên Hải, muốn nuôi khoảng 300 con cút trong nhà để lấy trứng ăn và bán, vốn ít nên muốn tự đóng lồng. "
        "Cần cách làm lồng, cho ăn và giữ vệ sinh cho gọn.",
        {"kAo125": 2, "kAo127": 2, "kAo123": 2, "kAo122": 1},
    ),
]
