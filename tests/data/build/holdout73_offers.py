"""Offers of the holdout73 set: (id, language, source key, title, description).

Written as institutes, universities, firms or a technology exchange would post them; each paraphrases the
page under its source key in holdout73_sources.py. Rows marked "distractor" come from neighbouring fields and
share words with the needs without solving them.
"""

OFFERS = [
    # ---------------- welding ----------------
    (
        "kWo001",
        "vi",
        "daotaohan_alu",
        "Chuyển giao quy trình hàn MIG nhôm và hợp kim nhôm",
        "Trung tâm đào tạo hàn chuyển giao quy trình hàn MIG cho nhôm và hợp kim nhôm: năng suất cao, độ ngấu tốt và "
        "không đòi tay nghề khắt khe như hàn TIG hay hàn que. Hướng dẫn chọn dây hàn theo nhóm hợp kim (ví dụ dây 1100, "
        "4043 cho nhôm nhóm 1XXX), xử lý lớp oxit bề mặt và khống chế biến dạng do nhôm giãn nở nhiệt gấp khoảng 2 lần thép.",
    ),
    (
        "kWo002",
        "vi",
        "haiminh_haninox",
        "Gia công hàn inox 304/316 bằng TIG, MIG, laser và hàn lăn",
        "Xưởng cơ khí nhận hàn gia công inox 304/316 cho thiết bị thực phẩm, y tế và đường ống: chọn TIG (GTAW), MIG "
        "(GMAW), laser hoặc hàn lăn tùy chi tiết để mối hàn kín, sạch, chống ăn mòn. Vận hành theo ISO 9001:2015, có "
        "WPS/PQR, biểu mẫu QC truy xuất và kỹ sư phụ trách; hơn 10 năm kinh nghiệm.",
    ),
    (
        "kWo003",
        "vi",
        "hotswin_mig",
        "Khóa học hàn MIG cơ bản cho thợ mới vào nghề",
        "Lớp hàn MIG cho người mới: nguyên lý dây hàn cấp liên tục trong khí bảo vệ Argon hoặc Argon/CO2, cách hàn thép, "
        "nhôm, inox ở nhiều độ dày; so sánh ưu điểm (tốc độ cao, ít xỉ, dễ học hơn TIG) và hạn chế (thiết bị phức tạp hơn "
        "hàn que, cần chắn gió) để học viên tự vận hành máy tại xưởng.",
    ),
    (
        "kWo004",
        "en",
        "detroit_class",
        "Small-group TIG and MIG welding workshops in a working fabrication shop",
        "A fabrication shop runs four-hour, small-group welding workshops matched to each student's level, from novice to "
        "experienced: joint preparation, layout and welding of a simple project piece with several joint types. Students "
        "can switch from TIG to MIG when MIG is what they need to gain confidence.",
    ),
    (
        "kWo005",
        "en",
        "designbuildride_tig",
        "Structured TIG welding training programme",
        "TIG training built on practice coupons: about 40 hours to reach steady torch, filler and foot-pedal control, some "
        "25 practice joints, and roughly 80 hours of practice before trainees weld a real frame. Focus on heat control "
        "and fusion without porosity or undercut.",
    ),
    (
        "kWo006",
        "en",
        "weldacademy_nz",
        "Welder qualification testing to ISO 9606-1",
        "A welding academy runs the ISO 9606-1 trade welder test for MIG, arc (stick) and TIG: butt and fillet test "
        "pieces on 250 mm plates, macro test then radiography, with a certificate valid three years and revalidation by "
        "volumetric testing of production welds. Practice classes by the hour and one-on-one coaching are also offered.",
    ),
    (
        "kWo007",
        "en",
        "iiw_india",
        "Welder certification scheme under national and international codes",
        "Certification of welders' competence against ISO 9606-1/-2, AWS D1.1, D1.2, D1.6 and ASME IX: preparing "
        "equipment and materials, cutting plate, joint preparation, welding by the relevant process, preparing test "
        "joints for assessment and safe working practice; candidates must read a WPS and work instructions.",
    ),
    (
        "kWo008",
        "vi",
        "topcargo_mig",
        "Bán máy hàn MIG đời mới cho xưởng cơ khí",  # distractor
        "Cửa hàng phân phối máy hàn MIG (máy hàn khí bảo vệ) các hãng cho xưởng cơ khí, đóng tàu, sửa chữa ô tô; quảng cáo "
        "tốc độ hàn nhanh gấp 3-4 lần phương pháp truyền thống, ít xỉ, dễ thao tác. Bán máy và phụ kiện, không nhận gia "
        "công hay đào tạo.",
    ),
    (
        "kWo009",
        "vi",
        "zicons_han",
        "Thi công hàn kết cấu thép nhà xưởng",  # distractor
        "Nhà thầu xây dựng nhận hàn lắp dựng kết cấu thép cho nhà xưởng: dầm, cột, kèo thép và một số chi tiết inox, "
        "chọn que hàn, khí bảo vệ và dòng điện theo vật liệu để khung nhà vững chắc; phục vụ thi công, cải tạo nhà xưởng.",
    ),
    (
        "kWo010",
        "en",
        "natashast_alu",
        "Aluminium boat hull welding with pulsed MIG and spool gun",
        "Boat welder with years of aluminium hull repair: thin 1/8 in (about 3 mm) sheet that burns through and warps is "
        "welded with a pulser on an inverter power source and a spool-gun feeder; advice on smooth drive rolls, Teflon "
        "liners and gas pre-flow to avoid birdnesting and porous starts.",
    ),
    (
        "kWo011",
        "en",
        "wikimotors_alu",
        "Aluminium boat repair: welding, brazing or fibreglass patching",
        "Repair service choosing the method by purpose: welding for durable structural hull repairs, fibreglass to seal "
        "slow leaks in riveted seams, torch brazing for very thin sheet to avoid melting larger holes. The area is "
        "cleaned of oxide with mild acid and sanded first; welders use breathing protection against aluminium fume.",
    ),
    (
        "kWo012",
        "vi",
        "phongvan_hanque",
        "Tư vấn chọn và sử dụng máy hàn que cho xưởng nhỏ",
        "Hướng dẫn nguyên lý, cấu tạo và cách dùng máy hàn điện hồ quang tay (SMAW) AC/DC: nguồn hàn, cáp, kìm, kẹp mass, "
        "quạt làm mát; hồ quang 5.000-7.000°C, vỏ thuốc tạo khí và xỉ bảo vệ. Thiết bị gọn nhẹ, chi phí thấp, không cần "
        "khí bảo vệ, hàn được nhiều tư thế, hợp với xưởng sửa chữa nhỏ.",
    ),
    (
        "kWo013",
        "vi",
        "baa_mayhan",
        "Nhà phân phối máy hàn điện, máy hàn khí và thiết bị tự động hóa",  # distractor
        "Doanh nghiệp thương mại giới thiệu và bán máy hàn điện, máy hàn khí cùng thiết bị điện công nghiệp; bài tư vấn so "
        "sánh nguyên lý, ưu nhược điểm hai loại máy và ứng dụng trong cơ khí, xây dựng, ô tô, đóng tàu.",
    ),
    (
        "kWo014",
        "en",
        "longevity_mig",
        "One-week MIG welding class for beginners and hobbyists",
        "Welding supplier's introduction to basic MIG procedures, recommending a one-week class for beginners: the basics "
        "can be learned in a few hours, good bead control takes longer; safety covers gloves, eye protection and the "
        "danger of welding on containers that held flammable or toxic contents.",
    ),
    (
        "kWo015",
        "en",
        "bloemhof_mig",
        "Introductory welding workshop: MIG and gas welding",
        "A hands-on introduction to joining metals: the MIG (metal inert gas) technique taught by a practising maker, plus "
        "gas welding as used for repair work on pipes and tubes.",
    ),
    (
        "kWo016",
        "en",
        "spssb_training",
        "Hands-on MIG and TIG practice course",
        "Training block that starts with the welding equipment and then practice on scrap: MIG with wire electrode and "
        "argon, argon-oxygen or argon-CO2 shielding for steels and non-ferrous metals; TIG with tungsten electrode and "
        "argon for thin stainless steel, aluminium and copper alloys.",
    ),
    (
        "kWo017",
        "en",
        "everlast_transom",
        "TIG repair of thin aluminium boat transoms and hull holes",
        "Welder reports repairing a car-topper aluminium boat with hull about 1/16 in thick: old factory MIG welds removed "
        "with a flap wheel, new transom gussets clamped and TIG welded with 5356 filler and foot-pedal control, and holes "
        "in the transom filled against a copper backing plate.",
    ),
    (
        "kWo018",
        "vi",
        "topcargo_auto",
        "Hệ thống máy hàn tự động, robot hàn tích hợp AI",  # distractor
        "Giới thiệu máy hàn tự động cho nhà máy: inverter điều chỉnh dòng chính xác tới 0,1 A, robot hàn có AI nhận dạng bề "
        "mặt, kết nối IoT giám sát từ xa và giao diện lập trình quy trình cho sản xuất hàng loạt.",
    ),
    # ---------------- cutting ----------------
    (
        "kWo019",
        "vi",
        "vegatec_plasma",
        "Cung cấp máy cắt plasma công nghiệp",
        "Đơn vị cung cấp máy cắt plasma cho gia công kim loại: tia plasma 10.000-15.000°C, đường cắt chính xác tới 0,1 mm, "
        "cắt thép carbon tới 160 mm và inox 130 mm; nhanh hơn cắt oxy-gas 5-6 lần và chi phí vận hành thấp hơn laser "
        "khoảng 20-25%. Tư vấn các yếu tố ảnh hưởng chất lượng vết cắt.",
    ),
    (
        "kWo020",
        "vi",
        "sunnaintls_plasma",
        "Dịch vụ cắt plasma CNC theo bản vẽ",
        "Nhận cắt plasma CNC các vật liệu dẫn điện như thép, nhôm, đồng thau, đồng theo file thiết kế: tốc độ nhanh, chính "
        "xác, chi phí thấp, phục vụ xưởng chế tạo, sửa chữa, phục hồi ô tô và công trình; đầu cắt chạy theo đường lập "
        "trình, khí nén thổi bay kim loại nóng chảy tạo rãnh cắt.",
    ),
    (
        "kWo021",
        "en",
        "kearley_table",
        "Build plans and know-how for a shop-made CNC plasma table",
        "A small fabrication business shares how it built its CNC plasma tables: a first 600 x 600 mm machine with a 30 A "
        "torch cutting 6 mm steel, then a gantry table of about 1300 x 1300 mm cut area with a 45 A system for 12 mm "
        "plate, Mach3 control, 4 Nm steppers, rack and pinion on linear rails, built to be dismantled.",
    ),
    (
        "kWo022",
        "en",
        "thmachinetools_plasma",
        "CNC plasma cutting machines supplied and installed",
        "Machine-tool supplier offering plasma sources, torches and CNC plasma machines that move the torch along a "
        "computer-programmed path, with water-bed or dry-bed tables and cantilever or gantry X-Y structures.",
    ),
    (
        "kWo023",
        "vi",
        "minhtrieu_cat",
        "Gia công cắt kim loại theo yêu cầu: cơ khí, plasma, laser, cắt dây",
        "Công ty gia công cơ khí chính xác hơn 10 năm kinh nghiệm nhận cắt phôi theo bản vẽ bằng cưa/đĩa, plasma, laser "
        "hoặc cắt dây EDM; tư vấn chọn công nghệ theo vật liệu, độ dày và độ chính xác cần đạt.",
    ),
    # ---------------- machining and small CNC ----------------
    (
        "kWo024",
        "vi",
        "jinxi_custom",
        "Gia công CNC theo yêu cầu từ bản vẽ đến thành phẩm",
        "Nhận gia công CNC chi tiết theo bản vẽ khách hàng: phay, tiện, khoan, mài trên máy điều khiển số, có cảm biến "
        "giám sát lực cắt và mòn dao, bảo đảm độ chính xác kích thước đồng đều giữa các lô, làm được cả chi tiết đơn chiếc.",
    ),
    (
        "kWo025",
        "vi",
        "jinxi_multi",
        "Hệ thống gia công CNC đa trục 4-9 trục cho chi tiết phức tạp",  # distractor
        "Giới thiệu trung tâm gia công CNC đa trục (4 đến 9 trục, có trục quay) để gia công hình học phức tạp trong ít lần "
        "gá, phục vụ hàng không vũ trụ, thiết bị y tế và khuôn mẫu chính xác cao.",
    ),
    (
        "kWo026",
        "en",
        "winenfood_shop",
        "Local machine shop for one-off replacement parts",
        "Machinists turn and mill one-off replacement parts from a customer's sketch or a worn original, for example a "
        "gear reproduced on a lathe, and advise on material grade such as stainless steel; manual milling is often "
        "cheaper than a CNC run for a single simple part.",
    ),
    (
        "kWo027",
        "en",
        "dekmake_shop",
        "CNC machine shop: milling, turning and inspection",
        "Contract CNC shop with mills, lathes, drill presses and CMM inspection, taking anything from one prototype to "
        "large runs so customers need not invest in their own machines; CNC machining quoted as 3-5 times quicker than "
        "conventional machines.",
    ),
    (
        "kWo028",
        "en",
        "runsom_shop",
        "Small specialised CNC shop with short lead times",
        "A compact CNC machine shop for customised parts and prototypes delivered fast: CNC milling and turning, 3D "
        "printing, urethane casting and sheet-metal fabrication in metals and plastics, covering design, prototyping, "
        "testing and small-batch production.",
    ),
    (
        "kWo029",
        "vi",
        "hiepphat_xuong",
        "Xưởng gia công cơ khí sản xuất đơn chiếc",
        "Xưởng gia công cơ điện tử nhận sản xuất đơn chiếc và loạt nhỏ theo đơn: máy cắt laser CNC, máy phay CNC, máy tiện "
        "và các máy phụ trợ bố trí theo quy trình; lập quy trình công nghệ riêng cho từng chi tiết.",
    ),
    (
        "kWo030",
        "vi",
        "vnuf_cnc",
        "Tư vấn chế độ cắt tiết kiệm năng lượng trên máy phay CNC",
        "Nhóm nghiên cứu trường đại học chuyển giao kết quả khảo sát ảnh hưởng của thông số cắt tới chi phí năng lượng riêng "
        "và chất lượng bề mặt khi gia công lỗ bậc trên máy phay CNC DMG 635, giúp xưởng chọn chế độ cắt giảm điện năng.",
    ),
    (
        "kWo031",
        "vi",
        "lathe_drive",
        "Nghiên cứu điều khiển truyền động chính và ăn dao máy tiện",  # distractor
        "Đề tài mô hình hóa hệ truyền động máy phát - động cơ một chiều (F-Đ) của máy tiện, tổng hợp mạch vòng dòng điện, "
        "tốc độ và tính toán bộ PID trên miền D; tài liệu lý thuyết điều khiển, không kèm dịch vụ cải tạo máy.",
    ),
    (
        "kWo032",
        "vi",
        "asiabolt_tien",
        "Nhận gia công tiện chi tiết chính xác",
        "Nhà sản xuất bu lông và chi tiết cơ khí nhận gia công tiện các sản phẩm hình dáng khó, đòi hỏi độ chính xác cao "
        "theo mẫu hoặc bản vẽ.",
    ),
    (
        "kWo033",
        "vi",
        "maycatday_daophay",
        "Phân phối dao phay ngón CNC",  # distractor
        "Giới thiệu dao phay ngón CNC: thành phần hợp kim, tính chất, ứng dụng và cách chọn, sử dụng dao cho máy phay; bán "
        "dụng cụ cắt, không nhận gia công.",
    ),
    (
        "kWo034",
        "vi",
        "giacong_dacbiet",
        "Bài giảng các phương pháp gia công đặc biệt",  # distractor
        "Tài liệu giảng dạy về gia công siêu âm (15-30 kHz), tia nước, dòng hạt mài, dụng cụ kim cương cho vật liệu cứng "
        "giòn như thủy tinh, gốm, đá, hợp kim cứng.",
    ),
    # ---------------- farm machinery: dryers ----------------
    (
        "kWo035",
        "vi",
        "khcnn_maysay",
        "Chuyển giao máy sấy lúa cỡ nhỏ cơ động",
        "Giới thiệu các mẫu máy sấy lúa cho nông hộ ĐBSCL: máy sấy vỉ nghiêng 2-3 tấn/mẻ (7-8 giờ) của Trường Dạy nghề và "
        "Phát triển nông thôn Nam Bộ, cơ động, tốn ít nhiên liệu; máy sấy 2 tấn/6 giờ của nhà máy cơ khí. Khuyến cáo máy "
        "4-8 tấn/mẻ thường không kinh tế với hộ nhỏ.",
    ),
    (
        "kWo036",
        "vi",
        "irri_flatbed",
        "Mẫu máy sấy vỉ ngang Đại học Nông Lâm và đào tạo chế tạo cho cơ sở cơ khí",
        "Sàn công nghệ giới thiệu máy sấy vỉ ngang do Trường ĐH Nông Lâm TP.HCM cải tiến, đốt trấu, 4-8 tấn/mẻ (khoảng 4.000 "
        "máy ở ĐBSCL năm 2005), đã được IRRI phối hợp đào tạo chế tạo cho nhà sản xuất và nhân rộng ở nhiều nước; nhận "
        "tập huấn cho xưởng cơ khí địa phương muốn chế tạo máy.",
    ),
    (
        "kWo037",
        "en",
        "flatbed_study",
        "Air-reversal flatbed dryer and solar-assisted drying study",
        "Research team's results on flatbed paddy dryers: reversing the air direction clearly reduces the final moisture "
        "differential in both 8-tonne production dryers and 20 kg lab dryers; mechanical drying cracks fewer grains than "
        "sun drying; a 4-tonne dryer with a solar collector as extra heat gave good grain quality and economics.",
    ),
    (
        "kWo038",
        "vi",
        "aciar_twostage",
        "Công nghệ sấy lúa hai giai đoạn",
        "Giới thiệu kết quả dự án ACIAR tại Việt Nam: giai đoạn 1 sấy nhanh lúa ẩm 30% xuống 18%, giai đoạn 2 sấy chậm có "
        "kiểm soát xuống 14% để giữ màu và chất lượng hạt; đã thử máy sấy kho 80-400 tấn, nay thiết kế máy giai đoạn 1 "
        "kinh tế hơn với lớp hạt dày 4 m.",
    ),
    (
        "kWo039",
        "vi",
        "tieu_solar",
        "Máy sấy năng lượng mặt trời kết hợp điện trở cho tiêu",
        "Mô hình máy sấy dùng năng lượng mặt trời, bổ sung nhiệt bằng điện trở, năng suất 5 kg/mẻ: sấy tiêu từ ẩm độ 64% "
        "xuống 13% trong 7-9 giờ ở 60°C, vận tốc gió 1,0-1,5 m/s; sản phẩm đạt màu, mùi và không nhiễm E. coli.",
    ),
    (
        "kWo040",
        "vi",
        "losay_pid",
        "Thiết kế bộ điều khiển nhiệt độ tự động cho lò sấy nông sản",
        "Đồ án thiết kế hệ thống tự động điều chỉnh nhiệt độ lò sấy nông sản thực phẩm dùng bộ điều khiển PID, mô phỏng và "
        "hiệu chỉnh trên Matlab; có thể ứng dụng cho lò sấy cần giữ nhiệt ổn định.",
    ),
    (
        "kWo041",
        "en",
        "ishs_mech",
        "Review and advice on rice mechanisation and post-harvest systems",
        "Expert review of Vietnam's rice mechanisation: in the Mekong Delta flatbed dryers handled about half the paddy "
        "by 2014, combines spread fast, and the trend is towards central drying plants of 1,000 t/day combining column "
        "and fluidised-bed dryers; locally made milling machinery is strong but quality suffers from improper drying.",
    ),
    (
        "kWo042",
        "vi",
        "viaep_gioithieu",
        "Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch: nghiên cứu, chế tạo máy",
        "Viện đầu ngành (thành lập 1968) nghiên cứu cơ giới hóa, điện khí hóa sản xuất nông nghiệp, công nghệ sau thu hoạch; "
        "nhận nghiên cứu, thiết kế, chế tạo và chuyển giao máy móc, thiết bị sấy, bảo quản, chế biến nông sản cho địa phương.",
    ),
    (
        "kWo043",
        "vi",
        "viaep_ketqua",
        "Chuyển giao mẫu máy và dây chuyền thiết bị nông nghiệp của Viện",
        "Hàng trăm mẫu máy, dây chuyền thiết bị và công nghệ do Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch tạo ra "
        "từ đề tài cấp Nhà nước, cấp Bộ và hợp đồng với cơ sở, phục vụ thâm canh, giảm chi phí lao động và tăng giá trị "
        "nông sản; sẵn sàng ký hợp đồng chuyển giao.",
    ),
    (
        "kWo044",
        "vi",
        "husking_thoaison",
        "Nhà máy xay xát, sấy lúa quy mô lớn liên kết bao tiêu",  # distractor
        "Nhà máy xay xát lúa gạo 212 tỷ đồng ở An Giang, công suất sấy 500 tấn lúa/ngày và chế biến 200.000 tấn/năm, ký hợp "
        "đồng bao tiêu với nông dân trên 2.500 ha, cung cấp giống, phân bón giá ưu đãi.",
    ),
    (
        "kWo045",
        "vi",
        "ait_ricemill",
        "Nghiên cứu so sánh các nhà máy xay xát ở Cần Thơ",  # distractor
        "Luận văn khảo sát sáu nhà máy xay xát và tám cơ sở chế biến gạo ở Cần Thơ: chi phí xay khoảng 7 USD/tấn; tỷ lệ gạo "
        "nguyên giảm từ 51,3% xuống 45,3% khi ẩm độ lúa đem xay tăng từ 13,5% lên 18,1%.",
    ),
    # ---------------- farm machinery: pumps ----------------
    (
        "kWo046",
        "vi",
        "arit_bom",
        "Máy bơm trục xiên không ống tiết kiệm điện",
        "Sản phẩm công nghiệp nông thôn tiêu biểu: máy bơm trục xiên không ống cải tiến từ bơm trục đứng, cùng lượng điện "
        "bơm được gấp 3,5 lần nước (hay giảm điện 3,5 lần); loại 4.000 m³/h bỏ được 3-4 m ống thép đường kính gần 1 m.",
    ),
    (
        "kWo047",
        "vi",
        "thosaigon_hoatien",
        "Dịch vụ sửa máy bơm hỏa tiễn, bơm chìm giếng khoan",
        "Thợ nhận sửa bơm hỏa tiễn cho hộ gia đình, trang trại và hệ thống tưới: bơm chìm đặt trong giếng khoan sâu 20-100 m, "
        "kiểm tra động cơ kín nước, guồng nhiều tầng cánh, cánh bơm, vỏ inox; thay linh kiện hỏng, phục hồi lưu lượng.",
    ),
    (
        "kWo048",
        "vi",
        "giaovn_bomxemay",
        "Bộ bơm nước gắn động cơ xe máy cho ruộng xa điện",
        "Nông dân kiêm thợ sửa xe chế bộ bơm lắp vào động cơ xe máy, lưu lượng tương đương máy bơm 1,5 mã lực, dùng tưới "
        "cho vùng chưa có điện hoặc dự phòng cúp điện; cải tiến trục truyền cho bền và gọn hơn loại mua sẵn khoảng 1,5 triệu.",
    ),
    (
        "kWo049",
        "en",
        "vermeeren_pump",
        "Irrigation pump maintenance service",
        "Pump service for irrigation systems following the maker's procedures: lateral impeller adjustment, checks of bore "
        "water level and air entrapment, motor speed (overload, low voltage), and water- or oil-lubricated shaft care "
        "with the right oil grade to prevent lock-up and bearing damage.",
    ),
    (
        "kWo050",
        "vi",
        "agriflorural_pump",
        "Chẩn đoán sự cố máy bơm tưới: xâm thực và mài mòn",
        "Dịch vụ kỹ thuật tìm nguyên nhân bơm tưới giảm hiệu suất: hiện tượng xâm thực (cavitation) làm rỗ cánh, vỏ và buồng "
        "xoắn, gây sốc tải lên động cơ và trục; mài mòn do hạt rắn trong nước làm nhám bề mặt trong; đề xuất cách khắc phục.",
    ),
    (
        "kWo051",
        "en",
        "dpi_nsw_pump",
        "Advice on selecting an irrigation pump",
        "Agricultural agency guidance service for choosing pumps: discharge and head needed, suction conditions, hours of "
        "use, power source and cost, space, corrosion and wear risk, maintenance facilities; rotodynamic pumps for most "
        "systems, positive-displacement pumps for flows under 2 L/s.",
    ),
    (
        "kWo052",
        "en",
        "ndsu_pump",
        "Matching irrigation pumps to the water source and system",
        "Extension engineers help farmers inventory water source, required flow, total suction head and total dynamic head "
        "(2.31 ft of water per psi) and choose among centrifugal, turbine, submersible and propeller pumps.",
    ),
    (
        "kWo053",
        "en",
        "gfm_pump",
        "Practical maintenance of small-farm irrigation pumps",
        "Guidance for farm crews: engine upkeep takes half or more of pump maintenance for petrol and diesel units; keep oil "
        "and a grease gun in sealed containers at the pump station, and bring pumps in for service in rainy spells.",
    ),
    (
        "kWo054",
        "en",
        "growfurther_solar",
        "Portable solar irrigation pump for small farms",
        "Manufacturer of small modular solar water pumps for farms of about one hectare: lightweight, easy to fix and with "
        "no fuel cost; price now a little over USD 500 against about USD 1,500 for a basic solar pump in 2015.",
    ),
    (
        "kWo055",
        "vi",
        "megasun_heatpump",
        "Bơm nhiệt heat pump đun nước nóng",  # distractor
        "Giới thiệu bơm nhiệt (heat pump) lấy nhiệt từ không khí để đun nước nóng cho gia đình, khách sạn, tiết kiệm điện hơn "
        "bình nóng lạnh.",
    ),
    (
        "kWo056",
        "vi",
        "bomwilo_tangap",
        "Máy bơm tăng áp cho hệ nước nóng năng lượng mặt trời",  # distractor
        "Tư vấn chọn máy bơm tăng áp cơ, điện tử hay biến tần cho hệ nước nóng năng lượng mặt trời; bơm phải chịu nước nóng "
        "80-90°C, lắp ở tầng thấp để tăng áp đường ống.",
    ),
    # ---------------- farm machinery: threshers and harvesters ----------------
    (
        "kWo057",
        "vi",
        "khcnn_tuotlua",
        "Máy tuốt lúa đa năng gọn nhẹ cho ruộng nhỏ",
        "Nông dân cải tiến máy tuốt lúa đa năng gồm 9 bộ phận: khung sắt mỏng có lỗ khoan lắp ráp, vỏ bồ bằng tôn thay gỗ, "
        "trục quay nhiều răng tuốt nhanh, cần nâng đưa máy cao khỏi mặt ruộng khoảng 30 cm để di chuyển trên ruộng nhỏ, "
        "ruộng bậc thang; nhận chế tạo theo đơn.",
    ),
    (
        "kWo058",
        "vi",
        "scienceinfo_thresher",
        "Máy tuốt lúa cải tiến di chuyển mọi địa hình",
        "Mẫu máy tuốt của nông dân Thái Nguyên: thêm đế gỗ trượt trên ruộng lầy, thay mô tơ điện bằng động cơ xăng nhỏ, vỏ "
        "tôn chống văng hạt và sàng lúa gắn trục quay; nặng khoảng 60 kg, 2 người tuốt gần 4 sào một buổi, tốn dưới 2 lít "
        "xăng, nhanh gấp 1,5 lần máy cũ.",
    ),
    (
        "kWo059",
        "en",
        "csisa_thresher",
        "Locally fabricated medium-size paddy thresher",
        "Project working with local fabricators to assemble and sell an affordable, portable diesel-engine open-drum "
        "thresher for small farms, filling the gap between pedal threshers and axial-flow machines costing about Rs "
        "170,000; includes demonstrations and operator training.",
    ),
    (
        "kWo060",
        "vi",
        "tusang_cokhi",
        "Cải hoán, chế tạo máy gặt đập liên hợp và máy nông cụ",
        "Công ty cơ khí gia đình gần 30 năm cải hoán và chế tạo máy nông cụ cho vùng lúa: máy gặt đập liên hợp, máy gieo "
        "sạ, máy trộn phân, máy cuốn rơm tự hành thu gom 5 ha/ngày; đang thử máy xới vùi phân.",
    ),
    (
        "kWo061",
        "en",
        "cimmyt_sheller",
        "Lightweight maize shellers for smallholders",  # distractor
        "Project adapting small mechanised single-cob maize shellers so cobs stay intact for fuel; simple designs that "
        "local manufacturers can build, replacing hand shellers doing 15-20 kg an hour.",
    ),
    (
        "kWo062",
        "vi",
        "camau_maycay",
        "Máy cày siêu nhẹ cải tạo đất vuông tôm",  # distractor
        "Nông dân Cà Mau chế tạo máy cày siêu nhẹ, tiết kiệm nhiên liệu, giá thấp để cải tạo đáy vuông tôm.",
    ),
    (
        "kWo063",
        "vi",
        "danviet_thanhtri",
        "Máy gieo hạt trên khay và máy ép giá thể",  # distractor
        "Công ty cơ khí nông nghiệp ở Lâm Đồng chế tạo máy gieo hạt ngô trong bầu, gieo hạt trên khay, ép giá thể cho vườn ươm.",
    ),
    (
        "kWo064",
        "vi",
        "danviet_tridat",
        "Máy chế biến thức ăn chăn nuôi đa năng",  # distractor
        "Cơ sở ở Quảng Ninh sản xuất hơn 20 loại máy chế biến thức ăn chăn nuôi, máy ép viên, máy làm giò chả, máy đóng gạch; "
        "máy nhỏ nhất giá dưới 7 triệu đồng.",
    ),
    (
        "kWo065",
        "vi",
        "sati_bando",
        "Bản đồ công nghệ ngành cơ khí chế tạo ô tô và máy nông nghiệp",  # distractor
        "Báo cáo nghiên cứu thực trạng, xu hướng công nghệ chế tạo ô tô và máy nông nghiệp tại Việt Nam làm cơ sở hoạch định "
        "chính sách hỗ trợ của Nhà nước.",
    ),
    # ---------------- farm machinery: boat engines ----------------
    (
        "kWo066",
        "vi",
        "khanhhoa_maytau",
        "Cơ sở sửa chữa máy tàu cá, cứu hộ trên biển",
        "Các tiệm sửa máy tàu cá nhiều năm kinh nghiệm nhận bảo trì, lắp máy Yanmar 450-700CV, chẩn đoán qua mô tả triệu "
        "chứng (ví dụ máy chảy nhớt do mòn bạc), thay bạc, vệ sinh piston và ra khơi ứng cứu tàu hỏng máy.",
    ),
    (
        "kWo067",
        "vi",
        "nghean_maytau",
        "Xưởng sửa chữa, tân trang động cơ tàu thuyền",
        "Xưởng nhận sửa chữa, tân trang động cơ và máy móc tàu cá bị hoen rỉ, hư hỏng: mỗi tháng hàng chục máy từ 400CV trở "
        "lên; lắp ráp động cơ mới khoảng 3 ngày, máy hỏng trên biển lâu hơn.",
    ),
    (
        "kWo068",
        "vi",
        "binhdinh_maytau",
        "Đội thợ máy sửa động cơ thủy tàu cá",
        "Các xưởng sửa máy thủy tập trung gần cảng cá, mỗi xưởng 3-10 thợ, chăm sóc máy tàu 90-1.000CV sau mỗi chuyến biển; "
        "thợ cả truyền nghề, hướng dẫn sửa chữa cho khách.",
    ),
    (
        "kWo069",
        "en",
        "pmy_engine",
        "Marine engine repair, rebuild or remanufacture",
        "Marine engine specialists help owners decide among the three Rs: repair (starter, alternator, water pump, gasket "
        "leaks, corroded exhaust risers), rebuild of the engine's internals once pulled from the boat, or remanufacture.",
    ),
    (
        "kWo070",
        "en",
        "boattrader_maint",
        "Inboard diesel and outboard engine maintenance",
        "Maintenance service for small boat engines: raw-water cooling checks when exhaust shows white smoke and little "
        "water, cleaning the sea strainer, replacing pump impellers on schedule, keeping the engine bay clean to spot "
        "leaks, following owner's and shop manuals.",
    ),
    (
        "kWo071",
        "en",
        "lincs_outboard",
        "Outboard engine servicing",
        "Outboard dealer servicing simple outboards at least once a year: inspection for fuel and oil leaks, replacing "
        "split fuel lines and clips from tank to carburettor, checking for stale fuel, then mechanical and electrical work "
        "with the specialist tools.",
    ),
    (
        "kWo072",
        "en",
        "clubmarine_outboard",
        "Annual outboard service with diagnostics",
        "Manufacturer-approved annual servicing of modern two- and four-stroke outboards with electronic diagnostics to "
        "catch saltwater contamination, corrosion and fuel-system faults early, plus owner tips to extend engine life.",
    ),
    (
        "kWo073",
        "en",
        "saltwater_antifoul",
        "Dinghy hull antifouling and trailer-boat upkeep",  # distractor
        "Guide to small-boat upkeep: pressure washing, keying and two coats of antifoul on the hull, battery and bilge pump "
        "checks and prop-shaft seal adjustment.",
    ),
    # ---------------- farm machinery: coconut ----------------
    (
        "kWo074",
        "vi",
        "tvu_tachvodua",
        "Máy tách vỏ dừa khô tự động của Trường Đại học Trà Vinh",
        "Trung tâm Nghiên cứu Khoa học và Sản xuất, Dịch vụ (Trường ĐH Trà Vinh) chuyển giao máy tách vỏ dừa khô tự động "
        "500-700 trái/giờ, tỷ lệ tách sạch tới 98%, điện 1 pha 220 V, tơ xơ dừa đạt như tách tay; giá khoảng 100 triệu "
        "đồng/máy, thu hồi vốn nhanh.",
    ),
    (
        "kWo075",
        "vi",
        "dongkhoi_lotvodua",
        "Máy lột vỏ trái dừa khô kiểu tách bung một lần",
        "Đề tài cấp tỉnh thiết kế, chế tạo máy lột vỏ dừa khô theo nguyên lý tách bung một lần: khung chữ C, động cơ điện 2 Hp, "
        "năng suất khoảng 360 trái/giờ, gọn nhẹ, có bánh xe, hợp mọi cỡ trái, giảm tai nạn so với lột tay.",
    ),
    (
        "kWo076",
        "vi",
        "ctu_brownskin",
        "Cơ cấu gọt vỏ nâu cơm dừa theo quỹ đạo xoắn ốc",
        "Nhóm nghiên cứu Đại học Cần Thơ phát triển cơ cấu gọt vỏ nâu cơm dừa nửa trái: dao tiếp xúc tiếp tuyến khi cơm dừa "
        "quay quanh trục đứng, năng suất khoảng 94,5 kg/giờ (gần 4 lần gọt tay), hao hụt dưới 15%, gọt sạch trên 95%; có "
        "thể ghép với hệ thống phân loại, lật tự động.",
    ),
    (
        "kWo077",
        "vi",
        "2lua_duatuoi",
        "Máy gọt vỏ dừa tươi",
        "HTX chế tạo máy gọt vỏ dừa tươi chạy mô tơ 1,5 Hp, 120 vòng/phút, trái giữ giữa hai thanh sắt, dao hình bầu dục "
        "chỉnh dày mỏng; 30 giây gọt một trái, năng suất gấp 2-3 lần gọt tay (người giỏi khoảng 300 trái/ngày).",
    ),
    # ---------------- electric motors ----------------
    (
        "kWo078",
        "en",
        "tekwell_rewind",
        "Electric motor rewinding service",
        "Rewind shop working in stages: information gathering from nameplates, in-depth inspection, testing and cleaning, "
        "core-loss testing after removing damaged windings, rewinding to the original configuration or a more efficient "
        "winding where available, then final tests.",
    ),
    (
        "kWo079",
        "vi",
        "cmt_rewind",
        "Dịch vụ quấn lại động cơ điện, sấy tẩm vecni",
        "Sàn công nghệ giới thiệu quy trình quấn lại động cơ xoay chiều hỏng do quá nhiệt hoặc nhiễm bẩn: nung stato trong lò "
        "để tách cách điện cũ, làm sạch, lót cách điện mới, quấn cuộn dây bằng tay, nhúng vecni epoxy rồi sấy; rẻ hơn mua "
        "mới và nhận quấn gấp khi cần.",
    ),
    (
        "kWo080",
        "en",
        "sqone_rewind",
        "In-house motor rewind shop to EASA practice",
        "Motor repair company rewinding deteriorated stator windings with copper or aluminium wire to original "
        "specification using EASA-approved practices, or redesigning windings; reuses sound frame, shaft and core to cut "
        "cost, lead time and waste.",
    ),
    (
        "kWo081",
        "en",
        "swirlz_shop",
        "Procedure-driven motor repair shop with full-voltage test runs",
        "Quality motor shop documenting every repair step: where maker data is missing it reverse-engineers the winding "
        "(turn counts, slot pattern, wire size) before stripping; AC induction motors get visual inspection and "
        "photographs, and are test-run at rated voltage rather than reduced voltage.",
    ),
    (
        "kWo082",
        "en",
        "livoti_rewind",
        "Consulting on rewind-versus-replace and rewind shop audits",
        "Pump and motor reliability consultant helps plants decide whether to rewind or buy a new energy-efficient motor "
        "(rewind cost, rewind losses, new-motor price and efficiency, load, operating hours, electricity price, payback), "
        "writes repair specifications and audits rewind shops.",
    ),
    (
        "kWo083",
        "en",
        "reliamag_pm",
        "Preventive maintenance programme for electric motors",
        "Reliability engineers set up motor PM focused on what fails: bearings cause 44-51% of failures and stator "
        "insulation 16-26%; tasks cover visual and sensory rounds, correct lubrication and keeping cooling fins clean, "
        "since every 10°C above rating roughly halves insulation life.",
    ),
    (
        "kWo084",
        "vi",
        "ifactory_pdm",
        "Bảng kiểm bảo trì dự đoán cho động cơ điện",
        "Giải pháp bảo trì dự đoán động cơ: đo rung vận tốc tại ổ (dưới 4,5 mm/s tốt, 4,5-7,1 theo dõi, trên 7,1 phải xử lý) "
        "hằng tháng, phân tích phổ đường bao, chụp nhiệt, đo điện trở cách điện, quản lý bôi trơn và căn chỉnh đồng trục; "
        "triển khai theo tuần, tháng, quý.",
    ),
    (
        "kWo085",
        "en",
        "efficientplant_storage",
        "Commissioning checks for stored or repaired motors",
        "Checklist service before powering motors returned from storage or a repair shop: clean and inspect, check "
        "bearings for false brinelling, purge old grease by running 10-20 minutes unloaded, test winding insulation "
        "resistance and dielectric absorption ratio, then a no-load test run.",
    ),
    (
        "kWo086",
        "en",
        "mes_pm",
        "Motor preventive maintenance service",
        "Electrical engineering firm providing motor PM: dial-indicator or laser shaft alignment, cleaning of main and "
        "pre-filters that keep abrasive dust out of the stator and rotor, and other routine procedures tailored to load, "
        "run time and environment.",
    ),
    (
        "kWo087",
        "vi",
        "ngoctram_motor",
        "Sửa chữa, quấn lại motor điện công suất lớn",
        "Cơ sở chuyên sửa chữa motor xoay chiều không đồng bộ các loại: kiểm tra stato (lõi lá thép kỹ thuật điện dày "
        "0,35-0,5 mm, dây quấn đồng hoặc nhôm), rôto, quạt làm mát; quấn lại cuộn dây cháy và bảo dưỡng motor máy bơm, "
        "quạt, máy công nghiệp.",
    ),
    (
        "kWo088",
        "vi",
        "minhmotor",
        "Kiểm tra, bảo dưỡng và sửa chữa động cơ điện",
        "Đơn vị motor có hotline miền Nam và miền Bắc hướng dẫn và nhận kiểm tra tiếng ồn bất thường, hiệu suất yếu, bảo "
        "dưỡng và sửa chữa động cơ điện tại nhà và cơ sở sản xuất.",
    ),
    (
        "kWo089",
        "vi",
        "laocai_giaotrinh",
        "Giáo trình và lớp thực hành sửa chữa động cơ điện vạn năng",
        "Giáo trình nghề điện dân dụng (Trường CĐ Cộng đồng Lào Cai): cấu tạo, nguyên lý động cơ vạn năng, đảo chiều quay, "
        "thay thế sửa chữa chổi than, kiểm tra cuộn dây phần ứng bằng rô-nha ngoài; dùng cho lớp dạy nghề.",
    ),
    (
        "kWo090",
        "en",
        "ecm_tip",
        "Motor maintenance programme review",
        "Electrical testing advisers check that a motor programme includes vibration testing, trending (not just "
        "recording) insulation resistance, bearing and winding temperatures, correct grease quantity and procedure, "
        "voltage-imbalance trending and filter changes, and avoids needless re-tightening of mounting bolts.",
    ),
    (
        "kWo091",
        "vi",
        "brightkite_rewind",
        "Hướng dẫn quy trình quấn lại động cơ cho kỹ thuật viên",
        "Tài liệu đào tạo các bước quấn lại: chuẩn bị bàn và dụng cụ, dây đồng, giấy cách điện, vecni; ghi thông số nhãn "
        "trước khi tháo, tìm nguyên nhân cháy, quyết định quấn toàn bộ hay chỉ sửa nhỏ, đếm số rãnh, số vòng, cỡ dây rồi quấn và lắp lại.",
    ),
    (
        "kWo092",
        "en",
        "aerator_paddle",
        "Tests of paddlewheel aerators at variable speed",  # distractor
        "Trial of typical Taiwanese paddlewheel aerators, each with a 0.75 kW four-pole motor and 14:1 worm gearbox "
        "turning two 680 mm wheels at 103 rpm, speed varied with an inverter to compare aeration efficiency.",
    ),
    (
        "kWo093",
        "vi",
        "aerator_boyd",
        "Quạt nước kéo bằng máy kéo để sục khí khẩn cấp",  # distractor
        "Giới thiệu quạt nước (paddlewheel) truyền động từ trục trích công suất máy kéo, dễ di chuyển giữa các ao để cấp "
        "khí khẩn cấp khi oxy hòa tan xuống thấp về đêm hoặc khi tảo tàn.",
    ),
    (
        "kWo094",
        "en",
        "aerator_gearbox",
        "Gearbox integrating paddlewheel and propeller-aspirator aerators",  # distractor
        "Fisheries engineering college design of a modified gearbox driving both a paddlewheel and a propeller-aspirator "
        "aerator from one motor, field-tested to reduce oxygen and temperature stratification in shrimp ponds.",
    ),
    (
        "kWo095",
        "vi",
        "thangmay",
        "Thang máy gia đình tiết kiệm điện",  # distractor
        "Công ty thang máy giải thích mức tiêu thụ điện của động cơ kéo thang máy gia đình và giải pháp tiết kiệm điện.",
    ),
    # ---------------- sheet metal and stainless food equipment ----------------
    (
        "kWo096",
        "vi",
        "haiminh_thau",
        "Gia công thau, chậu inox theo kích thước cho chế biến thực phẩm",
        "Cơ khí gia công thau, chậu inox công nghiệp và y tế theo kích thước thực tế: mác 201, 304, 316, dày từ 0,8-1 mm trở "
        "lên, đường kính 20-40 cm cho gia đình tới 50-80 cm hoặc lớn hơn cho sản xuất; thau sâu lòng, có quai, có lỗ thoát "
        "nước, bề mặt đánh bóng dễ vệ sinh.",
    ),
    (
        "kWo097",
        "vi",
        "nhatminh_noi",
        "Nồi nấu công nghiệp inox gia nhiệt cách thủy",
        "Cung cấp nồi nấu công nghiệp bằng điện dung tích từ 30 lít đến hàng trăm lít, nấu gián tiếp qua lớp dầu hoặc nước "
        "trung gian nên nhiệt đều, không khê cháy, không đóng cặn đáy; dùng cho bếp ăn và cơ sở chế biến.",
    ),
    (
        "kWo098",
        "en",
        "atwf_foodgrade",
        "Food-grade stainless fabrication and welding with inspection",
        "Welding and fabrication company making seamless stainless welds and components for ovens, fryers, canners, "
        "bottling and food-prep equipment, backed by weld inspection to meet FDA, USDA and NSF requirements; partner to "
        "food-equipment manufacturers.",
    ),
    (
        "kWo099",
        "en",
        "brodys_sanitary",
        "Sanitary welding for food and beverage plants",
        "Welders specialising in smooth, crevice-free, fully penetrated stainless welds for piping, tanks and process "
        "equipment that must withstand caustic washdowns; 304 and 316L material selection, with low-carbon 316L against "
        "chlorides and carbide precipitation.",
    ),
    (
        "kWo100",
        "en",
        "winenfood_services",
        "Choosing and using food-industry welding services",
        "Consultant's guidance and vetting of sanitary welders: orbital or manual TIG with inert-gas purging of the inside "
        "of pipes and tanks to avoid rough oxidised surfaces that harbour Listeria; what to ask a welding contractor "
        "before letting them work on product-contact lines.",
    ),
    (
        "kWo101",
        "en",
        "corrconnect_food",
        "Precision welding for food processing equipment",
        "Precision welding company building custom stainless food-prep tables, bottle-filling machines and other "
        "equipment that must survive sterilisation and daily cleaning without gaps or imperfections in the welds.",
    ),
    (
        "kWo102",
        "en",
        "vecom_pickling",
        "Stainless steel pickling and passivation service",
        "Chemical surface treatment of stainless fabrications: descaling, pickling with nitric-hydrofluoric mixes to remove "
        "heat tint, weld scale and embedded iron, and passivation; iron contamination checked with the ASTM A380 ferroxyl "
        "test; finish is a uniform matt grey.",
    ),
    (
        "kWo103",
        "en",
        "metalfinish_pickling",
        "Immersion and spray pickling of large stainless containers",
        "Finishing workshop removing weld heat tint from stainless fabrications by tank immersion for small closed parts or "
        "spray pickling for large open vessels, followed by chemical passivation in minutes rather than days.",
    ),
    (
        "kWo104",
        "en",
        "aws_pickling",
        "Pickling paste for small shops after welding stainless",
        "Practitioner's procedure for small shops: clean off scale, oil and rust, brush on a nitric-hydrofluoric pickling "
        "paste to remove annealing colours, apply a passivating agent, wash off with water, observing strict acid safety; "
        "larger jobs can be sent to a treatment company.",
    ),
    (
        "kWo105",
        "en",
        "helgebruhn_pickling",
        "Pickling and glass-bead blasting of stainless steel",
        "Workshop restoring the protective layer of stainless parts tarnished by welding, cutting or grinding: dip or spray "
        "pickling removes oxides and the chromium-depleted layer, with glass-bead blasting as a finish.",
    ),
    (
        "kWo106",
        "vi",
        "visualfoodie_cleaning",
        "Tập huấn làm sạch và thụ động hóa mối hàn inox trong nhà máy thực phẩm",
        "Sàn công nghệ giới thiệu quy trình nhiều bước làm sạch mối hàn inox thực phẩm: bảo hộ chống axit, bàn chải inox "
        "chuyên dùng, gel tẩy (pickling), rồi thụ động hóa bằng axit citric để khôi phục lớp bảo vệ, đạt yêu cầu thanh tra.",
    ),
    (
        "kWo107",
        "vi",
        "kem_doan",
        "Quy trình và thiết bị sản xuất kem",  # distractor
        "Đồ án trình bày nguyên liệu, quy trình phối trộn, đồng hóa, thanh trùng, lạnh đông và thiết bị tạo hình, phủ "
        "chocolate trong sản xuất kem.",
    ),
    (
        "kWo108",
        "vi",
        "mi_anlien",
        "Đề tài sản xuất mì ăn liền",  # distractor
        "Tài liệu tổng quan nguyên liệu, chỉ tiêu chất lượng, công nghệ và cải tiến sản phẩm trong sản xuất mì ăn liền.",
    ),
    (
        "kWo109",
        "vi",
        "nghitin_douong",
        "Dây chuyền sản xuất đồ uống trọn gói",  # distractor
        "Nhà cung cấp dây chuyền sản xuất đồ uống tự động hóa để sản xuất hàng loạt, tăng năng suất và chất lượng đồng nhất.",
    ),
    (
        "kWo110",
        "en",
        "studweld",
        "Stud welding fasteners for food-industry equipment",  # distractor
        "Stud welding attaches threaded fasteners to steel, stainless or aluminium without holes, giving crevice-free "
        "surfaces on food-processing machinery.",
    ),
    # ---------------- corrosion protection and galvanising ----------------
    (
        "kWo111",
        "vi",
        "manhhung_makem",
        "Cung cấp thép mạ kẽm các loại",  # distractor
        "Đại lý thép cung cấp thép ống, hộp, tấm mạ kẽm đạt chuẩn; giải thích lớp mạ nhúng nóng 50-100 µm (bể 435-450°C) "
        "so với mạ điện phân 5-25 µm và mạ lạnh. Bán thép đã mạ sẵn, không nhận mạ gia công.",
    ),
    (
        "kWo112",
        "vi",
        "wds_makem",
        "Tư vấn mạ kẽm nhúng nóng và thiết bị phun cát làm sạch bề mặt",
        "Doanh nghiệp máy phun cát tư vấn giải pháp chống gỉ cho kết cấu thép: làm sạch bề mặt rồi nhúng vào bể kẽm nóng chảy "
        "khoảng 450°C tạo liên kết luyện kim, bảo vệ kép, tuổi thọ trên 50 năm theo ASTM; cung cấp máy phun cát cho khâu "
        "chuẩn bị bề mặt.",
    ),
    (
        "kWo113",
        "vi",
        "viettop_kiemtra",
        "Kiểm tra khối lượng và chiều dày lớp mạ kẽm",
        "Hướng dẫn và dịch vụ kiểm tra lớp mạ kẽm nhúng nóng: quy đổi khối lượng g/m² sang chiều dày µm, bảng tra nhanh, các "
        "phương pháp đo (từ tính, cân trước và sau khi hòa tan lớp mạ) và tiêu chuẩn kiểm soát chất lượng.",
    ),
    (
        "kWo114",
        "vi",
        "bonan_makem",
        "Nhà sản xuất dây chuyền thiết bị mạ kẽm nhúng nóng",  # distractor
        "Hãng chế tạo thiết bị và dây chuyền mạ kẽm cho nhà máy mạ, giới thiệu ưu điểm mạ nhúng nóng (liên kết luyện kim, "
        "phủ kín, bảo vệ kép); thị trường mạ kẽm toàn cầu dự kiến 68,89 tỷ USD năm 2025.",
    ),
    (
        "kWo115",
        "en",
        "valmont_hdg",
        "Hot-dip galvanizing job service",
        "Galvanizing plants coating customers' fabricated steel by total immersion: metallurgically bonded zinc-iron layers "
        "harder than the steel, thicker at edges, self-inspecting on withdrawal; an 87 micron coating lasts from about 20 "
        "years in heavy industry to over 50 years in rural air; fast turnaround from large members to fasteners.",
    ),
    (
        "kWo116",
        "en",
        "mfs_hdg",
        "Custom metal fabrication with hot-dip galvanized finish",
        "Metal fabricator delivering structural steel, loading-dock products and exterior metalwork hot-dip galvanized for "
        "construction, transport and marine use, where moisture and chemicals would rust painted or powder-coated steel.",
    ),
    (
        "kWo117",
        "en",
        "hubbell_design",
        "Design advice for steel to be galvanized",
        "Galvanizer shares best design practices for parts to be hot-dip galvanized, so that fabrications coat properly "
        "without costly rework; minor design adjustments up front avoid later problems.",
    ),
    (
        "kWo118",
        "en",
        "sahawat_marine",
        "Marine and coastal steel corrosion protection package",
        "Supplier and advisor for shipyards and coastal structures: abrasive blasting to Sa 2.5 with dew-point control, "
        "ISO 12944 paint systems by zone (C5-M coastal, CX offshore, Im2 immersed), zinc or aluminium anodes for immersed "
        "steel, and hot-work permits with fire blankets for welding in confined tanks.",
    ),
    (
        "kWo119",
        "en",
        "cmp_3coat",
        "Grit blasting and three-coat system for salt-air exposure",
        "Protective coating contractor: grit blasting, then zinc-rich epoxy primer, high-build epoxy and polyurethane "
        "topcoat for steel in marine salt air, giving 10 to 15 years before first maintenance; small and large jobs.",
    ),
    (
        "kWo120",
        "vi",
        "aga_metallizing",
        "Phun kẽm nhiệt (metallizing) bảo vệ thép",
        "Sàn công nghệ giới thiệu phun kẽm: kẽm dạng dây hoặc bột nóng chảy bằng ngọn lửa khí hoặc hồ quang điện, thổi bằng "
        "khí nén lên thép đã phun hạt mài làm sạch, sau đó phủ lớp trám bịt polyurethane hoặc epoxy; làm được chi tiết cỡ lớn, "
        "làm tại xưởng hoặc công trường.",
    ),
    (
        "kWo121",
        "en",
        "milestone_metallizing",
        "Zinc and zinc-aluminium metallizing contractor",
        "Metallizing after abrasive blasting with pure zinc, pure aluminium or 85/15 zinc-aluminium wire, 0.004 in up to "
        "0.012-0.014 in thick for seawater splash zones, optionally sealed and top-coated; a cold process with no heat "
        "distortion, no VOCs and no cure time, applicable year-round.",
    ),
    (
        "kWo122",
        "en",
        "protx_duplex",
        "Zinc spray plus powder coating duplex system",
        "Coating works blasting steel to Sa 2.5, applying 60-90 microns of sprayed zinc checked with a DFT gauge, then two "
        "coats of architectural polyester powder; expected 25 years to first maintenance per EN ISO 14713, no distortion "
        "of the workpiece.",
    ),
    (
        "kWo123",
        "en",
        "tauranga_blast",
        "Sandblasting, sodablasting and protective coatings",
        "Blasting company preparing and re-coating steel, including on-site structural steel and refrigeration plant, "
        "with epoxy or urethane coatings for marine exposure; gentler sodablasting strips paint from hulls and food plant "
        "without damage.",
    ),
    (
        "kWo124",
        "en",
        "cruisingworld_steel",
        "Rust prevention for steel boats: blasting and zinc flame spray",
        "Steel boatbuilding practice: white-metal sandblasting in stages followed immediately by flame-sprayed zinc, then "
        "epoxy primers and linear polyurethane topcoats; surface preparation is the step never to skip.",
    ),
    (
        "kWo125",
        "en",
        "psubs_dock",
        "Copper-slag blasting and polyurea lining of steel weldments",
        "Dock fabrication shop blasts steel weldments with copper-slag media for a rougher anchor profile than silica sand "
        "and sprays a heated two-part polyurea liner that is touch-dry in about ten seconds, for docks just above the water.",
    ),
    (
        "kWo126",
        "en",
        "hmwealth_hdg",
        "Hot-dip galvanizing capability",
        "Fabricated steel immersed in molten zinc at about 840°F forms zinc-iron alloy layers with an outer zinc layer, "
        "giving uniform coverage even on surfaces that applicators cannot reach.",
    ),
    (
        "kWo127",
        "en",
        "hartway_inspection",
        "Inspection of hot-dip galvanized coatings",
        "Galvanizer explains how galvanized steel should be inspected, which differs from paint inspection; where "
        "appearance matters, design and steel composition must be agreed with the galvanizer in advance.",
    ),
    (
        "kWo128",
        "en",
        "sandiego_metalizing",
        "Spray metalizing service",
        "Coating shop offering spray metalizing: an oxy-fuel flame melts zinc wire onto the part for protective, decorative "
        "or functional coatings, as an alternative to dipping the whole piece in a zinc bath.",
    ),
    (
        "kWo129",
        "en",
        "housenameplate",
        "Powder-coated mild steel letters and house name plates",  # distractor
        "Shop selling laser-cut mild steel letters and name plates finished by electrostatic powder coating cured in an oven.",
    ),
    (
        "kWo130",
        "en",
        "yangang_dip",
        "Dip-galvanized steel products",  # distractor
        "Steel supplier selling dip-galvanized steel products with coatings said to last 50 years or more, for structural "
        "and outdoor use.",
    ),
    # ---------------- workshop safety and fume extraction ----------------
    (
        "kWo131",
        "vi",
        "tekadoor_vach",
        "Vách nhựa PVC ngăn tia lửa hàn",
        "Cung cấp và lắp rèm, vách nhựa PVC chắn ánh sáng hồ quang và tia lửa từ máy hàn, máy cắt, bảo vệ mắt người làm việc "
        "xung quanh khu vực hàn trong xưởng.",
    ),
    (
        "kWo132",
        "vi",
        "sotay_atvsld",
        "Huấn luyện an toàn vệ sinh lao động theo sổ tay hướng dẫn",
        "Tài liệu và buổi huấn luyện ATVSLĐ: trang bị bảo hộ cá nhân bảo vệ đầu, chân, tay, mắt, hô hấp; an toàn làm việc "
        "trên cao, với điện, với máy nén khí; sơ cấp cứu chấn thương, bỏng, say nóng, điện giật; nội quy PCCC.",
    ),
    (
        "kWo133",
        "vi",
        "hust_thonggio",
        "Thiết kế thông gió công nghiệp cho nhà xưởng",
        "Nhóm kỹ thuật an toàn và môi trường (ĐH Bách khoa Hà Nội) tư vấn thông gió chung và cục bộ: thông gió tự nhiên nhờ "
        "nhiệt thừa và gió, thông gió cơ khí, tính lưu lượng trao đổi không khí, phòng cháy nổ trong hệ thống và kiểm tra vận hành.",
    ),
    (
        "kWo134",
        "vi",
        "bk_atld",
        "Đánh giá nguy cơ và biện pháp an toàn trong xưởng cơ khí",
        "Nhóm môi trường (ĐH Bách khoa TP.HCM) đánh giá yếu tố nguy hiểm trong đúc, gia công áp lực, hàn cắt, nhiệt luyện, "
        "cắt gọt; phân loại nguy cơ tai nạn do kỹ thuật, tổ chức sản xuất và vệ sinh lao động; đề xuất che chắn, cơ cấu bảo "
        "vệ và biện pháp tổ chức.",
    ),
    (
        "kWo135",
        "en",
        "bakers_vent",
        "Welding ventilation guidance from a gas supplier",
        "Welding supplier's guidance based on a maker's safety brochure: natural ventilation is usually enough for mild "
        "steel only with at least 10,000 cubic feet per welder, ceilings of 16 ft or more, unblocked cross ventilation and "
        "no confined space; otherwise 2,000 cfm of exhaust per welder or local hoods, with extra care for stainless, "
        "hardfacing and galvanized steel.",
    ),
    (
        "kWo136",
        "vi",
        "allclear_fume",
        "Hút khói hàn tại nguồn thay cho thông gió chung",
        "Sàn công nghệ giới thiệu giải pháp hút khói hàn cục bộ theo hướng dẫn của Weld Australia: chỉ dựa vào gió lùa là "
        "không tin cậy và đẩy khói sang người khác; chụp hút đặt vào luồng khói với vận tốc hút tối thiểu 0,5 m/s tại nguồn "
        "để bảo vệ thợ khỏi bụi và ozon.",
    ),
    (
        "kWo137",
        "en",
        "premiair_lev",
        "Local exhaust ventilation design, installation and testing",
        "Ventilation contractor designing LEV to HSE guidance: hoods or booths enclosing the process, adequate airflow, "
        "filtered discharge to a safe place, robust ducting, plus maintenance and periodic testing; avoids common errors "
        "such as undersized hoods placed too far from the fume.",
    ),
    (
        "kWo138",
        "en",
        "prouk_extract",
        "Welding fume extraction systems",
        "Supplier of welding extract systems: extraction arms, hoods or nozzles capturing fume at the point of welding, "
        "ductwork, HEPA filters removing 99.97% of particles down to 0.3 microns and exhaust fans, helping meet OSHA and "
        "COSHH limits for hexavalent chromium, ozone and metal oxides.",
    ),
    (
        "kWo139",
        "en",
        "wa_grinder_noise",
        "Noise management for angle grinders",
        "Workplace safety guidance: angle grinders exceed 85 dB(A) free running (100 mm grinders 95-100 dB(A)), so "
        "hearing protection is required; controls include sound screens, absorptive linings near grinding bays, clamping "
        "to damp vibration, correct discs, quieter newer tools and alternative cutting tools.",
    ),
    (
        "kWo140",
        "vi",
        "vic_grinder_noise",
        "Kiểm soát tiếng ồn máy mài trong xưởng",
        "Sàn công nghệ giới thiệu hướng dẫn của cơ quan an toàn lao động về tiếng ồn máy mài: ngưỡng phơi nhiễm 85 dB(A) "
        "trung bình 8 giờ và đỉnh 140 dB(C); máy mài để bàn, máy đánh đai 88-95 dB(A); cách đo phơi nhiễm và biện pháp giảm ồn.",
    ),
    (
        "kWo141",
        "en",
        "osha_machineshop",
        "Machine shop safety programme",
        "Safety programme for shops cutting and shaping metal with saws, lathes, drills and grinders: safety glasses at "
        "all times, face shields for close grinding, non-slip footwear, guarding against caught-in injuries and flying debris.",
    ),
    (
        "kWo142",
        "en",
        "cuttingmachines_ppe",
        "Protective gear for grinding machine operators",
        "Guide and supply of grinding PPE: goggles, earplugs, fitted respirators, cut- or heat-resistant gloves and steel-toe "
        "boots; angle grinders cause about 5,400 injuries a year and nearly half stem from unsafe systems or operator error.",
    ),
    (
        "kWo143",
        "en",
        "articlesfactory_grinder",
        "Angle grinder safety training",
        "Training on angle grinder hazards after a fatal disc break: correct disc size and spindle fit, guards always on, "
        "both hands, full speed before contact, 15-30 degree working angle, risk assessment of the work area and PPE.",
    ),
    # ---------------- spare parts: casting, 3D printing, rebuilding ----------------
    (
        "kWo144",
        "en",
        "dakota_foundry",
        "Small iron foundry casting one-off replacement parts",
        "Gray and ductile iron foundry that casts replicas of obsolete machine parts with no surviving pattern, working "
        "from old drawings; a 2,000 lb block was poured in a 3D-printed sand mould costing about USD 30,000 instead of "
        "USD 100,000 of tooling.",
    ),
    (
        "kWo145",
        "vi",
        "foundry101",
        "Đúc nhôm khuôn cát tươi cho chi tiết thay thế",
        "Sàn công nghệ giới thiệu xưởng đúc nhỏ: làm khuôn cát tươi (chỉ cần thêm nước, dùng lại hàng nghìn lần) trong hòm "
        "khuôn hai nửa từ mẫu có góc thoát, nấu nhôm và hợp kim trong lò nhỏ để sao chép chi tiết kim loại rẻ nhất.",
    ),
    (
        "kWo146",
        "vi",
        "duc_khuoncat",
        "Chuyển giao công nghệ đúc trong khuôn cát",
        "Tài liệu và tập huấn công nghệ đúc: bản vẽ đúc, mặt phân khuôn, lượng dư gia công, độ co, dung sai, góc thoát, lõi, "
        "làm khuôn hai hòm, các phương pháp đúc đặc biệt và dạng hỏng của vật đúc cùng cách khắc phục.",
    ),
    (
        "kWo147",
        "en",
        "kangshuo_sandcast",
        "Sand casting foundry for iron, steel, aluminium and bronze",
        "Foundry with pattern making, core making, melting and finishing lines, simulation software to optimise moulds, "
        "sand reclamation and metallurgical testing, casting iron, steel, aluminium and bronze components for machinery.",
    ),
    (
        "kWo148",
        "vi",
        "hhxt_duckhuon",
        "Đúc áp lực nhôm và gia công CNC phụ tùng OEM",
        "Nhà máy đúc khuôn áp lực nhôm, kẽm kết hợp gia công CNC phụ tùng theo đơn OEM (ví dụ vỏ xe máy), thiết kế CAD, "
        "kiểm tra tia X và siêu âm; phù hợp đơn hàng số lượng lớn.",
    ),
    (
        "kWo149",
        "en",
        "kaz_gearpump",
        "Additive restoration of worn gear pump parts",
        "Research group restoring hydraulic gear pumps of agricultural machines by additive manufacturing: bushings, "
        "thrust washers, housings and gear teeth wear most, and 32% of failures are oil leakage; over 3,000 units in "
        "Kazakhstan need such repair for 2020-2025.",
    ),
    (
        "kWo150",
        "en",
        "pearce_3dp",
        "Open-source 3D printing for small farms",
        "University lab evaluating low-cost open-source 3D printers printing PLA parts for small farms: hand tools, food "
        "processing, animal management, water management and hydroponics fittings, showing savings that can repay the "
        "printer from a few prints.",
    ),
    (
        "kWo151",
        "en",
        "gfm_3dp",
        "Printing custom seed wheels and couplings on the farm",
        "Grower-educator showing how farmers use free design software and entry-level printers to make exactly-fitting "
        "small parts such as seeder wheels for pelleted seed, printed for under USD 1 against about USD 20 off the shelf.",
    ),
    (
        "kWo152",
        "vi",
        "coretech_3d",
        "In 3D, quét 3D và thiết kế ngược chi tiết cơ khí",
        "Đơn vị công nghệ 3D cung cấp máy in 3D Formlabs, EOS, máy quét 3D Scantech, phần mềm thiết kế ngược và mô phỏng Altair, "
        "đồng thời nhận dịch vụ in 3D, quét 3D và đo lường 3D để làm linh kiện cơ khí chính xác.",
    ),
    (
        "kWo153",
        "vi",
        "meme3d_sls",
        "Dịch vụ in 3D SLS chi tiết nhựa chức năng",
        "In 3D thiêu kết laser chọn lọc (SLS) từ bột polymer cho chi tiết chắc, dùng được ngay: tạo mẫu nhanh, sản xuất loạt "
        "nhỏ, sản xuất theo yêu cầu thay cho khuôn truyền thống.",
    ),
    (
        "kWo154",
        "vi",
        "9onefour_scan",
        "Quy trình quét - dựng CAD - in chi tiết thay thế",
        "Sàn công nghệ giới thiệu dịch vụ làm lại chi tiết đã ngưng sản xuất: quét ánh sáng cấu trúc độ phân giải 0,2 mm trong "
        "ngày, dựng lại mô hình CAD tham số xuất STEP có dung sai, rồi in hoặc gia công chi tiết thay thế vừa khít.",
    ),
    (
        "kWo155",
        "en",
        "industryidx_scan",
        "3D scanning and reverse engineering of obsolete parts",
        "Industrial reverse-engineering service for legacy machinery whose parts are no longer supported: scan to point "
        "cloud, convert to parametric CAD, and analyse the original material before remanufacture.",
    ),
    (
        "kWo156",
        "en",
        "cc3d_scan2cad",
        "Scan-to-CAD reverse engineering",
        "Lab converting physical parts into editable parametric CAD with structured-light or laser-triangulation scanners "
        "accurate to 50-100 microns, cutting measurement time from days or weeks to hours, for repair, redesign and inspection.",
    ),
    (
        "kWo157",
        "en",
        "ideahouse_scan",
        "3D scanning for reverse engineering and quality control",
        "Design studio scanning objects with a high-resolution camera system into a mesh, then building surface or "
        "parametric models for improved redesigns, new product work and quality control.",
    ),
    (
        "kWo158",
        "en",
        "3dmonotech_scan",
        "Handheld 3D scanner for reverse engineering",
        "Supplier of Thor3D scanners and reverse-engineering workflow: capture an existing part's dimensions and build a "
        "CAD model to modify or reproduce it when no design data exists.",
    ),
    (
        "kWo159",
        "en",
        "farmequip_hardfacing",
        "Hardfacing worn tillage and planting tools",
        "Welding training specialist's programme for farm and dealer shops: build-up and overlay hardfacing returns worn "
        "ground-engaging parts to near-new for 25-75% less than replacements and extends their life by 30-300%; abrasion "
        "causes 55-60% of farm equipment wear.",
    ),
    (
        "kWo160",
        "en",
        "everlastgen_surfacing",
        "Surfacing: hardfacing and metallizing to rebuild worn parts",
        "Welding equipment maker explains surfacing services: hardfacing with stick or MIG and special filler in patterns "
        "on plough points and buckets, and metal spraying to build up worn crankshaft journals before turning them back to "
        "size on a lathe.",
    ),
    (
        "kWo161",
        "vi",
        "conequip_hardfacing",
        "Đắp cứng bề mặt chi tiết máy mòn",
        "Sàn công nghệ giới thiệu kỹ thuật đắp cứng (hardfacing): phục hồi chi tiết mòn gần như mới với chi phí thấp hơn tới "
        "75% so với mua mới, tăng tuổi thọ tới 300%; đắp dựng lại kích thước hoặc đắp phủ bảo vệ bằng que hàn hoặc dây lõi "
        "thuốc, chọn vật liệu đắp theo dạng mòn (mài mòn, kim loại với kim loại, va đập).",
    ),
    (
        "kWo162",
        "en",
        "proline_electrodes",
        "Hardfacing arc electrodes shop",  # distractor
        "Industrial supplier selling hardfacing stick electrodes for laying wear-resistant metal on excavator edges, dozer "
        "blades, rock drills, track rollers and sprockets.",
    ),
    (
        "kWo163",
        "vi",
        "phunsonnha_quet3d",
        "Máy quét 3D cho công trình xây dựng",  # distractor
        "Giới thiệu máy quét 3D laser hoặc ánh sáng cấu trúc dùng khảo sát, thiết kế, thi công và quản lý công trình xây dựng, "
        "tạo mô hình 3D hiện trạng công trình.",
    ),
]
