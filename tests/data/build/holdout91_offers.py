"""Offers of the holdout91 labelled set (bricks, tiles, pottery and ceramics).

Rows: (id, language, source key, title, description); the source keys are in holdout91_sources.py.
"""

OFFERS = [
    # --- continuous brick and pottery kilns, conversion of round kilns ---
    (
        "lOo001",
        "vi",
        "baovinhlong_lienhoan",
        "Chuyển giao lò nung liên hoàn Vĩnh Long đốt trấu cho gạch và gốm",
        "Mẫu lò do Sở Công Thương Vĩnh Long, bộ môn Vật liệu xây dựng Trường ĐH Bách khoa TP.HCM và Công ty "
        "TNHH Tân Mai (Mang Thít) nghiên cứu, đã nghiệm thu cấp tỉnh. Lò giữ khoảng 85% kết cấu lò tròn truyền "
        "thống kiểu lửa đảo nên có thể cải tạo từ lò cũ, hợp với đất sét địa phương và nung được cả gốm, gạch "
        "tàu, gạch thẻ — điều lò tuynel (vốn 25–30 tỷ đồng) không làm được. Nhận tư vấn, thiết kế, hướng dẫn "
        "vận hành.",
    ),
    (
        "lOo002",
        "vi",
        "scp_lienhoan",
        "Lò liên hoàn đốt trấu: chỉ 160 g trấu mỗi sản phẩm thay vì 550–600 g",
        "Công nghệ cải tiến lò tròn thủ công thành cụm lò đốt trấu liên hoàn: lò này nhóm xong thì nhiệt được "
        "dẫn sang lò kế tiếp, khép kín và tận dụng nhiệt. Lượng trấu giảm từ 550–600 g xuống khoảng 160 g cho "
        "một sản phẩm, năng suất và chất lượng cao gấp 10–15 lần lò thủ công, công lao động nhẹ hơn, mặt bằng "
        "nhỏ hơn. Có mô hình đang chạy để các cơ sở gạch–gốm tham quan và nhận chuyển giao.",
    ),
    (
        "lOo003",
        "en",
        "scienceinfo_hoffman",
        "Rice-husk Hoffmann kiln for pottery, bricks and tiles",
        "Design and commissioning of a continuous rice-husk Hoffmann kiln of the German type, as built for a "
        "ceramics company in Lai Vung (Dong Thap): two rows of ten firing chambers, about 20,000 pieces per day "
        "and night, under 0.35 kg of husk per kg of fired product against 0.5 kg in manual kilns (roughly 30% "
        "fuel saving) and breakage below 0.5%. Up to 18 product compartments and 20 doors with valves let the "
        "firemen steer the flame; the reference plant invested a little over VND 1 billion.",
    ),
    (
        "lOo004",
        "vi",
        "thiennhien_hopman",
        "Lò hopman (nung liên hoàn) công nghệ Thái Lan cho cơ sở gạch thủ công",
        "Lò gồm nhiều khoang đổi chức năng luân phiên: khói nóng từ khoang đã chín được dẫn sang sấy gạch mộc ở "
        "các khoang khác, nên ngày nào cũng có gạch vào và ra lò. Theo chủ lò ở An Phước (Long Thành, Đồng Nai), "
        "củi đốt giảm gần một nửa, đốt thêm được mùn cưa, trấu, gỗ vụn, gạch tốt đạt khoảng 80% so với gạch "
        "tuynel và ít khói hơn lò cũ. Vốn đầu tư cao hơn lò truyền thống.",
    ),
    (
        "lOo005",
        "vi",
        "thiennhien_trau",
        "Lò nung gạch đốt trấu liên tục cho Đồng bằng sông Cửu Long (dự án Bộ KH&CN – SIDA)",
        "Kiểu lò đốt trấu liên tục chế tạo theo mẫu Thái Lan, đã ứng dụng ở An Giang và nhân rộng sang Tây Ninh, "
        "Sóc Trăng, Đồng Tháp. Khí thải đi qua buồng nung sơ bộ rồi buồng sấy trước khi ra ngoài nên nhiệt được "
        "tận dụng: tiết kiệm khoảng 30% nhiên liệu so với lò thủ công, tỷ lệ loại I cao, kèm hệ thống xử lý khí "
        "thải, chi phí xây thấp. Nung được gạch, ngói và gốm; thợ theo dõi lửa qua lỗ quan sát hoặc đồng hồ nhiệt.",
    ),
    (
        "lOo006",
        "vi",
        "vusta_vsbk",
        "Lò gạch liên tục kiểu đứng (VSBK) — lò không khói hiệu suất cao",
        "Lò đứng với bốn giai đoạn sấy, gia nhiệt, nung, làm nguội diễn ra từ trên xuống; gạch mộc cấp liên tục từ "
        "trên, ngược chiều dòng khói nên nhiệt được tận dụng tối đa. So với lò thủ công giảm 50% nhiên liệu, lưu "
        "lượng khói thải giảm 11,5 lần, SO2 và CO2 giảm 6 lần, khói ra chỉ 100–150°C. Mô hình thử ở xã Xuân Quan "
        "(Hưng Yên) đạt khoảng 1.943.000 viên; công trình đạt Giải thưởng Sáng tạo KHCN Việt Nam 2004.",
    ),
    (
        "lOo007",
        "en",
        "vsbk_ch1",
        "VSBK construction package: building, shafts and brickyard layout",
        "Technical guidance for entrepreneurs building a vertical shaft brick kiln: a roofed, buttressed support "
        "building 9–11 m high and 6–8 m wide; refractory-brick shafts of 1 × 2 m and 6.5–8 m height, insulated "
        "with brickbats, dust and ash; a roofed loading platform holding green bricks for night work; a screw "
        "jack or hydraulic cylinder to lower the load, rail trolleys and cooling chambers. Service life above 15 "
        "years.",
    ),
    (
        "lOo008",
        "vi",
        "langkloof_benefits",
        "Chuyển giao kỹ thuật lò đứng liên tục VSBK (dòng dự án SDC)",
        "Lò VSBK là lò liên tục lửa đi lên, giảm hơn 50% năng lượng nung, do đó giảm phát thải carbon, nhiên "
        "liệu, chi phí và hao hụt. Thời gian nung rút từ khoảng tám tuần của lò đống (clamp) xuống 24 giờ, bụi "
        "giảm 90%, điều kiện làm việc an toàn hơn. Công nghệ gốc Trung Quốc, được SDC cải tiến ở Nepal, Ấn Độ, "
        "Pakistan, Afghanistan, Việt Nam và Nam Phi; hỗ trợ thiết kế theo chương trình mã nguồn mở.",
    ),
    (
        "lOo009",
        "en",
        "brickguru_convert",
        "Converting a fixed-chimney Bull's trench kiln to zigzag firing",
        "Conversion service for fixed-chimney Bull's trench kilns. A properly built and run zigzag kiln saves "
        "20–30% fuel — for 5 million bricks a year about 150–200 t of coal — and raises class-1 output from "
        "50–60% to 80–90% of production. Suspended particulate falls from 150–1250 mg/Nm3 to 30–250 mg/Nm3 and "
        "the smoke turns from black to light grey.",
    ),
    (
        "lOo010",
        "vi",
        "zigzagbhatta",
        "Cải tạo lò sang kiểu zigzag và đào tạo thợ đốt",
        "Lò zigzag giảm 15–20% suất tiêu hao năng lượng và tới 75% bụi so với lò Bull's trench ống khói cố định, "
        "tỷ lệ gạch loại I 80–85% thay vì 55–60%. Cải tạo lò cũ tốn khoảng 10–25 lakh rupee, hoàn vốn từ 3 tháng "
        "đến 2 năm; xây mới 35–45 lakh. Thợ đang đốt lò cũ được đào tạo lại; mỗi ca 6 giờ cần 4 người đốt.",
    ),
    (
        "lOo011",
        "vi",
        "rx_tuynel_vi",
        "Tư vấn chọn công nghệ lò tuynel sản xuất gạch đất sét nung",
        "Giới thiệu và so sánh bốn công nghệ sản xuất gạch tuynel đang phổ biến, trong đó có lò bầu hình ống dài "
        "chia nhiều ngăn với nguồn đốt di động, ngăn trước nung ở nhiệt độ cao, ngăn sau nâng nhiệt và sấy. Phân "
        "tích ưu nhược điểm từng loại: năng suất hàng triệu viên mỗi năm, chất lượng đồng đều, hiệu quả nhiên "
        "liệu, vốn đầu tư — giúp chủ đầu tư chọn dây chuyền.",
    ),
    (
        "lOo012",
        "en",
        "vdoc_tunnel",
        "Tunnel kilns in Vietnam: case-study briefing for investors",
        "Briefing by the Faculty of Environmental Sciences, VNU University of Science (Hanoi) on the Vietnamese "
        "brick sector and tunnel kiln experience: sector profile and output by ownership, a tunnel kiln case "
        "study and the policies on the kiln sector. Notes that most bricks are still made by manual methods and "
        "that some Mekong Delta clays are unsuitable for bricks.",
    ),
    (
        "lOo013",
        "en",
        "chinadaily_enerteam",
        "Rice husk gasification coupled with a continuous four-compartment kiln",
        "ENERTEAM, an energy and resources organisation in Ho Chi Minh City, offers an integrated solution for "
        "clay-firing businesses facing the ban on traditional husk kilns: rice husk gasification feeding a "
        "continuous four-compartment kiln, with controlled removal of the exhaust, so kilns keep burning husk "
        "instead of switching to costly fossil fuel. Delivered under an energy-service business model; the Delta "
        "produces about 3.6 million t of husk a year.",
    ),
    (
        "lOo014",
        "vi",
        "kientruc_lovong",
        "Tư vấn phân biệt lò Hoffmann thật với “lò vòng dã chiến”",
        "Hiệp hội Gốm sứ Xây dựng Việt Nam cảnh báo loại lò vòng không nắp được quảng cáo là “lò tuynel công "
        "nghệ Hoffmann” (xuất hiện từ 2008 ở Bắc Giang, Bắc Ninh, Hưng Yên, Bình Thuận, Tây Ninh): công nghệ lạc "
        "hậu, gạch chất lượng xấu. Giải thích nguyên lý lò vòng Hoffmann đích thực (bằng sáng chế 1858, lửa di "
        "chuyển nhờ kênh hút và hệ van) để chủ đầu tư và địa phương chọn đúng công nghệ.",
    ),
    (
        "lOo015",
        "vi",
        "devalt_ecokiln",
        "Lò TARA EcoKiln: nung gạch trong 24 giờ, tiết kiệm than",
        "Lò đứng liên tục TARA EcoKiln đã được 40 chủ lò tự bỏ vốn xây ở nhiều bang Ấn Độ trong một mùa. Lò ở "
        "Champa chỉ dùng 2 tấn than cho 100.000 viên so với 18 tấn ở lò Bull's trench ống khói di động, nhờ "
        "thay một phần đất bằng phế thải sắt xốp; đã pha 25% tro bay thay đất. Nung xong trong 24 giờ, sản "
        "lượng linh hoạt; có liên kết với chương trình vốn ưu đãi của địa phương.",
    ),
    (
        "lOo016",
        "en",
        "undp_vsbk",
        "VSBK demonstration and replication mechanisms for Vietnamese provinces",
        "GEF Small Grants project that built demonstration vertical shaft brick kilns in Vietnam in 2002–2003 and "
        "then developed mechanisms to replicate them. With an estimated 7,000–10,000 traditional kilns supplying "
        "about 70% of bricks at half the price of tunnel-kiln bricks, the VSBK was shown to be an appropriate "
        "replacement, cutting greenhouse gas and local pollution; local governments are supported to roll it "
        "out.",
    ),
    # --- pottery kilns and fuels ---
    (
        "lOo017",
        "vi",
        "vneec_kimlan",
        "Chuyển lò nung gốm đốt than sang lò gas, kèm buồng sấy mộc tận dụng nhiệt thải",
        "Kinh nghiệm của Trung tâm Tiết kiệm năng lượng Hà Nội tại làng gốm Kim Lan (khoảng 200 hộ): khâu nung "
        "chiếm 90% năng lượng, than chiếm 97% năng lượng tiêu thụ. Các hộ chuyển sang lò gas và xây buồng sấy "
        "mộc thu hồi nhiệt thải từ lò: tỷ lệ sản phẩm đạt chuẩn tăng từ 65–80% lên 90%, xỉ thải giảm 85%, chất "
        "lượng đồng đều hơn. Nhận khảo sát và tư vấn chuyển đổi.",
    ),
    (
        "lOo018",
        "vi",
        "khonggiangom_gas",
        "Thiết kế, lắp đặt lò gas nung gốm theo mô hình Bát Tràng",
        "Chuyển lò than củi sang lò nung gas: trước năm 2000 Bát Tràng có khoảng 1.000 lò hộp đốt than, tiêu tốn "
        "gần 70.000 tấn than mỗi năm, thải khoảng 130 tấn bụi và 6.800 tấn tro xỉ. Lò gas giúp kiểm soát nhiệt "
        "đều hơn, rút ngắn thời gian nung, tiết kiệm chi phí và giảm ô nhiễm, nâng chất lượng men và tỷ lệ hàng "
        "đạt.",
    ),
    (
        "lOo019",
        "vi",
        "tapchict_vualo",
        "Thiết kế, cải tạo, sửa chữa lò nung gốm — kinh nghiệm “vua lò” Bát Tràng",
        "Ông Lê Đức Trọng, Giám đốc Công ty Sản xuất & thiết kế gốm sứ Bát Tràng, nhiều năm nghiên cứu công nghệ "
        "lò ở Trung Quốc, đi đầu chuyển lò nung than gây ô nhiễm sang lò dùng nhiên liệu sạch hơn. Nhận thiết kế, "
        "cải tạo, sửa chữa mọi khâu liên quan đến lò nung gốm cho làng nghề.",
    ),
    (
        "lOo020",
        "en",
        "cross_draft_thai",
        "Cross-draft biomass gasifier and syngas burner for small ceramic kilns",
        "Heat source for small bisque kilns that otherwise burn LPG, firewood or electricity. Rubberwood scraps are "
        "gasified in a cross-draft gasifier; in a first stage the wood burns with primary air and takes the kiln "
        "to 400°C, then the syngas is burned with secondary air at a burner to reach 800°C. Carbon monoxide in "
        "the flue stayed below about 690 ppm in the reported tests.",
    ),
    (
        "lOo021",
        "vi",
        "rishikesh_mfr",
        "Lò khí hóa sinh khối cấp nhiệt 100–3000 kWth (trấu, dăm gỗ)",
        "Nhà sản xuất lò khí hóa biến sinh khối (gỗ, dăm, trấu, mùn cưa, phụ phẩm nông nghiệp) thành khí than "
        "(producer gas) nhiệt trị 1000–1200 kcal/Nm3, cháy sạch không khói, ngọn lửa tới 1100°C. Mỗi kg sinh khối "
        "khô gió (ẩm 10%) cho khoảng 2,5 Nm3 khí, hiệu suất chuyển hóa 80–90%. Hệ thống cấp nhiệt công suất "
        "100–3000 kWth đã vận hành thực tế.",
    ),
    (
        "lOo022",
        "en",
        "ait_binhduong",
        "Rice husk and husk briquettes as brick-kiln fuel instead of firewood",
        "Feasibility study (Asian Institute of Technology) for replacing firewood with rice husk or husk briquettes "
        "in brick making, prompted by Binh Duong brickworks burning more than 390,000 t of firewood a year. Energy "
        "balances of a Thai rice-husk kiln show low investment, simple operation and its specific energy use; the "
        "study assesses husk supply and briquetting for southern Vietnam.",
    ),
    # --- kiln insulation, furniture, temperature measurement and control ---
    (
        "lOo023",
        "en",
        "ci_insulation",
        "Kiln relining with insulating firebrick, fibre modules and microporous boards",
        "Refractory engineering for energy-intensive kilns whose dense linings act as heat sinks and conduct heat "
        "away. Options include lightweight insulating firebrick (grades up to 3200°F) that needs little support "
        "steel, ceramic-fibre and non-ceramic-fibre modules and microporous insulation, chosen by comparing the "
        "thermal conductivity of each material for the kiln's duty.",
    ),
    (
        "lOo024",
        "vi",
        "nutec_jointless",
        "Cách nhiệt lò bằng sợi gốm không mối nối, bỏ lớp tấm cordierite",
        "Nhiều lò nung gốm dán tấm cordierite lên mặt sợi cách nhiệt để chống bụi bẩn, nhưng lớp tấm này làm "
        "tăng khối lượng phải nung nóng mỗi mẻ, khiến nhiên liệu tăng tới 15%, vỏ lò và nóc nóng hơn vì giá đỡ "
        "dẫn nhiệt. Giải pháp lớp lót sợi không mối nối cho tường và nóc giúp giảm chi phí vận hành mà vẫn hạn "
        "chế bụi rơi gây lỗi men.",
    ),
    (
        "lOo025",
        "en",
        "ci_lowmass",
        "Low-mass silicon carbide kiln furniture to cut dead load",
        "Supply and energy analysis of high-strength, low-mass SiC kiln furniture for shuttle and tunnel kilns. "
        "Any reduction of the dead load of furniture and kiln car lowers fuel use; an energy balance of the "
        "shuttle kiln (exhaust, lining re-heating, wall losses) shows the savings and the return on investment.",
    ),
    (
        "lOo026",
        "en",
        "ci_kilncar",
        "Gunnable foam/fibre insulation for low-mass kiln cars",
        "Kiln car refits with a gunned mix of conditioned bulk ceramic or soluble fibre, inorganic binder and "
        "organic foaming binder instead of cut blanket or modules around support piers. Installation runs above "
        "1,000 board feet an hour, two to six times faster than traditional methods, with a three-person crew and "
        "controlled airborne fibre; a troweled topcoat gives a cleanable hot face.",
    ),
    (
        "lOo027",
        "vi",
        "allrefractory",
        "Gạch chịu lửa và vật liệu cách nhiệt cho lò tuynel, lò con thoi",
        "Nhà cung cấp vật liệu chịu lửa hướng dẫn chọn gạch chịu lửa và lớp cách nhiệt nhiều lớp cho lò tuynel và "
        "lò con thoi theo ba vùng nung: gia nhiệt, nung, làm nguội. Lò tuynel giữ nóng liên tục nên lớp cách "
        "nhiệt tốt giảm thất thoát qua tường; khí làm nguội có thể dùng nung nóng không khí cháy hoặc sấy mộc.",
    ),
    (
        "lOo028",
        "en",
        "brickguru_temp",
        "Temperature surveys of brick kilns with thermocouples and infrared guns",
        "Measurement service for brick kilns: flue duct and chimney gases, outer walls, the firing zone and the "
        "fired product. Portable thermocouples with indicators measure gas and surface temperatures; hand-held "
        "infrared thermometers read hot, hard-to-reach surfaces. Locating undesired heat losses cuts solid fuel "
        "use and raises the share of good bricks.",
    ),
    (
        "lOo029",
        "vi",
        "ceramicstoday_control",
        "Đồng hồ đo nhiệt, bộ điều khiển và bộ lập trình nhiệt độ cho lò nung gốm",
        "Cung cấp và hướng dẫn dùng thiết bị đo nhiệt cho lò gốm: can nhiệt loại R (0–1400°C) và loại K "
        "(0–1200°C) với đồng hồ kim hoặc số; bộ điều khiển giữ nhiệt hoặc ngắt lò ở nhiệt độ đặt; bộ lập trình "
        "từ năm bước trở lên, mỗi bước đặt tốc độ nâng nhiệt và thời gian giữ. Đồng hồ số giúp nhận biết không "
        "khí lò trung tính hay khử để chỉnh nhiên liệu.",
    ),
    (
        "lOo030",
        "vi",
        "sio2_curve",
        "Xây dựng đường cong nung và dùng côn đo nhiệt (côn dẫn, côn nung, côn canh)",
        "Hướng dẫn kiểm soát nhiệt theo đường cong nung để mẻ nung đều và lặp lại được. Ngoài cảm biến và bộ "
        "điều khiển, dùng bộ ba côn nhiệt: côn dẫn (nhiệt thấp hơn, gục hẳn), côn nung (đúng nhiệt cần, cong "
        "xuống) và côn canh (cao hơn, phải còn đứng) để biết sản phẩm thực nhận đủ nhiệt, thiếu hay thừa.",
    ),
    (
        "lOo031",
        "en",
        "adq_kiln",
        "Open-source Raspberry Pi kiln controller with web access",
        "Low-cost controller that turns a Raspberry Pi into a web-enabled kiln controller: create and edit firing "
        "schedules, unlimited run time, status on several devices, firing cost estimate, PID tuned to the kiln, "
        "NIST-linearised K-type readings through MAX31855/MAX31856 boards (K, J, N, R, S, T, E or B thermocouples) "
        "and a solid-state relay; it keeps logging after the schedule ends.",
    ),
    (
        "lOo032",
        "en",
        "ci_telemetry",
        "Real-time kiln temperature profiling by telemetry on the kiln car",
        "A data logger protected in a phase-evaporation thermal barrier travels with the ware and transmits its "
        "temperature profile by radio, so a problem batch can be corrected while it is still firing rather than "
        "weeks later. Developed from conventional kiln-tracking systems and first trialled in a UK brick plant "
        "with long firing cycles and little space under the kiln car.",
    ),
    (
        "lOo033",
        "en",
        "ci_hmi",
        "Kiln instrumentation and HMI with historical data archiving",
        "Control integration for tunnel kilns: accurate instruments, stand-alone controllers, PLCs and drives "
        "linked to a human-machine interface that records and replays how the kiln performed over a day, week, "
        "month or year. Understanding the process this way brings energy savings and steadier product quality, "
        "with payback in a matter of months.",
    ),
    (
        "lOo034",
        "en",
        "firedbrick_skill",
        "Hoffmann kiln firing-control training: trials, shrinkage checks, Seger cones",
        "Training for kiln masters on skilful operation of continuous kilns: too hot gives misshapen bricks, too "
        "cool gives weak porous ones, heating or cooling too fast cracks and warps the ware. Completion of burning "
        "is judged with trials, shrinkage measurements and Seger cones. A well-run kiln spoils about 3% of bricks; "
        "with poor management losses can reach 50%.",
    ),
    # --- clay preparation ---
    (
        "lOo035",
        "en",
        "scribd_merschmeyer",
        "Technical brief: preparing clay for small and rural brickyards",
        "Building advisory brief (first of four, with moulding, drying and firing) on clay preparation after "
        "winning and before moulding. Clay is weathered by rain, wind and sun for months or even years so it "
        "opens up and becomes plastic, then mixed and tested for workability; skipping proper preparation causes "
        "cracks in drying and visible defects in fired bricks and tiles.",
    ),
    (
        "lOo036",
        "vi",
        "digitalfire_deair",
        "Tư vấn dây chuyền chuẩn bị phối liệu và máy nhào đùn khử khí (pugmill)",
        "Máy nhào đùn có buồng hút chân không gần cuối nòng, dao trên trục cắt vụn đất để khử khí trước khi vít "
        "đẩy ra miệng; đất khử khí dễ tạo hình, mặt sau nung mịn hơn. Quy trình lý tưởng: khuấy hồ, sàng bỏ hạt "
        "thô, ép lọc, trộn lại bánh lọc rồi nhào đùn. Đất kém dẻo được chỉnh bằng ít bentonite hoặc thay cao lanh "
        "bằng đất sét dẻo.",
    ),
    (
        "lOo037",
        "vi",
        "claybrickmachine",
        "Máy đùn chân không hai cấp: trộn khử khí và đùn định hình",
        "Máy gồm cụm trên là máy trộn hai trục khử khí nhào đất, đất qua buồng chân không rồi xuống cụm dưới có "
        "vít ép và vít đẩy đùn qua khuôn theo hình sản phẩm. Làm việc với độ ẩm 20–25%; cánh trộn và vít bằng "
        "thép chịu mài mòn, ống lót thay được; hai bộ động cơ – hộp số riêng, có ly hợp; bố trí thẳng hàng hoặc "
        "vuông góc tùy mặt bằng xưởng.",
    ),
    (
        "lOo038",
        "vi",
        "bricknbolt_hollow",
        "Dây chuyền gạch rỗng: cấp liệu, cán trục, trộn hai lần, đùn chân không",
        "Thiết kế dây chuyền gạch đất sét rỗng: đất vào thùng cấp liệu, băng tải đưa sang máy cán hai trục nghiền "
        "vụn đều, máy trộn vít thêm nước thành khối đồng nhất, trộn lần hai để đạt độ dẻo rồi máy đùn chân không "
        "ép thành dải có lỗ trước khi cắt. Gạch rỗng nhẹ nhưng vẫn bền, cách nhiệt, cách âm, chịu lửa.",
    ),
    # --- forming: tile presses, extruders, moulds ---
    (
        "lOo039",
        "en",
        "creaton",
        "Roof-tile forming line: vacuum extruder, wire cutter and revolving press",
        "Forming know-how from a roof-tile maker: the body goes through a vacuum extruding press that removes the "
        "last air bubbles, a taut wire cuts the endless column into blanks, and a revolving press forms the final "
        "tile under high pressure — high-performance presses make 3,000 tiles an hour. Gypsum moulds cast in-house "
        "absorb water to release the blank and are replaced several times a day.",
    ),
    (
        "lOo040",
        "vi",
        "chest_screw",
        "Máy ép trục vít quay tay cho ngói ép",
        "Máy ép ngói trục vít có bánh đà, hai khuôn thay phiên: một khuôn đang ép thì khuôn kia được nạp phôi. Mỗi "
        "viên ép hai đến ba lần để đất điền kín khuôn và đuổi bọt khí; gỡ khuôn bằng cách xoay đáy khuôn, sau đó "
        "đặt ngói trên bàn xoay để cắt bavia bằng dây căng. Năng suất máy tay khoảng 150 viên mỗi giờ; có loại "
        "chạy bằng động cơ cho sản lượng lớn.",
    ),
    (
        "lOo041",
        "en",
        "chest_flat",
        "Cutting tables and dies for extruded flat and hooked roof tiles",
        "Machinery for turning an extruded clay slab into flat tiles: a cutting table with two rollers, one with "
        "a projection that presses the hook and one carrying blades that cut each tile to length, turns out "
        "1,200–1,600 finished tiles an hour. For thick tiles, dies extrude a rib for the hook, one, two side by "
        "side, two stacked or four tiles at a time, and a special table trims the rib.",
    ),
    (
        "lOo042",
        "vi",
        "terrecuite_dtp",
        "Máy ép ngói mâm xoay ba khuôn",
        "Máy ép có mâm phẳng tròn quay như đĩa hát, mang ba khuôn dưới và một khuôn trên hạ xuống ép. Trong lúc "
        "một viên đang ép, ở hai vị trí còn lại viên đã ép được cắt bavia, nhấc ra và đặt phôi đất mới vào "
        "khuôn trống, nên ép liên tục không phải chờ.",
    ),
    (
        "lOo043",
        "en",
        "devalt_brickmek",
        "TARA BrickMek: machine moulding of green bricks for small brickmakers",
        "Development Alternatives' moulding machine for brickmakers short of skilled hand-moulders. It makes 8,000 "
        "bricks in an eight-hour shift — the output of eight traditional moulding families — with 12 operators "
        "who can be local workers after short training, stretching the season from 120 to 200 days a year. It can "
        "use industrial waste and gives smoother, sharper, stronger bricks.",
    ),
    (
        "lOo044",
        "vi",
        "dsttara_hollow",
        "Gạch rỗng đùn mềm bằng máy đùn giá rẻ",
        "Quy trình gạch rỗng trên máy đùn giá rẻ do Development Alternatives phát triển: đạt tối đa 14% độ rỗng "
        "với ba lỗ tròn cách đều theo chiều dài viên. Kết hợp 5–10% phế thải, loại gạch này tiết kiệm khoảng 25% "
        "đất; thử nghiệm cho cường độ nén gấp khoảng 3 lần gạch đóng tay cùng loại đất.",
    ),
    (
        "lOo045",
        "en",
        "wienerberger",
        "Extruded wire-cut and perforated bricks: process know-how",
        "Know-how from a large brick manufacturer on the extruded wire-cut method, which makes around 20,000 "
        "bricks an hour: the clay is forced through an extrusion head into a continuous column, cut into slugs of "
        "about 1.5 m and then into bricks by row wires. Core holes make perforated bricks lighter and cheaper to "
        "dry and fire; faces can be smooth, drag-faced, rolled, sand-faced or glazed.",
    ),
    (
        "lOo046",
        "vi",
        "zhclg_wirecut",
        "Khuôn đùn và bàn cắt dây cho gạch đùn, tạo mặt gạch trang trí",
        "Đất trộn nước đến độ cứng vừa phải được máy đùn ép qua khuôn; khuôn làm lớn hơn kích thước thành phẩm "
        "để trừ co khi sấy và nung, cỡ thường dùng 240 × 125 mm. Mặt dải đất có thể tạo vân kéo dây, lăn rulô "
        "hoa văn hoặc phun cát; khung dây cắt dải thành viên dày khoảng 75 mm, gạch đặc hoặc có lỗ, cạnh sắc.",
    ),
    (
        "lOo047",
        "en",
        "dsource",
        "Jigger–jolley forming with plaster moulds for plates, cups and bowls",
        "Set-up of jiggering, the 18th-century mechanical version of wheel throwing for making many pieces of one "
        "shape: a spinning head holds a plaster mould and an arm with a metal profile shapes the other face. "
        "Includes clay cleaning, beating out air and kneading, one-piece moulds without undercuts or sharp edges, "
        "and two-piece moulds for in-curving shapes; pieces are trimmed and dried after release.",
    ),
    (
        "lOo048",
        "vi",
        "digitalfire_3dmold",
        "In 3D vỏ khuôn để đổ khuôn thạch cao cho máy lăn (jigger)",
        "Dùng máy in 3D in vỏ khuôn hai nửa và mẫu đường bao sản phẩm, đổ thạch cao vào để có mẫu và khuôn lăn "
        "chính xác, hoàn thiện mặt trên bàn xoay bằng dao gạt kim loại. Khuôn jigger được đổ bằng hỗn hợp 1300 "
        "phần thạch cao gốm với 900 phần nước sau khi bôi xà phòng tách khuôn.",
    ),
    (
        "lOo049",
        "en",
        "est_3dlab",
        "From 3D model to reusable four-part plaster moulds for slip-cast vases",
        "Training example of an artisan who models a vase in 3D software, prints one of four identical mould "
        "parts, makes a silicone cast of it and uses it to cast four plaster parts that form an endlessly "
        "reusable mould for semi-liquid clay; CNC milling was used for wooden handles of an urn. Shows how small "
        "workshops can bring digital design into traditional ceramics.",
    ),
    (
        "lOo050",
        "vi",
        "floors_tableware",
        "Thiết kế mẫu bằng SolidWorks, in 3D mẫu gốc và làm khuôn thạch cao đổ rót",
        "Dịch vụ thiết kế sản phẩm gốm: phác thảo tay, dựng mô hình 3D trong SolidWorks, in 3D mẫu gốc rồi chà "
        "nhẵn; đổ thạch cao bao quanh mẫu in để có khuôn âm, khi khuôn khô thì rót hồ đất, khuôn hút nước tạo "
        "vỏ mỏng đều, đổ phần thừa ra, sau đó tráng men và nung ra bộ đồ ăn thủ công.",
    ),
    (
        "lOo051",
        "en",
        "instructables_slab",
        "3D-printed slab moulds: complex clay forms without plaster or slip",
        "Technique for designing moulds in CAD (Fusion 360 in the tutorial) and printing them on an FDM printer, "
        "then pressing rolled clay slabs into them, dusted with cornflour, and joining the parts with scoring and "
        "slip. Lets a workshop design, create and repeat complex forms quickly without plaster moulds or liquid "
        "clay; works with stoneware and other bodies.",
    ),
    (
        "lOo052",
        "en",
        "digitalfire_3dcutter",
        "3D-printed cutters for pressed decorative tiles",
        "Tile templates are drawn in Illustrator, extruded in Fusion 360 and printed on an affordable printer in "
        "about 30 minutes each; pressed into clay through plastic wrap they give rounded relief contours. The "
        "sample tiles are about 4 inches across and 5/8 inch thick in a low-fire talc body, glazed with bottled "
        "glazes in three coats after bisque and fired at cone 03.",
    ),
    # --- drying ---
    (
        "lOo053",
        "vi",
        "moc_laysay",
        "Lò sấy sơ cấp gạch ngói tận dụng nhiệt khí thải lò nung",
        "Kết quả đề tài của Hiệp hội Gốm sứ Xây dựng (Bộ Xây dựng giao, KS Đinh Quang Huy chủ nhiệm): thiết kế "
        "và lắp dựng lò sấy sơ cấp dùng nhiệt thừa của lò nung tại nhà máy gạch tuynel Bá Hiến (Vĩnh Phúc). Giảm "
        "diện tích sân phơi và nhân công, sản xuất ít phụ thuộc mùa mưa và độ ẩm cao. Cả nước có gần 600 dây "
        "chuyền tuynel, khoảng 10 tỷ viên mỗi năm.",
    ),
    (
        "lOo054",
        "vi",
        "zi_exhaust",
        "Giảm thất thoát khí thải máy sấy gạch ngói (buồng sấy và sấy liên tục)",
        "Hơn một nửa năng lượng của nhà máy gạch dùng cho sấy mộc, phần lớn lấy từ khí làm nguội ở lò tuynel — "
        "không hề miễn phí. Giải pháp giảm nhu cầu năng lượng với công nghệ sấy hiện có cho cả buồng sấy và máy "
        "sấy liên tục, và thu hồi nhiệt từ khí thải máy sấy, nơi tiêu hao năng lượng lớn nhất nhà máy.",
    ),
    (
        "lOo055",
        "en",
        "zi_lowenergy",
        "Low-energy drying with ambient air for backing bricks",
        "Implementation of low-energy drying at several brickworks, where chamber dryers include at least one "
        "ambient-air drying chamber, plus a fast-drying process that brings low-energy drying to new dryers with "
        "short cycles and acceptable size. A profitability analysis shows that any new dryer plan should include "
        "an ambient-air component.",
    ),
    (
        "lOo056",
        "en",
        "rijswaard",
        "Waste-heat brick dryers fed from the tunnel kiln",
        "Drying line design from a brick plant: drying cars with green bricks run into dryers that each hold "
        "about 83,600 bricks, ventilated with excess heat ducted from the tunnel kiln. Bricks shrink about 6% in "
        "drying; every product has its own programme but the minimum drying time is 48 hours before setting "
        "machines stack the bricks on kiln cars.",
    ),
    (
        "lOo057",
        "vi",
        "zhclg_drying",
        "Buồng sấy ẩm có kiểm soát 80–120°C chống nứt gạch mộc",
        "Gạch mộc phải khô đều từ trong ra ngoài; nếu mặt ngoài khô trước, nước kẹt bên trong sẽ làm nứt gạch khi "
        "nung. Buồng sấy giữ 80–120°C trong không khí rất ẩm để mặt gạch còn ẩm, theo dõi chặt nhiệt độ và độ "
        "ẩm; quá trình kéo dài tới 40 giờ, gạch co lại khi các hạt sét xích gần nhau.",
    ),
    (
        "lOo058",
        "vi",
        "chiltern",
        "Sấy chậm hai giai đoạn cho gạch thủ công: dưới mái che rồi phòng sấy",
        "Mỗi viên gạch mộc chứa khoảng một panh (gần 0,57 lít) nước. Mùa ấm, gạch được sấy chậm dưới mái che hai "
        "tuần rồi vài ngày trong phòng sấy nâng nhiệt dần đến khi gạch bốc hơi; mùa lạnh đặt trong nhà sấy có két "
        "tản nhiệt nước nóng, đun bằng nồi hơi đốt dăm gỗ gần như không khói.",
    ),
    (
        "lOo059",
        "en",
        "elegantwallp",
        "Hack drying sheds for moulded bricks",
        "Natural drying layout: moulded bricks are set on edge in rows on a slightly raised ground (a hack) with "
        "gaps for air, under a cover that keeps off direct sun and rain, for about two weeks. For continuous "
        "large-scale output, artificial dryers heated by special furnaces, hot kiln flue gases or waste steam are "
        "used instead.",
    ),
    (
        "lOo060",
        "vi",
        "terrakottabali",
        "Phơi ngói, tấm đất nung: lật 4–5 lần mỗi ngày để không cong",
        "Kinh nghiệm xưởng đất nung ở Bali: nắng tốt thì phơi liên tục 2 ngày là khô, trời mây mưa thì lâu hơn "
        "nhiều. Phải lật sản phẩm ít nhất 4–5 lần trong ngày, nếu chỉ khô một mặt thì tấm sẽ cong; công việc nặng "
        "vì thợ vừa ép vừa phải ra nắng lật hàng.",
    ),
    # --- glazes, decoration, lead and cadmium ---
    (
        "lOo061",
        "en",
        "bayofclay",
        "Low-fire glazes (cone 06–01) using fritted fluxes",
        "Advice on soft glazes that mature below about 1900°F (cones 06–01) for earthenware. Such glazes "
        "traditionally rely on lead for its low melting point; supplying the flux as a frit greatly reduces, if "
        "not removes, the risk of lead poisoning. Low-fire glazes wear sooner than the clay body, which matters "
        "for tableware.",
    ),
    (
        "lOo062",
        "en",
        "digitalfire_lead",
        "Vinegar leach testing of terracotta glazes",
        "Testing service demonstrated on traditional Mexican terracotta with a lead bisilicate glaze fired to at "
        "least 1850°F: after a vinegar leach the inside glaze was visibly attacked, and the acid migrated through "
        "the porous wall and left lead in craze lines that were invisible before. Shows why low-expansion lead "
        "glazes that fit out of the kiln can still craze once the pot takes up water.",
    ),
    (
        "lOo063",
        "vi",
        "seniorcare_terracolor",
        "Dòng men Terracolor không chì, an toàn thực phẩm",
        "Dải màu, hiệu ứng men Terracolor không chì và an toàn cho đồ đựng thực phẩm, mẫu thử trên viên gạch 4 cm "
        "đất sáng màu. Kèm cách kiểm tra nhanh độ bền axit: vắt chanh lên mặt men nằm ngang, men đổi màu nghĩa là "
        "axit thực phẩm có thể hòa tan chất trong men. Khuyến cáo chọn men bền axit đã được thử nghiệm kỹ.",
    ),
    (
        "lOo064",
        "vi",
        "glazecalc",
        "Phần mềm tính men: công thức Seger, tỷ lệ silic/nhôm, giãn nở nhiệt",
        "Công cụ tính toán công thức men từ bài phối liệu (tối đa 40 dòng nguyên liệu): công thức đơn vị Seger, "
        "nhóm oxit, tỷ lệ SiO2/Al2O3, phân tích sau nung, mất khi nung và hệ số giãn nở nhiệt tính toán; định "
        "vị bài men trên biểu đồ Stull (chưa chảy, mờ, bán mờ, bóng, vùng rạn) như một gợi ý bề mặt, cần nung "
        "thử để kiểm chứng.",
    ),
    (
        "lOo065",
        "vi",
        "vnexpress_minhlong",
        "Men lưu ly cho tượng sứ nung 1.280–1.380°C",
        "Kinh nghiệm gần 60 năm chế tác men lưu ly trên tượng sứ: lò nung ở 1.280°C hoặc 1.380°C, nhiệt chỉ được "
        "dao động dưới 5°C, nếu không men đục, mất độ trong hoặc rạn. Phải tinh chỉnh công thức đất thân tượng "
        "gần một năm để độ co giãn khớp với men và hạn chế rạn dưới men.",
    ),
    (
        "lOo066",
        "en",
        "ambitprint",
        "Printing on ceramics: decals, screen printing and digital printing",
        "Decoration service for ceramic surfaces: pre-printed decals transferred onto the ware, sealed with glaze "
        "and fired so the image fuses permanently; screen printing with ceramic ink pushed through a mesh by "
        "squeegee, layering several colours; and direct digital printing with inks that are then kiln-fired for "
        "durability.",
    ),
    (
        "lOo067",
        "vi",
        "refsan_underglaze",
        "Decal màu dưới men cho sản phẩm mộc hoặc đã nung sơ",
        "Tấm decal dưới men cỡ 10 × 34 cm (7 họa tiết dài 9 cm) dán lên đất se hoặc hàng nung sơ theo kiểu trượt "
        "nước: ngâm 30–60 giây cho lớp hoa văn tách khỏi giấy. Mặt gốm quét trước lớp CMC pha 5–10 g trong 1 lít "
        "nước ấm 50–60°C, để khoảng 12 giờ cho tan hết. Nên làm mẫu và nung thử trước khi dùng đại trà; bảo quản "
        "giấy nơi khô tối.",
    ),
    (
        "lOo068",
        "en",
        "promogifts_decol",
        "Logo decals fired onto mugs, glass and porcelain souvenirs",
        "Promotional decoration by decal: a pre-printed transfer sticker is applied to cups and dishes of glass, "
        "ceramics or porcelain and then fired in a muffle furnace at 560–800°C, the temperature depending on the "
        "ware material and the paints used in the label.",
    ),
    (
        "lOo069",
        "vi",
        "docz_khuyettat",
        "Khắc phục các khuyết tật thường gặp khi tráng men và nung gốm",
        "Khóa luận tốt nghiệp ngành Hóa công nghệ – môi trường (Hà Nội, 2011) phân tích các khuyết tật gốm: nứt ở "
        "giai đoạn nâng nhiệt và hạ nhiệt, biến dạng hình dạng, các lỗi men, kèm đường cong sấy và quá trình kết "
        "khối; đề xuất cách khắc phục như gắn hồ vết nứt, điều chỉnh chế độ sấy nung.",
    ),
    (
        "lOo070",
        "en",
        "deesev_ca65",
        "California Proposition 65 testing of ceramic and glass tableware",
        "Chemical testing laboratory issuing CA65 reports for ceramics and glassware sold in California. Lead "
        "release from food-contact surfaces: ≤0.226 ppm for flatware, ≤0.100 ppm inside hollowware; lip-and-rim "
        "zone (20 mm from the edge) ≤0.050 µg/mL lead and ≤4.00 µg/mL cadmium; external decorations checked by "
        "content limits or NIOSH 9100 wipe tests, with stricter limits for children's products.",
    ),
    (
        "lOo071",
        "en",
        "experts123_prop65",
        "Proposition 65 compliance guidance for tableware importers",
        "Guidance on warnings for lead and cadmium in ceramic tableware: the safe-harbour level for lead is 0.5 µg "
        "a day, and a 1990s settlement fixed leachable lead at 0.226 ppm for flatware and 0.100 ppm for other "
        "tableware; cadmium has a safe-harbour level of 4.1 µg a day but no leachable concentration limit yet. "
        "Points to the state agencies that oversee the tableware safety law.",
    ),
    (
        "lOo072",
        "vi",
        "mammfactsheet_fda",
        "Tư vấn giới hạn chì, cadimi của FDA cho đồ gốm xuất khẩu sang Mỹ",
        "FDA giới hạn chì thôi ra: 3 ppm với đồ dẹt, 2 ppm đồ rỗng nhỏ, 1 ppm đồ rỗng lớn; cadimi 0,5 ppm, 0,5 "
        "ppm và 0,25 ppm. Cảnh báo FDA ngày 10/9/2010 tăng giám sát đồ gốm nhập khẩu, nhất là cốc, bát đựng chất "
        "lỏng; men tráng hoặc nung không đạt là nguyên nhân chì, cadimi thôi vào thực phẩm.",
    ),
    (
        "lOo073",
        "vi",
        "ecode360",
        "Quy trình thử thôi nhiễm chì, cadimi bằng axit axetic 4% trong 24 giờ",
        "Phương pháp thử đồ gốm đựng thực phẩm: rửa bằng dung dịch tẩy kiềm loãng, tráng nước cất, rót đầy dung "
        "dịch axit axetic 4% ở 68°F (20°C) cách miệng 1/4 inch, để 24 giờ ở cùng nhiệt độ rồi đo chì, cadimi "
        "bằng quang phổ hấp thụ nguyên tử. Ngưỡng áp dụng: chì quá 7 ppm hoặc cadimi quá 0,5 ppm là không đạt.",
    ),
    (
        "lOo074",
        "vi",
        "docz_dongmai",
        "Nghiên cứu nhiễm độc chì ở người lao động và trẻ em làng nghề tái chế chì Đông Mai",
        "Luận án của Viện Sức khỏe nghề nghiệp và Môi trường về thực trạng nhiễm độc chì ở người lao động và trẻ "
        "em tại làng nghề Đông Mai (Hưng Yên) và hiệu quả can thiệp; nhiễm độc chì chiếm 0,6% gánh nặng bệnh tật "
        "toàn cầu, gây thiệt hại 2,04–4,03% GDP ở nước thu nhập thấp và trung bình.",
    ),
    (
        "lOo075",
        "vi",
        "tailieu_qcvn12",
        "QCVN 12-3:2011/BYT về bao bì, dụng cụ kim loại tiếp xúc thực phẩm",
        "Quy chuẩn kỹ thuật quốc gia về vệ sinh an toàn đối với bao bì, dụng cụ bằng kim loại tiếp xúc trực tiếp "
        "với thực phẩm, ban hành theo Thông tư 34/2011/TT-BYT; quy định chung, yêu cầu kỹ thuật và kiểm tra.",
    ),
    # --- kiln emissions ---
    (
        "lOo076",
        "en",
        "ceramicindustry_scrubber",
        "Crossflow wet scrubber for brick kiln exhaust (HF, SO2, particulates)",
        "Wet scrubber certified on a brick kiln pilot from summer 1999: above 99.5% capture of hydrogen fluoride, "
        "particulate down to about 0.01 grains per dry standard cubic foot, and settings to remove extra SO2 for "
        "high-sulphur cases. Initial cost is often half or less of a dry-injection baghouse, with lower running "
        "costs.",
    ),
    (
        "lOo077",
        "vi",
        "nuce_scrubber",
        "Kết hợp tháp hấp thụ khí độc và thiết bị lọc bụi ướt để xử lý khí thải",
        "Nghiên cứu của Khoa Kỹ thuật Môi trường, Trường Đại học Xây dựng (2018): tháp rỗng và tháp đệm "
        "(scrubber) hấp thụ khí độc đồng thời lọc được bụi, còn thiết bị lọc bụi tháp rỗng phun ngược chiều và "
        "lọc bằng vật liệu hạt cũng hấp thụ được khí. Kết hợp như vậy giảm số thiết bị, chi phí đầu tư và vận "
        "hành, hợp với điều kiện doanh nghiệp Việt Nam.",
    ),
    (
        "lOo078",
        "en",
        "longdom_review",
        "Combustion and firing adjustments that lower kiln emissions",
        "Review by the University of Pretoria environmental engineering group of the chemical reactions and "
        "thermodynamics in the firing chamber and how they drive emissions. Proposes control by modifying the "
        "combustion and firing process, and ranks kiln technologies from lowest to highest pollution potential, "
        "with the vertical shaft kiln the cleanest.",
    ),
    (
        "lOo079",
        "en",
        "scribd_clamp",
        "Emission factor measurement with a model clamp kiln",
        "Method for quantifying brick kiln emissions: a model kiln reproducing a transverse slice of a clamp "
        "(20,000–35,000 bricks per cycle) with an extraction stack, hourly measurements of SO2, NO2, NO, PM, CO "
        "and CO2 over thirteen 8–14-day firings, and sulphur mass balance giving 84.2% capture efficiency. Mean "
        "CO emission came to 22.5 g per brick.",
    ),
    (
        "lOo080",
        "en",
        "smokeopacity",
        "Digital smoke opacity measurement from camera images",
        "Open-source algorithms that estimate the opacity of stack and fugitive emissions from digital "
        "photographs, following the digital optical method literature and EPA Alternative Method 082 (Digital "
        "Opacity Compliance System), including night-time plumes, as a low-cost alternative to trained visible "
        "emission readers.",
    ),
    (
        "lOo081",
        "en",
        "gastech_nox",
        "Low-NOx burner retrofits for tunnel kilns",
        "Tunnel kilns in brick production use multiple burners like process furnaces, so commercially available "
        "low-NOx burner technologies can be retrofitted where required; a more efficient kiln using less fuel per "
        "ton of product also lowers NOx emission factors. Precessing-jet burners report up to 50% NOx reduction "
        "in kiln applications.",
    ),
    (
        "lOo082",
        "vi",
        "docz_dbscl",
        "Giải pháp tổng hợp ngăn ngừa, giảm ô nhiễm cho làng nghề gạch ngói ĐBSCL",
        "Đề tài thực tập tại Viện Tài nguyên và Môi trường TP.HCM (ĐHQG), Trường ĐH Bách khoa: khảo sát ô "
        "nhiễm ở các làng nghề sản xuất gạch ngói vùng Đồng bằng sông Cửu Long và đề xuất nhóm giải pháp tổng "
        "hợp về công nghệ, quản lý và quy hoạch để ngăn ngừa và giảm thiểu ô nhiễm.",
    ),
    # --- workers' health ---
    (
        "lOo083",
        "en",
        "medifind_nepal",
        "Personal exposure monitoring and lung checks for brick kiln workers",
        "Study protocol applied in Bhaktapur (Nepal): personal sampling of respirable silica, SO2 and PM2.5 for "
        "moulders, stackers and haulers, questionnaires, spirometry and chest imaging. In 88 participants, 69% of "
        "8-hour silica exposures exceeded 25 µg/m3, stackers averaging 117.9 µg/m3 and haulers 98.8 µg/m3; CT "
        "found small-airway disease that X-rays missed.",
    ),
    (
        "lOo084",
        "vi",
        "koreamed_nepal",
        "Lấy mẫu bụi theo vùng công việc và khảo sát triệu chứng hô hấp ở lò gạch",
        "Phương pháp đã dùng ở thung lũng Kathmandu: so sánh 400 thợ lò gạch với 400 người bán tạp hóa; lấy mẫu "
        "bụi cá nhân toàn phần (89 mẫu) và hô hấp (72 mẫu) theo các nhóm phơi nhiễm — đóng gạch mộc, xếp/khuân "
        "gạch mộc, bốc gạch chín, chuẩn bị than, thợ đốt — rồi phân tích liên quan giữa nồng độ bụi và triệu "
        "chứng hô hấp.",
    ),
    (
        "lOo085",
        "en",
        "pmc_heavyclay",
        "Quartz exposure–response assessment for the heavy clay industry",
        "Survey method from 18 brick, pipe and tile factories (35–582 employees): over 1,400 personal samples of "
        "respirable dust and quartz, site histories, chest radiographs and symptom questionnaires. Means ranged "
        "from 0.4 mg/m3 dust and 0.04 mg/m3 quartz for non-process staff to 10.0 and 0.62 mg/m3 for kiln "
        "demolition workers; 10% of samples in the dustiest groups exceeded 0.4 mg/m3 quartz.",
    ),
    (
        "lOo086",
        "vi",
        "wemos_silic",
        "Quan trắc silic tự do trong bụi nơi làm việc theo QCVN 02:2019/BYT",
        "Dịch vụ quan trắc môi trường lao động: tại 7 cơ sở khai thác, chế biến đá miền Trung, hàm lượng silic "
        "tự do trong bụi ở mọi vị trí đều trên 1%, từ 2,25% đến 9,28%; 3 vị trí (nghiền sàng, bốc xúc vận "
        "chuyển) vượt giới hạn QCVN 02:2019/BYT. Xác định vị trí phơi nhiễm để đề xuất biện pháp giảm bụi.",
    ),
    (
        "lOo087",
        "vi",
        "thuvieny_thainguyen",
        "Khám phát hiện sớm bệnh bụi phổi silic và yếu tố liên quan",
        "Bộ môn Sức khỏe nghề nghiệp, Trường Đại học Y Hà Nội, trong đề tài KC.10.33/16-20 về dịch tễ học phân "
        "tử và kỹ thuật chẩn đoán sớm bệnh bụi phổi silic, đã khảo sát người lao động tại nhiều cơ sở sản xuất ở "
        "Thái Nguyên (2018). Bụi silic gây xơ hóa phổi không hồi phục và tăng nguy cơ lao.",
    ),
    (
        "lOo088",
        "vi",
        "tailieu_vixuyen",
        "Khảo sát sức khỏe thợ lò gạch thủ công và đề xuất cải thiện điều kiện lao động",
        "Khảo sát 35 người làm trực tiếp tại các lò gạch thủ công ở Vị Xuyên (Hà Giang): 68,5% mắc bệnh hô hấp "
        "(ho, viêm phổi, dị ứng mũi), 28,57% bệnh về mắt, 14,28% bệnh tiêu hóa, ngoài ra đau lưng, suy nhược, "
        "đau đầu. Đề xuất trang bị bảo hộ lao động, không làm quá 8 giờ, cải thiện điều kiện ăn ở.",
    ),
    (
        "lOo089",
        "en",
        "kailash_safety",
        "Brick kiln PPE and safety programme",
        "Safety programme from a brick manufacturer: heat-resistant gloves, protective clothing against heat, "
        "safety boots against falling bricks and machinery, face shields or goggles against heat, dust and "
        "debris, and respirators against kiln dust and smoke, worn at all times; plus regular inspection of kiln "
        "equipment, forklifts, conveyors and shaping machines.",
    ),
    (
        "lOo090",
        "vi",
        "slideorbit_heat",
        "Tài liệu huấn luyện phòng chống nóng cho người lao động",
        "Bộ bài giảng huấn luyện người lao động làm việc trong nóng (Viện Công nghệ và Mỏ New Mexico, từ tài trợ "
        "của OSHA): kiểm tra đầu vào, khái niệm gánh nặng nhiệt (nhiệt môi trường, chuyển hóa, vận động, quần "
        "áo), yếu tố cá nhân và môi trường, tác hại sức khỏe và an toàn, đo đánh giá và biện pháp kiểm soát.",
    ),
    (
        "lOo091",
        "en",
        "safetyinfo_heat",
        "Heat stress management programme for brick-firing and ceramic plants",
        "Heat stress programme for operations with high air temperature, radiant heat, humidity and strenuous "
        "work, naming brick-firing and ceramic plants. Covers causal factors (age, fitness, acclimatisation, "
        "alcohol, hypertension, clothing), radiant heat and air movement, and the ACGIH rule that workers should "
        "not work with deep body temperature above 38°C.",
    ),
    (
        "lOo092",
        "vi",
        "docz_ximang",
        "Môi trường làm việc và bệnh bụi phổi silic ở nhà máy xi măng",
        "Tổng quan về bụi và bệnh nghề nghiệp trong khoảng 90 đơn vị sản xuất xi măng dùng công nghệ nghiền khô; "
        "đến cuối 2008 cả nước có 26.300 ca bệnh nghề nghiệp, 75% là bụi phổi silic.",
    ),
    (
        "lOo093",
        "vi",
        "xemtailieu_vanmon",
        "Can thiệp ô nhiễm và sức khỏe ở làng nghề tái chế kim loại Văn Môn",
        "Luận án (Viện Vệ sinh Dịch tễ Trung ương, 2016) về thực trạng ô nhiễm môi trường, sức khỏe người lao "
        "động và hiệu quả biện pháp can thiệp tại làng nghề tái chế kim loại Văn Môn, Yên Phong, Bắc Ninh.",
    ),
    (
        "lOo094",
        "en",
        "ijoem_bakers",
        "Heat stress and maximum acceptable work time in traditional bakeries",
        "Study of 30 traditional bakers in three bread-baking systems in Ahvaz (Iran): environmental and "
        "physiological measurements over a shift, WBGT above the standard limit at all stations, and work-rest "
        "times derived from relative heart rate and WBGT.",
    ),
    # --- unfired and alternative bricks ---
    (
        "lOo095",
        "vi",
        "scribd_gkn_modun1",
        "Đào tạo 5 mô-đun về gạch không nung (dự án UNDP–GEF)",
        "Bộ tài liệu của Ban quản lý dự án “Tăng cường sản xuất và sử dụng gạch không nung ở Việt Nam” (Bộ KH&CN "
        "chủ trì, Bộ Xây dựng đồng thực hiện) theo Quyết định 567/QĐ-TTg và 1686/QĐ-TTg: kiến thức cơ bản, chính "
        "sách, tiêu chuẩn; thi công nghiệm thu khối xây; công nghệ gạch bê tông khí chưng áp; công nghệ gạch bê "
        "tông; lập dự án đầu tư.",
    ),
    (
        "lOo096",
        "vi",
        "tapchicongthuong_khanhhoa",
        "Kinh nghiệm doanh nghiệp chuyển sang vật liệu xây không nung",
        "Phân tích của Công ty CP Vật liệu mới Asia 96 về sản xuất, tiêu thụ vật liệu xây không nung ở Khánh Hòa "
        "sau đề án 2016–2020: 6 cơ sở gạch nung lớn vẫn cung cấp 279 triệu viên quy chuẩn mỗi năm, 80% thị "
        "trường; đề xuất giải pháp thúc đẩy theo Quyết định 567/QĐ-TTg, Chỉ thị 10/CT-TTg, Thông tư 09/2012.",
    ),
    (
        "lOo097",
        "en",
        "forestspemba",
        "Compressed stabilised interlocking earth blocks with a manual press",
        "Building programme using local soil mixed with a little lime or cement and pressed into interlocking "
        "blocks on a manual machine. Blocks cure for a month before use; the interlocking shape removes the need "
        "for mortar, saving time and money and giving stronger, cheaper buildings.",
    ),
    (
        "lOo098",
        "vi",
        "auroville_ceb",
        "Gạch đất ép ổn định (CEB) bằng máy ép tay hoặc máy động cơ",
        "Đất (nguyên hoặc trộn chất ổn định) được làm ẩm nhẹ, đổ vào khuôn thép và ép bằng máy tay hoặc máy có "
        "động cơ, làm được nhiều hình dạng, kích cỡ. Ổn định bằng xi măng cho phép xây cao hơn, tường mỏng hơn, "
        "cường độ nén và khả năng chịu nước tốt hơn; gạch ổn định xi măng phải dưỡng bốn tuần sau khi ép.",
    ),
    (
        "lOo099",
        "en",
        "tpestate",
        "Interlocking stabilised soil blocks made on Hydraform machines",
        "Builder using interlocking stabilised soil blocks (interlocking compressed earth blocks) made from "
        "compressed soil, water, Portland cement and additives on Hydraform's patented machine. Around 3,000 psi "
        "(21 MPa) of compression is applied and the soil volume is roughly halved.",
    ),
    (
        "lOo100",
        "en",
        "kku_unfired_rha",
        "Unfired cement–laterite bricks with rice husk ash",
        "Mix design from Khon Kaen University for unfired bricks of cement and laterite (1:6) with finely ground "
        "rice husk ash replacing 0–50% of the cement, water–binder ratio 0.40–0.55, moulded to TIS 77-2565 size "
        "(65 × 140 × 40 mm). At 0, 10 and 20% ash the 28-day strengths were 158, 121 and 111 kg/cm2 with water "
        "absorption under 10%, meeting class C; 20% ash is the recommended mix.",
    ),
    (
        "lOo101",
        "vi",
        "scribd_rha_sylhet",
        "Gạch nung thay 5% đất sét bằng tro trấu",
        "Kết quả thử tại Đại học Nông nghiệp Sylhet (Bangladesh): thay 5–20% đất sét bằng tro trấu theo khối "
        "lượng. Tỷ lệ 5% cho độ hút nước thấp nhất 17,8% (20% tro: 21,33%), cường độ nén cao nhất 8,401 N/mm2, "
        "khối lượng thể tích 1676 kg/m3, hệ số dẫn nhiệt 0,584 W/mK; độ co như nhau 14,28%. Gạch 5% tro dùng "
        "được thay gạch loại một đến loại ba.",
    ),
    (
        "lOo102",
        "vi",
        "ijircst",
        "Gạch đất sét nung pha tro bay, tro trấu — so sánh cường độ nén",
        "Nghiên cứu thực nghiệm ảnh hưởng của tro bay và tro trấu tới tính chất gạch đất sét nung: gạch được đóng "
        "với các tỷ lệ phụ gia khác nhau, phơi khô, nung trong lò rồi thử nén trên máy nén. Gạch pha tro bay cho "
        "cường độ nén cao nhất; kết luận khả năng dùng các phế thải này trong sản xuất gạch.",
    ),
    (
        "lOo103",
        "en",
        "scribd_coalash",
        "Unburnt coal-ash bricks pressed at 29 MPa",
        "Mix and process from the University of Engineering and Technology, Lahore: 60% coal ash and 10% lime "
        "with 5–15% cement, 10–15% sand and 5–10% quarry dust, pressed at 29 MPa for 3 or 6 s and moist-cured 28 "
        "days. The best mix (10% cement, 10% sand, 10% quarry dust, 3 s) reached 19 MPa compressive and 2.1 MPa "
        "flexural strength, with lower absorption, less efflorescence and lower cost than clay bricks.",
    ),
    (
        "lOo104",
        "en",
        "ijisrt_coco",
        "Coconut-fibre reinforced fly ash bricks",
        "Research on raising the compressive strength of fly ash bricks for framed buildings by adding coconut "
        "fibre (aspect ratio 150) at 5% and 10%, alone or combined with rice husk ash replacing part of the fly "
        "ash. Coconut fibre improved compressive strength more than rice husk ash did and also changed water "
        "absorption.",
    ),
    (
        "lOo105",
        "vi",
        "jomc_bun_full",
        "Dùng bùn thải dệt nhuộm làm nguyên liệu gạch đất sét nung",
        "Nghiên cứu đăng Tạp chí Vật liệu và Xây dựng (Bộ Xây dựng, 2024): bùn từ trạm xử lý nước thải nhà máy dệt "
        "có phần vô cơ chủ yếu sắt (khoảng 50%) và kiềm thổ CaO+MgO khoảng 20%, nhiệt trị khoảng 2000 kcal/kg nên "
        "giảm than và phát thải CO2. Gạch pha bùn đạt mác 200, trong khi gạch đối chứng chỉ mác 150 (theo TCVN "
        "1451:1986, đất sét theo TCVN 4353:1986).",
    ),
    (
        "lOo106",
        "en",
        "aac_small",
        "Small autoclaved aerated concrete (AAC) block plant",
        "Turnkey small AAC plants for entrepreneurs and SMEs: 30,000–100,000 m3 of blocks a year, initial "
        "investment about USD 100,000–250,000 of which core equipment (mixer, moulds, cutter, small autoclave) is "
        "60–70%, 500–800 m2 of land, training of 3–5 operators; entry cost 50–60% lower than large plants.",
    ),
    (
        "lOo107",
        "vi",
        "happho_clc",
        "Gạch bê tông bọt CLC nhẹ 600–800 kg/m3",
        "Giới thiệu gạch bê tông nhẹ tạo bọt (CLC) trộn vữa xi măng, tro bay với bọt định hình: khối lượng thể "
        "tích 600–800 kg/m3, nhẹ khoảng ba lần gạch đất sét; giảm tải trọng, cách âm cách nhiệt, hút nước thấp, "
        "tường dày 100 mm (1000 kg/m3) chịu lửa 4 giờ.",
    ),
    (
        "lOo108",
        "vi",
        "docz_catgiong",
        "Bê tông dùng cát giồng địa phương cho giao thông nông thôn Sóc Trăng",
        "Nghiên cứu của Trường ĐH Giao thông vận tải TP.HCM về dùng cát giồng Sóc Trăng phối với đá mi 0×0,5 làm "
        "cốt liệu mịn chế tạo bê tông cho công trình giao thông nông thôn, đánh giá cường độ nén và uốn, giảm chi "
        "phí cốt liệu.",
    ),
    (
        "lOo109",
        "en",
        "abece",
        "Concrete roof tile extrusion and curing line",
        "Concrete roof tiles made by machine extrusion: pallets coated with release agent form the underside, a "
        "mortar mix is extruded between pallet and roller, a slipper compacts and smooths the top and a knife "
        "cuts each tile; tiles cure in a chamber (not a kiln) before being separated from the pallets.",
    ),
    # --- product testing ---
    (
        "lOo110",
        "en",
        "gtsm",
        "Brick testing laboratory: strength, absorption, efflorescence, dimensions",
        "Accredited-style materials lab testing bricks to IS 3495 (part 1 compressive strength, part 2 water "
        "absorption, part 3 efflorescence) and IS 1077 (dimensions). Explains which results decide single-storey "
        "or load-bearing use, damp walls and salt patches, so builders and suppliers buy on quality rather than "
        "price.",
    ),
    (
        "lOo111",
        "vi",
        "constructorsknowledge",
        "Tám phép thử chất lượng gạch xây",
        "Hướng dẫn thử gạch: cường độ nén trên máy nén, lấy trung bình 5 mẫu; độ hút nước sau khi ngâm 24 giờ, "
        "tính phần trăm theo khối lượng khô, gạch tốt không quá 20%; muối tan (hoa muối); độ cứng; kích thước, "
        "hình dạng, màu; độ vang; cấu trúc bên trong; va đập.",
    ),
    (
        "lOo112",
        "en",
        "yjsershisan",
        "Testing of fired, hollow, perforated bricks and concrete blocks",
        "Testing service for fired common, hollow and perforated bricks and concrete blocks to ASTM C67, IS 1077, "
        "EN 771-1 and BS 3921: compressive strength, water absorption, efflorescence, dimensional tolerances and "
        "thermal conductivity, using universal testing machines, moisture meters, calibrated balances and thermal "
        "analysis equipment.",
    ),
    (
        "lOo113",
        "vi",
        "torreense",
        "Thử nghiệm ngói đất sét theo tiêu chuẩn châu Âu: không thấm, uốn gãy, băng giá",
        "Nhà sản xuất ngói giới thiệu các yêu cầu cơ lý: độ không thấm EN 539-1 (hạng 1 dùng cho mái không có "
        "lớp chống thấm bên trong), tải uốn gãy EN 538 từ 900 N đến 1.200 N tùy kiểu ngói, bền băng giá EN 539-2 "
        "(phương pháp C: 50 chu kỳ đóng tan băng không hư), chống cháy hạng A1.",
    ),
    (
        "lOo114",
        "en",
        "lifestiles",
        "Quick quality checks for clay roof tiles: ring test and soak test",
        "Roofing supplier's checks before buying clay tiles: tapped together, sound tiles ring, cracked ones do "
        "not and old salvaged ones thud; a dry tile soaked overnight should gain no more than 6% in weight, or it "
        "risks frost damage.",
    ),
    (
        "lOo115",
        "vi",
        "cam_testing",
        "Thử nghiệm phối liệu đất: tính dẻo, độ hút nước, độ co",
        "Hướng dẫn thử một loại đất: lăn que đất dày khoảng 1 cm, dài 14 cm, uốn thành chữ “e”, không nứt là tính "
        "công tác tốt; với hàng xoay bàn thì thử làm trên bàn xoay, hàng nặn tay thì thử tấm uốn cong. Đo độ hút "
        "nước của mẫu đã nung chín theo cách nhanh và cách chính xác, và đo độ co khi nung.",
    ),
    (
        "lOo116",
        "en",
        "ci_ppp_testing",
        "Clay body development and testing for production potteries",
        "Procedure used by a ceramic design firm: choose the temperature range and casting or plastic body, set "
        "up a line blend chart, mix 10-lb samples as slip, screen through 60 mesh, dry to wedging consistency and "
        "make test bars. Absorption under 5% is often accepted; the firm works to 3% or lower, noting that around "
        "1% can weaken a body.",
    ),
    (
        "lOo117",
        "en",
        "digitalfire_testbars",
        "Test bars to profile clay shrinkage, porosity and water content",
        "Step-by-step method to wedge, roll and cut specimen bars from pugged clay, then dry, measure, fire at "
        "several temperatures and measure weights and lengths again. Results are entered in an online account to "
        "build a physical profile of the material: drying shrinkage, fired shrinkage and porosity across "
        "temperatures, loss on ignition and pugged water content.",
    ),
    (
        "lOo118",
        "vi",
        "sitawong",
        "Pha sạn (grog) 20–30% để giảm co, chống nứt sản phẩm lớn",
        "Hướng dẫn kiểm tra và điều chỉnh phối liệu: độ dẻo thử bằng que đất quấn quanh ngón tay, nứt nhiều thì "
        "thêm đất sét dẻo; độ co đo vạch 10 cm trước và sau nung (đất nung 7–10%, sành 10–15%, sứ 15–20%); độ xốp "
        "đất nung 4–10%. Sản phẩm lớn, dày nên pha 20–30% sạn nung để giảm co, tránh nứt khi sấy và nung.",
    ),
    (
        "lOo119",
        "en",
        "biokeram",
        "Efflorescence measurement and additives as alternatives to barium carbonate",
        "Laboratory service for structural-brick makers: measuring how much efflorescence a brick will develop "
        "(salts dissolved by water migrate to the surface and crystallise, often a month to a year after "
        "building) and testing treatments. Barium carbonate is the usual fix, but other additives and "
        "biopolymers can be less harmful, cheaper and improve the clay; test them in a lab before changing the "
        "process.",
    ),
    (
        "lOo120",
        "vi",
        "insightlive_barium",
        "Dùng bari cacbonat kết tủa muối tan trong đất nung",
        "Xử lý hiện tượng muối tan nổi trắng trên sản phẩm đất nung (thân đất kết khối ở khoảng 1957°F, côn 03): "
        "thêm bari cacbonat vào phối liệu để kết tủa muối sunfat ngay trong khối đất, không cho muối di chuyển "
        "ra bề mặt khi sấy; áp dụng cho đồ gốm chịu thời tiết ngoài trời.",
    ),
    (
        "lOo121",
        "en",
        "brighter_image",
        "Efflorescence cleaning for brick walls and columns",
        "Cleaning contractor that removes the powdery white salt deposits from brick walls and columns of "
        "finished buildings and advises on limiting recurrence; explains that efflorescence needs soluble salts, "
        "moisture in the wall and a path to the surface.",
    ),
    # --- design, souvenirs, export, finishing, packaging ---
    (
        "lOo122",
        "vi",
        "kinhtedothi_mauma",
        "Hỗ trợ doanh nghiệp làng nghề thiết kế mẫu mã sản phẩm gốm sứ",
        "Chương trình của Sở Công Thương Hà Nội nâng năng lực thiết kế mẫu cho doanh nghiệp thủ công mỹ nghệ: "
        "cuộc thi thiết kế mẫu hằng năm, đào tạo, tìm hiểu thị hiếu từng thị trường. Kinh nghiệm của doanh "
        "nghiệp gốm xuất khẩu 95% sản phẩm tới khoảng 20 thị trường: mẫu phải đổi theo mùa; cần bảo hộ kiểu dáng "
        "vì mẫu mới dễ bị sao chép sau hội chợ.",
    ),
    (
        "lOo123",
        "vi",
        "langngheviet_giangcao",
        "Trung tâm thiết kế sáng tạo, giới thiệu và bán sản phẩm OCOP gốm sứ",
        "Mô hình Trung tâm Thiết kế sáng tạo, giới thiệu, quảng bá và bán sản phẩm OCOP của Câu lạc bộ làng nghề "
        "gốm sứ Giang Cao (Bát Tràng), được Sở Công Thương và Trung tâm Khuyến công Hà Nội công nhận: nơi các "
        "cơ sở cùng phát triển mẫu mới, trưng bày và bán hàng, xây dựng thương hiệu làng nghề.",
    ),
    (
        "lOo124",
        "vi",
        "langngheviet_hue",
        "Phát triển và thương mại hóa quà lưu niệm thủ công — kinh nghiệm Huế",
        "Hội thi quà lưu niệm Huế với hơn 200 sản phẩm dự thi; bộ đĩa pháp lam Long Phụng đạt giải nhất nhờ kết "
        "hợp thủ công truyền thống với máy móc hiện đại và bản sắc văn hóa. Kinh nghiệm đưa mẫu đoạt giải thành "
        "hàng lưu niệm: cần hỗ trợ công nghệ, máy móc, xúc tiến thị trường và chương trình quà tặng của tỉnh.",
    ),
    (
        "lOo125",
        "en",
        "hamiltons",
        "Buyer specification for Vietnamese outdoor pottery",
        "An importer's description of the Vietnamese outdoor pots it sells: raw clays from several Mekong Delta "
        "mud flats blended to the master potter's specification and cured, large hand-made plaster moulds, "
        "several poured glaze layers, a week-long high firing near 2,400°F for frost durability and drainage "
        "holes; notes that low-fired terracotta does not survive freeze–thaw.",
    ),
    (
        "lOo126",
        "en",
        "casualliving",
        "Export channel for Vietnamese pots through family workshops",
        "TNL Handicrafts sources pots from families making ceramics for over 100 years, pooling many families' "
        "skills for large orders, and sells through international pottery trade shows; gas kilns are now common "
        "but outdoor pots are mainly wood-fired. Reports buyers moving to more contemporary looks and to zinc and "
        "black clay, and the European market's familiarity with Vietnamese pots.",
    ),
    (
        "lOo127",
        "en",
        "engineerfix_seal",
        "Choosing and applying sealers for terracotta",
        "Guidance on sealing porous terracotta fired at 900–1000°C: penetrating silane or siloxane sealers soak "
        "into the capillaries, keep the natural matte look and let the material breathe, which suits outdoor "
        "pieces exposed to freeze–thaw; topical acrylic or polyurethane sealers give a glossy, stain-resistant "
        "film, with UV additives outdoors and food-safe resins for food contact.",
    ),
    (
        "lOo128",
        "vi",
        "spinningpots",
        "Chất chống thấm cho chậu đất nung: loại phủ mặt và loại thấm sâu",
        "Chậu đất nung xốp nên nước thấm qua thành chậu và muối khoáng đóng vệt. Giới thiệu hai nhóm chất chống "
        "thấm: loại phủ bề mặt tạo lớp mỏng ngăn nước, và loại thấm sâu nằm ngay dưới bề mặt; ưu nhược điểm khi "
        "quét mặt trong hay mặt ngoài chậu, giữ vẻ mới cho sản phẩm.",
    ),
    (
        "lOo129",
        "en",
        "fornacemasini",
        "Ageing terracotta pots with a black patina effect",
        "Italian terracotta maker's method to make new pots look decades old: dry and powder garden moss, soak it "
        "in sour milk or yoghurt to make a natural acidic paint and brush it on so moulds and dark spots develop; "
        "explains why the black patina is sought by gardeners and the green-furniture trade as a sign of "
        "authenticity.",
    ),
    (
        "lOo130",
        "vi",
        "terrachi",
        "Năm cách làm cũ chậu đất nung",
        "Hướng dẫn tạo vẻ cũ cho chậu đất nung: để chậu ngoài trời nắng gió; nhuộm bằng trà, cà phê hoặc giấm "
        "pha nước, để càng lâu màu càng đậm; sơn rồi chà giấy nhám hoặc quét khô lớp màu trên; nuôi rêu, địa y ở "
        "nơi ẩm mát; phủ chất bảo vệ sau cùng.",
    ),
    (
        "lOo131",
        "vi",
        "amazon_fragile",
        "Tiêu chuẩn đóng gói hàng dễ vỡ để qua phép thử rơi 125 cm",
        "Yêu cầu đóng gói hàng dễ vỡ của sàn thương mại điện tử: hộp cứng sáu mặt kín, từng món bọc riêng, hàng "
        "không xê dịch hay lắc trong hộp; bộ nhiều món phải qua phép thử rơi 125 cm gồm năm lần (đáy, nắp, cạnh "
        "dài, cạnh ngắn, góc) và thử lắc mạnh mà không vỡ; hàng lẻ qua thử rơi 3 feet.",
    ),
    (
        "lOo132",
        "vi",
        "havilandcollectors",
        "Đóng gói hai lớp hộp cho đồ gốm sứ gửi đi xa",
        "Hướng dẫn của hội sưu tầm đồ sứ: lót đáy thùng bằng xốp hoặc bóng khí; món nặng như chậu, bình bọc hai "
        "lớp bóng khí to rồi cho vào hộp nhỏ riêng trước khi vào thùng ngoài (đóng hộp kép); xếp món nặng trước; "
        "đĩa bát xếp chồng phải cách hai lớp bóng khí; chèn kín khoảng trống, dán nhãn dễ vỡ.",
    ),
    (
        "lOo133",
        "en",
        "howtomakepottery_pack",
        "Packing method with single-face corrugated wrap and stretch film",
        "A pottery studio's shipping method that has sent tons of ware to the US and Canada with fewer than 10 "
        "pieces broken in over ten years: every piece wrapped in 12-inch single-face corrugated cardboard held "
        "with stretch film instead of tape, bowls wrapped both ways so no surfaces touch, then packed tightly in "
        "boxes such as 18 × 18 × 24 inches for 18 mugs and a bowl.",
    ),
    (
        "lOo134",
        "en",
        "chinese_antique_ship",
        "Long-distance shipping of porcelain: elastic packing materials",
        "Advice from a porcelain dealer on international shipping: only a few methods with flexible artificial "
        "packing materials hold up over long distances; newspaper and crumpled paper compress under weight and "
        "vibration, leaving the item free to move, so breakage rises with the length of the journey.",
    ),
    (
        "lOo135",
        "vi",
        "moitruongdulich",
        "Phát triển du lịch làng nghề gốm đỏ Vĩnh Long",
        "Bài viết về định hướng xây dựng làng nghề gạch, gốm đỏ thành sản phẩm du lịch đặc thù: lịch sử từ 1983, "
        "thời hoàng kim gần 3.000 miệng lò, sản phẩm từng xuất sang Mỹ, Úc, Đài Loan, Hồng Kông, Hàn Quốc, Nhật "
        "Bản.",
    ),
    (
        "lOo136",
        "en",
        "ekpottery_olla",
        "Olla pots for buried clay-pot irrigation",
        "Garden blog on ollas: unglazed terracotta vessels with a narrow neck buried in a bed and filled with "
        "water that seeps slowly to the roots, cutting evaporation and weeds; placed about 4–4.5 feet apart.",
    ),
    (
        "lOo137",
        "en",
        "talkvietnam_thanhha",
        "Clay buffalo souvenirs from Thanh Ha pottery village",
        "News feature on the 500-year-old Thanh Ha pottery village in Hoi An making clay buffaloes of many sizes "
        "from Thu Bon river clay for the Year of the Buffalo, a tourism hot spot in central Vietnam.",
    ),
    (
        "lOo138",
        "en",
        "arizonapottery",
        "Imported Vietnamese black clay planters (retail)",
        "US garden pottery retailer selling black clay stoneware planters imported from Vietnam, harvested from "
        "river beds and fired in traditional kilns, and explaining why terracotta planters breathe.",
    ),
    # --- by-products and energy audits ---
    (
        "lOo139",
        "vi",
        "xnkhongphuc_tro",
        "Thu mua, chế biến tro trấu và than trấu dùng trong nông nghiệp",
        "Trấu có trên 75% chất hữu cơ cháy được, khoảng 25% còn lại thành tro; tro trấu chứa 80–90% silic oxit. "
        "Doanh nghiệp hướng dẫn dùng tro trấu và than trấu tồn tính (biochar) làm phân bón, cải tạo đất, và nêu "
        "tiềm năng tận thu SiO2 thay hàng nhập khẩu.",
    ),
    (
        "lOo140",
        "en",
        "ricecy",
        "Rice husk gasifier for syngas, heat and power",
        "Explainer on rice husk gasifiers that convert husk into syngas by partial oxidation at 600–1,000°C, for "
        "cooking, heating, electricity or chemicals, with 60–80% efficiency; tar and particulates need cleaning.",
    ),
    (
        "lOo141",
        "en",
        "scirp_biochar",
        "Top-lit updraft gasifier optimised for rice husk biochar",
        "Research on improved rice husk gasification in a top-lit updraft gasifier to maximise biochar yield "
        "(350–600°C with little oxygen) for soil application by smallholders in Malaysia.",
    ),
    (
        "lOo142",
        "en",
        "scribd_bee_varanasi",
        "Energy conservation manual and measures for a brick kiln cluster",
        "Manual prepared for India's Bureau of Energy Efficiency on the Varanasi brick cluster: cluster "
        "background and production practices, energy use baseline, identified energy conservation measures for "
        "kilns and processes, costs and savings, and an implementation programme for SME brickmakers.",
    ),
    (
        "lOo143",
        "en",
        "scribd_romania",
        "Energy performance indicators and improvement actions for brick plants",
        "Case study by Politehnica Bucharest with an ESCO on four brick factories: energy performance indicators "
        "of each plant are evaluated against global reference values and the most technically and economically "
        "feasible improvement actions are selected, with notes on replicating them in other building-material "
        "plants.",
    ),
    (
        "lOo144",
        "vi",
        "opexworks_audit",
        "Kiểm toán năng lượng theo phương pháp 10 bước cho cơ sở sản xuất",
        "Dịch vụ quản lý và kiểm toán năng lượng: cân bằng toàn bộ năng lượng đầu vào với các hộ tiêu thụ, định "
        "lượng dòng năng lượng theo từng công đoạn, đo bằng thiết bị xách tay (điện, nhiệt độ, lưu lượng khí), "
        "lập báo cáo khuyến nghị có phân tích chi phí – lợi ích và kế hoạch hành động giảm tiêu thụ.",
    ),
    (
        "lOo145",
        "en",
        "scribd_lca_bricks",
        "Cradle-to-gate life cycle assessment of fired bricks",
        "LCA study by IIT Bombay's Centre for Technology Alternatives for Rural Areas of traditional kilns in the "
        "Sangli–Karad area: raw material, transport and production quantified in SimaPro 7.3.3 for greenhouse "
        "gas emissions, resource depletion and biodiversity loss; India made 140 billion bricks in 2001 and 250 "
        "billion in 2012.",
    ),
    # --- further neighbouring offers ---
    (
        "lOo146",
        "en",
        "dokumen_gret",
        "Bamboo charcoal and activated carbon kilns for workshops",
        "Technical assistance report on production trials of bamboo charcoal and activated carbon in Thanh Hoa "
        "workshops: building and burning trial kilns with refractory bricks and glass wool, and reviewing the "
        "financial and technical sides of charcoal making.",
    ),
    (
        "lOo147",
        "en",
        "arlcd",
        "Arduino touch-screen controller for glass-fusing kilns",
        "Hobby project controlling a glass-fusing kiln from an Arduino with a touch LCD, a thermocouple board and "
        "a solid-state relay; nine preset schedules in text files, each step a ramp rate, target and hold.",
    ),
    (
        "lOo148",
        "vi",
        "tailieu_thuocla",
        "Đánh giá nguy cơ bệnh nghề nghiệp cho công nhân nhà máy thuốc lá",
        "Nghiên cứu đo kiểm môi trường lao động và phỏng vấn công nhân nhà máy thuốc lá Bình Dương: tiếng ồn trên "
        "80 dBA ở xưởng sợi, bụi thuốc lá, nicotin; khoảng 50% công nhân nhức đầu, 40% rát họng.",
    ),
    (
        "lOo149",
        "en",
        "refractorymat",
        "Hollow clay bricks for insulated houses (buyer's guide)",
        "Plain-language guide for home builders on why hollow clay bricks with vertical or horizontal holes "
        "insulate against heat and noise, are lighter and fire resistant, and where solid bricks are still "
        "needed for heavy loads.",
    ),
    (
        "lOo150",
        "vi",
        "giadinh_vnexpress",
        "Mẹo chọn chén đĩa an toàn cho gia đình",
        "Bài tư vấn người tiêu dùng chọn chén đĩa có thương hiệu, đạt chuẩn tiếp xúc thực phẩm như FDA; cảnh báo "
        "đồ gốm sứ hoa văn sặc sỡ thường nhiều chì, người lớn hấp thụ khoảng 11% lượng chì ăn vào, trẻ em "
        "30–75%.",
    ),
    (
        "lOo151",
        "en",
        "scribd_solardryer",
        "Radiant solar food dryer construction workshop",
        "Photo guide to a one-day workshop building ten 4 × 4 ft and five 2 × 4 ft solar food dryers with 52 "
        "stainless-steel mesh screens in red-cedar frames.",
    ),
    (
        "lOo152",
        "vi",
        "doc_vicem",
        "Báo cáo thực tập dây chuyền lò quay xi măng Vicem Bút Sơn",
        "Báo cáo thực tập kỹ thuật ngành Công nghệ vật liệu silicat (ĐH Bách khoa Hà Nội, 2022) về dây chuyền xi "
        "măng: chuẩn bị nguyên liệu, nghiền, cyclon, calciner, lò quay, làm lạnh clinker, kiểm soát chất lượng.",
    ),
    (
        "lOo153",
        "vi",
        "docz_gachmen",
        "Quy trình sản xuất gạch men ốp lát công nghiệp",
        "Báo cáo tham quan nhà máy gạch men ở KCN Tam Phước (Đồng Nai): phối liệu, nghiền, sấy phun, ép, tráng "
        "men lót và men chính khoảng 60 g mỗi viên, mài cạnh, in lụa, nung.",
    ),
    (
        "lOo154",
        "vi",
        "docz_lohoi",
        "Thiết kế hệ thống xử lý khí thải lò hơi đốt dầu FO 5 tấn hơi/giờ",
        "Đồ án môn học tính toán tải lượng, chọn phương pháp hấp thụ, hấp phụ, đốt và thiết kế thiết bị xử lý "
        "SO2, bụi cho lò hơi dùng dầu FO công suất 5 tấn hơi mỗi giờ.",
    ),
    (
        "lOo155",
        "en",
        "concreteproducts",
        "US EPA hazardous air pollutant rules for brick tunnel kilns (news)",
        "Trade-press news on EPA's proposed national emission standards for clay brick tunnel and periodic kilns: "
        "lower limits for mercury, other metals, hydrogen chloride and chlorine, with startup and shutdown "
        "periods.",
    ),
    (
        "lOo156",
        "vi",
        "docz_chudau",
        "Phân tích chuỗi giá trị làng gốm Chu Đậu",
        "Khóa luận phân tích hoạt động làng nghề gốm Chu Đậu (Hải Dương) theo mô hình chuỗi giá trị: thiết kế, "
        "sản xuất, marketing, tiêu thụ, chi phí – lợi nhuận và cơ hội hội nhập.",
    ),
    (
        "lOo157",
        "en",
        "vietnamplus_cham",
        "Cham pottery of Bau Truc: hand-shaped, open-fired",
        "Photo story on Bau Truc pottery in Ninh Thuan: pieces kneaded and shaped by hand without a wheel, dried "
        "in shade and fired in straw and firewood instead of an oven, with Apsara patterns; popular with "
        "tourists.",
    ),
    (
        "lOo158",
        "en",
        "arabstoday_kampong",
        "Clay pot making in Kampong Chhnang, Cambodia",
        "News report on a pottery village of about 400 families in Kampong Chhnang where women make around 1,000 "
        "pots a month between rice seasons and fire them in the open without a kiln, earning USD 200–300 a month.",
    ),
    (
        "lOo159",
        "vi",
        "scientific_grog",
        "Nghiền gạch phế phẩm làm sạn (grog) phối vào đất làm gạch",
        "Kết quả nghiên cứu (Materials Science Forum, 2006) về dùng gạch nung hỏng nghiền, sàng ở hai cỡ hạt 840 "
        "µm (20 mesh) và 420 µm (80 mesh), pha tới 20% khối lượng vào đất làm gạch đỏ nung ở 700°C. Sạn thô pha "
        "trên 5% làm giảm cường độ cả gạch mộc lẫn gạch nung; sạn mịn dùng được tới 10% mà không làm xấu tính "
        "chất và vi cấu trúc. Hỗ trợ chọn cỡ hạt, tỷ lệ pha cho từng loại đất.",
    ),
]
