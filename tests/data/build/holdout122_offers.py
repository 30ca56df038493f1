"""Offers of the holdout122 labelled set (household appliance repair and home electricians).

OFFERS: (id, language, source key, title, description). Each offer paraphrases the public page named by its
source key in holdout122_sources.py.
"""

OFFERS = [
    # --- air-conditioner installation and refrigerant handling ---
    (
        "mTo001",
        "vi",
        "vcc_thaolap",
        "Dịch vụ tháo, lắp và di dời điều hòa theo quy trình 5 bước có thu hồi gas",
        "Đội kỹ thuật điện lạnh nhận tháo – lắp – di dời máy điều hòa với quy trình chuẩn áp dụng đồng nhất: "
        "khóa gas (pump down) hoặc thu hồi bằng máy recovery đúng loại môi chất R32, R410A, không xả ra môi trường; "
        "bịt kín đầu ống ngay khi tháo để tránh ẩm; hút chân không có đồng hồ micron xuống khoảng 500 micron hoặc sâu "
        "hơn và theo dõi độ trôi áp để xác nhận hệ kín; siết rắc-co đúng mô-men khi loe ống.",
    ),
    (
        "mTo002",
        "en",
        "maydanh_thaolap",
        "Removal and relocation of old split air conditioners with refrigerant pump-down",
        "Technicians dismantle and move existing wall-mounted air conditioners (to another room, a new house or for "
        "deep repair). The key step is pumping the whole refrigerant charge back into the outdoor unit before the "
        "lines are opened, so no gas is vented; copper pipes, cables and flare joints are protected from bending and "
        "breakage, and the unit is reinstalled and tested so it cools again after the move.",
    ),
    (
        "mTo003",
        "vi",
        "ngoisao_dannong",
        "Lắp đặt điều hòa đúng quy chuẩn vị trí dàn nóng – dàn lạnh",
        "Nhận lắp máy điều hòa mới theo quy chuẩn: dàn nóng đặt cao ít nhất 2,5 m so với mặt đất để trẻ nhỏ không "
        "với tới; chênh cao giữa dàn lạnh và dàn nóng không quá 3 m với máy treo tường và không quá 5 m với máy tủ "
        "đứng từ 2 HP; ưu tiên đặt dàn nóng thấp hơn dàn lạnh để dầu máy nén hồi về tốt, tránh thiếu dầu, giảm hiệu "
        "suất và hỏng block sớm.",
    ),
    (
        "mTo004",
        "vi",
        "suadodien_lap",
        "Thi công lắp cục nóng, cục lạnh điều hòa đúng kỹ thuật, tối ưu công suất",
        "Dịch vụ lắp đặt điều hòa không khí gia dụng từ khâu khảo sát, chuẩn bị đến lắp ráp từng bộ phận: cục lạnh "
        "trong phòng, cục nóng ngoài trời, nối ống đồng dẫn môi chất giữa hai khối, đấu điện và chạy thử; mục tiêu là "
        "làm lạnh đúng công suất, ít tốn điện và kéo dài tuổi thọ máy.",
    ),
    (
        "mTo005",
        "vi",
        "maydanh_suaphong",
        "Tư vấn chuẩn bị, sửa phòng trước khi lắp điều hòa",
        "Khảo sát và lên phương án sửa phòng trước khi lắp máy lạnh: chọn vị trí treo dàn lạnh, kiểm tra đường điện "
        "riêng cho máy, bố trí đường ống thoát nước ngưng, cải thiện cách nhiệt và độ kín của phòng để máy làm mát "
        "nhanh, đỡ tốn điện và ít tiếng ồn. Không bao gồm công lắp đặt máy.",
    ),
    (
        "mTo006",
        "en",
        "gree_vacuum",
        "Evacuation and vacuum hold test for ductless split systems",
        "Commissioning service for new mini-split installations following the maker's procedure: a micron gauge (not "
        "a Bourdon gauge) on the service ports, evacuation to 500 microns or less (about 20 minutes for a 9,000 BTU/h "
        "unit, up to an hour for 36,000 BTU/h), then a 15-minute hold; if the reading stays under 700 microns the "
        "system is dry and tight, above 800 microns the leak or moisture is found and a triple evacuation with dry "
        "nitrogen is done before the service valves are opened.",
    ),
    (
        "mTo007",
        "en",
        "lennox_triple",
        "Line-set evacuation with dry-nitrogen break for new AC installations",
        "Installers evacuate the line set and indoor coil to 500 microns or lower, check for a rapid pressure rise "
        "that would reveal a large leak, break the vacuum with dry nitrogen through a regulator set at 150 psig, "
        "release it and evacuate again until 500 microns holds for 20 minutes with the pump off, then open the service "
        "valves.",
    ),
    (
        "mTo008",
        "en",
        "lg_evac",
        "Leak check and evacuation before first start of split air conditioners",
        "Before a split unit is run, the technician soap-tests every flare joint at the indoor and outdoor units and "
        "evacuates the tubing and indoor unit with a manifold and vacuum pump: with a 30 gal/h pump, at least 30 "
        "minutes when the tubing is under 10 m and 60 minutes or more beyond 10 m, to below 0.5 torr; then the liquid "
        "and gas valves are opened fully, caps are re-tightened and the unit is test-run.",
    ),
    (
        "mTo009",
        "vi",
        "thanhnien_r32",
        "Tư vấn chuyển sang điều hòa dùng môi chất lạnh R32",
        "Giới thiệu môi chất R32 đang dần thay thế R22 và R410A trên điều hòa gia dụng: làm lạnh hiệu quả, ít ảnh "
        "hưởng tới môi trường hơn. Tư vấn cho hộ gia đình và cửa hàng hiểu vai trò của môi chất lạnh khi chọn máy, "
        "bên cạnh các yếu tố công suất, tiết kiệm điện và bảo hành, trong bối cảnh thị trường điều hòa Việt Nam dự "
        "kiến đạt 2,9 tỉ USD năm 2025.",
    ),
    (
        "mTo010",
        "vi",
        "hopphat_gas",
        "Kiểm tra, nạp và thay gas máy lạnh, xử lý xì đầu tán",
        "Thợ đến kiểm tra các dấu hiệu thiếu gas như máy làm lạnh yếu, đèn báo lỗi nháy, máy tự ngắt sau khoảng 15 "
        "phút, dàn lạnh chảy nước, tuyết bám trên ống đồng; tìm chỗ rò (thường là xì đầu tán rắc-co), xử lý điểm rò "
        "rồi mới nạp lại gas đúng loại và đúng lượng.",
    ),
    (
        "mTo011",
        "en",
        "achr_hc",
        "Field procedures for servicing hydrocarbon (R-290, R-600a) equipment",
        "Guidance and training from an HVACR educator for technicians meeting propane and isobutane systems, first in "
        "small reach-in coolers: ventilate the area, keep a fire extinguisher at hand, run a flammable-gas detector "
        "from before entering until leaving, cut tubing instead of using a torch to open the circuit, purge with "
        "nitrogen before any brazing, and vent or recover the charge safely with a ventilated vehicle for transport.",
    ),
    (
        "mTo012",
        "en",
        "rses_safety",
        "Refrigerant safety module from a refrigeration training society",
        "Extract from a refrigeration usage certification manual sold by a technicians' society: fluorocarbon vapours "
        "are several times heavier than air and can displace oxygen in low spaces, so ventilation is required; "
        "exposure symptoms, frostbite from liquid contact and first aid (fresh air, no adrenaline) are covered before "
        "any handling of new replacement refrigerants.",
    ),
    (
        "mTo013",
        "en",
        "skillcat_epa",
        "Online EPA 608 Type 1 safety chapter for refrigerant technicians",
        "Self-paced app module of a refrigerant certification course: safety glasses and butyl-lined gloves whenever "
        "hoses are connected or disconnected, a self-contained breathing apparatus in case of a leak in a confined "
        "space, a regulator or relief valve on nitrogen cylinders, and warning markings on flammable hydrocarbon "
        "systems.",
    ),
    (
        "mTo014",
        "en",
        "yudu_flammables",
        "Flammable refrigerant handling course covering A2L (R32) and A3 (R290, R600a) gases",
        "A refrigeration training provider updates its flammables course in line with the market: it now covers "
        "lower-flammability A2L refrigerants such as R32, R1234yf and R454C alongside hydrocarbons R600a, R290 and "
        "R1270, revised charge-size standards, and the tools needed for invasive work: gas detectors monitoring the "
        "work area, suitable recovery machines, ventilation fans and leak detectors.",
    ),
    (
        "mTo015",
        "en",
        "hc21_ahr",
        "Session on flammable refrigerants for household and retail refrigerator servicing",
        "Free educational session by a refrigeration service engineers' society on R290, R600a and R441A: charge "
        "limits of 57 g for household refrigerators and 150 g for retail coolers in the US, no retrofitting, "
        "compulsory caution labels, and how servicing routines must change now that more than 80 million domestic "
        "fridges worldwide run on hydrocarbons.",
    ),
    (
        "mTo016",
        "en",
        "dokumen_hcguide",
        "Hydrocarbon refrigerant handling guide (R-290 propane, R-600a isobutane)",
        "Presentation-style guide for technicians on the proper use of refrigerant-grade hydrocarbons: they may only "
        "go into equipment designed for them, leak tests use a combustible-gas detector, and although certification "
        "is voluntary in the US, anyone installing or servicing these systems is advised to be trained and to keep a "
        "record of that training.",
    ),
    # --- air-conditioner cleaning and maintenance ---
    (
        "mTo017",
        "vi",
        "cafef_vesinh",
        "Gói vệ sinh và kiểm tra gas điều hòa định kỳ để giảm tiền điện mùa nắng",
        "Điều hòa chiếm khoảng 40–60% điện năng của hộ gia đình vào mùa nóng; máy không vệ sinh có thể hao thêm 5–15% "
        "điện. Lịch khuyến nghị: 3–4 tháng/lần với nhà dùng 6–8 giờ/ngày, 6 tháng/lần nếu dùng dưới 4 giờ, 1–2 "
        "tháng/lần cho văn phòng, cửa hàng, quán cà phê; kết hợp kiểm tra gas đúng lịch có thể tiết kiệm 10–20% điện "
        "mỗi tháng, người dùng tự rửa lưới lọc 2–3 tuần/lần.",
    ),
    (
        "mTo018",
        "vi",
        "koolman_bd",
        "Bảo dưỡng máy lạnh toàn diện: vệ sinh, đo dòng, đo áp suất gas",
        "Quy trình bảo dưỡng đầy đủ chứ không chỉ xịt rửa: vệ sinh lưới lọc, xịt rửa dàn lạnh và dàn nóng, làm sạch "
        "cánh quạt, kiểm tra lượng gas và đo áp suất, đo dòng điện, kiểm tra mạch điện, mối nối, bo mạch, ống thoát "
        "nước và cánh đảo gió; với máy dùng lâu năm, kỹ thuật viên kiểm tra kỹ thêm các chi tiết nhỏ để tránh hỏng "
        "nặng.",
    ),
    (
        "mTo019",
        "vi",
        "sonha_bd",
        "Hướng dẫn tự bảo dưỡng điều hòa tại nhà",
        "Tài liệu của một hãng thiết bị gia dụng hướng dẫn người dùng tự làm các bước vệ sinh, kiểm tra cơ bản cho "
        "điều hòa tại nhà: làm sạch bộ lọc và dàn lạnh để không khí trong lành hơn, giữ máy chạy ổn định, kéo dài "
        "tuổi thọ, giảm tiền điện và hạn chế chi phí sửa chữa; khi máy có sự cố phức tạp thì mới gọi thợ.",
    ),
    (
        "mTo020",
        "vi",
        "dlmientrung_vs",
        "Vệ sinh máy lạnh định kỳ cho gia đình và cơ sở kinh doanh",
        "Dịch vụ vệ sinh máy lạnh định kỳ của một đơn vị điện lạnh: loại bỏ vi khuẩn, nấm mốc, bụi trên bộ lọc để "
        "bảo vệ hô hấp, tăng hiệu suất làm lạnh, giảm tiếng ồn, kéo dài tuổi thọ máy và giảm hóa đơn tiền điện.",
    ),
    (
        "mTo021",
        "vi",
        "vuatho_vs",
        "Đặt thợ vệ sinh máy lạnh tại nhà qua ứng dụng",
        "Nền tảng kết nối thợ nhận vệ sinh, bảo trì máy lạnh tại nhà: làm sạch bộ lọc, dàn nóng, dàn lạnh để máy "
        "thông thoáng, không phải chạy lâu mới đạt nhiệt độ; theo ước tính của chuyên gia, máy không vệ sinh có thể "
        "làm tăng 10–20% lượng điện tiêu thụ.",
    ),
    (
        "mTo022",
        "vi",
        "kienthuc_8buoc",
        "8 bước tự vệ sinh máy lạnh tại nhà an toàn",
        "Hướng dẫn người dùng tự vệ sinh điều hòa giữa các lần bảo dưỡng chuyên nghiệp: chuẩn bị bơm tăng áp có vòi "
        "xịt áp lực cao, bình xịt dung dịch tẩy rửa, ngắt điện, tháo lưới lọc, xịt rửa dàn lạnh và lắp lại; giúp "
        "không khí sạch hơn, máy bền hơn và đỡ tốn điện trước mùa nắng nóng.",
    ),
    (
        "mTo023",
        "en",
        "stacks_ac",
        "Air-conditioner maintenance: filters, evaporator and condenser coils, fins",
        "Heating and air company service: routine filter cleaning or replacement, which alone can cut the air "
        "conditioner's energy use by 5% to 15%; yearly check and cleaning of the evaporator coil; washing of the "
        "outdoor condenser coil and fins, and clearing debris and trimming plants at least 2 feet (0.6 m) around the "
        "condenser.",
    ),
    (
        "mTo024",
        "en",
        "chicago_trane",
        "Full air-conditioning service call following a manufacturer checklist",
        "What a thorough service visit covers according to a major AC maker: cooling operation and refrigerant level, "
        "detection of small refrigerant leaks and recharge, cleaning of indoor and outdoor coils, blower housing and "
        "wheel, inspection of control-box wiring, clearing the base-pan drain, duct leak checks and filter change; "
        "owners can handle basic cleaning themselves between visits.",
    ),
    (
        "mTo025",
        "en",
        "cousins_ac",
        "Twice-yearly air-conditioner cleaning and drain unclogging",
        "Air-conditioning contractor tips and service: units should be cleaned and inspected at least twice a year; "
        "cleaning the air filters can cut energy use by up to 15%, the evaporator and condenser coils are cleaned, and "
        "the condensate drain is unblocked so the unit can remove humidity again.",
    ),
    (
        "mTo026",
        "en",
        "mountainair",
        "Condenser coil washing to restore cooling capacity",
        "Spring service from an air-conditioning company: besides filter care, the outdoor condenser coil is washed "
        "with a strong spray of water so the unit rejects heat more easily; on a neglected coil a cooling capacity "
        "gain of about 10% is common and power draw falls.",
    ),
    (
        "mTo027",
        "en",
        "wgtr_coil",
        "Professional coil cleaning for air-conditioning units",
        "Preventive coil cleaning at least once a year (every six months for heavily used units): a unit with dirty "
        "evaporator and condenser coils can use 30–37% more energy and lose up to 30% of its cooling capacity, "
        "straining the compressor and leading to costly coil replacement.",
    ),
    (
        "mTo028",
        "vi",
        "tienich_chonmua",
        "Hướng dẫn chọn mua máy lạnh inverter hay non-inverter",
        "Bài tư vấn mua sắm so sánh hai dòng máy lạnh trên thị trường: dòng inverter tiết kiệm khoảng 30–90% điện so "
        "với máy thường cùng công suất, hóa đơn chỉ bằng 1/3–1/2, nhưng giá mua cao hơn; dòng non-inverter hợp với "
        "người ít dùng, muốn tiết kiệm chi phí ban đầu. Chỉ tư vấn chọn sản phẩm, không có dịch vụ lắp đặt hay sửa "
        "chữa.",
    ),
]

OFFERS += [
    # --- refrigerator and freezer repair ---
    (
        "mTo029",
        "vi",
        "suatainha_tl",
        "Sửa tủ lạnh không chạy tại nhà: kiểm tra nguồn, block, timer, cầu chì nhiệt",
        "Thợ sửa tại nhà khi tủ lạnh cắm điện mà không chạy: không nghe tiếng động cơ, đèn trong tủ tắt, thực phẩm "
        "tan đá, có mùi hôi. Kiểm tra lần lượt ổ cắm cháy ngầm, điện áp yếu hoặc chập chờn, máy nén (block) ngừng, "
        "đồng hồ thời gian xả đá bị kẹt hoặc cháy, cầu chì nhiệt bị đứt, rồi thay linh kiện hỏng.",
    ),
    (
        "mTo030",
        "vi",
        "pbn_tl",
        "Chẩn đoán đúng bệnh tủ lạnh không mát trước khi nạp gas",
        "Dịch vụ kiểm tra tủ lạnh không mát theo từng ngăn: không vội kết luận hết gas mà xét quạt gió, cảm biến "
        "nhiệt, block yếu, rơ-le khởi động và gioăng cửa hở; xả đá và chờ ổn định trước khi tháo máy, tránh nạp gas "
        "oan khiến tủ chỉ lạnh được vài ngày rồi hỏng lại.",
    ),
    (
        "mTo031",
        "vi",
        "bosch_tl",
        "Trung tâm bảo hành xử lý tủ lạnh không đông đá",
        "Kỹ thuật viên trung tâm bảo hành kiểm tra tủ lạnh ngăn đông không đủ lạnh: đặt lại nhiệt độ ngăn đông về "
        "-18°C, sắp xếp để gió lạnh lưu thông; xử lý dàn lạnh bị đóng tuyết do hỏng thanh nhiệt xả đá, cảm biến "
        "hoặc timer; thay quạt dàn lạnh bị kẹt motor; vệ sinh dàn nóng phía sau hoặc dưới gầm tủ bị bám bẩn.",
    ),
    (
        "mTo032",
        "vi",
        "kanawa_tm",
        "Sửa tủ mát, tủ đông trưng bày cho cửa hàng",
        "Khắc phục hơn 10 lỗi hay gặp ở tủ mát dùng trong gia đình và cửa hàng: làm lạnh yếu hoặc không lạnh do chất "
        "quá tải, cửa đóng không kín, gioăng cao su hỏng, thiếu gas, máy nén hoặc bộ điều nhiệt trục trặc; tủ kêu "
        "to do quạt gió kẹt hoặc va vật lạ.",
    ),
    (
        "mTo033",
        "vi",
        "tongkho_tl",
        "Khắc phục tủ lạnh không đông đá do nguồn điện yếu, chập chờn",
        "Tư vấn khi tủ lạnh yếu, không đông đá vì điện yếu hoặc dây nguồn lỏng: kiểm tra điện áp khu vực, lắp ổn áp "
        "cho tủ, thay phích cắm, ổ cắm lỏng, nối lại dây bị chuột cắn; đồng thời hướng dẫn không chất quá tải ngăn "
        "đá và xử lý tắc đường gió lạnh do dàn lạnh đóng tuyết.",
    ),
    (
        "mTo034",
        "vi",
        "suachuaganday_gas",
        "Thay gas tủ lạnh và báo giá theo tình trạng rò rỉ",
        "Dịch vụ nạp, thay gas tủ lạnh khi tủ kém lạnh, chạy lâu, tốn điện: giải thích rằng hệ thống gas tuần hoàn "
        "kín nên bình thường không hết gas, chỉ thiếu khi có sự cố rò; thợ xác định dấu hiệu thiếu gas, báo chi phí "
        "rồi mới thực hiện.",
    ),
    (
        "mTo035",
        "vi",
        "tungtang_gas",
        "Dò rò rỉ và bơm gas tủ lạnh",
        "Thợ điện lạnh kiểm tra tủ kém lạnh, máy nén chạy mà tủ không lạnh, dàn nóng chỉ hơi ấm: dò chỗ rò bằng bọt "
        "xà phòng trên đường ống dàn lạnh, dàn nóng hoặc tìm vệt dầu loang, hàn lại chỗ bục, thủng rồi bơm gas.",
    ),
    (
        "mTo036",
        "vi",
        "tutam_gas",
        "Điện lạnh nhận nạp gas tủ lạnh khi ống bị thủng, gãy",
        "Một trung tâm điện lạnh giải thích tủ lạnh dùng bao lâu thì hết gas: gas chỉ mất khi đường ống thủng, hở "
        "hoặc dàn nóng, dàn lạnh bục do dùng quá lâu; khi máy nén vẫn chạy mà tủ kém lạnh thì kiểm tra, xử lý điểm "
        "rò và nạp gas, tránh để block chạy quá tải.",
    ),
    (
        "mTo037",
        "vi",
        "niemtin_tudong",
        "Sửa tủ đông hư block, thay máy nén tủ đông",
        "Xử lý tủ đông có dấu hiệu hỏng block: cắm điện không chạy, kém lạnh, kêu to ở dàn nóng, chạy ngắt liên tục. "
        "Nguyên nhân thường do block phải chạy liên tục vì cửa tủ không kín, chất quá nhiều hàng; thợ kiểm tra, thay "
        "block và hướng dẫn cách dùng để block không quá tải.",
    ),
    (
        "mTo038",
        "en",
        "sears_relay",
        "Compressor start relay replacement for top-freezer refrigerators",
        "Parts supplier repair guide and matching part: when the start relay fails the compressor will not run; the "
        "relay (with its overload component) is replaced with the maker-approved part after unplugging, removing the "
        "rear compartment cover and transferring the run capacitor. Applies to Kenmore, Frigidaire, Electrolux, "
        "Whirlpool, Samsung, LG, Bosch, Haier and other brands.",
    ),
    (
        "mTo039",
        "en",
        "acme_relay",
        "How to test a refrigerator compressor relay",
        "Step-by-step check of the relay that starts the compressor: unplug the fridge, discharge any capacitor "
        "through a 20-ohm wire-wound resistor, open the terminal box at the lower rear of the cabinet and test the "
        "relay; a faulty relay stops the compressor from cycling on.",
    ),
    (
        "mTo040",
        "en",
        "fastars_relay",
        "Refrigerator start relay repair and replacement service",
        "Appliance repair service for fridges that stop working because of a faulty start relay: symptoms are "
        "compressor noise or vibration without cooling, constant on/off cycling, overloads or short circuits. The "
        "technician removes the relay near the compressor, inspects it and replaces it, or diagnoses other "
        "components if the relay is intact.",
    ),
    (
        "mTo041",
        "en",
        "blogtells_fridge",
        "Refrigerator start capacitor and defrost timer diagnostics",
        "Appliance repair notes on the compressor starting package: the start relay, start capacitor failures "
        "(defective, open, grounded) checked with a volt-ohmmeter after discharging the capacitor, and the defrost "
        "timer stuck in defrost as the most likely cause when the light is on but the compressor never cycles.",
    ),
    (
        "mTo042",
        "en",
        "ifixit_cool",
        "Fridge not cooling: repair checklist from a refrigeration technician",
        "A refrigeration repairer's checklist for warm fridges: clean dirty condenser coils and fan, correct the "
        "temperature setting, reset a tripped breaker, replace a failed start capacitor or defrost timer or control "
        "board, replace worn door seals, and as last resort the compressor; manual-defrost models should be defrosted "
        "once ice is 3 mm thick.",
    ),
    (
        "mTo043",
        "en",
        "hunker_relay",
        "Recognising a bad refrigerator start relay",
        "Home-repair guide: a fridge whose compressor never hums, whose compartments warm up, or whose relay clicks "
        "again every two to five minutes without the compressor starting, probably has a failed start relay; a "
        "shake-and-rattle test of the unplugged relay confirms it before replacement.",
    ),
    # --- washing-machine repair ---
    (
        "mTo044",
        "vi",
        "phuonglinh_mg",
        "Sửa máy giặt: tổng hợp lỗi thường gặp và cách xử lý",
        "Cửa hàng điện máy biên soạn tài liệu về các lỗi máy giặt hay gặp, nguyên nhân và cách tự xử lý tại nhà, "
        "đồng thời chỉ rõ khi nào cần gọi kỹ thuật viên chuyên nghiệp; nhận sửa máy giặt cho gia đình để tránh chi "
        "phí phát sinh khi lỗi không được phát hiện sớm.",
    ),
    (
        "mTo045",
        "vi",
        "dl61_mg",
        "Sửa máy giặt không vắt khô tại nhà",
        "Đơn vị điện lạnh nhận sửa máy giặt vắt không khô: kiểm tra chương trình giặt có chu trình vắt, nguồn điện, "
        "mã lỗi trên màn hình; xử lý 5 lỗi thường gặp, trước hết là quần áo phân bổ không đều hoặc máy bị quá "
        "tải, rồi tới các hỏng hóc kỹ thuật bên trong.",
    ),
    (
        "mTo046",
        "vi",
        "bosch_mg",
        "Trung tâm bảo hành xử lý máy giặt không vắt, báo lỗi E18/F18",
        "Kỹ thuật viên hướng dẫn và xử lý máy giặt không vắt: tải giặt mất cân bằng khiến máy tự giảm tốc độ vắt, "
        "chọn nhầm chương trình giặt nhẹ hoặc không vắt, và nguyên nhân hàng đầu là tắc bộ lọc bơm xả ở góc dưới phía "
        "trước (máy báo E18 hoặc F18) — vệ sinh lọc, thông ống xả hoặc thay bơm.",
    ),
    (
        "mTo047",
        "vi",
        "lg_mg",
        "Sửa máy giặt LG không vắt: lỗi UE, OE, dE, Sud, motor inverter",
        "Dịch vụ sửa máy giặt LG: xử lý lỗi mất cân bằng UE, lỗi thoát nước OE do ống gập hoặc tắc lọc bơm xả, lỗi "
        "cửa dE, lỗi bọt Sud; thay công tắc, khóa cửa hỏng; sửa motor yếu, chổi than, cảm biến Hall hoặc bo mạch "
        "công suất trên dòng motor inverter.",
    ),
    (
        "mTo048",
        "vi",
        "scdt_mg",
        "Sửa máy giặt không giữ nước: van xả, cảm biến mực nước",
        "Thợ điện lạnh nhiều năm kinh nghiệm xử lý máy giặt vừa cấp nước đã chảy ra: van xả kẹt mở hoặc không khép "
        "kín (vệ sinh, thay gioăng hoặc thay van đúng loại theo hãng), cảm biến mực nước báo sai khiến máy chuyển "
        "sang xả, vắt khi chưa đủ nước.",
    ),
    (
        "mTo049",
        "vi",
        "hungcuong_mg",
        "Sửa máy giặt không xả nước: ống xả, lọc, bơm xả, bo mạch",
        "Xử lý 7 nguyên nhân máy giặt không xả nước cho cả máy cửa trên và cửa trước: ống xả nghẹt xơ vải, tóc, cặn "
        "bột giặt; bộ lọc bẩn; bơm xả hỏng; bo mạch hoặc cảm biến mực nước lỗi; hướng dẫn khi nào tự xử lý, khi nào "
        "cần gọi thợ.",
    ),
    (
        "mTo050",
        "vi",
        "lghn_mg",
        "Trung tâm dịch vụ LG: hơn 10 nguyên nhân máy giặt không vắt",
        "Tổng hợp và xử lý các lỗi khiến máy giặt giặt được mà không vắt: cho quần áo vượt dung tích (chỉ nên 70–80% "
        "khối lượng tối đa), đặt máy nghiêng không cân bằng (cân chỉnh, dùng chân đế), cửa đóng không kín và các hỏng "
        "hóc linh kiện.",
    ),
    (
        "mTo051",
        "vi",
        "dlbk_mg",
        "Sửa máy giặt vắt không khô: quá tải, quá ít đồ, đặt máy lệch",
        "Điện lạnh nhận xử lý máy giặt vắt không khô: giặt vượt khối lượng (ví dụ máy 8 kg), giặt quá ít đồ ở máy "
        "lồng ngang làm quần áo dồn một góc mất cân bằng, vị trí đặt máy không phẳng; khi đã loại trừ các lỗi sử dụng "
        "thì kiểm tra linh kiện.",
    ),
    (
        "mTo052",
        "en",
        "yourepair_pump",
        "Replacing the water pump of a belt-driven washing machine",
        "Repair guide and service: a screeching noise at spin often means the drain pump bearings are failing, though "
        "a worn or glazed belt can sound the same; the machine is emptied, pulled out, the rear panel removed, the "
        "belt checked and the pump inspected while running at a safe distance before it is replaced.",
    ),
    (
        "mTo053",
        "en",
        "fortbend_bearing",
        "Front-load washer drum bearing and seal repair",
        "Repair of worn drum bearings, mostly on front-load washers from the last 10–15 years: once water gets past "
        "the seal the bearings grind, giving loud noise at spin, rusty or greasy splatters on the floor or under the "
        "machine and a slipping belt. Prompt replacement avoids damage to the spider arm, basket, outer tub and "
        "electrics.",
    ),
    (
        "mTo054",
        "en",
        "active_pump",
        "Washer pump repair and installation",
        "Appliance repair company work on the most abused part of a washer: a loud rumble or water left at the end of "
        "the cycle points to the pump; inlet hose screens are cleaned first, then the machine is tipped, hoses checked "
        "for kinks, the belt loosened and the pump removed, cleaned or replaced.",
    ),
    (
        "mTo055",
        "en",
        "bourelius_belt",
        "Drive belt and water pump replacement for household washers",
        "Technicians replace the two most common failure points of residential washing machines: the drive belt "
        "under the drum (rear panel removed, correct belt for the model) and the plastic water pump, which is "
        "replaced as a unit because it cannot be rebuilt; parts for many brands are carried on the van.",
    ),
    (
        "mTo056",
        "en",
        "homeforemost_pump",
        "Washing-machine drain pump replacement",
        "Step-by-step drain pump replacement when a washer will not empty: check and clear the drain hose and filter "
        "first; then unplug, drain the remaining water, remove the top and back panels, disconnect wires, hoses and "
        "clamp, fit the new pump and test.",
    ),
]

OFFERS += [
    # --- safe home wiring, earth-leakage protection, earthing ---
    (
        "mTo057",
        "vi",
        "kv_rcbo",
        "Tư vấn chọn aptomat chống giật RCBO cho gia đình",
        "Cửa hàng thiết bị điện tư vấn chọn cầu dao tự động chống giật (RCBO) ngắt mạch khi có dòng rò: lắp cho "
        "từng phòng, từng khu vực hay cả nhà; dòng định mức 6, 10, 16, 20, 25, 32, 40, 50 hoặc 63 A theo tải; điện áp "
        "220–240 V; độ nhạy dòng rò thông dụng 30 mA, nhà có trẻ nhỏ, người già có thể chọn loại nhạy hơn; chọn "
        "thương hiệu uy tín.",
    ),
    (
        "mTo058",
        "vi",
        "btb_rcbo",
        "Hướng dẫn đấu nối aptomat chống giật RCCB, ELCB, RCBO theo 5 bước",
        "Nhà sản xuất thiết bị điện hướng dẫn lắp aptomat chống giật: thiết kế sơ đồ theo loại RCCB (chỉ chống giật), "
        "ELCB (chống giật và quá tải) hoặc RCBO (chống giật, quá tải và ngắn mạch); chọn Icu tương đương aptomat lắp "
        "nối tiếp; ngắt điện và thử bằng bút thử; đấu đúng cọc N (trung tính) và cọc dây nóng; bấm nút T kiểm tra "
        "sau khi lắp và định kỳ.",
    ),
    (
        "mTo059",
        "vi",
        "vinafocus_atd",
        "11 lưu ý lắp đặt và dùng thiết bị điện gia đình an toàn",
        "Hướng dẫn của đơn vị cung cấp thiết bị điện: thiết bị đóng cắt bảo vệ phải lắp trên dây pha (khuyến khích "
        "cắt cả pha và trung tính), phù hợp công suất, có nắp che phần mang điện, đặt ở đầu nguồn và từng nhánh tầng "
        "nhà; khuyến khích lắp thiết bị chống rò điện, đặc biệt ở vùng ngập nước.",
    ),
    (
        "mTo060",
        "vi",
        "scribd_rcbo",
        "Lưu ý lắp aptomat chống giật, chống rò cho khu vực ẩm ướt",
        "Bài hướng dẫn kỹ thuật: nhà tắm, máy nước nóng, máy giặt, máy bơm chìm nên dùng cầu dao chống rò độ nhạy "
        "cao; lưu ý hiện tượng thiết bị tự ngắt vào những ngày nồm ẩm do rò điện qua hơi nước đọng; bảo dưỡng bình "
        "nước nóng định kỳ; khảo sát vị trí trước khi lắp aptomat chống giật sau cầu dao tổng.",
    ),
    (
        "mTo061",
        "vi",
        "thietbius_earth",
        "Nối dây tiếp đất cho bình nóng lạnh đúng kỹ thuật",
        "Hướng dẫn và dịch vụ nối dây tiếp đất (ground wire) cho bình nóng lạnh và các thiết bị 220 V vỏ kim loại "
        "như tủ lạnh, máy giặt: một đầu nối vào cổng nối đất có sẵn trên vỏ máy, đầu kia xuống đất, để dòng rò do "
        "ẩm thấp trong nhà tắm, nhà bếp thoát đi, bảo vệ người dùng.",
    ),
    (
        "mTo062",
        "vi",
        "vnexpress_binh",
        "5 biện pháp chống rò điện cho bình nóng lạnh",
        "Ngay từ khi lắp bình nóng lạnh nên trang bị: áp-tô-mát theo công suất (từ 10 A cho bình 1.500 W, 16–20 A cho "
        "bình gián tiếp 2.500 W, 25 A và 35 A cho bình trực tiếp 3.500 W và 4.500 W); cầu dao chống giật ELCB trên "
        "dây nguồn, ngắt khi dòng đi và về lệch nhau; hệ thống dây tiếp đất chống giật.",
    ),
    (
        "mTo063",
        "vi",
        "raovat_ro",
        "Lắp cọc tiếp đất và cầu dao so lệch chống giật cho nhà đang ở",
        "Giải pháp cho các nhà chưa có hệ tiếp đất: cọc nối đất dài 2,5 m chôn sâu 0,8–1 m, nối với các thiết bị vỏ "
        "sắt (không dùng đường ống nước thay thế); nhà dùng bình nóng lạnh đời cũ nên gắn thêm cầu dao tự động so "
        "lệch — loại độ nhạy trung bình 500–600 mA hoặc loại độ nhạy cao không quá 30 mA cho nơi ẩm ướt.",
    ),
    (
        "mTo064",
        "vi",
        "bqt_tiepdia",
        "Kiểm tra, đấu lại dây tiếp địa máy giặt sai kỹ thuật",
        "Ban quản lý tòa nhà cảnh báo và hướng dẫn: dây tiếp địa máy giặt phải nối vào chân thứ ba của ổ cắm 3 chấu; "
        "nhiều nhà nối dây này vào ống nước hoặc lan can sắt, khiến điện rò lan sang ống, lan can và càng dễ giật — "
        "cần tháo bỏ cách đấu đó.",
    ),
    (
        "mTo065",
        "vi",
        "vnexpress_evnspc",
        "Điện lực miền Nam hướng dẫn hộ dân dùng điện an toàn mùa mưa bão",
        "Tổng công ty Điện lực miền Nam cử nhân viên đến hộ gia đình tuyên truyền, hướng dẫn: kiểm tra, bảo dưỡng hệ "
        "thống điện trong nhà định kỳ, ngắt cầu dao khi nước ngập, tránh xa dây điện đứt, không dùng máy xịt áp lực "
        "trong điều kiện ẩm ướt; nguy cơ thường gặp là dây đứt rơi xuống nước, thiết bị ẩm chập cháy, điện trong nhà "
        "bị rò.",
    ),
    (
        "mTo066",
        "vi",
        "nld_trieucuong",
        "Khuyến cáo an toàn điện khi triều cường gây ngập",
        "Các công ty điện lực thuộc EVNSPC kiểm tra, củng cố lưới điện và khuyến cáo hộ gia đình, trường học, tòa nhà: "
        "ngắt ngay cầu dao, aptomat khi nước tràn vào nhà; không chạm tay ướt vào ổ cắm, công tắc; dùng thiết bị chống "
        "giật cho các mạch điện; rút phích cắm thiết bị không cần thiết khi có giông sét.",
    ),
    (
        "mTo067",
        "vi",
        "vietgiaitri_hn",
        "Khuyến cáo bố trí ổ cắm, cầu dao cao ráo và sơ cứu người bị điện giật",
        "Tổng công ty điện lực khuyến cáo: cắt nguồn khi có nguy cơ ngập; đặt cầu dao, cầu chì, áp-tô-mát, công tắc, "
        "ổ cắm ở nơi khô ráo, cao khoảng 1,5 m để an toàn cho trẻ nhỏ; khi có người bị điện hạ áp giật phải cắt cầu "
        "dao gần nhất hoặc dùng sào tre, gỗ khô gạt dây, không chạm trực tiếp vào nạn nhân.",
    ),
    (
        "mTo068",
        "vi",
        "thanhnien_binh",
        "Chuyên gia kỹ thuật điện tư vấn dùng bình nước nóng an toàn, tiết kiệm",
        "Giảng viên bộ môn kỹ thuật điện một trường đại học (nhóm nghiên cứu tối ưu hệ thống điện) tư vấn: bình nóng "
        "lạnh là thiết bị công suất lớn, cần trang bị cầu dao chống rò ELCB/RCD để tự ngắt khi sự cố, tắt bình trước "
        "khi tắm, kiểm tra định kỳ điện trở đun, dây dẫn và đường ống.",
    ),
    (
        "mTo069",
        "vi",
        "cdxd_cb",
        "Giới thiệu các loại cầu dao tự động chống quá tải, ngắn mạch",
        "Bài chia sẻ về thiết bị bảo vệ mạng điện dân dụng: aptomat (CB) ngắt khi quá tải hoặc ngắn mạch và đóng lại "
        "được, khác cầu chì; các loại ACB, VCB, MCCB (dòng cắt ngắn mạch tới 80 kA) và MCB loại tép (100 A/10 kA). "
        "Chỉ nói về chống quá tải, chập cháy, không đề cập chống dòng rò.",
    ),
    (
        "mTo070",
        "en",
        "maxge_rcd",
        "30 mA residual-current breakers and protective sockets for homes",
        "Manufacturer of protection devices: household appliances such as washing machines, fridges, irons and TVs "
        "are often used without a proper earthed socket, and a damaged appliance can put a dangerous voltage on its "
        "casing; a small residual-current circuit breaker or residual-current protective socket with a 30 mA "
        "operating current should be installed just after the household energy meter.",
    ),
    (
        "mTo071",
        "en",
        "northside_rcd",
        "Safety switch (RCD) installation on every circuit",
        "An electrical and solar contractor installs residual-current devices, also called safety switches, which "
        "watch the current and disconnect power when leakage from faulty wiring, an appliance or a switch is "
        "detected; owners and tenants are advised to have safety switches on all circuits.",
    ),
    (
        "mTo072",
        "en",
        "plumbing_rcd",
        "RCD safety switch fitting by licensed electricians",
        "Plumbing and electrical company fitting safety switches: the device compares the current in the line and "
        "return conductors and cuts the circuit as soon as they are unbalanced, shutting power off quickly when "
        "someone is getting a shock.",
    ),
    (
        "mTo073",
        "en",
        "electricaleasy_insp",
        "Home electrical safety inspection with checklist",
        "Inspection of household wiring that finds degraded wires and parts, overloaded circuits, missing earthing, "
        "mistakes by uncertified electricians or DIY owners, oversized fuses or breakers and shock risks; recommended "
        "when buying a home, after a major renovation, when the house is over 25 years old without inspection, and "
        "every 10 years or when adding a new appliance; checklist includes testing all breakers and RCDs.",
    ),
    (
        "mTo074",
        "en",
        "hartley_rewire",
        "Electrical inspection report and rewiring of older houses",
        "Electricians produce an inspection report on older properties looking at overloaded circuits, wiring that "
        "is a fire hazard, incompetent DIY work and deficiencies in grounding or bonding, then carry out a complete "
        "rewiring, usually over a few days, where the report shows it is needed.",
    ),
    (
        "mTo075",
        "en",
        "homenaround_insp",
        "Residential electrical inspection: outlets, switches, main box",
        "An electrical contractor's inspection: every outlet and switch is tested and checked for grounding, wires in "
        "and out of the main box are traced and breakers labelled, dead-end live wires are capped or removed, and "
        "shorting wiring behind ceiling lights is found before it causes a fire.",
    ),
    (
        "mTo076",
        "en",
        "topenergy_wiring",
        "Advice on when home wiring needs upgrading by a licensed electrician",
        "A power company explains that permanent cabling in old homes was not designed for today's number of "
        "appliances; hot plugs or sockets, brown scorch marks, blowing fuses, breakers tripping for no reason and "
        "flickering lights mean a licensed electrician or inspector should check the wiring and quote repairs.",
    ),
    (
        "mTo077",
        "en",
        "astronic_insp",
        "Electrical inspection checklist for buying or selling a home",
        "A licensed electrical company inspects the service panel (installation, grounding, breakers, moisture), "
        "junction boxes, conduits, breaker labelling and the cause of tripped circuits, and issues a report listing "
        "hazards and parts to replace.",
    ),
    # --- solar water heaters and water heaters ---
    (
        "mTo078",
        "vi",
        "thuonline_nlmt",
        "Tư vấn lắp thanh gia nhiệt phụ cho máy nước nóng năng lượng mặt trời",
        "Tiến sĩ, giảng viên đại học tư vấn cho hộ đã lắp máy nước nóng năng lượng mặt trời nhưng ngày mưa, ngày ít "
        "nắng nước chỉ âm ấm: thay vì mua thêm bình nóng lạnh điện, chỉ cần lắp một thiết bị gia nhiệt phụ trợ (điện "
        "trở) trực tiếp vào bồn của máy; dẫn trường hợp một gia đình bỏ hơn 10 triệu đồng lắp máy 160 lít.",
    ),
    (
        "mTo079",
        "vi",
        "phulackhang",
        "Cung cấp máy nước nóng năng lượng mặt trời ống chân không",
        "Doanh nghiệp bán và lắp máy nước nóng năng lượng mặt trời, giải thích nguyên lý: ống thủy tinh chân không "
        "hấp thụ ánh nắng, nước nóng nhẹ đi lên bồn bảo ôn, nước lạnh đi xuống theo đối lưu tự nhiên, không dùng điện "
        "hay gas, giảm chi phí cho gia đình.",
    ),
    (
        "mTo080",
        "vi",
        "dienlanhso1_tdn",
        "Sửa máy nước nóng năng lượng mặt trời chảy yếu",
        "Trung tâm điện lạnh nhận xử lý thái dương năng chảy yếu: nhận biết dấu hiệu nước chảy chậm, thiếu lưu lượng; "
        "tìm đúng nguyên nhân rồi khắc phục an toàn; hướng dẫn phần nào gia đình tự làm được và khi nào cần gọi thợ "
        "chuyên nghiệp.",
    ),
    (
        "mTo081",
        "vi",
        "vuabonnuoc",
        "Khắc phục máy nước nóng năng lượng mặt trời bị phun nước",
        "Đơn vị bồn nước hướng dẫn xử lý máy nước nóng năng lượng mặt trời phun nước: nguyên nhân thường do "
        "lắp đặt hoặc sử dụng sai, ảnh hưởng tuổi thọ và gây nguy hiểm; giải thích hoạt động của ống thủy tinh chân "
        "không và bình bảo ôn để sửa đúng chỗ.",
    ),
    (
        "mTo082",
        "vi",
        "suadienlanh_mnn",
        "Sửa máy nước nóng: 10 hư hỏng thường gặp",
        "Kỹ thuật viên sửa máy nước nóng tại nhà chia sẻ 10 lỗi hay gặp: vòi sen chảy không đều do nước yếu hoặc cặn "
        "(lắp bơm trợ lực, ngâm vòi trong giấm qua đêm), van xả và đường ống rò theo thời gian do nhiệt độ và áp "
        "suất cao, cùng các hư hỏng khác.",
    ),
    (
        "mTo083",
        "vi",
        "scdl_bnl",
        "Sửa bình nóng lạnh không hoạt động: van giảm áp, thanh đốt, cảm biến",
        "Dịch vụ sửa bình nước nóng điện: rò nước ở đầu bình do van đường ống lỏng (siết hoặc thay van), van giảm áp "
        "hỏng, không có nước nóng do bộ phận đun hỏng hoặc cảm biến nhiệt lỗi.",
    ),
    (
        "mTo084",
        "en",
        "fsec_tank",
        "Solar hot-water storage tank installation (converted electric heater)",
        "Installation step from a solar energy centre's guide: the installer fits the water heater used as storage "
        "tank, modifies its plumbing for collector feed and return lines, reuses the existing 220 V supply for the "
        "back-up elements, insulates all exposed piping and sets the thermostat so the electric element only heats "
        "water when the sun has not.",
    ),
    (
        "mTo085",
        "en",
        "acratech_swh",
        "Evacuated-tube solar hot water systems for homes and businesses",
        "A heating installer supplies solar water heating with evacuated twin-walled tubes that reach higher "
        "temperatures than flat panels, glass-metal tubes sealed at the manifold, foam-insulated manifolds and "
        "low-iron glass; the solar collector heats the tank during the day and the existing heat source tops it up.",
    ),
    (
        "mTo086",
        "en",
        "intersolar_etc",
        "ETC solar water heating system",
        "Manufacturer's evacuated tube collector system: rows of parallel transparent glass tubes connected to a "
        "header pipe; because the tubes are cylindrical, sunlight stays perpendicular to the absorber, so the "
        "collector still performs when the sun is low.",
    ),
    (
        "mTo087",
        "en",
        "exporters_swh",
        "Thermosiphon evacuated-tube solar water heater",
        "Supplier listing of twin-glass-tube solar water heaters: the tubes convert sunlight into heat, warm water "
        "rises by thermosiphon into an insulated tank above and cold water sinks, and the stored hot water is "
        "piped to bathrooms and kitchens without a pump.",
    ),
    (
        "mTo088",
        "en",
        "scribd_swh",
        "Domestic solar water heating: compact and pumped systems explained",
        "Technical overview: solar heating can supply up to 85% of a household's hot-water energy in many climates; "
        "residential systems are compact or pumped, and both usually carry an electric back-up element that switches "
        "on when tank water drops below a set minimum such as 50 °C.",
    ),
    (
        "mTo089",
        "en",
        "energystar_hpwh",
        "ENERGY STAR certified heat pump water heaters",
        "Programme advice on heat pump water heaters that move heat from room air into the tank and use less than half "
        "the electricity of standard electric heaters: a family of four saves about $330 a year (2,690 kWh), with "
        "payback around 2.4 years. A product, not a solar heater and not an installation or repair service.",
    ),
    (
        "mTo090",
        "vi",
        "megasun_hp",
        "Máy bơm nhiệt (heat pump) làm nước nóng trung tâm",
        "Doanh nghiệp năng lượng giới thiệu máy heat pump cho hệ thống nước nóng trung tâm và so sánh bài toán kinh tế "
        "với các phương án đun nước khác; hướng tới khách sạn, tòa nhà cần lượng nước nóng lớn.",
    ),
]

OFFERS += [
    # --- small rooftop solar ---
    (
        "mTo091",
        "vi",
        "solarspc_mai",
        "Lắp hệ thống điện mặt trời áp mái dân dụng: hòa lưới, hybrid, độc lập",
        "Đơn vị lắp đặt pin mặt trời trên mái nhà cho hộ gia đình: tấm pin Mono PERC, inverter chuỗi hoặc "
        "microinverter, khung đỡ và hệ thống giám sát qua điện thoại. Hệ hòa lưới không pin lưu trữ khoảng 15–20 "
        "triệu đồng cho 3 kWp; hệ hybrid thêm 30–50 triệu cho pin lưu trữ 5 kWh, dùng được khi mất điện; tiết kiệm "
        "50–90% tiền điện, tuổi thọ 25–30 năm, bảo hành 10–12 năm.",
    ),
    (
        "mTo092",
        "en",
        "hoangdat_hcm",
        "Rooftop solar installation for homes, shops and workshops in Ho Chi Minh City",
        "Installer advising customers in 2026 on the self-generation, self-consumption model rather than selling "
        "power: on-grid self-consumption for most town houses, shops and daytime workshops; hybrid with storage only "
        "when backup for cameras, servers or small cold rooms is really needed; off-grid for places hard to connect. "
        "Before quoting it asks three questions: daytime or evening consumption, roof area and shade, savings only or "
        "backup too. Grid-tied systems shut down when the grid fails.",
    ),
    (
        "mTo093",
        "vi",
        "artsolar_vs",
        "Dịch vụ vệ sinh và bảo trì định kỳ hệ thống điện mặt trời",
        "Công ty năng lượng mặt trời nhận vệ sinh tấm pin 3–6 tháng/lần (2–3 tháng/lần nếu gần công trình, nhà máy "
        "nhiều bụi), vì lớp bụi có thể làm giảm 5–20% công suất phát; dùng nước sạch ít khoáng, khăn mềm, bàn chải "
        "lông mềm, vòi xịt áp lực thấp; kiểm tra dây điện, inverter, khung giá đỡ để phòng chập cháy.",
    ),
    (
        "mTo094",
        "vi",
        "mayvesinh_hieusuat",
        "Thiết bị và dịch vụ làm sạch tấm pin mặt trời",
        "Đơn vị chuyên máy vệ sinh tấm pin giải thích bụi, lá cây, phân chim che phủ bề mặt làm giảm lượng ánh sáng "
        "tới tế bào quang điện và hiệu suất chuyển đổi; cung cấp máy và dịch vụ làm sạch cho hệ thống của gia đình, "
        "doanh nghiệp.",
    ),
    (
        "mTo095",
        "vi",
        "mayvesinh_lamsach",
        "Làm sạch tấm pin mặt trời định kỳ đúng kỹ thuật",
        "Hướng dẫn và dịch vụ làm sạch pin mặt trời không gây hư hại: bụi tích tụ có thể làm hệ thống giảm 10–30% "
        "hiệu suất ở khu vực nhiều khói bụi; vệ sinh định kỳ còn giúp phát hiện sớm kính nứt, lớp phủ bong tróc.",
    ),
    (
        "mTo096",
        "vi",
        "solarspc_chuongngai",
        "Dọn chướng ngại vật quanh hệ thống điện mặt trời mái nhà",
        "Hướng dẫn kiểm tra và xử lý vật cản: cắt tỉa cây che bóng, giữ tán cây cách tấm pin 2–3 m; dọn lá khô, túi "
        "nilon mắc trên tấm pin, kiểm tra sau bão; lắp lưới chắn chim; phát quang cỏ quanh tủ điện; không để đồ vật "
        "trong vòng 50 cm quanh inverter, tránh lắp inverter trong góc kín ẩm.",
    ),
    (
        "mTo097",
        "vi",
        "intech_solar",
        "Tổng thầu EPC lắp điện mặt trời áp mái cho hộ gia đình và doanh nghiệp",
        "Doanh nghiệp tổng thầu EPC với hàng nghìn dự án điện mặt trời: lắp hệ áp mái giúp hộ gia đình tận dụng diện "
        "tích mái để tự sản xuất điện; hệ hòa lưới kết hợp lưới điện quốc gia, hệ hòa lưới có lưu trữ cấp điện cho "
        "tải ưu tiên khi mất điện; ngoài ra làm cả điện mặt trời mặt đất và điện mặt trời nổi.",
    ),
    (
        "mTo098",
        "vi",
        "tietkiemnl_vl",
        "Điện lực Vĩnh Long tư vấn và giới thiệu nhà cung cấp điện mặt trời áp mái",
        "Công ty Điện lực Vĩnh Long, đơn vị đi đầu dùng điện mặt trời trong tỉnh (hệ 60 kWp tại trụ sở từ 8/2017 chi "
        "phí 3,2 tỷ đồng; 49 kWp tại kho; 45 kWp tại Điện lực TP Vĩnh Long), lồng ghép tuyên truyền điện mặt trời "
        "áp mái trong các lớp tập huấn tiết kiệm điện, gửi thư ngỏ và danh sách nhà cung cấp có năng lực tới 200 "
        "khách hàng tiềm năng và tư vấn tại phòng giao dịch. Năm 2018 hệ ở trụ sở giúp tiết kiệm 202 triệu đồng.",
    ),
    (
        "mTo099",
        "vi",
        "docz_daunoi",
        "Dự án xây dựng tiêu chuẩn đấu nối điện mặt trời lắp mái vào lưới điện quốc gia",
        "Tài liệu hội thảo cuối cùng (Đà Nẵng, 21/4/2015) của dự án do ICASEA, EVNCPC và đối tác thực hiện: đề xuất "
        "tiêu chuẩn đấu nối và quy định trao đổi điện hai chiều cho hệ thống điện mặt trời lắp mái; dành cho cơ quan "
        "quản lý và ngành điện, không phải dịch vụ lắp đặt.",
    ),
    (
        "mTo100",
        "en",
        "helu_pv",
        "Rooftop PV components, system types and technical standards",
        "A cable manufacturer's guide for Vietnamese households and businesses considering self-produced, "
        "self-consumed rooftop solar: what the system is made of, on-grid, off-grid and hybrid configurations, the "
        "advantages of generating at the point of use, and the technical standards that panels, inverters and DC "
        "cabling must meet to avoid costly mistakes.",
    ),
    (
        "mTo101",
        "en",
        "greeninvn_pv",
        "Economics and permitting of home rooftop solar under Decree 135/2024",
        "Energy expert analysis for households: under Decree 135/2024 systems below 100 kWp only need to notify the "
        "provincial Department of Industry and Trade, the power company and local construction and fire authorities; "
        "a self-consumption system has panels (about 500 Wp each, 2 m by 1 m), an inverter and a load-tracking meter "
        "that stops export; panels can sit directly on corrugated iron roofs, and anti-corrosion panels are advised "
        "near the coast or over livestock farms.",
    ),
    (
        "mTo102",
        "en",
        "ncis_survey",
        "Home solar site survey before design and permitting",
        "After contract signature the installer visits to check roof condition and obstructions, the position of the "
        "utility meter, the breaker box (200 A with two free slots), attic trusses for the load of panels (about 40 lb "
        "each) and roof tilt; pitches over 33 degrees need extra safety gear and cost more.",
    ),
    (
        "mTo103",
        "en",
        "esp_battery",
        "Site survey for battery-backed home solar systems",
        "Solar company procedure for systems paired with batteries: a survey of about 90 minutes to identify the "
        "loads the owner wants backed up, record appliance labels, agree the battery location before permitting, and "
        "size for self-consumption or designated backup loads.",
    ),
    (
        "mTo104",
        "en",
        "datagroup_factory",
        "Rooftop solar for self-consumption in factories",
        "Consultancy for factories and industrial firms moving to self-consumption rooftop solar under Power "
        "Development Plan VIII: no capacity limit, use of the existing grid connection, a zero-export device to stop "
        "surplus flowing into the grid, surplus sales at zero or negligible value, and licence exemption for systems "
        "under 1 MWp. Aimed at industrial buildings, not households.",
    ),
]

OFFERS += [
    # --- training and certification of technicians ---
    (
        "mTo105",
        "vi",
        "qn_giaotrinh",
        "Mô đun đào tạo lắp đặt, sửa chữa hệ thống máy lạnh dân dụng (trình độ cao đẳng, trung cấp)",
        "Trường cao đẳng kỹ thuật công nghệ ban hành giáo trình mô đun Lắp đặt, sửa chữa hệ thống máy lạnh dân dụng "
        "cho nghề Vận hành, sửa chữa thiết bị lạnh (quyết định số 99/QĐ năm 2018), dùng cho sinh viên và làm tài liệu "
        "bồi dưỡng đội ngũ công nhân kỹ thuật; nhà trường nhận đào tạo nghề điện lạnh theo chương trình này.",
    ),
    (
        "mTo106",
        "vi",
        "scribd_tcknn",
        "Tiêu chuẩn kỹ năng nghề đào tạo nghề Điện lạnh",
        "Bộ tiêu chuẩn kỹ năng nghề do dự án giáo dục kỹ thuật và dạy nghề xây dựng cho nghề Điện lạnh (lắp đặt, vận "
        "hành, sửa chữa, bảo dưỡng hệ thống lạnh và điều hòa không khí): quy định tối thiểu các công việc và mức cần "
        "đạt, dùng để xây dựng chương trình dạy nghề và đánh giá năng lực người học, người dự thi khi cấp văn bằng, "
        "chứng chỉ.",
    ),
    (
        "mTo107",
        "vi",
        "vlvc_sumenh",
        "Trường Cao đẳng nghề Vĩnh Long: đào tạo theo đơn đặt hàng, nâng bậc thợ, chuyển giao công nghệ",
        "Trường cao đẳng nghề của tỉnh Vĩnh Long cung cấp chương trình đào tạo nghề về công nghiệp, nông nghiệp, xây "
        "dựng và dịch vụ; tổ chức đào tạo theo đơn đặt hàng, nâng bậc thợ, bồi dưỡng kiến thức chuyên môn; nghiên cứu "
        "ứng dụng và chuyển giao công nghệ.",
    ),
    (
        "mTo108",
        "vi",
        "baovinhlong_cdn",
        "Cao đẳng Nghề Vĩnh Long: đội ngũ đạt chuẩn kỹ năng nghề quốc gia, trên 90% có việc làm",
        "Sau 5 năm lên cao đẳng, trường có 103 viên chức và người lao động, 31 giảng viên trình độ thạc sĩ trở lên, "
        "30 giảng viên đạt chuẩn kỹ năng nghề quốc gia; trên 90% học sinh, sinh viên ra trường có việc làm ngay; "
        "tuyển sinh các nghề kỹ thuật cho thanh niên trong tỉnh.",
    ),
    (
        "mTo109",
        "vi",
        "thanhbinh_dt",
        "Đào tạo nghề Điện công nghiệp, Điện lạnh gắn với sản xuất (Đồng Tháp)",
        "Trường giáo dục nghề nghiệp hướng tới chất lượng cao ở các nghề Điện công nghiệp, Điện lạnh, Chế biến và bảo "
        "quản thủy sản; đào tạo gắn với cung ứng dịch vụ sản xuất, chuyển giao khoa học công nghệ phục vụ tỉnh và "
        "vùng Đồng bằng sông Cửu Long.",
    ),
    (
        "mTo110",
        "vi",
        "dcc_gsp",
        "Khóa đào tạo giảng viên nguồn về thực hành tốt lắp đặt, bảo dưỡng, sửa chữa thiết bị lạnh",
        "Cục Biến đổi khí hậu (Dự án HPMP II: loại trừ 35% mức tiêu thụ cơ sở HCFC, trong đó 1.000 tấn HCFC-22) tổ chức "
        "các khóa đào tạo giảng viên nguồn, trong đó một khóa tại Đại học Sư phạm Kỹ thuật TP.HCM, về nguyên tắc thực "
        "hành tốt khi lắp đặt, bảo dưỡng, sửa chữa thiết bị lạnh và điều hòa không khí để hạn chế rò rỉ môi chất "
        "HCFC-22 ra môi trường.",
    ),
    (
        "mTo111",
        "vi",
        "lanhdhkk_taphuan",
        "Lớp tập huấn kỹ thuật viên điện lạnh: thu hồi và tiêu hủy môi chất lạnh",
        "Hội Khoa học kỹ thuật Lạnh và Điều hòa không khí Việt Nam cùng Cục Biến đổi khí hậu và Viện Khoa học & Công "
        "nghệ Nhiệt Lạnh (ĐH Bách khoa Hà Nội) mở các lớp tập huấn ‘Nguyên tắc thực hành tốt trong lắp đặt, bảo "
        "dưỡng, sửa chữa thiết bị lạnh và điều hòa không khí’ cho công nhân, kỹ thuật viên ở nhiều tỉnh (năm 2022 tại "
        "Hà Nội, Hải Phòng, Thái Bình, Nghệ An); nội dung gồm chính sách bảo vệ tầng ô-dôn và kỹ thuật thu hồi, tiêu "
        "hủy môi chất lạnh.",
    ),
    (
        "mTo112",
        "vi",
        "scem_montreal",
        "Chương trình đào tạo kỹ thuật viên lạnh theo lộ trình Nghị định thư Montreal",
        "Kết quả dự án quản lý loại trừ HCFC: đã đào tạo, tập huấn gần 200 giảng viên nguồn và 3.018 kỹ thuật viên về "
        "thực hành tốt trong lắp đặt, bảo dưỡng, sửa chữa thiết bị lạnh, hỗ trợ thiết bị cho cơ sở đào tạo và doanh "
        "nghiệp; từ 2024 tiêu thụ HFC không được tăng so với bình quân 2020–2022 và từ 2025 tiêu thụ HCFC giảm còn "
        "một nửa, nên tiếp tục đẩy mạnh đào tạo.",
    ),
    (
        "mTo113",
        "en",
        "vn_hpmp",
        "Technician training programme for refrigeration and air-conditioning servicing (HPMP II)",
        "Under Vietnam's HCFC Phase-out Management Plan stage II, the Department of Climate Change works with the "
        "Vietnam Association of Refrigeration and Air-Conditioning and the Institute of Heat and Refrigeration of "
        "Hanoi University of Science and Technology to train source lecturers of vocational colleges and servicing "
        "technicians, because the maintenance and repair sector accounts for nearly 70% of controlled-substance use "
        "in refrigeration and air conditioning, driven by leaks from poor installation and servicing.",
    ),
    (
        "mTo114",
        "en",
        "gci_r290",
        "Hands-on training on safe use of natural refrigerants (R290)",
        "The Green Cooling Initiative project runs practical courses on the Green Cooling approach and safe handling "
        "of R290 in refrigeration appliances: national and international policy on ozone-depleting substances plus "
        "four skills — tool proficiency, pipeline work, refrigerant recovery and weldless pipe connection. Vietnam "
        "ratified the Kigali Amendment in 2019 (HFC phase-down of 80% by 2045).",
    ),
    (
        "mTo115",
        "en",
        "unep_cert",
        "Guidance for national certification schemes for RAC service technicians",
        "UN Environment OzonAction publication (2015) with examples of strategies and requirements for setting up "
        "and running national certification of refrigeration and air-conditioning service technicians, anticipating "
        "wider use of hydrocarbons, ammonia, CO2 and HFOs in developing countries.",
    ),
    (
        "mTo116",
        "en",
        "iifiir_gsp",
        "Good servicing practices training manual for HCFC phase-out",
        "Booklet for national ozone units to train refrigeration servicing technicians in train-the-trainer and "
        "technician workshops: reducing HCFC use through good practice, refrigerant management during charging and "
        "transfer, alternative refrigerants, recovery, recycling and reclamation, climate benefits, and care of "
        "servicing equipment.",
    ),
    (
        "mTo117",
        "en",
        "unep_cambodia",
        "Good Refrigeration Practices workshops for small repair-shop technicians",
        "Training organised by the environment ministry with UN Environment's compliance programme for informal "
        "refrigerator and air-conditioner technicians: servicing skills, energy efficiency of cooling units and advice "
        "to customers; 2,200 technicians were trained across Asia-Pacific between 2012 and 2015, and trained shop "
        "owners report more customers and income.",
    ),
    (
        "mTo118",
        "en",
        "issuu_shecco",
        "Overview of training requirements for CO2, ammonia and hydrocarbon systems",
        "Chapter of a European training guide: hydrocarbons are A3 (low toxicity, high flammability) with charge "
        "limits in occupied spaces; before work, ignition risks are checked with a refrigerant detector; charging is "
        "done in the liquid phase, the system is labelled as flammable and leak-tested, and recovery units, leak "
        "testers, meters and lighting must be suitable for hydrocarbons.",
    ),
    (
        "mTo119",
        "en",
        "vinlove_cantho",
        "Free evening course in civil electrical work (Can Tho)",
        "An intermediate school's youth union in Binh Thuy district, Can Tho, runs a free civil electrical class from "
        "18:15 to 20:30, Tuesday to Saturday, for three months; about 30 learners aged 15 to 35 and some over 40, "
        "many without stable jobs, receive a preliminary certificate to help them find work.",
    ),
    (
        "mTo120",
        "en",
        "phuluong_tn",
        "District vocational classes in electronics and refrigeration repair",
        "A rural district runs vocational training classes, including electronics and refrigeration repair in a "
        "commune, alongside animal husbandry, tailoring and farm-machinery repair; 75.04% of workers are trained, "
        "38.41% with diplomas or certificates, and most graduates find stable jobs.",
    ),
    (
        "mTo121",
        "en",
        "eatsip_program",
        "Appliance repair certificate programme: electrical diagnostics and sealed systems",
        "What a quality appliance repair programme teaches over about 400 hours (10 months): AC/DC electrical theory "
        "and schematics, major appliance systems (washers, dryers, ovens, dishwashers), refrigeration and sealed-system "
        "repair, smart-appliance boards and customer service, with multimeter diagnosis of washing machines and "
        "fridges in the workshop.",
    ),
    (
        "mTo122",
        "en",
        "wisegeek_tech",
        "Routes to becoming an appliance technician",
        "Vocational schools offer appliance repair courses of 6 to 12 months (correspondence study can take as little "
        "as four); apprenticeships and manufacturer workshops teach brand repairs; technicians working on fridges and "
        "air conditioners usually need certification in refrigerant handling and disposal.",
    ),
    (
        "mTo123",
        "en",
        "stackcache_prog",
        "Training programmes for home appliance repairers",
        "Survey of options: vocational or trade school certificates of a few months to a year covering electrical and "
        "mechanical systems, troubleshooting, safety and customer service; apprenticeships with repair companies; "
        "manufacturer brand courses; online courses; and on-the-job training, plus licensing where required.",
    ),
    (
        "mTo124",
        "en",
        "freds_academy",
        "Appliance technician training academy with apprenticeship",
        "An appliance service company's academy trains technicians for dishwashers, ranges, washers, fridges, dryers "
        "and microwaves through courses and apprenticeship riding with skilled technicians: troubleshooting wiring, "
        "reading manuals and drawings, dismantling and reassembling appliances, and customer service.",
    ),
    (
        "mTo125",
        "en",
        "ars_specific",
        "Specialised training: refrigerator, washer and dryer repair",
        "Appliance repair school resources on specialising by appliance: refrigeration repair covering the cycle, "
        "R-134a and R-600a refrigerants, compressors and defrost systems (with EPA Section 608 certification for "
        "refrigerant handling); washing-machine repair covering water pumps, timers and drum mechanics.",
    ),
    (
        "mTo126",
        "en",
        "ars_curriculum",
        "Appliance repair training curriculum: essential skills",
        "Core curriculum of appliance repair training: electrical theory and schematics with multimeter fault-finding, "
        "refrigeration principles and safe handling and disposal of refrigerants, plumbing basics for dishwashers and "
        "washing machines, and safety practice with personal protective equipment, followed by appliance modules.",
    ),
    (
        "mTo127",
        "en",
        "apec_pv",
        "Training curriculum for solar PV installers and system designers",
        "APEC report (April 2015) offering a ready curriculum for developing economies: training needs analysis, "
        "target groups and competencies, review of NABCEP, the Clean Energy Council, PVTRIN and other programmes, "
        "curricula for installers, designers and trainers with lecture topics and hours, and a video script for "
        "hands-on rooftop PV installation.",
    ),
    (
        "mTo128",
        "en",
        "vti_pv",
        "Photovoltaic Installer Levels 1 and 2",
        "A technical institute's two-part certification course approved by the Electronics Technicians Association: "
        "Level 1 foundation for installers, designers and sales staff; Level 2 hands-on panel mounting, cabling, "
        "balance of system, code compliance and grid-interconnection applications. Prior electrical theory is "
        "required (a basic electricity course is offered).",
    ),
    (
        "mTo129",
        "en",
        "banksolar_course",
        "One-week PV system installation training course",
        "Full-time course of 35 hours for 12 trainees: mornings on solar radiation, PV fundamentals, off-grid and "
        "grid-connected configurations, inverters, wiring, protection and safety; afternoons in the lab sizing and "
        "installing modules, inverters and charge controllers; ends with a written assessment.",
    ),
    (
        "mTo130",
        "en",
        "solarpowerworld_tr",
        "Accredited solar training for small installation companies",
        "Argument and offer of accredited PV training and certification for small residential and commercial "
        "installers, who often come from other trades: over 78% of solar companies install residential systems and "
        "61% commercial systems up to 50 kW; courses include classroom, online and niche topics such as grounding "
        "and bonding.",
    ),
    (
        "mTo131",
        "en",
        "ecogeneration_tr",
        "Solar and battery storage installer training to accreditation standards",
        "Training provider whose trainers are practising installers and engineers; trainees design and assemble a "
        "real installation and prepare quotes; accreditation guidelines are being adapted for batteries after an "
        "industry that grew from about 3,000 systems in 2007 to 360,000 in 2011.",
    ),
    (
        "mTo132",
        "en",
        "pvtrin",
        "PVTRIN training and certification scheme for small-scale PV installers",
        "EU-supported project defining the professional framework, training methodology and curriculum for "
        "technicians installing and maintaining small PV systems: accredited courses and an operating certification "
        "scheme in six countries, eight pilot courses, practical material for installers and trainers.",
    ),
    (
        "mTo133",
        "en",
        "nabcep_module",
        "Solar PV systems installer module (NABCEP PV entry-level preparation)",
        "Training module for trainees entering solar work, after core and electrical curriculum modules: PV "
        "applications and components, safety hazards, Ohm's law, sizing, electrical and mechanical design, site "
        "analysis, installing a simple grid-connected system, maintenance, troubleshooting and codes.",
    ),
    (
        "mTo134",
        "vi",
        "giaotrinh_dcvn",
        "Giáo trình động cơ điện vạn năng nghề Điện dân dụng",
        "Trường cao đẳng cộng đồng biên soạn giáo trình cho nghề Điện dân dụng về động cơ điện vạn năng (chạy được cả "
        "điện một chiều và xoay chiều, mô-men mở máy lớn): cấu tạo, nguyên lý, đảo chiều quay, thay chổi than, kiểm "
        "tra cuộn dây phần ứng bằng rô-nha ngoài.",
    ),
]

OFFERS += [
    # --- distractors: neighbouring fields sharing words with the needs ---
    (
        "mTo135",
        "vi",
        "docz_kholanh_cangu",
        "Thiết kế kho lạnh bảo quản phi lê cá ngừ đại dương 90 tấn",
        "Đồ án tốt nghiệp ngành công nghệ thực phẩm (ĐH Sư phạm Kỹ thuật TP.HCM, 2021) tính toán và thiết kế kho lạnh "
        "dung tích 90 tấn bảo quản phi lê cá ngừ sau thu hoạch bằng công nghệ lạnh đông.",
    ),
    (
        "mTo136",
        "vi",
        "memart_khodong",
        "Thi công kho đông lạnh bảo quản hải sản",
        "Giới thiệu kho đông lạnh hải sản nhiệt độ âm sâu từ -18 °C đến -35 °C cho cá, tôm, mực, cua: cấu tạo, thiết "
        "kế kỹ thuật, nhiệt độ theo loại hải sản, chi phí xây dựng và lắp đặt, quy trình thi công, vận hành, bảo trì "
        "cho nhà hàng, siêu thị, đơn vị chế biến và xuất khẩu.",
    ),
    (
        "mTo137",
        "vi",
        "avg_capdong",
        "Thiết kế, thi công kho cấp đông nhanh cho nhà máy thủy sản",
        "Đội kỹ sư với hơn mười năm thiết kế – thi công – vận hành hàng trăm kho lạnh, kho cấp đông cho doanh nghiệp "
        "chế biến thủy sản xuất khẩu (Việt Nam, Lào, Campuchia): tối ưu nhiệt độ cấp đông và tốc độ gió để tinh thể "
        "băng nhỏ, sản phẩm không mất nước, đạt yêu cầu thị trường Nhật, EU, Mỹ.",
    ),
    (
        "mTo138",
        "en",
        "docz_tauca",
        "Supplementary refrigeration system design for offshore fishing vessels",
        "University research (Da Nang, 2014) surveying how catch is kept cold on offshore fishing boats, calculating "
        "a chosen vessel's real cooling load and designing an added refrigeration system, as the basis for a pilot "
        "unit that lets fishermen stay longer at sea.",
    ),
    (
        "mTo139",
        "vi",
        "kinhtexanh_say",
        "Máy sấy nông sản bằng năng lượng mặt trời quy mô hộ gia đình",
        "Doanh nghiệp công nghệ năng lượng bền vững phát triển hệ sấy dạng mô-đun dùng năng lượng mặt trời cho thóc, "
        "rơm rạ, hải sản: buồng sấy 2,5 × 4 × 2 m, năng suất 100–150 kg tươi/mẻ, nhiệt độ sấy 30–65 °C, ghép nhiều "
        "mô-đun để tăng công suất.",
    ),
    (
        "mTo140",
        "vi",
        "bavutex_say",
        "Thiết bị sấy cá, nông sản bằng năng lượng mặt trời cho hợp tác xã",
        "Hệ thống sấy năng lượng mặt trời điều chỉnh được nhiệt độ, độ ẩm, tốc độ gió, công suất 500 kg/mẻ, đã dùng "
        "sấy cá sặc bổi tại một hợp tác xã ở Hậu Giang và chuối sấy ở Đồng Nai, thay cho phơi thủ công ven đường.",
    ),
    (
        "mTo141",
        "vi",
        "khpt_wecare",
        "Nhà sấy nông sản năng lượng mặt trời không dùng điện lưới",
        "Dự án hợp tác giới thiệu nhà sấy dùng tấm lợp polycarbonate trong suốt chống tia UV, chỉ một tấm pin nhỏ chạy "
        "quạt, phù hợp nông hộ; giúp giảm thất thoát sau thu hoạch vốn khoảng 20–25% và giữ màu tự nhiên của nông "
        "sản.",
    ),
    (
        "mTo142",
        "vi",
        "ttvn_diengio",
        "Tổng thầu lắp dựng tuabin điện gió ngoài khơi Trà Vinh",
        "Tập đoàn liên danh với đối tác Thái Lan lắp dựng xong 12 tuabin gió của dự án V1-2 tại Trà Vinh (8/2021) "
        "vượt tiến độ, sẵn sàng phát điện lên lưới quốc gia.",
    ),
    (
        "mTo143",
        "en",
        "vnnews_wind",
        "Investment call for five wind power projects in Trà Vinh",
        "The provincial People's Committee approved investment policy for five wind farms worth over VND13.8 trillion "
        "in Duyên Hải: V1-5 and V1-6 phase 2 (80 MW), V1-2 expansion (48 MW), V1-3 phase 2 (48 MW), Đông Hải 3 "
        "(48 MW) and V1-1 phase 2 (48 MW); investors will be selected by tender.",
    ),
    (
        "mTo144",
        "en",
        "futurepump",
        "Portable solar irrigation pump for smallholder farms",
        "Award-winning maker of a low-cost, portable solar water pump for farms of about one hectare, replacing petrol "
        "or diesel pumps and manual watering; around 1,300 pumps sold in 29 countries.",
    ),
    (
        "mTo145",
        "en",
        "poweringag",
        "Solar-powered irrigation pumps to cut farm pumping costs",
        "Clean-energy agriculture programme promoting solar water pumps (about 30 L per hour in full sun, compatible "
        "with drip and sprinklers) for farmers who cannot afford petrol for engine pumps, with no fuel cost and "
        "little maintenance.",
    ),
    (
        "mTo146",
        "vi",
        "minhmotor",
        "Kiểm tra, bảo dưỡng và sửa chữa động cơ điện",
        "Cửa hàng mô tơ hướng dẫn và nhận kiểm tra, bảo dưỡng, sửa chữa động cơ điện có tiếng ồn bất thường hoặc chạy "
        "yếu: stato với lõi thép lá 0,35–0,5 mm và dây quấn đồng, phần quay, hệ thống làm mát bằng cánh quạt.",
    ),
    (
        "mTo147",
        "vi",
        "thosaigon_bom",
        "Sửa máy bơm hỏa tiễn giếng khoan",
        "Thợ sửa máy bơm chìm đặt trong giếng khoan sâu 20 m đến hơn 100 m cho hộ gia đình, trang trại, hệ thống "
        "tưới: động cơ bọc kín chống thấm, guồng bơm nhiều tầng cánh, vỏ thép không gỉ; xử lý hỏng hóc linh kiện và "
        "giảm hiệu suất.",
    ),
    (
        "mTo148",
        "vi",
        "diennuoc_gialai",
        "Kiểm tra máy bơm nước cháy cuộn dây hay hỏng tụ",
        "Thợ điện nước ở Gia Lai hướng dẫn bà con phân biệt máy bơm 1 pha hỏng tụ đề (tụ 50.000–150.000 đồng, máy kêu "
        "ù không chạy, quay yếu) với cháy cuộn mô tơ (mùi khét, nóng ran, nhảy CB) do quá tải, điện yếu, chạy khô; "
        "nhận thay tụ, quấn lại mô tơ.",
    ),
    (
        "mTo149",
        "vi",
        "docz_ats",
        "Thiết kế, lắp ráp tủ chuyển nguồn tự động ATS điều khiển bằng PLC",
        "Khóa luận tốt nghiệp thiết kế tủ ATS chuyển phụ tải từ lưới sang máy phát điện khi mất điện, mất pha hoặc "
        "điện áp không ổn định và chuyển lại khi lưới phục hồi, dành cho bệnh viện, nhà máy, công trình cần cấp điện "
        "liên tục.",
    ),
    (
        "mTo150",
        "vi",
        "docz_tulanhthai",
        "Quy trình tháo dỡ và tiền phân loại vật liệu tủ lạnh thải",
        "Luận văn thạc sĩ (Viện KH&CN Môi trường, ĐH Bách khoa Hà Nội, 2014) thuộc đề tài cấp Nhà nước về xử lý chất "
        "thải điện tử gia dụng: nghiên cứu quy trình tháo dỡ tủ lạnh thải bỏ, phân loại vật liệu và xây dựng hướng dẫn "
        "kỹ thuật cho loại chất thải này.",
    ),
    (
        "mTo151",
        "vi",
        "features_taiche",
        "Hướng dẫn tái chế tủ lạnh, máy điều hòa cũ",
        "Bài hướng dẫn tái chế thiết bị lớn: tủ lạnh, tủ đông, máy điều hòa phải được chuyên gia có chứng nhận (theo "
        "Mục 608 Đạo luật Không khí Sạch của Mỹ) rút chất làm lạnh trước khi đưa đi tái chế; tự xả bỏ là trái luật.",
    ),
    (
        "mTo152",
        "vi",
        "docz_ewaste_hcm",
        "Đề tài đánh giá thu gom, tái chế đồ điện – điện tử thải tại TP.HCM",
        "Báo cáo nghiệm thu đề tài khoa học (Viện Kỹ thuật Nhiệt đới và Bảo vệ Môi trường, 2012) đánh giá hiện trạng và "
        "đề xuất giải pháp quản lý tổng hợp việc thu gom, vận chuyển, tái chế, tiêu hủy đồ dùng điện – điện tử thải "
        "tại TP.HCM.",
    ),
    (
        "mTo153",
        "en",
        "tailieu_dauthau",
        "Competitive auction framework for utility-scale solar farms",
        "World Bank support to the government in designing competitive, transparent tenders for solar power plants "
        "after the 9.35 US cent/kWh feed-in tariff expired in mid-2019, when Vietnam had already passed its 2025 "
        "target with over 4.5 GW installed.",
    ),
    (
        "mTo154",
        "vi",
        "caseamex_kholanh",
        "Đánh giá hiệu suất thu hồi và tổn thất nhiệt qua vách kho lạnh cá tra",
        "Phúc trình thực tập (ĐH Cần Thơ, 2013) tại nhà máy chế biến fillet cá tra đông lạnh: đánh giá hiệu suất thu "
        "hồi sản phẩm và độ mất nhiệt qua tường vách cách nhiệt của kho lạnh.",
    ),
    (
        "mTo155",
        "en",
        "docz_kythuatlanh",
        "Applied refrigeration engineering notes: refrigeration units and compressors",
        "Course material on refrigeration assemblies: complete versus partial units, reciprocating, rotary, screw "
        "and turbo compressors, Freon or ammonia machines with one or two stages, aimed at large refrigeration "
        "plants.",
    ),
    (
        "mTo156",
        "vi",
        "vietnamvn_mangthit",
        "Lớp nghề xây dựng dân dụng cho lao động nông thôn huyện Mang Thít",
        "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên huyện Mang Thít (Vĩnh Long) mở 5 lớp nghề xây dựng dân "
        "dụng 3 tháng tại các xã Bình Phước, Mỹ Phước, Nhơn Phú và thị trấn Cái Nhum: trộn vữa, xây móng, tường, tô "
        "trát, ốp gạch, an toàn lao động.",
    ),
    (
        "mTo157",
        "en",
        "nfpa_firefighter",
        "Fire-fighter training material on flammable refrigerants",
        "Proceedings of a 2018 workshop of a fire protection research foundation developing training material for "
        "fire fighters facing equipment charged with flammable refrigerants during emergencies.",
    ),
    (
        "mTo158",
        "en",
        "growfurther_pump",
        "Modular solar water pumps for one-hectare farms",
        "Report on small solar-powered pumps made in India, tested in Nepal and sold in South Asia, Africa and South "
        "America, now a little over $500 in Nigeria against about $1,500 in 2015; free to run on sunlight.",
    ),
    (
        "mTo159",
        "en",
        "nrdc_hpwh",
        "Study on heat pump water heaters cutting household electricity",
        "Research by an environmental NGO showing heat pump water heaters can halve or more the electricity used to "
        "heat water in US homes, where 41% of households use electric resistance tanks; performance depends on "
        "climate and installation space.",
    ),
]

OFFERS += [
    (
        "mTo160",
        "en",
        "applevalley_ac",
        "Easy owner maintenance tasks for central air conditioners",
        "An appliance dealer's service advice: replace one-inch pleated filters monthly, clean the evaporator and "
        "condenser coils whose dirt insulates them and cuts airflow, clear leaves and grass from the outdoor unit, "
        "trim shrubs back and have a technician straighten bent coil fins.",
    ),
    (
        "mTo161",
        "en",
        "e3_hpwh",
        "Heat pump (hybrid) water heater upgrade",
        "Article promoting replacement of standard electric water heaters by heat pump water heaters, two to three "
        "times more efficient, with tank, compressor and fan in one unit; water heating is about 13% of an average US "
        "home's energy and savings reach about $330 a year for a family of four. Product information only.",
    ),
    (
        "mTo162",
        "en",
        "appliance24x7",
        "Appliance repair technician training: community college and academies",
        "Appliance repair company explains how to qualify: vocational or professional programmes (electrical "
        "engineering, blueprint reading, mechanical drawing) lasting from 30 days to 2 years, best through community "
        "colleges with hundreds of hours of hands-on training, or internships following a qualified technician.",
    ),
    (
        "mTo163",
        "en",
        "jonathan_insp",
        "Home electrical safety inspection against the electrical code",
        "Electrical contractor inspecting homes to code: checks that the system works correctly, finds open junction "
        "boxes and splices, loose connections at receptacles and panels that arc and overheat, and over-wattage bulbs "
        "that make fixture insulation brittle; gives recommended fixes and supports insurance or purchase inspections.",
    ),
    (
        "mTo164",
        "en",
        "medesigns_pump",
        "Do-it-yourself washing-machine pump replacement guide",
        "Guide to confirming a failing drain pump (no drainage, slow drainage, grinding or humming, pump error codes) "
        "after ruling out clogged hoses and filters, then replacing it with the correct part for the model using "
        "screwdrivers, pliers and a socket set, after disconnecting power and water.",
    ),
]

OFFERS += [
    (
        "mTo165",
        "vi",
        "vitosa_nlmt",
        "Máy nước nóng năng lượng mặt trời cho gia đình, nhà nghỉ, khách sạn",
        "Thương hiệu máy nước nóng năng lượng mặt trời không dùng điện cung cấp cho gia đình, nhà nghỉ, khách sạn: "
        "ống hấp thụ nhiệt chân không ba lớp có màng kim loại, bình bảo ôn ruột inox SUS304 cách nhiệt bằng hợp chất "
        "bảo ôn, giá đỡ hợp kim nhôm.",
    ),
    (
        "mTo166",
        "vi",
        "minhduong_mg",
        "Sửa máy giặt kêu to, rung lắc mạnh khi vắt",
        "Đội thợ hơn 15 năm sửa máy giặt nhận bắt bệnh và xử lý máy kêu to, rung lắc, xê dịch khi vắt: tiếng cạch "
        "cạch do vật lạ, tiếng rít kim loại do bạc đạn khô mỡ, tiếng u u do motor quá tải; theo kinh nghiệm của họ "
        "90% trường hợp do linh kiện hao mòn và lắp đặt sai kỹ thuật, để lâu có thể vỡ lồng, cháy motor.",
    ),
]
