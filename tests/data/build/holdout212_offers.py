"""Offers of holdout212: (id, language, source key, title, description).

Each offer paraphrases one public page (see holdout212_sources.py). Distractors (neighbouring fields
that share words with the needs) are marked with a trailing comment "# D".
"""

OFFERS = [
    # --- fresh and dried rice-noodle lines, extrusion ---
    (
        "qFo001",
        "vi",
        "bunauto",
        "Hệ thống ép bún tươi tự động năng suất 200 kg/giờ",
        "Nhóm nghiên cứu Trường CĐ Kỹ thuật Cao Thắng và ĐH Nông Lâm TP.HCM chuyển giao trọn bộ thiết bị bún tươi: "
        "máy nhào trộn bột, bồn cấp liệu tự động vào khuôn, máy ép trục vít xoắn, thiết bị luộc chín sợi sau ép và tủ "
        "điều khiển giám sát toàn dây chuyền. Năng suất thực tế đạt 200 kg/h, điện tiêu thụ từ nhào đến luộc khoảng "
        "0,584 kWh cho mỗi kg bún; sợi láng, dai, trong, không dính.",
    ),
    (
        "qFo002",
        "en",
        "bunauto",
        "Automatic fresh rice-noodle pressing line, 200 kg/h, with PLC supervision",
        "Technology listing: a screw-press line for fresh bún that chains dough mixing, automatic feeding into the die, "
        "extrusion and a cooking unit, all under one automatic control and monitoring system. Tested output matched the "
        "200 kg/h design; specific electricity use is about 0.584 kWh per kg from mixing to boiling. Suited to "
        "workshops moving off hand presses.",
    ),
    (
        "qFo003",
        "en",
        "nlu_fresh",
        "Fresh rice noodle processing technology and equipment, 500 kg/h",
        "Nong Lam University (Faculty of Engineering) offers the process and machine set for Vietnamese fresh rice "
        "noodles developed under ministry project B2007-12-37. The system has been installed at several producers and "
        "runs at about 500 kg per hour, easing the heavy manual labour when demand doubles or triples on holidays.",
    ),
    (
        "qFo004",
        "vi",
        "nlu_fresh",
        "Chuyển giao công nghệ và thiết bị sản xuất bún tươi 500 kg/giờ",
        "Khoa Cơ khí – Công nghệ, ĐH Nông Lâm TP.HCM nhận chuyển giao quy trình và hệ thống máy bún tươi (đề tài "
        "B2007-12-37), đã áp dụng ở nhiều nơi với năng suất khoảng 500 kg/giờ. Phù hợp cơ sở cần tăng sản lượng "
        "vào cuối tuần, ngày lễ mà không tăng lao động thủ công.",
    ),
    (
        "qFo005",
        "en",
        "heshan1",
        "Turnkey rice vermicelli production line (mix, extrude, cook, hot-air dry)",
        "Machine maker supplies complete lines for dried rice vermicelli: rice flour and water are mixed to a dough, "
        "forced through the noodle extruder, steamed or boiled so the strands keep their texture, then spread and "
        "dried with hot air before packing. Automated, gluten-free product.",
    ),
    (
        "qFo006",
        "vi",
        "heshan1",
        "Dây chuyền bún gạo khô trọn gói: trộn – ép đùn – làm chín – sấy khí nóng",
        "Nhà cung cấp thiết bị lắp đặt dây chuyền bún khô tự động: phối trộn bột gạo với nước, ép đùn tạo sợi, hấp "
        "hoặc luộc chín để giữ kết cấu sợi, sau đó trải sợi và sấy bằng không khí nóng trước khi đóng gói.",
    ),
    (
        "qFo007",
        "en",
        "kmitnb",
        "Direct extrusion of rice vermicelli from dry rice flour (single-screw extruder)",
        "Process know-how from King Mongkut's University of Technology North Bangkok: dry rice flour replaces wet-milled "
        "paste, cutting wastewater and speeding production. Optimum settings: screw 30 rpm, feeder 50 rpm, barrel "
        "zones 90/100/100 °C; drying time and temperature strongly govern quality.",
    ),
    (
        "qFo008",
        "vi",
        "kmitnb",
        "Ép đùn trực tiếp sợi bún từ bột gạo khô bằng máy đùn trục vít đơn",
        "Chuyển giao thông số ép đùn bún từ bột gạo khô thay cho bột xay ướt, giảm lượng nước thải và dễ vệ sinh: "
        "trục vít 30 vòng/phút, trục cấp liệu 50 vòng/phút, ba vùng nhiệt 90 – 100 – 100 °C; kèm khuyến cáo chế độ "
        "sấy vì thời gian và nhiệt độ sấy quyết định chất lượng sợi.",
    ),
    (
        "qFo009",
        "en",
        "cardoza",
        "Friction-heated extruder for dry-slurry rice noodles",
        "Equipment and method where washed rice is beaten into a viscous paste and fed straight into the rice-noodle "
        "machine; friction heat gelatinises the paste and continuous strands leave the die, are caught, coiled and cut. "
        "A simpler, shorter alternative to the long fermented sour-rice-noodle process.",
    ),
    (
        "qFo010",
        "vi",
        "cardoza2",
        "Quy trình bún khô bán tự động: vo gạo, đập nhuyễn, ép đùn ma sát, cuộn sợi",
        "Tư vấn lắp xưởng bún khô bán tự động: vo gạo bằng nước chảy, để ráo, nghiền thành hồ có độ nhớt, đưa vào máy "
        "ép tự hồ hóa nhờ nhiệt ma sát, hứng sợi cuộn thành bánh rồi cắt và phơi sấy. Rút ngắn đáng kể so với cách "
        "làm bún lên men truyền thống.",
    ),
    (
        "qFo011",
        "en",
        "heshan3",
        "Automation and quality-control retrofit for rice vermicelli lines",
        "Upgrade service for existing vermicelli plants: automated soaking-grinding-steaming-cutting-drying stages to "
        "raise throughput and cut labour cost, plus quality checks from milling to packing so every batch meets safety "
        "and quality standards.",
    ),
    (
        "qFo012",
        "en",
        "gelgoog",
        "Rice noodle making machine for small and medium producers",
        "Food machinery maker offers rice noodle making machines built on domestic technology with an improved working "
        "principle, aimed at producers who need smooth, soft noodles in larger quantities than handwork allows.",
    ),
    (
        "qFo013",
        "en",
        "longer",
        "Instant wheat-noodle plant with steam tunnel and palm-oil fryer",  # D
        "Complete instant noodle plant: temperature-controlled broth mixed into wheat flour dough, kneader, compound and "
        "continuous rollers, slitting, steam tunnel at about 43% strand moisture, steam-heated palm-oil fryer and "
        "cooling conveyor.",
    ),
    (
        "qFo014",
        "vi",
        "instantblog",
        "Dây chuyền mì ăn liền chiên dạng sợi gợn sóng",  # D
        "Cung cấp dây chuyền mì gói từ bột mì: muối 1,5 – 2%, cắt sợi lên băng lưới chạy chậm tạo sóng, hấp trong "
        "hầm hơi 150 – 250 kPa trong 100 – 240 giây (hồ hóa khoảng 80%), làm nguội, cắt khúc, gấp đôi vào khuôn "
        "rồi chiên.",
    ),
    (
        "qFo015",
        "vi",
        "mian123",
        "Hồ sơ công nghệ sản xuất mì ăn liền từ bột mì",  # D
        "Tài liệu đề tài tổng hợp nguyên liệu, chỉ tiêu chất lượng và thành tựu cải tiến công nghệ mì ăn liền (từ "
        "phát minh của Nissin năm 1958), dùng cho doanh nghiệp muốn đầu tư dây chuyền mì gói.",
    ),
    # --- sheet noodles: banh pho, hu tieu ---
    (
        "qFo016",
        "vi",
        "dongnai",
        "Máy làm hủ tiếu – bánh phở khép kín: hấp, sấy, cắt sợi trên băng tải",
        "Sinh viên Đồng Nai chế tạo máy gộp các công đoạn tráng – hấp chín – sấy – cắt sợi thành một dây chuyền kín: "
        "bếp gas cấp hơi cho buồng hấp, điện trở gia nhiệt buồng sấy, van bồn bột tự mở đổ bột xuống khay dàn đều, băng "
        "tải đưa tấm bánh qua hấp, sấy rồi vào dao cắt. Không phụ thuộc thời tiết, vệ sinh hơn phơi ngoài trời.",
    ),
    (
        "qFo017",
        "en",
        "dongnai",
        "Closed-line machine for rice noodle sheets: steamer, drying room and cutter",
        "Student research from Dong Nai turned the traditional chain (soak, mill, steam, dry, cut) into one enclosed "
        "conveyor line: a gas-fired steamer, a resistance-heated drying room, a batter tank valve that fills a levelling "
        "tray, and a cutting unit. Removes weather dependence and improves food safety over outdoor drying.",
    ),
    (
        "qFo018",
        "en",
        "heshan2",
        "Sheet-steaming and cutting line for flat rice noodles",
        "Line supplier: rice soaked for several hours, ground into fine flour and mixed to a smooth batter, spread on "
        "steaming trays until it sets into thin sheets, cooled, cut into strands and dried for longer shelf life.",
    ),
    (
        "qFo019",
        "vi",
        "heshan2",
        "Dây chuyền tráng – hấp tấm – cắt sợi cho bánh phở, hủ tiếu",
        "Cung cấp thiết bị theo chuỗi: ngâm gạo vài giờ, xay thành bột nước mịn, tráng lên khay hấp cho đông thành tấm "
        "mỏng, để nguội, cắt sợi và sấy khô để kéo dài thời gian bảo quản.",
    ),
    (
        "qFo020",
        "en",
        "kenny",
        "Flat rice noodle (ho fun / pho) production line",
        "Food machinery company supplies flat rice noodle lines that replaced hand rolling and knife cutting: faster "
        "output, uniform width and thickness, and capacity for both local markets and export demand.",
    ),
    (
        "qFo021",
        "vi",
        "kenny",
        "Dây chuyền sản xuất bánh phở sợi dẹt công nghiệp",
        "Dây chuyền thay thế cán tay, cắt dao thủ công cho sợi phở dẹt: tăng tốc độ, đồng đều bề rộng và độ dày "
        "sợi, đáp ứng cả thị trường nội địa và xuất khẩu.",
    ),
    (
        "qFo022",
        "vi",
        "saigon247",
        "Quy trình bánh hủ tiếu dai kiểu Mỹ Tho – Tổ hợp tác làng nghề Mỹ Phong",
        "Tổ hợp tác làng nghề hủ tiếu Mỹ Tho (xã Mỹ Phong) hướng dẫn quy trình: chọn gạo thơm nở như Gò Cát, Nàng "
        "Hương, Nàng Út; ngâm gạo một ngày đêm; xay bột, để lắng, gạn nước trong; bơm lên máy hấp 2 – 3 phút, đổ "
        "khuôn thành tấm, trải vỉ tre phơi. Sợi thơm, trụng mềm mà không bở, không chua.",
    ),
    (
        "qFo023",
        "en",
        "tuoitre_sadec",
        "Sa Dec hu tieu know-how: Nga Bat river rice flour and sun-dried sheets",
        "Craft producers of Tan Phu Dong and Ward 2 (Sa Dec) share their family method: flour from the rice-flour "
        "village, skilled batter mixing and spreading, noodles shaped in moulds and sun-dried on the riverbank, giving "
        "strands that are soft yet elastic, not sour and not crumbly in boiling water.",
    ),
    # --- drying noodles, heat pumps ---
    (
        "qFo024",
        "vi",
        "etek",
        "Dây chuyền bún, phở khô và mì ăn liền điều khiển PLC/SCADA",
        "ETEK Việt Nam thiết kế dây chuyền chạy liên tục 24/7, công suất 50.000 – 600.000 gói/ngày: phối trộn, cán "
        "sợi, hấp chín, cắt định hình, sấy hoặc chiên, đóng gói, lưu kho; kiểm soát tự động để sản phẩm đạt độ ẩm "
        "dưới 12%, đáp ứng HACCP, ISO 22000 cho nhà máy xuất khẩu.",
    ),
    (
        "qFo025",
        "en",
        "etek",
        "Continuous dried rice-noodle and instant-noodle line with PLC/SCADA control",
        "Vietnamese engineering firm builds 24/7 lines of 50,000-600,000 packs per day: blending, sheeting, steaming, "
        "cutting, drying or frying, packing and storage under PLC/SCADA, targeting moisture below 12% and export food "
        "safety schemes (HACCP, ISO 22000, FDA).",
    ),
    (
        "qFo026",
        "en",
        "noodleblog",
        "Instant rice noodle process: steamed rice paste, extrusion, 80 °C hot-air drying",
        "Process package: non-glutinous rice (about 92% milled) soaked 2-4 h, ground and pressed, steamed 80 min, "
        "kneaded and extruded, steamed again 30 min, dipped above 80 °C and dried with 80 °C hot air (or tunnel frying) "
        "so the starch does not revert and the noodles rehydrate in minutes.",
    ),
    (
        "qFo027",
        "en",
        "heatpump_noodle",
        "Heat-pump drying room with a staged curve for rice noodles",
        "Dryer maker programs rice-noodle drying in stages: cold-air setting at 25-30 °C and 55-65% RH for about 1 h to "
        "fix shape and strip surface water, a moisture-holding 'sweating' stage at 35-45 °C and 50-75% RH, then peak "
        "dehydration at higher temperature and lower humidity. Avoids brittle, breaking strands.",
    ),
    (
        "qFo028",
        "vi",
        "heatpump_noodle",
        "Phòng sấy bơm nhiệt cho bún, hủ tiếu khô theo chế độ nhiều giai đoạn",
        "Lắp phòng sấy bơm nhiệt cài sẵn đường cong sấy: định hình bằng gió mát 25 – 30 °C, ẩm 55 – 65% trong 1 giờ; "
        "giữ ẩm, tăng nhiệt từ từ 35 – 45 °C, ẩm 50 – 75%; sau đó tăng nhiệt, giảm ẩm để thoát nước mạnh. Sợi không "
        "nứt gãy do chênh nhiệt trong – ngoài.",
    ),
    (
        "qFo029",
        "vi",
        "memart",
        "Tư vấn mô hình sản xuất bún khô từ gạo cho thị trường nội địa và xuất khẩu",
        "Gói tư vấn dựng cơ sở bún khô: chọn nguyên liệu, các công đoạn ngâm – nghiền – tách nước – tạo sợi – sấy, "
        "lựa chọn làm thủ công hay dây chuyền công nghệ cao, hướng tới cộng đồng người Việt ở nước ngoài.",
    ),
    (
        "qFo030",
        "vi",
        "anhduong",
        "Quy trình bún, phở khô: chọn gạo cũ, ngâm, xay công suất lớn, sấy thay phơi",
        "Hướng dẫn kỹ thuật: dùng gạo khô, nở nhiều (khang dân, Q5), gạo vụ trước, sạch sạn trấu; ngâm vài giờ bằng "
        "nước sạch, để ráo; vệ sinh kỹ máy xay công suất lớn trước khi xay; tạo sợi rồi sấy trong buồng kín thay cho "
        "phơi nắng vốn phụ thuộc thời tiết và kém vệ sinh.",
    ),
    (
        "qFo031",
        "en",
        "greatfood",
        "High-temperature heat pump drying units for food",
        "Manufacturer supplies heat pump dryers that save 40-70% energy versus conventional units, give gentle drying "
        "with better colour and aroma retention, and control temperature from -20 to 110 °C (with auxiliary heat) and "
        "relative humidity from 15 to 80%.",
    ),
    (
        "qFo032",
        "en",
        "solidswiki",
        "Heat pump dryers: running cost well below oil, coal or electric heating",
        "Engineering reference offer: heat pump dryers cost about 40% of an oil dryer, 50% of a coal boiler and 30% of "
        "an electric boiler to run; products do not craze, distort or discolour. Explains the evaporator-compressor-"
        "condenser-valve cycle and dehumidification of dryer exhaust air.",
    ),
    (
        "qFo033",
        "en",
        "squ",
        "Heat pump dehumidifier (HPD) drying of food products",
        "Research group review turned into advisory service: HPD dryers give higher energy efficiency and better "
        "product quality than hot-air dryers, work independently of outside weather, emit no fumes, and allow "
        "condensate and volatiles to be recovered.",
    ),
    (
        "qFo034",
        "en",
        "chinaplastic",
        "Heat pump drying with heat recovery (COP up to 5.0) and built-in curves",
        "Supplier of heat-recovery heat pump drying units with overall efficiency up to 5.0, intelligent control and "
        "several preset drying curves; suited to heat-sensitive agricultural and food products, saving labour and time.",
    ),
    (
        "qFo035",
        "vi",
        "say123",
        "Tư vấn lựa chọn phương pháp và thiết bị sấy nông sản, thực phẩm",
        "Tài liệu – dịch vụ tư vấn so sánh phơi nắng, sấy năng lượng mặt trời (trực tiếp, có bộ thu riêng, gián tiếp "
        "cưỡng bức), sấy đối lưu, bức xạ, tiếp xúc, thăng hoa; ưu điểm công nghệ đơn giản, chi phí thấp của sấy mặt trời.",
    ),
    (
        "qFo036",
        "vi",
        "sra",
        "Máy sấy đảo chiều gió SRA cho lúa, bắp, đậu nành 2 – 20 tấn/mẻ",  # D
        "Máy sấy SRA (giải Ba VIFOTEC 2005) đã lắp khắp cả nước với năng suất 2 – 12 tấn/mẻ, bản lớn 15 – 20 tấn/mẻ cho "
        "đậu nành, lúa giống; lò đốt than đá, trấu, củi vụn, có thể kết hợp bộ thu năng lượng mặt trời hoặc lò cấp "
        "nhiệt gián tiếp.",
    ),
    (
        "qFo037",
        "en",
        "ambermed",
        "Instant noodle finishing: oil frying versus hot-air drying",  # D
        "Process notes for wheat instant noodles: steam 1-5 min at 100 °C, then either fry 1-2 min at 140-160 °C in "
        "palm or canola oil (moisture 30-50% down to 2-5%) or air-dry 30-40 min at 70-90 °C to 8-12% moisture.",
    ),
    (
        "qFo038",
        "vi",
        "pepper",
        "Máy sấy tiêu năng lượng mặt trời kết hợp điện trở 5 kg/mẻ",  # D
        "Mô hình sấy hạt tiêu 5 kg/mẻ: sấy từ ẩm 64% xuống 13% trong 7 – 9 giờ ở 60 °C, vận tốc gió 1,0 – 1,5 m/s; "
        "tiêu đen bóng, nhăn, không nhiễm E. coli.",
    ),
    (
        "qFo039",
        "vi",
        "thoc",
        "Quy trình công nghệ sấy thóc sau thu hoạch",  # D
        "Đồ án thiết kế hệ thống sấy thóc: thành phần hóa học hạt lúa (tinh bột 47,7 – 68%, protein 6,66 – 10,43%), "
        "tính toán thiết bị sấy để bảo quản lúa.",
    ),
    # --- rice paper drying ---
    (
        "qFo040",
        "vi",
        "hutech",
        "Hệ thống sấy bánh tráng năng lượng mặt trời kiểu hỗn hợp đối lưu tự nhiên",
        "Chuyển giao mẫu buồng sấy 25 kg bánh tươi/mẻ (100 bánh): nhiệt độ buồng lên 65 °C khi ngoài trời 36 °C; "
        "sấy xong trong 2 giờ so với 3 giờ của kiểu trực tiếp và 4 giờ phơi nắng; không cần nguồn năng lượng ngoài, "
        "vật liệu sẵn có, dễ gia công.",
    ),
    (
        "qFo041",
        "en",
        "hutech",
        "Mixed-mode natural-convection solar dryer for rice paper, 25 kg per batch",
        "Design for 100 sheets (25 kg fresh) per batch: chamber reaches 65 °C against 36 °C ambient with only 1-3 °C "
        "spread inside; drying takes 2 h instead of 4 h in the sun. Needs no outside energy and is built from local "
        "materials.",
    ),
    (
        "qFo042",
        "vi",
        "khpt",
        "Thiết bị sấy bánh tráng tận dụng nhiệt khói thải lò tráng",
        "Nhóm ĐH Bách khoa Đà Nẵng chế tạo thiết bị sấy bằng không khí nóng lấy từ khói lò tráng bánh (250 – 350 °C): "
        "tiết kiệm năng lượng, giảm chi phí, không phụ thuộc thời tiết, thay lò sấy thủ công đốt trấu, củi, than gây "
        "ô nhiễm.",
    ),
    (
        "qFo043",
        "en",
        "baoqn",
        "Waste-heat rice paper dryer connected to the kiln chimney (Holcim Prize 2015)",
        "Student team idea, chosen from nearly 250 entries, that pipes hot air from the chimney of manual rice paper "
        "kilns into a drying cabinet, so rainy-season batches no longer need smoky charcoal, husk or sawdust fires. A "
        "first unit was planned for Dai Loc.",
    ),
    (
        "qFo044",
        "vi",
        "vanhien",
        "Máy sấy bánh tráng trục đứng năng lượng mặt trời có bạt che tự động",
        "ThS. Phan Văn Hiệp (ĐH Văn Hiến) sáng chế giàn sấy quay trục đứng: tấm polycarbonate xuyên sáng 95% tạo hiệu "
        "ứng nhà kính (+5 – 20 °C), bẫy nhiệt tôn đen gợn sóng thổi khí nóng đã lọc bụi; mỗi mẻ 50 phút ở 35 – 40 °C; "
        "bạt tự kéo che khi quá nhiệt, mưa hoặc ban đêm.",
    ),
    (
        "qFo045",
        "en",
        "vanhien",
        "Vertical rotating solar dryer for rice paper with automatic cover",
        "Van Hien University invention: greenhouse polycarbonate shell plus a black corrugated-sheet solar air heater "
        "feed filtered warm air to a vertical rotating rack; 50 minutes per batch held at 35-40 °C, with a motorised "
        "cover that closes on overheating, rain or at night.",
    ),
    (
        "qFo046",
        "en",
        "nghean",
        "Automated sesame rice-paper line: milling, mixing, spreading and a tuned dryer",
        "Rural start-up in Do Luong (Nghe An) built with local mechanics a closed line where flour milling, mixing and "
        "sheet making are automated instead of wood-fired clay ovens; the dryer took half a year to perfect because "
        "drying decides aroma and crispness. Exports about 1 million sheets to Japan.",
    ),
    (
        "qFo047",
        "en",
        "franphil",
        "Biomass-fed furnace with heat exchanger for clean, smoke-free drying air",
        "BPRE technology: rice-hull furnace with automatic fuel feeding and ash removal, cross-flow air-tube heat "
        "exchanger so flue gas never touches the product, and a fly-ash scrubber; also yields carbonised rice hull. "
        "Regulates a uniform drying temperature at low fuel cost.",
    ),
    (
        "qFo048",
        "en",
        "uplb",
        "Stainless chimney dryer for handmade paper sheets",  # D
        "University of the Philippines Los Banos design: a chimney dryer for handmade (non-food) paper 0.26-0.40 mm "
        "thick that dries faster than solar or air drying without changing tear, burst or tensile strength.",
    ),
    (
        "qFo049",
        "en",
        "ricepaperwiki",
        "Pith 'rice paper' sheets (Tetrapanax) for artificial flowers and painting",  # D
        "Craft supplier of the traditional 'rice paper' cut from the pith of the rice-paper plant: boughs boiled, pith "
        "rolled against a knife into thin ivory-like sheets, dyed for artificial flowers or left white for watercolour.",
    ),
    (
        "qFo050",
        "en",
        "xuanpaper",
        "Xuan rice paper for calligraphy, lanterns and lampshades",  # D
        "Producer of absorbent, foldable xuan paper from rice-plant pulp (soak, grind to pulp, spread and dry) for "
        "painting, calligraphy and decorative lanterns.",
    ),
    # --- rice paper making, recipes, brands ---
    (
        "qFo051",
        "vi",
        "bobia",
        "Thiết bị sản xuất tự động bánh tráng bò bía",
        "Luận văn thạc sĩ ĐH Bách khoa TP.HCM (2013, Công nghệ chế tạo máy) thiết kế và chế tạo máy tự động tráng "
        "bánh tráng mỏng cuốn bò bía; nhận chuyển giao bản vẽ, chế tạo cho cơ sở muốn bỏ tráng tay.",
    ),
    (
        "qFo052",
        "en",
        "bobia",
        "Automatic machine for thin spring-roll (bo bia) rice wrappers",
        "Master's project at Ho Chi Minh City University of Technology (2013) designing and building an automatic "
        "machine that spreads and cooks thin wrappers for bo bia rolls; drawings and fabrication available.",
    ),
    (
        "qFo053",
        "en",
        "rkmp",
        "Rice paper formulation with tapioca flour for smooth, pliable sheets",
        "Know-how from the Rice Knowledge Management Portal: edible rice paper made of white rice flour, tapioca flour, "
        "salt and water; the tapioca makes sheets glutinous and smooth; sold dry in thin translucent rounds and dipped "
        "briefly in water before wrapping.",
    ),
    (
        "qFo054",
        "vi",
        "rkmp",
        "Công thức bánh tráng phối tinh bột khoai mì cho bánh dẻo, mịn",
        "Tư vấn phối trộn bột gạo, bột năng (khoai mì), muối và nước: tinh bột khoai mì giúp bánh dẻo, mịn; bánh "
        "khô mỏng, trong, nhúng nước nhanh là mềm để cuốn.",
    ),
    (
        "qFo055",
        "vi",
        "trangbang_lv",
        "Kỹ thuật bánh tráng phơi sương Trảng Bàng",
        "Lò bánh ở Lộc Du, Trảng Bàng chia sẻ nghề: bánh tráng hai lớp mỏng chồng khít, phơi nắng vừa khô, nướng "
        "trên lửa vỏ đậu phộng cho phồng mềm, rồi đem hứng sương ban đêm để bánh dẻo, không cần nhúng nước.",
    ),
    (
        "qFo056",
        "en",
        "peacetour",
        "Dew-softened rice paper technique (Trang Bang)",
        "Craft know-how: two thin layers spread on top of each other with a little salt, sun-dried, toasted over "
        "peanut-shell charcoal until puffed, then exposed to night dew about 5 minutes so the sheet turns supple, keeps "
        "its colour and needs no dipping; best eaten within a week.",
    ),
    (
        "qFo057",
        "en",
        "asiarice",
        "Training in thin, tough rice paper making (Tan Phuoc craft village)",
        "Master maker Trinh Phuoc Loc, who teaches villagers, trains producers in soaking and milling the flour and "
        "spreading sheets over a steaming pot onto bamboo screens; nearly 200 families in Tan Phuoc (Lai Vung) live "
        "from the trade.",
    ),
    (
        "qFo058",
        "vi",
        "mylong_blog",
        "Công thức bánh tráng dừa kiểu Mỹ Lồng: gạo lúa sỏi, nước cốt dừa, mè",
        "Chia sẻ bí quyết: dùng gạo lúa sỏi (Trà Vinh) để bánh không co rúm khi phơi, vo sạch, xay cùng nước cốt dừa, "
        "trộn mè đen hoặc trắng; phần cán bánh đã cơ giới hóa để làm quanh năm.",
    ),
    (
        "qFo059",
        "en",
        "mekongsense",
        "My Long coconut rice crackers: three grades and grilling know-how",
        "Craft village of My Thanh (Giong Trom) describes its product grades: special with milk, egg and coconut; "
        "standard with coconut only; milk without coconut; grilled over charcoal to a crisp, fragrant cracker.",
    ),
    (
        "qFo060",
        "en",
        "tayninhtour",
        "Geographical indication building for specialty rice paper",
        "Consultancy experience from Tay Ninh, which since 2004 built a brand and geographical indication for Trang Bang "
        "dew-softened rice paper, documenting what makes the local product distinct from look-alikes.",
    ),
    (
        "qFo061",
        "vi",
        "baophapluat",
        "Hỗ trợ đăng ký bảo hộ nhãn hiệu cho đặc sản bún, hủ tiếu",
        "Kinh nghiệm xây dựng thương hiệu hủ tiếu Mỹ Tho: được Cục Sở hữu trí tuệ cấp bảo hộ độc quyền tháng 12/2008, "
        "đạt chứng nhận Thương hiệu Việt 2009 và Cúp Vàng 2013; hướng dẫn hồ sơ nhãn hiệu cho làng nghề.",
    ),
    (
        "qFo062",
        "en",
        "joyfun",
        "Wheat-flour spring roll wrappers (Cantonese and Shanghai style)",  # D
        "Food maker supplies wheat-based wrappers: paper-thin steamed square sheets for deep-fried Cantonese rolls and "
        "round griddle-cooked Shanghai wrappers about 0.5-1 mm thick.",
    ),
    (
        "qFo063",
        "vi",
        "bantet",
        "Nồi nấu bánh tét điện công nghiệp (khuyến công Trà Vinh)",  # D
        "Đề án khuyến công hỗ trợ hộ kinh doanh bánh tét ở Đa Lộc, Châu Thành đầu tư nồi điện công nghiệp thay "
        "nấu củi, nâng năng suất và an toàn thực phẩm cho sản phẩm OCOP 3 sao.",
    ),
    # --- soaking and milling rice flour ---
    (
        "qFo064",
        "en",
        "rg_soak",
        "Soaking protocol for wet-milled rice flour (5 and 25 °C)",
        "National Taiwan University food science group: water uptake rises with temperature and levels off at 30-35%; "
        "moisture after soaking loosens kernels, giving small-particle flour with little starch damage. Protein, "
        "lipid and ash leach during soaking; low-lipid fine flours show higher peak viscosity.",
    ),
    (
        "qFo065",
        "vi",
        "rg_soak",
        "Xác lập chế độ ngâm gạo trước khi xay ướt làm bột",
        "Dịch vụ xác định thời gian và nhiệt độ ngâm (khảo sát ở 5 và 25 °C): gạo hút nước tới ngưỡng 30 – 35%; ẩm "
        "sau ngâm làm hạt xốp, cho bột mịn, ít tinh bột tổn thương; lưu ý protein, chất béo, khoáng bị hòa ra nước ngâm.",
    ),
    (
        "qFo066",
        "en",
        "omero",
        "Characterisation of rice flour milled with water and of soaking conditions",
        "Japanese research on water-milled flour: soaking softens grain by water absorption, making it easy to crush; "
        "compares with dry jet-milled flour, whose damaged starch and gelatinisation rise as particle size falls.",
    ),
    (
        "qFo067",
        "en",
        "freeze",
        "Freeze grinding as an alternative to wet grinding of rice",
        "Kasetsart University method: rice soaked in liquid nitrogen, then ground in a dry mill (hammer, roller or pin). "
        "Wet grinding gives the finest flour but uses the most energy, 13,868 kJ/kg; freeze grinding with a hammer mill "
        "cuts particle size and starch damage at dry-milling energy and raises sieving yield.",
    ),
    (
        "qFo068",
        "vi",
        "freeze",
        "Nghiền lạnh bằng nitơ lỏng thay xay ướt bột gạo",
        "Chuyển giao kết quả so sánh: xay ướt cho bột mịn nhất nhưng tốn 13.868 kJ/kg; ngâm gạo trong nitơ lỏng rồi "
        "nghiền búa cho hạt nhỏ, ít tinh bột tổn thương, hiệu suất rây cao hơn nghiền khô, năng lượng tương đương.",
    ),
    (
        "qFo069",
        "vi",
        "uplb_pin",
        "Máy nghiền kim và máy nghiền trục cho bột gạo khô",
        "Viện Khoa học và Công nghệ Thực phẩm (UPLB) cải tiến thiết bị: nghiền kim cho bột khô mịn nhất, mịn hơn khi "
        "tăng tốc độ và giảm ẩm nguyên liệu; máy nghiền trục tự chế đạt cỡ hạt 0,512 mm sau 5 lượt, thu hồi 97,9%.",
    ),
    (
        "qFo070",
        "en",
        "uplb_pin",
        "Pin mill and roller mill for dry-milled rice flour",
        "UPLB equipment work: dry milling avoids the discoloured, spoilage-prone flour of traditional wet milling; a pin "
        "mill gives the finest flour, while a fabricated roller mill reaches about 0.51 mm after five passes with 97.9% "
        "recovery. High-amylose rice gives the finest flour.",
    ),
    (
        "qFo071",
        "en",
        "maxtex",
        "Wet and dry milling systems for rice flour",
        "Equipment supplier explains and supplies both routes: dry milling by particle-on-particle contact for powders, "
        "and wet milling with liquid and grinding elements, decanted, hot-air dried and sieved, which reaches finer "
        "rice flour particles.",
    ),
    (
        "qFo072",
        "vi",
        "kitchenpearls",
        "Tư vấn quy trình làm sạch – ngâm – xay – rây bột gạo",
        "Hướng dẫn sản xuất bột gạo: làm sạch tạp chất, ngâm cho hạt hút nước mềm ra (ngâm lâu cho bột mịn đều hơn "
        "nhưng quá lâu làm bột dính, nhão), xay và rây thu bột mịn.",
    ),
    (
        "qFo073",
        "vi",
        "lua2",
        "Cung ứng bột gạo làng nghề Sa Đéc (bột tươi, bột khô)",
        "Làng nghề 358 hộ ở Tân Phú Đông, phường 2, Tân Quy Tây cung cấp bột từ gạo và tấm: ngâm mềm, xay cối đá, "
        "lắng lọc bằng nước sông Tiền pH trung tính; bột trắng tự nhiên, mịn, dai dùng làm hủ tiếu, bánh.",
    ),
    (
        "qFo074",
        "en",
        "tailieu_sadec",
        "Sustainable development plan for rice-flour craft villages",
        "Industrial Extension Centre of Dong Thap (Nguyen Minh Triet, Mai Van Doi) offers its SWOT-based approach for "
        "traditional rice-flour villages: technology upgrading, environment, trade names and market links.",
    ),
    (
        "qFo075",
        "en",
        "experts123",
        "Dry-process rice flour: short soak, surface drying, milling",
        "Simple flour route: rice soaked two to three hours in clean cool water, spread to dry about four hours, ground "
        "in a mill and kept airtight and cool because rice flour spoils easily.",
    ),
    (
        "qFo076",
        "en",
        "ricemill357",
        "Complete paddy milling line: cleaning, husking, whitening, colour sorting",  # D
        "Rice mill supplier: pre-cleaning, de-stoning, husking and husk aspiration, paddy separation, whitening and "
        "polishing, optional colour sorting, length grading, blending of brokens, weighing and bagging.",
    ),
    (
        "qFo077",
        "vi",
        "alpha3",
        "Nhà máy xay xát lúa gạo: bóc vỏ, xát trắng, phân loại tấm",  # D
        "Lắp đặt dây chuyền xay xát: làm sạch lúa (máy làm sạch 1,5 lần công suất xát), bóc vỏ bằng ma sát (trấu "
        "chiếm 20% khối lượng, bóc 90% trong một lượt), đánh bóng, sàng tách gạo nguyên, tấm lớn, tấm nhỏ.",
    ),
    (
        "qFo078",
        "en",
        "iaego",
        "Automated paddy soaking tanks ahead of dehusking",  # D
        "Mill with hydraulically tilting soaking tanks: two-stage soak of harvested paddy for 35-50 minutes, drained "
        "and fed by conveyor to the dehusker, polisher and grader; brokens go to bran recovery and husk is recycled.",
    ),
    (
        "qFo079",
        "en",
        "indianbrain",
        "Rice flour from broken rice for extruded snacks",  # D
        "Miller grinds broken grains from rice milling into gluten-free rice flour that gives a crunchy, light texture "
        "in extruded snacks and chips.",
    ),
    (
        "qFo080",
        "en",
        "csaxpert",
        "Puffed rice by hot-sand expansion",  # D
        "Process: rice pre-gelatinised by parboiling, boiling or soaking, then thrown into hot sand at about 250 °C to "
        "expand while keeping the grain shape.",
    ),
    # --- shelf life and packaging ---
    (
        "qFo081",
        "en",
        "cmu",
        "Vacuum packaging of fresh rice noodles in nylon pouches",
        "Chiang Mai University packaging division: of HDPE wrap, HDPE, PET and nylon pouches under vacuum, nylon gave "
        "the longest shelf life, 13 days at 25 °C; at 4 °C microbes and pH drop slow further and shelf life reaches "
        "29 days, limited then by retrogradation (hardening).",
    ),
    (
        "qFo082",
        "vi",
        "cmu",
        "Đóng gói chân không túi nylon kéo dài hạn dùng bún tươi",
        "Chuyển giao kết quả: so sánh màng HDPE, túi HDPE, PET và nylon hút chân không, túi nylon giữ bún tươi 13 "
        "ngày ở 25 °C; bảo quản 4 °C kéo dài tới 29 ngày, sau đó sợi cứng do thoái hóa tinh bột.",
    ),
    (
        "qFo083",
        "en",
        "huizhou",
        "Shelf-life prediction model for wet rice noodles (Arrhenius)",
        "Huizhou Institute for Food and Drug Control with a noodle company: improved wet rice noodles keep 96 h at "
        "4 °C, 72 h at 10 °C and 36 h at 25 °C; kinetic models built on overall sensory acceptability predict shelf "
        "life within 10% error, guiding formulation, transport and storage.",
    ),
    (
        "qFo084",
        "vi",
        "huizhou",
        "Mô hình dự đoán hạn sử dụng bánh phở, bún ướt theo nhiệt độ bảo quản",
        "Dịch vụ xây dựng mô hình động học Arrhenius cho sản phẩm bún, phở ướt: mẫu cải tiến giữ được 96 giờ ở 4 °C, "
        "72 giờ ở 10 °C, 36 giờ ở 25 °C; sai số dự đoán dưới 10%, làm căn cứ ghi hạn dùng và tổ chức vận chuyển.",
    ),
    (
        "qFo085",
        "en",
        "aw_irr",
        "Lowering water activity plus irradiation to extend fresh noodle shelf life",
        "Jiangnan University method: glycerol 3%, propylene glycol 2%, compound phosphate 0.4% and salt 3% cut water "
        "activity from 0.979 to 0.900 and extend shelf life more than sevenfold at 37 °C; combined with irradiation of "
        "4 kGy or more, bacteria hardly grow over 16 days.",
    ),
    (
        "qFo086",
        "vi",
        "aw_irr",
        "Giảm hoạt độ nước kết hợp chiếu xạ bảo quản mì, bún tươi",
        "Công thức giữ ẩm glycerol 3%, propylene glycol 2%, phosphate 0,4%, muối 3% hạ hoạt độ nước từ 0,979 xuống "
        "0,900, kéo dài hạn dùng hơn 7 lần; phối hợp chiếu xạ từ 4 kGy giữ tổng vi khuẩn dưới ngưỡng suốt 16 ngày ở 37 °C.",
    ),
    (
        "qFo087",
        "vi",
        "map_irr",
        "Bao gói khí điều biến 70% CO2 + 30% N2 kết hợp chiếu xạ liều thấp cho sợi tươi",
        "Kết quả nghiên cứu chuyển giao: bao khí 70% CO2/30% N2 kéo hạn dùng mì tươi ở 28 °C từ 2 lên 3 ngày; thêm "
        "chiếu xạ 1 – 3 kGy kéo dài thêm 5 – 8 ngày mà không làm giảm chất lượng nấu, kết cấu, cảm quan (5 kGy kéo "
        "dài 11 ngày nhưng hại chất lượng).",
    ),
    (
        "qFo088",
        "vi",
        "saya",
        "Đóng gói khí điều biến (MAP) cho thực phẩm nấu sẵn và mì tươi",
        "Cung cấp giải pháp MAP dùng hỗn hợp CO2 – N2: sản phẩm càng nhiều nước càng cần CO2 cao; nếu CO2 bị hấp thụ "
        "nhiều thì tăng N2 để bao không xẹp; kèm yêu cầu vệ sinh sản xuất nghiêm ngặt.",
    ),
    (
        "qFo089",
        "en",
        "semidried",
        "Storage quality assessment of semi-dried rice noodles",
        "Hunan research team tracks semi-dried rice noodles at 25 °C: plate count, broken rate and cooking loss rise, "
        "hardness and chewiness increase, crystallinity climbs from 3.48% to 18.62%; shows spoilage comes from microbes, "
        "ageing of starch and moisture migration together, to target preservation.",
    ),
    (
        "qFo090",
        "en",
        "foodpack_vac",
        "High-barrier multilayer films for vacuum packaging",
        "Packaging supplier: laminated or coextruded films combining barrier layers (PA/nylon, PET, PVDC, EVOH) with "
        "heat-sealable layers; vacuum brings oxygen below 1% and the film keeps it out.",
    ),
    (
        "qFo091",
        "en",
        "pamaroma",
        "Vacuum and modified-atmosphere packaging machines for fresh pasta",
        "Equipment maker: air removed from the bag and a measured gas mix added to slow decay, extend shelf life, "
        "control humidity and stop soft products such as fresh pasta from being crushed.",
    ),
    (
        "qFo092",
        "vi",
        "chitosan_cha",
        "Màng chitosan bảo quản chả cá lóc chiên ở nhiệt độ thấp",  # D
        "Sở KH&CN Vĩnh Long và ĐH Cần Thơ: nhúng chả cá 2 phút vào dung dịch chitosan 1,5% kết hợp sodium "
        "tripolyphosphate 0,2% để ức chế vi sinh khi bảo quản lạnh và đông.",
    ),
    (
        "qFo093",
        "en",
        "soltani",
        "Modified atmosphere packaging for fresh fruits and vegetables",  # D
        "University of Tehran review-based service: MAP alters package headspace gases to slow respiration and extend "
        "shelf life of fresh produce.",
    ),
    (
        "qFo094",
        "vi",
        "alginate",
        "Alginate kết hợp nanochitosan bảo quản củ ném",  # D
        "ĐH Nông Lâm Huế: bao alginate 2% cùng nanochitosan 0,05 – 0,4%, theo dõi hô hấp, hao hụt, tỷ lệ hư hỏng củ ném.",
    ),
    # --- texture, additives, food safety, quality ---
    (
        "qFo095",
        "en",
        "hydroxypropyl",
        "Hydroxypropyl starch (5%) to slow retrogradation of fresh rice noodles",
        "Henan University of Technology result: after 90 days' storage, noodles with 5% hydroxypropyl starch were 10.0% "
        "softer, broke 20.9% less and lost 13.0% less on cooking than controls, with a denser gel and lower "
        "crystallinity.",
    ),
    (
        "qFo096",
        "vi",
        "hydroxypropyl",
        "Bổ sung 5% tinh bột hydroxypropyl làm chậm thoái hóa bánh phở, bún tươi",
        "Chuyển giao công thức: sau 90 ngày bảo quản, sợi có 5% tinh bột hydroxypropyl giảm độ cứng 10%, giảm tỷ lệ "
        "gãy 20,9%, giảm hao hụt khi nấu 13% so với đối chứng; cấu trúc gel chặt hơn.",
    ),
    (
        "qFo097",
        "en",
        "curdlan",
        "Curdlan (2%) for firmer, sterilisable fresh rice noodles",
        "Research result: thermal sterilisation softens rice noodles; adding 2.0% curdlan strengthens hydrogen bonding "
        "and gel formation, cutting cooking breakage by 74.71% and cooking loss by 68.18% while hardness rises 19.82% "
        "and springiness 18.75%.",
    ),
    (
        "qFo098",
        "vi",
        "curdlan",
        "Phụ gia curdlan 2% giúp sợi bún tươi dai, chịu được thanh trùng",
        "Bổ sung 2% curdlan (polysaccharide tạo gel nhiệt) cho sợi gạo đã thanh trùng: tỷ lệ đứt khi nấu giảm "
        "74,71%, hao hụt giảm 68,18%, độ cứng tăng 19,82%, độ đàn hồi tăng 18,75%.",
    ),
    (
        "qFo099",
        "vi",
        "redjasmine_pmc",
        "Guar gum 0,2% cải thiện sợi bún ép đùn từ gạo đỏ",
        "Kết quả ĐH Mae Fah Luang: trong guar gum, CMC, xanthan (0,2 – 0,4%), guar gum 0,2% cho hao hụt nấu thấp nhất "
        "5,07%, độ bền kéo, độ dai tốt nhất, điểm chấp nhận 6,75; xanthan làm giảm chất lượng; hoạt tính chống oxy "
        "hóa của gạo màu giữ nguyên.",
    ),
    (
        "qFo100",
        "en",
        "redjasmine_scribd",
        "Hydrocolloids for organic red jasmine rice noodles",
        "Study-based advice: guar gum at 0.2% gives the highest tensile strength (47.25 g) and extensibility (16.02 mm) "
        "and lower cooking loss; guar gum and CMC raise setback viscosity; phenolics and antioxidant activity unaffected.",
    ),
    (
        "qFo101",
        "en",
        "glutenfree",
        "Gluten-free instant noodles from rice flour and mung bean starch",
        "Silpakorn University formulation: CMC lowers fat uptake and cooking time, guar gum improves texture and "
        "cooking yield, HPMC lowers cooking loss; guar gum or HPMC improve sensory scores, xanthan is undesirable.",
    ),
    (
        "qFo102",
        "vi",
        "glutenfree",
        "Mì ăn liền không gluten từ bột gạo và tinh bột đậu xanh",
        "Công thức có chất tạo keo: CMC giảm hút dầu và thời gian nấu, guar gum cải thiện cấu trúc, HPMC giảm hao hụt "
        "nấu; guar gum hoặc HPMC nâng điểm cảm quan, tránh xanthan.",
    ),
    (
        "qFo103",
        "en",
        "thai_commercial",
        "Quality testing of dried rice noodles: amylose, pasting, cooking, texture",
        "Mae Fah Luang University lab service: proximate composition, amylose, colour, RVA pasting, cooking loss, "
        "tensile strength, extensibility and sensory panels; higher setback and final viscosity track higher "
        "acceptability in commercial noodles.",
    ),
    (
        "qFo104",
        "vi",
        "thai_commercial",
        "Phân tích chất lượng bún, hủ tiếu khô thương phẩm",
        "Dịch vụ kiểm nghiệm: thành phần, amylose, màu, độ nhớt hồ hóa, hao hụt khi nấu, độ bền kéo, độ giãn, cảm "
        "quan; giúp so sánh sản phẩm với hàng bán chạy trên thị trường.",
    ),
    (
        "qFo105",
        "en",
        "noodle_review",
        "Rice noodle formulation and processing advice",
        "Food science review turned into consultancy: protein, ash, dough strength and amylose govern rice noodle "
        "quality; steaming partly replaces gluten; good noodles need bright colour, adequate shelf life without "
        "rancidity or spoilage, and good cooking texture.",
    ),
    (
        "qFo106",
        "vi",
        "phugia_luat",
        "Đào tạo quy định và nguyên tắc sử dụng phụ gia thực phẩm",
        "Khóa học về định nghĩa phụ gia theo Codex STAN 192:1995, EU, FDA; nhóm phụ gia được phép, cách tra cứu giới "
        "hạn và nguyên tắc dùng phụ gia trong chế biến, bao gói, bảo quản.",
    ),
    (
        "qFo107",
        "vi",
        "thanhnien_hanthe",
        "Test nhanh hàn the và kiểm nghiệm khẳng định cho sợi bún, mì",
        "Mô hình của Ban Quản lý an toàn thực phẩm: test nhanh hàn the tại chỗ, mẫu dương tính gửi phòng thí nghiệm "
        "kiểm nghiệm khẳng định vì test nhanh có sai số lớn.",
    ),
    (
        "qFo108",
        "vi",
        "thatim",
        "Tư vấn xây dựng HACCP: phân tích mối nguy sinh học, hóa học, vật lý",
        "Hướng dẫn nguyên tắc 1 của HACCP cho cơ sở thực phẩm: xác định mối nguy theo nguyên liệu, công thức, thiết "
        "bị, quy trình, thời gian và điều kiện bảo quản, làm nền cho việc xác định điểm kiểm soát tới hạn.",
    ),
    # --- wastewater of noodle and rice-flour villages ---
    (
        "qFo109",
        "vi",
        "lk_ww",
        "Thiết kế, thi công hệ thống xử lý nước thải sản xuất bún 150 m³/ngày.đêm",
        "Môi trường Quang Tiến Phát đã làm hệ thống cho Bún Long Khánh (Bình Lộc, Đồng Nai): nước thải ngâm gạo, xay, "
        "rửa bún có BOD5 800 – 1.200 mg/L, COD 1.500 – 2.000 mg/L, TSS 500 – 800 mg/L, dầu mỡ 50 – 80 mg/L, "
        "coliform trên 10^5; xử lý kết hợp cơ học – hóa lý – sinh học.",
    ),
    (
        "qFo110",
        "en",
        "lk_ww",
        "Design-build wastewater plant for a rice-noodle factory, 150 m³/day",
        "Environmental contractor: proven plant for a noodle maker in Dong Nai treating soaking, grinding and rinsing "
        "water with BOD5 800-1,200 mg/L, COD 1,500-2,000 mg/L and TSS 500-800 mg/L, using mechanical, physico-chemical "
        "and biological stages.",
    ),
    (
        "qFo111",
        "vi",
        "vndoc_ww",
        "Giải pháp nâng cao hiệu quả xử lý nước thải làng nghề bún",
        "Đề xuất thay công nghệ truyền thống thiếu đồng bộ ở làng nghề bún bằng bùn hoạt tính hoặc bể UASB, kèm quản "
        "lý và đầu tư để nước sau xử lý đạt quy chuẩn.",
    ),
    (
        "qFo112",
        "en",
        "vndoc_ww",
        "Upgrading wastewater treatment in rice-noodle villages (activated sludge, UASB)",
        "Assessment-based proposal: most noodle villages treat wastewater with outdated, uncoordinated systems that miss "
        "standards; switch to activated sludge or UASB reactors with better management.",
    ),
    (
        "qFo113",
        "vi",
        "ace_ww",
        "Hệ thống xử lý nước thải cơ sở sản xuất bún, phở (ACE)",
        "Giải pháp theo dòng thải: nước vo, rửa gạo 25 – 30%, nước rửa và làm nguội bún khoảng 40%, nước vệ sinh máy "
        "xay, máy đùn, vại lọc 20 – 23%; xử lý tinh bột, COD, BOD5, nitơ cao và mùi hôi trước khi xả.",
    ),
    (
        "qFo114",
        "en",
        "ace_ww",
        "Wastewater system for rice-noodle and pho workshops, sized by stream",
        "Contractor designs from the stream split: rice washing 25-30%, noodle rinsing and cooling about 40%, cleaning "
        "of mills, extruders and filter jars 20-23%; removes starch, COD, BOD5, nitrogen and odour.",
    ),
    (
        "qFo115",
        "vi",
        "dia_ww1",
        "Xử lý cơ học đầu nguồn cho nước thải sản xuất bún",
        "Gói thiết bị tiền xử lý: song chắn rác, bể tách dầu mỡ, bể lắng đứng loại cặn lớn bằng trọng lực, giảm tải "
        "cho công đoạn sinh học phía sau.",
    ),
    (
        "qFo116",
        "vi",
        "dia_ww2",
        "Xử lý sinh học nước thải cơ sở bún: hiếu khí aeroten hoặc kỵ khí UASB",
        "Thiết kế dây chuyền sinh học: aeroten – lắng – khử trùng cho tải vừa, UASB kỵ khí cho nước thải tinh bột nồng "
        "độ hữu cơ cao.",
    ),
    (
        "qFo117",
        "en",
        "dia_ww2",
        "Biological treatment for noodle workshops: aerobic tank or UASB",
        "Treatment design: aerated tank, settling and disinfection, or an anaerobic UASB reactor where starch-rich "
        "organic load is high.",
    ),
    (
        "qFo118",
        "en",
        "yeast_ww",
        "Wild-yeast treatment of high-strength vermicelli wastewater",
        "Screened starch- and protein-degrading, lactic-acid-tolerant yeasts treat vermicelli effluent with COD "
        "30,000-60,000 mg/L: batch removal of soluble COD 79-83%, semi-continuous at 7.14 days retention reaching "
        "about 92% at 1.03 kg COD/m³ per day.",
    ),
    (
        "qFo119",
        "vi",
        "yeast_ww",
        "Xử lý nước thải bún nồng độ cao bằng nấm men hoang dại tuyển chọn",
        "Chủng nấm men phân giải tinh bột, protein, chịu axit lactic; với nước thải COD 30.000 – 60.000 mg/L đạt khử "
        "COD hòa tan 79 – 83% (mẻ) và khoảng 92% khi vận hành bán liên tục, thời gian lưu 7,14 ngày.",
    ),
    (
        "qFo120",
        "en",
        "aspergillus",
        "Aspergillus niger pellets plus activated sludge for raw-starch wastewater",
        "Fungal pellets take up raw starch granules: batch removal of starch 90%; continuous 28-day runs above 77%; "
        "multi-stage fungal plus activated-sludge process reaches 100% total sugar and over 86% TOC removal.",
    ),
    (
        "qFo121",
        "en",
        "tapioca_clean",
        "Clean technology for starch processors: water reuse and biogas",
        "Chulalongkorn University options tested in eight starch plants: reuse and recycling of water, process "
        "changes that cut starch loss, and biogas from wastewater replacing fuel oil in burners.",
    ),
    (
        "qFo122",
        "vi",
        "tapioca_clean",
        "Sản xuất sạch hơn cho cơ sở chế biến tinh bột",
        "Tư vấn tái sử dụng nước, sửa quy trình để giảm thất thoát tinh bột, dùng biogas từ nước thải thay dầu đốt; "
        "đã giảm chi phí nước và nhiên liệu ở các nhà máy áp dụng.",
    ),
    (
        "qFo123",
        "en",
        "gam_thesis",
        "Assessment of wastewater treatment in rice-noodle craft villages",
        "VNU University of Science (Tran Thi Hong Gam, supervised by Prof. Dang Kim Chi, 2013) evaluates treatment "
        "technologies used in noodle villages and proposes ways to raise their efficiency; offered as survey method.",
    ),
    (
        "qFo124",
        "vi",
        "toana",
        "Xử lý nước thải làng nghề theo đặc trưng từng nghề",
        "Toàn Á thiết kế hệ thống cho làng nghề: chọn MBR, kỵ khí, hóa học hay vật lý tùy tính chất nước thải, vì "
        "nhiều hộ cùng sản xuất tạo lưu lượng lớn.",
    ),
    (
        "qFo125",
        "en",
        "sadec_thesis",
        "Cluster wastewater treatment for rice-flour and pig-raising households",
        "HUTECH environmental engineering study (Tan Phu Dong, Sa Dec): survey of discharges and a cluster option that "
        "treats the combined flour-making and pig wastewater of neighbouring households in shared works.",
    ),
    (
        "qFo126",
        "vi",
        "sadec_thesis",
        "Phương án xử lý nước thải theo cụm hộ làm bột kết hợp nuôi heo",
        "Đồ án HUTECH: khảo sát hiện trạng xả thải làng nghề bột Tân Phú Đông (Sa Đéc) và thiết kế xử lý tập trung "
        "theo cụm cho nước thải làm bột và chuồng heo.",
    ),
    (
        "qFo127",
        "en",
        "cornstarch",
        "Starch wastewater treatment and reclamation routes",
        "Review of corn starch effluent (COD 8,000-15,000 mg/L, SS 1,000-3,000 mg/L, pH 4.2-5): biological, "
        "physico-chemical, pond and photosynthetic bacteria processes and combined reclamation.",
    ),
    (
        "qFo128",
        "vi",
        "songphung",
        "Tư vấn chọn công nghệ xử lý nước thải sản xuất bún (Song Phụng)",
        "Môi trường Song Phụng khảo sát và đề xuất công nghệ cho cơ sở bún, từ kinh nghiệm các điểm ô nhiễm như Ngãi "
        "Chánh (Bình Định), Nghi Xuân (Hà Tĩnh), Nghĩa Mỹ (Quảng Ngãi, hơn 70 hộ làm bún nuôi heo).",
    ),
    (
        "qFo129",
        "en",
        "ricestarch_coag",
        "Unmodified rice starch as a natural coagulant for palm oil mill effluent",  # D
        "Monash University: 0.28 g/L rice starch with 0.38 g/L alum at pH 4.45 removes 86.65% TSS and 49.23% COD from "
        "POME, cutting alum dose by 47.95%.",
    ),
    (
        "qFo130",
        "vi",
        "modstarch",
        "Xử lý nước thải tinh bột biến tính nhiễm mặn",  # D
        "Tổ hợp vi điện phân, kỵ khí hai pha, hiếu khí và điện phân cho nước thải nhà máy tinh bột oxy hóa có NaCl cao.",
    ),
    # --- by-products, biogas ---
    (
        "qFo131",
        "en",
        "biogas_vn",
        "Household biogas digesters: insulation and feeding practice for more gas",
        "Field research on composite digesters in Vietnam: insulating with Styrofoam and storing slurry in the mixing "
        "tank until its temperature peaks around 14:00 raise digester temperature and biogas output; algorithms link "
        "digester temperature to slurry temperature.",
    ),
    (
        "qFo132",
        "vi",
        "biogas_vn",
        "Hầm biogas composite hộ gia đình: cách nhiệt và nạp liệu đúng giờ",
        "Kết quả thử nghiệm bốn hầm composite chôn ngầm: bọc xốp cách nhiệt, ủ phân trong bể trộn tới khoảng 14 giờ "
        "mới nạp giúp hầm ấm hơn, sinh khí nhiều hơn.",
    ),
    (
        "qFo133",
        "vi",
        "biogas_fao",
        "Tập huấn công nghệ biogas cho hộ sản xuất (tài liệu FAO/CMS)",
        "Khóa khuyến nông về hệ thống biogas: vi khuẩn sinh metan, thiết kế hầm, vật liệu, khí hậu, nguyên liệu nạp; "
        "khí gồm 50 – 70% CH4, 30 – 40% CO2, nhiệt trị 20 MJ/m³, đốt hiệu suất 60% trên bếp biogas.",
    ),
    (
        "qFo134",
        "en",
        "pigbiogas",
        "1,000 m³ UASB digester for a 10,000-pig farm",  # D
        "Yunnan breeding farm case: digester treats up to 150 t of pig waste a day, removes up to 90% of pollutants and "
        "pipes biogas free to 42 village households.",
    ),
    (
        "qFo135",
        "en",
        "adb",
        "Agricultural-waste biogas programme for rural households",  # D
        "ADB-financed project ($33.1 million) spreading biomass renewable energy in four Chinese provinces: household "
        "biogas stoves replacing coal.",
    ),
    (
        "qFo136",
        "en",
        "bran_stab",
        "Rice bran stabilisation by dry extrusion",  # D
        "Bran held at 100-140 °C and kept hot 3-5 min after extrusion to inactivate lipase, then air-cooled; dry "
        "extrusion suits bran used as a food ingredient.",
    ),
    # --- heat for kilns and dryers ---
    (
        "qFo137",
        "en",
        "irri_husk",
        "Rice husk furnace for dryers (IRRI and Nong Lam University)",
        "Husk furnaces with inclined grates or an up-scaled Hohenheim inverted-draft automatic furnace whose single "
        "feeding lasts an hour; in Vietnam 2.5 kg husk gives the heat of 1 kg good coal at one seventh of the cost; "
        "should burn without smoke or fly ash.",
    ),
    (
        "qFo138",
        "vi",
        "irri_husk",
        "Lò đốt trấu cấp nhiệt cho máy sấy (IRRI – ĐH Nông Lâm TP.HCM)",
        "Trung tâm Năng lượng và Máy nông nghiệp chuyển giao lò đốt trấu ghi nghiêng và lò hút ngược tự động (mỗi lần "
        "nạp cháy 1 giờ); 2,5 kg trấu cho nhiệt bằng 1 kg than tốt với giá chỉ 1/7.",
    ),
    (
        "qFo139",
        "en",
        "belonio",
        "Continuous-flow rice husk gasifier for small thermal uses",
        "Central Philippine University design: one reactor runs continuously, feeding husk and discharging char without "
        "stopping; gas burns in jet, pipe or drum burners; PHP 35,000 per unit, 0.4 kW electricity, payback under one "
        "year against LPG; char (40% of husk) for soil.",
    ),
    (
        "qFo140",
        "vi",
        "belonio",
        "Lò khí hóa trấu liên tục thay gas LPG cho bếp nhiệt nhỏ",
        "Lò một buồng phản ứng chạy liên tục, nạp trấu và xả than không phải dừng; khí cháy dùng cho đầu đốt kiểu "
        "phun, ống, thùng; tiêu thụ điện 0,4 kW, hoàn vốn dưới 1 năm so với LPG.",
    ),
    (
        "qFo141",
        "en",
        "cyclonic",
        "Cyclonic rice husk furnace for a 10 t/h fluidised-bed paddy dryer",  # D
        "Thai university furnace: 110-136 kg/h husk feed, combustion gas 523-710 °C, thermal efficiency 57-73%, payback "
        "1,200 h versus diesel burners; more than 40 units sold.",
    ),
    (
        "qFo142",
        "en",
        "ricetoday",
        "Downdraft rice husk furnace for flatbed grain dryers",  # D
        "IRRI semi-automated downdraft furnace with timer-controlled husk feeding; the burning bed filters ash so clean "
        "hot air reaches seed and grain dryers.",
    ),
    (
        "qFo143",
        "vi",
        "vjas_corn",
        "Máy sấy ngô dùng khí hóa phế thải nông nghiệp SN-1,0",  # D
        "Học viện Nông nghiệp Việt Nam: vít tải đứng đảo trộn hạt trong buồng sấy, khí nóng từ lò khí hóa phụ phẩm.",
    ),
    # --- neighbouring rice products ---
    (
        "qFo144",
        "vi",
        "suamilk",
        "Quy trình sản xuất sữa gạo lứt",  # D
        "Khóa luận ĐH Sư phạm Kỹ thuật TP.HCM: rang gạo, hồ hóa tạo dịch, phối đường, creamer, chất ổn định.",
    ),
    (
        "qFo145",
        "vi",
        "lilycare",
        "Công nghệ chống ôi khét màng gạo lứt",  # D
        "Nghiên cứu viên Bùi Huy Thanh (Viện Công nghệ sau thu hoạch) giới thiệu công nghệ xử lý chống ôi khét, phân "
        "hủy màng tinh chất gạo lứt để dùng làm thực phẩm.",
    ),
    (
        "qFo146",
        "en",
        "bran_chem",
        "Rice bran oil: composition and health-oil markets",  # D
        "Bran is 3-8% of the kernel and holds 10-23% oil; rice bran oil sells as a healthy speciality oil.",
    ),
    (
        "qFo147",
        "vi",
        "bran_ext",
        "Dây chuyền ép, trích ly dầu cám gạo",  # D
        "Ổn định cám, trích ly hexan, thu hồi dung môi, tinh luyện (khử gum, trung hòa, tẩy màu, khử mùi).",
    ),
    (
        "qFo148",
        "vi",
        "bbrtv",
        "Mô hình công nghiệp hóa bún đóng gói theo tiêu chuẩn (bún ốc Liễu Châu)",
        "Kinh nghiệm Quảng Tây: chính quyền và doanh nghiệp cùng xây bộ tiêu chuẩn, nhà máy kính trong suốt cho khách "
        "tham quan, đóng gói bún kèm gói gia vị để bán xa, biến món bún địa phương thành ngành hàng lớn.",
    ),
    # --- further listings ---
    (
        "qFo149",
        "vi",
        "noodleblog",
        "Quy trình bún gạo ăn liền: hấp bột, ép sợi, sấy khí nóng 80 °C",
        "Chuyển giao quy trình: gạo tẻ xát khoảng 92% ngâm 2 – 4 giờ, xay, ép bớt nước, hấp 80 phút, nhào và ép "
        "sợi, hấp tiếp 30 phút, nhúng nước trên 80 °C rồi sấy khí nóng 80 °C để tinh bột không thoái hóa, sợi hoàn "
        "nguyên nhanh trong nước nóng.",
    ),
    (
        "qFo150",
        "vi",
        "sadec_tcct",
        "Giải pháp phát triển làng nghề sản xuất bột gạo",
        "Tạp chí Công Thương phân tích làng bột Sa Đéc và đề xuất: ứng dụng công nghệ vào sản xuất, nâng trình độ lao "
        "động, quảng bá thương hiệu, đăng ký nhãn hiệu, bao bì, gắn kết sản xuất với tiêu thụ.",
    ),
    (
        "qFo151",
        "en",
        "petridish",
        "Instant noodle blocks: wheat flour, palm oil, flash frying",  # D
        "Explainer-style offer for instant noodle makers: wheat flour, palm oil and salt noodle blocks, flash fried (Asia) "
        "or air dried (West), sold with seasoning powder and oil sachets.",
    ),
    (
        "qFo152",
        "en",
        "dia_ww1",
        "Mechanical pretreatment package for noodle wastewater",
        "Bar screens, grease trap and vertical settling tank that remove debris, grease and coarse solids before "
        "biological treatment, lightening the load on later stages.",
    ),
    (
        "qFo153",
        "vi",
        "greatfood",
        "Máy sấy bơm nhiệt nhiệt độ cao cho thực phẩm",
        "Nhà sản xuất cung cấp máy sấy bơm nhiệt tiết kiệm 40 – 70% năng lượng, sấy dịu giữ màu, mùi; điều chỉnh "
        "nhiệt từ -20 đến 110 °C (có gia nhiệt phụ) và độ ẩm 15 – 80%.",
    ),
    (
        "qFo154",
        "vi",
        "aspergillus",
        "Xử lý nước thải chứa tinh bột sống bằng viên nấm Aspergillus niger và bùn hoạt tính",
        "Viên nấm hấp thu hạt tinh bột: khử 90% tinh bột trong thí nghiệm mẻ, trên 77% khi chạy liên tục 28 ngày; "
        "hệ nhiều bậc nấm – bùn hoạt tính khử 100% đường tổng, trên 86% TOC.",
    ),
    (
        "qFo155",
        "en",
        "lua2",
        "Rice flour supply from the Sa Dec craft village",
        "358 households around Tan Phu Dong supply fresh and dry flour from rice and broken rice, soaked, stone-ground "
        "and settled in neutral-pH Tien river water; naturally white, fine, chewy flour for noodles and cakes.",
    ),
    (
        "qFo156",
        "vi",
        "tuoitre_sadec",
        "Bí quyết sợi hủ tiếu Sa Đéc từ bột gạo làng nghề Ngã Bát",
        "Các hộ Tân Phú Đông, phường 2 chia sẻ công thức gia truyền: bột từ làng bột, pha bột, tráng bánh, uốn sợi "
        "vào khuôn, phơi nắng bên sông; sợi mềm, dai vừa, không chua, trụng không bở.",
    ),
    (
        "qFo157",
        "vi",
        "semidried",
        "Đánh giá biến đổi chất lượng bún bán khô khi bảo quản nhiệt độ thường",
        "Nhóm nghiên cứu Hồ Nam: ở 25 °C, vi sinh, tỷ lệ gãy, hao hụt nấu tăng; độ cứng, độ dai tăng; độ kết tinh từ "
        "3,48% lên 18,62%; nguyên nhân gồm vi sinh, lão hóa tinh bột và di chuyển ẩm.",
    ),
    (
        "qFo158",
        "en",
        "khpt",
        "Flue-gas heat recovery dryer for rice paper kilns",
        "Da Nang University of Technology students built a hot-air dryer fed by kiln exhaust at 250-350 °C: saves "
        "energy and cost, works in any weather and replaces polluting husk, wood or charcoal drying fires.",
    ),
]
