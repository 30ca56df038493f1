"""Offers of holdout148: (id, language, source key, title, description). Written blind from public pages."""

OFFERS = [
    # ---- (A) precast culverts, pipes, poles, posts; moulds, vibrating tables, curing ----
    (
        "nTo001",
        "en",
        "a_nugget384",
        "Steel multi-cavity moulds and vibrating tables for small precast units",
        "We design and supply steel moulds for repetitive precast production: multi-compartment moulds that cast several "
        "fence posts, kerbs, covers or marker posts at once on a vibrating table, and moulds that can be adjusted to "
        "different lengths. For short runs we also build timber moulds. Delivery includes set-up of the table and "
        "compaction guidance.",
    ),
    (
        "nTo002",
        "vi",
        "a_boxmold",
        "Khuôn thép cống hộp đúc ướt và đúc khô, chuyển giao quy trình",
        "Công ty cung cấp khuôn cống hộp: khuôn đúc ướt nằm ngang (lõi trong đóng mở bằng thanh chống, phù hợp cống "
        "nhỏ, bề mặt đẹp), khuôn đúc ướt đứng kiểu lõi thu gọn, vỏ ngoài chạy trên ray cho cống lớn, và khuôn đúc khô "
        "dùng máy rung hoặc bàn rung với bê tông nửa khô, tháo khuôn ngay. Chuyển giao quy trình từ hàn lồng thép, lắp "
        "khuôn, đổ, rung đến tháo khuôn và bảo dưỡng.",
    ),
    (
        "nTo003",
        "en",
        "a_docstoc",
        "Dry-cast and packerhead concrete pipe machines, technology transfer",
        "We supply and commission concrete pipe machines for storm, sanitary and irrigation pipe: dry-cast machines with "
        "external or core vibration and packerhead machines using no-slump concrete, both immediate-strip so forms are "
        "reused many times a day. One-, two- and three-station models cover a wide range of diameters. Training covers "
        "mix, reinforcement cages and offbearing.",
    ),
    (
        "nTo004",
        "vi",
        "a_lafarge",
        "Tư vấn dây chuyền đúc khô cống tròn, cống hộp",
        "Nhóm chuyên gia tư vấn chuyển đổi từ đúc ướt sang đúc khô: bê tông độ sụt bằng 0, rung lèn chặt rồi tháo khuôn "
        "ngay, mỗi bộ khuôn làm nhiều sản phẩm mỗi ngày (năng suất chủ yếu phụ thuộc số pallet và vành đầu nối). So sánh "
        "với đúc ướt bằng bê tông tự lèn, chỉ được một sản phẩm mỗi khuôn mỗi ngày nhưng linh hoạt khi cần chừa lỗ.",
    ),
    (
        "nTo005",
        "en",
        "a_pipeguide",
        "Engineering consultancy for precast pipe plants and drainage design",
        "Our engineers help municipalities and producers set up precast pipe lines: choice between vertical radial press "
        "and centrifugal spinning, reinforced pipe classes under ASTM C76 for embankment and traffic loads, and "
        "hydrostatic leak testing of joints. We also advise on why rigid concrete pipe outperforms flexible plastic pipe "
        "under deep fill and heavy traffic.",
    ),
    (
        "nTo006",
        "vi",
        "a_valmont",
        "Chuyển giao công nghệ cột điện bê tông ly tâm dự ứng lực",
        "Chuyển giao quy trình bốn bước sản xuất cột ly tâm dự ứng lực: cáp cường độ cao quấn thép xoắn và khóa vào bản "
        "căng hai đầu khuôn; đổ bê tông cường độ cao vào nửa khuôn dưới; bắt bu lông đóng khuôn, căng cáp rồi quay ly tâm "
        "tốc độ cao để lực ly tâm nén bê tông vào thành khuôn; cột thành phẩm rỗng lõi, đặc chắc, ít thấm.",
    ),
    (
        "nTo007",
        "en",
        "a_aacl",
        "Prestressed spun concrete poles for distribution lines",
        "We manufacture prestressed spun concrete poles: high-tensile wires stressed against the form and concrete "
        "compacted by spinning up to 600 rpm, giving concrete of at least 6,000 psi that resists corrosion from brackish "
        "water and wind. Initial cost is under half that of steel poles, service life 50–75 years, and poles are "
        "embedded directly in normal soil without a concrete foundation; the hollow core carries cables.",
    ),
    (
        "nTo008",
        "vi",
        "a_hpd",
        "Tư vấn chế độ quay ly tâm cho cột, ống bê tông",
        "Chuyên gia tư vấn chế độ quay ly tâm theo cấp tốc độ trên máy ly tâm kiểu con lăn: cấp 1 tạo hình ống 3–4 phút "
        "không để vữa chảy; cấp 2–3 tăng dần tốc độ 1–2 phút để lèn và thoát nước thừa; cấp 4 nén bê tông ở tốc độ thiết "
        "kế 10–15 phút. Hiệu chỉnh theo đường kính, tỷ lệ nước/xi măng ban đầu để giảm nứt, rỗ.",
    ),
    (
        "nTo009",
        "en",
        "a_srilanka",
        "University support for low-cost spun prestressed utility poles",
        "A civil engineering department that studied spun-cast prestressed concrete for low-cost utility poles offers "
        "small producers pole design, prototype casting and load testing, comparing spun prestressed poles with the "
        "ordinary reinforced poles used for power, lighting and telecom lines.",
    ),
    (
        "nTo010",
        "vi",
        "a_jshaiheng",
        "Dây chuyền cột, cọc bê tông ly tâm dự ứng lực",
        "Cung cấp dây chuyền cột và cọc ly tâm dự ứng lực cho lưới điện, chiếu sáng, móng cọc: trạm trộn, khuôn quay, "
        "căng cáp bằng kích thủy lực, bảo dưỡng và tháo khuôn. Kèm quy trình kiểm tra hình dạng, khuyết tật sau tháo "
        "khuôn trước khi xuất xưởng.",
    ),
    (
        "nTo011",
        "en",
        "a_steam_iit",
        "Steam-curing cycle optimisation for precast producers",
        "Our concrete laboratory optimises atmospheric steam-curing cycles for precast elements. In trials on M40 "
        "concrete (w/c 0.4) we varied the delay (2 and 4 h), the steaming period (6 and 8 h) and temperature (50, 60, "
        "70 °C) and tested cubes at 1, 7 and 28 days; the best cycle was 4 h delay and 8 h at 60 °C. We run the same "
        "study on your mix.",
    ),
    (
        "nTo012",
        "vi",
        "a_gharpedia",
        "Lắp đặt buồng bảo dưỡng hơi nước áp suất thường",
        "Thiết kế, lắp đặt buồng hoặc bạt che bảo dưỡng hơi nước cho cấu kiện đúc sẵn: chờ 3–5 giờ sau khi đổ, nâng "
        "nhiệt, giữ khoảng 60 °C đến khi đạt cường độ cần thiết, rồi hạ nhiệt từ từ. Tăng lên 70 °C không tăng cường "
        "độ đáng kể. Áp dụng cho tà vẹt, dầm, cống, tấm đan.",
    ),
    (
        "nTo013",
        "en",
        "a_hanson",
        "Steam curing procedures for prestressing beds",
        "Consulting on steam curing in precasting plants with an 18-hour bed cycle: presteaming of about 5 hours, "
        "temperature rise of 40 °F per hour up to a constant 150 °F; 175 °F adds little. Delays of only 1 hour before "
        "steaming harm strength, so if steam must start early the rise is limited to 20 °F per hour.",
    ),
    (
        "nTo014",
        "vi",
        "a_pcigulf",
        "Giải pháp quay vòng khuôn nhanh cho nhà máy bê tông đúc sẵn",
        "Tư vấn để cấu kiện đạt 75% cường độ thiết kế 28 ngày trong 12–15 giờ sau khi đổ, đủ để tháo khuôn và cẩu: so "
        "sánh bảo dưỡng không khí, tăng xi măng hoặc dùng xi măng loại III, phụ gia đóng rắn nhanh, hợp chất bảo dưỡng "
        "và nhiệt, kèm chi phí từng phương án.",
    ),
    (
        "nTo015",
        "en",
        "a_wetcast",
        "Curing audit for wet-cast precast plants",
        "We audit curing in wet-cast plants that run tight schedules: keeping products saturated during early hydration "
        "and at a favourable temperature (a rise of about 18 °F roughly doubles hydration rate, but heat in low humidity "
        "dries the concrete). Better curing gives higher strength and lower permeability, especially at higher w/c.",
    ),
    (
        "nTo016",
        "vi",
        "a_fence",
        "Hàng rào tấm bê tông đúc sẵn vân gỗ, vân đá trọn gói",
        "Công ty thiết kế, sản xuất và lắp đặt hàng rào tấm bê tông đúc sẵn kiểu mô-đun, bề mặt giả gỗ, đá, gạch hoặc "
        "vữa trát, tùy chọn chiều cao và màu, thay hàng rào gỗ mục, sắt gỉ. Không thuê ngoài, đội riêng lắp đặt tại "
        "công trình.",
    ),
    (
        "nTo017",
        "en",
        "a_numold",
        "Design and manufacture of precast concrete moulds",
        "A mould maker with over 40 years of experience designs and builds moulds for precast concrete in steel, GRP "
        "and rubber, suited to different climates, and advises on mould life, cleaning and storage and on precast "
        "versus site-cast formwork.",
    ),
    (
        "nTo018",
        "vi",
        "a_aber",
        "Đào tạo kiểm soát chất lượng cho xưởng cấu kiện đúc sẵn",
        "Khóa đào tạo QC xưởng đúc sẵn: bố trí mặt bằng sản xuất, bốc xếp, cẩu nâng an toàn; gia công cốt thép đúng dung "
        "sai và đủ lớp bê tông bảo vệ chống ăn mòn; vệ sinh khuôn sau mỗi lần dùng, quét chất chống dính, bịt khe; đặt "
        "chi tiết chờ, tạo lỗ; kiểm tra trước khi đổ bê tông.",
    ),
    (
        "nTo019",
        "en",
        "a_nugget179",
        "Start-up advisory for small precast concrete plants",
        "We advise new precast producers on making standard products under factory conditions: purpose-made moulds with "
        "built-in or table vibrators, normal or accelerated curing, and when pre-tensioning is worthwhile, with a "
        "phased equipment list for a first yard.",
    ),
    (
        "nTo020",
        "vi",
        "a_cpi",
        "Cột đèn thông minh bằng bê tông ly tâm cho đô thị",
        "Cung cấp cột chiếu sáng bê tông ly tâm dự ứng lực tích hợp camera, wifi, cảm biến môi trường và sạc xe điện cho "
        "đô thị thông minh; thân cột rỗng đi cáp, bền, ít bảo trì.",
    ),
    (
        "nTo021",
        "en",
        "a_boxdesign",
        "Structural design of precast box culverts for special loads",
        "Our engineers design reinforced concrete box sections for unusual waterway requirements and load conditions "
        "(deep fill, heavy trucks), following the precast box section approach developed by the concrete pipe "
        "industry, and provide drawings for wall thickness and reinforcement.",
    ),
    (
        "nTo022",
        "vi",
        "a_pacific",
        "Sản phẩm trang trí bê tông đúc sẵn đặt theo mẫu",
        "Xưởng nhận đúc chậu cây, ghế, bàn, tiểu cảnh, lam trang trí bằng bê tông đúc sẵn theo mẫu khách hàng, khuôn "
        "dùng lại nhiều lần, giao và lắp tại nhà.",
    ),
    (
        "nTo023",
        "en",
        "a_precastgrow",
        "Growth consulting for established precast companies",
        "Business consulting for precast producers who keep turning down work, miss delivery dates or run out of yard "
        "space: when to expand, how to fund it and how to plan a new plant.",
    ),
    (
        "nTo024",
        "vi",
        "a_hatinh",
        "Cột điện bê tông cốt cứng ly tâm chống gãy khi vận chuyển",
        "Doanh nghiệp sản xuất và chuyển giao thiết kế định hình cột điện bê tông cốt cứng ly tâm (bố trí thép hình trong "
        "bê tông) cho lưới điện nông thôn, vùng sông nước khó vận chuyển. Cột chịu va đập khi bốc xếp, vận chuyển tốt "
        "hơn cột thường; cung cấp cột và hồ sơ thiết kế.",
    ),
    (
        "nTo025",
        "en",
        "a_steam_forum",
        "Steam curing kits for precast yards",
        "We supply steam generators and curing covers so precast elements reach stripping strength many times faster "
        "than at ambient temperature, allowing casting beds and moulds to run on a 24-hour cycle, with more uniform "
        "colour and less shrinkage cracking.",
    ),
    (
        "nTo026",
        "vi",
        "a_numold",
        "Khuôn thép đúc trụ rào, trụ vườn, cọc mốc",
        "Thiết kế, chế tạo khuôn thép nhiều ngăn cho trụ rào, trụ trồng thanh long, tiêu, cọc mốc, có chi tiết tạo lỗ, "
        "tạo mũ trụ; hướng dẫn đầm rung, tháo khuôn, bảo quản khuôn để dùng lâu.",
    ),
    (
        "nTo027",
        "en",
        "a_plunge",
        "Precast concrete plunge pools",
        "Factory-made precast plunge pools cast in reusable moulds under controlled conditions, delivered and lifted "
        "into place in a short time, with strength, chemical and fire resistance and low maintenance.",
    ),
    # ---- (B) concrete for saline and acid-sulphate soils ----
    (
        "nTo028",
        "vi",
        "b_sdc",
        "Xi măng poóc lăng bền sun phát cho đất phèn, nước mặn",
        "Nhà máy cung cấp xi măng poóc lăng bền sun phát, clinker hạn chế khoáng C3A để giảm ettringite gây trương nở, "
        "dùng cho công trình tiếp xúc đất có thạch cao, nước ngầm, nước phèn, đất trồng trọt, nước biển và nhà máy xử "
        "lý nước thải có H2S. Hỗ trợ kỹ thuật cấp phối.",
    ),
    (
        "nTo029",
        "en",
        "b_jcement",
        "Cement selection for concrete in marine and saline environments",
        "Advisory on choosing cements under EN 197-1 for seawater exposure: sulfate and magnesium attack on concrete, "
        "chloride attack on reinforcement and their combined effect, benefits of fly ash, natural pozzolans and slag, "
        "and service-life design under EN 206 (deemed-to-satisfy rules or performance modelling).",
    ),
    (
        "nTo030",
        "vi",
        "b_chiuman",
        "Chuyển giao xi măng chịu mặn chế tạo trong nước",
        "Nhóm nghiên cứu tại Viện Vật liệu xây dựng đã chế tạo xi măng chịu sunfat cao cho công trình biển đảo và vùng "
        "đất nhiễm mặn, phù hợp khí hậu nóng ẩm Việt Nam hơn xi măng nhập. Chuyển giao công nghệ phối trộn clinker với "
        "xỉ lò cao, tro bay, đá vôi.",
    ),
    (
        "nTo031",
        "en",
        "b_marine_review",
        "Durability mix design for concrete exposed to seawater",
        "A university materials group offers mix design and testing for marine concrete based on its review of "
        "seawater deterioration: chloride binding (Friedel's and Kuzel's salts), magnesium replacing calcium, surface "
        "damage in the tidal zone, and supplementary cementitious materials to slow ingress.",
    ),
    (
        "nTo032",
        "vi",
        "b_cac",
        "Thí nghiệm bê tông pha xi măng alumin canxi chống ăn mòn clorua",
        "Phòng thí nghiệm nghiên cứu bê tông pha 5–15% xi măng alumin canxi (CAC): ngưỡng clorua gây ăn mòn cốt thép "
        "vượt 3% khối lượng chất kết dính so với 0,5–1% của bê tông xi măng poóc lăng, nhưng đông kết nhanh hơn và cường "
        "độ khoảng 20 MPa. Nhận thí nghiệm khả năng chống ăn mòn của cấp phối.",
    ),
    (
        "nTo033",
        "en",
        "b_soilcl",
        "Testing reinforcement corrosion in chloride-bearing soils",
        "Research centre testing of steel corrosion in concrete specimens buried in soil with up to 3% chloride: "
        "corrosion potential and current density over 18 months, then weight loss of bars. Type I, Type V and silica "
        "fume cements compared; chloride thresholds in soil are derived for each.",
    ),
    (
        "nTo034",
        "vi",
        "b_niger",
        "Khảo sát, đánh giá kết cấu bê tông cốt thép bị ăn mòn clorua",
        "Đơn vị kiểm định khảo sát kết cấu BTCT ven biển, cửa sông: kiểm tra trực quan, thí nghiệm không phá hủy xác "
        "định cường độ, đo mức ăn mòn cốt thép, lấy mẫu nước phân tích tác nhân gây ăn mòn; ví dụ cầu cảng 45 năm có "
        "tốc độ ăn mòn 0,65 µA/cm² và thép mất 47% khối lượng. Đề xuất giải pháp sửa chữa.",
    ),
    (
        "nTo035",
        "en",
        "b_rta",
        "Design advice for concrete structures in acid sulfate soils",
        "Guidance for engineers and producers on concrete in actual and potential acid sulfate soils: how the soils "
        "form, how concrete deteriorates, exposure classification methods, design and specification factors, "
        "protective coatings and a decision flowchart.",
    ),
    (
        "nTo036",
        "vi",
        "b_xa",
        "Tư vấn phân cấp môi trường xâm thực và yêu cầu bê tông",
        "Tư vấn phân cấp môi trường đất, nước ngầm xâm thực XA1–XA3 (nhẹ, vừa, mạnh) theo EN 206 dựa trên sunfat, ion "
        "H+, CO2, Mg2+, NH4+; quy định tỷ lệ nước/xi măng tối đa, mác tối thiểu, lượng xi măng tối thiểu; phân loại "
        "ACEC và cấp DC theo BRE SD1 có tính đến pyrit và axit. Lấy mẫu và phân tích tại hiện trường.",
    ),
    (
        "nTo037",
        "en",
        "b_ccaa",
        "Sulfate-resisting concrete mixes tested in acid sulfate conditions",
        "Testing of concrete mixes made with sulfate-resisting cements (AS 3972 Type SR) against non-SR mixes in neutral "
        "and acidic sulfate solutions, interpreted against long-term field exposure data, to confirm mixes for "
        "structures in sulfate or acid sulfate soils with 100-year design lives.",
    ),
    (
        "nTo038",
        "vi",
        "b_bisley",
        "Phụ gia ức chế ăn mòn canxi nitrit cho bê tông",
        "Cung cấp phụ gia ức chế ăn mòn gốc canxi nitrit, làm chậm thời điểm bắt đầu gỉ và giảm tốc độ ăn mòn cốt "
        "thép. Liều thường dùng cao, khoảng 30 lít/m³, với tỷ lệ nước/xi măng không quá 0,45 và kết hợp pozzolan hoặc xỉ; "
        "liều tùy loại xi măng, vị trí kết cấu và mức clorua.",
    ),
    (
        "nTo039",
        "en",
        "b_cnidegree",
        "Calcium nitrite corrosion-inhibiting admixture",
        "Admixture added at batching that fortifies the passive ferric-oxide layer on reinforcement. Dosage is set by "
        "exposure: corrosion needs about 1.0–1.5 lb/yd³ of chloride at the steel, and heavier exposure needs more "
        "inhibitor. Can be combined with low w/c, more cover or air entrainment.",
    ),
    (
        "nTo040",
        "vi",
        "b_surrey",
        "Chất ức chế ăn mòn thấm bề mặt cho kết cấu hiện hữu",
        "Chất ức chế ăn mòn dạng thấm gốc amino alcohol, quét hoặc phun lên bề mặt bê tông hiện hữu để giảm tốc độ gỉ "
        "cốt thép khi đã có clorua; thử nghiệm cho thấy hiệu quả theo chiều dày lớp bảo vệ và chất lượng bê tông, so "
        "sánh với phụ gia canxi nitrit trộn sẵn.",
    ),
    (
        "nTo041",
        "en",
        "b_iieta",
        "Compound rust inhibitor for concrete with high mineral admixture",
        "A contractor's research group offers a compound inhibitor of N,N-dimethylethanolamine and sodium "
        "monofluorophosphate (best at 15:1) for concrete with slag, fly ash and silica fume, lowering chloride "
        "diffusivity, carbonation depth and rebar corrosion rate, though early hydration is slightly delayed.",
    ),
    (
        "nTo042",
        "vi",
        "b_inox",
        "Thép không gỉ làm cốt thép cho bê tông ven biển",
        "Cung cấp thanh cốt thép không gỉ có ngưỡng clorua gây ăn mòn cao gấp nhiều lần thép cacbon, chọn mác inox theo "
        "vùng phơi nhiễm XS1 (hơi muối), XS2 (ngập), XS3 (vùng triều, sóng vỗ), kèm tiêu chuẩn áp dụng, thi công và so "
        "sánh chi phí vòng đời.",
    ),
    (
        "nTo043",
        "en",
        "b_sonphu",
        "Protective coatings for rebar in marine concrete",
        "Building-science institute research on protective paint coatings for reinforcing steel in concrete in Vietnam's "
        "marine environment, offered to producers: coating selection, bond with concrete and corrosion performance.",
    ),
    (
        "nTo044",
        "vi",
        "b_dbscl_survey",
        "Khảo sát hiện trạng công trình BTCT chịu tác động môi trường biển ở ĐBSCL",
        "Nhóm giảng viên trường đại học xây dựng đã khảo sát ăn mòn nhà ở BTCT tại 5 tỉnh Đồng bằng sông Cửu Long do xâm "
        "nhập mặn; nhận khảo sát hiện trạng, đánh giá mức độ xâm nhập mặn từng địa phương và kiểm tra yêu cầu thiết kế, "
        "thi công công trình vùng biển.",
    ),
    (
        "nTo045",
        "en",
        "b_anmon_mt",
        "Field experience on rebar corrosion in central coastal Vietnam",
        "A construction testing consultancy summarises inspections of reinforced concrete projects on the central coast "
        "of Vietnam and the prevention measures it recommends for coastal economic zones where no dedicated design "
        "standard exists.",
    ),
    (
        "nTo046",
        "vi",
        "b_vlxd_biendao",
        "Vật liệu xây dựng cho công trình biển đảo",
        "Tổng hợp và tư vấn vật liệu cho 5 nhóm công trình chịu nước biển và khí hậu biển: đê, kè, công trình giảm sóng; "
        "cảng biển; công trình trên đảo; nhà ở ven biển; hạ tầng ven biển.",
    ),
    (
        "nTo047",
        "en",
        "b_nace87",
        "Electrochemical corrosion testing of concrete mixes",
        "Long-term testing of reinforced specimens partially submerged in 3% sodium chloride: polarisation resistance and "
        "AC impedance over time, chloride analysis and visual checks of the steel, comparing inhibitor dosage, cement "
        "content, w/c and C3A. Calcium nitrite performed well at w/c below 0.5.",
    ),
    (
        "nTo048",
        "en",
        "b_penseal",
        "Penetrating silane and siloxane sealers as chloride screens",
        "Supply and application of penetrating sealers (silanes, siloxanes and blends) that react in the surface to form "
        "a water-repellent layer, acting as chloride screens and dampproofing while letting vapour escape. Applied at "
        "construction, as maintenance or over repairs, on clean, sound, dry surfaces.",
    ),
    (
        "nTo049",
        "vi",
        "b_chemivina",
        "Giải pháp cải tạo đất phèn cho cây trồng",
        "Hướng dẫn cải tạo đất phèn pH dưới 4: rửa phèn, làm rãnh thoát nước; bón vôi 500–1.500 kg/ha trước khi làm đất "
        "10–15 ngày; dùng thạch cao, phân hữu cơ, chế phẩm vi sinh; chọn cây chịu phèn.",
    ),
    (
        "nTo050",
        "en",
        "b_driveway",
        "Sealing your home's concrete driveway",
        "A home-improvement guide and product line for sealing residential driveways against freeze-thaw and de-icing "
        "salts with a penetrating siloxane sealer: wait three to four weeks after pouring, sweep and pressure-wash, "
        "then spray or roll on.",
    ),
    (
        "nTo051",
        "vi",
        "b_duytan",
        "Túi trữ nước ngọt mùa hạn mặn cho hộ gia đình",
        "Cung cấp túi nhựa trữ nước ngọt 7–30 m³ cho hộ dân miền Tây mùa hạn mặn, rẻ hơn xây bể xi măng, gấp gọn dùng "
        "nhiều năm.",
    ),
    (
        "nTo052",
        "vi",
        "b_minerals",
        "Vôi nông nghiệp hạ phèn, cải tạo đất nhiễm mặn",
        "Cung cấp bột đá vôi, vôi nung, vôi tôi, thạch cao cho ruộng lúa nhiễm phèn sắt, phèn nhôm và đất mặn ở ĐBSCL, "
        "bổ sung canxi và hạ độc phèn.",
    ),
    (
        "nTo053",
        "vi",
        "b_ro",
        "Máy lọc nước RO cho gia đình",
        "Tư vấn chọn máy lọc nước tinh khiết RO: các thành phần, lõi cần thay định kỳ, thương hiệu màng RO trên thị "
        "trường.",
    ),
]

OFFERS += [
    # ---- (C) non-fired bricks, paving blocks and kerbs ----
    (
        "nTo054",
        "en",
        "c_rajratan",
        "Fly ash brick plant: mixing, pressing and steam curing",
        "Turnkey fly ash brick production: fly ash mixed with water, lime and gypsum as binders, pressed in moulds and "
        "cured in a steam chamber for up to 24 hours; quality checked by compressive strength on a compression testing "
        "machine as per IS 12894.",
    ),
    (
        "nTo055",
        "vi",
        "c_ashtag",
        "Gạch tro bay và công thức phối trộn",
        "Cơ sở sản xuất, cung cấp gạch tro bay (tro bay, xi măng, nước và phụ gia, ép khuôn rồi hấp hơi hoặc phơi khô) "
        "nhẹ hơn, rẻ hơn gạch đất nung, tiết kiệm năng lượng, cách nhiệt tốt; chuyển giao công thức cho cơ sở có nguồn "
        "tro bay. Lưu ý gạch hút nước nhiều hơn ở vùng ẩm.",
    ),
    (
        "nTo056",
        "en",
        "c_falg",
        "FaL-G (fly ash–lime–gypsum) low-cost brick technology",
        "Technology transfer for FaL-G bricks that replace burnt clay bricks in all building work: lighter and stronger "
        "than common clay bricks, using fly ash accumulated near thermal power plants; includes testing of compressive "
        "strength and water absorption.",
    ),
    (
        "nTo057",
        "vi",
        "c_viewchange",
        "Chuyển giao gạch tro bay loại C tự đóng rắn",
        "Công nghệ gạch tro bay loại C giàu CaO: ép ở 4.000 psi, hấp hơi 66 °C trong 24 giờ, thêm phụ gia cuốn khí; gạch "
        "chịu trên 100 chu kỳ đông tan, tiết kiệm năng lượng, giảm phát thải thủy ngân, chi phí thấp hơn gạch đất sét "
        "khoảng 20%.",
    ),
    (
        "nTo058",
        "en",
        "c_expertcivil",
        "Fly ash brick consultancy: properties and quality",
        "Consultancy for fly ash brick producers (fly ash, cement, sand, water): target density 1,700–1,850 kg/m³, "
        "compressive strength 10–12 N/mm², water absorption 10–14%, transit breakage under 2%; troubleshooting of "
        "strength, absorption and dimensional tolerance.",
    ),
    (
        "nTo059",
        "vi",
        "c_ruet",
        "Nghiên cứu cấp phối gạch tro bay đạt 25 MPa",
        "Nhóm nghiên cứu khoa xây dựng trường đại học kỹ thuật nhận thiết kế cấp phối gạch tro bay đạt cường độ gạch loại "
        "1 (25 MPa): thử các tỷ lệ tro bay 15–50%, thạch cao 2%, vôi 5–30% và bụi đá, đo cường độ nén và độ hút nước.",
    ),
    (
        "nTo060",
        "en",
        "c_dredging_brick",
        "Feasibility studies for bricks and permeable pavers from dredged sediment",
        "We study the feasibility of turning dredged channel sediment into recycled bricks and permeable pavers for "
        "stormwater management, freeing capacity in sediment containment sites; sampling, trial mixes and product "
        "testing, as done for a major port authority.",
    ),
    (
        "nTo061",
        "vi",
        "c_waterweg",
        "Gạch lát thấm nước làm từ bùn nạo vét",
        "Công nghệ của một công ty khởi nghiệp: trộn 90% bùn nạo vét với 10% vôi và một ít xi măng, ép thành viên theo "
        "phương pháp khối đất nén rồi để khô; viên gạch thiết kế cho nước thấm nhanh xuống đất, chống ngập đô thị. Đã "
        "lát thử đường phố, đang mở rộng quy mô, thử thay xi măng bằng geopolymer.",
    ),
    (
        "nTo062",
        "en",
        "c_bremen",
        "Fired building bricks from dredged harbour sediment",
        "Industrial-scale trials firing building bricks from dredged harbour sediment (about 600,000 m³ a year available) "
        "in a full-size brickworks, meeting waste-gas and waste-water standards; leaching tests at varied pH and grain "
        "size showed arsenic stabilised and heavy metals immobilised.",
    ),
    (
        "nTo063",
        "vi",
        "c_morocco",
        "Phân tích đặc tính bùn nạo vét để tái sử dụng làm vật liệu xây dựng",
        "Nhóm nghiên cứu trường kỹ thuật nhận phân tích bùn nạo vét cảng, kênh: thành phần hạt, khoáng, hóa, hữu cơ, "
        "muối, kim loại nặng, từ đó xác định hướng tái chế làm vật liệu xây dựng thay tài nguyên không tái tạo.",
    ),
    (
        "nTo064",
        "en",
        "c_waterreview",
        "Review-based advice on water sediments in construction materials",
        "A research team that reviewed 181 studies on reservoir, river and harbour sediments in building materials "
        "advises on options such as sediment in concrete, flash-calcined sediment blended cements and sediment–fly ash "
        "geopolymers, and on the pollution risks to check.",
    ),
    (
        "nTo065",
        "vi",
        "c_tcp_pavers",
        "Dây chuyền sản xuất gạch lát tự chèn",
        "Tư vấn, cung cấp dây chuyền gạch lát tự chèn với máy nhiều lớp hoặc một lớp; cấp phối theo cốt liệu địa phương "
        "và bề mặt mong muốn; phụ gia tăng cường độ, giảm mài mòn và chống sương muối (vệt trắng); trộn kỹ trước khi vào "
        "khuôn.",
    ),
    (
        "nTo066",
        "en",
        "c_globmac",
        "Interlocking paving stone production plants",
        "We build paving stone production plants: aggregate, cement and water mixed in set proportions, poured into "
        "interlocking moulds, air voids removed by vibration motors, then stones moved out on their pallets to dry; "
        "used by municipalities for abrasion-resistant, high-strength paving.",
    ),
    (
        "nTo067",
        "vi",
        "c_hwm",
        "Máy ép gạch block, gạch lát thủy lực tự động",
        "Cung cấp máy ép gạch thủy lực kết hợp bàn rung tần số cao: phễu cấp liệu, hệ thủy lực ép khuôn, bàn rung đuổi "
        "bọt khí; từ bán tự động đến tự động hoàn toàn, viên gạch kích thước chính xác; hướng dẫn vận hành.",
    ),
    (
        "nTo068",
        "en",
        "c_western",
        "Paver and wall block production know-how",
        "Production know-how for interlocking pavers and retaining wall units: Portland cement, coarse and fine "
        "aggregate, iron oxide pigment, an admix to boost strength and reduce efflorescence, feed drawer into the "
        "mould, compression and vibration, curing for at least 24 hours, sorting and palletising about 3,000 lb "
        "per unit.",
    ),
    (
        "nTo069",
        "vi",
        "c_modun1",
        "Chương trình đào tạo 5 mô-đun về gạch không nung",
        "Bộ tài liệu và khóa đào tạo do dự án tăng cường sản xuất, sử dụng gạch không nung (Bộ KH&CN chủ trì, UNDP/GEF "
        "tài trợ) biên soạn: kiến thức cơ bản, chính sách và tiêu chuẩn; thi công nghiệm thu khối xây; công nghệ gạch "
        "bê tông khí chưng áp; công nghệ gạch bê tông; lập dự án đầu tư. Dành cho doanh nghiệp, nhà thầu, tư vấn.",
    ),
    (
        "nTo070",
        "en",
        "c_gavali",
        "Alkali-activated bricks from industrial wastes",
        "Research-based development of cement-free alkali-activated bricks from industrial wastes: with molarity "
        "5–15 M, alkali modulus 0.15–0.9, liquid/binder 0.2–0.48 and water glass/NaOH 0.5–2.5, bricks reach "
        "5–60 N/mm²; we help producers set these parameters for their waste.",
    ),
    (
        "nTo071",
        "vi",
        "c_hbrc",
        "Gạch geopolymer giá rẻ dùng cát và bụi lò xi măng",
        "Trung tâm nghiên cứu nhà ở và xây dựng chuyển giao gạch geopolymer chi phí thấp: thay 15–50% metakaolin/xỉ bằng "
        "cát, dùng bụi lò xi măng giàu kiềm để giảm NaOH, thủy tinh lỏng; hầu hết mẫu đạt trên 40 MPa, vượt yêu cầu "
        "gạch chịu lực nặng.",
    ),
    (
        "nTo072",
        "en",
        "c_nbm_geo",
        "Ambient-cured geopolymer masonry bricks",
        "Geopolymer bricks from fly ash, GGBS and manufactured sand cured in open air, tested for compression, "
        "absorption, initial rate of absorption and modulus; wallets reached 1.9 MPa axially and 1.6 MPa "
        "eccentrically, so the bricks suit structural masonry.",
    ),
    (
        "nTo073",
        "vi",
        "c_interpave",
        "Hướng dẫn thiết kế, bốc xếp và lắp đặt bó vỉa bê tông",
        "Hiệp hội gạch lát và bó vỉa đúc sẵn phổ biến hướng dẫn về tính chất, thiết kế, bốc xếp, lắp đặt và hoàn trả "
        "bó vỉa, rãnh biên, viền bê tông đúc sẵn, kể cả bó vỉa chắn xe và bó vỉa hỗ trợ lên xe buýt.",
    ),
    (
        "nTo074",
        "en",
        "c_tiletech",
        "Interlocking paver manufacturing with pressure and vibration",
        "Factory production of interlocking pavers from fine and coarse aggregate and cement put through pressure and "
        "vibration cycles, colour added during forming, with ridged sides so units lock on sand bedding and are ready "
        "for use quickly.",
    ),
    (
        "nTo075",
        "vi",
        "c_travinh_thesis",
        "Đánh giá thị trường và hiệu quả gạch không nung tại Trà Vinh",
        "Nhóm tư vấn từ luận văn thạc sĩ kỹ thuật xây dựng đã đánh giá tình hình, hiệu quả sử dụng gạch xây không nung so "
        "với gạch nung ở TP Trà Vinh; nhận tư vấn chính sách phát triển gạch không nung, lộ trình giảm gạch nung.",
    ),
    (
        "nTo076",
        "en",
        "c_dolomit",
        "Non-fired bricks from dolomite powder",
        "University geology team offers tested technology for non-fired bricks from dolomite: raw materials and "
        "additives, optimum mix ratios, forming moisture and pressing force, curing and technical properties of "
        "the bricks.",
    ),
    (
        "nTo077",
        "vi",
        "c_binhduong",
        "Công nghệ gạch không nung từ đất",
        "Tư vấn sản xuất gạch không nung từ đất theo công nghệ polime hóa, dựa trên phân tích khả năng phát triển loại "
        "hình này tại một huyện Đông Nam Bộ: nguyên liệu đất tại chỗ, chi phí, hiệu quả kinh tế và môi trường.",
    ),
    (
        "nTo078",
        "vi",
        "c_dbscl_gach",
        "Giảm ô nhiễm cho làng nghề gạch ngói nung ĐBSCL",
        "Viện tài nguyên và môi trường đề xuất giải pháp tổng hợp ngăn ngừa, giảm ô nhiễm khói bụi cho làng nghề gạch "
        "ngói nung thủ công ở Đồng bằng sông Cửu Long: cải tiến lò, nhiên liệu, quản lý.",
    ),
    (
        "nTo079",
        "en",
        "c_flyash_agri",
        "Fly ash as a soil amendment for farms",
        "Agronomic advice on applying alkaline fly ash to acid, neutral or saline-sodic soils to replace lime and some "
        "fertiliser, improve water-holding capacity and raise yields, with care over soluble salts and trace elements.",
    ),
    (
        "nTo080",
        "en",
        "c_polished",
        "Polished precast concrete panels as a stone alternative",
        "Polished precast panels and pavers with granite aggregate that hold their polish, offered as a cheaper, "
        "mouldable alternative to natural stone cladding; needs flat moulds, an automatic polishing machine and "
        "arrissing equipment.",
    ),
    (
        "nTo081",
        "vi",
        "c_khanhhoa",
        "Kinh nghiệm thúc đẩy sản xuất, tiêu thụ vật liệu xây không nung",
        "Doanh nghiệp vật liệu mới chia sẻ thực trạng và giải pháp thúc đẩy sản xuất, tiêu thụ vật liệu xây không nung "
        "ở một tỉnh duyên hải khi gạch nung vẫn chiếm 80% thị trường, dựa trên các quyết định, chỉ thị, thông tư về "
        "VLXKN.",
    ),
    (
        "nTo082",
        "vi",
        "c_flyash_agri2",
        "Tro bay bón ruộng cải tạo đất",
        "Hướng dẫn dùng tro bay kết hợp phân chuồng làm chất cải tạo đất, bổ sung vi lượng, giảm chi phí phân bón cho "
        "ruộng vườn.",
    ),
    (
        "nTo083",
        "en",
        "c_tiger",
        "Machine for laying paving bricks on roads",
        "A road-wide paver-laying machine: operators on its platform feed bricks in the finished pattern into a sloping "
        "slot and the sheet of pavers slides onto the sand bed, replacing laying by hand.",
    ),
    (
        "nTo084",
        "en",
        "c_patent",
        "Licensing of patented cobblestone paver shapes",
        "Patent licences for precast cobblestone and flagstone shapes with irregular interlocking side projections and "
        "for a culvert channel that interconnects with paver blocks.",
    ),
    # ---- (D) stone cutting, engraving and CNC carving ----
    (
        "nTo085",
        "en",
        "d_usmarble",
        "Five-axis CNC carving of marble and granite",
        "Our shop carves reliefs, architectural elements and statuary in marble, granite and limestone on five-axis CNC "
        "machines that tilt the head to reach almost any surface, with waterjet cutting and diamond tooling for polished "
        "finishes, working from your digital designs.",
    ),
    (
        "nTo086",
        "vi",
        "d_dst_routing",
        "Máy CNC router gia công đá và máy cắt cầu CNC",
        "Cung cấp máy CNC cho xưởng đá: máy cắt cầu CNC lưỡi kim cương tự định vị, cắt vát; máy mài cạnh nhiều đầu; "
        "CNC router chuyên đá trục chính làm mát bằng nước 8.000–18.000 vòng/phút với mũi kim cương để cắt biên dạng, "
        "khắc, khoan và chạm bề mặt 3D. Tư vấn đầu tư theo quy mô xưởng.",
    ),
    (
        "nTo087",
        "en",
        "d_explore",
        "CNC stone cutting and engraving service",
        "We cut and engrave stone to order: your CAD drawing is converted to G-code, the stone is mounted on the table "
        "and cut with diamond tools, then finished with blade or sanding belt; suited to sculptures, engravings and "
        "custom architectural pieces.",
    ),
    (
        "nTo088",
        "vi",
        "d_carvestone",
        "Quy trình CAD/CAM phác thô tượng đá bằng CNC cho nghệ nhân",
        "Nhà điêu khắc – kiến trúc sư hướng dẫn kết hợp phần mềm CAD/CAM và máy CNC để thiết kế, phác thô 70–80% khối "
        "tượng, còn lớp đá cuối cùng để nghệ nhân hoàn thiện bằng tay, giữ phong cách riêng; nhận chuyển giao quy trình.",
    ),
    (
        "nTo089",
        "en",
        "d_dst_toolpath",
        "CNC toolpath training for stone fabricators",
        "Training that takes stone fabricators from DXF import and file checking through material set-up, toolpath "
        "creation, diamond tool choice, spindle speed, feed and depth per pass, to running the job, with the "
        "common pitfalls in granite.",
    ),
    (
        "nTo090",
        "vi",
        "d_sartin",
        "Khắc bia mộ bằng phun cát qua khuôn cắt laser và khắc ảnh laser",
        "Dịch vụ và chuyển giao: đánh bóng mặt bia, thiết kế chữ và hoa văn trên phần mềm vector, cắt khuôn cao su bằng "
        "laser, bóc khuôn, phun cát để chữ cùng độ sâu; ảnh chân dung và chi tiết nhỏ thì khắc laser trên đá granite "
        "đánh bóng.",
    ),
    (
        "nTo091",
        "en",
        "d_sartin_maint",
        "Maintenance kit for laser-etched monuments",
        "A kit and instructions to maintain laser-etched monuments once or twice a year: glass cleaner, soft cloths, a "
        "razor blade and white oil-based block printing ink to re-highlight the etching.",
    ),
    (
        "nTo092",
        "vi",
        "d_mystone",
        "Khắc laser, khắc va đập và chạm hình khối trên đá",
        "Xưởng bia mộ nhận khắc laser ảnh chân dung trên granite đen, khắc va đập (impact etching) và chạm hình khối như "
        "hoa hồng nổi, kết hợp tay nghề thủ công, đồng thời phục chế và lắp đặt mộ.",
    ),
    (
        "nTo093",
        "en",
        "d_mainememorial",
        "Monument carving services for memorial workshops",
        "We carve memorials for other workshops: flat line carving by sandblast, shaped three-dimensional carving with a "
        "hand-held blasting tool, hand-chiselled sculpture, and etching by diamond-tipped tool or computer-driven laser.",
    ),
    (
        "nTo094",
        "vi",
        "d_keppel",
        "Khắc tay ảnh chân dung bằng mũi kim cương bền màu",
        "Nghệ nhân khắc ảnh trên đá granite đen. Khắc laser làm bong lớp bóng, ảnh nổi, phải tô màu và dễ phai; khắc tay "
        "bằng mũi kim cương tạo hàng nghìn vết lõm nhỏ, màu nhuộm nằm trong đá nên tương phản cao và bền hơn. Nhận khắc "
        "và đào tạo.",
    ),
    (
        "nTo095",
        "en",
        "d_graphicspro",
        "Abrasive blasting, laser and waterjet on stone memorials",
        "Engraving of stone tiles, niche plates, river rocks and memorial bricks by abrasive blasting, laser or waterjet, "
        "including cleaning and stencilling of uneven natural stones.",
    ),
    (
        "nTo096",
        "vi",
        "d_nonnuoc_shtt",
        "Kinh nghiệm đổi mới công nghệ làng đá mỹ nghệ Non Nước",
        "Hội làng nghề đá mỹ nghệ gần 400 năm chia sẻ kinh nghiệm các cơ sở đổi mới công nghệ: máy móc giảm bụi, tăng "
        "năng suất, nhập đá nguyên liệu, xây dựng thương hiệu, vẫn giữ khâu tạo hồn cho tượng bằng tay nghề nghệ nhân.",
    ),
    (
        "nTo097",
        "en",
        "d_multiwire",
        "Multi-diamond-wire saws for granite slabbing",
        "Supply of diamond-wire machines: mobile single-wire machines for quarrying, stationary monowire machines for "
        "squaring and profiling blocks, and multi-wire machines (30 wires or more for granite slabs, fewer for thick "
        "slabs for monuments).",
    ),
    (
        "nTo098",
        "vi",
        "d_100wire",
        "Máy cưa nhiều dây kim cương xẻ tấm granite",
        "Giới thiệu máy cưa tới 100 dây kim cương xẻ khối granite thành tấm, thay thế máy cưa khung dùng bi thép; tư vấn "
        "chi phí dụng cụ, thời gian thay dây và tuổi thọ dây theo loại đá.",
    ),
    (
        "nTo099",
        "en",
        "d_framesaw",
        "Diamond-segment frame saw for granite slabs",
        "Patented frame saw with many parallel tensioned blades carrying diamond segments, cutting granite blocks into "
        "slabs with surface roughness below 500 µin and thickness variation of 2 mm or less, without the steel shot and "
        "lime slurry of conventional gang saws that cut only a few cm per hour.",
    ),
    (
        "nTo100",
        "vi",
        "d_howtocut",
        "Dây chuyền gia công granite từ khối đến thành phẩm",
        "Tư vấn dây chuyền: cưa khối thành tấm bằng cưa khung hoặc dây kim cương, cắt quy cách bằng máy cắt cầu, đánh "
        "bóng và tạo cạnh bằng máy mài, router.",
    ),
    (
        "nTo101",
        "en",
        "d_mkdiamond",
        "Diamond blade selection training",
        "Training on diamond blades: continuous smooth rim for clean cuts in granite, marble and tile; serrated or turbo "
        "rim for fast cuts in masonry and stone; segmented rim for concrete and long life; wet and dry specs, sizes, and "
        "how the metal bond and diamond grit grind the material.",
    ),
    (
        "nTo102",
        "vi",
        "d_mahajan",
        "Gia công tượng đá bằng cánh tay robot",
        "Nhận gia công tượng bằng robot công nghiệp gắn dao phay, chạy theo mô hình 3D với độ chính xác milimet, trên đá, "
        "cẩm thạch, xốp, kim loại; rút ngắn thời gian so với đục tay, làm được đơn hàng số lượng lớn.",
    ),
    (
        "nTo103",
        "en",
        "d_robotor",
        "Robotic carving cells for stone workshops",
        "Supply and integration of CNC robot cells for stone carving: two machining stages with separate programs, tool "
        "changes for different finishes, diamond tips replaced at planned intervals (granite wears tools about three "
        "times faster than marble) and predictable job times.",
    ),
    (
        "nTo104",
        "vi",
        "d_deskproto",
        "Quét 3D và gia công CNC tượng đá cẩm thạch",
        "Dịch vụ số hóa tượng mẫu bằng máy quét laser 3D, dựng mô hình CAD, tính đường chạy dao, phay thử mô hình nhỏ rồi "
        "gia công tượng thật bằng đá trên máy CNC chuyên đá (phay hai mặt trước, sau).",
    ),
    (
        "nTo105",
        "en",
        "d_impactlab",
        "3D scanning and automated milling of sculpture replicas",
        "A studio combining scanners, CAD and automated milling to clone sculptures and architectural carvings in stone "
        "for architects and contractors, faster and cheaper than hand carving.",
    ),
    (
        "nTo106",
        "vi",
        "d_langngheviet",
        "Nhận tạc tượng đá theo đơn đặt hàng",
        "Cơ sở điêu khắc đá làng Non Nước nhận tạc tượng Phật, tượng Chăm, linh vật và đồ thờ bằng đá cẩm thạch nhiều "
        "vân; đá nhập từ Ấn Độ, Myanmar, Trung Đông theo yêu cầu khách, giao tượng đi các tỉnh.",
    ),
    (
        "nTo107",
        "en",
        "d_todata",
        "Tour of the Non Nước stone-carving village",
        "Half-day cultural tour of the stone-carving village at the foot of the Marble Mountains in Đà Nẵng, with "
        "workshop visits and souvenir shopping.",
    ),
    (
        "nTo108",
        "vi",
        "d_vinhcam",
        "Điêu khắc đá mỹ nghệ: tượng, lăng mộ, bia mộ",
        "Xưởng điêu khắc đá mỹ nghệ nhận đặt tượng Phật Di Lặc, Quan Âm, sư tử, lăng mộ đá và bia mộ, điêu khắc bằng tay "
        "tỉ mỉ, giao hàng, lắp đặt toàn quốc.",
    ),
    (
        "nTo109",
        "en",
        "d_damynghe",
        "Apprenticeship in hand stone carving",
        "Master carvers from a stone-carving village offer apprenticeships covering every stage: choosing the stone, "
        "visualising the figure, roughing out, carving and final grinding and polishing.",
    ),
    (
        "nTo110",
        "vi",
        "d_masoncontr",
        "Lưỡi cắt kim cương cắt đá tại công trình",
        "Cung cấp lưỡi cắt kim cương cho thợ xây cắt chỉnh đá ốp, đá lát ngay tại công trình, giảm hao hụt.",
    ),
    (
        "nTo111",
        "en",
        "e_verona",
        "Engineered quartz slabs for kitchen countertops",
        "Distributor of engineered quartz slabs for kitchens and bathrooms, with fabricator support.",
    ),
    (
        "nTo112",
        "vi",
        "d_travel",
        "Tour trải nghiệm làng đá mỹ nghệ Non Nước",
        "Chương trình tham quan làng đá mỹ nghệ Non Nước trong khu danh thắng Ngũ Hành Sơn, làng có khoảng 583 cơ sở và "
        "hơn 3.000 lao động.",
    ),
]

OFFERS += [
    # ---- (E) dust, noise and slurry water ----
    (
        "nTo113",
        "en",
        "e_hse",
        "Water-suppression kits for stone and concrete cut-off saws",
        "Kits that connect a water hose to jets spraying onto the cutting disc of petrol or electric cut-off saws, "
        "dramatically cutting the respirable crystalline silica dust produced when cutting stone, granite, concrete "
        "and brick.",
    ),
    (
        "nTo114",
        "vi",
        "e_smohit",
        "Hướng dẫn cắt ướt giảm bụi silic cho xưởng đá, bê tông",
        "Tổ chức an toàn lao động hướng dẫn biện pháp kỹ thuật: cấp nước vào lưỡi cưa, mũi khoan khi cắt đá, bê tông, "
        "gạch để giảm mạnh bụi silic tinh thể hô hấp được, nguyên nhân bệnh bụi phổi silic, ung thư phổi, bệnh thận; "
        "tập huấn cho thợ.",
    ),
    (
        "nTo115",
        "en",
        "e_aplusa",
        "Wet blade plus local exhaust for stone saws, with exposure measurement",
        "Industrial hygiene service: we fit local exhaust ventilation to wet-blade stone saws and measure breathing-zone "
        "respirable dust and quartz. In trials a wetted blade plus LEV cut exposure about tenfold compared with a wet "
        "blade alone; a water curtain gave little extra.",
    ),
    (
        "nTo116",
        "vi",
        "e_dst_dust",
        "Hệ thống hút bụi cho xưởng gia công đá",
        "Thiết kế, lắp đặt hệ thống thu bụi cho xưởng đá: hút tại điểm cắt, mài, bàn hút xuống, kết hợp phương pháp ướt, "
        "để đưa phơi nhiễm dưới giới hạn 50 µg/m³ (ngưỡng hành động 25 µg/m³) theo tiêu chuẩn silic; mài khô granite bằng "
        "máy cầm tay có thể vượt giới hạn 10–100 lần.",
    ),
    (
        "nTo117",
        "en",
        "e_eglinton",
        "Silicosis awareness training and respirator programme",
        "Community and workplace training on silicosis (chronic, accelerated, acute), dust suppression with water and "
        "vacuums at the source (wet blade cutting is about 90% effective), and approved respirators where controls are "
        "not enough.",
    ),
    (
        "nTo118",
        "vi",
        "e_porvoo_press",
        "Máy ép bùn khung bản cho bùn cắt đá",
        "Cung cấp máy ép lọc khung bản tách nước bùn cắt đá, chọn theo nồng độ chất rắn cấp vào, độ mài mòn của bùn "
        "granite (thạch anh, fenspat), khối lượng bùn mỗi ngày và bơm cấp; kiểm soát độ ẩm bánh bùn, vải lọc và nước lọc "
        "quay lại sản xuất.",
    ),
    (
        "nTo119",
        "en",
        "e_porvoo_process",
        "Stone-cutting wastewater treatment: grit removal, dosing, settling, pressing",
        "Engineering of complete treatment trains for stone-cutting water in the right order: hydrocyclone grit removal "
        "(about 90% separation below 200 µm), coagulation with aluminium sulphate and PAM, sedimentation and filter "
        "pressing, so clean decant can be reused.",
    ),
    (
        "nTo120",
        "vi",
        "e_porvoo_streams",
        "Khảo sát dòng thải bụi, bùn, nước của xưởng đá",
        "Dịch vụ lập sơ đồ dòng thải từng công đoạn: bụi khô, hơi nước, bùn, cặn lắng, nước tuần hoàn, để tách riêng "
        "từng dòng và chọn thiết bị đúng công suất trước khi mua.",
    ),
    (
        "nTo121",
        "en",
        "e_filterproject",
        "Closed-loop slurry filtration for stone and concrete shops",
        "Closed-loop water filtration that extracts suspended stone, concrete or ceramic particles so water circulates "
        "continuously, protecting workers from silica, avoiding discharge and cutting water bills.",
    ),
    (
        "nTo122",
        "vi",
        "e_fullcircle",
        "Hệ thống tái sử dụng nước xưởng đá có kiểm soát ăn mòn",
        "Hệ thống tái sử dụng nước cho xưởng đá: hạt lơ lửng chủ yếu 1–80 µm, máy cắt dùng được nước đục nhưng CNC và "
        "máy đánh bóng cần nước rất sạch; xử lý để bảo vệ bơm, vòi, đường ống và kiểm soát pH, độ cứng gây ăn mòn kim "
        "loại.",
    ),
    (
        "nTo123",
        "en",
        "e_atz",
        "Stone processing wastewater treatment and reuse",
        "Treatment plants for stone processing wastewater rich in SiO2, CaO and CaCO3 powder: collection, equalisation "
        "tank, dosing of polyaluminium chloride and polyacrylamide, horizontal or vertical-flow settling and reuse, "
        "saving water and sewage charges.",
    ),
    (
        "nTo124",
        "vi",
        "e_stoneworld",
        "Tư vấn chọn hệ thống xử lý nước cho xưởng đá",
        "Tư vấn lựa chọn giải pháp nước cho xưởng đá dùng 15.000–200.000 gallon nước/ngày: từ tái sử dụng một phần đến "
        "khép kín không xả thải, đầu tư từ dưới 10.000 đến trên 100.000 USD; cưa cầu dùng nước xám, còn tia nước, trục "
        "CNC và máy đánh bóng cần nước sạch.",
    ),
    (
        "nTo125",
        "en",
        "e_cqe",
        "Recycling of concrete washout water",
        "Washout water from skips, trucks and pump lines has pH 11–13.6 and must be brought below pH 10 for sewer or pH "
        "9 for watercourses. Rather than dosing acid, we reclaim the water for concrete production, which uses up to "
        "170 litres per cubic metre.",
    ),
    (
        "nTo126",
        "vi",
        "e_mcdermott",
        "Thiết bị xử lý nước rửa bê tông tại công trường",
        "Cung cấp thiết bị xử lý nước rửa máng xe bồn: túi vải địa kỹ thuật giữ cặn xi măng, cốt liệu; bộ điều khiển pH "
        "tự động châm CO2 để hạ pH về 6–8; nước sau lắng được xả có kiểm soát hoặc dùng lại.",
    ),
    (
        "nTo127",
        "en",
        "e_commonwealth",
        "Washout and recycle pits for concrete plants",
        "Design of washout and recycle pits for ready-mix and precast plants that also capture site stormwater: cement "
        "fines settle, and clarified high-pH water is pumped back into new concrete mixes without harming them, cutting "
        "water and wastewater bills.",
    ),
    (
        "nTo128",
        "vi",
        "e_npca_water",
        "Xử lý và tái chế nước công nghệ nhà máy bê tông đúc sẵn",
        "Tư vấn cho nhà máy đúc sẵn xử lý nước rửa, khoan cắt và nước mưa chảy tràn có pH 11–12, chất rắn lơ lửng, sunfat, "
        "dầu mỡ và phụ gia; giải pháp lắng, trung hòa, tái sử dụng đáp ứng quy định môi trường và giảm chi phí.",
    ),
    (
        "nTo129",
        "en",
        "e_aggnet",
        "Chemical metering pumps for neutralising concrete wash water",
        "Metering and hose pumps for dosing acid or CO2 to neutralise concrete wash water at plants that use up to "
        "12,000 m³ of water a year, and for handling abrasive slurries.",
    ),
    (
        "nTo130",
        "vi",
        "e_dguv",
        "Lưỡi cưa kim cương giảm ồn cho máy cắt đá",
        "Viện an toàn lao động đã đo các lưỡi cưa kim cương giảm ồn: trên máy cắt cầu cắt ướt granite, bê tông với lưỡi "
        "350 mm, lưỡi thường 105–107 dB(A); lưỡi kiểu sandwich (lớp đàn hồi kẹp giữa hai lá thép) giảm 8–14 dB(A), trung "
        "bình khoảng 10 dB(A). Tư vấn chọn lưỡi.",
    ),
    (
        "nTo131",
        "en",
        "e_800nonoise",
        "Acoustic treatment and enclosures for noisy machines",
        "Noise control products: absorptive foam or fibreglass on walls and ceiling (6–9 dB), acoustic curtains around "
        "the source (6–15 dB, at least 8 ft high), or complete enclosures with windows and ventilation baffles (20–30 dB).",
    ),
    (
        "nTo132",
        "vi",
        "e_cpwr",
        "Chiến lược kiểm soát tiếng ồn tại công trường, xưởng",
        "Hướng dẫn giảm ồn: tăng khoảng cách tới nguồn, dựng vách chắn bằng ván ép, tấm xốp tạo vùng bóng âm, dùng máy "
        "có giảm thanh; giải thích thang dB(A) (tăng 3 dB là gấp đôi năng lượng).",
    ),
    (
        "nTo133",
        "en",
        "e_worksafe",
        "Buy-quiet advice for workshop equipment and saw blades",
        "Advice on buying quieter plant: ask suppliers for complete noise data, compare brands tested to the same "
        "standard, and choose quieter processes and low-noise saw blades before buying.",
    ),
    (
        "nTo134",
        "vi",
        "e_nonnuoc_thesis",
        "Đánh giá ô nhiễm và giải pháp môi trường cho làng nghề đá",
        "Nhóm công nghệ môi trường trường đại học đã nghiên cứu thực trạng ô nhiễm bụi, ồn, nước thải, chất thải rắn ở "
        "làng đá mỹ nghệ; nhận đánh giá hiện trạng và đề xuất giải pháp giảm thiểu cho cụm cơ sở chế tác đá.",
    ),
    (
        "nTo135",
        "en",
        "e_hamza",
        "Using marble and granite waste in concrete bricks",
        "University researchers characterise marble and granite cutting waste (highly alkaline slurry) and design "
        "concrete bricks that incorporate it, turning a polluting waste into a product.",
    ),
    (
        "nTo136",
        "vi",
        "e_sws",
        "Gạch block từ bùn thải cắt đá",
        "Công nghệ sản xuất khối xây từ bùn thải cắt đá (chiếm khoảng 22,5% lượng đá chế biến) trộn xi măng poóc lăng, "
        "làm ẩm và ép áp lực cao trong khuôn; mẫu đạt cường độ 28 ngày cao dù tỷ lệ bùn lớn.",
    ),
    (
        "nTo137",
        "en",
        "e_pmc_marble",
        "Marble powder in fired clay bricks",
        "Replacing 5–30% of clay with waste marble powder in fired clay bricks: bricks 1.3–19.9% lighter, adequate "
        "strength at 5–20% replacement, higher absorption and porosity.",
    ),
    (
        "nTo138",
        "vi",
        "e_strz",
        "Đánh giá lượng và đặc tính chất thải chế biến đá",
        "Khảo sát chất thải trong chế biến đá ốp lát, đá mỹ nghệ: phế phẩm rắn và bùn chiếm 10–35% lượng đá, bùn gấp "
        "khoảng ba lần phế liệu rắn; đề xuất giảm, tái sử dụng theo kinh tế tuần hoàn.",
    ),
    (
        "nTo139",
        "en",
        "e_benjeddou",
        "Powder from marble sludge as a mineral filler",
        "Processing of marble sludge by drying and grinding into a powder tested as a mineral filler for other "
        "materials.",
    ),
    (
        "nTo140",
        "en",
        "e_huada",
        "Stone chain saw machines for quarries",
        "Quarry chain saw machines for cutting granite and marble blocks from the bench, operating at 90–110 dB; "
        "we supply machines and hearing protection.",
    ),
    (
        "nTo141",
        "en",
        "e_workbench",
        "Soundproofing a home woodworking shop",
        "Tips and products to keep table-saw and planer noise (80 dB and more) inside a basement or garage workshop: "
        "sharp blades, tuned tools, anti-vibration pads, solid stands and sound-insulated walls.",
    ),
    (
        "nTo142",
        "vi",
        "e_nuiphao",
        "Đánh giá hệ thống xử lý nước thải mỏ khai khoáng",
        "Đánh giá hiệu quả hệ thống xử lý nước thải trong khai thác và chế biến khoáng sản tại mỏ đa kim ở Thái Nguyên.",
    ),
    (
        "nTo143",
        "vi",
        "e_ear",
        "Tư vấn chống ồn cho nhà ở đô thị",
        "Tư vấn giảm ô nhiễm tiếng ồn giao thông, công trường cho căn hộ, nhà phố theo hướng dẫn của WHO.",
    ),
    (
        "nTo144",
        "en",
        "e_pressure",
        "Pressure washing and sealing of concrete driveways",
        "Residential service that pressure-washes sidewalks, pool decks and driveways and applies sealer against "
        "stains, mildew and de-icing damage.",
    ),
    # ---- (F) testing and standards ----
    (
        "nTo145",
        "en",
        "f_c497_scribd",
        "Accredited testing of concrete pipe, manholes and tile",
        "Our laboratory runs the standard test methods for concrete pipe, manhole sections and tile: external load "
        "crushing strength by three-edge bearing, flat slab top, core strength, absorption, hydrostatic, permeability "
        "and manhole step tests, for production and acceptance testing.",
    ),
    (
        "nTo146",
        "vi",
        "f_c497m",
        "Thí nghiệm ống cống, cống hộp, hố ga theo ASTM C497M",
        "Phòng thí nghiệm thực hiện các phép thử cho ống cống bê tông, cống hộp, đốt hố ga: nén ngoài ba cạnh, nắp phẳng, "
        "khoan lõi, hút nước, thủy tĩnh, thấm, bậc thang, xi lanh, mối nối gioăng, cắt mối nối, kiềm, thủy tĩnh mối nối "
        "lệch tâm; mẫu không để dưới 4 °C trong 24 giờ trước khi thử.",
    ),
    (
        "nTo147",
        "en",
        "f_aashto",
        "Fabrication of three-edge bearing test frames",
        "We build three-edge bearing frames for pipe plants: lower wood or hard-rubber strips (durometer 45–60) on a "
        "rigid base at least 150 mm wide, spaced no more than 90 mm per metre of diameter, and an upper rigid beam; "
        "deflection under maximum load not above 1/720 of the specimen length.",
    ),
    (
        "nTo148",
        "vi",
        "f_buriedpipe",
        "Tư vấn thiết kế ống cứng chôn ngầm theo tải D",
        "Tư vấn chọn ống bê tông cốt thép theo cường độ tải D (tải nén ba cạnh chia đường kính) của ASTM C76, ống không "
        "cốt thép theo C14, và điều kiện lắp đặt trong đất.",
    ),
    (
        "nTo149",
        "en",
        "f_ndt_course",
        "Training in non-destructive testing of concrete",
        "Course on rebound hammer and ultrasonic pulse velocity for laboratory and in-situ concrete, resonant frequency "
        "on prepared specimens, partially destructive tests, and how well each correlates with strength.",
    ),
    (
        "nTo150",
        "vi",
        "f_upv_mdpi",
        "Ước tính cường độ bê tông tuổi sớm bằng vận tốc xung siêu âm",
        "Nhóm nghiên cứu kiến trúc – xây dựng xây dựng phương trình ước tính cường độ nén theo vận tốc xung siêu âm cho "
        "bê tông thiết kế 24, 30, 40 MPa ở tuổi 16 giờ đến 28 ngày (123 mẫu, theo KS F 2731, ASTM C597); nhận xây dựng "
        "đường tương quan cho cấp phối của doanh nghiệp.",
    ),
    (
        "nTo151",
        "en",
        "f_civildiag",
        "On-site NDT: rebound hammer, UPV and cover meter",
        "Field non-destructive testing of existing structures and products: rebound hammer for surface hardness "
        "correlated to strength, ultrasonic pulse velocity for uniformity and defects, and cover meter for reinforcement "
        "position and cover, with a report in days.",
    ),
    (
        "nTo152",
        "vi",
        "f_ndt_scribd",
        "Kiểm tra không phá hủy bằng xung siêu âm",
        "Dịch vụ kiểm tra bê tông bằng xung siêu âm khi mẫu lập phương không đạt: đánh giá độ đồng nhất, độ đặc chắc, "
        "phát hiện khuyết tật, vết nứt và ước tính cường độ tại hiện trường.",
    ),
    (
        "nTo153",
        "en",
        "f_icpi",
        "Compression testing of concrete pavers to ASTM C140 and C936",
        "Testing of concrete pavers for the C936 requirement of 55 MPa average with no unit below 50 MPa, with capping "
        "and thickness adjustment to a 60 mm by 98 mm reference paver under ASTM C140; absorption included.",
    ),
    (
        "nTo154",
        "vi",
        "f_interlock",
        "Mẫu thử chuẩn khi nén gạch lát",
        "Thông tin về cách quy đổi cường độ nén gạch lát có hình dạng, chiều dày khác nhau về mẫu chuẩn dày 60 mm, "
        "98 x 198 mm để kết quả so sánh được.",
    ),
    (
        "nTo155",
        "en",
        "f_yjs",
        "Testing of concrete paving blocks and curbs",
        "Laboratory testing of paving blocks and curbs: compressive and flexural strength, abrasion, freeze-thaw, "
        "dimensional accuracy and texture, with universal testing machines and abrasion testers to ASTM, AASHTO and EN "
        "methods; paving blocks often need at least 35 MPa.",
    ),
    (
        "nTo156",
        "vi",
        "f_astm_wk",
        "Thông tin sửa đổi yêu cầu mài mòn trong ASTM C936",
        "Giới thiệu đề xuất bỏ yêu cầu thử mài mòn bằng phun cát (C418) khỏi tiêu chuẩn gạch lát tự chèn vì ít liên quan "
        "đến hư hỏng thực tế.",
    ),
    (
        "nTo157",
        "en",
        "f_epoka",
        "Quick quality control of paving blocks from absorption and porosity",
        "University method relating water absorption, porosity and specific gravity of paving blocks to splitting and "
        "compressive strength by regression (112 blocks tested), so plants can screen daily production cheaply.",
    ),
    (
        "nTo158",
        "vi",
        "f_strat",
        "Thí nghiệm nén mẫu bê tông lập phương",
        "Phòng thí nghiệm nén mẫu lập phương ở tuổi 7, 14, 28 ngày: cân, đo kích thước, ngâm mẫu, đặt tâm, gia tải liên "
        "tục 12–24 MPa/phút đến phá hoại, ghi dạng phá hoại, tính cường độ làm tròn 0,5 MPa.",
    ),
    (
        "nTo159",
        "en",
        "f_vmix",
        "On-site casting of concrete test cubes",
        "Our technicians cast test cubes at your yard: six oiled moulds, samples taken at random during pouring, three "
        "layers with 35 strokes each, covered with damp hessian, demoulded after 24 hours, coded and water-cured, three "
        "cubes tested at 7 and three at 28 days.",
    ),
    (
        "nTo160",
        "vi",
        "f_nwct",
        "Phòng thí nghiệm cường độ nén mẫu bê tông",
        "Nhận mẫu lập phương 150 mm (cốt liệu không quá 20 mm), bảo dưỡng trong bể, nén ở tuổi 3, 5, 7, 14 hoặc 28 ngày "
        "với tốc độ 140 kg/cm² mỗi phút đến khi phá hoại, trả kết quả nhanh.",
    ),
    (
        "nTo161",
        "en",
        "f_salier",
        "Testing of precast concrete kerbs",
        "Geotechnical laboratory testing of precast kerbs: dimensions (mean of 12 readings, ±3 mm), transverse load at "
        "failure to 0.1 kN and water absorption after drying and soaking, reported against BS 7263 tables.",
    ),
    (
        "nTo162",
        "vi",
        "f_en1340_sn",
        "Tư vấn chứng nhận hợp chuẩn bó vỉa bê tông theo EN 1340",
        "Tư vấn áp dụng tiêu chuẩn bó vỉa bê tông EN 1340: yêu cầu vật liệu, kích thước, tính chất cơ lý, ngoại quan; "
        "thử nghiệm điển hình, kiểm soát sản xuất tại nhà máy (kiểm tra thiết bị, vật liệu, quá trình, sản phẩm); quy "
        "trình lấy mẫu nghiệm thu lô hàng và ghi nhãn.",
    ),
    (
        "nTo163",
        "en",
        "f_bs1343",
        "Testing natural stone kerbs to EN 1343",
        "Testing of natural stone kerbs for external paving under EN 1343: dimensions, flexural strength, water "
        "absorption and durability, with reports for contractors.",
    ),
    (
        "nTo164",
        "vi",
        "f_c497_2018",
        "Cung cấp máy nén ba cạnh thử ống cống",
        "Cung cấp máy thử nén ba cạnh cho ống cống, hố ga: lực đủ lớn, khung cứng không biến dạng, gối dưới hai dải song "
        "song và gối trên, tốc độ gia tải theo ASTM C497, dùng cho thử kiểm soát chất lượng và chứng minh thiết kế.",
    ),
    (
        "nTo165",
        "en",
        "f_coek",
        "Impact-echo scanning of concrete floor toppings",
        "Acoustic impulse-response and impact-echo scanning to locate delaminations in large concrete floor toppings, "
        "mounted on a scanner or robot.",
    ),
]
