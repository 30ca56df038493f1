"""Offers of holdout126 (street lighting, traffic signals and road safety): (id, language, source key, title, description)."""

OFFERS = [
    # --- LED street lighting ---
    (
        "mXo001",
        "vi",
        "led_vi_hcm",
        "Thay đèn cao áp natri bằng đèn LED cho lưới chiếu sáng công cộng",
        "Đơn vị chiếu sáng công cộng nhận lập phương án và thay hàng loạt đèn đường HPS công suất lớn bằng bộ đèn LED tiết kiệm "
        "năng lượng. Theo kế hoạch thay hơn 100.000 đèn đường ở TP.HCM, lưới đèn HPS tiêu tốn khoảng 90 triệu kWh, tương đương "
        "130 tỷ đồng mỗi năm; chuyển hết sang LED giúp giảm trên 55% điện năng, tức tiết kiệm khoảng 88 tỷ đồng.",
    ),
    (
        "mXo002",
        "vi",
        "led_vi_kavens",
        "Tư vấn chọn bộ đèn LED đường phố theo quang thông và hiệu suất lm/W",
        "Nhóm kỹ thuật chiếu sáng hỗ trợ chủ đầu tư lập hồ sơ thiết kế, đấu thầu đèn LED đường phố: chọn bộ đèn căn cứ quang "
        "thông (lumen) và hiệu suất phát quang (lm/W) của cả bộ đèn chứ không chỉ ghi công suất, vì mỗi hãng có dải công suất "
        "khác nhau. Giúp quy đổi tương đương với bóng phóng điện chuẩn 70, 100, 150, 250, 400 W; mức tiết kiệm điện thực tế "
        "thường 40–50% tùy chất lượng bộ đèn.",
    ),
    (
        "mXo003",
        "vi",
        "led_vi_hue",
        "Giải pháp chiếu sáng xanh: LED hiệu suất cao, điều khiển thông minh, năng lượng sạch",
        "Chuyên gia Hội Chiếu sáng Việt Nam tư vấn mô hình chiếu sáng xanh cho đô thị gồm ba thành phần: nguồn sáng LED hiệu "
        "suất cao, hệ thống điều khiển chiếu sáng thông minh và nguồn năng lượng sạch. Hệ thống chỉ cần khoảng 10–20% điện năng "
        "so với thiết bị truyền thống, tuổi thọ đèn 30.000 đến hơn 50.000 giờ, cắt giảm khoảng 1/3 lượng phát thải carbon.",
    ),
    (
        "mXo004",
        "vi",
        "led_vi_hps",
        "Cung cấp đèn đường LED thay thế đèn natri cao áp (HPS)",
        "Doanh nghiệp sản xuất thiết bị chiếu sáng cung cấp đèn đường LED để thay đèn natri cao áp có ánh sáng vàng cam, tiêu "
        "thụ điện lớn và hoàn màu kém. Đèn LED cho ánh sáng trắng, bật sáng tức thì, dùng cho đường phố, bãi đỗ xe, khu công cộng; "
        "công ty khảo sát hiện trạng và đề xuất công suất LED tương đương với từng loại đèn cũ.",
    ),
    (
        "mXo005",
        "en",
        "led_en_jcsd",
        "LED streetlight conversion planning for a utility service area",
        "A community services district shares its LED conversion approach: high-pressure sodium heads that need service or "
        "replacement every 3–5 years are swapped for LED fixtures expected to run more than 20 years, cutting energy use, "
        "greenhouse gas emissions, maintenance trips and operating cost while giving better light on streets.",
    ),
    (
        "mXo006",
        "en",
        "led_en_luminate",
        "Streetlight LED retrofit: GIS inventory, option choice and incentives",
        "A lighting contractor runs streetlight retrofits from start to finish: a GIS-based inventory of every fixture and its "
        "mounting, a condition check, then a choice between lamp replacement, a retrofit kit or a full luminaire change. Cities "
        "typically cut lighting energy by 40–75%, saving $50,000–100,000 a year per 1,000 streetlights, with LED life up to "
        "100,000 hours.",
    ),
    (
        "mXo007",
        "en",
        "led_en_mapc",
        "Regional technical assistance for municipal LED street lighting",
        "A regional planning council guides towns through converting street lighting to LED: buying the poles and fixtures back "
        "from the utility, bulk procurement of products and services, and standardising fixture styles. The guide covers planning "
        "steps, programmable controls, reduced light trespass and fixtures free of mercury and lead.",
    ),
    (
        "mXo008",
        "en",
        "led_en_hempstead",
        "Large-scale LED roadway luminaire changeout with short payback",
        "A North Carolina LED maker supplies roadway luminaires for township-wide changeouts. In Hempstead, New York, 50,000 "
        "high-pressure sodium streetlights were replaced after a test phase; the project was expected to pay for itself in 2.5 "
        "years, saving about $3 million a year and $57 million over its life.",
    ),
    (
        "mXo009",
        "en",
        "led_en_eep",
        "Support for cities retrofitting street lighting to LED",
        "An energy efficiency partnership helps local governments get past ownership, tariff, funding and staff-capacity hurdles "
        "when upgrading sodium, metal halide and mercury vapour streetlights. Streetlights can be up to 40% of a city's power "
        "bill; LED halves energy use, lasts 2–5 times longer, and the pre-retrofit audit and dimming controls add further savings.",
    ),
    (
        "mXo010",
        "en",
        "led_en_santarosa",
        "4000 K LED street light specification and resident guidance",
        "A city public works department shares the specification from its citywide LED retrofit: 4000 Kelvin fixtures, the usual "
        "municipal standard, which look brighter than the amber sodium lamps they replace even though they run at lower wattage "
        "and emit fewer lumens, plus material explaining the whiter light to residents.",
    ),
    (
        "mXo011",
        "vi",
        "led_vi_ictfish",
        "Chuyển đèn cao áp trên tàu cá sang đèn LED",
        "Trung tâm Phát triển Xanh phối hợp đối tác Nhật Bản thay đèn halogen, thủy ngân trên tàu cá bằng đèn LED: năm 2017 đã "
        "lắp gần 2.000 đèn LED cho hơn 50 tàu cá ở Quảng Trị. Phù hợp ngư dân có tàu khai thác xa bờ muốn giảm chi phí nhiên liệu "
        "chạy máy phát cho đèn.",
    ),
    (
        "mXo012",
        "vi",
        "led_vi_icon",
        "Đèn LED chuyên dụng điều khiển ra hoa cho cúc và thanh long",
        "Công nghệ LED cho phép chế tạo đèn đặc chủng dùng để điều khiển thời điểm ra hoa của cây hoa cúc, cây thanh long, đem "
        "lại giá trị kinh tế cao và tiết kiệm năng lượng so với bóng sợi đốt. Đèn LED thương mại đạt khoảng 150 lm/W, tuổi thọ "
        "35.000–50.000 giờ.",
    ),
    (
        "mXo013",
        "vi",
        "dis_vi_ledxuong",
        "Chuyển đổi chiếu sáng nhà xưởng sang đèn LED",
        "Cửa hàng thiết bị chiếu sáng tư vấn thay đèn huỳnh quang, sợi đốt trong nhà xưởng và nhà ở bằng đèn LED: có xưởng đã "
        "giảm 30% điện năng tiêu thụ. Đèn LED chuyển khoảng 95% điện năng thành ánh sáng, so với 40–50% của huỳnh quang và 5% "
        "của sợi đốt.",
    ),
    (
        "mXo014",
        "en",
        "dis_en_highbay",
        "LED high-bay lighting for machinery warehouses",
        "A lighting group upgrades warehouses from metal halide or fluorescent high-bays to LED, using 50–90% less energy with "
        "fixtures lasting up to 100,000 hours; occupancy sensors add 30–50% savings and payback is usually 2–4 years. One "
        "615,000 sq ft warehouse replaced 366 fixtures and saved 1,062,500 kWh a year.",
    ),
    # --- solar street lights ---
    (
        "mXo015",
        "vi",
        "sol_vi_dongphu",
        "Chương trình 'Thắp sáng đường quê' bằng đèn năng lượng mặt trời",
        "Đội quản lý điện phối hợp chính quyền và đoàn thể lắp tuyến đèn năng lượng mặt trời dùng LED cho các đường thôn chưa có "
        "điện chiếu sáng; ví dụ tuyến dài khoảng 1 km với 32 đèn ở thôn Tân Tiến, xã Đồng Phú (Đồng Nai). Mục tiêu: người dân đi "
        "lại ban đêm an toàn, hạn chế trộm cắp, góp phần tiêu chí nông thôn mới.",
    ),
    (
        "mXo016",
        "vi",
        "sol_vi_hoadong",
        "Mô hình đèn đường năng lượng mặt trời thôn xóm tự lắp, chi phí thấp",
        "Chia sẻ mô hình đã chạy ở thôn Hòa Trung, xã Hòa Đông (Krông Pắk): tuyến hơn 1 km với 23 đèn, trụ sắt cao 6 m, cách "
        "nhau 25 m, chỉ tốn thêm khoảng 400.000 đồng mỗi trụ. Không phải thu tiền điện chiếu sáng hàng tháng; thôn đã nhân rộng "
        "ra 4 nhánh đường khác, tổng 5 tuyến.",
    ),
    (
        "mXo017",
        "vi",
        "sol_vi_muongla",
        "Chiếu sáng đường thôn bằng đèn năng lượng mặt trời tự bật tắt, vận động xã hội hóa",
        "Tư vấn triển khai đèn năng lượng mặt trời tự sáng khi trời tối, tự tắt khi trời sáng, không cần người vận hành, không "
        "phụ thuộc điện lưới và không tốn tiền điện. Xã Ngọc Chiến (Mường La) từ 40 đèn ban đầu đã họp dân vận động, lắp 918 đèn "
        "trên 18 km đường với gần 3 tỷ đồng hoàn toàn xã hội hóa.",
    ),
    (
        "mXo018",
        "vi",
        "sol_vi_tanminh",
        "Hệ thống đèn năng lượng mặt trời cho cầu và đường nông thôn",
        "Mô hình do hội nông dân khởi xướng, chiếu sáng nhịp cầu nối hai khu phố bằng đèn năng lượng mặt trời. Chi phí đầu tư ban "
        "đầu cao hơn hệ thống dùng điện lưới 10–50%, nhưng tuổi thọ tới 20 năm so với khoảng 10 năm, lắp đặt đơn giản vì không "
        "phải kéo dây điện.",
    ),
    (
        "mXo019",
        "vi",
        "sol_vi_tratap",
        "Trụ đèn năng lượng mặt trời 500 W cho khu dân cư vùng khó khăn",
        "Tổng công ty điện lực cùng các nhà tài trợ lắp đèn năng lượng mặt trời công suất 500 W trên trụ cao 6 m cho các tuyến "
        "đường và khu dân cư chưa có chiếu sáng công cộng; công trình ở xã Trà Tập (Đà Nẵng) có tổng kinh phí khoảng 200 triệu "
        "đồng, bảo đảm an toàn giao thông và an ninh ban đêm.",
    ),
    (
        "mXo020",
        "vi",
        "sol_vi_giva",
        "Tư vấn chọn đèn năng lượng mặt trời chính hãng, tránh hàng siêu rẻ",
        "Nhà phân phối đèn năng lượng mặt trời cảnh báo đèn giá rẻ bán trên mạng (30 W chỉ 120.000–150.000 đồng, 200 W chưa tới "
        "1 triệu) thường dùng tấm pin kém, không ghi thông số, quảng cáo 50.000 giờ nhưng dùng vài ngày đã hỏng. Công ty tư vấn "
        "chọn đèn có thương hiệu, thông số rõ; đèn 100 W chính hãng khoảng 1–2 triệu đồng.",
    ),
    (
        "mXo021",
        "vi",
        "sol_vi_thaypin",
        "Dịch vụ thay pin lưu trữ cho đèn năng lượng mặt trời",
        "Đơn vị chuyên đèn LED năng lượng mặt trời kiểm tra và thay pin khi đèn có dấu hiệu xuống cấp: thời gian chiếu sáng ngắn "
        "lại, tắt sớm, độ sáng giảm, sạc lâu đầy. Pin có tuổi thọ giới hạn và dung lượng giảm dần theo thời gian, thay đúng loại "
        "giúp đèn sáng lại như ban đầu.",
    ),
    (
        "mXo022",
        "en",
        "sol_en_yahua",
        "Solar street light system design and selection for road projects",
        "A solar lighting manufacturer designs complete systems — PV panel, battery, controller, LED luminaire, pole and sensors — "
        "sized from the road class and the required average illuminance. It picks full-cutoff, semi-cutoff or non-cutoff optics "
        "and single-sided or two-sided pole layouts, and calculates lamp power and battery capacity for the site.",
    ),
    (
        "mXo023",
        "en",
        "sol_en_saur",
        "All-in-one lithium solar streetlights that keep working on cloudy days",
        "A solar firm builds the lithium-ion battery into the luminaire and uses a charge controller above 90% efficient instead "
        "of 70–75% PWM units, cutting cable and controller losses. The light keeps charging on overcast days, when panel output "
        "can drop below 50%, without oversizing lead-acid batteries that end up permanently half-charged.",
    ),
    (
        "mXo024",
        "en",
        "sol_en_iraq",
        "Small off-grid PV kits for outdoor lights, signs and roadside sensors",
        "Supplier of small stand-alone PV kits — module, charge controller, battery and LED load — for street and area lights, "
        "solar road signs, bus shelters and traffic monitoring equipment away from the grid, avoiding trenching for cables. "
        "Advice covers battery enclosures (heat, theft, flooding) and a maintenance plan with scheduled battery replacement.",
    ),
    (
        "mXo025",
        "en",
        "sol_en_anation",
        "Industrial-grade off-grid solar street lights with LiFePO4 batteries",
        "Municipal-grade solar street lights combining monocrystalline panels with LiFePO4 battery packs and a battery management "
        "system for deep-cycle stability through long spells of low sun. Going off-grid removes trenching, cabling and site "
        "repair costs, lowering the total cost of ownership on remote rural roads.",
    ),
    (
        "mXo026",
        "vi",
        "dis_vi_baydenls",
        "Đèn bẫy côn trùng chạy năng lượng mặt trời cho ruộng rau, lúa",
        "Sản phẩm sáng tạo của học sinh xã Kiên Mộc (Lạng Sơn): cảm biến ánh sáng tự bật đèn LED khi trời tối để dụ côn trùng, "
        "côn trùng va vào chao phản quang rơi xuống phễu có bình nước. Điện lấy từ ắc quy nạp bằng pin mặt trời, giúp nông dân "
        "giảm thuốc bảo vệ thực vật.",
    ),
    (
        "mXo027",
        "vi",
        "dis_vi_baydenvl",
        "Bẫy đèn giám sát côn trùng thông minh cho ruộng lúa",
        "Chi cục Trồng trọt và Bảo vệ thực vật Vĩnh Long thí điểm bẫy đèn thông minh tại xã Mỹ Lộc (Tam Bình) từ năm 2023: bẫy "
        "tự thu hút rầy nâu, tự đếm và gửi số liệu côn trùng, thay cho bẫy đèn truyền thống hay bị tràn nước, mất số liệu và tốn "
        "công đếm thủ công.",
    ),
    (
        "mXo028",
        "vi",
        "dis_vi_tuoinhogiot",
        "Hệ thống tưới nhỏ giọt chạy điện mặt trời cho vườn thanh long",
        "Hệ thống khép kín dùng tấm pin mặt trời 1,5 × 0,8 m tạo nguồn 24 V chạy mô tơ bơm 375 W, bơm nước từ mương vào ống nhựa "
        "chôn dưới đất, mỗi trụ thanh long có 2 van nhỏ giọt. Đã vận hành 8 tháng tại xã Lương Hòa Lạc (Chợ Gạo), trái lớn và đều "
        "hơn, không tắc ống.",
    ),
    (
        "mXo029",
        "en",
        "dis_en_solarlamp",
        "Solar insecticidal lamps for rice fields",
        "Pole-mounted solar insect-killing lamps for paddy fields: a panel on top of a 2 m bracket charges the lamp, which attracts "
        "phototactic pests to a high-voltage grid from evening until midnight so beneficial insects are spared. One lamp covers "
        "about 40 mu of farmland and lets farmers cut pesticide use.",
    ),
    (
        "mXo030",
        "en",
        "dis_en_rooftop",
        "Home rooftop solar PV systems with financing options",
        "Installer of residential rooftop photovoltaic systems that let homeowners generate their own power. Costs depend on "
        "design, panels, inverters, batteries, labour and permits; customers can buy outright, lease, sign a power-purchase "
        "agreement or use property-assessed clean energy loans, and payback depends on sun, roof slope and shading.",
    ),
    (
        "mXo031",
        "vi",
        "dis_vi_tuoiphun",
        "Tưới phun mưa dùng năng lượng mặt trời cho vùng khô hạn",
        "Nhóm nghiên cứu Trường Đại học Bách khoa TP.HCM chuyển giao hệ thống pin, bộ sạc, ắc quy và bộ chuyển đổi tạo điện chạy "
        "mô tơ bơm tưới phun mưa cho cây trồng ở Ninh Thuận; tiết kiệm 30–50% lượng nước so với tưới thông thường, phù hợp vùng "
        "chưa có điện lưới.",
    ),
    # --- lighting control and monitoring ---
    (
        "mXo032",
        "vi",
        "ctl_vi_vnindustry",
        "Đèn chiếu sáng thông minh có cảm biến, tự giảm công suất và báo hỏng",
        "Giải pháp đèn đường tích hợp cảm biến chuyển động, cảm biến ánh sáng và kết nối không dây, điều chỉnh độ sáng theo lưu "
        "lượng người, xe và thời tiết: đường vắng giảm còn 30–40% công suất, tăng sáng khi có xe đến. Thí điểm ở TP.HCM, Hà Nội, "
        "Cần Thơ tiết kiệm 40–60% điện; hệ thống giám sát từng đèn và tự cảnh báo khi bóng hỏng.",
    ),
    (
        "mXo033",
        "vi",
        "ctl_vi_halogen",
        "Tủ điều khiển tiết kiệm điện cho tuyến đèn đường bóng cao áp",
        "Kết quả nghiên cứu chế tạo tủ điện cho tuyến đường dùng bóng phóng điện cao áp: tủ chiết giảm và giữ ổn định điện áp "
        "trong các khung giờ thấp điểm ban đêm, giảm công suất tiêu thụ của bóng, tránh quá áp và kéo dài tuổi thọ bóng đèn mà "
        "vẫn bảo đảm chất lượng chiếu sáng.",
    ),
    (
        "mXo034",
        "vi",
        "ctl_vi_zigbee",
        "Hệ điều khiển chiếu sáng không dây dùng mạng cảm biến ZigBee",
        "Nhóm nghiên cứu đã thiết kế, chế tạo hệ điều khiển chiếu sáng tiết kiệm điện: bộ điều khiển tập trung DTC, nút "
        "cảm biến/chấp hành không dây mLCP-8, công tắc cảm ứng và các nút cảm biến, dùng ngăn xếp ZigBee; có khảo sát các chuẩn "
        "DALI, Modbus, 1-wire để ghép nối. Sẵn sàng hợp tác thử nghiệm và ứng dụng.",
    ),
    (
        "mXo035",
        "vi",
        "ctl_vi_iot",
        "Giải pháp IoT cho hệ thống chiếu sáng công cộng",
        "Doanh nghiệp công nghệ cung cấp nền tảng IoT kết hợp AI để quản lý đèn đường kết nối: bật tắt, điều chỉnh độ sáng và "
        "theo dõi từ xa. Đèn đường cũ quản lý lạc hậu có thể ngốn tới 40% ngân sách năng lượng của một thành phố; chiếu sáng thông "
        "minh được quản lý có thể giảm tới 80% chi phí năng lượng chiếu sáng.",
    ),
    (
        "mXo036",
        "vi",
        "mnt_vi_hcm24h",
        "Trung tâm điều khiển chiếu sáng tập trung, phát hiện đèn hỏng để sửa trong 24 giờ",
        "Kinh nghiệm vận hành trung tâm điều khiển hệ thống chiếu sáng đô thị của TP.HCM: quản lý, điều khiển từ xa các tủ điện "
        "và trụ đèn, phát hiện đèn hư hỏng để sửa chữa trong vòng 24 giờ, kết hợp ngầm hóa khoảng 34% đường dây chiếu sáng. Tư "
        "vấn xây dựng trung tâm tương tự cho các đô thị.",
    ),
    (
        "mXo037",
        "en",
        "ctl_en_lora",
        "Low-cost LoRa devices to measure and dim public streetlights",
        "A University of Jaén team developed three open-source Arduino-based devices — a measure-and-control unit for each "
        "streetlight, a lighting-level meter and a LoRa gateway — that send electrical and illuminance data to the cloud. Their "
        "EESL algorithm varies luminous flux through the night according to pedestrian traffic.",
    ),
    (
        "mXo038",
        "en",
        "ctl_en_lcu",
        "Smart lighting control units with gateway and web management server",
        "A telematics company's smart lighting system: a control unit on or inside each luminaire reports sensor data and runs "
        "scheduled or ad-hoc on/off and dimming commands; a gateway relays traffic; a web-based central management server keeps "
        "ambient light values, lighting and dimming schedules, power use and status for every light.",
    ),
    (
        "mXo039",
        "en",
        "ctl_en_imms",
        "Retrofit light-sensor nodes that report failed streetlamps over LoRaWAN",
        "A microelectronics institute offers battery-powered sensor nodes clipped onto existing lamps without opening them: a "
        "visible-light sensor detects whether the lamp works, a second sensor follows dusk and dawn, and data go over LoRaWAN to a "
        "central dashboard. Meant for municipalities that cannot yet afford smart LED lamps but need faster defect detection.",
    ),
    # --- maintenance, standards, poles ---
    (
        "mXo040",
        "vi",
        "mnt_vi_hanoi6840",
        "Dịch vụ duy trì hệ thống chiếu sáng theo quy trình và định mức",
        "Đơn vị dịch vụ công ích đô thị nhận duy trì hệ thống chiếu sáng công cộng trọn gói theo quy trình, định mức kinh tế – "
        "kỹ thuật và đơn giá đã công bố (như bộ định mức duy trì chiếu sáng ban hành kèm Quyết định 6840/QĐ-UBND năm 2016 của Hà "
        "Nội): kiểm tra đêm, thay bóng, sửa tủ điện, dây cáp, cột và đèn.",
    ),
    (
        "mXo041",
        "vi",
        "mnt_vi_camau",
        "Quản lý vận hành tập trung hệ thống chiếu sáng công cộng vùng ĐBSCL",
        "Các công ty môi trường đô thị ở Cà Mau, Cần Thơ chia sẻ kinh nghiệm và nhận quản lý vận hành chiếu sáng công cộng: gom về "
        "một đơn vị, thống nhất tiêu chuẩn, tiếp nhận cả hệ thống ở khu đô thị mới và hệ thống đầu tư manh mún theo gói thầu cầu "
        "đường, cải tạo các tuyến đã xuống cấp trong điều kiện kinh phí hạn chế.",
    ),
    (
        "mXo042",
        "vi",
        "mnt_vi_nuithanh",
        "Kiểm tra định kỳ, bảo dưỡng trạm và tủ điều khiển chiếu sáng",
        "Kinh nghiệm vận hành 90 trạm chiếu sáng với 193 km đường dây và 5 trạm đèn tín hiệu giao thông ở huyện Núi Thành: kiểm "
        "tra định kỳ, điều chỉnh chế độ bật tắt theo thời tiết từng mùa, bảo dưỡng thiết bị tủ điều khiển và xử lý sự cố kịp thời "
        "để hệ thống vận hành an toàn, ổn định.",
    ),
    (
        "mXo043",
        "vi",
        "std_vi_luxmeter",
        "Đo kiểm độ rọi bằng máy đo lux để nghiệm thu hệ thống chiếu sáng",
        "Công ty cơ điện và chiếu sáng đô thị hơn 10 năm kinh nghiệm nhận đo độ rọi thực tế bằng máy đo lux đã hiệu chuẩn, theo "
        "TCVN 5176:1990 và TCVN 7114-1:2008: nghiệm thu công trình, kiểm tra định kỳ mức suy giảm do đèn già, bụi bám, điện áp "
        "không ổn định, khảo sát hiện trạng trước khi cải tạo.",
    ),
    (
        "mXo044",
        "vi",
        "std_vi_qcvn077",
        "Thiết kế, thẩm tra công trình chiếu sáng theo QCVN 07-7:2016/BXD",
        "Tư vấn thiết kế và thẩm tra hệ thống chiếu sáng theo Quy chuẩn QCVN 07-7:2016/BXD về công trình chiếu sáng: chiếu sáng "
        "đường cho xe cơ giới, cho người đi bộ và xe đạp, không gian công cộng, yêu cầu sử dụng năng lượng hiệu quả và quy định "
        "bảo trì, sửa chữa.",
    ),
    (
        "mXo045",
        "vi",
        "pol_vi_batgiac",
        "Cột đèn cao áp bát giác mạ kẽm nhúng nóng cho vùng gió mạnh, ven biển",
        "Xưởng sản xuất cột đèn cung cấp cột tròn côn (một tấm thép, một đường hàn dọc, hợp cột 6–10 m, gió trung bình) và cột "
        "bát giác côn hàn từ 8 tấm thép theo chuẩn AWS D1.1, chịu gió tốt cho cột 10–20 m ở khu vực gió mạnh, ven biển. Thép "
        "Q235, Q345 hoặc SS400, mạ kẽm nhúng nóng chống ăn mòn.",
    ),
    (
        "mXo046",
        "vi",
        "pol_vi_dagiac",
        "Trụ đèn đa giác cao 6–17 m cho nút giao, bãi cảng, quảng trường",
        "Nhà máy đèn LED sản xuất trụ đèn đa giác từ ống thép côn chấn cạnh, cao phổ biến 6–14 m, 17 m, tới 50 m với loại giàn "
        "đèn nâng hạ; kết cấu cứng vững thay cột bê tông hoặc cột tròn tại nút giao thông, bến cảng, quảng trường, lắp đèn LED "
        "công suất lớn và hệ nâng hạ để bảo trì dễ.",
    ),
    (
        "mXo047",
        "en",
        "mnt_en_oakharbor",
        "Street light repair: burn-outs, knock-downs, photocells and cabinets",
        "Street light maintenance service covering three kinds of work: replacing burned-out lamps, defective luminaires, "
        "contactors and photocells as reports come in; replacing bases, poles, luminaires or contactor cabinets hit by vehicles; "
        "and general upkeep such as painting poles and cabinets.",
    ),
    (
        "mXo048",
        "en",
        "mnt_en_nsi",
        "GIS-guided streetlight inspection patrols",
        "A utility consultancy replaces reactive outage finding with structured patrols: the utility's GIS records (pole "
        "location, light type, wattage, serial number, leasing community code) are loaded onto a GPS-enabled tablet map, and "
        "crews sweep whole communities to log every outage and defect instead of relying on residents' reports.",
    ),
    (
        "mXo049",
        "en",
        "mnt_en_patrol",
        "Streetlight maintenance contracts with ten-day night patrols",
        "Furnish-and-maintain contracts in which the contractor physically inspects every device in the maintenance area during "
        "lighting hours once every ten days, fixes outages and defects found on the patrol as quickly as possible, and records "
        "conditions needing later repair under street light orders.",
    ),
    (
        "mXo050",
        "en",
        "mnt_en_poleinsp",
        "Utility and light pole condition inspection with written report",
        "Inspection contractor checks poles of wood or composite, 10–18 inches in diameter and 20–40 feet high: straightness, "
        "footing, surface defects, animal damage, sagging lines, insulators, fuses, transformers, grounding and brush clearance, "
        "then delivers a per-pole report of condition and potential structural hazards.",
    ),
    (
        "mXo051",
        "en",
        "ped_en_fhwastep",
        "Crosswalk and intersection lighting countermeasures for pedestrians at night",
        "Federal highway safety guidance: 76% of U.S. pedestrian deaths in 2018 happened in the dark. Overhead lights placed in "
        "advance of crosswalks on both approaches light pedestrians from the side without shadows; intersection lighting is "
        "estimated to cut injury crashes by 27% and segment lighting by 23%, alongside high-visibility crosswalks and beacons.",
    ),
    (
        "mXo052",
        "en",
        "ped_en_vtti",
        "Research-based lighting layouts for midblock crosswalks",
        "Virginia Tech Transportation Institute researchers evaluate crosswalk lighting designs for night-time pedestrian "
        "visibility at midblock locations and compare them with flashing signs and rectangular rapid flashing beacons, to "
        "recommend layouts; about 75% of pedestrian deaths occur after dark though only about 25% of traffic does.",
    ),
    (
        "mXo053",
        "en",
        "lgt_en_mnrural",
        "Safety evaluation of lighting at isolated rural intersections",
        "A university study team compared 3,622 lit and unlit rural intersections and ran a before-and-after study at 48 "
        "intersections: after lighting was installed night crashes fell 13% and the night-to-day crash rate ratio fell 36%. "
        "Offered as method and evidence for agencies deciding where to light rural junctions.",
    ),
    (
        "mXo054",
        "en",
        "lgt_en_proven",
        "Roadway lighting as a proven safety countermeasure",
        "Federal guidance on lighting as a proven countermeasure: nighttime fatality rates are three times daytime rates because "
        "only 25% of vehicle miles are driven at night. Continuous lighting on segments and spot lighting at intersections and "
        "pedestrian crossings, at or above recommended horizontal and vertical illuminance, reduces crash risk.",
    ),
]

OFFERS += [
    # --- traffic signals ---
    (
        "mXo055",
        "vi",
        "sig_vi_hanoiai",
        "Nâng cấp bộ điều khiển đèn tín hiệu thích ứng theo dữ liệu camera AI",
        "Giải pháp hiện đại hóa đèn tín hiệu đang triển khai cho 563 nút giao ở Hà Nội: camera chuyên dụng thu dữ liệu giao thông, "
        "trí tuệ nhân tạo phân tích với độ chính xác tới 95%, kết nối bộ điều khiển đèn thông minh để tự điều chỉnh thời gian đèn "
        "theo lưu lượng thời gian thực, thay cho hệ thống cũ chỉ hợp với lưu lượng thấp.",
    ),
    (
        "mXo056",
        "vi",
        "sig_vi_chuky",
        "Cài đặt chu kỳ đèn tín hiệu theo khung giờ và lưu lượng thực tế",
        "Đơn vị điều hành giao thông cài đặt chu kỳ đèn linh hoạt cho từng nút giao theo khung giờ và lưu lượng đo đếm được: thay "
        "đổi trước và sau cao điểm sáng (6h30–8h30), cao điểm chiều (16h–19h30), lúc 0h hoặc khi lượng xe tăng đột biến, nhằm tối "
        "ưu dòng xe và hạn chế ùn tắc.",
    ),
    (
        "mXo057",
        "vi",
        "sig_vi_loi",
        "Khắc phục sự cố đèn tín hiệu giao thông: chập cáp, đèn đỏ không chuyển",
        "Đội kỹ thuật đèn tín hiệu tiếp nhận và xử lý sự cố như toàn bộ cột đèn tại nút giao cùng đỏ, không chuyển xanh do thiết bị "
        "ngoại vi để ngoài trời lâu ngày bị chập cáp; sự cố kéo dài khoảng 30 phút lúc sáng sớm ở nút Trần Phú – Hùng Vương (Hà "
        "Nội) được cử người xuống xử lý, đèn hoạt động lại bình thường lúc 7 giờ cùng ngày.",
    ),
    (
        "mXo058",
        "vi",
        "sig_vi_bacgiang",
        "Cột đèn tín hiệu giao thông dùng năng lượng mặt trời, không cần điện lưới",
        "Cột đèn báo tín hiệu giao thông có tấm pin mặt trời và hệ thống pin trữ, vận hành được 3–4 ngày liền không có nắng. Bốn "
        "cột lắp tại thị trấn Cao Thượng, thị trấn Cầu Gồ và xã Phồn Xương (Bắc Giang) có tổng kinh phí gần 190 triệu đồng.",
    ),
    (
        "mXo059",
        "vi",
        "sig_vi_solarspc",
        "Cấp điện mặt trời cho hệ thống đèn tín hiệu giao thông",
        "Doanh nghiệp điện mặt trời thiết kế, lắp hệ thống pin mặt trời (mono hoặc poly, hiệu suất 15–22%), bộ điều khiển sạc và "
        "ắc quy cấp điện cho đèn LED tín hiệu và tủ điều khiển: dùng cho nông thôn chưa có điện lưới hoặc điện chập chờn, và cho nút "
        "giao đô thị cần đèn chạy liên tục khi mất điện.",
    ),
    (
        "mXo060",
        "vi",
        "sig_vi_dem8",
        "Cấu hình đèn tín hiệu hiển thị đếm lùi 8 giây cuối pha",
        "Cấu hình hiển thị cho cột đèn tín hiệu: bộ đếm lùi chỉ sáng trong 8 giây cuối của pha đèn đỏ và đèn xanh, sau pha xanh là "
        "đèn vàng 2–3 giây rồi sang đỏ; phương án đã áp dụng trên trục Trần Hưng Đạo (Hà Nội) sau khi thử bỏ hẳn đồng hồ đếm giây.",
    ),
    (
        "mXo061",
        "en",
        "sig_en_retime",
        "Traffic signal retiming for corridors and isolated junctions",
        "Signal engineers retime signalised intersections: new minimum and maximum greens, pedestrian intervals, yellow and "
        "all-red clearance, cycle, split and offset for progression along a corridor, better phasing and minor road fixes, with "
        "training for the agency's maintenance staff. Retiming typically returns about 40 dollars of benefit for every dollar.",
    ),
    (
        "mXo062",
        "en",
        "sig_en_miovision",
        "Signal optimisation backed by traffic data collection",
        "A traffic data company counts and studies corridor traffic so agencies can retime signals, which the Institute of "
        "Transportation Engineers suggests doing every three years. A Washington DC area program estimated annual savings of "
        "950,000 vehicle-hours of delay and 320,000 gallons of fuel after optimisation.",
    ),
    (
        "mXo063",
        "en",
        "sig_en_tancam",
        "Camera-based adaptive signal timing that runs at a single junction",
        "Edge system that replaces fixed timers: cameras feed YOLO detection and tracking to estimate queue length, density and "
        "arrivals per movement, and green time follows queue pressure within bounded cycle limits. It runs fully at one junction "
        "with a safe fallback plan, gives emergency vehicles priority, and can add a centre tier for green waves.",
    ),
    (
        "mXo064",
        "en",
        "sig_en_econ",
        "Traffic cameras for signal-state detection and adaptive control",
        "Embedded camera maker supplying intersection cameras that read signal states, including short amber phases, and "
        "vehicle movements across lanes in glare, low light and rain, feeding adaptive signal control and intersection safety "
        "analytics.",
    ),
    (
        "mXo065",
        "en",
        "sig_en_googlemap",
        "Adaptive traffic light controller using online road-density data",
        "University researchers built an adaptive traffic light control system that takes road density from the Google Maps API, "
        "adjusts green time to the density value and its trend, and was tested in simulation and as a hardware prototype, as an "
        "alternative to fixed-time plans that cause long queues.",
    ),
    (
        "mXo066",
        "en",
        "sig_en_ledboca",
        "LED signal head conversion for traffic signals",
        "City traffic engineering programme replacing incandescent bulbs in signal heads with LED modules, which draw one fifth "
        "of the power. Bulbs lasted one to two years and needed yearly relamping; LED modules last five to seven years, projected "
        "to save over two million dollars in power and maintenance over seven years.",
    ),
    (
        "mXo067",
        "en",
        "sig_en_ledcalgary",
        "City-wide LED traffic signal retrofit replacing group relamping",
        "A city retrofitted all traffic signals to LED: about 80% power reduction, 8.2 million kWh and over $670,000 a year, and "
        "an end to group relamping in which a three-person crew spent three months changing about 15,000 bulbs. LED signals last "
        "over ten years against about two years for incandescent bulbs and look brighter.",
    ),
    (
        "mXo068",
        "en",
        "sig_en_ledhouston",
        "Study of converting signal lamps to LED and later to solar power",
        "A university transportation centre studied converting Houston's 2,450 signalised intersections from 100 W incandescent "
        "lamps to LED, with cost comparison, maintenance and visibility effects, and the option of retrofitting LED signals to "
        "solar power later.",
    ),
    (
        "mXo069",
        "en",
        "sig_en_pmttap",
        "Setting up a traffic signal preventive maintenance programme",
        "Technical assistance programme guidance on preventive maintenance of signals at least yearly and typically every six "
        "months: change cabinet air filters, set the thermostat, check fans and door gaskets against rain and moisture, tighten "
        "signal hardware, seal loop detectors, and keep record drawings and a logbook to reduce liability.",
    ),
    (
        "mXo070",
        "en",
        "sig_en_pmchecklist",
        "Traffic signal cabinet preventive maintenance checklist (3- and 12-month)",
        "Digital checklist for signal technicians: clean and lubricate cabinets, replace filters, measure service voltage, check "
        "lightning arrestor, grounding and flasher, verify the conflict monitor by forcing a red fail, test batteries and replace "
        "them every 3 years, check relays, wiring and anchor bolts.",
    ),
    (
        "mXo071",
        "en",
        "sig_en_cabinet",
        "Traffic signal cabinet maintenance for longer equipment life",
        "Traffic equipment supplier's maintenance practice for the cabinets that house controllers, conflict monitors, power "
        "supplies and communications: routine inspection, environmental protection and component care so that signals keep "
        "running and equipment does not fail early.",
    ),
    (
        "mXo072",
        "en",
        "sig_en_appinfo",
        "Remote monitoring of traffic controllers and intersection power failures",
        "Monitoring devices and software that alert traffic managers the moment an intersection loses AC power, instead of waiting "
        "for a motorist to report a dark signal, track outages in detail and build the data case for battery backup units.",
    ),
    (
        "mXo073",
        "en",
        "sig_en_oakharbor",
        "Routine traffic signal maintenance and trouble-call response",
        "Public works signal maintenance: monthly preventive maintenance of every controller, weekly walk-arounds to test "
        "pedestrian push buttons, yearly cleaning and alignment of LED signal heads, and trouble calls for crash damage, dark "
        "lights, failed detectors or cabinet electronics handled by priority, leaving some on flash overnight.",
    ),
    (
        "mXo074",
        "vi",
        "dis_vi_duongngang",
        "Hệ thống phòng vệ đường ngang đường sắt cảnh báo tự động dùng radar",
        "Nhóm nghiên cứu Trường Đại học Giao thông vận tải cùng doanh nghiệp thiết kế, chế tạo hệ thống cảnh báo tự động có cần "
        "chắn cho đường ngang đường sắt, dùng radar trong nước phát hiện tàu thay cho bộ đếm trục xử lý bằng PLC; có tự kiểm tra "
        "trạng thái thiết bị, cảnh báo cho người quản lý và lưu dữ liệu thời gian thực.",
    ),
    # --- cameras and enforcement ---
    (
        "mXo075",
        "vi",
        "cam_vi_ai20",
        "Camera AI nhận diện gần 20 hành vi vi phạm, kể cả xe che biển số",
        "Hệ thống camera tích hợp trí tuệ nhân tạo phân tích hình ảnh theo thời gian thực, đã được huấn luyện phát hiện gần 20 hành "
        "vi vi phạm như không đội mũ bảo hiểm, không chấp hành đèn tín hiệu; nhận diện biển số kể cả khi bị che mờ một phần, màu "
        "sắc, chủng loại xe để truy vết và đối soát với dữ liệu đăng ký xe.",
    ),
    (
        "mXo076",
        "vi",
        "cam_vi_cafef",
        "Camera AI đa năng: đo tốc độ, đếm lưu lượng, phát hiện tai nạn",
        "Camera AI thế hệ mới ngoài tự động phát hiện vi phạm còn đo tốc độ xe chạy, đo đếm lưu lượng để cảnh báo ùn tắc và điều "
        "chỉnh chu kỳ đèn giao thông, tự phát hiện tai nạn và báo về trung tâm chỉ huy; đang thí điểm khoảng 10 camera ở nội đô Hà "
        "Nội và một số cao tốc.",
    ),
    (
        "mXo077",
        "vi",
        "cam_vi_dantri",
        "Camera AI tại nút giao phát hiện vượt đèn đỏ, không đội mũ bảo hiểm",
        "Kết quả thí điểm camera AI: trong 24 giờ, camera ở nút Phạm Văn Bạch – Hoàng Quán Chi tự phát hiện 168 người đi xe máy "
        "không đội mũ bảo hiểm, 323 trường hợp vượt đèn đỏ, 1 xe đi ngược chiều; camera trên cao tốc ghi nhận hơn 9.200 xe, tốc độ "
        "trung bình 62 km/h, 26 trường hợp không thắt dây an toàn.",
    ),
    (
        "mXo078",
        "vi",
        "cam_vi_soha",
        "Nhận dạng biển số tự động (ANPR) hoạt động cả ban đêm",
        "Công nghệ nhận diện biển số tự động ghi nhận số lượng lớn biển số, kể cả ban đêm nhờ hồng ngoại, đối chiếu dữ liệu để xác "
        "định chủ xe; dữ liệu được AI phân tích hành vi và chuyển thông báo vi phạm qua ứng dụng VNeTraffic. Hai camera thí điểm "
        "trên phố Phạm Văn Bạch phát hiện gần 1.800 trường hợp vi phạm trong một buổi chiều.",
    ),
    (
        "mXo079",
        "vi",
        "cam_vi_1837",
        "Trung tâm điều hành giao thông tích hợp camera AI và đèn tín hiệu tự động",
        "Mô hình trung tâm điều hành – chỉ huy – thông tin giao thông vận hành đồng bộ 1.837 camera và hệ thống đèn tín hiệu ứng "
        "dụng AI, điều khiển tự động theo dữ liệu lưu lượng; camera quay quét 360 độ, nhận diện ở khoảng cách 500–700 m, hoạt động "
        "ổn định trong mọi điều kiện thời tiết.",
    ),
    (
        "mXo080",
        "en",
        "cam_en_sanleandro",
        "Red light photo enforcement programme for city intersections",
        "Turnkey red-light camera enforcement for intersections. Camera programmes cut red-light running, crashes and injuries: "
        "in Oxnard, California, red-light running fell 42%, and other cities saw intersection crashes fall by at least a third "
        "and serious injuries by 10%.",
    ),
    (
        "mXo081",
        "en",
        "cam_en_itskrs",
        "Automated red-light enforcement systems",
        "Automated red-light enforcement systems that have cut red-light violations by 20–60% and crashes by 22–51%; New York "
        "City started with 15 camera intersections in 1993 and doubled to 30 by 1998.",
    ),
    (
        "mXo082",
        "en",
        "cam_en_texas",
        "Independent evaluation of red light camera programmes",
        "A transportation institute's crash analysis programme evaluates photographic signal enforcement: it studied 275 camera "
        "intersections across Texas, pulled 15,144 crash records from the state crash database, screened out 4,022 not related to "
        "the intersection, and estimated effects on right-angle, rear-end and other crashes.",
    ),
    (
        "mXo083",
        "en",
        "cam_en_realpark",
        "Speed camera system with radar detection and plate recognition",
        "Speed camera system that measures vehicle speed by radar, laser or in-road sensors, captures high-resolution images of "
        "speeding vehicles, reads plates with licence plate recognition, compares speed with the posted limit and records date, "
        "time, location and images as evidence for automated enforcement.",
    ),
    (
        "mXo084",
        "en",
        "cam_en_itsproducts",
        "Fixed and mobile speed limit enforcement cameras",
        "ITS products for speed enforcement: radar and lidar guns, VASCAR, piezo-electric or induction strips and infrared "
        "loggers for instantaneous speed, and ANPR point-to-point cameras that time vehicles between two points; digital images "
        "reach the back office within seconds for automated notices.",
    ),
    (
        "mXo085",
        "en",
        "cam_en_types",
        "Average-speed, red-light and bus-lane camera systems",
        "Overview and supply of automated camera types: fixed and mobile speed cameras using Doppler radar, lidar or ANPR "
        "average-speed measurement over a known distance; red-light cameras triggered by vehicles entering after the red; bus "
        "lane cameras; and vehicle-mounted mobile units.",
    ),
    (
        "mXo086",
        "en",
        "cam_en_clive",
        "Evaluation of red-light running cameras on violations",
        "Researchers compared red-light running violations at camera-enforced approaches with non-camera approaches in the same "
        "Iowa metro area using a Poisson lognormal regression; cameras substantially reduced violations. Red-light running causes "
        "over 100,000 crashes and 1,000 deaths a year in the U.S.",
    ),
    (
        "mXo087",
        "vi",
        "dis_vi_gsht",
        "Quản lý đội xe tải bằng GPS + camera + AI",
        "Nhà cung cấp thiết bị giám sát hành trình kết hợp GPS (vị trí, tốc độ, lộ trình), camera buồng lái và AI nhận diện tài xế "
        "buồn ngủ, mất tập trung, dùng điện thoại, giúp doanh nghiệp vận tải quản lý đội xe và có bằng chứng khi xảy ra sự cố.",
    ),
    (
        "mXo088",
        "vi",
        "dis_vi_hopden",
        "Thiết bị giám sát hành trình (hộp đen) hợp chuẩn cho xe kinh doanh vận tải",
        "Lắp hộp đen định vị GPS hợp chuẩn cho ô tô kinh doanh vận tải: báo vị trí, tốc độ, dừng đỗ, thời gian lái xe và thông tin "
        "tài xế cho chủ xe và cơ quan quản lý; là điều kiện để xe khách, xe tải, container đăng kiểm và kinh doanh vận tải.",
    ),
    (
        "mXo089",
        "vi",
        "cam_vi_antt",
        "Mô hình camera giám sát an ninh trật tự tại trung tâm xã, đầu mối giao thông",
        "Mô hình camera giám sát an ninh trật tự: Thái Nguyên có hơn 30 mô hình với trên 500 camera; huyện Đại Từ lắp 56 camera ở "
        "trung tâm 30 xã, thị trấn, đầu mối giao thông, nơi đông người, giai đoạn sau thêm 200 camera ở tổ dân phố, xóm. Người dân "
        "cho biết đỗ xe lộn xộn, lấn chiếm lòng đường giảm.",
    ),
    # --- markings, studs, warning lights, signs ---
    (
        "mXo090",
        "vi",
        "mrk_vi_colorex",
        "Thi công sơn kẻ vạch đường theo QCVN 41:2019/BGTVT",
        "Nhà thầu sơn kẻ vạch thi công vạch phân chia hai chiều xe chạy và vạch phân làn cùng chiều theo QCVN 41:2019/BGTVT (vàng "
        "liền, trắng đứt, con thoi, xương cá, mắt võng, làn chờ rẽ trái...), bố trí hợp với bề rộng mặt đường, tốc độ, lưu lượng "
        "xe và người đi bộ, thống nhất với biển báo và đèn tín hiệu.",
    ),
    (
        "mXo091",
        "vi",
        "mrk_vi_top3",
        "Sơn vạch kẻ đường nhiệt dẻo và sơn phản quang hạt thủy tinh",
        "Cung cấp và thi công sơn vạch kẻ đường: sơn nhiệt dẻo dạng bột nấu chảy rải nóng, bền, chịu mài mòn cho tuyến lưu lượng "
        "lớn; sơn lạnh dạng lỏng khô nhanh cho bãi xe, khu công nghiệp; sơn phản quang chứa hạt thủy tinh giúp thấy vạch ban đêm, "
        "trời mưa trên quốc lộ, cao tốc.",
    ),
    (
        "mXo092",
        "vi",
        "mrk_vi_thaiduong",
        "Cung cấp sơn nhiệt dẻo và sơn lạnh, loại phản quang và không phản quang",
        "Nhà sản xuất sơn giao thông cung cấp hai dòng chính: sơn nhiệt dẻo (chất kết dính Maleic, Hydrocarbon C9, C5, Petroresin) "
        "và sơn lạnh, mỗi dòng có loại phản quang và không phản quang, dùng cho vạch kẻ đường, bãi đỗ xe, tầng hầm, nhà xưởng.",
    ),
    (
        "mXo093",
        "vi",
        "mrk_vi_hoanggia",
        "Quy trình thi công sơn kẻ vạch chuyên nghiệp từ bề mặt đến nghiệm thu",
        "Đơn vị thi công sơn kẻ vạch giới thiệu quy trình chuẩn: chuẩn bị bề mặt, chọn vật liệu bám dính cao, chịu mài mòn, chống "
        "trượt, bền màu, các bước thi công chuyên nghiệp và nghiệm thu để vạch sắc nét, bền lâu trên đường giao thông, nhà xưởng, bãi "
        "đỗ xe.",
    ),
    (
        "mXo094",
        "vi",
        "mrk_vi_dinhpq",
        "Đinh phản quang phân làn, cảnh báo giao lộ và khúc cua",
        "Cung cấp, lắp đinh phản quang (đinh đường) bằng nhôm, nhựa hoặc thép chịu lực, mặt phủ lớp phản quang sáng lên khi có đèn "
        "xe chiếu vào; gắn tại ngã ba, ngã tư, dọc vạch kẻ để phân làn, cảnh báo đường cong, dốc, giao lộ và hỗ trợ lái xe ban đêm, "
        "sương mù.",
    ),
    (
        "mXo095",
        "vi",
        "mrk_vi_dinhmd",
        "Đinh gắn mặt đường phản quang hai mặt cho đèo dốc, quốc lộ, cao tốc",
        "Đinh gắn mặt đường có tấm phản quang hai mặt, chịu lực và độ bền cao, lắp trên cao tốc, quốc lộ, đường nội thành và khu vực "
        "nguy hiểm như đèo, dốc, hầm; giúp tài xế nhận diện làn và khúc cua trong mưa lớn hoặc ban đêm, giảm nguy cơ va chạm.",
    ),
    (
        "mXo096",
        "vi",
        "wrn_vi_baohotot1",
        "Đèn cảnh báo giao thông LED dùng năng lượng mặt trời",
        "Cung cấp đèn cảnh báo giao thông dùng LED độ sáng cao, tiêu thụ ít điện, chạy hàng nghìn giờ không cần thay; nhiều mẫu dùng "
        "tấm pin năng lượng mặt trời, lắp được ở nơi không có điện lưới để cảnh báo công trình, tai nạn, khu vực nguy hiểm hoặc thời "
        "tiết xấu.",
    ),
    (
        "mXo097",
        "vi",
        "wrn_vi_baohotot2",
        "Đèn cảnh báo cho khu vực nguy hiểm, công trường và điểm dễ va chạm",
        "Các loại đèn cảnh báo dùng điện trực tiếp, pin hoặc năng lượng mặt trời để cảnh báo sớm chướng ngại vật, khu vực nguy hiểm, "
        "công trường sửa đường, giúp người lái xe nhận biết và phản ứng kịp thời khi trời tối, thời tiết xấu hoặc địa hình phức tạp.",
    ),
    (
        "mXo098",
        "vi",
        "sgn_vi_tcvn7887",
        "Màng phản quang biển báo đạt TCVN 7887:2018",
        "Công ty thiết bị an toàn giao thông cung cấp màng phản quang cho biển báo hiệu đường bộ theo TCVN 7887:2018 (9 loại màng): "
        "đạt hệ số phản quang tối thiểu, bền thời tiết không nứt bong, màu ban ngày chuẩn, co ngót không quá 0,8 mm trong 10 phút "
        "hoặc 3,2 mm trong 24 giờ.",
    ),
    (
        "mXo099",
        "vi",
        "sgn_vi_rdsic",
        "Biển báo giao thông phản quang dùng decal 3M",
        "Sản xuất biển báo giao thông phát quang bằng decal phản quang (như decal 3M) bền, chống trầy, nhìn rõ ban đêm và khi thời "
        "tiết xấu: biển cấm nền trắng viền đỏ, biển nguy hiểm và cảnh báo, biển hiệu lệnh, biển chỉ dẫn.",
    ),
    (
        "mXo100",
        "en",
        "mrk_en_ntsigns",
        "Thermoplastic pavement markings with drop-on glass beads",
        "Pavement marking contractor applying thermoplastic, a durable plastic and glass-bead mixture melted in a kettle or "
        "handliner and laid on asphalt with special equipment; extra glass beads are dropped on top to meet reflectivity "
        "specifications.",
    ),
    (
        "mXo101",
        "en",
        "mrk_en_bk",
        "Hot-applied thermoplastic road marking with thermal bond to asphalt",
        "Long-life thermoplastic marking heated to 350–400 °F and agitated until uniform, then applied so it melts into the "
        "asphalt surface; beads dropped on the hot line give immediate retroreflection and intermixed beads keep it as the line "
        "wears. A primer is used on concrete; profiled lines can add an audible rumble effect.",
    ),
    (
        "mXo102",
        "en",
        "mrk_en_hnsanaisi",
        "Thermoplastic road marking paint formulations",
        "Manufacturer of thermoplastic marking paint: 15–20% resin that melts at 180–220 °C and sets in under 5 minutes, 15–23% "
        "glass beads of 75–1400 µm (best when 50–60% embedded) and 47–66% mineral fillers for abrasion resistance.",
    ),
    (
        "mXo103",
        "en",
        "mrk_en_glassbeads",
        "Road marking glass beads: intermix and drop-on grades",
        "Glass bead maker supplying spherical beads that return headlight light to the driver: intermix beads mixed into the "
        "marking material for lasting reflection as it wears, and drop-on beads spread onto fresh paint for instant night "
        "visibility, in the size grades different countries specify.",
    ),
    (
        "mXo104",
        "en",
        "sgn_en_fhwainv",
        "Traffic sign inventory with GPS and GIS for local agencies",
        "Local technical assistance guidance and tools for a sign inventory: record each sign's location, type and install date, "
        "map it with GPS on GIS, link work orders, and use the data to plan replacements, corridor upgrades, brush clearing, "
        "budgets and liability defence.",
    ),
    (
        "mXo105",
        "en",
        "sgn_en_fhwainsp",
        "Traffic sign inspection programme, day and night",
        "Guidance for a formal sign inspection programme: trained technicians, a routine schedule by road type and sign "
        "importance, day and night checks that signs are present, needed and performing, plus informal reports from staff, "
        "police and citizens via a phone number on the sign sticker.",
    ),
    (
        "mXo106",
        "en",
        "sgn_en_roadsoft",
        "Sign retroreflectivity management module in asset software",
        "Road asset software whose sign module tracks retroreflectivity by any accepted method — visual night inspection, "
        "calibration signs, comparison panels, retroreflectometer readings, expected sign life, blanket replacement or control "
        "signs — with a laptop data collector and technical help to set cost-effective inspection cycles.",
    ),
    (
        "mXo107",
        "en",
        "sgn_en_agile",
        "Sign asset management system for retroreflectivity compliance",
        "Asset management software that replaces spreadsheets for sign data: keeps the full sign inventory, a retroreflectivity "
        "score for each sign and the actions to keep every sign above minimum levels, and plans maintenance strategies and crews.",
    ),
    (
        "mXo108",
        "vi",
        "dis_vi_sonnhaxuong",
        "Sơn epoxy và kẻ vạch phân khu trong nhà xưởng, bãi đỗ xe",
        "Công ty sơn công nghiệp hơn 10 năm kinh nghiệm thi công sơn epoxy và kẻ vạch trong nhà xưởng, tầng hầm, bãi đỗ xe, sân "
        "bay, khu công nghiệp: phân lối đi, khu làm việc, vị trí đỗ xe, chữ và ký hiệu trên sàn.",
    ),
]

OFFERS += [
    # --- school zones, pedestrians, speed management ---
    (
        "mXo109",
        "vi",
        "sch_vi_thamvang",
        "Mô hình 'Thảm vàng an toàn' trước cổng trường học",
        "Dự án tăng cường an toàn giao thông quanh trường học của Ban ATGT TP.HCM và Trung tâm Tri thức cộng đồng, thí điểm tại "
        "trường tiểu học An Hội (Gò Vấp): sơn vàng khu vực cổng trường để báo hiệu từ xa, lắp biển cấm dừng đỗ và biển khu vực "
        "trường học, tập huấn kỹ năng tham gia giao thông cho học sinh.",
    ),
    (
        "mXo110",
        "vi",
        "sch_vi_brvt",
        "Tư vấn xây dựng cổng trường an toàn giao thông",
        "Giải pháp cổng trường an toàn: đặt biển 'Khu vực trường học' ở vị trí dễ thấy kèm biển hạn chế tốc độ 30–40 km/h, bố trí "
        "chỗ đậu xe đưa đón để phụ huynh không đỗ tràn trước cổng, phối hợp gia đình, nhà trường, CSGT tuần tra xử lý vi phạm giờ cao "
        "điểm.",
    ),
    (
        "mXo111",
        "vi",
        "sch_vi_mu18",
        "Chương trình trao mũ bảo hiểm đạt chuẩn và đào tạo ATGT cho học sinh lớp 1",
        "Chương trình của Ủy ban ATGT quốc gia, Bộ GD-ĐT và Honda Việt Nam trao 1,8 triệu mũ bảo hiểm đạt chuẩn cho học sinh lớp 1 "
        "toàn quốc năm học 2025–2026, kèm đào tạo an toàn giao thông cho học sinh và phụ huynh; chương trình đã góp phần nâng tỷ lệ "
        "trẻ em đội mũ bảo hiểm từ 37% lên 85%.",
    ),
    (
        "mXo112",
        "vi",
        "sch_vi_hfk",
        "Dự án 'Mũ bảo hiểm cho em' tặng mũ và tập huấn tại trường tiểu học",
        "Quỹ Phòng, chống thương vong châu Á cùng doanh nghiệp tài trợ trao mũ bảo hiểm đạt chuẩn và tuyên truyền kỹ năng an toàn "
        "giao thông cho học sinh, giáo viên: gần 1.400 mũ trong gần 3 năm ở Vĩnh Phúc, thêm hơn 400 mũ cho trường tiểu học Sơn Lôi "
        "A, kèm hướng dẫn đội mũ đúng cách qua trò chơi.",
    ),
    (
        "mXo113",
        "en",
        "sch_en_carmanah",
        "School zone flashing beacon signs",
        "Traffic equipment maker supplying flashing school zone signs that tell drivers when the reduced limit applies instead of "
        "'when children are present' wording. A Washington State study found average speeds 5–7 mph lower at flashing school "
        "zone signs; crosswalk beacons are also offered for Safe Routes to School and Vision Zero projects.",
    ),
    (
        "mXo114",
        "en",
        "sch_en_carmanahco",
        "Solar-powered school zone beacons programmed to school hours",
        "Solar beacons mounted above school zone signs and programmed to flash before and after school, at lunchtime and "
        "recess. They need no trenching, cabling or grid connection and up to five years without maintenance, and flashing "
        "beacons can cut school-zone speeds by 5–7 mph.",
    ),
    (
        "mXo115",
        "en",
        "sch_en_trafficalm",
        "Radar driver feedback signs and solar LED flashing signs for school zones",
        "A traffic calming manufacturer supplies radar speed feedback signs placed ahead of school zones, scheduled to change "
        "operation through the day as limits change, and solar LED flashing signs for school crossings, as low-cost "
        "countermeasures that slow speeding drivers.",
    ),
    (
        "mXo116",
        "en",
        "sch_en_elteccorp",
        "Remotely managed school beacon systems",
        "School beacon systems with high-intensity lights that replace passive 'when children are present' signs: schedules can "
        "be monitored and changed remotely for in-service days, holidays, time changes and summer, so the beacons stay accurate "
        "and drivers keep trusting them.",
    ),
    (
        "mXo117",
        "en",
        "sch_en_sr4s",
        "Star Rating for Schools road safety assessment",
        "School road-safety assessment with the Star Rating for Schools method: trained teams record more than 30 road attributes "
        "at 3–5 critical points around each school on an Android app, giving 1 to 5 stars for pedestrian safety, and test "
        "treatments such as crossings and lower speeds to pick cost-effective fixes.",
    ),
    (
        "mXo118",
        "en",
        "sch_en_sbc",
        "Star Rating for Schools programme with youth engagement and satellite analysis",
        "Global programme run by the International Road Assessment Programme in 74 countries: 1,638 schools and 426,796 students "
        "assessed by 2024, a Youth Engagement App with over 3,000 users, and a $2M grant for AI and satellite imagery to scale "
        "assessments, promoting 30 km/h where pedestrians and vehicles mix.",
    ),
    (
        "mXo119",
        "en",
        "sch_en_aiphelmet",
        "Child helmet and road safety education programme for primary schools",
        "An injury prevention foundation provides quality helmets and road safety education in Vietnamese schools: 5,300 helmets "
        "for 21 primary schools in Dong Nai, Gia Lai and Quang Nam, and in Hoc Mon district, where 76.3% of pupils ride on "
        "parents' motorbikes and helmet use was about 30%, more than 4,700 helmets plus teacher training.",
    ),
    (
        "mXo120",
        "en",
        "sch_en_rrfb",
        "Rectangular rapid-flashing beacons for uncontrolled crosswalks",
        "Research-backed pedestrian treatment: side-mounted yellow LED rectangular rapid-flashing beacons at uncontrolled marked "
        "crosswalks, tested at 22 sites in 3 U.S. cities with two-year follow-up, raised driver yielding far above standard "
        "signs and traditional overhead yellow beacons.",
    ),
    (
        "mXo121",
        "en",
        "sch_en_americawalks",
        "RRFB installation guidance: push-button or passive detection, solar power",
        "Guidance for installing rectangular rapid-flashing beacons at mid-block or school crossings without signals: two LED "
        "beacons flashing in a wig-wag pattern beside the pedestrian sign, activated by push button or automatic detection, "
        "solar powered, dark when nobody is crossing, with a 'when flashing' plaque; cheaper than a full traffic signal.",
    ),
    (
        "mXo122",
        "en",
        "spd_en_codot",
        "Dynamic speed feedback signs",
        "Dynamic speed feedback signs that show drivers how fast they are going against the posted limit. A national "
        "cooperative research meta-analysis found vehicle speeds fell in every context and location studied, making the signs an "
        "effective life-saving tool.",
    ),
    (
        "mXo123",
        "en",
        "spd_en_croatia",
        "Speed display radars at settlement entrances",
        "Faculty of Transport researchers measured the effect of speed display radars at six settlement entrances on district "
        "roads in a two-week before-after study with the display switched off for one week, and advise on siting radars where "
        "police see frequent speeding.",
    ),
    (
        "mXo124",
        "en",
        "spd_en_humps",
        "Speed hump design and installation on residential streets",
        "County traffic engineering programme installing speed humps: raised pavement 3 inches high and 12 or 22 feet long, "
        "spaced so that speeds drop at and between humps, for both average and faster drivers, with a lasting effect that "
        "reduces crash number and severity.",
    ),
    (
        "mXo125",
        "en",
        "spd_en_dhaka",
        "Guidelines for placing and sizing speed humps in developing cities",
        "University civil engineering researchers evaluated speed humps on Dhaka's urban roads, found wide variation in quality, "
        "placement and public acceptance, and propose installation guidelines on placement and dimensions for traffic calming in "
        "developing cities.",
    ),
    (
        "mXo126",
        "en",
        "spd_en_unimat",
        "Prefabricated speed bumps and humps",
        "Maker of speed bumps and humps for residential streets and car parks; studies show humps cut vehicle speeds by 18–24% "
        "on residential streets, with advice on where they fit (low-speed, high pedestrian areas) and where chicanes or circles "
        "work better.",
    ),
    (
        "mXo127",
        "en",
        "dis_en_evcharge",
        "EV charging station installation for parking lots",
        "EV charging network company helping parking lot owners add electric vehicle charging: choosing technology and number "
        "of stations, clustering EV spots near electrical panels, adding signage and asphalt paint, and earning revenue and tax "
        "incentives.",
    ),
    # --- crash data, audits ---
    (
        "mXo128",
        "vi",
        "acc_vi_bigdata",
        "Ứng dụng dữ liệu lớn (Big Data) trong quản lý an toàn giao thông",
        "Nghiên cứu đề xuất cách tiếp cận ứng dụng dữ liệu lớn vào quản lý ATGT tại Việt Nam dựa trên kinh nghiệm các nước: thu thập "
        "dữ liệu tai nạn từ cơ quan đường bộ, công an, y tế và người dân, như hệ thống lấy mẫu NASS của Hoa Kỳ, để phân tích, đánh giá "
        "và đề xuất giải pháp giảm tai nạn.",
    ),
    (
        "mXo129",
        "vi",
        "acc_vi_gishcm",
        "Ứng dụng GIS phân tích đặc điểm tai nạn giao thông",
        "Nhóm GIS Trường Đại học Nông Lâm TP.HCM, phối hợp Trung tâm Ứng dụng GIS (Sở KH&CN TP.HCM), xây dựng cơ sở dữ liệu không gian "
        "về tai nạn giao thông và phân tích đặc điểm theo vị trí, thời gian, loại phương tiện để xác định khu vực nguy hiểm.",
    ),
    (
        "mXo130",
        "vi",
        "acc_vi_danang",
        "Phân tích số liệu và biểu đồ cảnh báo tai nạn giao thông đường bộ",
        "Nghiên cứu của Đại học Đà Nẵng dùng số liệu tai nạn giao thông đường bộ 2015–2018 của Ban ATGT và Công an thành phố để phân "
        "tích các chỉ tiêu thống kê và xây dựng biểu đồ cảnh báo tai nạn, hỗ trợ cơ quan quản lý chọn giải pháp.",
    ),
    (
        "mXo131",
        "vi",
        "acc_vi_httt",
        "Phân tích thiết kế hệ thống thông tin quản lý tai nạn giao thông đường bộ",
        "Đồ án phân tích, thiết kế cơ sở dữ liệu và hệ thống thông tin quản lý tai nạn giao thông đường bộ phục vụ quản lý nhà nước; "
        "xuất phát từ số liệu năm 2006 với 13.253 vụ, 11.489 người chết, hơn 70% do phóng nhanh, vượt ẩu, đi sai làn.",
    ),
    (
        "mXo132",
        "vi",
        "acc_vi_quan2",
        "Đánh giá khả năng lặp lại tai nạn trên tuyến đường bằng GIS và thống kê",
        "Nghiên cứu kết hợp GIS và phương pháp thống kê để đánh giá khả năng lặp lại tai nạn giao thông trên các tuyến đường chính "
        "(thí điểm quận 2, TP.HCM), xác định các đoạn, điểm có tai nạn tái diễn để ưu tiên xử lý.",
    ),
    (
        "mXo133",
        "en",
        "acc_en_fhwalocal",
        "Crash data access and analysis tools for local road agencies",
        "State programmes share crash databases, analysis and mapping tools and technical assistance with local agencies, which "
        "often lack access to crash data or training, so that they can find locations with fatal and serious injury crashes, "
        "prioritise projects and apply for safety funding.",
    ),
    (
        "mXo134",
        "en",
        "acc_en_hotspot",
        "Crash hot spot detection tool for targeted enforcement",
        "University traffic safety lab's free, scalable tool that finds crash hot spots by density and ranks them with a z-score, "
        "filterable by place, time and crash factors. In a Wisconsin pilot at 27 hot spots, targeted enforcement was followed by "
        "a drop of nearly 11% in fatal and injury crashes (Empirical Bayes before-after).",
    ),
    (
        "mXo135",
        "en",
        "acc_en_systemic",
        "Systemic safety analysis ranking curves and intersections",
        "University technology transfer centre offering a systemic approach: an ArcGIS script locates horizontal curves and "
        "intersections, risk factors such as curve radius, intersection angle and spacing are combined with crash types in "
        "safety performance functions, and sites are ranked by potential risk rather than crash history alone.",
    ),
    (
        "mXo136",
        "en",
        "acc_en_qeeebo",
        "High-crash location hotspot mapping",
        "Hotspot mapping service: collect crash data from police reports and hospital records, geocode each crash, build GIS "
        "heat or density maps, and rank locations by crash frequency and severity to target signals, lighting or speed "
        "reduction measures.",
    ),
    (
        "mXo137",
        "en",
        "acc_en_rsa",
        "Road safety audits at design, construction and post-opening stages",
        "Engineering consultancy performing road safety audits as a systematic check of highway improvements and new schemes: "
        "stage 1 at preliminary design, stage 2 at detailed design, stage 3 at completion of construction and stage 4 post-opening "
        "monitoring, to minimise collisions and their severity.",
    ),
    (
        "mXo138",
        "en",
        "acc_en_dorset",
        "Road safety audit service for highway schemes",
        "Council road safety team offering quoted road safety audits that assess safety implications of highway improvements for "
        "all users, especially pedestrians and cyclists, at preliminary design, detailed design, completion of works and 12 "
        "months after completion.",
    ),
    (
        "mXo139",
        "en",
        "lgt_en_dutch",
        "Analysis of the safety effect of road lighting on accidents in darkness",
        "Road safety researcher's analysis of Dutch accident data 1987–2006 (763,000 injury and 3.3 million damage-only "
        "accidents): road lighting reduced injury accidents in darkness by about 50%, more for pedestrians, cyclists and mopeds, "
        "and less in bad weather; the method can be applied to other road networks.",
    ),
    (
        "mXo140",
        "vi",
        "acc_vi_kiemtoan",
        "Khung tiêu chí kiểm toán hoạt động an toàn giao thông đường bộ",
        "Luận văn thạc sĩ kỹ thuật tại Đại học Đà Nẵng xây dựng khung tiêu chí và sơ đồ hóa quá trình kiểm toán hoạt động an toàn "
        "giao thông đường bộ, bổ trợ kiến thức kiểm toán cho kỹ sư cầu đường để đánh giá công tác ATGT của dự án và tuyến đường.",
    ),
    (
        "mXo141",
        "vi",
        "rsa_vi_thamtra",
        "Thẩm tra an toàn giao thông cho dự án và đường bộ đang khai thác",
        "Nhà thầu tư vấn thẩm tra an toàn giao thông có đội thẩm tra viên được cấp chứng chỉ (hiệu lực 5 năm): ít nhất 10 thẩm tra "
        "viên cho dự án quan trọng quốc gia, nhóm A, B; ít nhất 5 người, gồm kỹ sư công trình đường bộ, kỹ sư vận tải và chủ nhiệm "
        "thẩm tra, cho dự án nhóm C và đường đang khai thác.",
    ),
    (
        "mXo142",
        "vi",
        "gis_vi_q1",
        "Cơ sở dữ liệu GIS hạ tầng giao thông và lập kế hoạch duy tu",
        "Đề tài của Sở KH&CN TP.HCM xây dựng cấu trúc và CSDL GIS các đối tượng hạ tầng giao thông (cầu, đường, cây xanh, biển báo, "
        "chiếu sáng, đèn tín hiệu), thí điểm ở quận 1 (2008–2009) cùng Khu Quản lý Giao thông đô thị số 1, kèm công cụ lập kế hoạch duy "
        "tu, nâng cấp và xây mới.",
    ),
    (
        "mXo143",
        "vi",
        "gis_vi_phanrang",
        "Ứng dụng GIS quản lý hạ tầng kỹ thuật đô thị",
        "Trung tâm Công nghệ Thông tin Địa lý (ĐH Bách Khoa TP.HCM) cùng công ty phần mềm xây dựng CSDL và phần mềm GIS hỗ trợ quản lý "
        "hạ tầng đô thị, gồm quy trình khảo sát, dò ngầm và cập nhật dữ liệu hạ tầng; đã triển khai cho TP Phan Rang – Tháp Chàm.",
    ),
    (
        "mXo144",
        "vi",
        "sgn_vi_doha",
        "Sản xuất biển hiệu lệnh giao thông đúng quy cách",
        "Cơ sở sản xuất biển báo giao thông cung cấp biển hiệu lệnh hình tròn nền xanh lam, hình vẽ và chữ số màu trắng, kích thước "
        "tỷ lệ với tốc độ thiết kế, cùng các nhóm biển khác cho đường bộ.",
    ),
    (
        "mXo145",
        "vi",
        "dpc_vi_giaothong",
        "Dải phân cách giao thông bê tông, nhựa, cao su có phản quang",
        "Cung cấp, lắp dải phân cách bằng bê tông, nhựa, cao su có phản quang, dễ thấy mọi điều kiện ánh sáng, để tách dòng xe, "
        "chống lấn làn và cắt ngang bất ngờ trên đường đô thị và đường có mật độ xe cao.",
    ),
    (
        "mXo146",
        "vi",
        "dis_vi_camthon",
        "Mô hình 'Camera an ninh' thôn xóm truyền hình ảnh về điện thoại",
        "Mô hình do Mặt trận xã Điện Quang (Điện Bàn) cùng công an xã vận động dân góp tiền lắp camera an ninh nơi công cộng; thôn Bảo "
        "An đã lắp 20 mắt camera dọc các tuyến đường, chạy 24/24 giờ, hình ảnh truyền về điện thoại của ban nhân dân thôn.",
    ),
    (
        "mXo147",
        "vi",
        "dis_vi_pic",
        "Mô hình đèn giao thông dùng vi điều khiển PIC 16F877A cho giảng dạy",
        "Đồ án của sinh viên Cao đẳng Kỹ thuật Cao Thắng thiết kế, thi công mô hình mạch đèn giao thông dùng vi điều khiển PIC "
        "16F877A (I/O, điều chế độ rộng xung, ADC), làm học cụ thực hành điện tử.",
    ),
    (
        "mXo148",
        "vi",
        "std_vi_tcvn",
        "Tư vấn áp dụng tiêu chuẩn chiếu sáng nhân tạo công trình công cộng và hạ tầng",
        "Hội Chiếu sáng Việt Nam phổ biến tiêu chuẩn chiếu sáng nhân tạo cho công trình công cộng và kỹ thuật hạ tầng (ưu tiên nguồn "
        "phóng điện và LED): chiếu sáng đường phố, nút giao, đường và hầm đi bộ, đoạn qua khu dân cư đô thị và nông thôn, thay các "
        "tiêu chuẩn TCXDVN 259:2001, TCXDVN 333:2005; hỗ trợ thiết kế, cải tạo, kiểm tra đánh giá.",
    ),
    (
        "mXo149",
        "vi",
        "dis_vi_camgd",
        "Lắp đặt camera giám sát cho gia đình, cửa hàng",
        "Cửa hàng thiết bị lắp camera giám sát cho nhà riêng và cửa hàng để bảo vệ tài sản, xem lại hình khi có sự cố như cháy, trộm; "
        "tư vấn đầu ghi, ổ lưu và xem qua điện thoại.",
    ),
    (
        "mXo150",
        "vi",
        "dis_vi_ledgd",
        "Đèn LED chiếu sáng dân dụng",
        "Nhà sản xuất đèn LED giới thiệu các dòng đèn LED dân dụng dùng điốt phát quang: hiệu suất cao, tiêu thụ ít điện, tuổi thọ dài, "
        "không chứa chất độc hại, thay cho bóng sợi đốt và huỳnh quang trong nhà ở, văn phòng.",
    ),
    (
        "mXo151",
        "vi",
        "dis_vi_densv",
        "Đèn tích điện năng lượng mặt trời gia đình: sửa lỗi thường gặp",
        "Hướng dẫn và dịch vụ xử lý lỗi cho đèn sạc năng lượng mặt trời dùng trong gia đình (đèn tích điện, đèn sân vườn): tấm pin sạc, "
        "pin, mạch điều khiển; các lỗi đèn không sáng, sáng yếu và cách khắc phục.",
    ),
    (
        "mXo152",
        "vi",
        "dis_vi_luxphong",
        "Kiểm tra độ rọi phòng sạch, phòng làm việc theo TCVN 7114-1:2008",
        "Công ty kỹ thuật kiểm tra cường độ ánh sáng trong phòng bằng máy đo lux hiệu chuẩn đặt ngang tầm làm việc cao khoảng 1,5 m, "
        "theo ISO 8995-1:2002 và TCVN 7114-1:2008, lập bảng kết quả cho phòng sạch, nhà máy.",
    ),
    (
        "mXo153",
        "vi",
        "dis_vi_baydenhanh",
        "Bẫy đèn bắt bướm bảo vệ ruộng hành tím",
        "Kinh nghiệm thôn Thanh Thủy (Bình Sơn, Quảng Ngãi): hơn 120 ha hành được thắp bẫy đèn mỗi tối, mỗi ruộng 700 m² dùng 5 bóng "
        "chữ U 15 W có chụp nhôm và thau nước pha nước rửa chén bên dưới; khuyến nông tập huấn, kết hợp biện pháp bảo vệ thực vật khác "
        "để trị sâu đục thân.",
    ),
    (
        "mXo154",
        "vi",
        "dis_vi_giscapnuoc",
        "Ứng dụng GIS quản lý thông tin sự cố cấp nước",
        "Đồ án của Trường ĐH Tài nguyên và Môi trường TP.HCM xây dựng ứng dụng GIS quản lý thông tin sự cố mạng lưới cấp nước, thí điểm "
        "tại phường 15 quận 10 cùng công ty cấp nước Phú Hòa Tân.",
    ),
    (
        "mXo155",
        "en",
        "dis_en_dashcam",
        "Fleet dash cameras integrated with telematics",
        "Fleet dash cameras with edge software watching road and driver, alerting managers only on critical events; with "
        "telematics they detect risky behaviour and distraction, since 87% of U.S. commercial crashes come from avoidable driver "
        "error.",
    ),
    (
        "mXo156",
        "en",
        "dis_en_parking",
        "Smart parking guidance and payment systems",
        "Smart parking components for cities: sensor-based guidance boards showing free spaces by garage and floor, paperless "
        "meters keyed to plate numbers, and apps to find, reserve and pay for parking, easing enforcement.",
    ),
    (
        "mXo157",
        "en",
        "dis_en_ledgrow",
        "LED grow lights for greenhouse crops",
        "Greenhouse LED lighting based on university research: LED banks give plants a more useful light spectrum than "
        "conventional lamps while using 75% less electricity.",
    ),
    (
        "mXo158",
        "en",
        "dis_en_chipseal",
        "Chip seal surface treatment for rural roads",
        "County road crews apply chip seal — a thin film of liquid asphalt covered with small aggregate chips, compacted, swept "
        "and fog-sealed — extending pavement life by seven to twelve years at low cost.",
    ),
    (
        "mXo159",
        "en",
        "dis_en_fleetcoach",
        "Driver coaching programme using dash cam and telematics data",
        "Fleet safety consultancy that turns dash-cam video and telematics events (hard braking, rapid acceleration, sharp "
        "cornering, speeding) into structured, non-punitive coaching conversations to change drivers' risky habits.",
    ),
]
