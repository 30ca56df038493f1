"""Offers of the holdout94 labelled set (weather, hydrology and environmental sensing).

Rows: (id, language, source key, title, description). Each offer paraphrases one public page (see
holdout94_sources.py); rows marked "distractor" in a comment share words with the needs without solving them.
"""

OFFERS = [
    # --- salinity and water-quality sensing on rivers, canals and ponds ---
    (
        "lRo001",
        "vi",
        "nanoman",
        "Hệ thống tự động quan trắc và báo động độ mặn trên sông",
        "Viện Công nghệ Nano (ĐHQG TP.HCM) chuyển giao trạm dùng đầu dò chuyên dụng đo liên tục độ mặn và nhiệt độ "
        "nước, cấp điện bằng pin mặt trời. Khi mặn vượt ngưỡng, hệ thống nhắn tin tới cơ quan quản lý và nông dân; "
        "khi độ mặn xuống dưới 2‰ có thể tự bật bơm đưa nước vào ao, ruộng.",
    ),
    (
        "lRo002",
        "en",
        "ctuman",
        "Installation of salinity and water-level stations on tidal rivers",
        "Can Tho University's environmental management department builds river stations with a water-level sensor "
        "fixed 30 cm above the bed, a barometric sensor on the bank for compensation and two conductivity sensors, "
        "one 30 cm below the surface and one 30 cm above the bed, to catch a salt wedge. Readings are logged every "
        "5 minutes; three such stations were set up on the Hau River in 2014.",
    ),
    (
        "lRo003",
        "en",
        "iuman",
        "IoT saltwater-intrusion warning at orchard water intakes",
        "The International University (VNU-HCM) sustainable-development centre installs a salinity sensing unit at "
        "the canal that feeds an orchard. Measurements stream to a server and growers follow them on a phone app or "
        "website to time their irrigation; the first unit was trialled in a durian orchard in Cai Lay in 2019.",
    ),
    (
        "lRo004",
        "vi",
        "uitman",
        "Hệ thống cảnh báo xâm nhập mặn dùng sóng LoRa",
        "Nhóm UIT (ĐHQG TP.HCM) thiết kế nút đo gồm cảm biến độ mặn và cảm biến mực nước, gửi số liệu qua module "
        "LoRa về Raspberry Pi gắn LoRa HAT làm trạm thu. Phần mềm phân tích diễn biến mặn và mực triều để phát cảnh "
        "báo sớm cho người dân; mực nước được dùng bổ trợ vì triều cường thường đẩy mặn vào sâu.",
    ),
    (
        "lRo005",
        "en",
        "coastprobe",
        "Low-cost multiparameter probe for brackish and coastal water",
        "A university group offers a microcontroller probe measuring temperature, salinity and suspended solids. It "
        "wakes every hour, timestamps with a real-time clock, stores to SD card or sends over a wireless sensor "
        "network. Its home-made salinity sensor was calibrated with a mean absolute error of 0.74 g/L.",
    ),
    (
        "lRo006",
        "vi",
        "zagreb",
        "Tư vấn thiết kế hệ thống quan trắc liên tục cho vùng châu thổ nhiễm mặn",
        "Nhóm nghiên cứu ĐH Zagreb tổng hợp các giải pháp cảm biến, thu và truyền số liệu tự động thay cho lấy mẫu "
        "thủ công, dùng làm công cụ hỗ trợ ra quyết định quản lý nước tưới ở vùng cửa sông bị nước biển xâm nhập; "
        "nhận tư vấn chọn thông số, vị trí đặt và kiến trúc truyền dữ liệu.",
    ),
    (
        "lRo007",
        "en",
        "idscope",
        "Moored multiparameter water probes with threshold alarms",
        "A marine instrumentation firm supplies probes for temperature, pressure, salinity, pH, dissolved oxygen "
        "and turbidity, used either from a boat or fixed to a quay, buoy or mooring. Linked to an external logger "
        "with a wireless modem, they send data remotely and raise alarms (or trigger a sampler) when thresholds are "
        "crossed.",
    ),
    (
        "lRo008",
        "vi",
        "ysifoul",
        "Giải pháp chống bám bẩn cho đầu đo độ dẫn, độ mặn đặt dài ngày",
        "Hãng YSI tư vấn kéo dài chu kỳ bảo trì sonde: ô đo độ dẫn thường nằm sâu, ngoài tầm chổi gạt nên là bộ "
        "phận quyết định lịch vệ sinh; rong rêu, cặn bám làm số đo độ dẫn tụt giả và kéo theo sai số oxy, mực nước. "
        "Đề xuất cảm biến thế hệ mới, phụ kiện đồng và chổi gạt để giảm số chuyến ra hiện trường.",
    ),
    (
        "lRo009",
        "en",
        "mesocosm",
        "Standard procedures and training for high-frequency water-quality probes",
        "An aquatic research network shares a standard operating procedure for probes logging every few minutes: "
        "field checks, cleaning, calibration against standards, storage, drift assessment and QA/QC of temperature, "
        "oxygen, conductivity, pH, turbidity, chlorophyll and depth records.",
    ),
    (
        "lRo010",
        "vi",
        "ctucong",
        "Hỗ trợ vận hành cống ngăn mặn từ cảm biến và mô hình thủy lực",
        "Trường ĐH Cần Thơ đề xuất hệ thống trong đó trạm đo mực nước, độ mặn, pH, độ đục tự gửi số liệu về máy "
        "chủ; phần mềm đánh giá nguồn nước, chạy mô hình thủy lực vùng để gợi ý lịch đóng mở cống. Sau khi cơ quan "
        "quản lý duyệt, lệnh được truyền xuống máy trạm để cơ cấu động lực vận hành cửa cống.",
    ),
    (
        "lRo011",
        "en",
        "ctutom",
        "Central multi-sensor station for shrimp ponds",
        "Can Tho University builds one shared measuring centre with sensors for salinity, temperature, dissolved "
        "oxygen, pH, NO2, NH3 and H2S; water is pumped from several points of the pond so fewer probes are needed. "
        "Results go to the cloud over a wireless link so farmers and advisers can check them anywhere.",
    ),
    (
        "lRo012",
        "vi",
        "ctuvlpond",
        "Hệ thống IoT giám sát nước ao nuôi có đầu dò tự làm sạch",
        "ĐH Cần Thơ đã lắp hệ thống cho một số trại nuôi cá, tôm ở Vĩnh Long và Bạc Liêu: người nuôi xem thông số "
        "trên điện thoại theo thời gian thực, nhận SMS khi vượt ngưỡng. Cơ chế vệ sinh tự động giữ đầu dò oxy sạch "
        "sau 2 tuần, trong khi đầu dò không làm sạch bị rong tảo phủ kín sau 4 tuần.",
    ),
    (
        "lRo013",
        "en",
        "nnt3ao",
        "One measuring station for three shrimp ponds with SMS alerts",
        "A research team offers a single station with pH, dissolved-oxygen and salinity sensors; water from each of "
        "three ponds is pumped in turn on a timetable. Values appear in a smartphone interface and an SMS goes to "
        "the manager whenever a parameter leaves its allowed range, cutting the number of probes needed.",
    ),
    (
        "lRo014",
        "vi",
        "agtom",
        "Giám sát oxy hòa tan và nhiệt độ ao tôm qua điện thoại",
        "Trung tâm Ứng dụng tiến bộ KH&CN An Giang lắp bơm và van chọn điểm lấy mẫu (giữa ao và bờ ao), đưa nước "
        "vào bồn đo có cảm biến nhiệt độ và DO; bộ PLC gửi giá trị, thời điểm, vị trí đo lên phần mềm điện thoại. "
        "Mô hình chạy 50 ngày trên ao 4.000 m² thả 120.000 con tôm càng xanh.",
    ),
    (
        "lRo015",
        "en",
        "tsvn",
        "Pond oxygen and temperature alarm with siren and phone alerts",
        "The system samples pond water continuously, passes it to oxygen and temperature sensors and a controller. "
        "When readings leave preset limits it lights a lamp and sounds a siren at the pond and also alerts the "
        "owner remotely by phone announcement or text, so aerators can be started in time.",
    ),
    (
        "lRo016",
        "vi",
        "lasido",
        "Cảm biến oxy hòa tan đo liên tục cho nuôi trồng thủy sản",
        "LASI cung cấp cảm biến DO đặt trực tiếp trong ao, đo liên tục và truyền về trung tâm qua internet hoặc "
        "mạng nội bộ, báo động khi oxy xuống mức nguy hiểm, nhất là ban đêm khi tảo ngừng quang hợp, thay cho việc "
        "lấy mẫu đo tay định kỳ.",
    ),
    (
        "lRo017",
        "en",
        "anbien",
        "IoT sensor network for rice-shrimp fields",
        "Can Tho University designed, installed and ran a sensor network measuring salinity, pH, NH4, dissolved "
        "oxygen and temperature in rice-shrimp fields of four communes in An Bien (Kien Giang), helping farmers "
        "decide when to let in more water and improving shrimp survival.",
    ),
    # distractor: water storage instead of salinity information
    (
        "lRo018",
        "vi",
        "mtbag",
        "Túi nhựa trữ nước ngọt 7–30 m³ cho mùa hạn mặn",
        "Cung cấp túi nhựa dung tích từ 7 đến 30 m³ để trữ nước sinh hoạt hoặc đặt ngoài vườn trữ nước tưới khi "
        "sông rạch nhiễm mặn; giá thấp hơn xây bể xi măng, gấp gọn dùng được nhiều năm.",
    ),
    # distractor: drinking-water treatment instead of salinity monitoring
    (
        "lRo019",
        "vi",
        "roloc",
        "Máy lọc nước RO gia đình cho nguồn nước lợ, nhiễm phèn",
        "Tư vấn chọn máy lọc RO từ 4 lõi trở lên: lõi thô giữ cặn, màng RO loại ion kim loại và vi khuẩn, lõi sau "
        "bổ sung khoáng; xử lý được nước nhiễm mặn, nước lợ nhưng thải bỏ khá nhiều nước.",
    ),
    # distractor: aeration machine instead of oxygen monitoring
    (
        "lRo020",
        "en",
        "blower",
        "Ring blowers for night-time aeration of shrimp ponds",
        "A pump dealer explains why most ponds lose oxygen between 3 and 5 a.m., when algae stop photosynthesis, "
        "and sells ring blowers to push air into the water during those hours.",
    ),
]

OFFERS += [
    (
        "lRo021",
        "vi",
        "reecowq",
        "Trạm quan trắc chất lượng nước liên tục, truyền số liệu trực tuyến",
        "REECOTECH cung cấp trọn gói sonde đa chỉ tiêu YSI EXO3 đo 10 thông số (pH, ORP, nhiệt độ, độ dẫn, độ mặn, "
        "TDS, độ đục, TSS, DO…) có chổi quét trung tâm chống bám bẩn, datalogger Aanderaa SmartGuard kèm modem 3G, "
        "phần mềm hiển thị thời gian thực và máy chủ IP tĩnh để khách hàng tự phân quyền truy cập.",
    ),
    (
        "lRo022",
        "en",
        "fasfar",
        "Automatic surface-water monitoring station on an anchored buoy",
        "Fasfartech designs river and lake stations mounted on a floating buoy anchored to the bed, combining "
        "water-quality analysers, an automatic sampler, a data acquisition and transmission unit and a central "
        "monitoring screen, to track pollution trends and warn of unusual changes.",
    ),
    (
        "lRo023",
        "vi",
        "mecie",
        "Hệ thống giám sát chất lượng nước mặt tự động",
        "MECIE thiết kế trạm gồm bơm và ống dẫn, thùng chảy tràn đặt các đầu đo, datalogger, thiết bị lấy mẫu tự "
        "động, máy tính tại trạm và máy chủ nhận dữ liệu, kèm dung dịch chuẩn, camera, báo cháy; đo nhóm thông số "
        "bắt buộc nhiệt độ, pH, DO, TSS, COD theo Thông tư 10/2021/TT-BTNMT.",
    ),
    (
        "lRo024",
        "en",
        "iuhsal",
        "Non-contact ultrasonic salinity sensor for aquaculture water",
        "Researchers at the Industrial University of Ho Chi Minh City offer an online salinity meter that measures "
        "with ultrasound how high a float rides and derives salinity by Archimedes' principle, so no electrode "
        "touches the water and fouling or corrosion of electrodes does not bias the reading.",
    ),
    (
        "lRo025",
        "vi",
        "asintl",
        "Quan trắc chất lượng nước trên kênh thủy lợi",
        "ASIN cung cấp trạm đo trực tuyến tự lấy mẫu và phân tích nguồn nước đầu vào trên sông, kênh, mương: độ "
        "mặn, DO, BOD, NH4+; kèm máy đo DO cố định hoặc đa chỉ tiêu cho chủ ao tôm cá lấy nước từ kênh.",
    ),
    # --- automatic weather stations and agro-meteorology ---
    (
        "lRo026",
        "en",
        "imetos",
        "Internet-linked automatic climate stations with micro-climate warnings",
        "Pessl Instruments' iMetos stations record solar radiation, rainfall, humidity and wind and send warnings "
        "of unfavourable weather such as drought or fire risk; used in more than 80 countries and trialled in "
        "Vietnam (Phu Tho, Lao Cai, Ha Giang, Hanoi, Quang Tri) from 2013.",
    ),
    (
        "lRo027",
        "vi",
        "honde4g",
        "Hệ thống quan trắc khí tượng đa thông số tích hợp truyền 4G",
        "Bộ thiết bị gồm cảm biến gió kiểu cốc và cánh hướng gió, cảm biến bức xạ mặt trời có vòm kính, đầu dò đất "
        "ngắn và dài đo nhiều tầng; dữ liệu thu tại chỗ và gửi qua 4G về kho lưu trữ từ xa, có sổ tay lắp ráp chi "
        "tiết.",
    ),
    (
        "lRo028",
        "vi",
        "ientmod",
        "Module đo lường, giám sát cho trạm khí tượng tự động sản xuất trong nước",
        "Viện Nghiên cứu Điện tử, Tin học, Tự động hóa (Bộ Công Thương) cùng Trung tâm KTTV quốc gia đã nghiên cứu, "
        "chế tạo các module đo và giám sát cho trạm khí tượng tự động (đề tài cấp bộ 2008), có thể chuyển giao.",
    ),
    (
        "lRo029",
        "vi",
        "kttvrt",
        "Bộ thiết bị tự động hóa trạm KTTV truyền thống, truyền tin thời gian thực",
        "Nhóm tác giả ngành KTTV thiết kế, sản xuất bộ thiết bị lắp tại trạm khí tượng, thủy văn, hải văn truyền "
        "thống để tự động đo, lưu và truyền số liệu thời gian thực, kèm công cụ quản lý hoạt động nghiệp vụ trạm.",
    ),
    (
        "lRo030",
        "en",
        "gio",
        "Automated wind observation technology",
        "The Vietnam Institute of Meteorology, Hydrology and Climate Change developed and field-tested its own "
        "automated wind measurement and transmission kit, giving real-time wind data for disaster warnings.",
    ),
    (
        "lRo031",
        "en",
        "samis",
        "Training to install agro-meteorological weather stations and configure loggers",
        "An FAO project brought an OTT specialist to train ten national staff: a week of checking equipment, "
        "laptops and software and configuring dataloggers, then supervised field installation of three stations "
        "until the team could install the rest of a 15-station network on its own.",
    ),
    (
        "lRo032",
        "en",
        "awsremote",
        "Consultancy for automatic weather station networks at remote sites",
        "A national research council institute advises weather services and agencies on planning AWS networks, "
        "choosing sites, specifying instruments for tenders and training staff to manage stations, drawing on "
        "projects from Niger to Nepal.",
    ),
    (
        "lRo033",
        "en",
        "campbellaws",
        "Rugged low-power automated weather stations",
        "Campbell Scientific supplies integrated stations that measure, record and transmit temperature, wind, "
        "solar radiation and precipitation, built to run unattended for long periods with long-distance "
        "communication options.",
    ),
    (
        "lRo034",
        "en",
        "scottfire",
        "Weather station with evapotranspiration and soil-moisture deficit online",
        "Scott Technical runs a Campbell CR10X station whose solar radiation sensor allows Penman-Monteith "
        "potential evapotranspiration, paired with an Aquaflex soil-moisture sensor. Software polls the station, "
        "computes indices such as soil moisture deficit and posts graphs to the web automatically.",
    ),
    (
        "lRo035",
        "vi",
        "dynamet",
        "Trạm thời tiết Dynamet 5 tính bốc thoát hơi nước phục vụ tưới",
        "Dynamax cung cấp trạm gồm cảm biến thời tiết MaxiMet GMX500, bức xạ LI200S, thùng đo mưa TE525, nhiệt độ "
        "đất và độ ẩm đất ML3; chương trình tính ETP theo giờ (mm/giờ) và lượng nước cây dùng trong ngày; truyền số "
        "liệu qua modem vô tuyến, GSM hoặc cáp.",
    ),
    (
        "lRo036",
        "en",
        "meterwx",
        "Webinar and guidance: why weather data accuracy goes wrong",
        "METER Group's soil physicist explains how micro-climates, the number of sites, installation practice, "
        "maintenance load and data management affect weather data, and how affordable research-grade stations can "
        "fill gaps between premium stations.",
    ),
    (
        "lRo037",
        "vi",
        "minaws",
        "Mạng trạm thời tiết mini và tin nhắn thời tiết cho nông hộ nhỏ",
        "Tổ chức Gateway Health Institute triển khai nhiều trạm thời tiết mini; nông dân nhận bản tin thời tiết tức "
        "thời trên điện thoại phổ thông và có thể gửi lại quan sát tại ruộng để tăng độ chính xác (vùng hạ Sahara "
        "cần khoảng 13.000 trạm nhưng chỉ chừng 500 trạm hoạt động).",
    ),
    (
        "lRo038",
        "en",
        "awhere",
        "Delivering weather and agronomic alerts to farmers by ICT",
        "aWhere offers a step-by-step approach and data service to push daily forecasts, growth-stage predictions "
        "and agronomic alerts to farmers through SMS, voice or apps, starting from a profile of the audience.",
    ),
    (
        "lRo039",
        "vi",
        "overton",
        "Hướng dẫn vị trí đặt, phơi sáng và hiệu chuẩn trạm khí tượng tự động",
        "Tài liệu của Andrew K. Overton hướng dẫn chọn chỗ đặt và che chắn cho cảm biến nhiệt độ, độ ẩm, mưa, gió, "
        "bức xạ và cách hiệu chuẩn áp suất, nhiệt độ không khí, nhiệt độ đất, độ ẩm, lượng mưa, gió cho trạm tự "
        "động.",
    ),
    (
        "lRo040",
        "en",
        "marquette",
        "Reference checks of weather-station sensors",
        "A station operator documents how he checks temperature against a platinum RTD thermometer accurate to 0.1 "
        "°F and an aspirated psychrometer, and corrects capacitive humidity sensors that read wetter as they age.",
    ),
]

OFFERS += [
    (
        "lRo041",
        "vi",
        "ws0100",
        "Hiệu chỉnh hệ số gió, mưa cho trạm thời tiết bán chuyên",
        "Hướng dẫn của nhà sản xuất trạm thời tiết gia dụng: đặt hệ số hiệu chỉnh tốc độ gió và lượng mưa trong "
        "khoảng 75–125%, bù lệch hướng gió 0–359°, đặt trạm cách vật cản bằng 4 lần chiều cao vật cản, và so mưa "
        "với ống đo mưa chuẩn.",
    ),
    # distractor: monthly bulletin instead of local measurement
    (
        "lRo042",
        "vi",
        "kttvnn",
        "Bản tin thông báo khí tượng nông nghiệp hằng tháng",
        "Viện Khoa học KTTV và Biến đổi khí hậu phát hành bản tin hằng tháng tổng hợp số liệu 56 trạm khí tượng "
        "quốc gia, dự báo thời tiết tuần, nhận định khí hậu và khuyến nghị sản xuất cho từng vùng, kể cả Tây Nam Bộ.",
    ),
    # distractor: crop-advice app rather than sensing
    (
        "lRo043",
        "en",
        "rcm",
        "Rice Crop Manager advisory app with a climate-smart module",
        "IRRI's decision tool gives rice farmers customised crop and fertiliser advice by phone or computer; a "
        "climate-informed component was developed with Vietnamese universities and first tested with 60 farmers.",
    ),
    (
        "lRo044",
        "vi",
        "iwmisms",
        "Dịch vụ tư vấn tưới qua tin nhắn dựa trên ảnh vệ tinh",
        "IWMI và eLEAF vận hành dịch vụ SMS: nông dân gửi mã một ký tự để nhận tình trạng sinh trưởng và hiệu quả "
        "dùng nước của thửa ruộng so với hàng xóm, khai báo lần tưới để nhận khuyến nghị tưới hằng ngày; dữ liệu từ "
        "ảnh vệ tinh cập nhật mỗi tuần.",
    ),
    # --- rain gauges ---
    (
        "lRo045",
        "vi",
        "bhhmua",
        "Thiết bị đo mưa tự động do đơn vị thủy lợi tự chế tạo",
        "Công ty khai thác công trình thủy lợi Bắc Hưng Hải cùng một đơn vị tin học chế tạo, thử nghiệm hơn một năm "
        "rồi đưa vào dùng rộng rãi từ cuối 2017 thiết bị đo mưa tự động tại các trạm quản lý, thay đo tay chậm và "
        "sai số lớn; sẵn sàng chia sẻ kinh nghiệm.",
    ),
    (
        "lRo046",
        "vi",
        "watec",
        "Hệ thống đo mưa tự động Vrain và trạm cảnh báo ngập",
        "Công ty WATEC phát triển Vrain từ 2016, đã lắp trên 2.500 trạm ở 63 tỉnh thành (1.077 trạm thuộc mạng KTTV "
        "quốc gia, gần 1.400 trạm chuyên dùng cho phòng chống thiên tai, hồ chứa), cùng trạm giám sát và cảnh báo "
        "ngập tự động.",
    ),
    (
        "lRo047",
        "en",
        "vrainbtn",
        "Affordable dedicated rain stations for flood warning and reservoirs",
        "WATEC designs its rain stations to meet hydro-meteorological technical rules while being easy to install "
        "and run at a price local authorities and reservoir owners can afford, instead of the roughly 100 million "
        "VND a station used to cost.",
    ),
    (
        "lRo048",
        "en",
        "binhdinhmua",
        "Tipping-bucket rain stations reporting by GPRS and SMS",
        "Rain stations of the type a central province installed in 2015 (31 stations): a funnel feeds a tipping "
        "bucket, an electronic counter converts tips to rainfall and a SIM module sends data online by GPRS and SMS "
        "to management software and phones, at lower cost than manual gauging.",
    ),
    (
        "lRo049",
        "vi",
        "qptmua",
        "Trạm đo mưa và tháp cảnh báo lũ tự động cho cộng đồng",
        "Quỹ Cộng đồng phòng tránh thiên tai lắp 80 trạm đo mưa cho 9 tỉnh năm 2023 (có Cà Mau, Hậu Giang, Bạc "
        "Liêu, An Giang), tổng cộng 843 trạm từ 2016; đơn vị thi công hướng dẫn cán bộ xã khai thác số liệu trên "
        "ứng dụng điện thoại, dữ liệu nối về hệ thống của tỉnh và trung ương.",
    ),
    (
        "lRo050",
        "en",
        "dt90n",
        "Rainfall telemetry logger with solar power and 4G upload",
        "CAS DataLoggers supplies the IP67 dataTaker DT90N: a counter input for a tipping-bucket gauge, SDI-12 and "
        "Modbus RTU for smart sensors, a 16 Wh lithium battery and a 2 W solar panel; it records once a minute and "
        "uploads hourly over a 4G modem to the user's desktop.",
    ),
    (
        "lRo051",
        "vi",
        "frogrx",
        "Bộ ghi mưa Frog RX truyền GSM/GPRS",
        "CAS DataLoggers cung cấp logger Frog RX đạt IP68, chịu ngập tạm thời, có bộ đếm sự kiện và cổng mở rộng "
        "SDI-12; mỗi lần gầu lật 0,2 mm được ghi lại để tính tổng mưa và cường độ mm/giờ, số liệu gửi thẳng về máy "
        "tính.",
    ),
    (
        "lRo052",
        "en",
        "bosl",
        "Open 3D-printed tipping-bucket rain gauge design",
        "A university sensor lab publishes an improved printable rain gauge: 0.6 mm clearance so the bucket does "
        "not stick overnight, a sharp edge and swale so it drains fully, plus print files and microcontroller code.",
    ),
    (
        "lRo053",
        "vi",
        "cavepearl",
        "Kinh nghiệm một thập kỷ vận hành thùng đo mưa ở vùng nhiệt đới",
        "Dự án Cave Pearl chia sẻ cách làm trạm đo mưa chỉ bảo trì 1–2 lần/năm: mọi chi tiết phơi nắng nên bằng kim "
        "loại, phễu nhựa giòn nứt sau vài tháng còn phễu nhôm bền 3–4 năm, dùng thùng đo mưa Hobo RG2 và chồng gạch "
        "che logger.",
    ),
    (
        "lRo054",
        "en",
        "lcrain",
        "Calibration of low-cost IoT rain gauges",
        "TU Dresden researchers tested 20 low-cost rain sensors for eight months against three reference gauges and "
        "checked the factory calibration of 66 units in the lab; out of the box they fell short, but extra "
        "calibration made them usable for dense monitoring networks.",
    ),
    # distractor: short-range home gadget
    (
        "lRo055",
        "en",
        "k9rain",
        "Wireless home rain gauge with indoor display",
        "A home-automation shop sells a battery tipping-bucket gauge that radios rainfall to an indoor console "
        "within about 100 feet, best mounted on a roof and fed lithium batteries.",
    ),
    # --- data loggers and telemetry stations ---
    (
        "lRo056",
        "en",
        "hydrocst",
        "Low-cost robust hydro-meteorological telemetry stations",
        "A water-resources consultancy builds stations on GPRS/GSM modules with RS-232 and RS-485 ports, reading "
        "weather stations and pressure water-level sensors, with parts bought locally; partners are trained to "
        "assemble, install and run them, and the system copes with unreliable networks.",
    ),
    (
        "lRo057",
        "vi",
        "sdl500",
        "Bộ ghi dữ liệu chìm xuất tín hiệu SDI-12 hoặc Modbus",
        "NexSens cấu hình sẵn logger chìm SDL500 để xuất số liệu môi trường theo chuẩn SDI-12 (nối vào logger khác) "
        "hoặc Modbus (nối vào hệ SCADA), kèm bảng địa chỉ thanh ghi để lắp đặt nhanh.",
    ),
    (
        "lRo058",
        "en",
        "sutron",
        "Field data logger for hydromet stations",
        "The Sutron MONITOR logger accepts tipping buckets, solar radiation and SDI-12 multi-parameter sensors, "
        "logs to SD card, syncs time by GPS, speaks Modbus and runs on a 12 V battery, alone or with wireless "
        "modems.",
    ),
    (
        "lRo059",
        "vi",
        "wwdlogger",
        "Tư vấn chọn bộ ghi mực nước",
        "Bài tư vấn kỹ thuật về logger mực nước tích hợp vi xử lý, cảm biến áp suất và pin trong vỏ kín, để dưới "
        "nước nhiều tháng, ghi theo chu kỳ đặt sẵn; hướng dẫn những câu hỏi về độ chính xác cần đặt cho nhà sản "
        "xuất.",
    ),
    (
        "lRo060",
        "en",
        "hopehyd",
        "Absolute and vented differential pressure loggers for boreholes",
        "Hope Hydrology supplies a 4.7 cm absolute pressure logger used with a barometric reference logger, and an "
        "external differential sensor of 17.5 mm that fits a 1-inch bore on a vented cable, readable without "
        "pulling the sensor.",
    ),
]

OFFERS += [
    # --- groundwater, tide and water-level sensing ---
    (
        "lRo061",
        "vi",
        "indiadwlr",
        "Cảm biến đo mực nước giếng tự động, có hoặc không truyền xa",
        "Bộ đo mực nước giếng dùng cảm biến áp suất thả dưới mực nước thấp nhất, ghi trong máy hoặc qua cáp lên "
        "logger trên miệng giếng; bù khí áp bằng cáp thông hơi hoặc cảm biến khí áp riêng. Giá tham khảo 1,25 lakh "
        "rupee loại có truyền xa, 1 lakh loại không truyền.",
    ),
    (
        "lRo062",
        "en",
        "tfxgw",
        "Field advice on deploying pressure transducers in wells",
        "An experienced hydrogeologist explains how to get usable well data: survey the top of casing, fix the "
        "cable length, vent the cap, calibrate against manual depth-to-water readings, log every 15 minutes where "
        "tides or pumping matter, and check drift in a graduated cylinder.",
    ),
    (
        "lRo063",
        "vi",
        "vanwalt",
        "Thiết bị đo và tự ghi mực nước ngầm",
        "Van Walt cung cấp thước dây đo mực nước đo được giếng sâu tới 1.000 m và các logger tự ghi mực nước ngầm "
        "dài hạn, phục vụ theo dõi nguồn cấp, lũ, hạn và ô nhiễm nước dưới đất.",
    ),
    (
        "lRo064",
        "en",
        "hcmgwnet",
        "Optimising groundwater monitoring networks",
        "The southern water-resources planning and investigation division completed a study optimising the "
        "groundwater dynamics monitoring network of Ho Chi Minh City and can advise on well density, placement and "
        "measurement frequency.",
    ),
    (
        "lRo065",
        "en",
        "valeport",
        "Tide and water-level gauges: pressure, radar and hybrid",
        "Valeport supplies strain-gauge pressure tide gauges surveyed to a datum, 25 GHz radar gauges free of "
        "fouling and corrosion, barometric and weather sensors for compensation, telemetry by radio or cable, and "
        "temporary solar-powered systems with on-board logging.",
    ),
    (
        "lRo066",
        "vi",
        "esgtide",
        "Máy đo triều tự động kiểu áp suất hoặc radar",
        "ESG cung cấp máy đo triều tự động đo biến đổi mực nước so với cao độ chuẩn, gồm hai loại chính dùng cảm "
        "biến áp suất hoặc radar.",
    ),
    (
        "lRo067",
        "vi",
        "kttvlu",
        "Thiết bị cảnh báo lũ từ xa dùng sóng vô tuyến (bản nâng cấp)",
        "Trung tâm Quan trắc KTTV cải tiến sáng chế cảnh báo lũ bằng sóng vô tuyến: kết nối đầu đo mực nước hiện "
        "đại, nhiều điểm đo dùng chung tần số HF, thêm truyền GPRS/3G/4G, lưu trữ và báo trạng thái thiết bị; thử "
        "nghiệm phát đúng 3 cấp cảnh báo.",
    ),
    (
        "lRo068",
        "en",
        "shtpngap",
        "MEMS pressure water-level station for flooded streets and rivers",
        "SHTP Labs (Saigon Hi-Tech Park) builds stations around its PS50 pressure sensor with error under 2 cm, "
        "plus temperature, humidity, camera, solar power, lightning and anti-theft protection; readings and images "
        "go to a website. River versions use a stainless air-trap tube.",
    ),
    (
        "lRo069",
        "en",
        "qnuflood",
        "Dual-sensor flood risk detection with real-time alerts",
        "A Quy Nhon University team compares the rate of rise and the difference between two water-level sensors to "
        "rate flood risk, with a Node.js back end and map display; tests gave 94.66% accuracy and about 10 s alert "
        "latency in the Con River basin.",
    ),
    (
        "lRo070",
        "vi",
        "nexsensflood",
        "Hệ thống cảnh báo lũ thời gian thực",
        "NexSens cung cấp giải pháp gồm thiết bị đo mực nước, logger, truyền dữ liệu và nền tảng mô-đun cho phép "
        "tùy biến điểm theo dõi, ngưỡng cảnh báo và phản hồi tự động, kèm quy trình vận hành cho người ứng cứu.",
    ),
    (
        "lRo071",
        "en",
        "radaraaxis",
        "Non-contact radar level sensors for flood and drain monitoring",
        "Aaxis Nano sells radar level sensors that measure water level continuously without touching the water, "
        "avoiding debris damage, fouling and drift that affect float and pressure gauges in flood-prone channels.",
    ),
    (
        "lRo072",
        "vi",
        "goodeye",
        "Hệ thống cảnh báo lũ tự động",
        "Goodeye lắp hệ thống giám sát mưa lớn và mực nước dâng bất thường tại các điểm nhạy cảm như đập tràn, địa "
        "hình dốc, phát cảnh báo sớm để người dân kịp ứng phó.",
    ),
    (
        "lRo073",
        "en",
        "satlo",
        "IoT early-warning system for landslides and structural safety",
        "A Vietnamese team, awarded at the Nhan tai Dat Viet 2025 contest, sells a dedicated IoT system: sensors, "
        "central controller, warning devices, solar power and a server with remote maintenance, for natural-hazard "
        "and structure monitoring.",
    ),
    (
        "lRo074",
        "vi",
        "awdctu",
        "Giám sát, điều khiển mực nước ruộng lúa tưới ướt khô xen kẽ bằng IoT",
        "ĐH Cần Thơ thiết kế và triển khai hệ thống đo mực nước mặt ruộng, giám sát từ xa và điều khiển bơm theo kỹ "
        "thuật tưới ướt khô xen kẽ (AWD) tại ĐBSCL để tiết kiệm nước tưới.",
    ),
    # --- discharge and canal flow ---
    (
        "lRo075",
        "en",
        "milne",
        "ADCP flow velocity and discharge surveys",
        "Milne Technologies surveys rivers, channels and intakes with a SonTek RiverSurveyor M9 (4-beam, 1 and 3 "
        "MHz) following USGS moving-boat protocols, from a remote-controlled board or small boat with RTK GNSS "
        "heading, giving velocity profiles, direction and total discharge.",
    ),
    (
        "lRo076",
        "vi",
        "weme",
        "Đo lưu lượng bằng ADCP: đo mặt cắt hoặc đặt cố định",
        "Giới thiệu dịch vụ đo bằng máy ADCP dùng hiệu ứng Doppler: kéo trên thuyền qua mặt cắt để đo lưu lượng, "
        "hoặc gắn cố định ở bờ, đáy kênh để đo liên tục và truyền về hệ thống cảnh báo; thiết bị khoảng "
        "10.000–30.000 USD.",
    ),
    (
        "lRo077",
        "en",
        "wscadcp",
        "Standard operating procedure for ADCP mid-section discharge",
        "Water Survey of Canada's 32-page procedure for holding an ADCP at verticals across a stream, averaging "
        "velocity over depth and summing sub-section discharges; usable as a training and QA reference.",
    ),
    (
        "lRo078",
        "vi",
        "aha",
        "Hướng dẫn đo lưu lượng kênh hở bằng lưu tốc kế",
        "Hướng dẫn của hiệp hội thủy văn Úc về đo lưu lượng kênh hở bằng lưu tốc kế cánh quạt, Doppler âm, điện từ, "
        "ADCP đặt tĩnh và phương pháp thể tích; chỉ áp dụng cho vùng không chịu ảnh hưởng triều.",
    ),
    (
        "lRo079",
        "en",
        "dautieng",
        "SCADA for monitoring and operating a main irrigation canal",
        "An engineering firm delivered SCADA along the Dau Tieng-Cu Chi East main canal to km 43.065 (built from "
        "10/2011, in service 12/2012): flow, volume and water-quality supervision and real-time level and flow "
        "warnings replacing manual observation.",
    ),
    (
        "lRo080",
        "vi",
        "scadatl",
        "Thiết bị và phần mềm SCADA nội địa cho hệ thống thủy nông",
        "Trung tâm Công nghệ phần mềm Thủy lợi (Viện Khoa học Thủy lợi Việt Nam) tự sản xuất thiết bị chính và phần "
        "mềm giám sát phân phối nước cho hệ thống thủy nông; khi hỏng, sửa chữa chỉ tốn 5–10% so với mua mới.",
    ),
]

OFFERS += [
    (
        "lRo081",
        "en",
        "tlutele",
        "Remote supervision and control of irrigation works over telecom networks",
        "Thuy Loi University's IT faculty offers a solution letting managers see the state of pumps, gates and "
        "water in an irrigation scheme and control it from anywhere, using an internet computer or simply a fixed "
        "or mobile phone.",
    ),
    # --- LoRa / NB-IoT telemetry ---
    # distractor: billing meters, not environmental sensing
    (
        "lRo082",
        "vi",
        "nbmeter",
        "Đồng hồ nước siêu âm NB-IoT cho công ty cấp nước",
        "Nhà sản xuất đồng hồ nước tĩnh (siêu âm, điện từ) gắn chip NB-IoT, tự gửi chỉ số tiêu thụ về hệ thống của "
        "công ty cấp nước, pin dùng 8–12 năm, thay cho ghi chỉ số thủ công để tính tiền nước.",
    ),
    # distractor: billing meters, not environmental sensing
    (
        "lRo083",
        "en",
        "cognecto",
        "LoRaWAN smart water meters for utility billing",
        "Cognecto's reference design for sealed water meters targets 15 years on one battery, with a 90-day data "
        "buffer; gateways cover 2–5 km in cities and 10–15 km in open rural areas, deployed on urban distribution "
        "networks for metering.",
    ),
    (
        "lRo084",
        "en",
        "lpwan",
        "Procurement guide and pilot support for LPWAN water monitoring",
        "Meratch helps utilities choose between LoRaWAN, NB-IoT and Sigfox for level sensors and alarms: typical "
        "range 2–5 km urban and 10–15 km rural, 5–15+ years of battery at low duty cycles, data rates, and a pilot "
        "checklist to prove coverage and latency before wide roll-out.",
    ),
    (
        "lRo085",
        "vi",
        "ublox",
        "Mô-đun NB-IoT và hướng dẫn đạt 10 năm pin",
        "u-blox cung cấp mô-đun NB-IoT cùng 5 lưu ý để thiết bị chạy 10 năm với một viên pin (chế độ tiết kiệm năng "
        "lượng, cấu hình nhà mạng…), phù hợp cảm biến môi trường, nông nghiệp, đồng hồ tiện ích đặt ở nơi khó tiếp "
        "cận.",
    ),
    (
        "lRo086",
        "en",
        "hcmuslora",
        "LoRa wireless sensor network for high-tech farms",
        "HCMC University of Science's physics faculty built a LoRa network of two sensor nodes, a gateway, a cloud "
        "server and a smartphone app, measuring air temperature, air humidity and soil moisture every 15 minutes; "
        "links held at 500 m in dense city blocks and 1,500–1,700 m in open areas without packet loss.",
    ),
    (
        "lRo087",
        "vi",
        "rpigw",
        "Gateway LoRaWAN giá rẻ dựa trên Raspberry Pi",
        "Nhóm nghiên cứu chế tạo gateway LoRaWAN từ Raspberry Pi thay gateway thương mại, hỗ trợ nhiều kênh, đẩy dữ "
        "liệu từ các nút cảm biến lên nhiều nền tảng đám mây; có đo RSSI và tỉ lệ mất gói theo khoảng cách.",
    ),
    (
        "lRo088",
        "en",
        "strath",
        "Field comparison of LoRaWAN and NB-IoT for developing-country deployments",
        "University of Strathclyde engineers measured both networks with the same device: NB-IoT used about 2 mAh "
        "more to join and 1.7 mAh more per 44-byte uplink than LoRaWAN, but gave 264 bps at 837 ms latency and "
        "robust capacity over existing cellular masts; they advise on which to pick.",
    ),
    (
        "lRo089",
        "vi",
        "gsmanb",
        "Hướng dẫn phát triển thiết bị nông nghiệp dùng NB-IoT",
        "Tài liệu của GSMA hướng dẫn nhà phát triển thiết bị cảm biến nông nghiệp dùng NB-IoT: thiết kế cho thiết "
        "bị chạy pin, chọn ăng-ten, chế độ tiết kiệm năng lượng và làm việc với nhà mạng.",
    ),
    (
        "lRo090",
        "en",
        "plosnb",
        "Low-cost NB-IoT smart irrigation controller",
        "A research group offers an NB-IoT irrigation system with a three-layer design; field tests gave reliable "
        "links up to 1,600 m (12.8% packet loss at that range), irrigation error around 1.74 and hardware cost "
        "17.5–29.3% below comparable low-cost systems.",
    ),
    (
        "lRo091",
        "vi",
        "nbiotair",
        "Trạm quan trắc chất lượng không khí di động dùng mạng NB-IoT",
        "Đề tài của ĐH Công nghiệp TP.HCM (2022) thiết kế trạm đo chỉ số chất lượng không khí gọn nhẹ, truyền số "
        "liệu qua mạng NB-IoT của Viettel, có thể mang đi đặt ở nhiều vị trí.",
    ),
    # --- soil moisture and field sensing ---
    (
        "lRo092",
        "en",
        "kthtx",
        "Sensor kit for vegetable fields: soil moisture, temperature, pH and EC",
        "A cooperative-support website presents an IoT kit measuring soil moisture, soil temperature (alerts above "
        "30 °C or below 15 °C), soil pH (5.5–7.0 for most vegetables) and electrical conductivity for salts and "
        "nutrients, to decide when and how much to water and fertilise.",
    ),
    (
        "lRo093",
        "vi",
        "vlute_tuoi",
        "Hệ thống tưới cây tự động dùng IoT (ĐH SPKT Vĩnh Long)",
        "Nhóm sinh viên Khoa CNTT Trường ĐH Sư phạm Kỹ thuật Vĩnh Long (2022) xây dựng mô hình tưới tự động: cảm "
        "biến độ ẩm đất gửi số liệu lên ứng dụng, tự bật tắt bơm khi đất khô, có thể điều khiển từ xa.",
    ),
    (
        "lRo094",
        "en",
        "lorawater",
        "IoT watering management with LoRa multi-sensor nodes",
        "Ton Duc Thang University researchers built low-cost nodes with water-level, soil-moisture, temperature, "
        "humidity and rain sensors over LoRa; an IoT box gathers data from two farms and a mobile app proposes "
        "watering schedules or runs them automatically, validated in a one-week field campaign.",
    ),
    (
        "lRo095",
        "vi",
        "cottonarray",
        "Mảng cảm biến không dây đo ẩm, nhiệt độ đất để lập lịch tưới",
        "Mảng cảm biến làm từ linh kiện phổ thông đặt rải trên ruộng, gửi độ ẩm và nhiệt độ đất về máy thu trung "
        "tâm nối laptop, cho thấy độ ẩm biến đổi theo không gian để lập lịch tưới.",
    ),
    (
        "lRo096",
        "en",
        "cloudlink",
        "Multi-depth soil moisture probes with charting guidance",
        "CloudLink installs probes reading soil moisture down the root profile and supplies chart templates and "
        "guidelines so growers can see crop water use and schedule irrigation for trees and field crops.",
    ),
    (
        "lRo097",
        "vi",
        "envco",
        "Máy đo độ ẩm đất cầm tay",
        "ENVCO cung cấp thiết bị đo nhanh độ ẩm đất mang theo người, giúp nông dân kiểm tra tại nhiều điểm để điều "
        "chỉnh tưới, tiết kiệm nước và phân bón.",
    ),
    (
        "lRo098",
        "en",
        "metoswm",
        "Combined soil water tension and moisture board for weather stations",
        "Pessl Instruments adds a board to iMETOS stations taking two Watermark tension sensors, two ECH2O "
        "capacitance probes and a soil temperature sensor, showing both how wet the soil is and how easily roots "
        "can take the water.",
    ),
    (
        "lRo099",
        "vi",
        "sprinkl",
        "Cảm biến độ ẩm đất không dây ba tầng",
        "Thiết kế được bảo hộ sáng chế của Sprinkl.io: que cắm đất có 3 cảm biến điện dung ở 3 độ sâu, bộ dao động "
        "đổi điện dung thành tần số, vi xử lý gửi số liệu qua sóng RF để biết độ ẩm từng tầng rễ.",
    ),
    (
        "lRo100",
        "en",
        "soilsalprof",
        "Multi-depth soil moisture, salinity and temperature sensor on LoRaWAN",
        "A research team offers an integrated probe system in a 12 x 12 x 5.5 cm IP66 box with a solar cell, "
        "detachable probes for several depths and real-time data over LoRaWAN only, built to sit at isolated sites "
        "with visits just for troubleshooting.",
    ),
]

OFFERS += [
    (
        "lRo101",
        "vi",
        "seeact",
        "Hệ thống giám sát nhiệt độ, độ ẩm và cảnh báo tự động",
        "SEEACT cung cấp giải pháp gồm cảm biến nhiệt độ độ ẩm, bộ ghi dữ liệu, thiết bị truyền thông và phần mềm "
        "để đo, lưu, theo dõi nhiều vị trí theo thời gian thực và tự động cảnh báo khi vượt ngưỡng cho kho, xưởng, "
        "nhà trồng trọt.",
    ),
    (
        "lRo102",
        "en",
        "ctuthuycanh",
        "Monitoring system for hydroponic vegetable gardens",
        "A Can Tho University of Technology mechatronics project designs a system that tracks the natural "
        "conditions (temperature, humidity, light) and nutrient solution of a hydroponic garden and reports them "
        "for action.",
    ),
    # --- dashboards, alerts and data platforms ---
    (
        "lRo103",
        "en",
        "thingsboard",
        "Open-source IoT platform for dashboards, alarms and notifications",
        "ThingsBoard lets you connect devices, push telemetry, build real-time dashboards, share them with "
        "customers, set thresholds that raise alarms and send notifications by email, SMS or mobile app; "
        "installable on-premises or used as a cloud service.",
    ),
    (
        "lRo104",
        "vi",
        "dofthings",
        "Bảng điều khiển mã nguồn mở d-of-Things cho dữ liệu cảm biến",
        "Phần mềm mở nhận dữ liệu đẩy từ thiết bị dưới dạng JSON, phản ứng khi vượt ngưỡng bằng cảnh báo (email, "
        "xmpp) và hành động (script, URL), có trình soạn bảng điều khiển, API đẩy/kéo dữ liệu và nhật ký cảnh báo.",
    ),
    (
        "lRo105",
        "vi",
        "landslideapi",
        "Nền tảng thu thập dữ liệu môi trường thời gian thực và gửi cảnh báo",
        "Nhóm tác giả ngành đo đạc bản đồ xây dựng máy chủ NodeJS, cơ sở dữ liệu PostgreSQL nhận nhiệt độ, độ ẩm, "
        "lượng mưa theo thời gian thực, chia sẻ qua API cho ứng dụng khác và đẩy cảnh báo lên web, điện thoại hoặc "
        "SMS.",
    ),
    # --- air quality and dust ---
    (
        "lRo106",
        "en",
        "iotasia",
        "Compact outdoor air-quality monitoring solution",
        "IoT Asia offers small outdoor sensor stations that measure particulate matter and gases such as NOx, CO "
        "and SOx and send data online, as a cheaper complement to house-sized reference stations.",
    ),
    (
        "lRo107",
        "vi",
        "biomassapp",
        "Ứng dụng di động đánh giá chất lượng không khí do đốt rơm rạ",
        "Giải pháp dự thi Sáng kiến khoa học 2025: ứng dụng cung cấp thông tin và cảnh báo kịp thời về ô nhiễm "
        "không khí do đốt hở rơm rạ, trấu ở nông thôn, gợi ý bán hoặc tái sử dụng sinh khối thay vì đốt.",
    ),
    (
        "lRo108",
        "en",
        "pamair",
        "Community air-quality sensors (PAM Air)",
        "D&L's PAM Air places 10 x 10 x 5 cm outdoor sensors 3–30 m above ground; about 5 million VND covers "
        "device, installation and one year of warranty and maintenance, against 5–10 billion VND plus 1 billion a "
        "year for a reference station. Readings join a public app and map.",
    ),
    (
        "lRo109",
        "vi",
        "bkcems",
        "Lắp đặt trạm quan trắc tự động không khí xung quanh",
        "BKCEMS thiết kế, lắp đặt trạm đo tự động, liên tục chất lượng không khí xung quanh, truyền thẳng dữ liệu "
        "về trung tâm quản lý, giúp đánh giá ảnh hưởng của nguồn thải tới khu dân cư và phát cảnh báo ô nhiễm.",
    ),
    (
        "lRo110",
        "en",
        "reeco",
        "Design and installation of ambient air monitoring stations",
        "REECOTECH follows a set process: define monitoring goals, choose sites, select analysers, add IoT wireless "
        "transmission and real-time analysis so the station can forecast trends and warn early.",
    ),
    (
        "lRo111",
        "en",
        "sarajevo",
        "City-scale low-cost particulate sensor network with live map",
        "A University of Sarajevo team builds and calibrates locally made PM sensor nodes, shows concentrations on "
        "a real-time city map and places nodes up a slope for vertical profiles; results agree well with government "
        "stations at far lower cost.",
    ),
    (
        "lRo112",
        "vi",
        "citisense",
        "Đánh giá mạng cảm biến không dây đo ô nhiễm không khí đô thị",
        "Dự án Citi-Sense tổng kết thử nghiệm 5 công nghệ cảm biến, 8 chất ô nhiễm tại 8 thành phố châu Âu: nút cố "
        "định tin cậy hơn thiết bị cá nhân, nhiều cảm biến bị nhiễu bởi điều kiện môi trường; tư vấn cách hiệu "
        "chỉnh.",
    ),
    (
        "lRo113",
        "en",
        "danangloraair",
        "LoRa-based air-quality monitoring for industrial plants",
        "A Danang University of Science and Technology project (2021) designs an industrial air-quality monitoring "
        "system whose sensor nodes report over a LoRa network for remote supervision and control.",
    ),
    (
        "lRo114",
        "vi",
        "etccems",
        "Hệ thống quan trắc khí thải tự động, liên tục (CEMS)",
        "ETC Việt Nam lập thuyết minh và lắp CEMS theo quy định: bắt buộc với nhiệt điện, xi măng, phôi thép trên "
        "200.000 tấn/năm, hóa chất và phân bón trên 10.000 tấn/năm, cơ sở dùng lò hơi công nghiệp; dữ liệu liên tục "
        "24/7, điều khiển từ xa.",
    ),
    (
        "lRo115",
        "en",
        "hatex",
        "Stack emission monitoring station",
        "Hatex supplies stack stations for CO, SO2, NOx, CO2, O2, H2S, HCl, HF, NH3 and Cl2 (optical or "
        "electrochemical), flow by thermal dispersion and dust by light attenuation; one central unit can serve six "
        "stacks and data are sent to the environment department over internet or 3G.",
    ),
    (
        "lRo116",
        "vi",
        "geodust",
        "Quan trắc bụi PM10, PM2.5 tự động tại ranh giới công trường",
        "GEO-Instruments đặt máy đo bụi ở ranh giới và khu nhạy cảm (trường học, khu dân cư), đo liên tục, tùy chọn "
        "tốc độ, hướng gió; phần mềm trực tuyến báo động khi vượt ngưỡng, lập báo cáo; dùng điện lưới hay pin mặt "
        "trời.",
    ),
    (
        "lRo117",
        "en",
        "syscodust",
        "Boundary dust monitoring service",
        "Sysco Environmental runs perimeter monitors that log PM10 (and sometimes PM2.5) continuously, alert when "
        "agreed limits are exceeded so work can pause, and provide evidence to the council that neighbours are "
        "protected.",
    ),
    (
        "lRo118",
        "vi",
        "raecotsi",
        "Cho thuê máy và hướng dẫn quan trắc bụi chu vi",
        "Đơn vị cho thuê thiết bị giới thiệu quy trình: xác định ai cần xem dữ liệu, đặt ngưỡng cảnh báo SMS/email, "
        "dùng máy quang kế đo đồng thời PM1, PM2.5, PM10, đầu hút có sưởi chống ẩm, bộ pin mặt trời, và đặt máy đầu "
        "gió, cuối gió để chứng minh nguồn bụi.",
    ),
    (
        "lRo119",
        "en",
        "guardian2",
        "Combined boundary monitor for dust, noise, vibration and VOCs",
        "Casella's Guardian 2 units measure dust, noise, vibration and volatile organics at a site perimeter, with "
        "automated, customisable reports and remote viewing across several units and sites.",
    ),
    # distractor: dust suppression equipment, not measurement
    (
        "lRo120",
        "vi",
        "mist",
        "Hệ thống phun sương dập bụi cho nhà xưởng, công trường",
        "Thi công hệ thống phun sương áp lực 40–60 bar, hạt nước 50–100 µm, mật độ 1 béc/4 m², lắp cao 3–5 m, bơm "
        "từ 7,5 kW; có thể gắn module IoT theo dõi lưu lượng nước phun qua điện thoại.",
    ),
]

OFFERS += [
    # distractor: dust removal equipment, not measurement
    (
        "lRo121",
        "en",
        "wetcyc",
        "Wet cyclone scrubbers for industrial dust",
        "Course material on designing wet cyclones (clustered, film-type and vaned) to capture dust from exhaust "
        "gases, with their operating principle, advantages and limits.",
    ),
    # --- noise ---
    (
        "lRo122",
        "en",
        "norsonic",
        "Environmental noise monitoring terminals with hosted server",
        "Norsonic supplies stand-alone noise monitoring terminals or fully hosted systems in which several "
        "terminals stream to a cloud server that delivers daily reports with noise and weather data; installations "
        "include ports, construction sites and a five-terminal traffic and industry network in Patna, India.",
    ),
    (
        "lRo123",
        "vi",
        "noisecont",
        "Quan trắc tiếng ồn liên tục cho cơ sở hoạt động 24 giờ",
        "Bài tư vấn chuyên ngành: nhà máy điện, sân bay, công nghiệp chạy suốt ngày đêm ngày càng bị yêu cầu đo "
        "tiếng ồn môi trường liên tục để xử lý khiếu nại của cư dân; giới thiệu hệ đo đặt ngoài trời không người "
        "trực.",
    ),
    (
        "lRo124",
        "en",
        "cirrus",
        "Long-term unattended noise monitoring",
        "Cirrus Research explains and equips unattended noise monitoring lasting from a day to many months, mainly "
        "for neighbourhoods affected by factories, construction, demolition, wind farms and events.",
    ),
    (
        "lRo125",
        "vi",
        "casella",
        "Đo tiếng ồn cộng đồng theo chu kỳ, ghi sự kiện ồn",
        "Casella giới thiệu máy đo lưu mức ồn theo từng chu kỳ, giá trị tích lũy cả đợt đo để so với giới hạn, và "
        "ghi các sự kiện ồn (SEL) để biết chính xác lúc xảy ra; đo tại ranh giới khu đất hoặc trong nhà dân.",
    ),
    (
        "lRo126",
        "en",
        "dtunoise",
        "Student-built noise monitoring device with radio link",
        "A Duy Tan University graduation project (2019) built a board that senses sound level, shows dB on an LCD "
        "and relays data by RF, calibrated from the sensor datasheet, aimed at industrial parks, building sites, "
        "bars and homes.",
    ),
    (
        "lRo127",
        "vi",
        "lidinconoise",
        "Dịch vụ quan trắc tiếng ồn cho nhà máy, công trình",
        "LIDINCO thực hiện quan trắc tiếng ồn: thu thập, phân tích mức ồn tại khu vực cần đánh giá, so sánh với quy "
        "chuẩn quốc gia, giúp doanh nghiệp tuân thủ pháp luật và giảm rủi ro bị xử phạt, khiếu nại.",
    ),
    (
        "lRo128",
        "en",
        "antoannoise",
        "Periodic noise measurement by an industrial safety inspectorate",
        "An equipment safety inspection company measures noise in workplaces and surroundings with sound level "
        "meters or automatic systems, reports against legal limits and advises on protecting workers.",
    ),
    # distractor: instrument catalogue rather than monitoring
    (
        "lRo129",
        "vi",
        "lidincoslm",
        "Máy đo độ ồn cầm tay",
        "Giới thiệu máy đo mức âm thanh cầm tay: thân máy có phím chức năng và micro đặt xa thân để giảm phản xạ, "
        "hiển thị dB trên màn hình để người dùng tự so với quy chuẩn.",
    ),
    # distractor: buying guide for hand-held meters
    (
        "lRo130",
        "en",
        "tktechslm",
        "How to choose a sound level meter",
        "TKTECH's guide to picking a hand-held sound level meter by accuracy class (IEC/ANSI), frequency weighting "
        "and use case, for workplace and environmental checks.",
    ),
    # distractor: phone app
    (
        "lRo131",
        "vi",
        "earapp",
        "Đo tiếng ồn bằng ứng dụng trên điện thoại",
        "Hướng dẫn dùng ứng dụng điện thoại để đo cường độ âm thanh, kèm thông tin tác hại của tiếng ồn trên 85 dB.",
    ),
    # distractor: sound insulation instead of measurement
    (
        "lRo132",
        "en",
        "soundwall",
        "Soundproof wall construction",
        "Panel supplier's guide to building soundproof walls: brick or gypsum outer layer, acoustic foam, soft "
        "rubber and wood cladding, for homes, karaoke rooms and bars.",
    ),
    # distractor: room acoustics
    (
        "lRo133",
        "vi",
        "acoupanel",
        "Vách tiêu âm cho văn phòng, hội trường",
        "Minh Phát cung cấp và thi công gỗ tiêu âm, nỉ tiêu âm, mút trứng theo chỉ số NRC để giảm vang trong văn "
        "phòng, studio, hội trường.",
    ),
    # --- factory wastewater monitoring and calibration ---
    (
        "lRo134",
        "en",
        "bkcemsww",
        "Automatic wastewater monitoring systems under Decree 08/2022",
        "BKCEMS designs and installs continuous wastewater monitoring: sensors and analysers for the required "
        "parameters, flow measurement, data acquisition and transmission to the environment department, meeting the "
        "requirements of Decree 08/2022/ND-CP.",
    ),
    (
        "lRo135",
        "vi",
        "asincal",
        "Kiểm định, hiệu chuẩn phương tiện đo cho trạm quan trắc nước tự động",
        "ASIN hướng dẫn và thực hiện kiểm định (bắt buộc, có tem, giấy chứng nhận) và hiệu chuẩn thiết bị đo pH, "
        "TDS, độ dẫn điện, độ đục, DO, ORP, clo dư theo Thông tư 06/2017/TT-BKHCN và 23/2013/TT-BKHCN.",
    ),
    (
        "lRo136",
        "en",
        "qtcal",
        "Verification and calibration of automatic monitoring equipment",
        "A monitoring-systems company explains and carries out verification and calibration of continuous "
        "monitoring instruments as required by Circular 24/2017 on monitoring techniques, including QA/QC and data "
        "transmission rules.",
    ),
    (
        "lRo137",
        "vi",
        "hopnhat",
        "Kiểm định, hiệu chuẩn thiết bị đo cho hệ thống quan trắc tự động",
        "Môi trường Hợp Nhất nhận kiểm định, hiệu chuẩn phương tiện đo của hệ thống quan trắc tự động, liên tục để "
        "đánh giá sai số so với chất chuẩn và cấp giấy chứng nhận, tem theo thời hạn.",
    ),
    (
        "lRo138",
        "en",
        "abdcal",
        "Calibration of air and water monitoring instruments",
        "An industrial safety company in Binh Duong verifies and calibrates flow meters, SO2, CO2, CO, NOx and dust "
        "analysers and water meters for flow, pH, dissolved oxygen, conductivity, turbidity and TDS, per Circular "
        "23/2013.",
    ),
    (
        "lRo139",
        "vi",
        "dcical",
        "Kiểm định, hiệu chuẩn thiết bị quan trắc môi trường",
        "Môi trường DCI thực hiện kiểm định và hiệu chuẩn thiết bị quan trắc khí thải, nước thải theo Thông tư "
        "24/2017/TT-BTNMT, dùng vật chuẩn, chất chuẩn được chứng nhận.",
    ),
    # distractor: treatment plant instead of monitoring
    (
        "lRo140",
        "en",
        "surimi",
        "Turnkey wastewater treatment plant for seafood processing",
        "An environmental contractor built a 300 m³/day plant for a surimi factory whose wastewater reaches COD "
        "36,000 mg/l, using a 10-stage process to meet QCVN 11:2008 column B.",
    ),
]

OFFERS += [
    # distractor: aeration machine instead of oxygen monitoring
    (
        "lRo141",
        "vi",
        "paddle",
        "Quạt nước cho ao nuôi tôm",
        "Bài kỹ thuật và cung cấp quạt nước: quạt chiếm hơn 80% điện năng của trại tôm, bơm 10%; nuôi bán thâm canh "
        "chỉ chạy quạt khi DO dưới 3 mg/l, nuôi thâm canh chạy công suất lớn cả ngày đêm; quạt còn giúp đảo nước, "
        "tránh phân tầng.",
    ),
    # distractor: aerator choice
    (
        "lRo142",
        "en",
        "aercomp",
        "Choosing aerators for intensive shrimp ponds",
        "An aquaculture news site summarises a 2020 study comparing paddle-wheel and other aerators in intensive "
        "whiteleg shrimp ponds by oxygen transfer and cost, to help farmers pick machines.",
    ),
    # --- power and lightning protection for field stations ---
    (
        "lRo143",
        "en",
        "imdlight",
        "Lightning and surge protection for remote solar-powered monitoring cabinets",
        "An industrial automation supplier specifies protection for remote cabinets with radio links: air terminal "
        "of at least 15 mm, 3 m copper-clad ground rod, earth resistance of 10 ohms or less (5 recommended), staged "
        "surge protectors (50 kA, 40 kA, 6 kV) and protectors on RS-485, Ethernet and antenna coax.",
    ),
    (
        "lRo144",
        "vi",
        "stevens",
        "Chống sét cho trạm quan trắc đặt ở nơi xa",
        "Stevens Water hướng dẫn bảo vệ trạm quan trắc thủy văn, môi trường khỏi sét đánh trực tiếp và sét lan "
        "truyền qua đất vào cảm biến, cáp chôn: nối đất, chống sét lan truyền, bố trí thiết bị để giảm mất dữ liệu "
        "và thay thế tốn kém.",
    ),
    (
        "lRo145",
        "en",
        "kongfar",
        "Off-grid solar and LiFePO4 power for field monitoring equipment",
        "Kongfar supplied an 80 W photovoltaic panel with an 80 Ah LiFePO4 battery, waterproof enclosure, lightning "
        "protection and energy management to keep GNSS monitoring terminals running through humid, rainy periods at "
        "sites with no grid.",
    ),
    (
        "lRo146",
        "vi",
        "solarinsure",
        "Nối đất và chống sét cho hệ điện mặt trời nhỏ",
        "Bài hướng dẫn của đơn vị bảo hiểm điện mặt trời: nối đất là biện pháp cơ bản nhất, thiết bị chống sét và "
        "chống xung chỉ hiệu quả khi có hệ nối đất tốt, nên làm nối đất cùng lúc với đi dây điện.",
    ),
    (
        "lRo147",
        "en",
        "wbrice",
        "Lessons from piloting automated water-level sensors in rice fields",
        "A World Bank synthesis for a rice water-use-efficiency pilot reviews field water-level sensors, IoT "
        "connectivity options (personal, local and wide-area networks) and practical problems met by local "
        "start-ups, as guidance for agencies planning sensor roll-outs.",
    ),
    (
        "lRo148",
        "en",
        "urbanrain",
        "Low-cost self-powered wireless rain gauge for dense networks",
        "Researchers developing AI warnings of cloudbursts and flash floods designed a rain gauge that is cheap, "
        "low-maintenance, flexible to install, energy self-sufficient and transmits continuously by radio, so a "
        "town can afford a close-meshed rainfall network.",
    ),
    (
        "lRo149",
        "vi",
        "ledan",
        "Vận hành, bảo dưỡng trạm quan trắc không khí tự động theo SOP",
        "Trung tâm Quan trắc môi trường miền Trung và Tây Nguyên vận hành trạm tự động có module Horiba đo NOx, "
        "SO2, CO, O3, THC, máy đo bụi GRIMM PM10/PM2.5/PM1, cảm biến khí tượng; quy trình thao tác chuẩn cho kiểm "
        "tra, vệ sinh, truyền nhận dữ liệu.",
    ),
    # distractor: neighbouring field, shares words only
    (
        "lRo150",
        "vi",
        "taploc",
        "Máy lọc nước gắn vòi",
        "Bài đánh giá máy lọc gắn trực tiếp vòi nước giá 400 nghìn đến hơn 1 triệu đồng: lõi than hoạt tính khử "
        "clo, màng siêu lọc sợi rỗng giữ cặn; chỉ dùng rửa rau, nấu ăn, không uống trực tiếp.",
    ),
    # distractor: neighbouring field, shares words only
    (
        "lRo151",
        "vi",
        "fishaer",
        "Máy sục khí cho ao nuôi cá",
        "Nhà cung cấp máy bơm giới thiệu máy sục khí bánh xe, sục khí tia nước, đĩa thổi khí: nguyên lý khuếch tán "
        "khí, ưu nhược điểm về điện năng, vùng sục và cách chọn theo diện tích ao.",
    ),
    # distractor: neighbouring field, shares words only
    (
        "lRo152",
        "vi",
        "duraflex",
        "Vật liệu cách âm tường phòng ngủ",
        "Tư vấn giải pháp cách âm tường cho nhà phố, chung cư, karaoke bằng tấm xi măng DURAflex và các hệ vật liệu "
        "cách âm, tiêu âm để chặn tiếng xe cộ, công trình.",
    ),
    # distractor: neighbouring field, shares words only
    (
        "lRo153",
        "en",
        "scadafeed",
        "SCADA for an animal-feed mixing line",
        "A student automation project designs SCADA for a feed-mixing plant: Siemens S7-1200 PLC, mixer and pump "
        "motors, butterfly valves, electronic scales, level sensors, WinCC screens and an SQL Server database.",
    ),
    # distractor: neighbouring field, shares words only
    (
        "lRo154",
        "vi",
        "wwtdet",
        "Thiết kế hệ thống xử lý nước thải dệt nhuộm",
        "Đồ án tính toán, thiết kế hệ thống xử lý nước thải dệt nhuộm công suất 1.000 m³/ngày đêm: bể điều hòa, keo "
        "tụ, sinh học, lắng, khử màu.",
    ),
    # distractor: neighbouring field, shares words only
    (
        "lRo155",
        "en",
        "wwtcoco",
        "Wastewater treatment design for a coconut processing plant",
        "A Nong Lam University thesis sizes a 200 m³/day treatment plant for a desiccated-coconut factory in Mo "
        "Cay, with process selection and unit design.",
    ),
    # distractor: neighbouring field, shares words only
    (
        "lRo156",
        "en",
        "wwtf17",
        "Wastewater treatment design for a seafood processing plant",
        "A Nha Trang University project calculates and designs the treatment system of seafood factory F17, from "
        "screening and equalisation to biological treatment.",
    ),
    # distractor: neighbouring field, shares words only
    (
        "lRo157",
        "vi",
        "tomcat",
        "Thiết kế hệ thống ao nuôi tôm trên cát gắn với xử lý môi trường",
        "Tổng kết kinh nghiệm thiết kế ao nuôi tôm trên vùng cát ven biển: nền và bờ ao bằng cát, sơ đồ cấp nước "
        "mặn, nước ngọt, hệ thống xử lý nước thải để nuôi bền vững.",
    ),
    # distractor: neighbouring field, shares words only
    (
        "lRo158",
        "en",
        "prawnras",
        "Recirculating filtration for all-male giant freshwater prawn seed",
        "A thesis evaluates recirculating filter systems in hatcheries producing all-male Macrobrachium rosenbergii "
        "seed, comparing water quality and survival with conventional methods.",
    ),
    # distractor: neighbouring field, shares words only
    (
        "lRo159",
        "en",
        "tnforecast",
        "Weekly weather outlook column with crop-pest reminders",
        "A newspaper's weekly forecast column describes coming heat, thunderstorms, hail and tides by region and "
        "reminds farmers to watch for blast disease and planthoppers on summer-autumn rice.",
    ),
    # distractor: neighbouring field, shares words only
    (
        "lRo160",
        "vi",
        "pestbul",
        "Bản tin dự báo sâu bệnh trên lúa ĐBSCL hằng tuần",
        "Bản tin truyền hình tổng hợp diện tích gieo sạ theo giai đoạn sinh trưởng (vụ hè thu 2015 hơn 1,8 triệu "
        "ha) và dự báo sâu bệnh trong tuần cho vùng ĐBSCL.",
    ),
    # distractor: neighbouring field, shares words only
    (
        "lRo161",
        "en",
        "pvmeter",
        "Metering solar PV systems at remote sites",
        "US federal guidance on metering PV production at remote locations and choosing a cyber-secure network link "
        "so operations staff are warned when output drops.",
    ),
    # distractor: neighbouring field, shares words only
    (
        "lRo162",
        "vi",
        "khichongon",
        "Giáo trình bảo vệ môi trường không khí và chống ồn",
        "Tài liệu giảng dạy về thông gió nhà xưởng, tính toán lượng khí độc và bụi, thiết kế hệ xử lý khí thải, "
        "khuếch tán chất ô nhiễm và các quy chuẩn khí thải, tiếng ồn.",
    ),
    # distractor: neighbouring field, shares words only
    (
        "lRo163",
        "en",
        "bentre",
        "Study of surface-water governance under salinity intrusion in Ben Tre",
        "A research paper assesses how effectively a coastal province managed surface water for farming and "
        "aquaculture during salinity intrusion, using OECD water-governance principles.",
    ),
]
