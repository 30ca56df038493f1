"""Needs of the holdout118 labelled set: (id, language, source key, title, description, {offer id: grade}).

Grades: 2 = the offer would solve the need, 1 = partly relevant (partial answer or adjacent step); offers not
listed are not relevant. Needs are set in Trà Vinh / Vĩnh Long even when their page is about another place.
"""

NEEDS = [
    # --- driving schools: simulators, DAT, management, test scoring ---
    (
        "mPn01",
        "vi",
        "cabin_sgt",
        "Cần cabin mô phỏng lái xe đạt chuẩn với chi phí vừa sức",
        "Trường trung cấp nghề ở TP Trà Vinh có đào tạo lái xe ô tô. Quy định bắt buộc trang bị cabin mô phỏng, không có thì "
        "không được tuyển sinh ô tô, trong khi nhà trường còn khó khăn tài chính sau dịch. Mỗi học viên học 3 giờ trên cabin, "
        "máy chạy 16 giờ/ngày thì một cabin phục vụ khoảng 180 học viên. Cần nhà cung cấp cabin đạt quy chuẩn, giá hợp lý "
        "hoặc cho thuê, trả dần.",
        {"mPo001": 2, "mPo003": 2, "mPo004": 2, "mPo002": 1, "mPo005": 1, "mPo006": 1},
    ),
    (
        "mPn02",
        "en",
        "cabin_sgt",
        "Simulator that scores learners and lets instructors review their mistakes",
        "Our driving centre in Long Hồ, Vĩnh Long, must give every car learner 3 hours on a simulator, and the machines "
        "run about 16 hours a day. Instructors cannot watch every session, so we want a simulator that records each "
        "learner's errors, scores the session against the rules and lets the instructor review and comment afterwards.",
        {"mPo005": 2, "mPo006": 2, "mPo001": 1, "mPo003": 1, "mPo002": 1},
    ),
    (
        "mPn03",
        "en",
        "moto_sim_uk",
        "Motorbike simulator with real controls for hazard-awareness training",
        "Young motorbike riders are the road users most at risk in Trà Vinh. Our licensing centre wants a motorcycle "
        "simulator built around real bike controls (throttle, clutch, brakes, indicators, mirrors) with road video, "
        "vibration and sound, to train learners and inexperienced riders in hazard awareness, and to take it to "
        "schools and fairs.",
        {"mPo007": 2, "mPo008": 2, "mPo005": 1},
    ),
    (
        "mPn04",
        "vi",
        "dat_laocai",
        "Can thiet bi DAT cho xe tap lai, du lieu hay bi mat",
        "Trung tam dao tao lai xe o Cang Long co 12 xe tap lai. Thiet bi giam sat thoi gian va quang duong hoc thuc hanh "
        "(DAT) dang dung hay loi, du lieu phien hoc khong truyen du ve may chu, hoc vien bi thieu km khong duoc xet thi. "
        "Can thiet bi DAT hop quy va he thong truyen du lieu on dinh ve co so va Cuc Duong bo.",
        {"mPo009": 2, "mPo010": 2, "mPo012": 1, "mPo011": 1},
    ),
    (
        "mPn05",
        "vi",
        "dat_raovat",
        "Theo dõi số km, số giờ chạy DAT của từng học viên",
        "Trung tâm đào tạo lái xe ở Tiểu Cần muốn học viên và giáo viên biết mỗi người đã chạy DAT bao nhiêu km, bao nhiêu "
        "giờ, còn thiếu bao nhiêu so với yêu cầu của hạng B1, B2; dữ liệu phiên học (mã khóa, tọa độ đầu cuối, thời gian) "
        "truyền khoảng 5 phút một lần cần được tập hợp và khai thác được.",
        {"mPo012": 2, "mPo010": 2, "mPo009": 1, "mPo011": 1},
    ),
    (
        "mPn06",
        "en",
        "dlx_diary",
        "Online lesson booking so learners stop rescheduling by text message",
        "A group of driving instructors in Trà Vinh city keeps lesson diaries by hand; most learners change lessons by "
        "text message, early morning slots stay empty and we lose time between lessons. We want an online booking "
        "system where learners book and move lessons themselves and each instructor gets the booking on the phone.",
        {"mPo014": 2, "mPo015": 2, "mPo017": 2, "mPo131": 2, "mPo016": 1, "mPo011": 1},
    ),
    (
        "mPn07",
        "vi",
        "driverx_overview",
        "Phần mềm quản lý cơ sở đào tạo lái xe có chi nhánh và giáo viên liên kết",
        "Cơ sở đào tạo lái xe ở Vũng Liêm hoạt động theo mô hình có chi nhánh và giáo viên liên kết (giáo viên tự có xe, "
        "không lương cứng). Cần một nền tảng quản lý xe tập lái, giáo viên, thiết bị DAT, cabin, khóa học, học viên thay cho "
        "sổ sách và nhiều phần mềm rời.",
        {"mPo011": 2, "mPo012": 2, "mPo017": 1, "mPo015": 1, "mPo131": 1},
    ),
    (
        "mPn08",
        "en",
        "autotest_epo",
        "Automated scoring of the practical driving test",
        "A driving test centre in Vĩnh Long wants to reduce disputes over practical test results: equipment on the test "
        "vehicles and course should record what the candidate does, compute a score against the standard and give "
        "pass or fail automatically.",
        {"mPo018": 2, "mPo019": 2, "mPo013": 1, "mPo006": 1},
    ),
    (
        "mPn09",
        "vi",
        "autotest_epo",
        "Cham diem tu dong bai sa hinh o to bang cam bien",
        "Trung tam sat hach lai xe o Tra Vinh muon cham diem bai thi sa hinh o to hoan toan tu dong bang cam bien gan tren "
        "xe va tren san, tinh diem theo chuan, bao dat hay khong dat, de giam tranh cai ve ket qua va giam phu thuoc sat "
        "hach vien.",
        {"mPo019": 2, "mPo018": 2, "mPo013": 1},
    ),
    # --- fleet tracking and dispatch ---
    (
        "mPn10",
        "vi",
        "gsht_bachelor",
        "Lắp thiết bị giám sát hành trình hợp chuẩn cho xe khách tuyến cố định",
        "Hợp tác xã vận tải ở Cầu Kè có 15 xe khách chạy tuyến cố định. Để được cấp phù hiệu và qua đăng kiểm, xe phải có "
        "thiết bị giám sát hành trình hợp chuẩn ghi vị trí, tốc độ, thời gian lái xe và truyền dữ liệu. Cần đơn vị cung "
        "cấp, lắp đặt và tài khoản theo dõi.",
        {"mPo020": 2, "mPo022": 2, "mPo023": 1, "mPo021": 1, "mPo027": 1, "mPo029": 1, "mPo030": 1},
    ),
    (
        "mPn11",
        "en",
        "cab_pinpoint",
        "GPS dispatch to replace radio calls in a taxi co-operative",
        "Our taxi co-operative in Duyên Hải town has 20 cars. The dispatcher calls all drivers on the radio and asks who "
        "is closest; drivers compete for some jobs and ignore others, and we never know where the cars are. We want "
        "GPS-based dispatch that sends each booking to the nearest free car.",
        {
            "mPo024": 2,
            "mPo025": 2,
            "mPo028": 2,
            "mPo032": 2,
            "mPo031": 2,
            "mPo132": 2,
            "mPo027": 1,
            "mPo029": 1,
            "mPo023": 1,
            "mPo030": 1,
        },
    ),
    (
        "mPn12",
        "vi",
        "taxi_vs_tech",
        "Hãng taxi truyền thống muốn đặt xe và thanh toán qua ứng dụng",
        "Hãng taxi truyền thống ở TP Vĩnh Long mất khách vào taxi công nghệ. Muốn khách đặt xe qua ứng dụng, thấy giá, thanh "
        "toán không tiền mặt như taxi công nghệ, trong khi vẫn giữ phù hiệu taxi, tổng đài và điểm đỗ ưu tiên.",
        {"mPo031": 2, "mPo033": 2, "mPo034": 2, "mPo035": 2, "mPo036": 2, "mPo037": 1, "mPo038": 1},
    ),
    (
        "mPn13",
        "en",
        "cab_winenfood",
        "Dispatch software for a five-car taxi service",
        "A five-sedan taxi service in Tiểu Cần runs from a desk with a crackling radio, a paper map and a notebook; fares "
        "are worked out by hand and the owner loses track of drivers. We need dispatch software that takes bookings, "
        "assigns cars, calculates fares and gives simple reports.",
        {"mPo025": 2, "mPo032": 2, "mPo036": 2, "mPo132": 2, "mPo031": 2, "mPo026": 1, "mPo024": 1, "mPo028": 1},
    ),
    (
        "mPn14",
        "en",
        "gsht_dulich",
        "Certified trip monitors for a tourist coach company",
        "We run 8 tourist coaches and contract vehicles in Vĩnh Long. To keep our transport licence each vehicle must have "
        "a certified trip-monitoring device (black box) in working order. We want a supplier who installs it and gives "
        "us the contract, invoice, acceptance record and online account needed at vehicle inspection.",
        {"mPo020": 2, "mPo022": 2, "mPo021": 1, "mPo027": 1, "mPo029": 1, "mPo030": 1},
    ),
    (
        "mPn15",
        "en",
        "traccar_fork",
        "Self-hosted open-source GPS tracking server",
        "The engineering faculty of a university in Trà Vinh runs six vehicles and many student IoT projects. We want an "
        "open-source GPS tracking server we can host ourselves, that works with cheap trackers and phones, with "
        "geofences, alarms, reports and an API for student apps.",
        {"mPo029": 2, "mPo030": 2, "mPo027": 1},
    ),
    (
        "mPn16",
        "vi",
        "taxi_vs_tech",
        "Tổng đài taxi tự định vị khách và tìm xe trống gần nhất",
        "Tổng đài taxi ở TP Trà Vinh nhận cuộc gọi rồi đọc địa chỉ cho tài xế qua bộ đàm. Muốn hệ thống tự hiện địa chỉ khách "
        "trên bản đồ, tìm xe trống gần nhất để giao cuốc, có nút khẩn cấp cho tài xế chạy ca đêm và báo cáo cuộc gọi nhỡ.",
        {"mPo028": 2, "mPo031": 2, "mPo024": 2, "mPo132": 1, "mPo023": 1, "mPo025": 1},
    ),
    # --- booking apps and ride-hailing ---
    (
        "mPn17",
        "vi",
        "taxiapp_small",
        "Làm lại ứng dụng gọi xe sơ sài của hãng taxi",
        "Hãng taxi 30 xe ở Trà Vinh đã có ứng dụng gọi xe nhưng viết sơ sài: gõ địa chỉ không có gợi ý, khó đổi điểm đón, "
        "hay báo 'không có xe' hoặc 'ngoài vùng hỗ trợ'. Cần làm lại ứng dụng cho khách và tài xế, hiện giá cước cho quãng "
        "đường.",
        {"mPo033": 2, "mPo034": 2, "mPo035": 2, "mPo036": 2, "mPo037": 1, "mPo031": 2},
    ),
    (
        "mPn18",
        "en",
        "wl_finland",
        "Own-brand ride-hailing platform for a local taxi operator",
        "A local taxi operator in Vĩnh Long wants its own branded ride-hailing platform rather than depending on the big "
        "apps: passenger and driver apps, dispatch and tracking with driver positions every few seconds, starting with "
        "about 50 cars and able to grow to other towns later.",
        {"mPo035": 2, "mPo036": 2, "mPo033": 2, "mPo034": 2, "mPo031": 2, "mPo038": 1},
    ),
    (
        "mPn19",
        "vi",
        "ticket_rural_pains",
        "Chuyển tuyến buýt trợ giá vắng khách sang xe chạy theo yêu cầu",
        "Tuyến xe buýt trợ giá về các xã vùng sâu Trà Cú, Cầu Ngang chạy gần như rỗng, tiền trợ giá hằng năm chi cho tuyến "
        "không còn phù hợp nhu cầu. Muốn chuyển sang xe nhỏ chạy theo yêu cầu: khách đặt trước qua điện thoại hoặc ứng dụng, "
        "xe gom khách theo lộ trình linh hoạt.",
        {"mPo039": 2, "mPo040": 2, "mPo034": 1},
    ),
    (
        "mPn20",
        "en",
        "taxiapp_small",
        "Book a car at the bus station and see fare, driver and plate",
        "Passengers arriving at Trà Vinh coach station want to book a taxi on the phone, get a confirmation within a "
        "minute with the estimated fare, the driver's name, number and plate. The station's partner taxi firm needs an "
        "app that does this, with address suggestions.",
        {"mPo034": 2, "mPo033": 2, "mPo035": 2, "mPo036": 2, "mPo037": 1, "mPo031": 2},
    ),
    (
        "mPn21",
        "en",
        "ticket_rural_pains",
        "Phone-booked shared minibus for elderly villagers",
        "The social affairs office of Càng Long district hears that elderly villagers cannot reach the district hospital: "
        "the scheduled bus does not pass their hamlets and most cannot use smartphone apps. We want a shared minibus "
        "service booked by phone that picks people up where they are.",
        {"mPo039": 2, "mPo040": 2, "mPo034": 1},
    ),
    # --- coach operations and ticketing ---
    (
        "mPn22",
        "vi",
        "ticket_refund",
        "Ban ve online dip Tet qua cong tac vien cho nha xe limousine",
        "Nha xe limousine tuyen Tra Vinh - TP.HCM, dip Tet khach dat ve qua dien thoai rat roi, trung cho, xep xe sai diem don; "
        "khach huy ve sat gio. Can phan mem ban ve online co cong tac vien, tu xep xe theo diem don, dong ban online khi "
        "het xe va theo doi doanh thu.",
        {"mPo043": 2, "mPo042": 2, "mPo041": 1, "mPo044": 1},
    ),
    (
        "mPn23",
        "vi",
        "bus_sonphat_app",
        "Chuyển sang lệnh vận chuyển điện tử cho xe khách",
        "Doanh nghiệp xe khách ở Tiểu Cần phải dùng lệnh vận chuyển điện tử: doanh nghiệp ký lệnh, lái xe nhận lệnh trên điện "
        "thoại, bến xe ký xuất bến và đến bến. Cần phần mềm làm được cả chuỗi này và gửi dữ liệu cho bến xe, cơ quan quản lý.",
        {"mPo042": 2, "mPo041": 1},
    ),
    (
        "mPn24",
        "en",
        "ticket_gobus",
        "Stop cash fare collection on a rural bus route",
        "Our buses on the Trà Vinh – Cầu Ngang – Duyên Hải route cover a large area and conductors collect cash; deposits "
        "and accounting are a constant problem. We want to stop taking cash on board and move to electronic or card "
        "tickets.",
        {"mPo044": 2, "mPo045": 2, "mPo042": 1},
    ),
    (
        "mPn25",
        "en",
        "ticket_thesis",
        "Online seat selection for coach tickets",
        "A coach company on the Trà Vinh – Cần Thơ route wants passengers to choose their seat online and see which seats "
        "are already taken in real time, with tickets issued electronically.",
        {"mPo042": 2, "mPo043": 1, "mPo044": 1, "mPo041": 1},
    ),
    # --- passenger information ---
    (
        "mPn26",
        "vi",
        "busapp_timbuyt",
        "Ứng dụng chỉ tuyến và giờ xe buýt sắp đến",
        "Nhiều người dân TP Trà Vinh ngại đi xe buýt vì không thuộc tuyến, không biết đổi xe ở đâu và không biết bao lâu nữa "
        "xe tới. Doanh nghiệp xe buýt muốn có ứng dụng trên điện thoại chỉ tuyến, điểm đổi xe và thời gian xe đến trạm.",
        {"mPo046": 2, "mPo047": 2, "mPo048": 2, "mPo049": 2, "mPo050": 1, "mPo051": 1},
    ),
    (
        "mPn27",
        "en",
        "busapp_trondheim",
        "Show live bus positions to passengers waiting at rural stops",
        "Passengers of our rural bus lines in Vĩnh Long sometimes wait 40 minutes in the rain for a bus that is stuck. "
        "Our buses already carry GPS units; we want passengers to see on their phones where the bus is and when it will "
        "arrive.",
        {"mPo048": 2, "mPo049": 2, "mPo046": 2, "mPo047": 2},
    ),
    (
        "mPn28",
        "en",
        "gtfs_book",
        "Publish provincial bus timetables in a standard format for map apps",
        "The provincial transport office wants all bus routes, stops and timetables of Trà Vinh and Vĩnh Long published in "
        "the standard open format so that Google Maps and trip planners show them, with real-time positions added later.",
        {"mPo050": 2, "mPo051": 2, "mPo046": 1},
    ),
    (
        "mPn29",
        "vi",
        "busapp_shuttle",
        "App theo doi xe dua ruoc sinh vien",
        "Truong dai hoc o TP Tra Vinh co xe dua ruoc sinh vien giua ben xe va truong. Sinh vien dung cho ma khong biet khi "
        "nao xe toi, lich dang tren web thuong sai. Can ung dung cho biet vi tri xe va gio xe den diem don.",
        {"mPo048": 2, "mPo049": 2, "mPo046": 1, "mPo047": 1},
    ),
    # --- car and motorbike rental ---
    (
        "mPn30",
        "en",
        "scoot_miami",
        "GPS on rental scooters and remote shut-off for reckless renters",
        "Our motorbike rental shop in Trà Vinh city serves visitors to Ao Bà Om and the pagodas. Some renters ride "
        "recklessly and neighbours complain. We want GPS on every scooter and a way to disable a scooter remotely, plus "
        "the shop's hotline shown on each bike.",
        {
            "mPo057": 2,
            "mPo058": 2,
            "mPo059": 2,
            "mPo061": 1,
            "mPo023": 1,
            "mPo029": 1,
            "mPo060": 1,
            "mPo030": 1,
            "mPo062": 1,
        },
    ),
    (
        "mPn31",
        "vi",
        "rent_thesis",
        "Ứng dụng quản lý đặt xe, hợp đồng và vị trí xe cho thuê tự lái",
        "Chủ 6 ô tô cho thuê tự lái ở TP Trà Vinh ghi chép bằng sổ tay, hay trùng lịch, khó theo dõi hợp đồng, thanh toán và "
        "không biết xe đang ở đâu. Cần ứng dụng quản lý đặt xe, hợp đồng, thanh toán, có theo dõi vị trí xe.",
        {"mPo052": 2, "mPo053": 2, "mPo054": 2, "mPo056": 2, "mPo055": 1, "mPo023": 1},
    ),
    (
        "mPn32",
        "en",
        "rent_dave",
        "One system for bookings and maintenance of a 12-car rental fleet",
        "Our self-drive rental in Vĩnh Long has 12 cars tracked on a whiteboard with licence plates, due dates and "
        "maintenance notes. We double-book and miss oil changes. We want a single system for bookings, availability and "
        "maintenance.",
        {"mPo054": 2, "mPo055": 2, "mPo056": 2, "mPo052": 2, "mPo053": 1},
    ),
    (
        "mPn33",
        "vi",
        "moto_rent_saigon",
        "Gan dinh vi va khoa xe may cho thue tu xa",
        "Cho thue xe may cho khach du lich o Cau Ngang (bien Ba Dong). Khach thue dai ngay hay mang xe di xa, co xe mat, "
        "giu passport va tien coc cung khong yen tam. Can gan dinh vi de biet xe o dau va khoa xe tu xa khi can.",
        {"mPo057": 2, "mPo058": 2, "mPo059": 2, "mPo061": 1, "mPo060": 1, "mPo062": 1},
    ),
    (
        "mPn34",
        "en",
        "scoot_mqtt",
        "App and IoT locks for a new electric scooter rental",
        "A cooperative in Càng Long plans to rent 30 electric scooters at the ferry landing. We need the rider app "
        "(find, unlock, pay), smart locks that talk to the server, and a back office for the fleet.",
        {"mPo060": 2, "mPo062": 2, "mPo059": 1, "mPo057": 1, "mPo058": 1},
    ),
    (
        "mPn35",
        "vi",
        "moto_rent_cantho",
        "Phần mềm hợp đồng, đặt cọc cho dịch vụ cho thuê xe máy dài ngày",
        "Khách sạn ở Cầu Kè cho khách du lịch thuê xe máy nhiều ngày để đi vòng miền Tây và giữ hành lý giúp khách. Cần phần "
        "mềm lập hợp đồng, theo dõi đặt cọc, lịch xe và xuất hóa đơn thay cho giấy viết tay.",
        {"mPo054": 2, "mPo052": 2, "mPo056": 2, "mPo061": 1, "mPo055": 1},
    ),
    (
        "mPn36",
        "en",
        "moto_rent_guide",
        "Written rental contracts and deposits instead of holding passports",
        "A travel agency in Trà Vinh rents 100cc motorbikes to foreign visitors for about 5 dollars a day and keeps their "
        "passports as security. We want digital rental agreements in a language the visitor understands, with the "
        "bike's agreed value if stolen, and a proper deposit record.",
        {"mPo054": 2, "mPo056": 2, "mPo052": 2, "mPo057": 1},
    ),
    # --- vehicle cleaning ---
    (
        "mPn37",
        "vi",
        "wash_scratch",
        "Rửa ô tô tự động mà không làm xước sơn",
        "Tiệm rửa xe ở thị xã Bình Minh muốn đầu tư rửa ô tô tự động để bớt người và rút thời gian, nhưng lo xe bị xước, tróc "
        "sơn và rửa không sạch các chỗ khó như mặt ca-lăng, biển số sau. Cần hệ thống phù hợp và tư vấn chọn loại.",
        {"mPo063": 2, "mPo065": 2, "mPo066": 2, "mPo067": 2, "mPo152": 1, "mPo069": 1},
    ),
    (
        "mPn38",
        "en",
        "reclaim_dave",
        "Recycle car-wash water to cut water bills",
        "Our car wash in Long Hồ has seen water and wastewater bills nearly double in 18 months, and in the dry season "
        "salt intrusion makes fresh water scarce. We want to capture the wash water, clean it and reuse it.",
        {"mPo068": 2, "mPo069": 2, "mPo070": 2, "mPo071": 2},
    ),
    (
        "mPn39",
        "vi",
        "wash_vtc",
        "Can may rua xe may tu dong cho tiem rua xe",
        "Tiem rua xe may o cho Cau Ke, dip can Tet khach xep hang dong, rua tay mat 15-20 phut mot xe. Muon mua may rua xe "
        "may tu dong de rua nhanh, it nguoi.",
        {"mPo064": 2, "mPo063": 1, "mPo067": 1},
    ),
    (
        "mPn40",
        "en",
        "busclean_detail",
        "Regular cleaning and disinfection programme for coaches",
        "A coach company in Vĩnh Long with 25 coaches and school-contract buses gets complaints about dirty seats and "
        "floors. We want a regular cleaning and disinfection routine, from nightly cleaning to periodic deep cleans.",
        {"mPo072": 2, "mPo073": 2, "mPo074": 2, "mPo126": 2, "mPo128": 2, "mPo075": 2, "mPo127": 1},
    ),
    (
        "mPn41",
        "vi",
        "busclean_detail",
        "Quy trình vệ sinh, khử khuẩn xe đưa đón công nhân hằng ngày",
        "Doanh nghiệp xe đưa đón công nhân khu công nghiệp Long Đức (TP Trà Vinh) cần quy trình vệ sinh và khử khuẩn xe hằng "
        "ngày, nhất là tay vịn, lưng ghế, để công nhân yên tâm đi xe.",
        {"mPo128": 2, "mPo075": 2, "mPo072": 2, "mPo073": 2, "mPo126": 2, "mPo074": 2, "mPo127": 1},
    ),
    (
        "mPn42",
        "en",
        "wash_scratch",
        "Fast scratch-free washing for a taxi fleet between shifts",
        "A taxi company in Vĩnh Long with 40 cars wants every car washed quickly between shifts without scratching the "
        "paint, ideally with one person running the wash.",
        {"mPo063": 2, "mPo065": 2, "mPo066": 2, "mPo067": 2, "mPo068": 1},
    ),
    # --- tyres ---
    (
        "mPn43",
        "vi",
        "tpms_vietbao",
        "Cảm biến áp suất lốp cho xe khách từng bị nổ lốp",
        "Doanh nghiệp 20 xe khách tuyến Trà Vinh – TP.HCM đã có xe nổ lốp giữa đường. Cần lắp cảm biến áp suất lốp cho xe "
        "khách nhiều bánh để tài xế biết lốp non, nóng trước khi xảy ra sự cố.",
        {
            "mPo079": 2,
            "mPo133": 2,
            "mPo081": 2,
            "mPo082": 2,
            "mPo124": 2,
            "mPo076": 1,
            "mPo077": 1,
            "mPo078": 1,
            "mPo080": 2,
            "mPo125": 2,
        },
    ),
    (
        "mPn44",
        "en",
        "retread_giib",
        "Retreading to cut the tyre bill of a bus fleet",
        "For our bus company in Trà Vinh, tyres are one of the biggest operating costs after fuel and wages. We want a "
        "retreading service for worn tyres with sound casings instead of always buying new.",
        {"mPo084": 2, "mPo085": 2, "mPo087": 2, "mPo086": 1, "mPo082": 1, "mPo083": 1, "mPo133": 1},
    ),
    (
        "mPn45",
        "vi",
        "retread_trib",
        "Đắp lốp xe buýt thay cho mua lốp mới",
        "Công ty xe buýt ở Vĩnh Long thấy lốp bánh sau nóng, mòn nhanh và phải thay liên tục. Muốn đắp lốp trên cốt lốp còn "
        "tốt thay vì mua mới, để giảm chi phí và lốp phế thải.",
        {"mPo087": 2, "mPo084": 2, "mPo085": 2, "mPo133": 1, "mPo082": 1, "mPo086": 1},
    ),
    (
        "mPn46",
        "en",
        "tpms_vietbao",
        "Tyre pressure alerts sent to the fleet office",
        "Our bus fleet in Trà Vinh wants tyre pressure warnings to reach the fleet manager's office as well as the driver, "
        "so low tyres are fixed before the next trip.",
        {"mPo080": 2, "mPo081": 2, "mPo124": 2, "mPo125": 2, "mPo082": 1, "mPo079": 1, "mPo133": 1},
    ),
    (
        "mPn47",
        "en",
        "retread_giib",
        "Measure tyre cost per kilometre by position and route",
        "A coach firm in Vĩnh Long wants to measure the cost per kilometre of each tyre by wheel position and route, "
        "to decide between new tyres, value brands and retreads.",
        {"mPo086": 2, "mPo080": 1, "mPo083": 1, "mPo085": 1},
    ),
    # --- batteries, swapping, charging ---
    (
        "mPn48",
        "vi",
        "batt_laixeho",
        "Kiểm tra, bảo dưỡng ắc quy định kỳ cho đội taxi",
        "Hợp tác xã taxi 25 xe ở TP Trà Vinh hay có xe đề không nổ buổi sáng vì ắc quy yếu, trời nóng ẩm làm bình nhanh hỏng. "
        "Cần dịch vụ kiểm tra và bảo dưỡng ắc quy định kỳ cho cả đội, thay bình đúng lúc.",
        {"mPo089": 2, "mPo096": 2, "mPo088": 2, "mPo091": 2, "mPo093": 2, "mPo094": 2, "mPo090": 1, "mPo092": 1},
    ),
    (
        "mPn49",
        "en",
        "batt_continental",
        "Battery testing routine for diesel buses with many on-board systems",
        "Our provincial bus company in Vĩnh Long runs diesel buses with several 12 V batteries in parallel, and GPS "
        "units and cameras draw power around the clock. Batteries fail without warning; we want a testing routine.",
        {"mPo091": 2, "mPo092": 2, "mPo093": 2, "mPo094": 2, "mPo096": 2, "mPo089": 1, "mPo095": 1, "mPo129": 1},
    ),
    (
        "mPn50",
        "vi",
        "swap_soha",
        "Điểm đổi pin cho tài xế xe ôm công nghệ chạy xe máy điện",
        "Tài xế xe ôm công nghệ ở TP Vĩnh Long chạy tới 250 km/ngày; chuyển sang xe máy điện thì sạc mất 4–6 giờ, lại thuê "
        "trọ không có chỗ sạc. Cần điểm đổi pin nhanh, trả phí theo gói.",
        {"mPo097": 2, "mPo098": 2, "mPo099": 2, "mPo154": 1},
    ),
    (
        "mPn51",
        "en",
        "evc_taxiinsurer",
        "Charging plan for a new electric taxi fleet",
        "An electric taxi start-up in Trà Vinh with 30 cars needs a charging strategy: where and how fast to charge at "
        "the depot and in town, how to schedule charging around shifts, and how to keep cars on the road.",
        {"mPo101": 2, "mPo103": 2, "mPo102": 2, "mPo104": 2, "mPo100": 2},
    ),
    (
        "mPn52",
        "vi",
        "evc_visualfoodie",
        "Phần mềm điều phối sạc để không nhảy aptomat ở bãi xe điện",
        "Doanh nghiệp thí điểm xe buýt điện ở Vĩnh Long cắm sạc cả đội cùng lúc khi xe về bãi; dòng tăng vọt làm nhảy "
        "aptomat, sáng ra nhiều xe chưa đầy pin mà không ai biết. Cần phần mềm điều phối sạc theo công suất bãi và giờ xuất "
        "bến.",
        {"mPo102": 2, "mPo103": 2, "mPo104": 1, "mPo101": 1},
    ),
    # --- passenger safety ---
    (
        "mPn53",
        "vi",
        "cam_24h",
        "Lắp camera giám sát lái xe và hành khách theo quy định",
        "Nhà xe ở Trà Vinh có 15 xe khách từ 9 chỗ trở lên phải lắp camera ghi hình người lái và hành khách theo quy định về "
        "kinh doanh vận tải, nếu không sẽ bị xử phạt và gặp khó khi đăng kiểm. Cần đơn vị cung cấp, lắp đặt và kết nối dữ liệu.",
        {"mPo105": 2, "mPo106": 2, "mPo107": 1, "mPo020": 1},
    ),
    (
        "mPn54",
        "en",
        "adas_dantri",
        "Warn drowsy drivers on night sleeper coaches",
        "Our sleeper coaches run overnight between Trà Vinh and Ho Chi Minh City. We want an in-cab system that detects "
        "when a driver is getting drowsy and warns him before he falls asleep at the wheel.",
        {"mPo107": 2, "mPo108": 2, "mPo109": 2, "mPo110": 2, "mPo112": 2, "mPo111": 1},
    ),
    (
        "mPn55",
        "vi",
        "adas_nghean",
        "Lắp thêm cảnh báo va chạm, lệch làn, điểm mù cho xe khách đời cũ",
        "Doanh nghiệp xe khách ở Vĩnh Long còn nhiều xe đời cũ chưa có hệ thống hỗ trợ lái. Muốn lắp thêm cảnh báo va chạm phía "
        "trước, cảnh báo lệch làn và điểm mù để giảm tai nạn khi chuyển làn trên quốc lộ.",
        {"mPo111": 2, "mPo112": 1, "mPo107": 1},
    ),
    (
        "mPn56",
        "vi",
        "child_khoahoc",
        "Chống bỏ quên trẻ trên xe đưa đón của trường mầm non",
        "Trường mầm non tư thục ở Càng Long có 3 xe đưa đón. Nhà trường lo trẻ ngủ quên trên xe sau chuyến, nhất là trưa nắng. "
        "Cần thiết bị buộc tài xế đi kiểm tra đến cuối xe, có còi báo khi bỏ qua, đáp ứng quy định mới về xe chở trẻ em.",
        {
            "mPo113": 2,
            "mPo115": 2,
            "mPo130": 2,
            "mPo114": 2,
            "mPo116": 2,
            "mPo117": 2,
            "mPo118": 2,
            "mPo119": 2,
            "mPo120": 1,
        },
    ),
    (
        "mPn57",
        "en",
        "child_fox8",
        "Low-cost child-check alarms for a kindergarten's minivans",
        "A kindergarten operator in Vĩnh Long has 8 minivans. We want an inexpensive alarm that sounds when the engine is "
        "off and the door opens unless the driver walks to the back and presses a button; our own mechanic will fit it.",
        {"mPo116": 2, "mPo117": 2, "mPo118": 2, "mPo119": 2, "mPo115": 2, "mPo130": 2, "mPo113": 2, "mPo120": 1},
    ),
    (
        "mPn58",
        "vi",
        "iid_lowcost",
        "Xe không nổ máy được nếu tài xế có cồn",
        "Doanh nghiệp vận tải hành khách ở Trà Vinh muốn gắn thiết bị đo nồng độ cồn qua hơi thở vào khóa điện: tài xế phải "
        "thổi đạt mới khởi động được xe, có lưu lại kết quả để doanh nghiệp kiểm tra.",
        {"mPo121": 2, "mPo122": 2, "mPo123": 2, "mPo165": 1},
    ),
    # --- further needs across the sub-topics ---
    (
        "mPn59",
        "vi",
        "reclaim_dave",
        "Tái sử dụng nước rửa xe mùa khô mà không bị hôi",
        "Tiệm rửa xe ở thị xã Duyên Hải thiếu nước ngọt vào mùa khô, tiền nước tăng. Muốn thu gom, lọc và dùng lại nước rửa xe "
        "nhưng sợ nước tái sử dụng bị hôi và bám cặn lên xe khách.",
        {"mPo068": 2, "mPo069": 2, "mPo070": 2, "mPo071": 2},
    ),
    (
        "mPn60",
        "en",
        "busclean_detail",
        "Cleaning crew that also checks fluids, tyres and safety kit",
        "A coach operator in Trà Vinh wants the people who clean each coach to also check fluid levels, tyre pressure, "
        "the fire extinguisher and first-aid kit, and report defects to the workshop.",
        {"mPo074": 2, "mPo072": 1, "mPo128": 1},
    ),
    (
        "mPn61",
        "vi",
        "tpms_vietbao",
        "Cảm biến áp suất lốp dễ lắp, không phải tháo lốp cho đội taxi",
        "Hãng taxi 40 xe ở TP Vĩnh Long muốn lắp cảm biến áp suất lốp loại gắn nhanh, không phải tháo lốp, có chống trộm, "
        "để tài xế tự theo dõi áp suất từng bánh.",
        {"mPo076": 2, "mPo077": 1, "mPo078": 1, "mPo079": 1, "mPo125": 1},
    ),
    (
        "mPn62",
        "en",
        "batt_continental",
        "Recharge and re-test batteries removed from buses",
        "At our bus depot in Vĩnh Long we replace the whole battery set when one battery fails. Most removed batteries are "
        "probably only discharged. We want a way to recharge, test and sort them instead of scrapping them.",
        {"mPo095": 2, "mPo129": 2, "mPo092": 1, "mPo091": 1, "mPo096": 1},
    ),
    (
        "mPn63",
        "en",
        "swap_soha",
        "Battery-swap cabinets for an e-motorbike delivery and ride co-op",
        "A delivery and ride-hailing co-operative in Vĩnh Long is moving 50 riders to electric motorbikes. Riders cannot "
        "wait hours to charge; we want battery-swap cabinets near our hubs.",
        {"mPo097": 2, "mPo098": 2, "mPo099": 2, "mPo154": 1},
    ),
    (
        "mPn64",
        "vi",
        "moto_sim_uk",
        "Máy mô phỏng cho học viên tập xe mô tô trước khi ra sân",
        "Trung tâm sát hạch ở Trà Vinh muốn học viên mô tô, nhất là người chưa từng lái, tập trên máy mô phỏng với tay ga, "
        "phanh, côn thật và tình huống nguy hiểm trước khi ra sân tập.",
        {"mPo007": 2, "mPo008": 2, "mPo005": 1},
    ),
    (
        "mPn65",
        "en",
        "dat_laocai",
        "DAT units that send learner data to the road authority",
        "A group of driving schools in Trà Vinh must fit DAT units to all training cars so that learners' driving time and "
        "distance reach the road authority's server; current units drop data.",
        {"mPo009": 2, "mPo010": 2, "mPo012": 1},
    ),
    (
        "mPn66",
        "en",
        "cab_winenfood",
        "Build driver shifts and pay from taximeter records",
        "A taxi firm in Trà Vinh wants to stop copying meter readings by hand: import the taximeter trip and payment "
        "records and build each driver's shifts and takings from them.",
        {"mPo026": 2, "mPo032": 1, "mPo024": 1},
    ),
    (
        "mPn67",
        "vi",
        "gsht_bachelor",
        "Định vị, chống trộm và nút SOS cho xe cho thuê, cầm đồ",
        "Cơ sở cầm đồ và cho thuê ô tô ở Trà Ôn cần biết xe đang ở đâu, đi bao nhiêu km, có báo động chống trộm và nút SOS cho "
        "người lái khi gặp sự cố.",
        {"mPo023": 2, "mPo027": 1, "mPo029": 1, "mPo030": 1},
    ),
    (
        "mPn68",
        "vi",
        "busapp_timbuyt",
        "Tra cứu tuyến và tìm đường đổi xe buýt trên điện thoại",
        "Hành khách các tuyến buýt giữa Vĩnh Long và Trà Vinh muốn tra cứu tuyến, giá vé và tìm đường có đổi tuyến ngay trên "
        "điện thoại, thay vì hỏi người đi đường.",
        {"mPo046": 2, "mPo047": 2, "mPo049": 1, "mPo048": 1},
    ),
    (
        "mPn69",
        "en",
        "wl_finland",
        "Open-source ride-hailing code for a student campus ride service",
        "The IT faculty of a university in Trà Vinh wants students to run a small campus ride service on open-source "
        "ride-hailing code they can study and modify.",
        {"mPo038": 2, "mPo035": 1, "mPo036": 1},
    ),
    (
        "mPn70",
        "vi",
        "cabin_sgt",
        "Bổ sung tình huống mưa, sương mù, qua phà cho phần mềm cabin",
        "Trung tâm đào tạo lái xe ở Tam Bình đã có cabin nhưng phần mềm ít tình huống. Cần thêm tình huống mưa lớn, sương mù, "
        "đường trơn, qua phà, đèo dốc để học viên tập xử lý.",
        {"mPo002": 2, "mPo005": 1, "mPo003": 1},
    ),
    (
        "mPn71",
        "en",
        "driverx_overview",
        "Per-learner priced software for a driving school",
        "A driving school in Vĩnh Long wants management software paid per learner that handles enrolment, courses, "
        "instructors, training cars and DAT data in one place.",
        {"mPo011": 2, "mPo012": 2, "mPo017": 1},
    ),
    (
        "mPn72",
        "vi",
        "ticket_gobus",
        "Máy bán vé điện tử có GPS và thanh toán thẻ cho xe buýt",
        "Xe buýt nội tỉnh Trà Vinh muốn bỏ vé giấy và tiền mặt: dùng máy bán vé điện tử có GPS, thanh toán bằng thẻ hoặc mã "
        "QR, gửi vé qua tin nhắn và lưu giao dịch để đối soát.",
        {"mPo044": 2, "mPo045": 2, "mPo042": 1},
    ),
    (
        "mPn73",
        "vi",
        "batt_laixeho",
        "Máy kiểm tra ắc quy nhanh, chính xác cả khi bình yếu điện",
        "Gara phục vụ đội xe dịch vụ ở Tiểu Cần muốn mua máy kiểm tra ắc quy đo nhanh tình trạng và mức sạc, cho kết quả tin "
        "cậy cả khi bình đang yếu điện, không phải sạc trước.",
        {"mPo092": 2, "mPo091": 2, "mPo096": 2, "mPo090": 1, "mPo093": 1},
    ),
    (
        "mPn74",
        "en",
        "adas_nghean",
        "Retrofit blind-spot and lane-departure warnings on older coaches",
        "A coach firm in Trà Vinh wants blind-spot and lane-departure warnings fitted to older coaches that have no driver "
        "assistance systems.",
        {"mPo111": 2, "mPo112": 1},
    ),
    (
        "mPn75",
        "vi",
        "bus_sonphat_app",
        "Phần mềm điều hành nhà xe: định biên lái phụ xe, chấm công",
        "Nhà xe ở Trà Vinh muốn phần mềm điều hành hằng ngày: phân công lái xe, phụ xe, giờ mở lệnh, xử lý xe hỏng đột xuất, "
        "quản lý xe hợp đồng và chấm công, chấm lượt cho lái phụ xe.",
        {"mPo041": 2, "mPo042": 1},
    ),
]
