"""Offers of the holdout98 labelled set: (id, language, source key, title, description); see make_holdout98.py."""

OFFERS = [
    # --- commercial kitchens and cooking equipment ---
    (
        "lVo001",
        "vi",
        "hm_bepcn",
        "Thiết kế, sản xuất và lắp đặt trọn gói bếp công nghiệp một chiều",
        "Xưởng cơ khí inox đạt ISO 9001:2015 nhận khảo sát hiện trạng miễn phí và gửi báo giá trong 24 giờ cho "
        "bếp nhà hàng, khách sạn, resort, trường học, bệnh viện. Chúng tôi bố trí mặt bằng theo luồng một chiều, "
        "tính toán phương án gas hay điện từ, đồng bộ điện nước, thông gió (MEP/HVAC), lập mô hình chi phí "
        "vòng đời TCO/ROI 3–5 năm và bàn giao kèm danh mục nghiệm thu an toàn thực phẩm, phòng cháy.",
    ),
    (
        "lVo002",
        "en",
        "dv_tuhap",
        "Sizing advice for industrial rice steamers and steam cabinets by meal count",
        "Advisory service for collective kitchens, canteens and large restaurants: cabinets are chosen from the "
        "meals served per shift (about 0.2 kg of rice per meal), the power, gas and water supply and the menu. "
        "Stainless cabinets with pressure relief valves and shock protection; clients get a 10-point acceptance "
        "checklist, a floor layout and a 12-month running-cost estimate within 24 hours.",
    ),
    (
        "lVo003",
        "vi",
        "dv_tucom2",
        "Tủ nấu cơm công nghiệp chạy được cả gas và điện",
        "Cung cấp tủ nấu cơm, hấp thực phẩm hai nguồn năng lượng: khi mất điện chuyển sang gas và ngược lại, "
        "bếp không phải dừng. Vỏ inox hai lớp có foam cách nhiệt, cấp nước tự động, van an toàn, hơi bão hòa "
        "làm chín đều qua nhiều mẻ liên tục. Giá tham khảo khoảng 6,8–9,2 triệu đồng tùy số khay.",
    ),
    (
        "lVo004",
        "vi",
        "dv_bephoc",
        "Thiết kế, thi công bếp ăn bán trú cho trường học theo HACCP",
        "Nhận thiết kế bếp trường học, bán trú theo mô hình một chiều: tiếp nhận, sơ chế, nấu, chia suất, rửa "
        "trả dụng cụ, tách bạch sống – chín; thiết bị inox 304 sản xuất tại xưởng. Bàn giao bản vẽ 2D/3D, dự "
        "toán, bộ hồ sơ tuân thủ HACCP và TCVN 8793:2011, hướng dẫn lưu mẫu 24 giờ để xin giấy chứng nhận đủ "
        "điều kiện an toàn thực phẩm; chi phí vận hành dự kiến giảm khoảng 10–15%.",
    ),
    (
        "lVo005",
        "vi",
        "dv_beptu",
        "Chuyển đổi bếp gas sang bếp từ công nghiệp cho nhà hàng, bếp tập thể",
        "Bếp từ công nghiệp đạt hiệu suất nhiệt 85–90% so với 40–55% của bếp gas, giảm khoảng 10–15% tải nhiệt "
        "cho hệ thông gió – điều hòa. Chúng tôi lập mô hình tổng chi phí 36 tháng, kiểm tra hạ tầng điện 3 pha, "
        "và đề xuất lộ trình chuyển từ gas sang điện từ mà vẫn xào chảo (wok) được cho món Á.",
    ),
    (
        "lVo006",
        "vi",
        "dv_baoduong",
        "Gói bảo dưỡng định kỳ bếp công nghiệp cho nhà hàng, khách sạn",
        "Bảo trì bếp công nghiệp theo 4 chu kỳ ngày – tuần – tháng – quý: kiểm tra an toàn gas và điện, làm sạch "
        "lưới lọc mỡ, chụp hút, béc gas, quạt giải nhiệt, dàn nóng dàn lạnh, xử lý lỗi lửa đỏ, đóng tuyết. Có gói "
        "theo lần hoặc trọn gói với cam kết thời gian phản hồi (SLA), báo giá trong 24–48 giờ.",
    ),
    (
        "lVo007",
        "vi",
        "lgt_hutkhoi",
        "Hệ thống hút khói bếp công nghiệp: chụp hút inox, đường ống, quạt hút",
        "Thi công hệ thống hút nhiệt, khói và mùi dầu mỡ cho bếp nhà hàng, khách sạn, căng tin trường học, bệnh "
        "viện, nhà máy. Hệ gồm chụp hút bằng inox đặt trên khu nấu, đường ống dẫn và quạt hút công nghiệp, giúp "
        "khu bếp thông thoáng, giảm nóng cho đầu bếp và khách không bị ám mùi.",
    ),
    (
        "lVo008",
        "vi",
        "anitime_ongkhoi",
        "Dịch vụ vệ sinh ống khói, ống hút mùi bếp nhà hàng định kỳ",
        "Sau vài tháng vận hành, thành ống khói bếp bám lớp dầu mỡ dày dễ bắt lửa, gây tắc, giảm hiệu suất hút "
        "và ám mùi. Đội kỹ thuật làm sạch ống khói, chụp hút và quạt theo lịch định kỳ để giảm nguy cơ cháy "
        "nổ, giữ hệ thống hút khói hoạt động ổn định cho nhà hàng.",
    ),
    (
        "lVo009",
        "vi",
        "hm_tachmo",
        "Bể tách mỡ inox cho bếp nhà hàng, khách sạn",
        "Sản xuất bể tách mỡ 3 ngăn có vách chắn và nắp kín chống mùi, loại đặt âm sàn, dưới chậu rửa hoặc tự "
        "động, vật liệu inox 304, composite hay bê tông. Tư vấn dung tích theo lưu lượng và quy mô bếp từ quán ăn "
        "nhỏ đến khách sạn, vị trí lắp, sơ đồ đi ống; hướng dẫn vệ sinh, hút mỡ định kỳ 1–3 tháng một lần.",
    ),
    (
        "lVo010",
        "en",
        "qcs_mothai",
        "Restaurant grease waste package: traps, microbes and collection",
        "Source control of kitchen grease: a grease trap sized to the dishwashing load, strainers at the sinks, "
        "regular dosing of grease-eating microbial products instead of harsh drain chemicals to break down fat "
        "and odours, and pumping out before blockages; the recovered fat can be composted or made into biodiesel.",
    ),
    (
        "lVo011",
        "en",
        "etl_combi",
        "Energy-listed combination steam ovens for professional kitchens",
        "We supply combi ovens (combi-steamers) that join convection, steam and combined modes in one cabinet, "
        "electric or gas, with injection or boiler steam generation. Steam mode runs at 30-130 C and "
        "convection or combi mode at 30-300 C; racks take Gastronorm containers (1/1 GN is 530 x 325 mm). "
        "Models are chosen from a government energy technology list of efficient foodservice equipment.",
    ),
    (
        "lVo012",
        "en",
        "epa_combi",
        "Connectionless combi ovens and programming to cut kitchen water use",
        "Advisory service for hotel and institutional kitchens: boiler-based combination ovens need a constant "
        "stream of cooling water for condensate and may make steam even when idle, while connectionless units "
        "use a self-contained reservoir that is drained and refilled once a day. We help replace or program "
        "ovens so steam and combi modes run only when the menu needs them.",
    ),
    (
        "lVo013",
        "en",
        "epa_dish",
        "Retrofit and replacement of commercial dishwashers for water and energy savings",
        "For hotel, hospital and school kitchens we fit rack sensors on conveyor dishwashers so water flows only "
        "when dishes pass, set conveyors to auto-mode, and size replacements to real throughput. ENERGY STAR "
        "qualified machines use about 25 percent less water than conventional models; for flight-type machines "
        "we specify under 0.01 gallons per dish and rinse-water reuse instead of fill-and-dump.",
    ),
    (
        "lVo014",
        "en",
        "danamark_dish",
        "High-efficiency commercial dishwashers: under-counter, door and rack conveyor",
        "Supplier of warewashing machines for restaurants, hotels and hospitals. High-efficiency under-counter "
        "units use about 1 gallon per rack instead of 1.8; stationary door types 0.95 instead of 2.2; rack "
        "conveyors, suited to large restaurants and hospitals, as little as 0.54 gallons per rack with an 82 C "
        "final rinse. High-temperature machines are the more water-efficient choice.",
    ),
    (
        "lVo015",
        "en",
        "colfire_wet",
        "Wet chemical kitchen hood fire suppression: installation and inspection",
        "We install, inspect and service wet chemical suppression systems for restaurant and institutional "
        "kitchens. Fusible links or heat detectors trigger discharge through nozzles over the appliances and in "
        "the hood and duct; the agent cools burning grease and forms a barrier against re-ignition, while gas or "
        "electric supply to the cooking line is cut automatically.",
    ),
    (
        "lVo016",
        "en",
        "buildeo_kitchen",
        "Commercial kitchen design and installation for restaurants and hotels",
        "Construction team that designs and fits commercial kitchens around hygiene rules and seven functions: "
        "delivery, storage, preparation, cooking, service, dish return and cleaning. We propose island, zone or "
        "assembly-line layouts to suit the menu and premises, and install appliances correctly.",
    ),
    (
        "lVo017",
        "en",
        "ths_floor",
        "Seamless resinous flooring for commercial and institutional kitchens",
        "Kitchen consultancy advising on layout (island, zone or assembly line, the last one for school and "
        "university cafeterias) and on floors that withstand daily hot-water washing: seamless, moisture and "
        "mould resistant resin coatings with cove mouldings carried 6-8 inches up the walls.",
    ),
    (
        "lVo018",
        "vi",
        "bingluo_lanh",
        "Hệ thống lạnh cho bếp khách sạn: kho mát, kho đông đi bộ vào được",
        "Nhà sản xuất thiết bị lạnh cung cấp kho lạnh lắp ghép (walk-in) theo kích thước bếp khách sạn, máy nén "
        "đặt xa, tách phòng mát và phòng đông theo dải nhiệt riêng cho rau, thịt, sữa và món sơ chế sẵn; giúp giữ "
        "an toàn thực phẩm, giảm hư hỏng nguyên liệu khi khách sạn phải trữ khối lượng lớn.",
    ),
    (
        "lVo019",
        "vi",
        "dv_tudong",
        "Tủ nửa đông nửa mát inox cho bếp nhà hàng",
        "Phân phối tủ hai ngăn: ngăn đông khoảng 0 đến -18 °C, ngăn mát 0 đến 10 °C, dung tích từ 200 L đến trên "
        "500 L, gas lạnh R600A/R134a, quạt gió tuần hoàn, tự xả đá; kèm tư vấn, lắp đặt và bảo hành cho bếp "
        "nhà hàng, khách sạn cần trữ cả thịt cá đông lạnh lẫn rau củ, đồ uống trong ít diện tích.",
    ),
    (
        "lVo020",
        "vi",
        "meo_dish",
        "Máy rửa bát công nghiệp dạng chụp cho nhà hàng, khách sạn",
        "Máy rửa dạng chụp rửa 60 giá mỗi giờ, mỗi giá khoảng 30 chiếc đĩa, tức chừng 1.000–1.200 đĩa/giờ, chỉ "
        "tốn khoảng 2 lít nước mỗi giá, nước tráng khử khuẩn đến 85 °C nên bát đĩa khô ngay; tiết kiệm nhân "
        "công, nước, hóa chất so với rửa tay, chọn cỡ máy theo lượng khách.",
    ),
    # distractors (kitchen)
    (
        "lVo021",
        "vi",
        "hm_chen",
        "Chén inox 2 lớp cho bếp công nghiệp và suất ăn tập thể",
        "Cung cấp sỉ chén inox 201/304/430/316, loại 1 lớp hoặc 2 lớp cách nhiệt, cỡ 11–20 cm, có dập logo, "
        "cho nhà hàng, bếp trung tâm, suất ăn công nghiệp, trường mầm non; bền, ít vỡ hơn sứ và thủy tinh, "
        "chính sách giá sỉ và đấu thầu.",
    ),
    (
        "lVo022",
        "vi",
        "backhoa_banam",
        "Máy rửa bát bán âm và độc lập cho gia đình",
        "Tư vấn chọn máy rửa bát gia đình loại bán âm tủ bếp hay loại đứng độc lập, so sánh ưu nhược điểm, "
        "kích thước lắp đặt và cách dùng trong căn bếp nhà ở.",
    ),
    # --- laundries and linen ---
    (
        "lVo023",
        "vi",
        "hs_thuengoai",
        "Dịch vụ giặt là thuê ngoài cho khách sạn nhỏ và vừa, có hợp đồng giám sát",
        "Nhận giặt khăn, ga, áo gối, đồng phục cho khách sạn dưới 100 phòng hoặc hoạt động theo mùa, không cần "
        "đầu tư máy, mặt bằng, nhân sự giặt. Hợp đồng ghi rõ phạm vi đồ giặt, cam kết độ sạch, mùi, cách gấp và "
        "đóng gói, lịch giao nhận cố định với thời gian xử lý tối đa, quy trình xác minh và bồi thường đồ mất, "
        "đồ hỏng, cơ chế điều chỉnh giá.",
    ),
    (
        "lVo024",
        "vi",
        "hs_opl",
        "Tư vấn đầu tư phòng giặt nội bộ (OPL) cho khách sạn",
        "Phân tích cho chủ khách sạn nên tự vận hành giặt ủi tại chỗ (on-premise laundry) hay thuê ngoài tính "
        "theo kg: bảng chi phí đầu tư và vận hành máy móc, hóa chất, nhân sự; lợi ích kiểm soát chất lượng, tốc "
        "độ, giặt gấp đồ khách, giảm thất lạc; đề xuất cấu hình và quy trình phù hợp quy mô phòng.",
    ),
    (
        "lVo025",
        "vi",
        "stdm_bv",
        "Máy giặt công nghiệp và quy trình quản lý đồ vải cho bệnh viện, trung tâm y tế",
        "Cung cấp máy giặt, sấy công nghiệp cho bệnh viện kèm quy trình quản lý đồ vải: thu gom, phân loại đồ "
        "sạch và đồ bẩn dính máu, dịch cơ thể vào túi màu riêng theo khu vực, vận chuyển, giặt khử khuẩn, sấy, "
        "là và cấp phát, giúp chống lây nhiễm chéo; tư vấn cấu hình máy và thiết kế xưởng giặt bệnh viện.",
    ),
    (
        "lVo026",
        "vi",
        "mgl_motchieu",
        "Hệ thống giặt sấy công nghiệp một chiều đạt chuẩn kiểm soát nhiễm khuẩn",
        "Thiết kế và lắp đặt dây chuyền giặt sấy khép kín theo mô hình một chiều cho bệnh viện: tách khu nhận "
        "đồ bẩn với khu sạch, máy giặt, sấy, là phù hợp chăn ga, quần áo bệnh nhân, đồng phục nhân viên, khăn "
        "phẫu thuật tiếp xúc máu, dịch tiết; coi hệ thống giặt là một phần của chiến lược kiểm soát nhiễm khuẩn.",
    ),
    (
        "lVo027",
        "vi",
        "sttr_400",
        "Cung cấp hóa chất và công thức giặt đồ vải bệnh viện theo từng loại đồ",
        "Lập công thức giặt và dự toán chi phí hóa chất cho bệnh viện (ví dụ 400 giường). Quần áo bệnh nhân "
        "cotton bẩn nặng: giặt sơ với chất khử khuẩn 10 phút, giặt chính ở 65 °C trong 10–15 phút với nước giặt "
        "chính, tăng kiềm, tẩy gốc oxy, rồi giũ, vắt và giũ cuối với chất trung hòa, nước xả vải công nghiệp.",
    ),
    (
        "lVo028",
        "vi",
        "hs_hoachat",
        "Đào tạo sử dụng và quản lý hóa chất giặt là cho bộ phận laundry khách sạn",
        "Khóa hướng dẫn cho bộ phận giặt khách sạn: các nhóm hóa chất (giặt chính ít bọt, tăng kiềm, tẩy clo "
        "hoặc tẩy oxy, trung hòa, làm mềm, hồ vải), định mức dùng, tiêu chuẩn lưu kho an toàn, chọn nhà cung "
        "cấp và kiểm soát tồn kho để vải trắng bền, tiết kiệm chi phí và an toàn cho nhân viên.",
    ),
    (
        "lVo029",
        "en",
        "gtx_chem",
        "Industrial laundry chemicals for hotels, spas and hospitals",
        "Vietnamese laundry supplier offering low-foam enzyme detergents, oxygen bleach, stain removers, "
        "neutralisers and softeners for towels, pillowcases, sheets, uniforms, patient gowns and medical textiles; "
        "correct chemistry cleans heavily soiled loads, saves rinse water and extends fabric life.",
    ),
    (
        "lVo030",
        "en",
        "gtnt_xuong",
        "Investment advice for industrial laundries serving restaurants, hotels, resorts",
        "Advice on brand, capacity and power supply of industrial washers and dryers, and above all on hard-mount "
        "washers (cheaper, bolted to a reinforced concrete base, suited to ground floors) versus soft-mount "
        "washers (dearer, can stand on upper floors), to keep laundry investment in check.",
    ),
    (
        "lVo031",
        "en",
        "lodg_ozone",
        "Ozone laundry systems for hotel on-premise laundries",
        "Ozone generated from ambient air is injected into the supply line of washer-extractors, disinfecting "
        "the wash water and breaking down fat, oil and grease, so washers no longer need domestic hot water at "
        "140 F. Including sewer credit, water use falls by 20-40 percent and chemical use by up to 30 percent; "
        "linens last longer with fewer chemical odours. Capital cost is higher.",
    ),
    (
        "lVo032",
        "en",
        "gln_ozone",
        "Ozone laundry retrofit with payback under one year for 100-room hotels",
        "We retrofit ozone to existing hotel washers: heating demand for wash water drops by at least 80 percent, "
        "water and chemical use fall, and sheets and towels come out softer and last two to three times longer. "
        "Payback can be under a year at 100 rooms, faster where energy, water and chemicals cost more; works "
        "well combined with laundry water recycling.",
    ),
    (
        "lVo033",
        "en",
        "opr_ozone95",
        "Ozone laundry savings evaluation for a mid-size hotel",
        "Supplier evaluation service based on metered hot water use: in an upscale 95-room resort hotel with two "
        "60-pound washers running 9-10 loads a day, the study costed water and sewer, fuel, electricity, linen "
        "replacement and softener to show investment, operating cost and energy savings before purchase.",
    ),
    (
        "lVo034",
        "en",
        "redorbit_rfid",
        "Washable RFID tags for hotel linen inventory and outside-laundry control",
        "Bendable, washable RFID tags sewn into towels, robes, sheets and banquet linens, read by sensors up to "
        "six feet away; a tagged towel costs about one dollar more. Reader stations count items leaving floor "
        "closets, track what goes to and returns from outside laundries and check the laundry bill, where some "
        "20 percent of stock otherwise goes missing.",
    ),
    (
        "lVo035",
        "en",
        "trsa_aqua",
        "Laundry wastewater recycling system for hotels",
        "Recycling unit that reclaims and reuses hotel laundry wash water, cutting laundry water use by 80 "
        "percent along with energy and emissions; more than 150 systems installed and over three billion gallons "
        "recycled in ten years, including a coastal hotel in a drought area.",
    ),
    (
        "lVo036",
        "en",
        "aln_ww3",
        "Adding or upgrading a water reuse system in a commercial laundry",
        "Engineering support for laundries with high water and sewer bills, undersized supply lines or reuse "
        "rules: automated systems with few chemicals and semi-permanent filters, needing 50-100 square feet of "
        "floor and connections from the greywater source to the washers and the sewer.",
    ),
    (
        "lVo037",
        "en",
        "awpi_recyc",
        "Hot laundry water recycling with 0.01 micron ceramic filtration",
        "Patented ceramic filter system that captures used wash water, sanitises it at 0.01 micron and returns "
        "it to the front of the process with little heat loss, leaving useful additives in the water; aims to "
        "recover installation cost within a few years from water and energy savings. Field testing with a large "
        "commercial laundry.",
    ),
    (
        "lVo038",
        "en",
        "lcn_hpdry",
        "Heat-pump tumble dryers for on-premise laundries",
        "Heat-pump dryers draw under 4 kW instead of the 15-25 kW of conventional dryers of the same capacity "
        "and use about 60 percent less energy; cycles take 36 minutes for a 9 kg model and 58 minutes for 16 kg. "
        "Moisture control and reversing drums avoid over-drying; no vent ducting needed.",
    ),
    (
        "lVo039",
        "en",
        "liver_hp",
        "Supply and installation of commercial heat-pump tumble dryers",
        "UK laundry equipment company installing closed-loop heat-pump dryers that recycle warm air through a "
        "refrigerant circuit instead of venting it; independent tests show running costs 60-70 percent lower "
        "than vented or condenser dryers, with lower drying temperatures that are gentler on textiles.",
    ),
    (
        "lVo040",
        "en",
        "tuku_med",
        "Planning and equipping healthcare laundry facilities",
        "Laundry solution provider for hospitals: planning facilities to the hygiene standard for medical "
        "textile washing and disinfection, with the required layout of soiled and clean areas, and procedures for "
        "patient clothing, bed sheets, ward and surgical towels and staff uniforms.",
    ),
    # distractors (laundry)
    (
        "lVo041",
        "vi",
        "ctng_formula",
        "Chuyển giao công thức sản xuất nước giặt đậm đặc",
        "Chuyển giao 12 công thức, nguyên liệu, hóa chất và các bước quy trình để tự sản xuất nước giặt đậm đặc "
        "đóng chai bán lẻ, dành cho cơ sở muốn mở xưởng sản xuất chất tẩy rửa.",
    ),
    (
        "lVo042",
        "en",
        "domex_hp",
        "Heat-pump tumble dryers for the home",
        "Buyer's guide and retail range of domestic heat-pump tumble dryers that recycle the dryer's heat "
        "through an evaporator, compressor and condenser, using about 50 percent less energy than standard "
        "household models at a higher purchase price.",
    ),
    # --- cleaning and disinfection ---
    (
        "lVo043",
        "vi",
        "vscn_bv",
        "Dịch vụ vệ sinh bệnh viện, cơ sở y tế theo hợp đồng",
        "Công ty vệ sinh công nghiệp nhận làm sạch và khử trùng bệnh viện: khu tiếp nhận, phòng chờ, phòng bệnh, "
        "hành lang, nhà vệ sinh, nhằm ngăn nhiễm khuẩn cho người bệnh và nhân viên y tế, giảm tai nạn trơn trượt "
        "do sàn bẩn và giúp cơ sở đáp ứng quy định, tiêu chuẩn y tế quốc gia.",
    ),
    (
        "lVo044",
        "vi",
        "hoanmy_bv",
        "Quy trình lau sàn và khử khuẩn bề mặt cho khoa phòng bệnh viện",
        "Đội vệ sinh chuyên bệnh viện làm theo quy trình: mang bảo hộ, lau từng vùng riêng bằng mop chuyên "
        "dụng, mỗi mop chỉ lau 30–40 m² rồi thay, mop bẩn gom túi đem giặt tập trung; lau dung dịch khử khuẩn "
        "rồi lau khô, khu lây nhiễm dùng nồng độ cao hơn; sàn và bồn rửa 2 lần mỗi ngày, bề mặt thiết bị 1 lần "
        "mỗi ngày và khi cần.",
    ),
    (
        "lVo045",
        "en",
        "tkt_room",
        "Patient room cleaning and disinfection service",
        "Vietnamese cleaning company offering hospital patient-room cleaning: routine cleaning and disinfection "
        "of wards to cut healthcare-associated infections, carried out quietly so resting patients are not "
        "disturbed, with step-by-step procedures for beds, high-touch surfaces, bathrooms and floors.",
    ),
    (
        "lVo046",
        "en",
        "eb_uvd",
        "Autonomous UV-C disinfection robots for patient rooms and operating theatres",
        "Mobile robots with lidar mapping and short-wave UV-C lamps drive from their charging station through "
        "corridors and lifts, stop 1-2 minutes at several positions and disinfect a room in about 10-15 minutes, "
        "killing 99.99 percent of germs; lamps switch off if a person enters. Units cost about USD 80,000-90,000 "
        "and work in more than 40 countries.",
    ),
    (
        "lVo047",
        "en",
        "secmag_trud",
        "Stationary UVC room disinfection units controlled from a tablet",
        "UVC disinfection units that stay in one place and, after measuring room size, shape and equipment, "
        "deliver one lethal UVC dose to the whole room including shadowed areas; cleaning mode and time are set "
        "from an iPad. Used by veterans' and university hospitals to reduce pathogens after manual cleaning.",
    ),
    (
        "lVo048",
        "en",
        "steri_hpv",
        "Hydrogen peroxide vapour room decontamination",
        "Service decontaminating rooms, furniture and equipment with hydrogen peroxide vapour. In a published "
        "comparison, 66 percent of 124 swabs still grew MRSA after conventional terminal cleaning, but only one "
        "of 85 swabs (1.2 percent) after HPV; the method is rapid and leaves no residue.",
    ),
    (
        "lVo049",
        "en",
        "mdpi_hpv",
        "University-industry expertise on hydrogen peroxide vapour disinfection",
        "University engineering and life-science team, with an industrial partner, advising infection-control "
        "teams on hydrogen peroxide vapour: broad efficacy from spores to enveloped viruses, remote operation, "
        "breakdown to water and oxygen without residues, and the 1 ppm eight-hour exposure limit.",
    ),
    (
        "lVo050",
        "en",
        "arxiv_uv",
        "Research prototype: mobile UV robot that targets infection hotspots",
        "University robotics group offering pilots of an autonomous UV disinfection robot that prioritises "
        "high-risk surfaces touched by people and optimises UV dose; in two hospital scenarios it reached the "
        "same disinfection with 30.7 and 31.9 percent less time.",
    ),
    (
        "lVo051",
        "en",
        "nv_mixhypo",
        "STEL units producing MixHypo500 disinfectant on site",
        "Electrochemical activation units with a flow-through membrane module electrolyse dilute brine (1-5 g/L) "
        "into a cleaning and disinfecting solution at pH 6-8, redox potential 750-950 mV and 50-500 mg/L active "
        "chlorine that kills bacteria, viruses and fungi without harming human cells; for wiping surfaces and "
        "tools in hospitals and schools.",
    ),
    (
        "lVo052",
        "vi",
        "na_anolyte",
        "Công nghệ nước hoạt hóa điện hóa (anolyte) khử trùng trong y tế",
        "Giới thiệu trên sàn giao dịch công nghệ: nước anolyte điều chế bằng điện phân nước muối là chất khử "
        "trùng ít độc, chi phí vận hành thấp, dùng khử khuẩn bề mặt, dụng cụ và môi trường cơ sở y tế trong "
        "phòng chống dịch; sẵn sàng chuyển giao thiết bị điều chế cho bệnh viện.",
    ),
    (
        "lVo053",
        "en",
        "gln_delivery",
        "Greener cleaning delivery systems for hotels",
        "Three options to cut cleaning cost and chemicals in guestrooms and public areas: concentrate "
        "dilution stations installed and serviced by the supplier (one concentrate case replaces 70 ready-to-use "
        "bottles, packaging cut up to 99 percent), on-site electrochemically activated water generators plumbed "
        "in, and dry steam vapour carts for chemical-free sanitising.",
    ),
    (
        "lVo054",
        "en",
        "ehot_micro",
        "Microfibre-and-water housekeeping system for hotel rooms",
        "Housekeeping programme in which room attendants clean with one microfibre cloth per room, scourers and "
        "a water spray, using only a toilet disinfectant: at one Sydney hotel it saves 10 litres of water per "
        "room, about one million litres a year, and 95 percent of chemicals. We run a three-month trial on one "
        "or two floors first.",
    ),
    (
        "lVo055",
        "vi",
        "vshcm_bep",
        "Dịch vụ tổng vệ sinh bếp nhà hàng và hệ thống hút khói",
        "Nhận vệ sinh bếp nhà hàng theo lịch hằng ngày và tổng vệ sinh định kỳ: tẩy dầu mỡ trên bề mặt, thiết "
        "bị, chụp hút và đường ống hút khói, chọn hóa chất an toàn thực phẩm; đơn giá vệ sinh công nghiệp từ "
        "15.000 đ/m².",
    ),
    (
        "lVo056",
        "vi",
        "procare_nh",
        "Kiểm soát côn trùng, chuột cho nhà hàng",
        "Dịch vụ diệt và phòng ngừa ruồi, gián, kiến, mối, muỗi và chuột tại nhà hàng, quán ăn: khảo sát khu "
        "chế biến, kho, cống rãnh, xử lý và bảo hành dài hạn để tránh nhiễm khuẩn Salmonella, E. coli vào thực "
        "phẩm, mất uy tín và bị xử phạt về an toàn thực phẩm.",
    ),
    (
        "lVo057",
        "vi",
        "ktdn_ks",
        "Chương trình phòng chống côn trùng, sinh vật hại cho khách sạn",
        "Quản lý côn trùng tổng hợp cho khách sạn: kiểm soát chuột, gián, côn trùng bay tại bếp, khu thực phẩm "
        "và phòng ăn, loại bỏ điều kiện sinh sôi, dùng biện pháp an toàn môi trường, kiểm tra định kỳ và đào "
        "tạo nhân viên nhận biết, phòng ngừa.",
    ),
    (
        "lVo058",
        "vi",
        "nv_air",
        "Giải pháp khử khuẩn, khử mùi không khí trong phòng",
        "Tư vấn và cung cấp thiết bị làm sạch không khí cho phòng kín: so sánh màng lọc HEPA, than hoạt tính, "
        "ion, ozone, đèn cực tím và quang hóa xúc tác (PCO) theo khả năng loại bụi, nấm mốc, vi khuẩn, virus, "
        "chất hữu cơ bay hơi, mùi và khói.",
    ),
    # distractors (cleaning)
    (
        "lVo059",
        "vi",
        "plo_buong",
        "Buồng khử khuẩn di động cho người ra vào trong 30 giây",
        "Trường đại học kỹ thuật chế tạo buồng tắm khí khử khuẩn toàn thân bằng không khí sạch, ozone trong "
        "ngưỡng cho phép và ion âm, có lọc khí vào và ra, cửa tự động một chiều, không tiếp xúc; dùng ở lối vào "
        "phòng thí nghiệm bán dẫn và y học.",
    ),
    (
        "lVo060",
        "vi",
        "lhu_nano",
        "Buồng phun sương khử trùng toàn thân nano bạc",
        "Buồng cao 2 m có cảm biến, phun dung dịch chứa nano bạc trong 10 giây cho mỗi người bước vào, báo "
        "đèn và chuông khi hết dung dịch, đếm số người ra vào; đặt ở nhà ga, siêu thị, bến xe, trường học.",
    ),
    (
        "lVo061",
        "vi",
        "gdnn_taytu",
        "Máy rửa tay sát khuẩn tự động cho trường học",
        "Trường cao đẳng nghề chế tạo máy rửa tay sát khuẩn tự động gồm bơm tạo áp, cảm biến, bo mạch điện tử "
        "và bình chứa dung dịch, đã tặng các trường để học sinh sát khuẩn tay trước khi vào lớp.",
    ),
    (
        "lVo062",
        "vi",
        "doc_anolyte_gd",
        "Máy tạo nước khử khuẩn anolyte mini dùng trong gia đình",
        "Đề tài khoa học kỹ thuật học sinh: chế tạo máy điện phân nước muối nhỏ tạo nước anolyte để khử khuẩn "
        "đồ dùng trong gia đình, kèm thử nghiệm thiết bị.",
    ),
    # --- food-safety management in canteens ---
    (
        "lVo063",
        "vi",
        "bvs_haccp",
        "Tư vấn xây dựng và chứng nhận hệ thống HACCP cho bếp ăn",
        "Hướng dẫn doanh nghiệp, bếp ăn xây dựng hệ thống phân tích mối nguy và điểm kiểm soát tới hạn (HACCP) "
        "trên nền GMP và SSOP: nhận diện, đánh giá và kiểm soát mối nguy ở mọi công đoạn từ nguyên liệu, chế "
        "biến, bảo quản đến phân phối, chuẩn bị hồ sơ để được đánh giá và cấp chứng nhận HACCP.",
    ),
    (
        "lVo064",
        "vi",
        "haseca_haccp",
        "Cung cấp suất ăn công nghiệp từ bếp trung tâm đạt chuẩn HACCP",
        "Đơn vị suất ăn công nghiệp vận hành bếp trung tâm theo HACCP, nấu hơn 10.000 suất mỗi ngày cho doanh "
        "nghiệp, khu công nghiệp, trường học, bệnh viện; thiết kế bếp, quy trình vận hành và kiểm soát chất "
        "lượng theo hướng phòng ngừa mối nguy ngay từ đầu thay vì kiểm tra sau chế biến.",
    ),
    (
        "lVo065",
        "vi",
        "tn_kit",
        "Kit kiểm tra nhanh độ sạch dụng cụ chứa thức ăn và tay người phục vụ",
        "Thông tin công nghệ – thiết bị do Sở KH&CN giới thiệu: bộ kit dùng ngoài phòng thí nghiệm để kiểm tra "
        "nhanh vi sinh vật gây bệnh trên muỗng, ly, chén, khay, đũa, trên bàn tay người phục vụ và trên thức "
        "ăn căng tin, nhà hàng, thức ăn đường phố, giúp tự phát hiện nguy cơ ngộ độc.",
    ),
    (
        "lVo066",
        "vi",
        "zpxl_card",
        "Thẻ thử nhanh độ sạch bề mặt bát đĩa cho bếp ăn",
        "Thẻ phản ứng màu với vi khuẩn và chất hữu cơ còn sót (vụn thức ăn, vết dầu) trên bề mặt bộ đồ ăn: "
        "lau tăm bông, chấm vào vùng thử, đọc kết quả sau 1–5 phút thay vì 24–48 giờ nuôi cấy; rẻ, không cần "
        "phòng thí nghiệm, nhân viên căng tin trường học, bếp nhà hàng tự làm hằng ngày sau khi được hướng dẫn.",
    ),
    (
        "lVo067",
        "vi",
        "pasteur_lab",
        "Kiểm nghiệm vi sinh thực phẩm và nước tại phòng thí nghiệm viện",
        "Labo vi sinh nước – thực phẩm của viện nhận mẫu kiểm nghiệm theo TCVN/ISO, trả kết quả khoảng 7 ngày: "
        "Salmonella (TCVN 4829:2005) 262.000 đ, L. monocytogenes 500.000 đ, E. coli 200.000 đ, tụ cầu "
        "Staphylococcus coagulase (+) 120.000 đ…; dùng cho kiểm tra định kỳ mẫu thức ăn, nguyên liệu.",
    ),
    (
        "lVo068",
        "vi",
        "sggp_bantru",
        "Phần mềm quản lý suất ăn bán trú cho trường học",
        "Phần mềm do trung tâm thông tin của ngành giáo dục phát triển, đạt chứng nhận dự án đổi mới sáng tạo "
        "xuất sắc 2025: quản lý thực đơn theo ngày, tuần, tháng kèm ảnh suất ăn thực tế, báo cáo nhanh và theo "
        "quý, học sinh và phụ huynh đánh giá bữa ăn, tự in biểu mẫu; đã thí điểm tại nhiều trường từ 2024–2025.",
    ),
    (
        "lVo069",
        "vi",
        "gmh_buffet",
        "Tư vấn hệ thống hút khói nhà hàng buffet nướng đạt thẩm định VSATTP",
        "Rà soát và khắc phục hút khói cho quán buffet nướng theo yêu cầu vệ sinh an toàn thực phẩm: bố trí chụp "
        "hút, vật liệu dễ vệ sinh, đủ công suất, lọc mỡ, lập nhật ký vệ sinh ống hút khói và hồ sơ bảo trì, "
        "checklist theo khu vực để tự kiểm trước thẩm định hoặc kiểm tra đột xuất mà không phải đập bỏ làm lại.",
    ),
    (
        "lVo070",
        "vi",
        "gmct_daynghe",
        "Tư vấn điều kiện VSATTP cho trung tâm dạy nghề nấu ăn",
        "Đơn vị tư vấn ở Cần Thơ phân tích và chuẩn bị điều kiện vệ sinh an toàn thực phẩm cho cơ sở đào tạo "
        "nghề bếp có thực hành chế biến: nguyên liệu, quy trình nhận hàng – bảo quản – sơ chế – nấu – chia "
        "suất, dụng cụ, môi trường bếp và người thực hành, để hoạt động đúng quy định, tránh bị xử phạt.",
    ),
    (
        "lVo071",
        "en",
        "fermag_temp",
        "Kitchen temperature monitors and walk-in door alarms",
        "Equipment dealer guide and supply: 24/7 temperature alarms on walk-in coolers and freezers that warn "
        "of power outages or compressor failure before stock is lost, door-ajar alarms that cut energy waste, "
        "and monitoring systems that log data and corrective actions for the HACCP plan.",
    ),
    (
        "lVo072",
        "en",
        "alacart_tm",
        "Wireless real-time temperature monitoring for foodservice",
        "System of temperature modules attached to holding equipment, a translator unit near the ceiling or "
        "wireless access point, and a server in the chef's or manager's office; it calls or pages staff whenever "
        "temperatures leave the compliance range and keeps data indefinitely for HACCP reports in Excel.",
    ),
    (
        "lVo073",
        "en",
        "phd_iot",
        "IoT food-safety platform for restaurants and convenience stores",
        "Sensors collect refrigeration and hot-holding temperatures continuously instead of manual logs, cutting "
        "labour and product loss, and analyse equipment performance as a leading indicator so critical control "
        "points move upstream and food safety is linked with asset maintenance.",
    ),
    (
        "lVo074",
        "en",
        "cordoba_iot",
        "Low-cost open-source IoT temperature monitoring for refrigerated cabinets",
        "University research team offering a low-cost design based on ESP8266 Wi-Fi microcontrollers and DS18B20 "
        "sensors, with data stored and processed on the ThingSpeak cloud platform; robust and extendable to "
        "light control and energy efficiency of refrigerated cabinets.",
    ),
    (
        "lVo075",
        "en",
        "sc_hospkit",
        "Digital kitchen audit checklist for hospital catering",
        "Inspection app template for hospital kitchens covering access policy, PPE, cleanliness, bins, store "
        "rooms, fridges and freezers, labelling and stock rotation, temperature control, chemical storage, "
        "first aid, equipment maintenance, ventilation, drain covers and hot and cold holding; reports are "
        "shared with the team.",
    ),
    (
        "lVo076",
        "en",
        "sc_canteen",
        "Weekly school canteen food-safety checklist on mobile devices",
        "Digital weekly checklist for school canteens: hand hygiene, hot holding at 57 C or above and cold at "
        "5 C or below, FIFO stock with labels and dates, chemicals kept apart, sink set-up and sanitiser "
        "concentration checks, thermometer calibration, covered bins, pest-control schedule and temperature logs.",
    ),
    (
        "lVo077",
        "en",
        "hst_level2",
        "Level 2 Food Hygiene and Safety for Catering online course",
        "Accredited online course for food handlers in restaurants, hotels, hospitals, schools and colleges: "
        "legislation, microbiological hazards and safe handling; certificate posted the next working day as "
        "audit evidence, with a recommended renewal after 3 years.",
    ),
    (
        "lVo078",
        "en",
        "urbane_fh",
        "Food Handlers Certificate training for hospitality staff",
        "Interactive course for kitchen hands, cooks, chefs, catering and food and beverage staff, and also "
        "housekeeping and laundry staff: responsibilities under food law, identifying food hazards, removing or "
        "minimising them at work, and reporting procedures.",
    ),
    (
        "lVo079",
        "en",
        "cky_cold",
        "Cold-storage temperature monitoring design for HACCP compliance",
        "Engineering guide and service for cold and frozen storage: regulatory requirements, system "
        "architecture, sensor selection, anomaly alerts and data management, moving from manual patrol records "
        "to automated sensing with real-time alerts and cloud records for the cold chain.",
    ),
    # distractor (food safety)
    (
        "lVo080",
        "vi",
        "gpgm_chalua",
        "Kiểm nghiệm chả lụa, giò sống, chả viên để công bố sản phẩm",
        "Nhận kiểm nghiệm chỉ tiêu vi sinh, kim loại nặng, hàn the, phẩm màu và chất bảo quản cho cơ sở sản "
        "xuất giò chả từ thịt, lấy kết quả làm hồ sơ công bố sản phẩm trước khi đưa ra thị trường.",
    ),
    # --- energy and water saving in hotels ---
    (
        "lVo081",
        "vi",
        "cnxln_hp",
        "Hệ thống nước nóng trung tâm bơm nhiệt (heat pump) cho khách sạn, resort",
        "Thiết kế, lắp đặt hệ nước nóng trung tâm dùng bơm nhiệt hấp thụ nhiệt từ không khí thay cho bình nóng "
        "lạnh điện trở từng phòng: tiết kiệm đến 75–80% điện năng, có đường hồi để mở vòi là có nước nóng, áp "
        "lực mạnh, dung tích lớn, an toàn điện, quản lý tập trung; cho biệt thự, nhà nghỉ, khách sạn, resort.",
    ),
    (
        "lVo082",
        "vi",
        "tgbn_hp",
        "Bơm nhiệt nước nóng cho khách sạn, bệnh viện: bài toán đầu tư và hoàn vốn",
        "Cung cấp hệ heat pump 300 L giá khoảng 25–40 triệu đồng, phục vụ liên tục 4–6 phòng tắm, hệ số COP "
        "3,5–4,2 (1 kWh điện cho 3,5–4,2 kWh nhiệt), giảm 60–70% điện đun nước so với bình nóng lạnh; với "
        "khách sạn 20 phòng tiết kiệm khoảng 1–3 triệu đồng mỗi tháng; ít hỏng vặt, bảo trì đơn giản.",
    ),
    (
        "lVo083",
        "vi",
        "ktnlvn",
        "Dịch vụ kiểm toán năng lượng cho cơ sở sử dụng năng lượng",
        "Đo lường, phân tích, đánh giá tiêu thụ năng lượng để xác định tiềm năng tiết kiệm và đề xuất giải "
        "pháp sử dụng hiệu quả theo Luật sử dụng năng lượng tiết kiệm và hiệu quả số 50/2010/QH12; giúp giảm "
        "chi phí vận hành, tuân thủ quy định, giảm phát thải carbon.",
    ),
    (
        "lVo084",
        "vi",
        "epu_ktnl",
        "Hướng dẫn lập báo cáo kiểm toán năng lượng cho khách sạn",
        "Khoa công nghệ năng lượng của một trường đại học điện lực chia sẻ khung báo cáo kiểm toán năng lượng "
        "khách sạn: tiềm năng tiết kiệm, khả năng triển khai các giải pháp, kế hoạch thực hiện, phạm vi kiểm "
        "toán, phương pháp đo, dựa trên khảo sát một số khách sạn tại Việt Nam.",
    ),
    (
        "lVo085",
        "vi",
        "tieuchi_chiller",
        "Tư vấn chọn và bảo dưỡng điều hòa trung tâm Chiller, VRV/VRF cho khách sạn",
        "Khách sạn lớn trên 100 phòng hợp với Chiller (COP 4,5–6, khoảng 50 USD/m²), khách sạn 50–150 phòng hợp "
        "VRV/VRF (COP 4,3–5,6, khoảng 70–80 USD/m², vận hành đơn giản). Đơn vị nhận tư vấn lựa chọn và quy "
        "trình bảo dưỡng định kỳ hệ thống chiller để giữ hiệu suất.",
    ),
    (
        "lVo086",
        "en",
        "la_chiller",
        "Optimising the operating regime of central chiller plants",
        "Doctoral research turned into a service: modelling and optimising how chillers, pumps and cooling "
        "towers of a central cooling plant are run so that operating electricity is minimised in hot, humid "
        "climates, in line with the national programme on efficient energy use.",
    ),
    (
        "lVo087",
        "en",
        "bk_bms",
        "Building management system (BMS) design for energy saving",
        "Research of a technical university applied to real buildings: a BMS that monitors and controls air "
        "conditioning, ventilation, lighting, pumps and lifts by schedule and demand and records energy use by "
        "area, helping buildings and hotels run economically.",
    ),
    (
        "lVo088",
        "vi",
        "hoics_led",
        "Chiếu sáng xanh bằng đèn LED và điều khiển thông minh cho tòa nhà",
        "Hội nghề nghiệp chiếu sáng tư vấn thay đèn truyền thống bằng LED cho tòa nhà và đường phố: chỉ cần "
        "10–20% điện năng, tuổi thọ 30.000 đến trên 50.000 giờ, giảm khoảng 1/3 phát thải carbon, kết hợp điều "
        "khiển chiếu sáng thông minh và nguồn năng lượng sạch, tiết kiệm đến 80% năng lượng.",
    ),
    (
        "lVo089",
        "vi",
        "etek_pv",
        "Điện mặt trời áp mái cho doanh nghiệp, tòa nhà thương mại",
        "Khảo sát, thiết kế và lắp đặt hệ pin quang điện trên mái nhà xưởng, tòa nhà, trung tâm thương mại, "
        "quy mô từ vài chục kWp đến hàng chục MWp, để doanh nghiệp tự chủ một phần điện, giảm hóa đơn và phụ "
        "thuộc lưới điện; gồm tấm pin, inverter, hệ giám sát và khung đỡ.",
    ),
    (
        "lVo090",
        "en",
        "ia_controls",
        "Smart guestroom controls linked to the hotel property management system",
        "Connected lighting and room controls that read sold or unsold status from the PMS and real-time "
        "occupancy from ceiling and door-frame sensors, then step temperature back 1-2 degrees, switch off "
        "lights and TV and close curtains when a room is empty, with a welcome scene on arrival; replaces "
        "keycard slots that guests and staff defeat with spare cards.",
    ),
    (
        "lVo091",
        "en",
        "mk_eco",
        "Guestroom eco-mode based on door and motion sensors",
        "Room control system that uses a door sensor and two motion sensors, one in the bedroom and one in the "
        "bathroom, to tell with high accuracy whether a room is occupied and switch HVAC and lighting off when "
        "it is not, so guests no longer need a keycard holder that can be cheated.",
    ),
    (
        "lVo092",
        "en",
        "ht_ems",
        "Hotel energy management systems with occupancy sensing",
        "Hardware and software that apply room profiles when in-room sensors find no guest, letting "
        "thermostats drift and turning off lights and TVs (a room can be empty nearly 70 percent of the time), "
        "preparing rooms at check-in, tracking HVAC run-times for filter changes and flagging failing units.",
    ),
    (
        "lVo093",
        "vi",
        "wps_auto",
        "Chương trình tự động hóa phòng khách sạn của công ty điện lực",
        "Chương trình hỗ trợ doanh nghiệp lưu trú: cảm biến hiện diện trong phòng tắm có đèn ngủ và thời gian "
        "chờ đến 1 giờ, bộ điều khiển điều hòa và chiếu sáng toàn phòng, nhiều loại không dây để giảm chi phí "
        "lắp đặt; các nghiên cứu cho thấy tiết kiệm 25–44% năng lượng mỗi phòng.",
    ),
    (
        "lVo094",
        "en",
        "mei_lowflow",
        "Low-flow faucet aerators and showerheads retrofit",
        "Engineering retrofit for buildings with old fixtures: 0.5 gpm faucet aerators or flow regulators and "
        "low-consumption showerheads, checking existing flow with a bucket and stopwatch first and repairing "
        "leaks; a showerhead or two faucet regulators cost USD 15-25 and payback is usually under a year.",
    ),
    (
        "lVo095",
        "en",
        "chla_iwc",
        "Indoor water conservation audits and flow control for hotel rooms",
        "Audit firm that measures real shower and sink flows in guest rooms: 70 percent of the water used in "
        "hotel rooms is heated and 80 percent of audited hotels waste it; fitting the right flow-control discs "
        "keeps showers at 1.8 gpm and sinks at 1 gpm, cutting water, heating and pumping energy.",
    ),
    (
        "lVo096",
        "en",
        "elt_aerator",
        "Tap water savers and flow regulators for tourist accommodation",
        "Eco-label technical sheet turned into a supply offer: aerators screwed onto taps cut flow from about "
        "12 to 4-8 litres a minute with savings of 10-70 percent without loss of comfort; includes a simple "
        "method to check flow with a cut plastic bottle.",
    ),
    (
        "lVo097",
        "vi",
        "ree_fittings",
        "Thiết bị vệ sinh tiết kiệm nước cho khu khách của khách sạn, nhà hàng",
        "Giải pháp chi phí thấp: sục khí, van hạn lưu, sen tắm lưu lượng thấp (mỗi chiếc tiết kiệm khoảng 98 "
        "euro/năm), bồn tiểu không nước (khoảng 375 euro/năm), vòi trộn ổn nhiệt; đầu tư 20–200 euro, hoàn vốn "
        "2–10 tháng, dùng cho hệ cấp nước có áp lực từ 1 bar.",
    ),
    (
        "lVo098",
        "en",
        "ukrma_gwr",
        "Turnkey greywater recycling for hotels and hostels",
        "Greywater recycling systems that collect water from showers, baths and basins, treat and store it for "
        "toilet flushing, laundry and irrigation; well matched to multi-storey hotels where bathing and flushing "
        "dominate use; suppliers offer turnkey installation with ongoing maintenance and good payback.",
    ),
    (
        "lVo099",
        "vi",
        "gba_grey",
        "Hệ thống tái chế nước xám cho cơ sở lưu trú, nhà hàng",
        "Bể chứa có lọc, bơm và đường ống thiết kế theo nhu cầu giặt giũ, vệ sinh của khách sạn, thêm lọc cát, "
        "clo, ozone hoặc UV khi cần, để dùng lại nước cho chính các công việc đó hoặc tưới cây; mỗi hệ thống "
        "được thiết kế riêng, thời gian hoàn vốn 2–3 năm.",
    ),
    (
        "lVo100",
        "en",
        "bize_grey",
        "Greywater recycling for restaurant restrooms",
        "Supplier of greywater systems that capture lightly used water from drains and reuse it for toilet "
        "flushing and subsurface irrigation; for a restaurant with 200 diners a day using the washroom, this can "
        "take up to 40 percent off the water bill.",
    ),
    (
        "lVo101",
        "en",
        "ahla_linen",
        "Towel and linen reuse programme toolkit for hotels",
        "Guideline and in-room materials (table brochures, door hangers, pillow cards) letting guests choose "
        "not to have linens washed daily: about 17 percent fewer laundry loads; a 300-room hotel saves about "
        "51,840 gallons of water, 346 gallons of detergent and some USD 15,957 a year.",
    ),
    (
        "lVo102",
        "en",
        "th_greensuites",
        "Linen and towel reuse door hangers and pillow cards",
        "Supplier of printed reuse materials with nature and wildlife images; properties using them typically "
        "see 80 percent guest participation, and a 100-room hotel can save about USD 15,000 a year in energy, "
        "water, linen wear and housekeeping labour.",
    ),
    (
        "lVo103",
        "en",
        "esrt_lotus",
        "Green Lotus sustainable tourism label programme for hotels",
        "National label with five levels awarded to accommodation that protects the environment and uses "
        "energy and resources efficiently; the programme includes staff training, marketing under the Green "
        "Lotus brand and guidance to save money on energy and water.",
    ),
    (
        "lVo104",
        "en",
        "mtdl_guide",
        "Green hotel guidebook for resource management",
        "Guidebook from the tourism administration, a city energy conservation centre and a French energy "
        "agency, built from a nine-year programme that cut participating hotels' energy and water bills by 10 "
        "percent: benchmarks, self-assessment, simple actions like correct air-conditioning set points and "
        "maintenance, and steps towards ISO 14001.",
    ),
    # distractors (energy)
    (
        "lVo105",
        "vi",
        "spc_pv",
        "Điện mặt trời áp mái dân dụng cho hộ gia đình",
        "Lắp hệ pin mặt trời Mono PERC cho nhà ở: hệ hòa lưới 3 kWp khoảng 15–20 triệu đồng, hệ hybrid thêm "
        "30–50 triệu cho pin lưu trữ 5 kWh, tuổi thọ 25–30 năm, tiết kiệm 50–90% hóa đơn điện gia đình.",
    ),
    (
        "lVo106",
        "vi",
        "mine_vfd",
        "Điều khiển biến tần tiết kiệm điện cho máy nén khí và tời trục mỏ hầm lò",
        "Viện khoa học công nghệ mỏ chuyển giao giải pháp truyền động điện có biến tần cho máy nén khí và tời "
        "trục trong mỏ than hầm lò, môi trường có khí bụi nổ, ẩm và nóng.",
    ),
    # --- waste sorting in hospitality ---
    (
        "lVo107",
        "vi",
        "gh_kaya",
        "Kiểm toán rác thải và tái chế rác hữu cơ cho khách sạn",
        "Tổ chức môi trường thực hiện kiểm toán rác tại khách sạn vào mùa đông khách và mùa vắng khách, rồi tập "
        "huấn nhân viên làm chất tẩy rửa sinh học từ rác hữu cơ: một khách sạn đã tái chế 43,2 kg rác hữu cơ "
        "thành 144 lít nước lau sàn, lau kính sau 6 tháng, mỗi tuần có 5 lít lau sàn và 1 lít lau kính, tiết "
        "kiệm khoảng 400.000 đồng mỗi tháng.",
    ),
    (
        "lVo108",
        "vi",
        "dut_fb",
        "Khảo sát phát sinh và tiềm năng thu hồi rác tái chế cho cơ sở ăn uống",
        "Nhóm nghiên cứu trường đại học bách khoa nhận khảo sát, cân và phân tích thành phần chất thải rắn của "
        "quán cà phê, nhà hàng (đã làm với 400 cơ sở trong 7 ngày liên tục), xác định hệ số phát sinh theo chỗ "
        "ngồi mỗi ngày theo loại hình và quy mô, đánh giá phần có thể tái chế để tổ chức phân loại.",
    ),
    (
        "lVo109",
        "vi",
        "mtpd_bins",
        "Thùng rác nhựa phân loại tái chế và không tái chế",
        "Công ty công nghiệp – dịch vụ môi trường cung cấp thùng rác nhựa nhiều màu để phân loại rác tái chế "
        "(chai, túi nhựa, giấy bìa) và không tái chế, giúp công nhân vệ sinh thu gom dễ hơn và biến rác thành "
        "tài nguyên; phù hợp khu công cộng, cơ quan, khách sạn.",
    ),
    (
        "lVo110",
        "en",
        "micron_hotel",
        "On-site kitchen waste composting units for hotels",
        "Small integrated food-waste treatment stations installed next to the hotel: high-temperature aerobic "
        "fermentation with a special bacterial enzyme mix at 55-65 C turns kitchen waste into compost within "
        "24 hours, avoiding transport costs, leachate and odour; non-organic items such as bags and tableware "
        "must be sorted out first.",
    ),
    (
        "lVo111",
        "en",
        "xykj_kitchen",
        "Food waste source-reduction equipment for canteens and restaurants",
        "Equipment for schools, enterprise canteens, government kitchens and restaurants that separates "
        "water, oil and solids from kitchen waste at source, cutting volume by more than 80 percent at low "
        "treatment cost; kitchen waste is 80-90 percent water and rots quickly in heat.",
    ),
    (
        "lVo112",
        "en",
        "guardian_winnow",
        "Smart meter that weighs and costs kitchen food waste",
        "Electronic scale under the bin with a touch-screen tablet: staff tag what they throw away, the system "
        "shows its cost and cloud software analyses daily waste for the chef. In an 11-kitchen catering pilot "
        "waste fell by 50 percent, over 10,000 plated meals a year.",
    ),
    (
        "lVo113",
        "en",
        "sb_leanpath",
        "Digital food waste scales for hospital, hotel and university kitchens",
        "Scales that record the weight, price and reason for each discarded food item so managers can find "
        "overproduction (the mashed potatoes problem) and change kitchen behaviour in large institutional "
        "kitchens.",
    ),
    (
        "lVo114",
        "vi",
        "satw_kitro",
        "Thiết bị phân tích rác thực phẩm bằng camera cho nhà hàng, căng tin",
        "Bộ thiết bị gồm cân công nghiệp, camera và máy tính nhỏ đặt dưới thùng rác sẵn có: mỗi lần bỏ rác, cân "
        "kích hoạt camera chụp ảnh gửi lên máy chủ phân tích, cho biết món nào, công đoạn nào gây lãng phí thực "
        "phẩm có thể tránh được.",
    ),
    (
        "lVo115",
        "vi",
        "tn_biodiesel",
        "Sản xuất biodiesel từ dầu ăn phế thải của nhà hàng",
        "Trung tâm công nghệ lọc hóa dầu của một trường đại học bách khoa chạy dự án thử nghiệm biodiesel từ "
        "dầu ăn phế thải công suất 2 tấn/ngày (2 tấn dầu thải cho 1,8 tấn biodiesel) để thay diesel cho xe buýt, "
        "xe tải, tàu thủy, thay vì dầu chiên đi chiên lại đến cháy đen rồi đổ xuống cống.",
    ),
    (
        "lVo116",
        "vi",
        "bm_ecooil",
        "Máy gom dầu ăn đã qua sử dụng tự động cho chuỗi nhà hàng, bếp ăn KCN",
        "Hệ thống máy thu gom dầu ăn cũ đặt tại tòa nhà, chuỗi nhà hàng, bếp ăn khu công nghiệp: mỗi máy chứa "
        "tối đa 100 kg, theo dõi qua ứng dụng, ghi chính xác lượng dầu thu được; dầu được tái chế thành nhiên "
        "liệu sinh học, đơn vị có thêm nguồn thu và đạt tiêu chí ESG.",
    ),
    (
        "lVo117",
        "en",
        "nwb_uco",
        "Used cooking oil collection and grease trap cleaning for restaurants",
        "Collection service that picks up restaurants' waste cooking oil, transports it to processing plants "
        "and recycles it into biofuels, paying the restaurant for its oil, and also cleans grease traps so "
        "kitchens avoid clogged drains and illegal dumping.",
    ),
    (
        "lVo118",
        "en",
        "bt_oleron",
        "Free used cooking oil collection for restaurants, canteens and schools",
        "Local waste service collecting about 100-110 tonnes a year of used frying oil from restaurants, nursing "
        "homes, canteens and schools, filtering it and selling it to biofuel and cleaning-product makers; "
        "restaurants that once paid about 10 euros a litre for disposal now pay nothing.",
    ),
    (
        "lVo119",
        "vi",
        "hufi_bsf",
        "Xử lý chất thải hữu cơ nhà hàng bằng ấu trùng ruồi lính đen",
        "Nhóm nghiên cứu của hai trường đại học chuyển giao quy trình nuôi ấu trùng ruồi lính đen (Hermetia "
        "illucens) trên rác rau củ, chất thải nhà hàng chay và nhà hàng; ấu trùng phát triển tốt nhất trên chất "
        "thải nhà hàng chay, mô hình hiệu quả kinh tế, hợp quy mô hộ và nông thôn.",
    ),
    (
        "lVo120",
        "vi",
        "vnb_hungdien",
        "HTX nuôi ruồi lính đen nhận rác hữu cơ làm phân bón, thức ăn chăn nuôi",
        "Hợp tác xã nuôi ruồi lính đen trong nhà lưới kín, chia khu nuôi ấu trùng và ruồi trưởng thành, dùng "
        "rau củ quả bỏ đi ở chợ quanh vùng (hàng chục tấn mỗi ngày) làm thức ăn; vòng đời 30–45 ngày, tạo phân "
        "bón và thức ăn chăn nuôi, sẵn sàng nhận thêm nguồn rác hữu cơ.",
    ),
    (
        "lVo121",
        "en",
        "plmt_magalarva",
        "Hotel organic waste collection for black soldier fly larvae",
        "Business model that collects organic waste from food factories, markets and hotels and feeds it to black "
        "soldier fly larvae, which eat four times their body weight a day, turning it into protein for animal "
        "feed and cutting waste processing time from two months to two days.",
    ),
    (
        "lVo122",
        "vi",
        "rvo_ytbins",
        "Thùng rác nhựa y tế theo màu quy định của Thông tư 20/2021/TT-BYT",
        "Cung cấp thùng rác y tế: xanh cho rác sinh hoạt như thức ăn thừa, vỏ trái cây (khoảng 80% lượng rác), "
        "vàng cho chất thải lây nhiễm từ phòng mổ, phòng xét nghiệm, trắng cho giấy, nhựa, kim loại, thủy tinh "
        "tái chế, đen cho chất thải nguy hại không lây nhiễm; cho bệnh viện, phòng khám.",
    ),
    (
        "lVo123",
        "en",
        "ahla_refill",
        "Refillable bathroom amenity dispensers for hotels",
        "Switching from individual amenity bottles to two locking, tamper-proof refillable dispensers per "
        "bathroom saves about USD 0.16 per room per day in product, water and labour; for a 300-room hotel at 60 "
        "percent occupancy that is USD 10,512 a year against a USD 12,000 investment at USD 40 per bathroom.",
    ),
    (
        "lVo124",
        "en",
        "wenesy_disp",
        "Wall-mounted refill dispensers replacing miniature toiletry bottles",
        "Manufacturer of durable wall dispensers that last 5-10 years and are refilled from 1-5 litre bulk "
        "containers, replacing thousands of 20-40 ml bottles that are usually thrown away half used and rarely "
        "recycled.",
    ),
    (
        "lVo125",
        "en",
        "pfp_hotel",
        "Plastic-free hotel guide and swap selector",
        "Free online tool for hotels to choose which single-use plastics to eliminate and how: separate labelled "
        "rubbish and recycling bins without liners, no single-use water bottles, filtered tap water jugs and "
        "refill stations, reusable bottles for guests, post-mix drinks instead of bottled beverages.",
    ),
    (
        "lVo126",
        "vi",
        "hnn_mgreen",
        "Ứng dụng chợ phế liệu trực tuyến kết nối bán rác tái chế",
        "Hệ thống ứng dụng di động kết nối người bán rác tái chế đã phân loại với người thu mua, vựa phế liệu "
        "và nhà máy tái chế: đặt lịch thu gom tại chỗ, nhận tiền hoặc điểm theo khối lượng; sau 2 năm thí điểm "
        "đã thu hơn 210 tấn rác tái chế với gần 3.000 hộ tham gia và các tổ ve chai công nghệ.",
    ),
    (
        "lVo127",
        "vi",
        "vtv9_veca",
        "App ve chai công nghệ thu mua phế liệu tận nơi",
        "Ứng dụng đặt lịch bán ve chai: chọn giờ, chọn chỗ là người thu mua đến tận nơi lấy bìa carton, vỏ lon, "
        "chai nhựa đã phân loại; hơn 43.000 lượt tải, đã thu gom trên 180 tấn phế liệu.",
    ),
    (
        "lVo128",
        "vi",
        "r1_machine",
        "Máy thu gom và phân loại rác tái chế tự động R One",
        "Máy kiểu ATM nhận chai nhựa, lon và trả thưởng cho người bỏ rác, tự phân loại rác tái chế, tương tự "
        "hệ thống đặt cọc chai lọ ở Na Uy; đặt ở nơi đông người như trường học, khu thương mại, khu du lịch.",
    ),
    # distractors (waste)
    (
        "lVo129",
        "vi",
        "vinacee_cara",
        "Máy phân hủy rác thực phẩm gia đình SmartCara",
        "Phân phối máy xử lý rác thực phẩm Hàn Quốc cho căn hộ: loại 2 lít (xử lý 2 kg rác) hơn 18 triệu đồng, "
        "loại 5 lít hơn 35 triệu đồng, khách chủ yếu là hộ gia đình chung cư, biệt thự, văn phòng nhỏ.",
    ),
    (
        "lVo130",
        "vi",
        "ctu_biogas",
        "Lục bình và rơm làm nguyên liệu nạp bổ sung cho hầm biogas nông hộ",
        "Kết quả nghiên cứu của trường đại học vùng ĐBSCL: ủ yếm khí phân heo với lục bình hoặc rơm sau trồng "
        "nấm trong 35 ngày, giúp nông hộ vẫn vận hành hầm biogas khi thiếu phân heo do dịch bệnh, giá cả.",
    ),
    # --- further offers ---
    (
        "lVo131",
        "en",
        "fsf_nfpa96",
        "Kitchen exhaust system cleaning to NFPA 96, with compliance support",
        "Facility services firm that cleans hoods, grease removal devices, fans and ducts to bare metal before "
        "they become heavily contaminated, provides rooftop grease containment, inspects the whole exhaust "
        "system on the required schedule and acts as the kitchen's consultant on fire code compliance.",
    ),
    (
        "lVo132",
        "en",
        "crc_nfpa96",
        "Hood and duct inspection and cleaning schedule service",
        "Exhaust cleaning contractor working to the fire standard's schedule: monthly for solid-fuel cooking, "
        "quarterly for high-volume 24-hour, charbroil or wok cooking, every six months for moderate volume and "
        "yearly for low volume; switches are locked out before cleaning and listed hoods are tested every 6 months.",
    ),
    (
        "lVo133",
        "en",
        "plo_lodot",
        "Technology transfer of 20-150 kg/h medical waste incinerators",
        "A city technology and equipment market signed a memorandum with a German maker to transfer high-tech "
        "hospital waste incinerators burning 20-150 kg of waste an hour and leaving only about 5-10 percent "
        "ash, for health facilities producing tonnes of waste every day.",
    ),
    (
        "lVo134",
        "vi",
        "hcmut_lodot",
        "Thiết kế, lắp đặt hệ thống đốt rác y tế hai cấp có xử lý khói thải",
        "Trung tâm nghiên cứu công nghệ và thiết bị công nghiệp của trường đại học bách khoa chế tạo, lắp đặt "
        "lò đốt rác y tế đốt 2 lần, chuyển chất hữu cơ thành tro vô cơ, kèm thiết bị xử lý khói thải đạt TCVN "
        "5939-1995.",
    ),
    (
        "lVo135",
        "vi",
        "tl_khongdot",
        "Hướng dẫn chọn công nghệ không đốt xử lý chất thải rắn y tế lây nhiễm",
        "Tài liệu hướng dẫn và tư vấn cho cơ sở y tế: khảo sát nguồn phát sinh, thành phần, khối lượng, hiện "
        "trạng phân loại, thu gom, vận chuyển, lưu giữ chất thải rắn y tế, rồi chọn công nghệ không đốt phù "
        "hợp quy chuẩn; hướng dẫn vận hành, bảo dưỡng và xử lý sự cố thiết bị.",
    ),
    (
        "lVo136",
        "vi",
        "sky_ro",
        "Hệ thống lọc nước RO uống trực tiếp cho trường học",
        "Doanh nghiệp xử lý nước cung cấp hệ lọc thẩm thấu ngược cho trường học để học sinh, giáo viên uống "
        "nước sạch tại vòi, giảm nguy cơ tiêu chảy, nhiễm trùng đường ruột do nước nhiễm vi khuẩn, virus, hóa "
        "chất; khảo sát, lắp đặt và bảo trì lõi lọc.",
    ),
    (
        "lVo137",
        "vi",
        "koro_public",
        "Lắp đặt máy lọc nước uống tại vòi cho nơi công cộng",
        "Quy trình lắp máy lọc nước uống trực tiếp ở nơi công cộng: kiểm tra nguồn nước máy đạt QCVN "
        "01:2009/BYT, nhiệt độ nước cấp 4–38 °C, môi trường 4–45 °C, áp suất 10–50 psi, chống búa nước, để "
        "bảo đảm chất lượng nước đầu ra.",
    ),
    # distractors from neighbouring fields
    (
        "lVo138",
        "vi",
        "oxu_pms",
        "Phần mềm quản lý khách sạn PMS",
        "Phần mềm vận hành khách sạn 10–200 phòng: sơ đồ phòng theo màu (đang ở, sạch, bẩn), đặt phòng, check-in "
        "và check-out, buồng phòng, minibar, doanh thu, khóa thẻ từ, kết nối OTA, hóa đơn điện tử, xem báo cáo "
        "từ xa trên mọi thiết bị.",
    ),
    (
        "lVo139",
        "en",
        "khpt_santavi",
        "Domestically built heat-pump dryers for farm produce",
        "Agricultural machinery company making heat-pump dryers for vegetables, fruit and seafood that keep "
        "colour and flavour, priced about 60 percent below imported equipment of the same kind.",
    ),
    (
        "lVo140",
        "vi",
        "bqn_dua",
        "Máy sấy cơm dừa tự động cho hợp tác xã dầu dừa",
        "Mô hình trình diễn khuyến công: máy sấy cơm dừa tự động giá gần 60 triệu đồng, được hỗ trợ 30%, giúp "
        "hợp tác xã sản xuất dầu dừa nguyên chất cả mùa mưa, khoảng 100 lít dầu mỗi tháng.",
    ),
    (
        "lVo141",
        "en",
        "ozvn_tom",
        "Ozone water treatment for shrimp hatcheries and marine shrimp farms",
        "Ozone company supplying ozonation systems that replace chlorine for treating water in shrimp larval "
        "rearing, broodstock conditioning and grow-out; a light 5-15 ppm chlorine dose can be combined so the "
        "water settles faster.",
    ),
    (
        "lVo142",
        "en",
        "klcn_iqf",
        "IQF quick-freezing lines for processing plants",
        "Design of individual quick freezing lines with fluidised-bed or spiral conveyors, high-pressure fans "
        "and clean-in-place, linked to grading, washing, glazing, packing and cold stores for export shrimp, "
        "squid, fish, fruit and diced vegetables.",
    ),
    (
        "lVo143",
        "vi",
        "avg_capdong",
        "Thi công kho cấp đông nhanh cho doanh nghiệp thủy sản xuất khẩu",
        "Đội kỹ sư cơ điện lạnh thiết kế, thi công, vận hành kho lạnh và kho cấp đông cho nhà máy chế biến "
        "thủy hải sản xuất khẩu sang Nhật, EU, Mỹ, tập trung nhiệt độ cấp đông chuẩn và tốc độ gió để tinh thể "
        "băng nhỏ, không chảy nước khi rã đông.",
    ),
    (
        "lVo144",
        "en",
        "bhd_channuoi",
        "Spray disinfection of livestock housing",
        "Guidance for farms: wear protective gear, clean mechanically, spray approved veterinary disinfectants "
        "such as 10 percent iodine, Benkocid, Virkon or lime once a week, soak feeders and drinkers 60-120 "
        "minutes and leave pens empty at least 12 hours before restocking.",
    ),
    (
        "lVo145",
        "vi",
        "pcw_rau",
        "Truy xuất nguồn gốc rau bằng tem QR cho hợp tác xã",
        "Chương trình tem QR cho rau của hợp tác xã bán ở siêu thị: nông dân nhập nhật ký canh tác, bón phân, "
        "thu hoạch, sơ chế, đóng gói; người mua quét mã bằng Zalo hay ứng dụng đọc QR để xem nguồn gốc; khoảng "
        "5,3 tấn rau mỗi ngày.",
    ),
    (
        "lVo146",
        "en",
        "mkm_towel",
        "Hotel towel manufacturing and selection standards",
        "Textile company with over 60 years in towels supplying hotels and homestays: 100 percent cotton, "
        "cotton-polyester or bamboo towels, recommended 500-700 GSM for durability through frequent industrial "
        "washing, high absorbency and softness.",
    ),
    (
        "lVo147",
        "en",
        "ict_ledtau",
        "LED lamp conversion for fishing boats",
        "A green development centre project fitted nearly 2,000 LED lamps on more than 50 fishing boats, "
        "replacing halogen, mercury and incandescent lamps and cutting fuel costs for offshore fishers.",
    ),
    (
        "lVo148",
        "vi",
        "doan_kem",
        "Quy trình và thiết bị sản xuất kem công nghiệp",
        "Tài liệu quy trình sản xuất kem: phối trộn, đồng hóa, thanh trùng, ủ chín, lạnh đông sơ bộ, thiết bị "
        "lạnh đông, tạo hình, làm cứng và tạo vỏ sô-cô-la cho cơ sở sản xuất kem.",
    ),
    (
        "lVo149",
        "en",
        "vw_ntbv",
        "Hospital wastewater treatment meeting the national medical effluent standard",
        "Environmental company designing medical wastewater plants to QCVN 28:2010/BTNMT: BOD5 at most 30 mg/L, "
        "COD 50 mg/L, TSS 50 mg/L, ammonium 5 mg/L and coliform 3 MPN/100 mL, avoiding fines under Decree "
        "53/2020.",
    ),
    (
        "lVo150",
        "vi",
        "vusta_bep",
        "Bếp đun tiết kiệm nhiên liệu cho hộ gia đình",
        "Xưởng cơ khí nhỏ ở nông thôn sản xuất bếp đun tiết kiệm củi, rơm, trấu cho hộ gia đình, giảm khói và "
        "lượng chất đốt so với bếp kiềng truyền thống.",
    ),
    (
        "lVo151",
        "en",
        "dut_lodotmini",
        "Mini household waste incinerator for rural areas",
        "University research prototype: a 15 kg/h household-scale incinerator with a drying chamber before "
        "combustion; the combustion chamber reaches 840 C and waste moisture falls from 32 to 24 percent after "
        "30 minutes of drying.",
    ),
    (
        "lVo152",
        "vi",
        "ttt_vietgap",
        "Tư vấn chứng nhận VietGAP cho cơ sở trồng trọt, chăn nuôi, thủy sản",
        "Đơn vị luật – tư vấn hướng dẫn điều kiện, hồ sơ để cơ sở sản xuất rau quả, chè, lúa, cà phê, vật nuôi, "
        "cá tra, tôm được chứng nhận thực hành sản xuất nông nghiệp tốt VietGAP, điều kiện để vào siêu thị.",
    ),
    (
        "lVo153",
        "en",
        "ncn_voi",
        "Using lime, povidone iodine and chloramine to disinfect animal pens",
        "Livestock journal guidance on three cheap, easy-to-find disinfectants for animal housing: the "
        "difference between quicklime, slaked lime and lime milk, and how to dilute povidone iodine and "
        "chloramine correctly.",
    ),
    (
        "lVo154",
        "en",
        "sth_towel",
        "Cotton bath towel factory production",
        "Towel factory process from cotton sourcing, ginning and spinning to eco-friendly yarn dyeing and terry, "
        "velour or jacquard weaving, supplying bath towels in many colours.",
    ),
    (
        "lVo155",
        "en",
        "tp_saynongsan",
        "Advice on choosing drying technology for farm produce",
        "Agricultural university lecturer helping processors choose dryers (hot-air, cold, heat-pump, freeze, "
        "spray, vacuum) from the psychrometric chart and equilibrium moisture of the material, as a basis for "
        "dryer purchase contracts.",
    ),
    (
        "lVo156",
        "vi",
        "btn_bepdk",
        "Bếp đun và lò sao chè cải tiến ĐK",
        "Dự án hội phụ nữ hỗ trợ hộ dân xây bếp đun cải tiến và lò sao chè: giảm 40–70% khói bụi, giảm 40–50% "
        "chất đốt, hỗ trợ 60.000 đồng mỗi bếp xách tay, 150.000 đồng bếp cố định, 300.000 đồng lò sao chè.",
    ),
    # --- counterpart offers in the other language ---
    (
        "lVo157",
        "en",
        "fsh_induction",
        "Consulting and training for restaurant kitchens moving to induction",
        "Eco-kitchen consultancy that trains institutions and operators switching from gas to induction: "
        "a gas range cooks on average 38.6 lb of food an hour against 70.9 lb for an induction range, cookware "
        "only heats the pan so kitchens stay cooler and burns are fewer; higher upfront cost is recovered through "
        "energy savings.",
    ),
    (
        "lVo158",
        "en",
        "aspcv_hp",
        "Heat pump hot water systems replacing LPG boilers in hotels",
        "For a 4-star hotel burning 35-50 kg of LPG a day for guest bathing water, the company installed a 28 kW "
        "rooftop heat pump integrated with the existing calorifier in three days, supplying 40-90 C water with "
        "thermal energy monitoring; about 70 percent saving, also offered on rental.",
    ),
    (
        "lVo159",
        "en",
        "famavi_haccp",
        "Written HACCP plans for food service operations",
        "Food safety experts who write HACCP plans for restaurants and food service businesses, identifying and "
        "preventing biological, chemical and physical hazards in handling and preparation, and work with the "
        "health department until the plan is approved.",
    ),
    (
        "lVo160",
        "vi",
        "tkfire_rg",
        "Thi công hệ thống chữa cháy bếp Range Guard bằng hóa chất ướt",
        "Lắp đặt hệ thống chữa cháy tự động cho bếp nhà hàng, khách sạn, trường học, bệnh viện: bình hóa chất "
        "K (potassium carbonate) 1,25–6 gallon, đầu dò nhiệt nóng chảy ở 182 °C kéo cáp kích hoạt đầu điều khiển "
        "xả hóa chất qua đầu phun trên chụp hút và bếp, kèm nút kéo xả bằng tay.",
    ),
    (
        "lVo161",
        "vi",
        "tnu_khlanh",
        "Giám sát nhiệt độ, độ ẩm kho lạnh qua Internet",
        "Kết quả luận văn của trường đại học công nghệ thông tin được đóng gói thành giải pháp: cảm biến đo "
        "nhiệt độ, độ ẩm kho lạnh, điều khiển bộ phận làm lạnh, lưu lịch sử thông số và giám sát, cảnh báo từ "
        "xa qua mạng cho chủ kho, nhà hàng, bếp ăn.",
    ),
    (
        "lVo162",
        "en",
        "prud_pest",
        "Restaurant and bar pest control and roach inspections",
        "Exterminator serving restaurants and bars that must keep pest control services: inspections of warm, "
        "moist harbourages under and behind appliances, dishwashing equipment, ovens, fryers, utility closets "
        "and trash areas, followed by treatment of roaches, rodents and flies.",
    ),
    (
        "lVo163",
        "en",
        "metro_led",
        "LED retrofit for hotel guest rooms and ceilings",
        "LED retrofit programme for hotels: in a typical 200-room hotel, 1,500 guest-room 60 W bulbs are replaced "
        "by 9 W LED lamps rated 50,000 hours and 400 ceiling 50 W MR16 lamps by 9 W LEDs, cutting relamping to "
        "zero for five years; energy savings usually pay the retrofit back within two years.",
    ),
    (
        "lVo164",
        "vi",
        "ctw_soap",
        "Thu gom xà phòng, dầu gội dùng dở của khách sạn để tái chế",
        "Tổ chức tình nguyện thu gom xà phòng và chai dầu gội, sữa tắm dùng dở mà khách bỏ lại, thanh trùng, tái "
        "chế rồi tặng cho cộng đồng khó khăn thay vì đổ ra bãi rác; đã có hơn 4.000 khách sạn tham gia.",
    ),
]
