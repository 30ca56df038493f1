"""Offers of the holdout103 set: what institutes, universities, firms and exchanges provide."""

OFFERS = [
    (
        "mAo001",
        "vi",
        "moi_vienbvct",
        "Quy trình phòng trừ mối thân thiện môi trường cho di tích kiến trúc gỗ",
        "Viện Sinh thái và Bảo vệ công trình chuyển giao quy trình phòng trừ mối thay cho cách xử lý dùng nhiều hóa "
        "chất tại di tích. Quy trình đã được triển khai trong dự án 18 tháng cho 10 di tích cấp quốc gia và 2 di tích "
        "cấp tỉnh: khảo sát mức độ mối hại, lập kế hoạch xử lý, tập huấn cán bộ quản lý di tích và cán bộ văn hóa xã.",
    ),
    (
        "mAo002",
        "vi",
        "moi_hoian_tn",
        "Lắp thiết bị đặt nhử mối quanh công trình gỗ cổ",
        "Mối sống dưới đất, chui vào cột và cửa gỗ rồi đục rỗng bên trong nên rất khó phát hiện. Đơn vị bảo tồn lắp "
        "các hộp nhử (trạm bả) quanh công trình gỗ, như đã làm cho một ngôi chùa gỗ thế kỷ 17, để mối mang bả về diệt "
        "cả tổ mà không phải phun thuốc lên cấu kiện gỗ quý.",
    ),
    (
        "mAo003",
        "vi",
        "moi_captreat",
        "Phòng mối toàn diện: hào hóa chất quanh móng và xử lý chân tường",
        "Đào hào sâu 80 cm, rộng 40 cm quanh công trình, trộn thuốc phòng mối vào đất rồi lấp và nén kỹ; chân tường "
        "được xử lý theo phương pháp mao dẫn để tường tự hút thuốc. Kèm xử lý mạch phòng lún, chân khuôn cửa; phù hợp "
        "nơi có gốc cây cổ thụ có bọng mối sát công trình.",
    ),
    (
        "mAo004",
        "vi",
        "moi_datviet",
        "Xử lý mối đục rỗng lõi cột gỗ đình chùa",
        "Công ty phòng chống mối chuyên công trình văn hóa: cột gỗ tốt như lim, đinh, táu vẫn bị mối đục theo phần lõi "
        "mềm đường kính 8–10 mm, xâm nhập qua khe giữa chân cột và đá tảng, tới mức cột rỗng như ống. Khảo sát chủng "
        "loại mối, xử lý chân cột và tổ mối ở ao hồ, cây cổ thụ quanh di tích.",
    ),
    (
        "mAo005",
        "en",
        "tb_qld",
        "Termite baiting and perimeter interception system",
        "After a full timber pest inspection, above-ground bait boxes are placed on live termite workings and "
        "replenished every four to six weeks; the colony is usually eliminated in about three months. In-ground "
        "monitoring stations are then set every 3 m around the building and checked quarterly; the bait is harmless "
        "to people and pets.",
    ),
    (
        "mAo006",
        "en",
        "tb_cw",
        "Integrated termite management plan for groups of historic buildings",
        "Subterranean termite prevention built on integrated pest management: every structure is ranked by risk "
        "and preservation priority (the model covers 600 historic and museum buildings) and treated with the least "
        "invasive option - baits, non-repellent termiticides, trench-and-rod. A 200,000-strong colony can eat about "
        "12 pounds of cellulose a year.",
    ),
    (
        "mAo007",
        "en",
        "tb_physical",
        "Stainless-steel mesh termite barrier for new construction",
        "A physical mesh barrier laid during construction forces termites to show themselves before reaching "
        "timber. Under-slab chemical spraying can only be done before the slab is poured and cannot be renewed; "
        "baiting stations are offered as a flexible complement.",
    ),
    (
        "mAo008",
        "vi",
        "mapboxer",
        "Thuốc phòng mối nền móng công trình đã qua khảo nghiệm",
        "Phòng Nghiên cứu Bảo quản Lâm sản khảo nghiệm Mapboxer 30EC ở nồng độ 1,6% và 1,8%, Termidor ở 2% và 2,5% "
        "đều có hiệu lực phòng mối cho công trình xây dựng theo tiêu chuẩn phòng chống mối. Tư vấn xử lý nền đất "
        "trước khi làm móng công trình mới.",
    ),
    (
        "mAo009",
        "vi",
        "moi_bdm",
        "Bả diệt mối BDM O.17 cho đê, đập",
        "Bả hoạt chất Sulfluramid 0,25% trị loài mối làm tổ trong thân đê, đập; diệt 100% tổ sau 4–6 tuần với "
        "khoảng 30 g bả mỗi tổ, thay cho việc bơm 50–100 lít thuốc dạng dịch vào tổ mối.",
    ),
    (
        "mAo010",
        "en",
        "tb_catchers",
        "In-ground termite monitoring stations installed in one day",
        "Stations with an attractant are set in garden beds around the exterior to intercept foraging termites and "
        "are checked every 12 weeks; when live activity appears they are filled with a bait holding a few grams of "
        "active ingredient, less toxic than table salt, which the workers carry back to the colony.",
    ),
    (
        "mAo011",
        "vi",
        "moi_cand",
        "Khảo sát mối mọt và theo dõi tái xâm nhập cho quần thể nhà gỗ cổ",
        "Tư vấn khảo sát dựa trên kinh nghiệm tại một đô thị cổ có hơn 1.430 di tích, trong đó trên 1.100 làm bằng gỗ: "
        "xác định gian chính, cột, chân đế, điểm nối xà–cột bị mối đục. Vì mối quay lại sau khi dự án hai năm hết "
        "bảo hành năm năm, đơn vị đề xuất kiểm tra định kỳ.",
    ),
    (
        "mAo012",
        "vi",
        "moi_hoian_plo",
        "Diệt côn trùng hại gỗ và ngâm tẩm gỗ thay thế khi trùng tu",
        "Khảo sát 21 điểm di tích phát hiện 18 điểm bị phá hoại bởi 8 loài côn trùng (4 loài mối, 2 xén tóc, 2 mọt). "
        "Gỗ tu bổ không được ngâm tẩm là nguy cơ tái nhiễm, nên dịch vụ gồm diệt côn trùng hại gỗ và ngâm tẩm gỗ "
        "thay thế trước khi lắp dựng.",
    ),
    (
        "mAo013",
        "en",
        "epoxy_gsa",
        "Epoxy consolidation and filling of decayed historic wooden members",
        "A technical procedure for stabilising decayed wood with epoxy consolidant and filler, keeping most of a "
        "significant or decorative original. Not recommended for structural members in tension, where replacement "
        "is better, nor for wood left unpainted; the moisture source must be found first.",
    ),
    (
        "mAo014",
        "en",
        "epoxy_timber",
        "In-situ timber repair with epoxy mortar and shear connectors",
        "Survey, cut decay back to sound wood, splice in new timber with gap-filling epoxy adhesive and 5 mm "
        "epoxy/glass shear connectors on large sections, consolidate friable fibres, then re-profile mouldings with "
        "an epoxy mortar that can be worked with woodworking tools.",
    ),
    (
        "mAo015",
        "vi",
        "gilding_hue",
        "Sơn son thếp vàng cột gỗ di tích theo kỹ thuật truyền thống",
        "Nghệ nhân thực hiện các bước sơn lót, mài mịn, sơn cầm, vẽ rồng bằng tay, thếp vàng và hoàn thiện bằng kỹ "
        "thuật rây mây, như trên 66 trong 80 cột của một điện gỗ được trùng tu với kinh phí 128 tỷ đồng; nhận đào "
        "tạo thợ kế nghiệp.",
    ),
    (
        "mAo016",
        "vi",
        "gilding_sondong",
        "Tạc tượng gỗ, hoành phi và thếp vàng, thếp bạc cho chùa",
        "Làng nghề khoảng 200 hộ nhận làm mới và phục chế tượng bằng gỗ mít, hoành phi câu đối giả cổ; kỹ thuật chính "
        "là thếp bạc, thếp vàng cho đền, chùa, miếu.",
    ),
    (
        "mAo017",
        "vi",
        "gilding_pu",
        "Sơn PU hoàn thiện đồ thờ hiện đại",
        "Phun sơn polyurethane một lớp rồi đánh bóng cho bàn thờ, tủ thờ phong cách tối giản; nhanh và rẻ hơn sơn "
        "son thếp vàng, dễ bảo quản trong điều kiện sử dụng thông thường.",
    ),
    (
        "mAo018",
        "vi",
        "icomos_wood",
        "Tư vấn tu bổ kiến trúc gỗ lịch sử theo nguyên tắc ICOMOS 1999",
        "Khảo sát tình trạng và nguyên nhân hư hỏng (độ ẩm, nấm, côn trùng, ánh sáng), can thiệp tối thiểu, giữ tối "
        "đa cấu kiện gốc, thay thế bằng gỗ cùng loại và kỹ thuật truyền thống, lập hồ sơ mọi can thiệp.",
    ),
    (
        "mAo019",
        "en",
        "deco_timber",
        "Repair rather than replacement of carved and decorative timberwork",
        "Screens, panelling, decorative beams and windows damaged by decay or insects are repaired in place, keeping "
        "painted, grained or varnished finishes. Repair saves far more historic fabric, timber available today "
        "cannot match the old, and the cost is often lower.",
    ),
    (
        "mAo020",
        "vi",
        "hoian_storm",
        "Chằng chống công trình gỗ cổ trước mùa bão",
        "Mỗi công trình có bộ gỗ chống riêng, đệm cao su ở điểm tiếp xúc và không đóng đinh để không để lại dấu trên "
        "di tích; đã chống đỡ 5 di tích trong 2 ngày trước một cơn bão, sau khi khảo sát 45 di tích (11 xuống cấp "
        "nghiêm trọng).",
    ),
    (
        "mAo021",
        "vi",
        "dong_datvang",
        "Đúc tượng Phật đồng dát vàng 9999",
        "Xưởng đúc đồng nhận đúc tượng Phật, đồ thờ bằng đồng và dát vàng 9999 cho không gian thờ; tư vấn chọn giữa "
        "sơn son thếp vàng và dát vàng cho tượng đồng.",
    ),
    (
        "mAo022",
        "vi",
        "trienlam_son",
        "Trưng bày sưu tập đồ gỗ sơn son thếp vàng thời Lê – Nguyễn",
        "Bảo tàng giới thiệu hơn 100 hiện vật sơn son thếp vàng (hoành phi câu đối thế kỷ 19, kiệu bát cống thế kỷ "
        "18, tượng Phật) trong một triển lãm chuyên đề mở cửa nhiều tháng.",
    ),
    (
        "mAo023",
        "vi",
        "keo_thep",
        "Khung kèo thép mạ lợp ngói thay kèo gỗ",
        "Cung cấp và lắp dựng hệ khung kèo thép nhẹ lợp ngói cho nhà ở, nhà thờ họ, hội trường; báo giá theo mét "
        "vuông mái, không mối mọt, thi công nhanh.",
    ),
    (
        "mAo024",
        "en",
        "mural_bhutan",
        "Consolidation of flaking paint and removal of soot and varnish on murals",
        "Where the paint layer lifts, scales are softened with a surfactant by syringe and an acrylic solution is "
        "injected behind them, then pressed back with padded spatulas. Soot and aged varnish are removed in stages "
        "with EDTA and ammonium bicarbonate poultices on Japanese tissue, followed by distilled-water washing.",
    ),
    (
        "mAo025",
        "en",
        "mural_nepal",
        "Grouting of detached plaster behind wall paintings",
        "1–2 mm holes are drilled into detached areas, dust is cleared, a surfactant is injected and then a mortar "
        "of sifted local clay with an acrylic binder. Large bulging sections are propped with flexible "
        "polycarbonate sheets and pushed back fractions of a millimetre a day before grouting.",
    ),
    (
        "mAo026",
        "en",
        "mural_bc",
        "Condition survey of wall paintings and their environment",
        "Conservators survey paintings together with the host building: thermal imaging to locate problem areas, "
        "environmental monitoring, investigation of original techniques. The approach is minimal intervention, "
        "asking first whether any treatment is needed at all.",
    ),
    (
        "mAo027",
        "en",
        "mural_coptic",
        "Laboratory analysis of mural pigments, binders and plaster",
        "Samples of the painted surface are characterised by optical and polarising microscopy, scanning electron "
        "microscopy with EDX, X-ray diffraction and X-ray fluorescence, to identify pigments, binding media and "
        "salts before a conservation project (a dome project ran from 2004 to 2013).",
    ),
    (
        "mAo028",
        "vi",
        "mural_bagan",
        "Hợp tác kỹ thuật trùng tu tranh tường chùa cổ",
        "Viện nghiên cứu di sản văn hóa của Nhật Bản từng phục hồi tranh tường lăng mộ thế kỷ 7–8 nay hỗ trợ xử lý "
        "tranh tường chùa bị nứt và ngấm nước mưa qua vết nứt, làm hỏng lớp vữa vôi mang màu.",
    ),
    (
        "mAo029",
        "vi",
        "mural_dieude",
        "Khảo sát và lập phương án giữ nguyên bích họa khi sửa công trình",
        "Trung tâm bảo tồn tổ chức khảo sát hiện trạng, tọa đàm chuyên gia để giữ lại bức họa trên trần điện rộng "
        "khoảng 10 m x 11 m bị mái dột làm loang màu, ẩm mốc, thay vì hạ giải; đánh giá độ bền vật liệu công trình.",
    ),
    (
        "mAo030",
        "en",
        "bcd2018",
        "Passive conservation of wall paintings: water, light and microclimate",
        "Maintenance of gutters and hoppers with remote monitoring, UV filters and sunlight management, drainage "
        "improvement and environmental control to stop the salt and microbial cycles driven by moisture; results "
        "are monitored before any remedial treatment.",
    ),
    (
        "mAo031",
        "en",
        "mural_drepung",
        "Cleaning, detachment and reattachment of murals on failing walls",
        "Repeated gentle cleaning with bottled water, brushes and small vacuums, syringes to control liquid; murals "
        "are removed from deformed or hollow walls, the walls are grouted by a building-restoration partner, and "
        "the paintings are cleaned again and reattached.",
    ),
    (
        "mAo032",
        "vi",
        "okombok_la",
        "Vẽ con đường bích họa mới cho làng du lịch",
        "Nhóm họa sĩ nhận vẽ tranh tường mới trang trí đường làng, khu du lịch văn hóa dân tộc để du khách trải "
        "nghiệm và chụp ảnh trong các dịp lễ hội.",
    ),
    (
        "mAo033",
        "en",
        "damp_uk",
        "Injection cream damp-proof course for walls with rising damp",
        "12 mm holes are drilled along a mortar course at 120 mm spacing and damp-proofing cream is injected while "
        "the nozzle is withdrawn; the cream diffuses and cures into a water-repellent resin that stops ground "
        "moisture rising.",
    ),
    (
        "mAo034",
        "en",
        "damp_techdry",
        "Silane cream damp course for rising damp and salt damage",
        "Rising damp shows as a tide mark about a metre up the wall and salts breaking up the surface. A silicone "
        "cream with a high concentration of silanes is injected through the wall thickness to form a new "
        "water-repellent damp course.",
    ),
    (
        "mAo035",
        "en",
        "damp_twistfix",
        "Chemical damp-proof course to BS 6576 with replastering",
        "A silicone cream is injected into pre-drilled holes to about 90% of solid wall thickness. Salt-contaminated "
        "plaster must be replaced; walls can be replastered after at least two weeks of drying, or lined with an "
        "air-gap membrane.",
    ),
    (
        "mAo036",
        "en",
        "damp_drytreat",
        "Consolidator and water-repellent injection for natural stone walls",
        "Holes of 20–30 mm, 120 mm apart, are drilled below the old damp course and saturated with a consolidating "
        "water repellent (about 1 litre per metre); walls then dry out over months as salts come to the surface.",
    ),
    (
        "mAo037",
        "en",
        "damp_mc",
        "Laboratory testing to design rising-damp injection in masonry",
        "Porosity and other physical properties of the masonry are tested to choose the repellent (siliconate, "
        "silicone or stearate), the fluid volume, drilling pattern and delivery rate; through-wall flashing is the "
        "physical alternative.",
    ),
    (
        "mAo038",
        "en",
        "damp_dryzone",
        "Damp-proofing cream and rods against rising damp",
        "Tide marks on interior plaster and crumbling exterior brick are treated by injecting damp-proofing cream "
        "or inserting damp-proofing rods in the mortar bed; porous timber and plaster near the damp are checked.",
    ),
    (
        "mAo039",
        "vi",
        "damp_vn",
        "Xử lý ẩm mốc chân tường gạch",
        "Vữa xốp hút nước theo nguyên tắc bấc đèn, làm ẩm chân tường cao 50 cm đến 1 m. Quy trình: đục bỏ lớp vữa cũ, "
        "trám lại bằng vữa có phụ gia chống thấm, quét lớp chống thấm gốc xi măng, tô hoàn thiện.",
    ),
    (
        "mAo040",
        "vi",
        "damp_sonnguoc",
        "Sơn chống thấm ngược cho tường trong nhà",
        "Sơn gốc polymer tạo màng ngăn nước thấm từ kết cấu ra bề mặt tường bị nước ngầm, hơi ẩm từ móng; thi công "
        "trên bê tông, gạch, tường trát; giá cao hơn sơn chống thấm thường.",
    ),
    (
        "mAo041",
        "vi",
        "damp_fiboweb",
        "Cung cấp vật liệu chống thấm chính hãng",
        "Đại lý phân phối các dòng vật liệu chống thấm gốc xi măng, màng HDPE và phụ gia cho công trình dân dụng, "
        "giao hàng tận nơi.",
    ),
    (
        "mAo042",
        "vi",
        "nano_cham",
        "Phủ nano bảo vệ bề mặt tháp gạch cổ",
        "Giải pháp phủ nano gốc nước của một tập đoàn Pháp đã được chấp thuận cho bảo quản nhóm tháp gạch cổ: lớp phủ "
        "không màu, ngăn nước, dầu và ô nhiễm thấm vào nhưng vẫn cho hơi nước thoát ra, hạn chế rêu mốc, không đổi "
        "màu vật liệu gốc.",
    ),
    (
        "mAo043",
        "en",
        "lichen_inspect",
        "Gentle cleaning of algae, lichen and moss from stone and gravestones",
        "Identification of the growth, then cleaning with plain water and a soft bristle brush in circular "
        "strokes, working from the top down; aggressive methods are avoided on artefacts and tombstones.",
    ),
    (
        "mAo044",
        "en",
        "lichen_clean",
        "Biocide treatment of lichens on stone monuments",
        "Conservator-grade biocides such as D/2 kill algae, moss and lichen without strong acids or bleach; the "
        "surface is wetted, treated, left to act, then gently brushed and rinsed. Dilute hypochlorite (about 2%) "
        "is used only with caution on lime-bearing stone.",
    ),
    (
        "mAo045",
        "en",
        "lichen_mdpi",
        "Physical removal of lichens and biofilms from historic stone",
        "Review-based service on non-chemical control: UV and other radiation, heat shock, laser cleaning and "
        "mechanical tools, with their achievements and limits, avoiding irreversible biocides on heritage surfaces.",
    ),
    (
        "mAo046",
        "en",
        "lichen_hs",
        "Guidance on control of biological growths on masonry buildings",
        "Technical advice note on controlling and treating algae, lichens and plants on historic masonry, reviewing "
        "previously approved chemical treatments and whether they harm the stone.",
    ),
    (
        "mAo047",
        "vi",
        "tabo",
        "Lò hỏa táng công nghệ Thụy Điển",
        "Nhà phân phối giới thiệu lò hỏa táng của hãng sản xuất từ năm 1932, đã lắp hơn 20 lò ở Việt Nam, tuổi thọ "
        "trên 30 năm, đáp ứng điều kiện môi trường về lò hỏa táng; giới thiệu tại hội thảo với các Sở môi trường.",
    ),
    (
        "mAo048",
        "vi",
        "hoanglong",
        "Hệ thống xử lý khói bụi và tiết kiệm năng lượng cho lò hỏa thiêu",
        "Giải pháp hữu ích đã được cấp bằng: thay vì xả thẳng ống khói lên trời, ống khói được bẻ gập xuống đất vào "
        "mương tuần hoàn để lọc khói bụi và tận dụng hơi nóng khoảng 500 độ C thoát ra với lưu lượng gió lớn.",
    ),
    (
        "mAo049",
        "vi",
        "epa_ht",
        "Tư vấn lập dự án cơ sở hỏa táng đạt chuẩn môi trường",
        "Lựa chọn lò hỏa táng tự động đốt gas LPG hai buồng đốt, có hệ xử lý khí thải trọn bộ; thông số nhiệt độ "
        "buồng đốt, thời gian lưu cháy, chiều cao ống khói theo quy chuẩn QCVN 02:2012/BTNMT đang áp dụng cho lò "
        "hỏa táng; lập hồ sơ chuyển giao công nghệ.",
    ),
    (
        "mAo050",
        "vi",
        "bd_report",
        "Lập báo cáo công tác bảo vệ môi trường và quan trắc cho đài hỏa táng",
        "Đơn vị tư vấn lập báo cáo bảo vệ môi trường hằng năm cho đài hỏa táng: kết quả vận hành công trình xử lý "
        "khí thải, nước thải, quản lý chất thải rắn, kèm đo đạc quan trắc do đơn vị có chức năng thực hiện.",
    ),
    (
        "mAo051",
        "en",
        "hg_vectree",
        "Mercury and particulate abatement package for crematoria",
        "Flue gas held at least 2 seconds in the secondary chamber is cooled from about 850 °C to 130–160 °C, "
        "powdered activated carbon mixed with lime is injected to adsorb mercury and neutralise HCl and SO2, and a "
        "fabric baghouse filter captures the particles.",
    ),
    (
        "mAo052",
        "en",
        "hg_experts",
        "Emission control devices for crematorium mercury",
        "Post-cremation filtration systems cut mercury leaving the chimney by 94–99%; European experience puts the "
        "extra cost at about 15–20% per cremation. Removing amalgam fillings beforehand is the cheapest measure "
        "but often unacceptable to families.",
    ),
    (
        "mAo053",
        "en",
        "three_t",
        "Cremator operation training: temperature, time and turbulence",
        "Training and troubleshooting on the three T's that prevent smoke and odour: after-chamber held at "
        "1400–1800 °F, gas retention of 0.5–1 second, turbulence from baffles; running hotter is not always "
        "better and raises maintenance.",
    ),
    (
        "mAo054",
        "en",
        "epo_cremator",
        "Compact fuel-efficient dual-chamber cremator design",
        "Patented cremator with a primary chamber and burner, a secondary combustion tube with its own burner "
        "placed inside a retention chamber, so retained waste gases are heated to at least 850 °C by the secondary "
        "chamber itself, saving fuel.",
    ),
    (
        "mAo055",
        "en",
        "gasfurnace",
        "Gas crematorium furnace with wet scrubber",
        "Gas-fired cremation chamber brought to about 700 °C; cremation takes 60–90 minutes. Exhaust gases are "
        "cleaned in a wet scrubber with water treatment and released through a 100-foot chimney; ash is collected "
        "in a tray for rites.",
    ),
    (
        "mAo056",
        "en",
        "emis_experts",
        "Stack emission testing of cremation equipment",
        "Measurement of the two main pollutants, particulates and carbon monoxide; a well designed and maintained "
        "unit averages under 15 ppm CO against a strict 100 ppm limit, and captured particulate per cremation is "
        "about the size of a deck of cards.",
    ),
    (
        "mAo057",
        "en",
        "ravenplume",
        "Crematory consulting on smoke, flame and odour problems",
        "Consultants explain and fix combustion: gases from the primary chamber travel through the throat into an "
        "afterburner where they are re-burned with enough oxygen to become CO2 and water; visible smoke or flame "
        "signals incomplete combustion.",
    ),
    (
        "mAo058",
        "vi",
        "hoatang_cm",
        "Thiết kế, xây dựng nhà hỏa táng cho chùa và cộng đồng Khmer",
        "Nhà hỏa táng xây trong khuôn viên chùa hoặc nhà sinh hoạt cộng đồng, cách nhiệt hoàn toàn, hạn chế khói, bụi, "
        "khí thải; một tỉnh đã xây 9 nhà với tổng kinh phí hơn 16 tỷ đồng thay cho hỏa táng thủ công ngoài trời.",
    ),
    (
        "mAo059",
        "vi",
        "dotrac",
        "Lò đốt rác thải hữu cơ khó phân hủy",
        "Viện Vật liệu Xây dựng chế tạo hệ thống lò đốt rác thải hữu cơ khó phân hủy đảm bảo chỉ tiêu nồng độ bụi, "
        "khói và khí độc.",
    ),
    (
        "mAo060",
        "vi",
        "so2_nh3",
        "Hấp thụ khí SO2 trong khí thải công nghiệp bằng amoniac",
        "Công nghệ xử lý khí lưu huỳnh đioxit từ khói lò công nghiệp bằng dung dịch amoniac, thu hồi sản phẩm muối "
        "amoni.",
    ),
    (
        "mAo061",
        "en",
        "hg_refining",
        "Precious-metal refining of dental scrap",
        "Refiner buys and processes scrap dental amalgam and silver-bearing waste (about 4 troy ounces of silver per "
        "pound), handling the mercury certification paperwork for the seller.",
    ),
    (
        "mAo062",
        "en",
        "hg_riams",
        "Guidance on mercury abatement duties for crematoria",
        "Regulatory guidance note: new crematoria should be fitted with mercury abatement, while existing operators "
        "may join a burden-sharing scheme and report to the regulator; includes inspection checklists.",
    ),
    (
        "mAo063",
        "vi",
        "angtang_xanh",
        "Tư vấn mô hình nghĩa trang và an táng xanh",
        "Viện nghiên cứu đô thị và phát triển hạ tầng tư vấn chính sách, giải pháp công nghệ an táng và quản lý "
        "nghĩa trang thân thiện môi trường, trong hệ khái niệm hạ tầng xanh của đô thị bền vững.",
    ),
    (
        "mAo064",
        "vi",
        "capsula",
        "Kén mai táng phân hủy sinh học trồng cây trên mộ",
        "Thiết kế vỏ kén thay quan tài, thi hài đặt trong tư thế bào thai, trên mỗi kén trồng một cây để chất dinh "
        "dưỡng nuôi cây; hiện vẫn là đề xuất chưa được phê duyệt vì vướng luật.",
    ),
    (
        "mAo065",
        "vi",
        "china_green",
        "Chôn tro dưới luống hoa và rải tro trên biển",
        "Mô hình chôn tro cốt trong hộp phân hủy sinh học dưới luống hoa, không bia mộ, và rải tro tập thể trên biển "
        "(một thành phố đã tổ chức 774 đợt cho gần 34.000 người trong 30 năm), kèm chính sách miễn giảm phí.",
    ),
    (
        "mAo066",
        "en",
        "gb_howstuff",
        "Green funeral supplies: refrigeration instead of embalming, natural caskets",
        "Embalming replaced by refrigeration or dry ice; caskets of sustainable wood, cardboard, wicker or "
        "recycled-newspaper pods; shrouds of cotton, silk or linen; graves marked with flat stones, native trees "
        "or GPS.",
    ),
    (
        "mAo067",
        "en",
        "gb_conservation",
        "Conservation burial ground design",
        "Natural burial without embalming, vault or liner, in graves shallow enough for soil microbes; burial fees "
        "fund the purchase and restoration of native habitat, graves are dug by hand.",
    ),
    (
        "mAo068",
        "en",
        "gb_lighthouse",
        "Green burial services",
        "No embalming, no concrete vault and no metal casket: the body is placed in a biodegradable shroud or "
        "bamboo or wicker casket and buried in a natural setting such as woodland or meadow.",
    ),
    (
        "mAo069",
        "vi",
        "ntm_nghiatrang",
        "Tư vấn quy hoạch nghĩa trang nhân dân đạt tiêu chí nông thôn mới",
        "Lập quy hoạch nghĩa trang nhân dân cấp xã được cấp thẩm quyền phê duyệt và dự thảo quy chế quản lý nghĩa "
        "trang, đáp ứng tiêu chí 17 của bộ tiêu chí xây dựng nông thôn mới.",
    ),
    (
        "mAo070",
        "en",
        "gw_cds",
        "Groundwater risk assessment and monitoring for cemeteries",
        "Checks against burial rules - at least 250 m from drinking-water wells, 30 m from springs and watercourses, "
        "1 m between grave base and water table - plus pollutant flux modelling, monitoring wells and sampling for "
        "formaldehyde, nitrate, ammonia and bacteria; site staff trained to sample.",
    ),
    (
        "mAo071",
        "en",
        "gw_gesl",
        "Tiered cemetery impact assessment",
        "Tier 1 desk screening, Tier 2 site investigation with groundwater monitoring, Tier 3 detailed quantitative "
        "assessment with groundwater modelling of contaminant spread from burials, with remedial proposals.",
    ),
    (
        "mAo072",
        "en",
        "gw_who",
        "Briefing on siting and design of burial grounds to protect water",
        "Summary of knowledge on decomposition products reaching groundwater and the soil processes that reduce "
        "them, with suggestions for siting and designing future burial sites.",
    ),
    (
        "mAo073",
        "vi",
        "gis_hue",
        "Phần mềm quản lý nghĩa trang ứng dụng GIS",
        "Số hóa dữ liệu nghĩa trang để thân nhân tra cứu vị trí mộ, hình ảnh, thông tin người mất; phục vụ quản lý "
        "hơn 3.200 nghĩa trang liệt sĩ trên cả nước và các nghĩa trang địa phương.",
    ),
    (
        "mAo074",
        "vi",
        "gis_huongdien",
        "Số hóa dữ liệu nghĩa trang bằng bản đồ số ArcGIS",
        "Trung tâm công nghệ thông tin thu thập thực địa, số hóa thông tin, hình ảnh và tọa độ từng ngôi mộ lên phần "
        "mềm bản đồ số; một nghĩa trang 3.623 mộ được hoàn thành trong 3 tháng.",
    ),
    (
        "mAo075",
        "en",
        "gis_stone",
        "GIS cemetery mapping linked to interment records",
        "Each site is plotted on a geo-referenced aerial photo and linked to interment records, monument photos, "
        "status (available, on hold, occupied) and capacity; families can search and get directions on a website or "
        "phone app.",
    ),
    (
        "mAo076",
        "en",
        "tombfinder",
        "Web-based grave finder with interactive map",
        "Information management and grave tracing system with name search, interactive map of plots and modules "
        "for cleaning requests and lot inquiries; rated excellent by 39 survey respondents against ISO 9126.",
    ),
    (
        "mAo077",
        "en",
        "gis_app",
        "Mobile app to register graves with GPS and photos",
        "Field app records the geographic position of each grave to about 5 m, attaches photo, video and audio, and "
        "uploads to a central burial register used by municipal funeral services.",
    ),
    (
        "mAo078",
        "vi",
        "nt_bando",
        "Lập bản đồ nghĩa trang gắn cơ sở dữ liệu mộ phần",
        "Đo đạc, đánh số khu, lô, mộ và liên kết bản đồ với cơ sở dữ liệu: tên, năm sinh, năm mất, thân nhân liên "
        "hệ, lịch sử đóng phí, phục vụ tìm mộ và quy hoạch không gian.",
    ),
    (
        "mAo079",
        "vi",
        "nt_thongminh",
        "Giải pháp nghĩa trang thông minh",
        "Hồ sơ điện tử thay sổ sách giấy, bản đồ số hóa, tra cứu trực tuyến thông tin mộ phần và thanh toán phí dịch "
        "vụ cho ban quản lý nghĩa trang.",
    ),
    (
        "mAo080",
        "vi",
        "dongia_tv",
        "Phần mềm lập dự toán theo đơn giá công ích đô thị",
        "Phần mềm dự toán cập nhật bộ đơn giá dịch vụ công ích đô thị của tỉnh (vệ sinh, cây xanh, chiếu sáng) "
        "giúp lập hồ sơ đặt hàng nhanh.",
    ),
    (
        "mAo081",
        "vi",
        "columb_hanoi",
        "Phần mềm quản lý nhà lưu giữ tro cốt theo tháp, tầng, hàng, ô",
        "Khai báo hạ tầng theo tòa tháp, tầng, phòng, hàng và ô chứa; mỗi tầng có giới hạn sức chứa, tòa tháp có "
        "ngày hết hạn gắn với hợp đồng lâu dài; tạo, sửa, bật tắt từng vị trí an táng.",
    ),
    (
        "mAo082",
        "en",
        "columb_sytsema",
        "Columbarium niche walls for cremated remains",
        "Indoor or outdoor walls of individual niches, usually a standard 9x9x9-inch space holding one urn, with "
        "glass-fronted or sealed stone fronts; a permanent place to visit, generally cheaper than burial.",
    ),
    (
        "mAo083",
        "en",
        "urn_garden",
        "Urn gardens and niche fronts",
        "Niches in glass, marble, bronze, granite or mosaic, single or double size, some allowing mementos inside; "
        "urn gardens offer in-ground urn plots with markers or shared memorial walls.",
    ),
    (
        "mAo084",
        "en",
        "urn_niche",
        "Choosing and supplying urns sized for columbarium niches",
        "Advice and supply of cremation urns that fit niche dimensions and fronts, for columbaria that can be "
        "viewed like a headstone; urns can be moved between columbaria if a family relocates.",
    ),
    (
        "mAo085",
        "en",
        "urn_bio",
        "Biodegradable urns for water and ground scattering",
        "Urns of paper or salt that look like ceramic: a water urn breaks down within a day after being placed in "
        "the sea or river, a ground urn in about a year, without adding harmful waste to the soil.",
    ),
    (
        "mAo086",
        "en",
        "mort_ets",
        "Mortuary refrigerators, positive and negative temperature",
        "Positive-temperature units hold bodies at 2–4 °C, slowing decomposition for weeks; negative units at -10 to "
        "-50 °C are for forensic institutes. Used by hospitals, disaster camps and funeral homes as an alternative "
        "to embalming.",
    ),
    (
        "mAo087",
        "en",
        "mort_mymc",
        "Mortuary body storage: walk-in coolers, cabinets and portable body boxes",
        "Walk-in coolers for 20 or more bodies, cabinets for 1–20, portable body boxes for 1–6 and pop-up units; "
        "antimicrobial surfaces, dense insulation, roller shelving; about 5,000–15,000 USD for small units.",
    ),
    (
        "mAo088",
        "en",
        "mort_flexmort",
        "Mortuary fridges with hygiene features",
        "Cold chambers at 2–4 °C for bodies awaiting identification, burial or cremation, keeping pathogens from "
        "spreading to the surroundings, with temperature control and antibacterial treatment.",
    ),
    (
        "mAo089",
        "vi",
        "fun_nirvana",
        "Dịch vụ tang lễ trọn gói",
        "Chuẩn bị quan tài, cáo phó, di ảnh, đồ tang, vải liệm; xe tang và xe đưa đón; rạp, bàn ghế; nhạc lễ; hoa "
        "tươi; thỉnh sư nếu gia đình theo Phật giáo; nhân viên tẩm liệm và phục vụ từ đầu đến cuối.",
    ),
    (
        "mAo090",
        "vi",
        "fun_blackstones",
        "Tư vấn chọn dịch vụ tang lễ minh bạch giá",
        "So sánh trại hòm truyền thống và dịch vụ tang lễ trọn gói: báo giá rõ từng hạng mục, tránh phát sinh, vẫn "
        "tôn trọng phong tục từng vùng.",
    ),
    (
        "mAo091",
        "vi",
        "fun_afamily",
        "Tổ chức lễ tưởng niệm hiện đại tại nhà tang lễ",
        "Tang lễ gọn trong sảnh nhà tang lễ, không kèn trống suốt đêm, không gian hoa tươi, trưng bày kỷ vật theo "
        "tính cách người đã khuất, không làm phiền hàng xóm.",
    ),
    (
        "mAo092",
        "vi",
        "fun_vietyo",
        "Đám tang cao cấp theo kịch bản trọn gói",
        "Kịch bản tang lễ nhiều ngày: quan tài gỗ quý đặt riêng, mộ phần cao cấp, nhạc cung đình, dựng rạp phông màn, "
        "trang điểm thi hài; chi phí có thể lên hàng trăm triệu đồng.",
    ),
    (
        "mAo093",
        "vi",
        "inc_tram",
        "Quy trình sản xuất nhang trầm thủ công không hóa chất",
        "Chọn bột trầm nguyên chất, xay và rây mịn để nhang cháy đều không tắt, trộn với keo bời lời hòa nước ấm "
        "theo tỷ lệ và độ ẩm phù hợp; tuyệt đối không dùng hương liệu tổng hợp hay phẩm màu.",
    ),
    (
        "mAo094",
        "vi",
        "inc_thaomoc",
        "Công thức nhang thảo mộc từ sả, ngải cứu, vỏ bưởi",
        "Cơ sở làm nhang sạch từ nguyên liệu sẵn có ở địa phương: phơi, sấy, tạo bột, se nhang để khi thắp có mùi "
        "thơm nhẹ, đuổi côn trùng và không tắt giữa chừng; sản phẩm bán từ năm 2019, nhận hướng dẫn cho chị em phụ nữ.",
    ),
    (
        "mAo095",
        "vi",
        "inc_hoahao",
        "Nhang sạch từ trầm, quế, khuynh diệp và máy hỗ trợ se nhang",
        "Làng nghề gần 20 năm sản xuất nhang sạch: dược liệu sơ chế, xay bột mịn, trộn bột keo bời lời; từ vài hộ với "
        "khoảng 30 lao động nay mở rộng nhờ máy móc thay công đoạn se tay từng cây.",
    ),
    (
        "mAo096",
        "vi",
        "inc_qpc",
        "Sản xuất nhang số lượng lớn cho Tết và xuất khẩu",
        "Làng nghề khoảng 3.000 hộ (70% dân số) làm nhang, mỗi cơ sở tới 50.000 cây mỗi ngày mùa Tết, từng xuất "
        "khoảng 300 tấn nhang mỗi năm sang Ấn Độ; nhận đơn hàng sỉ.",
    ),
    (
        "mAo097",
        "vi",
        "inc_chemical",
        "Cung cấp bột cưa làm nhang",
        "Cơ sở mua dăm bào từ xưởng gỗ, xay nhuyễn thành bột cưa đóng bao 50 kg, giá khoảng 2.200 đồng/kg, dùng trộn "
        "với keo làm thịt nhang.",
    ),
    (
        "mAo098",
        "vi",
        "inc_giant",
        "Nhang khổng lồ cháy suốt đêm cho đền chùa",
        "Làng nghề làm nhang cốt điền thanh dài 1–2 m: cây 1,1 m cháy liên tục 8–10 giờ, cây 1,6 m khoảng 20 giờ; "
        "tăm được vuốt nhựa trám với bột than rồi lăn bột hương.",
    ),
    (
        "mAo099",
        "en",
        "inc_machine",
        "Low-cost hand-driven incense stick making machine",
        "A college-designed mechanism that coats bamboo sticks with charcoal, wood powder and binder paste, for "
        "women who roll incense by hand for over 8 hours a day and cannot afford powered machines; raises output "
        "and reduces strain.",
    ),
    (
        "mAo100",
        "en",
        "inc_patent",
        "Incense stick extrusion method",
        "Patented process forming incense sticks by extruding an incense slurry through a die to an elongated "
        "stick of controlled diameter.",
    ),
    (
        "mAo101",
        "en",
        "inc_kyarazen",
        "Incense dough formulation: binder ratios and extrusion",
        "Start with about 20% binder (makko) by weight; dense, high-quality wood powder needs only 10–12%, while "
        "fluffy leaf powders need more, measured by volume; water is added drop by drop, since excess water makes "
        "soft, hard-to-handle sticks.",
    ),
    (
        "mAo102",
        "en",
        "inc_hk",
        "Handmade herbal incense technique",
        "Herbs chosen for fragrance are ground and sieved to fine powder, stored to let scents merge, mixed with a "
        "natural binder and water, kneaded to expel air, squeezed out as sticks, packed tight against bending and "
        "cured for a week.",
    ),
    (
        "mAo103",
        "en",
        "inc_herb",
        "Incense stick manufacturing process and quality control",
        "Selection of bamboo cores and aromatic materials, grinding and mixing with binders, rolling by hand or "
        "machine, drying for days depending on humidity, inspection of each stick for defects, then packaging.",
    ),
    (
        "mAo104",
        "en",
        "inc_ef",
        "Emission factor testing of incense sticks",
        "Test chamber with exhaust duct, fan and sensors measures carbon monoxide and PM2.5 and PM10 by mass and "
        "number from burning incense, with repeated runs, to support exposure assessment and ventilation design.",
    ),
    (
        "mAo105",
        "en",
        "inc_pm_hanoi",
        "Indoor PM2.5 monitoring where incense is burned",
        "Three low-cost monitors measure indoor and outdoor PM2.5 continuously for a week; in a study of 32 urban "
        "homes incense raised indoor PM2.5 by about 120%, with room means of 201 µg/m3 and one-minute peaks of "
        "826 µg/m3 during burning.",
    ),
    (
        "mAo106",
        "en",
        "inc_dusit",
        "Exposure testing of common versus smokeless incense",
        "Personal samplers on a mannequin and heat-stress monitors record dust (total, PM10, PM2.5) every 10 minutes "
        "over an 8-hour day in ventilated and unventilated rooms, comparing ordinary and smokeless incense.",
    ),
    (
        "mAo107",
        "en",
        "inc_church_iaq",
        "Indoor air quality evaluation in naturally ventilated places of worship",
        "Measurement of key pollutants released by incense during services in a naturally ventilated church, "
        "relating concentrations to liturgical celebrations to advise on ventilation and incense use.",
    ),
    (
        "mAo108",
        "vi",
        "candle_laocai",
        "Làm nến sáp ong tự nhiên",
        "Tổ sản xuất 10 người làm nến từ sáp ong, bấc sợi lanh se tay và tinh dầu: sáp đun chảy ở 60–70 độ C, bấc "
        "hàn vào khuôn bôi dầu, để nguội rồi tháo; được hỗ trợ nguyên liệu, vốn, bao bì.",
    ),
    (
        "mAo109",
        "vi",
        "candle_thong",
        "Nến sạch từ parafin an toàn nhập khẩu",
        "Xưởng nến chỉ dùng parafin gốc an toàn nhập từ Mỹ, Indonesia và tinh dầu tan hoàn toàn trong sáp, thay cho "
        "nến làm từ dầu mỡ tái chế kém chất lượng gây khói độc.",
    ),
    (
        "mAo110",
        "vi",
        "candle_thom",
        "Nến thơm trang trí từ sáp đậu nành, bấc gỗ",
        "Quy trình làm nến thơm nội thất: chọn sáp đậu nành hoặc sáp cọ, bấc cotton hay bấc gỗ lách tách, hương liệu "
        "và màu nhuộm, đổ khuôn ly thủy tinh làm quà tặng.",
    ),
    (
        "mAo111",
        "vi",
        "snd_acs",
        "Lắp đặt âm thanh nhà chùa cho thuyết giảng và thông báo",
        "Thiết kế hệ thống âm thanh truyền tải rõ lời thuyết giảng, thông báo và nghi lễ, giữ sự trang nghiêm; quy mô "
        "theo nhu cầu các ngày rằm, mùng một, Phật đản, Vu lan.",
    ),
    (
        "mAo112",
        "vi",
        "snd_saomai",
        "Hệ thống âm thanh nhà chùa chuyên nghiệp",
        "Yêu cầu kỹ thuật: độ phủ âm rộng và đều, không mất tiếng ở khu vực nào của chánh điện và sân chùa, tiếng "
        "tụng kinh rõ, micro không dây cho sư giảng.",
    ),
    (
        "mAo113",
        "vi",
        "snd_repair",
        "Sửa chữa, bảo dưỡng âm thanh nhà chùa",
        "Chẩn đoán tiếng ồn, nhiễu, rè do cáp hỏng hoặc thiết bị không tương thích, thay micro, bảo dưỡng định kỳ "
        "để hệ thống ổn định.",
    ),
    (
        "mAo114",
        "vi",
        "snd_church",
        "Thiết kế âm thanh nhà thờ bằng cụm loa đơn",
        "Nhà thờ hình chữ nhật trần cao trên 8 m, sức chứa 500–1.000 người, thời gian vang RT60 đo khi trống thường "
        "dưới 2 giây: hệ cụm loa đơn cho tiếng nói rõ nhất cho hầu hết giáo dân.",
    ),
    (
        "mAo115",
        "vi",
        "snd_thonxa",
        "Dàn âm thanh hội trường thôn, xã",
        "Dàn loa, amply, micro phục vụ hội họp, tuyên truyền, lễ hội và văn nghệ địa phương, cấu hình theo không "
        "gian và kinh phí của từng thôn.",
    ),
    (
        "mAo116",
        "vi",
        "snd_bbtel",
        "Hệ thống hội nghị trực tuyến",
        "Giải pháp hội nghị truyền hình trực tuyến cho phòng họp cơ quan: camera, micro đại biểu, màn hình và đường "
        "truyền.",
    ),
    (
        "mAo117",
        "en",
        "snd_workshop",
        "Workshop PA and intercom speakers",
        "Central microphone, amplifier and wall speakers that cut through machine noise in school workshops, with "
        "zone calls and emergency announcements.",
    ),
    (
        "mAo118",
        "en",
        "snd_ceiling",
        "Lay-in ceiling speaker array for drop-tile ceilings",
        "2x2 ft tile speaker with three 6.5-inch drivers, 120 W at 8 ohm, hemispherical coverage, installed by "
        "replacing one ceiling tile.",
    ),
    (
        "mAo119",
        "en",
        "fest_nash",
        "Festival and outdoor stage lighting rental",
        "Rigs built on ground-support towers or engineered stage roofs, with front wash, back light, moving heads, "
        "beams and blinders, designed to survive sun, wind and fast load-ins and to look right on camera.",
    ),
    (
        "mAo120",
        "en",
        "fest_av",
        "Audio-visual production for multi-day festivals",
        "Power distribution for main stages drawing hundreds of kilowatts, isolation of audio from lighting noise, "
        "redundant data networks for IP audio and video, radio and intercom for crews across the site.",
    ),
    (
        "mAo121",
        "en",
        "fest_stage",
        "Outdoor stage hire sized to the audience",
        "Stages of different sizes for outdoor festivals and events, chosen from expected attendance so performers "
        "are neither cramped nor lost, with the technical equipment the acts need.",
    ),
    (
        "mAo122",
        "vi",
        "light_txd",
        "Thiết kế chiếu sáng cho công trình kết cấu gỗ truyền thống",
        "Nghiên cứu đề xuất định hướng chiếu sáng nội thất đình, chùa gỗ: tôn vinh chạm khắc, bảo tồn nguyên bản, "
        "kết hợp kỹ thuật hiện đại với giá trị lịch sử để phục vụ du lịch văn hóa.",
    ),
    (
        "mAo123",
        "vi",
        "light_den",
        "Chiếu sáng nội thất không gian thờ tự",
        "Ánh sáng tông ấm 2700–3000K, ba lớp tổng thể, điểm nhấn và chức năng: đèn âm chiếu nhẹ lên phù điêu gỗ, "
        "spotlight cho bàn thờ chính, đèn hắt bậc; cảm biến chuyển động và dimmer tiết kiệm điện.",
    ),
    (
        "mAo124",
        "vi",
        "light_tudung",
        "Chiếu sáng bài vị trong từ đường",
        "Độ rọi 300–400 lux cho bài vị, đèn LED dải ẩn sau xà ngang chiếu gián tiếp, màng chống lóa cho gỗ bóng, "
        "lập trình cường độ theo giờ.",
    ),
    (
        "mAo125",
        "vi",
        "light_phattu",
        "Giăng đèn trang trí theo mái chùa và bảo tháp",
        "Giăng dây đèn bóng tròn một màu hoặc nhiều màu theo đường mái chùa, hình dáng bảo tháp cho các dịp lễ lớn.",
    ),
    (
        "mAo126",
        "en",
        "light_visioluce",
        "Architectural lighting design for heritage buildings",
        "Lighting that reveals ornament and texture of stone, plaster and carved wood, mostly by uplighting from the "
        "base, with luminaires tested, prototyped and simulated for discreet fixing that respects heritage "
        "restrictions.",
    ),
    (
        "mAo127",
        "en",
        "light_iitb",
        "Non-invasive lighting for historic temples",
        "LED fittings hidden behind laser-cut steel panels patterned after the temple ornament and fixed with "
        "adhesives chosen for the wall material, so no nails are driven into old walls and no wires show.",
    ),
    (
        "mAo128",
        "en",
        "light_he",
        "Advice on external lighting of historic buildings and churches",
        "Heritage body's building-services engineers advise on external and emergency lighting, fire alarms and "
        "lightning protection for historic churches, including reuse of existing installations.",
    ),
    (
        "mAo129",
        "en",
        "light_india",
        "Facade wall-wash lighting for commercial buildings",
        "Exterior wall-wash schemes for offices, industrial campuses and residential complexes, making the facade "
        "the night-time focal point with efficient LED fixtures.",
    ),
    (
        "mAo130",
        "vi",
        "light_ducba",
        "Trang trí đèn LED phủ mặt tiền nhà thờ dịp Giáng sinh",
        "Thi công dàn đèn LED vàng phủ tháp chuông cao 60 m và mái ngói, tạo hình quả địa cầu, ngôi sao, cây thông; "
        "một công trình dùng khoảng 1.000 km dây LED.",
    ),
    (
        "mAo131",
        "vi",
        "light_prolux",
        "Thiết kế chiếu sáng nhà thờ",
        "Giải pháp chiếu sáng làm nổi bật bàn thờ, cửa kính màu, tượng; điều chỉnh cường độ và màu ánh sáng tạo không "
        "khí trang nghiêm trong nhà thờ.",
    ),
    (
        "mAo132",
        "vi",
        "chongset",
        "Thi công chống sét cho nhà chùa",
        "Chùa có kết cấu cao, mái ngói, chuông và tượng kim loại dễ bị sét đánh gây cháy, nứt tường, hỏng hệ thống "
        "âm thanh, chiếu sáng, camera; thi công kim thu, dây dẫn, tiếp địa và chống sét lan truyền theo tiêu chuẩn.",
    ),
    (
        "mAo133",
        "en",
        "fire_sacred",
        "Automatic sprinkler systems for historic places of worship",
        "Fire-protection engineers design wet-pipe or other sprinkler systems for historic religious buildings; "
        "only the heads over the fire open (usually no more than four), so water damage is far less than from "
        "fire-brigade hoses.",
    ),
    (
        "mAo134",
        "en",
        "fire_nedcc",
        "Early fire detection and sprinklers for cultural heritage",
        "Detection that identifies fires at the earliest moment with fewer false alarms, clear voice alarms, mist "
        "sprinklers using little water, and performance-based design fitted to the property.",
    ),
    (
        "mAo135",
        "en",
        "fire_bavaria",
        "Fire suppression for heritage properties",
        "Clean-agent systems for small rooms, high-pressure water mist where that is impractical, pre-action "
        "sprinklers for large areas to avoid false discharge, optical smoke and heat detectors, mass notification "
        "for visitors.",
    ),
    (
        "mAo136",
        "en",
        "fire_cpvc",
        "CPVC pipe and fittings for sprinkler retrofits",
        "Manufacturer of CPVC sprinkler pipe for retrofitting fire protection in listed buildings, arguing the pipe "
        "is easy to install and does not leak.",
    ),
    (
        "mAo137",
        "en",
        "palm_tvu",
        "Digitising palm-leaf manuscripts at Khmer pagodas",
        "A university team surveyed a pagoda collection of 1,327 palm-leaf volumes, classified and catalogued it and "
        "scanned 90 sets (239 volumes) into a digital archive, with a dialogue for Pali–Khmer schools and "
        "provincial agencies on use and publication.",
    ),
    (
        "mAo138",
        "en",
        "palm_syr",
        "Conservation and stabilisation of palm-leaf manuscripts",
        "Treatment of palm leaves alongside digitisation: loss compensation, consolidation, protection from insect "
        "and fungal attack, traditional herbs and oils, vapour humidification and leaf casting.",
    ),
    (
        "mAo139",
        "en",
        "palm_calicut",
        "Large-scale scanning of palm-leaf manuscripts",
        "A university department scanned over 12,000 palm-leaf manuscripts (about 3,250 works, 14th–18th century, "
        "the smallest 7 x 3 cm) with careful handling, to open them to researchers.",
    ),
    (
        "mAo140",
        "en",
        "palm_acharya",
        "High-resolution scanning of fragile manuscript leaves",
        "Fragile leaves are laid between transparent foils and scanned in colour at 600 dpi, about a megabyte per "
        "leaf; images are processed to improve legibility and stored with migration to new media planned.",
    ),
    (
        "mAo141",
        "en",
        "palm_sealg",
        "Open training resources on palm-leaf conservation",
        "Curated workshop notes from a national library conservator, preventive-conservation guidance including "
        "indigenous pest management, and a documentary on preserving Khmer manuscripts, for temple and library "
        "staff.",
    ),
    (
        "mAo142",
        "vi",
        "palm_vhpg",
        "Phương thức bảo quản kinh lá buông truyền thống và số hóa",
        "Nghiên cứu của nhà sư Khmer khảo sát cách bảo quản kinh lá buông tại các chùa Nam tông hiện nay (dễ hỏng vì "
        "khí hậu, côn trùng) và đề xuất kết hợp bảo quản truyền thống với lưu trữ kỹ thuật số.",
    ),
    (
        "mAo143",
        "vi",
        "palm_angiang",
        "Truyền dạy cách làm và khắc kinh lá buông",
        "Các sư dạy chọn búp lá buông non, bó lại vài tháng cho lá mềm màu ngà, ép phơi chống mối mọt, khắc chữ Khmer "
        "cổ và Pali bằng bút mũi sắt, pha mực từ than củi; mỗi quyển rộng khoảng 5 cm, trung bình 40 lá.",
    ),
    (
        "mAo144",
        "vi",
        "folk_khmer",
        "Sưu tầm văn học dân gian Khmer",
        "Nhóm nghiên cứu điền dã ở 7 huyện, 1 thị xã, 1 thành phố, ghi chép truyện kể, lời ngâm, lời hát của người "
        "Khmer để hệ thống hóa các thể loại văn học dân gian.",
    ),
    (
        "mAo145",
        "vi",
        "scan_hue",
        "Số hóa scan 3D hiện trạng công trình di tích và tham quan thực tế ảo",
        "Quét 3D toàn bộ hiện trạng một điện gỗ trước khi hạ giải trùng tu: dữ liệu màu sắc, kích thước, mặt cắt "
        "để đối chiếu khi lắp dựng lại, phát hiện sai lệch, kèm chuyến tham quan thực tế ảo khi di tích đóng cửa.",
    ),
    (
        "mAo146",
        "vi",
        "scan_cesti",
        "Quét laser 3D lưu hồ sơ di tích phục vụ phục dựng",
        "Dữ liệu quét laser đồng nhất, chính xác, dễ tra cứu thay bản vẽ và ảnh giấy; ví dụ một cổng thành gỗ 600 năm "
        "bị cháy được phục dựng gần nguyên bản sau 5 năm 3 tháng nhờ dữ liệu quét trước đó.",
    ),
    (
        "mAo147",
        "vi",
        "scan_ctu",
        "Dựng mô hình 3D cổ vật bằng cảm biến LiDAR điện thoại và hiển thị AR",
        "Trường đại học trong vùng quét 3D cổ vật bằng LiDAR trên thiết bị di động, đánh giá ảnh hưởng của vật liệu bề "
        "mặt, giảm 60–80% dung lượng mô hình mà vẫn hiển thị tốt trên web và điện thoại bằng thực tế tăng cường.",
    ),
    (
        "mAo148",
        "vi",
        "scan_anthi",
        "Cung cấp máy quét laser 3D FARO",
        "Nhà phân phối máy quét laser 3 chiều FARO Focus3D S120 và X330, đã triển khai cho hố khảo cổ; bán thiết bị, "
        "phần mềm và hướng dẫn sử dụng.",
    ),
    (
        "mAo149",
        "vi",
        "scan_lidar",
        "Xây dựng dữ liệu số di sản kiến trúc bằng LiDAR scanner",
        "Công nghệ LiDAR đo đạc công trình kiến trúc chính xác cao, tiết kiệm thời gian và chi phí, dựng dữ liệu 3D "
        "làm tài liệu lưu trữ và căn cứ phục hồi di sản khi xuống cấp hay bị phá hủy.",
    ),
    (
        "mAo150",
        "en",
        "scan_nepal",
        "Low-cost image-based 3D documentation of heritage",
        "Photogrammetric modelling from ordinary cameras, phones and drones, including crowd-sourced photos, giving "
        "a full pipeline from capture to 3D reconstruction and structural analysis for heritage at risk.",
    ),
    (
        "mAo151",
        "en",
        "scan_shanxi",
        "Terrestrial laser scanning of heritage halls with accuracy assessment",
        "Point-cloud models of complex timber halls, with planning of scan stations and targets, registration "
        "accuracy, noise and layering checks to prove the model is reliable for conservation.",
    ),
    (
        "mAo152",
        "en",
        "sacr_crowley",
        "Scanning of bound sacramental registers",
        "Imaging bureau digitises hand-written registers in varying condition on overhead book scanners (one parish: "
        "88 volumes of baptisms, communions, confirmations and marriages since 1842), protecting fading, crumbling "
        "originals.",
    ),
    (
        "mAo153",
        "en",
        "sacr_sandhurst",
        "Parish register digitisation programme",
        "Audit of all registers, prioritising those to save first, digitisation in phases (74 registers, about "
        "120,000 records), delivery on a hard drive for each parish and archival housing for the original books.",
    ),
    (
        "mAo154",
        "en",
        "sacr_boston",
        "Searchable indexing of church records",
        "Scanning and name indexing of centuries of sacramental records (937 volumes, 400,000 pages, 10 million "
        "names) with a genealogical society, for online search.",
    ),
    (
        "mAo155",
        "en",
        "sacr_houston",
        "Microfilming of parish registers for security",
        "Microfilm copies of baptism, communion, confirmation, marriage and burial registers of 153 parishes kept in "
        "the archives; film lasts hundreds of years and can be read with a simple light source.",
    ),
    (
        "mAo156",
        "vi",
        "diet_giadung",
        "Đăng ký lưu hành chế phẩm diệt côn trùng gia dụng và y tế",
        "Dịch vụ làm hồ sơ đăng ký lưu hành hóa chất, chế phẩm diệt côn trùng, diệt khuẩn dùng trong gia dụng và y tế: "
        "đặt tên thương mại, đơn vị đứng tên.",
    ),
    (
        "mAo157",
        "vi",
        "moi_dedap",
        "Khảo sát, xử lý mối cho đê đập thủy lợi",
        "Khảo sát, phát hiện tổ mối và ẩn họa trong thân đê, đập theo tiêu chuẩn ngành, tính dự toán theo định mức, "
        "xử lý tổ mối có vườn nấm.",
    ),
    (
        "mAo158",
        "vi",
        "damp_sua",
        "Chống thấm dột cho nhà ở",
        "Thi công chống thấm, chống dột cho nhà ở, căn hộ tập thể, chung cư: xử lý tường nứt, khe nối tường – trần, "
        "ống cấp thoát nước âm tường.",
    ),
    (
        "mAo159",
        "vi",
        "damp_square",
        "Chống ẩm trần nhà và đồ gỗ mùa mưa",
        "Mẹo cho gia đình: lợp thêm mái che, kiểm tra ống thoát nước trên trần, chà nhám và phủ 2–3 lớp sơn chống ẩm "
        "cho đồ gỗ nội thất.",
    ),
    (
        "mAo160",
        "en",
        "reverb_presets",
        "Church and cathedral reverb presets for audio plugins",
        "Impulse-response presets recorded in a Baptist church balcony and other spaces, for convolution reverb "
        "plugins in music production.",
    ),
    (
        "mAo161",
        "en",
        "light_upward",
        "Guide to facade lighting types",
        "Accent, wash, grazing and shadow-play facade lighting for commercial, cultural and residential buildings, "
        "with the applications of each technique.",
    ),
]
