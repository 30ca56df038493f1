"""Needs of the holdout134 labelled set, with their judged offers.

NEEDS rows: (id, language, source key, title, description, {offer id: grade}). Grade 2 = would solve the need,
1 = partly relevant or an adjacent step; offers not listed are not relevant. Each need paraphrases the public page
under its source key; pages about other places are re-set in Trà Vinh / Vĩnh Long (the merged province now also
covers former Bến Tre). Six Vietnamese needs are typed without accents, as on a phone.
"""

NEEDS = [
    # --- overhead cranes, controls, runways, used cranes ---
    (
        "nFn01",
        "vi",
        "insp_vi_kd6",
        "Cần lắp cầu trục 5 tấn cho xưởng kết cấu thép ở KCN Long Đức",
        "Xưởng chế tạo kết cấu thép của chúng tôi ở KCN Long Đức (TP Trà Vinh) vẫn bốc dỡ dầm, tôn bằng xe cẩu thuê. Nhà xưởng "
        "khẩu độ khoảng 18 m, cần một cầu trục chạy điện sức nâng 5 tấn, chưa biết nên chọn dầm đơn hay dầm kép, kiểu tựa "
        "ray hay kiểu treo. Cần đơn vị tư vấn, chế tạo, lắp đặt trọn gói.",
        {"nFo001": 2, "nFo002": 2, "nFo003": 2, "nFo004": 1, "nFo086": 1, "nFo037": 1},
    ),
    (
        "nFn02",
        "en",
        "crane_en_miweb",
        "Bridge crane for a low-roof marine engine workshop in Duyên Hải",
        "Our marine engine repair shop in Duyên Hải town lifts engines and gearboxes of fishing boats with chain blocks "
        "hung from the roof truss. We want a bridge crane with an electric hoist, probably a single girder rated up to "
        "10 t, but the roof is low and we fear losing hook height. We need someone to measure the building and propose a "
        "low-headroom design.",
        {"nFo004": 2, "nFo003": 2, "nFo001": 1, "nFo002": 1},
    ),
    (
        "nFn03",
        "vi",
        "need_vi_truyendong",
        "Cải tạo tủ điện cầu trục 10 tấn sang biến tần và điều khiển từ xa",
        "Nhà máy chế biến gỗ ở KCN Hòa Phú (Long Hồ, Vĩnh Long) có cầu trục 10 tấn dùng khởi động từ và tay bấm treo, khởi "
        "động giật làm hộp số và phanh nhanh hỏng. Chúng tôi muốn cải tạo hệ truyền động điện sang biến tần để nâng hạ êm, "
        "đồng thời thay tay bấm bằng tay điều khiển từ xa. Cần đơn vị thiết kế, thi công tủ điện.",
        {"nFo005": 2, "nFo006": 2, "nFo009": 1, "nFo007": 1, "nFo008": 1},
    ),
    (
        "nFn04",
        "en",
        "ctrl_en_1lib",
        "Replace pendant control with radio remote on two overhead cranes",
        "At our fertiliser bagging plant in Bình Minh the two overhead cranes are run from pendants that hang on the "
        "hoist, so the operator has to walk under and beside the load. We want radio remote control with a deadman "
        "function, keeping a pendant on its own track as a back-up, and want to switch between the two.",
        {"nFo007": 2, "nFo008": 2, "nFo009": 2, "nFo006": 1},
    ),
    (
        "nFn05",
        "en",
        "rail_en_carrasquillo",
        "Crane wheels and rails wearing out fast at a steel service centre",
        "Our steel processing shop in Long Hồ has replaced the wheels of its 15 t overhead crane twice in four years and "
        "the rail heads show unusual side wear. We need the crane rails and runway measured, the cause of the wear found "
        "and a correction plan, plus an estimate of how long the rails will last.",
        {"nFo010": 2, "nFo011": 2, "nFo012": 2, "nFo013": 1},
    ),
    (
        "nFn06",
        "vi",
        "used_en_hoistuk2",
        "Muốn mua cầu trục 10 tấn đã qua sử dụng cho xưởng đóng ghe ở Cầu Kè",
        "Xưởng đóng và sửa ghe của chúng tôi ở Cầu Kè định mua lại một cầu trục 10 tấn cũ của nhà máy giải thể. Cầu trục không "
        "có đồng hồ giờ chạy như xe, không rõ đã làm việc nặng hay nhẹ, sợ mua phải cầu trục ghép từ nhiều đời máy. Cần người "
        "có chuyên môn đánh giá độc lập trước khi xuống tiền.",
        {"nFo014": 2, "nFo015": 1, "nFo086": 1, "nFo085": 1},
    ),
    (
        "nFn07",
        "en",
        "used_en_cranecare",
        "Two old wire-rope hoists came with the rice warehouse we bought",
        "We bought a rice warehouse in Trà Ôn that came with two old wire-rope hoists on runway beams, probably well over "
        "ten years old, and spare parts look hard to find. Before using them for 50 kg bag pallets we need them assessed, "
        "overhauled if worthwhile, or replaced.",
        {"nFo016": 2, "nFo036": 2, "nFo014": 1, "nFo038": 1},
    ),
    (
        "nFn08",
        "vi",
        "hoist_en_wikisum",
        "Cần mua pa lăng xích 1–2 tấn cho xưởng sửa máy nông nghiệp ở Càng Long",
        "Xưởng sửa máy cày, máy gặt của chúng tôi ở Càng Long cần nâng động cơ, hộp số nặng 300 kg đến 1,5 tấn. Điện ở xưởng "
        "hay chập chờn nên muốn loại pa lăng xích kéo tay treo móc, cộng thêm một pa lăng xích điện cho việc thường xuyên. Cần "
        "nơi bán, tư vấn chọn tải và giá.",
        {"nFo035": 2, "nFo034": 2, "nFo041": 1},
    ),
    (
        "nFn09",
        "en",
        "hoist_en_loadhook",
        "Which hoist duty class for a high-cycle coconut packing line?",
        "Our coconut product factory in Châu Thành (Trà Vinh) will hang an electric hoist over the packing line to lift "
        "1 t bins about 40 times an hour over two shifts. The supplier offers a cheaper hoist meant for light workshops. "
        "We need help to choose the right duty class and running-time rating so the hoist does not wear out early.",
        {"nFo041": 2, "nFo039": 1, "nFo038": 1, "nFo034": 1},
    ),
    (
        "nFn10",
        "vi",
        "hoist_en_chester",
        "Lập kế hoạch kiểm tra, bảo dưỡng cho 6 pa lăng điện",
        "Nhà máy thức ăn thủy sản của chúng tôi ở KCN Long Đức có 6 pa lăng điện (4 xích, 2 cáp). Hiện chỉ sửa khi hỏng. Cần "
        "lập quy trình kiểm tra hằng ngày (phanh, xích, móc, chốt móc) và kiểm tra kỹ hằng năm (mòn puli, giãn xích, nứt móc), "
        "có sổ ghi chép ký tên, và đơn vị thực hiện bảo dưỡng định kỳ.",
        {"nFo036": 2, "nFo038": 2, "nFo039": 2, "nFo040": 1, "nFo037": 1, "nFo100": 1, "nFo157": 1},
    ),
    (
        "nFn11",
        "en",
        "hoist_en_reese",
        "Hoists idle for the off-season need checking before the cane crush",
        "Our sugar mill in Trà Vinh stops for about six months each year, and the electric hoists in the mill house stand "
        "idle. Before restarting we need the hoists inspected (brakes, pawls, load chain and rope, end connections, hooks, "
        "supporting trolley), lubricated and, where needed, repaired with identical rated parts.",
        {"nFo039": 2, "nFo038": 2, "nFo036": 2, "nFo086": 1, "nFo037": 1},
    ),
    # --- jib and workstation cranes ---
    (
        "nFn12",
        "en",
        "jib_en_jinrui",
        "Small jib crane to lift feed sacks onto a mixer",
        "At our feed mill in Vũng Liêm, two workers lift 40 to 50 kg sacks onto a mixer hopper about 200 times per shift. "
        "We want a column-mounted or wall-mounted jib crane with a small hoist so one worker can do it without strain, "
        "with clear operating rules (no dragging loads, no standing under them).",
        {"nFo030": 2, "nFo031": 2, "nFo032": 2, "nFo033": 2, "nFo035": 1},
    ),
    (
        "nFn13",
        "vi",
        "jib_en_ohl",
        "Cần trục xoay nhỏ cho máy tiện, không muốn đục nền đổ móng",
        "Xưởng cơ khí ở Mang Thít cần một cần trục xoay khoảng 250 kg để đưa phôi lên máy tiện. Nền xưởng mới láng, không "
        "muốn đục lên đổ móng bê tông. Cần loại cần trục đứng không cần móng hoặc kết cấu nhẹ bằng nhôm.",
        {"nFo032": 2, "nFo030": 1, "nFo031": 1, "nFo033": 1},
    ),
    # --- gantry cranes, ports, mobile cranes ---
    (
        "nFn14",
        "en",
        "rtg_en_wisegeek",
        "Stacking cranes for a new container depot near Định An",
        "We are planning an inland container depot near the Định An port area in Trà Cú. Containers will arrive by barge "
        "and truck and must be stacked several high and moved between blocks. We need mobile yard gantry cranes on rubber "
        "tyres, and advice on diesel versus electric versions.",
        {"nFo021": 2, "nFo022": 2, "nFo023": 1},
    ),
    (
        "nFn15",
        "vi",
        "port_vi_viethuynhgia",
        "Cảng sông ở Trà Cú cần cẩu bờ xếp dỡ container và hàng bao từ sà lan",
        "Cảng sông của chúng tôi ở Trà Cú nhận sà lan chở container và hàng bao lên bãi rồi chuyển sang xe tải. Cần tư vấn chọn "
        "cẩu bờ phù hợp, hoặc thuê dịch vụ cẩu có người lái để làm hàng theo lịch tàu trong khi chờ đầu tư thiết bị riêng.",
        {"nFo023": 2, "nFo024": 2, "nFo021": 1, "nFo022": 1, "nFo026": 1},
    ),
    (
        "nFn16",
        "vi",
        "rtg_en_scribd",
        "Can di doi 2 cau khung RTG sang bai moi",
        "Cang chung toi o Dinh An co 2 cau khung banh lop RTG xep container 5 tang, can chuyen sang bai moi ben kia song, "
        "duong bo khong di duoc. Can don vi van chuyen thiet bi sieu truong sieu trong bang sa lan, lo tron goi chang buoc.",
        {"nFo025": 2, "nFo028": 1},
    ),
    (
        "nFn17",
        "en",
        "truckcrane_vi_mkt",
        "Hire a truck-mounted crane with a qualified driver for a rice mill move",
        "Our rice mill in Tam Bình (Vĩnh Long) is moving a husker, a polisher and a dryer fan to a new building about "
        "3 km away. We want to hire a truck with a loader crane that can lift and carry the machines itself, with a "
        "licensed, trained crane driver and a banksman who agree signals.",
        {"nFo028": 2, "nFo029": 1},
    ),
    # --- forklifts and batteries ---
    (
        "nFn18",
        "vi",
        "batt_en_thebatterytips",
        "Ắc quy xe nâng điện 2,5 tấn không chạy hết ca",
        "Kho phân bón của chúng tôi ở Trà Ôn có xe nâng điện ngồi lái 2,5 tấn, ắc quy 48 V đã dùng gần 4 năm, sạc đầy mà chạy "
        "nửa ca là yếu. Cần đơn vị kiểm tra, phục hồi nếu còn được hoặc thay bình mới đúng điện áp, dung lượng, kèm bộ sạc.",
        {"nFo044": 2, "nFo045": 2, "nFo046": 2, "nFo051": 2, "nFo047": 1, "nFo048": 1, "nFo053": 1},
    ),
    (
        "nFn19",
        "en",
        "fl_vi_interlift",
        "Convert three electric forklifts from lead-acid to lithium",
        "Our seafood cold store in Duyên Hải runs three electric counterbalance forklifts on two shifts and swaps heavy "
        "lead-acid batteries mid-shift. We want to move to lithium batteries that can be topped up during breaks, and need "
        "a supplier to size the packs, check counterweight and stability, and supply chargers.",
        {"nFo049": 2, "nFo050": 2, "nFo052": 2, "nFo045": 2, "nFo051": 1, "nFo053": 1, "nFo058": 1},
    ),
    (
        "nFn20",
        "vi",
        "batt_en_rigolift",
        "Xe nang dien sac qua dem van yeu, can huong dan sac",
        "Vua trai cay cua toi o Cau Ke co 2 xe nang dien dung ac quy chi axit, sac qua dem ma sang chay chua toi trua da yeu. "
        "Toi nghe noi sac sai cach lam hu binh, can nguoi chi cach sac, cham nuoc va bao duong binh cho dung.",
        {"nFo047": 2, "nFo048": 2, "nFo053": 1, "nFo050": 1},
    ),
    (
        "nFn21",
        "en",
        "batt_en_symbo",
        "Charging and watering routine for a fleet of 12 electric forklifts",
        "Our beverage distribution depot in Vĩnh Long city runs 12 electric forklifts on lead-acid batteries. Batteries die "
        "early, terminals corrode and staff charge whenever they like. We need a charging-room routine, regular watering "
        "with distilled water and a service partner to maintain the batteries.",
        {"nFo053": 2, "nFo048": 2, "nFo047": 1, "nFo050": 1},
    ),
    (
        "nFn22",
        "vi",
        "fl_vi_dienvsdau",
        "Chọn xe nâng điện hay xe nâng dầu cho kho gạo ở Vĩnh Long",
        "Công ty lương thực ở TP Vĩnh Long cần mua 2 xe nâng 2,5–3 tấn cho kho gạo: xếp bao lên kệ trong kho kín và thỉnh thoảng "
        "ra bãi bốc hàng lên xe tải. Phân vân giữa xe nâng điện ngồi lái và xe nâng dầu về công suất, chi phí nhiên liệu, bảo "
        "trì và khói thải trong kho.",
        {"nFo057": 2, "nFo058": 2, "nFo060": 2, "nFo059": 1, "nFo049": 1},
    ),
    (
        "nFn23",
        "en",
        "fl_vi_loai",
        "Emission-free forklift for a frozen shrimp cold store",
        "Our shrimp processing plant in Long Toàn (Duyên Hải) needs a 1.5 to 2.5 t forklift for the cold store and the "
        "indoor packing hall. Diesel exhaust is not acceptable around food. We are looking for an electric forklift "
        "supplier who can explain running costs against our old diesel truck.",
        {"nFo058": 2, "nFo060": 2, "nFo057": 2, "nFo052": 1, "nFo050": 1},
    ),
    (
        "nFn24",
        "vi",
        "fl_vi_hangcha_bd",
        "Lập lịch bảo dưỡng cho 4 xe nâng dầu 3 tấn ở cảng Bình Minh",
        "Công ty xếp dỡ ở cảng Bình Minh có 4 xe nâng dầu 3 tấn chạy liên tục, mới hỏng bơm thủy lực vì châm nhầm dầu. Cần đơn "
        "vị lập lịch bảo dưỡng định kỳ theo giờ máy (nhớt, lọc, dầu thủy lực, xích nâng) và thực hiện bảo dưỡng tại bãi.",
        {"nFo063": 2, "nFo064": 2, "nFo054": 2, "nFo055": 1, "nFo065": 1},
    ),
    (
        "nFn25",
        "en",
        "fl_en_eutruck",
        "Planned maintenance provider for six diesel forklifts",
        "Our feed mill in Long Hồ has six diesel forklifts and one in-house mechanic who handles daily checks and small "
        "fixes. Breakdowns in the night shift keep stopping loading. We want a planned maintenance contract by operating "
        "hours with a service provider who can also diagnose faults our mechanic cannot.",
        {"nFo054": 2, "nFo055": 2, "nFo063": 2, "nFo064": 1},
    ),
    (
        "nFn26",
        "vi",
        "dis_vi_pallet",
        "Can xe nang tay va ban nang cho cua hang vat tu nong nghiep",
        "Cua hang vat tu nong nghiep cua toi o Tieu Can nhan phan bon, thuoc tren pallet go, can 1 xe nang tay keo pallet trong "
        "kho va 1 ban nang thuy luc de nang bao len ngang mat ban dong goi. Can bao gia va tu van kich thuoc cang hop pallet.",
        {"nFo062": 2, "nFo061": 2, "nFo060": 1},
    ),
    # --- forklift and pedestrian safety ---
    (
        "nFn27",
        "en",
        "fl_en_mhe",
        "Keep pedestrians and forklifts apart in a busy fertiliser warehouse",
        "In our fertiliser warehouse in Trà Vinh city, forklifts and workers on foot share narrow aisles and the loading "
        "dock; horns are lost in the noise. We want sensors, warning lights or alarms that alert both the driver and the "
        "pedestrian before a collision.",
        {"nFo066": 2, "nFo067": 2, "nFo068": 2, "nFo069": 2, "nFo070": 1, "nFo132": 1},
    ),
    (
        "nFn28",
        "vi",
        "fl_en_iosc",
        "Lắp đèn chiếu sàn cảnh báo cho xe nâng trong kho hàng",
        "Kho hàng tiêu dùng của chúng tôi ở TP Vĩnh Long có nhiều góc khuất ở đầu dãy kệ, công nhân đã quen tai với còi lùi và "
        "đèn chớp nên không để ý. Muốn lắp đèn xanh chiếu xuống sàn phía trước, sau xe nâng hoặc vạch đèn đỏ quanh xe, có thể "
        "thêm thiết bị cảnh báo khi người đi bộ đến gần.",
        {"nFo066": 2, "nFo067": 2, "nFo068": 2, "nFo069": 2, "nFo070": 1},
    ),
    (
        "nFn29",
        "vi",
        "acc_vi_niosh28",
        "Giảm nguy cơ lật xe nâng ở bãi container gồ ghề",
        "Bãi container của chúng tôi gần cảng Định An mặt nền gồ ghề; tuần trước một xe nâng cua gấp, phanh đột ngột suýt lật. "
        "Cần đơn vị phân tích nguyên nhân lật xe, đưa giải pháp phòng ngừa và hướng dẫn lái xe xử lý khi xe mất cân bằng.",
        {"nFo131": 2, "nFo132": 2, "nFo133": 1, "nFo134": 1, "nFo127": 1, "nFo119": 1},
    ),
    # --- passenger and goods lifts ---
    (
        "nFn30",
        "vi",
        "lift_en_comwinning",
        "Lắp thang máy tải hàng 1 tấn cho xưởng kẹo dừa 3 tầng",
        "Cơ sở sản xuất kẹo dừa ở Mỏ Cày (nay thuộc tỉnh Vĩnh Long) có nhà xưởng 3 tầng, đang khiêng nguyên liệu và thùng thành "
        "phẩm bằng tay qua cầu thang. Cần lắp thang máy chở hàng khoảng 1.000 kg, cabin chắc, cửa rộng cho xe đẩy.",
        {"nFo071": 2, "nFo072": 2, "nFo073": 2, "nFo074": 2, "nFo075": 1},
    ),
    (
        "nFn31",
        "en",
        "lift_en_sheridan",
        "Goods lift for a leased building without digging a pit",
        "We distribute spare parts from a rented two-storey building in Vĩnh Long city and carry boxes up to the "
        "mezzanine by hand. The landlord will not allow a lift pit, and we may move in a few years. We need a goods lift "
        "for about 300 to 500 kg that can be removed and reinstalled.",
        {"nFo075": 2, "nFo074": 1, "nFo073": 1, "nFo071": 1},
    ),
    (
        "nFn32",
        "vi",
        "lift_vi_plo",
        "Thang máy khách sạn 15 năm tuổi hay hỏng, cần cải tạo",
        "Khách sạn của chúng tôi ở TP Trà Vinh có 2 thang máy chở khách lắp năm 2010, hay kẹt cửa, dừng lệch tầng, linh kiện "
        "khó mua. Chủ đầu tư cân nhắc hiện đại hóa (thay tủ điều khiển, động cơ, cửa) thay vì thay mới toàn bộ, và cần kiểm "
        "định lại sau cải tạo.",
        {"nFo082": 2, "nFo083": 2, "nFo084": 2, "nFo076": 1, "nFo089": 1},
    ),
    (
        "nFn33",
        "en",
        "lift_en_ewmod",
        "Modernise or replace a 22-year-old hospital lift?",
        "The bed lift of our district hospital in Cầu Ngang was installed 22 years ago. Breakdowns are frequent, ride "
        "quality is poor and it no longer meets current safety rules. We need an assessment and a modernisation proposal "
        "with scope, timing and budget.",
        {"nFo082": 2, "nFo083": 2, "nFo084": 2, "nFo081": 1},
    ),
    (
        "nFn34",
        "vi",
        "lift_vi_truongthanh",
        "Thang may chung cu hay cup dien, can bo cuu ho tu dong",
        "Chung cu cua chung toi o TP Vinh Long hay bi cat dien luan phien, da co lan nguoi bi ket trong thang may gan 30 phut. "
        "Can lap bo cuu ho tu dong dua cabin ve tang gan nhat mo cua khi mat dien va huong dan bao ve cach cuu ho.",
        {"nFo079": 2, "nFo080": 2, "nFo081": 2},
    ),
    (
        "nFn35",
        "en",
        "lift_vi_hora",
        "Lift rescue device did not work during a power cut",
        "During a power cut at our office building in Trà Vinh city the lift stopped between floors and the rescue unit "
        "did not bring it down; staff waited for a technician. We need the rescue device checked or replaced and a manual "
        "rescue procedure for our security guards.",
        {"nFo081": 2, "nFo079": 2, "nFo080": 2},
    ),
    (
        "nFn36",
        "vi",
        "lift_vi_hexa",
        "Cần ký hợp đồng bảo trì cho 2 thang máy văn phòng",
        "Trụ sở công ty chúng tôi ở Vũng Liêm có 2 thang máy đã hết bảo hành, thời gian gần đây chạy ồn, dừng không êm, có lúc "
        "cửa kẹt. Cần đơn vị ký hợp đồng bảo trì định kỳ hằng tháng, báo rõ phần vật tư thay thế.",
        {"nFo076": 2, "nFo077": 2, "nFo078": 2},
    ),
    (
        "nFn37",
        "en",
        "lift_vi_gde",
        "Maintenance contract for a resort lift after warranty",
        "Our beach resort at Ba Động (Duyên Hải) has one passenger lift whose 18-month warranty has ended. Salt air is hard "
        "on equipment. We want a periodic maintenance contract, monthly or every two months, possibly with a company other "
        "than the installer.",
        {"nFo076": 2, "nFo077": 2, "nFo078": 2},
    ),
    (
        "nFn38",
        "vi",
        "lift_vi_giahuy",
        "Thang máy mới lắp ở trường học cần kiểm định lần đầu",
        "Trường THPT ở Càng Long vừa lắp thang máy cho học sinh khuyết tật và giáo viên. Trước khi đưa vào sử dụng cần đơn vị "
        "có chức năng kiểm định kỹ thuật an toàn lần đầu, cấp giấy chứng nhận và dán tem.",
        {"nFo088": 2, "nFo089": 2, "nFo090": 2},
    ),
    (
        "nFn39",
        "en",
        "lift_vi_itek",
        "Overdue lift inspection at a supermarket",
        "The goods lift and passenger lift in our supermarket in Vĩnh Long city are past their periodic safety inspection "
        "date and we worry about fines. We need an accredited inspection body to inspect both lifts to national technical "
        "regulations and issue certificates.",
        {"nFo088": 2, "nFo089": 2, "nFo090": 2, "nFo097": 1, "nFo098": 1},
    ),
    # --- inspection and load testing ---
    (
        "nFn40",
        "vi",
        "insp_vi_vietmy",
        "Kiểm định định kỳ 3 cầu trục và 1 cổng trục",
        "Nhà máy bê tông đúc sẵn ở KCN Hòa Phú có 3 cầu trục 5–10 tấn và 1 cổng trục 20 tấn ngoài bãi sắp hết hạn kiểm định. Cần "
        "đơn vị kiểm định có chức năng thực hiện kiểm định định kỳ, thử tải và dán tem, báo chi phí.",
        {"nFo086": 2, "nFo087": 2, "nFo085": 2, "nFo094": 1, "nFo096": 1},
    ),
    (
        "nFn41",
        "en",
        "insp_en_winenfood",
        "Load test and certificate after repairing a crane girder",
        "At our shipyard in Cầu Kè, a crack in the girder of a 20 t overhead crane has been welded and reinforced. Before "
        "we use it again we need a proper load test with certified weights, before-and-after inspection and a load test "
        "certificate that an inspector will accept.",
        {"nFo094": 2, "nFo096": 2, "nFo085": 2, "nFo095": 1},
    ),
    (
        "nFn42",
        "en",
        "insp_en_wac",
        "Annual proof load test of a wharf derrick crane",
        "Our river wharf on the Cổ Chiên in Vĩnh Long uses an old derrick crane of about 15 t to unload steel from barges. "
        "We need its annual proof load test at the rated boom angles, with certified test weights or a calibrated "
        "dynamometer, and a written test certificate.",
        {"nFo095": 2, "nFo094": 1, "nFo096": 1, "nFo085": 1, "nFo103": 1},
    ),
    (
        "nFn43",
        "vi",
        "insp_vi_qt23",
        "Kiem dinh 5 xe nang hang het han",
        "Cong ty chung toi o KCN Long Duc co 5 xe nang hang 2,5–5 tan da het han kiem dinh. Can trung tam kiem dinh den tan noi "
        "kiem tra ho so, thu khong tai, thu tai va cap bien ban, tem kiem dinh.",
        {"nFo091": 2, "nFo092": 2, "nFo093": 2},
    ),
    (
        "nFn44",
        "en",
        "insp_vi_xenang_kdtp",
        "Safety inspection for a newly bought 3.5 t forklift",
        "We have just bought a 3.5 t diesel counterbalance forklift for our brick yard in Vĩnh Long. Before putting it to "
        "work we need the first technical safety inspection required in Vietnam, and want to know the schedule for later "
        "periodic inspections.",
        {"nFo091": 2, "nFo092": 2, "nFo093": 2},
    ),
    (
        "nFn45",
        "en",
        "loler_en_kenzsa",
        "Thorough examination of lifting gear after a flood",
        "The autumn flood reached our workshop in Tam Bình and covered hoists, chain blocks, slings and a small jib crane "
        "in muddy water for two days. Before using them again we need a competent person to thoroughly examine all lifting "
        "equipment and accessories and give a written report of defects.",
        {"nFo097": 2, "nFo098": 2, "nFo111": 1, "nFo086": 1, "nFo099": 1},
    ),
    (
        "nFn46",
        "vi",
        "sling_en_slingshot",
        "Kiểm tra định kỳ cáp vải, cáp thép, móc, ma ní của đội bốc xếp",
        "Đội bốc xếp ở cảng Trà Vinh dùng hàng chục dây cáp vải, cáp thép và ma ní, nhiều sợi đã mất nhãn tải trọng, có chỗ sờn "
        "rách, cháy xém. Cần đơn vị kiểm tra định kỳ, loại bỏ dây hỏng và lập sổ theo dõi từng dây.",
        {"nFo111": 2, "nFo113": 2, "nFo098": 2, "nFo100": 1, "nFo104": 1},
    ),
    (
        "nFn47",
        "en",
        "hook_en_rigtop",
        "Crane hooks look opened and worn",
        "At our steel yard in Bình Minh, the hooks of two overhead cranes seem to have opened up and the saddle where the "
        "slings sit is worn. We need someone to measure them against discard criteria and supply replacement hooks with "
        "safety latches.",
        {"nFo100": 2, "nFo101": 2, "nFo102": 2},
    ),
    (
        "nFn48",
        "vi",
        "hook_en_changjiang",
        "Móc cẩu xe cẩu bị mòn, cần tiêu chuẩn loại bỏ và thay móc",
        "Xe cẩu bánh lốp của công ty xây dựng ở Trà Vinh có móc cẩu mòn rãnh, độ mở miệng móc có vẻ lớn hơn ban đầu. Cần biết tiêu "
        "chuẩn loại bỏ móc (mòn bao nhiêu phần trăm, độ mở, độ xoắn) và nơi cung cấp móc thay thế.",
        {"nFo100": 2, "nFo102": 2, "nFo101": 1, "nFo037": 1},
    ),
    # --- slings, chains, wire rope ---
    (
        "nFn49",
        "vi",
        "sling_en_mazzella",
        "Mua cáp vải cẩu hàng 5 tấn cho xưởng đúc cấu kiện bê tông",
        "Xưởng đúc cống, cột điện bê tông ở Long Hồ cần mua khoảng 20 sợi cáp vải cẩu hàng 3–5 tấn, dài 4–6 m, loại bản dẹt và "
        "cáp tròn, có nhãn tải trọng rõ ràng và hệ số an toàn cao vì cạnh bê tông sắc.",
        {"nFo104": 2, "nFo105": 2, "nFo106": 2, "nFo109": 1, "nFo110": 1},
    ),
    (
        "nFn50",
        "en",
        "sling_en_safetymanual",
        "Daily sling inspection routine for our lifting crew",
        "Our logistics company at the Vĩnh Long river port has no routine for checking slings before use; damaged slings "
        "are knotted and reused. We want a daily pre-use inspection procedure, training for the crew and clear removal "
        "criteria.",
        {"nFo110": 2, "nFo111": 2, "nFo112": 2, "nFo113": 2, "nFo109": 1},
    ),
    (
        "nFn51",
        "vi",
        "chain_en_haosail",
        "Can day xich cau hop kim chiu nhiet cho xuong ren",
        "Xuong ren va do khuon o Binh Minh can day xich cau 2 nhanh de nang phoi con nong khoang 300–400 do C, tai 2 tan. Can "
        "xich hop kim cap 80 hoac 100 co moc, vong treo, tem tai trong va bang giam tai khi nong.",
        {"nFo114": 2, "nFo115": 2, "nFo106": 1},
    ),
    (
        "nFn52",
        "en",
        "chain_en_ideal",
        "Lifting chains that survive salt air at a coastal boatyard",
        "Our boatyard near the sea in Duyên Hải lifts engines and hull sections with chain slings that rust within a "
        "year. We need alloy chain slings and fittings rated for overhead lifting that resist salt spray, and guidance on "
        "inspection.",
        {"nFo116": 2, "nFo114": 2, "nFo115": 1},
    ),
    (
        "nFn53",
        "vi",
        "rope_vi_hocnhatngu",
        "Chọn cáp thép cho tời kéo ghe lên ụ ở Tiểu Cần",
        "Cơ sở sửa chữa ghe tàu ở Tiểu Cần dùng tời điện kéo ghe 30–50 tấn lên ụ, cáp cũ hay bung sợi, xoắn khi chùng. Cần tư "
        "vấn chọn cáp thép đúng loại (bện xuôi hay bện ngược, lõi bố hay lõi thép, đường kính) và nơi cung cấp cáp đạt tiêu chuẩn.",
        {"nFo107": 2, "nFo108": 2, "nFo042": 1, "nFo043": 1},
    ),
    (
        "nFn54",
        "en",
        "rope_vi_bulongalpha",
        "Replacement wire rope for a builders' material hoist",
        "Our construction company in Trà Vinh city runs a cage material hoist on a six-storey building. The hoist rope "
        "shows broken wires and kinks. We need the right non-rotating wire rope for the multi-layer drum and a supplier "
        "who can advise on diameter and standards.",
        {"nFo043": 2, "nFo042": 2, "nFo107": 1, "nFo113": 1},
    ),
    (
        "nFn55",
        "vi",
        "sling_vi_goc",
        "Hướng dẫn công nhân buộc tải và chọn góc cáp khi cẩu",
        "Xưởng gia công thép ở Châu Thành (Trà Vinh) hay cẩu thanh dài bằng hai nhánh cáp với góc rất bẹt, cáp căng và tải bị "
        "uốn. Cần người hướng dẫn công nhân nguyên tắc buộc tải, chọn góc nâng và hệ số an toàn của cáp, xích.",
        {"nFo109": 2, "nFo123": 2, "nFo118": 1, "nFo112": 1},
    ),
    # --- operator training and licensing ---
    (
        "nFn56",
        "vi",
        "op_vi_vietmani",
        "Đào tạo và cấp chứng chỉ vận hành cầu trục cho 8 công nhân",
        "Nhà máy cơ khí ở KCN Long Đức vừa lắp 3 cầu trục, cần đào tạo 8 công nhân vận hành cầu trục có chứng chỉ hợp lệ, gồm "
        "lý thuyết và thực hành buộc tải, tín hiệu, thao tác nâng hạ; ưu tiên đào tạo tại nhà máy.",
        {"nFo118": 2, "nFo117": 2, "nFo124": 2, "nFo120": 1, "nFo125": 1},
    ),
    (
        "nFn57",
        "en",
        "train_en_angel",
        "Overhead crane operator licensing course at a steel mill",
        "Our rolling mill in Bình Minh wants a crane operator course covering crane types, pre-shift inspection and log "
        "book, rigging and sling capacities, lifting and setting loads, hand signals and operator qualifications, ending "
        "in a licence for each operator.",
        {"nFo124": 2, "nFo125": 2, "nFo117": 2, "nFo118": 2, "nFo130": 1},
    ),
    (
        "nFn58",
        "vi",
        "train_en_ftu",
        "Học chứng chỉ lái xe nâng cho 10 công nhân kho",
        "Kho hàng của chúng tôi ở Trà Cú có 10 công nhân đang lái xe nâng nhưng chưa có chứng chỉ. Cần đơn vị đào tạo lý thuyết, "
        "thực hành, sát hạch và cấp chứng chỉ vận hành xe nâng, càng nhanh càng tốt.",
        {"nFo119": 2, "nFo127": 2, "nFo128": 2, "nFo121": 1, "nFo120": 1},
    ),
    (
        "nFn59",
        "en",
        "train_en_fla1",
        "Practical driving assessment for newly hired forklift drivers",
        "We hire experienced forklift drivers for our warehouse in Vĩnh Long but have no way to check their skills. We "
        "want a practical test (pylon course with a load, forward and reverse, parking) scored by an evaluator, for each "
        "class of truck we use.",
        {"nFo127": 2, "nFo128": 2, "nFo119": 1},
    ),
    (
        "nFn60",
        "vi",
        "train_en_dbn",
        "Đào tạo người xi nhan, ra tín hiệu cho cầu trục",
        "Xưởng kết cấu ở TP Trà Vinh có người lái cầu trục nhưng người ra tín hiệu thì tự học, mỗi người một kiểu. Cần khóa đào "
        "tạo và đánh giá người xi nhan theo bộ tín hiệu tay chuẩn, có lưu hồ sơ.",
        {"nFo126": 2, "nFo112": 1, "nFo123": 1, "nFo129": 1},
    ),
    (
        "nFn61",
        "vi",
        "train_vi_tt19",
        "Huấn luyện an toàn nhóm 3 cho người vận hành thiết bị nâng",
        "Công ty chế biến thủy sản ở Duyên Hải có 15 người vận hành xe nâng, cầu trục, palăng chưa được huấn luyện an toàn, vệ "
        "sinh lao động nhóm 3. Cần đơn vị tổ chức huấn luyện, sát hạch và cấp thẻ an toàn, đồng thời tư vấn đủ hồ sơ năng lực "
        "người vận hành.",
        {"nFo120": 2, "nFo121": 2, "nFo117": 1, "nFo119": 1},
    ),
    (
        "nFn62",
        "en",
        "tower_vi_trithucxanh",
        "Tower crane operator training for a hospital building site",
        "We are building a nine-storey provincial hospital block in Trà Vinh city with a tower crane whose jib swings over "
        "the street. We need our new crane operators trained in pre-shift checks, hand signals and safe lifting technique "
        "before work starts.",
        {"nFo122": 2, "nFo129": 1, "nFo137": 1},
    ),
    # --- accidents and their prevention ---
    (
        "nFn63",
        "vi",
        "acc_vi_tanthuan",
        "Rà soát an toàn cẩu bờ sau sự cố sập cần",
        "Sau vụ sập cần cẩu làm chết người lái ở một cảng, ban giám đốc cảng chúng tôi ở Vĩnh Long muốn kiểm tra, thử tải lại các "
        "cẩu bờ và cẩu chân đế đang dùng, xác định rủi ro kỹ thuật và chấn chỉnh quy trình vận hành.",
        {"nFo086": 2, "nFo095": 2, "nFo123": 1, "nFo136": 1, "nFo018": 1},
    ),
    (
        "nFn64",
        "en",
        "acc_vi_docnhanh",
        "Investigate a forklift accident at our brick yard",
        "Last week a forklift at our brick yard in Mang Thít dropped a pallet of bricks onto a truck and the truck rolled "
        "forward; the driver jumped off with the forklift still running. We need an independent engineer to investigate "
        "whether a machine fault or operation caused it and what to fix.",
        {"nFo056": 2, "nFo131": 1, "nFo134": 1, "nFo132": 1},
    ),
    (
        "nFn65",
        "vi",
        "dis_vi_kienthuc",
        "Nâng hạ cuộn thép 21 tấn trong kho an toàn",
        "Đại lý thép ở Bình Minh nhập cuộn thép nặng đến 21 tấn, bốc từ xe đầu kéo vào kho bằng cầu trục; đã có lần dây chằng đứt "
        "khi xe phanh gấp. Cần quy trình nâng hạ cuộn thép bằng cầu trục và nguyên tắc buộc tải an toàn cho đội bốc xếp.",
        {"nFo109": 2, "nFo136": 2, "nFo037": 1, "nFo017": 1},
    ),
    (
        "nFn66",
        "en",
        "crane_en_bode",
        "Overload protection for a crane lifting scrap of unknown weight",
        "Our scrap metal yard in Vĩnh Long lifts loads of unknown weight with a 10 t overhead crane with a magnet and a "
        "grab. We want an overload limiter or load monitoring system that shows the weight and stops hoisting above the "
        "rated load.",
        {"nFo017": 2, "nFo019": 2, "nFo020": 2, "nFo018": 1},
    ),
    (
        "nFn67",
        "vi",
        "dis_vi_thieny",
        "Gắn cảm biến tải cho palăng để biết trọng lượng bao hàng khi nâng",
        "Kho nông sản ở Tam Bình nâng bao dừa khô, bao cơm dừa bằng palăng cáp điện 3 tấn, không biết chính xác mỗi mẻ nặng bao "
        "nhiêu nên có lúc quá tải. Muốn gắn cảm biến tải hoặc cân treo ở móc để hiển thị trọng lượng và báo động khi vượt tải.",
        {"nFo020": 2, "nFo019": 2, "nFo017": 1},
    ),
    (
        "nFn68",
        "en",
        "crane_en_ccstore",
        "Obsolete load moment indicator on our truck cranes",
        "Our crane hire firm in Trà Vinh runs three truck-mounted hydraulic cranes whose LMI displays keep showing system "
        "errors and spare parts are no longer sold. We need the load moment indicators repaired or replaced and "
        "recalibrated to the load charts.",
        {"nFo018": 2, "nFo019": 1, "nFo017": 1},
    ),
    (
        "nFn69",
        "vi",
        "dis_vi_dantri",
        "Tránh đổ hàng, lật xe khi xe nâng bốc dỡ lên xe tải",
        "Nhà phân phối nước giải khát ở Cầu Ngang thường dùng xe nâng dỡ bia, nước ngọt từ xe tải; mới đây kiện hàng nghiêng đổ "
        "vì càng chưa thọc hết dưới pallet và tài xế xe tải nổ máy chạy khi xe nâng chưa rút ra. Cần quy trình xếp dỡ an toàn "
        "tại bến và huấn luyện cho lái xe.",
        {"nFo135": 2, "nFo132": 2, "nFo136": 1, "nFo069": 1},
    ),
    # --- ports and special lifts ---
    (
        "nFn70",
        "en",
        "port_vi_timtailieu",
        "Loading procedure for 50 kg rice bags from boats to our warehouse",
        "Our river landing in Trà Ôn receives rice in 50 kg bags and jumbo bags from boats and lifts them to the warehouse "
        "with a small crane and forklifts. We need a written cargo-handling procedure for each type of bag, with safety "
        "rules for the gang and the right lifting gear.",
        {"nFo026": 2, "nFo024": 1, "nFo104": 1, "nFo136": 1},
    ),
    (
        "nFn71",
        "en",
        "dis_vi_container",
        "Choosing cargo cranes for a new general-cargo berth",
        "Our company is building a general-cargo and container berth on the Hậu River in Trà Vinh for ships and barges. We "
        "need advice on which shore cranes to install (slewing portal cranes or quay gantries) and, until then, a crane "
        "service to work ships.",
        {"nFo023": 2, "nFo024": 2, "nFo021": 1, "nFo022": 1},
    ),
    (
        "nFn72",
        "vi",
        "gantry_en_dosula",
        "Cổng trục di động cho xưởng không có đường ray",
        "Xưởng sửa chữa máy bơm, động cơ ở Càng Long cần một cổng trục nhỏ, bánh xe di chuyển được trong xưởng và ra sân, để "
        "nâng động cơ khoảng 1–2 tấn; xưởng không có dầm ray để lắp cầu trục. Cần loại đã được thử tải và có giấy chứng nhận.",
        {"nFo027": 2, "nFo030": 1, "nFo001": 1},
    ),
    (
        "nFn73",
        "en",
        "hook_en_chinalift",
        "Teach our riggers to check slings and hooks before each lift",
        "At our precast yard in Châu Thành (Trà Vinh), wire ropes and hooks wear each other quickly and synthetic slings "
        "get cut on sharp edges. We want our riggers trained to inspect slings, hooks and shackles before every lift and "
        "to know when to take them out of service.",
        {"nFo110": 2, "nFo112": 2, "nFo102": 1, "nFo101": 1, "nFo109": 1},
    ),
    (
        "nFn74",
        "vi",
        "rope_vi_luoi",
        "Cáp thép cho tời nâng vật liệu công trình 5 tầng",
        "Đội thợ xây ở TP Vĩnh Long dùng tời điện nâng gạch, cát, xi măng lên công trình nhà 5 tầng, cáp cũ đã xoắn, đứt vài sợi. "
        "Cần mua cáp thép chống xoắn đúng loại cho tời cuốn nhiều lớp, có tư vấn đường kính và tiêu chuẩn.",
        {"nFo043": 2, "nFo042": 2, "nFo107": 1},
    ),
    (
        "nFn75",
        "en",
        "lift_en_ewpath",
        "Energy-saving upgrade of old lifts in a public building",
        "The provincial administrative centre in Trà Vinh has four passenger lifts over 25 years old with high electricity "
        "use and poor accessibility. We want them upgraded for safety, accessibility and energy efficiency rather than "
        "fully replaced.",
        {"nFo083": 2, "nFo082": 2, "nFo084": 1},
    ),
    (
        "nFn76",
        "en",
        "lift_en_permit",
        "Small dumbwaiter for a two-storey restaurant kitchen",
        "Our restaurant in Trà Vinh city has the kitchen downstairs and dining upstairs. We want a small service lift to "
        "carry dishes and trays: a car of at most about 0.8 square metres (9 sq ft) and 1.2 m (4 ft) high, moving in "
        "guides, for loads up to about 225 kg (500 lb), used only for goods.",
        {"nFo159": 2, "nFo075": 1},
    ),
]
