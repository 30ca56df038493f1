"""Needs of the holdout101 labelled set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- air conditioning and ventilation ---
    (
        "lYn01",
        "vi",
        "ac_baohanam",
        "Cần đơn vị bảo dưỡng định kỳ 38 máy lạnh tại trụ sở ở TP Trà Vinh",
        "Trụ sở 4 tầng của đơn vị có 38 máy lạnh treo tường và áp trần chạy khoảng 9 tiếng mỗi ngày. Đầu mùa nắng nhiều "
        "máy kém lạnh, có mùi hôi. Cần ký hợp đồng bảo dưỡng 3 tháng một lần: vệ sinh dàn nóng, dàn lạnh, kiểm tra gas.",
        {
            "lYo005": 2,
            "lYo006": 2,
            "lYo008": 2,
            "lYo001": 2,
            "lYo002": 2,
            "lYo023": 2,
            "lYo007": 1,
            "lYo003": 1,
            "lYo004": 1,
        },
    ),
    (
        "lYn02",
        "en",
        "duct_alpha",
        "Duct cleaning for a centrally air-conditioned office block in Vĩnh Long city",
        "Staff on three floors complain of dust and a musty smell from the ceiling diffusers of our ducted system, "
        "which has not been opened since the building was handed over eight years ago. We want the supply and return "
        "ducts inspected and cleaned.",
        {"lYo013": 2, "lYo014": 2, "lYo015": 2, "lYo003": 1, "lYo018": 1, "lYo016": 1},
    ),
    (
        "lYn03",
        "vi",
        "iaq_seeley",
        "Can ve sinh ong gio dieu hoa trung tam van phong o Vinh Long",
        "Van phong cong ty o phuong 1 TP Vinh Long dung dieu hoa trung tam co ong gio, mieng thoi tren tran bam bui den, "
        "nhan vien hay ho, di ung. Can don vi kiem tra va ve sinh toan bo duong ong gio.",
        {"lYo013": 2, "lYo014": 2, "lYo015": 2, "lYo023": 1, "lYo016": 1},
    ),
    (
        "lYn04",
        "en",
        "iaq_airsafe_vi",
        "Measure CO2 and stuffiness in our open-plan office in Trà Vinh",
        "About 60 employees share one sealed open-plan floor; by mid-afternoon people report headaches and drowsiness. "
        "We need someone to measure CO2, humidity and other indoor air parameters over several days and tell us "
        "whether ventilation is adequate.",
        {"lYo016": 2, "lYo017": 2, "lYo018": 2, "lYo019": 1, "lYo020": 1, "lYo105": 1},
    ),
    (
        "lYn05",
        "vi",
        "office_air_hcm",
        "Văn phòng kín bí ở Tiểu Cần cần lắp hệ thống cấp khí tươi",
        "Văn phòng hợp tác xã ở thị trấn Tiểu Cần đóng kín cửa để chạy máy lạnh cả ngày, không khí ngột ngạt, nồng mùi. "
        "Cần đơn vị thiết kế và lắp đặt hệ thống cấp khí tươi, hút khí thải cho khoảng 250 m² sàn.",
        {"lYo019": 2, "lYo020": 2, "lYo021": 1, "lYo022": 1, "lYo017": 1, "lYo016": 1},
    ),
    (
        "lYn06",
        "en",
        "ct_hvac_vi",
        "Chiller plant of our Vĩnh Long office tower is losing capacity",
        "The water-cooled chiller serving our nine-storey office no longer holds 25°C on the upper floors in April, "
        "and the water leaving the cooling tower seems too warm. We need a specialist to diagnose the chiller and the "
        "cooling tower and service them.",
        {"lYo010": 2, "lYo011": 2, "lYo012": 1, "lYo001": 1, "lYo023": 1},
    ),
    (
        "lYn07",
        "vi",
        "chiller_gteco",
        "Bảo trì chiller giải nhiệt nước cho khu hành chính tập trung tỉnh",
        "Khu hành chính tập trung ở TP Trà Vinh dùng 2 chiller giải nhiệt nước và 2 tháp giải nhiệt. Cần đơn vị bảo trì "
        "định kỳ, theo dõi nhiệt độ nước, áp suất và xử lý khi tháp giải nhiệt không đủ mát.",
        {"lYo010": 2, "lYo011": 2, "lYo012": 1, "lYo023": 1, "lYo001": 1},
    ),
    (
        "lYn08",
        "en",
        "ac_kienthuc",
        "Service contract for 25 split air-conditioners at a cooperative office in Cầu Kè",
        "Our cooperative office and meeting hall in Cầu Kè district run 25 split units most of the day. We want a "
        "yearly contract with cleaning every few months, gas checks and quick repair calls.",
        {
            "lYo001": 2,
            "lYo002": 2,
            "lYo005": 2,
            "lYo006": 2,
            "lYo008": 2,
            "lYo023": 2,
            "lYo003": 1,
            "lYo004": 1,
            "lYo007": 1,
        },
    ),
    (
        "lYn09",
        "vi",
        "tcvn5687",
        "Tư vấn thiết kế lại thông gió, điều hòa khi cải tạo trụ sở cũ ở Trà Ôn",
        "Trụ sở xây năm 2001 ở Trà Ôn sắp cải tạo. Cần đơn vị tư vấn thiết kế lại thông gió và điều hòa không khí cho "
        "đúng quy chuẩn, tiết kiệm điện, kể cả thi công hệ thống thông gió.",
        {"lYo021": 2, "lYo020": 2, "lYo019": 1, "lYo022": 1, "lYo096": 1},
    ),
    (
        "lYn10",
        "en",
        "bms_lecture_vi",
        "Facility management contract for the new provincial administrative centre",
        "The new administrative centre in Trà Vinh city needs one contractor to run and maintain all technical systems "
        "around the clock: air conditioning and ventilation, lifts, power and standby generator, water, fire "
        "protection and CCTV.",
        {"lYo023": 2, "lYo001": 1, "lYo040": 1, "lYo062": 1, "lYo024": 1},
    ),
    (
        "lYn11",
        "vi",
        "vent_clc_vi",
        "Đo chất lượng không khí phòng làm việc sau khi sơn sửa",
        "Trụ sở ở Vũng Liêm vừa sơn lại và thay nội thất gỗ công nghiệp, nhân viên kêu cay mắt, nhức đầu. Cần đơn vị đo "
        "formaldehyde, bụi, CO2, độ ẩm trong các phòng và đưa khuyến nghị.",
        {"lYo016": 2, "lYo018": 2, "lYo017": 1, "lYo019": 1, "lYo020": 1},
    ),
]

NEEDS += [
    # --- lifts ---
    (
        "lYn12",
        "vi",
        "lift_plo",
        "Bảo trì định kỳ 2 thang máy trụ sở, đúng quy định kiểm định",
        "Trụ sở UBND ở TP Vĩnh Long có 2 thang máy 10 tầng dừng đã dùng 12 năm. Cần hợp đồng bảo trì định kỳ theo tiêu "
        "chuẩn Việt Nam và chuẩn bị để kiểm định an toàn đúng hạn theo quy định của Bộ Lao động.",
        {"lYo030": 2, "lYo029": 2, "lYo023": 2, "lYo031": 1, "lYo040": 1, "lYo041": 1, "lYo042": 1},
    ),
    (
        "lYn13",
        "en",
        "lift_outdoor",
        "Modernise a 22-year-old lift in a Trà Vinh provincial office",
        "Our only passenger lift, installed in 2003, is slow, noisy and stops between floors several times a month. "
        "We want an assessment and a modernisation of controller, drive and doors rather than a full replacement.",
        {"lYo035": 2, "lYo037": 2, "lYo039": 2, "lYo032": 2, "lYo033": 2, "lYo034": 2, "lYo038": 1, "lYo043": 1},
    ),
    (
        "lYn14",
        "vi",
        "lift_old_tctm",
        "Thang may cu hay ket tang, can nang cap tu dieu khien",
        "Thang may toa nha van phong cong ty o thi xa Binh Minh chay 18 nam, hay ket tang, cua dong mo khong deu. Can "
        "don vi khao sat va nang cap tu dieu khien, bien tan, cua thang.",
        {"lYo032": 2, "lYo033": 2, "lYo034": 2, "lYo035": 2, "lYo037": 2, "lYo039": 2, "lYo043": 1, "lYo031": 1},
    ),
    (
        "lYn15",
        "en",
        "lift_rda",
        "Lift maintenance contract for a six-storey office in Vĩnh Long",
        "We manage a six-storey rented office building with two lifts and want a maintenance contractor making monthly "
        "hands-on visits, checking doors and safety devices, with fast call-out when a car stops.",
        {"lYo040": 2, "lYo041": 2, "lYo042": 2, "lYo029": 2, "lYo031": 2, "lYo030": 2, "lYo023": 2, "lYo036": 1},
    ),
    (
        "lYn16",
        "en",
        "lift_congnghe",
        "Automatic rescue check after a lift stopped between floors in a power cut",
        "During a power cut at our district office in Trà Cú a lift stopped between floors with staff inside for 40 "
        "minutes. We need the rescue device and its batteries checked or fitted so the car returns to a landing.",
        {"lYo031": 2, "lYo042": 2, "lYo029": 1, "lYo030": 1, "lYo032": 1},
    ),
    (
        "lYn17",
        "vi",
        "lift_freight_dlp",
        "Lập dự trù kinh phí dài hạn cho thay thế, hiện đại hóa thang máy",
        "Ban quản lý tòa nhà văn phòng ở Long Hồ muốn lập quỹ dự phòng, biết trước bao nhiêu năm phải hiện đại hóa thang "
        "máy, bao lâu làm lại cabin, để chia ngân sách hằng năm.",
        {"lYo038": 2, "lYo033": 1, "lYo036": 1},
    ),
    (
        "lYn18",
        "vi",
        "lift_outdoor",
        "Thang may tru so bi ket cua, den bao loi, can sua gap",
        "Thang may tru so xa o Cang Long bi ket cua tang 3, bang dieu khien bao loi, nhieu lan dung giua tang. Can doi "
        "ky thuat den sua va bao tri dinh ky sau do.",
        {"lYo029": 2, "lYo030": 2, "lYo031": 2, "lYo023": 2, "lYo041": 2, "lYo040": 2, "lYo042": 2},
    ),
    # --- electrical safety ---
    (
        "lYn19",
        "vi",
        "elec_accident",
        "Kiểm định chống sét, đo điện trở nối đất trụ sở UBND xã ở Cầu Ngang",
        "Trụ sở UBND xã ven biển ở Cầu Ngang có kim thu sét lắp từ lâu, chưa đo lại. Cần đơn vị kiểm định hệ thống chống "
        "sét, đo điện trở tiếp địa theo TCVN và cấp biên bản phục vụ kiểm tra PCCC.",
        {"lYo048": 2, "lYo049": 2, "lYo050": 2, "lYo047": 1},
    ),
    (
        "lYn20",
        "vi",
        "earth_ispace",
        "Can do dien tro tiep dia chong set kho va van phong HTX",
        "HTX nong nghiep o Tra Cu co van phong va kho lua 800 m2, mua mua set danh nhieu. Can don vi do dien tro tiep "
        "dia, kiem tra he thong chong set, neu khong dat thi lam them coc.",
        {"lYo048": 2, "lYo049": 2, "lYo050": 2, "lYo047": 1},
    ),
    (
        "lYn21",
        "en",
        "cb_forum",
        "Thermal scan of switchboards at the Vĩnh Long administrative centre",
        "We want all main and floor distribution boards of our administrative building scanned with a thermal camera "
        "while in service, with a report of hot spots and loose connections to fix.",
        {
            "lYo052": 2,
            "lYo053": 2,
            "lYo054": 2,
            "lYo055": 2,
            "lYo056": 2,
            "lYo057": 2,
            "lYo058": 2,
            "lYo060": 1,
            "lYo061": 1,
        },
    ),
    (
        "lYn22",
        "vi",
        "ups_thesis_ctu",
        "Tủ điện tổng trụ sở nóng, aptomat hay nhảy, cần kiểm tra và bảo trì",
        "Tủ điện tổng của trụ sở công ty ở TP Trà Vinh vỏ tủ nóng, mùi khét nhẹ, aptomat tổng hay nhảy vào buổi chiều. "
        "Cần đơn vị kiểm tra, scan nhiệt, siết đầu cốt và bảo trì tủ điện.",
        {"lYo058": 2, "lYo057": 2, "lYo054": 2, "lYo055": 2, "lYo052": 1, "lYo060": 1},
    ),
]

NEEDS += [
    (
        "lYn23",
        "en",
        "eicr_wfp",
        "Periodic inspection and testing of the wiring in a 1990s office building",
        "Our office in Trà Vinh city was wired in 1996 and extended several times. We want every circuit, board, "
        "socket and the earthing inspected and tested, with a written report ranking defects by urgency.",
        {"lYo059": 2, "lYo061": 2, "lYo060": 2, "lYo058": 1, "lYo054": 1},
    ),
    (
        "lYn24",
        "vi",
        "stator_blog",
        "Bảo dưỡng UPS phòng máy chủ của Sở",
        "Phòng máy chủ của Sở ở TP Vĩnh Long dùng 2 bộ UPS 6 kVA đã 4 năm, thời gian lưu điện giảm rõ. Cần đơn vị bảo "
        "dưỡng định kỳ, đo và thay ắc quy, thử tải.",
        {"lYo062": 2, "lYo063": 2, "lYo064": 2},
    ),
    (
        "lYn25",
        "en",
        "ups_thesis_ctu",
        "UPS plus standby generator for a district people's committee in Càng Long",
        "Frequent outages interrupt the one-stop service desk of our district office. We need a UPS for computers and "
        "a standby generator that takes over automatically, with training and servicing.",
        {"lYo064": 2, "lYo062": 1, "lYo063": 1, "lYo023": 1},
    ),
    (
        "lYn26",
        "en",
        "cctv_training",
        "Electrical safety training for cooperative staff",
        "Our cooperative in Châu Thành district has staff who change lamps, fans and sockets themselves in the office "
        "and the drying yard. We want a short course on avoiding electric shock and safe working.",
        {"lYo051": 2, "lYo047": 1},
    ),
    (
        "lYn27",
        "en",
        "elec_accident",
        "Lightning protection inspection before a fire-safety audit",
        "A rice cooperative in Trà Cú with an office and warehouse must show fire police a valid lightning-protection "
        "inspection record. We need the air terminals, down conductors and earth resistance checked.",
        {"lYo048": 2, "lYo049": 2, "lYo050": 2, "lYo047": 1},
    ),
    (
        "lYn28",
        "en",
        "ups_btc",
        "Training our electricians to measure earth resistance",
        "Two electricians of our company in Vĩnh Long maintain several branch offices. We want them trained to measure "
        "earthing and lightning-protection resistance themselves with a proper tester.",
        {"lYo047": 2, "lYo051": 1},
    ),
    (
        "lYn29",
        "vi",
        "eicr_wfp",
        "Kiểm tra định kỳ toàn bộ hệ thống điện trụ sở, báo cáo lỗi theo mức độ",
        "Trụ sở ngân hàng chi nhánh ở Tam Bình cần kiểm tra định kỳ toàn bộ dây dẫn, tủ điện, ổ cắm, nối đất, có báo cáo "
        "phân loại lỗi nguy hiểm cần xử lý ngay và lỗi nên cải thiện.",
        {"lYo060": 2, "lYo058": 2, "lYo059": 2, "lYo061": 2},
    ),
    (
        "lYn30",
        "en",
        "ups_thesis_ctu",
        "UPS battery replacement and service for a server room",
        "The server room of a Trà Vinh hospital's administration block runs two online UPS units whose backup time "
        "has dropped to a few minutes. We need battery testing, replacement and regular servicing.",
        {"lYo062": 2, "lYo063": 2, "lYo064": 2},
    ),
    # --- rooftop solar ---
    (
        "lYn31",
        "vi",
        "solar_hcm157",
        "Lắp điện mặt trời mái nhà cho trụ sở Sở ở TP Trà Vinh",
        "Trụ sở có mái bằng khoảng 400 m², tiền điện hơn 20 triệu đồng mỗi tháng. Muốn lắp hệ thống điện mặt trời mái "
        "nhà bằng vốn ngân sách, cần đơn vị khảo sát, lắp đặt và làm thủ tục đấu nối.",
        {"lYo074": 2, "lYo073": 2, "lYo070": 1, "lYo071": 1, "lYo083": 1},
    ),
    (
        "lYn32",
        "en",
        "solar_camau",
        "Rooftop PV included in a new district office building in Duyên Hải",
        "The province asks that new state-funded office buildings include rooftop solar. Our new three-storey office "
        "in Duyên Hải is at design stage; we need the roof designed for PV and the system installed at handover.",
        {"lYo072": 2, "lYo073": 2, "lYo074": 2, "lYo070": 1, "lYo071": 1},
    ),
    (
        "lYn33",
        "vi",
        "solar_danang",
        "Khao sat mai van phong HTX co lap dien mat troi duoc khong",
        "Van phong HTX o Vung Liem mai ton cu, xung quanh co cay cao. Muon biet mai chiu duoc tam pin khong, bong cay "
        "che bao nhieu, lap duoc bao nhieu kWp va bao lau hoan von.",
        {"lYo070": 2, "lYo071": 2, "lYo073": 2, "lYo074": 2},
    ),
    (
        "lYn34",
        "vi",
        "solar_evn",
        "Vệ sinh, bảo trì hệ thống điện mặt trời 50 kWp trên mái trụ sở",
        "Hệ thống 50 kWp trên mái trụ sở công ty ở Tam Bình lắp 3 năm chưa vệ sinh lần nào, bụi rơm rạ mùa gặt bám "
        "nhiều. Cần đơn vị vệ sinh tấm pin và bảo trì inverter, dây dẫn định kỳ.",
        {
            "lYo075": 2,
            "lYo076": 2,
            "lYo077": 2,
            "lYo078": 2,
            "lYo080": 2,
            "lYo081": 1,
            "lYo079": 1,
            "lYo082": 1,
            "lYo083": 1,
        },
    ),
]

NEEDS += [
    (
        "lYn35",
        "en",
        "home_battery",
        "Output of our 30 kWp office rooftop PV dropped by 15%",
        "Since last year the rooftop system on our office in Vĩnh Long produces about 15% less than in its first year "
        "although the panels look clean. We need an inspection that finds faulty strings, connectors or the inverter "
        "problem and repairs it.",
        {"lYo079": 2, "lYo080": 2, "lYo078": 2, "lYo081": 1, "lYo082": 1, "lYo076": 1, "lYo077": 1, "lYo075": 1},
    ),
    (
        "lYn36",
        "en",
        "agrivoltaic_vnn",
        "Remote monitoring of rooftop solar on five office buildings",
        "A provincial agency in Trà Vinh has rooftop PV on five buildings with different inverters and no one checks "
        "their output. We want remote monitoring with fault alerts and someone who acts on them.",
        {"lYo082": 2, "lYo080": 2, "lYo083": 2, "lYo081": 1},
    ),
    (
        "lYn37",
        "vi",
        "solar_drip_tg",
        "Cần kiểm tra điểm nóng tấm pin bằng camera nhiệt",
        "Hệ thống điện mặt trời mái nhà văn phòng công ty ở Cầu Kè có vài tấm pin ố vàng, nghi bị hot spot, nứt tế bào. "
        "Cần đơn vị dùng camera nhiệt kiểm tra từng tấm pin, hộp nối, đầu MC4 và inverter.",
        {"lYo079": 2, "lYo078": 1, "lYo077": 1, "lYo057": 1},
    ),
    (
        "lYn38",
        "vi",
        "solar_jmb",
        "Đánh giá kết cấu mái tôn trước khi lắp pin mặt trời",
        "Trụ sở hội nông dân huyện Mang Thít có mái tôn kèo thép lợp năm 2008. Trước khi lắp pin mặt trời cần kỹ sư đánh "
        "giá tải trọng mái, gió bão, tuổi thọ mái còn lại và phương án gia cố.",
        {"lYo070": 2, "lYo071": 2, "lYo073": 1, "lYo074": 1},
    ),
    (
        "lYn39",
        "en",
        "solar_hcm157",
        "Rooftop PV for five commune offices, about 25 kWp each",
        "Vĩnh Long district authorities plan rooftop solar of about 25 kWp on each of five commune offices. We need "
        "one contractor to survey, install and hand over all five, with a common monitoring dashboard.",
        {"lYo073": 2, "lYo074": 2, "lYo083": 2, "lYo070": 1, "lYo071": 1, "lYo082": 1},
    ),
    (
        "lYn40",
        "vi",
        "solar_camau",
        "Giám sát từ xa sản lượng điện mặt trời của nhiều trụ sở",
        "Sở có điện mặt trời mái nhà ở 6 đơn vị trực thuộc rải khắp tỉnh Vĩnh Long, không ai theo dõi sản lượng. Cần hệ "
        "thống giám sát từ xa, cảnh báo lỗi inverter và đơn vị xử lý khi có cảnh báo.",
        {"lYo082": 2, "lYo080": 2, "lYo083": 2, "lYo081": 1, "lYo077": 1},
    ),
    # --- energy audits, lighting, controls ---
    (
        "lYn41",
        "vi",
        "ea_rongba",
        "Kiểm toán năng lượng bắt buộc cho tòa nhà văn phòng lớn",
        "Tòa nhà văn phòng cho thuê ở TP Vĩnh Long vừa vào danh sách cơ sở sử dụng năng lượng trọng điểm. Cần đơn vị "
        "kiểm toán năng lượng đúng Luật 50/2010 và thông tư của Bộ Công Thương, đề xuất giải pháp tiết kiệm.",
        {
            "lYo089": 2,
            "lYo090": 2,
            "lYo091": 2,
            "lYo092": 2,
            "lYo096": 2,
            "lYo093": 1,
            "lYo094": 1,
            "lYo095": 1,
            "lYo098": 1,
        },
    ),
    (
        "lYn42",
        "en",
        "ea_metro",
        "Detailed energy audit of a provincial office complex",
        "Four office blocks of a provincial department in Trà Vinh city spend heavily on electricity, mostly air "
        "conditioning. We want a detailed audit with a list of savings measures, costs and paybacks.",
        {"lYo094": 2, "lYo095": 2, "lYo098": 2, "lYo096": 2, "lYo090": 2, "lYo092": 2, "lYo089": 2, "lYo097": 1},
    ),
    (
        "lYn43",
        "en",
        "ea_dune",
        "Walk-through energy check for a cooperative office in Cầu Kè",
        "Our cooperative's office and meeting hall pay far more for electricity than similar offices. We want a quick "
        "walk-through survey of lighting, air conditioners and equipment with no-cost and low-cost fixes.",
        {"lYo094": 2, "lYo098": 2, "lYo095": 2, "lYo089": 2, "lYo090": 2, "lYo092": 2, "lYo096": 2, "lYo097": 1},
    ),
    (
        "lYn44",
        "vi",
        "ea_acc",
        "Tien dien tru so cao, can kiem toan nang luong",
        "Tru so cong ty o Tra Vinh moi thang tien dien gan 40 trieu dong, may lanh va den chay ca ngay. Can don vi do "
        "dem, phan tich tieu thu dien va de xuat giai phap tiet kiem.",
        {"lYo089": 2, "lYo090": 2, "lYo091": 2, "lYo092": 2, "lYo096": 2, "lYo094": 2, "lYo098": 2, "lYo093": 1},
    ),
    (
        "lYn45",
        "en",
        "lamp_mit",
        "LED tubes and occupancy sensors for a three-storey office",
        "Our office in Vĩnh Long still uses fluorescent T8 tubes left on all day in empty rooms. We want LED "
        "replacement in the existing fittings plus occupancy sensors in offices, corridors and meeting rooms.",
        {"lYo099": 2, "lYo100": 2, "lYo101": 2, "lYo096": 1},
    ),
    (
        "lYn46",
        "vi",
        "bms_iot",
        "Lắp cảm biến hiện diện tự tắt đèn phòng họp, hành lang",
        "Trụ sở huyện ủy ở Trà Ôn đã thay đèn LED nhưng phòng họp, hành lang, nhà vệ sinh vẫn sáng đèn khi không có "
        "người. Cần lắp cảm biến chuyển động hoặc hiện diện tự bật tắt.",
        {"lYo099": 2, "lYo100": 2, "lYo101": 1},
    ),
]

NEEDS += [
    (
        "lYn47",
        "en",
        "bms_lecture_vi",
        "Tune up the ageing building controls of an office tower",
        "Our 12-storey office in Vĩnh Long has a building management system from 2012; schedules and setpoints were "
        "never revisited and several sensors read wrong. We want the controls reviewed and reprogrammed to cut energy.",
        {"lYo103": 2, "lYo104": 2, "lYo105": 2, "lYo102": 2, "lYo094": 1, "lYo024": 1},
    ),
    (
        "lYn48",
        "vi",
        "bms_lecture_vi",
        "Lắp hệ thống quản lý năng lượng BMS cho trung tâm hành chính mới",
        "Trung tâm hành chính công huyện Châu Thành khoảng 4.000 m² sàn chưa có hệ thống điều khiển trung tâm. Cần thiết "
        "kế và lắp BMS/EMS giám sát điều hòa, chiếu sáng, đo điện năng theo khu vực.",
        {"lYo102": 2, "lYo104": 1, "lYo103": 1, "lYo105": 1, "lYo024": 1},
    ),
    (
        "lYn49",
        "vi",
        "ea_metro",
        "Lập kế hoạch, báo cáo sử dụng năng lượng tiết kiệm cho cơ sở trọng điểm",
        "Doanh nghiệp có trụ sở và kho lạnh ở Bình Tân được Sở Công Thương nhắc nộp kế hoạch sử dụng năng lượng tiết "
        "kiệm và hiệu quả hằng năm. Cần đơn vị hướng dẫn văn bản pháp lý và lập hồ sơ, báo cáo.",
        {"lYo093": 2, "lYo091": 2, "lYo089": 1, "lYo090": 1},
    ),
    (
        "lYn50",
        "en",
        "ea_rongba",
        "Preparing our office for an energy audit",
        "An energy audit of our Trà Vinh headquarters is scheduled next quarter. We want guidance on which utility "
        "bills, drawings and equipment lists to gather and what the final report should contain.",
        {"lYo097": 2, "lYo095": 1, "lYo091": 1},
    ),
    # --- document scanning and archiving ---
    (
        "lYn51",
        "vi",
        "dig_tt05",
        "Số hóa 120 mét giá hồ sơ lưu trữ của UBND huyện theo Thông tư 05/2025",
        "Kho lưu trữ UBND huyện Càng Long có khoảng 120 mét giá hồ sơ giấy. Cần đơn vị số hóa đúng quy trình của Bộ Nội "
        "vụ, tạo cơ sở dữ liệu, ký số và bàn giao bản số hóa.",
        {
            "lYo107": 2,
            "lYo109": 2,
            "lYo113": 2,
            "lYo112": 2,
            "lYo108": 1,
            "lYo111": 1,
            "lYo121": 1,
            "lYo122": 1,
            "lYo119": 1,
            "lYo128": 1,
        },
    ),
    (
        "lYn52",
        "vi",
        "ocr_lacviet2",
        "Bàn giao và số hóa hồ sơ khi sáp nhập xã",
        "Ba xã ở huyện Trà Cú sáp nhập thành một, hồ sơ giấy của văn phòng Đảng ủy và UBND phải chỉnh lý, số hóa để bàn "
        "giao cho xã mới. Cần đơn vị làm theo hướng dẫn của Văn phòng Trung ương.",
        {"lYo108": 2, "lYo107": 2, "lYo109": 2, "lYo113": 1, "lYo112": 1},
    ),
    (
        "lYn53",
        "en",
        "scan_uic",
        "Scan 40 years of permit files at a Vĩnh Long district office",
        "Land and construction permit files since 1985 fill one room of our district office, many on thin or damaged "
        "paper. We want them scanned, indexed and made searchable, with the originals returned in order.",
        {
            "lYo119": 2,
            "lYo121": 2,
            "lYo122": 2,
            "lYo123": 2,
            "lYo107": 2,
            "lYo109": 2,
            "lYo111": 2,
            "lYo120": 1,
            "lYo124": 1,
            "lYo128": 1,
        },
    ),
    (
        "lYn54",
        "en",
        "picking_vinatech",
        "OCR to make scanned invoices and receipts searchable",
        "A cooperative in Tiểu Cần has thousands of scanned invoices and receipts as image files. We want the text "
        "recognised and key fields extracted into our accounting software.",
        {"lYo114": 2, "lYo119": 2, "lYo117": 1, "lYo118": 1, "lYo115": 1},
    ),
    (
        "lYn55",
        "vi",
        "tcvn4317",
        "Cần phần mềm quản lý văn bản và lưu trữ điện tử cho hợp tác xã",
        "Hợp tác xã ở Bình Minh muốn bỏ sổ công văn giấy, cần phần mềm quản lý văn bản đi đến, lưu trữ hồ sơ điện tử, "
        "tìm kiếm nhanh và phân quyền truy cập.",
        {"lYo116": 2, "lYo109": 2, "lYo126": 2, "lYo125": 1, "lYo110": 1},
    ),
    (
        "lYn56",
        "en",
        "shred_colindale",
        "Electronic records management system for a provincial department",
        "A department in Trà Vinh wants one system to manage electronic documents and records: versions, metadata, "
        "access rights, retention periods and disposal.",
        {"lYo126": 2, "lYo127": 2, "lYo116": 2, "lYo125": 1, "lYo109": 1},
    ),
    (
        "lYn57",
        "en",
        "port_warehouse",
        "Plan what to digitise first in a department archive",
        "Our department archive in Vĩnh Long holds about 2 million pages. Before spending, we want advice on which "
        "series to scan first, image quality, file formats and the workflow.",
        {"lYo124": 2, "lYo115": 2, "lYo109": 2, "lYo120": 2, "lYo113": 1},
    ),
    (
        "lYn58",
        "vi",
        "dig_paper_iu",
        "Quét hồ sơ cán bộ, công chức thành file PDF để tra cứu",
        "Phòng Nội vụ huyện Long Hồ cần quét khoảng 1.500 bộ hồ sơ cán bộ, công chức sang PDF, đặt tên và lập mục lục để "
        "tra cứu trên máy tính.",
        {"lYo107": 2, "lYo111": 2, "lYo121": 2, "lYo119": 2, "lYo109": 2, "lYo112": 1},
    ),
    (
        "lYn59",
        "en",
        "shred_colindale",
        "Scanning case files containing personal data",
        "The social insurance office in Trà Vinh must digitise member files that contain personal data. The scanning "
        "contractor must handle stapled and bound files carefully and keep the data confidential.",
        {"lYo122": 2, "lYo119": 2, "lYo107": 2, "lYo121": 2, "lYo108": 1},
    ),
    (
        "lYn60",
        "vi",
        "scan_uic",
        "Số hóa chứng từ kế toán, bóc tách dữ liệu hóa đơn",
        "Công ty ở Trà Ôn lưu hàng chục thùng chứng từ kế toán. Cần scan và nhận dạng chữ để tìm kiếm, bóc tách số hóa "
        "đơn, ngày, số tiền đưa vào phần mềm kế toán.",
        {"lYo114": 2, "lYo119": 2, "lYo115": 1, "lYo111": 1},
    ),
    (
        "lYn61",
        "en",
        "ocr_lacviet2",
        "Scan incoming mail and route it to departments",
        "Our provincial agency receives about 200 paper letters a day. We want them scanned on arrival, indexed and "
        "routed electronically to the right department.",
        {"lYo123": 2, "lYo116": 1, "lYo126": 1},
    ),
]

NEEDS += [
    # --- meeting-room audio-visual and video conferencing ---
    (
        "lYn62",
        "vi",
        "vc_taewoong",
        "Phòng họp trực tuyến kết nối huyện với 9 xã ở Cầu Ngang",
        "UBND huyện Cầu Ngang cần một phòng họp trực tuyến tại huyện và điểm cầu ở 9 xã: camera, micro, màn hình, thiết "
        "bị điều khiển đa điểm, đường truyền ổn định.",
        {
            "lYo134": 2,
            "lYo135": 2,
            "lYo137": 2,
            "lYo138": 2,
            "lYo140": 2,
            "lYo142": 2,
            "lYo143": 2,
            "lYo139": 1,
            "lYo136": 1,
            "lYo141": 1,
        },
    ),
    (
        "lYn63",
        "en",
        "vc_dalton",
        "Microsoft Teams Rooms boardroom for a provincial department",
        "A department in Trà Vinh city wants its 20-seat boardroom fitted for Microsoft Teams meetings with ministries: "
        "touch panel to start calls, ceiling microphones, camera and laptop sharing.",
        {"lYo142": 2, "lYo140": 2, "lYo143": 2, "lYo141": 2, "lYo134": 2, "lYo144": 1},
    ),
    (
        "lYn64",
        "vi",
        "vc_health365",
        "Lap phong hop truc tuyen cho hop tac xa",
        "Hop tac xa o Tieu Can hay hop voi doi tac o TP.HCM va Can Tho qua Zoom bang laptop, tieng vang, hinh mo. Can "
        "lap phong hop truc tuyen nho 10 nguoi co camera, micro, loa va man hinh.",
        {"lYo134": 2, "lYo135": 2, "lYo138": 2, "lYo137": 2, "lYo140": 2, "lYo144": 2, "lYo136": 1},
    ),
    (
        "lYn65",
        "vi",
        "acou_vinasound",
        "Hội trường UBND bị vang, nghe không rõ",
        "Hội trường 200 chỗ của UBND ở TP Vĩnh Long tường gạch, sàn đá, trần cao; khi họp tiếng loa dội lại, đại biểu "
        "nghe không rõ. Cần xử lý tiêu âm.",
        {"lYo153": 2, "lYo150": 2, "lYo151": 2, "lYo152": 1},
    ),
    (
        "lYn66",
        "en",
        "karaoke_siha",
        "Soundproof a confidential meeting room",
        "The standing committee's meeting room in our Trà Vinh office has a glass door and thin partitions; voices can "
        "be heard in the corridor. We need the walls, ceiling and doors soundproofed.",
        {"lYo152": 2, "lYo151": 1, "lYo150": 1},
    ),
    (
        "lYn67",
        "vi",
        "aud_legitech",
        "Âm thanh phòng họp 30 đại biểu, micro cổ ngỗng",
        "Phòng họp UBND huyện Mang Thít có 30 chỗ, đang dùng 2 micro không dây chuyền tay. Cần lắp hệ thống micro cổ "
        "ngỗng cho từng đại biểu, loa, bộ điều khiển trung tâm.",
        {"lYo145": 2, "lYo146": 2, "lYo147": 2, "lYo149": 2, "lYo148": 2, "lYo143": 1},
    ),
    (
        "lYn68",
        "en",
        "karaoke_anhtai",
        "Conference microphones with interpretation for delegation meetings",
        "Our provincial office in Trà Vinh regularly hosts Cambodian and Korean delegations. We need a conference "
        "microphone system with simultaneous interpretation channels for about 40 participants.",
        {"lYo148": 2, "lYo149": 2, "lYo147": 1},
    ),
    (
        "lYn69",
        "en",
        "hometheater_cbs",
        "Interactive display and wireless sharing for a training room",
        "The training room of an agricultural extension centre in Vĩnh Long uses an old projector. We want a large "
        "interactive touch display with wireless screen sharing from laptops and phones.",
        {"lYo154": 2, "lYo156": 2, "lYo155": 1, "lYo157": 1},
    ),
    (
        "lYn70",
        "en",
        "vc_boony",
        "Low-budget meeting room for a cooperative",
        "A cooperative in Tiểu Cần has a small budget for one meeting room: a large screen, a camera, a speakerphone and "
        "simple cabling so members can present from a laptop and join video calls.",
        {"lYo144": 2, "lYo141": 2, "lYo135": 2, "lYo136": 1},
    ),
    (
        "lYn71",
        "en",
        "karaoke_songnhac",
        "One-touch control for our boardroom",
        "Staff in our Vĩnh Long boardroom struggle with three remotes. We want one panel that switches on the display, "
        "selects the laptop input, sets lights and volume.",
        {"lYo155": 2, "lYo156": 2, "lYo142": 2, "lYo143": 2},
    ),
    (
        "lYn72",
        "vi",
        "vc_health365",
        "Màn hình tương tác thay máy chiếu cho phòng họp",
        "Phòng họp công ty ở TP Trà Vinh dùng máy chiếu mờ, phải tắt đèn. Muốn thay bằng màn hình tương tác cảm ứng lớn, "
        "viết ghi chú trực tiếp và chia sẻ màn hình không dây.",
        {"lYo154": 2, "lYo157": 1, "lYo156": 1},
    ),
    (
        "lYn73",
        "vi",
        "vc_dalton",
        "Điều khiển một chạm cho phòng họp lớn",
        "Phòng họp lớn của Sở ở TP Vĩnh Long có máy chiếu, màn chiếu điện, đèn, âm thanh mỗi thứ một điều khiển. Cần "
        "bảng điều khiển trung tâm bấm một nút là sẵn sàng họp.",
        {"lYo155": 2, "lYo156": 2, "lYo142": 1},
    ),
    (
        "lYn74",
        "en",
        "acou_vinasound",
        "Sound system for a 200-seat assembly hall",
        "The assembly hall of a district in Vĩnh Long needs a new sound system for meetings and cultural events: "
        "column speakers, delegate microphones, amplifiers and a mixer.",
        {"lYo149": 2, "lYo147": 2, "lYo153": 1, "lYo162": 1, "lYo143": 1},
    ),
    (
        "lYn75",
        "vi",
        "vc_taewoong",
        "Thiết lập điểm cầu hội nghị truyền hình với UBND tỉnh",
        "Phòng họp của Sở ở TP Trà Vinh cần thiết bị hội nghị truyền hình chuyên dụng để tham gia họp với UBND tỉnh và "
        "Bộ, kết nối nhiều điểm qua MCU.",
        {"lYo134": 2, "lYo137": 2, "lYo140": 2, "lYo139": 1, "lYo136": 1},
    ),
]
