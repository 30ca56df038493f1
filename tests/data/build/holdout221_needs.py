"""Needs of the holdout221 set: (id, language, source key, title, description, {offer id: grade}).

Needs are set in Trà Vinh / Vĩnh Long; most are written from pages about other places and moved into the province.
"""

NEEDS = [
    (
        "qOn01",
        "vi",
        "acc",
        "Cần đơn vị kiểm toán năng lượng bắt buộc cho nhà máy chế biến thủy sản",
        "Nhà máy chế biến thủy sản của chúng tôi ở huyện Trà Cú, Trà Vinh tiêu thụ năng lượng lớn, thuộc diện phải lập kế hoạch và "
        "báo cáo sử dụng năng lượng theo Luật 50/2010/QH12, Nghị định 21/2011 và Thông tư 09/2012/TT-BCT. Cần đơn vị có năng lực "
        "đo kiểm, phân tích hiện trạng và đề xuất giải pháp để hoàn thành báo cáo kiểm toán năng lượng đúng quy định.",
        {"qOo001": 2, "qOo002": 2, "qOo003": 2, "qOo005": 2, "qOo004": 1, "qOo011": 1, "qOo007": 1},
    ),
    (
        "qOn02",
        "en",
        "revolve",
        "Low-cost energy audit for a small bakery",
        "We run a small bakery in Trà Vinh city. Electricity prices keep moving and we are not an energy-intensive business, so "
        "a big audit seems too much. We want a short, affordable audit that shows where we waste power and also the side "
        "benefits (better air and working conditions, a greener image for customers).",
        {"qOo006": 2, "qOo007": 2, "qOo008": 2, "qOo009": 1, "qOo002": 1, "qOo001": 1},
    ),
    (
        "qOn03",
        "en",
        "bizrunner",
        "Professional energy audit and operations checklist for a furniture workshop",
        "Our furniture workshop in Càng Long has never had a professional energy audit; surveys say about 30% of small firms "
        "lose up to $5,000 a year that way. We want an auditor to flag wasteful circuits on saws, lighting and extraction fans, "
        "and a simple checklist our staff can keep using.",
        {"qOo006": 2, "qOo007": 2, "qOo009": 2, "qOo003": 2, "qOo008": 1},
    ),
    (
        "qOn04",
        "vi",
        "savelectrical",
        "Can kiem tra dien nang cho nha nghi",
        "Nha nghi 15 phong o TP Vinh Long, tien dien moi thang cao ma khong biet xai vao dau. Can nguoi xem xet dung dien the nao, "
        "vi sao va luc nao, tim cho co the tiet kiem va de xuat viec can lam. Tu minh lam cung duoc neu co huong dan, con khong thi "
        "thue chuyen gia ben ngoai.",
        {"qOo003": 2, "qOo005": 2, "qOo006": 2, "qOo007": 2, "qOo009": 1},
    ),
    (
        "qOn05",
        "vi",
        "hpe_anhminh",
        "Lắp đồng hồ đo điện theo công đoạn và xây quy trình quản lý năng lượng cho xưởng đúc",
        "Xưởng đúc và gia công cơ khí ở thị xã Bình Minh (Vĩnh Long) chạy lò trung tần ca đêm từ 20 giờ đến 4 giờ sáng để né giờ cao "
        "điểm, khoảng 300 ngày/năm; chiếu sáng sản xuất 20 giờ/ngày. Chưa có đồng hồ đo điện, khí nén ở các hộ tiêu thụ chính nên "
        "không biết suất tiêu hao từng khâu, cũng chưa có quy trình quản lý năng lượng. Cần giải pháp đo đếm và hướng dẫn xây quy trình.",
        {"qOo115": 2, "qOo117": 2, "qOo129": 2, "qOo132": 2, "qOo123": 2, "qOo011": 1, "qOo121": 1},
    ),
    (
        "qOn06",
        "en",
        "ammc",
        "Variable speed control for throttled water-supply pumps",
        "Our rural water-supply cooperative in Cầu Kè runs its pumps at full speed and controls flow by partly closing valves. "
        "We have read that a pump needing 2,000 W at full speed may need only about 250 W at half speed. We want an assessment "
        "and installation of speed control where it really pays.",
        {"qOo012": 2, "qOo013": 2, "qOo014": 2, "qOo016": 2, "qOo017": 2, "qOo018": 2, "qOo015": 1},
    ),
    (
        "qOn07",
        "vi",
        "wsu",
        "Lắp biến tần cho quạt tháp giải nhiệt và bơm nước tuần hoàn",
        "Nhà máy nước đá của chúng tôi ở phường 4, TP Trà Vinh có quạt tháp giải nhiệt và bơm tuần hoàn chạy 100% tốc độ cả ngày "
        "dù tải thay đổi theo mẻ đá. Cần kỹ sư chọn và cài đặt biến tần phù hợp điều kiện tải để thực sự tiết kiệm điện.",
        {"qOo018": 2, "qOo017": 2, "qOo016": 2, "qOo015": 2, "qOo012": 2, "qOo014": 2, "qOo013": 1},
    ),
    (
        "qOn08",
        "vi",
        "topcargo",
        "Giảm tiền điện máy bơm tưới vườn cây ăn trái",
        "Gia đình tôi ở xã An Phú Tân, Cầu Kè có 2 ha vườn dừa và cây ăn trái, máy bơm tưới chạy nhiều giờ mỗi ngày mùa khô; như "
        "hơn 85% hộ ở đồng bằng sông Cửu Long, chúng tôi phụ thuộc máy bơm. Muốn lắp bộ điều khiển tốc độ hoặc giải pháp nào giúp "
        "bơm đúng lượng nước cần mà bớt tiền điện.",
        {"qOo018": 2, "qOo017": 2, "qOo016": 2, "qOo014": 2, "qOo021": 1},
    ),
    (
        "qOn09",
        "en",
        "hoodu",
        "Constant-pressure water supply with variable speed pumps for a hotel",
        "Our hotel in Vĩnh Long city uses a rooftop tank and a fixed-speed booster pump; pressure on the upper floors is poor "
        "and the pump cycles often. We want a constant-pressure supply in which drives adjust pump speed to demand, which "
        "saves energy and is more reliable.",
        {"qOo013": 2, "qOo016": 2, "qOo018": 2, "qOo019": 1, "qOo014": 1, "qOo017": 1},
    ),
    (
        "qOn10",
        "en",
        "ecmweb",
        "Repair or replace: premium-efficiency motors for a rice mill",
        "Our rice mill in Trà Ôn has about 20 old motors that have been rewound several times. Premium-efficiency motors cost "
        "up to 30% more than standard ones, so each time one burns out we face the repair-or-replace question. We need help "
        "calculating when a premium motor pays back and a supplier for replacements.",
        {"qOo022": 2, "qOo023": 2, "qOo024": 2, "qOo025": 2, "qOo026": 2, "qOo021": 2, "qOo027": 1},
    ),
    (
        "qOn11",
        "vi",
        "probsee",
        "Thay động cơ cũ bằng động cơ hiệu suất cao IE3",
        "Xưởng chế biến thức ăn thủy sản ở Long Hồ dùng nhiều động cơ 3 pha cho máy nghiền, trộn, băng tải chạy liên tục. Động cơ "
        "hiệu suất cao thường đạt hiệu suất đầy tải cao hơn 2-4% và có thể hoàn vốn trong 1-3 năm; chúng tôi cần đơn vị cung cấp "
        "động cơ IE3 và tính toán phương án thay thế.",
        {"qOo021": 2, "qOo026": 2, "qOo023": 2, "qOo022": 2, "qOo025": 1},
    ),
    (
        "qOn12",
        "vi",
        "iac_motors",
        "Thay mô tơ 15 kW cũ ở trạm bơm tưới",
        "Trạm bơm tưới của hợp tác xã ở Tiểu Cần dùng mô tơ 15 kW đã hơn 15 năm, chạy gần đầy tải nhiều giờ trong mùa khô. Cần tính "
        "tiền điện tiết kiệm nếu thay bằng động cơ hiệu suất cao và đơn vị cung cấp, lắp đặt.",
        {"qOo021": 2, "qOo026": 2, "qOo023": 2, "qOo022": 2, "qOo017": 1},
    ),
    (
        "qOn13",
        "vi",
        "tomvang",
        "Giảm điện chạy quạt nước cho ao nuôi tôm",
        "Gia đình tôi ở ấp Bờ Kinh 1, xã Mỹ Hòa, Cầu Ngang nuôi tôm 1,2 ha gồm 4 ao nuôi và 2 ao lắng. Quạt nước tạo oxy là bắt buộc "
        "nhưng tiền điện rất cao; tôi đã thấy trục quạt cong làm máy chạy nặng. Cần hướng dẫn lắp đặt, bố trí quạt cách bờ hợp lý "
        "và giờ chạy quạt để tiết kiệm điện mà tôm vẫn đủ oxy.",
        {"qOo029": 2, "qOo030": 2, "qOo031": 2, "qOo032": 2, "qOo033": 2, "qOo035": 1, "qOo037": 1},
    ),
    (
        "qOn14",
        "en",
        "th4",
        "Energy audit of aerators on an intensive shrimp farm",
        "Our intensive whiteleg shrimp farm in Duyên Hải relies on paddlewheel aerators, which, as audits of other farms show, "
        "take 70-80% of the power load. We want someone to audit aerator use and advise on better aerators or mounting and "
        "operating schedules to lower the bill.",
        {"qOo035": 2, "qOo037": 2, "qOo030": 2, "qOo036": 1, "qOo039": 1, "qOo033": 1},
    ),
    (
        "qOn15",
        "en",
        "gsa_part1",
        "How much aeration do our shrimp ponds really need?",
        "Our cooperative in Cầu Ngang sizes aerators by the rule of thumb of 1 hp per 300-500 kg of shrimp plus a safety margin, "
        "and runs them about 16 hours a day over an 80-day crop. We suspect we install and run more aeration than needed and "
        "want help to size and schedule it using dissolved-oxygen monitoring.",
        {"qOo035": 2, "qOo039": 2, "qOo033": 2, "qOo037": 1, "qOo031": 1},
    ),
    (
        "qOn16",
        "vi",
        "exchangenet",
        "Chon mo to va cach lap dan quat ao tom cho do ton dien",
        "Dan quat ao tom o Dong Hai, Duyen Hai chay bang mo to dien 2 ngua, mo to nho chi dat khoang 79% hieu suat va nen chay "
        "gan 75% tai. Truc quat hay nong, mo to mau hu. Can cach lap dat dan quat, goi do va chon mo to sao cho chay nhe, bot ton dien.",
        {"qOo030": 2, "qOo029": 2, "qOo031": 1, "qOo021": 1, "qOo037": 1},
    ),
    (
        "qOn17",
        "en",
        "shrimpnews",
        "Better design for farm-built long-arm aerators",
        "Our shrimp farm in Trà Cú uses long-arm paddlewheel aerators assembled by our own staff, at about 24-36 hp per hectare "
        "and up to 20 hours a day. Electricity for aeration is a major cost per kilogram. We want a proven improvement to the "
        "paddle arrangement, shaft support or motor coupling that cuts friction and power.",
        {"qOo030": 2, "qOo029": 2, "qOo036": 1, "qOo031": 1},
    ),
    (
        "qOn18",
        "vi",
        "baovinhlong",
        "Giảm điện năng cho nhà máy xay xát, lau bóng gạo",
        "Doanh nghiệp xay xát, lau bóng gạo của chúng tôi ở Tam Bình (Vĩnh Long) có điện năng là chi phí lớn nhất sau nguyên liệu. "
        "Tỉnh khuyến khích doanh nghiệp lúa gạo, thủy sản sử dụng năng lượng tiết kiệm. Chúng tôi cần biết định mức điện hợp lý cho "
        "khâu lau bóng và giải pháp thiết bị, vận hành để giảm.",
        {"qOo040": 2, "qOo041": 2, "qOo043": 1, "qOo044": 1, "qOo042": 1, "qOo001": 1},
    ),
    (
        "qOn19",
        "en",
        "reeep_rice",
        "Energy breakdown and efficiency measures for a rice polishing mill",
        "We own a small modern rice mill in Vũng Liêm with hullers, whiteners, polishers, blowers and bucket elevators. Like "
        "many small mills we use old local technology. We want an energy-use breakdown per operation and a list of proven "
        "efficiency measures for the machines that consume most.",
        {"qOo043": 2, "qOo040": 2, "qOo041": 2, "qOo025": 1},
    ),
    (
        "qOn20",
        "vi",
        "vusta_lochaylu",
        "Can lo say lua cho to hop tac mua mua",
        "To hop tac o Tra On thu hoach lua mua mua khong phoi duoc, phoi tren duong thi hao hut. Can lo say lua 2-4 tan/me, do lua "
        "vao say toi kho roi xa ra bao, it nhan cong, de di chuyen giua cac canh dong, dot trau cho re.",
        {"qOo098": 2, "qOo099": 2, "qOo100": 2, "qOo042": 1},
    ),
    (
        "qOn21",
        "en",
        "vusta_lochaylu",
        "Batch dryer for wet-season seed rice",
        "Our seed-rice cooperative in Tiểu Cần cannot sun-dry the wet-season harvest, and losing a batch of seed is costly. We "
        "need a compact batch dryer of 2-8 tonnes per batch that burns husk, needs little labour and no drying yard, and can be "
        "moved between fields.",
        {"qOo098": 2, "qOo099": 2, "qOo100": 2, "qOo042": 1},
    ),
    (
        "qOn22",
        "vi",
        "sayns",
        "Máy sấy cơm dừa cho hợp tác xã",
        "Hợp tác xã chế biến dừa ở Càng Long đang phơi cơm dừa ngoài trời nên mùa mưa phải ngưng sản xuất, sản phẩm không đều. Cần "
        "thiết bị sấy cơm dừa tiết kiệm năng lượng, sấy đều, chủ động quanh năm, giá phù hợp hợp tác xã.",
        {"qOo095": 2, "qOo096": 2, "qOo097": 2, "qOo093": 1, "qOo087": 1},
    ),
    (
        "qOn23",
        "en",
        "vusta_dua",
        "Continuous fluidised-bed line for desiccated coconut",
        "Our coconut company in Châu Thành (Trà Vinh) wants to make desiccated coconut: grated meat sterilised with steam at "
        "about 100 °C, then dried continuously to around 3% moisture without lumps or colour change, using less energy than "
        "our current tray dryer.",
        {"qOo096": 2, "qOo097": 1, "qOo088": 1, "qOo094": 1},
    ),
    (
        "qOn24",
        "vi",
        "tienhai",
        "Máy sấy tôm khô tiết kiệm điện",
        "Cơ sở tôm khô ở ấp Động Cao, xã Đông Hải, Duyên Hải làm khoảng 35 tấn tôm khô, cá khô mỗi năm (sản phẩm OCOP). Trước đây "
        "sấy bằng cách để tôm trong phòng kín với nhiều quạt chạy 60 tiếng. Muốn thay máy sấy nhiệt độ thấp tiết kiệm điện, giữ màu "
        "và mùi tôm.",
        {"qOo094": 2, "qOo088": 2, "qOo089": 2, "qOo090": 1, "qOo093": 1, "qOo087": 1, "qOo091": 1},
    ),
    (
        "qOn25",
        "en",
        "tranp",
        "Heat-pump dryer for dried fruit",
        "Our fruit cooperative in Cầu Kè wants to sell dried fruit instead of selling cheaply at harvest peaks. Sun and air "
        "drying are slow and give poor quality. We want a low-temperature heat-pump dryer that keeps flavour, aroma and "
        "nutrients and reuses the heat.",
        {"qOo087": 2, "qOo088": 2, "qOo089": 2, "qOo093": 2, "qOo094": 2, "qOo092": 1},
    ),
    (
        "qOn26",
        "en",
        "talkaboutspam",
        "Evaluate heat-pump dryer performance before buying",
        "We dry ginger and herbs in Trà Cú with electric heaters. Before investing in a heat pump dehydrator we want its "
        "performance measured on our product, by coefficient of performance and specific moisture extraction rate, and "
        "advice on where its losses are.",
        {"qOo090": 2, "qOo087": 2, "qOo093": 2, "qOo088": 1, "qOo094": 1, "qOo092": 1},
    ),
    (
        "qOn27",
        "vi",
        "hindawi",
        "Can may say bom nhiet cho chuoi say",
        "Co so chuoi say o Tieu Can mua chuoi chin ruc vao mua, chuoi nhieu nuoc tren 80% nen de hu. Nghe noi say bom nhiet giu "
        "mau va vitamin nhung so may dat, say cham. Can don vi tu van va cung cap may say bom nhiet phu hop.",
        {"qOo093": 2, "qOo087": 2, "qOo088": 2, "qOo094": 2, "qOo092": 1},
    ),
    (
        "qOn28",
        "vi",
        "scielo",
        "Chuyển lò sấy cá khô sang sấy bơm nhiệt",
        "Cơ sở làm khô cá ở Duyên Hải đang sấy bằng lò đốt củi và điện trở; giá điện, nhiên liệu tăng và khói bụi ảnh hưởng chất "
        "lượng. Cần chuyển sang máy sấy bơm nhiệt điều khiển được nhiệt độ, lưu lượng và độ ẩm không khí.",
        {"qOo094": 2, "qOo088": 2, "qOo089": 2, "qOo090": 1},
    ),
    (
        "qOn29",
        "en",
        "cuaresma",
        "Solar-assisted heat pump dryer for seaweed",
        "Farmers along the Duyên Hải coast want to dry seaweed and other high-value marine produce at low temperature. Diesel "
        "and fuel dryers are costly. We are looking for a solar-assisted heat pump dryer that recovers heat from the moist air.",
        {"qOo090": 2, "qOo088": 1, "qOo094": 1},
    ),
    (
        "qOn30",
        "vi",
        "thermalenergyhq",
        "Chuyển nước nóng khách sạn sang máy bơm nhiệt",
        "Khách sạn 20 phòng ở TP Trà Vinh đang dùng bình nóng lạnh điện trở từng phòng, cần thay toàn bộ. Bơm nhiệt hoạt động như tủ "
        "lạnh chạy ngược, có thể dùng ít hơn 75% điện so với máy nước nóng điện. Cần đơn vị tính chi phí, hoàn vốn và lắp hệ thống "
        "nước nóng trung tâm bơm nhiệt.",
        {"qOo079": 2, "qOo080": 2, "qOo084": 2, "qOo081": 2, "qOo082": 2, "qOo083": 2},
    ),
    (
        "qOn31",
        "en",
        "solareast",
        "Commercial heat pump water heaters for a care home",
        "Our care home in Vĩnh Long city needs a steady supply of hot water every day and uses electric resistance heaters, "
        "which give about one unit of heat per unit of electricity. We want a cost comparison and installation of commercial "
        "heat pump water heaters.",
        {"qOo081": 2, "qOo082": 2, "qOo079": 2, "qOo080": 2, "qOo083": 1, "qOo084": 1},
    ),
    (
        "qOn32",
        "en",
        "masssave",
        "Efficient water heating for a restaurant kitchen",
        "Water heating is one of the biggest energy uses in our restaurant in Vĩnh Long city (dishwashing and cooking). We want "
        "a high-efficiency water heater with lower bills and better control, and clear specifications to buy it.",
        {"qOo082": 2, "qOo081": 2, "qOo080": 2, "qOo079": 1},
    ),
    (
        "qOn33",
        "vi",
        "sagewater",
        "Thay máy nước nóng cũ cho nhà nghỉ",
        "Nhà nghỉ ở thị trấn Vũng Liêm đang sửa lại đường ống nước đã dùng lâu năm, nhân dịp này muốn thay luôn máy nước nóng cũ "
        "bằng loại hiện đại chạy rẻ hơn. Nghe nói máy bơm nhiệt tiết kiệm nhiều điện, cần tư vấn và lắp đặt.",
        {"qOo079": 2, "qOo080": 2, "qOo084": 2, "qOo083": 2, "qOo081": 1},
    ),
    (
        "qOn34",
        "vi",
        "kimchung",
        "Nâng hiệu quả hệ thống lạnh nhà máy nước đá",
        "Nhà máy nước đá ở thị trấn Định An, Trà Cú sản xuất khoảng 2.000 cây đá/ngày (53 kg/cây) cho tàu cá; tiền điện khoảng 200 "
        "triệu đồng/tháng. Đã làm lạnh sơ bộ nước trước khi vào khuôn và bỏ phần lõi chưa đóng băng để rút ngắn mẻ đá hơn 20 giờ. "
        "Nay cần giải pháp nâng cấp hệ thống lạnh hiệu quả hơn.",
        {"qOo054": 2, "qOo051": 2, "qOo048": 1, "qOo001": 1},
    ),
    (
        "qOn35",
        "en",
        "pmq",
        "Cutting refrigeration costs in a café",
        "Our café and pizza shop in Trà Vinh city has a walk-in, two reach-ins, an under-counter unit and a cold prep table; "
        "refrigeration is about a fifth of our power use. We want practical measures and advice on efficient equipment.",
        {"qOo052": 2, "qOo053": 2, "qOo050": 2, "qOo054": 1, "qOo051": 1},
    ),
    (
        "qOn36",
        "vi",
        "kiona",
        "Giảm điện tủ mát, tủ đông cho cửa hàng",
        "Cửa hàng tiện lợi ở TP Vĩnh Long có nhiều tủ mát, tủ đông chạy suốt ngày đêm; nhân viên hay chất hàng quá vạch và để "
        "nhiệt độ thấp hơn cần thiết. Cần hướng dẫn cài nhiệt độ, cách bảo quản và biện pháp giảm điện cho tủ lạnh thương mại.",
        {"qOo050": 2, "qOo052": 2, "qOo053": 2, "qOo054": 1, "qOo051": 1},
    ),
    (
        "qOn37",
        "en",
        "visualfoodie_cool",
        "Cooling cost analysis for a shrimp freezing plant",
        "Our frozen-shrimp plant in Duyên Hải saw summer electricity soar after buying a new freezer; we noticed the spiral "
        "freezer keeps running during changeovers between batches. We want our cooling costs analysed and control strategies "
        "that link refrigeration to the production schedule.",
        {"qOo051": 2, "qOo054": 2, "qOo048": 1, "qOo049": 1},
    ),
    (
        "qOn38",
        "vi",
        "vncpc",
        "Thay đèn LED cho xưởng cơ khí",
        "Xưởng cơ khí, mạ của chúng tôi ở khu công nghiệp Hòa Phú, Long Hồ còn dùng đèn 250 W, công nhân không tắt đèn ở máy không "
        "chạy. Cần tư vấn thay bằng đèn LED phù hợp nhà xưởng, tính tiền điện tiết kiệm và lắp đặt.",
        {"qOo059": 2, "qOo060": 2, "qOo058": 2, "qOo062": 2, "qOo066": 1, "qOo064": 1, "qOo063": 1},
    ),
    (
        "qOn39",
        "en",
        "wapa",
        "LED high-bay lighting for a rice warehouse",
        "Our rice warehouse in Bình Minh is lit by 250-1,000 W high-intensity discharge lamps that run long hours because they "
        "restart slowly. We want LED high-bay fixtures with sensors, sized correctly for the mounting height.",
        {"qOo063": 2, "qOo064": 2, "qOo065": 2, "qOo066": 2, "qOo062": 1},
    ),
    (
        "qOn40",
        "en",
        "acehw",
        "LED high-bay pilot with occupancy and daylight controls",
        "Our distribution warehouse in Long Hồ wants to pilot LED high-bays with occupancy and daylight controls and measure "
        "the real savings against the old metal-halide lighting power density before rolling out to all aisles.",
        {"qOo063": 2, "qOo065": 2, "qOo064": 1, "qOo066": 1},
    ),
    (
        "qOn41",
        "vi",
        "icon_led",
        "Doi bong huynh quang sang den LED cho tiem tap hoa",
        "Tiem tap hoa o Cang Long con xai bong huynh quang va bong soi dot, tien dien thang nao cung cao. Nghe noi den LED sang hon, "
        "ben 35.000-50.000 gio. Can noi ban den LED tot, gia vua phai va chi cach thay.",
        {"qOo060": 2, "qOo059": 2, "qOo058": 1, "qOo062": 1},
    ),
    (
        "qOn42",
        "en",
        "tepbac_ts",
        "LED payback for fish-processing halls",
        "Our seafood processing plant in Trà Cú uses about 1.5 kWh per kg of product, and part of that is fluorescent lighting "
        "in processing halls running long shifts. We want the payback of switching to LED calculated and the retrofit done.",
        {"qOo058": 2, "qOo062": 2, "qOo063": 1, "qOo059": 1},
    ),
    (
        "qOn43",
        "vi",
        "tothethao",
        "Đèn đường năng lượng mặt trời cho lộ nông thôn",
        "Ấp chúng tôi ở xã Hiệp Mỹ Đông, Cầu Ngang có tuyến lộ dài hơn 1 km, chưa đến 20 hộ hai bên, không muốn kéo điện lưới rồi "
        "phải thu tiền điện hằng tháng. Dự kiến lắp khoảng 23 đèn năng lượng mặt trời, trụ sắt cao 6 m, cách nhau 25 m; cần nơi cung "
        "cấp đèn bền, giá hợp lý.",
        {"qOo072": 2, "qOo073": 2, "qOo070": 1, "qOo071": 1},
    ),
    (
        "qOn44",
        "vi",
        "vneec_solar",
        "Chiếu sáng sân chợ và đường xã bằng đèn năng lượng mặt trời",
        "Xã ở Tiểu Cần muốn chiếu sáng khu chợ và các tuyến đường chính bằng đèn tự bật khi trời tối, tự tắt khi sáng, không tốn "
        "tiền điện hằng tháng, không phụ thuộc điện lưới; kinh phí vận động xã hội hóa. Cần đơn vị cung cấp, lắp đặt trọn gói.",
        {"qOo072": 2, "qOo073": 2, "qOo069": 1},
    ),
    (
        "qOn45",
        "en",
        "summit",
        "LED retrofit of high-pressure sodium streetlights",
        "The town of Càng Long pays for streetlights that can be a quarter of its electricity bill, and maintenance adds another "
        "15-25% of the annual lighting budget. We want to replace the sodium lamps with LED to cut both.",
        {"qOo074": 2, "qOo075": 2, "qOo076": 2, "qOo068": 2, "qOo070": 2, "qOo069": 1, "qOo071": 1},
    ),
    (
        "qOn46",
        "vi",
        "onorled",
        "Thay 3.000 đèn đường cao áp bằng LED cho thành phố",
        "Đơn vị quản lý chiếu sáng TP Vĩnh Long muốn thay khoảng 3.000 đèn cao áp sodium bằng LED theo nhiều giai đoạn. Kinh nghiệm "
        "nơi khác cho thấy tiết kiệm trên 60% tiền điện và số lần sửa chữa giảm mạnh. Cần đối tác lập phương án, cung cấp và thi công.",
        {"qOo068": 2, "qOo070": 2, "qOo071": 2, "qOo075": 2, "qOo077": 2, "qOo069": 1},
    ),
    (
        "qOn47",
        "en",
        "beauty4more",
        "Streetlight inventory and data before an LED retrofit",
        "Our city lighting unit in Vĩnh Long lacks reliable data on its streetlight assets, so it cannot compare retrofit "
        "options. Public lighting can be a large share of city electricity. We want a full inventory of poles and fixtures, "
        "GIS mapping and an assessment that feeds the LED retrofit plan.",
        {"qOo075": 2, "qOo074": 2, "qOo076": 1, "qOo068": 1},
    ),
    (
        "qOn48",
        "vi",
        "otofun",
        "Cần lắp tủ tụ bù vì bị phạt cos phi thấp",
        "Xưởng cơ khí của chúng tôi ở TP Trà Vinh có nhiều động cơ, máy hàn; điện lực báo cos phi thấp dưới mức quy định nên hóa "
        "đơn có tiền công suất phản kháng. Cần đơn vị khảo sát và lắp tủ tụ bù phù hợp.",
        {"qOo103": 2, "qOo104": 2, "qOo113": 2, "qOo109": 2, "qOo108": 2, "qOo107": 1, "qOo105": 1},
    ),
    (
        "qOn49",
        "en",
        "etool",
        "Sizing a capacitor bank for an ice plant",
        "Our ice plant in Duyên Hải runs large refrigeration compressors and the power factor sits around 0.75. We need the "
        "capacitor bank size calculated to reach about 0.95, supplied and installed, since compensation could cut our monthly "
        "bill noticeably.",
        {"qOo104": 2, "qOo109": 2, "qOo113": 2, "qOo108": 2, "qOo105": 1, "qOo110": 1},
    ),
    (
        "qOn50",
        "vi",
        "apogee",
        "Can do song hai cho xuong co nhieu bien tan",
        "Xuong che bien o Long Ho gan nhieu bien tan, tu bu hay hu, CB nhay khong ro ly do. Can don vi co may phan tich chat luong "
        "dien do song hai trong thoi gian dai o che do tai binh thuong, tim tai gay song hai va de xuat cach xu ly.",
        {"qOo111": 2, "qOo112": 2, "qOo110": 1, "qOo103": 1},
    ),
    (
        "qOn51",
        "en",
        "ipmugo",
        "Power-quality and harmonic survey before adding capacitors",
        "Our food factory in Long Hồ has many electronic drives and non-linear loads; the power factor is lagging and we fear "
        "capacitors could make harmonics worse. We want a proper multi-day measurement of total harmonic distortion and "
        "power factor before choosing compensation.",
        {"qOo112": 2, "qOo111": 2, "qOo110": 1, "qOo109": 1, "qOo113": 1},
    ),
    (
        "qOn52",
        "vi",
        "mms7",
        "Bù công suất phản kháng tại chỗ cho trạm bơm",
        "Trạm bơm của hợp tác xã ở Cầu Kè có nhiều động cơ bơm lớn, đường dây dài, sụt áp cuối tuyến. Muốn bù công suất phản kháng "
        "ngay tại động cơ và hiểu ảnh hưởng của việc bù đến lưới; cần đơn vị tính toán và lắp đặt.",
        {"qOo103": 2, "qOo104": 2, "qOo113": 2, "qOo109": 2, "qOo108": 2, "qOo105": 1, "qOo107": 1},
    ),
    (
        "qOn53",
        "vi",
        "bk_thesis",
        "Giám sát điện từ xa cho tòa nhà văn phòng",
        "Tòa nhà văn phòng 5 tầng của công ty ở TP Vĩnh Long muốn đo dòng điện, điện năng từng tầng, xem từ xa và điều khiển tắt "
        "thiết bị khi hết giờ. Cần giải pháp phần cứng đo lường, truyền dữ liệu và phần mềm giám sát.",
        {"qOo115": 2, "qOo116": 2, "qOo119": 2, "qOo121": 2, "qOo118": 1, "qOo122": 1},
    ),
    (
        "qOn54",
        "en",
        "sea_glossary",
        "Submeters to find waste in a cold-storage facility",
        "Our cold-storage company in Long Hồ has one utility meter for the whole site. We want submeters on compressors, "
        "lighting and pumps with real-time data, to see what runs at night and at weekends and where the energy goes.",
        {"qOo122": 2, "qOo123": 2, "qOo121": 2, "qOo115": 2, "qOo116": 1},
    ),
    (
        "qOn55",
        "en",
        "gh_topic",
        "Low-cost open-source electricity monitoring",
        "Our cooperative in Càng Long wants to see its real-time consumption and bill estimate on phones without paying for a "
        "commercial platform. We are open to ESP8266 boards, PZEM-004T sensors and open-source dashboards if someone sets them up.",
        {"qOo124": 2, "qOo126": 2, "qOo118": 2, "qOo125": 1, "qOo120": 1},
    ),
    (
        "qOn56",
        "vi",
        "pm_topic",
        "Đọc công tơ điện qua Modbus cho xưởng",
        "Xưởng may ở Mang Thít có mấy đồng hồ điện tử có cổng Modbus nhưng chưa khai thác; muốn đọc số liệu điện áp, dòng, công suất "
        "tự động và xem trên điện thoại, máy tính, có thể gửi qua MQTT.",
        {"qOo119": 2, "qOo125": 2, "qOo115": 2, "qOo117": 1, "qOo124": 1},
    ),
    (
        "qOn57",
        "vi",
        "tuvaniso",
        "Tư vấn ISO 50001 theo yêu cầu khách hàng châu Âu",
        "Công ty xuất khẩu thủy sản ở Trà Cú được khách hàng châu Âu yêu cầu chứng minh quản lý năng lượng hiệu quả. Biết ISO 50001 "
        "ban hành tháng 6/2011 và UNIDO khuyến khích ngành công nghiệp áp dụng; cần đơn vị tư vấn xây dựng hệ thống và hỗ trợ chứng nhận.",
        {"qOo129": 2, "qOo130": 2, "qOo131": 2, "qOo133": 2, "qOo128": 1, "qOo132": 1},
    ),
    (
        "qOn58",
        "en",
        "eatsip",
        "A structured energy management system for a feed mill",
        "Energy bills at our mid-size feed mill in Bình Minh keep rising. We have tried new bulbs, 'turn it off' signs and a "
        "suggestion box with little result. We want a systematic, plan-do-check-act energy management system, introduced in "
        "phases that suit a company of our size.",
        {"qOo132": 2, "qOo131": 2, "qOo133": 2, "qOo129": 2, "qOo130": 2, "qOo134": 1},
    ),
    (
        "qOn59",
        "en",
        "phiconsulting",
        "Adding ISO 50001 to existing ISO 9001 and 14001 systems",
        "Our packaging company in Vĩnh Long is already certified to ISO 9001 and ISO 14001, with document control, training and "
        "internal audits in place. We want to add an energy management system to ISO 50001 on the same framework.",
        {"qOo134": 2, "qOo131": 2, "qOo133": 2, "qOo129": 2, "qOo130": 1},
    ),
    (
        "qOn60",
        "vi",
        "pknb",
        "Khảo sát rò rỉ khí nén cho xưởng bao bì",
        "Xưởng bao bì ở Long Hồ có máy nén khí chạy liên tục nhưng chưa từng đo lưu lượng hay khảo sát rò rỉ; chỉ có một đồng hồ "
        "trên máy nén. Nghe nói lỗ rò 6 mm tốn gấp bốn lần lỗ 3 mm. Cần đơn vị dò rò rỉ bằng thiết bị siêu âm ngoài giờ sản xuất và "
        "tính tiền điện thất thoát.",
        {"qOo135": 2, "qOo136": 2, "qOo140": 2, "qOo142": 2, "qOo143": 2, "qOo137": 1, "qOo139": 1},
    ),
    (
        "qOn61",
        "en",
        "mexico",
        "Leak detection and repair programme for compressed air",
        "At our plastic packaging plant in Vĩnh Long, compressors take roughly 10-30% of total electricity and pressure drops "
        "slow some lines. We want a structured leak detection and repair programme with quantified savings.",
        {"qOo140": 2, "qOo141": 2, "qOo142": 2, "qOo143": 2, "qOo144": 2, "qOo135": 2, "qOo136": 1},
    ),
    (
        "qOn62",
        "vi",
        "mo_ham_lo",
        "Giảm điện máy nén khí, có nên lắp biến tần?",
        "Xưởng chế biến gỗ ở Cầu Ngang có máy nén khí chạy gần như cả ngày, tải lúc nhiều lúc ít, tiền điện ngày càng tăng. Muốn biết "
        "nên lắp biến tần cho máy nén, điều chỉnh áp suất hay giải pháp nào khác để giảm điện mà vẫn đủ khí.",
        {"qOo138": 2, "qOo144": 2, "qOo136": 2, "qOo139": 1, "qOo018": 1, "qOo016": 1},
    ),
    (
        "qOn63",
        "vi",
        "beefed",
        "Áp suất khí nén dao động, máy nén chạy tải nhiều",
        "Xưởng chế biến gỗ ở Trà Ôn dùng máy nén trục vít 37 kW; áp suất đầu ra lên xuống dù sản xuất đều, công nhân đòi tăng áp "
        "suất tổng cho đủ. Cần chẩn đoán nguyên nhân (rò rỉ, điều khiển, dung tích bình chứa) và chương trình sửa chữa, theo dõi.",
        {"qOo137": 2, "qOo138": 2, "qOo136": 2, "qOo141": 2, "qOo135": 1},
    ),
    (
        "qOn64",
        "en",
        "omni",
        "Replacing old air conditioners in a hotel",
        "Our hotel in Trà Vinh city still runs old, unreliable air conditioners and the power bill is high. We want the units "
        "replaced with efficient modern models, ducts checked for leaks, and a maintenance plan.",
        {"qOo146": 2, "qOo147": 2, "qOo148": 2, "qOo145": 1, "qOo149": 1},
    ),
    (
        "qOn65",
        "vi",
        "carrier",
        "Thay điều hòa cũ công suất lớn bằng máy inverter cho văn phòng",
        "Văn phòng công ty ở TP Vĩnh Long dùng hai máy điều hòa thương mại cũ rất tốn điện, tiền điện mùa nóng rất cao. Muốn thay "
        "bằng máy inverter hiệu suất cao, cần đơn vị khảo sát, tháo máy cũ và lắp đặt.",
        {"qOo146": 2, "qOo147": 2, "qOo148": 2, "qOo149": 1, "qOo145": 1},
    ),
    (
        "qOn66",
        "vi",
        "rangdong",
        "Thay đèn cao áp bằng đèn LED cho tàu lưới vây",
        "Chủ tàu lưới vây kết hợp ánh sáng ở Định An, Trà Cú muốn chuyển sang đèn LED để giảm dầu chạy máy phát, nhưng lo vốn đầu tư "
        "ban đầu lớn hơn đèn truyền thống và không biết LED có dụ cá tốt không. Cần đơn vị cung cấp đèn chuyên dụng và hướng dẫn.",
        {"qOo150": 2, "qOo151": 2, "qOo152": 2, "qOo154": 2, "qOo153": 1},
    ),
    (
        "qOn67",
        "en",
        "nongnghiep",
        "LED lights for squid and tuna boats",
        "Boat owners in Trà Cú fish with lights: each boat carries around 17 metal-halide lamps of 1,000 W powered by a 35-60 "
        "kVA generator, and fuel is our biggest cost. We want LED fishing lights that still attract squid and fish, with "
        "installation guidance.",
        {"qOo150": 2, "qOo151": 2, "qOo152": 2, "qOo154": 2},
    ),
    (
        "qOn68",
        "vi",
        "evn_tou",
        "Theo dõi phụ tải theo giờ để dời sản xuất sang giờ thấp điểm",
        "Cơ sở xay xát ở Trà Ôn mua điện ba giá (trạm biến áp trên 25 kVA): giờ cao điểm 9h30-11h30 và 17h-20h giá rất cao. Muốn "
        "biết máy nào đang chạy vào giờ cao điểm để dời sang giờ bình thường, thấp điểm; cần thiết bị đo và theo dõi phụ tải theo giờ.",
        {"qOo115": 2, "qOo123": 2, "qOo117": 1, "qOo116": 1},
    ),
    (
        "qOn69",
        "en",
        "luatrongba",
        "Mandatory energy audit under Vietnamese rules",
        "Our seafood export plant in Trà Cú has been told it is a key energy user and must carry out an energy audit as required "
        "by Vietnamese regulations. We need an auditor who knows the procedure: planning, preliminary survey, measurement of "
        "consumption norms and the investment opportunities to report.",
        {"qOo001": 2, "qOo003": 2, "qOo005": 2, "qOo002": 2, "qOo007": 1},
    ),
    (
        "qOn70",
        "en",
        "visualfoodie_vfd",
        "Variable frequency drives for throttled fans and pumps",
        "Our feed mill in Mang Thít runs dozens of motors at full throttle, using valves and dampers to control flow; the hum "
        "and the heat tell their own story, and the bill is huge. We want the savings from variable frequency drives estimated "
        "and the drives installed where they pay back.",
        {"qOo012": 2, "qOo016": 2, "qOo015": 2, "qOo018": 2, "qOo013": 1, "qOo014": 1, "qOo017": 1},
    ),
    (
        "qOn71",
        "en",
        "woonuxt",
        "Piston compressor losing capacity in the humid season",
        "Our small garage workshop in Trà Vinh city has a piston compressor; after hours of running, condensate collects in "
        "the tank and lines, output drops and it runs longer. We want it checked and serviced so it works efficiently again.",
        {"qOo139": 2, "qOo138": 2, "qOo142": 2, "qOo136": 1},
    ),
    (
        "qOn72",
        "vi",
        "dien_cn",
        "Tối ưu chi phí điện theo giờ cao điểm cho nhà máy nước đá",
        "Nhà máy nước đá ở Cầu Ngang trả tiền điện theo giá cao điểm, bình thường, thấp điểm. Muốn bố trí ca chạy máy nén vào giờ "
        "thấp điểm 22h-4h và theo dõi điện năng từng giờ để biết đã tránh giờ cao điểm chưa.",
        {"qOo115": 2, "qOo123": 2, "qOo162": 1, "qOo001": 1},
    ),
    (
        "qOn73",
        "en",
        "luoichong",
        "Heat-pump dehydrator for herbal tea leaves",
        "Our herbal tea cooperative in Càng Long dries moringa and other leaves; mould appears when temperature and humidity "
        "swing. We want a heat pump dehydrator that keeps both stable, uses little energy and lets us reuse the condensed water.",
        {"qOo087": 2, "qOo088": 2, "qOo089": 2, "qOo093": 2, "qOo094": 2},
    ),
    (
        "qOn74",
        "vi",
        "segurosy",
        "Thu hồi nhiệt thải cho máy sấy mứt, bánh tráng",
        "Cơ sở sấy mứt và bánh tráng ở TP Trà Vinh dùng máy sấy điện trở, khí ẩm thải ra mang theo nhiều nhiệt. Muốn chuyển sang máy "
        "sấy bơm nhiệt thu hồi nhiệt thải, tiết kiệm điện và giữ chất lượng sản phẩm.",
        {"qOo094": 2, "qOo093": 2, "qOo088": 2, "qOo087": 2, "qOo089": 1},
    ),
    (
        "qOn75",
        "en",
        "grafana_pm",
        "Automatic reading of a digital electricity meter",
        "Our guesthouse in Vĩnh Long city wants to read its digital electricity meter automatically (day and night tariffs) "
        "with a small Raspberry Pi or similar, store the readings and show them on a dashboard.",
        {"qOo124": 2, "qOo126": 2, "qOo118": 2, "qOo125": 1},
    ),
]
