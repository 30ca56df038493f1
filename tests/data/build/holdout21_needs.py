"""Needs of the holdout21 set with graded relevant offers: (id, language, source key, title, description, {offer: grade}).

Grade 2: the offer would solve the need; grade 1: partly relevant (same problem, partial solution, adjacent step).
"""

NEEDS = [
    # ---- drinking water ----
    (
        "iWn01",
        "vi",
        "vneec",
        "Cần nước uống an toàn cho trường tiểu học vùng giếng khoan nhiễm mặn",
        "Trường Tiểu học xã Long Khánh (Duyên Hải) có 320 học sinh, nước giếng khoan của trường đo được khoảng 3‰, "
        "các em phải mang nước theo. Điện ở điểm trường chập chờn, hay cúp vào mùa khô. Nhà trường cần một giải pháp "
        "tạo nước uống tại chỗ, vận hành đơn giản, giáo viên tự trông coi được.",
        {
            "iWo001": 2,
            "iWo005": 2,
            "iWo003": 2,
            "iWo002": 1,
            "iWo004": 1,
            "iWo013": 1,
            "iWo015": 1,
            "iWo016": 1,
            "iWo011": 1,
            "iWo019": 1,
            "iWo022": 1,
        },
    ),
    (
        "iWn02",
        "vi",
        "tv17000",
        "nuoc gieng bi man lo, can may loc cho gia dinh",
        "nha toi o Cau Ngang, gieng khoan sau nha gio nuoc man lo, nau com uong nuoc khong duoc, mua kho phai mua nuoc "
        "binh. Co may loc nao cho gia dinh 6 nguoi, gia vua phai khong? xin tu van",
        {
            "iWo002": 2,
            "iWo001": 1,
            "iWo013": 1,
            "iWo003": 1,
            "iWo015": 1,
            "iWo018": 1,
            "iWo021": 1,
            "iWo017": 1,
        },
    ),
    (
        "iWn03",
        "en",
        "tv17000",
        "Drinking water for an islet hamlet whose river turns brackish in the dry season",
        "About 40 households on a river islet in Càng Long district take water straight from the Cổ Chiên. From February "
        "to May the river gets salty and people buy bottled water at high prices. We are looking for a small plant that "
        "can turn the brackish river water into drinking and cooking water for the whole hamlet, ideally not dependent "
        "on the weak local grid.",
        {
            "iWo004": 2,
            "iWo001": 2,
            "iWo002": 2,
            "iWo012": 1,
            "iWo014": 1,
            "iWo015": 1,
            "iWo018": 1,
            "iWo019": 1,
            "iWo021": 1,
            "iWo038": 1,
            "iWo013": 1,
        },
    ),
    (
        "iWn04",
        "vi",
        "longson",
        "Nâng công suất trạm cấp nước xã và mở rộng mạng ống cho 1.700 hộ",
        "UBND xã Long Sơn (Cầu Ngang) đề nghị nâng cấp trạm cấp nước hiện có (40 m³/giờ, đã xuống cấp) và kéo thêm "
        "khoảng 12 km đường ống để cấp nước sạch cho 1.700 hộ thường thiếu nước mùa khô. Cần đơn vị khảo sát, thiết kế "
        "và thi công, kể cả lắp đồng hồ cho từng hộ.",
        {"iWo008": 2, "iWo009": 2, "iWo014": 1, "iWo004": 1, "iWo017": 1},
    ),
    (
        "iWn05",
        "en",
        "twater",
        "Keep a river-fed water station running when salinity reaches 4‰",
        "Our commune water station pumps raw water from the Cổ Chiên river. In March and April salinity at the intake "
        "reaches 4‰ for days at a time and we have to stop supplying 900 connections. We need a way to keep producing "
        "safe water through these salty spells.",
        {
            "iWo014": 2,
            "iWo004": 2,
            "iWo009": 1,
            "iWo008": 1,
            "iWo012": 1,
            "iWo013": 1,
            "iWo023": 1,
            "iWo024": 1,
            "iWo029": 1,
            "iWo035": 1,
            "iWo001": 1,
            "iWo036": 1,
            "iWo039": 1,
        },
    ),
    (
        "iWn06",
        "vi",
        "ace",
        "Nước giếng khoan vàng, tanh mùi sắt – muốn tự xây bể lọc",
        "Gia đình tôi ở Tiểu Cần dùng giếng khoan 40 m, nước bơm lên thì trong nhưng để một lúc là ngả vàng, tanh, đóng "
        "cặn đỏ trong lu và làm ố quần áo. Muốn tự xây một bể lọc đơn giản, vật tư dễ mua, khoảng 1 m³ mỗi giờ.",
        {"iWo006": 2, "iWo007": 1, "iWo017": 1},
    ),
    (
        "iWn07",
        "en",
        "vkist2",
        "Boarding school in Trà Cú: groundwater with alum and some salt",
        "An ethnic boarding school with 280 students in Trà Cú uses groundwater that is acidic, full of aluminium alum "
        "and dark organic matter, and has become slightly salty. A simple RO unit they tried clogged within weeks. They "
        "need a complete treatment chain that can handle both the alum and the salt and deliver drinking water.",
        {
            "iWo003": 2,
            "iWo001": 1,
            "iWo005": 1,
            "iWo002": 1,
            "iWo006": 1,
            "iWo007": 1,
            "iWo015": 1,
            "iWo017": 1,
        },
    ),
    (
        "iWn08",
        "vi",
        "rwmaint",
        "Trạm y tế xã cần nước an toàn vi sinh từ nguồn nước mưa",
        "Trạm y tế xã Hòa Minh (Châu Thành) đang trữ nước mưa trong 4 lu và 1 bồn 5 m³ để rửa dụng cụ, pha thuốc, cho "
        "bệnh nhân uống. Kết quả xét nghiệm có coliform. Trạm cần giải pháp làm sạch và khử khuẩn nước trữ, dễ bảo trì.",
        {
            "iWo010": 2,
            "iWo019": 2,
            "iWo018": 1,
            "iWo021": 1,
            "iWo017": 1,
            "iWo022": 1,
        },
    ),
    (
        "iWn09",
        "en",
        "fao1",
        "Emergency drinking water for three hamlets during peak saltwater intrusion",
        "When the water station stops during the worst weeks of intrusion, about 600 people in three hamlets of Cầu Kè "
        "have no safe water for roughly two months. The district wants a mobile or quickly deployable treatment option "
        "that can produce drinking water on site from the salty canal, rented only for the crisis period.",
        {
            "iWo012": 2,
            "iWo004": 2,
            "iWo038": 1,
            "iWo001": 1,
            "iWo002": 1,
            "iWo153": 1,
        },
    ),
    (
        "iWn10",
        "vi",
        "vlong",
        "Ấp 120 hộ chưa có nước máy muốn kéo ống từ trạm cách 3 km",
        "Ấp Phú Thạnh (Vĩnh Long) có 120 hộ vẫn xài nước sông lắng phèn. Trạm cấp nước gần nhất cách 3 km còn dư công "
        "suất. Bà con góp tiền một phần, cần đơn vị tính toán đường ống, dự toán và thi công đấu nối về từng nhà.",
        {"iWo008": 2, "iWo009": 1, "iWo017": 1},
    ),
    (
        "iWn11",
        "en",
        "desal",
        "Lower-energy treatment for a slightly brackish well at a small café",
        "Our roadside café near Trà Vinh city uses a well that tests at about 1.5 g/L. We need around 200 litres an hour "
        "for drinks and ice. A full RO unit wastes a lot of water and power; is there a lower-pressure option for mildly "
        "salty water?",
        {"iWo013": 2, "iWo002": 1, "iWo001": 1, "iWo017": 1},
    ),
    # ---- rainwater ----
    (
        "iWn12",
        "vi",
        "rwiwa",
        "Hệ thống thu gom nước mưa cho trường THCS 600 học sinh",
        "Trường THCS ở huyện Châu Thành (Trà Vinh) có mái tôn khoảng 800 m² nhưng nước mưa chảy tràn ra sân. Trường muốn "
        "làm máng xối, bộ tách nước bẩn đầu mùa, bể chứa và lọc để có nước dùng trong mùa khô.",
        {
            "iWo019": 2,
            "iWo022": 2,
            "iWo018": 1,
            "iWo021": 1,
            "iWo010": 1,
            "iWo020": 1,
        },
    ),
    (
        "iWn13",
        "vi",
        "rwbt",
        "can mua bon chua nuoc mua 5 khoi",
        "can mua 1 bon chua nuoc mua khoang 5 khoi, co bo bo nuoc dau tran mua (nuoc dau mua do lam), giao tan nha o "
        "Duyen Hai. bon inox hay bon nhua cung duoc",
        {"iWo018": 2, "iWo021": 1, "iWo038": 1, "iWo019": 1, "iWo020": 1},
    ),
    (
        "iWn14",
        "en",
        "rwcsiro",
        "Low-cost 10-15 m³ rainwater tanks for 30 poor households",
        "A women's union project in Duyên Hải wants to give 30 poor households their own rainwater storage of 10-15 m³ "
        "each, enough for drinking through the dry season. The budget is tight, so local masons should be able to build "
        "or install the tanks.",
        {
            "iWo021": 2,
            "iWo018": 2,
            "iWo020": 1,
            "iWo019": 1,
            "iWo038": 1,
        },
    ),
    (
        "iWn15",
        "vi",
        "rwmaint",
        "nuoc mua trong lu de lau bi dong rong, co mui",
        "nha em hung nuoc mua vo 3 cai lu, de toi thang 3 thi nuoc co rong xanh, co mui, uong vo hay dau bung. Dun soi "
        "hoai ton cui. Co cach nao diet khuan ma khong can dun khong?",
        {"iWo010": 2, "iWo018": 1, "iWo019": 1, "iWo017": 1},
    ),
    # ---- salinity monitoring and warning ----
    (
        "iWn16",
        "vi",
        "kesach",
        "Cần biết nước sông mặn lúc nào để đóng cống vườn bưởi",
        "Tôi có 2 ha bưởi da xanh ở Mỏ Cày, năm 2020 lỡ bơm nước mặn vào mương, mất gần nửa vườn. Muốn có thiết bị "
        "theo dõi độ mặn ở đầu kênh và báo lên điện thoại để kịp đóng cống, chỉ bơm khi nước ngọt.",
        {
            "iWo024": 2,
            "iWo025": 2,
            "iWo023": 2,
            "iWo034": 1,
            "iWo028": 1,
            "iWo026": 1,
            "iWo027": 1,
            "iWo035": 1,
            "iWo031": 1,
        },
    ),
    (
        "iWn17",
        "en",
        "int",
        "Automatic salinity stations at 12 sluice gates feeding a central server",
        "A provincial irrigation management company needs continuous salinity measurement at 12 sluice gates along the "
        "coastal dyke, with readings transmitted every few minutes to its control room and alarms when thresholds are "
        "passed. Manual hourly sampling is no longer feasible.",
        {
            "iWo023": 2,
            "iWo031": 2,
            "iWo024": 2,
            "iWo030": 1,
            "iWo026": 1,
            "iWo027": 1,
            "iWo025": 1,
        },
    ),
    (
        "iWn18",
        "vi",
        "vtvtds",
        "mua may do man o dau cho chuan",
        "nam roi mua may do man ngoai tiem, sau moi biet la may TDS khong do duoc man, tuoi nham nuoc man chet may chuc "
        "goc sau rieng. Gio muon mua may do man that, co nguoi chi cach xai",
        {"iWo028": 2},
    ),
    (
        "iWn19",
        "en",
        "iuh",
        "Salinity sensors for shrimp ponds that don't need weekly cleaning",
        "We run 12 brackish shrimp ponds in Cầu Ngang and tried online salinity probes, but algae and scale foul the "
        "electrodes within a week and readings drift. We want continuous salinity measurement that keeps working for "
        "months with little maintenance.",
        {
            "iWo026": 2,
            "iWo027": 2,
            "iWo135": 2,
            "iWo138": 1,
            "iWo136": 1,
            "iWo023": 1,
        },
    ),
    (
        "iWn20",
        "vi",
        "odmearly",
        "Dự báo xâm nhập mặn theo mùa để xây dựng lịch thời vụ Đông Xuân",
        "Sở Nông nghiệp và Môi trường cần thông tin dự báo mặn trước vài tháng (mặn đến sớm hay muộn, mạnh hay yếu) "
        "trên các nhánh sông Cổ Chiên, Hậu để khuyến cáo lịch xuống giống vụ Đông Xuân và kế hoạch trữ nước cho các huyện.",
        {"iWo029": 2, "iWo035": 2, "iWo032": 1, "iWo030": 1},
    ),
    (
        "iWn21",
        "en",
        "rsmap",
        "Map how far salt water reached into the district's rice land in past seasons",
        "The agriculture office of Trà Cú district wants maps showing, month by month, how far saline water penetrated "
        "into canals and rice areas during the 2016, 2020 and 2024 dry seasons, to redraw its crop zoning.",
        {"iWo032": 2, "iWo029": 1, "iWo035": 1, "iWo152": 1},
    ),
    (
        "iWn22",
        "vi",
        "kesach",
        "HTX muốn nhận cảnh báo độ mặn hằng ngày để điều tiết lấy nước vào ruộng",
        "Hợp tác xã nông nghiệp ở Tiểu Cần quản lý 300 ha lúa và màu, lấy nước qua 4 cống. Ban điều hành cần số liệu độ "
        "mặn thực tế mỗi ngày, có báo động khi nước vượt ngưỡng, để quyết định mở hay đóng cống.",
        {
            "iWo024": 2,
            "iWo023": 2,
            "iWo034": 1,
            "iWo025": 1,
            "iWo028": 1,
            "iWo031": 1,
            "iWo035": 1,
        },
    ),
    (
        "iWn23",
        "vi",
        "ctu208",
        "Tự động đóng mở cống nội đồng theo độ mặn",
        "Tổ hợp tác thủy lợi ở Càng Long đang phải cử người trực đóng mở 6 cống bằng tay, nhiều lần không kịp khi triều "
        "cường đưa mặn vào ban đêm. Muốn cống tự đóng khi mặn vượt ngưỡng và điều khiển được từ xa.",
        {"iWo031": 2, "iWo023": 1, "iWo024": 1},
    ),
    # ---- drought: storage and irrigation ----
    (
        "iWn24",
        "vi",
        "btnursery",
        "muon dao ao lot bat tru nuoc ngot cho vuon sau rieng",
        "vuon sau rieng 1 hecta o Cho Lach, mua kho nuoc man vo toi kenh, nam nao cung lo. Tinh dao 1 cai ao lot bat "
        "tru nuoc ngot tuoi duoc 2-3 thang, ai lam tron goi bao gia giup",
        {
            "iWo036": 2,
            "iWo039": 2,
            "iWo037": 1,
            "iWo038": 1,
            "iWo053": 1,
            "iWo040": 1,
        },
    ),
    (
        "iWn25",
        "en",
        "btpond",
        "Temporary fresh-water storage for a seedling nursery on rented land",
        "We grow 5,000 durian and pomelo seedlings on a rented plot in Chợ Lách and cannot dig ponds there. We need "
        "portable storage we can fill when the canal is fresh and use for about two months of the salty season, then "
        "pack away.",
        {
            "iWo038": 2,
            "iWo036": 1,
            "iWo037": 1,
            "iWo039": 1,
            "iWo018": 1,
        },
    ),
    (
        "iWn26",
        "vi",
        "duahau",
        "Tưới tiết kiệm có châm phân cho ruộng dưa hấu đất cát",
        "Tôi trồng 5 công dưa hấu trên đất giồng cát ở Cầu Ngang, mỗi ngày kéo ống tưới tay mất 4 tiếng, nước ngầm lại "
        "phải bơm xa. Muốn hệ thống tưới theo luống, tiết kiệm nước, bón phân theo nước luôn.",
        {
            "iWo041": 2,
            "iWo040": 1,
            "iWo042": 1,
            "iWo043": 1,
            "iWo044": 1,
        },
    ),
    (
        "iWn27",
        "en",
        "daknong",
        "Irrigating 3 ha of durian without three-phase power",
        "Our durian orchard in Cầu Kè has no three-phase connection, so we run a diesel pump that burns about 500,000 "
        "dong of fuel a day in the dry season. Looking for a way to pump irrigation water from the canal using the sun.",
        {
            "iWo043": 2,
            "iWo044": 2,
            "iWo040": 1,
            "iWo052": 1,
            "iWo097": 1,
        },
    ),
    (
        "iWn28",
        "vi",
        "knthanhlong",
        "Tưới tiết kiệm cho vườn thanh long 1,5 ha",
        "Vườn thanh long ruột đỏ 1,5 ha ở Tiểu Cần đang tưới bằng cách kéo ống tới từng trụ, tốn 2 công lao động và tiền "
        "điện cao. Cần lắp hệ thống tưới cố định, đưa nước tới gốc, giảm công và giảm nước.",
        {
            "iWo042": 2,
            "iWo040": 2,
            "iWo041": 1,
            "iWo052": 1,
            "iWo049": 1,
            "iWo043": 1,
        },
    ),
    (
        "iWn29",
        "en",
        "awdag",
        "Cutting irrigation water and pumping costs in dry-season rice",
        "A cooperative in Châu Thành pumps water into 200 ha of winter-spring rice and the electricity bill keeps "
        "rising, while fresh water is scarce late in the season. Members want a proven field practice that uses less "
        "irrigation water without losing yield.",
        {"iWo045": 2, "iWo043": 1},
    ),
    (
        "iWn30",
        "vi",
        "hatri200",
        "Giống lúa chịu mặn cho ruộng ven biển Trà Cú",
        "Ruộng lúa của tổ hợp tác ở Trà Cú cuối vụ Đông Xuân thường bị mặn 3-4‰, lúa trổ bị lép nhiều. Cần giống lúa "
        "chịu mặn, năng suất khá, có nguồn giống xác nhận cho 50 ha.",
        {
            "iWo046": 2,
            "iWo047": 2,
            "iWo048": 2,
            "iWo035": 1,
            "iWo029": 1,
            "iWo141": 1,
        },
    ),
    (
        "iWn31",
        "en",
        "hatri",
        "Rice seed for rice-shrimp rotation fields with high residual salinity",
        "In our rice-shrimp fields the soil is still very salty when we transplant rice after the shrimp season; common "
        "varieties die back. We need a variety proven at high soil salinity for this rotation.",
        {"iWo048": 2, "iWo046": 1, "iWo047": 1, "iWo141": 1},
    ),
    (
        "iWn32",
        "vi",
        "tknl",
        "Tưới tự động theo độ ẩm đất cho vườn bưởi",
        "Vườn bưởi 3 ha ở Càng Long đã có đường ống tưới nhưng tưới theo cảm tính, lúc dư lúc thiếu, mùa khô nước ngọt "
        "lại ít. Muốn có cảm biến đo độ ẩm đất, tự mở van tưới khi đất khô và xem được trên điện thoại.",
        {"iWo049": 2, "iWo040": 1, "iWo052": 1, "iWo050": 1},
    ),
    (
        "iWn33",
        "en",
        "nntuoi",
        "Micro-sprinklers under the canopy for 4 ha of pomelo",
        "A pomelo grower in Vĩnh Long wants to replace hose watering with fixed sprinklers that wet the ground under "
        "each tree and keep the canopy humid in March and April, with the option of feeding fertiliser through the lines.",
        {
            "iWo052": 2,
            "iWo040": 1,
            "iWo042": 1,
            "iWo049": 1,
            "iWo044": 1,
        },
    ),
    # ---- wastewater ----
    (
        "iWn34",
        "vi",
        "surimi",
        "Cơ sở chế biến tôm đông lạnh bị phạt vì nước thải vượt chuẩn",
        "Cơ sở chế biến tôm ở Duyên Hải thải khoảng 150 m³ nước mỗi ngày, hiện chỉ có hố lắng nên COD, amoni vượt cột B "
        "nhiều lần, vừa bị xử phạt. Cần đơn vị thiết kế và xây hệ thống xử lý hoàn chỉnh.",
        {
            "iWo055": 2,
            "iWo056": 1,
            "iWo064": 1,
            "iWo068": 1,
        },
    ),
    (
        "iWn35",
        "en",
        "bht",
        "Biological tanks fail on salty wastewater from a fish-sauce plant",
        "Our fish-sauce and salted-fish plant in Trà Vinh has an aeration tank, but at 2-3% salinity the sludge dies "
        "and the effluent fails every test. We need a biological process that keeps working at this salt level.",
        {"iWo056": 2, "iWo055": 1, "iWo064": 1},
    ),
    (
        "iWn36",
        "vi",
        "mocay",
        "Nước thải nhiều dầu của xưởng cơm dừa nạo sấy",
        "Xưởng cơm dừa nạo sấy ở Mỏ Cày thải 120 m³/ngày, nước đục trắng, nổi váng dầu, bốc mùi chua, bị dân phản ánh. "
        "Xưởng cần công nghệ xử lý phù hợp với loại nước thải này.",
        {"iWo057": 2, "iWo064": 1, "iWo055": 1},
    ),
    (
        "iWn37",
        "en",
        "wetland",
        "Polishing smelly effluent after biogas on a 2,000-pig farm",
        "Effluent leaving the biogas digesters of our 2,000-pig farm in Càng Long still smells and is high in ammonia. "
        "Before it reaches the canal we want a low-energy polishing step; we have about 3,000 m² of spare land.",
        {
            "iWo058": 2,
            "iWo065": 2,
            "iWo059": 1,
            "iWo063": 1,
            "iWo082": 1,
        },
    ),
    (
        "iWn38",
        "vi",
        "carbonthap",
        "trai heo 300 con muon tach phan kho ban",
        "trai heo nha toi 300 con, phan xit xuong ham bioga hoai bi day, nuoc ra den thui. muon co may tach phan ra kho "
        "de ban cho nha vuon, nuoc thi cho vo ham",
        {"iWo059": 2, "iWo070": 1, "iWo079": 1, "iWo063": 1},
    ),
    (
        "iWn39",
        "vi",
        "toana",
        "Xử lý nước thải chung cho cụm hộ làm bánh tráng, bún",
        "Cụm 12 hộ làm bánh tráng và bún ở Cầu Kè xả nước ngâm, vo gạo ra kênh, nước chua, nổi bọt, cá chết. Xã muốn "
        "xây một hệ thống xử lý dùng chung khoảng 20 m³/ngày, chi phí vận hành thấp.",
        {"iWo061": 2, "iWo062": 1},
    ),
    (
        "iWn40",
        "vi",
        "toana",
        "Xử lý nước thải sinh hoạt cho trường nội trú 400 học sinh",
        "Trường phổ thông dân tộc nội trú 400 học sinh cần hệ thống xử lý nước thải từ khu ký túc xá, nhà ăn khoảng 30 "
        "m³/ngày, đặt gọn trong khuôn viên, không gây mùi, đạt quy chuẩn nước thải sinh hoạt.",
        {"iWo062": 2, "iWo061": 1},
    ),
    (
        "iWn41",
        "en",
        "cesti",
        "Handling blood, paunch and wastewater at a slaughterhouse",
        "A district slaughterhouse in Vĩnh Long handles 80 pigs and 10 cattle a day; blood and stomach contents go into "
        "an open pit and wastewater goes straight to the river. The owner wants a treatment process for both the solid "
        "waste and the wastewater.",
        {"iWo060": 2, "iWo064": 1},
    ),
    # ---- solid waste ----
    (
        "iWn42",
        "vi",
        "bdctr",
        "Xây dựng mô hình phân loại rác tại nguồn và ủ phân cấp xã",
        "Xã nông thôn mới nâng cao ở Châu Thành muốn giảm lượng rác chở đi chôn lấp: người dân tách rác hữu cơ, xã tổ "
        "chức thu gom riêng và ủ thành phân. Cần đơn vị tư vấn thiết kế mô hình, điểm tập kết và bãi ủ.",
        {
            "iWo073": 2,
            "iWo069": 1,
            "iWo070": 1,
            "iWo076": 1,
            "iWo077": 1,
            "iWo071": 1,
        },
    ),
    (
        "iWn43",
        "en",
        "conglycm",
        "Household compost bins for a 500-household programme",
        "A youth union programme in Trà Vinh city will give 500 households a bin and starter for turning kitchen waste "
        "into compost at home, with simple instructions. Looking for suppliers of bins and microbial starter.",
        {"iWo076": 2, "iWo069": 2, "iWo070": 1, "iWo071": 1, "iWo073": 1, "iWo072": 1},
    ),
    (
        "iWn44",
        "vi",
        "bsfvnu",
        "Xử lý 1 tấn rau quả hư mỗi ngày ở chợ xã",
        "Ban quản lý chợ xã ở Tiểu Cần thải khoảng 1 tấn rau, trái cây hư mỗi ngày, để lâu bốc mùi, ruồi nhặng. Muốn "
        "một cách xử lý tại chỗ vừa sạch vừa có sản phẩm bán được.",
        {
            "iWo071": 2,
            "iWo072": 2,
            "iWo070": 1,
            "iWo073": 1,
            "iWo069": 1,
        },
    ),
    (
        "iWn45",
        "en",
        "gocong",
        "Stop straw burning: turn rice straw into something useful for the soil",
        "After each harvest, farmers in Trà Cú burn the straw in the field because they have no use for it. The commune "
        "wants a simple household or field-level way to convert straw into a soil amendment or fertiliser instead.",
        {
            "iWo075": 2,
            "iWo070": 2,
            "iWo074": 1,
            "iWo134": 1,
            "iWo131": 1,
            "iWo133": 1,
        },
    ),
    (
        "iWn46",
        "vi",
        "lrrd",
        "Cải tạo đất phèn chua bằng than sinh học từ trấu",
        "Ruộng màu của tôi ở Trà Cú là đất phèn, pH khoảng 4,5, giữ nước kém. Nghe nói than sinh học từ trấu nâng pH và "
        "giữ ẩm tốt. Muốn biết cách làm than từ trấu tại nhà và liều bón.",
        {"iWo074": 2, "iWo075": 1, "iWo078": 1},
    ),
    # ---- biogas ----
    (
        "iWn47",
        "vi",
        "biogasctu",
        "Hầm biogas bền, không nứt cho hộ nuôi 20 heo",
        "Hộ tôi ở Càng Long nuôi 20 heo thịt, hầm biogas xây gạch 8 năm đã nứt, xì gas, phân tràn ra mương. Muốn làm lại "
        "hầm mới bền, kín, lắp nhanh.",
        {"iWo080": 2, "iWo083": 1, "iWo084": 1, "iWo085": 1},
    ),
    (
        "iWn48",
        "en",
        "sgtimes",
        "Generating electricity from flared biogas without upfront capital",
        "Our 3,000-sow farm in Trà Vinh already has large digesters but flares most of the gas. We would like to turn "
        "it into electricity for the farm, but cannot finance a generator set ourselves.",
        {"iWo081": 2, "iWo082": 1, "iWo086": 1},
    ),
    (
        "iWn49",
        "vi",
        "mekarn",
        "lam biogas re tien cho 3 con heo",
        "nha nuoi 3 con heo, muon lam cai biogas re re de lay gas nau com, do mua binh gas. dat cat, cho hep",
        {"iWo083": 2, "iWo080": 1, "iWo085": 1, "iWo084": 1},
    ),
    (
        "iWn50",
        "en",
        "hanoitimes",
        "Large digester for a medium pig farm without space for brick tanks",
        "An 800-head finishing farm in Vĩnh Long needs anaerobic digestion for all its manure water; building brick "
        "digesters would take months and the site is cramped. We can dig a pond of about 1,500 m³.",
        {"iWo082": 2, "iWo081": 1, "iWo080": 1},
    ),
    (
        "iWn51",
        "vi",
        "hanoitimes",
        "Cần máy phát điện chạy biogas 30 kVA cho trang trại",
        "Trang trại heo 1.200 con ở Châu Thành có hầm biogas dư gas, đang phải đốt bỏ. Muốn mua hoặc thuê máy phát điện "
        "chạy biogas khoảng 30 kVA để chạy quạt, bơm, giảm tiền điện.",
        {"iWo086": 2, "iWo081": 2, "iWo082": 1},
    ),
    (
        "iWn52",
        "vi",
        "vinong",
        "Một bể xử lý chung cho nhà vệ sinh, phân heo và rác bếp",
        "Gia đình ở Cầu Ngang muốn xây lại nhà vệ sinh và chuồng heo 5 con, nhưng đất hẹp, chỉ đủ chỗ cho một công "
        "trình ngầm. Cần loại bể vừa xử lý phân người, phân heo vừa nhận rác bếp, có gas nấu ăn.",
        {"iWo084": 2, "iWo080": 1, "iWo083": 1},
    ),
    # ---- solar ----
    (
        "iWn53",
        "vi",
        "pctv",
        "Lắp điện mặt trời mái nhà cho nhà máy chế biến thủy sản",
        "Nhà máy chế biến thủy sản tại Khu công nghiệp Long Đức có tiền điện khoảng 400 triệu đồng/tháng, mái tôn nhà "
        "xưởng 6.000 m² còn tốt. Ban giám đốc muốn lắp điện mặt trời trên mái để giảm chi phí điện.",
        {
            "iWo087": 2,
            "iWo088": 2,
            "iWo108": 1,
            "iWo107": 1,
            "iWo109": 1,
            "iWo114": 1,
        },
    ),
    (
        "iWn54",
        "en",
        "pctv",
        "Rooftop solar for a factory that has no capital to invest",
        "A garment factory in Long Đức industrial park wants solar power on its 10,000 m² of roofs but the owners will "
        "not put up capital. They would sign a long-term power purchase agreement if someone else builds and runs it.",
        {"iWo088": 2, "iWo087": 1},
    ),
    (
        "iWn55",
        "vi",
        "nhandanshrimps",
        "Lợp pin mặt trời trên mái nhà màng nuôi tôm",
        "Trại tôm thẻ siêu thâm canh 2 ha ở Cầu Ngang có 20 ao nổi phủ nhà màng. Chủ trại muốn thay một phần mái nhà "
        "màng bằng tấm pin mặt trời vừa che nắng cho ao vừa phát điện chạy quạt, máy sục.",
        {
            "iWo089": 2,
            "iWo098": 1,
            "iWo099": 1,
            "iWo090": 1,
            "iWo087": 1,
        },
    ),
    (
        "iWn56",
        "en",
        "mercom",
        "Generating power on the raw-water pond of a water station",
        "Our water station in Tiểu Cần has a 1.2 ha raw-water pond and pays a lot for pumping electricity. We would "
        "like to cover part of the pond with solar panels, which should also reduce evaporation and algae.",
        {"iWo091": 2, "iWo090": 1, "iWo087": 1},
    ),
    (
        "iWn57",
        "vi",
        "kynhu",
        "phoi ca kho ngoai duong bi bui, muon may say nang",
        "co so lam kho ca sac, ca loc o Tra Cu, moi ngay phoi 300 kg ca tren san ximang, mua la uot, bui xe, ruoi bu. "
        "muon lam may say xai nang mat troi cho sach, ai co ban",
        {"iWo092": 2, "iWo094": 2, "iWo093": 1},
    ),
    (
        "iWn58",
        "vi",
        "santavi",
        "Sấy xoài, chuối giữ màu đẹp và giảm chi phí điện, củi",
        "Cơ sở sấy dẻo xoài, chuối ở Cầu Kè đang sấy bằng lò đốt củi và tủ điện trở, sản phẩm bị sậm màu, tiền điện củi "
        "cao. Muốn đổi sang công nghệ sấy giữ màu tự nhiên, tiết kiệm năng lượng, mẻ khoảng 200 kg.",
        {"iWo093": 2, "iWo092": 2, "iWo094": 1, "iWo115": 1},
    ),
    (
        "iWn59",
        "vi",
        "suncold",
        "Kho lạnh nhỏ dùng điện mặt trời cho bến cá",
        "Bến cá ở Định An (Trà Cú) mỗi ngày nhận 3-5 tấn cá từ ghe nhỏ, điện lưới yếu, hay cúp, cá phải bán đổ bán tháo. "
        "Các hộ nậu vựa muốn có một kho lạnh dùng chung chạy bằng điện mặt trời.",
        {"iWo095": 2, "iWo145": 1, "iWo146": 1, "iWo097": 1, "iWo103": 1},
    ),
    (
        "iWn60",
        "en",
        "infostreet",
        "High electricity bills for aerators on an intensive shrimp farm",
        "Aerators on our 6 ha intensive shrimp farm in Duyên Hải account for most of a 150 million dong monthly power "
        "bill. We want to run them on solar power as much as possible.",
        {
            "iWo098": 2,
            "iWo089": 1,
            "iWo136": 1,
            "iWo097": 1,
            "iWo101": 1,
            "iWo103": 1,
        },
    ),
    # ---- wind ----
    (
        "iWn61",
        "vi",
        "sggpwind",
        "Đo gió, lập dự án điện gió gần bờ ở Duyên Hải",
        "Nhà đầu tư đã được giới thiệu khu vực bãi bồi ven biển xã Trường Long Hòa (Duyên Hải) và cần đơn vị lắp cột đo "
        "gió, đánh giá tiềm năng, lập hồ sơ đề xuất dự án điện gió khoảng 50 MW.",
        {"iWo102": 2, "iWo101": 1},
    ),
    (
        "iWn62",
        "vi",
        "talkvn",
        "Tuabin gió nhỏ kết hợp pin mặt trời cho trại tôm ven biển",
        "Trại tôm ở Hiệp Thạnh nằm xa lưới điện, đang chạy máy phát dầu cho quạt nước khoảng 15 kW. Gió ở đây mạnh quanh "
        "năm, muốn lắp tuabin gió cỡ nhỏ kết hợp tấm pin và ắc quy.",
        {
            "iWo101": 2,
            "iWo103": 2,
            "iWo104": 1,
            "iWo097": 1,
            "iWo098": 1,
        },
    ),
    (
        "iWn63",
        "vi",
        "lecourrier",
        "nha sat bien muon gan quat gio phat dien 2kW",
        "nha o sat bien Ba Dong, gio manh quanh nam, muon gan cai quat gio phat dien nho chung 2kW de xai den, quat, tu "
        "lanh, co ai ban khong",
        {"iWo104": 2, "iWo101": 1},
    ),
    # ---- biomass and energy efficiency ----
    (
        "iWn64",
        "vi",
        "philrice",
        "Phát điện từ trấu cho nhà máy xay xát 5 tấn/giờ",
        "Nhà máy xay xát ở Cầu Kè công suất 5 tấn lúa/giờ thải mỗi ngày hàng chục tấn trấu, phải thuê chở đi, trong khi "
        "tiền điện rất lớn. Muốn đầu tư hệ thống dùng trấu để phát điện cho chính nhà máy.",
        {"iWo105": 2, "iWo106": 1, "iWo111": 1, "iWo115": 1},
    ),
    (
        "iWn65",
        "en",
        "bioenergy",
        "Replacing an oil-fired boiler with biomass at a seafood plant",
        "Our seafood plant uses a 3 t/h boiler burning DO oil for cooking and cleaning, and fuel costs have doubled. "
        "Rice husk and wood chips are cheap locally. We want a biomass boiler of similar capacity.",
        {"iWo106": 2, "iWo111": 1, "iWo112": 1, "iWo113": 1},
    ),
    (
        "iWn66",
        "vi",
        "vinacontrol",
        "Kiểm toán năng lượng bắt buộc cho doanh nghiệp 1.500 TOE/năm",
        "Công ty chế biến thực phẩm ở Vĩnh Long tiêu thụ khoảng 1.500 TOE/năm, thuộc danh sách cơ sở sử dụng năng lượng "
        "trọng điểm, phải thực hiện kiểm toán năng lượng định kỳ. Cần đơn vị có năng lực thực hiện.",
        {"iWo107": 2, "iWo110": 1, "iWo109": 1},
    ),
    (
        "iWn67",
        "en",
        "hpe",
        "Pumps and compressors in an ice plant run at full speed all day",
        "At our block-ice plant in Trà Vinh the brine pumps, cooling-tower fans and ammonia compressors run flat out "
        "24 hours regardless of load. We want to make them follow demand and cut electricity use.",
        {"iWo108": 2, "iWo107": 1, "iWo109": 1, "iWo112": 1},
    ),
    (
        "iWn68",
        "vi",
        "hpe",
        "Muốn biết dây chuyền nào tốn điện nhất trong xưởng",
        "Xưởng may ở Trà Vinh chỉ có một công tơ tổng, không biết khu nào, máy nào tiêu tốn nhiều điện. Cần lắp thiết bị "
        "đo điện cho từng dây chuyền và phần mềm theo dõi để tìm chỗ lãng phí.",
        {"iWo109": 2, "iWo107": 1, "iWo110": 1},
    ),
    (
        "iWn69",
        "vi",
        "hpe",
        "Thất thoát nhiệt ở hệ thống hơi của nhà máy cũ",
        "Nhà máy chế biến ở Vĩnh Long có đường ống hơi dài hơn 200 m không bọc cách nhiệt, van rò, nước ngưng xả thẳng "
        "ra cống. Lò hơi tốn củi. Cần giải pháp giảm thất thoát trên hệ thống hơi.",
        {"iWo113": 2, "iWo107": 1, "iWo106": 1},
    ),
    (
        "iWn70",
        "vi",
        "bioenergy",
        "Ép viên trấu, rơm làm chất đốt bán cho lò sấy",
        "Hợp tác xã ở Càng Long gom được nhiều trấu và rơm, muốn đầu tư máy ép viên nén để bán làm chất đốt cho lò sấy, "
        "lò hơi trong vùng. Cần dây chuyền khoảng 1 tấn/giờ.",
        {"iWo111": 2, "iWo105": 1, "iWo106": 1, "iWo133": 1},
    ),
    (
        "iWn71",
        "en",
        "vinacontrol",
        "EU buyer requires a certified energy management system",
        "A European customer has asked our frozen seafood company to implement an energy management system certified to "
        "ISO 50001 within 18 months. We need a consultant to guide us through it.",
        {"iWo110": 2, "iWo107": 1, "iWo109": 1},
    ),
    # ---- coconut ----
    (
        "iWn72",
        "vi",
        "baotintucsdd",
        "Vườn dừa hữu cơ bị sâu đầu đen, không được dùng thuốc hóa học",
        "Tổ hợp tác có 5 ha dừa đạt chứng nhận hữu cơ ở Càng Long, mấy tháng nay sâu đầu đen phá, tàu lá dưới cháy khô. "
        "Vì giữ chứng nhận nên không được phun thuốc hóa học. Cần biện pháp sinh học khống chế sâu.",
        {
            "iWo116": 2,
            "iWo117": 2,
            "iWo121": 2,
            "iWo118": 1,
            "iWo119": 1,
        },
    ),
    (
        "iWn73",
        "en",
        "nnbtsdd",
        "Coconut trees too tall to spray against caterpillars",
        "Our coconut trees in Châu Thành are 12-15 m tall; black-headed caterpillars are eating the lower fronds and "
        "knapsack sprayers cannot reach. We need a way to apply an approved biological product onto the canopy.",
        {"iWo118": 2, "iWo121": 1, "iWo116": 1, "iWo117": 1},
    ),
    (
        "iWn74",
        "vi",
        "camnang",
        "la dua chay kho tu duoi len, xin thuoc sinh hoc phun",
        "vuon dua nha toi o Tieu Can la gia chay kho tu duoi len, xe la ra thay sau nho mau xanh nau nam trong to. Can "
        "mua thuoc sinh hoc de phun, khong muon xai thuoc doc",
        {
            "iWo121": 2,
            "iWo118": 2,
            "iWo116": 1,
            "iWo117": 1,
            "iWo119": 1,
        },
    ),
    (
        "iWn75",
        "vi",
        "vodua",
        "Máy tách chỉ xơ, mụn dừa cho bãi vỏ dừa tồn đọng",
        "Cơ sở thu mua dừa ở Châu Thành tồn mỗi ngày khoảng 5 tấn vỏ dừa khô, chất đống chiếm bãi. Muốn đầu tư máy tách "
        "chỉ xơ và mụn để bán.",
        {"iWo122": 2, "iWo123": 1, "iWo079": 1},
    ),
    (
        "iWn76",
        "vi",
        "vodua",
        "Xả mặn và đóng bánh mụn dừa làm giá thể xuất khẩu",
        "Doanh nghiệp ở Trà Vinh có nguồn mụn dừa ổn định, khách nước ngoài yêu cầu giá thể EC thấp, đóng bánh 5 kg. "
        "Cần dây chuyền rửa, xử lý và ép bánh mụn dừa.",
        {"iWo123": 2, "iWo122": 1},
    ),
    (
        "iWn77",
        "en",
        "ngocan",
        "Virgin coconut oil without heating for a cooperative",
        "A coconut cooperative in Bến Tre wants to produce virgin coconut oil for the cosmetics market. They currently "
        "boil coconut milk, which darkens the oil and shortens shelf life, and look for a cold process.",
        {"iWo125": 2, "iWo130": 1},
    ),
    (
        "iWn78",
        "vi",
        "baotvdua",
        "Công nghệ sản xuất than hoạt tính từ gáo dừa",
        "Doanh nghiệp ở Trà Vinh đang bán gáo dừa thô giá rẻ, muốn đầu tư xưởng sản xuất than hoạt tính để tăng giá trị, "
        "cần chuyển giao công nghệ hoạt hóa.",
        {"iWo124": 2},
    ),
    (
        "iWn79",
        "en",
        "vtctvu",
        "True-to-type macapuno (dừa sáp) seedlings",
        "We want to plant 2 ha of macapuno coconut in Cầu Kè, but seedlings from ordinary seed nuts rarely give the "
        "soft-jelly fruit. We need a reliable source of seedlings that breed true.",
        {"iWo126": 2, "iWo157": 1},
    ),
    # ---- aquaculture and fisheries ----
    (
        "iWn80",
        "vi",
        "ctu147",
        "Theo dõi oxy, pH ao tôm qua điện thoại, báo động ban đêm",
        "Tôi có 3 ha ao tôm thẻ ở Duyên Hải, đêm nào cũng phải thức đo oxy. Muốn lắp thiết bị đo liên tục oxy, pH, nhiệt "
        "độ, xem trên điện thoại và có chuông báo khi oxy tụt.",
        {"iWo135": 2, "iWo138": 2, "iWo136": 1, "iWo137": 1, "iWo147": 1},
    ),
    (
        "iWn81",
        "en",
        "lorawan",
        "Aerators run all night wasting power",
        "On our 8 shrimp ponds the aerators run all night whether oxygen is low or not. We want them to switch on and "
        "off automatically according to the measured dissolved oxygen.",
        {"iWo136": 2, "iWo135": 1, "iWo137": 1, "iWo098": 1, "iWo138": 1},
    ),
    (
        "iWn82",
        "vi",
        "apn",
        "Chứng nhận hữu cơ cho tôm nuôi dưới tán rừng ngập mặn",
        "Nhóm 30 hộ nuôi tôm quảng canh dưới tán rừng ở Duyên Hải muốn được chứng nhận hữu cơ để bán cho doanh nghiệp "
        "với giá cao hơn. Cần hướng dẫn tiêu chuẩn, ghi chép và kết nối bên mua.",
        {"iWo140": 2, "iWo139": 2, "iWo151": 1},
    ),
    (
        "iWn83",
        "en",
        "fishsite",
        "Rice fails after the shrimp season in rice-shrimp fields",
        "Farmers in our rice-shrimp area keep losing the rice crop that follows shrimp because salt remains in the soil "
        "and water. They need a tested rotation protocol and suitable rice so both crops succeed.",
        {"iWo141": 2, "iWo048": 2, "iWo046": 1, "iWo047": 1},
    ),
    (
        "iWn84",
        "vi",
        "sggpcua",
        "Nguồn cua giống nhân tạo ổn định cho ao tôm quảng canh",
        "Tôi nuôi cua xen tôm sú trên 10 ha ở Duyên Hải, cua giống tự nhiên ngày càng ít, mua giống trôi nổi thì hao "
        "hụt nhiều. Cần nguồn cua giống nhân tạo chất lượng, giao đúng mùa.",
        {"iWo143": 2, "iWo142": 1, "iWo149": 1},
    ),
    (
        "iWn85",
        "en",
        "tepbacda",
        "Fish spoil on five-day trips because the ice melts",
        "Fishing boats from Trà Cú carry crushed block ice for 4-5 day trips; by the last days the ice is gone and the "
        "catch sells at a third of the price. Boat owners want a better way to keep fish cold on board.",
        {"iWo145": 2, "iWo146": 2, "iWo095": 1},
    ),
    # ---- coastal protection and climate adaptation ----
    (
        "iWn86",
        "vi",
        "ergo",
        "Bờ biển sạt lở, cần giải pháp gây bồi để trồng lại rừng",
        "Đoạn bờ biển xã Hiệp Thạnh mỗi năm mất hàng chục mét, rừng phòng hộ bị sóng đánh trơ gốc, trồng cây con xuống "
        "là bị cuốn trôi. Địa phương cần giải pháp giảm sóng, giữ phù sa để trồng lại rừng.",
        {"iWo150": 2, "iWo151": 1, "iWo152": 1},
    ),
    (
        "iWn87",
        "en",
        "giz",
        "Fences to trap sediment before replanting mangroves",
        "A forest management board in Duyên Hải plans to replant 20 ha of eroded mudflat with mangroves. Seedlings wash "
        "away unless the mudflat is first raised and calmed. They are looking for a proven fence design to trap "
        "sediment.",
        {"iWo150": 2, "iWo151": 1},
    ),
    (
        "iWn88",
        "vi",
        "dandc",
        "Bản đồ rủi ro sạt lở và xâm nhập mặn cấp xã",
        "Phòng Nông nghiệp huyện Duyên Hải cần bản đồ rủi ro thiên tai chi tiết đến từng xã (sạt lở bờ biển, ngập, xâm "
        "nhập mặn) để lập kế hoạch thích ứng biến đổi khí hậu giai đoạn tới.",
        {"iWo152": 2, "iWo032": 1, "iWo153": 1},
    ),
    (
        "iWn89",
        "vi",
        "rwelnino",
        "Đánh giá nhanh thiệt hại hạn mặn và kế hoạch ứng phó",
        "Sau đợt hạn mặn kéo dài, UBND xã ở Cầu Ngang cần thống kê nhanh thiệt hại lúa, hoa màu, thủy sản, số hộ thiếu "
        "nước sinh hoạt và xây dựng kế hoạch hỗ trợ, khôi phục sản xuất để trình huyện.",
        {"iWo153": 2, "iWo152": 1},
    ),
    # ---- other sectors ----
    (
        "iWn90",
        "vi",
        "tvunckh",
        "Cam sành bị vàng lá, rễ thối",
        "Vườn cam sành 1 ha ở Trà Ôn mấy năm nay cây vàng lá, nhổ lên thấy rễ thối đen, trái nhỏ. Cần quy trình phục hồi "
        "vườn.",
        {"iWo154": 2},
    ),
    (
        "iWn91",
        "en",
        "snntxng",
        "QR traceability labels for an OCOP product",
        "Our cooperative's coconut candy is a 3-star OCOP product; supermarkets now want a QR code linking each batch to "
        "its origin and production records. We need a traceability platform and labels.",
        {"iWo155": 2, "iWo156": 1},
    ),
    (
        "iWn92",
        "vi",
        "namromst",
        "cuon rom ban cho trai bo",
        "cuoi vu lua rom nhieu qua, trai bo ben xa hoi mua rom cuon ma minh khong co may. Can thue hoac mua may cuon rom",
        {"iWo133": 2, "iWo131": 1},
    ),
    (
        "iWn93",
        "en",
        "vinhlongbo",
        "Dry-season feed shortage for 40 cattle",
        "A Khmer farmer group in Trà Cú raises 40 cattle; in the dry season grass runs out, although plenty of rice "
        "straw is left in the fields. They need a way to make the straw into better feed stored for months.",
        {"iWo131": 2, "iWo132": 1, "iWo133": 1},
    ),
    (
        "iWn94",
        "vi",
        "namromhg",
        "Trồng nấm rơm trong nhà quanh năm",
        "Gia đình tôi ở Vũng Liêm trồng nấm rơm ngoài trời, mùa mưa thất thu. Muốn chuyển sang trồng trong nhà kín để có "
        "nấm quanh năm, cần người chuyển giao kỹ thuật.",
        {"iWo134": 2, "iWo133": 1},
    ),
]
