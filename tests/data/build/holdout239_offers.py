"""Offers of the holdout239 set: (id, language, source key, title, description)."""

OFFERS = [
    # landings, pontoons, ramps, riverbank
    (
        "rGo001",
        "en",
        "floatdock_wiki",
        "Modular floating pontoon landings for river boat stops",
        "We build landing stages that sit on airtight pontoons and connect to the bank by a hinged gangway. The stage is "
        "held by vertical piles or anchored cables, so its deck stays at the same height relative to the boat whatever "
        "the tide or river level; only the gangway slope changes.",
    ),
    (
        "rGo002",
        "vi",
        "floatdockshop",
        "Cầu tàu nổi bằng phao nhựa bọc xốp cho bến đò, bến xuồng",
        "Chúng tôi cung cấp sàn cầu tàu đặt trên phao nhựa bọc xốp, nối với bờ bằng cầu dẫn tựa trên con lăn để tự trượt "
        "theo mực nước lên xuống. Sàn được giữ bằng cọc đứng cắm xuống đáy hoặc cáp neo; phù hợp cho bến xuồng, đò nhỏ.",
    ),
    (
        "rGo003",
        "en",
        "ferryslip",
        "Ferry slip design with adjustable apron ramp",
        "Design of ferry slips for loading passengers and vehicles: berths closed on three sides with a single way in, "
        "in F, T, L or U layouts, and an adjustable apron (on the slip or on the ferry) that follows water height and load "
        "and swings clear while the ferry approaches and leaves.",
    ),
    (
        "rGo004",
        "vi",
        "linkspan_wartsila",
        "Cầu dẫn điều chỉnh (linkspan) cho bến phà chở ô tô",
        "Tư vấn và cung cấp các dạng cầu dẫn nối bến với ram của phà: ram di động gắn bản lề vào bến, phao nổi có cầu bản "
        "lề vào bờ, ram bán nổi, và lối đi hành khách gồm đoạn cố định và đoạn di động; có loại hai tầng cho phà nhiều boong.",
    ),
    (
        "rGo005",
        "en",
        "linkspan_wikimili",
        "Linkspan height control for tidal ferry berths",
        "Engineering of linkspans: a ramp hinged at the quay whose free end is raised or lowered by hydraulic rams or "
        "cables so it meets the ferry's car deck at any tide; stern fenders absorb the berthing impact; a submerged-tank "
        "type copes with up to about 2 m of vertical movement for small ferries in exposed berths.",
    ),
    (
        "rGo006",
        "vi",
        "anbinh_tam",
        "Thi công cầu tạm, bến tạm cho bến khách ngang sông",
        "Đơn vị xây dựng nhận thiết kế và thi công cầu tạm phục vụ bến phà khi phải dời bến (như dời khoảng 400 m), có làn "
        "riêng cho xe lên xuống, hoàn thiện để nghiệm thu đưa vào khai thác mà không gián đoạn việc qua sông của người dân.",
    ),
    (
        "rGo007",
        "en",
        "anbinh_vn",
        "Boarding barriers and queue lanes for ferry ramps",
        "Swing barriers fitted at the ferry's bow ramp that stay shut until every vehicle has driven off, with marked "
        "queue lanes and signs barring cars on passenger-only ferries. Aimed at crossings where motorbikes rush aboard "
        "before the ferry has stopped and riders stand on the ramp, with tens of thousands of trips a day.",
    ),
    (
        "rGo008",
        "vi",
        "ke_hongngu",
        "Quan trắc lòng sông và cảnh báo sạt lở khu vực bến phà, bờ kè",
        "Đo sâu định kỳ, so sánh cao độ lòng sông qua các năm (có nơi hạ thấp 8–10 m so với năm 2012), phát hiện sớm sụt "
        "lún vỉa hè và chân kè gần bến phà, khuyến nghị phong tỏa, gia cố khẩn cấp bằng bao cát và phương án xử lý lâu dài.",
    ),
    (
        "rGo009",
        "en",
        "ke_binhthanh",
        "Revetment repair and toe protection for riverbanks",
        "We diagnose repeated slumping of river embankments (typical failures of 30–100 m on schemes of about 850 m) and "
        "rebuild the toe, slope paving, railings, pavement and drainage so the revetment stops tilting towards the river.",
    ),
    (
        "rGo010",
        "vi",
        "satlo_angiang",
        "Khảo sát ảnh hưởng dòng chảy đến sạt lở bờ sông",
        "Nhóm nghiên cứu nhận đo đạc vận tốc, hướng dòng chảy ven bờ sông lớn, đánh giá nguyên nhân và mức nguy cơ sạt lở "
        "cho từng đoạn bờ, đề xuất giải pháp phòng chống cho khu dân cư và công trình ven sông.",
    ),
    (
        "rGo011",
        "vi",
        "betong_ke",
        "Cung cấp bê tông tươi đổ kè chống sạt lở",
        "Trạm trộn cung cấp bê tông tươi và bơm bê tông cho công trình kè bờ sông, cửa hồ, gia cố bờ bị sạt lở do mưa, bão "
        "và dòng chảy thay đổi.",
    ),
    (
        "rGo012",
        "vi",
        "vaidiakt",
        "Thi công trải vải địa kỹ thuật dưới nước cho kè, bến",
        "Nhận trải vải địa kỹ thuật trong điều kiện ngập nước làm lớp gia cường nền cho kè sông, bến và công trình ven "
        "sông: vật tư có chứng chỉ kiểm định độc lập, định vị, trải và chồng mí đúng hồ sơ thiết kế.",
    ),
    (
        "rGo013",
        "vi",
        "qcvn55",
        "Đóng mới và phân cấp ụ nổi sửa chữa tàu theo QCVN 55:2013/BGTVT",
        "Tư vấn thiết kế, đóng mới và làm hồ sơ phân cấp ụ nổi dùng để nâng tàu lên sửa chữa, theo quy chuẩn kỹ thuật quốc "
        "gia về phân cấp và đóng ụ nổi.",
    ),
    (
        "rGo014",
        "en",
        "wikisum_float",
        "U-shaped docking pontoons for seaplanes and flying boats",
        "U-shaped pontoon with two parallel decks joined by a submerged frame, into which a landed flying boat is warped "
        "tail-first; large versions built from up to 124 steel tanks ballasted with water and oil.",
    ),
    (
        "rGo015",
        "en",
        "wikivisually_float",
        "Spud-pile anchoring for floating landing sections",
        "Supply of floating landing sections held by vertical spud piles that only keep them in place while the sections "
        "ride up and down freely with the water; sections can be joined to form longer landings.",
    ),
    (
        "rGo016",
        "vi",
        "ferryslip",
        "Thiết kế bến đò chữ L, chữ T nhiều vị trí cập",
        "Thiết kế bến cho đò, phà nhỏ theo dạng chữ F, T, L hoặc U để nhiều phương tiện cập cùng lúc, có ram điều chỉnh "
        "theo mực nước cho khách và xe máy lên xuống.",
    ),
    (
        "rGo017",
        "en",
        "lollery",
        "Floating home platforms",
        "Platforms kept afloat on anchored pontoons that rise and fall with the tide, built as bases for floating homes, "
        "with a gangway to shore.",
    ),
    (
        "rGo018",
        "en",
        "satlo_angiang",
        "Flow and bank-erosion survey near river landings",
        "University team measuring near-bank current speed and direction on large rivers, identifying why banks collapse "
        "and ranking erosion risk stretch by stretch, with protection options for settlements and landings.",
    ),
    # life jackets and rescue equipment
    (
        "rGo019",
        "vi",
        "ai24h_aophao",
        "Áo phao đạt chuẩn ISO 12402 cho khách đi đò, phà",
        "Cung cấp áo phao theo các mức lực nổi 50, 70, 100, 150 và 275 N; loại từ 100 N trở lên tự lật ngửa người bất "
        "tỉnh để thở được. Có áo nổi bị động (lõi xốp) và áo tự bơm; hướng dẫn cài chặt đúng cách.",
    ),
    (
        "rGo020",
        "en",
        "iso_sailing",
        "Lifejacket testing to ISO 12402 parts 1-10",
        "Test laboratory for personal flotation devices: level 100 lifejackets for inland and near-shore use, level 50 "
        "buoyancy aids, materials and components (part 7), test methods (part 9) and selection guidance (part 10).",
    ),
    (
        "rGo021",
        "en",
        "iso_sixsigma",
        "PFD compliance and selection consulting",
        "We help makers and buyers meet ISO 12402: choosing the buoyancy level (50, 100, 150 or 275 N) for the water "
        "conditions, checking fabrics and fasteners, and preparing devices for performance testing.",
    ),
    (
        "rGo022",
        "vi",
        "iso_12402_10",
        "Tư vấn lựa chọn thiết bị nổi cá nhân theo ISO 12402-10:2020",
        "Hướng dẫn nhà sản xuất, nhà cung cấp, người sử dụng và cơ quan quản lý chọn đúng loại áo phao, phao bơi và đồ chống "
        "lạnh dưới nước (ISO 15027) cho từng hoàn cảnh sử dụng.",
    ),
    (
        "rGo023",
        "en",
        "uk_inflatable",
        "Inflatable lifejackets for crew",
        "Inflatable lifejackets that a person can put on unaided within one minute after a demonstration, that can only "
        "be worn one way, are comfortable for all-day wear and survive a 4.5 m jump into the water.",
    ),
    (
        "rGo024",
        "vi",
        "kenh14_aophao",
        "Tài liệu hướng dẫn mặc áo phao đúng lúc, đúng chỗ",
        "Bộ clip và bảng hướng dẫn cho hành khách: ở boong hở mặc áo phao ngay khi xuất phát, còn trong cabin kín chỉ cầm "
        "áo trên tay để không bị kẹt nếu tàu lật; dựa trên khuyến cáo của MAIB (Anh) và OSHA (Mỹ).",
    ),
    (
        "rGo025",
        "en",
        "kenh14_aophao",
        "Passenger guidance on when to wear lifejackets",
        "Safety briefing material for boats with enclosed cabins: wear lifejackets on open decks from departure, but "
        "inside closed cabins keep them in hand, since buoyancy can trap a wearer inside a capsized hull.",
    ),
    (
        "rGo026",
        "en",
        "lifebuoy_guide",
        "Riverside lifebuoy stations with throw lines",
        "Lifebuoy stations for landings and riverbanks: 22-inch (560 mm) buoys hold one adult, 30-inch (762 mm) two, each "
        "with at least 20 m of floating line, housings, and a risk audit to set how many stations are needed.",
    ),
    (
        "rGo027",
        "vi",
        "lifebuoy_guide",
        "Trạm phao tròn cứu sinh ven bến, bờ kè",
        "Lắp đặt hộp chứa phao tròn cỡ 560 mm (một người lớn) hoặc 762 mm (hai người lớn) kèm dây nổi dài tối thiểu 20 m "
        "tại bến, bờ sông; khảo sát rủi ro để xác định số trạm cần đặt.",
    ),
    (
        "rGo028",
        "vi",
        "lifebuoy_top",
        "Phao tròn cứu sinh 720 mm, nặng 2,5 kg",
        "Phao tròn bằng vật liệu nổi, kèm dây nhẹ; hướng dẫn kiểm tra phao, tư thế ném sao cho phao rơi gần người bị nạn "
        "và cách kéo người vào bờ.",
    ),
    (
        "rGo029",
        "en",
        "rescue_buoy",
        "Rescue tubes and torpedo buoys for rescue teams",
        "Vinyl rescue tubes with a leash the rescuer tows while swimming, and hollow plastic torpedo buoys with side "
        "handles that can hold several victims; optional shore landline to pull rescuer and victims back.",
    ),
    (
        "rGo030",
        "vi",
        "liferaft",
        "Bè cứu sinh tự bơm cho tàu khách",
        "Bè cứu sinh bơm hơi thủ công hoặc tự động, có khoang kín nước, dải phản quang, mang sẵn nước uống, thực phẩm và "
        "túi sơ cứu để hành khách, thuyền viên rời tàu khi tàu có nguy cơ chìm.",
    ),
    (
        "rGo031",
        "vi",
        "vnexpress_boi",
        "Khóa dạy bơi miễn phí cho người dân và du khách tắm biển",
        "Lớp bơi và kỹ năng phòng đuối nước tổ chức sáng 7–9 giờ, chiều 15–17 giờ từ thứ hai đến thứ sáu tại bãi tắm biển, "
        "có cano, phao và y tế túc trực.",
    ),
    # stability, capacity, hulls
    (
        "rGo032",
        "en",
        "boatingworld",
        "Capacity plates and load calculation for small passenger boats",
        "Naval architects compute a boat's maximum persons and weight from hull volume and dimensions, engine weight "
        "and steering type, fit a permanent capacity plate where the operator can see it, and advise on load "
        "distribution, since seat count is no guide to safe capacity.",
    ),
    (
        "rGo033",
        "vi",
        "boatingworld",
        "Tính và gắn biển sức chở cho xuồng, đò",
        "Tính tải trọng tối đa (người, hàng, máy) theo thể tích, kích thước vỏ và khối lượng máy; gắn biển sức chở cố định ở "
        "chỗ người lái nhìn thấy; hướng dẫn giảm tải khi thời tiết xấu.",
    ),
    (
        "rGo034",
        "en",
        "boat_capacities",
        "Operator course: capacity limits and weight distribution",
        "Course for boat operators on keeping within capacity limits and spreading weight correctly; Coast Guard "
        "statistics show capsizing is a leading cause of fatal accidents, many from overloaded or badly loaded boats.",
    ),
    (
        "rGo035",
        "vi",
        "overload_gills",
        "Ước tính số khách an toàn cho xuồng, đò",
        "Phương pháp ước tính số người được phép chở theo diện tích boong, mạn khô và trọng tâm; rút kinh nghiệm vụ xuồng "
        "34 ft chở 27 người bị lật sau buổi bắn pháo hoa làm 3 trẻ em tử vong.",
    ),
    (
        "rGo036",
        "en",
        "overload_gills",
        "Safe passenger load assessment for small craft",
        "Assessment of how many passengers a small vessel can safely carry, based on deck area, freeboard and centre of "
        "gravity rather than seats, drawing on a capsize of a 34 ft boat carrying 27 people.",
    ),
    (
        "rGo037",
        "vi",
        "shipstab",
        "Tính ổn định tàu bằng phần mềm Python (GZ, GM, IMO IS 2008)",
        "Phòng thí nghiệm nhận tính ổn định cho chủ phương tiện bằng thư viện mã nguồn mở: thủy tĩnh từ bảng tọa độ, đường "
        "Bonjean, đường cong GZ, 6 tiêu chí IMO và tiêu chí gió, ổn định tai nạn, mặt thoáng két, trim; xuất báo cáo PDF.",
    ),
    (
        "rGo038",
        "en",
        "navaltoolbox",
        "Hydrostatics and GZ curves from 3D hull files",
        "Stability calculations on request with a Rust/Python library: STL or VTK hulls, multi-hulls, KN and GZ curves, "
        "tanks with free-surface effects, downflooding openings, wind heeling and scripted criteria.",
    ),
    (
        "rGo039",
        "vi",
        "navaltoolbox_pypi",
        "Dịch vụ tính thủy tĩnh và ổn định tàu nhiều thân",
        "Nhận mô hình vỏ tàu (STL/VTK), tính thể tích, tâm nổi, GM có hiệu chỉnh mặt thoáng, đường GZ có tối ưu trim, "
        "phát hiện lỗ ngập nước; hỗ trợ tàu hai thân, ba thân.",
    ),
    (
        "rGo040",
        "vi",
        "shipcurve",
        "Tính đường cong thủy tĩnh cho xưởng đóng tàu nhỏ",
        "Thư viện Python mã nguồn mở và bản .exe tính đường cong thủy tĩnh và bảng tính tàu từ bảng tọa độ tuyến hình, dành "
        "cho sinh viên và xưởng nhỏ không đủ tiền mua Foran hay Aveva Marine.",
    ),
    (
        "rGo041",
        "en",
        "halong_soha",
        "Twin-hull passenger boats with watertight compartments",
        "Shipyard building catamaran passenger boats (e.g. 46 m by 14.6 m, 99 passengers, two engines of 1,300 hp in "
        "total) with a double bottom and watertight compartments from bow to stern, so the boat stays afloat if the hull is "
        "breached; safety factor K of 4.",
    ),
    (
        "rGo042",
        "vi",
        "greencat",
        "Tàu khách hai thân vỏ composite gia cường sợi Kevlar",
        "Đóng tàu khách hai thân 42 chỗ bằng composite có sợi Kevlar: nhẹ, ít chòng chành khi gặp sóng, thủng vỏ vẫn không "
        "chìm; lắp máy MTU và hệ đẩy Rolls-Royce tiết kiệm nhiên liệu.",
    ),
    (
        "rGo043",
        "en",
        "accessvt",
        "Training: avoiding swamping from overpowering and poor trim",
        "Short course showing how an over-powered boat sits low at the stern and can be swamped by its own wake, why too "
        "much weight at bow, stern or one side leads to capsize, and how to load evenly.",
    ),
    (
        "rGo044",
        "vi",
        "ketcau_tau",
        "Khóa học kết cấu và tạo dáng tàu thủy",
        "Giáo trình kết cấu và tạo dáng tàu: phân loại tàu hàng, tàu khách chạy sông, hồ, tàu công trình; yêu cầu kỹ thuật "
        "và chức năng khi thiết kế ngoại hình tàu.",
    ),
    (
        "rGo045",
        "vi",
        "viettimes_composite",
        "Đóng tàu cá vỏ composite khai thác xa bờ",
        "Viện nghiên cứu chế tạo tàu thủy đóng tàu cá composite dài 24 m, máy 829 CV, trọng tải trên 150 tấn, cho 20 ngư "
        "dân; giá khoảng 12,8 tỷ đồng, rẻ hơn tàu vỏ thép cùng loại 5–6 tỷ.",
    ),
    (
        "rGo046",
        "en",
        "vasep_vothep",
        "Steel-hull fishing vessel programme",
        "Support for fishermen replacing wooden fishing boats by steel hulls: of about 118,000 fishing boats, 99% are "
        "wooden and two thirds under 90 hp.",
    ),
    (
        "rGo047",
        "vi",
        "vientauthuy",
        "Mô hình tàu mẹ – tàu con bảo quản cá ngừ đại dương",
        "Đề xuất cụm một tàu mẹ có kho lạnh và năm tàu con câu cá ngừ, bảo quản đạt chuẩn Nhật Bản, giảm chi phí nhiên liệu "
        "cho chuyến biển dài.",
    ),
    (
        "rGo048",
        "en",
        "phuquy",
        "High-speed sea passenger ship newbuild",
        "Newbuild of a 47 m by 7.2 m high-speed passenger ship for island routes, about 21 knots, rated for wind force 7–8 "
        "seas; investment of roughly VND 50 billion.",
    ),
    # engines and emissions
    (
        "rGo049",
        "en",
        "hybrid_workboat",
        "Hybrid diesel-electric propulsion for double-ended ferries",
        "Integration of battery-hybrid propulsion on new and existing road ferries: short, repeated routes and space "
        "under the deck plates make double-ended ferries ideal; cuts emissions and maintenance without waiting for new "
        "technology.",
    ),
    (
        "rGo050",
        "vi",
        "hybrid_workboat",
        "Tích hợp hệ động lực lai diesel – điện cho phà hai đầu",
        "Thiết kế và lắp đặt hệ đẩy lai (máy diesel kết hợp pin) cho phà chở xe chạy tuyến ngắn lặp lại; tận dụng khoảng "
        "trống dưới sàn để đặt pin; giảm phát thải và chi phí bảo dưỡng.",
    ),
    (
        "rGo051",
        "vi",
        "ferry_emissions",
        "Lập lộ trình chuyển đổi đội tàu khách sang không phát thải",
        "Tư vấn phân kỳ chuyển đổi: chọn tàu diesel cuối cùng, sạc bờ tại bến, huy động vốn từ nhiều nguồn (ví dụ 252 triệu "
        "USD cho đội 18 tàu, 7 tuyến, 8 bến), tính đến vai trò sơ tán khẩn cấp của đội tàu.",
    ),
    (
        "rGo052",
        "en",
        "wsf_fhwa",
        "Converting diesel-electric ferries to battery hybrid",
        "Conversion package: remove two of four diesel generator sets, add lithium-ion battery banks charged by the "
        "remaining gensets, then add shore charging at terminals for full-electric running; baseline emissions of the "
        "kind cut were 854 kg NOx and 44 kg PM2.5 a day.",
    ),
    (
        "rGo053",
        "vi",
        "happiness",
        "Cải hoán phà diesel đang chạy thành phà lai điện",
        "Cải hoán tàu diesel đã được chứng minh an toàn thay vì đóng mới: chi phí khoảng 400.000 USD so với khoảng 2 triệu "
        "USD cho tàu lai mới; mẫu phà đã chở khoảng 4.500 khách mỗi ngày, 1,7 triệu khách mỗi năm.",
    ),
    (
        "rGo054",
        "en",
        "foghorn25",
        "Tier III diesel engines with battery hybrid for passenger ferries",
        "Propulsion engines meeting IMO Tier III and EPA Tier 4, able to burn HVO, paired with batteries for electric-only "
        "running in and out of port; up to 30% less CO2 than the previous fleet, ready for methanol later.",
    ),
    (
        "rGo055",
        "vi",
        "foghorn23",
        "Lắp mô-tơ điện PTI vào hộp số để chạy chậm bằng điện",
        "Thay hộp giảm tốc bằng loại có mô-tơ điện trích công suất vào (PTI), lấy điện từ máy phát để chạy tốc độ thấp; "
        "máy chính chỉ dùng khi chạy nhanh; cũng nhận chuyển tàu diesel sang điện hoàn toàn.",
    ),
    (
        "rGo056",
        "en",
        "hybrid_wiki",
        "Solar-assisted hybrid passenger ferries",
        "Hybrid ferries drawing power from photovoltaics on the vessel and on the terminal roof (959 panels in one "
        "project) plus batteries; one island route cut about 700,000 lb of CO2.",
    ),
    (
        "rGo057",
        "vi",
        "solar_sal",
        "Xuồng khách điện năng lượng mặt trời 10 chỗ",
        "Xuồng dài 7,3 m, rộng 2,3 m, mớn nước 0,5 m, mái pin mặt trời 1,4 kW đủ chạy cả ngày khoảng 5 hải lý/giờ, có pin "
        "dự phòng chạy đêm; giá tham khảo 124.500 USD; êm, không khí thải.",
    ),
    (
        "rGo058",
        "en",
        "greenenergy",
        "Battery-hybrid aluminium passenger vessels up to 600 passengers",
        "Builder of 128 ft aluminium monohull passenger vessels with lithium battery hybrid propulsion for long spells in "
        "electric mode; the hybrid system beat its design target by 40%.",
    ),
    (
        "rGo059",
        "vi",
        "oeic",
        "Cải hoán xuồng nhôm cũ thành xuồng điện mặt trời",
        "Ghép hai vỏ xuồng nhôm 14 ft thành xuồng 20 ft mũi nhọn hai đầu, lắp tấm pin mặt trời, ắc quy và mô-tơ điện; chở "
        "4–8 người, chạy êm, không tốn xăng.",
    ),
    (
        "rGo060",
        "en",
        "outboard_boated",
        "Replacing carbureted two-stroke outboards",
        "Engine swap programme: conventional two-strokes emit about 14 times the ozone-forming pollution of four-strokes "
        "and discharge 25–30% of their fuel and oil unburned; new clean engines start easier and use less fuel.",
    ),
    (
        "rGo061",
        "vi",
        "outboard_sailors",
        "Máy ngoài 4 thì, phun xăng trực tiếp DFI và máy điện",
        "Cung cấp máy ngoài thay máy 2 thì chế hòa khí (mất 20–30% nhiên liệu chưa cháy ra nước): máy DFI phun xăng khi cửa "
        "xả đã đóng, máy 4 thì có van nạp và xả không mở cùng lúc, máy điện không khí thải.",
    ),
    (
        "rGo062",
        "en",
        "outboard_orlando",
        "Four-stroke and direct-injection outboards that save fuel",
        "Dealer of four-stroke and DFI two-stroke outboards: no blue smoke at start-up, much quieter, and about 50% more "
        "range per tank (100 to 150 miles), so the extra price is recovered through fuel and oil.",
    ),
    (
        "rGo063",
        "vi",
        "pennine",
        "Tư vấn chọn máy ngoài 2 thì hay 4 thì",
        "Tư vấn chủ tàu chọn máy ngoài theo các yêu cầu kiểu EU RCD: tiết kiệm nhiên liệu, giảm khí thải và CO2, giảm tiếng "
        "ồn; so sánh chi phí vận hành và bảo dưỡng.",
    ),
    (
        "rGo064",
        "en",
        "autospeedy",
        "Exhaust after-treatment advice for marine diesel engines",
        "Garage engineers explain why car-style catalytic converters are rarely fitted to boat engines and which "
        "alternatives suit marine diesels, for owners wanting to cut CO, hydrocarbons and NOx.",
    ),
    (
        "rGo065",
        "vi",
        "alfaplus",
        "Khóa học các loại hệ động lực đẩy tàu thủy",
        "Giới thiệu hệ đẩy diesel, sức gió, tua-bin khí, điện và hạt nhân; ưu nhược điểm và phạm vi dùng cho tàu lớn, tàu "
        "nhỏ, du thuyền.",
    ),
    (
        "rGo066",
        "en",
        "nyserda",
        "Solar-augmented electric boats",
        "Developer of electric boats with solar-assisted battery charging, building up to nine prototypes, so boats "
        "need shore power only when necessary and carry no petrol backup motor.",
    ),
    (
        "rGo067",
        "vi",
        "autospeedy",
        "Thay bộ chuyển đổi xúc tác cho ô tô",
        "Gara kiểm tra và thay bộ chuyển đổi xúc tác trong ống xả ô tô, xử lý CO, HC và NOx giúp xe đạt tiêu chuẩn khí thải.",
    ),
    (
        "rGo068",
        "en",
        "essaydocs",
        "Four-stroke engines for lawn mowers, chainsaws and dirt bikes",
        "Cleaner, quieter four-stroke engines for garden tools, snowmobiles and dirt bikes, emitting up to 97% less than "
        "conventional two-strokes.",
    ),
    (
        "rGo069",
        "en",
        "solarmango",
        "Solar-powered leisure boat for four",
        "Personal leisure boat with a 700 W electric motor, four deep-cycle batteries charged by solar panels, about 5 mph "
        "and six hours of charge.",
    ),
    (
        "rGo070",
        "en",
        "otofun",
        "Compressed-air starting systems for large marine diesels",
        "Twin air bottles with low-pressure alarm below 25 kg/cm2, duplicated electric compressors and emergency "
        "compressors for starting ship main engines.",
    ),
    (
        "rGo071",
        "vi",
        "scribd_btl",
        "Khảo sát thiết bị điện trên tàu biển",
        "Báo cáo tìm hiểu thiết bị điện trên tàu: boong chính, boong dưới, thông gió, phòng máy, lối thoát hiểm và quy tắc "
        "an toàn điện.",
    ),
    # ticketing
    (
        "rGo072",
        "vi",
        "sa_ky",
        "Phần mềm bán vé điện tử và cổng soát vé QR cho bến tàu khách",
        "Khách quét mã QR trên thẻ vé tại đầu đọc của cổng; cổng gửi dữ liệu về phần mềm, vé hợp lệ thì mở chốt cho đúng một "
        "người, vé không hợp lệ thì báo bằng đèn LED và âm thanh; nhân viên có mã riêng để mở cổng khi cần; quản lý chặt số "
        "người ra vào.",
    ),
    (
        "rGo073",
        "en",
        "gambia",
        "Ferry e-ticketing app with QR codes and SMS fallback",
        "Passengers buy tickets in a mobile app and receive a QR code; those without smartphones receive an SMS number; "
        "revenue controllers scan or key the code to authenticate. Tickets live in a database, nothing is printed.",
    ),
    (
        "rGo074",
        "vi",
        "gambia",
        "Vé đò điện tử qua tin nhắn SMS cho khách không có điện thoại thông minh",
        "Hệ thống vé điện tử gửi mã QR vào ứng dụng hoặc mã số qua SMS; nhân viên soát vé kiểm tra mã trên máy; giảm in ấn, "
        "không sợ mất vé giấy.",
    ),
    (
        "rGo075",
        "vi",
        "bahia",
        "Thanh toán chạm thẻ và ví QR tại cổng xoay bến phà",
        "Cổng xoay nhận thẻ ngân hàng không tiếp xúc chuẩn EMV (Visa, Mastercard, Elo) và mã QR từ ví điện tử đã nạp tiền; "
        "đèn xanh là đã thanh toán; vẫn giữ quầy tiền mặt và thẻ trả trước cho người chưa quen.",
    ),
    (
        "rGo076",
        "en",
        "ferryhopper",
        "Online ferry booking with e-tickets",
        "Booking platform issuing e-tickets from each ferry company's reservation system: confirmation by email, online "
        "check-in, and a QR code scanned at embarkation.",
    ),
    (
        "rGo077",
        "vi",
        "eticket_app",
        "Ứng dụng kiểm vé QR cầm tay cho nhân viên bến",
        "Nhân viên dùng máy quét hoặc điện thoại đọc mã QR; máy chủ kiểm tra vé có thật, đúng ngày và tuyến, chưa dùng lần "
        "nào, rồi báo kết quả tức thì; cảnh báo khi vé giả hoặc đã quét.",
    ),
    (
        "rGo078",
        "en",
        "sydney",
        "Open-loop contactless fares at ferry wharves",
        "Card-scheme partner enabling tap-and-go payment with contactless bank cards or mobile wallets directly at ferry "
        "wharves, with no transit card needed; piloted on a commuter ferry route.",
    ),
    (
        "rGo079",
        "vi",
        "vetau_plo",
        "Vé tàu hỏa điện tử bán trực tuyến",
        "Đặt chỗ, mua và thanh toán vé tàu hỏa qua website; nhận mã vé qua email hoặc tin nhắn, tự in hoặc in tại ga.",
    ),
    (
        "rGo080",
        "vi",
        "catlinh",
        "Vé định danh QR và sinh trắc học cho đường sắt đô thị",
        "Chuyển vé tháng, vé tuần sang vé điện tử định danh trên điện thoại hoặc gắn căn cước công dân, cổng soát vé QR "
        "tại nhà ga tàu điện.",
    ),
    (
        "rGo081",
        "en",
        "qeeebo",
        "QR code tickets for city buses",
        "QR tickets bought in an app or by SMS and validated by the bus ticketing system when boarding.",
    ),
    (
        "rGo082",
        "vi",
        "kienthuc",
        "Hóa đơn điện tử cho vé tàu hỏa",
        "Hệ thống tra cứu và nhận hóa đơn điện tử cho vé tàu hỏa mua trực tuyến, kiểm soát vé trên thiết bị cầm tay.",
    ),
    # passenger counting and tracking
    (
        "rGo083",
        "en",
        "adigo_electropages",
        "AI camera passenger counting at ferry boarding",
        "Camera plus AI system that counts people boarding and leaving a ferry, including those seated in vehicles, and "
        "sends the figure to the ship's log; crew can check the count on a mobile device; suits free-flow boarding without "
        "ticket barriers.",
    ),
    (
        "rGo084",
        "vi",
        "adigo_vision",
        "Đếm người trong xe lên phà bằng camera hồng ngoại gần và AI",
        "Camera và đèn LED hồng ngoại gần đếm người ngồi trong xe kể cả qua kính tối màu, thiếu sáng, mưa; xử lý ngay trên "
        "tàu, xóa ảnh tức thì để bảo vệ dữ liệu; giảm số camera để bến nhỏ cũng lắp được; đã chạy trên một tuyến hơn một năm.",
    ),
    (
        "rGo085",
        "vi",
        "adigo_electropages",
        "Đếm khách tự động cho phà lên xuống tự do",
        "Hệ thống camera AI ghi nhận số người lên, xuống phà mà không cần soát vé thủ công, chuyển số liệu vào nhật ký tàu "
        "cho cơ quan chức năng; thuyền viên kiểm tra lại trên thiết bị di động.",
    ),
    (
        "rGo086",
        "en",
        "apc_mikro",
        "Optical door sensors for automatic passenger counting",
        "Door-mounted optical sensors that detect whether each person is boarding or leaving, coping with couples, groups "
        "and people lingering in the doorway; occupancy data by route and stop for analysis.",
    ),
    (
        "rGo087",
        "vi",
        "apc_vectalia",
        "Cảm biến nhiệt trên cửa đếm khách lên xuống",
        "Cảm biến nhiệt đặt trên cửa phân biệt khách lên hay xuống, cho biết số khách trên từng phương tiện bất kỳ lúc nào, "
        "xử lý đúng cả khi hai người qua cửa cùng lúc; giúp lập lịch chạy và giảm chi phí.",
    ),
    (
        "rGo088",
        "en",
        "apc_vectalia",
        "Thermal over-door passenger counters",
        "Thermal sensors above doors count boardings and alightings separately, giving live occupancy of each vehicle or "
        "boat, even with heavy two-way flows.",
    ),
    (
        "rGo089",
        "en",
        "ais_reference",
        "AIS and satellite tracking for small fleets",
        "Tracking service combining AIS transponders, satellite feeds and radar to report each boat's identity, position, "
        "course and speed; used for route adherence, arrivals and departures, and fuel-use patterns.",
    ),
    (
        "rGo090",
        "vi",
        "ais_eval",
        "Tích hợp AIS, radar ven bờ và vệ tinh giám sát phương tiện",
        "Tư vấn chọn và tích hợp nguồn dữ liệu: AIS mặt đất cập nhật nhanh trong tầm nhìn, AIS vệ tinh phủ rộng nhưng trễ, "
        "radar phát hiện cả xuồng nhỏ không có AIS; kết nối vào phần mềm điều hành.",
    ),
    (
        "rGo091",
        "en",
        "vessel_pos",
        "GPS/AIS position logging for search and rescue",
        "Position logging from GPS and AIS so that a boat's last known position and route history are available to narrow "
        "the search area after a distress call and to reconstruct accidents.",
    ),
    (
        "rGo092",
        "vi",
        "vessel_pos",
        "Lưu vết vị trí phương tiện phục vụ tìm kiếm cứu nạn",
        "Thiết bị định vị GPS kết hợp AIS ghi lại vị trí, hướng, tốc độ; khi có tín hiệu cấp cứu, lực lượng cứu nạn dùng vị "
        "trí cuối và hành trình để khoanh vùng tìm kiếm, điều tra tai nạn.",
    ),
    (
        "rGo093",
        "vi",
        "vms",
        "Hệ thống giám sát tàu cá (VMS)",
        "Thiết bị và phần mềm giám sát tàu cá phục vụ quản lý nghề cá, chống khai thác bất hợp pháp trong vùng đặc quyền "
        "kinh tế 200 hải lý.",
    ),
    (
        "rGo094",
        "en",
        "scite_bus",
        "Camera-based seat occupancy display for buses",
        "Low-cost system using cameras inside buses to show how many seats are free, said to beat infrared, ultrasonic, "
        "Bluetooth or RFID sensors.",
    ),
    (
        "rGo095",
        "en",
        "porttech",
        "Long-range vessel tracking for port security",
        "Maritime domain awareness for ports: AIS and long-range tracking of inbound sea-going ships under ISPS-era "
        "security rules.",
    ),
    # cable ferries
    (
        "rGo096",
        "en",
        "reaction_wiki",
        "Reaction ferry engineering: current-driven cable ferries",
        "Design of ferries that cross using the river current against a fixed tether: an overhead cable between towers "
        "with a traveller and bridle, or a floating cable anchored mid-channel; a rudder or bridle sets the angle. Single "
        "hull or twin pontoons, up to 12 cars, no fuel.",
    ),
    (
        "rGo097",
        "vi",
        "reaction_liqui",
        "Phà phản lực dùng sức nước, không cần máy",
        "Thiết kế phà qua sông nhờ dòng chảy: cáp treo trên hai trụ hai bờ có con chạy, hoặc cáp nổi neo một điểm; chỉnh "
        "bánh lái hay dây cương để phà nghiêng góc với dòng chảy; hai phao ghép sàn, chở khách hoặc xe.",
    ),
    (
        "rGo098",
        "en",
        "reaction_grok",
        "Hydrodynamic modelling of current-powered ferries",
        "Modelling of thrust, lateral force and drag on reaction ferries (all scaling with the square of current speed) "
        "to choose tether layout, hull angle and catamaran hull form for a given river.",
    ),
    (
        "rGo099",
        "vi",
        "cable_wikimili",
        "Phà cáp chạy mô-tơ điện tự kéo theo cáp",
        "Phà có tang hoặc bánh kéo trên boong tự quấn theo cáp nối hai bờ, chạy bằng mô-tơ điện hoặc máy nhỏ; cáp đủ chùng "
        "để chìm xuống đáy cho tàu thuyền khác qua; sông nội địa thường chỉ cần một cáp phía thượng lưu.",
    ),
    (
        "rGo100",
        "en",
        "cable_ndl",
        "Hand-operated cable punts for short crossings",
        "Simple punt guided by a cable or chain across a narrow river, moved by hand by the operator; we also compare "
        "reaction and powered cable ferries for each site.",
    ),
    (
        "rGo101",
        "vi",
        "phakeoday",
        "Lắp đặt phà kéo dây thủ công cho sông hẹp, bồi lắng",
        "Cho đoạn sông hẹp chỉ vài chục mét, chạy máy tốn kém: dây thừng cỡ cổ tay luồn dọc phà, hai đầu buộc vào cột bê "
        "tông chôn trên bờ; tổ 3–4 người dùng thanh gỗ kẹp dây kéo phà sang sông trong vài phút.",
    ),
    (
        "rGo102",
        "en",
        "phakeoday",
        "Rope-hauled ferries for narrow silted channels",
        "Installation of manually hauled ferries where a motor ferry is too costly for a crossing of a few tens of "
        "metres: a thick rope runs through the ferry and is tied to concrete posts on both banks; a crew of 3-4 pulls "
        "with wooden grips.",
    ),
    (
        "rGo103",
        "en",
        "captreo",
        "Home-made cable lines for hauling goods across canals",
        "Low-cost cable lines strung across a river so traders can send goods from bank to bank, faster than rowing or "
        "going round by road.",
    ),
    (
        "rGo104",
        "vi",
        "pha_wiki_vi",
        "Đại tu phà cũ và tiếp nhận phà mới theo chương trình hỗ trợ kỹ thuật",
        "Kinh nghiệm đại tu toàn bộ phà cũ kỹ, máy xuống cấp để tăng năng lực vận tải, và tiếp nhận phà hiện đại, như dự án "
        "Phà I Mekong do Chính phủ Đan Mạch hỗ trợ từ năm 1995.",
    ),
    # bridges replacing ferries
    (
        "rGo105",
        "en",
        "dinhkhao_saigontimes",
        "Route-option studies for bridges replacing ferries",
        "Transport consultants compare bridge alignments against the ferry crossing they replace, e.g. a 6 km route with "
        "a 1.8 km main bridge for over VND 2 trillion, an 11 km route for about 2.4 trillion and a 17 km route for about "
        "3.1 trillion, with distance from the ferry terminal for each.",
    ),
    (
        "rGo106",
        "vi",
        "dinhkhao_sggp",
        "Tư vấn lập dự án cầu thay phà theo hình thức PPP",
        "Lập báo cáo đầu tư cầu 4 làn xe thay bến phà, nối hai quốc lộ, tổng vốn khoảng 2.425 tỷ đồng theo phương thức đối "
        "tác công tư (PPP), giảm ùn tắc và thời gian vận chuyển hàng hóa, hành khách.",
    ),
    (
        "rGo107",
        "en",
        "rachmieu_sggp",
        "Temporary ferry piers to relieve congested bridges",
        "Retrofit of an existing ferry landing (about VND 100 billion) 10 km from an overloaded bridge, running three "
        "ferries and six at peak times, to carry traffic until a second bridge is finished.",
    ),
    (
        "rGo108",
        "vi",
        "cantho_blog",
        "Phương án chuyển đổi doanh nghiệp bến phà khi cầu thông xe",
        "Tư vấn sắp xếp lao động khi cầu thay phà: ví dụ 99 trong khoảng 300 lao động dôi dư, số khác điều chuyển sang bến "
        "khác, chuyển công ty phà thành công ty quản lý, khai thác cầu.",
    ),
    (
        "rGo109",
        "en",
        "cantho_blog",
        "Workforce transition for ferry operators when a bridge opens",
        "Advice on what happens to ferry staff when a bridge replaces the crossing: keeping ferries in service until the "
        "ministry decides, redeploying crews to other crossings, and turning the ferry company into the bridge operator.",
    ),
    (
        "rGo110",
        "vi",
        "mekong_connects",
        "Sinh kế thay thế cho người chạy đò khi có cầu",
        "Chương trình hỗ trợ người chở đò, chở khách du lịch mất thu nhập khi có cầu chuyển sang bán khô cá, tôm khô, cua "
        "đồng và dịch vụ du lịch kết nối.",
    ),
    (
        "rGo111",
        "en",
        "daingai_tygia",
        "Cable-stayed bridge design for wide delta rivers",
        "Design and supervision of cable-stayed crossings such as a 2.5 km main bridge with a 450 m main span, 110 m "
        "towers and 300 m navigation width, plus balanced-cantilever spans for secondary channels.",
    ),
    (
        "rGo112",
        "vi",
        "baomoi_9cau",
        "Xây mới, nâng tĩnh không cầu cắt ngang luồng thủy nội địa",
        "Dự án mẫu: xây mới 9 cầu, nâng cấp 1 cầu và tháo dỡ 1 cầu cắt ngang tuyến đường thủy quốc gia, tổng hơn 2.000 tỷ "
        "đồng, để tàu thuyền lưu thông an toàn.",
    ),
    (
        "rGo113",
        "en",
        "rachmieu_vietjo",
        "Keeping a ferry terminal as a backup after a bridge opens",
        "Planning for retaining the old terminal and two ferries (100 t and 40 t) with a crew of 20 after a bridge opens, "
        "for defence, as a highway backup and for heritage tourism, while 12 of 14 ferries move to other crossings.",
    ),
    (
        "rGo114",
        "vi",
        "rachmieu_vietjo",
        "Giữ lại bến phà cũ làm dự phòng và điểm du lịch",
        "Tư vấn duy trì bến và 2 phà (100 tấn, 40 tấn) với 20 người sau khi cầu hoàn thành, phục vụ quốc phòng, dự phòng cho "
        "quốc lộ, giá trị lịch sử và du lịch; điều 12 trong 14 phà sang khu vực khác.",
    ),
    (
        "rGo115",
        "vi",
        "thanhnien_cau",
        "Thiết kế cầu bê tông dự ứng lực vượt sông lớn",
        "Thiết kế cầu bê tông cốt thép dự ứng lực dài hơn 1,6 km, mặt cầu 16 m, tĩnh không thông thuyền 25 m, khổ thông thuyền "
        "120 m, vốn khoảng 2.300 tỷ đồng, rút ngắn đường về tỉnh khoảng 70 km.",
    ),
    (
        "rGo116",
        "en",
        "tuoitrenews",
        "Drone traffic monitoring on congested bridges",
        "Drones flown over bridge approaches during holidays to spot jams and guide traffic police.",
    ),
    # crew certificates, inspection, lights
    (
        "rGo117",
        "vi",
        "gcnkncm",
        "Đào tạo, thi cấp giấy chứng nhận khả năng chuyên môn thuyền viên",
        "Cơ sở đào tạo tổ chức học và thi cấp GCNKNCM thuyền trưởng hạng nhất đến hạng tư (T1–T4), máy trưởng M1–M3, chứng "
        "chỉ huấn luyện an toàn cơ bản, thủy thủ, thợ máy và chứng chỉ lái phương tiện LPT1, LPT2.",
    ),
    (
        "rGo118",
        "en",
        "gcnkncm",
        "Inland boat master and driver certification courses",
        "Training centre running courses and exams for inland master certificates (classes 1-4), chief engineer (1-3), "
        "basic safety, deckhand, motorman and boat-driver certificates.",
    ),
    (
        "rGo119",
        "en",
        "vbhn06",
        "Exam preparation and certificate renewal for inland crews",
        "Help with exams, issue, re-issue and conversion of inland crew competency certificates under Circular "
        "56/2014 as amended by Circular 02/2017, and with assigning crew titles on board.",
    ),
    (
        "rGo120",
        "vi",
        "vbhn06",
        "Tư vấn thủ tục cấp, cấp lại, chuyển đổi chứng chỉ thuyền viên",
        "Hướng dẫn hồ sơ thi, kiểm tra, cấp, cấp lại, chuyển đổi giấy chứng nhận khả năng chuyên môn và chứng chỉ chuyên "
        "môn thuyền viên, người lái phương tiện thủy nội địa theo văn bản hợp nhất 06/VBHN-BGTVT.",
    ),
    (
        "rGo121",
        "en",
        "quytrinh",
        "Inspection procedures for inland waterway port authorities",
        "Research-based inspection procedure and checklists for port authorities checking vessels on domestic routes, "
        "drawn from a 97-page study with the maritime university.",
    ),
    (
        "rGo122",
        "vi",
        "hpmanpower",
        "Chuyển đổi bằng thuyền trưởng tàu biển sang phương tiện VR-SB",
        "Hướng dẫn người có bằng thuyền trưởng, máy trưởng tàu biển đổi sang bằng điều khiển phương tiện thủy VR-SB mà không "
        "phải học thêm, theo lộ trình từ năm 2020.",
    ),
    (
        "rGo123",
        "en",
        "tt11",
        "STCW certificates and minimum safe manning for sea-going ships",
        "Guidance on professional standards, STCW certificates and minimum safe manning for sea-going Vietnamese ships.",
    ),
    (
        "rGo124",
        "vi",
        "colreg_tt19",
        "Lắp đặt đèn hành trình và dấu hiệu theo quy tắc phòng ngừa đâm va",
        "Cung cấp, lắp đèn cột trắng chiếu cung 225°, đèn mạn xanh phải, đỏ trái mỗi đèn 112,5°, đèn lái và dấu hiệu ban "
        "ngày, bật từ lúc mặt trời lặn đến mọc và khi tầm nhìn hạn chế.",
    ),
    (
        "rGo125",
        "en",
        "colreg_tt19",
        "Navigation lights and day shapes fitted to regulation",
        "Supply and fitting of masthead light (225°), green and red sidelights (112.5° each), stern light and day shapes, "
        "shown from sunset to sunrise and in restricted visibility.",
    ),
    # drills, crowd management, rescue training
    (
        "rGo126",
        "en",
        "muster",
        "Muster lists and emergency procedures for passenger vessels",
        "We draw up the muster list: each crew member's station and duty (closing openings, readying survival craft and "
        "lifejackets, mustering passengers, communications, fire parties), alarm signals and abandon-ship orders.",
    ),
    (
        "rGo127",
        "vi",
        "muster",
        "Lập bảng phân công nhiệm vụ khẩn cấp cho tàu khách",
        "Lập bảng phân công: vị trí, nhiệm vụ từng thuyền viên khi có báo động (đóng cửa kín nước, chuẩn bị phương tiện cứu "
        "sinh, tập trung hành khách, liên lạc, chữa cháy), tìm người mắc kẹt; niêm yết nhiều nơi trên tàu.",
    ),
    (
        "rGo128",
        "vi",
        "crowd_scribd",
        "Huấn luyện quản lý đám đông và an toàn hành khách",
        "Khóa học cho nhân viên phục vụ hành khách: điều khiển đám đông khi khẩn cấp, chỉ vị trí thiết bị an toàn, giao tiếp "
        "với khách, hướng dẫn dùng áo phao, quy trình tập trung và lên phương tiện cứu sinh; lý thuyết kèm thực hành.",
    ),
    (
        "rGo129",
        "en",
        "otsi",
        "Independent audit of ferry crew training and emergency drills",
        "Systemic review of how a ferry operator trains crews, writes operating procedures and runs emergency drills, "
        "modelled on a state transport-safety investigation covering 2007-2009.",
    ),
    (
        "rGo130",
        "vi",
        "crowd_ssnt",
        "Khóa học trực tuyến quản lý hành khách trên tàu",
        "Học trên hệ thống LMS dành cho người đang làm việc trên tàu chở khách: phổ biến an toàn khi khách lên tàu, làm quen "
        "tàu, tập trung và sơ tán hành khách, duy trì liên lạc khi khẩn cấp.",
    ),
    (
        "rGo131",
        "en",
        "docshare",
        "Monthly abandon-ship and fire drill programme",
        "Drill programme: every crew member joins at least one abandon-ship and one fire drill a month, with an extra "
        "drill within 24 hours if more than 25% of the crew are new; passengers instructed in lifejacket use.",
    ),
    (
        "rGo132",
        "vi",
        "machinehiring",
        "Tổ chức và ghi chép diễn tập an toàn định kỳ",
        "Lập kế hoạch, tổ chức diễn tập sơ tán, chữa cháy, người rơi xuống nước cho phà và tàu khách; lưu hồ sơ diễn tập để "
        "xuất trình khi kiểm tra, gia hạn giấy phép.",
    ),
    (
        "rGo133",
        "en",
        "latti",
        "Multi-agency ferry accident exercises",
        "Full-scale exercise of a ferry striking a landing: police, fire and ambulance crews rescue about 40 volunteer "
        "'passengers' with different injuries, to test emergency plans.",
    ),
    (
        "rGo134",
        "vi",
        "latti",
        "Diễn tập liên ngành sự cố tàu khách",
        "Tổ chức diễn tập giả định tàu khách va vào bến, có khoảng 40 tình nguyện viên đóng vai hành khách bị nạn, phối hợp "
        "công an, cứu hỏa, cấp cứu.",
    ),
    (
        "rGo135",
        "vi",
        "boiloi_cantho",
        "Khóa bơi lội và cứu hộ cứu nạn cho tài công, lái đò",
        "Trường thể thao mở lớp cho tài công, lái đò, hướng dẫn viên: kỹ thuật bơi, cấp cứu, cứu nạn; thời gian thực hành "
        "nhiều hơn lý thuyết.",
    ),
    (
        "rGo136",
        "en",
        "boiloi_cantho",
        "Swimming and water-rescue course for boat drivers",
        "Sports school course for boat drivers, tour guides and pool staff: correct swimming technique, first aid and "
        "rescue methods, with most of the time spent in the water.",
    ),
    (
        "rGo137",
        "en",
        "cuuho_brvt",
        "Water rescue and CPR course for crews and lifeguards",
        "Three-week course: fitness warm-ups, approaching a drowning person from behind, towing and carrying, CPR, pulse "
        "checks and resuscitation on mannequins and volunteers.",
    ),
    (
        "rGo138",
        "vi",
        "cuuho_danang",
        "Huấn luyện cứu hộ với chuyên gia Úc",
        "Chuyên gia Hiệp hội Cứu hộ Úc huấn luyện hồi sinh tim phổi, dùng phao cứu hộ, nhận biết dòng xoáy, tín hiệu cứu hộ, "
        "vận chuyển và đánh giá nạn nhân.",
    ),
    (
        "rGo139",
        "en",
        "tkcn",
        "Search and rescue course",
        "Course for rescue staff: boat handling, recovering persons and objects from the water, search patterns, "
        "swimming and diving, use of lifesaving gear, communications and medical care; 50 graduates per course.",
    ),
    (
        "rGo140",
        "vi",
        "memart",
        "Tập huấn kỹ thuật cứu người đuối nước",
        "Lớp cứu đuối: nhận biết người bị nạn, phương pháp tiếp cận, quy trình vớt, cấp cứu sau khi đưa lên bờ, sử dụng phao "
        "và dụng cụ cứu hộ.",
    ),
    (
        "rGo141",
        "en",
        "answers",
        "Pre-departure passenger safety briefings",
        "Scripts and training for operators to brief passengers before departure: where lifejackets are and how to wear "
        "them, emergency exits, securing belongings and route-specific rules.",
    ),
    # inland freight and others (distractors)
    (
        "rGo142",
        "en",
        "pianc",
        "Container barge transport on inland waterways",
        "Study of bottlenecks and best practice for carrying containers by barge, including seaport handling delays.",
    ),
    (
        "rGo143",
        "vi",
        "airsupply",
        "Dịch vụ vận tải hàng hóa đường thủy nội địa",
        "Vận chuyển hàng rời, container và hàng quá khổ bằng sà lan, nối cảng biển với khu công nghiệp nội địa.",
    ),
    (
        "rGo144",
        "en",
        "mekong_mrc",
        "Navigation aids for difficult Mekong reaches",
        "Installation of navigation safety aids on the least navigable stretches of the Mekong and cross-border "
        "navigation agreements for cargo and tourism shipping.",
    ),
    (
        "rGo145",
        "vi",
        "mrc_transport",
        "Vận chuyển nông sản bằng ghe qua hệ thống kênh đào",
        "Dịch vụ chở lúa gạo, vật liệu xây dựng, phân bón bằng ghe, sà lan theo các kênh lớn ở đồng bằng.",
    ),
    (
        "rGo146",
        "en",
        "ai24h_aophao",
        "ISO 12402 lifejackets for ferry and boat passengers",
        "Supply of lifejackets rated 50 to 275 N; models of 100 N and above turn an unconscious wearer face-up. Foam "
        "(inherently buoyant) and auto-inflating types, with fitting instructions.",
    ),
    (
        "rGo147",
        "vi",
        "uk_inflatable",
        "Áo phao bơm hơi cho thuyền viên",
        "Áo phao bơm hơi mặc được trong 1 phút không cần người giúp, chỉ mặc được một chiều nên không mặc sai, gọn nhẹ để "
        "mặc suốt ca làm việc, chịu được cú nhảy từ độ cao 4,5 m.",
    ),
    (
        "rGo148",
        "vi",
        "boat_capacities",
        "Tập huấn xếp tải và giới hạn sức chở cho người lái",
        "Lớp cho người lái đò, xuồng: không chở quá sức chở, phân bố người và hàng đều; lật thuyền là nguyên nhân hàng đầu "
        "của tai nạn chết người, phần lớn do chở quá tải hoặc xếp sai.",
    ),
    (
        "rGo149",
        "en",
        "sa_ky",
        "QR ticket gates for passenger boat terminals",
        "E-ticketing software with QR readers at boarding gates: valid tickets release the latch for one person, invalid "
        "ones trigger LED and sound signals, staff hold override codes; every boarding is recorded.",
    ),
    (
        "rGo150",
        "en",
        "dinhkhao_vnews",
        "Peak-hour ferry capacity and schedule planning",
        "Operations support for ferry crossings whose traffic has jumped (e.g. after a provincial merger): higher "
        "sailing frequency at peak hours, coordinated loading of passengers, vehicles and goods.",
    ),
    (
        "rGo151",
        "vi",
        "gody",
        "Tour phượt miền Tây qua các bến phà lớn",
        "Tour trải nghiệm đi phà qua sông Vàm Nao, sông Tiền, ngắm cù lao, thưởng thức đặc sản hai bờ.",
    ),
    (
        "rGo152",
        "vi",
        "nhadatquan9",
        "Môi giới đất nền gần dự án cầu mới",
        "Giới thiệu đất nền, nhà phố đón đầu hạ tầng khi cầu mới thay bến phà được giao tỉnh làm chủ đầu tư.",
    ),
    (
        "rGo153",
        "vi",
        "hybrid_wiki",
        "Phà chở khách lai nhiều nguồn năng lượng",
        "Thiết kế phà 600 khách dùng diesel, pin nhiên liệu hydro, ắc quy AGM cùng điện gió và mặt trời, tốc độ 12 hải "
        "lý/giờ; phương án đội phà lai diesel – điện giảm một nửa lượng dầu mỗi năm.",
    ),
]
