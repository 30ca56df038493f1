"""Offers of the holdout87 labelled set (fire safety and fire fighting).

Rows: (id, language, source key, title, description). Distractors are mixed in among the topical offers.
"""

OFFERS = [
    # fire alarm and detection
    (
        "lKo001",
        "vi",
        "hgsi",
        "Thi công hệ thống báo cháy cho nhà xưởng và văn phòng doanh nghiệp",
        "Khảo sát, thiết kế và lắp hệ thống báo cháy cho công ty, nhà xưởng, kho hàng; thiết bị đạt TCVN, UL, CE "
        "và hồ sơ đáp ứng quy định pháp lý. Năm 2023 cả nước hơn 1.800 vụ cháy, trên 65% xuất phát từ nhà xưởng "
        "và trụ sở.",
    ),
    (
        "lKo002",
        "vi",
        "vietxanh",
        "Lắp đặt hệ thống báo cháy tự động hoạt động liên tục 24/7",
        "Cung cấp và lắp trung tâm báo cháy, đầu dò khói, nhiệt, lửa và nút nhấn khẩn cấp; hệ thống chạy suốt ngày đêm, "
        "có nguồn dự phòng khi mất điện, dùng cho khu dân cư, khu công nghiệp, trường học, bệnh viện.",
    ),
    (
        "lKo003",
        "en",
        "eyelogy",
        "Addressable fire alarm systems with device-level location",
        "Supply and commissioning of addressable fire alarm systems: every detector, call point and module carries its "
        "own address, so the control panel shows exactly which device tripped and reports device faults two-way, "
        "instead of a whole zone as in conventional panels.",
    ),
    (
        "lKo004",
        "en",
        "hegel",
        "Addressable smoke detector addressing and panel programming",
        "Fire engineering team that installs addressable smoke detectors on the panel's communication loop, assigns "
        "each a unique address and programs the control panel so that an alarm is located room by room.",
    ),
    (
        "lKo005",
        "en",
        "innxeon",
        "Intelligent addressable detection for large industrial plants",
        "Design of addressable fire detection for industrial plants and high-rise buildings with thousands of devices: "
        "device-level diagnostics, immediate wiring fault detection and precise location data for emergency teams.",
    ),
    (
        "lKo006",
        "en",
        "uniquep",
        "Fire alarm supply and integration with sprinklers and emergency lighting",
        "Complete alarm packages: smoke and heat detectors, manual pull stations, control panel, sirens and strobes, "
        "backed-up power supply, and interfaces to sprinklers, ventilation and emergency lighting.",
    ),
    (
        "lKo007",
        "vi",
        "nexthome",
        "Báo cháy thông minh tích hợp hệ thống nhà thông minh",
        "Giải pháp báo cháy gồm trung tâm, đầu báo khói, nhiệt, gas và thiết bị ngoại vi, kết nối với hệ thống "
        "nhà thông minh để cảnh báo và điều khiển từ xa cho nhà ở và văn phòng.",
    ),
    (
        "lKo008",
        "vi",
        "lctech",
        "Thiết bị cảnh báo cháy IoT ba tầng cho tòa nhà",
        "Thiết kế và lập trình nút cảm biến khói MQ-2, nhiệt độ DHT22, cảm biến lửa trên ESP32; truyền WiFi/LoRa về "
        "gateway với độ trễ dưới 100 ms; cảnh báo qua SMS, email, thông báo điện thoại và giao diện web.",
    ),
    (
        "lKo009",
        "vi",
        "hcmute_iot",
        "Hệ thống báo cháy IoT dùng Arduino, cảnh báo SMS và web (đồ án HCMUTE)",
        "Mô hình báo cháy do sinh viên Trường ĐH Sư phạm Kỹ thuật TP.HCM thực hiện: Arduino Mega 2560, cảm biến gas, "
        "nhiệt, lửa; phát còi, gửi tin nhắn SMS và hiển thị trên web, dễ lắp, chi phí thấp.",
    ),
    (
        "lKo010",
        "vi",
        "iotlabs",
        "Cảnh báo khói, gas từ xa qua MQTT có ghi nhật ký sự kiện",
        "Giải pháp IoT xử lý sự kiện khẩn cấp khói/gas: phát hiện tức thì, gửi thông báo đúng người ngay cả khi không "
        "có ai tại chỗ, ghi log để truy vết, giám sát thiết bị còn sống và hạn chế báo giả.",
    ),
    (
        "lKo011",
        "en",
        "wisegeek",
        "Programmable addressable panel that controls doors, lifts and suppression",
        "Addressable fire alarm control panels for commercial and multi-unit buildings: pinpoint the alarm location for "
        "firefighters, recall elevators, unlock or close doors and trigger suppression; excessive for a single home.",
    ),
    (
        "lKo012",
        "vi",
        "smarthome_da",
        "Mô hình nhà thông minh điều khiển đèn, rèm, cửa bằng vi điều khiển",
        "Đồ án thiết kế nhà thông minh: điều khiển đèn, nhiệt độ, rèm cửa, cửa tự động và thiết bị giải trí qua "
        "điện thoại hoặc máy tính, giúp tiện nghi và tiết kiệm điện.",
    ),
    (
        "lKo013",
        "vi",
        "cctv_hanwha",
        "Tư vấn thiết kế hệ thống camera giám sát cho nhà xưởng, doanh nghiệp",
        "Thiết kế mạng camera giám sát đạt chuẩn cho văn phòng, nhà xưởng: theo dõi 24/24, lưu hình làm bằng chứng, "
        "răn đe trộm cắp và theo dõi năng suất dây chuyền.",
    ),
    (
        "lKo014",
        "vi",
        "security_ha",
        "Hệ thống giám sát an ninh, cảm biến chuyển động và báo động chống đột nhập",
        "Thi công camera IP, analog, PTZ kết hợp cảm biến chuyển động và chuông báo động để phát hiện xâm nhập "
        "trái phép cho văn phòng, cửa hàng.",
    ),
    # smoke alarms for homes
    (
        "lKo015",
        "vi",
        "hochiki",
        "Tư vấn lắp đầu báo cháy cho nhà ở gia đình",
        "Hướng dẫn chọn và lắp đầu báo cho bếp, phòng khách, phòng ngủ; khuyên dùng đầu báo không dây liên kết bằng "
        "sóng radio thay vì WiFi vì khi cháy thường mất điện, mất WiFi làm đầu báo mất liên lạc.",
    ),
    (
        "lKo016",
        "vi",
        "vconnex",
        "Cảm biến khói quang điện và ion hóa cho nhà ở",
        "Cung cấp cảm biến khói quang điện (tán xạ ánh sáng) và ion hóa, kèm hướng dẫn chọn loại, vị trí lắp "
        "và bảo trì để cảnh báo sớm cháy trong gia đình.",
    ),
    (
        "lKo017",
        "vi",
        "akia",
        "Cảm biến khói có dây đấu nối vào điện nhà",
        "Đầu báo khói có dây nối thẳng nguồn điện nhà, có đèn LED và còi báo, khóa chống cạy; đầu dò nối về bộ "
        "trung tâm bằng 2 hoặc 3 dây.",
    ),
    (
        "lKo018",
        "en",
        "thorold",
        "Home smoke alarm maintenance programme",
        "Fire service guidance for householders: press the test button every month, fit a new battery at least yearly "
        "or when it chirps, vacuum the alarm annually and replace units at their end-of-life date.",
    ),
    (
        "lKo019",
        "en",
        "siddh",
        "Standalone smoke detector installation for homes",
        "Installation of standalone detectors on every level, inside each bedroom and outside sleeping areas, centred "
        "on ceilings or within about 12 inches of the ceiling on walls; tested on install and monthly, "
        "batteries yearly.",
    ),
    (
        "lKo020",
        "en",
        "cedarfalls",
        "Smoke alarm testing and replacement guidance",
        "Monthly testing with the built-in button, never with a flame; only listed aerosol testers; yearly battery "
        "change; replace every smoke alarm after 10 years.",
    ),
    # sprinklers
    (
        "lKo021",
        "en",
        "pmeng",
        "Storage sprinkler design under NFPA 13",
        "Sprinkler design for warehouses following NFPA 13 storage chapters: what is stored (commodity class, share of "
        "plastics), how it is stored (rack, solid pile, bin box), height and packaging, then the matching protection.",
    ),
    (
        "lKo022",
        "en",
        "qrfs",
        "CMDA, CMSA, ESFR and in-rack storage sprinklers for warehouses",
        "Supplier of storage sprinklers with large K-factors and special deflectors - control-mode density/area, "
        "control-mode specific application, early-suppression fast-response and in-rack heads - with quotes.",
    ),
    (
        "lKo023",
        "en",
        "tracel",
        "Sprinkler design for high-piled storage",
        "Engineering guidance on codes, standards and recent developments for sprinklers protecting high-piled "
        "rack storage, the most widely used protection for warehouses.",
    ),
    (
        "lKo024",
        "en",
        "chfire",
        "Automatic sprinkler system components",
        "Manufacturer of sprinkler heads (open and closed types), alarm check valves, water flow indicators and "
        "pressure switches, and pipework for wet automatic sprinkler systems.",
    ),
    (
        "lKo025",
        "en",
        "risklogic",
        "Sprinkler adequacy review and water supply analysis",
        "Fire protection engineers review existing sprinkler systems against NFPA 13: recent water supply test, storage "
        "type and height; compact storage up to 8 ft of Class III goods under 2,500 sq ft may count as light hazard.",
    ),
    (
        "lKo026",
        "vi",
        "xaycc",
        "Tư vấn bố trí chữa cháy tự động sprinkler, drencher theo TCVN 3890:2023",
        "Xác định loại nhà phải có chữa cháy tự động: nhà trọ, khách sạn cao từ 25 m hoặc từ 5.000 m2; từ 7 tầng phải "
        "có báo cháy tự động; bố trí hệ sprinkler, drencher bằng nước hoặc bọt theo nhóm nhà.",
    ),
    (
        "lKo027",
        "vi",
        "spkt_report",
        "Tài liệu chọn loại hệ thống chữa cháy tự động (ĐH SPKT TP.HCM)",
        "Báo cáo của sinh viên Trường ĐH Sư phạm Kỹ thuật TP.HCM so sánh sprinkler ướt, khô, xả tràn, kích hoạt "
        "trước, hệ khí FM-200, CO2, bọt và thiết bị đo lường trong hệ thống chữa cháy.",
    ),
    (
        "lKo028",
        "vi",
        "tuoi_bactham",
        "Thiết kế hệ thống tưới phun mưa cho vườn",
        "Tính toán thủy lực, chọn béc và bố trí vòi tưới phun mưa theo địa hình và nhu cầu cây trồng để tưới đều, "
        "tiết kiệm nước và nhân công.",
    ),
    (
        "lKo029",
        "vi",
        "tuoi_suong",
        "Béc phun sương làm mát và tưới cây",
        "Hệ thống phun sương áp lực cao hạ nhiệt, giữ ẩm cho cây trồng; béc xoay 360, 180, 90 độ tùy cây và địa hình.",
    ),
]

OFFERS += [
    # pumps and hydrants
    (
        "lKo030",
        "vi",
        "batgroup",
        "Cụm bơm chữa cháy: bơm điện, bơm diesel dự phòng, bơm bù áp, tủ điều khiển",
        "Cung cấp trạm bơm chữa cháy đủ ba cụm bơm - bơm điện chính, bơm động cơ diesel dự phòng, bơm bù áp đường "
        "ống - và tủ điều khiển tự động/bán tự động, nối với bể nước hoặc hồ chứa.",
    ),
    (
        "lKo031",
        "vi",
        "vietphat",
        "Trọn bộ phương tiện đi kèm máy bơm chữa cháy tại chỗ",
        "Ống hút, vòi vải chữa cháy DN50, DN65, khớp nối nhanh, van, lăng phun tia đặc và phun sương; bơm diesel hoặc "
        "xăng lấy nước trực tiếp từ ao, hồ, sông khi không có bể nước cố định.",
    ),
    (
        "lKo032",
        "vi",
        "minhmotor",
        "Máy bơm cứu hỏa và bảo dưỡng định kỳ",
        "Phân phối máy bơm nước cứu hỏa các loại, tư vấn áp lực nước cần thiết và hướng dẫn kiểm tra, bảo dưỡng "
        "định kỳ để máy luôn sẵn sàng.",
    ),
    (
        "lKo033",
        "vi",
        "gptech",
        "Tư vấn chọn máy bơm cứu hỏa ly tâm hay thể tích",
        "So sánh bơm ly tâm và bơm thể tích dương cho hệ thống chữa cháy; chọn đúng lưu lượng, cột áp để tránh thiếu "
        "áp hoặc quá áp làm hỏng hệ thống.",
    ),
    # extinguishers and blankets
    (
        "lKo034",
        "vi",
        "hapigo",
        "Bình chữa cháy khí CO2 cho nhà hàng, xí nghiệp, karaoke",
        "Bình CO2 vỏ thép đúc sơn đỏ, van đồng một chiều, có cò bóp và chốt kẹp chì; trang bị cùng bình bột để "
        "đáp ứng điều kiện cấp phép PCCC của nhà hàng, quán karaoke.",
    ),
    (
        "lKo035",
        "vi",
        "dakhien",
        "Hướng dẫn phân biệt và sử dụng bình CO2, bình bột",
        "Nhận biết bình CO2 (ký hiệu MT, không đồng hồ) và bình bột MFZ, MFZL, BC, ABC (có đồng hồ áp suất); quy "
        "trình dùng từng loại cho đám cháy điện, chất lỏng, chất rắn.",
    ),
    (
        "lKo036",
        "vi",
        "pcccdatbien",
        "Bình chữa cháy xách tay CO2 cho nhà xưởng, kho bãi",
        "Bình CO2 xách tay dập đám cháy mới phát sinh, hiệu quả với thiết bị điện; không dùng cho cháy than, kim "
        "loại nóng đỏ; kiểm tra bình mỗi tháng, đặt nơi dễ thấy dễ lấy.",
    ),
    (
        "lKo037",
        "vi",
        "onggio",
        "Bình bột ABC, BC cho nhà ở, trường học, nhà xưởng",
        "Cung cấp bình bột chữa cháy chất rắn, lỏng, khí và điện, có đồng hồ áp suất; hướng dẫn từng bước sử dụng "
        "cho gia đình, văn phòng, xe ô tô, trường học.",
    ),
    (
        "lKo038",
        "vi",
        "sjk",
        "Tư vấn chọn bình CO2 hay bình bột MFZ",
        "Bình bột NaHCO3 đẩy bằng N2 dập nhiều loại đám cháy nhưng ăn mòn thiết bị điện tử; bình CO2 không để lại "
        "cặn nhưng kém hiệu quả nơi gió lớn; tư vấn chọn theo khu vực.",
    ),
    (
        "lKo039",
        "en",
        "aone",
        "Certified fire extinguisher inspection and six-year maintenance",
        "Inspections to OSHA and NFPA: physical damage, test dates and operating pressure; every six years units are "
        "emptied into an approved bag, parts inspected or replaced, and a service verification ring fitted.",
    ),
    (
        "lKo040",
        "en",
        "firenet",
        "Extinguisher servicing to BS 5306-3",
        "Annual basic service (weight, pressure checked with a tool, corrosion, labels), extended service every five "
        "years with test discharge and refill, and a 10-year overhaul with hydraulic test for CO2 units.",
    ),
    (
        "lKo041",
        "en",
        "techplanet",
        "Extinguisher selection by fire class and maintenance contracts",
        "Service company matching water, foam, CO2 and ABC powder extinguishers to fire classes and keeping them in "
        "working order through scheduled maintenance.",
    ),
    (
        "lKo042",
        "en",
        "keysborough",
        "Fire blankets for kitchens and clothing fires",
        "Fire blankets in wall-hung bags with two pull tabs: shield hands and body, approach and lay the blanket over "
        "a cooking fire or wrap a person whose clothes are burning.",
    ),
    (
        "lKo043",
        "en",
        "fstnz",
        "Fire blanket use training",
        "Short training on blankets for fat and oil fires: hold behind the blanket, place it (do not throw), turn off "
        "the heat, leave it at least 15 minutes, then discard and replace the blanket.",
    ),
    # coatings and fire-resistant materials
    (
        "lKo044",
        "vi",
        "khcnxd",
        "Thử nghiệm và cơ sở dữ liệu sơn chống cháy cho kết cấu thép (Viện KHCN Xây dựng)",
        "Viện Khoa học công nghệ xây dựng thử nghiệm sơn chống cháy trên mẫu kết cấu theo Nghị định 136/2020 thay cho "
        "tấm thép 480x480x5 mm cũ, xây dựng cơ sở dữ liệu sơn Việt Nam và tính chiều dày theo hệ số tiết diện Hp/A.",
    ),
    (
        "lKo045",
        "vi",
        "dhmat",
        "Tính chiều dày sơn chống cháy theo giới hạn chịu lửa và Hp/A",
        "Xác định chiều dày lớp sơn cho kết cấu thép theo giới hạn chịu lửa 15 đến 180 phút và hệ số tiết diện Hp/A; "
        "thép hình nhỏ cần lớp dày hơn thép hình lớn.",
    ),
    (
        "lKo046",
        "vi",
        "dohoco",
        "Sơn chống cháy trương nở cho kết cấu thép 30-180 phút",
        "Sơn tạo lớp bọt cách nhiệt khi gặp lửa, giữ khả năng chịu lực của thép từ 30 đến 180 phút; thép mất khoảng "
        "50% cường độ ở 550 độ C nên cần lớp bảo vệ cho trung tâm thương mại, nhà xưởng, kho bãi.",
    ),
    (
        "lKo047",
        "vi",
        "colorcity",
        "Sơn chống cháy 120-150 phút cho nhà xưởng thép tiền chế",
        "Cung cấp sơn chống cháy (fireproof, intumescent) tạo lớp than bảo vệ cho nhà máy, nhà thép tiền chế, trung "
        "tâm thương mại, đạt 120 đến 150 phút.",
    ),
    (
        "lKo048",
        "vi",
        "kenhrao",
        "Thi công sơn chống cháy kết cấu thép nhà xưởng trọn gói",
        "Đội kỹ thuật thi công sơn gốc acrylic, epoxy phồng nở tới 80 lần khi cháy cho nhà xưởng, nhà máy, kho; báo "
        "giá theo diện tích và yêu cầu chịu lửa.",
    ),
    (
        "lKo049",
        "en",
        "raider",
        "Intumescent coating application on structural steel",
        "Airless-spray application of acrylic or epoxy intumescent coatings that react near 250 C and swell into a char "
        "up to 50 times the film thickness, delaying steel from reaching its critical 550 C.",
    ),
    (
        "lKo050",
        "en",
        "fireproofuk",
        "Intumescent paints and clear varnishes for timber",
        "Fire-reactive finishes for wood: opaque paints for joists and ceilings, clear varnishes that keep the grain "
        "visible; they react at about 180-250 C and swell up to 50 times into an insulating char.",
    ),
    (
        "lKo051",
        "en",
        "buildwiz",
        "Intumescent protection of exposed steel beams (R30/R60)",
        "Tested intumescent systems for exposed beams with dry film thickness records to satisfy building control for "
        "R30 or R60 periods, compared with boxing in with fire-rated board.",
    ),
    (
        "lKo052",
        "en",
        "passivefire",
        "Thin-film and thick-film intumescent systems",
        "Thin-film coatings of 0.2-5 mm for interior steel and thick-film 3-25 mm for external or industrial steel, "
        "certified for 30, 60 or 90 minutes; steel keeps only about 60% of its strength at 550 C.",
    ),
    (
        "lKo053",
        "en",
        "hcfire",
        "Intumescent fire retardant coating supply",
        "Manufacturer of passive fire protection coatings for beams, columns and walls, sprayed or brushed, giving "
        "30, 60 or 90 minutes depending on product and thickness.",
    ),
    (
        "lKo054",
        "vi",
        "tcvn5441",
        "Phân loại vật liệu chịu lửa theo TCVN 5441:2004",
        "Tài liệu tiêu chuẩn phân loại vật liệu chịu lửa dùng trong lò nung, lò luyện (gạch samốt, cao alumin...) "
        "theo thành phần và độ chịu nhiệt.",
    ),
    (
        "lKo055",
        "vi",
        "vafs",
        "Xử lý chậm cháy gỗ bạch đàn bằng natri silicat (Viện KHLN Việt Nam)",
        "Kết quả nghiên cứu của Viện Khoa học Lâm nghiệp Việt Nam: ngâm gỗ bạch đàn trắng trong dung dịch Na2SiO3 "
        "10-25% chuyển gỗ từ dễ cháy thành khó bắt lửa, hạn chế cháy có ngọn lửa và cháy lan.",
    ),
    (
        "lKo056",
        "vi",
        "vnuf_borax",
        "Xử lý chậm cháy gỗ bạch đàn bằng borax - axit boric",
        "Nghiên cứu của Trường ĐH Lâm nghiệp: hỗn hợp borax và axit boric tỷ lệ 1:1, nồng độ 5-15%, 30-90 phút làm tổn "
        "thất khối lượng khi cháy giảm từ 4,76% xuống 2,88%; chế độ đề xuất 5% trong 30 phút để giữ độ bền.",
    ),
    (
        "lKo057",
        "vi",
        "nls_thesis",
        "Thông số công nghệ giảm khả năng cháy của gỗ thông, gỗ cao su",
        "Luận văn Trường ĐH Nông Lâm TP.HCM xác định thông số xử lý hóa chất làm giảm khả năng cháy của gỗ thông "
        "và gỗ cao su dùng trong đồ mộc, xây dựng.",
    ),
    (
        "lKo058",
        "vi",
        "clc",
        "Gỗ chống cháy tẩm áp lực cho cửa, vách, ốp tường",
        "Gỗ thông, tần bì, MDF, HDF được tẩm áp lực hoặc sơn phủ hóa chất chậm cháy, tạo lớp than hóa khi gặp nhiệt; "
        "dùng cho cửa, vách ngăn, tấm ốp tường trong nhà ở và công trình công cộng.",
    ),
    # electrical safety
    (
        "lKo059",
        "vi",
        "cadisun",
        "Kiểm tra, cải tạo hệ thống điện gia đình chống chập cháy",
        "Thợ điện kiểm tra toàn bộ hệ thống điện 2-3 năm một lần, thay dây lão hóa, mối nối lỏng, lắp aptomat chống "
        "quá tải; đặc biệt cho nhà trọ, chung cư mini nhiều hộ dùng chung đường dây.",
    ),
    (
        "lKo060",
        "vi",
        "atsvn",
        "Xử lý khẩn cấp và phòng ngừa chập điện cháy nổ",
        "Hướng dẫn nhận biết dấu hiệu chập điện (mùi nhựa cháy, tia lửa ở ổ cắm), các bước ngắt điện, số điện thoại "
        "khẩn cấp và cách phòng tránh ngắn mạch trong nhà, nhà xưởng.",
    ),
    (
        "lKo061",
        "vi",
        "tainandien",
        "Huấn luyện phòng tránh tai nạn điện giật",
        "Tài liệu về nguyên nhân tai nạn điện do tiếp xúc trực tiếp vật mang điện - hơn 30% do tự sửa điện không ngắt "
        "nguồn - và biện pháp an toàn khi sửa chữa, thi công gần đường dây.",
    ),
    (
        "lKo062",
        "en",
        "sanmarcos",
        "Arc fault circuit interrupters for homes",
        "AFCI breakers that replace standard breakers in the panel, and outlet AFCIs protecting cords, cut power when "
        "they detect hazardous arcing from nailed, pinched, overheated or worn wiring.",
    ),
]

OFFERS += [
    (
        "lKo063",
        "en",
        "caec",
        "AFCI breaker replacement programme",
        "Electric cooperative programme replacing standard breakers with arc fault circuit interrupters; arcing from "
        "loose connections, damaged cords and mis-stapled cables feeds many of the 67,800 yearly US home "
        "electrical fires.",
    ),
    (
        "lKo064",
        "en",
        "eaton",
        "Arc fault circuit protection devices",
        "Arc fault breakers that detect arcing standard breakers and fuses miss: damaged wires, worn insulation, cords "
        "against vibrating metal, loose plugs and switches, cords deteriorated by heat.",
    ),
    (
        "lKo065",
        "en",
        "ibhs",
        "Research on arc-fault electrical fires and AFCI protection",
        "Insurance research institute note: breakers and fuses stop overcurrent but not arcing; at least 65% of almost "
        "50,000 yearly home electrical fires come from arc faults reaching thousands of degrees.",
    ),
    (
        "lKo066",
        "en",
        "thermal310",
        "Thermal imaging inspection of electrical panels",
        "Electrician scans main and sub-panels, junction boxes and service conductors with an infrared camera while "
        "loads are on, finding hot connections, overloaded circuits and failing breakers before they start a fire.",
    ),
    (
        "lKo067",
        "en",
        "mestek",
        "Thermal cameras for industrial electrical inspection",
        "Thermal imagers for technicians: loose terminals show as hot spots, overloaded circuits run hotter, unbalanced "
        "three-phase loads show uneven heat; non-contact, no shutdown needed.",
    ),
    (
        "lKo068",
        "en",
        "hreconst",
        "Infrared electrical inspections for industrial facilities",
        "Contractor performing energized infrared surveys of switchgear, motor control centres and panels, comparing "
        "phases to flag components heading for failure and scheduling repairs.",
    ),
    (
        "lKo069",
        "en",
        "cairns",
        "Annual thermal image survey of switchboards",
        "Non-destructive infrared thermography of electrical and mechanical switchboards, the yearly survey many "
        "insurers ask for before renewing a policy.",
    ),
    # lightning
    (
        "lKo070",
        "vi",
        "cstc_nhaxuong",
        "Thi công chống sét nhà xưởng",
        "Khảo sát, thiết kế và thi công hệ thống chống sét cho nhà xưởng chứa máy móc và vật liệu dễ cháy, tránh hư "
        "thiết bị, gián đoạn sản xuất và cháy do sét; theo tiêu chuẩn kỹ thuật hiện hành.",
    ),
    (
        "lKo071",
        "vi",
        "cstc_thietbi",
        "Thiết bị chống sét trực tiếp và chống sét lan truyền",
        "Cung cấp kim thu sét, thiết bị chống sét lan truyền SPD trên đường nguồn, viễn thông, mạng dữ liệu cho nhà "
        "ở, cao ốc, trung tâm dữ liệu, nhà máy; lắp đặt và bảo trì.",
    ),
    (
        "lKo072",
        "vi",
        "csdongnam",
        "Lắp kim thu sét trên mái tôn đúng kỹ thuật",
        "Đặt kim ở điểm cao gần tâm mái, tính vùng bảo vệ theo NFC 17-102 hoặc TCVN 9385; cọc tiếp địa mạ đồng dài từ "
        "2,4 m, đo điện trở đạt 10 ôm trở xuống, dùng bột giảm điện trở GEM nơi đất khô; dây thoát sét đi thẳng.",
    ),
    (
        "lKo073",
        "vi",
        "kth",
        "Kiểm định hệ thống chống sét, đo điện trở tiếp địa theo TCVN 9385:2012",
        "Kỹ sư đo điện trở tiếp địa bằng máy Kyoritsu, lập biên bản kiểm định định kỳ theo Nghị định 136/2020 và "
        "TCVN 9385:2012 cho nhà xưởng, tòa nhà, chung cư - hạng mục hay bị Cảnh sát PCCC nhắc nhở.",
    ),
    (
        "lKo074",
        "en",
        "gprev",
        "Lightning and surge protection design",
        "External lightning protection with air terminals, down conductors and earth termination, bonded together, plus "
        "staged surge protective devices: Type 1 at the intake, Type 2 at boards, Type 3 at sensitive equipment.",
    ),
    (
        "lKo075",
        "en",
        "pontins",
        "Total lightning protection: structure, earthing and surge",
        "Design, supply and installation combining structural protection, earthing and surge protection into one "
        "equipotential earth platform, following international and local standards.",
    ),
    (
        "lKo076",
        "en",
        "lpacc",
        "Earthing, bonding and coordinated SPD installation",
        "Earthing that disperses lightning current, bonding that limits potential differences, shielding and line "
        "routing, and a coordinated set of surge protective devices with isolating interfaces.",
    ),
    (
        "lKo077",
        "en",
        "remedies",
        "Earthing systems for lightning protection",
        "Design of below-grade earthing networks that take energy from the lightning protection system, electrical "
        "ground, structural steel and telecom grounds and dissipate it into the soil.",
    ),
    # design, approval, risk assessment
    (
        "lKo078",
        "vi",
        "vltc",
        "Lập hồ sơ thẩm duyệt thiết kế PCCC theo Nghị định 136/2020",
        "Tư vấn hồ sơ theo khoản 4 Điều 13 Nghị định 136/2020: văn bản mẫu PC06, bản vẽ quy hoạch tỷ lệ 1/500 (khu "
        "công nghiệp trên 20 ha tỷ lệ 1/2000), hồ sơ chấp thuận địa điểm và thiết kế kỹ thuật công trình.",
    ),
    (
        "lKo079",
        "vi",
        "quangdien",
        "Thẩm duyệt thiết kế PCCC cho điện mặt trời mái nhà",
        "Hướng dẫn thủ tục cho hệ điện mặt trời trên mái các công trình thuộc Phụ lục V Nghị định 136/2020, như nhà "
        "trẻ từ 100 cháu hoặc 3.000 m3, trường học từ 5.000 m3, nhà chung cư từ 7 tầng.",
    ),
    (
        "lKo080",
        "vi",
        "vncc",
        "Trình tự hồ sơ PCCC: chấp thuận địa điểm và thiết kế",
        "Chuẩn bị tài liệu địa điểm (hướng gió, địa hình, khoảng cách tới công trình xung quanh), bản vẽ và thuyết "
        "minh giải pháp PCCC, giao thông cho xe chữa cháy, cấp nước và dự toán kinh phí PCCC.",
    ),
    (
        "lKo081",
        "vi",
        "thicong24",
        "Thiết kế đường, bãi cho xe chữa cháy tiếp cận",
        "Quy hoạch giao thông ngoài nhà phục vụ chữa cháy: mặt đường mỗi làn từ 3,5 m, tĩnh không từ 4,25 m, chịu tải "
        "xe chữa cháy; đường cụt không quá 150 m, có bãi quay xe, dài trên 100 m phải có chỗ tránh.",
    ),
    (
        "lKo082",
        "vi",
        "kiemdinh",
        "Kiểm định phương tiện PCCC trước khi đưa vào sử dụng",
        "Kiểm tra nguồn gốc, sê-ri, thông số kỹ thuật; thử nghiệm lấy mẫu không quá 5% mỗi lô nhưng ít nhất 10 mẫu "
        "(dưới 10 thì kiểm toàn bộ); cấp giấy chứng nhận hoặc dán tem kiểm định.",
    ),
    (
        "lKo083",
        "en",
        "greentag",
        "Fire protection plan review before submission",
        "Professional review of sprinkler, alarm and suppression drawings against local codes and occupancy hazards "
        "before they reach the authority having jurisdiction, avoiding rejections and resubmittals.",
    ),
    (
        "lKo084",
        "en",
        "northmetro",
        "Fire prevention engineering assistance and plan review",
        "Plan reviewers help owners, code consultants and engineers at any stage, identify performance-based "
        "alternatives, and accept complete electronic PDF submittals sealed by the responsible engineer or architect.",
    ),
    (
        "lKo085",
        "en",
        "codecoach",
        "NFPA 1730 plan review elements",
        "Checklist service covering the nine review elements: feasibility, water supply and fire flow, emergency vehicle "
        "access, construction plans, occupancy inspections, hazardous materials and processes.",
    ),
    (
        "lKo086",
        "vi",
        "doithicong",
        "Thi công PCCC cho nhà trọ, chung cư mini",
        "Đơn vị thi công nêu các yêu cầu PCCC cốt lõi cho nhà trọ đông người: nguồn cháy từ bếp gas mini, điện "
        "chằng chịt, sạc thiết bị; lối thoát nạn, báo cháy, bình chữa cháy, đèn thoát hiểm.",
    ),
    (
        "lKo087",
        "vi",
        "thicongpccc",
        "Setup phòng trọ an toàn cháy nổ cho chủ nhà trọ",
        "Gói giải pháp cho dãy trọ mới hoặc cải tạo: xử lý ổ cắm quá tải, dây điện xuống cấp, khu sạc xe điện qua đêm, "
        "bếp điện; chọn thiết bị báo cháy, chữa cháy phù hợp mô hình phòng trọ và lắp đúng chuẩn.",
    ),
    (
        "lKo088",
        "en",
        "fireguard",
        "Fire risk assessment for landlords and business owners",
        "In-house assessors identify ignition, fuel and oxygen sources, people at risk, reduce and protect, record "
        "findings, plan, train and review - the legal duty that led to a suspended sentence and 30,000 pounds in costs.",
    ),
    (
        "lKo089",
        "en",
        "dsfire",
        "Fire safety risk assessment guidance for small premises",
        "Fire and rescue service guidance in plain language for businesses with fewer than five staff, small B&Bs, "
        "offices and shops; a written record is often under four pages.",
    ),
    (
        "lKo090",
        "en",
        "ledon",
        "Fire risk assessment for small businesses",
        "Simple, affordable assessments for small premises: overloaded sockets, cooking equipment in cafes, heaters, "
        "flammable stock, poor housekeeping and blocked exits.",
    ),
    (
        "lKo091",
        "vi",
        "cabackan",
        "Hướng dẫn thủ tục thẩm duyệt thiết kế PCCC tại công an tỉnh",
        "Thủ tục hành chính thẩm duyệt thiết kế về PCCC: căn cứ Luật PCCC, Nghị định 136/2020, Thông tư 149/2020, "
        "phí theo Thông tư 258/2016; thành phần hồ sơ cho đồ án quy hoạch và công trình.",
    ),
]

OFFERS += [
    # training, drills, brigades
    (
        "lKo092",
        "vi",
        "tailieu_cax",
        "Huấn luyện chữa cháy, cứu nạn cho lực lượng cấp xã (Trường ĐH PCCC)",
        "Giảng viên Trường Đại học Phòng cháy chữa cháy đề xuất chương trình huấn luyện chuyên sâu cho Công an cấp xã, "
        "trang bị phương tiện chữa cháy ban đầu, nhân rộng mô hình Tổ liên gia an toàn PCCC và tăng cường diễn tập.",
    ),
    (
        "lKo093",
        "vi",
        "pc17",
        "Lập phương án chữa cháy cơ sở theo mẫu PC17",
        "Soạn phương án chữa cháy cho homestay, khách sạn, cơ sở lưu trú theo mẫu PC17 Nghị định 136: đặc điểm cơ "
        "sở, giao thông, nguồn nước, tình huống cháy và phân công lực lượng.",
    ),
    (
        "lKo094",
        "vi",
        "boxhoidap",
        "Tư vấn thành lập đội dân phòng, đội PCCC cơ sở",
        "Giải đáp quy định về lực lượng dân phòng, PCCC cơ sở, chuyên ngành; công dân từ 18 tuổi đủ sức khỏe tham gia "
        "đội dân phòng nơi cư trú; mức phạt vi phạm kiểm tra an toàn PCCC.",
    ),
    (
        "lKo095",
        "en",
        "acefire",
        "Fire warden training for staff",
        "Trains several employees as fire wardens to check portable equipment, test alarms, keep escape routes clear, "
        "liaise with the fire brigade, evacuate staff and take roll calls.",
    ),
    (
        "lKo096",
        "en",
        "lifesafety",
        "Floor warden and building evacuation training",
        "Two-hour programme within local fire agency guidelines: evacuation conditions, assembly areas and accounting "
        "for employees, buddy system for people with limited mobility, supervisor duties, shelter-in-place.",
    ),
    (
        "lKo097",
        "en",
        "flameskill",
        "Evacuation practice drills",
        "Organises drills that simulate fire conditions and test procedures so all staff know the evacuation plan, at "
        "least once and preferably twice a year.",
    ),
    (
        "lKo098",
        "en",
        "risktraining",
        "Emergency evacuation warden / fire marshal course",
        "Course on workplace emergencies, responses to each alarm type, signs, assembly-area duties and accounting "
        "for all evacuees; evacuation drills at least once a year.",
    ),
    (
        "lKo099",
        "en",
        "performx",
        "Training resources for small and rural volunteer fire departments",
        "Evening and weekend drills, state fire training agencies, county facilities, community colleges and online "
        "National Fire Academy courses to train volunteer firefighters safely.",
    ),
    (
        "lKo100",
        "en",
        "exnora",
        "Volunteer fire service model for villages without a fire station",
        "Volunteers trained and approved by the government fire department, given basic firefighting equipment, act "
        "as first responders where engines take hours to arrive.",
    ),
    (
        "lKo101",
        "en",
        "nfpa_school",
        "School fire drill lessons for young children",
        "Learn Not to Burn lesson: children learn to respond to the alarm, find two ways out of the classroom and go to "
        "the outside meeting place; drills planned with the local fire department.",
    ),
    (
        "lKo102",
        "en",
        "mountleads",
        "School fire drill and system testing programme",
        "Classes line up, follow floor-plan arrows to assigned points, teachers call the roll; monthly drills, "
        "quarterly tests of the fire alarm and sprinkler systems.",
    ),
    (
        "lKo103",
        "en",
        "k12_0685",
        "Classroom fire drill procedures for teachers",
        "Brief students beforehand (test doors, crawl under smoke), appoint helpers for students with special needs, "
        "take roll logs, close doors, record the evacuation time and discuss improvements afterwards.",
    ),
    (
        "lKo104",
        "en",
        "fireeng_escape",
        "Firefighter techniques for operating on building fire escapes",
        "Training article for fire crews on dropping rusted drop ladders, counterbalanced stairs and using fire "
        "escapes to enter and search apartments.",
    ),
    # rescue and escape equipment, exit lighting
    (
        "lKo105",
        "vi",
        "vtv_balo",
        "Ba lô thoát hiểm cáp chống cháy cho nhà cao tầng",
        "Ba lô SkySaver gồm móc an toàn gắn sẵn gần cửa sổ và cáp chống cháy, giúp người lớn và trẻ em tự xuống từ độ "
        "cao 25 m, tải tối đa 133 kg; giá khoảng 750-850 USD.",
    ),
    (
        "lKo106",
        "vi",
        "tatmart",
        "Mặt nạ phòng khói độc: chọn, dùng, bảo quản",
        "Ba loại mặt nạ phòng khói cho gia đình, khách sạn, nhà máy: loại phin lọc khói, bụi, CO, HCN và loại cấp khí "
        "độc lập, giúp có thêm thời gian thoát nạn.",
    ),
    (
        "lKo107",
        "vi",
        "baohosanboo",
        "Mặt nạ phòng độc toàn mặt chống ngạt khói",
        "Mặt nạ toàn mặt bảo vệ hô hấp khi cháy, lọc khói độc chứa CO và cyanide; hướng dẫn chọn sản phẩm và xác "
        "định lối thoát hiểm.",
    ),
    (
        "lKo108",
        "vi",
        "ecobuild",
        "Thiết bị chữa cháy và bảo hộ cho đội chữa cháy cơ sở",
        "Cung cấp đầu báo, còi, vòi, bình chữa cháy cùng quần áo chống cháy, găng tay chống cháy, mặt nạ phòng độc "
        "và thiết bị liên lạc.",
    ),
    (
        "lKo109",
        "en",
        "ladderhub",
        "Portable and fixed fire escape ladders",
        "Rope, chain or wire ladders hooked under a window, ladders clipped to fixed eye bolts, or fold-out ladders "
        "permanently built into walls, for rooms whose only staircase may be blocked.",
    ),
    (
        "lKo110",
        "en",
        "river2u",
        "Home emergency escape ladder selection",
        "Choose chains in covers or flame-retardant rope, slip-resistant steps, 12 ft for second floor and 20 ft for "
        "third, typical ratings of 450 lb per step and 1,000 lb total, listing label, wall standoffs.",
    ),
    (
        "lKo111",
        "en",
        "dongan",
        "Collapsible fire escape ladders with descent control",
        "Steel, aluminium or plastic ladders stored folded near a window or balcony, hooked to the sill, with wide "
        "anti-slip rungs and brakes or locks that control descent.",
    ),
    (
        "lKo112",
        "en",
        "policemag",
        "Rooftop escape rescue cabins for skyscrapers",
        "Arrays of five collapsible cabins stored on a skyscraper roof, lowered by responders to evacuate five floors at "
        "once, about 150 people per trip and over 2,000 per hour.",
    ),
    (
        "lKo113",
        "en",
        "fireline",
        "Emergency exit light maintenance service",
        "Monthly 30-second functional test, yearly 90-minute battery test, visual checks for damage and corrosion, "
        "battery replacement every 4-5 years for exit and emergency lights.",
    ),
    (
        "lKo114",
        "en",
        "cintas",
        "Exit sign inspection and testing",
        "Monthly inspection of illuminated exit signs required by NFPA 101: battery backup able to keep them lit 90 "
        "minutes, bulbs, visibility from all directions; documented for insurers.",
    ),
    # rice mills and grain dust
    (
        "lKo115",
        "en",
        "torchair",
        "Rice husk dust collection systems",
        "Dust collectors for rice mills: husk dust becomes explosive at about 300-1,000 g/m3, finest particles "
        "0.06-0.09 mm ignite most easily; husk moisture of 9-14% lowers explosiveness; silos, elevators and "
        "dryers at risk.",
    ),
    (
        "lKo116",
        "en",
        "ricecy",
        "Rice dust explosion hazard guidance",
        "Guide to combustible rice dust: explosive clouds at 30-1,000 g/m3, minimum ignition energy around 1 mJ, "
        "ignition above 300 C; ventilation, dust control and NFPA 61 practice.",
    ),
    (
        "lKo117",
        "en",
        "millsarchive",
        "Dust explosion prevention and isolation in mills",
        "Equipment maker's technical article: explosions start in mills, dryers, conveyors and silos; dust hazard "
        "analysis, containment and capture, dust collection design and explosion isolation.",
    ),
    (
        "lKo118",
        "en",
        "dss",
        "Combustible grain dust hazard consulting",
        "Dust safety researchers assess grain and agricultural facilities: smouldering in grain bins, dust clouds "
        "from dryers and conveyors, mechanical sparks, and set prevention programmes.",
    ),
    (
        "lKo119",
        "en",
        "millgrain",
        "Grain dust incident analysis and prevention",
        "Research group analysing grain dust explosions worldwide - hot work, overheated bearings, smouldering "
        "combustion as ignition sources - and advising processing plants.",
    ),
    (
        "lKo120",
        "vi",
        "vusta_say",
        "Thiết bị sấy lúa di động đốt trấu, không dùng điện",
        "Bồn sấy ngang 1,62 x 3 x 1,2 m sấy 2 tấn lúa mỗi mẻ trong khoảng 6 giờ, tốn chừng 15.000 đồng trấu; không cần "
        "quạt điện, một người vận hành, di chuyển được tới ruộng.",
    ),
    (
        "lKo121",
        "en",
        "assam",
        "Measuring rice mill workers' personal dust exposure",
        "Study of 93 workers in rice mills: respirable and total dust measured by section with a particle sampler; "
        "sieving highest at 11.1 and 85.4 mg/m3 geometric mean.",
    ),
    (
        "lKo122",
        "vi",
        "saythoc",
        "Quy trình công nghệ sấy thóc",
        "Đồ án thiết kế quy trình và thiết bị sấy thóc đưa độ ẩm về mức bảo quản, kèm thành phần hóa học của hạt lúa.",
    ),
]

OFFERS += [
    # coconut fibre (machinery distractors)
    (
        "lKo123",
        "en",
        "coirboard",
        "Coir processing technology and machinery",
        "Coir Board overview of dehusking, retting in brackish water for months, decorticating, hackling and drying "
        "fibre, and machinery for spinning yarn and making mats.",
    ),
    (
        "lKo124",
        "en",
        "ncrmi",
        "Coconut husk defibering machine",
        "Institute-designed machine with a rotor inside a cylindrical shell that hurls husks against a cage, "
        "separating full-length fibres from pith and baby fibres through separate outlets.",
    ),
    (
        "lKo125",
        "en",
        "hbl_coir",
        "Portable coir fibre extractor for green husks",
        "Patented mini de-fibering machine processing 3,000-3,500 green husks a day without retting; the pith "
        "by-product sells as soil conditioner and rubber filler.",
    ),
    (
        "lKo126",
        "en",
        "coconutprojects",
        "Coconut fibre manufacturing machinery",
        "Machinery for husking at least 2,000 coconuts an hour, accelerated retting, de-fibring, washing, combing "
        "and tumbling coir for ropes, brooms and cushions.",
    ),
    # timber workshops
    (
        "lKo127",
        "en",
        "egmont",
        "Dust extraction system fire prevention for timber workshops",
        "Extraction installer explains and fixes causes of duct fires: sparks from nails in salvaged timber, blunt "
        "tooling, bearing heat and static, poor maintenance letting dust build up; rebuilds damaged systems.",
    ),
    (
        "lKo128",
        "en",
        "wsjournal",
        "Woodshop fire prevention: dust collection, grounding, hot work",
        "Fine sawdust explodes at 40-50 g/m3; place the collector outside or behind fire-rated separation, ground all "
        "metal ducts, empty bags often, keep grinding and welding out of the wood shop.",
    ),
    (
        "lKo129",
        "en",
        "jimbo",
        "Fire safety for woodworking dust",
        "Control fuel, ignition and oxygen: capture dust at the source, strict cleaning schedule, grounded and "
        "well-kept wiring and equipment to avoid sparks.",
    ),
    (
        "lKo130",
        "en",
        "inlaid",
        "Dust build-up fire risk audit for woodworking spaces",
        "Find where dust hides - ducts, ledges, cavities - since settled deposits smoulder and fuel secondary "
        "explosions; particles under 100 microns and stock under 5% moisture are the riskiest.",
    ),
    (
        "lKo131",
        "vi",
        "bbd_losay",
        "Chuyển đổi lò sấy gỗ sang sấy hơi nước giảm nguy cơ cháy",
        "Lò sấy dùng hơi nóng từ lò đốt dễ cháy do thủng ống dẫn nhiệt hình ruột gà thổi thẳng vào gỗ; tư vấn lò "
        "sấy hơi nước hoặc chân không an toàn hơn, chi phí từ hàng trăm triệu đến hàng tỷ đồng.",
    ),
    (
        "lKo132",
        "en",
        "osu_kiln",
        "Solar lumber kiln plans",
        "University extension plans for a simple solar kiln drying 450 board feet of 1-inch hardwood in six weeks; "
        "capacity about ten times the roof area, roof angle equal to latitude.",
    ),
    (
        "lKo133",
        "en",
        "vt_kiln",
        "Solar-heated lumber dry kiln",
        "Low-cost kiln design holding 750-1,000 board feet that dries a load in about a month of moderately sunny "
        "weather, simple to operate.",
    ),
    (
        "lKo134",
        "en",
        "fpn_kiln",
        "Solar timber drying kilns for tropical regions",
        "Glass-house or plastic-sheet kilns heated by the sun, sometimes with wood-waste fuel; about twice as fast as "
        "air seasoning to 20% moisture, useful where power is scarce.",
    ),
    # markets
    (
        "lKo135",
        "en",
        "hsenations",
        "Eight fire safety checks for markets",
        "Routine checks for traders' markets: wiring inspected by certified electricians, no temporary connections, "
        "monthly extinguisher checks, clear exits and truck access, fuel storage, trained traders.",
    ),
    (
        "lKo136",
        "en",
        "fleamarket",
        "Market fire safety plan for organisers and vendors",
        "Fire safety plan for crowded stall markets: overloaded extension cords, flammable goods, blocked aisles, "
        "cooking areas, smoking; duties of organisers and vendors and response tactics.",
    ),
    # gas
    (
        "lKo137",
        "en",
        "newsbox7",
        "LPG gas detection alarm and safe cooking gas equipment",
        "Install a gas leak detection alarm in the kitchen, use only supplier-approved hoses and regulators, switch "
        "the regulator off after use.",
    ),
    (
        "lKo138",
        "en",
        "flogas",
        "LPG leak response procedure",
        "Gas supplier's steps: shut the cylinder or tank valve, move indoor cylinders outside, ventilate, avoid "
        "switches and flames, keep people away from large leaks, call the fire brigade if alight.",
    ),
    (
        "lKo139",
        "en",
        "gmfurniture",
        "Safe placement of LPG cylinders in homes",
        "Do not enclose cylinders in cabinets under the counter where heavier-than-air gas collects; keep them in a "
        "ventilated place outside the kitchen where the valve can be closed during a fire.",
    ),
    # further offers
    (
        "lKo140",
        "vi",
        "tcvn9311",
        "Thử nghiệm chịu lửa bộ phận công trình theo TCVN 9311-1:2012",
        "Áp dụng phương pháp thử nghiệm chịu lửa cho cột, dầm, tường, cửa, vách ngăn theo TCVN 9311-1:2012 để xác "
        "định giới hạn chịu lửa phục vụ thẩm duyệt và nghiệm thu.",
    ),
    (
        "lKo141",
        "vi",
        "tcvn8523",
        "Ống tụt cứu người 30 m theo TCVN 8523:2010",
        "Ống tụt cứu người dài 30 m dùng thoát nạn từ tầng cao, sản xuất và kiểm tra theo TCVN 8523:2010.",
    ),
    (
        "lKo142",
        "en",
        "frtek",
        "Fire-resistant cables for industrial units",
        "Cable maker points to a fire that destroyed 12 t of coconut fibre and coco peat at an organic fertiliser "
        "plant of 4,000 m2 without hydrants, blamed on a short circuit or cigarette; supplies fire-resistant cables.",
    ),
    (
        "lKo143",
        "vi",
        "sggp_cho",
        "Tuyên truyền, hướng dẫn PCCC cho tiểu thương chợ truyền thống",
        "Cán bộ Cảnh sát PCCC khu vực chiếu phim vụ cháy chợ, chỉ ra nguyên nhân câu mắc điện, đốt vàng mã; hướng dẫn "
        "tiểu thương kiểm tra điện, giữ lối thoát nạn thông thoáng.",
    ),
    (
        "lKo144",
        "en",
        "chameleon",
        "Fire risk assessments for micro and small businesses",
        "Consultant serving start-ups and shared premises: about 38% of businesses lack an assessment; records now "
        "required whatever the staff number, and insurers often ask for a written copy.",
    ),
    (
        "lKo145",
        "en",
        "uk_fra",
        "Fire risk assessments for landlords and employers",
        "Assessors identify and remove or separate hazards, e.g. keeping hazardous materials apart on a factory "
        "floor, and size alarms and extinguishers; UK services attended 157,156 fires in 2019.",
    ),
    (
        "lKo146",
        "en",
        "patricepress",
        "Five-stage professional fire risk assessment",
        "Expert survey of hazards (debris, paper, solvents, fuels), people at particular risk, compliance with fire "
        "regulations and readiness, ending in a report and fire management plan.",
    ),
    (
        "lKo147",
        "en",
        "greenlpg",
        "LPG cylinder leak safety advice",
        "LPG distributor explains leaks from defective rubber tubing, faulty regulators and boil-overs dousing "
        "burners, and what to do: ventilate, shut the knob, detach the regulator, no switches or flames.",
    ),
    (
        "lKo148",
        "en",
        "itwissen",
        "Lightning protection zones for buildings",
        "Reference on outer and inner lightning protection zones: conductors, grounding and Faraday cage outside; "
        "equipotential bonding, shielding and surge arresters for equipment inside.",
    ),
    (
        "lKo149",
        "en",
        "nicola",
        "Industrial dust collectors for woodworking",
        "Vacuum and dust collection equipment for carpentry shops, reducing fine airborne wood dust that harms "
        "health and can explode like grain dust when it meets a spark.",
    ),
    (
        "lKo150",
        "en",
        "schematicstar",
        "Thermal imaging scans of electrical panels",
        "Electrician explains when infrared scans of panels pay off, with a case where hot spots on main distribution "
        "panels explained brief power interruptions at a manufacturing plant.",
    ),
    # distractors from neighbouring fields
    (
        "lKo151",
        "vi",
        "maycuonrom",
        "Máy cuốn rơm thu gom rơm rạ sau thu hoạch",
        "Trung tâm Khuyến nông hỗ trợ 50% máy cuốn rơm gắn máy kéo: mỗi cuộn 35-45 giây, 50-80 cuộn mỗi giờ, thu gom "
        "4 ha một ngày, lấy rơm nuôi bò, trồng nấm thay vì đốt.",
    ),
    (
        "lKo152",
        "vi",
        "umh_chayrung",
        "Đánh giá hiện trạng cháy rừng và giải pháp phòng tránh (ĐH TN&MT TP.HCM)",
        "Nghiên cứu cháy rừng tràm tại Vườn quốc gia U Minh Hạ giai đoạn 2012-2017 và đề xuất giải pháp phòng cháy "
        "chữa cháy rừng cho vùng đồng bằng sông Cửu Long.",
    ),
    (
        "lKo153",
        "vi",
        "vnplus_umh",
        "Camera chuyên dụng quét nhiệt phát hiện cháy rừng",
        "Camera 4 mắt (2 quét nhiệt, 2 ghi hình 4K) xoay 360 độ đặt trên chòi cao 26 m, nhìn xa 5 km, bao quát khoảng "
        "2.500 ha rừng tràm, báo về trung tâm và điện thoại.",
    ),
    (
        "lKo154",
        "vi",
        "dantri_cam",
        "Hệ thống camera canh lửa rừng phòng hộ",
        "Mô hình camera an ninh làm 'mắt thần' giám sát 24/24 rừng trọng điểm cháy, giảm người trực chòi canh, "
        "phát hiện sớm điểm cháy rừng.",
    ),
    (
        "lKo155",
        "vi",
        "vinacontrol",
        "Dịch vụ kiểm toán năng lượng cho doanh nghiệp",
        "Kiểm toán năng lượng theo quy trình 10 bước cho cơ sở tiêu thụ từ 1.000 TOE/năm (công nghiệp) hoặc 500 TOE "
        "(tòa nhà) theo Thông tư 25/2020/TT-BCT, tìm cơ hội tiết kiệm điện.",
    ),
    (
        "lKo156",
        "vi",
        "vets",
        "Kiểm toán năng lượng và chương trình sử dụng điện hiệu quả",
        "Đo lường, phân tích dòng năng lượng theo TCVN 50002:2015 và Luật 50/2010, xác định điểm lãng phí và giải "
        "pháp giảm chi phí điện cho nhà máy.",
    ),
    (
        "lKo157",
        "en",
        "bisonpellet",
        "Sawdust pellet machine lines for wood processors",
        "Pellet plant partner handling sawdust with 10-50% moisture and mixed particle sizes under 30 mm, with "
        "drying and pelletising equipment for sawmills and furniture makers.",
    ),
    (
        "lKo158",
        "en",
        "biopellet",
        "1 t/h sawdust pellet plant",
        "Turnkey line: hammer mill, dryer, pellet mill, cooler and packing; sawdust under 6 mm with proper moisture "
        "makes durable low-ash fuel pellets.",
    ),
    (
        "lKo159",
        "en",
        "dust12345",
        "Woodshop dust types and control for health and finish",
        "Explains shavings, chips, sawdust and fine sanding powder, their respiratory and finishing problems, and "
        "sizing dust collection filtration for each type.",
    ),
]
