"""Offers of the holdout120 set: (id, language, source key, title, description).

Institutes, universities, firms and technology exchanges offering technology for petrol stations, small fuel
depots, car washes and vehicle parking. Distractors (neighbouring fields sharing words) are mixed in.
"""

OFFERS = [
    # --- underground tanks, leak detection, level gauging, wetstock, corrosion ---
    (
        "mRo001",
        "en",
        "ust_cnasia",
        "Automatic tank gauges and interstitial leak sensors for forecourt tanks",
        "We supply, install and commission automatic tank gauging (ATG) consoles that log fuel level and temperature in "
        "each underground tank over time, raise a leak alarm when the level falls outside sales and warn before a tank "
        "runs dry. For double-wall tanks with a fibre-reinforced plastic jacket we add interstitial sensors in the space "
        "between the two shells. Operators are trained to cross-check the gauge against manual dipstick readings.",
    ),
    (
        "mRo002",
        "en",
        "ust_ampet",
        "Leak detection compliance programme for underground fuel tanks",
        "Our technicians design a leak detection set-up for underground storage tanks that combines several approved "
        "methods rather than relying on one: automatic tank gauging, soil-vapour sensors around the tank, groundwater "
        "monitoring wells checked every month and interstitial monitoring. Equipment is installed, tested and "
        "maintained to the maker's instructions, with records kept for inspections.",
    ),
    (
        "mRo003",
        "vi",
        "tank_sf_vtv",
        "Bể chứa xăng dầu hai lớp SF (thép trong, nhựa FRP ngoài) có cảm biến báo rò rỉ",
        "Chuyển giao và lắp đặt bể ngầm hai lớp cho cửa hàng xăng dầu: vỏ trong bằng thép, vỏ ngoài bằng nhựa cường lực "
        "FRP, giữa hai lớp đặt cảm biến báo động khi có rò rỉ. Loại bể này được dùng rộng rãi ở Nhật Bản từ năm 1993, "
        "nay đã được chế tạo trong nước theo công nghệ chuyển giao. Giá cao hơn bể một lớp nhưng tuổi thọ dài, hạn chế "
        "ô nhiễm đất, nước ngầm và nguy cơ cháy nổ. Có đào tạo nhân lực vận hành, bảo trì.",
    ),
    (
        "mRo004",
        "en",
        "tank_sf_plnmw",
        "Steel–FRP double-layer fuel tanks with a monitored interstitial gap",
        "Manufacturer of steel-reinforced glass-fibre double-layer tanks for filling stations. A resin-film coating "
        "leaves a 0.1 mm gap between the steel inner shell and the FRP outer shell, so a leak from the inner shell stays "
        "in the gap; a leak detector in the gap sounds a buzzer so the tank can be taken out of use and repaired. The "
        "FRP shell also protects the steel from external soil corrosion.",
    ),
    (
        "mRo005",
        "vi",
        "atg_tes",
        "Hệ thống giám sát mức bể ngầm từ xa cho chuỗi cửa hàng xăng dầu",
        "Mỗi bể ngầm được lắp một cảm biến phao từ giảo độ chính xác ±3 mm, loại an toàn nội tại Ex ia dùng cho vùng "
        "nguy hiểm cấp 0; tín hiệu về tủ xử lý đặt ở khu vực an toàn, có bộ cách ly phòng nổ chặn năng lượng lớn khi "
        "đứt dây hay chạm chập. Máy chủ tại văn phòng cho phép xem tồn kho từng bể, từng cửa hàng qua internet/3G trên "
        "điện thoại hoặc máy tính.",
    ),
    (
        "mRo006",
        "en",
        "wet_fastdragon",
        "Daily wetstock reconciliation software for fuel retailers",
        "Our back-office software ties together delivered volumes, dispenser sales and tank gauge readings for every "
        "tank: opening stock plus deliveries minus sales gives book stock, which is compared with the measured stock "
        "each day. The variance trend is flagged automatically, separating normal temperature noise from theft, "
        "miscalibrated dispensers or a steady one-way loss that points to a tank or line leak.",
    ),
    (
        "mRo007",
        "en",
        "wet_fuelcfo",
        "Wetstock reconciliation training and variance thresholds for station owners",
        "Short course for independent station owners on reconciling fuel stock every day and for every grade, using "
        "the bill of lading for deliveries, dispenser totalizers for sales and the automatic tank gauge for physical "
        "stock. Participants learn how to read positive and negative variances and the industry thresholds that should "
        "trigger an investigation of delivery shortages, theft, leaks or meter under-reading.",
    ),
    (
        "mRo008",
        "en",
        "wet_veeder",
        "Fuel loss diagnosis for retail fuelling systems",
        "We investigate where fuel goes missing at a site: delivery discrepancies against the bill of lading, meter drift "
        "between calibrations, dispenser tampering and siphoning from tanks, temperature contraction and evaporation, and "
        "storage tank leaks. The service combines tank monitoring data with delivery and sales records and recommends "
        "the equipment needed to stop each loss.",
    ),
    (
        "mRo009",
        "en",
        "wet_warren",
        "Continuous automated fuel inventory reconciliation",
        "For sites with automatic tank gauges and pump controllers, our analytics reconcile the tank against every "
        "fuelling transaction instead of monthly totals. Shortages, theft, leaks or dispensing errors are reported "
        "within days rather than the usual 30, well below the 1% plus 130 gallon variance many regulators accept.",
    ),
    (
        "mRo010",
        "vi",
        "wet_jigsaw",
        "Đo bể điện tử tích hợp phần mềm quản lý nhiên liệu qua web",
        "Thiết bị đo bể tự động kết nối phần mềm quản lý nhiên liệu trên nền web, đối chiếu theo thời gian thực tồn kho "
        "sổ sách (tồn đầu + nhập − xuất) với tồn thực đo trong bể. Nhờ đó phát hiện sớm nhập sai số liệu (ví dụ xe bồn "
        "giao 28.000 lít nhưng ghi 30.000 lít), cột bơm lệch chuẩn (báo 200 lít nhưng giao 202 lít), giao thiếu hoặc "
        "mất trộm nhiên liệu.",
    ),
    (
        "mRo011",
        "vi",
        "wet_cvw",
        "Lập sổ đối soát tồn kho xăng dầu bằng thước đo bể và đồng hồ tổng",
        "Tư vấn cho đại lý, cửa hàng nhỏ chưa có đo bể tự động cách đối soát tồn kho hằng ngày chỉ với thước đo bể "
        "hoặc đồng hồ mức đơn giản và số đếm tổng không xóa được của cột bơm: chốt tồn đầu kỳ, ghi nhập – xuất mỗi "
        "ngày, so tồn tính toán với tồn đo để theo dõi chênh lệch do rò rỉ, bay hơi, giãn nở nhiệt hay mất cắp.",
    ),
    (
        "mRo012",
        "en",
        "cp_absolute",
        "Cathodic protection testing of steel underground tanks",
        "Certified testers measure the structure-to-soil potential of cathodically protected steel tanks with a "
        "copper/copper-sulphate reference electrode; a reading of at least minus 0.85 V shows the system is working, "
        "following the NACE recommended practice for underground storage tanks. Depleted zinc or magnesium sacrificial "
        "anodes are identified for replacement.",
    ),
    (
        "mRo013",
        "en",
        "cp_mtgree",
        "Design and maintenance of cathodic protection for fuel storage tanks",
        "Corrosion specialists design galvanic (sacrificial anode) or impressed-current cathodic protection for coated "
        "steel tanks and piping, test it within six months of installation and at least every three years after, and "
        "inspect rectifiers of impressed-current systems every 60 days, keeping the records owners need for inspections.",
    ),
    (
        "mRo014",
        "vi",
        "cp_itworld",
        "Chống ăn mòn bể thép chôn ngầm bằng bảo vệ catốt",
        "Thiết kế, lắp đặt bảo vệ catốt cho bể và đường ống thép chôn ngầm: anode hy sinh (kẽm, magiê) kèm lớp phủ cách "
        "điện và ống lót cách ly, hoặc hệ dòng cưỡng bức dùng bộ chỉnh lưu và thanh anode chôn gần bể. Kiểm tra nửa năm "
        "sau khi lắp và định kỳ ba năm một lần, giúp kéo dài đáng kể tuổi thọ bể trong đất ẩm, đất nhiễm mặn.",
    ),
    (
        "mRo015",
        "en",
        "ust_deregulated",
        "Tightness testing of tanks and pipework at fuel stations",
        "We pressure- and tightness-test new tank installations before they are concreted over, repairing small leaks "
        "at pipes and fittings, and test older single-wall steel systems without cathodic protection, where corrosion and "
        "ground movement are the main causes of leaks that can go unnoticed for long periods.",
    ),
    (
        "mRo016",
        "vi",
        "ust_ospi",
        "Giải pháp chống tràn, hộp hứng tràn ống nạp và cảm biến rò rỉ cho bể ngầm",
        "Cung cấp trọn bộ phụ kiện an toàn cho bể ngầm cửa hàng xăng dầu: hộp hứng tràn quanh miệng ống nạp để gom xăng "
        "rơi khi tháo vòi xe bồn, thiết bị chống tràn khi nhập, cảm biến rò rỉ cho bể và đường ống, kết hợp đo bể tự "
        "động so sánh lượng nhập với lượng bán. Tư vấn thay bể thép cũ bằng bể FRP hoặc bể thép bọc FRP chống ăn mòn.",
    ),
    (
        "mRo017",
        "en",
        "atg_tokico",
        "Capacitance level gauge with self-check for station tanks (licensable patent)",
        "Patented detection system for the capacitance-type level gauges that measure remaining fuel in filling-station "
        "underground tanks: it checks from the level data whether the gauge itself is operating correctly, so that a "
        "stuck or faulty gauge is not mistaken for a real stock change. Available for licensing to gauge makers.",
    ),
    (
        "mRo018",
        "en",
        "atg_brpatent",
        "Monitoring the real volume of fuel discharged from a tanker into a tank",
        "A patented system and method that measures the fuel volume actually unloaded into a storage tank, correcting for "
        "temperature, so the station can compare it with the volume invoiced on delivery and detect short deliveries.",
    ),
    (
        "mRo019",
        "vi",
        "fbox_kienthuc",
        "Cảm biến nhiên liệu F-BOX giám sát dầu trong bình xe tải",
        "Thiết bị cảm biến gắn vào bình nhiên liệu của xe tải, xe đầu kéo, nối với hộp đen truyền dữ liệu về máy chủ "
        "công ty vận tải để kiểm soát mức tiêu hao. Một đội 19 xe tiết kiệm khoảng 1.300 lít dầu trong một tháng; chuyên "
        "gia lưu ý phải lắp đúng kỹ thuật để không gây nguy cơ cháy nổ ở bình xăng xe.",
    ),
    (
        "mRo020",
        "en",
        "cp_matcor",
        "Mixed-metal-oxide anodes for low-temperature seawater cathodic protection",
        "Special MMO anode coating formulation for cathodic protection in cold seawater, where chlorine hydrates may form "
        "and disturb current distribution and coating life; intended for offshore and marine structures.",
    ),
    (
        "mRo021",
        "vi",
        "lpg_composite",
        "Tư vấn áp dụng TCVN 8607-3:2010 cho chai chứa khí bằng vật liệu composite",
        "Hướng dẫn các yêu cầu của tiêu chuẩn quốc gia đối với chai chứa khí làm bằng vật liệu composite (thiết kế, "
        "chế tạo, thử nghiệm) cho doanh nghiệp sản xuất, nhập khẩu chai khí.",
    ),
    (
        "mRo022",
        "vi",
        "tanker_123",
        "Tài liệu đào tạo vận chuyển xăng dầu bằng xe bồn theo QCVN 09:2012/BCT",
        "Bộ tài liệu của nhóm sinh viên khoa Công nghệ Hóa học giới thiệu các phương tiện vận chuyển dầu khí bằng đường "
        "bộ, ưu nhược điểm của xe bồn (linh hoạt nhưng hao hụt, chi phí cao) và quy trình xuất nhập tại kho; dùng cho "
        "đào tạo lái xe, nhân viên giao nhận.",
    ),
]

OFFERS += [
    # --- water in tanks, tank cleaning, sludge, fuel quality, decommissioning ---
    (
        "mRo023",
        "vi",
        "q_tincay",
        "Thuốc thử nước, thuốc cắt xăng và thước đo bể có quả dọi",
        "Cung cấp dụng cụ kiểm tra cho cửa hàng xăng dầu khi nhận hàng từ xe bồn: thước đo mực có quả dọi để xác định "
        "thể tích còn lại của bể, thuốc cắt xăng để đọc mức xăng và thuốc thử nước bôi lên đầu thước để phát hiện lớp "
        "nước đọng dưới đáy bể hay khoang xe bồn, bảo đảm nhận đủ và không nhập xăng lẫn nước.",
    ),
    (
        "mRo024",
        "en",
        "clean_superior",
        "Tank bottom sweeps and fuel filtration for problem underground tanks",
        "For tanks with slow pumps, water intrusion and clogged filters we take gauge readings and bottom samples, sweep "
        "the tank bottom to remove water, sludge, microbial growth and debris, then circulate the fuel through a filter "
        "train; waste goes into sealed drums for disposal. We did this at 27 sites with 48 tanks, and advise testing "
        "ethanol-blended fuel twice a year and replacing damaged fill caps to keep rainwater out.",
    ),
    (
        "mRo025",
        "en",
        "clean_engineerfix",
        "Safe cleaning of underground fuel tanks with confined-space entry",
        "Full tank cleaning service: isolating supply and product lines, pumping out remaining product by vacuum truck, "
        "ventilating the tank until gas-free and continuously monitoring the lower explosive limit, oxygen and hydrogen "
        "sulphide before any entry under a confined-space permit, then removing sludge and sediment for inspection, a "
        "change of product or closure.",
    ),
    (
        "mRo026",
        "en",
        "clean_efreyre",
        "Fuel polishing equipment against water and microbes in storage tanks",
        "Equipment to keep underground fuel tanks clean and dry: even a quarter of an inch of water at the bottom lets "
        "bacteria and fungi grow at the fuel–water interface, blocking filters, damaging injectors and degrading the fuel. "
        "Our units remove water, sediment and microbial sludge so that filters, gauges and water monitors keep working.",
    ),
    (
        "mRo027",
        "vi",
        "sludge_vtvgo",
        "Thu gom, xử lý cặn dầu thải từ súc rửa bể chứa",
        "Đơn vị môi trường có giấy phép nhận thu gom, vận chuyển và xử lý cặn dầu, dầu thải đã qua nhiều lần lọc không "
        "còn chưng cất được; loại cặn khó này có chi phí xử lý có thể lên tới 50 triệu đồng mỗi mét khối, nên tư vấn "
        "chủ cơ sở phân loại, tách nước và giảm thể tích cặn trước khi bàn giao.",
    ),
    (
        "mRo028",
        "vi",
        "ctnh_tvpl",
        "Tư vấn phân loại và lưu chứa dầu thải, cặn dầu là chất thải nguy hại",
        "Hướng dẫn cơ sở kinh doanh xăng dầu xác định mã chất thải nguy hại theo Thông tư 02/2022/TT-BTNMT (dầu thải, "
        "giẻ lau dính dầu, cặn đáy bể, thiết bị thải có bộ phận nhiễm dầu), yêu cầu đối với thiết bị lưu chứa, khu vực "
        "lưu giữ tạm và hồ sơ bàn giao cho đơn vị xử lý có giấy phép.",
    ),
    (
        "mRo029",
        "vi",
        "q_autospeedy",
        "Gửi mẫu xác định trị số octan (RON) trong phòng thí nghiệm",
        "Nhận mẫu xăng để đo trị số octan nghiên cứu RON bằng động cơ thử nghiệm tiêu chuẩn CFR trong phòng thí nghiệm, "
        "kèm tư vấn vì sao việc đo RON đơn lẻ không đủ để kết luận xăng giả và cần kết hợp các chỉ tiêu khác theo quy chuẩn.",
    ),
    (
        "mRo030",
        "vi",
        "q_doisong",
        "Kiểm nghiệm xăng pha dung môi, tạp chất cho đại lý và cửa hàng",
        "Phòng thử nghiệm nhận lấy mẫu và phân tích xăng A92/A95, dầu diesel để phát hiện pha dung môi, chất tạo màu, "
        "tạp chất; hỗ trợ đại lý kiểm tra lô hàng mua từ đầu mối trước khi bán, sau những vụ hàng triệu lít xăng pha tạp "
        "được phát hiện bán cho nhiều cửa hàng.",
    ),
    (
        "mRo031",
        "en",
        "decom_diesel",
        "Decommissioning and removal of unused underground fuel tanks",
        "When a site stops selling fuel we remove leftover product and vapours, clean the tank with our own equipment, "
        "break out the slab, excavate and lift the tank for recycling, then inspect the surrounding sand and soil for "
        "contamination and send impacted material to an approved facility.",
    ),
    (
        "mRo032",
        "en",
        "decom_ecc",
        "Tank closure and leaking-tank clean-up management",
        "We manage the whole closure of leaking tanks: product removal, interior cleaning, cutting and scrapping, "
        "delineating contaminated soil and groundwater, excavation and disposal, confirmation sampling and the clean-up "
        "report submitted to the environmental agency.",
    ),
    (
        "mRo033",
        "en",
        "clean_byoethanol",
        "Tank cleaning before converting to ethanol-blended petrol",
        "Before a tank that held ordinary petrol is switched to an ethanol blend it must be cleaned, because the alcohol "
        "lifts settled petroleum sludge into suspension and causes drivability problems. We offer filter-agitator "
        "cleaning, robotic sludge cannons, chemical cleaning or man-entry steam cleaning by a certified contractor.",
    ),
    (
        "mRo034",
        "en",
        "clean_greentrax",
        "Home heating-oil tank pump-out and replacement",
        "Residential service for heating-oil tanks in basements and yards: pumping out water and sludge that blocks the "
        "burner feed line and replacing tanks past their 20-year life with aboveground tanks.",
    ),
    (
        "mRo035",
        "vi",
        "oilrecycle_123",
        "Công nghệ tái chế dầu bôi trơn từ dầu nhớt thải",
        "Chuyển giao quy trình xử lý dầu nhớt động cơ đã qua sử dụng thành dầu gốc để pha chế lại dầu bôi trơn, đáp ứng "
        "nhu cầu dầu động cơ vốn chiếm khoảng 70% lượng dầu bôi trơn tiêu thụ ở Việt Nam.",
    ),
    (
        "mRo036",
        "vi",
        "eth_tienphong",
        "Cung ứng ethanol nhiên liệu E100 để pha chế xăng sinh học",
        "Doanh nghiệp sản xuất cồn sinh học E100 từ sắn lát với nhà máy 60.000 tấn/năm ở Đồng Nai và nhà máy thứ hai ở "
        "Quảng Nam, nhận cung cấp ethanol cho các đầu mối pha chế xăng E5, E10.",
    ),
    (
        "mRo037",
        "vi",
        "eth_cafef",
        "Nhà máy Bio-Ethanol 100.000 m3/năm chuyển sắn lát khô thành ethanol",
        "Nhà máy nhiên liệu sinh học 80 triệu USD rộng 24,62 ha tái khởi động sản xuất ethanol từ sắn lát khô để phục vụ "
        "phối trộn xăng E10, tìm đối tác cung cấp nguyên liệu sắn và bao tiêu sản phẩm.",
    ),
    (
        "mRo038",
        "vi",
        "eth_plo",
        "Công nghệ lên men mía và sắn sản xuất cồn nhiên liệu",
        "Công nghệ sản xuất cồn nhiên liệu bằng lên men mía và củ sắn, tương tự cách nấu rượu truyền thống, để pha vào "
        "xăng; khí thải của nhiên liệu này chỉ khoảng 60–70% so với xăng thường.",
    ),
    (
        "mRo039",
        "vi",
        "eth_la34",
        "Thông tin kỹ thuật về xăng sinh học E5 so với RON 95",
        "Tài liệu phổ biến cho người tiêu dùng: xăng E5 là A92 pha ethanol từ sắn, ngũ cốc, rơm rạ; sản lượng sắn củ "
        "tươi khoảng 11 triệu tấn mỗi năm và giá sắn chiếm trên 70% giá thành ethanol.",
    ),
    # --- pump calibration and legal metrology ---
    (
        "mRo040",
        "vi",
        "cal_caobang",
        "Kiểm định cột đo xăng dầu ban đầu, định kỳ và sau sửa chữa",
        "Trung tâm ứng dụng tiến bộ khoa học và công nghệ cấp tỉnh có kiểm định viên thực hiện kiểm định cột đo xăng "
        "dầu (phương tiện đo nhóm 2) tại cửa hàng: kiểm định ban đầu, định kỳ 12 tháng một lần và sau sửa chữa; kẹp chì "
        "buồng đong và niêm phong phần mềm điều khiển để chống điều chỉnh sai số trái phép.",
    ),
    (
        "mRo041",
        "vi",
        "cal_luat",
        "Tư vấn tuân thủ quy định đo lường cho thương nhân bán lẻ xăng dầu",
        "Rà soát cửa hàng theo Thông tư 15/2015/TT-BKHCN sửa đổi bởi Thông tư 08/2018: bộ phận cột đo phù hợp mẫu đã phê "
        "duyệt, linh kiện mới 100% khi kiểm định lần đầu, niêm phong các chi tiết có thể can thiệp sai số, cầu dao các "
        "cột đo bố trí tại một vị trí thuận tiện; tập huấn nhân viên về sai số cho phép và xử lý khi bị kiểm tra.",
    ),
    (
        "mRo042",
        "en",
        "cal_bullseye",
        "Semi-annual fuel meter calibration programme",
        "We check, adjust and re-verify every dispenser meter twice a year, test slow-flow blends for over-delivery, find "
        "and replace faulty meters, record flow rates that signal filter changes and keep each station's data on file. "
        "Work follows the NIST Handbook 44 accuracy class 0.3 tolerances (0.2% acceptance, 0.3% maintenance).",
    ),
    (
        "mRo043",
        "en",
        "cal_seraphin",
        "Field standard test measures for checking fuel dispensers",
        "Graduated-neck volumetric test measures (provers) built to strict design criteria and calibrated by an official "
        "metrology agency, for station owners and service companies who want to check dispenser accuracy themselves, "
        "since losses at the pump can be significant even when meters stay inside the in-use tolerance.",
    ),
    (
        "mRo044",
        "en",
        "cal_empire",
        "Dispenser meter calibration service on a fixed schedule",
        "Technicians programme each pump meter so that the volume shown matches the true volume delivered, correcting "
        "dispensing errors before they grow; clients choose quarterly, six-monthly or annual calibration visits.",
    ),
    (
        "mRo045",
        "en",
        "cal_michigan",
        "Pre-inspection dispenser audit and routine meter maintenance",
        "Routine maintenance visits that go beyond changing filters, hoses and nozzles: we verify the calibration of each "
        "meter so the site is not found 'predominantly negative' (most dispensers of a grade delivering short measure) "
        "during a weights-and-measures audit, and avoid condemned dispensers and emergency repair bills.",
    ),
    (
        "mRo046",
        "en",
        "cal_staroil",
        "Annual proving of retail, cardlock and delivery-truck fuel meters",
        "Every meter we use to sell fuel, at retail stations, cardlock sites and on our delivery trucks, is proved each "
        "year before a state weights-and-measures inspector; we offer the same proving service to other fuel businesses.",
    ),
    (
        "mRo047",
        "vi",
        "cal_seraphin",
        "Bình chuẩn kim loại cổ chia độ để cửa hàng tự kiểm tra cột bơm",
        "Cung cấp bình chuẩn dung tích kim loại có cổ chia vạch, đã được cơ quan đo lường hiệu chuẩn, để chủ cửa hàng "
        "tự bơm thử và theo dõi sai số cột đo giữa hai kỳ kiểm định, phát hiện sớm cột bơm giao thiếu hoặc giao thừa.",
    ),
    (
        "mRo048",
        "en",
        "cal_ncagr",
        "Inspection of fuel dispensers, fuel-oil meters, scales and packaged goods",
        "A weights-and-measures laboratory inspects commercial weighing and measuring devices, including motor-fuel "
        "dispensers and fuel-oil meters, and checks the net contents of packaged goods; devices found accurate receive an "
        "inspection seal. Businesses can ask for an inspection when new equipment is installed.",
    ),
]

OFFERS += [
    # --- vapour recovery and benzene exposure ---
    (
        "mRo049",
        "en",
        "vr_vohon",
        "Stage I, II and III vapour recovery for filling stations",
        "We fit Stage I vapour return lines so that vapour displaced from the underground tank during a tanker drop goes "
        "back to the tanker, Stage II boot-seal nozzles that return refuelling vapour to the tank, and Stage III active "
        "systems with a vapour processing unit that hold tank pressure and capture up to 95% of vapour, with continuous "
        "monitoring and alerts when efficiency drops.",
    ),
    (
        "mRo050",
        "en",
        "vr_saferack",
        "Balance vapour recovery nozzles with flexible bellows",
        "Supply of balance-type vapour recovery nozzles whose nitrile bellows seal tightly around the vehicle or tank fill "
        "port, so vapour is captured and redirected instead of escaping. We set up an inspection schedule because torn "
        "or worn bellows break the seal.",
    ),
    (
        "mRo051",
        "en",
        "vr_chinanozzle",
        "Coaxial hoses and Stage II nozzles for balance vapour recovery",
        "Manufacturer of coaxial dispenser hoses (fuel in the inner hose, vapour in the outer) and booted Stage II nozzles "
        "for balance systems, in which the incoming petrol pushes the vapour from the car tank back to the storage tank "
        "without any pump.",
    ),
    (
        "mRo052",
        "vi",
        "vr_vermont",
        "Tư vấn lắp hệ thống thu hồi hơi xăng giai đoạn II cho cửa hàng xăng dầu",
        "Tư vấn, thiết kế lắp vòi bơm thu hồi hơi xăng giai đoạn II cho cửa hàng có sản lượng lớn (một số bang ở Mỹ áp "
        "dụng từ 400.000 gallon/năm), giảm phát thải hợp chất hữu cơ bay hơi, trong đó có chất gây ung thư và tiền chất "
        "ô-zôn mặt đất; kèm tài liệu hướng dẫn khách không bơm tràn sau khi vòi tự ngắt.",
    ),
    (
        "mRo053",
        "vi",
        "vr_pei",
        "Thay ống xếp (bellows) cho vòi bơm thu hồi hơi xăng",
        "Cung cấp và thay thế ống xếp cao su dạng đàn xếp bọc ngoài vòi bơm thu hồi hơi kiểu cân bằng; khi đưa vòi vào "
        "miệng bình, ống xếp co lại và ép kín miệng bình để hơi xăng không thoát ra ngoài.",
    ),
    (
        "mRo054",
        "en",
        "vr_forecourt",
        "Annual testing and maintenance of Stage II vapour recovery equipment",
        "Maintenance contracts for the Stage II vapour recovery equipment required at higher-throughput forecourts (in the "
        "UK, sites above 3.5 million litres a year), including the annual efficiency test and repairs.",
    ),
    (
        "mRo055",
        "en",
        "bz_pmc2021",
        "Benzene exposure assessment for fuel-station workers",
        "University occupational-health team measuring benzene in the air of fuelling areas and the urinary biomarker "
        "tt-muconic acid of workers, with a symptom questionnaire (fatigue, headache, dizziness, nasal congestion). In a "
        "study of 151 workers air benzene reached the action level; missing safety training and eating on duty raised the "
        "risk of symptoms, so we also deliver training and workplace rules.",
    ),
    (
        "mRo056",
        "en",
        "bz_pmc2015",
        "BTEX exposure and cancer-risk assessment with passive samplers",
        "We place Radiello passive samplers at refuelling points to measure benzene, toluene, ethylbenzene and xylenes, "
        "estimate attendants' chronic daily intake and lifetime cancer risk and advise on ventilation and shift duration "
        "where concentrations exceed international guidelines.",
    ),
    (
        "mRo057",
        "vi",
        "bz_encyc",
        "Đánh giá rủi ro sức khỏe do phơi nhiễm benzen cho nhân viên cây xăng",
        "Nhóm nghiên cứu y tế công cộng đo benzen bằng mẫu cá nhân trong 8 giờ làm việc, phỏng vấn điều kiện làm việc và "
        "tính chỉ số rủi ro theo phương pháp của US EPA. Trong khảo sát 150 nhân viên, 51% có chỉ số nguy hại vượt 1, nhân "
        "viên bơm xăng và cửa hàng nội đô chịu rủi ro cao hơn thu ngân và vùng nông thôn; đề xuất giám sát sức khỏe định kỳ.",
    ),
    (
        "mRo058",
        "vi",
        "bz_scirp",
        "Khảo sát triệu chứng và tư vấn trang bị bảo hộ cho nhân viên bán xăng",
        "Dịch vụ khảo sát bằng phiếu hỏi và quan sát tại chỗ về thói quen làm việc, việc sử dụng phương tiện bảo vệ cá "
        "nhân và các triệu chứng (đau đầu, viêm mũi, mệt mỏi, mất ngủ) liên quan tới hợp chất BTEX, từ đó đề xuất găng "
        "tay, khẩu trang phù hợp và quy tắc làm việc cho nhân viên cửa hàng xăng dầu.",
    ),
    (
        "mRo059",
        "en",
        "bz_foo",
        "Survey of benzene content in local petrol and exposure of attendants",
        "Analytical survey measuring benzene in retail petrol (1.8–3.7% in the local grades studied) together with short-term "
        "and 8-hour exposure of station attendants, mechanics and tanker drivers, for authorities setting fuel and "
        "workplace limits.",
    ),
    (
        "mRo060",
        "en",
        "vr_onboard",
        "On-board refuelling vapour recovery canisters for vehicles",
        "Vehicle-side ORVR systems: a carbon canister and vent/rollover valve in the car's fuel system capture vapour while "
        "refuelling, for car makers meeting vehicle emission rules.",
    ),
    # --- fire safety, static electricity, lightning, small rural storage ---
    (
        "mRo061",
        "vi",
        "fire_moc",
        "Tư vấn thiết kế, cải tạo cửa hàng xăng dầu theo quy chuẩn kỹ thuật quốc gia",
        "Khảo sát và lập hồ sơ cải tạo cửa hàng theo quy chuẩn của Bộ Công Thương: làn xe trong bãi đỗ rộng tối thiểu "
        "3,5 m, đường hai làn 6,5 m, bãi xuất nhập không phủ nhựa đường, tường bao không cháy cao từ 2,2 m khi giáp công "
        "trình khác, mái che đảo bơm bậc chịu lửa I–II và cao từ 4,75 m, khoảng cách an toàn tới nhà dân.",
    ),
    (
        "mRo062",
        "vi",
        "fire_tvpl",
        "Cung cấp và bố trí phương tiện chữa cháy ban đầu cho cửa hàng xăng dầu",
        "Trang bị bình chữa cháy, chăn, cát, xẻng và biển cấm lửa theo TCVN 4530:2011 cho từng hạng mục: đảo bơm, nơi "
        "nhập xăng vào bể, gian dầu nhờn, bãi dầu phuy, gian rửa xe, gian tra dầu mỡ, khu bán hàng, máy phát và trạm "
        "biến áp; niêm yết nội quy, hiệu lệnh báo cháy; gian bán LPG trang bị theo TCVN 6223.",
    ),
    (
        "mRo063",
        "vi",
        "fire_diendan",
        "Rà soát điều kiện an toàn PCCC cho cơ sở kinh doanh xăng dầu và khí hóa lỏng",
        "Tư vấn rà soát theo TCVN 4530:2011, TCVN 3890:2009 và TCVN 4756-1989: khoảng cách an toàn giữa các hạng mục "
        "trong và ngoài cửa hàng, hệ thống điện, chống sét, phương tiện chữa cháy tại chỗ; huấn luyện nhân viên và xây "
        "dựng phương án chữa cháy cơ sở.",
    ),
    (
        "mRo064",
        "vi",
        "fire_comeco",
        "Đánh giá và cải tạo cây xăng cũ nằm sát khu dân cư",
        "Đánh giá các cửa hàng xây đã lâu, không gian chật, sát nhà dân, bệnh viện: bể chứa không được đặt nổi hay dưới "
        "gian bán hàng, phải phủ cát hoặc đất mịn dày trên 0,3 m; cột bơm đặt nơi thông thoáng, xe dừng đỗ không cản trở "
        "giao thông; đề xuất phương án cải tạo hoặc di dời.",
    ),
    (
        "mRo065",
        "en",
        "static_shenhai",
        "Explosion-proof electrical equipment for fuel station hazardous areas",
        "Explosion-proof lighting, junction boxes, switches and motors rated for the hazardous zones under canopies, around "
        "dispensers, tank areas and generator rooms, together with advice on no-smoking zones and static control during "
        "unloading and refuelling.",
    ),
    (
        "mRo066",
        "en",
        "static_ppein",
        "Anti-static package for fuel unloading and tank dipping",
        "Grounding and bonding of tanks, pipework and dispensers; fill pipes extended to 0.2 m above the tank bottom to end "
        "splash filling; approved unloading heads; speed limits for unloading; and a rule that tanks are not dipped or "
        "sampled until a standing time has passed after delivery.",
    ),
    (
        "mRo067",
        "en",
        "static_4idols",
        "Static grounding inspection and resistance testing for forecourts",
        "We connect tanks, pipelines, unloading points and tanker grounding clamps to a common earth, check nozzle and "
        "flange bonding for corrosion and measure grounding resistance (static earth no more than 100 ohm; 4–10 ohm where "
        "lightning, static and power earths share one electrode), and advise humidifying work areas to 65–75% relative humidity.",
    ),
    (
        "mRo068",
        "en",
        "static_befshoe",
        "Anti-static footwear and cotton uniforms for fuel attendants",
        "Anti-static safety shoes and pure-cotton uniforms for staff at fuel stations, depots and refineries, where static "
        "from synthetic clothing can reach tens of thousands of volts and ignite vapour at a tank opening.",
    ),
    (
        "mRo069",
        "en",
        "static_bluesky2",
        "Fire-safety inspection and drill programme for fuel stations",
        "Monthly checks of hydrants, extinguishers and fire sand with replacement of expired items, fire drills for staff, "
        "enforcement of no-smoking and no-open-flame zones, bonding of tanks and pipes, grounding of tankers during "
        "unloading and supervision of the three risky steps: unloading, dipping and tank cleaning.",
    ),
    (
        "mRo070",
        "vi",
        "static_bluesky",
        "Huấn luyện phòng chống cháy do tĩnh điện cho nhân viên cửa hàng xăng dầu",
        "Khóa huấn luyện tại chỗ: nhập xăng kín thay cho xả tóe, giảm co và van trên đường ống, khống chế tốc độ nhập và "
        "bơm, tiếp địa và nối đẳng thế bể, ống, cột bơm; cấm đổ xăng vào can nhựa; cách xử lý khi có ngọn lửa ở miệng "
        "bình xe máy.",
    ),
    (
        "mRo071",
        "vi",
        "ls_nhatrang",
        "Xử lý điện trở đất hệ thống chống sét không đạt",
        "Đo và xử lý hệ thống tiếp địa chống sét để đạt điện trở không quá 10 ôm theo TCVN 9385:2012 và NFC 17-102: bổ "
        "sung hóa chất giảm điện trở, đóng thêm cọc, khoan giếng tiếp địa nối với hệ hiện hữu; khuyến nghị kiểm tra ít "
        "nhất mỗi năm một lần.",
    ),
    (
        "mRo072",
        "vi",
        "ls_kth",
        "Kiểm định hệ thống chống sét theo TCVN 9385:2012",
        "Kỹ sư điện đo điện trở tiếp địa bằng máy chuyên dụng, kiểm tra kim thu, dây dẫn sét và cắt lọc sét, lập biên bản "
        "kiểm định định kỳ phục vụ kiểm tra PCCC cho nhà xưởng, kho và cơ sở kinh doanh.",
    ),
    (
        "mRo073",
        "vi",
        "ls_ispace",
        "Hướng dẫn đo điện trở tiếp địa bằng máy đo và phương pháp 3 cực",
        "Tài liệu hướng dẫn từng bước đo điện trở tiếp địa: kiểm tra pin, nối dây 5 m, 10 m, 20 m tới các cọc, đo điện áp "
        "đất không quá 10 V, chọn thang đo và xử lý khi kết quả không ổn định.",
    ),
    (
        "mRo074",
        "en",
        "ls_lsp",
        "Surge protection design for petrol stations",
        "Lightning and surge protection for stations on open roadside sites: arresters on the 380 V overhead supply that "
        "runs into the station, signal surge protectors on telephone and camera lines, and checks of dispenser, nozzle and "
        "breather-valve bonding.",
    ),
    (
        "mRo075",
        "en",
        "ls_africa",
        "Lightning current and surge arresters for forecourt electronics",
        "External lightning protection with equipotential bonding, lightning current arresters where supply lines enter the "
        "building, and surge arresters for dispensers and price signs, placed outside the Ex zones or in approved "
        "enclosures, following IEC 60364.",
    ),
    (
        "mRo076",
        "en",
        "ls_ecle",
        "Lightning protection systems for fuelling stations",
        "Design and installation of lightning protection covering canopies, tank vents, signage and buildings at fuel "
        "stations, which have a large strike footprint, flammable stock and sensitive dispenser electronics.",
    ),
    (
        "mRo077",
        "en",
        "spill_bpg",
        "Bunded storage and spill kits for small rural fuel stores",
        "Guidance and kit for farms and small businesses that keep fuel on site: place drums or bowsers inside a bund that "
        "holds 110% of the stored fuel, refuel at least 20 metres from waterways and drains, use drip trays or absorbent "
        "mats, keep a spill kit and empty rainwater from the bund after checks.",
    ),
    (
        "mRo078",
        "vi",
        "fire_tcvn5307",
        "Áp dụng TCVN 5307:2009 trong thiết kế kho dầu mỏ và sản phẩm dầu mỏ",
        "Tư vấn thiết kế kho chứa dầu mỏ và sản phẩm dầu mỏ theo tiêu chuẩn quốc gia: phân cấp kho, khoảng cách an toàn, "
        "bố trí bể, đê bao, hệ thống công nghệ và phòng cháy cho kho cấp vùng.",
    ),
    (
        "mRo079",
        "vi",
        "fire_pc17",
        "Lập phương án chữa cháy cơ sở theo mẫu PC17 cho homestay, khách sạn",
        "Soạn phương án chữa cháy theo mẫu PC17 của Nghị định 136 cho homestay, khách sạn nhỏ: đặc điểm cơ sở, giao "
        "thông, nguồn nước, tình huống cháy và bố trí lực lượng.",
    ),
]

OFFERS += [
    # --- forecourt drainage, oil separators, spills, soil and groundwater ---
    (
        "mRo080",
        "en",
        "sep_wastewater",
        "Forecourt, full-retention and wash-down oil separators",
        "Supply of oil separators for every site type: full-retention units for flows up to 65 mm/h rainfall, bypass "
        "units for 6.5 mm/h, forecourt separators that hold the largest spill likely during refuelling or a tanker "
        "delivery, and wash-down and silt separators for vehicle wash areas.",
    ),
    (
        "mRo081",
        "en",
        "sep_gpt",
        "Oil interceptor specification consultancy",
        "We assess whether a site needs an interceptor and which one: Class I with coalescer (no more than 5 mg/l oil, "
        "can discharge to surface water) or Class II (100 mg/l, foul sewer only), bypass or full retention, or cheaper "
        "controls such as drain modifications, secondary containment and drain closure valves; a written report gives "
        "prioritised options.",
    ),
    (
        "mRo082",
        "en",
        "sep_aquasentry",
        "Separator tanks with oil-level alarms: install, upgrade and maintain",
        "Separator tanks for car parks of more than 800 m2 or 50 spaces, refuelling areas, vehicle maintenance yards and "
        "other oily sites, fitted with alarms that warn when retained oil or silt reaches its limit, plus an installation, "
        "upgrade and emptying service.",
    ),
    (
        "mRo083",
        "en",
        "sep_squotipedia",
        "Petrol interceptor sizing and design to BS EN 858",
        "Drainage engineers size and specify petrol and oil interceptors for forecourts, garages and car parks: nominal "
        "size from peak flow, class of separator for the discharge point, bypass or full retention, coalescing filters "
        "and silt chambers, and the maintenance records regulators ask for.",
    ),
    (
        "mRo084",
        "vi",
        "grease_hongthai",
        "Xử lý dầu mỡ trong nước thải bằng phương pháp cơ học, hóa lý và vi sinh",
        "Công ty môi trường thiết kế, thi công bể tách dầu mỡ, tuyển nổi, keo tụ và chế phẩm vi sinh cho nước thải chứa "
        "dầu khoáng, hydrocacbon từ kho xăng dầu, trạm rửa xe, xưởng cơ khí cũng như dầu mỡ từ nhà hàng, bếp ăn; giúp "
        "tránh tắc cống và đạt quy chuẩn xả thải.",
    ),
    (
        "mRo085",
        "vi",
        "sep_essex",
        "Bể tách dầu lắp trên mạng thoát nước mưa sân cây xăng, bãi đỗ xe",
        "Cung cấp và lắp đặt bể tách dầu cho hệ thống thoát nước mặt của sân cửa hàng xăng dầu, bãi đỗ xe, xưởng bảo "
        "dưỡng, giữ lại dầu rò rỉ từ xe, dầu tràn do sự cố trước khi nước chảy ra kênh, sông hay thấm xuống đất; có đội "
        "kỹ thuật hỗ trợ chọn loại và kích cỡ bể.",
    ),
    (
        "mRo086",
        "en",
        "spill_ecospill",
        "Fuel spill kits at each pump and spill-response training",
        "Clearly marked fuel spill kits placed within arm's reach of every pump so spilt petrol or diesel is soaked up before "
        "it reaches drainage sumps and storm drains, with our spill-kit training courses so any member of staff can deploy "
        "the kit and dispose of used absorbent.",
    ),
    (
        "mRo087",
        "en",
        "spill_serpro",
        "Spill kits, drain mats and pipe blockers for refuelling sites",
        "Pollution-control equipment recommended by the refuelling-facility guidance: spill kits with sorbents for "
        "deliveries, drain mats and pipe blockers or permanent valves to contain large and small forecourt spills, and "
        "training of staff in their use.",
    ),
    (
        "mRo088",
        "vi",
        "spill_itstill",
        "Vật liệu hấp thụ và quy trình xử lý xăng tràn tại đảo bơm",
        "Cung cấp vật liệu hấp thụ dạng hạt cho cửa hàng và hướng dẫn quy trình: loại bỏ mọi nguồn tia lửa quanh vũng "
        "xăng, giữ thông thoáng, phủ vật liệu hấp thụ lên toàn bộ vết tràn khoảng 20 phút, quét gom vào thùng chứa riêng "
        "tránh xa vật nóng.",
    ),
    (
        "mRo089",
        "vi",
        "spill_k2plan",
        "Lập kế hoạch ứng phó sự cố tràn dầu cho kho xăng dầu có cầu cảng",
        "Lập kế hoạch ứng phó sự cố tràn dầu theo Quyết định 02/2013/QĐ-TTg cho kho xăng dầu và cầu tàu: đánh giá nguồn "
        "nguy cơ tràn khi xuất nhập, mô hình dự báo hướng loang dầu trên sông, liệt kê phương tiện, nhân lực ứng cứu, "
        "phân cấp sự cố (cấp I dưới 20 tấn) và kế hoạch mua sắm trang thiết bị.",
    ),
    (
        "mRo090",
        "en",
        "rem_regenesis",
        "In-situ remediation of petrol-contaminated soil and groundwater at operating stations",
        "Cost-effective in-situ treatment for retail petroleum sites, where leaks from tanks and dispenser islands leave free "
        "product and dissolved petrol, diesel and MTBE: enhanced desorption, enhanced aerobic biodegradation and in-situ "
        "chemical oxidation applied around tanks and piping while the station keeps trading.",
    ),
    (
        "mRo091",
        "en",
        "rem_eti",
        "Soil-vapour surveys to map petrol plumes around service stations",
        "Geochemical soil-vapour surveys on and off a service-station property to map the extent and age of petrol "
        "contamination in soil and groundwater, for example under a neighbouring road, and to place extra monitoring and "
        "recovery wells.",
    ),
    (
        "mRo092",
        "en",
        "rem_gza",
        "Phased excavation and bioremediation at a refuelling station that stays open",
        "At an active municipal refuelling station we excavated about 2,100 tons of benzene-impacted soil, treated "
        "groundwater in the excavation with a bioremediation product, backfilled, then removed a further 191-ton hot spot "
        "with a second product and injections, keeping the station open and monitoring groundwater every quarter.",
    ),
    (
        "mRo093",
        "en",
        "rem_ceg",
        "Air sparging and soil vapour extraction for petrol releases near water supplies",
        "Investigation and design of air-sparge, soil-vapour-extraction and groundwater-treatment systems after petrol "
        "releases from service stations, protecting drinking-water intakes, streams and the indoor air of neighbouring "
        "houses, which is monitored with a photoionisation detector and gas chromatograph.",
    ),
    (
        "mRo094",
        "vi",
        "rem_egiamb",
        "Đánh giá ô nhiễm đất và nước ngầm khi tháo dỡ bể xăng cũ",
        "Khi cải tạo cửa hàng phát hiện đất nhiễm hydrocacbon quanh bể cũ, chúng tôi đo khí trong đất, lắp ống quan trắc "
        "(piezometer), lấy mẫu đất và nước ngầm phân tích, lập bản đồ phân bố, ước tính khối lượng đất nhiễm và phân loại "
        "đất như chất thải để chọn nơi chôn lấp hợp quy.",
    ),
    (
        "mRo095",
        "vi",
        "rem_sundance",
        "Đào bóc đất nhiễm xăng và xử lý sinh học tại chỗ sau khi nhổ bể",
        "Thi công đào đất nhiễm xăng dưới bể và cụm cột bơm cũ (sâu tới 6 m), hút xăng nổi trên mặt nước ngầm; đất vượt "
        "ngưỡng đưa đi bãi chôn lấp, đất nhiễm nhẹ được xử lý bằng phương pháp cày xới sinh học ngay tại khu đất.",
    ),
    (
        "mRo096",
        "en",
        "rem_saile",
        "Station rebuild with removal of contaminated soil and abandoned tanks",
        "Design and supervision of forecourt rebuilds (new islands, piping, dispensers and canopy) on existing FRP tanks; on "
        "one site we found and removed five abandoned 1,000-gallon steel tanks, disposed of contaminated soil and "
        "groundwater, and groundwater met state standards two months after construction, with sign-off 21 months after start.",
    ),
    (
        "mRo097",
        "en",
        "sep_direct",
        "Sustainable drainage instead of separators for low-risk car parks",
        "Advice on drainage for small car parks: trapped gully pots that are properly maintained, permeable surfaces and "
        "infiltration trenches that treat run-off close to its source, keeping oil separators for higher-risk areas.",
    ),
    (
        "mRo098",
        "vi",
        "chem_cuchoachat",
        "Xây dựng kế hoạch phòng ngừa, ứng phó sự cố hóa chất cho nhà máy",
        "Tư vấn doanh nghiệp sản xuất công nghiệp có sử dụng hóa chất (phân đạm, hóa chất cơ bản) lập kế hoạch phòng ngừa "
        "và ứng phó sự cố hóa chất theo quy định của Bộ Công Thương.",
    ),
]

OFFERS += [
    # --- car washes: water reuse, wastewater, pits, chemistry ---
    (
        "mRo099",
        "en",
        "wash_winenfood",
        "Car-wash water reclamation with ozone treatment",
        "Reclaim systems for express and tunnel car washes that settle, filter and re-oxygenate wash water with ozone so "
        "odour-causing bacteria are killed before the water is reused; water and sewer costs, often the third-largest "
        "operating expense after labour and chemicals, fall sharply.",
    ),
    (
        "mRo100",
        "en",
        "wash_fantastic",
        "Reclaim system assessment: repair, upgrade or replace",
        "We inspect an existing car-wash reclaim system, sample the reclaimed water for solids, odour and colour (it should "
        "be clear, tinted only by soap dye, never black) and advise whether repairs are enough or a new system is needed; "
        "for new builds we recommend laying reclaim tanks even if reuse starts later.",
    ),
    (
        "mRo101",
        "en",
        "wash_downdrain",
        "Total reclaim systems for self-serve car-wash bays, including rainwater",
        "Partial reclaim recycles wash-phase water only; our total reclaim systems for self-serve washes collect and clean "
        "all wash and rinse water and can also harvest rainwater from roofs and parking areas, helping owners prepare for "
        "water restrictions.",
    ),
    (
        "mRo102",
        "en",
        "wash_visual",
        "Closed-loop water reclaim package for car washes",
        "A package of settling tanks, filters and pumps that captures used wash water, removes dirt, soap and grime and "
        "stores clean water for the next vehicle, cutting dependence on mains water and the water bill.",
    ),
    (
        "mRo103",
        "vi",
        "wash_camle",
        "Mô hình xử lý nước thải rửa xe cho cơ sở rửa xe nhỏ trong khu dân cư",
        "Kết quả nghiên cứu của trường đại học kỹ thuật: khảo sát đặc tính nước thải rửa xe (đất cát, chất lơ lửng, dầu "
        "mỡ), vận hành mô hình thử nghiệm và đề xuất quy trình xử lý gọn (lắng cát, tách dầu, keo tụ, lọc) phù hợp với "
        "diện tích và chi phí của các cơ sở rửa xe đô thị trước khi xả vào cống chung.",
    ),
    (
        "mRo104",
        "vi",
        "wash_shankuba",
        "Thiết bị tuần hoàn nước rửa xe ô tô chỉ khoảng 15 lít mỗi lượt",
        "Cụm thiết bị xử lý nước rửa xe theo chuỗi keo tụ – tách dầu – lắng – lọc – khử trùng để dùng lại nhiều lần mà "
        "không ảnh hưởng chất lượng rửa. So sánh: rửa bằng vòi mềm tốn trên 200 lít mỗi xe con, máy áp lực 20–30 lít, "
        "còn rửa bằng nước tuần hoàn khoảng 15 lít.",
    ),
    (
        "mRo105",
        "en",
        "pit_kleenrite",
        "Venturi sludge pumps for car-wash pit cleaning",
        "Sludge pumps that attach to an existing pressure washer and use the Venturi effect to suck mud from wash pits into "
        "a dump bed, skid-steer bucket or tank, replacing shovel-and-wheelbarrow pit cleaning; includes tips on pit sizing "
        "and odour control.",
    ),
    (
        "mRo106",
        "en",
        "pit_pitbusters",
        "Pit sediment removal and sludge testing for car washes",
        "Scheduled pumping of reclaim vaults and pits every three to four months for busy in-bay automatics, so sludge does "
        "not clog the reclaim system; sludge, which can contain metals such as mercury and arsenic, is tested before "
        "disposal and handled by trained crews.",
    ),
    (
        "mRo107",
        "en",
        "pit_winenfood",
        "Flocculant pre-treatment before car-wash pit clean-out",
        "Procedure and products for safe, compliant pit cleaning: a biodegradable flocculant dosed 24 hours before the "
        "clean-out separates solids from water so sludge can be removed quickly and grey water pumped to the reclaim system, "
        "cutting vacuum-truck time and downtime.",
    ),
    (
        "mRo108",
        "en",
        "pit_okpump",
        "Pumping of grit traps, mud traps and sand traps at car washes",
        "Vacuum pumping of the dirt, sand and grime that settle in car-wash grit traps, mud traps and sumps, with disposal "
        "of this non-hazardous sludge kept separate from engine-degreasing or tanker-cleaning wastes.",
    ),
    (
        "mRo109",
        "en",
        "det_carwashmgmt",
        "Readily biodegradable car-wash detergents and closed-loop advice",
        "Car-wash chemistry free of phosphates and nonylphenol ethoxylates, based on plant-derived surfactants and natural "
        "chelating agents that break down within about 28 days, plus enzyme cleaners; supplied with advice on pairing them "
        "with closed-loop water systems to cut water waste and chemical pollution.",
    ),
    (
        "mRo110",
        "en",
        "det_greenright",
        "Waterless hand car-wash service and cleaning solution",
        "A non-hazardous, biodegradable water-based solution that wraps dirt in polymers so it can be wiped off with "
        "microfibre cloths and buffed, without a hose; offered as a hand car-wash service and as a product for operators.",
    ),
    (
        "mRo111",
        "vi",
        "wash_moitruongnet",
        "Lập hồ sơ môi trường cho cơ sở kinh doanh dịch vụ rửa xe",
        "Dịch vụ tư vấn lập kế hoạch bảo vệ môi trường, hồ sơ xin giấy phép xả nước thải (khi xả trên 5 m3/ngày đêm), sổ "
        "đăng ký chủ nguồn chất thải nguy hại, hợp đồng thu gom rác và chất thải nguy hại, giấy phép khai thác nước ngầm "
        "nếu dùng giếng khoan, giúp tiệm rửa xe máy, ô tô hoạt động đúng quy định.",
    ),
    (
        "mRo112",
        "vi",
        "wash_kynko",
        "Máy rửa xe áp lực và tư vấn xử lý nước giếng khoan trước khi rửa",
        "Cung cấp máy rửa xe áp lực cho tiệm rửa xe máy, ô tô và tư vấn xử lý nước giếng khoan nhiễm phèn, sắt, magie "
        "(lắng, lọc) trước khi dùng, tránh làm bạc sơn, bong tróc và gỉ các chi tiết kim loại của xe.",
    ),
    (
        "mRo113",
        "vi",
        "wash_bk",
        "Máy rửa xe máy tự động sạch xe trong 3 phút",
        "Máy rửa xe máy tự động do một cựu sinh viên Bách khoa chế tạo, đã qua 5 phiên bản: đưa xe vào, cài chốt, bấm nút; "
        "vòi xịt gầm, vòi xoắn hai bên và bọt rửa làm sạch xe trong khoảng 3 phút, giảm công lao động.",
    ),
    (
        "mRo114",
        "vi",
        "wash_vtc",
        "Hệ thống rửa ô tô tự động bằng chổi quay",
        "Dây chuyền rửa ô tô tự động vận hành liên tục chỉ cần một người giám sát, mỗi lượt 8–10 phút thay vì 15–20 phút "
        "rửa tay; giá tham khảo tại Hà Nội 50.000 đồng/lượt.",
    ),
    (
        "mRo115",
        "vi",
        "ww_mocay",
        "Thiết kế hệ thống xử lý nước thải nhà máy chế biến dừa 200 m3/ngày",
        "Tính toán thiết kế trạm xử lý nước thải cho nhà máy chế biến dừa khô nạo sấy công suất 200 m3/ngày đêm (keo tụ, "
        "sinh học kỵ khí – hiếu khí) do khoa Môi trường trường đại học thực hiện.",
    ),
    (
        "mRo116",
        "vi",
        "ww_fenton",
        "Xử lý nước thải mực in bằng keo tụ và oxy hóa Fenton",
        "Quy trình keo tụ kết hợp phản ứng oxy hóa Fenton xử lý nước thải mực in của nhà máy giấy bao bì, giảm màu và COD "
        "trước khi xả.",
    ),
    (
        "mRo117",
        "vi",
        "ww_duocpham",
        "Xử lý nước thải sản xuất thuốc vitamin bằng bùn hoạt tính hiếu khí",
        "Đề tài nghiên cứu ứng dụng bùn hoạt tính hiếu khí xử lý nước thải nhà máy dược phẩm sản xuất vitamin, có thể "
        "chuyển giao cho các nhà máy dược.",
    ),
    (
        "mRo118",
        "vi",
        "filter_tbmt",
        "Thay lõi lọc nước định kỳ cho máy lọc gia đình",
        "Dịch vụ thay lõi lọc thô, than hoạt tính, màng RO cho máy lọc nước gia đình và văn phòng theo định kỳ khuyến cáo.",
    ),
    (
        "mRo119",
        "en",
        "det_eatsip_diy",
        "Recipe for a home-made biodegradable car shampoo",
        "A pH-balanced DIY car shampoo for hobbyists: distilled water, a plant-based cleaner or castile soap, vegetable "
        "glycerin and a little vinegar, safe for wax and ceramic coatings.",
    ),
]

OFFERS += [
    # --- motorbike and car parking: access control, plate recognition, payment ---
    (
        "mRo120",
        "vi",
        "park_mega",
        "Giải pháp bãi giữ xe thông minh bằng thẻ từ",
        "Trọn bộ phần cứng và phần mềm cho bãi giữ xe máy, ô tô của chung cư, trung tâm thương mại, bãi xe thương mại: "
        "camera giám sát, barrier tự động, cảm biến an toàn, bảng LED hướng dẫn, thẻ từ và đầu đọc thẻ; kiểm soát xe ra "
        "vào nhanh hơn, bảo mật hơn và giảm nhân công giữ xe.",
    ),
    (
        "mRo121",
        "vi",
        "park_icare",
        "Bãi giữ xe nhận dạng biển số và ghi thông tin vào thẻ",
        "Tại cổng vào, camera chụp người gửi và biển số, phần mềm nhận dạng biển số (khoảng 85% lượt xe với biển sạch, "
        "rõ), mã hóa ghi vào thẻ cùng giờ vào; tại cổng ra hệ thống đối chiếu biển số, hình ảnh, tính phí khách vãng lai "
        "hoặc ghi lượt cho vé tháng.",
    ),
    (
        "mRo122",
        "vi",
        "park_plo",
        'Hệ thống giữ xe "Mắt thần" nhận dạng biển số kết hợp thẻ',
        "Sản phẩm của nhóm tác giả Học viện Kỹ thuật quân sự: máy tính tích hợp đầu đọc thẻ và camera, lưu ảnh mặt chủ "
        "xe, ảnh và chữ biển số cùng thời gian gửi vào thẻ mã riêng, hiển thị tức thời để bảo vệ đối chiếu; mỗi lượt xe "
        "khoảng 5 giây, vé có mã nên nhặt được vé cũ cũng không lấy được xe.",
    ),
    (
        "mRo123",
        "vi",
        "park_tck",
        "Máy giữ xe thông minh hai camera mỗi làn",
        "Mô hình cho bãi có làn vào và làn ra riêng: mỗi làn 2 camera (chủ xe và biển số), 1 máy tính, 1 đầu ghi/đọc "
        "thẻ chip; nhân viên nhập biển số, quét thẻ, hệ thống lưu ảnh để đối chiếu khi ra; mỗi lượt khoảng 3 giây. Lắp "
        "đặt và tư vấn tận nơi.",
    ),
    (
        "mRo124",
        "vi",
        "park_ezvip",
        "Hệ thống giữ xe bằng vân tay và thẻ cảm ứng",
        "Giữ xe máy bằng nhận dạng vân tay nên khách không lo mất thẻ và không ai lấy được xe của người khác; ô tô dùng "
        "vân tay hoặc thẻ cảm ứng qua cổng không cần dừng; cửa vào hoàn toàn tự động, không cần nhân viên.",
    ),
    (
        "mRo125",
        "en",
        "park_iot",
        "IoT parking lot prototype with RFID, plate recognition and live occupancy",
        "Mechatronics team at a technical university in Ho Chi Minh City offering its IoT parking design: Raspberry Pi 4, "
        "RC522 RFID cards, infrared sensors, servo barrier, camera-based recognition of Vietnamese plates and detection of "
        "free spaces, with occupancy pushed to a website; counts of free spaces reached about 90% accuracy.",
    ),
    (
        "mRo126",
        "en",
        "park_elid",
        "Car-park barrier, loop detector and ticketing systems",
        "Entry and exit control for car parks: barrier gates, vehicle loop detectors and photo beams, in-vehicle unit "
        "readers, hourly charging hardware and road humps, configured to each site's needs.",
    ),
    (
        "mRo127",
        "en",
        "park_civic",
        "Parking guidance and payment mobile apps",
        "Mobile apps combining data from sensors, meters, payment systems and mobile plate-reading vehicles: real-time "
        "on-street availability and reservations, payments and receipts, maps of public and private lots, permits, online "
        "citation payment and enforcement software for city staff.",
    ),
    (
        "mRo128",
        "en",
        "park_brilliaz",
        "Sensor-based smart parking with contactless payment and routing",
        "Ground sensors report whether each space is free; the platform feeds apps and signs that guide drivers to open "
        "spaces, takes tap-to-pay payments, applies time limits or variable rates, alerts users before sessions expire and "
        "gives planners turnover and dwell-time data.",
    ),
    (
        "mRo129",
        "en",
        "park_kiwi",
        "Pay-and-walk-away sensor parking with app top-up",
        "Sensor parking that replaces paper tickets: a smartphone app shows which spaces are free, warns drivers when time "
        "runs low and lets them top up remotely; one city rolled it out for about NZ$1.4 million after a street trial.",
    ),
    (
        "mRo130",
        "vi",
        "park_giadinh",
        "Thu phí trông giữ xe không dùng tiền mặt cho bãi kín và bãi hở",
        "Giải pháp tìm chỗ và thanh toán phí trông giữ xe không tiền mặt: camera đọc biển số, barrier tự động, máy tính "
        "thu phí cho bãi kín; thiết bị cầm tay ghi nhận giờ vào, ra cho điểm đỗ hở trên đường, hè; giá minh bạch, hạn "
        "chế thất thoát.",
    ),
    (
        "mRo131",
        "vi",
        "park_baomoi",
        "Thanh toán tiền gửi xe máy bằng quét mã QR",
        "Quy trình thu tiền gửi xe bằng mã QR tài khoản ngân hàng: nhân viên ghi vé, báo giá (5.000 đồng/xe máy), khách "
        "quét mã chuyển khoản; ô tô thanh toán qua tài khoản giao thông hoặc QR. Có phương án khi khách không có mạng "
        "hoặc tài khoản.",
    ),
    (
        "mRo132",
        "vi",
        "park_docz",
        "Hệ thống bãi xe tự động nhận dạng biển số và báo chỗ trống",
        "Đồ án tốt nghiệp ngành điện tử chuyển giao được: nhận dạng biển số bằng mạng CNN và OCR, thẻ RFID/NFC, màn hình "
        "LCD báo số chỗ trống ở cổng để tránh ùn ứ giờ cao điểm, kết nối IoT qua mạng LAN/VPN.",
    ),
    (
        "mRo133",
        "en",
        "park_vision",
        "Low-cost sensor smart parking with advance reservation",
        "Smart parking that collects real-time data on free spaces in an area through low-cost sensors and mobile-payment "
        "apps, letting drivers reserve a space in advance or see where they are likely to find one.",
    ),
    (
        "mRo134",
        "vi",
        "pay_linkbank",
        "Tích hợp thanh toán mã QR chuẩn EMV cho điểm thu tiền",
        "Tạo mã QR thanh toán theo chuẩn EMV QRCPS (18 trường thông tin: đơn vị nhận, loại dịch vụ, số tiền, tiền tệ...) "
        "cho cửa hàng, điểm dịch vụ; dùng một mã chung cho cả quầy hoặc mã riêng từng sản phẩm, tiền về thẳng tài khoản.",
    ),
    (
        "mRo135",
        "en",
        "park_ipmugo",
        "RFID electronic toll collection for highways",
        "An electronic toll collection system based on radio-frequency identification that lets vehicles pass toll gates "
        "without queueing, with a database office handling accounts; developed at a Malaysian university.",
    ),
    (
        "mRo136",
        "vi",
        "park_nmc",
        "Bãi đậu ô tô tự động nhiều tầng",
        "Lắp đặt bãi đậu ô tô tự động cho cao ốc, khách sạn, chung cư: xe được nâng hạ tự động tới vị trí, trên cùng diện "
        "tích chứa được nhiều gấp tới 20 lần bãi tự lái, không cần đường dốc và lối mở cửa; lấy xe trong vài phút.",
    ),
    (
        "mRo137",
        "vi",
        "park_toyota",
        "Công nghệ xe ô tô tự đỗ và hệ thống đỗ xe robot",
        "Giới thiệu hệ thống đỗ xe tự động dùng thiết bị nâng, bàn xoay, con lăn và robot đưa ô tô từ phòng tiếp nhận tới "
        "vị trí đỗ, giảm diện tích mỗi chỗ đỗ ở đô thị đông đúc.",
    ),
    (
        "mRo138",
        "vi",
        "pay_vnuf",
        "Nghiên cứu thực trạng thanh toán bằng ví điện tử tại Việt Nam",
        "Khóa luận của trường đại học phân tích thực trạng và đề xuất giải pháp phát triển thanh toán qua ví điện tử ở Việt "
        "Nam.",
    ),
    (
        "mRo139",
        "en",
        "park_iot2",
        "IoT parking website for free-space counts in crowded cities",
        "Student-built IoT parking solution for Vietnamese cities: machine vision reads licence plates and finds available "
        "places, and the count of free spaces is sent to a website so customers can check the lot before arriving.",
    ),
]

OFFERS += [
    # --- cameras: AI fire/smoke detection, plate cameras against drive-offs, security ---
    (
        "mRo140",
        "vi",
        "cam_dantri",
        "Camera báo cháy ứng dụng AI cho nhà trọ, bãi và gara xe điện",
        "Camera dùng thị giác máy tính quan sát trực tiếp không gian để phát hiện khói, ngọn lửa, tia lửa và ánh sáng bất "
        "thường ngay khi vừa xuất hiện, thay vì chờ cảm biến khói, nhiệt trên trần; gửi cảnh báo tới chủ nhà, chủ bãi xe "
        "để xử lý sớm, chuyển từ chữa cháy sang phòng cháy chủ động.",
    ),
    (
        "mRo141",
        "en",
        "cam_atin",
        "AI smoke and fire detection cameras for wards, markets and parking lots",
        "A smart monitoring layer that adds AI algorithms to surveillance cameras: images are analysed in real time for "
        "smoke, flames or smouldering, alerts go instantly to the responsible staff and event data are stored. Aimed at "
        "residential areas, local markets, parking lots and public spaces, where electrical faults and EV batteries are "
        "common fire causes.",
    ),
    (
        "mRo142",
        "vi",
        "cam_nnmt",
        "Hệ thống IoT cảnh báo cháy sớm kết hợp nhiệt độ hồng ngoại và hình ảnh AI",
        "Kết quả đề tài nghiên cứu: cảm biến nhiệt hồng ngoại không tiếp xúc MLX90614 kết hợp camera và mô hình YOLOv8 "
        "nhận diện vật thể nguy cơ cháy theo thời gian thực; cảnh báo bằng còi, SMS/Telegram và ứng dụng di động trong "
        "dưới 5 giây, mAP@0.5 đạt 72,4% và giảm khoảng 80% báo động giả; dữ liệu đồng bộ qua Firebase.",
    ),
    (
        "mRo143",
        "vi",
        "cam_vov",
        "Phần mềm AI cảnh báo sớm nguy cơ bùng phát cháy nổ",
        "Doanh nghiệp công nghệ tại TP.HCM cung cấp phần mềm trí tuệ nhân tạo phân tích hình ảnh camera để cảnh báo sớm "
        "nguy cơ cháy nổ và an ninh, đã được Cục Bản quyền tác giả cấp giấy chứng nhận, vận hành trên hạ tầng 4G/5G và IoT.",
    ),
    (
        "mRo144",
        "en",
        "lpr_2m",
        "Licence plate recognition against fuel theft at filling stations",
        "LPR cameras and software that log every vehicle at the pumps, flag plates linked to earlier thefts and give police "
        "usable evidence; they also deter pump tampering that slows the meter, bypassed payment and siphoning from "
        "underground tanks by trucks parked over the tank lid.",
    ),
    (
        "mRo145",
        "en",
        "lpr_hbi",
        "Two-camera forecourt security: wide view plus plate close-up",
        "Installation of forecourt camera systems with one camera covering all pumps and a second capturing a clear close-up "
        "of each licence plate as the car pulls in, shown on a monitor for the cashier. At one station the system cost "
        "about US$15,000 and nearly paid for itself within a year by cutting drive-offs from two a week to almost none.",
    ),
    (
        "mRo146",
        "en",
        "lpr_popcenter",
        "Drive-off prevention review for fuel retailers",
        "Problem-oriented review of a station's drive-off losses, including staff theft disguised as drive-offs, comparing "
        "video surveillance options and pre-payment systems by cost and benefit and advising on reporting to police.",
    ),
    (
        "mRo147",
        "en",
        "lpr_digitamix",
        "Pay-at-the-pump and pre-pay systems for fuel stations",
        "Card payment terminals at the pump that authorise a payment before fuel flows, or point-of-sale pre-payment inside "
        "the shop, combined with surveillance cameras at the islands, so customers cannot fill up and leave without paying.",
    ),
    (
        "mRo148",
        "en",
        "lpr_openalpr",
        "Open-source automatic licence plate recognition library",
        "OpenALPR, a C++ library with bindings for C#, Java, Node.js, Go and Python and a command-line tool, that reads plate "
        "characters from images and video streams and validates them against regional templates; a base for custom "
        "parking, gate or forecourt plate-reading systems.",
    ),
    (
        "mRo149",
        "vi",
        "lpr_siw",
        "Lắp camera ghi biển số tại từng trụ bơm và toàn cảnh đảo bơm",
        "Thiết kế, lắp đặt hệ thống camera cho cửa hàng xăng dầu: camera hướng vào biển số mỗi xe dừng ở trụ bơm và camera "
        "quan sát toàn bộ sân, đảo bơm, lưu hình phục vụ truy tìm xe đổ xăng rồi bỏ đi không trả tiền.",
    ),
    (
        "mRo150",
        "en",
        "lpr_bdn",
        "Pump authorisation with plate logging by the cashier",
        "A simple console that keeps each pump locked until the cashier has noted the plate number and pressed the "
        "authorise button, supported by high-resolution cameras; suited to stations facing four or five fuel thefts a week.",
    ),
    (
        "mRo151",
        "vi",
        "cam_zbook",
        "Hệ thống cảnh báo sớm đám cháy trong tòa nhà cao tầng dùng học máy",
        "Bài báo khoa học của trường đại học công nghiệp: mạng cảm biến và xử lý ảnh học máy phát hiện đám khói để cảnh "
        "báo cháy sớm trong tòa nhà cao tầng, triển khai trên hệ thống máy tính hiện có.",
    ),
    (
        "mRo152",
        "vi",
        "cam_forest",
        "Tổng quan phương pháp phát hiện cháy rừng",
        "Tài liệu tổng quan các phương pháp phát hiện cháy rừng (cháy dưới tán, cháy tán, cháy ngầm) và thống kê thiệt hại "
        "cháy rừng ở Việt Nam, phục vụ ngành kiểm lâm.",
    ),
    (
        "mRo153",
        "vi",
        "cam_fpt",
        "Camera giám sát gia đình lưu trữ đám mây",
        "Camera an ninh cho hộ gia đình và cửa hàng nhỏ, ghi hình liên tục hoặc theo chuyển động, xem lại trên điện thoại "
        "và lưu trữ đám mây theo gói thuê bao.",
    ),
    # --- electric-vehicle charging (neighbouring field) ---
    (
        "mRo154",
        "vi",
        "ev_congthuong",
        "Hợp tác lắp trạm sạc xe điện tại cửa hàng xăng dầu",
        "Chương trình hợp tác giữa tập đoàn xăng dầu và hãng xe điện lắp trụ sạc ô tô điện tại các cửa hàng xăng dầu trên "
        "toàn quốc; kiến nghị sớm ban hành tiêu chuẩn thiết kế, lắp đặt, vận hành trạm sạc.",
    ),
    (
        "mRo155",
        "vi",
        "ev_thanhnien",
        "Trụ sạc nhanh DC 60 kW cho trạm dừng nghỉ và cây xăng",
        "Triển khai trụ sạc nhanh DC 60 kW hai cổng dọc quốc lộ, cao tốc: mỗi trạm dừng nghỉ, trạm xăng khoảng 10 trụ, cửa "
        "hàng xăng dầu đô thị tối thiểu 2 trụ sạc đồng thời 4 ô tô.",
    ),
    (
        "mRo156",
        "vi",
        "ev_vnn",
        "Nhượng quyền trạm sạc xe máy điện kết hợp điểm nghỉ cho tài xế",
        "Mô hình nhượng quyền trạm sạc nhanh xe máy điện: đầu tư khoảng 150 triệu đồng cho 10 đầu sạc, điện ba pha, giá "
        "20.000–30.000 đồng mỗi lượt, kèm chỗ nghỉ cho tài xế công nghệ; khoảng 80 lượt mỗi ngày.",
    ),
    # --- extra offers ---
    (
        "mRo157",
        "en",
        "spill_ecospill2",
        "Spill-kit audits and restocking for service stations",
        "Periodic audits of the spill kits at service stations: we check that each kit is complete, in date and within easy "
        "reach of the pumps, restock absorbents and refresh staff training, because daily drips at nozzles add up and old "
        "sites have been fined for groundwater contamination.",
    ),
    (
        "mRo158",
        "vi",
        "wash_eatsip",
        "Lắp hệ thống thu hồi nước lọc xoáy cho tiệm rửa xe",
        "Cải tạo tiệm rửa xe đang xả bỏ toàn bộ nước bằng hệ thống thu hồi lọc xoáy (cyclonic) nhiều cấp: gom nước từ sàn "
        "rửa, tách bùn cát, lọc bọt và dầu rồi cấp lại cho lượt rửa sau; chủ tiệm giảm mạnh tiền nước và phí thoát nước.",
    ),
    (
        "mRo159",
        "en",
        "wash_winenfood2",
        "Reclaimed-water programmes and customer messaging for car washes",
        "We design reclaim set-ups that reuse up to about 90% of wash water, treated so it is often softer and lower in "
        "abrasive minerals than tap water, and help operators explain to customers that reclaimed water does not scratch paint.",
    ),
]
