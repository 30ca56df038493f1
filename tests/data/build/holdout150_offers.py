"""Offers for holdout150 (ice cream, yoghurt and small dairy processing): (id, language, source key, title, description)."""

OFFERS = [
    # --- milk collection and cooling ---
    (
        "nVo001",
        "en",
        "charriau_village_chilling",
        "Village milk chilling centres built from several small bulk coolers",
        "We design and equip village chilling centres for dairies that buy milk from many small herds. Our rule is that milk "
        "reaches 4°C less than two hours after milking. Rather than one 5,000-litre cooler we recommend, for example, three "
        "tanks of about 1,700 litres: tanks up to 2,000 litres weigh under 400 kg empty, need no heavy building or crane, can "
        "be moved to new collection areas and keep resale value, and a smaller set-up makes it easier to trace who delivers "
        "what and to spot watered milk. Generator sizing is included, since it is often the largest cost where power is weak.",
    ),
    (
        "nVo002",
        "vi",
        "fao_mcc_manual",
        "Thiết kế và vận hành điểm thu gom sữa tươi cho nông hộ",
        "Tư vấn xây dựng điểm thu gom sữa theo tài liệu khuyến nông của FAO: chọn vị trí có nguồn nước, chỗ xả thải, đường "
        "xe vào được, không ngập và có bóng mát; bố trí điện, nhà và thiết bị. Tại điểm thu, mỗi lần giao sữa đều được lấy "
        "mẫu kiểm tra, cân và ghi sổ cả khối lượng lẫn kết quả; sữa kém chất lượng bị từ chối. Sữa đạt được lọc vào bồn tiếp "
        "nhận, bơm qua lưới lọc sang bồn làm lạnh có cánh khuấy để lạnh nhanh và không tách lớp kem; điểm nhỏ có thể dùng "
        "giàn làm lạnh bề mặt rồi chứa sữa trong can. Hướng dẫn thêm khâu xuất sữa và thanh toán cho hộ.",
    ),
    (
        "nVo003",
        "en",
        "neema_cooling_tank",
        "Stainless-steel bulk milk cooling tanks: supply, installation and upkeep",
        "Supply of refrigerated stainless bulk tanks that hold raw milk on the farm or at a collection point until the "
        "tanker comes. The unit takes milk from 37°C down to about 3°C, which means removing roughly 27 kJ of heat per kg of "
        "milk; where milk cannot be processed within two hours of milking it has to be held below 7°C to meet the Codex "
        "hygiene code. We also service condenser coils and refrigerant charge, since dirty coils and low pressure raise "
        "running costs, and train staff to clean the tank after every collection.",
    ),
    (
        "nVo004",
        "vi",
        "farmstand_cooling",
        "Bộ thiết bị làm lạnh sữa cho trang trại bò, dê quy mô nhỏ",
        "Cung cấp trọn bộ cho trại nhỏ: bồn làm lạnh trực tiếp cỡ nhỏ có cánh khuấy, bộ điều khiển và ghi nhiệt độ, bơm và "
        "ống dẫn dễ vệ sinh, chạy điện dân dụng. Mục tiêu là đưa sữa từ khoảng 38°C xuống 3–4°C trong vòng hai giờ sau khi "
        "vắt, vì vi khuẩn có thể nhân đôi sau mỗi 20 phút nếu làm lạnh chậm. Thiết bị được chọn vừa với sản lượng của đàn "
        "nhỏ để làm lạnh nhanh mẻ ít sữa mà không làm sữa đóng băng.",
    ),
    (
        "nVo005",
        "en",
        "simplysolar_milk",
        "Battery-free solar milk chiller for 40 litres a day",
        "Off-grid cooling unit for small farmers, milk bars and small collection points. A standard solar freezer is turned "
        "into a milk chiller handling about 40 litres a day (for instance 20 litres morning and 20 litres evening); milk "
        "reaches 4°C in about 2.4 hours and is held there until transport. Energy is stored as ice instead of in batteries, "
        "so cooling runs round the clock, and surplus energy heats water for washing cans. The control unit stops the milk "
        "freezing and starts the compressor without a battery.",
    ),
    (
        "nVo006",
        "vi",
        "standard_solar_cooler",
        "Hệ thống làm lạnh sữa bằng năng lượng mặt trời cho hộ nuôi nhỏ",
        "Bộ làm lạnh dành cho hộ có 5–30 lít sữa mỗi ngày: tủ lạnh một chiều 160 lít chuyển thành máy làm đá, mỗi ngày làm "
        "được khoảng 13 kg đá, kèm 25 hộp nhựa chứa đá loại 2 kg và hai can sữa cách nhiệt 30 lít có ngăn đặt đá ở giữa. Nguồn "
        "điện là tấm pin mặt trời 600 Wp và hai ắc quy tổng khoảng 1,5 kWh. Sữa được giữ lạnh từ lúc vắt tới điểm thu, giảm "
        "số sữa bị trả về và cho phép bán cả sữa vắt buổi chiều.",
    ),
    (
        "nVo007",
        "en",
        "pveurope_solar_milk",
        "Solar ice-maker kit for cooling milk in insulated cans",
        "A kit built around a 166-litre DC freezer run as a smart ice maker, a 150 W solar module, control unit, a 65 Ah "
        "battery and an insulated milk can. It makes 12 to 16 kg of ice a day, and a 50 kg ice store lasts about four days, so "
        "milk can be kept overnight and carried to the collection centre without being rejected. Total cost is around "
        "€2,700 with payback in about three years; cooling costs about €0.06 per litre.",
    ),
    (
        "nVo008",
        "vi",
        "asme_milkpod",
        "Bồn làm lạnh sữa dạng mô-đun chạy năng lượng mặt trời 600 lít/ngày",
        "Giải pháp thay máy phát diesel cho trại xa lưới điện: bồn làm lạnh sữa mô-đun dùng dàn pin mặt trời 6 kWp, làm lạnh "
        "600 lít sữa mỗi ngày và tạo thêm nước nóng để rửa bồn. Thiết bị được chọn sao cho khoảng 98% năng lượng cả năm lấy từ "
        "mặt trời; nhu cầu lạnh cao nhất trùng với giờ nắng mạnh nhất nên hiệu quả cao.",
    ),
    (
        "nVo009",
        "en",
        "ahdb_icebank",
        "Ice-bank milk tanks for farms with weak or costly daytime power",
        "Advice and supply of ice-bank tanks: the refrigeration unit builds ice or iced water in a jacket around the inner "
        "milk tank, and this stored cold meets the peak load when warm milk arrives. The compressor can therefore be smaller "
        "and run up to about seven hours at a time, for instance on night-rate or solar power. We explain the trade-off: "
        "building ice first and cooling later uses somewhat more energy than a direct-expansion tank.",
    ),
    (
        "nVo010",
        "vi",
        "packo_icebank",
        "Bồn làm lạnh sữa kiểu tích đá (ice bank) không làm đông sữa",
        "Bồn làm lạnh kiểu tích đá: máy nén chỉ làm lạnh và đóng đá một bể nước về 0°C, rồi nước lạnh được phun lên thành bồn "
        "trong để rút nhiệt của sữa. Vì sữa không tiếp xúc trực tiếp với dàn bay hơi nên không bao giờ bị đông, kể cả khi "
        "trong bồn chỉ có ít sữa; lượng lạnh tích sẵn giúp hạ nhiệt nhanh khi sữa ấm đổ vào. Phù hợp nơi nguồn điện ba pha "
        "yếu hoặc muốn dùng điện giá thấp ban đêm.",
    ),
    (
        "nVo011",
        "en",
        "hamby_icechest",
        "Ice-chest can cooler for a few litres of milk at a time",
        "A simple cooler for very small producers: an insulated chest holding four thin-walled stainless cans of about five "
        "quarts each, surrounded with ice water. Cooling milk from 99°F to 39°F removes about 516 BTU per gallon, and since "
        "melting ice absorbs 144 BTU per pound, roughly 3.5 pounds of ice cools one gallon. Ice water chills far faster than "
        "a household fridge, which can then hold the milk cold.",
    ),
    (
        "nVo012",
        "vi",
        "etscheid_precool",
        "Làm lạnh sơ bộ sữa bằng tấm trao đổi nhiệt dùng nước giếng",
        "Lắp bộ làm lạnh sơ bộ dạng tấm giữa bơm sữa và bồn lạnh. Với tỷ lệ 2 lít nước cho 1 lít sữa, nước máy giúp tiết "
        "kiệm khoảng 40% điện làm lạnh, nước giếng tới 50%; làm lạnh thông thường tốn 13–15 kWh cho 1.000 kg sữa, có làm lạnh "
        "sơ bộ chỉ còn 8–9 kWh. Bộ tấm 31–55 tấm inox, lưu lượng 1.900–3.650 lít sữa/giờ; van nước chỉ mở khi bơm sữa chạy, "
        "nước sau khi dùng được tận dụng cho bò uống hoặc rửa chuồng; máy lạnh chính có thể chọn nhỏ hơn.",
    ),
    (
        "nVo013",
        "en",
        "ahdb_platecooler",
        "Plate pre-cooler sizing and water-use advice for milk cooling",
        "Plate heat exchangers fed with mains or borehole water take much of the load off the bulk tank and can cut milk "
        "cooling costs by up to half. We size the plate pack so milk leaves at about 20°C, plan for up to twice as much water "
        "as milk (4,000 litres of milk a day needs 4,000–8,000 litres of water), fit a solenoid valve linked to the milk pump "
        "and arrange re-use of the warmed water for drinking troughs or wash-down.",
    ),
    (
        "nVo014",
        "en",
        "uwex_milkcooling",
        "Energy audit of milk cooling: scroll compressors, well-water precoolers, heat recovery",
        "Extension service reviewing milk cooling energy on dairy farms. Scroll compressors are 15–20% more efficient than "
        "reciprocating ones and cost only a few hundred dollars more when a failed unit is replaced; a well-sized well-water "
        "precooler can cut cooling cost by up to 60% with 55°F water; refrigeration heat recovery units pre-heat wash water "
        "from the heat rejected by the cooler. We check water line and pump capacity, the usual reasons precoolers "
        "under-perform.",
    ),
    (
        "nVo015",
        "vi",
        "fao_lactoperoxidase",
        "Bảo quản sữa tươi không cần làm lạnh bằng hệ lactoperoxidase",
        "Chuyển giao cách hoạt hóa hệ lactoperoxidase có sẵn trong sữa: bổ sung natri thiocyanat để đạt 0,25 mmol/lít "
        "(khoảng 8,6 mg/lít) cùng gói natri percacbonat, kèm bảng tra số viên, số gói theo thể tích sữa. Sữa giữ được chất "
        "lượng ban đầu 8–20 giờ tùy nhiệt độ và độ sạch ban đầu, không ảnh hưởng tới sữa chua hay phô mai bán cứng làm từ sữa "
        "đó. Biện pháp dùng khi chưa có điều kiện làm lạnh trong khâu thu gom và vận chuyển.",
    ),
    (
        "nVo016",
        "en",
        "engormix_lps",
        "Lactoperoxidase system for raw milk under tropical conditions",
        "Technical support for using the natural lactoperoxidase system to hold raw milk without refrigeration. Under tropical "
        "conditions the thiocyanate dose can be about half of the Codex guideline, keeping milk of excellent initial quality "
        "for about 8 hours; the method has been applied to more than 1,200 million litres over 15 years. It must sit inside a "
        "milk quality programme and is no excuse for poor hygiene; activation before pasteurisation also improves the heat "
        "treatment.",
    ),
    (
        "nVo017",
        "vi",
        "mayvatsua_de",
        "Máy vắt sữa dê di động hai cốc",
        "Cung cấp máy vắt sữa dùng cho trại dê: bình chứa dạng xô có nắp, lớp trong hợp vệ sinh; bộ tạo nhịp giữ nhịp vắt; "
        "hai cốc vắt có núm silicon hoặc kẹp; ống chân không và ống dẫn sữa. Máy mô phỏng động tác bú của dê con, sữa theo ống "
        "kín vào bình nên sạch hơn vắt tay và rút ngắn thời gian vắt cho đàn vài chục con.",
    ),
    (
        "nVo018",
        "en",
        "goat_hoidap_vatsua",
        "Training: clean hand-milking routine for dairy goats",
        "Extension training on milking goats by hand without spilling or soiling the milk: accustoming young does to udder "
        "handling, tying the goat at the pen wall, wiping udder and teats with a cloth dipped in warm water, washing and drying "
        "the milker's hands with soap, and using a clean mug, small pail and straining cloth reserved for milk.",
    ),
    # --- pasteurisation ---
    (
        "nVo019",
        "en",
        "refinar_pasteurizers",
        "Batch (vat) milk pasteurisers",
        "Supply of vat pasteurisers, the simplest way to pasteurise milk: milk is heated in a jacketed vessel to 63–65°C and "
        "held for 30 minutes, then cooled. Larger continuous units are also available for industrial milk lines.",
    ),
    (
        "nVo020",
        "vi",
        "perfectcheese_pasteurizer",
        "Bộ thanh trùng sữa mẻ nhỏ 8–20 lít tự lắp từ khay inox",
        "Thiết kế bộ thanh trùng giá rẻ cho người làm phô mai, sữa chua quy mô nhỏ: khay inox đặt trong khay nước lớn hơn tạo "
        "vỏ hai lớp để gia nhiệt đều. Bộ thiết bị nâng sữa từ 40°F lên 145°F (khoảng 4°C lên 63°C) trong chưa đầy một giờ, "
        "giữ ±1°F suốt 30 phút thanh trùng, rồi hạ xuống 80°F (khoảng 27°C) trong dưới 30 phút; mỗi mẻ 2–5 gallon. Không "
        "phải nhấc khay khi đổ, xả, và dùng luôn để làm đông, nấu khối đông.",
    ),
    (
        "nVo021",
        "en",
        "gpacker_small_past",
        "Compact milk pasteurisation machines for small creameries",
        "Small-scale pasteurisation machines, batch or continuous, that heat raw milk to a set temperature for a set time and "
        "then cool it, destroying spoilage and harmful bacteria without marked change in nutrients or taste. Intended for "
        "local creameries and farm-to-table dairies that want to scale up while meeting food-safety rules.",
    ),
    (
        "nVo022",
        "vi",
        "tieuluan_sua_thanhtrung",
        "Quy trình công nghệ sản xuất sữa tươi thanh trùng",
        "Nhóm giảng viên công nghệ thực phẩm chuyển giao quy trình sữa tươi thanh trùng: tiêu chí chất lượng sữa nguyên liệu, "
        "ảnh hưởng của nhiệt độ đun nóng và làm lạnh, hệ vi sinh vật, thời gian thanh trùng; các công đoạn gia nhiệt, tiêu "
        "chuẩn hóa, bài khí, đồng hóa, thanh trùng bằng thiết bị trao đổi nhiệt dạng tấm, làm lạnh và rót.",
    ),
    (
        "nVo023",
        "en",
        "luanvan_suatuoi_40t",
        "Design of a 40-tonne-per-day pasteurised fresh milk line",
        "Engineering design of a pasteurised fresh milk plant with a capacity of 40 tonnes a day: process flow, equipment "
        "selection and layout for reception, standardisation, homogenisation, pasteurisation, cooling and filling.",
    ),
    (
        "nVo024",
        "vi",
        "goat_nhachannuoi_chebien",
        "Khử trùng sữa dê đơn giản tại hộ và cộng đồng",
        "Hướng dẫn kỹ thuật của tạp chí chăn nuôi: cho sữa dê đã lọc vào bình nhôm (không dùng dụng cụ đồng, sắt), đặt bình "
        "vào nồi nước lớn để hấp cách thủy, thả nhiệt kế theo dõi, khuấy liên tục tới 80°C, giữ 30 giây rồi đặt bình vào chậu "
        "nước lạnh và tiếp tục khuấy cho nguội nhanh, đều. Sữa đựng trong bình đã khử trùng, đậy kín.",
    ),
    (
        "nVo025",
        "en",
        "farmshow_icebank",
        "Low-cost ice bank for fast cooling after vat pasteurisation",
        "A farmstead dairy's home-built cooling set-up offered as a design: the vat pasteuriser is heated by a hot-water "
        "jacket to 145°F over about 1 hour 20 minutes and held for 30 minutes; well water then removes the first 40–50 "
        "degrees and ice water from two 50-ft copper coils in an old milk cooler finishes the job, bringing milk to 45°F for "
        "bottling within about an hour. It cost about $3,000 against roughly $25,000 for a commercial system.",
    ),
    (
        "nVo026",
        "vi",
        "alvecote_house_milk",
        "Thanh trùng sữa tại trại để uống và làm phô mai",
        "Mô hình trại bò nhỏ tự thanh trùng sữa: sữa dùng uống được đun tới 72°C và giữ 15 giây trong bộ thanh trùng (cần tối "
        "thiểu 6 lít mỗi mẻ); khi chỉ cần ít sữa thì đun nồi trên bếp, khuấy thường xuyên và dùng nhiệt kế số chuyên dùng cho "
        "sữa; sữa làm phô mai được xử lý ngay trong thùng làm phô mai.",
    ),
    (
        "nVo027",
        "en",
        "meritnation_past",
        "Pasteurising milk in a double boiler: step-by-step guide",
        "Short guide for kitchens and very small producers: sterilise containers by boiling for 2 minutes, heat milk slowly "
        "in the top of a double boiler, stirring and watching the thermometer, to 63°C for at least 30 minutes or 72°C for "
        "at least 15 seconds (restart timing if it drops), then set the pot in ice water and stir until the milk is 20°C or "
        "cooler.",
    ),
    # --- yoghurt ---
    (
        "nVo028",
        "vi",
        "memart_u_suachua",
        "Chuyển giao kỹ thuật ủ sữa chua ổn định nhiệt độ",
        "Hướng dẫn ủ sữa chua đạt độ đông, mịn: nhiệt độ lý tưởng 40–45°C, vùng an toàn 32–48°C, trên 54°C men bị ảnh hưởng. "
        "Ủ quá lạnh thì lên men chậm, sữa không đông hoặc lỏng; quá nóng thì vi khuẩn có lợi chết, sữa tách nước. Trình bày "
        "các cách giữ nhiệt ổn định (tủ ủ, lò, thùng xốp, nồi điện), ảnh hưởng của nhiệt độ tới thời gian ủ và mẹo tránh dao "
        "động nhiệt.",
    ),
    (
        "nVo029",
        "en",
        "guelph_starter",
        "Yoghurt starter cultures: Streptococcus thermophilus and Lactobacillus bulgaricus",
        "University food science support on yoghurt starters. The usual culture is a symbiotic blend of S. thermophilus and "
        "L. delbrueckii subsp. bulgaricus: the streptococci grow first and bring the mix to about pH 5.0, the lactobacilli "
        "take it on to pH 4.5, and together they acidify much faster than either alone. The fermentation yields lactic acid, "
        "acetaldehyde, acetic acid and diacetyl, which give flavour, while the pH drop sets the gel.",
    ),
    (
        "nVo030",
        "vi",
        "buffalo_lactic_starter",
        "Cung cấp giống khởi động vi khuẩn lactic cho sản phẩm sữa lên men",
        "Cung cấp giống khởi động thuần, đang hoạt động mạnh cho sữa chua và các sản phẩm sữa lên men, kèm bảng hướng dẫn tỷ "
        "lệ cấy giống, nhiệt độ ủ và thời gian ủ cho từng sản phẩm; giống sữa chua gồm Streptococcus thermophilus và "
        "Lactobacillus delbrueckii subsp. bulgaricus.",
    ),
    (
        "nVo031",
        "en",
        "consult_u_suachua",
        "Yoghurt incubation time and temperature guidance",
        "Practical guidance for home-scale and small yoghurt makers: clean and check jars, foam boxes or ice chests before "
        "incubating to avoid slimy yoghurt; keep the incubation between 32 and 48°C and avoid moving the batch; a normal set "
        "takes 6 to 8 hours, a thicker set 12 to 24 hours, though long incubation makes it sourer and less aromatic.",
    ),
    (
        "nVo032",
        "vi",
        "sala_thuthua_ocop",
        "Công nghệ sữa chua dê và sữa chua dê sấy thăng hoa đạt OCOP",
        "Doanh nghiệp chăn nuôi và chế biến sữa dê khép kín chia sẻ công nghệ: sữa chua dê sấy thăng hoa đạt OCOP 4 sao, sữa "
        "chua dê đạt OCOP 3 sao và sữa dê thanh trùng. Trại khoảng 300 dê; dê phối giống từ 10 tháng tuổi, sau 5 tháng bắt "
        "đầu vắt và khai thác liên tục 9 tháng, mỗi dê cái khoảng 2 lít/ngày. Đang phát triển thêm các vị sầu riêng, mít.",
    ),
    (
        "nVo033",
        "en",
        "dongnghi_htx_vietnamnet",
        "Goat-milk processing model from a dairy goat cooperative",
        "A goat dairy cooperative shares its model: members get breeding stock, technical guidance and feed support, and the "
        "cooperative buys their fresh milk at stable prices. From 10 goats it grew to nearly 500, supplying about 150 litres "
        "of goat milk a day, and makes fresh goat milk with or without sugar, goat milk powder and freeze-dried milk, goat "
        "yoghurt and freeze-dried yoghurt, and goat-milk flan, all with declared quality and 3-star OCOP.",
    ),
    (
        "nVo034",
        "vi",
        "dongnghi_tiengiang_gov",
        "Mô hình du lịch nông nghiệp gắn trang trại dê sữa",
        "Hợp tác xã chia sẻ kinh nghiệm làm du lịch trải nghiệm tại trang trại dê sữa Saanen: hơn 25.000 m² chia ba khu gồm "
        "đồng cỏ hơn 20.000 m², trại hơn 300 dê sữa và nhà đón khách; hướng dẫn khách tham quan, cho dê ăn, thưởng thức sản "
        "phẩm; tổ chức đón đoàn và quảng bá.",
    ),
    (
        "nVo035",
        "vi",
        "haccp_yogurt_cambridge",
        "Xây dựng kế hoạch HACCP cho cơ sở sản xuất sữa chua",
        "Nhóm chuyên gia an toàn thực phẩm hỗ trợ áp dụng HACCP trong sản xuất sữa chua: phân tích mối nguy sinh học, hóa học, "
        "vật lý từ sữa nguyên liệu tới sản phẩm; xác định điểm kiểm soát tới hạn như thanh trùng, lên men, làm lạnh và bảo "
        "quản; thiết lập giới hạn, giám sát, hành động khắc phục và hồ sơ trong hệ thống quản lý an toàn thực phẩm.",
    ),
    (
        "nVo036",
        "en",
        "haccp_spinoff_scribd",
        "HACCP and prerequisite programmes for a small-scale yoghurt plant",
        "A university spin-off pilot dairy shares how it built its food safety system: prerequisite programmes folded into "
        "the quality management system, critical control points set along the yoghurt line, and routine monitoring of "
        "biological hazards; the pilot also serves as hands-on training for food engineers.",
    ),
    (
        "nVo037",
        "en",
        "yogurt_storage_zut",
        "Yoghurt shelf-life and storage-temperature testing",
        "Laboratory study service for yoghurt shelf life: samples stored for three weeks at 2°C and at 8°C and checked for "
        "pH, titratable acidity, colour, composition, counts of Lactobacillus, Streptococcus, Enterobacteriaceae, moulds and "
        "yeasts, and sensory quality. Our earlier work showed acidity and sensory scores worsen with storage time and at the "
        "warmer temperature.",
    ),
    (
        "nVo038",
        "vi",
        "yogurt_keep_10_21",
        "Hướng dẫn làm lạnh và bảo quản sữa chua thành phẩm",
        "Sau khi ủ đạt, sữa chua cần được làm lạnh nhanh để dừng quá trình tạo axit. Giữ ở 4°C (40°F) trở xuống sữa chua dùng "
        "được khoảng 10–21 ngày; bổ sung trái cây hay nguyên liệu khác có thể rút ngắn thời hạn. Loại bỏ sản phẩm có dấu hiệu "
        "nấm mốc hoặc mùi khác mùi chua tự nhiên.",
    ),
    (
        "nVo039",
        "en",
        "yogurt_shelf_4_7wk",
        "Cold-chain specification for live-culture yoghurt",
        "Technical note for yoghurt makers: hold yoghurt below 10°C in storage and transport (7°C or lower under US rules) to "
        "stop biological and biochemical changes. Properly made yoghurt keeps 4 to 7 weeks, but products sold with live or "
        "probiotic cultures should still carry at least 6 log cfu per gram of each culture at the end of the stated shelf "
        "life.",
    ),
    (
        "nVo040",
        "vi",
        "packworld_stonyfield",
        "Dây chuyền rót và ép màng nắp hũ sữa chua tốc độ cao",
        "Giới thiệu dây chuyền đóng gói sữa chua công nghiệp: máy rót hũ 8 oz tốc độ 260 hũ/phút, máy rót hũ 4 oz cho lốc sáu "
        "hũ 240 hũ/phút; hũ sau khi rót được ép màng nắp bằng nhiệt rồi đậy nắp nhựa, in mã, đóng thùng. Phù hợp nhà máy công "
        "suất hàng trăm nghìn thùng mỗi tuần.",
    ),
    (
        "nVo041",
        "en",
        "theblog_yogurt_machines",
        "Yoghurt line machinery: pasteurisers, fermentation and filling",
        "Overview and sourcing of machines for a yoghurt line: batch pasteurisers suited to small production and continuous "
        "ones for large plants, which heat milk, hold it and cool it; fermentation tanks with temperature control; and "
        "filling and packaging machines, chosen according to scale.",
    ),
    (
        "nVo042",
        "en",
        "graceharbor_kefir",
        "Kefir grains and training for a probiotic fermented milk drink",
        "Supply of kefir grains with training. Milk is mixed with the grains at room temperature and fermented 12 to 24 hours; "
        "the result is tart, creamy, slightly fizzy and lower in lactose. Kefir can carry up to 61 strains of bacteria and "
        "yeasts against two to seven in typical yoghurt, and fermentation time sets flavour and probiotic content.",
    ),
    (
        "nVo043",
        "vi",
        "kefir_backyardgoats",
        "Làm kefir từ sữa dê bằng hạt kefir",
        "Hướng dẫn làm kefir, thức uống lên men như sữa chua loãng, từ sữa dê, bò hoặc cừu. Hạt kefir là khối polysaccharide "
        "chứa vi khuẩn và nấm men cộng sinh, không tự tạo được từ môi trường như men bánh mì mà phải xin hoặc mua từ người "
        "đang có.",
    ),
    # --- cheese and by-products ---
    (
        "nVo044",
        "en",
        "rockyoaks_process",
        "Farmstead goat cheese process, from milking parlour to aged cheese",
        "A goat creamery shares its ten-step process: bucket milking; milk cooled to 50°F within two hours, filtered and held "
        "in 2.5-gallon buckets; pasteurisation in a 15-gallon vat pasteuriser then cooling; culture added to acidify; "
        "coagulation with vegetable rennet until a clean break; cutting, washing or cooking curds; moulding, pressing, air "
        "drying, salting and ageing.",
    ),
    (
        "nVo045",
        "vi",
        "chevre_recipe",
        "Đào tạo làm phô mai dê tươi kiểu chèvre",
        "Khóa thực hành làm phô mai tươi từ sữa dê: dùng sữa vừa vắt hoặc làm ấm tới 85°F (khoảng 29°C), cho men giống hoặc "
        "buttermilk, pha rennet trong 1/3 cốc nước và chỉ dùng một thìa canh, khuấy lên xuống 15–20 lần; đậy và quấn khăn "
        "giữ nhiệt 70–85°F, để yên 24 giờ tới khi có lớp whey trong phía trên; múc khối đông vào vải lọc, treo ráo 24 giờ ở "
        "khoảng 75°F rồi bóp tơi.",
    ),
    (
        "nVo046",
        "en",
        "villamir_cheese",
        "Hands-on farmhouse cheesemaking classes",
        "A goat farm runs practical classes in its farmhouse kitchen covering every step of cheese: preparing and culturing "
        "the milk, coagulating, cutting and draining curds and finishing the cheese, with discussion of cultures, ripening "
        "agents, food safety and the benefits and risks of raw milk in cheese.",
    ),
    (
        "nVo047",
        "vi",
        "goat_giaotrinh_chebien",
        "Quy trình làm pho mát từ sữa dê theo giáo trình chăn nuôi dê",
        "Chuyển giao quy trình chế biến sữa dê: khử trùng đơn giản bằng hấp cách thủy tới 80°C giữ 30 giây; làm pho mát từ sữa "
        "vừa vắt sau khi kiểm tra độ đậm đặc bằng lactometer đạt 25–30 độ và độ axit dưới 22 độ Dornic mới đưa vào chế biến.",
    ),
    (
        "nVo048",
        "en",
        "india_paneer_profile",
        "Project profile: rural unit for paneer, curd and ghee",
        "Government small-industry profile for a village dairy products unit using low-cost traditional methods: paneer "
        "(cheese), dahi (curd) and ghee. The cheese process pasteurises standardised milk at 71°C for 5 minutes, cools it to "
        "10°C and inoculates a culture; the profile covers market potential, machinery and marketing through cooperatives.",
    ),
    (
        "nVo049",
        "vi",
        "paneer_yield",
        "Tính năng suất phô mai tươi paneer theo loại sữa",
        "Bảng tính lượng sữa cần cho phô mai tươi kiểu paneer (làm đông bằng axit, không dùng rennet): 1 lít sữa bò cho khoảng "
        "150 g, cần 6,5–6,8 lít cho 1 kg; sữa trâu béo hơn cho 170–180 g/lít, khoảng 4–5 lít cho 1 kg. Năng suất phụ thuộc "
        "béo, SNF, độ axit, cách làm đông và ép.",
    ),
    (
        "nVo050",
        "en",
        "cherthollow_cheese",
        "Small-batch fresh and aged cheeses from a few dairy goats",
        "Know-how from a small goat farm making cheese weekly: ricotta the same day, mozzarella, feta in 1-gallon batches "
        "(6–8 hours, softer when drained through cloth) and cheddar in 2-gallon batches, using starter and rennet, set "
        "temperatures, cutting and draining curd.",
    ),
    (
        "nVo051",
        "vi",
        "india_mini_dairy",
        "Mô hình nhà máy sữa mini cho vùng xa nhà máy lớn",
        "Tư vấn lập nhà máy sữa mini ở vùng sâu: nông dân mang sữa tới, cân cả bình trên cân bàn, đổ sữa vào bồn làm lạnh rồi "
        "cân bình rỗng để tính lượng sữa; trước khi đổ lấy mẫu đo béo và SNF, trả tiền theo hai chỉ tiêu. Chi phí thấp nhờ "
        "nguyên liệu tại chỗ, sản phẩm tươi nên bán giá tốt, nông dân có đầu ra ổn định.",
    ),
    (
        "nVo052",
        "en",
        "whey_feed_medcrave",
        "Using cheese whey as livestock feed",
        "Dairy research centre results on feeding cheese whey: whey can replace all drinking water on the farm, and 19 "
        "litres of whey permeate supplies the energy and protein of about 2.4 kg of feed mix; roughage per kg of gain fell "
        "from 3 kg to 1 kg and fattening gave about $30 extra per head. It is a cheap liquid feed that also improves "
        "palatability.",
    ),
    (
        "nVo053",
        "vi",
        "whey_pigs_formaggio",
        "Tận dụng whey từ làm phô mai",
        "Kinh nghiệm của các trại làm phô mai: whey tách ra khi làm khối đông có thể làm ricotta truyền thống, thay nước khi "
        "làm bánh mì, nấu nước sốt, uống trực tiếp vì giàu đạm, vitamin và khoáng; phần còn lại cho heo uống.",
    ),
    (
        "nVo054",
        "en",
        "cream_separator_uk",
        "Centrifugal cream separators for small farms",
        "Cream separators process milk in minutes instead of letting cream rise for 24 hours, when milk may sour. Farm and "
        "household machines handle 50–80 litres per hour: the spinning bowl gathers the lighter fat in the centre and throws "
        "skim milk outward; cream goes to butter or sour cream and skim to low-fat cottage cheese; models with a churn also "
        "give buttermilk.",
    ),
    # --- ice cream machines and process ---
    (
        "nVo055",
        "vi",
        "fesmag_softserve",
        "Máy kem tươi (soft serve) cho quán và cửa hàng",
        "Cung cấp máy kem tươi làm lạnh đông hỗn hợp kem lỏng vừa khuấy, rót thẳng ra ốc quế hay ly và giữ kem ở trạng thái "
        "đông mềm lâu dài. Máy một vị công suất khoảng 3,5 gallon/giờ (chừng 100 phần 100 g), máy hai vị xoắn tới 15 "
        "gallon/giờ mỗi bên, tổng 30 gallon; dòng lớn nhất 50 gallon/giờ. Có loại cấp liệu trọng lực (phễu chứa hỗn hợp trên "
        "đầu máy) và loại bơm áp.",
    ),
    (
        "nVo056",
        "en",
        "fesmag_icecream_overview",
        "Choosing a soft-serve machine: capacity, overrun and controls",
        "Advice on selecting soft-serve equipment: countertop or floor models producing 3.5 to 50 gallons per hour; gravity "
        "units fed from a hopper or pressurised units pumping mix from a refrigerated cabinet; overrun normally 40–60% "
        "(soft serve is about 25–30% air, never below 20% or above 60%), where 50% overrun turns 1 gallon of mix into 1.5 "
        "gallons; viscosity or temperature controls, product safety locks, remote monitoring.",
    ),
    (
        "nVo057",
        "en",
        "fesmag_batch_freezer",
        "Batch freezers for hard ice cream, gelato and sorbet",
        "Supply of batch freezers sized by barrel, from 3 to 40 quarts (4, 10, 12, 15, 20 and 24 most common). Barrel size "
        "is not output: a mix with 10% butterfat or more should fill only half the barrel because it takes on air. The dasher "
        "turns at 100–120 rpm, scraping the barrel wall and whipping air in; product leaves through an extraction chute.",
    ),
    (
        "nVo058",
        "vi",
        "wisegeek_batch_freezer",
        "Máy làm kem theo mẻ cho xưởng kem nhỏ",
        "Máy làm kem theo mẻ nằm giữa máy gia đình và máy lạnh đông liên tục của nhà máy: mỗi mẻ tới khoảng 24 quart (22 "
        "lít), buồng nằm ngang có cánh khuấy lớn, làm lạnh từ thành buồng. Kem ra khỏi máy còn mềm, được múc thẳng vào hộp lớn "
        "rồi đưa vào tủ cấp đông nhanh để làm cứng trước khi bày bán hoặc chia hộp nhỏ.",
    ),
    (
        "nVo059",
        "en",
        "matrix_ageing_tank",
        "Ice cream mix ageing (maturation) tank",
        "Ageing vat that holds pasteurised ice cream mix at 4°C with gentle agitation that runs only when needed. Maturation "
        "lets the solids hydrate and the ingredients develop fully, improving the quality of the frozen product.",
    ),
    (
        "nVo060",
        "vi",
        "icecream_mix_steps",
        "Chuyển giao quy trình sản xuất kem sữa quy mô nhỏ",
        "Quy trình chuẩn: trộn nguồn béo sữa, chất khô không béo, chất ổn định và nhũ hóa; thanh trùng hỗn hợp ở 68,3°C trong "
        "30 giây hoặc 79,4°C trong 25 giây (cao hơn sữa tươi do hỗn hợp đặc); đồng hóa 2.500–3.000 psi; ủ chín ở 5°C ít "
        "nhất 4 giờ hoặc qua đêm; thêm màu, hương; lạnh đông trong máy mẻ hoặc liên tục; cho trái cây, hạt; làm lạnh nhanh "
        "xuống dưới −25°C để bảo quản.",
    ),
    (
        "nVo061",
        "en",
        "guelph_icecream_manufacture",
        "Ice cream technology short course for small manufacturers",
        "University course on ice cream manufacture: blending of mix ingredients, pasteurisation, homogenisation, ageing, "
        "freezing, packaging and hardening, with a process-flow view that separates the raw-mix, pasteurised-mix and "
        "frozen-product zones of the plant.",
    ),
    (
        "nVo062",
        "vi",
        "doan_kem_thietbi",
        "Tư vấn quy trình và thiết bị sản xuất kem",
        "Nhóm kỹ sư công nghệ thực phẩm tư vấn quy trình sản xuất kem: chuẩn bị nguyên liệu, phối trộn, đồng hóa, thanh trùng, "
        "ủ chín, lạnh đông sơ bộ; và lựa chọn thiết bị lạnh đông, thiết bị tạo hình và làm cứng, thiết bị phủ áo sô-cô-la.",
    ),
    (
        "nVo063",
        "en",
        "icecreamchiller_coldstorage",
        "Hardening rooms and frozen storage for ice cream",
        "Design of hardening and cold storage for ice cream plants: product filled at soft-serve consistency goes into a "
        "very low temperature blast hardening room for 6 to 10 hours to keep a smooth texture, then to cold storage held "
        "between -20°F and -30°F until dispatch; temperature swings are the main cause of coarse, icy texture.",
    ),
    (
        "nVo064",
        "vi",
        "maylamda_cochekem",
        "Tư vấn chọn máy làm kem: loại tô làm lạnh trước và loại có máy nén",
        "So sánh hai cơ chế máy làm kem phổ biến: loại đơn giản dùng tô trộn tháo rời phải làm lạnh trước, mô-tơ khuấy đảo "
        "ngắt quãng; và loại làm lạnh cả nguyên liệu, tô và máy bằng máy nén, chạy liên tục. Tư vấn chọn loại phù hợp cho "
        "nhà hàng, quán kem hay cơ sở sản xuất.",
    ),
    (
        "nVo065",
        "en",
        "paticusi_kem_beo",
        "Ice cream recipe formulation by fat level",
        "Recipe development service: ice cream needs air whipped in by a machine, and whipped cream with condensed milk "
        "frozen without churning is only frozen cream, often above 30% fat and cloying. Target fat bands: non-fat under "
        "0.5%, low-fat 2–5%, light 5–7%, gelato 4–8%, standard 10–12%, premium 12–14%.",
    ),
    (
        "nVo066",
        "vi",
        "phunu_maykem_giadinh",
        "Máy làm kem gia đình loại tô làm lạnh",
        "Máy làm kem cho gia đình giá khoảng 750.000 đồng, nặng 2–3 kg, gồm động cơ, tô làm lạnh chứa dung dịch muối đặc và "
        "cánh khuấy; tô phải để ngăn đá 6–24 giờ trước mỗi lần làm, mỗi mẻ chạy 20–30 phút.",
    ),
    (
        "nVo067",
        "en",
        "softserve_allcater",
        "Soft-serve and frozen yoghurt machines for cafés and buffets",
        "Soft-serve machines that freeze and aerate mix, raising volume by up to 45% (35% overrun turns 1 gallon of mix into "
        "1.35 gallons), held near 18°F and running day and night to keep consistency and meet health rules; countertop units "
        "for small shops, floor units for self-service buffets; energy-efficient models reduce running cost.",
    ),
    # --- popsicles ---
    (
        "nVo068",
        "en",
        "yida_popsicle_equipment",
        "Popsicle and ice-lolly production equipment package",
        "Equipment supplier for new and growing popsicle makers: mixing and blending machines with speed and temperature "
        "control for the liquid base, pasteurisers for dairy or fruit-heavy lollies, batch or continuous freezers, moulds and "
        "stick handling, and packaging; sized from artisanal to industrial output.",
    ),
    (
        "nVo069",
        "vi",
        "pmg_ice_lolly",
        "Tư vấn thiết kế xưởng sản xuất kem que",
        "Đơn vị tư vấn kỹ thuật thực phẩm thiết kế xưởng kem que, kem cây: pha trộn nước, đường, hương liệu hoặc sữa theo mẻ; "
        "rót vào khuôn nhựa hay kim loại và cắm que; cấp đông trong tủ hoặc hầm đông nhanh; tách khuôn; đóng gói và dán nhãn. "
        "Quy mô từ xưởng nhỏ tới dây chuyền tự động.",
    ),
    (
        "nVo070",
        "en",
        "snowball_molded",
        "Stick ice cream moulding machines: linear and rotary",
        "Machines for moulded stick novelties: mix is filled into moulds, the stick goes into the partly frozen product, and "
        "after hardening the bar is pulled out by the stick, then coated and packed. Linear machines have a straight line of "
        "easily changed moulds and are easier to clean but use more water; rotary machines place moulds around a wheel, take "
        "less floor space but are harder to clean.",
    ),
    (
        "nVo071",
        "vi",
        "mindsumo_brine_demould",
        "Giải pháp tách khuôn kem que giảm hao hụt",
        "Nghiên cứu cải tiến khâu tách khuôn trong sản xuất kem que đá: khuôn kim loại chứa dịch đường và chất làm đặc được "
        "nhúng vào bể nước muối canxi clorua khoảng −40°C trong vài phút; sau đó phun nước làm tan lớp sát thành khuôn để rút "
        "que. Đề xuất cách giảm năng lượng, thời gian và nguy cơ nhiễm chéo do nước tan nhỏ giọt.",
    ),
    # --- coconut-milk ice cream ---
    (
        "nVo072",
        "en",
        "guru_coconut_icecream",
        "Coconut-milk ice cream formulation and process",
        "Formulation support for coconut-milk ice cream: coconut milk carries about 20% fat, mostly medium-chain "
        "triglycerides that crystallise unevenly. Suggested base about 1.2 parts full-fat coconut milk to 0.8 parts cream; "
        "pre-emulsify by heating gently to 78°C to keep the fat from oiling out; guar gum at 0.1% against syneresis, locust "
        "bean gum for body; churn around 120 rpm with pauses; aim for a stable glass transition below -12°C.",
    ),
    (
        "nVo073",
        "vi",
        "savory_coconut_freezing",
        "Kem nước cốt dừa không sữa: điểm đông và cấu trúc",
        "Tư vấn làm kem từ nước cốt dừa: hàm lượng béo, chủ yếu MCT, tạo độ mịn béo như kem sữa; các thành phần hòa tan hạ "
        "điểm đông và cản tinh thể đá lớn; chọn nồng độ nước cốt dừa phù hợp để kem dễ múc; làm lạnh kỹ hỗn hợp, dùng chất ổn "
        "định và để ủ chín. Sản phẩm hợp người ăn chay, không dung nạp lactose.",
    ),
    (
        "nVo074",
        "en",
        "barry_nondairy",
        "Non-dairy frozen dessert bases",
        "Ingredient company support for non-dairy frozen desserts: legally ice cream needs about 10% milk fat, so plant-based "
        "versions are sold as non-dairy frozen desserts. Cream is replaced by vegetable oils or nut butters and milk by a base "
        "with similar viscosity, proteins and sugars, most often soy, coconut, cashew or almond.",
    ),
    (
        "nVo075",
        "vi",
        "kitchens_coconut_icecream",
        "Công thức kem dừa từ nước cốt dừa",
        "Công thức và hướng dẫn làm kem dừa: nguyên liệu chính là nước cốt dừa ép từ cơm dừa già (không phải nước dừa trong "
        "trái), nước cốt càng béo kem càng mịn, dùng kem dừa cho sản phẩm đậm hơn; chọn chất tạo ngọt như đường kính, mật "
        "agave hay xi-rô tùy hương vị mong muốn.",
    ),
    (
        "nVo076",
        "en",
        "ntro_coconut_dairyfree",
        "Dairy-free labelling and allergen control for coconut ice cream",
        "Advice for coconut ice cream makers selling to lactose-intolerant and vegan customers: coconut ice cream is not a "
        "regulated term, so ingredient lists must show no milk or cream; control cross-contact where dairy is also made; "
        "coconut cream gives richer texture than coconut milk, and sweetened cream of coconut is a different, syrupy product "
        "unsuited to most recipes.",
    ),
    (
        "nVo077",
        "vi",
        "hiephoidua_sanpham",
        "Danh mục sản phẩm chế biến từ dừa ở Việt Nam",
        "Viện nghiên cứu dầu và cây có dầu giới thiệu các sản phẩm chế biến từ cây dừa ở Việt Nam (cây dừa có thể cho hơn "
        "1.000 sản phẩm, hàng trăm mặt hàng xuất khẩu; Việt Nam có hơn 20 sản phẩm dừa xuất khẩu): cơm dừa nạo sấy, dầu dừa, "
        "sữa dừa, than hoạt tính, chỉ xơ dừa và các sản phẩm thủ công.",
    ),
    # --- milk testing ---
    (
        "nVo078",
        "en",
        "lactoscan_manual",
        "Ultrasonic milk analyser with goat milk and ice-cream mix modes",
        "Supply and calibration of a bench ultrasonic milk analyser with measurement modes for cow, sheep, goat, buffalo and "
        "camel milk, UHT and pasteurised milk, cream, whey, recombined milk and ice-cream mixes; runs from a 12 V switching "
        "adapter on 100–240 V mains, with operator training on safe handling of samples and cleaning.",
    ),
    (
        "nVo079",
        "vi",
        "milkanalyser_types",
        "Máy phân tích thành phần sữa tại trại và điểm thu mua",
        "Cung cấp máy phân tích sữa đo hàm lượng béo, protein, lactose, chất khô không béo (SNF), tỷ trọng, điểm đóng băng để "
        "phát hiện sữa pha nước, pH và độ dẫn điện để phát hiện viêm vú. Có loại siêu âm, hồng ngoại và máy điện tử cầm tay; "
        "dùng để kiểm soát chất lượng và trả tiền sữa theo thành phần. Cần hiệu chuẩn, vệ sinh định kỳ và đào tạo người dùng.",
    ),
    (
        "nVo080",
        "en",
        "milkotester_density",
        "Reference methods for milk fat and density: Gerber and lactometer",
        "Training and reagents for the reference checks behind milk analysers: Gerber fat determination (acid digestion, amyl "
        "alcohol, centrifuged butyrometer) and density by lactometer. Typical density ranges: cow and goat milk 1.027–1.033 "
        "(average 1.030), buffalo 1.026–1.032, sheep 1.031–1.040; readings outside the range flag dilution or skimming.",
    ),
    (
        "nVo081",
        "vi",
        "betastar_combo",
        "Que thử nhanh tồn dư kháng sinh beta-lactam và tetracycline trong sữa",
        "Bộ thử sắc ký miễn dịch cho kết quả trong 5 phút: cho 0,2 mL sữa vào lọ thuốc thử, ủ ở 47,5°C trong 2 phút, cắm que "
        "thử và ủ thêm 3 phút rồi so độ đậm vạch thử với vạch chứng. Phát hiện các kháng sinh nhóm beta-lactam (amoxicillin, "
        "ampicillin, penicillin G, cloxacillin, ceftiofur...) và tetracycline ở mức thấp hơn giới hạn tồn dư tối đa của EU.",
    ),
    (
        "nVo082",
        "en",
        "ajfs_antibiotic_kits",
        "Comparison of rapid antibiotic residue kits for raw milk, including a no-power colour test",
        "University dairy department study comparing four commercial rapid beta-lactam kits (Delvo Test Fast BL, Delvo SPNT, "
        "a BLQ kit and a 3-in-1 beta-lactam/tetracycline/sulfa strip) with a new colour-comparison test that needs no "
        "electricity, on spiked and known-positive milk; advice on choosing a platform test for collection points.",
    ),
    (
        "nVo083",
        "vi",
        "yasrebi_antibiotic_kit",
        "Chuyển giao công nghệ sản xuất bộ kit phát hiện kháng sinh trong sữa",
        "Tìm đối tác chuyển giao bí quyết sản xuất bộ kit thử nhanh kháng sinh trong sữa tươi để thay hàng nhập khẩu, giảm chi "
        "phí kiểm tra và đạt mức giới hạn tồn dư theo quy chuẩn. Sữa có kháng sinh không làm được sản phẩm lên men vì ức chế "
        "vi khuẩn giống; nhu cầu trung bình khoảng 60 bộ kit mỗi ngày.",
    ),
    (
        "nVo084",
        "en",
        "dairyknowledge_alcohol",
        "Alcohol stability test for raw milk intake",
        "Platform test to show whether milk will curdle on heating: 5 ml of milk mixed with 5 ml of ethanol solution, looking "
        "for flakes or clots. Three strengths are used: milk passing 68% is superior and fit for UHT or powder, 60% negative "
        "milk is accepted for pasteurised pouch milk, and milk failing 60% is rejected. Positive results flag high acidity, "
        "colostrum or mastitis milk.",
    ),
    (
        "nVo085",
        "vi",
        "reok_platform_tests",
        "Bộ kiểm tra nhanh sữa tại bàn tiếp nhận",
        "Dịch vụ kiểm nghiệm và đào tạo các phép thử tại bàn tiếp nhận sữa: cảm quan (mùi, vị, màu, trạng thái), thử đun sôi "
        "đông tụ (COB), thử cồn về độ bền nhiệt của protein, thử resazurin 2 phút so màu để đánh giá vi sinh, thử cặn bẩn và "
        "đo tỷ trọng bằng lactometer để phát hiện pha nước; căn cứ kết quả để nhận hay trả sữa.",
    ),
    (
        "nVo086",
        "en",
        "qcvn_5_1_2017",
        "Compliance testing against QCVN 5-1:2017/BYT for liquid milk products",
        "Testing and dossier support for dairy producers declaring liquid milk products under national technical regulation "
        "QCVN 5-1:2017/BYT, issued by Circular 03/2017/TT-BYT and in force from 1 March 2018, replacing QCVN 5-1:2010/BYT; "
        "covers sampling, safety limits and the product declaration file.",
    ),
    (
        "nVo087",
        "vi",
        "viemvu_bosua_hoidap",
        "Phòng bệnh viêm vú và kiểm soát vệ sinh vắt sữa bò",
        "Hướng dẫn hộ nuôi bò sữa: vệ sinh sát trùng chuồng, dụng cụ vắt; cho bò ăn sau khi vắt để bò đứng lâu; kiểm tra "
        "bầu vú, thử cồn, thử CMT 6 tháng một lần để phát hiện sớm viêm vú; vắt tay kiểu nắm; vắt máy 3–5 phút, không để cốc "
        "quá 6 phút; tiêm vaccine viêm vú 6 tháng một lần.",
    ),
    # --- hygiene and cleaning ---
    (
        "nVo088",
        "en",
        "pedigogy_cip",
        "CIP programmes for HTST pasteurisers and milk storage tanks",
        "Training module on cleaning in place: for the HTST pasteuriser, cold pre-rinse until clear, acid circulation "
        "(phosphoric 0.15–0.6% at 71–75°C for 20–30 min), hot water rinse at 65–71°C for 5–7 min, alkali 0.15–0.7% at 65–71°C "
        "for 20–30 min, final hot rinse at 71–82°C and plates loosened to dry; for storage tanks, a hot NaOH wash of 0.35–"
        "0.55% at 75°C, hot rinse at 90°C, hot air and a brief chlorine rinse.",
    ),
    (
        "nVo089",
        "vi",
        "pmg_cip_protocols",
        "Đào tạo quy trình vệ sinh CIP và khử trùng thiết bị chế biến sữa",
        "Khóa đào tạo vệ sinh thiết bị sữa: phân loại chất bẩn, chất tẩy kiềm (NaOH, soda, trinatri phosphat), axit (phosphoric, "
        "nitric để tẩy cặn sữa), chất hoạt động bề mặt, chất tạo phức; chất khử trùng clo 50–100 ppm, iod, QUAT, axit "
        "peraxetic. Chu trình CIP 7 bước: thu hồi cặn, tráng nước lạnh dưới 25°C, nước ấm 50–60°C, rửa kiềm 0,5–1,5% ở "
        "75–80°C, rửa axit, tráng, khử trùng; kèm lịch vệ sinh và sổ ghi chép.",
    ),
    (
        "nVo090",
        "en",
        "lanka_cip_naoh",
        "Optimising caustic use in dairy CIP",
        "Research-based service to cut NaOH in clean-in-place without losing cleaning effect: laboratory and plant trials "
        "tracking chemical and microbial parameters of the solutions, swab checks with about 2,000 cfu as the clean limit, "
        "and a recommendation of at least 1.2% v/v caustic for raw milk storage tanks; lower chemical, cost and effluent.",
    ),
    (
        "nVo091",
        "vi",
        "ifsqn_cip",
        "Kiểm chứng hiệu quả vệ sinh thiết bị sữa bằng que ATP và tăm bông",
        "Tư vấn quy trình vệ sinh bề mặt tiếp xúc sản phẩm: tráng nước lạnh tới khi trong, tuần hoàn xút ở 80°C đủ thời gian, "
        "tráng sạch, khử trùng, tráng nước uống được; định kỳ rửa axit tẩy cặn. Thẩm tra hiệu quả bằng que thử ATP hoặc tăm "
        "bông vi sinh; dùng bàn chải thực phẩm thay giẻ, mút dễ nhiễm bẩn và bong mảnh.",
    ),
    (
        "nVo092",
        "en",
        "mejeriet_cip",
        "CIP standard programmes and instrumentation for small dairies",
        "Dairy consultancy setting up CIP: pre-rinse wets surfaces and removes most residue; caustic wash normally 1–2% (3–4% "
        "for heavy soil) and often recovered for reuse; intermediate rinse checked by conductivity transmitters; final rinse "
        "water reused as next pre-rinse; disinfection with hydrogen peroxide or nitric acid; level, flow and conductivity "
        "instruments kept in good order.",
    ),
    (
        "nVo093",
        "vi",
        "lua_visinh_bosua",
        "Quy trình vắt sữa sạch giảm nhiễm vi sinh",
        "Hướng dẫn hạn chế nhiễm vi sinh vào sữa: dọn máng, phân, rửa nền chuồng nhưng không quét tung bụi; tắm bò khoảng 30 "
        "phút trước khi vắt; lau bầu vú bằng khăn sạch nhúng nước ấm 40–42°C, mỗi con một khăn; nhúng đầu núm vú vào cồn iod "
        "2–4%; xoa bóp kích thích tiết sữa; rửa và phơi khô dụng cụ sau mỗi lần dùng.",
    ),
    (
        "nVo094",
        "en",
        "hanoi_vstp_suabo",
        "Food-safety procedure for milking, collecting and transporting fresh cow milk",
        "Agriculture department procedure for households and collectors: check milking tools (stainless or aluminium pail, "
        "transport can, strainer, 1–2% iodine, drying cloths) used only for milk; clean the shed before and after milking; "
        "milkers healthy with short nails; wash and dry teats; strip first jets into a black-bottomed cup and keep clotted "
        "milk separate for the collection point; milk out fully and disinfect teats afterwards.",
    ),
    (
        "nVo095",
        "vi",
        "joygoats_flavour",
        "Xử lý mùi vị lạ trong sữa dê",
        "Tư vấn của hội chăn nuôi dê: sữa dê tốt có vị như sữa, có người thấy mượt và nhẹ hơn sữa bò. Khi sữa có mùi lạ cần "
        "kiểm tra thức ăn trước tiên vì dê ăn gì sữa mang mùi đó; một số thuốc tẩy giun gây vị khó chịu nếu không ngừng dùng "
        "sữa đúng thời gian; nếu chỉ một con có sữa đắng thì nhiều khả năng do viêm vú tiềm ẩn; khi chọn giống cần xét cả độ "
        "đậm và hương vị sữa.",
    ),
    (
        "nVo096",
        "en",
        "abernathy_offflavor",
        "Troubleshooting off-flavours in goat milk",
        "Checklist from a goat dairy: reported causes of off-flavour are about 80% feed, 5% oxidation, 5% rancidity, 3% "
        "chemical residues, 3% hygiene and 4% other. Check for a buck on the premises, run the California Mastitis Test, "
        "review udder cleaning, sanitised pails and prompt cooling in glass, new hay, vitamin B12/cobalt deficiency, recent "
        "drugs and stage of lactation.",
    ),
    (
        "nVo097",
        "vi",
        "countrysmallholder_taste",
        "Sữa dê thơm sạch: vệ sinh và làm lạnh đúng cách",
        "Chia sẻ của người nuôi dê lâu năm: sữa từ dê khỏe, vắt trong điều kiện sạch và bảo quản lạnh đúng trong dụng cụ vô "
        "trùng sẽ không có mùi lạ, khách khó phân biệt với sữa bò. Sữa là môi trường vi khuẩn phát triển mạnh và dễ hút mùi; "
        "nhiệt độ quyết định tốc độ sinh sôi nên làm lạnh nhanh vừa giữ an toàn vừa giữ hương vị.",
    ),
    # --- cold storage and cold chain ---
    (
        "nVo098",
        "vi",
        "kho_lanh_tongquan",
        "Thiết kế, lắp đặt kho lạnh bảo quản thực phẩm",
        "Thi công kho lạnh vỏ panel cách nhiệt, lắp thiết bị làm lạnh điều chỉnh nhiệt độ theo từng sản phẩm, có thể thêm hệ "
        "tăng hoặc hút ẩm. Các loại: kho cấp đông, kho trữ đông cho hàng đông lạnh, kho mát trên 0°C; thiết kế theo mục đích "
        "(nhà hàng, cơ sở chế biến) và diện tích sẵn có.",
    ),
    (
        "nVo099",
        "en",
        "icepointech_coldroom",
        "Cold room engineering for ice cream storage",
        "Cold storage design from an engineering view: ice cream is a metastable frozen emulsion of ice crystals, fat, air "
        "and sugars, and quality loss comes mainly from temperature instability rather than storage time. We design "
        "temperature set points, airflow uniformity and freezer layout to limit recrystallisation, plus operating practice "
        "for the cold chain.",
    ),
    (
        "nVo100",
        "vi",
        "palsgaard_heat_shock",
        "Hệ nhũ hóa – ổn định chống sốc nhiệt cho kem",
        "Nhà cung cấp phụ gia tư vấn giữ chất lượng kem trong chuỗi lạnh: kem cần giữ sát −18 đến −25°C; khi ấm lên tinh thể "
        "đá tan, bọt khí vỡ và không phục hồi; khi lạnh lại tinh thể đá lớn dần, lactose kết tinh gây sạn, kem co ngót. Kem "
        "tiếp xúc không khí ấm vài phút đã bắt đầu tan dù trông vẫn đông. Phối trộn chất nhũ hóa, ổn định phù hợp giúp kem "
        "chịu sốc nhiệt tốt hơn.",
    ),
    (
        "nVo101",
        "en",
        "euroglaces_storage",
        "Good practice for ice cream storage along the cold chain",
        "Industry guidance: store packaged edible ices in factory cold stores at about −25°C, keep temperature fluctuations "
        "minimal from factory store to retailer store to shop freezer to avoid recrystallisation and grainy texture, and aim "
        "for a core temperature below −18°C in consumer packs; shoppers should use cool bags.",
    ),
    (
        "nVo102",
        "vi",
        "guelph_icecream_shelflife",
        "Kéo dài hạn sử dụng kem, chống kết tinh đá",
        "Tư vấn của nhóm công nghệ kem đại học: lỗi cấu trúc thường gặp nhất là kem thô, sạn đá, cũng là giới hạn chính của "
        "hạn dùng; hạn dùng có thể một năm hay chỉ hai tuần tùy điều kiện bảo quản. Cách phòng: công thức đúng, lạnh đông "
        "nhanh trong máy được bảo trì tốt, làm cứng nhanh, tránh dao động nhiệt khi bảo quản và phân phối.",
    ),
    (
        "nVo103",
        "en",
        "carbonexpo_loggers",
        "Temperature data loggers for refrigerated transport",
        "Supply of temperature data loggers for cold-chain trucks and shipments of chilled and frozen food: the logger records "
        "temperature at set intervals over the whole journey, raises an alarm when it drifts from the set range so the "
        "driver or office can act, and provides the record buyers increasingly require.",
    ),
    (
        "nVo104",
        "vi",
        "therio_cold_chain",
        "Giải pháp chuỗi lạnh cho sản phẩm sữa của trang trại",
        "Tư vấn chuỗi lạnh cho trại tự chế biến và bán sữa: kho mát, tủ làm lạnh nhanh, tủ đông, cảnh báo nhiệt độ; xe lạnh "
        "riêng, ghép hàng lạnh, thùng xốp đá khô cho đơn nhỏ. Yêu cầu: sữa tươi 2–4°C, hàng đông −18°C trở xuống, ghi chép "
        "nhiệt độ suốt chuỗi. Chi phí tham khảo: xe lạnh đắt hơn xe thường 30–50%, kho mát 5.000–20.000 USD, thiết bị ghi "
        "nhiệt 50–500 USD mỗi cái.",
    ),
    (
        "nVo105",
        "en",
        "tu_dong_mat",
        "Dual-zone upright fridge-freezers for food shops",
        "Stainless upright cabinets with a freezer compartment (about 0 to −18°C) and a chiller compartment (about 0–10°C), "
        "200 to over 500 litres, R600a or R134a refrigerant, fan circulation and auto-defrost; suited to kitchens, shops and "
        "small outlets storing frozen and chilled goods in one unit.",
    ),
    # --- shelf life and packaging ---
    (
        "nVo106",
        "en",
        "esl_review_mdpi",
        "Extended shelf-life (ESL) milk heat treatment",
        "University review and process advice on ESL milk: heat treatment between HTST pasteurisation and UHT, aimed at a "
        "refrigerated shelf life of more than 30 days; it must inactivate all vegetative bacteria and spores of "
        "psychrotrophic bacteria, especially Bacillus cereus, while keeping cooked flavour low.",
    ),
    (
        "nVo107",
        "vi",
        "dairymachinehub_shelf",
        "Tư vấn kéo dài hạn sử dụng sữa thanh trùng",
        "Nhà cung cấp thiết bị sữa tư vấn: sữa thanh trùng thông thường để được khoảng 12–15 ngày tùy có rót vô trùng hay "
        "không; muốn để lâu ở nhiệt độ thường phải xử lý UHT khoảng 140°C trong 1–2 giây, hạn dùng khoảng 6 tháng. Khuyến "
        "nghị bảo quản ở chỗ lạnh nhất của tủ và kiểm soát nhiệt độ trong phân phối.",
    ),
    (
        "nVo108",
        "en",
        "ntro_esl",
        "ESL milk processing: thermal or microfiltration routes",
        "Process consultancy for extended shelf-life milk: a heat step stronger than pasteurisation but milder than UHT, or "
        "non-thermal microfiltration, combined with hygienic packaging gives 30 to 90 days under refrigeration against 7–10 "
        "days for regular pasteurised milk, with fresher taste than UHT and no preservatives; the target is psychrotrophic "
        "spore-formers.",
    ),
    (
        "nVo109",
        "vi",
        "baobi_sua_tiettrung",
        "Bao bì giấy nhiều lớp cho sữa tiệt trùng UHT",
        "Tư vấn bao bì cho sữa tiệt trùng UHT bảo quản nhiệt độ thường 3–6 tháng: tối thiểu 6 lớp từ ngoài vào gồm PE chống "
        "thấm, giấy in, carton tạo cứng, PE kết dính, lá nhôm cản ánh sáng, oxy, hơi nước và PE trong cùng để hàn nhiệt; các "
        "lớp trừ carton dày khoảng 20 µm. Bao bì cho sữa thanh trùng không có lớp nhôm.",
    ),
    # --- neighbouring fields (distractors) ---
    (
        "nVo110",
        "vi",
        "goat_lamnong",
        "Kỹ thuật chăn nuôi dê lấy sữa hiệu quả",
        "Tài liệu kỹ thuật nuôi dê sữa: đặc tính sinh học, tập tính ăn (dê ăn được nhiều loại lá hơn trâu bò, kể cả lá có mùi, "
        "vị đắng), dạ dày bốn túi, đặc điểm sinh trưởng; thiết kế chuồng, khẩu phần và phòng bệnh để đàn dê cho nhiều sữa.",
    ),
    (
        "nVo111",
        "vi",
        "goat_bentre_saanen",
        "Cung cấp dê giống Saanen và mô hình trại dê sữa",
        "Trang trại dê Saanen nguồn gốc Thụy Sĩ chia sẻ mô hình: khởi đầu với 50 m² chuồng và 6 dê giống, chuyển đất lúa kém "
        "hiệu quả sang trồng cỏ, thức ăn chủ yếu là cỏ, bã bia và thức ăn chuyên cho dê sữa; bán dê giống cho hộ mới nuôi.",
    ),
    (
        "nVo112",
        "en",
        "goat_nhanong",
        "Dairy goat rearing: feeding does for higher milk yield",
        "Extension package on raising goats for milk: why goat milk fetches one and a half to two times the price of cow milk, "
        "feeding does before and after kidding (porridge, bran), and the diet needed to sustain yield and milk quality.",
    ),
    (
        "nVo113",
        "en",
        "goat_mangden",
        "Setting up a large dairy goat breeding farm",
        "Experience from a large highland goat dairy: 700 high-yield dairy goats flown in from Australia, later stock from "
        "France; ten long barns on a hill each holding about 1,000 goats, divided by sex, breed and age, with high roofs, fans "
        "and slatted wooden floors for manure collection; natural kidding with technical staff on hand.",
    ),
    (
        "nVo114",
        "vi",
        "keodua_vnanet",
        "Sản xuất kẹo dừa thủ công kết hợp du lịch làng nghề",
        "Cơ sở kẹo dừa hơn 20 năm chia sẻ cách làm kẹo, mứt từ cơm dừa ta địa phương, tăng sản lượng dịp Tết và tổ chức cho "
        "du khách tham quan quy trình nấu, cắt, gói kẹo tại xưởng.",
    ),
    (
        "nVo115",
        "en",
        "fao_coconut_water",
        "Small-scale bottled coconut water by cold preservation",
        "FAO good-practice package for micro and small enterprises bottling coconut water: one coarse filtration, hygienic "
        "bottling and chilling give a shelf life of at least ten days under refrigeration, avoiding the flavour damage of "
        "high-temperature canning; covers quality and safety at every step.",
    ),
    (
        "nVo116",
        "vi",
        "cardi_coconut_water",
        "Quy trình đóng chai nước dừa tươi",
        "Quy trình của cơ sở chế biến nước dừa: đếm và ghi nhận trái mua của nông dân, rửa và khử trùng trái bằng dung dịch "
        "tẩy nhẹ, lọc nước dừa qua rây và vải vào can 5 gallon, đưa vào tủ cấp đông nhanh khoảng 1 giờ, bơm sang bồn chứa, "
        "chiết chai theo thể tích, đóng nắp rồi cấp đông và trữ đông chờ giao.",
    ),
    (
        "nVo117",
        "vi",
        "uchua_co_thuvien",
        "Kỹ thuật ủ chua cỏ làm thức ăn dự trữ cho trâu bò, dê",
        "Chuyển giao kỹ thuật ủ lên men cỏ xanh: 100 kg cỏ, 0,5 kg muối, 6–7 kg cám gạo hoặc bột ngô, bột sắn; cỏ bánh tẻ, độ "
        "ẩm 70–80%, cắt đoạn 3–5 cm, ủ trong hố hoặc túi kín để có nguồn thức ăn lên men dự trữ cho gia súc.",
    ),
    (
        "nVo118",
        "en",
        "uchua_co_hue",
        "Green fodder silage in plastic bags or drums for cattle",
        "Extension guide to ensiling green fodder: 100 kg of grass, maize stalks, cassava or sugarcane tops with 6–7 kg rice "
        "bran or cassava or maize meal and 0.5 kg salt, plus 2–4 kg molasses if available; chopped 5–10 cm, wilted half a "
        "day, packed into thick plastic bags or 200-litre drums; keeps 3–4 months.",
    ),
    (
        "nVo119",
        "en",
        "block_ice_iasri",
        "Block ice plants with brine tanks",
        "Design of traditional block ice plants: water frozen in cans immersed in circulating sodium or calcium chloride brine "
        "for 8 to 24 hours, blocks of 12 to 150 kg, a travelling crane moving rows of cans to a thaw tank; a 100 t/day plant "
        "needs 10 to 15 workers on shifts. Block ice is easy to store and transport in tropical small-scale fisheries.",
    ),
    (
        "nVo120",
        "vi",
        "block_ice_tamutom",
        "Dây chuyền sản xuất nước đá cây",
        "Cung cấp thiết bị làm đá cây: đổ nước vào khuôn kim loại, nhúng vào bể nước muối lạnh sâu dưới điểm đông, sau vài giờ "
        "nhấc khuôn, nhúng nước thường để rút cây đá rồi trữ. Đá cây dễ bảo quản, vận chuyển, tan chậm, có thể đập nhỏ theo "
        "kích cỡ; nhược điểm là thời gian đông 8–36 giờ cho cây 12–140 kg và tốn nhân công.",
    ),
    (
        "nVo121",
        "en",
        "tofu_permaculture",
        "Micro-business tofu and soy milk production",
        "A small producer shares process and costs: about 4 kg of soybeans a week soaked in 8 litres of water, ground with 30 "
        "litres of water at about 13 minutes per kg, the soy milk cooked 15 minutes at 80–85°C, curdled with epsom salts, "
        "curds pressed about 10 minutes in cloth-lined trays; okara and soy whey go to baking and pig feed.",
    ),
    (
        "nVo122",
        "vi",
        "tofu_docstoc",
        "Sản xuất sữa đậu nành và đậu phụ quy mô nhỏ",
        "Hướng dẫn làm sữa đậu nành và đậu phụ: ngâm đậu qua đêm bằng nước lạnh hoặc 2–3 giờ bằng nước nóng, xay với nước, "
        "lọc lấy dịch sữa (khoảng 3,5% đạm, 2% béo); thêm chất làm đông cho dịch sữa kết tủa rồi ép khối đông thành bánh đậu.",
    ),
    (
        "nVo123",
        "en",
        "juice_hotfill_rybo",
        "Hot-fill bottling line for juices and teas",
        "Hot-fill equipment for beverages with pH below 4.5: product pasteurised at 90–95°C for 15–30 seconds in a heat "
        "exchanger, cooled to 82–85°C and filled, optionally with nitrogen in the headspace, capped at once, bottle tilted or "
        "inverted to sterilise the closure, then cooled in a water bath or shower and labelled.",
    ),
    (
        "nVo124",
        "vi",
        "juice_practical_action",
        "Thanh trùng nước quả quy mô nhỏ",
        "Hướng dẫn của tổ chức phát triển cho cơ sở nước quả: thanh trùng ở 80–95°C trong 1–10 phút trước khi rót nóng; mức đơn "
        "giản dùng nồi trên bếp ga, mức cao hơn là nồi hai vỏ inox có nồi hơi nhỏ khoảng 5.000–10.000 bảng Anh; kiểm tra chai "
        "tái sử dụng, dùng nắp mới, kiểm soát nồng độ chất bảo quản.",
    ),
    (
        "nVo125",
        "en",
        "biogas_fcg",
        "Plug-and-play biogas digesters for small livestock farms",
        "Factory-built insulated digester tanks delivered on a lorry: a 100 m³ unit suits a 150-head dairy farm and, fed 3 m³ "
        "of slurry a day, can give about 65 m³ of biogas for a small CHP unit or a boiler heating water for parlour washing, "
        "calf housing or the farmhouse; mixing by gas injection.",
    ),
    (
        "nVo126",
        "vi",
        "biogas_farmingmag",
        "Hầm ủ biogas từ phân bò kết hợp phụ phẩm chế biến",
        "Tư vấn hầm ủ kỵ khí xử lý phân bò: phân có hàm lượng chất rắn khoảng 14% trở xuống, không lẫn đất cát, sỏi; có thể "
        "bổ sung phụ phẩm chế biến thực phẩm như whey phô mai để tăng lượng khí mê-tan; giảm mùi, ruồi, mầm bệnh, tạo điện, "
        "nhiệt và phân bón.",
    ),
    (
        "nVo127",
        "vi",
        "lamdong_bosua",
        "Đánh giá sinh sản và năng suất sữa các nhóm bò lai Holstein",
        "Nghiên cứu sức sinh sản và sản xuất sữa của bò Holstein Friesian thuần và bò lai F1, F2, F3: tuổi phối giống lần đầu "
        "sớm (15,88 tháng ở F1, 18,07 tháng ở HF), khoảng cách lứa đẻ 12–13 tháng; tăng tỷ lệ máu HF thì năng suất sữa tăng "
        "nhưng tỷ lệ mỡ sữa giảm; sản lượng 305 ngày cao nhất ở lứa thứ tư.",
    ),
    (
        "nVo128",
        "en",
        "mocchau_bosua",
        "Contract dairy cow farming model with land and cows from a company",
        "Model of a highland dairy farm of more than 100 cows on 3 hectares, started with cows and land contracted from a "
        "company in 2003; milk sold at a stable 11,000–12,000 VND per litre, about 1 tonne a day at peak, annual income "
        "around 3 billion VND; 305-day lactations of up to 10,000 kg; herd health supervised by regional technical teams.",
    ),
    (
        "nVo129",
        "vi",
        "fishbox_crates",
        "Thùng giữ lạnh cá dùng cho tàu và vận chuyển hải sản",
        "Cung cấp thùng giữ lạnh cá vỏ nhựa bền, lõi xốp polyurethane; hướng dẫn chọn loại đá (đá vảy làm lạnh nhanh nhờ diện "
        "tích tiếp xúc lớn, đá cây tan chậm) và cách xếp cá, đá để giữ tươi hải sản từ lúc đánh bắt tới nơi tiêu thụ.",
    ),
    (
        "nVo130",
        "vi",
        "shrimp_pto",
        "Quy trình chế biến tôm PTO đông lạnh",
        "Quy trình chế biến tôm bóc vỏ chừa đuôi (PTO) đông lạnh từ tôm sú, tôm thẻ, tôm chì: tôm sau thu hoạch ướp đá 5–15°C "
        "trong thùng cách nhiệt lót trấu dày 5 cm, vận chuyển về nhà máy, sơ chế, cấp đông và bảo quản lạnh.",
    ),
    (
        "nVo131",
        "en",
        "soymilk_newbiz",
        "Soy milk and tofu manufacturing unit",
        "Business set-up for a soy milk and tofu unit: soybean grinder and separator, steam-jacketed boiling pan, tofu press "
        "and vacuum packer in 400–600 sq ft with good drainage; soak 6–8 hours, grind, boil at 100°C, bottle or curdle with "
        "magnesium chloride, press, cube and vacuum pack; 1 kg of beans gives about 2 kg of tofu.",
    ),
    (
        "nVo132",
        "vi",
        "kersia_juice_cip",
        "Vệ sinh CIP cho nhà máy nước trái cây",
        "Giải pháp vệ sinh cho nhà máy nước ép: hệ CIP dùng một lần hoặc thu hồi dung dịch tẩy để tái sử dụng, làm sạch "
        "đường ống bằng dòng chảy rối, bồn bằng đầu phun tĩnh hoặc xoay; vệ sinh ngoài máy chiết, băng tải bằng hệ bọt áp lực "
        "trung bình; chất bôi trơn băng tải có tính diệt khuẩn chống nhớt. Nước quả có pH thấp dễ bị nấm men lên men.",
    ),
    (
        "nVo133",
        "vi",
        "haccp_bia_chai",
        "Xây dựng hệ thống HACCP cho nhà máy bia chai",
        "Đề tài xây dựng HACCP cho nhà máy sản xuất bia chai: tổng quan sản xuất và tiêu thụ bia ở Việt Nam, 12 bước áp dụng "
        "HACCP, các chương trình tiên quyết GMP và SSOP, bảng phân tích mối nguy và kế hoạch HACCP cho từng công đoạn nấu, "
        "lên men, chiết chai, thanh trùng.",
    ),
    (
        "nVo134",
        "vi",
        "dohop_dua_tiengiang",
        "Công nghệ sản xuất đồ hộp dứa nước đường",
        "Quy trình và thiết bị đồ hộp dứa nước đường tại nhà máy rau quả: yêu cầu và bảo quản nguyên liệu, đột lõi, gọt vỏ, "
        "cắt khoanh, xếp hộp, rót nước đường, ghép nắp, thanh trùng; các dạng hư hỏng đồ hộp do vi sinh vật, hóa học, cơ lý "
        "và biện pháp nâng cao hiệu suất thu hồi.",
    ),
    (
        "nVo135",
        "en",
        "baobi_thuytinh",
        "Glass packaging for food: properties and production",
        "University packaging course material on glass containers for food and drink: raw materials and forming of glass "
        "bottles and jars, barrier and chemical inertness, breakage and weight drawbacks, closures and quality checks.",
    ),
    (
        "nVo136",
        "en",
        "duacuoi_bentre",
        "Carved 'smiling' drinking coconuts for export",
        "A start-up turns young drinking coconuts into a branded product: the shell is trimmed and carved with a smiling face "
        "and an easy-open top so the nut can be sold as a ready drink, raising the value farmers get per coconut and "
        "competing with Thai and Indonesian coconut exporters.",
    ),
    (
        "nVo137",
        "vi",
        "suabot_doan",
        "Thiết kế phân xưởng sản xuất sữa bột",
        "Đồ án thiết kế phân xưởng sữa bột: tổng quan sản phẩm sữa bột nguyên kem và sữa bột gầy, quy trình cô đặc và sấy "
        "phun, tính cân bằng vật chất, chọn thiết bị và bố trí mặt bằng phân xưởng.",
    ),
    (
        "nVo138",
        "vi",
        "suadac_scribd",
        "Quy trình sản xuất sữa đặc có đường",
        "Tài liệu quy trình sữa đặc có đường: nguyên liệu sữa tươi, bột sữa gầy, bột sữa béo, đường; chuẩn hóa, trộn tuần "
        "hoàn, đồng hóa, gia nhiệt, cô đặc, làm nguội kết tinh lactose, rót lon; thiết bị trao đổi nhiệt tấm và các biến đổi "
        "của sữa khi gia nhiệt.",
    ),
    (
        "nVo139",
        "en",
        "daudua_handmade",
        "Handmade virgin coconut oil as a home business",
        "Small-scale extraction and bottling of virgin coconut oil for cosmetics and hair care: prices around 80,000–120,000 "
        "VND per 100 ml bottle, sales to spas and beauty salons and to tourists; a home producer reports monthly sales of about "
        "10 million VND with 5–6 million profit.",
    ),
    # --- more offers on the theme ---
    (
        "nVo140",
        "en",
        "ruralnews_platecooler",
        "Checking and tuning a plate milk cooler",
        "Service to test plate heat exchanger performance on dairy farms: an efficient plate cooler brings milk to within "
        "2°C of the incoming water (14°C water, about 16°C milk). We size it for peak milk pump flow, match water to milk flow "
        "(3:1 works best for M-series plates, 1.5–2:1 on newer models) and measure flow with a bucket and stopwatch.",
    ),
    (
        "nVo141",
        "vi",
        "agrimoon_alcohol",
        "Phép thử cồn 68% sàng lọc sữa nguyên liệu",
        "Hướng dẫn phép thử nhanh, rẻ tại điểm thu: trộn lượng bằng nhau (ví dụ 2 mL) sữa và cồn 68% theo khối lượng (pha 68 "
        "mL cồn 96% với 28 mL nước cất) trong ống nghiệm, lắc nhẹ và quan sát kết tủa. Sữa có axit trên 0,21% hoặc sữa bất "
        "thường như sữa đầu, sữa viêm vú sẽ không qua phép thử và không nên đưa vào chế biến.",
    ),
    (
        "nVo142",
        "en",
        "fao_mcc_guidelines",
        "Technical and investment guidelines for milk cooling centres",
        "FAO 2016 guidelines for planning, equipping and financing milk cooling centres that serve smallholder producers: "
        "technical choices for cooling equipment and the investment case for cooperatives, processors and development "
        "programmes.",
    ),
    (
        "nVo143",
        "vi",
        "farmfood_bulk_tank",
        "Bồn làm lạnh sữa tại trại và quy trình giao cho xe bồn",
        "Mô hình trại dê sữa dùng bồn inox làm lạnh nhanh và trữ sữa tới khi xe bồn cách nhiệt đến lấy: bồn chứa gần 2.000 "
        "gallon (7.500 lít), mỗi tuần xả một lần theo giờ cố định. Trước khi bơm lên xe, sữa được kiểm tra nhiệt độ, mùi, màu, "
        "vị và lấy mẫu gửi kiểm nghiệm, rồi chở về nhà máy chế biến.",
    ),
    (
        "nVo144",
        "en",
        "yogurt_incubator_pa",
        "Low-cost yoghurt incubators for small processors (manual and semi-automatic)",
        "Development organisation design for small yoghurt makers who rely on foam or wooden boxes that cannot hold "
        "temperature, take only about 250 cups a batch and are hard to clean: an aluminium-frame cabinet with rigid foam "
        "insulation, built in a manual and a semi-automatic version differing only in the thermostat unit; cheaper and larger "
        "than imported industrial incubators and easy to run and maintain.",
    ),
    (
        "nVo145",
        "vi",
        "soured_milk_pa",
        "Tủ ủ sữa chua 500 hũ mỗi mẻ tự đóng",
        "Bản vẽ và vật tư tủ ủ sữa chua cho cơ sở nhỏ: khung nhôm, kính mặt trước, xốp cứng cách nhiệt, bóng đèn 40 W đặt ở "
        "đáy làm nguồn nhiệt, bộ điều nhiệt chỉnh được, nhiệt kế mặt số 0–100°C, quạt hộp; hai buồng, mỗi buồng 6 khay, mỗi "
        "khay 42 hũ, tức khoảng 500 hũ mỗi mẻ; chiếm sàn 60 × 122,5 cm, điện 240 V. Kèm hướng dẫn kiểm soát màu, vị, độ đặc và "
        "bao gói hũ nhựa dán màng.",
    ),
    (
        "nVo146",
        "en",
        "sordi_set_yoghurt",
        "Set yoghurt lines: filling before fermentation, incubation rooms",
        "Process lines for set yoghurt: after pasteurisation the starter is added and the milk is packed at once, so "
        "fermentation takes place in the cup in dedicated rooms held at constant temperature until the target acidity; no "
        "coagulum breaking, unlike stirred yoghurt.",
    ),
    (
        "nVo147",
        "vi",
        "yogurt_process_4346",
        "Quy trình sữa chua khuấy và sữa chua đông trong hũ",
        "Chuyển giao quy trình: sau đồng hóa làm nguội sữa về 43–46°C, cấy giống khoảng 2%, giữ ở nhiệt độ này 3–4 giờ để lên "
        "men tạo axit lactic và hương đặc trưng. Sữa chua khuấy lên men trong bồn vài trăm gallon rồi làm lạnh, rót hũ; sữa "
        "chua đông lên men ngay trong hũ thành phẩm.",
    ),
    (
        "nVo148",
        "en",
        "iasri_milk_packaging",
        "Packaging materials and filling systems for fluid milk",
        "Dairy engineering course module: why milk is packaged (protection from microbes and filth, moisture, oxygen and "
        "light, easy handling), the requirements for a milk container (no post-process contamination, no migration, "
        "resistance to cleaning agents), single-use flexible packs versus returnable containers, and filling machines.",
    ),
    (
        "nVo149",
        "vi",
        "baopack_pouch",
        "Máy đóng gói sữa túi và màng bao bì nhiều lớp",
        "Cung cấp máy đóng gói sữa dạng túi: hút chân không trước khi hàn để hạn chế oxy, màng nhiều lớp PE, PP, lá nhôm chắn "
        "ánh sáng, oxy, ẩm; phương án rót vô trùng cho sữa tiệt trùng; túi có van rót, khóa chống mở trộm, dễ rót, dễ trữ.",
    ),
    (
        "nVo150",
        "en",
        "morningfresh_glass",
        "Returnable glass milk bottles with a deposit scheme",
        "A family dairy shares its returnable glass bottle programme: glass is non-porous so no odours or tastes reach the "
        "milk; each bottle is used more than 30 times on average, passing through an industrial washer that cleans and "
        "sanitises it; a deposit makes sure bottles come back and keeps plastic jugs out of landfill.",
    ),
    (
        "nVo151",
        "vi",
        "iwig_bottlewasher",
        "Máy rửa – khử trùng chai thủy tinh đựng sữa",
        "Kinh nghiệm cơ sở sữa đóng chai thủy tinh: máy rửa chai nặng khoảng 12.000 pound, hai người vận hành, rửa và khử trùng "
        "tới 1.000 chai mỗi giờ; két chứa chai cũng được rửa, chai úp ngược trong két chờ đến máy chiết; khách trả chai để "
        "nhận lại tiền cọc.",
    ),
    (
        "nVo152",
        "en",
        "finans_popsicle_process",
        "Commercial popsicle process: cook, cool, mould, freeze tunnel, wrap",
        "Process design for commercial popsicles: ingredients combined and cooked in a vat to the right consistency, moved to "
        "a cooling tank, poured into popsicle moulds carried on a conveyor through a freezing tunnel at constant "
        "temperature, demoulded, inspected and machine-wrapped in sealed plastic.",
    ),
    (
        "nVo153",
        "vi",
        "longer_sticks",
        "Cung cấp que gỗ cho kem que",
        "Cung cấp que gỗ và que nhựa cho kem que: loại truyền thống màu gỗ mộc, mỏng, dài khoảng 8–13 cm, đóng gói 100 hoặc "
        "500 que; có que đôi cho kem hai que.",
    ),
    (
        "nVo154",
        "en",
        "coconut_milk_upr",
        "Efficient coconut milk extraction from coconut pulp",
        "Research-based process for coconut milk extraction: heating the pulp before milling improves the hammer mill; at "
        "35–50°C pulp yields about 65% milk with 25–30% fat and 37–38% total solids. Adding water at about 40°C or steam "
        "treatment with near-boiling water both work, and steam is recommended as cleaner.",
    ),
    (
        "nVo155",
        "vi",
        "coconut_milk_askvity",
        "Dây chuyền nạo, ép nước cốt dừa",
        "Cung cấp thiết bị chế biến nước cốt dừa: máy nạo cơm dừa già, trộn với một ít nước nóng để béo tách ra, máy ép thay "
        "cho vắt tay để tăng hiệu suất, lọc, thanh trùng hoặc tiệt trùng kéo dài hạn dùng, rồi đóng lon, hộp giấy.",
    ),
    (
        "nVo156",
        "en",
        "lyotrade_yogurt_fd",
        "Small freeze dryer trials for yoghurt",
        "Freeze-drying trials on a compact lyophiliser: five 1-kg buckets of white yoghurt spread one kilo per tray, frozen 12 "
        "hours and dried 35 hours; an earlier 10 kg load took about 3 days. The dry layer peels off and grinds to powder; a "
        "second tray set lets one batch freeze while another dries.",
    ),
    (
        "nVo157",
        "vi",
        "mejeriet_freezedry",
        "Sấy thăng hoa sản phẩm sữa và giống khởi động",
        "Tư vấn sấy thăng hoa: cấp đông sản phẩm dưới điểm eutectic, hút chân không sâu, cấp nhiệt có kiểm soát để nước thăng "
        "hoa; sản phẩm giữ dinh dưỡng, hương, màu, đựng kín bảo quản lâu không cần lạnh; dùng làm giống khởi động. Chi phí cao "
        "khi làm quy mô nhỏ.",
    ),
    (
        "nVo158",
        "en",
        "rocketsciences_plastic",
        "Milk container and udder-towel survey: why milk is rejected",
        "University survey of 177 farms delivering to two dairy cooperatives: 24.9% of milk was rejected, almost 40% of samples "
        "had mastitis, and milk in plastic containers was three times more likely to be rejected than in aluminium, stainless "
        "or food-grade cans; shared cloth towels also raised rejection. Training on containers and udder hygiene for "
        "cooperatives.",
    ),
    (
        "nVo159",
        "vi",
        "inventa_cans",
        "Can inox 304 đựng và vận chuyển sữa",
        "Cung cấp can sữa inox thay can nhôm, can nhựa: inox crôm–niken trơ hóa học, không phản ứng với sữa, giữ vị sữa; bề "
        "mặt nhẵn cứng dễ vệ sinh, khử trùng, hạn chế bám vi khuẩn; nhôm dễ móp và lớp ô-xít bị bào mòn khi rửa bằng chất tẩy "
        "kiềm.",
    ),
    (
        "nVo160",
        "en",
        "mazzican",
        "Food-grade plastic milking and transport cans for smallholders",
        "Field-tested affordable food-grade plastic can for milking, handling and transporting raw milk, designed to replace "
        "ordinary plastic jerrycans that are not made for milk and spoil its bacterial quality; trials with agro-pastoralists "
        "and smallholders showed acceptance and better bacteriological quality.",
    ),
    (
        "nVo161",
        "vi",
        "weishu_semi_auto",
        "Dây chuyền kem ly bán tự động hay tự động: so sánh chi phí, công suất",
        "Nhà sản xuất thiết bị so sánh dây chuyền kem ly: bán tự động (đặt ly, khởi động rót, ép nắp, loại sản phẩm lỗi bằng "
        "tay) hợp sản lượng thấp, đổi sản phẩm nhiều, vốn ít; tự động hoàn toàn từ tách ly, rót, thả nhân, hàn nắp, in date, "
        "đóng thùng. So sánh vốn đầu tư, số công nhân mỗi ca, công suất ngày và độ đồng đều; cấu hình mô-đun để nâng cấp sau.",
    ),
    (
        "nVo162",
        "en",
        "yida_flexible_line",
        "Flexible cup, stick and bar ice cream filling line",
        "Planning of one line that switches between cups, sticks and bars: freezers, moulds, fillers, conveyors, hardening "
        "tunnels and packaging combined according to the real product mix (cup-focused, stick and bar specialist or mixed "
        "portfolio), with short changeovers and room to add formats later.",
    ),
]
