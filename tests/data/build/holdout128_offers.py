"""Offers for holdout128 (aluminium, glass and steel door-and-window workshops).

Rows: (id, language, source key, title, description). Each offer paraphrases the public page named by its source key.
"""

OFFERS = [
    # --- cutting, machining, corner assembly, punching ---
    (
        "mZo001",
        "en",
        "wm_compendium",
        "Planning a complete aluminium window and door fabrication line",
        "Engineering consultancy that lays out an aluminium window workshop machine by machine: profile cutting centres, "
        "multi-axis CNC machining centres, end milling machines and corner crimpers, with the tolerances (fractions of a "
        "millimetre) each step must hold. We help fabricators move from manual tools toward a connected, data-driven line "
        "for casement, sliding, bi-fold doors and curtain walls, including safety and quality compliance.",
    ),
    (
        "mZo002",
        "vi",
        "okna_process",
        "Máy cắt nhôm hai đầu CNC và máy cắt ke góc cho xưởng cửa nhôm",
        "Cung cấp máy cắt đầu đơn cắt góc và máy cắt hai đầu CNC cho thanh nhôm cửa đi, cửa sổ, chọn theo sản lượng và vốn "
        "đầu tư. Máy đạt độ lặp chiều dài 0,2 mm, sai lệch góc cắt trong ±5 phút và độ vuông mặt cắt 0,1 mm, tránh hở góc "
        "trong/ngoài và ứng suất khi ghép góc. Kèm máy CNC cắt thanh ke góc để ke vừa khít khi ép góc.",
    ),
    (
        "mZo003",
        "en",
        "omav_gauge",
        "Automatic length gauge and stop system for profile saws",
        "Motorised gauge stop that runs on lateral or overhead guides and is positioned from the saw operator's console. "
        "The profiles slow down before touching the stop plate so they do not bounce, a pusher squares the batch against the "
        "blade, and after each cycle the stop tilts up and away so extrusions are not dragged, lifted or bent.",
    ),
    (
        "mZo004",
        "vi",
        "wm_endmill",
        "Máy phay đầu đố và dịch vụ phay khớp nối thanh nhôm",
        "Cung cấp máy phay đầu đố (end milling) tạo biên dạng đầu thanh nhôm khớp đúng với mặt thanh đối diện, cho mối nối "
        "chữ T giữa đố và khung kín nước, chắc và liền mạch. Có cả máy thủ công và máy tự động điều khiển số, tư vấn chọn dao "
        "phay nhiều lưỡi theo hệ nhôm và hướng dẫn vận hành cho thợ.",
    ),
    (
        "mZo005",
        "en",
        "jkk_process",
        "Short course: the four steps of aluminium door and window fabrication",
        "Hands-on course covering blanking, drilling, assembly and protection/packaging of aluminium alloy doors and "
        "windows. Trainees learn to take lengths from the construction drawings, keep the cutting error within 2 mm so frames "
        "stay square, use right-angle cuts for sliding units and 45-degree cuts for casement units, and pick the cut to suit "
        "the assembly method.",
    ),
    (
        "mZo006",
        "vi",
        "acg_xingfa",
        "Gia công cửa, vách nhôm Xingfa theo đơn đặt hàng của xưởng khác",
        "Nhận gia công thuê cửa và vách nhôm hệ Xingfa (hệ 55, 93...) sơn tĩnh điện: kiểm tra cong vênh, trầy xước thanh "
        "profile trước khi cắt, dán bảo vệ, đặt thanh trên giá có đệm. Dung sai chiều dài đố: dưới 1.000 mm là -0,5 mm; "
        "1.000–2.100 mm là ±0,5 mm; 2.100–2.500 mm là ±1 mm; màu đồng nhất giữa các chi tiết.",
    ),
    (
        "mZo007",
        "vi",
        "vp_jma",
        "Bảng công thức cắt nhôm JMA hệ 50 và hệ 55 cho thợ cửa",
        "Bộ tài liệu và buổi hướng dẫn công thức pha cắt, trừ khe hở cho nhôm JMA nhập khẩu dày 1,2–1,4 ly, gồm hệ 55 mở "
        "quay/mở hất và hệ 50 mở trượt. Mỗi mã thanh ghi rõ góc cắt (hai đầu 45°, hai đầu 90° hoặc 45°/90°), số lượng và "
        "công thức theo chiều rộng W, chiều cao H của cửa.",
    ),
    (
        "mZo008",
        "en",
        "cntile_process",
        "Drilling jigs and corner connectors for screwed aluminium frames",
        "Supply of bench-drill jigs, hand-drill guides and aluminium corner connectors for workshops that assemble frames "
        "with screws. Holes are marked from the construction drawing before drilling, because a misplaced hole in the profile "
        "face cannot be repaired; joints may be 45-degree mitres, right-angle butts or vertical butts fixed by connectors, "
        "screws, bolts or rivets.",
    ),
    (
        "mZo009",
        "en",
        "aia_crimp",
        "Corner crimping of aluminium frames: cleats, tooling and joint sealing",
        "Technical consultancy on crimped corners: L-shaped cleats cut from extrusions fit tightly in the box sections, the "
        "crimp tools press a set width of the outer web into the cleat recess and the ramped recess pulls the mitre closed. "
        "We audit the usual failures - mitres not cut at a true 45 degrees, blunt saw blades, misaligned crimp tools, loose "
        "cleat tolerances - and specify small-joint sealant for water resistance.",
    ),
    (
        "mZo010",
        "vi",
        "aia_pinned",
        "Ghép góc khung nhôm bằng ke đúc và chốt đóng",
        "Tư vấn và cung cấp bộ ghép góc kiểu chốt: ke chữ L đúc có lót thép tôi cứng tại lỗ chốt, thanh profile được khoan "
        "sẵn theo chỉ dẫn của hãng hệ nhôm, bôi keo mối ghép nhỏ rồi đóng chốt ép chặt. Góc chốt chống xoắn, chống xô lệch "
        "khung tốt hơn góc ép thường, với điều kiện thanh được cắt đúng 45° và dao cắt còn sắc.",
    ),
    (
        "mZo011",
        "en",
        "warren_crimp",
        "Hydraulic corner crimping versus pin assembly for leak-free aluminium corners",
        "Guidance and equipment for fabricators choosing how to join mitred aluminium corners. Pin assembly pulls the joint "
        "together with screws through corner keys and always leaves microscopic voids; a gap of only 0.1 mm lets air and "
        "water through and widens with thermal movement and glass weight. Hydraulic crimping with sealant gives tighter, "
        "more airtight corners for double and triple glazing.",
    ),
    (
        "mZo012",
        "vi",
        "wmd_fabrication",
        "Tư vấn chọn máy móc chế tạo khung cửa theo quy mô xưởng",
        "Tư vấn đầu tư máy cho xưởng làm khung cửa nhôm, uPVC, gỗ: từ máy cưa góc cầm tay và khoan tay, máy cắt bán tự động "
        "đến máy cắt CNC vừa cắt góc vừa phay, khoan chuẩn bị lỗ phụ kiện; máy uốn khung cho cửa cong bằng nhôm hoặc uPVC; "
        "máy ghép góc. Chọn cấu hình theo sản lượng và mức tự động hoá.",
    ),
    (
        "mZo013",
        "en",
        "cnbm_punch",
        "Hole punching of aluminium extrusion rails with dedicated dies",
        "Contract punching of aluminium extrusions on a press with prepared punching moulds, one hole per stroke. For a "
        "T+L section rail we punch 12 mounting holes and 6 drain holes, cut to a precise 1,750 mm and then apply a matte "
        "anodised finish for corrosion resistance.",
    ),
    (
        "mZo014",
        "vi",
        "pm_punch",
        "Khuôn đột và dịch vụ đột lỗ, xẻ rãnh thanh nhôm định hình",
        "Thiết kế, chế tạo khuôn đột bằng thép dụng cụ, chày tôi cứng và đồ gá định vị để đột lỗ, rãnh, lỗ thoát nước trên "
        "thanh nhôm mà không làm móp profile; có máy CNC và đo kiểm vị trí lỗ bằng laser. Sau đột có thể anod hoá hoặc sơn "
        "tĩnh điện.",
    ),
    (
        "mZo015",
        "en",
        "orgadata_cnc",
        "Programming CNC machinings from window design software",
        "Set-up service for the CNC module of window and façade software: each machining is drawn on a reference profile and "
        "assigned a group type (door hardware, window hardware, corner connector, T-connector, drainage/ventilation, hinge, "
        "striking plate...). Mirrored and reference-face options let left and right doors reuse one program, so saw and "
        "machining centre data come straight from the order.",
    ),
    (
        "mZo016",
        "vi",
        "trea_corner",
        "Giải pháp kết cấu góc khung cửa kim loại (chuyển giao sáng chế)",
        "Chuyển giao phương pháp chế tạo góc khung cửa: ke chữ L có hai hốc lõm tam giác sâu nông khác nhau trên mỗi cánh; "
        "khuôn dập lần lượt bẻ lưỡi từ thành rãnh của thanh vào hốc sâu rồi hốc nông, kéo hai đầu vát 45° ép sát vào nhau và "
        "dồn kim loại vào góc trong của ke.",
    ),
    # --- bending ---
    (
        "mZo017",
        "en",
        "angleroller_bend",
        "Section bending machines and bending service for arched aluminium window frames",
        "Supply of section bending machines, and bending on our own machines, for curved and arched aluminium window "
        "frames. Bending a window profile needs specialist machinery and skilled operators rather than simple tools; we also "
        "advise on thermal treatment and finishes so the bent frames resist condensation and coastal corrosion.",
    ),
    (
        "mZo018",
        "en",
        "pba_curtainwall",
        "Roll bending of large curtain-wall and thermally broken aluminium profiles",
        "PBA series aluminium bending machines roll asymmetric multi-hollow profiles with integrated thermal breaks, up to "
        "200 mm on the strong axis and 250 mm on the weak axis, while controlling springback and surface rippling. We help "
        "check whether a drawn radius is within the physical limit of the profile height before it is scrapped.",
    ),
    (
        "mZo019",
        "vi",
        "artattack_bendsub",
        "Nhận uốn thanh nhôm định hình thuê ngoài",
        "Xưởng uốn nhận uốn cong thanh nhôm đùn cho khung cửa, lan can, kết cấu. Xưởng uốn nhỏ thường chỉ uốn được profile "
        "cao tới khoảng 10 inch hoặc rộng 6 inch; profile kết cấu lớn cần máy có khoảng cách trục rộng. Chúng tôi rà thiết kế "
        "thanh để dễ uốn và báo trước những chi tiết khó trước khi nhận đơn.",
    ),
    (
        "mZo020",
        "vi",
        "tango_arch",
        "Uốn thanh uPVC làm cửa vòm, cửa cong bằng gia nhiệt",
        "Chuyển giao kỹ thuật uốn thanh uPVC: đoạn profile được gia nhiệt trong bể glycerin nóng hoặc lò dài, rồi uốn theo "
        "dưỡng gá ghép xích và giữ bằng giác hút chân không, nguội lại thì cứng như cũ. Cửa vòm đắt khoảng 2,5 lần cửa chữ "
        "nhật; bán kính uốn nhỏ nhất cỡ ba lần chiều cao profile.",
    ),
    (
        "mZo021",
        "vi",
        "katar_uonong",
        "Máy uốn ống, uốn hộp thép cho cổng, lan can và khung cửa sắt",
        "Cung cấp máy và dịch vụ uốn ống, hộp kim loại theo các phương pháp uốn kéo quay, uốn cuộn, uốn đẩy, uốn nguội hoặc "
        "nóng; dùng cho tay vịn, khung cổng, khung cửa sắt, khung nội thất. Kèm các công đoạn cắt, xẻ rãnh, hàn để hoàn thiện "
        "chi tiết từ ống thẳng.",
    ),
    # --- profiles, thermal break, surface finishing ---
    (
        "mZo022",
        "en",
        "starlight_tb",
        "Polyamide thermal-break assembly machines and strips",
        "Supply of polyamide insulating strips and the machines to fit them. The three-step process: knurling wheels cut "
        "teeth 0.15-0.30 mm long in the pockets of the inner and outer profiles, the strip is pulled or pushed in (or fed by "
        "hand), and three sets of crimping wheels lock the parts together at more than 1,300 pounds of pressure in stages. "
        "Periodic shear tests confirm the composite profile carries load.",
    ),
    (
        "mZo023",
        "vi",
        "tbstrip_insert",
        "Quy trình luồn thanh cách nhiệt cho thanh nhôm cầu cách nhiệt",
        "Hướng dẫn và thiết bị cho bốn bước: tạo răng (knurling) ở rãnh thanh nhôm, luồn thanh polyamide, cán ép và thử lực "
        "cắt trượt. So sánh hai cách làm cầu cách nhiệt: rót polyurethane lỏng vào rãnh rồi cắt bỏ cầu nhôm đáy rãnh, hoặc "
        "luồn cơ khí thanh polyamide nối hai nửa profile.",
    ),
    (
        "mZo024",
        "en",
        "mercatos_tb",
        "Pour-and-debridge thermal break machine with polyurethane injection",
        "Three-section machine for pour-and-debridge thermal breaks: a knurling unit cuts teeth in the cavity, an injection "
        "unit fills it with high-density solid polyurethane, and a debridging unit saws away the aluminium web so the two "
        "halves are joined only by the low-conductivity polymer, giving better sealing and water-proofing.",
    ),
    (
        "mZo025",
        "vi",
        "gs_strip",
        "Kiểm soát chất lượng luồn thanh cách nhiệt để cửa thực sự tiết kiệm điện",
        "Dịch vụ đánh giá và chỉnh quy trình xẻ rãnh, luồn thanh nylon 66 và cán mép khoá thanh cách nhiệt. Làm đúng, cầu "
        "cách nhiệt giảm 30–40% hoá đơn năng lượng; làm ẩu, thanh bị hở, xô lệch hoặc tuột. Một nhà máy ở Ohio năm 2022 đã "
        "phải thay 500 cửa, tốn 120.000 USD vì quy trình luồn thanh kém.",
    ),
    (
        "mZo026",
        "en",
        "linetec_strut",
        "Toll thermal-strut assembly with separate interior and exterior finishes",
        "We join independently extruded inside and outside profiles with engineered structural plastic struts, so each side "
        "can be painted or anodised in a different colour before assembly. Aluminium conducts heat 533 times more than "
        "polyamide strips; our knurling check requires teeth 0.15-0.30 mm long spaced no more than 0.78 mm apart.",
    ),
    (
        "mZo027",
        "en",
        "thermevo_tol",
        "Close-tolerance polyamide strips and gaskets for thermally broken windows",
        "Glass-fibre reinforced PA 6.6 strips with a glue wire that melts in the curing oven for better adhesion, and EPDM "
        "gaskets matched to them. Groove tolerances for seals have been cut from +/-0.5 mm to +/-0.15 mm on a 10 mm groove, "
        "which allows slimmer seal sections, lower material cost and better air and water tightness.",
    ),
    (
        "mZo028",
        "vi",
        "sundial_extr",
        "Sơn tĩnh điện thanh nhôm kiến trúc 6063-T5 theo tiêu chuẩn Qualicoat",
        "Nhận sơn tĩnh điện thanh nhôm đùn cho khung cửa sổ, vách kính, cửa đi, lam chắn nắng, lan can; hợp kim chủ đạo "
        "6063-T5, ngoài ra 6061-T6, 6082-T6 cho kết cấu. Xử lý bề mặt phù hợp từng hợp kim và kỹ thuật phun khắc phục hiệu ứng "
        "lồng Faraday ở góc trong, rãnh sâu của profile.",
    ),
    (
        "mZo029",
        "en",
        "qualicoat_pretreat",
        "Chrome-free pretreatment for architectural powder coating of aluminium",
        "Design and commissioning of pretreatment lines for window and façade aluminium: cleaning and etching to remove "
        "contaminants, then a chrome-free conversion coating (or thin anodic layer) that passivates the surface and keys the "
        "polyester powder. Processes follow the QUALICOAT specification and perform as well as chromate systems, which are no "
        "longer allowed for architectural coating in the UK.",
    ),
    (
        "mZo030",
        "vi",
        "etek_powder",
        "Tối ưu vận hành dây chuyền sơn tĩnh điện, giảm lỗi bề mặt",
        "Tư vấn kỹ thuật cho nhà máy sơn tĩnh điện: giữ độ ẩm buồng phun 40–55% RH để ổn định điện trường, kiểm soát cỡ hạt "
        "bột, điện áp và lưu lượng phun, độ sạch bề mặt, nhiệt độ sấy và tốc độ băng tải. Mục tiêu giảm lỗi chấm kim, rỗ bề "
        "mặt, lệch màu và tiết kiệm bột.",
    ),
    (
        "mZo031",
        "vi",
        "phongphu_powder",
        "Cung cấp bột sơn tĩnh điện và hướng dẫn hoàn thiện bề mặt kim loại",
        "Cung cấp bột sơn tĩnh điện cho kim loại: bột tích điện bám đều cả góc khuất, vào lò sấy nóng chảy đóng rắn thành "
        "màng cứng chịu va đập, chống trầy và ăn mòn. Bột dư được thu hồi nên tỷ lệ sử dụng đạt 95–98%, hầu như không có dung "
        "môi bay hơi, thường chỉ cần một lớp là đủ độ dày.",
    ),
    (
        "mZo032",
        "en",
        "almin_powder",
        "Powder coating line for aluminium extrusions with 15-year finish guarantee",
        "Conveyorised powder coating of aluminium extrusions: degreasing, Alu-Etch etching, nitric acid desmutting and "
        "chromate conversion before electrostatic spraying in a booth and curing in a baking oven. The powder manufacturer "
        "gives a 15-year guarantee against deterioration when treatment controls are met.",
    ),
    (
        "mZo033",
        "en",
        "sppc_process",
        "Multi-stage pretreatment before polyester powder coating",
        "Immersion pretreatment of aluminium sections: acid etch cleaning, rinses at matching temperature, chrome phosphate "
        "conversion, two further water rinses, a final demineralised water rinse and drying at a metal temperature not above "
        "80 degrees Celsius, with controlled transfer times between stages.",
    ),
    (
        "mZo034",
        "vi",
        "aia_coater",
        "Tư vấn chọn đơn vị sơn tĩnh điện nhôm kiến trúc cho công trình ngoài trời",
        "Đánh giá năng lực xưởng sơn cho thanh nhôm dùng ngoài trời: sơn kiến trúc khác sơn thông thường và sơn trên thép, "
        "cần hệ xử lý bề mặt nhiều bước cho thanh dài từ 6 m. Kiểm tra xưởng có tuân thủ BS EN 12206 hoặc giấy phép QUALICOAT; "
        "nếu xử lý sai, nước thấm qua lớp bột tạo muối làm sơn bong.",
    ),
    (
        "mZo035",
        "en",
        "qualicoat_choose",
        "Specifying the right powder coating standard for aluminium windows",
        "Advisory service for specifiers and fabricators: outdoor aluminium needs a comprehensive pretreatment and coating "
        "to EN 12206-1:2021, whereas galvanised steel follows BS EN 13438:2013 and EN 15773:2018. We check that a coater's "
        "process suits weathering exposure rather than indoor goods.",
    ),
    (
        "mZo036",
        "vi",
        "thietbison_alu",
        "Thiết bị và quy trình sơn tĩnh điện cho sản phẩm nhôm",
        "Cung cấp súng phun, buồng phun, lò sấy và hướng dẫn quy trình sơn tĩnh điện trên nhôm: tẩy dầu, xử lý bề mặt, phun "
        "bột tích điện và sấy. Nhôm bề mặt phẳng nhẵn, sẵn khả năng chống oxy hoá nên sau khi sơn bền hơn và có nhiều màu cho "
        "cửa, lan can, nội thất.",
    ),
    (
        "mZo037",
        "en",
        "cab_finish",
        "Anodising aluminium window and door sections",
        "Sulphuric acid anodising of aluminium extrusions for windows and doors, with the extrusion as the anode; the film "
        "can be coloured with pigments, organic or inorganic dyes. Thickness is set by processing time and is usually 15 to 25 "
        "microns for doors and windows. Liquid and powder paint finishes are also available.",
    ),
    (
        "mZo038",
        "vi",
        "neuf_anodic",
        "Anod hoá nhôm kiến trúc theo nhãn chất lượng QUALANOD",
        "Anod hoá thanh nhôm cửa tạo lớp oxit dày hơn lớp tự nhiên hơn trăm lần: 20 µm cho mặt ngoài công trình, tới 30 µm "
        "cho môi trường công nghiệp, có bịt lỗ (nén) đúng kỹ thuật. Đánh giá màu sắc bằng mắt thường ở khoảng cách 5 m cho mặt "
        "ngoài, 3 m cho mặt trong; xử lý sơ bộ hoá học trước khi anod.",
    ),
    (
        "mZo039",
        "en",
        "snelsons_micron",
        "Choosing anodising thickness: 5 to 25 microns",
        "Anodising service that matches film thickness to use: the natural oxide is only about 0.02 micron, anodising "
        "raises it to 5-25 microns. 5 microns suits decorative parts, 10 microns interior work, 15 microns most architectural "
        "work and 25 microns heavy-duty permanent exterior architecture; natural silver or a range of colours.",
    ),
    (
        "mZo040",
        "en",
        "wanz_anod",
        "Anodic film selection and cleaning plans for coastal exposure",
        "Advice from a window association on anodised aluminium in coastal zones: thicker and denser anodic films last "
        "longer, and the film must be chosen for proximity to the sea. We set cleaning intervals from monthly to six-monthly "
        "with clean water and mild detergent, and warn against harsh abrasives.",
    ),
    (
        "mZo041",
        "vi",
        "maxsys_giago",
        "Sơn tĩnh điện giả vân gỗ cho cửa nhôm, cửa sắt",
        "Dịch vụ phủ sơn tĩnh điện giả gỗ trên cửa, cổng kim loại: phun lớp nền sơn tĩnh điện, ép phim vân gỗ và chuyển nhiệt "
        "để vân thấm vào lớp sơn. Bề mặt có vẻ ấm của gỗ nhưng không mối mọt, cong vênh, chịu nắng mưa và ít bảo trì.",
    ),
    (
        "mZo042",
        "vi",
        "tgct_vango",
        "Công nghệ tạo vân gỗ cho cửa thép giả gỗ",
        "Chuyển giao quy trình làm cửa thép vân gỗ: tấm thép dập tạo hình, sơn nền tĩnh điện, rồi in chuyển nhiệt vân gỗ "
        "(gõ đỏ, hương...) lên bề mặt, giúp thay thế gỗ tự nhiên ngày càng khan hiếm. Phù hợp xưởng cửa thép muốn ra dòng sản "
        "phẩm cửa thép giả gỗ.",
    ),
    # --- tempered, laminated, insulating and energy-saving glass ---
    (
        "mZo043",
        "vi",
        "meci_tcvn",
        "Thử nghiệm, chứng nhận kính cường lực theo TCVN 7455:2013",
        "Phòng thử nghiệm nhận kiểm tra kính cường lực xây dựng theo TCVN 7455:2013 và QCVN 16:2019/BXD, đối chiếu EN 12150, "
        "ASTM C1048, BS 6206. Kiểm tra độ dày (5, 8, 10, 12 đến 19 mm), khả năng chịu lực và phép thử phá vỡ: tấm đạt chuẩn vỡ "
        "thành ít nhất 40–50 hạt trong ô 50×50 mm.",
    ),
    (
        "mZo044",
        "vi",
        "namwindows_cuongluc",
        "Cung cấp kính cường lực và kính bán cường lực cho cửa nhôm",
        "Kính được tôi trong lò ở khoảng 700°C rồi làm nguội nhanh bằng khí, chịu lực gấp 4–5 lần kính thường, vỡ vụn thành "
        "hạt nhỏ ít sát thương. Kính bán cường lực chịu lực gấp 2–3 lần, khi vỡ nứt thành đường dài nhưng vẫn giữ trong khung. "
        "Kính tôi không cắt lại được nên đặt đúng kích thước trước.",
    ),
    (
        "mZo045",
        "en",
        "nissan_tempered",
        "Glass tempering to order for doors, windows and shower enclosures",
        "We temper glass by heating it to about 1,400 degrees Fahrenheit and quenching it to 200 degrees within 2 minutes, "
        "roughly quadrupling its strength. Tempered glass cannot be re-cut, so all cutting, holes and edge work are done "
        "before tempering; the process can warp the surface slightly.",
    ),
    (
        "mZo046",
        "en",
        "vsom_tempered",
        "Tempered glass fabrication from float glass",
        "Processing plant that cuts large float glass sheets to the required tempered sizes, drills holes and cuts notches "
        "at that stage, washes the pieces and sends them through a tempering furnace that heats to the softening point and "
        "cools rapidly and evenly. Supplies tempered panels for door and window fabricators.",
    ),
    (
        "mZo047",
        "en",
        "gymvh_tempered",
        "Horizontal tempering furnace for toughened safety glass",
        "Tempering furnace in which annealed glass rides on rollers and is heated to roughly 650-700 degrees Celsius by "
        "conduction through the rollers, radiation from coils and convection from hot-air nozzles, then chilled immediately. "
        "The toughened glass breaks into small chunks rather than sharp shards and resists thermal stress.",
    ),
    (
        "mZo048",
        "vi",
        "thicong_cuongluc",
        "Thi công cửa, vách kính cường lực cho nhà ở và cửa hàng",
        "Đơn vị nhôm kính nhận thiết kế, gia công và lắp đặt cửa kính, vách kính cường lực: kính nổi được tôi nhiệt tăng độ "
        "cứng, khả năng chịu lực và chịu nhiệt nhiều lần kính thường cùng độ dày, khi vỡ thành hạt nhỏ như hạt ngô, cạnh không "
        "sắc. Tư vấn chọn độ dày và phụ kiện.",
    ),
    (
        "mZo049",
        "en",
        "verydays_tempered",
        "Heat-strengthened or fully tempered glass: choosing the process",
        "Glass processor offering both fully tempered glass (four to five times the strength of annealed glass) and "
        "heat-strengthened glass made with lower furnace temperature and slower quenching. We advise where the roller marks "
        "and slight reflection distortion of tempering matter and where annealed or heat-strengthened glass is the better "
        "choice.",
    ),
    (
        "mZo050",
        "vi",
        "mocdep_cuongluc",
        "Tập huấn nhận biết kính cường lực và kính thường cho thợ",
        "Khoá tập huấn ngắn cho thợ nhôm kính và người mua: kính nổi (công nghệ Pilkington 1959) khác kính cường lực được gia "
        "nhiệt tới ngưỡng biến dạng khoảng 650°C rồi làm lạnh đột ngột bằng khí nén. Hướng dẫn các dấu hiệu nhận biết, tem, "
        "soi phân cực và cách kiểm tra trước khi lắp.",
    ),
    (
        "mZo051",
        "vi",
        "wiki_kinhdan",
        "Kính dán an toàn phim PVB",
        "Sản xuất kính dán từ hai lớp kính trở lên liên kết bằng phim PVB trong hoặc màu dày tối thiểu 0,38 mm; khi vỡ mảnh "
        "kính bám vào phim, không văng sắc nhọn. Có thể dùng kính đã tôi trước khi dán, hoặc dán kính phản quang để giảm tia "
        "hồng ngoại và cực tím.",
    ),
    (
        "mZo052",
        "vi",
        "citybuilding_pvb",
        "Kính ghép nhiều lớp PVB, SGP, EVA cho lan can, ban công và cửa",
        "Cung cấp kính ghép nhiều lớp ép nhiệt – chân không với phim PVB, SGP hoặc EVA; tư vấn khi nào bắt buộc dùng SGP cho "
        "lan can, ban công để kính không võng, và kiểm soát lỗi bong phim, ố mờ do ép sai kỹ thuật. Lớp phim giữ mảnh kính khi "
        "vỡ và hấp thụ lực va đập.",
    ),
    (
        "mZo053",
        "vi",
        "wiki_kinhantoan",
        "Kính dán an toàn chống đột nhập và cách âm",
        "Kính dán an toàn nhiều lớp gắn bằng phim PVB dẻo: khi vỡ vẫn đứng trong khung, chống người và vật rơi qua cửa sổ nhà "
        "cao tầng, chịu được nhiều cú va đập vào một điểm (chống đột nhập), có loại chống đạn; bền màu, chịu thời tiết và "
        "giảm tiếng ồn.",
    ),
    (
        "mZo054",
        "en",
        "lyndale_igu",
        "Insulated glass units made to measure",
        "Fabrication of insulated glass units of two or three panes held apart by metal or composite spacers, with butyl "
        "injected around the spacer and desiccant beads inside to absorb trapped moisture; units can be filled with argon or "
        "krypton. Almost any glass type or coating can be used, including art and leaded glass. Fogging between panes "
        "usually means the seal has failed.",
    ),
    (
        "mZo055",
        "en",
        "semco_seal",
        "Dual-seal edge sealing for insulating glass",
        "Insulating glass production with a butyl (polyisobutylene) primary seal, which gives very high resistance to gas "
        "and water vapour, followed by a polyurethane or polysulphide secondary sealant that holds the unit together and "
        "keeps the butyl cord in place. Standard edge seal height is about 11 mm.",
    ),
    (
        "mZo056",
        "en",
        "glassmag_ig3",
        "Operator training on the critical points of insulating glass production",
        "Shop-floor training for IG line operators on the points that most often cause unit failure, starting with "
        "protecting the desiccant: molecular sieve absorbs moisture even at very low humidity, so desiccant-filled spacers "
        "left exposed lose capacity before assembly and the unit fogs early. Includes handling protocols for automated lines.",
    ),
    (
        "mZo057",
        "en",
        "thermoseal_unit",
        "Machinery and components to start making sealed glazing units",
        "Packages for workshops that want to make their own double-glazed sealed units: automatic glass cutting tables, "
        "hopper-fed hot-melt extruders, spacer bending and cutting, desiccant filling, gas filling, and over 2,000 components "
        "including Thermobar and Thermoflex warm-edge spacers. Typical high-performance unit: one low-E pane and one float or "
        "low-iron pane.",
    ),
    (
        "mZo058",
        "vi",
        "wetrek_double",
        "Cửa kính hai lớp (kính hộp) cách âm, cách nhiệt",
        "Sản xuất kính hộp gồm hai tấm kính song song, khung giãn cách bằng kim loại hoặc polyme chứa hạt hút ẩm, khoảng "
        "trống bơm khí trơ Argon hoặc Krypton hay không khí khô, viền bịt keo kín để khí không thoát và hơi ẩm không lọt vào. "
        "Dùng cho cửa sổ, cửa đi cần cách nhiệt, cách âm.",
    ),
    (
        "mZo059",
        "vi",
        "eurowindow_insul",
        "Kính cách nhiệt: Low-E, kính hộp và kính nhiều lớp cho nhà ở",
        "Tư vấn và cung cấp ba dòng kính cách nhiệt: kính Low-E phủ lớp kim loại siêu mỏng chặn bức xạ nhiệt, kính hộp có "
        "lớp khí ở giữa, kính nhiều lớp liên kết; giảm hấp thụ nhiệt làm nhà bớt nóng, chặn tia UV. Dùng cho nhà ở, chung cư, "
        "khách sạn, văn phòng.",
    ),
    (
        "mZo060",
        "en",
        "vnbuilding_lowe",
        "Low-E glass: hard-coat and soft-coat options and their specifications",
        "Supply of Low-E glass on clear or tinted float substrates 5-19 mm thick. Hard-coat (on-line) Low-E is sprayed onto "
        "the hot float ribbon at 600-700 degrees Celsius and is scratch resistant enough for exposed faces; soft-coat "
        "(off-line) Low-E has several nanometre layers of silver and metal oxides and insulates better but must be protected "
        "inside an insulating unit. Data on U-value, SHGC and reflectivity provided.",
    ),
    (
        "mZo061",
        "vi",
        "ktdt_qcvn09",
        "Tư vấn lựa chọn kính đáp ứng QCVN 09:2017/BXD về sử dụng năng lượng hiệu quả",
        "Tư vấn cho chủ đầu tư và xưởng nhôm kính về hệ số hấp thụ nhiệt mặt trời (SHGC) của kính mặt bao theo QCVN "
        "09:2017/BXD; công trình có tổng diện tích sàn từ 2.500 m² trở lên với tỷ lệ cửa sổ lớn bắt buộc dùng kính tiết kiệm "
        "năng lượng, giảm điện điều hoà.",
    ),
    (
        "mZo062",
        "vi",
        "incomreal_lowe",
        "Kính tiết kiệm năng lượng Low-E và Solar Control",
        "Nhập khẩu và phân phối kính tiết kiệm năng lượng: phôi kính trắng phủ lớp vật liệu vô cơ kích thước nano để chọn lọc "
        "bức xạ nhiệt mặt trời, hệ số phát xạ thấp và SHGC nhỏ. Hai dòng chính là Low-E và Solar Control, tạo màu kính theo "
        "yêu cầu kiến trúc.",
    ),
    (
        "mZo063",
        "en",
        "sg_glazing",
        "Selecting energy-saving glazing by light transmittance, U-value and shading coefficient",
        "Technical support from a glass manufacturer for choosing advanced energy-saving glazing: higher light "
        "transmittance (TL) gives more daylight, a lower U-value means less heat loss by conduction, convection and "
        "radiation, and a lower shading coefficient (SC) lets less solar heat into the room.",
    ),
    (
        "mZo064",
        "en",
        "beranek_table",
        "Build-your-own glass cutting table and laminated glass cutting training",
        "Training for small glass shops adding laminated glass cutting as a service: a professional cutting table can cost "
        "up to 6,000 dollars, but a 4 by 8 foot table on a braced 2x4 frame with a glued and screwed plywood and particle "
        "board top works for low volumes. Covers cutters, table covering and technique.",
    ),
    (
        "mZo065",
        "vi",
        "tpub_glasscut",
        "Hướng dẫn kỹ thuật cắt, bẻ và mài cạnh kính thủ công",
        "Tài liệu và buổi thực hành cắt kính: vạch một đường rồi gõ nhẹ dưới đường cắt cho vết nứt chạy, bẻ dải hẹp bằng kìm "
        "hoặc rãnh trên dao cắt, dải dưới 1/2 inch thì rạch rồi cắn dần. Mài cạnh kính làm kệ, mặt bàn bằng đá dầu nhúng nước "
        "nghiêng 45°. Không được cắt lại kính tôi, kính bán cường lực hay kính hộp.",
    ),
    # --- fittings, hardware, gaskets, sealants ---
    (
        "mZo066",
        "en",
        "seethru_hinges",
        "Marine-grade 316 stainless hinges and hardware for coastal windows",
        "Master glazier service replacing corroded window hinges near the sea: zinc-plated steel hinges pit quickly in "
        "salt air, and a stainless screw in an aluminium frame holding a zinc-plated hinge makes a galvanic cell. Within five "
        "miles of the coast we fit 300-series stainless steel, specifically 316 marine grade with molybdenum against chloride "
        "pitting, and explain sash maintenance.",
    ),
    (
        "mZo067",
        "vi",
        "pinellas_coastal",
        "Phụ kiện và lớp phủ chống ăn mòn cho cửa sổ vùng hơi muối",
        "Tư vấn vật liệu phụ kiện cửa sổ cho vùng ven biển ẩm nóng: thép để trần ở bờ biển có thể bị ăn mòn gấp 400–500 lần "
        "ở sa mạc; mẫu thép cách bờ 24 m ăn mòn nhanh gấp 12 lần mẫu cách 243 m. Ưu tiên khoá, tay nắm, bản lề bằng inox và "
        "lớp phủ bảo vệ phù hợp.",
    ),
    (
        "mZo068",
        "en",
        "gevetica_coastal",
        "Corrosion-resistant thresholds and hinges for coastal door and window frames",
        "Specification support for coastal joinery: define high and moderate exposure zones by distance to the sea, "
        "prevailing wind and splash; choose 304 or 316 austenitic stainless, anodised or fluoropolymer-coated aluminium, or "
        "brass; use compatible fasteners to avoid galvanic corrosion and allow for thermal movement in hinge alignment and "
        "threshold seals.",
    ),
    (
        "mZo069",
        "vi",
        "dorset_coastal",
        "Khoá và tay nắm cửa chống gỉ cho nhà gần biển",
        "Dòng phụ kiện cửa làm từ vật liệu chịu hơi muối cho nhà ven biển: tinh thể muối hút ẩm tạo màng nước mặn trên bề "
        "mặt kim loại, ăn mòn cả ngày lẫn đêm. Tay nắm thép thường dù sơn hay sơn tĩnh điện thường hỏng sau vài tháng vì lớp "
        "phủ bị sứt; chúng tôi tư vấn chọn kim loại phù hợp.",
    ),
    (
        "mZo070",
        "en",
        "locksmith_pvd",
        "PVD-finished, non-ferrous locks for oceanfront buildings",
        "Locksmith supply and maintenance of locks, deadbolts, handles and keypads rated for marine environments: sea air "
        "can travel up to 50 miles inland and speed metal corrosion up to 10 times. Product lines are non-ferrous or finished "
        "by physical vapour deposition (PVD); satin chrome and some oil-rubbed finishes hold up best. Includes scheduled wet "
        "and dry lubrication to remove salt.",
    ),
    (
        "mZo071",
        "en",
        "prolock_coastal",
        "Coastal lock and door hardware maintenance service",
        "Scheduled service for homes and businesses near the sea: tightening corroded strike plates and hinge screws, "
        "realigning sagging doors, cleaning gritty cylinders with lock spray or graphite instead of oil, and adjusting door "
        "closers and panic bars that no longer latch fully.",
    ),
    (
        "mZo072",
        "vi",
        "kenna_epdm",
        "Gioăng EPDM cho hệ cửa tiết kiệm năng lượng",
        "Sản xuất gioăng EPDM lắp trên khung, cánh và kính, liên kết profile, phụ kiện và kính thành một khối theo nguyên lý "
        "đẳng áp của cửa tiết kiệm năng lượng, nâng độ kín khí, kín nước và cách âm. Tư vấn đồng bộ gioăng với hệ profile thay "
        "vì ghép vật tư chắp vá.",
    ),
    (
        "mZo073",
        "en",
        "zyolo_epdm",
        "Extruded EPDM gaskets for uPVC and aluminium windows",
        "EPDM gaskets extruded in bubble, flipper and wedge profiles to fit the grooves of frames and sashes, in black or "
        "grey. The saturated polymer backbone resists ozone and UV that crack PVC or natural rubber seals, stays flexible "
        "from -40 to +150 degrees Celsius and has a low compression set.",
    ),
    (
        "mZo074",
        "vi",
        "hannix_epdm",
        "Kiểm tra chất lượng dải gioăng EPDM, phát hiện hàng pha trộn",
        "Dịch vụ thử nghiệm gioăng cửa: EPDM là copolyme ethylene, propylene và một ít monome thứ ba, chịu lão hoá nhiệt, "
        "ozone, hoá chất và đàn hồi tốt. Thị trường có nhiều gioăng giá vài tệ mỗi kg chỉ pha ít EPDM; chúng tôi đo các chỉ "
        "tiêu cơ lý để kiểm tra công thức.",
    ),
    (
        "mZo075",
        "vi",
        "vnnet_silicone",
        "Keo silicone sealant gắn nhôm kính",
        "Phân phối keo Silicone Sealant dùng gắn nhôm kính và nhiều vật liệu xây dựng: polyme mạch chính silic – oxy có nhóm "
        "hữu cơ, bền hoá chất, chịu thay đổi nhiệt độ. Giải thích đúng tên gọi, thành phần để thợ chọn đúng loại keo cho "
        "từng mối nối.",
    ),
    (
        "mZo076",
        "vi",
        "apollo_silicone",
        "Hướng dẫn chọn keo silicone cho cửa nhôm kính và kính mặt dựng",
        "Bộ checklist của nhà sản xuất keo: chọn keo theo độ bền cơ học, tương thích hoá học, chống thấm, kháng UV, đàn hồi "
        "và bám dính cho từng hạng mục: cửa nhôm kính, kính mặt dựng unitized, tường gạch, mái tôn và panel PU; lưu ý ăn mòn "
        "điện hoá giữa thép, nhôm và vữa.",
    ),
    (
        "mZo077",
        "vi",
        "xenang_khoa",
        "Khoá cửa sắt cho nhà ở, nhà xưởng, kho",
        "Cung cấp và lắp các loại khoá cho cửa sắt, cổng sắt: tư vấn cấu tạo, chủng loại, cách chọn, lắp đặt và bảo quản để "
        "khoá chống phá, bền với thời tiết; dùng cho nhà ở, văn phòng, nhà xưởng, kho bãi.",
    ),
    # --- steel doors, fire doors, rolling shutters, uPVC ---
    (
        "mZo078",
        "vi",
        "giathai_firedoor",
        "Chuyển giao quy trình sản xuất cửa thép chống cháy",
        "Quy trình từ vật liệu đến kiểm định: thép mạ kẽm dày 0,8–1,2 mm chống cong vênh, lõi honeycomb, bông thuỷ tinh hoặc "
        "magie oxit cách nhiệt ngăn lửa, phụ kiện chịu nhiệt (khoá, bản lề, thanh thoát hiểm); gia công cơ khí, xử lý bề mặt "
        "và kiểm định chất lượng.",
    ),
    (
        "mZo079",
        "vi",
        "raovat_firedoor",
        "Cửa thép chống cháy 60–180 phút",
        "Cung cấp cửa thép chống cháy: cánh gồm hai lớp thép mạ kẽm hoặc thép hợp kim dày 0,8–1,5 mm, lõi bông thuỷ tinh, "
        "bông khoáng hoặc ceramic, thời gian chịu lửa 60–180 phút; khung thép mạ kẽm, gioăng cao su chống cháy nở ra khi gặp "
        "nhiệt, bản lề chịu nhiệt, tay nắm thoát hiểm, kính chống cháy.",
    ),
    (
        "mZo080",
        "vi",
        "gpcc_cuacuon",
        "Lắp đặt cửa cuốn khe thoáng nan nhôm đúng quy cách an toàn",
        "Tư vấn, lắp đặt và sửa cửa cuốn khe thoáng: nan nhôm hợp kim 6063-T5 hai lớp có gân tăng cứng, móc tròn liên kết, "
        "bọ nhựa; trục, ray, khung kỹ thuật; bộ lưu điện cấp điện khi mất điện lưới. Kiểm tra các thiết bị an toàn thường bị "
        "bỏ sót khi lắp.",
    ),
    (
        "mZo081",
        "en",
        "kongo_cuacuon",
        "Rolling shutter components and safety devices",
        "Manufacturer of rolling shutters explains and supplies each component - slats, shaft, guide rails, motor, remote "
        "and safety devices - because shutters installed without the safety equipment or out of specification wear out early "
        "and endanger families, warehouses and shops, especially automatic doors driven by a motor.",
    ),
    (
        "mZo082",
        "vi",
        "clearwindow_upvc",
        "Tìm hiểu và chuyển giao quy trình sản xuất cửa nhựa uPVC",
        "Giới thiệu công nghệ cửa PVC-U (uPVC) cho xưởng mới: dùng thanh nhựa định hình kèm thép gia cường bên trong, hàn "
        "liền khung ở các góc, phay rãnh thoát nước, lắp phụ kiện. Cửa uPVC xuất hiện ở Đông Nam Á từ những năm 1990, sản phẩm "
        "sản xuất tại Việt Nam có từ 1999–2000.",
    ),
    (
        "mZo083",
        "vi",
        "vietwindoor_upvc",
        "Quy trình sản xuất cửa nhựa lõi thép uPVC từ khảo sát đến lắp đặt",
        "Dịch vụ trọn gói: khảo sát đo đạc công trình, chọn thanh nhựa, thép gia cường, kính và phụ kiện đúng loại, tính "
        "toán chi tiết kích thước cắt nhựa, kính, thép để không thừa vật tư, rồi cắt, hàn, làm sạch góc, lắp kính và phụ kiện.",
    ),
    (
        "mZo084",
        "en",
        "dothi_upvc",
        "Quality checks for uPVC window profiles and small workshops",
        "Independent assessment of uPVC doors and windows: many small workshops with only a few cutting and welding "
        "machines copy well-known brands, but the profile material must meet standards or it degrades quickly in a hot, "
        "sunny climate. We test profiles and reinforcement before a workshop commits to a supplier.",
    ),
    # --- installation safety at height, glass handling ---
    (
        "mZo085",
        "en",
        "ggf_code",
        "Working-at-height code of practice training for replacement window installers",
        "Training based on a glazing federation code of practice written with the health and safety regulator: every job "
        "at height gets a specific risk assessment by a competent surveyor before work starts, and crews learn safe systems "
        "of work for ladders (including removal and installation at first-floor level), mobile towers, scaffolding and "
        "specialist access equipment.",
    ),
    (
        "mZo086",
        "en",
        "ramsai_glazing",
        "RAMS and work-at-height planning for glazing contractors",
        "Risk assessment and method statement service for glazing at height: apply the avoid - prevent - mitigate hierarchy "
        "of the Work at Height Regulations 2005, select access equipment for each installation stage, control glass handling "
        "at height and plan rescue of operatives. Delivered as a checklist and templates.",
    ),
    (
        "mZo087",
        "vi",
        "fallarrest_cleaning",
        "Thiết bị chống rơi ngã cho thợ làm việc trên cao ở cửa sổ",
        "Cung cấp dây đai an toàn toàn thân nối qua dây giảm chấn với điểm neo phù hợp, kèm mũ, găng tay, giày và áo phản "
        "quang; ưu tiên biện pháp bảo vệ tập thể trước bảo vệ cá nhân. Huấn luyện điều chỉnh dây đai vừa người, kiểm tra định "
        "kỳ thiết bị và kiểm định điểm neo bởi người có chuyên môn.",
    ),
    (
        "mZo088",
        "en",
        "iosh_forum",
        "Portable anchors for fall restraint when fitters lean out to seal windows",
        "Safety advice for window fitters who must lean out of first-floor or bay windows to seal frames where a ladder "
        "cannot be placed: install from the inside where possible and attach fall-prevention PPE to a portable anchorage "
        "inside the building (a 'man anchor'), choosing restraint before arrest; ladders remain fine where access is simple.",
    ),
    (
        "mZo089",
        "vi",
        "mastery_hs",
        "Đào tạo an toàn lao động cho thợ lắp đặt cửa",
        "Khoá học an toàn cho thợ lắp cửa: đánh giá rủi ro trước khi làm (trọng lượng kính hộp, độ vững thang, dây điện phía "
        "trên), nâng vác đúng cách và dùng thiết bị hỗ trợ, đặt thang theo tỷ lệ 1:4 và luôn giữ ba điểm tiếp xúc, chọn và "
        "dùng đồ bảo hộ, an toàn khi dùng keo, dung môi.",
    ),
    (
        "mZo090",
        "en",
        "safetyfab_fine",
        "Work-at-height compliance audit for double glazing companies",
        "Audit of how a window company plans and enforces work at height, prompted by a case in which a firm was fined "
        "850,000 pounds after a fitter fell more than 3 metres when his unfooted, untied ladder slipped. We check that windows "
        "are installed from inside wherever possible and that ladders are set at the right angle, footed and tied.",
    ),
    (
        "mZo091",
        "vi",
        "ldcd_tainan",
        "Huấn luyện an toàn giàn giáo, vận thăng cho thi công kính trên cao",
        "Huấn luyện và kiểm tra an toàn cho đội thi công nhôm kính: xây dựng thuộc nhóm 5 lĩnh vực có nhiều tai nạn chết "
        "người nhất năm 2024; các vụ sập giàn giáo tầng 9 khi thi công mái kính giếng trời và đứt cáp vận thăng rơi gần 10 m "
        "đều do thiếu kiểm soát thiết bị nâng và giàn giáo.",
    ),
    (
        "mZo092",
        "en",
        "glassmag_lifters",
        "Vacuum lifters, carriers and mini-cranes for glaziers",
        "Sale and rental of on-site glass handling tools for contract glaziers facing bigger, heavier glass and a shortage "
        "of skilled labour: vacuum lifters with alarms for low battery and inconsistent suction, robotic installers and "
        "mini-cranes. One worker's compensation claim can cost as much as a machine.",
    ),
    (
        "mZo093",
        "vi",
        "greatlakes_robots",
        "Robot lắp kính và máy nâng kính chân không",
        "Cho thuê và bán máy nâng kính (glass lifting machine), còn gọi là robot lắp kính hay máy hút kính chân không: nâng, "
        "di chuyển và giữ tấm kính đúng vị trí để thợ lắp, thay cho khiêng tay. Tư vấn chọn máy theo kích thước, trọng lượng "
        "tấm kính và mặt bằng công trình.",
    ),
    (
        "mZo094",
        "en",
        "fok_lifting",
        "Handheld suction lifters and glazing robots",
        "Supply of single, double and triple cup handheld suction lifters, which give workers a handle instead of gripping "
        "glass edges, and glazing robots that almost eliminate lifting by hand. Never exceed the rated capacity; use several "
        "lifters on large panes and wear glazing safety gloves.",
    ),
    (
        "mZo095",
        "vi",
        "usglass_glossary",
        "Bảo dưỡng, thử tải định kỳ máy hút nâng kính",
        "Dịch vụ kiểm tra thiết bị nâng kính: bảo dưỡng và thử tải ít nhất mỗi năm một lần (nâng đúng tải tối đa), thử ứng "
        "suất với gấp đôi sức nâng, kiểm tra hằng ngày trước ca. Tư vấn đối trọng chống lật, cần vươn tới 9 feet, bố trí giác "
        "hút không quá xa mép kính để tránh võng kính.",
    ),
    (
        "mZo096",
        "en",
        "usglass_curved",
        "Suction cup arrangements for lifting curved glass",
        "Engineering support for handling oversized curved glass: we take the weight and dimensions of each lite and "
        "provide the right suction cups and cup layout for the lifting machine, coordinating with the cup supplier's "
        "engineers, to cut the risk of breaking expensive curved glass.",
    ),
    (
        "mZo097",
        "vi",
        "ghh_en13155",
        "Máy hút kính chân không đạt EN 13155 có xếp hạng an toàn 1–3 sao",
        "Chế tạo máy hút nâng kính chuyên dụng đạt chuẩn CE EN 13155, thêm các biện pháp an toàn vì kính dễ vỡ, dễ trượt; "
        "phân hạng 1, 2, 3 sao theo tình huống sử dụng, dự án cao tầng và nơi công cộng dùng loại 3 sao. Kiểm định ít nhất mỗi "
        "năm, sạc đầy pin, lau giác hút, không nâng khi mưa, sương giá, gió mạnh.",
    ),
    (
        "mZo098",
        "en",
        "systron_robot",
        "Robot loading cells for vertical glass processing machines",
        "Automation of glass edging and processing lines with KUKA robots integrated directly into the machine control: "
        "robot sizes from KR60 to KR500 handle panes of 3.5 x 2.5 m up to 12 mm or 3 x 2 m up to 19 mm. Reduces handling, "
        "rejects and dependence on scarce skilled workers, even in one-shift operation.",
    ),
    # --- storm-resistant windows and performance testing ---
    (
        "mZo099",
        "en",
        "legal_e1996",
        "Large missile impact testing of hurricane glazing to ASTM E1996",
        "Laboratory testing of windows, doors and skylights for high-wind regions: a nine-pound piece of lumber is fired "
        "at about 34 mph at the glazing, then the specimen goes through thousands of pressure cycles that mimic sustained "
        "gusts. E1996 sets the pass criteria and E1886 the test method; the pair underpin hurricane requirements in the "
        "building codes adopted after Hurricane Andrew (1992).",
    ),
    (
        "mZo100",
        "vi",
        "today_e1886",
        "Hỗ trợ chứng nhận cửa chống va đập bão theo ASTM E1886/E1996",
        "Tư vấn cho nhà sản xuất cửa muốn đạt chứng nhận cửa chống bão: E1886 là phương pháp thử (bắn vật thể, chu kỳ áp "
        "lực, tiêu chí đạt), E1996 quy định cấp vật thể A đến E theo vùng gió, loại công trình và độ cao lắp đặt. Chuẩn bị mẫu, "
        "làm việc với phòng thí nghiệm được công nhận và hồ sơ xin phép xây dựng.",
    ),
    (
        "mZo101",
        "vi",
        "bnp_laminated",
        "Kính dán cho cửa chống bão: chọn cấp bảo vệ theo vùng gió",
        "Tư vấn kính dán nhiều lớp cho cửa vùng bão: vùng gió 110–119 mph cần cấp C (bảo vệ cơ bản) hoặc D (tăng cường); "
        "trên 140 mph cần D hoặc E. Vật thể thử: cấp A là bi thép 2 g ở 130 ft/s, cấp D là thanh gỗ 2x4 nặng 9 lb ở 50 ft/s, "
        "cấp E cùng thanh gỗ ở 80 ft/s.",
    ),
    (
        "mZo102",
        "vi",
        "ngoisao_caotang",
        "Tư vấn kiểu mở cửa sổ an toàn khi gió bão cho nhà cao tầng",
        "Tư vấn thiết kế cửa sổ theo TCVN 323:2004: nhà cao tầng dùng cửa lật, cửa đẩy, trượt đứng, trượt ngang; tránh cửa mở "
        "quay ra ngoài vì mở 180° dễ đập vào tường khi gió to, mở 90° thành như cánh buồm khi gió lốc; cửa mở hất ra ngoài góc "
        "45° cũng không an toàn khi lốc.",
    ),
    (
        "mZo103",
        "vi",
        "ndt_vungbao",
        "Hệ cửa nhôm, uPVC và vách kính cho công trình vùng bão",
        "Cung cấp và thi công hệ cửa, vách kính lớn chịu gió bão: các công trình ở Đà Nẵng như Bệnh viện Ung bướu dùng hệ cửa "
        "của đơn vị đã vượt qua siêu bão Nari (bão số 11) không hư hại, không thấm nước, trong khi nhiều siêu thị, chung cư "
        "khác bị vỡ toàn bộ cửa kính.",
    ),
    (
        "mZo104",
        "en",
        "ha_coastal_vi",
        "Window designs for coastal buildings exposed to high winds and salt",
        "Design support for coastal windows: impact-resistant laminated glass with an interlayer that stays intact when "
        "hit by flying debris, wind-resistant frames of aluminium, vinyl or fibreglass that resist salt corrosion, and "
        "double or triple glazing that improves insulation, noise control and structural strength.",
    ),
    (
        "mZo105",
        "en",
        "wojan_test",
        "Air, water and structural performance testing to AAMA 101",
        "Testing of windows and sliding doors to the North American Fenestration Standard: air infiltration at or below "
        "0.30 cfm/ft2 (0.20 under IECC C402.4.3 except AW), water resistance with at least 4 gallons per square foot at 15% of "
        "design pressure (20% for AW), deflection limited to L/175 for CW and AW, and overload at 1.5 times design pressure.",
    ),
    (
        "mZo106",
        "en",
        "specsys_rating",
        "Performance class and design pressure rating for aluminium windows",
        "Rating support using the NAFS gateway values: minimum design pressure of 15, 25, 30 and 40 psf for R, LC, CW and AW "
        "classes with structural test pressures of 22.5, 37.5, 45 and 60 psf, water test pressure at 15% (20% for AW) capped "
        "at 12 psf, glass deflection limited to L/175 and life-cycle testing to AAMA 910.",
    ),
    (
        "mZo107",
        "vi",
        "cs_fieldtest",
        "Thử nghiệm hiện trường độ kín khí, kín nước của cửa sau khi lắp",
        "Dịch vụ thử cửa đã lắp tại công trình theo AAMA 502: gắn buồng kín vào mặt cửa để tạo chênh áp, đo lọt khí theo "
        "ASTM E783 và thử thấm nước; đối chiếu các cấp R, LC, CW, AW và cấp tính năng (PG) tăng theo bước 240 Pa trong AAMA 101.",
    ),
    (
        "mZo108",
        "en",
        "eurotek_pg",
        "Windows tested to AAMA performance grades PG60 and PG70",
        "Window manufacturer supplying units with published test reports: picture windows at PG 70 with 0.00 cfm/ft2 air "
        "leakage and 15.04 psf water resistance, tilt-and-turn at PG 60; units are tested at positive and negative pressure "
        "with preload, design load and overload, and must deflect less than L/175.",
    ),
    (
        "mZo109",
        "en",
        "j2_fieldwater",
        "Field water penetration testing of installed windows",
        "Building envelope consultants who test installed windows with a water delivery system and an interior air chamber "
        "that simulates driven rain, following WDMA, AAMA and ASTM guidelines, to separate a faulty window product from a "
        "faulty installation; also useful where installers were not AAMA certified.",
    ),
    (
        "mZo110",
        "vi",
        "passwindow_caotang",
        "Cửa sổ nhôm hệ cao cấp kín nước, chịu gió cho nhà cao tầng",
        "Cung cấp cửa sổ nhôm mở quay lật vào trong và trượt cho nhà cao tầng: khung và phụ kiện chịu sức gió mạnh, độ kín "
        "khít cao chống mưa tạt, giảm tiếng gió rít, cách âm cách nhiệt; tư vấn theo bộ tiêu chuẩn cửa về quy định kỹ thuật và "
        "phương pháp thử.",
    ),
    (
        "mZo111",
        "vi",
        "skcs_bao",
        "Tư vấn gia cố cửa kính trước mùa bão",
        "Hướng dẫn hộ gia đình và cửa hàng bảo vệ cửa kính khi bão, giông lốc: dán băng keo chữ X không làm kính bền hơn mà "
        "còn làm mảnh vỡ dính thành mảng nguy hiểm; nguyên nhân vỡ là vật bay, gió cấp 12–17 tạo áp suất lớn và mưa tạt. Đề "
        "xuất che chắn, gia cố khung và thay kính phù hợp.",
    ),
    # --- quoting, design and cutting-optimisation software ---
    (
        "mZo112",
        "en",
        "windoor_config",
        "Windows-Doors: order costing and quoting software for window and door sellers",
        "Software in two parts: Dealer for entering and pricing orders, Configurator for setting up the database. Dealers "
        "can price from the manufacturer's price tables (widths across, heights down), by single-sash product or by area; "
        "fabricators price from component sets with or without profile detail. It generates the contract, annex with "
        "sketches, offer, production order and materials list.",
    ),
    (
        "mZo113",
        "vi",
        "ipc_designer",
        "Phần mềm thiết kế, báo giá và quản lý sản xuất cửa Window Designer",
        "Phần mềm nhập một lần từ báo giá tới sản xuất, giao hàng và hoá đơn, dùng cho uPVC, nhôm và gỗ; hỗ trợ cửa mở lật, "
        "mở quay, cửa đi, cửa trượt; thư viện hơn 32.000 mẫu, tự thiết kế kiểu khung với tối đa bốn đố ngang, đố đứng khác "
        "nhau; tự tạo nhiều hệ profile.",
    ),
    (
        "mZo114",
        "en",
        "ra_cutting",
        "Joinery calculation software with cutting list reports for profiles and glass",
        "Calculation application for aluminium and PVC joinery whose job is to compute exact cut lengths of profiles and "
        "glass sizes. The cutting report lists code, name, quantity, length, glass height, first and second cutting angles "
        "and a reference per item, can be filtered by consumption group and links to assembly lists, execution plans and "
        "cutting optimisation.",
    ),
    (
        "mZo115",
        "vi",
        "adaptiv_cpq",
        "Phần mềm CPQ tự tạo danh mục vật tư và danh sách cắt từ báo giá",
        "Giải pháp cấu hình – báo giá (CPQ) cho sản phẩm làm theo kích thước: từ báo giá tự sinh BOM và danh sách cắt sẵn sàng "
        "sản xuất, kiểm tra tương thích (ví dụ kính ba lớp với hệ khung, màu khung có sẵn), tránh lỗi nhập tay giữa kinh doanh "
        "– kỹ thuật – xưởng và rút ngắn thời gian báo giá.",
    ),
    (
        "mZo116",
        "en",
        "lengthnest",
        "LengthNestPro: free one-dimensional nesting software",
        "Free Windows application that minimises scrap when cutting stock lengths into shorter parts. Enter part lengths "
        "and quantities and nesting settings, click Calculate; column generation and branch-and-bound find the optimum, a "
        "maximum-containers setting limits parts cut at once, and results are exported to XML.",
    ),
    (
        "mZo117",
        "vi",
        "pypi_linearcutting",
        "Thư viện tối ưu cắt thanh một chiều linearcutting",
        "Thư viện Python không phụ thuộc gói nào, tính cách cắt danh sách chi tiết từ thanh nguyên (thép, gỗ, ống, nhôm định "
        "hình) với ít phế liệu, ít thanh hoặc ít lần chỉnh cữ cưa nhất; tìm kiếm nhánh cận có chứng minh tối ưu. Ví dụ 2400×5 và "
        "1800×3 trên thanh 6000 mm dùng 4 thanh, hiệu suất 72,5%. Gói miễn phí 30 lượt/giờ, 250 lượt/tháng.",
    ),
    (
        "mZo118",
        "en",
        "docsrs_cut1d",
        "cut-optimizer-1d: open-source linear cut optimiser library",
        "Rust library, dual licensed MIT or Apache 2.0, that lays out linear cut pieces on stock pieces with the least "
        "waste using genetic algorithms and several heuristics; it does not guarantee the absolute optimum but usually gives "
        "a satisfactory plan quickly.",
    ),
    (
        "mZo119",
        "vi",
        "cutoptim_mcp",
        "Tối ưu cắt tấm kính hai chiều trực tuyến",
        "Dịch vụ tối ưu cắt trực tuyến cho kính, gỗ, kim loại, nhựa: xếp các chi tiết hình chữ nhật lên tấm nguyên, trả về sơ "
        "đồ đặt chi tiết, phần dư, trình tự cắt guillotine và hiệu suất; cũng có tối ưu cắt thanh một chiều, xem dạng SVG và xuất "
        "PDF.",
    ),
    (
        "mZo120",
        "en",
        "softtech_config",
        "Evaluating fenestration configuration software before you buy",
        "Guidance from a fenestration software vendor on looking 'under the hood' of configurators: how product rules, "
        "options and pricing are modelled, and how to tell whether a system will be maintainable as the product range grows.",
    ),
    (
        "mZo121",
        "vi",
        "usglass_software98",
        "Tư vấn chọn phần mềm tính giá và danh sách cắt cho xưởng cửa",
        "Tư vấn lựa chọn phần mềm cho nhà sản xuất cửa: nhiều phần mềm giữ sẵn danh mục vật tư cho từng cấu hình, xuất giá "
        "thành và danh sách cắt trong một dải kích thước, vẽ bản vẽ theo tỷ lệ, cho chọn loại kính và phụ kiện; thêm tính năng "
        "thì cơ sở dữ liệu phải bảo trì nhiều hơn.",
    ),
    (
        "mZo122",
        "en",
        "acg_xingfa",
        "Shop-floor quality plan for cutting powder-coated Xingfa profiles",
        "Quality procedure package for aluminium workshops: inspect incoming powder-coated profiles for bowing, scratches "
        "and the right system series before cutting, protect them with film and padded racks, and hold mullion length "
        "tolerances of -0.5 mm below 1,000 mm, +/-0.5 mm from 1,000 to 2,100 mm and +/-1 mm from 2,100 to 2,500 mm.",
    ),
    # --- further relevant offers ---
    (
        "mZo123",
        "en",
        "equip_history",
        "Upgrading from cut-and-pour to polyamide thermal breaks",
        "Machinery supplier helping fabricators replace the old cut-and-pour method, where a one-piece section was cut and "
        "re-joined with a narrow polyurethane barrier that lost stiffness and shrank with age, by two-half profiles joined "
        "with high-strength polyamide whose strength and expansion match aluminium; dual colours inside and out become easy.",
    ),
    (
        "mZo124",
        "en",
        "thermevo_machines",
        "Choosing thermal-break rolling machines for consistent U-values",
        "Advice on what a thermal break assembly machine must do: polyamide strips have to sit in exactly the right "
        "position, touch the inside of the frame as little as possible and stay locked in place during transport, otherwise "
        "the frame's U-value and passive-house performance suffer whatever the strip quality.",
    ),
    (
        "mZo125",
        "en",
        "glassmag_robotic",
        "Robotic automation for insulating glass lines and glass edgers",
        "Distributor of robotic systems for glass fabricators: automatic loading and unloading of vertical edgers with a "
        "barcode scan and almost no operator intervention, and adaptive robots for gas filling, closing and sealing of "
        "insulating glass units and handling oversized glass, to cope with labour shortages.",
    ),
    (
        "mZo126",
        "en",
        "usglass_triples",
        "Decorative insulating glass with multiple-cavity spacer systems",
        "Fabrication know-how for decorative door and window lites built as triples - two balanced air spaces that raise "
        "R-values and protect decorative lites - with consistent spacer placement for a uniform sightline, moving from metal "
        "spacer bars with beaded desiccant and polysulphide sealant to newer spacer systems.",
    ),
    (
        "mZo127",
        "en",
        "vp_cuongluc",
        "Toughened safety glass for doors, walls and windows",
        "Door and window firm supplying toughened glass hardened with intense heat above 750 degrees Celsius; a 3/4 inch "
        "panel withstands a half-pound iron ball dropped from 36 feet and breaks into harmless fragments. Used for doors, "
        "walls, entrances and buildings in hurricane areas.",
    ),
    (
        "mZo128",
        "vi",
        "ttgd_wipha",
        "Thanh chắn gia cố khung cửa kính chống gió bão",
        "Cung cấp và lắp thanh chắn gỗ hoặc kim loại (thép, nhôm) đặt ngang, chéo qua khung cửa kính, bắt vít hoặc đinh bê "
        "tông vào tường để phân tán lực gió giật, giảm rung lắc làm nứt kính; kèm kiểm tra chốt khoá, ray trượt và bịt khe hở "
        "quanh khung trước mùa bão.",
    ),
    (
        "mZo129",
        "vi",
        "dmt_upvc",
        "Đánh giá khách quan tính năng cửa uPVC trước khi đầu tư",
        "Tư vấn độc lập cho cơ sở định làm cửa nhựa lõi thép: uPVC bền hoá học, không cong vênh, kín khít, nhưng không vượt "
        "trội mọi mặt như quảng cáo; so sánh với cửa nhôm, cửa gỗ về giá, độ bền dưới nắng nóng và khả năng chống cháy để "
        "chọn dòng sản phẩm phù hợp.",
    ),
    (
        "mZo130",
        "en",
        "clearwindow_upvc",
        "uPVC window fabrication: steel reinforcement and welded corners",
        "Know-how package for starting uPVC window production: rigid PVC-U profiles are cut, fitted with matching steel "
        "reinforcement to stiffen the frame, fusion-welded at the corners, cleaned, drained and fitted with hardware and "
        "glass. Covers how the process differs from aluminium window fabrication.",
    ),
    (
        "mZo131",
        "en",
        "giathai_firedoor",
        "Fire-rated steel door manufacturing: materials, fabrication and certification",
        "Know-how transfer for fire door production: 0.8-1.2 mm galvanised steel skins, honeycomb, glass wool or magnesium "
        "oxide cores, heat-resistant locks, hinges and panic bars, then machining, surface treatment and quality testing so "
        "the doors pass fire certification rather than only looking solid.",
    ),
    (
        "mZo132",
        "en",
        "voidai_temper",
        "Glass tempering for windows, shower doors and furniture",
        "Tempering service heating glass to around 620 degrees Celsius and cooling it quickly with air jets to create "
        "surface compression; the glass resists impact and thermal stress and, if broken, shatters into small blunt pieces.",
    ),
    # --- distractors: neighbouring fields that share words with the needs ---
    (
        "mZo133",
        "vi",
        "embedone_lon",
        "Dây chuyền tái chế lon nhôm đồ uống",
        "Chuyển giao quy trình tái chế lon nhôm: thu gom, phân loại, làm sạch, nấu chảy lại thành nhôm lỏng và đúc thỏi cán "
        "làm lon mới. Thế giới dùng khoảng 180 tỷ lon nhôm mỗi năm nên tái chế lon là ngành có nguồn nguyên liệu dồi dào.",
    ),
    (
        "mZo134",
        "vi",
        "ptd_taiche",
        "Thu mua và tái chế nhôm phế liệu",
        "Thu mua nhôm phế liệu các loại (hộp, lon, vỏ máy, chi tiết hỏng), phân loại theo hợp kim, nghiền nhỏ, nấu chảy và "
        "tinh chế trong lò nhiệt độ cao rồi đúc thành tấm, thanh, dây; tái chế tiêu tốn ít năng lượng và phát thải CO2 hơn sản "
        "xuất nhôm từ quặng.",
    ),
    (
        "mZo135",
        "en",
        "pfmp_recycle",
        "Closed-loop aluminium recycling for beverage cans",
        "Recycling programme in which cans are collected, sorted and re-melted into new cans; recycled aluminium needs only "
        "5% of the energy of primary metal, keeps its properties through endless cycles, and over half of beverage cans are "
        "already collected and recycled.",
    ),
    (
        "mZo136",
        "vi",
        "foil_recycle",
        "Tái chế giấy bạc (lá nhôm) bao bì",
        "Nhà máy lá nhôm hơn 20 năm hướng dẫn quy trình tái chế giấy nhôm: làm sạch cặn thức ăn, tách khỏi nhựa và giấy, gom "
        "miếng lớn, phân loại và nén giảm thể tích trước khi nấu chảy thành bao bì thực phẩm, vật liệu xây dựng.",
    ),
    (
        "mZo137",
        "en",
        "gogreen_glass",
        "Container glass recycling: what the furnace will accept",
        "Collection service for food and beverage glass containers, colour-sorted and free of metals, ceramics and stones "
        "so the cullet is furnace-ready. Window glass, ovenware, Pyrex and crystal are made differently and are not accepted "
        "because they cause defective containers.",
    ),
    (
        "mZo138",
        "en",
        "scribd_bottles",
        "Using cullet in glass bottle manufacturing",
        "Technical note for container glass plants: batches of sand, soda ash, limestone and cullet are melted at 2,600-2,800 "
        "degrees Fahrenheit and moulded into bottles; recycled glass can replace up to 95% of raw materials, saving energy "
        "and extending furnace life.",
    ),
    (
        "mZo139",
        "vi",
        "blog_bottles",
        "Sản xuất chai lọ thuỷ tinh từ thuỷ tinh tái chế",
        "Quy trình ba bước: thu gom chai lọ, xử lý cullet (loại gốm sứ, kim loại, sỏi, phân màu, nghiền cỡ hạt đạt chuẩn lò) "
        "và nấu chảy sản xuất chai mới; cullet có thể chiếm tới 70% phối liệu, chai tái chế quay lại kệ hàng trong khoảng 30 "
        "ngày.",
    ),
    (
        "mZo140",
        "en",
        "heaven_arglass",
        "Solar AR glass: tempered low-iron front covers for PV panels",
        "Supply of tempered low-iron glass with anti-reflective coating for solar modules: iron below 0.05% Fe2O3, light "
        "transmission 93-95%, reflection cut from 4% to 1-2%, 5 to 7 times stronger than annealed glass; 3.2 mm fronts for "
        "monofacial panels and 2.0-2.5 mm for bifacial glass-glass modules.",
    ),
    (
        "mZo141",
        "vi",
        "chinasolar_glass",
        "Kính cường lực chuyên dụng cho tấm pin năng lượng mặt trời",
        "Nhà sản xuất tấm pin cung cấp kính cường lực sắt thấp (≤120 ppm) truyền sáng trên 91%, tới 96% khi có lớp chống phản "
        "xạ, mặt dưới nhám để bám EVA khi ép, chịu UV lâu năm; khác kính cường lực cửa sổ vốn chỉ truyền sáng khoảng 85–90%.",
    ),
    (
        "mZo142",
        "en",
        "solarchoice_arc",
        "Anti-reflection coatings for photovoltaic module glass",
        "Coating technology for PV cover glass that cuts the 4% reflection loss and can add up to 3% or more module "
        "efficiency; glass is 8-10% of module cost. Alternative to surface texturing, which can trap dirt.",
    ),
    (
        "mZo143",
        "en",
        "solarmango_gg",
        "Glass/glass laminates for sealing solar modules",
        "Tempered low-iron glass laminates for encapsulating solar modules, with high solar transmittance and optional "
        "transparent conductive oxide, anti-reflective and sodium barrier layers; tempered glass up to six times the strength "
        "of normal plate glass.",
    ),
    (
        "mZo144",
        "vi",
        "gvn360_case",
        "Giải thích vì sao kính 'cường lực' trên vỏ case máy tính vẫn vỡ",
        "Bài giảng phổ biến kiến thức cho người chơi máy tính: tempered glass nên hiểu là kính tôi nhiệt; lớp bề mặt có ứng "
        "suất cao nên vỡ thành mảnh nhỏ, nhưng không khoan, cắt, mài được sau khi tôi và một va chạm vào cạnh có thể làm vỡ "
        "toàn bộ tấm kính hông case.",
    ),
    (
        "mZo145",
        "vi",
        "thinhphat_mai",
        "Gia cố mái nhà chống bão cho nhà dân ven biển",
        "Dịch vụ gia cố mái trước bão: thay ngói nứt, tôn gỉ, dùng tôn dày từ 0,4 mm, siết vít có vòng đệm cao su, thay mái "
        "fibro xi măng giòn bằng tôn lạnh hoặc ngói màu; củng cố khung kèo, xà gồ và các liên kết mái.",
    ),
    (
        "mZo146",
        "vi",
        "etot_maiton",
        "Chống tốc mái tôn bằng tấm bê tông đúc và dây thép",
        "Hướng dẫn 8 cách chống bão cho nhà mái tôn, trong đó đúc tấm bê tông khoảng 30×30×10 cm (dưới 20 kg) đặt ở mép dưới, "
        "đỉnh và chỗ chồng mí tôn, buộc liên kết bằng dây thép vắt qua đỉnh mái để giảm lực kéo lên các vít.",
    ),
    (
        "mZo147",
        "vi",
        "olympic_maiton",
        "Tôn lợp và giải pháp chống bão cho mái tôn",
        "Nhà sản xuất tôn hướng dẫn chống bão cho nhà mái tôn: phát quang, tỉa cành cây gần nhà, gia cố vít và xà gồ, chọn "
        "tôn cách nhiệt chất lượng để mái bền vững qua bão mạnh trên cấp 12.",
    ),
    (
        "mZo148",
        "vi",
        "nhamang_dualuoi",
        "Thiết kế, thi công nhà màng trồng dưa lưới",
        "Thi công nhà màng khung thép theo quy cách kỹ thuật trồng dưa lưới: kết cấu chịu gió bão, màng lợp tối ưu ánh sáng, "
        "nhiệt độ, độ ẩm, hệ thông gió và lưới chắn côn trùng để giảm sâu bệnh và nâng năng suất.",
    ),
    (
        "mZo149",
        "vi",
        "tolelight_nhamang",
        "Tấm lợp lấy sáng cho nhà màng, nhà kính trồng rau",
        "Cung cấp tấm lợp composite FRP và tư vấn vật liệu lợp nhà kính dựa trên nghiên cứu 2019: so sánh độ truyền bức xạ "
        "mặt trời của FRP, polycarbonate, acrylic, màng PE và kính; màng PE truyền cao nhưng tuổi thọ ngắn và khuếch tán sáng "
        "thấp.",
    ),
    (
        "mZo150",
        "en",
        "metalzenith_3004",
        "EN AW-3004 aluminium sheet for cans, cookware and cladding",
        "Supply of non-heat-treatable Al-Mn-Mg alloy 3004 sheet and coil, strain-hardened for moderate strength and "
        "excellent deep drawing; used mainly for beverage can bodies and containers, HVAC fins, cookware and architectural "
        "trim rather than extruded window profiles.",
    ),
    (
        "mZo151",
        "vi",
        "jinxi_cnc",
        "Gia công CNC đa trục chi tiết chính xác theo yêu cầu",
        "Nhận gia công chi tiết kim loại có hình học phức tạp trên máy CNC 4 đến 9 trục, chuyển động đồng thời nhiều trục để "
        "dao tiếp cận phôi từ mọi góc, ít lần gá đặt, độ chính xác và bề mặt cao; phục vụ hàng không, thiết bị y tế, khuôn mẫu.",
    ),
    (
        "mZo152",
        "vi",
        "mangnhua_hanpvc",
        "Hàn nối ống và tấm nhựa PVC",
        "Hướng dẫn và nhận thi công hàn nhựa PVC: gia nhiệt làm chảy bề mặt tiếp xúc của ống, tấm nhựa rồi ép lại thành mối "
        "hàn đồng nhất; dùng cho đường ống nước, bồn, tấm nhựa công nghiệp.",
    ),
    (
        "mZo153",
        "vi",
        "thinhvuong_composite",
        "Sản xuất cửa nhựa composite chống nước, chống mối mọt",
        "Quy trình sản xuất cửa nhựa composite: chuẩn bị và phối trộn nguyên liệu, ép đùn hoặc ép tấm, gia công bề mặt, lắp "
        "ráp và kiểm soát chất lượng; cửa dùng cho phòng ngủ, nhà vệ sinh trong nhà dân và văn phòng.",
    ),
    (
        "mZo154",
        "vi",
        "webnoithat_cong",
        "Cổng nhôm đúc hoa văn làm thủ công",
        "Sản xuất cổng hợp kim nhôm đúc: khách chọn mẫu, lên bản vẽ CAD và 3D, thợ chạm đục khuôn gỗ hoa văn, đúc, đánh bóng, "
        "mài dũa, sơn và nhũ hoàn toàn thủ công; phù hợp biệt thự, nhà phố.",
    ),
    (
        "mZo155",
        "en",
        "verrier_stained",
        "Stained glass cutting techniques for artists",
        "Workshop for glass artists on cutting shapes by hand: breaking out deep concave curves first, running scores with "
        "the thumbs, and scoring circles with a suction-mounted circle cutter before relief scores.",
    ),
    (
        "mZo156",
        "vi",
        "lasercut_giacong",
        "Gia công cơ khí theo yêu cầu: cắt laser, chấn, tiện, phay",
        "Xưởng gia công cơ khí nhận cắt laser tấm kim loại, chấn gấp, tiện, phay, hàn theo bản vẽ cho chi tiết máy, vỏ tủ "
        "điện, kết cấu; giới thiệu các phương pháp gia công phổ biến hiện nay.",
    ),
    (
        "mZo157",
        "vi",
        "timtailieu_maycat",
        "Giáo trình Máy cắt kim loại (đại học sư phạm kỹ thuật)",
        "Giáo trình 260 trang của bộ môn công nghệ chế tạo máy: phân loại máy công cụ theo tiêu chuẩn Việt Nam (máy cắt kim "
        "loại, máy gia công gỗ, máy gia công áp lực, máy hàn, máy đúc), nguyên lý tạo phoi và dao cắt; dùng cho sinh viên cơ "
        "khí.",
    ),
    (
        "mZo158",
        "vi",
        "xds_sonlot",
        "Sơn lót và sơn phủ cho tường nhà",
        "Tư vấn chọn sơn lót kháng kiềm, chống nấm mốc và sơn phủ nội, ngoại thất cho tường bê tông, thạch cao; quy trình thi "
        "công lót – phủ để màu bền và bám dính tốt.",
    ),
    (
        "mZo159",
        "en",
        "pinocchio_anod",
        "Anodizing for carabiners, threaded parts and capacitors",
        "Electrolytic anodizing of small aluminium and titanium parts: dyed colour finishes for climbing carabiners, "
        "anti-galling films on threaded components and dielectric films for electrolytic capacitors; thick porous coatings "
        "are sealed for corrosion resistance.",
    ),
    (
        "mZo160",
        "en",
        "htfbw_extr",
        "Hydro-jet, CNC plasma cutting and robotic welding of extruded parts",
        "Secondary processing of extruded and sheet parts: hydro-jet cutting of shapes without crushing hollow sections, "
        "CNC plasma and laser cutting from patterns, and robotic spot welding of thin-gauge assemblies such as car frames "
        "and chassis.",
    ),
    (
        "mZo161",
        "en",
        "abrf_roll",
        "Cold roll forming lines for metal profiles",
        "Roll forming lines that progressively bend a continuous metal strip at room temperature through sets of rollers "
        "into roofing panels, structural framing members, automotive parts and custom profiles, with tight tolerances and "
        "high production rates.",
    ),
    (
        "mZo162",
        "en",
        "xiheps_oven",
        "Tempered glass for oven, microwave and refrigerator doors",
        "Supplier of tempered glass components for household appliances - oven door glass, microwave door glass, "
        "refrigerator shelves and control panels - heated to about 620 degrees Celsius and quenched with air jets so it "
        "withstands repeated heating and cooling.",
    ),
]
