"""Needs of the holdout233 labelled set (vocational training and skills for rural workers), with judged offers.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need, 1 = partly relevant.
"""

NEEDS = [
    # e-learning and mobile learning
    (
        "rAn01",
        "vi",
        "tv_thesis",
        "Cần nền tảng học trực tuyến cho lớp nghề lao động nông thôn TP Trà Vinh",
        "Trung tâm chúng tôi mở lớp nghề cho lao động nông thôn ở các xã ven TP Trà Vinh nhưng học viên đi làm thuê, khó "
        "lên lớp đủ buổi. Cần một hệ thống để học viên học lý thuyết trên điện thoại, làm bài kiểm tra, chúng tôi theo dõi "
        "tiến độ và cấp chứng nhận hoàn thành; phần thực hành vẫn học tại xưởng.",
        {"rAo001": 2, "rAo002": 2, "rAo003": 2, "rAo004": 1, "rAo006": 1, "rAo014": 1},
    ),
    (
        "rAn02",
        "en",
        "plo",
        "Mobile lessons that work offline for trainees in coastal Cầu Ngang",
        "Our vocational classes serve fishing and farming hamlets in Cầu Ngang where the mobile signal is so weak that people "
        "walk to the dyke to get coverage. We want trainees to download lessons and quizzes when they are in town and study "
        "at home without a connection, then sync results later.",
        {"rAo003": 2, "rAo010": 1, "rAo001": 1, "rAo011": 1},
    ),
    (
        "rAn03",
        "vi",
        "vnanet_dx",
        "Trường trung cấp ở Trà Cú cần số hóa bài giảng nhanh",
        "Trường chúng tôi ở Trà Cú được giao chuyển đổi số đào tạo nghề nhưng giáo viên ít, không có thời gian soạn bài "
        "giảng điện tử. Cần công cụ biến đề cương môn học sẵn có thành bài học, bài tập, bài kiểm tra trực tuyến trên hệ "
        "thống học tập của trường.",
        {"rAo004": 2, "rAo001": 1, "rAo002": 1, "rAo006": 1},
    ),
    (
        "rAn04",
        "en",
        "vtvgo1",
        "Teaching practical modules online at a vocational school in Long Hồ",
        "Our vocational school in Long Hồ loses weeks of workshop time when floods or epidemics close the campus, and "
        "practice makes up most of each programme. We need a way to run practical lessons remotely, for example with virtual "
        "equipment or VR simulations that trainees can operate from home.",
        {"rAo007": 2, "rAo025": 2, "rAo043": 1, "rAo040": 1, "rAo006": 1},
    ),
    (
        "rAn05",
        "en",
        "etp",
        "Learning management system for shift workers at a Duyên Hải seafood plant",
        "We process shrimp in Duyên Hải with hundreds of workers on rotating shifts. Food-safety and machine-handling training "
        "is done in the canteen and nobody tracks who finished what. We want an e-learning system where workers follow short "
        "courses on their phones, take tests and get certificates, with reports for supervisors.",
        {"rAo005": 2, "rAo001": 2, "rAo002": 2, "rAo003": 1},
    ),
    (
        "rAn06",
        "en",
        "hubt",
        "Turning syllabi into online courses at a Bình Tân training centre",
        "Our small continuing-education centre in Bình Tân has syllabi for short courses in Word files but no staff to build "
        "online lessons. We are looking for a tool, ideally using AI, that reads a syllabus and generates lessons, exercises "
        "and quizzes inside a Moodle-type platform.",
        {"rAo004": 2, "rAo001": 1, "rAo002": 1},
    ),
    (
        "rAn07",
        "en",
        "allagri",
        "Short lessons by phone for cooperative members in Tiểu Cần",
        "Our rice and vegetable cooperative in Tiểu Cần has members who mostly own basic phones and a few smartphones. We "
        "want to send short, regular lessons on cultivation and post-harvest practice to their phones, with simple quizzes, "
        "instead of calling everyone to the hall.",
        {"rAo010": 2, "rAo011": 2, "rAo012": 2, "rAo013": 2, "rAo014": 1, "rAo015": 1, "rAo016": 1},
    ),
    (
        "rAn08",
        "vi",
        "costech",
        "HTX lúa ở Cầu Kè muốn tập huấn kỹ thuật qua tin nhắn và ứng dụng chat",
        "HTX chúng tôi ở Cầu Kè có xã viên ở nhiều ấp, đa số dùng điện thoại có Zalo hoặc WhatsApp. Muốn đưa các khóa học ngắn "
        "về kỹ thuật canh tác, ghi chép sản xuất lên ứng dụng nhắn tin hoặc SMS để bà con học lúc rảnh, có câu hỏi kiểm tra.",
        {"rAo011": 2, "rAo013": 2, "rAo012": 2, "rAo010": 1, "rAo015": 1, "rAo014": 1},
    ),
    (
        "rAn09",
        "vi",
        "tropentag",
        "Bài học dạng âm thanh qua điện thoại cho nông dân Khmer lớn tuổi ở Trà Cú",
        "Hội Nông dân xã chúng tôi ở Trà Cú có nhiều hội viên người Khmer lớn tuổi, đọc chữ kém, ít dùng ứng dụng. Cần hình "
        "thức tập huấn qua cuộc gọi thoại hoặc tin nhắn giọng nói, bà con chỉ cần nghe máy là học được kỹ thuật.",
        {"rAo012": 2, "rAo015": 1, "rAo013": 1, "rAo010": 1},
    ),
    (
        "rAn10",
        "en",
        "rural21",
        "Equipping extension trainers in Mang Thít to reach farmers without smartphones",
        "Our extension station in Mang Thít has a few young trainers with tablets, but most farmers have no internet. We want "
        "digital courses for the trainers themselves so they can then teach groups in the hamlets, rather than targeting each "
        "farmer's phone.",
        {"rAo015": 2, "rAo014": 1, "rAo012": 1, "rAo011": 1, "rAo013": 1},
    ),
    (
        "rAn11",
        "vi",
        "agriapps",
        "Công ty giống rau ở Chợ Lách cần khóa học trên điện thoại cho nông dân",
        "Chúng tôi bán hạt giống rau cho nông dân Chợ Lách và muốn có khóa học trên điện thoại (cả máy thường) về ươm cây "
        "con, chăm sóc rau; nông dân làm bài kiểm tra ngắn và nhận chứng nhận hoàn thành, tốn ít dung lượng.",
        {"rAo010": 2, "rAo013": 1, "rAo011": 1, "rAo001": 1},
    ),
    # welding and electrical training
    (
        "rAn12",
        "en",
        "docz_cokhi",
        "Welding simulator to cut consumable costs at a Trà Vinh training centre",
        "Our training centre in Trà Vinh city runs welding classes for rural youth, but steel coupons, electrodes, gas and "
        "power are expensive and beginners waste most of them. We want a welding simulator (VR or screen-based) for the first "
        "weeks of practice, ideally one that scores torch angle, speed and arc length.",
        {"rAo019": 2, "rAo020": 2, "rAo023": 2, "rAo025": 2, "rAo022": 1, "rAo021": 1, "rAo024": 1},
    ),
    (
        "rAn13",
        "vi",
        "mdpi_quest",
        "Xưởng đóng tàu ở Duyên Hải cần kiểm tra tay nghề thợ hàn trước khi tuyển",
        "Xưởng đóng và sửa tàu cá của chúng tôi ở Duyên Hải nhận nhiều hồ sơ thợ hàn nhưng ít người hàn đạt. Cần thiết bị "
        "hoặc quy trình cho ứng viên hàn thử trên mô phỏng, chấm điểm khách quan để sàng lọc trước khi cho hàn thật.",
        {"rAo021": 2, "rAo023": 2, "rAo083": 1, "rAo019": 1, "rAo020": 1},
    ),
    (
        "rAn14",
        "en",
        "inox",
        "Training pipe welders for orbital joints in the Duyên Hải economic zone",
        "We are a mechanical contractor in the Định An – Duyên Hải economic zone and need welders qualified for pipe work. We "
        "look for a simulator or training programme dedicated to welding orbital joints on pipe before trainees work on real "
        "spools.",
        {"rAo022": 2, "rAo019": 1, "rAo020": 1, "rAo026": 1},
    ),
    (
        "rAn15",
        "vi",
        "scribd_mig",
        "HTX cơ khí ở Vũng Liêm cần lớp học hàn MIG nhôm",
        "HTX chúng tôi ở Vũng Liêm làm cửa nhôm, lan can, thùng xe, thợ quen hàn que thép nhưng hàn nhôm hay bị cháy thủng, "
        "rỗ khí. Cần khóa đào tạo hàn MIG cho nhôm và hợp kim nhôm: chọn dây, khí, chuẩn bị mối ghép và thực hành.",
        {"rAo026": 2, "rAo019": 1, "rAo025": 1},
    ),
    (
        "rAn16",
        "vi",
        "thainguyentv",
        "Can mo phong han dien cho lop day nghe o Chau Thanh",
        "Trung tam GDNN-GDTX huyen Chau Thanh muon day han dien co ban cho thanh nien nong thon nhung vat tu que han, phoi "
        "thep ton kem. Can thiet bi mo phong han ho quang tay hoac phong thuc hanh ao de hoc vien tap tu the, moi ho quang "
        "truoc khi han that.",
        {"rAo023": 2, "rAo025": 2, "rAo019": 1, "rAo020": 1, "rAo024": 1, "rAo026": 1},
    ),
    (
        "rAn17",
        "vi",
        "tailieuebook",
        "Trường nghề ở Tiểu Cần cần mô hình thực hành điện an toàn",
        "Trường chúng tôi ở Tiểu Cần dạy điện công nghiệp, điện dân dụng cho lao động nông thôn nhưng thiếu bàn thực hành, "
        "học viên mới dễ chạm điện. Cần mô hình mô phỏng trang bị điện hoặc bảng tập đi dây điện áp thấp, và tư vấn danh "
        "mục thiết bị cần có cho xưởng.",
        {"rAo032": 2, "rAo034": 2, "rAo037": 2, "rAo033": 1, "rAo040": 1, "rAo035": 1, "rAo042": 1},
    ),
    (
        "rAn18",
        "en",
        "mtcva",
        "Certified course for rural youth to become household electricians in Cầu Kè",
        "Our cooperative in Cầu Kè gets many requests for house wiring and wants to train local young people as electricians. "
        "We need a part-time programme of up to one year that covers wiring, drawings, safety and testing and ends with a "
        "recognised certificate.",
        {"rAo036": 2, "rAo041": 2, "rAo083": 1, "rAo034": 1, "rAo035": 1, "rAo039": 1},
    ),
    (
        "rAn19",
        "vi",
        "pttt",
        "Trung tâm ở Trà Ôn cần danh mục thiết bị tối thiểu để mở nghề điện dân dụng",
        "Trung tâm giáo dục nghề nghiệp huyện Trà Ôn chuẩn bị mở lớp điện dân dụng, cần biết phải mua những thiết bị tối "
        "thiểu nào cho từng mô-đun theo quy định và được tư vấn lập danh mục, dự toán.",
        {"rAo038": 2, "rAo037": 1, "rAo034": 1, "rAo035": 1, "rAo032": 1},
    ),
    (
        "rAn20",
        "en",
        "thaco",
        "Virtual lab for automotive electrical systems at a Vĩnh Long vocational class",
        "We teach motorbike and car repair to rural youth in Vĩnh Long and have only one old car for the electrical module. "
        "We want virtual practical exercises on automotive electrical circuits so trainees can practise diagnosis and wiring "
        "on computers first.",
        {"rAo040": 2, "rAo025": 1, "rAo033": 1, "rAo032": 1},
    ),
    # driving and heavy-equipment simulators
    (
        "rAn21",
        "vi",
        "tracnghiem",
        "Trung tâm đào tạo lái xe ở Trà Vinh cần trang bị cabin học lái",
        "Trung tâm chúng tôi đào tạo lái xe hạng B, C cho người dân các huyện Trà Vinh. Theo quy định mới, học viên phải học "
        "thực hành trên cabin mô phỏng và có giấy xác nhận in từ cabin mới được dự sát hạch. Cần mua và lắp đặt cabin hợp "
        "quy, có phần mềm tình huống giao thông.",
        {"rAo044": 2, "rAo045": 2, "rAo046": 2, "rAo051": 1, "rAo047": 1, "rAo052": 1, "rAo053": 1},
    ),
    (
        "rAn22",
        "en",
        "daylaixe",
        "Electronic driving cabins for a driving school in Vĩnh Long",
        "Our driving school in Vĩnh Long must add simulator practice: the rules introduced 3D simulation in testing from 2021 "
        "and cabin lessons from 2023. We need cockpit-like cabins with Vietnamese software covering road types, traffic "
        "situations and bad weather.",
        {"rAo044": 2, "rAo045": 2, "rAo046": 2, "rAo051": 1, "rAo052": 1, "rAo047": 1},
    ),
    (
        "rAn23",
        "en",
        "drivingresearch",
        "Simulator training for container truck drivers of a Trà Vinh logistics firm",
        "We run container trucks between Trà Vinh, the Định An port area and Ho Chi Minh City and recruit drivers from rural "
        "districts. We want a truck driving simulator to train new drivers on emergency situations, slippery roads and gear "
        "handling before they take a loaded truck.",
        {"rAo047": 2, "rAo049": 2, "rAo052": 2, "rAo050": 1, "rAo044": 1, "rAo045": 1},
    ),
    (
        "rAn24",
        "vi",
        "vnexpress_mp",
        "Can phan mem mo phong sa hinh cho hoc vien tap lai",
        "Truong day lai xe cua chung toi o Vinh Long muon co phan mem hoac thiet bi mo phong de hoc vien tap cac bai sa "
        "hinh, xu ly tinh huong tren may truoc khi ra san tap, giam hao xang va xe.",
        {"rAo051": 2, "rAo044": 2, "rAo045": 1, "rAo052": 1, "rAo053": 1},
    ),
    (
        "rAn25",
        "en",
        "virage",
        "Travelling simulator to attract young people into driving careers",
        "The provincial transport association in Trà Vinh lacks truck and bus drivers. We want a mobile driving simulator we "
        "can take to schools, job fairs and markets so young people can try driving and sign up for licence courses.",
        {"rAo048": 2, "rAo047": 1, "rAo044": 1, "rAo049": 1},
    ),
    (
        "rAn26",
        "en",
        "castellano",
        "Excavator operator training on a simulator before real machines",
        "Our construction company in Duyên Hải builds dykes and roads and needs more excavator and loader operators. Training "
        "beginners on our own machines is risky and costly. We look for simulator-based operator training, with a test that "
        "tells us when a trainee is ready for the real machine.",
        {"rAo056": 2, "rAo057": 2, "rAo058": 2, "rAo059": 2},
    ),
    (
        "rAn27",
        "vi",
        "gxcontractor",
        "HTX ở Tam Bình cần đào tạo thợ lái máy đào bằng mô phỏng",
        "HTX dịch vụ nông nghiệp của chúng tôi ở Tam Bình nhận nạo vét kênh mương, đắp bờ bao, cần đào tạo thêm thanh niên "
        "lái máy đào (máy cuốc). Muốn cho học viên tập trên thiết bị mô phỏng để khỏi lật máy, rơi xuống kênh khi mới học.",
        {"rAo056": 2, "rAo057": 2, "rAo058": 1, "rAo059": 1},
    ),
    # farm machinery operators and repair
    (
        "rAn28",
        "vi",
        "danviet_hnd",
        "HTX ở Cầu Kè cần đào tạo thợ lái máy gặt đập liên hợp",
        "HTX chúng tôi ở Cầu Kè vừa mua thêm máy gặt đập liên hợp nhưng thiếu người lái thành thạo, hay làm rơi lúa, quấn "
        "lúa. Cần lớp đào tạo vận hành và bảo dưỡng máy gặt, có chứng chỉ sơ cấp nghề cho xã viên trẻ.",
        {"rAo060": 2, "rAo065": 2, "rAo068": 1, "rAo066": 1, "rAo064": 1, "rAo161": 1},
    ),
    (
        "rAn29",
        "en",
        "baodantoc",
        "Operation and maintenance training for farm machine operators in a Long Hồ commune",
        "More and more tractors, tillers, threshers and harvesters are used in our commune in Long Hồ, but operators "
        "learned by trial and error, and when a machine breaks we have to take it to another commune and lose time and "
        "money. We want training in safe operation and routine maintenance for the operators, held in the commune.",
        {"rAo061": 2, "rAo062": 2, "rAo063": 2, "rAo065": 2, "rAo068": 2, "rAo064": 1, "rAo067": 1, "rAo066": 2},
    ),
    (
        "rAn30",
        "vi",
        "nongthonmoi_tq",
        "Thanh niên ở Trà Cú muốn học sửa máy nông nghiệp để mở tiệm",
        "Máy cày, máy xới, máy bơm ở xã tôi (Trà Cú) ngày càng nhiều mà thợ sửa ở xa. Tôi và vài bạn trẻ muốn học nghề sửa "
        "chữa máy nông nghiệp bài bản để mở tiệm sửa tại ấp, cần nơi dạy thực hành.",
        {"rAo064": 2, "rAo065": 2, "rAo068": 2, "rAo161": 1, "rAo060": 1, "rAo067": 2},
    ),
    (
        "rAn31",
        "en",
        "thainguyentv",
        "Hands-on farm machine repair course for farmer-union members in Cầu Ngang",
        "Members of our farmers' union in Cầu Ngang want a practical course in repairing small engines, pumps and "
        "tillers, taught in the commune with real machines, so they can fix their own equipment during the season.",
        {"rAo064": 2, "rAo065": 2, "rAo067": 2, "rAo066": 1, "rAo161": 1, "rAo068": 2},
    ),
    (
        "rAn32",
        "vi",
        "combine",
        "Can lop van hanh bao duong may cay may xoi cho nong dan",
        "Hoi nong dan xa o Cang Long can mo lop huong dan van hanh dung cach va bao duong may cay, may xoi, may gat cho ba "
        "con, day bat benh hong hoc thuong gap de tu xu ly ngoai dong.",
        {"rAo065": 2, "rAo066": 2, "rAo068": 2, "rAo067": 1, "rAo063": 1, "rAo061": 1, "rAo064": 2, "rAo060": 1},
    ),
    (
        "rAn33",
        "en",
        "sati",
        "Operator training package for combine harvester buyers in Vĩnh Long",
        "We assemble and sell farm machinery in Vĩnh Long and customers often damage combine harvesters in the first season. "
        "We want a standard operator training programme, with curriculum and modules on harvesting and maintenance of the "
        "cutting and feeding parts, to deliver with each machine sold.",
        {"rAo060": 2, "rAo061": 1, "rAo062": 1, "rAo066": 1},
    ),
    # agricultural drone pilots
    (
        "rAn34",
        "vi",
        "nld_drone",
        "HTX ở Tiểu Cần cần tập huấn lái drone an toàn, có chứng chỉ",
        "HTX chúng tôi ở Tiểu Cần đã mua drone để sạ lúa, rải phân, phun thuốc, nhưng việc dùng drone còn nhiều bất cập: "
        "xã viên tự mày mò, dễ va chạm, phun không đều. Cần khóa đào tạo bài bản cho xã viên: lý thuyết bay, an toàn, lập "
        "đường bay, hiệu chỉnh phun và cấp chứng chỉ vận hành.",
        {"rAo072": 2, "rAo073": 2, "rAo074": 2, "rAo075": 2, "rAo077": 1, "rAo076": 1, "rAo079": 2},
    ),
    (
        "rAn35",
        "en",
        "nld_drone",
        "Young farmers in Càng Long want to become certified drone spraying pilots",
        "Several young people in Càng Long want to start a drone service for seeding, fertilising and spraying rice for "
        "neighbours. Before buying drones they need a course in flying, spray calibration and safety that ends with a "
        "recognised operator certificate.",
        {"rAo075": 2, "rAo077": 2, "rAo072": 2, "rAo074": 2, "rAo078": 1, "rAo080": 1, "rAo163": 1},
    ),
    (
        "rAn36",
        "vi",
        "nanobac",
        "Trạm trồng trọt huyện cần đào tạo cán bộ khảo nghiệm phun thuốc bằng drone",
        "Trạm Trồng trọt và Bảo vệ thực vật huyện ở Trà Vinh phải theo dõi các khảo nghiệm thuốc phun bằng drone. Cần khóa "
        "học cho cán bộ về quy định khảo nghiệm, nguyên lý thiết bị bay và thực hành điều khiển drone trên ruộng lúa.",
        {"rAo074": 2, "rAo073": 2, "rAo072": 1, "rAo077": 1},
    ),
    (
        "rAn37",
        "en",
        "farms_ne",
        "Short introduction to agricultural drones, including mapping, for extension staff",
        "The agricultural extension centre in Vĩnh Long wants a short course, one or two days, for its staff on agricultural "
        "drones: regulations, RGB and multispectral crop mapping, spraying drones and a supervised flying session.",
        {"rAo076": 2, "rAo075": 2, "rAo080": 1, "rAo163": 1, "rAo072": 1, "rAo078": 1},
    ),
    (
        "rAn38",
        "en",
        "pontevedra",
        "Week-long drone camp that prepares students for a pilot certificate",
        "The provincial youth union in Vĩnh Long wants to run a drone camp for vocational and upper-secondary students from "
        "farming families: how drones work, rules and safety, flight practice, and preparation for a drone pilot licence.",
        {"rAo080": 2, "rAo163": 2, "rAo075": 2, "rAo072": 1, "rAo078": 1},
    ),
    # skills testing and certification
    (
        "rAn39",
        "vi",
        "tt16",
        "Doanh nghiệp cơ khí ở Vĩnh Long cần đánh giá, cấp chứng chỉ kỹ năng nghề cho công nhân",
        "Công ty cơ khí của chúng tôi ở Bình Minh có nhiều thợ tay nghề tốt nhưng không bằng cấp, khách hàng dự án yêu cầu "
        "chứng chỉ. Cần đơn vị được phép đánh giá và cấp chứng chỉ kỹ năng nghề quốc gia bậc 1, bậc 2 cho công nhân.",
        {"rAo083": 2, "rAo086": 1, "rAo084": 1, "rAo087": 1, "rAo085": 1},
    ),
    (
        "rAn40",
        "en",
        "qlht",
        "Training our instructors as national skills assessors",
        "Our vocational college in Trà Vinh wants to host national occupational skills assessment with local employers. First "
        "we need several instructors trained and carded as national skills assessors.",
        {"rAo085": 2, "rAo083": 1, "rAo086": 1, "rAo087": 1},
    ),
    (
        "rAn41",
        "en",
        "destinai",
        "Recognising the skills of self-taught farm mechanics in Vũng Liêm",
        "Many mechanics in Vũng Liêm learned on the job and have no diploma, so factories will not hire them. We want a "
        "process that assesses what they already know against a standard and certifies it, without sending them back to a "
        "full course.",
        {"rAo088": 2, "rAo083": 2, "rAo089": 1, "rAo084": 1},
    ),
    (
        "rAn42",
        "vi",
        "parsec",
        "Tổ chức thi lý thuyết nghề trực tuyến có giám sát cho học viên ở xa",
        "Trung tâm giáo dục nghề nghiệp ở Duyên Hải có học viên ở các xã cù lao, đi lại khó. Muốn tổ chức thi lý thuyết "
        "trực tuyến có xác minh danh tính, giám sát qua webcam, có bài thi thử để học viên làm quen.",
        {"rAo090": 2, "rAo092": 2, "rAo093": 1, "rAo001": 1, "rAo091": 2, "rAo098": 1},
    ),
    (
        "rAn43",
        "en",
        "skillrise",
        "Verifiable digital certificates for a cooperative training programme",
        "Our cooperative union in Trà Vinh trains many workers each year and employers keep calling to check paper "
        "certificates, some of them fake. We want to issue digital certificates that employers can verify online instantly "
        "and that workers keep on their phones.",
        {"rAo094": 2, "rAo096": 2, "rAo097": 2, "rAo095": 2, "rAo099": 1},
    ),
    (
        "rAn44",
        "vi",
        "encrypthos",
        "Can cap chung chi so cho hoc vien hoc nghe",
        "Trung tam day nghe o Tra On muon cap chung chi dang so cho hoc vien, doanh nghiep quet ma la kiem tra duoc that "
        "gia, hoc vien luu tren dien thoai, khong so mat giay.",
        {"rAo095": 2, "rAo097": 2, "rAo094": 2, "rAo096": 2, "rAo099": 1},
    ),
    (
        "rAn45",
        "vi",
        "luatminhkhue",
        "Lao động Trà Vinh cần chứng chỉ kỹ năng nghề được công nhận khi ra nước ngoài",
        "Tôi là thợ điện ở Châu Thành, muốn có chứng chỉ kỹ năng nghề quốc gia để tìm việc ở nước ngoài. Cần biết thủ tục "
        "đăng ký và nơi tổ chức đánh giá, cấp chứng chỉ.",
        {"rAo083": 2, "rAo086": 2, "rAo088": 1, "rAo084": 1},
    ),
    # digital skills for household businesses
    (
        "rAn46",
        "vi",
        "plo",
        "HTX nông sản ở Cầu Kè cần lớp làm nội dung, quay video, livestream bán hàng",
        "HTX chúng tôi ở Cầu Kè bán trái cây, mứt qua mạng nhưng thiếu người viết kịch bản, làm nội dung, quay video quảng "
        "bá, livestream còn vụng. Cần lớp đào tạo thực hành cho xã viên về nội dung số và bán hàng trên sàn, mạng xã hội.",
        {"rAo105": 2, "rAo107": 2, "rAo108": 2, "rAo103": 2, "rAo101": 1, "rAo106": 1},
    ),
    (
        "rAn47",
        "en",
        "vtcnews",
        "Training women stall-holders in Tiểu Cần to sell on Shopee and TikTok",
        "Members of our women's union in Tiểu Cần run small stalls and home businesses selling dried fish, rice paper and "
        "fruit. They want practical training in opening shops on e-commerce platforms, filming products and livestreaming, "
        "since selling online should cut costs but they do not know where to start.",
        {"rAo103": 2, "rAo107": 2, "rAo101": 2, "rAo104": 2, "rAo105": 1},
    ),
    (
        "rAn48",
        "en",
        "sbv_bdhvs",
        "Digital literacy for low-income women running household businesses in Trà Cú",
        "Many household businesses in Trà Cú are run by women with low incomes and little experience of smartphones beyond "
        "calls. We need basic digital literacy training, from using the mobile internet safely to simple online selling, "
        "adapted to their level.",
        {"rAo101": 2, "rAo109": 2, "rAo107": 2, "rAo110": 1, "rAo113": 1, "rAo104": 2},
    ),
    (
        "rAn49",
        "vi",
        "dantri_borau",
        "Hộ trồng rau ở Cầu Ngang muốn học bán hàng trên sàn thương mại điện tử",
        "Nhà tôi ở Cầu Ngang trồng rau, nuôi gà, bán bó rau vài nghìn đồng ngoài chợ bị ép giá. Muốn được dạy cách chụp ảnh, "
        "đăng bán, livestream, đóng gói và giao hàng qua sàn thương mại điện tử.",
        {"rAo103": 2, "rAo105": 2, "rAo108": 2, "rAo101": 1, "rAo116": 1},
    ),
    (
        "rAn50",
        "en",
        "gsma_sierra",
        "Basic mobile internet training for first-time smartphone users in Duyên Hải",
        "In our commune in Duyên Hải many older people and fishermen's wives have just received cheap smartphones but only "
        "make calls. We want a simple, tested training package on searching, messaging and watching videos safely, that "
        "local volunteers can deliver.",
        {"rAo109": 2, "rAo113": 2, "rAo112": 2, "rAo110": 1, "rAo111": 1, "rAo114": 1},
    ),
    (
        "rAn51",
        "vi",
        "sbv_bdhvs",
        'Xã ở Mang Thít cần học liệu triển khai "Bình dân học vụ số"',
        'UBND xã ở Mang Thít được giao triển khai phong trào "Bình dân học vụ số" cho người dân, nhất là người cao tuổi, '
        "người thu nhập thấp. Cần khung nội dung kỹ năng số, tài liệu và nền tảng học để tổ công nghệ số cộng đồng hướng dẫn.",
        {"rAo112": 2, "rAo113": 2, "rAo109": 2, "rAo111": 1},
    ),
    (
        "rAn52",
        "en",
        "vnplus_special",
        "Short practical e-commerce courses for stall owners in Vĩnh Long city",
        "Our household business association in Vĩnh Long city has many stall owners who want to sell online. University "
        "degrees are out of reach; they need short, practical courses on e-commerce, online marketing and payments that fit "
        "around their working hours.",
        {"rAo101": 2, "rAo102": 2, "rAo106": 2, "rAo103": 2},
    ),
    (
        "rAn53",
        "vi",
        "vccinews",
        "Cơ sở bánh tét ở Cầu Kè cần đào tạo nhân viên marketing số",
        "Cơ sở sản xuất bánh tét, bánh ít của gia đình tôi ở Cầu Kè có website và trang mạng xã hội nhưng bỏ không. Cần khóa "
        "học cho hai, ba nhân viên về marketing số, quảng cáo trực tuyến và quản lý bán hàng online.",
        {"rAo101": 2, "rAo102": 2, "rAo106": 1, "rAo105": 1},
    ),
    (
        "rAn54",
        "vi",
        "microsoft",
        "Can tap huan ky nang so cho ho kinh doanh tap hoa",
        "Hoi cac ho kinh doanh tap hoa o Tieu Can can lop tap huan ky nang so: ban hang qua mang, quang ba tren Facebook, "
        "Zalo, quan ly don hang, thanh toan chuyen khoan.",
        {"rAo101": 2, "rAo102": 2, "rAo103": 2, "rAo113": 1},
    ),
    (
        "rAn55",
        "en",
        "dantri_borau",
        "Hands-on livestream coaching for Khmer villagers in Trà Cú",
        "In Khmer villages of Trà Cú, families sell vegetables, palm sugar and handicrafts at the market. They would sell more "
        "online but need someone to show them, phone in hand, how to take photos, shoot videos and go live.",
        {"rAo105": 2, "rAo107": 2, "rAo103": 1, "rAo101": 1, "rAo108": 2},
    ),
    # job matching and labour-market information
    (
        "rAn56",
        "vi",
        "gsma_youth",
        "Doanh nghiệp may ở Trà Vinh cần kênh tuyển trực tiếp lao động nông thôn",
        "Công ty may của chúng tôi ở khu công nghiệp Long Đức (Trà Vinh) cần tuyển thêm nhiều công nhân, trong khi thanh "
        "niên các huyện thiếu thông tin về việc làm và chỉ biết qua người quen hoặc môi giới. Cần kênh kết nối trực tiếp "
        "với lao động nông thôn, qua điện thoại hoặc sàn việc làm, thay cho phát tờ rơi và trả phí môi giới.",
        {"rAo122": 2, "rAo124": 2, "rAo129": 2, "rAo123": 1, "rAo128": 1, "rAo121": 1, "rAo133": 2, "rAo130": 1},
    ),
    (
        "rAn57",
        "en",
        "dantri_jb",
        "Online job exchange with remote interviews for the Vĩnh Long employment centre",
        "The employment service centre in Vĩnh Long runs job fairs in person. We want an online job exchange connected with "
        "national data, where employers post vacancies, workers from every district register once, and interviews can be held "
        "online.",
        {"rAo122": 2, "rAo123": 2, "rAo124": 2, "rAo126": 1, "rAo127": 1, "rAo121": 1},
    ),
    (
        "rAn58",
        "en",
        "vl_hr",
        "Labour market information system to align training with jobs in Vĩnh Long",
        "Vĩnh Long wants 75% of its workers trained by 2030, but the provincial labour department decides which "
        "vocational courses to fund with little data on which skills employers need. We want a labour market information "
        "system, and staff training, to track vacancies and forecast skill needs.",
        {"rAo125": 2, "rAo127": 2, "rAo134": 2, "rAo131": 1, "rAo126": 2},
    ),
    (
        "rAn59",
        "vi",
        "etf_lmis",
        "Sở cần hệ thống dữ liệu thị trường lao động để dự báo nhu cầu kỹ năng",
        "Sở phụ trách lao động ở Vĩnh Long cần xây dựng hệ thống thông tin thị trường lao động: thu thập số liệu tuyển dụng, "
        "tiền lương theo ngành, huyện, dự báo nhu cầu kỹ năng để đặt hàng đào tạo nghề sát thực tế.",
        {"rAo126": 2, "rAo127": 2, "rAo134": 2, "rAo121": 1, "rAo125": 1},
    ),
    (
        "rAn60",
        "en",
        "chemonics",
        "SMS job alerts for rural youth in Cầu Ngang",
        "Young people in Cầu Ngang mostly have basic phones and rarely use the internet, so online job portals miss them. The "
        "youth union wants a service that sends vacancies by SMS and lets them register their skills by text message.",
        {"rAo129": 2, "rAo130": 2, "rAo132": 1, "rAo124": 1, "rAo128": 1},
    ),
    (
        "rAn61",
        "vi",
        "engagespark",
        "Ứng dụng tìm việc ngắn hạn có xác thực tay nghề cho thanh niên Tam Bình",
        "Thanh niên ở Tam Bình làm phụ hồ, sơn nước, làm vườn theo ngày, tìm việc chủ yếu qua người quen. Cần ứng dụng trên "
        "điện thoại kết nối họ với chủ nhà, chủ thầu gần đó, có xác thực và đánh giá tay nghề từ người thuê trước.",
        {"rAo132": 2, "rAo129": 2, "rAo122": 1, "rAo136": 1},
    ),
    (
        "rAn62",
        "vi",
        "vl_korea",
        "Lao động về nước đúng hạn ở Vĩnh Long cần kênh tìm việc phù hợp",
        "Tỉnh đang vận động lao động ở Hàn Quốc về nước đúng hạn (cuối 2014 còn gần 9,6% lao động Vĩnh Long cư trú bất hợp "
        "pháp). Người về nước có tay nghề nhưng khó tìm việc; cần sàn kết nối việc làm để họ đăng hồ sơ và gặp doanh nghiệp.",
        {"rAo122": 2, "rAo124": 1, "rAo121": 1, "rAo131": 1},
    ),
    (
        "rAn63",
        "en",
        "neuaxis",
        "Pilot of a job-matching platform that also produces labour data",
        "A local NGO in Trà Vinh wants to pilot a job-matching service for low- and semi-skilled workers using phones (SMS, "
        "voice or app) and share its data with the province to understand local labour demand.",
        {"rAo131": 2, "rAo130": 2, "rAo129": 2, "rAo128": 1, "rAo135": 1},
    ),
    # training for workers going abroad
    (
        "rAn64",
        "en",
        "tv_abroad",
        "Pre-departure training for Trà Vinh workers going to Japan",
        "Trà Vinh aims to send at least 200 workers abroad each year; of 647 who left in 2014-2016, most went to Japan, "
        "including 304 women and 128 from ethnic minorities. Our district wants partners to run Japanese language and "
        "job-specific training and orientation before departure.",
        {"rAo150": 2, "rAo146": 2, "rAo152": 1, "rAo154": 1, "rAo139": 1, "rAo141": 1, "rAo153": 1},
    ),
    (
        "rAn65",
        "vi",
        "tv_loan",
        "Người lao động vay vốn đi làm việc ở nước ngoài cần khóa định hướng",
        "Ở Trà Vinh hơn 1.400 người đã vay gần 120 tỉ đồng để đi làm việc ở nước ngoài, trong đó 146 người dân tộc thiểu số "
        "và 64 người thuộc hộ nghèo, cận nghèo. Chúng tôi cần chương trình định hướng trước xuất cảnh: quyền lợi, hợp đồng, luật lệ và văn hóa nước đến, "
        "cách gửi tiền về an toàn.",
        {"rAo139": 2, "rAo140": 2, "rAo141": 2, "rAo142": 2, "rAo143": 2, "rAo154": 1},
    ),
    (
        "rAn66",
        "en",
        "vl_korea",
        "Korean test preparation and orientation for EPS candidates in Vĩnh Long",
        "Vĩnh Long wants more workers to go to Korea under the Employment Permit System and to come back on time. Candidates "
        "need preparation for the Korean language test and the skills test, plus orientation on contracts and the duty to "
        "return.",
        {"rAo144": 2, "rAo145": 2, "rAo156": 2, "rAo139": 1, "rAo142": 1},
    ),
    (
        "rAn67",
        "vi",
        "baohaiduong",
        "Trung tâm dịch vụ việc làm cần luyện thi tiếng Hàn EPS trên máy tính",
        "Trung tâm dịch vụ việc làm tỉnh ở Trà Vinh nhận hồ sơ thi tiếng Hàn EPS nhưng nhiều ứng viên nông thôn chưa từng "
        "làm bài thi trên máy tính. Cần chương trình luyện thi EPS-TOPIK dạng máy tính, đề nghe và đọc sát đề thật.",
        {"rAo144": 2, "rAo156": 1, "rAo092": 1, "rAo145": 1},
    ),
    (
        "rAn68",
        "en",
        "thanhnien_duc",
        "German language and nursing placement for medical graduates in Trà Vinh",
        "Germany is short of hundreds of thousands of nurses and pays around 20 euro an hour. Graduates of our medical "
        "college in Trà Vinh want a trustworthy route: German language training to the required level, then nursing training "
        "or work in Germany, preferably with costs supported.",
        {"rAo147": 2, "rAo148": 2, "rAo149": 2, "rAo155": 1, "rAo158": 1},
    ),
    (
        "rAn69",
        "vi",
        "dieuduongvien",
        "Điều dưỡng ở Vĩnh Long cần khóa tiếng Đức có hỗ trợ để sang Đức làm việc",
        "Tôi là điều dưỡng ở Vĩnh Long, đang phân vân đi Nhật hay Đức. Nếu đi Đức, tôi cần khóa học tiếng Đức qua kênh chính "
        "thống, có hỗ trợ chi phí trong thời gian học và việc làm điều dưỡng sau đó.",
        {"rAo149": 2, "rAo147": 2, "rAo148": 2, "rAo155": 1},
    ),
    (
        "rAn70",
        "en",
        "kokoro",
        "Job-specific Japanese for farm interns from a Trà Cú cooperative",
        "Our cooperative in Trà Cú sends young members as agricultural technical interns to Japanese farms. They pass basic "
        "Japanese but struggle with instructions and safety words at work. We need job-specific Japanese training and "
        "support through the intern programme.",
        {"rAo146": 2, "rAo150": 2, "rAo151": 1, "rAo153": 1, "rAo152": 1},
    ),
    (
        "rAn71",
        "vi",
        "esuhai",
        "Thực tập sinh về từ Nhật ở Cầu Ngang muốn chuyển sang Kỹ năng đặc định",
        "Tôi ở Cầu Ngang, đã hoàn thành 3 năm thực tập sinh kỹ năng ngành nông nghiệp ở Nhật. Muốn quay lại theo visa Kỹ "
        "năng đặc định, cần người hướng dẫn thủ tục, kỳ thi tay nghề và yêu cầu tiếng Nhật.",
        {"rAo151": 2, "rAo146": 1, "rAo150": 1},
    ),
    (
        "rAn72",
        "en",
        "ilo_my",
        "Participatory methods for pre-departure trainers of a Vĩnh Long recruitment agency",
        "Our licensed agency in Vĩnh Long sends factory workers to Malaysia and Taiwan. Our trainers only lecture and workers "
        "forget. We want curricula and facilitator guidance with role plays and case studies for low-skilled workers.",
        {"rAo140": 2, "rAo141": 2, "rAo143": 1, "rAo142": 1, "rAo139": 1},
    ),
    (
        "rAn73",
        "vi",
        "xkld_health",
        "Can noi dao tao chuan bi di thuc tap sinh Nhat",
        "Con toi o Cau Ke muon di thuc tap sinh ky nang o Nhat. Can trung tam uy tin tu van chuong trinh, day tieng, luyen "
        "phong van va chuan bi thi tuyen don hang.",
        {"rAo150": 2, "rAo153": 2, "rAo152": 1, "rAo146": 1},
    ),
    # rural vocational training in general
    (
        "rAn74",
        "en",
        "vl_hr",
        "Planning vocational training for rural workers in Vĩnh Long",
        "Vĩnh Long plans vocational training for 365,500 people so that 75% of workers are trained by 2030. Our district "
        "needs help surveying what rural workers want to learn, choosing trades and training formats and evaluating results.",
        {"rAo162": 2, "rAo161": 1, "rAo001": 1, "rAo125": 1},
    ),
    (
        "rAn75",
        "vi",
        "nongthonmoi_tq",
        "Huyện Càng Long cần đơn vị mở lớp nghề nông và phi nông cho lao động nông thôn",
        "Huyện Càng Long cần đơn vị dạy nghề mở các lớp ngắn hạn cho lao động nông thôn gắn với xây dựng nông thôn mới: chăn "
        "nuôi, nuôi cá, sửa chữa máy nông nghiệp và nghề phi nông nghiệp tận dụng nguyên liệu địa phương.",
        {"rAo161": 2, "rAo064": 1, "rAo065": 1, "rAo069": 1, "rAo162": 1},
    ),
]
