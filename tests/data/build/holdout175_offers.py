"""Offers of the holdout175 labelled set (canals, dredging and river-bank protection).

Rows: (id, language, source key, title, description). Written blind; see make_holdout175.py.
"""

OFFERS = [
    # dredging canals and small rivers, dredgers
    (
        "oUo001",
        "en",
        "rvo_small_dredge",
        "Small dredging boats and sustainable dredging advice for irrigation and urban canals",
        "A Dutch dredging consultancy supplies small dredging boats sized for urban canals and irrigation canals and helps "
        "write tender specifications for better equipment. It explains why the usual suction dredger or crane pontoon that "
        "dumps spoil straight onto the bank is cheap on paper but costly later: damaged land, bridges to rebuild, slow "
        "settling of the mud. Feasibility support and know-how on more sustainable dredging practice in the Mekong Delta.",
    ),
    (
        "oUo002",
        "vi",
        "rvo_small_dredge",
        "Tư vấn nạo vét bền vững kênh nhỏ và cung cấp tàu nạo vét cỡ nhỏ",
        "Đơn vị tư vấn (hợp tác Hà Lan) hỗ trợ lập hồ sơ mời thầu, chọn thiết bị nạo vét cho kênh thủy lợi và kênh đô thị "
        "vùng ĐBSCL. Phân tích chi phí ẩn của cách làm quen thuộc là dùng tàu hút hoặc cần cẩu trên phao đổ bùn thẳng lên bờ: "
        "mất đất của dân, phải khôi phục bãi đổ, làm lại cầu, bùn lâu lắng. Giới thiệu tàu nạo vét nhỏ và quy trình nạo vét "
        "ít tác động môi trường, hỗ trợ nghiên cứu khả thi cho cơ quan địa phương.",
    ),
    (
        "oUo003",
        "en",
        "aquamec_inland",
        "Amphibious multipurpose dredger for shallow, narrow inland waterways",
        "Finnish maker of amphibious multipurpose dredgers built for rivers, ponds and inland canals that are too shallow "
        "or narrow for conventional dredgers. The machine moves itself in and out of the water without anchors or wire "
        "cables, copes with plastic and urban debris, and avoids dismantling and craning a vessel into the site. Offered "
        "as an alternative to long-reach and pontoon-mounted excavators for maintenance dredging of small waterways.",
    ),
    (
        "oUo004",
        "en",
        "amphibious_mumbai",
        "Mechanized cleaning of narrow canals and drains with an amphibious dredging machine",
        "Waterway cleaning contractor operating an amphibious dredger that floats in water and crosses soft marshy ground "
        "where tracked or wheeled excavators sink. Reach of 22 feet, continuous 360-degree rotation, stabilizer wheels that "
        "give flotation; the machine loads itself onto a trailer and climbs down steep drain banks. Used for open drains and "
        "narrow canals in city dredging programmes.",
    ),
    (
        "oUo005",
        "vi",
        "amphibious_mumbai",
        "Cho thuê máy đào lội nước (amphibious) nạo vét kênh hẹp, vùng đất yếu",
        "Doanh nghiệp cho thuê máy đào lội nước có phao nổi, vừa nổi được trên mặt nước vừa bò được trên nền bùn lầy mà "
        "máy đào bánh xích thường bị lún. Tầm với khoảng 6,7 m, quay toàn vòng 360 độ, bánh phụ vừa làm phao vừa làm chân "
        "chống; máy tự lên xuống rơ-moóc và bờ kênh dốc. Nhận nạo vét kênh mương hẹp, rạch thoát nước, mương vườn.",
    ),
    (
        "oUo006",
        "en",
        "oiltech_small_dredgers",
        "Supply and rental of small and medium dredgers",
        "Marine equipment supplier offering small dredgers under 10 m long, run by one or two operators, for ponds, small "
        "lakes, streams and shallow canals, and medium dredgers of 10 to 25 m for rivers and larger harbours. Medium units "
        "suit maintenance dredging that keeps a channel at a set depth as well as capital dredging to deepen a waterway.",
    ),
    (
        "oUo007",
        "vi",
        "atlas_maint",
        "Dịch vụ nạo vét duy tu luồng lạch, kênh tưới và cửa lấy nước",
        "Công ty nạo vét nhận nạo vét duy tu định kỳ: trả lại độ sâu cho luồng tàu, bến, kênh dẫn, khơi thông hệ thống tưới, "
        "cửa lấy nước làm mát, ao hồ. Phù sa do dòng sông và thủy triều mang vào lắng đọng liên tục nên việc duy tu là nhu "
        "cầu thường xuyên; công ty khảo sát, lập khối lượng và thi công theo mùa.",
    ),
    (
        "oUo008",
        "en",
        "restoration_dredge",
        "Cutter dredge services for river channels, flood mitigation and contaminated sediment",
        "Dredging firm using cutter suction dredges on rivers: restoring channel depth for navigation, removing deposits to "
        "lower flood levels and taking out contaminated material from impaired waterways. Work planned for each reach "
        "according to its purpose.",
    ),
    (
        "oUo009",
        "vi",
        "applegate_types",
        "Tư vấn chọn phương pháp nạo vét: cơ học hay thủy lực",
        "Đơn vị tư vấn giúp chủ đầu tư chọn thiết bị nạo vét phù hợp. Nạo vét cơ học dùng gầu đặt trên bờ hoặc sà lan, đổ "
        "vật liệu lên sà lan hay ngay cạnh bờ; nạo vét thủy lực hút hỗn hợp bùn nước và bơm qua đường ống đến nơi đổ ở xa hơn. "
        "Tư vấn kèm đánh giá tác động đến hệ sinh thái dưới nước.",
    ),
    (
        "oUo010",
        "en",
        "audubon_minidredge",
        "Mini-dredge that pumps canal mud to build marsh platforms behind levees",
        "Equipment dealer demonstrating a small self-propelled dredge (Amphibex 400 class) that pumps mud from a borrow "
        "pit through an 8-inch discharge hose across a levee into shallow open water on the exposed side. Bringing the mud "
        "up to marsh level lets vegetation colonize it quickly, creating a protective platform in front of the levee.",
    ),
    (
        "oUo011",
        "vi",
        "giaotrinh_kenh",
        "Đào tạo tổ thủy nông: quản lý, bảo dưỡng kênh nội đồng",
        "Trường nghề thủy lợi mở lớp sơ cấp (mô đun MĐ03) cho tổ hợp tác dùng nước và cán bộ xã: bảo vệ hệ thống kênh nội "
        "đồng, quản lý bảo dưỡng đoạn đầu kênh, điều tiết mực nước trên kênh, kiểm tra và tu sửa kênh. Tài liệu biên soạn "
        "từ kinh nghiệm các công ty khai thác công trình thủy lợi, học xong áp dụng ngay tại đồng ruộng.",
    ),
    (
        "oUo012",
        "vi",
        "lucbinh_bk",
        "Tổ hợp thiết bị thu gom, tiền xử lý và trục vớt lục bình trên kênh rạch",
        "Nhóm nghiên cứu Trường Đại học Bách khoa (ĐHQG-HCM) chuyển giao tổ hợp thiết bị thu gom, tiền xử lý và trục vớt lục "
        "bình trên kênh rạch, kết quả đề tài độc lập cấp nhà nước ĐTĐL.CN-26/2 do PGS.TS Nguyễn Tấn Tiến chủ nhiệm. Đề tài đã "
        "khảo sát phân bố lục bình ở Long An, Tây Ninh và các tỉnh lân cận để thiết kế thiết bị.",
    ),
    (
        "oUo013",
        "en",
        "hafen_dredgers",
        "Floating suction dredgers for port basins and riverbeds",
        "Port authority fleet of floating suction dredgers that keep riverbeds and harbour basins at the depth required "
        "for shipping, removing sediment that settles on the bottom. Suction dredgers have almost entirely replaced the "
        "bucket dredgers used earlier.",
    ),
    # dredger upkeep
    (
        "oUo014",
        "en",
        "oiltech_maint",
        "Dredger maintenance and repair programme",
        "Service company drawing up maintenance plans for dredgers: inspect the cutter head and replace worn teeth, "
        "lubricate bearings and check hydraulics; clean and inspect the pump, seals and gaskets, change engine oil and "
        "filters; check the suction pipe for wear and leaks; calibrate control-room instruments; inspect spuds and winches "
        "for corrosion, frayed cables and alignment. Aims to prevent breakdowns and extend equipment life.",
    ),
    (
        "oUo015",
        "vi",
        "china9_pump",
        "Bảo dưỡng bơm hút bùn tàu hút xén thổi: bôi trơn, chống gỉ, thay cánh",
        "Xưởng cơ khí nhận bảo dưỡng bơm hút bùn, bộ phận quan trọng nhất của tàu hút xén thổi. Thay dầu bôi trơn ổ đỡ định kỳ "
        "để tránh ma sát tăng và bó ổ; cạo gỉ, sơn lại lớp sơn chống nước cho vỏ bơm bị bong do bùn nước bắn lâu ngày; kiểm "
        "tra và thay mới cánh bơm khi mòn nặng để bơm giữ được công suất.",
    ),
    (
        "oUo016",
        "en",
        "aggman",
        "Nine-point inspection service for hydraulic dredges",
        "Field service team inspecting hydraulic dredges: hull and pontoon leaks (scab plates seal-welded over thin areas, "
        "repainting to limit bare metal), daily greasing or oil checks on pump bearings, adjusting or replacing packing so a "
        "small stream leaks from the stuffing box, checking mechanical seals, and adjusting the pump for wear of the wet-end "
        "parts caused by abrasive material.",
    ),
    (
        "oUo017",
        "en",
        "discoverdredging",
        "Wear-resistant alloy spare parts for dredge pumps",
        "Dredge equipment manufacturer supplying wear parts made of alloys harder than quartz sand, chosen by Mohs hardness "
        "and wear index (how many times longer a material lasts than construction steel under the same conditions). "
        "Advice on stocking spare impellers, liners and casings, and on the trade-off between hardness and brittleness.",
    ),
    (
        "oUo018",
        "vi",
        "itechdredge",
        "Tư vấn giảm mài mòn bơm nạo vét, kéo dài tuổi thọ",
        "Hãng thiết bị nạo vét phân tích nguyên nhân mòn bơm: cỡ hạt, hình dạng hạt và nồng độ thể tích bùn cát, kèm tác động "
        "cơ học, thủy lực và hóa học lên cánh bơm, vỏ bơm, tấm lót. Từ đó đề xuất chọn bơm, vật liệu và chế độ vận hành phù "
        "hợp với loại bùn, thay vì chấp nhận thay phụ tùng liên tục.",
    ),
    (
        "oUo019",
        "en",
        "pdwire",
        "Off-season refit of dredges at a service base",
        "Dredging contractor offering winter refits: skilled tradesmen rebuild the pump-room gearbox, repair wear and tear "
        "from the past season and upgrade equipment for safety and performance, so dredges start the new season with "
        "minimal downtime.",
    ),
    (
        "oUo020",
        "vi",
        "magnomegypt",
        "Cung cấp đầu dao cắt và răng dao thay thế cho tàu hút xén thổi",
        "Công ty nạo vét cung cấp đầu dao cắt lắp lẫn được ngay tại công trường, chọn theo loại đất gặp phải, kèm bộ răng dao "
        "thay thế. Tàu xén thổi cắt tơi đất đáy rồi bơm hỗn hợp đất nước bằng bơm ngầm và một đến hai bơm trên tàu qua ống "
        "nổi và ống trên bờ đến bãi đổ.",
    ),
    # dredged mud: where it goes
    (
        "oUo021",
        "en",
        "soil_bank",
        "Soil bank model for managing dredged canal soil",
        "The Mekong Water Technology Innovations Institute offers to pilot a soil bank: dredged canal soil is stored and "
        "controlled in one place for later ground-levelling projects instead of being dumped anywhere, generating revenue "
        "and curbing illegal disposal. Ca Mau alone has about 20 million cubic metres to dredge; the institute helps plan "
        "medium and long-term dredging so the bank has funding.",
    ),
    (
        "oUo022",
        "vi",
        "soha_cung_hoa",
        "Công nghệ cứng hóa đất bùn nạo vét để san lấp, đắp đê bao thay cát",
        "Viện Thủy công (Viện Khoa học Thủy lợi Việt Nam) chuyển giao kết quả đề tài cấp quốc gia do TS Ngô Anh Quân chủ "
        "nhiệm: vật liệu và thiết bị cứng hóa đất bùn nạo vét kênh mương để san lấp mặt bằng, đắp đê bao, bờ bao thay cát xây "
        "dựng. ĐBSCL có hơn 28 nghìn km sông kênh; riêng TP.HCM phát sinh 2–3 triệu m3 bùn nạo vét mỗi năm.",
    ),
    (
        "oUo023",
        "en",
        "tpub_fill",
        "Dewatered dredged material as fill for dikes and levees",
        "Dredged material management guidance: material pumped ashore and dewatered in holding areas is well suited to "
        "building dikes, levees and containment berms, cutting project costs by avoiding off-site borrow. Thousands of "
        "cubic yards have been handed to public or private users as fill, often free, to free space in disposal sites.",
    ),
    (
        "oUo024",
        "en",
        "usace_bu",
        "Beneficial-use screening for dredged sediment",
        "Engineering research centre helping agencies find productive uses for dredged sediment under seven categories, "
        "from wetland, upland and aquatic habitat development to engineered and agricultural uses. More than 1,300 "
        "documented beneficial uses of disposal sites in North America serve as reference cases.",
    ),
    (
        "oUo025",
        "vi",
        "usace_bu",
        "Đánh giá phương án sử dụng có lợi bùn nạo vét",
        "Trung tâm nghiên cứu kỹ thuật hỗ trợ địa phương xác định hướng sử dụng bùn nạo vét thay vì đổ bỏ, theo bảy nhóm: "
        "tạo sinh cảnh đất ngập nước, trên cạn, dưới nước, công trình kỹ thuật, nông nghiệp… Kho hơn 1.300 trường hợp sử "
        "dụng bãi đổ có lợi đã được ghi nhận để tham khảo.",
    ),
    (
        "oUo026",
        "vi",
        "dongnai_vlsl",
        "Chuyển giao công nghệ dùng vật chất nạo vét làm vật liệu san lấp",
        "Trung tâm Nghiên cứu chiến lược phát triển vật liệu xây dựng (Viện Vật liệu xây dựng) nghiên cứu, thử nghiệm và "
        "chuyển giao giải pháp dùng vật chất nạo vét từ cửa sông, cảng làm vật liệu san lấp công trình. Các nước coi vật liệu "
        "nạo vét là tài nguyên: tỷ lệ tái sử dụng ở Mỹ 20–30%, Hà Lan 23%, Tây Ban Nha 76%, Nhật Bản khoảng 90%.",
    ),
    (
        "oUo027",
        "vi",
        "vneconomy_bun",
        "Tư vấn dùng bùn sông đã xử lý thay một phần cát trong bê tông",
        "Nhóm chuyên gia vật liệu giới thiệu quy trình phơi khô, sàng, loại tạp chất bùn nạo vét sông rồi phối trộn thay "
        "10–50% cát tự nhiên trong bê tông; ở tỷ lệ thay 30% bê tông vẫn đạt chỉ tiêu cơ lý. Hướng tới biến bùn thải nạo vét "
        "thành vật liệu xây dựng xanh thay vì chôn lấp.",
    ),
    (
        "oUo028",
        "en",
        "recycling_mdpi",
        "Dewatering plus cement stabilization to turn dredged sediment into construction material",
        "University research team (Kasetsart, Phayao, Shibaura) offering a combined dewatering and cement stabilization "
        "method for dredged sediments and water-treatment sludges. Dewatering cuts moisture; cement raises unconfined "
        "compressive strength and stiffness, checked by compression and resonance tests, XRD and SEM.",
    ),
    (
        "oUo029",
        "en",
        "jairo_dmm",
        "Deep mixing method to reinforce earth levees built from dredged material",
        "Geotechnical researchers propose deep mixing to build a soil-cement wall inside earth levees made of dredged river "
        "material in the Mekong Delta. The wall cuts off piping through the levee and improves stability against deep "
        "sliding after rapid drawdown of floodwater, using little imported material. Seepage and slope-stability analysis "
        "for each levee section.",
    ),
    (
        "oUo030",
        "vi",
        "tapchimt_kimloai",
        "Phân tích kim loại nặng trong bùn nạo vét và đề xuất xử lý, tái sử dụng",
        "Nhóm chuyên gia môi trường phân tích hàm lượng kim loại nặng trong bùn trầm tích nạo vét để xác định bùn có phải "
        "chất thải nguy hại không (như bùn sông Tô Lịch, hồ Tây). Đề xuất làm khô bùn, xử lý nước rỉ, tái sử dụng bùn để san "
        "nền, làm cát nhân tạo hoặc trồng cây, giảm tải cho bãi chứa.",
    ),
    (
        "oUo031",
        "vi",
        "mcic_bun",
        "Tư vấn phân loại và xử lý bùn nạo vét theo kinh nghiệm quốc tế",
        "Công ty tư vấn giới thiệu cách các nước xử lý bùn nạo vét: Mỹ nạo vét khoảng 350 triệu tấn mỗi năm, 90% đủ sạch để "
        "dùng có ích hoặc đổ ở bãi được phép; Anh và xứ Wales 20–40 triệu tấn, phần lớn đổ ở 150 bãi có giấy phép, phần còn lại "
        "dùng cho xây dựng, nông nghiệp, bồi đắp vùng triều. Tư vấn phân loại bùn sạch và bùn nhiễm bẩn trước khi chọn nơi đổ.",
    ),
    (
        "oUo032",
        "en",
        "tpub_logistics",
        "Logistics planning for beneficial use of dredged material",
        "Dredged material planners assess whether a beneficial-use site is practical: distance from the dredging project, "
        "site access, dredge type versus transport equipment, rehandling, and timing. Fine-grained sediment can go to "
        "wetland habitat, soil creation and construction blocks; suitability is tested before use.",
    ),
    (
        "oUo033",
        "vi",
        "vnexpress_bun",
        "Tư vấn mô hình bãi chứa tập trung và tái phân phối vật liệu nạo vét",
        "Chuyên gia quản lý xây dựng giới thiệu mô hình quản lý tập trung: vật liệu nạo vét và đất đào không tái sử dụng tại "
        "chỗ được đưa về bãi chứa do nhà nước quản lý, chủ dự án trả phí, vật liệu được xử lý rồi bán lại cho công trình cần "
        "san lấp. Cách làm giúp kiểm soát nguồn gốc, khối lượng, hành trình của bùn đất và giải bài toán không có chỗ đổ bùn.",
    ),
    (
        "oUo034",
        "en",
        "budm_decision",
        "Contaminant status and site selection for using dredged material",
        "Guidance service for the first steps of beneficial use: evaluate the contaminant status of dredged material, "
        "re-test maintenance dredging sediment each cycle, then select a placement site and use. Highly contaminated "
        "sediment is normally unsuitable unless examined, tested and treated.",
    ),
    (
        "oUo035",
        "en",
        "cps_bud",
        "Sampling and chemical analysis for beneficial-use determination of dredge spoils",
        "Environmental compliance firm sampling dredged sediment and running chemical analysis to obtain a beneficial-use "
        "determination: uncontaminated spoils can be used as unregulated fill, moderately contaminated spoils may still "
        "qualify case by case, instead of landfill disposal.",
    ),
    # river-bank erosion: causes and assessment
    (
        "oUo036",
        "en",
        "mdpi_morph",
        "Remote sensing and GIS quantification of riverbank erosion and accretion",
        "Research group (TU Dresden, Vietnamese-German University and partners) offering analysis of river morphological "
        "change in the Vietnamese Mekong Delta from satellite imagery and GIS: mapping bank retreat and accretion over "
        "decades and linking it to local economic and social impacts, for use in planning protection works.",
    ),
    (
        "oUo037",
        "vi",
        "bl_cm_nguyennhan",
        "Nhận diện nguyên nhân sạt lở bờ sông, kênh rạch nội đồng",
        "Viện Khoa học Thủy lợi miền Nam nhận khảo sát, phân tích nguyên nhân sạt lở cho từng loại hình: chất tải ở mép bờ "
        "(nhà cửa lấn chiếm bờ), ngã ba sông có dòng chảy phức tạp, đoạn sông cong, đoạn gần biển có triều mạnh và tàu cao tốc. "
        "Phương pháp đã áp dụng cho khoảng 7.700 km sông kênh ở Bạc Liêu và Cà Mau, làm cơ sở chọn giải pháp.",
    ),
    (
        "oUo038",
        "vi",
        "my_hoi_dongchay",
        "Khảo sát ảnh hưởng dòng chảy đến sạt lở bờ",
        "Nhóm nghiên cứu đại học đo đạc vận tốc và hướng dòng chảy sát bờ, đánh giá nguyên nhân sạt lở tại điểm cụ thể (đã làm "
        "ở ấp Mỹ Hội, xã Mỹ Hội Đông, huyện Chợ Mới, An Giang bên sông Hậu) và đề xuất biện pháp ngăn ngừa, phòng chống sạt lở "
        "tiếp diễn.",
    ),
    (
        "oUo039",
        "vi",
        "vawr84",
        "Mô hình 2D diễn biến hình thái lòng sông Tiền, sông Hậu",
        "Nhóm tác giả Viện Khoa học Thủy lợi Việt Nam dùng mô hình hai chiều tổng thể toàn đồng bằng cùng số liệu khảo sát chi "
        "tiết để mô phỏng diễn biến lòng sông Tiền, sông Hậu dưới tác động của biến đổi khí hậu, nước biển dâng và hoạt động "
        "con người; dự báo đoạn bồi, đoạn xói phục vụ quy hoạch chỉnh trị và bảo vệ bờ.",
    ),
    (
        "oUo040",
        "en",
        "springer_causes",
        "Assessment of riverbank erosion and landslide causes, damage and responses",
        "Researcher offering assessments of coastal erosion, riverbank erosion and landslides in the Mekong Delta: how "
        "flooding, heavy rain, soft alluvial soils, sand extraction and growing river traffic drive bank failure, the "
        "property and livelihood losses, and how government measures and residents' attitudes shape the response.",
    ),
    (
        "oUo041",
        "vi",
        "vam_nao_rsgis",
        "Đánh giá biến động đường bờ và lòng dẫn bằng viễn thám và GIS",
        "Trường Đại học Khoa học Tự nhiên (ĐHQG-HCM) dùng viễn thám và GIS đánh giá biến động bờ sông theo cả chiều ngang và "
        "chiều sâu lòng dẫn, như nghiên cứu khu vực Vàm Nao: xác định xu thế bồi tụ, xói lở trong 10 năm và vai trò của dòng "
        "chảy, địa chất yếu, hình thái lòng sông và hoạt động con người.",
    ),
    (
        "oUo042",
        "en",
        "illinois_sand",
        "Sand budget analysis linking riverbed mining to bank instability",
        "University team (Southampton, Illinois, Hull, Exeter) quantifies the flux of sand moving down the river against "
        "the volume mined from the bed; on the lower Mekong about seven times the natural annual load is extracted. The "
        "analysis supports regulation that limits extraction to a sustainable balance and explains bank instability.",
    ),
    # monitoring erosion and subsidence
    (
        "oUo043",
        "en",
        "esurf_uav",
        "UAV photogrammetry (SfM) surveys of eroding riverbanks",
        "Hydraulic engineering group measuring bank erosion with drone imagery and structure-from-motion: an oblique "
        "flight with eight-photo overlap and ground control every 20 m reached about 3 cm RMSE on a 1.2 km reach surveyed "
        "eight times in a year, capturing mass failures, slump blocks and undermining.",
    ),
    (
        "oUo044",
        "vi",
        "esurf_uav",
        "Khảo sát sạt lở bờ sông bằng flycam và ảnh chụp 3D (UAV-SfM)",
        "Nhóm kỹ thuật thủy lợi nhận bay chụp bờ sông bằng UAV, dựng mô hình bề mặt số bằng kỹ thuật SfM để đo lượng bờ lùi. "
        "Cấu hình bay chéo, phủ 8 ảnh, điểm khống chế cách 20 m cho sai số khoảng 3 cm; bay lặp nhiều lần trong năm để thấy "
        "các khối sụt, hàm ếch và xói chân bờ.",
    ),
    (
        "oUo045",
        "en",
        "engineeringniche_drone",
        "Drone-based erosion monitoring and early warning",
        "Drone service for erosion management: high-resolution imagery of erosion hotspots, access to hazardous banks, "
        "repeat flights to track change, maps of erosion-prone zones, checks on whether control works are effective and "
        "early detection of erosion before major damage.",
    ),
    (
        "oUo046",
        "en",
        "libmast_uas",
        "Fixed-wing UAS surveys and DEM-of-difference for river corridors",
        "University team offering fixed-wing unmanned aircraft surveys of long river corridors (20 km surveyed several "
        "times over two years) with photogrammetric elevation models and DEMs of difference to quantify bank erosion "
        "volumes and the risk to infrastructure.",
    ),
    (
        "oUo047",
        "en",
        "msciences",
        "Scheduled aerial inspection of an active eroding bank",
        "Survey firm running scheduled drone monitoring of riverbanks that threaten buried pipelines or other assets, "
        "flown from a safe distance when the bank is too active for ground crews. Geo-referenced orthophotos trace the top "
        "of bank and measure its distance to the asset, combined with historical imagery of decades of retreat.",
    ),
    (
        "oUo048",
        "vi",
        "researcher_psi",
        "Quan trắc sụt lún đất ĐBSCL bằng InSAR Sentinel-1 (PSI)",
        "Nhóm viễn thám cung cấp dữ liệu tốc độ sụt lún 2017–2022 cho ĐBSCL từ ảnh Sentinel-1 hai quỹ đạo, xử lý bằng kỹ thuật "
        "tán xạ bền vững (PSI) cải tiến, dùng mạng cầu lớn móng sâu làm điểm tham chiếu. Lún lên tới vài cm mỗi năm, lớn gấp "
        "bội mức nước biển dâng khoảng 3,3 mm/năm; có chuỗi thời gian lún cho từng khu vực.",
    ),
    (
        "oUo049",
        "en",
        "iahs_psi",
        "Delta-wide PS-InSAR subsidence dataset for the Mekong Delta",
        "Research partners (Utrecht University, GIZ and others) provide delta-wide persistent scatterer InSAR vertical "
        "velocities for 2014 to 2019 and help combine them with field surveys and numerical models to separate the "
        "contribution of each subsidence mechanism, such as compaction and groundwater extraction.",
    ),
    (
        "oUo050",
        "vi",
        "mdpi_urban_insar",
        "Xác định nguyên nhân lún lệch đô thị bằng InSAR kết hợp khảo sát hiện trường",
        "Nhóm nghiên cứu quốc tế (Utrecht, GIZ, Karlsruhe, Padova, Deltares) kết hợp InSAR với khảo sát hiện trường để tìm "
        "nguyên nhân lún không đều ở đô thị ĐBSCL: tải trọng, độ sâu móng khác nhau, lịch sử sử dụng đất, địa tầng. Kết quả giúp "
        "khoanh vùng nhà cửa, hạ tầng nổi và ngầm có nguy cơ hư hỏng.",
    ),
    (
        "oUo051",
        "vi",
        "ctu_scada",
        "Hệ thống quan trắc tự động và điều khiển đóng mở cống từ xa",
        "Trường Đại học Cần Thơ giới thiệu hệ thống trạm đo tự động gửi mực nước, độ mặn, pH, độ đục về máy chủ; phần mềm đánh "
        "giá nguồn nước, kết hợp mô hình thủy lực đề xuất lịch đóng mở cống, sau khi cơ quan quản lý duyệt thì truyền lệnh xuống "
        "máy trạm để kích hoạt cơ cấu đóng mở. Phù hợp đề án hiện đại hóa thủy lợi ĐBSCL (Quyết định 633/QĐ-TTg năm 2020).",
    ),
    (
        "oUo052",
        "vi",
        "eda_subsidence",
        "Báo cáo và tập huấn về sụt lún đất ở ĐBSCL",
        "Chương trình hợp tác phát triển Thụy Sĩ phổ biến báo cáo 'Vấn đề dưới mặt đất': sụt lún diễn ra ở mức nào, ở đâu, "
        "nhanh lên hay chậm lại, yếu tố tự nhiên và nhân tạo tác động ra sao, và có thể làm gì để giảm thiểu; dùng cho tập huấn "
        "cán bộ địa phương.",
    ),
    (
        "oUo053",
        "vi",
        "nnmt_sutlun",
        "Đánh giá hiện trạng và nguyên nhân sụt lún đất theo địa bàn",
        "Nhóm nghiên cứu quản lý đất đai tổng hợp số liệu quan trắc trong và ngoài nước: ĐBSCL lún 1,1–2,5 cm/năm, Cà Mau 2–5 "
        "cm/năm, tăng dần từ thượng đồng bằng ra ven biển và cao ở đô thị. Nhận đánh giá sụt lún và nguyên nhân (kể cả lịch sử "
        "sử dụng đất) cho từng huyện, xã để làm căn cứ nâng cao trình đê bao, đường.",
    ),
    (
        "oUo054",
        "en",
        "usgs_mbes",
        "Multibeam echosounder surveys of river channels",
        "Hydrographic survey team using a multibeam echosounder mapping system (sonar, inertial navigation and processing "
        "computer) that sees through murky water and maps the shape of the channel bed in a fan-shaped swath, producing "
        "high-resolution maps of scour holes and bank toes.",
    ),
    (
        "oUo055",
        "vi",
        "dathop_dosau",
        "Cung cấp máy đo sâu hồi âm cho khảo sát vùng nước nông",
        "Công ty thiết bị đo đạc cung cấp và hướng dẫn sử dụng máy đo sâu hồi âm cho vùng nước nông 0–30 m như sông, hồ, kênh "
        "rạch, cửa sông; thiết bị chịu được sóng, dòng chảy, thủy triều, nước đục phù sa và đáy nhiều vật cản, thảm thực vật.",
    ),
    (
        "oUo056",
        "vi",
        "vietthanh_rtk",
        "Lập bình đồ dưới nước bằng GNSS RTK kết hợp máy đo sâu",
        "Đơn vị khảo sát nhận lập bình đồ đáy sông, kênh, hồ bằng máy GNSS RTK gắn với máy đo sâu hồi âm trên thuyền: đo cùng "
        "lúc tọa độ và độ sâu theo thời gian thực, không cần đặt mốc cố định, ra bản đồ địa hình đáy nhanh để tính khối lượng "
        "nạo vét hoặc theo dõi xói lở.",
    ),
    (
        "oUo057",
        "en",
        "gosco_bathy",
        "Bathymetric survey services: single-beam, multibeam, ADCP",
        "Survey company mapping water depth and underwater features of rivers, streams and reservoirs with single-beam "
        "and multibeam echosounders, ADCPs and sub-bottom profilers; multibeam for larger waters, single-beam for smaller "
        "ones; data viewed in real time on the boat.",
    ),
    (
        "oUo058",
        "en",
        "booksci_singlebeam",
        "Cost-effective single-beam river bathymetry design",
        "Researchers offering guidance on planning single-beam echosounder surveys of rivers: comparing cross-section and "
        "zigzag patterns, spacing thresholds and linear versus anisotropic kriging interpolation, to build bathymetry for "
        "1D and 2D hydraulic models at lower cost than multibeam.",
    ),
    (
        "oUo059",
        "en",
        "frontiers_drone_river",
        "End-to-end drone system for monitoring the state of rivers",
        "University and marine technology partners offer a drone workflow in which a U-Net network segments river and "
        "bank in the images, refined by edge detection and clustering, and repeat flights over the same area are compared "
        "to flag changes and anomalies.",
    ),
    # embankments and revetments
    (
        "oUo060",
        "vi",
        "ke_mo_han_coc",
        "Giải pháp kè mỏ hàn cọc chống sạt lở sông Tiền, sông Hậu",
        "Viện Khoa học Thủy lợi miền Nam chuyển giao giải pháp kè mỏ hàn cọc: giá thành rẻ hơn kè lát mái truyền thống, gây bồi "
        "và đẩy dòng chủ lưu ra xa bờ, phù hợp lòng sông rộng, đất bờ yếu, dân cư sát sông. Công trình áp dụng sau 15 năm vẫn "
        "hoạt động tốt; tính năng được kiểm tra bằng mô hình MIKE 3.",
    ),
    (
        "oUo061",
        "en",
        "concretemattress",
        "Articulated concrete mattress for permanent riverbank protection",
        "Manufacturer of articulated concrete mattress (ACM) with ISO 9001 production: interlocked concrete blocks on a "
        "geotextile filter resist high-velocity current, their combined mass damps wave energy and the filter stops "
        "seepage from washing out bank soil. Design support covering lateral flow erosion, waves and seepage.",
    ),
    (
        "oUo062",
        "vi",
        "concretemattress",
        "Thảm bê tông liên kết (ACM) bảo vệ mái bờ sông",
        "Nhà sản xuất thảm bê tông liên kết: các khối bê tông khóa vào nhau đặt trên lớp vải lọc địa kỹ thuật, chịu được dòng "
        "chảy mạnh, giảm năng lượng sóng và ngăn đất mái bờ bị rửa trôi do thấm. Hỗ trợ thiết kế theo cơ chế gây xói của từng "
        "đoạn bờ.",
    ),
    (
        "oUo063",
        "en",
        "shawprecast",
        "Cellular articulated concrete block revetment mats",
        "Precast producer supplying cellular articulated concrete block (ACB) mats laid on geotextile: flexible, porous "
        "revetments for concentrated flow and wave areas that follow changing ground and tolerate some settlement. Open "
        "cells let vegetation grow through, lowering velocities and softening the look.",
    ),
    (
        "oUo064",
        "en",
        "tpub_0199",
        "Design advice for concrete block mattress bank armour",
        "Streambank protection engineers advise on concrete block mattresses: safer against progressive failure than loose "
        "blocks, mechanized placing, some with built-in engineering fabric. Conservative design ignores the extra uplift "
        "resistance of connected blocks where turbulence or waves are critical, and mats are anchored to the slope.",
    ),
    (
        "oUo065",
        "vi",
        "tpub_0184",
        "Khối bê tông lát mái bờ: đúc sẵn hoặc đúc tại chỗ",
        "Cơ sở bê tông cung cấp khối lát mái bảo vệ bờ, bán khối đúc sẵn hoặc cho thuê khuôn đúc tại chỗ. Khối bê tông bền, "
        "thoát nước được, trồng cỏ xen được, lát tay được ở chỗ xe máy lớn không vào; cần lớp lọc vải hoặc cát sỏi bên dưới và "
        "lưu ý nơi sóng mạnh một khối bật ra có thể kéo theo các khối bên cạnh.",
    ),
    (
        "oUo066",
        "en",
        "cfact_0106",
        "Interlocking concrete block revetments for landowners",
        "Supplier of interlocking concrete blocks for small bank revetments: neat appearance and units light enough for a "
        "landowner to place once the slope is prepared. Requires a stable foundation and toe, high-strength concrete mixes, "
        "and care where waves run up on smooth faces.",
    ),
    (
        "oUo067",
        "vi",
        "armour_wes",
        "Gia cố mái bờ bằng đá đổ và chân khay đá",
        "Nhà thầu công trình thủy nhận gia cố bờ bằng đá hộc: rải thảm đá mái bờ, đắp chân khay đá dọc chân bờ, đào rãnh đổ đá "
        "hoặc làm 'tạp đá rơi' tự lấp hố xói. Đá đủ nặng để không bị dòng chảy cuốn, lớp lọc phía dưới giữ đất bờ; tính toán "
        "theo hướng dẫn thiết kế đá đổ bảo vệ bờ.",
    ),
    (
        "oUo068",
        "vi",
        "cutram_ke",
        "Cung cấp cừ tràm làm kè chắn sóng, giữ bờ",
        "Cơ sở cừ tràm cung cấp cừ các cỡ dùng làm móng, khoanh ao và làm kè chắn sóng giữ đất ven sông, ven biển. Hướng dẫn "
        "đóng hàng cừ, kết hợp phên và đất đắp phía sau để tiêu hao sóng, giảm xói chân bờ.",
    ),
    (
        "oUo069",
        "vi",
        "vjs_ke_tre",
        "Đội thi công kè rào tre, lưới giữ bờ kênh cho hộ dân",
        "Nhóm thợ địa phương nhận làm kè bằng rào tre kết hợp lưới và dây chằng dọc bờ sông, bờ kênh trước nhà: cọc tre cắm sâu "
        "1,4 đến hơn 2,2 m tùy độ sâu nước, giá khoảng 350.000 đồng/m, đã làm 8 công trình trên một tuyến sông, công trình dài "
        "48 m. Múc đất bồi lại phía sau kè để trồng rau; có thể thay cọc tre bằng cọc bê tông.",
    ),
    (
        "oUo070",
        "vi",
        "humg_eco_bag",
        "Kè mềm bằng bao sinh thái chống sạt lở bờ sông",
        "Trường Đại học Mỏ - Địa chất và Công ty TNHH Phát triển kỹ thuật VLXD Đại Viễn chuyển giao giải pháp kè mềm dùng bao "
        "sinh thái (bao địa kỹ thuật có thể trồng cây) chống sạt lở bờ sông, bờ biển, bờ hồ. Giải pháp đã áp dụng ở nhiều dự "
        "án, thi công nhanh, chi phí thấp hơn kè cứng, thân thiện môi trường.",
    ),
    # geotextile bags and soft embankments
    (
        "oUo071",
        "en",
        "vjol_geobag_tg",
        "Geotextile sand bag (geobag) revetment design for river banks",
        "Water resources university team designs geobag river-bank protection, developed through a pilot project in Tien "
        "Giang province: a soft, low-cost, environmentally friendly alternative to concrete and rock revetments that are "
        "expensive and hard to repair or upgrade.",
    ),
    (
        "oUo072",
        "vi",
        "softrock_geobag",
        "Cung cấp bao địa kỹ thuật (Geobag) cho kè bờ sông, bờ biển",
        "Doanh nghiệp cung cấp bao địa kỹ thuật may từ vải địa kỹ thuật, đổ cát, đất hoặc sỏi tại công trường. Xếp chồng thành "
        "lớp 'áo giáp mềm' chống xói do sóng và dòng chảy, cho nước thoát qua nhưng giữ hạt đất, chịu được lún nhỏ mà không nứt "
        "như bê tông; hợp chỗ cần xử lý nhanh.",
    ),
    (
        "oUo073",
        "en",
        "truenepal_geobag",
        "PP and PET geobags for riverbank stabilization and emergency works",
        "Manufacturer of geotextile bags in polypropylene or polyester, filled on site with local sand or soil. Used for "
        "riverbank stabilization during high water, coastal armour, dewatering and stacked retaining walls; quick to place "
        "with little machinery, cheaper than hauling rock or concrete, and can be vegetated.",
    ),
    (
        "oUo074",
        "en",
        "ptt_geotextile",
        "Geotextile revetments, sand mattresses, geotubes and coir blankets",
        "Geosynthetics producer offering bank stabilization systems: nonwoven geotextile under riprap or block armour, "
        "double-layer sand- or concrete-filled mattresses, geotubes and sand containers for steep banks and emergency "
        "repair, and coconut-fibre blankets for vegetated banks in low-flow reaches.",
    ),
    (
        "oUo075",
        "en",
        "mitacs_geobag",
        "Research on underwater stability of geobag revetments",
        "Hydraulic consultancy and university partners study how sand-filled geobags behave under river flow, building on "
        "their wide use in Bangladesh to guide braided rivers and stop erosion, to refine geobag revetment design.",
    ),
    (
        "oUo076",
        "vi",
        "sbtv_elcorock",
        "Thi công đập mỏ hàn và kè bảo vệ bờ bằng túi cát địa kỹ thuật",
        "Công ty SBTV phối hợp Công ty Nguyên Tiến Đạt thi công hệ thống đập mỏ hàn và tường kè bảo vệ bờ bằng túi cát địa kỹ "
        "thuật (từ năm 2011): tiêu hao phần lớn năng lượng sóng trước khi vào bờ, tăng bồi lắng, giữ ổn định cát; công trình "
        "đứng vững qua siêu bão Ketsana.",
    ),
    (
        "oUo077",
        "en",
        "polytechnol",
        "GeoBAG geo-containers for fluvial bank reinforcement",
        "Geosynthetics company proposes its GeoBAG geo-container to reinforce river slopes and build geosynthetic-reinforced "
        "soil walls along banks, a cheaper option than retaining walls, breakwaters or gabions for reducing lateral "
        "erosion and bed deepening.",
    ),
    (
        "oUo078",
        "vi",
        "hatangviet_tcvn",
        "Tư vấn áp dụng TCVN 9844:2013 vải địa kỹ thuật trong thi công, nghiệm thu",
        "Đơn vị tư vấn hạ tầng hướng dẫn áp dụng tiêu chuẩn quốc gia TCVN 9844:2013 về yêu cầu thiết kế, thi công và nghiệm "
        "thu vải địa kỹ thuật: chọn loại vải, thí nghiệm chỉ tiêu, trải vải dưới lớp đá, bao cát và khối bê tông bảo vệ bờ.",
    ),
    (
        "oUo079",
        "vi",
        "stabiplage",
        "Đánh giá hư hỏng và bảo dưỡng kè mềm Stabiplage",
        "Bộ môn Công trình thủy (Trường Đại học Công nghệ GTVT) đánh giá hiệu quả kè mềm công nghệ Stabiplage, tìm nguyên nhân "
        "các đoạn hư hỏng và đề xuất hoàn thiện thiết kế, thi công, bảo dưỡng cho công trình kè mềm.",
    ),
    (
        "oUo080",
        "vi",
        "ptt_geotextile",
        "Ống địa kỹ thuật, thảm cát và thảm xơ dừa gia cố bờ",
        "Nhà sản xuất vật liệu địa kỹ thuật cung cấp ống geotube, túi cát, thảm hai lớp bơm cát hoặc vữa để làm tường chắn, "
        "gia cố chân bờ dốc, sửa chữa khẩn cấp; thảm xơ dừa phủ mái để cây mọc xuyên qua ở đoạn dòng chảy yếu.",
    ),
    # plant-based bank protection
    (
        "oUo081",
        "vi",
        "vetiver_manual_vn",
        "Hướng dẫn kỹ thuật trồng cỏ Vetiver giảm nhẹ thiên tai",
        "Bộ tài liệu của Paul Truong, Trần Tân Văn và Elise Pinners (NXB Nông nghiệp, 2008): đặc điểm cỏ Vetiver (Chrysopogon "
        "zizanioides), nhân giống bằng tách khóm, túi bầu, băng cỏ, vườn ươm ở Việt Nam, nguyên lý ổn định mái dốc và cách trồng "
        "băng cỏ bảo vệ đê, bờ sông, bờ kênh.",
    ),
    (
        "oUo082",
        "en",
        "vetiver_handbook",
        "Vetiver System engineer's handbook and training for slope and bank stabilization",
        "The Vetiver Network International offers its 2008 engineer's handbook and training on using vetiver hedgerows "
        "to protect infrastructure and mitigate disasters, drawn from work in Vietnam: planting design, root strength, "
        "and where vetiver works on slopes, dykes and river banks.",
    ),
    (
        "oUo083",
        "en",
        "vetiver_slope_thai",
        "Vetiver river bank stabilization under boat waves",
        "Geotechnical engineering firm applying vetiver for slope and river bank stabilization, including large-scale "
        "work in fresh and brackish water in the Mekong Delta where banks are hit by waves from motorised boats. Root "
        "strength tests and flume data support channel and flood erosion design.",
    ),
    (
        "oUo084",
        "vi",
        "annhon_vetiver",
        "Cung cấp giống cỏ Vetiver trồng chống xói lở",
        "Cơ sở giống cung cấp cỏ Vetiver dạng bụi, rễ phát triển nhanh, năm đầu ăn sâu 3–4 m; trồng dày thành hàng rào chống "
        "dòng chảy xiết, hạn chế xói mòn. Chịu nhiệt độ 22–55°C, pH 3,5–12,5, chịu hạn và ngập; giống nhập từ Philippin, Thái "
        "Lan, thường không ra hoa kết hạt nên không thành cỏ dại.",
    ),
    (
        "oUo085",
        "vi",
        "danang_vetiver",
        "Kè mềm cỏ Vetiver kết hợp vật liệu khác bảo vệ bờ sông",
        "Nhóm Đại học Bách khoa - Đại học Đà Nẵng và Viện Khoa học Thủy lợi miền Nam thiết kế kè mềm: cỏ Vetiver kết hợp vật "
        "liệu khác để bảo vệ bờ sông, đã áp dụng ở xã Hòa Phong (Đà Nẵng) hạ lưu Vu Gia - Thu Bồn, hiệu quả kỹ thuật và chi phí.",
    ),
    (
        "oUo086",
        "vi",
        "vietlinh_dua_nuoc",
        "Tư vấn trồng cây, cỏ chống sạt lở bờ kênh rạch tốc độ thấp",
        "Chuyên gia Viện Khoa học Thủy lợi miền Nam tư vấn chọn giải pháp theo tốc độ sạt lở: trồng cây, cỏ chỉ hiệu quả nơi "
        "sạt dưới 2 m/năm như sông nhỏ, kênh rạch nội đồng, bãi bồi cồn. Danh mục cây chắn sóng giữ mé: dừa nước, gừa, lau, sậy, "
        "bần, cỏ nga, mái dầm, ô rô, điên điển…; hướng dẫn kết hợp với vật liệu tại chỗ.",
    ),
    (
        "oUo087",
        "vi",
        "tckttv_ke_sinh_thai",
        "Hướng dẫn làm kè sinh thái tre gai, lưới mành và dừa nước",
        "Mô hình kè sinh thái của nông dân được phổ biến: cắm gốc tre gai (chi phí gần 2 triệu đồng) làm cừ, đóng lưới mành vào "
        "thân tre tới lớp bùn, neo dây vào trụ trên bờ, rồi trồng trái dừa nước ươm sẵn phía trong. Lưới mành giảm sóng xuồng "
        "máy, cây lớn lên giữ đất lâu dài.",
    ),
    (
        "oUo088",
        "en",
        "qdnd_nipa",
        "Nipa palm planting for riverbank erosion control",
        "Agricultural extension engineers help households plant nipa palms along riverbanks; in Ca Mau hundreds of "
        "households planted about 10 km in two years. Nipa grows fast in salt and fresh water and protects banks better "
        "than bare embankments; seedlings and planting guidance provided.",
    ),
    (
        "oUo089",
        "en",
        "intechopen_bioeng",
        "Streambank soil bioengineering design",
        "University researchers (Federal University of Sergipe) design soil bioengineering works for eroding tropical "
        "river banks: live plant material and abundant local materials instead of expensive rockfill, restoring riparian "
        "vegetation whose roots bind low-cohesion soil and cut erosion and channel sedimentation.",
    ),
    (
        "oUo090",
        "en",
        "ijeast_coir",
        "Coconut coir geotextile with vetiver for erosion control",
        "Civil engineering researchers (Visayas State University) tested coconut-fibre geotextile meshes of 0.5, 1.0 and "
        "1.5 inch planted with vetiver on slopes using erosion pins, and offer the method as a low-cost bioengineering "
        "measure.",
    ),
    (
        "oUo091",
        "vi",
        "lucbinh_tam_binh",
        "Mô hình trồng lục bình chắn sóng tàu, chống sạt bờ kênh",
        "Kinh nghiệm huyện Tam Bình (Vĩnh Long) trên sông Cái Ngang, rạch Ngã Cạy, kênh Xẻo Bứa…: nuôi thảm lục bình dọc bờ để "
        "chắn sóng tàu ghe, giảm sạt lở, đồng thời thu cọng lục bình bán làm hàng thủ công tăng thu nhập. Hướng dẫn cách làm "
        "khung giữ và quản lý thảm lục bình.",
    ),
    (
        "oUo092",
        "en",
        "vietlinh_vetiver",
        "Vetiver planting on dykes: low-cost protection programme",
        "Dyke management experience: vetiver planted at dyke and embankment sites cost about one thirtieth of stone "
        "revetment (300 m for 17 million VND); grass must be tended during the first three months. Offered as a model "
        "for communes protecting dykes and river banks.",
    ),
    (
        "oUo093",
        "vi",
        "qdnd_nipa",
        "Cung cấp cây giống dừa nước trồng ven sông, kênh chống sạt lở",
        "Kỹ sư nông nghiệp cung cấp cây giống và hướng dẫn trồng dừa nước dọc bờ sông kênh; dừa nước mọc nhanh trong cả nước mặn "
        "và nước ngọt, giữ đất tốt. Ở Cà Mau hàng trăm hộ đã trồng khoảng 10 km bờ sông trong hai năm.",
    ),
    (
        "oUo094",
        "en",
        "thongtin_ke_tre",
        "Bamboo fence-and-net bank protection crew",
        "Local builders protect canal and river banks in front of houses with bamboo fences, nets and tie ropes: bamboo "
        "stakes driven 1.4 to over 2.2 m depending on depth, about 350,000 VND per metre, eight jobs done on one river, "
        "the latest 48 m long. Soil is placed back behind the fence for vegetable beds; concrete piles can replace bamboo.",
    ),
    # sluice gates and small locks
    (
        "oUo095",
        "vi",
        "cong_tu_dong_tltk",
        "Nghiên cứu, thiết kế cống tự động vùng triều ĐBSCL",
        "Viện Khoa học Thủy lợi miền Nam và Cục Quản lý xây dựng công trình chuyển giao kết quả nghiên cứu cống tự động vùng "
        "triều theo yêu cầu Nghị quyết 120 của Chính phủ, tái cơ cấu nông nghiệp và biến đổi khí hậu: tổng quan các thế hệ cống "
        "cửa tự động và kiểu cống mới cho vùng triều.",
    ),
    (
        "oUo096",
        "vi",
        "trithuc_cong",
        "Thiết kế cống lộ thiên cửa van đóng mở tự động theo thủy triều",
        "Chuyên gia thủy công thiết kế cống lộ thiên cửa van tự động theo triều để ngăn mặn, xả lũ, trữ ngọt: cải tiến ngưỡng "
        "cống, kết cấu nối tiếp hạ lưu (sân sau thứ hai, hố phòng xói) cho nền đất và thủy lực ĐBSCL; mở rộng khoang 20–40 m "
        "và hướng tới tự động hóa vận hành.",
    ),
    (
        "oUo097",
        "en",
        "rach_mop",
        "Hydraulic-cylinder steel sluice gates with automatic monitoring and control",
        "Irrigation construction board delivering salinity sluices with steel gates driven by hydraulic cylinders and an "
        "automatic monitoring and control system, such as the Rach Mop sluice (85 m waterway, two 35 m chambers and a 15 m "
        "boat lock, over VND 500 billion).",
    ),
    (
        "oUo098",
        "vi",
        "rach_mop",
        "Cống ngăn mặn có âu thuyền, cửa van thép xi lanh thủy lực",
        "Ban quản lý đầu tư xây dựng thủy lợi giới thiệu kiểu cống kết hợp âu thuyền: cửa van thép đóng mở bằng xi lanh thủy "
        "lực, hệ thống giám sát và điều khiển tự động, âu thuyền cho ghe tàu qua lại khi cống đóng ngăn mặn (như cống Rạch Mọp: "
        "khoang 85 m, hai khoang 35 m, âu 15 m).",
    ),
    (
        "oUo099",
        "en",
        "nguyen_tan_thanh",
        "Salinity sluice with automated ship lock",
        "Irrigation board experience from the Nguyen Tan Thanh sluice: a 40 m reinforced concrete gate with steel doors "
        "on hydraulics and a 150 m long, 12 m wide ship lock with automated controls, finished ahead of schedule and "
        "replacing costly temporary dykes for about 100,000 ha.",
    ),
    (
        "oUo100",
        "en",
        "iahr_caisson",
        "Caisson sluice structures for salt intrusion control",
        "Delft-trained researchers propose multi-unit caisson sluices for retaining fresh water and stopping salt "
        "intrusion in larger Mekong rivers and estuaries, instead of traditional pier-type sluices on batter piles, to "
        "overcome cost and construction drawbacks of local designs.",
    ),
    (
        "oUo101",
        "vi",
        "khcnn_cong",
        "Hai cống một chiều đầu và cuối kênh cấp thoát nước vùng nuôi",
        "Giải pháp hạ tầng thủy lợi cho vùng nuôi trồng thủy sản: xây hai cống một chiều ở đầu và cuối kênh chung; triều lên "
        "cống đầu mở cho nước sạch vào, cống cuối đóng; triều rút cống đầu đóng, cống cuối mở cho ao xả ra, tạo dòng chảy một "
        "chiều trong kênh, tách nước cấp và nước thải.",
    ),
    (
        "oUo102",
        "vi",
        "cong_khau_dien",
        "Tính toán khẩu diện và kỹ thuật cống vùng triều đa mục tiêu",
        "Chuyên gia Bộ Nông nghiệp và PTNT tư vấn kỹ thuật cống vùng triều phục vụ cả nông nghiệp và nuôi trồng thủy sản ven "
        "biển: nhiệm vụ ngăn mặn, tiêu chua úng, cấp nước; xác định khẩu diện cống theo biên độ triều (biển Đông tới 3,5 m, biển "
        "Tây khoảng 1 m) và chất lượng nước.",
    ),
    (
        "oUo103",
        "vi",
        "cokhisaoviet",
        "Gia công, lắp đặt cửa cống ngăn mặn",
        "Xưởng cơ khí chuyên dụng gia công cửa cống ngăn mặn cho đồng bằng sông Cửu Long: cửa thép chắn ngang kênh rạch để hạn "
        "chế triều cường đưa mặn vào, giữ nước ngọt cho sinh hoạt, tưới tiêu; nhận sản xuất theo kích thước cống.",
    ),
    (
        "oUo104",
        "en",
        "cokhisaoviet",
        "Fabrication of steel gates for small salinity-control sluices",
        "Mechanical workshop fabricating and installing steel gates for salinity-control sluices and small dams across "
        "Mekong Delta canals, keeping out tidal salt water and holding fresh water for households and irrigation; made "
        "to the size of each sluice.",
    ),
    (
        "oUo105",
        "en",
        "cai_lon_ops",
        "Sluice operation planning by salinity thresholds",
        "Sluice operators advise on opening and closing gates by measured salinity and tide: full closure when 1 per mille "
        "water reaches deep inland, partial opening to serve farming and boat traffic, review with local authorities when "
        "salinity exceeds 3 per mille, and timely opening to flush and limit pollution.",
    ),
    (
        "oUo106",
        "vi",
        "nam_mang_thit_qt",
        "Lập quy trình vận hành hệ thống công trình thủy lợi",
        "Đơn vị tư vấn thủy lợi lập quy trình vận hành hệ thống cống, kênh theo Luật Thủy lợi 2017 và Thông tư 05/2018/TT-"
        "BNNPTNT, như quy trình vận hành hệ thống Nam Măng Thít ban hành kèm Quyết định 829/QĐ-BNN-TCTL năm 2021: ngưỡng mực "
        "nước, độ mặn, trách nhiệm các bên khi đóng mở cống.",
    ),
    (
        "oUo107",
        "en",
        "evn_tg_sluice",
        "Permanent sluice gates to replace seasonal temporary dams",
        "Design consultancy for permanent salinity sluices on river branches, as in Tien Giang where six sluices (VND 880 "
        "billion) replace eight temporary dams that cost VND 45 billion each dry season; stores fresh water for 128,000 ha "
        "and 1.1 million people.",
    ),
    # sand mining rules
    (
        "oUo108",
        "vi",
        "tuvanluat",
        "Tư vấn thủ tục cấp phép khai thác cát sỏi lòng sông",
        "Công ty luật tư vấn hồ sơ cấp phép khai thác cát, sỏi lòng sông: khái niệm cát sỏi lòng sông, nội dung giấy phép, "
        "trường hợp bị coi là trái phép (giấy phép hết hạn, không xuất trình được, vượt hạn mức, vượt khu vực). Năm 2023 riêng "
        "sông Hồng có 58 tàu khai thác trái phép 21.000 m3 cát.",
    ),
    (
        "oUo109",
        "vi",
        "trithucvn_phat",
        "Tư vấn mức xử phạt khai thác cát gây sạt lở",
        "Luật sư tư vấn các mức phạt hành chính với khai thác cát sỏi: 30–40 triệu đồng nếu gây sạt lở lòng, bờ, bãi sông; 100–"
        "300 triệu đồng khi vượt ranh giới được phép 50% đến dưới 100% hoặc sâu quá 2–5 m; 300–500 triệu đồng khi vượt từ 100% "
        "hoặc sâu quá từ 5 m; kèm trách nhiệm hình sự.",
    ),
    (
        "oUo110",
        "vi",
        "doisong_nd36",
        "Phổ biến Nghị định 36/2020 về xử phạt khai thác cát trái phép",
        "Tổ tư vấn pháp luật phổ biến Nghị định 36/2020/NĐ-CP: phạt 30–40 triệu đồng khi khai thác cát không đúng phương án "
        "được chấp thuận hoặc không tạm dừng khi thấy sạt lở bờ; tịch thu ghe, dụng cụ bơm hút; hướng dẫn người dân phối hợp "
        "với cảnh sát đường thủy khi phát hiện hút cát ban đêm.",
    ),
    (
        "oUo111",
        "vi",
        "nd23_dieu15",
        "Tư vấn phương án khai thác cát đáp ứng yêu cầu bảo vệ lòng, bờ, bãi sông",
        "Công ty tư vấn pháp lý - kỹ thuật lập phương án khai thác cát sỏi lòng sông theo Điều 15 Nghị định 23/2020/NĐ-CP: ranh "
        "giới khai thác cách mép bờ một khoảng an toàn tối thiểu theo chiều rộng sông và độ ổn định bờ, độ dốc đáy tuyến khai "
        "thác tương đương độ dốc tự nhiên, độ sâu không tạo hố xoáy; cảnh báo mức phạt khi làm ảnh hưởng kè bờ.",
    ),
    (
        "oUo112",
        "en",
        "esurf_sand",
        "Satellite tracking of sand barges to estimate sand extraction volumes",
        "Geomorphology researchers map and monitor riverbed sand extraction from 5 m PlanetScope monthly composites by "
        "tracking sand barges; on the lower Mekong in Cambodia extraction rose from about 24 Mt in 2016 to 59 Mt in 2020, "
        "far above natural supply, giving authorities independent volume estimates.",
    ),
    (
        "oUo113",
        "vi",
        "esurf_sand",
        "Giám sát khai thác cát lòng sông bằng ảnh vệ tinh",
        "Nhóm nghiên cứu địa mạo dùng ảnh vệ tinh PlanetScope độ phân giải 5 m tổng hợp theo tháng, đếm và theo dõi sà lan hút "
        "cát để ước tính khối lượng khai thác; ví dụ ở Campuchia khối lượng tăng từ khoảng 24 triệu tấn (2016) lên 59 triệu "
        "tấn (2020), vượt xa lượng cát tự nhiên bổ sung.",
    ),
    (
        "oUo114",
        "en",
        "mekongeye",
        "Investigative reporting and community documentation of sand mining impacts",
        "Regional journalism network documents sand mining along the Mekong and its toll on riverside households (in Dong "
        "Thap a 72-year-old resident moved house twice as dredgers took sand nearby) and supports communities in recording "
        "evidence for authorities.",
    ),
    (
        "oUo115",
        "en",
        "key8_sand",
        "Deep-learning satellite mapping of sand mining in the Lower Mekong",
        "Researchers from Newcastle and Wageningen universities use satellite imagery and deep learning to map sand "
        "mining; combined estimates put Lower Mekong extraction from Cambodia and Vietnam near 100 million tonnes a year, "
        "well above the 2013 figures.",
    ),
    # boats on canals
    (
        "oUo116",
        "en",
        "boatwakes_home",
        "Boat wake erosion cost estimates for waterway users",
        "Advocacy group publishing estimates of bank loss from boat wakes: about 8 square feet of shoreline per gallon of "
        "fuel and 50 square feet per hour at 20 mph, with land-cost equivalents, to support speed rules on rivers and "
        "canals.",
    ),
    (
        "oUo117",
        "en",
        "boatwakes_b",
        "Field measurement of boat-wake bank erosion per passage",
        "Review of field studies measuring bank erosion per boat passage by sediment suspension, e.g. a 7.5 m boat on a "
        "cohesive clay-silt levee eroding about four thousandths of an inch per pass at 27 mph and a quarter of that at 7 "
        "mph; methods can be replicated on local canals.",
    ),
    (
        "oUo118",
        "en",
        "archipelago_wake",
        "'Watch your wake' speed rules and shoreline campaign",
        "Marina association campaign material: a 10 km/h limit within 30 m of shore, and evidence that a wave of 12.5 cm "
        "reaching shore does little damage, achieved by keeping speed under 10 km/h; signage and leaflets for operators.",
    ),
    (
        "oUo119",
        "en",
        "boatsmart",
        "Boat operator training on wake and wash",
        "Boating safety course module teaching operators that they are responsible for their wake and wash, how to adjust "
        "speed near docks, small boats, anchored vessels and shorelines, and provincial 10 km/h limits within 30 m of shore.",
    ),
    (
        "oUo120",
        "vi",
        "boatwakes_c",
        "Tư vấn phân vùng giới hạn tốc độ trên sông, kênh để giảm sạt bờ",
        "Tổng hợp kinh nghiệm quốc tế về đo xói lở bờ theo thời gian: ở Norfolk Broads (Anh) sông mở rộng 5 cm/năm (1883–1946) "
        "rồi 21 cm/năm (1946–1976) khi tàu nhanh tăng; đến 1979 mọi tuyến áp giới hạn 7 dặm/giờ, chủ cho thuê chỉnh máy không "
        "vượt mức này. Tư vấn xây dựng quy định tốc độ cho từng đoạn kênh.",
    ),
    (
        "oUo121",
        "en",
        "wildgreatlakes",
        "Wake-boat operating distance and depth guidance",
        "Study summary for regulators: wake surf boats have minimal impact if run 200 ft from shore in at least 10 ft of "
        "water, and motor craft should not plane in water under 10 ft to limit turbidity and shoreline erosion.",
    ),
    (
        "oUo122",
        "vi",
        "rosieyatch",
        "Đánh giá tác động sóng tàu đến xói lở bờ và giải pháp giảm sóng",
        "Nhóm khảo sát đánh giá sóng do tàu thuyền gây ra: sóng chỉ cao khoảng 10 cm đã làm biến đổi mái bờ cát bùn không có thực "
        "vật, sóng 30 cm gây xói mạnh, nhất là khi trùng triều cao; chu kỳ sóng tàu tới 8 giây so với sóng gió 2 giây. Đề xuất "
        "hạn chế tốc độ và trồng thực vật ven bờ.",
    ),
    (
        "oUo123",
        "en",
        "ke_mo_han_coc",
        "Pile groyne solution for eroding banks of the Tien and Hau rivers",
        "Southern Institute of Water Resources Research transfers its pile-groyne design: cheaper than bank revetment, "
        "pushing the main current away from weak banks where houses crowd the river; schemes built 15 years ago still "
        "work, with performance checked in a MIKE 3 model.",
    ),
    (
        "oUo124",
        "en",
        "humg_eco_bag",
        "Soft embankment with ecological bags for river and coastal erosion",
        "Hanoi University of Mining and Geology with Dai Vien construction-materials company offer soft embankments made "
        "of ecological geotextile bags that can be planted, already used in several projects against river, lake and "
        "coastal erosion, faster and cheaper than rigid revetments.",
    ),
    (
        "oUo125",
        "en",
        "ctu_scada",
        "Automatic water monitoring stations with remote sluice gate control",
        "Can Tho University system: automatic stations send water level, salinity, pH and turbidity to a server; software "
        "combined with a hydraulic model proposes a gate schedule, which after approval is sent to field stations that "
        "drive the gate actuators. Fits the Mekong irrigation modernisation plan (Decision 633/QD-TTg, 2020).",
    ),
    (
        "oUo126",
        "en",
        "soha_cung_hoa",
        "Hardening dredged canal mud as a sand substitute for fill and dykes",
        "Institute of Hydraulic Construction (Vietnam Academy for Water Resources) offers materials and equipment from a "
        "national project that hardens dredged canal mud for site levelling and dyke building instead of construction "
        "sand, with pilots planned for dykes in Ca Mau or the wider Mekong Delta.",
    ),
    # distractors: neighbouring fields sharing words with the needs
    (
        "oUo127",
        "vi",
        "tranthach_cat",
        "Cung cấp cát san lấp, cát đắp nền theo tiêu chuẩn",
        "Đại lý vật liệu xây dựng cung cấp cát san lấp mặt bằng, cát đắp nền đạt tiêu chuẩn, báo giá theo khối giao tận công "
        "trình.",
    ),
    (
        "oUo128",
        "en",
        "theasengineers_bfp",
        "Belt filter press for wastewater treatment sludge",
        "Engineering firm supplying belt filter presses for municipal wastewater plants: conditioned sludge is squeezed "
        "between porous belts and rollers into a cake, with advice on whether further drying is needed for disposal.",
    ),
    (
        "oUo129",
        "vi",
        "bongsenvang_hdpe",
        "Thi công màng chống thấm HDPE lót hồ nuôi tôm",
        "Công ty thi công màng HDPE lót đáy và bờ ao nuôi tôm: chống thấm, giữ mực nước ổn định, hạn chế mầm bệnh, tôm ít hao "
        "hụt; quy trình ba bước chuẩn bị mặt bằng, trải màng, hàn nối.",
    ),
    (
        "oUo130",
        "en",
        "vetivergrassuk_oil",
        "Vetiver essential oil for perfumery and aromatherapy",
        "Supplier of vetiver root oil: about 90% of Western perfumes contain it, world output roughly 250 tonnes a year, "
        "best oil from 18 to 24 month old roots that are washed, chopped and steam-distilled for up to 24 hours.",
    ),
    (
        "oUo131",
        "vi",
        "safimex_hyacinth",
        "Thu mua lục bình khô, gia công hàng thủ công mỹ nghệ",
        "Công ty xuất khẩu hàng thủ công thu mua lục bình phơi khô và giao hàng gia công tại nhà: đan giỏ, khay, thảm, rương, "
        "giỏ hoa; người mới học nửa tháng là làm được, thợ lâu năm làm 4–5 sản phẩm mỗi ngày.",
    ),
    (
        "oUo132",
        "en",
        "vnplus_hyacinth",
        "Water hyacinth handicrafts for export",
        "Craft cooperative weaving dried long-stem water hyacinth into mats, carpets, baskets, handbags and hats for "
        "export to Japan, the US, Germany and Denmark.",
    ),
    (
        "oUo133",
        "vi",
        "danviet_drone",
        "Dịch vụ phun thuốc bảo vệ thực vật bằng máy bay không người lái",
        "Hợp tác xã nhận phun thuốc BVTV bằng drone nông nghiệp: khoảng 30 phút xong 1 ha lúa, người điều khiển đứng trên bờ; "
        "máy giá khoảng 400–500 triệu đồng, làm dịch vụ cho bà con trong vùng.",
    ),
    (
        "oUo134",
        "vi",
        "thietbi_do_man",
        "Máy đo độ mặn cầm tay cho nông nghiệp và thủy sản",
        "Cửa hàng thiết bị kỹ thuật bán máy đo độ mặn (‰, ppt) để kiểm tra nước tưới, nước ao nuôi, đất; phân biệt nước ngọt "
        "dưới 0,5 ppt, nước lợ 0,5–30 ppt, nước mặn 30–50 ppt; hướng dẫn sử dụng và lưu ý khi đo.",
    ),
    (
        "oUo135",
        "en",
        "drg_sand_wash",
        "Sand washing and screening plants",
        "Machinery maker selling plants that wash and grade natural or crushed sand for concrete, asphalt and plaster: "
        "feeding, vibrating screens, log or screw washers, hydrocyclones and dewatering screens.",
    ),
    (
        "oUo136",
        "en",
        "hz_geotextile_road",
        "Geotextiles for road construction and pavement life",
        "Geotextile supplier for roads: separation fabric between soft subgrade and aggregate base, filtration and "
        "drainage, reinforcement of weak soils and paving fabrics that stop reflective cracking.",
    ),
    (
        "oUo137",
        "vi",
        "baokhanhhoa_may_tau",
        "Sửa chữa, bảo trì máy tàu cá",
        "Tiệm sửa máy tàu cá nhận bảo trì, thay bạc, vệ sinh piston, lắp máy Yanmar 450–700 CV cho tàu cá trước mùa biển, ra "
        "khơi ứng cứu tàu hỏng máy.",
    ),
    (
        "oUo138",
        "en",
        "baophutho_coconut",
        "Organic green coconut seedlings and VietGAP support",
        "Coconut growers' project on a Tien River islet (over 200 ha of drinking coconut, 150 ha with growing-area codes) "
        "offering Xiem green coconut seedlings and organic growing methods for export markets.",
    ),
    (
        "oUo139",
        "en",
        "frontiers_mangrove",
        "Commune-level mapping of coastal mangrove restoration",
        "Research team using WorldView-2 images to map coastal mangrove change in seven Mekong Delta provinces (79,593 ha "
        "in 2015 to 90,777 ha in 2020) and assess restoration potential.",
    ),
    (
        "oUo140",
        "en",
        "mdpi_life_offshore",
        "Monitoring detached offshore breakwaters for mangrove coasts",
        "University team assessing whether emergent detached offshore structures increase mangrove vegetation on eroding "
        "coasts, using shoreline change and vegetation index analysis with ground truthing.",
    ),
    (
        "oUo141",
        "vi",
        "namdinh_de_bien",
        "Nâng cao chất lượng quản lý tuyến đê biển",
        "Nghiên cứu giải pháp nâng cao chất lượng quản lý, duy tu tuyến đê biển (trường hợp tỉnh Nam Định) cho ban quản lý đê "
        "điều.",
    ),
    (
        "oUo142",
        "vi",
        "bavutex_bai_boi",
        "Giải pháp đo đạc địa hình bãi bồi ven biển",
        "Tổng công ty Tài nguyên và Môi trường giới thiệu giải pháp công nghệ đo đạc địa hình khu vực bãi bồi ven biển để xây "
        "dựng cơ sở dữ liệu địa lý tỷ lệ lớn phục vụ quy hoạch, quản lý tài nguyên.",
    ),
    (
        "oUo143",
        "en",
        "tapchigt_ukc",
        "Under-keel clearance assessment for seagoing ship channels",
        "Maritime engineering review of methods to set under-keel clearance for ships over 20,000 DWT in approach "
        "channels that are not dredged to design depth, recommending a method for Vietnamese ports.",
    ),
    (
        "oUo144",
        "vi",
        "tvla_bun_loang",
        "Xác định đáy chạy tàu khi có bùn loãng ở luồng hàng hải",
        "Luận án nghiên cứu xác định đáy chạy tàu hợp lý (nautical bottom) tại các luồng hàng hải có lớp bùn loãng ở Việt Nam, "
        "giúp cảng biển giảm khối lượng nạo vét luồng tàu biển.",
    ),
    (
        "oUo145",
        "vi",
        "nongnghiep_dongnai_ho",
        "Vận hành hồ chứa nước đa mục tiêu",
        "Công ty khai thác công trình thủy lợi chia sẻ kinh nghiệm vận hành hồ chứa: cắt lũ đầu mùa mưa, cấp khoảng 20 triệu "
        "m3 nước cho công nghiệp, sinh hoạt và tưới 15.000 ha.",
    ),
    (
        "oUo146",
        "vi",
        "dantoc_cap_nuoc",
        "Nâng cấp trạm cấp nước sạch nông thôn vùng hạn mặn",
        "Đơn vị cấp nước nhận nâng cấp, mở rộng trạm cấp nước sạch cho xã vùng hạn mặn, như trạm xã Long Sơn cấp cho 1.720 hộ.",
    ),
    (
        "oUo147",
        "vi",
        "tv196_nuoc_thai",
        "Đánh giá khả năng tiếp nhận nước thải của sông, kênh",
        "Tư vấn môi trường đánh giá khả năng tiếp nhận nước thải, sức chịu tải của sông nội tỉnh, kênh trục và kênh cấp 1 theo "
        "Luật Tài nguyên nước và Luật Bảo vệ môi trường, phục vụ cấp phép xả thải.",
    ),
    (
        "oUo148",
        "en",
        "tailieuhoc_tom_cat",
        "Design of shrimp pond systems on coastal sand",
        "Aquaculture engineers design shrimp ponds on coastal sand with salt and fresh water supply lines and wastewater "
        "treatment ponds, where pond beds sit above sea level and banks are sand.",
    ),
    (
        "oUo149",
        "vi",
        "tailieuebook_tom_the",
        "Bố trí hệ thống cấp, thoát nước cho vùng nuôi tôm thẻ",
        "Đề xuất bốn mô hình bố trí kênh cấp, kênh tiêu, ao lắng, ao xử lý tập trung hoặc phân tán cho vùng nuôi tôm thẻ chân "
        "trắng năng suất 10–20 tấn/ha/vụ, hạn chế ô nhiễm và lây lan dịch bệnh.",
    ),
    (
        "oUo150",
        "en",
        "kiengiang_aquapark",
        "Water supply planning for an intensive aquaculture park",
        "Hydraulic institute plans salt and fresh water supply works for a 3,000 ha aquaculture park targeting 35 to 40 "
        "tonnes per hectare.",
    ),
    (
        "oUo151",
        "vi",
        "kenh_noi_tieu_can",
        "Thi công kênh bê tông nổi cấp nước vùng gò cao",
        "Nhà thầu thủy lợi thi công kênh bê tông nổi cấp nước cho ruộng gò cao khô hạn: kênh chính gần 1.650 m và 18 nhánh, "
        "tổng hơn 6.700 m, phục vụ hơn 345 ha.",
    ),
    (
        "oUo152",
        "en",
        "vnnews_soai_rap",
        "Estuary-scale tidal sluice to curb urban flooding",
        "University proposal for a 1 km wide tidal sluice across a 3 km estuary to regulate tides, salinity and flooding "
        "for a metropolitan area, with seasonal opening widths and coordination with upstream reservoirs.",
    ),
    (
        "oUo153",
        "vi",
        "lu_de_bao",
        "Mô phỏng ngập lũ ĐBSCL theo kịch bản bao đê",
        "Viện Khoa học Thủy lợi miền Nam mô phỏng chế độ ngập lũ ứng với các tỷ lệ bao đê khác nhau (lũ 2011) để định hướng "
        "phát triển đê bao vùng ngập sâu.",
    ),
    (
        "oUo154",
        "vi",
        "luatbacninh_xoa_dk",
        "Dịch vụ làm thủ tục xóa đăng ký phương tiện thủy nội địa",
        "Văn phòng luật nhận làm trình tự, thủ tục xóa đăng ký phương tiện thủy nội địa cho chủ ghe, tàu.",
    ),
    (
        "oUo155",
        "en",
        "trevi_beltpress",
        "Belt press dewatering for manure, digestate and sludge",
        "Water technology firm installing belt presses after gravity thickening and polymer conditioning to dewater "
        "biological sludge, manure and digestate, cutting disposal costs.",
    ),
    (
        "oUo156",
        "vi",
        "cand_may_bom",
        "Máy đa năng bơm nước, tời lúa tự chế",
        "Nông dân sáng chế từ phế liệu xe máy các máy nông nghiệp: máy đa năng bơm nước và tời lúa, máy thái chuối, băm bèo, "
        "máy băm đất, máy cấy không động cơ.",
    ),
    (
        "oUo157",
        "vi",
        "ihrce_song_duong",
        "Mô hình vật lý chỉnh trị cửa sông",
        "Viện nghiên cứu thủy lực thí nghiệm trên mô hình vật lý để chọn giải pháp công trình chỉnh trị cửa sông Đuống.",
    ),
]
