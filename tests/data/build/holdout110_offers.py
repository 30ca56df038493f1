"""Offers of the holdout110 labelled set: (id, language, source key, title, description).

Occupational safety and health for small factories and workshops in Tra Vinh / Vinh Long. Ids with a
distractor role are listed in make_holdout110.py's docstring.
"""

OFFERS = [
    # --- wood dust ---
    (
        "mHo001",
        "en",
        "wood_mb",
        "Right-sized dust extraction for small furniture workshops",
        "Workshop advisers propose a middle path between a shop vacuum and a full cyclone plant for furniture makers "
        "working in about 60 m2: a single-stage 2 HP extractor with a 1-micron filter bag moving roughly 1,000 m3/h, "
        "costing around $1,200, ducted to the sanders and MDF-cutting machines that make the finest dust. The set-up "
        "targets particles below 10 microns, since the hardwood dust exposure limit cited is only 1 mg/m3.",
    ),
    (
        "mHo002",
        "en",
        "wood_ac",
        "Source-capture wood dust collection for carpentry and cabinet shops",
        "Air-cleaning contractors design collection systems that draw air from each saw, sander and shaper so that "
        "wood dust is taken away before it reaches the operator's breathing zone or settles on floors and machines. "
        "Intended for carpentry, sawmill, cabinet and furniture workshops, where uncontrolled dust irritates eyes, "
        "nose and throat, causes dermatitis and allergies and is classed as a carcinogen.",
    ),
    (
        "mHo003",
        "vi",
        "wood_aaf",
        "Thiết kế hệ thống thu gom và lọc bụi cho nhà máy sản xuất đồ gỗ",
        "Đơn vị kỹ thuật lọc khí (AAF) thiết kế hệ hút bụi gỗ gồm bốn phần: chụp hút giữ bụi tại nguồn, đường ống "
        "dẫn, quạt duy trì áp hút và bộ lọc tách bụi đổ vào thùng chứa. Hệ được tính theo từng công đoạn: bụi chà "
        "nhám phần lớn nhỏ hơn 10 micromet trong khi máy bào tạo phoi dài vài inch, dao cùn làm hạt to hơn, gỗ cứng "
        "sinh bụi mịn hơn gỗ mềm; thiết kế và bảo trì có tính đến nguy cơ cháy và nổ bụi.",
    ),
    (
        "mHo004",
        "vi",
        "tui_nn",
        "Thiết kế, lắp đặt hệ thống hút lọc bụi túi vải cho nhà xưởng",
        "Công ty cơ điện hơn 30 năm làm hệ thống hút lọc bụi nhận thiết kế lọc bụi túi vải cho nhà máy chế biến gỗ, "
        "xi măng, thực phẩm, dệt may. Trước khi tính toán, đơn vị khảo sát số điểm hút và chế độ chạy, kích thước, "
        "tỷ trọng, độ dính và tính mài mòn của bụi, nguy cơ cháy nổ (bụi gỗ, bột hữu cơ), nhiệt độ, độ ẩm và tải "
        "bụi theo g/m3, kg/h để chọn vật liệu túi, cơ cấu rũ bụi và phễu tháo bụi.",
    ),
    (
        "mHo005",
        "vi",
        "d_cyc_sc",
        "Thiết kế cyclon xử lý bụi thô cho công đoạn sấy phun gạch men",
        "Đồ án thiết bị (Đại học Bách khoa) tính toán một hệ cyclon thu bụi thô của quá trình sấy phun tạo bột "
        "xương gạch men ốp lát: nguyên lý, các bước thiết kế và vận hành cyclon trong dây chuyền công nghệ.",
    ),
    # --- rice mill and grain dust ---
    (
        "mHo006",
        "en",
        "rice_rcs",
        "Breathing-zone respirable dust and crystalline silica monitoring for rice mills",
        "An occupational hygiene team that collected 72 breathing-zone samples in four rice mills offers the same "
        "method: respirable dust at the feeding, sieving and polishing sections, with crystalline silica analysed by "
        "NIOSH method 7602. In their survey time-weighted dust ranged from about 4 to 455 mg/m3 and silica from 0.02 "
        "to 5.38 mg/m3, higher for some paddy varieties and at feeding and sieving, above several exposure limits.",
    ),
    (
        "mHo007",
        "en",
        "rice_as",
        "Section-by-section personal dust exposure survey for rice milling units",
        "Agricultural engineers measure each worker's dust at the breathing zone with a personal particle sampler "
        "across feeding, sieving, polishing and packaging. In a survey of 93 workers and 105 measurements, sieving "
        "was worst (geometric means 11.1 mg/m3 respirable, 85.4 mg/m3 total), packaging about 39% lower, and higher "
        "humidity went with lower dust, showing where controls pay off first.",
    ),
    (
        "mHo008",
        "en",
        "gm_mm",
        "Dust containment engineering for milling and bagging lines",
        "A milling services firm helps plants move from constant clean-up to containment at the points where dust "
        "is generated: feed hoppers and charging stations, the mills, discharge chutes and transfer points, conveyors, "
        "and packaging and bagging. Uncontrolled dust is treated as a combined health, fire and explosion, "
        "equipment-fouling and compliance problem.",
    ),
    (
        "mHo009",
        "en",
        "gm_rcs",
        "Dust collectors for grain and feed mills: cyclones, cartridge and fabric filters",
        "A local exhaust ventilation company fits cyclones, cartridge or fabric-filter collectors to capture the "
        "coarse, fibrous dust from processing barley, maize, wheat and other grains, returning it to the process or "
        "removing it. Grain dust is a respiratory sensitiser and can explode under four conditions the firm explains; "
        "performance falls if wet compressed air or process changes are introduced.",
    ),
    (
        "mHo010",
        "en",
        "d_husk",
        "Rice husk furnaces for mechanical grain dryers",
        "Fact sheet from IRRI and Nong Lam University: husk fuel makes mechanical drying competitive (in Vietnam 2.5 kg "
        "of husk gives the heat of 1 kg of good coal at about one seventh of the price); inclined-grate furnaces and an "
        "upscaled inverted-draft automatic furnace matched to a four-tonne flatbed dryer.",
    ),
    (
        "mHo011",
        "en",
        "d_gasifier",
        "Updraft rice husk gasifier to power village rice mills",
        "Evaluation by the Philippine Rice Research Institute of an updraft gasification system burning rice husk to "
        "power the most common single-pass village mill of about 1 t/h, which needs roughly 30 kW of electricity.",
    ),
    # --- coconut processing ---
    (
        "mHo012",
        "vi",
        "dua_tt",
        "Khảo sát điều kiện lao động, sức khỏe công nhân và giải pháp cải thiện cho cơ sở chế biến dừa",
        "Nhóm nghiên cứu an toàn vệ sinh lao động đã khảo sát môi trường làm việc và sức khỏe người lao động ở một số "
        "cơ sở chế biến dừa phía Nam (dầu dừa, cơm dừa nạo sấy, than gáo dừa, than hoạt tính, chỉ xơ dừa, thảm, "
        "lưới) và nhận làm đánh giá tương tự cho doanh nghiệp: đo các yếu tố môi trường, khám sàng lọc, đề xuất giải "
        "pháp cải thiện phù hợp với đặc thù ngành dừa và quy mô cơ sở.",
    ),
    (
        "mHo013",
        "en",
        "coir_ph",
        "Occupational health hazard assessment for coir fibre and yarn units",
        "Researchers who studied coir workers, mostly women extracting fibre and spinning yarn in dusty, noisy sheds, "
        "offer hazard assessments covering breathing and eye complaints, cough and colds, and musculoskeletal pain "
        "in the back, hands, legs and knees, with screening for allergy, byssinosis and chronic bronchitis.",
    ),
    (
        "mHo014",
        "en",
        "coir_bmj",
        "Clinical and chest-radiograph respiratory survey for coir factory workforces",
        "Based on an examination of 779 workers in two coir processing factories with clinical checks and chest "
        "radiographs compared against 591 engineering workers: respiratory symptoms in 2.6%, 22 abnormal films versus "
        "20 among controls. The survey design tells a factory whether its coir dust is causing lung disease.",
    ),
    (
        "mHo015",
        "vi",
        "d_tachvo",
        "Máy tách vỏ dừa khô tự động 500–700 trái mỗi giờ",
        "Nhóm nghiên cứu Trường Đại học Trà Vinh chế tạo máy tách vỏ dừa chạy điện 220 V một pha, tách sạch 98% vỏ, "
        "để lại 10–15 g tơ trên chóp hột giúp bảo quản; giá khoảng 100 triệu đồng/máy, đã bàn giao cho một doanh "
        "nghiệp chế biến dừa ở Giồng Trôm.",
    ),
    (
        "mHo016",
        "en",
        "d_ac_cb",
        "Project profile: steam-activated carbon from coconut shell",
        "Coconut shell is first carbonised in pits, brick kilns or portable metal kilns, then the charcoal is "
        "activated with steam at 900–1,100 °C in a rotary kiln; the carbon serves oil refining, water purification, "
        "solvent recovery and gas masks.",
    ),
    (
        "mHo017",
        "en",
        "d_ac_bd",
        "Small-scale processing of coconut shell into activated charcoal",
        "A farm-level recipe: one tonne of coconut per hectare leaves about 0.9 t of shell and 0.36 t of activated "
        "charcoal; burn dried shells at 300–500 °C for 3–5 hours, soak in 25% CaCl2 or ZnCl2 for 12–18 hours, wash, "
        "oven-dry at 110 °C and grind to 100 mesh.",
    ),
    (
        "mHo018",
        "en",
        "d_ac_gaia",
        "Two-step coconut shell activated carbon manufacturing",
        "Closed-pit carbonisation turns shells into charcoal while about 70% of the shell mass leaves as volatiles, "
        "leaving 30% charcoal, which is then activated with steam at 850–1,000 °C in a rotary kiln.",
    ),
    # --- respiratory protection ---
    (
        "mHo019",
        "en",
        "fit_nt",
        "Medical clearance and N95 fit testing for employers",
        "A safety partner organises the two steps needed before staff wear tight-fitting respirators: a medical "
        "evaluation by a health professional using the standard questionnaire, since heart or lung disease or "
        "claustrophobia can rule out a tight mask, and then a fit test by a qualified person to confirm the size and "
        "seal, because no single model fits every face.",
    ),
    (
        "mHo020",
        "en",
        "fit_hh",
        "Annual qualitative and quantitative respirator fit testing",
        "An occupational clinic runs fit tests before first use and every year after, or whenever the style, size or "
        "model changes. Qualitative taste and smell tests are used for negative-pressure respirators in atmospheres "
        "below ten times the exposure limit; workers bring the masks they will use, ideally several sizes or brands.",
    ),
    (
        "mHo021",
        "vi",
        "kt_mt",
        "Khẩu trang phòng độc và mặt nạ chống độc có lớp lọc than hoạt tính",
        "Cung cấp hai dòng: khẩu trang phòng độc ôm sát cằm, sống mũi, gò má với một hoặc nhiều lớp màng lọc than "
        "hoạt tính giữ bụi và khí độc; và mặt nạ chống độc trùm đầu cho người thường xuyên tiếp xúc hóa chất như "
        "axit, thuốc trừ sâu. Tư vấn chọn loại theo môi trường làm việc.",
    ),
    (
        "mHo022",
        "vi",
        "d_kt_pm",
        "Chọn khẩu trang chống bụi mịn PM2.5 khi ra đường",
        "Hướng dẫn người dân đô thị chọn khẩu trang N95, N99 lọc trên 90% hạt 0,3 micromet những ngày không khí ô "
        "nhiễm; theo WHO, 6 trong 10 bệnh gây tử vong hàng đầu ở Việt Nam liên quan đến hô hấp.",
    ),
    # --- welding and soldering fume ---
    (
        "mHo023",
        "en",
        "weld_bg",
        "Per-welder ventilation assessment for fabrication shops",
        "Using arc-welding safety guidance, a gas and welding supplier checks whether natural ventilation is enough: "
        "at least 10,000 ft3 of room per welder, a ceiling of 16 ft or more, unblocked cross-ventilation and no "
        "confined spaces. Otherwise it specifies mechanical exhaust of at least 2,000 cfm per welder or local hoods "
        "and booths, and local exhaust for stainless, hardfacing, galvanised or coated steel.",
    ),
    (
        "mHo024",
        "en",
        "weld_au",
        "Local exhaust ventilation design for welding bays",
        "A welding safety publisher's LEV specification: a hood capturing fume close to the arc, ducting, an air "
        "cleaner, an exhaust fan and a discharge stack; a capture velocity of at least 0.5 m/s at the source; no "
        "recirculation into the workroom; and flammable gas kept below 5% of the lower explosive limit. Portable "
        "extraction units are included for mobile work.",
    ),
    (
        "mHo025",
        "en",
        "lev_hse",
        "Local exhaust ventilation design, installation and performance testing",
        "A ventilation engineering firm designs and installs LEV for dust, mist, fume, vapour and gas, enclosing the "
        "process as far as possible and discharging filtered air to a safe place. It also tests existing systems and "
        "corrects common faults: overrated small hoods, hoods too far from the source, poor enclosure, low airflow "
        "and workers never shown how to use the extraction.",
    ),
    (
        "mHo026",
        "vi",
        "camfil",
        "Bộ thu gom, lọc khói hàn công nghiệp cho xưởng hàn",
        "Hãng lọc khí Camfil cung cấp bộ thu gom khói hàn công nghiệp. Khói hàn chứa mangan (mệt mỏi, đau đầu, lâu "
        "dài gây bệnh mangan), crom hóa trị sáu khi hàn inox, kẽm oxit khi hàn tôn mạ kẽm gây sốt khói kim loại. "
        "Một khách hàng quản lý 60 thợ hàn từng đau đầu hằng ngày nhiều năm, hết hẳn sau khi lắp hệ lọc không khí "
        "được thiết kế đúng.",
    ),
    (
        "mHo027",
        "vi",
        "han_kt",
        "Tư vấn, xử lý khói và khí thải hàn cho xưởng cơ khí",
        "Đơn vị chuyên khí thải công nghiệp đánh giá các mối nguy của nghề hàn (điện, bức xạ, nhiệt, cháy nổ, tiếng "
        "ồn, khói hàn, khí nhiên liệu, dung môi) và thành phần khói, chủ yếu là oxit kim loại hóa hơi, để đề xuất hệ "
        "hút, lọc phù hợp. Thợ hàn chiếm 0,2–2% lao động ở các nước công nghiệp, hơn năm triệu người trên thế giới.",
    ),
    (
        "mHo028",
        "vi",
        "han_thiec",
        "Máy hút khói hàn thiếc cho bàn hàn linh kiện điện tử",
        "Cung cấp máy hút khói hàn thiếc: quạt hút và bộ lọc giữ hạt khói, bụi thiếc và hơi hóa chất từ thuốc hàn ngay "
        "tại mũi hàn, giảm tác hại lên đường hô hấp của thợ hàn mạch và sửa chữa điện tử.",
    ),
    (
        "mHo029",
        "vi",
        "solder_ml",
        "Máy hút khói hàn mạch lọc nhiều cấp: lọc thô, than hoạt tính, HEPA",
        "Nhà cung cấp dụng cụ sửa chữa điện tử giới thiệu máy hút đặt miệng hút cách mũi hàn vài cm, tạo áp âm kéo "
        "khói qua lọc thô, lọc than hoạt tính hấp phụ hơi khí và lọc HEPA giữ hạt siêu mịn, thay cho quạt bàn hay mở "
        "cửa sổ chỉ làm khói lan khắp phòng. Hơi thuốc hàn có thể gây sốt hàn, hen nghề nghiệp, đau đầu, chóng mặt.",
    ),
    (
        "mHo030",
        "en",
        "solder_hse",
        "Control guidance for rosin solder flux fume and occupational asthma",
        "The regulator's guidance for electronics and assembly work: consider rosin-free fluxes, never overheat the "
        "iron, use fume extraction (a soldering booth is best, on-tip extraction clogs quickly, bench-mounted boxes "
        "need a HEPA filter), keep heads out of the plume, maintain the extraction and run regular health surveillance.",
    ),
    (
        "mHo031",
        "vi",
        "d_mig",
        "Máy hàn MIG khí bảo vệ cho xưởng cơ khí",
        "Giới thiệu máy hàn MIG dùng dây hàn cấp liên tục trong khí bảo vệ: tốc độ hàn nhanh gấp 3–4 lần phương pháp "
        "truyền thống, mối hàn ít xỉ, dễ thao tác, hàn được nhiều kim loại; công nghệ ra đời từ thập niên 1940.",
    ),
    (
        "mHo032",
        "vi",
        "d_hanque",
        "Máy hàn que hồ quang tay: nguyên lý, cấu tạo, ứng dụng",
        "Máy hàn que tạo hồ quang 5.000–7.000 °C làm nóng chảy que hàn có vỏ thuốc; gọn nhẹ, đầu tư thấp, không cần "
        "khí bảo vệ, hàn được nhiều tư thế, hợp với cá nhân và xưởng nhỏ.",
    ),
    (
        "mHo033",
        "en",
        "d_welderreview",
        "MIG welding machines for workshop joining",
        "Explains MIG welders: an arc between the fed wire and the workpiece under inert shielding gas from a tank, "
        "the wire held on a spool inside the unit, adjustable heat settings and flux-cored options for portability.",
    ),
    (
        "mHo034",
        "vi",
        "d_inox",
        "Gia công hàn inox TIG, MIG, laser theo ISO 9001",
        "Xưởng cơ khí nhận gia công hàn inox 304, 316 bằng TIG, MIG, laser hoặc hàn lăn theo quy trình WPS/PQR, kiểm "
        "soát chất lượng có truy xuất, phục vụ ngành thực phẩm, y tế, nội thất và đường ống.",
    ),
    # --- spray painting ---
    (
        "mHo035",
        "en",
        "booth_tu",
        "Spray booths for production painting and finishing",
        "A tools supplier sells booths that pull overspray-laden air away from the painter, filter it and vent it "
        "outside, filter the incoming air for a cleaner finish, light the work and contain a fire. OSHA requires a "
        "booth or spray room for any spraying of combustible coatings beyond occasional spray-can touch-ups, and "
        "insurers usually require one for production painting.",
    ),
    (
        "mHo036",
        "en",
        "booth_el",
        "Spray booth construction to code: steel, separation, explosion-proof wiring",
        "A finishing-systems builder constructs booths of rigidly supported steel or masonry with noncombustible floors "
        "and baffles and smooth interiors, separated from other work by at least 3 ft, with explosion-proof motors and "
        "lights within 20 ft, automatic sprinklers, grounded ducts and fixed lighting behind glass panels.",
    ),
    (
        "mHo037",
        "en",
        "booth_li",
        "Air-fed masks and paint-mixing rooms for spray booths",
        "An industrial booth installer specifies full-face masks supplied with compressed air cleaned by particle and "
        "activated-carbon filters for painters inside the booth, a separately extracted paint kitchen next to the booth "
        "sharing its exhaust stack, and a yearly inspection of the compressed-air receiver.",
    ),
    (
        "mHo038",
        "vi",
        "son_nuoc",
        "Dây chuyền sơn nước với buồng phun ướt màng nước",
        "Nhà cung cấp thiết bị sơn công nghiệp lắp dây chuyền sơn nước cho gỗ, kim loại, nhựa: buồng phun ướt hút "
        "đáy hoặc hút sau dùng màng nước hay tấm đệm lọc giữ 85–95% hạt sơn lơ lửng, quạt hút, bộ tách nước, đèn "
        "chống nổ; súng phun HVLP hoặc airless ở 1,5–3 bar; có loại thủ công, bán tự động và tự động.",
    ),
    (
        "mHo039",
        "vi",
        "d_son_tinh",
        "Tối ưu vận hành dây chuyền sơn tĩnh điện, giảm lỗi bề mặt",
        "Bốn phương pháp giảm chấm kim, rỗ bề mặt và sai màu: giữ độ ẩm 40–55% RH, kiểm soát điện áp phun và lưu "
        "lượng bột, tốc độ băng chuyền và nhiệt độ sấy polyme hóa.",
    ),
]

OFFERS += [
    # --- styrene in composite boatbuilding ---
    (
        "mHo040",
        "en",
        "sty_85",
        "Styrene vapour ventilation options for FRP boat lamination",
        "Drawing on a NIOSH evaluation of three fibre-reinforced plastic yacht plants, engineers compare dilution, "
        "local exhaust and push-pull ventilation for hull lay-up. Each kept styrene under the 100 ppm legal limit, but "
        "reaching the recommended 50 ppm takes engineering controls combined with work practices, protective "
        "equipment and monitoring.",
    ),
    (
        "mHo041",
        "en",
        "sty_usm",
        "Moving from open moulding to closed-mould resin transfer to cut styrene",
        "An in-depth NIOSH survey found open-mould gun operators at a geometric mean of 52 ppm of styrene against "
        "about 2.4 ppm in the closed-mould RTM injection area; the survey team advises on process change and the "
        "engineering controls needed to approach the 20 ppm guideline.",
    ),
    (
        "mHo042",
        "en",
        "sty_gw",
        "Low-styrene resins, non-atomising spraying and ventilation for boatbuilders",
        "Based on a plant combining ventilation, low-styrene resins and non-atomising application: area samples stayed "
        "below 14 ppm and closed-mould workers averaged 8.5 ppm, while open-mould jobs ranged from 20 ppm for "
        "gel-coaters to 92 ppm for stringer glass-in. Noise levels of the same jobs are checked too.",
    ),
    (
        "mHo043",
        "vi",
        "sty_vn",
        "Đánh giá phơi nhiễm styrene cho cơ sở sản xuất nhựa composite",
        "Phân viện Khoa học an toàn vệ sinh lao động và bảo vệ môi trường miền Trung đã khảo sát phơi nhiễm styrene "
        "của người lao động ở các cơ sở composite (bồn chứa axit, kiềm, chi tiết điện tử, đóng tàu, xuồng, ca nô) và "
        "nhận đo, đánh giá mức phơi nhiễm styrene tại vị trí làm việc cho cơ sở có nhu cầu.",
    ),
    # --- shoe glue solvents ---
    (
        "mHo044",
        "en",
        "shoe_82",
        "Solvent exposure surveys for shoe manufacturing: toluene and benzene",
        "NIOSH industrial hygienists walked through 13 shoe plants and studied 3 in depth with personal and area "
        "samples. Toluene stayed below 200 ppm, but 10 benzene samples exceeded 1 ppm, mostly at manual washing and "
        "cleaning in finishing, so the survey also traces contaminated solvents as the source of benzene.",
    ),
    (
        "mHo045",
        "en",
        "shoe_th",
        "Air and urine monitoring of toluene and MEK for shoe factories",
        "Researchers who studied 180 workers in a rubber shoe factory combine personal organic-vapour monitors (20 "
        "workers), urine samples (165), a questionnaire and a walk-through. Although 65.6% always wore a mask, all were "
        "carbon cloth masks; 27 urine results exceeded the 30 ug/L toluene guide, highest among workers sitting "
        "downwind without gloves.",
    ),
    (
        "mHo046",
        "en",
        "shoe_pt",
        "Factory-wide solvent exposure survey for footwear plants",
        "A public health institute surveyed 100 shoe factories with 4,615 mostly female workers and found 20 organic "
        "compounds, mainly n-hexane, toluene and acetone; in 53.7% of factories the gluing, waxing and polishing posts "
        "gave significant exposure (44.2% of workers at risk), with poor ventilation, unsuitable protective equipment "
        "against dermatitis and a fire risk.",
    ),
    # --- noise measurement ---
    (
        "mHo047",
        "vi",
        "on_kd",
        "Dịch vụ đo độ ồn định kỳ tại nơi làm việc",
        "Công ty cổ phần kiểm định an toàn thiết bị công nghiệp nhận đo độ ồn định kỳ: dùng máy đo độ ồn, thiết bị đo "
        "tự động hoặc hệ thống giám sát liên tục để xác định khu vực ồn cao, đối chiếu quy định pháp lý và tiêu "
        "chuẩn, giúp doanh nghiệp có biện pháp kiểm soát tiếng ồn cho người lao động.",
    ),
    (
        "mHo048",
        "vi",
        "on_tk",
        "Máy đo mức âm và máy đo liều tiếng ồn cá nhân",
        "Nhà cung cấp thiết bị đo tư vấn khi nào dùng máy đo mức âm (SLM) cho từng máy, công đoạn và khi nào dùng máy "
        "đo liều cá nhân cho mức tiếp xúc theo ngày (LEP,d) hay theo tuần (LEP,w); đo trọng số A và đỉnh C. Tiếng ồn "
        "trên 80 dB kéo dài có thể gây mất thính lực, ù tai.",
    ),
    (
        "mHo049",
        "vi",
        "on_tcvn",
        "Xác định mức tiếp xúc tiếng ồn nghề nghiệp theo TCVN 9799:2013 (ISO 9612:2009)",
        "Đo theo phương pháp kỹ thuật do Viện Nghiên cứu KHKT Bảo hộ lao động đề nghị biên soạn: phân tích công việc, "
        "chọn một trong ba cách đo (theo nguyên công, theo nghề, theo cả ngày), đo bằng máy đo mức âm cầm tay hoặc "
        "máy đo cá nhân, tính kết quả kèm độ không đảm bảo đo.",
    ),
    (
        "mHo050",
        "vi",
        "qt_on",
        "Quan trắc tiếng ồn và độ rung trong môi trường lao động",
        "Doanh nghiệp giải pháp âm học nhận quan trắc tiếng ồn, độ rung tại nơi làm việc theo quy trình kỹ thuật "
        "quan trắc (Thông tư 10/2021/TT-BTNMT) và lập báo cáo; cơ sở sản xuất phải tổng hợp, báo cáo quan trắc ít "
        "nhất mỗi năm một lần.",
    ),
    # --- noise control ---
    (
        "mHo051",
        "en",
        "enc_ss",
        "Machine acoustic enclosures and anti-vibration mounts",
        "A soundproofing supplier states what each step gains: an anti-vibration pad about 2 dB, a screen on one side "
        "about 5 dB, a heavy sealed enclosure 20–25 dB, enclosure with isolation and absorbent lining 40–55 dB, and a "
        "double enclosure 60–80 dB. The enclosure must not touch the machine; resilient mats deal with structure-borne "
        "noise below about 100 Hz.",
    ),
    (
        "mHo052",
        "en",
        "enc_ne",
        "Rigid and flexible noise enclosures for presses and compressors",
        "Acoustic consultants install metal enclosures (16-gauge outer skin, perforated 22-gauge inner skin, mineral "
        "wool core) cutting 30–40 dBA, or flexible mass-loaded vinyl enclosures giving 10–20 dBA that adapt when layouts "
        "change, allowing for background noise, sealed doors and windows, ventilation louvres, lighting and washing. "
        "A recent job enclosed a press in a factory in Mexico.",
    ),
    (
        "mHo053",
        "en",
        "exair",
        "Silencing mufflers for pneumatic exhausts",
        "A compressed-air products maker supplies mufflers for cylinders, valves and vacuum generators: reclassifying "
        "mufflers cut exhaust noise by up to 35 dB and separate oil mist into a drainable filter, while sintered bronze "
        "mufflers are a cheap option with little back pressure.",
    ),
    (
        "mHo054",
        "vi",
        "noise_tt",
        "Giải pháp chống ồn cho nhà xưởng: cách âm, tiêu âm",
        "Công ty cơ khí cung cấp quạt công nghiệp, hệ thống hút bụi và giải pháp chống ồn nhà xưởng: phân tích đường "
        "lan truyền tiếng ồn trong không khí (trực tiếp, gián tiếp) và qua kết cấu, dùng vật liệu hút âm, lỗ cộng "
        "hưởng hút âm cho dải tần riêng của từng loại máy và ghép nhiều lỗ tần số khác nhau để mở rộng dải hút âm.",
    ),
    (
        "mHo055",
        "vi",
        "mnk_on",
        "Giảm tiếng ồn và rung cho máy nén khí",
        "Hướng dẫn 10 cách giảm ồn máy nén khí: chọn máy chính hãng, đặt máy trên nền phẳng chắc đúng vị trí, hạn "
        "chế người làm việc sát máy, đeo nút tai, bảo dưỡng, bôi trơn, vệ sinh lọc định kỳ, lót đệm hấp thụ rung và "
        "lắp bộ tiêu âm.",
    ),
    (
        "mHo056",
        "vi",
        "d_trangam",
        "Làm phòng cách âm chống ồn cho phòng ngủ, phòng thu",
        "Nguyên tắc làm phòng cách âm dân dụng: phòng kín khe hở, xa nguồn âm lớn, hạn chế rung từ máy bơm, máy phát, "
        "quạt; xử lý âm lọt qua tường, cửa, mái và tiếng vang cho phòng ngủ, studio.",
    ),
    # --- hearing protection and hearing tests ---
    (
        "mHo057",
        "vi",
        "nut_vm",
        "Nút tai chống ồn silicon và mút xốp cho môi trường sản xuất",
        "Nhà phân phối thiết bị công nghiệp giới thiệu các loại nút tai: silicon kín khít, chống nước, theo cấu trúc "
        "ống tai; mút xốp nén áp suất thấp giảm 25–40 dB, phần lớn dùng một lần; loại xốp tái sử dụng hơn nửa năm; "
        "kèm cách nhận biết nút tai đạt chất lượng.",
    ),
    (
        "mHo058",
        "vi",
        "snr_kp",
        "Chụp tai chống ồn theo chỉ số SNR (EN 352) và NRR",
        "Đơn vị bảo hộ lao động tư vấn chọn chụp tai theo mức ồn: SNR của châu Âu (SNR 30 dB đưa 100 dB xuống khoảng "
        "70 dB) và NRR của Mỹ hiệu chỉnh theo NIOSH, mức còn lại bằng mức ồn trừ (NRR − 7)/2, nên chụp tai NRR 30 "
        "trong môi trường 100 dB còn khoảng 88,5 dB.",
    ),
    (
        "mHo059",
        "vi",
        "nrr_eco",
        "Nút tai, chụp tai chống ồn và cách đọc chỉ số NRR",
        "Cửa hàng bảo hộ cung cấp thiết bị bảo vệ thính giác và giải thích chỉ số NRR; nêu mức 50 dBA cho văn phòng, "
        "85 dBA tại công trình, trong khi búa đập 80–85 dBA, máy cưa 105 dBA, còi xe 90 dBA: không giảm ồn thì nguy "
        "cơ điếc nghề nghiệp rất cao.",
    ),
    (
        "mHo060",
        "en",
        "hcp_jjk",
        "Audiometric testing programme: baseline, annual and follow-up",
        "A compliance publisher helps employers set up audiometric testing for everyone exposed at or above an 8-hour "
        "average of 85 dB: baseline audiograms, annual audiograms, worker training and follow-up procedures, free of "
        "charge to employees, so hearing is tracked over time.",
    ),
    (
        "mHo061",
        "en",
        "ms_gun",
        "Hearing conservation and respirator compliance services with mobile hearing booths",
        "A health system's occupational health service provides baseline and annual audiograms in its clinics or in "
        "on-site mobile hearing booths, hearing-protection education, compliance support and records for workplaces "
        "above 85 dB TWA, plus respirator medical clearance, air sampling and qualitative fit testing on site.",
    ),
    (
        "mHo062",
        "vi",
        "moh_on",
        "Phòng cách âm di động phục vụ đo thính lực sàng lọc điếc nghề nghiệp",
        "Giới thiệu phòng cách âm di động hỗ trợ giám sát môi trường lao động và đo thính lực tại cơ sở; theo Hội "
        "chống tiếng ồn thế giới, ở các nước công nghiệp từ 1/4 đến 1/3 người lao động làm việc trong tiếng ồn và "
        "điếc nghề nghiệp luôn đứng đầu các bệnh nghề nghiệp.",
    ),
    (
        "mHo063",
        "vi",
        "d_3kshop",
        "Tai nghe chống ồn chủ động có làm tổn thương tai không",
        "Bài tư vấn người mua tai nghe chống ồn chủ động: cảm giác hút màng nhĩ, đau tai, đau đầu, chóng mặt khi bật "
        "chống ồn mạnh, và vì sao mức áp suất đo được gần như không khác tai nghe thường.",
    ),
    # --- chemical storage ---
    (
        "mHo064",
        "vi",
        "hc_kho1",
        "Tư vấn bố trí kho lưu trữ hóa chất công nghiệp an toàn",
        "Nhà cung cấp hóa chất hướng dẫn: tại nơi làm việc chỉ để lượng hóa chất nguy hiểm đủ dùng trong ca; kho tách "
        "khỏi kho khác, xa khu dân cư, sông suối, giếng, không đặt nơi dễ ngập; tường ngoài chịu lửa ít nhất 30 phút, "
        "tường không thấm, sàn có chỗ giữ hóa chất rò rỉ, tràn đổ, mái khó cháy và thoát hơi, lối ra vào phù hợp.",
    ),
    (
        "mHo065",
        "vi",
        "vinatech",
        "Thiết kế, thi công kho chứa hóa chất theo tiêu chuẩn",
        "Vinatech Group thiết kế kho chứa hóa chất cho doanh nghiệp sản xuất, kinh doanh: phân khu theo tính chất độc, "
        "ăn mòn, dễ cháy, xúc tác phản ứng, bảo đảm an toàn cho người và không gây hại môi trường theo quy định.",
    ),
    (
        "mHo066",
        "vi",
        "hc_xep",
        "Hướng dẫn phân nhóm và sắp xếp hóa chất trong kho",
        "Công ty hóa chất hướng dẫn chia thành 5 nhóm: dễ cháy (acetone, toluene, xăng dầu) để xa nguồn nhiệt, thông "
        "gió, tủ chống cháy; oxy hóa (peroxide, nitrat, clo) tách khỏi nhóm dễ cháy; axit ăn mòn không để gần kiềm, "
        "dùng kệ chống ăn mòn; kiềm (NaOH, KOH, amoniac) trong thùng nhựa; chất độc (formaldehyde, phenol) trong tủ "
        "khóa có nhãn cảnh báo.",
    ),
    (
        "mHo067",
        "vi",
        "tu_mdk",
        "Tủ đựng hóa chất chống cháy cho dung môi, sơn",
        "Cung cấp tủ chống cháy màu vàng cho chất lỏng có điểm chớp cháy dưới 100 °F theo phân loại NFPA, OSHA với ba "
        "cấp IA, IB, IC (ete, xylen, sơn mài, nhiên liệu) cùng các tủ cho hóa chất khác; tư vấn chọn tủ theo mẫu cần "
        "lưu trữ trong nhà máy, khu công nghiệp, phòng thí nghiệm.",
    ),
    # --- labels and safety data sheets ---
    (
        "mHo068",
        "vi",
        "ghs_vh",
        "Làm nhãn hóa chất theo GHS",
        "Đơn vị hướng dẫn và thiết kế nhãn hóa chất theo Hệ thống hài hòa toàn cầu: hình đồ cảnh báo, từ cảnh báo "
        "Nguy hiểm hoặc Cảnh báo, câu cảnh báo nguy cơ, câu phòng ngừa, tên sản phẩm và thông tin nhà cung cấp, giúp "
        "doanh nghiệp tuân thủ pháp luật và người dùng nhận biết rủi ro.",
    ),
    (
        "mHo069",
        "vi",
        "hc_qt",
        "Mẫu quy trình quản lý hóa chất song ngữ cho nhà máy",
        "Bộ quy trình mẫu QT-HSE-08 (9 trang, Việt – Anh): mục đích, phạm vi áp dụng cho sản xuất, bảo trì, phòng thí "
        "nghiệm; trách nhiệm của phòng Nhân sự và HSE; các bộ phận lập bảng theo dõi nhập, sử dụng, tồn hóa chất gửi "
        "cán bộ an toàn tổng hợp; định nghĩa hóa chất và cách ghi chép.",
    ),
    (
        "mHo070",
        "en",
        "sds_ost",
        "GHS safety data sheet access and training",
        "An online safety trainer helps businesses keep readable, up-to-date GHS safety data sheets for every hazardous "
        "chemical and trains staff on their content: product identifier, hazard and precautionary statements, first aid, "
        "fire-fighting and accidental-release measures, handling and storage.",
    ),
    (
        "mHo071",
        "en",
        "sds_ast",
        "Solvent safety and hazard communication course",
        "A training provider's module on employers' duties for labels and safety data sheets and how to use SDS "
        "information: health effects, exposure limits (OELs, PELs), protective clothing, flammability, storage, spills, "
        "disposal and regulatory classification.",
    ),
    # --- chemical incident prevention and response ---
    (
        "mHo072",
        "vi",
        "hc_vc",
        "Xây dựng kế hoạch phòng ngừa, ứng phó sự cố hóa chất theo Nghị định 113/2017",
        "Đơn vị thuộc Vinacontrol tư vấn xác định cơ sở có hóa chất thuộc Phụ lục IV vượt ngưỡng phải lập Kế hoạch "
        "(Bộ Công Thương thẩm định trước khi dự án hoạt động) và soạn nội dung theo Điều 39: đặc tính, khối lượng hóa "
        "chất; dự báo nguy cơ và tình huống sự cố; biện pháp phòng ngừa; năng lực ứng phó, sơ tán; khắc phục hậu quả.",
    ),
    (
        "mHo073",
        "vi",
        "hc_tn",
        "Lập biện pháp và kế hoạch ứng phó sự cố hóa chất chi phí thấp",
        "Công ty tư vấn môi trường và đo đạc nhận lập kế hoạch, biện pháp phòng ngừa ứng phó sự cố hóa chất cho doanh "
        "nghiệp sản xuất, kinh doanh, sử dụng, bảo quản, vận chuyển hóa chất, tư vấn miễn phí ban đầu; lưu ý mức phạt "
        "15–20 triệu đồng nếu không xây dựng biện pháp, có thể tới 25 triệu đồng và đình chỉ hoạt động.",
    ),
    (
        "mHo074",
        "vi",
        "hc_dn",
        "Tập huấn, diễn tập ứng phó sự cố hóa chất độc hại",
        "Trung tâm Công nghệ Môi trường (ENTEC) từng là đơn vị tư vấn đề án tập huấn, huấn luyện lực lượng ứng phó sự "
        "cố hóa chất độc hại cho Sở Công Thương Đồng Nai năm 2015 (cơ sở pháp lý, mục tiêu, nội dung, tổ chức thực "
        "hiện) và nhận xây dựng chương trình tập huấn, kịch bản diễn tập cho doanh nghiệp.",
    ),
    # --- emergency eyewash and showers ---
    (
        "mHo075",
        "vi",
        "ew_vm",
        "Bồn rửa mắt khẩn cấp inox 304 và nhựa ABS",
        "Nhà cung cấp bồn rửa mắt khẩn cấp cho nhà máy, khu công nghiệp, phòng thí nghiệm có hóa chất, dung môi, bụi "
        "độc: chậu inox 304 hoặc nhựa ABS chịu hóa chất, vòi phun dòng nước nhẹ rửa trôi hóa chất khỏi mắt trong thời "
        "gian vàng; hướng dẫn phân loại, lắp đặt và cách sử dụng.",
    ),
    (
        "mHo076",
        "vi",
        "ew_hl",
        "Lắp đặt vòi rửa mắt khẩn cấp theo ANSI Z358.1",
        "Công ty thiết bị phòng thí nghiệm tư vấn lắp vòi rửa mắt, vòi tắm khẩn cấp ở nơi dùng axit, bazơ, dung môi, "
        "giải thích khi nào bắt buộc theo tiêu chuẩn ANSI Z358.1 và chọn loại phù hợp từng khu vực.",
    ),
    (
        "mHo077",
        "en",
        "ew_sc",
        "Plumbed and self-contained emergency showers and eyewash stations",
        "A safety equipment store supplies showers and eyewash units for areas with corrosive chemicals: reachable "
        "within 10 seconds on the same level, activating within one second with stay-open valves, eyewash flow of 0.4 "
        "gallons per minute; plumbed units stay on the mains, self-contained ones are refilled after each use.",
    ),
    (
        "mHo078",
        "en",
        "ew_rem",
        "Battery-room safety kit: drench facilities, acid PPE and spill neutraliser",
        "A power-systems supplier bundles what is required where batteries are charged or acid is handled: face shields, "
        "aprons and rubber gloves, quick-drench facilities for eyes and body within 25 ft of the battery area, and "
        "materials to flush and neutralise spilled electrolyte, plus fire protection.",
    ),
]

OFFERS += [
    # --- pesticide storage and applicator PPE ---
    (
        "mHo079",
        "en",
        "pest_ww",
        "Building a pesticide store: fire resistance, bunding and security",
        "An agricultural consultant sets out store construction: walls and doors resisting fire for 30 minutes or more, "
        "a bund holding 110% of the products stored (185% in environmentally sensitive areas) built of concrete, brick "
        "or metal with sealed joints, and doors kept locked; small stocks can stand inside a sound metal container used "
        "as the bund.",
    ),
    (
        "mHo080",
        "vi",
        "pest_fao",
        "Hướng dẫn chọn địa điểm và thiết kế kho thuốc bảo vệ thực vật theo FAO",
        "Tài liệu hướng dẫn của FAO: đặt kho xa nhà ở, bệnh viện, trường học, chợ, kho thức ăn chăn nuôi, xa sông và "
        "giếng, không ở nơi mực nước ngầm cao hay ngập theo mùa; xe cứu hỏa tiếp cận được ba phía; thiết kế dư 15% "
        "sức chứa, thông gió tốt chống nóng và tích hơi thuốc, sàn bê tông nhẵn không thấm dễ lau rửa.",
    ),
    (
        "mHo081",
        "en",
        "pest_ufl",
        "Secure pesticide storage building: essential structural features",
        "University of Florida extension fact sheet PI-30 describing the structural features a secure pesticide storage "
        "building on a farm or at an applicator's base should have.",
    ),
    (
        "mHo082",
        "en",
        "pest_nb",
        "Pesticide storage cabinets and stand-alone stores for farms",
        "Provincial agriculture guidance: keep only small quantities year-round in a secured, insulated metal cabinet "
        "with spill containment (a low-wattage bulb keeps it frost-free); larger stocks need a separate building used "
        "only for pesticides, away from flooding, below any wells and reachable by emergency vehicles.",
    ),
    (
        "mHo083",
        "en",
        "ppe_msu",
        "Pesticide applicator PPE training: labels, materials and cleaning",
        "An extension pesticide education programme teaches applicators to read the label's PPE statements (stricter "
        "when mixing concentrates), understand chemical-resistant materials, clean PPE and cut exposure through skin, "
        "eyes, lungs and mouth; its surveys found fewer than half of private applicators always wear the required PPE.",
    ),
    (
        "mHo084",
        "en",
        "ppe_ifas",
        "Selecting chemical-resistant PPE for pesticide handlers",
        "Extension specialists explain coveralls, footwear, gloves, aprons, respirators, eyewear and headgear for "
        "applicators, mixer-loaders and early-entry workers, and the difference between chemical-resistant, "
        "water-resistant and waterproof materials (plastic or rubber may not stop oil-based products).",
    ),
    # --- cholinesterase testing ---
    (
        "mHo085",
        "vi",
        "bvtv_hue",
        "Xét nghiệm cholinesterase đánh giá nhiễm độc mạn thuốc BVTV lân hữu cơ, carbamat",
        "Nhóm nghiên cứu Đại học Y Dược Huế và đối tác đã khảo sát 300 nông dân trồng lúa trực tiếp phun thuốc ở 3 xã "
        "(trung bình dùng 10 loại thuốc, 85,8% tiếp xúc trên 15 năm), định lượng cholinesterase huyết thanh bằng phương "
        "pháp xúc tác enzyme kèm phỏng vấn điều kiện làm việc, bảo hộ, cất giữ và xử lý thuốc; nhận thực hiện tương tự "
        "cho hợp tác xã.",
    ),
    (
        "mHo086",
        "vi",
        "bvtv_hcts",
        "Khám sức khỏe và đo hoạt tính cholinesterase cho người tiếp xúc thuốc trừ sâu",
        "Dựa trên nghiên cứu tại 3 cơ sở sản xuất hóa chất trừ sâu: khám 134 người, xét nghiệm máu 78 người, đo "
        "cholinesterase 122 người; ghi nhận 12,69% trường hợp nhiễm độc cấp mỗi năm và 11,43% nhiễm độc "
        "anti-cholinesterase nghề nghiệp mức thấp, trung bình; cung cấp gói khám, xét nghiệm cho người sản xuất, bảo "
        "quản và sử dụng thuốc.",
    ),
    # --- chlorine in seafood processing ---
    (
        "mHo087",
        "vi",
        "clo_ts",
        "Đo và đánh giá phơi nhiễm khí clo cho cơ sở chế biến thủy sản",
        "Nhóm nghiên cứu đã đo phơi nhiễm khí clo ở 4 cơ sở chế biến thủy sản miền Trung: nhóm tiếp xúc cao gấp 8,5 "
        "lần nhóm đối chứng, 25 trên 401 mẫu vượt QCVN 03:2019/BYT, bộ phận sơ chế cao nhất với trung bình 1,124 "
        "mg/m3; nhận đo theo vị trí và đề xuất biện pháp giảm phơi nhiễm.",
    ),
    (
        "mHo088",
        "en",
        "cl_niosh",
        "Evaluation of eye and respiratory irritation from chlorine and chloramines in processing plants",
        "Health hazard evaluators investigate stinging eyes, sore throats, coughing and asthma-like symptoms in food "
        "processing plants; chlorine in wash water and chiller baths is often blamed, but chloramines formed with "
        "nitrogenous material are frequently the cause. They review chlorine dosing, water contamination and ventilation.",
    ),
    (
        "mHo089",
        "en",
        "cl_prov",
        "Safe chemical handling training for sanitation crews",
        "Consultants train cleaning and sanitation workers in food plants on quaternary ammonium, alkaline, chlorinated "
        "and acid cleaners: never mix bleach with ammonia (a toxic gas results), dilute correctly, choose PPE, and know "
        "that many injuries come from reactions when products are mixed.",
    ),
    (
        "mHo090",
        "vi",
        "d_ww_tc",
        "Hệ thống xử lý nước thải chế biến surimi 300 m3/ngày đêm",
        "Công ty môi trường thiết kế hệ xử lý nước thải surimi Tắc Cậu với 10 công đoạn cho nước thải có COD đến "
        "36.000 mg/l, BOD5 4.000–15.000 mg/l, dầu mỡ 100–500 mg/l, đạt QCVN 11:2008/BTNMT cột B.",
    ),
    (
        "mHo091",
        "vi",
        "d_ww_mm",
        "Dây chuyền công nghệ xử lý nước thải thủy sản",
        "Tổng quan đặc điểm nước thải chế biến thủy sản giàu hữu cơ, quy trình và các công nghệ xử lý, thiết kế lắp "
        "đặt, chi phí và hiệu quả kinh tế cho nhà máy.",
    ),
    # --- ammonia refrigeration ---
    (
        "mHo092",
        "en",
        "nh3_ev",
        "Fixed ammonia gas detectors for refrigeration plant rooms",
        "A gas-detection maker supplies NH3 sensors for fish plants, dairies, breweries and cold stores, alarmed at the "
        "EN 378 levels (low hazard up to 500 ppm, high hazard 30,000 ppm) while protecting workers against the 25 ppm "
        "8-hour and 35 ppm 15-minute limits; leaks usually come from corrosion, leaking valves or operator error.",
    ),
    (
        "mHo093",
        "en",
        "nh3_ns",
        "Routine ammonia leak detection and sensor testing service",
        "A refrigeration contractor provides fixed and portable ammonia monitoring and routine sensor testing so small "
        "leaks trigger alarms, ventilation or evacuation before they escalate; systems holding over 10,000 lb of ammonia "
        "fall under process safety management rules.",
    ),
    (
        "mHo094",
        "en",
        "nh3_hsb",
        "Ammonia refrigeration operator training and emergency planning",
        "An equipment insurer's engineers advise qualified, trained operators who notice problems early and emergency "
        "response plans in which every employee knows their role, with evacuation routes and designated responders, "
        "because impact damage, corrosion, erosion and vibration still cause leaks in well-built systems.",
    ),
    (
        "mHo095",
        "en",
        "nh3_kw",
        "Leak and spill response plans and drills for cold stores",
        "Guidance for cold-store operators: write an emergency response plan and practise it often, train and equip any "
        "staff expected to tackle a leak themselves, and fit mechanical stops so forklifts cannot hit piping and "
        "evaporators next to pallet storage.",
    ),
    (
        "mHo096",
        "vi",
        "d_kholanh",
        "Xây dựng kho lạnh cho nhà máy chế biến cá ngừ",
        "Quy trình xây kho lạnh: xác định quy mô theo sản lượng, thiết kế mặt bằng, điện, hệ lạnh, chọn panel PU hoặc "
        "EPS, làm móng, dựng khung, xử lý mối nối kín và lắp máy nén, ống dẫn gas.",
    ),
    (
        "mHo097",
        "vi",
        "d_kl500",
        "Tính toán thiết kế hệ thống lạnh kho thủy sản đông lạnh 500 tấn",
        "Đồ án tốt nghiệp Đại học Nha Trang tính toán thiết kế hệ thống lạnh cho kho bảo quản 500 tấn sản phẩm thủy "
        "sản đông lạnh tại một công ty ở Sóc Trăng.",
    ),
    (
        "mHo098",
        "vi",
        "d_kltv",
        "Dự án kho lạnh bảo quản và dây chuyền chế biến nông sản tại Trà Vinh",
        "Thuyết minh dự án (tháng 10/2023) kho lạnh bảo quản kèm dây chuyền chế biến nông sản tại tỉnh Trà Vinh: chủ "
        "đầu tư, sự cần thiết, căn cứ pháp lý, thị trường rau quả, quy mô thực hiện.",
    ),
    # --- confined spaces ---
    (
        "mHo099",
        "en",
        "cs_int",
        "Four-gas detectors and atmospheric testing for confined-space entry",
        "A gas-detection supplier equips teams to test before and during entry in the required order: oxygen first "
        "(safe between 19.5% and 23.5%), then combustible gases as %LEL, then toxics such as H2S and CO. More than 1,030 "
        "US workers died in confined spaces in 2011–2018, over half from hazardous atmospheres.",
    ),
    (
        "mHo100",
        "en",
        "cs_gd",
        "Portable gas analysers and permit procedures for confined spaces",
        "Monitoring specialists explain permit and non-permit spaces (limited openings, poor natural ventilation, not "
        "meant for continuous occupancy) and supply portable analysers for the four gases to check before entry and "
        "while working: oxygen, carbon monoxide, hydrogen sulphide and flammables.",
    ),
    (
        "mHo101",
        "vi",
        "bio_evn",
        "Dịch vụ kỹ thuật phá váng, vệ sinh hầm biogas không để người xuống hầm",
        "Chuyên gia Trung tâm Năng lượng tái tạo (Viện Năng lượng) khuyến cáo không tự vệ sinh hầm mà thuê kỹ thuật "
        "viên, xe hút hoặc máy bơm chuyên dụng phá màng sinh học; nếu tự làm phải mở nắp thật lâu cho khí mêtan thoát, "
        "dùng sào phá váng, bổ sung men vi sinh phân hủy xenlulozo; pha loãng tối đa 1 phân 3 nước để tránh tạo váng.",
    ),
    (
        "mHo102",
        "vi",
        "bio_vne",
        "Hướng dẫn vận hành, vét bã hầm biogas an toàn",
        "Trung tâm Nghiên cứu phát triển cộng đồng nông thôn hướng dẫn: hầm đóng váng thì báo cơ quan chuyên môn; tự xử "
        "lý phải mở nắp thời gian dài, chọc thủng váng rồi chờ vài giờ mới mở nắp; tuyệt đối không xuống hầm khi chưa "
        "có cán bộ kỹ thuật kiểm tra; vét bã tầng áp lực 6 tháng một lần, tầng chứa 5 năm, toàn hầm 10 năm.",
    ),
    # --- machine guarding ---
    (
        "mHo103",
        "en",
        "guard_jm",
        "Protective guards for open belt drives",
        "A reviewer of guarding products compares options for open belt drives where fingers, loose clothing or tools "
        "can be drawn into nip points: heavy expanded-mesh enclosures that resist impact and let heat escape, and "
        "modular T-slot aluminium guards that can be reconfigured when belts or tensioners move.",
    ),
    (
        "mHo104",
        "en",
        "guard_cg",
        "Modular bolt-together fixed guards for conveyors and rotating parts",
        "A guarding manufacturer supplies self-supporting barrier guards around rotating equipment and component guards "
        "for pulleys and drives, assembled without welding or cutting; machines inside a guard must be switched off "
        "before it is removed for inspection or maintenance.",
    ),
    (
        "mHo105",
        "vi",
        "may_nn",
        "Khảo sát an toàn lao động và giải pháp cho máy, thiết bị cơ điện nông nghiệp",
        "Phân viện Bảo hộ lao động và Bảo vệ môi trường miền Nam đã điều tra 526 hộ ở Tây Ninh, Đồng Nai, Tiền Giang, "
        "Đồng Tháp, An Giang (228 máy cày, 224 máy gặt đập liên hợp, 149 máy bơm, 125 máy xới); cứ 100.000 lao động "
        "nông thôn có 856 người bị tai nạn do máy móc; nhận khảo sát và đề xuất giải pháp giảm tai nạn máy.",
    ),
    # --- lockout / tagout ---
    (
        "mHo106",
        "en",
        "loto_hse",
        "Lockout/tagout programme set-up for small businesses",
        "An HSE consultancy takes small firms through a LOTO programme covering electrical, mechanical, hydraulic, "
        "pneumatic, chemical and thermal energy during servicing: locks and tags on isolating devices, written "
        "procedures and training, preventing crush injuries, amputations and electrocution from unexpected start-up.",
    ),
    (
        "mHo107",
        "en",
        "loto_ml",
        "Lockout/tagout best-practice workshop",
        "A lock manufacturer's safety team presents LOTO statistics (failure to control hazardous energy causes nearly "
        "10% of serious accidents, averaging 24 lost days), programme requirements, the lockout and re-energising "
        "sequence, shift changes and emergency removal of locks.",
    ),
    (
        "mHo108",
        "en",
        "loto_0685",
        "Hands-on lockout training built from job breakdowns",
        "Training advisers build lockout skills with demonstrations on each machine type, job breakdowns written with "
        "the people who do the work, posted procedures, and consultant audits that double as a training needs analysis.",
    ),
    (
        "mHo109",
        "vi",
        "loto_sm",
        "Thiết bị khóa, gắn thẻ LOTO và hướng dẫn theo OSHA, ISO",
        "Nhà cung cấp thiết bị an toàn và bảo hộ lao động (hơn 5.000 sản phẩm, giao toàn quốc) cung cấp bộ khóa, thẻ "
        "LOTO cho bảo trì, sửa chữa thiết bị công nghiệp kèm hướng dẫn quy trình khóa và gắn thẻ theo OSHA, ISO.",
    ),
    # --- woodworking machines ---
    (
        "mHo110",
        "en",
        "saw_nw",
        "Kickback prevention set-up for table saws",
        "Woodworking instructors show how to prevent kickback, when the workpiece is thrown back after being pinched "
        "between fence and blade or closing on the back of the blade: fit a splitter or riving knife, set the rip fence "
        "exactly parallel, and use featherboards and push sticks to keep control.",
    ),
    (
        "mHo111",
        "en",
        "saw_wk",
        "Riving knives and anti-kickback pawls for table saws",
        "Reference on riving knives: blades grab more often when ripping than cross-cutting, loose offcuts against the "
        "back of the blade also kick back; since 2008 UL requires a riving knife on all new table saw designs, and some "
        "guards carry toothed anti-kickback pawls.",
    ),
    (
        "mHo112",
        "vi",
        "saw_anv",
        "Tài liệu và huấn luyện an toàn vận hành máy cưa bàn",
        "Đơn vị huấn luyện an toàn cung cấp bộ tài liệu an toàn lao động (6 nhóm, hơn 300 ngành nghề), trong đó có "
        "máy cưa bàn: thực trạng (6 tháng đầu năm 2024 cả nước có 3.201 vụ tai nạn lao động, 320 vụ chết người), nhận "
        "diện mối nguy và biện pháp an toàn khi vận hành.",
    ),
    (
        "mHo113",
        "vi",
        "bao_evn",
        "Hướng dẫn sử dụng máy bào gỗ an toàn",
        "Hướng dẫn nhận diện sự cố máy bào (văng bắn do lưỡi lắp lỏng, điện giật do hở mạch, cháy do dăm bào làm ẩm "
        "mạch điện, va quệt đầu vít) và nguyên tắc: chỉ người đã được huấn luyện mới vận hành, không đeo găng tay mà "
        "dùng tay đẩy, chạy thử và kiểm tra thiết bị an toàn trước khi làm, ngắt nguồn khi mất điện, vệ sinh thường xuyên.",
    ),
    # --- presses ---
    (
        "mHo114",
        "en",
        "press_fs",
        "Safety light curtain retrofit for mechanical stamping presses",
        "A safety-sensor maker's retrofit method: start with a risk assessment, choose resolution from the hazard, "
        "measure the press's actual stopping time and mount the curtain at the resulting safety distance, wired through "
        "a safety relay, because a curtain mounted too close looks compliant but is not.",
    ),
    (
        "mHo115",
        "en",
        "press_2h",
        "Combined two-hand control and Type 4 light curtain for press cells",
        "Engineers integrate a Type IIIC two-hand control, which protects only the operator's hands, with a vertical "
        "Type 4 light curtain on the open loading or inspection side, which protects helpers who can reach the dies, "
        "and a safety relay, so the stroke stops before anyone else reaches the point of operation.",
    ),
    (
        "mHo116",
        "vi",
        "chan_ad",
        "Giải pháp che chắn an toàn cho máy chấn tôn mà không giảm năng suất",
        "Nhà sản xuất máy chấn phân tích ba nguồn gây khó khi lắp che chắn (điểm vận hành phải mở để căn chỉnh, bộ "
        "phận thay đổi, rủi ro ba chiều) và đưa ra bộ công cụ công nghệ, lộ trình triển khai 5 bước cùng giải pháp cho "
        "phôi lớn, vận hành song song, robot.",
    ),
    # --- grinders ---
    (
        "mHo117",
        "en",
        "grind_so",
        "Bench grinder safe set-up checklist",
        "Safety guidance for bench grinders: no combustibles near sparks, wheel guard fitted, tool rest 1/8 inch from "
        "the wheel and slightly above centre, stand aside until full speed because faulty wheels break at start-up, "
        "grind on the face, clamp small pieces, ring-test wheels and replace worn, cracked or dropped ones.",
    ),
    (
        "mHo118",
        "en",
        "grind_ac",
        "Abrasive wheel safety course",
        "An online course on abrasive wheel hazards (bursting, kickback, entanglement, flying particles, noise, vibration, "
        "dust), wheel markings and maximum speed, pre-use inspection and ring test, mounting with correct flanges and "
        "blotters, guard and rest gaps, PPE, dressing wheels and lockout during wheel changes.",
    ),
    (
        "mHo119",
        "vi",
        "da_mai",
        "Hướng dẫn an toàn bảo quản, lắp đặt đá mài",
        "Tài liệu an toàn lao động ngành cơ khí: bảo quản đá mài nơi khô ráo, xa axit, không xếp chồng; đá kết dính "
        "magie quá một năm không dùng; lắp đá kẹp đều giữa hai mặt bích có đệm đàn hồi, cấm dùng búa thép gõ; khe hở "
        "giữa trục và lỗ đá 2–5% đường kính lỗ; cân bằng tĩnh hoặc động trước khi dùng.",
    ),
    # --- manual handling ---
    (
        "mHo120",
        "vi",
        "bocvac_w",
        "Giải pháp an toàn, vệ sinh lao động cho bốc dỡ, vận chuyển thủ công lúa gạo",
        "Phân viện Bảo hộ lao động và Bảo vệ môi trường miền Nam nghiên cứu thực trạng và đề xuất giải pháp cho lao "
        "động bốc dỡ lúa gạo vùng ĐBSCL: khảo sát 189 người, đau cổ 31,2%, vai 24,3%, cơn đau thường xuất hiện lúc bốc "
        "vác (45%); nhận tư vấn cải thiện cho kho, bến, nhà máy xay xát.",
    ),
    (
        "mHo121",
        "en",
        "lift_mhe",
        "Vacuum sack lifters with risk assessment and cost-benefit case",
        "A materials-handling supplier provides vacuum sack lifters and a risk assessment comparing moving sacks by hand "
        "(back pain, strains, slips and falls while carrying) with assisted lifting, showing the lifter costs little "
        "against one injury and raises productivity and worker satisfaction.",
    ),
    (
        "mHo122",
        "en",
        "lift_ls",
        "Automatic sack opening and emptying system",
        "A patented system opens and empties bags of raw material automatically, removing the manual lift into hoppers "
        "and mixers; the maker cites NIOSH's 50 lb and ACGIH's 70 lb lifting guidance and that manual handling of heavy "
        "loads contributes over 33% of reported work injuries.",
    ),
    (
        "mHo123",
        "en",
        "lift_hse",
        "Choosing lifting and handling aids to prevent back injuries",
        "Regulator guidance for managers on selecting lifting and handling aids, with cases: injury claims costing "
        "150,000 pounds over three years (20% of liability claims), and a firm that cut lost days from 373 to 74 and "
        "absence wages from about 24,000 to 5,000 pounds with handling aids, training and rehabilitation.",
    ),
]

OFFERS += [
    # --- sewing workstations ---
    (
        "mHo124",
        "en",
        "sew_osha",
        "Sewing station design: adjustable chairs and workstation layout",
        "Occupational safety e-tool guidance for sewing workstations: easily adjustable chairs (height, seat tilt, "
        "backrest) with lower-back support, no wheels or locking wheels, a waterfall front edge and cushioned seat; chairs "
        "placed so elbows stay close to the body, knee and seat angles of 90–110 degrees, and training on adjustment.",
    ),
    (
        "mHo125",
        "en",
        "sew_ijie",
        "Evidence-based sewing workstation adjustments: distance, incline, height",
        "From a study of ten professional operators at an adjustable prototype in nine arrangements: set the fore-aft "
        "sewing distance 140 mm toward the operator, incline the sewing desk 10 degrees toward the operator, and adjust "
        "desk height, which most affects arm posture, to improve trunk, neck and arm posture.",
    ),
    (
        "mHo126",
        "en",
        "sew_pp",
        "Table height, slope and pedal position guidelines for sewing machines",
        "Ergonomists propose adjusting or redesigning sewing workplaces: table about 5 cm above elbow height, a sloped "
        "table top that keeps head and trunk upright without raising the left arm further, and a pedal position rule, "
        "to reduce complaints in the left shoulder, neck and back.",
    ),
    (
        "mHo127",
        "en",
        "d_chair",
        "Buying an ergonomic office chair",
        "Checklist for office chairs: seat height adjustable between about 16 and 21 inches, seat 17–20 inches wide with "
        "2–4 inches between the knees and the seat edge, adjustable tilt and lower-back support for desk work.",
    ),
    (
        "mHo128",
        "en",
        "d_chair2",
        "Ergonomic office chair features",
        "Lumbar support adjustable in height and depth, backrest 12–19 inches wide, breathable padded fabric and "
        "adjustable armrests so forearms stay off the rests while typing.",
    ),
    (
        "mHo129",
        "en",
        "d_comfy",
        "Ergonomic chair buying guide",
        "How to pick an office chair that fits your body: seat height, width and depth, lumbar support, a wide backrest, "
        "adjustable armrests and swivel; try it before buying.",
    ),
    # --- standing work, posture assessment ---
    (
        "mHo130",
        "en",
        "mat_cl",
        "Anti-fatigue matting with a standing-work programme",
        "A matting manufacturer, citing the Canadian occupational health centre, supplies anti-fatigue mats for people "
        "standing on concrete and pairs them with job changes that let workers alternate position or sit, footwear with "
        "arch and heel support and cushioning, and softer flooring where possible.",
    ),
    (
        "mHo131",
        "vi",
        "mat_wg",
        "Thảm chống mỏi, chống trượt cho khu vực đứng làm việc lâu",
        "Cung cấp thảm chống mỏi bằng vinyl, cao su, xốp dày dưới 1 inch (25,4 mm), mặt chống trượt, cạnh vát tránh "
        "vấp, chịu ẩm, hóa chất, dầu mỡ, cắt được theo kích thước; giúp giảm căng cơ, tăng tuần hoàn cho người phải "
        "đứng nhiều giờ liền trong xưởng.",
    ),
    (
        "mHo132",
        "vi",
        "ergo_ns",
        "Tư vấn tư thế làm việc đứng, ngồi",
        "Khoa Tâm sinh lý lao động và Ecgônômi, Viện Sức khỏe nghề nghiệp và Môi trường tư vấn bố trí tư thế: đứng tốn "
        "hơn ngồi khoảng 20% năng lượng và làm tăng nguy cơ giãn tĩnh mạch (hơn 1/5 trường hợp ở tuổi lao động), ngồi "
        "liền quá một giờ cũng bất lợi cho chuyển hóa; khuyến nghị giày dép chống mỏi, ghế, xen kẽ đứng và ngồi.",
    ),
    (
        "mHo133",
        "vi",
        "rula_dt",
        "Đánh giá nguy cơ rối loạn cơ xương bằng phương pháp RULA",
        "Viện Sức khỏe nghề nghiệp và Môi trường đánh giá tư thế chi trên bằng RULA với 4 mức: chấp nhận được, thấp, "
        "trung bình, cao; trong khảo sát 108 công nhân lắp ráp điện tử, 15,7% ở mức cần khảo sát thêm và thay đổi sớm, "
        "84,3% cần đánh giá thêm; từ đó đề xuất giải pháp phù hợp thực tế.",
    ),
    (
        "mHo134",
        "vi",
        "ergo_dg",
        "Đo và đánh giá ecgônômi vị trí lao động theo TCVN 7302-2:2003",
        "Dịch vụ đo và đánh giá ecgônômi vị trí lao động, tư thế lao động theo quy trình kỹ thuật: xác định vùng thao "
        "tác, không gian và trang bị chỗ làm việc, tư thế, đối chiếu TCVN 7302-2:2003 và tiêu chuẩn vệ sinh lao động "
        "của Bộ Y tế để tìm giải pháp cải thiện thực tiễn.",
    ),
    # --- heat ---
    (
        "mHo135",
        "vi",
        "mat_nk",
        "Thiết bị làm mát và thông gió nhà xưởng",
        "Nhà cung cấp quạt và thiết bị làm mát lắp hệ thống thông gió, làm mát cho nhà xưởng vốn nóng hơn bên ngoài "
        "5–10 °C vào mùa hè, giảm mất nước, mệt mỏi, sốc nhiệt cho công nhân, bảo vệ máy móc và giảm độ ẩm.",
    ),
    (
        "mHo136",
        "vi",
        "mat_plo",
        "Hệ thống làm mát bay hơi bằng tấm giấy tưới nước cho xưởng sản xuất",
        "Hệ thống theo công nghệ Thụy Điển dùng quạt hút lưu lượng lớn đẩy khí nóng ra ngoài và đưa không khí qua tấm "
        "trao đổi nhiệt bằng giấy tưới nước: xưởng giảm 4–7 °C, duy trì 29–32 °C, trao đổi khí khoảng 40 lần mỗi giờ; "
        "vốn đầu tư khoảng 20% và điện năng 15% so với điều hòa trung tâm; đã lắp cho nhiều xưởng may.",
    ),
    (
        "mHo137",
        "vi",
        "chong_nong",
        "Tư vấn chống nóng, cải thiện vi khí hậu cho người lao động các tỉnh phía Nam",
        "Phân viện Bảo hộ lao động và Bảo vệ môi trường miền Nam phân tích điều kiện lao động nóng và mâu thuẫn giữa "
        "yêu cầu sản xuất, tiện nghi người lao động và tiết kiệm năng lượng (ví dụ phòng điều hòa có hơi khí độc, bụi "
        "phải hút thải ra ngoài), đề xuất biện pháp chống nóng phù hợp từng cơ sở.",
    ),
    (
        "mHo138",
        "en",
        "heat_pmc",
        "Workplace heat-stress interventions co-designed with employers and workers",
        "European heat-health researchers consulted employers, workers and safety officers (41 people) and policy makers "
        "(74): 41% knew of no cooling strategy at their company, and the preferred measures were facilitated drinking, "
        "better clothing and protective equipment, and rescheduling work tasks; they advise on affordable implementation.",
    ),
    (
        "mHo139",
        "en",
        "heat_dm",
        "Evaporative cooling units for factories and cooler rest zones",
        "A cooling-appliance maker supplies units for hot factories and warehouses where longer shifts, more protective "
        "gear and a faster pace raise heat strain; where heat is unavoidable (furnaces, molten metal, cooked products) it "
        "recommends cooler zones nearby to rotate into, training on fluid replacement and adequate breaks.",
    ),
    (
        "mHo140",
        "vi",
        "d_hopman",
        "Lò nung gạch liên hoàn hopman thay lò truyền thống",
        "Các doanh nghiệp gạch ở Đồng Nai chuyển sang lò hopman nhiều khoang tuần hoàn, tái dùng khói nóng để sấy gạch "
        "mộc: củi đốt giảm gần một nửa, đốt được mùn cưa, trấu, gỗ vụn, gạch tốt khoảng 80% so với gạch tuynel.",
    ),
    (
        "mHo141",
        "vi",
        "d_lonung",
        "Các kiểu lò nung gạch: Hoffman, nung liên tục, buồng đốt di động",
        "Phân loại công nghệ lò gạch theo kiểu nung (gián đoạn, bán liên tục, liên tục) và buồng đốt; lò Hoffman phát "
        "minh năm 1858, đã xây thử ở Chợ Mới, An Giang; sản lượng gạch nung 22 tỷ viên năm 2007.",
    ),
    # --- training, first aid, forklifts ---
    (
        "mHo142",
        "vi",
        "ldt",
        "Huấn luyện an toàn vệ sinh lao động nhóm 1 đến 6 tại doanh nghiệp",
        "Tổ chức huấn luyện ATVSLĐ cho các nhóm 1, 2, 3, 4, 5, 6: người quản lý, cán bộ an toàn, người làm công việc "
        "có yêu cầu nghiêm ngặt (hóa chất, điện, bức xạ, LPG…), người lao động, an toàn vệ sinh viên; trình bày mục "
        "đích, nội dung, thời gian huấn luyện và cấp chứng chỉ, thẻ an toàn.",
    ),
    (
        "mHo143",
        "vi",
        "anv_tt",
        "Trung tâm huấn luyện an toàn lao động được cấp phép, cơ sở vật chất hạng C",
        "Trung tâm được cấp phép huấn luyện ATVSLĐ, phòng học theo chuẩn Nghị định 44: 2 m2 mỗi học viên, tối thiểu 60 "
        "m2, chiếu sáng tự nhiên theo TCXD, đèn không dưới 15 W/m2, độ rọi không dưới 300 lux, bàn ghế theo TCVN 7490; "
        "đổi mới phương pháp giảng dạy để giúp doanh nghiệp hạn chế tai nạn lao động.",
    ),
    (
        "mHo144",
        "vi",
        "scc_tp",
        "Lớp sơ cấp cứu tại doanh nghiệp của Hội Chữ thập đỏ",
        "Trung tâm Huấn luyện Sơ cấp cứu và Phòng chống thảm họa TP.HCM dạy trực tiếp tại doanh nghiệp, như lớp gần 50 "
        "người lao động Công ty Xử lý chất thải Việt Nam: di chuyển nạn nhân, dị vật đường thở, ngưng tim ngưng thở, "
        "chảy máu, sốc, điện giật, gãy xương, bỏng và tai nạn hóa chất, thực hành trên mô hình.",
    ),
    (
        "mHo145",
        "vi",
        "scc_ss",
        "Đào tạo sơ cấp cứu cho doanh nghiệp gắn với mục tiêu ESG",
        "Đơn vị đào tạo kỹ năng sơ cấp cứu cho doanh nghiệp như một phần chiến lược ESG và an toàn lao động; nêu năm "
        "2024 tai nạn lao động gây thiệt hại hơn 42.500 tỷ đồng (tăng 61,5%), năm 2023 có 699 người chết; luật yêu cầu "
        "huấn luyện trước khi làm việc và có phương án cứu hộ khẩn cấp cho việc nguy cơ cao.",
    ),
    (
        "mHo146",
        "en",
        "fl_hy",
        "Forklift operator and pedestrian safety training",
        "A forklift manufacturer trains operators on the specific truck types they drive, reviews site layout and "
        "pedestrian traffic flow to reduce close interaction, and teaches pedestrians to stay alert around lift trucks, "
        "cutting downtime, lost-time injuries and product damage.",
    ),
    (
        "mHo147",
        "en",
        "fl_cg",
        "Forklift safety training programme development kit",
        "A lift-truck dealer's complete guide and checklist for building a compliant operator and pedestrian training "
        "programme, citing a 1984 NIOSH study showing better training reduces operator errors, with hazard recognition "
        "and a review of existing training.",
    ),
    # --- health examinations and occupational disease screening ---
    (
        "mHo148",
        "vi",
        "ksk_tc",
        "Gói khám sức khỏe định kỳ cho doanh nghiệp",
        "Bệnh viện đa khoa tư vấn và triển khai gói khám sức khỏe tổng quát cho người lao động theo Điều 21 Luật An "
        "toàn, vệ sinh lao động (ít nhất mỗi năm một lần), Bộ luật Lao động, Thông tư 14/2013/TT-BYT về danh mục và hồ "
        "sơ khám, Thông tư 19/2016/TT-BYT về quản lý sức khỏe người lao động.",
    ),
    (
        "mHo149",
        "vi",
        "ksk_qt",
        "Khám sức khỏe định kỳ tại công ty",
        "Bệnh viện tổ chức khám định kỳ tại doanh nghiệp theo quy trình lập danh sách, khám lâm sàng, cận lâm sàng, "
        "trả kết quả; giúp phát hiện sớm bệnh do hóa chất, khói bụi, ổn định lực lượng sản xuất và tiết kiệm chi phí "
        "khám cho người lao động.",
    ),
    (
        "mHo150",
        "vi",
        "bnn_ld",
        "Tư vấn nội dung khám phát hiện bệnh nghề nghiệp theo Thông tư 28/2016/TT-BYT",
        "Công ty luật tư vấn nội dung khám phát hiện các bệnh nghề nghiệp được bảo hiểm: bụi phổi silic, amiăng (chụp "
        "X-quang phổi, đo chức năng hô hấp, chụp cắt lớp, tìm AFB khi cần), bụi phổi bông (đo chức năng hô hấp, test "
        "lẩy da, công thức máu), viêm phế quản mạn tính và hen phế quản nghề nghiệp.",
    ),
    (
        "mHo151",
        "vi",
        "sil_tlc",
        "Đo chức năng hô hấp và tổng dung tích phổi cho người tiếp xúc bụi silic",
        "Nhóm nghiên cứu đã chụp X-quang phổi theo tiêu chuẩn ILO rồi đo chức năng hô hấp và tổng dung tích phổi (TLC) "
        "cho 869 người tiếp xúc trực tiếp bụi silic: 10,5% giảm TLC, liên quan chặt với bụi phổi đám mờ lớn; khuyến nghị "
        "dùng FVC thường quy, TLC khi cần chính xác cao; nhận thực hiện cho doanh nghiệp.",
    ),
    (
        "mHo152",
        "vi",
        "sil_xq",
        "Đọc phim X-quang phổi theo tiêu chuẩn ILO sàng lọc bụi phổi silic",
        "Nhóm Viện Đào tạo Y học dự phòng và Y tế công cộng (Đại học Y Hà Nội) phân tích phim X-quang của 404 người lao "
        "động luyện thép tiếp xúc bụi silic: 13,7% có hình ảnh bụi phổi silic, chủ yếu đám mờ nhỏ tròn đều p/p (56,4%), "
        "mật độ 1/1 (41,9%); nhận chụp và đọc phim sàng lọc cho cơ sở có bụi silic.",
    ),
    (
        "mHo153",
        "en",
        "ms_occ",
        "NIOSH-certified occupational spirometry with physician review",
        "An occupational medicine provider runs baseline, periodic and exit spirometry by NIOSH-certified technicians on "
        "calibrated equipment meeting ATS/ERS quality standards, with every result reviewed by occupational physicians "
        "against the worker's exposure (welders, concrete cutters, process operators), since silicosis and occupational "
        "asthma are irreversible.",
    ),
    (
        "mHo154",
        "en",
        "ms_aoc",
        "Surveillance testing: spirometry, audiograms and vision",
        "An occupational clinic performs periodic spirometry (annually or every 2–3 years) to track lung function and "
        "fitness to wear respirators, annual audiograms for workers at or above 85 dBA in a hearing conservation "
        "programme, and vision tests for acuity, depth perception and colour.",
    ),
    # --- workplace environment monitoring ---
    (
        "mHo155",
        "vi",
        "qt_nv",
        "Dịch vụ quan trắc môi trường lao động",
        "Đơn vị an toàn lao động nhận quan trắc môi trường lao động định kỳ: đo nồng độ khí, bụi, nhiệt độ, độ ẩm, "
        "ánh sáng, tiếng ồn và các yếu tố công thái học tại các vị trí làm việc, lập báo cáo và đề xuất giải pháp cải "
        "thiện, phòng ngừa bệnh liên quan đến môi trường làm việc.",
    ),
    (
        "mHo156",
        "vi",
        "qt_tb",
        "Thiết bị quan trắc môi trường lao động",
        "Cung cấp thiết bị đo vi khí hậu (nhiệt độ, độ ẩm, tốc độ gió), bụi, ánh sáng, tiếng ồn, rung, điện từ trường, "
        "CO2 và khí độc, loại cầm tay hoặc giám sát tự động, để doanh nghiệp tự theo dõi môi trường lao động.",
    ),
    (
        "mHo157",
        "vi",
        "d_kt40",
        "Quy trình kỹ thuật quan trắc khí thải ống khói theo Thông tư 40/2015/TT-BTNMT",
        "Văn bản quy định quy trình kỹ thuật quan trắc khí thải từ ống khói, ống thải của nhà máy, cơ sở sản xuất và lò "
        "đốt chất thải; không áp dụng cho quan trắc tự động, liên tục.",
    ),
    # --- safety footwear ---
    (
        "mHo158",
        "vi",
        "giay_sv",
        "Giày bảo hộ lao động mũi thép, đế chống trượt",
        "Công ty may Sóc Vàng cung cấp giày bảo hộ đạt chuẩn: mũi thép chịu lực hoặc mũi composite nhẹ, không dẫn "
        "điện; đế chống trơn trượt, chống đâm xuyên, chịu dầu; lót êm thoáng khí cho nhiều ngành nghề.",
    ),
    (
        "mHo159",
        "vi",
        "giay_vs",
        "Giày bảo hộ mũi thép và mũi composite: chọn loại nào",
        "Tư vấn chọn giày có mũi bảo vệ ngón chân và lót chống đâm xuyên: mũi thép chịu va đập 200 J và lực nén 15.000 "
        "N, tương đương xe tải 1,5 tấn cán qua; mũi composite nhẹ hơn, không kim loại, qua máy quét không cần cởi.",
    ),
    # --- further distractors ---
    (
        "mHo160",
        "en",
        "d_ac_ld",
        "Coconut shell charcoal and activated carbon from a Vietnamese producer",
        "A Vietnamese producer describes burning old coconut shells from Ben Tre and Binh Dinh at about 1,200 °C without "
        "oxygen to make charcoal, then steam activation to a light, porous carbon for water purification and filtration.",
    ),
    (
        "mHo161",
        "en",
        "d_kalinka",
        "Welding machines supply: MIG and TIG",
        "A supplier's explanation of welding machines that join metal by melting it with heat; MIG feeds wire "
        "continuously through the gun, TIG uses long rods to fuse two metals.",
    ),
    (
        "mHo162",
        "en",
        "d_flatbed",
        "Flatbed grain dryers for rice farmers",
        "IRRI and Nong Lam University spread the husk-fired flatbed dryer: by 2005 about 4,000 dryers of 4–8 tonnes were "
        "installed in the Mekong Delta; in Myanmar more than 300 dryers now serve about 35,000 farmers.",
    ),
    (
        "mHo163",
        "vi",
        "d_gachkn",
        "Phát triển sản xuất gạch không nung từ đất",
        "Khóa luận Đại học Nông Lâm TP.HCM (2010) phân tích khả năng phát triển gạch không nung từ đất ở huyện Tân Uyên, "
        "Bình Dương để thay gạch nung thủ công.",
    ),
]
