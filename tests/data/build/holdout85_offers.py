"""Offers of the holdout85 labelled set: testing laboratories, metrology and quality infrastructure.

Rows are (id, language, source key, title, description). Each offer paraphrases the page under its
source key in holdout85_sources.S; the distractors (offers from neighbouring fields) are listed in the
docstring of make_holdout85.py.
"""

OFFERS = [
    # --- food microbiology testing ---
    (
        "lIo001",
        "vi",
        "pasteur_micro",
        "Kiểm nghiệm vi sinh thực phẩm và sữa, báo giá theo từng chỉ tiêu",
        "Labo vi sinh nước – thực phẩm nhận mẫu sữa, sản phẩm sữa và các nhóm thực phẩm khác để kiểm các chỉ tiêu vi "
        "sinh theo TCVN/ISO: Enterobacteriaceae (150.000 đ), E. coli (200.000 đ), Salmonella theo TCVN 4829:2005 "
        "(262.000 đ), L. monocytogenes theo TCVN 7700-1:2007 (500.000 đ), tụ cầu dương tính coagulase. Thời gian trả "
        "kết quả khoảng 7 ngày, lượng mẫu tối thiểu 100 ml hoặc 100 g; có bảng giá trọn gói cho từng nhóm sản phẩm.",
    ),
    (
        "lIo002",
        "vi",
        "bentre_center",
        "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng: thử nghiệm, kiểm định và tư vấn tiêu chuẩn",
        "Đơn vị sự nghiệp khoa học trực thuộc Chi cục TĐC (Bến Tre, nay thuộc Vĩnh Long), thành lập năm 2012, cung "
        "cấp dịch vụ thử nghiệm hóa và vi sinh; kiểm định, hiệu chuẩn và sửa chữa phương tiện đo; tư vấn xây dựng "
        "tiêu chuẩn cơ sở và cung ứng thiết bị đo lường. Dự án tăng cường tiềm lực giai đoạn 1 (14,9 tỷ đồng) đã bổ "
        "sung chuẩn kiểm định và thiết bị phân tích; thủ tục đăng ký dịch vụ được rút gọn cho doanh nghiệp.",
    ),
    (
        "lIo003",
        "en",
        "aimvista",
        "Food microbiology panel: indicator organisms, pathogens and shellfish sanitation",
        "Our laboratory counts spoilage and indicator organisms in foods (aerobic and anaerobic plate counts, lactic "
        "acid bacteria, Enterobacteriaceae, coliforms, generic E. coli, Pseudomonas, psychrotrophs, S. aureus, yeasts "
        "and moulds) and detects pathogens such as Salmonella, Listeria monocytogenes, E. coli O157:H7 and STEC, "
        "Bacillus cereus, Cronobacter, Campylobacter and Clostridium perfringens. For shellfish we run NSSP coliform "
        "methods on meat and growing waters and detect Vibrio parahaemolyticus, V. cholerae and V. vulnificus.",
    ),
    (
        "lIo004",
        "vi",
        "labserve",
        "Phân tích vi sinh thực phẩm: vi khuẩn gây bệnh, vi sinh vật gây hư hỏng và vi sinh chỉ thị",
        "Phòng thí nghiệm phân tích vi sinh cho nhà sản xuất thực phẩm: phát hiện, định danh và đếm vi sinh vật gây "
        "bệnh, vi sinh gây hư hỏng và vi sinh chỉ thị trên nguyên liệu, thành phẩm, nước uống và mẫu môi trường; hỗ "
        "trợ kiểm tra nguyên liệu đầu vào, điều tra khiếu nại khách hàng, định danh chủng lạ đến mức chủng và tư vấn "
        "các phương pháp nhanh. Khu phòng thí nghiệm xây riêng, tách biệt các khu hoạt động.",
    ),
    (
        "lIo005",
        "en",
        "beaconpoint",
        "Food microbiology and shelf-life testing for food businesses",
        "We test food products for pathogens (Salmonella, E. coli, Listeria, and viruses such as norovirus and "
        "hepatitis A where relevant), spoilage organisms (yeasts and moulds) and indicator organisms (coliforms, "
        "aerobic plate count), and run shelf-life studies so producers can set dates with evidence. Results are "
        "reported transparently, with a collaborative customer service for small and growing food companies.",
    ),
    (
        "lIo006",
        "en",
        "picgiraffe",
        "Setting up a microbiology testing programme for restaurants and food outlets",
        "Step-by-step support for food businesses that want routine microbiology testing: understanding the main "
        "contaminants (Salmonella, E. coli, Campylobacter, moulds and yeasts), deciding what to sample (raw "
        "materials, finished dishes and food-contact surfaces), how often, and how to choose a testing laboratory, so "
        "that contamination is caught before it causes an outbreak.",
    ),
    (
        "lIo007",
        "vi",
        "triphuc_visinh",
        "Danh mục thiết bị cần có cho phòng thí nghiệm vi sinh thực phẩm",
        "Tư vấn cấu hình thiết bị cho phòng vi sinh mới: 2 nồi hấp tiệt trùng (một cho môi trường, một cho dụng cụ "
        "bẩn), tủ sấy, tủ ấm ở 37 °C và 45 °C, tủ ủ lạnh 25 °C, 2 cân điện tử, máy đo pH, vortex, máy dập mẫu, bể "
        "điều nhiệt, tủ an toàn sinh học, micropipet 0,1–10 ml và nhiệt kế cực đại; số tủ ấm tăng theo số chỉ tiêu vi "
        "sinh thực hiện. Nồi hấp cần van an toàn và giữ nhiệt độ trong khoảng ± 3 °C.",
    ),
    # --- pesticide residues ---
    (
        "lIo008",
        "en",
        "cellmade",
        "Pesticide residue analysis by LC-MS/MS against EU maximum residue limits",
        "Our laboratory specialises in robust LC-MS/MS methods for pesticide residues in or on food and feed: "
        "insecticides, fungicides, herbicides, acaricides, growth regulators and repellents. Results are compared "
        "with the maximum residue limits set by EFSA and Regulation (EC) 396/2005, the legal reference for produce "
        "sold into the EU.",
    ),
    (
        "lIo009",
        "en",
        "eggnews_pest",
        "Pesticide residue surveillance programmes for food producers",
        "We help producers set up a pesticide residue monitoring programme: checking the MRLs that apply to each "
        "commodity and market, choosing the analytes, and testing with GC-FPD, LC-MS/MS and GC-MS/MS in an ISO/IEC "
        "17025 accredited laboratory. Non-compliance risks legal action and exclusion from the market, so the "
        "programme is built around the buyer's and regulator's limits.",
    ),
    (
        "lIo010",
        "vi",
        "eurolab_aoac",
        "Phân tích dư lượng thuốc bảo vệ thực vật trên rau quả tươi theo AOAC 2007.01 (LC-MS/MS)",
        "Phòng thí nghiệm được công nhận cung cấp phép thử AOAC 2007.01 xác định và định lượng dư lượng thuốc BVTV "
        "trên rau quả tươi bằng sắc ký lỏng ghép khối phổ hai lần (LC-MS/MS). Báo cáo thử nghiệm kèm hồ sơ phương "
        "pháp, giúp nhà sản xuất chứng minh sản phẩm đạt yêu cầu của EFSA, EPA và các cơ quan quản lý khác.",
    ),
    (
        "lIo011",
        "en",
        "yjss_pest",
        "Multi-residue pesticide screens plus single-residue methods for glyphosate and paraquat",
        "Our residue service screens several hundred active ingredients in one run (organophosphates, carbamates, "
        "pyrethroids, triazoles, neonicotinoids, strobilurins) and updates the list each season. Compounds that do "
        "not behave in a broad screen, such as glyphosate, paraquat, ethephon and polar metabolites, are tested with "
        "dedicated methods; we help match the scope to the product's origin and local spraying practice.",
    ),
    (
        "lIo012",
        "vi",
        "kintek_pest",
        "Dịch vụ phân tích dư lượng thuốc trừ sâu: từ lấy mẫu đại diện đến sắc ký – khối phổ",
        "Quy trình phân tích dư lượng thuốc trừ sâu gồm bốn bước: lấy mẫu đại diện cho cả lô hoặc cả ruộng, chiết và "
        "làm sạch mẫu theo QuEChERS, phân tích bằng sắc ký kết hợp khối phổ, và đối chiếu với giới hạn pháp lý. Nhận "
        "mẫu rau quả, đất và nước; kết quả có thể dùng để chứng minh lô hàng đạt mức dư lượng cho phép.",
    ),
    (
        "lIo013",
        "en",
        "mcrlabs_pest",
        "Pesticide analysis package for cannabis and inhaled products",
        "Screening of cannabis flower and concentrates for pesticides that may drift from neighbouring farms or be "
        "used in unscrubbed indoor grows, by liquid chromatography–mass spectrometry; focused on the extra risks when "
        "products are heated, combusted and inhaled.",
    ),
    # --- rapid tests and mobile testing ---
    (
        "lIo014",
        "vi",
        "tanhong_quicktest",
        "Test nhanh dư lượng thuốc BVTV trên rau, củ, quả bán tại chợ",
        "Trung tâm Dịch vụ Nông nghiệp cấp huyện định kỳ lấy mẫu rau quả tại chợ và test nhanh dư lượng thuốc bảo vệ "
        "thực vật, thông báo kết quả cho người tiêu dùng. Đợt gần nhất kiểm 8 loại: 7 mẫu (chôm chôm, nhãn, bưởi, "
        "táo, bòn bon, dưa leo, bí đao) có dư lượng nhưng ở mức an toàn, riêng bắp cải không phát hiện.",
    ),
    (
        "lIo015",
        "vi",
        "baomoi_xekn",
        "Xe kiểm nghiệm an toàn thực phẩm lưu động: test nhanh, sàng lọc, lấy mẫu tại chỗ",
        "Xe chuyên dụng sản xuất năm 2016, trang bị để kiểm tra nhanh, sàng lọc và lấy mẫu thực phẩm ngay tại chợ, cơ "
        "sở kinh doanh, hỗ trợ đoàn thanh tra, kiểm tra liên ngành và lực lượng phản ứng nhanh về vệ sinh an toàn "
        "thực phẩm. Ba xe đã được đưa vào hoạt động cùng ba đoàn kiểm tra liên ngành.",
    ),
    (
        "lIo016",
        "en",
        "alfa_kits",
        "Food safety rapid test kits: veterinary drugs, pesticides, microbes and illegal additives",
        "Ready-to-use test kits for food safety screening, grouped by target: veterinary drug residues, "
        "organophosphate, carbamate, organochlorine and pyrethroid pesticides, bacteria and other microorganisms, "
        "permitted and prohibited food additives, and nutrients. Kits cut the time and cost of laboratory testing and "
        "give reproducible results for routine checks.",
    ),
    (
        "lIo017",
        "en",
        "frenovo_rapid",
        "On-site rapid food safety testing: test strips and tube methods for inspectors and kitchens",
        "Rapid methods for finding suspicious food on the spot: paper strips read by colour or colloidal-gold "
        "chromatography (qualitative or semi-quantitative) and test-tube colour reactions. They support daily "
        "inspection, event catering security and emergency response, with suspect samples forwarded to a laboratory "
        "for confirmation.",
    ),
    (
        "lIo018",
        "vi",
        "frenovo_trend",
        "Kit test nhanh an toàn thực phẩm cho chợ, bếp ăn và đơn vị quản lý",
        "Cung cấp bộ kit kiểm tra nhanh để sàng lọc thực phẩm rẻ, tiêu thụ nhanh như rau, sữa đậu nành, đồ ăn sẵn bán "
        "ở chợ – những mặt hàng thường đã bán hết trước khi có kết quả phòng thí nghiệm. Kit giúp định tính phẩm màu "
        "(trong hơn 3.000 chất màu đã biết), dư lượng và chất cấm, giảm tải cho phòng thí nghiệm; mẫu nghi ngờ mới "
        "gửi đi định lượng.",
    ),
    (
        "lIo019",
        "en",
        "visualfoodie_raidon",
        "Home pesticide test kit for fruit and vegetables (enzyme inhibition)",
        "A consumer-grade kit for the kitchen that screens the surface of produce for organophosphate and carbamate "
        "pesticides: a colour change means the enzyme reaction worked and no detectable residue, no change means "
        "caution. It is a preliminary screen, not a laboratory result.",
    ),
    (
        "lIo020",
        "en",
        "mcmaster_dipstick",
        "Paper dipstick that detects pesticides in food in under 5 minutes (research stage)",
        "A university chemistry group has developed a litmus-like paper strip that changes colour in less than 5 "
        "minutes when common pesticides are present in food, replacing hours of work with laboratory instruments. The "
        "team expects consumer kits within about three years and seeks partners to develop them.",
    ),
]

OFFERS += [
    # --- pond water kits (aquaculture) ---
    (
        "lIo021",
        "vi",
        "kptchem_kit",
        "Kit test nhanh chất lượng nước cho ao nuôi quảng canh",
        "Bộ kit kiểm tra nhanh các chỉ tiêu môi trường ao nuôi (pH, độ kiềm, độ cứng, amoni, nitrit…) cho kết quả "
        "trong vài phút bằng phản ứng màu, rẻ hơn nhiều so với gửi phòng thí nghiệm và dùng ngay tại bờ ao. Kết quả "
        "định tính hoặc bán định lượng nên độ chính xác thấp hơn phòng thí nghiệm, phụ thuộc thao tác và cách đọc màu.",
    ),
    (
        "lIo022",
        "vi",
        "testsera_nh3",
        "Test NH3/NH4 sera đo khí độc amoniac trong ao tôm cá",
        "Bộ test sera chuyên dùng cho nước ao nuôi thủy sản, đo amoni/amoniac sinh ra từ thức ăn dư, phân thải, xác "
        "tảo và đáy ao chưa cải tạo kỹ. Ngưỡng tham khảo NH3 tối ưu dưới 0,1 mg/l, cho phép dưới 0,3 mg/l; độc tính "
        "tăng mạnh khi pH từ 8 trở lên.",
    ),
    (
        "lIo023",
        "vi",
        "tepbac_water",
        "Dụng cụ đo chất lượng nước ao nuôi: test kit, bút đo cầm tay hay máy đo đa chỉ tiêu",
        "Tư vấn chọn dụng cụ theo dõi nhiệt độ, oxy hòa tan, độ mặn, độ kiềm, pH, độ đục, amoniac, nitrit, nitrat, độ "
        "cứng trong ao tôm: test kit đọc bằng mắt qua phản ứng màu, bút đo cầm tay và máy đo đa chỉ tiêu cho số đọc "
        "trực tiếp.",
    ),
    (
        "lIo024",
        "vi",
        "binhlan_kit",
        "Kit đo chất lượng nước nuôi tôm theo QCVN 02-19:2014/BNNPTNT",
        "Cung cấp kit đo nhanh và kit an toàn thực phẩm; với nước nuôi tôm, kit giúp giữ các thông số trong ngưỡng: "
        "pH 7,5–8,5 (dao động trong ngày không quá 0,5), độ kiềm 100–150 mg/l, oxy hòa tan trên 5 mg/l, H2S dưới 0,03 "
        "mg/l, NH3 dưới 0,1 mg/l, nitrit dưới 0,2 mg/l, độ mặn 10–25‰.",
    ),
    (
        "lIo025",
        "en",
        "biogency_10",
        "Measuring ten water parameters in shrimp ponds",
        "Guidance and products for measuring the ten key water parameters of a shrimp pond – pH (best 7.5–8.5 with "
        "small day-night swings), temperature, salinity, alkalinity, dissolved oxygen, ammonia, nitrite, H2S, "
        "transparency and hardness – with pH meters or test kits, plus advice on acid sulphate soils in coastal areas.",
    ),
    # --- heavy metals ---
    (
        "lIo026",
        "vi",
        "vnua_klnhaisan",
        "Phân tích kim loại nặng (thủy ngân, chì, cadimi) trong hải sản",
        "Dịch vụ phân tích kiểm nghiệm của học viện nông nghiệp: xác định thủy ngân, chì, cadimi và asen trong cá, "
        "tôm, nhuyễn thể. Kim loại tích tụ nhiều ở mang, gan, ruột, đầu tôm và đầu cá do nước và thức ăn ô nhiễm; đơn "
        "vị cũng khuyến nghị kiểm soát chất lượng nước nuôi thủy sản.",
    ),
    (
        "lIo027",
        "vi",
        "thanhhoa_kln",
        "Kiểm nghiệm kim loại nặng trong thực phẩm, đất trồng và nước tưới",
        "Tổ chức chứng nhận và thử nghiệm nhận phân tích chì, thủy ngân, cadimi, asen trong nông sản, thực phẩm bao "
        "gói, đất trồng, nước tưới và nước nuôi trồng, đối chiếu giới hạn của Quyết định 46/2007/QĐ-BYT và QCVN 8-2 "
        "của Bộ Y tế, giúp cơ sở kiểm soát kim loại nặng trong cả chuỗi trước khi đưa sản phẩm ra thị trường.",
    ),
    (
        "lIo028",
        "en",
        "creative_hm",
        "Heavy metal contamination analysis in foods (As, Cd, Cr, Hg, Pb)",
        "We analyse arsenic, cadmium, chromium, mercury and lead in fish products, fruit and vegetables, cereals, "
        "nuts and supplements, and compare results with EU maximum levels, which range for lead from 0.02 mg/kg in "
        "milk products to 3.0 mg/kg in food supplements and for cadmium from 0.05 mg/kg in fruit and vegetables "
        "upward.",
    ),
    (
        "lIo029",
        "vi",
        "icard_hm",
        "Kim loại nặng bằng HR-ICP-MS và phân tích dạng asen vô cơ, thủy ngân hữu cơ",
        "Trung tâm nghiên cứu – phát triển phân tích chì, cadimi, thủy ngân và asen trong thủy sản, rau quả, ngũ cốc, "
        "các loại hạt và thực phẩm trẻ em bằng AAS, ICP-OES, ICP-MS và ICP-MS độ phân giải cao để đạt giới hạn phát "
        "hiện thấp nhất; phân biệt asen vô cơ với hữu cơ và methyl thủy ngân với thủy ngân vô cơ.",
    ),
    (
        "lIo030",
        "en",
        "als_hm",
        "Toxic metals screen by ICP-MS, including organic arsenic and methylmercury",
        "A full screen of metals of concern in food – the big four (lead, cadmium, arsenic, mercury) and a wide range "
        "of other elements – by ICP-MS, with hyphenated techniques to measure specific forms such as organic arsenic "
        "or methylmercury. Seafood is high risk, but any primary produce can pick up metals from the environment.",
    ),
    (
        "lIo031",
        "en",
        "medlabs_hm",
        "Heavy metals package (As, Cd, Pb, Hg) for foods and ingredients – USD 215",
        "Arsenic, cadmium and lead by ICP-MS after closed-vessel microwave digestion, and mercury by direct mercury "
        "analyser (DMA-80). Limit of quantitation 10 ppb for As, Cd and Pb; 10 g sample; 10 business days; USD 215 "
        "per analysis. Accepts foods, ingredients, nutraceuticals and beverages; not lard, glycerin, volatile "
        "flavours or alcoholic drinks.",
    ),
    (
        "lIo032",
        "en",
        "dksh_hm",
        "Instrument solutions for heavy metal testing: AAS, ICP-OES and ICP-MS",
        "Distributor of laboratory instruments that helps food laboratories equip themselves for heavy metal "
        "analysis, from atomic absorption spectrophotometers to ICP-OES and ICP-MS, including set-ups that separate "
        "organic and inorganic species.",
    ),
    # --- veterinary drug residues in shrimp ---
    (
        "lIo033",
        "en",
        "pmc_shrimp55",
        "Multiclass screening of 55 antimicrobial residues in shrimp by UHPLC-MS/MS",
        "A validated method determines 55 antibacterial residues in shrimp muscle in one run of under 10 minutes: "
        "fluoroquinolones, sulfonamides, tetracyclines, macrolides, lincosamides, penicillins, nitroimidazoles and "
        "amphenicols. Limits of detection 1–5 ng/g, recoveries 74–113 %; applied to market samples it quantified "
        "enrofloxacin, ciprofloxacin, pefloxacin and doxycycline. Offered as a testing service by the research team.",
    ),
    (
        "lIo034",
        "en",
        "randox_shrimp",
        "Biochip screening of nitrofurans and chloramphenicol in shrimp",
        "Validated bioluminescent biochip method for monitoring boiled-frozen shrimp for nitrofuran and "
        "chloramphenicol residues; in a monitoring study of 30 samples none were found. Suited to routine checks of "
        "incoming shrimp lots.",
    ),
    (
        "lIo035",
        "vi",
        "researcher_shrimp_elisa",
        "Sàng lọc ELISA dư lượng thuốc thú y và sulfite trong tôm",
        "Dịch vụ sàng lọc tôm bằng kit ELISA cho oxytetracycline, nitrofurantoin, chloramphenicol, fluoroquinolone và "
        "malachite green, kèm kit phát hiện sulfite (ngưỡng 100 ppm); mẫu dương tính được khẳng định bằng LC-MS/MS. "
        "Trong một khảo sát tôm nhập khẩu, 70 % mẫu dương tính nitrofurantoin, 17 % fluoroquinolone, 43 % có sulfite "
        "không ghi trên nhãn.",
    ),
    (
        "lIo036",
        "en",
        "jetir_shrimp",
        "Antibiotic residues in shrimp-pond water and mud: survey and LC-MS method",
        "Research group offering surveys of nitrofuran metabolites (AOZ, AMOZ, AHD, SEM) and chloramphenicol in water "
        "and sediment of shrimp ponds and surrounding canals, with an optimised LC-MS method that needs no clean-up "
        "step. In a southern Vietnam survey the highest levels were up to 6.06 ppm in water and 2,615.96 ppm in wet "
        "mud.",
    ),
    (
        "lIo037",
        "vi",
        "proquest_shrimp",
        "Phân tích đa dư lượng kháng sinh trong thủy sản bằng QuEChERS và LC-MS/MS trước khi xuất khẩu",
        "Phòng thí nghiệm phân tích tetracycline, sulfonamide, quinolone, chloramphenicol và các nhóm kháng sinh khác "
        "trong tôm cá nuôi bằng phương pháp chiết QuEChERS, có hoặc không làm sạch SPE, rồi định lượng bằng LC-MS/MS; "
        "giúp kiểm tra hàng ngay tại nguồn trước khi xuất sang EU, Mỹ, Canada, Nhật Bản – những thị trường đã nhiều "
        "lần phát hiện dư lượng trong thủy sản châu Á.",
    ),
    # --- histamine and mycotoxins ---
    (
        "lIo038",
        "vi",
        "giayphepgm_histamine",
        "Kiểm nghiệm histamine trong nước mắm phục vụ hồ sơ tự công bố",
        "Tư vấn và thực hiện kiểm nghiệm chỉ tiêu histamine cho cơ sở sản xuất nước mắm: giải thích cơ chế hình thành "
        "histamine khi cá giàu protein bị phân giải trong quá trình ủ chượp, giới hạn cho phép, quy trình lấy mẫu và "
        "phiếu kết quả dùng cho hồ sơ tự công bố theo Nghị định 15/2018/NĐ-CP, hạn chế rủi ro thu hồi, xử phạt khi "
        "hậu kiểm.",
    ),
    (
        "lIo039",
        "en",
        "seafish_histamine",
        "Histamine limits and sampling plans for seafood and fish sauce (EU rules)",
        "Guidance for seafood businesses on EU histamine controls under Regulations 853/2004 and 2073/2005: "
        "nine-sample plans for fishery products from histidine-rich species, a separate plan for products matured in "
        "brine, and a single sample not exceeding 400 mg/kg for fish sauce made by fermentation. Covers species such "
        "as mackerel, tuna, sardine, herring and anchovy.",
    ),
    (
        "lIo040",
        "en",
        "bali_histamine",
        "Histamine testing for fish and fishery products bound for export",
        "Seafood laboratory testing histamine in tuna and other fish, in the accredited lab or with test kits that "
        "give a ppm level. Histamine rises when fish is mishandled at warm temperatures; FDA treats below 10 ppm as "
        "good, 50 ppm as the defect action level and above 500 ppm as toxic, and high results cause export rejections.",
    ),
    (
        "lIo041",
        "vi",
        "vjfc_tuong_aflatoxin",
        "Đánh giá chất lượng và aflatoxin trong tương, nước chấm lên men truyền thống",
        "Nhóm nghiên cứu của tạp chí kiểm nghiệm ATTP nhận phân tích aflatoxin tổng số, đường khử và protein hòa tan "
        "cho nước chấm lên men. Khảo sát 38 mẫu tương ở bốn tỉnh: 35 mẫu dưới giới hạn phát hiện (LOD 0,74 µg/lít), 3 "
        "mẫu của cơ sở nhỏ lẻ phát hiện nhưng vẫn dưới QCVN 8-1:2011/BYT; protein hòa tan 5,05–6,61 %, đường khử "
        "2,26–10,04 %.",
    ),
    # --- drinking, well and bottled water ---
    (
        "lIo042",
        "vi",
        "qcvn_giaxn",
        "Gói xét nghiệm nước sinh hoạt và nước ăn uống theo quy chuẩn Bộ Y tế",
        "Các gói kiểm nghiệm nước có giá tham khảo: gói 14 chỉ tiêu nước sinh hoạt theo QCVN 02:2009/BYT (màu, mùi "
        "vị, độ đục, pH, độ cứng, clorua, sắt, pecmanganat, clo dư, coliform, E. coli, amoni, asen, florua) tổng "
        "1.149.000 đ, trong đó coliform và E. coli mỗi chỉ tiêu 170.000 đ, asen 140.000 đ; gói 13 chỉ tiêu nước ăn "
        "uống theo QCVN 01:2009/BYT.",
    ),
]

OFFERS += [
    (
        "lIo043",
        "vi",
        "sawaco_result",
        "Phòng kiểm nghiệm nước đạt VILAS 1007: thử nghiệm nước ăn uống, sinh hoạt theo QCVN 01-1:2018/BYT",
        "Phòng quản lý chất lượng nước của một tổng công ty cấp nước nhận mẫu nước ăn uống, sinh hoạt (đựng bình 2 "
        "lít) để thử nghiệm màu, mùi, độ đục và các chỉ tiêu hóa lý, vi sinh theo QCVN 01-1:2018/BYT; mẫu 10 điểm "
        "được phân tích trong khoảng 2 ngày, mẫu lưu 5 ngày sau khi trả kết quả, độ không đảm bảo đo công bố với k = "
        "2.",
    ),
    (
        "lIo044",
        "en",
        "waterboyct",
        "Well water sampling for coliform bacteria, E. coli, arsenic and nitrate",
        "Water professionals who sample private wells and have them tested for total and faecal coliforms and E. "
        "coli, arsenic (from arsenic-rich rock and soil, farming and mining) and nitrate, whose US limit is 10 ppm "
        "because of the risk of blue baby syndrome; results are explained with advice on monitoring and maintaining "
        "the well.",
    ),
    (
        "lIo045",
        "en",
        "uiowa_well",
        "Private well water testing kits for coliform bacteria and nitrate",
        "The state hygienic laboratory supplies sampling kits for private well owners – a sample information form, "
        "two bottles and collection instructions – for total coliform bacteria (including E. coli) and nitrate; "
        "samples are mailed back to the laboratory. A yearly test is recommended because no operator checks private "
        "wells.",
    ),
    (
        "lIo046",
        "en",
        "idaho_well",
        "Annual nitrate and coliform testing of private drinking water supplies",
        "Well water should be tested every year for nitrate and coliform bacteria, and for pesticides or organic "
        "chemicals if a problem is suspected. Certified laboratories charge about USD 10–20 for nitrate and bacteria; "
        "pesticide panels cost several hundred to several thousand dollars. Results come back within days to weeks "
        "with a comparison to drinking water standards.",
    ),
    (
        "lIo047",
        "en",
        "prospec_water",
        "Water testing for bacteria, lead and nitrate with stated turnaround times",
        "Inspection service that samples household water for coliform and faecal coliform / E. coli (results in 5–7 "
        "days), lead from pipes, solder and fittings (10–14 days) and nitrate-nitrite (5–7 days), with an explanation "
        "of health risks such as blue baby syndrome for infants.",
    ),
    (
        "lIo048",
        "en",
        "skillings",
        "Choosing a certified laboratory and a test package for your water well",
        "We help well owners pick a state-certified water testing laboratory and a package suited to local conditions "
        "(coliform bacteria, nitrate, arsenic, volatile organics, hardness, iron), and recommend an accurate test "
        "before buying any water treatment equipment, bearing in mind that well water composition can change with the "
        "seasons.",
    ),
    (
        "lIo049",
        "vi",
        "socay_nuoc",
        "Sổ tay đánh giá chất lượng nước cho phòng thí nghiệm của trung tâm nước sạch nông thôn",
        "Tài liệu 459 trang (2013) do Trung tâm Quốc gia Nước sạch và Vệ sinh môi trường nông thôn biên soạn, trang "
        "bị cho phòng thí nghiệm của các trung tâm nước sạch cấp tỉnh phương pháp lấy mẫu, phân tích và kiểm soát "
        "chất lượng nước cấp nông thôn; dùng làm giáo trình đào tạo cán bộ phòng thí nghiệm.",
    ),
    (
        "lIo050",
        "vi",
        "memart_gieng",
        "Thành phần nước giếng khoan và các phương pháp xử lý",
        "Giới thiệu thành phần hóa học của nước giếng khoan (khoáng hòa tan, sắt, mangan, asen, H2S, metan), tác động "
        "tới sức khỏe và các giải pháp lọc, xử lý nước giếng cho hộ gia đình.",
    ),
    (
        "lIo051",
        "en",
        "alaska_bottled",
        "Bottled water sampling requirements: weekly coliform and quarterly container checks",
        "Guidance for water bottlers: each type of finished bottled water is sampled weekly for faecal coliforms or "
        "E. coli, and every quarter four containers and four closures are swabbed or rinsed for aerobic plate count. "
        "Samples must be coliform-free, and no more than one of four may exceed 1 bacterium per ml of capacity or 1 "
        "colony per cm²; positive results trigger notification and resampling within 24 hours.",
    ),
    (
        "lIo052",
        "en",
        "bcnlabs_bottled",
        "Microbiological testing of bottled water, containers and closures",
        "Laboratory tests for bottled spring, well or purified water: heterotrophic plate count, total coliforms and "
        "E. coli, plus coliform and E. coli tests on containers and closures, and yeasts and moulds when spoilage is "
        "suspected. FDA allows no more than one coliform per 100 ml; ozone keeps counts low at bottling but bacteria "
        "grow during storage.",
    ),
    (
        "lIo053",
        "vi",
        "wwdmag_bottled",
        "Tư vấn kế hoạch kiểm nghiệm định kỳ cho cơ sở nước đóng chai",
        "Hướng dẫn cơ sở mới kinh doanh nước đóng chai lập kế hoạch kiểm nghiệm: phân tích hằng năm cho từng loại "
        "thành phẩm và từng nguồn nước không phải nước máy; mỗi dây chuyền có thiết bị xử lý riêng tính như một sản "
        "phẩm riêng, dây chuyền dùng chung thiết bị xử lý có thể kiểm luân phiên; nguồn nước máy đã được kiểm thì "
        "dùng kết quả của nhà cung cấp.",
    ),
    # --- trade scales, weights and weighbridges ---
    (
        "lIo054",
        "vi",
        "binhthuan_doichung",
        "Hướng dẫn phép đo đối chứng khối lượng trong thương mại bán lẻ (Thông tư 09/2017/TT-BKHCN)",
        "Chi cục TĐC hướng dẫn ban quản lý chợ và người mua thực hiện phép đo đối chứng: chọn lượng hàng không quá "
        "mức cân lớn nhất, đặt quả cân đối chứng có tổng khối lượng bằng lượng hàng lên cân và đọc chỉ thị; nếu chênh "
        "lệch vượt lượng thiếu cho phép thì phép đo không đạt. Có ví dụ với cân đồng hồ lò xo 8 kg, độ chia 20 g, đối "
        "chứng 1 kg.",
    ),
    (
        "lIo055",
        "vi",
        "haiduong_tt09",
        "Yêu cầu đối với cân dùng trong bán lẻ: chọn độ chia phù hợp và kiểm định",
        "Phổ biến quy định đo lường phép đo khối lượng trong thương mại bán lẻ có hiệu lực từ 15/8/2017: cân phải có "
        "phạm vi và giá trị độ chia phù hợp lượng hàng (ví dụ hàng trên 400 g đến 1 kg dùng cân có d ≤ 20 g, trên 4 "
        "kg đến 100 kg dùng d ≤ 200 g), đã được kiểm định tại tổ chức được chỉ định và còn nguyên niêm phong.",
    ),
    (
        "lIo056",
        "vi",
        "binhthuan_phuquy",
        "Kiểm định phương tiện đo lưu động tại địa bàn xa: cột xăng, cân chợ, trạm cân đối chứng",
        "Trung tâm Kỹ thuật TĐC phối hợp phòng kinh tế huyện tổ chức đợt kiểm định lưu động định kỳ hằng năm để người "
        "dân ở địa bàn xa không phải mang phương tiện đo đi xa: trong 3 ngày đã kiểm định 14 cột đo xăng dầu, 1 cân "
        "phân tích, 4 cân kỹ thuật, 6 cân đĩa và 3 cân đồng hồ lò xo tại cây xăng, tiệm vàng, bưu điện và các trạm "
        "cân đối chứng ở chợ.",
    ),
    (
        "lIo057",
        "vi",
        "candongdo_kiemdinh",
        "Dịch vụ kiểm định cân điện tử, cân tính tiền, cân bàn, cân treo, trạm cân ô tô",
        "Nhận làm thủ tục kiểm định định kỳ 12 tháng/lần cho các loại cân dùng mua bán trực tiếp ở chợ, cửa hàng, "
        "siêu thị, công ty và khu công nghiệp; cân đạt yêu cầu được dán tem kiểm định. Cân không kiểm định có thể bị "
        "quản lý thị trường xử phạt; cân chỉ dùng nội bộ cho sản xuất, sơ chế thì không bắt buộc kiểm định.",
    ),
    (
        "lIo058",
        "vi",
        "denshi_hieuchuan",
        "Hiệu chuẩn lại cân điện tử, cân phân tích sau vận chuyển và định kỳ",
        "Cân nhập khẩu dù đã hiệu chuẩn ở nhà máy vẫn cần hiệu chuẩn lại do khác biệt vĩ độ, độ cao, từ trường và va "
        "đập khi vận chuyển. Nhà cung cấp hiệu chuẩn nội bộ trước khi giao và hướng dẫn khách kiểm định/hiệu chuẩn có "
        "chứng nhận tại trung tâm TĐC; chu kỳ cho cân bàn, cân phân tích, cân sàn, cân xe tải là 1 năm, quả cân E2 là "
        "2 năm.",
    ),
    (
        "lIo059",
        "en",
        "tukes_scales",
        "Type approval, initial verification and periodic verification of scales used in trade",
        "The safety and metrology authority explains and supervises the three checks for trade scales: type "
        "examination by an approved inspection body, initial verification that each instrument matches the approved "
        "type and stays within permitted error, and periodic re-verification of in-service instruments at regular "
        "intervals.",
    ),
    (
        "lIo060",
        "en",
        "weighingreview",
        "Legal-for-trade scale compliance: certification, installation verification and sealing",
        "Advice for businesses that sell by weight: a legal-for-trade scale needs a type-approved design (NIST "
        "Handbook 44 or OIML R 76), verification after installation by a licensed technician or inspector, sealed "
        "calibration access or an audit trail, and ongoing checks so that neither buyer nor seller loses money.",
    ),
    (
        "lIo061",
        "en",
        "meridian",
        "Legal-for-trade scale set-up, on-site calibration and six-monthly service",
        "Scale service company: we check that the scale suits the job (minimum load above 50 graduations, e.g. a 30 "
        "lb x 0.01 lb scale is usable from 0.50 lb), hold an NTEP certificate, calibrate it where it is used because "
        "gravity varies with place, and help register it with the weights and measures authority. We recommend "
        "testing and calibration every six months – a 1 % error adds up to real losses.",
    ),
    (
        "lIo062",
        "en",
        "nmi_nl",
        "Market access testing for measuring instruments: model approval and verification",
        "Notified body testing measuring instruments used in trade – from scales to fuel dispensers and brake testers "
        "– for manufacturers who need to show legal compliance before selling: model (type) approval, initial "
        "verification and re-verification under national and international rules.",
    ),
    (
        "lIo063",
        "vi",
        "zemic",
        "Cân điện tử các loại và giải thích thuật ngữ đo lường",
        "Công ty cân điện tử giới thiệu sản phẩm cân nhà bếp, cân công nghiệp và giải nghĩa các thuật ngữ đo lường "
        "theo luật (đo lường, hoạt động đo lường, hệ đơn vị SI, chuẩn đo lường, chất chuẩn) cập nhật đến tháng 2/2017.",
    ),
    (
        "lIo064",
        "en",
        "oiml_r76_cert",
        "OIML R 76 type certificate for a weighing indicator (accuracy class III / IIII)",
        "Certificate issued in 2024 under scheme A by a Dutch OIML issuing authority for a manufacturer's weighing "
        "indicator series, attesting conformity of the type with OIML R 76-1:2006 for accuracy classes III and IIII; "
        "covers the metrological characteristics of the type only.",
    ),
]

OFFERS += [
    (
        "lIo065",
        "en",
        "zupyak_scales",
        "Buying legal-for-trade balance scales for commercial use",
        "Buyer's guide to scales certified for trade in retail, shipping and food production: what legal-for-trade "
        "means, why certified balances cost more, and how to choose a model approved by NIST or an equivalent body.",
    ),
    (
        "lIo066",
        "vi",
        "kiemdinhvung3_quacan",
        "Hiệu chuẩn quả cân cấp chính xác F1, F2, M1 theo OIML R111",
        "Phòng hiệu chuẩn xác định sai số giữa khối lượng danh nghĩa và khối lượng quy ước của quả cân từ 1 mg đến "
        "5.000 kg, các cấp E1 đến M3. Điều kiện môi trường theo cấp: F1 ở 18–27 °C, dao động không quá ± 1,5 °C/h, độ "
        "ẩm 40–60 %; quả cân kiểm được ổn định cạnh quả cân chuẩn ít nhất 12 giờ trước khi so sánh.",
    ),
    (
        "lIo067",
        "en",
        "truckscale_net",
        "Truck scale calibration with a certified test truck",
        "After installation and periodically in service, our test truck brings certified test weights in 1,000–2,500 "
        "lb blocks moved by hoist or mobile cart. Each section (pair of load cells) is tested and adjusted so the "
        "indicator reads the same wherever the load sits, the span is set, linearity is checked with increasing and "
        "decreasing loads, and adjustment points are sealed; tolerances follow NIST Handbook 44 class IIIL.",
    ),
    (
        "lIo068",
        "en",
        "weightech_pm",
        "Preventive maintenance and ISO/IEC 17025 calibration for truck and in-plant scales",
        "Scheduled scale inspections: visual check of foundation, weighbridge, deck, mechanics and electronics; a "
        "build-up test to 25,000 lb; section tests with certified weights; adjustment to within one graduation and "
        "NIST Handbook 44 tolerances; a certification sticker on the indicator and a detailed service report. "
        "In-plant scales are tested with traceable weights at every corner.",
    ),
    (
        "lIo069",
        "vi",
        "protech_truck",
        "Bảo dưỡng và kiểm tra cân xe tải định kỳ 6 tháng một lần",
        "Kỹ thuật viên kiểm tra toàn bộ trạm cân: làm sạch đá kẹt giữa mặt cân và móng (có thể lắp nẹp chữ T), chỉnh "
        "bu lông chặn để không bó khi nhiệt độ thay đổi, vệ sinh quanh cảm biến tải và kiểm tra cáp; sau đó thử để xe "
        "đặt ở vị trí nào trên mặt cân cũng cho cùng khối lượng, dùng quả cân chuẩn kiểm tra độ chính xác và lập biên "
        "bản kèm khuyến nghị.",
    ),
    (
        "lIo070",
        "en",
        "legalclarity_weighbridge",
        "Weighbridge calibration requirements explained",
        "Briefing on why and how weighbridges are calibrated against certified test weights: vibration, temperature "
        "and wear make every scale drift, and a 60,000 lb load read 300 lb heavy overcharges the buyer on every "
        "truck, while overloaded trucks bring fines and shared legal responsibility for shipper, loader and weigher.",
    ),
    (
        "lIo071",
        "en",
        "eatsip_truck",
        "Step-by-step truck scale calibration with a pre-inspection",
        "Field procedure for pit, pitless, electronic and hydraulic truck scales: 30 minutes of preparation and about "
        "an hour of testing with certified weights, starting with a visual pre-inspection, since over half of failed "
        "calibrations come from debris under the deck or a damaged cable. A grain cooperative lost over USD 75,000 in "
        "a year from a 0.2 % error.",
    ),
    # --- fuel dispensers ---
    (
        "lIo072",
        "vi",
        "caobang_cdxd",
        "Kiểm định cột đo xăng dầu định kỳ tại cửa hàng bán lẻ",
        "Trung tâm ứng dụng tiến bộ KH&CN cử kiểm định viên đến tận cửa hàng kiểm định cột đo xăng dầu – phương tiện "
        "đo nhóm 2 theo Thông tư 23/2013 và 07/2019 của Bộ KH&CN: kiểm định ban đầu, định kỳ 12 tháng/lần và sau sửa "
        "chữa, giúp duy trì độ chính xác và ngăn gian lận như phá kẹp chì bầu lường, chỉnh sai số hay thay phần mềm "
        "điều khiển.",
    ),
    (
        "lIo073",
        "vi",
        "langson_cdxd",
        "Xác định hiện trạng cột đo xăng dầu hỏng và hướng dẫn sửa chữa, kiểm định lại",
        "Theo đề nghị của doanh nghiệp, Chi cục TĐC lập biên bản hiện trạng cột đo hỏng (ví dụ hỏng bộ sung đếm) và "
        "hướng dẫn: ngừng bán bằng cột hỏng, treo biển thông báo, không tự ý thay đổi mẫu đã phê duyệt, xuất trình "
        "nguồn gốc khi thay IC điều khiển, và mời kiểm định viên kiểm định trước khi đưa cột đo trở lại sử dụng.",
    ),
    (
        "lIo074",
        "en",
        "bullseye_pump",
        "Semi-annual fuel meter calibration programme for service stations",
        "We verify, adjust and re-verify every meter twice a year, check slow-flow blends for over-delivery, replace "
        "faulty meters, measure flow rate to tell you when filters need changing, and keep your station data on file. "
        "About half our clients calibrate yearly, half semi-annually; tolerances follow NIST Handbook 44 (e.g. 0.3 % "
        "maintenance tolerance for large-capacity motor-fuel dispensers).",
    ),
    (
        "lIo075",
        "vi",
        "petroclass",
        "Hiệu chuẩn đồng hồ cột bơm nhiên liệu bằng bình chuẩn dung tích",
        "Kiểm tra và hiệu chỉnh đồng hồ trụ bơm bằng bình chuẩn (prover can) 5 gallon chế tạo theo NIST Handbook "
        "105-3, OIML R 120 và API chương 4; sai số cho phép khi thanh tra là ± 6 inch khối trên mỗi lần bơm thử 5 "
        "gallon. Bình chuẩn được hiệu chuẩn định kỳ để bảo đảm liên kết chuẩn, bảo vệ cả người mua lẫn cửa hàng.",
    ),
    (
        "lIo076",
        "en",
        "yjs_fuel",
        "Fuel dispenser inspection: volume accuracy, electronics, software and anti-tamper checks",
        "Third-party inspection of fuel dispensers covering flow meters, solenoid valves, pressure sensors and "
        "electronic controllers, using calibrated volumetric tanks, portable flow meters and data loggers at "
        "different flow rates and temperatures, following NIST, OIML and IEC methods; software and seals are checked "
        "against fraud and data manipulation.",
    ),
    (
        "lIo077",
        "en",
        "convenience_calib",
        "What an out-of-tolerance dispenser costs: calibration advice for fuel retailers",
        "Calibration advice with the numbers: a dispenser running 100 ml per 20 litres in the customer's favour (the "
        "maximum allowed in Canada) on 10,000 litres a day gives away 50 litres, about USD 1,650 a month or USD "
        "20,000 a year; six such dispensers could lose USD 120,000. Regulation there requires calibration every two "
        "years.",
    ),
    (
        "lIo078",
        "en",
        "justervesenet",
        "Self-checking fuel dispensers and conformity of temperature-compensated systems",
        "The national metrology service advises owners to check their dispensers periodically with a suitable "
        "reference container – narrow-necked, not trapping air, of stable and preferably grounded metal – and notes "
        "that only a calibrated volume standard gives certain errors. It also explains conformity assessment (type "
        "test plus final inspection, or unit verification) for systems with automatic temperature compensation.",
    ),
    (
        "lIo079",
        "en",
        "seraphin_prover",
        "Field standard test measures (prover cans) for fuel meters",
        "Manufacturer of graduated-neck volumetric test measures built to strict design criteria and calibrated by an "
        "official agency, used to check pump meters; stations can lose money even when meters are within maintenance "
        "tolerance.",
    ),
    (
        "lIo080",
        "vi",
        "luatduonggia_xang",
        "Tư vấn pháp lý về sai số cho phép và yêu cầu đo lường với cột đo xăng dầu",
        "Công ty luật giải đáp quy định của Thông tư 15/2015/TT-BKHCN (sửa đổi bởi Thông tư 08/2018): cột đo phải phù "
        "hợp mẫu phê duyệt, mới 100 % khi kiểm định lần đầu, bộ phận có thể can thiệp phải niêm phong kẹp chì, cầu "
        "dao đặt ở một vị trí dễ thao tác; và sai số cho phép trong kinh doanh xăng dầu.",
    ),
    # --- water and electricity meters ---
    (
        "lIo081",
        "vi",
        "vannuoc_gia",
        "Bảng giá kiểm định và hiệu chuẩn đồng hồ nước",
        "Tổng hợp bảng giá kiểm định, hiệu chuẩn đồng hồ nước áp dụng tại Hà Nội năm 2023 theo cỡ đồng hồ, kèm mẫu "
        "giấy chứng nhận kiểm định; chi phí phụ thuộc số lượng đồng hồ và thời gian kiểm định, nhận làm cho hộ gia "
        "đình và doanh nghiệp.",
    ),
    (
        "lIo082",
        "vi",
        "naphoga",
        "Kiểm định đồng hồ nước: tem, niêm phong và giấy chứng nhận hợp pháp",
        "Hướng dẫn và kết nối dịch vụ kiểm định đồng hồ nước cho hộ gia đình, doanh nghiệp, khu công nghiệp tại các "
        "tổ chức được cấp phép như trung tâm kỹ thuật TĐC (QUATEST) hay Viện Đo lường Việt Nam; đồng hồ đạt được gắn "
        "tem, niêm phong kỹ thuật và cấp giấy chứng nhận kiểm định, làm căn cứ thanh toán tiền nước.",
    ),
    (
        "lIo083",
        "vi",
        "vandonghonuoc",
        "Quy trình kiểm định độ chính xác đồng hồ nước",
        "Kiểm định đồng hồ nước theo ba bước: kiểm tra đường ống để loại trừ rò rỉ, cho nước chảy qua đồng hồ và so "
        "với thiết bị đo lưu lượng chuẩn, rồi đánh giá kết quả – đồng hồ không đạt phải sửa chữa hoặc thay thế, tránh "
        "thanh toán thừa hoặc thiếu tiền nước.",
    ),
    (
        "lIo084",
        "en",
        "hydromax",
        "In-place accuracy testing of production and large customer water meters",
        "We verify production, system and large customer meters where they are installed, testing every component "
        "from the primary device to the electronic read-outs and recorded readings, at all operating levels and pump "
        "combinations, so utilities know customers are billed for the right volume and where errors arise.",
    ),
    (
        "lIo085",
        "en",
        "yjs_watermeter",
        "Potable cold water meter testing to OIML R 49",
        "Testing laboratory for cold potable water meters: type approval, initial and periodic verification against "
        "OIML R 49, MID and AWWA standards, checking accuracy across flow rates, wear and calibration drift, to "
        "support fair billing, water loss management and replacement planning.",
    ),
    (
        "lIo086",
        "en",
        "dutco_bench",
        "Water meter test benches for utilities",
        "Supplier of water meter test benches that compare a meter's registration with a volumetric tank or accurate "
        "scale; includes a return-on-investment argument – a meter 4 % slow loses revenue, and sewer surcharges of "
        "100 % double the value of accurate metering.",
    ),
    (
        "lIo087",
        "en",
        "idap_bench",
        "Water meter test bench apparatus with traceable calibration",
        "Specialised test station equipment for evaluating water meters in a controlled environment, with automated "
        "accuracy checks traceable to national standards through reference meters, weigh scales or volumetric tanks, "
        "for utilities testing new or removed meters.",
    ),
]

OFFERS += [
    (
        "lIo088",
        "vi",
        "capnuocnongthon",
        "Thay đồng hồ nước định kỳ 5 năm một lần – công ty cấp nước chịu chi phí",
        "Công ty cấp nước nông thôn giải thích vì sao đồng hồ vẫn chạy tốt vẫn phải thay: theo quy định, đồng hồ được "
        "thay định kỳ 5 năm/lần kể từ lần kiểm định gần nhất để bảo đảm chính xác, và công ty chịu toàn bộ chi phí "
        "thay mới.",
    ),
    (
        "lIo089",
        "en",
        "ls_energy",
        "Energy meter testing and calibration service",
        "Electrical contractor testing and calibrating energy meters for residences, businesses and utilities: "
        "accuracy for fair billing, compliance with national and international standards, reliability under different "
        "loads, and detection of tampering or bypass to prevent energy theft.",
    ),
    (
        "lIo090",
        "en",
        "clou_energy",
        "Basics of energy meter accuracy tests – training for meter technicians",
        "Training note from a meter test equipment maker: how meters were tested against wattmeters and a stopwatch – "
        "for a 75 rev/kWh meter at 230 V and 10 A (2,300 W) one revolution should take 20.87 s; measuring 21.1 s "
        "gives +1.1 %, a pass for class 2 – and why source stability, reading and timing errors matter.",
    ),
    (
        "lIo091",
        "en",
        "yjs_elecmeter",
        "Standard electricity meter testing: accuracy, creep, overload and environmental tests",
        "Laboratory and field testing of mechanical, electronic and smart electricity meters to IEC, ANSI and NIST "
        "methods: basic accuracy under different loads, creep test at no load, overload capacity, phase balance, "
        "self-heating, temperature and electromagnetic interference, using programmable sources and precision "
        "reference meters.",
    ),
    (
        "lIo092",
        "en",
        "yjs_elec_equip",
        "Electric energy meter test equipment: programmable sources and reference meters",
        "Components for building a meter test station: programmable power sources for voltage and current waveforms, "
        "precision reference meters, data acquisition, automated test software and environmental chambers; supports "
        "load variation tests from 1 % to 120 % of rated current, creep and start-up tests and harmonic distortion "
        "tests.",
    ),
    (
        "lIo093",
        "vi",
        "boa_quatest1",
        "Phòng đo lường điện được công nhận VILAS 216: hiệu chuẩn phương tiện đo điện",
        "Phòng đo lường điện của Trung tâm Kỹ thuật TĐC 1 (Hà Nội) được công nhận ISO/IEC 17025 mã VILAS 216 trong "
        "lĩnh vực đo lường – hiệu chuẩn điện, có năm người có thẩm quyền ký cho toàn bộ phép hiệu chuẩn được công "
        "nhận; nhận hiệu chuẩn công tơ, đồng hồ đo điện và chuẩn điện cho doanh nghiệp.",
    ),
    # --- temperature measurement and cold chain ---
    (
        "lIo094",
        "vi",
        "vienchatluong_nhietke",
        "Hiệu chuẩn nhiệt kế các loại: thủy tinh, điện tử, cặp nhiệt, nhiệt kế platin",
        "Dịch vụ hiệu chuẩn nhiệt kế xác định sai số so với chuẩn nhiệt độ cho nhiệt kế platin, nhiệt kế dầu, nhiệt "
        "kế chỉ thị số, cặp nhiệt điện công nghiệp, nhiệt kế thủy tinh, nhiệt kế rượu và nhiệt kế điện tử; nếu sai số "
        "vượt mức cho phép thì đề xuất hiệu chỉnh, sửa chữa hoặc thay thế.",
    ),
    (
        "lIo095",
        "vi",
        "boa_smetest",
        "Phòng hiệu chuẩn nhiệt độ được công nhận VILAS 709 tại TP Hồ Chí Minh",
        "Phòng Đo lường Hiệu chuẩn của Trung tâm Kiểm định Hiệu chuẩn Đo lường miền Nam được công nhận mở rộng VILAS "
        "709 (quyết định tháng 11/2022) cho lĩnh vực nhiệt, nhận hiệu chuẩn nhiệt kế, đầu dò nhiệt độ và thiết bị "
        "nhiệt cho doanh nghiệp khu vực phía Nam.",
    ),
    (
        "lIo096",
        "vi",
        "aov_cert",
        "Hiệu chuẩn bể điều nhiệt, tủ ấm, tủ sấy tại phòng hiệu chuẩn có kiểm soát môi trường",
        "Công ty đảm bảo chất lượng hiệu chuẩn thiết bị nhiệt cho phòng thí nghiệm và cấp phiếu hiệu chuẩn điện tử: "
        "ví dụ một bể tuần hoàn nhiệt được kiểm tại các điểm -19, 0, 5, 25 °C…, sai số tại 0 °C là +0,17 °C với độ "
        "không đảm bảo 0,051 °C, điều kiện môi trường 25 °C, độ ẩm khoảng 65 %.",
    ),
    (
        "lIo097",
        "en",
        "kitchentemp",
        "Probe thermometer calibration protocol for restaurant HACCP compliance",
        "A calibration routine for commercial kitchens: the FDA Food Code requires food thermometers accurate to ±2 "
        "°F (1 °C). We set up ice-point checks (crushed-ice slurry about 50 % ice, probe in the centre, 30 seconds) "
        "and boiling-point checks, the calibration frequency, and a log of each calibration so temperature records "
        "stay defensible.",
    ),
    (
        "lIo098",
        "en",
        "catering_temp",
        "Thermometer calibration equipment for catering and food processing",
        "Supplier of temperature monitoring and calibration equipment for HACCP: reference probes and check devices "
        "so new thermometers can be checked on receipt and instruments in critical areas checked often – daily in a "
        "food factory, weekly in a restaurant.",
    ),
    (
        "lIo099",
        "vi",
        "cky_coldstorage",
        "Thiết kế hệ thống giám sát nhiệt độ kho lạnh đáp ứng HACCP",
        "Tư vấn thiết kế và vận hành hệ thống giám sát nhiệt độ kho lạnh, kho đông cho thịt, thủy sản: cảm biến tự "
        "động, cảnh báo bất thường tức thời, lưu trữ dữ liệu trên đám mây, đáp ứng nguyên tắc 4 (giám sát) và 7 (hồ "
        "sơ) của HACCP theo CAC/RCP 1-1969 bản 2020, thay cho ghi chép tay khi đi tuần kho.",
    ),
    (
        "lIo100",
        "en",
        "testo175",
        "Temperature data logger for freezer rooms and cold stores (EN 12830)",
        "Data logger that records air temperature in freezer rooms of butchers, restaurants, supermarkets and cold "
        "stores at set intervals (typically every 15 minutes), placed at critical points such as doors and cooling "
        "units; data are analysed and archived with software. Complies with EN 12830, required for such records in "
        "Europe.",
    ),
    (
        "lIo101",
        "en",
        "dataloggerinc",
        "Cold chain temperature monitoring systems with alarms",
        "Monitoring systems for perishable food, beverages and medicines from farm to fork: loggers and alarms that "
        "catch refrigerator or freezer failures, power cuts, out-of-hours events and doors left open, with records "
        "for FDA, USDA and other compliance needs; guidance on choosing a system for your site.",
    ),
    # --- laboratory equipment calibration ---
    (
        "lIo102",
        "vi",
        "vanminh_hieuchuan",
        "Hiệu chuẩn thiết bị phòng thí nghiệm theo ISO/IEC 17025:2017",
        "Dịch vụ hiệu chuẩn định kỳ cân, pipet, máy đo pH, tủ ấm, tủ sấy và các thiết bị đo trong phòng thí nghiệm "
        "dược, thực phẩm, y tế: xác định sai lệch so với chuẩn, điều chỉnh lại, giúp đáp ứng yêu cầu của cơ quan quản "
        "lý, kéo dài tuổi thọ thiết bị và giữ kết quả đo tin cậy.",
    ),
    (
        "lIo103",
        "vi",
        "boa_cae",
        "Phòng kỹ thuật đo lường VILAS 501: hiệu chuẩn thiết bị hóa lý và cơ học",
        "Phòng kỹ thuật đo lường của Trung tâm Phân tích và Môi trường (Hà Nội) được công nhận VILAS 501 từ 5/2024 "
        "đến 23/5/2029 cho lĩnh vực hiệu chuẩn hóa lý và cơ: máy đo pH, độ dẫn điện và các thiết bị phân tích, thiết "
        "bị cơ học của phòng thí nghiệm.",
    ),
    (
        "lIo104",
        "en",
        "tte_choose",
        "Pipette calibration to ISO 8655, not just ISO/IEC 17025",
        "Pipette calibration service that works to ISO 8655, the standard for piston-operated volumetric apparatus, "
        "uses enough balances for each volume range and reports down to 0.1 µl, avoiding hidden charges for parts and "
        "repairs that low-price providers add later.",
    ),
    (
        "lIo105",
        "en",
        "labmanager_pipette",
        "Annual pipette maintenance and calibration: depot or on-site service",
        "Best practice is preventive maintenance and calibration of pipettes at least once a year: set volumes of "
        "water are dispensed onto a calibrated balance with corrections for temperature, humidity and pressure. "
        "Third-party servicers work by depot (shipped, no minimum quantity) or on site (minimum quantity), including "
        "single and multichannel and, with some providers, electronic pipettes.",
    ),
    (
        "lIo106",
        "en",
        "leisales_lab",
        "Lab equipment calibration and maintenance: balances, pipettes and temperature-controlled units",
        "We calibrate and maintain analytical balances, pipettes, ovens, freezers and incubators so instruments stay "
        "within their accuracy range; uncalibrated equipment leads to data errors, wasted reagents, failed audits and "
        "higher repair costs.",
    ),
    (
        "lIo107",
        "vi",
        "sieuthihaiminh_ph",
        "Máy đo pH và dung dịch chuẩn pH: chọn máy và tự hiệu chuẩn",
        "Cửa hàng thiết bị bán máy đo pH cầm tay, để bàn và dung dịch hiệu chuẩn, kèm hướng dẫn tự hiệu chuẩn máy đo "
        "pH dùng trong nông nghiệp, thủy sản, sản xuất thực phẩm và phòng thí nghiệm.",
    ),
    # --- grain moisture meters ---
    (
        "lIo108",
        "en",
        "accurate_moisture",
        "Grain moisture meter calibration before harvest and every 6–12 months",
        "Calibration of grain moisture meters against reference grain samples or known values: before harvest, after "
        "storage, when switching grain type, after a drop or when readings look odd, and at least every 6–12 months. "
        "An uncalibrated meter leads to wrong harvest timing, higher drying costs, mould in storage and trading "
        "disputes.",
    ),
    (
        "lIo109",
        "en",
        "ncagr_moisture",
        "Official grain moisture meter inspection with air-oven reference samples",
        "A state metrology laboratory prepares hand-cleaned grain samples whose moisture is set by the official USDA "
        "air-oven method, labels them with Handbook 44 tolerances, and field inspectors use them to test moisture "
        "meters; each standard tests only eight meters and is re-checked in the lab on return.",
    ),
    (
        "lIo110",
        "vi",
        "arkansas_moisture",
        "Kiểm tra độ chính xác máy đo ẩm hạt tại trang trại",
        "Tài liệu khuyến nông của trường đại học hướng dẫn nông dân và người mua kiểm tra máy đo ẩm cầm tay: so sánh "
        "phương pháp trực tiếp (sấy tủ) và gián tiếp (điện), lý do phải hiệu chuẩn, và thiệt hại khi máy sai – một "
        "sai số nhỏ nhân với hàng trăm giạ hạt có thể quyết định lãi hay lỗ khi mua bán.",
    ),
    (
        "lIo111",
        "en",
        "csiro_moisture",
        "How portable grain moisture meters work and what affects their accuracy",
        "Research laboratory advice on conductivity and capacitance moisture meters used in the paddock, how grain "
        "temperature, packing and grain type affect readings, and whether and how the meters can be calibrated.",
    ),
]

OFFERS += [
    (
        "lIo112",
        "vi",
        "agpoint_moisture",
        "Bảo đảm máy đo ẩm hạt cho số đọc đúng: lấy mẫu, pin, nhiệt độ",
        "Hướng dẫn dùng máy đo ẩm: lấy mẫu đại diện qua dòng hạt khi xả hoặc xiên ít nhất 2 vị trí trong bồn, thay "
        "pin định kỳ, bù nhiệt nếu máy không tự bù (hạt lạnh cho số đọc thấp), tránh đưa hạt lạnh vào phòng ấm gây "
        "đọng nước, đo lặp nhiều lần rồi lấy trung bình.",
    ),
    # --- ISO 9001 ---
    (
        "lIo113",
        "en",
        "kaizen_iso",
        "ISO 9001 implementation consulting from gap analysis to certification audit",
        "Consultants who take a company through kickoff and scope definition, gap analysis, documentation, training, "
        "internal audit and the certification audit, right-sizing the system to the business – from a three-person "
        "machine shop to 1,500 staff. Small focused firms have certified in about two weeks; larger ones take 6–12 "
        "months.",
    ),
    (
        "lIo114",
        "en",
        "9001council",
        "ISO 9001 on a small budget for SMEs",
        "Guidance and toolkits for small and medium enterprises to implement ISO 9001 in-house or with limited "
        "consultant help. SMEs typically need about three months (two is possible); in Southeast Asia the average was "
        "about three months and two weeks, and minor problems add two or more weeks.",
    ),
    (
        "lIo115",
        "vi",
        "legalclarity_check",
        "Lộ trình chứng nhận ISO từ đánh giá khoảng cách đến tái chứng nhận",
        "Danh mục kiểm tra cho doanh nghiệp: chọn tiêu chuẩn (ISO 9001, 14001, 45001, 27001), xác định phạm vi, xây "
        "dựng tài liệu, đánh giá nội bộ, rồi đánh giá chứng nhận hai giai đoạn bởi tổ chức được công nhận. Cả quá "
        "trình từ 3 tháng (doanh nghiệp nhỏ) đến hơn 20 tháng; chứng chỉ hiệu lực 3 năm với đánh giá giám sát hằng "
        "năm.",
    ),
    (
        "lIo116",
        "vi",
        "coresolution",
        "Ba bước đạt chứng nhận ISO 9001 cho doanh nghiệp nhỏ",
        "Dịch vụ giúp chủ doanh nghiệp nhỏ bận rộn đi con đường ngắn nhất tới chứng nhận: (1) xác định hệ thống quản "
        "lý chất lượng và các tài liệu bắt buộc, (2) vận hành và lưu bằng chứng, (3) chứng minh hệ thống hoạt động "
        "trước tổ chức chứng nhận – chuyên gia đánh giá không đòi hỏi hoàn hảo, chỉ cần thấy hệ thống cải tiến thực "
        "sự vận hành.",
    ),
    (
        "lIo117",
        "vi",
        "guardian_iso",
        "Tư vấn chứng nhận ISO 9001 từng bước: đánh giá khoảng cách đến đánh giá cuối",
        "Tổ chức đánh giá hướng dẫn doanh nghiệp mọi quy mô: đánh giá khoảng cách so với ISO 9001 để có lộ trình rõ "
        "ràng, triển khai và lưu hồ sơ thực tế thay vì giấy tờ hình thức, đánh giá nội bộ và xem xét của lãnh đạo để "
        "sẵn sàng cho đánh giá giai đoạn 2.",
    ),
    # --- HACCP and ISO 22000 ---
    (
        "lIo118",
        "en",
        "ssfpa_consult",
        "Food safety (GMP/HACCP) consultant services for small food processors",
        "A HACCP consultant can assess your facility (gap analysis), write a work plan, develop written programmes, "
        "implement GMP and HACCP, train management and staff, set up record keeping, prepare you for audit and "
        "certification, and follow up afterwards while transferring know-how to your HACCP coordinator.",
    ),
    (
        "lIo119",
        "en",
        "unitedfoodsafety",
        "HACCP system development, implementation and ongoing QA support",
        "We build the prerequisite programmes (premises, supplier control, storage, equipment maintenance and "
        "calibration, training, sanitation and pest control, traceability and recall, allergen control) and write the "
        "HACCP plan using the five preliminary steps and the seven Codex principles, then maintain the system with QA "
        "support.",
    ),
    (
        "lIo120",
        "vi",
        "rajstartup_22000",
        "Chứng nhận ISO 22000 cho cơ sở thực phẩm nhỏ",
        "Tư vấn và hỗ trợ chứng nhận hệ thống quản lý an toàn thực phẩm ISO 22000 cho doanh nghiệp nhỏ ở mọi khâu từ "
        "sản xuất, chế biến đến phân phối: kiểm soát mối nguy, ngăn nhiễm bẩn và hư hỏng, đáp ứng pháp luật và yêu "
        "cầu của người mua trong nước, quốc tế, tăng niềm tin khách hàng với nguồn lực hạn chế.",
    ),
    (
        "lIo121",
        "en",
        "payhip_22000cost",
        "What drives the cost of ISO 22000 certification",
        "Budgeting help for ISO 22000: initial assessment and gap analysis (more for multi-site firms), staff "
        "training on hazard analysis, HACCP, hygiene and internal audit, documentation and implementation of "
        "procedures, certification body fees and surveillance, so a food company can estimate its investment before "
        "starting.",
    ),
    (
        "lIo122",
        "vi",
        "doc123_iso22000",
        "Tài liệu giới thiệu tiêu chuẩn ISO 22000:2005 – hệ thống quản lý an toàn thực phẩm",
        "Bài viết chuyên đề về sự ra đời và nội dung ISO 22000:2005, kết hợp HACCP với quản lý hệ thống, kèm bối cảnh "
        "ATTP như vụ Listeria năm 1999 ở Mỹ và kết quả thanh tra 2005 cho thấy 30 % thức ăn đường phố ở Hà Nội, TP "
        "HCM, Đà Nẵng không đạt chỉ tiêu vi sinh; dùng làm tài liệu đào tạo.",
    ),
    (
        "lIo123",
        "en",
        "cdg_haccp",
        "HACCP certification guide: principles, implementation and link with ISO 9000",
        "Certification body's guide to HACCP: what a hazard and a critical control point are, the origin of HACCP in "
        "the NASA space food programme, how to implement it from harvest to consumption, and how it fits with an ISO "
        "9000 quality system.",
    ),
    # --- VietGAP and other farm certification ---
    (
        "lIo124",
        "vi",
        "vnce_vietgap",
        "Chứng nhận VietGAP trồng trọt, chăn nuôi, thủy sản: chi phí và cách tối ưu",
        "Tổ chức chứng nhận tư vấn chi phí và thời gian chứng nhận VietGAP cho hộ, hợp tác xã, doanh nghiệp: áp dụng "
        "cho trồng trọt (rau quả, chè, lúa, cà phê, điều), chăn nuôi (bò, dê, lợn, gà, vịt, ong) và thủy sản (cá tra, "
        "rô phi, tôm sú, tôm chân trắng); phân tích các yếu tố ảnh hưởng chi phí và cách chọn đơn vị chứng nhận uy "
        "tín.",
    ),
    (
        "lIo125",
        "vi",
        "acc_vietgap",
        "Thủ tục và hồ sơ xin chứng nhận VietGAP trồng trọt (TCVN 11892-1:2017)",
        "Công ty luật hướng dẫn điều kiện, hồ sơ và các bước xin giấy chứng nhận VietGAP theo TCVN 11892-1:2017 cho "
        "rau, trái cây, chè, ngũ cốc, cà phê, ca cao, hồ tiêu, điều; nhận soạn hồ sơ và làm việc với tổ chức chứng "
        "nhận.",
    ),
    (
        "lIo126",
        "vi",
        "fites_vietgap",
        "Tổ chức chứng nhận VietGAP: điều kiện cấp, duy trì, mở rộng và đình chỉ chứng nhận",
        "Tổ chức chứng nhận công bố quy định (Quyết định 04/QĐ-FITES ngày 28/01/2013) về điều kiện và các bước để "
        "được chứng nhận sản phẩm nông nghiệp phù hợp VietGAP, trách nhiệm và quyền của cơ sở, đình chỉ, hủy bỏ, mở "
        "rộng phạm vi, bảo mật, khiếu nại và chi phí.",
    ),
    (
        "lIo127",
        "en",
        "sggp_localgap",
        "LocalGAP (Primary Farm Assurance) certification for cooperatives with cost sharing",
        "A business association and Bureau Veritas Certification assess and certify cooperatives to LocalGAP, a "
        "subset of GLOBALG.A.P. IFA designed for small farms, which make up over 70 % of Vietnamese agriculture. "
        "Under the scheme the association funds 30 % of the upgrade cost, local authorities 30 % and the cooperative "
        "the rest.",
    ),
    (
        "lIo128",
        "en",
        "fftc_gap",
        "Policy review: promoting Good Agricultural Practices in Vietnam",
        "Research paper by the Vietnam Academy of Agricultural Sciences reviewing VietGAP since 2008 for fruit, "
        "vegetables, tea, pigs, poultry, bees and dairy cows, and since 2010 for rice and coffee, its basis in ASEAN "
        "GAP, GLOBALG.A.P. and Freshcare, and policies to widen adoption.",
    ),
    (
        "lIo129",
        "vi",
        "greencert_huuco",
        "Chi phí và thời hạn giấy chứng nhận hữu cơ",
        "Tổ chức chứng nhận giải thích giá chứng nhận hữu cơ trồng trọt, chăn nuôi: phụ thuộc diện tích (dưới 5 ha "
        "lấy 1 mẫu đất, 1 mẫu mỗi loại sản phẩm), số loại sản phẩm và phương thức 5 phải phân tích mẫu 100 % sản phẩm "
        "đăng ký.",
    ),
    # --- OCOP and product declaration ---
    (
        "lIo130",
        "vi",
        "proatc_ocop",
        "Tư vấn phân nhóm và phân hạng sản phẩm OCOP",
        "Hướng dẫn chủ thể xác định sản phẩm thuộc nhóm nào trong 6 ngành OCOP (thực phẩm, đồ uống, thảo dược, thủ "
        "công mỹ nghệ, vải may mặc, dịch vụ du lịch nông thôn) và mức sao theo điểm: 5 sao 90–100, 4 sao 70–89, 3 sao "
        "50–69, 2 sao 30–49, 1 sao dưới 30; định hướng nâng hạng.",
    ),
    (
        "lIo131",
        "vi",
        "vnc_ocop_criteria",
        "Bộ tiêu chí đánh giá, phân hạng OCOP và yêu cầu tiêu chuẩn sản phẩm",
        "Phổ biến bộ tiêu chí OCOP theo quyết định của Thủ tướng: phần A sản phẩm và sức mạnh cộng đồng (35 điểm), "
        "phần B tiếp thị và câu chuyện sản phẩm (25 điểm), phần C chất lượng (40 điểm) gồm chỉ tiêu cảm quan, dinh "
        "dưỡng, tiêu chuẩn sản phẩm và khả năng xuất khẩu; giúp chủ thể chuẩn bị hồ sơ.",
    ),
    (
        "lIo132",
        "vi",
        "baotintuc_tv",
        "Trà Vinh hỗ trợ chủ thể OCOP: tư vấn nhãn hiệu, mã vạch, tiêu chuẩn hóa sản phẩm",
        "Tỉnh Trà Vinh hỗ trợ cơ sở, doanh nghiệp có sản phẩm OCOP tư vấn, đăng ký nhãn hiệu và mã vạch; hỗ trợ nâng "
        "cấp, tiêu chuẩn hóa sản phẩm, áp dụng quy trình quản lý chất lượng tiên tiến, ATTP; tham gia hội chợ, cửa "
        "hàng OCOP, gian hàng trên sàn thương mại điện tử và số hóa hồ sơ OCOP.",
    ),
    (
        "lIo133",
        "en",
        "thestar_ocop",
        "New OCOP rating criteria: 40/25/35 points and self-assessment dossiers",
        "Briefing for producers on the revised OCOP criteria that replace the 2019 set: up to 40 points for community "
        "strength, 25 for marketing and 35 for product quality, bonus points for women, ethnic minorities and local "
        "materials, a simpler dossier based on a self-assessment report, and five-star ratings now decided nationally.",
    ),
    (
        "lIo134",
        "en",
        "fao_ocop",
        "FAO knowledge platform: One Commune One Product in Viet Nam",
        "Good-practice profile of Viet Nam's OCOP programme, run nationally since 2018 after provincial pilots from "
        "2013: 8,478 products rated three stars or more, over 60 % of producers cooperatives and SMEs, and plans for "
        "greener, higher-value products and stronger marketing.",
    ),
    (
        "lIo135",
        "vi",
        "luatvn_nd15",
        "Tư vấn tự công bố sản phẩm thực phẩm theo Nghị định 15/2018/NĐ-CP",
        "Dịch vụ pháp lý hướng dẫn doanh nghiệp tự công bố thực phẩm chế biến bao gói sẵn, phụ gia, chất hỗ trợ chế "
        "biến, dụng cụ và bao bì tiếp xúc thực phẩm; phân biệt với nhóm phải đăng ký bản công bố như thực phẩm bảo vệ "
        "sức khỏe, thực phẩm dinh dưỡng y học và sản phẩm cho trẻ đến 36 tháng tuổi.",
    ),
]

OFFERS += [
    (
        "lIo136",
        "vi",
        "ttncthucpham_vilas",
        "Kiểm nghiệm tại phòng thí nghiệm VILAS phục vụ công bố chất lượng sản phẩm",
        "Trung tâm nghiên cứu thực phẩm nhận kiểm nghiệm và tư vấn công bố: kết quả dùng cho hồ sơ công bố phải từ "
        "phòng thí nghiệm được công nhận ISO/IEC 17025 (VILAS) hoặc được thừa nhận theo ILAC-MRA; giải thích VILAS là "
        "chương trình công nhận của Văn phòng Công nhận Chất lượng, mỗi mã có hiệu lực 3 năm.",
    ),
    # --- labelling ---
    (
        "lIo137",
        "vi",
        "khpt_nd43",
        "Hướng dẫn ghi nhãn hàng hóa theo Nghị định 43/2017/NĐ-CP",
        "Phổ biến quy định ghi nhãn: hàng nào phải ghi nhãn và hàng được miễn (thực phẩm tươi sống, chế biến không "
        "bao bì bán trực tiếp…), nội dung bắt buộc (tên hàng, tên và địa chỉ tổ chức chịu trách nhiệm, xuất xứ), nội "
        "dung riêng theo nhóm hàng như định lượng, ngày sản xuất, hạn sử dụng, cảnh báo, và nhãn phụ tiếng Việt cho "
        "hàng nhập khẩu giữ nguyên nhãn gốc.",
    ),
    (
        "lIo138",
        "en",
        "visualfoodie_label",
        "Food label compliance review services",
        "Consultant's guide to, and service for, label compliance reviews: far more than a Nutrition Facts panel – "
        "claims such as 'All Natural', ingredient statements, allergen declarations and regulatory wording are "
        "checked before printing, avoiding a halted launch or mandatory relabelling of thousands of units.",
    ),
    (
        "lIo139",
        "en",
        "foodscompliance_check",
        "Food label compliance checklist for small food businesses",
        "A pre-print checklist for bakeries, start-ups, co-packers and private labels: final product name and "
        "identity, formula by weight, package size, ingredients in descending order, allergens, Nutrition Facts, "
        "claims, net quantity, responsible firm statement, lot coding, customer requirements, final approval and "
        "record keeping.",
    ),
    (
        "lIo140",
        "vi",
        "foodscompliance_nfp",
        "Dịch vụ lập bảng thành phần dinh dưỡng (Nutrition Facts) cho nhãn thực phẩm",
        "Lập bảng giá trị dinh dưỡng cho nhãn bằng phân tích cơ sở dữ liệu, kiểm nghiệm hoặc kết hợp cả hai, rà soát "
        "khẩu phần, công bố chất gây dị ứng và các tuyên bố trên bao bì. Khách hàng cung cấp công thức theo khối "
        "lượng, thông số nguyên liệu, hiệu suất thành phẩm và quy cách bao gói; được giao file có thể chỉnh sửa và hồ "
        "sơ lưu căn cứ.",
    ),
    (
        "lIo141",
        "en",
        "foodlabelconsultants",
        "US food label compliance: mandatory declarations, Nutrition Facts and claims",
        "Label consultants working to the US Code of Federal Regulations: mandatory declarations in the right panel "
        "with minimum type sizes, nutrient claims such as 'Sugar Free' or 'Low Fat' only where allowed, Nutrition "
        "Facts panels in the 2016 format sized to the package, allergen declarations, organic labelling, and checks "
        "for importers that every ingredient is permitted in the US.",
    ),
    (
        "lIo142",
        "vi",
        "innhanhasia_temphu",
        "In tem nhãn phụ cho hàng nhập khẩu – bảng giá theo kích thước và số lượng",
        "Xưởng in nhận in tem phụ decal giấy, decal nhựa PP/PVC và xi bạc với hơn 40 mẫu thông dụng; giá tham khảo "
        "tem decal giấy 2 × 3 cm từ 420 đ/tem (500 tem) xuống 150 đ/tem (5.000 tem), tem 4 × 6 cm từ 550 đ xuống 220 "
        "đ.",
    ),
    (
        "lIo143",
        "vi",
        "intemnhanmac",
        "In nhãn mác, tem decal bao bì sản phẩm các loại",
        "Nhận in tem nhãn trên decal giấy, decal trong, decal nhựa, decal vỡ, hologram 7 màu chống giả và decal UV "
        "với nhiều kích thước; nội dung thường gồm tên hàng, địa chỉ sản xuất, định lượng, ngày sản xuất, hạn dùng, "
        "và nhãn phụ tiếng Việt cho hàng nhập khẩu.",
    ),
    # --- barcodes ---
    (
        "lIo144",
        "vi",
        "azlaw_mavach",
        "Dịch vụ đăng ký mã số mã vạch GS1 cho sản phẩm",
        "Công ty luật nhận làm hồ sơ đăng ký sử dụng mã số mã vạch tại Văn phòng GS1 Việt Nam: 2 bản đăng ký sử dụng "
        "mã vạch theo mẫu, bảng đăng ký danh mục GTIN (danh sách sản phẩm), bản sao đăng ký kinh doanh hoặc quyết "
        "định thành lập và phiếu biên nhận; tư vấn chọn loại mã doanh nghiệp theo số lượng sản phẩm.",
    ),
    (
        "lIo145",
        "vi",
        "thiendi_mavach",
        "Hướng dẫn thủ tục đăng ký mã số mã vạch sản phẩm",
        "Văn phòng luật giải thích mã số GS1 (dãy số nhận dạng sản phẩm, doanh nghiệp, quốc gia, duy nhất toàn cầu) "
        "và mã vạch (dãy vạch song song đọc bằng máy quét laser), rồi hướng dẫn và làm trọn gói thủ tục đăng ký cho "
        "doanh nghiệp, hộ kinh doanh tại TP HCM và các tỉnh.",
    ),
    (
        "lIo146",
        "en",
        "gs1au_produce",
        "GTINs and GS1 DataBar labels for fresh produce, with barcode testing",
        "Eight steps for growers and packhouses: join and obtain a GS1 company prefix, assign a GTIN per variety, "
        "brand and growing method, give GTINs and PLU codes to retail partners, print the GTIN under the barcode at "
        "legible height, use DataBar specifications (GTIN padded to 14 digits), and submit a sample for barcode "
        "testing before launch.",
    ),
    (
        "lIo147",
        "vi",
        "gs1belu",
        "Cấp và quản lý mã GTIN, tạo hình ảnh mã vạch bằng công cụ trực tuyến",
        "Tổ chức GS1 hướng dẫn chủ nhãn hàng – nhà sản xuất hoặc chuỗi siêu thị với nhãn riêng – trở thành thành viên "
        "để nhận mã doanh nghiệp, chọn độ dài mã theo số sản phẩm hiện có và dự kiến, rồi dùng công cụ trực tuyến tự "
        "tạo GTIN và tải hình mã vạch đúng loại bao bì gửi cho nhà thiết kế, nhà in; doanh nghiệp nhiều mã có thể "
        "sinh GTIN từ ERP.",
    ),
    (
        "lIo148",
        "en",
        "ivory_buybarcode",
        "Buying barcodes: single GTIN for USD 30 or a GS1 company prefix",
        "How to get authorised retail barcodes: internal barcodes may only be used inside your premises; for sale you "
        "need GS1 numbers. A single GTIN costs USD 30 with no renewal fee, suited to a few products; a company prefix "
        "gives capacity for many products, locations and case levels with yearly membership; details arrive by email "
        "within minutes.",
    ),
    (
        "lIo149",
        "vi",
        "labelking_tem",
        "In tem mã vạch decal sắc nét cho sản phẩm",
        "Xưởng in nhận in tem mã vạch dán trên sản phẩm, thể hiện thông tin xuất xứ, doanh nghiệp, lô, tiêu chuẩn "
        "chất lượng, kích thước; bảo đảm hình ảnh và thông tin mã vạch in rõ nét, chuẩn xác để máy quét đọc được.",
    ),
    (
        "lIo150",
        "en",
        "posnation_printer",
        "Barcode and label printers for retail stores",
        "Point-of-sale hardware dealer selling 2-inch and 4-inch label printers for shelf tags and barcodes: direct "
        "thermal models are cheaper but fade with heat and light; thermal transfer models with ribbon suit hot "
        "environments, coloured text and labels that must last more than a year.",
    ),
    (
        "lIo151",
        "vi",
        "vtcnews_qr",
        "Tem QR code truy xuất nguồn gốc cho thực phẩm, nông thủy sản",
        "Giải pháp tem QR code giúp cơ sở sản xuất kinh doanh thực phẩm quản lý dòng hàng, xây dựng thương hiệu, "
        "chứng minh nguồn gốc; người tiêu dùng quét bằng điện thoại để xem thông tin sản phẩm, quy trình sản xuất và "
        "tránh hàng giả.",
    ),
    # --- laboratory accreditation ---
    (
        "lIo152",
        "vi",
        "boa_vilas",
        "Chương trình công nhận phòng thử nghiệm và phòng hiệu chuẩn VILAS",
        "Văn phòng Công nhận chất lượng quốc gia triển khai VILAS từ năm 1997, phù hợp ISO/IEC 17011 và đánh giá năng "
        "lực phòng thí nghiệm theo ISO/IEC 17025; từ năm 2000 là thành viên thỏa ước thừa nhận lẫn nhau APAC và ILAC "
        "nên kết quả được thừa nhận quốc tế. Đội chuyên gia đánh giá đến từ cơ quan quản lý, trường đại học, viện "
        "nghiên cứu, phòng thí nghiệm.",
    ),
    (
        "lIo153",
        "en",
        "labcompliance_17025",
        "Implementing ISO/IEC 17025 in analytical laboratories",
        "Tutorial and consulting for testing labs: the management requirements (similar to ISO 9001) and technical "
        "requirements (staff competence, methods, equipment, quality of results, reporting), the documentation that "
        "separates formal accreditation from good practice, and the benefits – access to contracts reserved for "
        "accredited labs and a better reputation.",
    ),
    (
        "lIo154",
        "vi",
        "standarity_17025",
        "Tư vấn công nhận ISO/IEC 17025: phần hệ thống quản lý và phần năng lực kỹ thuật",
        "Hỗ trợ phòng thí nghiệm đạt công nhận: phần quản lý (khách quan, bảo mật, kiểm soát tài liệu, hồ sơ, hành "
        "động khắc phục, đánh giá nội bộ, xem xét lãnh đạo) và phần kỹ thuật quyết định thành bại – năng lực nhân sự, "
        "thiết bị, liên kết chuẩn đo lường, xác nhận giá trị sử dụng phương pháp, ước lượng độ không đảm bảo đo và "
        "tham gia thử nghiệm thành thạo.",
    ),
    (
        "lIo155",
        "vi",
        "lmstech_vilas",
        "Phòng giám định LMS đạt công nhận ISO/IEC 17025:2017 (VILAS 1299)",
        "Công ty giới thiệu năng lực giám định được công nhận VILAS 1299 theo ISO/IEC 17025:2017 và lý do nên chọn "
        "phòng thí nghiệm được công nhận: kết quả được quốc tế thừa nhận, có giá trị pháp lý theo Nghị định "
        "179/2004/NĐ-CP và giảm rào cản kỹ thuật trong thương mại.",
    ),
    (
        "lIo156",
        "en",
        "iqsb_lims",
        "Laboratory information management system (LIMS) for ISO/IEC 17025 labs",
        "Software that registers each sample with a unique ID and tracks it through storage, testing, reporting and "
        "archiving with an audit trail, automating data entry and record keeping to support 17025 compliance and "
        "faster turnaround.",
    ),
    # --- proficiency testing ---
    (
        "lIo157",
        "vi",
        "aov_pt_guide",
        "Chương trình thử nghiệm thành thạo và hướng dẫn tham gia, khắc phục khi không đạt",
        "Đơn vị tổ chức thử nghiệm thành thạo mời phòng thí nghiệm tham gia và hướng dẫn: lập kế hoạch chỉ tiêu cần "
        "công nhận trong năm, tìm thông tin chương trình (web, bản tin Vinalab), chọn chương trình phù hợp chỉ tiêu, "
        "nền mẫu, thời gian, đăng ký đúng mẫu, và xem xét nguyên nhân, hành động khắc phục triệt để khi kết quả không "
        "đạt.",
    ),
    (
        "lIo158",
        "vi",
        "standards_pt",
        "Cung cấp chương trình thử nghiệm thành thạo LGC Standards cho phòng thí nghiệm",
        "Công ty vật tư khoa học phân phối các chương trình thử nghiệm thành thạo (so sánh liên phòng) của LGC "
        "Standards cho phòng thử nghiệm, phòng xét nghiệm và phòng hiệu chuẩn, giúp tự đánh giá chất lượng kết quả, "
        "đáp ứng ISO/IEC 17025 và yêu cầu của các cơ quan công nhận thành viên APLAC, ILAC.",
    ),
]

OFFERS += [
    (
        "lIo159",
        "en",
        "ofi_pts",
        "Proficiency testing scheme to ISO/IEC 17043 with z-score evaluation",
        "PT rounds open to any testing laboratory experienced in the chosen methods: two samples per method to "
        "separate systematic from random error, z-scores documenting each lab's bias for third parties, repeatability "
        "and reproducibility at two levels usable for measurement uncertainty, at least seven participants per round, "
        "and anonymous lab codes.",
    ),
    (
        "lIo160",
        "en",
        "aplac_t097",
        "APLAC food microbiology proficiency testing programme (quantitative)",
        "Regional proficiency test for food microbiology organised by an accreditation body under APLAC: 106 "
        "laboratories from 47 economies registered and 75 reported on time for aerobic plate count and Staphylococcus "
        "aureus; results log10-transformed, assigned values by robust statistics, target SD 0.25 log10, performance "
        "scored by z or z'.",
    ),
    (
        "lIo161",
        "en",
        "fnri_pt",
        "Food analysis proficiency testing rounds run by a national nutrition research institute",
        "A government food and nutrition research institute runs PT rounds for food testing laboratories under "
        "ISO/IEC 17043:2010, with statistics per ISO 13528:2015 and the IUPAC harmonised protocol: test material "
        "preparation and homogeneity, performance evaluation, technical comments, corrective action and liaison with "
        "participants.",
    ),
    (
        "lIo162",
        "en",
        "neotron_pt",
        "Contract food laboratory proving its competence through ring tests",
        "A food testing laboratory shows the reliability of its data by constant participation in proficiency tests "
        "with FAPAS, LGC, BIPEA, GAFTA, FOSFA, DLA and others for many matrices and analytes; performance is "
        "expressed as z-scores, with |z| ≤ 2 satisfactory, and latest results are available on request.",
    ),
]
