"""Offers for labelled set holdout76 (industrial wastewater, sludge and air-emission treatment).

Rows: (id, language, source key, title, description). Written blind; each row paraphrases the page in S.
"""

OFFERS = [
    # --- seafood and food-factory wastewater ---
    (
        "kZo001",
        "vi",
        "surimi",
        "Hệ thống xử lý nước thải chế biến surimi 300 m3/ngày đêm, 10 công đoạn",
        "Đơn vị môi trường nhận thiết kế, thi công trọn gói hệ thống xử lý nước thải surimi: nước thải có COD tới 36.000 mg/l, "
        "BOD5 4.000–15.000 mg/l, dầu mỡ 100–500 mg/l. Chuỗi 10 công đoạn từ bể gom, lọc rác tinh, tách mỡ, xử lý sinh học đến khử trùng, "
        "chịu được sốc tải và đạt QCVN 11:2008 cột B; có công trình tham chiếu 300 m3/ngày đêm.",
    ),
    (
        "kZo002",
        "en",
        "vesaco_aq",
        "Aquatic-product wastewater treatment service (design and build)",
        "Environmental engineering firm treating effluent from seafood processing plants: production water from processing and "
        "equipment washing (organics, suspended solids, residues, grease) plus canteen and toilet water. Survey of the raw-material "
        "mix and detergents, laboratory analysis of the wastewater, then a tailored treatment line.",
    ),
    (
        "kZo003",
        "en",
        "iasri_sf",
        "Anaerobic digestion plus algae ponds for fish-processing effluent",
        "Academic extension package for fish factories: dissolved air flotation ahead of activated sludge to capture oil, grease and "
        "protein; anaerobic digester as the main biological step; digester effluent polished in shallow ponds growing Chlorella and "
        "photosynthetic bacteria usable as fish or shrimp feed. Guidance on avoiding red, smelly lagoon effluent.",
    ),
    (
        "kZo004",
        "vi",
        "dongphat_ts",
        "Thiết kế, thi công hệ thống xử lý nước thải chế biến thủy sản",
        "Công ty môi trường tư vấn và xây dựng hệ thống xử lý cho nhà máy đông lạnh, khô, nước mắm, bột cá: tách riêng nước thải sản xuất "
        "(rửa nguyên liệu, vệ sinh thiết bị, nhà xưởng) và nước thải sinh hoạt; xử lý vụn thịt, máu, ruột dễ phân hủy gây mùi; "
        "chọn công nghệ ổn định, chi phí vận hành hợp lý.",
    ),
    (
        "kZo005",
        "vi",
        "vinaenvi_tom",
        "Xử lý nước thải nhà máy chế biến tôm đông lạnh đạt QCVN 11-MT:2015",
        "Nhận thiết kế – thi công hệ thống xử lý cho xưởng tôm: nước thải từ rửa, rã đông, lột vỏ, làm sạch nội tạng và vệ sinh sàn "
        "chứa protein, dầu mỡ, vụn vỏ, BOD/COD cao, nitơ, photpho. Quy trình tách rác – tuyển nổi – sinh học – khử trùng bảo đảm "
        "đầu ra theo QCVN 11-MT:2015/BTNMT.",
    ),
    (
        "kZo006",
        "vi",
        "mancao_ts",
        "Bùn hoạt tính thích nghi độ mặn cao cho nước thải thủy sản",
        "Kết quả nghiên cứu (luận văn 119 trang) ứng dụng bùn hoạt tính đã thích nghi với muối để xử lý nước thải chế biến thủy sản có "
        "độ mặn cao; nhóm nghiên cứu có thể chuyển giao quy trình nuôi cấy, thích nghi bùn và thông số vận hành cho nhà máy.",
    ),
    (
        "kZo007",
        "en",
        "tay_sf",
        "Characterisation and pretreatment design for seafood-plant effluent",
        "University engineers (NTU Singapore, Cleveland State) offer effluent characterisation and treatment design for seafood plants: "
        "BOD loads range from 1 to 72.5 kg per tonne of product (12.5–37.5 kg/t for white-fish filleting), with high fat, oil, grease "
        "and nitrogen from blood; covers screening, primary treatment and biological options.",
    ),
    (
        "kZo008",
        "en",
        "saline_sf",
        "Anaerobic treatment of saline, sulfate-rich seafood cooking effluent",
        "Process know-how for high-salinity seafood wastewater where seawater is used or shellfish release saline water: mussel, tuna "
        "and octopus cooking streams carry 12.4–16.9 g/l COD and 2.1–2.7 g/l sulfate; fishmeal stick-water reaches 55.4 g/l COD. "
        "Reactor design accounts for salt and sulfide inhibition.",
    ),
    (
        "kZo009",
        "vi",
        "dua_mocay",
        "Thiết kế hệ thống xử lý nước thải nhà máy chế biến dừa 200 m3/ngày",
        "Khoa Môi trường – Tài nguyên, ĐH Nông Lâm TP.HCM: tính toán, thiết kế hệ thống xử lý nước thải nhà máy dừa khô nạo sấy công "
        "suất 200 m3/ngày đêm (tổng quan tính chất nước thải chế biến dừa, so sánh phương án, bản vẽ và dự toán).",
    ),
    (
        "kZo010",
        "vi",
        "thachdua_bt",
        "Mô hình khép kín sản xuất – bảo vệ môi trường cho làng nghề thạch dừa",
        "Đề xuất của ĐH Công nghệ TP.HCM (luận văn thạc sĩ 2016): mô hình khép kín tận dụng nước dừa, nước thải chua và phụ phẩm của "
        "các cơ sở thạch dừa, kèm phương án thu gom, xử lý nước thải tập trung cho làng nghề.",
    ),
    (
        "kZo011",
        "en",
        "env_uasb_food",
        "UASB anaerobic treatment plants for the food industry",
        "Supplier of biological treatment plants for food and beverage effluent, building on UASB reactors first piloted at a Dutch "
        "beet-sugar plant in the 1970s and since used at sugar refineries and potato-starch factories. Anaerobic and aerobic stages "
        "combined to suit organic, FOG-bearing wastewater and the local discharge limit.",
    ),
    (
        "kZo012",
        "en",
        "uasb_brew",
        "Full-scale UASB for high-solids beverage effluent in a tropical climate",
        "Case-based design service: a 500 m3 UASB at roughly 24 h HRT, seeded with activated sludge, ran two years at ambient tropical "
        "temperature, cutting COD by about 57 %, total solids by 50 % and settleable solids by 90 % so the brewery met its sewer limits. "
        "Post-treatment advised because nutrients rise across the reactor.",
    ),
    (
        "kZo013",
        "en",
        "biodaf_up",
        "Bioflocculant-supported DAF pretreatment for poultry slaughter wastewater",
        "University of Pretoria research offer: DAF dosed at 2 % (v/v) with bioflocculants from Comamonas aquatica and Bacillus sp. "
        "removed 91 % TSS, 79 % protein and 93 % lipids at steady state, outperforming alum (84 %, 71 %, 92 %). Transfer of strains "
        "and dosing protocol to processors.",
    ),
    (
        "kZo014",
        "en",
        "arsistek_fog",
        "FOG removal: grease traps, DAF and DAF–MBR trains",
        "Engineering contractor active in 21 countries sizes fat, oil and grease removal: grease trap below 50 mg/l FOG, DAF for "
        "50–500 mg/l, and DAF followed by UASB or MBR for slaughterhouse and dairy effluent above 1,000 mg/l, protecting the biology "
        "from surface films and oxygen-transfer loss.",
    ),
    (
        "kZo015",
        "en",
        "nordic_poultry",
        "DAF package with float recovery for poultry processing plants",
        "Equipment vendor reference: a plant killing 400,000 birds a day sends 8,706 m3/d (FOG about 2,500 mg/l, COD 6,800 mg/l) "
        "through screens, two DAF units and a 3,785 m3 aeration basin; a third DAF polishes TSS and phosphorus. Float is cooked into a "
        "product sold to renderers. Sizing by hydraulic and solids loading rate.",
    ),
    (
        "kZo016",
        "en",
        "daf_bal",
        "DAF pretreatment for meat, fish and poultry processors",
        "Dissolved air flotation units that strip suspended organics, oil and grease from food-plant effluent before a municipal or "
        "on-site biological system, which would otherwise be overloaded by TSS, O&G and BOD; explains suspended versus dissolved BOD.",
    ),
    (
        "kZo017",
        "en",
        "ec_w2w",
        "Prefabricated electrocoagulation wastewater units",
        "Compact plants using aluminium or iron electrodes under direct current to release coagulant in place; removes fats, heavy "
        "metals, pigments and organics, with optional flotation. Tank in PE, stainless steel or fibreglass, coarse pre-filter, "
        "electrochemical cell and sludge separation.",
    ),
    (
        "kZo018",
        "vi",
        "memart_ts",
        "Dây chuyền công nghệ xử lý nước thải thủy sản trọn gói",
        "Giới thiệu và cung cấp dây chuyền xử lý nước thải thủy sản: đặc tính nước thải hữu cơ cao, quy trình cơ học – hóa lý – sinh học, "
        "thiết kế lắp đặt, so sánh ưu nhược điểm các công nghệ, chi phí và hiệu quả kinh tế cho doanh nghiệp chế biến.",
    ),
    (
        "kZo019",
        "vi",
        "tiengiang_ts",
        "Đánh giá và cải tiến quy trình xử lý nước thải nhà máy thủy sản",
        "Nhóm nghiên cứu (luận văn 96 trang) đã khảo sát, đánh giá quy trình xử lý nước thải tại nhiều nhà máy chế biến thủy sản ở "
        "Tiền Giang và so sánh với kinh nghiệm quản lý nước ngoài; nhận đánh giá hiện trạng và đề xuất cải tiến hệ thống cho nhà máy.",
    ),
    (
        "kZo020",
        "vi",
        "chephamvs",
        "Chế phẩm vi sinh hiếu khí, kỵ khí cho hệ thống xử lý nước thải",
        "Sản xuất, cung cấp chế phẩm vi sinh dạng lỏng/bột mật độ 10^7–10^9 CFU dùng cho bể aerotank, UASB, SBR: giảm nhanh COD, BOD, "
        "khử mùi, ổn định hệ vi sinh khi khởi động hoặc sau sốc tải; áp dụng cho nước thải thực phẩm, chăn nuôi, y tế, sinh hoạt.",
    ),
    (
        "kZo021",
        "vi",
        "ace_mui_ts",
        "Giải pháp xử lý mùi hôi phát sinh từ nước thải chế biến thủy sản",
        "Công ty môi trường đề xuất chuỗi biện pháp chống mùi H2S, NH3 tại trạm xử lý: tách rác, tách mỡ trước (giảm 30–50 % chất hữu cơ "
        "sinh mùi), sục khí bể điều hòa (giảm 50–70 % khí độc), hóa chất oxy hóa hoặc than hoạt tính (70–90 %), tháp hấp thụ hay biofilter.",
    ),
    (
        "kZo022",
        "en",
        "fishmeal_eq",
        "Fishmeal production equipment: cookers, twin-screw presses, dryers",
        "Supplier of fishmeal lines for the feed industry: hoppers and conveyors, grinders, continuous steam cookers, twin-screw presses "
        "separating press cake from liquor, dryers and mills to make high-protein meal.",
    ),
    (
        "kZo023",
        "en",
        "karmsund",
        "Fish protein and fishmeal processing plant",
        "Marine-ingredient processor describing its line: fish pumped to cookers at 85–90 °C, separated and pressed, dried from about "
        "45 % to 7 % moisture, cooled, milled with antioxidant and stored in silos.",
    ),
    (
        "kZo024",
        "en",
        "fishfeed_mill",
        "Fish feed mill and pellet plant supply",
        "Manufacturer of fish-feed pellet mills and complete feed plants, including fishmeal made by cooking, pressing, drying and "
        "grinding fish in purpose-built machinery.",
    ),
    (
        "kZo025",
        "vi",
        "tepbac_aer",
        "So sánh, tư vấn thiết bị tạo khí cho ao tôm thâm canh",
        "Thông tin kỹ thuật cho người nuôi: so sánh quạt nước, máy sục khí và các dạng thiết bị tạo oxy trong ao tôm thẻ chân trắng "
        "mật độ cao để tránh thiếu oxy ban đêm.",
    ),
    (
        "kZo026",
        "vi",
        "tsvn_quat",
        "Bố trí và vận hành quạt nước ao nuôi tôm",
        "Hướng dẫn lắp quạt cách bờ 3–5 m, cánh cách nhau 60–80 cm, kết hợp quạt lông nhím cho ao sâu hơn 1,4 m để tạo dòng chảy gom "
        "chất thải và cấp đủ oxy đáy.",
    ),
    (
        "kZo027",
        "vi",
        "maythoi_ao",
        "Máy thổi khí con sò cho ao tôm",
        "Bán máy thổi khí cấp oxy đáy ao tôm, giúp vượt khung giờ thiếu oxy 3–5 giờ sáng khi tảo ngừng quang hợp.",
    ),
    # --- slaughterhouse and livestock-processing effluent ---
    (
        "kZo028",
        "vi",
        "greenstar_gm",
        "Hệ thống xử lý nước thải giết mổ gia súc đa bậc đạt QCVN 40:2025",
        "Thiết kế và lắp đặt hệ thống xử lý nhiều bậc cho lò giết mổ tập trung: xử lý máu, mỡ, nội tạng, TSS, nitơ, photpho và vi sinh "
        "gây bệnh; tách rác – tách mỡ – hóa lý – sinh học – khử trùng, đầu ra theo QCVN 40:2025/BTNMT, kiểm soát mùi.",
    ),
    (
        "kZo029",
        "vi",
        "ace_gm",
        "Giải pháp xử lý nước thải nhà máy giết mổ: tách mỡ, DAF, UASB, MBR",
        "Quy trình gợi ý: song chắn rác giữ lông, xương vụn; bể tách mỡ và chỉnh pH 6,5–8,5; keo tụ PAC/polymer và tuyển nổi DAF; "
        "UASB khi COD trên 3.000 mg/l để thu biogas; aerotank/SBR/MBBR/MBR khử nitơ; xử lý bùn và khử trùng. Có phương án thu hồi mỡ "
        "và tái dùng nước rửa chuồng.",
    ),
    (
        "kZo030",
        "vi",
        "greenwater_gm",
        "Tư vấn phương pháp xử lý nước thải giết mổ gia súc, gia cầm",
        "Chuyên gia môi trường tư vấn chọn công nghệ cho điểm giết mổ nhỏ lẻ và lò mổ tập trung: nước thải nhiều dầu mỡ, nitơ, photpho, "
        "mùi hôi; cân đối chi phí đầu tư, vận hành và hiệu quả xử lý.",
    ),
    (
        "kZo031",
        "vi",
        "bacninh_gm",
        "Thiết kế hệ thống xử lý chất thải cho điểm giết mổ cấp xã",
        "Luận văn thạc sĩ ĐH Thủy Lợi (2019) tính toán, thiết kế hệ thống xử lý chất thải giết mổ gia súc cho xã Phú Lâm (Bắc Ninh); "
        "tác giả nhận tư vấn áp dụng cho cụm giết mổ nông thôn tương tự.",
    ),
    (
        "kZo032",
        "en",
        "bustillo",
        "Slaughterhouse wastewater treatment, management and resource recovery",
        "Ryerson University researchers advise meat plants on regulations, characterisation and treatment of slaughterhouse "
        "wastewater rich in organics and nutrients, with anaerobic, aerobic and advanced oxidation options and energy and nutrient "
        "recovery.",
    ),
    (
        "kZo033",
        "en",
        "aziz_review",
        "Sequential anaerobic–aerobic treatment for meat-processing effluent",
        "Review-based design support: slaughterhouse water rich in proteins, lipids and fibres is best handled by anaerobic digestion "
        "for biogas and organics removal, then intermittent SBR or aerobic granular sludge to remove nitrogen and phosphorus.",
    ),
    (
        "kZo034",
        "en",
        "worku_ad",
        "Pilot anaerobic digester for slaughterhouse wastewater with methane recovery",
        "Addis Ababa university team offers semi-continuous mesophilic digester design: at organic loads of 0.32–2.31 kg/m3/day COD "
        "removal reached 43–84.5 % and methane yield 0.09–0.22 m3 per kg COD removed; optimisation of loading for energy and treatment.",
    ),
    (
        "kZo035",
        "en",
        "arbaminch",
        "Biogas-potential testing of abattoir wastewater",
        "Laboratory batch tests for municipal slaughterhouses: 270.6 ml methane per g volatile solids at 20-day HRT and 37 °C, with "
        "93.5 % COD, 88.5 % BOD5 and 94.7 % volatile-solids removal; sizing guidance for a biogas reactor.",
    ),
    (
        "kZo036",
        "en",
        "musa_review",
        "Choosing physical and biological treatment for slaughterhouse effluent",
        "Universiti Putra Malaysia review service comparing screening, flotation, anaerobic digestion and aerobic systems for abattoirs, "
        "with pros and cons to reach discharge or reuse quality economically.",
    ),
    (
        "kZo037",
        "en",
        "hw_cw",
        "Surface-flow constructed wetland for small abattoirs",
        "Heriot-Watt demonstration: a two-cell 58.5 m2 Typha wetland at a small abattoir (about 0.75 m3 of wastewater per animal, "
        "124 m3 a year) removed 95 % BOD5, 72 % TSS, 88 % TP and 87 % TKN over two years; residence time 111 days.",
    ),
    (
        "kZo038",
        "en",
        "vfcw_vetiver",
        "Lime precipitation plus vetiver vertical-flow wetland for slaughterhouse water",
        "Pilot process: one-step lime precipitation followed by vertical-flow wetlands planted with Vetiveria zizanioides on expanded "
        "clay; at up to 9.5 g/m2/day organic load COD removal was 71 % (0.35 m bed) and 85 % (0.70 m bed), fit for irrigation reuse.",
    ),
    (
        "kZo039",
        "en",
        "ampc_hydro",
        "Hydrocyclones for fat removal from meat-plant wastewater",
        "Australian meat-industry research body assessed hydrocyclones as an alternative to DAF for removing oil and grease from warm, "
        "high-COD meat-processing streams before biological treatment; 5–6 units already installed.",
    ),
    (
        "kZo040",
        "en",
        "aomc_odour",
        "Odour assessment and biofilter design for abattoirs and rendering plants",
        "Odour consultancy mapping sources from kill floor to render plant, ventilation air, cooker vapours and sulphide- and "
        "ammonia-laden effluent channels; recommends biofilters for large low-strength air and covers on anaerobic lagoons.",
    ),
    (
        "kZo041",
        "vi",
        "heo_250",
        "Thiết kế trạm xử lý nước thải trại heo 250 m3/ngày: biogas – UASB – aerotank",
        "Đồ án thiết kế hoàn chỉnh cho trại chăn nuôi heo 250 m3/ngày đêm: song chắn rác, hầm biogas, bể điều hòa, UASB, aerotank, "
        "lắng, nén bùn, hồ hoàn thiện và khử trùng, kèm phương án thay thế.",
    ),
    (
        "kZo042",
        "vi",
        "heo_cw",
        "Đất ngập nước kiến tạo xử lý nước thải chăn nuôi heo sau biogas",
        "Mô hình đất ngập nước kiến tạo có và không trồng cây cho nước thải heo sau biogas: BOD giảm tương đương nhau, cây giúp giảm rõ "
        "N, P; cân bằng nitơ cho thấy khoảng 75 % bay hơi dạng NH3, 18 % vào cây, 7 % vào vật liệu.",
    ),
    (
        "kZo043",
        "vi",
        "heo_thucvat",
        "Thực vật thủy sinh xử lý nước thải chăn nuôi sau biogas",
        "ĐH Nông Lâm Thái Nguyên đánh giá hiệu quả của cây thủy sinh trong xử lý nước thải chăn nuôi sau hầm biogas; hướng dẫn bố trí "
        "ao/bể thực vật cho trang trại.",
    ),
    (
        "kZo044",
        "vi",
        "heo_tapchi",
        "Đánh giá dòng thải và tiềm năng thu biogas cho trại lợn",
        "Khảo sát pH, COD, TSS, T-N tại 9 cơ sở chăn nuôi lợn và hiện trạng xử lý; tư vấn thu hồi khí metan từ dòng thải hữu cơ cao "
        "bằng lên men yếm khí đồng thời bảo đảm chất lượng nước đầu ra.",
    ),
    (
        "kZo045",
        "vi",
        "heo_tinh",
        "Cách tính lưu lượng nước thải chăn nuôi heo theo giai đoạn",
        "Hướng dẫn định mức nước thải theo từng giai đoạn phát triển của heo (phân, nước tiểu, nước uống thừa, vệ sinh chuồng) để làm cơ "
        "sở thiết kế hệ thống xử lý.",
    ),
    (
        "kZo046",
        "vi",
        "heo_sinhthai",
        "Ứng dụng công nghệ sinh thái trong trang trại heo",
        "ĐH Nông Lâm TP.HCM giới thiệu mô hình xử lý chất thải trại heo bằng công nghệ sinh thái đơn giản, không cần trình độ vận hành "
        "cao, kết hợp cảnh quan xanh và tăng hiệu quả kinh tế.",
    ),
    (
        "kZo047",
        "en",
        "render_patent",
        "Process for producing meal and fat from animal raw materials",
        "Patented rendering process turning animal by-products into meat-and-bone meal and tallow through heating, separation of "
        "solid and liquid phases, evaporation and drying.",
    ),
    # --- hospital and clinic wastewater ---
    (
        "kZo048",
        "vi",
        "aao_yte",
        "Công nghệ AAO và AAO kết hợp màng MBR cho nước thải y tế",
        "Đồ án ứng dụng công nghệ AAO (kỵ khí – thiếu khí – hiếu khí) với đệm vi sinh và AAO – MBR xử lý nước thải bệnh viện, so sánh với "
        "các công nghệ V-69, CN-2000 và lọc sinh học nhỏ giọt; áp dụng thực tế tại một trung tâm y tế ở TP.HCM.",
    ),
    (
        "kZo049",
        "vi",
        "cuchi_bv",
        "Thiết kế hệ thống xử lý nước thải bệnh viện đa khoa 950 m3/ngày đêm",
        "Tính toán thiết kế hoàn chỉnh hệ thống xử lý nước thải cho bệnh viện đa khoa tuyến huyện công suất 950 m3/ngày đêm: thu gom, "
        "điều hòa, xử lý sinh học, lắng, khử trùng, xử lý bùn.",
    ),
    (
        "kZo050",
        "vi",
        "q1_bv",
        "Thiết kế trạm xử lý nước thải bệnh viện 150 m3/ngày đêm",
        "Phương án thiết kế trạm xử lý nước thải cho bệnh viện quận quy mô 150 m3/ngày đêm, nước thải ô nhiễm hữu cơ và vi sinh cao; "
        "phù hợp bệnh viện tuyến huyện, trung tâm y tế.",
    ),
    (
        "kZo051",
        "vi",
        "ebb_bv",
        "Xử lý nước thải bệnh viện bằng AO với giá thể Eco-Bio-Block cải tiến",
        "Viện Công nghệ môi trường (Viện Hàn lâm KH&CN VN) chuyển giao công nghệ thiếu khí – hiếu khí dùng giá thể sinh học EBB cải tiến "
        "cho nước thải bệnh viện, gọn, ít bùn, vận hành đơn giản.",
    ),
    (
        "kZo052",
        "vi",
        "hanoi_bv",
        "Đánh giá công nghệ và nâng cao hiệu quả hệ thống xử lý nước thải bệnh viện",
        "Nhóm chuyên gia ĐH Khoa học Tự nhiên Hà Nội đánh giá công nghệ các hệ thống xử lý nước thải bệnh viện đang vận hành và đề xuất "
        "giải pháp cải tạo, nâng cấp để đạt quy chuẩn.",
    ),
    (
        "kZo053",
        "en",
        "w2w_hosp",
        "Complete equipment range for hospital wastewater treatment plants",
        "Supplier of the full hospital line: coarse screening for bandages, gloves and syringes, balancing tank with level control, "
        "pH adjustment to 6.5–8 by dosing pumps, coagulation–flocculation, biological treatment, filtration and disinfection.",
    ),
    (
        "kZo054",
        "en",
        "carewater",
        "Package wastewater plants for nursing homes and small hospitals",
        "Compact treatment plants sized for healthcare loads of 350 litres per resident per day in care homes and 450 litres per "
        "patient per day in small hospitals, coping with high COD, BOD and ammonia from disinfectants, detergents and antibiotics; "
        "for sites without sewer connection.",
    ),
    (
        "kZo055",
        "en",
        "wcs_health",
        "Specifying sewage treatment plants for healthcare sites off the sewer",
        "UK wastewater contractor helps rural clinics and care facilities specify and upgrade on-site plants or septic systems so "
        "that discharge to ground meets consent, with minimal disruption to patients.",
    ),
    (
        "kZo056",
        "en",
        "sionix",
        "Hospital wastewater recycling for toilets, laundry and irrigation",
        "Modular water treatment systems that can recycle up to all of a hospital's wastewater for toilet flushing, laundry, "
        "irrigation and fire water, cutting water purchases and sewer surcharges (about 319 gallons per bed per day in one US county).",
    ),
    (
        "kZo057",
        "en",
        "fluideng",
        "Operation of stand-alone hospital effluent treatment plants",
        "Operator with experience running hospital-only treatment plants, where carbon and nitrogen load per person is higher, "
        "occupancy dense, plastics and metal items frequent and blood-borne pathogens more common than in municipal sewage.",
    ),
    (
        "kZo058",
        "en",
        "mbr_hosp",
        "Membrane bioreactor for hospital sewage with low chlorine demand",
        "MBR plants for hospital effluent that remove pathogenic microorganisms more effectively than conventional systems; chlorine "
        "dose can fall to about 1.0 mg/l with contact of roughly 1.5 minutes, giving fewer disinfection by-products.",
    ),
    (
        "kZo059",
        "en",
        "hydromo_mbr",
        "MBR wastewater systems for hospitals and pharma",
        "Indian supplier of submerged-membrane bioreactors combining activated sludge and membrane filtration; clear, disinfected "
        "effluent from hospital and pharmaceutical wastewater, reusable for irrigation or cooling.",
    ),
    (
        "kZo060",
        "en",
        "mbr_pathogen",
        "Pathogen removal by membrane bioreactors: review and dosing advice",
        "Academic review (University of Wollongong and partners) of how MBRs remove bacteria, protozoa and viruses, and how this cuts "
        "chemical disinfectant dosing; covers membrane cleaning, breaches and regrowth.",
    ),
    (
        "kZo061",
        "vi",
        "nhakhoa_san",
        "Hệ thống xử lý nước thải phòng khám nha khoa đạt chuẩn pháp lý",
        "Hướng dẫn và cung cấp hệ thống cho phòng khám nha khoa: nước thải chứa amalgam, máu, hóa chất, vi sinh; chọn công suất theo số "
        "ghế, lắp đặt, vận hành và hồ sơ pháp lý.",
    ),
    (
        "kZo062",
        "vi",
        "nhakhoa_qcvn",
        "Công nghệ xử lý nước thải cho phòng khám nha khoa quy mô nhỏ",
        "Tư vấn xử lý nước thải từ máy làm răng, phòng xét nghiệm (máu, hóa chất, vi sinh, chất khử trùng) và nước thải sinh hoạt của "
        "nhân viên, bệnh nhân; điều kiện bắt buộc để phòng khám được cấp phép hoạt động.",
    ),
    (
        "kZo063",
        "vi",
        "nhakhoa_5",
        "5 loại hệ thống xử lý nước thải cho phòng khám nha khoa",
        "So sánh năm cấu hình: hóa lý (trung hòa, keo tụ, lọc, lắng), sinh học, kết hợp, màng và khử trùng; tư vấn chọn hệ phù hợp quy "
        "mô phòng khám.",
    ),
    (
        "kZo064",
        "vi",
        "lodot_huulung",
        "Lò đốt rác thải y tế 70 kg/giờ có sấy và thu hơi nước",
        "Nhà thầu lắp đặt lò đốt chất thải rắn y tế công nghệ mới 70 kg/giờ cho trung tâm y tế huyện, thay lò thủ công 30 kg/giờ và lò "
        "hấp 20–40 kg/giờ, khí thải đạt quy chuẩn.",
    ),
    (
        "kZo065",
        "vi",
        "lodot_vhi",
        "Lò đốt chất thải rắn nguy hại VHI-18B cho bệnh viện",
        "Viện Khoa học công nghệ Năng lượng và Môi trường chế tạo lò đốt hai buồng (sơ cấp 500–800 °C và thứ cấp) kèm xyclon hấp thụ "
        "ướt, dùng để tiêu hủy chất thải rắn y tế.",
    ),
    (
        "kZo066",
        "vi",
        "lodot_plo",
        "Chuyển giao lò đốt rác thải bệnh viện 20–150 kg/giờ",
        "Chợ công nghệ thường xuyên phối hợp đối tác Đức chuyển giao lò đốt rác bệnh viện 20–150 kg rác/giờ, tro còn khoảng 5–10 % "
        "khối lượng ban đầu.",
    ),
    # --- industrial-park central treatment and online monitoring ---
    (
        "kZo067",
        "vi",
        "tntech_qt",
        "Hệ thống quan trắc nước thải online (WQMS) trọn gói",
        "Cung cấp, lắp đặt hệ thống giám sát liên tục cho nhà máy, KCN, bệnh viện: đầu đo pH, DO, COD, BOD, TSS, amoni, TN, TP, dầu mỡ, "
        "kim loại; máy lấy mẫu tự động bảo quản 4 °C; datalogger truyền 4–20 mA, RS485, Modbus, 3G/4G về Sở; phần mềm cảnh báo vượt ngưỡng.",
    ),
    (
        "kZo068",
        "vi",
        "bkcems",
        "Hệ thống quan trắc nước thải theo Nghị định 08/2022/NĐ-CP",
        "Tư vấn, cung cấp hệ thống quan trắc nước thải gồm cảm biến, thiết bị đo và thu thập dữ liệu, đáp ứng yêu cầu kỹ thuật theo "
        "Nghị định 08/2022/NĐ-CP cho nhà máy xử lý nước thải, KCN, trang trại.",
    ),
    (
        "kZo069",
        "vi",
        "hungphuong_qt",
        "Lắp đặt trạm quan trắc nước thải tự động, truyền dữ liệu về cơ quan quản lý",
        "Tư vấn đối tượng bắt buộc theo điều 97 Nghị định 08/2022 (phụ lục XXVIII), lắp đặt thiết bị đo lưu lượng và thông số ô nhiễm "
        "sau xử lý, truyền dữ liệu tự động; số liệu dùng kê khai phí bảo vệ môi trường.",
    ),
    (
        "kZo070",
        "vi",
        "mix166_qt",
        "Thiết bị quan trắc nước thải tự động liên tục theo TT 24/2017",
        "Cung cấp cảm biến lưu lượng, COD, BOD, TSS, màu, pH, nhiệt độ, TN, TP, NH3, dầu mỡ, kim loại; datalogger truyền chuẩn về Sở; "
        "hệ lấy mẫu từ xa khi vượt ngưỡng; làm sạch khí nén, camera giám sát điểm xả.",
    ),
    (
        "kZo071",
        "vi",
        "smartph",
        "Trạm quan trắc nước thải tự động, liên tục chi phí hợp lý",
        "Trạm quan trắc sản xuất trong nước, phù hợp Thông tư 10/2021 và Nghị định 40/2019, bảo đảm truyền dẫn về Sở TN&MT; dành cho KCN "
        "và cơ sở xả từ 500 m3/ngày trở lên đang lo tăng chi phí.",
    ),
    (
        "kZo072",
        "en",
        "yex_iz",
        "Sensor integration for industrial-park central wastewater plants",
        "Sensor maker supporting system integrators at park-level WWTPs that receive mixed, toxic, fluctuating effluent: monitoring "
        "and control nodes across enterprise pretreatment and central anaerobic/aerobic stages, anti-interference design, reclaimed "
        "water quality for boiler feed.",
    ),
    (
        "kZo073",
        "en",
        "hydropure_cetp",
        "Industrial-park CETP master planning and EPC delivery",
        "EPC contractor for central effluent treatment plants: tenant survey of flows, COD, BOD5, TSS, O&G, metals and nutrients; "
        "design to the 95th-percentile load with 1.2–1.5 safety factor; trunk sewer plan; professional O&M and shared sludge handling.",
    ),
    (
        "kZo074",
        "en",
        "pte_bawana",
        "Online continuous effluent monitoring retrofit for common treatment plants",
        "Instrument company replaced a failing monitoring set-up at a 35-million-litre-per-day CETP in Delhi with OPRUSS analysers and "
        "remote diagnostics, validated against five laboratory grab samples.",
    ),
    (
        "kZo075",
        "en",
        "pte_params",
        "Water pollution monitoring system for ten key discharge parameters",
        "OCEMS supplier measuring pH, BOD, COD, TSS and other key parameters in real time so industries can prove compliance to "
        "pollution control boards and react before violations.",
    ),
    (
        "kZo076",
        "en",
        "iotmate",
        "Continuous treated-water quality monitoring for STPs and ETPs",
        "IoT company installing online pH, turbidity, BOD/COD-proxy sensors at sewage and effluent plant outlets, replacing weekly grab "
        "samples that see about 0.1 % of operating hours; alarms for night-time upsets and blower stoppages.",
    ),
    (
        "kZo077",
        "en",
        "tradetang_rm",
        "Remote monitoring and SCADA for multiple wastewater plants",
        "PLC/IPC-based distributed control with a central supervisory layer so an operating company can watch process, electrical and "
        "equipment status and alarms across several treatment plants in different places.",
    ),
    (
        "kZo078",
        "vi",
        "kcn_suco",
        "Giải pháp phòng ngừa, xử lý sự cố trạm xử lý nước thải tập trung KCN",
        "Chuyên gia đề xuất thiết kế theo đúng quy chuẩn để tăng độ tin cậy, giám sát chặt chất lượng nước trong vận hành, bể sự cố lưu "
        "giữ nước thải chưa đạt và xử lý lại khi hệ thống phục hồi.",
    ),
    (
        "kZo079",
        "vi",
        "shtp_5000",
        "Thiết kế – xây dựng nhà máy xử lý nước thải tập trung 5.000 m3/ngày",
        "Kinh nghiệm dự án nhà máy xử lý nước thải tập trung khu công nghệ cao 5.000 m3/ngày đêm trên 3,2 ha (vốn hơn 74 tỷ đồng): thu gom "
        "nước thải sản xuất, sinh hoạt, phòng thí nghiệm; hóa lý kết hợp bùn hoạt tính; hồ sinh thái trước khi xả sông.",
    ),
    (
        "kZo080",
        "vi",
        "greenstar_kcn",
        "Giải pháp và quy trình xử lý nước thải khu công nghiệp",
        "Công ty môi trường thiết kế, cải tạo trạm xử lý tập trung KCN: tiếp nhận nước thải nhiều ngành, xử lý cơ học – hóa lý – sinh học, "
        "ngăn phú dưỡng và kim loại nặng thấm vào đất, bảo vệ nguồn tiếp nhận.",
    ),
    (
        "kZo081",
        "vi",
        "tanthuan",
        "Vận hành trạm xử lý nước thải tập trung khu chế xuất",
        "Đơn vị hạ tầng khu chế xuất thu gom nước thải công nghiệp và sinh hoạt đã được doanh nghiệp xử lý sơ bộ đạt loại B về trạm "
        "xử lý chung, xử lý đạt chuẩn trước khi xả.",
    ),
    (
        "kZo082",
        "vi",
        "thietbido_qt",
        "Tư vấn quy định lắp đặt trạm quan trắc nước thải tự động",
        "Envimart phân tích các văn bản pháp lý (Nghị định 40/2019 sửa đổi Điều 39 Nghị định 38/2015) về đối tượng, tiêu chuẩn kỹ thuật và "
        "thủ tục lắp đặt, vận hành trạm quan trắc nước thải tự động; các trường hợp miễn trừ.",
    ),
    (
        "kZo083",
        "vi",
        "vwsa_bv",
        "Bộ tiêu chí đánh giá tính bền vững nhà máy xử lý nước thải đô thị",
        "ĐH Xây dựng đề xuất 6 nhóm tiêu chí chấm điểm nhà máy xử lý nước thải đô thị: công suất và hiệu quả, chi phí vận hành bảo trì, "
        "công nghệ phù hợp, thiết bị ổn định, thích ứng biến đổi khí hậu, an toàn môi trường.",
    ),
    (
        "kZo084",
        "vi",
        "tienphong_om",
        "Quản lý vận hành nhà máy xử lý nước thải đô thị qua đấu thầu",
        "Kinh nghiệm giao vận hành nhà máy xử lý nước thải đô thị lớn (Yên Sở, Hà Nội) cho đơn vị có chuyên môn qua chào giá cạnh tranh "
        "thay vì chỉ định, tiết kiệm ngân sách đào tạo.",
    ),
    (
        "kZo085",
        "vi",
        "phitaptrung",
        "Xử lý nước thải phi tập trung theo cụm hộ dân",
        "Hướng dẫn áp dụng Thông tư 04/2015/TT-BXD cho cụm hộ thoát nước dùng chung hệ thu gom và trạm xử lý nhỏ khi chưa có hệ thống "
        "thoát nước tập trung.",
    ),
    (
        "kZo086",
        "vi",
        "vnexpress_ro",
        "Máy lọc nước RO chạy năng lượng mặt trời cho vùng hạn mặn",
        "Mô hình cấp nước sạch chi phí thấp cho vùng ven biển như Bến Tre, Trà Vinh, Sóc Trăng: cụm pin mặt trời cấp điện cho bơm và màng "
        "RO, vận hành độc lập nơi lưới điện yếu.",
    ),
    (
        "kZo087",
        "vi",
        "vinacee_cap",
        "Bể lọc tự rửa cho trạm cấp nước nông thôn",
        "Công nghệ bể lọc tự điều chỉnh rửa lọc không cần công nhân hay thiết bị tự động phức tạp, giảm chi phí vận hành công trình cấp "
        "nước sinh hoạt nông thôn.",
    ),
    (
        "kZo088",
        "vi",
        "khi_hieuchuan",
        "Khí hiệu chuẩn cho thiết bị đo khí",
        "Cung cấp hỗn hợp khí chuẩn có nồng độ xác định để hiệu chuẩn máy phân tích khí trong công nghiệp, môi trường, y tế.",
    ),
    # --- boiler and dryer flue gas, dust and odour ---
    (
        "kZo089",
        "vi",
        "greenstar_lohoi",
        "Thiết kế, vận hành hệ thống xử lý khí thải lò hơi theo QCVN 19:2024",
        "Nhận thiết kế – thi công xử lý khí thải lò hơi đốt than, dầu, khí, biomass cho nhà máy thực phẩm, dệt, giấy: phân tích thành "
        "phần khói theo nhiên liệu, chọn tổ hợp thu bụi và khử SO2/NOx, đạt QCVN 19:2024/BTNMT.",
    ),
    (
        "kZo090",
        "vi",
        "dobaco_lohoi",
        "Cyclone, lọc bụi túi vải, tháp hấp thụ cho khí thải lò hơi đốt trấu, củi",
        "Chế tạo và lắp đặt thiết bị xử lý khí thải lò hơi: cyclone ly tâm giá rẻ cho bụi lớn trên 5 micromet làm bước sơ cấp, tiếp "
        "theo lọc túi vải, tháp rửa khí/hấp thụ, hấp phụ cho bụi mịn và khí độc từ lò đốt than, củi, vỏ trấu.",
    ),
    (
        "kZo091",
        "vi",
        "nuce_scrubber",
        "Thiết bị kết hợp hấp thụ khí độc và lọc bụi ướt",
        "Khoa Kỹ thuật Môi trường, ĐH Xây dựng: dùng tháp rỗng, tháp đệm scrubber vừa hấp thụ khí độc vừa lọc bụi, giảm số thiết bị, chi "
        "phí đầu tư và vận hành, phù hợp điều kiện kinh tế trong nước.",
    ),
    (
        "kZo092",
        "vi",
        "doan_khithai",
        "Tính toán hệ thống xử lý khí thải: buồng lắng, túi vải, hấp thụ SO2 và H2S",
        "Đồ án tính toán lan truyền ô nhiễm, buồng lắng bụi, lọc túi vải và tháp hấp thụ SO2, H2S cho nguồn khí thải công nghiệp; có sơ đồ "
        "công nghệ.",
    ),
    (
        "kZo093",
        "en",
        "weiss_multi",
        "Multicyclone dust separators for solid-fuel boilers",
        "Boiler maker fits a steel cabinet of cyclones after solid-fuel boilers, with automatic ash auger and ash lock, a flue-gas fan "
        "matched to the pressure loss and a differential-pressure safety trip.",
    ),
    (
        "kZo094",
        "en",
        "gg_ceramic",
        "Ceramic JET filters for biomass boiler flue gas",
        "Filter manufacturer for 300 kW to about 2 MW biomass boilers where cyclones alone exceed limits and electrostatic "
        "precipitators are too costly: flame-resistant ceramic media up to 900 °C that do not burn like fabric bags.",
    ),
    (
        "kZo095",
        "en",
        "omela_bags",
        "Filter bags for rice-husk and biomass boiler baghouses",
        "Media supplier explaining how wet, acidic biomass flue gas (15–25 % moisture) blinds and burns bags; fiberglass with PTFE "
        "treatment for high temperature and PPS for moderate temperature, chosen per boiler.",
    ),
    (
        "kZo096",
        "en",
        "envexp_biomass",
        "Final-stage deduster for biomass and rice-husk boilers",
        "Emission-control vendor adds a high-efficiency end-stage after the pre-separator: fly ash typically has an 11 µm median size "
        "with 8 % under 1 µm, which cyclones miss; avoids bag fires and ESP resistivity problems at reasonable cost.",
    ),
    (
        "kZo097",
        "en",
        "processbarron",
        "Mechanical dust collectors for biomass-fired boilers",
        "Manufacturer with 60 years of mechanical collectors ahead of ID fans and downstream controls, removing ash and sand, with char "
        "re-injection, sizing guidelines and a maintenance checklist.",
    ),
    (
        "kZo098",
        "en",
        "cpcb_rice",
        "Guidelines for rice-mill siting, husk storage and husk-ash disposal",
        "Indian pollution control board guidance: 220–240 kg of husk per tonne of paddy, 55–60 kg of ash when burnt in boilers; "
        "covers siting of shellers, husk handling and ash disposal to limit particulate pollution.",
    ),
    (
        "kZo099",
        "en",
        "hindustan_paddy",
        "Paddy dust control in rice milling with cyclones and bag filters",
        "Rice-mill equipment maker supplies cyclone and bag-filter dust control for dehusking and polishing, protecting workers' "
        "lungs, grain quality and surroundings; collected dust reused as feed or biomass fuel.",
    ),
    (
        "kZo100",
        "en",
        "flar_lpg",
        "LPG-fired paddy dryers replacing husk furnaces",
        "Oil company programme converting rice-mill dryers from husk and firewood to LPG: 24 cylinders of 47.5 kg with regulator, tuned "
        "pressure and flow so grain does not burn; husk sold instead of burnt, less smoke near homes.",
    ),
    (
        "kZo101",
        "vi",
        "dobaco_mui",
        "Hệ thống xử lý mùi cho nhà máy thực phẩm, trạm xử lý nước thải",
        "Thiết kế hệ thống khử H2S, NH3, mercaptan, aldehyde, VOCs bằng hấp phụ than hoạt tính, tháp hấp thụ, biofilter hoặc phân hủy "
        "nhiệt cho bếp công nghiệp, xưởng chế biến thực phẩm, trạm xử lý nước thải và chăn nuôi.",
    ),
    (
        "kZo102",
        "vi",
        "mui_pot",
        "Khống chế ô nhiễm mùi cho cơ sở chế biến thực phẩm",
        "Trung tâm Công nghệ Môi trường (ENTEC) tư vấn sản xuất sạch hơn, nâng ống thải, chất kháng mùi, đốt xúc tác, hấp phụ bằng than "
        "hoạt tính hoặc đất xốp, hấp thụ hóa chất, oxy hóa bằng ozone/H2O2; đã áp dụng tại xưởng mủ cao su, tinh bột khoai mì.",
    ),
    (
        "kZo103",
        "en",
        "watt_biofilt",
        "Inorganic-media biofilters for feed and rendering plant odours",
        "Biofiltration supplier for the smelliest feed and rendering jobs: treats exhaust from extrusion, drying and cooling, grinding "
        "and raw-material reception, with long-life inorganic media instead of old evergreen beds.",
    ),
    (
        "kZo104",
        "en",
        "fao_fm_odour",
        "Advisory note on reducing odour from fishmeal factories",
        "FAO guidance on keeping raw fish fresh, process control, product storage and plant design and maintenance so that fishmeal "
        "odours reaching neighbours are minimised.",
    ),
    (
        "kZo105",
        "en",
        "soilbed",
        "Soil-bed biofilter for rendering cooker non-condensables",
        "Field-proven soil bed: 420 m2 treating 1,100 m3/h of cooker gases at 5 cm water pressure drop, 99.9 % odour removal by "
        "olfactometry, cheaper than scrubbing or incineration and working through cold winters.",
    ),
    (
        "kZo106",
        "en",
        "odor_scrubber",
        "Packed-tower chemical scrubbers for H2S and reduced-sulphur odours",
        "Odour-control firm supplies scrubbers with packing, recirculation sump, spray nozzles and mist eliminator, using caustic and "
        "hypochlorite at pH 9.5–10.5 under automatic pH/ORP control.",
    ),
    (
        "kZo107",
        "en",
        "deloach_bio",
        "Biological odour-control scrubbers for H2S",
        "Scrubbers with bacteria on random packing that metabolise hydrogen sulfide, needing only caustic for pH and make-up water; "
        "lower operating cost than multi-chemical scrubbers, less suited to rapidly swinging ppm loads.",
    ),
    (
        "kZo108",
        "en",
        "envexp_h2s",
        "Two-stage wet scrubbing of H2S at treatment plants",
        "Packed-bed counter-current scrubbers for large airflows (about 10,000 cfm or more) with modest H2S (50 ppmv or less), using "
        "bleach at high pH; staged design to use all the hypochlorite.",
    ),
    (
        "kZo109",
        "en",
        "cems_iotone",
        "Continuous emission monitoring systems (CEMS) for stacks",
        "CEMS integrator: probe, filter, heated umbilical, gas conditioning, calibration gas and analysers for SO2, NOx, CO, CO2, HCl, "
        "particulate, VOC and O2, plus flow, opacity and moisture, sized to source type and local rules.",
    ),
    (
        "kZo110",
        "vi",
        "etc_cems",
        "Hệ thống quan trắc khí thải tự động, liên tục cho cơ sở có lò hơi",
        "Thuyết minh kỹ thuật và lắp đặt trạm quan trắc khí thải tự động theo Thông tư 31/2016 và 24/2017: áp dụng cho nhà máy có lò hơi "
        "công nghiệp, đo 24/7, điều khiển từ xa, truyền dữ liệu.",
    ),
    (
        "kZo111",
        "vi",
        "dci_cems",
        "Trạm quan trắc khí thải tự động (CEMS)",
        "Cung cấp trạm gồm thiết bị phân tích, lấy mẫu, hiệu chuẩn, xử lý dữ liệu đặt tại nguồn thải; phân tích theo phương pháp EPA, "
        "ISO, EN, ASTM, TCVN; hỗ trợ báo cáo cho cơ quan quản lý.",
    ),
    (
        "kZo112",
        "en",
        "indianboilers",
        "Husk-fired steam boilers for industry",
        "Boiler manufacturer designing for rice husk's high silica ash (18–25 %) and low bulk density: automatic feeding, ferrule "
        "protection, carbon-neutral steam for food and textile plants.",
    ),
    (
        "kZo113",
        "en",
        "husk_gasifier",
        "Updraft rice-husk gasifier to power village rice mills",
        "PhilRice system gasifying husk to run a 1 t/h single-pass mill needing about 30 kW, easing husk disposal and purchased power.",
    ),
    (
        "kZo114",
        "en",
        "pellet_fuel",
        "Biomass pellet fuel for industrial boilers",
        "Producer of pellets from straw, sawdust, bagasse and rice husk with 3,900–4,800 kcal/kg, easy boiler feeding.",
    ),
    (
        "kZo115",
        "en",
        "husk_steam_apeis",
        "Rice husk as fuel in process steam boilers",
        "Good-practice case from Punjab and Haryana: small process industries near rice mills switching to husk-fired and "
        "fluidised-bed boilers for cheap process steam.",
    ),
    # --- sludge dewatering, drying and reuse ---
    (
        "kZo116",
        "vi",
        "ks_epbun",
        "Cung cấp máy ép bùn băng tải, trục vít đa đĩa, khung bản",
        "Tư vấn chọn máy ép bùn cho nhà máy, KCN: máy băng tải chạy liên tục, bánh bùn ẩm 60–85 %, tốn vải lọc và nhân công; máy trục vít "
        "đa đĩa cho bùn dầu, bùn loãng; máy khung bản cho bánh khô hơn.",
    ),
    (
        "kZo117",
        "vi",
        "chepham_epbun",
        "Nhập khẩu thiết bị tách nước bùn (máy ép bùn)",
        "Cung cấp máy ép bùn nhập khẩu để tách nước khỏi bùn lắng, bùn hoạt tính dư có độ ẩm 95–99 %, giảm mạnh thể tích và khối lượng, "
        "giảm chi phí vận chuyển, mở hướng làm phân bón hay biogas.",
    ),
    (
        "kZo118",
        "vi",
        "rotec_kb",
        "Máy ép bùn khung bản tự động",
        "Chế tạo máy ép khung bản có kéo tấm tự động và màng ép giảm ẩm bánh bùn, tối ưu chu kỳ lọc – ép – tháo bánh – rửa vải.",
    ),
    (
        "kZo119",
        "en",
        "trevi_belt",
        "Belt filter press sludge dewatering",
        "Continuous belt press after a gravity drainage zone: polymer-conditioned sludge squeezed between two sieve belts by rollers "
        "with differential speed, for biological or physico-chemical sludge, manure and digestate; little supervision needed.",
    ),
    (
        "kZo120",
        "en",
        "healthy_dew",
        "Dewatering options: belt press, centrifuge, rotary disc, screw press",
        "Consultancy comparing belt presses (familiar, odour-prone), 3,000 rpm centrifuges (driest cake, enclosed), rotary disc presses "
        "at 1–3 rpm and inclined or horizontal screw presses with low power use.",
    ),
    (
        "kZo121",
        "en",
        "sdm_dew",
        "Sludge dewatering machine selection",
        "Manufacturer guidance: raising solids from 2 % to 20 % cuts sludge volume by about 90 %, lowering haulage, landfill and "
        "thermal-treatment costs; choose by sludge type and site constraints.",
    ),
    (
        "kZo122",
        "en",
        "mdpi_solar",
        "Closed solar greenhouse sludge dryer with forced ventilation",
        "University of Palermo design: wet sludge at 97 % moisture dried to about 5 % in 25 winter days; more airflow under the bed "
        "speeds drying and cuts volatile solids from 70 % to 41 %, stabilising the sludge.",
    ),
    (
        "kZo123",
        "en",
        "iwa_winery",
        "Solar greenhouse drying with biofilter for food-industry sludge",
        "Pilot forced-convection solar dryer for winery wastewater sludge: water content from 90 % to 67 % in 10 days and down to "
        "14 %, biofilter removing 71 % ammonia and 35 % VOC; dried product meets organic-fertiliser parameters.",
    ),
    (
        "kZo124",
        "en",
        "spans_dryer",
        "Indirect thermal sludge dryers (85 % to about 5 % moisture)",
        "Compact continuous dryers with a steam- or thermic-fluid-heated rotating spindle, enclosed stainless housing and vapour "
        "extraction, taking press cake at 15–25 % dry solids to a stable dry product for fuel, fertiliser or landfill.",
    ),
    (
        "kZo125",
        "en",
        "active_dryer",
        "Sludge drying systems installed under filter presses",
        "Dryers using indirect steam, gas or electric heat that cut sludge weight by about 60 % and volume four- to five-fold, "
        "sterilise and deodorise, and raise calorific value for co-incineration.",
    ),
    (
        "kZo126",
        "en",
        "lunardon",
        "Thermal sludge dryers above 90 % dry substance",
        "Italian maker of thermal dryers evaporating surface, capillary and cellular water to over 90 % dry solids, giving a "
        "stabilised, sterilised, dust-free granulate with coal-like heating value.",
    ),
    (
        "kZo127",
        "vi",
        "scp_compost",
        "Ủ compost hiếu khí từ bùn thải với phân bò, trấu và EM",
        "Quy trình ủ hiếu khí thổi khí cưỡng bức: bùn : phân bò tỷ lệ 7 : 3, bổ sung vỏ trấu và chế phẩm EM, ủ 30 ngày; sản phẩm đạt "
        "hàm lượng cacbon theo 10TCN 526:2002, cần bổ sung N, P, K.",
    ),
    (
        "kZo128",
        "vi",
        "hutech_tom2",
        "Sản xuất phân bón hữu cơ từ bùn đáy ao tôm quy mô công nghiệp",
        "ĐH HUTECH: thu bùn qua lưới 0,25 mm, rửa mặn bằng nước mưa tới EC dưới 4 mS/cm, trộn 1 tấn bùn với 250 kg rơm, ủ yếm khí rồi "
        "hiếu khí; phân đạt QCVN 01-189:2019/BNNPTNT (C hữu cơ 15,98 %, K2O 2,41 %).",
    ),
    (
        "kZo129",
        "vi",
        "catra_bun",
        "Phân hữu cơ từ bùn ao nuôi cá tra",
        "Ủ bùn đáy ao cá tra với vỏ trấu theo luống hở; bón 10–20 tấn/ha kết hợp giảm phân vô cơ cho bắp, kim loại nặng và vi sinh có hại "
        "dưới ngưỡng cho phép.",
    ),
    (
        "kZo130",
        "vi",
        "nghean_tom",
        "Phân compost từ bùn thải ao nuôi tôm",
        "Mô hình thử nghiệm ủ compost 86 ngày từ bùn ao tôm (pH 7,3–7,6; đạm 1,6–4 %; cacbon 19,9–23,8 %), kim loại nặng trong ngưỡng an "
        "toàn phân hữu cơ vi sinh.",
    ),
    (
        "kZo131",
        "en",
        "bsf_springer",
        "Black soldier fly larvae composting of organic waste",
        "Study service: larvae degraded over half the substrate in two weeks; compost N, P, K rose 41 %, 32 % and 77 % and heavy metals "
        "fell to acceptable levels for farm use.",
    ),
    (
        "kZo132",
        "en",
        "bsf_kampala",
        "Black soldier fly larvae treatment of faecal sludge",
        "Makerere University trials of larvae on pit-latrine sludge at different moisture, feeding rates and densities, with residue "
        "quality assessed for decentralised sludge treatment.",
    ),
    (
        "kZo133",
        "en",
        "bsf_plos",
        "Biochar and gypsum amendments for black soldier fly frass fertiliser",
        "ICIPE research on amending agro-industrial waste with biochar and gypsum to raise larval biomass and frass fertiliser quality.",
    ),
    (
        "kZo134",
        "en",
        "bsf_cameroon",
        "Black soldier fly larvae for city organic waste",
        "Review of larval performance on different organic substrates and rearing practice for a waste-treatment plant producing "
        "protein larvae and biodiesel feedstock.",
    ),
    # --- water reuse, zero discharge and service sites ---
    (
        "kZo135",
        "vi",
        "greenstar_reuse",
        "Tái sử dụng nước thải đã xử lý theo đúng mục đích sử dụng",
        "Thiết kế bậc xử lý nâng cao để nước sau xử lý đạt chất lượng phù hợp từng mục đích (tưới, vệ sinh, làm mát, sản xuất) theo quy "
        "chuẩn quốc gia, giảm khai thác nước ngầm, nước mặt mùa khô.",
    ),
    (
        "kZo136",
        "vi",
        "ats_reuse",
        "Công nghệ UF và RO tái sử dụng nước thải công nghiệp",
        "Công ty xử lý nước cung cấp hệ siêu lọc UF và thẩm thấu ngược RO biến nước thải đã xử lý thành nước dùng lại cho sản xuất, vệ sinh "
        "nhà máy, tháp giải nhiệt, tưới cây trong KCN.",
    ),
    (
        "kZo137",
        "vi",
        "etm_reuse",
        "Tái sử dụng nước thải bằng RO, UF, NF, MBR",
        "Tư vấn chọn công nghệ màng theo mục đích tái sử dụng (tưới, vệ sinh, rửa đường, chữa cháy, làm mát), tiết kiệm cả tiền nước cấp "
        "lẫn chi phí thuê xử lý nước thải.",
    ),
    (
        "kZo138",
        "vi",
        "naphoga_reuse",
        "Giải pháp tái sử dụng nước thải theo kinh tế tuần hoàn",
        "Tư vấn doanh nghiệp thu hồi, xử lý và dùng lại nước thải cho tưới, rửa, làm mát, cấp nhà vệ sinh; giảm chi phí vận hành và đáp "
        "ứng tiêu chí ESG.",
    ),
    (
        "kZo139",
        "vi",
        "hopnhat_ro",
        "Tận dụng nước thải của máy lọc nước RO",
        "Mẹo dùng lại nước xả của máy lọc RO gia đình, trường học (khoảng 4 lít thải trên 10 lít nước vào) cho lau nhà, tưới cây, xả bồn cầu.",
    ),
    (
        "kZo140",
        "en",
        "aquacycl_zld",
        "Zero-liquid-discharge roadmap for food and beverage plants",
        "Water-technology company helps F&B producers move from water reduction to reuse and ZLD, addressing the technical and "
        "commercial hurdles for consumer packaged goods plants.",
    ),
    (
        "kZo141",
        "en",
        "kegi_zld",
        "Zero or minimal liquid discharge for food and beverage clients",
        "Engineering firm customising ZLD, which keeps all water on site, or cheaper minimal liquid discharge recovering 70–90 % of "
        "the water, according to budget and wastewater composition.",
    ),
    (
        "kZo142",
        "en",
        "suez_reuse",
        "Industrial water reuse systems for food and beverage manufacturing",
        "Water company method: segregate sanitary from process effluent, optimise water use first, map reuse points (e.g. cooling "
        "towers with near-zero food-safety risk) and quantify volumes before designing recycling.",
    ),
    (
        "kZo143",
        "en",
        "biznus_zld",
        "ZLD systems for the food and beverage industry",
        "Consultancy implementing zero liquid discharge for F&B plants, recovering water from organic, fat- and chemical-laden "
        "effluent and converting contaminants to reusable or disposable solids.",
    ),
    (
        "kZo144",
        "en",
        "bailone_reuse",
        "Cleaner production and water reuse in meat and fresh-produce processing",
        "Academic review of recycling and reuse methods in meat and fresh-produce plants to cut water waste and effluent pollution "
        "with economic benefit.",
    ),
    (
        "kZo145",
        "en",
        "encon_ro",
        "Evaporators for RO reject and brine",
        "Evaporator maker treating RO concentrate, typically 15–30 % of feed volume and often too salty for sewer discharge, by "
        "mechanical vapour or thermal evaporation to minimise hauled waste.",
    ),
    (
        "kZo146",
        "en",
        "yasa_brine",
        "RO reject concentration and crystallisation for ZLD",
        "Equipment firm raising RO recovery by concentrating 30,000–50,000 mg/l TDS reject in evaporators and crystallisers, with "
        "material selection for scaling salts.",
    ),
    (
        "kZo147",
        "en",
        "rb_zld",
        "MVR and multiple-effect evaporation for zero liquid discharge",
        "Engineering note and supply: MVR at 6–15 kWh per m3 evaporated for continuous duty above 200 m3/day; MEE with 3–7 effects using "
        "0.15–0.35 kg steam per kg where boiler steam is cheap; vacuum units for heat-sensitive food effluent.",
    ),
    (
        "kZo148",
        "en",
        "eathealthy_cw",
        "Closed-loop car wash water reclamation",
        "Consultant installing reclaim systems so car washes reuse up to 85 % of their water, avoiding sewer fines and cutting water "
        "and discharge fees.",
    ),
    (
        "kZo149",
        "en",
        "winenfood_cw",
        "Car wash effluent treatment with bioremediation before filtration",
        "Step-by-step blueprint: microbes digest oils and detergents ahead of final filtration so filters clog less; clients report "
        "water use down 75–80 % and payback in about 18 months.",
    ),
    (
        "kZo150",
        "vi",
        "microbelift_nh",
        "Hệ thống xử lý nước thải nhà hàng, khách sạn",
        "Nhà cung cấp vi sinh và giải pháp xử lý: thu dầu mỡ về bể tách mỡ, cân bằng pH, xử lý sinh học hiếu khí kết hợp khử trùng cho "
        "nước thải có BOD5, COD, SS, N, P, amoni cao.",
    ),
    (
        "kZo151",
        "vi",
        "haiminh_tachmo",
        "Bể tách mỡ inox, composite cho bếp nhà hàng",
        "Cơ khí Hải Minh thiết kế, sản xuất bể tách mỡ 3 ngăn có vách ngăn, nắp kín chống mùi, loại âm sàn, dưới chậu hoặc tự động; chọn "
        "dung tích theo quy mô bếp, tuân thủ QCVN 28:2020/BTNMT.",
    ),
    (
        "kZo152",
        "vi",
        "cinvico_tachmo",
        "Lắp đặt thiết bị tách mỡ cho bếp ăn, khu chế biến thực phẩm",
        "Cung cấp và lắp thiết bị tách mỡ inox 304, composite, HDPE gồm ngăn lắng, ngăn tách mỡ và ngăn nước sạch trước khi xả vào hệ "
        "thống thoát nước.",
    ),
    (
        "kZo153",
        "vi",
        "sungroup_vs",
        "Chế phẩm vi sinh xử lý nước thải sinh hoạt",
        "Giải pháp xanh dùng chế phẩm vi sinh cho nước thải sinh hoạt từ chung cư, khách sạn, nhà hàng, khu thương mại: giảm BOD, N, P, "
        "mùi mà không cần đầu tư lớn.",
    ),
    # --- environmental impact and monitoring services ---
    (
        "kZo154",
        "vi",
        "envigreen_dtm",
        "Dịch vụ lập báo cáo đánh giá tác động môi trường (ĐTM)",
        "Công ty tư vấn môi trường nhận lập báo cáo ĐTM theo Luật Bảo vệ môi trường 2020: phân tích, dự báo tác động của dự án và đề xuất "
        "biện pháp giảm thiểu, hỗ trợ đến khi được phê duyệt.",
    ),
    (
        "kZo155",
        "vi",
        "dainam_dtm",
        "Tư vấn hồ sơ môi trường và báo cáo ĐTM cho nhà máy",
        "Đại Nam lập báo cáo ĐTM cho nhà máy, cơ sở sản xuất khi xây dựng hoặc vận hành, kể cả ngành cần chấp thuận chủ trương trước "
        "(hóa chất, phân bón, tái chế phế liệu); làm việc với Bộ/Sở TN&MT.",
    ),
    (
        "kZo156",
        "vi",
        "vdg_dtm",
        "Quy trình lập báo cáo ĐTM và xin giấy phép môi trường",
        "Tư vấn trọn gói: khảo sát hiện trạng, dự báo tác động, thiết kế công trình bảo vệ môi trường đúng quy chuẩn, lập ĐTM cho dự án "
        "mới và dự án cải tạo, mở rộng, nâng công suất; xin giấy phép môi trường.",
    ),
    (
        "kZo157",
        "vi",
        "hopnhat_dtm",
        "Tư vấn lập ĐTM cho dự án đầu tư",
        "Môi trường Hợp Nhất lập ĐTM giúp dự án không bị ngưng trệ khi đã có vốn, nhân lực: xác định dự án phải lập ĐTM theo Luật BVMT, "
        "kiểm soát nước thải, khí thải, chất thải.",
    ),
    (
        "kZo158",
        "vi",
        "fec_qt",
        "Dịch vụ quan trắc môi trường định kỳ cho doanh nghiệp",
        "Thực hiện quan trắc định kỳ theo Luật BVMT 2020: không khí (SO2, NO2, CO, O3, PM2.5, PM10), nước thải, khí thải, tiếng ồn; lập "
        "báo cáo gửi cơ quan quản lý.",
    ),
    (
        "kZo159",
        "en",
        "vesdec",
        "Regular environmental monitoring and EIA services",
        "Vietnamese environmental centre sampling and analysing air, water and wastewater on the schedule set in a facility's approved "
        "EIA, reporting for factories and institutes, and preparing EIAs for projects such as an airport expansion.",
    ),
    (
        "kZo160",
        "en",
        "slp_vn",
        "EHS consultancy and advisory services in Vietnam",
        "Environmental consultants offering compliance audits, contamination assessment and advisory to industries in Vietnam facing "
        "smoke, dust and odour complaints from plants such as seafood processing.",
    ),
    (
        "kZo161",
        "en",
        "coninco",
        "Preparing environmental impact assessment reports",
        "Consulting firm surveys geology, hydrology and meteorology, samples air, water and soil, inventories exhaust, wastewater, "
        "solid waste and noise, assesses impacts and proposes mitigation for construction, energy, processing and waste projects.",
    ),
    (
        "kZo162",
        "en",
        "counsel_factory",
        "Environmental compliance roadmap for new factories in Vietnam",
        "Advisory for foreign investors: hire a qualified EIA agency, expect 2–3 months to prepare and 30–45 working days to approval "
        "by the provincial department, choose industrial zones with good environmental infrastructure, plan treatment works.",
    ),
    (
        "kZo163",
        "en",
        "lawnet_eia",
        "Summary of Vietnam's EIA requirements",
        "Legal information service explaining which projects need EIA and the staffing, laboratory and certificate requirements for "
        "organisations that prepare EIA reports.",
    ),
    (
        "kZo164",
        "vi",
        "danchu_dtm",
        "Phân tích bất cập pháp luật về đánh giá tác động môi trường",
        "Bài nghiên cứu pháp lý chỉ ra các bất cập trong quy định về đối tượng, lập, thẩm định báo cáo ĐTM và kiến nghị sửa đổi luật.",
    ),
    (
        "kZo165",
        "vi",
        "tt10_qaqc",
        "Yêu cầu bảo đảm và kiểm soát chất lượng phòng thí nghiệm quan trắc",
        "Văn bản quy định diện tích phòng thí nghiệm, quản lý chất thải phòng thí nghiệm, tủ hút, an toàn lao động cho tổ chức quan trắc "
        "môi trường (Thông tư 10/2021/TT-BTNMT).",
    ),
]
