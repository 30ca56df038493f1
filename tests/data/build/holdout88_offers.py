"""Offers of the holdout88 labelled set (EVs and batteries in towns and the countryside); see make_holdout88.py."""

OFFERS = [
    # --- electric motorbikes for delivery ---
    (
        "lLo001",
        "en",
        "theinv",
        "Swappable-battery e-scooters leased to delivery fleets",
        "A Vietnamese e-scooter and battery maker supplies two-wheelers to courier and food-delivery companies and "
        "leases them for last-mile cargo. Its patented battery is said to fit about 70% of e-scooters sold locally, "
        "so one pack standard can serve a mixed fleet.",
    ),
    (
        "lLo002",
        "vi",
        "selexhue",
        "Chương trình thí điểm chuyển xe máy chở hàng sang xe máy điện",
        "Doanh nghiệp xe điện phối hợp tổ chức quốc tế và chính quyền tỉnh tổ chức thí điểm cho người chở hàng bằng "
        "xe máy dùng thử xe máy điện, đo chi phí vận hành so với xe xăng và khảo sát nhu cầu để đề xuất chính sách hỗ "
        "trợ. Cả nước có khoảng 60 triệu xe máy xăng, thải chừng 42 triệu tấn CO2 mỗi năm.",
    ),
    (
        "lLo003",
        "en",
        "vnpost",
        "Electric delivery motorbikes with a battery-exchange model for postal rounds",
        "A postal operator and a motorbike maker offer their pilot package: compact electric delivery bikes for "
        "postmen plus a battery-exchange point, designed for deliveries in both city and rural areas.",
    ),
    (
        "lLo004",
        "vi",
        "vnexgrab",
        "Tư vấn chọn xe máy điện chở hàng: tải 200 kg, 150 km mỗi ngày",
        "Công ty giao hàng bằng xe điện tư vấn cấu hình xe cho người giao hàng: tải trọng tối đa khoảng 200 kg, "
        "quãng đường khoảng 150 km/ngày, giá xe 25–50 triệu đồng; kèm phương án sạc khi khu trọ cấm sạc ban đêm.",
    ),
    (
        "lLo005",
        "en",
        "leva",
        "Market briefing on electric motorbikes in Vietnam",
        "A light-EV trade association offers a briefing on the Vietnamese e-motorbike market: a 25% electric share of "
        "two-wheelers targeted for 2030, bikes from about 500 USD, home charging versus swap stations, and the fire "
        "concerns that slow adoption.",
    ),
    (
        "lLo006",
        "vi",
        "dtswap",
        "Xe máy điện giao hàng và tủ đổi pin 12 khoang",
        "Hãng xe máy giới thiệu tủ đổi pin 12 khoang dùng cho bộ pin rời tiêu chuẩn của hãng, phục vụ mẫu xe máy "
        "điện giao hàng và xe máy điện đô thị; đổi pin mất 1–2 phút thay cho 3–4 giờ sạc.",
    ),
    (
        "lLo007",
        "en",
        "epu",
        "Study service on the shift to electric two-wheelers",
        "Faculties of an electric power university offer their analysis of road traffic and the transition from "
        "petrol motorcycles to electric two-wheelers, matched to income levels, as input for local transport plans.",
    ),
    (
        "lLo008",
        "vi",
        "chotot",
        "Mua bán xe tay ga chạy xăng đã qua sử dụng",
        "Sàn rao vặt đăng 14 xe tay ga xăng cũ giá tốt tại một tỉnh phía Bắc, xem xe và thỏa thuận trực tiếp.",
    ),
    (
        "lLo009",
        "en",
        "straits",
        "Accessories and styling for e-motorbike enthusiasts",
        "A riders' club shop fits tyre lights, remote-controlled seats and other cosmetic modifications on electric "
        "motorcycles.",
    ),
    (
        "lLo010",
        "vi",
        "thoidai",
        "Xác minh nguồn gốc xe máy điện chính hãng",
        "Dịch vụ kiểm tra giấy tờ và số khung giúp người mua phân biệt xe máy điện chính hãng với xe lắp ráp giả "
        "nhãn hiệu bán kèm giấy tờ giả.",
    ),
    # --- electric three-wheelers for farm transport ---
    (
        "lLo011",
        "vi",
        "sino3w",
        "Xe ba bánh điện chở nông sản cho đường liên xã",
        "Nhà cung cấp xe ba bánh điện tải 300–800 kg, tốc độ vừa phải, mui và thùng hàng tháo lắp được, ít hỏng và "
        "sửa được ở tiệm nhỏ; hợp đường làng hẹp, thay xe ba gác tự chế không được phép lưu thông.",
    ),
    (
        "lLo012",
        "en",
        "aomika",
        "Electric cargo tricycles for farms, with a buyer's checklist",
        "A tricycle maker supplies electric cargo trikes for small farms and helps choose the rated load, lead-acid or "
        "lithium battery, Ah capacity and range under load, and checks that charging can be done overnight near "
        "the shed.",
    ),
    (
        "lLo013",
        "en",
        "altigreen",
        "Three-wheeler cargo EV: 500–600 kg payload, 120–150 km range",
        "A three-wheeler maker offers a lithium-ion cargo EV with 120–150 km per charge, 500–600 kg payload and "
        "custom decks for vegetables, parcels or gas cylinders; running cost about 16% of a fossil-fuel equivalent.",
    ),
    (
        "lLo014",
        "en",
        "newsio",
        "Electric farm trikes for hauling harvests on narrow roads",
        "A three-wheeler factory offers compact electric farm trikes that carry harvests to market and fertiliser and "
        "tools to the field, sized for narrow unpaved rural lanes where trucks cannot pass.",
    ),
    (
        "lLo015",
        "vi",
        "evhicle",
        "Phân phối xe tải nông nghiệp ba bánh điện giá rẻ",
        "Đơn vị nhập khẩu xe tải ba bánh điện dùng ở nông thôn Trung Quốc cho nông hộ nhỏ: chi phí sở hữu thấp, dễ "
        "bốc xếp, quay đầu trên đường hẹp.",
    ),
    (
        "lLo016",
        "vi",
        "baomoi3b",
        "Xe ba bánh chạy xăng nhập khẩu chở hàng",
        "Đại lý bán xe ba bánh động cơ xăng của Trung Quốc để chở vật liệu và hàng hóa.",
    ),
    (
        "lLo017",
        "en",
        "sinobd",
        "Electric three-wheeler for passengers and market goods",
        "A maker offers a battery three-wheeler seating 4–6 people that also carries farm produce and market goods "
        "on rough village roads, with about 80 km per charge, a rain roof and low upkeep.",
    ),
    (
        "lLo018",
        "en",
        "chiswick",
        "Advice on cargo e-bike load and width limits",
        "A cycling group advises businesses that a large cargo e-bike carries about 200 kg including the rider, so "
        "100–120 kg of goods, and that trikes over 90 cm wide fit poorly in bike lanes.",
    ),
    # --- e-bikes and cargo e-bikes ---
    (
        "lLo019",
        "en",
        "leoguar",
        "Electric cargo bikes for small businesses, with ROI analysis",
        "A cargo-bike brand supplies e-cargo bikes for local deliveries and helps a small business work out the "
        "return on investment against a van or motorbike: running costs, speed in traffic and brand image.",
    ),
    (
        "lLo020",
        "en",
        "hotbik",
        "Choosing a cargo e-bike: battery 10–20 Ah, 36 V or 48 V",
        "A cargo e-bike maker advises on battery capacity (10–20 Ah), voltage (36 V or 48 V) and load for routes, "
        "and supplies bikes sized to daily distance and terrain.",
    ),
    (
        "lLo021",
        "vi",
        "ewheels",
        "Xe đạp điện chở hàng và xe điện giao hàng chặng cuối",
        "Giải pháp đội xe đạp điện chở hàng và xe điện giao hàng cho chặng cuối, khâu chiếm tới 53% chi phí vận "
        "chuyển; len qua đường đông, đỗ dễ, chi phí vận hành thấp.",
    ),
    (
        "lLo022",
        "en",
        "urbaneb",
        "Longtail and front-loader cargo e-bikes for delivery businesses",
        "A cargo e-bike dealer offers longtail bikes for small parcels and front-box models for bulky goods, with "
        "guidance on range, charging and rider training.",
    ),
    (
        "lLo023",
        "vi",
        "qstore",
        "Cung cấp xe đạp điện chính hãng",
        "Cửa hàng bán xe đạp điện chính hãng: động cơ điện một chiều tối đa 250 W, tốc độ thiết kế tối đa 25 km/h, "
        "khối lượng khoảng 40 kg kể cả ắc quy, có bàn đạp trợ lực.",
    ),
    (
        "lLo024",
        "vi",
        "hte",
        "Bảo dưỡng và sửa xe đạp điện trợ lực",
        "Cửa hàng xe đạp trợ lực hướng dẫn bảo dưỡng và sửa các lỗi thường gặp của bộ kit động cơ điện, cảm biến trợ "
        "lực và ba chế độ đạp.",
    ),
    (
        "lLo025",
        "en",
        "homepower",
        "Conversion kits to turn bicycles into e-bikes",
        "A kit supplier sells hub motors, controllers, thumb throttles and rack-mounted lithium packs to convert an "
        "ordinary bicycle into an electric bike, with instructions.",
    ),
]

OFFERS += [
    # --- electric boats and canoes ---
    (
        "lLo026",
        "vi",
        "vtcboat",
        "Chuyển vỏ lãi chạy xăng sang chạy năng lượng mặt trời",
        "Nhóm thợ nông dân nhận lắp bộ chuyển công năng cho xuồng, vỏ lãi: dàn pin mặt trời và pin tích trữ (khoảng "
        "30 triệu đồng, dùng ít nhất 30 năm), bộ truyền lực và chân vịt, bỏ hẳn tiền xăng.",
    ),
    (
        "lLo027",
        "en",
        "tinmt",
        "Solar tourist boats for bird parks and eco-tourism",
        "Farmer-engineers build silent solar boats: the first carried 7 people at 15 km/h, the improved one 9 people "
        "at 25–30 km/h and runs about eight more hours after sunset; the propeller has a guard against floating "
        "rubbish.",
    ),
    (
        "lLo028",
        "vi",
        "tvsk",
        "Thuyền năng lượng mặt trời hai thân chở 8 khách",
        "Cơ sở cải tiến thuyền du lịch năng lượng mặt trời: chuyển sang hai thân chở khoảng 8 người thay vì 4, mui "
        "rộng để lắp tấm pin lớn, chạy khoảng 30 km trong 3 giờ ở 8–12 km/h, thêm máy phát kiểu turbine nước.",
    ),
    (
        "lLo029",
        "vi",
        "tienphong",
        "Đặt đóng thuyền du lịch chạy pin mặt trời",
        "Tổ thợ gồm người lo pin mặt trời và mạch điện, người lo cơ khí, người làm chân vịt nhận đóng thuyền du lịch "
        "chạy pin mặt trời, từng trưng bày tại chợ công nghệ năm 2015 và nhận đơn hàng.",
    ),
    (
        "lLo030",
        "en",
        "iyarina",
        "Retrofitting long-shaft canoe motors with a 10 kW electric drive",
        "A river project retrofits the long-shaft outboard of gasoline canoes with a 10 kW BLDC motor and a lithium "
        "pack, keeping the familiar shaft, and designs a solar recharging station for riverside communities.",
    ),
    (
        "lLo031",
        "en",
        "wells",
        "Handbook and help for electric outboards on 12–20 ft boats",
        "A self-taught builder offers a do-it-yourself handbook on fitting electric outboards to small utility and "
        "fishing boats, from a single 12 V trolling battery up to 48 V battery banks.",
    ),
    (
        "lLo032",
        "en",
        "haswing",
        "Matching batteries to electric outboards: voltage, Ah, chemistry, weight",
        "An electric outboard maker advises on 12/24/36 V battery systems, lead-acid versus lithium, amp-hours for "
        "runtime and placing the battery weight so the small boat trims well.",
    ),
    (
        "lLo033",
        "en",
        "wina",
        "Battery sizing for electric outboard motors",
        "A battery firm sizes packs for electric outboards with Ah = motor amps × runtime: a 15 A motor run for 4 "
        "hours needs at least 60 Ah, at the motor's 12, 24 or 36 V.",
    ),
    (
        "lLo034",
        "en",
        "sportfish",
        "Electric outboards from 3 hp equivalent upward",
        "A marine dealer supplies electric outboards from about 3 hp equivalent to models comparable with 80 hp "
        "petrol engines, quiet and fume-free for anglers.",
    ),
    (
        "lLo035",
        "en",
        "stuhaynes",
        "Deep-cycle semi-traction batteries for electric outboards",
        "A boating supplier sells deep-cycle semi-traction batteries, built like golf-buggy batteries, for electric "
        "outboards; a car starter battery does not last on an outboard.",
    ),
    (
        "lLo036",
        "en",
        "solmango",
        "Solar-powered personal boat for four adults",
        "A retailer offers a solar boat for up to 4 adults: 700 W electric motor, about 5 mph, four deep-cycle "
        "batteries recharged by the roof panel and holding about 6 hours of running.",
    ),
    (
        "lLo037",
        "vi",
        "mtdl",
        "Xuồng năng lượng mặt trời cho du lịch sông nước",
        "Mẫu xuồng chạy năng lượng mặt trời đã thử nghiệm thành công năm 2015, khắc phục tiếng ồn và hao năng lượng, "
        "dùng cho đi lại và đưa khách du lịch sinh thái trên kênh rạch Nam Bộ.",
    ),
    (
        "lLo038",
        "en",
        "ideaspies",
        "Solar boats and river recharge stations for remote communities",
        "A rainforest NGO project builds solar-powered passenger boats and a network of solar recharge stations along "
        "rivers to replace gasoline canoes.",
    ),
    (
        "lLo039",
        "vi",
        "sgtiepthi",
        "Tour du thuyền 5 ngày 4 đêm trên sông Mê Kông",
        "Công ty du lịch bán tour du thuyền 35 cabin từ Cần Thơ qua An Giang sang Phnom Penh.",
    ),
    (
        "lLo040",
        "vi",
        "tindulich",
        "Dịch vụ ghe tàu du lịch chợ nổi",
        "Tàu ghe đưa khách tham quan chợ nổi, cồn và nghe đờn ca tài tử, giá 20.000–40.000 đồng/lượt hoặc "
        "100.000–350.000 đồng/tour.",
    ),
    (
        "lLo041",
        "en",
        "phunu",
        "Rowed boat tours on a city canal",
        "A tour operator runs 4.5 km rowed-boat canal tours with guides, tickets 110,000–220,000 VND.",
    ),
    (
        "lLo042",
        "vi",
        "baonghean",
        "Sửa chữa động cơ tàu cá công suất lớn",
        "Xưởng sửa máy tàu cá từ 400 CV trở lên, lắp ráp mới trong khoảng 3 ngày cho ngư dân đánh bắt xa bờ.",
    ),
    (
        "lLo043",
        "en",
        "thuysan",
        "Marine diesel engine repair for offshore fishing boats",
        "Engine shops near a fishing port overhaul diesel engines of 90–1,000 HP on offshore fishing vessels.",
    ),
    # --- battery swapping ---
    (
        "lLo044",
        "vi",
        "znswap",
        "Tư vấn đầu tư trạm hoán đổi pin xe máy điện",
        "Đơn vị tư vấn triển khai trạm đổi pin cho xe máy điện: bài học mô hình đổi pin 25.000 đồng/lần đặt tại "
        "siêu thị từng phải dừng vì ít người dùng, và cách chọn điểm đặt để đủ lượt đổi.",
    ),
    (
        "lLo045",
        "vi",
        "sohaswap",
        "Chuyển giao trạm đổi pin dùng chung 1–100 viên pin",
        "Công ty nhận chuyển giao công nghệ trạm cấp đổi pin chuẩn châu Âu dùng chung cho ô tô và xe máy điện: quy "
        "mô 1–100 viên, đổi trong 1–2 phút, quản lý bằng mã QR và đám mây, chống cháy nổ, ngắt điện khi bất thường, "
        "kiểm soát nhiệt và cảnh báo rò điện; lắp được cả ở hộ gia đình.",
    ),
    (
        "lLo046",
        "vi",
        "docnhanh",
        "Tủ đổi pin 19 ô có camera giám sát",
        "Mẫu trạm đổi pin xe điện 19 ô, màn hình LED và camera giám sát quá trình thay pin; mỗi viên pin cho xe chạy "
        "tới khoảng 150 km, đổi chừng 2 phút.",
    ),
    (
        "lLo047",
        "en",
        "famous",
        "Battery-swapping network design for delivery fleets",
        "A micromobility consultancy designs swap networks that cut fleet downtime: charging spare packs centrally, "
        "battery diagnostics, inventory control and safety monitoring, starting from a map of vehicle idle time.",
    ),
    (
        "lLo048",
        "en",
        "kazam",
        "Swap or plug-in? Charging plans for 2- and 3-wheeler fleets",
        "A charging company compares swap-and-go with 3–6 hour plug-in charging for e-scooters and commercial 2- and "
        "3-wheeler fleets, and sets up whichever suits the fleet.",
    ),
    (
        "lLo049",
        "en",
        "zeway",
        "Two-battery swap stations for scooters",
        "A scooter operator runs self-service stations where riders swap both saddle batteries at once in a short "
        "guided procedure.",
    ),
    (
        "lLo050",
        "en",
        "tnw",
        "Charging versus swapping for shared scooter fleets",
        "An urban-mobility firm advises operators on replacing van pick-up and overnight charging with swappable "
        "batteries, the main operating cost of a scooter fleet.",
    ),
    (
        "lLo051",
        "vi",
        "thanhnien",
        "Mô hình thuê pin và đổi pin cho xe máy điện",
        "Doanh nghiệp giới thiệu mô hình trạm đổi pin kèm thuê pin theo tháng hoặc theo quãng đường, giúp người dùng "
        "bớt tiền mua pin và không phải chờ sạc.",
    ),
    (
        "lLo052",
        "vi",
        "dtswap2",
        "Hợp tác đặt tủ đổi pin tại cửa hàng",
        "Hãng xe điện mời cửa hàng, đại lý đặt tủ đổi pin trong mạng lưới 1.000 trạm đầu tiên, hướng tới 150.000 trạm "
        "toàn quốc, phục vụ mẫu xe máy điện dùng pin đổi được.",
    ),
    (
        "lLo053",
        "vi",
        "cafefswap",
        "Mạng lưới tủ đổi pin mở rộng về các tỉnh",
        "Hệ thống đổi pin đã lắp 4.500 tủ và đặt mục tiêu 45.000 tủ; nhận đề xuất điểm đặt tủ ở thị trấn và chợ.",
    ),
    (
        "lLo054",
        "en",
        "emforum",
        "Swap stations hosted at staffed petrol stations",
        "A scooter-sharing operator describes swap cabinets placed at staffed fuel stations, as in Taiwan, with field "
        "technicians maintaining both stations and scooters.",
    ),
]

OFFERS += [
    # --- charging stations, solar charging ---
    (
        "lLo055",
        "vi",
        "tiasang",
        "Trạm sạc xe điện dùng điện mặt trời và pin lưu trữ",
        "Công ty khởi nghiệp vận hành bốn trạm sạc kết hợp hệ PV mái, pin lưu trữ (BESS) và trụ sạc, nhận tư vấn đầu "
        "tư trạm sạc năng lượng mặt trời và chia sẻ vướng mắc chính sách khi triển khai.",
    ),
    (
        "lLo056",
        "vi",
        "solarspc",
        "Lắp trạm sạc công cộng năng lượng mặt trời cho xe đạp điện",
        "Nhà thầu lắp trạm sạc công cộng dùng tấm pin mono hiệu suất 18–22% (tuổi thọ 25–30 năm) trên mái che, "
        "inverter hybrid và pin lithium lưu trữ để sạc điện thoại, xe đạp điện cả ban đêm.",
    ),
    (
        "lLo057",
        "vi",
        "vnnettesla",
        "Siêu trạm sạc ô tô điện 164 trụ chạy điện mặt trời",
        "Mô hình siêu trạm sạc ô tô với mái pin mặt trời 11 MW và pin lưu trữ 39 MWh cho 164 trụ sạc nhanh.",
    ),
    (
        "lLo058",
        "vi",
        "sunemit",
        "Trạm sạc năng lượng mặt trời kết hợp điện lưới",
        "Doanh nghiệp điện mặt trời lắp trạm sạc dùng hoàn toàn điện mặt trời hoặc kết hợp điện lưới tại nhà, bãi đỗ "
        "xe và khu dân cư, loại sạc chậm qua đêm hoặc sạc nhanh, giảm tải giờ cao điểm.",
    ),
    (
        "lLo059",
        "vi",
        "congthuong",
        "Trạm sạc nhanh ô tô 60 kW tại cửa hàng xăng dầu",
        "Đơn vị điện lực chế tạo trụ sạc nhanh ô tô 60 kW (300–750 VDC, 0–80 A) kèm hệ điện mặt trời 13,86 kWp tại "
        "cửa hàng xăng dầu, thanh toán bằng mã QR.",
    ),
    (
        "lLo060",
        "en",
        "motosola",
        "Solar canopy that charges an e-motorbike while parked or riding",
        "A startup sells a lightweight solar canopy with built-in charge electronics, 100 W or 150 W, producing up to "
        "about 1.5 kWh a day for an electric scooter and shading the rider.",
    ),
    (
        "lLo061",
        "en",
        "electrb2b",
        "Design of on-grid and off-grid solar EV charging stations",
        "An engineering group designs solar charging stations: PV array, inverter, charge controllers, charging "
        "equipment and, for off-grid sites, battery storage on a steel base plate that can be placed anywhere.",
    ),
    (
        "lLo062",
        "en",
        "kenya",
        "Research: e-bike charging from surplus solar in off-grid hubs",
        "An applied-science institute offers its modelling method to fit electric two-wheeler charging into an "
        "off-grid PV water-energy hub, sizing the e-bike fleet to the measured solar surplus and riders' use.",
    ),
    (
        "lLo063",
        "en",
        "jeevadi",
        "Rooftop solar sized to charge an e-bike at home",
        "A solar installer sizes home systems for EV charging: a 1 kW array gives about 4 kWh on a sunny day, enough "
        "for one e-scooter with a 2.6–2.8 kWh battery (80–100 km) plus household use.",
    ),
    (
        "lLo064",
        "en",
        "ucdavis",
        "Design study for solar charging stations for e-bikes",
        "A university transport research group shares its study exploring solar charging station design for "
        "electric bicycles.",
    ),
    (
        "lLo065",
        "vi",
        "zncharge",
        "Dock sạc pin rời cho người ở trọ",
        "Giải pháp pin tháo rời kèm dock sạc di động để sạc pin trong phòng trọ hoặc nơi làm việc khi không có chỗ "
        "đặt trụ sạc; hơn 60% tài xế công nghệ đang thuê trọ.",
    ),
    (
        "lLo066",
        "en",
        "citrine",
        "Open-source management software for charging stations",
        "An open-source project offers OCPP 2.0.1 charging station management software with operator interface, "
        "payment module and roaming support, for networks of chargers from different makers.",
    ),
    (
        "lLo067",
        "en",
        "zephyr",
        "OCPP charge-point firmware sample for microcontroller boards",
        "An embedded OS project provides a sample charge-point application that connects a development board to a "
        "central system over websockets.",
    ),
    (
        "lLo068",
        "vi",
        "solarroof",
        "Điện mặt trời áp mái hòa lưới cho hộ gia đình",
        "Lắp hệ điện mặt trời áp mái 3 kWp hòa lưới khoảng 15–20 triệu đồng, thêm 30–50 triệu nếu kèm pin 5 kWh, "
        "giảm 50–90% hóa đơn điện.",
    ),
    (
        "lLo069",
        "vi",
        "hoangdat",
        "Lắp điện mặt trời cho nhà phố, cửa hàng, xưởng",
        "Công ty lắp điện mặt trời tự dùng cho nhà phố, văn phòng và xưởng chạy giờ hành chính ở đô thị lớn.",
    ),
    (
        "lLo070",
        "en",
        "futurepump",
        "Portable solar irrigation pumps for smallholders",
        "A pump maker sells small portable solar water pumps for farms of about one hectare, from a little over "
        "500 USD, replacing petrol pumps.",
    ),
    (
        "lLo071",
        "en",
        "irena",
        "Policy brief on solar pumping for irrigation",
        "An intergovernmental energy agency offers its brief on solar-powered irrigation pumping and livelihoods.",
    ),
    (
        "lLo072",
        "vi",
        "baomoisolar",
        "Giải pháp trạm sạc năng lượng mặt trời cho xe điện",
        "Đơn vị năng lượng giới thiệu trạm sạc năng lượng mặt trời như một nhà máy điện mini cho xe máy điện và ô tô "
        "điện, từ đô thị đến nông thôn, để điện sạc cũng là điện sạch.",
    ),
    # --- lithium battery packs ---
    (
        "lLo073",
        "vi",
        "khoakhoi",
        "Hướng dẫn sử dụng và sạc pin LFP trên xe máy điện",
        "Trung tâm dịch vụ hướng dẫn dùng pin LFP: 2.000–3.000 chu kỳ, còn khoảng 70% dung lượng sau 2.500 chu kỳ, "
        "giới hạn 3,65 V và 2,5 V mỗi cell, nên sạc khi còn 20–30% và dừng ở 80–90%.",
    ),
    (
        "lLo074",
        "vi",
        "godeal",
        "Giới thiệu pin LFP trên ô tô điện",
        "Bài giới thiệu công nghệ pin LFP dùng trên các mẫu ô tô điện mới, không dùng kim loại quý hiếm.",
    ),
    (
        "lLo075",
        "vi",
        "tinxe",
        "Vì sao các hãng ô tô chọn pin LiFePO4",
        "Tư vấn kỹ thuật ô tô giải thích pin lithium sắt photphat và lý do các hãng ô tô lớn chuyển sang dùng.",
    ),
    (
        "lLo076",
        "en",
        "smartpropel",
        "18650 e-bike battery pack assembly",
        "A pack maker assembles 18650 packs for e-bikes: qualified matched cells with low internal resistance, at "
        "least 2 mm between cells in plastic brackets, BMS and indicator, and cycle and temperature tests per batch.",
    ),
    (
        "lLo077",
        "en",
        "faultstore",
        "Building lithium packs for e-bikes and e-motorcycles",
        "A technical guide and service: 18650 or 21700 cells, 13 in series for a 48 V pack, nickel strips joined by "
        "spot welding (never soldered), a BMS, insulation, a ventilated case and a test charge.",
    ),
    (
        "lLo078",
        "en",
        "recumb",
        "12S4P 48 V e-bike pack from 18650 cells",
        "A builder shares an easy pack design: 2.5 Ah cells, 4 in parallel for 10 Ah and 12 groups in series for "
        "44.4 V nominal (50.4 V full), held in plastic cell holders.",
    ),
    (
        "lLo079",
        "en",
        "instruct",
        "Making an e-bike lithium battery from 18650 cells",
        "A maker shows how to build e-bike packs cheaply: choose cells by capacity and current (2.6–3.5 Ah, 5–10 A), "
        "and for a 30 A pack with 5 A cells use at least 6 in parallel.",
    ),
    (
        "lLo080",
        "en",
        "savvy",
        "How e-bike batteries are built",
        "An e-bike retailer explains pack construction: 18650 cells in banks, NCM or LFP chemistry, BMS and case.",
    ),
    (
        "lLo081",
        "en",
        "bestebb",
        "Modular 18650 packs and sourcing genuine cells",
        "A battery builder makes packs in modules (for example 10S12P) and buys cells only from trusted vendors, since "
        "fake cells are hard to spot by print, colour or weight.",
    ),
    (
        "lLo082",
        "vi",
        "tgxcdpin",
        "Nâng cấp ắc quy chì lên pin LFP cho xe điện",
        "Cửa hàng thay ắc quy chì bằng pin lithium LFP cho xe đạp, xe máy điện: 40–60 km lên 80–140 km mỗi lần sạc, "
        "300–500 lên 2.000–3.000 chu kỳ, sạc 3–5 giờ; giá gấp 1,5–2 lần nhưng rẻ hơn tính theo km.",
    ),
    (
        "lLo083",
        "vi",
        "vietbaoli",
        "Xe điện chạy pin lithium thay cho ắc quy",
        "Đại lý xe điện giới thiệu xe dùng pin lithium: tuổi thọ 7–8 năm so với 1–2 năm của ắc quy, tích điện gấp "
        "khoảng 4 lần, nhẹ bằng nửa, nhưng giá cao gấp 2–3 lần.",
    ),
    (
        "lLo084",
        "vi",
        "vietbaopin",
        "So sánh pin ô tô điện và ắc quy chì",
        "Cố vấn kỹ thuật đại lý ô tô so sánh cấu tạo ắc quy chì và pin lithium trên ô tô điện.",
    ),
    (
        "lLo085",
        "vi",
        "vnnetacq",
        "Ắc quy chì 12 V cho ô tô xăng dầu",
        "Bài tư vấn vì sao ô tô xăng dầu vẫn dùng ắc quy axit chì khởi động thay vì pin lithium-ion.",
    ),
    (
        "lLo086",
        "vi",
        "sohanmc",
        "Tư vấn chọn hóa học pin NMC, LFP hay natri-ion",
        "Chuyên gia tư vấn chọn loại pin theo nhu cầu đi lại: NMC mật độ năng lượng cao, LFP an toàn và giá hợp lý, "
        "natri-ion mới nổi.",
    ),
]

OFFERS += [
    # --- battery management and safety ---
    (
        "lLo087",
        "vi",
        "grenergy",
        "Mạch quản lý pin BMS cho pin lithium",
        "Nhà sản xuất cung cấp mạch BMS quản lý pin, bảo vệ quá dòng, quá sạc, quá xả và bảo vệ nhiệt độ cho bộ pin "
        "lithium.",
    ),
    (
        "lLo088",
        "en",
        "slhtabms",
        "Quality BMS boards for e-bike lithium packs",
        "An e-bike battery shop supplies and fits proper BMS boards: each cell kept between 3.0 V and about 4.05 V, "
        "since a cheap BMS is the most common cause of a dead e-bike pack.",
    ),
    (
        "lLo089",
        "en",
        "vescbms",
        "Open-source BMS firmware with balancing and charge control",
        "An open-source motor-control project offers BMS firmware: cell monitoring, resistor balancing after "
        "charging, charge control, Ah and Wh counting, CAN bus and sleep mode.",
    ),
    (
        "lLo090",
        "en",
        "smartbms",
        "Open-source smart BMS with cell modules and a phone app",
        "A maker project provides a modular BMS: per-cell modules read voltage and temperature, a control unit opens "
        "the charge relay and limits current to 1 A while a cell balances, with an Android app.",
    ),
    (
        "lLo091",
        "en",
        "libre",
        "Open-hardware BMS board for 3–8 lithium cells",
        "An open-hardware group offers a BMS for 3–8 Li-ion or LiFePO4 cells with a high-side MOSFET switch, current "
        "sensor, about 150 mA balancing, STM32 microcontroller and CAN.",
    ),
    (
        "lLo092",
        "en",
        "mse",
        "Safe charging guidance for e-bikes and e-scooters",
        "A maintenance firm relays a fire brigade's charge-safe campaign: thermal runaway causes, incompatible chargers, "
        "water ingress and impacts, and why a BMS must never be bypassed.",
    ),
    (
        "lLo093",
        "en",
        "bikebiz",
        "Fire-resistant cabinets for storing e-bike batteries in shops",
        "A safety-cabinet maker supplies fire-rated storage and charging cabinets for bike shops that hold lithium "
        "batteries, against thermal runaway from overload, damage or heat.",
    ),
    (
        "lLo094",
        "en",
        "golfe",
        "Lithium e-bike battery safety: branded cells and cut-offs",
        "An e-bike maker builds packs with branded cells and overcharge, over-discharge, overcurrent and temperature "
        "cut-offs, and trains customers to charge off carpets, out of sun and with certified chargers.",
    ),
    (
        "lLo095",
        "en",
        "ebr",
        "Battery fire prevention from a light-EV technician trainer",
        "The lead instructor of a light-EV technician training programme teaches how e-bike battery fires start during "
        "charging and how shops and owners can prevent them.",
    ),
    (
        "lLo096",
        "en",
        "favoto",
        "BMS protection and certified chargers for e-bikes",
        "An e-bike brand describes its BMS that cuts charge or discharge when any cell voltage or temperature goes out "
        "of range, plus a charger with current and voltage protection.",
    ),
    (
        "lLo097",
        "vi",
        "h24",
        "Giải pháp chống cháy khi sạc xe máy điện tại nhà",
        "Tư vấn phòng chống cháy khi sạc xe điện trong nhà và chung cư: nhận biết pin nóng, phồng, rò rỉ, kêu lách "
        "tách hay có mùi lạ để ngắt sạc ngay và đưa xe đi kiểm tra.",
    ),
    (
        "lLo098",
        "vi",
        "motogo",
        "Hướng dẫn xử lý khi xe máy điện bị cháy",
        "Cửa hàng xe điện hướng dẫn nguyên nhân cháy (sạc quá lâu, sạc không chính hãng, chỗ nóng, lỗi dây và bo "
        "mạch) và cách xử lý an toàn khi xe bốc cháy.",
    ),
    (
        "lLo099",
        "vi",
        "kienthuc",
        "Tập huấn sử dụng và sạc xe điện an toàn",
        "Lực lượng phòng cháy khuyến cáo và tập huấn: chờ pin nguội khoảng 20 phút mới sạc, không sạc quá 8 giờ hoặc "
        "qua đêm, để xe nơi cao ráo thoáng và kiểm tra pin, dây dẫn khoảng 3 tháng/lần.",
    ),
    (
        "lLo100",
        "vi",
        "vnplus",
        "Tư vấn phòng cháy cho nhà ở kết hợp sửa xe điện",
        "Chuyên gia phòng cháy tư vấn bố trí nơi sạc và sửa xe đạp, xe máy điện trong nhà ở kết hợp kinh doanh, sau "
        "vụ cháy làm 14 người chết có nguyên nhân ban đầu do chập xe đạp điện.",
    ),
    (
        "lLo101",
        "en",
        "circdig",
        "Lithium cell grading and capacity tester",
        "An electronics lab builds a single-cell capacity tester and explains cell grading: charge, discharge at "
        "constant current, measure capacity and internal resistance, and group matching cells.",
    ),
    (
        "lLo102",
        "en",
        "progreeny",
        "Testing lithium capacity and internal resistance",
        "A battery firm tests 18650, LiFePO4 and LiPo cells with constant-current discharge chargers and programmable "
        "loads, logging discharge curves and internal resistance to match cells for series-parallel packs.",
    ),
    (
        "lLo103",
        "en",
        "wungiel",
        "Battery internal resistance meters",
        "A supplier sells 1 kHz AC internal resistance testers that read resistance, voltage and temperature of "
        "lead-acid and lithium batteries.",
    ),
    (
        "lLo104",
        "en",
        "primidi",
        "ESR meters for electrolytic capacitors",
        "An instrument seller offers ESR meters for testing electrolytic capacitors in electronics repair.",
    ),
    (
        "lLo105",
        "en",
        "zloadr",
        "Book: how to produce general-purpose battery testers",
        "A publisher sells a guide to designing and selling consumer battery testers, starting from smoke-alarm cells.",
    ),
    # --- repair and petrol-to-electric conversion ---
    (
        "lLo106",
        "vi",
        "dtretro",
        "Bộ kit chuyển đổi xe máy xăng thành xe điện",
        "Nhà cung cấp bộ kit hoán cải gồm động cơ điện, bộ điều khiển, bộ pin và dây dẫn; chi phí khoảng 300–2.000 "
        "USD (8–52 triệu đồng) tùy chất lượng, lắp trong vài giờ với kit đã có chứng nhận.",
    ),
    (
        "lLo107",
        "vi",
        "cafefretro",
        "Hoán cải xe máy xăng sang điện từ 8 triệu đồng",
        "Công ty dịch vụ lắp động cơ điện vào bánh xe, pin muối nhỏ gọn trong cốp và bộ điều khiển IC, giữ nguyên kết "
        "cấu xe; đi khoảng 150 km mỗi lần sạc, sạc tại nhà, đang đề nghị hợp pháp hóa.",
    ),
    (
        "lLo108",
        "vi",
        "znretro",
        "Quy trình hoán cải xe máy xăng thành xe thuần điện",
        "Xưởng độ xe trình bày quy trình: chọn xe có khung tốt, tháo động cơ, bình xăng, ống xả, xử lý gỉ, lắp mô tơ, "
        "pin và bộ điều khiển; lưu ý chi phí và rủi ro an toàn.",
    ),
    (
        "lLo109",
        "vi",
        "vnexretro",
        "Thẩm định an toàn kỹ thuật xe hoán cải xăng sang điện",
        "Chuyên gia kỹ thuật xe máy đánh giá rủi ro khi hoán cải: khung xe xăng không thiết kế cho pin, phân bổ trọng "
        "lượng, giảm xóc, va đập và cháy nổ pin.",
    ),
    (
        "lLo110",
        "vi",
        "vnexhybrid",
        "Lắp bánh trước điện cho xe tay ga chạy song song xăng",
        "Người thợ đề xuất thay bánh trước bằng bánh có động cơ điện, dùng công tắc chuyển giữa xăng và điện, phù hợp "
        "xe tay ga, chi phí không cao.",
    ),
    (
        "lLo111",
        "en",
        "mercury",
        "Approved electric retrofit kits for motorcycles",
        "A retrofit maker offers certified conversion kits: under the 2020 rules the bike must be registered 3 years, "
        "keep its power, gain at most 20% weight and shift axle loads by at most 10%, with a CE-marked kit.",
    ),
    (
        "lLo112",
        "en",
        "anchi",
        "Motorcycle petrol-to-electric conversion service",
        "A motor maker guides and performs conversions: remove engine, tank and exhaust, fit motor, pack and "
        "controller; budget builds about 2,000–4,000 USD, best on light bikes with simple frames.",
    ),
    (
        "lLo113",
        "en",
        "retrospec",
        "Reversible electric conversion kit for classic scooters",
        "A scooter workshop sells an electric conversion for classic small-frame scooters that can be converted back "
        "to petrol.",
    ),
    (
        "lLo114",
        "en",
        "glg",
        "Motorcycle conversion kits for hobbyists",
        "An EV publisher develops a conversion kit for hobbyists, building on a commuter conversion of an old 700 USD "
        "motorcycle with AGM lead-acid batteries.",
    ),
    (
        "lLo115",
        "en",
        "ecycle",
        "Choosing a donor motorcycle for an electric conversion",
        "A builder documents converting a motorcycle with a broken engine: keep lights, brakes, wheels and papers, "
        "reshape the frame around batteries and motor.",
    ),
    (
        "lLo116",
        "vi",
        "vietbaosua",
        "Sửa bo điều tốc xe điện đúng bệnh",
        "Kỹ thuật viên chẩn đoán bằng thiết bị đo thay vì thay cả IC: kiểm tay ga, dây hall, MOSFET, nhiều khi chỉ "
        "cần sửa một tụ hay điện trở hoặc chỉnh góc pha.",
    ),
    (
        "lLo117",
        "vi",
        "manhphat",
        "Sửa xe đạp điện tại nhà",
        "Tiệm xe điện nhận sửa xe đạp điện tại nhà và chia sẻ kỹ thuật: tay ga hall 3 dây, dùng đồng hồ báo lỗi, "
        "các lỗi thường gặp và cách khắc phục.",
    ),
    (
        "lLo118",
        "vi",
        "revan",
        "Sửa IC điều tốc xe đạp điện",
        "Cửa hàng sửa bộ điều tốc khi xe không khởi động, giật cục, mất lực lên dốc hoặc tự tắt máy.",
    ),
    (
        "lLo119",
        "vi",
        "osakar",
        "Bộ điều khiển xe máy điện: thay và sửa",
        "Hãng xe máy điện giải thích bộ điều khiển nhận tín hiệu tay ga, phanh, pin, đèn, màn hình, chống trộm, "
        "smartkey, GPS và nhận sửa khi hỏng.",
    ),
    (
        "lLo120",
        "vi",
        "tgxcd",
        "Đội kỹ thuật sửa xe điện lưu động có thiết bị đo",
        "Dịch vụ sửa xe đạp, xe máy điện với thiết bị đo dòng, test IC, mô tơ, bình và dây để bắt đúng lỗi, thay "
        "linh kiện đồng bộ.",
    ),
    (
        "lLo121",
        "vi",
        "ploxd",
        "Kiểm tra bình điện xe đạp điện",
        "Tiệm xe kiểm tra bình điện không giữ điện, sạc không vào hoặc báo đầy giả; sạc đầy khoảng 4 giờ.",
    ),
]

OFFERS += [
    (
        "lLo122",
        "vi",
        "ototmt",
        "Khóa học điện ô tô",
        "Trung tâm dạy nghề mở khóa học điện và điện tử ô tô: cảm biến, bộ điều khiển, hệ thống trên xe hybrid.",
    ),
    (
        "lLo123",
        "vi",
        "plooto",
        "Học nghề sửa chữa ô tô bài bản",
        "Garage ô tô nhận học viên học nghề sửa chữa ô tô: máy, gầm, điện, đọc lỗi bằng phần mềm.",
    ),
    (
        "lLo124",
        "vi",
        "gdtd",
        "Trung tâm thực hành ô tô trên xe thật",
        "Trung tâm đào tạo ô tô cho sinh viên thực hành trên xe đời mới trị giá 500 triệu đồng, giáo trình theo đại lý "
        "chính hãng.",
    ),
    # --- used-battery collection, recycling, second life ---
    (
        "lLo125",
        "vi",
        "phuchoi",
        "Thu gom và xử lý an toàn ắc quy, pin hết hạn",
        "Cơ sở phục hồi ắc quy hướng dẫn và nhận thu gom: không bỏ pin vào rác, dán băng dính cực pin lithium hoặc để "
        "túi riêng, không đốt hay nghiền; sau thu gom phân loại theo hóa chất, ắc quy chì tháo rời tái chế.",
    ),
    (
        "lLo126",
        "vi",
        "mqsol",
        "Tái chế ắc quy chì theo trách nhiệm nhà sản xuất",
        "Đơn vị tái chế ắc quy chì, thu hồi chì, axit và vỏ nhựa; quy định EPR từ 2024 yêu cầu tái chế tối thiểu 12% "
        "và tăng theo lộ trình; ở Mỹ tỷ lệ đạt 99%.",
    ),
    (
        "lLo127",
        "vi",
        "khopin",
        "Tái chế pin lithium-ion thu hồi kim loại",
        "Doanh nghiệp pin nhận tái chế pin Li-ion, chì-axit và NiCd, thu hồi lithium, nickel, cobalt để dùng lại và "
        "giảm chất thải độc hại.",
    ),
    (
        "lLo128",
        "vi",
        "moitruong",
        "Thùng thu gom pin cũ ở khu dân cư",
        "Đoàn thanh niên thành phố đặt thùng thu gom pin cũ, mỗi đợt dọn được khoảng 2 tấn pin tiểu để tiêu hủy.",
    ),
    (
        "lLo129",
        "vi",
        "boxhoi",
        "Điểm nhận pin tiểu AA, AAA đã qua sử dụng",
        "Câu hỏi về nơi nhận pin con thỏ sau khi nhiều điểm thu gom rác thải điện tử ngừng nhận pin và ắc quy chì.",
    ),
    (
        "lLo130",
        "vi",
        "bienxanh",
        "Siêu thị nhận pin thải của người tiêu dùng",
        "Hệ thống siêu thị đặt điểm nhận pin thải sinh hoạt để không lẫn vào rác thường.",
    ),
    (
        "lLo131",
        "en",
        "larouche",
        "Hydrometallurgical and direct recycling of Li-ion batteries",
        "A utility research centre offers know-how on sulfate-leaching hydrometallurgy, the only large-scale "
        "hydrometallurgical route for Li-ion batteries, and on direct recycling that keeps the cathode.",
    ),
    (
        "lLo132",
        "en",
        "maroufi",
        "Recovering lithium and cobalt from spent Li-ion cells",
        "A university materials centre offers a selective thermal isolation process that frees lithium from spent "
        "LiCoO2 cathodes at about 800 °C after aluminium is removed, leaving cobalt to recover.",
    ),
    (
        "lLo133",
        "en",
        "upcyc",
        "Upcycling spent cathodes into precursors",
        "A battery research group offers routes that turn spent Li-ion cathode materials back into precursors for new "
        "cathodes.",
    ),
    (
        "lLo134",
        "en",
        "slbsurvey",
        "Second-life EV batteries for stationary storage",
        "Researchers offer technical and economic assessment for reusing retired EV batteries, which keep 70–80% of "
        "capacity when retired near 80% state of health, in battery storage systems.",
    ),
    (
        "lLo135",
        "en",
        "mkb",
        "Testing and sorting retired batteries for reuse or repurposing",
        "An engineering firm disassembles and tests retired packs (state of health 70–90%), reads their ageing curve "
        "to avoid packs near the ageing knee, and sorts them for reuse, remanufacture or repurposing.",
    ),
    (
        "lLo136",
        "en",
        "nextgen",
        "Second-life battery packs for microgrids and off-grid sites",
        "A storage integrator repurposes EV modules into home, business and off-grid storage after grading "
        "state-of-health, with thermal management for ageing cells.",
    ),
    (
        "lLo137",
        "en",
        "novum",
        "Second-life batteries for large wind and solar storage",
        "An engineering firm builds large-scale storage for wind and solar plants from used vehicle batteries.",
    ),
    (
        "lLo138",
        "en",
        "greentech",
        "Second-life battery systems paired with solar",
        "Startups and carmakers offer second-life lithium batteries for stationary use with solar, after testing and "
        "upgrades; about 80% of capacity typically remains.",
    ),
    (
        "lLo139",
        "vi",
        "sanjose",
        "Hướng dẫn thải bỏ ắc quy ô tô và pin xe điện",
        "Chương trình tái chế của một thành phố Mỹ hướng dẫn: ắc quy chì là chất thải nguy hại, pin xe điện phải trả "
        "về nhà sản xuất, đại lý hoặc công ty tái chế.",
    ),
    (
        "lLo140",
        "vi",
        "skds",
        "Đầu tư tái chế pin xe điện an toàn",
        "Bài tư vấn đầu tư tái chế pin xe điện lithium-ion tuổi thọ 8–10 năm, chứa lithium, cobalt, nickel.",
    ),
    # --- training of mechanics ---
    (
        "lLo141",
        "vi",
        "giaoduc",
        "Khóa học sửa xe đạp điện, xe máy điện thực hành",
        "Kỹ thuật viên nhiều năm kinh nghiệm dạy sửa xe điện trên xe thật: xe yếu, sạc không vào, pin chai, lỗi mạch "
        "điều khiển, lỗi BMS, nền tảng về pin, ắc quy và an toàn điện.",
    ),
    (
        "lLo142",
        "vi",
        "vnexvf",
        "Đào tạo miễn phí kỹ thuật viên xe máy điện",
        "Hãng xe điện tuyển và đào tạo 1.200 kỹ thuật viên xe máy điện (và 2.000 ô tô), 1–2 tháng lý thuyết và "
        "thực hành, tài trợ 100% học phí, trả lương học việc, hỗ trợ chỗ ở và bố trí việc làm.",
    ),
    (
        "lLo143",
        "vi",
        "sggp",
        "Chuẩn hóa đào tạo kỹ thuật viên xe điện điện cao áp",
        "Trung tâm huấn luyện kỹ thuật ô tô hợp tác hãng xe điện đưa quy trình làm việc với điện cao áp vào giáo "
        "trình, thực hành tại showroom.",
    ),
    (
        "lLo144",
        "vi",
        "voh",
        "Chương trình đào tạo thợ máy chuyển sang sửa xe điện",
        "Trường nghề cập nhật chương trình về xe điện cho thợ máy truyền thống: điện áp cao, điện tử, công cụ chẩn "
        "đoán, kết hợp đào tạo nội bộ cùng doanh nghiệp.",
    ),
    (
        "lLo145",
        "en",
        "bbs",
        "Six-month EV technician course with industry placement",
        "A technical training institute runs a six-month electric vehicle technician course, four months at the "
        "institute and two in industry, covering high-voltage gloves and circuits, batteries and gearboxes.",
    ),
    (
        "lLo146",
        "en",
        "itievm",
        "Two-year Mechanic Electric Vehicle curriculum",
        "A national skills directorate offers a competency-based two-year curriculum: motors, motor controllers, "
        "battery packs, BMS, charging systems and regenerative braking, with a tool list.",
    ),
    (
        "lLo147",
        "en",
        "delhi",
        "EV mechanics training programme with a two-wheeler maker",
        "A skills university, an electric two-wheeler maker and a research institute run an EV mechanics course for "
        "100 diploma students a year, with internships and apprenticeships.",
    ),
    (
        "lLo148",
        "en",
        "atc",
        "Hybrid and electric mechanic training including two-wheel EVs",
        "An automotive college trains hybrid and electrical mechanics on EV systems that also apply to e-scooters "
        "and electric motorcycles.",
    ),
    (
        "lLo149",
        "en",
        "mile",
        "Certification path for electric car mechanics",
        "A hybrid car garage describes the education an EV car mechanic needs: automotive degree, internship and "
        "national certification.",
    ),
    (
        "lLo150",
        "en",
        "autosph",
        "Planning EV technician training for repair shops",
        "An automotive training provider helps shops assess technicians' electrical skills and build up hybrid and "
        "EV training with theory and hands-on practice.",
    ),
    (
        "lLo151",
        "en",
        "gps",
        "Dealer training tiers for electric car technicians",
        "A training provider explains basic and advanced dealership courses for electric car technicians.",
    ),
]

OFFERS += [
    (
        "lLo152",
        "vi",
        "scenic",
        "Đóng xuồng chở khách chạy năng lượng mặt trời",
        "Nhóm nông dân chế tạo nhận đóng xuồng năng lượng mặt trời: hai tấm pin, hai bình tích điện, mô tơ có 5 số "
        "tiến và 2 số lùi, chạy khoảng 20 km/h, êm và không khói, còn chạy được tới 3 giờ sau khi tắt nắng.",
    ),
    (
        "lLo153",
        "vi",
        "wells",
        "Lắp động cơ điện gắn ngoài cho xuồng nhỏ",
        "Người thợ tự học hướng dẫn lắp máy điện gắn ngoài cho xuồng câu, xuồng tiện ích dài 12–20 feet, từ một bình "
        "12 V đến dàn pin 48 V.",
    ),
    (
        "lLo154",
        "vi",
        "kazam",
        "Tư vấn đổi pin cho đội xe hai, ba bánh điện chở hàng",
        "Công ty hạ tầng sạc tư vấn cho chủ đội xe hai bánh, ba bánh điện chọn giữa đổi pin dùng chuẩn pin chung và "
        "sạc cắm 3–6 giờ, lắp đặt phương án phù hợp.",
    ),
    (
        "lLo155",
        "vi",
        "circdig",
        "Máy phân loại cell pin theo dung lượng và nội trở",
        "Phòng thí nghiệm điện tử chế tạo máy đo dung lượng từng cell: sạc đầy, xả dòng không đổi, đo nội trở và "
        "nhiệt độ để ghép các cell cùng loại, loại bỏ cell yếu.",
    ),
    (
        "lLo156",
        "vi",
        "larouche",
        "Công nghệ tái chế thủy luyện pin lithium-ion",
        "Trung tâm nghiên cứu chuyển giao quy trình hòa tách sunfat thu hồi kim loại từ pin Li-ion thải và hướng tái "
        "chế trực tiếp giữ lại vật liệu cực dương.",
    ),
    (
        "lLo157",
        "vi",
        "nextgen",
        "Tái sử dụng pin xe điện cũ làm bộ lưu điện",
        "Đơn vị tích hợp lưu trữ ghép mô-đun pin xe điện đã phân loại sức khỏe thành bộ lưu điện cho hộ gia đình, "
        "cơ sở kinh doanh và nơi không có lưới, có quản lý nhiệt.",
    ),
    (
        "lLo158",
        "vi",
        "bikebiz",
        "Tủ chống cháy lưu trữ và sạc pin xe điện cho cửa hàng",
        "Hãng thiết bị an toàn cung cấp tủ chịu lửa để cất và sạc pin lithium xe đạp, xe máy điện tại cửa hàng, "
        "ngăn cháy lan khi pin tự sinh nhiệt.",
    ),
]
