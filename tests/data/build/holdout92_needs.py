"""Needs of the holdout92 labelled set (sports, recreation and water safety), set in Trà Vinh / Vĩnh Long.

Rows: (id, language, source, title, text, {offer id: grade}); 2 = would solve the need, 1 = partly relevant.
"""

NEEDS = [
    (
        "lPn01",
        "vi",
        "doanhnhan_vungliem",
        "Cần bể bơi di động đặt ngay sân trường tiểu học ở xã Tân An Luông, Vũng Liêm",
        "Hội phụ huynh và quỹ bảo trợ trẻ em xã muốn mua bể bơi di động lắp trong sân trường tiểu học Tân An Luông "
        "(huyện Vũng Liêm) để dạy bơi tại chỗ; hiện các em phải đi khoảng 6 km sang xã khác mới có lớp. Xã nhiều "
        "sông, mương nên phụ huynh rất lo trẻ đuối nước. Kinh phí khoảng 50 triệu đồng một bể, cần lắp nhanh, tháo "
        "cất được.",
        {"lPo001": 2, "lPo003": 2, "lPo009": 2, "lPo002": 1, "lPo004": 1, "lPo005": 1, "lPo008": 1},
    ),
    (
        "lPn02",
        "en",
        "daibieund_dongthap",
        "Temporary or floating pools for flood-zone schools in Trà Ôn before the high-water season",
        "Our education cooperative in Trà Ôn district wants every primary school in the flood-prone communes along the "
        "Hậu river to run swimming classes before the water rises each year. The schools have no pools, so we need "
        "temporary pools that can be set up in a school yard, or a floating pool on the river, plus a way to run "
        "lessons in them.",
        {
            "lPo001": 2,
            "lPo002": 2,
            "lPo003": 2,
            "lPo009": 2,
            "lPo004": 1,
            "lPo005": 1,
            "lPo006": 1,
            "lPo143": 1,
            "lPo026": 1,
        },
    ),
    (
        "lPn03",
        "vi",
        "congan_dbscl",
        "Hộ kinh doanh ở Mang Thít muốn mở hồ bơi mini lắp ráp thu phí để trẻ ven sông Cổ Chiên học bơi",
        "Gia đình tôi ở xã An Phước, huyện Mang Thít có miếng đất trống gần chợ, muốn đầu tư hồ bơi lắp ráp giá vừa "
        "phải để trẻ trong xã đến tập bơi, thu phí theo lượt. Hè vừa rồi trong xã có hai anh em sinh đôi đuối nước khi "
        "bắt cá ven sông Cổ Chiên nên phụ huynh rất cần chỗ cho con học. Cần biết chi phí khung, bạt, cấp xả nước và "
        "cách vận hành.",
        {"lPo008": 2, "lPo001": 2, "lPo002": 2, "lPo009": 1, "lPo003": 1, "lPo151": 1, "lPo019": 1, "lPo011": 1},
    ),
    (
        "lPn04",
        "en",
        "vnexpress_who",
        "School swimming and safe-rescue programme for primary pupils in Cầu Ngang",
        "A charity fund in Cầu Ngang district, working with local schools, wants to follow WHO advice that "
        "school-age children learn basic swimming, water-safety and safe-rescue skills. Community programmes in other "
        "Mekong provinces have already taught more than 30,000 children this way. We are looking for a proven "
        "curriculum and instructors to train pupils during the summer holidays.",
        {"lPo021": 2, "lPo022": 2, "lPo020": 2, "lPo019": 2, "lPo155": 2, "lPo023": 2, "lPo025": 1, "lPo028": 1},
    ),
    (
        "lPn05",
        "vi",
        "trithuc_travinh",
        "Cần mô hình trông giữ trẻ phòng đuối nước cho gia đình có cha mẹ đi làm xa ở xã Ngũ Lạc, Duyên Hải",
        "Ở ấp Rọ Say, xã Ngũ Lạc (Duyên Hải) nhiều cha mẹ lên TP.HCM làm thuê, gửi con cho ông bà; vừa qua ba bé "
        "trai 8–14 tuổi đuối nước trong cái ao nhà dân rộng chừng 10 m2, sâu 3–4 m. Hội phụ nữ xã muốn mở điểm giữ "
        "trẻ ban ngày và tổ chức giám sát trẻ quanh ao, kênh; cần mô hình đã được chứng minh và cách tổ chức.",
        {"lPo023": 2, "lPo024": 2, "lPo027": 1, "lPo153": 1, "lPo020": 1},
    ),
    (
        "lPn06",
        "vi",
        "vinhlong_thieunien",
        "Can giao vien co chung nhan day boi an toan de mo lop he mien phi o Long Ho",
        "Doan thanh nien xa phoi hop cac truong o huyen Long Ho can mo lop hoc boi mien phi trong thang 7 cho 60 hoc "
        "sinh tieu hoc va 60 hoc sinh THCS chua biet boi. Can giao vien co giay chung nhan huong dan vien day boi an "
        "toan phong chong duoi nuoc, giao an tung buoi va cho hoc. Hoc sinh tu chuan bi do boi.",
        {"lPo020": 2, "lPo019": 2, "lPo155": 2, "lPo152": 1, "lPo025": 1, "lPo021": 1},
    ),
    (
        "lPn07",
        "en",
        "lamdong_dayboi",
        "Build a small permanent teaching pool on family land in Tiểu Cần and run lessons",
        "We are a couple in Tiểu Cần town; one of us graduated in physical education and has taught swimming at hotel "
        "pools for years. We want to build a modest permanent pool on our own land so local pupils can learn all year, "
        "since there is no public pool nearby. We need a design that fits a small plot and budget, with filtration, "
        "and advice on running it.",
        {
            "lPo151": 2,
            "lPo006": 2,
            "lPo004": 2,
            "lPo005": 1,
            "lPo008": 1,
            "lPo150": 1,
            "lPo011": 1,
            "lPo012": 1,
            "lPo026": 1,
        },
    ),
    (
        "lPn08",
        "vi",
        "afamily_nuoc",
        "Hồ bơi tư nhân ở TP Vĩnh Long quá tải mùa hè, nước nặng mùi clo, cần cải thiện xử lý nước",
        "Hồ bơi của chúng tôi ở TP Vĩnh Long vào mùa hè đông khách gấp 6–7 lần, cuối tuần gấp 10 lần ngày thường; hệ "
        "lọc quá tải, phụ huynh phản ánh nước nồng mùi clo, trẻ đỏ mắt, tróc da tay, tóc khô xơ. Cần giải pháp lọc "
        "và khử trùng giảm lượng clo mà vẫn bảo đảm vệ sinh nước cho trẻ.",
        {"lPo013": 2, "lPo014": 2, "lPo015": 2, "lPo011": 2, "lPo016": 2, "lPo012": 1, "lPo017": 1},
    ),
    (
        "lPn09",
        "en",
        "lamdong_giaiboi",
        "Pretreat iron-rich well water before filling a new pool in Càng Long",
        "Our private pool in Càng Long district, built under the sports socialisation scheme, is filled from a drilled "
        "well. The water is yellowish, leaves rust stains and may carry bacteria. Filtration and chemicals are already "
        "our largest running cost, so we need a pretreatment unit that cleans the well water before it goes into the "
        "pool.",
        {"lPo018": 2, "lPo012": 1, "lPo016": 1, "lPo011": 1},
    ),
    (
        "lPn10",
        "vi",
        "hoboisg_nuoc",
        "Ho boi nho o Binh Minh muon chuyen sang khu trung bang muoi hoac den UV, nen chon loai nao",
        "Nha toi co ho boi nho cho homestay o thi xa Binh Minh, dang cham clo bang tay moi ngay, khach than mui "
        "clo va nuoc nhanh duc khi troi nang. Muon chuyen sang may dien phan muoi hoac den UV, ozon nhung chua biet "
        "uu nhuoc diem, chi phi van hanh va co can giu clo du hay khong. Can tu van va lap dat.",
        {"lPo017": 2, "lPo013": 2, "lPo014": 2, "lPo015": 1, "lPo011": 1, "lPo016": 1},
    ),
    (
        "lPn11",
        "en",
        "congan_dbscl",
        "Life jackets children can borrow at canal landings in Mang Thít",
        "Children in An Phước commune, Mang Thít, go fishing and bathing along the Cổ Chiên river and its canals "
        "without adults; last summer twin brothers drowned there while catching fish. Our farmers' association wants "
        "stands at the busiest landings where children and families can borrow properly sized life jackets for free "
        "and return them, with simple signs showing how to wear them.",
        {"lPo029": 2, "lPo030": 2, "lPo031": 2, "lPo032": 1, "lPo033": 1, "lPo034": 1},
    ),
    (
        "lPn12",
        "vi",
        "baodantoc_xuong",
        "Hợp tác xã du lịch cù lao An Bình cần mua áo phao đạt chuẩn cho khách đi xuồng",
        "HTX du lịch sinh thái ở cù lao An Bình (Long Hồ) đưa khách chèo xuồng ba lá trên kênh rạch, mỗi xuồng chỉ "
        "chở vài người. Để bảo đảm an toàn, chúng tôi cần đặt mua áo phao cho người lớn và trẻ em đúng quy chuẩn "
        "phương tiện thủy nội địa, đủ cỡ theo cân nặng, có phản quang.",
        {"lPo032": 2, "lPo033": 2, "lPo034": 1, "lPo029": 1},
    ),
    (
        "lPn13",
        "en",
        "lamdong_congan",
        "River rescue and resuscitation training for a volunteer team in Cầu Kè",
        "Drowning happens in rivers, ponds and irrigation reservoirs and even inside homes. Our volunteer youth team in "
        "Cầu Kè district, on the Hậu river, wants training in how to rescue a person from the water without becoming "
        "a second victim, what first aid and resuscitation to give on the bank, and which simple rescue equipment to "
        "keep at the landings.",
        {"lPo035": 2, "lPo036": 2, "lPo038": 2, "lPo037": 1, "lPo039": 1, "lPo040": 1},
    ),
    (
        "lPn14",
        "vi",
        "vov2_nguoilon",
        "Khu du lịch biển Ba Động cần huấn luyện cứu đuối và sơ cứu cho nhân viên, tránh người cứu cũng gặp nạn",
        "Bãi biển Ba Động (thị xã Duyên Hải) mùa hè rất đông khách tắm; ở nhiều nơi đã có chuyện người lao ra cứu trẻ "
        "đuối nước rồi chính mình tử vong. Doanh nghiệp quản lý khu du lịch cần khóa huấn luyện cho nhân viên: tiếp "
        "cận nạn nhân an toàn, đưa vào bờ, hồi sức tim phổi và danh mục dụng cụ cứu hộ cần trang bị.",
        {"lPo035": 2, "lPo036": 2, "lPo037": 2, "lPo038": 2, "lPo039": 2, "lPo040": 1, "lPo041": 1},
    ),
    (
        "lPn15",
        "en",
        "vietnamnet_cpr",
        "Defibrillator and CPR readiness for a football pitch cluster in Trà Vinh city",
        "Our company runs four artificial-turf pitches in Trà Vinh city, busy every evening with adult players. After "
        "reading how a doctor's quick CPR saved a child at a resort pool, we want to be ready for a cardiac arrest on "
        "site: an AED that is kept in working order, staff trained in CPR and defibrillation, and a clear emergency "
        "plan.",
        {"lPo041": 2, "lPo042": 2, "lPo044": 2, "lPo043": 1, "lPo037": 1, "lPo047": 1},
    ),
    (
        "lPn16",
        "vi",
        "vndoc_acl",
        "CLB bóng đá phong trào ở Tiểu Cần cần tủ sơ cứu và tập huấn xử trí bong gân, chấn thương tại sân",
        "Câu lạc bộ bóng đá phong trào của chúng tôi ở Tiểu Cần có nhiều cầu thủ lật cổ chân, căng cơ, có người đứt "
        "dây chằng gối phải mổ. Ban huấn luyện không có nhân viên y tế, muốn được tập huấn xử trí ngay tại sân, biết "
        "khi nào cho nghỉ, khi nào chuyển viện, và danh mục tủ sơ cứu cần có.",
        {"lPo045": 2, "lPo046": 2, "lPo047": 2, "lPo048": 2, "lPo037": 1},
    ),
    (
        "lPn17",
        "en",
        "memart_cuuduoi",
        "Certified lifeguards for a new public pool in Vĩnh Long city",
        "Our company is opening a public swimming pool in Vĩnh Long city and must staff it with trained lifeguards. We "
        "need a course that certifies our young staff in surveillance, water rescue, CPR and first aid, the entry "
        "standards they must meet, and how often the certificates have to be renewed.",
        {"lPo039": 2, "lPo040": 2, "lPo037": 1, "lPo036": 1, "lPo035": 1},
    ),
    (
        "lPn18",
        "vi",
        "phunu_duoinuoc",
        "Can tap huan so cuu nguoi duoi nuoc cho hoi phu nu cac ap o Tra Cu",
        "Hoi phu nu xa o huyen Tra Cu muon mo lop cho chi em biet so cuu khi tre roi xuong ao, muong hay lu nuoc "
        "trong nha: cach keo tre len an toan, kiem tra tho, thoi ngat, ep tim. Can giang vien co kinh nghiem va tai "
        "lieu de hieu cho ba con Khmer.",
        {"lPo036": 2, "lPo037": 2, "lPo038": 2, "lPo035": 1, "lPo039": 1},
    ),
    (
        "lPn19",
        "vi",
        "byteswall_ai",
        "Hồ bơi công cộng ở TP Trà Vinh cần camera AI phát hiện sớm người đuối nước",
        "Hồ bơi của công ty chúng tôi ở TP Trà Vinh cuối tuần có hàng trăm người, cứu hộ khó quan sát hết, nhất là "
        "khi mặt nước chói nắng. Muốn lắp hệ thống camera có trí tuệ nhân tạo phân tích hành vi người bơi, báo động "
        "ngay khi có người chìm lâu hoặc vùng vẫy bất thường, hỗ trợ chứ không thay thế nhân viên cứu hộ.",
        {"lPo131": 2, "lPo132": 2, "lPo133": 2, "lPo135": 2, "lPo134": 1},
    ),
    (
        "lPn20",
        "en",
        "coralmylo_cv",
        "Affordable drowning alarm for a homestay family pool in Long Hồ",
        "Our homestay on An Bình islet in Long Hồ has a small pool and no lifeguard; guests' young children are our "
        "biggest worry. We want an affordable camera-based system that recognises a child in distress or motionless "
        "under water and sends an alarm to our phones, without guests having to wear anything.",
        {"lPo134": 2, "lPo132": 2, "lPo135": 1, "lPo131": 1, "lPo133": 1},
    ),
    (
        "lPn21",
        "vi",
        "recmgmt_surfacing",
        "Trường mầm non ở Càng Long cần làm lại sân chơi ngoài trời: thiết bị và mặt sân mềm",
        "Sân chơi của trường mầm non tư thục chúng tôi ở thị trấn Càng Long có cầu trượt, xích đu cũ đặt trên nền xi "
        "măng, trẻ ngã là trầy xước, u đầu. Cần thay thiết bị phù hợp trẻ 3–5 tuổi và làm lớp mặt sân giảm chấn dưới "
        "và quanh các thiết bị, dễ vệ sinh.",
        {"lPo051": 2, "lPo052": 2, "lPo058": 2, "lPo059": 2, "lPo054": 2, "lPo056": 2, "lPo055": 2, "lPo057": 1},
    ),
    (
        "lPn22",
        "en",
        "vgt_sanchoi",
        "Safety surfacing under existing swings and slides in a Vĩnh Long city park",
        "A residential-area management company in Vĩnh Long city has a playground whose slides, swings and climbing "
        "frames stand on packed earth and concrete. We want to keep the equipment but lay impact-absorbing surfacing "
        "under and around it, matched to the fall heights and able to cope with heavy rain.",
        {"lPo054": 2, "lPo055": 2, "lPo056": 2, "lPo058": 2, "lPo059": 2, "lPo057": 1, "lPo052": 1},
    ),
    (
        "lPn23",
        "vi",
        "kidwise_mulch",
        "Can mua du quay, xich du, cau truot cho goc vui choi tre em cua quan ca phe san vuon o Chau Thanh",
        "Quan ca phe san vuon cua toi o huyen Chau Thanh (Tra Vinh) muon lam goc vui choi cho tre 2-8 tuoi: du quay "
        "nho, xich du, cau truot, chat lieu ben nang mua va an toan. Dien tich khoang 100 m2, can tu van bo tri va "
        "khoang cach giua cac mon.",
        {"lPo053": 2, "lPo051": 2, "lPo052": 2, "lPo054": 1, "lPo058": 1},
    ),
    (
        "lPn24",
        "en",
        "caosu_phethai",
        "Technology to turn scrap tyres into playground tiles for a recycling cooperative in Duyên Hải",
        "Our cooperative in Duyên Hải collects worn truck and motorbike tyres but can only sell them as scrap. We want "
        "a production technology to grind the rubber and bind it into soft tiles or poured surfaces for school "
        "playgrounds and sports areas, which are safer than concrete when children fall.",
        {"lPo059": 2, "lPo058": 1, "lPo074": 1},
    ),
    (
        "lPn25",
        "vi",
        "nhandan_langphan",
        "Ấp ở xã Long Đức (TP Trà Vinh) cần máy tập ngoài trời cho khu thể thao nhà văn hóa ấp",
        "Nhà văn hóa ấp vừa xây xong có sân bóng chuyền, cầu lông, sân bóng mini; bà con đã góp gần 300 triệu đồng "
        "để hoàn thiện nội thất. Ban nhân dân ấp muốn lắp thêm 5–8 máy tập ngoài trời bền nắng mưa cho người cao "
        "tuổi và thanh niên tập mỗi chiều, chi phí vừa phải.",
        {"lPo061": 2, "lPo063": 2, "lPo064": 2, "lPo066": 2, "lPo065": 2, "lPo067": 2, "lPo062": 1},
    ),
    (
        "lPn26",
        "en",
        "nhandan_langphan",
        "Plan a commune culture-and-sports centre for a new-rural-standard commune in Tam Bình",
        "Our commune in Tam Bình district is merging hamlets and must upgrade its cultural house and sports ground to "
        "meet the new-rural criteria. With about 2.6 billion VND, part of it contributed by residents, we need a "
        "layout with a multi-purpose hall, volleyball and badminton courts and a mini football pitch that people will "
        "actually use.",
        {"lPo068": 2, "lPo069": 2, "lPo062": 1, "lPo065": 1, "lPo083": 1, "lPo086": 1},
    ),
    (
        "lPn27",
        "en",
        "atita_dientich",
        "Vandal-resistant outdoor gym along the Long Bình riverside walk in Trà Vinh city",
        "A property developer landscaping the promenade along the Long Bình river in Trà Vinh city wants an outdoor "
        "gym for all ages. The equipment must stand up to sun, rain and heavy use, need little maintenance and be "
        "laid out in zones so that users do not collide.",
        {"lPo065": 2, "lPo066": 2, "lPo067": 2, "lPo061": 2, "lPo064": 2, "lPo063": 1, "lPo062": 1},
    ),
    (
        "lPn28",
        "vi",
        "namdinh_gym",
        "Mở phòng gym nhỏ khoảng 150 m2 ở thị trấn Cầu Kè, cần tư vấn chọn và bố trí máy",
        "Tôi thuê được mặt bằng khoảng 150 m2 gần chợ thị trấn Cầu Kè, đủ cho 15–20 người tập cùng lúc. Cần tư vấn "
        "mua bao nhiêu máy chạy bộ, xe đạp, máy tạ, hàng mới hay đã qua sử dụng, đi điện và lót sàn thế nào, đồng "
        "thời đáp ứng quy định cơ sở kinh doanh thể thao như chiếu sáng, tủ thuốc, huấn luyện viên.",
        {"lPo070": 2, "lPo071": 2, "lPo072": 2, "lPo075": 1, "lPo073": 1, "lPo074": 1, "lPo076": 1},
    ),
    (
        "lPn29",
        "en",
        "exercisesys_qty",
        "Staff fitness room for 300 workers at a seafood plant in Trà Vinh",
        "Our seafood processing company in the Long Đức industrial park, Trà Vinh, wants a fitness room for about 300 "
        "workers to use after their shifts. We need advice on how many cardio machines and which strength stations to "
        "buy for that number of potential users, and a supplier who can deliver, install and service them locally.",
        {"lPo072": 2, "lPo071": 2, "lPo070": 2, "lPo073": 1, "lPo076": 1},
    ),
    (
        "lPn30",
        "vi",
        "afitness_setup",
        "Can lot san cao su cho khu ta cua phong gym o TP Vinh Long",
        "Phong gym cua toi o TP Vinh Long lot gach men, hoc vien tha ta xuong la nut gach va rat on. Can mua tham "
        "hoac gach cao su day, chiu duoc luc tha ta, chong tron khi dinh mo hoi, de ve sinh, cho khoang 80 m2 khu "
        "ta.",
        {"lPo074": 2, "lPo077": 2, "lPo059": 1, "lPo095": 1, "lPo058": 1},
    ),
    (
        "lPn31",
        "en",
        "znews_gym",
        "Access control and membership check-in for a 24-hour gym in Vĩnh Long city",
        "We are converting our gym in Vĩnh Long city to 24-hour opening with no staff at night. Members should get in "
        "with a phone code or card only while their membership is paid up, the system should count visits for "
        "session packages, and we need attendance reports.",
        {"lPo127": 2, "lPo128": 2, "lPo129": 2},
    ),
    (
        "lPn32",
        "vi",
        "thethaotphcm_san",
        "Nông dân ở Tiểu Cần muốn chuyển đất ruộng thành sân bóng đá mini cỏ nhân tạo cho thuê",
        "Gia đình tôi ở xã Hiếu Tử, huyện Tiểu Cần có khoảng 1.200 m2 đất ruộng ven đường, muốn làm sân bóng đá mini "
        "cỏ nhân tạo cho thanh niên thuê, mong hoàn vốn trong 1,5–2 năm. Cần đơn vị thi công trọn gói từ san nền, "
        "thoát nước đến trải cỏ, rải cát và hạt cao su, kèm báo giá.",
        {"lPo083": 2, "lPo081": 2, "lPo078": 2, "lPo080": 1, "lPo079": 1, "lPo154": 1, "lPo096": 1, "lPo085": 1},
    ),
    (
        "lPn33",
        "en",
        "anphuchung_nongthon",
        "Refurbish a worn artificial-turf pitch in Châu Thành that has become hard and slippery",
        "Our five-a-side pitch in Châu Thành district was laid six years ago; much of the rubber infill has washed "
        "out, the fibres lie flat and players complain of burns and slipping, while new pitches nearby are taking our "
        "customers. We need a service that restores the surface rather than replacing the whole carpet.",
        {"lPo082": 2, "lPo079": 1, "lPo084": 1, "lPo085": 1, "lPo081": 1},
    ),
    (
        "lPn34",
        "vi",
        "fai_turf",
        "Sân bóng thiếu nhi ở TP Trà Vinh cần mặt cỏ nhân tạo êm, có lớp đệm giảm chấn",
        "Trung tâm năng khiếu bóng đá thiếu nhi của chúng tôi ở TP Trà Vinh đang dùng sân cỏ nhân tạo cũ, các em ngã "
        "hay trầy da, đau khớp. Muốn làm lại mặt sân có lớp đệm giảm chấn và lớp cát, hạt cao su đúng chuẩn để an "
        "toàn cho trẻ 8–14 tuổi, dùng được cả mùa mưa.",
        {"lPo084": 2, "lPo080": 2, "lPo078": 2, "lPo081": 2, "lPo079": 1, "lPo085": 1},
    ),
    (
        "lPn35",
        "en",
        "cayxanh_lagung",
        "Natural-grass football pitch for a commune stadium in Cầu Ngang that drains after rain",
        "Our commune stadium in Cầu Ngang district has a bare, uneven grass field that floods after every downpour, so "
        "matches are called off for days. We want to rebuild it as a natural-grass pitch with a proper drainage layer "
        "and a hard-wearing grass that copes with heavy use and the coastal sun.",
        {"lPo086": 2, "lPo087": 1, "lPo069": 1},
    ),
    (
        "lPn36",
        "vi",
        "langning_floor",
        "Nhà văn hóa xã ở Cầu Kè nền gạch men, muốn làm 2 sân cầu lông trong nhà đạt chuẩn",
        "Hội trường nhà văn hóa xã ở Cầu Kè lát gạch men, thanh niên đánh cầu lông hay trượt ngã, đau gối. Xã muốn "
        "kẻ 2 sân đôi 13,4 m x 6,1 m và phủ lên nền gạch hiện có một lớp mặt sân chuyên dụng chống trơn, giảm chấn.",
        {"lPo088": 2, "lPo089": 2, "lPo092": 2, "lPo094": 2, "lPo093": 2, "lPo095": 1, "lPo090": 1},
    ),
    (
        "lPn37",
        "en",
        "vietabd_thamcl",
        "Outdoor badminton courts for a residential area in Vĩnh Long city: base and surface",
        "A housing developer in Vĩnh Long city wants four open-air badminton courts between apartment blocks. The site "
        "is bare ground that takes heavy rain, so we need a concrete or asphalt base with proper falls for drainage, "
        "courts oriented against the sun, and a weather-proof playing surface.",
        {"lPo090": 2, "lPo089": 2, "lPo091": 1, "lPo095": 1, "lPo088": 1, "lPo092": 1},
    ),
    (
        "lPn38",
        "vi",
        "thethaoso_pickle",
        "Đầu tư 2 sân pickleball ngoài trời ở TP Vĩnh Long: cần thảm mặt sân và hệ đèn LED",
        "Pickleball đang rất thịnh, nhiều nơi cho thuê tới 250.000 đồng/giờ nhưng mặt xi măng dán thảm mỏng làm người "
        "chơi đau gối, đèn thì chói. Tôi có khoảnh đất ở TP Vĩnh Long, muốn làm 2 sân ngoài trời cho đàng hoàng: thảm "
        "nhiều lớp chống tia UV, êm chân, và đèn LED đủ độ rọi để chơi buổi tối.",
        {"lPo091": 2, "lPo097": 2, "lPo098": 1, "lPo101": 1, "lPo103": 1, "lPo090": 1, "lPo095": 1},
    ),
    (
        "lPn39",
        "vi",
        "anphuchung_nongthon",
        "Sân bóng mini ở Trà Cú muốn thay đèn cao áp bằng đèn LED để cho thuê buổi tối",
        "Sân bóng cỏ nhân tạo của tôi ở huyện Trà Cú cho thuê buổi tối 150.000 đồng/giờ đã gồm tiền đèn, nhưng dàn "
        "đèn cao áp cũ tốn điện, ánh sáng không đều. Cần thay bằng đèn pha LED, tính lại cột và độ rọi cho sân phong "
        "trào, báo giá trọn gói.",
        {"lPo096": 2, "lPo100": 2, "lPo099": 1, "lPo098": 1},
    ),
    (
        "lPn40",
        "en",
        "haledco_cotden",
        "Glare-free lighting for a neighbourhood tennis and badminton court in Bình Minh",
        "Our residents' association in Bình Minh town wants to light a shared outdoor court used for tennis and "
        "badminton in the evenings. Nearby houses already complain about light shining into bedrooms, so we need "
        "fittings and pole heights that light the court evenly without spill or glare.",
        {"lPo101": 2, "lPo098": 2, "lPo100": 2, "lPo099": 1, "lPo097": 1},
    ),
    (
        "lPn41",
        "vi",
        "ngaynay_solar",
        "Sân bóng chuyền ấp ở cù lao Tân Quy (Cầu Kè) chưa có điện lưới, cần đèn năng lượng mặt trời",
        "Ấp chúng tôi trên cù lao Tân Quy, huyện Cầu Kè, có sân bóng chuyền nhưng kéo điện lưới ra sân rất tốn kém, "
        "thanh niên chỉ chơi được tới chạng vạng. Cần hệ đèn năng lượng mặt trời đủ sáng để chơi 2–3 giờ mỗi tối, kể "
        "cả những tháng mưa ít nắng.",
        {"lPo102": 2, "lPo103": 2, "lPo104": 1},
    ),
    (
        "lPn42",
        "en",
        "laprapden_led",
        "Cut the power bill of a turf-pitch cluster in Trà Vinh city by replacing metal-halide floodlights",
        "We run a three-pitch artificial-turf cluster in Trà Vinh city lit by old 1,000 W metal-halide floodlights "
        "that take minutes to warm up, keep failing and push up the electricity bill. We want an LED retrofit that "
        "keeps or improves light level and uniformity for amateur matches while cutting consumption.",
        {"lPo100": 2, "lPo096": 2, "lPo099": 1, "lPo098": 1},
    ),
    (
        "lPn43",
        "vi",
        "nhandan_ghengo",
        "Chùa ở Trà Cú cần đóng mới ghe Ngo cho đội đua dự lễ hội Ok Om Bok",
        "Đội ghe Ngo của chùa chúng tôi ở huyện Trà Cú nhiều năm dự giải đua trên sông Long Bình, nay ghe cũ đã mục. "
        "Ban quản trị chùa cần thợ đóng ghe Ngo mới bằng gỗ sao theo kiểu truyền thống, đủ chỗ cho khoảng 50 tay bơi, "
        "kịp hạ thủy trước mùa giải các cự ly 800 m và 1.200 m.",
        {"lPo108": 2, "lPo109": 2, "lPo110": 1, "lPo111": 1, "lPo114": 1},
    ),
    (
        "lPn44",
        "en",
        "vnplus_ngo_tv",
        "A lighter, longer-lasting Ngo boat hull for the Càng Long racing team",
        "The Càng Long district team has dominated the provincial Ngo boat race on the Long Bình river, winning all "
        "of the 500 m, 600 m and 800 m events. For its next boat the team wants the traditional shape but a hull "
        "lighter and stiffer than solid planking that needs less repair each season, built with modern techniques.",
        {"lPo111": 2, "lPo110": 1, "lPo108": 1, "lPo109": 1},
    ),
    (
        "lPn45",
        "vi",
        "smartui_ghengo",
        "Can tho sua chua va ve lai hoa van ghe Ngo truoc giai o Chau Thanh",
        "Ghe Ngo cua chua o huyen Chau Thanh dai khoang 28 m, moi mua giai lai ho mot so moi noi va phai son lai hoa "
        "van dau, duoi ghe. Can to tho sua ghe, xam lai, trang tri hoa van truoc giai dua thang 11, va giup doi tap "
        "cu ly 800 m.",
        {"lPo114": 2, "lPo108": 2, "lPo109": 1},
    ),
    (
        "lPn46",
        "en",
        "vnnews_ngo500",
        "Life jackets for 60-person Ngo boat crews training on the Long Bình river",
        "Our pagoda spends about 200 million VND building and upgrading race boats, and in training 50–60 young men "
        "sit in each 20–30 m hull; capsizes do happen. We want life jackets that meet national standards and do not "
        "get in the way of paddling, sized for adult rowers, enough for two crews.",
        {"lPo032": 2, "lPo033": 2, "lPo034": 1, "lPo029": 1},
    ),
    (
        "lPn47",
        "vi",
        "cand_ngo",
        "Ban tổ chức lễ hội ở Trà Cú cần người hướng dẫn trò chơi dân gian Khmer dịp Tết Chôl Chnăm Thmây",
        "Lễ hội ở huyện Trà Cú ngoài đua ghe còn có trò chơi dân gian; năm nay ban tổ chức muốn khôi phục đánh Kol, "
        "ném Chol Chhung, bó Ongkunh bên cạnh kéo co, nhảy bao bố cho mọi lứa tuổi. Cần người am hiểu luật chơi, dụng "
        "cụ và cách tổ chức tại sân chùa.",
        {"lPo115": 2, "lPo116": 2, "lPo117": 2},
    ),
    (
        "lPn48",
        "en",
        "vietnamthoibao_ngo",
        "Teach Khmer folk games to pupils at a boarding school in Trà Vinh city",
        "Our ethnic boarding school in Trà Vinh city wants a weekly club where Khmer and Kinh pupils learn traditional "
        "games such as kol, tug-of-war and ball throwing, so the games are not forgotten between festivals. We need "
        "someone who can explain the rules, make simple equipment and run the sessions.",
        {"lPo115": 2, "lPo116": 2, "lPo117": 1},
    ),
    (
        "lPn49",
        "vi",
        "thethaoso_pickle",
        "Chủ cụm 4 sân cầu lông ở TP Trà Vinh cần phần mềm đặt sân, giữ cọc, tránh trùng lịch",
        "Khách đặt sân qua điện thoại, Zalo nên hay trùng giờ; có nhóm đã cọc vẫn bị nhường sân cho khách quen, mất uy "
        "tín. Tôi cần ứng dụng cho khách xem lịch trống, đặt và thanh toán cọc trực tuyến, tự nhắc lịch, còn chủ sân "
        "quản lý được khung giờ, giá theo giờ và doanh thu.",
        {"lPo126": 2, "lPo120": 2, "lPo123": 2, "lPo122": 2, "lPo121": 1, "lPo124": 1, "lPo125": 1},
    ),
    (
        "lPn50",
        "en",
        "geobiz_workflow",
        "Online booking with deposits and staff schedules for a football pitch cluster in Vĩnh Long",
        "Our three five-a-side pitches in Vĩnh Long city open from 5 am to 10 pm and bookings are still kept in a "
        "notebook. We want players to see free slots, book and pay online and get confirmations and clear cancellation "
        "rules, while managers block slots for maintenance, take walk-ins and see utilisation reports.",
        {"lPo120": 2, "lPo121": 2, "lPo122": 2, "lPo123": 2, "lPo125": 2, "lPo124": 1, "lPo126": 1},
    ),
    (
        "lPn51",
        "vi",
        "geobiz_workflow",
        "Cần ứng dụng đặt sân bóng đá mini cho 3 sân ở Trà Ôn, khách đặt qua điện thoại, tự nhắc lịch",
        "Cụm 3 sân bóng mini của tôi ở thị trấn Trà Ôn tối nào cũng đông, thường trùng lịch vì ghi tay. Muốn có ứng "
        "dụng để khách chọn sân, khung giờ, thanh toán hoặc đặt cọc, nhận tin nhắn nhắc lịch; khách hủy thì giờ trống "
        "hiện ngay cho người khác đặt.",
        {"lPo125": 2, "lPo120": 2, "lPo123": 2, "lPo122": 2, "lPo121": 2, "lPo126": 1, "lPo124": 1},
    ),
    (
        "lPn52",
        "en",
        "antv_hocboi",
        "Adult swimming classes for women traders of a market cooperative in Tiểu Cần",
        "Many women in our market traders' cooperative in Tiểu Cần grew up beside canals but never learned to swim, "
        "and some are now afraid of the water. We want a course for adults of any age that starts from floating and "
        "breathing, preferably free or low-cost, at a pool within reach.",
        {"lPo025": 2, "lPo020": 1, "lPo021": 1, "lPo152": 1},
    ),
    (
        "lPn53",
        "vi",
        "safeharbour",
        "Trường THCS ở Long Hồ cần chương trình dạy bơi kèm kỹ năng an toàn, cứu đuối và dùng áo phao",
        "Học sinh trường chúng tôi ở huyện Long Hồ hay tắm sông, đi đò qua lại giữa các cù lao. Nhà trường muốn chương "
        "trình học bơi không chỉ dạy kiểu bơi mà cả kỹ năng nổi, đứng nước, tự lên bờ, nhận biết nước xiết, không nhảy "
        "xuống cứu bạn khi chưa biết cách, và mặc áo phao đúng.",
        {"lPo021": 2, "lPo022": 2, "lPo020": 2, "lPo023": 2, "lPo028": 1, "lPo027": 1, "lPo034": 1, "lPo036": 1},
    ),
    (
        "lPn54",
        "en",
        "gdf_bangladesh",
        "Covers and fences for water jars, wells and ponds around homes in Trà Cú Khmer hamlets",
        "In the Khmer hamlets of Trà Cú many households keep rainwater in big jars and have open wells and fish ponds a "
        "few metres from the house, where toddlers play while parents work. Our women's union wants a low-cost package "
        "of lids, fences and family advice that makes these home water hazards safe.",
        {"lPo153": 2, "lPo027": 1, "lPo023": 1, "lPo024": 1},
    ),
    (
        "lPn55",
        "vi",
        "ktiv_kidsdontfloat",
        "Khu du lịch Ao Bà Om muốn đặt trạm cho mượn áo phao miễn phí cho trẻ em",
        "Ao Bà Om (TP Trà Vinh) không có nhân viên cứu hộ, cuối tuần nhiều gia đình cho trẻ chơi sát bờ, đạp thuyền. "
        "Ban quản lý muốn đặt vài trụ treo áo phao đủ cỡ để trẻ mượn miễn phí rồi tự giác trả lại, kèm bảng hướng dẫn "
        "cách mặc đúng.",
        {"lPo029": 2, "lPo030": 2, "lPo031": 2, "lPo032": 1, "lPo033": 1, "lPo034": 1},
    ),
    (
        "lPn56",
        "en",
        "thethaoso_pickle",
        "Convert an unused hotel tennis court in Vĩnh Long into two lit pickleball courts",
        "Our hotel in Vĩnh Long city has an old concrete tennis court that guests rarely use. With pickleball booming, "
        "we want to divide it into two pickleball courts with a cushioned, UV-resistant surface and LED lighting for "
        "evening play that does not glare into guest rooms.",
        {"lPo091": 2, "lPo097": 2, "lPo098": 2, "lPo101": 2, "lPo099": 1, "lPo095": 1, "lPo090": 1},
    ),
    (
        "lPn57",
        "vi",
        "lamdong_dayboi",
        "Doanh nghiệp muốn đầu tư hồ bơi trong nhà để dạy bơi quanh năm ở TP Vĩnh Long",
        "Mùa mưa các lớp bơi ngoài trời ở TP Vĩnh Long phải nghỉ nhiều buổi. Công ty chúng tôi muốn đầu tư hồ bơi "
        "trong nhà có bể nông cho trẻ và bể cho người mới học, giữ được nhiệt, để dạy bơi quanh năm; cần thiết kế, dự "
        "toán và kinh nghiệm thi công.",
        {"lPo150": 2, "lPo005": 1, "lPo151": 1, "lPo004": 1, "lPo006": 1, "lPo007": 1, "lPo010": 1},
    ),
    (
        "lPn58",
        "en",
        "sungroup_nuoccap",
        "Pool water turns green in the rainy season at a Long Hồ riverside resort",
        "Our riverside resort in Long Hồ has an outdoor pool that turns cloudy and green after each spell of rain and "
        "heat, and staff keep adding chlorine by hand. We need better filtration, disinfection and algae control, and "
        "a routine the staff can follow.",
        {"lPo011": 2, "lPo016": 2, "lPo014": 2, "lPo013": 2, "lPo015": 1, "lPo012": 1, "lPo017": 1},
    ),
    (
        "lPn59",
        "en",
        "scroll_bangladesh",
        "Village crèches during the harvest months for toddlers in Cầu Ngang",
        "During the rice-harvest and shrimp-pond seasons parents in Cầu Ngang leave toddlers with older siblings while "
        "they work, and most small-child drownings happen in the morning within 20 m of home. Our cooperative wants "
        "community day-care points for children under five with trained carers, and needs a proven model.",
        {"lPo023": 2, "lPo024": 2, "lPo153": 1, "lPo027": 1},
    ),
    (
        "lPn60",
        "vi",
        "sportsfit_lifeguard",
        "Câu lạc bộ bơi ở Cầu Kè muốn đào tạo học viên lớn thành cứu hộ viên hồ bơi",
        "Câu lạc bộ bơi của chúng tôi ở thị trấn Cầu Kè có nhiều học viên 16–20 tuổi bơi giỏi, muốn làm cứu hộ viên "
        "bán thời gian ở các hồ bơi mùa hè. Cần khóa đào tạo và cấp chứng chỉ: quan sát, nhận biết người gặp nạn, kỹ "
        "thuật cứu, hồi sức tim phổi, và điều kiện đầu vào.",
        {"lPo039": 2, "lPo040": 2, "lPo036": 1, "lPo037": 1, "lPo035": 1},
    ),
    (
        "lPn61",
        "en",
        "bettaplay_outdoor",
        "Exercise stations for elderly people in a Khmer pagoda yard in Tiểu Cần",
        "Our pagoda committee in Tiểu Cần wants to turn part of the shaded pagoda yard into an exercise area for the "
        "elderly people and young men who gather there each evening. Following the spread of outdoor fitness parks, we "
        "want a cluster of simple, durable stations with clear instructions, anchored safely in the ground.",
        {"lPo061": 2, "lPo063": 2, "lPo064": 2, "lPo065": 2, "lPo066": 2, "lPo067": 2, "lPo062": 1},
    ),
    (
        "lPn62",
        "vi",
        "ai24h_aophao",
        "Hợp tác xã may ở Trà Ôn muốn sản xuất áo phao cứu sinh đạt quy chuẩn để bán cho trường học",
        "HTX may mặc của chúng tôi ở huyện Trà Ôn có sẵn máy may và thợ, muốn sản xuất áo phao cho học sinh và người "
        "đi đò. Cần quy trình, vật liệu nổi, vải, dây đai, kích cỡ và yêu cầu thử độ nổi để sản phẩm đạt quy chuẩn kỹ "
        "thuật quốc gia.",
        {"lPo032": 2, "lPo033": 2, "lPo034": 1},
    ),
    (
        "lPn63",
        "en",
        "tgtt_pickleball",
        "Resurface a cracked concrete multi-sport floor in a Trà Vinh university hall",
        "The sports hall of our university in Trà Vinh city has a bare concrete floor, now cracked and dusty, used for "
        "badminton, volleyball and futsal, and students often twist knees and ankles. We need a shock-absorbing sports "
        "floor that can be laid over the existing slab, with data on shock absorption and service life.",
        {"lPo094": 2, "lPo095": 2, "lPo093": 1, "lPo077": 1, "lPo089": 1, "lPo088": 1},
    ),
    (
        "lPn64",
        "vi",
        "fitnessgm_aclsys",
        "Phòng gym ở Vĩnh Long cần quản lý hội viên, quét mã ra vào, tự chặn khi hết hạn",
        "Phòng tập của tôi ở TP Vĩnh Long có gần 500 hội viên, lễ tân mất nhiều thời gian dò sổ xem ai còn hạn, ai "
        "chưa đóng tiền. Muốn có phần mềm cho hội viên quét mã QR hoặc thẻ để vào cửa, tự chặn khi hết hạn hay thanh "
        "toán lỗi, và báo cáo lượt tập.",
        {"lPo127": 2, "lPo128": 2, "lPo129": 2},
    ),
    (
        "lPn65",
        "en",
        "baoduong_binhdinh",
        "Artificial-turf pitch for an ethnic boarding secondary school in Trà Cú",
        "Our ethnic boarding school in Trà Cú has a dusty dirt field where pupils play football every afternoon. With "
        "a sponsor's help we want a full artificial-turf pitch of certified quality that drains quickly in the rainy "
        "season, plus advice on maintaining it for many years.",
        {"lPo078": 2, "lPo081": 2, "lPo080": 1, "lPo079": 1, "lPo085": 1, "lPo084": 1, "lPo083": 1},
    ),
    (
        "lPn66",
        "vi",
        "safetylit_detect",
        "Trường có hồ bơi ở Bình Minh cần camera cảnh báo đuối nước, nhận diện học sinh",
        "Trường chúng tôi ở thị xã Bình Minh có hồ bơi dạy bơi cho học sinh nhỏ; giáo viên không quan sát hết các em "
        "dưới nước. Muốn hệ thống camera tự phát hiện em nào chìm quá sâu hoặc quá thời gian cho phép, nhận ra em đó là "
        "ai và báo ngay cho giáo viên cứu hộ.",
        {"lPo132": 2, "lPo133": 2, "lPo135": 2, "lPo131": 1, "lPo134": 1},
    ),
    (
        "lPn67",
        "en",
        "liquisearch_sanit",
        "Water-chemistry routine and staff training for a school pool in Vũng Liêm",
        "A school in Vũng Liêm now has its own pool but nobody is trained to keep the water safe; bacteria, algae and "
        "insect larvae appear whenever dosing slips. We want someone to set up the pumps, filters and disinfection "
        "properly and train two staff in daily testing, pH balance and chlorination.",
        {"lPo011": 2, "lPo012": 1, "lPo016": 1, "lPo017": 1},
    ),
    (
        "lPn68",
        "vi",
        "huengaynay_xanh",
        "Lắp đèn cho sân bóng chuyền hơi của ấp ở Tam Bình, có điện lưới, cần tiết kiệm điện",
        "Sân bóng chuyền hơi của ấp ở huyện Tam Bình tối nào cũng đông các cô chú trung niên nhưng chỉ có vài bóng "
        "đèn tuýp. Ấp muốn lắp trụ và đèn LED chiếu sân cho đều, không chói mắt, tiền điện thấp vì quỹ ấp hạn hẹp.",
        {"lPo096": 2, "lPo100": 2, "lPo101": 2, "lPo098": 1, "lPo104": 1},
    ),
    (
        "lPn69",
        "en",
        "vsh_xedap",
        "Sports-injury first-aid training for PE teachers in Trà Vinh city schools",
        "Our education company runs after-school sport in several Trà Vinh city schools. PE teachers deal with "
        "sprains, bruises and falls every week but have no medical training. We want a short course and a pocket "
        "guide on immediate care, when to send a pupil to hospital and how to record incidents.",
        {"lPo045": 2, "lPo046": 2, "lPo047": 2, "lPo048": 2, "lPo037": 1},
    ),
    (
        "lPn70",
        "en",
        "safeharbour",
        "Community drowning-prevention plan for a coastal commune in Cầu Ngang",
        "Our commune in Cầu Ngang lies between the sea, shrimp ponds and canals. The commune committee and farmers' "
        "association want one plan that combines swimming and survival lessons for schoolchildren, supervision of "
        "toddlers and safe-rescue training for adults.",
        {"lPo022": 2, "lPo023": 2, "lPo021": 1, "lPo027": 1, "lPo020": 1, "lPo035": 1},
    ),
    (
        "lPn71",
        "vi",
        "smartui_ghengo",
        "Đội ghe nam nữ phối hợp ở Tiểu Cần cần ghe đua cỡ nhỏ, nhẹ",
        "Giải đua ghe của tỉnh đã thêm cự ly 700 m nam nữ phối hợp; đội của chúng tôi ở Tiểu Cần chưa có ghe phù hợp, "
        "ghe Ngo 25–30 m quá nặng với đội hình có nữ. Cần cơ sở đóng ghe đua nhỏ hơn cho khoảng 20–25 tay chèo, nhẹ "
        "mà chắc, giá vừa phải.",
        {"lPo110": 2, "lPo108": 1, "lPo109": 1, "lPo111": 1},
    ),
    (
        "lPn72",
        "en",
        "geobiz_workflow",
        "One system for court bookings and member check-in at a sports centre in Vĩnh Long",
        "Our sports centre in Vĩnh Long city has badminton courts, a gym and a small pool. Court users book by the "
        "hour while gym members pay monthly; we want one system for online bookings with payment, reminders and "
        "cancellations plus member check-in at the door, instead of three notebooks.",
        {"lPo120": 2, "lPo121": 2, "lPo129": 2, "lPo123": 2, "lPo127": 1, "lPo128": 1, "lPo122": 1},
    ),
    (
        "lPn73",
        "vi",
        "daknong_bbdd",
        "Công ty tổ chức trại hè ở Vĩnh Long cần thuê bể bơi di động kèm huấn luyện viên hai tháng hè",
        "Công ty chúng tôi tổ chức trại hè bán trú cho khoảng 150 trẻ ở TP Vĩnh Long, muốn có lớp học bơi ngay tại "
        "khuôn viên trong hai tháng hè. Cần đơn vị cho thuê hoặc lắp bể bơi di động và cử huấn luyện viên dạy tới khi "
        "các em biết bơi, hết hè tháo dỡ.",
        {"lPo009": 2, "lPo001": 2, "lPo002": 2, "lPo019": 1, "lPo003": 1, "lPo008": 1},
    ),
    (
        "lPn74",
        "en",
        "blogcpi_detect",
        "Swimmer wristbands that alert lifeguards and open lockers at a new water park in Vĩnh Long",
        "We are building a water park in Vĩnh Long with several pools. Instead of relying only on cameras, we want each "
        "swimmer to wear a wristband that raises an alarm to lifeguards if its wearer stays underwater too long, "
        "showing which pool, and that also works as the locker key.",
        {"lPo131": 2, "lPo133": 1, "lPo132": 1, "lPo135": 1, "lPo127": 1},
    ),
    (
        "lPn75",
        "vi",
        "gocongtay_longvinh",
        "Trường tiểu học ở Trà Ôn muốn mở lớp phổ cập bơi hè miễn phí cho học sinh nghèo",
        "Được một gia đình trong xã cho mượn hồ bơi, trường tiểu học của chúng tôi ở huyện Trà Ôn muốn mở lớp phổ cập "
        "bơi miễn phí cho khoảng 50 em, mục tiêu 100% biết bơi sau khóa, kèm kỹ năng phòng chống đuối nước và sơ cứu. "
        "Cần giáo trình, cách chia buổi và giáo viên hỗ trợ.",
        {"lPo020": 2, "lPo155": 2, "lPo019": 2, "lPo025": 1, "lPo036": 1, "lPo021": 1},
    ),
]
