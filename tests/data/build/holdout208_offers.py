"""Offers of the holdout208 set (rural roads, small bridges, canal crossings): (id, language, source key, title, description)."""

OFFERS = [
    # --- concrete and low-volume roads ---
    (
        "qBo001",
        "en",
        "fuchs",
        "Plain cement-concrete rural roads laid straight on the subgrade (Belgian method)",
        "Technology transfer of the rural concrete road technique used for half of Belgium's land-consolidation road network: "
        "unreinforced slabs 16-20 cm thick placed without a road base, joints every 5 m formed by pressing plastic strips into "
        "the fresh concrete, subgrade improved only where its modulus is under 20 MPa. Laying can be labour-intensive or "
        "mechanised; expected service life above 40 years with almost no maintenance.",
    ),
    (
        "qBo002",
        "vi",
        "yogi",
        "Thi công đường bê tông xi măng cho đường làng, đường xóm lưu lượng thấp",
        "Nhà thầu nhận thiết kế và thi công mặt đường bê tông xi măng cho các tuyến đường nối thôn xóm ít xe. Chiều dày và "
        "kết cấu được chọn theo thành phần xe thực tế trên tuyến (xe thương mại nhẹ, trung bình, nặng), vì đường làng chủ yếu "
        "có xe nhẹ chứ không giống quốc lộ.",
    ),
    (
        "qBo003",
        "en",
        "afcap",
        "Guide and training: choosing surfacings for low-volume rural roads",
        "Training package built on a 2013 good-practice guideline for engineers and road managers who plan, design, build and "
        "maintain low-volume rural roads in tropical and temperate developing regions. Covers the choice between unsealed, "
        "sealed and concrete surfacings and the use of local materials to keep costs low.",
    ),
    (
        "qBo004",
        "vi",
        "abudhabi_lvr",
        "Thiết kế kết cấu áo đường cho đường lưu lượng thấp theo AASHTO 1993",
        "Tư vấn thiết kế đường lưu lượng thấp (xe ít, tốc độ thấp): lựa chọn giữa mặt đường mềm, mặt đường có lớp phủ và "
        "mặt đường cấp phối theo lưu lượng, tải trọng và sử dụng đất; tính toán theo hướng dẫn AASHTO 1993 hoặc tra catalogue "
        "kết cấu, với tải trọng tối thiểu 10.000 trục xe tiêu chuẩn.",
    ),
    (
        "qBo005",
        "vi",
        "afcap",
        "Tập huấn làm và bảo trì lớp mặt đường nông thôn bằng vật liệu địa phương",
        "Khóa tập huấn dành cho cán bộ xã, tổ bảo trì và nhà thầu nhỏ: cách dùng vật liệu sẵn có tại chỗ cho lớp mặt đường "
        "nông thôn ít xe, các giải pháp chi phí thấp đã được kiểm chứng, quy trình bảo dưỡng để đường phục vụ đi chợ, đi học, "
        "đến trạm y tế quanh năm.",
    ),
    # --- asphalt, surface treatments, plastic ---
    (
        "qBo006",
        "en",
        "pierce_chip",
        "Chip seal and fog seal service for ageing rural pavements",
        "Crew-based chip sealing: a thin film of liquid asphalt is sprayed, small aggregate chips are spread and rolled, loose "
        "stone is swept off and a final fog seal locks the chips and keeps water out. Typically adds 7 to 12 years to the life "
        "of an existing pavement at low cost.",
    ),
    (
        "qBo007",
        "vi",
        "dotd_chip",
        "Láng nhựa nhũ tương cho đường lưu lượng thấp",
        "Thi công lớp láng nhựa: phun nhũ tương nhựa đường rồi rải ngay đá nhỏ và lu lèn. Dùng để bịt kín mặt đường có vết nứt "
        "không do tải trọng, tăng độ nhám chống trơn, và làm lớp hao mòn cho các tuyến ít xe.",
    ),
    (
        "qBo008",
        "en",
        "dotd_surf",
        "Thin bituminous surface treatments under 25 mm",
        "Spray-applied surface treatments (asphalt cement, cutback or emulsion, with or without cover aggregate) that restore "
        "or protect an asphalt surface. Layers stay below about 25 mm (1 inch); also offered as seal coats for tired district roads.",
    ),
    (
        "qBo009",
        "vi",
        "samdict",
        "Thi công mặt đường đá dăm thấm nhập và bán thấm nhập nhựa",
        "Đơn vị thi công mặt đường nhựa cấp thấp hơn bê tông nhựa: mặt đường đá dăm thấm nhập hoặc bán thấm nhập nhựa, phù hợp "
        "đường huyện, đường xã có yêu cầu kỹ thuật vừa phải; có thể nâng lên bê tông nhựa khi lưu lượng tăng.",
    ),
    (
        "qBo010",
        "vi",
        "mat_qua_do",
        "Nâng cấp mặt đường quá độ (cấp phối) lên mặt đường láng nhựa hoặc bê tông nhựa",
        "Tư vấn và thi công nâng cấp mặt đường quá độ, loại chỉ hợp với tốc độ dưới 60 km/h và dưới 300 xe/ngày đêm, đang "
        "bụi, ổ gà, lượn sóng: xử lý bề mặt bằng láng một lớp nhựa hoặc thảm thêm bê tông nhựa để thành mặt đường cấp cao, giảm "
        "chi phí duy tu.",
    ),
    (
        "qBo011",
        "en",
        "plastic_nbmcw",
        "Plastic-coated aggregate for bituminous road mixes",
        "University technique for flexible pavements: shredded waste plastic bags are melted onto hot aggregate before the "
        "bitumen is added. The coated aggregate binds better, absorbs less water and leaves fewer voids, and the method uses "
        "plastic waste that would otherwise be dumped.",
    ),
    (
        "qBo012",
        "vi",
        "plastic_review",
        "Tư vấn đưa nhựa phế thải vào bê tông nhựa mặt đường",
        "Nhóm nghiên cứu tổng hợp kinh nghiệm quốc tế về trộn nhựa tái chế vào bitum và bê tông nhựa: chọn loại nhựa, tỷ lệ "
        "trộn, tác động đến độ bền, lượng bitum tiết kiệm. Theo các tính toán được dẫn, dùng 5% rác nhựa cho mặt đường có thể "
        "giảm 10-15% ô nhiễm nhựa toàn cầu.",
    ),
    (
        "qBo013",
        "en",
        "pet_bac",
        "PET bottle waste as a modifier in asphaltic concrete: mix design and testing",
        "Laboratory offer from a civil engineering department: Marshall-type mix design of bituminous asphaltic concrete with "
        "shredded PET bottle waste, comparison with the plain mix, and advice on eco-friendly construction and maintenance of "
        "flexible pavements.",
    ),
    # --- soft soil ---
    (
        "qBo014",
        "vi",
        "vlute_noxl",
        "Tư vấn phương án đắp nền đường thấp không cần xử lý đất yếu",
        "Nhóm giảng viên phân tích khi nào nền đường đắp thấp trên đất yếu có thể thi công trực tiếp không cần gia cố, dựa trên "
        "chiều cao đắp, tính lún và ổn định; đã áp dụng cho đoạn đường dài khoảng 16,5 km (Km91 đến Km107+522).",
    ),
    (
        "qBo015",
        "vi",
        "vattu_datyeu",
        "Thi công xử lý nền đất yếu cho đường giao thông",
        "Nhà thầu chuyên xử lý đất sét mềm, bùn, than bùn, cát rời dưới nền đường: khảo sát đánh giá sức chịu tải, chọn giải "
        "pháp phù hợp để chống lún không đều, nứt gãy kết cấu và kéo dài tuổi thọ tuyến đường.",
    ),
    (
        "qBo016",
        "vi",
        "adscivil",
        "Gia cố nền đường bằng phương pháp thay lớp đất",
        "Đào bỏ lớp đất nền không đủ cường độ trong phạm vi chịu tải của mặt đường và đắp bù bằng vật liệu có cường độ cao hơn; "
        "kèm thiết kế mặt cắt và khối lượng đào đắp.",
    ),
    (
        "qBo017",
        "vi",
        "pvd_123",
        "Bấc thấm PVD kết hợp gia tải trước hoặc hút chân không",
        "Thiết kế và thi công bấc thấm đứng chế tạo sẵn để rút ngắn thời gian cố kết nền sét yếu, gia tải bằng đất đắp hoặc bằng "
        "hút chân không; cung cấp các thông số thiết kế và quy trình kiểm tra.",
    ),
    (
        "qBo018",
        "vi",
        "vmec",
        "Tư vấn thiết kế nền đắp trên đất yếu: tính lún, ổn định theo tiêu chuẩn",
        "Công ty tư vấn ở TP.HCM thiết kế nền đường đắp trên đất yếu theo TCXD 245:2000, 22TCN 262-2000 và các tiêu chuẩn liên "
        "quan; làm rõ chỉ tiêu vật liệu địa kỹ thuật, cách tính lún và ổn định, kiến nghị cho thi công và nghiệm thu.",
    ),
    (
        "qBo019",
        "vi",
        "dbscl_datyeu",
        "Chuyên đề đánh giá các phương pháp xử lý đất yếu đã dùng ở ĐBSCL",
        "Nhóm nghiên cứu tổng hợp đề tài, bài báo, luận văn và ý kiến chuyên gia về các phương pháp xử lý đất yếu đã và đang "
        "áp dụng ở Đồng bằng sông Cửu Long, chỉ ra hướng mới có tiềm năng; hỗ trợ chủ đầu tư chọn giải pháp.",
    ),
    (
        "qBo020",
        "en",
        "pvd_malaysia",
        "Settlement prediction and monitoring for PVD and surcharge embankments",
        "Geotechnical team compares predicted consolidation settlement with measured site settlement on soft ground improved "
        "with surcharge and prefabricated vertical drains, and calibrates the prediction method for the next stages.",
    ),
    (
        "qBo021",
        "en",
        "cofra",
        "Vertical drains and preloading for road embankments on soft subsoil",
        "Ground improvement contractor for linear infrastructure: treats the subsoil before embankments are built, using "
        "vertical drains with preload; design depends on embankment height, subsoil strength and allowed residual settlement.",
    ),
    (
        "qBo022",
        "en",
        "pvd_ch4",
        "Design of vertical drains (sand drains, prefabricated drains) for soft clay",
        "Design service for vertical drains under highway embankments: shortening drainage paths so consolidation under a "
        "surcharge or vacuum finishes faster and the clay gains strength sooner; choice between sand drains, fabric-encased "
        "sand drains and prefabricated band drains.",
    ),
    (
        "qBo023",
        "en",
        "hore_pvd",
        "PVD with staged construction and field settlement monitoring",
        "Experience from a 32.4 km embankment on 5-16 m of silty clay: PVDs in a triangular grid at 1.0-1.5 m spacing, "
        "staged filling, and settlement monitoring that recorded 524-731 mm; advice on smear zones and surcharge.",
    ),
    (
        "qBo024",
        "en",
        "rowe",
        "Geosynthetic basal reinforcement combined with PVDs",
        "Design of embankments on soft clay using a geosynthetic reinforcement layer at the base together with prefabricated "
        "vertical drains, allowing higher embankments to be built faster than with either measure alone.",
    ),
    (
        "qBo025",
        "vi",
        "vai_dia",
        "Cung cấp và tính toán vải địa kỹ thuật cho nền đường đất yếu",
        "Cung cấp vải địa kỹ thuật dệt, không dệt và phức hợp cho nền đường trên đất sét yếu bão hòa (CBR thường dưới 1%); "
        "tính toán theo tài liệu thiết kế của nhà sản xuất, thí nghiệm và nghiệm thu theo TCVN 9844:2013.",
    ),
    (
        "qBo026",
        "en",
        "tensar_vn",
        "Geogrid mechanical stabilisation of road layers: installation guidance",
        "Webinar-based technical support on installing triangular-aperture geogrids in unpaved and paved road structures, "
        "including using marginal or non-standard fill materials in stabilised layers.",
    ),
    # --- stabilised soil bases ---
    (
        "qBo027",
        "en",
        "roadworx_sc",
        "Soil-cement subbase construction",
        "Contractor pulverises the natural soil, mixes in a small amount of cement and water and compacts it to high density "
        "as a subbase that protects the subgrade, saving on base stone and asphalt.",
    ),
    (
        "qBo028",
        "en",
        "vtrc_sc",
        "Full-depth reclamation of unpaved roads with 5% cement and double chip seal",
        "Field-proven method from a transportation research council trial on 550 ft of gravel road: the existing road is "
        "pulverised 12 in deep, blended with 5% cement by weight using reclaiming equipment, then covered with a double chip "
        "seal, giving a stable road that keeps a rural look.",
    ),
    (
        "qBo029",
        "en",
        "srilanka_csb",
        "Cement-stabilised soil base design with UCS testing",
        "University research group designs cement-stabilised soil bases from local sandy and silty soils; strength is "
        "specified and checked by unconfined compressive strength rather than CBR, with guidance on critical tensile strain "
        "in the stabilised layer.",
    ),
    (
        "qBo030",
        "vi",
        "lboro_sc",
        "Đất gia cố xi măng có phụ gia tro trấu cho đường chi phí thấp",
        "Kết quả nghiên cứu của một trường đại học nông nghiệp: đất gia cố xi măng dùng làm cả lớp móng lẫn lớp mặt đường "
        "chi phí thấp, thí nghiệm cơ học đất với phụ gia cát và tro trấu, có đoạn thử nghiệm ngoài trời đánh giá phong hóa.",
    ),
    (
        "qBo031",
        "vi",
        "tro_bay_bazan",
        "Gia cố đất bằng phụ gia tro bay làm móng đường ô tô",
        "Luận văn kỹ thuật công trình giao thông (TP.HCM, 2014) xác định thành phần đất gia cố tro bay và xi măng làm móng "
        "đường: lực dính, góc ma sát, độ ẩm tốt nhất, dung trọng khô lớn nhất, cường độ nén và kéo uốn; có thể chuyển giao quy trình.",
    ),
    (
        "qBo032",
        "en",
        "ktc_sc",
        "Low-cost stabilised base courses from local soils for light rural traffic",
        "Results of ten experimental base stabilisation projects for a rural roads programme: existing soils and local "
        "granular materials treated to give cheap bases and surfaces that avoid the slow traffic-bound stage before "
        "bituminous surfacing.",
    ),
    # --- steel and small bridges ---
    (
        "qBo033",
        "en",
        "sssba",
        "Short-span steel bridges up to 140 ft with prefabricated elements",
        "Industry alliance of steel producers and fabricators promoting short-span steel superstructures for spans up to "
        "140 ft (about 43 m): quick erection by local crews, prefabricated components, and a table of superstructure types "
        "matched to span length.",
    ),
    (
        "qBo034",
        "vi",
        "usbridge",
        "Cầu thép tiền chế nhịp ngắn, hàn trong xưởng, dùng lâu dài",
        "Nhà sản xuất cầu thép mô-đun nhịp ngắn: toàn bộ mối hàn thực hiện trong xưởng nên chất lượng ổn định, lắp dựng nhanh "
        "tại công trường; đáp ứng tiêu chuẩn AASHTO, ASTM, AWS để dùng như cầu vĩnh cửu chứ không chỉ cầu tạm.",
    ),
    (
        "qBo035",
        "vi",
        "globalspec_mod",
        "Cầu lắp ghép mô-đun vượt sông rạch",
        "Cung cấp cầu chế tạo sẵn từng đốt ngoài công trường rồi chở đến lắp; thích nghi nhiều chiều dài nhịp, lắp nhanh, chi "
        "phí tương đối thấp, phù hợp vị trí vượt sông, kênh có thể vận chuyển cấu kiện bằng xà lan hoặc xe.",
    ),
    (
        "qBo036",
        "en",
        "bailey_prefab",
        "Modular steel bridge fabrication and bolted on-site assembly",
        "Manufacturer of pre-engineered steel bridge modules: standard-size components fabricated and tested in the factory, "
        "transported and bolted together on site, with interchangeable parts for later replacement.",
    ),
    (
        "qBo037",
        "vi",
        "iiedu",
        "Khóa đào tạo thiết kế cầu thép mô-đun tiền chế",
        "Khóa học cho kỹ sư cầu: khi nào chọn cầu thép mô-đun tiền chế, lựa chọn chỉ dẫn kỹ thuật, lưu ý thiết kế, chế tạo và "
        "lắp đặt theo nguyên tắc đơn giản (vật liệu, hình học, mô hình tính, thiết bị lắp đơn giản) cho ngân sách và tiến độ eo hẹp.",
    ),
    (
        "qBo038",
        "en",
        "jhbailey",
        "Modular steel bridge kits for fast crossing replacement",
        "Supplier of modular steel bridges whose on-site work is reduced to preparing foundations and mechanically assembling "
        "factory-made modules, so abutments and superstructure are produced in parallel and the schedule shrinks.",
    ),
    (
        "qBo039",
        "vi",
        "footbridge",
        "Cầu treo dân sinh cho người đi bộ bằng vật liệu và nhân công địa phương",
        "Thiết kế cầu treo đơn giản cho người đi bộ, xe đạp ở vùng nông thôn, nơi cây cầu là lối duy nhất tới trường, trạm y "
        "tế, chợ khi nước lên; dùng vật liệu và lao động tại chỗ để dễ xây và bền vững.",
    ),
    (
        "qBo040",
        "en",
        "jfjm_bridges",
        "Design of simple pedestrian bridges: beam, truss, cantilever, arch, suspension",
        "Multidisciplinary team (engineers, landscape architects) designs footbridges for trails and villages, choosing among "
        "simple beams, trussed beams, cantilevers, arches and suspension bridges so crossings stay usable at high water.",
    ),
    (
        "qBo041",
        "en",
        "sssba_res",
        "eSPAN140: free online preliminary design of short-span steel bridges",
        "Free web tool: enter span length, width and number of lanes and receive customised preliminary short-span steel "
        "bridge designs in under five minutes, with names of suppliers and fabricators; more than 10,000 designs generated "
        "since 2012. A companion Excel tool designs simple-span steel beams.",
    ),
    (
        "qBo042",
        "en",
        "abelyfashion",
        "Modular steel bridges for emergency and permanent crossings",
        "Standardised steel truss panels, transoms, chords, bracing and steel or concrete decks, pinned or bolted on site in "
        "hours to days with little heavy equipment; used for emergency crossings after disasters and for permanent roads.",
    ),
    # --- bridge inspection and testing ---
    (
        "qBo043",
        "vi",
        "thainguyen_thutai",
        "Thử tải tĩnh và thử tải động công trình cầu",
        "Đơn vị kiểm định xếp tải tĩnh (công trình lớn đã dùng trên 400 tấn) và cho xe chạy qua cầu với tốc độ thiết kế để "
        "thử tải động; phân tích số liệu đo để đánh giá khả năng chịu lực trước khi đưa cầu vào khai thác.",
    ),
    (
        "qBo044",
        "en",
        "mdt_loadrating",
        "Bridge load rating and safe posting limits",
        "Engineers produce standardised load rating reports giving each bridge's load-carrying capacity, identifying bridges "
        "with limited capacity, setting safe weight posting limits and helping rank rehabilitation or replacement.",
    ),
    (
        "qBo045",
        "en",
        "legal_insp",
        "Routine bridge inspection with component condition ratings",
        "Inspection teams led by qualified engineers examine deck, superstructure and substructure every 24 months (longer "
        "intervals by risk), rate each component on a 0-9 scale, and recommend maintenance or repair actions.",
    ),
    (
        "qBo046",
        "vi",
        "whyy",
        "Kiểm tra đánh giá tình trạng cầu theo thang điểm từng bộ phận",
        "Kỹ sư kiểm tra trực quan chi tiết mặt cầu, kết cấu nhịp và mố trụ (hoặc cống), chấm điểm theo thang 9; bộ phận nào "
        "từ 4 điểm trở xuống thì xếp cầu vào loại kém để ưu tiên sửa chữa; có kiểm tra bổ sung khi nghi ăn mòn.",
    ),
    (
        "qBo047",
        "en",
        "nap_local",
        "Review of load-rating practice for locally owned bridges",
        "Research synthesis on how load ratings of local bridges are done, why approaches differ, and how local agencies with "
        "less traffic and fewer resources can rate their bridges consistently.",
    ),
    (
        "qBo048",
        "en",
        "hants",
        "Load capacity assessment programme for county bridges",
        "Highway authority method: load capacity of older bridges (designed before current loading standards) reassessed at "
        "principal inspections, newly found structures assessed without delay, abnormal-load routes checked.",
    ),
    # --- culverts and crossings ---
    (
        "qBo049",
        "vi",
        "mqb_cong",
        "Cống hộp và cống tròn bê tông cốt thép đúc sẵn",
        "Nhà máy cung cấp cống hộp (box culvert) và cống tròn đúc sẵn; tư vấn chọn loại theo lưu lượng, chiều sâu chôn và điều "
        "kiện triều: cống hộp cho tuyến lưu lượng lớn, mưa cực đoan 250-500 mm/ngày, cửa xả ven biển; cống tròn cho tuyến nhánh.",
    ),
    (
        "qBo050",
        "en",
        "shaw_box",
        "Plant-cast precast box culverts",
        "Box culvert units cast in a plant under quality control, placed by crane and backfilled, usable right after "
        "delivery; less water control at watercourse sites and units can be inspected at the plant before delivery.",
    ),
    (
        "qBo051",
        "en",
        "boxculvert_inst",
        "Precast box culvert installation guidance",
        "Technical support for installing precast box culverts per ASTM C1675: bedding preparation, laying from downstream "
        "upward, sealing joints with preformed butyl rubber sealant, and backfilling evenly on both sides.",
    ),
    (
        "qBo052",
        "vi",
        "prahm",
        "Thi công cống hộp đúc sẵn hoặc đổ tại chỗ cho đường qua kênh nhỏ",
        "Nhà thầu thi công cống hộp nhịp ngắn: lắp các đốt đúc sẵn liên kết bu lông hoặc đổ bê tông cốt thép tại chỗ liền "
        "khối; phương án tiết kiệm hơn cầu khi vị trí vượt dòng cho phép, ít phải bảo trì.",
    ),
    (
        "qBo053",
        "vi",
        "cpisupply",
        "Đốt hộp bê tông đúc sẵn cho vị trí chiều cao đắp thấp",
        "Cung cấp đốt hộp bê tông đúc sẵn thay kết cấu đổ tại chỗ: chất lượng kiểm soát tại nhà máy, lắp nhanh, phù hợp chỗ "
        "vướng tĩnh không, lớp đất phủ tối thiểu hoặc yêu cầu khẩu độ thoát nước đặc biệt.",
    ),
    (
        "qBo054",
        "vi",
        "drainboss_flap",
        "Van lật một chiều lắp cửa xả cống chống triều",
        "Cung cấp cửa van lật bản lề (inox, HDPE, gang dẻo, nhôm) lắp ở đầu ra cống, ống: tự mở cho nước thoát ra, tự đóng khi "
        "triều hoặc lũ bên ngoài cao hơn, không cần điện hay cơ cấu vận hành.",
    ),
    (
        "qBo055",
        "en",
        "fws_flap",
        "Fish-passage retrofit of flap gates on culverts through tidal dikes",
        "Modifying top-hinged flap gates on culvert outfalls so they hinge on the side and open wider, with reinforced "
        "mounting hardware, so fish can pass while high tides are still kept out.",
    ),
    (
        "qBo056",
        "en",
        "mdpi_lwc",
        "Low-water crossings (unvented fords, vented fords, low-water bridges)",
        "Design procedures for low-water crossings as cheaper alternatives to culverts and bridges on rural low-volume roads: "
        "selection criteria, materials, signage for safety, environmental and permitting considerations.",
    ),
    (
        "qBo057",
        "en",
        "epa_culvert",
        "Cross-drain culvert layout for roadside ditches",
        "Guidance and design of strategically placed culverts and ditch turn-outs that empty roadside ditches in time, keep "
        "flow velocity stable, relieve road flooding and keep the road base dry.",
    ),
    # --- materials testing and quality control ---
    (
        "qBo058",
        "vi",
        "las802",
        "Phòng thí nghiệm LAS-XD: xi măng, cốt liệu, bê tông, thép, đất và thí nghiệm hiện trường",
        "Phòng thí nghiệm chuyên ngành xây dựng được công nhận (chứng nhận hiệu lực 5 năm): cơ lý xi măng, vữa, cốt liệu cho "
        "bê tông, hỗn hợp bê tông và bê tông nặng, thép xây dựng, nước dùng cho xây dựng, chỉ tiêu cơ lý của đất và thí nghiệm "
        "hiện trường.",
    ),
    (
        "qBo059",
        "en",
        "las1126",
        "University testing lab: bitumen, asphalt concrete, emulsions, soil-cement, bridge bearings",
        "Accredited laboratory of a university science and technology centre: cement, aggregates, concrete mixtures, bitumen, "
        "acid asphalt emulsion, mineral filler, asphalt concrete, soil mechanics, soil-cement mixtures, bridge bearings and "
        "expansion joints, epoxy glue, welding and field testing.",
    ),
    (
        "qBo060",
        "vi",
        "las24081",
        "Thí nghiệm bitum, bê tông nhựa, vải địa kỹ thuật và sơn tín hiệu giao thông",
        "Phòng thí nghiệm LAS-XD nhận thí nghiệm xi măng, cốt liệu, bê tông, bitum, bê tông nhựa, bột khoáng, vải địa kỹ thuật, "
        "sơn tín hiệu giao thông, phụ gia bê tông, đất trong phòng và thí nghiệm hiện trường cho các công trình đường.",
    ),
    (
        "qBo061",
        "en",
        "cores",
        "Concrete coring and compression testing of finished pavements",
        "Drilling test cores from placed concrete pavement or structures and crushing them to prove the specified strength, "
        "including targeted cores where compaction or a cold joint is doubtful.",
    ),
    (
        "qBo062",
        "en",
        "buildqc",
        "Fresh-concrete field testing and cylinder programme",
        "Site technicians test concrete at placement: slump (ASTM C143; about 3-5 in for structural concrete), temperature "
        "and unit weight, then cast and cure cylinders for compressive strength acceptance.",
    ),
    (
        "qBo063",
        "vi",
        "sonicon",
        "Khoan lấy mẫu lõi bê tông và thí nghiệm nén",
        "Khoan mẫu lõi hình trụ từ kết cấu, kiểm tra độ đặc chắc, phân bố cốt liệu, vết nứt, rỗ tổ ong rồi nén trong phòng ở "
        "trạng thái ẩm; có thể xác định thêm chiều sâu cacbonat hóa và độ thấm.",
    ),
    (
        "qBo064",
        "en",
        "pcteau",
        "Non-destructive concrete strength estimation (ultrasonic and rebound)",
        "Estimating in-place concrete strength of bridges and structures by correlating ultrasonic pulse velocity and surface "
        "hardness with laboratory crushing tests, before repairs or acceptance.",
    ),
    (
        "qBo065",
        "vi",
        "aetg_bb",
        "Đo độ võng mặt đường bằng cần Benkelman",
        "Dịch vụ đo độ võng đàn hồi mặt đường mềm và lớp cấp phối dưới xe tải trục tiêu chuẩn (ví dụ 80 kN), đo lặp theo "
        "khoảng cách dọc tuyến để đánh giá sức chịu tải kết cấu và hiệu quả đầm nén.",
    ),
    (
        "qBo066",
        "en",
        "benkelman_mn",
        "Benkelman beam strength evaluation for local flexible pavements",
        "Method developed over seven years of county road testing: correlating Benkelman beam rebound deflection with plate "
        "bearing tests so local engineers can measure load-carrying capacity cheaply and plan strengthening.",
    ),
    (
        "qBo067",
        "vi",
        "allgeo_plt",
        "Thí nghiệm bàn nén hiện trường cho nền và móng đường",
        "Gia tải tấm thép lên bề mặt nền bằng kích thủy lực, đọc chuyển vị bằng đồng hồ, tính mô đun phản lực nền và quy đổi "
        "giá trị CBR tương đương cho thiết kế mặt đường mềm và cứng.",
    ),
    (
        "qBo068",
        "en",
        "dartis",
        "Soil laboratory testing with reporting software",
        "Laboratory programme for road projects: grain size, Atterberg limits, moisture content, Proctor compaction (maximum "
        "dry density, optimum moisture), one-dimensional consolidation and shear tests, with automated calculations and reports.",
    ),
    (
        "qBo069",
        "vi",
        "zorn",
        "Thiết bị tấm ép động nhẹ dùng trong khuôn Proctor",
        "Bán thiết bị đo mô đun động bằng tấm ép động nhẹ đặt trong khuôn Proctor, cho phép đánh giá gián tiếp độ chặt và độ ẩm "
        "thi công tối ưu của đất, cấp phối móng đường ngay tại công trường.",
    ),
    (
        "qBo070",
        "en",
        "trid_bb",
        "Deflection-based pavement design over soft deltaic clay",
        "Experience from a highway over soft deltaic clay in Thailand: seasonal deflection effects, tropical temperature "
        "correction and deflection limits checked during construction; crushed rock base proved most cost-effective and the "
        "redesign saved about USD 700,000.",
    ),
    # --- maintenance and condition surveys ---
    (
        "qBo071",
        "en",
        "rockroads",
        "Hot-mix asphalt pothole repair",
        "Paving crew repairs potholes in four steps: clean out debris, heat the hole to drive off moisture and soften the "
        "edges, fill with hot mix asphalt and compact, giving a lasting repair rather than a temporary patch.",
    ),
    (
        "qBo072",
        "vi",
        "coldpatch_logo",
        "Bê tông nhựa nguội đóng bao vá ổ gà",
        "Cung cấp hỗn hợp vá nguội không phụ thuộc nhiệt độ, dùng được cả khi trời mưa lạnh; hướng dẫn cắt mép thẳng đứng, làm "
        "sạch, lót vật liệu đá dăm đầm chặt cho hố sâu, quét lớp lót rồi rải vá; loại mới có thể dùng làm sửa chữa lâu dài.",
    ),
    (
        "qBo073",
        "en",
        "engineerfix",
        "Cold asphalt patching with emulsion or cutback binders",
        "Ready-to-use cold mix (crushed stone, sand and polymer-modified emulsion or cutback binder) applied straight from the "
        "bag; method covers cleaning, squaring edges and thorough compaction for small-scale surface damage.",
    ),
    (
        "qBo074",
        "vi",
        "sealmaster",
        "Vật liệu vá ổ gà đông cứng nhanh khi tưới nước",
        "Vật liệu vá nguội dạng kích hoạt bằng nước: làm sạch hố, đổ vật liệu cao hơn mặt đường khoảng 1 cm, tưới nước cho thấm "
        "rồi đầm bằng đầm tay hoặc bánh xe; đông cứng nhanh, được giới thiệu là sửa chữa vĩnh cửu.",
    ),
    (
        "qBo075",
        "en",
        "citrus",
        "Mill-and-fill resurfacing",
        "Milling off the existing surface layers over a section larger than the damaged spots and refilling with new asphalt, "
        "giving a 7-10 year life; preferred where hot patches and cold patches keep loosening.",
    ),
    (
        "qBo076",
        "vi",
        "bdtx_3409",
        "Dữ liệu định mức bảo dưỡng thường xuyên đường bộ để lập dự toán",
        "Cung cấp bộ dữ liệu định mức bảo dưỡng thường xuyên đường bộ theo Quyết định 3409/QĐ-BGTVT dạng CSV, nhập thẳng vào "
        "phần mềm dự toán để lập kế hoạch và kinh phí duy tu đường huyện, đường xã.",
    ),
    (
        "qBo077",
        "en",
        "matj_iri",
        "Smartphone IRI survey with QGIS condition maps",
        "Road condition survey using a smartphone roughness app: geo-referenced International Roughness Index data classed "
        "good, acceptable, poor or very poor, PCI estimated by regression and mapped in QGIS; a 52.5 km network was surveyed "
        "this way for maintenance prioritisation.",
    ),
    (
        "qBo078",
        "vi",
        "maphiker",
        "Xây dựng hệ thống quản lý mặt đường từ dữ liệu điện thoại thông minh",
        "Tư vấn lập cơ sở dữ liệu tình trạng mặt đường (PMS) trên GIS cho huyện: đo độ gồ ghề IRI bằng ứng dụng điện thoại dùng "
        "gia tốc kế, con quay và GPS, phát hiện ổ gà, tô màu tuyến tốt, trung bình, kém để phân bổ kinh phí sửa chữa.",
    ),
    (
        "qBo079",
        "en",
        "trb_smart",
        "Smartphone-based road roughness and distress data collection tool",
        "Non-proprietary Android tool that collects roughness at the frequency needed for pavement management, detects other "
        "distresses (cracking, rutting, faulting) and is calibrated against a Class 1 profiler; data sent wirelessly with GPS.",
    ),
    (
        "qBo080",
        "en",
        "docslib_distress",
        "Review and selection of pavement distress detection methods",
        "Consulting based on a literature review of pavement distress data collection and processing (commercial and "
        "research, automated and semi-automated), matching each method to detection, classification and quantification "
        "of distress types for a pavement management system.",
    ),
    (
        "qBo081",
        "vi",
        "exaros",
        "Chiến lược bảo trì đường nông thôn thích ứng lũ, xói lở và bồi lắng",
        "Tư vấn chuyển từ sửa chữa bị động sang bảo trì chủ động: lập bản đồ hiểm họa kết hợp kịch bản khí hậu, thí nghiệm đất "
        "và thủy văn tại chỗ, ưu tiên đoạn xung yếu, biện pháp chống xói và thoát nước, có sự tham gia của cộng đồng.",
    ),
    # --- road safety: signs, markings, speed control ---
    (
        "qBo082",
        "vi",
        "doha_bien",
        "Sản xuất biển hiệu lệnh giao thông",
        "Sản xuất và lắp đặt biển hiệu lệnh hình tròn nền xanh lam, hình vẽ và chữ số màu trắng, kích thước theo tốc độ thiết "
        "kế của tuyến, cho đường huyện, đường xã.",
    ),
    (
        "qBo083",
        "vi",
        "tbgt_chidan",
        "Biển chỉ dẫn đường bộ dán màng phản quang",
        "Cung cấp biển chỉ dẫn (nhóm biển 401 đến 447) nền dán màng phản quang 3M màu xanh, chữ và hình màu trắng, hình vuông "
        "hoặc chữ nhật; có biển báo hết đường ưu tiên, đường cụt.",
    ),
    (
        "qBo084",
        "en",
        "fhwa_lowcost",
        "Low-cost safety treatments for rural two-lane roads",
        "Package of cheap measures against run-off-road crashes: bigger and brighter curve and chevron signs, paved shoulders "
        "with rumble strips, rumble warning panels before curves, brighter pavement markings, larger stop signs with flags or "
        "flashing beacons, and flattened slopes.",
    ),
    (
        "qBo085",
        "en",
        "unl_psc",
        "Training on proven safety countermeasures for rural communities",
        "Local technical assistance programme training on a 2024 federal compendium of 12 proven countermeasures for rural "
        "roads (roadway departure, intersections, pedestrians and cyclists, speed management) with crash reduction, cost and "
        "service life for each.",
    ),
    (
        "qBo086",
        "en",
        "terrora",
        "Edge marker posts, reflectors and flood hazard signs for rural roads",
        "Supply and installation of retroreflective warning signs for sharp turns, temporary and permanent water-over-road "
        "signs, and simple poles with reflectors marking the road edge and steep drop-offs at night.",
    ),
    (
        "qBo087",
        "en",
        "twm",
        "Vehicle-activated LED warning and speed signs",
        "Traffic consultancy that analyses crash data to prioritise sites, then installs vehicle-activated LED signs and speed "
        "limit roundels that light up only when an approaching vehicle is detected or speeding.",
    ),
    (
        "qBo088",
        "vi",
        "thanhnien_go",
        "Tư vấn bố trí vạch giảm tốc và gờ giảm tốc đúng quy định",
        "Tư vấn vị trí vạch giảm tốc màu vàng (dạng cụm hoặc vạch đơn) trước nút giao, đường cong bán kính nhỏ; gờ giảm tốc dạng "
        "vạch sơn dày không quá 6 mm cho mặt đường nhựa hoặc bê tông rộng từ 2,5 m trở lên.",
    ),
    (
        "qBo089",
        "vi",
        "tamphu_vach",
        "Thi công vạch sơn gờ giảm tốc",
        "Thi công dải sơn gờ giảm tốc màu trắng, vàng hoặc cam gần đường cong nguy hiểm, trường học, khu dân cư: vừa nhìn thấy "
        "vừa gây rung nhẹ nhắc người lái giảm tốc mà không làm hỏng xe.",
    ),
    (
        "qBo090",
        "vi",
        "gtct_go",
        "Gờ giảm tốc lắp ghép bằng cao su, nhựa",
        "Cung cấp và lắp gờ giảm tốc dạng thanh bằng cao su, nhựa, bê tông hoặc kim loại cho khu vực trường học, chợ, khu dân cư, "
        "bãi xe, buộc phương tiện chạy chậm mà không hư hại xe.",
    ),
    (
        "qBo091",
        "en",
        "ntsigns_thermo",
        "Thermoplastic pavement marking application",
        "Contractor melts thermoplastic (plastic and glass bead mixture) in a kettle or handliner and applies it to asphalt "
        "about 0.09-0.125 in thick, dropping extra glass beads on top for night reflectivity.",
    ),
    (
        "qBo092",
        "vi",
        "hnsanaisi",
        "Sơn kẻ đường nhiệt dẻo phản quang",
        "Nhà sản xuất sơn nhiệt dẻo: nhựa 15-20%, hạt thủy tinh 15-23%, bột độn 47-66%; nấu chảy ở 180-220°C, khô dưới 5 phút, "
        "hạt thủy tinh ngập 50-60% cho phản quang ban đêm.",
    ),
    (
        "qBo093",
        "vi",
        "bksealcoat",
        "Kẻ vạch sơn nhiệt dẻo trên mặt đường nhựa và bê tông xi măng",
        "Đội kẻ vạch gia nhiệt sơn nhiệt dẻo khoảng 350-400°F rồi kẻ lên mặt đường, bám nhiệt vào lớp nhựa; trên mặt bê tông xi "
        "măng quét lớp keo lót trước; rắc hạt thủy tinh ngay khi vạch còn nóng, có thể làm vạch gồ rung cảnh báo.",
    ),
    (
        "qBo094",
        "en",
        "wiki_thermo",
        "Anti-skid hot-melt marking for wet-weather roads",
        "Hot-melt marking heated to about 200°C with reflective glass beads and coarse anti-skid fillers, so lines and marked "
        "areas stay visible and do not make wheels slip in rain; open to traffic after a few minutes.",
    ),
    # --- lighting ---
    (
        "qBo095",
        "vi",
        "icon_den",
        "Mô hình đèn năng lượng mặt trời do dân góp vốn cho đường thôn",
        "Kinh nghiệm thôn ở Đắk Lắk: tuyến hơn 1 km, 23 bộ đèn 300W chuẩn IP66 giá khoảng 1,1 triệu đồng/bộ, bảo hành 3 năm, "
        "giá đỡ tự chế 220.000 đồng; mỗi hộ góp 950.000 đồng; không phải thu tiền điện hàng tháng.",
    ),
    (
        "qBo096",
        "vi",
        "vnanet_den",
        "Chương trình thắp sáng đường quê bằng đèn LED năng lượng mặt trời",
        "Đơn vị điện lực phối hợp địa phương lắp tuyến chiếu sáng khoảng 1 km với 32 đèn LED năng lượng mặt trời cho thôn chưa "
        "có điện chiếu sáng, góp phần an ninh trật tự và an toàn giao thông ban đêm.",
    ),
    (
        "qBo097",
        "vi",
        "tothethao_den",
        "Trụ đèn năng lượng mặt trời tự chế cho đường nhánh trong thôn",
        "Hướng dẫn nhân rộng mô hình: trụ sắt cao 6 m, chi phí thêm khoảng 400.000 đồng/trụ, đèn đặt cách nhau 25 m để không có "
        "mảng tối; đã triển khai trên 5 tuyến đường thôn.",
    ),
    (
        "qBo098",
        "vi",
        "ngaynay_den",
        "Cung cấp đèn năng lượng mặt trời độc lập cho đường nông thôn",
        "Cung cấp đèn LED năng lượng mặt trời hoạt động độc lập: tấm pin nạp ắc quy ban ngày, tự sáng ban đêm, không phải đào "
        "rãnh chôn cáp hay kéo điện lưới, dễ vận chuyển và lắp ở mọi tuyến xây dựng nông thôn mới.",
    ),
    (
        "qBo099",
        "en",
        "morelux",
        "Solar light poles sized for rural roads (5-6 m, 40-60 W)",
        "Manufacturer's standard for village and township roads: 5-6 m poles with 40-60 W LED heads for roads 5-7 m wide, "
        "3-4 m poles for alleys, 7-8 m for two-way township roads; battery sized to keep lighting through runs of cloudy days.",
    ),
    (
        "qBo100",
        "en",
        "leadlighting",
        "Autonomy-first solar lighting systems for rural roads",
        "Solar road lighting designed for places without grid access or regular maintenance: generous battery storage for "
        "long low-sun periods, conservative energy profiles, simple robust controls and light distribution matched to the "
        "lower needs of rural roads.",
    ),
    (
        "qBo101",
        "en",
        "nokin",
        "Solar LED street lights for villages and night markets",
        "Supplier of solar LED street lights that switch on automatically at night, with projects lighting off-grid villages "
        "and rural night markets (entrances, passages, parking) to extend trading hours and cut theft and accidents.",
    ),
    (
        "qBo102",
        "en",
        "atsco",
        "Solar street lights with panel-integrated poles",
        "Solar street lights with photovoltaic panels mounted on the luminaire or built into the pole, charging a battery that "
        "feeds an LED lamp; low maintenance and easy to set up in remote areas, though batteries need replacing during the "
        "lifetime.",
    ),
    (
        "qBo103",
        "en",
        "mystreet",
        "Street lighting calculations for solar LED roads",
        "Lighting design service: luminaire intensity distributions, positions and orientations are used to compute summed "
        "illuminance along the road, choosing optics by lane number and width so pedestrians and vehicles see obstacles and "
        "crossings.",
    ),
    # --- flooding, raising roads, canal banks ---
    (
        "qBo104",
        "en",
        "deltares_rf",
        "Roads and Floods: planning and design guidelines for the Mekong floodplain",
        "Best-practice guidelines from the Roads and Floods project for planning and designing roads in the Cambodian and "
        "Vietnamese Mekong floodplain that suffer less flood damage while keeping the natural flow of water, sediment and fish.",
    ),
    (
        "qBo105",
        "en",
        "mrc_rf",
        "Training on the MRC Roads and Floods technical paper",
        "Course built on MRC Technical Paper No. 35 (2011, 143 pp): integrated planning of economically sound, environmentally "
        "friendly floodplain roads, covering embankment heights, cross-drainage openings and flood damage.",
    ),
    (
        "qBo106",
        "en",
        "wb_coastal",
        "Roads as flood shelters and evacuation routes in coastal lowlands",
        "Advisory drawn from a World Bank study: embankment standards that double as road bases, roads planned as evacuation "
        "routes and temporary shelters for people and livestock, and cross-drainage control for water storage and removal.",
    ),
    (
        "qBo107",
        "vi",
        "r4w_bd",
        "Tư vấn đường đa chức năng kết hợp chống lũ vùng ven biển",
        "Nhóm chuyên gia chia sẻ kinh nghiệm vùng ven biển Bangladesh: quy hoạch đường đồng thời làm đê, đê kết hợp làm đường, "
        "thiết kế tích hợp để tăng khả năng chống lũ, năng suất nông nghiệp và tuổi thọ nền đường.",
    ),
    (
        "qBo108",
        "en",
        "r4w_coastal",
        "Gated culverts and road alignment for water control in coastal lowlands",
        "Techniques for low-lying delta roads: alignment that separates high and low land, enough cross drainage, gated "
        "culverts to hold or release water, borrow pits reused for storage, turfed embankment slopes, raised roads or road "
        "levees as flood refuges.",
    ),
    (
        "qBo109",
        "en",
        "usaid_cca",
        "Climate-change adaptation method for road planning and design",
        "Step-by-step methodology (2015 guide for project managers) to screen road projects for climate risk, assess "
        "vulnerability and build adaptation options such as raised grades and larger drainage into design.",
    ),
    (
        "qBo110",
        "vi",
        "tranthachcao",
        "Cung cấp cát san lấp đắp nền",
        "Cung cấp cát san lấp đúng tiêu chuẩn cho nền đường, mặt bằng, kèm báo giá theo khối và vận chuyển tới công trình.",
    ),
    (
        "qBo111",
        "en",
        "systematica",
        "Flood risk analysis of road networks",
        "Analysis of which road links flood and what their disruption costs, so resources go to prevention, mitigation and "
        "restoration and emergency access lifelines are protected.",
    ),
    (
        "qBo112",
        "vi",
        "ke_mem",
        "Kè mềm bằng túi sinh thái chống sạt lở bờ sông, bờ kênh",
        "Giải pháp kè mềm dùng bao sinh thái địa kỹ thuật trồng được cỏ cho bờ sông, kênh rạch ĐBSCL; nhóm từ trường đại học "
        "và công ty vật liệu đã áp dụng thành công ở nhiều dự án, chi phí hợp lý hơn kè cứng.",
    ),
    # --- design software and surveys ---
    (
        "qBo113",
        "vi",
        "nova2015",
        "Phần mềm thiết kế đường NovaTDN 2015 chạy trên Civil 3D",
        "Bản quyền NovaTDN 2015: chạy cùng AutoCAD Civil 3D, dùng dữ liệu chuẩn Civil 3D, quy trình menu quen thuộc từ trái "
        "sang phải, tính khối lượng mở rộng; chỉ hỗ trợ hệ mét.",
    ),
    (
        "qBo114",
        "vi",
        "novapro",
        "NovaTDN Pro: giải pháp BIM cho quy hoạch, thiết kế hạ tầng",
        "Công ty phần mềm ở Hà Nội cung cấp NovaTDN Pro dựa trên Civil 3D cho quy hoạch và thiết kế đường, hạ tầng theo hướng "
        "BIM, kèm tài liệu hướng dẫn và hỗ trợ kỹ thuật.",
    ),
    (
        "qBo115",
        "vi",
        "nova_duytan",
        "Khóa học tự động hóa thiết kế đường bằng NovaTDN",
        "Giảng viên khoa xây dựng một trường đại học ở Đà Nẵng dạy quy trình thiết kế đường từ bản đồ bằng NovaTDN: nhập số "
        "liệu, bình đồ tuyến, trắc dọc, trắc ngang, khối lượng; phù hợp kỹ sư cầu đường mới ra trường.",
    ),
    (
        "qBo116",
        "vi",
        "nova_giaotrinh",
        "Giáo trình và hướng dẫn nhập số liệu khảo sát vào NOVA",
        "Hướng dẫn nhập số liệu từ sổ đo máy quang cơ, file máy toàn đạc điện tử, file tọa độ, bản đồ số hóa đường đồng mức, "
        "số liệu trắc dọc trắc ngang; thiết kế theo tiêu chuẩn Việt Nam hoặc AASHTO.",
    ),
    (
        "qBo117",
        "vi",
        "c3d_doc",
        "Đào tạo thiết kế đường bằng Civil 3D",
        "Tài liệu và lớp hướng dẫn Civil 3D: các bước thiết kế mặt bằng tuyến, đường cong chuyển tiếp, siêu cao cho đường có "
        "và không có dải phân cách, tiêu chuẩn thiết kế, tạo tuyến từ polyline, bố trí trạm dừng xe buýt.",
    ),
    (
        "qBo118",
        "en",
        "novatdn1",
        "Nova-TDN road design package on AutoCAD",
        "Road design program developed with a Norwegian partner: import survey data, draw existing ground and alignments, "
        "design profiles and cross-sections, compute cut and fill tables, contours and 3D views, to Vietnamese road standards "
        "or AASHTO.",
    ),
    (
        "qBo119",
        "en",
        "mdpi_uav",
        "UAV photogrammetry with RTK-GNSS for large-scale topographic mapping",
        "University survey team: drone flights processed by structure-from-motion into DSM, DEM, contours and orthomosaics, "
        "georeferenced with a mobile RTK-GNSS base for centimetre-level and better positional accuracy, checked against RTK "
        "ground survey.",
    ),
    (
        "qBo120",
        "en",
        "skdrones",
        "Drone photogrammetry with GNSS-RTK positioning",
        "Survey firm flying predetermined routes with RTK-equipped drones so each image carries precise coordinates; "
        "orthomosaics and 3D models with ground sampling distance typically 1-5 cm.",
    ),
    (
        "qBo121",
        "vi",
        "mahi",
        "Khảo sát địa hình bằng drone với điểm khống chế và RTK",
        "Dịch vụ bay chụp bằng drone có camera độ phân giải cao hoặc LiDAR, xử lý ảnh ra mô hình số địa hình 3D; dùng điểm khống "
        "chế mặt đất và RTK để đạt độ chính xác cỡ centimet, giảm số điểm đo ngoài thực địa.",
    ),
    (
        "qBo122",
        "en",
        "juyeuav",
        "1:500 topographic mapping with RTK/PPK drones",
        "Aerial survey team with ten years of UAV mapping: RTK/PPK positioning and oblique photography reach the accuracy "
        "needed for 1:500 maps, as on a 1.6 km² project with elevations from 53 to 137.5 m.",
    ),
    (
        "qBo123",
        "en",
        "ijraset",
        "Low-cost UAV survey of inaccessible terrain with open-source processing",
        "Multirotor drone flights at 75% forward and 65% side overlap, RTK GNSS ground control, processing in OpenDroneMap and "
        "QGIS into orthophotos, DEMs and point clouds; GSD 3.2 cm, about 3-5 cm accuracy, field time cut from 3-5 days to under "
        "4 hours.",
    ),
    (
        "qBo124",
        "en",
        "odm_docs",
        "OpenDroneMap command-line toolkit for drone images",
        "Open-source toolkit turning ordinary drone photos into classified point clouds, 3D textured models, georeferenced "
        "orthophotos and digital elevation models; runs on Windows, Mac and Linux or via Docker, with a web interface available.",
    ),
    (
        "qBo125",
        "vi",
        "juyeuav31",
        "Đo vẽ bản đồ địa hình bằng UAV cho dự án giao thông",
        "Bay chụp UAV ở độ cao 50-150 m với camera trên 20 MP, tạo DSM, DTM, ảnh trực giao; sai số trung phương thường 0,1-0,5 m "
        "tùy GSD và chất lượng điểm khống chế, an toàn hơn đo tay ở vùng khó tiếp cận.",
    ),
    # --- distractors: neighbouring fields sharing words with the needs ---
    (
        "qBo126",
        "en",
        "mtnvalley_hma",
        "Hot mix asphalt plants: batch and drum types",
        "Equipment dealer selling asphalt plants: batch plants producing 2.0-5.5 t batches at up to 350 t/h, drum plants from "
        "about 100 to more than 900 t/h, chosen by purchase price, operating cost and local market needs.",
    ),
    (
        "qBo127",
        "vi",
        "coninfra",
        "Bán trạm trộn bê tông nhựa theo mẻ",
        "Cung cấp trạm trộn bê tông nhựa dạng mẻ cố định: phễu cốt liệu nguội, trống sấy, sàng rung, bin nóng, tháp trộn, bồn "
        "nhựa, lọc bụi và tủ điều khiển tự động, cho nhà thầu đường cao tốc, sân bay.",
    ),
    (
        "qBo128",
        "en",
        "zoomline",
        "Choosing asphalt mixing plant capacity",
        "Manufacturer's advice on sizing an asphalt mixing plant in tonnes per hour for contractors, balancing peak output, "
        "energy use, idle time and return on investment.",
    ),
    (
        "qBo129",
        "vi",
        "trannam",
        "Cầu trục dầm đôi cho nhà xưởng",
        "Chế tạo, lắp đặt cầu trục dầm đôi nâng hàng trong nhà xưởng, kho bãi: tải trọng lớn, khẩu độ rộng, kèm bảo trì.",
    ),
    (
        "qBo130",
        "vi",
        "vietbooks_22tcn",
        "Tài liệu đồ án thiết kế cầu bê tông cốt thép theo 22TCN 272-05",
        "Bán ebook PDF đồ án môn học thiết kế cầu bê tông cốt thép theo 22TCN 272-05 cho sinh viên cầu đường.",
    ),
    (
        "qBo131",
        "vi",
        "baomoi_9cau",
        "Dự án 9 cầu vượt tuyến đường thủy nội địa quốc gia ở ĐBSCL",
        "Thông tin dự án hơn 2.000 tỷ đồng xây mới 9 cầu, nâng cấp 1 cầu và tháo dỡ 1 cầu cắt ngang các tuyến đường thủy nội "
        "địa quốc gia; tìm nhà thầu tư vấn và thi công cầu lớn.",
    ),
    (
        "qBo132",
        "vi",
        "diendan_supert",
        "Tính toán dầm cầu I, T, Super-T bê tông dự ứng lực",
        "Bảng tính và hướng dẫn thiết kế dầm cầu Super-T, dầm I, dầm T bê tông cốt thép dự ứng lực cho cầu nhịp lớn trên quốc lộ, "
        "cao tốc.",
    ),
    (
        "qBo133",
        "vi",
        "tienphong_thutai",
        "Kiểm định, thử tải cầu dây văng nhịp lớn",
        "Đoàn xe tải nặng thử tải định kỳ cầu dây văng lớn để kiểm tra an toàn các hạng mục sau thời gian khai thác, giúp cơ "
        "quan quản lý điều chỉnh kịp thời các vấn đề mất an toàn.",
    ),
    (
        "qBo134",
        "vi",
        "las802",
        "Thí nghiệm gạch ốp lát, tấm lợp, tấm thạch cao",
        "Nhận thí nghiệm gạch gốm ốp lát, gạch terrazzo, ngói, tấm lợp sợi xi măng, tấm thạch cao và gạch bê tông bọt cho công "
        "trình dân dụng.",
    ),
    (
        "qBo135",
        "en",
        "las24081",
        "Testing of PVC/HDPE pipes, electric cables and wall putty",
        "Laboratory testing of thermoplastic pipes (PVC, HDPE, PP), electric wires and cables, Portland-cement wall putty, "
        "glazed ceramic tiles and construction glass for building projects.",
    ),
    (
        "qBo136",
        "en",
        "buildqc",
        "Air-entrained concrete for freeze-thaw exposure",
        "Mix design and pressure-meter air testing (ASTM C231) for concrete that must resist freezing and thawing, with 5-8% "
        "entrained air and cold-weather placing limits above 50°F.",
    ),
    (
        "qBo137",
        "en",
        "forconpros",
        "Concrete field testing for home builders",
        "Testing support for residential builders so concrete foundations for single-family homes meet manufacturer claims "
        "and standards before framing starts.",
    ),
    (
        "qBo138",
        "vi",
        "banxetai",
        "Bảng tra mức thu phí sử dụng đường bộ cho xe tải",
        "Bảng tra cứu mức phí sử dụng đường bộ theo loại xe tải, trọng tải, dành cho chủ xe và doanh nghiệp vận tải.",
    ),
    (
        "qBo139",
        "vi",
        "vtv_quybt",
        "Quỹ bảo trì đường bộ",
        "Thông tin về quỹ bảo trì đường bộ và khoản phí người sử dụng phương tiện đóng góp.",
    ),
    (
        "qBo140",
        "en",
        "kenya_rs",
        "Traffic enforcement cameras and urban traffic signals",
        "Road safety association programme: roundabouts, sidewalks, median barriers, working traffic lights and traffic "
        "cameras to catch offenders on urban arterials.",
    ),
    (
        "qBo141",
        "en",
        "hnsanaisi92",
        "Road-marking glass beads: grading and coatings",
        "Supplier of glass beads for thermoplastic, cold paint and two-component markings: balanced size grading, high "
        "roundness, refractive index 1.5 or up to 1.6, moisture-proof coatings, EN 1423 / ASTM D1155 compliance.",
    ),
    (
        "qBo142",
        "en",
        "africa_beads",
        "Glass beads for African highway thermoplastic projects",
        "Exporter of reflective glass beads for thermoplastic marking on highways, airports and industrial areas in Nigeria, "
        "Kenya, Tanzania, South Africa and Ghana.",
    ),
    (
        "qBo143",
        "vi",
        "canhonewcity",
        "Lắp điện mặt trời mái nhà hòa lưới",
        "Lắp đặt hệ thống điện mặt trời áp mái hòa lưới cho hộ gia đình, căn hộ, hoàn vốn nhanh nhờ bán điện dư.",
    ),
    (
        "qBo144",
        "vi",
        "vuphong",
        "Tư vấn cơ chế giá bán điện mặt trời mái nhà",
        "Cập nhật cơ chế giá mua bán điện mặt trời mái nhà và thủ tục ký hợp đồng với điện lực.",
    ),
    (
        "qBo145",
        "en",
        "cricut_seap",
        "Energy-efficient urban public lighting within sustainable energy action plans",
        "Study and advisory for municipalities in the Covenant of Mayors: retrofitting old city lighting and combining it "
        "with combined heat and power and efficient buildings to cut CO2.",
    ),
    (
        "qBo146",
        "vi",
        "namdinh_de",
        "Giải pháp nâng cao chất lượng quản lý tuyến đê biển",
        "Luận văn quản lý xây dựng (2017) đề xuất giải pháp nâng cao chất lượng quản lý đê biển tỉnh Nam Định.",
    ),
    (
        "qBo147",
        "vi",
        "thanhnien_ngap",
        "Máy bơm công suất lớn chống ngập đô thị",
        "Giải pháp bơm 'thông minh' công suất lớn chống ngập cho đường phố đô thị có cốt nền thấp, thay vì thay cống và nâng đường.",
    ),
    (
        "qBo148",
        "vi",
        "xaluan",
        "Đập chắn di động chống lụt đô thị",
        "Giới thiệu đập chắn kim loại nhẹ lắp ghép và hệ thống cửa chắn sông có thể đóng mở để chống lũ cho thành phố lớn.",
    ),
    (
        "qBo149",
        "vi",
        "ke_mo_han",
        "Kè mỏ hàn cọc chỉnh trị sông Tiền, sông Hậu",
        "Giải pháp kè mỏ hàn cọc của viện thủy lợi để chỉnh trị dòng chảy, chống sạt lở bờ sông lớn; công trình vận hành tốt sau "
        "15 năm, được phân tích bằng mô hình MIKE 3.",
    ),
    (
        "qBo150",
        "en",
        "pardsouie",
        "BIM integration of soil treatment systems",
        "Consulting on carrying surcharge and PVD soil treatment data through a BIM model from design to construction, so "
        "updated soil parameters after treatment replace site-report values in final building design.",
    ),
    (
        "qBo151",
        "vi",
        "silo",
        "Silo chứa xi măng cho nhà máy",
        "Thiết kế, lắp đặt silo chứa xi măng rời cho nhà máy xi măng và trạm trộn bê tông thương phẩm.",
    ),
    (
        "qBo152",
        "vi",
        "ballmill",
        "Máy nghiền bi nghiền tro bay",
        "Bán máy nghiền bi chi phí thấp để nghiền mịn tro bay cho nhà máy sản xuất vật liệu.",
    ),
    (
        "qBo153",
        "vi",
        "domax",
        "Tiêu chuẩn thiết kế kết cấu bê tông và bê tông cốt thép",
        "Cung cấp bộ tiêu chuẩn thiết kế kết cấu bê tông và bê tông cốt thép (bản 2013) cho thiết kế nhà và công trình dân dụng.",
    ),
    (
        "qBo154",
        "en",
        "legal_access",
        "Legal guidance on accessing bridge inspection reports",
        "Explains the federal rules on bridge inspection reports and how members of the public and journalists can request "
        "them under records laws.",
    ),
    (
        "qBo155",
        "en",
        "sacopk",
        "Overhead pedestrian bridges over busy urban roads",
        "Engineering and construction of steel overhead pedestrian bridges so people cross city highways without stopping "
        "traffic.",
    ),
    (
        "qBo156",
        "en",
        "wiki_thermo",
        "Polysiloxane anti-slip floor coating for factory walkways",
        "Anti-slip floor coating with UV protection for factory walkways and car parks, lasting a decade or more without "
        "repainting.",
    ),
    (
        "qBo157",
        "en",
        "franklin",
        "County gravel road grading, shoulder pulling and snow plowing",
        "Road crew services for gravel county roads: blading, pulling shoulders, dust complaints handling and winter snow "
        "plowing schedules.",
    ),
    (
        "qBo158",
        "vi",
        "vietbooks_tracdia",
        "Sách kỹ thuật tính toán trong trắc địa bản đồ",
        "Bán ebook PDF về kỹ thuật tính toán trắc địa, bản đồ dành cho sinh viên.",
    ),
    (
        "qBo159",
        "vi",
        "vietbooks_dinhmuc",
        "Ebook định mức dự toán xây dựng công trình phần xây dựng",
        "Bán ebook PDF định mức dự toán xây dựng công trình, phần xây dựng, dùng cho dự toán nhà và công trình dân dụng.",
    ),
    (
        "qBo160",
        "en",
        "globalspec_mod",
        "Military pontoon bridging systems",
        "Pontoon and panel bridging sets for armed forces to cross water quickly, a line that predates industrial warfare.",
    ),
]
