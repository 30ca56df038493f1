"""Needs of the holdout121 labelled set, with graded judgements of offers.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need,
1 = partly relevant. Every need is set in Tra Vinh / Vinh Long; most source pages describe another place.
"""

NEEDS = [
    # --- repair training ---------------------------------------------------------------------------
    (
        "mSn01",
        "vi",
        "vi_giaoduc_nghe",
        "Tìm khóa học nghề sửa điện thoại có chứng chỉ cho con em hộ kinh doanh ở Càng Long",
        "Gia đình tôi buôn bán điện thoại nhỏ ở thị trấn Càng Long, muốn cho 2 con vừa học xong phổ thông đi học nghề "
        "sửa điện thoại để về mở tiệm. Cần khóa học bài bản, thực hành trên máy thật, có chứng chỉ; nghe nói thợ giỏi "
        "thu nhập 3-7 triệu đồng/tháng, vài năm có thể tự mở cửa hàng.",
        {"mSo001": 2, "mSo002": 2, "mSo003": 2, "mSo005": 2, "mSo006": 2, "mSo007": 1, "mSo013": 1},
    ),
    (
        "mSn02",
        "en",
        "en_carlcare_job",
        "Training 20 young people in Cau Ngang as mobile phone technicians",
        "The district youth union in Cau Ngang (Tra Vinh) wants to turn 20 unemployed school leavers into mobile phone "
        "technicians who can replace damaged parts and fix software problems. We need a structured course covering "
        "hardware, software, tools and practice on dead phones, ideally leading to a recognised qualification.",
        {"mSo001": 2, "mSo003": 1, "mSo005": 2, "mSo006": 2, "mSo007": 2, "mSo008": 1, "mSo012": 1},
    ),
    (
        "mSn03",
        "vi",
        "vi_cntt_1forum",
        "Can lop hoc sua dien thoai ngan han, hoc phi vua phai o Tra Cu",
        "Minh o xa vung que huyen Tra Cu, nhieu ban tre hoc xong khong dau dai hoc muon hoc nghe sua dien thoai. Can "
        "lop hoc vai thang, hoc phi vua phai khong qua 8 trieu, co may de thuc hanh phan cung va phan mem, hoc xong "
        "lam tho duoc ngay.",
        {"mSo003": 2, "mSo001": 2, "mSo002": 1, "mSo012": 1},
    ),
    (
        "mSn04",
        "en",
        "en_sportowasilesia_cert",
        "Certifying technicians of a phone repair chain in Vinh Long city for quality and safety",
        "Our chain of four repair counters in Vinh Long city wants every technician certified: standardised repair "
        "procedures, safe handling of lithium-ion batteries and hazardous materials, electrical safety. We need a "
        "training and certification programme that customers will recognise.",
        {"mSo010": 2, "mSo007": 2, "mSo006": 1, "mSo005": 1, "mSo058": 1},
    ),
    (
        "mSn05",
        "vi",
        "vi_kenhcongnghe_dinhky",
        "Đào tạo thợ bảo dưỡng laptop và khò hàn IC main cho cửa hàng máy tính ở Tiểu Cần",
        "Cửa hàng máy tính của chúng tôi ở thị trấn Tiểu Cần nhận nhiều laptop nóng, quạt kêu, chập main do bụi và ẩm. "
        "Cần khóa học hoặc tài liệu thực hành để 2 thợ biết vệ sinh, thay keo tản nhiệt định kỳ và khò hàn thay chip "
        "I/O, IC trên main laptop mà không làm rộp bo.",
        {"mSo004": 2, "mSo011": 2, "mSo135": 1, "mSo136": 1},
    ),
    (
        "mSn06",
        "vi",
        "vi_trainghiemso",
        "Học kỹ thuật ép kính màn hình cho tiệm sửa điện thoại ở Cầu Kè",
        "Tiệm tôi ở Cầu Kè mỗi tuần nhận chục máy vỡ kính nhưng màn hình vẫn hiển thị, phải gửi lên Cần Thơ thay cả "
        "cụm rất tốn. Muốn học kỹ thuật tách kính, ép kính hiểu rõ cấu tạo màn LCD và AMOLED để tự làm tại tiệm.",
        {"mSo009": 2, "mSo142": 1, "mSo143": 1, "mSo029": 1},
    ),
    # --- spare parts -------------------------------------------------------------------------------
    (
        "mSn07",
        "en",
        "en_wccftech_irp",
        "Genuine iPhone displays and batteries for an independent shop in Tra Vinh city",
        "We are an independent phone repair shop in Tra Vinh city. Customers complain about third-party iPhone screens "
        "and batteries; we want access to genuine parts together with the tools, service guides and diagnostics needed "
        "to fit them properly for out-of-warranty repairs, and we are ready to have a technician trained.",
        {"mSo016": 2, "mSo017": 2, "mSo010": 2, "mSo018": 1, "mSo019": 1, "mSo020": 1},
    ),
    (
        "mSn08",
        "vi",
        "en_basic_tutorials_irp",
        "Nguồn màn hình, pin điện thoại chất lượng, có bảo hành cho tiệm sửa ở Bình Minh",
        "Tiệm sửa điện thoại ở thị xã Bình Minh đang phải mua linh kiện trôi nổi, thay xong vài ngày khách quay lại vì "
        "cảm ứng kém, pin chai. Cần nhà cung cấp màn hình, pin chính hãng hoặc zin có nguồn gốc rõ, giá minh bạch và "
        "có bảo hành để mình bảo hành lại cho khách.",
        {"mSo016": 2, "mSo017": 2, "mSo019": 2, "mSo020": 2, "mSo010": 1, "mSo018": 1},
    ),
    (
        "mSn09",
        "vi",
        "en_wiki_fume",
        "Can may hut khoi han thiec cho tiem sua dien thoai 2 ban o Tra Cu",
        "Tiem sua dien thoai cua minh o cho Tra Cu co 2 ban han, khoi han thiec bay len mat tho ca ngay, phong nho "
        "khong co cua so. Can mua may hut khoi dat ban, loc duoc bui va mui nhua thong, gia phu hop tiem nho.",
        {"mSo036": 2, "mSo033": 2, "mSo037": 2, "mSo034": 1, "mSo035": 1, "mSo040": 1},
    ),
    # --- rework tools, microscopes, board repair -----------------------------------------------------
    (
        "mSn10",
        "en",
        "en_bgastation",
        "BGA rework station for motherboard repair in a Vung Liem shop",
        "Our computer and phone shop in Vung Liem wants to stop sending boards to Ho Chi Minh City. We need a rework "
        "station able to remove and resolder BGA chips (CPU, NAND, power ICs) on phone and laptop boards without "
        "overheating the PCB, with set-up and basic training.",
        {"mSo021": 2, "mSo023": 2, "mSo022": 1, "mSo024": 1, "mSo028": 1, "mSo029": 1},
    ),
    (
        "mSn11",
        "vi",
        "en_pdr_rework",
        "Quy trình làm chân (reball) chip BGA cho cơ sở sửa main laptop ở Long Hồ",
        "Cơ sở sửa main laptop, máy chơi game ở Long Hồ hay gặp chip BGA nứt chân gây mất nguồn, khởi động lại. Cần "
        "hướng dẫn quy trình và bộ dụng cụ đóng lại chân bi: tháo chip, làm sạch, dùng khuôn bi, kem hàn, gia nhiệt "
        "đúng nhiệt độ và hàn lại, kể cả chip có keo đế.",
        {"mSo022": 2, "mSo023": 2, "mSo024": 2, "mSo021": 1, "mSo011": 1},
    ),
    (
        "mSn12",
        "en",
        "en_dexter_microscope",
        "Stereo microscope for microsoldering at a repair shop in Duyen Hai",
        "Our technician in Duyen Hai town keeps breaking IC pins and lifting traces when reworking small SMD parts by "
        "eye. We need a suitable stereo microscope or inspection camera with good light for phone board work and "
        "advice on magnification.",
        {"mSo025": 2, "mSo026": 1, "mSo022": 1},
    ),
    (
        "mSn13",
        "vi",
        "vi_cunghoidap_mohan",
        "Mua máy khò và mỏ hàn điều chỉnh nhiệt cho thợ điện tử ở Trà Ôn",
        "Tiệm sửa điện tử dân dụng và điện thoại ở Trà Ôn cần thay mỏ hàn cũ và mua máy khò gió nóng. Muốn loại chỉnh "
        "được nhiệt độ, có nhiều đầu mũi, kèm hướng dẫn dùng và tự bảo trì khi khò không ra gió hoặc không nóng.",
        {"mSo028": 2, "mSo030": 2, "mSo031": 2, "mSo029": 1, "mSo021": 1},
    ),
    (
        "mSn14",
        "en",
        "en_microsoldering_au",
        "Partner for board-level microsoldering repairs for a Tieu Can electronics retailer",
        "We sell and repair phones and tablets in Tieu Can but cannot do component-level board work. We need a "
        "partner that takes boards with faults such as dead charging or audio ICs and replaces tiny components under "
        "a microscope, at a price that makes sense compared with a new phone.",
        {"mSo026": 2, "mSo027": 2, "mSo114": 1, "mSo025": 1},
    ),
    # --- solder fume ---------------------------------------------------------------------------------
    (
        "mSn15",
        "vi",
        "en_clothingsuite_fume",
        "Hút khói hàn cho xưởng sửa chữa điện tử 6 bàn ở TP Trà Vinh",
        "Xưởng sửa chữa bo mạch của công ty ở TP Trà Vinh có 6 bàn hàn, thợ than ho, cay mắt, nhức đầu. Cần giải pháp "
        "hút và lọc khói hàn thiếc tại từng bàn, đáp ứng yêu cầu an toàn lao động, không làm nóng phòng máy lạnh.",
        {"mSo036": 2, "mSo033": 2, "mSo034": 2, "mSo035": 2, "mSo037": 2, "mSo040": 2, "mSo038": 1},
    ),
    (
        "mSn16",
        "en",
        "en_wiki_fume",
        "Compact fume extractor for a one-bench phone repair kiosk in Tam Binh market",
        "I run a one-bench phone repair kiosk inside Tam Binh market. Solder and flux smoke stays around my face and "
        "bothers neighbouring stalls. I need a small benchtop fume extractor with proper filters that fits on the "
        "counter.",
        {"mSo033": 2, "mSo036": 2, "mSo037": 2, "mSo034": 1, "mSo035": 1, "mSo040": 1},
    ),
    (
        "mSn17",
        "vi",
        "en_thoracickey",
        "Đánh giá nguy cơ hen do khói nhựa thông cho thợ hàn bo lâu năm ở Càng Long",
        "Hai thợ hàn bo mạch lâu năm ở cơ sở của tôi tại Càng Long bị ho, khò khè, tức ngực, đỡ hơn vào cuối tuần. Cần "
        "tư vấn về nguy cơ hen nghề nghiệp do khói chất trợ hàn nhựa thông, cách kiểm soát, theo dõi sức khỏe và loại "
        "chất trợ hàn thay thế.",
        {"mSo038": 2, "mSo039": 2, "mSo040": 1, "mSo034": 1},
    ),
    (
        "mSn18",
        "en",
        "en_documents_asthma",
        "Local exhaust ventilation for desoldering old boards in Mo Cay",
        "Our small business in Mo Cay (Vinh Long) desolders components from scrapped TVs and phones to resell as "
        "parts. Workers breathe rosin flux and lead fume all day. We need local exhaust ventilation at the desoldering "
        "benches that captures the fume at the source.",
        {"mSo040": 2, "mSo034": 2, "mSo035": 2, "mSo036": 2, "mSo038": 1},
    ),
    # --- ESD ---------------------------------------------------------------------------------------
    (
        "mSn19",
        "vi",
        "vi_otofun_tinhdien",
        "Chống tĩnh điện cho bàn sửa máy tính ở Châu Thành mùa khô",
        "Tiệm sửa máy tính ở huyện Châu Thành (Trà Vinh) mùa khô hay bị giật tĩnh điện, đã mấy lần hỏng RAM, CPU của "
        "khách sau khi sửa. Cần thảm chống tĩnh điện, vòng đeo tay và dây tiếp đất cho 3 bàn làm việc, kèm hướng dẫn "
        "lắp đặt.",
        {"mSo045": 2, "mSo046": 2, "mSo047": 1, "mSo048": 1, "mSo050": 1, "mSo044": 1, "mSo049": 1},
    ),
    (
        "mSn20",
        "en",
        "en_physicsforums_esd",
        "Setting up a proper ESD bench in a Cau Ke phone shop",
        "Our technicians in Cau Ke only wear a wrist strap clipped to a screw on the table. We want to set up a proper "
        "static-safe bench: dissipative mat, wrist straps with the right resistor, a correct path to ground, and simple "
        "checks we can do ourselves.",
        {"mSo044": 2, "mSo045": 2, "mSo046": 2, "mSo047": 1, "mSo048": 1, "mSo051": 1},
    ),
]

NEEDS += [
    (
        "mSn21",
        "vi",
        "en_static_eliminators",
        "Can mua vong deo tay chong tinh dien cho 4 tho o Vung Liem",
        "Tiem sua dien thoai, may tinh bang o Vung Liem co 4 tho, chua ai deo vong chong tinh dien khi thao main, thay "
        "chip. Can mua vong deo tay (loai co day noi dat hoac khong day), neu co them gang tay chong tinh dien thi cang "
        "tot, gia hop ly, giao hang ve huyen.",
        {"mSo048": 2, "mSo046": 2, "mSo049": 1, "mSo047": 1, "mSo050": 1},
    ),
    (
        "mSn22",
        "en",
        "en_desco_qa",
        "Grounding technicians who sit at benches in a Vinh Long repair centre",
        "Our warranty repair centre in Vinh Long city has a conductive floor and technicians wear heel straps, but they "
        "sit at benches with their feet on footrests. We need advice and equipment so that seated technicians stay "
        "grounded: chairs, floor or chair mats, wrist straps, and how to check them.",
        {"mSo051": 2, "mSo044": 2, "mSo046": 2, "mSo047": 1, "mSo048": 1},
    ),
    # --- lithium batteries ---------------------------------------------------------------------------
    (
        "mSn23",
        "vi",
        "vi_suckhoe_phongpin",
        "Quy trình xử lý và lưu giữ an toàn pin phồng cho cửa hàng ở Trà Ôn",
        "Cửa hàng sửa điện thoại của chúng tôi ở Trà Ôn mỗi tháng tháo ra vài chục viên pin phồng. Cần quy trình cho "
        "nhân viên nhận biết pin nguy hiểm, cách cất giữ tạm an toàn chống cháy trước khi giao thu gom, và cách xử lý "
        "khi pin bốc khói.",
        {"mSo057": 2, "mSo058": 2, "mSo059": 2, "mSo061": 2, "mSo060": 1, "mSo062": 1},
    ),
    (
        "mSn24",
        "en",
        "en_techyoulike",
        "Safe storage and a take-back channel for used and swollen batteries in Cang Long",
        "Our repair shop in Cang Long has accumulated dozens of used and swollen lithium-ion phone batteries in a "
        "cardboard box behind the counter. We need fire-safe storage containers and a recycling channel that accepts "
        "damaged batteries.",
        {"mSo059": 2, "mSo058": 2, "mSo062": 2, "mSo057": 1, "mSo072": 1, "mSo074": 1, "mSo061": 1},
    ),
    # --- liquid damage (farmer) ----------------------------------------------------------------------
    (
        "mSn25",
        "vi",
        "vi_tusach_uot",
        "Sửa điện thoại rơi xuống mương cho nông dân ở Cầu Kè",
        "Tôi làm vườn ở xã An Phú Tân, Cầu Kè, điện thoại rơi xuống mương nước ngâm gần nửa tiếng, tắt nguồn không lên. "
        "Cần chỗ sửa máy vào nước uy tín: vệ sinh bo mạch, xử lý rỉ sét, báo giá trước, không sửa được thì không tính "
        "tiền.",
        {"mSo132": 2, "mSo128": 2, "mSo130": 2, "mSo133": 2, "mSo131": 1},
    ),
    # --- e-waste and battery collection --------------------------------------------------------------
    (
        "mSn26",
        "en",
        "en_springer_ch67",
        "E-waste drop boxes at a supermarket in Vinh Long city",
        "A supermarket in Vinh Long city wants to place drop boxes where shoppers can leave broken phones, chargers, "
        "small appliances and batteries, and needs a partner to supply the boxes, collect regularly and recycle the "
        "items properly.",
        {"mSo065": 2, "mSo070": 2, "mSo072": 2, "mSo064": 1, "mSo155": 1},
    ),
    (
        "mSn27",
        "vi",
        "vi_moitruongxanh",
        "Đặt điểm thu gom rác thải điện tử cho người dân xã ở Cầu Ngang",
        "UBND xã và hợp tác xã dịch vụ ở Cầu Ngang muốn đặt điểm thu gom đồ điện tử hỏng (điện thoại, tivi, máy tính, "
        "pin) để người dân không vứt chung rác hoặc bán đồng nát. Cần đơn vị hỗ trợ thùng, tuyên truyền, thu gom định "
        "kỳ và xử lý đúng quy trình.",
        {"mSo064": 2, "mSo065": 2, "mSo069": 2, "mSo070": 2, "mSo066": 1, "mSo067": 1, "mSo072": 1},
    ),
    (
        "mSn28",
        "en",
        "en_tuoitrenews_vrp",
        "Hosting an e-waste collection day at a phone retailer in Vinh Long",
        "A phone and appliance retailer with three stores in Vinh Long province wants to host a recycling day and keep a "
        "permanent collection point where customers return used electronics. We look for a take-back organisation "
        "that provides bins, picks up and recycles at no cost.",
        {"mSo070": 2, "mSo064": 2, "mSo065": 2, "mSo072": 2, "mSo069": 1},
    ),
    (
        "mSn29",
        "vi",
        "vi_123docz_truyenthong",
        "Thay thói quen bán đồng nát rác điện tử ở Duyên Hải",
        "Hội phụ nữ thị xã Duyên Hải thấy người dân bán điện thoại, tivi hỏng cho đồng nát, bị tháo dỡ thủ công rồi "
        "đốt, vứt phần còn lại. Cần kênh thu gom, tái chế chính thức và tài liệu tuyên truyền để vận động hội viên "
        "gửi đúng nơi.",
        {"mSo066": 2, "mSo064": 2, "mSo069": 2, "mSo070": 2, "mSo065": 1, "mSo068": 1, "mSo071": 1},
    ),
    (
        "mSn30",
        "en",
        "en_springer_buap",
        "Study of e-waste flows from repair shops and collectors in Tra Vinh",
        "The provincial environment office wants to understand where e-waste from repair shops, households and informal "
        "collectors in Tra Vinh ends up, how much is dismantled by hand, and what risks workers face, in order to design "
        "a collection model. We need a research partner.",
        {"mSo071": 2, "mSo067": 2, "mSo068": 2, "mSo066": 1},
    ),
    (
        "mSn31",
        "vi",
        "vi_cand_pin",
        "Gom pin cũ của học sinh ở trường tiểu học Tiểu Cần",
        "Trường tiểu học ở Tiểu Cần phát động học sinh mang pin cũ đến trường, sau hai tháng đã có mấy thùng pin tiểu, "
        "pin điện thoại nhưng không biết giao cho ai xử lý. Cần đơn vị nhận pin thải định kỳ và thùng gom đúng quy định.",
        {"mSo073": 2, "mSo155": 2, "mSo072": 2, "mSo074": 1, "mSo062": 1},
    ),
    (
        "mSn32",
        "en",
        "en_lithiumups",
        "Certified recycler for lithium-ion phone batteries from a Tra Cu shop",
        "Our shop in Tra Cu collects old phone and laptop batteries from customers. We need a recycling programme that "
        "accepts lithium-ion batteries from businesses, tells us how to pack them and can receive shipments or drop-offs.",
        {"mSo062": 2, "mSo072": 2, "mSo074": 2, "mSo073": 1, "mSo155": 1},
    ),
    # --- POS, stock, payments ------------------------------------------------------------------------
    (
        "mSn33",
        "vi",
        "vi_quanlybanhang_congno",
        "Phần mềm quản lý IMEI, tồn kho và công nợ cho cửa hàng điện thoại ở Cầu Kè",
        "Cửa hàng điện thoại ở thị trấn Cầu Kè vẫn ghi sổ tay số IMEI máy bán, hàng tồn và khách nợ, cuối tháng đối "
        "chiếu rất mệt. Cần phần mềm bán hàng quản lý theo IMEI, tồn kho, công nợ khách và nhà cung cấp, in hóa đơn.",
        {"mSo079": 2, "mSo080": 2, "mSo085": 2, "mSo082": 1, "mSo081": 1, "mSo087": 1},
    ),
    (
        "mSn34",
        "en",
        "en_virtualpress",
        "Digital job cards and billing for a repair shop in Tra Vinh city",
        "Our phone and laptop repair shop in Tra Vinh city still writes job cards by hand and adds up labour and parts "
        "with a calculator; receipts get lost and daily totals are wrong. We want software for repair tickets, status "
        "tracking and billing at the counter.",
        {"mSo083": 2, "mSo084": 2, "mSo085": 2, "mSo086": 2, "mSo087": 2, "mSo079": 1, "mSo080": 1},
    ),
    (
        "mSn35",
        "vi",
        "vi_raovat_phanmem",
        "Can phan mem ban hang cho tiem phu kien dien thoai o Long Ho",
        "Tiem phu kien dien thoai (op lung, cap sac, tai nghe) o Long Ho can phan mem ban hang de tinh tien nhanh, in "
        "hoa don, biet hang nao sap het de nhap them, xem doanh thu moi ngay tren dien thoai.",
        {"mSo080": 2, "mSo079": 2, "mSo086": 2, "mSo081": 1},
    ),
    (
        "mSn36",
        "en",
        "en_webuy_wipe",
        "Recording phones bought from walk-in sellers at a used-phone shop in Binh Tan",
        "Our used-phone shop in Binh Tan buys phones from people walking in and resells them. We need a system that "
        "records each device by IMEI with the seller's details and purchase price, tracks it through repair and resale, "
        "and keeps stock accurate.",
        {"mSo085": 2, "mSo079": 2, "mSo123": 1, "mSo124": 1},
    ),
    (
        "mSn37",
        "vi",
        "vi_linkbank_qr",
        "Nhận thanh toán QR có đối soát và chống QR giả cho tiệm điện máy ở Mang Thít",
        "Tiệm điện máy nhỏ ở Mang Thít đang dán mã QR số tài khoản cá nhân, lúc đông khách khó biết ai đã chuyển thật, "
        "từng bị dán QR giả. Cần giải pháp QR thanh toán gắn với hóa đơn, báo tiền về tức thì và hướng dẫn phòng lừa đảo.",
        {"mSo088": 2, "mSo089": 2, "mSo080": 1, "mSo084": 1},
    ),
    (
        "mSn38",
        "en",
        "en_linkml_inventory",
        "Spare-parts stock control with low-stock alerts for a Vinh Long repair workshop",
        "Our repair workshop in Vinh Long keeps about 600 kinds of screens, batteries, charging ports and ICs. Parts "
        "run out without warning and we do not know our real cost. We need inventory software that deducts parts used in "
        "repairs, warns at minimum stock and values stock properly.",
        {"mSo084": 2, "mSo085": 2, "mSo080": 1, "mSo086": 1, "mSo095": 1, "mSo079": 1},
    ),
    # --- warranty ------------------------------------------------------------------------------------
    (
        "mSn39",
        "vi",
        "vi_vietmap_bh",
        "Kích hoạt bảo hành qua tin nhắn cho khách nông thôn của cơ sở lắp ráp đèn năng lượng mặt trời ở Bình Minh",
        "Cơ sở lắp ráp đèn năng lượng mặt trời, quạt sạc ở Bình Minh bán chủ yếu cho bà con nông thôn, nhiều người lớn "
        "tuổi không dùng internet. Cần hệ thống để khách kích hoạt và tra cứu bảo hành bằng tin nhắn SMS theo mã trên "
        "tem, thay phiếu giấy hay thất lạc.",
        {"mSo097": 2, "mSo099": 2, "mSo096": 1, "mSo098": 1},
    ),
    (
        "mSn40",
        "en",
        "en_logbook_warranty",
        "Serial-based warranty lookup and claim validation for an electronics retailer in Tra Vinh",
        "Our electronics store in Tra Vinh city handles many warranty claims on phones and small appliances, checked "
        "against paper invoices. We need a system that links each serial or IMEI to the sale date and customer so staff "
        "can see warranty status and history instantly and approve or reject claims with evidence.",
        {"mSo100": 2, "mSo101": 2, "mSo102": 2, "mSo103": 2, "mSo104": 1, "mSo079": 2, "mSo085": 1},
    ),
    (
        "mSn41",
        "vi",
        "vi_icheck_tem",
        "Tem bảo hành điện tử chống giả cho cơ sở sản xuất loa bluetooth ở TP Vĩnh Long",
        "Cơ sở sản xuất loa bluetooth của chúng tôi ở TP Vĩnh Long bị làm giả tem bảo hành, khách mang hàng nhái đến "
        "đòi bảo hành. Cần tem điện tử có mã QR theo từng sản phẩm để khách tự kiểm tra hàng thật và kích hoạt bảo hành.",
        {"mSo096": 2, "mSo098": 2, "mSo103": 2, "mSo099": 1},
    ),
    (
        "mSn42",
        "en",
        "en_logbook_warranty",
        "Stopping duplicate warranty claims on power banks for a distributor in Vinh Long",
        "We distribute power banks and chargers to shops across Vinh Long province and receive duplicate or fraudulent "
        "warranty claims using the same unit twice. We need serial capture at sale and at claim time, with automatic "
        "detection of duplicates.",
        {"mSo104": 2, "mSo103": 2, "mSo100": 2, "mSo101": 1, "mSo096": 1},
    ),
    # --- data recovery -------------------------------------------------------------------------------
    (
        "mSn43",
        "vi",
        "vi_hdvietnam_cuu",
        "Cứu dữ liệu ổ cứng ngoài bị hỏng cho văn phòng công chứng ở Càng Long",
        "Văn phòng công chứng ở Càng Long có ổ cứng gắn ngoài chứa hồ sơ nhiều năm, nay cắm vào máy không nhận, ổ kêu "
        "lạch cạch. Ổ còn bảo hành nhưng dữ liệu quan trọng hơn. Cần đơn vị cứu dữ liệu uy tín, bảo mật.",
        {"mSo105": 2, "mSo106": 2, "mSo108": 2, "mSo107": 1, "mSo109": 2, "mSo110": 2, "mSo111": 1},
    ),
    (
        "mSn44",
        "en",
        "en_thecoolcrowd",
        "Cleanroom recovery of a clicking hard drive for a clinic in Tra Vinh city",
        "A private clinic in Tra Vinh city has a server hard drive that clicks and is not detected; patient records since "
        "2019 were not backed up. We need a lab that can open the drive in a cleanroom and recover the data.",
        {"mSo109": 2, "mSo110": 2, "mSo105": 2, "mSo111": 1},
    ),
    (
        "mSn45",
        "vi",
        "vi_kenh14_nuoc",
        "Lấy lại ảnh, danh bạ từ điện thoại rơi xuống ao của nông dân ở Trà Cú",
        "Tôi nuôi cá ở xã Ngọc Biên, Trà Cú, điện thoại rơi xuống ao, máy chết hẳn không lên nguồn. Máy không quan trọng "
        "bằng hình ảnh gia đình và danh bạ khách mua cá. Cần nơi lấy lại dữ liệu từ máy đã chết.",
        {"mSo114": 2, "mSo112": 2, "mSo157": 2, "mSo113": 1, "mSo132": 1, "mSo131": 1},
    ),
]

NEEDS += [
    (
        "mSn46",
        "en",
        "en_fivestar_usb",
        "USB stick and SD card not detected at a photo studio in Binh Minh",
        "Our photo studio in Binh Minh has a 64 GB USB stick and an SD card with wedding shoots that are no longer "
        "recognised by any computer; a local shop already tried to resolder the connector. We need a service that can "
        "read the memory chips directly and rebuild the files.",
        {"mSo115": 2, "mSo106": 2, "mSo112": 1, "mSo105": 1},
    ),
    (
        "mSn47",
        "en",
        "en_factually_nand",
        "Recovering data from a dead older Android phone for a cooperative in Tieu Can",
        "The accountant of our rice cooperative in Tieu Can kept member records on an old Android phone that no longer "
        "powers on after being crushed. We need chip-level recovery of the phone's internal memory.",
        {"mSo112": 2, "mSo113": 2, "mSo157": 2, "mSo114": 1, "mSo105": 1},
    ),
    (
        "mSn48",
        "vi",
        "vi_120bao_2758",
        "Lo format nham the nho may anh, can khoi phuc anh cuoi cho tiem chup anh o Tra On",
        "Tiem chup anh cuoi o Tra On lo tay format nham the nho may anh chua kip chep anh cua mot dam cuoi. Can dich vu "
        "khoi phuc anh tu the nho, chua ghi de du lieu moi, lam nhanh trong vai ngay.",
        {"mSo106": 2, "mSo105": 2, "mSo107": 1, "mSo115": 2},
    ),
    (
        "mSn49",
        "en",
        "en_datarecoveryexperts",
        "Recovering drives submerged when high tide flooded a shop in Cau Ke",
        "An unusually high tide flooded our shop in Cau Ke and two office computers sat in muddy water overnight. The "
        "hard drives hold accounts and customer lists. We need a lab able to recover data from water-damaged drives.",
        {"mSo111": 2, "mSo109": 2, "mSo105": 2, "mSo110": 1},
    ),
    # --- data erasure, used phones -------------------------------------------------------------------
    (
        "mSn50",
        "en",
        "en_giggletrade",
        "Certified data wiping for trade-in phones at a dealer in Vinh Long",
        "Our dealership in Vinh Long city takes old phones as trade-ins and resells them. Customers worry about their "
        "photos and banking apps. We need a wiping method that really erases data and gives a certificate per device.",
        {"mSo117": 2, "mSo118": 2, "mSo123": 2, "mSo119": 1},
    ),
    (
        "mSn51",
        "vi",
        "vi_kienthuc_1978",
        "Kiểm tra nguồn gốc iPhone cũ trước khi nhập cho cửa hàng ở Bình Minh",
        "Cửa hàng mua bán điện thoại cũ ở Bình Minh từng nhập phải iPhone giá rẻ bất thường, tra IMEI ra ngày kích hoạt "
        "năm 1978 hoặc báo không tồn tại. Cần cách kiểm tra IMEI, khóa, máy tân trang hay máy đổi bảo hành trước khi "
        "nhập lô hàng.",
        {"mSo124": 2, "mSo127": 2, "mSo126": 1, "mSo123": 2},
    ),
    (
        "mSn52",
        "en",
        "en_usedsmartmobiles",
        "Standard grading of used phones before resale in Tra Vinh city",
        "We buy used phones in Tra Vinh city and sell them to shops in other provinces, who often dispute their "
        "condition. We need a standard testing checklist and grading scale (A, B, C) that both sides trust.",
        {"mSo121": 2, "mSo120": 2, "mSo122": 2, "mSo123": 2, "mSo156": 2, "mSo125": 1},
    ),
    (
        "mSn53",
        "vi",
        "vi_mytour_tantrang",
        "Quy trình kiểm tra nhanh và xóa dữ liệu điện thoại thu mua cho HTX ở Tam Bình",
        "Hợp tác xã thương mại ở Tam Bình mở quầy thu mua điện thoại cũ của bà con. Cần quy trình kiểm tra nhanh phần "
        "cứng (màn hình, loa, camera, pin), nhận biết máy dựng lại và xóa sạch dữ liệu người bán trước khi bán lại.",
        {"mSo125": 2, "mSo120": 2, "mSo123": 2, "mSo117": 1, "mSo126": 1},
    ),
    (
        "mSn54",
        "en",
        "en_eridirect",
        "Erasing 40 retired laptops and phones before donation by a bank branch in Tra Vinh",
        "A bank branch in Tra Vinh is retiring 40 laptops and phones and wants to donate them to schools. Before they "
        "leave the building the data must be erased with proof that auditors will accept.",
        {"mSo117": 2, "mSo123": 2, "mSo118": 1, "mSo119": 1},
    ),
    # --- liquid damage -------------------------------------------------------------------------------
    (
        "mSn55",
        "vi",
        "vi_vietarrow_nuoc",
        "Đầu tư bể rửa siêu âm xử lý máy vào nước cho tiệm ở Trà Cú",
        "Mùa mưa tiệm sửa điện thoại của tôi ở Trà Cú nhận rất nhiều máy vào nước, chải bàn chải không sạch được dưới "
        "chip nên máy hay hỏng lại. Muốn đầu tư bể rửa siêu âm và học quy trình làm sạch bo mạch bị oxy hóa.",
        {"mSo128": 2, "mSo129": 1, "mSo133": 1, "mSo130": 1},
    ),
    (
        "mSn56",
        "en",
        "en_fineoils",
        "Repair partner for phones soaked in seawater, fishing cooperative in Duyen Hai",
        "Members of our fishing cooperative in Duyen Hai regularly drop phones in seawater on the boats. Salt deposits "
        "keep corroding the boards even after drying. We need a repair partner able to clean salt and corrosion "
        "properly and tell us honestly which phones are worth fixing.",
        {"mSo128": 2, "mSo130": 2, "mSo133": 2, "mSo132": 2, "mSo131": 1, "mSo129": 1},
    ),
    (
        "mSn57",
        "vi",
        "vi_blackberry_nuoc",
        "Tài liệu hướng dẫn khách sơ cứu điện thoại dính nước cho hộ kinh doanh ở Cầu Ngang",
        "Hộ kinh doanh điện thoại ở Cầu Ngang muốn in tờ hướng dẫn phát cho khách: làm gì ngay khi máy rơi xuống nước, "
        "vì nhiều người cố bật máy hoặc sấy nóng làm hỏng nặng thêm trước khi mang ra tiệm.",
        {"mSo131": 2, "mSo129": 2, "mSo133": 1, "mSo134": 1},
    ),
    (
        "mSn58",
        "en",
        "en_blueridge",
        "Fair pricing policy for liquid-damaged phones at a Tieu Can shop",
        "Customers in Tieu Can argue when a water-damaged phone we repaired fails again weeks later. We want a clear "
        "policy and method: how to assess corrosion, when to refuse, what to replace, and when the customer pays.",
        {"mSo130": 2, "mSo128": 1, "mSo132": 1},
    ),
    (
        "mSn59",
        "vi",
        "en_solingen_micro",
        "Học cách xử lý bo mạch vào nước bằng cồn thay vì ngâm gạo cho thợ ở Vũng Liêm",
        "Thợ sửa điện thoại ở Vũng Liêm vẫn khuyên khách ngâm gạo khi máy vào nước và nhiều máy hỏng sau đó. Muốn có "
        "quy trình đúng: tháo máy, làm sạch khoáng chất bằng cồn isopropyl, sấy khô rồi mới lắp, kèm tài liệu dễ hiểu.",
        {"mSo129": 2, "mSo133": 2, "mSo128": 1, "mSo131": 1},
    ),
    # --- laptop and PC care --------------------------------------------------------------------------
    (
        "mSn60",
        "en",
        "vi_kenhcongnghe_vs",
        "Periodic cleaning and thermal paste service for an internet cafe in Tieu Can",
        "Our internet and gaming cafe in Tieu Can has 25 desktop PCs and several laptops that overheat, throttle and "
        "get noisy. We need a technician service for periodic dust cleaning of fans and heatsinks and replacement of "
        "dried thermal paste.",
        {"mSo135": 2, "mSo136": 2, "mSo137": 2, "mSo138": 1},
    ),
    (
        "mSn61",
        "vi",
        "vi_congtyvesinh_keo",
        "Vệ sinh, tra keo tản nhiệt 30 máy tính phòng tin học trường THCS ở Châu Thành",
        "Phòng tin học trường THCS ở Châu Thành (Trà Vinh) có 30 máy tính và 5 laptop giáo viên chạy nóng, tự tắt giữa "
        "giờ học. Cần đơn vị đến trường vệ sinh bụi, thay keo tản nhiệt, tra dầu quạt trong dịp hè.",
        {"mSo135": 2, "mSo136": 2, "mSo137": 2, "mSo138": 1, "mSo004": 1},
    ),
    # --- repair cafes --------------------------------------------------------------------------------
    (
        "mSn62",
        "vi",
        "en_permies_repaircafe",
        "Tổ chức ngày hội sửa đồ điện tử miễn phí cho đoàn viên ở TP Trà Vinh",
        "Đoàn thanh niên phường ở TP Trà Vinh muốn tổ chức hằng tháng một buổi sửa đồ miễn phí: người dân mang quạt, "
        "nồi cơm, điện thoại hỏng đến, tình nguyện viên cùng sửa và chỉ cách tự sửa, giảm rác điện tử. Cần mô hình và "
        "kinh nghiệm tổ chức.",
        {"mSo139": 2, "mSo140": 2, "mSo141": 2},
    ),
    (
        "mSn63",
        "en",
        "en_rpi_repaircafe",
        "Monthly repair cafe with volunteer fixers for the women's union in Chau Thanh",
        "The women's union of a commune in Chau Thanh (Tra Vinh) wants a monthly repair cafe where volunteers fix small "
        "appliances, phones and clothes with residents and teach them. We need help recruiting fixers and running the "
        "event safely.",
        {"mSo139": 2, "mSo140": 2, "mSo141": 2, "mSo064": 1},
    ),
    # --- screens -------------------------------------------------------------------------------------
    (
        "mSn64",
        "en",
        "vi_truyenhinh_vokinh",
        "Offering glass-only screen repair at a phone shop in Cang Long",
        "Our shop in Cang Long replaces the whole display assembly even when only the front glass is cracked, which "
        "makes repairs expensive. We want to offer glass-only replacement (separating and relaminating the glass) where "
        "the panel type allows it, with the right machine and skills.",
        {"mSo142": 2, "mSo143": 2, "mSo009": 2, "mSo029": 1, "mSo145": 1, "mSo146": 1},
    ),
    # --- more data recovery, training, warranty, POS, e-waste, fume, ESD, board repair -----------------
    (
        "mSn65",
        "vi",
        "en_hotnews_datarecovery",
        "Cứu dữ liệu ổ cứng máy chủ hỏng cho trường THPT ở Tiểu Cần",
        "Máy chủ phòng giáo vụ trường THPT ở Tiểu Cần hỏng ổ cứng, mất dữ liệu điểm và hồ sơ học sinh ba năm, bản sao "
        "lưu cũ không dùng được. Cần đơn vị phục hồi dữ liệu, kể cả phải mở ổ trong phòng sạch.",
        {"mSo105": 2, "mSo109": 2, "mSo110": 2, "mSo106": 2, "mSo108": 1},
    ),
    (
        "mSn66",
        "vi",
        "en_realgear_bga",
        "Can noi sua bo mach iphone mat nguon, mat am thanh cho tiem o Tra Cu",
        "Tiem dien thoai o Tra Cu nhan nhieu iphone mat nguon, mat loa, mat mic nhung khong co tho sua bo mach. Can don "
        "vi nhan sua main cap linh kien (thay IC, tu, chan ket noi duoi kinh hien vi), bao gia truoc.",
        {"mSo026": 2, "mSo027": 2, "mSo114": 1, "mSo029": 1},
    ),
    (
        "mSn67",
        "en",
        "vi_timluanvan_1956",
        "Short electronics repair course for young members of a Cau Ngang cooperative",
        "Our agricultural cooperative in Cau Ngang wants its young members to earn off-season income from repairing "
        "household electronics and refrigerators. We need a short vocational class held in the commune.",
        {"mSo012": 2, "mSo001": 1, "mSo003": 1, "mSo005": 1},
    ),
    (
        "mSn68",
        "vi",
        "vi_123docz_travinh",
        "Xây chương trình đào tạo kỹ thuật viên sửa phần cứng điện thoại theo chuẩn năng lực ở Trà Cú",
        "Trung tâm giáo dục nghề nghiệp huyện Trà Cú muốn mở ngành sửa chữa phần cứng điện thoại cho lao động nông "
        "thôn, cần khung chương trình theo chuẩn năng lực: mô-đun, thời lượng, tiêu chí đánh giá, an toàn lao động và "
        "thực tập tại cơ sở sửa chữa.",
        {"mSo006": 2, "mSo007": 2, "mSo005": 2, "mSo001": 1, "mSo013": 1},
    ),
    (
        "mSn69",
        "en",
        "vi_miennam_baohanh",
        "Warranty activation by SMS or Zalo for rural buyers of a fan distributor in Long Ho",
        "We distribute electric fans and rice cookers across rural Long Ho and Vung Liem. Paper warranty cards get lost "
        "and many buyers do not use the internet. We want customers to activate and check warranty by SMS or by scanning "
        "a code with Zalo.",
        {"mSo097": 2, "mSo098": 2, "mSo099": 2, "mSo096": 1, "mSo100": 1},
    ),
    (
        "mSn70",
        "vi",
        "vi_hoangsoft_pos",
        "Phần mềm nhận máy sửa, lưu IMEI, mật khẩu và ảnh máy cho tiệm ở Cầu Kè",
        "Tiệm sửa điện thoại ở Cầu Kè cần phần mềm lập phiếu nhận máy: lưu IMEI, mật khẩu, ảnh tình trạng máy, theo dõi "
        "máy đang sửa, chờ linh kiện, đã xong, máy cho khách mượn tạm, rồi thu tiền khi trả máy.",
        {"mSo087": 2, "mSo085": 2, "mSo083": 2, "mSo079": 1, "mSo084": 1},
    ),
    (
        "mSn71",
        "vi",
        "vi_labweb_vtvgo",
        "Dịch vụ thu gom đồ điện tử hỏng tận nhà cho HTX ở Ba Tri",
        "Hợp tác xã dịch vụ môi trường ở Ba Tri (Vĩnh Long) muốn thay việc tái chế trái phép rác điện tử bằng dịch vụ "
        "đến tận nhà nhận tivi, máy tính, điện thoại hỏng của bà con và chuyển về cơ sở xử lý được cấp phép.",
        {"mSo069": 2, "mSo064": 2, "mSo065": 1, "mSo070": 1},
    ),
    (
        "mSn72",
        "en",
        "en_firstoption_solder",
        "Fume extraction for 15 soldering benches in a technical school lab in Tra Vinh",
        "The electronics lab of a technical secondary school in Tra Vinh city has 15 soldering benches used by students "
        "all day. Teachers worry about rosin flux fume. We need an extraction solution for every bench and a maintenance "
        "plan we can follow.",
        {"mSo034": 2, "mSo035": 2, "mSo036": 2, "mSo033": 2, "mSo040": 2, "mSo038": 1},
    ),
    (
        "mSn73",
        "vi",
        "en_desco_blog",
        "Quy trình kiểm tra định kỳ vòng tay, thảm chống tĩnh điện cho trung tâm bảo hành ở TP Vĩnh Long",
        "Trung tâm bảo hành điện thoại ở TP Vĩnh Long đã có thảm và vòng tay chống tĩnh điện nhưng không ai kiểm tra. "
        "Cần xây quy trình kiểm soát tĩnh điện: tần suất đo vòng tay, thảm, cách nối đất đúng và xử lý vật cách điện "
        "trên bàn.",
        {"mSo044": 2, "mSo046": 2, "mSo047": 1, "mSo048": 1, "mSo055": 1},
    ),
    (
        "mSn74",
        "vi",
        "en_psdevwiki_bga",
        "Thay chip I/O, GPU trên main laptop cho cửa hàng ở Bình Tân",
        "Cửa hàng laptop ở Bình Tân nhận nhiều máy lỗi chip đồ họa, chip I/O nhưng không có máy làm chip BGA. Cần đơn "
        "vị nhận gia công tháo, đóng chân và hàn lại chip trên main laptop.",
        {"mSo026": 2, "mSo023": 2, "mSo011": 1, "mSo022": 1},
    ),
    (
        "mSn75",
        "en",
        "vi_vietnamsir_qr",
        "Interbank QR payments with reconciliation for a small electronics shop in Tra Cu",
        "Our small electronics shop in Tra Cu wants customers to pay by scanning a QR code from any bank app, with "
        "instant confirmation and end-of-day reconciliation, instead of checking transfer messages by hand.",
        {"mSo088": 2, "mSo089": 2, "mSo084": 1},
    ),
]
