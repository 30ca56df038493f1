"""Offers of the holdout227 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # --- salinity monitoring and warning ---
    (
        "qUo001",
        "vi",
        "int_nano",
        "Hệ thống quan trắc và cảnh báo xâm nhập mặn tự động",
        "Viện Công nghệ Nano (ĐHQG TP.HCM) chuyển giao trạm đo mặn gắn đầu dò cảm biến chuyên dụng, chạy liên tục 24/24, "
        "truyền không dây và phát cảnh báo khi độ mặn trên kênh rạch, cửa sông vượt ngưỡng. Thay cho việc lấy mẫu nước thủ công "
        "từng giờ, giúp chủ động lấy nước tưới, nuôi thủy sản và sinh hoạt.",
    ),
    (
        "qUo002",
        "en",
        "vns_salinity",
        "Solar-powered river salinity alarm with automatic pump control",
        "A river station from a national university nanotechnology institute logs salinity and water temperature around the clock, "
        "runs on solar panels and texts warnings to agencies and farmers. When salinity falls back under 2 per mille it can start "
        "a pumping system to refill ponds.",
    ),
    (
        "qUo003",
        "vi",
        "uit_lora",
        "Nguyên mẫu nút cảm biến độ mặn và mực nước truyền LoRa",
        "Nhóm sinh viên kỹ thuật máy tính thiết kế nút đo gồm cảm biến độ mặn, cảm biến mực nước và module LoRa gửi số liệu về "
        "Raspberry Pi có LoRa HAT, phân tích biến động mặn và triều để đưa ra cảnh báo. Phù hợp thử nghiệm, làm mẫu cho trạm giá rẻ.",
    ),
    (
        "qUo004",
        "vi",
        "baomoi_sensor",
        "Mạng cảm biến đo mặn cửa sông xem trên điện thoại",
        "Cung cấp mạng cảm biến đặt tại cửa sông, đẩy số liệu độ mặn lên điện thoại thông minh của cán bộ và nhà vườn; đã vận hành ở "
        "vùng có lúc mặn tới 10‰, giúp hộ trồng bưởi da xanh 1,5 ha kịp trữ nước ngọt trước khi nước mặn vào.",
    ),
    (
        "qUo005",
        "en",
        "hcmiu_iot",
        "IoT salinity warning kit for orchards, with phone app and website",
        "A sustainable-development centre at an international university installs IoT salinity probes at the water source of fruit "
        "orchards; readings stream continuously to a server and growers follow them on a phone app or website to time irrigation. "
        "First pilot set up on 18 October 2019 in a durian-growing hamlet.",
    ),
    (
        "qUo006",
        "vi",
        "sggp_cms",
        "Phần mềm báo động mặn CMS đến tận ấp và quan trắc phục vụ vận hành cống",
        "Triển khai phần mềm báo động mặn CMS gửi thông tin cả ngày lẫn đêm xuống từng ấp, khóm, kết hợp điểm đo mặn ven sông và "
        "trong nội đồng để điều hành đóng mở cống. Mô hình đã giúp vùng 1.222 ha sầu riêng không bị ảnh hưởng khi mặn lên 4,7‰.",
    ),
    (
        "qUo007",
        "en",
        "nhess",
        "Seasonal salinity-intrusion forecast up to nine months ahead",
        "Statistical forecast model (logistic regression driven by the ENSO3.4 index or upstream streamflow) that predicts the "
        "severity of dry-season salinity intrusion in the Mekong Delta up to 9 months in advance, with ROC scores above 0.8, "
        "for planning crop calendars and water storage.",
    ),
    (
        "qUo008",
        "en",
        "ifad_app",
        "Smartphone salinity app for rice farmers",
        "App developed with an international agricultural fund and the government that reads salinity remotely and sends the results "
        "to farmers' phones, warning when salty water reaches the fields so they can decide when to flush paddies with fresh water.",
    ),
    (
        "qUo009",
        "en",
        "rynan",
        "Sensor network sampling salinity, pH and tide every 15 minutes",
        "Monitoring stations take a water sample every 15 minutes, transmit salinity, alkalinity, pH and tidal water level to an "
        "operations centre and notify farmers through a mobile app. In pilot fields salinity damage fell to one tenth of earlier losses.",
    ),
    (
        "qUo010",
        "vi",
        "qtm_mekong",
        "Ứng dụng Mekong theo dõi độ mặn, mực nước và lịch cống",
        "Ứng dụng trên điện thoại cập nhật độ mặn và chiều cao mực nước 3 giờ/lần tại các điểm có trạm quan trắc, kèm số liệu côn trùng, "
        "màu lúa và lịch đóng mở cống của khu ruộng, giúp nông dân quyết định lấy nước hay xả ngọt.",
    ),
    (
        "qUo011",
        "vi",
        "thvl_man",
        "Bản tin dự báo xâm nhập mặn theo đợt cho vùng ven biển",
        "Viện Khoa học Thủy lợi miền Nam cung cấp bản tin dự báo mặn cho từng giai đoạn mùa khô, chỉ rõ khả năng ranh mặn 4‰ vào sâu "
        "20–25 km tính từ biển đến cuối tháng 4, làm căn cứ vận hành công trình thủy lợi và lấy nước.",
    ),
    (
        "qUo012",
        "en",
        "sggp_en_drought",
        "Dry-season drought and salinity outlook with penetration distances",
        "Irrigation-science institute outlook giving how far 4 g/l salinity will reach: 48–70 km up the Mekong branches, 75–90 km into "
        "the Vam Co and 50–55 km into the Cai Lon, flagging coastal provinces such as Tra Vinh and advising orchards to store water.",
    ),
    (
        "qUo013",
        "en",
        "sggp_en_nolonger",
        "Weekly water bulletin: rainfall, salinity status and high-tide alerts",
        "Weekly hydro-meteorological bulletin for delta provinces reporting rainfall (60–80 mm, locally above 170 mm), whether "
        "salinity still threatens production, advice on operating sluices and a warning of significant high tides a week ahead.",
    ),
    (
        "qUo014",
        "en",
        "fishbio_linger",
        "Monthly national outlook on salinity and heat waves",
        "The national hydro-meteorological forecasting centre issues outlooks on how long saline intrusion stays high, with scenarios "
        "when rain is absent and heat reaches 36–37 °C, to support local drought and salinity response.",
    ),
    (
        "qUo015",
        "vi",
        "bentre_5text",
        "Đánh giá hiệu quả quản trị nguồn nước mặt trong ứng phó xâm nhập mặn",
        "Nghiên cứu đánh giá cách cấp tỉnh ứng phó mặn mùa khô trong nông nghiệp và thủy sản theo các nguyên tắc quản trị nước của OECD "
        "(vai trò, trách nhiệm các bên), đề xuất cải thiện phối hợp và chỉ đạo.",
    ),
    (
        "qUo016",
        "vi",
        "vn_document_water",
        "Hệ thống IoT thu thập chất lượng nước dùng kit Intel Galileo",
        "Đề tài xây dựng bộ giám sát nhiệt độ, pH, độ mặn và độ đục của nước, gửi số liệu qua Internet để theo dõi từ xa và báo ô nhiễm; "
        "hướng đến người nuôi thủy sản và tưới tiêu ở miền Tây.",
    ),
    (
        "qUo017",
        "en",
        "int_mtdt",
        "Automatic salinity probe station replacing hourly manual sampling",
        "Wireless salinity station with a dedicated probe that monitors canals and estuaries 24 hours a day and raises alerts, built on "
        "a nano-ink sensor production line; it removes the need for staff to take water samples every hour and improves accuracy.",
    ),
    (
        "qUo018",
        "vi",
        "rynan",
        "Mạng trạm quan trắc mặn lấy mẫu 15 phút một lần, báo qua ứng dụng",
        "Trạm lấy mẫu nước mỗi 15 phút, đo độ mặn, độ kiềm, pH và mực nước triều, truyền về trung tâm điều hành rồi thông báo cho nông dân "
        "qua ứng dụng điện thoại; thiệt hại do mặn ở ruộng thí điểm giảm còn khoảng một phần mười.",
    ),
    # --- drought ---
    (
        "qUo019",
        "en",
        "ctcn_drought",
        "Drought forecasting system with up to three months' lead time",
        "Model-based drought forecasting fed by historical and seasonal weather patterns, real-time meteorological monitoring and "
        "forecasts, estimating the probability of drought in an area up to about three months ahead so water storage and "
        "cropping can be planned.",
    ),
    (
        "qUo020",
        "en",
        "atlas_dews",
        "Design of a drought early warning system (DEWS)",
        "Framework and set-up of a drought early warning system combining meteorological, hydrological, agricultural and "
        "socio-economic indicators, satellite imagery and ground reports, with four parts: data collection, monitoring and "
        "assessment, dissemination, and response strategies.",
    ),
    (
        "qUo021",
        "vi",
        "bnews_khohan",
        "Bản tin dự báo nắng nóng, khô hạn và diện tích có nguy cơ thiếu nước",
        "Trung tâm dự báo khí tượng thủy văn cung cấp nhận định nắng nóng, khô hạn theo tháng (tháng 4–7), xu thế mực nước sông thấp hơn "
        "trung bình nhiều năm và ước tính diện tích có thể thiếu nước (ví dụ 13.300–17.200 ha ở một tỉnh).",
    ),
    (
        "qUo022",
        "vi",
        "vl_2kichban",
        "Xây dựng kịch bản ứng phó hạn mặn theo cấp độ rủi ro thiên tai",
        "Tư vấn lập hai kịch bản ứng phó hạn, mặn mùa khô theo từng cấp độ rủi ro, theo phương châm chủ động từ sớm, ứng phó từ xa, "
        "ưu tiên bảo đảm nước sinh hoạt khi mặn tăng đột biến và kéo dài.",
    ),
    (
        "qUo023",
        "en",
        "briangw",
        "Monthly seasonal drought outlook three months ahead",
        "Seasonal drought outlook issued every month with the long-range temperature and rainfall outlooks, anticipating drought "
        "patterns three months ahead from statistical analogues, drought-index probabilities and dynamical model outlooks.",
    ),
    (
        "qUo024",
        "vi",
        "atlas_dews",
        "Thiết kế hệ thống cảnh báo sớm hạn hán cho địa phương",
        "Xây dựng hệ thống cảnh báo sớm hạn hán gồm thu thập số liệu (viễn thám, trạm mặt đất, báo cáo tại chỗ), giám sát và đánh giá, "
        "truyền tin đến nông dân và cơ quan quản lý nước, kèm phương án ứng phó.",
    ),
    # --- weather forecasts for farmers ---
    (
        "qUo025",
        "en",
        "tl_pay",
        "Tailored agro-climatic information by SMS and smartphone app",
        "Digital service sending short-, medium- and seasonal forecasts together with farm-management advice and market prices by "
        "SMS and app; a survey of 400 farmers found 60% willing to pay for seasonal forecasts with advice, half of them up to USD 1 a month.",
    ),
    (
        "qUo026",
        "en",
        "ips_thai",
        "Village-level weekly weather forecasts by text message",
        "A community weather forecast centre sends weekly SMS forecasts of about 18 words for specific villages, warning of unexpected "
        "showers, to some 10,000 rice farmers who use them to plan planting, water storage and harvest.",
    ),
    (
        "qUo027",
        "en",
        "meghdoot",
        "Crop- and location-specific agro-met advisory app",
        "Mobile app from meteorological and agricultural research agencies giving temperature, rainfall, humidity and wind forecasts "
        "with crop and livestock advice in local languages, updated twice a week and shareable on messaging apps.",
    ),
    (
        "qUo028",
        "en",
        "meghdoot_khasi",
        "Five-day block-level forecasts with crop advisories in local language",
        "Forecasts of rainfall, humidity, wind direction and speed for the next five days by district and block, with actionable "
        "advice for specific crops and livestock, delivered in English and a local language.",
    ),
    (
        "qUo029",
        "en",
        "lacsa",
        "Climate services for agriculture platform (web and mobile)",
        "Free online and mobile-accessible system from a national meteorology department giving farmers forecasts and agro-climate "
        "advice to prepare for droughts and flooding rains and protect crops, seeds and livestock.",
    ),
    (
        "qUo030",
        "en",
        "smartirr",
        "Subscription weather forecast for farm operations (7–14 days)",
        "Paid monthly service delivering predicted daily rainfall, mean temperature and humidity for the next seven to fourteen "
        "days, for planning spraying, transplanting, planting and harvesting dates.",
    ),
    (
        "qUo031",
        "vi",
        "ips_thai",
        "Bản tin dự báo thời tiết cấp thôn gửi qua tin nhắn cho nông dân",
        "Trung tâm dự báo cộng đồng soạn bản tin ngắn khoảng 18 chữ cho từng làng, gửi SMS hằng tuần đến khoảng 10.000 nông dân trồng lúa, "
        "báo trước mưa bất thường để sắp xếp gieo cấy, trữ nước và thu hoạch.",
    ),
    (
        "qUo032",
        "vi",
        "meghdoot",
        "Ứng dụng khuyến cáo nông vụ theo thời tiết, theo vị trí và cây trồng",
        "Ứng dụng cho nông dân đăng ký vị trí để nhận dự báo nhiệt độ, mưa, độ ẩm, gió và lời khuyên chăm sóc cây trồng, vật nuôi bằng "
        "tiếng địa phương, cập nhật hai lần mỗi tuần, có hình ảnh, bản đồ dễ hiểu.",
    ),
    (
        "qUo033",
        "vi",
        "smartirr",
        "Gói thuê bao dự báo thời tiết 7–14 ngày cho sản xuất",
        "Dịch vụ trả phí theo tháng cung cấp lượng mưa, nhiệt độ, độ ẩm dự báo cho 7–14 ngày tới để lên lịch phun thuốc, cấy, "
        "xuống giống và thu hoạch.",
    ),
    # --- nowcasting, thunderstorms, lightning, storms ---
    (
        "qUo034",
        "en",
        "metoffice",
        "Hourly 1.5 km nowcasts of convective rain (0–7 hours)",
        "Research centre develops an hourly, 1.5 km resolution nowcasting system from 0 to 7 hours, assimilating radar reflectivity "
        "and Doppler winds, satellite imagery, GPS and surface data to predict where storms form, grow and decay.",
    ),
    (
        "qUo035",
        "en",
        "meteo_es",
        "Nowcast alerts for thunderstorm cells (0–6 hours)",
        "Very short-range forecasting that extrapolates radar, satellite, lightning and surface observations to issue alerts when "
        "storm cells approach populated areas, now improved with deep learning on radar data.",
    ),
    (
        "qUo036",
        "vi",
        "qxxb",
        "Kỹ thuật dự báo cực ngắn dông, mưa đá, lốc từ radar Doppler",
        "Tổng hợp và chuyển giao kỹ thuật dự báo 0–6 giờ (trọng tâm 0–2 giờ) cho dông, đối lưu mạnh, mưa lớn, lốc và mưa đá dựa trên "
        "radar Doppler, ảnh vệ tinh, thám không, thuật toán ngoại suy vọng radar và mô hình số phân giải cao cập nhật nhanh.",
    ),
    (
        "qUo037",
        "en",
        "wazipoint",
        "Thunderstorm and lightning early warning network",
        "Integrated network of detection sensors, a processing centre that computes threat levels and dissemination by sirens, "
        "strobes, SMS, e-mail, app notifications and API, typically giving 30 to 45 minutes of lead time before lightning arrives.",
    ),
    (
        "qUo038",
        "en",
        "igswater",
        "Site lightning detector with staged caution, warning and alarm outputs",
        "Battery-powered sensor that watches cloud-to-cloud and cloud-to-ground lightning within about 20 miles (32 km), classifies "
        "strikes by distance and drives relays, sirens and strobes or equipment shutdown, with self-test and lightning-proof links.",
    ),
    (
        "qUo039",
        "en",
        "perry",
        "Lightning detection and alerting for outdoor sites",
        "Networked lightning detection that locates strikes in real time from their radio signals and alerts managers of fields, "
        "schools and work sites so people can be moved indoors before a strike.",
    ),
    (
        "qUo040",
        "en",
        "cycloneport",
        "Lightning detection integrated with a professional weather station",
        "Detects cloud-to-ground and in-cloud strikes up to 25 miles, pushes site-specific alerts within 30 seconds, drives audible "
        "and visual warnings and sends documented all-clear messages, on the same platform as the site's weather sensors.",
    ),
    (
        "qUo041",
        "vi",
        "smartrepsun",
        "Hệ thống cảnh báo sét sớm cho khu vực ngoài trời",
        "Thiết bị đo điện trường khí quyển và tín hiệu điện từ của các tia sét đầu tiên, kết hợp mạng cảm biến từ xa và thuật toán xử lý "
        "để báo trước nguy cơ sét trong vùng xác định, giúp sơ tán người và bảo vệ thiết bị.",
    ),
    (
        "qUo042",
        "vi",
        "h24_dong",
        "Tập huấn kỹ năng phòng tránh dông, lốc, sét cho người dân",
        "Nội dung truyền thông và tập huấn: khi có cảnh báo mưa dông thì hạn chế ra ngoài, tránh cây to, cột điện, khu trống trải ven biển, "
        "không dùng điện thoại ngoài trời, tìm nhà kiên cố trú ẩn và ngắt thiết bị điện; hướng dẫn người đi biển chấp hành lệnh cấm ra khơi.",
    ),
    (
        "qUo043",
        "vi",
        "gialai_dong",
        "Bản tin cảnh báo cấp độ rủi ro thiên tai do lốc, sét kèm khuyến cáo",
        "Bản tin khí tượng nêu khu vực có mưa dông 20–50 mm/24 giờ, khả năng lốc, sét, gió giật, cấp độ rủi ro thiên tai cấp 1 và khuyến "
        "cáo chằng chống nhà, chặt tỉa cây, che chắn rau màu, vật nuôi để chính quyền thông báo cho dân.",
    ),
    (
        "qUo044",
        "en",
        "ready_tornado",
        "Whirlwind and tornado household preparedness guidance",
        "Public guidance on how to act on a tornado or severe weather warning: follow official alerts, go at once to a safe room or "
        "a small interior room on the lowest floor of a sturdy building, keep away from windows and protect against flying debris.",
    ),
    (
        "qUo045",
        "en",
        "ibf_escap",
        "Training manual for impact-based forecasting and warning of typhoons",
        "Regional manual and training on operating impact-based forecasting and warning services: preparing hazard, exposure and "
        "vulnerability layers for typhoons and turning forecasts into expected impacts with users and practitioners.",
    ),
    (
        "qUo046",
        "en",
        "typhoon_vn",
        "Impact-based forecasts and 32-member short-range ensemble for Viet Nam",
        "National hydro-meteorological service capabilities: a central data hub with high-performance computing, impact-based "
        "forecasts of tropical cyclones and a 32-member short-range regional ensemble prediction system (SREP-32).",
    ),
    (
        "qUo047",
        "vi",
        "ibf_escap",
        "Tập huấn dự báo, cảnh báo dựa trên tác động cho bão",
        "Khóa tập huấn cho cán bộ khí tượng và phòng chống thiên tai về xây dựng lớp dữ liệu hiểm họa, phơi bày, dễ bị tổn thương và chuyển "
        "dự báo bão thành cảnh báo thiệt hại cụ thể cho từng địa bàn.",
    ),
    # --- automatic weather and rain stations ---
    (
        "qUo048",
        "en",
        "mdpi_aws",
        "Low-cost automatic weather station on IoT, LoRa and edge computing",
        "Research team builds low-cost automatic weather stations following WMO guidance, connected through LPWAN/LoRa, with deep "
        "learning predictions running on the unit itself; tested on the AgroComp testbed.",
    ),
    (
        "qUo049",
        "en",
        "pmc_station",
        "Open-source local weather station with ARIMA short-term forecasting",
        "Easy-to-use station with low-cost sensors for temperature, humidity, pressure, CO2 and particulate matter, remote real-time "
        "data sharing and ARIMA short-term forecasts with about 0.67% error, aimed at small users and communities.",
    ),
    (
        "qUo050",
        "en",
        "ijert",
        "ESP32 weather node with MQTT dashboard and alerting",
        "Open hardware node (ESP8266/ESP32 with DHT22, BMP280) publishing over MQTT/HTTPS to a cloud dashboard with alerts; field "
        "tests show about 0.6 °C temperature error, 3% RH and 1.5 hPa, with 1–2 s end-to-end latency.",
    ),
    (
        "qUo051",
        "vi",
        "hue_vrain",
        "Trạm đo mưa tự động chuẩn WMO, nhắn tin cảnh báo và ứng dụng VRAIN",
        "Lắp đặt thùng đo mưa theo thông số WMO và Thông tư 70/2015/TT-BTNMT với bộ ghi dữ liệu, truyền 3G/GPRS/SMS về hệ thống thời "
        "gian thực, tự động nhắn tin cảnh báo mưa và xem số liệu trên ứng dụng VRAIN (iOS, Android).",
    ),
    (
        "qUo052",
        "vi",
        "watec_iot",
        "Mạng đo mưa tự động Vrain phủ 63 tỉnh thành",
        "Hệ thống đo mưa tự động phát triển từ 2016, đã lắp hơn 2.500 trạm, trong đó 1.077 trạm thuộc mạng quốc gia và gần 1.400 trạm "
        "chuyên dùng cho phòng chống thiên tai, hồ chứa; cung cấp số liệu mưa thời gian thực.",
    ),
    (
        "qUo053",
        "vi",
        "qpt_2023",
        "Lắp trạm đo mưa tự động phục vụ cảnh báo sớm tại cộng đồng",
        "Chương trình vận động kinh phí lắp trạm đo mưa và tháp cảnh báo lũ tự động cho địa phương: năm 2023 lắp 80 trạm đo mưa ở 9 tỉnh, "
        "trong đó có Cà Mau, Hậu Giang, Bạc Liêu, An Giang; từ 2016 đã có 843 trạm ở 48 tỉnh.",
    ),
    (
        "qUo054",
        "vi",
        "naphoga",
        "Thiết bị đo lượng mưa: vũ lượng kế, gầu lật tự động, cảm biến giọt",
        "Cung cấp và hướng dẫn dùng vũ lượng kế chuẩn, gầu lật tự động và cảm biến đo giọt để đo lượng mưa tại nhà, vườn, ruộng "
        "(1 mm mưa tương đương 1 lít nước trên 1 m²), phục vụ canh tác, thủy lợi và phòng chống thiên tai.",
    ),
    (
        "qUo055",
        "en",
        "tipping",
        "Automated surface observing system with tipping-bucket rain gauge",
        "Sensor suite with thermometers, hygrometer, barometer, anemometer and a tipping-bucket or weighing rain gauge that records "
        "rainfall accumulation automatically for flood forecasting, irrigation and drought monitoring.",
    ),
    (
        "qUo056",
        "en",
        "scribd_iot_weather",
        "Self-hosted IoT weather monitoring on NodeMCU and Raspberry Pi",
        "Weather monitoring of temperature, humidity, pressure and dust with NodeMCU ESP8266 or Raspberry Pi Zero W, sending data "
        "over MQTT to a private virtual server that runs 24x7 and archives it, for users who want control of their data.",
    ),
    (
        "qUo057",
        "vi",
        "mdpi_aws",
        "Trạm khí tượng tự động giá rẻ kết nối LoRa",
        "Thiết kế trạm khí tượng tự động dùng cảm biến giá rẻ đo nhiệt độ, độ ẩm, gió, mưa, áp suất, truyền dữ liệu qua mạng LPWAN/LoRa về "
        "máy chủ, bố trí theo hướng dẫn của Tổ chức Khí tượng Thế giới.",
    ),
    # --- water level, flood, tide ---
    (
        "qUo058",
        "vi",
        "watec_haugiang",
        "Lắp đặt hệ thống trạm đo mực nước tự động trên sông, kênh",
        "Thiết kế, lắp đặt mạng trạm đo mực nước tự động tại các vị trí xung yếu của sông, kênh chính (dự án 14 trạm cho một tỉnh miền Tây), "
        "tự truyền số liệu về trung tâm để ban chỉ huy phòng chống thiên tai cảnh báo ngập kịp thời.",
    ),
    (
        "qUo059",
        "vi",
        "vfass",
        "Hệ thống cảnh báo lũ, ngập thông minh VFASS dùng LoRa và pin mặt trời",
        "Bộ cảm biến, thiết bị điều khiển, đèn còi cảnh báo trong nhà và ngoài trời kết nối LoRa, chạy pin mặt trời có ắc quy dự phòng, "
        "cảnh báo không phụ thuộc điện lưới và mạng viễn thông; nền tảng quản lý theo dõi độ sâu ngập, lượng mưa qua 3G/4G.",
    ),
    (
        "qUo060",
        "vi",
        "goodeye",
        "Hệ thống cảnh báo lũ tự động",
        "Giải pháp giám sát mưa lớn và mực nước dâng cao bất thường tại các vị trí nhạy cảm như đập tràn, vùng trũng, phát cảnh báo sớm "
        "để người dân kịp xử lý trước khi nước lên.",
    ),
    (
        "qUo061",
        "vi",
        "iot_nhc",
        "Trạm quan trắc và cảnh báo ngập đường có đèn báo và ứng dụng",
        "Trạm gồm camera, cảm biến đo ngập sai số 0,5 cm, đèn cảnh báo, hộp dữ liệu và pin mặt trời; khi ngập tới 20 cm đèn báo đỏ, "
        "dữ liệu lên máy chủ và ứng dụng chỉ đường tránh điểm ngập cho người dân.",
    ),
    (
        "qUo062",
        "vi",
        "khoahoc_scada",
        "Hệ thống đo ngập tự động SCADA",
        "Hệ thống giám sát và thu thập dữ liệu ngập tự động thay cho việc cử người ra đọc thủy chí khi mưa, triều cường; cập nhật tức thời "
        "về trung tâm điều hành (đề tài đặt hàng kinh phí 1,4 tỷ đồng).",
    ),
    (
        "qUo063",
        "en",
        "jhe_flood",
        "LoRa water-level sensor mounted under bridges",
        "Device installed under a bridge measures the distance to the water surface and, when it passes a flood threshold, sends a "
        "LoRa message through a nearby gateway to the cloud so residents downstream are warned.",
    ),
    (
        "qUo064",
        "en",
        "mdpi_lora_flood",
        "Autonomous low-power LoRa flood monitoring node",
        "Modular node with microcontroller and LoRa radio that can take different water sensors without hardware changes; data go to "
        "a web platform with a flooding alarm function. Tested in a real river setting.",
    ),
    (
        "qUo065",
        "en",
        "nepal_ews",
        "AI flood early warning with LoRa stations and repeaters",
        "Solar-powered stations with ultrasonic water-level sensor, rain gauge and temperature-humidity sensors send encrypted LoRa "
        "433 MHz packets through two repeaters over more than 16 km to a receiver, where machine learning predicts floods and alerts communities.",
    ),
    (
        "qUo066",
        "en",
        "core_fmws",
        "LoRaWAN flood monitoring and warning with online dashboard",
        "Multiple ultrasonic water-level nodes on Arduino with LoRa talk to a LoRaWAN gateway; a cloud dashboard assesses flood risk "
        "in real time and triggers early warnings, with activation modes and range tested in the field.",
    ),
    (
        "qUo067",
        "en",
        "kansai_th",
        "Surge (tidal head) early warning with siren and web alerts",
        "LoRa-connected water sensors with Arduino detect a sudden surge of river water and trigger a physical siren plus a web "
        "notification for wardens and visitors along the river.",
    ),
    (
        "qUo068",
        "en",
        "meshamerica",
        "Solar LoRa mesh nodes for water level and conductivity",
        "Mesh-networked nodes (nRF52840 base, IP68 enclosure, 10 W solar with LiFePO4 battery) measure water level, conductivity "
        "(a sign of saltwater intrusion), pH and temperature in remote spots without cellular coverage; probes need regular calibration.",
    ),
    (
        "qUo069",
        "en",
        "eesi_tide",
        "Tide gauge and pressure-sensor installation for local water levels",
        "Installation of tide gauges (stilling well plus data recorder) and smaller pressure sensors to track local sea and river "
        "levels against a datum, supporting coastal flood tracking and storm preparation.",
    ),
    (
        "qUo070",
        "en",
        "unocean_surge",
        "Storm surge, tide and inundation modelling for coastal forecasts",
        "Operational storm-surge models based on the shallow-water equations, with astronomical tide and inundation options, "
        "computing water level and flooded extent and depth along the coast under typhoon winds and pressure.",
    ),
    (
        "qUo071",
        "vi",
        "vnplus_trieu",
        "Bản tin dự báo triều cường 24–72 giờ và cấp độ rủi ro",
        "Bản tin dự báo mực nước cao nhất tại trạm chuẩn ven biển (4,05–4,25 m), giờ xuất hiện đỉnh triều, vùng trũng thấp và ngoài đê bao "
        "có nguy cơ ngập, kèm cấp độ rủi ro thiên tai do triều cường để địa phương chủ động.",
    ),
    (
        "qUo072",
        "vi",
        "dongkhoi",
        "Bản tin dự báo đỉnh triều 4 ngày trên sông rạch cấp tỉnh",
        "Đài khí tượng thủy văn tỉnh dự báo mực nước đỉnh triều trên các triền sông, kênh rạch cho 4 ngày tới, cảnh báo khả năng vượt "
        "báo động 2 để địa phương gia cố đê bao, đóng cống, lưu ý cồn, cù lao và khu đê yếu.",
    ),
    (
        "qUo073",
        "en",
        "watec_iot",
        "Real-time rainfall and inundation-depth monitoring for high-risk areas",
        "IoT monitoring stations that record rainfall and flood depth in real time at high-risk spots (deep-water crossings, "
        "underpasses, urban streets) and warn local authorities and residents early.",
    ),
    (
        "qUo074",
        "en",
        "watec_haugiang",
        "Automatic water-level station network for rivers and canals",
        "Design and installation of automatic river and canal water-level stations that send data to a provincial hydrological "
        "centre, used by the disaster-control command to issue timely flood warnings (a 14-station provincial project).",
    ),
    # --- warning dissemination: SMS, apps, loudspeakers, sirens ---
    (
        "qUo075",
        "en",
        "stc_sms",
        "SMS early warning through a customised call centre",
        "A call centre buys bandwidth from mobile operators to send customised SMS early warnings and weather information from "
        "the provincial flood and storm committee straight to people's phones; rolled out in 24 coastal communities.",
    ),
    (
        "qUo076",
        "en",
        "cvd_sms",
        "Two-way SMS warning with volunteer flood observers",
        "Volunteers (household heads and disaster team members) are registered for free SMS with government agencies, receive "
        "warnings instantly, advise neighbours to move and send back flood heights and conditions for mapping and decisions.",
    ),
    (
        "qUo077",
        "en",
        "qnam_sms",
        "Multi-channel village warning: messages, radios, gongs and drums",
        "Project setting up early warning across 48 communes using text messages, radios, gongs and drums, with villagers "
        "practising alarm signals and reporting flood levels and damage back by mobile phone (budget about 530 million VND).",
    ),
    (
        "qUo078",
        "vi",
        "zalo_vneco",
        "Kênh Zalo chính thức gửi cảnh báo thiên tai đến người dân",
        "Trang thông tin phòng chống thiên tai trên nền tảng nhắn tin có gần 605.000 người theo dõi, bình quân gửi hơn 165 triệu tin nhắn "
        "khẩn mỗi năm tới người dân vùng bị ảnh hưởng, gồm bản tin dự báo, cảnh báo và hướng dẫn ứng phó.",
    ),
    (
        "qUo079",
        "vi",
        "zalo_znews",
        "Mini app ‘Phòng chống thiên tai Việt Nam’ trên Zalo",
        "Ứng dụng nhỏ chạy trong Zalo giúp người dân nhận cảnh báo, tra cứu hướng dẫn và liên hệ khi có tình huống thiên tai khẩn cấp, "
        "hạn chế thiệt hại trong mùa mưa bão.",
    ),
    (
        "qUo080",
        "vi",
        "viettel_tsunami",
        "Hệ thống cảnh báo thiên tai tận dụng mạng truyền thanh cơ sở",
        "Phần cứng, phần mềm thiết kế trong nước phát cảnh báo qua loa công suất lớn trên các đài trực canh, đài truyền thanh, đồng thời "
        "nhắn tin đến điện thoại lãnh đạo địa phương và người dân trong vùng nguy cơ; có đèn, biển báo cho người khiếm thính.",
    ),
    (
        "qUo081",
        "vi",
        "dn_loa_iot",
        "Truyền thanh không dây IoT 3G/4G cho hệ thống cảnh báo từ xa",
        "Giải pháp phần cứng và phần mềm cho cụm loa không dây nhận bản tin cảnh báo qua 3G/4G, quản lý trạng thái các trạm loa bằng IoT, "
        "tích hợp vào hệ thống cảnh báo sớm sạt lở, lũ lụt sẵn có.",
    ),
    (
        "qUo082",
        "vi",
        "loa_thongminh",
        "Loa truyền thanh thông minh phát bản tin bằng tiếng dân tộc",
        "Nâng cấp loa truyền thống thành loa thông minh tích hợp máy tính, micro, wifi, lập lịch phát tự động đúng giờ, phát cảnh báo thời "
        "tiết và thông báo bằng chính tiếng nói của đồng bào dân tộc tại chỗ.",
    ),
    (
        "qUo083",
        "vi",
        "hue_siren",
        "Hệ thống còi hú cảnh báo thiên tai điều khiển từ xa",
        "Lắp còi hú trên các tòa nhà công, vận hành từ xa qua mạng từ trung tâm điều hành đô thị thông minh hoặc bật tay khi mất liên lạc; "
        "quy chế tín hiệu với số hồi và số lần lặp cho bão, áp thấp, lũ vượt báo động 2, báo động 3.",
    ),
    (
        "qUo084",
        "en",
        "cellbroadcast",
        "Cell-broadcast public warning to every phone in a target area",
        "Public warning over cell broadcast (3GPP TS 23.041): geo-targeted alerts reach all phones in the defined area, even without "
        "a SIM, with a distinctive tone, and are not slowed by network congestion during disasters.",
    ),
    (
        "qUo085",
        "en",
        "wea_wikimili",
        "Wireless emergency alert messages (up to 360 characters)",
        "Alert system in which authorities send short emergency messages through carriers' cell broadcast channel to compatible "
        "phones in the affected area, played with a special sound even when the ringer is off.",
    ),
    (
        "qUo086",
        "en",
        "nhatban_loa",
        "Automatic community loudspeaker warning network",
        "Loudspeaker network linked to a central operations centre that broadcasts automatic emergency announcements and the "
        "areas at risk within minutes, reaching people who do not check their phones when networks are overloaded.",
    ),
    (
        "qUo087",
        "en",
        "vinuni_slider",
        "Smart local early warning for community-based disaster risk reduction",
        "University research initiative (SLiDER) combining AI, IoT sensing, machine learning, GIS and remote sensing with "
        "participatory design and local knowledge to close the last mile between national forecasts and village response.",
    ),
    (
        "qUo088",
        "en",
        "dmptc_camdue",
        "People-centred early warning pilot for flood and inundation at commune level",
        "Pilot model checking the four components of early warning at commune level: risk knowledge and risk maps, monitoring and "
        "forecasting, dissemination of clear actionable warnings, and preparedness to respond, with digital transformation.",
    ),
    (
        "qUo089",
        "vi",
        "vtc_matsong",
        "Bộ liên lạc dự phòng khi mất sóng, mất điện trong bão",
        "Hướng dẫn và cung cấp radio FM/AM cầm tay chạy pin hoặc quay tay, pin sạc dự phòng, danh bạ số khẩn cấp, ưu tiên tin nhắn SMS "
        "khi sóng yếu để vẫn nghe được dự báo, hướng đi của bão và lệnh sơ tán.",
    ),
    (
        "qUo090",
        "en",
        "ready_alerts",
        "Guide to public alert channels for households",
        "Explains the alert channels a household can receive: wireless emergency alerts on mobiles, the broadcast emergency alert "
        "system, weather radio and an official mobile app, and how to make sure you get them.",
    ),
    (
        "qUo091",
        "vi",
        "zalo_dtud",
        "Gửi tin nhắn cảnh báo thiên tai theo vùng qua Zalo OA",
        "Dịch vụ phát tin cảnh báo từ tài khoản chính thức của cơ quan phòng chống thiên tai tới người dùng trong các tỉnh bị ảnh hưởng; "
        "có đợt gửi 29,6 triệu tin trong một ngày kèm khuyến cáo sơ tán, dự trữ lương thực, thuốc men.",
    ),
    (
        "qUo092",
        "en",
        "tepbac_lienlac",
        "Long-range HF radio with GPS and Icom sets for fishing boats",
        "Fitting fishing vessels of 15 m and more with long-range HF radios with GPS positioning and Icom transceivers so crews can "
        "hear weather bulletins broadcast by coastal stations and call shore stations when storms change course.",
    ),
    (
        "qUo093",
        "vi",
        "tepbac_lienlac",
        "Lắp máy HF tầm xa có GPS và máy Icom cho tàu cá",
        "Kiện toàn liên lạc cho tàu cá công suất lớn: máy HF tầm xa gắn định vị vệ tinh GPS và máy Icom để nhận bản tin thời tiết trên "
        "radio, liên lạc với trạm bờ, thay cho bộ đàm tầm ngắn chỉ gọi được tàu cùng ngư trường.",
    ),
    (
        "qUo094",
        "en",
        "dn_loa_iot",
        "IoT-managed wireless loudspeaker stations for early warning",
        "Wireless public-address stations that receive warning bulletins over 3G/4G and are monitored through an IoT platform, "
        "designed to plug into existing flood and landslide warning systems to reach people in risk areas.",
    ),
    # --- community risk maps and CBDRM ---
    (
        "qUo095",
        "vi",
        "cbdra_2014",
        "Tài liệu và tập huấn đánh giá rủi ro thiên tai dựa vào cộng đồng cấp xã",
        "Bộ tài liệu hướng dẫn 47 trang (Bộ Nông nghiệp và PTNT, UNDP hỗ trợ, 2014) kèm tập huấn cho cấp xã về quy trình đánh giá rủi ro "
        "thiên tai dựa vào cộng đồng, giải thích thuật ngữ và công cụ.",
    ),
    (
        "qUo096",
        "vi",
        "d123_buoc",
        "Hướng dẫn vẽ bản đồ rủi ro thiên tai trên giấy A0",
        "Quy trình vẽ bản đồ sơ họa rủi ro: chiếu bản đồ trực tuyến lên giấy A0 hoặc dùng bản đồ giấy của địa phương, đánh dấu UBND, "
        "trường học, trạm y tế, sông rạch, khu dân cư; bản đồ nền cấp xã lấy miễn phí từ thư viện phòng chống thiên tai.",
    ),
    (
        "qUo097",
        "vi",
        "d123_noidung",
        "Đánh giá rủi ro thiên tai theo bốn nội dung",
        "Tư vấn đánh giá: nhận diện thiên tai (tần suất, cường độ, mùa, dấu hiệu cảnh báo), mức độ phơi bày của người và tài sản, tình "
        "trạng dễ bị tổn thương và năng lực phòng chống của cộng đồng, dùng cả kiến thức bản địa và số liệu khí tượng thủy văn.",
    ),
    (
        "qUo098",
        "vi",
        "ifrc_map",
        "Phương pháp vẽ bản đồ số rủi ro thiên tai có sự tham gia với GIS mã nguồn mở",
        "Bộ hướng dẫn và tài liệu tập huấn (2017) về xây dựng, cập nhật và dùng bản đồ số rủi ro thiên tai có sự tham gia, cung cấp "
        "kiến thức phần mềm GIS mã nguồn mở cho cán bộ cơ sở, làm căn cứ lập kế hoạch phòng chống thiên tai cấp xã.",
    ),
    (
        "qUo099",
        "vi",
        "d123_locbinh",
        "Bản đồ hiểm họa đơn giản hóa thông tin khoa học cho cộng đồng",
        "Cộng đồng vẽ bản đồ hiểm họa cơ bản rồi đối chiếu với phân tích chuyên gia dựa trên GIS và hồ sơ thiên tai để ra bản đồ 2–3 trang "
        "dễ hiểu, mô tả khu vực ngập hằng năm, thời gian và thời lượng ngập.",
    ),
    (
        "qUo100",
        "vi",
        "pva_slide",
        "Tập huấn phân tích tình trạng dễ bị tổn thương có sự tham gia (PVA)",
        "Khóa tập huấn 5 ngày có thực địa về quản lý rủi ro thiên tai và biến đổi khí hậu dựa vào cộng đồng, dùng công cụ có sự tham gia "
        "để đánh giá rủi ro, tình trạng dễ bị tổn thương và năng lực ứng phó; phương pháp thảo luận nhóm, trao đổi kinh nghiệm.",
    ),
    (
        "qUo101",
        "en",
        "eird_map",
        "Guidelines for drawing a community risk map",
        "Simple guidelines for local organisations to draw a community risk map or scale model: symbols for the health centre, "
        "school, police, rivers, and colours for risk (red high, yellow medium, green low), also recording past events.",
    ),
    (
        "qUo102",
        "en",
        "mundogeo",
        "Community-based disaster risk mapping (CBDRM) facilitation",
        "Facilitated participatory risk assessment in which community members characterise hazards, vulnerabilities and "
        "resources, check them in field walks, map them and draw up action plans they own.",
    ),
    (
        "qUo103",
        "en",
        "ijgi_nepal",
        "Integrated participatory and collaborative digital risk mapping",
        "Method combining community participatory mapping with collaborative digital mapping tools to build open spatial data on "
        "risk, resources and capacities at local level where information gaps are worst.",
    ),
    (
        "qUo104",
        "en",
        "p3dm",
        "Participatory three-dimensional mapping (P3DM) for disaster risk reduction",
        "Villagers build a scaled 3D relief model of their area and mark hazards, assets and safe places together, a hands-on way "
        "to evaluate risk and plan reduction measures.",
    ),
    (
        "qUo105",
        "en",
        "cbm_hazard",
        "Disability-inclusive hazard mapping",
        "Hazard mapping that locates households with persons with disabilities, checks accessibility of shelters and evacuation "
        "routes for different functional needs and makes sure such persons take part in consultations.",
    ),
    (
        "qUo106",
        "en",
        "malteser_cbdra",
        "Inclusive community-based disaster risk assessment facilitation",
        "Facilitated assessments over three and a half days per village using focus groups, disaster maps, seasonal calendars and "
        "priority ranking; one programme ran 28 assessments with 3,582 villagers including 785 persons with disabilities.",
    ),
    (
        "qUo107",
        "en",
        "ms_actionaid",
        "Mobile data gathering for community disaster risk assessment",
        "Handsets with a data-gathering app let community members collect field data for risk assessment, feeding a district "
        "disaster risk reduction information hub; a pilot covered 16 villages with 38 phones after training 160 people.",
    ),
    (
        "qUo108",
        "vi",
        "netplus",
        "Phần mềm bản đồ phân vùng thiên tai và phương án ứng phó theo cấp độ rủi ro",
        "Phần mềm hiển thị bản đồ phân vùng thiên tai, bảng cấp độ rủi ro, hướng dẫn xây dựng khung phương án ứng phó theo cấp độ và theo "
        "loại hình thiên tai (lũ, ngập, sạt lở).",
    ),
    (
        "qUo109",
        "en",
        "mtu_hazard",
        "Step-by-step exercises to build a community hazard map",
        "A series of exercises for working with a target community to identify perceived hazards and produce a hazard map the "
        "whole community understands and trusts; adaptable from volcanic to other hazards.",
    ),
    (
        "qUo110",
        "en",
        "carismand",
        "Community-based disaster risk management programme package",
        "Programme design covering community awareness activities, school activities, preparedness drills and small physical works "
        "chosen and maintained by the communities; one national programme spent USD 18.5 million across 100 communes.",
    ),
    (
        "qUo111",
        "en",
        "vrc_manual",
        "Commune-level disaster management training course",
        "Red Cross training in six lessons for commune people: hazards and disasters, hazard-vulnerability-capacity assessment, "
        "risk reduction, community-based disaster management, response (search and rescue, relief, reporting) and preparedness planning.",
    ),
    (
        "qUo112",
        "en",
        "talkvn_cbdrm",
        "Provincial plan for community awareness and CBDRM",
        "Drafting a provincial plan to train all officials on community-based disaster risk management and bring basic storm, "
        "flood and disaster knowledge to over 90% of people in exposed communes (one plan budgeted VND 23 billion for 2013–2020).",
    ),
    # --- evacuation and shelters ---
    (
        "qUo113",
        "en",
        "scitepress_evac",
        "GIS evacuation routing for flood-prone communities",
        "Routes evacuees over a road and building network derived from LiDAR, using flood-model hazard zones, a capacity-aware "
        "shortest-path algorithm and AHP to rank alternative routes and detours.",
    ),
    (
        "qUo114",
        "en",
        "scitepress_assisted",
        "Route planning for assisted evacuation of people without transport",
        "GIS-based optimisation of routes for evacuation vehicles that collect people with limited mobility, no vehicle, "
        "disabilities or language barriers and take them to safe places, with simulation of the plan.",
    ),
    (
        "qUo115",
        "en",
        "tudelft_shelter",
        "Multi-period shelter location and evacuation-order timing",
        "Optimisation model deciding where and when to open a set number of shelters, when to send evacuation orders and how to "
        "assign evacuees over time as roads flood, with a simulated-annealing heuristic for real-size cases.",
    ),
    (
        "qUo116",
        "en",
        "safetylit_shelter",
        "Flood shelter location-allocation with a genetic algorithm",
        "Bi-level model where authorities choose shelter sites to minimise evacuation time while evacuees choose shelter and "
        "route; shows how shelter capacity and vehicle occupancy change the number of shelters and total evacuation time.",
    ),
    (
        "qUo117",
        "en",
        "su_shelter_review",
        "Review-based method for siting emergency flood shelters",
        "Review of shelter location studies by objective, decision variables, method and victim identification, used to propose "
        "a new approach for assigning flood victims to the best shelters.",
    ),
    (
        "qUo118",
        "en",
        "rg_shelter",
        "Multi-objective evacuation shelter and route selection",
        "Algorithm combining GIS, population and traffic data into a risk map, then choosing shelters and shortest routes "
        "(Floyd–Warshall) balancing efficiency, fairness and keeping families and social ties together.",
    ),
    (
        "qUo119",
        "vi",
        "plo_hcm_evac",
        "Lập phương án di dời, sơ tán dân khi bão mạnh cấp 8–9",
        "Tư vấn phương án sơ tán theo cấp bão: xác định nhà không kiên cố, khu xung yếu, số hộ và số người phải di dời, chỉ định điểm tránh "
        "trú như trường học, trụ sở quân sự xã (một thành phố dự kiến 106.326 hộ, 500.047 người).",
    ),
    (
        "qUo120",
        "vi",
        "hatinh_qd",
        "Phương án ứng phó bão mạnh, siêu bão dựa trên bản đồ ngập do nước biển dâng",
        "Xây dựng phương án phòng ngừa, ứng phó bão mạnh, siêu bão cấp tỉnh, căn cứ bản đồ ngập lụt khi nước biển dâng do trường đại học "
        "thủy lợi lập và chuyển giao, phân công sở ngành và huyện.",
    ),
    (
        "qUo121",
        "vi",
        "sotay_nha",
        "Sổ tay và mẫu thiết kế nhà an toàn chống lũ",
        "Bộ mẫu nhà chống lũ thiết kế cùng người dân: nhà kê nền thấp, cao, linh hoạt; nhà có gác, gác có chỗ trú cho gia súc; nhà phao "
        "biệt lập hoặc gắn nhà xây, có bản vẽ chi tiết (xuất bản 2021).",
    ),
    (
        "qUo122",
        "vi",
        "thoidai_nha",
        "Nhà an toàn chống bão, lốc giá rẻ",
        "Mẫu nhà 3 gian cao 3–3,3 m, móng đá, tường có thép chờ ôm xà gồ, mái dốc 60%, hai đầu nóc đổ bê tông và dải bê tông cốt thép "
        "đè dọc mái chống tốc mái; xây mới 20–50 triệu đồng, gia cố nhà cũ khoảng 9 triệu đồng.",
    ),
    (
        "qUo123",
        "vi",
        "hue_nha",
        "Nhà an toàn 2 tầng chống lũ làm nơi tránh trú cho xóm",
        "Mẫu nhà 2 tầng chống lũ trị giá khoảng 250 triệu đồng, có hỗ trợ một phần kinh phí, chỉ ngập nhẹ khi lũ lớn, không tốc mái khi lốc "
        "và đón được hàng xóm đến tránh trú.",
    ),
    (
        "qUo124",
        "vi",
        "khds_nha",
        "Mẫu nhà ở an toàn cho vùng lũ đề xuất nhân rộng",
        "Hội Kiến trúc sư phối hợp chọn mẫu nhà an toàn vùng lũ chi phí thấp (nhà lõi, nhà phao, nhà chống lũ) để nhân rộng, rút kinh nghiệm "
        "từ hơn 3.450 căn đã xây với hỗ trợ quốc tế và hướng dẫn người dân sử dụng đúng cách.",
    ),
    (
        "qUo125",
        "vi",
        "kienthuc_nha",
        "Nhà chống lũ ba kiểu: kê nền, nhà phao, nhà có gác",
        "Thi công nhà chống lũ an toàn theo ba kiểu chính là nhà kê nền, nhà phao và nhà có gác, giá hoàn thiện khoảng 80–180 triệu đồng "
        "mỗi căn, giúp gia đình trú tại chỗ khi nước lên.",
    ),
    (
        "qUo126",
        "en",
        "ready_plan",
        "Household emergency plans for every place the family spends time",
        "Planning guidance so that each household knows what to do and has supplies whether a disaster strikes at home, at work, "
        "at school, in a vehicle or at a place of worship, using the plans of each site.",
    ),
    (
        "qUo127",
        "vi",
        "nanado",
        "Hướng dẫn hộ gia đình chuẩn bị và thực hiện sơ tán khi có bão",
        "Tài liệu hướng dẫn khi nào phải sơ tán (có lệnh bắt buộc, ở vùng trũng ven sông, ven biển, nhà không kiên cố), cách lập kế hoạch sơ tán, "
        "chọn điểm đến an toàn và chuẩn bị đồ dùng thiết yếu.",
    ),
    (
        "qUo128",
        "en",
        "thvl_nhatranh",
        "Sturdy community storm shelters modelled on Dutch and US designs",
        "Design of solid community buildings where residents can take refuge during storms and floods, drawing on shelter models "
        "that have reduced losses in the Netherlands and the United States.",
    ),
    (
        "qUo129",
        "vi",
        "scitepress_evac",
        "Định tuyến sơ tán bằng GIS cho cộng đồng vùng ngập",
        "Dựng mạng đường và công trình từ dữ liệu LiDAR, chồng vùng ngập từ mô hình lũ, tìm tuyến sơ tán ngắn nhất có xét sức chứa của đường "
        "và xếp hạng tuyến thay thế bằng phương pháp AHP.",
    ),
    (
        "qUo130",
        "vi",
        "tudelft_shelter",
        "Mô hình chọn điểm tránh trú và thời điểm ra lệnh sơ tán",
        "Mô hình tối ưu quyết định mở điểm tránh trú nào, khi nào, lúc nào phát lệnh sơ tán và phân bổ người dân theo thời gian khi đường bị "
        "ngập, có thuật toán heuristic cho bài toán quy mô thực.",
    ),
    (
        "qUo131",
        "en",
        "kientruc_9",
        "Nine flood-resistant house designs",
        "Architecture firm offering nine flood-resistant house models with raised floors, houses on concrete columns or floating "
        "foundations, waterproof materials and drainage, protecting people and belongings during floods.",
    ),
    (
        "qUo132",
        "vi",
        "kientruc_9",
        "Thiết kế nhà chống lũ an toàn, tiện nghi",
        "Đơn vị kiến trúc thiết kế nhà chống ngập: nâng nền cao, nhà trên cột bê tông hoặc có khả năng nổi, vật liệu chống thấm, thoát nước tốt, "
        "chọn theo mức ngập của khu đất.",
    ),
    # --- distractors: neighbouring fields sharing words ---
    (
        "qUo133",
        "vi",
        "ro",
        "Máy lọc nước tinh khiết RO cho gia đình",
        "Tư vấn chọn máy lọc RO gia đình theo thương hiệu màng lọc (Filmtec, Vortex, Toray, side-stream), các lõi cần thay định kỳ và "
        "thành phần quan trọng của máy.",
    ),
    (
        "qUo134",
        "vi",
        "duytan_hanman",
        "Túi nhựa trữ nước ngọt 7–30 m³ cho mùa hạn mặn",
        "Cung cấp túi nhựa trữ nước ngọt dung tích 7–30 m³ đặt trong nhà hoặc ngoài vườn, rẻ hơn xây bể xi măng (khoảng 1–3 triệu đồng), "
        "gấp gọn dùng nhiều năm.",
    ),
    (
        "qUo135",
        "vi",
        "be_chua",
        "Xây bể chứa nước ngọt inox, bê tông cho hộ gia đình",
        "Thi công bể chứa lớn, bể ngầm inox hoặc bê tông để tự chủ nước sinh hoạt mùa khô thay vì mua nước giá tới 50.000 đồng/m³; "
        "bồn inox thông thường chỉ chứa 1.000–2.000 lít.",
    ),
    (
        "qUo136",
        "vi",
        "camau_be",
        "Tính dung tích bể chứa nước mưa hợp lý cho hộ gia đình",
        "Nghiên cứu đề xuất dung tích bể nước mưa phù hợp từng vùng ven biển để hộ dân đủ nước sinh hoạt quanh năm, kèm hướng dẫn thu hứng "
        "đúng cách để giữ chất lượng nước.",
    ),
    (
        "qUo137",
        "vi",
        "tailieu_tru_nuoc",
        "Công nghệ trữ nước sinh hoạt nông thôn vùng khan hiếm nước",
        "Đánh giá các công nghệ trữ nước truyền thống và khuyến nghị công nghệ trữ nước mới cho cấp nước sinh hoạt nông thôn mùa khô.",
    ),
    (
        "qUo138",
        "en",
        "wii_wfp",
        "Weather risk management and index insurance for smallholders",
        "Joint facility of two UN agencies offering research, capacity building and agricultural index insurance (weather and "
        "remotely sensed indexes) so smallholders are protected against droughts and floods.",
    ),
    (
        "qUo139",
        "en",
        "wii_agrifood",
        "Design of weather index insurance linked to credit",
        "Advice on weather index insurance for drought risk: reducing basis risk with geospatial crop models and bundling "
        "insurance with credit or safety nets as part of wider business services.",
    ),
    (
        "qUo140",
        "en",
        "ctcn_wii",
        "Simplified weather index insurance product for farmers",
        "Simplified index insurance whose payouts follow a weather index correlated with local yields, cutting field loss "
        "assessment; study of demand and effects on farmers' production decisions.",
    ),
    (
        "qUo141",
        "vi",
        "chongset_dongnam",
        "Lắp kim thu sét trên mái tôn đúng kỹ thuật",
        "Thi công kim thu sét cho nhà xưởng, nhà kho mái tôn: đặt ở điểm cao gần tâm mái, tính vùng bảo vệ theo NFC 17-102 hoặc TCVN 9385, "
        "cọc tiếp địa dài từ 2,4 m, điện trở đạt dưới 10 Ohm, dây thoát sét đi thẳng.",
    ),
    (
        "qUo142",
        "vi",
        "chongset_nhaxuong",
        "Thi công hệ thống chống sét nhà xưởng",
        "Khảo sát, thiết kế và thi công chống sét trực tiếp và chống sét lan truyền cho nhà xưởng, bảo vệ máy móc, dữ liệu và tránh cháy nổ.",
    ),
    (
        "qUo143",
        "vi",
        "dmp_cot",
        "Trụ chống sét tự đứng cao 20 m",
        "Dựng trụ chống sét trực tiếp từ mặt đất khi không lắp được trên mái: đổ móng bê tông mác 300, làm bãi tiếp địa, dựng trụ bằng xe cẩu.",
    ),
    (
        "qUo144",
        "vi",
        "sdmd_pond",
        "Hệ thống IoT giám sát chất lượng nước ao nuôi tôm, cá",
        "Trạm đo chất lượng nước ao nuôi theo thời gian thực, xem qua điện thoại và nhắn SMS khi thông số vượt ngưỡng, đầu dò oxy hòa tan "
        "tự làm sạch; đã triển khai ở trang trại tại Vĩnh Long và Bạc Liêu.",
    ),
    (
        "qUo145",
        "vi",
        "vms_travinh",
        "Thiết bị giám sát hành trình tàu cá VIFISH.18",
        "Thiết bị dùng vệ tinh theo dõi vị trí, hải trình tàu cá, lưu nhật ký, đáp ứng quy định chống khai thác bất hợp pháp (IUU), liên lạc "
        "thoại; giới thiệu cho ngư dân khai thác xa bờ.",
    ),
    (
        "qUo146",
        "en",
        "nhandan_vms",
        "Fishing vessel positioning and voyage monitoring system",
        "Vessel monitoring unit with large display developed by a national science academy: tracks voyages for fisheries "
        "management and anti-IUU rules, and lets crews call or text mainland phones at mobile rates.",
    ),
    (
        "qUo147",
        "vi",
        "camau_vms",
        "Lắp đặt thiết bị giám sát hành trình cho tàu cá từ 15 m",
        "Lắp thiết bị giám sát hành trình cho tàu cá dài từ 15 m (90 CV) trở lên theo lộ trình của tỉnh; chủ tàu xem vị trí, tốc độ, đường đi "
        "trên điện thoại hoặc máy tính qua vệ tinh.",
    ),
    (
        "qUo148",
        "en",
        "harbour_sl",
        "Real-time harbour bathymetry from sea-level data",
        "Software that downloads sea-level readings from harbour stations and atmospheric pressure trends to update the port's "
        "bathymetric map and flag where a given ship risks grounding.",
    ),
    (
        "qUo149",
        "en",
        "odm_irrig",
        "Smart irrigation with field water-level sensors and pumps",
        "High-tech sensors in rice fields report field water levels to farmers' smartphones and drive pumps, so they irrigate "
        "only when needed and cut freshwater use.",
    ),
    (
        "qUo150",
        "vi",
        "vnexpress_filter",
        "Máy lọc nước gắn đầu vòi",
        "Máy lọc nhỏ gắn trực tiếp vào vòi, lõi than hoạt tính hoặc màng siêu lọc, khử mùi, clo dư; giá từ 400 nghìn đến hơn 1 triệu đồng, "
        "dùng rửa rau, nấu ăn.",
    ),
    (
        "qUo151",
        "vi",
        "vattuchongset",
        "Lắp đặt chống sét trọn gói theo TCVN 9385-2012",
        "Khảo sát, thiết kế, thi công, nghiệm thu và bảo trì hệ thống chống sét gồm kim thu sét, dây dẫn, cột đỡ và tiếp địa cho nhà ở, "
        "cao ốc, khu công nghiệp, trạm viễn thông.",
    ),
    (
        "qUo152",
        "en",
        "emin_rod",
        "Lightning rod and grounding installation",
        "Installation of lightning rods, support poles, down conductors and grounding systems sized to the building, from small "
        "houses to factories.",
    ),
    (
        "qUo153",
        "en",
        "ijert",
        "Low-cost air-quality monitoring node (MQ-135)",
        "Open-source node with gas sensor and cloud analytics to follow indoor and outdoor air quality, with calibration routines "
        "and dashboards.",
    ),
    (
        "qUo154",
        "en",
        "frontiers_sl",
        "Coastal sea-level observing and long-term projection review",
        "Assessment of causes of coastal sea-level variability from months to decades, observing gaps and models, for planning "
        "adaptation to future sea-level rise.",
    ),
    (
        "qUo155",
        "vi",
        "lachong_pac",
        "Xử lý nước cấp bằng than hoạt tính bột kết hợp lọc màng",
        "Nghiên cứu quy trình xử lý nước cấp dùng than hoạt tính dạng bột (PAC) kết hợp lọc màng để cải thiện chất lượng nước.",
    ),
    (
        "qUo156",
        "vi",
        "cand_ho",
        "Xây hồ chứa nước ngọt nhỏ, phân tán chống hạn mặn",
        "Tư vấn xây các hồ chứa nước ngọt nhỏ lẻ, phân tán ở khu dân cư để trữ nước phục vụ sinh hoạt và sản xuất khi hạn mặn kéo dài.",
    ),
    (
        "qUo157",
        "en",
        "rainwater_hcm",
        "Rainwater harvesting tanks for homes and public buildings",
        "Roof rainwater collection and storage in barrels, rooftop or underground tanks, adding a water source and reducing "
        "peak urban runoff; priority for public buildings with large roofs.",
    ),
    (
        "qUo158",
        "en",
        "sdmd_pond",
        "IoT pond water-quality monitoring with self-cleaning probes",
        "Cloud-connected monitoring of fish and shrimp pond water, viewable on phones, with SMS alerts when parameters leave the "
        "safe range and automatic cleaning that keeps dissolved-oxygen probes free of algae.",
    ),
    (
        "qUo159",
        "en",
        "duytan_hanman",
        "Fresh water delivery by tanker for dry-season households",
        "Households in salt-affected areas buy fresh water delivered by small tanker vehicles and store it in jars and tanks when "
        "rain-fed stocks run out.",
    ),
    (
        "qUo160",
        "vi",
        "wii_wfp",
        "Bảo hiểm chỉ số thời tiết cho nông hộ nhỏ",
        "Sản phẩm bảo hiểm nông nghiệp theo chỉ số thời tiết hoặc chỉ số viễn thám, kèm nâng cao năng lực quản lý rủi ro thời tiết cho nông hộ.",
    ),
    (
        "qUo161",
        "vi",
        "odm_irrig",
        "Tưới thông minh đo mực nước ruộng lúa qua điện thoại",
        "Cảm biến mực nước đặt trong ruộng lúa gửi số liệu lên điện thoại và điều khiển máy bơm, chỉ tưới khi cần để tiết kiệm nước ngọt.",
    ),
]
