"""Offers of the holdout118 labelled set: (id, language, source key, title, description).

Theme: driving schools, car and motorbike rental, taxis, ride-hailing and passenger buses in small towns and
rural districts. Each offer paraphrases the public page named by its source key (see holdout118_sources.py).
"""

OFFERS = [
    # --- driving simulators (car cabins, motorbike simulators) ---
    (
        "mPo001",
        "vi",
        "cabin_parts",
        "Cabin điện tử mô phỏng lái ô tô 3D cho cơ sở đào tạo lái xe",
        "Cabin được chế tạo theo kiến trúc buồng lái ô tô thật, gồm ba phần: khung cơ khí với màn hình và máy tính, "
        "mạch điện tử mã hóa tín hiệu từ vô lăng, bàn đạp, cần số, và phần mềm thế giới ảo 3D. Học viên tập các "
        "chặng đường và tình huống giống khi thi sát hạch; thiết bị phục vụ điều kiện kinh doanh đào tạo lái xe theo "
        "Nghị định 138/2018/NĐ-CP.",
    ),
    (
        "mPo002",
        "vi",
        "cabin_3d",
        "Phần mềm mô phỏng 3D khoảng 100 tình huống giao thông cho cabin tập lái",
        "Bộ kịch bản 3D từ đơn giản đến phức tạp: đường phố đông người, giao cắt đường sắt, đường cao tốc, chờ đèn đỏ, "
        "qua phà, đèo dốc, mưa to, sương mù, đường trơn; có va chạm, lật xe, phanh gấp để học viên rèn phản xạ. Dùng "
        "cho khóa học có 4 giờ thực hành bắt buộc trên cabin.",
    ),
    (
        "mPo003",
        "vi",
        "cabin_hc",
        "Cabin tập lái có bài sa hình và địa hình nâng cao",
        "Đơn vị cung cấp cabin tập lái cho trung tâm đào tạo: thao tác khởi động, vào số, khởi hành như trên buồng lái "
        "thật; bài cơ bản đề pa lên dốc, vuông góc, quanh co như sa hình thi sát hạch; bài nâng cao đường đồi núi, "
        "trơn trượt, mưa bão, xuống phà. Đáp ứng yêu cầu tối thiểu 3 giờ tập trên cabin mỗi học viên.",
    ),
    (
        "mPo004",
        "vi",
        "cabin_cost",
        "Tư vấn đầu tư và cho thuê cabin mô phỏng theo lưu lượng học viên",
        "Tính số cabin cần cho trung tâm (khoảng 2–6 cabin cho 1.000 học viên/tháng, giá mỗi cabin 400–500 triệu đồng) "
        "và phương án thu theo giờ học 150.000–200.000 đồng; cho thuê hoặc trả dần để trung tâm nhỏ không phải bỏ ra "
        "vài tỷ đồng một lần.",
    ),
    (
        "mPo005",
        "en",
        "sim_teen",
        "Multi-screen driving simulator with logged mistakes and replay",
        "A training simulator running on three monitors, so learners build the habit of turning their heads, with a 3D "
        "map of highway, city junctions, parking, a dark tunnel, fog, icy and rainy roads and falling obstacles. Every "
        "error is logged and the learner replays the scene until the manoeuvre is right; car, heavy vehicle or trailer "
        "modes.",
    ),
    (
        "mPo006",
        "en",
        "sim_patent",
        "Simulator cockpit that scores the learner and supports instructor review",
        "A driver-training system with a simulated cockpit, vehicle controls and video display; software compares the "
        "learner's performance with a set of driving rules, produces a score, and lets the instructor add remarks that "
        "are shown back to the learner together with the score.",
    ),
    (
        "mPo007",
        "en",
        "moto_sim_army",
        "Motorcycle rider simulator for novices before the practice range",
        "A motorcycle body mounted in front of three screens gives throttle, brake and lean feel; instructors programme "
        "hazards such as animals on the road and changes of light and weather. Used as an extra day in a basic rider "
        "course to take the fear out of the first ride and to reinforce good habits of experienced riders.",
    ),
    (
        "mPo008",
        "vi",
        "moto_sim_japan",
        "Bài tập phanh và xử lý tình huống trên máy mô phỏng xe mô tô",
        "Chương trình mô phỏng cho học viên mô tô: đưa xe lên 40 km/h ở số 3 rồi phanh trên mặt đường khô, ướt và sỏi "
        "với tỷ lệ phanh trước/sau lần lượt 70:30, 40:60, 50:50, máy hiển thị kết quả; sau đó chạy theo dẫn đường trong "
        "phố, đường quanh co có nắp cống trơn và gió ngang khi qua cầu.",
    ),
    # --- DAT devices and driving-school management ---
    (
        "mPo009",
        "vi",
        "dat_sgbus",
        "Thiết bị DAT giám sát thời gian và quãng đường học thực hành lái xe",
        "Thiết bị lắp trên xe tập lái ghi lại thời gian và quãng đường học thực tế của từng học viên, giúp trung tâm và "
        "cơ quan quản lý kiểm soát chất lượng giảng dạy; đáp ứng yêu cầu trang bị của Nghị định 138/2018/NĐ-CP đối với "
        "cơ sở đào tạo và trung tâm sát hạch.",
    ),
    (
        "mPo010",
        "vi",
        "dat_hn",
        "Hệ thống thông tin DAT: thiết bị, đường truyền và phần mềm máy chủ",
        "Trọn gói phần cứng, đường truyền và phần mềm thu nhận dữ liệu DAT: dữ liệu định danh và phiên học thực hành "
        "truyền từ xe về máy chủ cơ sở đào tạo theo QCVN 105:2020/BGTVT, rồi từ máy chủ cơ sở về Cục Đường bộ theo "
        "Thông tư 04/2022/TT-BGTVT.",
    ),
    (
        "mPo011",
        "vi",
        "driverx_prd",
        "DriverX – phần mềm đám mây quản lý cơ sở đào tạo lái xe",
        "Nền tảng dùng chung thay cho nhiều phần mềm rời rạc: quản lý tuyển sinh, khóa học, học viên, giáo viên dạy "
        "lái, xe tập lái và phần thực hành trên đường; truy cập mọi nơi, bảo mật dữ liệu, mở rộng theo mô hình của từng "
        "cơ sở.",
    ),
    (
        "mPo012",
        "vi",
        "driverx_pricing",
        "DriverX tính phí theo học viên, gói cơ bản quản lý dữ liệu DAT",
        "Phần mềm cho cơ sở đào tạo lái xe trả phí theo từng học viên; gói cơ bản là quản lý DAT, các gói nâng cao thêm "
        "tính năng. Phân quyền quản trị, giáo vụ xếp lịch, tuyển sinh, kỹ thuật theo dõi xe và phiên học; giáo viên xem "
        "tiến độ học viên và lịch phân công của mình.",
    ),
    (
        "mPo013",
        "vi",
        "dlx_sonla",
        "Nhận dạng khuôn mặt giám sát giờ học lý thuyết và camera sân sát hạch",
        "Giải pháp đã áp dụng ở các cơ sở đào tạo Sơn La: nhận dạng, theo dõi thời gian học môn Pháp luật giao thông "
        "đường bộ; camera giám sát phòng thi lý thuyết và sân sát hạch trong hình, truyền dữ liệu về Cục Đường bộ và "
        "chia sẻ với Sở để kỳ sát hạch công khai, minh bạch.",
    ),
    (
        "mPo014",
        "en",
        "dlx_drivewell",
        "Online lesson booking that pushes each booking to the instructor's phone",
        "Students log in and book driving lessons on the school website; the booking is stored on the school's server "
        "and sent over the mobile network to the chosen instructor's device at once. Supports recurring bookings, "
        "changes and printing of a student's lesson list.",
    ),
    (
        "mPo015",
        "en",
        "dlx_booker",
        "Driving-lesson booking system matching schools' instructors and cars to learners",
        "Schools enter their vehicles, instructors, lesson types, working hours and service areas; learners in that area "
        "book and pay online. Handles lesson bundles, rescheduling and cancellation, learners who bring their own car, "
        "ratings, and one diary so the school never double-books.",
    ),
    (
        "mPo016",
        "en",
        "dlx_driveez",
        "Learner app for driving schools: payments, pick-up points, schedules",
        "A school app where learners pay by card, bank transfer or cash through a payment link, set the pick-up address "
        "for each session, see schedules made by their instructor, download receipts and course certificates, and use "
        "the app in their own language.",
    ),
    (
        "mPo017",
        "en",
        "dlx_custom",
        "Custom booking platform for driving schools instead of 15–20 % commission portals",
        "A purpose-built platform for a school of about eight instructors: bookings by area and car type, lesson notes "
        "and test-readiness alerts, a parent payment portal. Build cost around 70–100 thousand dollars, break-even near "
        "month 11 against booking-portal commissions.",
    ),
    # --- automated test scoring ---
    (
        "mPo018",
        "en",
        "autotest_sdts",
        "Sensor-based smart driving test system for objective licence tests",
        "A microcontroller and sensor framework that scores practical driving tests automatically instead of by an "
        "examiner's judgement, with a graphical interface, modular hardware and a cost and deployment model; roadmap "
        "includes LoRa or ZigBee links and cloud analytics.",
    ),
    (
        "mPo019",
        "vi",
        "autotest_sdts",
        "Hệ thống cảm biến chấm điểm tự động bài thi thực hành lái xe",
        "Nhóm nghiên cứu chuyển giao khung thiết bị vi điều khiển và cảm biến lắp trên sân và xe để chấm điểm khách quan, "
        "lặp lại được, thay cho đánh giá chủ quan của sát hạch viên; kèm giao diện đồ họa, dự toán chi phí và phương án "
        "triển khai từng bước.",
    ),
    # --- fleet tracking, black boxes and dispatch ---
    (
        "mPo020",
        "vi",
        "gsht_momreview",
        "Hộp đen ô tô (thiết bị giám sát hành trình hợp chuẩn) và hồ sơ đăng kiểm",
        "Lắp thiết bị giám sát hành trình báo vị trí, vận tốc, hành trình, thời gian lái cho xe khách tuyến cố định, xe "
        "buýt, taxi, xe hợp đồng, xe du lịch; cung cấp hợp đồng lắp đặt, hóa đơn, biên bản nghiệm thu và tài khoản tra "
        "cứu để chủ xe hoàn tất thủ tục đăng kiểm.",
    ),
    (
        "mPo021",
        "vi",
        "gsht_plo",
        "Thử nghiệm, chứng nhận hợp chuẩn hộp GPS giám sát hành trình",
        "Phòng thử nghiệm kiểm tra thiết bị theo tiêu chuẩn: có bộ vi xử lý, bộ nhớ, truyền dữ liệu, đồng hồ thời gian "
        "thực khi mất GPS; chịu va đập, nhiệt +70 °C và lạnh −10 °C (±3 °C); ghi cảnh báo quá tốc độ, dừng đỗ, số lần "
        "mở cửa, giờ lái liên tục và giờ lái trong ngày.",
    ),
    (
        "mPo022",
        "vi",
        "gsht_otofun",
        "Thiết bị giám sát hành trình kèm tài khoản phần mềm báo cáo",
        "Hộp đen gắn trên xe khách, xe buýt, taxi, xe tải, kèm tài khoản đăng nhập phần mềm theo dõi: vị trí hiện tại, "
        "thời gian dừng đỗ, thời gian lái xe, xuất báo cáo theo quy chuẩn kỹ thuật quốc gia; giúp chủ xe giảm chi phí và "
        "quản lý sát tài xế.",
    ),
    (
        "mPo023",
        "vi",
        "gsht_vietjack",
        "Định vị giám sát hành trình cho taxi, xe cho thuê và cầm đồ ô tô",
        "Thiết bị cho biết xe đang ở đâu, đi tuyến nào, bao nhiêu km; chống trộm, chống cướp, nút SOS báo sự cố; tự "
        "nhắc lịch bảo dưỡng định kỳ. Phù hợp hãng taxi, đơn vị cho thuê xe, cầm đồ ô tô và xe cá nhân.",
    ),
    (
        "mPo024",
        "en",
        "cab_gps_blog",
        "GPS fleet management for cab companies: send the nearest free cab",
        "Trackers in every cab report to a single office computer; when a customer calls, the dispatcher sees all cabs "
        "on the map, picks the closest free one and cuts waiting time and fuel. The system also logs kilometres, time "
        "on job and calls handled, replacing drivers' weekly written reports.",
    ),
    (
        "mPo025",
        "en",
        "cab_small_fleet",
        "Taxi dispatch software sized for a five-car fleet",
        "Replaces the radio, the pinned city map and the notebook: bookings go into one screen, the system shows which "
        "car is idle and closest, and the owner stops losing airport runs to cars stuck across town.",
    ),
    (
        "mPo026",
        "en",
        "cab_miles",
        "Taxi back-office software importing taximeter and GPS data",
        "Imports trip records with payment data from taximeters and builds drivers' shifts from them; takes real-time "
        "positions from drivers' phones or tablets, or from fixed GPS trackers, for trip planning.",
    ),
    (
        "mPo027",
        "en",
        "cab_abc",
        "GPS black box for taxi fleets: location, speed, fuel and idling",
        "Each vehicle carries a unit that reports position over the internet to supervisors, together with speed, fuel "
        "use, idling time and engine on/off; managers see which car is earning, stop unauthorised use, and get hints "
        "when maintenance is due.",
    ),
    (
        "mPo028",
        "en",
        "cab_smartcomm",
        "Call-centre taxi dispatch with map search and driver panic button",
        "GIS call-centre software: the caller's address is located on the digital map, a radial search finds the "
        "nearest un-flagged taxis, orders go over the air to in-car units; panic button, two-way voice, driver "
        "navigation, and dropped-call reports. Also for car rental, bus and ambulance fleets.",
    ),
    (
        "mPo029",
        "en",
        "traccar",
        "Traccar: free, self-hosted GPS tracking platform",
        "Open-source Java server supporting more than 200 GPS protocols and 2000+ tracker models, any major SQL "
        "database and a REST API; real-time tracking, driver-behaviour monitoring, geofences, alarms, email and SMS "
        "notifications, reports. Runs with Docker Compose on a small server.",
    ),
    (
        "mPo030",
        "vi",
        "traccar",
        "Triển khai máy chủ định vị mã nguồn mở cho doanh nghiệp vận tải nhỏ",
        "Cài đặt và hỗ trợ nền tảng định vị miễn phí Traccar trên máy chủ của doanh nghiệp: nhận dữ liệu từ hơn 2.000 "
        "mẫu thiết bị GPS, theo dõi xe trực tuyến, vùng địa lý, cảnh báo qua email/SMS, báo cáo hành trình; không mất phí "
        "thuê bao hằng tháng.",
    ),
    (
        "mPo031",
        "vi",
        "staxi_dvms",
        "STaxi – hệ thống điều hành, tìm gọi và quản lý xe taxi",
        "Công ty DVMS cung cấp hệ thống điều phối taxi qua tổng đài và qua ứng dụng gọi xe trên điện thoại thông minh; "
        "có mô hình hợp tác kinh doanh, ứng dụng khách hàng mang thương hiệu riêng của hãng taxi và kết nối với hệ thống "
        "sẵn có.",
    ),
    (
        "mPo032",
        "en",
        "cab_zervx",
        "Dispatch software for small taxi businesses outgrowing phones and spreadsheets",
        "Takes over booking intake at peak hours, shows which drivers are free, sends live status so customers stop "
        "calling back, and matches cash payments against trip logs at the end of the week.",
    ),
    # --- booking apps and ride-hailing ---
    (
        "mPo033",
        "vi",
        "taxiapp_hue",
        "Ứng dụng gọi taxi trên điện thoại cho hãng taxi trong tỉnh",
        "Khách cài ứng dụng của hãng, vài thao tác là thấy họ tên, số điện thoại tài xế, vị trí xe và quá trình xe đến "
        "đón; hành trình được kiểm soát, cước khớp quãng đường. Đã được các hãng taxi ở Thừa Thiên Huế (khoảng 9 hãng) "
        "đưa vào dùng.",
    ),
    (
        "mPo034",
        "vi",
        "grabtaxi_hn",
        "Nền tảng đặt xe qua GPS, xác nhận chuyến trong khoảng 1 phút",
        "Ứng dụng tự xác định vị trí khách, hiện số xe đang chạy gần đó; yêu cầu được gửi tới các tài xế lân cận và "
        "người gần nhất nhận cuốc. Khách nhận xác nhận trong vòng 1 phút kèm quãng đường, cước ước tính, biển số và số "
        "liên lạc tài xế.",
    ),
    (
        "mPo035",
        "en",
        "wl_buzzakoo",
        "White-label taxi platform: passenger app, driver app and dispatch dashboard",
        "A ready platform that a transport operator brands as its own: ride requests matched by proximity and "
        "availability, automatic fares, payments, driver availability tracking, trip history and an admin dashboard, "
        "without building the infrastructure from scratch.",
    ),
    (
        "mPo036",
        "en",
        "wl_tagintime",
        "End-to-end taxi app with fleet oversight",
        "Passenger app, driver app and web back office with fleet management and analytics modules and payment "
        "gateways; dispatching, real-time tracking and automated payments for operators launching or modernising a "
        "taxi service.",
    ),
    (
        "mPo037",
        "en",
        "wl_taxipulse",
        "Cloud taxi-booking app for hotels, businesses and drivers",
        "A native iOS and Android app with a cloud back end: hotels and businesses book taxis for guests through a web "
        "app, drivers and individual riders use the mobile app; questions and screens can be changed at run time.",
    ),
    (
        "mPo038",
        "en",
        "openrides",
        "OpenRides: open-source community ride-hailing and delivery platform",
        "A TypeScript code base for a community-run ride-hailing and delivery service in which passengers propose a "
        "price and riders negotiate; free to adapt for local operators.",
    ),
    (
        "mPo039",
        "en",
        "drt_wiki",
        "Design of demand-responsive (dial-a-ride) transport for low-demand rural areas",
        "Consultancy on flexible minibus or taxi services without fixed routes or timetables: trips are booked by phone "
        "or app, vehicles change their route each run to pick up and drop off on request, phone booking kept for older "
        "users; suited where a regular bus line does not pay.",
    ),
    (
        "mPo040",
        "vi",
        "drt_wiki",
        "Mô hình xe buýt theo yêu cầu cho vùng nông thôn ít khách",
        "Tư vấn tổ chức dịch vụ xe chung theo nhu cầu: khách đặt chuyến qua điện thoại hoặc ứng dụng, xe không chạy tuyến "
        "và giờ cố định mà đổi lộ trình theo các điểm đón trả đã đặt; giữ kênh gọi điện cho người cao tuổi; phù hợp nơi "
        "tuyến buýt thường xuyên không đủ khách.",
    ),
    # --- coach and bus operations, ticketing ---
    (
        "mPo041",
        "vi",
        "bus_chonve",
        "Phần mềm quản lý điều hành nhà xe và xe hợp đồng",
        "Thiết lập bến xe, phân quyền cán bộ, điều hành, lái xe, phụ xe, kế toán; định biên lái phụ xe và giờ mở lệnh; "
        "lên nhật ký điều vận, xử lý phát sinh phương tiện trong ngày; quản lý xe hợp đồng, xe công vụ; chấm công, chấm "
        "lượt, báo cáo KPI và tra cứu lịch sử chuyến theo số xe, tên lái.",
    ),
    (
        "mPo042",
        "vi",
        "bus_sonphat_sw",
        "Phần mềm quản lý chuyến xe, vé điện tử và lệnh vận chuyển điện tử",
        "Khai báo phương tiện, lái xe, tuyến, sơ đồ chỗ; lập biểu đồ giờ và giá vé theo tuyến, theo xe; bán và phát hành "
        "vé điện tử tới cơ quan thuế, ủy quyền bán vé; ký số lệnh vận chuyển để lái xe nhận lệnh điện tử, truyền dữ liệu "
        "tới bến xe và Cục Đường bộ.",
    ),
    (
        "mPo043",
        "vi",
        "ticket_vsoft",
        "Phần mềm bán vé xe thời vụ dịp lễ Tết qua mạng và cộng tác viên",
        "Khách đặt vé trực tuyến với họ tên, điện thoại, điểm đi, điểm đến, giá theo từng điểm; hệ thống sinh mã đặt vé, "
        "tự xếp xe theo điểm đón, cho phép đóng đặt vé online khi gần hết xe; cộng tác viên có tài khoản riêng, doanh thu "
        "thống kê theo cộng tác viên và công ty.",
    ),
    (
        "mPo044",
        "en",
        "ticket_tracekeeper",
        "On-board bus ticketing with cards, QR and stop-to-stop fares",
        "Ticketing that accepts cash to the driver and automated fare collection with NFC, RFID or QR cards and mobile "
        "tickets; passenger-identified travel billed to a school or community organisation by actual use; stop-to-stop "
        "fare matrix, day and monthly tickets, card limits by route or stop.",
    ),
    (
        "mPo045",
        "en",
        "ticket_himachal",
        "GPS-enabled electronic ticketing machines for private bus operators",
        "Hand-held ETMs connected to the internet that issue tickets by SMS, e-mail or app, accept several payment "
        "modes, show fare, route and transaction history, and keep a record of every sale for inspection; used to make "
        "fare collection transparent and cashless.",
    ),
    # --- passenger information ---
    (
        "mPo046",
        "vi",
        "busapp_gobus",
        "Ứng dụng Go!Bus: dự báo giờ xe buýt đến trạm và tìm đường",
        "Định vị người dùng, liệt kê các tuyến qua trạm gần nhất kèm thời gian dự kiến xe đến; tìm lộ trình đa phương thức "
        "từ vị trí hiện tại hoặc điểm bất kỳ; tra cứu tuyến, giá vé, xem trạm trên bản đồ, đánh giá tuyến và gửi hành "
        "trình về trung tâm.",
    ),
    (
        "mPo047",
        "vi",
        "busapp_busmap",
        "Busmap và trung tâm điều hành xe buýt dựa trên GPS, camera, cảm biến",
        "Ứng dụng do sinh viên ĐH Khoa học Tự nhiên TP.HCM phát triển, dùng dữ liệu trung tâm điều hành giám sát 141 tuyến: "
        "người dân nhập nơi đi, nơi đến là biết trạm, số xe và thời gian xe tới; trung tâm phát hiện xe chạy sai lộ trình, "
        "dừng quá lâu, đóng mở cửa không an toàn, máy lạnh hỏng.",
    ),
    (
        "mPo048",
        "en",
        "busapp_campus",
        "Real-time bus tracking app with arrival times and occupancy",
        "Every bus shown on a map with position updated every 15 seconds, arrival estimates accurate to about a minute, "
        "green-yellow-red occupancy dots and pushed service alerts; built for about 200,000 dollars on the GPS hardware "
        "the fleet already had.",
    ),
    (
        "mPo049",
        "en",
        "busapp_live",
        "Bus live-tracking app: trackers, server, maps and ETA",
        "GPS trackers on buses send position over 3G/4G/LTE to a central server that computes arrival times, delays and "
        "route deviations on Google Maps, Mapbox or OpenStreetMap; riders get a map, ETAs and notifications of "
        "diversions, operators get a monitoring view.",
    ),
    (
        "mPo050",
        "en",
        "gtfs_google",
        "Preparing and publishing a GTFS feed for bus routes",
        "Service that turns an operator's stops, routes, trips and calendars into a GTFS feed (zipped text files), "
        "tests it with validation tools and publishes it so trip planners and map apps show the timetable; GTFS "
        "Realtime can be added later.",
    ),
    (
        "mPo051",
        "vi",
        "gtfs_google",
        "Chuẩn hóa dữ liệu tuyến xe buýt theo GTFS để hiện trên bản đồ",
        "Hỗ trợ đơn vị vận tải lập bộ dữ liệu GTFS (trạm dừng, tuyến, chuyến, lịch chạy dưới dạng các tệp văn bản nén), "
        "kiểm tra bằng công cụ xác thực và công bố để ứng dụng bản đồ, công cụ tìm đường hiển thị lịch xe miễn phí.",
    ),
    # --- car and motorbike rental ---
    (
        "mPo052",
        "vi",
        "rent_carvip",
        "CarVip – phần mềm quản lý cho thuê xe cho người không rành công nghệ",
        "Quy trình 8 bước từ tiếp nhận khách, hợp đồng, đặt cọc, giao nhận xe đến theo dõi bảo dưỡng, công nợ; nhắc lịch "
        "bảo dưỡng, tránh thất thoát khi đội xe vượt 5–10 chiếc. Giá khoảng 8.000 đồng/ngày, tiết kiệm khoảng 80% thời "
        "gian quản lý.",
    ),
    (
        "mPo053",
        "vi",
        "rent_thienminh",
        "Phân tích, thiết kế hệ thống quản lý thuê xe ô tô (CRMS)",
        "Tư vấn xây dựng hệ thống quản lý cả vòng đời xe và quan hệ khách hàng: tránh trùng lịch đặt xe, kiểm soát bảo "
        "trì, chống thất thoát doanh thu, tích hợp tiêu chuẩn an toàn khi giao xe cho khách.",
    ),
    (
        "mPo054",
        "en",
        "rent_omg",
        "All-in-one car rental and fleet management system",
        "Branded 24/7 online booking and payment, live fleet availability and maintenance, digital agreements with "
        "e-signatures and photo check-in/check-out, automatic receipts, multi-branch permissions, channel sync against "
        "double bookings; configurable for motorbike, boat and equipment rental.",
    ),
    (
        "mPo055",
        "en",
        "rent_expressi",
        "Rental scheduling by rate group with no-show overbooking",
        "Reservations are taken against rate groups rather than individual cars, with an adjustable overage factor for "
        "no-shows; cars in maintenance leave the pool; one-click reservation history and future availability reports.",
    ),
    (
        "mPo056",
        "en",
        "rent_softra",
        "FLEET Rent: booking schedule, rental files, contracts and automatic billing",
        "Graphical booking schedule linked to rental files (who, when, where released and returned, status, remarks), "
        "printed hand-over protocols and lease agreements, invoicing, and automatic settlement by price list with "
        "weekend rates and mileage limits.",
    ),
    (
        "mPo057",
        "en",
        "scoot_levy",
        "Anti-theft package for rental scooters",
        "On-board alarm when an unauthorised user moves the scooter, mechanical wheel lock, SMS alerts to the operator "
        "on tampering, real-time GPS tracking, and automatic alerts when a scooter not on a trip starts moving.",
    ),
    (
        "mPo058",
        "en",
        "scoot_gadomo",
        "Remote immobilisation, geofencing and tracking for two-wheeler fleets",
        "Remotely activated motor cut-off that does not damage hardware, geofences, tamper detection, silent alarms, "
        "multi-network tracking and battery-aware reporting, with dashboards and alert rules for the operations team.",
    ),
    (
        "mPo059",
        "en",
        "scoot_movatic",
        "Operator dashboard for a rental scooter fleet",
        "Each scooter listed with status, location, battery percentage and manual lock/unlock; rider and rental time, "
        "support tickets, IMEI and maintenance history per vehicle; unique QR code per scooter for app unlock; CSV "
        "export.",
    ),
    (
        "mPo060",
        "en",
        "scoot_pillars",
        "Scooter rental software: rider app, operator dashboard and IoT box",
        "Complete stack for a local e-scooter rental business: rider app to find, unlock, ride and pay; web dashboard "
        "for fleet, analytics and support; IoT device in each scooter linking it to the server.",
    ),
    (
        "mPo061",
        "vi",
        "moto_tracker",
        "Thiết bị định vị GPS cho xe máy báo vị trí qua tin nhắn",
        "Bộ định vị nhỏ cỡ bao diêm, có pin trong nhưng nối nguồn 12 V của xe để dùng lâu, gửi tọa độ GPS qua tin nhắn "
        "về điện thoại chủ xe; giá thiết bị khoảng 150 bảng Anh và không phải trả thuê bao năm.",
    ),
    (
        "mPo062",
        "vi",
        "scoot_pillars",
        "Giải pháp trọn gói cho dịch vụ cho thuê xe điện hai bánh",
        "Ba phần gắn với nhau: ứng dụng cho khách tìm xe, mở khóa, thanh toán; bảng điều khiển web để chủ dịch vụ quản lý "
        "đội xe, số liệu và hỗ trợ khách; hộp IoT trong mỗi xe kết nối với máy chủ.",
    ),
    # --- vehicle cleaning ---
    (
        "mPo063",
        "vi",
        "wash_vtc",
        "Hệ thống rửa ô tô tự động bằng chổi, 8–10 phút một lượt",
        "Hệ thống chạy hoàn toàn tự động, một người giám sát có thể vận hành liên tục; mỗi lượt 8–10 phút so với 15–20 "
        "phút rửa tay; quy trình phun nước làm ướt, phun bọt, chổi làm sạch thân xe; giá dịch vụ tham khảo 50.000 "
        "đồng/lượt.",
    ),
    (
        "mPo064",
        "vi",
        "wash_bachkhoa",
        "Máy rửa xe máy tự động chế tạo trong nước, 3 phút một xe",
        "Máy do cựu sinh viên Bách khoa Hà Nội phát triển qua 5 phiên bản: đưa xe vào, cài chốt, bấm nút; vòi xịt dưới "
        "gầm chạy dọc thân xe, vòi xoắn hai bên xả nước và bọt; khoảng 3 phút là xe sạch, giảm công sức người rửa.",
    ),
    (
        "mPo065",
        "vi",
        "wash_chonmuamay",
        "Trọn bộ thiết bị rửa ô tô thông minh cho tiệm và garage",
        "Máy nén khí xì khô, vòi xịt áp lực cao, chổi lô chạy quanh xe; rút thời gian rửa một ô tô từ khoảng 30 phút "
        "xuống 10 phút và giảm chi phí thuê nhân công cho tiệm muốn nâng cấp chuyên nghiệp.",
    ),
    (
        "mPo066",
        "vi",
        "wash_oto365",
        "Tư vấn chọn máy rửa ô tô tự động dạng băng chuyền hay dạng cổng",
        "Băng chuyền đưa xe qua các công đoạn trong khoảng 2,5 phút; dạng cổng để xe đứng yên, khoảng 5 phút; chổi bằng "
        "bông không ngấm nước, ít bám bụi nên hạn chế xước; chi phí khoảng 38–45 nghìn đồng/lượt, chất lượng đồng đều.",
    ),
    (
        "mPo067",
        "vi",
        "wash_touchless",
        "Dung dịch và quy trình rửa xe không chạm",
        "Phun dung dịch chuyên dụng lên thân, gầm, bánh xe, chờ dung dịch thẩm thấu phá liên kết bụi bẩn với sơn, rồi "
        "xịt nước áp lực cao; không dùng khăn, chổi, bọt biển chạm vào bề mặt nên giảm nguy cơ xước sơn.",
    ),
    (
        "mPo068",
        "en",
        "reclaim_cyclone",
        "Car-wash water reclaim system with cyclonic separation",
        "A closed-loop mini treatment plant that collects wash water in a pit, spins out heavy solids in a cyclonic "
        "separator before the filters, and returns clean water to the first stages of the next wash; recycles about "
        "60 to over 90 % of the water depending on the design.",
    ),
    (
        "mPo069",
        "en",
        "reclaim_ozone",
        "Water reclaim with ozone treatment against soap residue and odour",
        "Multi-stage purification for car washes: settling, filtration, then ozone dosing that breaks down soap and wax "
        "residue the filters miss, giving clear, odour-free recycled water that does not harm paint.",
    ),
    (
        "mPo070",
        "en",
        "reclaim_selfserve",
        "Partial and total water reclaim for self-serve wash bays, with rainwater capture",
        "Partial reclaim recycles wash-phase water only; total reclaim recycles all wash water for self-serve sites; the "
        "same equipment can collect and clean rainwater from roofs and parking areas, protecting the business against "
        "water restrictions.",
    ),
    (
        "mPo071",
        "vi",
        "reclaim_frank",
        "Tư vấn hệ thống tái sử dụng nước rửa xe: bể lắng, sục khí, lọc",
        "Thiết kế lại dây chuyền thu hồi nước cho điểm rửa xe đang thu hồi kém (dưới 50%): tính đủ thời gian lưu ở bể lắng "
        "sơ cấp, bổ sung công đoạn sục khí để hết mùi trứng thối, sắp xếp các bước lọc theo trình tự để nâng tỷ lệ tái sử "
        "dụng và giảm tiền nước.",
    ),
    (
        "mPo072",
        "en",
        "busclean_yellow",
        "Nightly bus cleaning and disinfection routine with periodic fogging",
        "Every vehicle cleaned on return to depot: swept, litter picked, mopped, driver cab and all hand poles, seat "
        "backs and window sills treated with virucidal disinfectant; deep clean of every surface in 3–4 hours, normally "
        "every 3–4 weeks, including fogging.",
    ),
    (
        "mPo073",
        "en",
        "busclean_atu",
        "Vehicle disinfection with electrostatic sprayers and pre-route wipe-downs",
        "Cleaning and disinfection at least daily, more often for vehicles carrying high-risk passengers; wiping of "
        "steering wheels, controls and grab rails before each route with gloves and wipes supplied; electrostatic "
        "sprayers that charge the disinfectant mist so it coats surfaces.",
    ),
    (
        "mPo074",
        "en",
        "busclean_colorado",
        "Bus cleaning programme with built-in inspection checklist",
        "Detail technicians clean each bus before or after use (exterior wash, seats, floors, windows, driver area, "
        "grab rails) and on the same checklist top up DEF, check oil, coolant, tyre pressure, fire extinguisher and "
        "first-aid kit, reporting faults to maintenance.",
    ),
    (
        "mPo075",
        "vi",
        "busclean_school",
        "Quy trình 3 bước làm sạch, khử khuẩn bề mặt trong xe đưa đón học sinh",
        "Áp dụng cách làm của bệnh viện cho xe buýt, xe đưa đón: làm sạch rồi khử khuẩn các bề mặt hay chạm như tay vịn, "
        "tay nắm cửa, lưng ghế để ngăn cúm, norovirus, liên cầu, tụ cầu lây qua tay học sinh.",
    ),
    # --- tyres: pressure monitoring, retreading, cost tracking ---
    (
        "mPo076",
        "vi",
        "tpms_akauto",
        "Cung cấp, lắp đặt cảm biến áp suất lốp van trong và van ngoài",
        "Bộ TPMS báo áp suất từng bánh và cảnh báo khi quá cao, quá thấp; loại van trong ổn định, chính xác, chống trộm "
        "nhưng phải tháo lốp khi thay pin; loại van ngoài gắn vào đầu van, lắp và bảo trì nhanh, không cần tháo lốp.",
    ),
    (
        "mPo077",
        "vi",
        "tpms_xe5s",
        "Hệ thống giám sát áp suất lốp TPMS trực tiếp cho ô tô",
        "Van cảm biến đo áp suất và nhiệt độ trong mỗi lốp, bộ xử lý trung tâm nhận tín hiệu và màn hình hiển thị trên "
        "taplo hoặc điện thoại; cảnh báo non hơi, căng quá hay rò rỉ mà không cần kiểm tra bằng đồng hồ đo tay.",
    ),
    (
        "mPo078",
        "vi",
        "tpms_camnang",
        "Kiểm tra, hiệu chỉnh và bảo trì hệ thống cảnh báo áp suất lốp",
        "Dịch vụ xử lý đèn cảnh báo TPMS, thay pin, đồng bộ lại cảm biến sau khi bơm hoặc đảo lốp; dẫn số liệu NHTSA: "
        "TPMS giảm 55,6% khả năng xe chạy với lốp non nghiêm trọng (thấp hơn 25% mức khuyến nghị).",
    ),
    (
        "mPo079",
        "vi",
        "tpms_icar",
        "Cảm biến áp suất lốp cho ô tô, xe tải, xe bus và xe máy",
        "Thiết bị đo áp suất từng bánh, báo cho người lái và hệ thống giám sát phương tiện khi áp suất thay đổi, giúp "
        "tránh nổ lốp, mất lái, hao nhiên liệu và mòn lốp không đều; lắp thêm cho xe chưa có sẵn.",
    ),
    (
        "mPo080",
        "en",
        "tpms_fleetio",
        "Tyre pressure monitoring tied into fleet maintenance software",
        "Sensor or software-based TPMS that warns drivers and feeds tyre pressure and temperature data into the fleet "
        "maintenance system, cutting fuel waste and unplanned downtime from flats and improving total cost of "
        "ownership.",
    ),
    (
        "mPo081",
        "en",
        "tpms_stn",
        "TPMS for school and passenger bus fleets with under-a-year payback",
        "Pressures shown at the sensor, in the cab or remotely to the fleet manager, parked or moving; the supplier cites "
        "a return on investment of less than a year and US figures of 40,000 crashes and 650 deaths a year linked to "
        "low tyre pressure.",
    ),
    (
        "mPo082",
        "en",
        "tpms_busride",
        "TPMS retrofit for bus fleets that also protects retreadable casings",
        "Radio-frequency sensors in every tyre report to the dashboard in real time. A 10 % loss of inflation costs about "
        "1 % in fuel; under-inflated casings cannot be retreaded, so keeping pressure right lets a casing be retreaded "
        "two or three times (about 150 dollars a retread against 400 for a new tyre).",
    ),
    (
        "mPo083",
        "en",
        "tpms_assettrackr",
        "TPMS and tyre cost model for commercial vehicles",
        "For a six-tyre vehicle running 6,000 km a month on tyres lasting about 40,000 km, the model shows tyre and fuel "
        "costs; retreads cut tyre spend by about 30 %, and under-inflation can cost up to 6 % in fuel efficiency, which "
        "TPMS alerts prevent.",
    ),
    (
        "mPo084",
        "en",
        "retread_recappers",
        "Retreading of bus tyres built for multiple lives",
        "Bus tyres are designed to be retreaded; a well-maintained casing gives about the same mileage after retreading "
        "as when new. Retreading lowers tyre cost per bus, reduces scrap tyres and oil use, with compounds chosen for the "
        "heat of enclosed rear wheel wells.",
    ),
    (
        "mPo085",
        "en",
        "retread_bandag",
        "Bandag retreading: retreads 30–60 % cheaper than new tyres",
        "Multiple retreads on a premium casing spread the cost of the first tyre: at 50 % of new price, one retread saves "
        "25 %, two save 50 %, three 75 % of total tyre-life cost; application-specific treads for each fleet.",
    ),
    (
        "mPo086",
        "en",
        "retread_costmile",
        "Tyre cost-per-mile tracking for coach operators",
        "Works out cost per tyre mile from tyre price, casing value and mileage (e.g. a 550-dollar tyre with a 50-dollar "
        "casing over 100,000 miles gives half a cent a mile, against a 0.45-cent target) and compares brands and routes.",
    ),
    (
        "mPo087",
        "vi",
        "retread_recappers",
        "Dịch vụ đắp lốp xe buýt, xe khách",
        "Đắp lại mặt lốp trên cốt lốp còn tốt của xe buýt, xe khách; lốp được chế tạo để đắp nhiều lần nên sau khi đắp có "
        "thể chạy quãng đường gần như lốp mới; giảm chi phí lốp mỗi xe và lượng lốp phế thải.",
    ),
    # --- batteries, battery swap, charging ---
    (
        "mPo088",
        "vi",
        "batt_thienkhoi",
        "Kiểm tra ắc quy ô tô miễn phí và tư vấn thời điểm thay",
        "Đo dung lượng ắc quy: còn khoảng 60% thì sạc lại, từ 40% trở xuống thì nên thay; tuổi thọ ắc quy xe chạy dịch vụ "
        "thường 1–2 năm, bảo hành 6–18 tháng tùy hãng; chi nhánh tại TP.HCM, Bình Dương, Bình Định.",
    ),
    (
        "mPo089",
        "vi",
        "batt_nhot",
        "Bảo dưỡng ắc quy định kỳ cho ô tô và xe máy",
        "Vệ sinh cọc bình, siết đầu cos mỗi 2–3 tháng; đo điện áp nghỉ (12,5–12,8 V là tốt, dưới 12,2 V cần sạc, dưới "
        "11,8 V nên thay); sạc bảo dưỡng. Bảo dưỡng đúng giúp tăng tuổi thọ bình 30–50%.",
    ),
    (
        "mPo090",
        "vi",
        "batt_giaphat",
        "Kiểm tra tình trạng bình ắc quy bằng mắt thần, đồng hồ điện tử, vôn kế",
        "Quy trình từng bước xác định bình còn tốt, yếu hay hỏng: xem mắt thần, đo bằng đồng hồ điện tử và vôn kế, kiểm tra "
        "cọc sùi bột trắng, cáp lỏng, vỏ phồng, rò dung dịch, đèn báo nạp.",
    ),
    (
        "mPo091",
        "en",
        "batt_midtronics",
        "Fleet battery testers and a test-on-condition replacement plan",
        "Testers for 6, 8 and 12 V batteries and multi-battery banks in commercial vehicles, each battery tested "
        "separately at every service interval; replacement decided by test result rather than age, accounting for "
        "parasitic drain from telematics, to cut dead-battery road calls.",
    ),
    (
        "mPo092",
        "en",
        "batt_conductance",
        "Conductance battery analysers for fleet workshops",
        "A low-frequency AC pulse measures state of health and state of charge together, with infrared temperature "
        "measurement, giving a valid decision even on a partly discharged battery so technicians rarely need to "
        "recharge before testing.",
    ),
    (
        "mPo093",
        "en",
        "batt_fleetops",
        "Battery testing at every preventive maintenance visit",
        "A two-minute test by resting voltage, load or conductance, with voltage-to-charge tables for technicians, "
        "plus telematics low-voltage alerts that flag weak batteries before a no-start; a catch at service costs "
        "nothing against 350 dollars or more for a roadside jump and tow.",
    ),
    (
        "mPo094",
        "en",
        "batt_enow",
        "Fleet battery maintenance programme with solar trickle charging",
        "Three parts: diagnostic testing, preventive maintenance on time, mileage or engine-hour schedules, and corrective "
        "work; roof solar panels keep batteries charged to stop sulfation, which kills most batteries. Such programmes "
        "can cut annual battery consumption by 70 % or more.",
    ),
    (
        "mPo095",
        "en",
        "batt_room",
        "Battery room for recharging and re-testing batteries removed from vehicles",
        "Set-up for fleets that swap whole battery sets: staging pallet, safe charging area with smart chargers run by "
        "one technician, test bench, a two-day rest and re-test, then sorting into return-to-service, scrap cores and "
        "warranty returns.",
    ),
    (
        "mPo096",
        "vi",
        "batt_midtronics",
        "Kiểm tra ắc quy theo kỳ bảo dưỡng cho đội xe, thay theo tình trạng",
        "Thiết bị và quy trình kiểm tra riêng từng bình trong cụm 6 V, 8 V, 12 V của xe khách, xe tải; tính đến hao điện do "
        "thiết bị giám sát hành trình khi xe nằm bãi; chỉ thay bình khi kết quả đo cho thấy yếu, giảm chi phí và số lần "
        "xe chết máy dọc đường.",
    ),
    (
        "mPo097",
        "vi",
        "swap_honda",
        "Tủ đổi pin xe máy điện 12 khoang, đổi pin trong 1–2 phút",
        "Tủ Honda Power Pack Exchanger e: cho xe dùng pin hoán đổi Mobile Power Pack e: như CUV e: và xe giao hàng Benly e:; "
        "người dùng đổi pin cạn lấy pin đầy trong 1–2 phút thay vì sạc 3–4 giờ.",
    ),
    (
        "mPo098",
        "vi",
        "swap_tmt",
        "Trạm đổi pin dùng chung cho ô tô và xe máy điện, 1 đến 100 viên pin",
        "Công nghệ chuẩn châu Âu nhận chuyển giao: trạm quy mô từ 1 đến 100 viên pin, đổi trong 1–2 phút, quản lý bằng mã QR "
        "và điện toán đám mây, chống cháy nổ, ngắt điện khi bất thường, kiểm soát nhiệt độ, cảnh báo rò điện; nhiều hãng "
        "xe dùng chung hạ tầng.",
    ),
    (
        "mPo099",
        "vi",
        "swap_nld",
        "Dịch vụ đổi pin xe máy điện theo lượt hoặc gói tháng",
        "Tủ đổi pin đặt ở cửa hàng điện máy, cây xăng: khoảng 9.000 đồng/lần đổi; gói tháng 150.000 đồng cho dưới 500 km "
        "hoặc 990.000 đồng không giới hạn km; tài xế công nghệ không còn mất 30–60 phút mỗi lần chờ sạc.",
    ),
    (
        "mPo100",
        "vi",
        "ev_vgreen",
        "Trạm sạc nhanh 120 kW cho taxi điện và xe dịch vụ",
        "Trạm sạc công suất lớn đặt tại bến xe, bãi đỗ: ví dụ một trạm 14 trụ sạc nhanh 120 kW phục vụ cùng lúc 28 xe, "
        "giúp tài xế taxi điện rút thời gian chờ sạc, có thời gian nghỉ và tăng thu nhập.",
    ),
    (
        "mPo101",
        "en",
        "evc_taxy",
        "EV charging hub design for taxi fleets",
        "Hub layouts built for throughput: fast top-offs between shifts instead of deep charges, compact neighbourhood "
        "micro-hubs, per-charger telemetry and maintenance SLAs; vendor comparison and costs modelled for a 50-vehicle "
        "fleet.",
    ),
    (
        "mPo102",
        "en",
        "evc_codibly",
        "EV fleet charging software that plans by departure time",
        "Decides which vehicle charges when and at what power to meet each morning departure's state of charge within "
        "the depot's fixed grid connection, avoids peak tariffs, and alerts on faulted chargers overnight; useful where "
        "a grid upgrade would take one to two years.",
    ),
    (
        "mPo103",
        "en",
        "evc_elevioras",
        "Depot charging planning for electric fleets",
        "Planning by duty cycle and shift: Level 2 chargers for overnight depot parking, DC fast chargers for taxis and "
        "ride-share; energy management and load balancing against grid overload; transformer upgrades, on-site storage "
        "or solar where needed; help with grants.",
    ),
    (
        "mPo104",
        "vi",
        "evc_code3",
        "Tư vấn hạ tầng sạc cho đội taxi điện",
        "Đánh giá nhu cầu sạc của taxi điện vận hành cường độ cao: sạc nhanh để giảm thời gian xe nằm chờ, số điểm sạc đủ "
        "cho nhiều xe cùng lúc, bố trí trạm ở bến, sân bay, điểm đón khách, kết hợp sạc tại bãi và tại nhà, khả năng mở "
        "rộng khi đội xe tăng.",
    ),
    # --- passenger safety ---
    (
        "mPo105",
        "vi",
        "cam_laodong",
        "Lắp camera quan sát tài xế, khoang hành khách và cửa lên xuống",
        "Lắp đặt camera cho xe kinh doanh vận tải hành khách trên 9 chỗ và xe hàng theo quy định có hiệu lực từ 1/7: ghi "
        "hình vị trí người lái, hành khách và cửa lên xuống, lưu trữ và truyền dữ liệu theo yêu cầu quản lý.",
    ),
    (
        "mPo106",
        "vi",
        "cam_vietbao",
        "Camera lưu trữ hình ảnh hợp chuẩn cho xe kinh doanh vận tải để qua đăng kiểm",
        "Cung cấp, lắp camera theo Nghị định 10/2020 cho xe chở khách, tránh bị từ chối đăng kiểm và phạt tiền khi hết thời "
        "hạn lộ trình; kết nối dữ liệu hình ảnh về hệ thống của Tổng cục Đường bộ.",
    ),
    (
        "mPo107",
        "en",
        "fat_upi",
        "In-cab camera that detects driver fatigue and microsleeps",
        "Cameras track the driver's gaze and blinks; on distraction or microsleeps lasting seconds, a motor in the seat "
        "vibrates and an alarm can call a co-driver. Trialled on long-distance coaches of a 60-vehicle Dutch operator.",
    ),
    (
        "mPo108",
        "en",
        "fat_rpi",
        "Low-cost bus-driver monitor on Raspberry Pi with OpenCV",
        "Camera and machine-learning system computing eye aspect ratio for drowsiness and mouth aspect ratio for yawning "
        "from facial landmarks, alerting on unsafe behaviour; 92 % accuracy for fatigue and 88 % for distraction in "
        "tests, cheap enough for whole bus fleets.",
    ),
    (
        "mPo109",
        "en",
        "fat_perclos",
        "Vision-based bus-driver fatigue detection using PERCLOS",
        "Head-shoulder, face and eye detection with a continuous eye-openness estimate fused across both eyes; fatigue "
        "level classified from the percentage of eyelid closure; robust with a camera mounted at an oblique angle, as "
        "in real buses.",
    ),
    (
        "mPo110",
        "vi",
        "fat_frames",
        "Camera phát hiện tài xế buồn ngủ và phát cảnh báo",
        "Camera hướng vào mặt tài xế, video tách thành khung hình, xác định vùng mắt và đo thay đổi cường độ sáng để biết "
        "mắt mở hay nhắm; nếu mắt nhắm 5 khung hình liên tiếp hệ thống kết luận tài xế sắp ngủ gật và báo động.",
    ),
    (
        "mPo111",
        "vi",
        "adas_trongcanh",
        "Lắp thêm hệ thống hỗ trợ lái ADAS: cảnh báo điểm mù, lệch làn, va chạm",
        "Nâng cấp xe bằng radar, camera, cảm biến: cảnh báo điểm mù (đèn trên gương nháy khi có xe vào vùng mù), cảnh báo "
        "lệch làn, cảnh báo va chạm phía trước...; cảnh báo sớm 3–5 giây để tài xế kịp xử lý.",
    ),
    (
        "mPo112",
        "vi",
        "adas_vietbao",
        "Hệ thống cảnh báo mệt mỏi cho tài xế",
        "Cảm biến và camera theo dõi hành vi: cúi đầu liên tục, vô lăng dao động nhanh, tốc độ thất thường; khi có dấu hiệu "
        "mệt, rung ghế, phát âm thanh hoặc hiện biểu tượng cốc cà phê nhắc tài xế nghỉ.",
    ),
    (
        "mPo113",
        "vi",
        "child_vietnamnet",
        "Hệ thống chống bỏ quên trẻ em trên xe đưa đón học sinh",
        "Giải pháp kiểu Sleeping Child Check được nhiều nước dùng, đáp ứng yêu cầu của Luật Trật tự, an toàn giao thông "
        "đường bộ (hiệu lực 1/1/2025): xe chở trẻ mầm non, học sinh phải có thiết bị ghi hình và thiết bị cảnh báo, chống "
        "bỏ quên trẻ.",
    ),
    (
        "mPo114",
        "vi",
        "child_thanhnien",
        "Xe buýt trường học thông minh: định vị, AI nhận diện trẻ, báo phụ huynh",
        "Mô hình Smart School Bus như ở Thái Lan: định vị xe, thiết bị giám sát có AI ghi nhận tốc độ, môi trường trong xe và "
        "sự có mặt của trẻ; gửi thông báo cho phụ huynh khi trẻ xuống xe, gần về đến nhà; nhà trường được cảnh báo khi có "
        "chuyển động trên xe đã dừng.",
    ),
    (
        "mPo115",
        "vi",
        "child_ione",
        "Hệ thống báo động Child Check-Mate chống bỏ quên trẻ trên xe buýt",
        "Nút tắt đặt ở cuối xe buộc tài xế đi hết xe sau mỗi chuyến; nếu không tắt, còi kêu tới nửa giờ hoặc đến khi có "
        "người kiểm tra; có tích hợp GPS; đã lắp trên hơn 400.000 xe tại hơn 500 khu học chánh.",
    ),
    (
        "mPo116",
        "en",
        "child_campus1",
        "Child-check alarm for school buses with motion detection",
        "A button at the back of the bus must be pressed at the end of each run; the newer unit adds voice prompts, a "
        "key fob so mechanics can board without triggering it, and a motion sensor that scans the empty bus for a "
        "sleeping child or an intruder after the driver leaves.",
    ),
    (
        "mPo117",
        "en",
        "child_campus2",
        "Child reminder system with selectable arming and voice prompts",
        "Arming can be set to engine start, running time, warning lights or brake use so mechanics are not burdened; "
        "horn and headlight flash if the driver skips the walk to the rear; a door test gives two honks; a voice version "
        "repeats 'please check the vehicle' until a child-proof key at the rear is turned.",
    ),
    (
        "mPo118",
        "en",
        "child_patent",
        "Wireless child safety alarm for buses that is simple to install",
        "A receiver module with microprocessor timing wired to the bus electrics and a radio transmitter with the "
        "deactivation switch at the rear: no hard-wired cable along the bus, yet the driver cannot bypass the check.",
    ),
    (
        "mPo119",
        "en",
        "child_missouri",
        "Child Check-Mate alarms for school buses at about 100 dollars each",
        "Alarm arms when the bus starts and sounds at the end of the route until the driver walks to the back to switch "
        "it off; the Theft-Mate version watches for movement inside for 30 minutes after the driver leaves and sounds "
        "the horn, while a speaker tells the child to sit down.",
    ),
    (
        "mPo120",
        "vi",
        "child_apps",
        "Ứng dụng điện thoại nhắc người lớn không bỏ quên trẻ trên ô tô",
        "Các ứng dụng như Waze (tính năng Child Reminder), Kars4Kids Safety dùng Bluetooth của xe để phát âm thanh, ảnh của "
        "con khi người lái rời xe, The Backseat trên iOS và Android; cài đặt đơn giản cho xe gia đình và xe đưa đón nhỏ.",
    ),
    (
        "mPo121",
        "en",
        "iid_explained",
        "Breath-alcohol ignition interlock for vehicles",
        "A breathalyser wired into the ignition: the engine will not start until a breath sample under the set limit is "
        "given; random rolling retests while driving, event logging and horn or light alarms if a retest is failed or "
        "skipped, without cutting the engine while moving.",
    ),
    (
        "mPo122",
        "en",
        "iid_steeze",
        "Modern alcohol interlocks for fleets with camera ID and GPS",
        "Fuel-cell sensor plus a camera photo at each test to confirm who blew, GPS tags for events, tilt and "
        "temperature sensors to catch tampering; hard-wired units recommended for fleets, harnesses for push-button and "
        "electric vehicles.",
    ),
    (
        "mPo123",
        "vi",
        "iid_explained",
        "Thiết bị khóa khởi động bằng kiểm tra nồng độ cồn hơi thở",
        "Máy đo cồn nối vào mạch khởi động: tài xế phải thổi và đạt dưới ngưỡng cài đặt thì xe mới nổ máy; kiểm tra lại ngẫu "
        "nhiên khi đang chạy để chống nhờ người khác thổi; ghi nhật ký và báo động bằng còi, đèn nếu vi phạm.",
    ),
    (
        "mPo124",
        "en",
        "tpms_truckgps",
        "TPMS alerts through the fleet management system",
        "Tyre pressure sensors on trucks and buses that raise an alert when a tyre falls 25 % below the placard "
        "pressure, routed to the safety manager through the fleet telematics platform so the tyre is attended to, "
        "improving safety and fuel economy.",
    ),
    (
        "mPo125",
        "en",
        "tpms_wheelbase",
        "Direct and indirect TPMS for business vehicle fleets",
        "Garage service fitting direct sensor TPMS for real-time, remotely viewable pressures, or calibrating the "
        "indirect ABS-based systems already on vehicles, so fleet managers get warnings before under-inflation becomes "
        "critical.",
    ),
    (
        "mPo126",
        "en",
        "busclean_budd",
        "Commercial disinfection service for school and transit buses",
        "Scheduled deep cleaning by professional crews on top of daily routines: sweeping under seats, wiping "
        "dashboards and mirrors, mopping, gum and graffiti removal, shampooing upholstery, waxing floors; drivers "
        "supplied with registered disinfectants and protective equipment for daily use.",
    ),
    (
        "mPo127",
        "en",
        "busclean_carolina",
        "Bus disinfecting practices that do not damage interiors",
        "Bus dealer guidance on pre-cleaning then applying registered disinfectants to frequently touched surfaces, "
        "ready-to-use versus diluted products, clean lint-free towels, gloves, eye protection and ventilation, so "
        "chemicals do not harm seats and components.",
    ),
    (
        "mPo128",
        "vi",
        "busclean_yellow",
        "Quy trình vệ sinh khử khuẩn xe khách hằng đêm và phun sương định kỳ",
        "Mỗi xe về bãi được quét, nhặt rác, lau sàn; khoang lái, tay vịn, lưng ghế, bậu cửa sổ lau bằng chất diệt virus; "
        "tổng vệ sinh toàn bộ bề mặt mất 3–4 giờ, thường 3–4 tuần một lần, có phun sương khử khuẩn.",
    ),
    (
        "mPo129",
        "vi",
        "batt_room",
        "Xưởng sạc phục hồi và kiểm tra lại ắc quy tháo khỏi xe",
        "Tổ chức khu tập kết bình tháo ra, khu sạc an toàn với bộ sạc thông minh do một kỹ thuật viên vận hành, bàn kiểm tra, "
        "để nghỉ 2 ngày rồi đo lại, phân loại bình dùng tiếp, bình phế liệu và bình còn bảo hành; đa số bình trong cụm chỉ "
        "hết điện chứ chưa hỏng.",
    ),
    (
        "mPo130",
        "vi",
        "child_campus2",
        "Hệ thống nhắc kiểm tra trẻ cuối chuyến có nhiều chế độ kích hoạt",
        "Kích hoạt theo nổ máy, thời gian chạy, đèn cảnh báo hoặc đạp phanh; còi và đèn pha nháy nếu tài xế không đi xuống "
        "cuối xe; phiên bản giọng nói nhắc 'vui lòng kiểm tra xe' liên tục tới khi tài xế vặn khóa an toàn ở cuối xe.",
    ),
    (
        "mPo131",
        "vi",
        "dlx_booker",
        "Nền tảng đặt lịch học lái xe trực tuyến cho trung tâm và giáo viên",
        "Trung tâm khai báo xe, giáo viên, loại buổi học, giờ làm và khu vực phục vụ; học viên đặt và trả tiền trực tuyến, "
        "đổi hoặc hủy buổi; hỗ trợ gói nhiều buổi, học viên tự mang xe, đánh giá giáo viên và một lịch chung tránh trùng.",
    ),
    (
        "mPo132",
        "vi",
        "cab_small_fleet",
        "Phần mềm điều xe cho hãng taxi nhỏ 5–10 xe",
        "Thay bộ đàm, bản đồ ghim và sổ tay: mọi cuốc đặt vào một màn hình, hệ thống chỉ xe nào đang rảnh và gần nhất để "
        "điều, không bỏ lỡ cuốc đi sân bay, bến xe vì điều nhầm xe ở xa.",
    ),
    (
        "mPo133",
        "vi",
        "tpms_busride",
        "Lắp cảm biến áp suất lốp cho xe buýt, giữ cốt lốp để đắp lại",
        "Cảm biến sóng vô tuyến trong từng lốp báo về bảng điều khiển theo thời gian thực; non hơi 10% làm tốn thêm khoảng "
        "1% nhiên liệu và làm hỏng cốt lốp, nên giữ đúng áp suất giúp cốt lốp đắp được 2–3 lần.",
    ),
    # --- distractors: neighbouring fields sharing words with the needs ---
    (
        "mPo134",
        "vi",
        "dis_casumina",
        "Nhà máy lốp xe tải toàn thép Casumina Radial",
        "Nhà máy tại KCN Nam Tân Uyên, Bình Dương, diện tích 120.000 m², công suất 1 triệu lốp/năm, vốn 3.380 tỷ đồng; cung cấp "
        "lốp ô tô toàn thép công nghệ cao cho thị trường trong nước và xuất khẩu.",
    ),
    (
        "mPo135",
        "vi",
        "dis_cofo",
        "Nhà máy sản xuất lốp ô tô Radial PCR và TBR",
        "Dự án 63,7 triệu USD tại Bỉm Sơn, Thanh Hóa, 24,3 ha, công suất trên 960.000 sản phẩm/năm: dây chuyền lốp xe con bán "
        "thép khoảng 2.800 chiếc/ngày và lốp xe tải, xe khách toàn thép khoảng 560 chiếc/ngày.",
    ),
    (
        "mPo136",
        "en",
        "dis_drc",
        "Radial truck tyre factory of 600,000 tyres a year",
        "Da Nang Rubber's plant in Lien Chieu industrial zone, 3,000 billion dong, built in two phases of 300,000 tyres "
        "each; abrasion-resistant radial truck tyres for domestic and export markets, 1,000 local jobs.",
    ),
    (
        "mPo137",
        "vi",
        "dis_battrec99",
        "Tái chế ắc quy chì đã qua sử dụng",
        "Thu gom và tái chế ắc quy axit chì: chì, axit sulfuric và vỏ nhựa được thu hồi; ở Mỹ tỷ lệ tái chế đạt 99% nhờ 300.000 "
        "điểm thu gom; ở Việt Nam trách nhiệm mở rộng của nhà sản xuất từ 2024 yêu cầu tái chế tối thiểu 12%.",
    ),
    (
        "mPo138",
        "vi",
        "dis_battrec_proc",
        "Quy trình công nghệ tái chế ắc quy chì – axit",
        "Hai phương pháp tái chế: phân loại bình, phục hồi bình chưa hỏng, chiết và làm sạch axit để dùng lại trong xử lý nước "
        "thải, tách nắp, rửa vỏ, thu bản cực chì; vỏ nhựa và nắp còn tốt được tái sử dụng.",
    ),
    (
        "mPo139",
        "en",
        "dis_ev_recycle",
        "Disposal and recycling routes for car and EV batteries",
        "Guidance for households: lead-acid car batteries go to hazardous-waste programmes or scrap yards, never the "
        "bin; EV battery packs go back through the maker, dealer or specialist recyclers.",
    ),
    (
        "mPo140",
        "en",
        "dis_reefer_webeye",
        "Telematics for refrigerated goods transport",
        "Temperature sensors in each cargo compartment and door-opening sensors record every 15 seconds and alert driver "
        "and dispatcher at once when the cold chain is at risk, for food and pharmaceutical hauliers.",
    ),
    (
        "mPo141",
        "en",
        "dis_reefer_cooltrax",
        "Reefer telematics for temperature-sensitive freight",
        "Real-time monitoring of reefer unit and box temperatures, truck location and door-open duration, with remote "
        "set-point changes; only about 15 % of some 500,000 US reefer units have such remote monitoring.",
    ),
    (
        "mPo142",
        "en",
        "dis_pyrum",
        "Tyre pyrolysis plant for end-of-life tyres",
        "A planned plant recycling up to 20,000 tonnes of used tyres a year; each tyre yields about 2.5 L of oil and "
        "5 kg of carbon black plus textile fibre and steel wire.",
    ),
    (
        "mPo143",
        "en",
        "dis_crumb",
        "Crumb rubber plant for scrap tyres",
        "Recycling of end-of-life vehicle tyres in three steps: multi-stage milling without heat build-up, separation of "
        "fibre, steel and stone, and sieving to the required particle sizes.",
    ),
    (
        "mPo144",
        "vi",
        "dis_garage_fast",
        "Phần mềm quản lý gara ô tô trực tuyến",
        "Quản lý khách hàng, hồ sơ xe và bảo hiểm, báo giá và duyệt báo giá sửa chữa, lệnh sửa chữa, kho phụ tùng, nhập xuất, "
        "thu chi, công nợ, doanh thu theo xe; chạy trên điện thoại và máy tính bảng.",
    ),
    (
        "mPo145",
        "vi",
        "dis_garage_pmgr",
        "Phần mềm trung tâm sửa chữa, bảo hành xe gắn máy và ô tô",
        "Phiếu tiếp nhận xe, khảo sát, báo giá, đơn hàng sửa chữa bảo dưỡng, quét mã vạch, in tem; tìm xe theo biển số và "
        "xem lịch sử sửa chữa; quản lý nhiều cửa hàng, nhiều kho.",
    ),
    (
        "mPo146",
        "en",
        "dis_parking_irjet",
        "Cloud smart parking with licence-plate OCR",
        "IoT sensors report free spaces, a mobile app lets drivers view, reserve and navigate to a spot, entry and exit "
        "cameras read plates by OCR into a cloud database, with automated payment; prototype on ESP32-CAM and NodeMCU.",
    ),
    (
        "mPo147",
        "en",
        "dis_parking_lpr",
        "Parking lot management with licence plate recognition",
        "Plate-recognition cameras identify each car on entry, a guidance subsystem assigns a space and shows the route "
        "on displays inside the car park, replacing attendants.",
    ),
    (
        "mPo148",
        "vi",
        "dis_ecar_dalat",
        "Tuyến ô tô điện chở khách tham quan quanh hồ",
        "Xe điện nhỏ khoảng 6 chỗ, êm, không khói, chạy vòng quanh hồ Xuân Hương với giá 6.000 đồng/lượt; đội ban đầu 10 xe, "
        "dự kiến cho thuê nguyên chiếc đi tham quan.",
    ),
    (
        "mPo149",
        "en",
        "sim_game",
        "Car Driving School Simulator game for home PCs",
        "A consumer driving game that enforces traffic rules, signals and mirror checks with penalties; useful for "
        "learning procedures at home but not a certified training device.",
    ),
    (
        "mPo150",
        "en",
        "av_tracks",
        "Proving grounds for testing automated driving systems",
        "Closed test tracks with controlled weather, lighting and traffic, sensor-equipped infrastructure and data "
        "acquisition for validating self-driving vehicles on emergency braking and obstacle avoidance.",
    ),
    (
        "mPo151",
        "en",
        "av_testgen",
        "Generating high-value virtual test scenarios for autonomous vehicles",
        "Patent method storing road scenarios by location with an injury value and building virtual-reality test "
        "environments for autonomous vehicles from the riskiest ones.",
    ),
    (
        "mPo152",
        "vi",
        "wash_chem",
        "Dung dịch rửa xe chuyên dụng không hại sơn",
        "Sản phẩm rửa xe có độ pH phù hợp thay cho nước rửa chén, bột giặt vốn có tính kiềm hoặc axit mạnh làm phai màu, mất "
        "bóng và ăn mòn chi tiết kim loại; bán cho người tự rửa xe tại nhà và tiệm rửa.",
    ),
    (
        "mPo153",
        "en",
        "batt_laptop",
        "Maintenance of shared fleet device batteries",
        "For organisations whose staff grab portable device batteries from a shared charger: a person checks every pack "
        "on a schedule, exercises it and retires packs below an accepted capacity.",
    ),
    (
        "mPo154",
        "vi",
        "swap_znews_home",
        "Xe máy điện pin tháo rời sạc tại nhà trọ",
        "Mẫu xe máy điện có gói pin dưới sàn hoặc dưới yên tháo ra mang lên phòng sạc, hoặc cắm sạc trực tiếp vào xe; phù hợp "
        "người thuê trọ không có chỗ sạc xe qua đêm.",
    ),
    (
        "mPo155",
        "vi",
        "ev_xanhsm_laos",
        "Dịch vụ taxi điện Xanh SM mở rộng sang Lào",
        "Lô 150 ô tô điện VF 5 Plus đầu tiên đưa vào Viêng Chăn, kế hoạch tới 1.000 xe VF 5 Plus và VF e34; hãng tự lắp trạm "
        "sạc, sau đó mở thêm thuê xe điện, đặt xe du lịch.",
    ),
    (
        "mPo156",
        "en",
        "dis_cold_storage",
        "Cold-storage temperature monitoring for HACCP compliance",
        "Automated sensing, real-time alerts and cloud records for cold rooms and freezers storing meat, seafood and "
        "vaccines, designed around HACCP monitoring and documentation principles.",
    ),
    (
        "mPo157",
        "vi",
        "tyre_patch",
        "Vá lốp không săm ô tô",
        "Hướng dẫn và dịch vụ vá lốp không săm khi bị đinh đâm: lớp màng polymer bên trong giữ hơi nên lốp không xẹp đột ngột, "
        "các phương pháp vá từ ngoài, vá trong, vá nấm để chọn cách an toàn.",
    ),
    (
        "mPo158",
        "en",
        "moto_tour_vespa",
        "Guided scooter day tours through the Mekong Delta",
        "Tour company that tests each guest's riding, then leads a small group by motorbike through villages, fish and "
        "shrimp farms, markets, rice paddies, a rice-wine still and an incense workshop, with a local guide.",
    ),
    (
        "mPo159",
        "en",
        "dis_reefer_tru",
        "Temperature recording for transport refrigeration units",
        "Reefer unit printouts and USB downloads of temperatures, set points and time stamps at delivery, plus telematics "
        "reports to prove a trailer was pre-cooled and to avoid rejected perishable loads.",
    ),
    (
        "mPo160",
        "en",
        "dis_pyrolysis",
        "Tyre pyrolysis into fuel oil",
        "Heating waste tyres above 350 °C without oxygen breaks the styrene-butadiene rubber into fuel oil and "
        "hydrocarbon gas; continuous pyrolysis plants for scrap-tyre recyclers.",
    ),
    (
        "mPo161",
        "vi",
        "dis_battrec_dongkhanh",
        "Thu gom, xử lý ắc quy cũ đúng quy định",
        "Đơn vị ắc quy nhận thu gom bình axit chì đã qua sử dụng để tái chế, tránh phát tán chì và axit ra đất, nước; tuân thủ "
        "quy định pháp luật về chất thải nguy hại.",
    ),
    (
        "mPo162",
        "vi",
        "dis_motosoft",
        "Phần mềm quản lý chuỗi cửa hàng bán xe máy và phụ tùng",
        "Quản trị viên quản lý thông tin hệ thống; nhân viên chi nhánh xem tình hình mua bán xe, phụ tùng và lịch sử dịch vụ; "
        "khách hàng tra danh sách xe đã mua, lịch sử bảo dưỡng và sửa chữa từng xe.",
    ),
    (
        "mPo163",
        "vi",
        "dis_ecar_pilot",
        "Xe 4 bánh chạy điện chở khách tham quan trong khu vực hạn chế",
        "Loại xe điện bốn bánh chở khách du lịch được Thủ tướng cho phép thí điểm hoạt động trong phạm vi khu du lịch, khu "
        "vực hạn chế.",
    ),
    (
        "mPo164",
        "en",
        "dis_ads_testing",
        "Automated driving classification testing laboratory",
        "Test programmes that classify automated driving systems across their operational design domain: object "
        "detection, localisation, path planning, behaviour prediction, from lane keeping to driverless operation.",
    ),
    (
        "mPo165",
        "en",
        "iid_ablis",
        "Compliance guidelines for alcohol interlock suppliers and installers",
        "Rules a business must meet to approve, supply, install or maintain alcohol interlocks: certification "
        "standards, reporting duties, supplier status, installation and maintenance requirements.",
    ),
]
