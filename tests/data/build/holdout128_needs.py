"""Needs for holdout128 (aluminium, glass and steel door-and-window workshops in Tra Vinh / Vinh Long).

Rows: (id, language, source key, title, description, {offer id: grade}). Each need paraphrases the public page named
by its source key and is set in the province even when the page is about another place. Grades: 2 solves the need,
1 partly relevant or an adjacent step; offers not listed are not relevant.
"""

NEEDS = [
    # --- cutting, machining, corner assembly ---
    (
        "mZn01",
        "vi",
        "cntile_process",
        "Cần máy cắt nhôm hai đầu chính xác cho xưởng cửa ở Càng Long",
        "Xưởng nhôm kính của chúng tôi ở thị trấn Càng Long đang cắt thanh nhôm bằng máy cưa góc cầm tay, sai số chiều dài "
        "nhiều khi vượt quá 2 mm nên cửa lùa bị lệch vuông, cửa mở quay cắt 45° ghép góc bị hở. Cần mua máy cắt hai đầu có độ "
        "lặp chiều dài và góc cắt ổn định, được hướng dẫn vận hành.",
        {"mZo002": 2, "mZo012": 1, "mZo003": 1, "mZo001": 1, "mZo122": 1, "mZo005": 1},
    ),
    (
        "mZn02",
        "en",
        "okna_process",
        "Automatic length stop for our existing double-head saw",
        "Our aluminium door shop in Vinh Long city already owns a double-head saw, but operators set each length by tape, "
        "so repeated lengths drift well beyond 0.2 mm and frame corners misalign at assembly. We want a gauge or stop system "
        "we can retrofit and set from the console for batch cutting, without profiles bouncing off the stop.",
        {"mZo003": 2, "mZo002": 1, "mZo001": 1, "mZo122": 1},
    ),
    (
        "mZn03",
        "vi",
        "wm_compendium",
        "Can may phay dau do nhom cho cua di mo quay",
        "Co so lam cua nhom o xa Hoa Minh, huyen Chau Thanh (Tra Vinh) lam cua di, cua so he mo quay nhung cac moi noi chu T "
        "giua do ngang va khung dang phai gia cong bang tay nen ho va ro nuoc. Can may phay dau do (end milling) va nguoi "
        "huong dan chon dao, lap dat de dau thanh khop voi mat thanh doi dien.",
        {"mZo004": 2, "mZo001": 1, "mZo012": 1, "mZo015": 1},
    ),
    (
        "mZn04",
        "en",
        "jkk_process",
        "Shared fabrication line for a cooperative of aluminium shops in Tra Vinh",
        "Six small aluminium door and window shops around Tra Vinh city have formed a cooperative and want to pool money for "
        "one shared line covering cutting, drilling and machining, assembly and packaging. We need help choosing and laying "
        "out the machines (saws, CNC machining, corner joining) for our combined output.",
        {"mZo001": 2, "mZo012": 2, "mZo005": 1, "mZo002": 1, "mZo011": 1, "mZo009": 1, "mZo004": 1},
    ),
    (
        "mZn05",
        "vi",
        "cntile_process",
        "Góc cửa sổ mở quay bị hở, xoắn và thấm nước",
        "Xưởng cửa nhôm ở huyện Trà Ôn ghép góc 45° bằng ke nhôm và vít, nhưng sau vài tháng nhiều cánh cửa bị hở góc, xô "
        "lệch và thấm nước mưa ở góc. Chúng tôi muốn chuyển sang ghép góc bằng máy ép góc hoặc chốt đúng kỹ thuật, cần tư vấn "
        "và thiết bị.",
        {"mZo009": 2, "mZo010": 2, "mZo011": 2, "mZo016": 1, "mZo008": 1},
    ),
    (
        "mZn06",
        "en",
        "acg_xingfa",
        "Training new workers to cut Xingfa and JMA profiles to tolerance",
        "We are an aluminium window company in Tieu Can district hiring school leavers. They waste powder-coated Xingfa and "
        "JMA profiles because they do not know the cutting formulas and clearance deductions for each system, nor the length "
        "tolerances for mullions. We want a practical course or written formulas they can follow.",
        {"mZo007": 2, "mZo005": 2, "mZo122": 1, "mZo114": 1},
    ),
    (
        "mZn07",
        "vi",
        "htfbw_extr",
        "Đột lỗ thoát nước và lỗ khoá trên thanh nhôm nhanh hơn khoan tay",
        "Xưởng nhôm ở huyện Mang Thít đang khoan tay lỗ thoát nước, lỗ ổ khoá trên thanh nhôm định hình nên chậm và lỗ không "
        "đều. Chúng tôi cần khuôn đột và đồ gá định vị lỗ, hoặc nơi nhận đột thuê theo lô mà không làm móp thanh.",
        {"mZo013": 2, "mZo014": 2, "mZo008": 1, "mZo015": 1},
    ),
    (
        "mZn08",
        "en",
        "usglass_software98",
        "Sending machining data from design software to a CNC centre",
        "Our window plant in Binh Minh has bought a CNC machining centre, but each lock, hinge and drainage machining is "
        "still typed in by hand from the drawing. Software today does more than pricing and cutting lists; we want it to "
        "generate the CNC machinings for each order automatically, including mirrored left and right sashes.",
        {"mZo015": 2, "mZo113": 1, "mZo114": 1, "mZo112": 1, "mZo121": 1, "mZo001": 1},
    ),
    (
        "mZn09",
        "vi",
        "wmd_fabrication",
        "Tìm đơn vị gia công thuê cửa nhôm Xingfa cho công trình trường học",
        "Cơ sở nhôm kính ở huyện Cầu Ngang mới chỉ có máy cưa góc và khoan tay, vừa nhận thầu cửa nhôm hệ Xingfa cho một "
        "trường học nhưng không đủ máy CNC để làm kịp và đúng dung sai. Cần một xưởng nhận gia công thuê cửa, vách theo bản vẽ, "
        "đảm bảo đồng màu sơn và dung sai chiều dài.",
        {"mZo006": 2, "mZo122": 1, "mZo103": 1},
    ),
    # --- bending ---
    (
        "mZn10",
        "vi",
        "tango_arch",
        "Làm cửa sổ nhôm hình vòm cho chùa Khmer ở Trà Cú",
        "Ban quản trị một ngôi chùa Khmer ở huyện Trà Cú muốn thay cửa sổ gỗ hình vòm bằng cửa nhôm kính giữ nguyên dáng vòm. "
        "Xưởng chúng tôi không có máy uốn; được biết cửa vòm đắt khoảng 2,5 lần cửa chữ nhật và cần thiết bị chuyên dụng. Cần "
        "đơn vị uốn thanh nhôm theo bán kính hoặc bán máy uốn.",
        {"mZo017": 2, "mZo019": 2, "mZo018": 1, "mZo012": 1, "mZo020": 1},
    ),
    (
        "mZn11",
        "en",
        "artattack_bendsub",
        "Bending large curtain-wall profiles for a curved shop front",
        "A commercial building in Cau Ke town needs a curved glass façade. The local bending shops can only handle small "
        "profiles (about 10 in high or 6 in wide at most), while our curtain-wall mullions are large multi-hollow sections "
        "with thermal breaks. We need a roll bending machine or partner that can curve them without rippling.",
        {"mZo018": 2, "mZo017": 1, "mZo096": 1, "mZo019": 1},
    ),
    (
        "mZn12",
        "vi",
        "wmd_fabrication",
        "Can cach uon thanh uPVC lam cua vom",
        "Xuong cua nhua loi thep o huyen Long Ho nhan nhieu don cua so vom cho nha pho nhung chua biet uon thanh uPVC, phai "
        "tu choi khach. Can chuyen giao ky thuat hoac may uon khung cong cho thanh nhua (gia nhiet, duong ga) phu hop xuong nho.",
        {"mZo020": 2, "mZo012": 1, "mZo017": 1, "mZo082": 1},
    ),
    # --- thermal break, finishing ---
    (
        "mZn13",
        "en",
        "thermevo_machines",
        "Machinery to make thermally broken aluminium windows",
        "Our company in Vinh Long supplies windows to hotels that now ask for thermally broken aluminium frames. We have "
        "never assembled thermal-break profiles and need the machines (knurling, strip insertion, crimping or pouring) and "
        "training to place the insulating strips correctly so the frames reach the promised U-value.",
        {"mZo022": 2, "mZo023": 2, "mZo024": 2, "mZo025": 1, "mZo026": 1, "mZo123": 1, "mZo124": 1},
    ),
    (
        "mZn14",
        "vi",
        "linetec_strut",
        "Kiểm tra chất lượng thanh nhôm cầu cách nhiệt đã lắp ráp",
        "Công ty cửa ở TP Trà Vinh tự luồn thanh cách nhiệt nhưng khách phản ánh cửa vẫn nóng, vài thanh bị lỏng. Chúng tôi "
        "nghi răng tạo nhám (knurling) không đủ 0,15–0,30 mm và lực cán yếu; cần đơn vị đánh giá quy trình, thử lực cắt trượt "
        "và hướng dẫn chỉnh máy.",
        {"mZo025": 2, "mZo022": 1, "mZo023": 1, "mZo124": 1, "mZo027": 1},
    ),
    (
        "mZn15",
        "en",
        "equip_history",
        "Two-tone thermally broken profiles without buying our own line",
        "Villa owners in Long Ho want white frames inside and a dark or wood colour outside. With our single-colour "
        "profiles this is costly and slow, and we cannot justify a thermal-break line. We are looking for a partner who "
        "assembles thermally broken profiles from separately finished inner and outer halves.",
        {"mZo026": 2, "mZo123": 1, "mZo022": 1, "mZo041": 1},
    ),
    (
        "mZn16",
        "vi",
        "almin_powder",
        "Hợp tác xã muốn đầu tư dây chuyền sơn tĩnh điện nhỏ cho thanh nhôm",
        "Hợp tác xã cơ khí – nhôm kính ở huyện Tiểu Cần đang gửi thanh nhôm 6 m lên TP.HCM để sơn, mất thời gian và dễ trầy. "
        "Chúng tôi muốn tự làm dây chuyền nhỏ: tẩy dầu, tẩy oxit, xử lý chuyển hoá, buồng phun, lò sấy. Cần thiết kế dây chuyền, "
        "thiết bị và hướng dẫn vận hành.",
        {"mZo036": 2, "mZo029": 2, "mZo033": 1, "mZo030": 1, "mZo028": 1, "mZo031": 1, "mZo032": 1},
    ),
    (
        "mZn17",
        "en",
        "phongphu_powder",
        "Pinholes and colour variation on our powder coating line in the rainy season",
        "We run a small powder coating line in Vinh Long for aluminium and steel doors. Powder reuse is far below the 95-98% "
        "suppliers promise, and in the rainy months we get pinholes, rough surfaces and colour shifts. We need an expert to "
        "tune humidity, spray settings and curing.",
        {"mZo030": 2, "mZo029": 1, "mZo033": 1, "mZo036": 1},
    ),
    (
        "mZn18",
        "vi",
        "qualicoat_choose",
        "Sơn tĩnh điện khung nhôm bị bong tróc sau hai năm ở vùng biển Duyên Hải",
        "Nhiều bộ cửa nhôm chúng tôi lắp cho nhà dân ở thị xã Duyên Hải bị phồng rộp, bong sơn chỉ sau hai năm vì hơi muối. "
        "Chúng tôi hiểu nhôm dùng ngoài trời cần xử lý bề mặt đầy đủ theo tiêu chuẩn sơn nhôm kiến trúc, khác sơn thép. Cần đơn "
        "vị sơn hoặc xử lý bề mặt đạt chuẩn để làm lại và cho các đơn hàng tới.",
        {"mZo029": 2, "mZo034": 2, "mZo028": 2, "mZo032": 2, "mZo033": 1, "mZo035": 1, "mZo040": 1},
    ),
    (
        "mZn19",
        "en",
        "aia_coater",
        "Architectural powder coating to QUALICOAT for a school project",
        "A public school in Tra Vinh city specifies aluminium windows with architectural powder coating to QUALICOAT or "
        "BS EN 12206. Our usual local painter only coats gates and furniture. We need a coater who can pretreat and coat 6 m "
        "profiles to that standard, with documentation.",
        {"mZo028": 2, "mZo032": 2, "mZo034": 1, "mZo033": 1, "mZo035": 1},
    ),
    (
        "mZn20",
        "vi",
        "pinocchio_anod",
        "Anod hoá khung nhôm cho khu nghỉ dưỡng ven biển Ba Động",
        "Khu nghỉ dưỡng ở biển Ba Động (thị xã Duyên Hải) muốn cửa nhôm màu bạc tự nhiên, không sơn, nhưng phải chống ăn mòn "
        "hơi muối. Chúng tôi biết anod hoá làm dày lớp oxit và cần bịt lỗ để chống ăn mòn, nhưng chưa biết chọn độ dày màng bao "
        "nhiêu micron và tìm nơi anod hoá thanh dài.",
        {"mZo037": 2, "mZo038": 2, "mZo039": 2, "mZo040": 2},
    ),
    (
        "mZn21",
        "en",
        "tgct_vango",
        "Wood-grain finish for aluminium windows",
        "Many customers in Vung Liem still prefer the look of wood, which is getting scarce and expensive, but want metal "
        "windows that do not warp or get termites. We want to offer aluminium doors and windows with a durable wood-grain "
        "finish and need the process or a finishing partner.",
        {"mZo041": 2, "mZo042": 1},
    ),
    # --- tempered, laminated, insulating, energy-saving glass; glass cutting ---
    (
        "mZn22",
        "vi",
        "socialmarkz_heat",
        "Đầu tư lò tôi kính cường lực tại Vĩnh Long",
        "Doanh nghiệp kính ở TP Vĩnh Long hiện phải đặt kính cường lực từ TP.HCM, chờ 5–7 ngày và hay vỡ khi vận chuyển. Kính "
        "tôi nhiệt (nung tới điểm mềm rồi thổi khí làm nguội nhanh) bền gấp khoảng 4 lần kính thường. Chúng tôi muốn đầu tư lò "
        "tôi kính để cung cấp cho các xưởng nhôm kính trong tỉnh, cần tư vấn thiết bị.",
        {"mZo047": 2, "mZo046": 1, "mZo045": 1, "mZo132": 1, "mZo049": 1, "mZo043": 1},
    ),
    (
        "mZn23",
        "en",
        "mocdep_cuongluc",
        "Verifying that delivered glass is really tempered for a public building",
        "For a district health centre in Tra Cu we must prove that the glass in the doors and partitions is tempered and "
        "not ordinary float glass, which looks the same. The owner asks for test results against the Vietnamese standard. We "
        "need a laboratory to sample and test the panels.",
        {"mZo043": 2, "mZo050": 1, "mZo044": 1},
    ),
    (
        "mZn24",
        "vi",
        "gymvh_tempered",
        "Can mua kinh cuong luc 10 ly cat san kich thuoc",
        "Cua hang nhom kinh o thi tran Cau Ngang can nguon kinh cuong luc day 10 ly (co khi 12 ly) cat, khoan lo san theo kich "
        "thuoc cua di va vach tam cua truoc khi toi, giao hang deu hang tuan. Kinh cuong luc khi vo phai thanh hat nho, chiu "
        "nhiet tot.",
        {"mZo044": 2, "mZo045": 2, "mZo046": 2, "mZo132": 2, "mZo127": 2, "mZo049": 2, "mZo048": 1, "mZo047": 1},
    ),
    (
        "mZn25",
        "en",
        "gvn360_case",
        "Teaching staff and customers what tempered glass can and cannot do",
        "Our glass shop in Tra Vinh city had a tempered shower door shatter after a knock on its edge, and a customer asked "
        "us to drill an extra hole in a tempered panel. We want short training for sales and fitting staff on recognising "
        "tempered glass, why it cannot be cut or drilled afterwards, and how it breaks.",
        {"mZo050": 2, "mZo043": 1, "mZo045": 1, "mZo049": 1, "mZo144": 1},
    ),
    (
        "mZn26",
        "vi",
        "nissan_tempered",
        "Tìm kính bán cường lực cho vách kính lớn ít biến dạng",
        "Công ty nội thất ở TP Vĩnh Long làm vách kính mặt tiền khổ lớn; khách chê kính cường lực bị gợn, méo hình phản chiếu "
        "do quá trình tôi. Chúng tôi cần nguồn kính bán cường lực (tôi nhiệt nhẹ), đủ bền hơn kính thường mà ít biến dạng bề mặt.",
        {"mZo049": 2, "mZo044": 2, "mZo045": 1, "mZo047": 1},
    ),
    (
        "mZn27",
        "en",
        "bnp_laminated",
        "Laminated glass for a school's skylights and storm-facing windows",
        "A secondary school in Vinh Long is replacing skylights, stair railings and windows on the side exposed to storms. "
        "The board wants glass that stays in the frame when broken instead of falling on pupils, as laminated glass does under "
        "the hurricane codes abroad. We need a supplier of laminated safety glass and advice on the interlayer.",
        {"mZo051": 2, "mZo052": 2, "mZo053": 2, "mZo101": 1},
    ),
    (
        "mZn28",
        "vi",
        "wiki_kinhantoan",
        "Kính lan can ban công chung cư: chọn phim dán phù hợp",
        "Chủ đầu tư chung cư ở phường 4, TP Vĩnh Long cần kính lan can ban công an toàn: khi vỡ kính phải bám vào phim và "
        "đứng nguyên trong khung, không rơi xuống. Nghe nói kính dán phim PVB dùng cho lan can có thể bị võng, bong phim; cần tư "
        "vấn cấu tạo kính ghép và loại phim đúng.",
        {"mZo052": 2, "mZo051": 1, "mZo053": 1},
    ),
    (
        "mZn29",
        "en",
        "wiki_kinhdan",
        "Break-in resistant glazing for a shop front",
        "Our phone shop on a main street in Tra Vinh city was broken into twice through the glass front. We need glazing "
        "that holds together and resists repeated blows at one point so a burglar cannot get through quickly, while keeping "
        "the display visible.",
        {"mZo053": 2, "mZo051": 1, "mZo052": 1, "mZo104": 1},
    ),
    (
        "mZn30",
        "en",
        "ha_lowe_vi",
        "Double glazing for a hotel beside a busy road",
        "A hotel on National Road 53 in Vinh Long has single-pane windows; guests complain about traffic noise and the "
        "rooms heat up. We understand double glazing with an air or argon gap insulates sound and heat far better than single "
        "glass. We need insulating glass units made to our sizes.",
        {"mZo054": 2, "mZo058": 2, "mZo059": 2, "mZo126": 1, "mZo055": 1, "mZo053": 1},
    ),
    (
        "mZn31",
        "vi",
        "lyndale_igu",
        "Xưởng muốn tự sản xuất kính hộp",
        "Xưởng nhôm kính ở TP Trà Vinh mua kính hộp từ xa, giá cao và chờ lâu. Chúng tôi muốn tự làm kính hộp hai lớp: khung "
        "nhôm giãn cách, hạt hút ẩm, keo butyl, bơm khí argon. Cần danh mục máy (bàn cắt, máy đùn keo, uốn khung) và vật tư, "
        "có hướng dẫn.",
        {"mZo057": 2, "mZo055": 1, "mZo056": 1, "mZo125": 1, "mZo054": 1, "mZo058": 1},
    ),
    (
        "mZn32",
        "en",
        "thermoseal_unit",
        "Our home-made sealed units mist up within months",
        "We started making double-glazed units in Cang Long last year with spacer tube, desiccant and a single sealant. "
        "Several units now show condensation between the panes. We need to find out whether the desiccant or the edge seal is "
        "failing and how to change our production so units last.",
        {"mZo056": 2, "mZo055": 2, "mZo054": 1, "mZo057": 1, "mZo058": 1},
    ),
    (
        "mZn33",
        "vi",
        "glassmag_ig3",
        "Thay kính hộp bị đọng hơi nước bên trong",
        "Nhà hàng ở TP Vĩnh Long có hơn 20 ô kính hộp bị đọng hơi nước, mờ giữa hai lớp kính sau ba năm sử dụng, do hạt hút "
        "ẩm hết tác dụng và keo hở. Cần đơn vị sản xuất kính hộp mới đúng kích thước để thay.",
        {"mZo054": 2, "mZo058": 2, "mZo056": 1, "mZo055": 1},
    ),
    (
        "mZn34",
        "en",
        "semco_seal",
        "Decorative insulated glass panels for villa doors",
        "A villa owner in Binh Dai (Ben Tre area of the new Vinh Long province) wants front doors with decorative glass "
        "inserts that are also insulating and will not fog, with a durable double edge seal. We need a maker of decorative "
        "insulating glass lites.",
        {"mZo126": 2, "mZo054": 1, "mZo058": 1},
    ),
    (
        "mZn35",
        "vi",
        "sg_glazing",
        "Kính mặt ngoài văn phòng đạt QCVN 09 về hệ số hấp thụ nhiệt",
        "Chúng tôi xây văn phòng 3.000 m² sàn ở TP Vĩnh Long, tỷ lệ cửa kính lớn; thẩm định yêu cầu kính mặt bao đạt hệ số "
        "SHGC theo QCVN 09. Cần kính vừa truyền sáng cao, vừa có U và hệ số che nắng thấp, kèm số liệu kỹ thuật.",
        {"mZo062": 2, "mZo061": 2, "mZo060": 2, "mZo059": 1, "mZo063": 1},
    ),
    (
        "mZn36",
        "en",
        "ktdt_qcvn09",
        "Low-E glass for a west-facing shophouse",
        "Our family shophouse in Tra Vinh city faces west; afternoon sun through the glass front makes the air conditioning "
        "run all day. We want energy-saving glass with low emissivity and a low solar heat gain that still keeps the shop "
        "bright.",
        {"mZo060": 2, "mZo062": 2, "mZo059": 2, "mZo063": 1, "mZo061": 1},
    ),
    (
        "mZn37",
        "vi",
        "vnbuilding_lowe",
        "Giải thích các chỉ số kính tiết kiệm năng lượng cho khách",
        "Cửa hàng nhôm kính ở huyện Bình Minh bán kính Low-E nhưng nhân viên không giải thích được cho khách các chỉ số U, SHGC, "
        "độ truyền sáng và khác nhau giữa các loại. Cần tài liệu hoặc buổi tập huấn về cách chọn kính theo các chỉ số này.",
        {"mZo063": 2, "mZo061": 1, "mZo060": 1},
    ),
    (
        "mZn38",
        "en",
        "tpub_glasscut",
        "Cutting table and laminated glass cutting for a small glass shop",
        "We are a two-person glass shop in Cang Long cutting on an old wooden bench, and we now get requests to cut "
        "laminated glass. We need a proper flat cutting table (or plans to build one cheaply) and training in cutting "
        "laminated glass.",
        {"mZo064": 2, "mZo065": 1, "mZo057": 1, "mZo119": 1},
    ),
    (
        "mZn39",
        "vi",
        "ra_cutting",
        "Giảm kính vụn khi cắt tấm kính khổ lớn",
        "Xưởng kính ở huyện Tam Bình cắt nhiều ô kính cửa kích thước khác nhau từ tấm nguyên khổ lớn, phế liệu nhiều vì xếp "
        "bằng tay. Cần phần mềm hoặc dịch vụ xếp hình cắt kính hai chiều, cho sơ đồ cắt và hiệu suất.",
        {"mZo119": 2, "mZo114": 1, "mZo113": 1},
    ),
    (
        "mZn40",
        "vi",
        "verrier_stained",
        "Thợ mới cắt kính đường cong, gương tròn hay bị vỡ",
        "Tiệm kính gương ở huyện Cầu Kè nhận cắt gương tròn, kính cong cho nhà tắm, nhưng thợ mới cắt hay vỡ vì đường cắt "
        "chạy lệch. Cần người hướng dẫn kỹ thuật vạch, bẻ kính, cắt đường cong và mài cạnh.",
        {"mZo065": 2, "mZo064": 2, "mZo155": 1},
    ),
    # --- hardware, gaskets, sealants ---
    (
        "mZn41",
        "en",
        "clearmax_coastal",
        "Window hinges and locks rusting at a seaside resort",
        "A resort at Ba Dong beach, Duyen Hai, has aluminium windows whose hinges show rust spots, stiff locks and "
        "discoloured screws after about a year; some sashes no longer slide properly. We need corrosion-resistant "
        "replacement hinges and advice on materials for the salt air.",
        {"mZo066": 2, "mZo068": 2, "mZo067": 2, "mZo069": 1, "mZo070": 1, "mZo071": 1},
    ),
    (
        "mZn42",
        "vi",
        "pinellas_coastal",
        "Khoá cửa nhà máy chế biến thuỷ sản gần biển bị kẹt, gỉ",
        "Nhà máy chế biến thuỷ sản ở huyện Ba Tri gần cửa biển có nhiều khoá, tay nắm, bản lề cửa thép bị gỉ, kẹt chỉ sau một "
        "mùa mưa vì hơi muối và độ ẩm cao. Cần thay bằng khoá, tay nắm chịu môi trường biển và dịch vụ bảo dưỡng định kỳ.",
        {"mZo069": 2, "mZo070": 2, "mZo071": 2, "mZo067": 1, "mZo077": 1},
    ),
    (
        "mZn43",
        "vi",
        "clearmax_coastal",
        "Ban le cua so nha o Hiep Thanh bi ri, can chon inox 316",
        "Nha toi o xa Hiep Thanh, thi xa Duyen Hai cach bien vai km, ban le cua so ma kem bi ri set, cua keu va kho dong. Tho "
        "noi nen dung inox 316 chiu muoi. Can tu van vat lieu ban le, vit phu hop khung nhom de khong bi an mon.",
        {"mZo066": 2, "mZo067": 2, "mZo068": 2, "mZo069": 1},
    ),
    (
        "mZn44",
        "en",
        "dorset_coastal",
        "Stocking corrosion-resistant thresholds and hinges for coastal clients",
        "Our door and window shop in Thanh Phu serves many houses near the sea, where standard steel hardware fails within "
        "months. We want a specification for which hinge and threshold materials to stock for high and moderate exposure "
        "zones, and a supply of them.",
        {"mZo068": 2, "mZo066": 2, "mZo067": 1, "mZo069": 1, "mZo070": 1},
    ),
    (
        "mZn45",
        "vi",
        "hannix_epdm",
        "Gioăng cửa bị nứt, co ngót sau hai năm nắng",
        "Cửa nhôm kính của công ty ở TP Trà Vinh dùng gioăng cao su giá rẻ, sau hai năm nắng bị chai cứng, nứt và co rút để "
        "lọt gió, nước. Cần nguồn gioăng EPDM đúng chất lượng, hợp với rãnh profile đang dùng.",
        {"mZo072": 2, "mZo073": 2, "mZo027": 1, "mZo074": 1},
    ),
    (
        "mZn46",
        "en",
        "zyolo_epdm",
        "Testing whether our gasket supplier's EPDM is genuine",
        "We buy window gaskets sold as EPDM for our Vinh Long workshop, but the price is suspiciously low and some rolls "
        "harden quickly. We want a laboratory check of the rubber's composition and physical properties against what real "
        "EPDM should deliver.",
        {"mZo074": 2, "mZo072": 1, "mZo073": 1},
    ),
    (
        "mZn47",
        "en",
        "ramsai_glazing",
        "Choosing silicone for a glazed façade and window joints",
        "We are glazing the façade of a bank branch in Vinh Long with bonded glass panels and aluminium windows. We need "
        "guidance on which silicone to use for structural bonding and weather joints, checking adhesion, UV resistance and "
        "compatibility with aluminium and concrete.",
        {"mZo076": 2, "mZo075": 1, "mZo086": 1},
    ),
    # --- steel and fire doors, rolling shutters, uPVC ---
    (
        "mZn48",
        "vi",
        "raovat_firedoor",
        "Xưởng cửa sắt muốn sản xuất cửa thép chống cháy",
        "Xưởng cửa sắt ở huyện Vũng Liêm nhận được nhiều yêu cầu cửa thép chống cháy 60–120 phút cho nhà xưởng và chung cư để "
        "nghiệm thu phòng cháy. Chúng tôi chưa biết chọn vật liệu lõi, thép mạ kẽm, phụ kiện chịu nhiệt và làm kiểm định; cần "
        "chuyển giao quy trình sản xuất.",
        {"mZo078": 2, "mZo131": 2, "mZo079": 1, "mZo156": 1},
    ),
    (
        "mZn49",
        "en",
        "giathai_firedoor",
        "Certified fire doors for a factory in Long Duc industrial park",
        "Our garment factory in Long Duc industrial park, Tra Vinh, must install fire-rated steel doors on stairwells and "
        "stores before the fire safety inspection. We need a supplier of tested steel fire doors with heat-resistant locks, "
        "hinges and panic bars, including installation.",
        {"mZo079": 2, "mZo078": 1, "mZo131": 1},
    ),
    (
        "mZn50",
        "vi",
        "techlife_cuacuon",
        "Lắp cửa cuốn có lưu điện cho dãy ki-ốt chợ",
        "Ban quản lý chợ thị trấn Trà Ôn cần lắp cửa cuốn khe thoáng cho 30 ki-ốt, có mô tơ, bộ lưu điện dùng khi cúp điện và "
        "đủ thiết bị an toàn, vì trước đây cửa lắp thiếu thiết bị nên hay hỏng. Cần đơn vị cung cấp và lắp đặt đúng quy cách.",
        {"mZo080": 2, "mZo081": 2},
    ),
    (
        "mZn51",
        "en",
        "techlife_cuacuon",
        "Warehouse rolling shutter keeps jamming",
        "The motorised rolling shutter of our rice warehouse in Tam Binh jams half-way and once dropped suddenly. We need a "
        "company to check the slats, shaft, rails, motor and safety devices, replace what is missing and make the door safe "
        "to run.",
        {"mZo081": 2, "mZo080": 2},
    ),
    (
        "mZn52",
        "vi",
        "dothi_upvc",
        "Mở xưởng cửa nhựa lõi thép uPVC đúng chuẩn",
        "Tổ hợp tác ở huyện Cầu Kè muốn làm cửa uPVC nhưng thấy nhiều xưởng nhỏ chỉ có vài máy cắt, máy hàn, làm nhái thương "
        "hiệu nên cửa nhanh xuống cấp. Chúng tôi cần chuyển giao quy trình: chọn profile và thép gia cường, cắt, hàn góc, lắp "
        "phụ kiện, để làm ra cửa bền với nắng nóng.",
        {"mZo082": 2, "mZo083": 2, "mZo130": 2, "mZo129": 1, "mZo084": 1},
    ),
    (
        "mZn53",
        "en",
        "vietwindoor_upvc",
        "Deciding between a uPVC line and an aluminium line",
        "A family building-materials business in Binh Tan plans to start making windows and must choose between uPVC with "
        "steel reinforcement and aluminium. We want an independent comparison of cost, durability in our hot climate and "
        "profile quality before buying machines.",
        {"mZo129": 2, "mZo084": 2, "mZo083": 1, "mZo082": 1, "mZo130": 1},
    ),
    # --- installation safety at height and glass handling ---
    (
        "mZn54",
        "en",
        "safetyfab_fine",
        "Work-at-height procedures for our window installation crews",
        "Our crews in Vinh Long install windows on two- and three-storey shophouses, often from leaning ladders that are "
        "neither footed nor tied. After a near miss we want training and written procedures for installing from inside, "
        "using ladders, towers and scaffolds safely.",
        {"mZo085": 2, "mZo089": 2, "mZo086": 1, "mZo088": 1, "mZo090": 1, "mZo087": 1},
    ),
    (
        "mZn55",
        "vi",
        "mastery_hs",
        "Dây an toàn và điểm neo cho thợ nhoài ra ngoài trét keo cửa sổ",
        "Thợ lắp cửa của công ty ở TP Trà Vinh thường phải nhoài người ra ngoài cửa sổ tầng hai, tầng ba để bắn keo quanh "
        "khung, nơi không đặt được thang. Cần dây đai an toàn, điểm neo di động đặt trong nhà và hướng dẫn sử dụng.",
        {"mZo087": 2, "mZo088": 2, "mZo085": 1, "mZo089": 1},
    ),
    (
        "mZn56",
        "vi",
        "usglass_glossary",
        "Thiết bị nâng kính thay cho khiêng tay",
        "Đội lắp kính của chúng tôi ở TP Vĩnh Long khiêng tay các tấm kính cường lực 12 ly lắp mặt tiền cửa hàng, đã có người "
        "bị đứt tay và vỡ kính. Cần giác hút cầm tay, máy nâng hút chân không hoặc thuê theo công trình.",
        {"mZo094": 2, "mZo093": 2, "mZo092": 2, "mZo097": 2, "mZo095": 1},
    ),
    (
        "mZn57",
        "en",
        "ghh_en13155",
        "Annual inspection and load test of our vacuum glass lifter",
        "Our company in Tra Vinh owns a vacuum glass lifter bought second-hand three years ago and has never had it checked. "
        "Before a three-storey glazing job we want it serviced, load tested and inspected, with advice on daily checks.",
        {"mZo095": 2, "mZo097": 1},
    ),
    (
        "mZn58",
        "vi",
        "usglass_glossary",
        "Nâng lắp kính cong cho sảnh khách sạn",
        "Khách sạn ở TP Vĩnh Long thiết kế sảnh có vách kính cong khổ lớn, giá kính đắt. Chúng tôi chưa từng nâng kính cong, "
        "cần người tính bố trí giác hút phù hợp trọng lượng, kích thước tấm và máy nâng để tránh vỡ.",
        {"mZo096": 2, "mZo092": 1, "mZo093": 1, "mZo095": 1},
    ),
    (
        "mZn59",
        "en",
        "glassmag_lifters",
        "Automating glass handling at our processing plant",
        "Our glass processing plant in Vinh Long cannot find enough workers to load and unload the edging machines, and "
        "glass keeps getting bigger and heavier. We want robotic loading or handling for the processing line.",
        {"mZo098": 2, "mZo125": 2},
    ),
    (
        "mZn60",
        "vi",
        "ggf_code",
        "Can tap huan an toan gian giao va van thang cho doi thi cong mat kinh",
        "Doi thi cong mat dung kinh cua cong ty o TP Tra Vinh dung gian giao va van thang cho cong trinh 7 tang. Can huan "
        "luyen an toan, danh gia rui ro truoc moi viec tren cao va kiem tra gian giao, van thang truoc khi dung.",
        {"mZo091": 2, "mZo086": 1, "mZo085": 1, "mZo087": 1},
    ),
    (
        "mZn61",
        "en",
        "ldcd_tainan",
        "Risk assessment and rescue plan for glazing a hospital façade",
        "We won the glazing package of a new provincial hospital block in Vinh Long. The main contractor requires a risk "
        "assessment and method statement for glass installation at height, access equipment choice and a rescue plan for "
        "operatives, after recent scaffold collapses on glazing jobs.",
        {"mZo086": 2, "mZo085": 1, "mZo091": 1, "mZo090": 1},
    ),
    # --- storm-resistant windows and performance testing ---
    (
        "mZn62",
        "vi",
        "iteh_e1996",
        "Thử nghiệm cửa chống va đập mảnh vỡ bay trong bão",
        "Cơ sở sản xuất cửa nhôm ở thị xã Duyên Hải muốn bán cửa cho các resort ven biển, yêu cầu cửa không bị xuyên thủng khi "
        "mảnh vỡ bay trong bão để gió không lùa vào làm tăng áp suất trong nhà. Cần phòng thử nghiệm va đập và chu kỳ áp lực, "
        "cùng hỗ trợ làm hồ sơ chứng nhận.",
        {"mZo099": 2, "mZo100": 2, "mZo101": 1, "mZo104": 1, "mZo105": 1, "mZo106": 1},
    ),
    (
        "mZn63",
        "en",
        "legal_e1996",
        "Choosing impact-resistant glass for houses in a storm-prone coastal commune",
        "Households in a coastal commune of Thanh Phu keep losing windows when storms throw debris. As the local window "
        "maker we want to know which laminated glass build-up and protection level to use for the wind speeds here, and to "
        "buy such glass.",
        {"mZo101": 2, "mZo104": 2, "mZo051": 1, "mZo052": 1, "mZo053": 1, "mZo127": 1, "mZo100": 1},
    ),
    (
        "mZn64",
        "vi",
        "kienthuc_vungbao",
        "Chọn kiểu mở cửa sổ an toàn gió bão cho chung cư",
        "Chủ đầu tư chung cư 12 tầng ở TP Vĩnh Long lo cửa sổ mở quay ra ngoài bị gió bão giật đập vào tường, bung cánh. Cần tư "
        "vấn kiểu mở và hệ cửa sổ chịu gió, kín nước mưa tạt phù hợp nhà cao tầng.",
        {"mZo102": 2, "mZo110": 2, "mZo103": 1, "mZo108": 1},
    ),
    (
        "mZn65",
        "en",
        "kienthuc_vungbao",
        "Quick storm bracing for shop glass doors before typhoon season",
        "Shops along the waterfront of Binh Dai town have large glass doors that shattered in the last storm. Before this "
        "season we need a quick way to brace the doors and frames, since taping crosses on the glass clearly did not help.",
        {"mZo128": 2, "mZo111": 2, "mZo103": 1, "mZo101": 1},
    ),
    (
        "mZn66",
        "vi",
        "skcs_bao",
        "Thay hệ cửa kính văn phòng bị vỡ trong bão",
        "Văn phòng công ty ở thị trấn Ba Tri bị vỡ toàn bộ cửa kính mặt tiền trong trận giông lốc vừa rồi, mưa tạt làm hỏng đồ "
        "đạc. Chúng tôi muốn thay bằng hệ cửa và vách kính chịu gió mạnh, kính an toàn, kín nước.",
        {"mZo103": 2, "mZo110": 2, "mZo104": 2, "mZo111": 1, "mZo128": 1, "mZo101": 1},
    ),
    (
        "mZn67",
        "en",
        "eurotek_pg",
        "Laboratory rating of our windows for air, water and wind load",
        "A foreign-invested factory in Long Duc industrial park asks for aluminium windows with a tested performance grade "
        "(air leakage, water resistance, structural design pressure). We make the windows in Tra Vinh but have never had them "
        "tested; we need a lab and help to rate them.",
        {"mZo105": 2, "mZo106": 2, "mZo107": 1, "mZo109": 1},
    ),
    (
        "mZn68",
        "vi",
        "wojan_test",
        "Cửa đã lắp ở trường học bị thấm khi mưa tạt",
        "Cửa sổ nhôm chúng tôi lắp cho một trường học ở huyện Mang Thít bị thấm nước khi mưa tạt mạnh. Chủ đầu tư và chúng tôi "
        "tranh cãi lỗi do sản phẩm hay do lắp đặt; cần đơn vị thử kín nước, kín khí ngay tại công trình.",
        {"mZo107": 2, "mZo109": 2, "mZo105": 1},
    ),
    # --- quoting, design and cutting-optimisation software ---
    (
        "mZn69",
        "en",
        "softtech_config",
        "Quoting software to replace our spreadsheets",
        "Our aluminium and glass shop in Tra Vinh quotes every window by hand in spreadsheets, makes mistakes and takes "
        "days. We want software that prices doors and windows, prints the contract with sketches and produces the materials "
        "list for the workshop.",
        {"mZo112": 2, "mZo113": 2, "mZo115": 1, "mZo121": 1, "mZo120": 1, "mZo114": 1},
    ),
    (
        "mZn70",
        "vi",
        "ra_cutting",
        "Tối ưu cắt thanh nhôm 6 m để giảm đầu mẩu",
        "Xưởng nhôm ở huyện Long Hồ mỗi tháng bỏ đi hàng trăm kg đầu mẩu vì thợ tự xếp đoạn cắt trên thanh 6 m. Cần phần mềm "
        "hoặc công cụ tính phương án cắt thanh ít phế liệu nhất từ danh sách chi tiết.",
        {"mZo116": 2, "mZo117": 2, "mZo118": 2, "mZo119": 2, "mZo114": 1},
    ),
    (
        "mZn71",
        "en",
        "usglass_software98",
        "From quote straight to cutting list without re-typing",
        "In our Vinh Long window company, sales quotes custom sizes and the workshop re-types everything into a cutting "
        "list, so wrong sizes and wrong glass reach the saw. We want one system that turns an accepted quote into the bill of "
        "materials and cutting list for profiles and glass.",
        {"mZo115": 2, "mZo113": 2, "mZo114": 2, "mZo112": 1, "mZo121": 1},
    ),
    (
        "mZn72",
        "vi",
        "softtech_config",
        "Can phan mem tinh gia cua nhom kinh cho dai ly",
        "Cua hang dai ly cua nhom kinh o thi tran Tieu Can nhan bang gia theo chieu rong, chieu cao tu nha san xuat nhung tinh "
        "tay rat lau. Can phan mem bao gia nhanh theo bang gia, in hop dong va don dat hang gui nha may.",
        {"mZo112": 2, "mZo113": 2, "mZo115": 2, "mZo121": 1},
    ),
    (
        "mZn73",
        "en",
        "lengthnest",
        "An open-source library for bar cutting optimisation in our ERP",
        "Our in-house developer in Tra Vinh is adding cutting plans to the company's order system and wants a free or "
        "open-source library, not a desktop program, that computes how to cut profile bars with the least waste.",
        {"mZo117": 2, "mZo118": 2, "mZo116": 1},
    ),
    # --- added: manual handling ---
    (
        "mZn74",
        "en",
        "fok_lifting",
        "Manual handling training for fitters carrying heavy glazing units",
        "Our fitters in Cau Ngang carry double-glazed units and tempered panels by hand from the truck to the opening and "
        "have had back injuries and cut hands. We want training on safe lifting, risk assessment of each unit's weight and "
        "when to use lifting aids.",
        {"mZo089": 2, "mZo085": 1, "mZo094": 1},
    ),
]
