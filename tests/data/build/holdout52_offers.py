"""Offers of the holdout52 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # --- soil stabilisation and rural roads on soft soil ---
    (
        "kBo001",
        "en",
        "adb_stab",
        "Surface-stabilised soil paving for farm roads",
        "We transfer a surface soil-stabilisation method for unpaved farm roads: a powder stabiliser is spread, mixed "
        "into the in-situ soil, compacted and watered, giving a bound sub-base without hauling gravel. We run plate "
        "bearing tests before and after, and train a network of local builders through a trial section.",
    ),
    (
        "kBo002",
        "vi",
        "erdc_clay",
        "Gia cố đất sét ĐBSCL bằng vôi và vôi – xi măng làm nền đường",
        "Chuyển giao quy trình trộn vôi hoặc vôi – xi măng vào đất sét yếu, ẩm của đồng bằng để làm lớp móng đường. "
        "Vôi giúp đất tơi, mau khô, giảm co ngót trương nở; chỉ số CBR có thể tăng tới khoảng 50 lần và lớp gia cố "
        "cản nước thấm. Cung cấp thiết kế cấp phối, hướng dẫn kiểm soát chất lượng tại hiện trường.",
    ),
    (
        "kBo003",
        "en",
        "utt_roadcem",
        "Cement-treated in-situ soil with RoadCem additive for rural roads",
        "University road lab offers mix design and field inspection for rural roads built from local soil treated "
        "with cement plus the RoadCem additive, replacing scarce sand and gravel. Laboratory proportioning, trial "
        "section supervision and compressive/tensile/modulus testing in saturated condition to Vietnamese standards.",
    ),
    (
        "kBo004",
        "vi",
        "tcsj545",
        "Gia cố đất yếu đường dẫn sau mố cầu bằng xi măng và tro bay",
        "Nhóm nghiên cứu Đại học Giao thông vận tải chuyển giao giải pháp trộn xi măng và tro bay vào đất yếu đắp "
        "đường dẫn sau mố cầu, giảm lún lệch tạo 'bậc' giữa cầu và đường. Cung cấp thí nghiệm tỷ lệ phối trộn, "
        "thiết kế và hướng dẫn thi công.",
    ),
    (
        "kBo005",
        "vi",
        "mtu_softground",
        "Tư vấn chọn công nghệ xử lý nền đất yếu vùng ĐBSCL",
        "Khoa Xây dựng – Trường Đại học Xây dựng Miền Tây tư vấn lựa chọn giải pháp xử lý nền đất yếu nhiều hữu cơ, "
        "độ ẩm cao: gia tải trước, bấc thấm, cọc cát, cọc xi măng đất, vải/lưới địa kỹ thuật. Nhận khảo sát, tính "
        "lún – ổn định và đào tạo cán bộ kỹ thuật huyện, xã.",
    ),
    (
        "kBo006",
        "en",
        "vssmge",
        "Cement deep-mixing (soil-cement) columns for soft ground",
        "Geotechnical institute offers design and site supervision of cement deep-mixing columns, the soft-soil "
        "technique adapted in Vietnam from the Swedish lime-column method (cement replaced lime because quicklime "
        "is hard to store in the humid climate). Suitable under road embankments, culvert and bridge approaches.",
    ),
    (
        "kBo007",
        "vi",
        "tensar_vn",
        "Lưới địa kỹ thuật ba trục cho nền đường yếu – hướng dẫn lắp đặt",
        "Nhà cung cấp lưới địa kỹ thuật TriAx tổ chức tập huấn thi công đúng kỹ thuật: chuẩn bị nền, trải và nối "
        "chồng lưới, rải và lu lớp cấp phối trên lưới. Giúp giảm chiều dày lớp đá, hạn chế lún vệt bánh khi dùng "
        "vật liệu đắp tại chỗ không đạt chuẩn.",
    ),
    (
        "kBo008",
        "vi",
        "tcvn9844",
        "Cung cấp và tư vấn vải địa kỹ thuật theo TCVN 9844:2013",
        "Cung cấp vải địa kỹ thuật không dệt/dệt dùng phân cách, lọc và gia cường nền đắp trên đất yếu; tư vấn chọn "
        "loại vải theo TCVN 9844:2013 về thiết kế, thi công và nghiệm thu. Hỗ trợ giám sát trải vải cho đường giao "
        "thông nông thôn.",
    ),
    (
        "kBo009",
        "en",
        "mu_unpaved",
        "Geotextile separator design for unpaved roads on soft clay",
        "Design guidance and supply of geotextiles placed between sub-base and soft subgrade so that gravel does not "
        "punch into the clay and fines are not pumped up. A thinner sub-base gives the same service, saving aggregate, "
        "labour and haulage. Short course for district road engineers.",
    ),
    (
        "kBo010",
        "en",
        "scilit_unpaved",
        "Field-tested geosynthetic stabilisation of gravel roads",
        "Consultancy based on instrumented trial roads on soft ground comparing unreinforced, geotextile and geogrid "
        "sections under truck traffic. Geosynthetics gave the largest gain with a thin (about 25 cm) base; we size "
        "base thickness and reinforcement for your traffic and rut limits.",
    ),
    (
        "kBo011",
        "en",
        "prs_peat",
        "Geocell-reinforced rural access roads over very soft soil",
        "Neoloy geocell layers filled with low-grade or local granular fill turn roads over peat and soft soil into "
        "stable surfaces for trucks and farm machinery. A reference project used two 200 mm layers: about 40% less "
        "fill and 30% shorter installation. Supply, design and installation supervision.",
    ),
    (
        "kBo012",
        "en",
        "presto_geoweb",
        "Sand-filled geocells when gravel, lime or cement are scarce",
        "GEOWEB cellular confinement lets on-site sand or poor soil act as a load-bearing base, originally developed "
        "with the US Army Corps of Engineers for sand roads. Offered as a substitute when aggregate, lime or cement "
        "supply is delayed or costly; design support and product supply.",
    ),
    (
        "kBo013",
        "vi",
        "kienthuc_tccs49",
        "Tư vấn dùng cát biển đắp nền đường theo TCCS 49:2025",
        "Hỗ trợ chủ đầu tư áp dụng tiêu chuẩn cơ sở TCCS 49:2025/CĐBVN về nền đường ô tô dùng cát biển: lấy mẫu đo "
        "độ mặn (không vượt độ mặn nền đất tự nhiên), kiểm tra hàm lượng sét, hữu cơ, vỏ sò, CBR; chỉ dùng cho phần "
        "nền có độ chặt K ≤ 0,95 dưới khu vực tác dụng.",
    ),
    (
        "kBo014",
        "en",
        "tf_rutting",
        "Diagnosis of chronically rutting roads before choosing a fix",
        "Geotechnical investigation service for road sections that keep rutting despite repeated repairs. A case "
        "study showed geotextiles, boulders and pipes failed until groundwater flow was identified and a deep trench "
        "drain wrapped in geotextile was installed. We investigate, then design drainage and reinforcement.",
    ),
    # --- pavement maintenance and concrete roads ---
    (
        "kBo015",
        "en",
        "fp2_pothole",
        "Pothole patching methods training for local road crews",
        "Training on choosing and executing pothole repairs: throw-and-roll cold mix, edge-sealed patches, "
        "semi-permanent patches with squared edges and mechanical compaction, and spray-injection patching. Explains "
        "when patching is sensible and when a road in poor condition needs rehabilitation instead.",
    ),
    (
        "kBo016",
        "vi",
        "logoankara_cold",
        "Bê tông nhựa nguội vá ổ gà dùng được cả khi trời ẩm",
        "Cung cấp hỗn hợp vá ổ gà nguội đóng bao, không cần nấu nóng, kèm hướng dẫn: cắt mép thẳng, làm sạch, lót đá "
        "dăm đầm chặt nếu hố sâu, tưới lớp dính bám rồi rải và lèn chặt. Thích hợp cho xã tự vá đường nhựa hư hỏng "
        "cục bộ mùa mưa.",
    ),
    (
        "kBo017",
        "en",
        "economy_pothole",
        "Permanent full-depth pothole and patch repair service",
        "Contractor service for lasting repairs: over-excavate to sound material or sub-base, tack coat, place and "
        "compact hot mix in lifts, seal the edges; temporary cold or infrared patches when needed. Full-depth repairs "
        "last long if the surface drains well.",
    ),
    (
        "kBo018",
        "vi",
        "dissco_seal",
        "Trám khe nứt và chèn khe mặt đường bê tông xi măng",
        "Cung cấp vật liệu chèn khe gốc bitum – polymer và dịch vụ mở rộng, thổi sạch, trám khe co giãn và vết nứt "
        "mặt đường bê tông, ngăn nước thấm xuống móng gây rỗng, gãy tấm. Tuổi thọ lớp trám khoảng 5–9 năm.",
    ),
    (
        "kBo019",
        "en",
        "lmfl_crack",
        "Crack and joint sealing with rubberised asphalt",
        "Cracks and joints in asphalt or concrete surfaces are routed or sawn, blown clean and filled with flexible "
        "rubberised sealant, keeping water out of base and sub-base and adding roughly three to five years of life. "
        "Service for road owners as part of a preventive maintenance plan.",
    ),
    (
        "kBo020",
        "en",
        "pierce_chip",
        "Chip seal surface treatment for low-volume roads",
        "County-proven chip sealing: a thin film of liquid asphalt is sprayed, stone chips spread and rolled, excess "
        "swept and a fog seal added. Extends pavement life by about 7–12 years at low cost; advice and crew "
        "training offered.",
    ),
    (
        "kBo021",
        "vi",
        "emilio_chip",
        "Tư vấn láng nhựa (chip seal) cho đường nông thôn và lối vào",
        "Kỹ sư có kinh nghiệm hàng trăm km láng nhựa tư vấn khi nào nên làm: láng một hoặc hai lớp đá 3/8–1/2 inch, "
        "nhũ tương polymer cho vùng nóng, lu bánh hơi, quét đá thừa. Cảnh báo: láng nhựa không phải lớp kết cấu, móng "
        "yếu thì phải xử lý trước.",
    ),
    # --- small bridges and culverts ---
    (
        "kBo022",
        "en",
        "ilo_footbridge",
        "Community footbridge construction manual and training",
        "ILO/DFID manual for building footbridges at community and district level, covering site selection, "
        "timber, steel and concrete options, and labour-based construction. Training for district technicians and "
        "local builders.",
    ),
    (
        "kBo023",
        "en",
        "scribd_trussfb",
        "Standard steel truss footbridge kit for 10–25 m spans",
        "Standard steel truss footbridge for spans of 10–20 m (up to about 25 m) where intermediate piers are hard to "
        "build. Panels are cut and welded in a medium workshop, about 100 kg each, carried to site and bolted "
        "together; a timber deck is fitted by local carpenters under a technician.",
    ),
    (
        "kBo024",
        "vi",
        "tkm_steelfb",
        "Cầu đi bộ thép tiền chế rộng 1,2–5 m, mạ kẽm nhúng nóng",
        "Nhà sản xuất cung cấp cầu đi bộ thép lắp sẵn: dạng dầm cho nhịp ngắn, dạng giàn cho nhịp dài, rộng từ 1,2 m "
        "đến 5 m, có lan can, mạ kẽm nhúng nóng. Khảo sát hiện trạng vị trí khó tiếp cận trước khi chế tạo.",
    ),
    (
        "kBo025",
        "vi",
        "mexbiz_mabey",
        "Cầu thép lắp ghép dạng module, lao đẩy bằng tay",
        "Cầu thép module Compact 200 (hậu duệ cầu Bailey) lắp bằng phương pháp lao hẫng: công nhân chưa qua đào tạo "
        "lắp các tấm giàn và đẩy ra nhịp, không bắt buộc cần cẩu. Nhà cung cấp hỗ trợ kỹ thuật và đào tạo lắp dựng "
        "an toàn.",
    ),
    (
        "kBo026",
        "en",
        "esc_bailey",
        "Modular panel (Bailey-type) steel bridges for temporary or permanent crossings",
        "Prefabricated steel truss panels, transoms, bracing and deck units assembled on site in hours by relatively "
        "unskilled labour, transported in containers or on flatbeds. Configurable spans, widths and load classes; "
        "design in days and delivery in weeks.",
    ),
    (
        "kBo027",
        "vi",
        "fungo_mabey",
        "Cầu thép mạ kẽm tuổi thọ trên 50 năm, lắp bằng lao động địa phương",
        "Giải pháp cầu thép lắp ghép: các tấm thép mạ kẽm có thể dùng trên 50 năm, chỉ cần một giám sát công trường, "
        "lực lượng lao động địa phương được huấn luyện để lắp. Đã dùng nhiều cho đường đến trường và sau thiên tai.",
    ),
    (
        "kBo028",
        "en",
        "ccg_frp2024",
        "FRP pedestrian bridge deck panels",
        "Vacuum-infused fibre-reinforced polymer deck panels, about 80% lighter than reinforced concrete, corrosion "
        "resistant, able to carry a small service truck; railings, drainage scuppers and crossfall can be moulded "
        "in. Prefabricated panels speed up installation on old or new footbridges.",
    ),
    (
        "kBo029",
        "vi",
        "cmm_fiberspan",
        "Bản mặt cầu composite sợi thủy tinh lắp nhanh",
        "Tấm mặt cầu composite dạng sandwich (lớp sợi thủy tinh trên dưới, gân chịu cắt dày) đúc sẵn, lắp nhanh cho "
        "cầu đi bộ cần thi công gấp hoặc vị trí chật hẹp. Không rỉ sét, ít bảo trì; tư vấn thiết kế và cung cấp.",
    ),
    (
        "kBo030",
        "en",
        "mdpi_frpbridge",
        "Expert review of FRP and hybrid bridge options",
        "University team offers a state-of-the-art assessment of fibre-reinforced polymer bridges: FRP rebar, "
        "strengthening of existing bridges, hybrid FRP–conventional and all-FRP bridges, with their costs, lack of "
        "design codes and recycling issues. Feasibility studies for owners considering composites.",
    ),
    (
        "kBo031",
        "vi",
        "vnf_program",
        "Chương trình tài trợ xây cầu bê tông thay cầu khỉ",
        "Quỹ từ thiện phối hợp tổ chức địa phương và kỹ sư thiết kế tình nguyện xây cầu bê tông thay cầu khỉ, ưu tiên "
        "xã nghèo, vùng sâu. Nhà thầu địa phương thi công; ví dụ cầu 30 m tải trọng 5 tấn ở Hậu Giang. Nhận hồ sơ đề "
        "xuất từ xã.",
    ),
    (
        "kBo032",
        "en",
        "vnf_13",
        "Concrete footbridges 16–42 m for motorbikes and pedestrians",
        "Bridge-building programme delivering 2 m wide concrete footbridges 16 to 42 m long that carry motorbikes and "
        "pedestrians, replacing bamboo monkey bridges and homemade rafts across Mekong canals. Funding, design and "
        "contractor coordination for selected communes.",
    ),
    (
        "kBo033",
        "vi",
        "dcha_cantho",
        "Cầu dân sinh có lan can, xe cứu thương nhỏ qua được",
        "Tổ chức nhân đạo đồng tài trợ (50%) xây cầu thay cầu cũ xuống cấp ở nông thôn Cần Thơ, phối hợp chính quyền "
        "và Hội Phụ nữ. Cầu đủ rộng, có lan can bảo vệ, chịu được xe cứu thương nhỏ.",
    ),
    (
        "kBo034",
        "en",
        "shaw_box",
        "Precast concrete box culverts",
        "Plant-cast box culvert units with quality control, placed by crane and backfilled the same day they arrive. "
        "Less time working in the watercourse and lower water-control costs than cast-in-place; units can be "
        "inspected at the plant before delivery.",
    ),
    (
        "kBo035",
        "vi",
        "alsyed_box",
        "Cống hộp bê tông đúc sẵn cho đường và mương thoát nước",
        "Cung cấp cống hộp bê tông cốt thép đúc sẵn nhiều kích cỡ và cấp tải trọng, dùng thoát nước qua đường, mương "
        "tưới, lối đi chui. Lắp nhanh, giảm nhân công, ít bảo trì; hỗ trợ lắp đặt tại công trình.",
    ),
    (
        "kBo036",
        "en",
        "prahm_box",
        "Box culvert construction for short stream crossings",
        "Contractor building box culverts for short spans, either precast segments bolted together on site or "
        "cast-in-place units. Often cheaper than a small bridge where the crossing allows, and needing little "
        "maintenance.",
    ),
    (
        "kBo037",
        "vi",
        "paperexp_rhupv",
        "Kiểm định kết cấu bê tông cũ bằng súng bật nẩy và siêu âm",
        "Dịch vụ đánh giá không phá hủy kết cấu bê tông đã xây nhiều năm (nhà, cầu, cống) bằng búa bật nẩy và vận "
        "tốc xung siêu âm, ước tính cường độ, phát hiện cấu kiện bê tông kém cần gia cường trước khi quyết định tiếp "
        "tục sử dụng.",
    ),
    (
        "kBo038",
        "en",
        "hindawi_upv",
        "UPV mapping to locate hidden defects before coring",
        "Research group offers ultrasonic pulse velocity and rebound hammer surveys processed into maps that flag "
        "suspicious zones; cores are then drilled only there. Useful for checking old culverts, piers and beams "
        "cheaply.",
    ),
    # --- canal bank protection along roads ---
    (
        "kBo039",
        "en",
        "naue_softrock",
        "Geotextile 'soft rock' containers for eroding canal bends",
        "Secutex Soft Rock containers of needle-punched nonwoven geotextile, installed from a barge with light "
        "machinery and backed by timber piles (4 m and 7 m), as trialled on a 50 m canal bend in Hau Giang. Silt "
        "settles on them and vegetation grows; supply and installation support.",
    ),
    (
        "kBo040",
        "vi",
        "igs_sandcont",
        "Túi cát địa kỹ thuật bảo vệ bờ sông sát đường dân sinh",
        "Giải pháp 'mềm' bằng túi vải địa kỹ thuật bơm cát bảo vệ đoạn bờ cong bị xói, có đường dân sinh ngay phía "
        "trên. Đoạn thử nghiệm 50 m ở ĐBSCL cho thấy tính khả thi; tư vấn thiết kế, cung cấp túi và hướng dẫn thi "
        "công.",
    ),
    (
        "kBo041",
        "en",
        "vnp_haugiang",
        "Low-cost earthen embankments with cajuput or bamboo fences",
        "Irrigation sub-department model: refill eroded banks with soil held by a fence of cajuput trunks or bamboo "
        "lined with fabric or fine net, then plant cajuput and water plants. About 400,000 VND per metre versus "
        "60 million for concrete; trees later earn income. Training for communes and households.",
    ),
    (
        "kBo042",
        "vi",
        "kemem_baosinhthai",
        "Kè mềm bằng bao sinh thái chống sạt lở bờ sông",
        "Chuyển giao công nghệ kè mềm dùng bao sinh thái địa kỹ thuật xếp thành mái, cỏ và cây mọc xuyên qua, phù "
        "hợp bờ sông, kênh nhiều sóng tàu ở ĐBSCL. Trường Đại học Mỏ – Địa chất và doanh nghiệp vật liệu cung cấp "
        "thiết kế, vật tư và hướng dẫn thi công.",
    ),
    (
        "kBo043",
        "en",
        "kemohan",
        "Pile groynes: a cheaper river-training option for eroding banks",
        "Southern Institute of Water Resources Research offers design of pile-groyne (kè mỏ hàn cọc) bank protection "
        "for the Tien and Hau rivers, cheaper than continuous revetments; a built scheme still worked after 15 "
        "years. MIKE 3 modelling, design and supervision.",
    ),
    (
        "kBo044",
        "vi",
        "asm_mythuan",
        "Mỏ hàn cọc bê tông ngầm giảm tốc dòng chảy bảo vệ bờ",
        "Giải pháp đã áp dụng gần cầu Mỹ Thuận: 12 hàng cọc bê tông ngầm vươn ra sông khoảng 100 m, giảm vận tốc "
        "dòng chảy sát bờ; bờ trước đó lùi 6–35 m/năm nay ổn định. Tư vấn mô hình vật lý, thiết kế, quan trắc sau thi "
        "công.",
    ),
    (
        "kBo045",
        "en",
        "vnp_cantho_bio",
        "Community biological embankment against boat-wave erosion",
        "Three-layer biological embankment (timber fence, mangrove apple or water hyacinth, second timber fence), "
        "with concrete only at the worst spots, built by a city climate office with residents; an 800 m section cut "
        "road sinking from 70–80 cm to about 30 cm a year. Design and community training.",
    ),
    (
        "kBo046",
        "vi",
        "vjs_kere",
        "Đội thi công kè rào tre, lưới giữ đất mé sông",
        "Nhóm thợ địa phương nhận làm kè bằng cọc tre cắm sâu 1,4–2,2 m, rào tre kết hợp lưới và dây chằng rồi múc "
        "đất bồi lại, giá khoảng 350.000 đồng/m; 10 m kè hộ gia đình khoảng 2,8 triệu đồng. Phù hợp giữ đất trước "
        "nhà, mép lộ ven kênh.",
    ),
    (
        "kBo047",
        "en",
        "pietrucha_vinyl",
        "Vinyl (PVC) sheet piles for canal and pond banks",
        "Lightweight interlocking PVC sheet piles as an alternative to willow hurdles, stone riprap or concrete slabs "
        "for protecting watercourse embankments: easy to transport, quick to install, low environmental impact and "
        "durable. Supply and installation advice.",
    ),
    (
        "kBo048",
        "vi",
        "escsteel_vinyl",
        "Cừ nhựa vinyl dài 3–5,5 m giữ bờ ao, bờ kênh",
        "Cung cấp cừ nhựa vinyl và mũ chụp đầu cừ, dài 10–18 ft (khoảng 3–5,5 m), tạo tường đứng chống xói, giữ bờ "
        "ao, kênh có mực nước dao động. Không rỉ như cừ thép, nhẹ, dễ vận chuyển, ít bảo trì.",
    ),
    (
        "kBo049",
        "en",
        "vetiver_handbook",
        "Vetiver System for slope and bank stabilisation",
        "Engineer's handbook and field service on using vetiver grass hedgerows to stabilise road embankments, "
        "canal and river banks, drawing on large-scale work in Vietnam. Planting design, nursery material and "
        "training for maintenance crews.",
    ),
    (
        "kBo050",
        "vi",
        "scribd_vetiver",
        "Trồng cỏ vetiver gia cố mái taluy đường giá rẻ",
        "Dịch vụ trồng hàng rào cỏ vetiver trên mái đắp: rễ ăn sâu 2–3 m, cường độ kéo trung bình khoảng 75 MPa, "
        "tăng sức kháng cắt của đất; mọc được trên đất sét, cát, đất dễ xói, hầu như không cần chăm sóc.",
    ),
    (
        "kBo051",
        "vi",
        "nhabe_cayban",
        "Trồng cây bản địa chống sạt lở ven sông rạch",
        "Viện Khoa học Lâm nghiệp Nam Bộ chuyển giao kỹ thuật gây trồng các loài cây bản địa ven sông rạch để giữ bờ, "
        "kết quả từ đề tài thực hiện tại Nhà Bè. Cung cấp cây giống, quy trình trồng và chăm sóc.",
    ),
    # --- river ports, landing stages and ferries ---
    (
        "kBo052",
        "en",
        "ramarine",
        "Floating pontoon landing stage for rivers with big level changes",
        "Design and build of floating pontoons on an aluminium frame over rotation-moulded plastic floats, composite "
        "decking, fendering and mooring poles, with a hinged access ramp usable at every water level. Replaces fixed "
        "landing stages on rivers that flood regularly.",
    ),
    (
        "kBo053",
        "vi",
        "docking_saltash",
        "Cầu phao cập bến công cộng, người khuyết tật lên xuống được",
        "Thiết kế cầu phao cập bến bằng ống nổi cứng, chỉ cần ít cọc định vị (công trình mẫu dùng 5 cọc), cầu dẫn cố "
        "định kết hợp đoạn bản lề để độ dốc luôn chấp nhận được, kể cả cho xe lăn.",
    ),
    (
        "kBo054",
        "en",
        "tangent_marine",
        "Marine plastic lumber for jetties and landing stages",
        "Structural HDPE plastic lumber reinforced with fibreglass rebar for piles, decking, fender and bull rails "
        "of docks and jetties: does not rot, absorb water or get eaten by borers, and leaches no treatment "
        "chemicals. Supply and design support.",
    ),
    (
        "kBo055",
        "vi",
        "plasticlumberyard",
        "Gỗ nhựa HDPE cho cầu tàu, bến đò thay gỗ tẩm",
        "Cung cấp thanh gỗ nhựa HDPE có sợi thủy tinh gia cường làm sàn, dầm cầu tàu, bến ghe: không thấm nước, không "
        "mục, không nứt, bền ở nước ngọt và nước mặn, giảm chi phí thay thế so với gỗ tẩm hóa chất.",
    ),
    (
        "kBo056",
        "en",
        "bedford_boardwalk",
        "Recycled plastic lumber for boardwalks, small bridges and speed bumps",
        "Manufacturer of plastic lumber made mostly from recycled milk jugs and detergent bottles, in plain and "
        "fibre-reinforced grades, 35 profiles; used for boardwalks, docks, piers, trail bridges, speed bumps and "
        "parking curbs. Custom CNC fabrication.",
    ),
    (
        "kBo057",
        "en",
        "liquisearch_ferry",
        "Ferry slip and apron ramp design for vehicle ferries",
        "Advice on ferry landing design: slips with adjustable apron ramps, or ramps carried on the ferry meeting a "
        "fixed ramp that runs into the water; where docks cannot be built, highly manoeuvrable ferries with "
        "steerable pump-jets can land anywhere on the ramp regardless of current.",
    ),
    (
        "kBo058",
        "vi",
        "istructe_ramp",
        "Cầu dẫn nổi cho bến phà có mực nước thay đổi lớn",
        "Tư vấn thiết kế cầu dẫn nổi (phao) để xe và hàng lên xuống phà an toàn khi mực nước triều, lũ chênh lệch "
        "lớn, dựa trên kinh nghiệm thiết kế cầu dẫn Ro-Ro.",
    ),
    (
        "kBo059",
        "vi",
        "reaction_ferry",
        "Phà cáp tận dụng sức dòng chảy qua sông",
        "Giải pháp phà cáp (reaction ferry): phà buộc vào cáp căng ngang sông, đặt góc so với dòng chảy để dòng nước "
        "đẩy phà sang bờ, gần như không tốn nhiên liệu; phù hợp điểm qua sông có dòng chảy mạnh. Tư vấn thiết kế.",
    ),
    # --- boat building and repair ---
    (
        "kBo060",
        "en",
        "fao_507",
        "Training: building a 4.5 m undecked fibreglass boat",
        "FAO-based training course from the Maldives post-tsunami project: materials handling, tools, basic laminate "
        "building, health and safety, and full construction of the MDV-1 4.5 m FRP boat designed to replace "
        "traditional wooden craft. Hands-on training of local boatbuilders.",
    ),
    (
        "kBo061",
        "vi",
        "fao_321",
        "Đào tạo đóng tàu cá vỏ sợi thủy tinh (FRP)",
        "Chương trình đào tạo theo tài liệu kỹ thuật FAO số 321 cho cán bộ thủy sản và thợ đóng tàu: vật liệu, khuôn, "
        "thi công lớp gia cường, kiểm soát chất lượng và tổ chức xưởng đóng tàu FRP.",
    ),
    (
        "kBo062",
        "en",
        "pa_srilanka",
        "FRP moulds taken from a good existing hull",
        "Technical service making a fibreglass mould from a proven local hull or a wooden plug; one good mould can "
        "produce hundreds of identical boats with gel coat and mat layers. Boats are watertight, rot-proof and "
        "borer-proof; includes dust-safety practice and end-of-life advice.",
    ),
    (
        "kBo063",
        "vi",
        "bkh_comp",
        "Đóng tàu vỏ composite theo đặt hàng, tiết kiệm dầu",
        "Cơ sở đóng tàu Nha Trang nhận đóng tàu vỏ composite theo từng nghề, ví dụ tàu 15,4 m, 300 CV. Giá cao hơn "
        "tàu gỗ khoảng 30% nhưng không phải xảm, làm nước hằng năm (tiết kiệm khoảng 30 triệu đồng/năm), ít tốn dầu "
        "và khó chìm hơn.",
    ),
    (
        "kBo064",
        "vi",
        "khafa_uninship",
        "Thiết kế và chuyển giao tàu cá vỏ composite (UNINSHIP)",
        "Viện nghiên cứu chế tạo tàu thủy – Trường Đại học Nha Trang thiết kế, chế tạo và chuyển giao tàu vỏ "
        "composite từ mẫu VN-90 (1990) đến nay, tư vấn chuyển đổi từ tàu gỗ và đào tạo thợ.",
    ),
    (
        "kBo065",
        "en",
        "namdothanh",
        "Composite hull boats: lower fuel use, almost no upkeep",
        "Boatyard building composite-hull fishing and service boats; owners report fuel use down at least 10% and "
        "annual hull maintenance close to zero compared with wooden boats. New builds and conversion advice.",
    ),
    (
        "kBo066",
        "en",
        "safeskipper",
        "Wooden hull plank replacement course",
        "Practical course for boat owners on repairing wooden hulls: locating fastenings, removing a rotten or broken "
        "plank, fitting new timber, fastening with copper nails, priming, recaulking the seams and painting.",
    ),
    (
        "kBo067",
        "vi",
        "boatguild",
        "Xử lý mục gỗ ghe bằng epoxy thẩm thấu",
        "Hướng dẫn và cung cấp vật liệu sửa ghe gỗ: sấy khô chỗ mục, quét epoxy lỏng cho thấm sâu vào thớ gỗ rồi để "
        "đóng rắn qua đêm; bột trét đa năng để vá, chà, khoan, sơn lại. Giúp cứu phần gỗ mục mà không phải thay cả "
        "tấm.",
    ),
    (
        "kBo068",
        "en",
        "woodmaven",
        "Wood boat repair guide: rot, leaks and epoxy selection",
        "Guide and consultation on maintaining wooden boats: wood species, fasteners, adhesives, sealants and "
        "coatings, fixing leaks and replacing damaged planks while keeping the original design, and choosing the "
        "right epoxy.",
    ),
    (
        "kBo069",
        "vi",
        "astonwood",
        "Chống nấm mục cho ghe gỗ ở vùng nóng ẩm",
        "Tư vấn chọn gỗ bền nước và xử lý chống nấm, chống khuẩn cho ghe gỗ trong khí hậu nóng ẩm, kèm lịch vệ sinh, "
        "kéo ghe lên bờ 1–2 lần/năm để cạo rêu, kiểm tra mục.",
    ),
    (
        "kBo070",
        "vi",
        "vnx_ghego",
        "Xưởng sửa ghe gỗ tải trọng 20–200 tấn",
        "Xưởng gia truyền ven sông Vàm Cỏ nhận sửa ghe gỗ 20–200 tấn (kể cả ghe chở trấu từ Vĩnh Long), mỗi chiếc 5 "
        "ngày đến 1 tháng; tận dụng gỗ sao, căm xe từ ghe cũ để giảm chi phí, trám dầu chai khe ván.",
    ),
    (
        "kBo071",
        "en",
        "bqn_suatau",
        "Hull re-planking, caulking and composite sealing for old boats",
        "Slipway team replacing worn wooden hull planking and frames, bolting new planks, then caulking the gaps and "
        "coating with composite resin before painting; payment per job.",
    ),
    (
        "kBo072",
        "en",
        "ct_ghesat",
        "Steel-hull cargo boat building and repair",
        "Family yard with over 30 years building steel-hull cargo boats for canal transport, replacing wooden boats "
        "as timber became scarce; new builds to order and repair.",
    ),
    (
        "kBo073",
        "vi",
        "tth_tantrang",
        "Bảo dưỡng tàu thuyền: cạo hà, thay gỗ mục, sơn mới",
        "Doanh nghiệp nhận bảo dưỡng 20–30 tàu/tháng: cạo hàu bám, thay gỗ mục và nhét xơ tre, trét dầu rái, sơn lại "
        "toàn bộ, sửa bộ phận hỏng trước mùa khai thác.",
    ),
    # --- engines, propellers and fuel saving ---
    (
        "kBo074",
        "en",
        "fao_fuel2012",
        "Fuel savings for small boats: manual and training",
        "FAO manual and workshop on cutting fuel costs of small vessels: hull shape and weight, running at lower "
        "speed, engine choice, propeller matching and liftable long-shaft drives such as the BOB-drive used with "
        "10 hp diesels. Trainers for boat owners and yards.",
    ),
    (
        "kBo075",
        "vi",
        "fao_x0487",
        "Kiểm tra chân vịt có phù hợp máy và thân tàu không",
        "Chuyên gia khuyến ngư hướng dẫn phương pháp kiểm tra nhanh chân vịt đang lắp (theo FAO), phát hiện xâm thực, "
        "tư vấn đường kính – bước chân vịt phù hợp; chân vịt sai là nguyên nhân phổ biến nhất gây tốn dầu.",
    ),
    (
        "kBo076",
        "vi",
        "hpstic_2buoc",
        "Chân vịt hai bước giảm tiêu hao nhiên liệu",
        "Trường Đại học Hàng hải Việt Nam chuyển giao kết quả đề tài thiết kế, chế tạo chân vịt hai bước cho tàu cá, "
        "giảm lượng dầu tiêu hao mỗi chuyến và giảm phát thải; nhận thiết kế theo từng tàu.",
    ),
    (
        "kBo077",
        "en",
        "ntu_goctruc",
        "Optimising propeller shaft angle on composite boats",
        "Nha Trang University model tests (1:12 composite model of a 24 m boat) showed speed peaks at a shaft "
        "inclination of 6–7 degrees and drops sharply beyond 9 degrees. Advice on shaft line layout for new builds "
        "and refits.",
    ),
    (
        "kBo078",
        "en",
        "bttt_2chanvit",
        "Twin-propeller retrofit for fishing boats",
        "Yard experience fitting two propellers (and a second engine) on wooden fishing boats of 400–1,100 hp so one "
        "engine can rest while fishing and the boat still gets home if one fails; registration-compatible layouts.",
    ),
    (
        "kBo079",
        "vi",
        "boatingmag",
        "Khóa học bảo dưỡng máy thủy diesel cho chủ ghe",
        "Khóa học thực hành về bốn hệ thống của máy thủy: bôi trơn (thay dầu, lọc đúng hạn), làm mát, điện, nhiên "
        "liệu; những lỗi nhỏ như quên gioăng lọc dầu có thể gây hỏng máy tốn kém.",
    ),
    (
        "kBo080",
        "en",
        "bayliner_class",
        "Hands-on diesel troubleshooting course",
        "Two-level course: basics (parts, oil and filter changes, bleeding the high-pressure side, coolant) and "
        "troubleshooting on engines with planted faults – starters, clogged fuel lines, blocked tank vents, raw-water "
        "impellers, injector spray patterns and valve adjustment.",
    ),
    (
        "kBo081",
        "en",
        "riverbrede",
        "Maintenance of converted vehicle diesels used in boats",
        "Service for boats running converted van or truck diesels, which are less corrosion resistant than marine "
        "engines: scheduled fuel filter changes, fuel-system safety, early fault spotting by a skilled technician.",
    ),
    # --- ferry and passenger boat safety ---
    (
        "kBo082",
        "en",
        "imrf_safeferry",
        "Volunteer safe-ferry station model",
        "Youth Union programme started after the 2009 Gianh River capsizing: volunteers at ferry landings persuade "
        "passengers to wear lifejackets and stop overloading, linking wharf owners with boat operators; now in about "
        "30 provinces with 1,500 volunteers. Training kit for new stations.",
    ),
    (
        "kBo083",
        "vi",
        "travel_ferry",
        "Cấp áo phao và vận động học sinh mặc khi đi đò",
        "Chương trình cấp áo phao miễn phí cho chủ đò và học sinh (đã phát 30.000 chiếc), kèm truyền thông để mỗi "
        "hành khách có một áo phao như quy định và thực sự mặc khi qua sông.",
    ),
    (
        "kBo084",
        "en",
        "bobp_safety",
        "Safety guide and training for small boat owners",
        "Bay of Bengal Programme safety guide for small boats: design and operational measures for boatyards, owners "
        "and crews, breakdown prevention, and advice on search and rescue. Training sessions.",
    ),
    (
        "kBo085",
        "vi",
        "thvl_benpha",
        "Tập huấn an toàn bến phà, bến đò mùa mưa",
        "Cảnh sát giao thông đường thủy phối hợp ngành chức năng tổ chức tuyên truyền, kiểm tra bến phà, bến đò ngang "
        "sông trong mùa mưa: áo phao, số người tối đa, điều kiện phương tiện.",
    ),
    # --- logistics for farm produce ---
    (
        "kBo086",
        "en",
        "ucd_coolbot",
        "Low-cost cool room with an air conditioner and CoolBot",
        "Horticulture Innovation Lab tested cool rooms where a CoolBot controller drives an ordinary air conditioner "
        "to low temperatures in a well-insulated room, at a fraction of refrigeration costs. Design guidance for "
        "farmer groups storing produce before sale.",
    ),
    (
        "kBo087",
        "vi",
        "ncsu_precool",
        "Hệ thống làm mát sơ bộ cho nông hộ nhỏ",
        "Tổng hợp và tư vấn các hệ thống làm mát sơ bộ phù hợp nhà vườn quy mô nhỏ: làm mát bằng nước, bay hơi, "
        "cưỡng bức không khí di động, tường lạnh; so sánh vốn đầu tư, điện năng và lợi ích.",
    ),
    (
        "kBo088",
        "en",
        "avrdc_hydro",
        "Low-cost portable hydro-cooler for produce",
        "Simple hydro-cooler built from galvanised pipe, woven bamboo and plastic sheet: fill with water and ice to "
        "10 °C and dip crates until fruit core reaches 10–13 °C to remove field heat. Plans and demonstration.",
    ),
    (
        "kBo089",
        "vi",
        "mit_evap",
        "Buồng làm mát bay hơi cưỡng bức chạy điện mặt trời",
        "Thiết kế mã nguồn mở buồng làm mát bay hơi chứa 3.000 kg nông sản, chạy điện mặt trời hoặc điện lưới, chi phí "
        "bằng nửa kho lạnh và tốn một phần tư điện. Hiệu quả nhất ở vùng khí hậu nóng khô.",
    ),
    (
        "kBo090",
        "en",
        "empa_evap",
        "Suitability maps for evaporative coolers",
        "Design charts and maps showing how many degrees an evaporative cooler can drop produce temperature given "
        "local air temperature and humidity, and the extra shelf-life days for banana, mango and tomato, so coolers "
        "are installed only where they work.",
    ),
    (
        "kBo091",
        "vi",
        "inspira_mobile",
        "Máy làm lạnh sơ bộ di động tại điểm thu gom",
        "Thiết bị làm lạnh sơ bộ di động đặt ngay tại ruộng, điểm thu gom để hạ nhanh 15–20 °C sau thu hoạch, tránh "
        "để trái phơi nắng hàng giờ chờ xe; container lạnh chỉ giữ nhiệt chứ không làm lạnh sơ bộ.",
    ),
    (
        "kBo092",
        "en",
        "reefer_small",
        "Small refrigerated box trucks for short-haul deliveries",
        "Leasing and advice on small reefer trucks (under about 8 m) that reach places large trailers cannot, cost "
        "less to run and keep tight temperature control on short routes.",
    ),
    (
        "kBo093",
        "vi",
        "frbuyer_size",
        "Tư vấn chọn cỡ xe lạnh và độ dày cách nhiệt",
        "Tư vấn chọn xe tải/van lạnh theo khối lượng, thể tích hàng, số điểm giao mỗi ngày và loại đường (đường hẹp "
        "hay đường dài), cùng độ dày lớp cách nhiệt và loại máy lạnh phù hợp từng mặt hàng.",
    ),
    (
        "kBo094",
        "en",
        "vnrent_van",
        "Refrigerated van rental",
        "Rental of refrigerated vans with mechanical refrigeration units, from small vans to larger trucks, for "
        "carrying perishable goods at set temperatures on short or seasonal jobs.",
    ),
    (
        "kBo095",
        "en",
        "thuongphat_cold",
        "Cold-chain transport and storage services",
        "Logistics company offering refrigerated warehousing and transport at the right temperature band: chiller "
        "2–4 °C for fruit and vegetables, 12–14 °C for bananas, frozen and deep-frozen for meat and seafood, with "
        "temperature and humidity monitoring.",
    ),
    (
        "kBo096",
        "vi",
        "vir_aba",
        "Trung tâm phân phối lạnh và vận chuyển xe lạnh",
        "Doanh nghiệp logistics lạnh vận hành trung tâm phân phối lạnh khoảng 5.000 m², sức chứa 8.000 tấn, cùng đội "
        "xe lạnh giao hàng tươi, đông lạnh cho siêu thị và nhà hàng khu vực phía Nam.",
    ),
    (
        "kBo097",
        "vi",
        "vnnet_carrier",
        "Hợp tác phát triển chuỗi lạnh nông sản (Carrier – Viện Cơ điện NN)",
        "Carrier Transicold và Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch hợp tác chuyển giao thiết bị, đào "
        "tạo về vận chuyển và bảo quản lạnh cho nông sản Việt Nam.",
    ),
    (
        "kBo098",
        "en",
        "hou_iwt",
        "Inland waterway logistics study for Mekong shippers",
        "Research team advising on inland waterway routes and ports in the Mekong Delta, including the shorter Mang "
        "Thit route (about 185 km) limited to small vessels, and on cutting handling costs, which reach about 25% of "
        "logistics cost because loading is still manual.",
    ),
    (
        "kBo099",
        "vi",
        "vnvn_iwt",
        "Tư vấn chuyển hàng từ đường bộ sang đường thủy nội địa",
        "Chuyên gia đường thủy tư vấn chuyển vận chuyển hàng khối lượng lớn sang sà lan, ghe: chi phí mỗi tấn-km "
        "đường bộ cao gấp 3–5 lần đường thủy nội địa; hỗ trợ chọn bến, phương tiện.",
    ),
    (
        "kBo100",
        "en",
        "vcci_cantho",
        "Port and barge logistics chain via Can Tho",
        "Can Tho Port (Cai Cui and Hoang Dieu wharves, ships up to 20,000 DWT) offers a closed logistics chain with "
        "shipping lines, linking delta producers by road and waterway to Cai Mep and Phnom Penh.",
    ),
    (
        "kBo101",
        "vi",
        "tt_ports",
        "Vận chuyển container bằng sà lan từ cảng Cao Lãnh, Sa Đéc",
        "Doanh nghiệp vận tải thủy thuê dài hạn cảng Cao Lãnh, Sa Đéc, cung cấp dịch vụ container và logistics bằng "
        "sà lan giữa ĐBSCL, TP.HCM, Cái Mép và Campuchia.",
    ),
    (
        "kBo102",
        "vi",
        "duanviet_kholanh",
        "Lập dự án kho lạnh bảo quản và chế biến nông sản",
        "Đơn vị tư vấn lập thuyết minh dự án kho lạnh bảo quản kèm dây chuyền chế biến nông sản tại Trà Vinh: đánh "
        "giá thị trường, quy mô, phương án kỹ thuật, hồ sơ xin chủ trương và vay vốn.",
    ),
    # --- building on weak ground and flood-safe housing ---
    (
        "kBo103",
        "vi",
        "cutram_dailam",
        "Thi công móng cừ tràm và tư vấn số tầng xây được",
        "Nhận đóng/ép cừ tràm gia cố nền cho nhà dân; tư vấn hiệu quả theo chiều dày lớp đất yếu (cừ dài tối đa "
        "khoảng 5 m, hiệu quả khi đất yếu dày không quá 6–6,5 m) và số tầng dự kiến, khi nào nên chuyển sang móng khác.",
    ),
    (
        "kBo104",
        "vi",
        "trungdoan_coctre",
        "Ép cọc tre, cừ tràm gia cố nền nhà ít tầng",
        "Đơn vị ép cọc hướng dẫn gia cố nền đất yếu ngập nước bằng cọc tre/cừ tràm, mật độ khoảng 16–25 cọc/m², không "
        "ép quá dày; nhận ép cọc bê tông khi tải trọng lớn hơn.",
    ),
    (
        "kBo105",
        "vi",
        "ducepcoc",
        "Ép cọc bổ sung, cải tạo nâng tầng nhà bị lún",
        "Giải pháp cải tạo nhà bị lún trước khi nâng tầng: ép thêm cọc bê tông và đổ đài cọc ở chân cột biên, làm "
        "giằng móng hạn chế lún lệch; cọc tre cho nhà thấp tầng ở đất ẩm.",
    ),
    (
        "kBo106",
        "en",
        "bienphap_epcoc",
        "Jacked precast pile installation with static load testing",
        "Contractor method for jacked reinforced-concrete piles near existing houses (no hammer vibration), with "
        "test piles and static load tests carried out at least 7 days after pressing; pre-jacking before the pile "
        "cap is cast.",
    ),
    (
        "kBo107",
        "vi",
        "filethietke_mong",
        "Khảo sát địa chất và chọn móng phù hợp cho nhà ở",
        "Tư vấn khảo sát địa chất trước khi xây, chọn móng đơn, móng băng, móng bè (phân tán tải trên nền yếu) hay "
        "móng cọc theo nền đất và số tầng; cung cấp bản vẽ kết cấu móng chi tiết.",
    ),
    (
        "kBo108",
        "vi",
        "xulylun",
        "Xử lý nhà lún nghiêng, móng yếu",
        "Dịch vụ đánh giá dấu hiệu móng yếu (nứt tường dọc/ngang, nền nghiêng, lún lệch) và xử lý lún nghiêng nhà, "
        "gia cố móng cho công trình xây trên địa chất yếu.",
    ),
    (
        "kBo109",
        "en",
        "hughes_helical",
        "Helical pier underpinning for settling shallow foundations",
        "Underpinning service: brackets fixed to the foundation and helical piers screwed hydraulically to firm "
        "soil, with little excavation and immediate load capacity. A reference single-storey house on a shallow "
        "foundation was stabilised with 13 piers along the whole wall to avoid new differential settlement.",
    ),
    (
        "kBo110",
        "en",
        "cge_underpin",
        "Pin piles and helical anchors for houses sinking in soft soil",
        "Geotechnical engineers stabilise or re-level houses on soft soil: 2.5-inch steel pin piles driven to "
        "refusal with a jack hammer or helical anchors screwed down, then bracketed to the foundation.",
    ),
    (
        "kBo111",
        "vi",
        "lutenegger_screw",
        "Cọc vít gia cố nhà xây trên nền đất đắp",
        "Kinh nghiệm xử lý nhà xây trên nền đắp không kiểm soát bị lún lệch, nứt tường, kẹt cửa: lắp cọc vít quanh "
        "chu vi xuyên qua lớp đắp tới lớp cát sỏi chặt bên dưới để chấm dứt lún.",
    ),
    (
        "kBo112",
        "en",
        "jomc_stilt",
        "Architectural adaptation of stilt houses to changing floods",
        "Architecture research on stilt houses in flood-prone upper Mekong Delta areas, proposing raised foundations, "
        "flexible use of the space below and added rooms drawn from residents' experience. Design consultancy for "
        "programmes building or upgrading stilt houses.",
    ),
    (
        "kBo113",
        "vi",
        "sotay_nhaantoan",
        "Bộ mẫu nhà an toàn chống lũ: nhà kê nền, nhà gác, nhà phao",
        "Sổ tay và bản vẽ chi tiết 9 mô hình nhà an toàn (kê nền thấp, kê nền cao, kê nền linh hoạt; nhà có gác; nhà "
        "phao biệt lập hoặc gắn nhà xây) theo cách cùng thiết kế với người dân; hỗ trợ kỹ thuật khi xây.",
    ),
    (
        "kBo114",
        "en",
        "kienthuc_9kieu",
        "Flood-safe house models from 80 million VND",
        "Nine house models from the 'Nhà chống lũ' project: low raised floors at least 500 mm above ground so mud "
        "flows under, high raised floors about 3 m up, liftable houses, and steel-frame floating houses on drums. "
        "Designs and partial funding for poor households.",
    ),
    (
        "kBo115",
        "vi",
        "good_hp",
        "Nhà tre nổi trên thùng dầu tái chế, hộ gia đình tự lắp",
        "Mẫu nhà giá rẻ của H&P Architects từ tre, lá và thùng dầu tái chế làm phao, lắp bằng neo và dây buộc, gia "
        "đình tự dựng được, mở rộng theo module; có thể dùng làm lớp học, trạm y tế.",
    ),
    (
        "kBo116",
        "en",
        "irec_float",
        "Floating house with foam floor and guide rails",
        "Student design for the Mekong Delta: a floating house on specialised foam flooring held by rails so it "
        "rises with floods without drifting, buildable in about a month at low cost; concept drawings available.",
    ),
    (
        "kBo117",
        "en",
        "dwell_4000",
        "US$4,000 prefab concrete-frame house prototype",
        "Prefab prototype for Mekong families earning about US$130 a month: a precast concrete frame replaces timber "
        "frames that warp with flooding and weak soil; costs more up front but lasts much longer.",
    ),
    (
        "kBo118",
        "vi",
        "latimes_eps",
        "Nhà khối xốp EPS đổ bê tông lõi (ICF)",
        "Hệ tường bằng khối xốp EPS rỗng lắp ghép như đồ chơi xếp hình, đặt thép rồi đổ bê tông vào lõi: tường cứng, "
        "cách nhiệt tốt, chịu gió mạnh, chủ nhà có thể tự làm một phần.",
    ),
    # --- low-cost materials and testing ---
    (
        "kBo119",
        "vi",
        "pemba_csieb",
        "Gạch đất ổn định ép tay dạng khóa liên kết",
        "Đất tại chỗ trộn ít vôi hoặc xi măng, ép thành gạch khóa liên kết bằng máy ép tay, dưỡng một tháng là xây "
        "được; khóa liên kết giảm vữa, tiết kiệm thời gian và tiền. Chuyển giao máy ép và đào tạo thợ.",
    ),
    (
        "kBo120",
        "en",
        "auroville_ceb",
        "Compressed stabilised earth blocks: press and training",
        "Earth institute offering manual and motorised CEB presses and training: slightly moistened soil, raw or "
        "stabilised, is compressed into blocks; cement-stabilised blocks need four weeks of curing and allow thinner, "
        "higher, more water-resistant walls.",
    ),
    (
        "kBo121",
        "vi",
        "frontdesk_ceb",
        "Tiêu chí gạch đất nén cho nhà nhiều tầng",
        "Tư vấn kỹ thuật gạch đất nén: cường độ ướt trên 20 kg/cm² thì đổ được mái bê tông và xây tầng hai; trên 8% "
        "xi măng thì xây được nhà chịu lực ba tầng; gạch ít hút nước dùng được vùng mưa nhiều.",
    ),
    (
        "kBo122",
        "en",
        "tudelft_cseb",
        "Research support on earth blocks in social housing",
        "Utrecht/TU Delft researchers share lessons from participatory social housing with compressed earth blocks in "
        "Africa, Asia and Latin America and advise programmes on material and self-build choices.",
    ),
    (
        "kBo123",
        "vi",
        "las802",
        "Phòng thí nghiệm LAS-XD 802: thử gạch, xi măng, bê tông nhẹ",
        "Phòng thí nghiệm chuyên ngành xây dựng được công nhận: cơ lý xi măng, vữa, gạch xây, gạch bê tông, tấm lợp "
        "fibro xi măng, bê tông bọt và bê tông khí chưng áp, gạch lát, ngói, nước xây dựng, đất và thí nghiệm hiện "
        "trường.",
    ),
    (
        "kBo124",
        "en",
        "las24081",
        "Accredited lab: geotextiles, pipes, timber and concrete",
        "LAS-XD 24.081 testing lab covering cement, aggregates, concrete, lightweight concrete products, masonry, "
        "tiles, welded joints, HDPE/PVC/PP pipes, geotextiles, natural and artificial wood, bitumen and field tests.",
    ),
    (
        "kBo125",
        "vi",
        "las448",
        "Thí nghiệm nhũ tương nhựa đường, bê tông nhựa, gạch AAC",
        "Phòng thí nghiệm LAS-XD 448 nhận thử xi măng, cốt liệu, bê tông, bitum, nhựa lỏng, nhũ tương axit, bê tông "
        "nhựa, vật liệu gia cố chất kết dính, gạch bê tông, gạch AAC và thí nghiệm hiện trường.",
    ),
    (
        "kBo126",
        "en",
        "las806",
        "Testing of composites, FRP, geotextile wicks and road paint",
        "LAS-XD 806 laboratory testing glass-fibre reinforced plastics and composites, geotextiles and wick drains, "
        "waterproofing, traffic marking paints, pipes, glass and field tests.",
    ),
    (
        "kBo127",
        "vi",
        "las290",
        "Thí nghiệm cơ học đất đá và vật liệu xây dựng tại TP.HCM",
        "Phòng LAS-XD 290 thí nghiệm đất trong phòng, hóa đất, bê tông, cốt liệu, thép, bê tông nhựa, bitum, gạch xây "
        "và phân tích nước xây dựng; nhận mẫu từ các tỉnh miền Tây.",
    ),
    (
        "kBo128",
        "en",
        "vinhuni_lab",
        "University construction testing lab and CFRP strengthening research",
        "Faculty laboratory offering experimental testing and technology transfer: long-term deformation of "
        "reinforced concrete, fly ash for alkali–silica reaction control, and flexural strengthening of beams with "
        "carbon-fibre sheets.",
    ),
    # --- traffic safety on rural roads ---
    (
        "kBo129",
        "en",
        "indiarap_lvrr",
        "Star rating and safer-road plans for low-volume rural roads",
        "Road assessment programme rating rural roads from camera surveys over more than 50 attributes, for car "
        "occupants, motorcyclists, cyclists and pedestrians, then proposing cost-effective treatments from over 90 "
        "options (markings, signs, traffic calming, footpaths, crossings, lighting).",
    ),
    (
        "kBo130",
        "vi",
        "eurorap_star",
        "Đánh giá sao an toàn đường không cần số liệu tai nạn",
        "Khảo sát bằng xe gắn camera và mã hóa hơn 50 yếu tố đường (nút giao, vạch sơn, chướng ngại lề đường, lối "
        "đi bộ) để xếp hạng 1–5 sao; mỗi sao tăng thêm giảm khoảng một nửa chi phí tai nạn chết người và bị thương nặng.",
    ),
    (
        "kBo131",
        "en",
        "irap_specs",
        "Road survey and Star Rating for Designs training",
        "Specifications, survey manual and training for local teams to survey roads, code attributes and rate "
        "designs before construction, combined with road safety audits.",
    ),
    (
        "kBo132",
        "vi",
        "nokin_solarstud",
        "Đinh phản quang năng lượng mặt trời nhiều màu",
        "Cung cấp đinh đường LED năng lượng mặt trời: trắng phân làn, vàng cảnh báo gần nút giao và chỗ nguy hiểm, đỏ "
        "báo dừng; tự sáng khi trời tối, nhìn rõ khi mưa.",
    ),
    (
        "kBo133",
        "en",
        "rtt_wsdot",
        "Solar LED road studs to cut run-off-road crashes",
        "Solar-powered road studs light up automatically at night and are about ten times more visible than "
        "retro-reflective markers; a state DOT trial on a rural highway targets run-off-the-road crashes.",
    ),
    (
        "kBo134",
        "vi",
        "nk_junction",
        "Đinh LED dẫn hướng cho nút giao nguy hiểm",
        "Đinh LED năng lượng mặt trời gắn mặt đường, nhìn thấy từ 800 m; dự án nút giao đã lắp 170 đinh và giảm vi "
        "phạm làn hơn 50% trong một số điều kiện. Cung cấp và lắp đặt.",
    ),
    (
        "kBo135",
        "en",
        "aip_vinhphuc",
        "Helmets for Kids: helmets and safety lessons for rural schools",
        "Foundation programme giving quality helmets and road-safety lessons to rural primary schools where most "
        "pupils ride to school on motorbikes with adults and almost none wore helmets; pre- and post-observation.",
    ),
    (
        "kBo136",
        "vi",
        "vnp_aip_hanoi",
        "Mũ bảo hiểm đạt chuẩn ECE 22.05 cho học sinh",
        "Doanh nghiệp xã hội Protec sản xuất mũ bảo hiểm chuẩn ECE 22.05 cho trường học ven đường đông xe; mũ tốt giảm "
        "42% nguy cơ tử vong và 69% nguy cơ chấn thương sọ não nặng.",
    ),
    (
        "kBo137",
        "en",
        "gg_aip_schoolzone",
        "School-zone safety modifications",
        "NGO school-zone programme combining road modifications near schools with education; monitored schools saw "
        "fewer reported student crashes and lower average driver speeds.",
    ),
    (
        "kBo138",
        "vi",
        "gdtd_cantudong",
        "Hệ thống cân xe tự động phát hiện xe quá tải",
        "Giải pháp cân động tốc độ cao lắp trên làn xe để kiểm soát hầu hết xe chạy qua, dữ liệu dùng xử phạt nguội "
        "xe quá tải, bảo vệ mặt đường và cầu.",
    ),
    # --- neighbouring fields (distractors) ---
    (
        "kBo139",
        "vi",
        "dairy_solar",
        "Tưới phun mưa bằng năng lượng mặt trời",
        "Hệ thống tưới phun mưa dùng pin mặt trời, ắc quy và bơm cho vùng thiếu điện, tiết kiệm 30–50% nước so với "
        "tưới thường, kết hợp bón phân qua nước.",
    ),
    (
        "kBo140",
        "en",
        "tknl_thanhlong",
        "Solar-powered drip irrigation for dragon fruit",
        "A 175–375 W solar panel drives a pump lifting water from the garden ditch into buried pipes with two drippers "
        "per post; the grower saved labour and electricity worth over 20 million VND per hectare a year.",
    ),
    (
        "kBo141",
        "en",
        "fishsite_aer",
        "Shrimp pond aerator energy audit",
        "Audit of long-arm paddlewheel, venturi and diffuser aerators; farms used 13.7–24.5 GJ per tonne of shrimp, "
        "and staging aerator operation can bring it to 10–15 GJ/t.",
    ),
    (
        "kBo142",
        "vi",
        "shrimpfarm_aer",
        "Thiết bị sục khí ao tôm nổi và chìm",
        "Cung cấp quạt nước cánh guồng, máy thổi khí và đĩa khuếch tán giữ oxy hòa tan trên 5 mg/l cho ao tôm.",
    ),
    (
        "kBo143",
        "en",
        "vnx_locnuoc",
        "Solar-powered RO water filters for saline areas",
        "Reverse-osmosis water filtration units powered by solar panels for villages in Ben Tre, Tra Vinh and Soc "
        "Trang where dry-season salinity cuts fresh water; simple to operate off-grid.",
    ),
    (
        "kBo144",
        "vi",
        "vnnet_hailua",
        "Máy lọc nước mặn thành nước ngọt 500 lít/giờ",
        "Nông dân kỹ sư chế tạo máy lọc mặn gồm bồn lọc thô, lọc tinh và màng RO, 500 lít/giờ ở độ mặn 5‰, đã lắp hơn "
        "60 máy cho vườn sầu riêng vùng hạn mặn.",
    ),
    (
        "kBo145",
        "en",
        "bct_locman",
        "Household desalination units 500–1,600 litres a day",
        "Supply of small reverse-osmosis units for households and nurseries, 35–80 million VND each, avoiding barge "
        "water bought at 40,000–150,000 VND/m³ in salinity season.",
    ),
    (
        "kBo146",
        "en",
        "ide_coconut",
        "Desiccated coconut processing technology",
        "Adapted processing technology and enterprise model for desiccated coconut linked to 600 smallholder "
        "families, 25 t per month; technology openly shared.",
    ),
    (
        "kBo147",
        "vi",
        "hunglong_tv",
        "Than hoạt tính và sản phẩm từ gáo, xơ dừa",
        "Doanh nghiệp dừa Trà Vinh chế biến than hoạt tính từ gáo dừa, than BBQ, cơm dừa nạo sấy, thảm và mụn xơ dừa, "
        "liên kết vùng nguyên liệu với nông dân.",
    ),
    (
        "kBo148",
        "vi",
        "van_coir",
        "Máy se dây xơ dừa",
        "Chế tạo máy se dây xơ dừa và dây chuyền làm thảm xơ dừa cho cơ sở chế biến dừa.",
    ),
    (
        "kBo149",
        "vi",
        "ae_saydaochieu",
        "Máy sấy lúa đảo chiều gió SRA 2–20 tấn/mẻ",
        "Máy sấy tĩnh đảo chiều không khí cho lúa, bắp, đậu nành, lò đốt trấu hoặc kết hợp năng lượng mặt trời, lắp "
        "riêng lẻ hoặc trong dây chuyền 60–120 tấn/ngày.",
    ),
    (
        "kBo150",
        "en",
        "emerald_redriver",
        "Emission inventory of river vessels",
        "University team estimating PM, SOx, CO, CO2, NOx and HC from inland vessels with the SPD-GIZ model, "
        "identifying bulk carriers as the main source; inventories for environmental planning.",
    ),
    (
        "kBo151",
        "vi",
        "ccac_khlong",
        "Đo khí thải tàu thuyền chở khách trên kênh",
        "Nhóm chuyên gia đo bụi mịn, muội than từ động cơ diesel của thuyền buýt trên kênh để đánh giá đóng góp vào ô "
        "nhiễm không khí đô thị.",
    ),
    (
        "kBo152",
        "en",
        "asiaone_eboat",
        "Electric canal passenger boats",
        "UN Environment-backed assessment for replacing ageing diesel canal boats with electric vessels to cut black "
        "smoke and city air pollution.",
    ),
    (
        "kBo153",
        "vi",
        "manghdpe_biogas",
        "Túi biogas bằng màng HDPE cho hộ chăn nuôi",
        "Cung cấp và lắp túi biogas HDPE giá hợp lý xử lý phân heo, bò, lấy khí đốt nấu ăn cho hộ chăn nuôi vừa và nhỏ.",
    ),
    (
        "kBo154",
        "en",
        "ttt_biogas",
        "Composite biogas digesters",
        "Factory-made composite biogas tanks for households: quick installation and gas tightness, though higher unit "
        "cost and bulky transport.",
    ),
    (
        "kBo155",
        "en",
        "iwa_rwh",
        "Rainwater harvesting operation and maintenance guidance",
        "Recommendations on cleaning tanks, roofs and gutters and discarding first flush for household rainwater "
        "systems in rural areas without piped water.",
    ),
    (
        "kBo156",
        "vi",
        "camau_rwh",
        "Bồn trữ nước mưa hộ gia đình vùng ven biển",
        "Tư vấn dung tích bồn trữ nước mưa (khoảng 10 m³ cho hộ 5 người, 18–20 m³ năm khô hạn) và khử trùng bằng "
        "clo hoặc UV trước khi dùng.",
    ),
    (
        "kBo157",
        "en",
        "fp_sorting",
        "Fruit sizing and grading machines",
        "Weight- or size-based fruit sizers with anti-collision devices to grade fruit for pricing by quality.",
    ),
    (
        "kBo158",
        "vi",
        "zeta_grader",
        "Máy phân loại rau quả quy mô nhỏ 1–5 tấn/giờ",
        "Dây chuyền phân loại trái cây theo kích cỡ, màu cho nhà vườn tự sơ chế, công suất 1–5 tấn/giờ, giá thấp hơn "
        "nhiều so với dây chuyền lớn.",
    ),
    (
        "kBo159",
        "vi",
        "vientauthuy",
        "Mô hình tàu mẹ – tàu con bảo quản cá ngừ",
        "Viện tàu thủy đề xuất cụm 1 tàu mẹ có hầm lạnh chuẩn Nhật và 5 tàu con đánh bắt, giảm hải trình và chi phí "
        "nhiên liệu, giữ chất lượng cá ngừ đại dương.",
    ),
    (
        "kBo160",
        "en",
        "atsco_solarlight",
        "Solar street lights",
        "Solar street lights with PV panels and rechargeable batteries powering LED lamps; easy to install in remote "
        "places, though batteries need replacing.",
    ),
    (
        "kBo161",
        "en",
        "ctu_biogas",
        "Co-digestion of water hyacinth and rice straw in biogas digesters",
        "University lab results showing that Mekong farmers can feed water hyacinth or mushroom-spent rice straw with "
        "pig manure into biogas digesters when manure is short; mixing ratios from 35-day batch tests.",
    ),
    (
        "kBo162",
        "vi",
        "khcnn_biogas",
        "Hầm biogas chạy máy phát điện cho trại heo",
        "Mô hình trại 400 con heo xây 3 hầm biogas, chạy máy phát khoảng 10 kW cho bơm nước, làm mát chuồng, đun nấu, "
        "tiết kiệm 3–4 triệu đồng/tháng; tư vấn xây hầm.",
    ),
    (
        "kBo163",
        "vi",
        "srs_solarlamp",
        "Đèn đường năng lượng mặt trời cho đường làng",
        "Cung cấp đèn đường năng lượng mặt trời độc lập cho đường nông thôn, không cần kéo điện lưới, lắp đặt nhanh.",
    ),
    (
        "kBo164",
        "en",
        "niab_grading",
        "Post-storage fruit grading equipment advice",
        "Advice on choosing grading and packing line equipment by scale: water flumes, size, colour and defect "
        "sorting by hand or camera, and when lower-value outlets do not justify high-tech lines.",
    ),
    (
        "kBo165",
        "en",
        "vinhchau_rwh",
        "Household rainwater harvesting feasibility in coastal towns",
        "Can Tho University study on proper rainwater harvesting systems for coastal households facing saline "
        "groundwater and costly tap water; sizing and cost comparison.",
    ),
]
