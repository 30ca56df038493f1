"""Offers of the holdout101 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # --- air conditioning and ventilation maintenance ---
    (
        "lYo001",
        "en",
        "hvac_mm",
        "Planned preventive maintenance for office HVAC and refrigeration",
        "One contractor takes over all cooling and ventilation plant of a building, with a primary and a backup "
        "technician assigned to each site. Cleaning and servicing follow the manufacturers' schedules; priority booking, "
        "24/7 emergency call-out and a reduced labour rate of $85 per technician-hour are included.",
    ),
    (
        "lYo002",
        "en",
        "hvac_winward",
        "Commercial air-conditioning service contracts",
        "Maintenance plans for commercial air conditioners and heat pumps that fix the number and scope of visits per "
        "year for each type of unit. Regular servicing lets equipment reach a useful life of up to 20 years with fewer "
        "breakdowns and more even cooling.",
    ),
    (
        "lYo003",
        "en",
        "hvac_coldcraft",
        "Rooftop and outdoor AC unit inspection with photo reports",
        "Technicians open outdoor and rooftop units, clean fouled evaporator and condenser coils and send photographs of "
        "what they find. The whole system, including ducts and windows, is assessed so that failing units are replaced "
        "on a schedule instead of breaking down in the hot season.",
    ),
    (
        "lYo004",
        "en",
        "hvac_ravti",
        "Maintenance logbook platform for tenant HVAC units",
        "Software and service that record every filter change and refrigerant check on leased office suites, so tenants "
        "can show the proof of maintenance their lease requires. Early leak detection matters because a leaked "
        "refrigerant can be about 1,700 times as harmful as CO2.",
    ),
    (
        "lYo005",
        "vi",
        "ac_koolman",
        "Dịch vụ bảo dưỡng máy lạnh cho văn phòng, trụ sở",
        "Quy trình bảo dưỡng đầy đủ: vệ sinh lưới lọc, xịt rửa dàn nóng và dàn lạnh, làm sạch cánh quạt, kiểm tra và đo "
        "áp suất gas, đo dòng điện, kiểm tra mạch điện, mối nối, board mạch, cánh đảo gió và ống thoát nước ngưng. Giúp "
        "máy chạy êm, bớt tốn điện và hết mùi hôi do nấm mốc.",
    ),
    (
        "lYo006",
        "vi",
        "ac_antoanaz",
        "Hợp đồng vệ sinh máy lạnh định kỳ cho công ty, nhà hàng",
        "Lập lịch vệ sinh máy lạnh theo tần suất sử dụng: công ty và nhà hàng 2–3 tháng một lần, cơ sở sản xuất chạy "
        "liên tục khoảng 1 tháng một lần. Máy sạch làm mát nhanh, tiết kiệm điện và bền hơn.",
    ),
    (
        "lYo007",
        "vi",
        "ac_azkienthuc",
        "Hướng dẫn nhân viên hành chính tự vệ sinh điều hòa",
        "Buổi hướng dẫn thực hành để bộ phận hành chính tự làm sạch lưới lọc và dàn lạnh giữa các lần thợ đến; văn phòng "
        "chạy điều hòa 8–10 giờ mỗi ngày nên bảo dưỡng 2–3 tháng một lần. Có danh mục dụng cụ: bơm tăng áp, dung dịch "
        "tẩy rửa, khăn, máy vặn vít.",
    ),
    (
        "lYo008",
        "vi",
        "ac_vatgia",
        "Bảo trì điều hòa cho doanh nghiệp, kiểm tra rò rỉ gas",
        "Kiểm tra định kỳ dàn lạnh, màng lọc và dàn nóng đặt ngoài trời, phát hiện sớm rò rỉ gas và hư hỏng. Với công ty "
        "dùng máy nhiều giờ, chu kỳ khuyến nghị khoảng 2 tháng một lần.",
    ),
    (
        "lYo009",
        "en",
        "ac_kienthuc",
        "Home pressure-washer kit for cleaning split air conditioners",
        "A do-it-yourself kit for households: booster pump with high-pressure hose, spray cleaner for the indoor coil, "
        "drip covers, and an 8-step guide for cleaning a wall-mounted unit at home before the hot season.",
    ),
    (
        "lYo010",
        "vi",
        "chiller_signs_vi",
        "Sửa chữa và bảo trì chiller, phát hiện sớm sự cố",
        "Kỹ sư chiller nhận biết 5 dấu hiệu cần bảo trì gấp và theo dõi nhiệt độ nước vào/ra, áp suất, dòng máy nén "
        "(scroll, trục vít, ly tâm), dàn bay hơi, dàn ngưng và bơm tuần hoàn. Tránh hỏng máy nén, tiền điện tăng và rò "
        "rỉ gas.",
    ),
    (
        "lYo011",
        "vi",
        "ct_sop_vi",
        "Chẩn đoán tháp giải nhiệt không đủ mát theo quy trình SOP",
        "Đo đúng nhiệt độ nước vào-ra tháp, nhiệt độ bầu ướt và lưu lượng nước, rồi phân loại 7 nguyên nhân (tải nhiệt "
        "tăng, thiếu lưu lượng nước/gió, fill bẩn hay lão hóa, phân phối nước lệch, ngạt gió). Checklist 3 lớp giúp đội "
        "vận hành quyết định xử lý tại chỗ hay gọi kỹ sư.",
    ),
    (
        "lYo012",
        "en",
        "ct_hvac_vi",
        "Cooling towers supplied for water-cooled building chillers",
        "Supply and installation of cooling towers for office, mall and hospital chiller plants. A properly sized tower "
        "brings condenser water from 37–40°C down to 30–32°C, cutting chiller electricity by 15–30%.",
    ),
    (
        "lYo013",
        "en",
        "duct_pratts",
        "Commercial air-duct cleaning with HVAC hygiene reports",
        "Removal of dust, mould spores, fibreglass particles and pest droppings from supply and return ductwork in "
        "offices, clinics and shops. Cleaner ducts ease the blower, cut energy use and come with the hygiene report some "
        "sectors must keep.",
    ),
    (
        "lYo014",
        "en",
        "duct_usvet",
        "Twice-yearly duct and vent cleaning for commercial buildings",
        "Licensed HVAC crew cleans and inspects air ducts and vents twice a year, more often in large properties, to "
        "stop dust, pollen and mites from circulating and to reduce staff sick days and energy waste.",
    ),
    (
        "lYo015",
        "en",
        "duct_gesund",
        "Duct inspection and cleaning for office buildings",
        "Professional inspection of the duct system at least every two to three years, with cleaning when dust, mould "
        "from humidity or leaks, or nests of rodents and insects are found.",
    ),
    (
        "lYo016",
        "en",
        "iaq_whitewater",
        "Indoor air quality monitoring for buildings",
        "Regular measurement campaigns covering air temperature, relative humidity, CO2, CO, airborne bacteria and "
        "fungi, formaldehyde, respirable particles, air turnover, light and noise, compared with air quality guide "
        "levels.",
    ),
    (
        "lYo017",
        "en",
        "iaq_doe",
        "Continuous CO2 and particle logging to verify ventilation",
        "Logging CO2 all day in occupied rooms shows whether outdoor-air ventilation matches the number of occupants; "
        "adding PM sensors documents the benefit of better filtration. Low-cost monitors guide facility staff where a "
        "full testing-and-balancing job is not affordable.",
    ),
]

OFFERS += [
    (
        "lYo018",
        "en",
        "iaq_mdph",
        "Indoor air quality assessment report for office buildings",
        "Environmental engineers visit an occupied office, measure CO2, temperature, humidity and particles room by "
        "room, inspect ventilation units, plants and moisture sources, and write a report with recommendations, e.g. "
        "for a lease renewal of a five-storey building with about 130 staff.",
    ),
    (
        "lYo019",
        "vi",
        "iaq_airsafe_vi",
        "Giải pháp cấp khí tươi cho tòa nhà văn phòng",
        "Thiết kế và lắp đặt hệ thống cấp khí tươi đã xử lý cho tòa nhà kín, cân bằng nồng độ O2, CO2, CO, NO2 và bụi lơ "
        "lửng; tư vấn phân loại chất lượng không khí tươi ngoài trời trước khi đưa vào nhà.",
    ),
    (
        "lYo020",
        "vi",
        "vent_clc_vi",
        "Thiết kế, thi công hệ thống thông gió cho văn phòng kín",
        "Thay không khí cũ, ẩm và ô nhiễm bằng không khí sạch bên ngoài bằng quạt cấp, quạt hút và đường ống; loại bỏ "
        "CO2, bụi mịn, nấm mốc, hóa chất từ nội thất, kiểm soát độ ẩm cho văn phòng đóng kín cửa cả ngày.",
    ),
    (
        "lYo021",
        "vi",
        "vent_qcvn",
        "Tư vấn thông gió, điều hòa theo QCVN 09:2013/BXD",
        "Rà soát tiêu chí thông gió tự nhiên và thông gió cưỡng bức, hiệu suất điều hòa không khí theo quy chuẩn công "
        "trình sử dụng năng lượng hiệu quả, phục vụ thiết kế mới hoặc cải tạo trụ sở.",
    ),
    (
        "lYo022",
        "vi",
        "office_air_hcm",
        "Thiết kế nội thất văn phòng thông thoáng, đạt chuẩn không khí",
        "Đơn vị thiết kế văn phòng kết hợp cửa sổ, giếng trời, khe hút gió với thông gió cơ học, bố trí máy lọc không "
        "khí, giữ độ ẩm 40–60% và trồng cây xanh (lưỡi hổ, trầu bà, nha đam) trong không gian làm việc.",
    ),
    (
        "lYo023",
        "vi",
        "bldg_maint_vi",
        "Vận hành, bảo trì trọn gói hệ thống kỹ thuật tòa nhà 24/24",
        "Đội kỹ thuật trực 24/24 vận hành và bảo trì định kỳ, phòng ngừa và sửa chữa cho điều hòa thông gió, thang máy, "
        "hệ thống điện, máy phát dự phòng, cấp thoát nước, PCCC, camera và thông tin liên lạc của tòa nhà.",
    ),
    (
        "lYo024",
        "en",
        "bms_lecture_vi",
        "Training course on building management and energy management systems",
        "University lecture course for building technicians on BMS and EMS: DDC controllers, monitoring and logging "
        "energy use by area, load balancing and scheduling of air conditioning, ventilation, lifts and lighting.",
    ),
    (
        "lYo025",
        "vi",
        "heatpump_vi",
        "Bơm nhiệt heat pump cấp nước nóng trung tâm",
        "Cung cấp máy bơm nhiệt heat pump sản xuất nước nóng cho khách sạn, bệnh viện, nhà máy, tiết kiệm điện so với "
        "bình nóng lạnh điện trở; có phân tích ưu nhược điểm và lưu ý khi sử dụng.",
    ),
    (
        "lYo026",
        "vi",
        "chiller_gteco",
        "Cung cấp hệ thống water chiller cho nhà máy",
        "Bán và lắp đặt cụm water chiller công nghiệp tạo nước lạnh 6–30°C cho dây chuyền sản xuất, làm lạnh thực phẩm "
        "trong khu công nghiệp, kèm bơm, đường ống, AHU, FCU.",
    ),
    (
        "lYo027",
        "vi",
        "bathfan_vi",
        "Quạt hút thông gió phòng tắm",
        "Các loại quạt hút gắn tường, gắn trần cho phòng tắm ẩm, chống nấm mốc khi cửa sổ kín; hướng dẫn chọn công suất "
        "và lắp đặt tại nhà.",
    ),
    (
        "lYo028",
        "en",
        "tcvn5687",
        "Download of the TCVN 5687:2010 ventilation and air-conditioning design standard",
        "Full text of the Vietnamese design standard for ventilation and air conditioning, offered as a document "
        "download for designers.",
    ),
    # --- lifts ---
    (
        "lYo029",
        "vi",
        "lift_giadinh",
        "Bảo dưỡng thang máy định kỳ cho tòa nhà, văn phòng",
        "Kiểm tra hệ thống cơ khí, điện tử, vệ sinh cabin và cửa tầng theo lịch định kỳ, xử lý sớm các nguy cơ kẹt "
        "thang, cửa đóng mở sai; tư vấn chu kỳ bảo dưỡng, chi phí và cách chọn đơn vị bảo trì.",
    ),
    (
        "lYo030",
        "vi",
        "lift_fucasi",
        "Bảo trì thang máy theo TCVN 6395:2008 và TCVN 7628:2007",
        "Quy trình bảo trì đúng tiêu chuẩn, có thời gian định kỳ, đáp ứng TCVN 6395:2008 (yêu cầu an toàn cấu tạo, lắp "
        "đặt), TCVN 7628:2007 (kiểm định thang máy điện) và Thông tư 54/2016/TT-BLĐTBXH về kiểm định an toàn lao động.",
    ),
    (
        "lYo031",
        "en",
        "lift_otofun",
        "Lift door alignment and rescue-battery checks",
        "Maintenance visits that check landing and car doors pushed out of line (A or V shape) by people blocking them, "
        "and test the automatic rescue device whose batteries last only 2–3 years, so a car stopped between floors "
        "still returns to a landing in a power cut.",
    ),
    (
        "lYo032",
        "vi",
        "lift_tuananh",
        "Nâng cấp thang máy cũ 15–20 năm tuổi",
        "Khảo sát thang đã chạy 15–20 năm (chậm, ồn, rung, cảm biến cửa lỗi, hay kẹt tầng) và đề xuất thay mới toàn bộ "
        "hay nâng cấp từng phần để an toàn và tiết kiệm điện hơn.",
    ),
    (
        "lYo033",
        "vi",
        "lift_5levels",
        "Hiện đại hóa thang máy theo 5 cấp độ",
        "Từ thay linh kiện hao mòn đến hiện đại hóa toàn phần; hơn 7 triệu trong 21 triệu thang máy thế giới đã trên 20 "
        "năm tuổi và thị trường hiện đại hóa đạt 9 tỷ USD năm 2023. Giúp chủ tòa nhà chọn cấp độ phù hợp ngân sách.",
    ),
    (
        "lYo034",
        "vi",
        "lift_nghia",
        "Cải tạo, nâng cấp thang máy đã qua sử dụng",
        "Thay bộ phận cũ, lắp công nghệ và tính năng mới, sửa phần hỏng và đổi thiết kế cabin, chọn thời điểm cải tạo "
        "tốt nhất để bảo đảm an toàn và thẩm mỹ cho thang nhiều năm tuổi.",
    ),
    (
        "lYo035",
        "en",
        "lift_congnghe",
        "Staged elevator modernisation programmes",
        "European customers spent over €1.6 billion on modernising lifts in 2018 among more than 6.15 million "
        "installed units; we offer the same five levels, from planned replacement of ropes, pulleys, guide rails, "
        "doors and brakes to a full refit.",
    ),
]

OFFERS += [
    (
        "lYo036",
        "en",
        "lift_lucy",
        "Elevator maintenance plans and contract negotiation for building managers",
        "Help building management draw up an elevator maintenance plan, then negotiate the service contract: annual "
        "cost, hourly and overtime rates, coverage, lubrication and communication tests, warranty terms and overhauls.",
    ),
    (
        "lYo037",
        "en",
        "lift_vdassoc",
        "Elevator consulting: when and how to modernise",
        "Independent consultants weigh outages, recurring failures and obsolescence, then specify replacing relay logic "
        "with microprocessor control, new motion control and door equipment on systems over 20 years old, plus "
        "code-triggered items such as fire recall and emergency lighting.",
    ),
    (
        "lYo038",
        "en",
        "lift_rda",
        "Reserve studies that fund elevator modernisation",
        "Reserve-study specialists budget elevator modernisation every 20–30 years and cab remodels every 15 years so "
        "owners' associations and building owners can pay for them without special levies.",
    ),
    (
        "lYo039",
        "en",
        "lift_dc",
        "Elevator modernisation projects for older buildings",
        "Step-by-step modernisation for lifts more than 20 years old that show downtime, wear and slow rides, improving "
        "safety, energy use and tenant satisfaction; also maintenance planning for new construction.",
    ),
    (
        "lYo040",
        "en",
        "lift_oregon",
        "Elevator maintenance service for office buildings",
        "Routine elevator maintenance for office towers focused on passenger safety, reliability during business hours, "
        "efficient traffic flow, compliance with safety inspections and preserving property value.",
    ),
    (
        "lYo041",
        "en",
        "lift_facexec",
        "Monthly hands-on elevator inspection and upkeep",
        "Elevator contractor performing monthly hands-on inspections rather than drive-by checks, fixing defective "
        "relays and door tracks that slow service, checking state safety standards and reporting to the facility "
        "manager.",
    ),
    (
        "lYo042",
        "en",
        "lift_otis",
        "Elevator service agreements with parts and safety testing",
        "Service agreements covering code-required maintenance tasks, periodic safety tests, parts replacement and "
        "capital planning for end-of-life equipment, with options such as emergency return units and cab air "
        "purifiers.",
    ),
    (
        "lYo043",
        "vi",
        "lift_old_tctm",
        "Tư vấn chương trình cải tạo thang máy cũ cho chủ đầu tư",
        "Tổng hợp kinh nghiệm các quốc gia hỗ trợ cải tạo thang cũ, yêu cầu bảo trì và hiện đại hóa, để xây dựng kế "
        "hoạch đưa thang máy cũ về trạng thái an toàn cho người sử dụng.",
    ),
    (
        "lYo044",
        "vi",
        "lift_home_tne",
        "Cung cấp và sửa chữa thang máy gia đình",
        "Tư vấn chọn thang máy gia đình cho nhà phố, biệt thự và nhận sửa chữa khi thang nhà ở chạy không an toàn như "
        "trước.",
    ),
    (
        "lYo045",
        "vi",
        "lift_freight_dlp",
        "Thang máy tải hàng cho nhà xưởng, kho hàng",
        "Khảo sát và lắp thang máy tải hàng cho xưởng, kho từ 2 tầng trở lên: chọn đúng loại thang, tải trọng và điều "
        "kiện thi công để giảm bốc vác thủ công.",
    ),
    (
        "lYo046",
        "en",
        "lift_goods_etek",
        "Goods lifts compared with conveyors and forklifts",
        "Goods lifts of 300–3,000 kg, 0.2–0.5 m/s and up to 30 m lift height for multi-storey warehouses and factories, "
        "compared on cost and footprint with conveyors and 1–5 tonne forklifts.",
    ),
    # --- electrical safety ---
    (
        "lYo047",
        "vi",
        "earth_ispace",
        "Hướng dẫn thực hành đo điện trở tiếp địa",
        "Lớp hướng dẫn đo điện trở nối đất bằng máy đo chuyên dụng: dây xanh 5 m, vàng 10 m, đỏ 20 m, kiểm tra điện áp "
        "đất không quá 10 V, thang đo x100Ω, và phương pháp 3 cực cho hệ thống nối đất đơn giản.",
    ),
    (
        "lYo048",
        "vi",
        "lightning_kth",
        "Kiểm định hệ thống chống sét theo TCVN 9385:2012",
        "Kỹ sư hơn 20 năm kinh nghiệm đo điện trở tiếp địa bằng máy Kyoritsu, kiểm định định kỳ hệ thống chống sét cho "
        "tòa nhà, nhà xưởng theo Nghị định 136/2020/NĐ-CP và TCVN 9385:2012, có biên bản phục vụ kiểm tra PCCC.",
    ),
    (
        "lYo049",
        "vi",
        "lightning_kdhtcs",
        "Đo điện trở tiếp địa chống sét định kỳ",
        "Đo và đánh giá hệ thống tiếp địa chống sét ít nhất mỗi năm một lần; nếu điện trở vượt 10Ω thì bổ sung cọc hoặc "
        "dùng hóa chất giảm điện trở đất.",
    ),
    (
        "lYo050",
        "vi",
        "lightning_kdkt",
        "Kiểm định an toàn chống sét và nối đất thiết bị",
        "Kiểm định nối đất chống sét đánh thẳng, chống sét lan truyền, nối đất vỏ thiết bị và máy phát theo TCVN "
        "9385:2012, 11TCN-18-2016 và bộ TCVN 7447 về lắp đặt điện hạ áp, bằng máy đo đã được kiểm định.",
    ),
    (
        "lYo051",
        "en",
        "elec_accident",
        "Electrical safety awareness sessions for staff",
        "Short courses on how electrical accidents happen (touching live parts, damaged insulation, working near "
        "lines) and how to prevent them; over 30% of accidents come from repairs done without switching off the power.",
    ),
    (
        "lYo052",
        "en",
        "ir_tfp",
        "Annual infrared electrical inspection for commercial buildings",
        "Fire-protection company scanning panels and wiring with thermal cameras to find hot spots behind walls and "
        "covers; recommended yearly for commercial buildings by the NFPA.",
    ),
    (
        "lYo053",
        "en",
        "ir_soundtest",
        "Electrical thermal imaging surveys for insurance compliance",
        "Annual thermographic survey of switchboards carried out live, without shutdown, by a Level 3 thermographer, "
        "giving building managers the evidence insurers and electrical safety regulations ask for.",
    ),
]

OFFERS += [
    (
        "lYo054",
        "en",
        "ir_drake",
        "Electrical thermography testing for commercial premises",
        "Non-intrusive thermal imaging of live distribution boards, busbars and circuits to catch loose connections, "
        "overloads and failing components before they cause fire or outages; part of planned electrical maintenance "
        "for offices and data rooms.",
    ),
    (
        "lYo055",
        "en",
        "ir_thomas",
        "Infrared inspection of panels and breakers",
        "Electricians use infrared cameras to reveal overheated connections, some above 200°F yet visually normal, in "
        "panels, breakers and wiring, then repair them before a fire starts.",
    ),
    (
        "lYo056",
        "en",
        "ir_assured",
        "Annual IR thermography programme aligned with NFPA 70B",
        "Yearly infrared scans of switchgear and panels for commercial facilities, campuses and hotels, following the "
        "2023 NFPA 70B condition-based maintenance guidance; electrical distribution is involved in about 13% of "
        "industrial fires.",
    ),
    (
        "lYo057",
        "vi",
        "ir_kth_vi",
        "Dịch vụ scan nhiệt tủ điện bằng camera hồng ngoại",
        "Chụp ảnh nhiệt tủ điện, thanh cái, aptomat khi đang vận hành để tìm điểm nóng do tiếp xúc lỏng, quá tải; một "
        "nhà máy ở Bình Dương đã phát hiện điểm nóng 180°C trên thanh cái tủ tổng, tránh thiệt hại 3,2 tỷ đồng.",
    ),
    (
        "lYo058",
        "vi",
        "elecmaint_kth",
        "Bảo trì hệ thống điện theo QCVN 25:2025/BCT",
        "Bảo trì toàn diện hệ thống điện: siết lại điểm tiếp xúc lỏng, vệ sinh tủ, đo kiểm và scan nhiệt tủ MSB bằng máy "
        "Fluke, tuân thủ quy chuẩn an toàn điện mới; 80% sự cố cháy nổ điện bắt nguồn từ thiếu kiểm tra, bảo trì.",
    ),
    (
        "lYo059",
        "en",
        "eicr_afm",
        "Fixed wire testing for commercial buildings",
        "Qualified electricians (City & Guilds 2391) inspect and test the fixed installation to BS 7671 and issue the "
        "condition report; every five years for most commercial premises, more often for high-risk sites.",
    ),
    (
        "lYo060",
        "vi",
        "eicr_platinum",
        "Kiểm tra định kỳ toàn bộ hệ thống điện tòa nhà, phân loại lỗi",
        "Thử nghiệm dây dẫn, mạch, ổ cắm, đèn và điểm cấp điện đầu vào bằng điện áp thử, lập báo cáo tình trạng lắp đặt "
        "điện; lỗi được xếp C1 (nguy hiểm, xử lý ngay), C2 (xử lý sớm) hoặc C3 (khuyến nghị cải thiện).",
    ),
    (
        "lYo061",
        "en",
        "eicr_electriccall",
        "Electrical installation condition reports (EICR)",
        "Approved contractor carrying out over a thousand inspection-and-test jobs a year: every circuit's cables and "
        "accessories inspected and tested, earthing and bonding checked, faults coded C1–C3; two hours to a full day "
        "per site.",
    ),
    (
        "lYo062",
        "vi",
        "ups_btc",
        "Bảo trì hệ thống điện và lưu điện UPS hằng quý",
        "Bảo trì tối thiểu 3 tháng một lần: vệ sinh công nghiệp, kiểm tra kết nối vật lý, đánh giá bảng điện, tụ lọc, bộ "
        "chỉnh lưu, bộ nạp, quạt, biến thế, thanh cái, cầu chì và cáp của UPS theo quy chế giám sát hạ tầng kỹ thuật.",
    ),
    (
        "lYo063",
        "vi",
        "ups_hanghai",
        "Bảo dưỡng UPS dưới 10 kVA chu kỳ 6 tháng",
        "Bố trí UPS dự phòng, thử tải, đo điện áp vào/ra, vệ sinh vỏ máy và quạt, đo từng bình ắc quy và thay bình không "
        "đạt, kiểm tra cảnh báo (alarm) và ghi phiếu bảo dưỡng.",
    ),
    (
        "lYo064",
        "en",
        "ups_sicom",
        "UPS and standby generator systems for buildings",
        "Supply, training and service of combined UPS and diesel generator systems so that a building keeps power "
        "24/7: the UPS bridges the seconds the generator needs to start, as installed at a cancer hospital.",
    ),
    (
        "lYo065",
        "vi",
        "cb_forum",
        "Cung cấp aptomat ACB, VCB, MCCB, MCB chống chập cháy",
        "Bán thiết bị đóng cắt bảo vệ quá tải và ngắn mạch: máy cắt không khí ACB, máy cắt chân không VCB, aptomat khối "
        "MCCB dòng cắt tới 80 kA và aptomat tép MCB 100 A/10 kA.",
    ),
    (
        "lYo066",
        "vi",
        "ups_thesis_ctu",
        "Đồ án hệ thống điện dự phòng UPS trong trạm biến áp 110 kV",
        "Đồ án của sinh viên ngành kỹ thuật điện Trường Đại học Cần Thơ về nguồn tự dùng, cấu tạo, nguyên lý và các chế "
        "độ hoạt động của UPS trong trạm biến áp 110 kV.",
    ),
    (
        "lYo067",
        "vi",
        "stator_blog",
        "Máy phát điện: cách điện stato và thiết bị bảo vệ",
        "Công ty máy phát điện giới thiệu cách ghép cách điện lõi thép, dây quấn, bộ nguồn, mạch điều khiển trong stato "
        "máy phát và bán máy phát điện.",
    ),
    (
        "lYo068",
        "vi",
        "cctv_hoanganh",
        "Thiết kế thi công camera giám sát an ninh văn phòng",
        "Lắp camera IP, analog, PTZ, cảm biến chuyển động và báo động cho văn phòng, giám sát 24/7 và lưu bằng chứng.",
    ),
    (
        "lYo069",
        "vi",
        "cctv_training",
        "Tài liệu đào tạo thi công camera và thiết bị an ninh",
        "Quy trình cho đội thi công camera: nhận hồ sơ hợp đồng, khảo sát, đi dây, lắp đặt, nghiệm thu, bàn giao và bảo "
        "hành.",
    ),
]

OFFERS += [
    # --- rooftop solar ---
    (
        "lYo070",
        "en",
        "solar_pvmod",
        "Structural and financial assessment before commercial rooftop PV",
        "Engineers check roof type, reserve load capacity for the 3–6 psf dead load of the array, wind uplift, and the "
        "roof's remaining life before a 25–30-year PV system is installed, then model yield and payback.",
    ),
    (
        "lYo071",
        "en",
        "solar_gevetica",
        "Rooftop PV potential survey: shading, orientation, structure",
        "Site survey mapping sun exposure over the year, obstructions from parapets, neighbouring buildings and HVAC "
        "units, roof geometry and structure, producing shadow maps and the largest feasible array layout.",
    ),
    (
        "lYo072",
        "en",
        "solar_jmb",
        "Solar-ready roof design for new commercial buildings",
        "Design guidance for developers and MEP engineers so that new roofs accept PV later; retrofitting a roof not "
        "designed for solar can add 15–25% to project cost through reinforcement and rerouted conduits.",
    ),
    (
        "lYo073",
        "en",
        "solar_colite",
        "Commercial rooftop solar design and installation",
        "Technical suitability assessment (shading, structure, orientation, space, grid connection, load) and "
        "installation of rooftop PV for businesses, schools and government buildings, with optional battery storage "
        "for backup and cost management.",
    ),
    (
        "lYo074",
        "vi",
        "solar_evn",
        "Lắp đặt điện mặt trời mái nhà cho trụ sở làm việc",
        "Đơn vị ngành điện đã lắp 30 MWp điện mặt trời mái nhà trên 776 trụ sở, sản xuất khoảng 42 triệu kWh mỗi năm và "
        "giảm 36.325 tấn CO2; nhận khảo sát, lắp đặt và hỗ trợ thủ tục cho cơ quan, doanh nghiệp.",
    ),
    (
        "lYo075",
        "vi",
        "solar_clean_vi",
        "Vệ sinh tấm pin mặt trời bằng máy chuyên dụng",
        "Làm sạch bụi, phân chim, lá cây trên tấm pin; không vệ sinh định kỳ có thể làm sản lượng giảm 5–20% tùy môi "
        "trường lắp đặt.",
    ),
    (
        "lYo076",
        "vi",
        "solar_art",
        "Vệ sinh và bảo trì hệ thống điện mặt trời định kỳ",
        "Vệ sinh 3–6 tháng một lần (2–3 tháng nếu gần công trình, nhà máy), dùng nước ít khoáng, bàn chải mềm; kiểm tra "
        "dây điện, inverter, khung giá đỡ để tránh cháy nổ.",
    ),
    (
        "lYo077",
        "vi",
        "solar_spc_om",
        "Dịch vụ vận hành, bảo trì hệ thống năng lượng mặt trời",
        "Lịch vệ sinh và kiểm tra 2–4 lần mỗi năm, tránh hot spot và hỏng hóc; không dùng chất tẩy mạnh; xử lý sai lầm "
        "thường gặp khi tự bảo trì hệ thống.",
    ),
    (
        "lYo078",
        "vi",
        "solar_sunpower",
        "Bảo trì hệ thống điện năng lượng mặt trời",
        "Gói bảo trì định kỳ gồm vệ sinh tấm pin, kiểm tra inverter, dây dẫn và kết nối, phát hiện sớm sự cố để tối ưu "
        "sản lượng và kéo dài tuổi thọ hệ thống.",
    ),
    (
        "lYo079",
        "en",
        "solar_thermal_vi",
        "Thermal camera inspection of rooftop PV arrays",
        "Infrared survey of panels, junction boxes, MC4 connectors, cables and inverters on sunny mornings at 70–80% "
        "output, locating hot spots from micro-cracks, soiling or shading, loose connectors and failed bypass diodes.",
    ),
    (
        "lYo080",
        "en",
        "solar_research",
        "Commercial solar maintenance and remote monitoring",
        "Scheduled visits every few months and a detailed annual inspection (array washing, connection checks, inverter "
        "testing) plus emergency call-outs triggered by 24/7 remote monitoring of array and inverter output.",
    ),
    (
        "lYo081",
        "en",
        "solar_green",
        "Inspection schedules for commercial solar systems",
        "At least one inspection a year (twice near construction or bird activity), monthly review of inverter fault "
        "logs through the manufacturer's monitoring portal, and planning for inverter replacement around year 12–15.",
    ),
    (
        "lYo082",
        "en",
        "solar_cleanrev",
        "Module-level monitoring to cut solar O&M costs",
        "Module-level power electronics with app monitoring show each panel's output, avoiding service visits that "
        "cost $150–750; O&M costs run $18–28 per kW per year over a 25-year life.",
    ),
    (
        "lYo083",
        "en",
        "solar_gadomo",
        "Rooftop solar programme management for property managers",
        "Coordinates design, permitting, installation and care across several buildings with standard components, one "
        "performance dashboard, a maintenance-cost baseline and clear contract duties for roof access and safety.",
    ),
    (
        "lYo084",
        "vi",
        "solar_pump_nt",
        "Tưới phun mưa dùng năng lượng mặt trời cho nông dân",
        "Công nghệ của Trường ĐH Bách khoa TP.HCM ứng dụng ở Ninh Thuận: pin mặt trời, bộ sạc, ắc quy chạy mô tơ bơm "
        "tưới phun cho cây trồng, tiết kiệm 30–50% nước so với tưới thông thường.",
    ),
    (
        "lYo085",
        "vi",
        "solar_drip_tg",
        "Hệ thống tưới nhỏ giọt chạy điện mặt trời cho vườn thanh long",
        "Tấm pin 1,5 x 0,8 m tạo điện 24 V chạy mô tơ 375 W bơm nước từ mương vào ống tưới nhỏ giọt tới từng trụ thanh "
        "long, như mô hình ở xã Lương Hòa Lạc, Chợ Gạo, Tiền Giang.",
    ),
    (
        "lYo086",
        "vi",
        "agrivoltaic_vnn",
        "Mô hình nông nghiệp kết hợp điện mặt trời",
        "Học viện Nông nghiệp Việt Nam tư vấn kết hợp phát điện mặt trời với trồng trọt, chăn nuôi, thủy sản trên cùng "
        "diện tích; bóng râm tấm pin tiết kiệm 14–29% nước tưới.",
    ),
    (
        "lYo087",
        "en",
        "home_battery",
        "Home battery storage paired with rooftop solar",
        "Residential lithium batteries of 5–20 kWh storing daytime solar for the evening or cheap off-peak power for "
        "peak hours; a 10 kWh battery covers most homes for one night.",
    ),
    (
        "lYo088",
        "en",
        "hybrid_helio",
        "Hybrid solar inverter for households",
        "Inverter combining grid-tied and battery functions so a household stores surplus solar in batteries instead "
        "of exporting it.",
    ),
]

OFFERS += [
    # --- energy audits, lighting and controls ---
    (
        "lYo089",
        "vi",
        "ea_ktnlvn",
        "Kiểm toán năng lượng cho doanh nghiệp và tòa nhà",
        "Đo lường, phân tích, đánh giá tiêu thụ năng lượng, xác định tiềm năng tiết kiệm và đề xuất giải pháp theo Luật "
        "sử dụng năng lượng tiết kiệm và hiệu quả số 50/2010/QH12; giúp giảm chi phí vận hành và phát thải.",
    ),
    (
        "lYo090",
        "vi",
        "ea_vets",
        "Kiểm toán năng lượng theo TCVN 50002:2015",
        "Kiểm toán sơ bộ và chi tiết, lập cân bằng năng lượng theo từng hệ thống, thiết bị, phát hiện điểm lãng phí và "
        "đề xuất giải pháp kỹ thuật làm nền cho chương trình quản lý năng lượng.",
    ),
    (
        "lYo091",
        "vi",
        "ea_vinacontrol",
        "Dịch vụ kiểm toán năng lượng 10 bước",
        "Từ lập kế hoạch, khảo sát, thu thập số liệu, đo kiểm đến báo cáo; đáp ứng Thông tư 25/2020/TT-BCT cho cơ sở "
        "công nghiệp từ 1.000 TOE/năm và tòa nhà thương mại từ 500 TOE/năm.",
    ),
    (
        "lYo092",
        "vi",
        "ea_vneec",
        "Kiểm toán năng lượng và thiết lập chương trình quản lý năng lượng",
        "Cân bằng tổng năng lượng đầu vào với sử dụng, định lượng năng lượng theo từng hoạt động, nhận biết cơ hội cải "
        "tiến hiệu quả năng lượng và đưa ra khuyến nghị cho đơn vị.",
    ),
    (
        "lYo093",
        "vi",
        "ea_acc",
        "Tư vấn pháp lý và hồ sơ kiểm toán năng lượng",
        "Công ty kế toán - kiểm toán - thuế hướng dẫn các văn bản pháp quy (Luật 50/2010, Nghị định 21/2011, Nghị định "
        "73/2011, Thông tư 09/2012) và chuẩn bị hồ sơ, báo cáo kế hoạch sử dụng năng lượng cho doanh nghiệp.",
    ),
    (
        "lYo094",
        "en",
        "ea_cim",
        "ASHRAE energy audits backed by building analytics",
        "Level 1 walk-through, Level 2 survey and analysis and Level 3 investment-grade audits for commercial "
        "buildings, combined with analytics software that reads BMS data to find waste continuously.",
    ),
    (
        "lYo095",
        "en",
        "ea_legal",
        "Commercial energy audits under ASHRAE Standard 211",
        "Three audit levels of rising depth and cost; audits back local building-performance mandates (often 20,000–"
        "50,000 sq ft thresholds), lender requirements and tax deductions of up to $5.81 per square foot.",
    ),
    (
        "lYo096",
        "vi",
        "ea_paladino",
        "Kiểm toán năng lượng tòa nhà văn phòng, đề xuất giải pháp ECM",
        "Rà soát mọi hệ thống năng lượng của tòa nhà và lập báo cáo các biện pháp tiết kiệm (ECM) chia thành chi phí "
        "thấp và đầu tư lớn, mỗi biện pháp có dự toán chi phí và tiết kiệm hằng năm; tận dụng lúc văn phòng vắng người.",
    ),
    (
        "lYo097",
        "en",
        "ea_rimkus",
        "Building energy audit preparation and reporting",
        "Helps facility managers prepare for an audit (12 months of utility data for all fuels, drawings, equipment "
        "lists, staff on site) and explains the final report, with HVAC as the main focus.",
    ),
    (
        "lYo098",
        "en",
        "ea_greener",
        "ASHRAE Level 1, 2 and 3 audits for commercial buildings",
        "Walk-through survey with no-cost and low-cost measures, detailed energy survey with savings calculations, and "
        "capital-intensive analysis, so owners stop spending on projects that barely move energy use.",
    ),
    (
        "lYo099",
        "en",
        "led_sharp",
        "Occupancy sensors added to an LED retrofit",
        "Sensors switch off or dim lights in private offices, open-plan areas and meeting rooms when empty, saving "
        "about 20% more than manual control; about 35 sensors per site at $230–360 each installed.",
    ),
    (
        "lYo100",
        "en",
        "led_openg",
        "Motion-controlled lighting retrofit for commercial buildings",
        "LED tubes fitted into the existing metal fittings plus motion and daylight controls; the Carbon Trust puts "
        "lighting bill savings at up to 30% without rewiring the building.",
    ),
    (
        "lYo101",
        "vi",
        "led_forester",
        "Cải tạo hệ thống chiếu sáng LED cho văn phòng",
        "Thay đèn huỳnh quang T8 bằng LED tiết kiệm 60–70% điện chiếu sáng, giảm tải cho điều hòa và chi phí bảo trì; "
        "tư vấn mục tiêu, chất lượng ánh sáng và ưu đãi.",
    ),
    (
        "lYo102",
        "en",
        "bms_caeda",
        "BMS and EMS for small and mid-sized buildings",
        "Design and installation of building and energy management systems for 5,000–50,000 sq ft non-residential "
        "buildings: sensors, controllers, supervisory software for HVAC, lighting and hot water, benchmarking and "
        "demand response.",
    ),
    (
        "lYo103",
        "en",
        "bms_clark",
        "Building automation assessment for small commercial properties",
        "Controls assessment before any new hardware: reprogramming idle thermostats, re-enabling economisers and "
        "checking variable-speed drives in small offices, shops and light industrial buildings.",
    ),
    (
        "lYo104",
        "vi",
        "bms_pleasant",
        "Tối ưu hóa hệ thống BMS để giảm lãng phí năng lượng",
        "Rà soát lịch chạy, điểm đặt và cảm biến sai của BMS; một văn phòng 17.600 m² đã giảm 28% năng lượng, tiết kiệm "
        "171.000 bảng trong 9 tháng chỉ nhờ cấu hình lại điều khiển.",
    ),
    (
        "lYo105",
        "en",
        "bms_iot",
        "IoT sensor layer over an existing building energy management system",
        "LoRaWAN sensors, edge gateway and BACnet/Modbus bridges add zone-level data to an ageing BEMS for "
        "occupancy-based setback and CO2-driven ventilation; 10–25% savings and 2–4 year payback.",
    ),
    (
        "lYo106",
        "vi",
        "lamp_mit",
        "Chuyển giao công nghệ đèn huỳnh quang tích hợp cảm biến tiệm cận",
        "Viện công nghệ chào chuyển giao sáng chế ballast đèn huỳnh quang có cảm biến phát hiện người trong phạm vi 11 "
        "feet, lắp thay thế trực tiếp đèn cũ chỉ thêm hai dây.",
    ),
]

OFFERS += [
    # --- document scanning and archiving ---
    (
        "lYo107",
        "vi",
        "dig_daiviet",
        "Số hóa tài liệu lưu trữ cho cơ quan nhà nước",
        "Chuyển tài liệu giấy, ảnh, phim, âm thanh sang dạng số theo Luật Lưu trữ và quy trình được ban hành; bảo đảm "
        "tiêu chuẩn dữ liệu đầu vào, tính xác thực, an toàn, tiết kiệm kho và thời gian tra cứu.",
    ),
    (
        "lYo108",
        "vi",
        "dig_huy",
        "Số hóa tài liệu khi sắp xếp, sáp nhập đơn vị hành chính",
        "Quy trình theo Hướng dẫn 40-HD/VPTW và Công văn 14748-CV/VPTW: chọn hồ sơ giá trị lâu dài, lập biên bản giao "
        "nhận, gỡ ghim, làm phẳng, quét, kiểm tra, phục vụ bàn giao tài liệu khi sáp nhập tỉnh, xã; không số hóa tài "
        "liệu Tuyệt mật.",
    ),
    (
        "lYo109",
        "vi",
        "dig_vienhc",
        "Tư vấn, phần mềm và dịch vụ số hóa tài liệu lưu trữ",
        "Viện Ứng dụng khoa học công nghệ tư vấn số hóa đúng quy trình, tiêu chuẩn, có trọng tâm; cung cấp phần mềm, "
        "dịch vụ số hóa, tạo lập cơ sở dữ liệu và ký số tài liệu lưu trữ số hóa.",
    ),
    (
        "lYo110",
        "vi",
        "dig_luutruvn",
        "Tổ chức lưu trữ tài liệu điện tử trong doanh nghiệp",
        "Xây dựng quy trình văn thư, lưu trữ mới cho file Word, Excel, văn bản scan và tài liệu sinh ra từ thiết bị điện "
        "tử, thay các bước lưu trữ truyền thống không còn phù hợp.",
    ),
    (
        "lYo111",
        "vi",
        "dig_sohoa",
        "Dịch vụ số hóa tài liệu cho doanh nghiệp",
        "Chuyển văn bản, bản vẽ, kế hoạch, hình ảnh sang file PDF, JPG để tra cứu, bảo quản và khai thác; tuân thủ tiêu "
        "chuẩn dữ liệu đầu vào của lưu trữ điện tử.",
    ),
    (
        "lYo112",
        "vi",
        "dig_sohoa2",
        "Số hóa kho lưu trữ để bảo quản bản gốc và khai thác tập trung",
        "Số hóa kéo dài tuổi thọ bản gốc, đồng nhất các loại hình tài liệu (giấy, phim ảnh, ghi âm) và cho phép độc giả "
        "khai thác tập trung mà không phải đến phòng đọc.",
    ),
    (
        "lYo113",
        "vi",
        "dig_vina",
        "Giải pháp số hóa tài liệu theo quy định lưu trữ nhà nước",
        "Số hóa, lưu trên máy chủ riêng hoặc đám mây, áp dụng Quyết định 176/QĐ-VTLTNN, Thông tư 02/2019/TT-BNV về dữ "
        "liệu đầu vào và Thông tư 04/2014/TT-BNV về định mức kinh tế kỹ thuật tạo lập cơ sở dữ liệu.",
    ),
    (
        "lYo114",
        "vi",
        "ocr_lacviet",
        "Nhận dạng ký tự OCR, bóc tách dữ liệu từ tài liệu scan",
        "OCR chuyển ảnh, file PDF, ảnh chụp điện thoại thành văn bản chỉnh sửa và tìm kiếm được; bóc tách tên công ty, "
        "số tiền, ngày phát hành từ hàng trăm hóa đơn để đưa vào phần mềm kế toán, ERP.",
    ),
    (
        "lYo115",
        "vi",
        "dig_mm",
        "Tư vấn quy trình số hóa tài liệu chuẩn 2025",
        "Phân biệt số hóa tài liệu (scan thành PDF) với số hóa dữ liệu (bóc tách thông tin vào phần mềm), xây dựng kho "
        "dữ liệu sống cho doanh nghiệp đang ngập hồ sơ giấy.",
    ),
    (
        "lYo116",
        "vi",
        "edms_1vs",
        "Hệ thống quản lý văn bản và lưu trữ điện tử",
        "Phần mềm quản lý văn bản điều hành nối với lưu trữ cơ quan, bảo đảm tài liệu lưu trữ điện tử xác thực, toàn "
        "vẹn, an toàn và truy cập được theo Nghị định 01/2013/NĐ-CP.",
    ),
    (
        "lYo117",
        "en",
        "ocr_vattm",
        "Digitisation project with OCR-based archive management software",
        "Scanning of the archives of a national corporation and its member units together with archive management "
        "software that integrates OCR, prepared as an approved techno-economic report in 2021.",
    ),
    (
        "lYo118",
        "en",
        "dig_paper_iu",
        "Web application for digitising administrative documents",
        "Researchers at International University, VNU-HCM built a web application that converts hard-copy "
        "administrative documents of public organisations into searchable digital files.",
    ),
    (
        "lYo119",
        "en",
        "scan_dajon",
        "Archive scanning with OCR and metadata tagging",
        "High-resolution scanning of fragile documents, photographs and records, with metadata tagging and OCR so the "
        "digital archive is searchable and the originals need not be handled.",
    ),
    (
        "lYo120",
        "en",
        "scan_imba",
        "Scanning and archiving workflow design",
        "Choice of flatbed, high-speed feeder or overhead book scanners, resolution and colour depth, then a workflow "
        "from preparation (staple removal, repairs) to indexing and secure storage.",
    ),
    (
        "lYo121",
        "en",
        "scan_pagefree",
        "Archive scanning bureau with collection service",
        "Converts paper archives kept for 6 years or more (insurance files up to 25 years) to digital form; plans "
        "batches, collects files in labelled crates and returns them in the agreed order.",
    ),
    (
        "lYo122",
        "en",
        "scan_frc",
        "Records centre scanning service for government agencies",
        "Scanning of temporary and permanent paper records with special handling (destapling, unbinding, repairs, "
        "double-sided pages, sticky notes) and protection of personal information during the job.",
    ),
    (
        "lYo123",
        "en",
        "scan_hackworth",
        "Document image processing for incoming mail and legacy archives",
        "Scanning and keyword indexing of old paper archives and of new correspondence as it arrives, routing images "
        "across the network so originals can be discarded once scanned.",
    ),
    (
        "lYo124",
        "en",
        "scan_ca",
        "Digitisation planning advice for public agencies",
        "Guidance on deciding what to scan, image quality, file formats and staffing; about $1–3 per scan is reasonable "
        "for homogeneous textual collections in good condition.",
    ),
    (
        "lYo125",
        "en",
        "edms_ca",
        "Selecting an electronic document management system",
        "Advice on EDMS functions for agencies: security control, version control, metadata capture, optional records "
        "management, storage, full-text search and automatic format conversion.",
    ),
    (
        "lYo126",
        "en",
        "edms_rf6",
        "Electronic document and records management (EDRMS)",
        "Cloud system managing physical and electronic records under the same retention rules, discouraging duplicate "
        "paper printouts of emails and documents.",
    ),
    (
        "lYo127",
        "en",
        "edms_legal",
        "Government document management compliance",
        "Document management for public bodies covering creation, storage, security and disposition of records in "
        "digital format, including emails and scanned images.",
    ),
    (
        "lYo128",
        "vi",
        "shelf_etek",
        "Kho kệ di động trên ray cho kho hàng và kho hồ sơ",
        "Dãy kệ trượt ray có motor, cảm biến an toàn và điều khiển từ xa, giảm khoảng 40% diện tích lưu trữ; dùng cho "
        "kho vật tư, thư viện và kho lưu trữ hồ sơ số lượng lớn.",
    ),
    (
        "lYo129",
        "en",
        "shred_hoxton",
        "Confidential document shredding service",
        "On-site and off-site shredding of paper records with locked bins, chain of custody and a certificate of "
        "destruction for privacy compliance.",
    ),
    (
        "lYo130",
        "en",
        "shred_colindale",
        "Secure on-site shredding trucks for businesses",
        "Mobile shredding units destroy documents at the client's premises in front of staff, reducing transport risk "
        "for sensitive files.",
    ),
    (
        "lYo131",
        "vi",
        "picking_vinatech",
        "Tư vấn quy trình lấy hàng (order picking) trong kho",
        "Tối ưu thu thập hàng theo đơn trong kho để tăng tốc độ xử lý đơn và kiểm soát tồn kho.",
    ),
    (
        "lYo132",
        "vi",
        "tcvn4317",
        "Tải TCVN 4317:1986 Nhà kho - Nguyên tắc cơ bản để thiết kế",
        "Văn bản tiêu chuẩn thiết kế nhà kho cung cấp dưới dạng tải về.",
    ),
    (
        "lYo133",
        "vi",
        "port_warehouse",
        "Báo cáo thực tập nghiệp vụ quản lý kho bãi cảng",
        "Báo cáo của sinh viên Đại học Hàng hải Việt Nam về quản lý, khai thác kho bãi tại cảng Hoàng Diệu, Hải Phòng.",
    ),
]

OFFERS += [
    # --- meeting-room audio-visual and video conferencing ---
    (
        "lYo134",
        "vi",
        "vc_viettelco",
        "Triển khai phòng họp hội nghị trực tuyến cho cơ quan, doanh nghiệp",
        "Thiết kế, lắp đặt bộ thiết bị họp gồm codec, camera, micro, remote, màn hình hoặc máy chiếu, thêm MCU khi họp "
        "nhiều điểm, và tư vấn băng thông đường truyền tới máy chủ trong nước hay quốc tế.",
    ),
    (
        "lYo135",
        "vi",
        "vc_kamnex",
        "Setup phòng họp trực tuyến cho doanh nghiệp nhiều chi nhánh",
        "Xác định mô hình site-to-site hay multisite, chọn thiết bị theo quy mô, lắp đặt và chạy thử để các chi nhánh "
        "họp qua Zoom, Google Meet, Skype ổn định.",
    ),
    (
        "lYo136",
        "vi",
        "vc_boony",
        "Tư vấn chọn giải pháp hội nghị trực tuyến phần cứng hay phần mềm",
        "So sánh hệ thống chuyên dụng (VCS, MCU, chia sẻ dữ liệu, ghi hình) chất lượng cao nhưng đắt với giải pháp phần "
        "mềm giá rẻ cho công ty ngân sách thấp.",
    ),
    (
        "lYo137",
        "vi",
        "vc_thicong",
        "Giải pháp hội nghị truyền hình Polycom cho doanh nghiệp",
        "Hệ thống hội nghị truyền hình cho họp, hội thảo, đào tạo từ xa giữa nhiều địa điểm, hình ảnh sắc nét, chia sẻ "
        "dữ liệu và lưu trữ trong cuộc họp.",
    ),
    (
        "lYo138",
        "vi",
        "vc_akn",
        "Hướng dẫn và thi công phòng hội nghị trực tuyến từ A đến Z",
        "5 bước: xác định số điểm kết nối, chi phí, số người (dưới hoặc trên 10 người), đo phòng và kiểm tra ánh sáng, "
        "độ vang, trần tường; chọn, lắp thiết bị và chạy thử.",
    ),
    (
        "lYo139",
        "vi",
        "vc_polycom",
        "Phân phối thiết bị hội nghị truyền hình Polycom",
        "Cung cấp thiết bị Polycom cho phòng họp, hội thảo, đào tạo từ xa, tư vấn y tế; văn phòng tại Hồ Chí Minh và Hà "
        "Nội.",
    ),
    (
        "lYo140",
        "en",
        "vc_titus",
        "Video conferencing room installation: network, acoustics and AV",
        "Installer working from the room's real use: bandwidth planning and QoS for media traffic, acoustic treatment, "
        "beamforming microphones and one-touch start; e.g. a 16-seat boardroom with a single guest cable.",
    ),
    (
        "lYo141",
        "en",
        "vc_portside",
        "Meeting-room technology build for small and medium offices",
        "Coordinates display backing boards, conduits and floor boxes with the builder and furniture maker, plus "
        "system selection, configuration and programming for simple or complex meeting rooms.",
    ),
    (
        "lYo142",
        "en",
        "vc_jared",
        "Boardroom integration for Microsoft Teams Rooms and Zoom Rooms",
        "Rooms that launch scheduled meetings from a touch panel, suppress HVAC noise, keep lip-sync over long calls, "
        "accept HDMI, USB-C or wireless sharing, and can be supported remotely.",
    ),
    (
        "lYo143",
        "en",
        "vc_gpr",
        "Audio-visual system design for meeting rooms and auditoriums",
        "Signal chain from laptops, room PC and cameras through an AV processor with echo cancellation and noise "
        "suppression to displays, ceiling speakers and the video-conference link, with a single touch control.",
    ),
    (
        "lYo144",
        "en",
        "vc_reid",
        "Budget boardroom AV for 8–14 seats",
        "A conservative parts list: one 75–86-inch display for 12–18 ft seating depth (or a 120-inch projector "
        "screen), short signal paths and wiring planned for laptop sharing and video calls.",
    ),
    (
        "lYo145",
        "vi",
        "mic_kamnex",
        "Tư vấn chọn micro phòng họp, hội nghị",
        "Chọn micro cổ ngỗng, micro đa hướng, micro trần theo diện tích phòng và số đại biểu cho cơ quan nhà nước, ngân "
        "hàng, trường học, bảo đảm giọng nói rõ cho người dự tại chỗ và đầu cầu trực tuyến.",
    ),
    (
        "lYo146",
        "vi",
        "aud_obibi",
        "Lắp đặt hệ thống âm thanh phòng họp",
        "Phối ghép loa, micro, amply phù hợp không gian phòng họp để mọi người nghe rõ phát biểu, chất vấn; lắp đặt gọn, "
        "thẩm mỹ và an toàn.",
    ),
    (
        "lYo147",
        "vi",
        "aud_vinasound",
        "Hệ thống âm thanh hội nghị: loa, micro, bộ điều khiển",
        "Loa cột, loa treo tường, loa âm trần chọn theo kích thước phòng; micro cổ ngỗng không dây, bộ điều khiển trung "
        "tâm và cục đẩy công suất cho phòng họp, hội thảo.",
    ),
    (
        "lYo148",
        "en",
        "aud_giabao",
        "Conference audio systems with interpretation",
        "Microphones, amplifiers, central controller and loudspeakers for meeting and conference rooms, including "
        "simultaneous interpretation for large multilingual meetings and online conferencing.",
    ),
    (
        "lYo149",
        "vi",
        "aud_techsound",
        "Tư vấn lắp đặt âm thanh phòng họp, hội trường từ A–Z",
        "Thiết kế hệ thống micro, ampli, loa, bộ điều khiển trung tâm, phiên dịch và biểu quyết cho cơ quan nhà nước, ủy "
        "ban nhân dân, trường học, doanh nghiệp.",
    ),
    (
        "lYo150",
        "vi",
        "acou_maxhub",
        "Khử tiếng vang phòng họp bằng vật liệu dễ kiếm",
        "5 cách giảm dội âm chi phí thấp: trải thảm sàn, rèm dày, tấm tiêu âm tường, nội thất mềm, trần; giúp họp trực "
        "tiếp và trực tuyến nghe rõ hơn.",
    ),
    (
        "lYo151",
        "en",
        "acou_jade",
        "Meeting-room acoustic measurement and treatment",
        "Measures reverberation time (RT60) in rooms such as 4.2 x 3.4 x 2.75 m, simulates sound-absorbing furniture "
        "and panels, and places treatment where glass, hard floors and AV equipment cause echo.",
    ),
    (
        "lYo152",
        "vi",
        "acou_noithat",
        "Thi công cách âm phòng họp",
        "Vách thạch cao kẹp cao su non, bông khoáng, bông thủy tinh; trần thạch cao kín; xử lý khe hở đèn âm trần, cửa "
        "ra vào và cửa sổ để họp kín không lọt tiếng.",
    ),
    (
        "lYo153",
        "vi",
        "acou_hall",
        "Tiêu âm hội trường",
        "Thiết kế, thi công vật liệu tiêu âm chống dội âm cho hội trường lớn, giữ cường độ âm khoảng 60–65 dB dễ nghe.",
    ),
    (
        "lYo154",
        "en",
        "ifp_shared",
        "Interactive displays for meeting rooms",
        "Selection, installation and upkeep of large interactive touch displays with wireless sharing and live "
        "annotation, from one huddle room to fifty conference rooms across a campus.",
    ),
    (
        "lYo155",
        "en",
        "ifp_arso",
        "One-touch boardroom automation",
        "Wall keypad and table touch panel: pressing 'Meeting' dims lights to 50%, lowers the screen, starts the "
        "projector on the laptop input and sets audio levels.",
    ),
    (
        "lYo156",
        "en",
        "ifp_israel",
        "Wireless presentation and smart meeting-room control",
        "Wireless sharing on dedicated networks, displays that wake automatically, audio following the active "
        "microphone and camera framing, so a guest is presenting within a minute.",
    ),
    (
        "lYo157",
        "en",
        "ifp_planar",
        "LCD displays instead of projectors for conference rooms",
        "46- or 55-inch back-lit LCD displays that work with lights on and blinds open, for rooms of about a dozen "
        "people.",
    ),
    (
        "lYo158",
        "vi",
        "karaoke_songnhac",
        "Lắp đặt dàn âm thanh, karaoke phòng khách gia đình",
        "Chọn loa bookshelf, loa đứng, subwoofer theo diện tích phòng khách 15–40 m² để xem phim, hát karaoke.",
    ),
    (
        "lYo159",
        "vi",
        "karaoke_anhtai",
        "Setup dàn karaoke gia đình và phòng hát kinh doanh",
        "Hướng dẫn vị trí loa, sub, vang số và cân chỉnh cho phòng karaoke gia đình và quán karaoke kinh doanh.",
    ),
    (
        "lYo160",
        "vi",
        "karaoke_siha",
        "Xử lý âm thanh phòng karaoke kinh doanh chống hú",
        "Bố trí loa cao 2–2,5 m nghiêng 30–45 độ, vật liệu tiêu âm và nội thất mềm để micro phòng hát không hú rít.",
    ),
    (
        "lYo161",
        "en",
        "hometheater_cbs",
        "Home cinema soundproofing",
        "Soundproofing of home entertainment rooms to international practice, lowering the noise floor from about "
        "50 dB so quiet film scenes of 30 dB stay audible.",
    ),
    (
        "lYo162",
        "vi",
        "aud_legitech",
        "Bán trọn bộ âm thanh hội trường, sân khấu",
        "Các gói âm thanh hội trường, sân khấu giá từ khoảng 206 triệu đến 1,35 tỷ đồng cho hội nghị, hội thảo và biểu "
        "diễn văn nghệ.",
    ),
]
