"""Needs of the holdout93 labelled set, set in Tra Vinh / Vinh Long, with their judged offers (2 solves, 1 partly)."""

NEEDS = [
    (
        "lQn01",
        "vi",
        "kh_xelan",
        "Cần nguồn xe lăn tay bền, giá thấp cho người khuyết tật các xã ven biển",
        "Trung tâm Công tác xã hội tỉnh (phường Trà Vinh) mỗi năm phải phân phối từ 80 đến 250 xe lăn cho người "
        "khuyết tật ở Cầu Ngang, Trà Cú, Duyên Hải nhưng xe tài trợ không đủ. Cần nhà sản xuất hoặc nhà tài trợ "
        "cung cấp xe lăn tay giá thấp, khung chắc đi được đường đal, đường đất, phụ tùng thay được tại địa phương, "
        "kèm hướng dẫn lắp ráp và sử dụng cho cán bộ xã.",
        {
            "lQo001": 2,
            "lQo013": 2,
            "lQo157": 2,
            "lQo014": 2,
            "lQo009": 2,
            "lQo008": 1,
            "lQo006": 1,
            "lQo007": 1,
            "lQo072": 1,
            "lQo004": 1,
            "lQo010": 1,
        },
    ),
    (
        "lQn02",
        "en",
        "atwiki",
        "Local workshop to build and fit wheelchairs instead of ill-fitting donated hospital chairs",
        "Our disability association in Vinh Long receives batches of donated standard hospital wheelchairs, but "
        "many members get sores or back pain because the chairs are not fitted to them, and broken chairs sit "
        "unused. With a mechanics' cooperative in Long Ho we want to set up a small workshop that builds, adjusts "
        "to each user's measurements and maintains wheelchairs. We need designs, production know-how and training.",
        {
            "lQo006": 2,
            "lQo001": 2,
            "lQo010": 1,
            "lQo007": 1,
            "lQo008": 1,
            "lQo016": 1,
            "lQo009": 1,
            "lQo014": 1,
            "lQo015": 1,
            "lQo004": 1,
        },
    ),
    (
        "lQn03",
        "vi",
        "abilituk",
        "Can xe dien 3 banh lai bang tay de nguoi cut hai chan di ban hang kiem song",
        "Toi o xa Hiep My (Cau Ngang), bi cut hai chan sau tai nan, hien ngoi xe lan tay di ban ve so nhung chi di "
        "duoc gan nha. Muon co xe dien 3 banh hoac xe lan chay acquy tu lai bang tay de di xa 10 km, cho them hang "
        "hoa kiem song. Can noi hoan cai hoac che tao gia re, sua duoc o tiem xe dia phuong.",
        {"lQo002": 2, "lQo003": 2, "lQo004": 2, "lQo005": 1, "lQo011": 1, "lQo012": 1, "lQo010": 1, "lQo016": 1},
    ),
    (
        "lQn04",
        "en",
        "sukriti",
        "Better tricycles for disabled members who ride to market over canal bridges",
        "Members of our cooperative in Cau Ke with paralysed legs ride hand-propelled tricycles 5-7 km to the market "
        "every day. The tricycles are heavy, uncomfortable, without soft grips or gears, and cannot climb the steep "
        "bridges over the canals without someone pushing. We look for a better-designed hand tricycle, or an "
        "affordable way to add battery power to what members already use.",
        {
            "lQo010": 2,
            "lQo011": 2,
            "lQo016": 2,
            "lQo017": 2,
            "lQo009": 2,
            "lQo003": 2,
            "lQo002": 1,
            "lQo004": 1,
            "lQo007": 1,
            "lQo012": 1,
        },
    ),
    (
        "lQn05",
        "en",
        "canchild",
        "Seating and standing aids for children with severe cerebral palsy",
        "A parents' club in Tieu Can gathers children with cerebral palsy at GMFCS levels IV and V who cannot "
        "sit, stand or move without an adult. Families need affordable positioning seats, standing frames and "
        "child-size mobility so the children can eat, play and use their hands, and can be adjusted as they grow.",
        {"lQo128": 2, "lQo129": 2, "lQo130": 2, "lQo131": 2, "lQo135": 2, "lQo008": 1, "lQo138": 1, "lQo148": 1},
    ),
    (
        "lQn06",
        "vi",
        "bigsofa",
        "Cần giường chức năng và nệm chống loét cho người nằm liệt tại nhà",
        "Gia đình tôi ở Mang Thít chăm mẹ 84 tuổi nằm liệt giường sau tai biến, lưng và gót chân bắt đầu lở loét, "
        "thay drap, xoay trở rất vất vả. Cần giường y tế nâng đầu, có thanh chắn, dễ thay drap và nệm chống loét phù "
        "hợp; chưa biết chọn loại nào cho đúng nhu cầu và túi tiền.",
        {"lQo061": 2, "lQo062": 2, "lQo063": 2, "lQo015": 1, "lQo048": 1},
    ),
    (
        "lQn07",
        "vi",
        "nhwheelchair",
        "Can xe lan dien gap gon cho ong 80 tuoi khong tu day xe duoc",
        "Ong noi toi 80 tuoi o Long Ho, chan yeu, tay khong du suc tu day xe lan. Gia dinh phan van giua ghe di "
        "chuyen va xe lan; can xe lan dien nhe, gap gon de bo len xe, dua ong di cho, di chua va kham benh. Can tu "
        "van va bao gia.",
        {"lQo005": 2, "lQo013": 1, "lQo002": 1, "lQo003": 1},
    ),
    (
        "lQn08",
        "en",
        "unicef_tuk",
        "Accessible three-wheeler transport for power-wheelchair users",
        "Several of our members in Tra Vinh ward use power wheelchairs weighing about 70 kg. Motorbike-taxi and "
        "tricycle drivers refuse to lift them, so members arrive late to work or stay home. We need a three-wheeler "
        "with a ramp that carries a wheelchair user, or vehicles that drivers with leg impairments can operate to "
        "run such a service.",
        {"lQo012": 2, "lQo003": 1},
    ),
    (
        "lQn09",
        "vi",
        "rfa_tv",
        "Lắp mới chân giả cho thương binh cụt dưới gối",
        "Hội Cựu chiến binh phường Trà Vinh có nhiều hội viên là thương binh cụt chân dưới gối từ chiến trường cũ; "
        "chân giả đã mòn, lỏng, đi lại đau. Cần đợt khám và lắp chân giả mới với chi phí thấp, tốt nhất làm ngay "
        "tại tỉnh, khỏi phải lên TP.HCM nhiều lần.",
        {"lQo021": 2, "lQo022": 2, "lQo026": 2, "lQo027": 2, "lQo030": 1, "lQo023": 1, "lQo160": 1},
    ),
    (
        "lQn10",
        "en",
        "poi3d",
        "3D scanning and printing of prosthetic sockets at the provincial rehabilitation hospital",
        "Amputees in Vinh Long wait months and travel far for a limb; only 5-15% of people in lower-income "
        "countries get prostheses. The provincial rehabilitation hospital wants to explore 3D scanning and "
        "printing of sockets to cut cost and waiting time, produce locally and learn what works from experience "
        "elsewhere.",
        {"lQo026": 2, "lQo027": 2, "lQo029": 1, "lQo030": 1, "lQo028": 1, "lQo021": 1, "lQo034": 1, "lQo160": 2},
    ),
    (
        "lQn11",
        "vi",
        "vietcot_eval",
        "Đào tạo kỹ thuật viên chỉnh hình chân tay giả cho xưởng của bệnh viện tỉnh",
        "Xưởng chỉnh hình của Bệnh viện Phục hồi chức năng tỉnh Vĩnh Long chỉ còn hai thợ lớn tuổi, không đáp "
        "ứng nhu cầu lắp chân tay giả, nẹp cho người khuyết tật toàn tỉnh. Cần chương trình đào tạo kỹ thuật "
        "viên chỉnh hình đạt chuẩn quốc tế để cử người đi học và nâng cao tay nghề cho thợ hiện có.",
        {"lQo023": 2, "lQo025": 1, "lQo024": 1, "lQo067": 1, "lQo068": 1, "lQo021": 1},
    ),
    (
        "lQn12",
        "en",
        "hese",
        "Affordable working prosthetic hands for farm and fishing accident survivors",
        "In Duyen Hai several rice farmers and fishermen lost a hand or forearm in threshers and boat winches. They "
        "want light, affordable prosthetic hands that actually help with farm and household tasks, not only "
        "cosmetic ones, and a provider that can fit and repair them.",
        {"lQo028": 2, "lQo021": 2, "lQo027": 1, "lQo030": 1, "lQo029": 1, "lQo160": 1},
    ),
    (
        "lQn13",
        "vi",
        "clubfoot_iowa",
        "Nẹp giữ chỉnh hình cho trẻ bàn chân khoèo sau bó bột",
        "Bàn chân khoèo gặp ở khoảng 1,2 trên 1.000 trẻ sinh ra, 80% ca ở nước đang phát triển. Trạm y tế xã ở Tiểu "
        "Cần có trẻ sau bó bột phải mang nẹp giữ chỉnh nhiều năm nhưng hay tháo nẹp vì khó chịu nên bị tái phát. "
        "Cần loại nẹp dễ chịu hơn và người lắp nẹp đúng kỹ thuật.",
        {"lQo032": 2, "lQo033": 2, "lQo031": 1, "lQo021": 1},
    ),
    (
        "lQn14",
        "vi",
        "byt_cp",
        "Đo và làm nẹp cổ bàn chân cho trẻ bại não ở trung tâm nuôi dưỡng",
        "Trung tâm nuôi dưỡng trẻ khuyết tật ở Càng Long có nhiều trẻ bại não thể co cứng đang tập vật lý trị liệu "
        "theo hướng dẫn của Bộ Y tế nhưng chưa có nẹp cổ bàn chân, bàn chân bị biến dạng dần. Cần đơn vị đến đo, "
        "làm và chỉnh nẹp cho từng trẻ.",
        {"lQo031": 2, "lQo021": 2, "lQo033": 1, "lQo135": 1, "lQo137": 1},
    ),
    (
        "lQn15",
        "en",
        "amputee_net",
        "Affordable below-knee prosthesis service for amputees in Tra Cu",
        "About 0.5% of people in Vietnam need prosthetic or orthotic care. Our disabled people's organisation in Tra "
        "Cu counts many amputees, most below the knee after road accidents, diabetes or old war injuries. We look "
        "for a provider that can fit affordable below-knee prostheses for them, ideally with visits to the district.",
        {"lQo021": 2, "lQo022": 2, "lQo026": 2, "lQo027": 2, "lQo023": 1, "lQo030": 1, "lQo160": 1},
    ),
    (
        "lQn16",
        "vi",
        "pt_123doc",
        "Cải tạo nhà tắm an toàn sau khi mẹ già bị ngã hai lần",
        "Mẹ tôi 82 tuổi ở Long Đức đi tiểu đêm nhiều, chân yếu, mắt mờ và đã ngã hai lần trong nhà tắm trơn, thiếu "
        "đèn. Gia đình muốn cải tạo nhà tắm: lát sàn chống trơn, lắp tay vịn cạnh bồn cầu và chỗ tắm, ghế tắm, đèn "
        "lối đi; cần đơn vị tư vấn thiết kế và thi công.",
        {"lQo037": 2, "lQo035": 2, "lQo038": 2, "lQo040": 2, "lQo036": 1, "lQo048": 1, "lQo039": 1},
    ),
    (
        "lQn17",
        "en",
        "elispot",
        "Balance and strength exercise classes to cut falls among elderly farmers",
        "More than one in four people over 65 fall each year, and fear of falling makes many stop being active. "
        "The elderly farmers' association of Cau Ke district wants a structured balance and strength exercise "
        "programme it can run several times a week in its hamlet clubs, with a simple way to spot members at high "
        "risk of falling.",
        {"lQo039": 2, "lQo162": 2, "lQo046": 1, "lQo036": 1, "lQo038": 1, "lQo060": 1, "lQo145": 1},
    ),
    (
        "lQn18",
        "vi",
        "nsw_vi",
        "Tài liệu và tập huấn phòng té ngã cho người cao tuổi xã",
        "Hội Người cao tuổi xã Hiếu Phụng muốn tổ chức tập huấn cho cộng tác viên và hội viên về phòng té ngã: "
        "nguyên nhân, cách giữ nhà an toàn, vận động thường xuyên từng đợt 10 phút; cần tài liệu bằng tiếng Việt dễ "
        "hiểu và người hướng dẫn, có đánh giá kiến thức trước và sau.",
        {"lQo046": 2, "lQo039": 1, "lQo060": 1, "lQo162": 1},
    ),
    (
        "lQn19",
        "vi",
        "doc_nham",
        "Làm lối lên xuống an toàn và nhà vệ sinh cho con dùng xe lăn",
        "Nhà tôi ở Bình Minh nâng nền cao chống ngập nên trước cổng là đoạn dốc trơn, trong nhà có bậc; con trai "
        "tôi ngồi xe lăn sau tai nạn không tự ra vào được, nhà vệ sinh hẹp. Cần thiết kế và thợ biết làm dốc xe lăn, "
        "mở rộng cửa, nhà vệ sinh cho người khuyết tật với chi phí vừa phải.",
        {"lQo041": 2, "lQo042": 2, "lQo043": 1, "lQo035": 1, "lQo038": 1, "lQo037": 1, "lQo040": 1, "lQo152": 1},
    ),
    (
        "lQn20",
        "vi",
        "hd_access",
        "Rà soát và cải tạo trụ sở xã, trạm y tế cho người khuyết tật tiếp cận",
        "Hội Người khuyết tật huyện Trà Ôn phản ánh trụ sở bộ phận một cửa của xã, trạm y tế và hội trường có tam "
        "cấp cao, không có lối xe lăn, bàn giao dịch quá cao, không có nhà vệ sinh cho người khuyết tật. Cần đơn vị "
        "khảo sát đánh giá mức độ tiếp cận theo quy chuẩn và đề xuất cải tạo.",
        {"lQo045": 2, "lQo041": 1, "lQo042": 1},
    ),
    (
        "lQn21",
        "en",
        "tn_access",
        "Access audit of bus stops and public buildings in Tra Vinh ward",
        "Of the about 4,000 people with disabilities in Tra Vinh ward, more than half have mobility impairments, yet "
        "bus stops have no ramps and buses no boarding aids, and most public buildings lack accessible entrances. "
        "The ward disability association wants an accessibility audit with its members and a retrofit plan to "
        "put to the authorities.",
        {"lQo045": 2, "lQo012": 1, "lQo041": 1},
    ),
    (
        "lQn22",
        "vi",
        "martinpollins",
        "Khung tập đi và ghế bô cho bà cụ sau gãy cổ xương đùi",
        "Bà nội tôi 86 tuổi ở Trà Ôn ngã gãy cổ xương đùi, mổ xong về nhà phải tập đi lại, sợ ngã lần nữa và đi vệ "
        "sinh ban đêm rất khó. Cần mua khung tập đi phù hợp, ghế bô đặt cạnh giường và được hướng dẫn cách dùng an "
        "toàn.",
        {"lQo047": 2, "lQo048": 2, "lQo060": 1, "lQo036": 1, "lQo039": 1},
    ),
    (
        "lQn23",
        "en",
        "th4_hm",
        "Adapting an old family house so grandmother can keep living at home",
        "Our grandmother, 78, lives in a two-storey wooden house in Cang Long with a steep staircase, loose mats, "
        "dim corridors and a step into the bathroom. We want to remove hazards, add handrails and grab bars, move "
        "her bedroom to the ground floor and add night lights, within a family budget.",
        {"lQo038": 2, "lQo040": 2, "lQo035": 2, "lQo037": 1, "lQo036": 1, "lQo039": 1, "lQo051": 1},
    ),
    (
        "lQn24",
        "en",
        "stroke_india",
        "Home-based rehabilitation for stroke survivors after hospital discharge",
        "Stroke survivors discharged from the Tieu Can district hospital go home with almost no follow-up "
        "rehabilitation; families say they lack information on exercises and cannot afford repeated trips. About "
        "82% of survivors' and 92% of caregivers' needs are for information. The district health centre seeks a "
        "home-based or remote rehabilitation programme that reaches them.",
        {"lQo056": 2, "lQo057": 2, "lQo148": 2, "lQo058": 1, "lQo064": 1, "lQo066": 1, "lQo161": 2},
    ),
    (
        "lQn25",
        "vi",
        "stroke_cg_vn2",
        "Hướng dẫn người nhà tập luyện, chăm sóc bệnh nhân đột quỵ tại nhà sau xuất viện",
        "Khảo sát người chăm sóc bệnh nhân đột quỵ ở miền Nam cho thấy 83,7% cần thông tin phòng tái phát, 70,9% "
        "muốn biết bao lâu hồi phục, 69,8% hỏi cơ sở điều trị gần nhà. Trung tâm Y tế huyện Cầu Kè muốn có dịch vụ "
        "hướng dẫn người nhà tập luyện và theo dõi bệnh nhân sau xuất viện ngay tại nhà.",
        {"lQo056": 2, "lQo148": 2, "lQo066": 1, "lQo123": 1, "lQo064": 1, "lQo122": 1, "lQo161": 2},
    ),
    (
        "lQn26",
        "vi",
        "congngheykhoa",
        "Trang bị góc vật lý trị liệu cho trạm y tế xã",
        "Trạm y tế xã Long Hòa (Châu Thành) có nhiều người cao tuổi đau khớp, đau lưng, sau chấn thương phải lên "
        "huyện để chiếu đèn, điện xung. Trạm muốn trang bị góc vật lý trị liệu cơ bản: nhiệt trị liệu, điện trị "
        "liệu, siêu âm trị liệu; cần nhà cung cấp thiết bị và hướng dẫn chỉ định, chống chỉ định.",
        {"lQo052": 2, "lQo068": 1, "lQo059": 1},
    ),
    (
        "lQn27",
        "en",
        "cafef_hand",
        "Robot-assisted upper-limb and gait training for the provincial rehabilitation department",
        "Stroke leaves many patients unable to lift an arm or walk; worldwide 101 million people live with its "
        "after-effects. The rehabilitation department of the Vinh Long provincial hospital wants robot-assisted "
        "devices for hand and wrist training and for walking practice, made or supported in Vietnam so that "
        "maintenance is affordable.",
        {"lQo053": 2, "lQo054": 2, "lQo055": 2, "lQo052": 1},
    ),
    (
        "lQn28",
        "en",
        "vietnampt",
        "Training physiotherapists for district hospitals",
        "District hospitals in Vinh Long province each have only one or two rehabilitation technicians, often "
        "without a degree. The provincial health department wants short clinical courses for current staff and "
        "college or bachelor pathways in rehabilitation so that each district can offer stroke, musculoskeletal and "
        "geriatric rehabilitation.",
        {"lQo066": 2, "lQo067": 2, "lQo068": 2, "lQo071": 1},
    ),
    (
        "lQn29",
        "vi",
        "cbr_na",
        "Triển khai phục hồi chức năng dựa vào cộng đồng tại các trạm y tế xã",
        "Huyện Trà Cú giao trạm y tế xã 8 nhiệm vụ phục hồi chức năng dựa vào cộng đồng nhưng nhiều trạm chỉ làm "
        "được lập hồ sơ, phân loại người khuyết tật và báo cáo chuyển tuyến; không có cán bộ được đào tạo phục hồi "
        "chức năng. Cần mô hình, tập huấn và công cụ để triển khai đầy đủ tại xã.",
        {"lQo071": 2, "lQo064": 2, "lQo146": 2, "lQo148": 1, "lQo147": 1, "lQo065": 1, "lQo161": 1},
    ),
    (
        "lQn30",
        "vi",
        "stroke_burden",
        "Can nguoi huong dan tap cho cha bi tai bien nam liet tai nha",
        "Cha toi 67 tuoi o Tieu Can bi tai bien, liet nua nguoi, tieu tien khong tu chu; me va toi thay nhau cham "
        "ca ngay lan dem, rat met. Can nguoi den nha huong dan tap tay chan, day cach cham soc, hoac tap qua dien "
        "thoai vi nha xa benh vien.",
        {"lQo056": 2, "lQo148": 2, "lQo053": 1, "lQo054": 1, "lQo064": 1, "lQo122": 1, "lQo161": 2},
    ),
    (
        "lQn31",
        "en",
        "gay_sv",
        "Obstacle-detecting canes or wearables for blind members",
        "Our association of blind people in Tieu Can has about 40 members who walk to work at massage shops and "
        "markets; public facilities for blind people are scarce and plain white canes miss obstacles at head "
        "height. We look for affordable smart canes or wearable devices that warn of obstacles.",
        {"lQo084": 2, "lQo086": 2, "lQo087": 2, "lQo097": 2, "lQo085": 1},
    ),
    (
        "lQn32",
        "vi",
        "trothinh_plo",
        "Máy trợ thính chất lượng và đo thính lực đúng cách cho người cao tuổi",
        "Nhiều người già ở Cầu Ngang mua máy trợ thính trôi nổi giá 750.000 đến 1,7 triệu đồng, đo tai sơ sài ở "
        "cửa hàng, đeo một thời gian thì bỏ vì rè, không bảo hành. Hội Người cao tuổi huyện cần nguồn máy trợ thính "
        "có chất lượng, giá hợp lý và được đo, chỉnh đúng.",
        {"lQo078": 2, "lQo079": 2, "lQo073": 2, "lQo074": 2, "lQo075": 1, "lQo077": 1, "lQo158": 1},
    ),
    (
        "lQn33",
        "en",
        "borgenproject",
        "Hearing aids that do not depend on buying batteries, for island communes",
        "Hearing aid users on the river islands of Cho Lach and Thanh Phu stop wearing them because replacement "
        "batteries last only one to two weeks and must be bought in town. The elderly association wants low-cost "
        "hearing aids that can be recharged cheaply, ideally with sunlight.",
        {"lQo073": 2, "lQo074": 2, "lQo078": 1, "lQo079": 1},
    ),
    (
        "lQn34",
        "en",
        "hearing_mhealth",
        "Smartphone hearing screening by commune health workers for older people",
        "There is no audiologist outside the provincial hospital in Vinh Long, and hearing loss among older people "
        "goes undetected. Commune health stations want to screen people over 60 during home visits with a "
        "smartphone test, refer those who fail, and train village health workers to do it reliably.",
        {"lQo075": 2, "lQo158": 2, "lQo077": 2, "lQo076": 1, "lQo078": 1, "lQo079": 1},
    ),
    (
        "lQn35",
        "vi",
        "oae_tmh",
        "Sàng lọc nghe kém cho trẻ sơ sinh tại bệnh viện sản nhi tỉnh",
        "Trẻ nghe kém bẩm sinh ở nước ta thường được phát hiện muộn, trung bình khoảng 31,7 tháng tuổi, phần lớn "
        "vì chậm nói. Bệnh viện Sản - Nhi Trà Vinh muốn sàng lọc thính lực cho mọi trẻ sơ sinh trước khi xuất viện; "
        "cần chuyển giao kỹ thuật, thiết bị và quy trình chuyển tuyến.",
        {"lQo080": 2, "lQo081": 2, "lQo076": 1, "lQo164": 2},
    ),
    (
        "lQn36",
        "vi",
        "khothuvienso",
        "Kiểm tra thính lực cho trẻ mẫu giáo 3-6 tuổi",
        "Khiếm thính là dạng khuyết tật phổ biến thứ hai ở trẻ em (khoảng 17%). Các trường mẫu giáo ở Càng Long chỉ "
        "biết trẻ nghe kém khi trẻ chậm nói; phòng giáo dục huyện muốn sàng lọc thính lực hằng năm cho trẻ 3-6 tuổi "
        "ngay tại trường bằng thiết bị đơn giản, có theo dõi chuyển tuyến.",
        {"lQo076": 2, "lQo075": 1, "lQo077": 1, "lQo080": 1, "lQo164": 1, "lQo081": 1},
    ),
    (
        "lQn37",
        "en",
        "healcentral",
        "Affordable hearing aids and fitting for elderly club members with age-related hearing loss",
        "Many members of the elderly club in Tam Binh have age-related hearing loss and struggle to follow "
        "conversations; surgery or medicine will not help. The club wants a supplier of affordable, reliable "
        "hearing aids with advice on choosing between in-ear and behind-the-ear types.",
        {"lQo078": 2, "lQo079": 2, "lQo073": 2, "lQo074": 2, "lQo077": 1, "lQo075": 1, "lQo158": 1},
    ),
    (
        "lQn38",
        "vi",
        "vnx_mat",
        "Mổ đục thủy tinh thể cho người cao tuổi nghèo ở các xã xa",
        "Đục thủy tinh thể gây 66,1% ca mù lòa ở nước ta, chủ yếu ở người trên 50 tuổi. Ở Trà Cú nhiều cụ mắt mờ "
        "nhưng nghĩ là tuổi già, ngại lên tỉnh. Hội Chữ thập đỏ huyện muốn tổ chức khám sàng lọc và mổ thay thủy "
        "tinh thể miễn phí hoặc chi phí thấp tại địa phương.",
        {"lQo094": 2, "lQo095": 2, "lQo096": 1, "lQo159": 2},
    ),
    (
        "lQn39",
        "en",
        "lowvisioninfo",
        "Magnifiers and training for older people whose glasses no longer help",
        "Older people in Long Ho with macular degeneration or glaucoma cannot read, sew or recognise faces even "
        "with new glasses. The provincial eye unit wants low-vision aids matched to each task - hand, stand and "
        "spectacle magnifiers - and a way to train patients to use them.",
        {"lQo092": 2, "lQo093": 2, "lQo096": 1, "lQo088": 1, "lQo089": 1},
    ),
    (
        "lQn40",
        "vi",
        "gay_sv2",
        "Can gay do duong canh bao vat can cho nguoi mu di ngoai duong",
        "Anh toi bi mu o Tra Cu, di ban ve so bang gay tre, tuan truoc dung vao duoi xe tai dau ben duong. Can gay "
        "hoac thiet bi deo co cam bien bao vat can phia truoc, gia vua phai, de dung o noi dong xe.",
        {"lQo084": 2, "lQo086": 2, "lQo087": 2, "lQo097": 2, "lQo085": 1},
    ),
    (
        "lQn41",
        "en",
        "iuh_wear",
        "Devices that read printed text and recognise banknotes for blind people",
        "Vietnam has over one million visually impaired people, more than 600,000 of them fully blind. Members of "
        "the Tra Vinh association of the blind want to read letters, medicine labels and school books on their own "
        "and tell banknotes apart when selling goods; braille books and reading machines are few and costly.",
        {"lQo088": 2, "lQo089": 2, "lQo091": 2, "lQo090": 1, "lQo098": 1},
    ),
    (
        "lQn42",
        "vi",
        "kinh_tm",
        "Dùng điện thoại thông minh bằng giọng đọc tiếng Việt cho hội viên khiếm thị",
        "Cả nước có khoảng 2 triệu người mù và thị lực kém, một phần ba khó khăn kinh tế. Hội Người mù huyện "
        "Cầu Ngang muốn hội viên tự dùng điện thoại thông minh để gọi điện, nhắn tin, nghe tin tức; cần phần mềm "
        "đọc màn hình tiếng Việt và người hướng dẫn.",
        {"lQo090": 2, "lQo098": 1, "lQo091": 1},
    ),
    (
        "lQn43",
        "en",
        "dantri_mat",
        "Eye checks and reading glasses for older people in the communes",
        "Most people over 65 have some cataract or other age-related eye disease, yet many in Tieu Can think blurred "
        "vision is just old age and cannot read medicine labels or thread a needle. The commune health station wants "
        "an outreach team to measure eyesight and supply reading glasses, and to refer those who need surgery.",
        {"lQo096": 2, "lQo095": 1, "lQo094": 1, "lQo092": 1, "lQo159": 1, "lQo093": 1},
    ),
    (
        "lQn44",
        "en",
        "gay_dn",
        "Walking aid that warns of obstacles and alerts family if a blind elder falls",
        "An 80-year-old blind man in Duyen Hai lives with his wife and walks alone to the temple. The family wants "
        "a cane or wearable that warns of obstacles and automatically calls or texts them with his location if he "
        "falls and does not get up.",
        {"lQo085": 2, "lQo099": 1, "lQo084": 1, "lQo086": 1, "lQo097": 1, "lQo087": 1, "lQo100": 1, "lQo104": 1},
    ),
    (
        "lQn45",
        "vi",
        "vnx_vdl",
        "Thiết bị báo động khi người cao tuổi sống một mình bị ngã hoặc bất thường",
        "Cả nước có khoảng 4,3 triệu người già sống neo đơn cần chăm sóc. Hội Người cao tuổi phường 7 (TP Vĩnh Long) "
        "có nhiều cụ sống một mình, con cháu đi làm xa; cần thiết bị đeo hoặc lắp trong nhà tự báo cho người thân, "
        "tổ dân phố khi cụ bị ngã hay không thấy sinh hoạt bình thường.",
        {
            "lQo099": 2,
            "lQo100": 2,
            "lQo101": 2,
            "lQo118": 2,
            "lQo103": 2,
            "lQo104": 2,
            "lQo105": 1,
            "lQo085": 1,
            "lQo110": 1,
            "lQo106": 1,
            "lQo109": 1,
            "lQo145": 1,
            "lQo102": 1,
            "lQo165": 1,
        },
    ),
    (
        "lQn46",
        "en",
        "geritech",
        "Automatic fall detection for elders who will not press the alarm button",
        "Our home-care cooperative in Cau Ke supplies call buttons to elders living alone, but like in studies where "
        "80% of people who fell alone did not use their alarm, clients lie on the floor without pressing it. We "
        "need devices that detect a fall automatically and alert us.",
        {
            "lQo099": 2,
            "lQo101": 2,
            "lQo118": 2,
            "lQo102": 1,
            "lQo104": 2,
            "lQo100": 1,
            "lQo110": 1,
            "lQo143": 1,
            "lQo145": 1,
            "lQo085": 1,
            "lQo165": 2,
        },
    ),
    (
        "lQn47",
        "vi",
        "veriprajna",
        "Phat hien te nga trong nha tam ma khong dung camera, khong can deo",
        "Ba toi 85 tuoi o Vung Liem tung nga trong nha tam luc 2 gio sang, ba khong chiu deo dong ho bao nga, cung "
        "khong muon lap camera. Can thiet bi dat trong nha tam, phong ngu tu phat hien nga va bao cho con chau.",
        {"lQo101": 2, "lQo102": 2, "lQo118": 2, "lQo103": 1, "lQo099": 1, "lQo143": 1, "lQo104": 1},
    ),
    (
        "lQn48",
        "en",
        "cgvdt",
        "Non-intrusive daily check on elders living alone for a commune social worker",
        "In Hoa Thuan commune many old widows live alone; neighbours keep an eye on them and phone their children "
        "when something seems wrong, but the one social worker cannot visit them all every day. We want a cheap, "
        "non-intrusive way to know when an elder's daily routine stops, so the worker can call or visit.",
        {"lQo103": 2, "lQo109": 1, "lQo104": 1, "lQo100": 1},
    ),
    (
        "lQn49",
        "vi",
        "comlink",
        "Theo dõi từ xa nhịp tim, SpO2, nhiệt độ của bệnh nhân cao tuổi tại nhà",
        "Phòng khám đa khoa tư nhân ở phường Trà Vinh quản lý nhiều bệnh nhân cao tuổi tăng huyết áp, tim mạch sống "
        "ở nhà. Muốn dùng thiết bị IoT đeo hoặc đặt tại nhà thu nhịp tim, SpO2, nhiệt độ gửi qua Wi-Fi hay 4G về "
        "phần mềm, cảnh báo bác sĩ khi chỉ số bất thường.",
        {"lQo104": 2, "lQo105": 2, "lQo106": 2},
    ),
    (
        "lQn50",
        "en",
        "seniorsguide",
        "Locating a father with dementia who wanders away from home",
        "Our elderly father in Binh Dai has dementia and twice walked out in the evening and got lost along the "
        "canal; six in ten people with dementia wander. We want a tracker he will not take off that alerts us when "
        "he leaves the neighbourhood and shows where he is.",
        {"lQo107": 2, "lQo108": 2, "lQo144": 2, "lQo085": 1, "lQo099": 1, "lQo100": 1},
    ),
    (
        "lQn51",
        "vi",
        "vl_tet",
        "Quản lý sức khỏe điện tử và khám tại nhà cho người cao tuổi trong phường",
        "Sau đợt khám miễn phí cho khoảng 1.500 người, trạm y tế phường Long Châu muốn quản lý lâu dài hồ sơ sức "
        "khỏe điện tử của người cao tuổi, khám định kỳ hằng năm và cử nhân viên đến nhà những cụ sống một mình, "
        "không tự đi được; cần mô hình và cách phối hợp với bệnh viện tuyến trên.",
        {"lQo109": 2, "lQo105": 1, "lQo104": 1},
    ),
    (
        "lQn52",
        "en",
        "keystone",
        "Personal alarms for elderly patients sent home after a fall",
        "Tra Vinh provincial general hospital discharges many older patients after falls who go back to living alone; "
        "families rely on a daily phone call or a neighbour watching the porch light. The hospital's social work "
        "unit wants to give them a simple emergency alarm that brings help quickly if they fall again.",
        {"lQo110": 2, "lQo100": 2, "lQo099": 2, "lQo104": 2, "lQo085": 1, "lQo101": 1, "lQo118": 1, "lQo165": 1},
    ),
    (
        "lQn53",
        "en",
        "easyassembly",
        "Camera-free fall detection in bedrooms and bathrooms of a care home",
        "A private care home opening in Vinh Long worries about night-time falls in bathrooms: "
        "residents take off pendants to shower and sleep, and cameras are unacceptable in private rooms. The "
        "operator wants a reliable sensor system that detects falls without cameras or wearables.",
        {"lQo101": 2, "lQo102": 2, "lQo118": 2, "lQo143": 1, "lQo104": 1, "lQo103": 1},
    ),
    (
        "lQn54",
        "vi",
        "nhuy",
        "Chỗ gửi chăm sóc ban ngày cho ba người già trong một gia đình",
        "Đồng bằng sông Cửu Long già hóa nhanh nhất nước. Gia đình tôi ở Trà Ôn có ba người cao tuổi, người lớn "
        "nhất 90 tuổi, người nghe kém, người mắt mờ, chỉ một mình tôi 50 tuổi vừa buôn bán vừa chăm. Cần nơi chăm sóc "
        "ban ngày có đưa đón, hoặc mô hình giúp đỡ ở ấp để các cụ có người trông, có bạn.",
        {"lQo119": 2, "lQo121": 1, "lQo120": 1, "lQo122": 1, "lQo125": 1, "lQo163": 2},
    ),
    (
        "lQn55",
        "en",
        "vtv_codon",
        "Community club where elders living alone meet, exercise and get home visits",
        "About 4.3 million older Vietnamese live alone, and loneliness is their constant fear. The women's union of "
        "Tam Binh wants to start a community club in each hamlet where elders meet, exercise and share, and "
        "where younger members visit and help those who are frail.",
        {"lQo120": 2, "lQo121": 2, "lQo119": 1, "lQo163": 1},
    ),
    (
        "lQn56",
        "vi",
        "isos",
        "Đào tạo đội ngũ chăm sóc người cao tuổi tại nhà, kể cả người sa sút trí tuệ",
        "Năm 2024 cả nước có 14,2 triệu người từ 60 tuổi (14,5% dân số), năm 2030 khoảng 18 triệu. Sở Y tế tỉnh "
        "Vĩnh Long muốn đào tạo nhân viên chăm sóc người cao tuổi tại nhà và tại trung tâm, biết chăm sóc cả người "
        "sa sút trí tuệ, có chứng chỉ để làm việc lâu dài.",
        {"lQo122": 2, "lQo123": 2, "lQo124": 2},
    ),
    (
        "lQn57",
        "en",
        "mdpi_dem",
        "Training and support for families caring for relatives with dementia",
        "Families in Long Ho caring for a parent with dementia are exhausted and do not understand the behaviour "
        "changes; little is known about what education works for informal carers in countries like ours. The "
        "district health centre wants a tested caregiver education programme its staff can deliver.",
        {"lQo124": 2, "lQo123": 1, "lQo122": 1, "lQo120": 1},
    ),
    (
        "lQn58",
        "vi",
        "tinhot",
        "Thiet bi bao te nga goi ve dien thoai cho me song mot minh",
        "Me toi 80 tuoi o Tra Cu song mot minh, chung toi lam o TP.HCM. Me noi so nhat la bi te trong nha tam ma "
        "khong ai biet. Can thiet bi tu phat hien khi me nga, nhat la trong nha tam, va goi ngay ve dien thoai con.",
        {
            "lQo099": 2,
            "lQo100": 2,
            "lQo104": 2,
            "lQo101": 2,
            "lQo118": 2,
            "lQo102": 2,
            "lQo085": 1,
            "lQo103": 1,
            "lQo165": 1,
        },
    ),
    (
        "lQn59",
        "en",
        "hit2b",
        "Certified care workers for a new private nursing home",
        "A private nursing home project in Vinh Long needs to recruit and train care assistants who can help "
        "residents bathe, dress and eat, take vital signs, prevent falls and care for people with dementia. We "
        "look for a certified training course for new staff.",
        {"lQo122": 2, "lQo123": 2, "lQo124": 1},
    ),
    (
        "lQn60",
        "vi",
        "luanan_cp",
        "Hướng dẫn cha mẹ tự tập phục hồi chức năng tại nhà cho trẻ bại não",
        "Ở Cầu Ngang có nhiều trẻ bại não thể co cứng dưới 6 tuổi, gia đình ở xa, không thể đưa con lên bệnh viện "
        "tập hằng ngày. Hội Cha mẹ trẻ khuyết tật muốn mô hình phục hồi chức năng lấy gia đình làm trung tâm: cán bộ "
        "đến nhà hướng dẫn, cha mẹ tự tập cho con theo mục tiêu và được theo dõi tiến bộ.",
        {"lQo136": 2, "lQo147": 2, "lQo148": 2, "lQo137": 1, "lQo135": 1, "lQo161": 1},
    ),
    (
        "lQn61",
        "vi",
        "aac_rare",
        "Công cụ giao tiếp thay thế cho học sinh không nói được",
        "Trường chuyên biệt ở phường Trà Vinh có nhiều học sinh tự kỷ, bại não, hội chứng Down không nói được, chỉ "
        "biết la khóc khi cần gì; phụ huynh muốn dùng bảng tranh hoặc máy tính bảng giao tiếp nhưng không ai hướng "
        "dẫn. Cần bộ công cụ giao tiếp tăng cường, thay thế (AAC) và tập huấn cho giáo viên, phụ huynh.",
        {"lQo132": 2, "lQo133": 2, "lQo134": 2},
    ),
    (
        "lQn62",
        "en",
        "trangnho",
        "Early intervention service for young children with autism",
        "More children in Vinh Long are being identified with autism spectrum disorder thanks to better awareness "
        "and screening, but the province has no early intervention centre; families travel to Can Tho or Ho Chi "
        "Minh City. A group of teachers and parents wants to set up an early intervention model that involves "
        "families.",
        {"lQo139": 2, "lQo140": 1},
    ),
    (
        "lQn63",
        "vi",
        "asd_teachers",
        "Giáo dục hòa nhập trẻ tự kỷ ở trường mầm non",
        "Tỷ lệ trẻ rối loạn phổ tự kỷ ở Hà Nội khoảng 0,386% và đang tăng. Phòng giáo dục huyện Châu Thành muốn các "
        "trường mầm non nhận và dạy hòa nhập trẻ tự kỷ; giáo viên mong được trang bị kiến thức phát hiện, can thiệp "
        "và phối hợp với trung tâm chuyên biệt.",
        {"lQo140": 2, "lQo139": 1},
    ),
    (
        "lQn64",
        "en",
        "mcgill",
        "Adaptive seats so children with cerebral palsy can play and feed themselves",
        "Parents of young children with cerebral palsy in Tra Cu say their children slump on the floor or in a "
        "hammock and cannot use their hands to play or eat. Adaptive seating improves play, self-care and hand "
        "function. Families want seats adapted to each child at a price they can afford.",
        {"lQo135": 2, "lQo128": 2, "lQo130": 2, "lQo131": 2, "lQo138": 1, "lQo129": 1},
    ),
    (
        "lQn65",
        "en",
        "vnplus_qb",
        "Walkers, wheelchairs and toileting chairs for a centre caring for disabled children",
        "Vietnam has over 1.2 million children with disabilities. The social protection centre in Cang Long cares "
        "for children with congenital disabilities and has only a bare room; it needs a rehabilitation and play "
        "room with equipment, children's walkers, wheelchairs and toileting chairs.",
        {"lQo138": 2, "lQo008": 1, "lQo013": 1, "lQo047": 1, "lQo048": 1, "lQo157": 1},
    ),
    (
        "lQn66",
        "vi",
        "tn_nep",
        "Mô hình phục hồi chức năng dựa vào cộng đồng cho trẻ khuyết tật, dị tật bẩm sinh",
        "Các xã ven biển Duyên Hải, Cầu Ngang có nhiều trẻ khuyết tật, dị tật bẩm sinh, một phần do hậu quả chất độc "
        "da cam; trẻ chỉ được cấp dụng cụ rời rạc theo đợt. Ngành y tế muốn mô hình phục hồi chức năng toàn diện "
        "dựa vào cộng đồng cho trẻ: phát hiện sớm, tập tại nhà, hỗ trợ đi học.",
        {"lQo147": 2, "lQo071": 2, "lQo146": 1, "lQo031": 1, "lQo136": 1, "lQo148": 1},
    ),
    (
        "lQn67",
        "vi",
        "hoangclick",
        "Máy trợ thính gọn, giá vừa cho người già nghe kém",
        "Ba tôi 75 tuổi ở Mỏ Cày nghe kém do tuổi già, nói chuyện phải hét, không dám đi đám tiệc. Gia đình muốn "
        "mua máy trợ thính nhỏ gọn, giá vừa phải, dùng bền; cần tư vấn loại nào phù hợp và nơi mua uy tín.",
        {"lQo078": 2, "lQo079": 2, "lQo073": 2, "lQo074": 2, "lQo077": 1},
    ),
    (
        "lQn68",
        "vi",
        "pedorthic",
        "Giày chỉnh hình cho người bàn chân biến dạng",
        "Hội Người khuyết tật huyện Trà Cú có nhiều hội viên bàn chân biến dạng sau bại liệt, di chứng phong hay "
        "tiểu đường, đi giày thường bị loét, đau. Cần đơn vị đo và làm giày, lót giày chỉnh hình phù hợp từng người.",
        {"lQo021": 2, "lQo025": 1, "lQo031": 1},
    ),
    (
        "lQn69",
        "vi",
        "habitat_pwd",
        "Phòng tập sinh hoạt mô phỏng nhà ở trước khi người bệnh về nhà",
        "Khoa Phục hồi chức năng Trung tâm Y tế huyện Càng Long thấy nhiều người khuyết tật vận động sau điều trị về "
        "nhà vẫn không tự nấu ăn, tắm rửa, đi vệ sinh được vì nhà cửa khác với phòng tập. Khoa muốn xây một không "
        "gian mô phỏng nhà ở với bếp, phòng ngủ, nhà vệ sinh tiếp cận để bệnh nhân tập trước khi về.",
        {"lQo044": 2, "lQo041": 1, "lQo042": 1},
    ),
    (
        "lQn70",
        "en",
        "vietnamnet_mat",
        "Cataract screening and surgery for farmers who can no longer work",
        "A 60-year-old rice farmer in Cau Ngang, the household's main earner, has cataract with only 1/10 vision "
        "and walks with a stick; like many older people he never had an eye check. The commune wants free "
        "screening and affordable cataract surgery for such farmers before the cataract hardens.",
        {"lQo094": 2, "lQo095": 2, "lQo096": 1, "lQo159": 2},
    ),
    (
        "lQn71",
        "en",
        "cg160",
        "Care bed and pressure-sore prevention for a bedridden elder cared for by a frail spouse",
        "An elderly man with pressure-sore risk in Mang Thit sleeps on a low double bed and is cared for by his "
        "small, frail wife, who must kneel to turn him; an air mattress they tried made him slide and nearly fall "
        "out of bed. They need a suitable home-care bed with rails and proper pressure relief.",
        {"lQo061": 2, "lQo062": 2, "lQo063": 2, "lQo048": 1},
    ),
    (
        "lQn72",
        "vi",
        "vos",
        "Thiết bị giúp học sinh khiếm thị dùng máy tính",
        "Lớp hòa nhập ở trường THCS huyện Cầu Kè có bốn học sinh khiếm thị học tin học nhưng không thao tác được máy "
        "tính. Cần thiết bị hoặc phần mềm giúp các em nhập liệu, nghe nội dung màn hình bằng tiếng Việt.",
        {"lQo098": 2, "lQo090": 1},
    ),
    (
        "lQn73",
        "en",
        "dn_access",
        "Better or motorised tricycles for disabled couples who sell lottery tickets",
        "In Tra Vinh ward a wife with crippled legs and hands pedals a tricycle carrying her blind husband to sell "
        "lottery tickets all day; curbs and slopes are exhausting and dangerous. Several such couples need a lighter "
        "hand tricycle or an affordable battery-powered three-wheeler to earn their living.",
        {
            "lQo003": 2,
            "lQo011": 2,
            "lQo010": 2,
            "lQo016": 2,
            "lQo002": 1,
            "lQo012": 1,
            "lQo017": 1,
            "lQo004": 1,
            "lQo009": 1,
        },
    ),
    (
        "lQn74",
        "vi",
        "vietnam_rehab",
        "Đào tạo nhân lực kỹ thuật phục hồi chức năng cho bệnh viện tỉnh",
        "Bệnh viện Đa khoa Trà Vinh cần thêm kỹ thuật viên phục hồi chức năng có trình độ cao đẳng, cử nhân (chương "
        "trình đại học 4 năm) và lớp bồi dưỡng ngắn hạn về phục hồi liệt nửa người, thoái hóa khớp cho nhân viên "
        "hiện có.",
        {"lQo066": 2, "lQo067": 2, "lQo068": 2, "lQo071": 1},
    ),
    (
        "lQn75",
        "vi",
        "parentcare",
        "Lắp tay vịn, thanh vịn nhà tắm cho 30 hộ người cao tuổi nghèo",
        "Cứ 4 người trên 65 tuổi thì 1 người ngã mỗi năm, phần lớn ở nhà. Hội Người cao tuổi xã Long Đức có kinh phí "
        "hỗ trợ 30 hộ người cao tuổi nghèo; cần đơn vị đánh giá an toàn từng nhà, lắp tay vịn cầu thang, thanh vịn "
        "nhà tắm, đèn ngủ với chi phí thấp.",
        {"lQo038": 2, "lQo040": 2, "lQo037": 2, "lQo035": 2, "lQo036": 1, "lQo039": 1},
    ),
]
