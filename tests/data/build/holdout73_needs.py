"""Needs of the holdout73 set: (id, language, source key, title, description, {offer id: grade}).

Posted as enterprises, cooperatives and farmers of Trà Vinh / Vĩnh Long would post them. Each paraphrases the page
under its source key in holdout73_sources.py; where that page is about another place (most are), the need is set in
the province instead. Grades: 2 = would solve the need, 1 = partly relevant or an adjacent step; unlisted = not
relevant. No need shares its page with one of its grade-2 offers.
"""

NEEDS = [
    # ---------------- welding and cutting ----------------
    (
        "kWn01",
        "vi",
        "tv_daotaonghe",
        "Cần chương trình dạy nghề hàn ngắn hạn cho lao động nông thôn",
        "Trung tâm giáo dục nghề nghiệp ở TP Trà Vinh đang tìm giải pháp nâng chất lượng dạy nghề cho lao động nông thôn: "
        "cần giáo trình và giáo viên dạy hàn MIG, hàn que thực hành, học xong làm được ngay ở xưởng cơ khí, xưởng sửa máy "
        "nông nghiệp địa phương.",
        {
            "kWo003": 2,
            "kWo014": 2,
            "kWo016": 2,
            "kWo004": 1,
            "kWo015": 1,
            "kWo005": 1,
            "kWo012": 1,
            "kWo006": 1,
            "kWo001": 1,
        },
    ),
    (
        "kWn02",
        "en",
        "dekra_iso14732",
        "Welder qualification certificates needed for a sluice-gate tender",
        "A steel fabricator in Long Hồ bidding for provincial irrigation sluice gates must prove that its six welders are "
        "qualified: supervised test welds following a WPS, inspection and testing of the pieces, and certificates issued "
        "by an independent body. We need a testing and certification provider.",
        {"kWo006": 2, "kWo007": 2, "kWo004": 1},
    ),
    (
        "kWn03",
        "vi",
        "htfbw_skeg",
        "Cần quy trình hàn MIG nhôm cho xuồng, ky xuồng",
        "Cơ sở đóng xuồng nhôm ở Cầu Ngang hay phải thay ky (skeg) và vá vỏ nhôm: cần quy trình hàn MIG nhôm tấm 3-5 mm có "
        "khí Argon/heli bảo vệ, làm sạch oxit, gá đồ gá đúng để mối hàn ngấu, không rỗ, không thủng; mong được chuyển giao "
        "và hướng dẫn thợ.",
        {"kWo001": 2, "kWo010": 2, "kWo017": 1, "kWo011": 1, "kWo016": 1, "kWo003": 1},
    ),
    (
        "kWn04",
        "en",
        "angelfire_alu",
        "Leaking weld patches on an aluminium fishing boat hull",
        "Owner of a 5086 aluminium fishing boat in Duyên Hải: patches of about 10 x 20 cm to 20 x 30 cm MIG-welded with "
        "5356 wire over old through-hull holes keep leaking on an air test; the arc crackles and welds split along the "
        "joint. We need a welder who can repair the hull properly.",
        {"kWo010": 2, "kWo011": 2, "kWo017": 2, "kWo001": 1},
    ),
    (
        "kWn05",
        "vi",
        "visualfoodie_examples",
        "Đặt làm bồn nấu, đường ống inox hàn TIG không kẽ hở",
        "Cơ sở sản xuất sữa đậu nành và nước cốt dừa ở Châu Thành (Trà Vinh) cần đặt bồn nấu, bồn chứa và đường ống inox "
        "304 với mối hàn TIG phẳng, nhẵn như kim loại nền, không kẽ hở cho vi khuẩn bám, để vệ sinh dễ và đạt yêu cầu an "
        "toàn thực phẩm.",
        {
            "kWo002": 2,
            "kWo098": 2,
            "kWo099": 2,
            "kWo101": 2,
            "kWo100": 1,
            "kWo102": 1,
            "kWo106": 1,
            "kWo096": 1,
            "kWo097": 1,
        },
    ),
    (
        "kWn06",
        "en",
        "winenfood_plasma",
        "First CNC plasma table for an agri-machinery workshop",
        "Our workshop in Tiểu Cần cuts 6-12 mm plate by hand torch for dryer and thresher frames. We want our first CNC "
        "plasma table (torch, table and controller working together from a CAD file) and the know-how to run it "
        "accurately, from a supplier or proven build plans.",
        {"kWo021": 2, "kWo022": 2, "kWo019": 1, "kWo020": 1, "kWo023": 1},
    ),
    (
        "kWn07",
        "vi",
        "valleyfence_plasma",
        "Can cat thep tam theo ban ve",
        "Xuong co khi nho o Vung Liem khong co may cat, can dat cat thep tam 8-10 ly theo ban ve: mat bich, tam ga, banh "
        "xich, hoa van, cat CNC cho sac net, lay hang nhanh.",
        {"kWo020": 2, "kWo023": 2, "kWo029": 2, "kWo019": 1},
    ),
    (
        "kWn08",
        "en",
        "tractorbynet_hardfacing",
        "Rebuilding 110 worn tiller knives",
        "A rice-seeding service group in Trà Ôn has 110 flat knives (about 6 mm thick, 50 mm wide, 125 mm long) on its "
        "rotary slicers, worn at the ground-contact edges. We want them built back up and hardfaced so they last longer, "
        "instead of buying new sets.",
        {"kWo159": 2, "kWo160": 2, "kWo161": 2, "kWo162": 1},
    ),
    (
        "kWn09",
        "vi",
        "bachletten_hardfacing",
        "Đắp cứng lưỡi cày, răng bừa bị mòn",
        "HTX dịch vụ làm đất ở Tam Bình: lưỡi cày, răng bừa, lưỡi phay mòn nhanh trên đất cát pha, thay mới rất tốn. Cần "
        "dịch vụ hoặc hướng dẫn đắp một hay nhiều lớp kim loại chịu mòn đúng chỗ bị mòn để kéo dài tuổi thọ.",
        {"kWo159": 2, "kWo160": 2, "kWo161": 2, "kWo162": 1},
    ),
    # ---------------- machining and small CNC ----------------
    (
        "kWn10",
        "en",
        "solidsmack_spreader",
        "Broken crankshaft on a fertiliser spreader",
        "Farmer in Càng Long: the crankshaft of our fertiliser spreader sheared in two in the middle of the season and the "
        "dealer has no spare. We need a replacement made quickly from the broken part.",
        {"kWo026": 2, "kWo027": 2, "kWo028": 2, "kWo024": 2, "kWo029": 2, "kWo032": 1, "kWo155": 1, "kWo154": 1},
    ),
    (
        "kWn11",
        "vi",
        "cncservice_chinhxac",
        "Gia công bánh răng, trục, bạc thay thế theo mẫu",
        "Xưởng sửa máy nông nghiệp ở Trà Ôn cần đặt gia công khoảng 50 bánh răng, trục và bạc thay thế theo mẫu cũ; yêu cầu "
        "độ chính xác cao, đồng đều giữa các chi tiết vì lắp vào hộp số máy gặt, máy xới.",
        {"kWo024": 2, "kWo029": 2, "kWo032": 2, "kWo027": 2, "kWo028": 2, "kWo026": 1},
    ),
    (
        "kWn12",
        "en",
        "bresdel_precision",
        "CNC machining partner for short runs",
        "A start-up in Vĩnh Long making stainless parts for coconut-processing machines needs a CNC shop for prototypes "
        "and short runs of 20-200 pieces: milling, turning and drilling to drawing, with dimensional inspection.",
        {"kWo027": 2, "kWo028": 2, "kWo024": 2, "kWo029": 2, "kWo026": 1},
    ),
    (
        "kWn13",
        "vi",
        "partscnc_tienphay",
        "Tiện lại trục, làm bạc lót cho máy xay lúa",
        "Nhà máy xay lúa ở Bình Tân cần tiện lại trục, làm bạc lót và một số chi tiết tròn xoay thay thế cho máy xay, máy "
        "lau bóng gạo; cần nơi có máy tiện, máy phay nhận làm theo mẫu.",
        {"kWo032": 2, "kWo024": 2, "kWo029": 2, "kWo026": 2, "kWo027": 2, "kWo028": 2},
    ),
    # ---------------- farm machinery: dryers ----------------
    (
        "kWn14",
        "en",
        "vnnews_smalldryers",
        "Upgrading small dryers that lose customers on quality",
        "Owner of two small flatbed dryers in Vũng Liêm: jobs fell from about 300 to 70 tonnes a crop because paddy dried "
        "below 40°C, unevenly, does not meet husking standards for export and traders pay more for large dryers. We want "
        "to upgrade furnace, fan and airflow to dry better quality paddy.",
        {"kWo037": 2, "kWo036": 2, "kWo038": 1, "kWo040": 1, "kWo035": 1, "kWo041": 1, "kWo042": 1},
    ),
    (
        "kWn15",
        "vi",
        "dongcuong_maysay",
        "HTX cần máy sấy lúa cho xã viên",
        "HTX nông nghiệp ở Càng Long được hỗ trợ 50% kinh phí theo chương trình nông thôn mới để làm mô hình máy sấy sau "
        "thu hoạch; cần đơn vị cung cấp, lắp đặt máy sấy lúa khoảng 2-4 tấn/mẻ phục vụ xã viên mùa mưa.",
        {"kWo035": 2, "kWo036": 2, "kWo042": 1, "kWo043": 1, "kWo037": 1},
    ),
    (
        "kWn16",
        "vi",
        "hocday_nuthat",
        "Giảm nứt gãy hạt khi sấy lúa",
        "Liên hiệp HTX ở Tiểu Cần đầu tư máy gặt đập và máy sấy nhưng tỷ lệ nứt hạt, gạo gãy vẫn cao, lợi nhuận từ sấy bị "
        "hao hụt. Cần quy trình sấy và cải tiến máy sấy để giảm nứt hạt lúa hè thu.",
        {"kWo038": 2, "kWo037": 2, "kWo036": 1, "kWo040": 1, "kWo041": 1},
    ),
    (
        "kWn17",
        "vi",
        "saythoc_doan",
        "May say lua say khong deu",
        "May say lua 8 tan/me cua toi o Tra Cu dot trau, say xong lua khong deu am: lop duoi kho qua, lop tren con uot, ban "
        "bi tru gia. Can cach khac phuc de lua dat 14% deu ca me.",
        {"kWo037": 2, "kWo036": 1, "kWo038": 1, "kWo040": 1},
    ),
    (
        "kWn18",
        "en",
        "nardt_rice",
        "Adding solar heat to a husk-fired flatbed dryer",
        "A farmer group in Cầu Kè runs a 4-tonne husk-fired flatbed dryer; post-harvest losses and fuel cost are high in "
        "the wet season. We want to add a solar collector as supplementary heat while keeping grain quality.",
        {"kWo037": 2, "kWo039": 1, "kWo036": 1},
    ),
    (
        "kWn19",
        "en",
        "richvale_drying",
        "Automatic temperature control for a flatbed dryer",
        "A contract dryer operator in Cầu Kè dries paddy to storage moisture around the clock in the harvest; the furnace "
        "man adjusts the air temperature by hand at night. We want an automatic controller to hold the drying-air "
        "temperature steady on a 6-tonne flatbed.",
        {"kWo040": 2, "kWo037": 1, "kWo036": 1},
    ),
    # ---------------- farm machinery: pumps ----------------
    (
        "kWn20",
        "vi",
        "daklak_suabom",
        "Sửa chữa, bảo dưỡng máy bơm mùa khô",
        "Tổ hợp tác tưới tiêu ở Tiểu Cần có 15 máy bơm điện chạy liên tục nhiều ngày trong mùa khô nên hay hư phốt, bạc, "
        "cháy motor; tiệm sửa lúc cao điểm quá tải gấp 5-6 lần. Cần dịch vụ sửa chữa nhanh và bảo dưỡng định kỳ.",
        {"kWo047": 2, "kWo049": 2, "kWo050": 1, "kWo053": 1, "kWo087": 1, "kWo079": 1, "kWo088": 1},
    ),
    (
        "kWn21",
        "en",
        "topcargo_bom",
        "High-flow, low-energy pump for pond water exchange",
        "Like most farms in the delta we rely on pumps: our shrimp-rice farm in Cầu Ngang exchanges pond water with old "
        "vertical-axis pumps and electricity bills are high. We want a high-flow, low-lift pump using far less power.",
        {"kWo046": 2, "kWo051": 1, "kWo052": 1},
    ),
    (
        "kWn22",
        "vi",
        "poweringag_solar",
        "Máy bơm di động cho ruộng xa lưới điện",
        "Hộ trồng rau màu ở Trà Cú có ruộng xa lưới điện, tưới bằng máy bơm xăng tốn tiền nhiên liệu, mùa khô phải tưới "
        "hằng ngày. Cần máy bơm di động chi phí vận hành thấp, dễ sửa, đủ tưới khoảng 1 ha.",
        {"kWo054": 2, "kWo048": 1, "kWo051": 1},
    ),
    (
        "kWn23",
        "en",
        "fao_pumping",
        "Pitted impeller and falling output at a pumping station",
        "The pumping station of an irrigation cooperative in Long Hồ: the centrifugal pump's impeller and casing are "
        "pitted, it is noisy and output keeps falling. We need a diagnosis (cavitation, suction conditions) and repair.",
        {"kWo050": 2, "kWo049": 2, "kWo047": 1, "kWo144": 1, "kWo145": 1},
    ),
    (
        "kWn24",
        "vi",
        "health222_pumps",
        "May bom bom yeu, keu lon",
        "May bom nuoc tuoi vuon cua toi o Long Ho bom yeu, keu lon, rung, co luc phai moi nuoc lai moi chay. Can tho toi "
        "xem va sua.",
        {"kWo047": 2, "kWo049": 2, "kWo050": 2, "kWo053": 1},
    ),
    (
        "kWn25",
        "en",
        "pumpsauthority",
        "Sizing a river pump for drip and sprinkler irrigation",
        "A pomelo orchard in Vĩnh Long is switching to drip and sprinklers fed from the river. We need help choosing the "
        "pump: type, required flow, suction lift and total head.",
        {"kWo051": 2, "kWo052": 2},
    ),
    # ---------------- farm machinery: threshers, harvesters ----------------
    (
        "kWn26",
        "vi",
        "luanvan_gatdap_tv",
        "Cải hoán, sửa chữa máy gặt đập liên hợp trước vụ",
        "Tổ hợp tác dịch vụ ở Châu Thành (Trà Vinh) có máy gặt đập liên hợp do dự án trang bị; thu hoạch bằng máy khoảng "
        "1,4 triệu đồng/ha so với 1,8-2 triệu đồng/ha thuê người. Máy hay hư băng tải, hộp số; cần xưởng cải hoán, sửa chữa "
        "và làm phụ tùng trước vụ Đông Xuân.",
        {"kWo060": 2, "kWo024": 1, "kWo029": 1, "kWo026": 1},
    ),
    (
        "kWn27",
        "en",
        "studylib_karnataka",
        "Portable thresher for plots combines cannot reach",
        "A Khmer farmer group in Trà Cú farms small plots that combines cannot enter, and labour is short at harvest. We "
        "want a light, affordable thresher several people can feed at once, about twice as fast as hand threshing and "
        "suited to our rice varieties.",
        {"kWo058": 2, "kWo057": 2, "kWo059": 2},
    ),
    (
        "kWn28",
        "vi",
        "owiki_pedal",
        "Máy tuốt lúa nhỏ gọn có sàng làm sạch",
        "Hộ nông dân ở Cầu Kè cần máy tuốt lúa nhỏ gọn, vỏ tôn, có trống răng và sàng làm sạch hạt, chạy máy xăng để đem "
        "ra ruộng, hai người vận hành.",
        {"kWo058": 2, "kWo057": 2, "kWo059": 1},
    ),
    (
        "kWn29",
        "en",
        "undp_thresher",
        "Workshop wants to start making small threshers",
        "A mechanical workshop in Tiểu Cần wants to fabricate and sell small motorised threshers light enough for two "
        "people to carry between fields. We seek a proven design, fabrication drawings and training.",
        {"kWo059": 2, "kWo057": 1, "kWo058": 1, "kWo043": 1},
    ),
    # ---------------- farm machinery: boat engines ----------------
    (
        "kWn30",
        "vi",
        "dienchau_khaithac",
        "HTX tàu cá cần xưởng sửa máy gần bến",
        "HTX khai thác thủy sản ở Duyên Hải có 12 tàu 90-400CV; máy tàu hay hỏng, phải kéo đi xa để sửa. Cần xưởng sửa máy "
        "thủy gần bến để bảo dưỡng sau mỗi chuyến và ứng cứu khi tàu hỏng máy ngoài biển.",
        {"kWo066": 2, "kWo067": 2, "kWo068": 2, "kWo069": 1, "kWo070": 1},
    ),
    (
        "kWn31",
        "en",
        "workingsails_diesel",
        "Scheduled maintenance for small inboard diesels",
        "A passenger-boat operator in Long Toàn runs small inboard diesels converted from vehicle engines. We want "
        "scheduled maintenance of cooling, lubrication and drive train so the boats stop breaking down.",
        {"kWo070": 2, "kWo069": 2, "kWo066": 2, "kWo068": 2, "kWo067": 1},
    ),
    (
        "kWn32",
        "en",
        "oceannav_outboard",
        "Servicing contract for petrol outboards",
        "A ferry cooperative on the Cổ Chiên river runs 15-40 hp petrol outboards; we keep losing trips to fuel and "
        "spark problems. We want an outboard servicing contract and basic troubleshooting training for drivers.",
        {"kWo071": 2, "kWo072": 2, "kWo070": 1},
    ),
    (
        "kWn33",
        "vi",
        "billdietrich_engine",
        "May ghe chay nong, khoi trang",
        "May ghe cua toi o Cau Ngang chay nong, ong xa ra khoi trang, nuoc lam mat ra it, co luc chay nhot. Can tho sua may "
        "thuy toi xem gap.",
        {"kWo066": 2, "kWo067": 2, "kWo068": 2, "kWo070": 2},
    ),
    (
        "kWn34",
        "en",
        "phuyen_maytau",
        "Overhaul of 400-700 hp fishing boat diesels",
        "Fishing boat owners in Duyên Hải need their 400-700 hp marine diesels overhauled (worn bearings, liners, oil "
        "leaks) by a workshop with a lathe and experienced mechanics, and advice on repair versus rebuild.",
        {"kWo066": 2, "kWo067": 2, "kWo068": 2, "kWo069": 2},
    ),
    (
        "kWn35",
        "en",
        "cruisersforum_steel",
        "Blasting and coating a steel fishing hull",
        "Owner refitting a steel-hulled fishing vessel in Định An: rust spreads under peeling paint. We need abrasive "
        "blasting and a proper primer and coating system applied straight after blasting.",
        {"kWo118": 2, "kWo119": 2, "kWo124": 2, "kWo123": 2, "kWo120": 1, "kWo121": 1, "kWo122": 1},
    ),
    (
        "kWn36",
        "vi",
        "desmondlast_alu",
        "Ghe vỏ nhôm bị ăn mòn, cần gắn kẽm hy sinh",
        "Chủ ghe vỏ nhôm ở Long Hòa thấy vỏ bị ăn mòn lỗ chỗ gần chân vịt và đường nước do nước mặn; cần tư vấn gắn cục "
        "kẽm hy sinh (anode) đúng chỗ và hàn vá các chỗ đã mỏng.",
        {"kWo118": 2, "kWo011": 1, "kWo010": 1, "kWo017": 1},
    ),
    (
        "kWn37",
        "vi",
        "weldchina_boatrepair",
        "Đào tạo thợ hàn nhôm tấm mỏng để sửa ghe nhôm",
        "Cơ sở đóng sửa ghe ở Cầu Ngang được nhiều khách nhờ sửa ghe nhôm vỏ mỏng 1,5-2 mm; thợ mới chỉ hàn que. Cần đào "
        "tạo 3 thợ hàn nhôm và tư vấn thiết bị (súng cấp dây, TIG) phù hợp.",
        {"kWo001": 2, "kWo010": 2, "kWo017": 1, "kWo016": 1, "kWo005": 1, "kWo004": 1},
    ),
    # ---------------- farm machinery: coconut ----------------
    (
        "kWn38",
        "vi",
        "tiengiang_lotdua",
        "Máy lột vỏ dừa khô giá vừa phải",
        "Hộ trồng dừa khô ở Cầu Kè: thương lái chỉ mua giá cao khi trái đã lột sạch vỏ, lột tay vừa chậm vừa dễ tai nạn. "
        "Cần máy lột vỏ dừa khô vận hành đơn giản, nhanh hơn lột tay nhiều lần, giá vừa túi tiền.",
        {"kWo074": 2, "kWo075": 2, "kWo077": 1},
    ),
    (
        "kWn39",
        "en",
        "slideshare_vonau",
        "Machine to pare the brown skin off coconut meat",
        "A desiccated-coconut producer in Châu Thành (Trà Vinh) still pares the brown skin off coconut meat by hand, "
        "which is slow and unhygienic. We want a paring machine doing over 100 kg a shift with limited meat loss.",
        {"kWo076": 2},
    ),
    # ---------------- electric motors ----------------
    (
        "kWn40",
        "en",
        "monitornawer_rewind",
        "Rewind shop that tests before and after",
        "A rice mill in Bình Minh: motors rewound by local shops come back running hot with less torque, and few shops do "
        "any before-and-after tests. We need a rewind shop that keeps to the original winding data and tests every motor.",
        {"kWo081": 2, "kWo078": 2, "kWo080": 2, "kWo082": 1, "kWo087": 1, "kWo079": 1},
    ),
    (
        "kWn41",
        "vi",
        "ortekdata_rewind",
        "Quấn lại gấp motor 3 pha 30 kW",
        "Nhà máy xay xát ở Trà Ôn có motor 3 pha 30 kW cháy cuộn dây giữa vụ, điện trở cách điện bất thường; cần nơi quấn "
        "lại gấp trong vài ngày thay vì chờ mua motor mới.",
        {"kWo087": 2, "kWo079": 2, "kWo078": 2, "kWo080": 2, "kWo081": 2, "kWo088": 1, "kWo082": 1},
    ),
    (
        "kWn42",
        "vi",
        "megabildung_3phase",
        "Mo to bom ao tom hay chay",
        "Mo to 3 pha bom nuoc ao tom cua nha toi o Cau Ngang bi chay hoai. Can noi quan lai va do kiem tra cach dien, dien "
        "tro cuon day de biet vi sao chay.",
        {"kWo087": 2, "kWo088": 2, "kWo079": 2, "kWo078": 2, "kWo080": 2, "kWo081": 2, "kWo085": 1},
    ),
    (
        "kWn43",
        "en",
        "globalspec_pm",
        "Predictive maintenance for about 120 motors",
        "A seafood processing plant in Trà Vinh city has about 120 motors on compressors, pumps and conveyors. We want a "
        "maintenance programme checking heat, noise and vibration at the bearings and trending insulation before "
        "failures stop the line.",
        {"kWo083": 2, "kWo084": 2, "kWo090": 2, "kWo086": 2, "kWo085": 1},
    ),
    (
        "kWn44",
        "vi",
        "vndoc_3pha",
        "Nên quấn lại hay thay motor hiệu suất cao",
        "Công ty thức ăn thủy sản ở Long Hồ có nhiều motor không đồng bộ 3 pha 15-55 kW chạy băng tải, máy nghiền, hay cháy. "
        "Muốn được tư vấn nên quấn lại hay thay motor hiệu suất cao, tính theo giờ chạy và giá điện.",
        {"kWo082": 2, "kWo083": 1, "kWo078": 1},
    ),
    (
        "kWn45",
        "en",
        "dripivplus_motor",
        "Checking stored motors before service",
        "A cooperative in Trà Cú bought second-hand motors and has rewound spares stored for two years. Before putting "
        "them on pumps we want them checked: bearings, grease, insulation.",
        {"kWo085": 2, "kWo090": 1, "kWo083": 1, "kWo084": 1},
    ),
    (
        "kWn46",
        "vi",
        "danang_giaotrinh",
        "Giáo trình thực hành sửa chữa động cơ điện",
        "Trung tâm dạy nghề ở Trà Cú mở lớp điện dân dụng cần giáo trình và hướng dẫn thực hành sửa chữa, quấn dây động cơ "
        "điện cho học viên.",
        {"kWo089": 2, "kWo091": 2},
    ),
    (
        "kWn47",
        "en",
        "shrimpfarm_aeration",
        "Local partner to rewind burnt aerator motors",
        "A shrimp farm in Cầu Ngang runs 40 paddlewheel aerators day and night to keep dissolved oxygen above 5 mg/l; "
        "their small motors burn out in peak season. We need a local rewinding and motor maintenance partner.",
        {"kWo087": 2, "kWo079": 2, "kWo078": 2, "kWo080": 2, "kWo083": 1},
    ),
    # ---------------- sheet metal and stainless food equipment ----------------
    (
        "kWn48",
        "en",
        "winenfood_foodweld",
        "Re-welding milk lines to sanitary standard",
        "A soy-milk plant in Vĩnh Long traced a recurring contamination to crevices in welds on its product lines. We "
        "need the lines re-welded to sanitary standard and the welds inspected.",
        {"kWo099": 2, "kWo100": 2, "kWo098": 2, "kWo002": 2, "kWo102": 1, "kWo106": 1},
    ),
    (
        "kWn49",
        "vi",
        "europages_anopol",
        "Mối hàn bồn inox bị ố và rỉ",
        "Cơ sở nước mắm ở Duyên Hải có bồn inox mới hàn, quanh mối hàn có vệt ố vàng, nâu và bắt đầu rỉ sau vài tháng. Cần "
        "xử lý tẩy màu nhiệt, khôi phục lớp thụ động để bồn không rỉ nữa.",
        {"kWo102": 2, "kWo103": 2, "kWo104": 2, "kWo105": 2, "kWo106": 2},
    ),
    (
        "kWn50",
        "vi",
        "haiminh_maycb",
        "Nồi nấu kẹo dừa 100 lít không khê đáy",
        "Cơ sở sản xuất kẹo dừa ở Càng Long nấu bằng chảo trên bếp củi nên hay khê cháy đáy. Cần nồi nấu inox khoảng 100 "
        "lít gia nhiệt gián tiếp, giữ nhiệt đều.",
        {"kWo097": 2, "kWo002": 1, "kWo098": 1},
    ),
    (
        "kWn51",
        "en",
        "haiminh_chen",
        "Stainless trays, basins and tables made to size",
        "A rice-paper cooperative in Cầu Ngang needs 304 stainless trays, basins and work tables made to our sizes, about "
        "0.8-1 mm sheet, durable and easy to clean for food contact.",
        {"kWo096": 2, "kWo101": 2, "kWo002": 1, "kWo098": 1},
    ),
    (
        "kWn52",
        "en",
        "inoxgroup_cleaning",
        "In-house pickling and passivation of welds",
        "A small fabricator in Trà Vinh building fish-sauce tanks wants to pickle and passivate welds and heat-affected "
        "zones itself instead of shipping tanks away. We need a procedure and training.",
        {"kWo104": 2, "kWo106": 2, "kWo102": 1, "kWo103": 1, "kWo105": 1},
    ),
    (
        "kWn53",
        "vi",
        "visualfoodie_techniques",
        "Thợ hàn TIG có thổi khí bảo vệ mặt trong ống inox",
        "Xưởng lắp đặt đường ống inox cho nhà máy sữa ở Bình Minh cần thợ hàn TIG biết thổi khí bảo vệ mặt trong ống "
        "(purging), mối hàn ngấu hết, mặt trong nhẵn, đạt chuẩn vệ sinh.",
        {"kWo100": 2, "kWo099": 2, "kWo002": 2, "kWo098": 1},
    ),
    # ---------------- corrosion protection and galvanising ----------------
    (
        "kWn54",
        "vi",
        "hungvinh_makem",
        "Nơi nhận mạ kẽm nhúng nóng khung thép",
        "Xưởng chế tạo khung máy sấy, máy lột dừa ở Trà Cú, gần biển, khí hậu ẩm mặn làm thép mau rỉ. Cần nơi nhận mạ kẽm "
        "nhúng nóng khung thép sau khi hàn.",
        {"kWo115": 2, "kWo116": 2, "kWo126": 2, "kWo112": 1, "kWo113": 1, "kWo117": 1},
    ),
    (
        "kWn55",
        "en",
        "purchasing_boatcoat",
        "Coating system for steel rusting in salt air",
        "An aquaculture equipment maker in Duyên Hải: steel feeders and frames rust within a year in salt air. We want "
        "a durable protective coating system with proper surface preparation.",
        {"kWo119": 2, "kWo122": 2, "kWo121": 2, "kWo120": 2, "kWo115": 2, "kWo118": 2, "kWo123": 1, "kWo125": 1},
    ),
    (
        "kWn56",
        "vi",
        "thesun_mangluoi",
        "Kiểm tra chiều dày lớp mạ kẽm hàng nhận về",
        "Công ty xây lắp điện ở Vĩnh Long nhận máng cáp, giá đỡ mạ kẽm nhúng nóng từ nhà cung cấp; cần kiểm tra chiều dày, "
        "khối lượng lớp mạ có đạt yêu cầu không trước khi nghiệm thu.",
        {"kWo113": 2, "kWo127": 1},
    ),
    (
        "kWn57",
        "en",
        "tbailey_metalizing",
        "Zinc spraying for gates too big for a galvanizing kettle",
        "A sluice-gate fabricator in Càng Long: our gates are too large for any galvanizing kettle and cannot be "
        "re-galvanized later. We need zinc metallizing with sealer, in the shop or on site.",
        {"kWo121": 2, "kWo128": 2, "kWo120": 2, "kWo122": 1},
    ),
    (
        "kWn58",
        "vi",
        "paintinspector_spray",
        "Mạ kẽm bu lông, ke, chân đế lắp ở cống ven sông",
        "Cần mạ kẽm cho bu lông, ke và chân đế máy bơm lắp ở cống ven sông Trà Ôn để không rỉ; hiện sơn chỉ được một mùa.",
        {"kWo115": 2, "kWo126": 1, "kWo112": 1},
    ),
    (
        "kWn59",
        "en",
        "hartway_process",
        "Design advice before galvanizing hollow frames",
        "An agri-machine fabricator in Vĩnh Long plans to hot-dip galvanize hollow-section frames; earlier batches came "
        "back uncoated inside. We need advice on designing parts for galvanizing.",
        {"kWo117": 2, "kWo127": 1, "kWo115": 1},
    ),
    (
        "kWn60",
        "en",
        "helpsfortech_hdg",
        "Long-life corrosion protection for sluice gates",
        "The provincial irrigation company maintaining steel sluice gates in brackish water around Trà Vinh repaints them "
        "every two years. We want a long-life corrosion protection that cuts maintenance cost.",
        {"kWo115": 2, "kWo121": 2, "kWo118": 2, "kWo120": 2, "kWo119": 1},
    ),
    # ---------------- workshop safety and fume extraction ----------------
    (
        "kWn61",
        "vi",
        "namdinh_khoihan",
        "Hút khói hàn cho xưởng có 8 thợ hàn",
        "Xưởng cơ khí ở TP Trà Vinh có 8 thợ hàn làm trong nhà xưởng kín, thợ hay ho, rát họng, chóng mặt; lo bệnh phổi và "
        "nhiễm mangan lâu dài. Cần lắp hệ thống hút khói hàn tại chỗ.",
        {"kWo136": 2, "kWo137": 2, "kWo138": 2, "kWo133": 1, "kWo135": 1},
    ),
    (
        "kWn62",
        "en",
        "metaglossary_lev",
        "Portable fume extraction for welding inside hulls",
        "A boatyard in Long Toàn welds and cuts inside steel hulls and tanks. We need portable local exhaust that captures "
        "fume at the point of welding in these confined spaces.",
        {"kWo138": 2, "kWo137": 2, "kWo136": 2, "kWo118": 1, "kWo135": 1},
    ),
    (
        "kWn63",
        "vi",
        "docedu_bnn",
        "Huấn luyện an toàn và đánh giá nguy cơ cho xưởng cơ khí",
        "Doanh nghiệp cơ khí ở Tiểu Cần có 30 công nhân hàn, cắt, tiện, mài; cần huấn luyện an toàn vệ sinh lao động, trang "
        "bị bảo hộ đúng và đánh giá nguy cơ tai nạn, bệnh nghề nghiệp trong xưởng.",
        {"kWo132": 2, "kWo134": 2, "kWo141": 2, "kWo142": 1, "kWo143": 1, "kWo131": 1},
    ),
    (
        "kWn64",
        "en",
        "health222_worksafety",
        "Grinder noise and hearing protection",
        "An iron-gate shop in Vĩnh Long grinds with angle grinders all day; workers complain of ringing ears and "
        "neighbours of noise. We need noise control measures and proper hearing and eye protection.",
        {"kWo139": 2, "kWo140": 2, "kWo142": 1, "kWo143": 1},
    ),
    (
        "kWn65",
        "vi",
        "dientuungdung_moinguy",
        "Đo và giảm tiếng ồn trong xưởng",
        "Xưởng ở Càng Long có nhiều máy mài, máy cắt chạy cùng lúc, tiếng ồn lớn; cần đo mức ồn công nhân phải chịu và giải "
        "pháp giảm ồn.",
        {"kWo140": 2, "kWo139": 2, "kWo134": 1},
    ),
    (
        "kWn66",
        "en",
        "chinhdai_makem",
        "Fume control when welding galvanized tube",
        "A net-house frame builder in Châu Thành welds galvanized steel tube all day and welders get metal fume fever. We "
        "need fume extraction and safe practice for welding galvanized steel.",
        {"kWo135": 2, "kWo138": 2, "kWo136": 2, "kWo137": 2},
    ),
    (
        "kWn67",
        "en",
        "sustdir_lev",
        "Is natural ventilation enough for four welders?",
        "A cooperative workshop has four welders in a 6 x 8 m shed with a 4 m ceiling. We need to know whether natural "
        "ventilation is enough and, if not, what extraction to install.",
        {"kWo135": 2, "kWo137": 2, "kWo133": 2, "kWo136": 2, "kWo138": 1},
    ),
    # ---------------- spare parts: casting, 3D printing, rebuilding ----------------
    (
        "kWn68",
        "en",
        "iforge_castparts",
        "One-off cast-iron replicas for an old machine",
        "A farmer in Tam Bình restoring an old cast-iron rice huller has several broken cast-iron parts. We want one-off "
        "castings made from the broken originals by a foundry used to single pieces.",
        {"kWo144": 2, "kWo147": 1, "kWo145": 1, "kWo146": 1, "kWo155": 1},
    ),
    (
        "kWn69",
        "vi",
        "alloyavenue_foundry",
        "Đúc lại puly, nắp hộp số, cánh bơm theo mẫu",
        "Xưởng sửa máy ở Cầu Kè cần đúc lại puly, nắp hộp số, cánh bơm bằng gang hoặc nhôm theo mẫu cũ, mỗi loại vài chiếc.",
        {"kWo144": 2, "kWo145": 2, "kWo146": 1, "kWo147": 1, "kWo148": 1},
    ),
    (
        "kWn70",
        "vi",
        "hcmute_in3d",
        "Quét 3D và in lại bánh răng nhựa, nắp che",
        "Cơ sở sửa máy gặt ở Vũng Liêm cần quét 3D và in lại bánh răng nhựa, nắp che, khớp nối đã hết phụ tùng chính hãng.",
        {"kWo152": 2, "kWo154": 2, "kWo153": 2, "kWo150": 1, "kWo151": 1, "kWo155": 1},
    ),
    (
        "kWn71",
        "en",
        "cc3d_legacy",
        "Reproducing parts of an unsupported peeling machine",
        "A seafood plant in Trà Vinh city runs an imported shrimp-peeling machine no longer supported by its maker. We "
        "need worn parts scanned and rebuilt as CAD models for remanufacture, with no original drawings.",
        {"kWo155": 2, "kWo156": 2, "kWo154": 2, "kWo152": 2, "kWo157": 1, "kWo158": 1},
    ),
    (
        "kWn72",
        "vi",
        "mdpi_agri3d",
        "Can in 3D banh xe gieo hat, khop noi",
        "Can in 3D mot so banh xe gieo hat, khop noi ong tuoi cho may sa lua o Tra On, hang ngoai dat qua ma hay be.",
        {"kWo151": 2, "kWo150": 2, "kWo152": 2, "kWo153": 2},
    ),
    (
        "kWn73",
        "vi",
        "bonsource_re",
        "Dựng lại bản vẽ CAD từ chi tiết mẫu",
        "Nhà máy ở Trà Vinh có máy cũ, nhà sản xuất đã ngừng cung cấp phụ tùng, không còn bản vẽ. Cần dựng lại bản vẽ CAD từ "
        "chi tiết mẫu để gia công phụ tùng thay thế.",
        {"kWo155": 2, "kWo156": 2, "kWo152": 2, "kWo154": 2, "kWo157": 1, "kWo158": 1},
    ),
    (
        "kWn74",
        "vi",
        "dylan_cncplasma",
        "Mua máy cắt plasma CNC cho xưởng cửa sắt",
        "Xưởng cửa sắt ở Long Hồ muốn mua máy cắt plasma CNC để cắt hoa văn cổng, chữ, tấm thép 2-10 mm theo file thiết kế.",
        {"kWo019": 2, "kWo022": 2, "kWo021": 1, "kWo020": 1},
    ),
    (
        "kWn75",
        "en",
        "timhunkin_mig",
        "Switching from stick to MIG welding",
        "An agricultural machinery shop in Tiểu Cần wants to move from stick to MIG welding for thin sheet housings and "
        "quick tack-welded prototypes. We need MIG training for our welders and advice on equipment.",
        {"kWo003": 2, "kWo014": 2, "kWo016": 2, "kWo004": 1, "kWo015": 1, "kWo008": 1},
    ),
]
