"""Offers of the holdout213 set: (id, language, source key, title, description)."""

OFFERS = [
    # --- unfired cement-aggregate bricks ---
    (
        "qGo001",
        "vi",
        "dv_block",
        "Chuyển giao dây chuyền gạch block bê tông ép rung nén",
        "Cung cấp trọn gói dây chuyền gạch bê tông không nung: cân định lượng cát, mạt đá, xi măng, nước và phụ gia, "
        "trộn cưỡng bức rồi ép rung tạo viên đúng kích thước, không qua lò nung. Quy mô và mức tự động hóa được thiết kế "
        "theo sản lượng của nhà đầu tư; sản phẩm đạt cường độ nén theo TCVN.",
    ),
    (
        "qGo002",
        "en",
        "dv_block",
        "Vibro-compaction concrete block plant, sized to your output",
        "We design and install unfired concrete block lines: batching of sand, stone dust, cement and water, mixing, "
        "then a vibrating press that forms high-strength blocks with accurate faces. Automation level is tailored to "
        "the investor's scale, with a cost and payback plan prepared before purchase.",
    ),
    (
        "qGo003",
        "vi",
        "dv_catnghien",
        "Mô hình kết hợp nghiền cát nhân tạo và sản xuất gạch không nung",
        "Tư vấn và cung cấp tổ hợp trạm nghiền cát nhân tạo cấp liệu trực tiếp cho dây chuyền gạch không nung, tận dụng "
        "đá vụn và phế liệu. Mô hình tích hợp giúp giảm khoảng 30% chi phí và khoảng 40% phát thải CO2 so với làm riêng lẻ, "
        "trong bối cảnh giá cát sông đã tăng từ 150.000 lên 300.000–400.000 đồng/m3.",
    ),
    (
        "qGo004",
        "en",
        "dv_catnghien",
        "Integrated manufactured-sand and non-fired brick production",
        "A combined crushing-and-brickmaking layout: a sand-making plant turns rock fines and waste into manufactured "
        "sand that goes straight to the unfired brick press. The integrated chain cuts costs by around 30% and CO2 by "
        "around 40%, and shields producers from river-sand prices that have doubled since 2018.",
    ),
    (
        "qGo005",
        "en",
        "scp_thanhtuyen",
        "Mechanised ash-based unbaked brick line with steam-curing kiln",
        "Know-how from a Quang Ninh factory whose unbaked bricks are made mainly of coal-plant slag and ash with a small "
        "share of cement and sand: imported Japanese line, mechanised conveying to the mixers, roofed raw-material "
        "stores, enclosed aggregate treatment against dust and a steam-curing chamber that raises product quality.",
    ),
    (
        "qGo006",
        "vi",
        "scp_thanhtuyen",
        "Tư vấn bố trí nhà máy gạch không nung dùng tro xỉ, kiểm soát bụi",
        "Thiết kế mặt bằng nhà máy gạch không nung sử dụng tro xỉ nhiệt điện làm nguyên liệu chính: kho nguyên liệu có "
        "mái che, băng tải kín cấp liệu cho trạm trộn, khâu xử lý cốt liệu cơ giới hóa để hạn chế bụi và buồng dưỡng hộ "
        "hơi nước cho sản phẩm.",
    ),
    (
        "qGo007",
        "vi",
        "doc_plc",
        "Phần mềm điều khiển – giám sát máy ép gạch không nung",
        "Xây dựng phần mềm điều khiển và giám sát cho máy ép trong dây chuyền gạch không nung: theo dõi chu trình ép, "
        "cảnh báo sự cố, ghi sản lượng theo ca. Phù hợp cơ sở đã có máy ép và muốn nâng mức tự động hóa.",
    ),
    (
        "qGo008",
        "en",
        "vnn_unburned",
        "Curing regimes for unburned bricks in a hot, humid climate",
        "Research institute service on how tropical heat and humidity affect curing and the early structure of "
        "unburned building materials, and which curing schedule secures product quality. Backed by the national "
        "programme to raise unburned bricks to 30–40% of all bricks and to use coal-plant slag instead of farmland clay.",
    ),
    (
        "qGo009",
        "en",
        "vnbiz_brick",
        "Non-baked walling for soft-ground construction",
        "Advisory on switching to non-baked bricks made from power-plant ash and cinder, quarry fines and other industrial "
        "refuse. Lighter walls reduce foundation cost, which suits weak soils; we help contractors specify and source them.",
    ),
    (
        "qGo010",
        "vi",
        "vatlieu_tieuthu",
        "Tư vấn thiết kế, thi công tường gạch không nung chống nứt",
        "Hỗ trợ chủ đầu tư và nhà thầu áp dụng đúng tiêu chuẩn thiết kế, kỹ thuật khi đưa gạch không nung vào công trình: "
        "chọn vữa, bố trí giằng, độ ẩm gạch khi xây, bảo dưỡng, nhằm tránh nứt tường như đã xảy ra ở một số công trình "
        "dùng vốn ngân sách.",
    ),
    (
        "qGo011",
        "vi",
        "eta_dinhmuc",
        "Phần mềm dự toán có định mức sử dụng gạch không nung",
        "Phần mềm lập dự toán cập nhật định mức sử dụng vật liệu cho gạch không nung theo Quyết định 1264/QĐ-BXD, giúp "
        "đơn vị tư vấn bóc khối lượng và lập dự toán công trình xây bằng gạch không nung.",
    ),
    (
        "qGo012",
        "en",
        "nhandan_catbien",
        "Non-fired bricks and tiles made from sand and seawater",
        "A consulting-construction company offers its technology for producing building bricks, paving and decorative "
        "tiles and roof tiles from sand and seawater without firing. Tests on compression and weathering match tunnel-kiln "
        "products; the bricks are priced about 20% below ordinary bricks and decorative items about 50% lower.",
    ),
    (
        "qGo013",
        "vi",
        "nhandan_catbien",
        "Công nghệ gạch, ngói không nung từ cát và nước biển",
        "Chuyển giao công nghệ sản xuất gạch xây, gạch lát, ngói và gạch trang trí không nung dùng cát và nước biển làm "
        "nguyên liệu, sau chín năm nghiên cứu và thử nghiệm tại nhiều địa phương; giá thành thấp hơn gạch thông thường.",
    ),
    (
        "qGo014",
        "en",
        "terrazzo",
        "Terrazzo paving tiles from cement, stone powder and industrial waste",
        "Hydraulically pressed two-layer terrazzo tiles for pavements, schoolyards and parks, made from cheap cement, "
        "stone powder, sand, pigment and industrial waste. Product to TCVN 7744:2013 with compressive strength around "
        "20 N/mm2 and surface water absorption not above 0.4 g/cm2.",
    ),
    (
        "qGo015",
        "vi",
        "terrazzo",
        "Gạch terrazzo lát vỉa hè, sân trường không nung",
        "Sản xuất gạch terrazzo không nung ép thủy lực hai lớp từ xi măng, bột đá, cát, bột màu và phế thải công nghiệp; "
        "hàng trăm mẫu hoa văn, đạt TCVN 7744:2013, mác khoảng M200, dùng lát vỉa hè, công viên, sân trường.",
    ),
    (
        "qGo016",
        "en",
        "c10_brick",
        "Feasibility reviews to shift planned fired-brick investments to unfired materials",
        "Consultancy for provinces and investors now told to stop new fired clay brick capacity: market sizing against a "
        "demand of some 42 billion bricks a year, comparison of coal use and emissions, and conversion plans towards "
        "unfired materials that need no clay and no fossil fuel.",
    ),
    (
        "qGo017",
        "vi",
        "vnbiz_brick",
        "Gạch không nung từ phế thải công nghiệp cho công trình nền đất yếu",
        "Sản xuất và cung ứng gạch không nung dùng tro xỉ nhiệt điện, mạt đá và phế thải công nghiệp với ít xi măng; viên "
        "gạch nhẹ hơn giúp giảm tải móng, thích hợp vùng nền đất yếu, đồng thời tiết kiệm đất nông nghiệp.",
    ),
    # --- fly ash, bottom ash, geopolymer ---
    (
        "qGo018",
        "en",
        "ctu_fa",
        "Unfired solid bricks with high-volume fly ash and bottom ash",
        "University mix designs for unfired solid bricks in which coal fly ash replaces up to 85% of the cement by weight "
        "and bottom ash serves as the fine aggregate. Bricks weigh 1.51–1.68 t/m3 and reach grades M3.5 to M15; we help "
        "tune the fly-ash share, since too much ash lowers strength and raises water absorption.",
    ),
    (
        "qGo019",
        "vi",
        "ctu_fa",
        "Gạch đặc không nung dùng lượng lớn tro bay và tro đáy",
        "Trường đại học chuyển giao cấp phối gạch đặc không nung: tro bay thay thế tới 85% khối lượng xi măng, tro đáy làm "
        "cốt liệu mịn; gạch đạt mác M3.5–M15, khối lượng thể tích 1,51–1,68 T/m3. Có kiểm tra hệ số dẫn nhiệt, độ hút nước "
        "và độ thấm nước.",
    ),
    (
        "qGo020",
        "vi",
        "tn_duyenhai",
        "Cung ứng tro xỉ san lấp và tro bay bằng xe bồn, sà lan",
        "Doanh nghiệp khai thác tro xỉ lưu tại bãi chứa của trung tâm điện lực, cung cấp làm vật liệu san lấp với giá "
        "khoảng 23.000 đồng/tấn; tro bay lấy từ silo qua hệ thống khí nén, giao bằng xe bồn hoặc sà lan, tàu cho khách hàng "
        "xi măng, bê tông.",
    ),
    (
        "qGo021",
        "en",
        "tn_duyenhai",
        "Bulk fly ash and bottom ash supply from power-centre stockpiles",
        "We bid for and haul ash stored at coal power-plant ash yards: bottom ash and slag for land filling, and fly ash "
        "loaded from pneumatic silos into tankers or onto barges through a closed pipe to the port, for cement and "
        "ready-mix concrete plants.",
    ),
    (
        "qGo022",
        "en",
        "vnn_binhthuan",
        "Investor package for a cinder-based unburned brick factory beside a coal plant",
        "Pre-investment package for factories that turn thermal-plant cinders into unburned bricks: negotiation of ash "
        "transfer with the plant owner, land and permitting support, and comparison with packing ash for export. Built on "
        "a case where a four-plant power centre may emit up to 5 million tonnes of ash a year.",
    ),
    (
        "qGo023",
        "en",
        "vast_vinhtan",
        "Ash beneficiation by flotation: recovered coal, cement-grade slag",
        "Institute process for treating thermal-plant ash: flotation separates unburnt coal with a calorific value above "
        "5,000 kcal/kg for reuse as fuel, and the remaining slag meets standards for cement additive and aggregate "
        "bricks. Includes a geopolymer recipe of grade 300 and trial precast elements.",
    ),
    (
        "qGo024",
        "vi",
        "vast_vinhtan",
        "Tuyển nổi tro xỉ nhiệt điện: thu hồi than, xỉ làm phụ gia xi măng",
        "Quy trình xử lý đồng bộ tro xỉ nhà máy nhiệt điện bằng tuyển nổi: thu hồi than chưa cháy hết (trên 5.000 kcal/kg) "
        "làm nhiên liệu, phần xỉ đạt yêu cầu phụ gia xi măng và cốt liệu gạch không nung, hạn chế ô nhiễm bãi thải.",
    ),
    (
        "qGo025",
        "vi",
        "vast_vinhtan",
        "Cấu kiện bê tông geopolymer đúc sẵn và móng vỉa hè từ tro bay",
        "Chế tạo bê tông geopolymer mác 300 từ tro bay, sản xuất cấu kiện đúc sẵn (đoạn bê tông tự định vị ba chiều) và "
        "lớp móng vỉa hè dùng tro bay làm phụ gia; đã đánh giá ban đầu khả năng dùng cho công trình giao thông.",
    ),
    (
        "qGo026",
        "en",
        "cet_fa",
        "Characterisation of Vietnamese coal fly ash for reuse",
        "Laboratory classification of fly ash samples to TCVN 10302:2014 and ASTM C618: oxide analysis shows Vietnamese "
        "ash from north and south is class F with SiO2+Al2O3+Fe2O3 above 70%. We advise on suitable uses, from geopolymer "
        "binders and backfill to lightweight aggregates.",
    ),
    (
        "qGo027",
        "en",
        "cet_fa",
        "Fly-ash adsorbents and synthetic zeolites for water treatment",
        "Conversion of coal fly ash into low-cost adsorbents and synthetic zeolites for removing metals and organic "
        "matter from wastewater and emissions; also fly-ash-based aerogel composites for research use.",
    ),
    (
        "qGo028",
        "vi",
        "scp_vua",
        "Vữa cường độ cao dùng tro bay thay thế xi măng",
        "Cấp phối vữa cường độ cao với tỷ lệ nước/chất kết dính 0,16, tro bay nhiệt điện thay 15–60% xi măng: vữa chảy xòe "
        "tốt hơn, nhẹ hơn, co ngót ít; cường độ nén trên 54 MPa, uốn trên 8,7 MPa, độ hút nước dưới 4,5%.",
    ),
    (
        "qGo029",
        "en",
        "scp_vua",
        "High-strength mortar with up to 60% fly ash",
        "Mix designs for high-strength mortar at a water/binder ratio of 0.16 in which thermal-plant fly ash replaces "
        "15–60% of cement. Flow improves and shrinkage drops; mortars exceed 54 MPa in compression and 8.7 MPa in bending "
        "with water absorption below 4.5%.",
    ),
    (
        "qGo030",
        "vi",
        "geo_kien",
        "Tư vấn ứng dụng bê tông geopolymer không dùng xi măng",
        "Nhóm nghiên cứu trường đại học xây dựng tư vấn chế tạo bê tông geopolymer từ vật liệu giàu silic, nhôm (tro bay, "
        "xỉ) hoạt hóa bằng dung dịch kiềm thay cho xi măng pooclăng, giảm phát thải CO2; định hướng ứng dụng cho xây dựng "
        "bền vững ở Việt Nam.",
    ),
    (
        "qGo031",
        "en",
        "geo_luanan",
        "Fly-ash geopolymer concrete for bridge and culvert elements",
        "Doctoral-level mix design and testing of fly-ash geopolymer concrete for transport structures such as bridge "
        "and tunnel elements, turning a landfilled power-plant waste into a Portland-cement-free binder.",
    ),
    (
        "qGo032",
        "vi",
        "geo_xop",
        "Bê tông xốp geopolymer cốt liệu nhỏ tạo rỗng bằng bột nhôm",
        "Chế tạo bê tông xốp geopolymer từ tro bay hoạt hóa NaOH, dùng bột nhôm tạo rỗng; điều chỉnh hàm lượng bột nhôm, "
        "nồng độ NaOH và tỷ lệ dung dịch/tro bay để đạt khối lượng thể tích, độ rỗng và cường độ mong muốn.",
    ),
    (
        "qGo033",
        "en",
        "geo_xop",
        "Lightweight aerated geopolymer concrete from fly ash",
        "Fine-aggregate porous geopolymer concrete foamed with aluminium powder; we set the powder dose, NaOH "
        "concentration and activator/fly-ash ratio to trade density against strength, and supply an improved formula "
        "for its elastic modulus.",
    ),
    (
        "qGo034",
        "vi",
        "ngoimau_phalai",
        "Đầu tư nhà máy vật liệu không nung và cấu kiện đúc sẵn từ tro xỉ",
        "Mô hình nhà máy đặt cạnh trung tâm điện lực, dùng tro xỉ than làm nguyên liệu để sản xuất vật liệu xây không "
        "nung, xi măng và cấu kiện bê tông đúc sẵn, giải quyết lượng tro xỉ lớn phát sinh khi các nhà máy nhiệt điện mới "
        "đi vào vận hành.",
    ),
    (
        "qGo035",
        "en",
        "vibm_panel",
        "Extruded hollow-core wall panels using at least 60% power-plant ash",
        "National building-materials institute technology: precast hollow-core concrete wall panels made on a German "
        "extrusion line, with thermal-plant ash replacing at least 60% of natural aggregate. 500 trial panels of "
        "3200x600x100 mm met TCVN 11524:2016; transfer to industrial producers available.",
    ),
    (
        "qGo036",
        "vi",
        "vibm_panel",
        "Tấm tường rỗng bê tông đúc sẵn đùn ép dùng tro nhiệt điện",
        "Chuyển giao công nghệ tấm tường rỗng bê tông đúc sẵn theo công nghệ đùn ép, dùng tối thiểu 60% tro nhiệt điện "
        "thay cốt liệu tự nhiên; tấm 3200x600x100 mm đạt TCVN 11524:2016 sau sản xuất thử 500 sản phẩm.",
    ),
    (
        "qGo037",
        "en",
        "civilica_soil",
        "Cement–fly ash stabilised soil for road base layers",
        "Laboratory-to-site design for soil stabilised with Portland cement and fly ash: mixes of 8–10% cement with "
        "2–6% fly ash, cured 7–28 days. A mix of 8% cement and 2% fly ash exceeds 0.45 MPa splitting strength at 14 "
        "days, enough for a road base layer.",
    ),
    (
        "qGo038",
        "vi",
        "hbm_road",
        "Chất kết dính đường bộ gốc tro bay hoạt hóa kiềm cho đường nông thôn",
        "Doanh nghiệp sản xuất chất kết dính thủy lực cho đường bộ từ tro bay hoạt hóa kiềm thay xi măng, kèm hướng dẫn "
        "thiết kế lớp kết cấu bằng đất gia cố cho đường giao thông nông thôn, áp dụng cả cho đất phù sa pha cát vùng đồng bằng.",
    ),
    (
        "qGo039",
        "en",
        "hbm_road",
        "Fly-ash hydraulic road binder and design guide for minor rural roads",
        "A fly-ash-based alkali-activated hydraulic road binder replacing Portland cement, with design tables for "
        "single structural layer pavements on suitable and marginal soils (alluvium blended with medium sand), sealed "
        "with stone dressing or 3 cm cold asphalt.",
    ),
    (
        "qGo040",
        "vi",
        "utc_datyeu",
        "Gia cố đất yếu đường dẫn sau mố cầu bằng xi măng và tro bay",
        "Giải pháp gia cố nền đất yếu đoạn đường dẫn sau mố cầu bằng hỗn hợp xi măng – tro bay, giảm lún lệch tại vị trí "
        "tiếp giáp cầu – đường.",
    ),
    (
        "qGo041",
        "en",
        "th4_fa",
        "Portland-cement-free fly ash concrete",
        "Concrete in which activated fly ash is the only binder. Vietnam generates about 600,000 t of fly ash a year "
        "but uses only around 100,000 t in concrete; this technology is aimed at the unused remainder.",
    ),
    (
        "qGo042",
        "vi",
        "rcc_dam",
        "Chất kết dính và phụ gia khoáng cho đập bê tông đầm lăn",
        "Tư vấn lựa chọn xi măng, phụ gia khoáng (tro bay, puzolan) và phụ gia hóa học cho bê tông đầm lăn của đập thủy lợi, "
        "thủy điện, dựa trên kinh nghiệm tổng kết thiết kế – thi công đập Định Bình.",
    ),
    (
        "qGo043",
        "vi",
        "tn_vinhtan",
        "Quan trắc môi trường và chống bụi bãi chứa tro xỉ nhiệt điện",
        "Dịch vụ quan trắc bụi, nước rỉ và giám sát chiều cao, ổn định bãi chứa tro xỉ của nhà máy nhiệt điện; tư vấn che "
        "phủ, tưới ẩm để hạn chế phát tán khi bãi gần đầy.",
    ),
    # --- rice-husk ash, bagasse ash, earth blocks ---
    (
        "qGo044",
        "en",
        "ijcsm_rha",
        "Rice husk ash for high-performance fine-grained (sand) concrete",
        "Mix designs for fine-grained concrete that uses sand instead of coarse stone, with rice husk ash as a highly "
        "reactive pozzolan. 10–20% RHA raises compressive and splitting strength and chloride resistance; 10–15% RHA "
        "matches 10% silica fume. Suited to regions without quarry stone.",
    ),
    (
        "qGo045",
        "vi",
        "ijcsm_rha",
        "Bê tông hạt mịn dùng cát và tro trấu thay đá dăm",
        "Chuyển giao cấp phối bê tông hạt mịn chất lượng cao dùng cát thay cốt liệu lớn, trộn 10–20% tro trấu làm phụ gia "
        "khoáng hoạt tính: tăng cường độ nén, kéo và khả năng chống thấm ion clo, tương đương silica fume.",
    ),
    (
        "qGo046",
        "en",
        "rha_um",
        "Ferro-cement furnace and grinding for cement-grade rice husk ash",
        "Production of amorphous rice husk ash in a low-cost ferro-cement furnace, followed by grinding and XRD checks. "
        "Replacing 10% of cement with the ground ash raised concrete strength by 30.8%, and up to 20% can be replaced "
        "without loss.",
    ),
    (
        "qGo047",
        "vi",
        "rha_um",
        "Lò đốt trấu xi măng lưới thép và nghiền mịn tro trấu",
        "Thiết kế lò đốt trấu bằng xi măng lưới thép giá rẻ để thu tro trấu vô định hình, kèm máy nghiền và kiểm tra cấp "
        "hạt; tro đạt yêu cầu thay 10–20% xi măng trong bê tông mà không giảm cường độ.",
    ),
    (
        "qGo048",
        "en",
        "rha_nehdi",
        "Controlled-combustion reactor for highly reactive rice husk ash",
        "A rice husk combustion reactor that suspends particles in angled air jets, burning husk in seconds at a set "
        "temperature. The ash needs far less superplasticiser and air-entrainer than ordinary RHA and gives concrete "
        "stronger than mixes with the same share of silica fume.",
    ),
    (
        "qGo049",
        "vi",
        "rha_review",
        "Đánh giá hoạt tính puzolan và độ mịn tro trấu",
        "Dịch vụ phân tích tro trấu: hàm lượng SiO2 vô định hình, độ mịn, chỉ số hoạt tính puzolan và hiệu ứng vi cốt liệu, "
        "để xác định tro trấu có dùng được làm phụ gia khoáng cho xi măng, bê tông hay không.",
    ),
    (
        "qGo050",
        "en",
        "rha_review",
        "Rice husk ash as supplementary cementitious material: process selection",
        "Review-based advice on burning and grinding routes for rice husk ash, its reactive silica and filler effects, "
        "and the secondary C-S-H it forms, so producers can choose a process that yields usable ash.",
    ),
    (
        "qGo051",
        "vi",
        "rha_quangnam",
        "Tro trấu bếp gia đình thay 5–15% xi măng trong bê tông",
        "Hướng dẫn dùng tro trấu thu gom từ bếp đun hộ gia đình để thay 5% và 15% xi măng pooclăng; cần bổ sung phụ gia "
        "hóa dẻo tăng theo lượng tro để giữ độ sụt mà không thêm nước; cường độ theo dõi ở 7, 28 và 56 ngày.",
    ),
    (
        "qGo052",
        "vi",
        "cot_trau",
        "Bê tông cốt trấu cho mặt đường giao thông nông thôn",
        "Nghiên cứu và chuyển giao bê tông dùng vỏ trấu làm một phần cốt liệu cho kết cấu mặt đường nông thôn: nguồn trấu "
        "dồi dào, giá rẻ, đã kiểm tra khả năng chịu lực.",
    ),
    (
        "qGo053",
        "en",
        "cot_trau",
        "Husk-aggregate concrete for rural road pavements",
        "Concrete with raw rice husk as part of the aggregate, tested for load-bearing capacity in rural road pavements; "
        "cheap and abundant where rice is milled.",
    ),
    (
        "qGo054",
        "vi",
        "rha_brick",
        "Gạch tro trấu cách nhiệt cho nhà ở vùng nóng",
        "Công nghệ gạch dùng tro trấu đã lọc tạp chất phối trộn với đất sét và phụ gia kết dính theo tỷ lệ 40:55:5; gạch "
        "đạt cường độ nén 7,5 MPa, cách nhiệt tốt hơn khoảng 30% so với gạch truyền thống, giá thấp hơn khoảng 15%.",
    ),
    (
        "qGo055",
        "en",
        "rha_brick",
        "Rice husk ash bricks with better thermal insulation",
        "Bricks made from cleaned rice husk ash blended with clay and binder (40:55:5) reaching 7.5 MPa, with about 30% "
        "better insulation than ordinary bricks; a trial apartment block in Dong Thap saved up to 18% electricity in the "
        "dry season.",
    ),
    (
        "qGo056",
        "en",
        "cseb_ajol",
        "Compressed stabilised earth bricks with rice husk ash and cement",
        "Mix optimisation (response-surface design) for compressed earth bricks stabilised with 0–5% cement and rice husk "
        "ash; the best mix of 2.5% RHA, 2.5% cement and 21.25% water gave the highest compressive and abrasion strength "
        "after 28–108 days.",
    ),
    (
        "qGo057",
        "en",
        "cseb_usk",
        "Unburned CSEB stabilised with rice husk ash, lime and cement",
        "Compressed stabilised earth blocks that avoid kiln firing: part of the cement and lime is replaced by rice husk "
        "ash. Best 28-day strength 3.98 N/mm2 with 5% cement, 2.5% lime and 2.5% ash at 20% mixing water.",
    ),
    (
        "qGo058",
        "vi",
        "cseb_usk",
        "Gạch đất ép không nung ổn định bằng vôi, xi măng và tro trấu",
        "Chuyển giao quy trình gạch đất ép không nung: thay một phần xi măng và vôi bằng tro trấu, không phải đốt lò; cấp "
        "phối tốt nhất 5% xi măng, 2,5% vôi, 2,5% tro, nước trộn 20%, cường độ 28 ngày gần 4 MPa.",
    ),
    (
        "qGo059",
        "en",
        "cseb_iukl",
        "Fly-ash stabilised compressed earth blocks",
        "Compressed earth blocks from local soil with fine and coarse aggregate, stabilised by a few per cent of fly "
        "ash; 10% fly ash gave the best strength (about 1.1 MPa at 28 days), lowest water absorption and abrasion loss.",
    ),
    (
        "qGo060",
        "vi",
        "bagasse",
        "Tro bã mía thay một phần xi măng trong bê tông",
        "Quy trình xử lý bã mía (rửa, sấy, nung 750 °C trong 3 giờ) thành tro bã mía giàu SiO2, K2O, CaO; thay 4,5% xi măng "
        "cho cường độ nén 28 ngày cao nhất, khoảng 74 N/mm2, gấp 3,5 lần mẫu đối chứng.",
    ),
    (
        "qGo061",
        "en",
        "bagasse",
        "Sugarcane bagasse ash as partial cement replacement",
        "University method to calcine cleaned, dried bagasse at 750 °C for 3 hours; XRF shows 24.4% SiO2. Replacing "
        "2–13.5% of cement raised 28-day strength in every case, best at 4.5%.",
    ),
    (
        "qGo062",
        "en",
        "mixph_hull",
        "Low-cost rice hull ash bricks for self-build housing",
        "A simple village procedure that uses rice hull as kiln fuel and mixes the resulting ash with clay to make "
        "building bricks for low-cost housing.",
    ),
    (
        "qGo063",
        "en",
        "husk_fuel",
        "Rice husk-fired boilers for process steam and power",
        "Combustion systems designed for the specific behaviour of rice husk fuel, supplying steam and power to rice mills "
        "and nearby industries; husk-fired plants can be profitable if fuel properties are well handled.",
    ),
    (
        "qGo064",
        "en",
        "husk_gasifier",
        "Rice husk gasifier for rural heat and electricity",
        "Gasifiers that turn rice husk into syngas (H2, CO, CH4) at 600–1,000 °C with 60–80% efficiency, for cooking, "
        "drying heat or small power generation in rice-growing villages.",
    ),
    (
        "qGo065",
        "vi",
        "husk_gasifier",
        "Lò khí hóa trấu cấp nhiệt cho lò sấy lúa",
        "Cung cấp lò khí hóa trấu biến trấu thành khí tổng hợp để cấp nhiệt cho lò sấy, nấu ăn hoặc phát điện nhỏ, giảm khói "
        "so với đốt trấu trực tiếp.",
    ),
    (
        "qGo066",
        "en",
        "husk_mineralco",
        "Rice husk pelletising and supply as boiler fuel",
        "Collection of husk from rice mills and pelletising into fuel for small industries and households as a "
        "substitute for firewood and coal.",
    ),
    (
        "qGo067",
        "en",
        "husk_biochar",
        "Top-lit updraft gasifier for rice husk biochar",
        "Small gasifier optimised to maximise biochar from rice husk for soil amendment, improving nutrient and water "
        "retention on farms.",
    ),
    # --- dredged sediment, sludge, sand ---
    (
        "qGo068",
        "en",
        "dredge_baltimore",
        "Bricks and permeable pavers from dredged channel sediment",
        "Feasibility and product development for turning sediment dredged from shipping channels into recycled ceramic "
        "bricks and permeable pavers, freeing capacity in sediment containment sites and supplying stormwater products.",
    ),
    (
        "qGo069",
        "vi",
        "dredge_baltimore",
        "Nghiên cứu khả thi làm gạch, gạch lát thấm nước từ bùn nạo vét luồng",
        "Đánh giá khả thi và phát triển sản phẩm gạch, gạch lát thấm nước từ trầm tích nạo vét luồng tàu, giảm áp lực cho "
        "bãi chứa bùn nạo vét.",
    ),
    (
        "qGo070",
        "en",
        "dredge_bremen",
        "Industrial-scale brick trials with harbour sediment, with leaching tests",
        "Pilot production at a full-scale brickworks using dredged harbour sediment as raw material (the source port "
        "dredges some 600,000 m3 a year). Emissions and wastewater stayed within limits, and leaching tests showed arsenic "
        "and heavy metals were immobilised in the bricks.",
    ),
    (
        "qGo071",
        "vi",
        "dredge_bremen",
        "Thử nghiệm công nghiệp gạch từ bùn cảng và kiểm tra rò rỉ kim loại nặng",
        "Tổ chức sản xuất thử gạch xây từ bùn nạo vét cảng tại nhà máy gạch, kiểm soát khí thải, nước thải và làm thí nghiệm "
        "rò rỉ theo pH và cỡ hạt để chứng minh kim loại nặng được cố định trong viên gạch.",
    ),
    (
        "qGo072",
        "en",
        "dredge_review",
        "Beneficial-use planning for dredged material",
        "Review-based guidance on sources, volumes, physical and chemical properties and beneficial uses of dredged "
        "material, with the management steps and policies that govern its reuse or disposal.",
    ),
    (
        "qGo073",
        "en",
        "dredge_morocco",
        "Characterisation of dredged sediment for reuse as construction material",
        "Laboratory service: grain size, chemistry, mineralogy and organic content of harbour dredged sediment, to decide "
        "which recycling path (fill, aggregate, bricks, binder) is feasible.",
    ),
    (
        "qGo074",
        "vi",
        "dredge_morocco",
        "Phân tích đặc tính bùn nạo vét để định hướng làm vật liệu xây dựng",
        "Dịch vụ thí nghiệm thành phần hạt, hóa học, khoáng vật và chất hữu cơ của bùn nạo vét, từ đó đề xuất hướng tái chế "
        "phù hợp: san lấp, cốt liệu, gạch hay chất kết dính.",
    ),
    (
        "qGo075",
        "en",
        "dredge_koper",
        "Dredged marine sediment in concrete paving blocks",
        "Mix development that uses treated port dredged sediment as a partial replacement in concrete paving blocks, "
        "lowering cost while keeping properties; sized for ports dredging around 300,000 m3 per campaign.",
    ),
    (
        "qGo076",
        "vi",
        "dredge_koper",
        "Gạch lát bê tông dùng bùn biển nạo vét thay một phần cốt liệu",
        "Thiết kế cấp phối gạch lát bê tông thay một phần cốt liệu bằng bùn nạo vét cảng biển đã xử lý, giảm chi phí và "
        "giảm lượng bùn phải đổ thải.",
    ),
    (
        "qGo077",
        "en",
        "sediment_heliyon",
        "Flash-calcined sediment binders and sediment–fly ash geopolymers",
        "Research partnership on turning river and reservoir sediments into construction materials: flash calcination "
        "into blended-cement components, and geopolymers of dredged clay sediment with fly ash activated mechanochemically.",
    ),
    (
        "qGo078",
        "vi",
        "sediment_heliyon",
        "Bùn trầm tích nung nhanh làm phụ gia xi măng, geopolymer bùn – tro bay",
        "Hợp tác nghiên cứu biến trầm tích sông, hồ thành vật liệu xây dựng: nung nhanh làm thành phần xi măng hỗn hợp, hoặc "
        "trộn với tro bay để chế tạo geopolymer.",
    ),
    (
        "qGo079",
        "vi",
        "bun_nuoccap",
        "Tận dụng bùn nhà máy nước cấp thay 40% đất sét làm gạch",
        "Bùn từ nhà máy cấp nước dùng nguồn nước sông có thành phần tương tự đất sét; thay tới 40% đất sét vẫn cho gạch rỗng "
        "nung đạt M50 (7,5 MPa, hút nước 13,6%), giảm chi phí xử lý bùn.",
    ),
    (
        "qGo080",
        "en",
        "bun_cantho",
        "Water-works sludge dewatering, lime stabilisation and reuse in bricks",
        "On-site treatment of sludge from drinking-water plants by draining and lime stabilisation, then reuse as brick "
        "and pottery raw material (about 2 kg sludge to 8 kg clay); the separated water can return to the plant as raw water.",
    ),
    (
        "qGo081",
        "vi",
        "bun_cantho",
        "Xử lý và tận dụng bùn thải nhà máy nước làm vật liệu xây dựng",
        "Quy trình làm ráo nước, ổn định bằng vôi bùn thải nhà máy nước, sau đó phối trộn với đất sét để làm gạch xây, chậu "
        "gốm, chén hứng mủ cao su; tái sử dụng nước tách bùn làm nước thô.",
    ),
    (
        "qGo082",
        "vi",
        "bun_detnhuom",
        "Bùn thải dệt nhuộm làm nguyên liệu gạch đất sét nung",
        "Phối trộn bùn thải xử lý nước của nhà máy dệt (giàu sắt, nhiệt trị khoảng 2.000 kcal/kg) vào gạch đất sét nung, giảm "
        "than đốt; gạch đạt mác 200 so với mác 150 của gạch đối chứng.",
    ),
    (
        "qGo083",
        "vi",
        "dv_catbien",
        "Dây chuyền xử lý cát biển thành cát xây dựng đạt chuẩn",
        "Thiết kế dây chuyền rửa giảm muối clorua, loại tạp chất hữu cơ, sàng phân cấp hạt để biến cát biển thành cát xây "
        "dựng đạt TCVN 7570:2006, kèm tư vấn thủ tục theo chính sách khai thác cát biển.",
    ),
    (
        "qGo084",
        "en",
        "dv_catbien",
        "Sea-sand washing and grading plant to construction-sand standard",
        "Desalination washing, organic removal and grading of sea sand so that it meets TCVN 7570:2006 for concrete and "
        "mortar, protecting reinforcement from chloride corrosion.",
    ),
    (
        "qGo085",
        "vi",
        "betongsmc",
        "Bê tông dùng cát biển và cát biển đắp nền đường",
        "Nhà sản xuất bê tông tư vấn phân loại và dùng cát biển: cát có xử lý cho bê tông, vữa theo TCVN 7570:2006 và "
        "TCVN 9205:2012; cát hạt nhỏ cho san lấp, đắp nền giao thông có kiểm soát môi trường.",
    ),
    (
        "qGo086",
        "en",
        "catbien_gia",
        "Testing sea sand for use in cement concrete",
        "Physical, mechanical and chemical testing of sea sand samples, including chloride and sulfate attack, to judge "
        "whether they can replace river sand in cement concrete; national demand was about 92 million m3 in 2015 and "
        "130 million m3 by 2020.",
    ),
    (
        "qGo087",
        "vi",
        "catbien_gia",
        "Thí nghiệm tính chất cát biển dùng cho bê tông xi măng",
        "Khảo sát và thí nghiệm cát biển tại nhiều vùng: tính chất cơ lý, thành phần hóa học, nguy cơ xâm thực clo và "
        "sulfate, đánh giá khả năng thay cát tự nhiên trong bê tông xi măng.",
    ),
    (
        "qGo088",
        "en",
        "sand_budget",
        "Sand budget modelling for river reaches",
        "Field surveys and numerical modelling of sediment inflow, outflow to the sea, extraction and mobile riverbed "
        "stock, to set sustainable sand-mining quotas; the Mekong Delta study estimated a 367–550 million m3 stock.",
    ),
    (
        "qGo089",
        "en",
        "sand_wwf",
        "Sustainable sand management and riverbank-risk advisory",
        "NGO-led advisory and stakeholder workshops on curbing over-extraction of river sand and its link to bank "
        "erosion, subsidence and salinity intrusion.",
    ),
    (
        "qGo090",
        "vi",
        "cat_sanlap",
        "Cung cấp cát san lấp nền theo tiêu chuẩn",
        "Cung ứng cát san lấp mặt bằng, đắp nền đạt tiêu chuẩn kỹ thuật, báo giá theo khối lượng và cự ly vận chuyển.",
    ),
    (
        "qGo091",
        "vi",
        "naovet_quangnam",
        "Thi công nạo vét khơi thông luồng đường thủy",
        "Nhà thầu nạo vét luồng tàu, cửa sông bằng tàu hút và gầu ngoạm, khôi phục độ sâu chạy tàu khi luồng bị bồi lấp.",
    ),
    (
        "qGo092",
        "en",
        "naovet_quangnam",
        "Channel and river-mouth dredging contractor",
        "Dredging works to reopen silted navigation channels and estuary mouths, with cutter-suction and grab dredgers.",
    ),
    (
        "qGo093",
        "vi",
        "cailon_caibe",
        "Mô hình đánh giá tác động công trình cống đến lũ và xâm nhập mặn",
        "Mô phỏng thủy lực đánh giá ảnh hưởng của hệ thống cống lớn đến lũ và xâm nhập mặn vùng ven biển đồng bằng sông Cửu Long.",
    ),
    (
        "qGo094",
        "vi",
        "kenh_tat",
        "Khảo sát bồi lắng, tương tác dòng ven bờ tại cửa kênh nhân tạo",
        "Phân tích ảnh vệ tinh nhiều năm và khảo sát bồi, xói bờ biển, bồi lắng tại cửa kênh nhân tạo ra biển và khu vực kè "
        "bảo vệ cảng.",
    ),
    # --- clay brick kilns and their replacement (many fired-brick distractors) ---
    (
        "qGo095",
        "vi",
        "thvl_mangthit",
        "Chuyển đổi lò gạch gốm sang công nghệ nung mới hiệu quả hơn",
        "Hỗ trợ cơ sở gạch, gốm làng nghề chuyển sang lò nung kiểu mới ít khói, năng suất cao hơn để tiếp tục giữ nghề "
        "gạch gốm truyền thống.",
    ),
    (
        "qGo096",
        "en",
        "gfa_vsbp",
        "Transition programme for small-scale brickmakers",
        "Development-agency programme that packages technical options, policy instruments and management tools to help "
        "small brickmakers move away from traditional kilns, with pilot projects, a demand-driven support phase and "
        "guidance for provincial authorities.",
    ),
    (
        "qGo097",
        "vi",
        "gfa_vsbp",
        "Chương trình hỗ trợ cơ sở gạch nhỏ chuyển đổi sản xuất bền vững",
        "Gói hỗ trợ kỹ thuật, chính sách và quản lý cho hộ sản xuất gạch quy mô nhỏ chuyển đổi khỏi lò thủ công, giảm xung "
        "đột với nông dân do khói lò và khai thác đất sét tràn lan.",
    ),
    (
        "qGo098",
        "en",
        "fan_namdinh",
        "Vertical shaft brick kiln retrofit to cut coal use",
        "Cleaner-kiln technology for small brickmakers: vertical shaft kilns that use far less than the up to 500 g of "
        "coal per brick burnt in old kilns and reduce fluorine and sulphur fumes that damage nearby crops.",
    ),
    (
        "qGo099",
        "en",
        "kiln_policy",
        "Brick kiln technology and policy review",
        "Academic review comparing traditional, improved, vertical shaft, Hoffmann, rice-husk and tunnel kilns on "
        "investment per million bricks, fuel cost, breakage and emissions, and summarising the national kiln-phase-out rules.",
    ),
    (
        "qGo100",
        "vi",
        "hopman_dongnai",
        "Lò nung gạch liên hoàn Hoffman đốt trấu, mùn cưa",
        "Xây dựng lò gạch liên hoàn nhiều khoang, tận dụng khói nóng sấy gạch mộc; giảm gần một nửa củi, đốt được mùn cưa, "
        "trấu, gỗ vụn, ít khói hơn lò truyền thống.",
    ),
    (
        "qGo101",
        "vi",
        "lo_hoffman",
        "Thiết kế lò nung gạch Hoffman nung liên tục",
        "Tư vấn thiết kế, chuyển giao lò Hoffman buồng đốt di động nung liên tục cho cơ sở gạch đất sét đang dùng lò thủ công.",
    ),
    (
        "qGo102",
        "vi",
        "rx_tuynel",
        "Công nghệ sản xuất gạch tuynel",
        "Giới thiệu và cung cấp các công nghệ lò tuynel nung gạch đất sét (lò bầu, lò tuynel liên tục), năng suất hàng triệu "
        "viên mỗi năm, chất lượng gạch đồng đều.",
    ),
    (
        "qGo103",
        "en",
        "rx_tuynel",
        "Tunnel kiln fired clay brick technology",
        "Supply of tunnel kiln systems for fired clay bricks with multi-chamber firing, high output and uniform quality.",
    ),
    (
        "qGo104",
        "vi",
        "gach_amduong",
        "Quy trình sản xuất gạch âm dương đất sét nung",
        "Chuyển giao quy trình gạch âm dương: đất sét ngâm ủ, nghiền, nhào trộn với than cám, đùn ép chân không, phơi sấy và "
        "nung trong lò tuynel; viên gạch có máng và sống giúp tiết kiệm vữa.",
    ),
    (
        "qGo105",
        "en",
        "vtv_logach",
        "Converting idle brick kilns into tourist stays",
        "Tourism firms redesign disused traditional brick kilns into hotels and visitor sites, giving kiln villages a new "
        "income after kilns are closed.",
    ),
    (
        "qGo106",
        "vi",
        "vnews_gom",
        "Gốm mỹ thuật kết hợp du lịch làng nghề",
        "Cơ sở gạch gốm chuyển sang sản phẩm gốm mỹ thuật có tính thẩm mỹ cao, kết hợp đón khách du lịch tham quan lò.",
    ),
    (
        "qGo107",
        "en",
        "gfa_vsbk",
        "Channel kiln and small tunnel kiln pilots for fired bricks",
        "Engineering support to pilot more efficient fired-brick kilns (channel kilns, small tunnel kilns with fast or "
        "slow firing) for a market consuming over 20 billion bricks a year.",
    ),
    (
        "qGo108",
        "en",
        "iucn_namdinh",
        "Community survey of brick-kiln smoke and health impacts",
        "Participatory survey with interviews, photos and expert consultation on smoke, dust and soot from brick kilns "
        "near a town centre, producing local recommendations to reduce the impact.",
    ),
    (
        "qGo109",
        "vi",
        "gach_men",
        "Quy trình sản xuất gạch men ốp lát",
        "Tư vấn dây chuyền gạch men: nghiền phối liệu, sấy phun, ép, tráng men lót và men chính, in lụa, nung.",
    ),
    (
        "qGo110",
        "en",
        "gach_men",
        "Glazed ceramic wall and floor tile production",
        "Process design for glazed ceramic tiles: batching, spray drying, pressing, engobe and glaze application, screen "
        "printing and kiln firing.",
    ),
    (
        "qGo111",
        "vi",
        "thachcao",
        "Thi công trần thạch cao nổi",
        "Thiết kế, thi công trần thạch cao khung nổi cho nhà ở, văn phòng, dễ tháo lắp và bảo trì.",
    ),
    # --- lightweight concrete and aggregates ---
    (
        "qGo112",
        "vi",
        "luxmens_clc",
        "Gạch bê tông bọt CLC nhẹ 400–800 kg/m3",
        "Sản xuất và chuyển giao gạch bê tông bọt CLC: khoảng 75% thể tích là bọt khí, khối lượng 400–800 kg/m3 so với "
        "khoảng 1.800 kg/m3 của gạch đỏ; không cần nồi hấp, đầu tư thấp hơn AAC, cường độ tương đương hoặc nhỉnh hơn.",
    ),
    (
        "qGo113",
        "en",
        "luxmens_clc",
        "CLC foam concrete blocks: low-capital alternative to AAC",
        "Cellular lightweight concrete blocks with about 75% air by volume and 400–800 kg/m3 density. Cured without an "
        "autoclave (28 days or shortened with admixtures), so plant investment is far lower than for autoclaved aerated concrete.",
    ),
    (
        "qGo114",
        "vi",
        "defzone_aac",
        "Gạch bê tông khí chưng áp AAC dùng tro bay",
        "Công nghệ AAC: xi măng trộn vôi, cát thạch anh hoặc tro bay nhiệt điện, nước và bột nhôm tạo khí, thể tích nở tới "
        "5 lần, sau đó cắt và hấp trong nồi chưng áp; sản phẩm block, tấm tường, tấm sàn cách âm, cách nhiệt, chịu lửa.",
    ),
    (
        "qGo115",
        "en",
        "ximang_aac",
        "AAC block plant know-how and market entry",
        "Consulting for investors in autoclaved aerated concrete: Vietnam has 12 AAC plants with 1.95 million m3/year "
        "design capacity, the first being a 100,000 m3/year line in Lam Dong. We cover plant choice, panel products and "
        "the market hurdles that keep plants under capacity.",
    ),
    (
        "qGo116",
        "vi",
        "ximang_aac",
        "Tư vấn đầu tư nhà máy bê tông khí chưng áp AAC",
        "Tư vấn lựa chọn công nghệ, quy mô và sản phẩm (block, tấm panel) cho nhà máy AAC, dựa trên thực trạng 12 nhà máy "
        "với tổng công suất 1,95 triệu m3/năm và những khó khăn về tiêu thụ.",
    ),
    (
        "qGo117",
        "en",
        "cie_clc",
        "CLC blocks from fly ash slurry and pre-formed foam",
        "Production method for cellular lightweight blocks: a slurry of Portland cement, class F fly ash and water is "
        "mixed with stable pre-formed foam, cast in moulds and cut; blocks insulate heat and sound for low-cost housing.",
    ),
    (
        "qGo118",
        "en",
        "bigaac_clc",
        "Complete CLC lightweight block plant",
        "Supply of CLC plants: cement, optional sand, fly ash and water slurry plus foam, self-compacting into moulds "
        "without vibration, water or steam curing. Lightweight concrete cuts dead load by 20–25% and saves steel and mortar.",
    ),
    (
        "qGo119",
        "vi",
        "ces_clc",
        "Cấp phối và thiết bị sản xuất gạch CLC từ tro bay",
        "Cung cấp cấp phối CLC khối lượng 850 kg/m3 (khoảng 200 lít nước, 500 kg tro bay, 5 bao xi măng, 1,2 kg chất tạo bọt) "
        "và bộ thiết bị: máy trộn, máy tạo bọt, máy nén khí, băng tải, khuôn.",
    ),
    (
        "qGo120",
        "en",
        "ces_clc",
        "CLC mix design by density class",
        "Mix proportions and equipment lists for cellular lightweight concrete from 400 to 1,800 kg/m3: low density for "
        "insulation, 800–1,000 kg/m3 for non-load-bearing precast blocks, 1,200–1,800 kg/m3 for load-bearing walls.",
    ),
    (
        "qGo121",
        "en",
        "technot_foam",
        "Foam block and gas block production lines",
        "Turnkey lines for foam blocks (cement, sand, water and foaming agent) and gas blocks (aluminium-powder reaction), "
        "with mixing, moulding and 24–48 h curing chambers.",
    ),
    (
        "qGo122",
        "vi",
        "technot_foam",
        "Dây chuyền sản xuất block bọt và block khí",
        "Cung cấp dây chuyền block bọt và block khí: chuẩn bị vữa, trộn tạo bọt ổn định, đổ khuôn, dưỡng hộ 24–48 giờ trong "
        "buồng sấy.",
    ),
    (
        "qGo123",
        "vi",
        "canadatc_foam",
        "Sản xuất bê tông bọt quy mô nhỏ bằng khuôn tháo lắp",
        "Hướng dẫn làm block bê tông bọt thủ công bằng khuôn tháo lắp hoặc khuôn lớn rồi cắt, vốn đầu tư thấp, phù hợp hộ "
        "sản xuất nhỏ.",
    ),
    (
        "qGo124",
        "en",
        "lytag",
        "Sintered fly ash lightweight aggregate",
        "Process for Lytag-type aggregate: low-carbon fly ash mixed with water and some coal, pelletised into 8–14 mm "
        "nodules on a dish and sintered near 1,100 °C on a moving grate; used for structural lightweight concrete and blocks.",
    ),
    (
        "qGo125",
        "vi",
        "lytag",
        "Cốt liệu nhẹ tro bay thiêu kết",
        "Công nghệ vê viên tro bay (8–14 mm) rồi thiêu kết khoảng 1.100 °C trên băng ghi để làm cốt liệu nhẹ cho bê tông "
        "kết cấu nhẹ và block xây.",
    ),
    (
        "qGo126",
        "en",
        "concrete_lwa",
        "Selecting lightweight aggregates for concrete",
        "Technical advice on lightweight aggregate types and dry densities (sintered fly ash 770–960 kg/m3, expanded clay "
        "320–960, furnace clinker 720–1,040) and on combining them with natural fines.",
    ),
    (
        "qGo127",
        "en",
        "exclay",
        "Expanded clay aggregate (LECA) supply",
        "Round expanded clay pellets fired in a rotary kiln around 1,100 °C, about 350 kg/m3, grades 3–32 mm, for "
        "lightweight blocks, insulation fill and filtration.",
    ),
    (
        "qGo128",
        "vi",
        "exclay",
        "Sỏi nhẹ keramzit từ đất sét nung phồng",
        "Cung cấp sỏi nhẹ keramzit nung phồng từ đất sét trong lò quay, dùng làm block nhẹ, lớp cách nhiệt, vật liệu lọc.",
    ),
    # --- recycled aggregate, shells, roads, testing ---
    (
        "qGo129",
        "en",
        "baichy_cdw",
        "Crusher plants that turn construction waste into recycled aggregate",
        "Design of recycling plants for demolition debris: jaw crusher then impact crusher and screens for concrete, jaw "
        "then cone crusher for bricks and blocks. Recycled concrete aggregate goes to road base, drainage and up to 30% "
        "replacement in new concrete; crushed brick to sub-base and landscaping.",
    ),
    (
        "qGo130",
        "vi",
        "baichy_cdw",
        "Trạm nghiền tái chế phế thải xây dựng thành cốt liệu",
        "Thiết kế trạm nghiền phế thải xây dựng: nghiền hàm, nghiền va đập và sàng cho bê tông vụn; nghiền hàm, nghiền côn "
        "cho gạch vỡ. Cốt liệu tái chế dùng làm móng đường, thoát nước, thay đến 30% cốt liệu trong bê tông mới.",
    ),
    (
        "qGo131",
        "en",
        "baichy_mobile",
        "Mobile jaw and impact crushers for on-site debris recycling",
        "Mobile crushing and screening sets: a 100 t/h jaw crusher handles about 800 t of concrete a day into 10–150 mm "
        "road base; an impact crusher shapes 5–40 mm cubical aggregate meeting ASTM C33; screens split 0–5 mm sand and "
        "5–20 mm gravel.",
    ),
    (
        "qGo132",
        "vi",
        "baichy_mobile",
        "Máy nghiền di động tái chế bê tông tại công trường",
        "Cung cấp tổ hợp nghiền hàm di động 100 tấn/giờ, nghiền va đập và sàng rung 2–4 tầng để tái chế bê tông, gạch vỡ "
        "ngay tại công trường thành đá dăm móng đường và cát nghiền.",
    ),
    (
        "qGo133",
        "en",
        "crushsize",
        "Gentle primary crusher for high-quality recycled concrete",
        "Primary crusher for demolition concrete accepting slabs up to 1,700 mm edge length and about 700 mm thick, "
        "pre-crushing to 0–250 mm with hydraulic gap setting and overload protection, producing far fewer fines so that "
        "more of the output can replace natural aggregate in new concrete.",
    ),
    (
        "qGo134",
        "en",
        "puraw",
        "Construction waste sorting, crushing and storage service",
        "We accept, sort and crush construction waste at our yard or at your site, separating metals, wood, glass and "
        "plastics and grading concrete rubble into fractions comparable to primary raw materials.",
    ),
    (
        "qGo135",
        "vi",
        "puraw",
        "Dịch vụ tiếp nhận, phân loại và nghiền phế thải xây dựng",
        "Tiếp nhận phế thải xây dựng, phân loại sắt thép, gỗ, kính, nhựa; nghiền bê tông vụn thành các cỡ hạt dùng lại như "
        "vật liệu tương đương nguyên liệu gốc.",
    ),
    (
        "qGo136",
        "en",
        "mininginfo",
        "Concrete recycling crushers with magnetic rebar removal",
        "Stationary or mobile concrete crushers with screens that return oversize to the crusher and magnets that pull "
        "out rebar; large plants reach 600 t/h, compact units about 150 t/h for on-site work; product used as sub-base gravel.",
    ),
    (
        "qGo137",
        "en",
        "millvik",
        "Turnkey C&D waste crushing and screening plant",
        "Crushers, screens and conveyors that reduce concrete, brick, asphalt and stone demolition waste to reusable "
        "aggregate, including mobile units for on-site recycling.",
    ),
    (
        "qGo138",
        "vi",
        "th4_rca",
        "Tái chế bê tông phá dỡ tại chỗ bằng máy nghiền di động",
        "Dịch vụ nghiền bê tông phá dỡ ngay tại công trình: loại rác, gỗ, giấy; tách thép bằng nam châm; phân cỡ hạt và "
        "nghiền lại phần quá cỡ; giảm chi phí vận chuyển so với chở ra mỏ.",
    ),
    (
        "qGo139",
        "en",
        "seashell_review",
        "Seashell aggregate concrete design",
        "Guidance on using crushed mollusc shells (oyster, mussel, cockle, clam) as aggregate: ground shell can replace "
        "up to 20% of fine aggregate and up to 50% of coarse aggregate while keeping normal-weight concrete.",
    ),
    (
        "qGo140",
        "vi",
        "seashell_review",
        "Vỏ nhuyễn thể nghiền làm cốt liệu bê tông",
        "Tư vấn dùng vỏ hàu, vẹm, sò, nghêu nghiền thay tới 20% cát và tới 50% đá trong bê tông thường; lưu ý độ bền lâu dài "
        "và tỷ lệ vỏ càng cao thì cường độ càng giảm.",
    ),
    (
        "qGo141",
        "en",
        "oyster_md",
        "Permeable concrete tiles with oyster shell aggregate",
        "Crushed oyster shells from restaurants used as aggregate in permeable concrete tiles with colour, texture and "
        "strength similar to commercial tiles, and as sand replacement in mortar without significant strength loss.",
    ),
    (
        "qGo142",
        "vi",
        "gsa_mollusk",
        "Vỏ hàu, nghêu nuôi làm thành phần bê tông",
        "Chế biến vỏ nhuyễn thể nuôi thành bột thay một phần xi măng, thành cốt liệu hoặc sợi gia cường cho bê tông, giảm "
        "khai thác đá cát và giảm phát thải.",
    ),
    (
        "qGo143",
        "en",
        "gsa_mollusk",
        "Farmed mollusc shells as cement, aggregate and fibre in concrete",
        "Processing aquaculture shell waste into cement replacement powder, aggregate or fibre reinforcement, cutting "
        "quarrying and the CO2 of cement.",
    ),
    (
        "qGo144",
        "en",
        "ije_basalt",
        "In-situ soil with cement and additive for rural roads",
        "Rural road bases built from on-site soil mixed with PCB40 cement and an additive that improves cement hydration, "
        "raising elastic modulus, splitting and compressive strength and CBR at lower cost than hauled gravel.",
    ),
    (
        "qGo145",
        "vi",
        "roadcem",
        "Đất gia cố xi măng và phụ gia cho đường giao thông nông thôn",
        "Thiết kế cấp phối và thi công đất tại chỗ gia cố xi măng với phụ gia tăng thủy hóa, thay cát, sỏi đang cạn kiệt; "
        "đã thí điểm đạt yêu cầu cường độ nén, kéo và mô đun đàn hồi theo tiêu chuẩn Việt Nam.",
    ),
    (
        "qGo146",
        "en",
        "adb_roads",
        "Surface soil stabilisation for farm roads",
        "Field-tested paving of farm roads by mixing a soil stabiliser into the surface layer and compacting, a cheaper "
        "alternative to asphalt or concrete on soft, rain-damaged rural tracks.",
    ),
    (
        "qGo147",
        "vi",
        "adb_roads",
        "Gia cố bề mặt đất làm đường nội đồng",
        "Thi công đường nội đồng bằng cách trộn chất ổn định vào lớp đất mặt rồi lu lèn, rẻ hơn bê tông, chịu được mưa và "
        "xe tải nhẹ.",
    ),
    (
        "qGo148",
        "en",
        "tensar",
        "Triaxial geogrid installation for road foundations",
        "Training on installing triaxial geogrids to stabilise granular road layers over weak subgrade.",
    ),
    (
        "qGo149",
        "en",
        "comptest_app",
        "Software for recording and analysing compressive and flexural tests",
        "Desktop application that records, calculates and analyses compressive and flexural strength of concrete "
        "specimens of several types and sizes in a testing laboratory.",
    ),
    (
        "qGo150",
        "vi",
        "prestige_gkn",
        "Gạch không nung từ đất theo công nghệ polime hóa",
        "Sản xuất gạch không nung từ đất được đóng rắn bằng chất kết dính polime, cùng gạch cốt liệu và gạch bê tông bọt; "
        "tư vấn vận hành để nhà máy nhỏ đạt công suất thiết kế.",
    ),
    (
        "qGo151",
        "en",
        "vnn_unburned",
        "Energy-saving unburned wall materials from industrial waste",
        "Unburned bricks from quarry chips and coal-plant slag with a low cement content; walls that can save up to "
        "40% of heating and cooling energy, and each tonne of slag used spares farmland clay.",
    ),
    (
        "qGo152",
        "vi",
        "vnn_unburned",
        "Chế độ dưỡng hộ gạch không nung trong khí hậu nhiệt đới",
        "Viện nghiên cứu tư vấn ảnh hưởng của nắng nóng, độ ẩm đến quá trình dưỡng hộ và hình thành cấu trúc ban đầu của "
        "vật liệu không nung, đề xuất chế độ dưỡng hộ bảo đảm chất lượng sản phẩm.",
    ),
    (
        "qGo153",
        "vi",
        "sand_daidoanket",
        "Tư vấn vật liệu thay thế cát sông cho công trình đồng bằng",
        "Nhóm chuyên gia vật liệu xây dựng và biến đổi khí hậu tư vấn giải pháp thay cát sông (cát biển, cát nghiền, tro xỉ) "
        "cho công trình giao thông, xây dựng vùng đồng bằng sông Cửu Long.",
    ),
    (
        "qGo154",
        "en",
        "sand_saigontimes",
        "Substitute fill materials for expressway embankments",
        "Advisory on replacing river sand in road embankments with sea sand, ash and other substitutes, for delta "
        "expressway projects where demand (about 54 million m3) exceeds licensed reserves (about 37 million m3).",
    ),
    (
        "qGo155",
        "vi",
        "c10_brick",
        "Tư vấn chuyển hướng dự án gạch nung sang vật liệu không nung",
        "Đánh giá lại các dự án đầu tư gạch đất sét nung sau chủ trương dừng đầu tư mới: so sánh tiêu hao than, phát thải và "
        "lập phương án chuyển sang vật liệu xây không nung.",
    ),
    (
        "qGo156",
        "vi",
        "civilica_soil",
        "Đất gia cố xi măng – tro bay làm móng đường",
        "Thiết kế đất gia cố 8–10% xi măng và 2–6% tro bay cho lớp móng đường; cấp phối 8% xi măng + 2% tro bay đạt cường độ "
        "ép chẻ trên 0,45 MPa sau 14 ngày.",
    ),
    (
        "qGo157",
        "vi",
        "dredge_review",
        "Lập phương án sử dụng có ích vật liệu nạo vét",
        "Tư vấn phân loại vật liệu nạo vét theo nguồn, khối lượng, tính chất và lập phương án sử dụng có ích (san lấp, bồi "
        "bãi, vật liệu xây dựng) thay vì đổ thải.",
    ),
    (
        "qGo158",
        "en",
        "rha_quangnam",
        "Household-stove rice husk ash in concrete",
        "Using rice husk ash collected from household cooking stoves to replace 5% and 15% of Portland cement, with a "
        "plasticiser dose that rises with ash content to keep workability at constant water.",
    ),
    (
        "qGo159",
        "en",
        "cseb_iukl",
        "Compressed earth block presses and soil testing",
        "Soil classification, compaction testing (optimum moisture, maximum dry density) and block pressing for "
        "compressed earth blocks, with durability checks by wet-dry and heating cycles.",
    ),
    (
        "qGo160",
        "vi",
        "ces_clc",
        "Gạch CLC tỷ trọng cao cho tường chịu lực",
        "Sản xuất bê tông bọt CLC theo ba cấp: 400–600 kg/m3 cách nhiệt, 800–1.000 kg/m3 block tường không chịu lực, "
        "1.200–1.800 kg/m3 cho tường chịu lực.",
    ),
]
