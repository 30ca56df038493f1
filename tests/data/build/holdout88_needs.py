"""Needs of the holdout88 labelled set, set in Trà Vinh / Vĩnh Long, with graded offers; see make_holdout88.py."""

NEEDS = [
    # --- electric motorbikes for delivery ---
    (
        "lLn01",
        "vi",
        "leva",
        "Chuyển đội 15 xe máy giao hàng sang xe máy điện",
        "Công ty giao hàng ở TP Trà Vinh đang chạy 15 xe máy xăng, muốn chuyển dần sang xe máy điện chở hàng để giảm "
        "tiền xăng. Cần xe đủ tải và tầm chạy cho ca dài, kèm cách nạp năng lượng không phải chờ sạc nhiều giờ.",
        {"lLo004": 2, "lLo002": 2, "lLo001": 2, "lLo003": 2, "lLo006": 1, "lLo047": 1, "lLo051": 1},
    ),
    (
        "lLn02",
        "en",
        "zncharge",
        "E-motorbikes for a courier cooperative whose riders rent rooms",
        "A courier cooperative in Vĩnh Long city wants to move its riders to electric motorbikes, but more than 60% "
        "of them rent rooms and only about a third could charge overnight at home. The bikes must come with a way "
        "to get energy without home charging.",
        {"lLo001": 2, "lLo003": 2, "lLo006": 2, "lLo004": 2, "lLo065": 1, "lLo047": 1, "lLo051": 1, "lLo154": 1},
    ),
    (
        "lLn03",
        "vi",
        "englishwork",
        "Thuê xe hoặc thuê pin để người giao hàng chuyển sang xe điện",
        "Hộ kinh doanh giao hàng ở Vũng Liêm có thu nhập 12–15 triệu đồng/tháng nên không đủ tiền mua xe máy điện "
        "mới. Cần mô hình thuê xe máy điện hoặc thuê pin trả theo tháng để chuyển khỏi xe xăng.",
        {"lLo001": 2, "lLo051": 2, "lLo002": 1, "lLo004": 1},
    ),
    (
        "lLn04",
        "vi",
        "theinv",
        "Can xe may dien cho shipper o Tra Cu",
        "Minh lam shipper o Tra Cu, ngay cho hang khoang 100 kg, chay 100 km tren duong huyen. Can tu van mua xe may "
        "dien cho hang tot, gia duoi 40 trieu, sac o nha tro duoc khong.",
        {"lLo004": 2, "lLo006": 1, "lLo002": 1, "lLo001": 1},
    ),
    (
        "lLn05",
        "en",
        "leva",
        "Study and pilot for moving goods carriers to electric two-wheelers",
        "The transport department of Vĩnh Long wants an analysis of two-wheeler traffic and incomes and a pilot in "
        "which motorbike goods carriers try electric bikes, to decide on local support before a 2030 target.",
        {"lLo007": 2, "lLo002": 2, "lLo005": 1},
    ),
    (
        "lLn06",
        "en",
        "dtswap2",
        "Electric motorbikes for rural postal rounds in Cầu Ngang",
        "Cities are setting dates to restrict petrol motorbikes and swap stations are spreading. The district post "
        "office in Cầu Ngang wants compact electric motorbikes for postmen on rural rounds and a place to exchange "
        "batteries at the office, instead of petrol bikes.",
        {"lLo006": 2, "lLo001": 2, "lLo003": 2, "lLo004": 1, "lLo044": 1, "lLo052": 1},
    ),
    # --- electric three-wheelers for farm transport ---
    (
        "lLn07",
        "vi",
        "baomoi3b",
        "Xe ba bánh điện thay xe ba gác tự chế chở rau ra chợ",
        "Hợp tác xã rau màu ở Cầu Kè đang chở rau bằng xe ba gác tự chế, bị cấm lưu thông. Cần xe ba bánh điện chở "
        "khoảng 500 kg ra chợ huyện trên đường đal hẹp, giá vừa túi nông dân.",
        {"lLo011": 2, "lLo013": 2, "lLo014": 2, "lLo015": 2, "lLo012": 1, "lLo017": 1},
    ),
    (
        "lLn08",
        "en",
        "baomoi3b",
        "Electric cargo tricycles for a longan cooperative",
        "A longan growers' cooperative in Long Hồ wants electric cargo tricycles to move fruit crates from orchards to "
        "the packing shed. It needs advice on load rating and on lead-acid versus lithium batteries, and must charge "
        "overnight from an ordinary socket in the shed.",
        {"lLo012": 2, "lLo011": 2, "lLo013": 2, "lLo014": 2, "lLo015": 2, "lLo082": 1},
    ),
    (
        "lLn09",
        "vi",
        "sinobd",
        "Can xe ba banh dien cho phan bon va lua giong ra ruong",
        "Nha em o Tieu Can, can xe ba banh chay dien cho phan bon, lua giong, nong cu ra ruong, tai khoang 500 kg, "
        "chay duong dat go ghe, sac mot lan di duoc 60-80 km.",
        {"lLo011": 2, "lLo015": 2, "lLo014": 2, "lLo013": 2, "lLo012": 2, "lLo017": 1},
    ),
    (
        "lLn10",
        "en",
        "sino3w",
        "Three-wheeler carrying both villagers and market goods",
        "A cooperative in Trà Cú wants a battery three-wheeler that takes 4–6 villagers and their produce to the "
        "market on narrow hamlet roads, with a roof against rain and low running cost.",
        {"lLo017": 2, "lLo011": 1, "lLo014": 1},
    ),
    (
        "lLn11",
        "en",
        "chiswick",
        "Cargo e-bike or e-trike for 300 kg of vegetables?",
        "A vegetable wholesaler at a market in Vĩnh Long city delivers about 300 kg per trip to restaurants and asks "
        "for an electric vehicle that can carry it through narrow streets; a cargo bike may be too small.",
        {"lLo013": 2, "lLo011": 2, "lLo014": 2, "lLo019": 1, "lLo020": 1, "lLo022": 1, "lLo018": 1},
    ),
    # --- e-bikes and cargo e-bikes ---
    (
        "lLn12",
        "en",
        "ecoigloo",
        "Cargo e-bikes for a bakery's town deliveries",
        "A bakery in Trà Vinh city wants two or three cargo e-bikes for morning deliveries to cafés within the town, "
        "replacing a motorbike, and wants to know if they pay back.",
        {"lLo019": 2, "lLo022": 2, "lLo020": 2, "lLo021": 2, "lLo018": 1},
    ),
    (
        "lLn13",
        "vi",
        "autodiy",
        "Xe đạp điện chở hàng giao hoa trong nội ô",
        "Cửa hàng hoa ở TP Vĩnh Long muốn dùng xe đạp điện chở hàng để giao hoa trong nội ô, đỡ phải tìm chỗ đậu và "
        "tốn xăng như xe máy.",
        {"lLo021": 2, "lLo019": 2, "lLo022": 2, "lLo020": 1, "lLo023": 1},
    ),
    (
        "lLn14",
        "vi",
        "ploxd",
        "Mua xe đạp điện cho học sinh nghèo",
        "Trường THPT ở Tam Bình muốn mua 20 xe đạp điện chính hãng tặng học sinh nhà xa, loại nhẹ, tốc độ thấp, an "
        "toàn cho học sinh.",
        {"lLo023": 2, "lLo083": 1},
    ),
    (
        "lLn15",
        "en",
        "johnny",
        "Kits to convert donated bicycles into e-bikes",
        "The youth union in Châu Thành (Trà Vinh) collects donated bicycles and wants motor-and-battery kits to turn "
        "them into e-bikes for students who ride far.",
        {"lLo025": 2, "lLo024": 1, "lLo079": 1},
    ),
    (
        "lLn16",
        "vi",
        "qstore",
        "Bảo dưỡng đội xe đạp điện cho thuê trên cù lao",
        "Hợp tác xã cho khách du lịch thuê xe đạp điện trên cù lao An Bình (Long Hồ) cần thợ bảo dưỡng định kỳ: xe "
        "trợ lực yếu, bình không giữ điện, tay ga chập chờn.",
        {"lLo024": 2, "lLo117": 2, "lLo121": 2, "lLo120": 2, "lLo023": 1},
    ),
    # --- electric boats and canoes ---
    (
        "lLn17",
        "vi",
        "tuhaoviet",
        "Xuồng năng lượng mặt trời chở khách ngắm cò",
        "Hợp tác xã du lịch ở Cồn Chim (Châu Thành, Trà Vinh) cần 3–4 xuồng chạy năng lượng mặt trời chở 6–9 khách, "
        "chạy êm để không làm chim cò hoảng, thay cho ghe máy nổ.",
        {"lLo027": 2, "lLo028": 2, "lLo029": 2, "lLo152": 2, "lLo037": 2, "lLo036": 1, "lLo026": 1},
    ),
    (
        "lLn18",
        "en",
        "pingie",
        "Convert petrol long-tail canoes to solar-electric",
        "Farmers in Trà Cú travel to their fields by small canoe with a petrol long-tail motor and are hit by fuel "
        "prices. They want to convert the canoes to electric drive charged by solar panels.",
        {"lLo026": 2, "lLo030": 2, "lLo153": 1, "lLo031": 1, "lLo152": 1},
    ),
    (
        "lLn19",
        "en",
        "traversing",
        "Electric canoes for homestay guests on small canals",
        "An eco-homestay on Cù lao Mây (Trà Ôn) wants a few quiet electric canoes or small boats with electric "
        "outboards for guests exploring narrow canals.",
        {"lLo031": 2, "lLo034": 2, "lLo153": 2, "lLo036": 1, "lLo032": 1},
    ),
    (
        "lLn20",
        "vi",
        "traversing",
        "Can binh dien cho may dien gan xuong cau",
        "Nha o Cau Ngang co xuong cau gan may dien ngoai, muon mua binh/pin chay duoc 4 tieng, khong biet chon 12V hay "
        "24V, bao nhieu Ah, binh chi hay lithium.",
        {"lLo033": 2, "lLo032": 2, "lLo035": 2, "lLo153": 1},
    ),
    (
        "lLn21",
        "en",
        "nongthon",
        "Technical partner to build solar tourist boats",
        "A boatyard in Mang Thít wants a partner who knows solar panels, electric drives and propellers to start "
        "building solar tourist boats for river tours in the province.",
        {"lLo029": 2, "lLo028": 2, "lLo027": 2, "lLo152": 2, "lLo030": 1},
    ),
    (
        "lLn22",
        "vi",
        "sgtiepthi",
        "Thay ghe máy nổ đưa khách tham quan cù lao bằng thuyền điện",
        "Công ty lữ hành ở Vĩnh Long đưa khách từ bến ra cù lao bằng ghe máy nổ ồn và khói. Muốn thay bằng thuyền chạy "
        "điện hoặc năng lượng mặt trời chở 8–10 khách.",
        {"lLo027": 2, "lLo028": 2, "lLo029": 2, "lLo037": 2, "lLo152": 2, "lLo036": 1},
    ),
    (
        "lLn23",
        "en",
        "phunu",
        "Quiet electric drive for canal tour boats",
        "A tour operator in Trà Vinh city runs 10 small boats on the town canals and wants small electric motors and "
        "batteries so guests travel without engine noise.",
        {"lLo034": 2, "lLo031": 2, "lLo153": 2, "lLo032": 1, "lLo033": 1, "lLo035": 1},
    ),
    # --- battery swapping ---
    (
        "lLn24",
        "vi",
        "davidsilver",
        "Đặt tủ đổi pin xe máy điện tại cửa hàng tạp hóa",
        "Chuỗi ba cửa hàng tạp hóa ở thị trấn Tiểu Cần muốn đặt tủ đổi pin xe máy điện để có thêm khách và thu nhập, "
        "cần đơn vị cung cấp tủ và vận hành.",
        {"lLo052": 2, "lLo053": 2, "lLo045": 2, "lLo046": 2, "lLo044": 1, "lLo054": 1},
    ),
    (
        "lLn25",
        "en",
        "vimarsana",
        "Swap network to cut downtime of a 40-scooter delivery fleet",
        "A delivery startup in Vĩnh Long city runs 40 e-scooters whose riders wait hours for charging. It wants a "
        "battery-swap setup with spare packs charged centrally.",
        {"lLo047": 2, "lLo048": 2, "lLo154": 2, "lLo045": 1, "lLo050": 1, "lLo001": 1},
    ),
]

NEEDS += [
    (
        "lLn26",
        "en",
        "leva",
        "Hosting swap cabinets at a petrol station chain",
        "A petrol station owner with four stations along the national road in Trà Vinh wants to host battery-swap "
        "cabinets for electric motorbikes and is looking for a network that supplies and runs them.",
        {"lLo052": 2, "lLo053": 2, "lLo045": 2, "lLo054": 1, "lLo047": 1},
    ),
    (
        "lLn27",
        "vi",
        "zncharge",
        "Thuê pin theo tháng cho hợp tác xã xe ôm",
        "Hợp tác xã xe ôm ở Bình Minh muốn chuyển sang xe máy điện nhưng xã viên không muốn bỏ tiền mua pin và không "
        "có chỗ sạc; cần dịch vụ thuê pin, đổi pin trả theo tháng.",
        {"lLo051": 2, "lLo001": 2, "lLo053": 1, "lLo065": 1},
    ),
    (
        "lLn28",
        "en",
        "davidsilver",
        "Fire-safe battery swap cabinet for a postal hub",
        "A parcel hub in Duyên Hải wants a battery-swap cabinet for its delivery e-bikes but requires fire and "
        "thermal protection and automatic cut-off because it stands inside the sorting hall.",
        {"lLo045": 2, "lLo046": 1, "lLo047": 1, "lLo093": 1},
    ),
    (
        "lLn29",
        "vi",
        "englishwork",
        "Hoi chi phi doi pin xe may dien",
        "O Duyen Hai chua co tram doi pin. Minh muon biet doi pin xe may dien mat bao nhieu tien mot lan, co thue pin "
        "theo thang duoc khong, de tinh co nen mua xe dien.",
        {"lLo044": 2, "lLo051": 2, "lLo053": 1, "lLo049": 1},
    ),
    # --- charging stations, solar charging ---
    (
        "lLn30",
        "vi",
        "vnnettesla",
        "Trạm sạc xe máy điện dùng điện mặt trời cho xã cù lao",
        "UBND một xã cù lao ở Châu Thành (Trà Vinh) có lưới điện yếu, muốn lắp trạm sạc xe máy điện công cộng dùng "
        "điện mặt trời và pin lưu trữ để sạc được cả buổi tối.",
        {"lLo056": 2, "lLo058": 2, "lLo061": 2, "lLo055": 2, "lLo072": 1, "lLo062": 1},
    ),
    (
        "lLn31",
        "en",
        "congthuong",
        "Solar-backed charging points for e-motorbikes at a petrol station",
        "A petrol station in Càng Long wants charging points for electric motorbikes and e-bikes under a solar roof, "
        "using grid power when the sun is weak.",
        {"lLo056": 2, "lLo058": 2, "lLo061": 2, "lLo072": 1, "lLo059": 1},
    ),
    (
        "lLn32",
        "en",
        "solarroof",
        "Size rooftop solar to charge two e-scooters at home",
        "A household in Cầu Kè plans rooftop solar and wants it sized so that it also charges two electric scooters "
        "used every day, besides the house load.",
        {"lLo063": 2, "lLo068": 1, "lLo058": 1, "lLo060": 1},
    ),
    (
        "lLn33",
        "vi",
        "hoangdat",
        "Tấm pin mặt trời gắn trên xe máy điện để sạc khi đậu ngoài đồng",
        "Nông dân xã Hùng Hòa (Tiểu Cần) đi xe máy điện ra ruộng cả ngày, muốn gắn tấm pin mặt trời làm mái che trên "
        "xe để vừa che nắng vừa sạc thêm cho pin khi xe đậu.",
        {"lLo060": 2, "lLo056": 1},
    ),
    (
        "lLn34",
        "en",
        "kenya",
        "Off-grid solar charging for e-bikes on an islet hamlet",
        "A fishing hamlet on an islet off Duyên Hải has no grid line. Households want an off-grid solar station with "
        "battery storage to charge e-bikes and phones.",
        {"lLo061": 2, "lLo056": 2, "lLo058": 1, "lLo064": 1, "lLo136": 1, "lLo062": 1},
    ),
    (
        "lLn35",
        "vi",
        "vnplus",
        "Chỗ sạc tập trung an toàn cho dãy trọ công nhân",
        "Chủ dãy trọ 40 phòng gần khu công nghiệp Long Đức (TP Trà Vinh) cấm sạc xe trong phòng vì sợ cháy, cần giải "
        "pháp sạc pin rời tập trung, có tủ chống cháy.",
        {"lLo065": 2, "lLo158": 2, "lLo093": 2, "lLo097": 1, "lLo099": 1, "lLo100": 1},
    ),
    (
        "lLn36",
        "en",
        "zephyr",
        "Software to run 20 public chargers from different makers",
        "An electricity services cooperative in Vĩnh Long plans 20 public chargers of several brands and needs one "
        "system to monitor them, start and stop sessions and take payments.",
        {"lLo066": 2, "lLo061": 1},
    ),
    (
        "lLn37",
        "vi",
        "hoangdat",
        "Trạm sạc mái pin mặt trời ở bãi giữ xe chợ",
        "Bãi giữ xe chợ Trà Ôn muốn lắp trạm sạc cho xe máy điện có mái che lắp pin mặt trời, sạc chậm cho tiểu thương "
        "gửi xe cả ngày, dùng thêm điện lưới khi cần.",
        {"lLo058": 2, "lLo056": 2, "lLo072": 2, "lLo055": 2, "lLo061": 1},
    ),
    # --- lithium battery packs ---
    (
        "lLn38",
        "vi",
        "vietbaopin",
        "Thay ắc quy chì bằng pin LFP cho xe đạp điện của khách",
        "Cửa hàng xe điện ở Mang Thít muốn nhận nâng cấp ắc quy chì sang pin lithium LFP cho xe đạp điện, xe máy điện "
        "của khách để xe chạy xa hơn và bền hơn.",
        {"lLo082": 2, "lLo083": 1, "lLo073": 1, "lLo077": 1},
    ),
    (
        "lLn39",
        "en",
        "tinxe",
        "Assembling 48 V 18650 packs for e-bikes",
        "A battery workshop in Trà Vinh city wants to start assembling 48 V e-bike packs from 18650 cells: layout, "
        "spot welding, BMS and testing.",
        {"lLo077": 2, "lLo076": 2, "lLo078": 2, "lLo079": 2, "lLo088": 1, "lLo081": 1},
    ),
    (
        "lLn40",
        "vi",
        "godeal",
        "Đóng pin lithium 60 V bền cho xe máy điện cũ",
        "Tiệm xe ở Vũng Liêm cần đóng pin lithium 60 V thay cho bộ ắc quy đã chai của xe máy điện cũ, muốn pin bền "
        "khoảng 2.000 chu kỳ.",
        {"lLo082": 2, "lLo077": 1, "lLo073": 1, "lLo076": 1},
    ),
    (
        "lLn41",
        "en",
        "savvy",
        "Trusted cells and cell matching for a small pack assembler",
        "A small pack assembler in Vĩnh Long had packs fail from fake or mismatched cells. It needs a reliable way to "
        "source genuine cells and to test and match capacity and internal resistance before building.",
        {"lLo081": 2, "lLo101": 2, "lLo102": 2, "lLo155": 2, "lLo076": 1},
    ),
    (
        "lLn42",
        "vi",
        "tinxe",
        "Chọn pin LFP hay NMC cho xe máy điện chở hàng",
        "Đại lý xe máy điện ở Trà Ôn bán cho người chở hàng nặng, cần tư vấn chọn loại pin LFP hay NMC và hướng dẫn "
        "khách sạc đúng để pin bền.",
        {"lLo086": 2, "lLo073": 2, "lLo082": 1, "lLo080": 1},
    ),
    (
        "lLn43",
        "en",
        "vnnetacq",
        "Lithium instead of lead-acid for electric rickshaws",
        "Owners of electric three-wheelers in Duyên Hải replace their lead-acid batteries every year or two and want "
        "lithium batteries that last longer and go farther per charge.",
        {"lLo082": 2, "lLo083": 1, "lLo012": 1, "lLo077": 1},
    ),
    (
        "lLn44",
        "en",
        "primidi",
        "Training packs for a college battery lab",
        "The technical college in Trà Vinh wants to build small e-bike battery packs with students in its lab and "
        "needs practical build instructions and safe designs.",
        {"lLo079": 2, "lLo078": 2, "lLo077": 2, "lLo076": 1},
    ),
    # --- battery management and safety ---
    (
        "lLn45",
        "en",
        "caithness",
        "Open BMS firmware with CAN for our motor controller",
        "A pack maker in Long Hồ wants BMS firmware it can adapt, with balancing, charge control and CAN messages to "
        "its motor controller.",
        {"lLo089": 2, "lLo091": 2, "lLo090": 1, "lLo087": 1},
    ),
    (
        "lLn46",
        "vi",
        "imtb",
        "Mạch BMS bảo vệ cho pin LFP 16S",
        "Xưởng đóng pin ở Trà Cú cần mạch BMS cho pin LFP 16 cell nối tiếp, bảo vệ quá sạc, quá xả, quá dòng và nhiệt "
        "độ, có cân bằng cell.",
        {"lLo087": 2, "lLo088": 2, "lLo091": 1, "lLo089": 1, "lLo090": 1, "lLo096": 1},
    ),
    (
        "lLn47",
        "vi",
        "caithness",
        "Mạch BMS có ứng dụng điện thoại theo dõi từng cell",
        "Thợ pin ở Cầu Ngang muốn mạch BMS đọc điện áp, nhiệt độ từng cell và xem trên điện thoại để biết cell nào "
        "yếu.",
        {"lLo090": 2, "lLo089": 1, "lLo087": 1},
    ),
    (
        "lLn48",
        "vi",
        "baogt",
        "Tập huấn sạc xe điện an toàn cho tổ dân phố",
        "Tổ dân phố ở phường 1 TP Vĩnh Long có nhiều nhà sạc xe đạp, xe máy điện qua đêm; cần tập huấn cách sạc an "
        "toàn và nhận biết pin sắp cháy.",
        {"lLo099": 2, "lLo097": 2, "lLo098": 1, "lLo092": 1, "lLo094": 1},
    ),
    (
        "lLn49",
        "en",
        "cafefire",
        "Fire-safe battery storage for an e-bike repair shop",
        "An e-bike repair shop in Vũng Liêm keeps customers' batteries charging in the shop overnight and wants "
        "fire-rated storage and charging cabinets.",
        {"lLo093": 2, "lLo158": 2, "lLo100": 1, "lLo095": 1},
    ),
    (
        "lLn50",
        "vi",
        "baogt",
        "Tư vấn phòng cháy cho hộ kinh doanh sửa xe điện",
        "Hộ kinh doanh sửa xe đạp điện ở Tam Bình vừa ở vừa làm xưởng, cần tư vấn bố trí chỗ sạc, chỗ để pin và tập "
        "huấn phòng cháy.",
        {"lLo100": 2, "lLo099": 2, "lLo158": 2, "lLo093": 1, "lLo097": 1},
    ),
]

NEEDS += [
    (
        "lLn51",
        "en",
        "imtb",
        "Batteries with proper cut-offs after a charger fire",
        "An e-bike rental on An Bình islet had a charger catch fire. It wants replacement packs with branded cells and "
        "protection cut-offs, and certified chargers.",
        {"lLo094": 2, "lLo096": 2, "lLo088": 1, "lLo092": 1},
    ),
    (
        "lLn52",
        "vi",
        "cafefire",
        "Xe dap dien sac bi nong va phong pin",
        "Xe dap dien nha em o Cau Ke moi sac la pin nong, vo pin hoi phong. Can cho kiem tra pin, sac va mach gan nha, "
        "so chay.",
        {"lLo121": 2, "lLo120": 2, "lLo097": 1, "lLo116": 1},
    ),
    (
        "lLn53",
        "en",
        "zloadr",
        "Measuring capacity and resistance of used 18650 cells",
        "A used-battery trader in Bình Minh buys old laptop and e-bike packs and wants to measure the capacity and "
        "internal resistance of each 18650 cell to sort them for resale.",
        {"lLo101": 2, "lLo102": 2, "lLo155": 2, "lLo103": 1},
    ),
    (
        "lLn54",
        "en",
        "primidi",
        "Internal resistance meter for a battery shop",
        "A battery shop in Trà Vinh city wants a meter that quickly reads internal resistance, voltage and temperature "
        "of lead-acid and lithium batteries brought in by customers.",
        {"lLo103": 2, "lLo102": 2, "lLo155": 1},
    ),
    # --- repair and petrol-to-electric conversion ---
    (
        "lLn55",
        "vi",
        "nldretro",
        "Hoán cải xe số xăng cũ sang xe điện dưới 15 triệu",
        "Chủ tiệm sửa xe ở Càng Long muốn nhận hoán cải xe máy số chạy xăng cũ của bà con sang chạy điện, chi phí cho "
        "khách dưới 15 triệu đồng, sạc ở nhà.",
        {"lLo107": 2, "lLo106": 2, "lLo108": 1, "lLo109": 1, "lLo112": 1, "lLo110": 1},
    ),
    (
        "lLn56",
        "en",
        "vnexretro",
        "Certified retrofit kit for converted motorcycles",
        "A vocational centre in Vĩnh Long wants to offer motorcycle conversions only with a certified kit and clear "
        "limits on weight and axle load, so that converted bikes can pass inspection.",
        {"lLo111": 2, "lLo106": 1, "lLo109": 1, "lLo112": 1},
    ),
    (
        "lLn57",
        "en",
        "johnny",
        "Converting motorcycles with blown engines to electric",
        "A motorbike workshop in Trà Ôn sees many old bikes with worn-out engines and sound frames, and wants a partner "
        "or kit to convert them to electric.",
        {"lLo112": 2, "lLo108": 2, "lLo106": 2, "lLo107": 2, "lLo115": 1, "lLo114": 1},
    ),
    (
        "lLn58",
        "en",
        "nldretro",
        "Electric front wheel add-on for petrol scooters",
        "Scooter owners in Vĩnh Long city want a cheap add-on that lets them ride on electric power in town and on "
        "petrol for longer trips, without buying a new bike.",
        {"lLo110": 2, "lLo107": 1},
    ),
    (
        "lLn59",
        "vi",
        "greenopt",
        "Chuyển Vespa cổ sang chạy điện nhưng giữ được máy xăng",
        "Câu lạc bộ xe cổ ở TP Trà Vinh muốn chuyển vài chiếc Vespa cổ sang chạy điện nhưng có thể lắp lại máy xăng "
        "nguyên bản khi cần.",
        {"lLo113": 2, "lLo112": 1},
    ),
    (
        "lLn60",
        "en",
        "ploxd",
        "Rental e-bikes jerk and lose power uphill",
        "An e-bike rental cooperative in Cầu Kè has bikes that jerk when accelerating and lose power on bridges. It "
        "needs someone to diagnose and repair the controllers properly.",
        {"lLo116": 2, "lLo118": 2, "lLo120": 2, "lLo117": 1, "lLo119": 1, "lLo121": 1},
    ),
    (
        "lLn61",
        "vi",
        "vietbaosua",
        "Thiết bị và kỹ năng chẩn đoán lỗi xe đạp điện",
        "Tiệm sửa xe ở Tiểu Cần mới nhận sửa xe đạp điện, cần học cách dùng đồng hồ báo lỗi và chẩn đoán tay ga, dây "
        "hall, IC.",
        {"lLo117": 2, "lLo141": 2, "lLo120": 1, "lLo118": 1, "lLo116": 1},
    ),
    (
        "lLn62",
        "vi",
        "revan",
        "Xe máy điện lỗi bộ điều khiển, mất smartkey",
        "Xe máy điện của tôi ở TP Vĩnh Long bị lỗi bộ điều khiển, smartkey không nhận, xe không chạy. Cần nơi sửa bộ "
        "điều khiển có thiết bị đo.",
        {"lLo116": 2, "lLo119": 2, "lLo120": 2, "lLo118": 1},
    ),
    # --- used-battery collection, recycling, second life ---
    (
        "lLn63",
        "vi",
        "boxhoi",
        "Điểm thu gom pin và ắc quy xe điện cũ ở xã",
        "Hội phụ nữ một xã ở Trà Cú muốn mở điểm thu gom pin, ắc quy xe đạp điện cũ mà bà con đang vứt chung rác, "
        "và cần nơi nhận xử lý.",
        {"lLo125": 2, "lLo127": 2, "lLo126": 1, "lLo128": 1, "lLo130": 1},
    ),
    (
        "lLn64",
        "en",
        "bienxanh",
        "Licensed recycler for old lead-acid e-bike batteries",
        "Scrap dealers in Bình Tân collect old lead-acid batteries from e-bikes and need a licensed recycler that "
        "takes them under producer-responsibility rules.",
        {"lLo126": 2, "lLo125": 2},
    ),
    (
        "lLn65",
        "vi",
        "skds",
        "Đầu tư xưởng tái chế pin lithium thu hồi kim loại",
        "Doanh nghiệp ở khu công nghiệp Hòa Phú (Long Hồ) muốn đầu tư xưởng tái chế pin lithium thải, thu hồi lithium, "
        "cobalt, nickel, cần công nghệ.",
        {"lLo156": 2, "lLo131": 2, "lLo132": 2, "lLo127": 2, "lLo133": 1, "lLo140": 1},
    ),
    (
        "lLn66",
        "en",
        "sanjose",
        "Process to recover lithium and cobalt for a university lab",
        "The chemistry department of a university in Trà Vinh wants a lab-scale process to recover lithium and cobalt "
        "from spent Li-ion cells collected locally.",
        {"lLo132": 2, "lLo131": 2, "lLo156": 2, "lLo133": 1, "lLo127": 1},
    ),
    (
        "lLn67",
        "en",
        "wallst",
        "Second-life EV packs for storage at a solar farm",
        "A solar farm near Duyên Hải wants to add storage built from used EV batteries to shift output into the "
        "evening.",
        {"lLo134": 2, "lLo136": 2, "lLo138": 2, "lLo157": 2, "lLo137": 1, "lLo135": 1},
    ),
    (
        "lLn68",
        "en",
        "irenasl",
        "Grading retired packs by state of health",
        "A battery collector in Vĩnh Long gets retired scooter and car packs and wants to test and grade their state "
        "of health before selling them for reuse.",
        {"lLo135": 2, "lLo101": 1, "lLo134": 1, "lLo157": 1, "lLo155": 1},
    ),
    (
        "lLn69",
        "vi",
        "gfun",
        "Pin xe điện cũ làm bộ lưu điện chạy sục khí ao tôm",
        "Trang trại nuôi tôm ở Duyên Hải muốn dùng pin xe điện cũ ghép thành bộ lưu điện để chạy máy sục khí ban đêm "
        "khi cúp điện.",
        {"lLo157": 2, "lLo136": 2, "lLo134": 1, "lLo138": 1},
    ),
    (
        "lLn70",
        "vi",
        "bienxanh",
        "Thùng thu gom pin tiểu và pin xe đạp điện",
        "Thành đoàn Vĩnh Long muốn đặt thùng thu gom pin tiểu và pin xe đạp điện hỏng ở trường học, chợ, và cần đơn vị "
        "nhận xử lý an toàn.",
        {"lLo125": 2, "lLo128": 1, "lLo130": 1, "lLo127": 1},
    ),
    # --- training of mechanics ---
    (
        "lLn71",
        "vi",
        "znewsoto",
        "Lớp ngắn hạn sửa xe máy điện cho thợ máy xăng",
        "Trường cao đẳng nghề ở Trà Vinh muốn mở lớp ngắn hạn dạy thợ sửa xe máy xăng chuyển sang sửa xe máy điện: "
        "pin, BMS, bộ điều khiển, an toàn điện.",
        {"lLo141": 2, "lLo144": 2, "lLo142": 1, "lLo146": 1, "lLo145": 1},
    ),
    (
        "lLn72",
        "en",
        "statesman",
        "Free EV technician training with jobs for rural youth",
        "The provincial youth union in Vĩnh Long wants free training for rural young people as electric motorbike "
        "technicians, with a job afterwards.",
        {"lLo142": 2, "lLo147": 1, "lLo145": 1, "lLo141": 1},
    ),
    (
        "lLn73",
        "en",
        "plooto",
        "Formal curriculum for an EV mechanic diploma",
        "A vocational college in Vĩnh Long wants a formal competency-based curriculum and tool list to open a diploma "
        "for electric vehicle mechanics.",
        {"lLo146": 2, "lLo145": 1, "lLo147": 1, "lLo144": 1, "lLo143": 1},
    ),
    (
        "lLn74",
        "en",
        "mile",
        "Short course on high-voltage safety and batteries for motorbike mechanics",
        "Twenty motorbike mechanics in Trà Ôn want a short course on working safely with e-scooter batteries, BMS and "
        "controllers.",
        {"lLo141": 2, "lLo145": 1, "lLo148": 1, "lLo095": 1, "lLo150": 1, "lLo143": 1},
    ),
    (
        "lLn75",
        "vi",
        "gps",
        "Muon hoc nghe sua xe dien o Tra Vinh",
        "Em muon hoc nghe sua xe dap dien, xe may dien o Tra Vinh, hoc thuc hanh tren xe that de ra mo tiem duoc.",
        {"lLo141": 2, "lLo142": 2, "lLo144": 1},
    ),
]
