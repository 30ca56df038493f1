"""Offers of holdout67: (id, language, source key, title, description). Distractors are marked with a comment."""

OFFERS = [
    # --- energy audits, ISO 50001, support programmes ---
    (
        "kQo001",
        "vi",
        "vinacontrol",
        "Dịch vụ kiểm toán năng lượng trọn gói 10 bước cho nhà máy",
        "Vinacontrol chi nhánh TP.HCM nhận kiểm toán năng lượng cho cơ sở sản xuất và tòa nhà: lập kế hoạch và đội kiểm toán, "
        "khảo sát sơ bộ dây chuyền, thu thập số liệu, đo kiểm bằng thiết bị chuyên dụng, phân tích và đề xuất giải pháp. Theo "
        "Thông tư 25/2020/TT-BCT, cơ sở công nghiệp tiêu thụ từ 1.000 TOE/năm (tòa nhà từ 500 TOE) bắt buộc kiểm toán; báo cáo "
        "của chúng tôi đáp ứng yêu cầu này.",
    ),
    (
        "kQo002",
        "vi",
        "luatrongba",
        "Kiểm toán năng lượng sơ bộ (walk-through) cho xưởng sản xuất",
        "Khảo sát lướt qua toàn bộ dây chuyền công nghệ, thiết bị cấp và tiêu thụ năng lượng, các phân xưởng để nhận diện cơ hội "
        "tiết kiệm ở những thiết bị tiêu thụ chính. Bước sơ bộ này thường phát hiện ít nhất 70% cơ hội tiết kiệm của hệ thống; "
        "sau đó có thể chuyển sang kiểm toán chi tiết có đo kiểm.",
    ),
    (
        "kQo003",
        "vi",
        "vets",
        "Tư vấn kiểm toán năng lượng theo TCVN 50002:2015",
        "Đo lường, phân tích, tính toán mức tiêu thụ và tiềm năng tiết kiệm theo Luật Sử dụng năng lượng tiết kiệm và hiệu quả "
        "2010 và TCVN 50002:2015; phân tích dòng năng lượng, đánh giá hiệu suất theo từng thiết bị, hệ thống, quá trình và đề xuất "
        "giải pháp kỹ thuật làm nền cho chương trình quản lý năng lượng của doanh nghiệp.",
    ),
    (
        "kQo004",
        "vi",
        "evn_audit100",
        "Thỏa thuận tự nguyện: hỗ trợ 100% chi phí kiểm toán năng lượng",
        "Tổng cục Năng lượng (Bộ Công Thương) mời doanh nghiệp ký thỏa thuận tự nguyện về sử dụng năng lượng tiết kiệm trong dự án "
        "Tiết kiệm năng lượng và sản xuất sạch hơn do Ngân hàng Thế giới và GEF tài trợ. Doanh nghiệp tham gia được hỗ trợ toàn bộ "
        "chi phí kiểm toán năng lượng, cam kết mục tiêu giảm tiêu thụ, được cấp chứng nhận và quảng bá khi đạt kết quả.",
    ),
    (
        "kQo005",
        "vi",
        "evn_dbscl",
        "Mạng lưới tiết kiệm năng lượng vùng ĐBSCL giai đoạn 2022–2025",
        "Sở Công Thương Cần Thơ cùng các trung tâm khuyến công, trung tâm tiết kiệm năng lượng và doanh nghiệp cung cấp sản phẩm "
        "hiệu quả năng lượng trong vùng hỗ trợ cơ sở thực hiện kiểm toán năng lượng, đào tạo cán bộ quản lý năng lượng, chuyển giao "
        "công nghệ và kết nối chính sách hỗ trợ kỹ thuật, tài chính, nhất là cho doanh nghiệp nhỏ.",
    ),
    (
        "kQo006",
        "vi",
        "vnindustry",
        "Tư vấn xây dựng hệ thống quản lý năng lượng ISO 50001",
        "Hướng dẫn thiết lập chính sách, mục tiêu, kế hoạch hành động và cơ chế giám sát năng lượng theo chu trình PDCA của ISO "
        "50001:2018. Theo IEA, tổ chức áp dụng bài bản có thể cắt giảm 5–30% chi phí năng lượng mỗi năm; chứng nhận còn giúp đáp "
        "ứng yêu cầu phát thải và truy xuất nguồn gốc năng lượng của thị trường châu Âu, Mỹ, Nhật Bản.",
    ),
    (
        "kQo007",
        "en",
        "nqa",
        "ISO 50001 implementation guidance and certification audits",
        "Certification body offering a clause-by-clause implementation guide (context, leadership, planning, support, operation, "
        "performance evaluation, improvement) and certification audits for ISO 50001. Many organisations recover their "
        "implementation cost through first-year energy savings, and the EnMS keeps finding savings after the low-hanging fruit.",
    ),
    (
        "kQo008",
        "en",
        "iso_overview",
        "EnMS consulting: energy review, baselines and EnPIs",
        "We set up ISO 50001 energy management: energy policy, energy review, normalised energy baselines built by regression, "
        "energy performance indicators and targets, operational controls and internal audits. Works for any size of business and "
        "integrates with existing ISO 9001 or ISO 14001 systems.",
    ),
    (
        "kQo009",
        "en",
        "csa",
        "Phased energy management for small and medium organisations",
        "Coaching based on a phased approach to an energy management system: twelve core elements, each with four maturity "
        "levels, so a small plant can build energy management step by step and later extend it to meet ISO 50001:2018 without "
        "taking on every requirement at once.",
    ),
    (
        "kQo010",
        "en",
        "farelabs",
        "Industrial energy audit laboratory service",
        "Audit teams analyse historical consumption to set a baseline, walk through the facility, compile a load inventory and an "
        "energy balance of fuel and electricity in against useful energy and losses out, benchmark HVAC, lighting and motors, and "
        "deliver a cost-benefit analysis of each conservation measure for manufacturing sites.",
    ),
    (
        "kQo011",
        "en",
        "canthotv",
        "Cần Thơ Energy Saving Center: support for Mekong Delta enterprises",
        "With the Cần Thơ Department of Industry and Trade and partners such as Schneider Electric Vietnam, the centre helps delta "
        "enterprises control energy: improving machine operating conditions, setting up transformers and power measurement, "
        "consulting on and designing energy-saving models, and linking firms to partner finance to replace old equipment.",
    ),
    (
        "kQo012",
        "en",
        "qhse",
        "ISO 50001:2018 training and integration with ISO 14001",
        "Consultancy and training on why energy needs its own management system even where ISO 14001 exists: ISO 50001 adds "
        "energy baselines and EnPIs, clauses on the design of facilities and production lines and on energy purchasing, and a "
        "strategic view of who affects energy performance; stakeholder and employee engagement included.",
    ),
    (
        "kQo013",
        "vi",
        "vncpc_recp",
        "Đánh giá sử dụng hiệu quả tài nguyên và sản xuất sạch hơn (RECP)",
        "Chuyên gia VNCPC cùng đội RECP của doanh nghiệp khảo sát, phân tích số liệu điện, nước, hóa chất để tìm điểm nóng lãng phí. "
        "Ở một doanh nghiệp cơ khí, mạ kẽm tại KCN Khánh Phú, vệ sinh công nghiệp kém, động cơ thiếu bảo dưỡng, băng chuyền nhiệt "
        "chỉ chạy 30–50% công suất, đèn 250 W và điều hòa đặt 18°C đã làm tăng khoảng 10% điện năng tiêu thụ.",
    ),
    # distractor: household and office saving campaign
    (
        "kQo014",
        "vi",
        "evn_trvinh_save",
        "Tuyên truyền sử dụng điện tiết kiệm trên địa bàn Trà Vinh",
        "Công ty Điện lực Trà Vinh tuyên truyền tới doanh nghiệp, cơ quan, trường học và người dân: dùng thiết bị dán nhãn năng lượng, "
        "bảo dưỡng thiết bị trong gia đình, hạn chế dùng điện giờ cao điểm, tắt thiết bị khi không dùng. Lũy kế 7 tháng năm 2023 "
        "toàn tỉnh tiết kiệm 17,35 triệu kWh, đạt 110,06% kế hoạch.",
    ),
    # distractor: household competition
    (
        "kQo015",
        "vi",
        "vneec_traon",
        "Mô hình 'Ấp văn hóa tiết kiệm điện' cho hộ dân",
        "Điện lực Trà Ôn (Vĩnh Long) phát động thi đua ấp, tuyến phố văn hóa tiết kiệm điện: năm 2015 có 170 hộ ở 6 khu tham gia, "
        "tiết kiệm trên 8.300 kWh (hơn 12 triệu đồng). Phát cẩm nang hướng dẫn và khen thưởng ấp có trên 50% hộ giảm từ 5% sản lượng.",
    ),
    # distractor: residential audits
    (
        "kQo016",
        "en",
        "savelectrical",
        "Residential and commercial electrical energy audits",
        "A review of how, why and when energy is used in homes and commercial premises, identifying use patterns and the potential "
        "for cost savings, with recommendations; done internally or with independent energy consultants.",
    ),
    # --- boilers, steam, insulation, heat recovery, biomass firing ---
    (
        "kQo017",
        "vi",
        "greenboiler",
        "Lò hơi đốt trấu công nghệ tầng sôi",
        "Chế tạo lò hơi đốt trấu tầng sôi cho cơ sở sản xuất và khu công nghiệp: trấu (khoảng 75% chất hữu cơ dễ bay hơi) được cấp "
        "liệu tự động từ silo vào buồng đốt lớp sôi, cháy kiệt, giảm phát thải; lò đốt được cả mùn cưa, vỏ cây, vỏ cà phê. Phù hợp "
        "vùng lúa ĐBSCL có sẵn trấu.",
    ),
    (
        "kQo018",
        "vi",
        "thienvienphat",
        "Lò hơi ghi tĩnh đốt củi, trấu đa nhiên liệu",
        "Nồi hơi ống lửa buồng đốt lớn, ghi tĩnh, đốt cùng lúc củi, than cục, củi trấu; thân lò bọc bông thủy tinh mật độ cao và "
        "tôn sơn tĩnh điện hoặc inox, có cửa người chui để vệ sinh, sửa chữa. Nhà sản xuất công bố hiệu suất đến 90%, hơi bão hòa "
        "khô ổn định theo tải.",
    ),
    (
        "kQo019",
        "vi",
        "fbc_hcmut",
        "Kết quả nghiên cứu lò hơi đốt trấu tầng sôi cải tiến (ĐH Bách khoa TP.HCM)",
        "Nhóm nghiên cứu tính toán và đo kiểm hệ số trao đổi nhiệt buồng lửa lò trấu tầng sôi cải tiến: 87,7–119,2 W/m²K ở tải "
        "3.000–5.000 kg hơi/h, nhiệt độ buồng đốt 631–813°C, tốc độ gió cấp 0,27–0,45 m/s. Kết quả dùng tư vấn thiết kế, cải tạo "
        "lò trấu công suất nhỏ và vừa (dưới 30 tấn hơi/h) đang gặp rào cản vận hành, sửa chữa ở ĐBSCL.",
    ),
    (
        "kQo020",
        "en",
        "indianboilers",
        "Rice husk fluidised-bed boilers",
        "Boiler maker designing husk-fired steam boilers for food, textile and pharmaceutical plants. Husk has a net calorific "
        "value of about 3,000–3,500 kcal/kg and nearly 20% silica, so we use fluidised-bed combustion over a hot sand bed, or "
        "reciprocating grates, for complete burnout and steady steam.",
    ),
    (
        "kQo021",
        "en",
        "indianboilers2",
        "Husk-fired boilers with erosion protection and automatic ash handling",
        "Husk ash is 18–25% of the fuel and over 90% silica, which is highly abrasive. Our design fits ferrules to shield tube "
        "ends in the heat-exchange area, adds dedicated ash handling and cleaning, a large furnace volume and automatic feeding "
        "for husk whose bulk density is only 90–150 kg/m³.",
    ),
    (
        "kQo022",
        "en",
        "controlspec",
        "Condensate return improvement programme",
        "We supply steam trap test equipment, steam trap surveys and steam system audits. Example: a plant producing 10,000 lb/h "
        "of steam raised condensate return from 50% to 85% by fixing blowing traps, failed condensate pumps and drains - an extra "
        "7 GPM, about 3.6 million gallons and USD 72,576 of fuel, water and chemicals a year.",
    ),
    (
        "kQo023",
        "en",
        "proactive360",
        "Steam trap surveys and maintenance training",
        "Visual and ultrasonic steam trap surveys to find failed traps and steam leaks, with a repair plan. We can run the survey "
        "for you or supply the detector and train your maintenance team to add trap checks to routine work - a low or no-cost "
        "measure with quick payback.",
    ),
    (
        "kQo024",
        "en",
        "processheating",
        "Condensate return systems for process plants",
        "Design and installation of condensate return to the boiler plant. Condensate can hold up to 16% of the energy in the "
        "steam; returning it cuts make-up water, boiler chemical and sewer disposal costs and helps meet drain-water regulations.",
    ),
    (
        "kQo025",
        "en",
        "campbell",
        "Insulation of steam distribution and condensate return lines",
        "Survey and insulation of bare steam and condensate piping, fittings and boiler surfaces above 120°F; insulation typically "
        "cuts these losses by 90%. In one plant, 1,120 ft of bare 1-inch and 175 ft of 2-inch line at 150 psig plus 250 ft of "
        "4-inch line at 15 psig were worth USD 45,620 a year. Removable jackets for valves, flanges and traps.",
    ),
    (
        "kQo026",
        "en",
        "tanidivision",
        "Removable insulation blankets for valves and flanges",
        "Custom two-inch blankets: an uninsulated four-inch flanged valve at 347°F running 8,760 hours a year loses about 31.4 "
        "million BTU, while the same valve under a blanket loses 0.753 million BTU. The blanket costs about USD 150 and pays back "
        "within one year.",
    ),
    (
        "kQo027",
        "vi",
        "rongdoi",
        "Thi công bảo ôn đường ống, bồn và thiết bị nhiệt công nghiệp",
        "Khảo sát chiều dài, đường kính ống, điều kiện làm việc; chọn vật liệu (bông thủy tinh, bông khoáng, cao su lưu hóa, PU, "
        "foam glass) theo ASTM, JIS, TCVN; thi công lớp cách nhiệt, xử lý co, tê, van; bọc tôn nhôm, inox hoặc vải thủy tinh bảo vệ "
        "và nghiệm thu độ kín, độ dày lớp bảo ôn.",
    ),
    (
        "kQo028",
        "en",
        "cleaverbrooks",
        "Boiler heat recovery: stack economizers, flash tank and blowdown recovery",
        "A stack economizer can raise boiler efficiency by 5–9% depending on feedwater conditions - roughly one point of fuel per "
        "40°F drop in stack temperature. Flash tank economizers usually pay back within months, and a blowdown heat recovery "
        "system captures up to 90% of the heat normally lost to blowdown.",
    ),
    (
        "kQo029",
        "en",
        "steammgt",
        "Feedwater economizer retrofit assessment",
        "From baseline boiler data we calculate before-and-after conditions for a feedwater economizer. Flue gas often leaves "
        "100–150°F above steam saturation temperature; each 40°F reduction adds about 1% efficiency, so an economizer often saves "
        "3–5% fuel and pays back in under four years, while flue gas is kept above its dew point to avoid acid corrosion.",
    ),
    (
        "kQo030",
        "en",
        "heatingny",
        "Boiler maintenance programme for the whole steam system",
        "Water chemistry control, waterside and fireside inspection and burner care. Without it, scale and sludge build on the "
        "waterside, soot insulates the fireside, efficiency falls and the burner fires longer, ending in pitting, leaks and "
        "broken refractory.",
    ),
    (
        "kQo031",
        "vi",
        "irri_furnace",
        "Lò đốt trấu cấp nhiệt cho máy sấy lúa (IRRI – ĐH Nông Lâm TP.HCM)",
        "Trung tâm Năng lượng và Máy nông nghiệp, ĐH Nông Lâm TP.HCM cùng IRRI chuyển giao lò đốt trấu ghi nghiêng và lò đảo lửa "
        "tự động kiểu Hohenheim, mỗi lần nạp trấu cháy đều khoảng một giờ, ghép với máy sấy SHG-4 bốn tấn. Ở Việt Nam 2,5 kg trấu "
        "cho nhiệt lượng bằng 1 kg than tốt nhưng giá chỉ bằng 1/7.",
    ),
    (
        "kQo032",
        "en",
        "vneec_straw",
        "Straw gas stove for paddy dryers (VIAEP)",
        "The Vietnam Institute of Agricultural Engineering and Post-Harvest Technology offers a straw gas stove adapted from an "
        "IRRI design for flat-bed and tower dryers: a 15-tonne batch uses 42 kg of straw over five hours of continuous drying, and "
        "the stove costs about VND 7 million, far less than a diesel burner of similar capacity. Six models exist for the delta "
        "and central coast.",
    ),
    (
        "kQo033",
        "en",
        "enerteam",
        "Rice husk gasification for clay kilns under an energy-service model (ENERTEAM)",
        "ENERTEAM in Hồ Chí Minh City couples rice husk gasification with a continuous four-compartment kiln so brick and pottery "
        "makers can keep burning local husk, control exhaust and meet the ban on traditional kilns instead of switching to oil or "
        "coal; an energy service company model spreads the investment.",
    ),
    (
        "kQo034",
        "vi",
        "thanhnien_gach",
        "Đề tài hỗ trợ cơ sở gạch – gốm đổi mới công nghệ, hạn chế ô nhiễm",
        "Sở Công Thương Vĩnh Long triển khai đề tài nghiên cứu hỗ trợ cơ sở, doanh nghiệp sản xuất gạch – gốm cải tiến, đổi mới "
        "công nghệ nhằm hạn chế ô nhiễm môi trường; tỉnh có khoảng 2.284 lò gạch nung cung ứng trên 700 triệu viên mỗi năm đang "
        "chịu sức ép chuyển đổi.",
    ),
    (
        "kQo035",
        "en",
        "uom_coconut",
        "Coconut-shell gasifier dryer with waste heat recovery (University of Moratuwa)",
        "Researchers compared a dryer heated by coconut-shell gasification with a waste heat recovery unit against electric and "
        "kerosene dryers for coconut kernel: product quality was the same, drying cost lower, and the gasifier also yields "
        "charcoal within standard limits except particle size - a low-cost alternative to pit charcoal making.",
    ),
    # distractor: waste-heat boilers for cement and steel
    (
        "kQo036",
        "vi",
        "etek",
        "Lò hơi tận dụng nhiệt thải cho công nghiệp nặng",
        "Thiết kế lò hơi thu hồi khí thải 300–1.000°C từ lò nung clinker, lò luyện thép, lò đốt rác, cracking dầu khí để tạo hơi cấp "
        "tua-bin phát điện; dàn ống sinh hơi thép hợp kim SA213-T22, dành cho ngành xi măng, thép, hóa dầu.",
    ),
    # distractor: HVAC duct insulation
    (
        "kQo037",
        "vi",
        "hmecofoam",
        "Bọc bảo ôn ống gió, ống đồng cho hệ thống điều hòa HVAC",
        "Thi công cách nhiệt ống gió, ống đồng, ống chiller của hệ thống điều hòa thông gió trong tòa nhà và nhà máy, chống đọng sương "
        "trên đường ống lạnh, giữ nhiệt cho ống nước nóng của buồng sấy sơn và bể tẩy dầu.",
    ),
    # distractor: the fuel, not the boiler
    (
        "kQo038",
        "vi",
        "biomasmekong",
        "Viên nén trấu làm nhiên liệu lò hơi",
        "Biomas MeKong (Cai Lậy, Tiền Giang) ép trấu thành viên nén trên dây chuyền tự động khép kín: nhiệt trị 3.600–4.200 kcal/kg, "
        "giá 1.240 đồng/kg so với củi trấu 780 đồng/kg, thể tích nhỏ nên chở rẻ; công ty xử lý 2.000 tấn trấu mỗi tháng.",
    ),
    # distractor: the charcoal kiln itself
    (
        "kQo039",
        "en",
        "unep_kiln",
        "Brick kiln for coconut-shell charcoal",
        "A dome-shaped kiln of standard bricks (1.2 m base diameter, 1.1 m high, about 0.73 m³) holds about 3,000 split shells and "
        "lasts five years or more for an investment of PhP 4,100; drum kilns cost PhP 500 each but last six months to a year.",
    ),
    # --- compressed air, drives, motors ---
    (
        "kQo040",
        "vi",
        "aks_fix",
        "Dịch vụ dò và khắc phục thất thoát khí nén nhà xưởng",
        "Kỹ sư AKS khảo sát hiện trường, dò rò rỉ ở khớp nối, van, ống mềm, xả nước ngưng và chỉ ra chỗ dùng khí nén sai mục đích. "
        "Trong hầu hết hệ thống, 20–40% khí bị thất thoát; một lỗ rò 2–3 mm có thể mất vài triệu đồng mỗi tháng, nhân với 30–50 điểm "
        "rò là hàng chục đến hàng trăm triệu đồng mỗi năm.",
    ),
    (
        "kQo041",
        "vi",
        "fluke_vn",
        "Camera âm học phát hiện rò rỉ khí nén",
        "Giải pháp số hóa kiểm soát rò rỉ bằng camera âm học Fluke (công nghệ SoundMap, ra mắt năm 2019) giúp thấy điểm rò sau máy, "
        "trên ống cao, mối nối ăn mòn. Theo Bộ Năng lượng Mỹ, lỗ rò 3 mm có thể tốn đến 2.500 USD/năm; xưởng ở Việt Nam thường thất "
        "thoát 20–42% khí nén.",
    ),
    (
        "kQo042",
        "vi",
        "midra",
        "Tư vấn chẩn đoán lãng phí khí nén và vận hành sai điểm làm việc",
        "Midra Việt Nam đối chiếu biểu đồ áp suất với sản lượng theo ca và thời gian chạy tải, không tải của máy nén để tìm rò rỉ "
        "trên đường ống chính, van điều áp hụt áp cục bộ, ma sát nhiệt - những tiêu hao âm thầm làm tăng chi phí mà không gây dừng máy.",
    ),
    (
        "kQo043",
        "en",
        "ivc",
        "Ultrasonic air-leak detection programmes",
        "We run ultrasonic leak surveys during normal production, tag and log every leak, and organise repair and re-survey. "
        "Fixing leaks cuts compressor running hours and cycling, stabilises pressure so setpoints need not be raised, and often "
        "removes the apparent need for an extra compressor.",
    ),
    (
        "kQo044",
        "en",
        "itac_leak",
        "Acoustic-imaging compressed-air leak survey",
        "Walk-through survey with an acoustic imaging camera producing a tagged image log of every leak with an estimated CFM; "
        "savings are calculated from total leak flow, leaking hours and compressor specific power. A dedicated non-production "
        "survey costs about USD 1,000–1,500 depending on facility size.",
    ),
    (
        "kQo045",
        "en",
        "silver",
        "Compressed-air leak detection instruments and methods",
        "Compressed air often takes 20–30% of a plant's electricity and up to 30% of it leaks; one 1/8-inch leak at 100 psi "
        "wastes about 25 CFM, around USD 2,500 a year. We supply ultrasonic detectors, soap-bubble testing and zone "
        "pressure-decay testing for plants without a formal programme.",
    ),
    (
        "kQo046",
        "en",
        "airequip",
        "Compressor heat recovery for hot water",
        "An oil/water heat exchanger in the compressor oil circuit preheats water on its way to the boiler. Over 80% of "
        "compression energy becomes heat: an 11 kW compressor gives about 9 kW and a 22 kW unit about 18 kW to water, with a rise "
        "of around 30°C. Below 15 kW, or with the hot-water user far away, payback is marginal.",
    ),
    (
        "kQo047",
        "en",
        "hemmotor_vfd",
        "Variable frequency drives for pump and fan motors",
        "We replace valve and damper throttling with speed control. By the affinity law flow follows speed, pressure its square "
        "and power its cube, so a 20% speed reduction roughly halves power. Correct VFD and IE4/IE5 motor selection for "
        "centrifugal pumps and fans.",
    ),
    (
        "kQo048",
        "en",
        "drivesca",
        "Pump and fan drives with feedback control (ABB ACQ580)",
        "Drives plus a pressure transducer, flow sensor or building automation signal replace dampers, bypasses and throttling "
        "valves on centrifugal pumps and fans. ABB's calculator shows a 50 hp pump running 24/7, switched from throttling to VFD "
        "control, saving about USD 14,350 a year.",
    ),
    (
        "kQo049",
        "en",
        "bentley",
        "Pump system modelling before buying a VFD",
        "Hydraulic modelling of the system head curve (static lift plus friction) to check whether variable speed really saves "
        "energy: drive losses are 2–3% at full speed and grow at low speed, and with high static head the cube-law saving "
        "shrinks or even reverses.",
    ),
    (
        "kQo050",
        "en",
        "drg_motor",
        "Old motor replacement with payback calculation",
        "We audit low-efficiency and repeatedly rewound motors, calculate the annual energy saving and payback of a "
        "high-efficiency replacement and supply the new motor. On a continuously running motor more than 90% of lifetime cost is "
        "energy, so replacement is often one of the fastest-returning investments.",
    ),
    (
        "kQo051",
        "en",
        "hem_ie3",
        "IE2-to-IE3/IE4 motor retrofit supply",
        "Motor maker since 1979 matching existing IE2 motors to IE3 or IE4 equivalents under IEC 60034-30-1 and supplying from "
        "stock, with amortisation calculations for continuously running pumps, fans and compressors where a few efficiency "
        "points add up over the year.",
    ),
    (
        "kQo052",
        "en",
        "ebmag_rewind",
        "Best-practice motor rewinding to ANSI/EASA AR100",
        "Independent tests of ten premium-efficiency IE3 motors (30–75 kW) rewound by an EASA-accredited centre showed efficiency "
        "changes from +0.3% to -0.5%, average -0.1%, within test accuracy. A repair to AR100 keeps efficiency and reliability, so "
        "repair can be weighed honestly against replacement.",
    ),
    (
        "kQo053",
        "vi",
        "vsd_mine",
        "Điều khiển truyền động tiết kiệm năng lượng cho máy nén khí và tời (Viện KHCN Mỏ)",
        "Viện Khoa học Công nghệ Mỏ – Vinacomin nghiên cứu giải pháp kỹ thuật điều khiển truyền động điện tiết kiệm năng lượng cho "
        "máy nén khí và tời trục trong điều kiện khắc nghiệt của mỏ hầm lò Quảng Ninh; có thể tư vấn áp dụng điều khiển tốc độ cho "
        "máy nén khí ở cơ sở sản xuất khác.",
    ),
    # distractor: home elevators
    (
        "kQo054",
        "vi",
        "elevator",
        "Thang máy gia đình tiết kiệm điện",
        "Tư vấn chọn thang máy gia đình và công nghệ đi kèm để giảm tiền điện: động cơ chỉ tiêu thụ lớn khi kéo cabin, thời gian chạy "
        "rất ngắn trong ngày, không cần đăng ký điện sản xuất.",
    ),
    # distractor: household inverter appliances
    (
        "kQo055",
        "vi",
        "inverter_home",
        "Thiết bị điện lạnh và máy bơm gia đình dùng công nghệ inverter",
        "Giải thích và cung cấp thiết bị điện tử – điện lạnh gia dụng (điều hòa, tủ lạnh, máy bơm gia đình) dùng bo mạch inverter "
        "điều chỉnh tần số để giảm hao phí điện năng trong sinh hoạt.",
    ),
    # distractor: selling pumps
    (
        "kQo056",
        "vi",
        "topcargo_pump",
        "Phân phối máy bơm nước dân dụng và nông nghiệp",
        "Bán máy bơm cấp nước sinh hoạt, tưới tiêu, PCCC, vận chuyển chất lỏng; hơn 85% hộ ở ĐBSCL dùng máy bơm cho nông nghiệp, "
        "nhiều nhất ở Long An, Tiền Giang, An Giang.",
    ),
    # --- refrigeration in seafood and ice plants ---
    (
        "kQo057",
        "vi",
        "ecc_seafood",
        "Giải pháp cải tiến công nghệ cho nhà máy chế biến thủy sản đông lạnh (ECC TP.HCM)",
        "Trung tâm Tiết kiệm Năng lượng TP.HCM, từ 10 năm khảo sát và tư vấn, hệ thống hóa giải pháp cho ngành thủy sản đông lạnh: "
        "quản lý năng lượng, điện, chiếu sáng, lò hơi và phân phối hơi, điều hòa và lạnh công nghiệp, máy nén khí, bơm quạt, kèm tính "
        "toán chi phí – lợi ích. Tiềm năng tiết kiệm của ngành là 10–20%.",
    ),
    (
        "kQo058",
        "vi",
        "danida",
        "Tài liệu tiết kiệm năng lượng ngành thủy sản (Danida – LCTU)",
        "Báo cáo Hợp phần 1 (tháng 10/2014) do Viegand Maagøe và RCEE lập cho chương trình hợp tác của Đan Mạch, mô tả các ý tưởng "
        "dự án tiết kiệm năng lượng đặc trưng cho cơ sở thủy sản vừa và nhỏ, dùng cho tư vấn năng lượng và cán bộ kỹ thuật nhà máy "
        "khi đánh giá, chọn dự án.",
    ),
    (
        "kQo059",
        "vi",
        "vneec_seafood15",
        "Dự án chuyển hóa carbon thấp: hỗ trợ DN thủy sản tiết kiệm 10–15% năng lượng",
        "Dự án do Chính phủ Đan Mạch tài trợ (ký cuối 2012, triển khai từ 2013) hỗ trợ năng lực và nguồn tài chính đầu tư giải pháp "
        "tiết kiệm năng lượng cho doanh nghiệp nhỏ và vừa ngành gạch, gốm và chế biến thủy hải sản. Hệ thống lạnh chiếm hơn 70% năng "
        "lượng nhà máy; chỉ với giải pháp vận hành đơn giản có thể tiết kiệm 10–15%.",
    ),
    (
        "kQo060",
        "vi",
        "panel_vnn",
        "Panel cách nhiệt công nghệ cao cho kho lạnh",
        "Công ty Cách âm cách nhiệt Phương Nam cung cấp panel cách nhiệt cho kho lạnh thủy hải sản, nông sản: giữ nhiệt độ và độ ẩm "
        "ổn định, giảm thất thoát nhiệt khi bảo quản dài ngày; tư vấn chọn vật liệu theo loại hàng, diện tích, công suất và nhiệt độ "
        "tiêu chuẩn.",
    ),
    (
        "kQo061",
        "vi",
        "memart",
        "Thiết kế, thi công và bảo trì kho đông lạnh hải sản",
        "Kho cấp đông và trữ đông cá, tôm, mực, cua ở -18°C đến -35°C: thiết kế cấu tạo, chọn nhiệt độ theo loại hải sản, dự toán chi "
        "phí, thi công, hướng dẫn vận hành và bảo trì.",
    ),
    (
        "kQo062",
        "en",
        "floating",
        "Floating head pressure retrofit with measured savings",
        "Refrigeration is 40–70% of electricity in cold stores and food plants, and fixed minimum condensing pressure wastes "
        "compressor energy whenever it is cool outside. We estimate savings with the temperature-bin method and verify them with "
        "IPMVP-style regression, in two tiers: controls only, or a full electronic expansion valve retrofit for deeper floating.",
    ),
    (
        "kQo063",
        "en",
        "inzonex",
        "Industrial refrigeration efficiency review",
        "Engineering review of the big refrigeration levers - raising suction temperature to the highest level the product "
        "allows, floating head pressure, defrost control, compressor sequencing, heat recovery and load reduction - to narrow the "
        "temperature lift the compressors work against.",
    ),
    (
        "kQo064",
        "en",
        "fpowerbpg",
        "Part-load and demand-shifting optimisation for food refrigeration",
        "For food growers and processors: cycle or add VSDs to evaporator fans, sequence compressors with a VSD on the trim "
        "compressor, add VSDs to condenser fans, and use the product's thermal mass to shift refrigeration to off-peak hours - a "
        "University of Wisconsin study found operating cost reductions of up to 53%.",
    ),
    (
        "kQo065",
        "en",
        "stripcurtain",
        "PVC strip curtains for cool rooms and freezers",
        "Clear vinyl strip curtains covering the whole door of walk-in cool rooms and freezers so cold air is not lost every time "
        "staff pass. Used together with the insulated panel door, they are the cheapest way to control energy loss and heat gain "
        "and are effectively 'always closed'.",
    ),
    (
        "kQo066",
        "en",
        "iiar_gameiro",
        "Energy redesign of ammonia freezers and refrigerated warehouses",
        "Analysis of every feature of a refrigerated warehouse that drives energy use; in the documented case, improvements to a "
        "poorly designed ammonia freezer saved 65% of utility costs in the refrigeration system alone, with guidelines for an "
        "efficient modern plant.",
    ),
    (
        "kQo067",
        "en",
        "cascade",
        "Industrial refrigeration best practices and plant optimisation",
        "Cascade Energy Engineering's Industrial Refrigeration Best Practices Guide, prepared for the Northwest Energy Efficiency "
        "Alliance and reviewed by LBNL and the Industrial Refrigeration Consortium, underpins our optimisation of compressors, "
        "condensers, evaporators and controls in food plants.",
    ),
    (
        "kQo068",
        "en",
        "fao_ice",
        "Ice plant selection advice for fish processors (FAO)",
        "FAO advisory note for fish processors and fishermen: block, flake, tube, plate and slice ice plants compared; block ice "
        "(12–150 kg) needs continuous attention, much labour and floor space and is being replaced by automatic plants; rapid "
        "block ice makers, storage, handling and ordering are covered.",
    ),
    (
        "kQo069",
        "en",
        "aquaculturefrance",
        "Flake, cube and tube ice machines for fish handling",
        "Stainless-steel ice machines from a few hundred kilograms to several tonnes a day for chilling fish and shellfish after "
        "harvest: flake ice for rapid cooling and transport, cube ice where ice must last longer, tube ice for large sites, with "
        "digital controls and insulated storage.",
    ),
    (
        "kQo070",
        "en",
        "keepitcool",
        "Cold store energy management and condenser heat recovery",
        "Energy management for cold stores from design to operation: efficient evaporator fans and air throw, optimised insulation "
        "thickness, enclosed loading docks, light building colours, and heat pumps using condenser heat for cleaning water or "
        "heating. Fish should stay at -24°C to -30°C rather than saving a little by raising the temperature.",
    ),
    # distractor: retail display cabinets
    (
        "kQo071",
        "en",
        "hxtydq",
        "Condensers for seafood display cabinets",
        "Air-cooled and water-cooled condensers for retail seafood display cabinets; cleaning coils every few months and keeping "
        "airflow clear keep the cabinet at the right temperature on the shop floor.",
    ),
    # distractor: cube-ice machines for shops
    (
        "kQo072",
        "vi",
        "icecube_shop",
        "Máy làm đá viên và cách tính tiền điện",
        "An Khánh hướng dẫn ước tính điện năng của máy làm đá viên cho quán và cơ sở kinh doanh: kWh/ngày bằng công suất trung bình "
        "nhân số giờ chạy, rồi nhân số ngày và đơn giá để ra tiền điện tháng, tách ngày thường và ngày cao điểm.",
    ),
    # distractor: kitchen fridges
    (
        "kQo073",
        "vi",
        "kitchen_fridge",
        "Tủ nửa đông nửa mát cho bếp công nghiệp",
        "Cơ Khí Đại Việt phân phối tủ hai ngăn (ngăn đông khoảng 0 đến -18°C, ngăn mát 0–10°C) dung tích 200–500 L, vỏ inox, gas "
        "R600A/R134a, tự xả đá, cho nhà hàng, khách sạn, siêu thị.",
    ),
    # distractor: onboard refrigeration
    (
        "kQo074",
        "vi",
        "fishing_vessel",
        "Hệ thống lạnh bổ sung cho tàu đánh cá xa bờ (ĐH Đà Nẵng)",
        "Khảo sát bảo quản lạnh trên tàu cá xa bờ ở Đà Nẵng, tính nhu cầu lạnh thực tế và thiết kế hệ thống lạnh bổ sung cho một tàu, "
        "làm cơ sở chế tạo mô hình thí điểm giúp kéo dài chuyến biển.",
    ),
    # --- power quality, capacitor banks, sub-metering ---
    (
        "kQo075",
        "vi",
        "lutrader",
        "Tư vấn lắp tủ tụ bù tránh phạt công suất phản kháng",
        "Theo Thông tư 15/2014/TT-BCT, bên mua điện có công suất đăng ký từ 40 kW và cos φ dưới 0,9 phải mua công suất phản kháng "
        "(dòng 'VC' trên hóa đơn); có đơn vị phải trả tới 15 triệu đồng/tháng, một công ty may bị tính 35 triệu. Chúng tôi khảo sát "
        "và lắp tủ tụ bù phù hợp.",
    ),
    (
        "kQo076",
        "vi",
        "bachkhoa_tubu",
        "Tủ tụ bù tự động nâng cos φ",
        "Cung cấp, lắp đặt tủ tụ bù: tụ khô hoặc tụ dầu, contactor chuyên dụng có điện trở hạn dòng, bộ điều khiển cos φ (relay bù) "
        "đóng cắt từng cấp, aptomat, cầu chì, kháng điện khi cần, vỏ tủ có quạt tản nhiệt; nâng cos φ gần 1, giảm dòng tải, tổn hao "
        "và sụt áp.",
    ),
    (
        "kQo077",
        "en",
        "cnc_pk",
        "Capacitor bank sizing with 7% detuned reactors",
        "Where VFDs or rectifiers are present, a plain capacitor bank resonates and fails within 6–12 months. We size the kvar "
        "(100 kW from PF 0.75 to 0.95 needs about 55 kvar), split it into automatic steps and add 7% detuned reactors that tune "
        "each step to about 189 Hz, below the 5th harmonic, to IEC 60831, 61642 and 61439.",
    ),
    (
        "kQo078",
        "en",
        "sanayate",
        "Automatic power factor correction for industrial sites",
        "Survey of active power and present power factor, calculation of the kVAr needed to reach about 0.95, a stepped capacitor "
        "bank near the load centre with an automatic controller that tracks load without over-correcting, and detuned reactors "
        "where harmonics are present.",
    ),
    (
        "kQo079",
        "vi",
        "canbangpha",
        "Bộ cân bằng pha tự động cho lưới hạ áp (ĐH SPKT TP.HCM)",
        "Nhóm nghiên cứu ĐH Sư phạm Kỹ thuật TP.HCM thiết kế bộ cân bằng pha: xử lý tín hiệu dòng điện từ biến dòng mạch chính, điều "
        "khiển linh kiện điện tử công suất và thiết bị đóng cắt hạ thế để chuyển pha cho tải mà không mất điện. Thử nghiệm cho thấy có "
        "thể lắp tại xưởng sản xuất, hộ gia đình để giảm quá tải và tổn thất do lệch pha.",
    ),
    (
        "kQo080",
        "vi",
        "vngco_sag",
        "Giải pháp xử lý sụt áp và nháy điện áp trong nhà máy",
        "VNG phân tích hiện tượng nháy điện áp khi đóng tải công suất lớn và sụt áp đột ngột (điện áp xuống dưới 90% nhưng hiếm khi "
        "dưới 50% danh định, kéo dài 2–10 chu kỳ) - sự cố nhà máy công nghiệp thường gặp - và tư vấn thiết bị khắc phục.",
    ),
    (
        "kQo081",
        "en",
        "celestia",
        "Machine-level energy submetering with LoRaWAN",
        "Wireless LoRaWAN sensors installed without building work or stopping production, connected where needed to existing "
        "PLCs, SCADA and meters via Modbus TCP or pulse reading, centralised by machine and line and integrated with ERP or BI, so "
        "you see which machine, line or shift drives the cost.",
    ),
    (
        "kQo082",
        "en",
        "pknb",
        "Sub-metering designed around cost accountability",
        "We design metering from the organisation chart, not the single-line diagram: each cost owner (a production line, the "
        "boiler house, the cold rooms) gets one number tied to their review, using a virtual metering layer over existing meters "
        "where panels do not map to lines.",
    ),
    (
        "kQo083",
        "en",
        "fabrico",
        "Plant energy monitoring setup and energy intensity",
        "Metering at plant, area (typically 5–15 meters), line and top-asset level, clamp-on CTs for retrofits, and integration "
        "with production data for kWh per unit. Many plants find 20–40% of their energy used outside production hours; quick "
        "wins typically pay back the metering in 12–24 months.",
    ),
    (
        "kQo084",
        "en",
        "emonpi2",
        "Open-source six-circuit energy monitor (emonPi2)",
        "OpenEnergyMonitor's emonPi2 measures up to six AC circuits with CT sensors and one- to three-phase voltage through the "
        "emonVs unit, logs and charts data locally on a Raspberry Pi and has pulse and temperature inputs; open hardware "
        "(CC-BY-SA) and GPL firmware.",
    ),
    (
        "kQo085",
        "en",
        "oem_3phase",
        "Three-phase four-wire monitoring with emonTx and three CTs",
        "Guidance from the OpenEnergyMonitor community for 400 V 50 Hz four-wire supplies: an emonTx with three clip-on CTs, one "
        "per phase on the incomer, running the three-phase sketch, with a Raspberry Pi base station and emonCMS for logging.",
    ),
    (
        "kQo086",
        "vi",
        "kth_ems",
        "Hệ thống giám sát năng lượng (EMS) thời gian thực cho nhà xưởng",
        "KTH Electric tư vấn và thi công EMS: thay ghi chép sổ sách và chờ hóa đơn EVN cuối tháng bằng theo dõi thông số vận hành "
        "thời gian thực trên máy tính bảng, tìm nguyên nhân tiền điện tăng bất thường, phục vụ mục tiêu ESG và Net Zero.",
    ),
    (
        "kQo087",
        "vi",
        "lctech",
        "Đồng hồ đo thông minh cho nhà máy công nghiệp",
        "Hướng dẫn chọn và cung cấp đồng hồ đo điện thông minh ghi dữ liệu thời gian thực, truyền từ xa về trung tâm, phát hiện tiêu "
        "thụ bất thường theo khu vực, máy móc và xây dựng định mức năng lượng cho từng đơn vị sản phẩm.",
    ),
    (
        "kQo088",
        "vi",
        "lctech_mes",
        "Tích hợp đồng hồ điện – nước – gas thông minh với MES và ERP",
        "Đồng hồ thông minh ghi dữ liệu 1–15 phút, gom về gateway qua LoRaWAN, NB-IoT hoặc PLC; hệ thống quản lý số liệu đo chuẩn "
        "hóa rồi đẩy sang MES (tiêu thụ theo lô, sự kiện bất thường kích hoạt bảo trì) và ERP (phân bổ chi phí năng lượng vào giá thành).",
    ),
    (
        "kQo089",
        "vi",
        "dut_capstone",
        "Giải pháp giám sát và điều khiển năng lượng nhà máy (ĐH Bách khoa Đà Nẵng)",
        "Nhóm sinh viên ngành Kỹ thuật Điều khiển và Tự động hóa (GVHD TS. Trương Thị Bích Thanh) xây dựng giải pháp giám sát, điều "
        "khiển năng lượng nhà máy dùng đồng hồ Siemens Sentron PAC3200, giúp doanh nghiệp ra quyết định nhanh để giảm tiêu thụ.",
    ),
    (
        "kQo090",
        "vi",
        "hcmute_thesis",
        "Hệ thống thu thập và giám sát dữ liệu điện năng qua Modbus RTU (ĐH SPKT TP.HCM)",
        "Đồ án năm 2024 ngành Hệ thống nhúng và IoT thiết kế hệ thống thu thập, giám sát dữ liệu điện năng cho một công ty kỹ thuật "
        "qua giao thức Modbus RTU; có thể tùy biến cho xưởng sản xuất nhỏ.",
    ),
    # distractor: household monitoring
    (
        "kQo091",
        "vi",
        "ctu_blynk",
        "Giám sát từ xa phụ tải điện hộ gia đình bằng Blynk (ĐH Cần Thơ)",
        "Mô hình ESP8266 NodeMCU và PZEM004T lập trình trên Arduino IDE, xem điện năng tiêu thụ trên điện thoại qua ứng dụng Blynk; so "
        "với ứng dụng của EVNSPC sai lệch 0,98–5,21% theo ngày và 0,4–0,98% theo tháng.",
    ),
    # distractor: backup power switching
    (
        "kQo092",
        "vi",
        "ats_report",
        "Bộ chuyển nguồn tự động ATS",
        "ATS tự khởi động máy phát và đóng điện cho phụ tải khi mất điện lưới, tự chuyển về khi lưới phục hồi; giám sát thấp áp, cao "
        "áp, tần số, lập trình thời gian trễ, hiển thị trạng thái trên LCD.",
    ),
    # distractor: tenant billing
    (
        "kQo093",
        "en",
        "imodus",
        "Sub-metering for tenant cost allocation in buildings",
        "Sub-meters for electricity, gas, water and heat in multi-tenant and multi-department buildings, so each tenant is billed "
        "on actual use rather than an equal split and upgrades such as HVAC, EV chargers or lighting can be tracked.",
    ),
    # --- PLC, SCADA, IoT retrofits, technology exchange ---
    (
        "kQo094",
        "vi",
        "tienan_iiot",
        "Kết nối PLC – SCADA – MES qua nền tảng IIoT",
        "Tiến An xây nền tảng IIoT trung gian kết nối đa dạng thiết bị, chuẩn hóa và thu thập dữ liệu thời gian thực từ PLC, SCADA "
        "lên MES (lệnh sản xuất, chất lượng, truy xuất, OEE), xóa tình trạng dữ liệu phân mảnh và kết nối điểm – điểm khó mở rộng.",
    ),
    (
        "kQo095",
        "vi",
        "minhtrieu_scada",
        "Thiết kế và tích hợp hệ thống SCADA",
        "Minh Triệu tư vấn cấu trúc SCADA (thiết bị trường, PLC/RTU, truyền thông, máy chủ, HMI) để giám sát nhiệt độ lò, áp suất "
        "đường ống, trạng thái bơm và điều khiển tập trung từ phòng điều khiển thay vì đi kiểm tra thủ công từng vị trí.",
    ),
    (
        "kQo096",
        "vi",
        "hust_scada_feed",
        "Hệ thống SCADA quản lý phối trộn nguyên liệu thức ăn chăn nuôi (ĐHBK Hà Nội)",
        "Đồ án dùng PLC S7-1215FC, động cơ trộn, bơm, van cánh bướm, cân điện tử PT650D, cảm biến mức; lập trình trên TIA Portal V16, "
        "giao diện WinCC Advanced và cơ sở dữ liệu Microsoft SQL Server để quản lý mẻ trộn.",
    ),
    (
        "kQo097",
        "vi",
        "dingtalk",
        "Giám sát trạng thái máy bằng IoT, cảnh báo thẳng đến điện thoại kỹ sư",
        "Điện toán biên xử lý dữ liệu cục bộ dưới 200 ms, gửi cảnh báo phân cấp qua tin nhắn tới điện thoại, tự truy xuất nhật ký "
        "30 ngày khi có bất thường. Ở một xưởng gia công kim loại, lỗi khuôn trước phải kiểm tra nửa ngày nay xác định trong dưới 1 giờ.",
    ),
    (
        "kQo098",
        "en",
        "intech_brownfield",
        "Brownfield IoT retrofits of legacy machines",
        "We add external sensors, edge devices and communication gateways to machines 10–20 years old that lack sensors and "
        "modern interfaces, so their data can be collected and analysed, including for predictive maintenance, without replacing "
        "them or stopping production.",
    ),
    (
        "kQo099",
        "en",
        "industryx",
        "IIoT retrofit pilot for bottleneck machines",
        "Sensors and gateways that translate old Modbus traffic into cloud data: start with three bottleneck machines and one KPI. "
        "A focused pilot costs about USD 5k–30k per machine and typically pays back in under seven months; old PLCs are protected "
        "by network segmentation.",
    ),
    (
        "kQo100",
        "en",
        "swati_sugar",
        "Low-cost microcontroller SCADA for old process plants",
        "A low-cost, low-power SCADA built on Atmel CAN-networking microcontrollers (89C51CC03), developed for 20–25-year-old "
        "sugar factories in Vidarbha still running on manual settings where PLC-based SCADA is too costly; precise parameter "
        "control improved product quality.",
    ),
    (
        "kQo101",
        "en",
        "ytu_ricemill",
        "Software-based distributed control for rice mills (Yangon Technological University)",
        "A distributed control system for rice mills written in Visual C#.NET, with Industrial Ethernet between the operator's "
        "top-level controller and remote stations in a client-server model, replacing old-fashioned controls with real-time "
        "monitoring.",
    ),
    (
        "kQo102",
        "en",
        "nodered_modbus",
        "Node-RED Modbus TCP integration for PLCs and meters",
        "Node-RED nodes for Modbus TCP clients: read coils and registers (FC01–FC04), write single and multiple registers, "
        "auto-reconnect and heartbeat for unstable links, unit ID per node - the basis for low-cost dashboards and logging from "
        "existing PLCs and power meters.",
    ),
    (
        "kQo103",
        "en",
        "millermag",
        "Sensor retrofits for grain and rice mills",
        "A milling consultant's practical digitalisation: speed switches on bucket elevator boot shafts to stop the line when the "
        "belt slips, bearing and belt condition monitoring and early fire detection, isolating stoppages to one machine; most of "
        "the value comes from lower maintenance cost.",
    ),
    (
        "kQo104",
        "vi",
        "cuulong_connect",
        "Điểm kết nối cung – cầu công nghệ tại Trường ĐH Cửu Long (Vĩnh Long)",
        "Điểm kết nối do Bộ KH&CN khai trương cùng Sở KH&CN Vĩnh Long, một trong 10 điểm trên cả nước, kết nối doanh nghiệp với nhà "
        "khoa học, viện, trường trong kỹ thuật công nghệ, CNTT, nông nghiệp; ngay khi mở đã ký 7 biên bản hợp tác và chuyển giao.",
    ),
    (
        "kQo105",
        "en",
        "tvu_transfer",
        "Tra Vinh University applied research and technology transfer",
        "TVU ties training, research and technology transfer together through its Makerspace, student research groups such as "
        "the IEEE MTT student chapter, an invention lab for students and lecturers and start-up incubation, and transfers "
        "applied research to local enterprises.",
    ),
    (
        "kQo106",
        "vi",
        "dost_bentre",
        "Đánh giá trình độ công nghệ doanh nghiệp (Sở KH&CN Bến Tre)",
        "Giới thiệu và áp dụng hệ thống đánh giá trình độ công nghệ theo các thành phần thiết bị, nhân lực, thông tin và tổ chức, giúp "
        "doanh nghiệp không chỉ mua máy móc mà quản lý công nghệ hiệu quả và có căn cứ đổi mới.",
    ),
    # distractor: irrigation canals
    (
        "kQo107",
        "en",
        "itrc_scada",
        "SCADA for irrigation districts (Cal Poly ITRC)",
        "Implementation of SCADA and automation in agricultural water districts for better delivery to farms, less spill and "
        "lower labour and energy, with lessons learned and updated component costs.",
    ),
    # distractor: wastewater treatment
    (
        "kQo108",
        "en",
        "wastewater_plc",
        "PLC–SCADA automation of wastewater inlet treatment",
        "Ladder-logic algorithms linking SCADA with a Siemens S7-300 PLC to run pumps, valves and biochemical stages at the inlet "
        "of a wastewater treatment plant, with alarms for biochemical defects or electrical faults.",
    ),
    # distractor: solar panel cleaning
    (
        "kQo109",
        "vi",
        "cuulong_award",
        "Robot vệ sinh pin năng lượng mặt trời (ĐH Cửu Long)",
        "Sản phẩm đạt giải Ba Hội thi Sáng tạo kỹ thuật tỉnh Vĩnh Long lần IX (2022–2023), cuộc thi có 96 sản phẩm của 218 tác giả; "
        "robot tự làm sạch tấm pin mặt trời.",
    ),
    # distractor: student climate IoT
    (
        "kQo110",
        "vi",
        "vinh_iot",
        "Hệ thống IoT theo dõi nhiệt độ và độ ẩm (ĐH Vinh)",
        "Đồ án tốt nghiệp năm 2018 ngành Công nghệ kỹ thuật Điện – Điện tử thiết kế hệ thống IoT theo dõi nhiệt độ và độ ẩm.",
    ),
    # --- vibration, thermography, maintenance management ---
    (
        "kQo111",
        "vi",
        "aks_cbm",
        "Triển khai bảo trì theo tình trạng (CBM) cho motor, hộp số, quạt",
        "Theo dõi rung động, nhiệt độ và dầu bôi trơn, chỉ can thiệp khi có dấu hiệu xuống cấp thay vì thay vòng bi định kỳ 6 tháng; "
        "tránh cảnh cả dây chuyền dừng khẩn vì một vòng bi 300 nghìn đồng gây thiệt hại hàng trăm triệu.",
    ),
    (
        "kQo112",
        "vi",
        "vinamain",
        "Khóa đào tạo chẩn đoán rung động máy (Vinamain)",
        "Giáo trình cho kỹ sư cơ khí, điện, điều khiển: lý thuyết rung động, cách đo, gắn cảm biến gia tốc, cài đặt thông số, thu thập "
        "dữ liệu, phân tích chẩn đoán, kết hợp phân tích dầu trong bảo trì theo tình trạng; giới thiệu máy CSI 2130 và phần mềm System1.",
    ),
    (
        "kQo113",
        "vi",
        "vimaru_vib",
        "Thiết bị đo độ rung động cơ điện khi làm việc (ĐH Hàng hải Việt Nam)",
        "Nhóm sinh viên khoa Máy tàu biển (hướng dẫn PGS.TS Trần Hồng Hà) nghiên cứu và thiết kế thiết bị đo độ rung của động cơ điện "
        "trong quá trình làm việc.",
    ),
    (
        "kQo114",
        "vi",
        "vibromera",
        "Cân bằng động tại chỗ bằng máy Balanset-1A",
        "Máy cân bằng di động kiêm phân tích rung động Balanset dùng cân bằng quạt, máy nghiền, trục, máy ly tâm, khớp nối thủy lực ngay "
        "tại hiện trường; ví dụ khớp nối thủy lực mất cân bằng ở trạm nhựa đường đã được xử lý, tránh dừng máy tốn kém.",
    ),
    (
        "kQo115",
        "vi",
        "emin_align",
        "Căn chỉnh đồng tâm trục bằng thiết bị laser",
        "EMIN xử lý lệch trục song song và lệch góc gây vòng bi xuống cấp nhanh, phớt rò, nhiệt ổ đỡ tăng và điện tiêu thụ tăng; kiểm "
        "tra chân đế mềm, ứng suất đường ống, giãn nở nhiệt và sai số đo thủ công.",
    ),
    (
        "kQo116",
        "vi",
        "kth_thermal",
        "Dịch vụ scan nhiệt tủ điện (thermal scan)",
        "Dùng camera hồng ngoại phát hiện điểm nóng ở thanh cái, mối nối, CB mà không tiếp xúc, không dừng vận hành. Một nhà máy dệt ở "
        "Bình Dương tránh được sự cố cháy ước 3,2 tỷ đồng nhờ phát hiện sớm điểm nóng 180°C tại thanh cái tủ điện chính.",
    ),
    (
        "kQo117",
        "vi",
        "kth_maint",
        "Bảo trì hệ thống điện nhà xưởng theo QCVN 25:2025/BCT",
        "Bảo trì hệ thống điện công nghiệp theo quy chuẩn mới của Bộ Công Thương, kết hợp công nghệ 4.0; 80% sự cố cháy nổ điện công "
        "nghiệp bắt nguồn từ hệ thống không được kiểm tra, bảo trì đúng cách.",
    ),
    (
        "kQo118",
        "vi",
        "kth_lv",
        "Bảo trì tủ điện hạ thế theo quy trình 9 bước",
        "Quy trình bảo trì tủ hạ thế chuẩn chuyên gia: xử lý kết nối lỏng, bụi bẩn, kiểm tra ACB và rơ le bảo vệ, đáp ứng Thông tư "
        "33/2015/TT-BCT, chuyển từ bảo trì phản ứng sang bảo trì dự đoán.",
    ),
    (
        "kQo119",
        "en",
        "oxmaint",
        "Vibration analysis connected to CMMS work orders",
        "Vibration programmes for motors, pumps, gearboxes and compressors: bearing faults show 4–8 weeks ahead, 40–50% of "
        "rotating failures start at bearings, severity is judged per ISO 10816, condition monitoring cuts bearing replacements by "
        "about 30%, and anomalies go straight into OXmaint work orders.",
    ),
    (
        "kQo120",
        "en",
        "machinecdn",
        "Vibration monitoring systems for rotating equipment",
        "Over 90% of mechanical failures in rotating equipment show vibration changes first, and anomalies appear 6–12 months "
        "before a bearing failure, yet 67% of plants still rely on time-based or run-to-failure maintenance. Sensors and an IIoT "
        "platform for motors, pumps, fans, gearboxes and spindles.",
    ),
    (
        "kQo121",
        "en",
        "hreconst",
        "Infrared electrical inspections for industrial facilities",
        "Thermal imaging of energised switchgear, panels and connections under normal load to find loose lugs, overloaded "
        "circuits, corroded contacts and unbalanced loads before insulation breaks down; trained technicians compare phases and "
        "like components.",
    ),
    (
        "kQo122",
        "en",
        "thermal_protocols",
        "Thermal imaging protocols and training for maintenance teams",
        "Protocols for scanning electrical panels - correct loading, emissivity settings, safe access, comparison of identical "
        "breakers and phases, defensible documentation - with radiometric cameras such as the FLIR E8-XT or Fluke TiS75+.",
    ),
    (
        "kQo123",
        "en",
        "dovient_cmms",
        "CMMS for small and mid-size plants",
        "Cloud and mobile CMMS replacing whiteboards and old spreadsheets: asset registry, work orders, PM schedules, spare parts "
        "and KPIs. About 65% of plants with more than 100 employees use a CMMS but only about 30% of smaller plants.",
    ),
    (
        "kQo124",
        "en",
        "keepwisely",
        "CMMS software for maintenance teams",
        "One platform for work orders, preventive maintenance schedules, asset histories and spare parts inventory; the US DOE "
        "estimates that reactive maintenance costs 3 to 9 times more than preventive maintenance.",
    ),
    # distractor: fishing-boat shafting
    (
        "kQo125",
        "vi",
        "ntu_shaft",
        "Chẩn đoán hệ trục chân vịt tàu cá xa bờ bằng dao động (ĐH Nha Trang)",
        "Luận văn thạc sĩ năm 2018 ngành Kỹ thuật cơ khí động lực nghiên cứu chẩn đoán kỹ thuật hệ trục chân vịt tàu cá xa bờ bằng "
        "phương pháp dao động.",
    ),
    # distractor: homes
    (
        "kQo126",
        "en",
        "nc_residential",
        "Thermal imaging of home electrical panels",
        "Residential service in North Carolina: infrared scans of main and sub-panels, junction boxes and service entrance "
        "conductors with all loads on, to catch hot breakers and oxidising connections in homes.",
    ),
    # distractor: bearing catalogue
    (
        "kQo127",
        "vi",
        "ngocanh",
        "Vòng bi các loại: đặc điểm và cách nhận biết",
        "Giới thiệu và phân phối ổ lăn các loại, đặc điểm từng loại và cách nhận biết vòng bi.",
    ),
    # --- CNC, welding, farm-machine fabrication ---
    (
        "kQo128",
        "vi",
        "jinxi_cnc",
        "Gia công CNC theo yêu cầu từ bản vẽ đến sản phẩm",
        "Nhận gia công phay, tiện, khoan, mài CNC chi tiết kim loại theo bản vẽ; phần mềm điều khiển chuyển động dao, cảm biến theo dõi "
        "mài mòn dụng cụ và độ chính xác kích thước, đảm bảo chất lượng đồng đều giữa các lô.",
    ),
    (
        "kQo129",
        "vi",
        "cnc_course_hn",
        "Đào tạo phay CNC cơ bản (CĐ nghề Công nghiệp Hà Nội)",
        "Mô đun 38 – Phay CNC cơ bản, tích hợp lý thuyết và thực hành theo chương trình khung quốc gia, dành cho thợ cơ khí muốn vận "
        "hành và lập trình máy phay CNC.",
    ),
    (
        "kQo130",
        "vi",
        "topcargo_weld",
        "Máy hàn tự động và hệ thống hàn lập trình",
        "Máy hàn tự động chạy theo thông số lập trình sẵn: công nghệ inverter chỉnh dòng chính xác đến 0,1 A, tùy chọn robot hàn tích hợp "
        "AI nhận dạng bề mặt, kết nối IoT giám sát từ xa, cho mối hàn đồng đều và năng suất cao.",
    ),
    (
        "kQo131",
        "vi",
        "rmrob_flow",
        "Tích hợp robot hàn vào quy trình sản xuất hiện có",
        "Giải quyết ba vướng mắc khi đưa robot hàn vào xưởng: cập nhật thiết bị cũ (khoảng 45% chi phí), đào tạo lại thợ hàn lành nghề "
        "thành người giám sát, và vùng an toàn người – máy bằng rèm laser. Theo Deloitte 2022, khoảng 2/3 công ty dùng robot cộng tác "
        "giảm lỗi hàn gần 30%.",
    ),
    (
        "kQo132",
        "vi",
        "sati_agri",
        "Đánh giá trình độ và xu hướng công nghệ chế tạo máy nông nghiệp (SATI)",
        "Nhóm xây dựng Bản đồ công nghệ cơ khí chế tạo ô tô và máy nông nghiệp cung cấp thông tin về trình độ, năng lực công nghệ của "
        "ngành và xu hướng mới của cách mạng công nghiệp lần thứ tư, làm cơ sở chọn hướng đầu tư tránh dàn trải.",
    ),
    (
        "kQo133",
        "en",
        "thmachine",
        "CNC plasma cutting machines",
        "Supply of plasma cutters and CNC plasma machines: a plasma source and torch with a copper nozzle, moved along X and Y by a "
        "computer-controlled gantry or cantilever over a water or dry bed, for cutting conductive plate.",
    ),
    (
        "kQo134",
        "en",
        "plasma_spec",
        "Plasma cutter specification and sourcing for fabrication shops",
        "Plasma covers 0.5–50 mm mild steel and cuts stainless and aluminium without preheat; at about 10 A per mm of clean cut, "
        "60 A handles 15–20 mm and 130–200 A mechanised units 35–50 mm. We help lock duty cycle (60% or 100%), pilot-arc start and "
        "pierce capacity before you buy.",
    ),
    (
        "kQo135",
        "en",
        "plasma_sourcing",
        "Sourcing CNC plasma tables: controller, pilot arc and consumables",
        "Procurement support for CNC plasma tables from Chinese industrial clusters or domestic suppliers: arcs up to 25,000°C, "
        "non-touch pilot arc to extend consumable life, and evaluation of controller, gantry and total cost of ownership.",
    ),
    (
        "kQo136",
        "en",
        "weldingteacher",
        "Welder training and certification",
        "Training that treats welding as a skill used across trades, built on safety, quality and productivity, covering the main "
        "processes among the more than 80 the American Welding Society lists, with qualification testing to the relevant codes.",
    ),
    (
        "kQo137",
        "en",
        "weld_curriculum",
        "Structured welding certification curriculum",
        "A 400-hour pathway: about 40 hours of theory and safety and 360 hours of lab practice in SMAW, GMAW/MIG and GTAW/TIG, "
        "blueprint reading and AWS D1.1 test preparation.",
    ),
    # distractor: the machine, not the fabrication upgrade
    (
        "kQo138",
        "vi",
        "angiang_dryer",
        "Máy sấy lúa của Công ty Cơ khí An Giang",
        "Sản xuất máy sấy lúa từ thập niên 1990, giá rẻ hơn 1/3 so với máy nhập cùng công suất (khoảng 20 triệu đồng/máy), bảo hành một "
        "vụ sấy; An Giang có gần 1.300 máy sấy, riêng vụ hè thu thêm gần 1.000 máy.",
    ),
    # distractor: rice transplanter demo
    (
        "kQo139",
        "vi",
        "hamco_transplanter",
        "Máy cấy lúa HAMCO 8 hàng",
        "Trình diễn máy cấy lúa 8 hàng, khoảng cách hàng 22 cm cho tổ hợp tác sản xuất lúa giống ở ấp Lưu Tư, xã Huyền Hội, Càng Long.",
    ),
    # distractor: aerospace machining
    (
        "kQo140",
        "vi",
        "jinxi_multi",
        "Gia công CNC đa trục cho chi tiết hình học phức tạp",
        "Hệ thống CNC từ 4 đến 9 trục gia công chi tiết phức tạp cho hàng không vũ trụ, thiết bị y tế với ít lần gá đặt, độ chính xác "
        "và chất lượng bề mặt cao.",
    ),
    # distractor: market news
    (
        "kQo141",
        "vi",
        "weldcom",
        "Robot công nghiệp và xu hướng tự động hóa sản xuất",
        "Thông tin thị trường robot công nghiệp: Frost & Sullivan dự báo doanh thu toàn cầu 38,3 tỷ USD năm 2024, tăng gần 75% so với "
        "2020, riêng châu Á – Thái Bình Dương 25,08 tỷ USD.",
    ),
    # distractor: decorative plasma art
    (
        "kQo142",
        "en",
        "valleyfence",
        "Decorative plasma-cut metal art",
        "Custom plasma-cut art and fence panels made on CNC plasma tables, including multi-axis cutting of thick material.",
    ),
    # --- occupational safety sensors ---
    (
        "kQo143",
        "en",
        "ammonia_cti",
        "Ammonia gas detection systems without false alarms",
        "US-made industrial ammonia detectors for refrigeration plants. Ammonia (boiling point -28°F) is efficient and cheap, but "
        "any leak from the closed loop must be found fast; we design sensor placement and alarm logic that avoid nuisance alarms.",
    ),
    (
        "kQo144",
        "en",
        "ammonia_cetci",
        "Continuous ammonia monitoring for cold storage and freezer rooms",
        "A PDC multi-channel controller outside the door with LPT-A transmitters and electrochemical NH3 sensors inside: three "
        "alarm levels (low starts ventilation, high sounds panel and remote alarms); one ceiling-mounted transmitter covers about "
        "5,000 sq ft, more where shelving blocks air.",
    ),
    (
        "kQo145",
        "en",
        "ammonia_indsci",
        "Portable and fixed ammonia detectors for food and beverage cold storage",
        "Ammonia can contaminate product, harm workers and, at 15% by volume (150,000 ppm), explode; 300 ppm is immediately "
        "dangerous to life and can kill within 30 minutes. Detectors for freezers, spiral freezers and cold stores.",
    ),
    (
        "kQo146",
        "vi",
        "ammonia_vn",
        "Máy đo khí amoniac NH3 cầm tay",
        "Cung cấp máy đo nồng độ NH3: amoniac nhẹ hơn không khí, khi bị nén dễ hóa lỏng và sôi ở -33°C, độc, mùi khai; có thể gây nhiễm "
        "độc qua hô hấp, tiêu hóa, da khi vượt ngưỡng cho phép trong môi trường lao động.",
    ),
    (
        "kQo147",
        "vi",
        "tesindustry",
        "Máy đo khí cá nhân và hướng dẫn đeo đúng vùng thở",
        "TES Industry cung cấp máy đo khí cầm tay và tư vấn: khí phải chạm cảm biến mới đo được; bơm hút chỉ 250–500 ml/phút trong khi "
        "người thở khoảng 30 L/phút, nên máy cần đeo trong bán kính 6–9 inch quanh vùng thở như cổ áo, túi ngực.",
    ),
    (
        "kQo148",
        "vi",
        "smart_ppe",
        "Thiết bị bảo hộ thông minh có cảm biến và AI",
        "Giới thiệu mũ, áo khoác thông minh, khung xương trợ lực và thiết bị đeo có cảm biến và khả năng tính toán để chủ động phát hiện "
        "nguy cơ cho người lao động thay vì chỉ bảo vệ thụ động.",
    ),
    (
        "kQo149",
        "en",
        "oizom_wbgt",
        "WBGT heat-risk monitoring for workplaces",
        "Environmental monitors with globe temperature sensing estimate WBGT continuously from temperature, humidity, radiant "
        "heat and airflow - the internationally preferred screening index for occupational heat exposure - for workforce planning "
        "and heat-stress programmes.",
    ),
    (
        "kQo150",
        "vi",
        "heat_south",
        "Giải pháp chống nóng cho người lao động ở các tỉnh phía Nam",
        "Phân viện Bảo hộ lao động và Bảo vệ môi trường miền Nam (TS. Phạm Tiến Dũng) tư vấn cải thiện điều kiện lao động nóng: cân đối "
        "thông gió, hút khí bẩn với yêu cầu tiết kiệm năng lượng, bố trí công cụ, quá trình công nghệ trong không gian và thời gian làm việc.",
    ),
    (
        "kQo151",
        "en",
        "cim_lightcurtain",
        "Safety light curtains and vision guarding for press brakes",
        "A transmitter projects infrared beams to a receiver and breaking any beam stops the press brake; vision-based guards on "
        "the upper beam watch a shrinking safety volume under the punch during the downstroke. Pre-start health and safety "
        "reviews as required in Ontario.",
    ),
    (
        "kQo152",
        "en",
        "laifu",
        "Press brake guards and sensors",
        "Fixed, adjustable and interlocked guards, light curtains and laser safety devices for press brake point of operation, "
        "pinch points and back-gauge areas, to ANSI B11.3 and OSHA 1910.212 or EN 12622 and EN ISO 13849-1.",
    ),
    (
        "kQo153",
        "vi",
        "adhmt",
        "Thiết kế hệ thống che chắn an toàn cho máy chấn tôn",
        "ADH tiếp cận an toàn máy chấn như bài toán thiết kế: bộ công cụ công nghệ bảo vệ, lộ trình triển khai 5 bước và giải pháp cho "
        "chi tiết lớn, vận hành song song, robot, cân bằng khả năng tiếp cận điểm gia công với bao quát an toàn.",
    ),
    (
        "kQo154",
        "en",
        "filtermist",
        "Welding fume extraction units",
        "Mobile units for occasional or short welding jobs and fixed units for large fume volumes, chosen after minimising fume at "
        "source. Welding fume contains gases such as CO, CO2 and nitrous oxide and is linked to asthma, COPD and metal fume fever.",
    ),
    (
        "kQo155",
        "vi",
        "osh_mech",
        "Huấn luyện an toàn vệ sinh lao động trong cơ khí",
        "Nội dung từ báo cáo của Khoa Môi trường và Tài nguyên, ĐH Bách khoa TP.HCM: yếu tố nguy hiểm trong đúc, gia công áp lực, hàn và "
        "cắt kim loại, nhiệt luyện, cắt gọt; nguy cơ do kỹ thuật, tổ chức và vệ sinh lao động; biện pháp che chắn, bảo vệ.",
    ),
    (
        "kQo156",
        "vi",
        "neu_welding",
        "Đánh giá nguy cơ điện tại cơ sở hàn",
        "Nhóm Khoa Kinh tế và Quản lý nguồn nhân lực, ĐH Kinh tế Quốc dân khảo sát một cơ sở hàn: nhận diện yếu tố ảnh hưởng mối nguy "
        "về điện, đánh giá rủi ro từng bước quy trình hàn sản phẩm và đề xuất giải pháp.",
    ),
    (
        "kQo157",
        "en",
        "grainnet",
        "Grain dust explosion prevention and hazard monitoring",
        "Fourteen dust-control steps for elevators and mills, starting with rigorous housekeeping, scheduled bearing lubrication "
        "and bearing temperature monitors on leg boot, head and knee pulley shafts and drag conveyors, plus belt monitoring.",
    ),
    (
        "kQo158",
        "en",
        "dustsafety",
        "Combustible dust hazard analysis for grain and agriculture",
        "Dust hazard analysis and training for grain facilities and feed mills: fine particles from mixing, drying and conveying "
        "form dust clouds that can ignite from mechanical sparks or smouldering; bins, conveyors and dryers covered.",
    ),
    (
        "kQo159",
        "vi",
        "tekadoor",
        "Vách nhựa PVC ngăn tia lửa và ánh sáng hàn",
        "Tekadoor cung cấp rèm, vách nhựa PVC chắn tia lửa và ánh sáng chói từ máy hàn, máy cắt, bảo vệ mắt công nhân làm việc xung "
        "quanh khu vực hàn.",
    ),
    # distractor: vape detection
    (
        "kQo160",
        "vi",
        "bahung",
        "Cảm biến chất lượng không khí và phát hiện thuốc lá điện tử",
        "Cảm biến môi trường thông minh giám sát CO2, VOC, độ ẩm, phát hiện vape và thuốc lá trong trường học, nhà vệ sinh công cộng, "
        "cảnh báo tràn nước, rò rỉ khí.",
    ),
    # distractor: household gas alarms
    (
        "kQo161",
        "vi",
        "nld_gas",
        "Thiết bị báo rò rỉ gas cho gia đình",
        "Bộ cảnh báo rò rỉ gas gia dụng giá khoảng 400.000 đồng; hệ thống đa năng gồm báo động, điều khiển trung tâm và van ngắt an toàn "
        "giá 2–4 triệu đồng; lắp cách sàn 20–30 cm.",
    ),
    # distractor: rolling doors
    (
        "kQo162",
        "vi",
        "rolling_door",
        "Cảm biến vật cản cho cửa cuốn, cửa kéo tự động",
        "ThS. Hà Xuân Hòa (Viện Điện, ĐHBK Hà Nội) khuyến cáo lắp cảm biến vật cản cho cửa cuốn đời cũ: mô tơ 1–2 sức ngựa, cho phép "
        "quá tải đến 200%; gặp vật cản, cảm biến báo và tự ngắt hoặc mở lại cửa.",
    ),
]
