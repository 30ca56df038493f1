"""Offers for holdout119 (traditional craft villages): (id, language, source key, title, description)."""

OFFERS = [
    # --- incense sticks: splints, rolling machines, production units ---
    (
        "mQo001",
        "en",
        "inc_nif_splints",
        "Low-cost hand bamboo splitter and splint maker for incense cores",
        "A grassroots innovation from Chhattisgarh: a hand-worked bamboo splitter (about Rs 5,900) and a separate "
        "stick maker (about Rs 390) that turn pre-cut bamboo pieces into incense splints. One splitter can keep "
        "roughly six stick cutters supplied. It was built after powered machines installed in villages gave splints "
        "the incense trade rejected, and it needs no electricity.",
    ),
    (
        "mQo002",
        "en",
        "inc_gian_splint",
        "Hand-operated bamboo splint and stick machine, about 5,000 splints an hour",
        "Manually driven machine in carbon steel that converts bamboo into strips and sticks about 1.2 mm thick, at "
        "roughly 5,000 splints (about 5 kg) per hour. Meant for rural groups without power or money for industrial "
        "machines; simple to run and maintain, and also usable for toothpicks and ice-cream sticks.",
    ),
    (
        "mQo003",
        "en",
        "inc_appmme_sticks",
        "Project profile: flexible bamboo stick production line",
        "Feasibility profile for one line that makes chopsticks, barbecue skewers, incense sticks and mat sticks: "
        "sawing, splitting, slat planing, filament sizing, polishing, length cutting, sharpening and sorting. Needs "
        "about 10,000 sq ft, 50 hp of connected power and 7 to 8 workers; toothpick equipment can be added at "
        "marginal cost.",
    ),
    (
        "mQo004",
        "en",
        "inc_bidwood_sticks",
        "Machine line for bamboo barbecue skewers",
        "Skewer factory process: bamboo of three years or more, sawn to half-metre poles, split into 2.5 cm strips, "
        "layered to take off the knots, formed into filaments, dried in sun or a drying room, cut, polished and "
        "sharpened. The usual product is a 3.0 mm skewer for food stalls and caterers.",
    ),
    (
        "mQo005",
        "en",
        "inc_sit_machine",
        "Hand-driven incense rolling mechanism for home workers",
        "Engineering project (Srinivas Institute of Technology, Mangalore) for a low-cost hand-operated machine that "
        "coats the paste of charcoal powder, wood powder and binder onto bamboo sticks. It targets the many women who "
        "smear paste by hand for more than eight hours a day, to raise output and ease the strain of the work.",
    ),
    (
        "mQo006",
        "en",
        "inc_tataf_unit",
        "Fully automatic incense-stick machines with mixing, filtering and drying",
        "Contract-manufacturing package: three fully automatic stick machines fit in a room of about 10 by 10 ft, with "
        "the filtering and mixing machines and stock in another 200 sq ft. Two unskilled workers per machine feed "
        "sticks and paste, pick the wet sticks, sort, bundle and run the drying machine.",
    ),
    (
        "mQo007",
        "vi",
        "nhang_gialai",
        "Chuyển giao bộ máy làm nhang và nụ trầm quy mô hộ gia đình",
        "Bộ thiết bị gồm máy xay bột, máy trộn bột, máy rút tăm làm nhang tự động và khuôn đúc nụ trầm, vốn đầu tư "
        "khoảng hơn 50 triệu đồng. Kèm hướng dẫn xay riêng từng nguyên liệu (quế, trầm, lá thảo dược) thành bột mịn, "
        "phối với bột bời lời theo tỷ lệ và thêm nước vừa đủ để bột không khô quá (khó kết dính) hay ướt quá (không "
        "bám que tre).",
    ),
    (
        "mQo008",
        "vi",
        "nhang_lmx",
        "Dây chuyền nhang tự động: trộn bột, ép que, sấy có chỉnh thông số",
        "Tư vấn lắp đặt và đào tạo vận hành dây chuyền làm nhang tự động hóa: người vận hành chỉnh tốc độ, nhiệt độ "
        "và độ dày que ở các khâu trộn bột, ép nhang, sấy nhang. Hướng dẫn giữ bột không vón cục, que ra thẳng, không "
        "gãy nứt và loại que lỗi trước khi sang khâu sau.",
    ),
    (
        "mQo009",
        "vi",
        "nhang_conphuoc",
        "Máy se nhang tự động và bán tự động cho hộ gia công",
        "Cơ sở cơ khí cung cấp máy se nhang tự động, bán tự động thay cho các khâu chẻ tăm, nhào bột, se nhang vốn "
        "làm bằng tay. Người thợ chỉ cần cho bột vào máy và làm các việc đơn giản, nên lao động nông nhàn có thể vừa "
        "làm vừa lo việc nhà mà vẫn giao đủ hàng cho cơ sở đặt.",
    ),
    (
        "mQo010",
        "en",
        "bamboo_machine_wiki",
        "Bamboo processing machines for splitting, slicing and planing",
        "Overview of single-task bamboo machines: splitting, slicing, knot removal, planing, cross-cutting, incense "
        "stick making, sizing, polishing and curving. A machine developed in Nagaland combines planing, curving, "
        "polishing and knot removal on one platform and was recognised by India's National Innovation Foundation.",
    ),
    (
        "mQo011",
        "en",
        "inc_kyarazen",
        "Incense dough know-how: binder ratio and water for extruded sticks",
        "Practical guidance for stick incense made from fragrant powders: start at about 20% binder (makko) by weight, "
        "go down to 10-12% for dense high-grade wood powder and up for fluffy, coarse herb powders. Water is added drop "
        "by drop until the dough kneads well; too much water gives soft sticks that are hard to handle and dry.",
    ),
    (
        "mQo012",
        "vi",
        "nhang_hoahao",
        "Quy trình nhang sạch từ trầm, quế, khuynh diệp với keo bời lời",
        "Quy trình làm nhang không pha hóa chất hay hương liệu độc hại: thảo dược (trầm hương, vỏ quế, khuynh diệp) "
        "được sơ chế để loại bụi bặm, côn trùng, xay thành bột mịn rồi trộn với bột keo cây bời lời cho đủ độ kết "
        "dính. Có hướng dẫn chuyển từ se tay từng cây sang dùng máy hỗ trợ.",
    ),
    (
        "mQo013",
        "vi",
        "nhang_tram_sach",
        "Tài liệu phân biệt nhang trầm sạch và nhang tẩm hóa chất",
        "Hướng dẫn nhận biết: nhang trầm sạch làm từ bột gỗ trầm có tinh dầu tự nhiên, mùi dịu; nhang tẩm hóa chất "
        "thường dùng mùn cưa, gỗ vụn rẻ tiền rồi tẩm hương liệu tổng hợp để tạo mùi. Dùng để giải thích với khách và "
        "kiểm tra nguyên liệu đầu vào.",
    ),
    (
        "mQo014",
        "en",
        "inc_hk_handmade",
        "Traditional hand-made herbal incense: sieving, natural binder, curing",
        "Ten-step hand method: blend medicinal herbs by fragrance, sieve out coarse powder, store the fine powder so "
        "the scents merge, mix with a natural binder and water, knead and beat out the air, extrude through a utensil, "
        "pack the sticks tightly so they do not bend, cool for one week and separate before tubing.",
    ),
    (
        "mQo015",
        "en",
        "inc_imexco_sticks",
        "Supply of bamboo core sticks for incense",
        "Exporter of bamboo sticks for incense: straight, crack-free bamboo cut to sticks of about 10-12 inches and "
        "1/8 inch diameter. The sticks take a coating of aromatic powder bound with gum arabic or makko and are then "
        "dried for several days.",
    ),
    (
        "mQo016",
        "en",
        "inc_process_herb",
        "Incense stick manufacturing steps with quality control",
        "Process description from raw materials to pack: choose base and aromatic materials, grind to fine powder, "
        "mix with water and binders into a dough, roll onto bamboo sticks by hand or machine, dry for several days "
        "depending on humidity, inspect each stick for defects and pack in boxes or tubes.",
    ),
    (
        "mQo017",
        "en",
        "inc_smoke_pmc",
        "Review of incense smoke risks, with pointers to eco-friendly incense",
        "Journal review: a typical stick is about 21% herbal and wood powder, 33% bamboo, 35% fragrance and 11% "
        "adhesive. Burning incense releases about 45 mg of particles per gram against about 10 mg for cigarettes, "
        "plus CO, NO2 and SO2; the authors call for eco-friendly incense manufacture and reduced use.",
    ),
    (
        "mQo018",
        "en",
        "inc_smoke_cma",
        "Clinical review: incense smoke and airway disease",
        "Medical review of the effects of burning incense at temples and homes: particulate matter, benzene, toluene, "
        "aldehydes and PAHs in the smoke, links to respiratory dysfunction and allergic dermatitis, and advice to "
        "shorten exposure and ventilate rooms where incense is burnt.",
    ),
    (
        "mQo019",
        "en",
        "inc_singapore_cvd",
        "Epidemiology study: home incense burning and cardiovascular deaths",
        "Cohort analysis from the Singapore Chinese Health Study on whether burning incense at home is associated "
        "with cardiovascular mortality; a public-health reference, not a production technology.",
    ),
    (
        "mQo020",
        "vi",
        "nhang_giadinh",
        "Khuyến cáo người tiêu dùng chọn nhang thắp dịp lễ",
        "Bài khuyến cáo người mua: thị trường có hàng chục loại nhang trầm, quế, cúc, nhài giá 3.000-50.000 đồng/bó, "
        "phần lớn không ghi thành phần và xuất xứ, nhiều loại tạo mùi bằng hóa chất; người tiêu dùng nên cân nhắc "
        "khi chọn mua.",
    ),
    (
        "mQo021",
        "en",
        "joss_straits",
        "Temple programme: fewer joss sticks and low-smoke offerings",
        "Report on Taipei temples that stopped devotees from burning joss sticks and paper offerings, with temple "
        "helpers lighting only low-smoke sticks for a daily ritual and other temples limiting each visitor to one "
        "stick.",
    ),
    (
        "mQo022",
        "en",
        "inc_bizvaani",
        "Business guide for a small incense-stick production unit",
        "Start-up guide: paste from jigat powder, charcoal powder and gum powder rolled onto bamboo sticks; mixer, "
        "dryer and main production machines; notes that Chinese and Vietnamese machines now dominate the Indian "
        "market and that small units often sell raw sticks to firms that add the scent.",
    ),
    (
        "mQo023",
        "en",
        "inc_bbq_family",
        "Family-made bamboo barbecue sticks",
        "A farm family cuts its own bamboo with a bolo, splits it, strips the pieces round and smooth, sharpens the "
        "tips and sells bundles of barbecue sticks.",
    ),
    # --- drying ---
    (
        "mQo024",
        "en",
        "dry_practical_action",
        "Solar and hybrid solar-fuel dryers for small producers",
        "Technical brief: solar dryers keep produce away from rain, insects, animals and dust, and with fans they "
        "allow some control at higher temperatures. Too-fast drying can harden the outside while the inside stays "
        "wet (case-hardening). Solar pre-heating can be combined with a wood, gas or electric heater to cut fuel "
        "cost; choice depends on scale and budget.",
    ),
    (
        "mQo025",
        "en",
        "dry_tss_cabinet",
        "Solar cabinet dryer with double-glazed roof and perforated trays",
        "Insulated box dryer with a double transparent roof (toughened glass), air holes at the base and outlets at "
        "the rear; body in mild steel or wood with reflective aluminium lining. Warm air rises by natural draft "
        "through perforated trays and carries moisture out. Used for food, herbs and spices.",
    ),
    (
        "mQo026",
        "en",
        "dry_bubble",
        "Solar bubble dryer for rice grain",
        "Low-cost grain dryer of two plastic sheets joined by a zipper, a black base and a clear dome, inflated by a "
        "small fan that circulates air; grain is stirred with a roller underneath. Built to replace sun drying of "
        "paddy in tropical countries.",
    ),
    (
        "mQo027",
        "en",
        "dry_redeal",
        "Direct and indirect solar dryers, built to order",
        "Design and build of solar dryers. In direct types the product sits in the sun; in indirect types a black "
        "surface heats the air, which passes over the product and leaves by a chimney, making contamination easier "
        "to avoid. Sizes range from a tilted cold frame to an insulated brick house with fans and backup heating.",
    ),
    (
        "mQo028",
        "vi",
        "dry_parkoo",
        "Buồng sấy bơm nhiệt cho nan tre, thanh tre và hàng tre",
        "Cung cấp máy sấy bơm nhiệt thay phơi nắng cho tre, nan tre, thanh tre: không phải gom hàng khi trời mưa, "
        "giảm nhân công và tránh mốc làm tre giòn gãy, giảm giá trị hàng thủ công. So với lò hơi nóng đốt nhiên "
        "liệu, bơm nhiệt không thải khí đốt ra môi trường.",
    ),
    (
        "mQo029",
        "en",
        "dry_solidswiki",
        "Heat pump (dehumidifying) dryers: low running cost, closed air loop",
        "Heat pump dryers run at roughly 40% of the cost of an oil dryer, 50% of a coal boiler and 30% of an "
        "electric heater. Moist air from the chamber is cooled below dew point at the evaporator so the water "
        "condenses, then reheated at the condenser; products dry without cracking, warping or discolouring.",
    ),
    (
        "mQo030",
        "en",
        "dry_itb_bamboo",
        "Indirect solar drying oven for bamboo strips (tested design)",
        "Institut Teknologi Bandung compared direct and indirect solar ovens for betung bamboo strips used in "
        "building and handicrafts. Chambers reached about 60 °C at about 20% relative humidity; the indirect oven "
        "caused fewer drying defects and removed on average 61.7% more water than the direct one.",
    ),
    (
        "mQo031",
        "en",
        "dry_tsus_food",
        "Closed-loop heat pump dryer for food products",
        "Supplier of low-temperature heat pump dryers for food: explains that relative humidity matters more than "
        "air speed and temperature, and compares open-loop and closed-loop heat pump drying for fruit and other "
        "foods.",
    ),
    (
        "mQo032",
        "en",
        "dry_bamboo_shoot",
        "Heat pump drying schedule for bamboo shoots",
        "Food-drying note: for bamboo shoots the chamber is preheated for about two hours at 45 °C, then raised "
        "gradually to about 60 °C; too high a preheat makes the shoots burst. Preheating usually takes two to three "
        "hours depending on load and weather.",
    ),
    (
        "mQo033",
        "en",
        "dry_shuntec_eucalyptus",
        "Heat pump kiln for eucalyptus timber, 45-50 m3 per load",
        "Lumber drying case: a 14P heat pump dryer serving a 60 m2 barn with a wall of 16 fans, loading 45-50 m3 of "
        "eucalyptus per batch; preheating at 20-30 °C for two to three hours, then dehumidifying, to avoid the "
        "cracking seen with coal or boiler drying.",
    ),
    (
        "mQo034",
        "vi",
        "dry_123doc_nongsan",
        "Tư vấn thiết bị sấy năng lượng mặt trời trực tiếp và gián tiếp",
        "Tư vấn chọn thiết bị sấy dùng năng lượng mặt trời: loại trực tiếp tuần hoàn khí tự nhiên (bộ thu gắn với "
        "buồng sấy), loại có bộ thu năng lượng riêng, và loại gián tiếp có quạt đẩy khí nóng vào buồng sấy. Ưu điểm "
        "là công nghệ đơn giản, chi phí đầu tư và vận hành thấp so với sấy bằng thiết bị đốt nhiên liệu.",
    ),
    (
        "mQo035",
        "en",
        "dry_longview",
        "Small household solar dryer with solar-powered fans (10 kg)",
        "A 10 kg solar dryer with tempered glass, a temperature gauge and a small solar panel running two fans; "
        "waterproof and closed against dust, insects and rodents so produce can stay in overnight. Suited to "
        "training village women before scaling up a cottage business.",
    ),
    # --- joss paper: cutting, paper, smoke ---
    (
        "mQo036",
        "en",
        "cut_mekes",
        "Programmable guillotine paper cutters with clamp and back gauge",
        "Supplier of guillotine cutters (paper trimmers) for print finishing: heavy, programmable machines that cut "
        "a tall stack of sheets at once with a straight edge. A clamp holds the stack still and a back gauge sets "
        "the position of each cut.",
    ),
    (
        "mQo037",
        "en",
        "cut_amprinter",
        "Retrofit automation for older guillotine cutters",
        "Bindery advice from cutter makers and dealers: a shop that cuts more than about four hours a day is a "
        "candidate for automation, and fitting a programmable back-gauge system to an existing cutter is a cheaper "
        "route than a new machine. Cutting errors are costly because paper, ink and press time are already spent.",
    ),
    (
        "mQo038",
        "en",
        "cut_socialwin",
        "Semi-automatic paper cutting machines: how to choose",
        "Buying guide for semi-automatic paper cutters: heavier frames resist the cutting and resistance forces "
        "better; basic digital-display controls cover most jobs, while touch-screen controls and updatable software "
        "suit more complex work.",
    ),
    (
        "mQo039",
        "en",
        "cut_wiki",
        "Manual arm paper cutters for small batches",
        "Desk or bench paper cutters with a long curved steel blade hinged at one corner, a gridded base and a fence "
        "for square cuts; sizes run from about 30 cm up to 841 mm (A1). They cut single sheets or stacks, and also "
        "cardboard, plastic and thin sheet metal.",
    ),
    (
        "mQo040",
        "en",
        "cut_bookbinding",
        "History and principles of paper cutting machines",
        "Essay on how paper cutting evolved from knives and shears to the screw-clamp table and the first "
        "guillotine-type cutter made in Germany around 1855, driven by gears from a large handwheel.",
    ),
    (
        "mQo041",
        "en",
        "joss_bamboo_pulp",
        "Bamboo mechanical pulp with rice-straw pulp for ceremonial (joss) paper",
        "Technical note from Taiwan: bamboo is ground to mechanical pulp and combined with a little rice-straw "
        "chemical pulp to make the crude paper used for joss paper, in sheets from about 2.5 x 3 inches to 10 x 11 "
        "inches, partly covered with tin foil that is brushed to give a golden effect.",
    ),
    (
        "mQo042",
        "en",
        "joss_taiwan_handmade",
        "Hand-finished joss paper with gold and silver leaf",
        "A Taiwanese family workshop that has made joss paper by hand for about 100 years: retired women apply gold "
        "and silver leaf and red paint sheet by sheet, while most producers have moved to automated factories.",
    ),
    (
        "mQo043",
        "en",
        "joss_moenv",
        "Centralised joss-paper burners with pollution control",
        "Taiwan's environment agency programme: local governments built eco-friendly joss-paper burners and collect "
        "offerings for central burning; in 2020 over 20,000 tonnes were burnt in incinerators or equipped burners, "
        "cutting about 61 tonnes of PM2.5. Also promotes larger-denomination paper, donations instead of paper and "
        "subsidy guidelines for burner construction.",
    ),
    (
        "mQo044",
        "en",
        "joss_atlas",
        "Temple practices that cut incense and joss-paper smoke",
        "Examples from Taiwan: recorded firecracker sounds and hand clapping instead of fireworks, fruit and flowers "
        "instead of burnt offerings, bans on paper burning at some temples and shipping offerings to a central "
        "incinerator that filters the smoke.",
    ),
    (
        "mQo045",
        "vi",
        "ww_fenton_in",
        "Xử lý nước thải mực in bằng keo tụ kết hợp oxy hóa Fenton",
        "Nghiên cứu ứng dụng (PGS.TS Nguyễn Văn Phước) xử lý nước thải mực in tại một công ty giấy bao bì: keo tụ "
        "để tách cặn màu rồi oxy hóa Fenton phân hủy chất hữu cơ khó phân hủy trong mực in. Phù hợp cơ sở in ấn "
        "giấy có nước rửa khuôn, rửa máy in.",
    ),
    (
        "mQo046",
        "en",
        "paper_khartasia",
        "Hand papermaking from mulberry bark",
        "Description of traditional mulberry-bark paper: branches steamed 5-7 hours to peel the bark, outer bark "
        "scraped, white bark soaked and cooked 3-4 hours in alkaline lye, rinsed, hand-cleaned, beaten and formed "
        "sheet by sheet on bamboo screens.",
    ),
    # --- lanterns ---
    (
        "mQo047",
        "en",
        "den_led_alibaba",
        "Flameless LED candles for paper lanterns: heat levels and precautions",
        "Guidance on putting battery LED candles in paper lanterns: they run at about 25-40 °C, far below a flame, "
        "which removes most fire risk, but long operation in a closed lantern can still warm the paper. Advice on "
        "choosing quality units with timers and on placement.",
    ),
    (
        "mQo048",
        "en",
        "den_electric_guide",
        "Safe wiring and bulbs for electric paper lanterns",
        "Safety guide for electrically lit paper lanterns: cords usually 10 or 15 feet, respect the cord's maximum "
        "wattage (often 60 W, some 100 W), prefer compact fluorescent bulbs that stay cool and avoid halogen, hang "
        "cords on a hook about every 12 inches and keep cords out of walkways.",
    ),
    (
        "mQo049",
        "en",
        "den_skylantern",
        "Sky lanterns: fire risks and legal bans",
        "Explains how flame-powered sky lanterns of oiled paper over wire or bamboo rise to about 1,000 feet and "
        "drift for 6-20 minutes, why they start grass and roof fires, and the bans imposed in many places.",
    ),
    (
        "mQo050",
        "vi",
        "den_phubinh2016",
        "Chuyển giao cách tổ chức công đoạn và máy dán keo cho xưởng lồng đèn",
        "Kinh nghiệm xưởng lồng đèn giấy kiếng truyền thống: thợ lành nghề làm khâu chẻ nan, tạo khung, vẽ; khâu "
        "kết kẽm, dán giấy, sơn giao cho thợ phụ. Dùng máy dán keo thay phết hồ. Một thợ làm khoảng 20 chiếc loại "
        "nhỏ mỗi ngày (20.000-50.000 đồng/chiếc), loại lớn 80.000-200.000 đồng.",
    ),
    (
        "mQo051",
        "vi",
        "den_giaydo",
        "Thiết kế lồng đèn Trung thu bằng giấy dó theo mẫu cổ",
        "Nhóm nghệ nhân phỏng dựng gần 20 mẫu lồng đèn cổ truyền (kéo quân, bọ ngựa, tôm cua, quả lựu, trái đào, "
        "cá chép) bằng giấy dó thay cho giấy kiếng thông thường, sau hơn một năm chế tác; nhận chuyển giao mẫu và "
        "trưng bày.",
    ),
    (
        "mQo052",
        "vi",
        "den_gaodua",
        "Lồng đèn Trung thu từ gáo dừa và sản phẩm sáng tạo từ phụ phẩm dừa",
        "Doanh nghiệp tự động hóa ở xứ dừa làm lồng đèn gáo dừa cho trẻ em; cùng mô hình gáo dừa trồng lan được "
        "chạm, đục hoa văn, đã đăng ký nhãn hiệu. Nhận hợp tác làm lồng đèn và hàng gáo dừa theo đơn.",
    ),
    (
        "mQo053",
        "vi",
        "dua_mynghe_baodongkhoi",
        "Hỗ trợ nhân rộng mô hình lồng đèn chà dừa, giỏ gáo dừa, chỉ xơ dừa",
        "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp hỗ trợ đầu tư, nhân rộng các cơ sở làm lồng đèn "
        "bằng chà dừa, kết giỏ xách bằng gáo dừa, làm kiểng thú gáo dừa và dệt chỉ xơ dừa, nhằm tạo việc làm cho "
        "lao động nông thôn.",
    ),
    (
        "mQo054",
        "en",
        "den_hoangthanh",
        "Reference collection of traditional Mid-Autumn lanterns",
        "Museum exhibition catalogue of traditional lanterns: paper lanterns on bamboo frames in fruit and animal "
        "shapes, cellophane star lanterns and toys glued on bamboo, and home-made lanterns from cans and pomelo "
        "peel; useful for designers reviving old models.",
    ),
    (
        "mQo055",
        "en",
        "den_hoian",
        "Study tour and training in silk-covered bamboo lanterns (Hội An)",
        "Hội An lantern workshops, a craft more than 400 years old, make lanterns by building bamboo frames, cutting "
        "silk and gluing fabric by hand; visits and artisan training for groups who want to add silk lanterns for "
        "tourists and export.",
    ),
    # --- sedge mats ---
    (
        "mQo056",
        "en",
        "mat_phuyen_machines",
        "Mechanised sedge mat weaving: pooled village machines",
        "Model from a Phú Yên mat village: villagers pooled nearly US$45,000 to install two weaving machines and now "
        "run ten, day and night. Machine mats are more durable and comfortable and use more sedge; the village buys "
        "sedge from neighbours because its 25 ha field is no longer enough.",
    ),
    (
        "mQo057",
        "en",
        "mat_hoainhon",
        "Machine-assisted sedge mat weaving, about 40 minutes per mat",
        "Hoài Nhơn (Bình Định) mat makers use machines that cut weaving time to about 40 minutes per mat and lighten "
        "the work, keeping a 200-year-old trade alive across five villages and more than 500 households.",
    ),
    (
        "mQo058",
        "en",
        "mat_mlifeon",
        "Sedge harvesting, splitting, drying and dyeing workflow",
        "Craft guide from the O Loan lagoon area: sedge is harvested fresh and green, carried by cart or raft, split, "
        "sun-dried and dyed blue, red, white and yellow with traditional techniques, then each fibre is selected "
        "before going on the frame.",
    ),
    (
        "mQo059",
        "en",
        "mat_rmagazine",
        "Two-person sedge loom, washing and pattern printing",
        "Describes the simple sedge loom of two parallel wooden bars with jute warps, worked by two people (one on "
        "the heddle, one inserting weft with a stick), then washing the mat and printing patterns or hand painting. "
        "Mats sell from about 0.55 to 40 euros.",
    ),
    (
        "mQo060",
        "vi",
        "chieu_langnghe",
        "Truyền nghề nhuộm lác bằng màu cây dang, cây mít, nghệ",
        "Nghệ nhân làng chiếu Cà Hom truyền kỹ thuật chế màu từ cây dang, cây mít, nghệ để nhuộm sợi lác, cùng cách "
        "chọn lác mềm dai, se sợi đay làm go và tạo các mẫu hoa văn đặc trưng; nhận dạy cho tổ dệt.",
    ),
    (
        "mQo061",
        "vi",
        "chieu_sggp",
        "Thiết kế hoa văn chiếu hoa hai mặt 5 màu bền màu",
        "Nhóm nghệ nhân chiếu Cà Hom - Bến Bạ nhận thiết kế, dệt mẫu chiếu hoa hai mặt với 5 màu chủ đạo (trắng, đỏ, "
        "xanh, vàng, tím), dùng 4-5 năm không phai, không giòn gãy; làng nghề có hơn 450 hộ, gần 500 khung dệt, "
        "khoảng 150.000 đôi chiếu mỗi năm.",
    ),
    # --- craft-village wastewater ---
    (
        "mQo062",
        "en",
        "ww_vicraizes",
        "VICRAIZES zero-emission system for sedge mat dyeing households",
        "Integrated household system for mat-dyeing craft villages: a biogas tank fed with sedge weaving residues "
        "fires the dyeing tank; wastewater passes a septic tank with upward-flow baffles, an anaerobic filter and a "
        "bio-pond; organic waste is composted. Demonstrated in Đồng Tháp with 93% less greenhouse gas, 97% less "
        "BOD5, about 30 kg of compost a day and about 115 million VND more income a year.",
    ),
    (
        "mQo063",
        "vi",
        "ww_zets_ecomodel",
        "Mô hình sinh thái giảm ô nhiễm cho hộ nhuộm, dệt chiếu",
        "Mô hình áp dụng tại một hộ làm chiếu ở Đồng Tháp: hầm biogas dùng lác vụn cấp khí đốt cho nồi nhuộm; hệ "
        "xử lý nước thải gồm bể tự hoại vách ngăn dòng chảy ngược, ngăn lọc kỵ khí và ao sinh học; khu ủ phân. Giảm "
        "93% khí nhà kính, 97% BOD5 nước thải, vốn đầu tư và chi phí vận hành thấp, tăng thu nhập khoảng 118 triệu "
        "đồng/năm.",
    ),
    (
        "mQo064",
        "vi",
        "ww_phen",
        "Keo tụ nước thải nhuộm bằng hỗn hợp phèn nhôm và phèn sắt(III)",
        "Viện Kỹ thuật nhiệt đới và Bảo vệ môi trường TP.HCM nghiên cứu xử lý nước thải dệt nhuộm bằng hỗn hợp phèn "
        "nhôm và phèn sắt(III) để keo tụ, khử màu và cặn lơ lửng; có thể chuyển giao quy trình phối trộn, liều dùng "
        "cho cơ sở nhuộm nhỏ.",
    ),
    (
        "mQo065",
        "vi",
        "ww_nhaxa",
        "Đánh giá và đề xuất giải pháp nước thải làng nghề dệt nhuộm",
        "Nghiên cứu hiện trạng và giải pháp cho làng dệt nhuộm có 23 cơ sở thải khoảng 200 m3 nước/ngày với độ màu, "
        "BOD5, COD cao, cơ sở xen kẽ khu dân cư: quy hoạch thu gom, quản lý và xử lý nước thải tập trung.",
    ),
    (
        "mQo066",
        "vi",
        "ww_det_1000",
        "Thiết kế hệ thống xử lý nước thải dệt nhuộm công suất lớn",
        "Đồ án thiết kế trạm xử lý nước thải cho nhà máy dệt nhuộm công nghiệp công suất 1.000 m3/ngày đêm, với các "
        "bể điều hòa, keo tụ, sinh học và lắng theo tiêu chuẩn ngành.",
    ),
    (
        "mQo067",
        "en",
        "ww_vieba",
        "Decentralised wastewater recycling for small enterprises",
        "Pilot at a woollen textile company of about 200 staff in Hưng Yên: domestic wastewater of 10-20 m3 a day is "
        "treated and reused to water about 2,000 m2 of green area, nursery and garden, and the sludge is used as "
        "fertiliser; promoted as a circular-economy model for small firms.",
    ),
    (
        "mQo068",
        "en",
        "ww_inhand",
        "Integrated wastewater concept for a food-processing craft village",
        "German-Vietnamese INHAND project for Đại Lâm village (rice and cassava liquor): a three-step pilot plant "
        "with aerobic treatment, anaerobic treatment of waste streams and a digester drying facility, for wastewater "
        "that was drained untreated into rice fields.",
    ),
    (
        "mQo069",
        "vi",
        "ww_loc_nho_giot",
        "Lọc sinh học nhỏ giọt kết hợp bãi lọc thực vật sau biogas chăn nuôi",
        "Luận văn khảo sát hiệu quả xử lý nước thải chăn nuôi heo sau hầm biogas bằng bể lọc sinh học nhỏ giọt kết "
        "hợp bãi lọc trồng cây, xử lý chất hữu cơ, nitơ và phốt pho trước khi xả.",
    ),
    (
        "mQo070",
        "vi",
        "ww_biogas_lucbinh",
        "Lục bình và rơm làm nguyên liệu nạp bổ sung cho hầm biogas",
        "Nghiên cứu của Trường Đại học Cần Thơ: ủ yếm khí mẻ 35 ngày phối trộn phân heo với lục bình hoặc rơm đã "
        "trồng nấm cho thấy nông dân Đồng bằng sông Cửu Long có thể dùng hai vật liệu này nạp hầm biogas khi thiếu "
        "phân heo.",
    ),
    (
        "mQo071",
        "vi",
        "ww_roda_biogas",
        "Bể phốt biogas bằng HDPE cho hộ gia đình",
        "Cung cấp bể phốt biogas HDPE xử lý chất thải sinh hoạt theo nguyên lý phân hủy kỵ khí có kiểm soát, thu "
        "khí sinh học để đun nấu.",
    ),
    (
        "mQo072",
        "vi",
        "ww_uasb",
        "Bể UASB xử lý nước thải sinh hoạt",
        "Thiết kế, vận hành bể UASB (dòng chảy ngược qua lớp bùn kỵ khí) xử lý chất hữu cơ trong nước thải sinh hoạt "
        "khu dân cư, tiết kiệm năng lượng.",
    ),
    (
        "mQo073",
        "en",
        "ww_e3s",
        "Study of environmental pollution in Vietnam's craft villages",
        "Conference paper reviewing pollution in craft villages: only 26.7% of villages collect industrial "
        "wastewater and 20.9% collect solid waste; causes and policy measures for sustainable craft villages.",
    ),
    (
        "mQo074",
        "en",
        "ww_tantrieu",
        "Case study: an abandoned dyeing-village treatment plant",
        "Report on a 500 m3/day plant built in 2005 for a weaving and dyeing village in Hanoi that was never used; "
        "its tanks deteriorated and the operator judged it unusable, while wastewater kept flowing to a canal.",
    ),
    # --- natural dyes ---
    (
        "mQo075",
        "vi",
        "dye_duanuoc",
        "Dịch nhuộm tự nhiên từ vỏ trái dừa nước",
        "Quy trình chiết dịch nhuộm từ vỏ và trái dừa nước bỏ đi: rửa, chặt nhỏ, đun với nước theo tỷ lệ 1 kg trái : "
        "10 lít nước, cô còn 1/3 rồi lọc, lặp lại ba lần và gộp dịch để nhuộm tơ tằm, cotton. Nguồn nguyên liệu dồi "
        "dào, có thể cung cấp quy mô lớn.",
    ),
    (
        "mQo076",
        "vi",
        "dye_lacay",
        "Nhuộm vải bằng lá cây, độ bền màu cấp 4-5",
        "Chuyên gia hóa nhuộm phát triển cách nhuộm bằng lá chè già, lá bàng, xà cừ, xoài, vải, ổi, cà phê... với "
        "xử lý sau nhuộm để đạt độ bền màu cấp 4-5/5, không dùng hóa chất độc hại; đã tham gia dự án nâng độ bền "
        "màu cho thổ cẩm.",
    ),
    (
        "mQo077",
        "en",
        "dye_appleoak",
        "Alum mordant for colour-fast plant dyeing",
        "Alum, the mildest common mordant, sold with a basic recipe: weigh the dry fibre, use a quarter of that "
        "weight in alum, dissolve in warm water, then either cold-mordant for 24-72 hours or heat at 80 °C for one "
        "hour before rinsing and dyeing.",
    ),
    (
        "mQo078",
        "en",
        "dye_annatto_heena",
        "Annatto seed dye for orange to golden shades",
        "Annatto (Bixa orellana) seed colourant: dyes both animal and vegetable fibres even without a mordant, with "
        "moderate fastness; pressing the paste with ash turns it golden, and different mordants and temperatures "
        "give brownish-orange shades.",
    ),
    (
        "mQo079",
        "en",
        "dye_sasha",
        "Turmeric and annatto dye-bath recipe",
        "Step-by-step dye bath: turmeric (fresh, dried or powder) and annatto seed simmered about 45 minutes in a "
        "stainless pot; turmeric gives bright yellow, annatto orange, the mix a deep orange-yellow, and black tea "
        "mutes the colour.",
    ),
    (
        "mQo080",
        "en",
        "dye_brighton",
        "Choosing mordants and handling them safely",
        "Teaching note: mordants bind dye to fibre and improve light and wash fastness, commonly a tannin plus alum "
        "process; some dyes (walnut, indigo, cutch) need none. Safety: gloves and masks for powders, separate pots, "
        "airtight labelled storage and careful disposal of spent solutions.",
    ),
    (
        "mQo081",
        "en",
        "dye_satsuma",
        "Low-footprint natural dyeing: alum, iron and copper, waste handling",
        "Studio practice: recipes are built by testing each step; alum is the preferred non-toxic mordant, iron or "
        "copper salts shift the shade; because alum raises soil salinity the liquid goes to the sewer while spent "
        "plant material is returned to the soil.",
    ),
    (
        "mQo082",
        "en",
        "dye_tnau_annatto",
        "Popularising annatto cultivation for natural edible dye",
        "Tamil Nadu Agricultural University scheme to spread annatto growing on marginal land as a source of "
        "natural edible colour, with background on the return of vegetable dyes after bans on some synthetic dyes.",
    ),
    (
        "mQo083",
        "en",
        "dye_earthues",
        "Mordants and dyeing assists for natural dyers",
        "Supplier of preparation and mordanting products: scour, soda ash, aluminium acetate, potassium aluminium "
        "sulfate, tannin; colour-shifting assists such as chalk, citric acid, cream of tartar and iron; indigo vat "
        "chemicals and gum tragacanth for painting dye on fibre.",
    ),
    # --- brooms ---
    (
        "mQo084",
        "en",
        "broom_india",
        "Coconut broomstick processing and grading",
        "Producer's description of coconut broom making: cut leaves are dried in the sun, leaflets stripped from the "
        "backbone, midribs separated from the leaf blade, sorted and graded by length, then bundled by hand into "
        "brooms of about 500 grams or less so they stay easy to use with one hand.",
    ),
    (
        "mQo085",
        "en",
        "broom_instructables",
        "Zero-budget broom from coconut tree leaves",
        "Home tutorial: leaflets from three or four fronds, a machete and a knife to strip the midribs, tie with coir "
        "rope and trim the sweeping end; under two hours for one broom.",
    ),
    (
        "mQo086",
        "en",
        "broom_jimtrade",
        "Coco brooms from a coir products supplier",
        "Coir company in business since 1997 selling coco brooms made from coconut leaf midribs, for stiff sweeping "
        "of rough floors, fallen leaves and paving.",
    ),
    (
        "mQo087",
        "vi",
        "choi_dot_hanhthuan",
        "Quy trình sản xuất chổi đót: xé đọt, buộc lọn, bện",
        "Cơ sở chổi đót hơn mười năm kinh nghiệm chia sẻ quy trình: xé đọt tách bông khỏi thân, bó theo trọng lượng, "
        "buộc lọn rồi bện thành chổi; chổi dài 1 m, đường kính cán khoảng 5 cm, nặng 0,6 kg, xử lý gọn phần kẽm thừa "
        "và kiểm tra trước khi xuất xưởng.",
    ),
    (
        "mQo088",
        "vi",
        "choi_dot_thanhchuong",
        "Sấy hoa đót giữ màu xanh và kỹ thuật cột chổi bằng mây",
        "Kinh nghiệm làng chổi đót: hoa đót (mua khô khoảng 25.000-26.000 đồng/kg) được đưa vào lò gạch sấy khô để "
        "giữ màu xanh, chổi đẹp và bền; cột bằng dây mây chẻ vót hoặc dây nhựa; các công đoạn ra đót, làm bòn, kết "
        "cổ, cột cán, bện tít.",
    ),
    (
        "mQo089",
        "vi",
        "choi_myan",
        "Máy chặt đầu cán chổi và kỹ thuật bện nong mốt cho chổi cọng dừa",
        "Hướng dẫn 4-5 công đoạn làm chổi cọng dừa bền chắc: làm mái chổi, bện cọng dừa bằng dây cước trắng theo "
        "kiểu nong mốt cho cọng không rơi, đóng cây nêm từ thân tàu dừa vào cán, và dùng máy chặt để danh đầu cán "
        "đều, đẹp.",
    ),
    (
        "mQo090",
        "vi",
        "choi_wikihuongdan",
        "Hướng dẫn bó chổi cọng dừa truyền thống",
        "Tài liệu hướng dẫn nhanh cách bó chổi cọng dừa và các ứng dụng: quét nhà, sân, trường học, nhà xưởng, quét "
        "lá sầu riêng, lá điều, nền đất, sỏi và nơi đọng nước.",
    ),
    (
        "mQo091",
        "vi",
        "choi_vinhchanh2",
        "Tư vấn xây dựng nhãn hiệu tập thể cho làng nghề bó chổi",
        "Kinh nghiệm làng chổi cọng dừa Vĩnh Chánh được công nhận nhãn hiệu tập thể: cọng dừa mua từ Bến Tre, Trà "
        "Vinh, Tiền Giang 17.000-18.000 đồng/kg, về đến xã 20.000-22.000 đồng/kg; vựa giao nguyên liệu cho thợ gia "
        "công, phân loại chổi, nhờ thương hiệu chung mà đơn hàng đều quanh năm.",
    ),
    (
        "mQo092",
        "vi",
        "choi_vinhchanh_dulich",
        "Chuẩn hóa hạng chổi và gắn làng nghề với du lịch",
        "Mô hình làng chổi gắn với du lịch: cọng dừa được sơ chế sạch, cân trước khi giao gia công (600 g cho chổi "
        "hạng 1, 550 g cho hạng 2); du khách tham quan các công đoạn làm mái, kết cọng, làm cán.",
    ),
    (
        "mQo093",
        "vi",
        "choi_culaodung",
        "Tổ chức hợp tác xã làm chổi cọng dừa: chổi đặt và chổi ngang",
        "Kinh nghiệm HTX 8/3: hơn 40 xã viên, mỗi người làm khoảng 30 cây/ngày, công 60.000-75.000 đồng; chổi đặt "
        "dùng cọng dừa già phơi trắng, bện nhiều dây, giá cao hơn chổi ngang 2.000-3.000 đồng; bán sỉ theo đơn "
        "thương lái khoảng 13.000 đồng/cây.",
    ),
    # --- bamboo, coconut, water hyacinth materials ---
    (
        "mQo094",
        "en",
        "bamboo_justagric",
        "Borax-boric acid treatment for bamboo used in crafts",
        "Guide to treating bamboo before making furniture and handicrafts: its starch and sugar attract fungi, mold, "
        "termites and powder-post beetles, so untreated bamboo lasts about two years (four to six if kept dry), "
        "while bamboo soaked in a borax-boric acid solution can last for decades.",
    ),
    (
        "mQo095",
        "en",
        "bamboo_living_borate",
        "Pressure borate (DOT) treatment of bamboo in a factory in Vietnam",
        "Bamboo poles, woven strands and split siding are pressure-treated in a large tank with disodium octaborate "
        "tetrahydrate and third-party inspected. Borates have very low toxicity for workers and users and dissolve "
        "fully in water, so they penetrate well.",
    ),
    (
        "mQo096",
        "en",
        "bamboo_einpresswire",
        "Bamboo curing and chemical preservation: fixing and non-fixing types",
        "Explains why bamboo must be fully dried before use (it shrinks 10-15% in diameter and hardens) and the two "
        "families of preservatives: boron-based non-fixing salts, which wash out in rain and are for indoor items, "
        "and fixing mixtures for outdoor use.",
    ),
    (
        "mQo097",
        "vi",
        "dua_tuhaoviet",
        "Ngâm gỗ dừa chống mối mọt, làm hàng mỹ nghệ từ rễ và gỗ dừa",
        "Cơ sở mỹ nghệ dừa chia sẻ kỹ thuật: gỗ dừa già (cây từ 50 năm tuổi) được ngâm dưới nước khoảng 30 ngày để rút "
        "chất chát thu hút mối mọt, gỗ chắc và vân bóng hơn; tận dụng rễ và mảnh vụn gỗ dừa làm hàng cao cấp như túi "
        "xách, ấm trà, lọ hoa.",
    ),
    (
        "mQo098",
        "en",
        "hyac_craftculinary",
        "Preparing water hyacinth fibre for handicrafts",
        "Four-step preparation of water hyacinth: wash the plants until odourless, separate stalks from leaves (the "
        "leaves go to fertiliser), sun-dry the stalks for about a week until they become a fawn-coloured dry fibre, "
        "then weave.",
    ),
    (
        "mQo099",
        "vi",
        "hyac_handicraftsite",
        "Xử lý nguyên liệu lục bình cho hàng đan: tuổi cây, phơi, nhúng keo",
        "Hướng dẫn chọn lục bình khoảng 3 tháng tuổi, cọng dài 60-90 cm, sơ chế rồi phơi nắng 5-6 ngày; bó và cất giữ "
        "sợi khô, khi dùng nhúng qua keo rồi mới đan và cắt tỉa. Một người đan được khoảng 7 túi nhỏ mỗi ngày.",
    ),
    (
        "mQo100",
        "en",
        "hyac_mekongwonders",
        "Export-grade water hyacinth products: drying, steaming, dyeing",
        "A Cambodian producer near Phnom Krom, trained by Japanese partners, exports water hyacinth bags and baskets "
        "to Australia and Japan. The method controls stalk age, drying, steaming and dyeing times at each step so "
        "quality passes strict import markets.",
    ),
    (
        "mQo101",
        "en",
        "hyac_de",
        "Sun-drying water hyacinth stems for pest- and fungus-free storage",
        "Harvest on foot or by boat, remove roots, flowers and leaves, carry stems in bundles, wash, sort into small "
        "bundles and sun-dry for seven days; the material is then naturally preserved, free of pests and fungi, and "
        "keeps for many years.",
    ),
    (
        "mQo102",
        "vi",
        "dua_dhxd",
        "Hàng mỹ nghệ từ gáo dừa, cọng dừa, mo nang và xơ dừa",
        "Giới thiệu dòng sản phẩm có thể chuyển giao: tranh ghép gáo dừa nhiều màu, túi xách, ví, kẹp tóc, đèn ngủ "
        "từ gáo dừa; cọng dừa đan lẵng hoa, giỏ quà; chà dừa làm lồng đèn; mo nang làm thuyền cắm hoa; xơ dừa dệt "
        "thảm, cuộn tổ chim.",
    ),
    (
        "mQo103",
        "vi",
        "dua_ninebegin",
        "Gia công hàng mỹ nghệ từ gỗ dừa và gáo dừa ốp tường",
        "Các cơ sở mỹ nghệ dừa (hơn 20 cơ sở, hơn 200 loại sản phẩm) nhận gia công tô, chén, khay, ấm trà từ thân dừa "
        "lão, chụp đèn gáo dừa, chà dừa cho nhà hàng, khách sạn và gáo dừa ốp tường thay gạch men, giá khoảng "
        "500-600 nghìn đồng.",
    ),
    (
        "mQo104",
        "vi",
        "dua_sap_vtv",
        "Giống dừa sáp đặc sản Trà Vinh",
        "Mô hình nhân rộng trồng dừa sáp phục vụ khách du lịch, năng suất khoảng 5.000 trái/ha, tiêu thụ trong tỉnh "
        "và các tỉnh lân cận.",
    ),
    (
        "mQo105",
        "vi",
        "daian_baotravinh",
        "Mẫu bộ đồ dùng nông thôn thu nhỏ bằng tre trúc đạt OCOP 3 sao",
        "Hộ kinh doanh ở làng nghề đan đát chia sẻ mẫu sản phẩm tre, trúc, tầm vông thu nhỏ tinh xảo (xà neng, xà "
        "ngôn, rổ rá, giỏ tổ chim, bình hoa, nón) làm quà lưu niệm, đã đạt OCOP 3 sao năm 2019; nhận truyền nghề "
        "cho tổ đan.",
    ),
    (
        "mQo106",
        "vi",
        "gom_phoyen",
        "Lò nung liên tục kiểu đứng thay lò thủ công cho nghề gạch nung",
        "Nghiên cứu của Đại học Thái Nguyên đề xuất khảo nghiệm, trình diễn và chuyển giao công nghệ lò nung liên tục "
        "kiểu đứng, thân thiện môi trường hơn lò thủ công, kèm quy hoạch vùng nguyên liệu, hỗ trợ vốn và đào tạo để "
        "các hộ chuyển đổi.",
    ),
    (
        "mQo107",
        "vi",
        "gom_thiennhien",
        "Lò gạch cải tiến ít ô nhiễm thay lò kiểu cũ",
        "Bài viết ủng hộ thay lò gạch kiểu cũ kém hiệu quả nhiên liệu và gây ô nhiễm gần khu dân cư bằng các lò cải "
        "tiến ít ô nhiễm hơn.",
    ),
    # --- fire safety ---
    (
        "mQo108",
        "en",
        "dust_combustible_gov",
        "Combustible dust: explosion prevention and extraction",
        "Explains how fine dust of wood, paper, starch or dyes can explode when suspended in air, the dust explosion "
        "pentagon (fuel, air, heat, confinement, dispersion) and secondary explosions from settled dust; fume and "
        "dust extraction systems remove the fuel from the air.",
    ),
    (
        "mQo109",
        "en",
        "dust_lumberjocks",
        "Choosing extinguishers for a workshop with wood and paper dust",
        "Workshop forum advice: a standard ABC dry-chemical extinguisher covers wood, paper, electrical and solvent "
        "fires; CO2 leaves no residue on motors. Floating dust (as little as about one pound) can flash or explode, "
        "so keep good housekeeping and away from open flames and sparking cords.",
    ),
    (
        "mQo110",
        "en",
        "dust_nearsay",
        "Fire safety maintenance where combustible dust builds up",
        "Fire protection firm's checklist: dust collects in ducts, ceilings and crevices; clean daily with vacuums "
        "designed to contain dust, ban smoking, limit open flames and unattended heat sources, ground electrical "
        "equipment, and train staff; supplies suppression equipment.",
    ),
    (
        "mQo111",
        "en",
        "fire_toolmonger",
        "An ABC extinguisher for every small workshop",
        "Practical note for private workshops: keep a class A, B, C extinguisher in sight rather than in a closet, "
        "and do not mount it where a fire is most likely to start, or it cannot be reached.",
    ),
    (
        "mQo112",
        "en",
        "dust_safetynow",
        "Combustible dust hazard training report",
        "Downloadable report for workplaces: any fine combustible material (sugar, flour, wood, paper, pulp, dyes, "
        "plastics) can ignite and explode; how to identify hazardous processes and apply safe work and housekeeping "
        "practices.",
    ),
    (
        "mQo113",
        "vi",
        "fire_langnghe_cuoinam",
        "Xe chữa cháy mini (xe ba gác) cho ngõ hẹp làng nghề",
        "Mô hình của công an huyện ở làng nghề gỗ hơn 4.000 hộ, mỗi năm 5-10 sự cố cháy: xe ba gác chữa cháy mini "
        "chạy được trong ngõ hẹp, đáp ứng nhanh khi chưa kịp có xe chữa cháy lớn; kèm cảnh báo về nhà xưởng tự phát.",
    ),
    (
        "mQo114",
        "vi",
        "fire_congan",
        "Trang bị báo cháy tự động và phương tiện chữa cháy tại chỗ cho hộ kinh doanh",
        "Hướng dẫn của cơ quan công an: lắp thiết bị báo cháy tự động, trang bị bình chữa cháy xách tay và dụng cụ "
        "thoát nạn (thang dây, dây thừng, mặt nạ phòng độc, búa, rìu, đèn pin), đặt ở nơi dễ thấy, dễ lấy, gần lối "
        "thoát nạn.",
    ),
    (
        "mQo115",
        "vi",
        "fire_napbinh",
        "Cung cấp, nạp sạc bình chữa cháy bột và CO2, hướng dẫn sử dụng",
        "Đơn vị PCCC cung cấp bình chữa cháy đủ số lượng, đúng chủng loại cho khu có nhà xưởng, xưởng gỗ, kho vải, "
        "giấy xen khu dân cư; hướng dẫn chọn và dùng bình bột, bình CO2, bảo quản và nạp sạc định kỳ.",
    ),
    (
        "mQo116",
        "vi",
        "fire_smartmall",
        "Danh mục phương tiện PCCC cho đội PCCC cơ sở",
        "Nhà cung cấp thiết bị an toàn giới thiệu danh mục phương tiện phòng cháy, chữa cháy cần trang bị cho lực lượng "
        "PCCC cơ sở, kèm thiết bị bảo hộ lao động.",
    ),
    (
        "mQo117",
        "vi",
        "fire_antd",
        "Kiểm tra, hướng dẫn và tuyên truyền PCCC cho hộ sản xuất làng nghề",
        "Lực lượng công an tổ chức kiểm tra, hướng dẫn và tuyên truyền PCCC cho từng hộ sản xuất ở làng nghề có "
        "nhiều hàng hóa dễ cháy và máy móc thô sơ, nâng nhận thức và khắc phục bất cập.",
    ),
    (
        "mQo118",
        "vi",
        "fire_law2001",
        "Văn bản Luật Phòng cháy và chữa cháy 2001, chương chữa cháy",
        "Toàn văn Chương III Luật PCCC 2001: nguyên tắc huy động lực lượng, phương án chữa cháy của cơ sở, thôn, ấp "
        "và trách nhiệm báo cháy.",
    ),
    (
        "mQo119",
        "vi",
        "fire_pc17_homestay",
        "Mẫu phương án chữa cháy PC17 cho homestay",
        "Mẫu phương án chữa cháy cơ sở theo mẫu PC17 áp dụng cho homestay, khách sạn nhỏ: vị trí, giao thông, nguồn "
        "nước, cầu thang thoát nạn.",
    ),
    # --- dust and worker health ---
    (
        "mQo120",
        "en",
        "dust_cw_cyclone",
        "Cyclone dust collectors for small workshops",
        "Review of cyclone collectors: a single-stage collector moves about 500 CFM; cloth bags stop particles down to "
        "about 30 microns and canister filters about 1 micron, while lungs need protection down to about 0.3 micron. "
        "Cyclones drop chips and heavy dust in a drum before the filter.",
    ),
    (
        "mQo121",
        "en",
        "dust_pentz_beginner",
        "Fine dust protection basics: airflow, venting outside, fine filters",
        "Dust research pages explaining that small workshops are at high risk from invisible fine dust, that good fine "
        "dust collection needs far more airflow than chip collection, and that dust should be vented outside or "
        "filtered down to at least 0.5 micron.",
    ),
    (
        "mQo122",
        "vi",
        "dust_caughtonawhim",
        "Lắp hệ thống hút bụi cyclone cho xưởng nhỏ, hiệu suất đến 95%",
        "Tư vấn lắp bộ tách bụi cyclone dùng quạt ly tâm tạo dòng xoáy tách bụi khỏi không khí, hiệu suất đến khoảng "
        "95%; tách riêng bụi mịn và mảnh vụn nên đổ túi sạch, an toàn hơn, ít phải thay lọc; máy chính có thể đặt "
        "ngoài xưởng khi chật chỗ.",
    ),
    (
        "mQo123",
        "vi",
        "dust_nhua_risk",
        "Đánh giá rủi ro an toàn vệ sinh lao động cho cơ sở thủ công nhỏ lẻ",
        "Viện Khoa học An toàn và Vệ sinh Lao động thực hiện đánh giá rủi ro an toàn, sức khỏe nghề nghiệp cho cơ sở "
        "sản xuất thủ công gián đoạn: khảo sát, phỏng vấn, đo môi trường xưởng, nhận diện mối nguy bằng danh mục kiểm "
        "tra và phân tích an toàn công việc, đề xuất biện pháp kiểm soát.",
    ),
    (
        "mQo124",
        "vi",
        "dust_thuocla",
        "Đo kiểm môi trường lao động và đánh giá nguy cơ bệnh nghề nghiệp",
        "Nghiên cứu y học đo vi khí hậu, chiếu sáng, tiếng ồn (trên 80 dBA ở một số xưởng), bụi và hơi độc trong nhà "
        "máy, phỏng vấn toàn bộ công nhân về triệu chứng (khoảng 50% nhức đầu, 40% rát họng), chỉ ra thiếu bảo hộ "
        "lao động đúng cách.",
    ),
    # --- packaging ---
    (
        "mQo125",
        "en",
        "pack_yazati",
        "Protective export packaging for handicrafts",
        "Guide for handicraft exporters on packaging as the first line of defence in transit to the US, Europe, Japan "
        "and the Middle East: protection against breakage and moisture, identification, branding and compliance "
        "with destination packaging standards, balanced with sustainability.",
    ),
    (
        "mQo126",
        "en",
        "pack_larathreads",
        "Choosing eco-friendly packaging for a small craft business",
        "Checklist of questions for makers selling online: what kind of paper or plastic, virgin or recycled content, "
        "whether biodegradable really means compostable and under what conditions, and how customers are likely to "
        "dispose of the package.",
    ),
    (
        "mQo127",
        "vi",
        "pack_spnttw",
        "Nghiên cứu mẫu mã bao bì cho hàng thủ công mỹ nghệ Việt Nam",
        "PGS.TS Nguyễn Thị Lan Hương (Viện Văn hóa Nghệ thuật quốc gia Việt Nam) phân tích vai trò mẫu mã bao bì đối "
        "với hàng thủ công mỹ nghệ trước sự cạnh tranh của hàng nước ngoài rẻ và mẫu mã đẹp, đề xuất hướng thiết kế "
        "bao bì thể hiện giá trị văn hóa của sản phẩm.",
    ),
    (
        "mQo128",
        "en",
        "pack_craftalliance",
        "Moving craft product packaging from plastic to paper",
        "Case studies of craft-tool brands that replaced plastic blister packs with paper boxes and received positive "
        "retail feedback; only about 14% of 78 million tonnes of plastic packaging is recycled and about 32% ends up "
        "in the oceans.",
    ),
    (
        "mQo129",
        "en",
        "pack_malta",
        "Low-cost natural packaging: jute, natural twine, recycled paper",
        "Ideas for makers: jute (cheap, durable, fully biodegradable), natural-fibre twine such as sisal, hemp or "
        "coir, gift bags from recycled magazines and paper, and cloth wraps from old clothes.",
    ),
    (
        "mQo130",
        "vi",
        "pack_byawe",
        "Dịch vụ thiết kế bao bì sản phẩm theo 5 quy tắc",
        "Agency thiết kế bao bì nhận làm bao bì cho thương hiệu nhỏ: bao bì như người bán hàng thầm lặng ảnh hưởng "
        "khoảng 70% quyết định mua; nguyên tắc minh bạch, rõ ràng để khách nhận ra sản phẩm ngay từ cái nhìn đầu tiên, "
        "kết hợp chất liệu, tiện dụng và thẩm mỹ.",
    ),
    (
        "mQo131",
        "vi",
        "pack_brandsvn",
        "Tư vấn thiết kế bao bì và tránh 5 lỗi thường gặp",
        "Chuyên gia thương hiệu hướng dẫn quy trình thiết kế bao bì từ ý tưởng đến sản phẩm lên kệ, cách bao bì thể "
        "hiện lời hứa về chất lượng, an toàn, tiện lợi, và 5 lỗi phổ biến khiến bao bì thất bại.",
    ),
    # --- selling online ---
    (
        "mQo132",
        "en",
        "sell_amz_terms",
        "Amazon Handmade: who can apply (artisans, cooperatives, NGOs)",
        "Programme terms: Handmade accepts lone artisans, small family or employee groups (preferably no more than "
        "20 people), cooperatives, non-profits, NGOs and social enterprises working with artisan communities; an "
        "application and approval are required before listing.",
    ),
    (
        "mQo133",
        "en",
        "sell_amz10",
        "Amazon Handmade listing rules and fees",
        "Seller overview: all products must be handmade; one main picture plus up to 8 extra free; production time can "
        "be set up to 30 days and customised orders are allowed; no listing fee but a 15% commission on price plus "
        "shipping; sellers approved in the US need not reapply for Europe.",
    ),
    (
        "mQo134",
        "en",
        "sell_etsy_api",
        "Automating Etsy listings, orders and shipping through the Etsy API",
        "Explains how inventory tools, shipping apps or assistants can use Etsy's Open API to create listings, read "
        "receipts (orders), add tracking numbers, manage shipping and return profiles and reviews, for sellers who run "
        "hundreds of items or several channels.",
    ),
    (
        "mQo135",
        "vi",
        "sell_sabiotec",
        "Mô hình phiên chợ điện tử livestream sản phẩm làng nghề",
        "Đoàn thanh niên tổ chức phiên livestream 1-2 giờ giới thiệu sản phẩm làng nghề và OCOP (nón lá, giò chả, "
        "gạo...): chuẩn bị kịch bản, tiểu cảnh trưng bày, chọn khung giờ vàng, phát trực tiếp từ cơ sở sản xuất để tạo "
        "lòng tin; có thể nhân rộng cho các làng nghề khác.",
    ),
    (
        "mQo136",
        "vi",
        "sell_nhandan_hp",
        "Tổ chức chợ phiên OCOP bán hàng trên TikTok",
        "Mô hình phối hợp thành đoàn, ngành nông nghiệp và TikTok Shop: hơn 20 sản phẩm đặc trưng lên sàn trong 4 "
        "giờ, hơn 20,7 triệu lượt tiếp cận, hơn 578 nghìn người xem trực tiếp, doanh thu hơn 750 triệu đồng.",
    ),
    (
        "mQo137",
        "vi",
        "sell_hoabinh_htx",
        "Cầm tay chỉ việc đưa sản phẩm hợp tác xã lên sàn thương mại điện tử",
        "Liên minh HTX tỉnh phối hợp các sàn Voso, Postmart, Sendo hướng dẫn HTX, tổ hợp tác đưa sản phẩm lên sàn và "
        "bán hàng online; nhấn mạnh chính danh người bán, chuẩn hóa, định danh sản phẩm và đủ hàng như cam kết.",
    ),
    (
        "mQo138",
        "vi",
        "sell_laichau",
        "Giải pháp ứng dụng thương mại điện tử cho sản phẩm OCOP",
        "Nghiên cứu đề xuất: nâng kỹ năng TMĐT cho cán bộ và người lao động, nâng cấp mạng và thiết bị, cải thiện năng "
        "lực tài chính, liên kết, và lập cổng truy xuất nguồn gốc để tăng độ tin cậy của sản phẩm OCOP khi bán trực "
        "tuyến.",
    ),
    (
        "mQo139",
        "vi",
        "sell_dantoc_ocop",
        "Gắn mã QR và bán hàng trực tuyến cho sản phẩm OCOP",
        "Kinh nghiệm thành phố có 1.054 sản phẩm OCOP, hơn 10.000 sản phẩm gắn mã QR: hỗ trợ chủ thể OCOP, trong đó có "
        "hàng thủ công mỹ nghệ, chuyển sang bán hàng online và livestream khi kênh truyền thống gặp khó.",
    ),
    (
        "mQo140",
        "vi",
        "sell_tienphong",
        "Đào tạo đoàn viên làm người livestream bán hàng cho nông dân, làng nghề",
        "Mô hình cán bộ Đoàn làm streamer: chuẩn bị điện thoại, dụng cụ ghi hình, bài trí sản phẩm, giới thiệu nguồn "
        "gốc, đặc điểm và nhận đặt hàng trực tiếp trên fanpage; chuyển giao cách làm cho các xã.",
    ),
    (
        "mQo141",
        "vi",
        "sell_thainguyen",
        "Chương trình cấp tỉnh đưa sản phẩm nông thôn lên sàn TMĐT",
        "Sở Công Thương một tỉnh chia sẻ các mô hình đưa đặc sản và sản phẩm OCOP lên sàn thương mại điện tử gắn với "
        "xây dựng nông thôn mới, cùng các kiến nghị tháo gỡ rào cản để sản phẩm vươn ra thị trường cả nước và quốc tế.",
    ),
    # --- further Vietnamese offers: machines, dryers, bamboo preservation, traceability, lanterns ---
    (
        "mQo142",
        "vi",
        "chieu_may_phatminh",
        "Máy dệt chiếu do nông dân chế tạo, 12-13 lá chiếu mỗi ngày",
        "Xưởng cơ khí của hai nông dân sáng chế máy dệt chiếu khung gỗ (giảm ồn, giảm rung) gồm lô lăn giữ đay, bàn "
        "răng ép cói, bàn dẹm cói, động cơ điện 1,1 kW. Máy dệt khoảng 12-13 lá chiếu trong 8 giờ, gấp sáu lần dệt "
        "tay, dệt được khổ 1,2 m (máy nhập chỉ 1,1 m); giá khoảng 20 triệu đồng/máy.",
    ),
    (
        "mQo143",
        "vi",
        "dry_wecare",
        "Nhà sấy năng lượng mặt trời mái polycarbonate chống UV (công nghệ Silpakorn)",
        "Dự án WeCare giới thiệu nhà sấy nông hộ chỉ dùng năng lượng mặt trời, do GS.TS Serm Janjai (ĐH Silpakorn, Thái "
        "Lan) phát triển: mái tấm polycarbonate trong suốt có lớp chống tia UV giữ nhiệt, một tấm pin nhỏ chạy quạt "
        "gió; chỉ tốn chi phí lắp đặt ban đầu, sản phẩm sạch, không bụi và côn trùng như phơi ngoài trời.",
    ),
    (
        "mQo144",
        "vi",
        "dry_dongnai",
        "Nhà sấy mặt trời đơn giản 10 m2, khoảng 5 triệu đồng",
        "Mô hình nông dân tự dựng: khung sắt nhỏ, vách bằng tấm nhựa trong dẻo bọc kín giữ nhiệt, diện tích khoảng 10 "
        "m2, chi phí khoảng 5 triệu đồng; phù hợp hộ sản xuất nhỏ lẻ, sản phẩm sấy sạch vì không tiếp xúc bụi, côn "
        "trùng.",
    ),
    (
        "mQo145",
        "vi",
        "dry_laocai",
        "Nhà máy sấy năng lượng mặt trời 170 m2 cho hợp tác xã",
        "Mô hình nhà sấy năng lượng mặt trời rộng 170 m2 xây cho một hợp tác xã nông lâm nghiệp ở Lào Cai, dự án tài "
        "trợ hỗ trợ 329 triệu đồng, phần còn lại là vốn đối ứng của HTX; giúp sơ chế, bảo quản nông sản "
        "tiết kiệm chi phí và bảo đảm sức khỏe người lao động.",
    ),
    (
        "mQo146",
        "vi",
        "dry_tieu",
        "Máy sấy năng lượng mặt trời kết hợp điện trở, 5 kg/mẻ",
        "Mô hình máy sấy dùng năng lượng mặt trời có gia nhiệt bổ sung bằng điện trở, năng suất 5 kg/mẻ; khảo nghiệm "
        "ở 60 °C, vận tốc gió 1,0-1,5 m/s, lớp vật liệu dày 13-40 mm, thời gian sấy 7-9 giờ từ ẩm độ khoảng 64% xuống "
        "13%; chạy được cả khi trời kém nắng.",
    ),
    (
        "mQo147",
        "vi",
        "dry_daknong",
        "Tập huấn phương pháp sấy bằng năng lượng mặt trời cho hợp tác xã",
        "Viện Công nghệ và Phát triển phối hợp Liên minh HTX tổ chức lớp tập huấn tiếp cận phương pháp sấy năng lượng "
        "mặt trời cho HTX, thay cho sấy bằng củi, than, điện hoặc phơi trên sân đất, xi măng, bạt vốn gây tổn thất "
        "sau thu hoạch khoảng 10%.",
    ),
    (
        "mQo148",
        "vi",
        "tre_newbamboo",
        "Phòng chống mốc và mọt cho tre và sản phẩm tre",
        "Tài liệu kỹ thuật: tre chứa protein 1,5-6%, đường tan khoảng 2%, tinh bột 2,02-5,18%, chất béo và sáp 2,18-"
        "3,55% nên dễ mục, mốc, mọt trong khí hậu nóng ẩm; lớp cật silic và sáp cản thuốc thấm theo hướng xuyên tâm, "
        "nên cần phương pháp tẩm phù hợp cấu tạo tre.",
    ),
    (
        "mQo149",
        "vi",
        "tre_bun_laxoan",
        "Bảo quản tre gỗ bằng ngâm hỗn hợp bùn và lá xoan",
        "Khóa luận của Trường Đại học Nông Lâm Thái Nguyên thử nghiệm bảo quản tre, gỗ bằng cách ngâm trong hỗn hợp "
        "bùn và lá xoan, một cách làm dân gian không dùng hóa chất công nghiệp, phù hợp hộ đan lát.",
    ),
    (
        "mQo150",
        "vi",
        "tre_thaynhua",
        "Kỹ thuật bảo quản tre tươi bằng phương pháp thay thế nhựa",
        "Viện Khoa học Lâm nghiệp Việt Nam cải tiến phương pháp tẩm thay thế nhựa cho tre tươi: dùng độ rỗng của lóng "
        "tre chứa dung dịch thuốc bảo quản cho thuốc tự thấm, không cần thiết bị kèm theo; điều kiện là tre còn ẩm "
        "cao. Tre không xử lý thường hư hỏng sau 2-3 năm.",
    ),
    (
        "mQo151",
        "vi",
        "tre_tamvong",
        "Công nghệ bảo quản tre tầm vông bằng phương pháp ngâm hóa chất",
        "Đề tài của Trường Đại học Nông Lâm TP.HCM (ngành Chế biến lâm sản) nghiên cứu quy trình ngâm hóa chất bảo "
        "quản tre tầm vông, loại tre phổ biến ở Nam Bộ, để chống mối mọt, nấm mốc khi làm nhà và hàng thủ công.",
    ),
    (
        "mQo152",
        "vi",
        "tre_noithat",
        "Xử lý nguyên liệu tre nứa bằng hóa chất chống côn trùng, nấm mốc",
        "Xưởng tre trúc tổng hợp cách bảo quản nguyên liệu tre cho làng nghề mây tre đan: các nhóm hóa chất diệt côn "
        "trùng, chống nấm mốc hữu cơ và vô cơ (như muối bo, đồng sunfat, kẽm clorua) dùng riêng hoặc phối hợp để có "
        "tác dụng rộng.",
    ),
    (
        "mQo153",
        "vi",
        "sell_txng_kontum",
        "Đào tạo truy xuất nguồn gốc, mã số mã vạch GS1 và mã QR",
        "Chương trình tập huấn cho doanh nghiệp và cơ quan: Quyết định 100/QĐ-TTg về truy xuất nguồn gốc, tổng quan "
        "mã số mã vạch theo GS1, mã QR, thực trạng truy xuất trong nông nghiệp và thực phẩm, xử phạt vi phạm và ứng "
        "dụng công nghệ.",
    ),
    (
        "mQo154",
        "vi",
        "sell_qr_baomoi",
        "Ứng dụng mã QR truy xuất nguồn gốc để xây dựng uy tín sản phẩm",
        "Giải pháp in mã QR lên bao bì để người mua quét bằng điện thoại xem nguồn gốc, quá trình sản xuất, đóng gói, "
        "vận chuyển; giúp doanh nghiệp quản lý quy trình, lưu thông hàng hóa và xây dựng uy tín thương hiệu.",
    ),
    (
        "mQo155",
        "vi",
        "den_pin_tienphong",
        "Lồng đèn chạy pin có đèn và nhạc, in hình theo chủ đề",
        "Mẫu lồng đèn Trung thu sản xuất trong nước chạy bằng pin, phát sáng và có nhạc, in hình biển đảo, nhân vật cổ "
        "tích với thông điệp giáo dục; giá khoảng 25.000-70.000 đồng/chiếc, đèn giấy gấp hình thú 15.000-60.000 đồng.",
    ),
    (
        "mQo156",
        "vi",
        "den_nonla_thanhnien",
        "Mẫu lồng đèn nón lá đỏ sao vàng mùa Trung thu",
        "Phóng sự phố lồng đèn: mẫu lồng đèn lấy cảm hứng từ chiếc nón lá, màu đỏ với ngôi sao vàng trên đỉnh, được "
        "khách ưa chuộng trong mùa Trung thu năm 2025.",
    ),
    (
        "mQo157",
        "vi",
        "den_lostbird",
        "Các kiểu lồng đèn giấy kiếng tuổi thơ",
        "Bài điểm lại các kiểu lồng đèn giấy kiếng truyền thống: ngôi sao, con bướm, cá chép, con thuyền, con thỏ, con "
        "ngựa, con gà; ghi nhận lồng đèn truyền thống ít dần trước lồng đèn điện, có nhạc.",
    ),
    (
        "mQo158",
        "vi",
        "dry_practical_action",
        "Máy sấy lai năng lượng mặt trời và nhiên liệu, tránh sấy quá nhanh",
        "Tư vấn chọn máy sấy theo quy mô và ngân sách: dùng năng lượng mặt trời để làm nóng sơ bộ không khí rồi bổ sung "
        "lò củi, ga hoặc điện khi trời âm u; có quạt để kiểm soát nhiệt; lưu ý sấy quá nóng làm khô mặt ngoài mà bên "
        "trong còn ẩm, sau đó ẩm thoát ra gây mốc.",
    ),
    (
        "mQo159",
        "vi",
        "chieu_dinhyen",
        "Kinh nghiệm làng chiếu Định Yên: dệt bằng máy và phơi chiếu",
        "Làng chiếu Định Yên (Lấp Vò), di sản văn hóa phi vật thể quốc gia, nay phần lớn hộ dệt bằng máy dệt chiếu dập "
        "liên tục; chiếu dệt xong được phơi ngoài sân; chia sẻ kinh nghiệm tổ chức sản xuất, chợ chiếu và tiêu thụ.",
    ),
]
