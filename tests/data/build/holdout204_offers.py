"""Offers for the holdout204 labelled set (irrigation pumps and small pumping stations).

Rows: (id, language, source key, title, description). Each row paraphrases the page behind its source key.
"""

OFFERS = [
    (
        "pXo001",
        "vi",
        "tknl_dragon",
        "Hệ thống tưới nhỏ giọt dùng bơm điện mặt trời cho vườn thanh long",
        "Chúng tôi lắp đặt hệ tưới khép kín: tấm pin 1,5 x 0,8 m cho dòng một chiều 24 V chạy mô tơ 375 W, hút nước mương qua lưới chắn rác, "
        "đẩy vào ống nhựa cứng chôn ngầm; mỗi trụ thanh long có 2 van nhỏ giọt. Nhận khảo sát và lắp cho vườn cây ăn trái.",
    ),
    (
        "pXo002",
        "vi",
        "danviet_dragon",
        "Máy bơm đặt trên phao nổi chạy năng lượng mặt trời cho mương vườn",
        "Bơm gắn trên phao thả thẳng xuống mương, hồ; phía trên có tấm thu và pin tích hợp, mô tơ khoảng 375 W. Đã áp dụng cho vườn thanh long 1.100 gốc "
        "(30 tấn/ha) và vườn tiêu 7.000 m2 tăng từ 1 lên 1,9 tấn/năm nhờ tưới nhỏ giọt.",
    ),
    (
        "pXo003",
        "vi",
        "lua2_dragon",
        "Chuyển giao mô hình tưới nhỏ giọt chạy điện mặt trời, tiết kiệm khoảng 70 triệu đồng/năm",
        "Bộ gồm tấm panel có bo mạch, hộp điều khiển nối 2 dây, đèn báo và nút chọn mức điện áp. Sau 3 năm vận hành ở vườn mẫu: bớt khoảng 6 triệu đồng/tháng "
        "tiền điện và thuê người tưới, năng suất tăng 10%, vận hành an toàn.",
    ),
    (
        "pXo004",
        "vi",
        "dairy_ninhthuan",
        "Tưới phun mưa bằng năng lượng mặt trời có ắc quy dự trữ",
        "Công nghệ trong nước: pin mặt trời, bộ sạc, ắc quy và bộ chuyển đổi cấp điện cho mô tơ bơm tưới phun; tiết kiệm 30-50% nước so với tưới thường, "
        "dùng được ở vùng chưa có lưới điện và có thể kết hợp bón phân qua nước tưới.",
    ),
    (
        "pXo005",
        "en",
        "mdpi_pak",
        "Choosing the power source for drip irrigation: solar, grid or diesel",
        "We assess solar-, grid- and diesel-powered drip systems side by side, as in our field study of 45 farms of 1-3 ha: benefit-cost ratio, "
        "life-cycle cost, payback period and CO2 emissions, so a grower can see which pump power source pays back on his farm.",
    ),
    (
        "pXo006",
        "en",
        "tknl_dragon",
        "Solar DC drip kit: 24 V panel and 375 W pump motor",
        "Closed drip system for orchards: a 1.5 x 0.8 m panel feeds 24 V DC straight to a 375 W motor; the pump draws from the ditch through a trash screen "
        "into buried rigid pipe, with two drip valves at each plant. Supply, installation and start-up.",
    ),
    (
        "pXo007",
        "vi",
        "tknl_cost",
        "Tư vấn hạ giá thành hệ thống tưới chạy năng lượng mặt trời bằng ống và phụ tùng trong nước",
        "Hệ thống nhập hiện hơn 200 triệu đồng/máy nên khó nhân rộng; chúng tôi đề xuất sản xuất đường ống và phụ tùng tại chỗ. Tưới chậm giữ ẩm gốc, "
        "năng suất tăng 25-30%, bớt tiền dầu chạy máy bơm.",
    ),
    (
        "pXo008",
        "en",
        "solar_r",
        "Sizing a photovoltaic pumping system with a nomogram",
        "Simulation service that relates PV generator power (Wp), total head (m) and daily water volume for a pump on a frequency converter, "
        "using the IEC 61725 daily irradiance profile and a 0.95 converter efficiency, to pick the array size for a given lift.",
    ),
    (
        "pXo009",
        "en",
        "solar_prod",
        "Site-specific performance estimate for a solar pumping system",
        "From the site latitude, mounting or tracking, panel soiling and albedo we compute irradiance on the array and then the hourly and daily flow "
        "of a chosen pump at a given head and generator power.",
    ),
    (
        "pXo010",
        "vi",
        "bomwilo_tangap",
        "Bơm tăng áp cho hệ thống nước nóng năng lượng mặt trời",
        "Cung cấp bơm tăng áp chịu nhiệt 80-90°C cho bình nước nóng năng lượng mặt trời: loại rơ le cơ, điện tử và biến tần, giữ áp ổn định cho vòi sen, "
        "máy giặt trong nhà.",
    ),
]

OFFERS += [
    (
        "pXo011",
        "en",
        "undp_cambodia",
        "Large community solar pumps (over 20 hp) for dry-season rice irrigation",
        "Design and deployment of large solar pumping systems drawing from rivers, canals, ponds or groundwater, rated above 20 hp, "
        "supplying 80-250 ha per site in drought-prone communities, with local management arrangements.",
    ),
    (
        "pXo012",
        "en",
        "ppp_solar",
        "Automatic daytime solar pumping from a river into irrigation canals",
        "Solar pumps that run by themselves from 8am to 5pm with no operator on site, lifting river water into canals that serve about 590 ha of rice "
        "and plantations; installation and upkeep by specialised solar firms, an alternative to diesel pumps.",
    ),
    (
        "pXo013",
        "en",
        "rural21",
        "Market linkage and financing for farmer-led solar irrigation",
        "Support to bring farmers and solar pump suppliers together: evidence-based targeting of sites, better demand-supply links, marketing and "
        "financing options, for areas where diesel pumps still fill and drain paddies.",
    ),
    (
        "pXo014",
        "vi",
        "ppp_solar",
        "Trạm bơm điện mặt trời công suất lớn bơm nước từ sông vào kênh tưới lúa",
        "Hệ thống tương đương trên 20 mã lực, tự chạy từ 8 giờ đến 17 giờ không cần người trực, đưa nước sông vào kênh phục vụ khoảng 590 ha lúa và cây trồng; "
        "thay thế máy bơm dầu.",
    ),
    (
        "pXo015",
        "vi",
        "megasun_heat",
        "Bơm nhiệt heat pump cho nước nóng gia đình và công nghiệp",
        "Lắp đặt máy bơm nhiệt lấy nhiệt từ không khí để đun nước nóng, tiết kiệm điện hơn bình nóng lạnh; phân tích ưu nhược điểm và lưu ý khi dùng.",
    ),
    (
        "pXo016",
        "en",
        "vnnews_shrimp",
        "Solar power for shrimp-pond aerators and pumps, with warranty and maintenance",
        "Electricity costs shrimp farmers VND 50-200 million per hectare of pond per crop, about 10% of costs, and power cuts hurt. We integrate solar panels "
        "with the motors that drive aerators and pumps and provide warranty and maintenance.",
    ),
    (
        "pXo017",
        "en",
        "reccessary",
        "Solar panels at shrimp farms: about 30% lower power bills",
        "PV systems for shrimp households: a farm with 0.3 ha of ponds paying VND 7-10 million a month cut its bill by about 30% in the growing season "
        "and to VND 3 million off-season. 44 farms covering about 70 ha already installed in Bac Lieu.",
    ),
    (
        "pXo018",
        "vi",
        "reccessary",
        "Lắp điện mặt trời cho trại nuôi tôm, giảm khoảng 30% tiền điện",
        "Hộ nuôi 0,3 ha ao trả 7-10 triệu đồng tiền điện mỗi tháng đã giảm khoảng 30% trong vụ nuôi sau khi lắp pin mặt trời; "
        "đã có 44 tổ chức, cá nhân lắp cho khoảng 70 ha nuôi tôm.",
    ),
    (
        "pXo019",
        "en",
        "bmbf_shrimps",
        "Solar-aquaculture greenhouses for closed biofloc shrimp farming",
        "Research partnership transferring greenhouse shrimp farming with PV modules on the roof: shade, stable water temperature, protection from predators, "
        "and less land and fresh water per tonne of shrimp.",
    ),
    (
        "pXo020",
        "en",
        "qdnd_shrimp",
        "Grid-connected solar at shrimp farms to relieve overloaded rural grids",
        "Ten southern provinces farmed 428,495 ha in 2017 using nearly 12,000 million kWh, with demand set to grow 30%. We propose grid-tied solar built on "
        "pond banks and water surfaces to supply the farm's own pumps and aerators and cut grid draw.",
    ),
    (
        "pXo021",
        "vi",
        "anbinh_quat",
        "Quạt nước ao tôm tiết kiệm điện",
        "Tư vấn bố trí và vận hành quạt nước: quạt chiếm hơn 80% năng lượng của trại tôm, máy bơm khoảng 10%; chạy quạt để giữ oxy hòa tan trên 3 mg/l.",
    ),
    (
        "pXo022",
        "vi",
        "bachkhoa_bom",
        "Tư vấn chọn loại máy bơm theo cột nước: ly tâm, hỗn lưu, hướng trục",
        "Bơm ly tâm cho cột nước cao, hỗn lưu cho cột nước vừa, hướng trục và hướng xiên cho cột nước thấp; độ hút tối đa khoảng 10 m. "
        "Tư vấn chọn bơm điện, bơm động cơ nổ, bơm cố định hay di động cho tưới, tiêu chống hạn, chống úng.",
    ),
    (
        "pXo023",
        "en",
        "ceh_types",
        "Low-head propeller pumps (axial and mixed flow) for drainage and irrigation",
        "Supply of vertical single-stage axial- and mixed-flow pumps, the usual choice for low-head drainage and irrigation; horizontal axial units with "
        "siphon for big volumes; variable-pitch blades where duty varies. Volute pumps recommended above about 14 m head.",
    ),
    (
        "pXo024",
        "en",
        "zg_axial",
        "Vertical, diagonal and horizontal axial-flow pumps for river diversion and drainage",
        "Cast-iron, large-diameter axial-flow pumps (specific speed above 500) for big flows at low head in low-lying river networks; we help choose vertical, "
        "diagonal or horizontal layout by cost, installation and maintenance.",
    ),
    (
        "pXo025",
        "vi",
        "zg_axial",
        "Cung cấp bơm hướng trục trục đứng, trục xiên, trục ngang cho tiêu úng vùng trũng",
        "Bơm hướng trục gang đường kính lớn, lưu lượng lớn cột nước thấp, dùng cho tiêu úng và chuyển nước ở vùng sông rạch chằng chịt; "
        "tư vấn chọn kiểu lắp theo chi phí công trình và bảo trì.",
    ),
]

OFFERS += [
    (
        "pXo026",
        "en",
        "india_flood",
        "Axial-flow pumps for flood drainage: 1-10 m head, open impellers for debris",
        "Flood-control pumping sets moving 10-50 m3/s over short distances at heads under 5-10 m; open impellers pass leaves, mud and up to 10% solids "
        "without clogging, and set up quickly in emergencies.",
    ),
    (
        "pXo027",
        "vi",
        "lua2_huongtruc",
        "Máy bơm hướng trục cỡ nhỏ chạy xăng cho ruộng nhỏ",
        "Máy nặng 20-25 kg, một người vận hành; 1 lít xăng chạy khoảng 1 giờ, bơm khoảng 200 m3 nước, gấp 5 lần bơm ly tâm cùng cỡ; rác và bùn lọt qua "
        "không kẹt. Phù hợp nông hộ có ruộng nhỏ, hẹp.",
    ),
    (
        "pXo028",
        "en",
        "waterpumpsnow",
        "Axial (propeller) pumps for high discharge at low pressure",
        "Impeller-in-a-pipe pumps driven by motor or engine for stormwater, drainage, dewatering and irrigation duties where large volumes must be moved "
        "against little pressure.",
    ),
    (
        "pXo029",
        "en",
        "kiwi_axial",
        "Submersible axial-flow pumps with adjustable blade pitch",
        "Propeller pumps whose blade pitch can be changed to suit high-flow/low-head or lower-flow duties; submersible versions for clear water, "
        "stormwater, irrigation and drainage.",
    ),
    (
        "pXo030",
        "vi",
        "baomoi_treotruc",
        "Máy bơm treo trục đứng hai chiều, tưới tiêu kết hợp, không cần nhà trạm",
        "Máy 3.500 m3/giờ treo tại đầu cống, không cần nhà trạm, bể hút, bể xả; chi phí dưới 200 triệu đồng/tổ máy, thấp hơn hơn 20% so với trạm bơm điện "
        "nội đồng 1.000 m3/giờ; vận hành qua tủ điện. Một HTX đã giảm từ 14 xuống 10 trạm.",
    ),
    (
        "pXo031",
        "vi",
        "tailieu_trambom",
        "Giải pháp công trình trạm bơm điện vừa và nhỏ cho Đồng bằng sông Cửu Long",
        "Viện nghiên cứu về bơm và thiết bị thủy lợi tư vấn trạm bơm dùng bơm trục đứng: nhà trạm gọn, không cần mồi, lưu lượng lớn, hiệu suất cao, "
        "dễ thay thế thiết bị; phục vụ cấp, tiêu nước cho lúa và nuôi trồng thủy sản.",
    ),
    (
        "pXo032",
        "en",
        "tailieu_trambom",
        "Engineering solutions for small and medium electric pumping stations in the Mekong Delta",
        "Design advice for vertical-shaft pump stations: compact pump houses, no priming, high flow and efficiency, simple operation and repair, "
        "serving irrigation, drainage and aquaculture supply.",
    ),
    (
        "pXo033",
        "vi",
        "doc123_trambom",
        "Thiết kế sơ bộ trạm bơm tưới",
        "Nhận tính toán trạm bơm tưới: lưu lượng yêu cầu theo từng thời kỳ sinh trưởng, mực nước sông thiết kế tần suất 75%, kiểm tra lũ 1% và mực nước "
        "thấp 90%, cao trình đầu kênh, lắng phù sa ở bể hút.",
    ),
    (
        "pXo034",
        "en",
        "doc123_trambom",
        "Preliminary design of an irrigation pumping station",
        "Duty flows for each crop stage, design river levels (75% frequency, 1% flood check, 90% low water), canal head level and sediment settling, "
        "turned into pump units and a station layout.",
    ),
    (
        "pXo035",
        "vi",
        "tepbac_quat",
        "Quạt nước 6 cánh và 8 cánh cho ao tôm",
        "Cung cấp dàn quạt nước cho ao nuôi tôm thâm canh: tạo dòng chảy, phân tán oxy và thức ăn, giảm phân tầng nhiệt độ và độ mặn khi mưa.",
    ),
    (
        "pXo036",
        "en",
        "ndsu",
        "Irrigation pump selection from a site inventory",
        "Extension method to match a pump to the water source (well, river, pond), required flow, suction head and total dynamic head "
        "(static, pressure and friction heads), so the pump runs near peak efficiency.",
    ),
    (
        "pXo037",
        "vi",
        "irritech",
        "Tính toán và lựa chọn máy bơm cho hệ thống tưới",
        "Tư vấn chọn bơm điện 1 pha 220 V, 3 pha 380 V hay máy dầu; nguồn nước mặt hay giếng khoan; tưới phun mưa cần áp cao hơn nhỏ giọt; "
        "chọn bơm chìm, trục ngang hay trục đứng và công suất để đủ nước, đủ áp, ít tốn điện.",
    ),
    (
        "pXo038",
        "vi",
        "nhabe_chon",
        "Hướng dẫn chọn máy bơm cho hệ thống tưới",
        "Giúp bà con xác định lưu lượng, cột áp, chất lượng nguồn nước, khoảng cách tới nguồn, nguồn điện (1 pha, 3 pha, dầu, điện mặt trời), vốn, "
        "chi phí mỗi số điện và điều kiện bảo dưỡng trước khi mua bơm.",
    ),
    (
        "pXo039",
        "vi",
        "hangphu",
        "Chọn công suất bơm hỏa tiễn cho giếng khoan",
        "Tư vấn chọn công suất bơm chìm giếng khoan theo độ sâu, lưu lượng giếng và nhu cầu tưới: bơm nhỏ quá thì chạy liên tục, nóng, dễ cháy; "
        "lớn quá thì tốn điện và hại giếng.",
    ),
    (
        "pXo040",
        "en",
        "fao_choice",
        "Life-cycle cost comparison of irrigation pumping systems",
        "FAO-style appraisal of pumping options: total costs over the system life against benefits, beyond first cost, plus reliability, spare parts, "
        "maintenance skills and theft risk, to rank diesel, electric, solar and other pumps.",
    ),
]

OFFERS += [
    (
        "pXo041",
        "vi",
        "fao_choice",
        "Phân tích chi phí vòng đời để chọn hệ thống bơm tưới",
        "Tính tổng chi phí trong suốt tuổi thọ (đầu tư, nhiên liệu, điện, sửa chữa) so với lợi ích cho từng phương án bơm dầu, điện, mặt trời; "
        "tính cả độ tin cậy, phụ tùng, thợ sửa và nguy cơ mất trộm.",
    ),
    (
        "pXo042",
        "en",
        "hoangdung",
        "Flow and head calculation for drip and sprinkler pumps",
        "We size the pump for a farm irrigation system: electric (single- or three-phase) or engine drive, surface water or borehole, sprinkler needing "
        "more pressure than drip, and the flow and head the chosen layout demands.",
    ),
    (
        "pXo043",
        "vi",
        "bomwilo_hutsau",
        "Máy bơm hút sâu đẩy cao cho giếng sâu và tưới xa",
        "Cung cấp bơm hút nước từ giếng, bể có mực nước thấp rồi đẩy lên cao hoặc đi xa, dùng cho tưới tiêu, trang trại; tư vấn cấu tạo, mã máy và cách chọn.",
    ),
    (
        "pXo044",
        "vi",
        "lachong",
        "Bơm lưu lượng: chọn cánh kín, cánh hở hay bán hở",
        "Cánh kín cho nước sạch hiệu suất cao, cánh hở cho nước lẫn bùn, tạp chất; động cơ điện hoặc diesel; phớt cơ khí chống rò. Tư vấn chọn theo nguồn nước.",
    ),
    (
        "pXo045",
        "en",
        "topcargo",
        "Household water pumps catalogue",
        "Pumps for homes, apartments and buildings: pressure boosters, domestic supply pumps, drainage of household wastewater, fire systems.",
    ),
    (
        "pXo046",
        "en",
        "calag_vfd",
        "Variable-frequency drives for electric irrigation pumping plants",
        "Instead of throttling a valve when fewer or smaller fields are watered, a VFD lowers motor and pump speed. Field tests at five sites matched the "
        "throttled output at much lower horsepower; worthwhile where the plant runs at least 1,000 hours a year.",
    ),
    (
        "pXo047",
        "en",
        "farmersweekly_vsd",
        "Variable speed drives: soft start, no water hammer, speed matched to crop demand",
        "Fixed-speed starts draw 300-800% of rated current and slam the water column. A VSD ramps the motor up and sets speed to the pressure and flow "
        "each zone needs, cutting energy, electrical stress and surges.",
    ),
    (
        "pXo048",
        "en",
        "unl_vfd",
        "Economic screening of VFDs for irrigation pumps",
        "Before buying a drive we model whether it pays: a study of 1,000 installations showed where elevation and pressure swings justify one. "
        "Speed follows frequency, e.g. 1770 to 1650 rpm by going from 60 to 56 Hz.",
    ),
    (
        "pXo049",
        "en",
        "dtn_vfd",
        "VFD retrofit for one pump serving several fields",
        "Drive retrofits that let one pump run one field or two without wasting energy; growers report savings of USD 8-12 per acre a season.",
    ),
    (
        "pXo050",
        "en",
        "calpoly_vfd",
        "Motor and pump efficiency testing under VFD control",
        "Laboratory testing of motors across speeds and loads with and without a VFD; the drive system is about 8% less efficient at full load, "
        "but field savings come from matching speed to real duty. Data to estimate plant power use.",
    ),
    (
        "pXo051",
        "en",
        "hoodu_vfd",
        "VFD constant-pressure booster sets for building water supply",
        "Variable-frequency booster packages that keep constant pressure in high-rise and smart-building water mains, replacing roof tanks.",
    ),
    (
        "pXo052",
        "vi",
        "thuviensk_phone",
        "Bộ điều khiển máy bơm tưới qua điện thoại, chia vườn thành nhiều khu",
        "Hộp điều khiển nhận lệnh từ điện thoại di động, chỉ vài giây sau gọi là máy bơm chạy; vườn 2 ha sầu riêng, chôm chôm chia 11 khu có ống ngầm từ giếng "
        "qua bể lọc tới béc phun; điều khiển được từ xa hàng ngàn cây số.",
    ),
    (
        "pXo053",
        "vi",
        "chuse_phone",
        "Bộ bật tắt máy bơm bằng cuộc gọi, giá khoảng 1,5 triệu đồng",
        "Dùng điện thoại phổ thông và bộ điều khiển gắn sim: gọi vào số của bộ điều khiển là máy bơm chạy, gọi lần nữa là tắt; dùng được ở bất cứ đâu có sóng.",
    ),
    (
        "pXo054",
        "vi",
        "scirp_gsm",
        "Điều khiển bơm chìm qua điện thoại GSM kèm đo mực nước bồn",
        "Thiết bị vi điều khiển với cảm biến siêu âm đo mực nước bồn, module GSM gửi tin cho chủ; chủ bật tắt bơm từ xa bằng ứng dụng, tránh tràn và lãng phí nước.",
    ),
    (
        "pXo055",
        "vi",
        "phunu_phone",
        "Tủ điều khiển máy bơm gắn sim, vận hành qua phần mềm điện thoại",
        "Lắp bộ điều khiển có sim nối với máy bơm hút từ bể chứa, cài phần mềm trên điện thoại để bật tắt bơm và theo dõi; ruộng cây cảnh hàng nghìn chậu "
        "tưới xong trong khoảng 1 giờ.",
    ),
]

OFFERS += [
    (
        "pXo056",
        "vi",
        "doisong_rau",
        "Hệ thống tưới rau điều khiển bằng tin nhắn điện thoại",
        "Kỹ sư tự động hóa chuyển sang trồng rau sạch đã chế tạo hệ thống tưới nhận lệnh qua tin nhắn: hơn 3.000 m2 rau tưới xong trong vài phút dù chủ ở xa "
        "hàng nghìn cây số; nhận lắp cho hộ trồng rau.",
    ),
    (
        "pXo057",
        "en",
        "scirp_gsm",
        "GSM mobile-phone remote control of a submersible pump with level sensing",
        "Microcontroller unit (AT89C51) with an ultrasonic tank-level sensor and a GSM module on a SIM card: the user gets level messages and switches "
        "the pump on or off from an Android app, avoiding overflow and wasted power.",
    ),
    (
        "pXo058",
        "en",
        "iwa_tank",
        "IoT real-time water level and storage monitoring for irrigation tanks",
        "Sensor and microcontroller unit sending water level to the cloud, viewed on web and mobile; a stage-volume curve gives stored volume, and the "
        "device can alert farmers to floods.",
    ),
    (
        "pXo059",
        "en",
        "iieta_dryrun",
        "Multi-node smart field monitoring with pump dry-run protection",
        "Wireless sensor nodes read soil moisture, temperature, humidity and rain and send them over long-range radio to a coordinator that switches the "
        "irrigation pump by rules and stops it running dry.",
    ),
    (
        "pXo060",
        "vi",
        "blogthuysinh",
        "Máy sủi khí oxy cho bể cá thủy sinh",
        "Cung cấp máy sủi, dây và quả sủi cho bể cá cảnh, thủy sinh; hướng dẫn chọn lưu lượng khí theo bể và khi nào cần sủi.",
    ),
    (
        "pXo061",
        "en",
        "mongabay_tvu",
        "Smart pumps and field water-level sensors for alternate wetting and drying rice",
        "University-installed network (since 2017) of sensors and pumps in co-op rice fields: farmers check field water level with a button press on a "
        "smartphone and pump only when needed, cutting water use and methane.",
    ),
    (
        "pXo062",
        "vi",
        "mongabay_tvu",
        "Bơm thông minh và cảm biến mực nước ruộng cho tưới ngập khô xen kẽ",
        "Trường đại học lắp mạng cảm biến và máy bơm cho các hợp tác xã lúa từ năm 2017; nông dân bấm điện thoại xem mực nước ruộng và chỉ bơm khi cần, "
        "giảm nước tưới và phát thải.",
    ),
    (
        "pXo063",
        "en",
        "mdpi_awd",
        "Low-cost wireless water-level sensor for AWD paddies",
        "A cheap real-time sensor for ponded water depth in lowland rice under alternate wetting and drying, so the irrigator knows when to re-flood "
        "without walking the fields.",
    ),
    (
        "pXo064",
        "en",
        "unimi_smartwt",
        "Open-source IoT water-tube sensor with GPRS for rice paddies",
        "Arduino Nano, GPRS board and an ultrasonic sensor in a perforated tube in the soil; battery life about three months sending every two hours, "
        "error typically under 1 cm; built for harsh paddy conditions.",
    ),
    (
        "pXo065",
        "vi",
        "unimi_smartwt",
        "Thiết bị đo mực nước ruộng lúa gửi dữ liệu qua GPRS",
        "Cảm biến siêu âm đặt trong ống đục lỗ cắm xuống ruộng, mạch Arduino và GPRS gửi số liệu; chạy pin khoảng 3 tháng khi gửi 2 giờ một lần, sai số dưới 1 cm.",
    ),
    (
        "pXo066",
        "en",
        "vnplus_dongthap",
        "Automatic drip and spray irrigation for net houses and orchards",
        "Automatically controlled drip for net houses (4,000 m2 of melon and cucumber, four crops a year) and spray for orchards; efficient irrigation "
        "raises yields about 25% and saves about 45% water.",
    ),
    (
        "pXo067",
        "vi",
        "vnplus_dongthap",
        "Tưới nhỏ giọt, tưới phun tự động cho nhà lưới và vườn cây",
        "Lắp tưới nhỏ giọt điều khiển tự động cho nhà lưới trồng dưa lưới, dưa leo 4 vụ/năm và tưới phun cho vườn xoài; năng suất tăng khoảng 25%, "
        "tiết kiệm khoảng 45% nước.",
    ),
    (
        "pXo068",
        "vi",
        "nnmt_htx1",
        "Mô hình hợp tác xã dịch vụ thủy lợi quản lý kênh nội đồng",
        "Chia sẻ mô hình HTX thành lập năm 2013 nhận quản lý kênh cấp II, III cho hơn 1.200 ha: tiếp nhận, phân phối, điều tiết nước tới từng thửa, "
        "tính lượng nước theo m3/giờ và lịch tưới từng đợt.",
    ),
    (
        "pXo069",
        "vi",
        "nnmt_htx2",
        "Tổ chức điều tiết nước nội đồng theo loại cây trồng",
        "Kinh nghiệm HTX bố trí thủy nông viên kiểm tra cửa lấy nước, chia giờ mở nước theo từng hộ và từng loại cây (lúa, bắp, rau màu), "
        "liên kết sản xuất tập trung để điều tiết dễ hơn.",
    ),
    (
        "pXo070",
        "en",
        "nnmt_htx1",
        "Organisational training for irrigation service cooperatives",
        "Training on setting up an irrigation service co-op that takes over level II and III canals from the provincial company: membership, "
        "staffing, fee collection and accounts, based on a co-op serving more than 1,200 ha.",
    ),
]

OFFERS += [
    (
        "pXo071",
        "vi",
        "tinhuy_qt",
        "Quy hoạch trạm biến áp và đưa điện tới chân trạm bơm của HTX",
        "Điện lực tính toán vị trí trạm biến áp và đầu tư đường dây tới tận chân trạm bơm cho từng vùng tưới; một huyện có 43 trạm bơm đã chuyển từ động cơ "
        "diezen sang điện lưới, mở rộng diện tích lúa và ổn định mùa vụ.",
    ),
    (
        "pXo072",
        "en",
        "tinhuy_qt",
        "Utility planning of transformers and lines for cooperative pumping stations",
        "The power company sites transformers and builds lines right to each irrigation pumping station; in one district 43 stations switched from "
        "diesel engines to grid power.",
    ),
    (
        "pXo073",
        "vi",
        "lib1_phunthuoc",
        "Quản lý, vận hành, sửa chữa và bảo dưỡng máy phun thuốc",
        "Tập huấn về máy phun thuốc bảo vệ thực vật: thùng chứa, bơm, béc phun, giàn phun, đồng hồ áp suất, van an toàn và cân chỉnh lượng phun.",
    ),
    (
        "pXo074",
        "vi",
        "evn_angiang",
        "Đề án chuyển trạm bơm dầu sang trạm bơm điện",
        "Kinh nghiệm đề án cấp điện cho 936 trạm bơm, nâng tổng số lên 1.496 trạm bơm điện, lưu lượng khoảng 3 triệu m3/giờ, phục vụ 255.371 ha (91,22% "
        "diện tích canh tác); xây 356 km đường dây 22 kV và 936 trạm biến áp.",
    ),
    (
        "pXo075",
        "en",
        "evn_angiang",
        "Province-wide conversion of diesel pumping stations to grid power",
        "Programme experience: power supplied to 936 new stations for 1,496 electric pumping stations (about 3 million m3/h, nearly 150,000 kVA of "
        "transformers) irrigating 255,371 ha, with 356 km of 22 kV line.",
    ),
    (
        "pXo076",
        "vi",
        "baogialai",
        "Tổ liên kết nông dân góp vốn trạm biến áp để chạy máy bơm điện",
        "Hỗ trợ nông dân lập tổ liên kết dùng chung trạm biến áp và đường dây tại khu sản xuất (một tổ có 25 thành viên): bật cầu dao là tưới, "
        "chi phí thấp hơn 30-40% so với bơm dầu, không lo giá dầu.",
    ),
    (
        "pXo077",
        "en",
        "baogialai",
        "Farmer groups co-investing in a transformer to run electric pumps",
        "We help farmers form a power-sharing group around a privately funded transformer at the fields (25 members in one case); switching from diesel "
        "to electric pumps cut irrigation costs by 30-40%.",
    ),
    (
        "pXo078",
        "en",
        "lsu_electric",
        "Diesel-to-electric irrigation pump conversion assessment",
        "Diesel engines are 25-37% efficient against 85-92% for electric motors. One farm replaced a diesel unit with a 200 hp motor pumping 4,500 gpm: "
        "USD 14,500 against 18,000 to buy, USD 320-380 a day to run against 856 on diesel. We check 3-phase access and utility charges.",
    ),
    (
        "pXo079",
        "en",
        "lsu_compare",
        "Pumping cost comparison: diesel against electric per acre-inch",
        "Operating-cost analysis for the same field and pump (160 acres, 600 gpm, 10 psi) from a deep well or a 20 ft surface lift, giving total, "
        "per-inch and per-acre-inch cost for each fuel; site-specific estimates on request.",
    ),
    (
        "pXo080",
        "en",
        "lsu_econ",
        "Ten-year economics of irrigation efficiency upgrades",
        "Analysis of fuel type, water source and pump performance changes over 10 years; bringing power lines in costs USD 5-10 per foot, "
        "3-phase USD 10-15 per foot, which decides whether electric beats diesel.",
    ),
    (
        "pXo081",
        "vi",
        "lsu_compare",
        "So sánh chi phí bơm dầu và bơm điện theo lượng nước tưới",
        "Tính chi phí vận hành cho cùng một ruộng, cùng máy bơm khi chạy dầu và chạy điện, với nguồn giếng sâu hoặc lấy nước mặt cột nước thấp, "
        "ra chi phí trên mỗi đơn vị nước tưới.",
    ),
    (
        "pXo082",
        "vi",
        "thanhnien_dtm",
        "Kinh nghiệm xây dựng hệ thống trạm bơm điện cho vùng lúa 3 vụ",
        "Vùng trũng có hàng ngàn trạm bơm điện lớn nhỏ giúp tưới tiêu, rửa chua, rút nước khi mưa lũ, giảm chi phí so với máy dầu và nâng từ 1-2 vụ "
        "lên 3 vụ/năm; chia sẻ kinh nghiệm quy hoạch mạng trạm bơm.",
    ),
    (
        "pXo083",
        "en",
        "icon_travinh",
        "Rural household electrification in Khmer communes",
        "Medium- and low-voltage lines to remote hamlets, islets and Khmer villages, bringing household connection rates to the high nineties.",
    ),
    (
        "pXo084",
        "vi",
        "icon_travinh",
        "Điện khí hóa nông thôn cho hộ dân vùng sâu, vùng xa",
        "Kéo lưới trung, hạ thế về ấp, xã và cù lao, xóa hộ câu đuôi, lắp công tơ cho hộ đồng bào Khmer để thắp sáng và sinh hoạt.",
    ),
    (
        "pXo085",
        "en",
        "nsw_worn",
        "Pump performance check from the electricity meter: 200-300 kWh per megalitre",
        "Time the meter against water pumped to test an electric pump: a good result is 200-300 kWh/ML. We also check impellers worn by sand or by "
        "cavitation when the pump sits too high above the water, which raises pumping cost.",
    ),
]

OFFERS += [
    (
        "pXo086",
        "vi",
        "nsw_worn",
        "Kiểm tra mòn cánh bơm và hiệu suất bơm bằng công tơ điện",
        "Đo số điện tiêu thụ so với lượng nước bơm: bơm tốt khoảng 200-300 kWh cho mỗi 1.000 m3; kiểm tra cánh bơm mòn do cát hoặc do đặt máy quá cao "
        "so với mặt nước sinh bọt khí làm rỗ cánh.",
    ),
    (
        "pXo087",
        "en",
        "bpa_test",
        "Irrigation pump testing in the field",
        "Tests of lift, discharge pressure, input power and flow giving overall pumping-plant efficiency, from a simple walk-through to a full pump and "
        "system analysis, with a report on repair or replacement. Pumps older than five years are good candidates.",
    ),
    (
        "pXo088",
        "en",
        "checklist",
        "Irrigation pump maintenance checklist",
        "Customisable checklist for pre-operation inspection, routine upkeep, seasonal preparation and safety checks of irrigation pumps, "
        "to catch leaks, corrosion and loose connections before they cause breakdowns.",
    ),
    (
        "pXo089",
        "vi",
        "checklist",
        "Quy trình bảo dưỡng máy bơm tưới theo mùa vụ",
        "Bộ danh mục kiểm tra trước khi chạy máy, bảo dưỡng định kỳ, chuẩn bị đầu vụ và an toàn điện cho máy bơm tưới; phát hiện rò rỉ, gỉ sét, "
        "mối nối lỏng trước khi hỏng nặng.",
    ),
    (
        "pXo090",
        "en",
        "usga",
        "Preventive maintenance and pump station testing programme",
        "Scheduled maintenance and periodic testing for irrigation pump stations so that falling efficiency is caught and failures forecast, "
        "instead of waiting for a catastrophic breakdown.",
    ),
    (
        "pXo091",
        "en",
        "vermeeren",
        "Turbine and submersible pump maintenance",
        "Impeller lateral adjustment, bore and water-level checks, motor speed checks for overload or low voltage, and water or oil lubrication "
        "of turbine pumps, following the manufacturer's procedures.",
    ),
    (
        "pXo092",
        "en",
        "raintek",
        "Pump and motor servicing for irrigation systems",
        "Oil, filter and coolant changes for engine drives, sheltered and cooled motors, gasket and leak checks, coupling lubrication; pumps that lift "
        "sand usually need impeller adjustment every 3-5 years.",
    ),
    (
        "pXo093",
        "vi",
        "thuvienbt",
        "Chẩn đoán hư hỏng máy bơm điện và cách khắc phục",
        "Bảng hiện tượng, nguyên nhân, cách sửa: chạy không lên nước do mất nước mồi, tắc hoặc nứt ống hút; nước yếu do rác bịt miệng hút; động cơ nóng, "
        "nhảy áptômat do chập dây quấn phải quấn lại; rò điện ra vỏ phải bọc lại hoặc sấy động cơ.",
    ),
    (
        "pXo094",
        "en",
        "lib1_phunthuoc",
        "Sprayer pump calibration and maintenance training",
        "Course on pesticide sprayers: tank and agitator, pump, nozzles, boom, pressure gauge, regulator and relief valve, and calibration.",
    ),
    (
        "pXo095",
        "vi",
        "diennuoc_tu",
        "Kiểm tra, thay tụ đề và xử lý cháy cuộn mô tơ máy bơm 1 pha",
        "Thợ đến tận nơi đo tụ và cuộn dây: tụ yếu thì máy quay chậm, nước yếu; tụ hỏng thì chỉ kêu ù; mùi khét, nhảy CB là dấu hiệu cháy cuộn. "
        "Tụ giá khoảng 50.000-150.000 đồng, thay nhanh.",
    ),
    (
        "pXo096",
        "vi",
        "minhmotor",
        "Sửa chữa, bảo dưỡng và quấn lại động cơ điện",
        "Nhận kiểm tra tiếng ồn, nóng, yếu của mô tơ, thay bạc đạn, quấn lại dây stato bằng đồng, sơn cách điện; sửa mô tơ máy bơm, quạt và máy công nghiệp.",
    ),
    (
        "pXo097",
        "vi",
        "thosaigon_hoatien",
        "Sửa máy bơm hỏa tiễn giếng khoan",
        "Kéo bơm lên, kiểm tra động cơ kín nước, tầng cánh, vỏ inox; xử lý bơm không chạy, chạy không lên nước, nước yếu cho giếng sâu 20 đến hơn 100 m "
        "phục vụ sinh hoạt, trang trại và tưới tiêu.",
    ),
    (
        "pXo098",
        "en",
        "pumpsuk_rewind",
        "Electric pump motor rewinding",
        "Armature rewinding of burnt-out pump motors, especially older units with special shafts: winding data recorded, slots insulated with "
        "high-temperature Nomex, new copper coils fitted and insulated.",
    ),
    (
        "pXo099",
        "en",
        "deckpro_rewind",
        "Rewind or replace: advice and rewinds for pump motors",
        "A rewind is usually cheaper above about 5 kW or for special motors; a new unit lasts longer and is often more efficient. We strip, measure, "
        "reinsulate, rewind and test well above running voltage.",
    ),
    (
        "pXo100",
        "en",
        "livoti_rewind",
        "Quality assurance for motor repair and rewinds",
        "Procedures to qualify rewind shops, check that rewound motors meet OEM specification and dyno-test them before installation, "
        "and to decide rewind against buying an energy-efficient motor.",
    ),
]

OFFERS += [
    (
        "pXo101",
        "vi",
        "pumpsuk_rewind",
        "Quấn lại động cơ máy bơm bị cháy",
        "Nhận quấn lại mô tơ bơm cháy do mất pha, chạm vỏ, chập giữa các pha hoặc kẹt bạc đạn: ghi số liệu cuộn dây cũ, lót cách điện chịu nhiệt, "
        "quấn và tẩm sấy lại.",
    ),
    (
        "pXo102",
        "en",
        "psg_cav",
        "Cavitation troubleshooting to cut pump downtime",
        "When a pump sounds like gravel: reduce flow at once, clear strainers and suction restrictions, then find why suction pressure fell below vapour "
        "pressure and fix it for good by raising suction margin and cutting inlet losses.",
    ),
    (
        "pXo103",
        "en",
        "steinke_cav",
        "NPSH checklist for centrifugal pumps",
        "Step-by-step check that available NPSH exceeds required NPSH (absolute pressures, vapour pressure at real temperature), then suction-side "
        "inspection and practical fixes that avoid a long shutdown.",
    ),
    (
        "pXo104",
        "vi",
        "valve_seal",
        "Hệ thống làm kín trục cho bơm nước nóng và nước cấp nồi hơi",
        "Tư vấn sơ đồ làm kín cơ khí có tuần hoàn làm mát cho bơm ly tâm chạy nước nóng trên 80°C và hydrocacbon trong nhà máy.",
    ),
    (
        "pXo105",
        "en",
        "mcnally_corr",
        "Ceramic epoxy coating and zinc anodes for pumps in salt water",
        "Cheaper alternative to stainless pumps against salt-water corrosion: ceramic epoxy coating on cast iron plus five to ten sacrificial zinc "
        "anodes around the casing; chlorinated rubber cable sheathing.",
    ),
    (
        "pXo106",
        "vi",
        "mcnally_corr",
        "Sơn phủ epoxy gốm và gắn anode kẽm chống ăn mòn cho bơm nước mặn, nước lợ",
        "Phủ epoxy gốm lên bơm gang và gắn 5-10 cục anode kẽm hy sinh quanh thân bơm để chống ăn mòn do nước mặn, rẻ hơn thay bơm inox.",
    ),
    (
        "pXo107",
        "en",
        "modo_anode",
        "Vertical submersible pumps for seawater with sacrificial anodes",
        "Pumps for salt water fitted with pure zinc blocks on the bell and volute, which corrode instead of the pump parts once the unit is running.",
    ),
    (
        "pXo108",
        "en",
        "globalswai",
        "Corrosion-resistant submersible pumps",
        "Choice of pump material and protection for corrosive water such as seawater: stainless steel construction, or anodes, coatings and resistant "
        "materials on exposed parts; cast iron where water is not aggressive.",
    ),
    (
        "pXo109",
        "vi",
        "globalswai",
        "Chọn vật liệu bơm chìm chống ăn mòn",
        "Tư vấn bơm chìm cho nước mặn và nước ăn mòn: thân inox, hoặc gang có lớp phủ, anode và chi tiết bằng vật liệu bền ở chỗ tiếp xúc nước.",
    ),
    (
        "pXo110",
        "en",
        "pentair_flood",
        "Reliable flood-control pumps: bearings and seals for long idle periods",
        "Vertical axial-flow flood pumps with permanently lubricated or water-lubricated bearings, stiffened columns, and double mechanical seals or "
        "dry-run-capable silicon carbide faces, so they start instantly after months idle.",
    ),
    (
        "pXo111",
        "en",
        "kairun_flood",
        "Submersible flood drainage pumps with watertight motors",
        "Fully submersible drainage pumps with hermetically sealed motors, direct-coupled open impellers for debris and water-jacket cooling, "
        "for fast removal of flood and rain water.",
    ),
    (
        "pXo112",
        "vi",
        "kairun_flood",
        "Bơm chìm tiêu úng chống ngập, động cơ kín nước",
        "Cung cấp bơm chìm thoát nước lũ, mưa: động cơ kín hoàn toàn bằng gioăng, phớt; cánh hở cho rác nhỏ đi qua; làm mát bằng nước xung quanh.",
    ),
    (
        "pXo113",
        "en",
        "romtec",
        "Surface-mounted pumps that keep motors out of the wet well",
        "Pumps mounted above the well draw water up through stainless shafts, so motors stay out of corrosive or flooded pits and can be serviced "
        "without confined-space entry.",
    ),
    (
        "pXo114",
        "vi",
        "india_flood",
        "Bơm hướng trục tiêu thoát lũ, cánh hở chịu rác",
        "Bơm hướng trục lưu lượng 10-50 m3/giây cho cột nước dưới 5-10 m, cánh hở cho bùn, lá cây và đến 10% chất rắn đi qua, lắp nhanh khi khẩn cấp.",
    ),
    (
        "pXo115",
        "en",
        "health222",
        "Protecting sewer pump stations from seawater",
        "Advice for municipal sewage lift stations hit by waves and floods: shutdown procedures during high seas to stop salt water reaching the pumps.",
    ),
]

OFFERS += [
    (
        "pXo116",
        "en",
        "wateronline_drypit",
        "Submersible pumps in dry-pit sewage stations",
        "Datasheet on specifying submersible wastewater pumps for dry pits in flood plains, with the extra cooling fixtures they need when not submerged.",
    ),
    (
        "pXo117",
        "en",
        "vnnews_salinity",
        "Automatic river salinity monitoring that alerts by phone and starts pumps",
        "A nanotechnology institute's solar-powered station measures salinity and temperature continuously, texts alerts to agencies and farmers, "
        "and switches on pumping to fill ponds when salinity falls below 2 per mille.",
    ),
    (
        "pXo118",
        "vi",
        "vnnews_salinity",
        "Hệ thống quan trắc độ mặn tự động, cảnh báo qua điện thoại và tự bật bơm",
        "Trạm đo độ mặn và nhiệt độ liên tục chạy pin mặt trời, gửi cảnh báo qua điện thoại cho cơ quan và nông dân; khi độ mặn dưới 2‰ thì kích hoạt "
        "hệ thống bơm lấy nước vào ao.",
    ),
    (
        "pXo119",
        "en",
        "sggp_cailon",
        "Sluice operation by salinity thresholds",
        "Operating schedules for large salinity-control sluices: full or partial closure when 1 per mille water moves inland, joint review when "
        "salinity passes 3 per mille, timed openings to refresh flow.",
    ),
    (
        "pXo120",
        "vi",
        "danviet_bongbot",
        "Vận hành cống ngăn mặn chủ động đóng mở theo con nước",
        "Kinh nghiệm vận hành cống Bông Bót, Tân Dinh 24/24 giờ theo độ mặn sông Hậu, đóng mở theo chu kỳ triều để tiếp ngọt cho các huyện ven biển, "
        "bảo vệ hơn 11.000 ha.",
    ),
    (
        "pXo121",
        "en",
        "saigontimes_ntt",
        "Hydraulic salinity-control sluice with automated ship lock",
        "A 40 m reinforced-concrete sluice with hydraulically driven steel gates and a 150 m automated ship lock, protecting about 100,000 ha.",
    ),
    (
        "pXo122",
        "en",
        "doan_ngot",
        "Bringing upstream fresh water to the coastal delta in the dry season",
        "Research proposal for a sustainable transfer of upstream Mekong flow (3.5-5 billion m3 a month in the dry season) to coastal areas short of "
        "fresh water.",
    ),
    (
        "pXo123",
        "vi",
        "timtailieu_cochien",
        "Khai thác nước ngọt sông Cổ Chiên cấp nước sinh hoạt cho thành phố",
        "Đánh giá khả năng lấy nước ngọt sông Cổ Chiên và cải tạo sông Láng Thé thành hồ chứa để thay nước ngầm khai thác quá mức cho nước sinh hoạt đô thị.",
    ),
    (
        "pXo124",
        "vi",
        "tepbac_rut",
        "Hệ thống rút nước tầng mặt cho ao tôm",
        "Lắp ống hút đặt sát mặt nước nối ra cống hoặc bể lắng để rút lớp nước bẩn, bọt, váng; khi mưa lớn kéo dài hệ thống rút bớt nước tầng mặt "
        "để ao không tràn và giảm phân tầng.",
    ),
    (
        "pXo125",
        "vi",
        "kiengiang_ntts",
        "Giải pháp cấp nước mặn, ngọt cho vùng nuôi trồng thủy sản tập trung",
        "Viện nghiên cứu công trình thủy lợi đề xuất hướng cấp nước mặn, nước ngọt và công trình cấp nước cho vùng nuôi tập trung quy mô khoảng 3.000 ha, "
        "năng suất 35-40 tấn/ha.",
    ),
    (
        "pXo126",
        "en",
        "kiengiang_ntts",
        "Water supply design for a concentrated aquaculture zone",
        "Hydraulic institute design of salt and fresh water supply and the intake works for a planned aquaculture park of about 3,000 ha "
        "targeting 35-40 t/ha.",
    ),
    (
        "pXo127",
        "vi",
        "maythoikhi",
        "Máy thổi khí con sò cấp oxy ban đêm cho ao tôm",
        "Cung cấp máy thổi khí con sò giúp tôm vượt giờ thiếu oxy 3-5 giờ sáng khi tảo ngừng quang hợp.",
    ),
    (
        "pXo128",
        "en",
        "anbinh_quat",
        "Paddlewheel aerators for intensive shrimp ponds",
        "Aerator layout and running schedules; aerators use over 80% of a shrimp farm's energy, pumps about 10%.",
    ),
    (
        "pXo129",
        "vi",
        "thitruong_ro",
        "Máy lọc nước mặn thành nước ngọt 500 lít/giờ để tưới vườn",
        "Máy tự chế gồm bồn lọc thô, màng lọc tinh, bơm nén qua màng RO: với nước mặn khoảng 5‰ cho 500 lít ngọt mỗi giờ, mặn hơn thì 300-400 lít; "
        "đã lắp hơn 60 máy cho vườn sầu riêng vùng hạn mặn.",
    ),
    (
        "pXo130",
        "vi",
        "thegioi1_ro",
        "Máy lọc nước nhiễm mặn 1.000 lít/giờ cho nước uống",
        "Hệ thống 5 cấp lọc (phèn, hữu cơ, làm mềm, RO áp cao và áp thấp) lọc nước mặn tới 3.000 ppm thành nước uống đạt quy chuẩn, 24.000 lít/ngày.",
    ),
]

OFFERS += [
    (
        "pXo131",
        "en",
        "vnexpress_ro",
        "Solar-powered reverse-osmosis drinking water units for saline and remote villages",
        "Compact RO filtration with its own solar panels for the feed pump and membranes, running off-grid where salinity or terrain cuts villages off "
        "from piped water.",
    ),
    (
        "pXo132",
        "vi",
        "duytan_hanman",
        "Túi nhựa trữ nước ngọt 7-30 m3 mùa hạn mặn",
        "Túi trữ nước ngọt từ 7 đến 30 m3 dùng cho sinh hoạt hoặc đặt trong vườn trữ nước tưới khi sông nhiễm mặn, rẻ hơn xây bể xi măng, xếp gọn dùng nhiều năm.",
    ),
    (
        "pXo133",
        "en",
        "bluewave",
        "Integrated shrimp farming and solar power production",
        "Development-agency project combining shrimp-rearing greenhouses with rooftop PV at a pilot factory, aiming to save land, fresh water and "
        "CO2, with transfer to small and medium seafood firms.",
    ),
    (
        "pXo134",
        "en",
        "tailieu_duahau",
        "Comparing seepage and drip irrigation for watermelon",
        "Technical-efficiency study (stochastic frontier, 160 households in two coastal districts) showing which of seepage or drip irrigation gives "
        "watermelon growers the better result.",
    ),
    (
        "pXo135",
        "vi",
        "tailieu_duahau",
        "So sánh hiệu quả tưới thấm và tưới nhỏ giọt trên dưa hấu",
        "Nghiên cứu trên 160 hộ ở hai huyện ven biển so sánh hiệu quả kỹ thuật giữa tưới thấm và tưới nhỏ giọt cho dưa hấu, chọn mô hình tốt hơn.",
    ),
    (
        "pXo136",
        "en",
        "bomwilo_tangap",
        "Booster pumps for rooftop solar water heaters",
        "Heat-resistant mechanical, electronic and inverter booster pumps that keep steady pressure from solar hot-water tanks to showers and appliances.",
    ),
    (
        "pXo137",
        "en",
        "pedigogy",
        "Online course: principles of farm water management",
        "Lessons on pump classes (reciprocating, rotary, centrifugal, turbine, propeller, air-lift) as part of a general farm water management course.",
    ),
    (
        "pXo138",
        "en",
        "tcvn8531",
        "National standard TCVN 8531:2010, class I requirements for centrifugal pumps",
        "Download of the standard text setting class I technical requirements for centrifugal pumps.",
    ),
    (
        "pXo139",
        "vi",
        "cungcap_suckhi",
        "Máy sục khí ao nuôi cá",
        "Cung cấp máy sục khí bánh xe và tia nước cho ao cá, tăng oxy hòa tan và đẩy khí thải, kèm ưu nhược điểm từng loại.",
    ),
    (
        "pXo140",
        "en",
        "danviet_dragon",
        "Floating solar pump for orchard ditches and ponds",
        "A pump on a float placed straight in the ditch or pond, topped by a panel and battery unit, driving a 375 W motor for drip lines; used on a "
        "1,100-plant dragon fruit farm yielding 30 t/ha.",
    ),
    (
        "pXo141",
        "vi",
        "undp_cambodia",
        "Hệ thống bơm năng lượng mặt trời công suất lớn cho cộng đồng trồng lúa",
        "Thiết kế và lắp bơm mặt trời trên 20 mã lực lấy nước sông, kênh, ao hoặc nước ngầm, tưới 80-250 ha mỗi điểm trong mùa khô, kèm tổ chức quản lý cộng đồng.",
    ),
    (
        "pXo142",
        "en",
        "iita_lift",
        "Field levelling and motorised water lifting for rice paddies",
        "Levelling paddies so that irrigation water spreads evenly (yield falls about 260 kg/ha for each 10 mm of unevenness) and lifting water from "
        "nearby rivers or basins by gravity, hand or motor pumps.",
    ),
    (
        "pXo143",
        "vi",
        "professor_small",
        "Máy bơm nhỏ dưới 1,5 HP chạy điện 1 pha cho rau màu",
        "Bơm công suất nhỏ giá thấp, nhẹ, mang đi nhiều thửa, chạy được bằng điện sinh hoạt 1 pha, lưu lượng vừa phải không xói đất; "
        "có thể kết hợp pin mặt trời cho nông hộ nhỏ trồng rau, hoa.",
    ),
    (
        "pXo144",
        "en",
        "professor_small",
        "Small pumps under 1.5 HP on single-phase power for smallholders",
        "Low-cost, portable small pumps that run on ordinary single-phase household connections, with gentle discharge that does not erode topsoil, "
        "suited to vegetables and flowers; low-discharge solar versions available.",
    ),
    (
        "pXo145",
        "en",
        "bachkhoa_bom",
        "Matching pump type to head: centrifugal, mixed flow or axial flow",
        "Advice on pump choice by lift: centrifugal for high head, mixed flow for medium head, axial and diagonal flow for low head; suction lift "
        "limited to about 10 m; electric, engine, fixed or mobile units.",
    ),
]

OFFERS += [
    (
        "pXo146",
        "en",
        "trea_mixed",
        "Licensing a high-efficiency mixed-flow pump diffuser design",
        "Patented mixed-flow pump whose diffuser blade angles are set along the passage to stop flow separation at the hub corner, raising efficiency.",
    ),
    (
        "pXo147",
        "en",
        "wfo",
        "Modern water pumps and irrigation for climate adaptation",
        "Overview and advice on using modern pumps and irrigation systems so farms cope with drought, erratic rain and extreme weather.",
    ),
    (
        "pXo148",
        "vi",
        "lsu_econ",
        "Phân tích kinh tế 10 năm khi nâng cấp hệ thống bơm tưới",
        "Đánh giá nhiên liệu, nguồn nước và hiệu suất bơm trong 10 năm; chi phí kéo đường dây tới trạm bơm (5-10 USD mỗi foot, 3 pha 10-15 USD) "
        "quyết định bơm điện có lợi hơn bơm dầu hay không.",
    ),
    (
        "pXo149",
        "vi",
        "ndsu",
        "Kiểm kê điều kiện vận hành trước khi chọn bơm tưới",
        "Hướng dẫn liệt kê nguồn nước (giếng, sông, ao), lưu lượng cần, cột hút và tổng cột áp động (tĩnh, áp lực, tổn thất ma sát) để chọn bơm chạy gần "
        "hiệu suất cao nhất.",
    ),
    (
        "pXo150",
        "vi",
        "vermeeren",
        "Bảo dưỡng bơm tuabin giếng sâu và bơm chìm",
        "Chỉnh khe hở cánh bơm, kiểm tra mực nước giếng và bọt khí, kiểm tra tốc độ động cơ khi quá tải hay điện áp thấp, bôi trơn bằng nước hoặc dầu "
        "theo hướng dẫn nhà sản xuất.",
    ),
    (
        "pXo151",
        "vi",
        "usga",
        "Chương trình bảo trì phòng ngừa và đo kiểm trạm bơm",
        "Lập lịch bảo trì và đo kiểm định kỳ cho trạm bơm tưới để phát hiện hiệu suất giảm và dự báo hỏng hóc, không để đến khi hỏng nặng.",
    ),
    (
        "pXo152",
        "vi",
        "romtec",
        "Bơm đặt trên bệ khô, động cơ tránh ngập và ăn mòn",
        "Lắp bơm đặt phía trên hố hút, hút nước qua trục inox để động cơ không nằm trong hố ẩm, ngập hay nước ăn mòn; bảo trì không phải xuống hố.",
    ),
    (
        "pXo153",
        "vi",
        "modo_anode",
        "Bơm chìm trục đứng cho nước biển có anode kẽm hy sinh",
        "Bơm dùng cho nước mặn được gắn khối kẽm nguyên chất ở loa hút và buồng xoắn; kẽm bị ăn mòn thay cho chi tiết bơm khi máy chạy.",
    ),
    (
        "pXo154",
        "vi",
        "ceh_types",
        "Bơm cánh quạt cột nước thấp (hướng trục, hỗn lưu) cho tưới tiêu",
        "Cung cấp bơm trục đứng một tầng hướng trục, hỗn lưu cho tưới tiêu cột nước thấp; bơm trục ngang có xi phông cho lưu lượng lớn; "
        "bơm xoắn ốc khi cột nước trên khoảng 14 m.",
    ),
    (
        "pXo155",
        "vi",
        "vnnews_shrimp",
        "Tích hợp điện mặt trời cho quạt nước và máy bơm ao tôm, có bảo hành",
        "Tiền điện chiếm 50-200 triệu đồng/ha ao mỗi vụ, khoảng 10% chi phí, lại hay cúp điện; chúng tôi lắp pin mặt trời nối với mô tơ quạt và máy bơm, "
        "kèm bảo hành, bảo trì.",
    ),
    (
        "pXo156",
        "en",
        "hangphu",
        "Sizing a borehole submersible pump",
        "Choosing the power of a borehole pump from well depth, well yield and demand: undersized pumps run non-stop, overheat and burn out; "
        "oversized ones waste power and stress the well.",
    ),
    (
        "pXo157",
        "vi",
        "mdpi_pak",
        "So sánh tưới nhỏ giọt chạy điện mặt trời, điện lưới và dầu",
        "Đánh giá kinh tế cho hệ tưới nhỏ giọt theo nguồn năng lượng bơm (mặt trời, điện lưới, dầu) trên nông hộ 1-3 ha: tỷ số lợi ích chi phí, "
        "chi phí vòng đời, thời gian hoàn vốn và phát thải CO2.",
    ),
]
