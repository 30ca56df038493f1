"""Offers of the holdout121 labelled set (phone, computer and small electronics repair and retail).

Rows: (id, language, source key, title, description). Each row paraphrases the public page behind its
source key in holdout121_sources.S.
"""

OFFERS = [
    # --- repair training -------------------------------------------------------------------------
    (
        "mSo001",
        "vi",
        "vi_daynghe_blog",
        "Khóa đào tạo nghề sửa chữa điện thoại di động cho người mới bắt đầu",
        "Chương trình kéo dài khoảng 7 tháng, đi từ điện tử cơ bản đến chẩn đoán và xử lý các 'bệnh' của máy. "
        "Học viên cần học xong lớp 9 để được cấp chứng chỉ nghề; người chưa đủ điều kiện chỉ nhận giấy chứng nhận "
        "đã học. Bộ dụng cụ ban đầu ước khoảng 7 triệu đồng; ra nghề có thể làm thợ với lương từ 2 triệu đồng/tháng.",
    ),
    (
        "mSo002",
        "vi",
        "vi_ictnews_daynghe",
        "Đào tạo sửa điện thoại gắn với chuỗi trung tâm sửa chữa thực tế",
        "Đơn vị vừa dạy nghề vừa vận hành bệnh viện điện thoại, nên học viên được thực hành trên máy đời mới "
        "do khách mang đến và giảng viên thường xuyên cập nhật kỹ thuật. Mô hình này khắc phục điểm yếu của các "
        "trung tâm dạy nghề kiểu cũ, vốn đã đóng cửa dần vì không theo kịp công nghệ.",
    ),
    (
        "mSo003",
        "vi",
        "vi_binhdinh_nghe",
        "Lớp học nghề sửa điện thoại kèm cặp ngay tại cửa hàng",
        "Cửa hàng sửa chữa nhận học viên học theo khóa, học phí 7-8 triệu đồng/khóa, gồm hai phần: phần cứng điện tử "
        "và phần mềm. Học viên làm việc bên cạnh thợ chính, phù hợp với các tiệm cần có ít nhất 2 thợ để sửa lấy liền "
        "cho khách.",
    ),
    (
        "mSo004",
        "vi",
        "vi_laptop_hoc",
        "Khóa đào tạo sửa chữa và bảo dưỡng laptop gắn với thực hành",
        "Trung tâm đào tạo công nghệ cao dạy cách bắt bệnh laptop (điện áp, tuổi thọ linh kiện, ẩm mốc, bụi) và "
        "quy trình bảo dưỡng: thổi bụi, làm sạch tản nhiệt, tra kem tản nhiệt mới, tra mỡ quạt, vệ sinh bàn phím. "
        "Học viên thực hành sửa linh kiện điện tử trên máy thật, chi phí học thấp.",
    ),
    (
        "mSo005",
        "en",
        "en_ethiopia_module",
        "120-hour competency module: servicing and repairing mobile phones",
        "A Level III module for electrical/electronic equipment servicing, nominally 120 hours, prepared by a national "
        "labour and skills ministry. It covers workplace preparation, tools, test instruments and PPE, using service "
        "and repair manuals, and recording the history of each repair, with self-checks and operation sheets.",
    ),
    (
        "mSo006",
        "en",
        "en_essci_curriculum",
        "Mobile Phone Hardware Repair Technician course (qualification pack ELE/Q8104)",
        "Model curriculum from an electronics sector skill council for candidates who have finished 10th standard. "
        "Learners practise receiving faulty handsets, diagnosing faults with the customer and with diagnostic tools, "
        "arranging tools and parts, hardware repair, software repair, testing the repaired phone and workplace safety.",
    ),
    (
        "mSo007",
        "en",
        "en_essci_q8104",
        "NSQF level 4 mobile phone repair technician programme with on-the-job training",
        "Version 2.0 of the curriculum: an introduction to the role, customer interaction and front-end repair, "
        "rectifying faults in the handset, soft skills and work ethics, basic health and safety practices, and a "
        "compulsory on-the-job training module in a working repair centre.",
    ),
    (
        "mSo008",
        "en",
        "en_tmt_academy",
        "In-house academy for trainee repair technicians, run by a high-volume repair lab",
        "A repair lab that receives around 10,000 broken phones a month trains its own recruits, since no repair "
        "apprenticeship exists. Experienced technicians complete up to 20 repairs a day at an average ticket of "
        "150-200 pounds; smashed screens are the most frequent job.",
    ),
    (
        "mSo009",
        "vi",
        "vi_khoahoc_epkinh",
        "Khóa học ép kính smartphone cho thợ sửa chữa",
        "Giáo trình 69 trang do kỹ sư biên soạn: cấu tạo màn hình LCD (đèn nền, phim phân cực, lớp TFT, tinh thể "
        "lỏng, lớp lọc màu) và AMOLED, từ đó hướng dẫn tách và ép lại mặt kính vỡ mà vẫn giữ màn hiển thị; "
        "hỗ trợ học viên qua Zalo.",
    ),
    (
        "mSo010",
        "en",
        "en_appleosophy_irp",
        "Free 40-hour certification for independent iPhone repairers",
        "Independent shops join the manufacturer's repair programme free of charge once one technician passes a free "
        "40-hour course and test. The shop then gets the same genuine parts, tools, training, manuals and diagnostics "
        "as authorised providers for battery and display repairs; the scheme was piloted in 20 stores.",
    ),
    (
        "mSo011",
        "vi",
        "vi_duchoa_laptop",
        "Hướng dẫn kỹ thuật khò hàn, thay chip I/O và IC trên main laptop",
        "Tài liệu thực hành cho kỹ thuật viên: chuẩn bị máy khò, mỏ hàn, nhíp, mỡ hàn, thiếc và nước rửa mạch; "
        "vuốt bóng chân, khò đều diện rộng để main không bị rộp, nâng chip nhẹ nhàng, làm phẳng thiếc trên bốn hàng "
        "chân rồi hàn lại đúng chiều.",
    ),
    (
        "mSo012",
        "en",
        "en_phuluong_vocational",
        "Short vocational classes in electronics and refrigeration repair for rural workers",
        "A district vocational programme runs classes in communes, including electronics and refrigeration repair, "
        "alongside farming, mechanics and tailoring. The district expects 75.04% of its workforce to be trained by "
        "2025, 38.41% with diplomas or certificates, and most graduates find company jobs.",
    ),
    (
        "mSo013",
        "vi",
        "vi_careerstart_baohanh",
        "Đào tạo kỹ thuật viên cho trung tâm bảo hành điện thoại",
        "Các hệ thống bảo hành lớn tự đào tạo đội ngũ: một hệ thống có 14 trung tâm với khoảng 170 nhân viên, "
        "một nhà bán lẻ có trung tâm 20 người. Đầu vào tối thiểu là trung cấp điện tử viễn thông, có tuyển thêm "
        "kỹ sư đại học; chương trình giúp kỹ thuật viên làm bảo hành độc lập cho các hãng.",
    ),
    (
        "mSo014",
        "vi",
        "vi_danviet_maynn",
        "Lớp dạy nghề sửa chữa máy nông nghiệp cho nông dân",
        "Trung tâm dạy nghề của Hội Nông dân mở 8 lớp cho 280 lao động nông thôn trong năm 2012, gồm chăn nuôi "
        "gia súc, gia cầm, nuôi cá, làm chổi, trồng chè và sửa chữa máy nông nghiệp, tận dụng lao động và nguyên "
        "liệu địa phương.",
    ),
    (
        "mSo015",
        "vi",
        "vi_mangthit_xaydung",
        "Lớp nghề xây dựng dân dụng 3 tháng cho lao động nông thôn",
        "Trung tâm giáo dục nghề nghiệp huyện Mang Thít khai giảng 5 lớp tại các xã: trộn vữa, xây móng và tường, "
        "tô trát, ốp gạch, an toàn vệ sinh lao động; học viên có nghề để tham gia công trình và tăng thu nhập.",
    ),
    # --- spare parts -----------------------------------------------------------------------------
    (
        "mSo016",
        "en",
        "en_verge_irp",
        "Genuine iPhone parts, tools and diagnostics for independent repair shops",
        "Legitimate independent shops can buy genuine parts, tools, manuals and diagnostics access at the price "
        "charged to authorised providers, after a technician completes the free training. Parts cover the most common "
        "out-of-warranty jobs, mainly batteries and cracked screens; shops may still use third-party parts for other faults.",
    ),
    (
        "mSo017",
        "en",
        "en_gettotext_irp",
        "Original spare parts supply for independent workshops, with parts-disclosure rules",
        "Batteries, displays and other parts are shipped from manufacturer stock to independent workshops that have a "
        "certified technician, whatever their size; more than 140 firms at over 700 US locations joined in the first "
        "year. Workshops must tell customers whether an original or third-party part was fitted, and removed parts are "
        "collected back for reuse or recycling.",
    ),
    (
        "mSo018",
        "en",
        "en_nasdaq_irp",
        "Independent repair provider programme extended to Canada and 32 European countries",
        "The parts-and-tools programme for independent iPhone repairers is widened beyond the US, with an online tool "
        "that lets customers verify whether a shop participates and extra mail-in repair options. Small shops that found "
        "authorised-provider volume commitments too costly can now get genuine parts and diagnostic software.",
    ),
    (
        "mSo019",
        "vi",
        "vi_linhkien_rom",
        "Kiểm định, phân loại và cung cấp màn hình, pin thay thế cho iPhone",
        "Dịch vụ giúp tiệm sửa phân biệt các loại màn hình đang bán (riêng iPhone X đã có 4 loại, báo giá chênh từ "
        "2,5 đến 4 triệu đồng) và tránh hàng quảng cáo 'chính hãng' nhưng do bên thứ ba sản xuất; kiểm tra cảm ứng "
        "trước khi lắp, cung cấp màn hình, pin, vỏ kèm bảo hành 6 tháng.",
    ),
    (
        "mSo020",
        "vi",
        "vi_tinmoi_zin",
        "Cung cấp linh kiện zin tháo máy và tư vấn định giá linh kiện",
        "Nhà cung cấp phân loại linh kiện thành hàng zin và hàng linh kiện, giải thích chênh lệch giá và độ bền, "
        "nhất là với màn hình - bộ phận đắt nhất; cảnh báo nguồn 'hàng xác, hàng lỗi' do con buôn gom lại và giúp "
        "tiệm sửa báo giá minh bạch cho khách.",
    ),
    # --- rework tools, microscopes, board repair --------------------------------------------------
    (
        "mSo021",
        "en",
        "en_talkandroid_bga",
        "BGA rework stations for smartphone motherboard repair",
        "Supply and set-up of ball grid array rework stations that heat a chip evenly with hot air or infrared so a "
        "technician can lift it, clean the pads and resolder it without damaging the rest of the board. Used for CPUs, "
        "power-management ICs, NAND flash and baseband chips on modern phone boards, with complementary tools.",
    ),
    (
        "mSo022",
        "en",
        "en_diyfix_bga",
        "BGA reballing toolkit and step-by-step reballing process",
        "Kit and guide for restoring cracked BGA joints that cause no-power, random restarts or display faults: rework "
        "station or preheater plus hot-air gun, chip-specific stencil, leaded or lead-free solder balls or paste, tacky "
        "flux, isopropyl alcohol, wick, reballing jig, Kapton tape and a magnifier or microscope.",
    ),
    (
        "mSo023",
        "en",
        "en_xs_bga",
        "BGA desoldering, reballing, alignment and resoldering for laptops, consoles and phones",
        "Rework equipment maker explaining and supporting the full sequence: separate the chip, clean board and chip, "
        "reball, align optically or non-optically, then solder. Balls range from 0.25 to 0.76 mm and the temperature "
        "difference between chip corners should stay under 2 degrees C to avoid warping or lifted pads.",
    ),
    (
        "mSo024",
        "en",
        "en_cooteck_bga",
        "Underfill removal and BGA rework procedure",
        "Technical procedure for glued BGA parts: soften the adhesive with hot air (about 300 degrees C for 12 seconds "
        "at 3-5 mm), scrape residue with a wooden stick, heat the component surface to at least 217 degrees C to remove "
        "it, clean pads with wick and isopropanol, then re-mount. A scrap board trial is advised before batch rework.",
    ),
    (
        "mSo025",
        "en",
        "en_phonerepairteam_micro",
        "Inspection microscopes and high-resolution cameras for phone repair benches",
        "Advice and supply of stereo microscopes, inspection cameras and magnifier lamps for intake inspection and "
        "board work. Strong light and magnification reveal oxidation left by moisture under SMD and BGA parts; "
        "professional optics are recommended to protect the technician's eyesight.",
    ),
    (
        "mSo026",
        "en",
        "en_microsoldering_what",
        "Microsoldering repair of phone and tablet logic boards",
        "Board-level repair service replacing resistors, capacitors, connectors, diodes and chips that can only be seen "
        "under a microscope (around 200x). Worth it when a 2-dollar part kills a 1,000-dollar phone; uses a microscope, "
        "hot-air rework station and soldering station. The manufacturer itself does not offer this repair.",
    ),
    (
        "mSo027",
        "en",
        "en_techlabuk",
        "Logic board microsoldering service (e.g. iPhone 7 audio IC fault)",
        "Repair workshop taking in multi-layer logic boards from phones, tablets and small computers for component-level "
        "work under the microscope, such as the audio IC failure that greys out the speaker and blocks recording.",
    ),
    (
        "mSo028",
        "vi",
        "vi_phamtrongthuan_kho",
        "Hướng dẫn sử dụng và bảo trì máy khò gió nóng cho thợ điện thoại",
        "Tài liệu giải thích sơ đồ mạch cây khò, quy trình đúng: giảm gió tăng nhiệt khi khởi động, chỉnh gió và "
        "nhiệt theo linh kiện, khi tắt thì giảm nhiệt tăng gió để làm nguội đầu phun; cách tự sửa khi khò không ra "
        "gió hoặc không nóng, tránh làm nứt ống thủy tinh trong đầu phun.",
    ),
    (
        "mSo029",
        "vi",
        "vi_vns_cnc",
        "Máy CNC đục CPU và thiết bị sửa phần cứng iPhone",
        "Cung cấp máy CNC chuyên cắt bỏ CPU, chip trên main iPhone một cách chính xác, cùng máy khò, máy hàn, máy ép "
        "kính cho thợ sửa phần cứng; tư vấn đầu tư thiết bị vì máy ép kính và CNC khó tìm, chất lượng khó lường.",
    ),
    (
        "mSo030",
        "vi",
        "vi_dientuviet_mohan",
        "Mỏ hàn thiếc điều chỉnh nhiệt cho sửa chữa bo mạch",
        "Cung cấp mỏ hàn nhiệt đầu mũi 250-450 độ C dùng tháo lắp linh kiện trên bo mạch tivi, laptop, điều hòa và "
        "thiết bị dân dụng, kèm hướng dẫn chọn mũi và dùng thiếc hàn đúng cách cho trung tâm sửa chữa.",
    ),
    (
        "mSo031",
        "vi",
        "vi_chipstack_mohan",
        "Tư vấn chọn mỏ hàn thiếc và hướng dẫn sử dụng an toàn",
        "Giới thiệu cấu tạo mỏ hàn (tay cầm cách nhiệt, đầu hàn nhiều hình dạng, phần tử nung, bộ điều chỉnh nhiệt, "
        "dây nguồn chịu nhiệt), phân loại theo nhu cầu từ nghiệp dư đến chuyên nghiệp và cách dùng hiệu quả, an toàn "
        "trong sửa chữa thiết bị điện tử, viễn thông.",
    ),
    (
        "mSo032",
        "vi",
        "vi_hlauto_bientan",
        "Sửa chữa biến tần công nghiệp bằng súng nhiệt và trạm hàn",
        "Dịch vụ sửa biến tần: tháo lắp tụ, điện trở, diode, Mosfet, IGBT và IC điều khiển trên bo công suất bằng "
        "súng nhiệt và mỏ hàn 40-60 W, thiếc Sn63Pb37; phục hồi bo mạch cho máy móc nhà xưởng.",
    ),
]

OFFERS += [
    # --- solder fume extraction ------------------------------------------------------------------
    (
        "mSo033",
        "en",
        "en_mobilelab_fume",
        "Benchtop solder fume extractors for repair benches",
        "Compact motorised extractors placed a few centimetres from the iron create negative pressure and pull the plume "
        "into a nozzle or arm, then through a pre-filter, an activated carbon filter for flux gases and optionally a "
        "HEPA stage. Unlike fans or open windows, they capture fumes before they reach the breathing zone.",
    ),
    (
        "mSo034",
        "en",
        "en_handbook_fume",
        "Solder fume extraction design and filter maintenance plan",
        "Engineering service choosing between tip extraction, arm or cowl extraction and ducted machine extraction. "
        "Hoods sit within 1.5 duct diameters of the joint and capture velocity is 0.5 m/s at the source; pre-filters are "
        "changed monthly, HEPA filters (above 0.3 micron) every 6-12 months, carbon filters on saturation, with an "
        "annual flow test and logged filter changes.",
    ),
    (
        "mSo035",
        "en",
        "en_topmag_fume",
        "Ducted solder fume extraction systems for soldering workstations",
        "Design and installation of systems made of a hood or nozzle at each station, ductwork, a filtration unit with "
        "HEPA filters for particles and activated carbon for gases, a fan sized for the airflow, and an exhaust that "
        "returns cleaned air to the room.",
    ),
    (
        "mSo036",
        "vi",
        "vi_cite_khoihan",
        "Máy hút khói hàn thiếc cho bàn sửa chữa điện tử",
        "Thiết bị hút và lọc khói hàn thiếc ngay tại mối hàn. Khói chứa bụi thiếc và hóa chất có mùi, gây hại đường "
        "hô hấp; máy tạo lực hút, giữ bụi và chất độc qua các lớp lọc rồi trả lại không khí sạch cho xưởng.",
    ),
    (
        "mSo037",
        "en",
        "en_chauvin_fume",
        "Soldering fume hood with multi-layer filtration",
        "A Vietnamese supplier's fume hood for soldering work: strong suction draws in the white smoke of tin dust and "
        "chemicals, layered filters retain particles and toxic substances, and clean air is returned to the workspace.",
    ),
    (
        "mSo038",
        "en",
        "en_hse_solderers",
        "Control and health surveillance for rosin solder flux fume",
        "Regulator guidance turned into a service for soldering shops: consider rosin-free fluxes, never overheat the "
        "iron, keep the head out of the plume, fit extraction (a ventilated booth works best; tip extraction clogs "
        "quickly; bench boxes help little without HEPA), maintain it and arrange regular health surveillance.",
    ),
    (
        "mSo039",
        "en",
        "en_iet_rosin",
        "Briefing on rosin-based flux fume and occupational asthma",
        "Health and safety briefing from an engineering institution: colophony (pine resin) in solder flux is a leading "
        "cause of occupational asthma in the UK, irritates eyes and airways, and can cause dermatitis on skin contact.",
    ),
    (
        "mSo040",
        "en",
        "en_diversitech_solder",
        "Fume collection for soldering and brazing in electronics assembly and repair",
        "Collectors for hand soldering, wave soldering and brazing smoke. Technicians bend over tiny parts and breathe "
        "rosin and lead oxide fume directly; repeated exposure can lead to lead poisoning (metallic taste, weight loss, "
        "cramps, high blood pressure), so fumes are captured at source.",
    ),
    (
        "mSo041",
        "en",
        "en_airbench_welding",
        "Welding fume extraction for fabrication workshops",
        "Extraction systems for welding, grinding and cutting in metal shops and welding colleges. Unprotected welders "
        "are 43% more likely to develop lung cancer according to a study of over 17 million welders; extraction also "
        "helps meet COSHH 2002 duties.",
    ),
    (
        "mSo042",
        "en",
        "en_filtermist_welding",
        "Standalone and fixed welding fume extraction units",
        "Mobile units for occasional welding and fixed high-volume units for production bays, sized to the metal and "
        "process. Welding fume is linked to asthma, pneumonia, cancer and COPD, which was tied to about 4,000 UK deaths "
        "in 2014.",
    ),
    (
        "mSo043",
        "en",
        "en_weldinggear_fume",
        "Portable welding fume extractor with flexible arm",
        "Portable arm units, downdraft tables and overhead hoods for welding shops, with pre-filter and HEPA-grade main "
        "filter; the nozzle is placed 6-12 inches from the weld, beside or behind the arc, alongside a P100 respirator.",
    ),
    # --- anti-static (ESD) work ------------------------------------------------------------------
    (
        "mSo044",
        "en",
        "en_esd_dos",
        "ESD workstation set-up and periodic checks",
        "Audit and rules for static-safe benches: test wrist straps with the operator daily or fit constant monitors, "
        "test mats quarterly, clean them only with mat cleaner, remove insulating plastics, ground each mat directly "
        "(no daisy chains, no strap on the mat snap) and avoid parallel ground paths; use GFCI outlets.",
    ),
    (
        "mSo045",
        "en",
        "en_dorey_esd",
        "Bench anti-static mat and grounding point installation",
        "Fitting a dissipative mat to the workbench with corner studs bolted through, separate wrist-strap studs at each "
        "end of the bench, and all connections joined to a common grounding block through 1 megohm resistors to limit "
        "current into the building earth.",
    ),
    (
        "mSo046",
        "en",
        "en_elimstat_esd",
        "ESD control programme to ANSI/ESD S20.20 (mats, wrist straps, smocks, ionisers)",
        "Supply and set-up of an ESD protected area: compliant table mats bonding work surfaces, wrist straps bonding "
        "people, static-shielding smocks, and ionisers for insulators that cannot be grounded, with qualification and "
        "compliance verification as the standard requires.",
    ),
    (
        "mSo047",
        "vi",
        "vi_megaline_tham",
        "Thảm cao su chống tĩnh điện cho bàn thao tác và khu vực nhỏ",
        "Thảm cao su tổng hợp pha hạt dẫn điện, 2 hoặc 3 lớp (cách điện, dẫn điện, chịu mài mòn), cuộn lại và di "
        "chuyển được, không cần thi công; độ bền khoảng 2-5 năm, chi phí ban đầu thấp hơn sàn vinyl; dùng kèm dây "
        "tiếp đất và vòng đeo tay.",
    ),
    (
        "mSo048",
        "vi",
        "vi_vongtay_tinhdien",
        "Vòng đeo tay chống tĩnh điện có dây và không dây",
        "Cung cấp vòng tay vải co giãn nối với đất và thảm cao su qua dây tiếp đất, hoặc loại không dây cần đeo ít "
        "nhất 15 phút trước khi làm việc; bảo vệ CPU, RAM và linh kiện nhạy tĩnh điện, an toàn cho người đeo.",
    ),
    (
        "mSo049",
        "vi",
        "vi_baohotot_gangtay",
        "Găng tay chống tĩnh điện cho kỹ thuật viên điện tử",
        "Găng tay chuyên dụng giúp người thao tác không truyền điện tích sang vi mạch, linh kiện nhạy cảm khi lắp "
        "ráp, sửa chữa; phù hợp ngành điện tử, công nghệ thông tin và nơi cần bảo vệ thiết bị.",
    ),
    (
        "mSo050",
        "vi",
        "vi_voibac_tham",
        "Thảm ESD cho khu lắp ráp, sửa chữa linh kiện",
        "Nhà cung cấp đồ bảo hộ giới thiệu thảm chống phóng tĩnh điện cho khu vực lắp ráp vi mạch, linh kiện điện "
        "tử: giải thích hiện tượng ESD, lý do phải kiểm soát trong sản xuất và cách chọn thảm phù hợp.",
    ),
    (
        "mSo051",
        "en",
        "en_gotopac_esd",
        "ESD-safe chairs and conductive floor mats for a technician workstation",
        "Layout for a fully grounded single-operator station, from the floor up: conductive vinyl chair mats that keep "
        "a permanent path to ground under casters, ESD chairs with a drag chain and conductive casters, and bench-height "
        "seating suited to repair centres.",
    ),
    (
        "mSo052",
        "vi",
        "vi_daigiavinh_epoxy",
        "Thi công sơn epoxy chống tĩnh điện cho nhà máy điện tử, phòng sạch",
        "Hệ sơn 4 lớp: lót primer bám dính, lớp dẫn điện trộn than chì hoặc sợi dẫn, lớp phủ và hoàn thiện, nối đất "
        "qua dây đồng; dành cho nhà máy điện tử, phòng sạch, bệnh viện cần kiểm soát tĩnh điện toàn sàn.",
    ),
    (
        "mSo053",
        "vi",
        "vi_dinhvietco_epoxy",
        "Sơn nền nhà xưởng epoxy chống tĩnh điện",
        "Thi công sơn epoxy 2 thành phần cho sàn bê tông kho xưởng, phòng thí nghiệm, xưởng hóa chất; điện trở bề "
        "mặt 10^4-10^6 ohm, phân tán điện tích xuống đất qua dây đồng hoặc triệt tiêu bằng lớp điện trở cao.",
    ),
    (
        "mSo054",
        "vi",
        "vi_vai_esd",
        "Vải may đồng phục chống tĩnh điện (sọc, caro)",
        "Cung cấp vải polyester dệt sợi carbon dạng sọc hoặc ô 5 mm, 2,5 mm cho xưởng may đồng phục nhà máy điện tử, "
        "dược phẩm, thực phẩm; điện trở bề mặt 10^5-10^9 ohm tùy loại.",
    ),
    (
        "mSo055",
        "vi",
        "vi_phuhoang_ao",
        "Áo khoác chống tĩnh điện cho công nhân sản xuất điện tử",
        "Đồng phục áo khoác ESD cho nhà máy điện tử ở Bắc Ninh, Bình Dương, TP.HCM; hướng dẫn chọn mua áo để hạn chế "
        "điện tích trên quần áo khi công nhân di chuyển, bảo vệ vi mạch và bo mạch chủ.",
    ),
    (
        "mSo056",
        "vi",
        "vi_sangocuanhua_san",
        "Sàn chống tĩnh điện cho phòng server và nhà máy chip",
        "Vật liệu lát sàn ESD cho phòng chứa vi mạch, nhà máy sản xuất điện thoại và bo mạch, trung tâm dữ liệu, "
        "phòng máy MRI, X-quang; dẫn điện tích xuống hệ thống tiếp địa; có báo giá thi công theo diện tích.",
    ),
    # --- lithium battery safety ------------------------------------------------------------------
    (
        "mSo057",
        "en",
        "en_rtech_swollen",
        "Response procedure for swollen lithium batteries",
        "Guidance card for shops and users: a swollen cell means internal failure; store it temporarily somewhere cool "
        "and dry until disposal, do not pry it out; if it smokes, move away (the smoke is toxic), clear flammables and "
        "use only a suitably rated extinguisher, never water; call emergency services if fire spreads.",
    ),
    (
        "mSo058",
        "en",
        "en_fireproducts_li",
        "Lithium-ion battery handling and storage training",
        "Training for businesses handling phones, laptops, power banks and e-bikes: why Li-ion cells ignite "
        "(overcharge, heat, abuse, short circuit, defects), warning signs (swelling, venting, smoke, odour, heat, "
        "hissing), buying from reputable suppliers and storing in cool, dry places away from heat.",
    ),
    (
        "mSo059",
        "en",
        "en_westerville_li",
        "Fireproof storage bags for lithium-ion batteries and safe charging rules",
        "A fire department's programme promoting lithium-ion battery bags and supervised charging: unplug chargers "
        "when nobody is present, inspect for cracks, swelling, white smoke or strong odour, and move a smoking battery "
        "outside before calling emergency services.",
    ),
    (
        "mSo060",
        "vi",
        "vi_binhduong_pinphong",
        "Dịch vụ kiểm tra và thay pin phồng cho điện thoại",
        "Trung tâm sửa chữa nhận diện pin phồng qua mặt lưng đội lên, viền hở, máy nóng, sạc chậm; thay pin kịp thời "
        "để tránh áp lực làm hỏng màn hình, bo mạch, cáp và giảm nguy cơ rò rỉ, cháy nổ.",
    ),
    (
        "mSo061",
        "vi",
        "vi_thanhnien_samsung",
        "Hướng dẫn xử lý an toàn pin phồng, màn hình vỡ và máy bị cong",
        "Khuyến cáo từ một cựu kỹ sư hãng điện thoại: tuyệt đối không chọc thủng pin phồng; cách an toàn nhất là mang "
        "đến trung tâm sửa chữa; nếu chưa đi được thì đặt máy trong vật chứa không bắt lửa như xô cát, ở nơi thoáng, "
        "xa vật dễ cháy; không tự tháo pin tại nhà.",
    ),
    (
        "mSo062",
        "en",
        "en_call2recycle_recycle",
        "Drop-off recycling for used batteries, with special handling for damaged lithium cells",
        "Free battery stewardship programme: collect used batteries in a non-metal container, bag or tape terminals, "
        "keep them cool and dry, and drop them at participating retailers and municipal sites. Swollen, leaking, burnt "
        "or recalled lithium batteries follow a separate hazardous handling route instead of the standard box.",
    ),
    (
        "mSo063",
        "vi",
        "vi_pinbaohung_ev",
        "Tái chế pin xe điện cũ thành bộ lưu trữ điện mặt trời",
        "Doanh nghiệp thu hồi pin lithium-ion từ xe điện, kiểm tra dung lượng, nhiệt độ, điện áp, loại cell hỏng và "
        "đóng gói lại cho xe điện nhỏ, hệ lưu trữ năng lượng mặt trời; pin mất 20-30% dung lượng sau 5-8 năm vẫn dùng "
        "thêm được 5-7 năm.",
    ),
]

OFFERS += [
    # --- e-waste and battery collection ----------------------------------------------------------
    (
        "mSo064",
        "vi",
        "vi_laodong_thugom",
        "Điểm thu gom rác thải điện tử miễn phí và thu gom tại hộ gia đình",
        "Chương trình thu hồi, tái chế miễn phí sản phẩm điện tử hỏng hoặc đã qua sử dụng, hoạt động từ năm 2015: "
        "đặt thùng thu gom tại nhà văn hóa, UBND phường (5 điểm thường xuyên ở Hà Nội), tình nguyện viên đến từng hộ "
        "truyền thông và nhận đồ; thiết bị được xử lý theo quy trình thu hồi tối đa tài nguyên.",
    ),
    (
        "mSo065",
        "vi",
        "vi_vtv_10nam",
        "Tủ thu gom rác điện tử đặt gần siêu thị và khu dân cư",
        "Chương trình thu hồi rác điện tử miễn phí do các nhà sản xuất thiết bị khởi xướng, đặt tủ thu gom gần siêu "
        "thị để người dân tiện đường bỏ tivi, điện thoại, máy tính hỏng. Theo viện khoa học môi trường, cả nước phát "
        "sinh khoảng 100.000 tấn rác điện tử mỗi năm, chứa cadimi, chì, thủy ngân.",
    ),
    (
        "mSo066",
        "vi",
        "vi_vnexpress_racdt",
        "Tư vấn đưa rác điện tử vào kênh tái chế chính thức thay vì bán đồng nát",
        "Phân tích luồng rác điện tử sau tiêu dùng: Việt Nam phát sinh khoảng 516.000 tấn năm 2022, gấp đôi hai năm "
        "trước, thế giới 62 triệu tấn; phần lớn đi qua khu vực phi chính thức xử lý thủ công nên thu hồi vật liệu "
        "thấp và ô nhiễm. Hướng dẫn người dân, cửa hàng gửi về điểm thu gom chính thức.",
    ),
    (
        "mSo067",
        "vi",
        "vi_hcmute_dothoai",
        "Nghiên cứu khảo sát và xây dựng mô hình thu gom điện thoại di động thải bỏ",
        "Đề tài của trường đại học sư phạm kỹ thuật (2019, 74 trang): khảo sát thói quen thải bỏ điện thoại và đề "
        "xuất mô hình thu gom chất thải điện tử phù hợp với Việt Nam; có thể chuyển giao cho địa phương, cửa hàng.",
    ),
    (
        "mSo068",
        "vi",
        "vi_scp_taiche",
        "Khuyến nghị phát triển hoạt động tái chế chất thải điện tử",
        "Nhóm nghiên cứu phân tích thực trạng, hạn chế, thách thức và cơ hội của ngành tái chế chất thải điện tử còn "
        "non trẻ ở Việt Nam, rút kinh nghiệm các nước đi trước và đề xuất giải pháp cho cơ quan quản lý, doanh nghiệp.",
    ),
    (
        "mSo069",
        "en",
        "en_vnrecycles_household",
        "Free household e-waste pickup by volunteer motorbike collectors",
        "Households with at least one large device (TV, printer) or ten small devices (phones, computers, monitors, "
        "batteries) book a free pickup by web or phone; volunteers collect by motorbike with a bin and take items to the "
        "nearest collection point. In 2018 the service handled 117 requests and 374 devices in Ho Chi Minh City and 53 "
        "requests and 168 devices in Hanoi.",
    ),
    (
        "mSo070",
        "en",
        "en_global_recycling",
        "Producer-funded free take-back of end-of-life electronics",
        "A take-back platform founded by leading electronics manufacturers and operated by a reverse-logistics contractor "
        "sorts collected equipment by category and dismantles it in a designated facility for maximum material recovery, "
        "in line with the national decision on retrieval of discarded products.",
    ),
    (
        "mSo071",
        "en",
        "en_springer_ewaste",
        "Analysis of formal and informal e-waste recycling structures in Vietnam",
        "Research service mapping sources, collection and treatment of e-waste, including craft villages, traders and "
        "formal recyclers, with inputs, outputs, emissions and worker risks, and comparison with neighbouring countries; "
        "context includes Decree 187/2013 and Decision 16/2015.",
    ),
    (
        "mSo072",
        "en",
        "en_call2recycle_sites",
        "Becoming a battery and cellphone collection site",
        "Retailers, businesses and agencies can host a collection point in a network of about 30,000 public sites: the "
        "programme ships collection kits and display materials, re-ships a kit when a full one arrives at the recycler, "
        "and requires Li-ion and small lead-acid batteries to be bagged or taped.",
    ),
    (
        "mSo073",
        "vi",
        "vi_moitruongnet_pin",
        "Mô hình thùng thu gom và tiêu hủy pin cũ do Đoàn thanh niên triển khai",
        "Thành đoàn một thành phố đặt thùng thu gom pin cũ, định kỳ dọn thùng và chuyển đi tiêu hủy: đợt thứ ba trong "
        "năm thu khoảng 2 tấn, hai đợt trước khoảng 4 tấn; mô hình có thể nhân rộng cho trường học, khu dân cư.",
    ),
    (
        "mSo074",
        "en",
        "en_sanjose_battery",
        "Retail and mail-in take-back options for rechargeable batteries",
        "City recycling guide listing no-cost channels for lithium-ion batteries: a national drop-off programme, "
        "hardware and office-supply chains, an electronics retailer that takes phone and laptop batteries, and a "
        "mail-in box service for homes and businesses; rechargeable cells must never go in garbage or curbside bins.",
    ),
    (
        "mSo075",
        "vi",
        "vi_moitruongngaynay_vang",
        "Công nghệ chiết xuất vàng từ bo mạch điện tử thải ở nhiệt độ phòng",
        "Quy trình của viện nghiên cứu năng lượng và đại học kỹ thuật thu hồi hơn 98,2% vàng và 93,4% palladium từ "
        "CPU điện thoại cũ và bo mạch in trong dưới 20 phút; 10 kg bo mạch cho khoảng 1,4 g vàng với chi phí khoảng "
        "72 USD, giảm 93,2% chi phí hóa chất so với xyanua.",
    ),
    (
        "mSo076",
        "vi",
        "vi_vietnambiz_royalmint",
        "Nhà máy thu hồi kim loại quý từ bo mạch điện tử quy mô công nghiệp",
        "Nhà máy rộng 3.716 m2 dùng công nghệ hóa học để lấy vàng 999.9 từ bo mạch điện thoại, tivi, laptop; công "
        "suất xử lý 3.991 tấn bo mạch mỗi năm, tạo ra khoảng nửa tấn vàng.",
    ),
    (
        "mSo077",
        "vi",
        "vi_tailieu_dong",
        "Thu hồi đồng từ phế liệu bo mạch in bằng hòa tách và điện phân",
        "Nghiên cứu của trường đại học khoa học tự nhiên: nghiền tuyển cơ học, hòa tách bằng axit nitric 7M rồi điện "
        "phân ở 20 mA/cm2, 40 độ C, pH 1 để kết tủa đồng với hiệu suất từ 90% trở lên.",
    ),
    (
        "mSo078",
        "vi",
        "vi_soha_vang",
        "Công nghệ chi phí thấp tách vàng từ phế liệu điện tử",
        "Phòng thí nghiệm luyện kim quốc gia ở Ấn Độ trình diễn công nghệ thu hồi vàng, bạc, bạch kim và kim loại cơ "
        "bản từ phế liệu điện tử; một tấn phế liệu điện thoại có thể cho 340 gram vàng.",
    ),
    # --- point-of-sale, stock and repair-ticket software -----------------------------------------
    (
        "mSo079",
        "vi",
        "vi_nhanh_imei",
        "Phần mềm bán hàng quản lý IMEI và bảo hành cho cửa hàng điện thoại",
        "Mô-đun IMEI tổng hợp danh sách máy kèm thông tin bảo hành và lịch sử, lọc theo cửa hàng/kho, số IMEI, sản "
        "phẩm; trạng thái gồm mới nhập, đã bán, đang vận chuyển, lỗi, hàng demo, đã trả nhà cung cấp, đang chuyển kho, "
        "đang bảo hành, đã bảo hành; gắn với phiếu bảo hành và phiếu chuyển kho.",
    ),
    (
        "mSo080",
        "vi",
        "vi_phanmem_maytinh",
        "Phần mềm quản lý cửa hàng máy tính trên nền tảng đám mây",
        "Hệ thống tích hợp nhập hàng, quản lý kho, bán hàng tại quầy (POS), chăm sóc khách hàng (CRM) và báo cáo "
        "doanh thu, truy cập mọi lúc mọi nơi, thay sổ sách thủ công cho cửa hàng bán máy tính, linh kiện.",
    ),
    (
        "mSo081",
        "vi",
        "vi_linhkien_hethong",
        "Xây dựng hệ thống quản lý cho cửa hàng bán linh kiện điện tử",
        "Đề tài của viện điện tử viễn thông (2012) phân tích một cửa hàng linh kiện có 3 nhân viên vẫn viết hóa đơn "
        "tay và nhớ giá, vị trí hàng; thiết kế chức năng quản lý nhà cung cấp, mặt hàng, nhân viên, khách hàng, hàng "
        "xuất và báo cáo thống kê.",
    ),
    (
        "mSo082",
        "vi",
        "vi_dean_maytinh",
        "Phần mềm quản lý cửa hàng máy tính có mô-đun bảo hành, đổi trả",
        "Đặc tả phần mềm: quản lý nhập xuất tồn máy và linh kiện, tạo đơn, hóa đơn, phiếu thu; quản lý khách hàng và "
        "khuyến mãi; quản lý bảo hành, sửa chữa, đổi trả; báo cáo doanh thu, lợi nhuận, tồn kho; quản lý nhân viên, "
        "giờ làm và lương.",
    ),
    (
        "mSo083",
        "en",
        "en_booktero",
        "Repair order management with status workflow and technician scheduling",
        "Software that tracks each repair from intake to delivery through statuses (submitted, assigned, in workshop, "
        "under repair, waiting parts, quality check, completed, delivered), assigns technicians with conflict detection, "
        "records device condition, parts and labour, and offers a customer booking page and calendar.",
    ),
    (
        "mSo084",
        "en",
        "en_getrepair_pos",
        "Repair ticketing and inventory layered on a card-payment POS",
        "One point of sale for walk-in accessory sales and repair checkout: repair lines flow from tickets, retail lines "
        "from accessory stock, both on one receipt; stock is deducted from the inventory ledger with FIFO costing, and "
        "customer records keep repair history.",
    ),
    (
        "mSo085",
        "en",
        "en_ultimate_repair",
        "Walk-in repair shop suite: POS, IMEI/serial inventory, buy-back and cashbook",
        "Package for walk-in repair and resale shops: retail and repair POS, product and variant inventory with IMEI or "
        "serial tracking, buying devices from walk-in customers for resale, warehouses, label printing, on-site repair "
        "orders, and a cashbook register logging cash in and out per staff shift.",
    ),
    (
        "mSo086",
        "en",
        "en_repairops_pos",
        "POS terminal for parts, accessory and labour sales with cash drawer reconciliation",
        "Sell parts, accessories and services without a repair ticket: pick items from inventory or add custom lines "
        "(e.g. one hour of labour at 85 dollars), apply discounts, take cash or card through a connected processor, "
        "deduct stock automatically and reconcile the cash drawer daily.",
    ),
    (
        "mSo087",
        "en",
        "en_cellsmart",
        "Cell phone store POS with repair tickets and loaner phones",
        "Repair module storing IMEI, price, passcode and photos of the damaged device, tracking repairs done, pending "
        "or unfixable, time waiting for pickup, jobs sent to third parties, and loaner phones lent during repair; "
        "customers pay at any time and the job is closed on delivery.",
    ),
    (
        "mSo088",
        "vi",
        "vi_cafef_qr",
        "Tư vấn chọn QR thanh toán thay cho QR chuyển tiền tại cửa hàng",
        "Giải thích khác biệt giữa mã QR chuyển tiền (chỉ chứa số tài khoản, người bán phải đối chiếu thông báo thủ "
        "công) và QR thanh toán gắn với hóa đơn, mã đơn hàng, đối soát tự động; hỗ trợ hộ kinh doanh đăng ký dịch vụ "
        "phù hợp.",
    ),
    (
        "mSo089",
        "vi",
        "vi_nld_qr",
        "Tài khoản QR cho cửa hàng và cảnh báo gian lận thanh toán QR",
        "Ngân hàng mở tài khoản QR dành cho cửa tiệm, kèm hướng dẫn phòng chống các chiêu lừa như dán mã QR giả đè "
        "lên mã thật, khách đưa màn hình chuyển khoản giả lúc đông khách; bật thông báo biến động số dư để xác nhận.",
    ),
    (
        "mSo090",
        "vi",
        "vi_khonguyenlieu_pos",
        "Phần mềm POS cho quán cà phê, trà sữa nhỏ",
        "POS cho quán nhỏ: gọi món đến thanh toán dưới 60-90 giây, menu size, topping, in tem pha chế, trừ kho theo "
        "định lượng ml/g, thanh toán QR, báo cáo ca; chi phí tham khảo 500 nghìn đến 2 triệu đồng/tháng/điểm.",
    ),
    (
        "mSo091",
        "vi",
        "vi_baclieu_cafe",
        "Phần mềm quản lý quán cà phê",
        "Giải pháp do đơn vị công nghệ thông tin tỉnh giới thiệu: chuyển, nhập, ghép, tách bàn; thêm món; phân khu "
        "vực phục vụ; chấm công và tính lương theo doanh thu; thống kê món và bàn có doanh thu cao.",
    ),
    (
        "mSo092",
        "vi",
        "vi_nhahang_pos",
        "Phần mềm quản lý nhà hàng theo khu vực bàn",
        "Đặt bàn, sơ đồ bàn, chuyển và gộp bàn, gửi món xuống bếp và quầy pha chế, tính tiền nhiều ngoại tệ, in hóa "
        "đơn VAT, trừ kho theo định mức nguyên liệu, báo cáo công nợ và tài chính.",
    ),
    (
        "mSo093",
        "vi",
        "vi_khachsan_pos",
        "POS nhà hàng trong khách sạn",
        "Tự động trừ kho nhà hàng theo định lượng, tạo phiếu thu, theo dõi công nợ khách, cho khách gọi món bằng điện "
        "thoại hoặc smart TV trong phòng, tách ghép hóa đơn, chiết khấu theo món hoặc theo giờ.",
    ),
    (
        "mSo094",
        "en",
        "en_carparts_github",
        "Stock management and billing software for car spare parts",
        "Open-source desktop tool that stores automobile spare part details and stock and adds a simple billing system "
        "for parts counters.",
    ),
    (
        "mSo095",
        "en",
        "en_qatrack_parts",
        "Parts inventory module of a radiotherapy QA service log",
        "Module of a medical-physics quality-assurance platform: each part has name, part numbers, cost, category, "
        "suppliers and storage rooms; parts used in service events are deducted automatically and a low-inventory "
        "report flags items below a set count.",
    ),
    # --- warranty --------------------------------------------------------------------------------
    (
        "mSo096",
        "vi",
        "vi_checkvn_qr",
        "Giải pháp bảo hành điện tử bằng mã QR",
        "Thay phiếu giấy, tem dán dễ mất, dễ làm giả bằng mã QR: khách tự tra cứu và kích hoạt bảo hành trên điện "
        "thoại, doanh nghiệp xác thực nhanh và quản lý dữ liệu tập trung. Thị trường bảo hành điện tử dự báo đạt "
        "12,5 tỷ USD năm 2028, tăng 9,2%/năm; hơn 65% giải pháp dùng QR.",
    ),
    (
        "mSo097",
        "vi",
        "vi_elmich_sms",
        "Kích hoạt, tra cứu và yêu cầu bảo hành qua tin nhắn SMS",
        "Khách cào tem bảo hành trên sản phẩm và nhắn theo cú pháp đến đầu số 8077 (1.000 đồng/tin) để kích hoạt, "
        "tra cứu model, serial, ngày hết hạn, hoặc gửi yêu cầu bảo hành mà không cần internet.",
    ),
    (
        "mSo098",
        "vi",
        "vi_baohanhdientu_qr",
        "Tạo mã QR động theo số serial để khách kích hoạt bảo hành bằng Zalo",
        "Hệ thống sinh đường dẫn kích hoạt chứa số serial của từng sản phẩm, gửi danh sách cho nhà sản xuất in mã QR; "
        "khách dùng camera hoặc Zalo quét mã, mở trang bảo hành điện tử để kích hoạt.",
    ),
    (
        "mSo099",
        "vi",
        "vi_giaiphap_kichhoat",
        "Hệ thống kích hoạt bảo hành điện tử đa kênh",
        "Triển khai 5 cách kích hoạt: quét QR, nhắn SMS theo cú pháp trên tem (không cần internet, hợp với người lớn "
        "tuổi, vùng sâu vùng xa), gọi tổng đài, website bảo hành và Zalo OA; phân tích ưu nhược điểm từng kênh.",
    ),
    (
        "mSo100",
        "en",
        "en_stockpro_serial",
        "Serial number tracking at goods receipt and sale for warranty and recalls",
        "Inventory tool that records or scans each unit's serial on receipt and at sale, linking it to customer and date, "
        "so staff can look up purchase date, warranty end, return history and support history, and list affected units "
        "and customers by serial range when a recall is issued.",
    ),
    (
        "mSo101",
        "en",
        "en_olc_warranty",
        "Serial and warranty tracking module with incident cost reports",
        "ERP module logging every in and out movement of a serial number (receipts, invoices, returns, credit memos, "
        "returns to vendor), attaching warranty incidents with reason codes, replacement part cost and repair charges, "
        "and reporting incident cost by item, part and end user.",
    ),
    (
        "mSo102",
        "en",
        "en_aftersale_warranty",
        "Warranty claim validation and serial lifecycle platform",
        "After-sales platform that checks every claim against the serial registry, purchase or installation date and "
        "coverage tier, routes approvals, tracks parts and labour, and resolves disputes consistently across phone, "
        "dealer, portal and field-technician channels.",
    ),
    (
        "mSo103",
        "en",
        "en_claimlane_serial",
        "Serial number tracking for warranty, anti-counterfeit, recalls and supplier chargebacks",
        "Claims software capturing serials at manufacture, sale and registration into one record with batch, sale data "
        "and case history; used to validate warranty, spot counterfeit units, scope recalls and charge defects back to "
        "suppliers, integrated with ERP and warehouse systems.",
    ),
    (
        "mSo104",
        "en",
        "en_returnmate_serial",
        "Serial capture in sales and returns portal with duplicate-claim detection",
        "Store add-on that records serials on fulfilled orders, asks customers for the serial in the return or warranty "
        "portal, validates its format, checks it against known serials, flags duplicate claims and lets warehouse staff "
        "compare declared and actual serials on receipt.",
    ),
]

OFFERS += [
    # --- data recovery ---------------------------------------------------------------------------
    (
        "mSo105",
        "vi",
        "vi_phuchoi_120bao",
        "Dịch vụ phục hồi dữ liệu chuyên nghiệp (phòng sạch, quét sâu)",
        "Quy trình: đánh giá thiết bị, tháo ổ cứng hỏng cơ (motor chết, kẹt đầu đọc) trong phòng sạch, thay board "
        "hoặc đầu từ khi cần; với lỗi logic thì quét sâu theo chữ ký định dạng tệp để dựng lại dữ liệu chưa bị ghi đè "
        "sau khi xóa, format hoặc bị mã độc.",
    ),
    (
        "mSo106",
        "vi",
        "vi_cuudulieu_la_gi",
        "Cứu dữ liệu HDD, SSD, USB, thẻ nhớ và RAID",
        "Trung tâm cứu dữ liệu nhận các ca xóa nhầm, ổ hỏng, file hỏng, mất nguồn đột ngột trên mọi phương tiện lưu "
        "trữ từ ổ cứng, SSD, USB, thẻ SD, microSD đến hệ thống RAID; tìm lại dữ liệu bị mất và sửa để phần mềm đọc "
        "được, tư vấn khả năng thành công trước khi làm.",
    ),
    (
        "mSo107",
        "vi",
        "vi_minhkhoa_ocung",
        "Chẩn đoán ổ cứng hỏng, sao lưu và khôi phục dữ liệu",
        "Cửa hàng linh kiện hướng dẫn nhận biết ổ cứng HDD, SSD hỏng (không nhận ổ, báo 'No bootable device', treo "
        "màn hình khởi động, dấu hiệu bất thường), sao lưu kịp thời, sửa lỗi và tận dụng ổ cũ.",
    ),
    (
        "mSo108",
        "vi",
        "vi_tuvan1088_ocung",
        "Khôi phục dữ liệu từ ổ cứng hỏng cơ",
        "Dịch vụ tin học giải thích cấu tạo ổ cứng (đĩa, trục quay, tay đọc ghi), nguyên nhân hỏng do bụi và va đập "
        "và các bước phục hồi file ảnh gia đình, tài liệu tài chính chưa sao lưu; khuyên gửi bảo hành và dùng ổ dự "
        "phòng khi có thể.",
    ),
    (
        "mSo109",
        "en",
        "en_fields_cleanroom",
        "Cleanroom hard drive data recovery",
        "Recovery lab that opens failed drives only inside filtered cleanrooms staffed by technicians in coats, masks and "
        "gloves, because a particle caught between head and platter scrapes the surface and destroys data for good.",
    ),
    (
        "mSo110",
        "en",
        "en_intratec_open",
        "Open-drive recovery for failed heads, motors or internal boards",
        "When a drive has a physical fault (read/write heads, spindle motor, enclosed circuit boards) it is opened in a "
        "pressurised cleanroom fed through fine filters, so that air only flows out, and the data is recovered.",
    ),
    (
        "mSo111",
        "en",
        "en_drivesavers_flood",
        "Recovery from burned, dropped or flood-submerged drives",
        "Recovery firm handling media damage, directory corruption and virus attacks as well as drives submerged in "
        "floods or damaged by fire; it restored a school district print shop's three mud-caked drives after floodwater "
        "crested at seven and a half feet.",
    ),
    (
        "mSo112",
        "en",
        "en_androidmobiles_chipoff",
        "Chip-off NAND data recovery for dead Android phones",
        "Last-resort recovery when a phone is smashed or waterlogged: the NAND chip is desoldered with a hot-air rework "
        "station under a 10-40x stereo microscope and read directly in a dedicated programmer (PC-3000 Flash, VNR-2000 "
        "or Flash Extractor with TSOP, BGA, QFN adapters), then the file system is rebuilt.",
    ),
    (
        "mSo113",
        "en",
        "en_flashfixers",
        "Chip-off recovery for older unencrypted Android phones",
        "Service that removes the memory chip from the logic board to read photos and videos even from a phone run over "
        "by a car. Works for phones shipped with Android 5.1 or earlier (e.g. Galaxy S3-S6, Note 5, LG G4); newer "
        "encrypted phones and iPhones need other techniques.",
    ),
    (
        "mSo114",
        "en",
        "en_wefixed_dead",
        "Board-level repair to recover photos from dead phones",
        "Data recovery by repairing the power side of the logic board: a pool-damaged iPhone 12 Pro showed a dead short "
        "at about 0.7 V on the main rail from corroded capacitors while the UFS storage chip was intact; once the board "
        "boots, photos are copied off.",
    ),
    (
        "mSo115",
        "en",
        "en_cnw_chip",
        "Flash memory chip-off reading for cards and sticks (no fix, no fee)",
        "For SD, CF cards, memory sticks and embedded flash that are no longer recognised, the memory chip is removed "
        "with hot air and read on PC-3000 Flash equipment; devices asking to be reformatted are recovered by software. "
        "Charge is 20 pounds above the standard memory fee, nothing if no data.",
    ),
    (
        "mSo116",
        "en",
        "en_allied_cleanroom",
        "Class 100 (ISO 5) cleanroom construction",
        "Cleanroom manufacturer building rooms where particles of 0.5 micrometre and larger do not exceed 100 per cubic "
        "foot, for pharmaceuticals, labs and also hard drive data recovery shops.",
    ),
    # --- data erasure, testing and grading of used phones ----------------------------------------
    (
        "mSo117",
        "en",
        "en_buyback_erasure",
        "Certified data erasure with per-device certificates (NIST SP 800-88)",
        "Erasure software and workflow for buyback and IT asset disposal: logical overwrite or cryptographic erase "
        "chosen per device, a certificate generated for each unit as proof for enterprise clients and privacy law; "
        "factory reset alone is not treated as certified erasure.",
    ),
    (
        "mSo118",
        "en",
        "en_masamune_buyback",
        "Compliance and data erasure procedures for used-phone buyback",
        "Practical guide and support for phone buyers: risks of leaked photos, contacts and card data, erasure software, "
        "specialist vendors or physical destruction, explaining erasure and getting customer consent, keeping records of "
        "which device was processed when, and training staff.",
    ),
    (
        "mSo119",
        "en",
        "en_integritum_wipe",
        "Pre-sale device wiping checklist and advice",
        "Checklist before selling or recycling phones, laptops, USB drives and cameras: back up first, then remove browser "
        "history, saved passwords, financial records, photos, account logins such as iCloud and cloud-storage links; "
        "illustrated by a second-hand phone sold with hundreds of contacts still on it.",
    ),
    (
        "mSo120",
        "en",
        "en_dipli_tests",
        "30-60 point functional and cosmetic testing for refurbished smartphones",
        "Refurbishment partner network that runs mobile diagnostic software on each incoming device, replaces parts such "
        "as batteries under 80% capacity, then inspects cosmetics and assigns a quality grade before resale.",
    ),
    (
        "mSo121",
        "en",
        "en_usedphones_grading",
        "Used phone testing and A-D grading for wholesale buyers",
        "Each phone is checked for power on/off, SIM lock, display and dead pixels, microphone, speakers, vibration, "
        "camera, a test call, battery and charging, Wi-Fi and sensors, and blacklist status, then graded A (minimal wear) "
        "to D (heavy wear, possible missing parts, no touch-panel cracks).",
    ),
    (
        "mSo122",
        "en",
        "en_cashmytech",
        "Third-party device testing with PhoneCheck software (24-48 h)",
        "Buyback service testing phones within 24-48 working hours with industry-standard software: physical inspection, "
        "functional tests of screen, buttons, cameras, speakers and connectivity, and battery health, where under about "
        "80% can cut the price by up to 45 pounds.",
    ),
    (
        "mSo123",
        "en",
        "en_instacash",
        "Automated smartphone processing: IMEI and lock checks, diagnostics, grading, erasure",
        "Platform for trade-in and refurbishment operations replacing manual testing: intake and identification, IMEI "
        "and lock validation, automated diagnostics, condition capture, data erasure with certificates, and reporting "
        "integrated with business systems.",
    ),
    (
        "mSo124",
        "vi",
        "vi_vnexpress_imeido",
        "Tư vấn kiểm tra IMEI iPhone trước khi nhập hàng (IMEI đỏ)",
        "Chủ cửa hàng đồ Apple lâu năm hướng dẫn tra IMEI trên trang của hãng: thông báo đỏ 'dữ liệu không tồn tại' "
        "nghĩa là IMEI đã bị loại khỏi hệ thống (máy báo mất rồi được đổi, máy trưng bày...), có 4 trường hợp; cách "
        "từ chối nhập các máy này.",
    ),
    (
        "mSo125",
        "vi",
        "vi_baocantho_dtcu",
        "Kiểm tra phần cứng điện thoại cũ bằng ứng dụng chẩn đoán",
        "Hướng dẫn kiểm tra 4 yếu tố khi mua điện thoại đã qua sử dụng; với iPhone dùng ứng dụng miễn phí kiểm tra "
        "âm thanh, phím, micro, tai nghe, màn hình từng bước; với Android dùng ứng dụng có 30 hạng mục phần cứng gồm "
        "cảm biến, cảm ứng đa điểm.",
    ),
    (
        "mSo126",
        "vi",
        "vi_thanhnien_dtcu",
        "Kiểm tra linh kiện thay thế và tình trạng máy khi mua smartphone cũ",
        "Khuyến nghị: vào phần giới thiệu của máy xem cảnh báo 'linh kiện không xác định', tự kiểm tra màn hình, "
        "nút, camera, mạng, mở khóa sinh trắc học và ưu tiên nơi có chính sách đổi trả dài hạn.",
    ),
    (
        "mSo127",
        "vi",
        "vi_suckhoe_tantrang",
        "Nhận biết iPhone tân trang qua số model",
        "Hướng dẫn xem số model trong phần cài đặt: chữ M là máy mới bán lẻ, F là hàng tân trang của hãng hoặc nhà "
        "mạng, N là máy đổi bảo hành, P là máy khắc tên theo yêu cầu.",
    ),
    # --- liquid damage ---------------------------------------------------------------------------
    (
        "mSo128",
        "en",
        "en_drcelly",
        "Water damage treatment with heated ultrasonic cleaning",
        "Phone is fully disassembled, LCD and flex checked and hand-cleaned with a 10% solution, and the main board "
        "cleaned in a heated ultrasonic bath of isopropyl alcohol for about 30 minutes (45 for heavy oxidation), removing "
        "debris under chips that brushes cannot reach; restores buttons, calls and reception.",
    ),
    (
        "mSo129",
        "en",
        "en_ifixit_water",
        "Guides and parts for liquid-damage recovery",
        "Step-by-step troubleshooting: disconnect power safely, avoid handling a battery that is hot, swelling or "
        "smoking, switch off, drain, remove the battery, disassemble and clean internal parts (essential after juice or "
        "laundry water); rice drying for several days only as a fallback, never salt, sugar or flour.",
    ),
    (
        "mSo130",
        "en",
        "en_advancedcell",
        "Liquid damage diagnosis and repair with a no-fix-no-pay policy",
        "Shop checks mineral deposits and corrosion; if heavy (under 5% chance of success) it stops and suggests data "
        "recovery. Otherwise it deep-cleans the board and components and replaces the battery; the customer pays for parts "
        "only if the phone works, though the evaluation fee is non-refundable.",
    ),
    (
        "mSo131",
        "vi",
        "vi_vietnamnet_vaonuoc",
        "Hướng dẫn sơ cứu điện thoại rơi vào nước",
        "Tài liệu giải thích bốn cơ chế hỏng: ăn mòn điện hóa, đoản mạch, dòng rò và oxy hóa làm tăng điện trở tiếp "
        "xúc; các bước lấy máy ra ngay, tắt nguồn, tháo nắp lưng, pin rời, khay SIM, thẻ nhớ và phụ kiện để làm khô.",
    ),
    (
        "mSo132",
        "vi",
        "vi_nhuy_vaonuoc",
        "Sửa điện thoại vào nước, xử lý và thay bảng mạch",
        "Kỹ thuật viên 10 năm kinh nghiệm nhận máy vào nước: sơ cứu, làm khô, vệ sinh bo mạch; khuyên khách không cố "
        "bật máy vì dễ chập bo; trường hợp đã chập phải thay bảng mạch, chi phí gần 3 triệu đồng.",
    ),
    (
        "mSo133",
        "vi",
        "vi_cunghoctin_bien",
        "Xử lý điện thoại rơi xuống nước biển",
        "Quy trình cho máy dính nước mặn: tắt nguồn, lau khô, tháo SIM, thẻ và pin; máy không chống nước thì tháo "
        "ra, rửa bên trong bằng nước cất, chải nhẹ vết ăn mòn, ngâm cồn 90% khoảng một giờ rồi để khô ít nhất 24 giờ "
        "trước khi lắp lại và sao lưu ngay.",
    ),
    (
        "mSo134",
        "vi",
        "vi_thesamhouse_loa",
        "Xử lý loa rè và cổng sạc sau khi điện thoại dính nước",
        "Hướng dẫn làm khô cổng sạc (vẩy nhẹ, thấm giấy) trước khi sạc, xử lý lưới loa giữ nước bằng máy sấy ở "
        "nhiệt thấp bật tắt xen kẽ, tránh nhiệt cao làm hỏng màng loa; khi nào cần thay loa, cổng sạc.",
    ),
    # --- laptop and PC care ----------------------------------------------------------------------
    (
        "mSo135",
        "vi",
        "vi_suachuamaytinh_laptop",
        "Dịch vụ vệ sinh, bảo dưỡng laptop định kỳ 6-12 tháng",
        "Trung tâm sửa máy tính vệ sinh bo mạch chủ và heatsink bị bụi vón cục sau 6-12 tháng trong khí hậu nóng ẩm, "
        "thay mỡ tản nhiệt khô, tra dầu hoặc thay quạt kêu to, tránh chập cháy khi bụi gặp mùa nồm.",
    ),
    (
        "mSo136",
        "vi",
        "vi_thanhkhang_keo",
        "Thay keo tản nhiệt kèm vệ sinh laptop",
        "Dịch vụ cho laptop đã dùng vài năm vẫn nóng sau khi vệ sinh: thay keo tản nhiệt giữa CPU, GPU và khối tản "
        "nhiệt kim loại cho các dòng Dell, HP, Asus, Lenovo, Acer, MSI, Gigabyte chạy nhiều giờ mỗi ngày.",
    ),
    (
        "mSo137",
        "vi",
        "vi_halinh_pc",
        "Vệ sinh linh kiện PC để giảm nhiệt và tăng tuổi thọ",
        "Hướng dẫn và dịch vụ làm sạch CPU, GPU, quạt tản nhiệt bằng khí nén, chổi mềm, cồn isopropyl từ 90% và khăn "
        "microfiber; bụi tích tụ có thể làm linh kiện nóng thêm 10-20 độ C gây giảm xung.",
    ),
    (
        "mSo138",
        "vi",
        "vi_xaydungtoday_laptop",
        "Bộ dụng cụ vệ sinh laptop cho cửa hàng và người dùng",
        "Bộ gồm chổi lông mềm, khăn sạch, máy hút bụi mini, nhíp và dung dịch vệ sinh chuyên dụng, giá trung bình "
        "khoảng 30.000 đồng, kèm các bước tắt máy, tháo pin và làm sạch bàn phím, loa, khe tản nhiệt, cổng kết nối.",
    ),
    # --- repair cafes ----------------------------------------------------------------------------
    (
        "mSo139",
        "en",
        "en_rankatlas_repaircafe",
        "Step-by-step support to organise a community repair cafe",
        "Guide and facilitation: define item categories and event size, build a core team (coordinator, volunteer lead, "
        "safety lead, intake and data lead, communications), choose a venue with power, light and ventilation, separate "
        "electronics from sewing and bikes, and track items repaired and diverted from landfill.",
    ),
    (
        "mSo140",
        "en",
        "en_toronto_repaircafe",
        "Volunteer fixer network for repair cafe days",
        "A volunteer group running repair cafes with fixers for computers, small appliances, lamps, furniture, clothes "
        "and jewellery; at one event more than 50 items were fixed in four hours and visitors from other towns came to "
        "learn how to start their own.",
    ),
    (
        "mSo141",
        "en",
        "en_heila_repaircafe",
        "Repair Cafe model for free community repair meetings",
        "International model started in the Netherlands in 2009, now over 2,500 repair cafes: free meeting places with "
        "tools, materials and volunteer experts where visitors repair clothes, appliances and electronics together and "
        "learn to fix things themselves.",
    ),
    # --- screens ---------------------------------------------------------------------------------
    (
        "mSo142",
        "vi",
        "vi_bachkhoa_epkinh",
        "Dịch vụ thay mặt kính (ép kính) hoặc thay cụm màn hình",
        "Cửa hàng tư vấn: nếu chỉ vỡ kính mà LCD vẫn hiển thị thì ép lại mặt kính, rẻ hơn thay cả cụm; nếu sọc, nhòe "
        "màu, mất hiển thị thì thay màn hình. Ép kính áp dụng cho màn LCD thường, không áp dụng cho màn AMOLED của một "
        "số hãng và dòng iPhone, iPad.",
    ),
    (
        "mSo143",
        "vi",
        "vi_closer_soc",
        "Ép kính bằng máy đời mới và xử lý sọc màn hình sau ép",
        "Trung tâm sửa chữa dùng mặt kính chất lượng và máy ép kính chính xác cao cho màn cong, tránh lực ép quá mạnh "
        "làm hỏng điểm ảnh; khắc phục tình trạng sọc màn, cảm ứng kém sau khi ép ở nơi dùng máy cũ, kính kém.",
    ),
    (
        "mSo144",
        "vi",
        "vi_xemtivi_uv",
        "Khuyến cáo về miếng dán màn hình dùng keo UV",
        "Thông tin từ hãng điện thoại và thợ sửa: keo lỏng của miếng dán UV (150.000-400.000 đồng) có thể chảy vào "
        "loa, khe nút, cổng sạc, đông cứng dưới đèn UV gây rè loa, kẹt nút, cháy cáp màn hình cong và mất bảo hành; "
        "nên dùng kính cường lực hoặc film.",
    ),
    (
        "mSo145",
        "vi",
        "vi_neton_manhinh",
        "Tư vấn khi nào thay màn hình, khi nào chỉ thay mặt kính cảm ứng",
        "Giải thích cụm màn hình gồm LCD, kính cường lực và lớp cảm ứng (một số hãng gộp cảm ứng vào kính); chỉ thay "
        "mặt kính khi kính vỡ mà hình và cảm ứng vẫn tốt, thay cả bộ khi sọc, chập chờn hoặc mất hình.",
    ),
    (
        "mSo146",
        "en",
        "en_jiutu_oca",
        "OCA bonding machines for industrial computer displays",
        "Vacuum OCA bonding equipment, fixtures and inspection routines for 7-21.5 inch panels in control cabinets, CNC "
        "stations, forklift terminals and kiosks running 8-12 hours a day, avoiding edge bubbles, grey marks and "
        "half-millimetre misalignment.",
    ),
    (
        "mSo147",
        "en",
        "en_rjy_lamination",
        "TFT LCD optical bonding for rugged and outdoor displays",
        "Display maker laminating cover glass, touch sensor and TFT panel with OCA or LOCA into a gap-free stack, cutting "
        "internal reflections by up to 65%, preventing fogging and improving impact resistance for outdoor devices.",
    ),
    (
        "mSo148",
        "en",
        "en_rogin_lcd",
        "Custom-cut LCD glass with sealing and 48-hour ageing test",
        "Manufacturer cutting standard LCD panels to customer sizes: remove polarisers, cut the glass, seal immediately "
        "to keep liquid crystal in, power-test for bright spots and lines, apply shading glue and age for about 48 hours.",
    ),
    (
        "mSo149",
        "en",
        "en_displaybly_lcd",
        "LCD panel production process (ITO etching to final inspection)",
        "Panel manufacturer describing its line: ITO patterning, polyimide coating, rubbing, seal printing and "
        "assembly, scribing, liquid crystal injection in vacuum, end sealing, polariser attachment and inspection.",
    ),
    # --- further distractors ---------------------------------------------------------------------
    (
        "mSo150",
        "vi",
        "vi_sharecode_bia",
        "Mã nguồn web POS quản lý quán bi-a",
        "Ứng dụng Node.js, SQLite: trạng thái bàn, tính giờ chơi, thêm đồ uống, thanh toán QR, kho và định lượng món, "
        "khách hàng thành viên, đặt bàn, thu chi, chấm công và báo cáo doanh thu theo giờ.",
    ),
    (
        "mSo151",
        "en",
        "en_ventboss",
        "Clean-air filtration for metal fabricating smoke",
        "Filtration and ventilation for welding and cutting smoke in fabrication plants, claimed to raise productivity, "
        "cut sick days, lower heating and cooling costs by returning filtered air, and meet workplace air standards.",
    ),
    (
        "mSo152",
        "vi",
        "vi_ngoisao_cuongluc",
        "Miếng dán cường lực nhiều lớp cho màn hình điện thoại",
        "Tấm dán kính 6 lớp (kính bóng, kính, khung, keo, lớp chống vỡ, lớp tiếp xúc), dày 0,2-0,4 mm so với 0,1 mm "
        "của dán thường, giá khoảng 500-600 nghìn đồng kể cả công dán.",
    ),
    (
        "mSo153",
        "en",
        "en_crystec_lcd",
        "LCD panel assembly line: seal dispensing, spacer spraying, hot press",
        "Equipment for display factories: seal dispensers or screen printers, spacer spray machines, glass assembly with "
        "pattern recognition and UV tacking, and two-stage hot presses with vacuum evacuation.",
    ),
    (
        "mSo154",
        "vi",
        "vi_baonghean_vang",
        "Phương pháp chiết xuất vàng từ điện thoại di động bỏ đi",
        "Nhóm nhà khoa học đại học ở Anh phát triển phương pháp tách vàng hiệu quả từ điện thoại thải; mỗi năm hơn 300 "
        "tấn vàng được dùng để sản xuất thiết bị điện tử.",
    ),
    # --- more on-topic offers --------------------------------------------------------------------
    (
        "mSo155",
        "vi",
        "vi_bienxanh_pin",
        "Thùng thu gom pin thải tại hệ thống siêu thị",
        "Chuỗi siêu thị đặt thùng nhận pin thải của người dân, tách pin khỏi rác sinh hoạt vì pin chứa axit ăn mòn và "
        "kim loại nặng; pin gom được chuyển đi xử lý chất thải nguy hại.",
    ),
    (
        "mSo156",
        "en",
        "en_richtel_refurb",
        "Testing and grading refurbished phones before resale",
        "Refurbisher's procedure: visual inspection of body, screen (cracks, dead pixels, discoloration), ports and "
        "buttons, then functional checks and grading by condition so buyers can choose by budget and trust the device.",
    ),
    (
        "mSo157",
        "en",
        "en_kenya_phonedata",
        "Data recovery from phones after motherboard damage",
        "Technicians recover photos and messages from phones that no longer power on after drops, water or power surges, "
        "since the NAND storage chip usually survives; customers are told to stop trying to power on, remove microSD "
        "cards and check cloud backups first, then board repair or chip-level methods are used.",
    ),
]
