"""Needs of the holdout94 labelled set, with their judged offers.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need,
1 = partly relevant. Needs whose page is about another place are set in Tra Vinh / Vinh Long.
"""

NEEDS = [
    # --- salinity on rivers, canals and sluices ---
    (
        "lRn01",
        "vi",
        "tvqt2023",
        "HTX nghêu cần đo độ mặn, oxy, pH liên tục tại bãi nuôi",
        "HTX nghêu Thành Công (xã Mỹ Long Nam, Cầu Ngang) hiện chỉ biết chất lượng nước qua đợt quan trắc của Chi "
        "cục Thủy sản, như ngày 29/3 đo được độ mặn 20‰, oxy 3 mg/l, nhiệt độ 29°C. Chúng tôi cần phao hoặc cọc đo "
        "đặt ngay bãi nghêu, đo liên tục độ mặn, pH, oxy hòa tan, nhiệt độ và báo về điện thoại khi bất thường.",
        {"lRo007": 2, "lRo021": 2, "lRo022": 2, "lRo005": 1, "lRo001": 1, "lRo008": 1},
    ),
    (
        "lRn02",
        "en",
        "tepbac18",
        "Salinity alert for farmers before they pump water, Tra Cu",
        "Our commune in Tra Cu district only hears salinity figures when the fisheries office publishes them: 3‰ at "
        "Luu Nghiep Anh and 12‰ at Dinh An port on the same day. Farmers pump river water into rice fields and ponds "
        "on the rising tide. We want a salinity sensor on the main canal that warns households by phone before they "
        "open their intakes.",
        {"lRo001": 2, "lRo003": 2, "lRo004": 2, "lRo002": 1, "lRo024": 1},
    ),
    (
        "lRn03",
        "vi",
        "vlman",
        "Trạm đo mặn tự động tại các cống và vàm sông Vĩnh Long",
        "Ban Chỉ huy PCTT tỉnh đang đọc độ mặn thủ công tại cống Nàng Âm (2,7‰), trạm Tích Thiện, vàm Quới An, Trà "
        "Ôn, Ngã Tư, Cái Muối, Đồng Phú; mặn tăng mạnh theo kỳ triều cường rằm tháng Giêng. Cần trạm đo độ mặn tự "
        "động ghi liên tục, truyền số liệu ít nhất mỗi giờ về văn phòng để ra bản tin kịp thời.",
        {"lRo001": 2, "lRo002": 2, "lRo021": 2, "lRo007": 2, "lRo010": 1},
    ),
    (
        "lRn04",
        "en",
        "vungliem",
        "Checking cheap handheld salinity meters for orchard growers",
        "In Vung Liem, salinity reached 4.5‰ at Nang Am on the peak tide while about 700 ha of durian in Thanh Binh "
        "and Quoi Thien were fruiting and 4,000 ha of rice had just been sown. Many growers bought low-priced "
        "handheld salinity meters that read wrongly. The district agriculture office needs a lab or service that can "
        "verify and calibrate these conductivity meters and tell farmers the error of each.",
        {"lRo135": 2, "lRo138": 2, "lRo137": 1, "lRo139": 1, "lRo009": 1},
    ),
    (
        "lRn05",
        "vi",
        "tv2023cong",
        "Đo mặn, mực nước tự động tại cống đầu mối để đóng mở kịp thời",
        "Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Trà Vinh phải đóng cống đầu mối khi mặn từ 1‰ và chỉ "
        "mở khi dưới 1‰, giữ mực nước nội đồng tối thiểu +0,5 m; đầu tháng 1 mặn trước cống đã 7–20‰. Cần thiết bị "
        "tự động đo độ mặn và mực nước hai phía cống, cảnh báo khi chạm ngưỡng và cho xem từ xa.",
        {"lRo010": 2, "lRo001": 2, "lRo002": 2, "lRo004": 2, "lRo080": 1, "lRo079": 1},
    ),
    (
        "lRn06",
        "vi",
        "longho",
        "Can thiet bi canh bao nuoc man cho vuon cay an trai cu lao Long Ho",
        "Nha vuon chung toi o cac xa cu lao huyen Long Ho, man nam nay vao sau va keo dai tren song Co Chien. Can "
        "mot thiet bi dat o muong lay nuoc, do do man lien tuc va bao ve dien thoai de biet luc nao duoc bom nuoc "
        "tuoi cho cay an trai.",
        {"lRo003": 2, "lRo001": 2, "lRo004": 2, "lRo024": 1},
    ),
    (
        "lRn07",
        "en",
        "vl2026",
        "Salinity stations along the Co Chien and Hau rivers with a public dashboard",
        "Vinh Long's agriculture department reads salinity weekly at Vam Tra Vinh (36 km from the sea, 0.8–5.3‰), "
        "Lang The (40 km), Duc My (50 km) and Cau Quan on the Hau, then decides how many gates to open at Lang The, "
        "Cai Hop, Rach Rum and Bong Bot. We want automatic stations at these points feeding a public web page.",
        {"lRo001": 2, "lRo002": 2, "lRo021": 2, "lRo010": 1, "lRo103": 1, "lRo006": 1},
    ),
    (
        "lRn08",
        "en",
        "kesach",
        "Shared salinity sensors at canal mouths for a pomelo cooperative, Cau Ke",
        "Our green-skin pomelo cooperative in Cau Ke has members with orchards of about 1.5 ha along three canals. "
        "In the dry season salinity at the canal mouths can reach 10‰. We want a small network of salinity sensors "
        "shared by all members, sending over LoRa radio to one receiver so we avoid a SIM card per sensor.",
        {"lRo004": 2, "lRo003": 1, "lRo087": 1, "lRo086": 1, "lRo084": 1},
    ),
    (
        "lRn09",
        "vi",
        "vlcong18",
        "Công bố độ mặn và lịch mở cống cho ghe tàu, nông dân",
        "Ở cống Rạch Bàng 7 cửa (xã Đức Mỹ, Càng Long) cống đóng nhiều ngày khi mặn lên, ghe chở trấu phải đậu chờ. "
        "Đơn vị thủy nông đã có số liệu đo mặn tự động nhưng người dân không xem được. Cần phần mềm hiển thị công "
        "khai độ mặn, giờ mở cống và gửi tin nhắn cảnh báo cho người đăng ký.",
        {"lRo105": 2, "lRo103": 2, "lRo104": 1, "lRo010": 1},
    ),
    (
        "lRn10",
        "en",
        "namthit",
        "Decision support for operating the Nam Mang Thit salinity sluices",
        "The Nam Mang Thit scheme protects about 176,000 ha behind dykes and 21 large sluices such as Lang The; "
        "salinity on the Co Chien and Hau has reached 20‰. Operators still decide by experience when to close and "
        "when to take in fresh water. We seek a system that links salinity and level readings to a hydraulic model "
        "and proposes gate schedules.",
        {"lRo010": 2, "lRo079": 1, "lRo080": 1, "lRo081": 1, "lRo006": 1},
    ),
    (
        "lRn11",
        "vi",
        "tv2022cong",
        "Giám sát và điều khiển cống đầu mối từ xa qua điện thoại",
        "Đầu tháng 3 mặn ở cửa Hưng Mỹ lên 13,8‰, Trà Kha 16,7‰, Cầu Quan 10,8‰; ngành nông nghiệp phải đóng các "
        "cống Cái Hóp, Cần Chong, Láng Thé, Mỹ Văn, Rạch Rum, Bông Bót, Tân Dinh và theo dõi liên tục. Cần giải pháp "
        "để cán bộ xem trạng thái cống, mực nước và ra lệnh đóng mở từ văn phòng hoặc điện thoại.",
        {"lRo081": 2, "lRo080": 2, "lRo010": 2, "lRo079": 1},
    ),
    (
        "lRn12",
        "vi",
        "vl60k",
        "Xin giai phap do man tu dong nhan tin cho nong dan Tra On, Vung Liem",
        "Tinh du bao khoang 60.000 ha dat san xuat bi anh huong man, nang nhat la Vung Liem va Tra On voi do man 3 "
        "den 5 phan ngan. Nong dan can tram do man tu dong tren song, tu nhan tin canh bao den dien thoai khi man "
        "vuot nguong de khong lay nuoc vao ruong vuon.",
        {"lRo001": 2, "lRo004": 2, "lRo003": 1},
    ),
]

NEEDS += [
    (
        "lRn13",
        "en",
        "vltraon",
        "Water-level sensors on inner canals while sluices stay shut, Tra On",
        "Salinity has stayed high for weeks so the sluices of Tra On cannot be opened, and most of the fresh water "
        "stored in the field canals has dried up. The district wants automatic water-level sensors in the main inner "
        "canals so it knows how much storage is left and where to send pumps.",
        {"lRo068": 2, "lRo071": 2, "lRo067": 1, "lRo074": 1, "lRo070": 1},
    ),
    # --- groundwater ---
    (
        "lRn14",
        "vi",
        "gwdecline",
        "Đo mực nước giếng khai thác tự động, truyền về văn phòng",
        "Toàn vùng ĐBSCL khai thác khoảng 2 triệu m³ nước dưới đất mỗi ngày từ hơn 553.000 giếng, mực nước một số "
        "tầng hạ tới 1,02 m/năm. HTX cấp nước sinh hoạt của chúng tôi ở Cầu Ngang có nhiều giếng khoan, cần thiết bị "
        "đo mực nước tự động trong giếng, gửi số liệu về văn phòng để điều chỉnh lượng bơm, tránh mặn xâm nhập.",
        {"lRo061": 2, "lRo060": 2, "lRo063": 2, "lRo062": 1, "lRo059": 1, "lRo064": 1},
    ),
    (
        "lRn15",
        "en",
        "nawapiq",
        "Automatic recorders for local groundwater monitoring wells",
        "Monitoring wells in the south average one per 640 km², only a quarter have automatic level recorders and "
        "local wells are not linked to the national network. The province wants to fit its own monitoring wells with "
        "automatic level loggers and share the data with the national groundwater centre.",
        {"lRo061": 2, "lRo060": 2, "lRo063": 2, "lRo064": 1, "lRo056": 1},
    ),
    (
        "lRn16",
        "en",
        "nawapiphe",
        "Designing an observation-well network around a well field, Chau Thanh",
        "A cone of depression in the middle-upper Pleistocene aquifer, with levels of -10 to -12 m, has developed "
        "since 2000 in places including Chau Thanh district. Our water company pumps there and needs expert help to "
        "design a network of observation wells: how many, where and how often to measure.",
        {"lRo064": 2, "lRo062": 1, "lRo061": 1},
    ),
    # --- tides, flooding and dykes ---
    (
        "lRn17",
        "vi",
        "vltrieu23",
        "Cảm biến đo độ ngập đường phố TP Vĩnh Long khi triều cường",
        "Triều cường vượt báo động 3 làm ngập các đường Nguyễn Thị Minh Khai, 2 Tháng 9, Võ Thị Sáu, Trần Phú, có "
        "nơi sâu khoảng 40 cm; trạm Mỹ Thuận đo 1,98 m. Phường cần trạm đo độ ngập tự động có camera, đưa số liệu và "
        "hình ảnh lên trang web để người dân chủ động đi lại.",
        {"lRo068": 2, "lRo046": 2, "lRo070": 2, "lRo071": 1},
    ),
    (
        "lRn18",
        "en",
        "vltrieu25",
        "Automatic tide gauges for river stations in Vinh Long",
        "For 14–25 November the hydro-meteorological station forecast peaks from 7 cm above alarm level I to 15 cm "
        "above alarm level III along the Tien, Ham Luong, Co Chien, Mang Thit and Hau rivers. We want automatic tide "
        "gauges at more river points so forecasts of flooding on city roads and farms rest on real-time levels.",
        {"lRo065": 2, "lRo066": 2, "lRo071": 2, "lRo069": 1},
    ),
    (
        "lRn19",
        "vi",
        "vxtrieu",
        "Báo động nước tràn bờ bao cho nhà vườn",
        "Đợt triều cường tháng 9 âm lịch, nước sông Hậu dâng trên 2,3 m, vượt báo động 3, tràn bờ bao; có vườn 1,4 "
        "ha ngập hơn 1 m chỉ sau hơn một giờ. Nhà vườn ở Bình Minh cần thiết bị đo mực nước đặt ở bờ bao, báo động "
        "về điện thoại ngay khi nước lên nhanh để kịp gia cố.",
        {"lRo069": 2, "lRo067": 2, "lRo072": 2, "lRo046": 1},
    ),
    (
        "lRn20",
        "en",
        "quoithien",
        "Early warning for weak dyke sections on river islets, Quoi Thien",
        "At 1 a.m. on 5 December a section of the Thanh Long islet dyke (Phuoc Ly Nhi hamlet, Quoi Thien) collapsed; "
        "water swept away part of a house and flooded orchards. The commune wants sensors on weak dyke and bank "
        "sections that warn before they give way.",
        {"lRo073": 2, "lRo069": 1, "lRo067": 1},
    ),
    (
        "lRn21",
        "vi",
        "vltrieu25",
        "Xa Phu Tuc can canh bao trieu cuong qua dien thoai cho nguoi dan",
        "Dai khi tuong du bao dinh trieu 17 den 20/11 co the vuot bao dong 3, vung Phu Tuc, Tien Thuy co the ngap "
        "sau. Xa can thiet bi do muc nuoc tu dong o bo song, tu phat canh bao theo cap den dien thoai nguoi dan.",
        {"lRo067": 2, "lRo072": 2, "lRo070": 2, "lRo069": 1},
    ),
    # --- discharge through sluices and canals ---
    (
        "lRn22",
        "en",
        "vlcaihop",
        "Measuring discharge through the Cai Hop and Lang The sluices",
        "At Cai Hop sluice (Duc My commune) water rushes through when the gates are open, yet nobody knows how much "
        "fresh water enters the fields before salinity (1‰ at Lang The) returns. The commune agriculture officer "
        "wants discharge measured across the sluice channels during intake.",
        {"lRo075": 2, "lRo076": 2, "lRo077": 1, "lRo078": 1, "lRo079": 1},
    ),
    (
        "lRn23",
        "vi",
        "tv2023cong",
        "Đo lưu lượng liên tục trên kênh cấp 1 sau cống đầu mối",
        "Sau khi Trà Cú vận động trục vớt lục bình, nạo vét 68 tuyến kênh cấp III, đơn vị thủy nông muốn biết lưu "
        "lượng nước ngọt thực sự chảy vào kênh cấp 1 mỗi lần mở cống. Cần thiết bị đo lưu lượng đặt cố định, ghi "
        "liên tục và truyền số liệu về.",
        {"lRo076": 2, "lRo079": 1, "lRo080": 1, "lRo075": 1},
    ),
    (
        "lRn24",
        "en",
        "namthit",
        "Training irrigation staff to measure discharge with ADCP",
        "Our irrigation company manages large sluices of the Nam Mang Thit scheme and has bought a current profiler, "
        "but staff have no procedure for measuring discharge with it. We need a written method and training.",
        {"lRo077": 2, "lRo075": 1, "lRo078": 1, "lRo076": 1},
    ),
]

NEEDS += [
    # --- rain gauges ---
    (
        "lRn25",
        "en",
        "yenbaimua",
        "Automatic rain gauges to replace manual rain points, Duyen Hai",
        "Our district storm committee relies on about ten manual rain points read every six hours, and readings "
        "arrive late or are wrong. We want automatic rain gauges that send data by 3G, GPRS or SMS in real time to a "
        "management system so heavy local rain and flooding can be warned early.",
        {"lRo048": 2, "lRo046": 2, "lRo049": 2, "lRo047": 2, "lRo050": 1, "lRo051": 1, "lRo045": 1},
    ),
    (
        "lRn26",
        "vi",
        "vrainnn",
        "Nâng cấp điểm đo mưa cộng đồng thành trạm tự động giá hợp lý",
        "Xã chúng tôi có vài điểm đo mưa cộng đồng kiểu thùng đọc trực tiếp, người dân nhắn tin báo lượng mưa như mô "
        "hình thí điểm 85 điểm ở Hà Tĩnh, Bình Định, nhưng số liệu không tức thời. Cần trạm đo mưa tự động chuyên "
        "dùng, đúng quy định kỹ thuật mà giá vừa túi tiền ngân sách xã.",
        {"lRo047": 2, "lRo046": 2, "lRo049": 2, "lRo048": 1, "lRo052": 1, "lRo054": 1, "lRo148": 1},
    ),
    (
        "lRn27",
        "en",
        "yenbaimua",
        "Loggers with solar power and cellular upload for existing rain gauges",
        "Our university research farm in Tra Vinh already has tipping-bucket rain gauges, but staff walk out to read "
        "them. We need rugged loggers that count the tips, run on a small solar panel and upload rainfall intensity "
        "over the mobile network so it can be used for flood and crop studies.",
        {"lRo050": 2, "lRo051": 2, "lRo058": 2, "lRo056": 1, "lRo057": 1},
    ),
    (
        "lRn28",
        "vi",
        "vl2026",
        "Tram bom HTX o xa Long Hiep can do mua tu dong de van hanh bom",
        "HTX dich vu nong nghiep ap Tra Sat C, xa Long Hiep van hanh cong dieu tiet va tram bom tieu. Can tram do "
        "mua tu dong gui so lieu len dien thoai de quyet dinh bom tieu hay dong cong khi mua lon gap trieu cao.",
        {"lRo046": 2, "lRo048": 2, "lRo047": 2, "lRo045": 1, "lRo049": 1},
    ),
    # --- weather stations and agro-meteorology ---
    (
        "lRn29",
        "vi",
        "cwfc",
        "Trạm thời tiết ở ấp và tin nhắn dự báo cho HTX lúa",
        "Dự báo thời tiết hiện nay tính chung cho cả tỉnh, không sát với từng cánh đồng. HTX lúa ở Tiểu Cần muốn có "
        "trạm thời tiết đặt ngay tại ấp và bản tin tin nhắn hằng tuần cho xã viên (như mô hình một trung tâm dự báo "
        "cộng đồng gửi tin cho khoảng 10.000 nông dân) để chủ động xuống giống, trữ nước, thu hoạch.",
        {"lRo037": 2, "lRo026": 2, "lRo038": 1, "lRo033": 1},
    ),
    (
        "lRn30",
        "en",
        "thvllua",
        "Compact weather station warning of drought and heat for a farm cooperative",
        "In the 2019–2020 dry season early salinity and drought destroyed thousands of hectares of rice in Tra Cu; "
        "some farmers cut the crop for cattle. Our cooperative wants a compact automatic weather station at the "
        "fields that warns of heat, dry spells and rain so we can plan sowing and irrigation.",
        {"lRo026": 2, "lRo027": 2, "lRo033": 2, "lRo035": 1},
    ),
    (
        "lRn31",
        "vi",
        "thvlpest",
        "Trạm khí tượng đồng ruộng phục vụ cảnh báo dịch hại lúa",
        "Tuần qua diện tích lúa đông xuân giai đoạn đòng trổ đến chắc xanh bị dịch hại tăng lên hơn 5.200 ha, cao "
        "hơn 500 ha so với tuần trước. Trạm trồng trọt và BVTV cần trạm khí tượng tự động đặt ngoài đồng đo ẩm độ, "
        "mưa, nhiệt độ và cảnh báo khi thời tiết thuận lợi cho bệnh phát sinh.",
        {"lRo026": 2, "lRo027": 1, "lRo033": 1, "lRo034": 1},
    ),
    (
        "lRn32",
        "en",
        "tvlongson",
        "Irrigation scheduling from weather and soil data on sandy ridges, Long Son",
        "In Huyen Duc hamlet (Long Son, Cau Ngang) households grow three to four crops a year of peanut, chilli and "
        "watermelon on sandy ridges, paying about 5 million VND/ha/year to pump from a 26,500 m³ reservoir. We want "
        "evapotranspiration and soil-moisture data to water only what the crops need.",
        {"lRo035": 2, "lRo034": 2, "lRo098": 1, "lRo096": 1, "lRo092": 1, "lRo044": 1},
    ),
    (
        "lRn33",
        "vi",
        "thvllua",
        "Thiết kế mạng trạm khí tượng và đào tạo cán bộ huyện lắp đặt, bảo trì",
        "Phòng Nông nghiệp huyện Trà Cú muốn đặt một số trạm khí tượng tự động ở các xã hay bị hạn mặn nhưng chưa có "
        "kinh nghiệm chọn vị trí, lập yêu cầu kỹ thuật để mua sắm, cũng như lắp đặt, cấu hình bộ ghi dữ liệu. Cần tư "
        "vấn và khóa đào tạo thực hành cho cán bộ.",
        {"lRo031": 2, "lRo032": 2, "lRo036": 1, "lRo039": 1},
    ),
    (
        "lRn34",
        "en",
        "thvllua",
        "Locally made weather-station modules that can be repaired in the province",
        "Imported weather stations given to our district broke down and waited months for parts. We prefer "
        "measurement and transmission modules made in Vietnam that local technicians can repair, to automate our "
        "existing manual weather and water-level stations.",
        {"lRo028": 2, "lRo029": 2, "lRo033": 1, "lRo056": 1, "lRo030": 1},
    ),
    (
        "lRn35",
        "vi",
        "cwfc",
        "Can tram thoi tiet nho cho ruong lua, xem tren dien thoai",
        "To hop tac lua o Cang Long can mot tram thoi tiet nho dat ngoai dong, do mua, gio, nhiet do, do am va gui "
        "len dien thoai, co canh bao khi sap co mua lon hay nang nong keo dai.",
        {"lRo026": 2, "lRo027": 2, "lRo037": 2, "lRo033": 1},
    ),
    (
        "lRn36",
        "en",
        "yenbaimua",
        "Routine calibration and checks for newly installed weather and rain stations",
        "After installing automatic rain and weather stations, the provincial agriculture department sends staff to "
        "check devices but has no method. We need a guide or service for siting checks and calibrating temperature, "
        "humidity, rainfall and wind sensors against reference instruments.",
        {"lRo039": 2, "lRo040": 2, "lRo054": 1, "lRo041": 1, "lRo036": 1, "lRo053": 1},
    ),
]

NEEDS += [
    (
        "lRn37",
        "vi",
        "tt10cal",
        "Kiểm tra, hiệu chuẩn định kỳ thiết bị quan trắc khí thải tự động",
        "Nhà máy lò hơi của chúng tôi trong KCN đã có hệ thống quan trắc khí thải tự động. Theo Thông tư 10/2021, "
        "thiết bị phải được kiểm tra bằng chất chuẩn ít nhất 1 tháng/lần, hiệu chuẩn lại khi sai lệch từ 10% trở lên "
        "và ghi nhật ký. Cần đơn vị kiểm định, hiệu chuẩn máy đo bụi, SO2, NOx, CO, lưu lượng.",
        {"lRo138": 2, "lRo139": 2, "lRo136": 2, "lRo137": 1, "lRo135": 1},
    ),
    # --- ponds and aquaculture water ---
    (
        "lRn38",
        "vi",
        "trangtom",
        "Theo dõi nhiệt độ, oxy ao tôm mùa nắng nóng, Long Vĩnh",
        "Tháng 4 vừa qua hơn 370 ha ao tôm ở Trà Vinh bị thiệt hại do nắng nóng kéo dài, nước ao bốc hơi, nhiệt độ "
        "tăng cao và không đều. Hộ nuôi ở xã Long Vĩnh cần thiết bị đo nhiệt độ và oxy trong ao liên tục, báo động "
        "tại ao và qua điện thoại để kịp chạy quạt, thay nước.",
        {"lRo015": 2, "lRo014": 2, "lRo012": 2, "lRo011": 1, "lRo016": 1, "lRo013": 1},
    ),
    (
        "lRn39",
        "en",
        "tepbachot",
        "Low-cost multi-parameter monitoring for ten shrimp ponds",
        "In 45 days of hot weather over 471 ha of black tiger shrimp (1,284 households) and 721 ha of whiteleg "
        "shrimp were lost in Cau Ngang, Duyen Hai and Chau Thanh, mostly at 20–40 days old, after big day-night "
        "temperature swings. Our cooperative wants salinity, pH, oxygen, temperature and ammonia monitored for ten "
        "ponds without buying a full probe set for each.",
        {"lRo011": 2, "lRo013": 1, "lRo012": 1, "lRo021": 1, "lRo014": 1},
    ),
    (
        "lRn40",
        "vi",
        "vnpxtomnon",
        "Cảm biến nhiệt độ, độ mặn cho ao tôm quảng canh ven biển Duyên Hải",
        "Nắng hạn kéo dài làm ao tôm sú vùng ngập mặn Duyên Hải cạn nước, tôm bị sốc nhiệt; gần 2.000 hộ mất trắng "
        "khoảng 140 triệu con giống 30–45 ngày tuổi, nhiều hộ phải thu hoạch non. Chúng tôi cần cảm biến đặt trong "
        "ao đo nhiệt độ, độ mặn và gửi tin nhắn khi vượt ngưỡng.",
        {"lRo012": 2, "lRo017": 2, "lRo013": 1, "lRo015": 1},
    ),
    (
        "lRn41",
        "en",
        "tvqt2020",
        "Continuous stations at river points sampled for aquaculture",
        "The fisheries sub-department samples about eleven river points by hand (Co Chien at Rach Goc bridge, Vinh "
        "Kim, Thau Rau sluice, Song Giang bridge, Long Toan, La Bang, Phuoc Thien ferry...) for salinity, pH, "
        "alkalinity and temperature between 7 and 12 a.m. We want continuous stations at key intake points with data "
        "online.",
        {"lRo021": 2, "lRo022": 2, "lRo023": 2, "lRo007": 2, "lRo025": 1},
    ),
    (
        "lRn42",
        "vi",
        "tvqt2023b",
        "Ho nuoi tom the o Cau Ngang can may do oxy bao dong ban dem",
        "Nuoc song Vinh Kim, Hiep My chi co 3 den 4 mg/l oxy, ao tom cua chung toi hay thieu oxy luc gan sang. Can "
        "thiet bi do oxy hoa tan dat trong ao, bao dong bang coi va tin nhan khi oxy xuong thap de bat quat.",
        {"lRo016": 2, "lRo014": 2, "lRo015": 2, "lRo012": 2},
    ),
    (
        "lRn43",
        "en",
        "tvqt2023b",
        "Salinity sensor that does not foul in shrimp hatchery water",
        "Our hatchery near the La Bang sluice adjusts salinity between 3 and 26‰ depending on the intake. The "
        "conductivity electrodes of our online meters get coated within weeks and drift. We look for a salinity "
        "sensor or anti-fouling set-up that stays accurate with little cleaning.",
        {"lRo024": 2, "lRo008": 2, "lRo012": 1, "lRo009": 1},
    ),
    (
        "lRn44",
        "vi",
        "tepbac18",
        "Đo mặn ngoài ruộng lúa – tôm để quyết định lấy nước",
        "Tổ hợp tác lúa – tôm ở Trà Cú luân canh tôm mùa khô và lúa mùa mưa; độ mặn trên kênh dao động từ 3‰ đến "
        "12‰. Cần mạng cảm biến đặt ngoài ruộng đo độ mặn, pH, oxy, nhiệt độ để biết lúc nào nên bổ sung nước hay "
        "rửa mặn.",
        {"lRo017": 2, "lRo004": 2, "lRo100": 1, "lRo003": 1},
    ),
    # --- factory and industrial-park wastewater ---
    (
        "lRn45",
        "vi",
        "dnwwt15",
        "Trạm quan trắc nước thải tự động cho khu công nghiệp, truyền về Sở",
        "Khu công nghiệp Long Đức có nhà máy xử lý nước thải tập trung; tỉnh yêu cầu lắp trạm quan trắc nước thải tự "
        "động truyền dữ liệu liên tục về Sở như các tỉnh đã làm (một tỉnh có 13 trạm và lắp thêm 6 trạm). Cần đơn vị "
        "thiết kế, lắp đặt trọn gói.",
        {"lRo134": 2, "lRo021": 1, "lRo023": 1, "lRo135": 1},
    ),
    (
        "lRn46",
        "en",
        "chala",
        "Continuous effluent monitoring for a 2,000 m³/day industrial-park plant",
        "Our industrial park in Tra Vinh runs a 2,000 m³/day central treatment plant. Under Decree 08/2022 we must "
        "monitor pH, temperature, COD, TSS, ammonium and inflow and outflow continuously and transmit every five "
        "minutes to the provincial environment monitoring centre.",
        {"lRo134": 2, "lRo023": 1, "lRo135": 1, "lRo136": 1},
    ),
    (
        "lRn47",
        "vi",
        "bdwwt",
        "Giám sát nước thải khu công nghiệp bằng trạm tự động, camera, lấy mẫu từ xa",
        "Sở muốn làm như một tỉnh đã đầu tư 28 tỷ đồng: chọn 6 KCN lắp thiết bị quan trắc nước thải tự động, lắp "
        "thiết bị lấy mẫu tự động điều khiển từ xa và camera quan sát 24/24 tại nhà máy xử lý, rồi yêu cầu khoảng 50 "
        "doanh nghiệp xả thải lớn tự lắp đặt và kết nối về trung tâm.",
        {"lRo134": 2, "lRo023": 1, "lRo022": 1},
    ),
    (
        "lRn48",
        "en",
        "kontum",
        "Connecting an industrial park's effluent monitoring to the environment department",
        "Our industrial park in Tra Vinh now treats wastewater to the standard, and the environment department asks "
        "us to run automatic, continuous flow and quality monitoring and connect it to its central system so "
        "discharges can be supervised at any time.",
        {"lRo134": 2, "lRo103": 1, "lRo105": 1},
    ),
]

NEEDS += [
    (
        "lRn49",
        "vi",
        "baolongan",
        "Kiểm định, hiệu chuẩn định kỳ trạm quan trắc nước thải của nhà máy",
        "Nhà máy chế biến thủy sản của chúng tôi đã lắp trạm quan trắc nước thải tự động, liên tục và truyền dữ liệu "
        "về Sở theo Thông tư 24/2017 (như nhiều KCN, doanh nghiệp xả thải lớn đã làm). Cần đơn vị kiểm định, hiệu "
        "chuẩn định kỳ các đầu đo lưu lượng, pH, DO, độ dẫn, độ đục, TSS.",
        {"lRo135": 2, "lRo137": 2, "lRo139": 2, "lRo136": 2, "lRo138": 2},
    ),
    # --- air quality and dust ---
    (
        "lRn50",
        "vi",
        "dhmuseum",
        "Cảm biến bụi giá rẻ, hiển thị công khai cho các xã gần trung tâm điện lực",
        "Người dân các xã Dân Thành, Đông Hải, Trường Long Hòa giáp Trung tâm Điện lực Duyên Hải vẫn băn khoăn về "
        "tro bụi dù nhà máy mở cửa cho xem màn hình quan trắc. Xã muốn tự đặt thêm cảm biến bụi mịn giá rẻ ở trường "
        "học, chợ, số liệu hiện công khai trên bản đồ điện thoại.",
        {"lRo108": 2, "lRo106": 2, "lRo111": 2, "lRo109": 1, "lRo116": 1, "lRo112": 1},
    ),
    (
        "lRn51",
        "en",
        "genco1",
        "Ambient air stations and ash-yard dust monitoring for a coal power plant",
        "Our power company in Duyen Hai must add automatic environmental monitoring around the plant, especially at "
        "sensitive points like the ash yard, and transmit all readings directly to the provincial environment "
        "department, showing them to residents on request.",
        {"lRo109": 2, "lRo110": 2, "lRo116": 1, "lRo149": 1},
    ),
    (
        "lRn52",
        "vi",
        "vtdust",
        "Quan trắc bụi ranh giới bãi than, cảng than có cảnh báo",
        "Đã có lúc bụi đen bay vào nhà dân giáp trung tâm nhiệt điện; tỉnh yêu cầu giảm thiểu bụi ở cảng bốc dỡ, kho "
        "than, băng tải, bãi xỉ và ngừng bốc dỡ khi gió lớn. Chúng tôi cần máy đo bụi đặt ở ranh giới, đo liên tục "
        "và báo động khi vượt ngưỡng để kịp dừng việc.",
        {"lRo116": 2, "lRo117": 2, "lRo118": 2, "lRo119": 2},
    ),
    (
        "lRn53",
        "en",
        "genco1",
        "Stack emission monitoring for a biomass boiler plant",
        "Our rice-husk boiler plant in Tra Vinh must follow the same rule as the coal plants: continuous monitoring "
        "of dust, SOx and NOx in the stack with data sent online to the environment department. We need a supplier "
        "to install and commission the stack monitoring system.",
        {"lRo115": 2, "lRo114": 2, "lRo138": 1},
    ),
    (
        "lRn54",
        "vi",
        "vtdust",
        "Trạm đo không khí di động để đo tại điểm người dân phản ánh",
        "Mỗi khi có phản ánh bụi, khói, cơ quan môi trường phải mang thiết bị đến lấy mẫu rồi chờ phân tích. Sở cần "
        "trạm đo chất lượng không khí nhỏ gọn, di chuyển được, gửi số liệu ngay qua mạng di động để đo nhanh tại các "
        "điểm khiếu nại.",
        {"lRo091": 2, "lRo118": 1, "lRo108": 1, "lRo106": 1},
    ),
    # --- noise ---
    (
        "lRn55",
        "en",
        "apdnoise",
        "Continuous noise monitoring next to a noisy workshop",
        "Residents of a ward in Tra Vinh city say that whenever the machines of a neighbouring workshop run it "
        "sounds like thunder and walls shake. The ward needs unattended noise monitoring over weeks, with levels "
        "logged by period and noise events time-stamped, to settle the complaint.",
        {"lRo124": 2, "lRo122": 2, "lRo125": 2, "lRo127": 1, "lRo129": 1, "lRo119": 1},
    ),
    (
        "lRn56",
        "vi",
        "apdnoise",
        "Dịch vụ đo tiếng ồn định kỳ cho cơ sở sản xuất bị khiếu nại",
        "Xưởng cơ khí của chúng tôi bị hộ dân xung quanh phản ánh tiếng ồn lớn, rung nhà. Cần đơn vị đo tiếng ồn tại "
        "ranh giới xưởng và nhà dân, so sánh với quy chuẩn quốc gia, lập báo cáo để biết phải xử lý đến đâu.",
        {"lRo127": 2, "lRo128": 2, "lRo125": 1, "lRo129": 1},
    ),
    (
        "lRn57",
        "en",
        "vtdust",
        "Noise and vibration monitoring at a coal port boundary",
        "After complaints about noise, vibration and coal dust near the power centre, the province asked plants to "
        "cut noise and vibration. The port operator wants permanent boundary monitors for noise (and ideally "
        "vibration) with automatic daily reports.",
        {"lRo122": 2, "lRo119": 2, "lRo124": 2, "lRo123": 1},
    ),
    (
        "lRn58",
        "vi",
        "apdnoise",
        "Thiết bị đo ồn giá rẻ đặt nhiều điểm trong khu công nghiệp",
        "Ban quản lý muốn đặt hàng chục điểm đo tiếng ồn quanh khu công nghiệp giáp dân cư, mỗi điểm giá thấp, hiển "
        "thị dB tại chỗ và gửi số liệu không dây về phòng điều hành.",
        {"lRo126": 2, "lRo123": 1, "lRo124": 1},
    ),
    # --- soil moisture and field water ---
    (
        "lRn59",
        "vi",
        "tvlongson",
        "Đo độ ẩm đất để tưới tiết kiệm trên đất giồng cát",
        "Ấp Huyền Đức (xã Long Sơn, Cầu Ngang) có hồ trữ 26.500 m³ tưới cho khoảng 30 ha đất giồng cát nhưng mới 10 "
        "hộ dùng được. Hộ trồng màu chúng tôi muốn cảm biến độ ẩm đất ở vài độ sâu để biết khi nào cần tưới, tiết "
        "kiệm nước hồ cho nhiều hộ khác.",
        {"lRo093": 1, "lRo095": 2, "lRo096": 2, "lRo099": 2, "lRo097": 1, "lRo092": 1},
    ),
    (
        "lRn60",
        "en",
        "tvlongson",
        "Level monitoring of a village irrigation reservoir",
        "The 26,500 m³ reservoir built in 2016 for about 30 ha of sandy-ridge crops in Long Son is shared by several "
        "households through a 300 m main pipe. The commune wants the reservoir level measured continuously so "
        "members can see how much water is left before each pumping round.",
        {"lRo071": 2, "lRo068": 1, "lRo059": 1, "lRo061": 1, "lRo070": 1},
    ),
]

NEEDS += [
    (
        "lRn61",
        "en",
        "vl60k",
        "Root-zone soil moisture and salinity probes for durian orchards, Vung Liem",
        "Vung Liem and Tra On are the districts most hit when salinity of 3–5‰ spreads over about 60,000 ha of "
        "farmland. Durian growers want probes at several root depths that report soil moisture and soil salinity "
        "together, so they notice salt building up after irrigation with doubtful water.",
        {"lRo100": 2, "lRo092": 1, "lRo098": 1, "lRo099": 1},
    ),
    (
        "lRn62",
        "vi",
        "tvlongson",
        "Bộ cảm biến ẩm đất, pH, EC cho ruộng rau màu",
        "Tổ hợp tác rau màu ở Cầu Ngang trồng đậu phộng, ớt, dưa hấu 3–4 vụ mỗi năm trên đất giồng cát nghèo dinh "
        "dưỡng. Cần bộ cảm biến đo độ ẩm, nhiệt độ, pH và độ dẫn điện của đất để biết lúc tưới, lúc bón và cảnh báo "
        "đất nhiễm mặn.",
        {"lRo092": 2, "lRo093": 1, "lRo101": 1},
    ),
    (
        "lRn63",
        "en",
        "thvllua",
        "Field water-level sensors for alternate wetting and drying in rice",
        "After losing rice to drought and salinity in Tra Cu, our cooperative wants to save fresh water with "
        "alternate wetting and drying. We need sensors that report the water level in each field and let us control "
        "the pumps remotely.",
        {"lRo074": 2, "lRo147": 1, "lRo094": 1},
    ),
    (
        "lRn64",
        "en",
        "tvlongson",
        "Microclimate monitoring for net-house melons on sandy soil",
        "Young farmers in Cau Ngang are moving from open-field watermelon to melons in net houses. They want sensors "
        "for temperature, humidity and light inside each house with alerts on the phone when conditions go out of "
        "range.",
        {"lRo101": 2, "lRo102": 2, "lRo092": 1},
    ),
    # --- telemetry, loggers, dashboards and station power ---
    (
        "lRn65",
        "en",
        "vlcong18",
        "Choosing LoRaWAN or NB-IoT for battery sensors at sluices",
        "Our irrigation company plans about sixty battery-powered level and salinity sensors spread over sluices and "
        "canals in Cang Long and Chau Thanh. We need independent advice on LoRaWAN versus NB-IoT, expected battery "
        "life and coverage, and help to run a pilot before buying.",
        {"lRo084": 2, "lRo088": 2, "lRo089": 1, "lRo085": 1},
    ),
    (
        "lRn66",
        "vi",
        "tvlongson",
        "Gateway LoRa giá rẻ cho mạng cảm biến ngoài ruộng",
        "Nhóm hộ trồng màu ở Long Sơn đã có vài nút cảm biến độ ẩm đất, nhiệt độ dùng LoRa nhưng chưa có trạm thu. "
        "Cần gateway giá rẻ, tầm phủ vài km vùng trống, đẩy số liệu lên đám mây và ứng dụng điện thoại.",
        {"lRo087": 2, "lRo086": 2, "lRo094": 1},
    ),
    (
        "lRn67",
        "vi",
        "nawapiq",
        "Thiết bị truyền số liệu chạy pin nhiều năm qua NB-IoT cho giếng xa",
        "Nhiều giếng quan trắc nằm ở vùng xa, không có điện lưới, vị trí bất tiện cho việc đi lại. Cần mô-đun truyền "
        "NB-IoT và thiết kế thiết bị chạy pin được nhiều năm, gửi mực nước mỗi ngày qua mạng di động.",
        {"lRo085": 2, "lRo089": 2, "lRo090": 1, "lRo084": 1},
    ),
    (
        "lRn68",
        "en",
        "vlcong18",
        "Connecting field sensors to an existing SCADA over Modbus or SDI-12",
        "The irrigation company's control room already runs SCADA for several sluices. New water-quality and level "
        "sensors must plug into it, so we need loggers or sensor interfaces that speak Modbus and SDI-12.",
        {"lRo057": 2, "lRo058": 2, "lRo050": 1},
    ),
    (
        "lRn69",
        "vi",
        "vl2026",
        "Bảng điều khiển tổng hợp dữ liệu mặn, mưa, mực nước và gửi cảnh báo",
        "Sở Nông nghiệp và Môi trường đang nhận số liệu độ mặn tại Vàm Trà Vinh, Láng Thé, Đức Mỹ, Cầu Quan và lịch "
        "vận hành cống qua nhiều kênh rời rạc. Cần nền tảng bảng điều khiển gom dữ liệu các trạm, đặt ngưỡng và gửi "
        "cảnh báo qua tin nhắn, ứng dụng cho cán bộ xã.",
        {"lRo103": 2, "lRo105": 2, "lRo104": 1},
    ),
    (
        "lRn70",
        "en",
        "vlcong18",
        "Lightning protection and solar power for riverside monitoring stations",
        "Our automatic salinity stations at sluices along the Co Chien lose data after thunderstorms and their "
        "batteries run flat in long rainy spells. We need lightning and surge protection for sensors, cables and "
        "radio modems, and a sturdier off-grid solar power set-up.",
        {"lRo143": 2, "lRo144": 2, "lRo145": 2, "lRo146": 1},
    ),
    (
        "lRn71",
        "en",
        "vl2026",
        "Open-source dashboard to share station data with partner communes",
        "Our university lab in Vinh Long collects readings from field stations and wants an open-source platform to "
        "display them on dashboards for each partner commune, with threshold alarms sent by email or SMS.",
        {"lRo103": 2, "lRo104": 2, "lRo105": 2},
    ),
    (
        "lRn72",
        "en",
        "tepbachot",
        "Pond water-quality dashboard with SMS alerts and self-cleaning probes",
        "Shrimp farmers in Duyen Hai have no staff trained to clean and calibrate probes. Our cooperative wants pond "
        "sensors that stay clean for weeks, a shared phone dashboard and SMS alerts when water quality leaves the "
        "safe range.",
        {"lRo012": 2, "lRo013": 1, "lRo008": 1, "lRo103": 1},
    ),
    (
        "lRn73",
        "en",
        "yenbaimua",
        "Robust low-cost rain and water-level telemetry for a remote commune",
        "A coastal commune wants one station combining rainfall and canal water level, built from parts that can be "
        "bought and replaced locally, that keeps working when the mobile network drops out.",
        {"lRo056": 2, "lRo050": 1, "lRo058": 1, "lRo048": 1, "lRo053": 1},
    ),
    (
        "lRn74",
        "vi",
        "tvqt2020",
        "Tư vấn lắp trạm quan trắc nước mặt tự động đầu nguồn sông Cổ Chiên",
        "Tại cầu Rạch Gốc trên sông Cổ Chiên (Châu Thành) độ mặn đã lên 5‰, pH 7,8; các vàm Hưng Mỹ, Cầu Quan cũng "
        "bị mặn. Sở cần trạm quan trắc nước mặt tự động, liên tục ở đầu nguồn các nhà máy nước, có lấy mẫu tự động "
        "và truyền dữ liệu về trung tâm.",
        {"lRo022": 2, "lRo023": 2, "lRo021": 2, "lRo025": 1},
    ),
    (
        "lRn75",
        "vi",
        "vlman",
        "Giám sát độ mặn nước thô tại cửa lấy nước nhà máy nước",
        "Mặn trên sông Cổ Chiên, sông Hậu tăng theo triều cường, có lúc 1,2–1,6‰ ở Quới An, Tích Thiện. Công ty cấp "
        "nước cần đo độ mặn liên tục tại cửa thu nước thô, báo động để dừng bơm hoặc chuyển nguồn khi vượt ngưỡng.",
        {"lRo001": 2, "lRo021": 2, "lRo025": 2, "lRo007": 2},
    ),
]
