"""Offers for holdout153 (cassava and sweet potato processing): (id, language, source key, title, description)."""

OFFERS = [
    # --- fresh-root storage ---
    (
        "nYo001",
        "vi",
        "kl_bachkhoa_san",
        "Buồng chữa lành và bảo quản củ sắn tươi sau thu hoạch",
        "Đơn vị kho lạnh chuyển giao quy trình chữa lành (curing) củ sắn ngay sau khi đào: giữ củ ở 30–40°C, ẩm "
        "độ 80–85% trong 4–8 ngày để vết trầy liền lại; lớp tế bào mới hình thành sau 1–4 ngày và mô bảo vệ dày "
        "sau 3–5 ngày, hạn chế nấm bệnh và mất nước. Kèm hướng dẫn vùi củ trong cát, rơm, mạt cưa hoặc bột xơ dừa "
        "cho hộ nông thôn chi phí thấp.",
    ),
    (
        "nYo002",
        "en",
        "247doc_san_sth",
        "Improved storage options that keep fresh cassava roots for 6-8 weeks",
        "Review-based advisory package on fresh cassava postharvest handling. Explains physiological deterioration "
        "(blue-black streaking visible after about 24 hours) versus fungal and mechanical damage, and compares "
        "improved storage: moist sawdust boxes, sealed PE/PP bags, fungicide-treated bags, humid pits, cold rooms, "
        "paraffin waxing and modified atmosphere, which extend shelf life to 6-8 weeks depending on conditions.",
    ),
    (
        "nYo003",
        "vi",
        "cunghoidap_san",
        "Kỹ thuật vùi đất, vùi cát giữ sắn tươi đến 45 ngày",
        "Hướng dẫn bảo quản sắn tươi bằng cách xếp củ xen lớp đất hoặc cát dày 5–7 cm, lớp phủ trên cùng 10–15 cm "
        "nện chặt; đống tròn đường kính 1,5–2 m hoặc luống rộng 1,5 m, đào rãnh thoát nước xung quanh. Chỉ dùng sắn "
        "già, củ nguyên vỏ, để cuống dài, đưa vào bảo quản trong vòng 8 giờ sau khi đào. Thời gian giữ tối đa "
        "khoảng 45 ngày.",
    ),
    (
        "nYo004",
        "en",
        "123doc_baoquansan_muoi",
        "Sealed polyethylene bag storage of unwashed cassava roots",
        "Low-cost method adapted from trials in Trinidad: unwashed roots packed right after harvest in sealed "
        "polyethylene bags of about 0.038 mm stay sound for around 4 weeks at ambient temperature (about 23°C at "
        "night, 30°C by day). Labour-intensive but cheap where bags are produced locally; also covers hot-water "
        "dipping, fungicide treatment and chilled storage as alternatives.",
    ),
    (
        "nYo005",
        "vi",
        "123doc_baoquansan_muoi",
        "Muối sắn củ tươi thái nhỏ dự trữ làm thức ăn gia súc",
        "Cách dự trữ sắn theo kinh nghiệm Brazil: cứ 100 kg sắn tươi thái nhỏ trộn 2–3 kg muối ăn trong thùng gỗ, "
        "nén vật nặng, chắt bỏ nước rỉ; đây là lên men lactic như làm dưa. Sau khoảng 3 tuần có thể thái cho bò, lợn "
        "ăn dần, giữ được đến 1 năm. Lên men trong bể xi măng cho sản phẩm gia súc ưa ăn hơn bể kim loại.",
    ),
    (
        "nYo006",
        "en",
        "tf_cock_postharvest",
        "Freezing and handling protocols for fresh cassava roots",
        "Postharvest technology brief: physiological deterioration of harvested cassava often starts within 24 "
        "hours and is linked to scopoletin build-up, with microbial rot usually within a week. Freezing of roots, "
        "as practised for export in the Dominican Republic and Costa Rica and for urban supply in Colombia, is "
        "offered as an option, together with coordination of harvest and processing schedules.",
    ),
    (
        "nYo007",
        "en",
        "scribd_lozano_storage",
        "Pre-harvest pruning and lined-bag packing against cassava root deterioration",
        "CIAT research result offered for field testing: pruning the cassava plants 2-3 weeks before harvest, or "
        "packing harvested roots in polyethylene-lined paper bags, prevents physiological deterioration; a dip in "
        "a broad-spectrum fungicide controls microbial rot, which otherwise appears after about ten days.",
    ),
    (
        "nYo008",
        "vi",
        "gtz_cassava_storage",
        "Giữ củ sắn trong bể nước để làm chậm hiện tượng thâm xanh",
        "Tài liệu GTZ về bảo quản truyền thống: củ sắn bắt đầu hư sau 2–3 ngày, trước hết là hiện tượng thâm xanh "
        "đen từ bó mạch ở mặt cắt do ôxy hóa nội sinh, không do vi sinh vật; giai đoạn sau mới là thối do vi sinh. "
        "Cắt nguồn ôxy, ví dụ ngâm củ trong bể nước, làm chậm thâm màu. Tư vấn xử lý củ trong thời gian chờ chế biến.",
    ),
    (
        "nYo009",
        "en",
        "harvestmoney_store",
        "Drained trench storage for cassava roots",
        "Extension guide: harvest when the soil is moist, cut roots leaving 2-5 cm of stem, avoid bruising and "
        "treat unpeeled roots with fungicide. Store mature undamaged roots in trenches 1 m wide and 30-40 cm deep "
        "on sloping shaded ground, layered with soil; 1 m of trench holds 70-80 kg, with a drainage ditch 20 cm "
        "wide and 5-10 cm deeper at the low end.",
    ),
    (
        "nYo010",
        "en",
        "ncsweet_curing",
        "Sweet potato curing and long-term storage rooms",
        "Commercial practice from North Carolina: start curing within 1-2 hours of harvest, for 4-7 days at "
        "80-85°F and 90-95% relative humidity with ventilation, then hold at 55-60°F and 85% RH with a full air "
        "change daily. Cured roots keep up to 12 months; shrinkage is 1-2% a month cured versus 2-5% uncured. "
        "Below 55°F hardcore develops; above 60°F roots sprout and break down.",
    ),
    (
        "nYo011",
        "vi",
        "smf_sp_curing",
        "Chữa lành vỏ khoai lang trước khi tồn trữ",
        "Hướng dẫn xử lý khoai lang trong vòng 1–2 giờ sau khi đào: đưa vào phòng ấm ẩm 29–32°C, ẩm độ 80–95% "
        "trong 4–7 ngày để vỏ dày lên, vết thương liền và một phần tinh bột chuyển thành đường; điều kiện kém hơn "
        "có thể cần tới 3 tuần. Ẩm độ dưới 66% thì vết thương không lành, khoai khó giữ lâu.",
    ),
    (
        "nYo012",
        "en",
        "sweetarmor_curing",
        "Curing schedule and ventilation for sweet potato packers",
        "Guidance for growers and packers: cure storage roots at 80-85°F and about 90% relative humidity for "
        "roughly 6-8 days with good ventilation, adjusting duration for cultivars prone to sprouting. Curing heals "
        "harvest wounds and improves appearance, flavour and shelf life; uncured 'green' roots must be packed and "
        "shipped quickly.",
    ),
    (
        "nYo013",
        "vi",
        "ufoesa_khoailang_bq",
        "Quy trình bảo quản khoai lang tươi quy mô cơ sở sản xuất",
        "Quy trình gồm thu hoạch, làm sạch, phân loại, hong khô, xử lý chống nấm, hong khô lần hai rồi xử lý chống "
        "nảy mầm trước khi đưa vào kho. Ở 13–16°C và ẩm độ 85–90% khoai lang có thể giữ khoảng 6 tháng; tránh "
        "để gần nguồn nóng hay trong tủ lạnh, có thể vùi trong cát khô.",
    ),
    (
        "nYo014",
        "vi",
        "123doc_khoailang_ham",
        "Bảo quản khoai lang trong hầm và luống cát khô",
        "Khoai lang chứa trên 80% nước, vỏ mỏng nên dễ hà, thối. Giới thiệu ba cách: hầm đào sâu kiểu lòng chum có "
        "nắp và rãnh thoát nước, hầm bán lộ thiên sâu trên 1 m có tường đất và mái che, và luống cát khô rộng "
        "1,2–1,5 m với đầu củ quay ra ngoài; chỉ chọn củ lành, vận chuyển nhẹ tay, kiểm tra định kỳ.",
    ),
    (
        "nYo015",
        "vi",
        "123doc_tim_baoquan",
        "Giải pháp bảo quản khoai lang tím không dùng hóa chất độc hại",
        "Kết quả nghiên cứu phối hợp với Bộ môn Bảo quản chế biến, Viện Nghiên cứu Rau quả: thử nghiệm các biện "
        "pháp thân thiện môi trường để kéo dài thời gian bảo quản củ khoai lang tím sau thu hoạch, thay cho hóa "
        "chất chống nấm, chống nảy mầm thông thường.",
    ),
    (
        "nYo016",
        "en",
        "tf_vascular_streak",
        "Short-term fresh holding of cassava tubers for processors",
        "Study on varietal behaviour: vascular streaking appeared on the 2nd or 3rd day of storage in all "
        "varieties tested and tracked rising phenols and acidity. Traditional holding by heaping with daily "
        "watering or coating with mud keeps roots fresh for about 4-6 days, enough to bridge transport to a "
        "distant processing site.",
    ),
    # --- peeling, washing and grating ---
    (
        "nYo017",
        "en",
        "rsc_grater",
        "Hygienic portable cassava grater, about 173 kg per hour",
        "Small-scale grater built around a stainless-steel drum with crevice-free contact parts, driven by a "
        "single-phase 1 hp motor at 1440 rpm. Tests gave 173.43 kg/h throughput, 96.4% efficiency and 3.6% "
        "material loss; fabrication cost about US$151. Suited to households and rural processing groups; a "
        "solar-powered version is planned.",
    ),
    (
        "nYo018",
        "vi",
        "researcher_hopper",
        "Cải tiến phễu nạp máy mài củ sắn, tăng gấp đôi năng suất",
        "Giải pháp cải tiến máy mài dạng trống: một mặt phễu được gắn bản lề, lật được 15–30°, cho củ tiếp xúc "
        "mặt mài trên cung 120° thay vì 90° và điều chỉnh được khe giữa trống và phễu. Bột nhão mịn hơn, gần như "
        "không còn mẩu sắn chưa mài, năng suất tăng tới 100% so với máy thường.",
    ),
    (
        "nYo019",
        "en",
        "scribd_grater_buy",
        "Advice on choosing a drum grater or hammer mill for cassava",
        "Equipment guidance for processors: after peeling and washing, roots are reduced either on a rotating drum "
        "grater (drum 200-300 mm across, 400-500 mm long, 100-1500 rpm, particle size 0.5-1.0 mm set by the "
        "clearance) or in a hammer mill. Drum graters cost less and use less power but wear fast; the note helps "
        "match machine to product.",
    ),
    (
        "nYo020",
        "vi",
        "garri_peeler",
        "Máy bóc vỏ sắn nằm ngang vừa bóc vừa rửa sạch",
        "Xưởng cơ khí giới thiệu máy bóc vỏ sắn kiểu nằm ngang: củ được cào mài vỏ đồng thời rửa sạch gần như hoàn "
        "toàn. So với kiểu đứng dùng lớp cát mài gắn keo, kiểu nằm ngang đã cải tiến để bóc được cả lớp vỏ thứ hai, "
        "giảm công gọt tay.",
    ),
    (
        "nYo021",
        "en",
        "evelyn_peeler",
        "Roller-type abrasive cassava peeling machine",
        "Peeler that removes cassava skin by controlled friction: tubers tumble against a wall of rollers with "
        "rough, grated surfaces turning at slow, moderate speed, so skin is scraped off root after root and "
        "discharged by an extruding arm. Handles hundreds of roots in minutes instead of a full day of hand "
        "peeling.",
    ),
    (
        "nYo022",
        "en",
        "tf_odigboh_peeler",
        "Two mechanical designs for peeling cassava roots",
        "Engineering design offered for licensing: a continuous peeler with a cylindrical knife assembly and a "
        "solid cylinder mounted 20 mm apart on an inclined frame, and a batch peeler in which roots are tumbled "
        "with inert abrasive material in a rotating vessel. Prototype performance data available.",
    ),
    (
        "nYo023",
        "vi",
        "scribd_peeler_grater",
        "Máy hai trong một: bóc vỏ và mài củ sắn chạy điện",
        "Đề tài thiết kế, chế tạo máy kết hợp bóc vỏ và mài sắn dùng động cơ điện, do nhóm kỹ sư Đại học Southern "
        "Mindanao thực hiện, có đánh giá hiệu suất và năng suất. Phù hợp cơ sở nhỏ làm bánh, bột sắn đang gọt và "
        "mài thủ công, mất vệ sinh và tốn nhân công.",
    ),
    (
        "nYo024",
        "en",
        "csm_howto",
        "Root cleaning section: dry sieve and paddle washer",
        "Equipment supplier offer for the front end of a tapioca line: a dry sieve drum knocks off sand, stones, "
        "weeds and metal attached to harvested roots, then a paddle washer scrubs off soil and most of the peel "
        "before the roots go to the rasper.",
    ),
    (
        "nYo025",
        "vi",
        "starchprod_tapioca",
        "Bóc vỏ lụa và nghiền hai lần trước khi tách tinh bột",
        "Tư vấn công đoạn chuẩn bị nguyên liệu: rửa, bóc vỏ ngoài và tốt nhất cả vỏ lụa dày 2–3 mm, nơi tập trung "
        "phần lớn xyanua, để tinh bột không bị sẫm màu; nghiền bằng máy trục răng cưa hoặc máy búa, có thể nghiền "
        "lần hai. Tinh bột thô được rửa thêm bằng dung dịch vôi 0,3% để tinh chế.",
    ),
    # --- starch extraction, refining and drying ---
    (
        "nYo026",
        "en",
        "csm_extraction",
        "Complete wet-process tapioca starch line",
        "Turnkey line for fresh roots holding 25-32% starch: cleaning, paddle washing, rasping into pulp, "
        "screening starch from fibre, desanding, concentration and refining, dewatering of starch milk and "
        "negative-pressure drying, then packing. The rasping step largely sets the starch yield; sized for small "
        "and medium factories.",
    ),
    (
        "nYo027",
        "vi",
        "csm_howto",
        "Cụm sàng ly tâm và hydrocyclone tách xơ, protein",
        "Nhà cung cấp thiết bị chào cụm tách tinh bột: dịch bột sau máy mài (rasper tốc độ cao, giải phóng cả tinh "
        "bột liên kết) qua sàng ly tâm và sàng xơ mịn để loại xơ, rồi vào trạm hydrocyclone loại protein và dịch "
        "bào, cho sữa tinh bột sạch có nồng độ ổn định trước khi tách nước và sấy.",
    ),
    (
        "nYo028",
        "en",
        "thai_tapioca_overview",
        "Water and mass balance audit for tapioca starch plants",
        "Audit based on eight Thai factories: roots go through a sand-removal drum and rinsing gutter, are chopped "
        "to 20-25 mm and rasped with water, then pass three or four centrifugal extractors in series (coarse "
        "perforated basket, fine filter cloth) with sulfur water for bleaching; a pulp extractor recovers starch "
        "left in the fibre. Identifies where water use and losses can be cut.",
    ),
    (
        "nYo029",
        "en",
        "scribd_starch_process",
        "Hydrocyclone bank and flash dryer package for cassava starch",
        "Process package: magnetic trap and sand cyclone to clean starch milk, multi-stage centri-sieves to remove "
        "fibre and protein, a bank of 3-4 hydrocyclones that purifies and concentrates milk from 2-3% to about 15%, "
        "a dewatering centrifuge, then a flash dryer with air heater and heat exchanger.",
    ),
    (
        "nYo030",
        "vi",
        "tapchicongthuong_tayninh",
        "Máy ly tâm đĩa tách mủ mì 3,4 tấn tinh bột/giờ",
        "Mô hình trình diễn khuyến công ở Tây Ninh: máy tách ly tâm đĩa DPF550, công suất 3,4 tấn tinh bột mỗi giờ, "
        "cắt bột tự động bằng thủy lực. Thay cho lắng bằng máng xi măng mất 10–12 giờ, máy cho ra sản phẩm sau khoảng "
        "2 giờ. Đề án tổng kinh phí hơn 1,15 tỷ đồng, có phần hỗ trợ từ khuyến công quốc gia.",
    ),
    (
        "nYo031",
        "vi",
        "arit_sepa",
        "Dây chuyền tách mủ tinh bột mì bằng máy Sê-pa 150 tấn/ngày",
        "Chuyển giao mô hình đã chạy ở Châu Thành, Tây Ninh: máy Sê-pa Alfa Laval TX-712B-34CH (Thụy Điển) công suất "
        "150 tấn tinh bột/ngày, khoảng 45.000 tấn/năm, quy trình 9 công đoạn từ tiếp nhận củ tươi, tách tạp chất, vỏ "
        "gỗ, bóc vỏ lụa, rửa đến tách mủ và sấy; tạo việc làm cho khoảng 150 lao động.",
    ),
    (
        "nYo032",
        "vi",
        "timtailieu_sxsh",
        "Đánh giá sản xuất sạch hơn cho nhà máy tinh bột sắn",
        "Dịch vụ đánh giá theo tài liệu hướng dẫn sản xuất sạch hơn ngành tinh bột sắn do Trung tâm Sản xuất sạch "
        "Việt Nam (Viện KH&CN Môi trường, ĐH Bách khoa Hà Nội) biên soạn trong chương trình hợp tác Việt Nam – Đan "
        "Mạch: rà soát nguyên liệu, nước, năng lượng, đề xuất giải pháp giảm thất thoát và chi phí xử lý môi trường.",
    ),
    (
        "nYo033",
        "en",
        "propas_iita_flash",
        "Flash (pneumatic) dryers for cassava starch and HQCF",
        "IITA-backed drying solution: wet cassava cake is fed into a duct and carried by a hot air stream, drying "
        "in seconds, and the dry product is separated in a cyclone. Both negative- and positive-pressure layouts "
        "are possible. Locally fabricated units have been installed since 2004 in Nigeria, Ghana, Tanzania, "
        "Madagascar, Malawi and Zambia.",
    ),
    (
        "nYo034",
        "en",
        "pdffox_pneumatic",
        "Design guidelines for small energy-efficient starch dryers",
        "CIRAD and Kasetsart University researchers offer numerical design guidance for small-scale pneumatic "
        "dryers for cassava starch and flour, helping fabricators size the drying duct, air flow and heater so "
        "that small processors in tropical countries can dry with less energy.",
    ),
    (
        "nYo035",
        "en",
        "libmast_flash",
        "Pilot-scale energy-efficient flash dryer for cassava flour",
        "A scaled-up version of the CIAT (Cali) prototype flash dryer was built with local materials at FIIRO, "
        "Lagos, using CGIAR spreadsheet design tools, to remove the drying bottleneck in high-quality cassava flour "
        "production. Design files and performance results available for transfer.",
    ),
    (
        "nYo036",
        "vi",
        "precoppe_dryers",
        "So sánh máy sấy khí động và sấy tầng cố định cho cơ sở nhỏ",
        "Nghiên cứu so sánh tại các doanh nghiệp nhỏ sấy sắn ở châu Phi về năng lượng, chất lượng sản phẩm và chi "
        "phí: sấy khí động (pneumatic) là lựa chọn tốt hơn sấy tầng cố định. Kết quả dùng để chọn thiết bị sấy bột, "
        "tinh bột sắn cho cơ sở quy mô nhỏ.",
    ),
    (
        "nYo037",
        "vi",
        "luanvan_khidong",
        "Thông số tối ưu sấy khí động tinh bột sắn",
        "Kết quả luận văn thạc sĩ Trường ĐH Nông nghiệp Hà Nội (2010, hướng dẫn PGS.TS Trần Như Khuyên): xác định "
        "chế độ nhiệt độ, lưu lượng tác nhân sấy và năng suất tối ưu cho máy sấy khí động tinh bột sắn; tư vấn "
        "chỉnh định máy sấy cho cơ sở chế biến.",
    ),
    (
        "nYo038",
        "en",
        "balagopalan_drying",
        "Artificial drying of cassava chips below 14% moisture",
        "Technical note: in natural drying, bringing chips from about 35% moisture to a safe storage level under "
        "14% takes up to half the drying time. Combining or replacing sun drying with solar-heated or artificial "
        "dryers (trials up to 80°C air, 45 cm deep beds) removes weather dependence.",
    ),
    (
        "nYo039",
        "vi",
        "kholanh_satlat",
        "Quy trình thái, sấy và bảo quản sắn lát khô",
        "Hướng dẫn: thu hoạch sắn 8–12 tháng tuổi, rửa sạch, thái lát đều 3–5 mm; phơi trên bạt hoặc giàn 2–4 ngày "
        "hoặc sấy 50–60°C trong 12–24 giờ tới độ ẩm khoảng 12% (bẻ nghe tiếng tách), rồi bảo quản nơi khô để "
        "tránh mốc.",
    ),
    (
        "nYo040",
        "en",
        "ldrying_cassava",
        "Chamber dryer for cassava chips with humidity control",
        "Dryer maker's process: sort roots, slice under 4 mm, spread chips up to 3 cm deep on stainless racks, and "
        "run a zoned temperature programme; dehumidification starts once chamber humidity reaches 80%. After about "
        "20 hours the chips reach around 15% moisture, white with a slight yellow tint.",
    ),
    (
        "nYo041",
        "en",
        "limult_sp",
        "Sweet potato starch extraction in limewater",
        "Processor profile: varieties with 35-41% dry matter, 25-27% total starch and 20-23% extractable starch "
        "suit starch making. Roots are ground in limewater at pH 8.6-9.2 to stop browning by polyphenol oxidase, "
        "dissolve pigments and flocculate impurities, then starch is separated from the pulp; flour, chips, "
        "noodles and pectin are further products.",
    ),
    (
        "nYo042",
        "vi",
        "scribd_say_san",
        "Thiết kế hệ thống sấy hầm sắn lát",
        "Đồ án kỹ thuật sấy: phân tích đặc tính vật liệu sắn (giống KM94 năng suất 38,6 tấn/ha, chất khô 39%, tinh bột "
        "28,6%; KM60, HL20, HL23, HL24), chọn và tính toán hệ thống sấy hầm cho sắn lát, chế độ sấy, ưu nhược điểm "
        "và nguyên lý làm việc.",
    ),
    (
        "nYo043",
        "en",
        "starchprod_tapioca",
        "Sweet potato and cassava starch refining with lime wash",
        "Process note for small starch makers: peel including the 2-3 mm inner bark, grind twice on a saw-tooth "
        "roller or hammer mill with continuous water, separate residue on centrifugal or flat shaking sieves, "
        "remove protein in a launder, then wash crude starch with 0.3% calcium hydroxide to obtain refined starch.",
    ),
    (
        "nYo044",
        "en",
        "arit_sepa",
        "Disc-separator starch line demonstrated in Tay Ninh, 150 t/day",
        "Technology exchange listing: a 150 t/day (about 45,000 t/year) cassava starch line built around a Swedish "
        "Alfa Laval separator, with nine steps from fresh-root intake, impurity and peel removal and washing to "
        "separation and drying; demonstrated with extension funding in a disadvantaged district.",
    ),
    (
        "nYo045",
        "vi",
        "thai_tapioca_overview",
        "Tuần hoàn nước rửa và thu hồi tinh bột trong bã",
        "Tư vấn dựa trên khảo sát 8 nhà máy Thái Lan: phần lớn đã tái sử dụng nước ở một số công đoạn; lập cân bằng "
        "khối lượng cho 1 tấn tinh bột để thấy nước dùng, nước thải, cát vỏ và bã ở từng khâu, dùng máy ép bã thu "
        "hồi tinh bột còn sót trước khi đưa bã ra sàng.",
    ),
    # --- flour, noodles and pearls from starch ---
    (
        "nYo046",
        "en",
        "winmin_hqcf",
        "High quality cassava flour (HQCF), non-fermented",
        "Processor supplying and transferring HQCF: white, smooth, odourless, non-fermented flour made from freshly "
        "harvested roots by peeling, washing, grating, pressing and drying, with detoxification coming from "
        "grating, dewatering and drying. Colour is the main difference from traditional cassava flour; used as a "
        "gluten-free flour.",
    ),
    (
        "nYo047",
        "vi",
        "ilt_hqcf",
        "Quy trình bột sắn chất lượng cao theo IITA",
        "Quy trình phòng thí nghiệm có thể nhân rộng: chọn củ chín không thối, gọt, rửa, mài bằng máy; bột nhão ép "
        "tách nước trong túi vải bằng máy ép trục vít; rải mỏng trên khay sấy tủ 70°C đến khối lượng không đổi "
        "(độ ẩm khoảng 4%), nghiền mịn bằng máy nghiền búa và bảo quản kín.",
    ),
    (
        "nYo048",
        "en",
        "cpm_blog_flour",
        "Small HQCF plants of 100-1000 t per year",
        "Investment note on high quality cassava flour: a plant of about 1000 t/year is small-scale and can use "
        "locally fabricated peelers, graters, presses and flash dryers; micro plants of 100 t/year are possible. "
        "Keep uprooted roots attached to stem and leaves until transport is ready so that fermentation does not "
        "start.",
    ),
    (
        "nYo049",
        "en",
        "naija_flour",
        "Nine-step cassava flour making for small producers",
        "Training content: select fresh firm roots, peel, wash, grate to a fine mash, press in a sisal sack with a "
        "screw or hydraulic jack until crumbly, sun-dry thinly on black plastic under netting, hammer-mill, sift, "
        "then seal in moisture-proof black bags and label; packed flour keeps about six months. Dried peels can go "
        "to feed or compost.",
    ),
    (
        "nYo050",
        "vi",
        "miendongbackan",
        "Kỹ thuật làm miến từ tinh bột ướt",
        "Cơ sở làm miến chia sẻ quy trình: rửa 100 kg tinh bột ướt với 50 lít nước, khuấy 15 phút, lắng 3 giờ, làm "
        "3 lần; tẩy trắng bằng 100 g NaHSO3 trong 50 lít nước ngâm 10–12 giờ, độ trắng đạt khoảng 95%; hồ hóa 6–7 kg "
        "bột hòa 5 lít nước lạnh rồi đổ vào 70 lít nước sôi để có dịch tráng bánh.",
    ),
    (
        "nYo051",
        "vi",
        "123doc_mien_dong",
        "Tráng, phơi, ủ và cắt sợi miến",
        "Quy trình công đoạn sau hồ hóa: tráng dịch bột thành bánh dày 1–1,2 mm trên nồi hấp miệng 40–60 cm, hấp chín, "
        "phơi sơ bộ; ủ bánh trong túi nilon 10–12 giờ cho ẩm đều ở mức 20–22% rồi mới cắt sợi, vì bánh quá ẩm không "
        "cắt được còn quá khô thì vỡ vụn.",
    ),
    (
        "nYo052",
        "en",
        "cardoza_sp_fans",
        "Sweet potato starch vermicelli by the traditional leak-spoon method",
        "Process sheet: grind washed sweet potatoes with water, filter twice through hanging cloth, settle two "
        "days, rewash and settle, sun-dry the starch; make a batter of 500 g starch, 25 g alum and 2.5-3 kg water "
        "cooked to 80-90% doneness, knead into a soft dough and push through a 48-hole spoon into boiling water, "
        "then cool and dry. Peel residue can be fed to animals.",
    ),
    (
        "nYo053",
        "en",
        "cnnb_sp_vermicelli",
        "Village-scale steamed-sheet sweet potato vermicelli",
        "Practice from a Chinese village cooperative: after harvest, roots are cleaned, ground into pulp, filtered "
        "and settled for two days; the starch is made into a paste, steamed into a thin sheet, cooled and scraped "
        "into strips, then sun-dried for about two days, which gives better quality than shade drying.",
    ),
    (
        "nYo054",
        "vi",
        "foodnav_ofsp_vermicelli",
        "Bún gạo bổ sung bột khoai lang ruột cam",
        "Nghiên cứu của các nhà khoa học Việt Nam và Thái Lan: thay một phần bột gạo làm bún bằng bột khoai lang "
        "ruột cam giàu beta-caroten, polyphenol và chất xơ, giúp sợi bún chắc, dai hơn khi nấu, có màu cam tự nhiên "
        "và tăng giá trị dinh dưỡng; mở thêm đầu ra cho khoai lang địa phương.",
    ),
    (
        "nYo055",
        "en",
        "exportvn_pearls",
        "Tapioca pearl production know-how from a Vietnamese exporter",
        "Vietnamese export company offering tapioca pearls (5-10 mm) and process know-how: tapioca starch is mixed "
        "with boiling water into a kneadable dough, cut and rolled, shaped by the gangsor cloth-bag tossing method "
        "or in rotating open pans, sorted by size and heat-treated so that only the surface gelatinises.",
    ),
    (
        "nYo056",
        "vi",
        "keifu_pearls",
        "Lăn viên trân châu trong trống quay",
        "Giới thiệu hai phương pháp sản xuất trân châu công nghiệp, trong đó phương pháp lăn phủ bột: tinh bột khoai "
        "mì trộn nước thành hạt ẩm, cho vào trống quay, rắc bột khô dần cho viên lớn lên tới cỡ mong muốn rồi sấy "
        "hoặc hấp sơ bộ; dùng nước lọc RO, có thể thêm đường nâu tạo màu và vị.",
    ),
    (
        "nYo057",
        "vi",
        "ccbexim_tranchau",
        "Quy trình 8 bước sản xuất trân châu với tinh bột biến tính",
        "Doanh nghiệp cung cấp tinh bột chia sẻ quy trình trân châu trà sữa: phối trộn tinh bột khoai mì với tinh "
        "bột biến tính E1414, E1420, E1442 để hạt dai, chịu nhiệt và giữ cấu trúc sau bảo quản; các khâu trộn, tạo "
        "viên, nấu chín, sấy khô và đóng gói được kiểm soát để chất lượng đồng đều.",
    ),
    (
        "nYo058",
        "en",
        "scielo_gf_noodles",
        "Single-screw extruders for cassava-based gluten-free noodles",
        "Case study with small noodle makers in Subang, Indonesia: dough of gluten-free flours (cassava, corn and "
        "others) is steamed and then cooked again in single-screw extruders of 24 kg/h and 12 kg/h. Batch "
        "steaming caused uneven texture between batches; the study gives hardness, elongation and colour data to "
        "guide process control.",
    ),
    (
        "nYo059",
        "en",
        "hortinews_meru",
        "Sweet potato flour plant: chipping, blanching, drying, milling",
        "Farmer-owned plant in Meru, Kenya: washed roots are chipped, blanched to cut microbial load, stop enzymes "
        "and keep colour, dewatered in a centrifuge, dried in a solar or electric dryer (about 8 hours to under 13% "
        "moisture) and milled; composite flours with maize, sorghum or wheat go into bread, cakes and doughnuts.",
    ),
    (
        "nYo060",
        "vi",
        "organicfarmer_sp",
        "Làm khoai lang lát khô và bột khoai lang",
        "Hướng dẫn nông hộ: giống khoai nào cũng phơi lát được; trung bình 4 kg củ tươi cho khoảng 1 kg lát khô. Lát "
        "khô đóng túi nhựa đen kín giữ được tới 6 tháng, nghiền thành bột làm bánh, hoặc phối với bột kê, ngô, đậu "
        "nành làm bột dinh dưỡng; khoai ruột cam còn được ngành thức ăn gia cầm quan tâm.",
    ),
    (
        "nYo061",
        "vi",
        "memart_bot_khoailang",
        "Các dòng bột khoai lang: tím, vàng, trắng và tinh bột",
        "Giới thiệu quy trình sản xuất bột khoai lang từ chọn nguyên liệu đến đóng gói, kết hợp thiết bị hiện đại và "
        "cách làm truyền thống, cho bốn dòng sản phẩm: bột khoai lang tím tạo màu tự nhiên, bột khoai vàng giàu "
        "vitamin A, bột khoai trắng vị nhẹ và tinh bột khoai lang làm chất tạo đặc.",
    ),
    (
        "nYo062",
        "en",
        "ilt_hqcf",
        "Screw-press dewatering and cabinet drying of grated cassava",
        "Laboratory method following IITA: grated pulp from sound mature roots is dewatered in muslin between the "
        "plates of a screw press, spread thinly on trays and dried in a cabinet dryer at 70°C to constant weight "
        "(about 4% moisture), then hammer-milled to fine flour and stored airtight.",
    ),
    (
        "nYo063",
        "vi",
        "exportvn_pearls",
        "Xuất khẩu hạt trân châu từ tinh bột khoai mì",
        "Doanh nghiệp xuất khẩu Việt Nam chào hạt trân châu đen, trắng, vị trái cây, cỡ 5–10 mm, làm từ tinh bột khoai "
        "mì; có máy tạo viên và hỗ trợ tư vấn tạo màu, tạo vị bằng đường, mật ong cho khách đặt gia công.",
    ),
    # --- chips and snacks ---
    (
        "nYo064",
        "en",
        "rulit_sp_chips",
        "Low-temperature vacuum-fried sweet potato chips",
        "Process transfer for yellow-, red- or purple-fleshed roots: wash, peel, slice 2-3 mm or cut 6 x 6 x 50-80 mm "
        "strips, soak 15 min in colour-protection solution, blanch at 95°C for 2 min, infuse for 1 h at 50°C in a "
        "30% sugar solution (maltose and dextrin 2:1), freeze overnight at -18°C, then vacuum-fry at a chosen "
        "vacuum and temperature and de-oil.",
    ),
    (
        "nYo065",
        "vi",
        "rulit_sp_chips",
        "Bánh snack khoai lang thơm giòn từ bột nhão sấy",
        "Quy trình: khoai nghiền thành bột nhão, sấy, cán thành lá dày 2–3 mm, cắt miếng đều khoảng 3 × 4 cm; nướng "
        "60–70°C trong 3–5 phút, để nguội rồi chiên 170°C trong khoảng 0,5 phút, vớt ráo dầu, để nguội và đóng gói.",
    ),
    (
        "nYo066",
        "en",
        "bakerysnacks_vacuum",
        "Vacuum frying with centrifugal de-oiling cuts chip oil by 60%",
        "Research result for snack makers: sweet potato chips vacuum-fried in canola oil at 120-140°C and spun in a "
        "centrifugal de-oiler for 40 s before re-pressurisation hold about 60% less oil; de-oiling alone removed up "
        "to 52% of surface oil. A two-stage fry (1 min atmospheric, then 2 min under vacuum at 130°C) gave better "
        "texture and colour.",
    ),
    (
        "nYo067",
        "vi",
        "packins_vacuum",
        "Chiên chân không kết hợp ly tâm tách dầu cho chip khoai lang",
        "Kết quả nghiên cứu đăng trên Journal of Food Engineering: chip khoai lang chiên chân không ở 120, 130 và "
        "140°C, ly tâm tách dầu 40 giây ngay sau chiên giảm tới 60% lượng dầu; chiên hai giai đoạn (1 phút áp suất "
        "thường, 2 phút chân không ở 130°C) cho chip sáng màu, giòn và thơm hơn.",
    ),
    (
        "nYo068",
        "vi",
        "tneutron_chips",
        "Tiêu chuẩn chất lượng chips sắn và chips khoai lang",
        "Tư vấn chất lượng cho cơ sở làm chips: tham chiếu tiêu chuẩn quốc gia Indonesia SNI 01-4305-1996 (chips sắn) "
        "và SNI 01-4306-1996 (chips khoai lang) về yêu cầu chất lượng; độ giòn là chỉ tiêu chính, đa dạng vị mặn, "
        "ngọt cay, balado; sản xuất đã lên quy mô vừa và lớn.",
    ),
    (
        "nYo069",
        "en",
        "winenfood_chip",
        "Industrial cassava chip line with cold-water wash after slicing",
        "Food developer's description of a packaged cassava chip line from root intake to sealed bag; the key step "
        "is a precise cold-water wash right after slicing to strip surface starch, which prevents a greasy texture "
        "and gives the dense, resonant crunch that sets cassava chips apart from potato chips.",
    ),
    (
        "nYo070",
        "en",
        "foodeng_extruded",
        "Extruded puffed snacks from cassava starch and corn flour",
        "Research on extrusion cooking: cassava starch blended with corn flour at 0-100%, extruded at barrel "
        "temperatures of 120 and 140°C and 20-25% moisture. Corn flour raised expansion length, colour and "
        "water absorption; barrel temperature and moisture drove expansion ratio and viscosity. Useful for "
        "developing puffed cassava snacks.",
    ),
    (
        "nYo071",
        "vi",
        "123doc_banhphong_tim",
        "Quy trình sản xuất bánh phồng khoai lang tím",
        "Luận văn tốt nghiệp Khoa Công nghệ thực phẩm, Trường ĐH Công nghệ Sài Gòn (2018, hướng dẫn TS Trần Thị Thu "
        "Trà): xây dựng quy trình làm bánh phồng từ khoai lang tím, khảo sát công thức phối trộn và các thông số chế "
        "biến để có sản phẩm nở giòn, giữ màu tím tự nhiên.",
    ),
    # --- purple sweet potato products ---
    (
        "nYo072",
        "en",
        "sxyasw_psp_antho",
        "Steaming and drying purple sweet potato for a stable colour powder",
        "Research-based service: steaming purple sweet potato for 0.5 h raised anthocyanin from 42 to 60 mg/100 g "
        "and deepened the purple, while longer steaming reduced it; steamed roots were dehydrated at 55°C. The "
        "acylated anthocyanins stay stable at neutral pH during processing but fade in light, so acidic products "
        "need light-proof packaging.",
    ),
    (
        "nYo073",
        "vi",
        "anrui_psp_powder",
        "Dây chuyền bột khoai lang tím làm màu thực phẩm",
        "Nhà sản xuất chia sẻ quy trình bột khoai lang tím: kiểm tra củ tím đều, rửa bằng máy chổi hoặc máy quay, gọt "
        "vỏ bằng mài hoặc hơi nước, thái lát đều 3–5 mm, chần 85–95°C trong 1–3 phút hoặc ngâm dung dịch axit "
        "(axit xitric) để diệt enzym hóa nâu và giữ màu anthocyanin, rồi sấy khí nóng và nghiền.",
    ),
    (
        "nYo074",
        "en",
        "bfias_psp",
        "Purple sweet potato anthocyanin colour extracts",
        "Colour supplier: roots are steamed or blanched to deactivate enzymes, sliced and extracted with water; the "
        "extract is filtered, concentrated and spray-dried or standardised as liquid. Colour shifts with pH (red "
        "in acid, purple-blue at neutral), with moderate light and heat stability; used in drinks, dairy, bakery, "
        "confectionery and plant-based foods.",
    ),
    (
        "nYo075",
        "en",
        "mdpi_psp_drum",
        "Optimised drum drying of purple sweet potato powder",
        "Universiti Putra Malaysia study using response surface methodology: drum-dried purple sweet potato powder "
        "was best at 0.59% citric acid, 499.8 kPa steam pressure and 3 rpm drum speed. Powders had 4.80-9.97% "
        "moisture and 101.8-124.1 mg/100 g total anthocyanin; high steam pressure and slow drums lowered "
        "antioxidant activity.",
    ),
    (
        "nYo076",
        "vi",
        "bionutricia_psp",
        "Bột khoai lang tím nguyên chất đóng lon",
        "Doanh nghiệp chào bột khoai lang tím 200 g/lon làm bột pha, nhân bánh, kẹo; hàm lượng anthocyanin khoảng "
        "19,78 mg/100 g ở dịch chiết nước và 158 mg/100 g ở dịch chiết cồn axit; khoai tím có lượng chất chống ôxy hóa "
        "gấp khoảng 2,5 lần khoai ruột cam.",
    ),
    (
        "nYo077",
        "vi",
        "123doc_cookie_tim",
        "Bánh cookie bổ sung bột khoai lang tím",
        "Đồ án tốt nghiệp Khoa Công nghệ Sinh học – Thực phẩm – Môi trường, Trường ĐH Công nghệ TP.HCM (hướng dẫn ThS "
        "Huỳnh Kim Phụng): nghiên cứu tỷ lệ thay bột mì bằng bột khoai lang tím và quy trình nướng cookie quy mô "
        "phòng thí nghiệm, đánh giá cảm quan và chất lượng.",
    ),
    (
        "nYo078",
        "vi",
        "vndoc_sinhto_tim",
        "Sinh tố khoai lang tím đóng chai tiệt trùng",
        "Nghiên cứu sản phẩm sinh tố từ khoai lang tím, loại cây phổ biến ở Đồng bằng sông Cửu Long (anthocyanin khoảng "
        "0,06 g/100 g củ tươi): khảo sát thành phần bổ sung và chế độ tiệt trùng để sản phẩm an toàn, giữ dinh dưỡng "
        "và màu, thay vì chỉ xuất khẩu củ tươi.",
    ),
    (
        "nYo079",
        "en",
        "usda_sp_puree",
        "Shelf-stable sweet potato puree by rapid microwave sterilisation",
        "Patented process by USDA-ARS, NC State and Industrial Microwave Systems, licensed in 2007: sweet potatoes of "
        "any size or shape are pureed and sterilised by rapid continuous microwave heating, keeping colour and "
        "nutrients, and packed aseptically as a room-temperature ingredient for bakery, soups, baby food and "
        "drinks. Gives a market for culled roots.",
    ),
    (
        "nYo080",
        "en",
        "limult_sp",
        "Anthocyanin colourants and new products from purple sweet potato",
        "Processor outlining added-value routes: beyond flour, dried chips, juice, bread, noodles, candy and pectin, "
        "purple-fleshed varieties supply anthocyanin pigments for food colouring and cosmetics, and vines give a "
        "high-protein feed.",
    ),
    (
        "nYo081",
        "en",
        "123doc_cookie_tim",
        "Cookies with purple sweet potato flour",
        "Graduation project at Ho Chi Minh City University of Technology: laboratory-scale development of cookies "
        "in which part of the wheat flour is replaced by purple sweet potato flour, with formulation trials, baking "
        "conditions and sensory evaluation.",
    ),
    (
        "nYo082",
        "vi",
        "mdpi_psp_drum",
        "Sấy trục bột khoai lang tím giữ anthocyanin",
        "Nhóm nghiên cứu Malaysia tối ưu sấy trục: axit xitric 0,59%, áp suất hơi 499,8 kPa, tốc độ trục 3 vòng/phút; "
        "bột có ẩm 4,80–9,97%, anthocyanin 101,8–124,1 mg/100 g. Áp suất hơi cao và trục quay chậm làm giảm hoạt tính "
        "chống ôxy hóa. Tư vấn chuyển sang sấy trục cho cơ sở làm bột.",
    ),
    (
        "nYo083",
        "vi",
        "bfias_psp",
        "Chiết xuất màu anthocyanin từ khoai lang tím",
        "Quy trình tạo màu tự nhiên: hấp hoặc chần củ để bất hoạt enzym, thái lát, chiết bằng nước, lọc, cô đặc rồi "
        "sấy phun thành bột hoặc để dạng lỏng chuẩn hóa; màu đỏ trong môi trường axit, tím xanh ở pH trung tính, nên "
        "đóng gói kín sáng. Dùng cho nước giải khát, sữa chua, kem, bánh kẹo.",
    ),
    # --- starch-plant wastewater and biogas ---
    (
        "nYo084",
        "vi",
        "trivietcorp_ww",
        "Hệ thống xử lý nước thải tinh bột sắn có hầm biogas",
        "Công ty môi trường thiết kế, thi công trạm xử lý: song chắn rác thô, bể lắng cát giữ hạt trên 0,2 mm và cát "
        "bám vỏ gỗ, hầm tiếp nhận, lưới chắn rác tinh loại xơ sắn và váng bọt dưới 10 mm, hầm biogas giảm mạnh COD, "
        "BOD5 và thu năng lượng, tiếp theo là bể điều hòa ổn định lưu lượng và nồng độ.",
    ),
    (
        "nYo085",
        "en",
        "jcp_clean_tapioca",
        "Clean technology package for tapioca starch factories",
        "Chulalongkorn and Mahasarakham university study of eight Thai starch plants, implemented in real "
        "companies: reuse and recycling of process water, process modifications to reduce starch loss, and biogas "
        "from wastewater replacing fuel oil in the burners, giving savings in water and fuel costs.",
    ),
    (
        "nYo086",
        "vi",
        "123doc_hoaiduc_metan",
        "Lên men metan nước thải chế biến tinh bột sắn làng nghề",
        "Luận văn thạc sĩ Khoa học Môi trường, ĐHQG Hà Nội (2013): khảo sát ô nhiễm và quản lý nước thải ở các làng "
        "nghề tinh bột sắn Minh Khai, Dương Liễu, Cát Quế (Hoài Đức) và thử nghiệm công nghệ lên men metan xử lý "
        "nước thải giàu hữu cơ, thu khí sinh học.",
    ),
    (
        "nYo087",
        "en",
        "scribd_mai_thesis",
        "Integrated biological treatment of tapioca processing wastewater",
        "Wageningen PhD research (2006) with Van Lang University, Vietnam: an integrated treatment concept for "
        "tapioca industry wastewater built on anaerobic environmental biotechnology, combining methane recovery "
        "with follow-up treatment steps; start-up experience from reactor trials.",
    ),
    (
        "nYo088",
        "vi",
        "123doc_cdm",
        "Xử lý nước thải tinh bột sắn theo Cơ chế phát triển sạch",
        "Kết quả luận văn thạc sĩ: giải pháp xử lý nước thải chế biến tinh bột sắn kết hợp thu hồi khí metan để đăng ký "
        "dự án theo Cơ chế phát triển sạch (CDM), tạo nguồn thu từ tín chỉ giảm phát thải.",
    ),
    (
        "nYo089",
        "en",
        "njte_peel_biogas",
        "Thermophilic digestion of cassava peels for more biogas",
        "Nigerian engineering study: batch digesters fed with cassava peels for 30 days at 35, 45 and 55°C; raising "
        "temperature from the mesophilic to the thermophilic range increased cumulative biogas by 25%, with the "
        "best yield at 55°C. Recommends thermophilic operation for peel digesters.",
    ),
    (
        "nYo090",
        "en",
        "mdpi_cw_zeolite",
        "Co-digesting cassava wastewater with manure and zeolite",
        "University of Maryland and University of Ibadan trial: 16 treatments of cassava wastewater with poultry "
        "litter, dairy manure, biochar or zeolite over 48 days. Wastewater with zeolite (3 g/g TS) gave the highest "
        "methane, 653 mL CH4/g VS; a 1:1 mix with poultry litter gave the most methane per mass.",
    ),
    (
        "nYo091",
        "vi",
        "mdpi_inhambane",
        "Đánh giá tiềm năng metan của vỏ và xơ bã sắn",
        "Nghiên cứu tại Mozambique tính tiềm năng metan sinh hóa (BMP) từ thành phần carbohydrate, lipit, protein của vỏ "
        "sắn bốn giống phổ biến và xơ sắn: vỏ và xơ sắn vốn coi là rác thải là nguồn nguyên liệu khí sinh học khả thi, "
        "cao hơn mùn cưa. Dịch vụ phân tích nguyên liệu trước khi đầu tư hầm ủ.",
    ),
    (
        "nYo092",
        "en",
        "sut_tuber_biogas",
        "Simple single-stage digesters for cassava biogas",
        "Suranaree University of Technology lab protocol: 5- and 20-litre batch digesters at 29-31°C fed cassava "
        "slurry at 1.00% total solids with 0.04% urea gave 1.95 L/day of gas with 67.92% methane at a 10-day "
        "retention time; at 20 L, 5.50 L/day with 55.70% methane. Useful for sizing trial digesters.",
    ),
    (
        "nYo093",
        "en",
        "fftc_biogas_thai",
        "Biogas from agro-industrial wastewater: lessons from Thailand",
        "Policy and technology paper by NSTDA and KMUTT researchers on Thailand's biogas industry built on "
        "agricultural by-products and agro-industrial wastewaters; biogas replaces heat or generates electricity "
        "and supports energy security. Offers advisory support on digester choice and energy use.",
    ),
    (
        "nYo094",
        "en",
        "mtu_general_starch",
        "Gas-engine gensets running on starch-factory biogas",
        "Supplier case from Nakhon Ratchasima: General Starch Ltd turned its open cassava wastewater reservoir, "
        "whose sulfur smell drew neighbour complaints, into a biogas plant; the gas now feeds gas-engine generator "
        "sets, cutting odour and energy cost. Offers gensets and integration for starch mills.",
    ),
    (
        "nYo095",
        "vi",
        "jcp_clean_tapioca",
        "Dùng biogas thay dầu FO cho lò đốt nhà máy tinh bột",
        "Giải pháp từ nghiên cứu 8 nhà máy tinh bột sắn Thái Lan: thu khí sinh học từ nước thải để thay dầu đốt cho "
        "đầu đốt lò sấy, kết hợp tái sử dụng nước và cải tiến quy trình giảm thất thoát tinh bột; đã áp dụng thực tế "
        "giúp tiết kiệm chi phí nhiên liệu và nước.",
    ),
    (
        "nYo096",
        "vi",
        "mtu_general_starch",
        "Máy phát điện chạy khí biogas cho nhà máy tinh bột sắn",
        "Nhà cung cấp tổ máy phát điện động cơ khí giới thiệu mô hình ở Thái Lan: nhà máy tinh bột sắn chuyển hồ nước "
        "thải hở gây mùi sang hầm biogas, dùng khí chạy máy phát, vừa hết mùi hôi cho dân quanh vùng vừa giảm tiền điện.",
    ),
    # --- pulp, peels and leaves as feed ---
    (
        "nYo097",
        "vi",
        "maychannuoi_u_san",
        "Kỹ thuật ủ chua củ sắn tươi làm thức ăn gia súc",
        "Hướng dẫn ủ chua: chọn nông sản, cắt nhỏ, cho vào thùng hoặc hố ủ chắc chắn, chống thấm, nén chặt và bọc kín "
        "để tránh nước mưa và không khí; dự trữ thức ăn cho mùa khan hiếm, tận dụng củ sắn, lá sắn, thân chuối, ngọn "
        "mía, khoai lang để nuôi bò, lợn.",
    ),
    (
        "nYo098",
        "vi",
        "khcnn_u_chua_cu",
        "Công thức ủ chua củ sắn với phụ gia sẵn có",
        "Quy trình ủ yếm khí trong bao nilon hai lớp hoặc bể kín: nghiền hoặc thái nhỏ củ sắn, bỏ củ thối, ủ ngay; bổ "
        "sung phụ gia giàu chất khô và đạm như dây lá khoai lang, lá lạc, bột lá sắn, cám gạo, phân gà khô, muối theo "
        "các công thức 55, 70 hoặc 85 kg sắn nghiền với phần phụ gia còn lại, giúp pH giảm nhanh và ổn định.",
    ),
    (
        "nYo099",
        "vi",
        "bannhanong_la_san",
        "Ủ chua lá sắn làm thức ăn gia súc",
        "Kỹ thuật cho hộ chăn nuôi: bẻ ngọn, lá sắn 2–3 tuần trước thu hoạch củ, chặt đoạn 8–10 cm, để héo trong mát; "
        "cứ 100 kg lá trộn 6–7 kg cám gạo (hoặc bột sắn, bột khoai) và 0,5 kg muối, rải từng lớp 20 cm nén chặt; mỗi "
        "mét khối hố xây chứa 500–600 kg lá.",
    ),
    (
        "nYo100",
        "vi",
        "bbagri_la_mi",
        "Ủ lá mì giảm độc tố HCN cho trâu bò, heo, gà",
        "Lá sắn chứa 20–25% đạm theo chất khô, giàu lysin, canxi, caroten nhưng có HCN. Ủ chua yếm khí tạo axit lactic, "
        "hạ HCN xuống còn 32–34 mg/kg, dưới giới hạn 57 mg/kg, an toàn cho vật nuôi; hướng dẫn nguyên tắc ủ và cách cho ăn.",
    ),
    (
        "nYo101",
        "en",
        "lrrd_pulp_soy",
        "Ensiling fresh cassava root pulp with rice bran",
        "Champasack University and SLU study: fresh cassava root pulp and soybean pulp ensiled for 7 and 14 days "
        "with 0, 5, 10 or 20% rice bran and 5% molasses. pH fell steadily; rice bran raised dry matter and, in "
        "cassava pulp, crude protein. Gives recipes for storing wet pulp as feed.",
    ),
    (
        "nYo102",
        "en",
        "feedipedia_peels",
        "Cassava peels in ruminant diets",
        "Feed database guidance: cassava peels are a digestible energy feed and roughage for ruminants (about 78% DM "
        "and 81% OM digestibility) once sun-dried, ensiled or fermented against HCN; not to be fed alone. Peels can "
        "replace 30% of dietary dry matter from concentrates in cattle; in Ghana, supplemented bullocks gained "
        "0.29-0.33 kg/day versus 0.07 kg/day.",
    ),
    (
        "nYo103",
        "en",
        "cd3wd_peels",
        "Drum silo for cassava peel silage",
        "Extension sheet: 100 kg of roots give 10-15 kg of peel containing about 6 kg protein, 4 kg fat and 6 kg "
        "minerals per 100 kg. Sun-drying lowers cyanide; for pigs and chickens use no more than 2 kg peel meal in a "
        "10 kg ration. For silage, wilt peels a day, pack tightly in a polythene-lined oil drum with drain holes, "
        "cover and weight; ready in four weeks.",
    ),
    (
        "nYo104",
        "en",
        "researchtropica_peel",
        "Formulating balanced cassava peel meal diets",
        "Feed formulation service: cassava peel meal is low in protein, lysine and methionine, so diets need 0.2-0.3% "
        "methionine for pigs and poultry and cheap nitrogen (poultry litter, cassava foliage, urea) for ruminants; "
        "dustiness is overcome by pelleting or adding molasses or fat, and each batch is analysed for proximate "
        "composition and cyanide.",
    ),
    (
        "nYo105",
        "en",
        "lrrd_pecp_pigs",
        "Protein-enriched cassava pulp replacing fish meal for pigs",
        "Hue University of Agriculture and Forestry technology: cassava pulp and rice bran (70:30) fermented with "
        "yeast, 1% DAP and 0.5-2% urea reach 12.3-12.5% true protein and 24-27.5% crude protein in dry matter after "
        "7 days; the product replaced up to all fish meal protein in a 4-month trial with 25 growing pigs.",
    ),
    (
        "nYo106",
        "vi",
        "quangbinh_men_ba_san",
        "Chuyển giao công nghệ lên men bã sắn làm thức ăn chăn nuôi",
        "Quy trình do Viện Công nghệ sinh học chuyển giao, đã chạy 15 tháng tại nhà máy tinh bột Long Giang: sản xuất "
        "150 tấn thức ăn dạng ướt qua 78 mẻ, mỗi khối ủ 5–7 ngày; sau lên men protein thô, lợi khuẩn và axit hữu cơ "
        "tăng, xơ giảm, không phát hiện HCN, E. coli, Salmonella, aflatoxin; bò, lợn ăn tốt.",
    ),
    (
        "nYo107",
        "vi",
        "123doc_ba_san_tuoi",
        "Phân tích thành phần bã sắn tươi trước khi phối trộn",
        "Dịch vụ phân tích dựa trên số liệu bã thải tinh bột sắn ở Hoài Đức: vật chất khô 15,91%, tinh bột còn 60,37% và "
        "xơ thô 21,01% theo chất khô, protein thô 2,19%, HCN 9,4 mg/kg bã tươi. Bã nhiều nước, nghèo đạm nên cần xử lý, "
        "bổ sung đạm trước khi dùng làm thức ăn.",
    ),
    (
        "nYo108",
        "en",
        "fastonline_sp_pig",
        "Sweet potato vine and root silage for pigs in Vietnam",
        "Method developed for northern and central Vietnam: chop and pre-wilt vines (up to 90% water), press and "
        "seal in airtight nylon or plastic bags so fermentation starts within hours; work in small batches that are "
        "eaten within 7-10 days of opening to limit spoilage. Feeding guidance for pigs included.",
    ),
    (
        "nYo109",
        "en",
        "korea_spl_silage",
        "Sweet potato leaf silage with cassava root meal for growing pigs",
        "Research result: pre-wilted sweet potato leaves ensiled with cassava root meal, sweet potato root meal or "
        "molasses at 0-90 g/kg; 60 g/kg or more gave lower pH and less ammonia-N over 56 days. Digestibility of "
        "diets with the silage was tested in growing pigs as a fish meal substitute.",
    ),
    (
        "nYo110",
        "vi",
        "spk_silage",
        "Ủ chua dây và củ khoai lang cho bò sữa, heo",
        "Mô hình ủ chua dây và củ khoai lang loại thải: dây băm nhỏ ủ riêng hoặc trộn với củ theo tỷ lệ 70:30, hay với "
        "cỏ voi, thêm rỉ mật làm chất mồi; giữ được tới 1 năm, dùng mùa khô giúp tăng sữa 15–20% và tăng thịt.",
    ),
    (
        "nYo111",
        "en",
        "lrrd_sp_byproduct",
        "Mixing ratios for sweet potato vine and tuber by-product silage",
        "Can Tho University trial: sweet potato vines and low-grade tubers ensiled at seven ratios from 0 to 100% "
        "tuber (dry basis) and followed for 84 days; all treatments met silage requirements, with stable colour and "
        "good smell, little change in crude protein and NH3-N at 0.1-0.5% of total N.",
    ),
    (
        "nYo112",
        "en",
        "fao_ensilage",
        "Ensiled cassava root as an energy feed",
        "FAO paper from Mexico on ensiling cassava products for animal feed: technical steps for conserving "
        "perishable roots as silage so smallholders and feed users can rely on cassava as an alternative energy "
        "source outside the harvest period.",
    ),
    (
        "nYo113",
        "en",
        "lrrd_foliage_cattle",
        "Sun-dried cassava foliage as protein supplement for cattle",
        "On-farm trial in Takeo, Cambodia: heifers on rice straw with a urea-mineral supplement were given sun-dried "
        "cassava foliage at 0-1% of body weight; daily gain rose from 201 to 402 g as foliage protein increased. "
        "Leaves were eaten at 90% of offer, petioles at 45%.",
    ),
    (
        "nYo114",
        "vi",
        "lrrd_pecp_pigs",
        "Lên men bã sắn giàu đạm thay bột cá cho heo thịt",
        "Công nghệ của Trường ĐH Nông Lâm Huế: bã sắn trộn cám gạo 70:30, lên men với nấm men, 1% DAP và 0,5–2% urê "
        "trong 7 ngày đạt protein thật 12,3–12,5%, protein thô 24–27,5% chất khô; thử trên 25 heo 4 tháng, thay được "
        "bột cá trong khẩu phần.",
    ),
    (
        "nYo115",
        "vi",
        "cd3wd_peels",
        "Ủ chua vỏ sắn trong thùng phuy",
        "Hướng dẫn tận dụng vỏ: 100 kg củ cho 10–15 kg vỏ; phơi nắng giảm xyanua; với heo, gà không quá 2 kg bột vỏ "
        "trong 10 kg khẩu phần. Ủ chua: phơi héo vỏ một ngày, nén chặt vào thùng phuy lót nilon có lỗ thoát nước, phủ lá "
        "chuối hoặc nilon, chặn đá; sau 4 tuần dùng được cho heo và gia súc nhai lại.",
    ),
    (
        "nYo116",
        "en",
        "bbagri_la_mi",
        "Ensiling cassava leaves to cut cyanide",
        "Agri-input firm's guide: cassava leaves carry 20-25% crude protein in dry matter and are rich in lysine, "
        "but contain HCN; anaerobic lactic ensiling lowers HCN to 32-34 mg/kg, under the 57 mg/kg limit, making the "
        "leaves a safe feed for cattle, goats, pigs and poultry.",
    ),
    # --- clean planting material ---
    (
        "nYo117",
        "vi",
        "pthtm_kham",
        "Khuyến cáo hom giống sạch phòng bệnh khảm lá khoai mì",
        "Đơn vị vật tư nông nghiệp tư vấn: bệnh khảm lá do Sri Lanka Cassava Mosaic Virus lây qua hom giống nhiễm bệnh và "
        "bọ phấn trắng; cây từ hom nhiễm bị xoăn lá ngay khi mọc. Dùng hom giống khỏe, vệ sinh đồng ruộng trước vụ mới, "
        "kiểm tra thường xuyên giai đoạn đầu và diệt bọ phấn.",
    ),
    (
        "nYo118",
        "vi",
        "mobiagri_kham",
        "Chọn giống kháng và tiêu hủy nguồn bệnh khảm lá sắn",
        "Ứng dụng tư vấn sâu bệnh: nhận diện triệu chứng khảm vàng loang lổ, lá xoăn nhăn nhúm từ 2 tháng tuổi; virus "
        "SLCMV tồn tại trong thân, lá, củ dùng làm giống. Khuyến cáo không trồng giống nhiễm nặng như HLS11, ưu tiên "
        "giống ít nhiễm, thu gom đốt hoặc băm ủ tàn dư, phòng trừ bọ phấn trắng.",
    ),
    (
        "nYo119",
        "vi",
        "vnua_kham",
        "Chẩn đoán virus khảm lá sắn SLCMV",
        "Học viện Nông nghiệp Việt Nam nghiên cứu và phòng chống bệnh khảm lá sắn do begomovirus SLCMV, bệnh phát hiện "
        "đầu tiên ở Tây Ninh: cuối 2017 gần 6 nghìn ha nhiễm, tháng 7/2018 lên 29.160 ha ở bốn tỉnh. Nhận phân tích, "
        "xác định virus trên mẫu lá, hom để chọn nguồn giống sạch.",
    ),
    (
        "nYo120",
        "en",
        "ncpn_clean_process",
        "Virus elimination and testing for sweet potato planting stock",
        "Clean plant centre service: meristem tips of 0.1 to under 0.5 mm are excised under a microscope and grown "
        "on nutrient medium for 5-9 months, transferred every 3-4 weeks, into plantlets about 6 cm tall; plants "
        "are then tested by grafting onto Ipomoea setosa, qPCR and high-throughput sequencing before greenhouse "
        "multiplication.",
    ),
    (
        "nYo121",
        "en",
        "spusa_cleanseed",
        "CleanSEED virus-tested sweet potato foundation seed",
        "Industry project supplying foundation seed roots and plants from virus-tested G0 material of national "
        "clean plant centres, tested free of SPFMV, SPVC, SPVG, SPV2, sweet potato leaf curl virus and chlorotic "
        "stunt virus, with quality standards and lab-to-greenhouse best practices.",
    ),
    (
        "nYo122",
        "vi",
        "ucanr_virus_tested",
        "Giống khoai lang sạch virus nâng năng suất",
        "Chương trình giống sạch của Đại học California: virus như SPFMV làm giảm năng suất trên 40% và gây nứt củ; nhờ "
        "giống đã kiểm tra virus, năng suất bình quân ở California tăng từ 5 tấn/mẫu Anh (1967) lên 12 tấn (2001). "
        "Chia sẻ mô hình tổ chức nguồn giống sạch.",
    ),
    (
        "nYo123",
        "en",
        "ucanr_meristem",
        "Meristem culture for clean sweet potato seedstock",
        "Method developed in California since 1961: a 0.5 mm meristem is removed aseptically from sprouts, grown "
        "3-4 months on nutrient agar, transplanted and grafted onto Brazilian morning glory as an indicator; plants "
        "without symptoms are propagated by cuttings as clean stock.",
    ),
    (
        "nYo124",
        "vi",
        "mdpi_virusfree_sp",
        "Mô hình ngành giống khoai lang sạch virus của Trung Quốc",
        "Tổng quan của Đại học Nông nghiệp Nam Kinh về hiện trạng và đề xuất sản xuất khoai lang sạch virus: trồng liên "
        "tục nhiều năm làm tích lũy virus và thoái hóa giống; hệ thống nhân giống sạch từ nuôi cấy đỉnh sinh trưởng "
        "đến cây giống thương phẩm.",
    ),
    (
        "nYo125",
        "en",
        "echo_ministem",
        "Rapid multiplication of cassava with ministem cuttings",
        "Technique note: cassava multiplies slowly from stakes, so three types of ministem cuttings are cut from "
        "each stem, sprouted in nursery beds or soil-free polythene bags, then field-planted to produce mother "
        "plants whose stems become normal cuttings for farmers.",
    ),
    (
        "nYo126",
        "vi",
        "plantscope_rapid",
        "Nhân nhanh hom sắn 2–3 mắt sạch sâu bệnh",
        "Quy trình: chọn thân giống cải tiến khỏe, cắt đoạn 2–3 mắt; ngâm 10 phút trong dung dịch bột lá neem 1 kg/5 lít "
        "nước hoặc thuốc trừ nấm; cho vào túi nilon trong suốt đục lỗ, để dưới bóng râm 7–10 ngày cho nảy mầm rồi trồng "
        "vườn ươm; 6–8 tháng sau cắt thân cách gốc 20–25 cm để làm giống.",
    ),
    (
        "nYo127",
        "en",
        "iita_planting",
        "Storing and preparing cassava stem cuttings",
        "IITA training material: plant semi-hardwood cuttings; stakes lose viability in sun, and excess moisture "
        "causes sprouting or rot. Store stems upright in shade with the base in moist soil, or under cold "
        "conditions below 15°C in straw-lined tunnels; discard top and base after storage.",
    ),
    (
        "nYo128",
        "vi",
        "fao_cuttings",
        "Chọn thân và cắt hom sắn đúng chuẩn",
        "Tài liệu FAO: chọn thân to 2–4 cm từ cây khỏe nhất, không bệnh, đã cho củ; bó lại sau thu hoạch và chờ ít nhất "
        "10 ngày, giữ nơi mát khô; chỉ cắt hom khi sắp trồng, mỗi hom dài 20–30 cm có 4–6 mắt, mỗi thân cho 4–5 hom.",
    ),
    (
        "nYo129",
        "en",
        "farmradio_cuttings",
        "Choosing healthy cassava stem cuttings",
        "Radio-script extension package: use cuttings only from strong, healthy plants free of insects or sticky "
        "grey-white pests, consider plant age, position on the stem and cutting size, because cuttings from "
        "diseased plants carry disease into the new crop.",
    ),
    (
        "nYo130",
        "en",
        "vnua_kham",
        "Cassava mosaic virus diagnostics for seed-stake certification",
        "Vietnam National University of Agriculture offers research and diagnosis of Sri Lankan cassava mosaic "
        "virus, a begomovirus first found in Tay Ninh that spread to 29,160 ha in four provinces by July 2018, to "
        "support selection of virus-free stake sources.",
    ),
    # --- neighbouring fields (distractors) ---
    (
        "nYo131",
        "vi",
        "vnexpress_con_san",
        "Sản xuất cồn từ củ sắn và bã sắn",
        "Viện Sinh học Nhiệt đới chuyển giao công nghệ sản xuất cồn: 1 lít cồn cần khoảng 2,5 kg sắn, hoặc khoảng 15 kg bã "
        "sắn, rẻ hơn nhiều so với 4 kg rỉ đường; quy trình nghiền, đường hóa, lên men, chưng cất, thu thêm CO2 lỏng, "
        "phân vi sinh.",
    ),
    (
        "nYo132",
        "vi",
        "la34_e5",
        "Cung ứng ethanol nhiên liệu từ sắn lát cho xăng E5",
        "Hiệp hội Nhiên liệu sinh học giới thiệu: ethanol pha xăng E5 ở Việt Nam chủ yếu làm từ sắn lát; cả nước có "
        "khoảng 11 triệu tấn sắn tươi, 1,5–2 triệu tấn sắn khô mỗi năm; nguyên liệu chiếm trên 70% giá thành ethanol.",
    ),
    (
        "nYo133",
        "vi",
        "123doc_ethanol_san",
        "Nhà máy ethanol từ sắn củ khô 100 triệu lít/năm",
        "Thông tin đầu tư: bốn nhà máy ethanol từ sắn ở Quảng Nam, Phú Thọ, Quảng Ngãi, Bình Phước, mỗi nhà máy 100 triệu "
        "lít/năm, cần khoảng 1 triệu tấn sắn khô; hiệu suất chuyển hóa tới 92%.",
    ),
    (
        "nYo134",
        "en",
        "scirp_bioplastic",
        "Starch-based bioplastics for packaging",
        "Review-based consultancy on bioplastics made from starch and cellulose as renewable alternatives to "
        "petroleum plastics for food packaging; blending with other polymers and nano-fillers to improve mechanical "
        "and water-barrier properties.",
    ),
    (
        "nYo135",
        "en",
        "johr_bioplastic",
        "Bioplastic film from cassava flour and tapioca starch",
        "Research team developing transparent bioplastic films from cassava flour, tapioca starch and starch "
        "nanoparticles with glycerol; films suited soy sauce and vegetable oil packaging but not water or chilli "
        "sauce, and absorbed UV-A.",
    ),
    (
        "nYo136",
        "en",
        "techscience_bioplastic",
        "Flexible packaging film from rubber cassava starch",
        "Indonesian research consortium: starch extracted from non-food rubber cassava (50.68% yield), banana stem "
        "and banana peel used for flexible bioplastic food packaging; rubber cassava starch had 28.18% amylose.",
    ),
    (
        "nYo137",
        "vi",
        "123doc_bun_tudong",
        "Hệ thống ép bún tươi tự động 200 kg/giờ",
        "Trường Cao đẳng Kỹ thuật Cao Thắng và ĐH Nông Lâm TP.HCM chế tạo dây chuyền ép bún gạo tươi: nhào trộn bột, cấp "
        "liệu tự động, ép trục vít, làm chín sau ép, điều khiển tự động; năng suất 200 kg/giờ, điện năng 0,584 kWh/kg.",
    ),
    (
        "nYo138",
        "vi",
        "memart_mien_gao",
        "Quy trình sản xuất miến gạo",
        "Hướng dẫn sản xuất miến gạo thủ công và công nghiệp: tinh bột gạo chiếm khoảng 90% nguyên liệu, có thể phối "
        "tinh bột dong riềng, đậu xanh; phụ gia, thiết bị và dây chuyền cho miến gạo sạch.",
    ),
    (
        "nYo139",
        "vi",
        "baolamdong_banhtrang",
        "Làng nghề bánh tráng gạo đạt OCOP",
        "Làng nghề bánh tráng Lạc Lâm (Đơn Dương, Lâm Đồng) gốc Bắc Ninh đổi mới sản phẩm: bánh tráng mắm ruốc, ngọt, "
        "muối sa tế, sốt tôm; đóng gói bắt mắt, tham gia chương trình OCOP.",
    ),
    (
        "nYo140",
        "en",
        "lsu_harvest",
        "Mechanical chain harvesters for sweet potatoes",
        "LSU AgCenter description: commercial sweet potatoes are lifted with two-row chain diggers staffed by 10-12 "
        "people that grade roots on the machine and cover 2-4 acres a day, or with shaker diggers that lay roots on "
        "the soil for hand collection, about 20 acres a day with 20-25 labourers.",
    ),
    (
        "nYo141",
        "en",
        "kjoas_harvester",
        "Review of sweet potato harvester technology",
        "Korean review of harvesting challenges, harvester classes, recent technology and commercialisation trends, "
        "from simple digging and conveying devices to integrated combine harvesters and automated sorting.",
    ),
    (
        "nYo142",
        "en",
        "abc30_harvester",
        "Automated sweet potato harvester replacing hand crews",
        "Californian grower case: an automated harvester made in South Dakota, modified to be gentle on thin-skinned "
        "roots, does the work of about six conventional harvesters that each need 6-7 people to pick and sort.",
    ),
    (
        "nYo143",
        "vi",
        "vusta_khoaitay",
        "Bảo quản khoai tây giống giảm hao hụt",
        "Hướng dẫn bảo quản củ khoai tây giống: sau 8 tháng thường hao hụt 30–50%, có nơi tới 70% do hô hấp, mất nước, rệp "
        "sáp, thối nhũn; cắt cây 7–10 ngày trước thu hoạch, chọn củ trên 3 cm, không xây xát.",
    ),
    (
        "nYo144",
        "vi",
        "cafef_khoaitay",
        "Mẹo giữ khoai tây tươi nhiều tháng bằng bột nở",
        "Mẹo gia đình: xếp khoai tây trong hộp carton lót giấy khô, đặt khăn giấy giữa các lớp, rắc bột nở hút ẩm, chống "
        "mọc mầm, đậy kín để nơi khô ráo tránh nắng.",
    ),
    (
        "nYo145",
        "vi",
        "m2lua_vienson",
        "Liên kết trồng khoai lang Nhật xuất khẩu vùng cao",
        "Công ty ở Đức Trọng, Lâm Đồng liên kết nông dân trồng khoai lang Nhật vỏ đỏ ruột vàng trên vùng cao trên 700 m, "
        "năng suất 17–22 tấn/ha/vụ, bao tiêu xuất khẩu.",
    ),
    (
        "nYo146",
        "vi",
        "doanhnghiep_khoailang_nhat",
        "Thông tin thị trường xuất khẩu khoai lang sang Nhật Bản",
        "Bản tin xúc tiến thương mại: khoai lang Việt Nam vào Nhật có giá bình quân cao nhất, khoảng 2.047,1 USD/tấn, so "
        "với Indonesia 1.461,6 và Trung Quốc 650,5 USD/tấn; Nhật dùng khoai làm đồ ăn nhẹ và nấu rượu shochu.",
    ),
    (
        "nYo147",
        "vi",
        "123doc_biogas_lucbinh",
        "Bổ sung lục bình, rơm cho hầm biogas chăn nuôi",
        "Đại học Cần Thơ thử nghiệm ủ yếm khí phân heo phối trộn lục bình hoặc rơm đã trồng nấm trong 35 ngày: nông dân "
        "ĐBSCL có thể nạp hai nguyên liệu này cho hầm biogas khi thiếu phân heo.",
    ),
    (
        "nYo148",
        "vi",
        "greenstar_uasb",
        "Bể UASB xử lý nước thải sinh hoạt",
        "Công ty môi trường giới thiệu công nghệ UASB (bể kỵ khí dòng chảy ngược qua lớp bùn) cho nước thải sinh hoạt: "
        "cấu tạo, nguyên lý, các yếu tố vận hành, tiết kiệm năng lượng.",
    ),
    (
        "nYo149",
        "vi",
        "123doc_phatdien_ksh",
        "Máy phát điện chạy khí sinh học cho trang trại",
        "Tài liệu kỹ thuật chọn công suất máy phát điện dùng khí sinh học từ chất thải chăn nuôi theo nhu cầu điện của hộ "
        "và quy mô công trình, kèm phân tích hiệu quả kinh tế.",
    ),
    (
        "nYo150",
        "vi",
        "bothembia_feed",
        "Bã bia làm thức ăn bổ sung đạm cho bò sữa",
        "Đơn vị cung cấp bã hèm bia khô: bã bia giàu đạm, vitamin nhóm B, xơ dễ tiêu, kích thích tiết sữa; bã ướt chỉ "
        "dùng trong 48 giờ, thêm 1% muối để giữ lâu hơn hoặc sấy khô còn khoảng 10% nước.",
    ),
    (
        "nYo151",
        "vi",
        "123doc_dua_prebiotic",
        "Chế phẩm prebiotic từ bã cơm dừa cho chăn nuôi",
        "Viện Nghiên cứu Dầu và Cây có dầu sản xuất thử chất tiền sinh học từ bã cơm dừa, phụ phẩm của chế biến sữa dừa, "
        "dầu dừa; một nhà máy ép 3–4 tấn/ngày ở Bến Tre cho khoảng 1.000 tấn bã/năm.",
    ),
    (
        "nYo152",
        "vi",
        "tailieu_daklak_energy",
        "Đánh giá tiềm năng năng lượng phế thải nông nghiệp",
        "Khảo sát 337 hộ ở 10 huyện Đắk Lắk: phế thải cà phê, lúa, ngô, sắn, mía năm 2015 khoảng 818,1 nghìn tấn, có thể "
        "cho khoảng 277,7 triệu lít ethanol hoặc nhiệt năng tương đương; tư vấn quy hoạch năng lượng sinh khối.",
    ),
    (
        "nYo153",
        "vi",
        "123doc_khoaitay_invitro",
        "Sản xuất củ giống khoai tây Bliss in vitro",
        "Khóa luận Học viện Nông nghiệp Việt Nam (2021): hoàn thiện quy trình tạo củ giống khoai tây Bliss trong điều kiện "
        "nuôi cấy in vitro, môi trường, chất điều hòa sinh trưởng và điều kiện tạo củ bi.",
    ),
    (
        "nYo154",
        "vi",
        "phununet_trong_khoai",
        "Hướng dẫn trồng khoai lang cho nhiều củ",
        "Kỹ thuật canh tác khoai lang ở Sóc Trăng: chọn đất thịt pha cát, đất giồng, tránh đất sét nặng; thời vụ Đông Xuân "
        "sớm, trồng sau mía, bắp; chăm sóc để khoai vào củ nhiều.",
    ),
    (
        "nYo155",
        "en",
        "vnplus_bientinh",
        "Modified tapioca starch plants of 150 t per day",
        "Investment news: three modified cassava starch factories of 150 t/day each (about VND 80 billion each) "
        "approved in Tan Chau, Tay Ninh, to make higher-grade starch for pharmaceuticals, textiles, food and paper, "
        "replacing imports that cost 1.5 times native starch.",
    ),
    (
        "nYo156",
        "en",
        "grainscanada_pea",
        "Extruded starch noodles from field peas",
        "Canadian Grain Commission process for glass noodles using field pea starch instead of costly mung bean "
        "starch, made by a simpler extrusion route; noodles have bland taste, short cooking time and stay firm.",
    ),
    (
        "nYo157",
        "en",
        "clhs_hs1903",
        "Customs classification of tapioca and starch pearls",
        "Tariff explanatory note for heading 1903: tapioca and substitutes made from manioc, sago or potato starch "
        "as flakes, grains, pearls or siftings, e.g. from starch paste dropped onto plates heated to 120-150°C.",
    ),
    (
        "nYo158",
        "en",
        "lebot_fresh_export",
        "Quality requirements for fresh cassava export",
        "Market brief: fresh and waxed cassava for ethnic markets in the EU and USA must be mature, fleshy, "
        "undamaged and clean; whole roots at least 20 cm long and 5 cm thick, brown to golden skin, white or yellow "
        "flesh; Costa Rica leads exports to the USA.",
    ),
    (
        "nYo159",
        "en",
        "tradekey_starch",
        "Dried tapioca starch for sale",
        "Trade listing offering dried tapioca starch in moisture-resistant bags for food, baking, beverages, paper "
        "and textiles, with an outline of harvesting, grinding, extraction and drying.",
    ),
    (
        "nYo160",
        "en",
        "m2lua_vienson",
        "Contract farming of Japanese sweet potato for export",
        "Company in Duc Trong, Lam Dong contracting farmers to grow red-skinned, yellow-fleshed Japanese sweet "
        "potatoes above 700 m, 17-22 t/ha per crop, and buying them for export.",
    ),
    (
        "nYo161",
        "en",
        "123doc_bun_tudong",
        "Automatic fresh rice noodle line, 200 kg per hour",
        "Vietnamese college-university design of an automatic rice vermicelli press line with mixer, feeder, screw "
        "press and cooker; 200 kg/h at 0.584 kWh per kg of noodles.",
    ),
    (
        "nYo162",
        "en",
        "la34_e5",
        "Cassava chips as feedstock for E5 bioethanol",
        "Industry association note: E5 fuel ethanol in Vietnam is made mainly from dried cassava chips; the country "
        "produces about 11 million t of fresh and 1.5-2 million t of dried cassava a year, and feedstock is over 70% "
        "of ethanol cost.",
    ),
]
