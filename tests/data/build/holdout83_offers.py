"""Offers of the holdout83 labelled set: (id, language, source key, title, description).

Theme: plastics, rubber and composite product workshops. Each offer paraphrases the public page named by its source key.
"""

OFFERS = [
    # --- injection moulding: machines, energy, moulds, cooling ---
    (
        "lGo001",
        "en",
        "hwamda",
        "Servo-hydraulic injection moulding machines for thin-wall products",
        "Machine builder supplying dual-pump servo-hydraulic injection moulding machines. Measured use is about 1.0-1.2 kWh per kg "
        "of resin against 1.4-1.6 kWh/kg for constant-pump hydraulic presses (1.1-1.4 against 1.8-2.2 kWh/kg on fast thin-wall "
        "work), i.e. 30-40% less electricity, while keeping high injection speed. All-electric presses reach 0.9-1.1 kWh/kg but cost 40-60% more.",
    ),
    (
        "lGo002",
        "en",
        "ato_servo",
        "Servo-drive retrofit for existing hydraulic injection moulding machines",
        "Energy-saving retrofit that replaces the fixed-speed motor and pump drive of a hydraulic injection moulding machine with a "
        "servo system that delivers only the flow and pressure each phase of the cycle needs. Cuts wasted power from oversized pumps, "
        "lowers oil temperature, motor noise and valve wear. Suited to older presses whose motors are sized far above actual demand.",
    ),
    (
        "lGo003",
        "vi",
        "tangram5",
        "Tư vấn chuyển đổi sang máy ép nhựa toàn điện, tính chi phí vòng đời",
        "Dịch vụ tư vấn hiệu quả năng lượng cho xưởng ép phun: so sánh máy thủy lực với máy ép toàn điện theo tổng chi phí vòng đời "
        "(giá mua cộng chi phí vận hành). Máy toàn điện có thể giảm 30-60% điện năng cho mỗi sản phẩm, bỏ được hệ thống làm mát dầu thủy lực, "
        "thường rút ngắn chu kỳ nhờ chạy song song các động tác. Điện năng chiếm khoảng 4-5% giá thành sản phẩm ép và đang tăng.",
    ),
    (
        "lGo004",
        "en",
        "fab_rule",
        "Energy benchmarking and machine selection for injection moulders",
        "Plastics engineering consultancy that benchmarks a moulder's presses and advises on replacement. Taking a constant-pump "
        "hydraulic machine as 100%, a servo-pump hydraulic press uses about 54-55% of the energy and an all-electric press about 48-49%; "
        "the recommendation is made part by part, since some parts are better run on a servo-hydraulic machine.",
    ),
    (
        "lGo005",
        "vi",
        "pt_servo",
        "Khóa đào tạo vận hành, bảo trì máy ép phun dẫn động servo",
        "Khóa học cho kỹ thuật viên và quản đốc xưởng ép: phân biệt máy toàn điện (ba trục chính kẹp khuôn, phun, định lượng chạy servo), "
        "máy lai và máy thủy lực bơm servo; hệ thu hồi năng lượng phanh (KERS); chi phí, hiệu suất, bảo trì và những kỹ năng mới mà "
        "nhân viên cần khi xưởng chuyển sang máy servo.",
    ),
    (
        "lGo006",
        "en",
        "milacron_bb",
        "All-electric injection press with connected monitoring service",
        "All-electric injection moulding machine series reported to use about 60% less energy and 90% less water than hydraulic "
        "systems, with servo-axis precision for tight-tolerance parts. Comes with an internet-of-things package: remote service, OEE "
        "and downtime analytics, data collection and maintenance and spare-part recommendations.",
    ),
    (
        "lGo007",
        "vi",
        "minhtrieu",
        "Thiết kế, gia công khuôn ép nhựa chính xác theo đơn đặt hàng",
        "Công ty cơ khí chính xác nhận thiết kế và gia công trọn bộ khuôn ép nhựa bằng thép chuyên dụng: lòng khuôn, lõi, hệ kênh dẫn, "
        "cơ cấu đẩy và hệ làm mát, gia công với dung sai rất nhỏ, báo giá theo từng sản phẩm. Nhận sửa, làm mới khuôn cho sản phẩm "
        "gia dụng và linh kiện, bảo đảm sản phẩm sắc nét, đồng đều.",
    ),
    (
        "lGo008",
        "vi",
        "3dcore_tk",
        "Dịch vụ thiết kế khuôn nhựa 3D theo nguyên tắc kỹ thuật",
        "Nhóm kỹ sư thiết kế khuôn trên mô hình 3D: tính độ co rút của từng loại nhựa, chọn hướng tháo khuôn, bố trí kênh dẫn và làm mát, "
        "bảo đảm khuôn dễ gia công, dễ bảo trì và chạy ổn định lâu dài. Một bản vẽ sai 0,1 mm đủ làm cả dây chuyền dừng, nên thiết kế "
        "được kiểm tra trước khi cắt thép.",
    ),
    (
        "lGo009",
        "en",
        "zetar_cool",
        "Injection mould making with conformal cooling and DFM review",
        "Mould maker (in business since 2005) that runs a design-for-manufacture review at quotation stage and builds moulds with "
        "optimised or conformal cooling channels. Cooling is typically 60-80% of the cycle; conformal channels cut cooling time by "
        "20-40% against straight-drilled lines, and Moldflow simulation finds hot spots before steel is cut.",
    ),
    (
        "lGo010",
        "vi",
        "mouldnova",
        "Tính toán thời gian làm nguội và tối ưu chu kỳ ép phun",
        "Dịch vụ kỹ thuật tính thời gian làm nguội theo công thức truyền nhiệt cho từng loại nhựa và bề dày thành sản phẩm (thời gian tỉ lệ "
        "với bình phương bề dày), rồi đề xuất các giải pháp rút ngắn: làm nguội 10-60 giây thường chiếm 60-70% chu kỳ, giảm được 10-15% "
        "là tăng sản lượng đáng kể; kèm mô phỏng khi cần.",
    ),
    (
        "lGo011",
        "vi",
        "spkt_khuon",
        "Bộ khuôn ép nhựa mẫu và chương trình đào tạo thiết kế khuôn",
        "Nhóm giảng viên Khoa Cơ khí chế tạo máy, Trường ĐH Sư phạm Kỹ thuật TP.HCM (đề tài T2015-26) đã thiết kế và chế tạo bộ khuôn "
        "ép nhựa phục vụ đào tạo; sẵn sàng chuyển giao tài liệu, hướng dẫn thiết kế khuôn và đào tạo thợ, kỹ thuật viên cho doanh nghiệp.",
    ),
    (
        "lGo012",
        "en",
        "plasticmold_cool",
        "Mould cooling systems: temperature controllers, manifolds and channels",
        "Supplier of complete injection-mould cooling circuits: temperature control units, pumps, supply and collection manifolds, "
        "hoses and cooling channels in the mould plates. Mould cooling takes more than two-thirds of the cycle; an efficient, uniform "
        "circuit shortens it and reduces residual stress and dimensional drift.",
    ),
    (
        "lGo013",
        "en",
        "northslope",
        "Process chillers for injection moulding cooling",
        "Chiller manufacturer supplying water chillers and cooling equipment for injection moulding lines. Cooling accounts for most of "
        "the moulding sequence after injection; even, controlled cooling (including conformal channels) avoids warpage, sink marks and "
        "weld lines and keeps resin from degrading in long molten dwell.",
    ),
    (
        "lGo014",
        "vi",
        "tt38",
        "Tư vấn định mức tiêu hao năng lượng ngành nhựa theo Thông tư 38/2016/TT-BCT",
        "Dịch vụ hướng dẫn doanh nghiệp nhựa đối chiếu mức tiêu thụ năng lượng với định mức tại Thông tư 38/2016/TT-BCT của Bộ Công Thương, "
        "lập hồ sơ báo cáo và kế hoạch tuân thủ.",
    ),
    (
        "lGo015",
        "vi",
        "ritech_pb",
        "Sửa chữa biến tần, servo, PLC và HMI máy công nghiệp",
        "Công ty điện tử công nghiệp ở Hà Nội nhận sửa biến tần nhiều hãng, driver và động cơ servo, encoder, bo mạch, PLC, màn hình HMI "
        "và nguồn cho máy móc công nghiệp, cử thợ đến tận nơi, có sẵn linh kiện thay thế.",
    ),
    (
        "lGo016",
        "en",
        "trinity_pb",
        "High-speed PVC and WPC profile extrusion tooling and cutting saws",
        "Manufacturer of extrusion downstream equipment: calibrators up to 17 m for high-speed profile lines, dust-free hot cutting "
        "saws for PVC profiles (cut height up to 140 mm, width 150/250 mm, 2.2 kW) and tooling for wood-plastic and foamed profiles; "
        "claims 35-45% energy saving over common equipment.",
    ),
    # --- blow moulding and rotational moulding ---
    (
        "lGo017",
        "en",
        "ebm_20l",
        "20-litre jerrycan extrusion blow moulding machine, single station",
        "Fully automatic extrusion blow moulding machine with one station and one die head, built to make 20-litre jerrycans for water, "
        "fuel and chemicals. The precise die head gives a uniform parison and even wall thickness (no weak spots, fewer leaks); the "
        "single-station layout needs little floor space.",
    ),
    (
        "lGo018",
        "vi",
        "ebm_jerry",
        "Máy đùn thổi can HDPE một khối cho can 5-20 lít",
        "Cung cấp máy đùn thổi (EBM) làm can nhựa HDPE: nhựa hạt nấu chảy thành ống phôi, khuôn kẹp lại, khí nén thổi phôi áp sát khuôn, làm "
        "nguội bằng nước rồi cắt bavia. Mỗi can mất 30-60 giây, một máy làm được hàng trăm can mỗi ngày; can liền một khối, không mối nối nên "
        "chịu rơi, chịu xếp chồng và hóa chất.",
    ),
    (
        "lGo019",
        "en",
        "ebm_phil",
        "On-site troubleshooting of jerrycan blow moulding lines",
        "Engineering team that travels to customers' plants to fix extrusion blow moulding problems: uneven wall thickness, bad neck "
        "finish and leaks in pressure tests. They study the production data, measure the parison at many points, adjust die head, "
        "screw speed and air pressure, bring spare die heads and blow pins and train operators (case: two machines making 50-litre cans).",
    ),
    (
        "lGo020",
        "vi",
        "petpack_ebm",
        "Hệ thống đùn thổi 1-2 bộ khuôn, can đến 200 lít, phôi nhiều lớp",
        "Mạng lưới bao bì PET (PPN) cung cấp giải pháp đùn thổi: phôi HDPE có thể nhiều lớp để tăng rào cản khí hoặc kẹp lớp nhựa tái chế ở giữa; "
        "máy 1 hoặc 2 bộ khuôn (loại 2 khuôn năng suất cao hơn), làm chai lọ đến thùng 200 lít; với thùng lớn nên làm lạnh khí thổi để rút ngắn chu kỳ.",
    ),
    (
        "lGo021",
        "vi",
        "thaiduong",
        "Gia công ép thổi chai, can, bình nhựa theo đơn hàng",
        "Thái Dương Plastics nhận gia công ép thổi sản phẩm rỗng: chai PET, can và chai HDPE/PP cho hóa chất và gia dụng, thùng chứa; tư vấn "
        "chọn phương pháp ép thổi theo sản phẩm; có thể làm chai nhiều lớp, dùng nhựa tái chế ở lớp giữa để giảm chi phí.",
    ),
    (
        "lGo022",
        "en",
        "blowpet",
        "PET stretch blow moulding machines for bottles from 50 mL to 30 L",
        "Supplier of PET injection-stretch blow moulding machines for round, oval and square bottles from 50 mL to 30 L, for mineral "
        "water, juices, edible oil, sauces, detergents and pesticides. PET bottles are light, strong, clear and food-safe.",
    ),
    (
        "lGo023",
        "vi",
        "mrchailo",
        "Cung cấp chai nhựa PET sản xuất theo quy trình ISO",
        "Nhà sản xuất chai lọ PET (Salub Việt Nam) giới thiệu quy trình làm chai đạt ISO và nhận cung cấp chai PET thành phẩm, chủ yếu cho mỹ phẩm; "
        "nhựa PET bền hóa chất, hút ẩm thấp, giữ kích thước ổn định.",
    ),
    (
        "lGo024",
        "en",
        "epsole",
        "Blown film extrusion lines for polyethylene bags and film",
        "Manufacturer of film blowing machines: the screw extruder melts polyethylene, the die forms a film bubble, an air ring cools "
        "it and a haul-off and winder roll it up. Also describes hollow-container blow moulding in general terms.",
    ),
    (
        "lGo025",
        "en",
        "technopreneur_roto",
        "Project profile: rotomoulded polyethylene water tank plant",
        "Technology project profile for starting a rotational moulding unit making seamless PE water tanks and containers: biaxial "
        "rotation in an oven gives stress-free parts with even walls and no thinning at corners, double-wall, multilayer or foamed "
        "options, low mould cost. India's industry began in the 1970s with water tanks and now counts over 200 rotomoulders.",
    ),
    (
        "lGo026",
        "en",
        "frbiz_roto",
        "Rotomoulded plastic road barriers and aluminium moulds",
        "Seller of rotational moulding aluminium moulds and rotomoulded road barriers; explains that the process melts thermoplastic "
        "powder in a rotating mould with little scrap and cheaper moulds than injection or blow moulding.",
    ),
    # --- recycled plastic: pellets, farm film ---
    (
        "lGo027",
        "vi",
        "thanglong_may",
        "Máy băm nghiền nhựa và máy ép đùn tạo hạt tái chế",
        "Nhà sản xuất máy tái chế nhựa cung cấp theo từng công đoạn: máy băm tốc độ cao cho màng PE/PP mỏng, tốc độ trung bình cho chai PET, HDPE, "
        "máy trục đơn/trục đôi cho pallet, thùng phuy dày; máy ép đùn nấu chảy mảnh nhựa và ép qua khuôn để tạo hạt tái chế. Tư vấn chọn thiết bị theo nhu cầu.",
    ),
    (
        "lGo028",
        "vi",
        "recyclingmachines_vi",
        "Dây chuyền hạt nhựa tái chế trọn gói: phân loại, nghiền, rửa, sấy, tạo hạt",
        "Cung cấp dây chuyền làm hạt nhựa tái chế đủ các bước: phân loại theo loại nhựa, nghiền thành mảnh, rửa bằng phương pháp vật lý hoặc hóa học "
        "để loại đất, dầu, cặn hóa chất, sấy khô để tránh hạt bị ẩm làm tăng phế phẩm, sau cùng là ép đùn tạo hạt.",
    ),
    (
        "lGo029",
        "en",
        "polystar_agfilm",
        "Agricultural film recycling and pelletizing line",
        "Recycling machine maker with lines for mulch, greenhouse, banana and tunnel film: sort into LDPE, HDPE and PP; crush while "
        "still damp so blades are not damaged; triple washing with a drying centrifuge after each wash and a hot-air centrifuge to "
        "bring moisture to 3-5%; then pelletizing into reusable granules.",
    ),
    (
        "lGo030",
        "en",
        "boxin_agfilm",
        "Washing and recycling lines for mulch and greenhouse film",
        "Supplier of PE film washing lines sized by film type. Mulch film is the dirtiest (soil, grass, thin black film that tears): "
        "from 2,000 kg/h of bales about 1,600 kg is recovered after intensive pretreatment and washing; cleaner greenhouse film yields "
        "about 1,800 kg. PE and PVC films are separated before washing to keep pellet quality.",
    ),
    (
        "lGo031",
        "en",
        "cyjx_agfilm",
        "Friction washers and float-sink tanks for dirty farm film",
        "Washing equipment for agricultural film: multi-stage lines with friction washers and float-sink separation process 1,000-3,000 "
        "kg of film per hour and remove about 90-98% of contaminants (up to 95% purity). Warm water near 60 °C removes sticky residues; "
        "LDPE mulch washes easily, EVA or UV-degraded film is harder.",
    ),
    (
        "lGo032",
        "vi",
        "wwrec_agfilm",
        "Thiết kế dây chuyền tái chế màng phủ nông nghiệp theo nguồn màng",
        "Đơn vị thiết kế dây chuyền tái chế màng: màng phủ luống dày 10-50 micron, khổ đến 3 m, màng ủ chua và nhà kính dày hơn, nhiều lớp; "
        "màng luôn lẫn đất, cát, phân bón, thuốc trừ sâu, dầu. Dây chuyền gồm lựa tay, băm, rửa sơ bộ, rửa và sấy, cấu hình theo nguồn màng cụ thể.",
    ),
    (
        "lGo033",
        "vi",
        "recycleplant_vi",
        "Tư vấn phân loại nhựa phế liệu trước khi tạo hạt",
        "Nhà cung cấp thiết bị tái chế hướng dẫn phân loại nhựa thải theo vật liệu trước khi tạo hạt: PP (bao dệt, sọt trái cây), PE (màng nhà kính, "
        "túi rác), ABS, PET (chai nước), PVC, PC, PA; mỗi loại cần máy tạo hạt và nhiệt độ gia công khác nhau và có giá bán khác nhau.",
    ),
    (
        "lGo034",
        "vi",
        "taiche_123",
        "Quy trình tái chế nhựa phế liệu quy mô hộ và làng nghề",
        "Tài liệu kỹ thuật về công nghệ tái chế nhựa phù hợp Việt Nam, 4 giai đoạn: phân loại thủ công từng loại PE, PP, PVC, PS; xay, ngâm rửa, phơi khô; "
        "tạo hạt: nhựa nấu chảy được trục ép đẩy qua lưới thành sợi 0,3-0,4 cm, làm nguội trong bể nước rồi cắt hạt, pha màu theo yêu cầu.",
    ),
    (
        "lGo035",
        "vi",
        "hatnhua_tanhung",
        "Bán hạt nhựa tái sinh các loại tại TP.HCM",
        "Cơ sở kinh doanh hạt nhựa tái sinh PP, PE, HD và các loại khác, giao hàng cho xưởng sản xuất tại TP.HCM và các tỉnh.",
    ),
    # --- plastic lumber and agro-fibre composites ---
    (
        "lGo036",
        "en",
        "rmd_lumber",
        "Recycled plastic lumber: 100% plastic or 50/50 fibre composite",
        "Know-how for recycled plastic lumber, made since the early 1980s. 100% plastic lumber uses clean post-consumer HDPE (also LDPE, "
        "LLDPE, PP): milk jugs, bags, detergent bottles. Composite lumber blends ground, dried fibre (sawdust, rice hulls) with plastic "
        "about 50/50, compounded in an extruder and pelletized, then flow-moulded or continuously extruded into standard lumber sizes.",
    ),
    (
        "lGo037",
        "vi",
        "docslib_lumber",
        "Nghiên cứu công nghệ đùn gỗ nhựa từ nhựa phế thải",
        "Nhóm nghiên cứu vật liệu (Brazil) về chế tạo gỗ nhựa từ nhựa thải trộn bột gỗ, chất độn khoáng, sợi thực vật: chọn máy đùn một trục, "
        "hai trục đồng/ngược chiều; kiểm soát tỉ trọng, cỡ hạt, độ ẩm, thoát khí và trộn đều. Gỗ nhựa kém cứng hơn gỗ tự nhiên nhưng bền thời tiết hơn.",
    ),
    (
        "lGo038",
        "en",
        "wwh_ricehull",
        "Rice hull-polymer composite pellets and extruded profiles",
        "Technology for thermoplastic bio-composites filled with finely ground rice hulls: hulls are ground, dried and compounded with "
        "PE, PP or polystyrene and extruded into pellets, in two stages or one continuous line; profiles and boards are then extruded "
        "through a shaped die. Rice-hull composites test stronger than straw or palm-fibre ones; colour via masterbatch.",
    ),
    (
        "lGo039",
        "vi",
        "decks_ricehull",
        "Ván sàn composite từ trấu và HDPE tái chế",
        "Giới thiệu công nghệ ván sàn composite trấu: trấu nghiền mịn như bột trộn với HDPE tái chế thành hỗn hợp dẻo rồi ép đùn thành thanh ván, "
        "ít bảo trì, không mục. Ngành lúa gạo thải khoảng 100 triệu tấn trấu mỗi năm; các hãng như Resysta đã thương mại hóa từ 2014.",
    ),
    (
        "lGo040",
        "en",
        "scilit_ricestraw",
        "Rice straw-recycled polystyrene composite boards",
        "Research result on making synthetic wood from mechanically fibrated rice straw (60%) and recycled high-impact polystyrene, "
        "blended in a single-screw extruder, shredded and flat-pressed on a hydraulic press. Boards absorbed less water and were denser "
        "than natural wood and MDF, though single-screw mixing gave limited compatibility.",
    ),
    (
        "lGo041",
        "vi",
        "thanhtung",
        "Ván ép và bàn ghế từ nhựa thải",
        "Công ty TNHH MTV Thanh Tùng (khu xử lý chất thải Vĩnh Tân, Đồng Nai) sản xuất ván ép từ nhựa thải, đã xuất bán cho khách Scotland "
        "và làm bàn ghế tái chế tặng học sinh vùng lũ miền Trung; nhận hợp tác chuyển giao và cung ứng sản phẩm.",
    ),
    (
        "lGo042",
        "en",
        "posterous_lumber",
        "Plastic lumber grades: hollow, solid and glass-fibre structural",
        "Producer information on recycled plastic lumber from HDPE (milk jugs), PET or mixed plastics and 50/50 wood-plastic composite. "
        "Hollow grade suits light loads (fences, signs, shutters), solid grade decks and planters, and structural grade with 20% glass "
        "fibre gives higher strength and less expansion; wood fibre stiffens composites while plastic protects it from rot.",
    ),
    (
        "lGo043",
        "en",
        "laird",
        "Plastic lumber products for decking, benches and gardening",
        "Plastics distributor selling plastic lumber and wood-plastic composite boards for outdoor decking, garden beds, benches, "
        "walkways, outdoor furniture and children's playhouses; resists insects, rot and moisture.",
    ),
    (
        "lGo044",
        "en",
        "mfrbee_wpc",
        "WPC floor boards for sale",
        "Trader offering wood-plastic composite flooring made from thermoplastic resin with rice husk, wheat straw, peanut shell or "
        "bamboo powder; solid and hollow profiles, 100% recyclable.",
    ),
    # --- pallets ---
    (
        "lGo045",
        "en",
        "ptm_pallet",
        "Recycled HDPE and PP pallets from bottle caps and rigid scrap",
        "Pallet maker producing pallets from recycled HDPE and PP, largely hard bottle caps. Scrap is sorted by size and composition, "
        "non-plastic items rejected, then melted and moulded; injection moulding with high-quality regrind gives the best pallets. "
        "Recycled pallets last around ten years, rarely need repair and can be recycled again.",
    ),
    (
        "lGo046",
        "vi",
        "ppp_pallet",
        "Tư vấn chọn vật liệu pallet nhựa tái chế: HDPE, PP, pha trộn, ACM",
        "Tư vấn vật liệu pallet: HDPE (mã 2) bền, chịu va đập; PP (mã 5) cứng, chịu nhiệt, chịu tải tốt khi không có đỡ giữa; HDPE pha PP tái chế "
        "rẻ mà cứng; vật liệu ACM từ phế liệu công nghiệp rẻ nhất nhưng giòn, chỉ hợp pallet dùng một lần.",
    ),
    (
        "lGo047",
        "vi",
        "racklify",
        "Quy trình sản xuất pallet nhựa tái chế và kiểm tra chất lượng",
        "Hướng dẫn công nghệ pallet nhựa tái chế HDPE/PP: thu gom, phân loại loại bỏ tạp chất, làm sạch và sấy, băm thành mảnh, nấu chảy rồi ép đùn "
        "hoặc ép phun thành chi tiết hoặc cả pallet, làm nguội, hoàn thiện và kiểm tra; có thể pha nhựa nguyên sinh để chỉnh tính năng.",
    ),
    (
        "lGo048",
        "vi",
        "binhthuan_fr",
        "Nhà máy tái chế làm pallet và hạt nhựa (Tập đoàn Nhựa Bình Thuận)",
        "Nhà máy nhựa Đông Hải (Hải Dương) của Tập đoàn Nhựa Bình Thuận tái chế nguyên liệu thành pallet và hạt nhựa với 4 máy ép và 2 dây chuyền "
        "tạo hạt, công suất 2.250-2.550 tấn và 16 tấn mỗi ngày; nhận hợp tác thu mua phế liệu và cung ứng pallet.",
    ),
    (
        "lGo049",
        "en",
        "cn_pallet",
        "Advisory on virgin versus recycled HDPE pallets",
        "Pallet manufacturer's guidance: heat and pressure in each reprocessing weaken the polymer, so recycled HDPE pallets are cheaper "
        "but more brittle and variable ('strong today, weak tomorrow'); good for expendable pallets, while asset pallets reused many "
        "times need virgin or carefully controlled resin.",
    ),
    (
        "lGo050",
        "en",
        "plasticpalletsuk",
        "Plastic pallets for sale and hire",
        "UK pallet supplier selling and hiring new and recycled plastic pallets as longer-lasting replacements for wooden pallets.",
    ),
    # --- paving bricks from plastic waste ---
    (
        "lGo051",
        "vi",
        "jomc_gach",
        "Công nghệ gạch nhựa lát vỉa hè từ PP và HDPE phế thải",
        "Nhóm tác giả công bố trên Tạp chí Vật liệu và Xây dựng đã chế tạo 4 loại gạch lát vỉa hè từ nhựa PP và HDPE phế thải: bề mặt phẳng, không khuyết tật, "
        "cường độ uốn 2,16-2,80 MPa; gạch có sợi thủy tinh bền uốn hơn 5,2-11,5%; gạch PP nặng hơn gạch HDPE 4,0-10,6%. Sẵn sàng chuyển giao quy trình.",
    ),
    (
        "lGo052",
        "vi",
        "udn_gach",
        "Gạch không nung mác 7,5 MPa thay một phần mạt đá bằng nhựa PET",
        "Kết quả nghiên cứu (Tạp chí KH&CN ĐH Đà Nẵng): dùng nhựa PET phế thải thay một phần mạt đá trong gạch không nung; để đạt cường độ nén, tính thi công "
        "và độ hút nước theo tiêu chuẩn, tỉ lệ PET tối đa là 12,5%. Gạch nhẹ hơn, giảm ô nhiễm.",
    ),
    (
        "lGo053",
        "vi",
        "hutech_trieukhuc",
        "Gạch không nung từ vụn nhựa thải và xỉ nhôm",
        "Nghiên cứu dùng vụn nhựa từ các hộ xay nhựa làng nghề Triều Khúc (cùng xỉ nhôm biến tính) thay một phần đá mạt trong gạch không nung với xi măng: "
        "vụn nhựa và xỉ có thể chiếm 25-35% thể tích phối liệu, cường độ nén đạt mác M35, có mẫu gần M100.",
    ),
    (
        "lGo054",
        "en",
        "gjenge_mit",
        "Plastic-sand paving blocks: crusher, extruder and hydraulic press",
        "Kenyan enterprise (Gjenge) turning collected plastic waste into pavers: plastic is crushed, mixed with sand at 30/70, heated "
        "and mixed in an extruder, then compressed in a hydraulic press. Works with industries and community groups for collection; "
        "offers its process and machinery know-how as an affordable alternative to cement pavers.",
    ),
    (
        "lGo055",
        "vi",
        "cambodia_eco",
        "Mô hình gạch sinh thái không nung từ nhựa, đất, cát, xi măng",
        "Công ty Eco-Bricks (Campuchia, thành lập 2020, 10 chi nhánh) dùng 5-10 tấn rác nhựa mỗi tháng: nhựa nghiền trộn đất, cát, xi măng, nước, nhựa "
        "chiếm khoảng 35%; ép khuôn, để khô 24 giờ rồi phơi và tưới nước 3-4 tuần, không cần nung, sơn trực tiếp không cần trát.",
    ),
    (
        "lGo056",
        "vi",
        "startup_gach",
        "Startup sản xuất gạch ngói từ rác thải nhựa",
        "Dự án khởi nghiệp thu hồi rác nhựa để làm gạch ngói dùng trong xây dựng, hạ tầng giao thông, nhà xưởng. Việt Nam thải khoảng 1,8 triệu tấn "
        "rác nhựa mỗi năm, chỉ khoảng 20% được thu hồi tái chế; dự án tìm đối tác địa phương để nhân rộng.",
    ),
    (
        "lGo057",
        "vi",
        "chidanphapluat",
        "Thử nghiệm vệt hằn bánh xe bê tông nhựa bằng thiết bị Wheel Tracking",
        "Phòng thí nghiệm giao thông thực hiện phép thử độ sâu vệt hằn bánh xe của bê tông nhựa trộn nóng (cỡ hạt lớn nhất danh định đến 25 mm) theo "
        "quy định kỹ thuật của Bộ GTVT, ba phương pháp A, B, C, mẫu chế bị trong phòng hoặc khoan tại hiện trường.",
    ),
    # --- rubber: seals, gaskets, rolls ---
    (
        "lGo058",
        "en",
        "ceetak",
        "Compression-moulded rubber seals and gaskets to order",
        "Seal manufacturer moulding elastomer parts by compression: the compound (up to 30 ingredients) is mixed, cut or extruded into "
        "slightly oversize blanks, placed in a two-part steel tool and cured in a hydraulic press with heated platens under set pressure, "
        "temperature and time; flash is trimmed. Advises on how the moulding route affects cost, material and seal design.",
    ),
    (
        "lGo059",
        "vi",
        "jhaoyang",
        "Ép nén cao su theo khuôn: khuôn rẻ, lô nhỏ, chi tiết lớn",
        "Xưởng nhận ép nén sản phẩm cao su: phôi cao su chưa lưu hóa được định lượng, đặt vào lòng khuôn hở, đóng khuôn ép và giữ nhiệt, áp suất đến khi "
        "lưu hóa xong. Ưu điểm: chi phí khuôn thấp, hợp đơn hàng nhỏ và chi tiết lớn, nặng như gioăng, đệm, ron.",
    ),
    (
        "lGo060",
        "en",
        "epdm_factory",
        "EPDM gaskets: compounding, extrusion, cutting and curing",
        "EPDM gasket plant: compounds mixed with curatives, accelerators and additives such as UV stabilisers for outdoor use, extruded "
        "into profiles and sheets, cut by CNC or moulded, vulcanised and quality-checked; incoming rubber tested for consistency. EPDM "
        "resists weather, ozone and water.",
    ),
    (
        "lGo061",
        "vi",
        "orbis_rubber",
        "Thiết bị và quy trình sản xuất sản phẩm cao su kỹ thuật",
        "Nhà cung cấp máy cho ngành cao su: chuẩn bị nguyên liệu (cao su thiên nhiên hoặc tổng hợp, chất độn, phụ gia), máy trộn, máy ép khuôn nén, lưu hóa "
        "và hoàn thiện; sản phẩm được thử độ đàn hồi, độ bền theo tiêu chuẩn. Cao su tổng hợp bền nhiệt, hóa chất, hợp làm gioăng, phớt, ống.",
    ),
    (
        "lGo062",
        "en",
        "espint",
        "Compression-moulded radial shaft seals",
        "Seal maker producing radial shaft seals by compression moulding: unmelted rubber is placed in the mould and compressed; "
        "heat and pressure vulcanise it.",
    ),
    (
        "lGo063",
        "vi",
        "caosu_org_taisinh",
        "Cao su tái sinh nhập khẩu giá rẻ",
        "Diễn đàn ngành cao su giới thiệu cao su tái sinh sản xuất trong nước và nhập từ Thái Lan, Ấn Độ, Malaysia, Trung Quốc để hạ giá thành cho nhà máy lốp "
        "và sản phẩm cao su thông dụng.",
    ),
    (
        "lGo064",
        "en",
        "ashok_roll",
        "Paddy dehusking rubber rolls in long-life compounds",
        "Rubber roll manufacturer supplying dehusking rolls for rice mills (sizes from 6 to 20 inches, aluminium or steel drums). Since "
        "the 1970s rolls moved from natural rubber to silica-filled SBR and now carboxylated nitrile, polychloroprene and EPDM for longer "
        "life. A 254 x 254 mm pair runs at 1.28:1 friction ratio with the fast roll at 900 rpm and hulls up to 90% per pass.",
    ),
    (
        "lGo065",
        "vi",
        "luavang_roll",
        "Rulô cao su xay lúa và tư vấn khắc phục rulô bị nhám, mòn không đều",
        "Công ty Lúa Vàng sản xuất rulô cao su lột vỏ trấu và hướng dẫn xử lý khi bề mặt rulô bị nhám, rỗ, mòn lệch: nguyên nhân chính là nhiệt độ vận hành quá cao, "
        "áp lực ma sát lớn, tải kéo dài; hậu quả là giảm hiệu suất bóc vỏ, tăng tỉ lệ gạo gãy, rung máy và giảm tuổi thọ rulô.",
    ),
    (
        "lGo066",
        "en",
        "incepco_roll",
        "Quality specification and hardness checks for dehusking rubber rolls",
        "Roll specialist advising on choosing de-husking rolls: metal drum (cast iron, mild steel, aluminium alloy - lighter and saves "
        "power), rubber (SBR, NBR, polychloroprene) free of air traps and firmly bonded. Shore A hardness 82-95 by paddy variety, "
        "tolerance -3/+2 points, checked at about 8 points; rolls reach 83 °C in service and must not soften.",
    ),
    (
        "lGo067",
        "en",
        "pearl_polisher",
        "Rubber polisher blocks for rice whitening machines",
        "Supplier of rubber polisher sticks and brakes that rub husked rice in polishing cones to improve whiteness and gloss: "
        "NR blended with SBR or NBR, Shore A about 40-60, plain or grooved, sized to the machine (e.g. 18 x 2 x 2 in).",
    ),
    # --- rubber mats ---
    (
        "lGo068",
        "en",
        "mdpi_buffalo",
        "Anti-trauma livestock mats from end-of-life tyre rubber",
        "University of Campania and partner firms developed anti-trauma mats for buffalo barns from rubber powder of end-of-life tyres "
        "bound with an isocyanate polyurethane resin; binder quantity, mat thickness and final density were tuned for animal comfort "
        "and growth performance (AgriEngineering 2024). Formulation and trial know-how available.",
    ),
    (
        "lGo069",
        "vi",
        "brighthub_mats",
        "Sản xuất cao su bột từ lốp phế thải và ép tấm thảm",
        "Hướng dẫn công nghệ: lốp phế thải được cắt đôi, băm thành miếng khoảng 5 cm, nghiền thành hạt cao su vụn, qua nam châm tách dây thép, sàng lọc "
        "bụi và sợi vải rồi đóng bao; cao su vụn được ép thành tấm để cắt thảm. Có thể nghiền cơ học hoặc đông lạnh bằng nitơ lỏng.",
    ),
    (
        "lGo070",
        "en",
        "fante_mats",
        "Rubber granule recycling line and mat pressing",
        "Recycling machinery supplier: tyres are shredded, steel wire and textile removed by screening and separation, and rubber "
        "reduced to uniform granules; granules are mixed with binder and pigment and pressed under controlled heat and pressure into "
        "mats for gyms, playgrounds, anti-slip floors, workshops and livestock flooring.",
    ),
    (
        "lGo071",
        "vi",
        "thehorse_mats",
        "Tư vấn chọn thảm cao su lót chuồng",
        "Chuyên gia tư vấn chọn thảm cao su cho chuồng trại: mặt nhám hay phẳng, đáy phẳng hay có rãnh, cao su nguyên sinh hay tái chế 100% hay có lõi sợi nylon, "
        "mép trơn hay ghép khớp kiểu xếp hình, độ dày; cân nhắc độ êm, độ bền, chịu nhiệt và độ bám để vật nuôi không trượt ngã.",
    ),
    (
        "lGo072",
        "vi",
        "agrovesti_ru",
        "Tấm cao su lót nền chuồng bò",
        "Nhà cung cấp tấm phủ nền chuồng bằng cao su: cách nhiệt nên bò không bị lạnh như trên nền bê tông, giảm viêm vú, không làm tổn thương móng, "
        "phòng bệnh khớp; cao su không thấm nước, không giữ chất hữu cơ nên khó sinh vi khuẩn, dễ vệ sinh. Chọn độ dày, hình dạng theo trọng lượng bò.",
    ),
    (
        "lGo073",
        "en",
        "techoutdoors",
        "Recycled rubber gym and fitness flooring",
        "Retailer of recycled tyre rubber flooring tiles and rolls for home gyms and fitness rooms, made by crumbing or devulcanising "
        "old tyres.",
    ),
    (
        "lGo074",
        "en",
        "haimatdrd",
        "Recycled rubber crumb for sale",
        "Supplier of rubber crumb made from shredded old tyres with steel removed, sold as raw material.",
    ),
    # --- natural rubber latex ---
    (
        "lGo075",
        "vi",
        "saikao_sheet",
        "Quy trình làm tấm cao su phơi khô bằng năng lượng mặt trời cho hợp tác xã",
        "Quy trình đã áp dụng tại hợp tác xã Saikao (Songkhla, Thái Lan): mủ tươi 35-40% DRC pha loãng còn 15-18%, đánh đông bằng axit formic 2% trong bể có "
        "vách ngăn, vớt bọt, để 3-4 giờ, cán thành tấm dày 3-4 mm (kiểm tra bằng thước kẹp), rồi sấy trong máy sấy năng lượng mặt trời.",
    ),
    (
        "lGo076",
        "en",
        "adafruit_rss",
        "Low-cost ribbed smoked sheet processing for smallholders",
        "Guidance on converting latex into sheet rubber by coagulation and milling on two-roll mills, then drying as ribbed smoked sheet, "
        "air-dried or sun-dried sheet. In Sri Lanka and Kerala almost all RSS comes from growers with under 10 acres or 10-50 acres "
        "because the machinery is simple and cheap and works with any amount of latex.",
    ),
    (
        "lGo077",
        "en",
        "latexindia",
        "Centrifuged natural rubber latex concentrate, 60% DRC",
        "Supplier of centrifuged latex (CENEX) with at least 60% dry rubber content, the skim fraction holding 4-6%: high-ammonia grade "
        "(min 0.7% ammonia) for foam, dipped goods, adhesives, elastic thread, gloves, balloons and rubber bands, and low-ammonia grade "
        "(max 0.3%). Specification limits include non-rubber solids 2.0%, coagulum 0.05%, sludge 0.10%, mechanical stability 475 s.",
    ),
    (
        "lGo078",
        "vi",
        "thai_latex_conc",
        "Cô đặc mủ cao su bằng ly tâm và kiểm soát chất lượng mủ tươi",
        "Nhóm nghiên cứu (Thái Lan) về mủ cô đặc: mủ tươi có 20-45% cao su, khoảng 5% chất phi cao su, còn lại là nước; cô đặc đến 60% để giảm chi phí vận chuyển "
        "và cho sản phẩm đồng đều. Có 4 cách: bay hơi, kem hóa, điện gạn và ly tâm (ly tâm chiếm khoảng 90% sản lượng); chất lượng mủ cô đặc phụ thuộc mủ tươi.",
    ),
    (
        "lGo079",
        "en",
        "jiuwu_nr",
        "Latex compounding for dipping, extrusion and coating",
        "Process supplier for the natural rubber industry: centrifuged latex is turned into finished articles by dipping, extruding and "
        "coating, each needing its own formulation of added substances; the characteristics of each compound are specified and "
        "controlled for the product.",
    ),
    (
        "lGo080",
        "vi",
        "svr20",
        "Cung cấp cao su khối SVR20",
        "Doanh nghiệp bán cao su khối SVR20 làm từ mủ phụ (mủ đông, mủ chén, mủ dây) phối trộn theo tỉ lệ; chỉ tiêu Po, PRI, tạp chất, tro, chất bay hơi, nitơ.",
    ),
    (
        "lGo081",
        "en",
        "basil_tsr",
        "Technically specified natural rubber grades",
        "Natural rubber processor selling sheet rubber (RSS, ADS), technically specified block rubber (TSR), crepe and latex "
        "concentrate; about 80% of plantation crop is latex and 20% field coagulum.",
    ),
    # --- tyre retreading ---
    (
        "lGo082",
        "en",
        "eurotread",
        "Tyre retreading plant service with precured treads",
        "Retread plant serving fleets: visual and non-destructive casing inspection, repair of injuries, buffing to exact diameter and "
        "radius, second inspection, cushion gum, precured tread applied on a building machine, curing in autoclaves at a low 104 °C to "
        "avoid heat damage. Retreads give the value of a new tyre at lower cost.",
    ),
    (
        "lGo083",
        "vi",
        "rsf_retread",
        "Mô hình xưởng đắp lốp quy mô nhỏ",
        "Tổ chức hỗ trợ sinh kế giới thiệu mô hình xưởng đắp lốp cho xe tải, xe buýt, xe công trình: máy mài, máy dán gai, buồng lưu hóa, máy soi lốp; "
        "bộ bán tự động khoảng 10-15 lakh rupee, tự động 20-35 lakh; 6-12 lốp mỗi ca 8 giờ; cần 1.000-1.500 ft² mặt bằng; lãi 40.000-150.000 rupee/tháng.",
    ),
    (
        "lGo084",
        "en",
        "dhtire",
        "Hot-cap and cold-cap retreading technology",
        "Korean retreader describing both processes: casing collection and inspection (manual, mechanical and computer), buffing, then "
        "hot-cap building and curing in a mould, or cold-cap building with precured tread and cushion gum cured in a chamber; final "
        "high-pressure test.",
    ),
    (
        "lGo085",
        "vi",
        "qb24h_lop",
        "Công nghệ tái tạo lốp xe tải: kiểm tra, vá, mài, dán gai",
        "Giới thiệu quy trình tái tạo lốp mòn cho xe tải, xe buýt: kiểm tra nứt, thủng ở mặt và hông lốp, vá lỗ thủng, mài bề mặt cho phẳng sạch để bám keo, "
        "dán dải cao su có sẵn rãnh gai, cân chỉnh và ép. Châu Âu và Mỹ có tiêu chuẩn và ký hiệu riêng cho lốp đắp.",
    ),
    (
        "lGo086",
        "en",
        "toptyre",
        "Truck tyre retreading with buffing-dust recovery",
        "Retreading service: initial visual and tactile inspection for separations; buffing with high-speed rasps to exact dimensions, "
        "the rubber dust drawn off by fans into hoppers for recycling; skiving and filling of cuts; liner checks; precured tread on a "
        "building machine and curing. Many tyres can be retreaded more than once.",
    ),
    (
        "lGo087",
        "vi",
        "retreadinstead",
        "Đắp lốp chuyên dụng cho xe nông nghiệp và xe công trình",
        "Hiệp hội đắp lốp giới thiệu dịch vụ: chỉ dùng vỏ lốp đã kiểm tra kỹ, gai mòn được mài bỏ và gai mới được gắn bằng nhiệt, thời gian và áp suất. "
        "Có xưởng chuyên đắp lốp máy nông nghiệp, xe công trình, xe địa hình; xưởng nhỏ làm 20 lốp/ngày, xưởng lớn trên 1.000 lốp/ngày.",
    ),
    (
        "lGo088",
        "vi",
        "kienthuc_dolop",
        "Làm mới lốp cũ: cắt, khắc lại gai và phun sơn",
        "Gara nhận 'làm mới' lốp ô tô cũ còn đủ lớp cao su dưới gai: cắt, khắc lại gai mới, phun sơn cho đẹp, giá khoảng trăm nghìn đồng mỗi lốp, làm nhanh.",
    ),
    (
        "lGo089",
        "vi",
        "saigonxehoi",
        "Vá lốp ô tô không săm",
        "Gara hướng dẫn và nhận vá lốp không săm cho ô tô bằng các phương pháp vá phổ biến khi lốp bị đinh đâm.",
    ),
    # --- fibreglass composites: tanks, troughs ---
    (
        "lGo090",
        "en",
        "franks_tank",
        "Hand lay-up GRP tank making on a simple male mould",
        "Practical guide from a maker who built a 2.4 m tall GRP rainwater tank of 800 x 300 mm section: a corrugated-cardboard male mould "
        "skinned with card, sealed (shellac and PVA release, or cellophane), covered with 600 g/m² chopped strand mat and polyester resin; "
        "about 200 dollars of material for 20 m of mat. Lid and inlet filter included.",
    ),
    (
        "lGo091",
        "vi",
        "pa_boat_p5",
        "Tổ chức xưởng composite: phòng nhựa, chất xúc tác, cắt mat",
        "Hướng dẫn kỹ thuật (Practical Action) tổ chức xưởng sợi thủy tinh: thùng nhựa đặt trên giá có vòi, 2 ngày xoay 180° và rửa vòi bằng axeton; tủ riêng cho "
        "chất xúc tác và chất xúc tiến; lượng xúc tiến theo độ ẩm không khí, xúc tác chỉ cho ngay trước khi lăn; bàn cắt mat có vạch 10 cm, mẫu cắt bằng ván ép.",
    ),
    (
        "lGo092",
        "en",
        "friendly_aqua",
        "Plywood-epoxy-fibreglass fish and filter tanks: construction manual",
        "Aquaponics company's construction manual for building fish tanks and filter tanks from plywood sheathed with epoxy and "
        "fibreglass, to cut start-up cost; free for own use, 50 US dollars per tank if built for sale.",
    ),
    (
        "lGo093",
        "vi",
        "rimf_thung",
        "Làm thúng, thùng đựng nước và xảm tàu bằng composite",
        "Thợ composite làng biển Khánh Hội (Ninh Hải, Ninh Thuận), học nghề từ giảng viên Khoa Công nghệ vật liệu ĐH Bách khoa TP.HCM và có 10 năm làm ở Cam Ranh, "
        "nhận làm thúng, thùng đựng nước và xảm tàu thuyền bằng composite: trải bố cốt, lăn nhựa; thúng nhẹ, cứng, dễ chèo.",
    ),
    (
        "lGo094",
        "en",
        "poolswiki",
        "Fibreglass moulded part fabrication: gelcoat, release, reinforcement layout",
        "Technical guide for moulding fibreglass parts in a female mould: extra release agent on a new mould, surface coat or gelcoat "
        "first, a light 2-4 oz fabric as first layer to avoid print-through and pinholes, torn rather than cut mat edges, fibre "
        "orientation alternating 0/90 and ±45 where strength is needed; applies to pools, tanks and similar large parts.",
    ),
    (
        "lGo095",
        "en",
        "bgl_septic",
        "FRP septic tanks: light, watertight, quick to install",
        "Manufacturer of fibreglass septic tanks: a 4 kL tank weighs 157-180 kg and can be moved by pickup and positioned by one "
        "person; smaller excavation, no mortar, non-porous so roots rarely enter, unaffected by sewage gases, precise inlet and outlet "
        "holes plumbed like PVC drains.",
    ),
    (
        "lGo096",
        "vi",
        "eastvi_frp",
        "Tài liệu đào tạo bể tự hoại composite FRP và bể nhựa PE",
        "Bài giảng của tổ chức đào tạo xử lý nước thải phân tán: bể FRP chống ăn mòn, kín nước lâu hơn bể bê tông, có hãng bảo hành đến 50 năm; đúc hai nửa vỏ "
        "rồi ghép, bể 1.000-1.500 gallon thường ghép tại xưởng; gân tăng cứng chịu áp lực đất; thợ ghép mối giữa phải được đào tạo.",
    ),
    (
        "lGo097",
        "en",
        "darco_spec",
        "Underground fibreglass water storage tanks to specification",
        "Tank maker with over 20 years and 500+ installed direct-bury tanks, supplying FRP water storage tanks built to ASTM D4097, "
        "AWWA D120, NFPA 22 and NSF 61 (resins and post-cure for potable water), with concept drawings, backfill and anti-buoyancy "
        "anchoring guidance, lifting instructions and an installation manual.",
    ),
    (
        "lGo098",
        "vi",
        "wtroughs",
        "Tư vấn chọn và định cỡ máng uống cho gia súc chăn thả",
        "Tài liệu khuyến nông hướng dẫn chọn máng uống: dung tích hợp với đàn, kích thước hợp với loài và số con uống cùng lúc, kết cấu đủ chắc chịu vật phá và thời tiết, "
        "nguồn nước đáp ứng giờ cao điểm, dễ vệ sinh, có lối thoát cho chim, thú nhỏ rơi vào.",
    ),
    (
        "lGo099",
        "vi",
        "vattu_bat",
        "Bạt HDPE chống thấm lót hồ cá, ao nuôi",
        "Cửa hàng vật tư cung cấp và thi công bạt chống thấm HDPE, PVC, cao su tổng hợp lót hồ cá cảnh, hồ cảnh quan, ao nuôi thủy sản, chống thất thoát nước.",
    ),
    (
        "lGo100",
        "en",
        "dickhoward",
        "Stock water troughs: siting, gravity supply and pumps",
        "Pump and water supply firm advising on installing stock troughs: central dry site, roof for shade, gravity feed from a bore-filled "
        "tank with two outlets, gravel base 3 m around or a 2 m concrete slab; supplies pumps and pipework.",
    ),
    (
        "lGo101",
        "en",
        "biologyinsights",
        "Livestock water troughs in galvanised steel, plastic and concrete",
        "Overview of water troughs: float-valve or gravity refilling, galvanised steel (durable but rusts, no insulation), heavy-duty "
        "plastic and concrete troughs, sizes matched to herd.",
    ),
    # --- fibreglass boats ---
    (
        "lGo102",
        "en",
        "fao507",
        "Building an undecked 4.5 m fibreglass boat: FAO manual and training",
        "FAO Fisheries Technical Paper 507 (2009) by a Norwegian boatbuilding consultant: step-by-step building of the 4.5 m MDV-1 FRP boat "
        "designed with the Maldives fisheries ministry to replace wooden boats lost in the 2004 tsunami; materials, tools, basic "
        "laminating, health and safety, used to train local people to build their own boats.",
    ),
    (
        "lGo103",
        "vi",
        "fao_tropical_repair",
        "Hướng dẫn sửa chữa đơn giản thuyền composite FRP ở vùng nhiệt đới",
        "Tài liệu của FAO (dự án an toàn trên biển cho nghề cá quy mô nhỏ) hướng dẫn ngư dân và thợ địa phương tự sửa các hư hỏng thường gặp của thuyền FRP trong "
        "khí hậu nóng ẩm: đánh giá vết nứt, mài, đắp lớp sợi và nhựa, hoàn thiện bề mặt; 28 trang, minh họa từng bước.",
    ),
    (
        "lGo104",
        "en",
        "pa_boat_brief",
        "Basic fibreglass fishing boat building: technical brief",
        "Practical Action brief on building fibreglass fishing craft for Sri Lanka's coastal fishery: materials, equipment, workshop, "
        "skills and labour; a good mould taken from a plug or an existing hull can produce hundreds of identical boats; gelcoat plus mat "
        "layers; boats are watertight, rot- and borer-proof; warns about fibre dust and end-of-life disposal.",
    ),
    (
        "lGo105",
        "vi",
        "khafa_uninship",
        "Thiết kế, đóng tàu cá vỏ composite (UNINSHIP)",
        "Viện Nghiên cứu chế tạo tàu thủy (UNINSHIP) thiết kế và chế tạo tàu cá vỏ composite từ năm 1990 (tàu VN-90), có kinh nghiệm giúp ngư dân vượt trở ngại "
        "tâm lý, kinh tế và kỹ thuật khi chuyển từ vỏ gỗ sang vỏ composite; trước 2010 vỏ gỗ có giá gấp đôi vỏ composite cùng cỡ (chỉ tính vỏ).",
    ),
    (
        "lGo106",
        "vi",
        "fao_maint_part3",
        "Bảo dưỡng vỏ thuyền composite: đánh bóng, lớp phủ, sơn",
        "Phần bảo dưỡng trong sổ tay FAO: vỏ FRP ít cần bảo dưỡng nhưng hao mòn và ngấm nước làm giảm tuổi thọ; đánh bóng bằng sáp mặt ngoài, bề mặt mòn thì "
        "tẩy dầu, chà nhám rồi phủ topcoat hoặc sơn tàu; kiểm tra vết nứt sau va đập và sửa sớm; không lắp máy lớn hơn thiết kế.",
    ),
    (
        "lGo107",
        "en",
        "fao_repair_ch11",
        "FRP repair yard services for fishing vessels",
        "FAO guidance for FRP boatyards taking on repairs: survey and agreed price before work, hauling out, moving badly damaged craft "
        "to the yard, field teams living at distant villages for weeks when a 15 m vessel is stranded 150 km away, manual work where "
        "there is no power, and fair pricing without monopoly.",
    ),
    (
        "lGo108",
        "vi",
        "vientauthuy",
        "Mô hình cụm tàu mẹ - tàu con đánh bắt, bảo quản cá ngừ",
        "Đề xuất của viện tàu thủy về cụm 1 tàu mẹ có hầm bảo quản lạnh chuẩn Nhật Bản và 5 tàu con câu cá ngừ đại dương ở Hoàng Sa, Trường Sa, DK1, giảm hải trình và nhiên liệu.",
    ),
    # --- fibreglass pipes ---
    (
        "lGo109",
        "en",
        "mfgil_grp",
        "Continuous filament wound GRP pipes up to 2600 mm",
        "Pipe manufacturer using a PLC-controlled continuous filament winding machine: release film and surface tissue on a moving "
        "steel-band mandrel, then glass roving, chopped glass, silica sand and polyester resin applied together, a final tissue layer; "
        "exothermic cure and cutting to length. Diameters up to 2600 mm.",
    ),
    (
        "lGo110",
        "vi",
        "balaji_grp",
        "Ống và phụ kiện GRP quấn sợi xoắn theo đơn hàng",
        "Nhà sản xuất ống GRP/FRP bằng phương pháp quấn sợi xoắn điều khiển máy tính: làm sạch mandrel thép hoặc gỗ, lớp lót nhựa với mat bề mặt và mat sợi băm, "
        "quấn sợi tẩm nhựa đến chiều dày thiết kế, đóng rắn 1-2 giờ, kiểm tra độ cứng Barcol, tháo bằng máy thủy lực, phủ lớp ngoài có chất chống UV, cắt đầu nối.",
    ),
    (
        "lGo111",
        "en",
        "frpald_line",
        "FRP pipe filament winding production lines",
        "Equipment supplier of complete FRP pipe lines: filament winding machine, resin mixing and impregnation, mandrel rotation, sand "
        "feeding, curing and heating, pipe extraction, cutting and finishing; advice on what to check before investing; pipes serve "
        "chemical plants, water treatment and irrigation.",
    ),
    (
        "lGo112",
        "vi",
        "extraco",
        "Ống FRP quấn liên tục và gián đoạn: GRP, GRV, GRE",
        "Nhà sản xuất ống và phụ kiện FRP với hai công nghệ: quấn gián đoạn trên mandrel cố định đường kính đến 4 m, dài 6 hoặc 9 m, quấn được cả hướng vòng và "
        "xoắn cho ống áp lực; quấn liên tục trên mandrel động đến 2,8 m, cắt dài tùy ý, nhanh hơn. Nhựa polyester, vinyl ester hoặc epoxy.",
    ),
    # --- bagasse tableware ---
    (
        "lGo113",
        "en",
        "parason",
        "Bagasse tableware forming machines and pulping system",
        "Machine builder supplying a pulping system (slurry at 0.3-0.5% consistency with water- and oil-resistant additives), automatic "
        "tableware forming machines, edge trimming machines and moulds for plates, bowls and cups from bagasse pulp sheets. One forming "
        "machine makes about 0.5 t per day; six machines about 3 t per day. Products are compostable and microwave-safe.",
    ),
    (
        "lGo114",
        "vi",
        "hghy",
        "Dây chuyền sản xuất bộ đồ ăn từ bã mía",
        "Nhà sản xuất máy định hình bột giấy cung cấp dây chuyền: làm sạch, sàng bã mía, nghiền với nước thành bột, tinh chỉnh nồng độ và chiều dài xơ; tạo hình "
        "hút chân không trên khuôn riêng cho đĩa, ly, hộp vỏ sò, PLC điều khiển nồng độ, áp chân không, thời gian; sau đó ép nóng, cắt mép.",
    ),
    (
        "lGo115",
        "en",
        "laurel",
        "Compostable bagasse plates and bowls via dry pulpboard",
        "Tableware producer making plates and bowls from bagasse: wet pulp is pressed into dry pulpboard to remove impurities, then "
        "pulped with oil- and water-resistant agent and fed to moulding machines that press up to six plates or nine bowls at a "
        "time; finished items are tested for oil and water resistance before packing.",
    ),
    (
        "lGo116",
        "vi",
        "sincere",
        "Ép nhiệt bã mía thành khay, hộp và kiểm tra chất lượng",
        "Cơ sở sản xuất bao bì bã mía: bã mía băm, rửa, hấp hơi nước áp suất cao diệt khuẩn, nghiền với chất kết dính tự nhiên, ép trong khuôn gia nhiệt ở 8-10 MPa; "
        "kiểm tra chịu nhiệt từ -40 đến 200 °C, chống dầu, chống nước, độ bền; in logo theo yêu cầu mà không mất khả năng phân hủy.",
    ),
    (
        "lGo117",
        "en",
        "pulpmold_nanya",
        "Integrated pulp tableware forming and hot-pressing machine with robot",
        "Pulp moulding machine maker: one automated unit forms, dries, hot-presses, trims and stacks tableware with a six-axis robot, "
        "cutting labour. Pulp tableware is waterproof and oil-proof, microwave- and fridge-safe and biodegrades in 60-90 days.",
    ),
    (
        "lGo118",
        "vi",
        "tvu_lunchbox",
        "Hộp cơm phân hủy sinh học từ bã mía (Trường ĐH Trà Vinh)",
        "Ý tưởng của sinh viên Thú y Trường Đại học Trà Vinh, đạt giải nhì cuộc thi Ý tưởng sáng tạo xanh tỉnh Trà Vinh 2021: hộp cơm làm từ bã mía, kháng khuẩn, "
        "chống mốc, phân hủy hoàn toàn, dùng xong có thể ủ làm phân cho cây; nhóm tìm đối tác sản xuất thử.",
    ),
    (
        "lGo119",
        "vi",
        "hopgiayrvc",
        "Bán hộp, ly, chén, ống hút bã mía",
        "Cơ sở bao bì giấy bán hộp đựng thức ăn, ly, chén, đĩa, tô, muỗng nĩa và ống hút làm từ bã mía cho quán ăn.",
    ),
    (
        "lGo120",
        "vi",
        "sdeco_vi",
        "Cung cấp hộp vỏ sò bã mía cho đồ ăn nhanh",
        "Nhà cung cấp hộp dạng vỏ sò làm từ bã mía cho cửa hàng đồ ăn nhanh: tự nhiên chống dầu mỡ và ẩm, phân hủy trong 2-3 tháng ở nhà máy ủ công nghiệp (60-70 °C).",
    ),
    # --- starch and PLA ---
    (
        "lGo121",
        "en",
        "mi_pla",
        "PLA injection moulding on standard presses",
        "Contract moulder processing PLA and other bioplastics on ordinary injection presses: melt 170-200 °C, mould 25-55 °C, resin "
        "dried below 0.025% moisture; standard PLA softens at 55 °C, nucleated grades reach 120 °C HDT and PLA/PBAT blends add "
        "flexibility. Industrially compostable to EN 13432; carbon footprint 60-70% lower; slow in home compost (6-12 months).",
    ),
    (
        "lGo122",
        "vi",
        "sales_pla_proc",
        "Thông số ép phun và đùn PLA trên máy hiện có",
        "Nhà phân phối nhựa PLA hướng dẫn gia công trên máy dùng cho PET, PP, PS: ép phun loại kết tinh nhanh ở 190-220 °C, khuôn nóng 80-110 °C để đạt HDT đến 120 °C "
        "(khuôn dưới 40 °C cho sản phẩm vô định hình kém chịu nhiệt), chu kỳ 15-35 giây cho thành mỏng 0,4-0,8 mm, sấy dưới 250 ppm, trục vít tỉ số nén 2,5-3:1.",
    ),
    (
        "lGo123",
        "en",
        "totalcorbion",
        "PLA resin grades and processing support",
        "PLA producer supplying standard PLA and high-heat PLLA/PDLA homopolymers with processing advice: store sealed at 15-35 °C, pre-dry "
        "4-6 h at 80 °C in a desiccant dryer (moisture becomes critical within 10 minutes in air), compound on twin-screw L/D 28 or more; "
        "a high-heat thermoforming recipe runs at speeds close to PS thermoforming.",
    ),
    (
        "lGo124",
        "vi",
        "sriroth_cassava",
        "Nhựa phân hủy sinh học từ tinh bột sắn",
        "Nhóm nghiên cứu Đại học Kasetsart (Thái Lan) tổng hợp công nghệ nhựa phân hủy sinh học dùng tinh bột sắn: sản phẩm tinh bột nở trực tiếp (khay, vật chèn) "
        "và các hỗn hợp tinh bột với PCL, PLA, PVA, PHA; phân loại nhựa phân hủy theo ASTM; sẵn sàng tư vấn chọn công thức cho màng, khay.",
    ),
    (
        "lGo125",
        "en",
        "matrec_tps",
        "Thermoplastic starch resin from cassava, potato and corn",
        "Material supplier's thermoplastic starch resin made from annually renewable potato, cassava and corn (including potato "
        "processing by-products); biodegrades in soil or water, can be blended with conventional and bio-based plastics, used for packaging.",
    ),
    (
        "lGo126",
        "vi",
        "vafapack_pla",
        "Bao bì PLA phân hủy sinh học: ly, ống hút, túi",
        "Vafapack sản xuất và cung cấp bao bì từ PLA làm từ tinh bột ngô, sắn, mía: ly, ống hút, túi đựng thực phẩm; PLA phân hủy thành nước, CO2 và sinh khối "
        "trong điều kiện ủ công nghiệp, an toàn, không độc; tư vấn chọn bao bì cho doanh nghiệp.",
    ),
    (
        "lGo127",
        "vi",
        "s4n_tui",
        "Hướng dẫn nguyên liệu và phân biệt túi phân hủy sinh học thật",
        "Đơn vị đào tạo giải thích nguyên liệu túi phân hủy sinh học (tinh bột ngô, khoai tây, sắn, lúa mì; PLA, PBAT...) và cách phân biệt với túi tự hủy oxo chỉ vỡ "
        "thành vi nhựa; giúp doanh nghiệp đánh giá đúng tính xanh khi chọn túi.",
    ),
    (
        "lGo128",
        "en",
        "sales_pla_app",
        "Fast-crystallising PLA grades for cutlery and capsules",
        "PLA distributor's injection grades with nucleators and chain extenders: crystallisation half-time falls from about 180 s to "
        "30-60 s, cycles shorten 20-40% and modified grades exceed 25 kJ/m² impact. Used for food-contact cutlery and coffee capsules; "
        "a tableware maker reported 35% more cavity output and 8% lower part cost after switching.",
    ),
    (
        "lGo129",
        "en",
        "matrec_ricebio",
        "Biodegradable bioplastic compound filled with rice husk",
        "Material combining a biodegradable bioplastic with rice husk, processable on standard injection moulding and extrusion machines "
        "as a substitute for petrochemical plastics.",
    ),
    (
        "lGo130",
        "en",
        "wordblogpress",
        "Biodegradable cutlery supplier: PLA, bamboo, wood and edible",
        "Supplier of disposable biodegradable cutlery in PLA, bamboo, birch or pine wood and edible cutlery from rice, wheat flour and "
        "potato starch for food businesses.",
    ),
    # --- biodegradable nursery pots ---
    (
        "lGo131",
        "en",
        "ncsu_ricehusk",
        "Degradable nursery containers from rice husk and starch adhesive",
        "Research group (BioResources journal) making nursery containers from rice husk bonded with cornstarch adhesive modified with "
        "urea-formaldehyde: the blended adhesive has 108.9% higher dry strength than plain starch glue, and with 8% UF the containers "
        "lost up to 51.1% of mass in soil; a candidate replacement for plastic pots.",
    ),
    (
        "lGo132",
        "vi",
        "tian_straw",
        "Bầu ươm sinh khối từ rơm rạ và phân bò",
        "Viện Khoa học Môi trường Nam Kinh (Trung Quốc) chế tạo bầu ươm từ rơm rạ hoặc thân ngô với phân bò và keo tinh bột, ép khuôn: tỉ lệ rơm/phân bò 1:15, "
        "độ ẩm khoảng 15% cho 98% bầu đạt hình dạng; bầu rơm tốt hơn bầu thân ngô; dinh dưỡng trong bầu cao hơn đất xung quanh trên 10 lần.",
    ),
    (
        "lGo133",
        "en",
        "mdpi_trays",
        "Biomass nursery trays for rice seedlings and mechanical transplanting",
        "Chinese agricultural engineering institutes designed biomass nursery trays pressed from crop straw, cow manure and starch "
        "adhesive for raising rice seedlings and mechanical transplanting; tray length, width and cell depth were optimised and trials "
        "against plastic flat trays showed good seeding quality and higher yield.",
    ),
    (
        "lGo134",
        "vi",
        "techmicom_coir",
        "Chậu xơ dừa ươm cây trồng thẳng xuống đất",
        "Techmicom giới thiệu chậu xơ dừa: xơ và mụn dừa còn lại sau khi làm dây, thảm được rửa và phơi để giảm muối, rồi ép khuôn bằng máy hoặc nặn tay, cắt xơ thừa; "
        "chậu mềm, thoáng, đặt cả chậu xuống đất khi trồng nên cây không bị sốc rễ.",
    ),
    (
        "lGo135",
        "en",
        "verbinnens_coco",
        "Coco-fibre nursery pots bound with natural latex",
        "Nursery supplying and using coco-fibre pots made of only three ingredients: coconut husk fibre, organic latex and a trace of "
        "sulphur. The pot stays on at planting, walls allow air root pruning and lateral branching, soil pH is unchanged as it degrades; "
        "made by fairly paid workers in Sri Lanka.",
    ),
    (
        "lGo136",
        "en",
        "cocopeatgreen",
        "Coco peat growing media from coir pith",
        "Company processing coir pith, the dust left after coir fibre extraction, into coco peat blocks and growing media for horticulture.",
    ),
    (
        "lGo137",
        "vi",
        "greglo",
        "Cẩm nang nguồn cung sản phẩm xơ dừa",
        "Trang thương mại hướng dẫn tìm nguồn xơ dừa: xơ nâu từ dừa già làm thảm, chổi, đệm; xơ trắng từ dừa non; mụn dừa (cocopeat) làm giá thể; nhận kết nối mua bán.",
    ),
    # --- food-contact testing ---
    (
        "lGo138",
        "en",
        "geochem_fcm",
        "Overall and specific migration testing of food contact plastics",
        "Laboratory testing food packaging and kitchen utensils for overall migration (sum of all substances, a measure of inertness) "
        "and specific migration of individual substances, under Commission Regulation (EU) No 10/2011, using the assigned food simulants, "
        "times and temperatures that represent worst foreseeable use.",
    ),
    (
        "lGo139",
        "vi",
        "metslab",
        "Thử thôi nhiễm tổng, thôi nhiễm riêng và kim loại nặng cho vật liệu tiếp xúc thực phẩm",
        "Phòng thí nghiệm được công nhận kiểm tra vật liệu tiếp xúc thực phẩm (nhựa, giấy, thủy tinh, đồ sành sứ, dao muỗng): thôi nhiễm tổng theo EN 1186-3 bằng cách "
        "ngâm hoàn toàn trong dung dịch mô phỏng rồi cân cặn bay hơi, thôi nhiễm riêng, kim loại nặng, thành phần vật liệu, chất màu; nhận mẫu cả doanh nghiệp nhỏ.",
    ),
    (
        "lGo140",
        "en",
        "measurlabs",
        "Overall migration test (EN 1186) for plastic food contact materials",
        "Testing service for overall migration of plastics under EU 10/2011 with simulants A (10% ethanol), B (3% acetic acid) and D2 "
        "(vegetable oil): A and B cover watery and acidic foods, D2 fatty foods; worst-case time and temperature, repeated for each "
        "use condition (e.g. room storage then refrigeration). Fast turnaround, method experts.",
    ),
    (
        "lGo141",
        "vi",
        "merieux_my",
        "Kiểm nghiệm bao bì và dụng cụ tiếp xúc thực phẩm",
        "Mérieux NutriSciences kiểm nghiệm sự phù hợp của bao bì, dụng cụ nhà bếp, máy chế biến tiếp xúc thực phẩm: thôi nhiễm tổng theo BS EN 1186-1 và thôi nhiễm "
        "riêng; theo dõi kim loại nặng, melamine và formaldehyde, phthalate, bisphenol A; đánh giá theo quy định quốc tế.",
    ),
    (
        "lGo142",
        "en",
        "fraunhofer_ivv",
        "Compliance testing of recyclates and NIAS screening for food packaging",
        "Research institute (Fraunhofer IVV) with a DAkkS-accredited lab: migration and residual content tests, non-target screening "
        "for non-intentionally added substances, trace analysis (plasticisers, PFAS, PAHs, flame retardants), EFSA and FDA challenge "
        "tests for recyclate quality, permeation and barrier analysis, and dossiers for BfR, EFSA and FDA.",
    ),
    (
        "lGo143",
        "vi",
        "tt34_2011",
        "Hướng dẫn áp dụng QCVN 12-1:2011/BYT cho bao bì, dụng cụ nhựa",
        "Dịch vụ pháp lý tư vấn áp dụng Thông tư 34/2011/TT-BYT ban hành các quy chuẩn QCVN 12-1:2011/BYT (bao bì, dụng cụ nhựa tổng hợp tiếp xúc trực tiếp thực phẩm), "
        "12-2 (cao su) và 12-3 (kim loại): chỉ tiêu phải thử, hồ sơ công bố hợp quy.",
    ),
    (
        "lGo144",
        "en",
        "kor_recyc",
        "Migration testing programmes for plastic recyclers",
        "Quality consultancy helping plastic recyclers set up migration testing for recycled food contact materials: overall versus "
        "specific migration, EU 10/2011 limits and methods, choosing tests by material type and intended use, and practical "
        "implementation in quality management.",
    ),
    (
        "lGo145",
        "vi",
        "qcvn12_3",
        "Kiểm nghiệm bao bì, dụng cụ kim loại theo QCVN 12-3:2011/BYT",
        "Tài liệu và dịch vụ kiểm tra bao bì, dụng cụ bằng kim loại tiếp xúc trực tiếp thực phẩm theo QCVN 12-3:2011/BYT (ban hành kèm Thông tư 34/2011/TT-BYT).",
    ),
    # --- UV ageing and stabilisation ---
    (
        "lGo146",
        "en",
        "e2tech_uv",
        "Accelerated UV weathering tests: QUV fluorescent and xenon arc",
        "Materials testing of UV resistance for polymers: sunlight, heat and moisture cause gloss loss, fading, cracking, crazing, "
        "embrittlement and loss of tensile strength. Outdoor exposure is realistic but slow, so accelerated tests run in a fluorescent UV "
        "tester (ASTM G154-16) or xenon arc chamber (ASTM G155-21), with hours correlated to years of exposure.",
    ),
    (
        "lGo147",
        "vi",
        "gwp_g155",
        "Thử thời tiết hóa trong phòng thí nghiệm bằng đèn xenon theo ASTM G155",
        "Phòng thí nghiệm chất dẻo (Đức) cung cấp phép thử phơi đèn hồ quang xenon mô phỏng ánh nắng trực tiếp hoặc qua kính và hơi ẩm như mưa, sương, theo ASTM G155; "
        "kiểm soát và đo điều kiện phơi, chọn chế độ phù hợp vật liệu.",
    ),
    (
        "lGo148",
        "vi",
        "vilas938",
        "Thử nghiệm độ bền nhiệt đới và phơi mẫu tự nhiên (VILAS 938)",
        "Viện Độ bền nhiệt đới, Trung tâm Nhiệt đới Việt - Nga (Hà Nội), phòng thí nghiệm được công nhận VILAS 938 về cơ, hóa, điện - điện tử, hiệu lực đến 04/04/2026; "
        "có Trạm thử nghiệm tự nhiên Hòa Lạc để phơi mẫu vật liệu ngoài trời và phòng thử nghiệm tổng hợp.",
    ),
    (
        "lGo149",
        "en",
        "astm_d2565",
        "Xenon-arc exposure of plastics for outdoor applications (ASTM D2565)",
        "Test service running xenon-arc exposure of plastics intended for outdoor use to reproduce effects of daylight, moisture and heat "
        "on electrical, mechanical and optical properties; a control material of known performance is exposed alongside, with at least "
        "three replicates, and results reported with the operating conditions.",
    ),
    (
        "lGo150",
        "vi",
        "biomb_uv",
        "Hạt màu kết hợp chất hấp thụ UV cho sản phẩm nhựa ngoài trời",
        "Nhà sản xuất masterbatch cung cấp hạt màu kết hợp phụ gia chức năng: chất hấp thụ UV họ benzophenone, benzotriazole hấp thụ tia cực tím và tỏa ra dưới dạng nhiệt, "
        "cùng chất màu trong một loại hạt, giúp sản phẩm nhựa giữ màu và tính cơ học lâu hơn khi phơi nắng.",
    ),
    (
        "lGo151",
        "en",
        "njreborn_vi",
        "UV absorbers and HALS light stabilisers for plastics",
        "Additive producer supplying UV absorbers, which absorb ultraviolet radiation and release it as heat, and hindered-amine light "
        "stabilisers, which trap free radicals formed by light exposure and so protect more broadly; the two are often combined for "
        "materials used outdoors.",
    ),
    (
        "lGo152",
        "vi",
        "sigmachem",
        "Phụ gia ngành nhựa: ổn định nhiệt, chống UV, chống cháy",
        "Sigmachem phân phối phụ gia nhựa: chất ổn định nhiệt (Ca-Zn, thiếc, Ba-Zn) cho PVC, PE, PP; chất hấp thụ UV và HALS giữ màu, độ bóng khi phơi nắng; "
        "chất chống cháy, chất bôi trơn; tư vấn chọn phụ gia theo sản phẩm.",
    ),
    (
        "lGo153",
        "vi",
        "giaotrinh_phugia",
        "Đào tạo ứng dụng phụ gia chống oxy hóa và chống lão hóa trong ngành nhựa",
        "Trung tâm Kỹ thuật Nhựa - Cao su biên soạn giáo trình và tổ chức đào tạo ứng dụng phụ gia: chất chống oxy hóa nhiệt, hiện tượng lão hóa (ngả vàng, mất bóng, "
        "nứt bề mặt, giảm độ bền va đập, độ dãn dài), cách làm chậm lão hóa cho từng loại polymer.",
    ),
    # --- strength testing ---
    (
        "lGo154",
        "en",
        "purple_pallet",
        "Pallet testing lab: ASTM D1185 and ISO 8611-1",
        "Packaging test lab with a dedicated pallet lab: vibration tables, free-fall drop tests, incline impact, static compression to "
        "find maximum unit load, bending tests with partial support, fastener tests, and tests with packaged goods on the pallet, to "
        "ASTM D1185-98a and ISO 8611-1.",
    ),
    (
        "lGo155",
        "vi",
        "fprdi_pallet",
        "Thử nghiệm pallet: uốn, nén, va đập (FPRDI, Philippines)",
        "Viện nghiên cứu lâm sản FPRDI (Bộ KH&CN Philippines) nhận thử pallet và kết cấu liên quan: uốn, nén, va đập để xác định tải trọng và khả năng chịu va chạm khi "
        "bốc xếp, vận chuyển, theo ASTM D1185, ASTM D642, ISO 8611-1/2/3 và PNS ISO 6780.",
    ),
    (
        "lGo156",
        "en",
        "vt_unitload",
        "Contract testing of pallets, packages and unit loads",
        "University unit-load centre offering proprietary contract testing: component bending strength and stiffness (ASTM D198), "
        "pallet strength and durability (ASTM D1185, ISO 8611) on floor, rack and conveyor supports with airbag loading, incline impact "
        "and corner drop, package compression and distribution tests (ASTM D4169, ISTA).",
    ),
    (
        "lGo157",
        "vi",
        "nelson_pallet",
        "Tư vấn ba nhóm phép thử pallet: sức bền, độ bền, công năng",
        "Doanh nghiệp pallet hướng dẫn đánh giá thiết kế pallet: tải nén tĩnh trên sàn, tải động khi chở trên xe, tải trên giá kệ khi không được đỡ toàn bộ; độ bền qua "
        "nhiều mối nguy khi bốc xếp (pallet một lần hay nhiều lần); công năng theo kích thước, thiết bị tự động và quy định.",
    ),
    (
        "lGo158",
        "vi",
        "hatangviet",
        "Xác định cường độ chịu kéo vải địa kỹ thuật theo TCVN 8485:2010",
        "Phòng thí nghiệm vật liệu xây dựng thực hiện phép thử cường độ chịu kéo và độ giãn dài của vải địa kỹ thuật theo TCVN 8485:2010.",
    ),
    (
        "lGo159",
        "en",
        "wodez",
        "Quality tests for plastic pipes: crushing, impact, Vicat, pressure",
        "Pipe quality testing: anti-ageing, pressure resistance, corrosion, Vicat softening, tensile and falling-weight impact tests; "
        "in the crushing test the pipe is squeezed to 50% of its outer diameter and 9 of 10 samples must pass. Failures usually come "
        "from too much recycled material or calcium carbonate, making pipes brittle.",
    ),
]
