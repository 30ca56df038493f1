"""Needs of the holdout98 labelled set: (id, language, source key, title, description, {offer id: grade});
see make_holdout98.py."""

NEEDS = [
    # --- commercial kitchens and cooking equipment ---
    (
        "lVn01",
        "vi",
        "bahd_dungcu",
        "Trường bán trú ở Cầu Kè cần trang bị lại dụng cụ, thiết bị bếp",
        "Trường tiểu học bán trú của chúng tôi ở huyện Cầu Kè (Trà Vinh) đang sơ chế, nấu ăn chủ yếu bằng dụng "
        "cụ đơn giản nên thời gian nấu kéo dài, tốn nhân lực. Nhà trường cần đơn vị tư vấn, cung cấp thiết bị "
        "bếp phù hợp bếp ăn học sinh (sơ chế, nấu, chia suất) để nấu nhanh và gọn hơn.",
        {"lVo004": 2, "lVo001": 2, "lVo002": 1, "lVo003": 1, "lVo016": 1},
    ),
    (
        "lVn02",
        "vi",
        "kdt_gas",
        "Nhà hàng ở TP Vĩnh Long muốn giảm tiền gas, tính chuyển sang bếp từ",
        "Nhà hàng dùng khoảng 11 bình gas 12 kg mỗi tháng; giá gas đã vượt 500.000 đồng/bình nên chi phí gas "
        "tăng từ hơn 4 triệu lên gần 6 triệu đồng/tháng. Chúng tôi cần tư vấn và thiết bị chuyển một phần hoặc "
        "toàn bộ bếp gas sang bếp từ công nghiệp mà vẫn xào nấu món Việt được, kèm tính toán hoàn vốn.",
        {"lVo005": 2, "lVo157": 2, "lVo001": 1, "lVo006": 1},
    ),
    (
        "lVn03",
        "en",
        "haseca_setup",
        "Factory canteen at Long Duc industrial park outgrew its kitchen",
        "Our new factory in Long Duc industrial park (Tra Vinh) designed its canteen kitchen for 500 meals a day, "
        "but within six months the workforce reached 1,200. The preparation area is overloaded, cooks work in "
        "heat and workers queue for their meals. We need to resize rice cooking and steaming capacity and the "
        "kitchen equipment for the real number of meals per shift.",
        {"lVo002": 2, "lVo003": 2, "lVo001": 2, "lVo064": 1, "lVo016": 1},
    ),
    (
        "lVn04",
        "vi",
        "ikt_quannuong",
        "Quan nuong o TP Vinh Long bi khoi, mui bam ca quan",
        "quan nuong lau cua minh o TP Vinh Long khoi va mui mo bay khap quan, khach than am mui quan ao. muon "
        "lam he thong hut khoi cho ban nuong, khong biet nen lam hut am (ong hut duoi ban) hay hut duong (chup "
        "tren ban), can don vi khao sat thi cong tron goi, gia hop ly.",
        {"lVo007": 2, "lVo069": 2, "lVo008": 1, "lVo055": 1, "lVo131": 1},
    ),
    (
        "lVn05",
        "en",
        "hart_fire",
        "Resort restaurant at Ba Dong beach wants automatic kitchen fire suppression",
        "Our resort restaurant at Ba Dong beach (Truong Long Hoa, Tra Vinh) runs woks and deep fryers all day. "
        "We read that about 60 percent of restaurant fires start in the kitchen and that ordinary extinguishers "
        "are the wrong type for grease fires. We want a wet chemical system over the hood, ducts and appliances "
        "that detects fire, discharges automatically and shuts off the gas, plus regular maintenance.",
        {"lVo015": 2, "lVo160": 2, "lVo131": 1, "lVo132": 1, "lVo007": 1, "lVo008": 1},
    ),
    (
        "lVn06",
        "en",
        "tpk_dish",
        "Hospital canteen needs a water-efficient commercial dishwasher",
        "The staff and patient canteen of a provincial hospital in Tra Vinh washes trays, plates and cutlery for "
        "around 300 people a day by hand. We want a commercial dishwasher of the right size (door or rack "
        "conveyor type) that uses little water per rack, sanitises at high temperature and keeps up at peak "
        "times.",
        {"lVo013": 2, "lVo014": 2, "lVo020": 2},
    ),
    (
        "lVn07",
        "en",
        "nrn_combi",
        "Hotel in Vinh Long renovating its banquet kitchen wants combi ovens",
        "We are renovating the banquet kitchen of our hotel in Vinh Long city. The chef wants combination "
        "steam ovens that can steam, roast, bake and reheat in one unit, with core-temperature probes and stored "
        "cooking programmes so less-skilled cooks get consistent results, replacing several older appliances "
        "and saving space.",
        {"lVo011": 2, "lVo012": 1, "lVo016": 1, "lVo001": 1},
    ),
    (
        "lVn08",
        "vi",
        "cinox_baymo",
        "Nhà hàng ở Trà Ôn bị tắc cống, hôi do dầu mỡ từ bếp",
        "Nước thải khu bếp và khu rửa của nhà hàng chúng tôi ở huyện Trà Ôn (Vĩnh Long) có nhiều dầu mỡ và cặn "
        "thức ăn; lớp mỡ nổi đóng trong ống làm tắc cống, bốc mùi. Cần lắp bẫy mỡ (bể tách mỡ) phù hợp lưu "
        "lượng bếp và có cách xử lý, hút mỡ định kỳ để ống không tắc lại.",
        {"lVo009": 2, "lVo010": 2, "lVo117": 1, "lVo116": 1},
    ),
    (
        "lVn09",
        "vi",
        "ideal_tu",
        "Quán ăn ở Cầu Ngang cần tủ lạnh, tủ đông thương mại hợp bếp nhỏ",
        "Quán cơm của gia đình ở Cầu Ngang (Trà Vinh) bếp chật, đang trữ thịt cá, rau và đồ uống trong tủ lạnh "
        "gia đình nên hay hỏng đồ. Chúng tôi cần tủ mát, tủ đông thương mại hoặc tủ hai ngăn đông – mát đặt "
        "vừa bếp nhỏ, tiết kiệm điện, có bảo hành tại chỗ.",
        {"lVo019": 2, "lVo018": 1, "lVo071": 1},
    ),
    (
        "lVn10",
        "en",
        "lfasc_hood",
        "Hotel kitchen in Tra Vinh city needs a smoke and fume exhaust system",
        "The kitchen of our hotel in Tra Vinh city fills with smoke and cooking fumes at peak times. We need an "
        "exhaust system for the cooking line: collection hoods, ducts, a fan sized for the air volume, fume "
        "treatment so oily smoke does not bother neighbours, and make-up fresh air.",
        {"lVo007": 2, "lVo016": 1, "lVo131": 1, "lVo069": 1},
    ),
    (
        "lVn11",
        "en",
        "fans_plan",
        "New restaurant near Ao Ba Om needs its kitchen planned and equipped",
        "We are opening a restaurant near the Ao Ba Om tourist site in Tra Vinh and want the kitchen planned "
        "so food flows smoothly from preparation to cooking, service and dishwashing even when tables turn "
        "fast. We need layout design, equipment selection and installation.",
        {"lVo016": 2, "lVo001": 2, "lVo017": 1, "lVo002": 1},
    ),
    (
        "lVn12",
        "en",
        "rc_design",
        "Restaurant kitchen build-out: floors, hand-wash stations, grease and waste",
        "We are building a new restaurant kitchen in Vinh Long and want the details right from the start: a "
        "floor that stands hot-water washing and heavy pots, enough hand-wash stations, a grease trap programme "
        "and space for waste and recycling storage.",
        {"lVo017": 2, "lVo009": 1, "lVo016": 1, "lVo109": 1},
    ),
    (
        "lVn13",
        "en",
        "jdh_grease",
        "Restaurant chain needs professional hood and duct cleaning",
        "We run three restaurants in Vinh Long province. Grease builds up in our hoods and ducts and we know it "
        "is one of the leading causes of restaurant fires and a reason for fines. We are looking for a "
        "contractor to inspect and clean hoods, ducts and fans on a regular schedule.",
        {"lVo131": 2, "lVo132": 2, "lVo008": 2, "lVo055": 2, "lVo006": 1},
    ),
    (
        "lVn14",
        "en",
        "epa_dish141",
        "University canteen wants to cut the water used by its dishwashers",
        "Our dishwashers account for more than a third of the water used in the university canteen in Vinh "
        "Long. The conveyor machine runs even when no racks pass. We want retrofit options and advice on "
        "whether to replace machines, sized to our throughput.",
        {"lVo013": 2, "lVo014": 1, "lVo020": 1},
    ),
    (
        "lVn15",
        "vi",
        "sgh_fire",
        "Bếp khách sạn ở Vĩnh Long chưa có hệ thống chữa cháy chuyên dụng",
        "Bếp công nghiệp của khách sạn chúng tôi ở TP Vĩnh Long có bếp chiên dầu sâu, bếp gas hoạt động liên "
        "tục nhưng chỉ có bình chữa cháy thông thường. Đọc thấy khoảng 61% vụ cháy nhà hàng bắt đầu từ bếp, "
        "chúng tôi cần thiết kế, lắp đặt hệ thống chữa cháy tự động cho khu bếp đạt yêu cầu PCCC.",
        {"lVo160": 2, "lVo015": 2, "lVo131": 1, "lVo007": 1},
    ),
    # --- laundries and linen ---
    (
        "lVn16",
        "vi",
        "hs_thugom",
        "Khách sạn 60 phòng ở TP Vĩnh Long hay nhầm, thất lạc đồ giặt",
        "Khách sạn tự gom đồ giặt nội bộ (khăn, ga, áo gối, đồng phục) và đồ giặt của khách nhưng không có biểu "
        "mẫu, không ký giao nhận hai bên nên thường nhầm, mất đồ, trả trễ. Chúng tôi muốn chuyển cho đơn vị "
        "giặt là chuyên nghiệp có lịch thu gom cố định, quy trình giao nhận rõ ràng và cam kết bồi thường.",
        {"lVo023": 2, "lVo024": 1, "lVo034": 1},
    ),
    (
        "lVn17",
        "en",
        "osha_laundry",
        "Provincial hospital laundry in Tra Vinh needs upgrading",
        "The laundry department of our provincial general hospital in Tra Vinh must supply clean linen to every "
        "ward for routine and emergency use and help prevent hospital infections. Machines are old and soiled "
        "and clean linen cross paths. We need equipment and a layout that keeps soiled and clean flows apart.",
        {"lVo026": 2, "lVo025": 2, "lVo040": 2, "lVo027": 1, "lVo029": 1},
    ),
    (
        "lVn18",
        "en",
        "ict_laundry",
        "District health centre wants a hygienic process for patient linen",
        "Our district health centre in Cau Ngang washes patient bedding, gowns, towels, surgical drapes and "
        "staff scrubs in-house. Soiled hospital linen can carry 10^6-10^8 colony-forming units per 100 cm2 and "
        "laundry staff are at risk. We need a validated washing process: sorting, chemicals, temperatures and "
        "times for each type of item.",
        {"lVo027": 2, "lVo025": 1, "lVo026": 1, "lVo040": 1, "lVo029": 1},
    ),
    (
        "lVn19",
        "vi",
        "bgg_changa",
        "Khách sạn ở Tiểu Cần: ga gối ố vàng, xuống màu nhanh",
        "Khách sạn chúng tôi ở Tiểu Cần (Trà Vinh) giặt chăn ga mỗi ngày cho phòng có khách bằng máy giặt công "
        "nghiệp, nhưng ga gối nhanh ố vàng, cứng và xuống màu. Cần hướng dẫn quy trình giặt và bộ hóa chất giặt "
        "là phù hợp (giặt chính, tẩy, trung hòa, làm mềm) để đồ vải trắng sạch và bền hơn.",
        {"lVo028": 2, "lVo029": 2, "lVo027": 1, "lVo031": 1},
    ),
    (
        "lVn20",
        "en",
        "cb_rfid",
        "Beach resort losing towels and robes wants linen tracking",
        "Our resort near Ba Dong beach loses pool towels, bathrobes and sheets every month; hotels typically "
        "lose 5-20 percent of such items. We want a tracking system that shows stock and losses and helps us "
        "decide when to reorder.",
        {"lVo034": 2},
    ),
    (
        "lVn21",
        "en",
        "afwe_laundry",
        "Laundry serving hotels and hospitals wants to reuse its wash water",
        "We run a commercial laundry in Vinh Long that washes linen for hotels, a hospital and a nursing home. "
        "Water and sewer costs are now more than half of our operating costs. We are looking for water reuse or "
        "recycling equipment that does not lower cleaning quality.",
        {"lVo035": 2, "lVo036": 2, "lVo037": 2, "lVo032": 1, "lVo031": 1},
    ),
    (
        "lVn22",
        "vi",
        "gln_cost",
        "Khách sạn 120 phòng ở Vĩnh Long cân nhắc giặt ozone nhưng ngại chi phí",
        "Phòng giặt của khách sạn tốn nhiều nước nóng, hóa chất và điện sấy. Chúng tôi biết giặt bằng ozone "
        "tiết kiệm nhưng lo chi phí đầu tư; muốn có đơn vị đánh giá mức tiết kiệm thực tế, thời gian hoàn vốn, "
        "có hỗ trợ kỹ thuật tại chỗ và nếu được thì cho thuê thiết bị.",
        {"lVo031": 2, "lVo032": 2, "lVo033": 2},
    ),
    (
        "lVn23",
        "vi",
        "e3tnw_hpcd",
        "Trung tâm y tế ở Trà Cú muốn thay máy sấy đồ vải tốn điện",
        "Phòng giặt của trung tâm y tế huyện Trà Cú dùng máy sấy điện trở, mỗi ngày sấy nhiều mẻ chăn ga, quần "
        "áo bệnh nhân nên tiền điện rất cao. Chúng tôi tìm máy sấy bơm nhiệt công nghiệp tiết kiệm 50–60% điện, "
        "công suất phù hợp, có đơn vị lắp đặt và bảo trì.",
        {"lVo038": 2, "lVo039": 2},
    ),
    (
        "lVn24",
        "en",
        "aln_ltc",
        "Elderly care centre wants safe handling of soiled and clean laundry",
        "Our elderly care centre in Vinh Long treats all used laundry as potentially infectious. We want to "
        "bag laundry at the point of use, move soiled and clean items in separate covered carts on routes that "
        "never cross, and set up separate soiled and clean areas in the laundry room.",
        {"lVo026": 2, "lVo040": 2, "lVo025": 1},
    ),
    (
        "lVn25",
        "vi",
        "vnp_xut",
        "HTX giặt ủi ở Càng Long muốn bỏ xút, dùng hóa chất giặt an toàn",
        "Hợp tác xã dịch vụ giặt ủi ở Càng Long nhận giặt khăn, ga cho nhà nghỉ, nhà hàng. Trước đây có nơi dùng "
        "xút vảy để tẩy nhanh, khăn bị kiềm cao gây kích ứng da khách. Chúng tôi cần bộ hóa chất giặt công "
        "nghiệp chuẩn, định mức và tập huấn cho thợ giặt.",
        {"lVo028": 2, "lVo029": 2, "lVo027": 1},
    ),
    (
        "lVn26",
        "vi",
        "dls_laundry",
        "Khách sạn mới ở Bình Minh tính tự lập bộ phận giặt là",
        "Khách sạn đang xây ở thị xã Bình Minh (Vĩnh Long) cần quyết định tự đầu tư bộ phận giặt là để giặt, "
        "ủi, bảo quản chăn ga, khăn, rèm, đồng phục và đồ khách, hay thuê ngoài. Cần tư vấn cấu hình máy giặt, "
        "máy sấy, mặt bằng và chi phí đầu tư – vận hành.",
        {"lVo024": 2, "lVo030": 2, "lVo023": 1, "lVo028": 1},
    ),
    # --- cleaning and disinfection ---
    (
        "lVn27",
        "en",
        "hf_uvrobot",
        "Hospital in Tra Vinh wants UV robots to finish room cleaning",
        "After housekeeping cleans a patient room, our hospital in Tra Vinh city wants an ultraviolet device "
        "that can be wheeled in to kill MRSA, VRE and C. difficile on surfaces, curtains and doors; studies "
        "report about 30 percent fewer hospital-acquired infections and a cycle of around 25 minutes.",
        {"lVo046": 2, "lVo047": 2, "lVo050": 1, "lVo048": 1},
    ),
    (
        "lVn28",
        "vi",
        "aric_uv",
        "Bệnh viện khu vực ở Tiểu Cần cần khử khuẩn phòng bệnh có kiểm chứng",
        "Khảo sát cho thấy chỉ khoảng 50% bề mặt phòng bệnh được làm sạch đạt yêu cầu giữa hai lượt bệnh nhân, "
        "vi khuẩn có thể sống trên bề mặt nhiều ngày. Bệnh viện muốn bổ sung giải pháp khử khuẩn phòng tự động, "
        "có ghi nhận thông số để kiểm chứng, dùng sau khi nhân viên lau chùi thủ công.",
        {"lVo046": 2, "lVo047": 2, "lVo048": 2, "lVo049": 1, "lVo044": 1, "lVo043": 1, "lVo051": 1},
    ),
    (
        "lVn29",
        "en",
        "bc_vscn",
        "District hospital invites quotations for industrial cleaning services",
        "Our district hospital in Vinh Long province is preparing a two-year package for industrial cleaning "
        "of wards, clinics and common areas and invites qualified companies to send quotations so we can build "
        "the cost estimate and tender plan.",
        {"lVo043": 2, "lVo044": 2, "lVo045": 2},
    ),
    (
        "lVn30",
        "vi",
        "gk_micro",
        "Resort ở Duyên Hải muốn giảm nước và hóa chất khi dọn phòng",
        "Chi phí buồng phòng chiếm phần lớn chi phí vận hành của resort chúng tôi ở Duyên Hải (Trà Vinh). Chúng "
        "tôi muốn áp dụng cách làm sạch dùng ít nước, ít chất tẩy rửa và kho hóa chất gọn hơn mà vẫn diệt được "
        "vi khuẩn ở bề mặt, chỉ dùng chất khử khuẩn ở chỗ cần như bồn cầu.",
        {"lVo054": 2, "lVo053": 2, "lVo107": 1},
    ),
    (
        "lVn31",
        "en",
        "hc_green",
        "Hotel housekeeping wants greener chemicals and measurable cleanliness",
        "The housekeeping team of our hotel in Vinh Long wants to switch to biodegradable, plant-based cleaning "
        "chemicals and microfibre tools, replace mopping with machines where possible, and measure bacteria on "
        "phones, remotes and door handles after cleaning.",
        {"lVo054": 2, "lVo053": 2, "lVo066": 1, "lVo051": 1},
    ),
    (
        "lVn32",
        "vi",
        "tcm_chuot",
        "Nha hang o Tieu Can co chuot can diet gap",
        "nha hang minh o Tieu Can dao nay co chuot chay trong kho va bep, can bao bi, can day dien. so bi kiem "
        "tra ve sinh an toan thuc pham phat va khach chup hinh dang len mang. can cong ty diet chuot, gian uy "
        "tin toi khao sat va xu ly, co bao hanh.",
        {"lVo056": 2, "lVo057": 2, "lVo162": 2},
    ),
    (
        "lVn33",
        "en",
        "cardoza_pest",
        "Hotel in Tra Vinh troubled by rats and insects in kitchen and rooms",
        "Rats and insects are getting into our hotel's kitchen, food stores and some guest rooms, especially in "
        "rainy weather, and rats have damaged wiring. We need a prevention programme that fits our property, "
        "regular checks and technical guidance for our staff.",
        {"lVo057": 2, "lVo056": 2, "lVo162": 1},
    ),
    (
        "lVn34",
        "vi",
        "hkv_bep",
        "Nhà hàng ở TP Trà Vinh cần tổng vệ sinh bếp, tẩy dầu mỡ định kỳ",
        "Bếp nhà hàng có dầu mỡ bám trên bếp Á, lò nướng, tường và hệ thống hút khói; nhân viên chỉ lau hằng "
        "ngày nên không sạch sâu. Chúng tôi cần đơn vị vệ sinh công nghiệp làm tổng vệ sinh định kỳ, dùng hóa "
        "chất an toàn thực phẩm để bếp đạt yêu cầu kiểm tra và giảm nguy cơ cháy.",
        {"lVo055": 2, "lVo008": 2, "lVo131": 1, "lVo132": 1, "lVo006": 1},
    ),
    (
        "lVn35",
        "vi",
        "scribd_anolyte",
        "Trường mầm non ở Mang Thít muốn tự tạo dung dịch khử khuẩn an toàn",
        "Trường mầm non ở Mang Thít (Vĩnh Long) muốn dùng nước điện phân (anolyte, thành phần chính HClO) để "
        "lau đồ chơi, bàn ghế, sàn lớp vì an toàn cho trẻ hơn hóa chất mạnh. Cần thiết bị điện phân nước muối "
        "tạo dung dịch đạt nồng độ clo hữu hiệu khoảng 35–54 ppm, dễ vận hành tại trường.",
        {"lVo051": 2, "lVo052": 2, "lVo053": 1},
    ),
    (
        "lVn36",
        "en",
        "jmir_robots",
        "Schools want regular disinfection of classrooms after hours",
        "A group of private schools in Vinh Long city wants classrooms, canteens and the school clinic "
        "disinfected after hours to reduce transmission of respiratory infections, without exposing staff to "
        "chemicals or UV. We are considering autonomous disinfection robots or other automatic systems.",
        {"lVo046": 2, "lVo047": 2, "lVo050": 1, "lVo051": 1, "lVo058": 1},
    ),
    # --- food-safety management in canteens ---
    (
        "lVn37",
        "vi",
        "tl_binhduong",
        "Bếp ăn tập thể ở KCN Long Đức cần tập huấn an toàn thực phẩm cho nhân viên",
        "Một khảo sát bếp ăn tập thể khu công nghiệp cho thấy chỉ 9,3% nhân viên có kiến thức chung đúng và "
        "8,6% thực hành đúng về an toàn thực phẩm. Bếp ăn công ty chúng tôi ở KCN Long Đức (Trà Vinh) tự tổ "
        "chức nấu, muốn có khóa tập huấn có chứng nhận cho người chế biến: vệ sinh tay, nhiệt độ bảo quản, "
        "rã đông, hâm lại thức ăn sau 2 giờ.",
        {"lVo077": 2, "lVo078": 2, "lVo063": 1, "lVo070": 1},
    ),
    (
        "lVn38",
        "vi",
        "plo_thotnot",
        "Trường mầm non ở Long Hồ cần kiểm soát nguồn gốc nguyên liệu và lưu mẫu",
        "Sau các vụ trẻ ngộ độc ở trường bạn do vi khuẩn Bacillus cereus, E. coli, đoàn kiểm tra nhận xét nhiều "
        "bếp quản lý nguyên liệu chưa rõ nguồn gốc, mua gia vị không nhãn mác, lưu mẫu thức ăn chưa đầy đủ. "
        "Trường mầm non chúng tôi ở Long Hồ (Vĩnh Long) cần xây dựng quy trình kiểm soát nguyên liệu, lưu mẫu "
        "và công cụ tự kiểm tra nhanh độ an toàn hằng ngày.",
        {"lVo063": 2, "lVo065": 2, "lVo066": 1, "lVo067": 1, "lVo076": 1, "lVo068": 1, "lVo159": 1, "lVo145": 1},
    ),
    (
        "lVn39",
        "vi",
        "vtv_ninhbinh",
        "Truong tieu hoc o Cau Ke muon kiem nghiem thuc pham bep ban tru",
        "truong minh nau ban tru, nghe vu hon 350 hoc sinh ngo doc vi ruoc ga nhiem doc to tu cau vang, nau "
        "chin van khong het doc, nen lo lam. muon gui mau thit, thuc an di kiem nghiem vi sinh dinh ky, hoi "
        "cho nao lam, bao lau co ket qua, chi phi bao nhieu.",
        {"lVo067": 2, "lVo065": 1, "lVo066": 1, "lVo080": 1},
    ),
    (
        "lVn40",
        "en",
        "abw_temp",
        "Hospital kitchen walk-in freezer drifted out of range unnoticed",
        "Last month the walk-in freezer of our hospital kitchen in Tra Vinh drifted out of range for hours "
        "before staff opened the door, and we lost stock. We want a supervised temperature monitoring system "
        "for freezers, fridges and cold rooms that checks sensor status, keeps history as proof and sends "
        "escalating alerts to the right person.",
        {"lVo071": 2, "lVo072": 2, "lVo073": 2, "lVo079": 1, "lVo074": 1, "lVo161": 1},
    ),
    (
        "lVn41",
        "en",
        "gy_training",
        "Hotel in Vinh Long needs food hygiene training for kitchen staff",
        "Our hotel restaurant in Vinh Long wants every food handler trained in food hygiene and supervisors at "
        "a higher level, with certificates we can show at inspections. Online or face-to-face courses are both "
        "fine.",
        {"lVo077": 2, "lVo078": 2, "lVo070": 1},
    ),
    (
        "lVn42",
        "en",
        "sc_cdcschool",
        "School cafeteria wants a standard food-safety checklist for staff",
        "The cafeteria of our school in Tra Vinh wants a standard checklist covering kitchen hygiene, cleaning "
        "and disinfection, handling packed food and fresh produce, refrigeration and storage times, so every "
        "shift follows the same procedure and reports can be shared.",
        {"lVo076": 2, "lVo075": 2, "lVo068": 1},
    ),
    (
        "lVn43",
        "en",
        "noni_temp",
        "Seafood restaurant in Duyen Hai needs 24/7 fridge and freezer monitoring",
        "Our seafood restaurant in Duyen Hai keeps fish, shrimp and shellfish in several freezers and chillers. "
        "Manual temperature checks miss failures at night and during power cuts. We want sensors that record "
        "temperatures continuously and alert us when they leave the safe range.",
        {"lVo071": 2, "lVo072": 2, "lVo073": 2, "lVo161": 2, "lVo019": 1, "lVo074": 1},
    ),
    (
        "lVn44",
        "vi",
        "afam_truong",
        "Phòng giáo dục ở Trà Cú cần công cụ giám sát bữa ăn bán trú",
        "Việc tổ chức bữa ăn cho học sinh tại trường rất phổ biến và đã có những vụ ngộ độc, đòi hỏi tăng cường "
        "kiểm tra, giám sát. Phòng giáo dục huyện Trà Cú muốn một công cụ chung để các trường nhập thực đơn, "
        "báo cáo và cho phụ huynh theo dõi, đánh giá bữa ăn bán trú.",
        {"lVo068": 2, "lVo076": 1, "lVo063": 1},
    ),
    (
        "lVn45",
        "vi",
        "bth_ngodoc",
        "Công ty ở KCN Hòa Phú muốn thuê suất ăn công nghiệp an toàn",
        "Các vụ ngộ độc tại bếp ăn tập thể khu công nghiệp, trường học vẫn xảy ra, có vụ không rõ nguyên nhân. "
        "Công ty chúng tôi ở KCN Hòa Phú (Vĩnh Long) muốn chuyển từ tự nấu sang thuê đơn vị cung cấp suất ăn "
        "công nghiệp có quy trình kiểm soát an toàn thực phẩm theo HACCP.",
        {"lVo064": 2, "lVo063": 1},
    ),
    (
        "lVn46",
        "en",
        "sc_descchk",
        "Canteen operator wants quick tests to verify dishware and hand hygiene",
        "We run school and office canteens in Vinh Long and our monthly checklist covers food rooms, storage at "
        "below 5 C and -18 C, food handling and personal hygiene. We want quick on-site tests to verify that "
        "washed tableware, food-contact surfaces and staff hands are really clean, without waiting for a lab.",
        {"lVo066": 2, "lVo065": 2, "lVo076": 1, "lVo075": 1},
    ),
    (
        "lVn47",
        "en",
        "adfca_haccp",
        "Hotel wants a HACCP-based food safety management system",
        "Our hotel in Vinh Long city has a restaurant, banquets and room service. We want a HACCP-based food "
        "safety management system with a manual, roles inside and outside the kitchen, safe operating "
        "procedures for each menu and record keeping, and help to get it certified.",
        {"lVo063": 2, "lVo159": 2, "lVo064": 1, "lVo075": 1, "lVo077": 1},
    ),
    # --- energy and water saving in hotels ---
    (
        "lVn48",
        "vi",
        "tknl_caravelle",
        "Khách sạn 4 sao ở TP Trà Vinh muốn giảm điện chiếu sáng và chi phí lò hơi",
        "Một khách sạn cùng hạng đã tiết kiệm hơn 500.000 kWh điện (trên 1 tỷ đồng) một năm nhờ thay đèn và gần "
        "400 triệu đồng nhờ cài đặt lại lò hơi. Khách sạn chúng tôi ở TP Trà Vinh muốn làm tương tự: đánh giá "
        "hiện trạng, thay chiếu sáng tiết kiệm, tối ưu lò hơi nước nóng, hướng tới ISO 14001.",
        {"lVo088": 2, "lVo163": 2, "lVo083": 2, "lVo081": 1, "lVo082": 1, "lVo158": 1, "lVo104": 1, "lVo103": 1},
    ),
    (
        "lVn49",
        "vi",
        "tknl_hanoi",
        "Khach san o TP Vinh Long con nhieu bong den soi dot",
        "khach san minh con khoang 1.500 bong soi dot 50W trong phong va 800 den o sanh, tien dien chieu sang "
        "cao. muon thay het bang den tiet kiem (LED), chia lo chieu sang, tinh xem bao lau hoan von, ai lam tron "
        "goi thi lien he.",
        {"lVo088": 2, "lVo163": 2, "lVo083": 1},
    ),
    (
        "lVn50",
        "en",
        "evn_halong",
        "228-room hotel wants cheaper hot water and keycard power cut-off",
        "Our 15-storey, 228-room hotel in Vinh Long province wants to cut the energy used for guest hot water, "
        "which now comes from a boiler, and to install keycard or similar controls that switch off "
        "room power when guests leave; we also plan an energy audit by area.",
        {"lVo081": 2, "lVo082": 2, "lVo158": 2, "lVo090": 2, "lVo091": 2, "lVo092": 2, "lVo093": 1, "lVo083": 1},
    ),
    (
        "lVn51",
        "en",
        "vneec_norfolk",
        "104-room hotel in Tra Vinh: old air conditioners and water heaters",
        "Air conditioning, hot water and lighting make up most of our electricity bill. We want to replace old "
        "air conditioners with an efficient central system (VRV or similar) and the electric water heaters in "
        "all 104 rooms with a more efficient hot water system.",
        {"lVo085": 2, "lVo081": 2, "lVo082": 2, "lVo158": 2, "lVo086": 1, "lVo083": 1},
    ),
    (
        "lVn52",
        "en",
        "ct_sheraton",
        "Large hotel wants variable speed drives and BMS control of its chiller plant",
        "Our 390-room hotel in Vinh Long uses close to 6 million kWh a year at about 50 percent occupancy. We "
        "want variable speed drives on domestic water pumps, chilled water pumps and air handling fans, "
        "rotating operation of the water chillers and a building management system to monitor and optimise "
        "them.",
        {"lVo087": 2, "lVo086": 2, "lVo085": 1, "lVo083": 1},
    ),
    (
        "lVn53",
        "vi",
        "doc_majestic",
        "Khách sạn có 144 máy lạnh cũ hiệu suất thấp cần tính phương án thay",
        "Khách sạn ở TP Vĩnh Long có 144 máy lạnh 5,15 kW với COP chỉ khoảng 2,5, chạy trung bình 9,5 giờ/ngày. "
        "Chúng tôi cần đơn vị đánh giá tiêu thụ điện, so sánh phương án thay máy hiệu suất cao (COP trên 3), "
        "tính chênh lệch đầu tư và số tiền điện tiết kiệm mỗi năm.",
        {"lVo083": 2, "lVo084": 1, "lVo085": 1},
    ),
    (
        "lVn54",
        "vi",
        "tknl_vungtau",
        "Khách sạn 10 tầng trả 200 triệu đồng tiền điện mỗi tháng",
        "Khách sạn 10 tầng, 8.000 m² sàn, 3 thang máy ở TP Trà Vinh được thiết kế từ đầu không tính đến tiết "
        "kiệm điện, nay tiền điện khoảng 200 triệu đồng/tháng. Chúng tôi cần kiểm toán năng lượng để biết điện "
        "tiêu tốn ở đâu và lộ trình giải pháp tiết kiệm khả thi.",
        {"lVo083": 2, "lVo084": 1, "lVo087": 1, "lVo088": 1, "lVo090": 1, "lVo104": 1, "lVo163": 1},
    ),
    (
        "lVn55",
        "en",
        "hpac_rooms",
        "Hotel wants guestroom energy management without hurting comfort",
        "Guest rooms use 40-80 percent of our hotel's energy and guests have no incentive to save. We want a "
        "guestroom energy management system based on occupancy (door and motion sensors rather than keycard "
        "holders) that adjusts air conditioning and lighting without guests noticing.",
        {"lVo090": 2, "lVo091": 2, "lVo092": 2, "lVo093": 2},
    ),
    (
        "lVn56",
        "vi",
        "t4h_keycard",
        "Khách sạn ở Cầu Kè: khách cắm thẻ phụ cho máy lạnh chạy cả ngày",
        "Phần lớn điện lãng phí ở khách sạn nằm trong phòng nghỉ, trong đó điều hòa chiếm 70–90%. Khách thường "
        "xin hai thẻ từ và để một thẻ trong ổ khi đi chơi cả ngày nên máy lạnh vẫn chạy. Chúng tôi cần giải pháp "
        "tự động nhận biết phòng có người để tắt điều hòa, đèn mà không phụ thuộc khách.",
        {"lVo090": 2, "lVo091": 2, "lVo092": 2, "lVo093": 1},
    ),
    (
        "lVn57",
        "en",
        "grainger_water",
        "Hotel wants a water conservation plan focused on hot water",
        "Water and water heating are 10-20 percent of our utility bill at our hotel in Vinh Long, and hot water "
        "is the costly part. We want a water audit, metering, fixture upgrades in rooms and staff training, "
        "aiming at the up to 50 percent reduction that hotels with a plan achieve.",
        {"lVo095": 2, "lVo094": 2, "lVo097": 2, "lVo096": 1, "lVo101": 1},
    ),
    (
        "lVn58",
        "vi",
        "hanyc_flow",
        "Khach san o Tra Vinh da lap voi sen tiet kiem ma nuoc van chay manh",
        "khach san minh da mua sen tam, voi lavabo loai ghi luu luong thap nhung do thu thi nhieu phong nuoc "
        "chay manh hon thong so, phong tren lau thi yeu. can don vi do luu luong tung phong va can chinh cho "
        "dung muc, vua tiet kiem vua khach hai long.",
        {"lVo095": 2, "lVo094": 2, "lVo096": 2, "lVo097": 1},
    ),
    (
        "lVn59",
        "en",
        "tdm_grey",
        "Resort in Vinh Long wants greywater recycling for flushing and irrigation",
        "Our resort wants to recycle shower and sink water for toilet flushing and garden irrigation, with "
        "measurable savings we can show guests; a 300-room hotel can cut potable demand by about 30 percent "
        "this way.",
        {"lVo098": 2, "lVo099": 2, "lVo100": 1},
    ),
    (
        "lVn60",
        "vi",
        "cft_linen",
        "Khách sạn ở Tiểu Cần muốn làm chương trình tái sử dụng khăn, ga",
        "Khách sạn muốn giảm nước và hóa chất giặt bằng cách để khách tự chọn dùng lại khăn, ga thay vì thay mỗi "
        "ngày. Cần tài liệu, thẻ treo cửa, thẻ gối hướng dẫn khách và cách tính mức tiết kiệm.",
        {"lVo101": 2, "lVo102": 2},
    ),
    (
        "lVn61",
        "vi",
        "vir_lotus",
        "Khách sạn ở TP Vĩnh Long muốn đạt nhãn Bông Sen Xanh",
        "Khách sạn chúng tôi muốn được cấp nhãn du lịch bền vững Bông Sen Xanh (bộ tiêu chí 81 điểm, từ 1 đến 5 "
        "bông sen). Cần hướng dẫn tiêu chí, đào tạo nhân viên, và các giải pháp tiết kiệm năng lượng, nước để "
        "đạt mức cao.",
        {"lVo103": 2, "lVo104": 1, "lVo083": 1},
    ),
    (
        "lVn62",
        "vi",
        "tn_pv",
        "Resort ở Châu Thành muốn lắp điện mặt trời áp mái",
        "Với bức xạ mặt trời trung bình 4–5 kWh/m²/ngày, resort của chúng tôi ở huyện Châu Thành (Trà Vinh) muốn "
        "lắp điện mặt trời trên mái nhà hàng, khu nhà nghỉ để tự dùng, giảm tiền điện hằng tháng. Cần khảo sát, "
        "thiết kế, lắp đặt trọn gói.",
        {"lVo089": 2},
    ),
    # --- waste sorting in hospitality ---
    (
        "lVn63",
        "en",
        "hu_foodwaste",
        "Hotel buffet in Vinh Long throws away too much food",
        "Our hotel's breakfast buffet and banquet kitchen in Vinh Long throw away a lot of food through "
        "overproduction, trimming and plate waste. We want a system that measures what is discarded and why, "
        "so chefs can cut food waste by around half, as other operators report, and lower food cost.",
        {"lVo112": 2, "lVo113": 2, "lVo114": 2, "lVo107": 1, "lVo110": 1},
    ),
    (
        "lVn64",
        "en",
        "hn_smartscale",
        "Buffet restaurant in Tra Vinh wants to weigh and track food waste",
        "Our buffet restaurant in Tra Vinh city wants scales, possibly with cameras, that weigh and categorise "
        "discarded food by meal period and component (meat, vegetables, trimmings) with its cost, giving the "
        "chefs data to reduce waste; food waste should be kept separate from packaging waste.",
        {"lVo112": 2, "lVo113": 2, "lVo114": 2, "lVo108": 1},
    ),
    (
        "lVn65",
        "vi",
        "doc_ntbep",
        "Nhà hàng ở Vĩnh Long cần tổ chức chứa và phân loại rác",
        "Rác từ bếp và thức ăn thừa của nhà hàng dễ thối rữa, có mùi khi chờ thu gom; ngoài ra còn dầu mỡ, bìa "
        "giấy, lon, chai nhựa, chai thủy tinh. Chúng tôi cần thùng chứa phân loại, quy trình và người hướng dẫn "
        "để giảm rác, tái chế phần có thể và giữ vệ sinh nhà hàng.",
        {"lVo109": 2, "lVo107": 2, "lVo126": 1, "lVo127": 1, "lVo116": 1},
    ),
    (
        "lVn66",
        "vi",
        "vnx_dauan",
        "Quan chien o Vung Liem thai nhieu dau an, can noi thu gom",
        "quan minh o Vung Liem chuyen do chien, moi ngay thai ra 20-30 lit dau an cu. truoc gio co nguoi mua lai "
        "de chien tiep hoac do xuong cong, nghe noi 1 lit dau thai lam o nhiem ca trieu lit nuoc. muon tim don "
        "vi thu gom dau an da qua su dung dinh ky de tai che.",
        {"lVo116": 2, "lVo117": 2, "lVo118": 2, "lVo115": 1, "lVo010": 1},
    ),
    (
        "lVn67",
        "en",
        "altw_plastic",
        "Hotel wants to cut single-use plastic in guest rooms",
        "Our hotel in Tra Vinh city hands out plastic toiletry bottles, shower caps, toothbrushes, laundry bags "
        "and bottled water in every room. We want practical replacements: refillable toiletries, better minibar "
        "options and ways to measure and communicate the reduction to guests.",
        {"lVo123": 2, "lVo124": 2, "lVo125": 2, "lVo164": 1},
    ),
    (
        "lVn68",
        "en",
        "costar_water",
        "Beach resort wants to stop selling plastic water bottles",
        "Our resort at Ba Dong beach wants to replace bottled water with filtered water stations in the lobby "
        "and meeting rooms and reusable bottles for guests, as one hotel did to avoid about a million plastic "
        "bottles in three years.",
        {"lVo125": 2, "lVo137": 2, "lVo136": 1},
    ),
    (
        "lVn69",
        "en",
        "vnvn_ytsort",
        "District hospital must sort medical waste at source by colour code",
        "Under the 2020 environmental protection law and Circular 20/2021 our district hospital in Tra Vinh "
        "must sort waste where it arises: yellow for infectious and sharps, black for hazardous non-infectious, "
        "green for ordinary solid waste and white for recyclables, and bring infectious waste to storage at "
        "least once a day. We need suitable bins and guidance.",
        {"lVo122": 2, "lVo135": 1, "lVo109": 1},
    ),
    (
        "lVn70",
        "vi",
        "tlr_fastfood",
        "Chuỗi cửa hàng ăn nhanh ở Vĩnh Long muốn tái chế rác nhựa, giấy",
        "Chất thải của cửa hàng ăn nhanh chủ yếu là thức ăn thừa, nhựa và giấy. Chuỗi cửa hàng của chúng tôi ở "
        "Vĩnh Long muốn khảo sát lượng và thành phần rác từng cửa hàng, rồi tổ chức phân loại, bán phần tái chế "
        "được cho đơn vị thu mua thay vì bỏ chung.",
        {"lVo108": 2, "lVo126": 2, "lVo127": 2, "lVo109": 1, "lVo107": 1},
    ),
    (
        "lVn71",
        "vi",
        "mtnt_bsf",
        "Bếp ăn ở Trà Cú muốn giao rác hữu cơ cho mô hình nuôi ruồi lính đen",
        "Bếp ăn nội trú và các quán ăn ở Trà Cú thải nhiều rau củ, thức ăn thừa. Chúng tôi biết ấu trùng ruồi "
        "lính đen mỗi con ăn 25–500 mg thức ăn/ngày, không mang mầm bệnh như ruồi nhà, nên muốn tìm hợp tác "
        "xã hoặc đơn vị nhận rác hữu cơ để nuôi, hoặc được hướng dẫn tự nuôi.",
        {"lVo119": 2, "lVo120": 2, "lVo121": 2},
    ),
    (
        "lVn72",
        "en",
        "cardoza_kw",
        "Hospital canteen wants on-site treatment of kitchen waste",
        "The canteen of our hospital in Vinh Long produces kitchen waste and waste oil every day. Landfilling "
        "mixed waste is no longer acceptable; we want to sort it and treat the food waste on site by "
        "biodegradation or composting, with the oil collected separately.",
        {"lVo110": 2, "lVo111": 2, "lVo117": 1, "lVo118": 1, "lVo116": 1},
    ),
    (
        "lVn73",
        "vi",
        "grac_plrtn",
        "Trường THCS ở Vũng Liêm muốn phân loại rác tại nguồn",
        "Theo Luật Bảo vệ môi trường 2020, rác được chia thành rác tái chế, rác thực phẩm, rác còn lại, rác cồng "
        "kềnh và rác nguy hại. Trường chúng tôi ở Vũng Liêm muốn trang bị thùng, điểm thu gom rác tái chế và "
        "hướng dẫn học sinh phân loại đúng.",
        {"lVo109": 2, "lVo128": 2, "lVo126": 1, "lVo127": 1},
    ),
    (
        "lVn74",
        "vi",
        "doc_ctryt",
        "Trung tâm y tế huyện cần xử lý chất thải rắn y tế lây nhiễm",
        "Khảo sát ở một số bệnh viện đa khoa tỉnh cho thấy công tác phân loại, thu gom, xử lý chất thải rắn y tế "
        "còn nhiều hạn chế. Trung tâm y tế huyện của chúng tôi ở Trà Vinh cần giải pháp xử lý chất thải lây "
        "nhiễm tại chỗ (lò đốt hoặc công nghệ không đốt) và rà soát lại khâu phân loại.",
        {"lVo133": 2, "lVo134": 2, "lVo135": 2, "lVo122": 1},
    ),
    (
        "lVn75",
        "en",
        "theleader_mg",
        "Hotel in Tra Vinh wants a buyer for its sorted recyclables",
        "Our hotel already separates cardboard, cans and plastic bottles, but informal collectors come "
        "irregularly. We want an app or service that books collection of sorted recyclables, pays or gives "
        "points by weight and sends them to proper recycling plants.",
        {"lVo126": 2, "lVo127": 2, "lVo128": 1},
    ),
    (
        "lVn76",
        "vi",
        "znews_refill",
        "Khách sạn ở TP Trà Vinh muốn dùng bình dầu gội refill nhưng lo vệ sinh",
        "Chúng tôi muốn bỏ chai dầu gội, sữa tắm mini để giảm rác nhựa nhưng đọc thấy một khảo sát ở Đức: 70,2% "
        "bình bơm châm thêm trong phòng khách sạn bị nhiễm màng vi khuẩn. Cần loại bình gắn tường có khóa, chống "
        "mở, hoặc dùng hộp nạp thay thế, kèm cách vệ sinh đúng.",
        {"lVo123": 2, "lVo124": 2, "lVo125": 1},
    ),
]
