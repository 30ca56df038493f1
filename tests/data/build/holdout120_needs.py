"""Needs of the holdout120 set: (id, language, source key, title, description, {offer id: grade}).

Enterprises, cooperatives and households in Trà Vinh / Vĩnh Long posting the technology they need for petrol
stations, small fuel depots, car washes and parking. Almost every source page is about another place (other
provinces of Viet Nam, the UK, the US, Australia, Thailand...); each need is set in the province, as noted in the
comment above it. Grades: 2 = would solve the need, 1 = partly relevant or an adjacent step.
"""

NEEDS = [
    # --- underground tanks, leaks, level gauging, wetstock ---
    # source: UK guidance on single-skin steel tanks near groundwater; set in Càng Long
    (
        "mRn01",
        "vi",
        "ust_sasa",
        "Cần giải pháp phát hiện sớm rò rỉ bể xăng ngầm cũ gần giếng nước nhà dân",
        "Cửa hàng xăng dầu của gia đình tôi ở xã Phương Thạnh, huyện Càng Long có 3 bể thép một lớp chôn từ năm 2005, "
        "cách giếng khoan của mấy hộ bên cạnh chưa tới 30 m, đất ở đây mạch nước ngầm nông. Bể cũ, chưa bao giờ thử độ "
        "kín. Chúng tôi cần thiết bị hoặc dịch vụ để phát hiện rò rỉ của bể và đường ống càng sớm càng tốt, trước khi xăng "
        "ngấm ra đất và nước giếng, và tư vấn có nên thay bể hay không.",
        {
            "mRo001": 2,
            "mRo002": 2,
            "mRo015": 2,
            "mRo016": 2,
            "mRo003": 1,
            "mRo004": 1,
            "mRo005": 1,
            "mRo006": 1,
            "mRo012": 1,
        },
    ),
    # source: UK forecourt with 3,498 litres of unexplained variance; set in Cầu Kè
    (
        "mRn02",
        "en",
        "ust_forecourt_leak",
        "Unexplained fuel loss at a cooperative depot: need daily stock reconciliation",
        "Our agricultural service cooperative in Cầu Kè runs a small fuel depot with two underground tanks for members' "
        "boats and tractors. Comparing delivery notes, pump readings and dips over the past year we cannot account for "
        "about 3,500 litres. Some may be temperature or measurement error, but we fear a leak. We need a way to reconcile "
        "stock every day and to tell a leak from theft or meter error early.",
        {
            "mRo006": 2,
            "mRo007": 2,
            "mRo008": 2,
            "mRo009": 2,
            "mRo010": 2,
            "mRo011": 2,
            "mRo001": 1,
            "mRo002": 1,
            "mRo015": 1,
        },
    ),
    # source: first double-wall tank installed in Ha Noi (JICA/Petrolimex); set in Vĩnh Long city
    (
        "mRn03",
        "vi",
        "tank_sf_dnvn",
        "Tìm nhà cung cấp bể chứa xăng dầu hai lớp cho cửa hàng xây mới",
        "Công ty chúng tôi chuẩn bị xây cửa hàng xăng dầu mới trên quốc lộ 1A đoạn qua TP Vĩnh Long, dự kiến 3 bể ngầm "
        "25 m3. Chúng tôi muốn dùng bể hai lớp thay cho bể thép một lớp để tránh rò rỉ làm ô nhiễm đất, nước và an toàn "
        "PCCC hơn, chấp nhận giá cao hơn nếu dùng được lâu dài. Cần đơn vị sản xuất, lắp đặt trong nước và hướng dẫn vận hành.",
        {"mRo003": 2, "mRo004": 2, "mRo001": 1, "mRo016": 1},
    ),
    # source: rainwater entering a tank in Tan Phu, Ho Chi Minh City; set in Trà Cú (typed without accents)
    (
        "mRn04",
        "vi",
        "tank_rain_plo",
        "Mua lon nuoc tran vao ham chua xang, khach do xang bi chet may",
        "Cay xang cua toi o thi tran Tra Cu, dot mua lon vua roi duong lam lai bit mat cho thoat nuoc ho ga nen nuoc mua "
        "tran vao ham chua, hon 40 khach do xang xong chay mot doan la chet may, toi phai boi thuong. Can cach kiem tra "
        "nhanh co nuoc duoi day be khong truoc khi ban, va dich vu hut nuoc, loc lai xang trong be.",
        {"mRo023": 2, "mRo024": 2, "mRo026": 2, "mRo016": 1, "mRo025": 1, "mRo015": 1},
    ),
    # source: 150 litres of water in a tank in Cam Lo, Quang Tri; set in Tiểu Cần
    (
        "mRn05",
        "vi",
        "tank_water_qt",
        "Bể xăng 7.000 lít có 150 lít nước ở đáy, cần tìm chỗ hở và khắc phục",
        "Cửa hàng chúng tôi ở thị trấn Tiểu Cần vừa bị Chi cục TĐC kiểm tra do khách phản ánh xe chết máy: bể có khoảng "
        "7.000 lít xăng thì đáy lắng gần 150 lít nước. Nghi do hở gioăng mặt bể hoặc bể thủng, vì mặt bể thấp hơn nền nhà "
        "dân xung quanh. Cần đơn vị rút nước, làm sạch bể và thử độ kín để xác định chỗ hở trước khi được bán lại.",
        {"mRo015": 2, "mRo024": 2, "mRo025": 1, "mRo023": 1, "mRo002": 1, "mRo003": 1, "mRo004": 1},
    ),
    # source: US article on corrosion of old single-walled steel tanks; set in Duyên Hải (saline soil)
    (
        "mRn06",
        "en",
        "ust_deregulated",
        "Corrosion protection for steel fuel tanks buried in saline coastal soil",
        "We operate a filling station near the fishing port in Duyên Hải town. Our two steel underground tanks are 12 "
        "years old, have no cathodic protection and sit in wet, salty soil that floods at high tide season. We want "
        "cathodic protection installed (sacrificial anodes or impressed current) and regular testing so the tanks do not "
        "corrode through.",
        {"mRo012": 2, "mRo013": 2, "mRo014": 2, "mRo015": 1, "mRo003": 1, "mRo004": 1},
    ),
    # source: UK article on fuel stock reconciliation with simple gauges; set in Vũng Liêm / Trà Ôn
    (
        "mRn07",
        "vi",
        "wet_cvw",
        "Muốn xem tồn xăng dầu trong bể của 4 cửa hàng từ xa qua điện thoại",
        "Doanh nghiệp tư nhân của tôi có 4 cửa hàng xăng dầu ở Vũng Liêm và Trà Ôn, hiện mỗi sáng nhân viên đo bể bằng "
        "thước rồi nhắn số về, hay sai và chậm. Tôi cần hệ thống đo mức bể tự động gửi số liệu về máy chủ để xem tồn kho "
        "từng bể, từng cửa hàng trên điện thoại, chủ động đặt hàng và phát hiện hao hụt bất thường.",
        {"mRo005": 2, "mRo010": 2, "mRo001": 1, "mRo006": 1, "mRo009": 1},
    ),
    # source: Vietnamese student report on road tankers and transport losses; set in Bình Minh
    (
        "mRn08",
        "en",
        "tanker_123",
        "Checking that tanker deliveries to our depot are not short",
        "Our company runs a fuel depot in Bình Minh town supplying ten stations along the Hậu river. Road tankers deliver "
        "several times a week and we suspect some loads arrive short or with water in the compartments, but we only dip "
        "the tanks roughly. We need tools or a system to measure what is really discharged into our tanks and compare it "
        "with the delivery note.",
        {"mRo018": 2, "mRo023": 2, "mRo008": 2, "mRo010": 2, "mRo006": 1, "mRo009": 1, "mRo011": 1},
    ),
    # --- water, sludge, tank cleaning, fuel quality, closure ---
    # source: Quang Tri tank with water (Dan Viet); set in Cầu Ngang
    (
        "mRn09",
        "vi",
        "tank_water_danviet",
        "Súc rửa bể dầu diesel bị cặn bùn làm tắc lọc xe",
        "Hợp tác xã vận tải ở huyện Cầu Ngang có kho nội bộ 2 bể dầu diesel 10 m3 cấp cho 25 xe khách và xe tải. Mấy "
        "tháng nay xe liên tục tắc lọc dầu, kim phun hỏng; lấy mẫu đáy bể thấy nước, cặn đen và lớp nhầy. Cần đơn vị đến "
        "hút nước, súc rửa bể, lọc lại dầu và hướng dẫn giữ bể khô sạch.",
        {"mRo024": 2, "mRo025": 2, "mRo026": 2, "mRo027": 1, "mRo028": 1, "mRo023": 1},
    ),
    # source: US slideshow on removing leaking petroleum tanks; set in Trà Vinh city
    (
        "mRn10",
        "en",
        "decom_toxics",
        "Closing an old filling station: remove the tanks and check the ground",
        "Our family filling station in Trà Vinh city has operated for about 30 years and will close so the land can be "
        "redeveloped. There are three old steel tanks underground. We need a contractor to empty, clean and remove the "
        "tanks safely and to check whether soil and groundwater are contaminated, with a report for the authorities.",
        {"mRo031": 2, "mRo032": 2, "mRo094": 2, "mRo025": 1, "mRo095": 1, "mRo096": 1, "mRo091": 1, "mRo092": 1},
    ),
    # source: E10 to be mandatory from 2026 (CafeF on Dung Quat ethanol plant); set in Bình Tân
    (
        "mRn11",
        "vi",
        "eth_cafef",
        "Súc rửa bể trước khi chuyển sang bán xăng sinh học E10",
        "Xăng E10 dự kiến bắt buộc dùng trên toàn quốc từ năm 2026. Cửa hàng chúng tôi ở huyện Bình Tân có 2 bể chứa xăng "
        "RON 92, RON 95 dùng đã lâu, nghe nói cồn trong xăng sinh học làm bong cặn đáy bể gây tắc lọc, hỏng xe khách. Cần "
        "đơn vị làm sạch bể đúng kỹ thuật trước khi nhập xăng E10.",
        {"mRo033": 2, "mRo025": 2, "mRo024": 1, "mRo026": 1, "mRo027": 1},
    ),
    # source: US guide to underground tank cleaning; set in Long Hồ
    (
        "mRn12",
        "vi",
        "clean_engineerfix",
        "Cần đơn vị có phép thu gom cặn dầu sau khi súc rửa bể",
        "Tổ dịch vụ kỹ thuật của chúng tôi ở Long Hồ nhận súc rửa bể cho các cửa hàng xăng dầu trong tỉnh, mỗi đợt thu "
        "được vài phuy cặn dầu lẫn nước, giẻ lau dính dầu. Chúng tôi cần biết cách phân loại, lưu chứa tạm đúng quy định "
        "chất thải nguy hại và tìm đơn vị có giấy phép thu gom, xử lý với chi phí hợp lý.",
        {"mRo027": 2, "mRo028": 2, "mRo024": 1},
    ),
    # source: consumer guide on telling genuine from fake petrol; set in Trà Cú
    (
        "mRn13",
        "vi",
        "q_chogia",
        "Kiểm tra chất lượng xăng nhập từ đầu mối trước khi bán",
        "Đại lý xăng dầu của tôi ở huyện Trà Cú mua hàng qua một tổng đại lý. Gần đây vài khách phàn nàn xe yếu, kích nổ, "
        "màu xăng lạ. Tôi muốn gửi mẫu xăng A95, E5 đi kiểm nghiệm trị số octan và xem có pha dung môi hay không, để có "
        "căn cứ làm việc với nhà cung cấp.",
        {"mRo030": 2, "mRo029": 2, "mRo023": 1},
    ),
    # source: inspection finding 0.3% pump error and abnormal RON (Dan Viet); set in Cầu Kè (typed without accents)
    (
        "mRn14",
        "vi",
        "cal_danviet",
        "Tru bom sai so 0,3% va mau xang RON bat thuong, can kiem dinh lai",
        "Doan kiem tra lien nganh vua den cay xang cua toi o Cau Ke, do 2 tru bom A92 thay sai so vuot muc cho phep "
        "(0,2% va 0,3%), niem phong 1 tru, lay mau xang di thu vi chi so RON cao bat thuong. Toi can don vi kiem dinh lai "
        "tru bom sau khi sua va mot phong thu nghiem doc lap de kiem tra lai mau xang.",
        {"mRo040": 2, "mRo029": 2, "mRo030": 2, "mRo041": 1, "mRo042": 1, "mRo044": 1},
    ),
    # --- pump calibration and metrology ---
    # source: Lang Son metrology office on a pump with a broken counter; set in Mang Thít
    (
        "mRn15",
        "vi",
        "cal_langson",
        "Cột bơm hỏng bộ đếm, sửa xong cần kiểm định lại để bán",
        "Cửa hàng xăng dầu của công ty ở huyện Mang Thít có một cột đo bị hỏng bộ sung đếm, đã treo biển ngừng bán. Thợ "
        "sẽ thay IC điều khiển có hồ sơ nguồn gốc, nhưng theo yêu cầu của Chi cục TĐC phải mời kiểm định viên kiểm định "
        "lại trước khi dùng. Cần tổ chức kiểm định được chỉ định đến tận nơi.",
        {"mRo040": 2, "mRo041": 1, "mRo042": 1, "mRo044": 1, "mRo048": 1},
    ),
    # source: US glossary on weights-and-measures checks; set in Vũng Liêm
    (
        "mRn16",
        "en",
        "cal_fastdragon",
        "Checking our own dispensers between annual verifications",
        "Our cooperative station in Vũng Liêm has four dispensers verified once a year. Some customers now complain of "
        "short measure, while our own stock figures suggest one pump gives too much. We want equipment and a routine to "
        "check each dispenser's accuracy ourselves between official verifications, and a service to recalibrate meters "
        "that drift.",
        {"mRo043": 2, "mRo047": 2, "mRo042": 2, "mRo044": 2, "mRo045": 2, "mRo040": 1, "mRo041": 1, "mRo006": 1},
    ),
    # source: US glossary on weights-and-measures checks of fuel meters; set in Trà Ôn
    (
        "mRn17",
        "vi",
        "cal_fastdragon",
        "Kiểm định đồng hồ đo trên xe bồn nhỏ giao dầu cho ghe và máy nông nghiệp",
        "Doanh nghiệp chúng tôi ở Trà Ôn có 6 xe bồn nhỏ 3–5 m3 chở dầu DO giao tận nơi cho ghe, máy cày, máy bơm nước "
        "của bà con, bán theo số chỉ của đồng hồ gắn trên xe. Chúng tôi cần đơn vị kiểm tra, kiểm định độ chính xác của các "
        "đồng hồ này định kỳ để minh bạch với khách hàng.",
        {"mRo046": 2, "mRo048": 2, "mRo040": 1, "mRo043": 1, "mRo047": 1},
    ),
    # source: Oregon fuel company proving its meters; set in Vĩnh Long
    (
        "mRn18",
        "en",
        "cal_staroil",
        "Pre-inspection metrology audit for a chain of three stations",
        "We own three filling stations in Vĩnh Long province and expect the annual metrology inspection soon. Before it, "
        "we want an independent audit of every dispenser: accuracy against a standard, seals, the central power switch "
        "and other legal requirements, with meters recalibrated where needed, so that no pump is sealed off.",
        {"mRo045": 2, "mRo041": 2, "mRo042": 2, "mRo044": 1, "mRo040": 1, "mRo043": 1},
    ),
    # source: Hau Giang inspection of a fuel outlet without papers; set in Châu Thành (typed without accents)
    (
        "mRn19",
        "vi",
        "need_hg_kiemtra",
        "Cua hang moi co 2 cot bom chua kiem dinh, noi quy PCCC cu mo",
        "Toi mo cua hang ban xang dau nho o xa Hoa Minh, huyen Chau Thanh. Doan kiem tra nhac 2 cot do chua duoc kiem dinh, "
        "binh chua chay it va cu, bang noi quy tieu lenh PCCC mo. Can don vi kiem dinh cot do, tu van cac quy dinh do luong "
        "va trang bi lai phuong tien chua chay cho dung chuan.",
        {"mRo040": 2, "mRo041": 2, "mRo062": 2, "mRo063": 1, "mRo047": 1},
    ),
]

NEEDS += [
    # --- vapour recovery and benzene exposure ---
    # source: UK article on Stage II vapour recovery rules; set in Trà Vinh city
    (
        "mRn20",
        "en",
        "vr_forecourt",
        "Petrol smell at a station next to a school: need vapour recovery",
        "Our station in ward 1 of Trà Vinh city is beside a primary school and a row of houses. Parents complain of a "
        "strong petrol smell when cars refuel and especially when the tanker unloads. We sell about 10,000 litres a day "
        "and want to install vapour recovery at the dispensers and on the tanker unloading line.",
        {"mRo049": 2, "mRo050": 2, "mRo051": 2, "mRo052": 2, "mRo053": 1, "mRo054": 1},
    ),
    # source: wiki article on vapour recovery (Stage II nozzles vs on-board canisters); set in Vĩnh Long city
    (
        "mRn21",
        "vi",
        "vr_onboard",
        "Vòi thu hồi hơi xăng bị rách ống xếp, cần thay và bảo dưỡng định kỳ",
        "Cửa hàng chúng tôi ở TP Vĩnh Long lắp vòi bơm thu hồi hơi xăng từ mấy năm trước, nay nhiều ống xếp cao su bị "
        "nứt, rách nên không còn ép kín miệng bình, hơi xăng vẫn bốc ra. Cần nơi cung cấp ống xếp, vòi thay thế và dịch vụ "
        "kiểm tra, bảo dưỡng hệ thống định kỳ.",
        {"mRo053": 2, "mRo050": 2, "mRo054": 2, "mRo051": 1, "mRo049": 1},
    ),
    # source: study of benzene in local petrol and attendants' exposure (Singapore); set in Trà Vinh city
    (
        "mRn22",
        "vi",
        "bz_foo",
        "Nhân viên bơm xăng hay đau đầu, chóng mặt: cần đo benzen và tư vấn bảo hộ",
        "Công ty có 5 cửa hàng xăng dầu quanh TP Trà Vinh với 30 nhân viên bơm xăng làm ca 8 tiếng. Nhiều bạn than đau "
        "đầu, chóng mặt, nghẹt mũi. Chúng tôi muốn đo nồng độ benzen và các hơi dung môi nơi làm việc, đánh giá nguy cơ "
        "sức khỏe, rồi được tư vấn bảo hộ lao động và huấn luyện nhân viên.",
        {"mRo055": 2, "mRo056": 2, "mRo057": 2, "mRo058": 2, "mRo059": 1, "mRo049": 1},
    ),
    # source: Thai study of benzene symptoms among fuel workers; set in Vĩnh Long
    (
        "mRn23",
        "en",
        "bz_pmc2021",
        "Exposure assessment for attendants at an in-house bus depot fuel pump",
        "Our bus company in Vĩnh Long refuels about 60 buses every evening from its own diesel and petrol pumps inside a "
        "poorly ventilated shed. Two attendants work there full time. We need an occupational-health assessment of their "
        "exposure to benzene and other fuel vapours and advice on ventilation and working hours.",
        {"mRo056": 2, "mRo057": 2, "mRo058": 1, "mRo059": 1, "mRo049": 1},
    ),
    # --- fire safety, static, lightning, small rural storage ---
    # source: Nghe An article on safety distances of small stations; set in Châu Thành
    (
        "mRn24",
        "vi",
        "need_nghean",
        "Cửa hàng xăng dầu loại nhỏ sát nhà dân: cần đánh giá khoảng cách an toàn và cải tạo",
        "Cửa hàng xăng dầu loại 3 của tôi ở xã Hòa Thuận, huyện Châu Thành nằm sát đường tỉnh, bể chứa cách nhà dân bên "
        "cạnh chưa tới 15 m, mái che thấp. Tôi muốn được khảo sát đánh giá khoảng cách an toàn, tường ngăn cháy, mái che "
        "theo quy chuẩn hiện hành và lập phương án cải tạo để được tiếp tục kinh doanh.",
        {"mRo061": 2, "mRo063": 2, "mRo064": 2, "mRo062": 1},
    ),
    # source: Can Tho/HCMC article on fire-safety violations at fuel outlets; set in Vĩnh Long
    (
        "mRn25",
        "en",
        "need_cantho",
        "Fire-safety compliance review after police flagged our stations",
        "A provincial trading company with five filling stations in Vĩnh Long, we were warned by the fire police that "
        "serious violations could lead to suspension. We need a full review of fire-safety conditions at each site, the "
        "right extinguishers and signs at each area, and regular drills and inspections for staff.",
        {"mRo063": 2, "mRo062": 2, "mRo069": 2, "mRo061": 1, "mRo064": 1, "mRo066": 1},
    ),
    # source: motorbike catching fire at a HCMC filling station; set in Trà Vinh city
    (
        "mRn26",
        "vi",
        "need_xahoi",
        "Huấn luyện nhân viên xử lý cháy xe máy tại trụ bơm và phòng tĩnh điện",
        "Vừa rồi ở cửa hàng của chúng tôi tại TP Trà Vinh có xe máy bốc cháy ngay sau khi đổ xăng, nhân viên lúng túng, "
        "may dập được bằng bình mini. Chúng tôi cần khóa huấn luyện cho 12 nhân viên về phòng cháy do tĩnh điện, cách "
        "bơm an toàn và xử lý đám cháy tại trụ bơm, kèm diễn tập định kỳ.",
        {"mRo070": 2, "mRo069": 2, "mRo066": 1, "mRo068": 1, "mRo062": 1, "mRo067": 1},
    ),
    # source: article on static prevention at fuel stations in winter; set in Cầu Ngang
    (
        "mRn27",
        "en",
        "static_bluesky",
        "Grounding and bonding for splash-filled tanks at a small depot",
        "At our small fuel depot in Cầu Ngang, tankers still unload by dropping fuel into the tanks from the top, and the "
        "tank, pipes and pump have never had their earthing checked. We want proper grounding and bonding, a tanker "
        "grounding clamp, a closed filling method and tested earth resistance to remove the risk of static ignition.",
        {"mRo066": 2, "mRo067": 2, "mRo069": 1, "mRo065": 1, "mRo070": 1},
    ),
    # source: Vietnamese guide to measuring earth resistance; set in Duyên Hải
    (
        "mRn28",
        "vi",
        "ls_ispace",
        "Đo và xử lý điện trở tiếp địa chống sét cho cửa hàng xăng dầu ven biển",
        "Cửa hàng xăng dầu của chúng tôi ở thị xã Duyên Hải ven biển, mùa mưa giông sét nhiều; hệ thống chống sét và tiếp "
        "địa đã 3 năm chưa đo lại, đất cát nhiễm mặn. Cần đơn vị đo điện trở tiếp địa, kiểm định chống sét và xử lý nếu "
        "không đạt để có biên bản nộp cảnh sát PCCC.",
        {"mRo071": 2, "mRo072": 2, "mRo067": 1, "mRo076": 1, "mRo074": 1, "mRo073": 1},
    ),
    # source: Vietnamese lightning-inspection firm; set on QL54 in Trà Ôn
    (
        "mRn29",
        "en",
        "ls_kth",
        "Lightning and surge protection after storms damaged dispenser electronics",
        "Our roadside station on national road 54 in Trà Ôn stands alone among rice fields and is fed by an overhead "
        "line. Twice in two rainy seasons, storms burnt the dispenser boards and the LED price sign. We need lightning "
        "protection for the canopy and building and surge protection for power and signal lines.",
        {"mRo074": 2, "mRo075": 2, "mRo076": 2, "mRo071": 1, "mRo072": 1, "mRo067": 1},
    ),
    # source: Binh Dinh fire at a house selling bottled petrol; set in Tiểu Cần (typed without accents)
    (
        "mRn30",
        "vi",
        "bottle_thanhnien",
        "Tiem tap hoa ban xang le, can cach tru xang an toan",
        "Nha toi mo tiem tap hoa o xa Hieu Tu, huyen Tieu Can, ban them xang le dung trong can cho ba con di ruong. "
        "Nghe chuyen o Binh Dinh chay nha vi can xang ma so. Can cach chua xang an toan (thung chua, khay hung, cho dat), "
        "dung cu thu xang do va binh chua chay phu hop cho cua hang nho.",
        {"mRo077": 2, "mRo062": 1},
    ),
    # source: Ha Noi article on fuel hoarding in cans; set in Càng Long
    (
        "mRn31",
        "en",
        "bottle_zing",
        "Safe storage of 2,000 litres of diesel drums on a farm by the canal",
        "Our rice-farming cooperative in Càng Long keeps about 2,000 litres of diesel in drums and plastic cans for "
        "pumps and tractors, in a shed a few metres from the irrigation canal. We need a safe storage layout with spill "
        "containment, a refuelling area away from the water and kit to deal with spills.",
        {"mRo077": 2, "mRo086": 1, "mRo087": 1, "mRo062": 1, "mRo078": 1},
    ),
    # --- drainage, spills, soil and groundwater ---
    # source: article on oil separators for stormwater networks; set in Châu Thành
    (
        "mRn32",
        "vi",
        "sep_dutco",
        "Nước mưa sân cây xăng cuốn dầu ra kênh: cần bể tách dầu",
        "Cửa hàng xăng dầu của chúng tôi ở xã Lương Hòa, huyện Châu Thành có sân khoảng 600 m2, nước mưa chảy thẳng ra "
        "kênh thủy lợi phía sau. Mỗi trận mưa lớn thấy váng dầu trên kênh, bà con nuôi cá phản ánh. Cần thiết kế và lắp bể "
        "tách dầu cho hệ thống thoát nước mặt của sân.",
        {"mRo080": 2, "mRo081": 2, "mRo082": 2, "mRo083": 2, "mRo085": 2, "mRo084": 1, "mRo097": 1},
    ),
    # source: UK builders' merchant on dealing with fuel spills; set on the Cổ Chiên river in Vĩnh Long city
    (
        "mRn33",
        "en",
        "spill_bull",
        "Spill response plan and equipment for a riverside depot supplied by barge",
        "Our depot on the Cổ Chiên river in Vĩnh Long city receives petrol and diesel from barges at its own jetty. We "
        "have no written plan for a spill on the river or at the jetty and only a few sacks of sand. We need a spill "
        "response plan, absorbent booms and kits, and staff training.",
        {"mRo089": 2, "mRo086": 2, "mRo087": 2, "mRo157": 1, "mRo088": 1},
    ),
    # source: same UK page on fuel spills; set in Tam Bình
    (
        "mRn34",
        "vi",
        "spill_bull",
        "Bộ ứng phó xăng tràn tại đảo bơm và huấn luyện nhân viên",
        "Cửa hàng chúng tôi ở huyện Tam Bình thường xuyên có xăng tràn khi khách đổ đầy bình xe máy hoặc khi xe bồn tháo "
        "vòi, nhân viên chỉ lấy nước xịt trôi ra cống. Cần bộ vật liệu thấm hút đặt sẵn ở từng đảo bơm, tấm chặn miệng "
        "cống và huấn luyện cách xử lý, kiểm tra bổ sung định kỳ.",
        {"mRo086": 2, "mRo087": 2, "mRo088": 2, "mRo157": 2, "mRo062": 1},
    ),
    # source: US demolition firm on leaking-tank clean-up; set in Cầu Ngang
    (
        "mRn35",
        "en",
        "decom_ecc",
        "Neighbours' well smells of petrol next to an old station",
        "Households next to a filling station that closed five years ago in Cầu Ngang say their well water smells of "
        "petrol. The commune and the former owner want to find out how far the contamination has spread in soil and "
        "groundwater and to clean it up so the wells and the houses' indoor air are safe.",
        {"mRo093": 2, "mRo091": 2, "mRo090": 2, "mRo094": 2, "mRo092": 1, "mRo095": 1, "mRo032": 1},
    ),
    # source: same US slideshow on removing leaking tanks; set in Trà Cú
    (
        "mRn36",
        "en",
        "decom_toxics",
        "Abandoned tanks and petrol-smelling soil found while rebuilding a forecourt",
        "While rebuilding the forecourt of our station in Trà Cú town, the contractor dug up two old steel tanks nobody "
        "knew about and the soil around them smells strongly of petrol. We need the tanks removed, the contaminated soil "
        "excavated and treated or disposed of, and confirmation that the site is clean before the new islands are poured.",
        {"mRo031": 2, "mRo032": 2, "mRo095": 2, "mRo092": 2, "mRo096": 2, "mRo094": 1, "mRo090": 1},
    ),
    # source: US soil excavation photos at a former station; set in Trà Vinh city
    (
        "mRn37",
        "vi",
        "rem_sundance",
        "Xử lý nước ngầm nhiễm xăng mà cây xăng vẫn hoạt động",
        "Giếng quan trắc của cửa hàng xăng dầu chúng tôi ở TP Trà Vinh phát hiện nước ngầm nhiễm xăng (benzen vượt quy "
        "chuẩn) quanh cụm bể. Cửa hàng nằm ở vị trí đông khách, không thể đóng cửa lâu. Cần công nghệ xử lý đất và nước "
        "ngầm ngay tại chỗ trong khi vẫn bán hàng, kèm quan trắc định kỳ.",
        {"mRo090": 2, "mRo092": 2, "mRo093": 2, "mRo095": 1, "mRo091": 1},
    ),
]

NEEDS += [
    # --- car washes ---
    # source: Ha Noi article on the car-wash boom and discharge to the street; set in Trà Vinh city
    (
        "mRn38",
        "vi",
        "wash_vnbusiness",
        "Tiệm rửa xe máy xả nước bẩn ra cống bị phường nhắc nhở",
        "Tiệm rửa xe máy của tôi ở phường 7, TP Trà Vinh những ngày mưa rửa 60–70 xe, nước có bùn đất, xà phòng, dầu nhớt "
        "chảy thẳng ra cống trước nhà, bị phường nhắc nhở. Mặt bằng chỉ khoảng 40 m2. Cần một hệ thống xử lý hoặc tuần hoàn "
        "nước nhỏ gọn, chi phí vừa phải để không còn xả nước bẩn ra cống.",
        {"mRo103": 2, "mRo104": 2, "mRo158": 2, "mRo102": 2, "mRo084": 1, "mRo111": 1, "mRo099": 1, "mRo101": 1},
    ),
    # source: US car-wash industry survey on water reclaim; set in Vĩnh Long city
    (
        "mRn39",
        "en",
        "wash_survey",
        "Water bill too high at our car wash: considering a reclaim system",
        "We run a two-bay car and motorbike wash in Vĩnh Long city. Water and drainage fees have become our largest cost "
        "after wages. We are considering a water reclaim system but worry about the upfront cost and whether recycled "
        "water will leave the cars clean. We need a supplier who can size and install a suitable system.",
        {"mRo099": 2, "mRo101": 2, "mRo102": 2, "mRo104": 2, "mRo158": 2, "mRo159": 2, "mRo100": 1, "mRo110": 1},
    ),
    # source: Vinh city article (about 100 litres per motorbike wash); set in Cầu Kè (typed without accents)
    (
        "mRn40",
        "vi",
        "wash_vinh",
        "Rua moi xe may ton 100 lit nuoc, muon giam luong nuoc",
        "Tiem rua xe cua toi o thi tran Cau Ke, rua mot chiec xe may mat it nhat 100 lit nuoc, mua kho thi nuoc may yeu "
        "va tien nuoc cao. Muon tim thiet bi tai su dung nuoc rua xe hoac cach rua tiet kiem nuoc ma xe van sach.",
        {"mRo104": 2, "mRo158": 2, "mRo102": 2, "mRo110": 1, "mRo112": 1},
    ),
    # source: article on car-wash pit cleaning and disposal rules; set in Long Hồ
    (
        "mRn41",
        "en",
        "pit_eatsip",
        "Car-wash pit fills with sludge every month",
        "The settling pit of our car wash in Long Hồ fills with mud and sludge every month and blocks the pump; staff "
        "shovel it out by hand and it smells. We need equipment or a service to empty the pit quickly and safely and "
        "advice on testing and disposing of the sludge properly.",
        {"mRo105": 2, "mRo106": 2, "mRo107": 2, "mRo108": 2, "mRo028": 1},
    ),
    # source: news on car washes discharging untreated water in Ha Noi; set in Bình Minh
    (
        "mRn42",
        "vi",
        "wash_baotintuc",
        "Hoàn thiện hồ sơ môi trường cho cơ sở rửa xe ô tô",
        "Cơ sở rửa xe ô tô và thay nhớt của tôi ở thị xã Bình Minh rửa khoảng 30 xe mỗi ngày, dùng giếng khoan. Đoàn "
        "kiểm tra yêu cầu có kế hoạch bảo vệ môi trường, giấy phép xả thải, hợp đồng thu gom nhớt thải. Cần đơn vị tư vấn "
        "lập đủ hồ sơ môi trường.",
        {"mRo111": 2, "mRo103": 1, "mRo028": 1},
    ),
    # source: DIY biodegradable car shampoo article; set in Trà Vinh city
    (
        "mRn43",
        "en",
        "det_eatsip_diy",
        "Switching our car wash to biodegradable detergents",
        "Waste water from our car wash on the edge of Trà Vinh city drains into a pond used by neighbours for ducks and "
        "fish. We want to replace our current shampoo and degreaser with detergents that break down quickly and contain no "
        "phosphates, without losing cleaning power.",
        {"mRo109": 2, "mRo110": 1, "mRo104": 1},
    ),
    # --- parking ---
    # source: Vietnamese thesis on automatic parking with plate recognition; set in Trà Vinh city
    (
        "mRn44",
        "vi",
        "park_docz",
        "Bãi giữ xe máy bệnh viện ùn ứ giờ cao điểm, cần hệ thống giữ xe thông minh",
        "Bãi giữ xe máy của bệnh viện đa khoa ở TP Trà Vinh mỗi ngày khoảng 2.000 lượt, giờ cao điểm sáng ùn ra cả "
        "đường, hay có người mất vé giấy. Cần hệ thống giữ xe dùng thẻ, camera chụp biển số và người gửi để đối chiếu khi "
        "lấy xe, thao tác nhanh, có báo số chỗ còn trống.",
        {
            "mRo120": 2,
            "mRo121": 2,
            "mRo122": 2,
            "mRo123": 2,
            "mRo124": 2,
            "mRo125": 1,
            "mRo139": 1,
            "mRo126": 1,
            "mRo132": 1,
        },
    ),
    # source: Vietnamese article on QR-code payments; set at Trà Vinh market
    (
        "mRn45",
        "en",
        "pay_linkbank",
        "Cashless QR payment for a market motorbike parking lot",
        "The management board of a central market in Trà Vinh city runs a motorbike parking area with about 800 vehicles "
        "a day, all paid in cash. We want customers to pay the parking fee by scanning a QR code, with the money going "
        "straight to our account and a simple way to handle customers without mobile banking.",
        {"mRo131": 2, "mRo130": 2, "mRo134": 1, "mRo127": 1, "mRo128": 1},
    ),
    # source: student IoT parking project; set at a high school in Vĩnh Long
    (
        "mRn46",
        "vi",
        "park_iot2",
        "Phần mềm và thiết bị giữ xe cho trường THPT 1.200 học sinh",
        "Trường THPT chúng tôi ở TP Vĩnh Long có khoảng 1.200 học sinh đi xe đạp, xe máy điện, thường xảy ra lấy nhầm, mất "
        "xe. Cần hệ thống giữ xe có thẻ hoặc nhận dạng, lưu hình xe và người gửi, xử lý nhanh lúc tan trường.",
        {"mRo120": 2, "mRo121": 2, "mRo122": 2, "mRo123": 2, "mRo124": 2, "mRo125": 1},
    ),
    # source: blog on parking apps and smart parking; set in Vĩnh Long city
    (
        "mRn47",
        "en",
        "park_whereipark",
        "On-street parking app showing free spaces and taking payment",
        "The ward authorities in central Vĩnh Long city want drivers to see free on-street car spaces on their phones, pay "
        "by app instead of paying attendants in cash, and receive a reminder before their time runs out.",
        {"mRo127": 2, "mRo128": 2, "mRo129": 2, "mRo133": 2, "mRo130": 1, "mRo125": 1, "mRo139": 1},
    ),
    # source: company page on low-cost smart parking sensors; set in Vĩnh Long city
    (
        "mRn48",
        "vi",
        "park_vision",
        "Thí điểm thu phí đỗ xe lòng đường không dùng tiền mặt",
        "UBND phường ở trung tâm TP Vĩnh Long muốn thí điểm thu phí đỗ ô tô, xe máy trên một số tuyến đường không dùng "
        "tiền mặt: ghi nhận giờ vào ra, thanh toán qua ứng dụng hoặc mã QR, minh bạch giá và hạn chế thất thu.",
        {"mRo130": 2, "mRo131": 2, "mRo127": 2, "mRo128": 2, "mRo129": 2, "mRo133": 1, "mRo134": 1},
    ),
    # source: article on automated car parks in HCMC; set at a ferry terminal in Long Hồ
    (
        "mRn49",
        "en",
        "park_nmc",
        "Barrier entry and hourly charging for a tourist car park",
        "A tourism company in Long Hồ runs an open car park for about 150 cars and coaches near its river boat pier, with "
        "staff writing tickets by hand. We need barrier gates with vehicle detection, tickets or cards at entry and "
        "automatic hourly charging at exit.",
        {"mRo126": 2, "mRo120": 2, "mRo121": 2, "mRo123": 1, "mRo130": 1},
    ),
    # source: company page on smart parking with sensors; set at a university in Trà Vinh
    (
        "mRn50",
        "en",
        "park_vision",
        "Campus pilot of IoT parking with RFID and plate recognition",
        "A university in Trà Vinh wants to pilot a low-cost IoT parking system in one staff car and motorbike lot, built "
        "with its students: RFID cards at the gate, camera recognition of Vietnamese plates and a web page showing free "
        "spaces. We are looking for a proven design or project to adapt.",
        {"mRo125": 2, "mRo139": 2, "mRo132": 2, "mRo148": 1, "mRo122": 1},
    ),
    # --- cameras, drive-offs, AI fire detection ---
    # source: Caltex installing plate cameras in Western Australia; set on QL54 in Trà Ôn
    (
        "mRn51",
        "en",
        "lpr_servopro",
        "Night-time drive-offs: need plate-reading cameras at the pumps",
        "Our 24-hour station on national road 54 in Trà Ôn has several drivers a month who fill up at night and drive "
        "off without paying. We want cameras that capture every plate at the pumps, alert staff to known offenders and "
        "give the police usable evidence.",
        {"mRo144": 2, "mRo145": 2, "mRo149": 2, "mRo150": 2, "mRo147": 1, "mRo146": 1, "mRo148": 1},
    ),
    # source: US police guide on gasoline drive-offs; set in Cầu Ngang
    (
        "mRn52",
        "vi",
        "lpr_popcenter",
        "Bị hút trộm dầu từ bể ngầm ban đêm, cần camera và cảnh báo",
        "Cửa hàng của chúng tôi ở huyện Cầu Ngang hai lần bị kẻ gian mở nắp bể ban đêm hút trộm hàng trăm lít dầu, sáng ra "
        "mới biết khi đo bể. Cần camera giám sát khu bể, đảo bơm có ghi biển số xe và cảnh báo khi có bất thường.",
        {"mRo144": 2, "mRo149": 2, "mRo145": 1, "mRo008": 1, "mRo001": 1},
    ),
    # source: research paper on ML smoke detection in buildings; set in Vĩnh Long city
    (
        "mRn53",
        "vi",
        "cam_zbook",
        "Camera AI phát hiện khói lửa cho bãi giữ xe máy điện của khu trọ",
        "Khu nhà trọ công nhân của tôi ở TP Vĩnh Long có bãi giữ khoảng 150 xe máy, xe đạp điện, ban đêm nhiều xe cắm "
        "sạc. Tôi lo cháy pin mà không ai phát hiện kịp. Cần camera có AI phát hiện khói, lửa sớm và gửi cảnh báo về điện "
        "thoại người trực.",
        {"mRo140": 2, "mRo141": 2, "mRo142": 2, "mRo143": 2, "mRo151": 1},
    ),
    # source: motorbike fire at a HCMC station; set in Cầu Kè
    (
        "mRn54",
        "en",
        "need_xahoi",
        "AI cameras to spot flames or smoke at pump islands at night",
        "Our station in Cầu Kè runs with one attendant at night. After a motorbike caught fire at another station we want "
        "cameras over the pump islands and tank area that recognise flames or smoke automatically and sound an alarm and "
        "phone alert at once.",
        {"mRo140": 2, "mRo141": 2, "mRo142": 2, "mRo143": 2, "mRo145": 1},
    ),
    # source: HCMC/Ha Noi case of a customer using a lighter at the pump; set in Mang Thít (typed without accents)
    (
        "mRn55",
        "vi",
        "need_vietnammoi",
        "Can camera phat hien khach dung bat lua, hut thuoc o tru bom",
        "Cay xang cua toi o huyen Mang Thit tung co khach dung bat lua soi binh xang lam chay xe. Muon lap camera tu dong "
        "phat hien ngon lua, tia lua, khoi thuoc o khu tru bom de canh bao ngay cho nhan vien va ghi hinh lam bang chung.",
        {"mRo140": 2, "mRo141": 2, "mRo142": 2, "mRo143": 2, "mRo149": 1},
    ),
]

NEEDS += [
    # --- more tank, wetstock and gauging needs ---
    # source: Australian page on tank gauging in fuel management; set in Bình Tân
    (
        "mRn56",
        "en",
        "wet_jigsaw",
        "Teach us to reconcile wetstock ourselves",
        "I own two small stations in Bình Tân and do the books myself. I have heard that daily wetstock reconciliation "
        "can reveal leaks, theft and pump errors, but I do not know how to set it up or what variance is normal. I want a "
        "short course or adviser to help me run it by hand first, before buying any system.",
        {"mRo007": 2, "mRo011": 2, "mRo006": 1, "mRo010": 1},
    ),
    # source: US software article on wetstock reconciliation; set in Châu Thành
    (
        "mRn57",
        "vi",
        "wet_fastdragon",
        "Đo bể tự động đôi lúc đứng số dù vẫn bán hàng, nghi cảm biến hỏng",
        "Cửa hàng chúng tôi ở huyện Châu Thành lắp thiết bị đo mức bể kiểu điện dung đã 3 năm. Thỉnh thoảng số liệu mức "
        "bể đứng yên nhiều giờ dù vẫn bán, có hôm nhảy vọt, làm báo cáo hao hụt sai. Cần giải pháp tự phát hiện khi thiết "
        "bị đo hoạt động không bình thường để không nhầm với rò rỉ hay mất hàng.",
        {"mRo017": 2, "mRo001": 1, "mRo005": 1, "mRo023": 1},
    ),
    # source: MMO anode article on corrosion in seawater; set at Định An fishing port, Trà Cú
    (
        "mRn58",
        "en",
        "cp_matcor",
        "Rusting bottoms of diesel tanks at a fishing-port fuel depot",
        "Our depot at the Định An fishing port in Trà Cú sells diesel to fishing boats from two steel tanks partly buried "
        "in brackish, salty ground. The tank bottoms and the buried pipe to the jetty are rusting fast. We need corrosion "
        "protection for the tanks and pipe, ideally cathodic protection that our staff can keep checking.",
        {"mRo014": 2, "mRo013": 2, "mRo012": 1, "mRo015": 1},
    ),
    # source: same Can Tho/HCMC article on fire safety at fuel outlets; set in Vĩnh Long
    (
        "mRn59",
        "en",
        "need_cantho",
        "Fire protection for a small LPG cylinder shop inside our filling station",
        "We plan to open a small room selling bottled LPG cylinders at our filling station in Vĩnh Long. We need to know "
        "what fire-fighting equipment and layout rules apply to the LPG room and the rest of the station, and a supplier to "
        "equip it.",
        {"mRo062": 2, "mRo063": 2, "mRo061": 1},
    ),
    # source: article on static protection and grounding at fuel stations; set in Long Hồ
    (
        "mRn60",
        "vi",
        "static_4idols",
        "Giày chống tĩnh điện và đồng phục cotton cho nhân viên cây xăng",
        "Công ty có 3 cửa hàng xăng dầu ở huyện Long Hồ, nhân viên đang mặc áo thun pha nilon, đi dép. Muốn mua giày chống "
        "tĩnh điện và đồng phục vải cotton phù hợp cho khoảng 20 nhân viên bơm xăng để giảm nguy cơ phát tia lửa tĩnh điện.",
        {"mRo068": 2, "mRo070": 1, "mRo058": 1},
    ),
    # source: article on hidden dangers at fuel stations; set in Vũng Liêm
    (
        "mRn61",
        "en",
        "static_bluesky2",
        "Explosion-proof lighting and wiring for a canopy renovation",
        "We are renovating the canopy and pump islands of our station in Vũng Liêm and replacing the old lights, switches "
        "and junction boxes. The electrician says the area around the dispensers needs explosion-proof equipment. We need a "
        "supplier of Ex-rated lighting and electrical parts and advice on the hazardous zones.",
        {"mRo065": 2, "mRo061": 1, "mRo074": 1},
    ),
    # source: same Nghe An article on safety distances; set in Cầu Ngang
    (
        "mRn62",
        "vi",
        "need_nghean",
        "Thiết kế kho xăng dầu nhỏ 200 m3 cấp cho ghe tàu",
        "Doanh nghiệp chúng tôi muốn xây một kho xăng dầu khoảng 200 m3 bên sông ở huyện Cầu Ngang để cấp dầu cho ghe "
        "đánh cá và các cửa hàng lân cận. Cần đơn vị tư vấn thiết kế kho đúng tiêu chuẩn: bố trí bể, đê bao, khoảng cách "
        "an toàn tới nhà dân và đường, hệ thống phòng cháy.",
        {"mRo078": 2, "mRo061": 1, "mRo089": 1, "mRo003": 1},
    ),
    # --- more car-wash needs ---
    # source: same US survey on car-wash water reclaim; set in Vĩnh Long city
    (
        "mRn63",
        "en",
        "wash_survey",
        "New self-service car wash with rainwater and full reclaim from day one",
        "We are building a self-service car wash with four bays in Vĩnh Long city. We want to collect rainwater from the "
        "roof and yard and recycle all wash and rinse water from the start, and to lay the reclaim tanks correctly during "
        "construction.",
        {"mRo101": 2, "mRo100": 2, "mRo102": 2, "mRo158": 1, "mRo104": 1},
    ),
    # source: article on why car-wash reclaim matters; set in Bình Minh
    (
        "mRn64",
        "vi",
        "wash_eatsip",
        "Nước tuần hoàn ở tiệm rửa xe bốc mùi hôi, đục đen",
        "Tiệm rửa ô tô của tôi ở thị xã Bình Minh đã lắp hệ thống tái sử dụng nước được hai năm, nay nước trong bể chứa "
        "bốc mùi hôi, màu đục đen, khách phàn nàn xe có mùi. Cần đơn vị kiểm tra hệ thống, xử lý mùi và đưa chất lượng "
        "nước tuần hoàn về như ban đầu.",
        {"mRo099": 2, "mRo100": 2, "mRo107": 1, "mRo106": 1, "mRo158": 1},
    ),
    # source: Vinh city article on car-wash discharge; set in Càng Long
    (
        "mRn65",
        "en",
        "wash_vinh",
        "Low-cost wastewater treatment for small motorbike wash shops",
        "Several family motorbike wash shops along the main street of Càng Long town discharge muddy, soapy and oily water "
        "straight into the roadside drain. The town wants a cheap, compact treatment or recycling model that fits shops of "
        "30–50 m2 and that owners can run themselves.",
        {"mRo103": 2, "mRo104": 2, "mRo158": 2, "mRo102": 2, "mRo111": 1, "mRo084": 1},
    ),
    # --- more parking and camera needs ---
    # source: same Vietnamese parking thesis; set at Trà Vinh bus station
    (
        "mRn66",
        "en",
        "park_docz",
        "Plate recognition for overnight motorbike parking at a bus station",
        "The coach station in Trà Vinh city keeps about 300 motorbikes overnight for travellers. Paper tickets are easily "
        "lost or copied. We want each bike's plate read by camera at entry and matched automatically with the plate and "
        "the rider's photo at exit.",
        {"mRo121": 2, "mRo122": 2, "mRo123": 2, "mRo120": 1, "mRo125": 1, "mRo148": 1, "mRo139": 1},
    ),
    # source: university thesis on e-wallet payments; set at Ao Bà Om tourist site, Trà Vinh
    (
        "mRn67",
        "vi",
        "pay_vnuf",
        "Khách gửi xe ở khu du lịch quét mã QR trả phí",
        "Ban quản lý khu du lịch Ao Bà Om (TP Trà Vinh) có bãi giữ xe máy, ô tô cho khách tham quan, ngày lễ tới vài "
        "nghìn lượt. Muốn khách quét mã QR thanh toán tiền gửi xe, tiền về thẳng tài khoản, giảm thu tiền mặt và thất thoát.",
        {"mRo131": 2, "mRo130": 2, "mRo134": 2, "mRo127": 1},
    ),
    # source: Maine news on cameras and pump authorisation against fuel thefts; set in Cầu Kè
    (
        "mRn68",
        "vi",
        "lpr_bdn",
        "Thanh toán trước tại trụ bơm để chống đổ xăng rồi bỏ chạy",
        "Cửa hàng chúng tôi ở Cầu Kè mở 24 giờ, ca đêm chỉ một nhân viên vừa bơm vừa thu tiền, đã vài lần bị đổ đầy bình "
        "rồi chạy mất. Muốn khách thanh toán trước (quẹt thẻ hoặc trả tiền) thì trụ mới bơm.",
        {"mRo147": 2, "mRo150": 1, "mRo145": 1, "mRo134": 1},
    ),
    # source: IoT parking thesis (HCMC university); set in Trà Vinh
    (
        "mRn69",
        "en",
        "park_iot",
        "Licence-plate recognition engine to build into our parking software",
        "Our small software company in Trà Vinh city is building parking management software for a client with three "
        "lots. We need a licence-plate recognition engine or library that we can integrate and tune for Vietnamese plates, "
        "rather than buying a closed turnkey system.",
        {"mRo148": 2, "mRo125": 1, "mRo132": 1, "mRo121": 1},
    ),
    # --- more vapour, groundwater, drainage, remediation, metrology needs ---
    # source: Chinese nozzle maker's technical page on vapour recovery; set in Tiểu Cần
    (
        "mRn70",
        "en",
        "vr_chinanozzle",
        "Vapour return line for tanker unloading at a small depot",
        "At our small depot in Tiểu Cần, when a tanker unloads the displaced vapour blows out of the tank vents right "
        "next to the office. We want a vapour return (balance) line from the tanks back to the tanker during deliveries.",
        {"mRo049": 2, "mRo066": 1, "mRo052": 1, "mRo051": 1},
    ),
    # source: same UK groundwater guidance on tanks; set in Cầu Ngang
    (
        "mRn71",
        "en",
        "ust_sasa",
        "Groundwater monitoring wells around a cooperative's fuel tanks",
        "Our cooperative's fuel store in Cầu Ngang sits where the groundwater is only about 1.5 m deep and households use "
        "wells. We want monitoring wells around the tanks, checked regularly, so any leak into groundwater is found early, "
        "together with the other leak detection we may need.",
        {"mRo002": 2, "mRo091": 1, "mRo094": 1, "mRo001": 1},
    ),
    # source: UK drainage firm on where separators are needed; set at Vĩnh Long bus station
    (
        "mRn72",
        "en",
        "sep_direct",
        "Oily runoff from a bus station yard and wash bay to the river",
        "The bus station in Vĩnh Long city has a paved yard for coaches and a wash bay; rainwater and wash water flow "
        "untreated into a creek of the Cổ Chiên river and leave an oil sheen. We need oil separators sized for the yard "
        "and wash bay, with alarms and a maintenance plan.",
        {"mRo080": 2, "mRo082": 2, "mRo081": 2, "mRo083": 2, "mRo085": 2, "mRo097": 1, "mRo084": 1},
    ),
    # source: US guide on cleaning a fuel spill at a station; set in Càng Long
    (
        "mRn73",
        "en",
        "spill_itstill",
        "A tanker overturned and spilled diesel into rice fields",
        "A road tanker overturned on a rural road in Càng Long and about 3,000 litres of diesel ran into two rice fields "
        "and a ditch. The owner and the commune need the contaminated soil assessed, dug out or treated and the fields "
        "returned to farming.",
        {"mRo095": 2, "mRo094": 2, "mRo092": 2, "mRo090": 1, "mRo091": 1, "mRo089": 1},
    ),
    # source: Michigan page on routine meter maintenance; set in Bình Tân
    (
        "mRn74",
        "en",
        "cal_michigan",
        "Metrology requirements for opening a new filling station",
        "We are opening our first filling station in Bình Tân district with four new dispensers. We need to know and meet "
        "the metrology rules before selling: type approval of the dispensers, initial verification, seals, and anything "
        "else the inspectors will check.",
        {"mRo040": 2, "mRo041": 2, "mRo047": 1, "mRo043": 1},
    ),
    # source: Veeder-Root article on sources of fuel loss; set in Trà Ôn
    (
        "mRn75",
        "vi",
        "wet_veeder",
        "Tự động đối soát hao hụt xăng dầu hằng ngày giữa bể và cột bơm",
        "Cửa hàng chúng tôi ở huyện Trà Ôn có 3 bể và 6 cột bơm, hao hụt mỗi tháng dao động thất thường nhưng không rõ do "
        "đâu. Muốn một hệ thống tự động kết nối số liệu cột bơm, đo bể và phiếu nhập để đối soát từng ngày, cảnh báo khi "
        "chênh lệch vượt ngưỡng.",
        {"mRo006": 2, "mRo009": 2, "mRo010": 2, "mRo005": 1, "mRo008": 1},
    ),
]
