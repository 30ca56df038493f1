"""Offers of the holdout81 set (river transport, boats, ports and rural logistics in the Mekong Delta).

Rows: (id, language, source key, title, description). Source keys are resolved in holdout81_sources.py.
Offers marked "# distractor" come from neighbouring fields and share words with the needs without solving them.
"""

OFFERS = [
    # --- Boat and barge building and repair --------------------------------------------------------------
    (
        "lEo001",
        "en",
        "bairdvn",
        "Composite and aluminium boatbuilding yard with split-hull moulds",
        "Vietnamese yard run by a former fisherman that builds mainly in fibreglass alongside a steady aluminium line: "
        "about 370 staff, of whom 270 work in fibreglass and 24 are aluminium welders. Two split-hull moulds let crews "
        "laminate each half before the halves are joined, and up to six hulls move along an assembly line on land. Output "
        "includes 24 m and 27 m fibreglass fishing boats (a typical gillnetter is 27 x 6.8 m), catamaran and monohull "
        "ferries, patrol craft, rigid inflatables and pleasure boats, built to order for Vietnamese and export clients.",
    ),
    (
        "lEo002",
        "en",
        "faomdv",
        "Training in building and repairing a 4.5 m open fibreglass boat",
        "Course built on an FAO technical manual for the MDV-1, a 4.5 m undecked fibreglass-reinforced plastic boat that can "
        "be rowed or powered and suits sheltered inshore waters. Boatbuilders and owners learn how FRP behaves, how to "
        "recognise fatigue and more serious damage, and how to carry out the maintenance and repairs it needs. Aimed at "
        "wooden-boat builders turning to FRP because good boatbuilding timber is getting hard to find.",
    ),
    (
        "lEo003",
        "vi",
        "fao321",
        "Đào tạo kỹ thuật đóng tàu cá vỏ sợi thủy tinh (FRP) cho thợ đóng ghe",
        "Khóa tập huấn dựa trên tài liệu kỹ thuật số 321 của FAO về đóng tàu cá bằng sợi thủy tinh, được biên soạn từ kinh "
        "nghiệm thực tế đóng tàu FRP ở Bắc Mỹ, châu Âu và các nước đang phát triển. Dành cho cán bộ thủy sản và thợ đóng "
        "tàu muốn nâng cao hiểu biết về vật liệu, khuôn, quy trình trải lớp và kiểm soát chất lượng vỏ FRP; phù hợp cơ "
        "sở đóng ghe gỗ đang chuẩn bị chuyển sang vật liệu composite.",
    ),
    (
        "lEo004",
        "en",
        "fao12",
        "Techno-economic planning for setting up FRP boat production",
        "Advisory service for agencies or cooperatives that plan to produce fibreglass versions of local inshore boats. "
        "The study works out the market, the boat type, how many are needed each year, the price owners can pay and the "
        "credit schemes required, since FRP boats usually cost more than traditional ones, using extension-service data on "
        "existing fleets, engines and builders. It delivers the techno-economic case funders ask for before committing money.",
    ),
    (
        "lEo005",
        "vi",
        "bockh",
        "Công nghệ bọc vỏ composite cho tàu, ghe vỏ gỗ",
        "Viện Nghiên cứu chế tạo tàu thủy (Trường Đại học Nha Trang), đơn vị có đề tài nghiên cứu bọc tàu vỏ gỗ bằng "
        "composite từ khoảng mười năm trước, chuyển giao quy trình và phối hợp cơ sở đóng tàu thi công. Vỏ gỗ thường được "
        "bọc 4 lớp nhựa dày 0,3–0,5 cm rồi phun sơn hoàn thiện, chi phí khoảng 400.000–600.000 đồng mỗi m² vỏ. Áp dụng "
        "cho tàu cũ đã xuống cấp lẫn tàu gỗ mới đóng, giúp bỏ được khoản lên đà cạo hà, làm nước hằng năm.",
    ),
    (
        "lEo006",
        "vi",
        "bocbd",
        "Đội thợ bọc keo composite phần mớn nước cho tàu, ghe gỗ",
        "Nhóm 3–5 thợ chuyên bọc keo composite cho vỏ gỗ ngay tại triền đà, nhận làm từng phần (mê lườn, phần ngâm nước) "
        "hoặc cả thân tàu. Làm sạch và kiểm tra kỹ từng chỗ trên bề mặt gỗ, pha keo đúng tỷ lệ để lớp keo khô không quá "
        "nhanh cũng không quá chậm, rồi dán lớp phủ kín nước. Vỏ tàu kín và bền hơn, bớt phải kéo lên đà làm nước, cạo "
        "hà, sơn lại theo định kỳ sáu tháng.",
    ),
    (
        "lEo007",
        "en",
        "ibithai",
        "Glass-reinforced plastic long-tail boats built from moulds",
        "Group of marine professionals producing a 10 m (33 ft) long-tail boat in GRP because timber has become expensive. "
        "With the existing mould set-up they turn out three hulls a week, and they help other boatyards set up the moulds "
        "to build the same GRP hull themselves.",
    ),
    (
        "lEo008",
        "vi",
        "tuanlong",
        "Xưởng đóng mới và sửa chữa tàu vừa và nhỏ có âu tàu, triền đà",
        "Công ty đóng tàu có âu tàu dài 147 m (công suất thiết kế đóng được tàu tới 13.000 tấn), một đường triền dọc dài "
        "83 m rộng 14,4 m, ba đường triền ngang dài 55 m, nhà xưởng, bãi lắp ráp và cầu cảng. Nhắm vào thị trường bảo "
        "dưỡng, sửa chữa tàu vừa và nhỏ trong ụ để bảo đảm chất lượng, đồng thời nhận đóng mới phương tiện vận tải thủy; "
        "có khu luyện sắt thép cung cấp trực tiếp cho sửa chữa và đóng tàu.",
    ),
    (
        "lEo009",
        "en",
        "shipmarin",
        "Steel barge and cargo vessel newbuilding yard",
        "Southern shipbuilder with more than 35 years in ship repair that moved into newbuilding and delivered a "
        "15,000-tonne barge (the largest in the country in 2006), pairs of 6,800 DWT and 6,500 DWT dry-cargo ships, the "
        "latter exported to Japan, plus tugs, passenger and service vessels. It rationalised its production line, recently "
        "completed a 1,400 m³ LPG carrier with 700 m³ tanks made by its own workers, and takes orders for steel barges and "
        "self-propelled cargo craft.",
    ),
    (
        "lEo010",
        "en",
        "stevens",
        "Steel barge life-extension and hull renewal",
        "Shipyard service that brings worn river barges back into service: cropping and renewing bilge (knuckle) plates "
        "on both sides and sections of bottom plating, adding a sacrificial plate under the bow rake, then sandblasting "
        "and painting from the deck down. On one 195 x 35 ft material barge the yard fitted 110 bolt-on aluminium anodes "
        "(6 x 12 in), welded on draft marks and coated all internal spaces.",
    ),
    (
        "lEo011",
        "en",
        "vesselrepair",
        "Drydock with land-transfer berths and a blast-and-paint shed",
        "Repair yard with a new 280 ft drydock and a 700 ft system that moves barges onto two land berths under a 70 x 42.5 ft "
        "rolling bridge crane. One berth has an 80 x 70 ft rolling blasting and painting building with two 30-ton blast pots "
        "and two 750 cfm high-pressure compressors; the whole area is concreted with power points along it. It docks and "
        "repairs barges (the first was a 30,000-barrel tank barge) and also builds push boats.",
    ),
    (
        "lEo012",
        "en",
        "glshipyard",
        "Haul-out and multi-vessel drydocking with a 700-tonne Travelift",
        "Shipyard that lifts tugs, deck scows and crane barges with a 700-metric-ton Marine Travelift and carries out full "
        "drydock packages: hull cleaning and maintenance, steel repairs, inspection of propulsion and steering, sea valve "
        "and bearing work, deck mat renewal and replacement of large deck hatches. Several vessels can be hauled out and "
        "redelivered under one contract.",
    ),
    (
        "lEo013",
        "vi",
        "giaotrinhvo",
        "Đào tạo công nghệ sửa chữa vỏ tàu thép",
        "Khóa học theo giáo trình công nghệ sửa chữa vỏ tàu thủy: nhận diện ba nhóm nguyên nhân làm hư hỏng kết cấu thân "
        "tàu – mài mòn do cọ sát, ăn mòn hóa học do nước, dầu, khí nóng, và ăn mòn điện phân vốn nguy hiểm nhất với tàu "
        "vỏ thép – rồi lập quy trình sửa chữa tương ứng. Dành cho thợ và kỹ thuật viên xưởng sửa ghe, sà lan vỏ thép.",
    ),
    (
        "lEo014",
        "en",
        "zincfog",
        "Zinc-based corrosion protection for steel hulls",
        "Coating advice on protecting steel vessels galvanically with zinc: sacrificial anodes, zinc-rich primers (at least "
        "92 % metallic zinc in the dry film), thermal-spray zinc and hot-dip galvanising. Zinc-rich primers are normally "
        "top-coated with an epoxy barrier and a polyurethane finish for UV resistance, and can be brushed or sprayed in the "
        "shop or in the field, above and below the waterline.",
    ),
    (
        "lEo015",
        "vi",
        "galvanic",
        "Tư vấn bố trí anode hy sinh chống ăn mòn cho ghe, xuồng vỏ kim loại",
        "Hướng dẫn của kỹ sư về ăn mòn galvanic: khi các kim loại khác nhau (thép, đồng thau, inox, nhôm) cùng ngâm trong "
        "nước, kim loại có điện thế âm hơn sẽ bị ăn mòn. Dựa vào bảng dãy điện thế (so với bạc: kẽm −1,10 V, nhôm −0,75 V, "
        "thép −0,70 V, đồng thau −0,25 V), đơn vị tính chọn và bố trí anode kẽm hoặc nhôm để vỏ và phụ kiện trở thành "
        "catốt, đồng thời phân biệt với ăn mòn do dòng điện rò.",
    ),
    (
        "lEo016",
        "en",
        "gelcoat",
        "Gelcoat blister diagnosis and repair for fibreglass hulls",
        "Assessment and repair of osmotic blisters, which appear on an estimated one in four fibreglass boats: water "
        "passes the gelcoat, gathers in voids and forms acidic fluid that pushes the gelcoat into domes. Most cases stay "
        "cosmetic if treated; the service opens and drains blisters, dries and fills the laminate, restores the surface, "
        "and flags hulls where blistering points to a lay-up defect.",
    ),
    (
        "lEo017",
        "vi",
        "pbo",
        "Sửa chữa trầy xước, móp vỏ composite và lớp gelcoat",
        "Dịch vụ sửa vỏ tàu, xuồng composite (GRP): trám vết trầy, vết lõm, vết khoét do va chạm hoặc do cạo sơn chống hà "
        "quá tay. Lớp gelcoat ngoài cùng chỉ dày 0,25–1 mm nên phải chuẩn bị bề mặt, trám đúng vật liệu và pha đúng màu để "
        "vết sửa không lộ; làm cả vỏ đặc lẫn vỏ có lõi xốp, và tư vấn khi nào cần thợ chuyên xử lý bọng nước thẩm thấu.",
    ),
    (
        "lEo018",
        "vi",
        "rb505",
        "Xuồng cấp cứu vỏ composite RB505",
        "Trường Đại học Thủy sản Nha Trang thiết kế, chế tạo chiếc xuồng cấp cứu vỏ composite đầu tiên ở Việt Nam, ký hiệu "
        "RB505, đáp ứng quy định bổ sung của Công ước SOLAS về trang bị xuồng cấp cứu cho tàu. Trước đó tàu phải mua xuồng "
        "composite nhập khẩu hoặc dùng xuồng hợp kim nhôm; sản phẩm trong nước thay thế hàng ngoại với giá hợp lý hơn.",
    ),
    (
        "lEo019",
        "vi",
        "st1200",
        "Xuồng cứu nạn kiêm đổ bộ ST1200CN cho sông rạch",
        "Xuồng do Công ty 198 (Bộ Quốc phòng) chế tạo, nội địa hóa 100 %: đáy và mạn phun đầy bọt polyurethane cứng tạo vỏ "
        "hai lớp, thủng lớp ngoài nước vẫn không vào, ngập nước không chìm. Chịu sóng cấp 5–6, cập bờ nơi mớn nước đuôi chỉ "
        "0,5 m; ca bin gập được bằng bản lề và tời nên cao không quá 1,8 m so với mặt nước, chui qua cầu thấp trên kênh "
        "rạch. Mũi có cầu dẫn đóng mở thủy lực để vớt nạn nhân và chuyển hàng.",
    ),
    (
        "lEo020",
        "en",
        "alufab",
        "Aluminium workboat design and fabrication",
        "Fabricator of aluminium workboats for fishing, patrol, construction support and transport. Each boat is laid out "
        "for its use, water conditions, loads and the applicable rules; marine-grade plate is precision-cut and welded by "
        "crews trained for aluminium, which reacts to heat differently from steel, to avoid leaks and cracking. Aluminium "
        "hulls are far lighter than steel, giving lower fuel use and more payload.",
    ),
    (
        "lEo021",
        "vi",
        "ssic",
        "Đóng phà, tàu khách cabin nhôm và tàu vỏ nhôm",
        "Công ty Công nghiệp tàu thủy Sài Gòn tập trung dòng phà chở khách có ca bin bằng nhôm, nhẹ mà bền hơn; đã đóng "
        "chiếc phà thứ bảy, tự hành, chở khoảng 400 khách cùng ô tô, xe máy cho tuyến Hà Tiên – Phú Quốc. Công ty đang đầu "
        "tư xưởng đóng tàu vỏ nhôm và đưa lao động đi đào tạo; vỏ nhôm nhẹ hơn vỏ thép nên tàu chạy nhanh hơn, bền hơn.",
    ),
    (
        "lEo022",
        "vi",
        "solardt",
        "Thuyền du lịch chạy pin năng lượng mặt trời",
        "Nhóm bốn thợ ở xã Trường Xuân (Tháp Mười, Đồng Tháp) tự làm thuyền chở khách chạy pin mặt trời, mỗi người lo một "
        "phần: tấm pin – mạch điện – động cơ điện, cơ khí, chân vịt và lắp ráp hoàn chỉnh. Mô hình trưng bày tại Techmart "
        "2015 thu hút gần nghìn lượt xem và mang về đơn đặt hàng. Thuyền không tốn xăng, không ồn, không khói, hợp với khu "
        "du lịch sinh thái cần yên tĩnh cho chim cò.",
    ),
    (
        "lEo023",
        "en",
        "solarscenic",
        "Solar-powered passenger boat for river tourism",
        "Solar boat developed by four farmers from Tam Nông district, Đồng Tháp: two panels charge two batteries feeding an "
        "electric motor with five forward and two reverse gears. It cruises at about 20 km/h and can keep running up to three "
        "hours after sunset, silently and without fumes. The nearby Tràm Chim National Park has ordered more boats for visitors.",
    ),
    (
        "lEo024",
        "en",
        "dwthai",
        "Electric drive retrofit for long-tail river boats",
        "Programme by a German electric-outboard maker to replace the second-hand car and truck engines on long-tail boats "
        "with electric drives. Long-tails are fast and nimble but loud and smelly; the retrofit keeps the hull and the way "
        "the boat handles while removing exhaust and engine noise on crowded waterways.",
    ),
    (
        "lEo025",
        "en",
        "visionm",
        "180-hp electric outboard with lithium batteries",
        "Electric outboard rated at 180 hp that runs on lithium batteries, reaches about 60 mph and fits any boat built for a "
        "180-hp petrol outboard, typically 18–26 ft long. It costs about USD 5,000 more than a comparable combustion engine, "
        "charges overnight from a 220-volt outlet and needs much less maintenance because it has fewer moving parts; it is "
        "silent, odourless and smokeless.",
    ),
    (
        "lEo026",
        "vi",
        "boattest",
        "Tư vấn chọn động cơ điện gắn ngoài cho xuồng",
        "Tư vấn kỹ thuật giúp chủ xuồng so sánh đúng động cơ điện gắn ngoài với máy xăng: công suất liên tục tính bằng mã "
        "lực bằng số kW nhân 1,34, ví dụ động cơ 100 kW tương đương 134 hp. Lưu ý các con số mã lực quảng cáo cao thường là "
        "công suất đỉnh chỉ giữ được dưới một phút, còn máy xăng công bố ở công suất đỉnh 5.000–6.000 vòng/phút; từ đó chọn "
        "động cơ và bộ pin hợp với tải và quãng đường chạy.",
    ),
    (
        "lEo027",
        "vi",
        "pyxis",
        "Thuyền điện năng lượng mặt trời có chức năng hòa lưới (V2G)",
        "Thuyền điện Pyxis R của một công ty khởi nghiệp hàng hải Singapore: tấm pin mặt trời trên mỗi thuyền tạo khoảng 22 kWh "
        "điện mỗi ngày, nạp ban ngày để chạy tối và đêm; công nghệ vehicle-to-grid cho phép đưa điện dư lên lưới. Công ty "
        "đang bàn giao 10 chiếc, gần như mỗi tháng một chiếc, thay một nửa đội 20 thuyền của nhà khai thác du thuyền trên "
        "sông Singapore.",
    ),
    (
        "lEo028",
        "en",
        "entropy",
        "Battery-electric ferry with a shore-side charging unit",
        "Battery-powered car and passenger ferry concept proven on a short Norwegian crossing: because a ferry shuttles the "
        "same short distance, a battery unit installed at the port recharges it in about ten minutes, a lay-over comparable "
        "to refuelling a diesel ferry. Suited to fixed, short crossings.",
    ),
    (
        "lEo029",
        "vi",
        "corsair",  # distractor
        "Đóng thuyền buồm ba thân du lịch, thể thao xuất khẩu",
        "Xưởng Corsair Marine International bên sông Sài Gòn (phường Phú Thuận, quận 7) đóng thuyền buồm ba thân dài khoảng "
        "12 m, rộng 10 m khi mở cánh, chở 5–7 người, theo đơn hàng từ Mỹ, Đức, Pháp, Hà Lan, Úc. Một chiếc cỡ vừa bán tại Mỹ "
        "ít nhất 250.000 USD, đóng tại Việt Nam giá chỉ khoảng một nửa.",
    ),
    (
        "lEo030",
        "vi",
        "energyobs",  # distractor
        "Tàu Energy Observer: trình diễn tàu hydro, gió, mặt trời không phát thải",
        "Con tàu hydro tự hành không phát thải đầu tiên, dài 30 m, rộng 12 m, hơn 200 tấm pin mặt trời, tốc độ tối đa 14 hải "
        "lý/giờ, chạy liên tục 4–7 ngày khi nạp đầy. Trên hành trình vòng quanh thế giới, tàu dừng ở TP.HCM (điểm thứ 73) "
        "để giới thiệu hệ thống năng lượng tái tạo với du khách, nhà hoạch định chính sách, học sinh, sinh viên.",
    ),
    (
        "lEo031",
        "en",
        "gheduc",  # distractor
        "Building live-well boats (ghe đục) for carrying live pangasius",
        "Boatyards in An Giang and Đồng Tháp build ghe đục, wooden live-well boats whose sides have 5–10 square openings of "
        "about 40 cm behind steel mesh so river water flows through the hold and the fish stay alive. Closed bow and stern "
        "compartments keep the boat afloat; a large boat in sao wood costs about VND 1 billion and carries 15–20 tonnes of "
        "pangasius fingerlings or market fish to farms and processing plants.",
    ),
    (
        "lEo032",
        "en",
        "jogja",  # distractor
        "High-powered racing long-tail boats",
        "Thai long-tails fitted with engines of up to 500 hp that can exceed 100 mph; the whole engine block swivels on its "
        "mount so the shaft turns 360 degrees and lifts for speed control. A boat that once cost about 3,000 baht now sells "
        "for over 200,000 baht (about USD 5,500); used for thrill rides and races.",
    ),
    (
        "lEo033",
        "vi",
        "offshore",  # distractor
        "Thiết kế kỹ thuật công trình biển cố định bằng bê tông cốt thép",
        "Đề tài thiết kế công trình biển trọng lực bằng bê tông cốt thép ở độ sâu nước 38 m cho vùng biển phía Nam phục vụ "
        "khai thác dầu khí; tổng quan xu thế từ giàn thép jacket đến giàn tự nâng, giàn bê tông trọng lực và công trình biển "
        "mềm, tham khảo kỷ lục giàn thép Bullwinkle ở độ sâu 492 m với khối chân đế 65.000 tấn.",
    ),
    # --- Ferry and waterway safety ----------------------------------------------------------------------
    (
        "lEo034",
        "vi",
        "aophao",
        "Áo phao đạt chuẩn ISO 12402 và hướng dẫn mặc đúng cách",
        "Cung cấp và tư vấn chọn áo phao theo phân loại ISO 12402, lực nổi từ 50 đến 275 N: loại 50–70 N cho hoạt động gần "
        "bờ, 100 N cho vùng nước lặng, 150–275 N cho nơi sóng gió, xa bờ; áo trên 100 N phải tự lật ngửa người bất tỉnh để "
        "còn thở được. Có loại nổi bị động (lõi xốp) và loại tự bơm hơi; hướng dẫn cài chặt vì áo chỉ khoác hờ sẽ không "
        "làm được việc lật người.",
    ),
    (
        "lEo035",
        "en",
        "kenh14",
        "Passenger safety briefing programme on lifejacket use",
        "Training and briefing material for boat and ferry operators on when and where lifejackets should be worn: on open "
        "decks from the moment of departure, but in closed cabins a worn buoyant jacket can trap a person if the boat "
        "suddenly capsizes or floods, as the UK MAIB found in the Cheeki Rafiki case and US OSHA guidance warns. Crews learn "
        "to hand out jackets, keep them at hand in cabins and brief passengers before casting off.",
    ),
    (
        "lEo036",
        "vi",
        "liferaft",
        "Cung cấp bè cứu sinh tự thổi cho tàu chở khách",
        "Bè cứu sinh là thuyền bơm hơi nhỏ để hành khách và thuyền viên rời tàu khi tàu chìm hoặc sắp chìm. Bè bơm hơi thủ "
        "công hoặc tự động, có khoang kín nước, dải phản quang và mang sẵn nước, thực phẩm, túi sơ cứu; đơn vị cung cấp bè, "
        "lắp giá đặt và hướng dẫn sử dụng cho tàu, phà.",
    ),
    (
        "lEo037",
        "en",
        "amsa",
        "Passenger counting and monitoring procedures for vessel operators",
        "Procedure package built on the Marine Order 504 changes applying from 31 May 2020: operators carrying passengers "
        "must count them so there is an accurate record of how many are on board, and monitor passengers during the voyage. "
        "Includes head-count routines at embarkation and disembarkation and record templates.",
    ),
    (
        "lEo038",
        "en",
        "adigo",
        "AI camera system that counts passengers boarding ferries",
        "Adigo nPax, developed in Norway, uses a camera and AI algorithms to count people boarding and leaving a ferry, "
        "including passengers sitting in vehicles during free-flow boarding with no ticket barriers. Counts go straight to "
        "the ship's logging system and are kept for authorities; crew can check a count manually when needed.",
    ),
    (
        "lEo039",
        "vi",
        "rfidferry",
        "Hệ thống RFID kiểm soát người và xe lên, xuống phà",
        "Giải pháp kiểm soát lên, xuống phà bằng nhận dạng tần số vô tuyến (RFID): khách và xe mang thẻ, chỉ cần đi qua vùng "
        "đầu đọc là được ghi nhận tự động, không cần thêm người. Hệ thống tăng lưu lượng qua bến, giảm ùn tắc, loại bỏ chuyện "
        "lên nhầm chuyến, giảm mạnh thu tiền mặt và cho biết chính xác số người, số xe trên mỗi chuyến.",
    ),
    (
        "lEo040",
        "vi",
        "saky",
        "Phần mềm bán vé điện tử và cổng soát vé QR cho cảng, bến khách",
        "Giải pháp đã vận hành tại cảng Sa Kỳ (Quảng Ngãi): khách quét mã QR trên vé vào đầu đọc, cổng gửi dữ liệu về phần "
        "mềm kiểm tra; vé hợp lệ thì cổng tự mở cho một người qua, vé không hợp lệ thì báo bằng đèn LED và âm thanh, nhân "
        "viên có mã để mở cổng khi cần. Giảm thời gian chờ làm thủ tục, kiểm soát chặt người ra vào, bảo đảm an ninh trật tự.",
    ),
    (
        "lEo041",
        "en",
        "windmill",
        "Automatic passenger counting systems: video AI, infrared and Wi-Fi",
        "Supplier of automatic passenger counting (APC) data systems, advising on AI recognition of CCTV video, passive "
        "infrared, infrared time-of-flight sensors that build a 3D picture and ignore fixed objects, and Wi-Fi detection of "
        "phones (restricted in some places). Most systems reach at least 95 % accuracy and feed real-time dashboards showing "
        "when and where people got on and off.",
    ),
    (
        "lEo042",
        "vi",
        "brilliaz",
        "Sổ bảo dưỡng điện tử và niêm yết sức chở qua mã QR cho đò, phà",
        "Dịch vụ số hóa hồ sơ an toàn phương tiện: nhật ký bảo dưỡng từng chiếc (máy, bơm hút khô, hệ thống điện), kết quả "
        "kiểm tra vỏ và thiết bị cứu sinh, công khai cho hành khách qua mã QR tại chỗ lên tàu. Kèm niêm yết sức chở, cách "
        "tính tải trọng và cân bằng, quy trình kiểm soát số khách mùa cao điểm để không dồn người quanh lối thoát và chỗ để phao.",
    ),
    (
        "lEo043",
        "en",
        "myboats",
        "Personal AIS beacons for crew and passengers",
        "Personal AIS beacons (PAB) worn on a lifejacket broadcast an AIS distress signal with GPS position and a 9-digit "
        "MMSI once activated, so a person in the water appears on any AIS-SART-compatible chartplotter, typically up to about "
        "4 miles away over VHF. The boat can home in on someone lost from sight, at night or in waves.",
    ),
    (
        "lEo044",
        "vi",
        "pinpoint",
        "Thiết bị định vị cá nhân PLB 406 MHz có GPS",
        "Cung cấp PLB – dạng thu nhỏ của EPIRB – phát tín hiệu cấp cứu 406 MHz qua vệ tinh COSPAS-SARSAT về trung tâm điều "
        "phối cứu nạn; loại có GPS khoanh vùng tìm kiếm trong khoảng 100 m, loại không GPS sai số 2–5 km. Việc xác minh báo "
        "động mất trung bình tới 45 phút và PLB chỉ kích hoạt bằng tay, nên người rơi xuống nước phải còn tỉnh để bấm.",
    ),
    (
        "lEo045",
        "en",
        "mobdev",
        "Man-overboard device selection and supply",
        "Advisory and supply of man-overboard (MOB) alerting devices matched to each operation: 406 MHz PLBs relayed by "
        "satellite to rescue services, AIS beacons that alert nearby AIS-equipped vessels, DSC devices that alarm every DSC "
        "VHF radio in range (usually the best way to reach boats close by), Bluetooth tags that sound an alarm on a phone or "
        "base station on board, and radar SARTs.",
    ),
    (
        "lEo046",
        "en",
        "bilgealarm",
        "Bilge high-water alarms for boats",
        "Supply and fitting of bilge (high-water) alarms with audible and visual warnings at the helm or in cabins, with a "
        "sensor in each hull or bilge compartment. They warn long before water becomes critical, typically from failed "
        "through-hulls or engine cooling hoses; versions linked to a mobile phone alert the owner even when ashore. Required "
        "by the US Coast Guard on boats over 26 ft.",
    ),
    (
        "lEo047",
        "vi",
        "everwatch",
        "Cảm biến phát hiện nước vào khoang, báo qua điện thoại",
        "Thiết bị cảnh báo sớm cho tàu, ghe neo đậu không người trông: cảm biến đặt trong các khoang phải khô (hầm máy, khoang "
        "ắc quy, hầm hàng, khoang lái) phát hiện nước rỉ vào qua nắp hầm, gioăng, ống nứt trước khi phao bơm khô kịp hoạt động "
        "và gửi cảnh báo ngay đến điện thoại chủ phương tiện để xử lý trước khi hư hại hoặc chìm.",
    ),
    (
        "lEo048",
        "vi",
        "nlt",
        "Đèn tín hiệu phao báo hiệu đường thủy nội địa theo quy chuẩn",
        "Cung cấp, lắp đặt đèn tín hiệu cho phao báo hiệu chỉ luồng, đánh dấu khu vực nguy hiểm và giới hạn vùng nước, hoạt "
        "động liên tục ngày đêm trong mọi thời tiết. Tư vấn chủng loại, màu, nhịp chớp và cách bố trí theo quy chuẩn Việt "
        "Nam và Điều 9 Thông tư 77/2014/TT-BGTVT để phương tiện đi đúng luồng, tránh va chạm ban đêm.",
    ),
    (
        "lEo049",
        "en",
        "sealite",
        "IP68 solar LED marine lanterns for navigation marks",
        "Solar LED marine lanterns with the highest waterproof rating (IP68) required in the marine industry. In Moreton Bay, "
        "Queensland, an SL-60 lantern on a secondary-channel beacon knocked over by a vessel lay under 5 m of water for about "
        "three weeks and was still working when Maritime Safety Queensland recovered it.",
    ),
    (
        "lEo050",
        "en",
        "sabik",
        "Solar LED harbour and channel lights",
        "Solar LED marine lanterns that replace grid-powered lights on jetties, breakwaters and approach channels, removing "
        "power bills, cable runs, storm repairs and many maintenance trips to remote marks while meeting the photometric "
        "and safety standards aids to navigation must pass. Includes help assessing autonomy, light output and compliance.",
    ),
    (
        "lEo051",
        "vi",
        "colregs",
        "Bộ đèn hành trình cho ghe, xuồng máy dưới 12 m",
        "Cung cấp và lắp đèn hành trình cho phương tiện nhỏ theo Quy tắc 23 của Quy tắc phòng ngừa đâm va: tàu máy dưới 12 m "
        "được dùng một đèn trắng chiếu sáng bốn phía cùng đèn mạn xanh, đỏ; tàu dưới 7 m chạy không quá 7 hải lý/giờ được dùng "
        "đèn trắng bốn phía và thêm đèn mạn nếu lắp được. Hướng dẫn lắp lệch khỏi đường tâm khi cần, với đèn mạn ghép chung một hộp.",
    ),
    (
        "lEo052",
        "vi",
        "yssignal",
        "Đèn phao năng lượng mặt trời cho luồng và vùng nguy hiểm",
        "Đèn phao chạy pin mặt trời hoặc ắc quy, dùng được ở nơi không có điện lưới, chịu gió mạnh, mưa lớn, sóng; đặt trên phao "
        "để báo đá ngầm, bãi cạn, luồng lạch, nhất là ban đêm hoặc khi tầm nhìn kém. Chọn đèn theo khuyến nghị IALA, có kiểm "
        "tra và bảo trì định kỳ.",
    ),
    (
        "lEo053",
        "en",
        "inlandais",
        "Inland AIS transponders and River Information Services",
        "Inland AIS transponders for inland waterway vessels, an extension of the IMO AIS standard: each vessel broadcasts "
        "static data (ship number, call sign, name), dynamic data (position, speed, course) and voyage data (loaded draught, "
        "destination, ETA). Vessels and shore base stations see each other on the transponder display or on Inland ECDIS, "
        "supporting tracking and tracing, traffic images, ETA calculation, accident tracking and lock management.",
    ),
    (
        "lEo054",
        "vi",
        "vmsnd41",  # distractor
        "Phần mềm giám sát hành trình tàu cá (VMS) theo Nghị định 41/2026",
        "Giải pháp VMS cho tàu cá khai thác trên biển theo Nghị định 41/2026/NĐ-CP: truyền dữ liệu liên tục về hệ thống quản "
        "lý thủy sản của Bộ Nông nghiệp và Môi trường, lưu tối thiểu 36 tháng, mỗi tàu tối đa 2 thiết bị. Phần mềm chạy trên "
        "Windows, Android, iOS, giao diện tiếng Việt, hiện vị trí, vận tốc, hướng, cảnh báo khi tàu ra vào vùng giám sát; dữ "
        "liệu không sửa được, dùng xử lý vi phạm và truy xuất nguồn gốc thủy sản.",
    ),
    (
        "lEo055",
        "vi",
        "vmsmt",  # distractor
        "Đánh giá thiết bị giám sát tàu cá xa bờ (VMS)",
        "Kết quả nghiên cứu ba loại thiết bị VMS (Thuraya SF2500, Vifish.18, BA-SAT01) lắp trên tàu cá Bình Định, Khánh Hòa, "
        "Quảng Nam qua 2 chuyến biển: tần suất truyền vị trí đạt 141 %, 152 % và hơn 8 lần mức quy định; khoảng mất tín hiệu "
        "dài nhất 13 giờ 38 phút và 8 giờ 38 phút. Thiết bị khoảng 20 triệu đồng, tiêu hao điện thấp; khuyến nghị phân quyền dữ liệu.",
    ),
    (
        "lEo056",
        "en",
        "gettransport",
        "GPS and AIS tracking dashboard for barge fleets",
        "Barge logistics platform that fits GPS and AIS sensors on every barge and feeds one dashboard with position, speed, "
        "heading and ETA, raising an alert the moment a vessel deviates. Radio beacons at locks and satellite coverage fill "
        "gaps on river bends, barcodes and RFID tie cargo to each barge, and a pilot at two locks and a terminal is proposed, "
        "with a claimed 20–30 % cut in bottlenecks within 90 days.",
    ),
    (
        "lEo057",
        "vi",
        "seaclear",
        "Hệ thống hải đồ điện tử giá rẻ (ECS) cho tàu nội địa",
        "Giải pháp của Khoa Hàng hải, Đại học Giao thông vận tải TP.HCM: thay vì trang bị ECDIS đắt tiền, kết hợp thiết bị "
        "sẵn có trên tàu với máy tính cá nhân và phần mềm hải đồ miễn phí Seaclear để có hệ thống hiển thị hải đồ điện tử và "
        "thông tin hàng hải đơn giản (ECS), hiệu quả không kém mà giá phù hợp tàu nội địa.",
    ),
    (
        "lEo058",
        "en",
        "opencpn",
        "OpenCPN open-source chartplotter and navigator",
        "Free, GPL-licensed chartplotter meant as the main navigation screen at the helm: takes GPS/GPSD position, displays "
        "BSB raster and S-57 vector electronic charts, decodes AIS targets and follows waypoint routes with autopilot output. "
        "It starts and shuts down quickly, keeps only the toolbar buttons needed day to day and runs on Windows, macOS and Linux.",
    ),
    (
        "lEo059",
        "en",
        "pyais",
        "pyais: Python library for decoding AIS messages",
        "Pure-Python library that decodes and encodes AIVDM/AIVDO AIS messages from single sentences, files or TCP/UDP "
        "sockets, tested against live feeds such as Spire and the Norwegian Coastal Administration. A basis for a shore "
        "receiver that logs vessel identity, position, course and speed from AIS radio traffic.",
    ),
    (
        "lEo060",
        "vi",
        "openplotter",
        "OpenPlotter: trạm hải đồ, giám sát cảm biến và cảnh báo trên tàu",
        "Bộ phần mềm mã nguồn mở chạy trên máy tính nhỏ đặt trên tàu: hải đồ OpenCPN hoặc AvNav xem qua trình duyệt, nhận dữ "
        "liệu NMEA 0183/2000, Signal K, AIS, la bàn từ cảm biến IMU giá rẻ. Kết nối cảm biến nhiệt độ, áp suất, điện áp, mức "
        "két, cửa…, đặt ngưỡng để phát cảnh báo hình, tiếng hoặc kích hoạt hành động; chức năng IoB cho phép theo dõi tàu từ "
        "xa khi không có người.",
    ),
    (
        "lEo061",
        "vi",
        "icare",  # distractor
        "Giải pháp bãi giữ xe thông minh nhận dạng biển số",
        "Hệ thống bãi giữ xe: camera ở cổng vào chụp người gửi và biển số, phần mềm tự nhận dạng biển số (khoảng 85 % lượt xe "
        "có biển rõ), mã hóa thông tin xe và giờ vào vào thẻ; ở cổng ra đối chiếu biển số, hình ảnh rồi thu phí khách vãng "
        "lai hoặc ghi lượt cho khách vé tháng.",
    ),
    (
        "lEo062",
        "en",
        "paranav",  # distractor
        "Automatic passenger counting box for buses",
        "Bus customer-counting system made of a smart control box and sensors above each door: when a door opens the sensor "
        "counts people entering, and counts are merged with e-ticket records into a report per coach to expose fare "
        "dodgers. Data are downloaded to a flash drive at the garage, or optionally sent over GPRS.",
    ),
    (
        "lEo063",
        "en",
        "apsense",  # distractor
        "Auto-conductor passenger flow control for coaches",
        "Passenger-flow system for motor coaches: cameras above or in front of the doors count boarding and alighting "
        "passengers, up to eight extra cameras record inside and outside the bus, and a GPS/GLONASS unit ties each count to "
        "a stop. Linked to the bus-station ticketing system, it reconciles tickets sold with passengers carried.",
    ),
    (
        "lEo064",
        "en",
        "windborne",  # distractor
        "Solar garden and driveway marker lights",
        "Small solar-cell LED lights from the garden aisle that need no wiring; driveway-marker versions are made to be "
        "driven over, so they are weather-tight and sturdy, and party versions flicker orange. Popular on moored sailboats "
        "at a Seattle marina as eye-level accent lights beside the official anchor light 65 ft up the mast.",
    ),
    (
        "lEo065",
        "en",
        "bargeml",  # distractor
        "Machine-learning estimates of barge counts from AIS data",
        "Research method predicting whether tows carry barges and how many, from AIS tracks of tug and tow vessels matched "
        "with traffic-camera observations on inland rivers. Trained on 164 vessels with up to 42 barges per tow, AdaBoost "
        "reached an F1 score of 0.932 for presence and a Random Forest–AdaBoost ensemble 0.886 for quantity, for freight-flow "
        "estimates and dredging planning.",
    ),
    (
        "lEo066",
        "en",
        "beetlebug",  # distractor
        "Browser chartplotter built from NOAA S-57 charts",
        "Experimental open-source tool that turns NOAA S-57 ENC cells into offline vector-tile charts (PMTiles, MapLibre) "
        "drawn with the IHO S-101 portrayal rules in a web component. The demo shows official charts of Annapolis; the author "
        "says it was coded largely with AI as a learning project and must not be relied on for navigation.",
    ),
    # --- Small river ports, landing stages, loading and dredging ----------------------------------------
    (
        "lEo067",
        "en",
        "modular",
        "Modular polyethylene floating docks",
        "Roto-moulded polyethylene dock modules, from 20-inch cubes to sections of three to five feet, that join end to end "
        "or side by side like a kit into pier docks, T-docks and drive-on slips. They do not rot or rust, forgive impacts, "
        "can be moved as water levels change and are often assembled in a day; where docks are temporary, permits are often "
        "not required.",
    ),
    (
        "lEo068",
        "vi",
        "nauticexpo",
        "Cầu phao module nhựa lắp ghép nhanh",
        "Module phao polyethylene đúc quay, ghép đầu nối đầu hoặc cạnh nối cạnh theo nhiều cấu hình, mỗi module chỉ mất khoảng "
        "năm phút để gắn vào module bên cạnh; loại lớn kích thước 1,2 x 2,4 m. Mặt chống trượt, chống thủng, chống tia UV; "
        "dùng làm bến thuyền, sàn nổi cho thiết bị nạo vét, bãi tạm trên mặt nước, có rãnh kỹ thuật để luồn dây điện, ống nước.",
    ),
    (
        "lEo069",
        "en",
        "dfyachts",
        "Heavy-duty portable floating docks that follow the water level",
        "Modular floating dock systems for marinas and commercial waterfronts that rise and fall with the tide, keeping the "
        "deck level with moored boats where fixed concrete piers are submerged at high water or leave a large gap at low "
        "water. No driven piles, heavy machinery or dive teams, which cuts capital cost, permitting time and long-term "
        "maintenance; modules can be reconfigured or moved.",
    ),
    (
        "lEo070",
        "vi",
        "dfyachts5",
        "Cầu phao tháo lắp HDPE khung nhôm cho bến thủy",
        "Hệ phao nổi module tháo rời: phao nhựa HDPE, khung kết cấu hợp kim nhôm hàng hải 6061-T6 có tỷ lệ bền trên khối lượng "
        "cao, mặt sàn composite. Các khối liên kết chia đều lực sóng, tránh tập trung ứng suất nên ít hư khi thời tiết xấu; "
        "tháo ra, di dời, cất theo mùa và vận chuyển dễ dàng.",
    ),
    (
        "lEo071",
        "en",
        "morgancity",
        "Truck-to-barge conveyor loading for rice",
        "River port service transferring rice straight from trucks into barges: each truck discharges through a chute onto an "
        "electrically powered conveyor belt that drops the grain into the barge, an inspector watches the flow, and spilled "
        "grain is discarded. In one job 3,500 tonnes went into two barges holding up to 2,000 tonnes each, waiting for an "
        "ocean ship.",
    ),
    (
        "lEo072",
        "vi",
        "heyl",
        "Băng tải rót hạt xuống sà lan có máng chắn, nâng hạ theo mực nước",
        "Hệ thống xếp hàng hạt rời xuống sà lan: hạt từ phễu, kho chứa đi qua dãy băng tải rồi rơi vào hầm sà lan; đầu băng "
        "tải có tấm chắn định hướng để hạt không văng ra ngoài, cả băng tải nâng lên hạ xuống theo thủy triều. Kèm thiết bị "
        "dỡ sà lan liên tục hạn chế rơi vãi; một đoàn 15 sà lan chở bằng hơn 1.000 xe tải.",
    ),
    (
        "lEo073",
        "en",
        "superior",
        "Riverside bulk loading facility design for barges",
        "Equipment maker that designed a riverside aggregate processing and barge-loading site where more than 60 % of output "
        "leaves by river: a 1,500-tonne barge load equals 15 jumbo rail cars or 58 large truckloads. Sites with road, rail and "
        "river access can serve any customer; conveyors and loading plant are sized to the operation.",
    ),
    (
        "lEo074",
        "vi",
        "semo",
        "Dây chuyền đóng bao tự động và băng tải ra sà lan",
        "Dây chuyền tại cảng sông: hạt từ toa xe lên băng tải cao rồi đổ vào phễu lớn của xưởng đóng bao, chỉ bấm công tắc là "
        "hạt chảy vào bao khoảng 50 kg (110 pound); bao được xếp lên rơ-moóc sàn phẳng chở ra sà lan đang chờ. Xưởng có kho "
        "chứa và bến xếp hàng xuống sà lan liền kề.",
    ),
    (
        "lEo075",
        "en",
        "thaiparb",
        "Bagged and bulk rice loading procedures for containers and vessels",
        "Exporter's loading procedure: clean, dry containers lined with kraft paper or plastic sheeting; 25 or 50 kg bags "
        "stacked in brick or block pattern up to about 25–28 t per 20 ft box; desiccants against moisture, ventilation gaps "
        "where needed, airbags or dunnage to stop shifting, tamper-proof seals. For bulk rice: clean, fumigated holds, "
        "conveyor or pneumatic loading, trimming against cargo shift, tarpaulins and sealed hatches.",
    ),
    (
        "lEo076",
        "en",
        "piglix",
        "Covered dry-cargo barges for weather-sensitive goods",
        "Dry bulk barges for grain, sand, gravel, steel and similar cargo: outer steel hull, braced internal void and cargo "
        "box, built as rake barges (curved bow, head of the tow) or box barges with more capacity. For weather-sensitive "
        "cargo the barge gets lift-off or rolling covers in fibreglass or steel; loading and unloading practices keep "
        "spillage off the deck.",
    ),
    (
        "lEo077",
        "en",
        "vortex",
        "Barge versus truck versus rail freight feasibility",
        "Material-handling engineers compare transport modes for bulk shippers: one tonne moves 218 km per litre of fuel by "
        "barge, 85 km by rail and 25 km by lorry; a European barge carries about 2,700 t against 23 t per lorry, and at "
        "907 t/h a barge loads in a couple of hours. The analysis also weighs slower transit, unsuitability for perishables, "
        "high cost on short hauls and dependence on river levels.",
    ),
    (
        "lEo078",
        "en",
        "damen",
        "Dredge pump on an amphibious excavator for precision silt removal",
        "Dredge pump (DOP200) on the boom of an amphibious excavator, with a back-mounted power pack supplying the pump and "
        "cutter hydraulics, GPS for precision work and standard pump monitoring. Used in high winds to remove about 4,000 m³ "
        "of silt beside a Dutch dyke, pumping through a 150 m partly floating pipeline before the area was refilled with sand.",
    ),
    (
        "lEo079",
        "en",
        "mumbai",
        "Amphibious dredger for narrow canals and drains",
        "Amphibious dredging machine (Aquarius Systems, USA) used by an Indian waterway-cleaning company on Mumbai's open "
        "drains: it floats in water and crosses soft marsh where tracked or wheeled excavators bog down, has a 22 ft reach and "
        "rotates 360 degrees. Extendable wheels give flotation and stability, and it drives itself on and off its trailer and "
        "down steep banks.",
    ),
    (
        "lEo080",
        "en",
        "magnom",
        "Cutter suction dredging with interchangeable cutter heads",
        "Dredging contractor using cutter suction dredgers: a rotating cutter head loosens the bed and dredge pumps (an "
        "underwater pump plus one or two inboard pumps) send the soil-water mix through floating and shore pipelines to the "
        "discharge site. Toothed cutter heads are swapped on site to suit different soils.",
    ),
    (
        "lEo081",
        "vi",
        "hamburg",
        "Tàu hút nạo vét duy tu đáy sông và vũng cảng",
        "Dịch vụ nạo vét bằng tàu hút để duy tu lòng sông và vũng cảng, lấy đi lớp trầm tích lắng đọng định kỳ nhằm giữ độ "
        "sâu cần thiết cho tàu thuyền; tàu hút gần như đã thay hẳn tàu cuốc gầu trước đây. Áp dụng kinh nghiệm duy tu của một "
        "cảng sông lớn ở châu Âu.",
    ),
    (
        "lEo082",
        "en",
        "budm",
        "Beneficial use of dredged sediment advisory",
        "US Army Corps of Engineers resources on putting dredged sediment to use instead of dumping it, in seven broad "
        "categories such as habitat development, beach nourishment, parks and recreation, agriculture and aquaculture, land "
        "reclamation and construction material; more than 1,300 beneficial-use cases are documented in North America alone.",
    ),
    (
        "lEo083",
        "en",
        "budmland",
        "Land improvement with fine dredged material",
        "Guidance on raising or improving low or poor land with silts and clays from maintenance dredging: split the "
        "placement area and fill shallow layers in rotation, rework the fill with low-ground-pressure farm or earthmoving "
        "machines, and mix coarse material into the fine top layer to dry it. River-derived material is mostly eroded topsoil "
        "and organic matter that can improve the structure of poor farmland.",
    ),
    (
        "lEo084",
        "vi",
        "tiasang",
        "Theo dõi bồi lắng luồng và bể cảng bằng ảnh vệ tinh",
        "Phân tích chuỗi ảnh vệ tinh để theo dõi bùn cát theo luồng đổ vào bể cảng và diễn biến bên trong cảng theo thời gian, "
        "phục vụ đánh giá tác động lên bờ biển và lập kế hoạch duy tu. Đã áp dụng cho cảng biển Trà Vinh và Kênh Tắt (thông "
        "luồng ngày 20/01/2016), cho thấy vệt bùn cát lan tỏa trong cảng khi triều xuống.",
    ),
    (
        "lEo085",
        "vi",
        "qccrane",  # distractor
        "Cung cấp cẩu giàn QC và cẩu chân đế cho cảng container",
        "Thiết bị xếp dỡ chính ở cảng container: cẩu giàn QC đặt trên cầu tàu bốc container từ tàu lên bờ, loại hiện đại nâng "
        "được hai container song song, ít chiếm chỗ vì không phải quay; cẩu chân đế làm được cả container và hàng rời, quay 180 "
        "độ linh hoạt nhưng chậm hơn. Phục vụ cảng biển có sản lượng container lớn.",
    ),
    (
        "lEo086",
        "vi",
        "kemem",  # distractor
        "Kè mềm bằng bao sinh thái chống sạt lở bờ sông, bờ biển",
        "Giải pháp địa kỹ thuật do Trường Đại học Mỏ – Địa chất và một công ty vật liệu xây dựng nghiên cứu: dùng bao sinh thái "
        "làm kè mềm bảo vệ bờ sông, hồ, biển đang sạt lở ở ĐBSCL thay cho các kè cứng kém bền vững; đã áp dụng thành công ở "
        "một số dự án.",
    ),
    (
        "lEo087",
        "vi",
        "hdpecage",  # distractor
        "Lồng nuôi biển ống nhựa HDPE chịu bão cấp 12",
        "Doanh nghiệp có hai nhà máy rộng 6 ha sản xuất lồng nuôi cá biển bằng ống HDPE, khép kín từ hạt nhựa nguyên sinh đến "
        "sợi lưới PE đạt ISO 9001:2015, đã xuất khẩu sang 6 nước. Lồng chịu gió bão cấp 12, tuổi thọ thiết kế 20–50 năm, "
        "khung đàn hồi uốn theo sóng; đang cung cấp cho chương trình nuôi biển công nghệ cao ở Khánh Hòa.",
    ),
    (
        "lEo088",
        "en",
        "stpcage",  # distractor
        "HDPE fish-cage clusters for marine aquaculture",
        "Supplier launching clusters of 5 x 5 m HDPE fish cages at Côn Đảo to link sea farming with conservation and tourism, "
        "aimed at the more than 90 % of Vietnamese aquaculture households still farming spontaneously at small scale with "
        "limited infrastructure.",
    ),
    (
        "lEo089",
        "vi",
        "songgam",  # distractor
        "Lập dự án nạo vét tận thu cát và thủ tục xin phép khai thác",
        "Tư vấn lập dự án đầu tư nạo vét cát khơi thông dòng chảy theo mẫu dự án sông Gâm: tính độ sâu, khối lượng bùn sét và "
        "cát tận thu, công suất, thời gian thi công, chọn thiết bị, trình tự và biện pháp thi công, cùng thủ tục xin phép "
        "khai thác tận thu cát.",
    ),
    (
        "lEo090",
        "vi",
        "trande",  # distractor
        "Phân tích khả thi và bền vững luồng hàng hải Trần Đề",
        "Bài phân tích của GS-TSKH Nguyễn Ngọc Trân về luồng hàng hải Trần Đề dài 31 km (công bố theo Quyết định 953/QĐ-CHHVN "
        "ngày 25/6/2018): dùng ảnh vệ tinh và thông báo hàng hải để theo dõi các điểm cạn nhất dịch chuyển theo chiều đứng và "
        "chiều ngang, từ đó kiến nghị cách đánh giá khách quan tính khả thi của luồng.",
    ),
    # --- Warehouses and consolidation points for farm produce -------------------------------------------
    (
        "lEo091",
        "en",
        "farmfit",
        "Aggregation and collection centre set-up for smallholders",
        "Design and operating support for aggregation centres where produce from many small farmers is gathered, briefly "
        "stored, quality-checked and shipped in bulk to markets or processors. Pooling lets farmer groups meet the volumes "
        "larger buyers require, bargain for better prices, cut transport costs and lose less to weather; run by off-takers "
        "or service providers together with farmer organisations.",
    ),
    (
        "lEo092",
        "vi",
        "ide",
        "Mô hình điểm thu gom chung cho nhóm nông dân trồng rau",
        "Tổ chức iDE đã xây dựng ở Nepal mô hình điểm thu gom do các nhóm nông dân (phần đông là phụ nữ trồng rau nhà màng, "
        "tưới nhỏ giọt) cùng vận hành: nông dân mang hàng đến, sản phẩm được cân, đóng gói, phân loại theo chất lượng rồi chở "
        "chung bằng một xe tải nhỏ ra thị trường. Giảm chi phí giao dịch, bớt phụ thuộc thương lái, nâng chất lượng và thu nhập.",
    ),
    (
        "lEo093",
        "en",
        "nri",
        "Field collection centre minimum kit and layout",
        "Guidance for exporters and producer groups on field collection centres where the buyer checks, weighs and takes "
        "ownership of the crop: at minimum a permanent building, weighing scales, a table and durable boxes, located near "
        "production because exporters buy fresh produce within about 200 km (under a day by road) of the pack-house and "
        "collect it themselves or through an intermediary.",
    ),
    (
        "lEo094",
        "vi",
        "tetratech",
        "Trung tâm thu gom và dịch vụ nông nghiệp cho nông hộ nhỏ",
        "Mô hình trung tâm thu gom – dịch vụ (đề xuất cho hạt Makueni): thu gom, đóng gói và xuất hàng cho nông hộ, đồng thời "
        "cung cấp vật tư đầu vào, tập huấn, tư vấn qua trang trại mẫu, làm đầu mối vốn đầu tư và bảo hiểm; hợp tác xã và quỹ "
        "tín dụng tham gia vận hành, liên kết với trung tâm chế biến nông sản.",
    ),
    (
        "lEo095",
        "vi",
        "silobk",
        "Silo cải tiến bảo quản lúa, nông sản",
        "Mẫu silo do GS-TSKH Bùi Song Cầu và cộng sự (Trung tâm nghiên cứu công nghệ và thiết bị công nghiệp, ĐH Bách khoa "
        "TP.HCM) chế tạo trong nước: chống nhiệt bên ngoài đốt nóng và thoát nhiệt bên trong bằng thông thoáng, giữ lúa ở "
        "mức an toàn khoảng 35°C. Lúa được làm sạch, sấy bổ sung bằng lò đốt rồi qua gàu tải vào silo; mái cải tiến cho lúa "
        "chảy đều, quạt thông gió bên trong điều hòa nhiệt độ.",
    ),
    (
        "lEo096",
        "en",
        "vtvsilo",
        "Grain drying and sealed metal silo storage",
        "Drying and storage line modelled on Danish practice: freshly harvested grain is cleaned and dried within the first "
        "24 hours by an automated dryer, then kept in sealed cylindrical metal silos that keep out birds and rats, with "
        "sensors reporting moisture, CO2 and temperature in each silo. Ten silos on a small footprint match the capacity of "
        "many flat stores; losses stay below 5 % against more than 10 % in open flat warehouses.",
    ),
    (
        "lEo097",
        "en",
        "irrihermetic",
        "Hermetic grain storage: Cocoons, GrainSafe and IRRI Super bags",
        "Sealed storage that controls moisture and insects without pesticides: an airtight barrier keeps grain at the moisture "
        "it had when sealed, and the oxygen inside is used up so most insects die. Sizes run from 3 litres to 2,000 tonnes, "
        "including commercial Cocoons, GrainSafe units and low-cost 50 kg IRRI Super bags, for paddy, brown rice, maize, "
        "coffee and milled rice.",
    ),
    (
        "lEo098",
        "vi",
        "irriassam",
        "Túi bảo quản kín khí cho lúa hạt và lúa giống",
        "Túi lót polyethylene dày 60 micron có lớp chắn khí (Super Grain Bag) đặt trong bao thường, được IRRI thử nghiệm ở Assam "
        "(Ấn Độ), nơi độ ẩm không khí trên 82 % gần cả năm. Trong bao đay thường, ẩm độ hạt tăng từ 14,8 % lên 16,3 % sau năm "
        "tháng, gây mốc và làm hỏng hạt giống; túi kín khí giữ nguyên ẩm độ, ngăn sâu mọt, giữ sức nảy mầm.",
    ),
    (
        "lEo099",
        "en",
        "irribag",
        "Warehouse bag-stacking layout and storage hygiene",
        "Guidelines for storing rice in 40–80 kg jute or woven plastic bags: jute stacks no higher than 4 m and plastic 3 m, "
        "under a roof or waterproof tarpaulin, on pallets off the floor, with 1 m between and around stacks and 1.5 m clearance "
        "to the roof, sized so one sheet can cover a stack for fumigation; never on rice-husk beds. Recommends hermetic liners "
        "inside existing bags for seed and commercial rice.",
    ),
    (
        "lEo100",
        "vi",
        "hocday",
        "Mô hình hợp tác xã đầu tư và quản lý chung máy sấy, máy gặt đập",
        "Mô hình đề xuất từ dự án nghiên cứu nứt hạt và sau thu hoạch lúa ở ĐBSCL: nông hộ góp vốn qua liên minh hợp tác xã để "
        "mua máy gặt đập liên hợp, máy sấy và quản lý chung, đưa lợi ích của tiến bộ kỹ thuật – nhất là phần lợi từ giảm tổn "
        "thất khi sấy – về tay nông dân. Số máy sấy ở ĐBSCL mới tăng từ 6.200 (2006) lên 6.600 (2009), phần lớn đặt tại nhà nông hộ.",
    ),
    (
        "lEo101",
        "en",
        "nardt",
        "Flat-bed paddy dryers of 4 to 20 tonnes",
        "Flat-bed dryers for wet-season paddy, the type adopted across the Mekong Delta, where more than 6,000 units of "
        "4–20 t capacity were working by 2012. Mechanical drying tackles post-harvest losses that typically reach 15–25 % and "
        "up to 50 % when grain deteriorates, where most paddy is still sun-dried and kept in barns and bags.",
    ),
    (
        "lEo102",
        "vi",
        "gobox",
        "Phần mềm quản lý kho WMS cho doanh nghiệp",
        "Hệ thống WMS điều phối mọi hoạt động trong kho, từ nhận hàng, cất trữ, lấy hàng, đóng gói đến xuất giao: kiểm soát tồn "
        "kho chính xác, tối ưu vị trí lưu trữ, giảm thời gian tìm hàng và sai sót, tăng tốc xử lý đơn, giảm chi phí vận hành; "
        "kèm hướng dẫn triển khai từ A đến Z cho doanh nghiệp Việt.",
    ),
    (
        "lEo103",
        "vi",
        "tantrao",
        "Phân tích, thiết kế hệ thống quản lý kho cho doanh nghiệp vừa và nhỏ",
        "Nghiên cứu (Trường Đại học Thủ đô Hà Nội) phân tích và thiết kế hệ thống quản lý kho (WMS) trên nền tảng số cho doanh "
        "nghiệp vừa và nhỏ, trước hết là doanh nghiệp vật liệu xây dựng cần quản lý kho nguyên vật liệu và thành phẩm, trong "
        "bối cảnh các WMS phổ biến chưa phù hợp quy mô này.",
    ),
    (
        "lEo104",
        "en",
        "barcode",
        "Barcode inventory system for small warehouses",
        "Barcode-based inventory tracking for small businesses: every item or lot carries a barcode read by a scanner or "
        "smartphone, recording quantity, location and price in a digital inventory. It cuts data-entry errors, turns hours "
        "of counting into minutes and shows stock levels in real time to avoid stock-outs and overstock.",
    ),
    (
        "lEo105",
        "en",
        "xdockfast",
        "Partial-load consolidation and regional cross-docking",
        "Logistics service that combines partial loads bound for the same region into one truckload and cross-docks it near "
        "the customers. Worked example: four separate 2,000 lb shipments cost USD 2,640 in total; combined into one 8,000 lb "
        "load, cross-docked (16 pallets at USD 10 each) and delivered locally they cost USD 2,160.",
    ),
    (
        "lEo106",
        "vi",
        "xdockderby",
        "Dịch vụ gom hàng lẻ thành chuyến nguyên xe và trung chuyển cross-dock",
        "Hai phương án cho chủ hàng: gom nhiều lô hàng lẻ (LTL) từ các nhà cung cấp về một kho để ghép thành chuyến nguyên xe "
        "(FTL), giảm cước, hóa đơn và giấy tờ; hoặc cross-dock – dỡ hàng từ xe đến, phân loại, dán nhãn và xếp ngay lên xe đi "
        "trong ngày, hầu như không lưu kho. Tư vấn chọn phương án theo độ gấp của hàng và chi phí.",
    ),
    (
        "lEo107",
        "vi",
        "quyetthanh",  # distractor
        "Hợp tác xã chế biến trái cây sấy dẻo, sấy khô",
        "HTX nông nghiệp Quyết Thanh (Mộc Châu, Sơn La) đầu tư công nghệ chế biến mận, hồng giòn, xoài, đu đủ, chanh leo tươi "
        "thành sản phẩm sấy dẻo, sấy khô đóng gói có nhãn, thu mua khoảng 600 tấn quả tươi mỗi năm và nhận hàng nghìn đơn mỗi ngày.",
    ),
    (
        "lEo108",
        "vi",
        "vinattfrozen",  # distractor
        "Xuất khẩu sầu riêng đông lạnh nguyên trái, nguyên múi",
        "Tập đoàn xuất khẩu trái cây có 10 cơ sở đóng gói ở ĐBSCL, Tây Nguyên và 2 nhà máy chế biến với kho lạnh 50–60 tỷ đồng "
        "mỗi kho tại Bến Tre, đạt ISO 9001:2015, HACCP; làm sầu riêng cấp đông nguyên trái, nguyên múi có hạt hoặc bỏ hạt, dạng "
        "kem để xuất khẩu, đã thu 25 triệu USD.",
    ),
    (
        "lEo109",
        "vi",
        "lamdong",  # distractor
        "Gia công đóng gói sầu riêng tại cơ sở có mã số xuất khẩu",
        "Lâm Đồng có 5 cơ sở đóng gói sầu riêng được Hải quan Trung Quốc cấp mã số, tổng diện tích nhà xưởng 6.323 m², công suất "
        "275 tấn/ngày; lớn nhất là cơ sở 2.200 m² công suất 120 tấn/ngày, các cơ sở khác 15–60 tấn/ngày.",
    ),
    (
        "lEo110",
        "en",
        "hellokisan",  # distractor
        "Governance training for milk and vegetable collection points",
        "Procurement-governance material on why collection and aggregation points are where sourcing systems quietly break: "
        "pooled lots blur responsibility, a sour milk can is diluted and blended at a busy evening centre, vegetable grades "
        "are adjusted afterwards. Recommends safeguards designed around waiting trucks and anxious farmers.",
    ),
    (
        "lEo111",
        "en",
        "fftc",  # distractor
        "Research review of rice post-harvest handling in Asia",
        "Extension bulletin by an IRRI grain post-production engineering consultant reviewing how rice is harvested, cleaned, "
        "dried, stored, milled and marketed on small Asian farms averaging three hectares, the physical and quality losses "
        "at each step, and the gaps in technology and institutions that keep farmers and processors from improving.",
    ),
    (
        "lEo112",
        "vi",
        "hoangdieu",  # distractor
        "Báo cáo nghiệp vụ quản lý, khai thác kho bãi cảng biển",
        "Báo cáo thực tập của sinh viên Đại học Hàng hải Việt Nam về nghiệp vụ quản lý, khai thác kho bãi cảng Hoàng Diệu (Hải "
        "Phòng): cơ sở vật chất, các đội và tổ sản xuất, quy trình giao nhận, chứng từ; trong bối cảnh hệ thống cảng biển cả "
        "nước có 281 bến cảng với khoảng 92,2 km cầu cảng.",
    ),
    # --- Trucking and delivery management ---------------------------------------------------------------
    (
        "lEo113",
        "en",
        "trucksonmap",
        "Digital freight matching platform for shippers and carriers",
        "Online load-matching platform that pairs unassigned shipments with carriers whose truck, route and timing fit, using "
        "algorithms and live GPS instead of phone calls that used to take two to four hours per full load. It targets empty "
        "running (21.6 % of truck kilometres in the EU are driven empty) in a digital freight matching market estimated at "
        "USD 7.9 billion in 2023.",
    ),
    (
        "lEo114",
        "vi",
        "logivanterms",
        "Nền tảng kết nối chủ hàng và chủ xe tải LOGIVAN",
        "Website và ứng dụng LOGIVAN cung cấp dịch vụ kết nối, trao đổi thông tin giữa người cần chở hàng (đăng đơn hàng) và chủ "
        "xe tải (xem đơn, báo giá), các bên tự thỏa thuận hợp đồng theo pháp luật. Dịch vụ LOGINOW tích hợp trong ứng dụng chủ "
        "hàng do LOGIVAN trực tiếp điều xe, phân tài xế, báo giá và chịu trách nhiệm như một pháp nhân vận chuyển.",
    ),
    (
        "lEo115",
        "vi",
        "freightexch",
        "Sàn giao dịch vận tải: đăng hàng, đăng xe trống, tìm hàng chiều về",
        "Dịch vụ sàn giao dịch hàng hóa (load board) trực tuyến cho doanh nghiệp vận tải, giao nhận: chủ hàng đăng lô hàng cần chở, "
        "chủ xe đăng chỗ trống, hai bên tìm và ghép với nhau. Mục đích chính là lấp đầy xe trên chuyến quay về bến, giảm chạy "
        "rỗng và phát thải; thu phí đăng tin, tra cứu hoặc chỉ thu phí khi báo giá được chấp nhận.",
    ),
    (
        "lEo116",
        "en",
        "logivanmed",
        "Trucking marketplace app built for Vietnam's fragmented fleet",
        "Vietnamese start-up applying technology and AI to match freight with trucks: trucks carried 77 % of the country's "
        "freight volume in 2016, 90 % of trucking firms own fewer than five trucks, a 5-tonne truck costs about USD 35,000, "
        "and 70 % of booked trucks return empty each day. Its app lets shippers book trucks while filling return legs, so "
        "shippers stop paying for empty backhauls.",
    ),
    (
        "lEo117",
        "vi",
        "ceta",
        "Phần mềm ghép chuyến nhiều chặng với bản đồ vị trí xe",
        "Tính năng điều phối cho hành trình chia nhiều chặng (ví dụ Hà Nội – Đà Nẵng, Đà Nẵng – TP.HCM, TP.HCM – Cần Thơ) do các "
        "xe, tài xế khác nhau đảm nhận: hiện trên bản đồ vị trí từng xe và trạng thái từng chặng, để điều phối viên biết hàng "
        "đang ở đâu, chặng nào đã xong và nối chuyến kịp lúc, tránh hàng tồn bãi hoặc đơn bị treo.",
    ),
    (
        "lEo118",
        "en",
        "routeflow",
        "Route optimisation software for 5–30 vehicle delivery fleets",
        "Route planner solving the vehicle routing problem for small fleets: it assigns stops to vehicles and sequences each "
        "route together, respecting customer time windows and vehicle capacity, with spreadsheet import of orders. For a "
        "10-vehicle fleet manual planning costs about USD 990 a month in staff time plus around 20 % extra mileage; the tool "
        "costs USD 49 a month.",
    ),
    (
        "lEo119",
        "vi",
        "raute",
        "Phần mềm tối ưu lộ trình giao hàng cho đội 2–50 tài xế",
        "Công cụ tối ưu tuyến cho doanh nghiệp giao hàng nhỏ: chia điểm giao cho nhiều tài xế, tôn trọng khung giờ, theo dõi vị "
        "trí trực tiếp, chụp ảnh và ký nhận khi giao hàng. Với đội 5 tài xế, tiết kiệm 15–25 % nhiên liệu, 10–20 phút lập kế "
        "hoạch mỗi sáng cho mỗi tài xế, thêm 1–3 điểm giao mỗi ca; giá từ 24,99 USD/tháng. Dùng AI làm sạch địa chỉ, thuật toán "
        "tối ưu cổ điển để giải tuyến.",
    ),
    (
        "lEo120",
        "en",
        "ortools",
        "OR-Tools vehicle routing with time windows",
        "Open-source Google OR-Tools sample (C#, Apache 2.0) that solves the vehicle routing problem with time windows with the "
        "constraint solver's routing library: a travel-time matrix, a time window per stop and several vehicles from one "
        "depot, returning each vehicle's route and arrival times. A starting point for building routing into in-house "
        "dispatch software.",
    ),
    (
        "lEo121",
        "en",
        "spopt",
        "Capacitated vehicle routing solver with time windows (R package spopt)",
        "Function in the R package spopt that finds minimum-cost routes for several capacity-limited vehicles serving all "
        "customers from a depot: Clarke-Wright savings construction improved by 2-opt, relocate and swap moves, with optional "
        "service times, a maximum route time, route-time balancing and earliest/latest arrival times. Returns vehicle "
        "assignments, visit order and costs.",
    ),
    (
        "lEo122",
        "en",
        "traccar",
        "Traccar open-source GPS tracking platform",
        "Free, open-source GPS tracking server in Java that supports more than 200 GPS protocols and over 2,000 tracker models, "
        "works with any major SQL database and offers a REST API, a web dashboard and mobile apps. Provides real-time "
        "tracking, driver-behaviour monitoring, reports, geofences, alarms and e-mail or SMS notifications; self-hosted for "
        "free or as managed hosting.",
    ),
    (
        "lEo123",
        "vi",
        "kvfleet",
        "Phần mềm quản lý đội xe, định mức và biểu cước vận tải",
        "Phần mềm của một công ty công nghệ cho doanh nghiệp vận tải, forwarder: danh mục xe, tuyến, địa điểm, tài xế; định mức "
        "dầu theo loại xe, tải trọng, tuyến đường, khấu hao lốp theo km, định mức nhớt, bảo hiểm, phí đường bộ, chi phí bốc xếp, "
        "lương phụ xe. Nhập biểu cước bán ra và thuê ngoài để phần mềm tự tính cước, chi phí từng chặng, hạch toán doanh thu – "
        "chi phí – lợi nhuận.",
    ),
    (
        "lEo124",
        "vi",
        "katavina",
        "Camera giám sát hành trình theo Nghị định 10 cho xe kinh doanh vận tải",
        "Cung cấp, lắp đặt camera đáp ứng Nghị định 10/2020 và Thông tư 12/2020: xe khách từ 9 chỗ, xe container, xe đầu kéo "
        "phải có camera ghi hình lái xe (xe khách thêm khoang khách và cửa lên xuống). Camera ghi, lưu video, truyền ảnh 12–20 "
        "lần mỗi giờ (3–5 phút một lần) và chuyển ảnh về Tổng cục Đường bộ chậm nhất 2 phút sau khi đơn vị nhận được.",
    ),
    (
        "lEo125",
        "vi",
        "binhminh",
        "Thiết bị giám sát hành trình tích hợp camera, hợp chuẩn QCVN 31:2014",
        "Thiết bị giám sát hành trình kèm camera theo Nghị định 10/2020, đạt QCVN 31:2014/BGTVT: ghi vận tốc, vị trí GPS, thời "
        "gian lái xe, vi phạm như vượt tốc độ, dừng đỗ sai quy định, và tự truyền dữ liệu về hệ thống của Bộ GTVT. Đến cuối "
        "năm 2023 đã có hơn 230.000 xe (98 % xe kinh doanh vận tải) lắp loại thiết bị này.",
    ),
    (
        "lEo126",
        "en",
        "fueliptech",
        "Fuel level sensors and fuel theft detection for truck fleets",
        "Three-layer fuel control: capacitive fuel-level sensors in the tank (±1 % accuracy, reporting every 30 seconds) flag "
        "any sudden drop outside a refuel; geofenced approved stations match refuel volumes to receipts; CAN-bus consumption "
        "data reconcile fuel burned, added and remaining by trip segment. Fleets typically cut fuel cost by 15–25 % in the "
        "first quarter.",
    ),
    (
        "lEo127",
        "vi",
        "fuelmaptex",
        "Giám sát nhiên liệu xe tải bằng đầu dò trong bình và dữ liệu CANbus",
        "Dịch vụ theo dõi đội xe đo nhiên liệu bằng đầu dò gắn thẳng trong bình hoặc dữ liệu CANbus qua giao diện FMS: ghi mức "
        "dầu lúc dừng và sau khi đổ để phát hiện gian lận khi đổ, cảnh báo khi mức dầu tụt bất thường lúc xe đậu (bị rút trộm), "
        "báo cáo mức tiêu hao theo quãng đường GPS kèm vị trí đổ dầu.",
    ),
    (
        "lEo128",
        "en",
        "pod8move",
        "Electronic proof-of-delivery driver app",
        "Driver app that records proof at every drop: on-screen signature with the signer's name, geotagged and timestamped "
        "photos of goods and drop point, barcode scans checked against the order manifest, e-mailed delivery documents with a "
        "confirmation link, one-time codes by SMS or e-mail and QR scans; all evidence syncs to the back office instantly.",
    ),
    (
        "lEo129",
        "vi",
        "koder",
        "Xây dựng ứng dụng web theo dõi giao hàng, tài xế và lộ trình",
        "Hướng dẫn và nền tảng phát triển ứng dụng web logistics: chốt mục tiêu (ví dụ giảm giao trễ đòi hỏi ETA chính xác và xử "
        "lý ngoại lệ), các nhóm người dùng, vài chỉ số chính và một luồng nghiệp vụ chuẩn tạo đơn – gán tài xế – dẫn đường – "
        "giao hàng – đóng đơn; tích hợp bản đồ, thông báo, bảo mật và triển khai.",
    ),
    (
        "lEo130",
        "vi",
        "postmart",
        "Bưu điện đưa nông sản lên sàn Postmart và vận chuyển tới người mua",
        "Bưu điện Việt Nam hỗ trợ nông dân tiêu thụ nông sản: đưa na, bưởi da xanh, chanh không hạt… lên sàn thương mại điện tử "
        "Postmart, nhận hàng và vận chuyển an toàn tới khách (chuyến na đầu tiên hơn 3 tấn từ Quảng Ninh về Hà Nội). Bưu điện các "
        "tỉnh còn nhận đăng ký và giao hàng thiết yếu tận nơi qua mạng lưới điểm giao dịch.",
    ),
    (
        "lEo131",
        "vi",
        "tmsvn",  # distractor
        "Hệ thống TMS tự chọn hãng chuyển phát rẻ, nhanh cho doanh nghiệp thương mại điện tử",
        "Kiến trúc nền tảng quản lý vận tải tích hợp nhiều đơn vị chuyển phát tại Việt Nam cho doanh nghiệp thương mại điện tử: "
        "thuật toán tự chọn hãng rẻ nhất hoặc nhanh nhất cho từng đơn dựa trên hiệu suất thực tế của bưu cục khu vực, mục tiêu "
        "giảm 12–18 % chi phí và 15–22 % thời gian giao so với chọn thủ công.",
    ),
    (
        "lEo132",
        "en",
        "rail",  # distractor
        "Ho Chi Minh City–Cần Thơ express railway project",
        "Proposed express railway between Ho Chi Minh City and Cần Thơ, promoted as a breakthrough for inter-regional "
        "development: freight and passengers in the Mekong Delta move mainly by road, waterways carry only slow goods such as "
        "rice, fertiliser, building materials and fuel, and seafood and fruit travel only by refrigerated truck.",
    ),
    (
        "lEo133",
        "vi",
        "baixe",  # distractor
        "Đồ án hệ thống bãi giữ xe tự động có mã nguồn",
        "Đồ án tốt nghiệp hệ thống bãi xe tự động dùng thẻ RFID, nhận dạng ký tự biển số bằng mạng nơ-ron, phát cảnh báo số chỗ "
        "trống ở cổng vào để tránh ùn ứ; kèm mã nguồn và sơ đồ kết nối cảm biến, camera, bộ điều khiển.",
    ),
    # --- Cold and dry transport of produce by boat and truck ---------------------------------------------
    (
        "lEo134",
        "en",
        "coldhubsftf",
        "Solar-powered walk-in cold rooms rented per crate",
        "Company placing solar-powered walk-in cold stations in markets and aggregation centres on a pay-as-you-store basis: "
        "farmers pay about USD 0.26 per crate per day and a typical user keeps ten crates, so for under USD 3 a day they hold "
        "produce worth up to USD 600 and can sell later instead of selling at a loss or throwing it away.",
    ),
    (
        "lEo135",
        "vi",
        "coldhubskaruna",
        "Kho lạnh và xe tải lạnh chạy năng lượng mặt trời cho nông dân",
        "Mô hình kho lạnh đi bộ vào được, chạy điện mặt trời, nông dân thuê theo thuê bao, kéo dài thời gian tươi của rau quả từ 2 "
        "lên 21 ngày. Năm 2021 hơn 2 triệu thùng rau quả được gửi trong 54 kho của công ty và 18 kho do doanh nghiệp nhỏ quản lý, "
        "cứu khoảng 62.700 tấn khỏi hư hỏng; hai xe tải lạnh chạy điện mặt trời lấy hàng tận trang trại chở ra chợ.",
    ),
    (
        "lEo136",
        "en",
        "coolbotuvm",
        "CoolBot controller cold room for farm produce",
        "Low-cost walk-in cooler made from a well-insulated room, a standard window air conditioner and a CoolBot controller "
        "(about USD 349) that lets the air conditioner run colder than normal without freezing up. Installed cost about "
        "USD 750 against USD 4,400 for a conventional system; works best above 36 °F (about 2 °C) and is not meant for "
        "freezing, fast pull-down of field heat or more than about six door openings an hour.",
    ),
    (
        "lEo137",
        "vi",
        "coolbotsonla",
        "Kho lạnh CoolBot chi phí thấp cho hợp tác xã rau quả",
        "Kho lạnh dùng điều hòa một chiều thông thường kèm bộ điều khiển CoolBot, đầu tư khoảng 92–116 triệu đồng cho kho 15–30 m³, "
        "nhiệt độ thấp nhất khoảng 1,5°C, phù hợp sơ chế, bảo quản rau, củ, quả sau thu hoạch. Đã chuyển giao cho một số HTX ở Sơn "
        "La qua dự án chuỗi cung ứng lạnh do Chính phủ Úc tài trợ, giúp giảm hao hụt trong bảo quản.",
    ),
    (
        "lEo138",
        "en",
        "coolbotishs",
        "Low-cost coolroom with local insulation and CoolBot",
        "Research-tested cool store for small and marginal farmers: a CoolBot with a window air conditioner cools a hybrid "
        "room whose walls use a clay and rice-husk layer, with thermocol in the roof and a standard cold-room door, instead of "
        "costly PUF panels. It held the set temperature and humidity and kept produce fresh, firm and marketable; some "
        "retailers have since built the same room.",
    ),
    (
        "lEo139",
        "vi",
        "coolcrop",
        "Dịch vụ làm lạnh trả theo lượng dùng đặt ngay tại vườn",
        "Mô hình làm lạnh như một dịch vụ (CoolCrop, Himachal Pradesh): nhà cung cấp lắp đặt, vận hành và bảo trì kho lạnh năng "
        "lượng mặt trời tại hoặc gần vườn, nông dân và HTX trả phí theo khối lượng, số thùng hoặc phí cố định mà không phải bỏ "
        "vốn ban đầu. Có thể lắp thêm máy phân loại chạy điện mặt trời; giảm tổn thất, giữ chất lượng và bán lúc giá tốt.",
    ),
    (
        "lEo140",
        "en",
        "coolveg",
        "Forced-air evaporative cooling chambers, including a mobile version",
        "Off-grid pre-cooling and storage chambers that blow air through wet pads, typically costing less than half a "
        "refrigerated cold room and able to run on solar power: a shipping-container chamber for 168 crates, a portable "
        "chamber for 15–30 crates and a mobile chamber for use in transport. In Kibwezi, Kenya, spinach kept for over five days "
        "instead of two; most valuable in hot, dry climates.",
    ),
    (
        "lEo141",
        "vi",
        "zecc",
        "Buồng làm mát bay hơi không dùng điện (ZECC)",
        "Hướng dẫn xây buồng mát bay hơi tại ruộng: nền gạch 165 x 115 cm, tường gạch đôi cao 67,5 cm cách nhau 7,5 cm nhồi cát "
        "sông ướt, nắp khung tre phủ rơm, có mái che nắng mưa, tưới nước hai lần mỗi ngày. Buồng mát hơn bên ngoài 10–15°C, độ "
        "ẩm khoảng 90 %; rau quả để trong sọt nhựa có lỗ, phủ màng mỏng.",
    ),
    (
        "lEo142",
        "en",
        "cratesucd",
        "Plastic harvest crates for transporting fresh produce",
        "Fact sheet and supply advice on large, medium, small and nestable plastic harvest crates with vented sides and smooth "
        "interiors that stack and load efficiently onto trucks, listing dimensions, weight, capacity and truck capacity for "
        "each. A cost-benefit analysis from a post-harvest loss project in Rwanda compares crates with woven sacks and "
        "traditional baskets.",
    ),
    (
        "lEo143",
        "en",
        "cratesfao",
        "Management of reusable plastic crates in fresh produce supply chains",
        "Technical guide (FAO Regional Office for Asia and the Pacific, 2009) for farmer groups, traders and crate-rental "
        "providers on running reusable plastic crate schemes: the logistics of issuing, returning and tracking crates, and "
        "cleaning and sanitising protocols so crates do not compromise produce safety.",
    ),
    (
        "lEo144",
        "en",
        "cratessl",
        "Evaluation of packages for handling and transporting vegetables",
        "Study that tested ten types of package from the market and from research institutes, technically and economically, "
        "for moving vegetables in Sri Lanka, where produce mostly travels in poly-sacks and handling and transport alone cause "
        "about 20 % loss; rigid plastic crates, wooden boxes and fibreboard boxes greatly reduce the damage.",
    ),
    (
        "lEo145",
        "en",
        "fvdrc",
        "Reefer telematics: remote temperature monitoring and control",
        "Remote monitoring for transport refrigeration units: real-time recording of core cargo temperature, remote setpoint "
        "and mode changes, alarm status, remote pre-trip diagnostics, printouts and USB downloads at delivery, and reports run "
        "afterwards to prove the trailer was pre-cooled. Reduces reefer shutdowns and rejected loads.",
    ),
    (
        "lEo146",
        "vi",
        "jitiot",
        "Cảm biến IoT giám sát nhiệt độ, độ ẩm, cửa thùng cho xe lạnh",
        "Giải pháp cảm biến IoT cho chuỗi lạnh: theo dõi nhiệt độ, độ ẩm, vị trí GPS, va đập, nghiêng, mở cửa và ánh sáng trong "
        "lúc hàng đang chạy thay vì đọc logger sau khi giao; cảnh báo trong 60–90 giây để điều độ kiểm tra máy lạnh, cửa thùng. "
        "Gateway lưu dữ liệu khi mất sóng, xuất hồ sơ phục vụ kiểm tra; chỉ một lần lệch nhiệt 2 giờ có thể làm mất 10–40 % hạn dùng.",
    ),
    (
        "lEo147",
        "en",
        "autonemo",
        "Temperature and GPS monitoring for cold-chain delivery fleets",
        "Vehicle management platform showing live reefer and cargo temperature on the fleet map, with min/max alerts, door-open "
        "correlation, geofenced proof of each stop and trip temperature logs exported with route and stops for audits. Used for "
        "ice cream, pharma, fish and FMCG distribution in Bangladesh, including SMS alerts when a reefer idles away from a customer.",
    ),
    (
        "lEo148",
        "vi",
        "ototmt",
        "Xe tải đông lạnh 1 tấn thùng panel composite cách nhiệt",
        "Cung cấp xe đông lạnh phân khúc 1 tấn (Kia K200, TMT K01S…): thùng panel composite nhập khẩu, lõi bọt polyurethane mật "
        "độ cao ép thủy lực không túi khí, sàn inox 304 dập sóng cho khí lạnh lưu thông dưới kiện hàng, van thoát nước một chiều, "
        "máy lạnh chuyên dụng; tư vấn chi phí lăn bánh và kinh nghiệm vận hành.",
    ),
    (
        "lEo149",
        "vi",
        "xetailanh",
        "Đóng thùng xe tải lạnh, thùng bảo ôn theo yêu cầu",
        "Thiết kế và đóng thùng xe tải lạnh: kết cấu cách nhiệt giữ nhiệt độ cài đặt ổn định, tách biệt môi trường bên ngoài, "
        "giảm tải cho máy lạnh nên tiết kiệm nhiên liệu, kéo dài tuổi thọ hệ thống; dùng cho thực phẩm tươi sống, rau quả, dược "
        "phẩm. Tư vấn vật liệu vách, sàn, cửa theo từng loại hàng.",
    ),
    (
        "lEo150",
        "en",
        "cqchui",
        "Refrigerated trucks and correct pre-cooling practice",
        "Supplier of refrigerated box trucks from micro (up to 1.8 t) and light (1.8–6 t) to medium and heavy classes, with "
        "polyurethane-insulated bodies and refrigeration units for frozen and fresh food. Advises pre-cooling the body to the "
        "required temperature before loading and switching the unit off while doors are open for loading and unloading.",
    ),
    (
        "lEo151",
        "vi",
        "reeferpml",
        "Vận chuyển container lạnh cho nông sản, trái cây",
        "Dịch vụ vận chuyển container lạnh (reefer) 20 và 40 feet, nhiệt độ từ −30°C đến 30°C, cho hàng đông lạnh, tươi sống như "
        "trái cây, rau quả, thịt cá; container lạnh còn được dùng thay kho lạnh để lưu trữ nông sản sau thu hoạch. Hướng dẫn yêu "
        "cầu khi vận tải container lạnh theo tiêu chuẩn ISO.",
    ),
    (
        "lEo152",
        "vi",
        "hocnghe",
        "Tư vấn chọn container khô hay container lạnh cho hàng xuất khẩu",
        "Hướng dẫn thực tế phân biệt container khô (20DC, 40DC, 40HC, không kiểm soát nhiệt độ, rẻ hơn container lạnh 30–50 %, dùng "
        "cho gạo, cà phê, hạt điều, hàng may mặc) và container lạnh (làm lạnh chủ động, giữ từ −30°C đến +30°C, cần nguồn điện), "
        "giúp chủ hàng chọn đúng loại để cân đối chất lượng, chi phí và rủi ro.",
    ),
    (
        "lEo153",
        "vi",
        "putepbac",
        "Hầm chứa cách nhiệt PU trên tàu, ghe giảm hao đá",
        "Thi công hầm bảo quản bằng bọt xốp PU lót inox: bọt PU bám chặt vách và vỏ tàu, không thấm nước, giữ lạnh tốt nên nước "
        "đá mang theo dùng được tới 95 % thay vì 60–70 %. Ngư dân Bình Định cho biết mỗi chuyến chỉ cần 250 cây đá thay vì 350 "
        "cây, cá tươi hơn và bán được giá cao hơn.",
    ),
    (
        "lEo154",
        "vi",
        "cpf",
        "Quy trình thi công hầm bảo quản sản phẩm bằng vật liệu CPF",
        "Quy trình kỹ thuật 5 bước của khuyến nông quốc gia: khảo sát nghề và tàu, lập bản vẽ hầm mới hoặc cải hoán; chọn vật liệu "
        "(tấm composite dày từ 5 mm phủ gelcoat 1 mm, xương composite 100 x 50 x 5 mm, lớp polyurethane 100–200 mm) rồi thi công. "
        "Hầm kín nước, giữ nhiệt lâu, giảm chi phí nước đá và tổn thất chất lượng sản phẩm.",
    ),
    (
        "lEo155",
        "en",
        "coolerbox",
        "800-litre insulated cooler boxes for chilled goods in transit",
        "Large insulated cooler boxes (800 L) that keep goods cold without electricity using ice, dry ice or gel packs, for "
        "holding during loading, unloading and delivery runs, compared with 800 L chest freezers that hold deep-frozen "
        "temperatures continuously. Suited to same-day routes, combined with freezers at the depot.",
    ),
    (
        "lEo156",
        "vi",
        "towner",
        "Thiết kế thùng xe tải nhẹ bằng vật liệu composite",
        "Nghiên cứu (Đại học Đà Nẵng, 2017) thiết kế thùng xe tải Thaco Towner bằng vật liệu composite thay thùng kim loại: không "
        "bị oxy hóa trong môi trường ẩm, nhẹ, giá thành thấp, dễ tạo hình đạt thẩm mỹ; có thể áp dụng cho thùng xe tải nhỏ.",
    ),
    (
        "lEo157",
        "vi",
        "duanviet",  # distractor
        "Lập dự án kho lạnh bảo quản và dây chuyền chế biến nông sản",
        "Đơn vị tư vấn lập thuyết minh dự án xin chủ trương, dự án vay vốn, kêu gọi đầu tư, báo cáo đánh giá tác động môi trường "
        "sơ bộ và quy hoạch chi tiết 1/500; có mẫu dự án kho lạnh bảo quản – dây chuyền chế biến nông sản tại tỉnh Trà Vinh "
        "(tháng 10/2023).",
    ),
    (
        "lEo158",
        "vi",
        "vientauthuy",  # distractor
        "Mô hình cụm 1 tàu mẹ – 5 tàu con đánh bắt và bảo quản cá ngừ đại dương",
        "Đề xuất của một viện tàu thủy: tàu mẹ có hệ thống bảo quản lạnh đạt tiêu chuẩn Nhật Bản phục vụ 5 tàu con câu cá ngừ ở "
        "các ngư trường xa bờ, khắc phục tình trạng tàu nhỏ lạc hậu, hải trình dài, tốn nhiên liệu và chất lượng bảo quản cá ngừ "
        "không đạt.",
    ),
    (
        "lEo159",
        "en",
        "foodexpo",  # distractor
        "Fruit processing plants for juice, frozen and dried fruit",
        "Industry overview of big fruit-processing investments: four groups built six plants worth VND 5,300 billion for "
        "150,000 t of products a year; a VND 1,500 billion plant in Tây Ninh handles fresh packing, freezing, drying and juice; "
        "one exporter runs seven export facilities and a coconut plant in Bến Tre processing 25 million nuts a year.",
    ),
    (
        "lEo160",
        "en",
        "dongnai",  # distractor
        "Frozen jackfruit and durian buying with on-farm freezers",
        "Farmer-entrepreneur in Cẩm Mỹ, Đồng Nai, with 30 years in farming, who built five cold stores to freeze jackfruit and "
        "durian and sells them to processing and export companies, buying from growers in Cẩm Mỹ, Xuân Lộc and Long Khánh when "
        "traders stopped coming during the pandemic.",
    ),
]
