"""Offers for holdout132 (jewellery, goldsmith and silversmith workshops).

Rows: (id, language, source key, title, description). Each offer paraphrases the page under its source key in
holdout132_sources.py, voiced as an institute, a university, a firm or a technology exchange would post it.
Offers nDo123 to nDo156 are distractors from neighbouring fields.
"""

OFFERS = [
    # --- wax models, CAD and 3D-printed patterns ---
    (
        "nDo001",
        "en",
        "solidprint",
        "Desktop resin 3D printing of castable jewellery patterns for small workshops",
        "We supply and set up desktop stereolithography printers with castable jewellery resins, so that a workshop can "
        "produce lost-wax casting patterns straight from CAD instead of sculpting every pattern by hand. The printed "
        "pattern is invested and burnt out like wax, and the route suits precise, fine-surfaced pieces in gold, silver or "
        "platinum. Training covers orientation, supports and post-curing for small makers and designers.",
    ),
    (
        "nDo002",
        "vi",
        "skyjems",
        "Dịch vụ in mẫu đúc bằng nhựa in 3D (SLA/DLP) từ file CAD",
        "Chúng tôi nhận in mẫu đúc trang sức bằng máy in nhựa quang hóa SLA hoặc DLP, xây từng lớp từ nhựa lỏng được pha "
        "chế để cháy sạch trong chu trình nung khuôn như sáp đúc. Từ bản thiết kế CAD hoàn chỉnh, mẫu đúc có thể giao trong "
        "vài giờ, độ chính xác hình học cao hơn tạc tay, làm được phần rỗng, góc khuất và chi tiết nhỏ mà phay CNC khó làm. "
        "Phục vụ cả xưởng sản xuất lớn lẫn tiệm làm hàng theo đơn.",
    ),
    (
        "nDo003",
        "en",
        "protoresins",
        "Castable resin models for filigree and ultra-light jewellery",
        "Our castable 3D-printed resin models replace injected wax where injection struggles: ultra-light gauges and "
        "filigree that break in wax, weight variation between replicas of the same design, and the cost of cutting and "
        "storing a silicone mould for every new design. Manufacturers get consistent replicas and can change designs "
        "quickly without building a mould library.",
    ),
    (
        "nDo004",
        "en",
        "castableguide",
        "Technical guidance for casting 3D-printed castable wax patterns",
        "We provide a casting guide and support for printed castable-wax patterns: design sprues so metal flows from large "
        "to small sections, print small sprue channels to help fill fine detail, and do not use printer supports as "
        "sprues. Printed filigree can be as fine as 0.3 mm wire diameter if designed to be self-supporting. A burnout "
        "schedule and a troubleshooting checklist are included.",
    ),
    (
        "nDo005",
        "vi",
        "khpt3d",
        "Tạo mẫu sáp trang sức từ mô hình 3D cho doanh nghiệp kim hoàn",
        "Doanh nghiệp in 3D của chúng tôi nhận phần tạo mẫu cho các cơ sở kim hoàn: từ bản vẽ 3D làm trên Rhinoceros, "
        "3Ds Max, ArtCAM JewelSmith, chúng tôi in mẫu chính xác tỷ lệ 100% và xuất mẫu sáp cứng. Mẫu sáp có thể gắn lên ống "
        "rót thành cây thông để khách hàng tính lượng vàng, bạc cần đúc; các bước đúc còn lại do xưởng kim hoàn thực hiện.",
    ),
    (
        "nDo006",
        "en",
        "kaiyegoc",
        "3D-printed wax and resin patterns plus direct metal sintering for jewellery",
        "We offer two digital routes for gold jewellery: printed wax models and DLP/SLA resin models for lost-wax casting "
        "with micron-level accuracy, and direct laser sintering of fine precious-metal powder layer by layer from a CAD "
        "file. Both shorten the wax-model stage, the most critical step of traditional production, and support "
        "personalised and small-batch output.",
    ),
    (
        "nDo007",
        "vi",
        "cezancad",
        "Khóa đào tạo thiết kế trang sức 3D cho thợ kim hoàn truyền thống",
        "Học viện mở lộ trình học thiết kế trang sức 3D (Rhino/Matrix) dành cho thợ kim hoàn lâu năm: chuyển tư duy từ mô "
        "hình sáp thủ công sang thiết kế tham số, đổi các khái niệm độ dày, độ bo, độ nghiêng thành thông số kỹ thuật trong "
        "phần mềm, đồng thời giữ nét tinh tế của kỹ thuật chế tác tay.",
    ),
    (
        "nDo008",
        "vi",
        "nova3dp",
        "Kiểm tra và sửa lỗi file STL trước khi in mẫu đúc trang sức",
        "Chúng tôi dùng Materialise Magics để sửa file STL xuất từ phần mềm CAD thường bị hở mặt, sai pháp tuyến thành mô "
        "hình kín, chạy vòng chẩn đoán, sửa tự động 2–3 lần đến khi hết lỗi. Với trang sức còn phân tích độ dày thành ở thân "
        "nhẫn, ổ chấu để tránh đúc thiếu kim loại hoặc gãy, trước khi đưa sang in mẫu sáp.",
    ),
    (
        "nDo009",
        "vi",
        "putaring",
        "Dựng CAD và in mẫu nhẫn cho khách duyệt trước khi đúc",
        "Xưởng chúng tôi dựng CAD và in mẫu nhựa/sáp cho hầu hết đơn nhẫn theo yêu cầu: sửa kích thước chỉ cần chỉnh file và "
        "in lại qua đêm, cặp nhẫn cưới đối xứng giống hệt nhau đến vài micron, và đặt viên đá ảo vào mô hình để kiểm tra ổ, "
        "chấu, độ sâu trước khi đúc, tránh sai sót tốn kém.",
    ),
    (
        "nDo010",
        "vi",
        "skymond",
        "Dịch vụ vẽ 3D trang sức và chuyển giao quy trình CAD/CAM",
        "Chúng tôi nhận vẽ 3D trang sức (thiết kế CAD) và hướng dẫn quy trình CAM: dựng mô hình ba chiều chính xác đến "
        "micromet thay cho phác thảo giấy hay tạc sáp, hỗ trợ cá nhân hóa theo yêu cầu khách và sản xuất hàng loạt, kèm lộ "
        "trình nghề cho thợ muốn nâng cấp kỹ năng.",
    ),
    (
        "nDo011",
        "en",
        "gdours351",
        "Rubber and silicone mould cutting for wax injection",
        "Our mould-makers cut vulcanised rubber moulds so that wax injection gives almost no flash, cracking or distortion, "
        "cutting down wax trimming and labour. We use the four-post alignment cut with straight or curved parting lines, "
        "fresh blades lubricated with water or detergent (never oil, which hardens rubber), and train workshop staff in the "
        "procedure.",
    ),
    (
        "nDo012",
        "en",
        "sobling",
        "Jewellery rubber mould making for mass replication",
        "We make rubber moulds from metal masters for commercial jewellery production: aluminium frames, uncured raw rubber "
        "sheets vulcanised to shape, scalpel cutting, mould repair pens and sprue bases for wax injection. Properly made "
        "moulds can last more than 10 years and replicate a prototype in large numbers.",
    ),
    (
        "nDo013",
        "en",
        "touchofrustic",
        "Vulcanised wax-injection moulds from 3D-printed prototypes",
        "We produce wax-injection moulds from your prototype, typically a 3D-printed master: natural rubber for durable "
        "high-volume moulds or silicone rubber for fine detail, cut to the aluminium frame, layered around the master and "
        "vulcanised at the temperature for the rubber chosen, ready for precise wax models.",
    ),
    (
        "nDo014",
        "en",
        "maneekan",
        "Silicone or rubber moulds matched to your wax injection system",
        "We make the mould from your master as its negative and choose between silicone, which gives better definition but "
        "a shorter life, and rubber, which lasts longer with less definition. For semi-automated wax injectors silicone "
        "is usually the better choice. Steps: cover the master, vulcanise, cut.",
    ),
    (
        "nDo015",
        "vi",
        "menzies",
        "Tạc mẫu sáp thủ công và gửi đúc theo cây",
        "Thợ kim hoàn hơn 40 năm nghề nhận tạc mẫu sáp bằng cưa, dũa, mũi mài và dụng cụ nhiệt, ghép các phần sáp thành mẫu "
        "độc bản. Mẫu được gắn cuống rót, ghép thành cây (có thể tới 50 mẫu một cây), đổ bột đúc dưới chân không và đúc ly "
        "tâm kim loại quý tại xưởng đúc chuyên nghiệp.",
    ),
    (
        "nDo016",
        "en",
        "apexcast",
        "Casting from customer wax or resin models, with material advice",
        "Our casting house accepts both carved wax and printed castable resin models. Wax burns out most forgivingly and "
        "suits signets, heavy bands and organic forms; resin holds crisp CAD detail, micro-pavé, thin walls and undercuts "
        "and is more stable in handling. We help designers choose the right model material for each piece.",
    ),
    # --- casting, vacuum casting, melting, electroforming ---
    (
        "nDo017",
        "en",
        "jdcasting",
        "Gold and platinum lost-wax casting service",
        "We cast gold in all karats and colours and platinum from wax or resin models. Models are sprued into trees, "
        "invested in plaster slurry debubbled under vacuum in a bell jar, and burnt out in ovens at up to 1600 °F for "
        "12–16 hours before filling with molten metal. Each alloy gets its own temperature cycle; platinum uses special "
        "investments and equipment.",
    ),
    (
        "nDo018",
        "en",
        "lukas",
        "Lost-wax jewellery casting for brands and designers",
        "We turn wax patterns, whether carved, grown or printed, into gold, silver, brass or platinum jewellery by lost-wax "
        "casting: the pattern is encased in investment, heated until it is lost, and the cavity filled with molten metal. "
        "Suitable for brands that design in-house but have no foundry.",
    ),
    (
        "nDo019",
        "vi",
        "bbdesigns",
        "Gia công đúc ly tâm trang sức cho xưởng nhỏ",
        "Chúng tôi nhận đúc ly tâm từ mẫu sáp của khách: gắn cây sáp lên đế cao su, hút bọt bột đúc 2 phút, đổ khuôn và hút "
        "chân không lần nữa, nung khoảng 8 giờ tăng dần tới 1200 °F rồi đúc trên máy ly tâm hai cánh tay. Sau khi nguội, "
        "nhúng nước bỏ bột, cắt cuống, mài và đánh bóng thành phẩm.",
    ),
    (
        "nDo020",
        "en",
        "katway",
        "Vacuum casting machines for jewellers, with setup and operator guidance",
        "We supply vacuum casting machines and guide jewellers on using them: wax model, investment, vacuum chamber to "
        "draw air from the investment, melting the precious metal to the right temperature and introducing it under "
        "vacuum so the piece comes out without air bubbles or porosity. Equipment setup and key operating checks are "
        "covered.",
    ),
    (
        "nDo021",
        "vi",
        "dnkhduc",
        "Đào tạo kỹ thuật đúc trang sức: thạch cao, hút chân không, nung khuôn",
        "Trung tâm dạy nghề kim hoàn mở lớp kỹ thuật đúc trang sức sau khâu mẫu sáp: tính lượng kim loại và lượng thạch cao "
        "theo trọng lượng cây sáp, khuấy tan thạch cao, hút chân không 1–2 phút trước khi đổ vào ống đúc, nung chảy sáp và "
        "nung khuôn thạch cao đúng chu trình.",
    ),
    (
        "nDo022",
        "vi",
        "cezanloi",
        "Tư vấn khắc phục lỗi đúc trang sức: rỗ khí, rỗ co ngót, sai lệch, gãy chấu",
        "Chúng tôi phân tích nguyên nhân và đưa giải pháp cho các lỗi đúc thường gặp ở xưởng kim hoàn: rỗ khí do khuôn "
        "thạch cao kém thông khí hoặc kim loại quá nhiệt (tối ưu chu trình nung khuôn, dùng máy đúc chân không, hợp kim đã "
        "khử ôxy), rỗ co ngót do đông đặc không đều, sai lệch kích thước và gãy chấu sau gắn đá.",
    ),
    (
        "nDo023",
        "vi",
        "gasdenkho",
        "Quy trình nấu hợp kim vàng 14K, 18K bằng đèn khò khí gas",
        "Tài liệu kỹ thuật hướng dẫn hệ thống đúc vàng bằng khí gas, phương pháp còn được khoảng 60% xưởng nữ trang tư nhân ở "
        "Việt Nam dùng: vệ sinh bàn đúc, cân vàng nguyên chất và hội vàng theo tỷ lệ vào chén nấu, đặt khuôn lên miệng ống "
        "hút, nấu bằng propan hoặc khí tự nhiên với ngọn lửa khử rồi rót.",
    ),
    (
        "nDo024",
        "en",
        "jewellerytools",
        "Electric, induction and gas melting furnaces for jewellers",
        "We supply melting furnaces for gold and silver in jewellery workshops of every size: electric, induction and "
        "gas-fired models with graphite or ceramic crucibles that resist intense heat without contaminating the metal. "
        "Used for recycling scrap, preparing casting alloys and pouring ingots for sheet and wire.",
    ),
    (
        "nDo025",
        "en",
        "charleysforest",
        "Compact induction furnace for in-house silver scrap recycling",
        "A small silver studio shares its compact induction furnace set-up that replaced a conventional electric kiln: clean "
        "scrap and about half a teaspoon of borax go into a graphite crucible, which the field heats directly, melting "
        "enough silver for an ingot in under 5 minutes with lower energy use. Enclosed commercial units with safety "
        "features are recommended.",
    ),
    (
        "nDo026",
        "vi",
        "superbmelt",
        "Lò nấu vàng cảm ứng và quy trình nấu an toàn",
        "Chúng tôi cung cấp lò nấu vàng điện (cảm ứng và các loại khác) thay cho đèn khò propan hay oxy-axetylen, kèm hướng "
        "dẫn an toàn: kính bảo hộ, găng chịu nhiệt, tạp dề, chỗ nấu không có vật dễ cháy, và dùng chất trợ dung hỗn hợp borax "
        "với natri cacbonat để tách tạp chất.",
    ),
    (
        "nDo027",
        "vi",
        "delmer",
        "Máy nấu vàng bằng điện: điện trở, cảm ứng, vi sóng",
        "Chúng tôi cung cấp máy nấu vàng dùng điện thay lò than hố và đèn khò gas ở tiệm nhỏ: loại điện trở (dây kanthal, "
        "nichrome nung đỏ truyền nhiệt sang chén), loại cảm ứng và loại vi sóng. Máy không sinh khí thải, cấp nhiệt đều, "
        "điều khiển nhiệt độ chính xác, nấu xong trong vài phút.",
    ),
    (
        "nDo028",
        "en",
        "gkelectroform",
        "Electroforming for hollow, lightweight jewellery designs",
        "We transfer electroforming know-how to jewellery makers: more than 50% of all jewellery is produced as hollow "
        "parts, and electroforming builds them by depositing gold on a model that is later removed, saving precious metal "
        "and giving wearer comfort in large earrings and brooches. We cover plant, chemistry and the new design "
        "possibilities.",
    ),
    (
        "nDo029",
        "en",
        "galvin",
        "Gold, silver and copper electroforming for lightweight jewellery",
        "We electroform intricate, lightweight pieces: a wax or other removable core is made conductive, immersed in an "
        "electrolyte with metal ions, and current builds up gold, silver or copper on it; the core is then removed, "
        "leaving a hollow piece with the look and strength of solid metal. Wall thickness is controlled during deposition.",
    ),
    (
        "nDo030",
        "en",
        "jobangles",
        "Electroformed sterling silver jewellery over resin forms",
        "We produce electroformed sterling silver pieces: a moulded resin form is placed in a charged silver bath and over "
        "a 10–12 hour process the silver builds up on it. Pieces are then hand-finished, oxidised for depth and "
        "clear-coated, giving large, detailed earrings, rings and bangles without the weight and cost of solid silver.",
    ),
    (
        "nDo031",
        "en",
        "giaelectroform",
        "Electroforming course module for jewellery manufacturing staff",
        "Our jewellery essentials training explains electroforming: wax copies are coated with conductive paint, "
        "submerged in a charged solution with precious-metal particles until the shell reaches the desired thickness, "
        "and the wax is melted out through a small hole. Hollow, light pieces with a massive look use less metal and sell "
        "at lower prices.",
    ),
    # --- polishing, dust extraction, cleaning ---
    (
        "nDo032",
        "vi",
        "dnkhbong",
        "Khóa hướng dẫn đánh bóng và hoàn thiện trang sức",
        "Trung tâm dạy nghề kim hoàn hướng dẫn quy trình đánh bóng sau đúc: cắt từng món khỏi cây, mài cuống, cho vật đúc "
        "vào máy quay từ tính hoặc máy quay thùng với vật liệu mài để làm sạch bề mặt thô, rồi dũa và dùng dụng cụ quay tay từ "
        "đá mài thô đến hạt mịn để đạt bề mặt satin, trước khi đánh bóng gương. Cũng áp dụng cho dịch vụ bảo hành đánh bóng "
        "lại cho khách.",
    ),
    (
        "nDo033",
        "en",
        "hobbyland",
        "Rotary and magnetic tumblers for polishing jewellery and metal objects",
        "We supply and advise on tumblers for metal finishing: rotary tumblers that use water and abrasive media like sea "
        "waves to remove processing marks, round edges and clean oxidation on any metal, and magnetic tumblers, limited to "
        "non-ferrous metals such as gold, silver, copper, bronze and brass, for fast polishing of jewellery.",
    ),
    (
        "nDo034",
        "en",
        "magpolisher",
        "Magnetic polisher for cast jewellery, with operating procedure",
        "We supply small and large magnetic polishers (the CMF-400 class) that speed up polishing of cast pieces. Our "
        "procedure: file off scratches and solder first, clean off all investment, fill with clean water to the line, add "
        "about 8 drops of burnishing soap for the small machine and run a 40-minute cycle; store the steel shot in water "
        "off the magnetic base.",
    ),
    (
        "nDo035",
        "vi",
        "rockseeker",
        "Đánh bóng hàng loạt bằng thùng quay bi thép không gỉ",
        "Chúng tôi tư vấn và nhận đánh bóng trang sức bằng thùng quay với bi thép không gỉ: bi miết bóng bề mặt, xóa vết xước "
        "rất nhỏ và tạo lớp bề mặt cứng mỏng, cho độ bóng tốt trong 30 phút đến vài giờ mà không phải đánh từng món. Phù hợp "
        "công đoạn hoàn thiện cuối của xưởng làm hàng loạt.",
    ),
    (
        "nDo036",
        "vi",
        "juxtamorph",
        "Thiết kế chụp hút bụi sát bánh đánh bóng với máy hút lọc HEPA",
        "Chúng tôi hướng dẫn làm chụp hút hình phễu đặt sát phía sau bánh đánh bóng, nối ống khoảng 2,5 inch của máy hút bụi; "
        "mép trước cắt cong theo bánh 6 inch, chụp có thể trượt ngang theo vị trí bánh, có lưới thô 1/4 inch chặn món trang "
        "sức bị văng và lọc HEPA để bụi mịn không thổi ngược ra xưởng.",
    ),
    (
        "nDo037",
        "vi",
        "tooltime4",
        "Bộ hút bụi túi lọc cho dây chuyền đánh bóng xưởng sản xuất",
        "Chúng tôi giới thiệu cấu hình thu bụi cho xưởng đánh bóng: mô-tơ một trục kèm hộp hút khoảng 270 USD cho xưởng sửa "
        "chữa, mô-tơ hai trục có chụp khoảng 370 USD, và bộ hút túi lọc hai cửa 3 inch có giảm thanh khoảng 600 USD cho dây "
        "chuyền sản xuất. Bụi, lọc và cặn đánh bóng được giữ lại để bán tinh luyện.",
    ),
    (
        "nDo038",
        "vi",
        "beccawilliams",
        "Chụp hút bụi gấp gọn kèm máy hút cho máy đánh bóng nhỏ",
        "Chúng tôi cung cấp chụp hút bằng nhựa gấp gọn, cắt vừa máy đánh bóng, kèm máy hút làm quạt hút, trọn bộ giá hợp lý "
        "cho xưởng nhỏ. Hút bụi tại chỗ giúp tránh bụi sáp đánh bóng bám người, bụi dễ cháy lơ lửng trong xưởng và bụi vào "
        "phổi.",
    ),
    (
        "nDo039",
        "vi",
        "lappatent",
        "Máy mài, đánh bóng trang sức vàng có chụp che thu bụi vàng",
        "Giải pháp (đã được cấp bằng sáng chế) gồm máy mài, đánh bóng tốc độ cao có chụp che quanh bánh mài, dẫn luồng khí "
        "mang bụi vàng, bạc về bộ lọc phía sau. Giảm bụi kim loại quanh người thợ, giữ lại vàng có giá trị và hạn chế việc "
        "bụi vàng bám trên vách máy bị lấy trộm.",
    ),
    (
        "nDo040",
        "en",
        "electropolish",
        "Electropolishing of gold jewellery with recovery of the dissolved gold",
        "We supply electropolishing for gold chains and jewellery, quick and able to follow complex contours without "
        "discolouring solder lines, as a single step or after mechanical polishing. Gold dissolved into the electrolyte is "
        "recovered: cyanide-free electrolyte is brought to pH 5 with sodium hydroxide and a reducing compound "
        "precipitates the gold, which is filtered, dried and melted with borax; from cyanide solutions gold is "
        "precipitated with zinc or aluminium dust.",
    ),
    (
        "nDo041",
        "en",
        "wisegeek",
        "Ultrasonic cleaners for jewellery shops",
        "We supply professional ultrasonic jewellery cleaners: a transducer sends at least 40,000 sound waves per second "
        "through the fluid in the tank, forcing cleanser into settings and crevices and lifting polishing residue and dirt "
        "on a microscopic level. Industrial models clean many pieces at once; we advise on fluids and routine upkeep.",
    ),
    (
        "nDo042",
        "en",
        "mjsa",
        "Bench tip: ultrasonic cleaning without losing small stones",
        "A trade association tip for repair benches: instead of dropping a repaired ring straight into the ultrasonic, "
        "float an upturned top-hat style bottle lid (or a sealed bag) holding the piece and cleaning liquid in the tank. "
        "The piece gets full ultrasonic action and any stone that comes loose stays in the well instead of the bottom of "
        "the tank.",
    ),
    (
        "nDo043",
        "en",
        "gradgem",
        "Gemologist-supervised ultrasonic cleaning service",
        "Our graduate gemologists clean jewellery in a heated ultrasonic unit with automatic timer and special solution, "
        "after checking each set stone. Emeralds, opals, pearls, amber, turquoise and tanzanite are never cleaned "
        "ultrasonically, nor heavily included or fractured stones, because cavitation and thermal shock can damage them.",
    ),
    # --- plating, finishes ---
    (
        "nDo044",
        "en",
        "jmdouglas",
        "Hard, bright rhodium plating done right",
        "We plate rhodium, a hard, chemically resistant, brilliant white precious metal, over white gold and other white "
        "metals. A quick dip does not give a firm, hard, bright deposit; our process relies on cleanliness, correct bath "
        "chemistry and temperature for cleaning and plating, and the right electrical characteristics of the plating "
        "supply.",
    ),
    (
        "nDo045",
        "vi",
        "bonheur",
        "Mạ rhodium 0,75–1,0 micron cho trang sức bạc và vàng trắng",
        "Chúng tôi mạ điện rhodium cho trang sức: làm sạch kỹ hết bụi, dầu và cặn hợp chất đánh bóng, nhúng vào dung dịch "
        "rhodium và cho dòng điện chạy qua để tạo lớp sáng dày khoảng 0,75–1,0 micron. Lớp rhodium không gây dị ứng, che kim "
        "loại có niken; khi mòn có thể mạ lại nhanh với chi phí thấp.",
    ),
    (
        "nDo046",
        "en",
        "fcjoias",
        "Rhodium plating, full bath or pen-applied on selected areas",
        "We apply rhodium plating to jewellery and semi-jewellery for durability, stain and scratch resistance and a very "
        "bright finish. Plating can be done galvanically over the whole piece, or only on chosen parts with a pen plating "
        "system (rhodium appliqué) for contrast details.",
    ),
    (
        "nDo047",
        "vi",
        "tuanmoissanite",
        "Quy trình mạ rhodium cho nhẫn và trang sức",
        "Chúng tôi hướng dẫn và nhận mạ rhodium bằng mạ điện: làm sạch món trang sức thật kỹ vì bụi bẩn làm lớp mạ không bám, "
        "rửa bằng nước cất, làm sạch bằng hơi nước rồi mạ. Rhodium cứng, sáng, tăng độ bóng cho bạc, vàng trắng và làm viên "
        "kim cương trông sáng hơn; cần mạ lại định kỳ.",
    ),
    (
        "nDo048",
        "vi",
        "gkelectroplate",
        "Đào tạo mạ điện vàng và rhodium trang trí cho xưởng kim hoàn",
        "Khóa chuyên đề về mạ điện vàng, hợp kim vàng và rhodium cho trang sức: mạ vàng 24K để màu đậm hơn, mạ đồng màu che "
        "đường hàn và khác màu giữa các chi tiết, mạ tạo màu khác bằng đồng kết tủa với kim loại khác; mạ rhodium trắng, "
        "chống xỉn. Quy trình nhanh, có thể làm tốt với thiết bị đơn giản, chi phí đầu tư thấp.",
    ),
    (
        "nDo049",
        "vi",
        "tampin",
        "Mạ vàng 24K lên bạc với độ dày lớp mạ theo mục đích sử dụng",
        "Chúng tôi mạ điện vàng 24K lên trang sức bạc với độ dày từ 0,1 đến 2,5 micromet: tối thiểu 0,5 µm cho hàng đeo hằng "
        "ngày, từ 1 µm trở lên cho nhẫn, vòng tay hay cọ xát nhiều; trên 2,5 µm bền hơn nhưng tăng chi phí và có thể làm mất "
        "chi tiết nhỏ. Kiểm soát chất lượng quy trình mạ để lớp vàng bám và bền.",
    ),
    (
        "nDo050",
        "vi",
        "mfguidebook",
        "Công thức và thông số mạ vàng quay thùng cho hàng trang sức nhỏ",
        "Chúng tôi chuyển giao công thức bể mạ vàng trang trí: mạ quay thùng với vàng dạng KAu(CN)2 0,4 g/L, xyanua tự do "
        "30 g/L, dinatri photphat 23 g/L, 100–120 °F, anốt thép không gỉ, khoảng 6 V, được lớp 0,000002 inch trong 3–4 "
        "phút; kèm ảnh hưởng của mật độ dòng, xyanua tự do, nhiệt độ và pH (10–11) lên màu vàng.",
    ),
    (
        "nDo051",
        "vi",
        "finishing509",
        "Tư vấn bể mạ vàng không dùng xyanua cho trang sức",
        "Chúng tôi tư vấn chuyển sang bể mạ vàng không xyanua như bể vàng sulfite, hoặc bể dựa trên ferrocyanide với độc "
        "tính chỉ khoảng 0,5% so với kali xyanua: ví dụ 1 g vàng clorua, 70 g natri photphat, 2,5 g natri sulfit trong 1 lít "
        "nước, anốt thép không gỉ, vật mạ phải sạch dầu và ôxit.",
    ),
    (
        "nDo052",
        "en",
        "julmar",
        "E-coating to protect sterling silver jewellery from tarnish",
        "We e-coat jewellery: an electric current deposits an organic lacquer evenly over every nook of the piece, giving a "
        "consistent protective coat that keeps sterling silver shiny and tarnish-free far longer while its natural look "
        "shows through.",
    ),
    (
        "nDo053",
        "en",
        "loytee",
        "Electro-coating for sterling silver and gold vermeil",
        "We apply e-coat, a paint-like finish deposited by electric current in a coating bath, to sterling silver and gold "
        "vermeil jewellery. The even layer resists tarnish, corrosion, scratching and fading; it can wear over time and be "
        "re-coated. We follow environmental rules for the chemicals and keep strict quality control.",
    ),
    (
        "nDo054",
        "en",
        "abqjewels",
        "Anti-tarnish, anti-wear clear coatings for plated jewellery components",
        "We apply one to three protective layers on plated components: a self-levelling clear resin that does not change "
        "the metal colour, and a nano-ceramic e-coating applied like plating at higher voltage that can coat fine chain "
        "without sticking links together; oven curing conditions are tuned to avoid colour shifts and cloudiness.",
    ),
    # --- purity testing: XRF, fire assay, silver assay ---
    (
        "nDo055",
        "en",
        "karatmeter",
        "XRF karatmeter for non-destructive gold purity testing",
        "We supply X-ray karat meters that read the exact purity of gold in a solid piece of jewellery within a few "
        "minutes without damage, and also give the composition of white gold, platinum, silver, palladium and rhodium "
        "alloys. The energy-dispersive XRF covers elements from chlorine to uranium with sub-ppm detection limits; "
        "portable and industrial models are available, replacing touchstone and acid tests.",
    ),
    (
        "nDo056",
        "vi",
        "cesti",
        "Chuyển giao kỹ thuật huỳnh quang tia X xác định tuổi vàng",
        "Kỹ thuật phân tích huỳnh quang tia X xác định tuổi vàng không phá mẫu, được các nhà khoa học Viện Năng lượng nguyên "
        "tử Việt Nam và Viện Khoa học vật liệu chuyển giao cho cơ sở kinh doanh vàng từ những năm 1980, nay là phương pháp "
        "trong Phụ lục I Thông tư 22/2013/TT-BKHCN. Sai số khoảng 5 phần vạn với vàng bốn số 9, khoảng 5 phần nghìn với vàng "
        "ba số 9 và khoảng 3 phần nghìn với vàng tuổi thấp hơn.",
    ),
    (
        "nDo057",
        "vi",
        "ttkh",
        "Máy phổ kế huỳnh quang tia X chế tạo trong nước để giám định vàng",
        "Nhóm nghiên cứu Viện Khoa học Vật liệu chế tạo hệ máy phổ kế huỳnh quang tia X xác định tuổi vàng và phát hiện tạp "
        "chất trong hợp kim vàng, đạt giải nhì VIFOTEC 2011. Máy đã phát hiện vàng trộn bột kim loại siêu nặng gồm osmi, "
        "iriđi, rutheni trong các đợt sốt vàng; nhóm cung cấp và bảo trì thiết bị cho tiệm vàng.",
    ),
    (
        "nDo058",
        "en",
        "evident",
        "Combined gold testing workflow for traders, jewellers and pawnbrokers",
        "We help gold buyers build a testing workflow rather than rely on one device: no single method guarantees "
        "authenticity against today's fakes. Destructive methods (fire assay, ICP, atomic absorption) reach ±0.05–0.1% "
        "but take hours or days; handheld and benchtop XRF give fast non-destructive screening, combined with other checks "
        "as volumes rise with record gold prices.",
    ),
    (
        "nDo059",
        "en",
        "grokkarat",
        "Handheld XRF karat meters for showroom and counter testing",
        "We supply handheld karat meters with microfocus X-ray tubes and semiconductor detectors that read gold karat in "
        "about three minutes, often within 3 parts per thousand on flat, homogeneous samples. We train staff on the "
        "limits: only the first few microns are measured, so plating, surface irregularities and non-uniform alloys need "
        "other checks.",
    ),
    (
        "nDo060",
        "en",
        "sgassayproc",
        "Fire assay (cupellation) of gold articles",
        "Our assay laboratory tests gold by cupellation: about 0.1 g is taken by cutting, scraping or drilling, silver is "
        "added and the sample wrapped in pure lead foil, then cupelled at about 1100 °C. The gold–silver bead is rolled, "
        "coiled into a cornet, parted in two stages of nitric acid, and the pure gold washed, dried and weighed.",
    ),
    (
        "nDo061",
        "en",
        "bureauveritas",
        "Fire assay through a global laboratory network",
        "Our laboratories determine precious-metal content by fire assay: samples are fused in crucibles above 1000 °C "
        "with lead oxide and fluxes, the lead button is separated from the slag and cupelled above 1000 °C, and the "
        "precious-metal bead is finished by chemical, gravimetric or spectrometric analysis.",
    ),
    (
        "nDo062",
        "en",
        "assayerscan",
        "Fire assay of gold and platinum-group metals with gravimetric or AAS finish",
        "We fire-assay pulverised samples on a 1 assay-tonne (about 30 g) split: flux with lead and silver collector is "
        "fused, the lead button cupelled, and the silver–gold bead parted in nitric acid. Rich samples are weighed "
        "(gravimetric finish); low-grade samples are dissolved and read by atomic absorption. Suitable for ores, "
        "concentrates and other heterogeneous materials.",
    ),
    (
        "nDo063",
        "en",
        "peasecurren",
        "True fire assay for refining lots",
        "As refiners we assay incoming gold by true fire assay, the most accurate method, which also works on white gold "
        "(not possible on the touchstone) and on electroplated material (misleading for XRF). For comparison: touchstone "
        "is accurate to 10–20 parts per thousand, XRF on a melted and stirred sample to 2–5 parts per thousand.",
    ),
    (
        "nDo064",
        "vi",
        "vietq",
        "Thử nghiệm hàm lượng vàng bằng ED-XRF và ICP-OES tại trung tâm kỹ thuật",
        "Từ đầu năm 2014 Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3 đưa vào sử dụng thiết bị huỳnh quang tia X "
        "ED-XRF chuyên dụng để thử nghiệm hàm lượng vàng trang sức, mỹ nghệ theo Thông tư 22/2013/TT-BKHCN (không phá mẫu), "
        "kết hợp phương pháp phá mẫu quang phổ phát xạ plasma ICP-OES khi cần kết quả trọng tài.",
    ),
    (
        "nDo065",
        "vi",
        "tt22",
        "Hiệu chuẩn định kỳ thiết bị xác định hàm lượng vàng theo Thông tư 22",
        "Chúng tôi hướng dẫn doanh nghiệp đáp ứng Thông tư 22/2013/TT-BKHCN: thiết bị xác định hàm lượng vàng phải có phạm vi "
        "đo phù hợp với hàm lượng cần đo, được hiệu chuẩn định kỳ 1 lần/năm tại tổ chức đã đăng ký cung cấp dịch vụ hiệu "
        "chuẩn, và được dùng đúng quy định khi mua bán vàng trang sức, mỹ nghệ.",
    ),
    (
        "nDo066",
        "vi",
        "cyprusassay",
        "Phân tích hàm lượng vàng (cupel ISO 11426) và bạc (chuẩn độ điện thế ISO 13756)",
        "Phòng kiểm định của chúng tôi xác định độ tinh khiết hợp kim theo hai phương pháp chuẩn: vàng bằng cupel hóa (ISO "
        "11426) với mẫu đến 250 mg cân trên cân 5 số, bọc chì, cupel ở 1100 °C; bạc bằng chuẩn độ điện thế (ISO 13756), hòa "
        "tan 250 mg mẫu trong axit nitric loãng rồi chuẩn độ bằng dung dịch KCl hoặc NaCl. Mẫu phải đại diện cho lô hàng đồng "
        "nhất.",
    ),
    (
        "nDo067",
        "en",
        "iso13756",
        "ISO 13756 potentiometric determination of silver in jewellery alloys",
        "We implement the ISO 13756 method in your laboratory: silver in jewellery and precious-metal alloys is determined "
        "by potentiometric titration with sodium or potassium chloride, with specified equipment, reagents, sample "
        "preparation, calibration and data interpretation for consistent results between laboratories.",
    ),
    (
        "nDo068",
        "vi",
        "cezankiemtra",
        "Đào tạo kiểm tra tuổi vàng và độ tinh khiết kim loại cho xưởng",
        "Học viện đào tạo các phương pháp thẩm định độ tinh khiết vàng, bạc, bạch kim trong môi trường xưởng sản xuất: từ thử "
        "axit truyền thống đến máy đo phổ XRF, cách chọn phương pháp cho từng loại mẫu (nguyên liệu thô, thành phẩm, phế liệu) "
        "và thiết lập tiêu chuẩn kiểm soát chất lượng vàng nguyên liệu đầu vào.",
    ),
    (
        "nDo069",
        "en",
        "goldavenue",
        "Specific gravity (hydrostatic) check of gold fineness",
        "We offer hydrostatic specific-gravity testing based on Archimedes' principle: gold is nearly twice as dense as "
        "silver and more than twice as dense as copper, so debasement lowers density and approximate gold content can be "
        "calculated. Non-destructive and useful for coins and museum pieces, but not accurate enough to fix fineness.",
    ),
    # --- hallmarking ---
    (
        "nDo070",
        "en",
        "goldsmithscentre",
        "Laser marking technology for hallmarking precious-metal items",
        "Our knowledge centre documents how laser technology has changed the application of hallmarks, an assurance "
        "system established around 700 years ago, and supports assay offices and makers in adopting laser marks "
        "alongside traditional punches.",
    ),
    (
        "nDo071",
        "en",
        "ophir",
        "Laser hallmarking for delicate and unusually shaped jewellery",
        "We arrange laser hallmarks, introduced at Sheffield Assay Office in 2006: a tested piece that meets the standard "
        "is marked with a fine laser instead of a punch, as a flat outline mark or a deeper relief mark resembling a "
        "stamp. Ideal for delicate or odd-shaped items; UK thresholds are 7.8 g for silver, 1 g for gold and palladium and "
        "0.5 g for platinum.",
    ),
    (
        "nDo072",
        "en",
        "northernminer",
        "Laser hallmarking without distortion or bruising",
        "Following two years of investigation, including visits to Czech and Russian laser marking, the Birmingham Assay "
        "Office developed laser hallmarking approved by the British Hallmarking Council in October 1997. Laser marks cause "
        "no distortion, sinking or bruising, are more legible, and suit fragile finished jewellery that punches would "
        "damage, cutting finishing costs after marking.",
    ),
    (
        "nDo073",
        "en",
        "assayie",
        "Assaying and hallmarking service: sampling, testing and marking",
        "Submit articles with a declaration docket and our assay office samples them, tests fineness by cupellation for "
        "gold, potentiometric titration for silver or non-destructive XRF, and marks them by hand punch, fly press, outline "
        "laser (finished articles only) or deep 3D laser that withstands polishing.",
    ),
    (
        "nDo074",
        "en",
        "anchorcert",
        "Outline and relief laser hallmarks for hollow and imported items",
        "Our assay office applies hallmarks by hand, hydraulic press or laser. Laser marking suits hollow or imported "
        "items that cannot be refinished after marking: an outline (incuse) mark for hollow, finished or intricate pieces, "
        "and a relief mark that looks like a struck mark for larger feature marks, with no bruising or distortion.",
    ),
    # --- laser engraving and marking ---
    (
        "nDo075",
        "en",
        "spilasers",
        "Fiber laser colour marking for jewellery",
        "Our fiber lasers add permanent colour marks to brass, steel and titanium jewellery: varying pulse width and "
        "frequency controls the heat and the oxide layer thickness, giving a range of colours in the programmed shape. "
        "Colour marks are shallow; deeper engraving can also be coloured.",
    ),
    (
        "nDo076",
        "vi",
        "xtlaser",
        "Khắc laser màu lên trang sức thép, titan, đồng thau",
        "Chúng tôi cung cấp máy và dịch vụ khắc laser fiber tạo màu trên trang sức đồng thau, thép không gỉ: nhiệt của tia "
        "laser thay đổi bề mặt, tạo lớp ôxit có độ dày điều khiển được bằng độ rộng xung và tần số xung, cho nhiều màu khác "
        "nhau theo hình lập trình sẵn; có thể khắc sâu kèm màu.",
    ),
    (
        "nDo077",
        "en",
        "xometry",
        "Fiber laser marking and engraving service",
        "We provide fiber laser marking: a focused beam delivered through optical fibre leaves permanent text, logos, "
        "serial numbers and codes on metals and many other materials in seconds, automated for repeat work. We explain "
        "the difference between marking, etching and engraving and choose the process for your part.",
    ),
    (
        "nDo078",
        "vi",
        "inknova",
        "Khắc laser công nghiệp: số seri, mã QR, logo trên kim loại",
        "Chúng tôi nhận khắc laser đánh dấu mã vạch, số seri, QR, logo lên kim loại (thép, nhôm, đồng) và phi kim: laser "
        "fiber cho kim loại, CO2 cho gỗ, da, giấy, laser UV khắc lạnh cho vật liệu nhạy nhiệt, laser xanh 532 nm cho thủy "
        "tinh. Điều khiển bằng gương quét galvo hoặc bàn XY.",
    ),
    (
        "nDo079",
        "vi",
        "worldmanuf",
        "Máy khắc laser đánh dấu chữ, logo, số seri",
        "Chúng tôi cung cấp máy khắc laser dùng chùm tia năng lượng cao tạo dấu vĩnh viễn, chính xác như chữ, logo, mã vạch, "
        "số seri bằng cách bóc vật liệu, đổi màu hoặc tạo vân bề mặt. Máy gọn, hiệu quả, dùng rộng rãi trong điện tử, ô tô, "
        "trang sức và thiết bị y tế.",
    ),
    (
        "nDo080",
        "en",
        "newmax",
        "PC-controlled laser marking and engraving service",
        "Our PC-controlled laser either discolours the surface of a component or engraves it by vaporising material. "
        "Position and power are controlled very accurately, giving a range of effects for names, marks and decoration.",
    ),
    (
        "nDo081",
        "vi",
        "encycloreader",
        "Tư vấn chọn giữa khắc laser sâu và đánh dấu laser nông",
        "Chúng tôi tư vấn công nghệ: khắc laser bóc các lớp vật liệu rất mỏng để tạo dấu, có thể sâu từ 100 µm trở lên, còn "
        "đánh dấu laser thường nông hơn (đổi màu, nóng chảy, bay hơi). Máy khắc và máy đánh dấu là một; để dấu sạch nên dùng "
        "xung ngắn chất lượng cao, truyền năng lượng lớn mà ít làm nóng chảy mẫu.",
    ),
    # --- laser welding ---
    (
        "nDo082",
        "en",
        "gkbracelet",
        "Laser welding repair of antique and gem-set jewellery",
        "We repair heirloom pieces by laser: broken rails are bevelled into a channel, tacked, welded with full penetration "
        "and filled layer by layer with gold wire to the original thickness, then smoothed with a widened beam, all "
        "without removing emeralds or diamonds. Old solder joints on earring posts are ground out and rewelded with solid "
        "wire.",
    ),
    (
        "nDo083",
        "vi",
        "aghadesigns",
        "Hàn laser tia 0,2 mm sửa trang sức không tháo đá",
        "Xưởng chúng tôi dùng máy hàn laser: tia cực hẹp khoảng 0,2 mm làm nóng chảy và hàn hai kim loại tại chỗ nối mà không "
        "làm nóng phần xung quanh. Sửa được dây, móc có độ đàn hồi, bồi lại đầu chấu cho nhẫn gắn opal mà không phải tháo đá "
        "như khi dùng đèn khò; thao tác đòi hỏi đào tạo và luyện tập.",
    ),
    (
        "nDo084",
        "en",
        "gkwelders",
        "Laser welders for trade shops and jewellery manufacturers",
        "We supply and train on laser welders that focus light to a spot adjustable from two-tenths of a millimetre up to "
        "two millimetres under a microscope: repairing tennis bracelet links without solder flooding the hinge, restoring "
        "enamelled pins invisibly, and attaching earring clips in one step instead of two on 14K and 18K lines.",
    ),
    (
        "nDo085",
        "vi",
        "caruso",
        "Dịch vụ hàn laser sửa chấu, chỉnh size nhẫn không dùng thiếc hàn",
        "Chúng tôi hàn laser hợp nhất kim loại, không có mối hàn thiếc là điểm yếu của đai nhẫn và không lệch màu khi chỉnh "
        "size nhẫn vàng trắng 18K. Tia có thể hội tụ tới 0,1 mm, gần như không truyền nhiệt nên hàn sát đá; việc sửa chấu "
        "nhẫn ngọc lục bảo mất 45–60 phút với đèn khò chỉ còn vài phút.",
    ),
    (
        "nDo086",
        "en",
        "robinsons",
        "Nd:YAG laser welding for intricate and heat-sensitive repairs",
        "Our master jewellers repair tennis bracelets, filigree, pieces set with opal, emerald or pearl, and platinum "
        "using an Nd:YAG laser that fires controlled pulses focused to about 0.2 mm. Repairs are clean, strong and often "
        "invisible, and stones usually stay in their settings.",
    ),
    (
        "nDo087",
        "vi",
        "solderingtoolz",
        "Máy hàn laser cho thợ kim hoàn: thu size nhẫn giữ nguyên đá",
        "Chúng tôi cung cấp máy hàn laser cho tiệm kim hoàn: thu nhỏ nhẫn gắn san hô, ngọc trai, opal hoặc đá bọc viền mà "
        "không phải tháo đá, vì laser chỉ sinh rất ít nhiệt; hàn được titan, thép không gỉ, bạch kim, bạc và vàng, mối hàn "
        "không cần thiếc hay hàn the, bền gấp ba mối hàn thiếc tốt nhất, chi tiết nhỏ tới 0,2 mm.",
    ),
    (
        "nDo088",
        "en",
        "qijun",
        "Fiber laser jewellery welder, 1064 nm, 50–150 W",
        "We manufacture fiber laser welders for fine jewellery working around 1064 nm: surface oxidation is removed first, "
        "power is set between about 50 and 150 W for the metal, and pulses of 0.5 to 10 milliseconds fuse micron-scale "
        "seams without heating surrounding areas; nitrogen shielding during cooling prevents oxidation.",
    ),
    # --- plating wastewater and cyanide ---
    (
        "nDo089",
        "en",
        "cehandbook",
        "Design of alkaline chlorination for cyanide plating wastewater",
        "We design cyanide destruction for plating plants: cyanide is oxidised to cyanate at pH 8–9 within minutes, and "
        "further to carbon dioxide and nitrogen over hours. Small plants should dose hypochlorite solution, simpler and "
        "safer to meter than chlorine gas; sludge of metal hydroxides from the plating solutions forms and is handled.",
    ),
    (
        "nDo090",
        "en",
        "tfchlorine",
        "Residual-chlorine-based automatic control of cyanide chlorination",
        "Our wastewater technology centre tested control of alkaline chlorination by measuring residual chlorine rather "
        "than redox potential, in a mobile pilot plant run on a side stream at a metal finishing plant. Effluent quality "
        "matched the ORP-controlled full-scale plant while the control signal was better and chlorine consumption could "
        "drop.",
    ),
    (
        "nDo091",
        "vi",
        "risingsun",
        "Giải pháp xử lý nước thải chứa xyanua từ mạ điện",
        "Chúng tôi tư vấn xử lý nước thải xyanua: trước hết cải tiến công nghệ, ví dụ mạ không xyanua để loại bỏ nguồn thải; "
        "nước thải xyanua đặc thì thu hồi (axit hóa–sục khí–hấp thụ kiềm, giải hấp hơi nước), nước thải loãng thì xử lý bằng "
        "clo hóa kiềm (phổ biến nhất), ôxy hóa điện phân, thủy phân áp lực, sinh hóa. Liều gây chết người của kali xyanua "
        "khoảng 0,12 g.",
    ),
    (
        "nDo092",
        "en",
        "epacyanide",
        "Guidance package: managing cyanide in metal finishing",
        "A capsule report from a national environmental research laboratory on managing cyanide in metal finishing: "
        "pollution-prevention options, alternatives to cyanide baths, cyanide treatment technologies and their costs, "
        "offered as technology-transfer guidance for plating shops.",
    ),
    (
        "nDo093",
        "vi",
        "dktxyanua1",
        "Giải pháp xử lý nước thải chứa xyanua toàn diện",
        "Chúng tôi thiết kế giải pháp xử lý nước thải chứa xyanua tự do, phức xyanua và hợp chất hữu cơ chứa xyanua phát sinh "
        "từ mạ điện, khai khoáng, hóa chất. Xyanua ức chế enzyme cytochrome oxidase, gây chết cá và sinh vật; hệ thống giúp "
        "doanh nghiệp kiểm soát chặt nồng độ xyanua trước khi xả.",
    ),
    (
        "nDo094",
        "vi",
        "dktxyanua2",
        "Xử lý xyanua bằng ôxy hóa, kết tủa và sinh học",
        "Chúng tôi kết hợp các phương pháp theo nồng độ và yêu cầu đầu ra: ôxy hóa bằng clo, ozon, hydro peroxit chuyển xyanua "
        "thành cyanate rồi CO2 và nitơ (kiểm soát chặt liều để tránh sản phẩm phụ độc); kết tủa bằng muối sắt thành xanh "
        "Prussian (nhiều bùn); xử lý sinh học hiếu khí.",
    ),
    (
        "nDo095",
        "vi",
        "dcixyanua",
        "So sánh và lựa chọn công nghệ xử lý nước thải chứa xyanua",
        "Chúng tôi giới thiệu các phương pháp hiện đại xử lý nước thải chứa xyanua (CN-, KCN, CNCl): hóa học, kết tủa hóa "
        "học, hấp phụ, lọc và lắng, đánh giá ưu nhược điểm, hiệu quả và chi phí từng phương pháp để chọn phù hợp nguồn thải.",
    ),
    (
        "nDo096",
        "en",
        "biocyanide",
        "Research offer: biological degradation of cyanide in effluents",
        "A university project on cyanide biodegradation: after reviewing sulphur processes, alkaline chlorination and "
        "hydrogen peroxide, it tests cyanide-tolerant micro-organisms collected from contaminated sites for breaking down "
        "cyanide in industrial effluents as a lower-cost alternative. Partners with cyanide-bearing effluent are sought "
        "for trials.",
    ),
    (
        "nDo097",
        "vi",
        "ccep",
        "Thiết kế, lắp đặt hệ thống xử lý nước thải xi mạ",
        "Chúng tôi thiết kế và thi công hệ thống xử lý nước thải xi mạ chứa kim loại nặng độc hại: phân tích quy trình mạ "
        "(xử lý cơ học, tẩy dầu, tẩy gỉ, hoạt hóa, mạ lót đồng hoặc niken, mạ vàng, mạ bóng) để xác định thành phần nước thải "
        "và chọn công nghệ xử lý.",
    ),
    (
        "nDo098",
        "vi",
        "qcvnxima",
        "Xử lý nước thải ngành xi mạ đạt QCVN",
        "Chúng tôi cung cấp quy trình xử lý nước thải xi mạ đạt quy chuẩn: loại bỏ kim loại nặng như đồng, kẽm, crom, niken "
        "và các muối sunfat, cromat, amoni, tránh ăn mòn đường ống và ô nhiễm nguồn nước nuôi trồng của nông dân xung quanh.",
    ),
    (
        "nDo099",
        "vi",
        "madien",
        "Phân luồng và xử lý nước thải mạ điện: kiềm-axit, crom, xyanua",
        "Đồ án kỹ thuật đề xuất tách nước thải mạ điện thành ba dòng: nước thải kiềm–axit, nước thải crom và nước thải xyanua, "
        "vì xyanua gặp axit sinh khí độc; mỗi dòng xử lý riêng để loại ion kim loại nặng (kẽm, cromat, niken, sắt, đồng, chì, "
        "thủy ngân), xyanua và chất hoạt động bề mặt.",
    ),
    # --- recovery of precious metals ---
    (
        "nDo100",
        "en",
        "goldmetallurgy",
        "Treatment of jewellery shop floor waste for gold recovery",
        "We process the floor waste of gold jewellery workshops: sweepings collected daily and sorted for visible "
        "particles, burnt to destroy organic matter, crushed, homogenised and pulverised for sampling, together with old "
        "melting pots, furnace ashes and cinders. Specific-gravity checks help assess the material before it goes to the "
        "refiner.",
    ),
    (
        "nDo101",
        "en",
        "jrgsop",
        "Recovery and refining standard operating procedures for jewellery factories",
        "Based on over 20 years in refining, we set up segregation of precious-metal materials into four classes: bullion "
        "(scrap, sprues, stripping), stone removal, sweeps (polishings, buffs, brushes, floor sweeps, sludges) that are "
        "burnt, crushed and sifted for assay, and solutions (ultrasonic, stripping, wastewater). Photograph and document "
        "lots before shipping to get the most back from the refiner.",
    ),
    (
        "nDo102",
        "vi",
        "bmcrecycling",
        "Thu mua và tái chế bụi đánh bóng vàng",
        "Chúng tôi nhận bụi, rác quét sàn từ xưởng chế tác vàng và xử lý: dùng nam châm tách sắt thép, nung nhẹ đốt gỗ, giấy, "
        "sáp, dầu mỡ, hòa tan tạp kim loại cơ bản bằng axit clohydric, rửa, nấu chảy (phế liệu không quá 25% vàng), khuấy "
        "bằng que thạch anh, rót vào nước tạo hạt, rồi tinh chế bằng axit nitric và nước cường toan.",
    ),
    (
        "nDo103",
        "en",
        "mastermelt",
        "Refining of workshop waste: vacuum bags, carpets, paper towels",
        "We refine workshop waste that jewellers usually throw away, such as vacuum cleaner bags, old carpets and paper "
        "towels, to recover microscopic particles of gold and platinum, and advise on capture at source such as sealed "
        "milling machines with vacuum extraction.",
    ),
    (
        "nDo104",
        "en",
        "ionexchange",
        "Ion exchange and electrowinning for gold in cyanide solutions",
        "We apply ion exchange to gold cyanide solutions in three steps: loading the aurocyanide complex onto selective "
        "synthetic resin, elution into a concentrated gold solution, and electrowinning in cells with steel-wool cathodes "
        "and stainless anodes at 0.3–0.8 A/dm² and 0.4–0.8 kWh per ounce; the steel wool is smelted to bullion and the "
        "electrolyte recycled.",
    ),
    (
        "nDo105",
        "vi",
        "finishing403",
        "Trao đổi ion thu hồi vàng từ nước rửa mạ vàng trước bể phá xyanua",
        "Chúng tôi tư vấn cho xưởng mạ có nước rửa vàng chảy chung về bể xử lý xyanua: phức xyanua vàng, niken, sắt khó bị "
        "clo hóa đơn giản phá hủy; nên tách riêng dòng nước rửa vàng và cho qua cột nhựa trao đổi anion, loại giữ phức xyanua "
        "vàng rất hiệu quả, mỗi foot khối nhựa giữ được vài pound vàng, vừa thu hồi vàng vừa dễ xử lý xyanua.",
    ),
    (
        "nDo106",
        "en",
        "orchidsmocks",
        "Smock laundering trap and settling tanks to recover gold",
        "A production manager with experience of a 300-person factory offers a simple set-up: wash all jewellers' and "
        "polishers' smocks weekly, run the wash water through a two-tank settling trap made from 55-gallon drums with a "
        "submersible pump and a stocking filter, and keep clean scrap, dirty filings and sweeps separate; small stones "
        "are recovered too.",
    ),
    (
        "nDo107",
        "vi",
        "orchiddust",
        "Quy trình kiểm soát hao hụt và thu hồi vàng cho xưởng 15–20 thợ",
        "Chúng tôi tư vấn quy trình cho xưởng nữ trang vàng 18K: cân vàng giao cho từng thợ mỗi ngày và đối chiếu với thành "
        "phẩm cộng phoi, mạt khi trả; thử tuổi ngẫu nhiên vàng trả về; lót sàn vải cotton trên nilon để đốt thu bụi vàng; lắp "
        "bẫy chữ U dài trên đường nước thải; gom rác quét để gửi nhà tinh luyện hoặc lập bộ phận tinh luyện riêng.",
    ),
    # --- shop security and stock records ---
    (
        "nDo108",
        "en",
        "jckspace",
        "Contactless digital keys and locks against internal theft",
        "We integrate contactless digital key and lock systems for jewellers: each transponder key opens only assigned "
        "showcases and safes at set times and every opening is logged, deterring internal theft (an average loss of "
        "US$84,000 per incident in 2003) and giving useful business data; cellular backup of alarm lines is also "
        "available.",
    ),
    (
        "nDo109",
        "vi",
        "jcksafety",
        "Báo động giám sát trung tâm đạt chuẩn UL và camera số cho tiệm vàng",
        "Chúng tôi lắp hệ thống an ninh cho cửa hàng trang sức: báo động nối trung tâm giám sát đạt chứng nhận UL có lực lượng "
        "phản ứng, camera giám sát số thay hệ analog đời cũ, thiết bị kiểm soát mở tủ trưng bày. Năm 2011 ngành kim hoàn Mỹ "
        "mất hơn 85 triệu USD vì tội phạm, số vụ cướp tại cửa hàng tăng 19,7%.",
    ),
    (
        "nDo110",
        "en",
        "orion",
        "Electromagnetic showcase locks with central lock-down",
        "We secure gem and jewellery displays with uncopyable keys and continuous access monitoring, delayed alarms so "
        "cases are never left open, and centralised electromagnetic locks: combined with a shock detector or a secret "
        "remote, a group of showcases locks down on first impact and staff keys no longer open them.",
    ),
    (
        "nDo111",
        "vi",
        "blinco",
        "Bố trí camera giám sát cho tiệm vàng, trang sức",
        "Chúng tôi tư vấn và lắp camera ghi hình 24/7 cho tiệm vàng, đặt ở bốn khu vực: lối vào và lối ra, toàn cảnh cửa hàng "
        "(tủ treo tường, tủ trưng bày, cầu thang), khu tiếp khách nơi kẻ gian giả làm khách tráo hàng, và khu két; có camera "
        "công khai lẫn camera ẩn, phần mềm cập nhật thường xuyên.",
    ),
    (
        "nDo112",
        "en",
        "vectorsec",
        "Day and night security programme for jewellers",
        "We set up jeweller security: entry buzzers, two to three staff on the floor, cameras at the point of sale, "
        "entrances and safes, showcases always locked; at night all stock moved from windows into a safe or vault, "
        "monitored alarms and image sensors checked before leaving, and alerts sent to owners' phones.",
    ),
    (
        "nDo113",
        "vi",
        "diamondworld",
        "Giám sát điện tử, kiểm soát ra vào và thẻ RFID cho showroom trang sức",
        "Chúng tôi cung cấp giải pháp giảm hao hụt cho cửa hàng vàng, kim cương: camera quan sát chịu được ánh đèn trưng bày "
        "chói, ghi rõ mọi lần nhân viên lấy món hàng ra quầy, báo xâm nhập, kiểm soát ra vào và gắn thẻ RFID cho hàng, áp dụng "
        "cả ở kho và xưởng mài, cắt.",
    ),
    (
        "nDo114",
        "en",
        "deepsentinel",
        "AI-monitored cameras with live guards for jewellery stores",
        "Our system pairs AI cameras with live remote guards who can warn intruders in real time, aimed at the smash-and-grab "
        "robberies that doubled against US jewellers from 2021 to 2022, while keeping the store welcoming for customers.",
    ),
    (
        "nDo115",
        "vi",
        "tntp",
        "Thiết bị chống trộm, báo động và camera cho tiệm vàng",
        "Chúng tôi cung cấp thiết bị báo động, chống trộm và camera quan sát cho tiệm vàng, nhất là tiệm nhỏ ở vùng ven: theo "
        "Hội Mỹ nghệ Kim hoàn TP.HCM khoảng 40% tiệm vàng còn lơ là phòng chống trộm cướp; cần trang bị trước mùa cao điểm "
        "giáp Tết.",
    ),
    (
        "nDo116",
        "vi",
        "dichvubaove",
        "Dịch vụ bảo vệ an ninh cho tiệm vàng",
        "Công ty dịch vụ bảo vệ nhận canh giữ tiệm vàng ngày và đêm, phối hợp niêm phong tủ trưng bày và bảo vệ nguồn điện "
        "camera, tránh trường hợp như một tiệm ven Sài Gòn bị cắt dây camera, mất 15 lượng vàng 18K và 5 lượng vàng 24K, trị "
        "giá gần 500 triệu đồng trong một đêm.",
    ),
    (
        "nDo117",
        "en",
        "corefitech",
        "Jewellery inventory software with metal account and RFID audits",
        "Our jewellery inventory software tracks every piece and every gram: metal type, purity, weight, stones, "
        "location and karigar issues, with a real-time metal account, live gold-rate valuation, stone memo tracking and "
        "RFID or barcode audits. Chains audit showcases of 500+ pieces in under 15 minutes; a 2% discrepancy on ₹2 crore "
        "of stock is ₹4 lakh lost.",
    ),
    (
        "nDo118",
        "vi",
        "eloerp",
        "Phần mềm quản lý kho và bán hàng cho cửa hàng trang sức",
        "Phần mềm ERP/POS của chúng tôi quản lý trang sức theo từng món có số serial gắn với giá vốn, trọng lượng kim loại, "
        "thông số đá và nhà cung cấp; quản lý biến thể theo màu vàng, tuổi vàng 18K/22K, size; định giá theo trọng lượng kim "
        "loại và giá thị trường, tính giá vốn chính xác.",
    ),
    (
        "nDo119",
        "en",
        "shopkeeper",
        "Daily stock checking method for jewellery retailers",
        "Our jewellery shop software supports daily physical stock checks by sales staff in quiet moments: stock is divided "
        "into bins such as a window, cabinet or safe, each holding no more than 100 items (1,000 with RFID) so a bin is "
        "checked in minutes, with separate location codes per branch; records also support insurance claims.",
    ),
    (
        "nDo120",
        "vi",
        "ijsrdrfid",
        "Hệ thống kiểm kê trang sức bằng RFID dải HF",
        "Đề tài của trường đề xuất hệ thống kiểm kê trang sức dùng thẻ RFID gắn từng món, đầu đọc dải HF nối vi điều khiển và "
        "màn hình, kết nối không dây với máy tính: kiểm kê nhanh hơn mọi cách khác, tìm được cùng lúc nhiều món bị để nhầm "
        "chỗ, giảm sai sót của kiểm đếm thủ công hằng ngày, tháng, năm.",
    ),
    (
        "nDo121",
        "vi",
        "daysum",
        "Giải pháp kiểm kê trang sức RFID tích hợp phần mềm bán hàng",
        "Chúng tôi triển khai RFID kiểm kê cho tiệm vàng có 2.000–10.000 món: không phải cầm từng món đọc tem nhỏ hay quét mã "
        "vạch từng cái, không phải đóng cửa hàng hay trả tăng ca để kiểm kê, giảm kiểm đếm lại khi lệch, nắm chính xác hàng "
        "trong tủ, trong két và hàng đã bán.",
    ),
    (
        "nDo122",
        "vi",
        "jewelrysalesgh",
        "Phần mềm bán hàng trang sức: mã vạch, tính giá theo giá vàng",
        "Dự án phần mềm quản lý bán trang sức cho cửa hàng nhiều quầy: tạo hóa đơn, in phiếu bảo hành, nhập sản phẩm bằng quét "
        "mã vạch hoặc mã hàng, tính giá theo giá vàng, tiền công và giá đá, quản lý khuyến mãi, mua lại hàng cũ, quầy hàng và "
        "lịch sử mua của khách.",
    ),
    # --- distractors: neighbouring fields ---
    (
        "nDo123",
        "vi",
        "hanlaserkm",
        "Hàn laser sửa chữa khuôn mẫu",
        "Chúng tôi nhận hàn laser bồi đắp, sửa chữa khuôn mẫu kim loại: năng lượng cao của xung laser làm nóng cục bộ vùng rất "
        "nhỏ, vật liệu nóng chảy rồi đông cứng thành mối hàn, phục hồi khuôn bị mòn, nứt.",
    ),
    (
        "nDo124",
        "vi",
        "thanhnienewaste",
        "Tư vấn tái chế thiết bị điện tử cũ có chứa vàng",
        "Chúng tôi tư vấn thu gom thiết bị điện tử cũ về cơ sở tái chế được chứng nhận: vàng trong đầu nối bảng mạch, chân vi "
        "mạch rất ít, cần xử lý hàng nghìn thiết bị mới có lãi; tự tách bằng axit tại nhà nguy hiểm và có thể vi phạm pháp "
        "luật. Năm 2023 khoảng 5% vàng tiêu thụ ở Mỹ dùng cho điện tử.",
    ),
    (
        "nDo125",
        "vi",
        "sohaewaste",
        "Công nghệ chiết vàng, palladium từ rác thải điện tử trong 20 phút",
        "Công nghệ của nhóm nghiên cứu Quảng Châu chiết vàng từ CPU điện thoại cũ và bảng mạch in ở nhiệt độ phòng trong dưới "
        "20 phút, hiệu suất trên 98,2%, chi phí khoảng một phần ba giá vàng thị trường, thân thiện môi trường hơn các phương "
        "pháp dùng xyanua.",
    ),
    (
        "nDo126",
        "vi",
        "sohanml",
        "Công nghệ thu hồi vàng chi phí thấp từ phế liệu điện tử",
        "Phòng Thí nghiệm Luyện kim Quốc gia Ấn Độ (NML) giới thiệu công nghệ chiết vàng, bạc và kim loại nhóm bạch kim từ phế "
        "liệu điện tử: một tấn phế liệu điện thoại có thể cho 340 gram vàng; khoảng 66% rác điện tử là kim loại thu hồi được.",
    ),
    (
        "nDo127",
        "vi",
        "ximakem",
        "Dịch vụ xi mạ kẽm chống gỉ cho chi tiết sắt thép",
        "Chúng tôi nhận xi mạ kẽm điện phân cho chi tiết chính xác và mạ nhúng nóng cho kết cấu chịu lực, tạo lớp kẽm bảo vệ "
        "sắt thép theo cơ chế kép. Thiệt hại do ăn mòn kim loại toàn cầu ước khoảng 2,5 nghìn tỷ USD mỗi năm.",
    ),
    (
        "nDo128",
        "vi",
        "etekcrom",
        "Dây chuyền mạ crom cứng và crom trang trí",
        "Chúng tôi chế tạo dây chuyền mạ crom: dung dịch CrO3 với H2SO4 tỷ lệ 100:1, dòng 6–12 A/dm², 45–60 °C; crom cứng "
        "dày 20–500 µm, 850–1.200 HV cho trục, piston, khuôn; crom trang trí 0,1–0,5 µm cho phụ kiện ô tô, đồ gia dụng; điều "
        "khiển PLC–SCADA.",
    ),
    (
        "nDo129",
        "vi",
        "etekkem",
        "Dây chuyền mạ kẽm nhúng nóng và mạ kẽm điện phân tự động",
        "Chúng tôi cung cấp dây chuyền mạ kẽm phủ lớp kẽm 5–120 µm lên thép: bể nhúng 440–460 °C, mạ 2–6 phút, năng suất 10–30 "
        "tấn/ngày, thử muối trên 1.000 giờ theo ASTM A123, kèm xử lý khí HCl và tái chế kẽm ôxit.",
    ),
    (
        "nDo130",
        "vi",
        "eteksontinhdien",
        "Tối ưu vận hành dây chuyền sơn tĩnh điện",
        "Chúng tôi tư vấn vận hành dây chuyền sơn tĩnh điện giảm lỗi bề mặt: giữ độ ẩm 40–55% RH để ổn định điện trường phun, "
        "kiểm soát kích thước hạt bột, điện áp phun, lưu lượng bột và nhiệt độ sấy để tránh chấm kim, rỗ và lệch màu.",
    ),
    (
        "nDo131",
        "vi",
        "maxsyspvd",
        "Công nghệ mạ PVD cho đồng hồ, thiết bị và phụ kiện",
        "Chúng tôi giới thiệu mạ PVD (lắng đọng hơi vật lý) trong môi trường chân không, tạo màng mỏng bền màu, chống trầy cho "
        "đồng hồ, thiết bị y tế, chi tiết máy và thiết bị an ninh.",
    ),
    (
        "nDo132",
        "vi",
        "laserdiode",
        "Máy khắc laser diode 2 W cho gỗ, giấy, da",
        "Nhóm sinh viên chế tạo máy khắc laser diode 2 W trên khung nhôm, động cơ bước: khắc dễ trên gỗ, bìa carton, giả da, "
        "cắt bìa giấy và decal; với mica cần loại đen, với kim loại chỉ đốt được lớp sơn phủ chứ không khắc được bề mặt kim "
        "loại.",
    ),
    (
        "nDo133",
        "vi",
        "cuahangmaytinh",
        "Phần mềm quản lý cửa hàng bán máy tính",
        "Giải pháp phần mềm quản lý bán lẻ máy tính: nhập hàng, kho, bán tại quầy (POS), chăm sóc khách hàng (CRM), báo cáo "
        "doanh thu, chạy trên nền tảng đám mây, dựa trên đề tài xây dựng phần mềm quản lý cửa hàng máy tính năm 2014.",
    ),
    (
        "nDo134",
        "vi",
        "tadalabs",
        "Hệ thống mã vạch cho doanh nghiệp bán lẻ",
        "Chúng tôi triển khai hệ thống mã vạch (barcode) để mã hóa thông tin sản phẩm, định danh doanh nghiệp và quét nhanh "
        "tại quầy, giúp quản lý hàng hóa chính xác và hiệu quả trong bán lẻ.",
    ),
    (
        "nDo135",
        "vi",
        "daubacdinhcong",
        "Sản phẩm đậu bạc thủ công làng Định Công",
        "Hợp tác xã đậu bạc Định Công giới thiệu kỹ thuật đậu bạc truyền thống qua 5 bước: đun chảy, đổ thỏi, cán mỏng, rút "
        "sợi nhỏ tới đường kính 0,26 mm rồi tết thành hoa văn; nhận đặt hàng sản phẩm mỹ nghệ bạc thủ công.",
    ),
    (
        "nDo136",
        "vi",
        "langnghekimhoan",
        "Giới thiệu các làng nghề kim hoàn nổi tiếng",
        "Bài giới thiệu các làng nghề kim hoàn như Huệ Lai (Hưng Yên) và Châu Khê (Hải Dương) hơn 500 năm, kết hợp máy móc hiện "
        "đại, sản phẩm tiêu thụ khắp cả nước; phục vụ quảng bá, du lịch làng nghề và kết nối tiêu thụ.",
    ),
    (
        "nDo137",
        "vi",
        "goonus",
        "Phân loại vàng và giá trị giao dịch cho nhà đầu tư",
        "Nền tảng đầu tư giải thích các loại vàng được giao dịch (vàng miếng, vàng nhẫn, vàng trang sức), giá trị theo chất "
        "lượng, xuất xứ, thương hiệu để nhà đầu tư lựa chọn tài sản an toàn.",
    ),
    (
        "nDo138",
        "vi",
        "heapleach",
        "Công nghệ hòa tách đống quặng vàng bằng xyanua và hấp phụ than",
        "Chúng tôi chuyển giao quy trình hòa tách đống quặng vàng nghèo bằng xyanua, thu vàng từ dung dịch bằng hấp phụ than "
        "hoạt tính hoặc kết tủa kẽm, giải hấp than và điện phân; khai thác được quặng chỉ 0,03 ounce vàng mỗi tấn.",
    ),
    (
        "nDo139",
        "vi",
        "goldminded",
        "Công nghệ than trong bùn (CIP/CIL) cho mỏ vàng",
        "Chúng tôi tư vấn dây chuyền CIP/CIL cho quặng vàng: hòa tan vàng trong bùn quặng bằng xyanua và ôxy trong chuỗi bể "
        "khuấy, hấp phụ lên than hoạt tính, giải hấp bằng xyanua kiềm nóng và điện phân lên bông thép, dùng vôi trung hòa.",
    ),
    (
        "nDo140",
        "vi",
        "pippinbass",
        "Giấy chứng nhận phân cấp kim cương",
        "Chúng tôi hướng dẫn đọc báo cáo phân cấp kim cương của GIA, AGS: sơ đồ viên đá, 4C (giác cắt, màu, độ sạch, trọng "
        "lượng carat), kích thước, tỷ lệ, độ bóng, đối xứng, huỳnh quang và mã số khắc laser; báo cáo không nêu giá trị tiền.",
    ),
    (
        "nDo141",
        "vi",
        "corpany",
        "Đúc tượng đồng cỡ lớn bằng phương pháp sáp mất",
        "Xưởng chúng tôi đúc tượng đồng, phù điêu và tượng nhỏ: tạo mẫu đất sét cỡ thật, làm khuôn thạch cao hoặc cao su, rót "
        "sáp rỗng, gắn cuống rót, bọc vỏ khuôn, nung chảy sáp và rót đồng từ dưới lên; có thể mạ vàng hoặc tạo màu patina.",
    ),
    (
        "nDo142",
        "vi",
        "foruphotonics",
        "Máy hàn laser cầm tay cho gia công kim loại tấm",
        "Chúng tôi cung cấp máy hàn laser cầm tay thay hàn hồ quang, hàn argon cho kim loại tấm, chi tiết chính xác: vùng ảnh "
        "hưởng nhiệt nhỏ, ít biến dạng, thiết kế gọn một người mang và vận hành, dùng được cả sửa chữa tại công trình.",
    ),
    (
        "nDo143",
        "vi",
        "etekdaychuyen",
        "Dây chuyền mạ kim loại tự động 4.0",
        "Chúng tôi thiết kế dây chuyền mạ kim loại tự động: chuỗi bể tiền xử lý, mạ điện, thụ động và sấy, bể PP/PVC/PVDF, "
        "máy chỉnh lưu, băng tải, cho mạ kẽm, niken, crom trong công nghiệp cơ khí.",
    ),
    (
        "nDo144",
        "en",
        "purolite",
        "Ion exchange resins for gold recovery from complex ores",
        "We tailor ion exchange resins for gold mines facing preg-robbing, refractory or copper-rich ores, in cyanide, "
        "thiosulfate or acid leach liquors, from clear solution or directly in pulp, as an alternative to activated carbon.",
    ),
    (
        "nDo145",
        "en",
        "bominescyanide",
        "Removal of cyanide and metals from mineral processing waste waters",
        "A government mining research report offers a method to remove cyanide and base metals from mineral processing "
        "waste waters, with experimental results and the theory of operation for mill effluents.",
    ),
    (
        "nDo146",
        "en",
        "overjewels",
        "Diamond grading reports from independent laboratories",
        "We arrange diamond grading reports from GIA, IGI, HRD, Gübelin and SSEF: natural or synthetic, treatments, and the "
        "4Cs. A report should accompany every diamond of one carat or more; reputable labs grade loose stones only.",
    ),
    (
        "nDo147",
        "en",
        "zhermack",
        "Resins and 3D printers for dental laboratories",
        "We supply 3D printing resins and printers for dental labs and practices: CAD models from CBCT DICOM data and "
        "intraoral STL scans, surgical guides, models and maxillofacial reconstruction planning.",
    ),
    (
        "nDo148",
        "en",
        "bronzart",
        "Art bronze foundry for sculptors",
        "Our foundry casts sculptors' work in bronze by the lost-wax method, with artisans for each step from mould and "
        "wax to pouring, chasing and patina.",
    ),
    (
        "nDo149",
        "en",
        "mindmapnote",
        "Handheld laser welding for sheet-metal fabrication shops",
        "We train small fabrication workshops in handheld laser welding of sheet, tube, stainless tanks and aluminium "
        "housings: managing power, beam placement and travel speed to limit warping compared with arc processes.",
    ),
    (
        "nDo150",
        "en",
        "laseruser",
        "RF CO2 laser engraving machine upgrades",
        "A tutorial series on upgrading a 500 × 300 mm, 50 W CO2 engraving machine with an RF laser source and power "
        "supply, and on how RF pulses form dots in dithered photo engraving on wood and similar materials.",
    ),
    (
        "nDo151",
        "en",
        "intercept",
        "Anti-tarnish packaging for silver jewellery and flatware",
        "We supply tarnish and corrosion prevention packaging as an alternative to rhodium plating or e-coating, which "
        "wear off, cost more (rhodium above US$1,000 per ounce) and leave uneven colour after repair or polishing.",
    ),
    (
        "nDo152",
        "en",
        "lucymelford",
        "Home ultrasonic cleaner for personal jewellery",
        "A consumer review of a home ultrasonic jewellery cleaner that uses tap water and a three-minute default cycle to "
        "refresh rings, necklaces and even glasses, kept away from pearls.",
    ),
    (
        "nDo153",
        "en",
        "factorysmart",
        "Industrial fiber laser welding for aerospace, automotive and electronics",
        "We supply fiber laser welding systems for industrial production of thin sheet, wire and hard-to-reach joints in "
        "aerospace, automotive, medical and electronics manufacturing, with safety training for eye and skin hazards.",
    ),
    (
        "nDo154",
        "en",
        "questtcut",
        "Metal laser cutting machines",
        "We manufacture laser cutting machines for sheet metal: a focused beam removes material point by point without "
        "contact or mechanical stress, with a small heat-affected zone, for continuous long-run cutting.",
    ),
    (
        "nDo155",
        "en",
        "grissoms",
        "Gemological laboratory certification of diamonds",
        "We explain and obtain diamond grading certificates from GIA, EGL, AGS, IGI and GQI, documenting colour, clarity, "
        "carat, cut and a plotted map of inclusions, separate from any appraisal of value.",
    ),
    (
        "nDo156",
        "en",
        "biologyinsights",
        "Silver bullion weighing in troy ounces",
        "An explainer on measuring silver bullion and coins: fineness marks (999, 958, 925) and the troy weight system "
        "used for precious-metal trading, with bullion bars and coins weighed in troy ounces.",
    ),
]
