"""Needs for holdout131 (gyms, fitness centres and swimming pools), set in Trà Vinh / Vĩnh Long:
(id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- exercise equipment and its maintenance ---
    (
        "nCn01",
        "vi",
        "gym_tham_chay",
        "Máy chạy bộ phòng gym bị giật, băng tải rít và lệch, cần sửa và bảo trì",
        "Phòng gym của chúng tôi ở phường Trà Vinh có 12 máy chạy bộ dùng liên tục. Gần đây nhiều máy bị giật khi chạy, băng tải rít làm hội viên hụt "
        "bước, có máy băng lệch hẳn sang một bên hoặc co cuộn lại, do thảm ma sát nhiều với ván đỡ bên trong. Cần đơn vị kiểm tra, bôi trơn hoặc thay "
        "băng tải, căn chỉnh lại và ký hợp đồng bảo trì định kỳ để máy chạy trơn tru.",
        {
            "nCo001": 2,
            "nCo005": 2,
            "nCo006": 2,
            "nCo007": 2,
            "nCo019": 2,
            "nCo010": 1,
            "nCo003": 1,
            "nCo004": 1,
            "nCo020": 1,
            "nCo009": 1,
        },
    ),
    (
        "nCn02",
        "vi",
        "gym_bt_gymaster",
        "Thiết bị phòng gym ven sông nhanh gỉ, hỏng do độ ẩm và nhiệt độ",
        "Phòng tập của hộ kinh doanh ở phường Long Châu, Vĩnh Long nằm sát sông, mùa mưa độ ẩm rất cao. Máy tập nhanh xuống cấp: chi tiết cao su giãn "
        "nở khi nóng, dầu bôi trơn khô làm máy chạy không mượt, ẩm mốc làm bề mặt cũ nhanh và hỏng mạch điện tử. Cần giải pháp kiểm soát độ ẩm, nhiệt "
        "độ trong phòng và dịch vụ bảo dưỡng chống gỉ cho máy.",
        {"nCo002": 2, "nCo018": 2, "nCo020": 1, "nCo003": 1, "nCo001": 1},
    ),
    (
        "nCn03",
        "en",
        "gym_hasenchat",
        "Buying remanufactured commercial treadmills without getting a repaint job",
        "We run two gyms in Vĩnh Long and want to add commercial treadmills and ellipticals. Remanufactured machines sell at 30–70% off, but there is no "
        "standard meaning of remanufactured, refurbished or reconditioned, and some sellers only wipe a unit down and touch up the paint. We need a supplier "
        "that really rebuilds machines coming off gym leases, with a written warranty and after-sales service.",
        {"nCo011": 2, "nCo012": 2, "nCo013": 2, "nCo007": 1, "nCo006": 1},
    ),
    (
        "nCn04",
        "en",
        "gym_beyond",
        "Frayed cables on strength machines and no daily inspection routine",
        "Our community sports centre in Cầu Kè runs a small gym with selectorized strength machines and a few treadmills. Cables on two machines are "
        "fraying and bulging, pulleys and upholstery are worn and some pop pins are missing. Staff do not know what to check each day or what to tell a "
        "technician. We need cables and pulleys replaced, a safety inspection and a simple daily checklist for staff.",
        {"nCo008": 2, "nCo009": 2, "nCo003": 1, "nCo005": 1, "nCo020": 1, "nCo006": 1},
    ),
    (
        "nCn05",
        "vi",
        "eq_baobinhdinh",
        "Xã cần lắp máy tập thể dục ngoài trời quanh hồ sinh thái",
        "UBND xã ở Tiểu Cần vận động được doanh nghiệp tài trợ gần 41 triệu đồng để lắp 3 máy tập ngoài trời cố định trên vỉa hè quanh hồ sinh thái: "
        "máy tập tay vai, máy vận động toàn thân, máy tập lưng hông, bằng sắt mạ kẽm sơn tĩnh điện chịu mưa nắng, phục vụ người dân miễn phí. Cần đơn "
        "vị cung cấp, lắp đặt chắc chắn và tư vấn bố trí.",
        {"nCo014": 2, "nCo015": 2},
    ),
    (
        "nCn06",
        "en",
        "eq_womendesports",
        "Layout and zoning plan for a new health club",
        "An investor in Vĩnh Long ward is planning a health club near the main road with parking: reception and juice bar, cardio zone, selectorized "
        "machines, free weights, stretching area, aerobics, spinning and yoga rooms, changing rooms with steam rooms, offices and storage. We need a "
        "consultant to plan the layout and the equipment list for each zone and to check the licensing conditions.",
        {"nCo016": 2, "nCo017": 1, "nCo081": 1, "nCo111": 1, "nCo011": 1},
    ),
    (
        "nCn07",
        "en",
        "iaq_aristair",
        "Gym is hot, humid and smells musty; members are leaving",
        "Our fitness centre in Bến Tre ward (Vĩnh Long province) feels hot and sticky when classes are full. The air smells musty, there are signs of mould "
        "and some members have complained and left. We suspect the air conditioning and ventilation do not remove enough moisture or CO2. We need the "
        "ventilation assessed and redesigned.",
        {"nCo018": 2, "nCo002": 1, "nCo140": 1},
    ),
    (
        "nCn08",
        "en",
        "iaq_getuhoo",
        "Monitoring CO2, humidity and particles in a small fitness studio",
        "A small enclosed fitness studio in Trà Vinh ward holds up to 25 people in intense classes. Clients report fatigue and stuffiness. We want to "
        "monitor carbon dioxide, temperature, humidity and particulate matter continuously and improve fresh-air supply so that the air stays healthy.",
        {"nCo018": 2},
    ),
    (
        "nCn09",
        "en",
        "gym_fmt_pm",
        "Preventive maintenance for a hotel fitness room without a technician",
        "Our hotel in Trà Vinh ward has a fitness room with two treadmills, an elliptical and a cable station used by guests of very different weights. "
        "Dust builds up in motor compartments and on circuit boards, and the warranty does not cover wear. We have no technician on staff and want a "
        "contractor to visit regularly, clean, inspect and repair before breakdowns.",
        {
            "nCo005": 2,
            "nCo006": 2,
            "nCo007": 2,
            "nCo009": 2,
            "nCo001": 2,
            "nCo004": 1,
            "nCo019": 1,
            "nCo003": 1,
            "nCo010": 1,
        },
    ),
    (
        "nCn10",
        "vi",
        "eq_ra11",
        "Cần mua máy tập đã tân trang giá rẻ nhưng có bảo hành",
        "Câu lạc bộ thể hình của hợp tác xã dịch vụ ở Mang Thít có ngân sách hạn chế, muốn mua máy chạy bộ, xe đạp và máy tập sức mạnh loại tân trang "
        "(hàng trả lại, hàng trầy xước khi vận chuyển hoặc đã qua sử dụng được sửa lại) thay vì máy mới. Cần nhà cung cấp uy tín, máy được kiểm tra kỹ, "
        "có bảo hành.",
        {"nCo011": 2, "nCo012": 2, "nCo013": 2},
    ),
]

NEEDS += [
    # --- pool water treatment and chlorine safety ---
    (
        "nCn11",
        "vi",
        "swim_afamily",
        "Hồ bơi bốn mùa quá tải mùa hè, nước không đảm bảo, trẻ đỏ mắt",
        "Hồ bơi bốn mùa của công ty chúng tôi ở phường Vĩnh Long vào tháng 5–8 có lượng vé tăng 6–7 lần, cuối tuần gấp 10 lần ngày thường. Hệ thống lọc "
        "bị quá tải, phụ huynh phản ánh trẻ đi bơi về tóc khô xơ, mắt đỏ, da tay bong tróc, quần áo nồng mùi clo. Cần giải pháp xử lý nước và kiểm soát "
        "hàm lượng clo đúng chuẩn trong mùa cao điểm, có thể bổ sung công nghệ giảm clo.",
        {
            "nCo022": 2,
            "nCo023": 2,
            "nCo024": 2,
            "nCo025": 2,
            "nCo026": 2,
            "nCo038": 1,
            "nCo033": 1,
            "nCo047": 1,
            "nCo035": 1,
            "nCo021": 1,
            "nCo036": 1,
        },
    ),
    (
        "nCn12",
        "vi",
        "algae_saoviet",
        "Đã dùng hóa chất diệt tảo nhưng tảo vẫn tái phát",
        "Hồ bơi khách sạn ở Cầu Ngang: mùa nắng rêu tảo mọc rất nhanh, nhân viên đổ hóa chất diệt tảo trực tiếp xuống hồ mà tảo không chết hẳn, vài "
        "ngày lại mọc, có lúc nước còn chuyển màu xấu hơn. Nghi do pH lệch, không chà thành đáy trước, dùng sai loại hóa chất. Cần đơn vị hướng dẫn quy "
        "trình xử lý đúng và xử lý dứt điểm.",
        {"nCo040": 2, "nCo041": 2, "nCo023": 1, "nCo022": 1, "nCo036": 1, "nCo033": 1},
    ),
    (
        "nCn13",
        "en",
        "pool_yuncang",
        "Pool water turned green although chlorine reads high",
        "Our resort pool in Duyên Hải has turned green even though the test kit shows high chlorine. We suspect unbalanced pH, a clogged filter or metals "
        "in the source water. We need someone to diagnose the cause, clear the algae and set up a routine so it does not come back.",
        {"nCo040": 2, "nCo041": 2, "nCo033": 1, "nCo034": 1, "nCo037": 1, "nCo036": 1},
    ),
    (
        "nCn14",
        "en",
        "air_occasthma",
        "Strong chloramine smell and coughing at an indoor pool",
        "At our indoor pool in Vĩnh Long ward swimmers and lifeguards complain of a strong smell, stinging eyes and coughing; the smell is chloramines "
        "(nitrogen trichloride), not free chlorine. Water turnover is slow and many swimmers do not shower first. We want to treat the water outside the "
        "pool (for example with ozone) so less chlorine is needed, and to improve the air handling.",
        {
            "nCo025": 2,
            "nCo026": 2,
            "nCo047": 2,
            "nCo067": 2,
            "nCo024": 2,
            "nCo048": 1,
            "nCo027": 1,
            "nCo066": 1,
            "nCo068": 1,
        },
    ),
    (
        "nCn15",
        "vi",
        "salt_beboidep",
        "Khu nghỉ dưỡng muốn chuyển hồ bơi clo sang hồ bơi nước mặn",
        "Khu nghỉ dưỡng sinh thái ở cù lao An Bình (Long Hồ) có hồ bơi dùng clo, khách phàn nàn mùi clo nồng và kích ứng da, mắt. Chúng tôi muốn "
        "chuyển sang hồ bơi nước mặn dùng máy điện phân muối tạo clo tự nhiên theo chu trình khép kín, thân thiện môi trường. Cần đơn vị tư vấn, cung "
        "cấp và lắp đặt hệ thống.",
        {"nCo028": 2, "nCo030": 2, "nCo031": 2, "nCo029": 1, "nCo032": 1},
    ),
    (
        "nCn16",
        "en",
        "salt_beboidep_muoi",
        "Salt chlorinator producing too little chlorine",
        "A homestay in Chợ Lách runs a small pool with a salt chlorinator. Chlorine output has dropped and the water is less clear; we are not sure the "
        "salt concentration is right or whether the cell is scaled. We need a technician to check the salt level and the cell, and advice on which pure "
        "pool salt to buy and how much to add.",
        {"nCo029": 2, "nCo032": 1, "nCo031": 1, "nCo028": 1},
    ),
    (
        "nCn17",
        "vi",
        "std_tanaso",
        "Cơ sở kinh doanh bể bơi cần đạt chuẩn nước trước đợt kiểm tra",
        "Cơ sở kinh doanh bể bơi ở thị xã Bình Minh sắp được kiểm tra điều kiện hoạt động. Theo quy định, nước bể phải đạt chỉ tiêu về độ trong, độ màu, "
        "chất vẩn đục, pH 7,3–7,6, được kiểm tra ít nhất 1 lần/ngày, lưu mẫu 500 ml tối thiểu 5 ngày và lưu hồ sơ; mật độ 1 người/m² vùng nước nông. "
        "Chúng tôi cần đơn vị xét nghiệm và hướng dẫn lập sổ theo dõi.",
        {"nCo038": 2, "nCo039": 2, "nCo033": 1, "nCo034": 1},
    ),
    (
        "nCn18",
        "vi",
        "filt_poolking_sand",
        "Bình lọc cát dùng nhiều năm, nước lọc kém",
        "Hồ bơi trường học ở Càng Long dùng bình lọc cát đã nhiều năm, cát bẩn và vón cục, nước lọc kém trong, áp suất bình lên bất thường. Cần đơn vị "
        "thay cát lọc, hướng dẫn rửa ngược đúng cách hoặc thay bình lọc mới.",
        {"nCo036": 2, "nCo035": 2, "nCo037": 1, "nCo041": 1},
    ),
    (
        "nCn19",
        "vi",
        "pool_lifevista",
        "Hồ bơi nhà văn hóa bị ô nhiễm, người bơi ngứa da",
        "Hồ bơi của nhà văn hóa thị trấn ở Trà Ôn: nước chuyển xanh, thành và đáy bám rêu, có lúc mùi hôi lẫn mùi clo nồng, nhiều người bơi bị ngứa da. "
        "Nguyên nhân có thể do người bơi, thiết bị lọc yếu, mất cân bằng hóa chất. Cần đơn vị tìm nguyên nhân và nhận vận hành xử lý nước định kỳ.",
        {"nCo023": 2, "nCo022": 2, "nCo040": 2, "nCo041": 2, "nCo038": 1, "nCo033": 1},
    ),
    (
        "nCn20",
        "en",
        "chem_veryfocus",
        "Safe storage and handling of pool chemicals",
        "We operate a public pool in Trà Vinh ward. Chlorine and pH chemicals are kept in a room near the pump where rainwater leaks in, and staff "
        "sometimes pre-mix products in buckets. We need the store redesigned (dry, ventilated, locked, acids away from chlorine) and staff trained in safe "
        "handling and spill response.",
        {"nCo042": 2, "nCo043": 2, "nCo044": 2, "nCo049": 2, "nCo046": 1},
    ),
    (
        "nCn21",
        "vi",
        "gas_cste",
        "Sự cố khí clo thoát ra hồ bơi sau khi bơm tuần hoàn dừng",
        "Hồ bơi công cộng ở Vũng Liêm vừa xảy ra sự cố: bơm tuần hoàn dừng nhưng bộ điều khiển vẫn châm axit và hypochlorite vào đường ống, khi bơm chạy "
        "lại khí clo thoát vào hồ, nhiều người bơi phải đi cấp cứu; đo lại clo tự do 13,5 ppm và pH 6,8. Cần giải pháp kỹ thuật khóa liên động và đào "
        "tạo nhân viên để không lặp lại.",
        {"nCo045": 2, "nCo046": 1, "nCo043": 1, "nCo044": 1, "nCo042": 1},
    ),
    (
        "nCn22",
        "en",
        "gas_pamphlet",
        "Replacing chlorine gas cylinders at a municipal pool",
        "The municipal pool in Long Hồ still disinfects with chlorine gas cylinders. Operators worry about handling, transport and storage of the "
        "containers and about leaks. We want a safety review and to convert to a safer disinfection method.",
        {"nCo046": 2, "nCo030": 2, "nCo028": 2, "nCo031": 2, "nCo021": 1},
    ),
    (
        "nCn23",
        "en",
        "gas_psm",
        "Automatic chemical dosing with protection against unintended injection",
        "We are upgrading dosing at our aquatic centre in Vĩnh Long: automatic feeders for hypochlorite and acid. After reading about chlorine gas "
        "clouds at public pools, we want the controller and feed pumps installed with electrical interlocks so that no chemical is injected without flow.",
        {"nCo045": 2, "nCo131": 1, "nCo046": 1, "nCo043": 1, "nCo160": 1},
    ),
    (
        "nCn24",
        "en",
        "filt_poolking_how",
        "Choosing a filter type for a pool renovation",
        "We are renovating a 25 m pool in Long Hồ and must choose between sand, cartridge and diatomaceous earth filters. We need advice on which suits a "
        "busy public pool and a supplier to install it.",
        {"nCo035": 2, "nCo037": 2, "nCo036": 1},
    ),
    (
        "nCn25",
        "en",
        "ph_wbtester",
        "Reliable pH testing for daily pool water logs",
        "Our swim club in Trà Vinh ward must log pH daily. Colour strips are hard to read and results vary between staff. We want accurate digital pH "
        "testing with proper calibration, plus guidance on adjusting pH.",
        {"nCo033": 2, "nCo034": 2, "nCo038": 1, "nCo149": 1, "nCo160": 1},
    ),
    (
        "nCn26",
        "en",
        "uvoz_easypools",
        "Keeping chlorine low in a baby and toddler swim pool",
        "A baby-swim school in Vĩnh Long ward wants the lowest practical chlorine level for infants while keeping the water safe; we have heard ozone can "
        "reduce chlorine use while a residual is still kept. We need a system and advice.",
        {"nCo025": 2, "nCo026": 2, "nCo024": 2, "nCo027": 1, "nCo028": 1},
    ),
    (
        "nCn27",
        "vi",
        "pool_clo_pageorama",
        "Nông dân làm du lịch vườn cần hướng dẫn xử lý nước hồ bơi nhỏ",
        "Tôi là nông dân làm du lịch miệt vườn ở Cù lao Dài (Vũng Liêm), có hồ bơi nhỏ khoảng 60 m³ cho khách. Tôi không rành pha hóa chất: lọc nước, "
        "chỉnh pH, cho clo liều bao nhiêu, dạng viên hay bột, khi nào cho khách xuống bơi. Cần người hướng dẫn vận hành và kiểm tra nước định kỳ.",
        {"nCo023": 2, "nCo022": 2, "nCo021": 1, "nCo033": 1, "nCo036": 1},
    ),
    (
        "nCn28",
        "en",
        "salt_melbpools",
        "Farm homestay wants a salt chlorinator to avoid handling chlorine",
        "Our fruit-farm homestay in Chợ Lách has a small pool and we would rather not buy and handle liquid or solid chlorine. We want a salt chlorinator "
        "that makes the sanitizer by electrolysis, supplied and installed with training.",
        {"nCo028": 2, "nCo030": 2, "nCo031": 2, "nCo029": 1, "nCo032": 1},
    ),
]

NEEDS += [
    # --- heat pumps and energy for pools ---
    (
        "nCn29",
        "vi",
        "swim_dalat",
        "Giữ ấm nước cho cụm hồ bơi trong nhà, giảm tiền điện",
        "Gia đình tôi đầu tư hơn 11 tỷ đồng xây cụm hồ bơi trong nhà giữ nhiệt rộng hơn 850 m² ở phường Vĩnh Long: hồ trẻ em 8 x 15 m sâu 0,5–0,9 m, hồ "
        "cho người mới biết bơi 7 x 14 m, hồ chính 6 x 25 m sâu 1,3–2,2 m. Mùa mưa và sáng sớm nước lạnh, học sinh học bơi bị lạnh. Cần giải pháp làm ấm "
        "nước tiết kiệm điện và giữ nhiệt cho hồ.",
        {
            "nCo050": 2,
            "nCo052": 2,
            "nCo053": 2,
            "nCo054": 2,
            "nCo055": 2,
            "nCo056": 2,
            "nCo057": 2,
            "nCo051": 1,
            "nCo058": 1,
            "nCo059": 1,
            "nCo060": 1,
            "nCo066": 1,
            "nCo068": 1,
            "nCo064": 1,
            "nCo065": 1,
        },
    ),
    (
        "nCn30",
        "en",
        "hp_poolforum",
        "Heater for an outdoor hotel pool used for early-morning lessons",
        "Our hotel in Vĩnh Long ward wants to heat its outdoor pool for early-morning swimming lessons in the rainy season. We are weighing an air-source "
        "heat pump against other options and wonder whether a ground-source loop would be better. We need advice, sizing and installation.",
        {
            "nCo053": 2,
            "nCo054": 2,
            "nCo055": 2,
            "nCo056": 2,
            "nCo050": 2,
            "nCo052": 2,
            "nCo057": 2,
            "nCo064": 1,
            "nCo065": 1,
            "nCo058": 1,
        },
    ),
    (
        "nCn31",
        "en",
        "hpm_prospect",
        "Pool heater heat exchanger damaged by unbalanced water",
        "At our hotel in Trà Vinh ward the pool heat pump runs on the filtration loop all the time. Low pH and alkalinity have been eroding its heat "
        "exchanger: metals are staining the pool and we fear a leak. We need the heater serviced and the water chemistry kept balanced to protect it.",
        {"nCo073": 2, "nCo072": 1, "nCo033": 1, "nCo023": 1},
    ),
    (
        "nCn32",
        "vi",
        "cov_colapool",
        "Hồ bơi ngoài trời mất nước bay hơi quá nhiều mùa khô",
        "Hồ bơi ngoài trời của chúng tôi ở Ba Tri mùa khô mất nước do bay hơi, có tuần mực nước hạ gần 4 inch (khoảng 10 cm); tốn nước bù, tốn hóa chất "
        "và mất nhiệt. Cần bạt phủ hoặc giải pháp giảm bay hơi khi hồ không sử dụng.",
        {"nCo058": 2, "nCo059": 2, "nCo060": 2, "nCo055": 1},
    ),
    (
        "nCn33",
        "en",
        "vsp_visualfoodie",
        "Pool pump electricity bill is too high",
        "Our leisure pool in Bình Tân runs a single-speed pump at about 3,450 rpm for eight hours a day and the electricity bill came as a shock. We want "
        "to replace it with a variable-speed pump and set it to run slowly for filtration and fast only for backwashing.",
        {"nCo061": 2, "nCo062": 2, "nCo063": 2, "nCo070": 1, "nCo071": 1},
    ),
    (
        "nCn34",
        "vi",
        "solar_pvse",
        "Dùng năng lượng mặt trời làm ấm nước hồ bơi",
        "Trung tâm văn hóa – thể thao huyện Châu Thành muốn kéo dài mùa bơi mà không tăng tiền điện, dùng năng lượng mặt trời để giữ nước hồ cao hơn "
        "nhiệt độ môi trường khoảng 5–10 độ: tấm thu nhiệt, bơm, bộ lọc, van điều khiển. Cần đơn vị thiết kế và lắp đặt.",
        {"nCo064": 2, "nCo065": 2, "nCo059": 1, "nCo069": 1},
    ),
    (
        "nCn35",
        "en",
        "dehum_hh_guide",
        "Condensation, mould and corrosion in an indoor pool hall",
        "The indoor pool at our hotel in Vĩnh Long ward has relative humidity above 60%, condensation on windows and ceilings, mould and corroded "
        "stainless fittings, and the damp smell spreads into the lobby. We need a proper dehumidification and ventilation system.",
        {"nCo066": 2, "nCo067": 2, "nCo068": 2, "nCo047": 1, "nCo140": 1},
    ),
    (
        "nCn36",
        "vi",
        "energy_baomoi",
        "Nhà thi đấu và hồ bơi tiêu thụ điện lớn, cần kiểm toán năng lượng",
        "Ban quản lý khu liên hợp thể thao tỉnh (nhà thi đấu, hồ bơi, phòng gym) thấy điện năng tiêu thụ rất lớn nhưng tản mạn, không kiểm soát được. "
        "Cần đơn vị kiểm toán năng lượng đo lường, xác định chỗ lãng phí và đề xuất giải pháp tiết kiệm.",
        {"nCo070": 2, "nCo071": 2, "nCo069": 1, "nCo061": 1, "nCo062": 1},
    ),
    (
        "nCn37",
        "en",
        "pv_thanhnien",
        "Rooftop solar for a fitness and swimming centre",
        "Our fitness and swimming centre in Trà Vinh ward has a large metal roof. With solar irradiance around 4–5 kWh/m² per day we want rooftop solar "
        "to cut the monthly electricity bill, which is dominated by pool pumps and air conditioning.",
        {"nCo069": 2, "nCo070": 1, "nCo071": 1},
    ),
    (
        "nCn38",
        "vi",
        "pv_doanhnghiep",
        "Muon lap dien mat troi mai nha cho ho boi va phong gym",
        "Minh co ho boi va phong gym o Chau Thanh, mai ton khoang 300 m2, tien dien moi thang rat cao vi may bom va may lanh. Muon lap dien mat troi "
        "ap mai de chu dong mot phan dien, giam chi phi. Can don vi khao sat, bao gia va lap dat.",
        {"nCo069": 2, "nCo070": 1, "nCo071": 1},
    ),
    (
        "nCn39",
        "vi",
        "hp_megasun_uudiem",
        "Can may bom nhiet lam nong nuoc ho boi khach san",
        "Khach san cua minh o Vung Liem co ho boi ngoai troi, mua mua nuoc lanh nen khach it xuong boi. Can may bom nhiet (heat pump) lam nong nuoc ho, "
        "tiet kiem dien hon dun bang dien tro, muon biet uu nhuoc diem va luu y khi dung, can don vi lap dat tron goi.",
        {"nCo050": 2, "nCo052": 2, "nCo053": 2, "nCo054": 2, "nCo055": 2, "nCo056": 2, "nCo057": 2, "nCo051": 1},
    ),
]

NEEDS += [
    # --- membership and booking software ---
    (
        "nCn40",
        "vi",
        "sw_mumofthree",
        "Phụ huynh phải xếp hàng để đăng ký khóa học bơi, cần đặt chỗ trực tuyến",
        "Hồ bơi của doanh nghiệp ở thị xã Duyên Hải mỗi cuối khóa thông báo bé lên lớp hay học lại; muốn đăng ký khóa mới thì phụ huynh phải đến quầy "
        "xếp hàng từ sớm, chiều chủ nhật rất đông, không đăng ký qua mạng hay điện thoại được. Cần phần mềm cho phụ huynh đăng ký, chọn lớp, thanh toán trực tuyến.",
        {"nCo085": 2, "nCo086": 2, "nCo077": 2, "nCo078": 2, "nCo080": 2, "nCo075": 1, "nCo082": 1},
    ),
    (
        "nCn41",
        "en",
        "sw_visualfoodie",
        "Swim school double-bookings and missed charges",
        "Our swim school in Vĩnh Long ward runs on a generic online calendar, spreadsheets and text messages. Three families turned up for the same 4 pm "
        "slot and we forgot to charge two families last month. We need scheduling software built for swim lessons: levels, instructors, lanes and billing.",
        {"nCo085": 2, "nCo086": 2, "nCo077": 2, "nCo078": 2, "nCo080": 2, "nCo082": 1},
    ),
    (
        "nCn42",
        "en",
        "sw_aidxn",
        "Multi-pool aquatic centre: stroke levels, pool rosters, ratios and instructor certificates",
        "Our aquatic centre in Vĩnh Long ward has three pools (50 m, 25 m teaching, 12 m toddler), 420 enrolled children and 6 instructors. The current "
        "class manager does not track each child's level, double-books pools, does not flag instructor-to-child ratio breaches and lets lifesaving "
        "certificates expire unnoticed; toddler classes have 40% no-shows. We need scheduling that enforces pools, ratios and certifications.",
        {"nCo086": 2, "nCo085": 1, "nCo077": 1},
    ),
    (
        "nCn43",
        "vi",
        "sw_sasac",
        "Đặt khung giờ bơi 60 phút, giới hạn số người trong hồ",
        "Câu lạc bộ bơi của hợp tác xã ở Bến Tre chỉ cho tối đa 16 người trong khu hồ cùng lúc. Hội viên được đặt một khung 60 phút mỗi ngày, đặt trước "
        "tối đa 1 tuần, được đổi hoặc hủy trước giờ bơi; gia đình có con được đặt hai khung liền. Cần hệ thống đặt chỗ trực tuyến quản lý các quy tắc này.",
        {"nCo077": 2, "nCo078": 2, "nCo080": 2, "nCo085": 1, "nCo084": 1, "nCo083": 1, "nCo089": 1, "nCo161": 1},
    ),
    (
        "nCn44",
        "en",
        "sw_1808lab",
        "Fitness club losing members: automated churn signals and outreach",
        "Our fitness club in Vĩnh Long ward has about 1,500 members at around 700,000 VND a month, and monthly churn near 5% (about 75 cancellations). "
        "Members fade out with missed classes and fewer check-ins before they cancel. We want software that spots early churn signals and sends reminders, "
        "pause options and offers automatically, aiming to cut churn by 20%.",
        {"nCo087": 2, "nCo088": 2, "nCo080": 1, "nCo078": 1},
    ),
    (
        "nCn45",
        "vi",
        "sw_koder",
        "Phòng tập nhỏ quản lý bằng bảng tính, cần phần mềm hội viên và lịch lớp",
        "Phòng tập nhỏ của chúng tôi ở Tam Bình đang quản lý hội viên, lịch lớp và lịch huấn luyện viên bằng bảng tính và tin nhắn: HLV bị xếp trùng, "
        "lớp quá tải, quên gia hạn, hội viên bỏ vì đặt chỗ rắc rối. Cần phần mềm gọn, dùng tốt trên điện thoại để quản lý thành viên, lớp, HLV và gia hạn.",
        {
            "nCo074": 2,
            "nCo075": 2,
            "nCo076": 2,
            "nCo077": 2,
            "nCo078": 2,
            "nCo080": 2,
            "nCo082": 1,
            "nCo089": 1,
            "nCo081": 1,
            "nCo086": 1,
        },
    ),
    (
        "nCn46",
        "vi",
        "sw_vanhoahoc",
        "Kiểm soát hội viên vào phòng gym bằng vân tay",
        "Phòng gym ở Trà Ôn dùng thẻ giấy nên hội viên cho nhau mượn thẻ, hết hạn vẫn vào tập. Chúng tôi muốn lắp máy quét vân tay ở cửa, lưu dữ liệu "
        "chính xác theo từng người, tự động chặn khi gói tập hết hạn và xuất báo cáo lượt tập.",
        {"nCo089": 2, "nCo074": 2, "nCo079": 1, "nCo077": 1, "nCo084": 1, "nCo083": 1, "nCo137": 1, "nCo080": 1},
    ),
    (
        "nCn47",
        "vi",
        "sw_phucbinh",
        "Can may quet van tay cho hoi vien phong gym",
        "Phong gym nho o Mang Thit, khoang 300 hoi vien. Can may quet van tay dat o cua, co man hinh, pin du phong khi mat dien, ket noi phan mem tren "
        "may tinh de biet ai het han goi tap thi khong cho vao, xem luot tap moi ngay. Nho bao gia tron bo.",
        {"nCo089": 2, "nCo074": 2, "nCo079": 1, "nCo137": 1, "nCo080": 1, "nCo077": 1},
    ),
    (
        "nCn48",
        "vi",
        "sw_automaticdoor",
        "Can phan mem ban ve ho boi va cong xoay quet the",
        "Ho boi cua cong ty o Tra Cu muon ban ve va quan ly ra vao tu dong: khach mua ve luot hoac ve thang, quet the qua cong xoay, tinh gio o trong "
        "ho, het gio thi thu them. Hien dang ban ve giay, that thoat nhieu. Can don vi cung cap he thong kiem soat ra vao va phan mem.",
        {"nCo084": 2, "nCo083": 1, "nCo089": 1, "nCo075": 1, "nCo161": 1},
    ),
    (
        "nCn49",
        "en",
        "sw_visualfoodie_ret",
        "Using gym software to keep members, not just to bill them",
        "Our gym in Bến Tre ward has good equipment but members leave almost as fast as they join. We only use our software for billing. We want automated, "
        "personalised communication (welcome, missed-you and milestone messages) and in-app challenges to build a community and raise 90-day retention.",
        {"nCo087": 2, "nCo088": 2, "nCo080": 1, "nCo078": 1},
    ),
    (
        "nCn50",
        "en",
        "sw_wotton",
        "Rostering certified lifeguards and instructors into pool sessions and summer lessons",
        "A cooperative runs an outdoor community pool in Long Hồ. Managers book lifeguards and gatekeepers into every session by hand, and for the summer "
        "holidays want to add two weeks of daily children's lessons scheduled through the morning by ability. We need online scheduling that assigns "
        "staff by qualification and fills lesson groups by level.",
        {"nCo086": 2, "nCo085": 1, "nCo077": 1, "nCo078": 1},
    ),
]

NEEDS += [
    # --- lifeguard and first-aid training ---
    (
        "nCn51",
        "vi",
        "lg_sggp",
        "Tổ chức huấn luyện bơi và phòng chống đuối nước miễn phí ở biển Ba Động",
        "Trung tâm văn hóa – thể thao và du lịch thị xã Duyên Hải muốn mở khóa huấn luyện bơi và kỹ năng phòng chống đuối nước miễn phí cho người dân, "
        "du khách tại biển Ba Động: buổi sáng 7–9 giờ và chiều 15–17 giờ, thứ hai đến thứ sáu; dạy bơi cơ bản, nhận biết vùng nguy hiểm, xử trí khi "
        "đuối nước, rèn thể lực. Cần đối tác có đội cứu hộ chuyên nghiệp, huấn luyện viên và phương án y tế túc trực.",
        {"nCo090": 2, "nCo091": 2, "nCo092": 2, "nCo093": 1, "nCo094": 1, "nCo095": 1, "nCo105": 1},
    ),
    (
        "nCn52",
        "vi",
        "swim_canthoclass",
        "Mở lớp xóa mù bơi miễn phí cho trẻ em hoàn cảnh khó khăn",
        "Đoàn thanh niên và công an phường Trà Vinh muốn mở lớp dạy bơi miễn phí cho khoảng 40 em, phần lớn hoàn cảnh khó khăn (học phí ngoài hơn "
        "1 triệu đồng/khóa), 12 buổi vào chiều thứ 3, 5, 7 tại hồ bơi công an: bơi sấp, bơi ngửa, bơi ếch, đứng nước, nổi, thở nước, lên bờ an toàn. "
        "Cần giáo án và huấn luyện viên.",
        {"nCo093": 2, "nCo094": 2, "nCo092": 1, "nCo090": 1},
    ),
    (
        "nCn53",
        "en",
        "lg_thanhnien",
        "A drowning-prevention curriculum that goes beyond swimming 50 metres",
        "The education office of a district in Vĩnh Long notes that many children who 'can swim' 50 m after a crash course of 10–12 lessons still drown "
        "at sea or in rivers. We want a standard drowning-prevention and safe-swimming curriculum for schools, with assessment, rather than formal lessons only.",
        {"nCo093": 2, "nCo094": 2, "nCo097": 1, "nCo092": 1},
    ),
    (
        "nCn54",
        "en",
        "lg_wisegeek",
        "Accredited lifeguard training for a new pool complex",
        "A private pool complex opening in Trà Vinh ward is hiring lifeguards. We want an accredited course that covers rescue techniques, first aid, CPR "
        "and AED use, with a recognised certificate and recertification, for about ten recruits.",
        {
            "nCo095": 2,
            "nCo097": 2,
            "nCo090": 2,
            "nCo096": 1,
            "nCo099": 1,
            "nCo098": 1,
            "nCo110": 1,
            "nCo091": 1,
            "nCo092": 1,
        },
    ),
    (
        "nCn55",
        "en",
        "spine_redcross",
        "Preventing and handling neck and back injuries at shallow water and slides",
        "Our water park in Vĩnh Long ward has shallow play areas, slides and a sloping pool. Head, neck and back injuries happen most at shallow ends, "
        "corners and slopes or when someone dives onto a float. We want lifeguards trained in spinal injury care in and out of the water and the right "
        "backboards.",
        {"nCo099": 2, "nCo098": 2, "nCo105": 1, "nCo095": 1, "nCo097": 1},
    ),
    (
        "nCn56",
        "vi",
        "equip_thietbibeboi",
        "Trang bị cứu hộ bắt buộc cho bể bơi mới",
        "Bể bơi mới xây của doanh nghiệp ở Cầu Kè phải đủ trang thiết bị cứu hộ theo quy định trước khi được kinh doanh: ít nhất 6 sào cứu hộ dài 2,5 m "
        "sơn đỏ trắng, 6 phao cứu sinh, ghế cứu hộ cao ít nhất 1,5 m so với mặt bể, dây phao dọc và ngang. Cần nhà cung cấp trọn bộ.",
        {"nCo105": 2, "nCo145": 1},
    ),
    (
        "nCn57",
        "en",
        "dd_blogcpi",
        "Pool alarm with too many false alarms; looking for smarter drowning detection",
        "Our resort pool in Vĩnh Long has a motion-based pool alarm that goes off so often that staff now ignore it. We want a camera-based system that "
        "tells normal play from real distress and alerts lifeguards within seconds.",
        {"nCo106": 2, "nCo107": 2},
    ),
    (
        "nCn58",
        "vi",
        "dd_coralmylo",
        "Camera AI phát hiện đuối nước cho công viên nước",
        "Công viên nước ở Bình Minh cuối tuần rất đông, trẻ 1–4 tuổi nhiều, cứu hộ viên không bao quát hết. Chúng tôi muốn lắp camera dùng trí tuệ nhân "
        "tạo theo dõi người bơi, phát hiện dấu hiệu đuối nước và cảnh báo bằng còi và tin nhắn đến điện thoại cứu hộ.",
        {"nCo106": 2, "nCo107": 2},
    ),
    (
        "nCn59",
        "en",
        "aed_hfa",
        "AED programme and staff certification for a gym chain",
        "Our gym chain in Vĩnh Long province wants at least one automated external defibrillator in each club and staff certified in CPR and AED as part "
        "of a cardiac chain of survival.",
        {"nCo100": 2, "nCo102": 2, "nCo101": 2, "nCo104": 2, "nCo103": 1, "nCo096": 1, "nCo108": 1, "nCo109": 1},
    ),
    (
        "nCn60",
        "vi",
        "aed_eg24",
        "Chủ phòng gym lo hội viên đột tử khi tập nặng",
        "Phòng gym của tôi ở Mỏ Cày có nhiều người mới tập nặng mà không khám tim mạch trước. Sau vài vụ đột tử trong phòng tập được báo chí nhắc đến, "
        "tôi muốn trang bị máy khử rung tim tự động và tập huấn nhân viên xử trí ngừng tim.",
        {"nCo101": 2, "nCo104": 2, "nCo100": 2, "nCo102": 2, "nCo103": 1, "nCo109": 1, "nCo108": 1},
    ),
    (
        "nCn61",
        "vi",
        "fa_vnexpress",
        "Tập huấn hồi sức tim phổi cho nhân viên hồ bơi và phòng gym",
        "Doanh nghiệp chúng tôi vận hành 2 hồ bơi và 1 phòng gym ở Trà Vinh, có 25 nhân viên nhưng gần như không ai dám ép tim khi có người ngừng tim "
        "(khảo sát ở Hà Nội chỉ khoảng 8% ca ngừng tim ngoài viện được người xung quanh ép tim). Cần khóa tập huấn CPR và sơ cấp cứu có chứng nhận.",
        {"nCo108": 2, "nCo109": 2, "nCo110": 2, "nCo096": 2, "nCo092": 1},
    ),
    (
        "nCn62",
        "en",
        "aed_gyminsight",
        "CPR and AED training for staff and members of a fitness studio",
        "Our fitness studio in Vĩnh Long ward wants visible, known access to an AED and a CPR/AED training programme for staff and interested members, "
        "since survival after cardiac arrest is highest (about 56%) at traditional exercise facilities that are prepared.",
        {"nCo096": 2, "nCo100": 2, "nCo102": 2, "nCo109": 1, "nCo108": 1, "nCo110": 1},
    ),
    (
        "nCn63",
        "en",
        "swim_plo",
        "Training instructors to teach adults and seniors who are afraid of water",
        "Our sports centre in Vĩnh Long ward wants to run free noon swimming classes for adults and seniors, many of them afraid of water, but lacks "
        "qualified instructors. We need swimming-instruction and rescue training for six staff.",
        {"nCo090": 2, "nCo097": 1, "nCo093": 1, "nCo091": 1, "nCo095": 1},
    ),
    (
        "nCn64",
        "vi",
        "swim_quangnam",
        "Khách sạn mở lớp bơi hè 1 thầy kèm 3–4 trẻ",
        "Khách sạn của chúng tôi ở phường Vĩnh Long muốn mở lớp bơi hè cho trẻ theo mô hình xã hội hóa, mỗi thầy kèm 2–4 cháu có phụ huynh theo sát. "
        "Cần giáo án dạy bơi kèm kỹ năng xử lý đuối nước và đào tạo huấn luyện viên cho nhân viên hồ bơi.",
        {"nCo093": 2, "nCo094": 2, "nCo090": 2, "nCo086": 1},
    ),
    (
        "nCn65",
        "en",
        "lg_securemedz",
        "Certification for new resort lifeguards, including CPR and first aid",
        "A beach resort in Duyên Hải has eight new lifeguards for its pools. They need certification training covering water rescue, CPR with chest "
        "compressions and rescue breaths, first aid and emergency response, with instructors able to certify them.",
        {"nCo095": 2, "nCo097": 2, "nCo090": 2, "nCo096": 1, "nCo110": 1, "nCo091": 1},
    ),
    (
        "nCn66",
        "en",
        "aed_ideafit2002",
        "Should our club with many senior members adopt AEDs?",
        "Seniors are the fastest-growing group at our fitness club in Vĩnh Long ward. We are deciding whether to adopt AEDs as standard practice, what "
        "the liability is either way and what it takes to implement an effective programme.",
        {"nCo100": 2, "nCo101": 2, "nCo102": 2, "nCo104": 2, "nCo103": 1, "nCo096": 1},
    ),
    (
        "nCn67",
        "vi",
        "lg_nghean24h",
        "Can dao tao cuu ho cho nhan vien ho boi mua he",
        "He nay hoc sinh di hoc boi rat dong, ho boi cua minh o Tieu Can thieu nguoi co nghiep vu cuu ho, lo mat an toan. Can khoa dao tao cuu ho, cuu "
        "duoi va so cap cuu cho 5 nhan vien, co chung chi.",
        {"nCo090": 2, "nCo091": 2, "nCo095": 2, "nCo097": 2, "nCo092": 1},
    ),
]

NEEDS += [
    # --- flooring and acoustics ---
    (
        "nCn68",
        "en",
        "fl_pavigym",
        "Noise and vibration complaints from a first-floor gym",
        "Our gym occupies the first floor above shops in Trà Vinh ward. Dropping a single 20 kg weight reaches about 80 dB, kettlebells and group-class "
        "music add to it, and the shop tenants below complain that walls and floor shake; the landlord has threatened to end the lease. We need the floor "
        "insulated against impact noise and vibration.",
        {
            "nCo115": 2,
            "nCo116": 2,
            "nCo117": 2,
            "nCo118": 2,
            "nCo119": 2,
            "nCo127": 2,
            "nCo112": 1,
            "nCo113": 1,
            "nCo111": 1,
        },
    ),
    (
        "nCn69",
        "vi",
        "fl_jp_noise",
        "Phòng tập cá nhân tầng 2 làm ồn xuống văn phòng tầng dưới",
        "Phòng tập cá nhân của tôi thuê tầng 2 một tòa nhà nhỏ ở phường Vĩnh Long, tầng trệt là văn phòng bất động sản. Tiếng tạ đơn rơi và tiếng thanh "
        "đòn đặt lên giá vang xuống kèm rung, bên dưới khó chịu. Tôi muốn lót thảm cao su dày (khoảng 15 mm trở lên) hoặc hệ sàn cách âm cho khu tạ tự do.",
        {
            "nCo112": 2,
            "nCo119": 2,
            "nCo127": 2,
            "nCo115": 2,
            "nCo116": 2,
            "nCo117": 2,
            "nCo118": 2,
            "nCo113": 1,
            "nCo111": 1,
        },
    ),
    (
        "nCn70",
        "en",
        "ac_eskakustik",
        "Swimming teachers cannot be heard in an echoing indoor pool",
        "In our indoor pool in Vĩnh Long ward, sound bounces off tiled walls and floors; splashing, play and shouting reach extreme levels, instructors "
        "struggle to teach and announcements could be misunderstood in an emergency. We need acoustic treatment that survives humidity and chlorine.",
        {"nCo122": 2, "nCo123": 2, "nCo124": 2, "nCo125": 1, "nCo126": 1, "nCo141": 1},
    ),
    (
        "nCn71",
        "vi",
        "ac_technature",
        "Bể bơi trong nhà của trường vang dội, cứu hộ hô không nghe rõ",
        "Bể bơi trong nhà của một trường tư thục ở Vĩnh Long có sàn gạch, tường trơn, trần cao nên vang rất lớn; khi đông học sinh, cứu hộ viên hô hay "
        "thổi còi các em không nghe rõ, tiếng ồn còn lan sang phòng học kế bên. Cần vật liệu hút âm chịu ẩm, không nấm mốc và phương án cách âm.",
        {"nCo122": 2, "nCo123": 2, "nCo124": 2, "nCo125": 1, "nCo126": 1, "nCo141": 1},
    ),
    (
        "nCn72",
        "vi",
        "fl_minhdang",
        "Sàn quanh hồ bơi trơn, trẻ em hay té ngã",
        "Hồ bơi ở Giồng Trôm lát gạch bóng quanh bể, lúc ướt rất trơn, đã có trẻ em té ngã. Chúng tôi muốn thay vật liệu lát sàn quanh hồ có bề mặt "
        "nhám chống trượt, chịu nước và hóa chất, giữ được thẩm mỹ.",
        {"nCo120": 2, "nCo121": 2, "nCo113": 1},
    ),
    (
        "nCn73",
        "en",
        "fl_specializedweb",
        "Echo and clanking in a boutique fitness studio with hard floors",
        "Our boutique studio in Bến Tre ward has hard floors; every clink of weights and equipment echoes and members find it distracting. We want "
        "acoustic flooring that absorbs impact and airborne sound and keeps noise at an acceptable level.",
        {"nCo115": 2, "nCo116": 2, "nCo119": 2, "nCo127": 2, "nCo125": 1, "nCo126": 1, "nCo118": 1, "nCo114": 1},
    ),
    (
        "nCn74",
        "vi",
        "ac_minhphat",
        "Phòng tập nhóm zumba, spinning bị vang, cần vách và trần tiêu âm",
        "Trung tâm thể hình ở Bình Đại có phòng tập nhóm zumba, spinning mở nhạc lớn, tường bê tông nên tiếng vang dội, huấn luyện viên phải hét. Cần "
        "vách hoặc trần tiêu âm (gỗ tiêu âm, nỉ, mút) đạt hệ số hút âm cao, chống cháy, có thi công trọn gói.",
        {"nCo125": 2, "nCo126": 2, "nCo124": 1, "nCo123": 1, "nCo141": 1, "nCo136": 1},
    ),
    (
        "nCn75",
        "vi",
        "pool_hocboi247",
        "Ho boi bi reu xanh, can nguoi xu ly",
        "Ho boi nho cua gia dinh kinh doanh o Cau Ke bi reu tao bam thanh va day, nuoc mo, sau mua va nang gat thi reu moc nhanh, he thong loc chay "
        "khong hieu qua. Can nguoi xu ly dut diem va bao gia hoa chat, huong dan cach giu nuoc sach.",
        {"nCo040": 2, "nCo041": 2, "nCo023": 2, "nCo022": 1},
    ),
]
