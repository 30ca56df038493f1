"""Needs of holdout139: (id, language, source key, title, description, {offer id: grade}).

Needs are set in Trà Vinh / Vĩnh Long; those written from pages about other places are moved into the province.
"""

NEEDS = [
    # --- sound systems ---
    (
        "nKn01",
        "vi",
        "siha_karaoke",
        "Quán karaoke cùng thiết bị nhưng vài phòng bị hú, chát tai",
        "Quán karaoke 8 phòng ở phường 7, TP Trà Vinh dùng cùng một bộ micro, vang số, loa cho mọi phòng. "
        "Có phòng hát êm, có 3 phòng ốp gạch men, kính, vừa mở micro đã hú, tiếng chát làm khách mau mệt. "
        "Cần đơn vị khảo sát, đặt lại độ cao và góc loa, xử lý bề mặt phản xạ và cân chỉnh lại từng phòng.",
        {"nKo001": 2, "nKo002": 2, "nKo003": 2, "nKo008": 2, "nKo007": 1, "nKo037": 1, "nKo026": 1},
    ),
    (
        "nKn02",
        "en",
        "kj_amp",
        "How many amplifier watts for wedding karaoke under tents",
        "Our family rents sound for weddings in Càng Long and runs karaoke for 200-300 guests under tents. "
        "We keep guessing how many watts of amplifier and which speakers we need, and we either run out of level or overspend. "
        "Looking for someone to size the amplifiers and speakers for our typical events and set the system up.",
        {"nKo014": 2, "nKo004": 2, "nKo013": 1, "nKo015": 1, "nKo006": 1},
    ),
    (
        "nKn03",
        "vi",
        "ddcn_hu",
        "Can tho chinh vang so chong hu cho quan karaoke",
        "Can tim tho chinh vang so, chong hu cho 5 phong karaoke o thi tran Tieu Can. "
        "Khach cam mic chia ve phia loa la hu, chinh amply echo lon thi u, mic cu hay ru rit. "
        "Muon nguoi toi tan noi chinh EQ, vang, kiem tra mic va day.",
        {"nKo007": 2, "nKo008": 2, "nKo002": 2, "nKo001": 1, "nKo003": 1, "nKo009": 1, "nKo010": 1},
    ),
    (
        "nKn04",
        "en",
        "fmarts",
        "Commune cultural house: people at the back cannot hear",
        "The cultural house of our commune in Tiểu Cần hosts meetings, art performances and award ceremonies. "
        "The old amplifier is too weak, the two speakers face each other and the room echoes, so people at the back hear almost nothing. "
        "We need a sound system sized for the hall, proper speaker placement and some advice on the echo.",
        {
            "nKo004": 2,
            "nKo014": 2,
            "nKo015": 2,
            "nKo016": 2,
            "nKo011": 1,
            "nKo013": 1,
            "nKo039": 1,
            "nKo042": 1,
            "nKo130": 1,
        },
    ),
    (
        "nKn05",
        "vi",
        "hatinh24h_loa",
        "Chọn loa chuyên karaoke phối đúng công suất amply",
        "Hộ kinh doanh mới mở quán karaoke 6 phòng ở thị xã Duyên Hải. "
        "Cần chọn loa chuyên hát karaoke (không dùng loa nghe nhạc, xem phim), phối đúng công suất RMS với amply, tránh hàng bãi dễ cháy treble, có bảo hành chính hãng. "
        "Mong được tư vấn cấu hình theo diện tích từng phòng và lắp đặt.",
        {"nKo005": 2, "nKo001": 2, "nKo006": 2, "nKo010": 1, "nKo002": 1},
    ),
    (
        "nKn06",
        "en",
        "hdvietnam_mic",
        "Wireless microphones that do not drop out or howl",
        "We run a karaoke shop in Vĩnh Long city. Cheap wireless microphones lose signal in the middle of songs and some howl as soon as they point near a speaker. "
        "We want reliable wireless vocal microphones chosen and tested for our rooms, ideally as part of a supplied package.",
        {"nKo009": 2, "nKo006": 2, "nKo007": 1, "nKo008": 1, "nKo002": 1},
    ),
    (
        "nKn07",
        "en",
        "ceiling_spk",
        "Zoned background music for a garden cafe",
        "Garden cafe in Long Hồ with an air-conditioned room and an outdoor terrace. "
        "We want background music that stays soft inside and a bit livelier outside, with each zone controlled separately and simple for staff. "
        "Need speaker, amplifier and wiring design and installation.",
        {"nKo012": 2, "nKo014": 2, "nKo130": 1, "nKo136": 1, "nKo080": 1},
    ),
    (
        "nKn08",
        "vi",
        "controlbooth_array",
        "Sân khấu 250 ghế nên dùng loa array hay loa thường",
        "Đoàn nghệ thuật ở Trà Vinh có nhà hát nhỏ khoảng 250 ghế, miệng sân khấu rộng 9 m, tường gạch, dùng cho kịch, ca múa nhạc và hòa nhạc. "
        "Người bán địa phương khuyên mua hệ loa array và thêm loa sub; chúng tôi cần một đơn vị độc lập đánh giá và thiết kế hệ thống phù hợp trước khi mua.",
        {"nKo004": 2, "nKo016": 2, "nKo017": 2, "nKo014": 2, "nKo015": 1},
    ),
    # --- acoustic insulation and noise control ---
    (
        "nKn09",
        "vi",
        "amthanhvn_cacham",
        "Phòng hát gia đình sát vách không làm phiền hàng xóm",
        "Nhà phố ở phường 4, TP Vĩnh Long sát vách hàng xóm, muốn làm phòng hát gia đình khoảng 20 m². "
        "Chấp nhận thu hẹp phòng mỗi chiều khoảng 20 cm để làm thêm vách, cửa cách âm. "
        "Cần đơn vị thiết kế, thi công cách âm để tiếng bass không lọt sang nhà bên.",
        {
            "nKo029": 2,
            "nKo024": 2,
            "nKo025": 2,
            "nKo030": 2,
            "nKo028": 2,
            "nKo031": 2,
            "nKo026": 1,
            "nKo027": 1,
            "nKo041": 1,
        },
    ),
    (
        "nKn10",
        "en",
        "maxforte_obninsk",
        "Karaoke bar in a basement: upstairs tenants complain",
        "Our karaoke bar is in the semi-basement of an apartment block in Vĩnh Long city and the tenants above complain every evening. "
        "We need acoustic measurements, a sound insulation design for ceiling and walls, the works done, and the music system retuned (for example cutting the low frequencies) so we meet the noise rules.",
        {
            "nKo032": 2,
            "nKo033": 2,
            "nKo024": 2,
            "nKo025": 2,
            "nKo028": 2,
            "nKo029": 2,
            "nKo031": 2,
            "nKo037": 2,
            "nKo034": 1,
            "nKo035": 1,
            "nKo044": 1,
            "nKo038": 1,
        },
    ),
    (
        "nKn11",
        "en",
        "decibel_budget",
        "Budget soundproofing for a music practice room",
        "I teach guitar and singing from my apartment in Trà Vinh city and the neighbour complains about the noise. "
        "Looking for an affordable way to soundproof one room: sealing gaps, adding mass to walls and some absorption, without rebuilding the flat.",
        {"nKo031": 2, "nKo029": 2, "nKo024": 2, "nKo027": 1, "nKo026": 1, "nKo041": 1},
    ),
    (
        "nKn12",
        "vi",
        "xaydungvieta_on",
        "Tổ dân phố cần đo tiếng ồn karaoke ban đêm",
        "Tổ dân phố ở phường 9, TP Trà Vinh nhận nhiều phản ánh hàng xóm hát karaoke quá 22 giờ. "
        "Ban điều hành cần máy đo và hướng dẫn đo tiếng ồn để đối chiếu giới hạn 55 dBA ban đêm, 70 dBA ban ngày trước khi báo công an phường.",
        {"nKo044": 2, "nKo088": 1, "nKo033": 1, "nKo035": 1},
    ),
    (
        "nKn13",
        "vi",
        "vnexpress_on",
        "Can may do tieng on chuan de lap bien ban",
        "Xa o Cang Long nhan nhieu don phan anh loa keo, karaoke gay on trong khu dan cu nhung khong co may do chuan nen kho xu phat. "
        "Can mua may do do on va duoc huong dan cach do theo quy chuan.",
        {"nKo044": 2, "nKo088": 1, "nKo033": 1},
    ),
    (
        "nKn14",
        "en",
        "epavic_music",
        "Proving live music noise stays within limits at nearby homes",
        "Open-air cafe with live music at weekends in Bình Minh town. The ward asked us to show that music noise at the nearest homes stays under the limit. "
        "We need someone to choose measurement points, set a limit for the band and monitor it.",
        {"nKo033": 2, "nKo032": 2, "nKo035": 2, "nKo036": 2, "nKo045": 1, "nKo044": 1, "nKo034": 1},
    ),
    (
        "nKn15",
        "vi",
        "thietkevanphong_tieuam",
        "Hội trường huyện bị dội âm, nói không rõ",
        "Hội trường văn hóa huyện Trà Cú khoảng 300 chỗ, tường sơn và trần phẳng, khi họp hay biểu diễn âm thanh dội ngược, người ngồi cuối nghe ù. "
        "Cần đơn vị khảo sát và thi công tiêu âm trần, tường cho hội trường.",
        {"nKo039": 2, "nKo040": 2, "nKo042": 2, "nKo041": 1, "nKo043": 1, "nKo016": 1},
    ),
    (
        "nKn16",
        "en",
        "noisenuisance_live",
        "Noise assessment for a beer garden with a live band",
        "We are opening a beer garden with a live band five nights a week in Vĩnh Long city, close to houses. "
        "The licensing office wants a noise assessment and mitigation plan before approval. We need an acoustic consultant to do it.",
        {"nKo032": 2, "nKo033": 2, "nKo034": 2, "nKo036": 2, "nKo045": 1, "nKo035": 1, "nKo044": 1},
    ),
    (
        "nKn17",
        "vi",
        "donghodo_on",
        "Thi công cách âm quán karaoke trong khu dân cư",
        "Chuẩn bị mở quán karaoke 10 phòng trong khu dân cư ở huyện Mang Thít. "
        "Cần thi công cách âm trần, vách, cửa để âm thanh vang ra ngoài không vượt quy chuẩn tiếng ồn, có thể hoạt động buổi tối mà không bị hàng xóm khiếu nại.",
        {
            "nKo024": 2,
            "nKo025": 2,
            "nKo028": 2,
            "nKo030": 2,
            "nKo029": 2,
            "nKo037": 2,
            "nKo031": 2,
            "nKo026": 1,
            "nKo027": 1,
            "nKo041": 1,
            "nKo044": 1,
            "nKo038": 1,
        },
    ),
    (
        "nKn18",
        "en",
        "son_chongchay",
        "Fire-rated acoustic materials for karaoke rooms",
        "After the karaoke fires in the news, our 6-room karaoke in Trà Ôn must replace ordinary foam and rubber on the walls. "
        "We need acoustic materials that still absorb sound but are fire-retardant, with test certificates we can show the fire police.",
        {"nKo027": 2, "nKo066": 2, "nKo025": 1, "nKo069": 1, "nKo026": 1, "nKo041": 1},
    ),
]

NEEDS += [
    # --- ventilation and air conditioning ---
    (
        "nKn19",
        "en",
        "refeng_cinema",
        "Air conditioning for an old cinema hall with no ventilation",
        "We are reopening an old single-hall cinema in Vĩnh Long city: 15 x 8 x 4.5 m, 186 seats, no windows and practically no ventilation. "
        "We need the cooling load for a full house (people are the main heat source), fresh air per person and an air distribution that works when the hall is full.",
        {"nKo050": 2, "nKo051": 2, "nKo052": 2, "nKo053": 2, "nKo054": 2, "nKo055": 1, "nKo056": 1},
    ),
    (
        "nKn20",
        "vi",
        "locbut_doiluu",
        "Phòng karaoke kín ngột ngạt, cần cấp khí tươi",
        "Quán karaoke ở huyện Tam Bình có các phòng kín không cửa sổ, khách than ngột ngạt, ám mùi thuốc lá. "
        "Cần giải pháp cấp gió tươi, hút gió thải mà không làm mất lạnh máy điều hòa và không lọt âm qua đường ống.",
        {"nKo056": 2, "nKo057": 2, "nKo054": 2, "nKo059": 1, "nKo037": 1, "nKo060": 1, "nKo055": 1},
    ),
    (
        "nKn21",
        "vi",
        "koolman_khongkin",
        "Lắp máy lạnh cho quán cà phê ca nhạc không kín",
        "Quán cà phê ca nhạc sân vườn có mái che ở huyện Vũng Liêm, một phần thông ra sân. "
        "Muốn biết có lắp máy lạnh được không, chọn loại và công suất thế nào để khu sân khấu đủ mát mà không tốn điện quá nhiều.",
        {"nKo055": 2, "nKo054": 2, "nKo056": 1, "nKo053": 1},
    ),
    (
        "nKn22",
        "en",
        "drivein_1947",
        "Cinema AC sized for evening crowds, expandable later",
        "Our small cinema in Trà Vinh city is full only at evening shows; weekday matinees are nearly empty. "
        "We want air conditioning sized for the evening load, with capacity in stages we can add later, and fresh air that is pre-cooled.",
        {"nKo052": 2, "nKo051": 2, "nKo050": 2, "nKo053": 1, "nKo056": 1},
    ),
    (
        "nKn23",
        "vi",
        "uah_cineplex",
        "Thiết kế điều hòa cho rạp chiếu phim nhỏ",
        "Dự án rạp chiếu phim 2 phòng ở thị xã Bình Minh cần thiết kế điều hòa không khí: giữ nhiệt độ, độ ẩm ổn định khi đông khách, "
        "độ ồn thấp trong phòng chiếu, cấp gió từ trần và hồi gió dưới ghế, có cảm biến CO2 để tiết kiệm điện.",
        {"nKo050": 2, "nKo051": 2, "nKo053": 2, "nKo054": 2, "nKo052": 2, "nKo056": 1, "nKo057": 1},
    ),
    (
        "nKn24",
        "en",
        "lstheater_env",
        "Keeping an auditorium at comfortable temperature and humidity",
        "The district cultural centre auditorium in Cầu Kè gets hot and sticky during ceremonies with several hundred people. "
        "We need an air-conditioning design that holds a comfortable temperature and humidity for a hall used only some days a year.",
        {"nKo051": 2, "nKo053": 2, "nKo050": 2, "nKo054": 2, "nKo055": 1},
    ),
    (
        "nKn25",
        "vi",
        "zing_pc07",
        "Hút khói và tăng áp cầu thang cho tòa nhà karaoke",
        "Tòa nhà karaoke 4 tầng ở TP Trà Vinh, mặt tiền che biển quảng cáo, thông gió kém nên nếu cháy sẽ tụ khói. "
        "Cần thiết kế hệ thống hút khói hành lang và tăng áp cầu thang thoát nạn.",
        {"nKo058": 2, "nKo068": 1, "nKo064": 1},
    ),
    # --- fire safety and emergency exits ---
    (
        "nKn26",
        "vi",
        "zing_pc07",
        "Quán karaoke chỉ có một cầu thang, cần lối thoát nạn thứ hai",
        "Quán karaoke 3 tầng ở phường 2, TP Vĩnh Long chỉ có một cầu thang bộ. "
        "Cần tư vấn thiết kế lối thoát nạn thứ hai bố trí phân tán, biển chỉ dẫn thoát nạn, và tập huấn nhân viên hướng dẫn khách thoát ra khi cháy.",
        {"nKo065": 2, "nKo064": 2, "nKo070": 2, "nKo073": 2, "nKo068": 1, "nKo071": 1, "nKo072": 1},
    ),
    (
        "nKn27",
        "en",
        "govap_pccc",
        "Second escape route and a billboard covering the facade",
        "Our karaoke in Tiểu Cần is under 1,500 m³. The fire police told us to add a second escape route via balcony, rope ladder or chute, "
        "and to take down the billboard that covers the windows. We need advice on an acceptable solution.",
        {"nKo065": 2, "nKo073": 2, "nKo064": 1, "nKo068": 1, "nKo070": 1},
    ),
    (
        "nKn28",
        "en",
        "theatre_safety_blog",
        "Bands block the exits during festival nights",
        "During festival nights at our music venue near Ao Bà Om, bands load amplifiers and cases in front of exits and staff close a staircase. "
        "We want an egress audit and simple procedures so exits and signs stay clear during shows.",
        {"nKo073": 2, "nKo070": 2, "nKo072": 1, "nKo071": 1},
    ),
    (
        "nKn29",
        "vi",
        "sggp_binhduong",
        "Quan karaoke bi dinh chi vi thieu PCCC",
        "Quan karaoke o Cang Long bi dinh chi vi thieu binh chua chay, khong co bao chay, bang quang cao che loi thoat. "
        "Can don vi trang bi lai binh chua chay, dau bao khoi va lam ho so PCCC de mo lai.",
        {"nKo064": 2, "nKo067": 2, "nKo071": 2, "nKo066": 1, "nKo068": 1},
    ),
    (
        "nKn30",
        "en",
        "lvsun_safety",
        "Occupancy load and exit strategy for a beer club",
        "Beer club with a dance floor in Vĩnh Long city. On weekends we are not sure how many guests the room can safely hold with our furniture. "
        "We need someone to evaluate the occupancy load and plan exits and crowd control.",
        {"nKo073": 2, "nKo070": 2, "nKo065": 1, "nKo072": 1},
    ),
    (
        "nKn31",
        "vi",
        "sggp_298",
        "Thay vật liệu dễ cháy trong phòng karaoke",
        "Cải tạo 12 phòng karaoke ở TP Trà Vinh sau đợt kiểm tra PCCC: phải thay mút, xốp, thảm dễ cháy trên tường và trần. "
        "Cần vật liệu chống cháy hoặc khó cháy có giấy kiểm định, vẫn giữ được hiệu quả tiêu âm.",
        {"nKo066": 2, "nKo027": 2, "nKo025": 1, "nKo069": 1, "nKo041": 1},
    ),
    (
        "nKn32",
        "en",
        "vtc14_kiemtra",
        "Loud music drowns the fire alarm",
        "Inspectors found that in our karaoke complex in Trà Vinh city nobody would hear the fire alarm over the music. "
        "We need an alarm that cuts the music automatically, detectors with strobes visible in dark rooms, and fire drills for staff.",
        {"nKo070": 2, "nKo072": 2, "nKo071": 2, "nKo064": 1},
    ),
    (
        "nKn33",
        "vi",
        "trituemoi_loithoat",
        "Thẩm duyệt PCCC cho tòa nhà karaoke 5 tầng mới xây",
        "Tòa nhà karaoke 5 tầng đang xây ở huyện Long Hồ, liền kề nhà dân. "
        "Cần tư vấn thẩm duyệt thiết kế PCCC: bậc chịu lửa, tường ngăn cháy với nhà bên, chèn bịt trục kỹ thuật, cửa ngăn cháy, bảo vệ kết cấu thép.",
        {"nKo068": 2, "nKo064": 2, "nKo067": 2, "nKo069": 1, "nKo058": 1, "nKo065": 1},
    ),
    (
        "nKn34",
        "en",
        "sggp_298",
        "Vietnamese fire dossier for a new karaoke lounge",
        "We are a foreign-invested company opening a karaoke lounge in Vĩnh Long city and do not know the local fire rules. "
        "We need someone to prepare the fire safety dossier, escape plan and fire-fighting plan required by the Vietnamese regulations for karaoke businesses.",
        {"nKo064": 2, "nKo065": 2, "nKo068": 1, "nKo067": 1},
    ),
    # --- licensing and music copyright ---
    (
        "nKn35",
        "vi",
        "docnhanh_phi",
        "Phí bản quyền bài hát karaoke: ai thu, ký hợp đồng thế nào",
        "Chủ quán karaoke 10 phòng ở huyện Trà Ôn lo phải trả 2.000 đồng mỗi bài mỗi đầu máy cộng thêm tiền tác quyền hằng năm. "
        "Cần biết rõ tổ chức nào thu, mức thu, và ký hợp đồng thế nào để kinh doanh hợp pháp.",
        {"nKo077": 2, "nKo078": 2, "nKo079": 2, "nKo082": 1, "nKo083": 1},
    ),
    (
        "nKn36",
        "en",
        "bgt_cucbanquyen",
        "Which bodies collect music fees from karaoke in Vietnam",
        "Our karaoke chain in Vĩnh Long province wants to pay music rights properly. "
        "We are confused about who collects for songwriters, for recording owners and for performers, and how to sign the licences.",
        {"nKo077": 2, "nKo078": 2, "nKo079": 2, "nKo083": 1, "nKo082": 1},
    ),
    (
        "nKn37",
        "vi",
        "cstc_loaydoay",
        "Khong biet tra tien tac quyen cho ai",
        "Quan karaoke o Cau Ke dung dau may co tem ban quyen, tuong vay la du. "
        "Gio co nguoi den doi tien tac quyen, khong biet phai tra cho ai, bao nhieu, co hop dong khong.",
        {"nKo079": 2, "nKo077": 2, "nKo078": 2},
    ),
    (
        "nKn38",
        "en",
        "knkx_pro",
        "One licence for cover bands and karaoke at a small cafe",
        "Small live-music cafe in Vĩnh Long city with cover bands on Fridays and karaoke nights. "
        "We want to be licensed for public performance of songs without dealing with many separate fees, and to know the yearly cost.",
        {"nKo079": 2, "nKo083": 1, "nKo080": 1, "nKo077": 1},
    ),
    (
        "nKn39",
        "vi",
        "skds_bacninh",
        "Xin giấy phép kinh doanh karaoke 4 phòng",
        "Hộ kinh doanh ở huyện Châu Thành (Trà Vinh) chuẩn bị 4 phòng hát 24–35 m². "
        "Cần hỗ trợ lập hồ sơ xin giấy phép đủ điều kiện kinh doanh karaoke theo quy định hiện hành, gồm cả điều kiện an ninh trật tự và PCCC.",
        {"nKo084": 2, "nKo085": 2, "nKo086": 2, "nKo087": 1, "nKo089": 1, "nKo064": 1},
    ),
    (
        "nKn40",
        "en",
        "skds_bacninh",
        "Pre-check of a site and rooms before investing in karaoke",
        "Investor planning a karaoke house in Duyên Hải town wants a check before buying the building: distance to schools and temples, room sizes, door glass, lighting and other permit conditions.",
        {"nKo087": 2, "nKo089": 2, "nKo085": 2, "nKo084": 2, "nKo086": 1},
    ),
    (
        "nKn41",
        "en",
        "knkx_pro",
        "Legal karaoke tracks for a bar",
        "Bar in Trà Vinh city wants to start karaoke nights. Staff currently play songs from YouTube. "
        "We need properly licensed karaoke content for commercial use.",
        {"nKo081": 2, "nKo077": 2, "nKo078": 2, "nKo082": 1, "nKo080": 1},
    ),
    (
        "nKn42",
        "vi",
        "docnhanh_phi",
        "Nhạc nền có bản quyền cho quán cà phê",
        "Quán cà phê ở TP Vĩnh Long mở nhạc nền cả ngày từ điện thoại. "
        "Muốn dùng dịch vụ nhạc nền hợp pháp hoặc ký hợp đồng tác quyền để không bị xử phạt.",
        {"nKo080": 2, "nKo079": 2, "nKo083": 1, "nKo012": 1},
    ),
    (
        "nKn43",
        "vi",
        "skds_bacninh",
        "Nộp hồ sơ giấy phép karaoke trực tuyến",
        "Hộ kinh doanh ở huyện Trà Cú muốn nộp trực tuyến hồ sơ đăng ký hộ kinh doanh, giấy chứng nhận an ninh trật tự và giấy phép karaoke một lần trên cổng dịch vụ công. "
        "Cần người hướng dẫn và làm giúp thủ tục.",
        {"nKo086": 2, "nKo084": 2, "nKo085": 2, "nKo087": 1},
    ),
]

NEEDS += [
    # --- cinema projection and screens ---
    (
        "nKn44",
        "en",
        "courant_digital",
        "Single-screen cinema cannot afford a digital projector",
        "Our single-screen cinema in Càng Long still runs a film projector, and distributors no longer send prints. "
        "A new digital projector of around $70,000 is beyond us; we are looking for leasing, financing or a fundraising scheme.",
        {"nKo098": 2, "nKo099": 2, "nKo100": 1, "nKo101": 1},
    ),
    (
        "nKn45",
        "vi",
        "tcqh_bienhoa",
        "Đội chiếu phim lưu động cần máy chiếu HD và thiết bị gọn nhẹ",
        "Trung tâm văn hóa huyện Cầu Ngang có đội chiếu phim lưu động phục vụ các ấp xa, đồng bào Khmer, công nhân. "
        "Máy chiếu cũ mờ, thiết bị nặng; cần máy chiếu HD, màn lớn, loa và bộ thiết bị gọn để chở đi chiếu.",
        {"nKo093": 2, "nKo096": 2, "nKo097": 2, "nKo095": 2, "nKo104": 2, "nKo103": 1, "nKo106": 1},
    ),
    (
        "nKn46",
        "vi",
        "sggp_cumrap",
        "Mở cụm rạp chiếu phim 3 phòng ở thị xã",
        "Doanh nghiệp muốn mở cụm rạp 3 phòng chiếu ở thị xã Duyên Hải, ngoài trung tâm thành phố. "
        "Cần tư vấn quy hoạch phòng chiếu, kích thước màn, phân khu chức năng và dòng khách.",
        {"nKo102": 2, "nKo100": 1, "nKo050": 1, "nKo098": 1},
    ),
    (
        "nKn47",
        "en",
        "vnvn_dongnai",
        "LED screen for mobile screenings and daytime shows",
        "The district culture and cinema team in Vĩnh Long runs 20-30 mobile screenings a month, with a loudspeaker vehicle before each show. "
        "Projection is weak in twilight; we want an LED screen with good sound for screenings at commune halls.",
        {"nKo094": 2, "nKo117": 2, "nKo120": 1, "nKo119": 1, "nKo123": 1, "nKo093": 1},
    ),
    (
        "nKn48",
        "en",
        "baophapluat_luudong",
        "Weather-proof outdoor screen for a mobile cinema team",
        "Our mobile cinema team in Trà Cú shows films outdoors; rain and wind keep damaging the screen and forcing us to cover equipment with tarps. "
        "We need an outdoor screen that resists water and wind and is quick to set up.",
        {"nKo105": 2, "nKo103": 2, "nKo106": 1, "nKo097": 1, "nKo096": 1},
    ),
    (
        "nKn49",
        "vi",
        "baophapluat_luudong",
        "Thuê trọn gói chiếu phim ngoài trời cho thiếu nhi",
        "Đoàn thanh niên xã ở huyện Cầu Kè muốn tổ chức chiếu phim ngoài trời cho thiếu nhi dịp hè tại sân trường. "
        "Cần thuê trọn gói màn chiếu, máy chiếu, loa và người kỹ thuật.",
        {"nKo106": 2, "nKo103": 2, "nKo104": 1, "nKo094": 1},
    ),
    (
        "nKn50",
        "en",
        "courant_digital",
        "Projector brightness for weekly film nights in a hall",
        "Parish hall in Vĩnh Long city shows a film every week on a 4 m wide screen, with some light from the corridor. "
        "We need advice on projector brightness and resolution and a suitable projector.",
        {"nKo104": 2, "nKo107": 2, "nKo109": 1, "nKo100": 1},
    ),
    (
        "nKn51",
        "vi",
        "tcqh_bienhoa",
        "Tìm nguồn bóng đèn máy chiếu phim kỹ thuật số",
        "Rạp chiếu phim nhỏ ở TP Trà Vinh đã chuyển sang máy chiếu số DLP, bóng đèn sắp hết tuổi thọ. "
        "Cần nhà cung cấp bóng đèn chiếu DLP và vật tư thay thế.",
        {"nKo101": 2, "nKo098": 1},
    ),
    # --- stage lighting and LED screens ---
    (
        "nKn52",
        "vi",
        "docnhanh_led",
        "Thuê gấp màn hình LED lớn ngoài trời xem bóng đá",
        "Đoàn thanh niên phường ở TP Vĩnh Long cần thuê gấp màn hình LED cỡ lớn ngoài trời để người dân cùng xem trận chung kết bóng đá tại sân vận động. "
        "Cần đơn vị lắp đặt nhanh, có người vận hành.",
        {"nKo117": 2, "nKo120": 2, "nKo121": 2, "nKo119": 1, "nKo122": 1, "nKo123": 1},
    ),
    (
        "nKn53",
        "en",
        "baodanang_led",
        "Large outdoor LED screens at public squares",
        "The province plans giant outdoor LED screens at several squares and parks in Trà Vinh city so people can watch the national day broadcast live. "
        "We need suppliers who can provide, install and operate the screens for the event.",
        {"nKo119": 2, "nKo120": 2, "nKo121": 2, "nKo117": 2, "nKo122": 1, "nKo123": 1},
    ),
    (
        "nKn54",
        "en",
        "mixonline_led",
        "Affordable LED video beside the festival stage",
        "The Ok Om Bok festival programme at Ao Bà Om draws thousands, and most of the crowd cannot see the performers. "
        "We want affordable LED screens beside the stage to magnify the performers and show graphics.",
        {"nKo119": 2, "nKo120": 2, "nKo121": 2, "nKo122": 2, "nKo117": 2, "nKo123": 1},
    ),
    (
        "nKn55",
        "vi",
        "nhandan_okombok",
        "Sân khấu bờ sông có ánh sáng cho đêm biểu diễn",
        "Ban tổ chức giải đua ghe Ngo trên sông Long Bình (TP Trà Vinh) cần dựng sân khấu bên bờ sông cho sinh viên biểu diễn ca múa nhạc Khmer buổi tối. "
        "Cần trọn gói khung sân khấu, đèn pha, đèn hiệu ứng chống nước và người vận hành.",
        {"nKo116": 2, "nKo112": 2, "nKo115": 2, "nKo111": 2, "nKo118": 2, "nKo113": 1, "nKo004": 1},
    ),
    (
        "nKn56",
        "en",
        "baotintuc_okombok",
        "Lighting design for a staged moon-worship ceremony",
        "The cultural zone at Ao Bà Om stages the moon-worship ceremony with an art troupe every year. "
        "We need a lighting designer: warm scene lighting, a few moving heads, a follow spot, and a check of the rigging that holds the lights.",
        {"nKo113": 2, "nKo112": 2, "nKo111": 2, "nKo115": 2, "nKo114": 1},
    ),
    (
        "nKn57",
        "vi",
        "nhandan_okombok",
        "Can mua den moving head, par LED cho nha van hoa",
        "Nha van hoa xa o huyen Tra Cu co san khau co dinh, muon mua den moving head, den par LED doi mau va nho lap dat, huong dan su dung.",
        {"nKo114": 2, "nKo113": 2, "nKo111": 1, "nKo112": 1},
    ),
    (
        "nKn58",
        "en",
        "mixonline_led",
        "Fine-pitch LED backdrop for a wedding hall",
        "Wedding and conference hall in Vĩnh Long city wants an indoor LED backdrop behind the stage. "
        "Guests sit 4-6 m away, so the screen must look sharp up close.",
        {"nKo121": 2, "nKo123": 2, "nKo119": 1, "nKo120": 1},
    ),
    (
        "nKn59",
        "vi",
        "docnhanh_led",
        "Màn LED ngoài trời vừa đủ sáng ban ngày vừa làm đèn sân khấu",
        "Công ty sự kiện ở Vĩnh Long cần màn LED ngoài trời đủ sáng dưới nắng để chiếu hình ban ngày và kiêm hiệu ứng ánh sáng sân khấu buổi tối cho lễ hội. "
        "Cần thuê hoặc mua hệ thống gọn, dựng nhanh.",
        {"nKo122": 2, "nKo119": 2, "nKo120": 2, "nKo117": 1, "nKo121": 1},
    ),
    # --- commune and ward loudspeaker systems ---
    (
        "nKn60",
        "vi",
        "binhphuoc_thongminh",
        "Chuyển đài truyền thanh FM của xã sang truyền thanh thông minh",
        "Xã ở huyện Châu Thành (Trà Vinh) có đài truyền thanh FM cũ, nhiều cụm loa hư, tín hiệu rè. "
        "Muốn chuyển sang truyền thanh ứng dụng CNTT-VT (IP), quản lý bằng phần mềm, phủ hết các ấp.",
        {"nKo125": 2, "nKo126": 2, "nKo127": 2, "nKo128": 2, "nKo129": 1, "nKo133": 1},
    ),
    (
        "nKn61",
        "en",
        "bornadragon_pa",
        "Hamlet meeting hall PA that crackles",
        "The hamlet office in Càng Long holds meetings and announces health campaigns, but the old PA speakers crackle and squeak. "
        "We need replacement speakers and a mixer-amplifier that volunteers can run.",
        {"nKo130": 2, "nKo011": 2, "nKo014": 2, "nKo004": 2, "nKo016": 1},
    ),
    (
        "nKn62",
        "vi",
        "docz_didong",
        "Cụm loa truyền thanh ven biển hay hỏng do sét và muối",
        "Xã ven biển ở thị xã Duyên Hải có cụm loa truyền thanh thường hỏng do sét, gỉ sét vì hơi muối, nhiều nơi tín hiệu FM yếu. "
        "Cần giải pháp truyền thanh qua mạng di động, ít thiết bị ngoài trời, không cần cột ăng ten.",
        {"nKo126": 2, "nKo125": 2, "nKo127": 2, "nKo128": 2, "nKo132": 1, "nKo131": 1},
    ),
    (
        "nKn63",
        "en",
        "vnnet_vinhlong",
        "Suppliers for converting commune radio to smart broadcasting",
        "Vĩnh Long province converts 15-25% of commune wired or FM stations every year to smart ICT-based broadcasting, starting with the most degraded ones. "
        "We look for suppliers of IP loudspeaker clusters and management software, ideally with text-to-speech.",
        {"nKo125": 2, "nKo126": 2, "nKo127": 2, "nKo128": 2, "nKo129": 1, "nKo131": 1},
    ),
    (
        "nKn64",
        "vi",
        "vnvn_thanhhoa",
        "Cum loa phat tu dong theo lich, dieu khien tu xa",
        "Phuong o TP Vinh Long can he thong loa phat tu dong luc 5 gio va 17 gio, can bo van hoa dieu khien tu xa tren may tinh, "
        "biet ngay cum loa nao hu de sua.",
        {"nKo125": 2, "nKo127": 2, "nKo128": 2, "nKo126": 2, "nKo133": 1},
    ),
    (
        "nKn65",
        "en",
        "vnnet_vinhlong",
        "Outdoor voice warnings for floods and storms",
        "Flood-prone commune in Tam Bình wants outdoor warnings that people working in fields and on boats can hear and understand, "
        "with spoken instructions rather than only a siren tone.",
        {"nKo139": 2, "nKo138": 2, "nKo126": 1, "nKo125": 1, "nKo132": 1, "nKo131": 1},
    ),
    (
        "nKn66",
        "en",
        "bornadragon_pa",
        "IP zone paging over the market's existing horn speakers",
        "The market management board in Vĩnh Long city has old 100 V horn speakers around the market. "
        "We want to make zone announcements from a SIP desk phone and keep the existing speakers.",
        {"nKo137": 2, "nKo136": 2, "nKo133": 2, "nKo135": 1, "nKo134": 1},
    ),
    (
        "nKn67",
        "vi",
        "binhphuoc_thongminh",
        "Loa thông báo theo khu qua mạng LAN cho trường học",
        "Trường THPT ở huyện Trà Cú muốn hệ thống loa thông báo theo từng khu (phòng học, sân, ký túc xá) qua mạng LAN của trường, "
        "phát được thông báo khẩn cấp cho toàn trường.",
        {"nKo133": 2, "nKo134": 2, "nKo135": 2, "nKo136": 2, "nKo130": 1},
    ),
    # --- hearing protection for staff ---
    (
        "nKn68",
        "en",
        "ishn_bars",
        "Measuring bar staff noise exposure and a protection plan",
        "Beer club in Trà Vinh city: bar staff work about 20 hours a week next to the dance floor and the music gets louder after 11 pm. "
        "We want their daily noise exposure measured and a hearing protection plan.",
        {"nKo145": 2, "nKo142": 2, "nKo147": 1, "nKo148": 1, "nKo146": 1, "nKo144": 1, "nKo140": 1},
    ),
    (
        "nKn69",
        "vi",
        "hiddenhearing_dit",
        "Nhân viên quán bar bị ù tai sau ca làm",
        "Quán bar ở TP Vĩnh Long có nhân viên phục vụ bị ù tai sau mỗi ca đêm. "
        "Chủ quán cần đo liều tiếp xúc tiếng ồn của từng người trong ca và đề xuất giải pháp bảo vệ thính lực.",
        {"nKo145": 2, "nKo142": 2, "nKo140": 1, "nKo144": 1, "nKo148": 1},
    ),
    (
        "nKn70",
        "vi",
        "hongthai_chongon",
        "Chọn nút tai, chụp tai cho thợ sửa loa",
        "Cơ sở sửa chữa loa, dàn âm thanh ở huyện Vũng Liêm, thợ thử loa công suất lớn nhiều giờ mỗi ngày. "
        "Cần chọn nút tai hoặc chụp tai giảm ồn đủ mức mà vẫn nói chuyện được.",
        {"nKo140": 2, "nKo141": 2, "nKo149": 1, "nKo150": 1},
    ),
    (
        "nKn71",
        "en",
        "hiddenhearing_dit",
        "Earplugs for musicians and sound engineers that keep the music clear",
        "Sound engineers and musicians of a Khmer art troupe in Trà Vinh play loud shows many nights a year. "
        "Foam plugs muffle everything; we want custom earplugs that lower the level evenly, with fitting and hearing checks.",
        {"nKo149": 2, "nKo150": 2, "nKo151": 2, "nKo152": 2, "nKo140": 1},
    ),
    (
        "nKn72",
        "vi",
        "ximang_angiang",
        "Khám thính lực định kỳ cho nhân viên karaoke",
        "Chủ quán karaoke ở huyện Tiểu Cần muốn tổ chức đo thính lực đầu vào và định kỳ cho nhân viên phục vụ phòng hát, "
        "và biết cách theo dõi nguy cơ điếc nghề nghiệp do tiếng ồn.",
        {"nKo142": 2, "nKo151": 2, "nKo143": 1, "nKo144": 1},
    ),
    (
        "nKn73",
        "en",
        "ishn_bars",
        "Layout and rotation to cut room attendants' exposure",
        "Karaoke chain in Vĩnh Long: room attendants keep entering very loud rooms and the service counter sits next to the busiest corridor. "
        "We want practical measures such as speaker aiming, moving work stations and job rotation.",
        {"nKo148": 2, "nKo147": 2, "nKo146": 1, "nKo142": 1, "nKo145": 1},
    ),
    (
        "nKn74",
        "vi",
        "hongthai_chongon",
        "Bảo vệ tai cho đội bảo vệ sự kiện mà vẫn nghe bộ đàm",
        "Đội bảo vệ, phục vụ các đêm ca nhạc ngoài trời ở thị xã Bình Minh đứng gần loa nhiều giờ. "
        "Cần thiết bị bảo vệ tai giảm ồn vừa đủ, vẫn nghe được bộ đàm và hiệu lệnh.",
        {"nKo146": 2, "nKo140": 2, "nKo141": 1, "nKo150": 1},
    ),
    (
        "nKn75",
        "en",
        "hiddenhearing_dit",
        "Noise and hearing training for entertainment businesses",
        "The provincial labour department in Trà Vinh wants a short training for owners and managers of bars, karaoke and event companies "
        "on loud music at work, exposure limits and how to protect staff.",
        {"nKo147": 2, "nKo144": 1, "nKo142": 1, "nKo143": 1, "nKo146": 1},
    ),
]
