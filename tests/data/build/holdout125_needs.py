"""Needs of the holdout125 labelled set (makerspaces, fab labs and prototyping), set in Trà Vinh / Vĩnh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need, 1 = partly relevant.
Each need paraphrases the page behind its source key; pages about other places are re-set in the province.
"""

NEEDS = [
    # --- 3D printing -------------------------------------------------------------------------------
    (
        "mWn01",
        "vi",
        "mdpi_agri3d",
        "HTX ở Long Hồ cần in 3D chi tiết thay thế cho máy bơm, máy gieo hạt",
        "Hợp tác xã rau màu ở huyện Long Hồ có máy bơm nước và máy gieo hạt hay gãy các chi tiết nhựa nhỏ như khớp nối, bánh gieo; "
        "đặt hàng chính hãng vừa lâu vừa đắt. Chúng tôi muốn được làm chi tiết thay thế theo yêu cầu bằng in 3D, đo hoặc quét lại "
        "chi tiết cũ, chọn vật liệu chịu nắng mưa, và nếu được thì làm luôn vài bộ phận tùy chỉnh cho máy.",
        {"mWo011": 2, "mWo009": 2, "mWo010": 1, "mWo005": 1, "mWo156": 1, "mWo092": 1},
    ),
    (
        "mWn02",
        "en",
        "solidsmack",
        "Broken fertiliser-spreader part in Trà Ôn needs a quick printed replacement",
        "Our rice-farming group in Trà Ôn has a push fertiliser spreader whose drive shaft part snapped in the middle of the season, "
        "and no local hardware shop stocks it. We need someone who can find an existing model or draw the part in CAD and 3D print "
        "it (or have it made), allowing for what a printer can and cannot do, so we can finish spreading.",
        {"mWo009": 2, "mWo010": 2, "mWo011": 1, "mWo005": 1, "mWo155": 1},
    ),
    (
        "mWn03",
        "vi",
        "suamayinkholon",
        "Cơ sở bao bì nhựa ở TP Vĩnh Long cần tạo mẫu nhanh nắp, hũ trước khi làm khuôn",
        "Cơ sở sản xuất hũ, nắp nhựa đựng mứt, kẹo ở TP Vĩnh Long cần làm vài mẫu thật bằng công nghệ tạo mẫu nhanh (in 3D) để khách "
        "duyệt hình dáng, kích thước trước khi đặt khuôn ép vì khuôn rất đắt. Cần bề mặt đẹp, sai số nhỏ, giao trong vài ngày.",
        {"mWo005": 2, "mWo006": 2, "mWo002": 2, "mWo003": 2, "mWo004": 2, "mWo008": 2, "mWo084": 2, "mWo023": 1},
    ),
    (
        "mWn04",
        "en",
        "grokipedia_price",
        "Affordable, transparently priced 3D printing for a student robotics team",
        "A student robotics team at Trà Vinh University needs a few dozen small PLA/PETG parts for a competition robot on a tight "
        "budget. We want a printing service that explains its price — material by weight, machine hours, post-processing such as "
        "support removal — and turns parts around quickly so we can iterate.",
        {"mWo002": 2, "mWo004": 2, "mWo003": 2, "mWo005": 2, "mWo006": 2, "mWo101": 1},
    ),
    (
        "mWn05",
        "vi",
        "polynamix",
        "Xưởng lắp ráp ở KCN Long Đức cần đồ gá, jig in 3D nhẹ và cứng",
        "Xưởng lắp ráp thiết bị điện ở Khu công nghiệp Long Đức (Trà Vinh) cần nhiều đồ gá định vị, jig khoan và tay gắp cho robot, "
        "số lượng ít nhưng hay đổi theo mẫu sản phẩm. Gia công kim loại thì lâu và chiếm máy phay; chúng tôi muốn in 3D các đồ gá này "
        "với vật liệu đủ cứng, nhẹ, chính xác.",
        {"mWo007": 2, "mWo012": 2, "mWo006": 1, "mWo003": 1, "mWo049": 1},
    ),
    (
        "mWn06",
        "en",
        "onceinabluemoon",
        "Silversmith in Trà Vinh city needs fine-detail resin prints of ring designs",
        "A small silver jewellery workshop in Trà Vinh city designs rings and pendants on the computer and wants them printed in "
        "resin with very fine detail and smooth surfaces, to use as patterns for casting; filament prints show too many layer lines.",
        {"mWo008": 2, "mWo018": 1},
    ),
    (
        "mWn07",
        "vi",
        "mlog_3d",
        "Can thiet ke va in 3D mo hinh chua Khmer, moc khoa luu niem o Cau Ke",
        "Cua hang qua luu niem o Cau Ke muon dat thiet ke mo hinh 3D chua Khmer, thap, con vat thu nho roi in 3D lam moc khoa, tuong "
        "de ban. Can nguoi dung mo hinh tu anh chup, in chi tiet dep, so luong vai chuc cai moi mau.",
        {"mWo005": 2, "mWo008": 2, "mWo002": 1, "mWo004": 1, "mWo085": 1},
    ),
    # --- moulds and forming ------------------------------------------------------------------------
    (
        "mWn08",
        "vi",
        "calbrackin",
        "Cơ sở xà bông thủ công ở Vũng Liêm cần khuôn silicone từ mẫu in 3D",
        "Cơ sở làm xà bông dầu dừa thủ công ở Vũng Liêm đã có ý tưởng bánh xà bông hình trái dừa có chữ. Chúng tôi muốn in 3D mẫu gốc "
        "rồi làm khuôn silicone để đổ hàng loạt, cần người hướng dẫn chọn silicone, làm hộp quây, đổ khuôn và tính lượng vật liệu.",
        {"mWo018": 2, "mWo017": 2, "mWo005": 1, "mWo008": 1},
    ),
    (
        "mWn09",
        "en",
        "rotaloc",
        "Short run of clear thermoformed trays for a coconut-candy gift box in Cầu Kè",
        "A coconut-candy maker in Cầu Kè wants clear PET trays to hold the candies in a gift box. Commercial thermoformers ask for "
        "large orders and costly aluminium moulds; we need a low-cost mould and forming for a first short run, with different wall thicknesses if possible.",
        {"mWo019": 2, "mWo020": 2, "mWo022": 2, "mWo021": 1, "mWo024": 1},
    ),
    (
        "mWn10",
        "vi",
        "coretech_mold",
        "Xưởng nhựa nhỏ ở Bình Minh cần vài trăm chi tiết mà chưa muốn làm khuôn thép",
        "Xưởng ở thị xã Bình Minh cần vài trăm núm vặn, nắp đậy bằng nhựa cho máy sấy nông sản. Khuôn ép thép phải gia công chính xác "
        "tới vài phần trăm milimet và rất đắt, chỉ đáng khi làm hàng nghìn sản phẩm; chúng tôi tìm cách làm số lượng nhỏ trước: đúc "
        "khuôn mềm, in 3D loạt nhỏ hoặc giải pháp tương tự.",
        {"mWo017": 2, "mWo018": 2, "mWo006": 2, "mWo003": 2, "mWo002": 2, "mWo004": 2, "mWo005": 1},
    ),
    (
        "mWn11",
        "en",
        "mightymolds",
        "Candle workshop in Tiểu Cần wants its own silicone moulds",
        "We make scented candles and soap in Tiểu Cần and have always bought moulds. Now we want moulds of our own designs with "
        "contoured surfaces and crisp detail, made from a master shape; we have never worked with silicone and need help choosing "
        "materials and a method.",
        {"mWo018": 2, "mWo017": 2, "mWo008": 1, "mWo005": 1},
    ),
    # --- laser cutting and engraving ---------------------------------------------------------------
    (
        "mWn12",
        "en",
        "signcraft_acr",
        "Sign shop in Trà Vinh city wants laser-cut acrylic letters",
        "Our sign shop in Trà Vinh city routes 3D letters from PVC, then sands and paints every edge, which eats labour. We want "
        "letters and logos cut from 3/16- and 1/4-inch acrylic with clean edges ready to mount with foam tape, either as a cutting service or "
        "by adding a laser of our own.",
        {"mWo028": 2, "mWo035": 2, "mWo150": 2, "mWo151": 2, "mWo027": 2, "mWo032": 2, "mWo034": 1, "mWo025": 1},
    ),
    (
        "mWn13",
        "vi",
        "leather_laser",
        "Xưởng đồ da ở TP Vĩnh Long cần khắc laser tên, logo đều màu giữa các mẻ",
        "Xưởng đồ da thủ công ở TP Vĩnh Long nhận khắc tên lên ví, thắt lưng, túi làm quà tặng; đơn hàng nhiều nhưng mỗi mẻ khắc đậm "
        "nhạt khác nhau, có chỗ cháy mép vì da không đồng đều. Cần dịch vụ hoặc máy khắc laser cùng cách chỉnh để sản phẩm đồng đều.",
        {"mWo036": 2, "mWo037": 2, "mWo025": 2, "mWo026": 1},
    ),
    (
        "mWn14",
        "vi",
        "dongkhoi_dua",
        "Cơ sở gáo dừa mỹ nghệ ở Châu Thành cần khắc hoa văn, tên lên gáo dừa",
        "Cơ sở làm gáo dừa trồng lan, lồng đèn gáo dừa ở huyện Châu Thành (Trà Vinh) đang chạm, đục hoa văn bằng tay nên chậm, khó làm "
        "đều. Muốn có máy hoặc nơi nhận khắc laser hoa văn, tên khách lên gáo dừa để làm quà tặng, giữ nét thủ công nhưng nhanh hơn.",
        {"mWo038": 2, "mWo025": 2, "mWo029": 2, "mWo026": 1, "mWo037": 1, "mWo052": 1},
    ),
    (
        "mWn15",
        "vi",
        "dhxd_dua",
        "Can may khac laser nho cho san pham go dua o Cang Long",
        "Co so lam hop nu trang, binh tra, lo hoa bang go dua o Cang Long muon khac logo, hoa van len san pham. Can may khac laser gia "
        "vua phai hoac noi nhan khac thue, khac duoc go dua, go cung, co huong dan cach bao quan be mat sau khi khac.",
        {"mWo025": 2, "mWo026": 2, "mWo029": 2, "mWo027": 1, "mWo037": 1},
    ),
    (
        "mWn16",
        "en",
        "jte_dxf",
        "Startup in Trà Vinh needs laser cutting of puzzle and STEM kits from DXF files",
        "We design wooden puzzles and STEM kits in Trà Vinh and have clean DXF files with colour-coded cut and engrave lines, but "
        "no laser. We are looking for a cutting service that accepts DXF, gives a quick quote and cuts small batches of a few "
        "dozen kits.",
        {"mWo031": 2, "mWo032": 2, "mWo033": 2, "mWo027": 2, "mWo030": 1},
    ),
    (
        "mWn17",
        "vi",
        "baodongkhoi2010",
        "HTX ở Trà Cú cần cắt laser hàng loạt khung lồng đèn gỗ, mica",
        "Hợp tác xã thủ công ở Trà Cú làm lồng đèn Trung thu từ chà dừa, gáo dừa muốn thêm dòng lồng đèn khung gỗ ván ép, mica cắt "
        "hoa văn. Cần dịch vụ hoặc máy cắt laser cắt hàng loạt vài nghìn chi tiết mỗi mùa theo file thiết kế.",
        {"mWo027": 2, "mWo025": 2, "mWo032": 2, "mWo029": 1, "mWo030": 1, "mWo031": 1, "mWo151": 1},
    ),
    (
        "mWn18",
        "en",
        "questt",
        "Pump-repair cooperative in Duyên Hải needs permanent markings on stainless parts",
        "Our cooperative in Duyên Hải repairs irrigation and shrimp-pond pumps and wants serial numbers, logos and QR codes marked "
        "permanently on stainless-steel covers and shafts without stressing or damaging the parts.",
        {"mWo037": 2, "mWo025": 1, "mWo027": 1},
    ),
    (
        "mWn19",
        "vi",
        "want_acrylic",
        "Can cat mica lam bang ten phong hoc, bien chi dan o Tra Cu",
        "Truong THCS o Tra Cu can lam vai chuc bang ten phong hoc va bien chi dan bang mica trong, mica mau, canh cat bong dep, chu "
        "va logo sac net. Can noi cat mica theo file thiet ke, bao gia theo bang.",
        {"mWo027": 2, "mWo028": 2, "mWo032": 2, "mWo151": 2, "mWo034": 1},
    ),
]

NEEDS += [
    # --- small CNC machines --------------------------------------------------------------------------
    (
        "mWn20",
        "vi",
        "baoquangnam",
        "Cơ sở chạm khắc gỗ ở Tiểu Cần muốn chuyển sang máy CNC điêu khắc",
        "Cơ sở chạm khắc gỗ gia công ở thị trấn Tiểu Cần bị hàng xóm phàn nàn vì bụi và tiếng búa đục; mỗi bức chạm làm tay mất nhiều "
        "ngày. Chúng tôi dành dụm được hơn 200 triệu đồng, muốn mua máy điêu khắc gỗ CNC phù hợp xưởng nhỏ và được hướng dẫn vẽ "
        "mẫu, vận hành.",
        {"mWo052": 2, "mWo046": 2, "mWo045": 1, "mWo054": 1, "mWo053": 1},
    ),
    (
        "mWn21",
        "en",
        "ninhbinh_cnc",
        "Souvenir maker wants CNC carving of Khmer pagoda reliefs",
        "A handicraft company in Trà Vinh city has designed dozens of wooden souvenirs showing Khmer pagodas and local scenes for "
        "tourists. Hand carving cannot keep up with orders or keep pieces identical; we want CNC carving — a machine or a service — "
        "that turns our drawings into consistent reliefs and lets us change designs quickly.",
        {"mWo046": 2, "mWo052": 2, "mWo045": 1, "mWo047": 1, "mWo054": 1},
    ),
    (
        "mWn22",
        "en",
        "sherline",
        "Workshop in Bình Minh needs small aluminium parts machined in tens",
        "A mechanical workshop in Bình Minh builds small rice-husk dryers and needs brackets, pulleys and shaft couplings machined "
        "from aluminium in small batches, first as prototypes to test fit, from our CAD drawings with precise, repeatable "
        "dimensions.",
        {"mWo049": 2, "mWo050": 2, "mWo051": 2, "mWo047": 2, "mWo048": 2, "mWo045": 1},
    ),
    (
        "mWn23",
        "vi",
        "acjradio",
        "Thợ mộc ở Mang Thít cần học vẽ và vận hành máy CNC router",
        "Mấy xưởng mộc gia đình ở Mang Thít định mua chung một máy CNC router để làm bảng hiệu, đồ trang trí, nhưng chưa ai biết vẽ "
        "file, dùng phần mềm CAM hay cài đặt máy. Cần lớp học hoặc người kèm cặp cho người mới, học trên máy thật, chú trọng an toàn.",
        {"mWo045": 2, "mWo053": 1, "mWo046": 1, "mWo052": 1},
    ),
    # --- electronics prototyping -------------------------------------------------------------------
    (
        "mWn24",
        "en",
        "eatsip365",
        "Firmware partner for a water-meter prototype stuck in pilot",
        "Our start-up in Vĩnh Long city has a working prototype of a smart water meter for rural water cooperatives, but the "
        "firmware is fragile: power use is too high, updates must be done by hand and it is not secure. We need an embedded "
        "software partner to make the firmware reliable, updatable over the air and ready to scale.",
        {"mWo062": 2, "mWo063": 2, "mWo061": 2, "mWo064": 1},
    ),
    (
        "mWn25",
        "vi",
        "techesko",
        "Startup thiết bị đo ở TP Trà Vinh cần lắp ráp lô nhỏ bo mạch",
        "Công ty khởi nghiệp làm thiết bị đo độ mặn cầm tay ở TP Trà Vinh đã có thiết kế mạch, cần đặt làm và lắp ráp linh kiện cho "
        "một lô nhỏ vài chục đến vài trăm bo để thử thị trường, yêu cầu hàn chính xác, có kiểm tra từng bo, chi phí hợp lý với số lượng ít.",
        {"mWo059": 2, "mWo058": 2, "mWo152": 2, "mWo057": 2, "mWo060": 1},
    ),
    (
        "mWn26",
        "en",
        "arshon",
        "Boat-electronics repairer in Duyên Hải needs firmware for a custom alarm board",
        "We repair electronics on fishing boats in Duyên Hải and designed a small board that reads GPS and bilge-water sensors and "
        "sounds an alarm. We need someone to write the microcontroller firmware — drivers, interrupts, memory use — and make it run "
        "reliably from the moment it is powered.",
        {"mWo062": 2, "mWo064": 2, "mWo063": 2, "mWo061": 1},
    ),
    (
        "mWn27",
        "vi",
        "iot_danang",
        "Can thiet bi IoT do oxy, pH ao tom gia re, canh bao qua dien thoai",
        "Ho nuoi tom the o Cau Ngang can bo thiet bi do oxy hoa tan, pH, nhiet do dat trong ao, gui so lieu ve dien thoai va bao dong "
        "khi chi so vuot nguong, gia vua tam voi ho nho. Muon dat lam hoac mua mau thu nghiem truoc mua nuoi toi.",
        {"mWo075": 2, "mWo077": 2, "mWo079": 2, "mWo076": 1, "mWo078": 1},
    ),
    (
        "mWn28",
        "en",
        "vdoc_tom",
        "Low-cost monitoring and automatic aerator control for small shrimp ponds",
        "Small hand-managed shrimp ponds in Duyên Hải have no automatic monitoring. We want a simple system that measures water "
        "quality continuously and switches aerators and pumps on or off by itself, cheap enough for household farms.",
        {"mWo077": 2, "mWo075": 2, "mWo076": 2, "mWo158": 1, "mWo080": 1},
    ),
    (
        "mWn29",
        "vi",
        "scribd_tram",
        "HTX nuôi tôm ở Trà Cú cần chế tạo trạm đa cảm biến môi trường nước",
        "Hợp tác xã nuôi tôm ở Trà Cú cần một trạm tích hợp nhiều cảm biến (pH, độ mặn, DO, nhiệt độ, độ đục) đặt tại ao, truyền số "
        "liệu về máy chủ để cán bộ kỹ thuật theo dõi nhiều ao cùng lúc, đo đúng tiêu chuẩn nước nuôi.",
        {"mWo077": 2, "mWo079": 2, "mWo078": 2, "mWo075": 1, "mWo159": 1},
    ),
    (
        "mWn30",
        "en",
        "esp32_lora",
        "LoRa sensor nodes for a shrimp hatchery's tanks in Châu Thành",
        "A shrimp hatchery in Châu Thành has tanks spread over several hectares without Wi-Fi. We want ESP32/STM32-based sensor "
        "nodes that send water-quality readings over LoRa to one gateway and a web dashboard.",
        {"mWo158": 2, "mWo159": 2, "mWo077": 2, "mWo061": 1},
    ),
    (
        "mWn31",
        "en",
        "mdpi_lpwan",
        "Upgrading old soil sensors in a pomelo orchard to low-power wireless",
        "A pomelo cooperative in Tiểu Cần owns soil sensors that log data locally and must be read by hand. Rather than buying new "
        "ones, we want an add-on that sends their readings over a low-power wide-area network such as LoRa so the orchard can be "
        "monitored in real time at low cost.",
        {"mWo158": 2, "mWo159": 2, "mWo061": 1},
    ),
    (
        "mWn32",
        "vi",
        "idryer",
        "Cơ sở làm máy sấy mini ở Long Hồ cần thiết kế vỏ hộp in 3D cho bộ điều khiển",
        "Cơ sở chế tạo máy sấy trái cây mini ở Long Hồ cần thiết kế vỏ in 3D chứa bo điều khiển, quạt, cảm biến nhiệt, nguồn và "
        "điện trở sấy: tách vùng nóng với vùng điện tử, có khe thông gió, dễ thay quạt, đi dây gọn, an toàn khi người dùng chạm vào.",
        {"mWo070": 2, "mWo073": 2, "mWo074": 2, "mWo072": 2, "mWo005": 1, "mWo071": 1},
    ),
    # --- design and prototyping ---------------------------------------------------------------------
    (
        "mWn33",
        "vi",
        "artofit",
        "Cần thiết kế và làm nguyên mẫu dụng cụ nạo cùi dừa cầm tay",
        "Cơ sở chế biến dừa ở Cầu Kè muốn phát triển một dụng cụ nạo cùi dừa, thạch dừa cầm tay để bán cho hộ gia đình. Cần đơn vị "
        "thiết kế sản phẩm làm phác thảo, mô hình 3D và nguyên mẫu dùng thử, chỉnh sửa trước khi đặt sản xuất.",
        {"mWo084": 2, "mWo085": 2, "mWo088": 2, "mWo086": 1, "mWo005": 1},
    ),
    (
        "mWn34",
        "vi",
        "sinhvien_info",
        "Nhóm sinh viên ĐH Trà Vinh cần nơi chế tạo mẫu và vốn cho ý tưởng nhà xe thông minh",
        "Nhóm sinh viên Trường ĐH Trà Vinh đoạt giải cuộc thi ý tưởng với mô hình nhà xe thông minh, nhưng triển khai cần khoảng 900 "
        "triệu đồng (300 triệu cho công nghệ, 600 triệu cho cơ sở vật chất) và chưa có doanh nghiệp nào cam kết đầu tư. Cần nơi ươm "
        "tạo, xưởng làm mẫu và kết nối nhà đầu tư.",
        {"mWo124": 2, "mWo130": 2, "mWo125": 1, "mWo126": 1, "mWo101": 1, "mWo103": 1},
    ),
    (
        "mWn35",
        "vi",
        "khoinghiep_st",
        "Can noi ho tro bien y tuong may tuoi lan tu dong thanh san pham mau",
        "Nhom ban tre o Vung Liem co y tuong bo dieu khien tuoi lan tu dong, da du thi y tuong khoi nghiep nhung van chi nam tren giay "
        "vi thieu kinh nghiem, thieu tien va thiet bi. Can trung tam khoi nghiep, vuon uom hoac xuong che tao giup lam san pham mau va "
        "don gian hoa y tuong.",
        {"mWo130": 2, "mWo129": 2, "mWo101": 1, "mWo106": 1, "mWo084": 1, "mWo123": 1},
    ),
    (
        "mWn36",
        "en",
        "pocobor",
        "Hardware founders in Vĩnh Long look for an incubator that understands physical products",
        "Our team in Vĩnh Long builds a low-cost solar pump controller. Most incubators we meet prefer apps and web start-ups, "
        "which scale faster; we need a programme with funding, mentors and prototyping support for hardware that takes longer and "
        "more capital to bring to market.",
        {"mWo132": 2, "mWo133": 2, "mWo134": 2, "mWo135": 1, "mWo130": 1, "mWo129": 1},
    ),
    # --- 3D scanning and reverse engineering -------------------------------------------------------
    (
        "mWn37",
        "en",
        "winenfood",
        "Scan-to-CAD of legacy pump housings for a repair shop in Long Hồ",
        "An engine and pump repair shop in Long Hồ must remake worn cast housings for which no drawings exist. A previous attempt "
        "with a cheap scanner produced a model half a millimetre off and the part did not fit. We need accurate 3D scanning and a "
        "proper editable CAD model.",
        {"mWo091": 2, "mWo153": 2, "mWo154": 2, "mWo089": 2, "mWo090": 1, "mWo093": 1},
    ),
    (
        "mWn38",
        "vi",
        "lilliputs",
        "Nhà máy xay xát ở Tam Bình cần quét 3D chi tiết máy để vẽ lại bản vẽ",
        "Nhà máy xay xát lúa ở Tam Bình có nhiều chi tiết máy nhập đã lâu, không còn bản vẽ. Cần quét 3D các chi tiết này với độ chính "
        "xác khoảng 0,06–0,1 mm, dựng lại mô hình số để đặt gia công thay thế và lưu hồ sơ kỹ thuật.",
        {"mWo089": 2, "mWo093": 2, "mWo091": 2, "mWo095": 1, "mWo090": 1},
    ),
    (
        "mWn39",
        "vi",
        "meshlab_doc",
        "Xưởng khuôn nhựa ở Tam Bình cần chép mẫu, thiết kế lại sản phẩm cũ",
        "Xưởng khuôn nhựa nhỏ ở Tam Bình nhận làm lại khuôn cho sản phẩm nhựa mà khách chỉ còn mẫu thật. Cần dịch vụ thiết kế ngược: "
        "quét mẫu, xử lý mô hình, dựng CAD để chỉnh sửa và làm khuôn mới chính xác.",
        {"mWo089": 2, "mWo090": 2, "mWo091": 2, "mWo154": 2, "mWo153": 1, "mWo094": 1, "mWo017": 1},
    ),
]

NEEDS += [
    # --- makerspaces, fab labs, mobile labs, libraries ---------------------------------------------
    (
        "mWn40",
        "vi",
        "shareable",
        "Thị trấn Cầu Ngang muốn lập xưởng chế tạo chung kết hợp không gian làm việc chung",
        "Thị trấn Cầu Ngang chỉ vài nghìn dân, có người làm tự do, hộ làm nông sản, thợ thủ công muốn khởi nghiệp nhưng không có chỗ "
        "làm việc và máy móc dùng chung. Đoàn thanh niên cần mô hình và cách vận hành một không gian vừa làm việc chung vừa có xưởng "
        "chế tạo nhỏ, phù hợp nơi ít dân, nhiều ngành nghề khác nhau.",
        {"mWo098": 2, "mWo100": 2, "mWo149": 2, "mWo097": 1, "mWo157": 1, "mWo102": 1, "mWo099": 1},
    ),
    (
        "mWn41",
        "vi",
        "baothaibinh",
        "Học sinh THPT ở TP Vĩnh Long cần nơi làm sản phẩm nghiên cứu KHKT dịp hè",
        "Nhóm học sinh lớp 10–11 ở TP Vĩnh Long muốn dành hai tháng hè làm dự án sáng chế (thiết kế rồi in 3D mẫu, lắp mạch) để dự thi "
        "khoa học kỹ thuật, nhưng trường chưa có xưởng. Cần một fablab nhận học sinh, có người hướng dẫn nghiên cứu và máy in 3D.",
        {"mWo103": 2, "mWo101": 1, "mWo106": 1, "mWo104": 1, "mWo097": 1},
    ),
    (
        "mWn42",
        "vi",
        "ripr",
        "Cần xưởng chế tạo lưu động mang máy in 3D, máy CNC tới các trường Trà Cú, Cầu Ngang",
        "Nhiều trường ở Trà Cú, Cầu Ngang chưa có phòng chế tạo. Một trường nghề muốn làm xe kéo rơ-moóc chở máy in 3D, máy phay CNC "
        "router, dụng cụ để luân phiên tới từng trường tổ chức hoạt động thiết kế – chế tạo cho học sinh; cần mô hình, thiết bị và "
        "cách vận hành.",
        {"mWo110": 2, "mWo111": 2, "mWo112": 2, "mWo113": 2, "mWo109": 1, "mWo117": 1},
    ),
    (
        "mWn43",
        "vi",
        "govtech",
        "Phòng GD&ĐT Tiểu Cần muốn có phòng STEM lưu động cho học sinh THCS",
        "Phòng Giáo dục huyện Tiểu Cần muốn cho học sinh THCS tiếp xúc sớm máy CNC, máy in 3D, máy khắc laser, máy cắt decal mà mỗi "
        "trường không đủ tiền mua. Ý tưởng là một phòng chế tạo lưu động tự có nguồn điện, chở tới sân trường, dựng lều bàn ghế thành "
        "lớp học trong vài ngày.",
        {"mWo113": 2, "mWo110": 2, "mWo111": 1, "mWo117": 1, "mWo109": 1},
    ),
    (
        "mWn44",
        "en",
        "techsoup",
        "Provincial library in Trà Vinh wants a public 3D printing corner",
        "The provincial library in Trà Vinh wants to open free 3D printing to residents — children learning STEM, people who need "
        "a small assistive device or spare part — and needs advice on equipment, classes, policies and running costs from "
        "libraries that already do this.",
        {"mWo114": 2, "mWo115": 2, "mWo116": 2, "mWo097": 1},
    ),
    (
        "mWn45",
        "vi",
        "ffl_lib",
        "Thu vien huyen Cau Ke muon mo goc may in 3D mien phi cho nguoi dan",
        "Thu vien huyen Cau Ke muon dat mot may in 3D de hoc sinh, nguoi dan den in thu mien phi hoac gia re, sau nay them may cat "
        "laser, may CNC nho. Can tu van cach to chuc, lop huong dan, quy dinh su dung va chi phi van hanh.",
        {"mWo115": 2, "mWo114": 2, "mWo116": 1, "mWo119": 1},
    ),
    (
        "mWn46",
        "en",
        "thcs_ntp",
        "Secondary school in Càng Long wants to start a robotics and STEM club",
        "A lower-secondary school in Càng Long wants a robotics club so pupils can build and program robots and enter creative "
        "robot contests. We need kits, a practical curriculum and training for our teachers.",
        {"mWo122": 2, "mWo121": 2, "mWo118": 2, "mWo066": 1, "mWo120": 1, "mWo117": 1},
    ),
    (
        "mWn47",
        "vi",
        "xemtinmoinhat",
        "Tỉnh đoàn Vĩnh Long cần không gian sáng tạo có xưởng làm mẫu cho thanh niên khởi nghiệp",
        "Phong trào khởi nghiệp của thanh niên Vĩnh Long đã có nhiều lớp bồi dưỡng, cuộc thi, nhưng các ý tưởng sản phẩm vật lý thiếu "
        "chỗ làm mẫu. Tỉnh đoàn muốn xây một không gian sáng tạo có khu làm việc chung, xưởng chế tạo (in 3D, CNC, điện tử) và chương "
        "trình ươm tạo, cần mô hình tham khảo và đối tác.",
        {"mWo130": 2, "mWo102": 2, "mWo105": 2, "mWo098": 1, "mWo124": 1},
    ),
    (
        "mWn48",
        "en",
        "regionalstudies",
        "A rural enterprise hub for small firms near Duyên Hải",
        "The district wants a rural enterprise hub near the Định An economic zone with workspace, networking, mentoring and "
        "business support for a mix of small firms — from six tenants to perhaps forty — and asks how rural hubs differ from city "
        "incubators and how to run one.",
        {"mWo149": 2, "mWo157": 2, "mWo100": 1, "mWo123": 1, "mWo136": 1},
    ),
    (
        "mWn49",
        "vi",
        "usth_open",
        "Trường cao đẳng ở Trà Vinh muốn lập Fablab cho sinh viên và học sinh phổ thông",
        'Trường cao đẳng kỹ thuật ở Trà Vinh muốn xây một "công xưởng sáng tạo" mở cho sinh viên trong trường và học sinh phổ thông, '
        "gồm khu đào tạo, làm việc chung, thiết kế và tiền sản xuất với máy in – cắt 3D, CNC, phay, tiện, Arduino, PLC. Cần tư vấn mô "
        "hình, danh mục thiết bị và nguồn tài trợ.",
        {"mWo102": 2, "mWo105": 2, "mWo160": 2, "mWo101": 1, "mWo097": 1, "mWo100": 1},
    ),
    # --- small-scale plastic recycling ------------------------------------------------------------
    (
        "mWn50",
        "en",
        "ppboard",
        "Youth union in Duyên Hải wants to turn beach plastic into products",
        "Volunteers in Duyên Hải collect plastic litter from Ba Động beach regularly. We want small, cheap machines that shred "
        "household plastic such as HDPE and then extrude, inject or press it into moulded products, plus filament for 3D printing.",
        {"mWo142": 2, "mWo143": 2, "mWo144": 2, "mWo145": 2, "mWo146": 1},
    ),
    (
        "mWn51",
        "vi",
        "appropedia_pp",
        "HTX ở Cầu Ngang muốn tự tái chế nhựa thành chậu cây, đồ gia dụng",
        "Hợp tác xã môi trường ở Cầu Ngang muốn tự chế tạo bộ máy tái chế nhựa quy mô nhỏ (máy băm, máy ép phun, máy ép đùn, lò ép nén) "
        "theo thiết kế mở để làm chậu cây, đồ gia dụng từ nhựa thải, và cần tài liệu, video hướng dẫn chế tạo, vận hành.",
        {"mWo145": 2, "mWo146": 2, "mWo142": 2, "mWo144": 1},
    ),
    # --- incubators and innovation hubs ------------------------------------------------------------
    (
        "mWn52",
        "vi",
        "voh_tn",
        "Thanh niên khởi nghiệp ở Trà Cú cần cố vấn và kết nối nhà đầu tư",
        "Nhóm thanh niên ở Trà Cú có sản phẩm khởi nghiệp từ cuộc thi nhưng thiếu kinh nghiệm, kỹ năng quản trị, kêu gọi vốn; từ ý "
        "tưởng tới sản phẩm thương mại là chặng đường dài. Cần chương trình cố vấn, ươm tạo, sân chơi tiếp cận nhà đầu tư trong tỉnh.",
        {"mWo124": 2, "mWo127": 2, "mWo130": 2, "mWo123": 1, "mWo128": 1},
    ),
    (
        "mWn53",
        "en",
        "giaoducthudo",
        "Prize-winning student teams at VLUTE need business mentoring and incubation",
        "Judges say student start-up projects in Vĩnh Long would almost surely fail if launched as they are: the teams are strong "
        "in technology but lack skills in raising money, pricing, management and reading the market. We need an incubator or "
        "mentoring programme that takes winning teams further.",
        {"mWo129": 2, "mWo131": 2, "mWo124": 2, "mWo137": 1, "mWo135": 1},
    ),
    (
        "mWn54",
        "en",
        "tinmoi_qgreen",
        "Start-up turning king-orange peel into products needs incubation in Tam Bình",
        "A team of five former pharmacy and chemistry students in Tam Bình makes essential oil, sanitiser, cosmetics and "
        "biodegradable packaging from local king oranges and their peel, and some products already sell. We need an incubator "
        "that helps with commercialisation and connections to investors in the Mekong Delta.",
        {"mWo131": 2, "mWo130": 2, "mWo129": 1},
    ),
    (
        "mWn55",
        "en",
        "tuyensinh_kn",
        "Young founder in Càng Long lost a start-up contest and seeks other support",
        "My product did not win a prize at the provincial start-up contest. I want to know how else to reach mentors and investment "
        "funds, and which incubators or university centres in the province take projects that did not win.",
        {"mWo135": 2, "mWo124": 2, "mWo130": 2, "mWo131": 2, "mWo137": 1, "mWo132": 1, "mWo127": 1},
    ),
    (
        "mWn56",
        "en",
        "hue_sv",
        "Student teams with hardware ideas need prototyping access after contests",
        "Several prize-winning student ideas at Trà Vinh University, such as a smart parking garage, stopped after the contest. "
        "The teams need a workshop to build working prototypes and follow-up incubation so projects do not die a year later.",
        {"mWo124": 2, "mWo101": 1, "mWo125": 1, "mWo097": 1, "mWo126": 1, "mWo133": 1},
    ),
    (
        "mWn57",
        "en",
        "nwirc",
        "Trà Ôn wants a community collaboration centre mixing makerspace, coworking and incubation",
        "Business incubators built for city tech start-ups have done little for small towns. Trà Ôn's business association wants an "
        "inclusive centre where would-be entrepreneurs, inventors and freelancers share 3D printers, wood and metal tools and "
        "desks, and grow businesses together.",
        {"mWo149": 2, "mWo157": 2, "mWo098": 2, "mWo100": 1, "mWo102": 1},
    ),
]

NEEDS += [
    (
        "mWn58",
        "vi",
        "thp3d",
        "Trường THCS ở Cầu Ngang muốn trang bị máy in 3D để dạy STEM",
        "Trường THCS ở Cầu Ngang muốn có máy in 3D dùng nhựa PLA để học sinh tự thiết kế trên máy tính, xuất file STL và in mô hình, đồ "
        "dùng học tập trong giờ STEM. Cần máy giá hợp lý, bền, kèm tập huấn giáo viên và bài dạy mẫu.",
        {"mWo001": 2, "mWo119": 2, "mWo120": 2, "mWo117": 1, "mWo118": 1, "mWo013": 1, "mWo005": 1},
    ),
    (
        "mWn59",
        "en",
        "hybridprint",
        "Handbag maker in Vĩnh Long wants laser-engraved logos on leather tags",
        "A handbag workshop in Vĩnh Long city wants its logo burned into leather tags and straps by a CO2 laser, dark and crisp "
        "like branding rather than embossed. We prefer to outsource the engraving rather than buy a machine.",
        {"mWo036": 2, "mWo037": 2, "mWo025": 1},
    ),
    (
        "mWn60",
        "en",
        "laseruser",
        "Gift shop's photo engravings on wood come out blurry",
        "Our gift shop in Vĩnh Long city bought a 50 W glass-tube CO2 engraver with a 500 × 300 mm bed; photo engravings on wooden "
        "plaques look blurred with poorly formed dots. We need an engraving service for wooden gifts that gets clean results, or "
        "advice on the machine.",
        {"mWo029": 2, "mWo037": 1, "mWo025": 1},
    ),
    (
        "mWn61",
        "vi",
        "machinedesign",
        "Nhà máy may ở KCN Hòa Phú cần dưỡng, đồ gá in 3D cho chuyền may",
        "Nhà máy may ở Khu công nghiệp Hòa Phú (Long Hồ) dùng nhiều dưỡng, cữ định vị, đồ gá kiểm tra làm tay hoặc gia công cơ khí nên "
        "tốn công, chậm, thường chỉ làm khi mẫu sản phẩm đã chốt. Muốn in 3D các dụng cụ hỗ trợ sản xuất này để làm nhanh, rẻ, giảm "
        "lỗi và tăng năng suất chuyền.",
        {"mWo012": 2, "mWo007": 2, "mWo006": 1, "mWo005": 1},
    ),
    (
        "mWn62",
        "en",
        "infinitelexicon",
        "Commune youth centre in Trà Cú asks what a makerspace needs",
        "The youth centre of a commune in Trà Cú wants to turn a spare hall into a member-driven makerspace for learning by doing. "
        "We need advice on typical equipment (3D printers, laser cutter, CNC router, electronics benches, soldering, wood and metal "
        "tools), programmes such as open-shop sessions and classes, and how to fund and staff it.",
        {"mWo100": 2, "mWo098": 2, "mWo102": 2, "mWo101": 1, "mWo099": 1, "mWo097": 1, "mWo160": 1},
    ),
    (
        "mWn63",
        "vi",
        "newswise",
        "Trường đại học ở Vĩnh Long muốn vận hành xưởng chế tạo lưu động cho học sinh",
        "Một trường đại học ở Vĩnh Long muốn có vài xưởng chế tạo lưu động trang bị máy quét và in 3D, phần mềm mô hình, máy cắt laser, "
        "máy cắt decal, do sinh viên khối STEM vận hành, đưa tới các trường phổ thông để khơi gợi hứng thú với khoa học kỹ thuật; cần "
        "mô hình hợp tác, tài trợ và cách tổ chức.",
        {"mWo110": 2, "mWo113": 2, "mWo112": 1, "mWo111": 1, "mWo109": 1, "mWo105": 1},
    ),
    (
        "mWn64",
        "en",
        "callamolds",
        "Soap cooperative wants silicone mould mats carrying its logo",
        "A soap cooperative in Trà Ôn wants flexible silicone mats with its raised logo to lay in tray moulds so every bar carries "
        "the brand. That means an engraved plastic master from a vector file and silicone casting; we need help with either step.",
        {"mWo018": 2, "mWo025": 1, "mWo037": 1, "mWo017": 1},
    ),
    (
        "mWn65",
        "en",
        "thuysan_quat",
        "Shrimp farm in Duyên Hải wants aerators switched by dissolved oxygen",
        "Our whiteleg shrimp ponds in Duyên Hải run paddle-wheel aerators by fixed schedule, wasting power by day and risking low "
        "oxygen at night. We want sensors that track dissolved oxygen and aerator condition and switch or alert automatically.",
        {"mWo075": 2, "mWo076": 2, "mWo077": 2, "mWo080": 1, "mWo061": 1},
    ),
    (
        "mWn66",
        "en",
        "maybom_dem",
        "Night-time oxygen crashes in Cầu Ngang shrimp ponds — need an alarm",
        "Between 3 and 5 a.m. our shrimp surface and die because dissolved oxygen drops when algae stop producing it at night. We "
        "need an oxygen sensor with an alarm that wakes the farmer before the crash.",
        {"mWo075": 2, "mWo077": 2, "mWo076": 1, "mWo079": 1, "mWo158": 1},
    ),
    (
        "mWn67",
        "vi",
        "itviec_embedded",
        "Doanh nghiệp ở TP Trà Vinh cần thuê ngoài lập trình nhúng cho thiết bị đo",
        "Doanh nghiệp cơ điện ở TP Trà Vinh phát triển thiết bị đo, điều khiển cho nhà máy chế biến thủy sản, nhưng không có kỹ sư "
        "phần mềm nhúng để viết chương trình cho vi điều khiển, tối ưu bộ nhớ và xử lý. Cần đối tác thiết kế firmware, có thể cả phần "
        "cứng.",
        {"mWo061": 2, "mWo064": 2, "mWo062": 2, "mWo063": 1},
    ),
    (
        "mWn68",
        "vi",
        "concrete3d",
        "HTX vật liệu xây dựng ở Trà Cú muốn khuôn in 3D cho gạch trang trí bê tông",
        "Hợp tác xã làm gạch bông, gạch trang trí bê tông ở Trà Cú muốn ra các mẫu hoa văn Khmer phức tạp. Thay vì khuôn sắt hàn thủ "
        "công, muốn in 3D mẫu rồi làm khuôn mềm để đúc, thử nhiều mẫu nhanh trước khi làm số lượng.",
        {"mWo018": 2, "mWo017": 1, "mWo005": 1},
    ),
    (
        "mWn69",
        "vi",
        "dua_datvang",
        "Cơ sở dừa trang trí Tết ở Càng Long muốn khắc chữ lên trái dừa",
        'Cơ sở ở Càng Long làm dừa trang trí chưng Tết hiện dán chữ "Phúc Lộc", hoa văn bằng keo và lá kim loại, tốn công. Muốn khắc '
        "chữ, hình trực tiếp lên vỏ trái dừa hoặc gáo dừa bằng laser cho nhanh, đẹp, đồng đều.",
        {"mWo038": 2, "mWo025": 2, "mWo026": 1, "mWo037": 1},
    ),
    (
        "mWn70",
        "en",
        "bentre_gaodua",
        "Coconut-shell wall-tile maker in Cầu Ngang needs uniform cutting",
        "We make decorative wall tiles from coconut shell in Cầu Ngang and cut the shell pieces by hand, so they vary in size and "
        "production is slow. We want laser or CNC cutting to produce uniform pieces quickly.",
        {"mWo027": 2, "mWo025": 1, "mWo052": 1, "mWo046": 1, "mWo030": 1},
    ),
    (
        "mWn71",
        "vi",
        "thcs_ntp",
        "Phòng GD&ĐT Châu Thành muốn tổ chức cuộc thi sáng tạo robot cho học sinh",
        "Phòng Giáo dục huyện Châu Thành (Trà Vinh) muốn tổ chức cuộc thi sáng tạo robot cho học sinh THCS theo nhóm hai em, cần bộ kit "
        "robot, phần mềm lập trình, chương trình dạy trước cuộc thi và tập huấn giáo viên hướng dẫn.",
        {"mWo122": 2, "mWo066": 2, "mWo121": 1, "mWo118": 1},
    ),
    (
        "mWn72",
        "en",
        "cutl",
        "Sheet-metal shop in Long Đức wants to outsource laser cutting with fast quotes",
        "A sheet-metal shop in Long Đức industrial park spends hours pricing laser, plasma and waterjet jobs by hand. For stainless "
        "brackets and panels we would rather send DXF files to a cutting service that quotes fast and cuts accurately.",
        {"mWo027": 2, "mWo030": 2, "mWo033": 2, "mWo031": 1},
    ),
    (
        "mWn73",
        "en",
        "teamrapid",
        "Medical-device start-up needs CNC-machined stainless prototypes with inspection records",
        "A start-up in Trà Vinh developing a hospital bed mechanism needs precision stainless and aluminium parts machined from "
        "prototype to a first repeat batch, holding tight tolerances, with material certificates and dimensional inspection reports.",
        {"mWo050": 2, "mWo051": 2, "mWo049": 2, "mWo047": 1, "mWo048": 1},
    ),
    (
        "mWn74",
        "en",
        "additive3dasia",
        "CNC or 3D printing for a functional gearbox housing prototype?",
        "We are building a small gearbox for a coconut-husking machine in Vĩnh Long. The prototype housing needs true production "
        "material, machined sealing faces and tapped holes; a printed part looked right but missed its fit by 0.2 mm. We need "
        "advice and a supplier for the right process.",
        {"mWo049": 2, "mWo050": 2, "mWo045": 2, "mWo006": 1, "mWo003": 1},
    ),
    (
        "mWn75",
        "en",
        "lasercutparts",
        "Electronics start-up needs laser-cut acrylic front panels",
        "Our controller boxes, assembled in Trà Vinh city, need laser-cut acrylic front panels with holes, slots and engraved "
        "labels, 1:1 from our drawings, in small repeat batches.",
        {"mWo032": 2, "mWo028": 2, "mWo027": 2, "mWo151": 2, "mWo031": 1, "mWo030": 1, "mWo074": 1},
    ),
]
