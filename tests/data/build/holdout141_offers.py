"""Offers for holdout141: (id, language, source key, title, description)."""

OFFERS = [
    # --- A: motorbike repair shops, fuel-injection scanners, ignition testing ---
    (
        "nMo001",
        "vi",
        "a_brixton",
        "Dịch vụ chẩn đoán và khắc phục lỗi phun xăng điện tử (EFI) cho xe máy",
        "Xưởng dịch vụ nhận kiểm tra toàn bộ hệ thống phun xăng điện tử trên xe máy đời mới: các cảm biến nhiệt độ, "
        "áp suất khí nạp, vị trí bướm ga gửi tín hiệu về ECU; bơm xăng, lọc xăng, kim phun. Xử lý các triệu chứng "
        "khó khởi động, tăng tốc ì, hao xăng, đèn báo lỗi sáng; tư vấn bảo dưỡng để tránh tái phát.",
    ),
    (
        "nMo002",
        "vi",
        "a_baoventd",
        "Chuyển giao quy trình nhận biết và kiểm tra lỗi FI xe máy cho thợ sửa xe",
        "Bộ tài liệu và buổi hướng dẫn tại tiệm giúp thợ nhận diện sớm lỗi hệ thống FI gồm ba khối: cảm biến, bộ điều "
        "khiển và cơ cấu chấp hành. Các dấu hiệu được hệ thống hóa: dễ chết máy, vòng tua không tải cao, không đạt tốc "
        "độ tối đa, yếu và khó khởi động; kèm trình tự kiểm tra cảm biến trước, cơ cấu chấp hành sau.",
    ),
    (
        "nMo003",
        "vi",
        "a_hocfi",
        "Bài giảng chẩn đoán hư hỏng hệ thống đánh lửa theo đèn Check Engine",
        "Học phần của trường kỹ thuật về chẩn đoán hệ thống đánh lửa điều khiển điện tử trên động cơ ô tô: ECU lưu mã "
        "hư hỏng không mất khi tắt khóa, đèn Check Engine tắt khi động cơ vượt khoảng 650 vòng/phút, đọc mã theo số "
        "lần nháy và quy trình chuẩn bị (điện áp ắc quy, giắc kiểm tra) trước khi lấy mã.",
    ),
    (
        "nMo004",
        "vi",
        "a_otohui",
        "Cung cấp máy chẩn đoán OBD-II và đầu đọc ELM327 kết nối điện thoại",
        "Đơn vị thiết bị ô tô cung cấp máy đọc lỗi OBD-II cầm tay và đầu đọc nhỏ ELM327/iOBD2 dùng bluetooth với ứng "
        "dụng điện thoại, kèm hướng dẫn tìm giắc chẩn đoán hình thang 16 chân dưới taplo, lấy mã, hiểu ý nghĩa mã và xóa "
        "lỗi. Áp dụng cho ô tô sản xuất từ 1996 trở về sau.",
    ),
    (
        "nMo005",
        "vi",
        "a_matcu",
        "Tư vấn chọn máy quét mã lỗi OBDII cho gara ô tô",
        "Nhà phân phối giới thiệu hai nhóm thiết bị: đầu đọc mã cơ bản giá vài trăm nghìn đồng chỉ quét và xóa lỗi phổ "
        "thông, và máy chẩn đoán chuyên sâu giá đến hàng chục triệu đồng có cập nhật mã theo hãng. Tư vấn gara chọn loại "
        "phù hợp dòng xe đang sửa.",
    ),
    (
        "nMo006",
        "en",
        "a_govur",
        "Motorcycle technician course: diagnosing faults with scan tools, multimeters and compression testers",
        "Certification-style training module for motorcycle technicians. Trainees learn to connect a diagnostic scan "
        "tool to the bike's ECU port, retrieve error codes and watch live data, use a multimeter on battery, charging "
        "and ignition circuits, and run cylinder compression tests to separate electrical from mechanical faults.",
    ),
    (
        "nMo007",
        "en",
        "a_mpn",
        "Code readers for fuel-injected scooters and powersports vehicles",
        "Supplier of handheld code readers that show the P-code stored by the engine computer; better units carry "
        "built-in troubleshooting notes. Includes help with manufacturer blink codes, e.g. two flashes on a Kymco "
        "scooter mapping to crankshaft position sensor code P0335, used together with the workshop manual.",
    ),
    (
        "nMo008",
        "en",
        "a_vf_moto",
        "Bluetooth OBD adapter and diagnostic app kit for motorcycles",
        "Kit made of a small adapter that plugs into the motorcycle's diagnostic port (often under the seat or near the "
        "battery) and translates signals to Bluetooth or Wi-Fi, plus software for phone or laptop that turns fault "
        "codes into plain-language descriptions and shows live sensor data.",
    ),
    (
        "nMo009",
        "en",
        "a_sophie",
        "Equipment package for motorcycle fuel-injection workshops",
        "Consultancy and supply package for shops servicing injected motorbikes: scan tools that read trouble codes "
        "and stream engine temperature, fuel pressure and sensor values; multimeters for checking wiring, sensors and "
        "actuators such as throttle position sensor voltage; and guidance on interpreting codes rather than swapping parts.",
    ),
    (
        "nMo010",
        "vi",
        "a_ict",
        "Khóa thực hành kiểm tra bobine và tín hiệu đánh lửa IGT/IGF",
        "Bài thực hành tại xưởng trường: xác định chân nguồn, mass, IGF (khoảng 5 V) và IGT của bobine bằng đồng hồ vạn "
        "năng, dùng đèn LED kiểm tra xung IGT khi quay máy, tháo bobine đo điện trở cuộn sơ cấp (dưới 2 Ω) và thứ cấp "
        "(6–30 kΩ), kiểm tra bugi bằng mega ôm kế (trên 10 MΩ).",
    ),
    (
        "nMo011",
        "vi",
        "a_longthanhdat",
        "Kiểm tra, sửa chữa và thay IC (hộp đen ECU) xe máy chính hãng",
        "Hệ thống cửa hàng chính hãng nhận kiểm tra IC xe máy – bộ điều khiển đánh lửa, bơm nhiên liệu và hệ thống điện "
        "trên cả xe số và xe ga. Xác định IC hỏng hay lỗi ở bộ phận khác trước khi thay, cung cấp IC đúng đời xe.",
    ),
    (
        "nMo012",
        "en",
        "a_bigbike",
        "12-step motorcycle ignition coil testing procedure and training",
        "Step-by-step procedure taught to workshop staff: safety and battery checks first, locate and inspect the coil, "
        "disconnect plug wires, read primary and secondary resistance, test for open and short circuits, inspect plug "
        "leads, then verify spark at the plugs with a plug-wire tester and a digital multimeter.",
    ),
    (
        "nMo013",
        "en",
        "a_engfix_coil",
        "Ignition coil resistance testing service for motorcycles",
        "Bench testing of motorcycle coils: negative battery cable disconnected, primary winding measured on the lowest "
        "ohm range and secondary winding on the kilo-ohm range with a digital multimeter, results compared with the "
        "service-manual values to confirm a faulty coil behind misfires or no-start.",
    ),
    (
        "nMo014",
        "en",
        "a_dragonfly",
        "CDI and stator troubleshooting for small motorcycles",
        "Diagnostic routine for capacitive-discharge ignitions: spark check with a new plug held to the head, stator "
        "output measured with an AC voltmeter (about 25–50 V while kicking over, CDI disconnected), clean ground "
        "contact, and a total-circuit test of the CDI unit; explains weak magnetos on high-compression engines.",
    ),
    (
        "nMo015",
        "en",
        "a_popmech",
        "Inline spark tester for fast no-spark diagnosis",
        "Tool distributor offers a simple inline spark tester fitted between coil and plug with a short high-voltage "
        "jumper; it flashes when spark is present while cranking, works on distributorless ignitions, and avoids the "
        "shock risk of holding a plug lead by hand.",
    ),
    (
        "nMo016",
        "en",
        "a_ucars",
        "Ultrasonic fuel injector cleaning service",
        "Workshop service for clogged injectors that additives cannot clear: injectors removed from the fuel rail and "
        "cleaned in an ultrasonic bath to restore atomisation, curing misfire, rough idle, stalling, slow acceleration "
        "and high emissions.",
    ),
    (
        "nMo017",
        "en",
        "a_flowbench",
        "Plans for a PC-based fuel injector testing and cleaning bench",
        "Engineering article series with build plans for an injector flow bench controlled from a PC, costing as "
        "little as about USD 200 in parts, that measures and records injector flow and response so injectors can be "
        "tested, cleaned and matched.",
    ),
    (
        "nMo018",
        "en",
        "a_patent_inj",
        "Licence: dual-mode fuel injector testing device",
        "Patent application (US20260117733A1) for an injector tester with a manual mode using graduated cylinders, "
        "which also serve for calibration, and an automatic mode using two flow meters for maximum and minimum delivery; "
        "it also computes injector opening latency from energising time to detected flow. Open to licensing.",
    ),
    (
        "nMo019",
        "vi",
        "a_shsaigon",
        "Vệ sinh họng xăng và kim phun xe máy tay ga định kỳ",
        "Cửa hàng dịch vụ xe tay ga nhận vệ sinh họng xăng (bướm ga) và kim phun bám cặn, muội than – nguyên nhân hụt ga, "
        "rung máy, tốn xăng, phản hồi ga chậm. Khuyến nghị làm mỗi 10.000–15.000 km hoặc 6–12 tháng tùy điều kiện chạy.",
    ),
    (
        "nMo020",
        "vi",
        "a_autospeedy_kp",
        "Kiểm tra và vệ sinh kim phun xăng điện tử ô tô",
        "Gara ô tô giới thiệu quy trình kiểm tra kim phun (van điện từ do ECU điều khiển): đo lưu lượng, quan sát tia "
        "phun, phát hiện rò rỉ, tắc cặn và vệ sinh định kỳ khoảng 20.000–40.000 km để giữ công suất, giảm hao nhiên liệu "
        "và khí thải.",
    ),
    (
        "nMo021",
        "vi",
        "a_pxdt",
        "Mô hình thí nghiệm phun xăng điện tử kèm bài thực hành đọc mã lỗi",
        "Bộ bài thí nghiệm trên mô hình động cơ Toyota 5S-FE cho cơ sở đào tạo: nối tắt cực TE1–E1 của giắc kiểm tra để "
        "đèn báo nháy mã (khoảng dừng 0,5 s, 1,5 s, 2,5 s), tra bảng mã tìm vùng hư hỏng và bài xây dựng quan hệ tín hiệu "
        "giữa các cảm biến qua hệ thống chẩn đoán.",
    ),
    (
        "nMo022",
        "vi",
        "a_esa",
        "Giáo trình thực tập động cơ xăng: hệ thống đánh lửa sớm điện tử (ESA)",
        "Tài liệu thực tập cho trường nghề về đánh lửa sớm điện tử: yêu cầu tia lửa mạnh, đúng thời điểm ở mọi tốc độ và "
        "tải; áp suất cháy cực đại sau điểm chết trên 10–15°; vai trò cảm biến và ECU trong hiệu chỉnh góc đánh lửa; "
        "so sánh với đánh lửa transistor dùng lò xo ly tâm và chân không.",
    ),
    (
        "nMo023",
        "vi",
        "a_hocsuaxe",
        "Giải pháp chống trộm IC cho xe tay ga Lead, SCR",
        "Cửa hàng phụ kiện giới thiệu cách bảo vệ ECM (IC) trên xe Lead, SCR vốn bị kẻ gian tháo trộm trong 30 giây đến "
        "vài phút để bán lại 1,5–2 triệu đồng: lắp khóa, ốp che và vị trí đặt IC khó tiếp cận.",
    ),
    (
        "nMo024",
        "vi",
        "a_voz",
        "Dịch vụ kỹ sư thiết kế module điện tử và ECU cho nhà sản xuất ô tô",
        "Nhóm kỹ sư có kinh nghiệm làm cho nhà cung cấp và hãng xe nhận viết đặc tả chức năng, thiết kế chi tiết module "
        "(số cổng vào/ra của chip ECU, tín hiệu điều khiển, giao tiếp giữa các ECU) theo danh sách chức năng xe do kỹ sư "
        "trưởng quản lý.",
    ),
    (
        "nMo025",
        "en",
        "a_lawnmower",
        "Ignition coil testing for lawn mower and small air-cooled engines",
        "Small-engine service tip sheet: measure the secondary circuit from plug terminal to lamination stack (about "
        "2,500–5,000 ohms), isolate the coil from the equipment harness and use a spark tester at 250 rpm or more before "
        "replacing a Briggs-type armature coil.",
    ),
    (
        "nMo026",
        "en",
        "a_verydays",
        "Ignition coil check for older distributor-type cars",
        "Garage guide for classic cars with distributors: spark check from the coil lead, 6 or 12 V at the coil positive "
        "terminal, primary resistance about 0.4–0.6 ohm and secondary about 5,000–7,200 ohm measured with a multimeter.",
    ),
    (
        "nMo027",
        "en",
        "a_diesel",
        "Diesel fuel injection pump test stand",
        "Calibrated test stand for diesel injection systems that simulates engine conditions by controlling pressure, "
        "timing and delivery volume, for workshops servicing diesel engines' injection pumps and injectors.",
    ),
    # --- B: car garages, body repair, spray booths with fume extraction ---
    (
        "nMo028",
        "en",
        "b_dynavac",
        "Automotive paint booths run at negative pressure with overspray exhaust filters",
        "Manufacturer of paint booths and paint rooms designed to run slightly below surrounding pressure so paint mist "
        "cannot escape into the workshop, with exhaust filters (overspray arrestors) catching coating particles before "
        "the large exhaust air volume leaves the building.",
    ),
    (
        "nMo029",
        "en",
        "b_vf_booth",
        "Spray booth ventilation design consulting for body shops",
        "Consultant with long body-shop experience designs booth airflow end to end: sealed, well-filtered intake so "
        "dusty shop air is not pulled over wet clear coat, balanced exhaust fans, and continuous controlled air movement "
        "for finish quality, painter health and regulatory compliance.",
    ),
    (
        "nMo030",
        "en",
        "b_tridomain",
        "Multi-stage paint booth exhaust filters, including activated carbon for VOCs",
        "Filter maker offering progressive exhaust filtration for automotive finishing: synthetic pre-filters for coarse "
        "overspray, fiberglass or cellulose main media, tackified media for sub-micron particles and activated carbon "
        "stages that adsorb VOCs and odours; selection by efficiency, pressure drop and service life.",
    ),
    (
        "nMo031",
        "en",
        "b_aerem",
        "Intake and exhaust filters matched to cross-draft or downdraft booths",
        "Supplier of spray booth filters: intake filters placed before the fan to clean incoming air, and exhaust filters "
        "at the fan end that stop paint mist and vapours leaving the booth; filters specified for the booth type because "
        "a cross-draft filter will not work in a downdraft booth.",
    ),
    (
        "nMo032",
        "en",
        "b_tweko",
        "Paint booths with multi-stage air filtration for spraying and drying",
        "Booth manufacturer offering pre-filtration of incoming and recirculated air in classes G2–G4, a main ceiling "
        "filter stage and filtration during forced hot-air drying, removing dust, paint mist and solvent vapour to avoid "
        "finish defects and explosive concentrations.",
    ),
    (
        "nMo033",
        "en",
        "b_fenderbender",
        "Spray booth performance audit and maintenance programme",
        "Service that reviews cross-draft and downdraft booths for make-up air matching the exhaust fan draw, lighting, "
        "filter quality and replacement, and sets up an in-house maintenance schedule so dirt stops spoiling refinish work.",
    ),
    (
        "nMo034",
        "en",
        "b_finishing",
        "Paint booth training modules for refinish technicians",
        "Online academy modules on booth components: working chamber sized 5–6 ft larger than the largest vehicle, "
        "dry-filter exhaust (pads or bulk media) versus water-wash curtains, exhaust plenum, intake and air make-up units.",
    ),
    (
        "nMo035",
        "vi",
        "b_quathut",
        "Quạt hút phòng sơn ô tô chống cháy nổ, tạo áp âm, dẫn khí qua than hoạt tính",
        "Đơn vị vật tư công nghiệp cung cấp quạt hút cho phòng sơn ô tô: tạo áp suất âm để hút hơi dung môi (toluen, "
        "xylen, acetone…) khỏi vùng phun và sấy, dẫn qua bộ lọc than hoạt tính hoặc tháp hấp phụ trước khi xả, giảm tích tụ "
        "hơi dễ cháy và giúp đạt QCVN.",
    ),
    (
        "nMo036",
        "vi",
        "b_cokhimt",
        "Thi công hệ thống xử lý khí thải xưởng sơn",
        "Công ty cơ khí môi trường thiết kế, thi công hệ thống cho phòng sơn: khí thải qua màng nước xử lý sơ bộ, chụp hút "
        "và quạt đưa vào tháp hai cấp gồm vật liệu hấp phụ và lớp than hoạt tính, loại khoảng 80% ô nhiễm, khí sau xử lý đạt "
        "quy chuẩn xả thải.",
    ),
    (
        "nMo037",
        "vi",
        "b_etek_voc",
        "Giải pháp xử lý khí thải VOC cho nhà máy sơn và hóa chất",
        "Nhà thầu môi trường cung cấp công nghệ hấp phụ than hoạt tính (800–1.500 m²/g) và đốt xúc tác cho khí thải "
        "phun sơn, sấy, pha dung môi tại nhà máy; mục tiêu tổng VOC dưới 100 mg/Nm³ theo QCVN 19:2009/BTNMT.",
    ),
    (
        "nMo038",
        "vi",
        "b_hongthai_son",
        "Tư vấn xử lý hơi dung môi phun sơn",
        "Công ty môi trường khảo sát và đề xuất phương án xử lý hơi dung môi phát sinh khi phun sơn gốc dầu, epoxy "
        "(toluen, xylen, acetone, MEK, IPA): hút thu gom, hấp phụ, lưu ý an toàn cháy nổ và bảo vệ sức khỏe thợ sơn.",
    ),
    (
        "nMo039",
        "en",
        "b_frame_gfs",
        "Body straightening equipment: floor systems, benches and racks",
        "Equipment range for holding, measuring and pulling collision-damaged vehicles back to factory specification: "
        "in-floor anchoring with portable pullers, benches, and drive-on racks with hydraulic posts; about 4 tons of "
        "force for unibody cars and up to 20 tons for full-frame trucks and vans; training and service included.",
    ),
    (
        "nMo040",
        "en",
        "b_bench",
        "Autobody car benches (frame racks) and set-up training",
        "Supplier of frame benches that clamp a damaged vehicle rigidly while controlled force restores its geometry, "
        "so panels fit, wheels align and crash safety is recovered; includes instruction on reading hidden structural damage.",
    ),
    (
        "nMo041",
        "en",
        "b_bsb_straight",
        "Panel and body straightening technique training",
        "Workshop course by a veteran body technician: plan the first ten minutes of each job, push dents out with a "
        "4-ton hydraulic ram, rubber pad and wood block instead of hammering, and minimise new damage to the metal.",
    ),
    (
        "nMo042",
        "en",
        "b_patent_bench",
        "Licence: PLC-controlled vehicle straightening bench",
        "Patented straightening bench with a vehicle platform and carriage track, carriage assemblies carrying pulling "
        "towers with positioning and locking mechanisms, a force arm sharing the pulling load, and two hydraulic pumps "
        "for front and rear lifts, all run by a PLC with remote control.",
    ),
    (
        "nMo043",
        "en",
        "b_thedrive",
        "Stud-weld dent puller system for collision repair",
        "Tool supplier demonstrates a dent repair kit that spot-welds key-shaped tabs along a crease, threads a rod "
        "through them and pulls the panel out with a puller, then levels with a hammer and twists the tabs off.",
    ),
    (
        "nMo044",
        "en",
        "b_dust_bsb",
        "Central dust extraction system for body and paint shops",
        "Central vacuum unit piped to drops around the shop: sanders and MIG fume-extraction guns plug in, capturing "
        "roughly 90 percent or more of sanding dust at source, extending sandpaper life by about 30 percent and keeping "
        "the whole shop, paint area and office cleaner.",
    ),
    (
        "nMo045",
        "en",
        "b_3m_dust",
        "Mobile dust extractor sanding system for collision repair",
        "Sanding system with a mobile extractor that collects dust as it is produced, keeping particles off fresh "
        "paint and out of the air; helps keep paint and metal dust (which may contain lead or chromium) below "
        "occupational exposure limits.",
    ),
    (
        "nMo046",
        "en",
        "b_mixroom",
        "Ventilated paint mixing rooms for spray shops",
        "Booth maker supplies enclosed mixing rooms attached to the paint booth, with ventilation to protect workers "
        "from isocyanates in paints, a leading cause of occupational asthma, and to keep the mixing area clean.",
    ),
    (
        "nMo047",
        "en",
        "b_waterborne_mass",
        "Assistance converting body shops to waterborne paint",
        "Technical assistance programme for switching to water-based paint: lower VOC emissions and better shop air, "
        "improved colour matching, lower flammability and possibly insurance cost, less overspray and higher transfer "
        "efficiency, and easier, less toxic gun washing.",
    ),
    (
        "nMo048",
        "en",
        "b_bsb_lowvoc",
        "Low-VOC solventborne and waterborne refinish systems with conversion training",
        "Paint suppliers offer low-VOC solvent-based systems as drop-in products and waterborne systems with conversion "
        "training and drying equipment at several budgets, meeting basecoat limits such as the EPA 3.5 lb/gal level.",
    ),
    (
        "nMo049",
        "en",
        "b_prep",
        "Design of paint preparation rooms and grinding stations",
        "Booth manufacturer designs two separate zones: a prep room for fine sanding, masking and priming with "
        "high-velocity airflow into dust extraction and curtains against cross-contamination, and a grinding station "
        "built for sparks, metal shavings and slag.",
    ),
    (
        "nMo050",
        "vi",
        "b_vietbao_ngap",
        "Dịch vụ phục hồi ô tô ngập nước",
        "Gara nhận phục hồi xe ngập: hạ máy kiểm tra động cơ, dọn bùn, làm lại nội thất, xử lý hệ thống điện bị oxy hóa và "
        "chập mạch; khuyến cáo chủ xe không khởi động khi xe còn ngập bùn nước. Chi phí với xe sang có thể hàng trăm triệu.",
    ),
    (
        "nMo051",
        "vi",
        "b_etek_powder",
        "Dây chuyền sơn tĩnh điện cho nhà máy sản xuất",
        "Nhà cung cấp dây chuyền sơn bột tĩnh điện công nghiệp và tư vấn vận hành: giữ độ ẩm 40–55% RH, kiểm soát nhiệt "
        "độ sấy, kích thước hạt bột, điện áp phun để giảm lỗi chấm kim, rỗ bề mặt và sai màu.",
    ),
    (
        "nMo052",
        "vi",
        "b_autospeedy_bom",
        "Bơm điện chống cháy nổ cho hệ thống nhiên liệu",
        "Gara giới thiệu các loại bơm điện chống cháy nổ dùng trong môi trường xăng, dầu diesel và hơi nhiên liệu: hạn chế "
        "tia lửa từ chổi than, động cơ kín, vật liệu phù hợp.",
    ),
    (
        "nMo053",
        "vi",
        "b_gteco",
        "Giải pháp xử lý khí thải VOCs cho ngành sản xuất sơn và mực in",
        "Công ty môi trường cung cấp công nghệ xử lý VOCs (toluen, xylen, acetone) phát sinh từ pha trộn, tráng phủ, sấy "
        "trong nhà máy sản xuất sơn và mực in.",
    ),
    (
        "nMo054",
        "en",
        "b_hapixyz",
        "Inflatable portable paint booths",
        "Seller of inflatable paint booths for hobby and mobile painting, advising that ventilation runs during and "
        "after spraying and that exhausted air is not recirculated.",
    ),
    (
        "nMo055",
        "en",
        "b_speedyauto",
        "Water-based custom graphics paint for hobby builds",
        "Custom-paint brand offering water-based airbrush colours with a base VOC level around 0.1 percent, used for "
        "graphics and show-truck paint jobs, with an optional reducer for better flow.",
    ),
    # --- C: tyre repair, tyre changers, wheel balancing, alignment, retreading ---
    (
        "nMo056",
        "vi",
        "c_saigonxehoi",
        "Vá lốp không săm ô tô theo đúng kỹ thuật",
        "Gara ô tô nhận vá lốp không săm (lớp màng Halobutyl bên trong giữ hơi) bằng nhiều phương pháp: nút vá nhanh từ "
        "ngoài, miếng vá dán từ trong sau khi tháo lốp, vá nấm kết hợp; tư vấn khi nào vá được và khi nào phải thay lốp.",
    ),
    (
        "nMo057",
        "en",
        "c_engfix_plug",
        "Tubeless tyre repair training: when to plug and when to patch",
        "Short course for tyre-shop staff: find leaks by rotating the tyre and using soapy water (bubbles at tread, bead "
        "or valve), remove the object, plug tread punctures, and patch from the inside when a lasting repair is needed.",
    ),
    (
        "nMo058",
        "en",
        "c_carrepairon",
        "Tubeless puncture repair kits and sealant supply",
        "Distributor of tubeless repair kits for car and motorbike tyres: rubberised plug strips, reaming tool, split-eye "
        "insertion tool and cutter, with sealant and portable inflators; guidance on plug versus patch and when to send "
        "the tyre to a professional.",
    ),
    (
        "nMo059",
        "vi",
        "c_lopxebd",
        "Vá lốp lưu động 24/7 cho xe tải và xe container",
        "Đội cứu hộ lốp lưu động phục vụ suốt ngày đêm cho xe tải, đầu kéo, container: vá, thay lốp tại chỗ, kiểm tra áp "
        "suất và độ mòn; tư vấn chọn lốp, sử dụng và bảo dưỡng để giảm nổ lốp, tiết kiệm nhiên liệu.",
    ),
    (
        "nMo060",
        "en",
        "c_infobarrel",
        "Dynamic digital wheel balancers and rim-safe tyre changers",
        "Equipment dealer offering dynamic digital wheel balancers that spin the wheel at hundreds of rpm and show where "
        "to place weights, instead of static bubble balancers, plus mechanical tyre changers with rim-guard heads that "
        "protect expensive alloys.",
    ),
    (
        "nMo061",
        "en",
        "c_isp",
        "Automatic wheel balancer and tyre changers for car and motorcycle wheels",
        "Workshop equipment supplier: semi-automatic and automatic tyre changers with leverless head and run-flat "
        "adapter, and an automatic balancer for car and motorcycle wheels accurate to about 1 gram, with static and "
        "dynamic balancing modes.",
    ),
    (
        "nMo062",
        "en",
        "c_autorepman",
        "Corghi tyre changers and balancers, including heavy-duty truck and motorcycle wheels",
        "Distributor of Corghi and McCourt equipment: economy balancers for small repair shops, professional changers "
        "for tyre specialists, a heavy-duty changer for trucks, and models able to change and balance motorcycle wheels; "
        "jacks, stands and impact tools available.",
    ),
    (
        "nMo063",
        "vi",
        "c_lopviet",
        "Dịch vụ cân bằng động bánh xe ô tô",
        "Trung tâm lốp nhận cân bằng động (điều chỉnh phân bố khối lượng mâm và lốp) khi thay lốp mới, vá lốp, đảo lốp, khi "
        "vô lăng rung ở 60–80 km/h hoặc sau va ổ gà; giảm mòn lốp lệch, hỏng bạc đạn, rô tuyn và hao nhiên liệu.",
    ),
    (
        "nMo064",
        "vi",
        "c_procar",
        "Cân chỉnh góc lái và cân bằng động bánh xe",
        "Gara chuyên gầm phân biệt và thực hiện cả hai dịch vụ: cân chỉnh góc đặt bánh xe để xe chạy thẳng, lốp mòn đều; "
        "cân bằng động để bánh không rung ở tốc độ cao; khuyến nghị thời điểm làm theo dấu hiệu lệch lái, mòn lốp.",
    ),
    (
        "nMo065",
        "vi",
        "c_toyotahd",
        "Căn chỉnh độ chụm và góc đặt bánh xe bằng máy",
        "Xưởng dịch vụ đại lý đo và đưa các góc Camber, Caster, độ chụm (Toe-in), độ nghiêng trụ lái (SAI) và góc đẩy "
        "(Thrust angle) về thông số nhà sản xuất, khắc phục lốp mòn côn, vô lăng lệch và cướp lái do mòn cơ cấu lái.",
    ),
    (
        "nMo066",
        "en",
        "c_austafrica",
        "Precured tyre retreading plant and retreading services",
        "Retreading plant offering truck and fleet retreads and the process know-how: casing inspection with "
        "non-destructive equipment, repair, high-speed buffing to exact diameter, cushion gum, precured tread "
        "building and autoclave curing at a low 104 °C to avoid heat damage.",
    ),
    (
        "nMo067",
        "en",
        "c_cncbul",
        "Turnkey tyre retreading plant supply",
        "Supplier of retreading plants covering casing inspection, mechanical buffing, building new tread rubber, "
        "curing in a heated and pressurised chamber and final inspection, so fleets reuse sound casings at lower cost.",
    ),
    (
        "nMo068",
        "en",
        "c_dhtire",
        "Hot-cap and cold-cap retreading technology transfer",
        "Korean retreader shares its process: casing collection and manual, mechanical and computer inspection; buffing; "
        "hot-cap building and mould curing, or cold-cap building with precured tread and chamber curing; high-pressure test.",
    ),
    (
        "nMo069",
        "en",
        "c_toptyre",
        "Tyre retreading service for truck and bus fleets",
        "Retread service: tactile and visual casing inspection, buffing with revolving rasps to restore dimensions and "
        "balance (buffing residue extracted by fans into hoppers for recycling), skiving and filling, precured tread "
        "building and curing.",
    ),
    (
        "nMo070",
        "en",
        "c_tehnoprofil",
        "Ten-step retreading line with computerised buffing",
        "Retreading technology in ten steps: preliminary inspection with casing tracking card, computerised buffing, "
        "repair and trimming, cementing, filling with raw rubber by hand extruder, tread application and curing; casings "
        "move on an overhead monorail to keep them clean.",
    ),
    (
        "nMo071",
        "vi",
        "c_quangbinh",
        "Chuyển giao công nghệ tái tạo (đắp) lốp xe tải, xe buýt",
        "Giới thiệu công nghệ làm mới bề mặt lốp mòn của xe tải, xe buýt: kiểm tra thành và mặt lốp, vá lỗ thủng, mài phẳng "
        "sạch, dán dải cao su có sẵn rãnh gai bằng máy tự động, cân chỉnh và ép chặt; lốp tái tạo đạt chuẩn được dùng phổ "
        "biến ở châu Âu, Mỹ.",
    ),
    (
        "nMo072",
        "vi",
        "c_bridgestone",
        "Giải pháp tái chế lốp xe cũ thành hạt và bột cao su",
        "Hãng lốp chia sẻ quy trình tái chế: thu gom phân loại, loại bỏ tanh thép, nghiền thường hoặc nghiền đông lạnh bằng "
        "nitơ lỏng, sàng tách cao su; ứng dụng làm đường, bê tông nhẹ, hạt cao su sân cỏ nhân tạo, gạch lát, dầu từ lốp.",
    ),
    (
        "nMo073",
        "vi",
        "c_lopotocu",
        "Quy trình tái chế lốp ô tô cũ 5 bước",
        "Đơn vị thu mua lốp cũ giới thiệu quy trình: thu gom từ gara và bãi thải, phân loại theo cỡ và chất liệu, loại bỏ "
        "đinh đá kim loại, băm nhỏ bằng máy nghiền công nghiệp thành mảnh đều, chế biến thành sản phẩm cao su tái chế.",
    ),
    (
        "nMo074",
        "en",
        "c_yuxi",
        "Waste tyre recycling lines for rubber powder and reclaimed rubber",
        "Equipment maker offering lines that shred waste tyres, separate steel wire and grind rubber into powder of "
        "different fineness for sports tracks and modified asphalt, or process it into reclaimed rubber for floor tiles, "
        "speed bumps and soles.",
    ),
    (
        "nMo075",
        "vi",
        "c_sieuthilop",
        "Cung cấp lốp xe tải và dịch vụ thay lốp xe tải nhanh",
        "Siêu thị lốp phân phối lốp xe tải, ben, container, đầu kéo của nhiều thương hiệu và thực hiện quy trình thay lốp "
        "xe tải nhanh, đúng kỹ thuật; tư vấn chọn lốp theo tải trọng và địa hình.",
    ),
    (
        "nMo076",
        "vi",
        "c_composite",
        "Nghiên cứu vật liệu composite có phủ mặt từ vỏ bánh xe phế liệu",
        "Đề tài thạc sĩ kỹ thuật tại trường đại học lâm nghiệp thử nghiệm tạo tấm composite phủ mặt sử dụng vỏ bánh xe phế "
        "liệu, mở hướng tận dụng lốp thải làm vật liệu xây dựng, nội thất.",
    ),
    (
        "nMo077",
        "vi",
        "c_casumina",
        "Lốp ô tô tải radial toàn thép sản xuất trong nước",
        "Nhà máy lốp radial toàn thép hiện đại tại Bình Dương, công suất 1 triệu lốp/năm, vốn 3.380 tỷ đồng, cung cấp lốp "
        "xe tải mới cho thị trường trong nước và xuất khẩu.",
    ),
    (
        "nMo078",
        "vi",
        "c_cofo",
        "Dự án nhà máy lốp ô tô radial tại Thanh Hóa",
        "Nhà máy lốp radial 63,7 triệu USD trên 24,3 ha, công suất trên 960.000 lốp/năm gồm dây chuyền lốp bán thép xe "
        "con và lốp toàn thép xe tải, xe khách; tìm đại lý phân phối.",
    ),
    (
        "nMo079",
        "vi",
        "c_caosuviet",
        "Bọc lại cao su, PU cho bánh xe công nghiệp trên lõi cũ",
        "Xưởng cao su nhận bọc lớp cao su hoặc PU mới lên lõi bánh xe đẩy, xe nâng, con lăn đã mòn, lão hóa để tiết kiệm chi phí.",
    ),
    (
        "nMo080",
        "vi",
        "c_musoche",
        "Quy trình chế biến mủ cao su thiên nhiên",
        "Tư vấn kỹ thuật cho cơ sở sơ chế mủ: cạo mủ sáng sớm, chống đông bằng amoniac hoặc natri sulfit, đông tụ, cán, "
        "rửa, sấy và đóng gói cao su thiên nhiên đạt chuẩn.",
    ),
    (
        "nMo081",
        "en",
        "c_bikeradar",
        "Tubeless bicycle tyre repair: plugs, patches and sewing",
        "Cycling workshop guide and kits for tubeless bike tyres: sealant refresh, plug tools and strips, stick-on "
        "patches and sewing large sidewall cuts, plus rim tape replacement.",
    ),
    # --- D: lead-acid and lithium vehicle batteries: testing, charging, recycling ---
    (
        "nMo082",
        "vi",
        "d_mqs",
        "Mô hình thu gom và tái chế ắc quy chì đáp ứng trách nhiệm nhà sản xuất (EPR)",
        "Giải pháp tư vấn xây dựng mạng lưới thu gom ắc quy chì đã qua sử dụng theo kinh nghiệm Mỹ (khoảng 300.000 điểm "
        "thu gom, tỷ lệ tái chế 99% giai đoạn 2011–2021), giúp doanh nghiệp đạt tỷ lệ tái chế tối thiểu 12% theo EPR áp "
        "dụng từ 2024 và tăng dần theo lộ trình.",
    ),
    (
        "nMo083",
        "vi",
        "d_xevinfast",
        "Công nghệ tái chế ắc quy chì – axit",
        "Giới thiệu hai phương pháp tái chế: phân loại bình, bình còn dùng được đưa phục hồi; bình hỏng được chiết axit "
        "để lọc tái sử dụng, tách nắp, rửa, tách bản cực chì và vỏ nhựa để xử lý riêng tại nhà máy thu hồi.",
    ),
    (
        "nMo084",
        "vi",
        "d_phuchoi",
        "Hướng dẫn thu gom, xử lý an toàn ắc quy và pin lithium",
        "Tài liệu phổ biến cho cửa hàng: không bỏ pin vào rác sinh hoạt, đưa đến điểm thu hồi; dán băng dính cực pin "
        "lithium hoặc để túi riêng chống chập; không đốt, không nghiền; ắc quy chì được tháo rời tái chế gần như hoàn toàn.",
    ),
    (
        "nMo085",
        "vi",
        "d_dongkhanh",
        "Thu mua ắc quy cũ và tái chế theo công nghệ hiện đại",
        "Doanh nghiệp ắc quy nhận thu mua bình cũ từ đại lý, gara và đưa vào quy trình tái chế an toàn, từ thủ công đến tự "
        "động hóa, thu hồi chì, axit, nhựa, hạn chế phát tán chất độc ra môi trường.",
    ),
    (
        "nMo086",
        "en",
        "d_studymode",
        "Lead-acid battery breaking, separation and smelting technology",
        "Process package for battery recyclers: drain acid to a purpose-built effluent plant, break batteries in a "
        "hammer mill, separate lead, plastic and acid by density in water tanks, smelt the lead paste with fluxes and "
        "reductants, filter furnace off-gas and refine to commercial lead.",
    ),
    (
        "nMo087",
        "en",
        "d_huizhong",
        "Take-back of used lead-acid batteries from repair shops and retailers",
        "Battery manufacturer runs collection from automotive repair shops, battery retailers and recycling centres, "
        "transport to a licensed facility, breaking and sorting, lead smelting, plastic recycling and acid neutralisation.",
    ),
    (
        "nMo088",
        "en",
        "d_ezb",
        "Safer recovery programme for informal used-battery recyclers",
        "Guidance and training on the hazards of informal ULAB reconditioning and lead recovery in fast-growing cities: "
        "lead dust and fumes, soil contamination, acute poisoning, and moving operators towards regulated recycling "
        "under the Basel Convention framework.",
    ),
    (
        "nMo089",
        "en",
        "d_li_recyc",
        "Hydrometallurgical and direct recycling of lithium-ion batteries",
        "Research centre (Hydro-Québec CETEES with McGill) offers partnership on recycling processes for EV lithium-ion "
        "batteries: sulfate-based leaching as the large-scale hydrometallurgical route and direct cathode recycling, "
        "replacing more polluting pyrometallurgy.",
    ),
    (
        "nMo090",
        "vi",
        "d_cca",
        "Dịch vụ kiểm tra chỉ số CCA của ắc quy tại trung tâm",
        "Trung tâm ắc quy kiểm tra khả năng khởi động nguội (CCA – dòng 12 V cấp trong 30 giây ở nhiệt độ thấp) bằng "
        "thiết bị chuyên dụng, so với định mức trên nhãn để biết bình còn tốt, yếu hay cần thay.",
    ),
    (
        "nMo091",
        "vi",
        "d_giaphat",
        "Kiểm tra tình trạng ắc quy ô tô tận nơi",
        "Đơn vị ắc quy hướng dẫn và thực hiện kiểm tra bình: quan sát mắt thần, đo bằng đồng hồ điện tử và vôn kế, phát "
        "hiện cọc sùi bột trắng, vỏ phồng, mùi trứng thối, dung dịch rò rỉ; xác định bình còn tốt, yếu hay hỏng.",
    ),
    (
        "nMo092",
        "vi",
        "d_propow",
        "Máy kiểm tra tải ắc quy và quy trình đo dòng khởi động",
        "Nhà sản xuất pin hướng dẫn dùng máy kiểm tra tải: sạc đầy (trên 12,4 V), đặt tải theo CCA hoặc CA trên nhãn, chạy "
        "khoảng 10 giây; bình giữ từ 9,6 V trở lên là đạt. Phân biệt CA (0 °C) và CCA (−18 °C).",
    ),
    (
        "nMo093",
        "vi",
        "d_noitro",
        "Đo nội trở ắc quy để quyết định thời điểm thay",
        "Cửa hàng ắc quy đo nội trở (Ω) – chỉ số phản ánh sức khỏe bình: nội trở thấp cấp dòng tốt, nội trở cao báo bình "
        "xuống cấp, sụt áp khi có tải; tư vấn ngưỡng thay và dịch vụ thay bình.",
    ),
    (
        "nMo094",
        "vi",
        "d_epu",
        "Nghiên cứu thiết bị giám sát nội trở accu",
        "Nhóm nghiên cứu trường đại học điện lực phát triển bộ giám sát so sánh nội trở accu với ngưỡng cho phép; khi nội "
        "trở tăng do ăn mòn bản cực, mất dung dịch thì phát cảnh báo bảo dưỡng.",
    ),
    (
        "nMo095",
        "en",
        "d_midtronics",
        "Conductance battery testers for workshops",
        "Manufacturer of conductance testers that probe the battery with a small AC signal to judge state of health "
        "without high-current discharge; compared with the BCI load test (half the CCA for 15 s, not below 9.6 V at "
        "70 °F) it is faster, safer and leaves the battery charged; also detects shorts and open cells.",
    ),
    (
        "nMo096",
        "en",
        "d_rotronics",
        "Vehicle battery testers and workshop testing know-how",
        "Battery management company supplies testers and explains the main workshop tests: conductance/internal "
        "resistance at a single AC frequency, and what rising resistance means – sulphation, grid corrosion from heat or "
        "overcharging, and active material shedding from vibration.",
    ),
    (
        "nMo097",
        "en",
        "d_engfix_tester",
        "Guide to choosing a car battery tester",
        "Technical guide comparing multimeters (open-circuit voltage, 12.6 V when full, fooled by surface charge), "
        "carbon-pile load testers (half CCA for about 15 s, bulky, need cool-down) and handheld digital conductance testers.",
    ),
    (
        "nMo098",
        "en",
        "d_desulf",
        "Desulfation pulse charging and equalising service for lead-acid batteries",
        "Service restoring sulphated lead-acid batteries with a high-frequency pulse desulfation charger, or a controlled "
        "equalising charge at about 15–16 V for a 12 V battery with voltage and temperature monitoring.",
    ),
    (
        "nMo099",
        "en",
        "d_tystor",
        "Battery chargers with a reconditioning (pulse) function",
        "Charger maker explains that deep or prolonged discharge forms coarse sulphate crystals, and offers chargers whose "
        "Recond mode outputs pulse trains to slowly dissolve them and recover the battery.",
    ),
    (
        "nMo100",
        "en",
        "d_pulse",
        "DIY pulse charger add-on for reviving lead-acid batteries",
        "Circuit design (4060 counter/oscillator and 555 timer) added to an old transformer charger with a rugged bridge "
        "rectifier to pulse-charge sulphated batteries that rest at 1.8 V per cell or more with no shorted cells.",
    ),
    (
        "nMo101",
        "vi",
        "d_znews_sac",
        "Tư vấn sạc xe máy điện an toàn tại nhà và trạm công cộng",
        "Hướng dẫn cho người dùng và chủ nhà trọ: kiểm tra khả năng chịu tải của ổ cắm, chỉ dùng bộ sạc chính hãng, phân "
        "biệt xe cắm sạc trực tiếp và xe pin tháo rời, ưu tiên trạm sạc công cộng đạt chuẩn an toàn.",
    ),
    (
        "nMo102",
        "vi",
        "d_thanhnien_sac",
        "Ba lưu ý khi sạc pin tháo rời của xe máy điện",
        "Khuyến nghị kỹ thuật: dùng sạc đúng nhà sản xuất để điện áp, dòng phù hợp; sạc nơi khô ráo thoáng khí, tránh nắng "
        "và nhiệt độ cao; tránh sạc bên thứ ba gây quá nhiệt, chai pin và mất bảo hành.",
    ),
    (
        "nMo103",
        "vi",
        "d_24h_chay",
        "Giải pháp phòng cháy khi sạc xe máy điện tại nhà, chung cư",
        "Tư vấn phòng cháy cho khu ở đông người: nhận biết pin nóng, phồng, rò rỉ, kêu lách tách, mùi lạ, sạc không đầy; "
        "ngắt sạc ngay và đưa đi kiểm tra; bố trí khu sạc riêng và phương án xử lý khi có khói.",
    ),
    (
        "nMo104",
        "vi",
        "d_pindoche",
        "Tư vấn an toàn pin xe máy điện, cảnh báo pin độ chế",
        "Chuyên gia ô tô – xe máy tư vấn cho người dùng và cửa hàng: pin tự đóng, độ chế thường bỏ qua lớp bảo vệ để tăng "
        "dung lượng hoặc dòng xả, không qua kiểm định, dễ cháy nổ; khuyến nghị dùng pin chính hãng có mạch bảo vệ.",
    ),
    (
        "nMo105",
        "vi",
        "d_evbattery",
        "Pin xe máy điện đạt chuẩn an toàn, có BMS",
        "Nhà cung cấp pin cho xe máy, xe đạp điện: cell ghép nối tiếp – song song theo quy chuẩn, vật liệu dễ kiểm soát "
        "nhiệt và dòng, mạch quản lý pin cân bằng cell, giảm phát nhiệt cục bộ và rò điện.",
    ),
    (
        "nMo106",
        "en",
        "d_royalofy",
        "Scooter lithium-ion pack troubleshooting and repair",
        "Repair service and guide for e-scooter packs built from 18650 or pouch cells in series/parallel: checks of the "
        "BMS that guards against overcharge, over-discharge and overheating, cell balancing, and diagnosing capacity "
        "fade versus failed cells.",
    ),
    (
        "nMo107",
        "en",
        "d_oembed",
        "Replacement battery packs for electric scooters",
        "Supplier of replacement packs matched to the scooter's voltage, capacity, charging system and battery "
        "compartment, with quality cells and warranty; advises professional help for swollen, leaking or shorted packs.",
    ),
    (
        "nMo108",
        "vi",
        "d_doipin_soha",
        "Chuyển giao trạm đổi pin dùng chung cho xe máy và ô tô điện",
        "Doanh nghiệp nhận chuyển giao công nghệ trạm đổi pin chuẩn châu Âu, quy mô 1–100 viên pin, đổi trong 1–2 phút, "
        "quản lý bằng mã QR và điện toán đám mây, có chống cháy nổ, ngắt điện khi bất thường, kiểm soát nhiệt và cảnh báo "
        "rò điện.",
    ),
    (
        "nMo109",
        "vi",
        "d_petrolimex",
        "Tủ đổi pin xe máy điện 19 ô đặt tại cửa hàng xăng dầu",
        "Mô hình trạm đổi pin trưng bày tại triển lãm quốc gia: 19 ô đổi pin, màn hình LED và camera giám sát, đổi mỗi viên "
        "khoảng 2 phút, pin chạy tới 150 km; hợp tác với hãng xe máy điện đặt tại mạng lưới cửa hàng xăng dầu.",
    ),
    (
        "nMo110",
        "vi",
        "d_thegara",
        "Chẩn đoán xe khó nổ: ắc quy hay hệ thống khởi động",
        "Gara hướng dẫn và kiểm tra phân biệt lỗi ắc quy (đề quay chậm, đèn mờ, còi yếu, xe để lâu tự xả) với lỗi củ đề "
        "(nghe tiếng tách mạnh nhưng máy không quay), sửa đúng bệnh để tránh thay bình không cần thiết.",
    ),
    (
        "nMo111",
        "vi",
        "d_lifepo4",
        "Pin LiFePO4 lưu trữ điện mặt trời cho gia đình",
        "Nhà phân phối pin lithium sắt phosphate cho hệ điện mặt trời: hàng nghìn chu kỳ sạc (so với khoảng 500 của loại "
        "khác) trước khi còn 80% dung lượng, an toàn nhiệt tốt, bảo hành dài.",
    ),
    (
        "nMo112",
        "vi",
        "d_hanogen",
        "Pin lưu trữ cho hệ thống điện mặt trời hộ gia đình",
        "Giải pháp pin lưu trữ giúp dùng điện mặt trời cả ban đêm, tăng tỷ lệ tự dùng từ 30–40% lên 80–95%, làm nguồn dự "
        "phòng khi mất điện và dịch chuyển phụ tải giờ cao điểm.",
    ),
    (
        "nMo113",
        "vi",
        "d_amiba",
        "Bộ lưu trữ điện gia đình 5,12 kWh",
        "Hệ lưu trữ pin lithium cho nhà ở (ví dụ 51,2 V 100 Ah, 5,12 kWh) gồm cụm pin, biến tần và BMS, sạc từ lưới hoặc "
        "tấm pin mặt trời, số chu kỳ gấp 3–5 lần ắc quy chì.",
    ),
    (
        "nMo114",
        "vi",
        "d_toyota_ev",
        "Tư vấn các loại pin ô tô điện cho khách mua xe",
        "Đại lý ô tô giới thiệu cấu tạo pin ô tô điện (tế bào, mô-đun, cực dương, cực âm, chất điện ly), ảnh hưởng đến "
        "quãng đường, thời gian sạc, tuổi thọ và lưu ý sử dụng an toàn khi mua xe điện.",
    ),
    (
        "nMo115",
        "en",
        "d_solar_eol",
        "End-of-life solar panel recycling",
        "Solar developer's programme for panels removed after about 30 years: recycling schemes expected to recover "
        "around 90 percent of materials, mostly glass; recovered material value projected above USD 15 billion by 2050.",
    ),
    (
        "nMo116",
        "vi",
        "d_yadea",
        "Nhà máy lắp ráp xe máy điện quy mô 500.000 xe/năm",
        "Nhà máy 50.000 m² tại Bắc Ninh với hai dây chuyền lắp ráp khoảng 1.500 xe/ngày, súng kiểm soát lực siết, thiết bị "
        "kiểm tra cảm biến; tìm đại lý bán xe máy điện.",
    ),
    (
        "nMo117",
        "vi",
        "d_pega",
        "Xe đạp điện sản xuất trong nước tỷ lệ nội địa hóa 35%",
        "Hãng xe đạp điện Việt Nam sản xuất tại Hưng Yên, nội địa hóa khung, vành, càng, động cơ, dây điện, phanh, yên; "
        "tìm nhà phân phối.",
    ),
    # --- E: waste oil, used filters, coolant, workshop wastewater ---
    (
        "nMo118",
        "vi",
        "e_skzic",
        "Hướng dẫn và thu hồi dầu nhớt đã qua sử dụng cho gara",
        "Hãng dầu nhờn hướng dẫn gara, doanh nghiệp gom dầu nhớt thải vào thùng chứa, không đổ ra môi trường, giao cho cơ "
        "sở thu mua có chức năng; giới thiệu hai hướng xử lý là tái chế và tiêu hủy đúng cách phần cặn không tái sử dụng.",
    ),
    (
        "nMo119",
        "vi",
        "e_moitruong",
        "Thu gom dầu nhớt thải có giấy phép cho cơ sở sửa chữa, rửa xe",
        "Đơn vị có chức năng xử lý chất thải nguy hại nhận thu gom dầu mỡ thải từ gara ô tô, tiệm sửa và rửa xe máy thay vì "
        "bán trao tay cho người thu gom trôi nổi (khoảng 2 triệu đồng/thùng 200 lít), kèm hồ sơ chứng từ theo Luật Bảo vệ "
        "môi trường 2020.",
    ),
    (
        "nMo120",
        "vi",
        "e_tuvanluat",
        "Tư vấn pháp lý quản lý dầu nhớt thải cho tiệm sửa xe",
        "Công ty luật tư vấn nghĩa vụ của tiệm sửa xe máy, gara ô tô với dầu nhớt thải (chất thải nguy hại): thu gom, phân "
        "loại, lưu giữ, ký hợp đồng chuyển giao cho đơn vị được cấp phép, tránh tiếp tay cho cơ sở tái chế dầu lậu.",
    ),
    (
        "nMo121",
        "vi",
        "e_123dau",
        "Nghiên cứu hiện trạng dầu nhớt thải và giải pháp quản lý tại địa phương",
        "Đề tài khảo sát đường đi của dầu nhớt thải phát sinh từ xưởng bảo dưỡng ô tô, cơ sở sửa – rửa xe máy, cây xăng có "
        "thay nhớt tại một quận, phân tích thành phần độc hại và đề xuất giải pháp quản lý phù hợp.",
    ),
    (
        "nMo122",
        "en",
        "e_slashgear",
        "Used-oil re-refining to base oil",
        "Re-refining partner explains the multi-stage route: pre-treatment by filtration, settling and centrifuging; "
        "vacuum distillation into fractions; hydrotreating with catalyst and hydrogen; solvent polishing and additive "
        "blending, giving oil fit for engines, unlike simple reconditioning.",
    ),
    (
        "nMo123",
        "en",
        "e_oilrecyc",
        "Used oil recycling plants: recondition, re-refine or recover energy",
        "Equipment firm offering on-site reconditioning, feedstock insertion into refineries, full re-refining to "
        "lubricant base stock (the preferred closed loop) and processing for burner fuel.",
    ),
    (
        "nMo124",
        "en",
        "e_prai",
        "Re-refining association: about 75 percent base oil recovered per litre",
        "Association of re-refiners: re-refineries recover roughly 75 percent base lube oil from each litre of used oil, "
        "the residue goes to bitumen or heavy fuel, used oil can be re-refined indefinitely with about one third of the "
        "energy of refining crude.",
    ),
    (
        "nMo125",
        "en",
        "e_staygreen",
        "Used motor oil collection service for shops",
        "Collector picks up used motor oil (and cooking oil) from businesses, paying per gallon at posted market rates, "
        "and directs used oil filters to steel scrap; oil goes to re-refining or fuel processing.",
    ),
    (
        "nMo126",
        "en",
        "e_mass_crusher",
        "Oil filter crushers for auto repair shops",
        "State technical-assistance fact sheet promoting filter crushers: filters pressed in 10–15 seconds into a puck "
        "recycled as scrap metal instead of hazardous waste (otherwise 12-hour draining is required), and the recovered "
        "oil collected for a waste-oil heater.",
    ),
    (
        "nMo127",
        "en",
        "e_recyctoday",
        "Cut-then-crush processing of used oil filters for steel mills",
        "Filter recyclers remove the paper element and residual oil before crushing because mills have had baghouse "
        "fires from contaminated filter scrap and pay USD 30–60 per ton less for it.",
    ),
    (
        "nMo128",
        "en",
        "e_husky",
        "Pneumatic and hydraulic oil filter crushers",
        "Shop equipment removing about 95 percent of free-flowing oil and reducing filters to about 75 percent of size "
        "in cycles as short as 5 seconds, so drained filters can be recycled rather than treated as hazardous waste.",
    ),
    (
        "nMo129",
        "en",
        "e_oberg",
        "Automatic oil filter crushers and balers",
        "Manufacturer of hands-free filter crushers and larger balers that load, crush and eject bales automatically; "
        "captures more oil than hot-draining (which takes at least 12 hours) and yields compact scrap easy to sell.",
    ),
    (
        "nMo130",
        "vi",
        "e_camle",
        "Mô hình thử nghiệm xử lý nước thải rửa xe",
        "Nhóm nghiên cứu đại học khảo sát đặc tính nước thải của các cơ sở rửa xe (đất cát, chất lơ lửng, dầu mỡ), xây dựng "
        "và vận hành mô hình xử lý thử nghiệm, đề xuất biện pháp xử lý phù hợp cho cơ sở rửa xe quy mô nhỏ.",
    ),
    (
        "nMo131",
        "vi",
        "e_vinacee",
        "Hệ thống xử lý nước thải cho gara sửa chữa và rửa xe",
        "Công ty môi trường thiết kế, lắp đặt hệ thống xử lý nước thải gara chứa dầu nhớt, xăng, bùn đất, chất hữu cơ, tránh "
        "tắc cống và ô nhiễm nguồn nước, đáp ứng Luật Bảo vệ môi trường.",
    ),
    (
        "nMo132",
        "vi",
        "e_hongthai_mo",
        "Giải pháp xử lý dầu mỡ trong nước thải",
        "Dịch vụ xử lý dầu mỡ trong nước thải bằng phương pháp cơ học (bể tách, tuyển nổi), hóa chất và vi sinh, áp dụng cho "
        "trạm rửa xe, xưởng cơ khí, kho xăng dầu có dầu khoáng khó phân hủy.",
    ),
    (
        "nMo133",
        "vi",
        "e_buildingcodes",
        "Thiết kế bể thu dầu mỡ trên đường thoát nước thải",
        "Tư vấn thiết kế bể thu dầu mỡ đặt trên đường ống trước khi xả ra hệ thống thoát nước chung, bắt buộc khi nồng độ "
        "dầu mỡ trong nước thải vượt 100 mg/l.",
    ),
    (
        "nMo134",
        "en",
        "e_ows_scribd",
        "Best-practice guidance for oil/water separators in auto repair shops",
        "Fact-sheet programme for repair and fleet shops: keep spills out of the separator with dry cleanup, wash "
        "without emulsifying detergents, minimise solids and flow so separation works, never route storm water to it.",
    ),
    (
        "nMo135",
        "en",
        "e_ows_eatsip",
        "Oil and water separators for car washes",
        "Supplier of underground oil/water separator vaults that receive all wash-bay water and trap oil, fuel "
        "residue, sludge and heavy metals before discharge to sewer or water recycling, preventing fines and pipe clogs.",
    ),
    (
        "nMo136",
        "en",
        "e_ows_maint",
        "Oil/water separator maintenance and pump-out service",
        "Maintenance service with a weekly logbook of oil and sludge levels so pump-outs are scheduled before backups, "
        "avoiding emergency fees, shutdowns and fines.",
    ),
    (
        "nMo137",
        "en",
        "e_antifreeze_epa",
        "Waste antifreeze recycling options for repair shops",
        "Best-practice programme: only about 12 percent of waste antifreeze is recycled; shops can recycle on site with "
        "their own unit, through a mobile service van, or off site; dumping to sewers or drains is illegal.",
    ),
    (
        "nMo138",
        "en",
        "e_fleet_af",
        "Waste coolant recycling by filtration or distillation",
        "Fleet-maintenance guidance and services: remove contaminants by filtration, distillation, reverse osmosis or "
        "ion exchange, then restore properties with additives for pH, rust and scale; recycled antifreeze performs like new.",
    ),
    (
        "nMo139",
        "en",
        "e_amrecycler",
        "Fluid evacuation equipment for vehicle dismantlers",
        "Equipment for draining end-of-life vehicles on an impervious pad: radiator probes and vacuum tanks for coolant, "
        "plus recovery of engine oil and air-conditioning refrigerant, from simple barrels to microprocessor stations.",
    ),
    (
        "nMo140",
        "vi",
        "e_sinopec",
        "Sản xuất dầu nhờn chất lượng cao từ dầu gốc và phụ gia",
        "Nhà sản xuất dầu nhờn giới thiệu quy trình: xử lý dầu thô, chưng cất lấy dầu gốc, pha phụ gia, kiểm tra chất lượng "
        "và đóng gói dầu bôi trơn động cơ.",
    ),
    (
        "nMo141",
        "vi",
        "e_ruaxe_caoap",
        "Máy rửa xe máy áp lực cao cho tiệm rửa xe",
        "Cửa hàng điện máy bán máy rửa xe áp lực cao: mô tơ, đầu bơm piston, ống cao áp, súng phun nhiều kiểu tia, bình "
        "chất tẩy rửa, lọc nước; ưu nhược điểm khi dùng cho tiệm rửa xe.",
    ),
    (
        "nMo142",
        "vi",
        "e_vtc_ruaxe",
        "Hệ thống rửa ô tô tự động 8–10 phút mỗi xe",
        "Mô hình rửa xe tự động với chổi và phun nước, một người giám sát, mỗi lượt 8–10 phút (rửa tay 15–20 phút), giá "
        "khoảng 50.000 đồng/lượt; nhận tư vấn đầu tư.",
    ),
    (
        "nMo143",
        "vi",
        "e_mo_ca",
        "Mỡ bôi trơn sản xuất từ dầu gốc cá ba sa",
        "Luận văn trường đại học khảo sát tính bôi trơn hấp phụ của mỡ dẻo làm từ dầu cá ba sa cho cặp ma sát trục thép – "
        "bạc đồng; sẵn sàng hợp tác sản xuất thử.",
    ),
    # --- F: training mechanics for electric motorbikes and hybrid cars ---
    (
        "nMo144",
        "vi",
        "f_mong",
        "Khóa học sửa xe điện thực hành trên xe thật",
        "Kỹ thuật viên – tác giả chuyên môn mở lớp sửa xe đạp điện, xe máy điện: xử lý xe yếu, sạc không vào, pin tụt "
        "nhanh, pin chai, lỗi mạch điều khiển, lỗi BMS, an toàn điện; học viên tháo pin, đo mạch, xử lý lỗi thực tế.",
    ),
    (
        "nMo145",
        "vi",
        "f_eac",
        "Trung tâm đào tạo điện ô tô thực hành trên xe đời mới",
        "Trung tâm do giảng viên ngành ô tô sáng lập, đầu tư xe thật khoảng 500 triệu đồng cho học viên thực hành, giáo "
        "trình theo chuẩn đại lý chính hãng; học xong có thể đi làm ngay tại gara.",
    ),
    (
        "nMo146",
        "vi",
        "f_vatc",
        "Đào tạo kỹ thuật viên xe điện và hệ thống điện cao áp",
        "Trung tâm huấn luyện kỹ thuật ô tô hợp tác với hệ thống showroom xe điện: đào tạo, thực hành trực tiếp quy trình làm "
        "việc với hệ thống điện cao áp, bảo dưỡng xe điện theo tiêu chuẩn nhà sản xuất.",
    ),
    (
        "nMo147",
        "vi",
        "f_vinfast",
        "Chương trình đào tạo miễn phí kỹ thuật viên ô tô và xe máy điện",
        "Hãng xe điện tuyển và đào tạo miễn phí khoảng 2.000 kỹ thuật viên ô tô và 1.200 kỹ thuật viên xe máy điện, khóa "
        "1–2 tháng lý thuyết và thực hành tại nhà máy và xưởng dịch vụ, có lương học việc, chỗ ở và hỗ trợ việc làm.",
    ),
    (
        "nMo148",
        "vi",
        "f_hcem",
        "Đào tạo nghề công nghệ ô tô trình độ cao đẳng",
        "Trường cao đẳng cơ điện đào tạo nghề công nghệ ô tô, học phí khoảng 1 triệu đồng/tháng, năm hai thực hành bảo dưỡng "
        "trên xe tại xưởng; giới thiệu việc làm tại hãng xe, gara và cơ hội làm việc ở Nhật Bản, châu Âu.",
    ),
    (
        "nMo149",
        "vi",
        "f_ototmt",
        "Lộ trình học điện ô tô, xe hybrid và xe thuần điện",
        "Cơ sở đào tạo xây dựng lộ trình học điện – điện tử ô tô từ cơ bản đến cảm biến, bộ điều khiển và công nghệ xe hybrid, "
        "xe thuần điện, đáp ứng nhu cầu kỹ thuật viên điện ô tô.",
    ),
    (
        "nMo150",
        "en",
        "f_gevetica",
        "High-voltage safety training curriculum for EV technicians",
        "Curriculum design for training technicians on high-voltage systems: electricity fundamentals, traction battery, "
        "inverter and motor architecture; lockout/tagout, PPE selection, arc-flash awareness, voltage verification with "
        "calibrated meters; written, practical and scenario assessments.",
    ),
    (
        "nMo151",
        "en",
        "f_vsp",
        "Interactive hybrid and EV technician curriculum",
        "Automotive curriculum provider covering HEV, PHEV and EV service, where high-voltage systems range from 100 V "
        "to 600 V; stresses never working alone on HV vehicles and following manufacturer service information.",
    ),
    (
        "nMo152",
        "en",
        "f_atc_hv",
        "Hybrid and electrical mechanic training programme",
        "Automotive school programme with hands-on, supervised work on hybrid and electric vehicles operating at "
        "300–800 V: insulated gloves and PPE, lockout and verification steps, and never assuming a system is de-energised.",
    ),
    (
        "nMo153",
        "en",
        "f_columbia",
        "Microcredential: electric and hybrid vehicle safety, Level II",
        "College microcredential for automotive students and industry staff: differences between conventional, hybrid "
        "and EV electrical systems, safety protocols, correct use of tools, and locating and safely removing HV service plugs.",
    ),
    (
        "nMo154",
        "en",
        "f_ctv",
        "Week-long hybrid and EV master class for car and truck technicians",
        "Hands-on seven-day course, eight hours a day, on safely de-powering, reviewing and diagnosing hybrid and electric "
        "vehicles running at 200–900 V, from battery to charging system.",
    ),
    (
        "nMo155",
        "en",
        "f_dealernews",
        "Electric motorcycle service training for dealership technicians",
        "Training for motorcycle service departments adding electric models: packs above 100 V, motors drawing up to "
        "600 A, chargers and control software, and answering range complaints such as 52 miles instead of 75.",
    ),
    (
        "nMo156",
        "en",
        "f_illinois",
        "Motorcycle mechanic training programmes (six months to two years)",
        "Professional-technical schools and two-year colleges offer classroom and hands-on motorcycle repair programmes "
        "of six months to two years, followed by one to two years of on-the-job training and manufacturer courses.",
    ),
    (
        "nMo157",
        "en",
        "f_gieszer",
        "Verifying mechanics' certification for electric and hybrid motorcycles",
        "Advisory on checking that motorcycle mechanics hold certification covering diagnosis, repair and service of "
        "hybrid and electric systems, as conventional training rarely covers them.",
    ),
    (
        "nMo158",
        "en",
        "f_mechaniccareer",
        "Pathways to becoming a hybrid vehicle technician",
        "Career guidance on hybrid technician work (HV battery repair, wiring, junction boxes, calibration) and on "
        "manufacturer programmes from Toyota, Honda, Ford and Nissan.",
    ),
    (
        "nMo159",
        "en",
        "f_cartool",
        "Remote EV and hybrid safety training alongside OEM scan-tool training",
        "Online technician education combining OEM diagnostic-tool training with EV/hybrid safety: HV standards, PPE, "
        "de-energising and isolating systems, handling HV batteries, emergency procedures and hazardous material disposal.",
    ),
    (
        "nMo160",
        "vi",
        "f_kenh14",
        "Chương trình đại học ngành Công nghệ ô tô điện",
        "Trường đại học tuyển sinh kỹ sư công nghệ ô tô điện liên ngành cơ khí, điện – điện tử, công nghệ thông tin: thiết kế "
        "động cơ điện, pin và quản lý năng lượng, phần mềm điều khiển, hạ tầng sạc.",
    ),
    (
        "nMo161",
        "vi",
        "f_sati",
        "Bản đồ công nghệ cơ khí chế tạo ô tô và máy nông nghiệp",
        "Viện chiến lược khoa học công nghệ giới thiệu kết quả nghiên cứu thực trạng, xu hướng công nghệ chế tạo ô tô và máy "
        "nông nghiệp tại Việt Nam làm cơ sở hoạch định chính sách.",
    ),
    (
        "nMo162",
        "en",
        "f_journeyman",
        "Journeyman motorcycle technician certification study guide",
        "Exam-preparation guide for journeyman motorcycle technicians covering engines, brakes, suspension, electrical "
        "systems, customisation and safety checks on motorcycles, dirt bikes and ATVs.",
    ),
]
