"""Offers for holdout131 (gyms, fitness centres and swimming pools): (id, language, source key, title, description)."""

OFFERS = [
    # --- exercise equipment and its maintenance ---
    (
        "nCo001",
        "vi",
        "gym_bt_blogspot",
        "Hợp đồng bảo dưỡng định kỳ máy chạy bộ và thiết bị cardio cho phòng gym",
        "Doanh nghiệp thiết bị thể thao nhận bảo dưỡng định kỳ cho phòng tập: vệ sinh băng chạy, khe giữa băng chạy và đệm để chân, "
        "hút bụi khoang động cơ mỗi 2–3 tháng, kiểm tra mối nối băng chạy và bôi trơn trục xoay. Kèm phần hồi phục: sửa chữa, thay thế chi tiết "
        "hao mòn. Bảo dưỡng đều đặn giúp thiết bị cardio trông mới thêm 2–5 năm và giảm nguy cơ chấn thương cho người tập.",
    ),
    (
        "nCo002",
        "vi",
        "gym_bt_ruby",
        "Gói vệ sinh, chống ẩm và chống gỉ thiết bị gym trong khí hậu nóng ẩm",
        "Dịch vụ chăm sóc thiết bị phòng tập cho vùng khí hậu nhiệt đới nóng ẩm mưa nhiều: kiểm tra tình trạng không khí phòng tập, lau chùi "
        "thiết bị bằng thép, nhôm, sắt đã sơn tĩnh điện hoặc phủ bóng, xử lý sớm điểm gỉ trong mùa nồm ẩm, bảo dưỡng đúng khuyến cáo của nhà sản xuất "
        "để kéo dài tuổi thọ và giữ phòng tập sạch, thu hút khách.",
    ),
    (
        "nCo003",
        "en",
        "gym_ganas",
        "Daily maintenance routine and staff training for indoor fitness equipment",
        "Equipment maker offers a daily-care routine and staff training: check operating, transmission and speed-change mechanisms and safety devices; "
        "look for loose or broken screws, worn wire ropes and belts; lubricate bearings at fixed points. For treadmills, apply silicone oil under the "
        "running belt with the power off, then walk at about 2 km/h so it spreads. Wipe sweat off after use, since sweat is the most corrosive agent.",
    ),
    (
        "nCo004",
        "en",
        "gym_longglory",
        "Maintenance programme and schedules for commercial cardio equipment",
        "Manufacturer guide turned into a service: a systematic maintenance and inspection programme for commercial treadmills and ellipticals, with "
        "daily, weekly, monthly, quarterly and annual tasks, common troubleshooting and simple repairs to limit downtime, and maintenance records and a "
        "management system for the club.",
    ),
    (
        "nCo005",
        "en",
        "gym_pmx",
        "Preventive maintenance contracts by certified fitness-equipment technicians",
        "Scheduled preventive maintenance: treadmills (clean and inspect deck and belt, lubricate, test speed and elevation, clean motor compartment "
        "yearly, inspect drive motor, pulleys and wiring, track and tension belts); bikes and ellipticals (chains, clutches, flywheel, test rpm sensor and "
        "power supply, calibrate resistance). Frames and welds are inspected for cracks and every unit is tested under load.",
    ),
    (
        "nCo006",
        "en",
        "gym_tmdoctor",
        "Treadmill wear-part replacement to avoid cascading failures",
        "Repair firm replaces wearable parts before they damage parts meant to last the life of the machine. Typical visit: lubricate and track walking "
        "belts, dress and tension drive belts, measure DC drive-motor amp draw to judge belt and deck wear, lubricate the lift actuator and recalibrate "
        "speed and incline; bikes, ellipticals and strength machines get pivot, cable and guide-rod service.",
    ),
    (
        "nCo007",
        "en",
        "gym_promaxima",
        "Inspection and calibration service for treadmills and cross-trainers",
        "Service checklist for commercial cardio: inspect displays and motor covers for cracks, motor brushes and armature, drive-pulley alignment and "
        "roller bearings; test the emergency stop; calibrate; vacuum around the motor control board, pan, belt and deck. Ellipticals: ramps, wheels, "
        "pedal-arm bushings. All defects are logged with manufacturer, model and serial number for parts ordering.",
    ),
    (
        "nCo008",
        "vi",
        "eq_cable",
        "Thay cáp và ròng rọc cho máy tập khối tạ",
        "Dịch vụ thay dây cáp thép truyền lực cho máy tập khối tạ (máy kéo xô, máy cáp): tháo cáp sờn hoặc đứt, lắp cáp bọc đúng thông số máy. "
        "Thợ cố định khối tạ bằng chốt hoặc kẹp chuyên dụng, dùng găng tay và kính bảo hộ. Cáp mòn có thể đứt khi đang chịu tải gây chấn thương, "
        "thay kịp thời còn tránh hỏng các chi tiết khác của máy.",
    ),
    (
        "nCo009",
        "en",
        "gym_integrity",
        "Safety inspection and lubrication call for strength and cardio machines",
        "Preventive service call: safety inspection of weldments, seat supports, chains, pulleys and cables, missing or worn hardware; upholstery "
        "checked for rips and sharp edges; lube on chains, sprockets, guide rods and pivot points; vacuuming of treadmill motor compartments and optical "
        "sensors; line cords, power supplies and wiring checked; each unit performance-tested afterwards.",
    ),
    (
        "nCo010",
        "en",
        "gym_learnuni",
        "Commercial treadmill service and repair course for technicians",
        "Training course for in-house technicians: belt alignment by adjusting rear-roller bolts, replacing anti-slip deck strips (which wear faster in "
        "humid gyms), fitting a 15-minute UPS where power is unstable, calibrating speed with a probe (for example to 6 km/h), lubricating chain drives "
        "every six months, and setting up a preventive maintenance programme.",
    ),
    (
        "nCo011",
        "en",
        "eq_fitplus_refurb",
        "Reconditioned commercial fitness equipment for clubs on a tight budget",
        "Supplier of refurbished equipment from leading brands in near-new condition; parts worn 20 to 30 percent are replaced before resale. Buying "
        "guidance on what refurbished, remanufactured and reconditioned mean for each seller, and a mix of new and refurbished cardio to cut the cost of "
        "fitting out a facility.",
    ),
    (
        "nCo012",
        "vi",
        "eq_athbiz_reman",
        "Cung cấp thiết bị tập tái sản xuất kèm bảo hành mở rộng",
        "Đơn vị tái sản xuất thiết bị phòng tập: máy được tháo đến khung trần rồi lắp lại, giá rẻ khoảng 70% so với máy mới, bọc nệm theo màu khách "
        "chọn, có bảo hành mở rộng và dịch vụ sửa chữa. Có thể trang bị trọn gói sàn, máy sức mạnh và máy cardio cho phòng tập mới mở hoặc thay từng máy lẻ.",
    ),
    (
        "nCo013",
        "en",
        "eq_gympro_warranty",
        "Certified pre-owned gym equipment with extendable warranty",
        "Certified pre-owned machines with one year of parts and one year of labour warranty, extendable to 3, 5 or 10 years. Cover includes drive motor, "
        "deck, flywheel, frame, motor control boards and control panels; switches and electronics one year; running belts and decks are excluded and must "
        "be maintained by the owner.",
    ),
    (
        "nCo014",
        "vi",
        "eq_congvien",
        "Sản xuất và lắp đặt máy tập thể dục ngoài trời cho công viên",
        "Xưởng sản xuất máy tập công viên: khung thép dày 2,0–3,5 mm mạ kẽm hoặc sơn tĩnh điện chống gỉ, mỏ neo chôn sâu vào móng bê tông 50–70 cm "
        "để máy không rung lắc. Hướng dẫn nguyên lý hoạt động, độ an toàn và cách bảo trì cho đơn vị quản lý.",
    ),
    (
        "nCo015",
        "vi",
        "eq_atita",
        "Tư vấn chọn và bố trí thiết bị thể thao ngoài trời theo diện tích",
        "Tư vấn chọn thiết bị tập ngoài trời theo diện tích thực tế: khu nhỏ ưu tiên thiết bị đa năng, khu rộng chia cụm chức năng phục vụ nhiều nhóm "
        "cùng lúc, chừa khoảng cách an toàn và lối đi; áp dụng cho công viên, khu dân cư, trường học, giúp tối ưu ngân sách đầu tư.",
    ),
    (
        "nCo016",
        "vi",
        "eq_bodyfit",
        "Tư vấn thiết kế và setup phòng tập gym trọn gói",
        "Dịch vụ tư vấn thiết kế phòng tập gym: chọn địa điểm, bố trí khu tập, máy móc và dịch vụ tiện ích, đáp ứng 11 tiêu chuẩn đối với cơ sở "
        "kinh doanh thể hình theo Thông tư 05/2007/TT-UBTDTT.",
    ),
    (
        "nCo017",
        "vi",
        "eq_ptfitness",
        "Tư vấn điều kiện mở phòng tập aerobic – thể dục thẩm mỹ",
        "Hỗ trợ chuẩn bị điều kiện kinh doanh phòng tập aerobic: ít nhất 1 hướng dẫn viên và 1 huấn luyện viên có mặt thường xuyên, mỗi người hướng "
        "dẫn không quá 30 người trong một giờ, văn bằng hoặc chứng nhận chuyên môn phù hợp, cùng danh mục cơ sở vật chất và trang thiết bị.",
    ),
    (
        "nCo018",
        "en",
        "iaq_vindus",
        "Ventilation and HVLS fan design for gyms and fitness centres",
        "Manufacturer of high-volume low-speed fans designs air circulation with the club's ventilation: outdoor air at 20 cfm per person plus 0.06 cfm "
        "per square foot (ASHRAE 62.1 baseline), balanced air to remove dead zones, real-time CO2 and particulate monitoring, humidity management and "
        "cleaning routines.",
    ),
    (
        "nCo019",
        "en",
        "gym_fmt_life",
        "Treadmill life-extension service for commercial gyms",
        "Technicians extend treadmill life: wipe-downs without chemical detergents that degrade plastic and powder coat, cleaning under the motor cover "
        "with the power cord pulled, removing dust and sweat that clog the motor, and re-centring walking belts that migrate to one side and wear unevenly.",
    ),
    (
        "nCo020",
        "vi",
        "gym_bft",
        "Hướng dẫn và dịch vụ bảo dưỡng thiết bị aerobic và thiết bị sức mạnh",
        "Nhà sản xuất hướng dẫn bảo dưỡng theo nhóm máy: thiết bị aerobic (máy chạy, xe đạp, máy elip, máy chèo có màn hình, động cơ, hộp số) và thiết "
        "bị sức mạnh (tạ, giá đẩy, cáp, bạc đạn). Lau bằng khăn mềm ẩm, tránh chất tẩy chứa amoniac hoặc axit, phủ sáp gốc nước chống gỉ, kiểm tra "
        "chi tiết lỏng, gãy, mòn để sửa hoặc thay.",
    ),
]

OFFERS += [
    # --- pool water treatment and chlorine safety ---
    (
        "nCo021",
        "vi",
        "pool_clo_saigon",
        "Cung cấp dung dịch clo và tư vấn liều khử trùng nước hồ bơi",
        "Công ty thiết bị hồ bơi cung cấp clo và tư vấn sử dụng: clo dùng khử trùng, cân bằng pH, diệt khuẩn, rêu tảo và khử mùi; hoạt chất tồn tại "
        "4–6 giờ trong nước với giá thấp nên cần kiểm tra chỉ số clo hằng ngày, giữ đúng liều và thời điểm châm để vừa sạch nước vừa không gây hại sức khỏe.",
    ),
    (
        "nCo022",
        "vi",
        "pool_kt_saoviet",
        "Dịch vụ khử trùng nước bể bơi bằng calcium hypochlorite hoặc TCCA",
        "Khử trùng nước bể bơi hằng ngày bằng hợp chất clo (calcium hypochlorite, TCCA): giữ clo tự do 1–2 ppm ở pH 7,2–7,6, clo kết hợp luôn thấp "
        "hơn, lý tưởng bằng một nửa clo tự do trở xuống. Phương án được chọn theo nguồn nước cấp, loại và kích thước bể, mật độ người bơi, chi phí và "
        "khả năng giám sát.",
    ),
    (
        "nCo023",
        "vi",
        "pool_xl_caobang",
        "Vận hành xử lý nước hồ bơi kinh doanh theo quy trình 5 bước",
        "Nhận vận hành nước hồ bơi cho cơ sở kinh doanh: vớt rác bề mặt, đo bằng bộ test hai chỉ số pH (7,2–7,6) và clo dư (1,0–3,0 ppm), cân bằng "
        "hóa chất, ngăn rêu tảo và vi khuẩn gây kích ứng da mắt, tránh nước quá axit hay quá kiềm làm ăn mòn đường ống và thiết bị lọc.",
    ),
    (
        "nCo024",
        "vi",
        "pool_uv_hutech",
        "Chuyển giao quy trình xử lý vi sinh nước hồ bơi bằng UV, Ozone và Ozone/UV",
        "Nhóm nghiên cứu trường đại học chuyển giao kết quả khảo sát và quy trình: khảo sát cho thấy 100% hồ bơi không đạt dư lượng clo (cao tới 35 lần "
        "mức cho phép) và 20% không đạt pH; đã xây dựng 3 quy trình xử lý vi sinh bằng đèn UV, Ozone và Ozone/UV, trong đó Ozone/UV cho hiệu suất "
        "100% với E. coli và trên 99% với tổng coliform.",
    ),
    (
        "nCo025",
        "en",
        "uvoz_thailand",
        "Medium-pressure UV and low-dose ozone systems for public pools",
        "Pool contractor supplies medium-pressure UV units that cut chloramine levels and inactivate chlorine-resistant Cryptosporidium and Giardia, and "
        "low-dose ozone (up to 2 g per hour, injected by venturi after filtration) that destroys chloramines and by-products. Higher ozone doses need an "
        "activated-carbon quench; a chlorine residual is still required, but combined systems greatly reduce the chlorine needed.",
    ),
    (
        "nCo026",
        "en",
        "uvoz_sps",
        "UV light plus ozone retrofit to lower chlorine in indoor pools",
        "Service company couples UV (removes spent chlorine, inactivates bacteria) with ozone (oxidises contaminants, cuts sanitizer demand by about a "
        "third). Several clients now keep free chlorine at 0.5–1 ppm, 50–67% below the usual 1–3 ppm, with the chlorine smell largely gone; especially "
        "effective in indoor pools.",
    ),
    (
        "nCo027",
        "vi",
        "uvoz_psn",
        "Đào tạo vận hành khử trùng bổ sung ozone và UV cho nhân viên hồ bơi",
        "Khóa đào tạo về hệ khử trùng thứ cấp: Cryptosporidium rất kháng clo, cần 20 ppm clo trong 12,75 giờ mới bất hoạt, trong khi ozone và UV diệt "
        "99,9%; phân biệt ozone tạo bằng phóng điện corona và bằng đèn UV; kiểm soát chloramine và bệnh lây qua nước bơi.",
    ),
    (
        "nCo028",
        "vi",
        "salt_poolme",
        "Lắp đặt hệ thống hồ bơi nước mặn điện phân muối",
        "Thiết kế, lắp đặt hồ bơi nước mặn: hệ điện phân biến muối trong nước thành clo để khử trùng rồi trở lại thành muối. Độ mặn chỉ khoảng 10% "
        "nước biển, gần với nước mắt; ít mùi clo, dễ chịu cho da và mắt.",
    ),
    (
        "nCo029",
        "vi",
        "salt_saoviet_loi",
        "Sửa chữa, bảo dưỡng máy điện phân muối tạo clo hồ bơi",
        "Xử lý sự cố máy điện phân muối: clo thấp, cảnh báo kiểm tra, vảy cặn bám tấm cell, nồng độ muối dao động, lưu lượng giảm, điện cực ăn mòn, bảng "
        "điều khiển tắt đột ngột. Nồng độ muối thường cần 2.700–3.400 ppm tùy máy; kỹ thuật viên vệ sinh cell, kiểm tra điện cực và hiệu chỉnh.",
    ),
    (
        "nCo030",
        "en",
        "salt_premier",
        "Salt chlorine generators for commercial pools and water parks",
        "Pool service company installs salt chlorine generators: saline water passes a cell with electrodes that produce chlorine, the same chemical used "
        "by municipal water plants. Salt chlorinators are used instead of chlorine gas or liquid chlorine in large commercial pools and water parks.",
    ),
    (
        "nCo031",
        "en",
        "salt_oxering",
        "Salt water chlorinator supply and commissioning",
        "Supplier of salt water chlorinators: the pool is dosed to 2,500–6,000 ppm dissolved salt, typically 200–500 pounds of salt, and electrolysis "
        "produces hypochlorous acid and sodium hypochlorite. Customers are told plainly that a salt pool is not chlorine-free; it simply makes its own.",
    ),
    (
        "nCo032",
        "en",
        "salt_salinen",
        "Evaporated pool salt without anti-caking agent for electrolysis cells",
        "Salt producer supplies evaporated pool salt without release agent for electrolysis systems, and explains the chemistry: current splits dissolved "
        "sodium chloride, sodium forms sodium hydroxide and then sodium hypochlorite with the chlorine, leaving slightly salty, antiseptic, clear water.",
    ),
    (
        "nCo033",
        "vi",
        "ph_aresen",
        "Bộ test và quy trình kiểm soát độ pH nước bể bơi",
        "Cung cấp bộ kit và que thử pH điện tử, hướng dẫn kiểm soát pH: phạm vi lý tưởng 7,2–7,6; kiểm tra ít nhất 2–3 lần/tuần, hằng ngày vào mùa "
        "cao điểm; lấy mẫu ở độ sâu khoảng 18 inch, xa miệng hút; pH cao thì dùng natri bisunfat hoặc axit HCl, pha loãng và rải đều quanh bể.",
    ),
    (
        "nCo034",
        "en",
        "ph_vietmy",
        "pH test kits and colour scale for pool operators",
        "Chemical supplier sells pool water test kits with a pH colour scale and shows operators how to read it: below 7 acidic and corrosive, above 7 "
        "alkaline, with pool water kept between 7.2 and 7.6 so that adjustments can be made in time.",
    ),
    (
        "nCo035",
        "vi",
        "filt_hataky",
        "Cung cấp và lắp đặt bình lọc cát cho hệ tuần hoàn bể bơi",
        "Cung cấp bình lọc cát cho bể bơi gia đình và kinh doanh: thân nhựa composite, ABS hoặc thép phủ composite chịu áp và hóa chất; máy bơm hút "
        "nước qua lớp vật liệu lọc để giữ cặn, rác mịn, rêu tảo rồi trả nước sạch về bể. Tư vấn chọn bình theo công suất và lắp đặt đồng bộ.",
    ),
    (
        "nCo036",
        "vi",
        "filt_tafuma",
        "Dịch vụ rửa ngược bình lọc cát bể bơi đúng kỹ thuật",
        "Hướng dẫn và thực hiện rửa ngược (backwash) bình lọc cát: đảo chiều dòng nước để cuốn trôi cặn, tảo, dầu mỡ trong lớp cát; làm khi áp suất "
        "đồng hồ tăng 8–10 psi so với ban đầu, khi nước đục, sau khi dùng PAC hay sốc clo, hoặc định kỳ 7–10 ngày/lần.",
    ),
    (
        "nCo037",
        "en",
        "filt_pikes",
        "Sand or cartridge filter selection and supply for pools",
        "Pool equipment manufacturer advises on choosing between sand and cartridge filtration for a given pool, comparing water clarity, maintenance "
        "effort and long-term running cost, and supplies either system.",
    ),
    (
        "nCo038",
        "vi",
        "std_tafuma",
        "Kiểm tra chất lượng nước bể bơi theo Thông tư 02/2011/TT-BVHTTDL",
        "Dịch vụ kiểm tra và tư vấn đạt chuẩn nước bể bơi: nước đạt QCVN 02:2009/BYT; độ trong trên 25 độ Sneller, thấy đáy; độ màu dưới 5–6 đơn vị "
        "(ngoài trời), dưới 2 (trong nhà); chất vẩn đục dưới 2 mg/l ngoài trời, 1 mg/l trong nhà; pH 7,3–7,6. Chỉ số kiểm tra ít nhất 1 lần/ngày, lưu "
        "mẫu 500 ml tối thiểu 5 ngày, lưu hồ sơ để xuất trình khi được yêu cầu.",
    ),
    (
        "nCo039",
        "en",
        "std_wasaco",
        "Pool water analysis against the Vietnamese pool water standard",
        "Water-treatment firm tests pool water against Circular 02/2011/TT-BVHTTDL: clarity above 25 Sneller degrees, pH 7.3–7.6, turbidity below 2 mg/l "
        "outdoors and 1 mg/l indoors, hardness around 500 mg/l as CaCO3, chloride and ammonia limits, plus a wider chemical panel.",
    ),
    (
        "nCo040",
        "vi",
        "algae_nghean",
        "Hóa chất và quy trình xử lý nước bể bơi bị rêu tảo xanh",
        "Quy trình 6 bước: hạ pH về 7,2–7,4; sốc clo 10 g/m³ (bể 50 m³ dùng 500 g), hòa tan rồi dội quanh bể vào chiều tối, không bơi 24–48 giờ; thêm "
        "thuốc diệt tảo không bọt 10–20 ml/m³; chạy lọc 12–24 giờ; nếu còn đục dùng PAC 18% 5–10 g/m³, ngưng lọc 6–8 giờ rồi hút đáy; chà thành đáy. "
        "Sau xử lý giữ clo dư 1–3 ppm và lọc ít nhất 8 giờ/ngày.",
    ),
    (
        "nCo041",
        "vi",
        "turbid_saoviet",
        "Dịch vụ xử lý nước bể bơi bị đục từ A đến Z",
        "Đội kỹ thuật xử lý nước đục: đo pH, clo, TDS để tìm nguyên nhân (cặn lơ lửng, thiếu clo, lệch pH, lọc yếu, nước cấp nhiều sắt mangan); hút cặn "
        "đáy ở chế độ xả bỏ, chà thành và đáy, cân bằng pH, keo tụ và lọc lại cho nước trong.",
    ),
    (
        "nCo042",
        "en",
        "chem_nyfire",
        "Design and audit of chemical stores at swimming pools",
        "Fire-safety advice service for pool chemical stores: each chemical kept apart in a clearly marked area, ideally chlorine and acid in separate "
        "purpose-built rooms with warning signs on doors, different chlorine types kept apart, chemicals only in original containers in cool dark dry "
        "places, nothing near fuels or oils, safety data sheets displayed, chemicals always added to water and never water to chemical.",
    ),
    (
        "nCo043",
        "en",
        "chem_wilmar",
        "Pool chemical storage and handling course for pool staff",
        "Short course for pool staff: avoid skin and eye contact, store chlorine cool, dry, ventilated and out of sunlight, keep chlorine away from acids and "
        "organic materials, never mix chemicals, liquids on the lowest shelf below dry chlorine, clean dry plastic or glass measuring cups, confirm the "
        "product before filling a feeder, install automatic chlorinators only in vented rooms, and no dry-chemical extinguisher in a fire.",
    ),
    (
        "nCo044",
        "vi",
        "chem_edge",
        "Huấn luyện an toàn lưu trữ và sử dụng hóa chất hồ bơi",
        "Lớp huấn luyện cho nhân viên vận hành: cất hóa chất nơi khô mát thông gió, tránh nắng và xa tầm tay trẻ em; không trộn hóa chất, cho từng loại "
        "trực tiếp vào hồ; tách clo khỏi axit chỉnh pH; xử lý tràn đổ bằng nước; kiểm tra đúng hóa chất trước khi nạp bộ châm clo kín để tránh nổ.",
    ),
    (
        "nCo045",
        "en",
        "gas_offgas",
        "Interlocking chemical feed pumps to prevent chlorine gas at pools",
        "Engineering retrofit: chlorine and acid feed pumps and the chemical controller are wired to stop whenever the recirculation pump stops, so that "
        "acid and hypochlorite cannot accumulate in stagnant pipework during maintenance or power cuts and then be pushed into the pool as a chlorine gas "
        "cloud through the return inlets when flow restarts.",
    ),
    (
        "nCo046",
        "en",
        "gas_sdml",
        "Chlorine gas safety review for pools using compressed chlorine",
        "Risk-control consultants review pools still disinfecting with compressed chlorine gas: above 15 ppm inhalation causes airway constriction and "
        "fluid in the lungs, 10 ppm for 30 minutes is immediately dangerous to life and 430 ppm can be lethal. The review covers handling, staff training "
        "and options to discontinue gas.",
    ),
    (
        "nCo047",
        "en",
        "air_poollexicon",
        "Chloramine and indoor-air improvement package for natatoriums",
        "Consultancy for indoor pools: reduce organic load (showering rules, skimming, filtration), keep chlorine and pH in range with frequent testing, "
        "and remove volatile chloramines with exhaust fans, supply-and-exhaust air, dehumidifiers and air purifiers; includes staff training on routines.",
    ),
    (
        "nCo048",
        "en",
        "air_robson",
        "Industrial hygiene and aquatic safety assessment of indoor pool air",
        "Forensic experts assess natatorium air: a chlorine smell actually signals chloramines; oxidising ammonia needs eight chlorine molecules per ammonia "
        "molecule, and when chlorine is short it binds to ammonia instead. The assessment identifies causes and corrective measures.",
    ),
    (
        "nCo049",
        "vi",
        "chem_psp",
        "Tư vấn phân loại và bảo quản hóa chất hồ bơi",
        "Tư vấn cho chủ hồ: hóa chất chia ba nhóm (khử trùng – oxy hóa, cân bằng nước, hóa chất đặc trị); cất nơi khô mát thông gió, xa trẻ em và vật "
        "nuôi, vặn chặt nắp sau khi dùng, thay thùng hỏng bằng thùng đúng loại, không đựng hóa chất trong xô cũ; tuân thủ nhãn sản phẩm.",
    ),
]

OFFERS += [
    # --- heat pumps and energy for pools ---
    (
        "nCo050",
        "vi",
        "hp_megasun",
        "Cung cấp và lắp đặt bơm nhiệt heat pump đun nước nóng",
        "Doanh nghiệp năng lượng cung cấp bơm nhiệt (heat pump): máy lấy nhiệt từ môi trường để đun nước thay cho điện trở, giới thiệu nguyên lý hoạt "
        "động và lắp đặt cho công trình cần nhiều nước nóng.",
    ),
    (
        "nCo051",
        "vi",
        "hp_megasun_kt",
        "Tính toán bài toán kinh tế cho hệ thống heat pump công nghiệp",
        "Tư vấn so sánh chi phí đầu tư và vận hành của hệ heat pump công nghiệp với các phương án làm nóng khác, tính thời gian hoàn vốn cho từng công trình.",
    ),
    (
        "nCo052",
        "vi",
        "hp_vietstock",
        "Máy bơm nhiệt nguồn không khí cho khách sạn, resort và biệt thự",
        "Cung cấp máy bơm nhiệt nguồn không khí (air source): hấp thụ nhiệt từ không khí truyền vào nước, hoạt động như máy điều hòa chạy ngược; chi phí "
        "đầu tư thấp, lắp đặt dễ, thay bình đun điện hoặc gas vốn tốn năng lượng và kém an toàn; phù hợp khách sạn, khu nghỉ dưỡng.",
    ),
    (
        "nCo053",
        "en",
        "hp_punks",
        "Swimming pool heat pump selection and supply",
        "Pool heating supplier explains and sells heat pumps: coefficient of performance up to 5 (500%) against about 0.9 for an immersion heater, because "
        "heat is moved rather than made. Efficiency drops as air cools and units stop near 45°F, so COP figures must be compared under the same conditions.",
    ),
    (
        "nCo054",
        "en",
        "hp_solareast",
        "Pool heat pumps with heating and cooling modes",
        "Manufacturer of pool heat pumps that both heat and, in very hot weather, cool pool water. Most efficient with outdoor air above 50°F; per the US "
        "Department of Energy, running an average pool heat pump year-round at 85°F can save up to $400 a year; higher upfront cost than gas heaters but "
        "much lower running cost and longer life.",
    ),
    (
        "nCo055",
        "en",
        "hp_guide",
        "Heat pump pool heater installation with cover and running-cost estimate",
        "Installer of pool heat pumps: around 500% efficient on a warm day, 50–70% cheaper to run than gas, more than 10 years of life, annual service by an "
        "air-conditioning technician. Quotes include a pool cover and running-cost estimates with and without it (for example Miami at 78°F: about $1,100 "
        "uncovered versus $215 covered).",
    ),
    (
        "nCo056",
        "en",
        "hp_heatboard",
        "Sizing analysis for heat pump pool heaters",
        "Trained pool professionals size heat pump pool heaters for a specific pool: water passes the filter and the heater, the fan draws air over the "
        "evaporator and a scroll compressor in higher-efficiency units lifts the heat to the condenser; efficient while outside air stays above 45–50°F.",
    ),
    (
        "nCo057",
        "vi",
        "hp_therule",
        "Bơm nhiệt hồ bơi có chế độ đảo chiều làm mát nước",
        "Cung cấp bơm nhiệt hồ bơi dòng cao cấp có chế độ đảo chiều làm mát: môi chất bay hơi ở dàn lạnh hút nhiệt từ không khí, máy nén đẩy sang dàn "
        "ngưng nhả nhiệt vào nước. Chi phí chạy thấp hơn nhiều so với lò gas (hiệu suất 80–90%) dù điện đắt hơn.",
    ),
    (
        "nCo058",
        "en",
        "cov_nbws",
        "Automatic pool covers to cut evaporation, water and heat loss",
        "Pool company fits automatic covers that reduce evaporation by 90–95%. Evaporation is about 70% of an outdoor pool's energy loss: each pound of "
        "80°F water that evaporates takes 1,048 Btu out of the pool. A 20 x 40 ft pool losing one inch a week loses about 2,142 gallons a month.",
    ),
    (
        "nCo059",
        "en",
        "cov_ltgov",
        "Solar bubble and vinyl pool covers",
        "Energy-saving cover supply: about 95% of a pool's heat loss happens at the surface; a cover cuts it by 30–50% and also reduces chemical use. Bubble "
        "covers cost 20 to 60 cents per square foot and can pay back in a year; UV degrades them so they are replaced every 3–5 years; at least a 2-year warranty.",
    ),
    (
        "nCo060",
        "vi",
        "cov_natchem",
        "Màng che lỏng giảm bay hơi và thất thoát nhiệt bể bơi",
        "Sản phẩm màng che dạng lỏng tạo lớp mỏng trên mặt nước, hoạt động cả khi không đậy bạt: 4 ounce mỗi tuần cho bể 20.000 gallon (675 ft²). "
        "Theo Bộ Năng lượng Mỹ 70% năng lượng mất của bể là do bay hơi; mỗi gallon nước 80°F bay hơi mang đi 8.729 BTU.",
    ),
    (
        "nCo061",
        "en",
        "vsp_eztest",
        "Variable-speed pool pump retrofit based on the pump affinity laws",
        "Pool supplier replaces single-speed pumps, the main electricity user of a pool, with variable-speed pumps. Affinity laws: flow changes with speed, "
        "head with the square of speed and power with the cube, so doubling speed needs eight times the power and slowing down saves most of the energy.",
    ),
    (
        "nCo062",
        "vi",
        "vsp_sin",
        "Thay bơm tuần hoàn hồ bơi một tốc độ bằng bơm biến tần",
        "Dịch vụ thay bơm: giảm tốc độ một nửa thì công suất chỉ còn khoảng 1/8, giảm một phần ba tốc độ còn 1/27; bơm chạy lưu lượng thấp phần lớn thời "
        "gian và chỉ tăng khi cần. Giá bơm biến tần khoảng 1.000 USD, thường hoàn vốn trong khoảng 3 năm.",
    ),
    (
        "nCo063",
        "en",
        "vsp_psm",
        "Permanent-magnet variable-speed pumps for pools",
        "Pump maker supplies variable-speed pumps with totally enclosed permanent-magnet motors and drives. At half speed the flow halves, head falls to a "
        "quarter and power to about an eighth; at the same daily turnover (twice the run time) energy use is about a quarter, a 75% saving.",
    ),
    (
        "nCo064",
        "en",
        "solar_iklim",
        "Solar collectors for swimming pool heating",
        "Solar pool heating packages: the existing filtration pump sends water through unglazed low-temperature plastic collectors and back to the pool; "
        "a diverting valve (manual, timer or sensor controlled) bypasses them at night. Maintenance is minimal, systems are sized by adding panels, and "
        "payback can be as short as 2 years; a cover is recommended alongside.",
    ),
    (
        "nCo065",
        "vi",
        "solar_tspg",
        "Hệ thống tấm thu nhiệt mặt trời làm ấm nước hồ bơi",
        "Lắp đặt hệ làm ấm hồ bơi bằng năng lượng mặt trời thụ động: nước hồ được bơm qua dãy tấm thu nhiệt rồi trở lại hồ, dùng được cho hồ trong "
        "nhà và ngoài trời mà không tốn nhiên liệu không tái tạo.",
    ),
    (
        "nCo066",
        "en",
        "dehum_hh",
        "Selecting dehumidification systems for indoor pool rooms",
        "Commercial HVAC contractor selects and installs pool-room dehumidification: target 50–60% relative humidity with about 84°F water and 82°F air; "
        "compares ventilation-based units (cheaper, only ±30% control in summer) with mechanical dehumidifiers, and adds air-to-air heat recovery that can "
        "cut winter space heating by 50%.",
    ),
    (
        "nCo067",
        "en",
        "dehum_xetex",
        "Fresh-air natatorium ventilation units with heat exchangers",
        "Air-handling manufacturer controls natatorium humidity and chloramines with high fresh-air rates: humid, gas-laden air is exhausted and incoming "
        "air pre-conditioned by an epoxy-coated flat-plate heat exchanger, with aluminium casing, stainless drain pans and corrosion-resistant coils.",
    ),
    (
        "nCo068",
        "vi",
        "dehum_psm",
        "Cải tạo hệ hút ẩm thu hồi nhiệt cho hồ bơi trong nhà",
        "Tư vấn cải tạo theo mô hình một trung tâm bơi đã thay hệ cấp gió 100% ngoài trời bằng máy hút ẩm cơ học thu hồi nhiệt: công suất tách ẩm "
        "258,5 kg/giờ, thu hồi nhiệt để làm nóng nước hồ, phục vụ bể sóng 650 m² và bể trị liệu 65 m²; máy chia thành 150 kiện để đưa qua hành lang 1 m.",
    ),
    (
        "nCo069",
        "vi",
        "pv_etek",
        "Lắp đặt điện mặt trời áp mái cho doanh nghiệp và tòa nhà",
        "Thiết kế, lắp đặt điện mặt trời áp mái trên mái nhà xưởng, tòa nhà, trung tâm thương mại với quy mô từ vài chục kWp đến hàng chục MWp: tấm pin, "
        "biến tần, hệ giám sát; giúp doanh nghiệp tự chủ một phần điện và giảm chi phí vận hành.",
    ),
    (
        "nCo070",
        "vi",
        "audit_vinacontrol",
        "Dịch vụ kiểm toán năng lượng cho tòa nhà và cơ sở sản xuất",
        "Kiểm toán năng lượng theo quy trình 10 bước: lập kế hoạch, khảo sát sơ bộ, thu thập số liệu, đo kiểm, phân tích và đề xuất giải pháp. Bắt buộc "
        "với tòa nhà thương mại tiêu thụ từ 500 TOE/năm và cơ sở sản xuất từ 1.000 TOE/năm theo Thông tư 25/2020/TT-BCT.",
    ),
    (
        "nCo071",
        "en",
        "audit_vets",
        "Energy audits under the Vietnamese energy efficiency law",
        "Energy services firm performs audits as defined by the 2010 Law on Economical and Efficient Use of Energy and TCVN 50002:2015: measuring and "
        "analysing energy flows by unit, equipment and process, quantifying savings potential and recommending technical measures that cut operating cost.",
    ),
    (
        "nCo072",
        "en",
        "hpm_aquacal",
        "Maintenance plans for swimming pool heat pumps",
        "Heat pump manufacturer offers annual maintenance plans: a pool heat pump moves roughly twice the air of a home air conditioner (which moves "
        "300–400 cfm per ton), so condensate mixed with dust and pollen coats the fins and cuts heat transfer; service cleans coils and checks the unit.",
    ),
    (
        "nCo073",
        "vi",
        "hpm_premier",
        "Bảo dưỡng bơm nhiệt và máy gia nhiệt hồ bơi",
        "Dịch vụ bảo dưỡng máy gia nhiệt hồ bơi: giữ bơm nhiệt sạch lá cây, kiểm tra chuột làm tổ hoặc cắn dây điện, cân bằng hóa chất nước để không làm "
        "hỏng bộ trao đổi nhiệt, tư vấn bạt phủ; máy lắp và bảo dưỡng đúng có thể dùng 5–10 năm trở lên.",
    ),
]

OFFERS += [
    # --- membership and booking software ---
    (
        "nCo074",
        "vi",
        "sw_ebiz",
        "Phần mềm quản lý phòng gym tích hợp thẻ từ và vân tay",
        "Công ty phần mềm cung cấp Ebizgym: hồ sơ khách hàng với nhiều tiêu chí lọc, thẻ thành viên vàng/bạc/đồng tích điểm tự động, giảm giá riêng, "
        "hạn mức công nợ có cảnh báo, quản lý nhân viên và doanh thu; tích hợp đầu đọc thẻ từ, máy vân tay; thiết kế báo cáo theo yêu cầu, cài demo miễn phí.",
    ),
    (
        "nCo075",
        "vi",
        "sw_smartid",
        "Phần mềm quản lý tổ hợp dịch vụ hồ bơi – gym – yoga – khu bán hàng",
        "Hệ thống SMART-PMS quản lý hội viên và khách lẻ sử dụng dịch vụ tại hồ bơi, phòng gym, phòng yoga và quầy bán hàng trong cùng một cơ sở; "
        "kèm tư vấn giải pháp, bảo hành và hỗ trợ liên tục.",
    ),
    (
        "nCo076",
        "vi",
        "sw_dongnai",
        "Phần mềm quản lý phòng tập gym & fitness do khoa CNTT trường đại học xây dựng",
        "Nhóm giảng viên và sinh viên khoa Công nghệ thông tin một trường đại học ở Biên Hòa đã xây dựng phần mềm quản lý phòng tập gym và fitness "
        "(đề tài tốt nghiệp 2018) và sẵn sàng chuyển giao, tùy biến cho cơ sở nhỏ: hội viên, gói tập, thu phí, báo cáo.",
    ),
    (
        "nCo077",
        "en",
        "sw_raft",
        "Custom gym management software with credits, waitlists and access control",
        "Software studio builds gym systems where membership tier, credit balance, class booking and door access share one member record: tier "
        "management, credit-based booking with automatic waitlist promotion, recurring billing with failed-payment handling, turnstile and door integration "
        "and reporting. Most projects ship in 12 to 16 weeks.",
    ),
    (
        "nCo078",
        "en",
        "sw_hcs",
        "Cloud gym membership management platform",
        "Online membership system for fitness businesses: automated billing and payment processing, class scheduling and booking, mobile member portal "
        "that halves front-desk enquiries, cloud-based 24/7 access control and real-time reporting.",
    ),
    (
        "nCo079",
        "en",
        "sw_gm_doors",
        "Door access rules tied to membership types",
        "Gym software module that attaches door benefits to each membership: access to all doors, all clubs of a franchise or one specific door, unlimited "
        "or a set number of visits per week or month, and time-of-day restrictions within opening hours.",
    ),
    (
        "nCo080",
        "vi",
        "sw_graffico",
        "Phần mềm quản lý CLB thể hình: ra vào bằng thẻ/app, đặt lớp, gia hạn tự động",
        "Phần mềm may đo cho phòng gym, trung tâm thể hình: quản lý hội viên, kiểm soát ra vào bằng thẻ hoặc ứng dụng, đặt lớp trực tuyến, gia hạn và "
        "thanh toán định kỳ, CRM và nhắc nhở tự động; dự án mẫu tăng 30% tỉ lệ gia hạn nhờ nhắc tự động.",
    ),
    (
        "nCo081",
        "en",
        "sw_norvet",
        "Technology stack set-up for new gyms and studios",
        "IT provider sets up a new club's systems: membership and recurring billing (card and bank debit; with 200 members at $60 a month, moving half to "
        "bank debit saves about $1,800 a year), failed-payment retries, freeze and cancel workflows, family accounts, access control, class booking and a "
        "point of sale for day passes and retail.",
    ),
    (
        "nCo082",
        "en",
        "sw_projinv",
        "Gym management system project: members, classes, billing, equipment tracking",
        "Ready project for a gym management system: registration and roles for members, trainers and administrators; membership plans, renewals and "
        "status; class and trainer scheduling; invoices and payment history; equipment inventory with maintenance and repair scheduling.",
    ),
    (
        "nCo083",
        "vi",
        "sw_vinhms",
        "Mô-đun thẻ và vé ra vào phòng gym, hồ bơi trong phần mềm quản lý khách sạn",
        "Phần mềm quản lý khách sạn có chức năng Card & Ticket: gắn vé dịch vụ vào thẻ, quét thẻ check-in khi khách vào hồ bơi hay phòng gym và "
        "check-out khi ra, loại vé và thời hạn theo ngày, tháng, quý, năm, trạng thái vé, lịch sử sử dụng của từng khách.",
    ),
    (
        "nCo084",
        "en",
        "sw_aproks",
        "Turnstile, RFID and cashier system for indoor swimming pools",
        "Access and cashier system already running at a municipal indoor pool: two turnstiles with display and RFID reader, tickets sold as RFID key cards, "
        "time inside measured at the turnstile with a supplement charged when prepaid time is exceeded, credit passes deducted by length of stay, seasonal "
        "passes with daily allowances (for example 2 x 2 hours) and an information terminal.",
    ),
    (
        "nCo085",
        "en",
        "sw_sportrick",
        "Pool facility, lane and course planning software",
        "Sports-centre software in which each facility is split into areas with a number of pool lanes, seasons and sub-seasons are defined for course "
        "planning, closures block maintenance periods, areas, courses or instructors, and online sales can open early for existing members.",
    ),
    (
        "nCo086",
        "vi",
        "sw_schedkit",
        "Phần mềm xếp lịch huấn luyện viên và làn bơi cho trường dạy bơi",
        "Công cụ xếp lịch cho trường dạy bơi: phân HLV theo chứng chỉ (cứu hộ, hướng dẫn viên bơi, bơi trẻ sơ sinh), phân làn cho nhiều lớp cùng lúc, "
        "ép tỷ lệ học viên/HLV 2:1 với trẻ nhỏ, 4:1 với người mới, 6:1 với nhóm nâng cao, xếp lớp bù đúng trình độ; dùng miễn phí.",
    ),
    (
        "nCo087",
        "en",
        "sw_kore",
        "Member retention automations in gym software",
        "Gym app provider sets up retention workflows: welcome sequence, alert when a new member has not checked in within 24 hours, nudges at 7, 10 and "
        "14 days without a visit, renewal reminders, freeze tracking and a weekly at-risk dashboard; dropout can reach 40–65% within six months and annual "
        "attrition averages 28.6%.",
    ),
    (
        "nCo088",
        "vi",
        "sw_maxev",
        "Tự động hóa chăm sóc và giữ chân hội viên phòng gym",
        "Đơn vị marketing số dựng ba hệ thống: chuỗi chăm sóc 30 ngày đầu cho hội viên mới (ngày 1, 7, 14, 30), tin nhắn tự động khi hội viên 14 ngày "
        "không quét thẻ, và chương trình giới thiệu bạn bè gửi ở mốc 30, 90, 180 ngày; phòng gym trung bình mất 50% hội viên mới trong 3 tháng đầu.",
    ),
    (
        "nCo089",
        "vi",
        "sw_123doc",
        "Hệ thống kiểm soát ra vào phòng tập bằng vân tay hoặc thẻ",
        "Giải pháp quản lý phòng tập gym, hồ bơi: lấy vân tay (1–10 ngón, mỗi ngón 3 lần) hoặc phát thẻ, cấp quyền vào theo tháng, quý, năm hoặc theo "
        "lượt cho khách vãng lai, giới hạn khung giờ được quẹt (ví dụ 14h–17h), báo cáo số người vào và doanh thu theo khoảng thời gian.",
    ),
]

OFFERS += [
    # --- lifeguard and first-aid training ---
    (
        "nCo090",
        "vi",
        "lg_cantho",
        "Khóa đào tạo nghiệp vụ bơi lội và cứu hộ cứu nạn",
        "Trường trung cấp thể dục thể thao phối hợp doanh nghiệp mở khóa đào tạo nghiệp vụ bơi lội và cứu hộ cứu nạn: kiến thức kỹ thuật bơi cơ bản, "
        "cấp cứu, thực hành phương pháp cứu hộ với thời lượng thực hành nhiều hơn lý thuyết; học viên gồm nhân viên cứu đuối hồ bơi, giáo viên thể dục, "
        "hướng dẫn viên du lịch, lái tàu.",
    ),
    (
        "nCo091",
        "vi",
        "lg_memart",
        "Huấn luyện kỹ thuật cứu người đuối nước và cấp cứu sau cứu",
        "Chương trình huấn luyện cứu đuối: nhận định tình trạng nạn nhân, các phương pháp cứu (bơi cứu hộ, dùng phao cứu sinh), quy trình đưa nạn nhân "
        "lên bờ, cấp cứu sau khi cứu, phòng ngừa tai nạn và sử dụng công cụ, thiết bị cứu hộ.",
    ),
    (
        "nCo092",
        "vi",
        "lg_nld_q11",
        "Lớp tập huấn nghiệp vụ sơ cấp cứu và kỹ năng an toàn trong môi trường nước",
        "Trung tâm văn hóa – thể thao phối hợp liên đoàn thể thao dưới nước và câu lạc bộ bơi lặn tổ chức lớp sơ cấp cứu và an toàn dưới nước cho "
        "trường học, đơn vị sự nghiệp; một khóa gần đây có hơn 270 học viên, hướng dẫn viên thị phạm động tác sơ cấp cứu.",
    ),
    (
        "nCo093",
        "vi",
        "lg_nld_hocsinh",
        "Chương trình và tài liệu dạy bơi an toàn cho học sinh",
        "Chuyển giao chương trình dạy bơi an toàn gồm 16 bài (15 bài học và 1 bài kiểm tra), mỗi bài 60–90 phút: phòng chống đuối nước, cứu đuối "
        "gián tiếp, kỹ năng bơi cơ bản, tự cứu khi gặp sự cố dưới nước và các bước sơ cứu ban đầu người bị đuối nước, phân theo cấp tiểu học, THCS, THPT.",
    ),
    (
        "nCo094",
        "vi",
        "lg_vne_aquatots",
        "Chương trình bơi sinh tồn 8 cấp độ cho trẻ em",
        "Chương trình chuyển giao từ Mỹ với 8 cấp độ: bốn kiểu bơi ếch, sải, ngửa, bướm cùng bơi nghiêng cứu hộ, lặn, mở mắt dưới nước, nổi ngửa, kiểm "
        "soát hơi thở, xử lý chuột rút, sặc nước, tuột phao; huấn luyện viên được chuyên gia đào tạo chuyên sâu về cứu hộ và phương pháp dạy an toàn.",
    ),
    (
        "nCo095",
        "en",
        "lg_community",
        "Red Cross lifeguard and CPR training for pool staff",
        "Pool management company runs American Red Cross lifeguard and CPR courses for current and prospective staff. Prerequisites: age 15 by the last "
        "session, 300-yard continuous swim, 2-minute tread with legs only, and a timed event within 1:40 (20-yard swim, surface dive to 7–10 ft for a "
        "10-lb object, 20-yard return on the back).",
    ),
    (
        "nCo096",
        "en",
        "lg_sts_cpr",
        "CPR, BLS and AED classes for lifeguards",
        "Training provider offers American Heart Association Heartsaver and Basic Life Support courses for lifeguards, blending online learning with "
        "hands-on practice: high-quality compressions, rescue breathing and AED use for adults, children and infants, with recertification reminders.",
    ),
    (
        "nCo097",
        "en",
        "lg_0685",
        "Lifeguard certification courses and follow-on aquatic qualifications",
        "Certification classes with an in-water test and a written exam (80% to pass): rescues, backboarding, throwing a line, compact jump and shallow dive, "
        "plus CPR and first aid. Lifeguard and first-aid certificates last 3 years, CPR 1 year; further courses include Water Safety Instructor, "
        "waterfront, water park and management.",
    ),
    (
        "nCo098",
        "vi",
        "spine_justlg",
        "Cung cấp ván cứu hộ cột sống và huấn luyện cứu nạn nhân chấn thương cột sống dưới nước",
        "Cung cấp ván cột sống (spineboard) kèm dây đai, gối chặn đầu, và huấn luyện theo kíp 2–3 cứu hộ viên: kích hoạt kế hoạch khẩn cấp, xuống "
        "nước nhẹ nhàng, cố định tay nạn nhân làm nẹp, kiểm tra thở, cố định lên ván rồi đưa khỏi nước với ít chuyển động nhất.",
    ),
    (
        "nCo099",
        "en",
        "spine_aiconnect",
        "In-service spinal management drills for lifeguard teams",
        "Aquatic safety trainers run in-service drills on the three core skills (rescue, CPR/AED, spinal management): two-person teams provide manual "
        "in-line stabilisation for sitting, standing, prone, supine, lateral and fetal victims within about 10 seconds each, then in-water scenarios "
        "varying depth, victim position, pool design and number of guards.",
    ),
    (
        "nCo100",
        "en",
        "aed_clubind",
        "AED readiness and sudden cardiac arrest response programme for fitness facilities",
        "Consultants prepare clubs for sudden cardiac arrest: staff learn to recognise it and how it differs from a heart attack, AEDs are placed, "
        "signposted and maintained, and staff practise locating and operating them; sudden cardiac arrest claims over 400,000 lives a year in the US.",
    ),
    (
        "nCo101",
        "vi",
        "aed_ideafit",
        "Triển khai chương trình máy khử rung tim tự động (AED) cho phòng tập",
        "Tư vấn triển khai AED tại phòng tập: tỉ lệ sống sau ngừng tim ở cơ sở có chương trình AED khoảng 75%, so với dưới 5% ở phần lớn ca ngoài bệnh "
        "viện; nguy cơ ngừng tim khi tập cao gấp 15–20 lần lúc nghỉ, cao hơn ở người mới tập; lộ trình mua máy, đặt máy, đào tạo nhân viên.",
    ),
    (
        "nCo102",
        "en",
        "aed_athbiz",
        "AED supply, installation and staff training for clubs",
        "Supplier installs AEDs in health clubs (average price around $2,000), advises on placement and on state requirements, and trains staff in CPR "
        "and AED use; several members have already been saved by trainers using club AEDs.",
    ),
    (
        "nCo103",
        "en",
        "aed_rescueone",
        "AED units for fitness centres",
        "Rescue-equipment firm sells automated external defibrillators for gyms: the device analyses heart rhythm and delivers a shock; used within the "
        "first few minutes, survival of cardiac arrest can rise to 90 percent.",
    ),
    (
        "nCo104",
        "vi",
        "aed_integrity",
        "Cung cấp máy AED và đào tạo cho huấn luyện viên cá nhân",
        "Đơn vị an toàn sức khỏe cung cấp máy khử rung tim di động và đào tạo cho huấn luyện viên, chủ phòng tập: ép tim trong 3–5 phút kèm AED nâng "
        "tỉ lệ sống từ 6% lên 74%; 90% ca ngừng tim ở vận động viên trẻ xảy ra trong hoặc ngay sau khi tập.",
    ),
    (
        "nCo105",
        "en",
        "equip_fenlin",
        "Lifesaving equipment packages for swimming pools",
        "Pool accessory manufacturer supplies lifeguard chairs (observation towers) in 304 stainless steel, orange HDPE lifebuoys with four reflective "
        "strips that hold at least 14.5 kg of iron afloat for 24 hours, telescopic rescue poles with hook, life jackets, rescue ropes, spine boards and "
        "first-aid boxes.",
    ),
    (
        "nCo106",
        "en",
        "dd_sg",
        "Infrared camera drowning detection system for public pools",
        "A network of infrared cameras splits the pool into grids, tracks swimmers' trajectories in real time and alerts lifeguards within 15 seconds of "
        "someone sinking to the bottom. Tested in 1,400 scenarios including different weather; deployed at 11 public pools.",
    ),
    (
        "nCo107",
        "vi",
        "dd_wiki",
        "Hệ thống camera giám sát dưới nước hỗ trợ cứu hộ viên",
        "Cung cấp camera dưới nước cho hồ bơi, công viên nước: hệ thụ động đưa hình ảnh dưới nước về màn hình tại ghế cứu hộ để thấy điểm mù và vùng chói; "
        "hệ chủ động dùng máy tính hỗ trợ phát hiện đuối nước để cảnh báo; kèm giám sát an ninh và theo dõi từ xa.",
    ),
    (
        "nCo108",
        "vi",
        "fa_dichvunhandao",
        "Huấn luyện sơ cấp cứu cho doanh nghiệp và cấp chứng nhận",
        "Trung tâm dịch vụ nhân đạo được Trung ương Hội Chữ thập đỏ ủy quyền tổ chức huấn luyện sơ cấp cứu cho người dân, tình nguyện viên và người lao "
        "động doanh nghiệp, cấp chứng nhận; đáp ứng yêu cầu của Luật An toàn, vệ sinh lao động 2015 về tập huấn sơ cứu, cấp cứu tại cơ sở.",
    ),
    (
        "nCo109",
        "vi",
        "fa_dantri115",
        "Lớp sơ cấp cứu cộng đồng 4 giờ thực hành trên mô hình",
        "Trung tâm cấp cứu tổ chức lớp khoảng 4 giờ, 30–40 học viên chia nhóm nhỏ: hồi sức tim phổi trên mô hình có phần mềm đánh giá theo thời gian "
        "thực, xử lý hóc dị vật, băng bó vết thương, cố định gãy xương bằng nẹp; thời gian vàng cứu ngừng tim dưới 4–5 phút.",
    ),
    (
        "nCo110",
        "en",
        "fa_redcross_hcm",
        "Level-1 first-aid volunteer training for teachers and staff",
        "Red Cross chapter trains first-aid volunteers over three days to its national curriculum: emergency moving of casualties, choking, "
        "cardiopulmonary resuscitation, bleeding and shock, fractures, burns, electric shock and drowning.",
    ),
]

OFFERS += [
    # --- flooring and acoustics ---
    (
        "nCo111",
        "vi",
        "fl_gymaster",
        "Tư vấn và thi công lót sàn phòng gym, phòng yoga",
        "Đơn vị setup phòng gym so sánh bốn vật liệu lót sàn phổ biến (thảm cỏ nhân tạo, sàn gỗ, sàn cao su, sàn vinyl) về chịu lực, giảm ồn, chống "
        "trơn, độ bền và giá; cỏ nhân tạo rẻ, êm, hợp làm lối đi hoặc khu kéo tạ, tập body; thi công theo mục đích từng khu.",
    ),
    (
        "nCo112",
        "vi",
        "fl_cuonggym",
        "Gạch cao su đế đặc lót sàn khu tạ phòng gym",
        "Cung cấp gạch cao su có đế từ hạt SBR tái chế từ lốp xe gắn keo chuyên dụng, mặt trên đơn màu mịn hoặc sần; loại đế đặc dày 15–35 mm chịu lực "
        "tốt nhất, hợp sàn phòng gym nơi người tập hạ hoặc thả tạ xuống nền; mặt mịn dễ vệ sinh.",
    ),
    (
        "nCo113",
        "vi",
        "fl_suka",
        "Sàn cao su chống trượt và giảm chấn",
        "Sàn cao su có hệ số ma sát cao, vẫn bám khi bề mặt ướt hoặc dính dầu, đồng thời giảm chấn, cách âm và bảo vệ nền bên dưới; chống tia UV, chịu "
        "thay đổi nhiệt độ; dùng cho khu lưu thông đông và môi trường đặc thù.",
    ),
    (
        "nCo114",
        "vi",
        "fl_richfloor",
        "Thảm sàn thể thao PVC, cao su và nhựa tổng hợp",
        "Cung cấp và so sánh thảm sàn thể thao PVC, cao su, nhựa tổng hợp: nhiều lớp gồm lớp gia cường chống sốc và đệm bọt khí, bề mặt chống trơn, đàn "
        "hồi giảm chấn thương, không thấm nước, dễ lau chùi; cho phòng tập đa năng, aerobic, sân thể thao trong nhà.",
    ),
    (
        "nCo115",
        "en",
        "fl_tvs_vib",
        "Layered rubber floors and impact slabs for free-weight and lifting zones",
        "Gym flooring company designs floors in at least two insulating layers: 40 mm rubber tiles over 10 mm underlay for free-weight and bench areas, "
        "80 mm impact-protection slabs for powerlifting and deadlift zones, with subfloor boarding where needed to spread loads.",
    ),
    (
        "nCo116",
        "en",
        "fl_tvs_noise",
        "Noise and vibration reducing gym flooring with acoustic underlay",
        "Flooring systems for gyms in residential or multi-use buildings: dense, resilient rubber or foam surfaces, greater thickness and density for heavy "
        "impact areas, an acoustic underlayment beneath, and interlocking tiles that limit sound paths through the building structure.",
    ),
    (
        "nCo117",
        "en",
        "fl_embelton",
        "Tested lightweight floating floors for gym impact noise",
        "Vibration-isolation engineers supply lightweight floating gym floors for retrofits where a concrete floating slab is impractical, backed by "
        "comparative tests presented at an international congress: 25 kg and 50 kg dumbbells dropped ten times from 620 mm on each system.",
    ),
    (
        "nCo118",
        "en",
        "fl_soundscape",
        "Acoustic consulting for fitness centres in shared buildings",
        "Acoustic engineers address the two fitness-centre problems separately: impact vibration from dropped weights and treadmills (rubber pads, "
        "athletic mats, floated wood or floated concrete floors chosen by structure and neighbours) and airborne noise from instructors and music; "
        "21 fitness centres advised in nine months.",
    ),
    (
        "nCo119",
        "vi",
        "fl_anatomy",
        "Sàn cao su hút âm, chống rung cho phòng gym trong tòa nhà nhiều tầng",
        "Cung cấp sàn cao su cho phòng tập trong tòa nhà hỗn hợp hoặc nhiều tầng: cách ly va đập khi tạ rơi và bước chân, hấp thụ âm thay vì phản xạ, "
        "giảm rung từ máy chạy và máy elip truyền qua kết cấu, hạn chế khiếu nại từ hàng xóm và đơn vị thuê bên dưới.",
    ),
    (
        "nCo120",
        "vi",
        "fl_epo",
        "Thi công sàn chống trượt quanh hồ bơi",
        "Thi công sàn chống trượt cho khu vực quanh hồ bơi: dọn và kiểm tra mặt bằng, chọn gạch chống trượt, sơn nhám hoặc sỏi – vữa polymer đạt chuẩn "
        "an toàn, tạo độ dốc và thoát nước để không đọng nước; bảo trì định kỳ.",
    ),
    (
        "nCo121",
        "en",
        "fl_gachboi",
        "Durable anti-slip tiles for pool surrounds",
        "Tile supplier advises pool owners on choosing tiles for permanently wet pool areas: durability and waterproofing first, then a textured, rough "
        "surface that keeps users from slipping, rather than choosing on looks alone.",
    ),
    (
        "nCo122",
        "en",
        "ac_rls",
        "Acoustic design of pool halls to reverberation guidelines",
        "Aquatic safety body's facility guideline applied as a design service: reverberation time in pool halls not above 2 seconds at 500 Hz and 1 kHz, "
        "preferably 1.2–1.3 seconds (AS 2107), water-resistant absorbent finishes, limited fan and duct noise, and gutter troughs sloped about 30° to "
        "reduce splashing noise, so that lifeguard directions and alarms are heard.",
    ),
    (
        "nCo123",
        "en",
        "ac_counsilman",
        "Acoustic ceilings and baffles for natatoriums",
        "Aquatic design firm specifies natatorium acoustics: perforated epoxy-coated galvanised steel ceiling decks backed with encapsulated fibreglass "
        "or closed-cell foam, or suspended fabric, aluminium or foam baffles between concrete beams; all corrosion resistant and coordinated with the vapour barrier.",
    ),
    (
        "nCo124",
        "en",
        "ac_quietart",
        "Waterproof acoustic panels for aquatic centres",
        "Acoustic products that are waterproof, humidity-proof, bacteria-proof and resistant to chlorine and cleaning chemicals, used to shorten "
        "reverberation and improve speech intelligibility in pool halls so that teachers and safety announcements are heard.",
    ),
    (
        "nCo125",
        "vi",
        "ac_vatlieuak",
        "Vật liệu xử lý tiêu âm cho hội trường và phòng tập nhóm",
        "Cung cấp và thi công vật liệu tiêu âm: gỗ tiêu âm đục lỗ, xẻ rãnh phủ veneer hoặc melamine; tấm nỉ tiêu âm hệ số hút âm trên 0,8, vải chống "
        "cháy; thạch cao tiêu âm và các loại khác, cho hội trường, phòng sự kiện có nhạc.",
    ),
    (
        "nCo126",
        "vi",
        "ac_cuachop",
        "Tư vấn và cung cấp tấm tiêu âm giảm vang cho công trình",
        "Tư vấn chọn tấm tiêu âm theo nhu cầu âm học: hấp thụ sóng âm dư để giảm dội âm, vọng tiếng ngay trong phòng (khác với vật liệu cách âm), cải "
        "thiện chất lượng âm, đáp ứng quy chuẩn tiếng ồn QCVN 26:2010/BTNMT; ứng dụng cho hội trường, phòng họp, xưởng, văn phòng.",
    ),
    (
        "nCo127",
        "vi",
        "fl_tvs_acoustics",
        "Thiết kế sàn cao su nhiều lớp cách âm, cách rung cho phòng gym",
        "Thiết kế sàn giảm ồn cho phòng tập: tiếng ồn ở phòng gym chủ yếu là tần số thấp nên dùng sàn cao su dày 30–40 mm (chưa kể lớp lót) và dày hơn "
        "ở khu cử tạ, kèm lớp lót cao su chống rung; sàn bê tông cách ồn tốt hơn sàn ván nhưng rung nhiều hơn.",
    ),
]

OFFERS += [
    # --- neighbouring fields (distractors) ---
    (
        "nCo128",
        "vi",
        "dx_tom_chlorine",
        "Chlorine khử trùng ao nuôi tôm và hướng dẫn liều dùng",
        "Trại giống cung cấp chlorine dạng calcium hypochlorite cho người nuôi tôm: khử trùng dụng cụ, bể 100–200 ppm trong 30 phút, đáy ao 50–100 ppm, "
        "nước ao 20–30 ppm, trị ký sinh trùng 0,1–0,2 ppm; lưu ý không bón vôi trước khi dùng và bổ sung men vi sinh sau xử lý.",
    ),
    (
        "nCo129",
        "vi",
        "dx_tepbac_chlorine",
        "Tư vấn sử dụng chlorine xử lý nước cấp ao nuôi thủy sản",
        "Khuyến cáo kỹ thuật cho ao nuôi: chỉ dùng chlorine trong ao lắng hoặc ao chưa thả tôm cá, liều 20–30 ppm khi pH dưới 7,5, tăng liều khi pH và "
        "chất hữu cơ cao; không dùng cùng BKC, formaline; sau 4 ngày chạy quạt mạnh và cấy lại vi sinh đáy ao.",
    ),
    (
        "nCo130",
        "vi",
        "dx_say_bomnhiet",
        "Máy sấy nông sản công nghệ bơm nhiệt chế tạo trong nước",
        "Công ty máy nông nghiệp chế tạo thiết bị sấy rau củ quả, thủy hải sản, trái cây bằng bơm nhiệt, giữ màu và hương vị, giá thấp hơn 60% so với "
        "thiết bị ngoại nhập cùng loại; tư vấn chọn công nghệ sấy theo từng loại nông sản.",
    ),
    (
        "nCo131",
        "en",
        "dx_water_chlorination",
        "Sodium hypochlorite dosing systems for small drinking-water supplies",
        "Water-treatment contractor installs chlorination for small public water systems: diaphragm or peristaltic pumps inject sodium hypochlorite at a "
        "fixed or flow-paced rate to keep a minimum free chlorine residual in the distribution network.",
    ),
    (
        "nCo132",
        "en",
        "dx_pos_chlorination",
        "Point-of-supply chlorinators for community water points",
        "Humanitarian water technology: pressure-operated devices at taps, schools and health centres dissolve chlorine tablets or dose liquid chlorine "
        "into collected water at about 2 mg/L free chlorine, protecting water during transport and storage at home.",
    ),
    (
        "nCo133",
        "vi",
        "dx_bmapool",
        "Thi công xây dựng bể bơi bê tông cốt thép",
        "Nhà thầu xây bể bơi bê tông cho gia đình, kinh doanh và công cộng: bê tông mác M250–M350, cốt thép bố trí đúng kỹ thuật chịu áp lực nước, hệ "
        "chống thấm và vật liệu hoàn thiện phù hợp môi trường ẩm, thay đổi nhiệt độ theo mùa.",
    ),
    (
        "nCo134",
        "en",
        "dx_crumb",
        "Crumb rubber production from scrap tyres",
        "Tyre recycler produces crumb rubber, steel and fibre removed, ground and screened down to 30 mesh, more than 50 million pounds a year, sold as "
        "feedstock for mats, acoustical underlay, anti-fatigue matting, weight plates and rubberised asphalt.",
    ),
    (
        "nCo135",
        "en",
        "dx_hpwh_colmac",
        "Commercial heat pump water heaters for building hot water",
        "Manufacturer of heat pump water heaters for domestic hot water in commercial buildings: units are sized on daily usage to run 16–20 hours a day, "
        "with storage tanks covering peak hourly demand, unlike boilers sized for peak output.",
    ),
    (
        "nCo136",
        "vi",
        "dx_karaoke",
        "Tấm xốp cách âm cho phòng karaoke",
        "Cung cấp và thi công tấm xốp âm học bề mặt tổ ong hoặc gợn sóng cho phòng karaoke: dày 3–10 cm, giảm 70–90% tiếng ồn tần số trung và cao, "
        "khổ 60x60 cm đến 120x240 cm, loại cao cấp có lớp chống cháy UL94-V0 đáp ứng PCCC.",
    ),
    (
        "nCo137",
        "vi",
        "dx_chamcong",
        "Máy chấm công nhận diện khuôn mặt cho văn phòng nhỏ",
        "Giải pháp chấm công không chạm cho văn phòng nhỏ: nhận diện khuôn mặt tại cửa ra vào, chống chấm công hộ và quên thẻ, vừa chấm công vừa kiểm "
        "soát ra vào nhân viên, giá phù hợp doanh nghiệp nhỏ.",
    ),
    (
        "nCo138",
        "en",
        "dx_tanca",
        "Employee attendance app with GPS, Wi-Fi and face check",
        "HR software for shift attendance: employees check in by GPS position, office Wi-Fi or a photo; optional face matching against the staff avatar "
        "at shift start and end before the record is accepted.",
    ),
    (
        "nCo139",
        "vi",
        "dx_sontinhdien",
        "Tối ưu vận hành dây chuyền sơn tĩnh điện cho nhà máy",
        "Tư vấn kỹ thuật cho nhà máy có dây chuyền sơn tĩnh điện: giữ độ ẩm buồng phun 40–55% RH, kiểm soát điện áp phun, lưu lượng bột, nhiệt độ sấy để "
        "giảm lỗi chấm kim, rỗ bề mặt và sai màu.",
    ),
    (
        "nCo140",
        "en",
        "dx_dehum_industrial",
        "Industrial refrigeration dehumidifiers for warehouses and factories",
        "Dehumidifier manufacturer supplies industrial refrigeration units for warehouses, factories, grow rooms and flood restoration: fan, cold "
        "evaporator, condensate drain or pump for continuous operation, reheat by condenser and a built-in humidistat.",
    ),
    (
        "nCo141",
        "vi",
        "dx_tran_nhom",
        "Trần nhôm tiêu âm đục lỗ cho văn phòng và nhà xưởng",
        "Cung cấp trần nhôm đục lỗ dán màng tiêu âm Soundtex phía sau để hấp thụ tiếng vang trong không gian lớn; không cong vênh, chịu nhiệt, nắng mưa; "
        "dùng cho văn phòng, sảnh, nhà xưởng.",
    ),
    (
        "nCo142",
        "vi",
        "dx_nghiencuu_facerec",
        "Hệ thống điểm danh học sinh bằng nhận dạng khuôn mặt",
        "Kết quả luận văn thạc sĩ hệ thống thông tin tại một trường đại học ở Bình Dương: hệ thống điểm danh học sinh trường phổ thông bằng nhận dạng "
        "khuôn mặt, sẵn sàng chuyển giao cho trường học.",
    ),
    (
        "nCo143",
        "vi",
        "dx_vimass",
        "Điểm ra vào bằng thẻ UHF và tem dán xe cho bãi xe, chung cư, cao tốc",
        "Giải pháp điểm ra vào: thẻ đa năng hoặc tem Ucode dán trên ô tô, xe máy được thiết bị UHF 860–940 MHz phát hiện ở 10–20 m để mở barrier, chấm "
        "công, thu phí; có thể thay bằng mã QR ra vào quét bằng điện thoại.",
    ),
    (
        "nCo144",
        "vi",
        "dx_qr_esp32",
        "Đồ án mô hình quét mã QR bằng camera ESP32-CAM",
        "Đồ án sinh viên: mô hình đọc mã QR bằng module ESP32-CAM và CP2102, giao diện Node-RED, lưu đồ giải thuật và kết quả thực nghiệm; tài liệu 53 trang kèm mã nguồn.",
    ),
    (
        "nCo145",
        "vi",
        "dx_baoho_flood",
        "Phương tiện phòng chống đuối nước cho hộ dân vùng lũ",
        "Cung cấp phao, áo phao cứu sinh cho hộ dân vùng thường xuyên ngập lụt Bắc Trung bộ và duyên hải miền Trung, nơi lũ về nhanh, nhiều xã ngập sâu "
        "trên 1,5 m và bị cô lập.",
    ),
    (
        "nCo146",
        "en",
        "dx_aophao",
        "Life jackets for boat passengers: sizing and fitting",
        "Travel-safety supplier provides life jackets and personal flotation devices for boat trips, sized by chest girth for adults and by weight for "
        "children, with advice on adjusting straps for a snug fit.",
    ),
    (
        "nCo147",
        "vi",
        "dx_say_nlmt",
        "Thiết bị sấy nông sản bằng năng lượng mặt trời",
        "Tài liệu và thiết bị sấy nông sản: thiết bị sấy trực tiếp có tuần hoàn khí tự nhiên, có bộ thu năng lượng riêng, hoặc sấy gián tiếp dẫn nhiệt "
        "cưỡng bức; công nghệ đơn giản, chi phí đầu tư và vận hành thấp.",
    ),
    (
        "nCo148",
        "en",
        "dx_fsi_rust",
        "Anti-corrosion primer systems for steel structures",
        "Coatings firm supplies rust-inhibiting primers for structural steel, factories and coastal works, where corrosion costs the world about 2.5 "
        "trillion USD a year (3.4% of global GDP).",
    ),
    (
        "nCo149",
        "en",
        "ph_wbtester",
        "Digital pH testers for hydroponics and agricultural water",
        "Instrument maker sells pH meters with electrochemical sensors and calibration routines for hydroponics, irrigation and environmental monitoring "
        "across the 0–14 scale.",
    ),
    (
        "nCo150",
        "vi",
        "dx_locnuoc_giadinh",
        "Thay lõi hệ thống lọc nước gia đình định kỳ",
        "Dịch vụ thay lõi lọc cho máy lọc nước sinh hoạt, máy lọc uống gia đình theo định kỳ để giữ chất lượng nước.",
    ),
    (
        "nCo151",
        "vi",
        "dx_somat_salt",
        "Muối làm mềm nước cho máy rửa bát",
        "Cung cấp muối chuyên dụng làm mềm nước trong máy rửa bát gia đình, chống đóng cặn vôi trên bát đĩa và trong máy.",
    ),
    (
        "nCo152",
        "vi",
        "dx_khosango",
        "Xốp IXPE lót dưới sàn gỗ gia đình",
        "Cung cấp cuộn xốp polyolefin (IXPE) lót dưới sàn gỗ: cách âm khi đi lại, cách nhiệt, chống ẩm từ nền, êm chân, chống cong vênh; không làm từ mủ "
        "cao su mà từ hạt nhựa nguyên sinh.",
    ),
    (
        "nCo153",
        "en",
        "solar_tspg",
        "Salt-gradient solar ponds for low-cost power generation",
        "Developer of large solar ponds: a salt-water gradient traps heat in the bottom layer, which reaches nearly 93°C, and that heat drives generators "
        "to produce electricity at very low cost for developing areas.",
    ),
    (
        "nCo154",
        "vi",
        "dx_megasun_compare",
        "So sánh máy bơm nhiệt và bình nóng lạnh cho hộ gia đình",
        "Tư vấn hộ gia đình chọn giữa máy bơm nhiệt và bình nóng lạnh điện trở để có nước tắm nóng.",
    ),
    (
        "nCo155",
        "vi",
        "dx_shophouse_spa",
        "Thiết kế, thi công nội thất spa diện tích nhỏ",
        "Công ty nội thất thiết kế và thi công spa diện tích nhỏ theo tiêu chuẩn tiện ích, bố trí phòng chăm sóc và khu đón khách.",
    ),
    (
        "nCo156",
        "vi",
        "dx_do_an_nuoc_tttm",
        "Thiết kế hệ thống xử lý nước cấp cho trung tâm thương mại",
        "Đồ án điện công nghiệp của sinh viên đại học giao thông vận tải: tính toán thiết kế hệ thống xử lý nước tinh (nước cấp sinh hoạt) cho trung tâm "
        "thương mại, tủ điện và điều khiển tự động.",
    ),
    (
        "nCo157",
        "en",
        "dx_defib_textbook",
        "Defibrillation training manual for hospital clinicians",
        "Medical training chapter on defibrillation: mechanisms, factors in success, delivering shocks safely with manual or automated defibrillators in "
        "ventricular fibrillation, with cerebral damage after about 3 minutes of lost circulation.",
    ),
    (
        "nCo158",
        "en",
        "dx_hpwh_pnnl",
        "Central heat pump water heaters for apartment buildings",
        "Building-science guidance and design support for central heat pump water heating in multifamily buildings: packaged or built-up systems, single- "
        "or multi-pass units, sizing, recirculation and condensate; three to four times as efficient as gas or electric resistance.",
    ),
    (
        "nCo159",
        "en",
        "dx_thuyloi_dam",
        "Safe design of irrigation dams and reservoirs",
        "Geotechnical firm designs dams and reservoirs for irrigation and flood control, with the principles and modern techniques that keep them safe for "
        "downstream communities.",
    ),
]

OFFERS += [
    # --- open-source projects found in the docs corpus ---
    (
        "nCo160",
        "en",
        "docs_poolmaster",
        "Open-source pH and ORP regulation controller for pools",
        "Open-source controller measuring water temperature and pressure, pH and ORP, reporting over MQTT and a touch screen. Two PID loops drive "
        "peristaltic pumps for acid (pH) and chlorine (ORP), tank levels are estimated from pump run-time, filtration runs in set time-slots, and a simple "
        "loop starts heating through a heat exchanger on the pool pipes.",
    ),
    (
        "nCo161",
        "en",
        "docs_poolproject",
        "QR-code entry and season-pass system for swimming pools",
        "Web application (Django and PostgreSQL) that digitises pool entries: users register and hold a season pass (1 July to 31 August) or a 10-entry "
        "pass; at the entrance a QR code with the membership id is scanned, validity (dates or remaining entries) is checked and each access is recorded, "
        "deducting entries from passes.",
    ),
]
