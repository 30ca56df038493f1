"""Needs of the holdout87 labelled set (fire safety and fire fighting), set in Trà Vinh / Vĩnh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve, 1 = partly relevant.
"""

NEEDS = [
    # fire alarm and detection
    (
        "lKn01",
        "vi",
        "kinhtedothi",
        "Cần lắp hệ thống báo cháy tự động cho kho vải 3.000 m2",
        "Công ty may ở KCN Long Đức (Trà Vinh) có kho khung thép mái tôn hơn 3.000 m2 chứa khoảng 1.000 tấn vải thun. "
        "Mùa khô nắng nóng, gió mạnh, nếu cháy ban đêm sẽ không ai phát hiện kịp. Cần đơn vị thiết kế, lắp báo cháy "
        "tự động cho kho và khu may.",
        {"lKo001": 2, "lKo002": 2, "lKo003": 2, "lKo006": 2, "lKo005": 1, "lKo011": 1, "lKo026": 1},
    ),
    (
        "lKn02",
        "en",
        "hgsi",
        "Addressable fire alarm for a frozen seafood plant",
        "Our seafood processing plant in Duyên Hải town has two floors, cold stores, packing halls and offices. The old "
        "zone panel only says 'zone 3' and guards lose minutes searching. We want an addressable system that shows "
        "the exact detector and reports faulty devices.",
        {"lKo003": 2, "lKo004": 2, "lKo005": 2, "lKo011": 2, "lKo001": 1, "lKo006": 1},
    ),
    (
        "lKn03",
        "vi",
        "nexthome",
        "Thiết bị báo cháy gửi cảnh báo về điện thoại cho cửa hàng đóng cửa ban đêm",
        "Tôi có cửa hàng tạp hóa kiêm kho nhỏ ở thị trấn Cầu Kè, tối đóng cửa về nhà cách 3 km. Muốn gắn cảm biến "
        "khói, nhiệt, gas báo thẳng về điện thoại (tin nhắn hoặc ứng dụng) để kịp gọi người tới, chi phí vừa phải.",
        {"lKo008": 2, "lKo009": 2, "lKo010": 2, "lKo007": 1, "lKo015": 1},
    ),
    (
        "lKn04",
        "en",
        "lctech",
        "Remote smoke and heat alerts for an unattended rice warehouse",
        "A farmers' cooperative in Tiểu Cần stores paddy in a warehouse nobody watches at night. We need low-cost "
        "sensors for smoke, heat and flame that send SMS or app alerts to three members' phones and log events.",
        {"lKo009": 2, "lKo010": 2, "lKo008": 1, "lKo006": 1},
    ),
    (
        "lKn05",
        "en",
        "innxeon",
        "Fire alarm integrated with sprinklers, ventilation and emergency lighting",
        "We are building a coconut-product factory in Long Đức industrial park. The designer asks for a fire alarm that "
        "also starts sprinklers, stops ventilation fans, releases doors and turns on emergency lighting.",
        {"lKo006": 2, "lKo011": 2, "lKo003": 1, "lKo005": 1, "lKo113": 1},
    ),
    # smoke alarms for homes
    (
        "lKn06",
        "vi",
        "akia",
        "Đầu báo khói không dây cho nhà ống 3 tầng",
        "Nhà tôi ở phường 1 TP Trà Vinh là nhà ống 3 tầng, phòng ngủ trên lầu, bếp dưới trệt. Muốn lắp đầu báo khói "
        "sao cho cháy dưới bếp thì các phòng trên lầu cùng kêu, không phải đi dây nhiều.",
        {"lKo015": 2, "lKo016": 2, "lKo017": 1, "lKo019": 1},
    ),
    (
        "lKn07",
        "en",
        "siddh",
        "Keeping smoke alarms working in an elderly couple's house",
        "We installed battery smoke alarms for our parents in Vũng Liêm, but they do not know how to test them, when to "
        "change batteries or when the alarms themselves must be replaced. Looking for simple maintenance guidance.",
        {"lKo018": 2, "lKo020": 2, "lKo019": 1, "lKo016": 1},
    ),
    (
        "lKn08",
        "vi",
        "thorold",
        "Can gan bao khoi cho phong ngu nha o",
        "Nha minh o Cang Long, 2 tang, co 3 phong ngu. Muon gan may bao khoi cho phong ngu va hanh lang, loai re "
        "de tu gan, chi cach gan dung cho va kiem tra.",
        {"lKo015": 2, "lKo016": 2, "lKo019": 2, "lKo017": 1, "lKo018": 1},
    ),
    # sprinklers and pumps
    (
        "lKn09",
        "en",
        "tracel",
        "Sprinkler design for a rice and fertiliser warehouse with 8 m racks",
        "Our agricultural supply company in Trà Vinh city is building a warehouse with pallet racks about 8 m high for "
        "bagged fertiliser, plastic-wrapped goods and rice. We need a sprinkler design matched to what and how we store.",
        {"lKo021": 2, "lKo022": 2, "lKo025": 2, "lKo023": 1, "lKo024": 1, "lKo026": 1},
    ),
    (
        "lKn10",
        "vi",
        "spkt_report",
        "Nhà nghỉ 6 tầng có phải lắp chữa cháy tự động sprinkler không",
        "Chúng tôi xây nhà nghỉ 6 tầng ở thị xã Duyên Hải, tổng diện tích sàn khoảng 1.800 m2. Cần tư vấn theo tiêu "
        "chuẩn hiện hành xem có bắt buộc chữa cháy tự động, báo cháy tự động không và bố trí ra sao.",
        {"lKo026": 2, "lKo027": 1, "lKo024": 1, "lKo078": 1},
    ),
    (
        "lKn11",
        "en",
        "xaycc",
        "Sprinkler heads, alarm valve and flow switch for a small hotel",
        "A 40-room hotel in Trà Vinh city already has a design approved and a contractor; we need to source sprinkler "
        "heads, an alarm check valve, water flow indicators and pressure switches.",
        {"lKo024": 2, "lKo026": 1, "lKo030": 1, "lKo027": 1},
    ),
    (
        "lKn12",
        "vi",
        "minhmotor",
        "Máy bơm chữa cháy chạy dầu hút nước ao cho xưởng",
        "HTX ở Tiểu Cần có xưởng sơ chế cạnh ao rộng, chưa có bể nước chữa cháy. Cần máy bơm chạy dầu hút nước ao, "
        "kèm ống hút, vòi, lăng phun, khớp nối để tự chữa cháy ban đầu.",
        {"lKo031": 2, "lKo030": 1, "lKo032": 1, "lKo033": 1},
    ),
    (
        "lKn13",
        "en",
        "gptech",
        "Fire pump set with diesel standby and jockey pump",
        "Our factory in Cổ Chiên industrial park needs a fire pump room: an electric main pump, a diesel standby pump, "
        "a jockey pump keeping pressure in the pipes, and a control panel, fed from a 300 m3 tank.",
        {"lKo030": 2, "lKo033": 1, "lKo032": 1, "lKo025": 1, "lKo024": 1},
    ),
    # extinguishers and blankets
    (
        "lKn14",
        "vi",
        "dakhien",
        "Mua bình CO2, bình bột và hướng dẫn sử dụng cho quán karaoke",
        "Quán karaoke 12 phòng ở TP Vĩnh Long cần trang bị bình chữa cháy để đủ điều kiện PCCC: bình CO2 cho tủ điện, "
        "âm thanh và bình bột cho hành lang, kèm hướng dẫn nhân viên cách dùng.",
        {"lKo034": 2, "lKo036": 2, "lKo037": 2, "lKo038": 1, "lKo035": 1, "lKo041": 1},
    ),
    (
        "lKn15",
        "en",
        "techplanet",
        "Inspection, refill and pressure test of 40 extinguishers",
        "Our cooperative in Cầu Ngang bought 40 powder and CO2 extinguishers in 2019 and never serviced them. We need a "
        "company to check pressure and weight, refill, and pressure-test the cylinders that are due.",
        {"lKo039": 2, "lKo040": 2, "lKo041": 1, "lKo036": 1},
    ),
    (
        "lKn16",
        "vi",
        "onggio",
        "Binh chua chay o quan com het han can nap sac lai",
        "Quan com cua toi o Tra Cu co 4 binh bot va 1 binh CO2 mua may nam truoc, dong ho chi vach do. Can ben nhan "
        "kiem tra, nap sac lai va bao duong dinh ky.",
        {"lKo039": 2, "lKo040": 2, "lKo036": 1, "lKo037": 1, "lKo034": 1},
    ),
    (
        "lKn17",
        "en",
        "keysborough",
        "Fire blankets for oil-pan fires at night-market food stalls",
        "Food vendors at the Trà Vinh night market fry in woks and pans; several small oil fires happened last year. "
        "The market board wants fire blankets at each stall and a short session on how to use them.",
        {"lKo043": 2, "lKo042": 1, "lKo037": 1, "lKo137": 1},
    ),
]

NEEDS += [
    # coatings and fire-resistant materials
    (
        "lKn18",
        "vi",
        "dohoco",
        "Sơn chống cháy 60 phút cho nhà xưởng khung thép tiền chế",
        "Nhà xưởng khung thép tiền chế 2.000 m2 của công ty ở KCN Cổ Chiên (Trà Vinh) được yêu cầu bảo vệ kết cấu thép "
        "đạt giới hạn chịu lửa 60 phút để nghiệm thu PCCC. Cần đơn vị tính chiều dày, cung cấp và thi công sơn.",
        {"lKo044": 2, "lKo045": 2, "lKo048": 2, "lKo049": 2, "lKo052": 2, "lKo046": 1, "lKo051": 1},
    ),
    (
        "lKn19",
        "en",
        "raider",
        "How thick an intumescent coat for 90 minutes on warehouse columns",
        "A logistics company in Vĩnh Long city has steel columns of different sizes in its warehouse. The authority "
        "asks for 90 minutes of fire resistance; we need the coating thickness worked out per section and supplied.",
        {"lKo045": 2, "lKo052": 2, "lKo053": 2, "lKo047": 1, "lKo049": 1, "lKo051": 1},
    ),
    (
        "lKn20",
        "en",
        "buildwiz",
        "Fire protection records for an exposed steel beam in a restaurant",
        "We renovated a restaurant in Trà Vinh city and left a steel beam exposed for the look. Inspectors now ask what "
        "fire protection it has and for coating thickness records. We need a tested system applied and documented.",
        {"lKo049": 2, "lKo052": 2, "lKo051": 1, "lKo044": 1, "lKo046": 1, "lKo048": 1},
    ),
    (
        "lKn21",
        "vi",
        "nls_thesis",
        "Xử lý chậm cháy gỗ làm vách ngăn, ốp tường quán karaoke",
        "Xưởng mộc ở Càng Long nhận làm vách ngăn, ốp tường gỗ cho quán karaoke, nhưng chủ quán yêu cầu vật liệu "
        "khó cháy. Cần công nghệ ngâm tẩm hoặc phủ chậm cháy cho gỗ bạch đàn, gỗ tạp mà vẫn giữ độ bền.",
        {"lKo055": 2, "lKo056": 2, "lKo058": 2, "lKo050": 2, "lKo057": 1},
    ),
    (
        "lKn22",
        "en",
        "clc",
        "Fire-retardant treatment for a timber eco-homestay",
        "Our homestay on Cồn Chim islet (Châu Thành, Trà Vinh) is built of local timber and we want to keep the wood "
        "look. We are looking for a clear fire-retardant finish or impregnation that slows ignition.",
        {"lKo050": 2, "lKo055": 2, "lKo056": 2, "lKo058": 1, "lKo053": 1},
    ),
    (
        "lKn23",
        "vi",
        "khcnxd",
        "Thử nghiệm giới hạn chịu lửa cho cửa và vách ngăn tự sản xuất",
        "Doanh nghiệp ở Vĩnh Long sản xuất cửa và vách ngăn cho công trình, chủ đầu tư đòi kết quả thử nghiệm giới hạn "
        "chịu lửa trên mẫu thật theo quy định mới. Cần nơi thử nghiệm và cấp kết quả.",
        {"lKo140": 2, "lKo044": 1, "lKo058": 1, "lKo045": 1},
    ),
    # electrical safety
    (
        "lKn24",
        "vi",
        "vietbao",
        "Dãy trọ 20 phòng hay nhảy CB, dây nóng mùa hè",
        "Dãy trọ 20 phòng của tôi ở phường 5 TP Trà Vinh, mùa nắng nóng phòng nào cũng chạy máy lạnh, quạt, nồi cơm, "
        "aptomat nhảy liên tục và dây dẫn nóng. Cần người kiểm tra, tính lại tải và cải tạo hệ thống điện.",
        {"lKo059": 2, "lKo087": 2, "lKo066": 2, "lKo060": 1, "lKo062": 1, "lKo063": 1, "lKo086": 1},
    ),
    (
        "lKn25",
        "en",
        "baodongnai",
        "Breakers that detect arcing in an old furniture workshop",
        "Our furniture workshop in Long Hồ has wiring from the 1990s; cables are stapled to wooden beams and cords run "
        "under machines. Normal breakers never trip before things smell burnt. We want protection against arcing.",
        {"lKo062": 2, "lKo063": 2, "lKo064": 2, "lKo065": 1, "lKo059": 1},
    ),
    (
        "lKn26",
        "en",
        "ibhs",
        "Infrared scan of switchboards in a rice mill before the dry season",
        "A rice mill in Trà Ôn runs motors, huskers and polishers from several switchboards. The insurer asks for a "
        "yearly thermal survey; we want hot connections and overloads found while the mill runs.",
        {"lKo066": 2, "lKo067": 2, "lKo068": 2, "lKo069": 2, "lKo150": 2, "lKo065": 1},
    ),
    (
        "lKn27",
        "vi",
        "atsvn",
        "O cam trong nha hay chap, can tho kiem tra",
        "Nha toi o Tieu Can, o cam phong khach hay nong va co lan toe lua, co mui nhua khet. So chap dien gay chay, "
        "can tho den kiem tra va lap thiet bi ngat dien khi co su co.",
        {"lKo059": 2, "lKo062": 2, "lKo060": 1, "lKo064": 1},
    ),
    (
        "lKn28",
        "vi",
        "nhombanhang",
        "Khảo sát, đo nhiệt tủ điện và cải tạo điện cho chợ xã",
        "Chợ xã ở Cầu Ngang có hơn 60 sạp, tiểu thương tự câu mắc điện, nhiều mối nối trần. Ban quản lý muốn thuê "
        "khảo sát toàn bộ, đo nhiệt tủ điện, chỉ ra điểm nguy hiểm và lập kế hoạch kiểm tra định kỳ.",
        {"lKo066": 2, "lKo068": 2, "lKo135": 2, "lKo059": 1, "lKo143": 1},
    ),
    (
        "lKn29",
        "en",
        "eaton",
        "Protecting sockets from overnight e-bike charging in a boarding house",
        "Tenants of my 16-room boarding house in Bình Minh charge electric bikes overnight from extension cords. I "
        "worry about overloaded, damaged cords and want devices and a wiring setup that cut power before a fire.",
        {"lKo062": 2, "lKo063": 2, "lKo087": 2, "lKo064": 1, "lKo059": 1},
    ),
    # lightning
    (
        "lKn30",
        "vi",
        "cstc_thietbi",
        "Lắp kim thu sét và tiếp địa cho xưởng sấy lúa mái tôn",
        "Xưởng sấy lúa ở Trà Cú mái tôn cao, năm ngoái sét đánh làm cháy tủ điện và hỏng bộ điều khiển lò sấy. Cần "
        "lắp kim thu sét, dây thoát sét, cọc tiếp địa và chống sét lan truyền cho tủ điện.",
        {"lKo070": 2, "lKo072": 2, "lKo074": 2, "lKo075": 2, "lKo071": 1, "lKo073": 1},
    ),
    (
        "lKn31",
        "vi",
        "cstc_nhaxuong",
        "Kiểm định định kỳ hệ thống chống sét nhà máy thủy sản",
        "Nhà máy thủy sản ở Duyên Hải có hệ thống chống sét lắp hơn 10 năm, đoàn kiểm tra PCCC yêu cầu biên bản "
        "kiểm định và kết quả đo điện trở tiếp địa. Cần đơn vị đo và lập hồ sơ.",
        {"lKo073": 2, "lKo072": 1, "lKo077": 1, "lKo076": 1, "lKo070": 1},
    ),
    (
        "lKn32",
        "en",
        "remedies",
        "Surge protection and earthing after a school lab was hit",
        "A secondary school in Cầu Kè lost a whole computer lab and the fire alarm panel to a lightning surge. We need "
        "surge protective devices on power and network lines and a proper earthing system.",
        {"lKo074": 2, "lKo076": 2, "lKo075": 2, "lKo071": 2, "lKo077": 1, "lKo148": 1},
    ),
    (
        "lKn33",
        "en",
        "gprev",
        "Lightning rod for a tall Khmer pagoda roof",
        "A Khmer pagoda in Trà Cú has a tall, steep roof and spires above the surrounding trees and houses. The "
        "committee wants a lightning protection system with a safe path to earth.",
        {"lKo070": 2, "lKo072": 2, "lKo075": 2, "lKo074": 1, "lKo076": 1, "lKo148": 1},
    ),
    # design and approval dossiers, risk assessment
    (
        "lKn34",
        "vi",
        "cabackan",
        "Lập hồ sơ thẩm duyệt thiết kế PCCC cho nhà máy chế biến dừa",
        "Chủ đầu tư nhà máy chế biến cơm dừa, thạch dừa ở KCN Long Đức cần lập hồ sơ đề nghị thẩm duyệt thiết kế về "
        "PCCC nộp Phòng Cảnh sát PCCC tỉnh: bản vẽ, thuyết minh, giải pháp PCCC.",
        {"lKo078": 2, "lKo080": 2, "lKo091": 1, "lKo081": 1, "lKo083": 1, "lKo084": 1},
    ),
    (
        "lKn35",
        "en",
        "vncc",
        "Does a 120-child kindergarten need fire design approval",
        "We are investing in a private kindergarten for 120 children in Càng Long. Which projects fall under fire "
        "design approval, and what dossier do we need before the building permit?",
        {"lKo079": 2, "lKo078": 2, "lKo080": 1, "lKo085": 1, "lKo083": 1},
    ),
    (
        "lKn36",
        "en",
        "codecoach",
        "Check our fire protection drawings before submission",
        "Our design institute in Vĩnh Long had a hospital extension returned twice by the fire police for missing "
        "items. We want an independent reviewer to check the fire protection drawings before we resubmit.",
        {"lKo083": 2, "lKo084": 2, "lKo078": 2, "lKo085": 1},
    ),
    (
        "lKn37",
        "vi",
        "baonghean_en",
        "Thiết kế lối đi, khoảng cách ki ốt và đường cho xe chữa cháy ở chợ mới",
        "Thị xã Bình Minh chuẩn bị xây chợ mới hơn 200 ki ốt. Cần tư vấn khoảng cách giữa các dãy, lối đi, đường và "
        "bãi quay cho xe chữa cháy tiếp cận, nguồn nước chữa cháy.",
        {"lKo081": 2, "lKo085": 2, "lKo080": 1, "lKo078": 1, "lKo135": 1},
    ),
    (
        "lKn38",
        "vi",
        "hapigo",
        "Kiểm định lô bình chữa cháy, đầu báo nhập về trước khi bán",
        "Cửa hàng thiết bị PCCC ở TP Vĩnh Long vừa nhập một lô bình chữa cháy và đầu báo khói. Khách công trình đòi "
        "tem kiểm định; cần biết nơi kiểm định, lấy mẫu bao nhiêu và thủ tục.",
        {"lKo082": 2, "lKo034": 1, "lKo039": 1},
    ),
    (
        "lKn39",
        "en",
        "fireguard",
        "Fire risk assessment for an 8-room family guesthouse",
        "We run an 8-room family guesthouse in Trà Vinh city with a small kitchen. Foreign guests ask about fire "
        "safety; we want someone to walk through, list hazards and write a short assessment and plan.",
        {"lKo089": 2, "lKo090": 2, "lKo144": 2, "lKo088": 1, "lKo093": 1},
    ),
    (
        "lKn40",
        "vi",
        "ledon",
        "Đánh giá nguy cơ cháy cho cửa hàng tạp hóa có bán gas",
        "Cửa hàng tạp hóa ở Châu Thành (Trà Vinh) vừa bán hàng vừa chứa vài chục bình gas, ổ cắm nhiều, hàng chất "
        "cao. Cần người đến đánh giá nguy cơ cháy, chỉ ra việc phải sửa và cách sắp xếp.",
        {"lKo088": 2, "lKo089": 2, "lKo146": 2, "lKo090": 1, "lKo144": 1},
    ),
]

NEEDS += [
    # training, drills, commune brigades
    (
        "lKn41",
        "vi",
        "lienqia",
        "Huấn luyện đội dân phòng và tổ liên gia an toàn PCCC cấp xã",
        "Xã ở Cầu Ngang muốn thành lập các tổ liên gia an toàn PCCC, huấn luyện đội dân phòng biết báo cháy, cắt điện, "
        "dùng bình và vòi tại chỗ, cứu người và tổ chức thực tập phương án buổi tối.",
        {"lKo092": 2, "lKo094": 2, "lKo100": 2, "lKo099": 1, "lKo108": 1},
    ),
    (
        "lKn42",
        "en",
        "performx",
        "Training volunteer night-watch teams with few resources",
        "Commune police in Trà Cú want to train volunteer teams in hamlets far from the fire station, with portable "
        "pumps and hoses, using evening drills. Budget and trainers are limited.",
        {"lKo092": 2, "lKo100": 2, "lKo099": 1, "lKo031": 1, "lKo108": 1},
    ),
    (
        "lKn43",
        "en",
        "acefire",
        "Fire wardens and twice-yearly evacuation drills for 800 workers",
        "A garment factory in Long Đức industrial park employs 800 workers on two shifts. We need fire wardens trained "
        "per line and evacuation drills twice a year with roll calls at the assembly point.",
        {"lKo096": 2, "lKo097": 2, "lKo098": 2, "lKo095": 1, "lKo093": 1},
    ),
    (
        "lKn44",
        "vi",
        "luat2001",
        "Lập và thực tập phương án chữa cháy cho homestay",
        "Homestay 10 phòng ở Cồn Chim được nhắc phải có phương án chữa cháy của cơ sở được duyệt và thực tập định kỳ. "
        "Cần người soạn phương án đúng mẫu và hướng dẫn thực tập.",
        {"lKo093": 2, "lKo094": 1, "lKo097": 1, "lKo092": 1},
    ),
    (
        "lKn45",
        "vi",
        "nfpa_school",
        "Truong tieu hoc muon dien tap thoat nan chay cho hoc sinh",
        "Truong tieu hoc o Cau Ke co 600 hoc sinh, chua bao gio dien tap chay. Can chuong trinh huong dan giao vien "
        "to chuc thoat nan, diem danh, ghi thoi gian va rut kinh nghiem.",
        {"lKo102": 2, "lKo103": 2, "lKo101": 1, "lKo097": 1},
    ),
    (
        "lKn46",
        "en",
        "k12_0685",
        "Teaching kindergarten children to react to the fire alarm",
        "A kindergarten in Vĩnh Long city wants 4-5 year olds to know the alarm sound, two ways out of their classroom "
        "and where to meet outside, through short lessons with teachers.",
        {"lKo101": 2, "lKo102": 1, "lKo103": 1, "lKo097": 1},
    ),
    (
        "lKn47",
        "en",
        "risktraining",
        "Evacuation marshals for a district hospital",
        "The district hospital in Tiểu Cần has bedridden patients on upper floors. We need staff trained as "
        "evacuation marshals who know assembly areas, buddy systems and how to account for everyone.",
        {"lKo096": 2, "lKo095": 2, "lKo098": 1, "lKo097": 1},
    ),
    # rescue and escape equipment
    (
        "lKn48",
        "vi",
        "dnhd",
        "Thang dây, mặt nạ thoát hiểm cho nhà trọ một cầu thang",
        "Nhà trọ 4 tầng ở phường 7 TP Trà Vinh nằm trong hẻm, chỉ có một cầu thang, tầng trệt để xe máy. Muốn trang bị "
        "thang dây, ba lô thoát hiểm và mặt nạ phòng khói cho các phòng trên lầu.",
        {"lKo105": 2, "lKo106": 2, "lKo109": 2, "lKo110": 2, "lKo086": 1, "lKo141": 1},
    ),
    (
        "lKn49",
        "en",
        "vtv_balo",
        "Window escape ladders for a three-storey shop-house",
        "Our family lives above the shop in a three-storey house in Vĩnh Long city; the stair passes the shop where a "
        "fire would likely start. We want escape ladders for the bedroom windows.",
        {"lKo109": 2, "lKo110": 2, "lKo111": 2, "lKo105": 1},
    ),
    (
        "lKn50",
        "vi",
        "ecobuild",
        "Mặt nạ phòng độc, quần áo chống cháy cho đội PCCC cơ sở",
        "Đội PCCC cơ sở của HTX chế biến ở Càng Long cần trang bị mặt nạ phòng độc, quần áo và găng tay chống cháy "
        "để vào khu khói cứu người và dập cháy ban đầu.",
        {"lKo106": 2, "lKo107": 2, "lKo108": 1, "lKo105": 1},
    ),
    (
        "lKn51",
        "en",
        "fireline",
        "Exit signs and emergency lights that fail in power cuts",
        "A supermarket in Trà Vinh city found half its exit signs dark during a power cut. We want a service that "
        "tests them monthly, checks batteries and keeps records.",
        {"lKo114": 2, "lKo113": 1, "lKo006": 1},
    ),
    (
        "lKn52",
        "en",
        "cintas",
        "Emergency lighting and smoke masks for a karaoke bar",
        "A karaoke bar in Vĩnh Long has dark, maze-like corridors. After inspection we must add emergency lighting "
        "kept in working order and smoke masks for guests to escape.",
        {"lKo113": 2, "lKo106": 2, "lKo107": 1, "lKo114": 1},
    ),
    # rice mills
    (
        "lKn53",
        "vi",
        "danviet_la",
        "Phòng cháy ngầm kho trấu, cám của nhà máy xay xát",
        "Nhà máy xay xát ở Trà Ôn có kho trấu, cám nghiền khoảng 500 m2 cạnh sông. Lửa trong trấu cháy âm ỉ rất khó "
        "dập. Cần giải pháp phát hiện sớm và phương tiện chữa cháy lấy nước sông.",
        {"lKo118": 2, "lKo031": 2, "lKo115": 1, "lKo067": 1, "lKo117": 1},
    ),
    (
        "lKn54",
        "en",
        "plo_la",
        "Dust extraction for combustible dust in a rice mill",
        "Our rice mill in Tam Bình has dusty husking and polishing lines, bran and dust everywhere. We fear a dust "
        "fire or explosion and want a dust collection system designed for combustible rice dust.",
        {"lKo115": 2, "lKo117": 2, "lKo116": 1, "lKo119": 1, "lKo121": 1},
    ),
    (
        "lKn55",
        "vi",
        "vusta_say",
        "Lo say lua dot trau cua HTX tung bi chay",
        "HTX o Cau Ke co lo say lua dot trau, nam roi lua tu buong dot bat vao kho trau ben canh. Can cach danh gia "
        "nguy co chay, bui trau quanh lo say va cach phong ngua.",
        {"lKo118": 2, "lKo119": 2, "lKo116": 1, "lKo031": 1},
    ),
    (
        "lKn56",
        "en",
        "nghean_trau",
        "Preventing fires in a rice-husk briquette workshop",
        "A workshop in Càng Long presses rice husk into fuel logs; the shed is full of loose husk around hot presses. A "
        "similar workshop burned down. We want advice to stop husk fires starting and spreading.",
        {"lKo118": 2, "lKo115": 1, "lKo119": 1, "lKo036": 1, "lKo031": 1},
    ),
    (
        "lKn57",
        "vi",
        "millsarchive",
        "Đánh giá nguy cơ nổ bụi cho nhà máy lau bóng gạo",
        "Nhà máy lau bóng gạo xuất khẩu ở Vĩnh Long có silo, gàu tải, băng tải kín. Cần đánh giá nguy cơ nổ bụi và "
        "giải pháp hút bụi, cách ly khi có nổ.",
        {"lKo118": 2, "lKo119": 2, "lKo115": 2, "lKo117": 1, "lKo116": 1},
    ),
    # coconut fibre
    (
        "lKn58",
        "vi",
        "vov_xodua",
        "Phương án PCCC trọn gói cho cơ sở chỉ xơ dừa",
        "Cơ sở chế biến chỉ xơ dừa ở Tiểu Cần chứa hàng trăm tấn xơ, chưa mua bảo hiểm cháy nổ. Cần phương án PCCC "
        "gồm bình chữa cháy, máy bơm, báo cháy và phương án chữa cháy cơ sở.",
        {"lKo031": 2, "lKo001": 2, "lKo093": 2, "lKo036": 1, "lKo030": 1},
    ),
    (
        "lKn59",
        "en",
        "hindu_ambur",
        "Coir drying yard next to a transformer",
        "Our coir unit in Châu Thành (Trà Vinh) dries around 30 t of fibre in an open shed beside a transformer. We "
        "want the electrical installation checked for hot spots and faults that could ignite the fibre.",
        {"lKo066": 2, "lKo067": 2, "lKo068": 2, "lKo059": 1, "lKo142": 1},
    ),
    (
        "lKn60",
        "en",
        "nie_thoot",
        "Monitoring self-heating in a coir pith warehouse",
        "An exporter in Trà Vinh keeps about 3,000 t of coir pith in a warehouse; stock has self-heated before. We want "
        "temperature and smoke sensors that alert staff by phone at night, and standby water.",
        {"lKo008": 2, "lKo010": 2, "lKo118": 1, "lKo030": 1, "lKo021": 1},
    ),
    (
        "lKn61",
        "vi",
        "barkur",
        "Kiểm tra điện và trang bị bình cho xưởng đệm xơ dừa",
        "Xưởng làm đệm, dây xơ dừa ở Càng Long có 30 công nhân, kho chứa khoảng 50 tấn xơ chờ xuất. Lo chập điện gây "
        "cháy; cần kiểm tra hệ thống điện và trang bị bình chữa cháy phù hợp.",
        {"lKo059": 2, "lKo066": 2, "lKo036": 2, "lKo060": 1, "lKo142": 1},
    ),
    (
        "lKn62",
        "en",
        "hindu_coimb",
        "On-site water supply for a coir mill far from hydrants",
        "A coir mill in Cầu Ngang stores husks and processed fibre in the open, far from hydrants; the fire truck would "
        "run dry quickly. We want an on-site pump, hoses and nozzles drawing from a tank or canal.",
        {"lKo030": 2, "lKo031": 2, "lKo025": 1, "lKo032": 1},
    ),
    (
        "lKn63",
        "en",
        "frtek",
        "Fire-fighting system for a coco peat fertiliser plant",
        "Our coco peat and organic fertiliser plant of 4,000 m2 in Trà Vinh has no hydrants or fixed fire-fighting "
        "system. We need a water supply with fire pumps and hose lines covering the stockpiles.",
        {"lKo030": 2, "lKo031": 2, "lKo024": 1, "lKo001": 1, "lKo026": 1},
    ),
]

NEEDS += [
    # timber workshops
    (
        "lKn64",
        "vi",
        "dcs_go",
        "Hút bụi và phòng cháy cho xưởng mộc nhiều mùn cưa",
        "Xưởng mộc ở Long Hồ (Vĩnh Long) có cưa, bào, chà nhám; mùn cưa và bụi gỗ bám khắp máy và mái. Cần hệ thống "
        "hút bụi an toàn cháy nổ và hướng dẫn vệ sinh, tiếp đất để tránh tia lửa.",
        {"lKo127": 2, "lKo128": 2, "lKo130": 2, "lKo129": 1, "lKo149": 1},
    ),
    (
        "lKn65",
        "vi",
        "baomoi_bd",
        "Phòng nổ, cháy lò sấy mùn cưa làm viên nén",
        "Cơ sở làm viên nén mùn cưa ở Vũng Liêm có lò sấy mùn cưa và đường ống hút; nơi khác từng nổ lò sấy bắn tia "
        "lửa cháy cả xưởng. Cần giải pháp ngăn tia lửa vào đường ống và cách ly nổ.",
        {"lKo127": 2, "lKo117": 2, "lKo131": 1, "lKo128": 1, "lKo116": 1},
    ),
    (
        "lKn66",
        "en",
        "baophutho",
        "Checking kilns, wiring and extinguishers in a veneer plant",
        "After a large fire at a veneer and plywood company elsewhere, our plant in Vĩnh Long was told to check heat-"
        "generating equipment such as dryers, keep extinguishers on site and control dust in production.",
        {"lKo131": 2, "lKo036": 2, "lKo128": 2, "lKo066": 1, "lKo095": 1},
    ),
    (
        "lKn67",
        "en",
        "egmont",
        "Spark-safe dust extraction for salvaged timber",
        "A furniture workshop in Trà Vinh city reuses old timber full of nails; sparks sometimes fly into the ducting. "
        "We want an extraction setup, grounding and cleaning routine that keeps a spark from becoming a fire.",
        {"lKo128": 2, "lKo130": 2, "lKo129": 2, "lKo127": 1, "lKo149": 1},
    ),
    # markets
    (
        "lKn68",
        "vi",
        "ictvn",
        "Kiểm tra điện, bình chữa cháy và tập huấn tiểu thương chợ",
        "Ban quản lý một chợ ở TP Trà Vinh: ki ốt sát nhau, dây điện chằng chịt, nhiều sạp thắp hương, bật đèn bàn "
        "thờ cả đêm. Cần kiểm tra điện, trang bị bình chữa cháy và tập huấn tiểu thương.",
        {"lKo135": 2, "lKo136": 2, "lKo143": 2, "lKo037": 2, "lKo059": 1},
    ),
    (
        "lKn69",
        "en",
        "baonghean_en",
        "Fire safety plan and vendor drills for a crowded market",
        "A market in Vĩnh Long city has tarpaulins linking stalls, aisles blocked by goods and rusty sockets. The board "
        "wants a fire safety plan, clear aisles and drills with the vendors.",
        {"lKo135": 2, "lKo136": 2, "lKo143": 2, "lKo097": 1},
    ),
    (
        "lKn70",
        "vi",
        "vov_cho",
        "Lắp báo cháy cho khu vải, may mặc trong chợ",
        "Chợ Cầu Kè có khu bán vải, quần áo rất dễ cháy, đèn báo cháy cũ đã hỏng. Ban quản lý cần lắp lại hệ thống "
        "báo cháy tự động cho khu này.",
        {"lKo001": 2, "lKo002": 2, "lKo006": 2, "lKo135": 1},
    ),
    # boarding houses, warehouses, homes, gas
    (
        "lKn71",
        "vi",
        "svvn",
        "Gói PCCC trọn bộ cho dãy trọ sinh viên",
        "Dãy trọ 15 phòng gần Trường ĐH Trà Vinh, sinh viên nấu ăn trong phòng, xe để dưới lối đi chung. Chủ trọ cần "
        "trọn gói: báo cháy, bình chữa cháy, lối thoát thứ hai và kiểm tra điện.",
        {"lKo086": 2, "lKo087": 2, "lKo015": 1, "lKo037": 1, "lKo109": 1},
    ),
    (
        "lKn72",
        "en",
        "doithicong",
        "Compliance package for a 30-tenant boarding house",
        "My boarding house near Trà Vinh University has 30 tenants who cook in their rooms with mini gas stoves. I want "
        "a package covering hazards, equipment and a written assessment.",
        {"lKo087": 2, "lKo089": 2, "lKo086": 1, "lKo015": 1},
    ),
    (
        "lKn73",
        "en",
        "gmfurniture",
        "LPG leak detection and cylinder placement in a bakery",
        "A bakery in Trà Vinh city keeps three LPG cylinders in a cabinet under the counter. We want a gas leak alarm, "
        "advice on where to put the cylinders and what staff should do in a leak.",
        {"lKo137": 2, "lKo138": 2, "lKo147": 2, "lKo139": 1, "lKo010": 1},
    ),
    (
        "lKn74",
        "vi",
        "nguoiduatin",
        "Bình chữa cháy và báo cháy cho vựa thu mua tôm",
        "Vựa thu mua tôm ở Duyên Hải chứa hàng ngàn thùng xốp, xe tải đậu bên trong, nhà ở liền kề. Cần trang bị bình "
        "chữa cháy và báo cháy để phát hiện sớm lúc rạng sáng.",
        {"lKo036": 2, "lKo001": 2, "lKo002": 2, "lKo006": 2, "lKo037": 1},
    ),
    (
        "lKn75",
        "vi",
        "pmeng",
        "Kho phan bon can he thong chua chay tu dong",
        "Kho phan bon va thuoc bao ve thuc vat o Tra On cao 9 m, hang xep tren ke. Can thiet ke he thong chua chay "
        "tu dong sprinkler phu hop loai hang va cach xep.",
        {"lKo026": 2, "lKo022": 2, "lKo023": 2, "lKo021": 1},
    ),
]
