"""Offers of the holdout233 labelled set (vocational training and skills for rural workers).

Rows: (id, language, source key, title, description). Distractors are mixed in among the offers.
"""

OFFERS = [
    # e-learning platforms
    (
        "rAo001",
        "vi",
        "codluck",
        "Triển khai hệ thống E-learning trọn gói cho cơ sở đào tạo",
        "Đơn vị công nghệ dựng hệ thống học trực tuyến gồm phần mềm quản lý học tập (LMS), kho học liệu số, công cụ tương tác "
        "và mô-đun đánh giá, báo cáo. Học viên vào học bằng máy tính, điện thoại hoặc máy tính bảng, làm bài tập và nhận "
        "chứng nhận; đơn vị đào tạo giảm chi phí giảng viên, phòng học, in tài liệu và dùng lại khóa học nhiều lần.",
    ),
    (
        "rAo002",
        "vi",
        "miniai",
        "Tư vấn chọn và dựng nền tảng e-learning theo bốn thành phần cốt lõi",
        "Tư vấn kiến trúc e-learning gồm bốn trụ cột: công nghệ lõi (LMS), nội dung đào tạo, quản lý người dùng và hạ tầng "
        "kỹ thuật; kèm bộ tiêu chí chọn nền tảng phù hợp cho trường học hoặc doanh nghiệp, theo dõi tiến trình và báo cáo "
        "kết quả học tập.",
    ),
    (
        "rAo003",
        "en",
        "moodle_app",
        "Offline-capable mobile learning app for trainees",
        "Deployment of the open-source Moodle mobile app for a training centre's Moodle site: trainees download course "
        "content and keep studying without a connection, most student functions work in the app, several sites can be "
        "used from one app, and it runs on Android 5.1 or later and iOS 11 or later.",
    ),
    (
        "rAo004",
        "vi",
        "hue_ai",
        "Trợ lý AI tự tạo bài giảng số trên Moodle từ đề cương môn học",
        "Bộ công cụ của nhóm giảng viên Trường Cao đẳng Công nghiệp Huế (giải Nhất Hội thi thiết bị đào tạo tự làm 2025): "
        "giảng viên tải file Word đề cương lên Moodle, trợ lý AI phân tích mục tiêu, cấu trúc rồi tự dựng bài học, bài tập "
        "và bài kiểm tra, giúp trường nghề có học liệu số nhanh với ngân sách hạn chế.",
    ),
    (
        "rAo005",
        "en",
        "cls",
        "Corporate e-learning rollout for in-house staff training",
        "An LMS-based e-learning programme for companies that train their own workforce: courses, documents and tests are "
        "delivered online so staff learn without leaving the line. Cited experience abroad shows training time cut by "
        "40-60%, and firms such as Shell and Toyota run their own online academies.",
    ),
    (
        "rAo006",
        "vi",
        "vnanet_dx",
        "Gói chuyển đổi số cho trường nghề: dạy học, kiểm tra và quản lý trên môi trường số",
        "Tư vấn đưa hoạt động đào tạo nghề lên môi trường số theo định hướng của Tổng cục Giáo dục nghề nghiệp: đổi mới nội "
        "dung, cách dạy, cách kiểm tra, đánh giá; hiện đại hóa hạ tầng, thiết bị và gắn chương trình với doanh nghiệp để mở "
        "rộng cơ hội học nghề cho người dân.",
    ),
    (
        "rAo007",
        "vi",
        "baomoi_virtual",
        "Dạy thực hành nghề trực tuyến bằng thiết bị ảo",
        "Giải pháp của các trường nghề TP Hồ Chí Minh khi không thể học trực tiếp: giáo viên thao tác trên thiết bị ảo (ví "
        "dụ sửa chữa phần cứng máy tính) trong lớp trực tuyến để học viên theo kịp phần thực hành, vốn chiếm tới 70% "
        "chương trình đào tạo nghề.",
    ),
    (
        "rAo008",
        "vi",
        "prima",
        "Đào tạo theo đơn đặt hàng cho công nhân ngành in",
        "Học viện In Việt Nam thiết kế khóa đào tạo vận hành máy in và quản lý cấp trung theo nhu cầu doanh nghiệp in. Ngành "
        "có khoảng 70.000 lao động ở hơn 2.300 doanh nghiệp, mỗi năm cần thêm ít nhất 3.500 người và hơn 70% lao động chưa "
        "qua đào tạo.",
    ),
    (
        "rAo009",
        "en",
        "hubt",
        "Online degree programmes in finance, accounting and business administration",
        "A private university proposes online, degree-granting programmes in finance and banking, accounting and auditing "
        "and business administration, after upgrading its e-learning infrastructure and teaching staff.",
    ),
    # mobile learning for farmers
    (
        "rAo010",
        "en",
        "ewskt",
        "Feature-phone mobile course for smallholder farmers with quizzes and certificate",
        "A lightweight mobile learning course built with Wageningen University and Funzi that works on basic phones as well "
        "as smartphones and uses very little data. Farmers learn at their own pace in their language, pass short knowledge "
        "quizzes and receive a certificate; the first module covered vegetable seedling production.",
    ),
    (
        "rAo011",
        "en",
        "cgiar",
        "WhatsApp micro-courses for farmers, starting with basic digital skills",
        "A learning platform that delivers short courses to farmers inside WhatsApp, with texts, videos, prompts and "
        "quizzes. More than 70 micro-courses are being produced, the first one on basic digital skills, with attention to "
        "self-paced learners.",
    ),
    (
        "rAo012",
        "en",
        "fibl",
        "Digital farmer training via SMS, voice calls, chatbots and apps",
        "Design and delivery of digital training on organic farming and value chains through SMS, interactive voice response, "
        "WhatsApp, chatbots, videos and comics; the project reached up to 50,000 smallholders in Kenya, Rwanda and Mali. "
        "Voice lessons worked best for farmers who read poorly: in Rwanda IVR engagement was far higher than SMS.",
    ),
    (
        "rAo013",
        "vi",
        "rural21",
        "Khóa học nông nghiệp qua tin nhắn SMS và ứng dụng cho nông hộ nhỏ",
        "Khóa học số do Arifu (qua SMS) và Yielder (qua ứng dụng) xây dựng cùng nông dân: một khóa nhập môn nông nghiệp hữu "
        "cơ và ba mô-đun chuỗi giá trị (gà bản địa, dê sữa, rau bản địa). Hơn 4.000 nông dân đã học tích cực qua SMS, khóa "
        "học được quảng bá qua truyền hình, radio, mạng xã hội và tờ rơi.",
    ),
    (
        "rAo014",
        "vi",
        "costech",
        "Hệ thống học kết hợp qua web và điện thoại cho khuyến nông",
        "Hệ thống hỗ trợ học kết hợp m-learning và e-learning, chuyển thông tin, kiến thức và công nghệ nông nghiệp từ cán "
        "bộ khuyến nông, viện, trường tới nông dân qua web và điện thoại; đã thử với hơn 380 nông hộ ở 19 làng.",
    ),
    (
        "rAo015",
        "vi",
        "technoserve",
        "Khóa học số cho giảng viên nông dân để đến được người không có điện thoại thông minh",
        "Mô hình đào tạo giảng viên nông dân qua khóa học số, để họ tập huấn lại cho bà con không có internet; kết hợp nền "
        "tảng quản lý học tập trên di động và WhatsApp, như khi giúp chủ tiệm tạp hóa ở Nairobi học ghi chép sổ sách.",
    ),
    (
        "rAo016",
        "vi",
        "allagri",
        "Đánh giá hiệu quả ứng dụng di động trong khuyến nông",
        "Nghiên cứu hỗn hợp (khảo sát 200 nông dân, phỏng vấn sâu 40 người, phân tích nhật ký ứng dụng) cho thấy 78% người "
        "dùng ứng dụng tiếp cận thông tin khuyến nông tốt hơn và 65% áp dụng khuyến cáo; nhóm nhận đánh giá các chương trình "
        "khuyến nông số.",
    ),
    (
        "rAo017",
        "en",
        "tropentag",
        "Feasibility survey of mobile learning among agricultural officials",
        "A correlational questionnaire survey of 255 managers and experts of a provincial agricultural organisation on their "
        "attitudes to m-learning and e-services, listing the uses they rank highest (course announcements, weather, pest "
        "warnings, input and price information).",
    ),
    (
        "rAo018",
        "en",
        "agriapps",
        "Review of mobile agricultural apps in global app stores",
        "A desk review of the agricultural apps available on the main mobile platforms, with the obstacles to scaling them and "
        "recommendations to developers on user-friendly advisory content.",
    ),
    # welding simulators and welding
    (
        "rAo019",
        "en",
        "mdpi_vrweld",
        "Portable VR welding simulator for MIG/MAG practice",
        "An affordable simulator for MIG/MAG welding practice: an off-the-shelf mobile VR headset, a welding torch and "
        "3D-printed coupons, with software run in a web browser. Immersion can be reduced for trainees prone to "
        "cybersickness; pilot users judged it a useful aid for welder training.",
    ),
    (
        "rAo020",
        "en",
        "mdpi_quest",
        "VR course for foundational welding skills on standalone headsets",
        "A Unity-based welding training system on Meta Quest 2 that teaches machine start-up, parameter setting and basic "
        "technique in a safe setting; twenty people with no welding experience followed structured sessions over two weeks.",
    ),
    (
        "rAo021",
        "en",
        "fabricator",
        "Virtual reality welding stations to test and screen welder applicants",
        "Virtual welding systems used by manufacturers and training institutions to evaluate job applicants' welding skill "
        "before hiring and to train new staff, letting the instructor watch the weld in real time; employers report that 39% "
        "struggle to find staff with the right skills.",
    ),
    (
        "rAo022",
        "en",
        "sumobrain",
        "Virtual reality pipe welding simulator for orbital joints",
        "Licensing of a patented simulator (WO2014009789) that generates an interactive environment for welding orbital "
        "joints on virtual pipe, with a pendant for machine setup and sensors that track the torch in real time.",
    ),
    (
        "rAo023",
        "vi",
        "vn_smaw",
        "Máy hàn hồ quang tay ảo có chấm điểm thao tác",
        "Thiết bị của Đại học Bách khoa Hà Nội gồm khung máy có cơ cấu quay và nâng hạ màn hình để tập các tư thế hàn giáp "
        "mối và hàn góc, cùng phần mềm mô phỏng cho chọn thông số hàn và chấm các kỹ năng mồi hồ quang, giữ chiều dài hồ "
        "quang, vận tốc hàn, chuyển động mỏ hàn và góc nghiêng que hàn.",
    ),
    (
        "rAo024",
        "vi",
        "tnu_cut",
        "Bài thực hành ảo cắt kim loại bằng hồ quang điện",
        "Nhóm Trường ĐH Công nghệ thông tin và Truyền thông (ĐH Thái Nguyên) dựng mô hình 3D mỏ cắt, bộ điều chỉnh dòng, "
        "phôi, đồ bảo hộ bằng Unity 3D, Maya, 3Ds Max và các bài mô phỏng quy trình cắt kim loại trên thực tế ảo.",
    ),
    (
        "rAo025",
        "vi",
        "giaoduc_vr",
        "Phòng thực hành nghề ảo (VR) cho trường nghề",
        "Giải pháp ảo hóa chương trình đào tạo của AIC cho các nghề cơ điện tử, điện tử, điện lạnh, công nghệ ô tô, khí nén, "
        "hàn: người học vào không gian mô phỏng ba chiều, có thể học trực tuyến và làm bài kiểm tra trình độ đi kèm.",
    ),
    (
        "rAo026",
        "vi",
        "daotaohan",
        "Khóa đào tạo kỹ thuật hàn MIG nhôm và hợp kim nhôm",
        "Trung tâm đào tạo hàn mở khóa hàn MIG cho nhôm: phân loại nhôm và hợp kim theo nhóm 1XXX đến 7XXX, chọn dây hàn "
        "(như 1100, 4043), chuẩn bị mối ghép và thực hành; quy trình này cho năng suất cao và không khắt khe tay nghề như "
        "TIG hay hàn que.",
    ),
    (
        "rAo027",
        "vi",
        "topcargo",
        "Cung cấp máy hàn MIG công nghiệp",
        "Bán máy hàn MIG dùng dây hàn cấp tự động trong khí bảo vệ cho xưởng cơ khí, đóng tàu, sửa chữa ô tô; tốc độ hàn "
        "nhanh gấp 3-4 lần phương pháp truyền thống, ít xỉ, hàn được nhiều kim loại.",
    ),
    (
        "rAo028",
        "vi",
        "cokhihaiminh",
        "Gia công hàn inox theo đơn hàng",
        "Xưởng cơ khí nhận gia công hàn inox 304/316 bằng TIG, MIG, laser hoặc hàn lăn, quy trình theo ISO 9001:2015 với "
        "WPS/PQR và biểu mẫu QC truy xuất, phục vụ thực phẩm, y tế, nội thất và đường ống.",
    ),
    (
        "rAo029",
        "en",
        "inox",
        "Process optimisation for high-volume MIG welding of stainless steel",
        "Consulting on pulsed-spray MIG welding of stainless steel on production lines: wire choice (ER308L, ER316L, ER309L), "
        "argon-rich gas mixes and robot settings for travel speeds of 300-700 mm/min and deposition of 3-8 kg/h.",
    ),
    (
        "rAo030",
        "vi",
        "scribd_mig",
        "Tài liệu công nghệ hàn MIG-MAG",
        "Bộ tài liệu kỹ thuật về hàn hồ quang kim loại trong khí bảo vệ (GMAW): khí trơ và khí hoạt tính, ba bộ phận kiểm "
        "soát quá trình, các kiểu chuyển dịch kim loại như ngắn mạch ở 50-150 A cho tấm dày 0,5-2 mm.",
    ),
    (
        "rAo031",
        "en",
        "jespower",
        "Inverter MIG welding machines",
        "Manufacturer of constant-voltage inverter MIG/MAG welders for semi-automatic and automatic gas metal arc welding in "
        "workshops and factories.",
    ),
    # electrical training equipment and courses
    (
        "rAo032",
        "vi",
        "pttt",
        "Mô hình mô phỏng thực hành trang bị điện",
        "Thiết bị đào tạo tự làm của Trường Cao đẳng Cộng đồng Đắk Nông dự Hội thi thiết bị đào tạo tự làm lần VII (2022, "
        "381 thiết bị của 191 cơ sở): mô hình mô phỏng thực hành trang bị điện và mô hình mô phỏng tháo lắp động cơ 1NZ-FE, "
        "dùng cho giảng dạy lấy người học làm trung tâm.",
    ),
    (
        "rAo033",
        "vi",
        "thaco",
        "Thiết bị dạy nghề tự chế: hàn tự động PLC, hộp số tự động, lái trợ lực",
        "Bộ mô hình của Trường Cao đẳng nghề Chu Lai – Trường Hải đoạt 5 giải hội thi toàn quốc 2016: máy hàn tiếp xúc bán "
        "tự động (giải Nhất), mô hình hộp số tự động Kia Sorento, hệ thống rót axit vào ắc quy, lái trợ lực thủy lực giao "
        "tiếp máy tính và hàn tự động điều khiển bằng PLC S7-1200.",
    ),
    (
        "rAo034",
        "vi",
        "practice_board",
        "Bảng thực hành điện điện áp thấp cho học viên thợ điện",
        "Bảng tập đi dây dùng điện áp thấp hoặc mạch cách ly: cầu đấu chắc chắn, điểm đo đánh dấu rõ, dây mã màu, mô-đun lắp "
        "lại được để tập mạch chiếu sáng, công tắc ba chiều, ổ cắm chống giật và nối đất, tập đo bằng đồng hồ vạn năng an toàn.",
    ),
    (
        "rAo035",
        "en",
        "scitech",
        "Residential wiring lab with multi-station practice booths",
        "Design and operation of a residential wiring lab: a wood-framed room with more than 70 stations where students "
        "install panels, breakers, switches, motion sensors and lighting to electrical code, with projects of rising "
        "difficulty and strict safety rules.",
    ),
    (
        "rAo036",
        "en",
        "ucci",
        "One-year electrical installation course with NCCER certification",
        "A one-year TVET course (at least 6 hours a week) certified by NCCER that prepares trainees to work as apprentice "
        "wiremen: electrical code, reading drawings, installing outlets, switches and luminaires, test instruments and "
        "lockout/tagout safety.",
    ),
    (
        "rAo037",
        "vi",
        "tt44",
        "Tư vấn trang bị xưởng thực hành điện công nghiệp theo danh mục thiết bị chuẩn",
        "Tư vấn lập danh mục và mua sắm thiết bị dạy nghề điện công nghiệp trình độ trung cấp, cao đẳng theo Thông tư "
        "44/2009/TT-BLĐTBXH, giúp cơ sở đào tạo đủ điều kiện mở nghề.",
    ),
    (
        "rAo038",
        "vi",
        "slideshare",
        "Danh mục thiết bị tối thiểu nghề điện dân dụng – tư vấn mua sắm",
        "Hỗ trợ cơ sở dạy nghề đối chiếu danh mục thiết bị tối thiểu nghề Điện dân dụng (mã nghề 50510301) ban hành kèm "
        "Thông tư 27/2011/TT-BLĐTBXH theo từng môn học, mô-đun: điện kỹ thuật, vật liệu điện, vẽ điện, an toàn điện.",
    ),
    (
        "rAo039",
        "en",
        "mtcva",
        "Two-year electricity programme with shop practice",
        "A two-year technical programme: year one covers basic electricity and residential wiring in classroom booths and a "
        "full-scale modular home (60% classroom, 40% shop); year two covers commercial wiring, conduit bending and motor "
        "controls, with on-the-job placement for eligible students.",
    ),
    (
        "rAo040",
        "vi",
        "svktclub",
        "Thí nghiệm thực hành ảo dạy nghề điện ô tô",
        "Bộ bài thí nghiệm thực hành ảo cho mô-đun điện ô tô, xây dựng tại Trường Cao đẳng nghề KTCN Việt Nam – Hàn Quốc "
        "(Nghệ An), giúp học viên luyện chẩn đoán, đấu nối hệ thống điện ô tô trên máy tính trước khi làm trên xe thật.",
    ),
    (
        "rAo041",
        "en",
        "reasonthread",
        "Electrical training curriculum with certification and licensing preparation",
        "A curriculum package blending classroom theory with hands-on practice: wiring, conduit, schematics, circuit testing, "
        "troubleshooting and safety protocols, plus preparation for certification and licensing exams and links to "
        "apprenticeship placements.",
    ),
    (
        "rAo042",
        "vi",
        "tailieuebook",
        "Giáo trình Vận hành máy điện 90 giờ",
        "Giáo trình 90 giờ về định nghĩa, phân loại và vận hành máy điện tĩnh (máy biến áp) và máy điện quay, dùng cho lớp "
        "nghề điện.",
    ),
    (
        "rAo043",
        "vi",
        "docz_cokhi",
        "Thí nghiệm thực hành ảo cho đào tạo nghề cơ khí",
        "Kết quả luận văn của Đại học Bách khoa Hà Nội: cách xây dựng bài thí nghiệm, thực hành ảo cho mô-đun cơ khí bằng "
        "Working Model và Geogebra, có thể chuyển giao cho trường nghề thiếu thiết bị.",
    ),
    # driving simulators
    (
        "rAo044",
        "vi",
        "sviet",
        "Cabin mô phỏng lái xe ô tô cho học viên",
        "Cung cấp và vận hành cabin mô phỏng để học viên học đủ 4 giờ theo quy định: rèn xử lý tình huống nguy hiểm, lái "
        "trong thời tiết xấu, phản xạ nhanh; phần mềm có tới 100 tình huống như phố đông người, giao cắt đường sắt, qua phà, "
        "đường đèo, mưa to, sương mù.",
    ),
    (
        "rAo045",
        "vi",
        "chuongmasco",
        "Cung cấp cabin điện tử tập lái xe",
        "Cabin tập lái có đủ thao tác như buồng lái thật (khởi động, vào số, khởi hành) và cài sẵn đường trơn, mưa bão, "
        "xuống phà; bài cơ bản như đề pa lên dốc, đường vuông góc, quanh co và bài nâng cao trên địa hình đồi núi; đáp ứng "
        "yêu cầu tối thiểu 3 giờ tập trên cabin.",
    ),
    (
        "rAo046",
        "vi",
        "langson",
        "Cabin học lái xe ô tô hợp quy cho cơ sở đào tạo",
        "Doanh nghiệp nhập khẩu, sản xuất cabin học lái xe đã công bố hợp quy, sẵn sàng cung cấp cho cơ sở đào tạo lái xe "
        "phải trang bị cabin theo Thông tư 04/2022/TT-BGTVT; bài học từ vận hành số, đề pa, đường vuông góc tới địa hình.",
    ),
    (
        "rAo047",
        "en",
        "cdl",
        "Diesel truck driving simulator for CDL training",
        "A full diesel truck simulator (about USD 200,000, as bought by San Juan College) that reproduces icy roads, tyre "
        "blow-outs and curb strikes, shakes the seat and jerks the wheel, and lets students practise double-clutching "
        "without damaging a real transmission.",
    ),
    (
        "rAo048",
        "en",
        "ccj",
        "Mobile truck-driving simulator trailer for career outreach",
        "A truck simulator mounted in a 28-foot trailer that tours fairs, shows and schools to recruit future drivers, with QR "
        "codes leading to scholarship applications and licence-training sites; the Nebraska version reached more than "
        "100,000 people in a few months.",
    ),
    (
        "rAo049",
        "en",
        "virage",
        "Truck driving simulator for fleet safety training",
        "Supply of the VS600M truck driving simulator so transport fleets can train and engage younger drivers, rehearse "
        "critical skills and reinforce safe behaviour as part of a safety culture.",
    ),
    (
        "rAo050",
        "vi",
        "drivingresearch",
        "Đánh giá độc lập thiết bị mô phỏng lái xe tải cho đào tạo và sát hạch",
        "Nhóm chuyên gia năm người (đào tạo lái xe tải, yếu tố con người, mô phỏng, thiết kế thí nghiệm) lái thử và chấm "
        "các simulator thương mại như Doron, FAAC, I*SIM, xem chúng đủ để hỗ trợ đào tạo, sát hạch, cấp bằng lái xe tải chưa.",
    ),
    (
        "rAo051",
        "vi",
        "dinhvihc",
        "Phần mềm mô phỏng lái xe với 10 bài sa hình",
        "Phần mềm và thiết bị mô phỏng cabin giống xe thật, có 10 bài sa hình và các tình huống từ dễ đến khó (lùi vào chỗ "
        "đỗ hẹp, chọn hướng đi), giúp trung tâm dạy lái cho học viên luyện trước khi ra đường.",
    ),
    (
        "rAo052",
        "en",
        "zigproxy",
        "Truck driver training, simulation and testing software",
        "Software suites for truck-driver schools: structured exercises, free driving, practice tests and simulated final "
        "tests, with optional simulation stations that reproduce sound, vision and motion so trainees need fewer hours in a "
        "real truck.",
    ),
    (
        "rAo053",
        "vi",
        "vnexpress_mp",
        "Bộ 120 tình huống mô phỏng để ôn thi bằng lái",
        "Trang ôn thi phần mềm mô phỏng tình huống giao thông: 120 tình huống trong 6 nhóm, mỗi đề 10 câu, bấm phím khi "
        "phát hiện nguy hiểm; tối đa 50 điểm, đạt từ 35 điểm.",
    ),
    (
        "rAo054",
        "en",
        "audible",
        "Truck driver safety checklist podcast",
        "A podcast episode walking long-haul truck drivers through a safety checklist for bad weather, road conditions and "
        "other road users.",
    ),
    (
        "rAo055",
        "en",
        "florida",
        "Legal representation after commercial truck crashes",
        "A law firm representing victims of collisions with commercial trucks, drawing on FMCSA findings on licence "
        "training, including that simulator-based training (60% of road training) produced higher test scores.",
    ),
    # heavy-equipment simulators
    (
        "rAo056",
        "en",
        "constructionequipment",
        "PC-based excavator simulator for entry-level operators",
        "PC simulators with joysticks, a monitor and a virtual jobsite that take new operators through step-by-step "
        "exercises before they sit on a real machine; introduced for excavators in 2005 and extended to wheel loaders, haul "
        "trucks, graders, scrapers and cranes.",
    ),
    (
        "rAo057",
        "en",
        "catsim",
        "Heavy equipment simulator training programme",
        "Simulator training with real machine controls in a virtual environment: trainees learn controls and basic operation, "
        "make mistakes safely, and several trainees can practise at once under one instructor, at any hour and in any "
        "weather, without fuel or wear costs; simulators complement, not replace, training on the machine.",
    ),
    (
        "rAo058",
        "en",
        "simlog",
        "Simulation training aligned with operator certification",
        "Simulators for cranes, excavators and forklifts whose exercises mirror the practical exams of certifying bodies, so "
        "that trainees prepare for the theory and practical tests required for operator certification.",
    ),
    (
        "rAo059",
        "en",
        "jlc",
        "Simulator-administered proficiency tests for heavy equipment trainees",
        "Excavator, dozer, grader and loader simulators used by technical schools, with a built-in proficiency test that "
        "decides when a trainee is ready to move to the real machine, or a productivity score compared with a good operator.",
    ),
    # farm machinery operators and repair
    (
        "rAo060",
        "vi",
        "combine",
        "Chương trình sơ cấp nghề vận hành máy gặt đập liên hợp",
        "Bộ giáo trình trình độ sơ cấp nghề Vận hành máy gặt đập liên hợp của Bộ Nông nghiệp, gồm mô-đun MĐ03 bảo dưỡng bộ "
        "phận thu, cắt và chuyển lúa: điều chỉnh guồng gạt, góc nghiêng răng cào, xử lý lúa quấn, dùng để mở lớp cho thợ lái "
        "máy gặt.",
    ),
    (
        "rAo061",
        "en",
        "nasd",
        "Safe tractor operation workshop kit",
        "A Penn State Extension manual for organising hands-on safe tractor driving workshops for new operators: choosing "
        "instructors, tractors, machines and driving courses, instructional content, running the workshop, performance "
        "evaluation forms and task sheets, including safe hitching of implements.",
    ),
    (
        "rAo062",
        "en",
        "umaine",
        "Farm tractor safety course with written and driving test",
        "An extension course on handling tractors and equipment safely, recognising hazards and avoiding accidents, with "
        "lectures, demonstrations, tractor driving, a final written exam and driving test, and a certificate of training; "
        "the manual is free with registration.",
    ),
    (
        "rAo063",
        "vi",
        "worksafe",
        "Nội dung huấn luyện lái máy kéo và hướng dẫn giám sát",
        "Bộ nội dung huấn luyện người lái máy kéo: sổ tay nhà sản xuất, cần điều khiển, phanh, ly hợp, số, khung chống lật và "
        "dây an toàn, khởi hành và dừng, bảo dưỡng định kỳ, lắp nông cụ đúng cách; kèm hướng dẫn giám sát người mới.",
    ),
    (
        "rAo064",
        "vi",
        "danviet_sua",
        "Lớp sửa chữa máy nông nghiệp theo nhu cầu nông dân",
        "Trường Đào tạo nghề mỏ Hồng Cẩm phối hợp Hội Nông dân xã mở lớp sửa chữa máy nông nghiệp cho 35 hộ trồng rau, dạy "
        "bắt bệnh và tự sửa máy; học xong nhiều người mở xưởng sửa máy tại nhà.",
    ),
    (
        "rAo065",
        "vi",
        "nongthonmoi_ht",
        "Lớp vận hành và sửa chữa máy nông nghiệp theo chuyên đề",
        "Trung tâm Dạy nghề huyện mở lớp vận hành, sửa chữa máy nông nghiệp cho nông dân 30-60 tuổi: mỗi buổi một chuyên đề "
        "hỏng hóc thường gặp của máy cày, máy gặt, giáo viên hướng dẫn bắt bệnh và sửa từng bước, thực hành ngay.",
    ),
    (
        "rAo066",
        "vi",
        "khuyencong_tb",
        "Tập huấn vận hành, bảo dưỡng máy cơ khí nông nghiệp tại xã",
        "Trung tâm Khuyến công tổ chức lớp tại xã giúp nông dân làm chủ máy cày, máy làm đất, máy đập, máy gặt: sử dụng hiệu "
        "quả, bảo dưỡng và xử lý sự cố thường gặp, không phải chờ thợ 2-3 ngày đến cả tuần giữa thời vụ.",
    ),
    (
        "rAo067",
        "vi",
        "baodantoc",
        "Bồi dưỡng sửa chữa máy nông cụ cho lao động nông thôn",
        "Trường Trung cấp nghề tỉnh mở lớp bồi dưỡng sửa chữa máy nông cụ ngay tại xã; học viên học xong có thể vay vốn mở "
        "cửa hàng sửa máy, thu nhập 6-10 triệu đồng mỗi tháng.",
    ),
    (
        "rAo068",
        "vi",
        "danviet_asoai",
        "Lớp nghề vận hành và sửa chữa máy nông nghiệp cho thanh niên",
        "Trung tâm giáo dục nghề nghiệp mở lớp 35 học viên vận hành và sửa chữa máy nông nghiệp, đủ thiết bị thực hành; dạy "
        "vận hành đúng quy trình, đúng công suất, kiểm tra bộ phận hỏng, thay nhớt, bôi trơn.",
    ),
    (
        "rAo069",
        "vi",
        "danviet_longan",
        "Lớp trồng lúa ứng dụng công nghệ cao",
        "Trung tâm Dạy nghề và Hỗ trợ nông dân mở lớp kỹ thuật trồng lúa công nghệ cao ngay tại xã: nhận biết sâu bệnh, dùng "
        "máy sạ hàng, sạ cụm, phun phân thuốc bằng drone để giảm chi phí sản xuất.",
    ),
    (
        "rAo070",
        "vi",
        "sati",
        "Bản đồ công nghệ chế tạo ô tô và máy nông nghiệp",
        "Nghiên cứu thực trạng, xu hướng công nghệ của doanh nghiệp chế tạo ô tô và máy nông nghiệp Việt Nam, làm cơ sở cho "
        "chính sách hỗ trợ ngành cơ khí.",
    ),
    (
        "rAo071",
        "en",
        "fieldsize",
        "Study of field plot size and mechanisation efficiency",
        "Field measurements of how plot size affects the productivity and cost of tractors and combine harvesters in rice "
        "production, with a proposed minimum plot size for large-field planning.",
    ),
    # agricultural drone pilots
    (
        "rAo072",
        "vi",
        "nhandan_drone",
        'Khóa đào tạo "phi công nông nghiệp"',
        "Công ty Thiết bị bay Agridrone Việt Nam cùng Trường ĐH Nông Lâm Huế dạy lái máy bay nông nghiệp không người lái: "
        "một ngày lý thuyết bay và làm quen các dòng máy phổ biến, một ngày thực hành bay ngoài đồng, nhấn mạnh quy định an "
        "toàn, vùng cấm bay và xin phép bay.",
    ),
    (
        "rAo073",
        "vi",
        "khuyennong_qt",
        "Tập huấn 10 ngày sử dụng UAV phun thuốc trên lúa",
        "Trung tâm Khuyến nông Quốc gia và Viện Nghiên cứu và Ứng dụng Công nghệ cao Hòa Lạc mở lớp 12 học viên (cán bộ "
        "khuyến nông, HTX, nông dân giỏi) trong 10 ngày về UAV HLD18: lắp đặt, tạo đường bay, chọn bản đồ, vận hành, an "
        "toàn bay và thủ tục xin phép bay.",
    ),
    (
        "rAo074",
        "vi",
        "danviet_6000",
        "Tập huấn và cấp chứng chỉ vận hành drone nông nghiệp",
        "CropLife Việt Nam, Cục Trồng trọt và BVTV và AgriDrone tổ chức khóa tập huấn có cấp chứng chỉ vận hành drone cho "
        "hơn 30 cán bộ khảo nghiệm; cả nước đã có trên 6.000 drone nông nghiệp, 70% hoạt động ở Tây Nam Bộ.",
    ),
    (
        "rAo075",
        "en",
        "skillbank",
        "Agricultural drone operator course with final assessment",
        "A structured course for farm drone operators: drone parts and batteries, aviation rules and permits, pre-flight "
        "checks, manual and autonomous flight, spraying with tank mixing, calibration and drift control, crop mapping, "
        "maintenance and a final assessment.",
    ),
    (
        "rAo076",
        "en",
        "senasa",
        "Introduction to agricultural drones: theory and flight day",
        "A course of 4 hours of classroom theory (regulations, operation categories, RGB, multispectral and spraying "
        "equipment) followed by a 4-hour demonstration flight session with several drone types.",
    ),
    (
        "rAo077",
        "en",
        "croppilot",
        "Spraying drone pilot practical course and skill assessment",
        "Practical training and skill assessment for agricultural spraying drone pilots under the PDRA-G03 scenario, run by "
        "a school recognised by the aviation authority as an assessment entity.",
    ),
    (
        "rAo078",
        "en",
        "farms_ne",
        "Remote pilot knowledge test session for farmers",
        "Extension service sessions where farmers sit the remote pilot knowledge test needed to fly drones commercially, "
        "with advice from farmers who already spray with large drones.",
    ),
    (
        "rAo079",
        "vi",
        "danviet_baclieu",
        "Tập huấn an toàn sử dụng drone cho nông dân",
        "Lớp tập huấn ngoài đồng hướng dẫn nông dân điều khiển drone an toàn: tránh cây cao, đường dây điện, người xung quanh; "
        "một drone có thể phun hàng chục héc-ta và tiết kiệm 20-30% phân, thuốc.",
    ),
    (
        "rAo080",
        "en",
        "medium_pvcc",
        "Drone certification class for farmers at a community college",
        "A community college course that prepares farmers for the remote pilot certificate and teaches them to operate "
        "drones and extract data for precision farming, field assessment and targeted spraying.",
    ),
    (
        "rAo081",
        "vi",
        "nld_drone",
        "Dịch vụ drone sạ lúa, rải phân, phun thuốc thuê",
        "Tổ đội bay nhận sạ lúa, rải phân, xịt thuốc trừ sâu bằng drone cho ruộng lớn theo vụ, giá thuê cạnh tranh.",
    ),
    (
        "rAo082",
        "vi",
        "nanobac",
        "Drone phun thuốc bảo vệ thực vật tiết kiệm nước",
        "Giới thiệu phun thuốc BVTV bằng drone: tiết kiệm hơn 90% nước, nhanh gấp 30 lần phun thủ công mà hiệu lực phòng "
        "trừ tương đương.",
    ),
    # skills testing and certification
    (
        "rAo083",
        "vi",
        "laodongthudo",
        "Đánh giá, cấp chứng chỉ kỹ năng nghề quốc gia",
        "Tổ chức đánh giá kỹ năng nghề được cấp phép, đủ cơ sở vật chất và mỗi bậc trình độ của một nghề có ít nhất 3 đánh "
        "giá viên (ít nhất 1 người cơ hữu), nhận người lao động có nhu cầu tham dự đánh giá từ bậc 1.",
    ),
    (
        "rAo084",
        "vi",
        "luatminhkhue",
        "Tư vấn quyền lợi khi tham dự đánh giá kỹ năng nghề quốc gia",
        "Công ty luật tư vấn quyền của người lao động khi đăng ký đánh giá, cấp chứng chỉ kỹ năng nghề theo Điều 33 Luật Việc "
        "làm 2013 và giá trị của chứng chỉ ở nước có thỏa thuận công nhận lẫn nhau với Việt Nam.",
    ),
    (
        "rAo085",
        "vi",
        "tt16",
        "Chương trình đào tạo nghiệp vụ đánh giá kỹ năng nghề quốc gia",
        "Khóa đào tạo đánh giá viên theo chương trình ban hành kèm Thông tư 16/2022/TT-BLĐTBXH (hiệu lực 21/10/2022), điều "
        "kiện để được cấp thẻ đánh giá viên kỹ năng nghề quốc gia.",
    ),
    (
        "rAo086",
        "vi",
        "tt4133",
        "Hướng dẫn thủ tục đăng ký đánh giá kỹ năng nghề quốc gia",
        "Dịch vụ hướng dẫn hồ sơ, trình tự đăng ký tham dự và tổ chức đánh giá, cấp chứng chỉ kỹ năng nghề quốc gia theo văn "
        "bản hợp nhất 4133/VBHN-BLĐTBXH (2020) của Thông tư 19/2016 đã sửa đổi.",
    ),
    (
        "rAo087",
        "vi",
        "qlht",
        "Mô hình quản lý hệ thống đánh giá kỹ năng nghề có doanh nghiệp tham gia",
        "Nhóm nghiên cứu chuyển giao mô hình quản lý hệ thống đánh giá kỹ năng nghề quốc gia theo hướng chuẩn hóa, có doanh "
        "nghiệp tham gia xây dựng tiêu chuẩn và đánh giá, từ một luận án 313 trang.",
    ),
    (
        "rAo088",
        "en",
        "skillstools",
        "Recognition of prior learning assessment in Skillsbank",
        "An online RPL process in four steps (identification, documentation, assessment, certification): candidates first "
        "self-assess and upload evidence, then an independent assessor validates the competences towards a partial or full "
        "qualification.",
    ),
    (
        "rAo089",
        "en",
        "springer",
        "Advisory on recognition-of-prior-learning systems",
        "Comparative advice on recognising non-formal and informal learning: assessment standards and methods per sector, "
        "the role of providers, training of assessors and counsellors, and quality assurance of the process.",
    ),
    (
        "rAo090",
        "en",
        "skillsmax",
        "Online proctored exams with identity checks",
        "Proctored online exams with time limits, identity verification, a webcam scan of the room and monitoring of screen "
        "activity, plus an ungraded practice exam so candidates can set up the software beforehand.",
    ),
    (
        "rAo091",
        "en",
        "skillrobo",
        "Remote proctored assessment tests for hiring",
        "Remote proctoring of employers' recruitment tests, either recorded and reviewed later or watched live by a human "
        "proctor through the candidate's webcam, to prevent impersonation and cheating.",
    ),
    (
        "rAo092",
        "en",
        "youtestme",
        "Online testing platform with practice run before proctored exams",
        "An online test platform on which the organiser first runs a mandatory zero-point dummy test so candidates check "
        "camera and microphone, then holds the official proctored exam; the vendor helps prepare the questions.",
    ),
    (
        "rAo093",
        "en",
        "nccer",
        "Proctor console for written module tests",
        "A testing system in which a proctor authorises candidates from a console on one computer while each test taker "
        "logs in on a separate computer to sit written module tests.",
    ),
    (
        "rAo094",
        "en",
        "jff",
        "Verifiable digital credentials and wallets for learning and employment records",
        "Help to issue course and employment records as W3C Verifiable Credentials that earners keep in a digital wallet and "
        "send free to employers, who can check authenticity and the skills behind each credential; tested with 40 "
        "developers and three issuing organisations.",
    ),
    (
        "rAo095",
        "vi",
        "trainingindustry",
        "Chứng chỉ số có thể xác minh cho khóa đào tạo nghề",
        "Cấp chứng chỉ, chứng nhận dưới dạng số an toàn, không sửa được, kèm siêu dữ liệu mô tả kỹ năng và bằng chứng; nhà "
        "tuyển dụng xác minh điện tử ngay với đơn vị cấp, rút ngắn khâu sàng lọc và nhận việc.",
    ),
    (
        "rAo096",
        "en",
        "etf_micro",
        "Portable, digitally signed micro-credentials",
        "Guidance and tooling for providers to issue machine-readable, digitally signed micro-credentials in an agreed "
        "format that any verifier can authenticate and process, while learners keep ownership of their records.",
    ),
    (
        "rAo097",
        "en",
        "diplomasafe",
        "Digital diploma and micro-credential issuing platform",
        "A platform for issuing tamper-proof digital diplomas, certificates, badges and micro-credentials that employers can "
        "verify instantly, letting training providers certify short skill courses.",
    ),
    (
        "rAo098",
        "en",
        "parsec",
        "Pre-employment applicant testing portal",
        "A web portal where job applicants create an account and take multiple-choice employment tests with four answer "
        "options, may review before grading, and can retake after a waiting period set by the employer.",
    ),
    (
        "rAo099",
        "en",
        "encrypthos",
        "Blockchain skills passport concept",
        "An explainer on the idea of a self-sovereign, blockchain-anchored skills passport that would replace siloed "
        "institutional credentials.",
    ),
    (
        "rAo100",
        "en",
        "destinai",
        "Occupational profile: assessor of prior learning",
        "A job description from an occupation database: assessors of prior learning measure a candidate's competences "
        "against a qualification standard and judge whether performance criteria are met.",
    ),
    # digital skills for household businesses
    (
        "rAo101",
        "en",
        "opengovasia",
        "Free digital skills programme for small businesses",
        "A free programme run with the Ministry of Industry and Trade teaching digital marketing, e-commerce, online "
        "presence and business management; 650,000 people trained, 30% above plan, through classes, mobile classes in remote "
        "areas and 28 online courses in 14 categories.",
    ),
    (
        "rAo102",
        "en",
        "vnplus_google",
        "Digital skills courses for SME employees",
        "The Accelerate Vietnam Digital 4.0 initiative, expanded under an agreement with the Ministry of Industry and Trade, "
        "offers digital skills courses to help about 500,000 employees of small businesses promote and sell online.",
    ),
    (
        "rAo103",
        "vi",
        "ecomdx",
        "Đào tạo kỹ năng số và bán hàng trên sàn TMĐT cho hộ kinh doanh địa phương",
        "Trung tâm Thương mại điện tử và Công nghệ số (Bộ Công Thương) phối hợp Shopee, TikTok và Sở Công Thương năm tỉnh "
        "đào tạo kỹ năng số cho doanh nghiệp, hộ kinh doanh, cán bộ; cải thiện hạ tầng TMĐT và đưa đặc sản địa phương lên sàn.",
    ),
    (
        "rAo104",
        "en",
        "theinvestor",
        "Digital literacy training for women micro-entrepreneurs",
        "University researchers propose and deliver digital literacy training for low-income women who run household and "
        "micro businesses, who make up 47% of the rural workforce in such firms, so they can sell through e-commerce.",
    ),
    (
        "rAo105",
        "vi",
        "phuongduc",
        "Lớp quay dựng video, livestream, viết nội dung bằng AI cho nông dân",
        "Lớp học cuối tuần tại xã dạy nông dân làng nghề quay dựng video, livestream bán hàng, dùng AI viết bài và khai thác "
        "Facebook, TikTok, YouTube, Zalo; mô hình huyện đặt mục tiêu mỗi xã ít nhất 200 học viên.",
    ),
    (
        "rAo106",
        "vi",
        "vnexport",
        "Hội nghị đào tạo nâng cao năng lực ứng dụng TMĐT",
        "Cục Thương mại điện tử và Kinh tế số tổ chức hội nghị đào tạo cho hơn 300 đại diện doanh nghiệp, hộ kinh doanh: xu "
        "hướng thị trường TMĐT tăng 20-25% mỗi năm, kỹ năng bán lẻ trực tuyến, thanh toán, hậu cần.",
    ),
    (
        "rAo107",
        "vi",
        "cocacola",
        "Đào tạo kinh doanh TMĐT cho phụ nữ làng nghề",
        "Dự án doanh nghiệp phối hợp Hội Phụ nữ đào tạo 30 nghệ nhân làng nón, làng sơn mài: chụp ảnh sản phẩm, xây dựng "
        "nội dung, thương hiệu cá nhân trên mạng xã hội và thực hành livestream bán hàng, triển khai liên tục ba năm.",
    ),
    (
        "rAo108",
        "vi",
        "tumorong",
        'Hướng dẫn "cầm tay chỉ việc" livestream bán nông sản',
        "Cán bộ xã và đoàn viên hướng dẫn trực tiếp bà con dân tộc thiểu số chụp ảnh, quay video, phát trực tiếp giới thiệu "
        "rau rừng, măng, bắp, củ mì trên mạng xã hội ngay tại phiên chợ.",
    ),
    (
        "rAo109",
        "en",
        "mistt",
        "Mobile Internet Skills Training Toolkit for first-time smartphone users",
        "A free, adaptable training toolkit for operators, NGOs and governments that teaches people with little internet "
        "experience what the mobile internet is and how to search and communicate, using Google, WhatsApp and YouTube on an "
        "entry-level Android phone; it includes bite-size sessions of 2-3 minutes.",
    ),
    (
        "rAo110",
        "en",
        "gsma_bf",
        "Operator-run digital skills campaigns and a digital bus",
        "Mobile-operator training campaigns built on the MISTT: Tigo Rwanda trained 80,000 customers (over 77% then used "
        "more data), Banglalink's 3,200 sales agents trained 117,000 customers in three months, and a digital bus trained "
        "63,000 rural women and girls.",
    ),
    (
        "rAo111",
        "en",
        "digwatch",
        "Impact evaluation of mobile internet skills training",
        "Survey, interviews and transaction data showing that skills training raised data use and that every trained "
        "customer passed skills on to 1.1 more people; offered as an evaluation method for digital skills campaigns.",
    ),
    (
        "rAo112",
        "vi",
        "cantho_bdhvs",
        'Khung kiến thức, kỹ năng số và nền tảng "Bình dân học vụ số"',
        'Sở Khoa học và Công nghệ Cần Thơ ban hành khung kiến thức, kỹ năng và nền tảng triển khai "Bình dân học vụ số" '
        "(ra mắt 21/5/2025): dùng thiết bị, dịch vụ công trực tuyến, sáng tạo nội dung số, an toàn trên mạng.",
    ),
    (
        "rAo113",
        "vi",
        "lethuy",
        "Phổ cập kỹ năng số cơ bản cho người dân",
        "Chương trình cấp xã hướng dẫn người dân dùng công nghệ cơ bản: đặt lịch khám trực tuyến, thanh toán không tiền mặt, "
        "học trực tuyến, bảo vệ dữ liệu cá nhân, ưu tiên người cao tuổi và vùng sâu.",
    ),
    (
        "rAo114",
        "en",
        "gsma_sierra",
        "Lessons for delivering digital skills training to underserved groups",
        "Findings from an evaluation of a MISTT campaign by Orange Sierra Leone on how well different underserved groups "
        "acquired digital skills and what socio-economic effects followed, with design recommendations.",
    ),
    (
        "rAo115",
        "en",
        "microsoft",
        "Office 365 cloud migration for SMEs",
        "A partnership with the chamber of commerce to move small and medium firms to Office 365 and the cloud and to run "
        "IT-trend workshops for them.",
    ),
    (
        "rAo116",
        "vi",
        "krongno",
        "Sàn TMĐT thuần Việt để rao bán nông sản",
        "Giới thiệu các sàn thương mại điện tử do doanh nghiệp Việt vận hành, nơi nông dân mở gian hàng bán trứng, rau, "
        "nước mắm, nông cụ, có thanh toán và giao nhận.",
    ),
    (
        "rAo117",
        "en",
        "vnplus_special",
        "University e-commerce degree programmes",
        "Formal, long-term university programmes to supply e-commerce specialists; only 30% of staff at e-commerce "
        "solution providers are formally trained.",
    ),
    (
        "rAo118",
        "en",
        "vccinews",
        "Analysis of the e-commerce workforce shortage",
        "A review of why Vietnamese enterprises lack e-commerce staff and how university e-commerce programmes are "
        "developing.",
    ),
    (
        "rAo119",
        "vi",
        "autoinvoice",
        "Phần mềm hóa đơn điện tử",
        "Phần mềm lập, gửi và lưu hóa đơn điện tử trực tuyến cho doanh nghiệp và hộ kinh doanh.",
    ),
    (
        "rAo120",
        "en",
        "alphabeta",
        "Digital economy potential report",
        "A consultancy report estimating the value digital technology could bring to Viet Nam's economy by 2030 and the "
        "barriers, including a shortage of digitally skilled workers.",
    ),
    # job matching and labour-market information
    (
        "rAo121",
        "vi",
        "dantri_jb",
        "Tư vấn xây dựng sàn việc làm liên thông dữ liệu theo mô hình Jobbörse",
        'Tư vấn mô hình "chợ việc làm" của Cơ quan Việc làm Liên bang Đức: mọi trung tâm việc làm địa phương liên thông dữ '
        "liệu, doanh nghiệp đăng tuyển miễn phí, người lao động được tư vấn nghề và giới thiệu khóa học, dữ liệu dùng dự báo.",
    ),
    (
        "rAo122",
        "vi",
        "vneconomy",
        "Sàn giao dịch việc làm quốc gia trực tuyến",
        "Nền tảng trực tuyến tích hợp dữ liệu toàn quốc của Cục Việc làm kết nối người lao động và doanh nghiệp, giảm chi phí "
        "và thời gian tuyển dụng, hạn chế môi giới bất hợp pháp, liên thông các sàn địa phương.",
    ),
    (
        "rAo123",
        "vi",
        "nld_camau",
        "Phỏng vấn tuyển dụng trực tuyến liên tỉnh qua sàn việc làm",
        "Trên sàn giao dịch việc làm quốc gia, người lao động ở tỉnh xa có thể phỏng vấn trực tuyến với doanh nghiệp TP Hồ "
        "Chí Minh; sàn cung cấp số liệu thời gian thực về cung cầu, xu hướng tuyển dụng, mức lương theo ngành, vùng.",
    ),
    (
        "rAo124",
        "vi",
        "jwork",
        "Công cụ phiên giao dịch việc làm trực tuyến cho trung tâm dịch vụ việc làm",
        "Công cụ kết nối phiên giao dịch việc làm trực tuyến giữa trung tâm dịch vụ việc làm 63 địa phương: mỗi doanh "
        "nghiệp có phòng họp Google Meet riêng để phỏng vấn, mẫu báo cáo thống nhất và công cụ quản trị kết nối.",
    ),
    (
        "rAo125",
        "vi",
        "etf_lmis",
        "Mô-đun đào tạo về hệ thống thông tin thị trường lao động",
        "Mô-đun học ngắn giúp cán bộ hiểu hệ thống thông tin thị trường lao động (LMIS) là gì, yếu tố thành công, cách thu "
        "thập thông tin về nhu cầu kỹ năng hiện tại và tương lai để gắn đào tạo với việc làm.",
    ),
    (
        "rAo126",
        "en",
        "janzz",
        "Advanced labour market information system for public employment services",
        "Occupation and skills data technology for building an advanced LMIS that gives policy makers, employment services "
        "and training providers accurate, timely information to design and monitor employment policy.",
    ),
    (
        "rAo127",
        "en",
        "ebrary",
        "Labour market observatory and employment portal",
        "Setting up an online labour market observatory that tracks jobs and wages by sex, age, location and sector from "
        "labour force surveys and job listings, so job seekers and training institutions can align choices and curricula.",
    ),
    (
        "rAo128",
        "en",
        "chemonics",
        "Online job-matching programmes for unemployed youth",
        "Workforce programmes that pair training with online and mobile job-matching platforms (such as MatchMe and Ta3mal) "
        "to connect young job seekers with employers where youth unemployment exceeds 29%.",
    ),
    (
        "rAo129",
        "en",
        "souktel",
        "SMS job matching service",
        "A mobile service through which job seekers build a short profile by SMS and receive matching vacancies and training "
        "offers, while employers post jobs and receive candidate lists; it reaches youth with basic phones and no internet.",
    ),
    (
        "rAo130",
        "en",
        "gsma_youth",
        "Mobile job connection service models",
        "Business and operating models for job connection services over SMS, voice recognition, call centres and web, built "
        "with mobile operators, with added services to improve market information and close skills gaps.",
    ),
    (
        "rAo131",
        "en",
        "wb_blog",
        "Job-matching platforms that collect labour market data",
        "Lessons from youth-led job-matching start-ups (HaHuJobs, Huntr, Seekuur) on connecting low- and middle-skilled "
        "workers with employers and on sharing platform data with national labour market information systems.",
    ),
    (
        "rAo132",
        "en",
        "itonline",
        "Opportunity-matching app with verified skills endorsements",
        "A mobile app concept that verifies job seekers and lets past employers endorse their skills, matching low- and "
        "semi-skilled workers (painters, gardeners, builders) with short-term jobs near them.",
    ),
    (
        "rAo133",
        "vi",
        "nhandan_san",
        "Kết nối cung cầu lao động, giảm chi phí môi giới tuyển dụng",
        "Kênh kết nối trực tiếp doanh nghiệp dệt may với người lao động thay cho phát tờ rơi, đăng nhóm mạng xã hội và trả "
        "môi giới 1,5-2 triệu đồng cho mỗi lao động tuyển được.",
    ),
    (
        "rAo134",
        "vi",
        "scribd_lmis",
        "Tư vấn thiết kế hệ thống thông tin thị trường lao động",
        "Tư vấn chọn cấp độ LMIS (cơ bản, trung bình, tiên tiến) và kết hợp hai chức năng: tạo số liệu mô tả thị trường lao "
        "động cho hoạch định chính sách và cung cấp dịch vụ thông tin cho người lao động, doanh nghiệp.",
    ),
    (
        "rAo135",
        "en",
        "neuaxis",
        "Review of mobile-phone employment business models",
        "A study of six mobile job-intermediation models (PULS, Konbit, Babajob, Assured Labor, LabourNet, Souktel) that use "
        "voice, SMS and apps to close information gaps between job providers and job seekers.",
    ),
    (
        "rAo136",
        "en",
        "youtheco",
        "Freelance gig platforms for short digital tasks",
        "Online marketplaces where freelancers bid for short digital assignments, with identity checks, payments and "
        "ratings, as a route for young people to earn from remote work.",
    ),
    (
        "rAo137",
        "en",
        "engagespark",
        "SMS and voice campaign platform for youth outreach",
        "A platform for sending SMS, voice and survey campaigns to large mobile audiences, promoted for youth and "
        "entrepreneurship programmes.",
    ),
    (
        "rAo138",
        "en",
        "stanford",
        "Research on job search and public employment services",
        "Academic research on job searching, matching and the role of public employment services as labour market "
        "intermediaries.",
    ),
    # training for workers going abroad
    (
        "rAo139",
        "en",
        "ilo_my",
        "Pre-departure training curriculum for workers going to Malaysia",
        "An ILO participant's manual for pre-departure orientation: workers' rights and duties, the destination's culture, "
        "laws and policies, support services and complaint channels, sending money home, return and reintegration.",
    ),
    (
        "rAo140",
        "en",
        "un_fac",
        "Facilitator's manual for participatory pre-departure training",
        "A trainer's manual for the same curriculum using participatory methods (discussion, brainstorming, case studies, "
        "role plays) so trainers can transfer knowledge, skills and attitudes to low-skilled migrants.",
    ),
    (
        "rAo141",
        "en",
        "ilo_tw",
        "Pre-departure curriculum for workers going to Taiwan (China)",
        "An ILO and DOLAB curriculum combining participatory methods with practical content for low-skilled workers, already "
        "used by 30 major recruitment agencies, nearly a quarter of those sending workers to Taiwan.",
    ),
    (
        "rAo142",
        "vi",
        "bizhub",
        "Bộ cẩm nang định hướng trước xuất cảnh cho người lao động",
        "Bộ tài liệu định hướng phát miễn phí trước khi xuất cảnh (20.000 bộ): luật lao động, quyền của lao động di cư, "
        "bảo hiểm, văn hóa nước đến, cách gửi tiền và xử lý tình huống khẩn cấp.",
    ),
    (
        "rAo143",
        "vi",
        "thanhnien_xkld",
        "Giáo trình văn hóa, pháp luật nước đến cho doanh nghiệp xuất khẩu lao động",
        "Hiệp hội Xuất khẩu lao động biên soạn giáo trình về lối sống, luật lệ nước đến (Đài Loan, UAE, Libya) phát cho 160 "
        "doanh nghiệp được phép đưa lao động đi, có tài trợ của ngân hàng và dịch vụ chuyển tiền.",
    ),
    (
        "rAo144",
        "en",
        "eps12000",
        "EPS-TOPIK Korean test preparation and skills test guidance",
        "Preparation for the computer-based EPS-TOPIK (40 listening and reading questions in 50 minutes, maximum 200 points; "
        "passing marks of 110, 80 and 60 by sector) and for the skills test that follows.",
    ),
    (
        "rAo145",
        "vi",
        "baohaiduong",
        "Tiếp nhận hồ sơ, hướng dẫn thi tiếng Hàn và tay nghề EPS",
        "Trung tâm Dịch vụ việc làm – Giáo dục nghề nghiệp tỉnh nhận hồ sơ, hướng dẫn người lao động dự kỳ thi tiếng Hàn và "
        "thi tay nghề để đi làm việc tại Hàn Quốc theo chương trình EPS; gian lận bị cấm thi 4 năm.",
    ),
    (
        "rAo146",
        "en",
        "donga",
        "Workplace-integrated, job-specific Japanese training for workers",
        "A Japanese-language training model for Vietnamese workers built on a survey of 64 workers in 7 sectors: on-the-job "
        "integrated lessons, sector-specific vocabulary for instructions and safety, technology-supported practice and "
        "employer involvement.",
    ),
    (
        "rAo147",
        "vi",
        "nuocduc",
        "Khóa tiếng Đức 13 tháng đạt B1 cho điều dưỡng đi Đức",
        "Khóa đào tạo tiếng Đức 13 tháng trong chương trình hợp tác giữa Bộ Lao động và Bộ Kinh tế Đức; khóa gần nhất 76/114 "
        "học viên đạt B1 để sang Đức học nghề chăm sóc người già.",
    ),
    (
        "rAo148",
        "vi",
        "nld230",
        "Chương trình học tiếng Đức B2 và học nghề điều dưỡng tại Đức",
        "Tuyển 230 ứng viên học tiếng Đức 13 tháng tại Hà Nội tới trình độ B2, sau đó học nghề điều dưỡng đa khoa 3 năm tại "
        "Đức với lương học nghề 1.050 euro năm đầu, 1.200 euro năm hai và 1.300 euro năm ba.",
    ),
    (
        "rAo149",
        "en",
        "vivantes",
        "Funded 18-month German course for nursing assistants",
        "A COLAB and Vivantes programme at the Goethe-Institut Hanoi: 40 candidates chosen from 135 study German for 18 "
        "months with a stipend of 300 euro a month, then work as nursing assistants in Germany.",
    ),
    (
        "rAo150",
        "vi",
        "esuhai",
        "Tư vấn chương trình thực tập sinh kỹ năng Nhật Bản",
        "Trung tâm tư vấn, đào tạo cho thực tập sinh kỹ năng sang Nhật 1-3 năm làm ở nhà máy, công xưởng, nông trại: giải "
        "thích bản chất chương trình, ngành nghề, lưu ý để tránh rủi ro.",
    ),
    (
        "rAo151",
        "vi",
        "thanhdoies",
        "Hỗ trợ chuyển sang visa Kỹ năng đặc định",
        "Tư vấn cho thực tập sinh đã xong giai đoạn số 2 (3 năm) chuyển sang Kỹ năng đặc định: chứng nhận hoàn thành, thi "
        "chứng chỉ nghề, được miễn chứng chỉ tiếng Nhật N4 nếu cùng ngành.",
    ),
    (
        "rAo152",
        "en",
        "kokoro",
        "Agricultural technical intern placement in Japan",
        "Placement and mentoring of agricultural technical interns on Japanese farms, illustrated by a former intern in "
        "Hokkaido who passed JLPT N2 during her internship and went on to a master's degree.",
    ),
    (
        "rAo153",
        "vi",
        "jvisa",
        "Luyện phỏng vấn, chuẩn bị thi tuyển thực tập sinh",
        "Khóa chuẩn bị cho người lao động 16-50 tuổi thi tuyển đơn hàng thực tập sinh kỹ năng Nhật Bản: hiểu chương trình "
        "ba giai đoạn, luyện phỏng vấn, thể lực và hồ sơ.",
    ),
    (
        "rAo154",
        "en",
        "mrc",
        "Pre-departure orientation sessions with attendance certificate",
        "Migrant resource centre sessions on living and working conditions abroad, rights and duties, the migration process, "
        "coping mechanisms and the risks of irregular migration and trafficking, ending with a certificate.",
    ),
    (
        "rAo155",
        "vi",
        "diplo",
        "Thông tin tuyển điều dưỡng sang Đức qua kênh nhà nước",
        "Đại sứ quán Đức cung cấp thông tin chương trình đào tạo, tuyển điều dưỡng qua Cục và Trung tâm Lao động ngoài nước, "
        "điều kiện đào tạo ngôn ngữ và chuyên môn, cảnh báo môi giới tư nhân thu phí cao.",
    ),
    (
        "rAo156",
        "en",
        "qdnd",
        "EPS skills and competency test preparation",
        "Coaching for the professional skill and competency test added to the EPS-TOPIK for manufacturing, construction and "
        "fishery candidates (test fee USD 24).",
    ),
    (
        "rAo157",
        "vi",
        "japanesehouse",
        "Tư vấn du học Nhật Bản",
        "Trung tâm tiếng Nhật tư vấn du học sinh: học tiếng bao lâu, học ở Việt Nam hay sang Nhật, chứng chỉ cần có.",
    ),
    (
        "rAo158",
        "vi",
        "endless",
        "Du học nghề điều dưỡng tại Đức",
        "Công ty tư vấn du học nghề Đức giới thiệu chương trình điều dưỡng tổng hợp từ năm 2020, bằng được công nhận toàn "
        "châu Âu; học sinh tự chi trả dịch vụ.",
    ),
    (
        "rAo159",
        "en",
        "growkudos",
        "Study of pre-departure orientation training in Nepal",
        "A qualitative study (6 focus groups, 6 in-depth and 8 stakeholder interviews) of how Nepalese migrants and "
        "stakeholders view mandatory pre-departure orientation.",
    ),
    (
        "rAo160",
        "vi",
        "xkld_health",
        "Khám sức khỏe đi xuất khẩu lao động Nhật Bản",
        "Thông tin chi phí và nơi khám sức khỏe cho hồ sơ xuất khẩu lao động Nhật Bản.",
    ),
    # rural vocational training in general
    (
        "rAo161",
        "vi",
        "danviet_hnd",
        "Lớp dạy nghề nông nghiệp và phi nông nghiệp cho lao động nông thôn",
        "Trung tâm Dạy nghề và Hỗ trợ việc làm nông dân (Hội Nông dân tỉnh) mở lớp theo nghề sẵn nguyên liệu, lao động ở địa "
        "phương; một năm 8 lớp cho 280 lao động: chăn nuôi gia súc, gia cầm, nuôi cá, làm chổi, sửa chữa máy nông nghiệp.",
    ),
    (
        "rAo162",
        "vi",
        "tv_thesis",
        "Khảo sát nhu cầu và giải pháp đào tạo nghề cho lao động nông thôn",
        "Nhóm nghiên cứu kinh tế phát triển nhận khảo sát nhu cầu học nghề, xác định ngành nghề, phương thức đào tạo và đánh "
        "giá kết quả đào tạo nghề cho lao động nông thôn cấp huyện, thành phố.",
    ),
    (
        "rAo163",
        "en",
        "sasktoday",
        "University UAV ground school with pilot certification",
        "A university-credit course open to students and the public on drone applications, safety, how drones work and the "
        "rules for flying them, with the chance to become a certified drone pilot.",
    ),
]
