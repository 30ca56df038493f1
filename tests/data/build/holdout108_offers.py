"""Offers of holdout108: (id, language, source key, title, description)."""

OFFERS = [
    # --- hulls, boatbuilding, corrosion
    (
        "mFo001",
        "vi",
        "comp_kh",
        "Đóng mới tàu cá vỏ composite thay cho tàu vỏ gỗ",
        "Cơ sở đóng tàu nhận đóng mới tàu cá vỏ composite cỡ dài 15,4 m, rộng 4,2 m, lắp máy 300CV, giá phần vỏ khoảng 900 triệu đồng. "
        "Giá cao hơn tàu gỗ khoảng 30% nhưng không phải làm nước, hồ, xảm hằng năm nên chủ tàu tiết kiệm chừng 30 triệu đồng mỗi năm; "
        "thân tàu nhẹ, khó chìm, bố trí được cho cả khai thác lẫn thu mua.",
    ),
    (
        "mFo002",
        "vi",
        "comp_sggp",
        "Tàu cá composite nhẹ, chạy nhanh, tiết kiệm dầu",
        "Giới thiệu tàu cá vỏ composite công suất khoảng 300CV dành cho ngư dân muốn chuyển đổi từ tàu gỗ. Vỏ nhẹ giúp tàu đạt tốc độ "
        "khoảng 10 hải lý/giờ so với 5–6 hải lý/giờ của tàu gỗ, giảm tới 20% nhiên liệu mỗi chuyến biển; giá đóng cao hơn tàu gỗ "
        "khoảng 35%, thiết kế dễ chuyển đổi công năng giữa khai thác và thu mua.",
    ),
    (
        "mFo003",
        "vi",
        "comp_2lua",
        "Chuyển giao mẫu tàu câu cá ngừ vỏ composite theo công nghệ Nhật",
        "Mẫu tàu câu cá ngừ đại dương vỏ composite do đối tác Nhật Bản (Yanmar) đặt đóng thử nghiệm tại Việt Nam đã hạ thủy. "
        "Đơn vị giới thiệu mẫu thiết kế, kinh nghiệm vận hành và so sánh với tàu gỗ truyền thống để ngư dân cân nhắc đầu tư "
        "tàu vỏ composite cho nghề câu xa bờ.",
    ),
    (
        "mFo004",
        "vi",
        "boc_bd",
        "Dịch vụ bọc keo composite phần mớn nước cho tàu cá vỏ gỗ",
        "Tổ thợ 3–5 người tại xí nghiệp đóng tàu nhận bọc keo composite lên phần mê lườn (mớn nước) của tàu gỗ khi tàu lên đà. "
        "Bề mặt gỗ được làm sạch, kiểm tra kỹ trước khi dán; chi phí bọc phần mớn nước khoảng trên 30 triệu đồng, giúp tàu kín nước, "
        "giảm việc cạo hà, xảm, sơn lại 6 tháng một lần vốn tốn 20–30 triệu đồng mỗi lần.",
    ),
    (
        "mFo005",
        "vi",
        "boc_kh",
        "Bọc vỏ composite cho tàu gỗ cũ và tàu gỗ đóng mới",
        "Hợp tác xã đóng tàu cùng nhóm nghiên cứu của Viện Nghiên cứu chế tạo tàu thủy (ĐH Nha Trang) nhận bọc composite cho tàu cá vỏ gỗ: "
        "thường 4 lớp nhựa dày 0,3–0,5 cm rồi phun sơn hoàn thiện, giá khoảng 400–600 nghìn đồng/m² vỏ tàu. Tàu không còn phải kéo lên đà "
        "làm nước mỗi năm (khoảng 20 triệu đồng và gần 1 tháng nằm bờ), kéo dài tuổi thọ và thời gian bám biển.",
    ),
    (
        "mFo006",
        "vi",
        "polyurea",
        "Phun phủ vật liệu Polyurea bảo vệ vỏ tàu cá",
        "Doanh nghiệp xây dựng – thương mại giới thiệu công nghệ phun phủ Polyurea dày khoảng 2 mm lên vỏ và mạn tàu gỗ sau khi làm sạch, "
        "đánh nhám, hong khô; một tàu được phủ khoảng 400 m² (trị giá khoảng 300 triệu đồng). Lớp phủ liền khối giúp tàu kín nước, "
        "hầm cá bớt hở hơi, khó chìm khi bị va đập; vật liệu còn mới, cần cơ quan đăng kiểm chấp thuận.",
    ),
    (
        "mFo007",
        "en",
        "fao_frp",
        "FAO manual: building and repairing an undecked FRP fishing boat",
        "A FAO Fisheries and Aquaculture technical paper, usable as a training course for wooden-boat builders moving to fibreglass "
        "reinforced plastic. It follows the construction of the MDV-1, a simple 4.5 m open boat for rowing or engine power in inshore "
        "waters, and explains how FRP behaves, how to spot fatigue and serious damage, and how to maintain and repair the hull.",
    ),
    (
        "mFo008",
        "en",
        "fao_frp321",
        "FRP boatbuilding know-how for boatyards and fisheries officers",
        "FAO Fisheries Technical Paper 321, prepared from practical FRP boatbuilding experience in North America, Europe and developing "
        "countries, is offered as a reference and training basis for fisheries officers and selected boatbuilders who want to build "
        "fibreglass fishing boats: materials, moulds, laminating, spraying and the management of a small boatyard.",
    ),
    (
        "mFo009",
        "en",
        "sheath_ec",
        "Glass-fibre sheathing of wooden hulls: materials and step-by-step guide",
        "A UK fibreglass supplier provides resins, cloth and a procedure for sheathing an existing wooden hull. A correct glass skin "
        "seals leaks, resists knocks and abrasion, makes the hull practically immune to worm and rot and cuts yearly maintenance. "
        "Softwood hulls sheath well; isophthalic polyester or epoxy is recommended, working at about 18–20 °C in a ventilated shed.",
    ),
    (
        "mFo010",
        "vi",
        "vosuachua",
        "Đào tạo, tư vấn công nghệ sửa chữa vỏ tàu thủy, chống mài mòn điện hóa",
        "Giáo trình công nghệ sửa chữa vỏ tàu thủy được dùng để đào tạo thợ và tư vấn cho chủ tàu: phân tích ba nguyên nhân hư hỏng kết cấu "
        "thân tàu (mài mòn cơ học, mài mòn hóa học và điện phân), chỉ ra rằng ăn mòn điện phân là nguy hiểm nhất với tàu vỏ thép "
        "ngâm trong nước biển, và hướng dẫn phương pháp kiểm tra, thay tôn, sửa chữa vỏ.",
    ),
    (
        "mFo011",
        "en",
        "anode_saylon",
        "Sacrificial anodes for steel hulls, shafts and propellers",
        "An anode manufacturer supplies aluminium, zinc and magnesium alloy anodes that corrode in place of the costly metal they protect: "
        "steel hulls, shafts, propellers and rudders of boats, as well as piers and pipelines. It advises on choosing the alloy for the "
        "water type and replacing consumed anodes on time to keep cathodic protection effective.",
    ),
    (
        "mFo012",
        "en",
        "anode_mde",
        "Corrosion protection for vessels: anodes and impressed-current systems",
        "A marine diesel and equipment supplier explains and supplies protection against galvanic corrosion: zinc sacrificial anodes "
        "fitted to base-metal components, or an electro-cathodic system that measures the current in the seawater and produces an "
        "opposing current for the whole vessel. The latter is effective but costlier and needs monitoring as salinity and temperature change.",
    ),
    (
        "mFo013",
        "en",
        "anode_aa",
        "Choosing zinc, aluminium or magnesium anodes by water type",
        "Advice for commercial and recreational vessel owners on cathodic protection of rudders, shafts, propellers and hulls: zinc anodes "
        "for salt water, aluminium anodes for brackish water and magnesium for fresh water, with both zinc and magnesium for vessels that "
        "move regularly between salt and fresh water.",
    ),
    (
        "mFo014",
        "en",
        "pacificrim",
        "Buying a used fibreglass cruiser: what a pre-purchase survey checks",
        "A marine dealer explains how to judge a second-hand GRP leisure cruiser: older 1960s–80s hulls are often over-built and heavy, "
        "may suffer osmosis blisters and need a proper survey, while modern mass-produced moulded boats are usually well designed and "
        "reasonably priced; corroded systems and fittings often matter more than the hull.",
    ),
    (
        "mFo015",
        "en",
        "pmy",
        "How production yachts are built: from design drawing to lay-up",
        "A boating magazine feature, written by a builder, walking yacht-show visitors through how a modern fibreglass motor yacht goes "
        "from the drawing board to the moulds and lay-up, compared with traditional plank-on-frame wooden boats that need constant care.",
    ),
    (
        "mFo016",
        "en",
        "clcboats",
        "Stitch-and-glue kit boats: filling the weave with epoxy",
        "A kit-boat company's shop tip for home builders of plywood kayaks and small boats: how much marine epoxy to apply to fibreglass "
        "cloth on plywood — too little wastes the strength and abrasion resistance of the sheathing, too much adds weight without strength.",
    ),
    (
        "mFo017",
        "en",
        "diyboat",
        "Fibreglass leisure boat maintenance tips",
        "A do-it-yourself boatbuilding plans site offering maintenance tips for fibreglass pleasure boats, with a short history of how "
        "fibreglass replaced wood in recreational boating from the mid-20th century thanks to its durability and versatility.",
    ),
    # --- engines, fuel, lights, solar and electric power
    (
        "mFo018",
        "vi",
        "thomay_bd",
        "Xưởng sửa chữa, bảo dưỡng máy thủy cho tàu cá xa bờ",
        "Các xưởng sửa chữa máy tàu ở xã Tam Quan Bắc (Bình Định), mỗi xưởng 3–10 thợ, nhận bảo dưỡng và sửa chữa máy thủy cho tàu cá "
        "công suất từ 90CV đến 1.000CV ngay khi tàu cập cảng bán cá, giúp tàu quay vòng ra khơi nhanh và tránh hỏng máy giữa biển.",
    ),
    (
        "mFo019",
        "vi",
        "thomay_bd2",
        "Sửa máy tàu cá và hướng dẫn khắc phục sự cố qua điện thoại",
        "Cơ sở sửa chữa máy tàu cá do thợ nhiều kinh nghiệm phụ trách, thường xuyên bảo dưỡng máy 800CV cho khách. Khi tàu đang hoạt động "
        "xa bờ mà máy trục trặc, chủ tàu chỉ cần gọi điện là thợ hướng dẫn tỉ mỉ cách xử lý để tàu tự khắc phục, tiếp tục chuyến biển.",
    ),
    (
        "mFo020",
        "vi",
        "thomay_na",
        "Tân trang, đại tu động cơ tàu cá công suất lớn",
        "Xưởng cơ khí ven biển Quỳnh Lưu nhận sửa chữa, tân trang mỗi tháng hàng chục máy tàu từ 400CV trở lên, kể cả máy hoen rỉ được "
        "đưa lên bờ; lắp ráp động cơ mới mất khoảng 3 ngày, máy hỏng trên biển thì lâu hơn. Phục vụ ngư dân đang cải hoán, đóng mới tàu.",
    ),
    (
        "mFo021",
        "en",
        "fao_fuel",
        "Fuel-efficiency measures for fishing vessels: propeller selection and checks",
        "FAO guidance, offered through extension services and propeller or engine dealers, on technical measures to cut fuel use when "
        "building or overhauling a vessel. The propeller is singled out as the largest single cause of inefficiency; an annex gives a quick "
        "way to check whether the installed propeller suits the engine and hull, while trawler propellers need a qualified designer.",
    ),
    (
        "mFo022",
        "en",
        "akfuel",
        "Fuel-efficiency audit and tips for fishing vessels",
        "A marine advisory programme offers a fuel efficiency audit worksheet and ten tips for fishermen: slow down (10% less power can save "
        "20% fuel, one or two knots less can save 30–50%), run diesels near 80% of maximum continuous rating, check exhaust and propeller, "
        "keep the bottom clean, rethink the electrical load, reduce weight, and keep records.",
    ),
    (
        "mFo023",
        "en",
        "passagemaker",
        "Daily preventive engine checks from a charter skipper",
        "A former sport-fishing charter captain shares the routine that keeps his diesels starting far offshore: daily checks of lube oil, "
        "coolant, fuel-water separator and gear oil, a walk-round for drips, salt and loose wiring, battery terminals, raw-water strainers, "
        "hoses, clamps and impellers.",
    ),
    (
        "mFo024",
        "en",
        "pbo",
        "Saving fuel on leisure motor boats",
        "A yachting magazine's guide for leisure boaters: scrub the hull and antifoul (over 8% saving a season), keep propellers and stern "
        "gear clean, trim the boat and choose speed sensibly; planing cruisers can burn a gallon a mile and average only about 50 engine "
        "hours a year.",
    ),
    (
        "mFo025",
        "vi",
        "led_qng",
        "Lắp đèn LED thay đèn cao áp cho tàu vây, câu mực",
        "Cung cấp và lắp hệ thống đèn LED tập trung cá cho tàu khai thác: một tàu composite 850CV chỉ cần 21 bóng LED thay cho 40 bóng cao áp. "
        "Chi phí đầu tư cao hơn khoảng 60% (trên 150 triệu đồng) nhưng đèn bền, chống nước tốt, giảm 40–50% nhiên liệu; tàu vây rút chì "
        "dùng LED tăng sản lượng 20–30% và giảm 70% dầu chạy máy phát chiếu sáng.",
    ),
    (
        "mFo026",
        "vi",
        "led_rd",
        "Đèn LED chuyên dụng cho tàu lưới vây kết hợp ánh sáng",
        "Công ty Bóng đèn Phích nước Rạng Đông cung cấp đèn LED khai thác thủy sản, đã lắp thử trên tàu lưới vây ánh sáng vùng khơi của "
        "ngư dân Khánh Hòa và Quảng Nam, và tổ chức hội thảo chia sẻ kết quả, thuận lợi, khó khăn khi nhân rộng; đèn tiết kiệm nhiên liệu "
        "nhưng vốn đầu tư ban đầu lớn hơn đèn truyền thống.",
    ),
    (
        "mFo027",
        "vi",
        "led_qt",
        "Mô hình khuyến nông chuyển đổi sang đèn LED trên tàu vây xa bờ",
        "Trung tâm Khuyến nông chủ trì dự án từ vốn khuyến nông Trung ương, xây dựng mô hình thay bóng cao áp metal halide 1.000W/bóng "
        "bằng đèn LED chuyên dụng cho tàu lưới vây xa bờ, nhằm giảm chi phí nhiên liệu chiếu sáng, giảm phát thải và đáp ứng yêu cầu "
        "chống khai thác IUU; hỗ trợ ngư dân tiếp cận công nghệ và nhân rộng.",
    ),
    (
        "mFo028",
        "en",
        "led_nt",
        "LED lamps with fewer metal-halide lamps for light purse seining",
        "Nha Trang University researchers, with Fisheries and Oceans Canada, tested LED lamps combined with a reduced set of metal-halide "
        "lamps (10.24 kW instead of 28.6 kW) on purse seiners off Ninh Thuận. Catch rates did not differ, fuel fell from 114 l to 70.8 l "
        "per night (37.9%), and the extra investment breaks even after about 101 nights at 2015 fuel prices.",
    ),
    (
        "mFo029",
        "en",
        "led_jp_fuel",
        "Fuel monitoring and LED/metal-halide combinations for squid jigging boats",
        "Researchers monitored fuel use of 14 coastal squid jigging boats (6.6–19 GT) in the Sea of Japan. A 19 GT boat burned about 900 l "
        "per night, over half of it while jigging under 53 metal-halide lamps (159 kW). Using 9 kW of LED panels with 24 metal-halide lamps "
        "was estimated to save 24% of fuel; the method can be offered to fleets planning a lamp change.",
    ),
    (
        "mFo030",
        "en",
        "led_kr",
        "LED fishing lamps for squid jigging vessels: catch and fuel trials",
        "A Korean college compared two squid jigging vessels fitted with LED fishing lamps (25.8 kW and 32 kW) against boats using "
        "metal-halide lamps of 105 kW and 81 kW, measuring catch per crew and per automatic jigging machine as well as fuel consumption, "
        "to guide owners on LED lamp power and expected catch.",
    ),
    (
        "mFo031",
        "en",
        "thelog",
        "DIY squid lights for recreational anglers",
        "A boating magazine guide for recreational and weekend anglers on adding underwater or overhead squid lights (green, blue or white "
        "LEDs) to a small boat, with a do-it-yourself installation project.",
    ),
    (
        "mFo032",
        "vi",
        "haledco",
        "Đèn LED chiếu sáng dân dụng và công nghiệp",
        "Doanh nghiệp sản xuất đèn LED giới thiệu các dòng đèn chiếu sáng nhà ở, đường phố, nhà xưởng: hiệu suất sáng cao, tiêu thụ điện "
        "thấp, tuổi thọ dài, không chứa chất độc hại, kèm lịch sử phát triển công nghệ LED.",
    ),
    (
        "mFo033",
        "vi",
        "solarbk",
        "Hệ thống điện mặt trời lắp trên tàu cá xa bờ",
        "Công ty năng lượng mặt trời lắp cho tàu cá bộ 4 tấm pin Mono 210 Wp, 4 ắc quy 200 Ah kèm hệ cấp nguồn cho thiết bị hàng hải và "
        "đèn sinh hoạt; thi công khoảng 2 ngày. Khi tàu neo nghỉ, máy tắt vẫn có điện duy trì liên lạc; tính cho 1.000 tàu có thể tiết kiệm "
        "trên 42 triệu lít dầu và giảm hơn 136.000 tấn CO₂.",
    ),
    (
        "mFo034",
        "en",
        "captfk",
        "Marine solar charging for batteries, radios and navigation gear",
        "A marine writer and former Coast Guard aids-to-navigation technician explains onboard solar power: panels, wiring and a controller "
        "keep batteries charged on a mooring or at sea, cut the need to idle the engine for charging, and keep a VHF or navigation gear alive "
        "in an emergency; systems are modular, silent and can start small.",
    ),
    (
        "mFo035",
        "en",
        "fiskerforum",
        "Solar-electric conversion of an inshore potting boat",
        "A fisherman-boatbuilder converted the 6.40 m potting boat Lorna Jane to run fully on solar power: four 460 W bifacial panels charge a "
        "battery bank that feeds a 10 kW electric motor derated to 4 kW and the pot hauler. The boat averages 26 miles a day, against 20 litres "
        "of diesel a day before; the conversion needed case-by-case regulatory approval.",
    ),
    (
        "mFo036",
        "en",
        "maine_eboat",
        "Electric outboards for commercial fishing boats",
        "Maine Electric Boat and Flux Marine, with the Island Institute, run a prototype 40 hp electric outboard with a 28 kWh battery pack on a "
        "working boat and collect data on fuel savings and emissions. Fishermen who switched report less maintenance and more days on the water; "
        "the partners are studying shore charging and training technicians to install and repair electric outboards.",
    ),
    (
        "mFo037",
        "en",
        "eob_handbook",
        "Do-it-yourself electric outboard drive for small boats",
        "A handbook for owners of 12–20 ft trailerable boats on replacing a gas outboard with an electric outboard: from a single 12-volt "
        "trolling motor to 48-volt battery banks, wiring and sizing, written by a self-taught builder on the Deschutes River.",
    ),
    (
        "mFo038",
        "en",
        "seaeagle",
        "Solar-powered inflatable fishing skiff",
        "A boat maker's president describes a prototype 16 ft inflatable fishing skiff fitted with a 100 W flexible solar panel and a small "
        "electric motor, after earlier trials in which the motor's battery took about 8 hours of sun to recharge and lasted 25 minutes at full speed.",
    ),
    (
        "mFo039",
        "en",
        "solaralliance",
        "Solar power basics for yachts and sailboats",
        "An advocacy group's introduction for yacht, sailboat and houseboat owners: why solar panels keep batteries fully charged for "
        "refrigeration, lights and VHF, the types of marine panels, and the benefits of silent clean power.",
    ),
    (
        "mFo040",
        "vi",
        "solar_lecture",
        "Bài giảng năng lượng điện mặt trời",
        "Bộ bài giảng năng lượng tái tạo chương điện mặt trời: nguồn bức xạ, tế bào quang điện, đặc tuyến I-V, công nghệ chế tạo pin, "
        "hệ điện mặt trời độc lập và hòa lưới, tính toán kinh tế cho hệ hòa lưới.",
    ),
    (
        "mFo041",
        "vi",
        "vms_mientrung",
        "Đánh giá và tư vấn lựa chọn thiết bị giám sát tàu cá (VMS)",
        "Nhóm nghiên cứu Trường ĐH Nha Trang đã đánh giá thực tế ba loại thiết bị VMS (Thuraya SF2500, Vifish.18, BA-SAT01) trên tàu cá "
        "Bình Định, Khánh Hòa, Quảng Nam qua hai chuyến biển: tần suất truyền vị trí, khoảng mất tín hiệu dài nhất, lưu vết, tiêu hao điện, "
        "giao diện tiếng Việt; giá thiết bị khoảng 20 triệu đồng. Nhận tư vấn chọn thiết bị và phân quyền quản lý dữ liệu.",
    ),
]

OFFERS += [
    (
        "mFo042",
        "vi",
        "vms_vast",
        "Thiết bị giám sát hải trình kiêm gọi điện, nhắn tin về đất liền",
        "Các nhà khoa học Viện Hàn lâm KH&CN Việt Nam chế tạo hệ thống thông tin, định vị và quản lý tàu cá: thiết bị giám sát hải trình có "
        "màn hình lớn, đáp ứng yêu cầu chống khai thác IUU, cho phép gọi điện hoặc nhắn tin từ tàu về điện thoại di động trên bờ với cước như "
        "di động, liên lạc với trạm bờ đặt tại Chi cục Thủy sản; đã lắp thử nghiệm trên tàu cá tại Bạch Long Vĩ.",
    ),
    (
        "mFo043",
        "vi",
        "vifish_sos",
        "Thiết bị giám sát tàu cá Vifish.18 có nút gửi tín hiệu SOS",
        "Thiết bị giám sát tàu cá Vifish.18 (Vishipel) ngoài truyền vị trí còn cho phép gửi điện khẩn SOS thẳng tới Hệ thống Thông tin "
        "duyên hải; hai tàu cá Khánh Hòa với 10 thuyền viên bị hỏng máy, trôi cách đảo Phú Quý khoảng 56 hải lý đã được Kiểm ngư lai dắt "
        "về bờ chỉ sau một ngày gửi tín hiệu. Phần mềm hiển thị vị trí tàu bị nạn cho đơn vị cứu hộ.",
    ),
    (
        "mFo044",
        "en",
        "ssf_track",
        "Low-cost, low-burden tracking box for small-scale fishing boats",
        "A team from CNR-IRBIM and Università Politecnica delle Marche (Italy) developed a low-cost, secure GPS tracking system for small-scale "
        "fishing vessels that are too small for VMS or AIS, recording positions to show where and how the fleet fishes; the system and its "
        "data pipeline can be adapted for other small-boat fleets.",
    ),
    (
        "mFo045",
        "en",
        "trackvessels",
        "VHF/AIS-based locating devices for national fishing-fleet tracking",
        "A vessel-tracking company supplies AIS-based locating units for fishing boats, designed for national coastal security and safety "
        "programmes: tamper-proof installation, smart verification linking the unit's serial number to the vessel's MMSI, and visible mounting "
        "so that boats without valid trackers can be spotted.",
    ),
    (
        "mFo046",
        "vi",
        "hf_tg",
        "Máy thông tin liên lạc HF tầm xa tích hợp GPS cho tàu cá",
        "Hội Nghề cá phối hợp cung cấp, lắp đặt máy VX-1700 sóng HF tích hợp định vị vệ tinh, công suất phát 125 W, liên lạc trên 1.000 km "
        "giữa tàu với tàu và với trạm bờ (bán kính thu 2.000–3.000 km), kết nối Đài Thông tin duyên hải để gọi cấp cứu và nghe dự báo "
        "thời tiết; mỗi máy khoảng 28 triệu đồng, đã lắp 124 máy cho ngư dân và tổ hợp tác.",
    ),
    (
        "mFo047",
        "vi",
        "hf_ntu",
        "Tập huấn sử dụng thiết bị điện tử hàng hải trên tàu đánh cá",
        "Trường ĐH Nha Trang và Trung tâm Khuyến nông Khuyến ngư Quốc gia tổ chức tập huấn cho thuyền trưởng, thuyền viên: chọn và dùng "
        "máy đàm thoại tầm gần (24–30 MHz, 70–80 hải lý) và tầm xa, liên lạc tàu–tàu, tàu–trạm bờ, nghe dự báo thời tiết trên tần số "
        "8.394 kHz, gọi cứu nạn trên 7.903 và 7.906 kHz; kèm máy định vị, máy dò cá.",
    ),
    (
        "mFo048",
        "vi",
        "duyenhai",
        "Dịch vụ thông tin duyên hải: trực canh cấp cứu, thu tín hiệu vệ tinh Cospas-Sarsat",
        "Hệ thống Đài Thông tin duyên hải Việt Nam (Vishipel), được đầu tư 30 triệu USD nâng cấp theo chuẩn GMDSS, là cầu nối thoại, fax, "
        "dữ liệu giữa người đi biển và đất liền qua sóng vô tuyến và vệ tinh; đài Inmarsat mặt đất và trung tâm xử lý Cospas-Sarsat thu tín "
        "hiệu báo nạn, chuyển vị trí tàu gặp nạn cho lực lượng tìm kiếm cứu nạn.",
    ),
    (
        "mFo049",
        "vi",
        "sonar_kh",
        "Máy dò ngang (sonar) cho tàu lưới vây, giao diện tiếng Việt",
        "Giới thiệu và hướng dẫn lắp máy dò ngang sonar cho tàu lưới vây, ứng dụng thành công từ năm 2007: phát hiện đàn cá theo mọi hướng, "
        "đánh giá mật độ, độ sâu, hướng và tốc độ di chuyển để quyết định thả lưới, tiết kiệm nhiên liệu. Máy CSL-1000 (JMC) có phần mềm "
        "tiếng Việt; một tàu ở Sầm Sơn thu 1,3 tỷ đồng sau 3 chuyến, gấp 5 lần tàu cùng cỡ.",
    ),
    (
        "mFo050",
        "vi",
        "sonar_bd",
        "Mô hình máy dò ngang JMC CSL-1000 kèm tập huấn thuyền viên",
        "Trung tâm Khuyến nông – Khuyến ngư tỉnh, với kinh phí của Trung tâm Khuyến nông Khuyến ngư Quốc gia, xây dựng mô hình lắp máy dò "
        "ngang JMC CSL-1000 trên tàu lưới vây rút chì: quét 360°, nghiêng 0–90°, tầm dò đến 800 m, 4 chế độ hiển thị; cán bộ kỹ thuật hướng "
        "dẫn lắp đặt và tập huấn cho hơn 200 thuyền viên, chủ tàu.",
    ),
    (
        "mFo051",
        "vi",
        "fishfinder_ntu",
        "Cải tiến máy dò cá một tần số thành hai tần số 50/200 kHz",
        "Trường ĐH Nha Trang đã cải tiến máy dò cá FURUNO FCV668 từ một tần số 50 kHz thành hai tần số 50/200 kHz để phát hiện rõ đàn cá "
        "nhỏ như cá cơm mà máy 50 kHz không thấy; giải pháp đã áp dụng cho ngư dân Quảng Ngãi, Phú Yên, Khánh Hòa làm nghề khai thác cá cơm.",
    ),
    (
        "mFo052",
        "en",
        "ff_book",
        "How to use an echo sounder / fish finder: training book",
        "A practical, evidence-based book for fishers on how colour echo sounders work, how to operate them and how to read fish targets and "
        "bottom structure on the display; the second edition adds imaging sonar and CHIRP.",
    ),
    (
        "mFo053",
        "en",
        "kayak",
        "Echo sounders for kayak anglers",
        "A kayak angler's gear review of small fish finders: how the transducer and display work, why cheap units mostly show bottom "
        "structure rather than fish, and why a fully waterproof Lowrance-type unit is worth carrying on a kayak.",
    ),
    (
        "mFo054",
        "vi",
        "chuyenlamnong",
        "Máy dò cá cầm tay cho người câu cá",
        "Cửa hàng giới thiệu máy dò sâu, dò cá dành cho dân câu nghiệp dư và chuyên nghiệp, cảm biến sonar đến 9 m, hiển thị vị trí, số "
        "lượng cá và độ sâu nước, kèm giải thích nguyên lý phản xạ sóng siêu âm.",
    ),
    (
        "mFo055",
        "en",
        "ais_fs",
        "AIS transceivers with collision alarms for small boats",
        "A marine supplier explains and sells AIS units for boats: the transceiver takes GPS position and broadcasts name, course and speed on "
        "VHF, while showing nearby vessels on the chart plotter with closest point of approach (CPA) and time to CPA, so skippers know how close "
        "a ship will pass and how long they have to react.",
    ),
    (
        "mFo056",
        "en",
        "ais_fleetmon",
        "Class B AIS transceivers for fishing and small craft",
        "A vessel-tracking platform explains Class B AIS transceivers for boats not required to carry AIS: cheaper than Class A, programmed "
        "once with name and size, transmitting MMSI, position, course and size at up to 2 W every 5 seconds to 3 minutes depending on speed.",
    ),
    (
        "mFo057",
        "en",
        "ais_jd",
        "AIS B+ transponders: being seen in busy shipping lanes",
        "A boat dealer explains the new generation of Class B+ (SOTDMA, 5 W) AIS transponders that make small fishing and leisure vessels as "
        "visible as possible to ships in crowded waters, how AIS uses two VHF channels and time slots, and what to consider when buying.",
    ),
    (
        "mFo058",
        "vi",
        "ais_brvt",
        "Hướng dẫn đăng ký mã MMSI và cài đặt thiết bị AIS cho tàu cá",
        "Đài Thông tin Duyên hải (Vishipel) hướng dẫn ngư dân đăng ký thông tin tàu và mã nhận dạng MMSI, cài đặt đúng thiết bị AIS để tàu "
        "thực sự hiển thị với tàu hàng và trạm bờ, tránh tình trạng tự mua máy trôi nổi, không có mã; AIS giúp tránh va chạm với tàu vận tải "
        "và hỗ trợ giám sát từ xa khi tàu gặp sự cố.",
    ),
    (
        "mFo059",
        "en",
        "opencpn",
        "OpenCPN: free chart plotter showing GPS track and AIS ships",
        "OpenCPN is an open-source chart plotter and navigation program that displays official vector and raster charts, own position, heading "
        "and track from GPS, routes and waypoints, and AIS ship targets with names, courses and closest-approach warnings; it runs offline on a "
        "PC in a wheelhouse or a harbour office fed by an AIS receiver.",
    ),
    (
        "mFo060",
        "en",
        "pyais",
        "pyais: decoding AIS messages for shore-side monitoring software",
        "A pure-Python open-source library that decodes and encodes AIS (AIVDM/AIVDO) messages from single sentences, files or TCP/UDP "
        "streams, tested against live feeds such as the Norwegian Coastal Administration; a basis for building a port or coastal vessel "
        "monitoring dashboard.",
    ),
    (
        "mFo061",
        "en",
        "ais_dart",
        "AIS decoder library for Dart and Flutter apps",
        "A software library for mobile and app developers that turns NMEA AIS sentences into typed Dart objects, supporting all ITU-R M.1371 "
        "message types including Class B position reports, for building maritime tracking apps.",
    ),
    (
        "mFo062",
        "en",
        "gfw_py",
        "Global Fishing Watch API client: fishing effort, port visits and AIS gaps",
        "A Python package for Global Fishing Watch APIs giving AIS-based apparent fishing effort and vessel presence from 2017, vessel identity "
        "combined with registry data, and events such as encounters, loitering, port visits, fishing events and AIS-off gaps, plus insights "
        "designed to support risk assessment.",
    ),
    (
        "mFo063",
        "vi",
        "dase_ngu",
        "Hệ thống đá sệt bảo quản cá trên tàu câu vỏ gỗ",
        "Chuyển giao hệ thống thiết bị sản xuất đá sệt (đá lỏng) từ nước biển phù hợp tàu câu vỏ gỗ của ngư dân: đá sệt nhiệt độ khoảng -2°C, "
        "hạt băng nhỏ bao kín thân cá nên hạ nhiệt tâm cá nhanh, không làm dập cá; khắc phục hạn chế của hầm đá xay chỉ giữ 0°C, bảo quản "
        "tối đa 10–12 ngày trong khi chuyến câu kéo dài 20–25 ngày.",
    ),
    (
        "mFo064",
        "vi",
        "dase_soha",
        "Chuyển giao công nghệ đá sệt cho tàu khai thác xa bờ",
        "Phân viện Nghiên cứu hải sản phía Nam chuyển giao công nghệ bảo quản hải sản bằng đá sệt cho tàu xa bờ và cơ sở thu mua: với cùng "
        "1 kW điện, hệ thống tạo 13,4 kg đá sệt ở -2°C so với 10 kg đá xay ở 0°C, làm lạnh nhanh vùng tâm cá, ít xây xát; giảm hao hụt vốn "
        "có thể tới 40% khi chỉ dùng đá xay cho chuyến biển 20–25 ngày.",
    ),
    (
        "mFo065",
        "vi",
        "datuyet_vast",
        "Máy làm đá tuyết từ nước biển lắp trên tàu cá",
        "Viện Hàn lâm KH&CN Việt Nam chế tạo máy làm đá tuyết từ nước biển phục vụ bảo quản hải sản xa bờ: vận hành đơn giản, tự động điều "
        "chỉnh thời gian và nhiệt độ, chọn độ đặc đá tuyết 25–95%, hiển thị thời gian chạy, sản lượng đá và nhiên liệu tiêu thụ mỗi chuyến; "
        "đã thử nghiệm thực tế trên tàu cá.",
    ),
    (
        "mFo066",
        "vi",
        "nano_ufb",
        "Công nghệ bảo quản lạnh kết hợp, Nano UFB và đá sệt trên tàu xa bờ",
        "Nhóm nghiên cứu tổng hợp hiện trạng và giới thiệu các công nghệ bảo quản mới trên tàu cá xa bờ giai đoạn từ 2015: lạnh kết hợp, "
        "bảo quản bằng bọt siêu mịn Nano UFB, đá sệt; hiện sản phẩm chủ yếu ướp đá, giữ tối đa 12 ngày, thất thoát sau thu hoạch bình quân "
        "20–30%. Tư vấn định hướng áp dụng cho chủ tàu giai đoạn 2021–2025.",
    ),
    (
        "mFo067",
        "vi",
        "pu_tepbac",
        "Thi công cách nhiệt hầm bảo quản hải sản bằng PU Foam",
        "Nhận thi công hầm bảo quản trên tàu cá bằng PU Foam: đóng thêm lớp ván trong tạo khoảng trống 10–12 cm quanh hầm rồi phun foam nở "
        "lấp kín. Vật liệu tỷ trọng 22–200 kg/m³, hệ số dẫn nhiệt 0,019–0,023 W/m.K, chịu nén 180–250 kPa, thấm nước dưới 3%, tuổi thọ trên "
        "15 năm; lớp foam còn tăng tính nổi và chống thấm cho vỏ tàu.",
    ),
    (
        "mFo068",
        "vi",
        "cpf",
        "Quy trình thi công hầm bảo quản vật liệu CPF (composite – polyurethane)",
        "Tiến bộ kỹ thuật được Tổng cục Thủy sản công nhận (Quyết định 450/QĐ-TCTS-KHCN&HTQT) gồm 5 bước: khảo sát – thiết kế theo nghề "
        "và tàu, chọn vật liệu, thi công, nghiệm thu. Trần và vách mạn dùng PU foam 200 mm, đáy 150 mm, vách ngang 100 mm, ốp tấm composite "
        "dày 5 mm phủ gelcoat 1 mm; hầm kín nước, giữ nhiệt tốt, giảm chi phí nước đá.",
    ),
    (
        "mFo069",
        "vi",
        "pp_vietrv",
        "Hầm bảo quản foam PU lót inox 304 cho tàu đánh bắt xa bờ",
        "Doanh nghiệp thi công hầm bảo quản bằng Foam PU bơm vào khoang rỗng, nở thành bọt cứng lấp mọi khe hở, sau đó lót tấm inox 304 dày "
        "0,45–0,5 mm cố định bằng keo chuyên dụng; thay thế hầm truyền thống ép xốp vào vách gỗ chỉ giữ đá 10–15 ngày và phải làm lại sau "
        "5–6 năm.",
    ),
    (
        "mFo070",
        "vi",
        "pu_quangthang",
        "Bảo ôn kho lạnh và hầm cá trên tàu bằng polyurethane",
        "Công ty cách âm – cách nhiệt – chống thấm nhận bảo ôn kho lạnh và hầm tàu cá. Hầm truyền thống ván gỗ 1,5–2 cm ép xốp chỉ giữ đá "
        "10–15 ngày, hiệu suất dùng đá 50–60%, tổn thất sau thu hoạch 20–30% (có tàu tới 50–60%) và 5–6 năm phải cải tạo; lớp PU phun kín "
        "khắc phục các nhược điểm này.",
    ),
    (
        "mFo071",
        "en",
        "gaa_slurry",
        "Ice slurry systems for rapid chilling of seafood",
        "An aquaculture alliance article presenting ice slurry technology: over 700 slurry systems are installed worldwide and work for "
        "almost all major seafood species, from sardines to shrimp; the fluid ice flows around the product, fills voids and chills it far "
        "faster than layered ice, improving quality and yield, with research from Canada, the UK, Iceland and Spain.",
    ),
    (
        "mFo072",
        "en",
        "pecold",
        "Seawater ice machines for fishing vessels",
        "An ice-machine manufacturer supplies seawater ice machines for distant-water fishing boats so the catch is covered with ice as soon as "
        "it lands, adjusting ice output to the daily catch and using space better than freezers; on tropical grounds it avoids the extra "
        "generator load of freezers, whose diesel fuel is about 35% of a vessel's costs.",
    ),
    (
        "mFo073",
        "en",
        "flake_howe",
        "Flake ice machines for cooling the catch",
        "An ice-machine maker explains why flake ice suits fishing: large contact surface for fast cooling, no sharp edges that bruise fish, "
        "easy handling and storage in insulated bins, and keeping fish moist while melting; machines are supplied for boats and shore "
        "ice plants serving fishing fleets.",
    ),
    (
        "mFo074",
        "en",
        "rsw_bbrsda",
        "Refrigerated seawater (RSW) systems: choosing and installing",
        "A fishermen's association guide to RSW: units pull heat from the fish hold through an evaporator, need 5–15 hp from hydraulic, "
        "electric or auxiliary diesel drive, give consistent chilling and independence from ice, but cost about $20,000 for a 7.5-ton hydraulic "
        "unit before installation and add up to a gallon of fuel an hour; a 10-step path from evaluation to operation.",
    ),
    (
        "mFo075",
        "en",
        "rsw_ims",
        "Self-contained RSW units for fishing boats",
        "A refrigeration manufacturer supplies self-contained refrigerated seawater systems for gillnetters, seiners and tenders; in Bristol Bay "
        "hundreds of boats now deliver chilled fish, and processors paid an RSW bonus of 15–20 cents per pound in 2017, turning a $1.00 base "
        "price into about $1.20.",
    ),
    (
        "mFo076",
        "en",
        "rsw_izhar",
        "RSW retrofits for wooden trawlers",
        "An engineering firm offers refrigerated seawater systems for fishing vessels, cooling the catch in holds of chilled seawater at about "
        "-5°C controlled by a refrigeration plant; it targets wooden trawlers whose half-lined holds and manual stacking still yield mostly "
        "grade B fish, aiming at grade A quality until landing.",
    ),
]

OFFERS += [
    (
        "mFo077",
        "en",
        "rsw_iasri",
        "Training module on refrigerated and chilled seawater (RSW/CSW) chilling",
        "An online fish-processing course module on RSW and CSW: seawater at 3–3.5% salt freezes near -2°C so fish can be held at -1°C; RSW "
        "saves labour because fish are brailed or pumped in and out (pumps unload over 25 t/hour), no more than 800 kg of fish should go into "
        "each kilolitre of brine, and it suits large vessels while CSW can be used on small boats.",
    ),
    (
        "mFo078",
        "en",
        "fao_ice",
        "FAO guidance on using ice and chilled seawater on small fishing vessels",
        "A FAO publication, offered for extension work with fishers and boat owners, covering ice and chilled seawater on board from insulated "
        "containers in canoes to refrigerated tanks on bigger vessels: types of ice and ice plants, on-board handling, insulation materials, "
        "design of insulated fish holds, and calculating the ice needed for a trip and the hold volume.",
    ),
    (
        "mFo079",
        "en",
        "gmri_ice",
        "Industrial ice machines installed at fishing ports",
        "A marine research institute's seafood team, with USDA funding, helps ports buy and install commercial-scale ice machines so fishermen "
        "have ice close to the dock: a new five-ton machine in Portland, a three-ton machine on a town dock in Marshfield and a five-ton machine "
        "in Chatham, plus trials and workshops on low-cost handling for higher quality.",
    ),
    (
        "mFo080",
        "en",
        "nri_box",
        "How to make insulated fish boxes from local materials",
        "A Natural Resources Institute booklet on building cheap insulated fish boxes: sizes that fit the fish without bending, maximum depth "
        "600 mm for white fish, 400 mm for fatty fish, weights liftable by one (30 kg) or two people (50 kg), stackable, easy to clean, with "
        "meltwater drainage holes or a false bottom, avoiding absorbent wood and reed.",
    ),
    (
        "mFo081",
        "en",
        "gw_box",
        "HDPE plastic fish boxes for boats and landing sites",
        "A container supplier offers high-density polyethylene fish boxes, which FAO rates above other materials: 5–7 years of life if handled "
        "properly, impervious to liquids so easy to clean and less prone to bacteria, stackable, lighter than wood, holding meltwater and "
        "floating if dropped overboard.",
    ),
    (
        "mFo082",
        "en",
        "ozcon",
        "Ozonated ice and ozone washing for fish storage",
        "An ozone equipment company supplies injection systems that dissolve ozone into water fed to an ice machine, producing ozonated ice, "
        "and ozonated wash water for fish and fillets. Early French trials found fish kept 16 days on ozone ice against 12 days on plain ice, "
        "about a third longer shelf life.",
    ),
    (
        "mFo083",
        "en",
        "azcozon",
        "Ozone systems for fishing-vessel holds",
        "An ozone company describes ozone added to the chilled brine of fishing-vessel holds: chilled brine alone kept fish for about 5 days, "
        "while ozonated holds have kept fish marketable for up to 21 days; Norwegian processors then asked all their boats to use ozone, "
        "which also solved sanitation problems in plants.",
    ),
    (
        "mFo084",
        "vi",
        "ozone_bk",
        "Máy ozone công nghiệp cho chế biến và bảo quản thủy hải sản",
        "Kỹ sư thuộc Viện Vật lý Đại học Bách khoa Hà Nội giới thiệu dòng máy ozone công nghiệp do đơn vị sản xuất, phân phối, dùng để "
        "khử trùng nước rửa và bảo quản thủy hải sản thay cho Chlorine, giữ chất lượng sản phẩm sau đánh bắt và chế biến; nhận tư vấn "
        "ứng dụng qua điện thoại.",
    ),
    (
        "mFo085",
        "en",
        "ozone_es",
        "Ozone units for fishmonger display refrigerators",
        "An ozone machine specialist sells units for fish shops: low ozone concentrations keep refrigerated display counters sterile, "
        "preserve the fresh look of fish and shellfish on show and remove fishy odours that bother customers.",
    ),
    (
        "mFo086",
        "en",
        "cbnb_cooler",
        "Rotomoulded cooler boxes for hunting and fishing distributors",
        "A cross-border sourcing platform with access to 36,000 factories helps outdoor-equipment distributors source rotomoulded HDPE coolers "
        "for hunters and anglers, checking the '5-day ice retention' claims against foam density, wall thickness, gasket quality and test conditions.",
    ),
    (
        "mFo087",
        "en",
        "saltwater",
        "Insulating a boat's fishbox with foil duct insulation",
        "A recreational skipper's tip: built-in fishboxes on sport boats are poorly insulated, so line them and the lid underside with "
        "1/8-inch self-adhesive foam-and-foil duct insulation from a hardware store, held with duct tape.",
    ),
    (
        "mFo088",
        "en",
        "sf_care",
        "Care for your catch like a pro: coolers and fish boxes on sport boats",
        "A sport-fishing magazine guide to keeping table fish cold on recreational boats: portable coolers that hold ice 12 hours in sun, "
        "coffin boxes and in-deck fish boxes, airtight lids, drains and foam insulation.",
    ),
    (
        "mFo089",
        "vi",
        "ozone_aqua",
        "Công nghệ ozone trong ao nuôi thủy sản",
        "Công ty ozone giới thiệu ứng dụng ozone trong trại giống và ao nuôi tôm, cá: sát trùng nước, giảm độ đục, khử thuốc trừ sâu; "
        "0,1–1 ppm trong 1–2 phút diệt 99% vi khuẩn, tốc độ diệt khuẩn gấp 3.100 lần Chlorine.",
    ),
    (
        "mFo090",
        "vi",
        "ozone_ras",
        "Hệ thống ozone xử lý nước nuôi thủy sản tuần hoàn (RAS)",
        "Doanh nghiệp cung cấp hệ thống ozone cho mô hình nuôi thủy sản tuần hoàn RAS: lọc cơ học, lọc sinh học, tháp stripping rồi bể tiếp "
        "xúc ozone khử trùng, giảm hóa chất và tái sử dụng nước nuôi.",
    ),
    (
        "mFo091",
        "vi",
        "khodong",
        "Thiết kế, thi công kho đông lạnh bảo quản hải sản",
        "Giới thiệu giải pháp kho đông lạnh hải sản nhiệt độ -18°C đến -35°C cho cá, tôm, mực, cua: cấu tạo, thiết kế kỹ thuật, nhiệt độ "
        "theo từng loại hải sản, chi phí xây dựng lắp đặt, quy trình thi công, vận hành, bảo trì và đơn vị cung cấp dịch vụ.",
    ),
    (
        "mFo092",
        "vi",
        "minhphu_kho",
        "Xây dựng kho lạnh cho cơ sở bảo quản, chế biến cá",
        "Công ty xây dựng nhận thi công kho lạnh theo quy trình: xác định quy mô theo sản lượng cá, thiết kế mặt bằng, hệ điện và hệ lạnh, "
        "chọn panel cách nhiệt PU hoặc EPS, làm móng, dựng khung, lắp panel kín mối nối, chọn máy nén và lắp đường ống gas.",
    ),
    (
        "mFo093",
        "vi",
        "avg_capdong",
        "Cấp đông nhanh cho nhà máy chế biến thủy sản xuất khẩu",
        "Đội kỹ sư cơ điện lạnh hơn mười năm thiết kế, thi công, vận hành hàng trăm hệ thống kho lạnh, kho cấp đông cho doanh nghiệp chế "
        "biến thủy sản xuất khẩu; tư vấn nhiệt độ cấp đông chuẩn và tốc độ gió để sản phẩm đông nhanh, tinh thể băng nhỏ, không mất nước.",
    ),
    (
        "mFo094",
        "vi",
        "kho90t",
        "Đồ án thiết kế kho lạnh 90 tấn bảo quản phi lê cá ngừ",
        "Khóa luận tốt nghiệp ngành công nghệ thực phẩm (ĐH Sư phạm Kỹ thuật TP.HCM, 2021) thiết kế kho lạnh dung tích 90 tấn bảo quản "
        "phi lê cá ngừ đại dương đông lạnh.",
    ),
    # --- drying, post-harvest handling, hygiene
    (
        "mFo095",
        "vi",
        "saymuc_bd",
        "Máy sấy mực một nắng bằng năng lượng mặt trời",
        "TS Trần Văn Vinh (Chi cục Thủy sản Bình Định) thiết kế, chế tạo máy sấy mực một nắng dùng năng lượng mặt trời: sản phẩm sạch, "
        "giữ màu và hương vị, bảo đảm vệ sinh an toàn thực phẩm, giảm thất thoát; phục vụ hai mùa mực (tháng 1–6 ngư trường phía Bắc, "
        "tháng 7–12 phía Nam) và các cơ sở chế biến mực khô.",
    ),
    (
        "mFo096",
        "vi",
        "saycadua",
        "Máy sấy cá khô 50–100 kg/mẻ có nhiệt dự phòng khi trời mưa",
        "Nhóm TS Vương Thành Tiên chế tạo máy sấy cá (đề tài do Sở KH&CN TP.HCM tài trợ), áp dụng tại cơ sở chế biến cá khô ở Cần Giờ: "
        "bộ thu năng lượng mặt trời kèm điện trở dự phòng, đảo gió tự động, năng suất 50–100 kg/mẻ, nhiệt độ 40–50°C; cá khô trắng hơn "
        "phơi nắng, đạt chỉ tiêu vi sinh, không cần sân phơi lớn.",
    ),
    (
        "mFo097",
        "vi",
        "saycanlmt",
        "Tư vấn lựa chọn thiết bị sấy cá năng lượng mặt trời",
        "Tác giả Nguyễn Xuân Trung, Đinh Vương Hùng đánh giá thực trạng làm cá khô ở Việt Nam và khuyến nghị các kiểu máy sấy năng lượng "
        "mặt trời: đối lưu tự nhiên, cưỡng bức và sấy lai. Sấy kiểu lều, kiểu tủ hợp quy mô gia đình; kiểu nhà kính, đường hầm và buồng "
        "sấy lai hợp cơ sở thương mại nhỏ; buồng sấy lai cưỡng bức phát triển được quy mô lớn.",
    ),
    (
        "mFo098",
        "vi",
        "giaphoimuc",
        "Giàn phơi mực xà tháo lắp nhanh trên tàu khai thác",
        "Viện Nghiên cứu Hải sản (Hải Phòng) thiết kế giàn phơi mực xà lắp trên tàu, tháo lắp nhanh, kèm quy trình xử lý mực xà cải tiến "
        "ngay trên tàu khai thác để bảo đảm chất lượng sản phẩm và an toàn khi làm việc; chuyển giao cho chủ tàu câu mực.",
    ),
    (
        "mFo099",
        "vi",
        "setech",
        "Máy sấy nông sản bằng năng lượng mặt trời (SETECH)",
        "Công ty Công nghệ Năng lượng Bền vững Việt Nam cung cấp hệ thống sấy năng lượng mặt trời dạng mô-đun cho thóc lúa, rơm rạ và nông "
        "sản: buồng sấy 2,5 x 4 x 2 m, 100–150 kg tươi/mẻ, 30–65°C, ghép nhiều mô-đun để tăng công suất; có thể sấy cả hải sản.",
    ),
    (
        "mFo100",
        "en",
        "pa_solar",
        "Low-cost solar fish drier: construction and maintenance",
        "A Practical Action technical brief giving the materials, tools, skills and labour needed to build and maintain a low-cost solar fish "
        "drier for small dry-fish producers (mostly fisherwomen) in Sri Lanka, replacing open-ground drying that lets dust, fungi and "
        "contaminants into the product.",
    ),
    (
        "mFo101",
        "en",
        "fao_drying",
        "Appropriate technology for artisanal fish drying: racks, mechanical and solar driers",
        "FAO's food loss and waste programme sets out four options for small-scale fish drying: raised drying racks of wood or metal that "
        "dry faster and sand-free (losses of lake sardine fell to negligible levels in Uganda), mechanical driers for all weathers, solar "
        "driers, and other processing methods, with case studies on anchovy racks from the Bay of Bengal.",
    ),
    (
        "mFo102",
        "en",
        "stfd_eth",
        "Scaling up solar tent fish driers",
        "A fisheries research centre in Ethiopia scaled up solar tent fish driers made of readily available materials with 38 households "
        "around Lake Tana (2014–2015), showing better hygiene, organoleptic quality and prices for dried fish, and a model for multiplying "
        "and disseminating the technology.",
    ),
    (
        "mFo103",
        "en",
        "fao_onboard",
        "Manual of good hygiene practice for fishing boats and landing sites",
        "FAO resources for small-scale fisheries on board handling: a manual of good hygiene practice for fishers and handlers from capture to "
        "landing, and a list of services fishers need — clean water and ice, fish and insulated boxes, power, waste disposal, engine and boat "
        "repair, credit and extension training.",
    ),
    (
        "mFo104",
        "en",
        "fao_landing_skills",
        "Training for landing-site managers on hygiene, grading and ice",
        "FAO's curriculum of skills for people managing a small-scale landing site: food safety and fish quality, hygiene and sanitation, "
        "cleaning and disinfection, waste storage, grading and weighing, ice production and handling, temperature control, pest control, "
        "maintenance, business planning, and how to organise day-to-day unloading, sorting, icing and fees.",
    ),
    (
        "mFo105",
        "vi",
        "recerd_phl",
        "Điều tra hiện trạng và đề xuất giải pháp bảo quản sau thu hoạch trên tàu xa bờ",
        "Viện Khoa học và Công nghệ Khai thác thủy sản (ĐH Nha Trang) thực hiện dự án của Tổng cục Thủy sản, điều tra bảo quản sau thu hoạch "
        "trên các nghề lưới rê thu ngừ, câu, vây cá cơm, lưới kéo và chụp mực: vỏ tàu, máy (trên 80% máy bộ đã qua sử dụng), hầm, cách ướp "
        "đá, rồi đề xuất giải pháp cho từng nghề; khoảng 13% tàu đã trát composite mặt ngoài vỏ và boong.",
    ),
    (
        "mFo106",
        "vi",
        "botnem",
        "Quy trình sản xuất bột nêm từ thịt vụn cá thu",
        "Đồ án tốt nghiệp (ĐH Nha Trang, 2012) nghiên cứu quy trình công nghệ tận dụng thịt vụn cá thu từ nhà máy chế biến để sản xuất "
        "bột nêm.",
    ),
    (
        "mFo107",
        "vi",
        "botca_tb",
        "Nhà máy chế biến bột cá 450 tấn nguyên liệu/ngày",
        "Nhà máy bột cá tại Thái Bình, vốn khoảng 120 tỷ đồng, 4 dây chuyền chế tạo tại Thái Lan, lò hơi tầng sôi 21 tấn/giờ đốt trấu, "
        "xử lý nước thải 350 m³/ngày; hấp, sấy, nghiền cá nguyên liệu thành bột làm thức ăn thủy sản và chăn nuôi.",
    ),
    (
        "mFo108",
        "vi",
        "shrimp_pto",
        "Quy trình chế biến tôm PTO đông lạnh",
        "Tài liệu quy trình chế biến sản phẩm tôm bóc vỏ chừa đuôi (PTO) đông lạnh từ tôm sú, tôm thẻ, tôm chì: thông số công nghệ, vận "
        "chuyển tôm ướp đá 5–15°C trong thùng cách nhiệt về nhà máy.",
    ),
    (
        "mFo109",
        "vi",
        "ngheu",
        "Báo cáo chế biến nghêu đông lạnh",
        "Báo cáo của sinh viên công nghệ thực phẩm về nghêu đông lạnh: các loại nghêu nuôi ở vùng ven biển Đồng bằng sông Cửu Long, "
        "đặc điểm sinh học, sinh sản và quy trình chế biến.",
    ),
    # --- fishing gear and nets
    (
        "mFo110",
        "vi",
        "tbtcc_hp",
        "Thiết bị thoát cá con kiểu đụt lưới mắt vuông cho lưới kéo đáy",
        "Nghiên cứu của Trường ĐH Nha Trang (2014) cải tiến thiết bị thoát cá con dạng đụt lưới mắt vuông cho nghề lưới kéo đáy, thử nghiệm "
        "với Chi cục Khai thác và Bảo vệ nguồn lợi thủy sản Hải Phòng; chuyển giao thiết kế, hướng dẫn lắp vào lưới kéo của ngư dân.",
    ),
    (
        "mFo111",
        "vi",
        "tbtcc_vt",
        "Thiết bị thoát cá con cho nghề lưới kéo đơn",
        "Viện Nghiên cứu Hải sản thử nghiệm (năm 2004, vùng biển Vũng Tàu) thiết bị thoát cá con cho lưới kéo đơn, so sánh tỷ lệ thoát giữa "
        "kiểu lưới mắt vuông và kiểu khung sắt cùng kích thước, chọn thiết bị phù hợp và khuyến nghị áp dụng ngư cụ chọn lọc.",
    ),
    (
        "mFo112",
        "vi",
        "chonloc_ntu",
        "Tư vấn đánh giá tính chọn lọc của ngư cụ",
        "Chuyên gia Trường ĐH Nha Trang xác định các yếu tố đặc trưng tính chọn lọc của ngư cụ, trong đó chọn lọc cơ học (kích thước mắt "
        "lưới, đường cong chọn lọc) tin cậy và dễ điều chỉnh theo cường độ khai thác; nhận đánh giá, đề xuất điều chỉnh ngư cụ.",
    ),
    (
        "mFo113",
        "en",
        "jfe_ssd",
        "Juvenile fish excluder cum shrimp sorting device for trawls",
        "The JFE-SSD replaces the conventional codend with an oval sorting grid and two codends. Tested on a 29.6 m shrimp trawl off Cochin, "
        "India, it kept 58.22% of the catch in the lower codend and 17.53% in the upper, while 24.25% — mostly juvenile finfish and shellfish — "
        "was excluded, with very low escape of shrimp.",
    ),
    (
        "mFo114",
        "en",
        "brd_guide",
        "Practical guide to testing bycatch reduction devices in tropical shrimp trawls",
        "A practical guide, with FAO and SEAFDEC contributors, on running comparative fishing trials of bycatch reduction devices in tropical "
        "shrimp-trawl fisheries: choosing devices, experimental design, data collection and working with fishers to adopt the devices.",
    ),
    (
        "mFo115",
        "en",
        "brd_review",
        "Framework for developing bycatch reduction devices for prawn trawls",
        "A review of trawl modifications that separate species either by behaviour or by size, and a framework for developing BRDs: quantify "
        "bycatch, identify priority species, test devices, check survival of escapees and promote acceptance among fishers.",
    ),
    (
        "mFo116",
        "vi",
        "luoibay_nt",
        "Lưới rê đáy (lưới bẫy) cải tiến kèm máy thu lưới, máy dò đứng",
        "Phổ biến mô hình lưới rê đáy do ngư dân Đông Hải (Ninh Thuận) cải tiến: tăng chì, phao, trang bị máy thu lưới và máy dò đứng để "
        "tìm rạn, bãi đá ngầm; nghề vốn đầu tư ít, cấu tạo đơn giản, vàng lưới nhỏ, đánh bắt cá đáy giá trị.",
    ),
    (
        "mFo117",
        "vi",
        "luoire_bd",
        "Hỗ trợ chuyển đổi sang nghề lưới rê có tính chọn lọc",
        "Chi cục Thủy sản khuyến khích và hướng dẫn ngư dân chuyển sang nghề lưới rê: kích thước mắt lưới tương ứng loài đánh bắt, lưới "
        "thả trôi theo dòng ở tầng nổi, tầng giữa, không phá tầng đáy; rê cước ven bờ cho tôm, cua, ghẹ, cá nục, cá bạc má, rê ny lông "
        "vùng khơi cho cá chuồn, cá thu, ngừ sọc dưa.",
    ),
    (
        "mFo118",
        "en",
        "seafdec_dgn",
        "Drift gillnet designs used in Viet Nam (SEAFDEC reference)",
        "SEAFDEC's monograph on Vietnamese drift gillnets, usable for gear advice: nets 1–15 km long and 2–20 m high; mesh 30–50 mm for sardine "
        "and flying fish, 70–105 mm nylon multifilament (PA210D/12–18) for mackerel and tuna; nets set at 3–5 pm and hauled next morning, "
        "mostly on moonless nights, the boat running at 3–4 knots while setting.",
    ),
    (
        "mFo119",
        "vi",
        "longghe_qn",
        "Lồng bẫy ghẹ khung thép bọc lưới và kỹ thuật thả dàn lồng",
        "Tổ ngư dân bãi ngang cung cấp và hướng dẫn dùng lồng bẫy ghẹ khung thép dài 60 cm, rộng 40 cm, cao 15 cm bọc lưới, có cửa một chiều, "
        "giá khoảng 80.000 đồng/chiếc: 800 lồng buộc trên một dây, cách nhau 20 m, dài khoảng 14 km, thả cách bờ 500 m từ 14h đến 19h; "
        "tàu 30CV, mỗi đêm khoảng 100 kg ghẹ.",
    ),
    (
        "mFo120",
        "en",
        "fao_biodeg",
        "Biodegradable twine and rot-out panels against ghost fishing",
        "FAO fishing-technology advice: attach gillnet and trammel-net netting to the frame ropes with biodegradable twine so that a lost net "
        "drops free and sinks when the twine rots, and fit a biodegradable panel in pots and traps so they stop fishing after a set time.",
    ),
]

OFFERS += [
    (
        "mFo121",
        "en",
        "biodeg_bmis",
        "Biodegradable gillnets and trammel nets",
        "Research on biodegradable polymer gillnets and trammel nets for passive gear: field tests showed only slightly lower catch rates than "
        "nylon nets, while the nets showed clear degradation within 2 years in salt water, reducing ghost fishing by lost gear — not a "
        "complete answer, but a useful part of it.",
    ),
    (
        "mFo122",
        "en",
        "netrec_noaa",
        "Gillnet collection and recycling programme for fishing ports",
        "The Pacific States Marine Fisheries Commission ran a gillnet recycling programme with port officials and community coordinators at "
        "four ports (1991–1992), funded by a $23,000 NMFS grant and about $4,500 from DuPont: fishermen brought 47,000 lb of old nylon netting, "
        "which was baled and sold to a plastics broker; the collection became self-sustaining.",
    ),
    (
        "mFo123",
        "en",
        "nyp",
        "Recycling end-of-life fishing nets and gear",
        "Net Your Problem, a Seattle company, collects discarded commercial fishing nets and gear at ports such as Dutch Harbor and sends them "
        "to recyclers to make new products; it has passed one million pounds collected and works with beach-cleanup partners.",
    ),
    (
        "mFo124",
        "vi",
        "luoi_thinhlong",
        "Dệt lưới cước, kéo sợi PE cung cấp cho tàu cá",
        "Làng nghề dệt lưới cước Minh Châu và 8 doanh nghiệp kéo sợi PE ở thị trấn Thịnh Long (Hải Hậu) cung cấp lưới đánh tôm, cá biển; "
        "khung dệt lắp động cơ đạt 200–250 m lưới/người/ngày, khổ lưới mở rộng, tạo việc làm cho 800–1.000 lao động, doanh thu trên 100 tỷ "
        "đồng mỗi năm.",
    ),
    (
        "mFo125",
        "en",
        "uhmwpe",
        "UHMWPE fibre for lighter, stronger fishing nets",
        "A fibre producer supplies ultra-high molecular weight polyethylene fibre for fishing nets: at the same mesh strength a UHMWPE net is "
        "50% lighter than a polyethylene net, so larger nets can be used with less weight and water resistance, raising trawling speed and "
        "cutting energy use.",
    ),
    (
        "mFo126",
        "vi",
        "thuluoi_vt",
        "Máy thu lưới thủy lực cho tàu lưới rê",
        "Sáng chế của ngư dân Lê Phước Hoàng (Phước Tỉnh, Bà Rịa – Vũng Tàu): lực từ máy chính qua bơm dầu, van áp lực và van điều khiển "
        "quay mô tơ thủy lực kéo mâm thu lưới ở mũi tàu, thuyền trưởng điều khiển ngay trong cabin. Tốc độ thu lưới nhanh gấp 4–5 lần kéo "
        "tay, chủ tàu tăng vàng lưới dài gấp đôi; an toàn hơn truyền động dây cu-roa, lắp được trên ghe nhỏ.",
    ),
    (
        "mFo127",
        "vi",
        "thuluoi_th",
        "Lắp máy tời thu lưới thủy lực cho nghề rê, chụp mực, vây",
        "Cung cấp, lắp đặt máy tời thu lưới thủy lực cho tàu cá nhiều kích cỡ, dùng cho lưới rê hỗn hợp, chụp mực, lưới vây: làm việc êm, "
        "tháo lắp dễ, hợp tàu có boong chật, giải phóng sức lao động và giảm rủi ro kéo dây bằng tay khi sóng gió.",
    ),
    (
        "mFo128",
        "en",
        "hauler_kr",
        "Labour-saving five-step-drum net hauler for drift gillnets",
        "Jeju National University fitted a five-step-drum net hauler on a yellow croaker drift gillnetter and compared it with a triple-V hauler "
        "and hand hauling: hauling time fell 21.6% and 45.2%, the crew needed fell by about two people (18.2% and 25%), with less net damage, "
        "gear slip and damage to the fish.",
    ),
    (
        "mFo129",
        "vi",
        "luoi_dt",
        "Lưới, dớn, chài mùa lũ cho đánh bắt nội đồng",
        "Các cơ sở sản xuất ngư cụ ở Lai Vung, Lấp Vò (Đồng Tháp) tất bật làm lưới, dớn, chài, lọp phục vụ mùa nước nổi: gần 40 công nhân "
        "đan tay, dệt máy, bắt viền, cột phao, kéo chì; cao điểm từ tháng 3 đến tháng 11 âm lịch.",
    ),
    (
        "mFo130",
        "vi",
        "tv_cua",
        "Cung cấp cua biển giống cho ao nuôi ven biển",
        "Các hộ ven biển Châu Thành, Cầu Ngang, Duyên Hải thả gần 33 triệu con cua biển giống trên hơn 6.200 ha ao; cơ sở giống cung cấp "
        "con giống khi độ mặn trên các nhánh sông thích hợp.",
    ),
    # --- ports, auctions, traceability, waste, logistics
    (
        "mFo131",
        "en",
        "eauct_naut",
        "Consultancy on electronic fish auctions",
        "A fisheries consultancy's strategy paper and advisory service on moving fish auctions to electronic systems: auction clocks, "
        "bidding systems, remote bidding, linking markets, market information, web marketing, and how to prepare, choose and manage a system "
        "and overcome resistance to change.",
    ),
    (
        "mFo132",
        "en",
        "eauct_ats",
        "Electronic fish trading systems with clock and remote bidding",
        "A Belgian supplier with 20 years of experience builds tailor-made electronic trading systems for fish auctions — the Moby-Clock, "
        "remote bidding over the Internet, interconnection of markets, traceability and buyer information on supply and prices — adapted to "
        "local customs.",
    ),
    (
        "mFo133",
        "en",
        "eauct_peterhead",
        "E-auction: clock sales and online bidding app for a fish market",
        "A port authority's e-auction replaces shout auctions with a clock sales module, online bidding from a catalogue and reports for "
        "buyers, suppliers and staff; buyers can follow and buy on the clocks from a phone, tablet or PC. The market plans four digital clocks, "
        "Wi-Fi, and changes to grading and cataloguing.",
    ),
    (
        "mFo134",
        "vi",
        "daugia_dn",
        "Kinh nghiệm tổ chức đấu giá hải sản ngay tại cảng cá",
        "Chợ đầu mối thủy sản Thọ Quang (Đà Nẵng), nơi qua cảng bình quân 100 nghìn tấn hải sản/năm, tổ chức 60 phiên đấu giá thí điểm từ "
        "tháng 9/2018 đến tháng 1/2019 để ngư dân bớt phụ thuộc nậu vựa, ổn định giá; sẵn sàng chia sẻ quy chế, cách chuẩn bị và bài học "
        "rút kinh nghiệm.",
    ),
    (
        "mFo135",
        "en",
        "ecdt_mcd",
        "Electronic catch documentation and traceability (eCDT) app for fishing boats",
        "The Centre for Marinelife Conservation and Community Development (MCD), with the Directorate of Fisheries and Bình Định fisheries "
        "officials, piloted the eCDT app on 10 tuna boats of Hoài Nhơn in March 2020: the captain opens the app on a phone and photographs "
        "the catch, replacing paper logbooks and catch documents.",
    ),
    (
        "mFo136",
        "vi",
        "ecdt_kh",
        "Hệ thống truy xuất nguồn gốc điện tử eCDT và nhật ký khai thác eLogbook",
        "Nền tảng eCDT cho phép ngư dân, chủ tàu khai báo xuất bến, cập bến trực tuyến; cảng cá, đồn biên phòng cấp giấy biên nhận thủy sản "
        "bốc dỡ, giấy xác nhận nguyên liệu và chứng nhận nguồn gốc cho doanh nghiệp nhanh, minh bạch. Ứng dụng eLogbook trên điện thoại, "
        "máy tính ghi sản lượng, loài, vị trí, thời gian khai thác, thu mua, chuyển tải.",
    ),
    (
        "mFo137",
        "en",
        "elog_nf",
        "Digital logbook app for fishing skippers",
        "Real Time Data's Deckhand digital logbook, tested in the Bering Sea crab fishery, records catch and trip data for electronic reporting "
        "to fisheries agencies; its Catch Flow engine lets someone with basic programming skill tailor the app to a fishery in about a week.",
    ),
    (
        "mFo138",
        "en",
        "olfish",
        "Electronic logbook software for commercial fishing: onboard, shore and web",
        "A South African company's Olfish suite collects, analyses, maps, reports and transmits all fishing-operation data, replacing paper "
        "logbooks; it has an onboard version, a shore component and a web data hub, adapts to national and regional rules, and was designed "
        "to overcome fishers' resistance.",
    ),
    (
        "mFo139",
        "en",
        "wwf_apps",
        "E-logbook and traceability apps for small-scale fishers",
        "WWF developed an e-logbook app for shrimp fishers in Ecuador whose pilot was taken up in Chile, recording over a thousand trips; "
        "traceability apps such as Peru's TrazApp follow mahi-mahi, squid, shark and bonito, and camera-plus-satellite electronic monitoring "
        "was piloted on a Ghanaian tuna fleet.",
    ),
    (
        "mFo140",
        "vi",
        "dainam_ww",
        "Thiết kế, thi công hệ thống xử lý nước thải cảng cá",
        "Công ty môi trường nhận thiết kế và thi công hệ thống xử lý nước thải cảng cá, loại nước thải từ bốc dỡ, sơ chế, bảo quản thủy sản "
        "và vệ sinh tàu thuyền chứa nhiều chất hữu cơ, dầu mỡ, vi sinh vật gây bệnh, chất rắn lơ lửng; xử lý để bảo vệ nguồn nước và hệ "
        "sinh thái ven bờ.",
    ),
    (
        "mFo141",
        "vi",
        "lachvan",
        "Giải pháp kỹ thuật xử lý ô nhiễm môi trường tại cảng cá",
        "Đề xuất nâng cấp hạ tầng cảng cá theo QCVN 02-12:2009/BNNPTNT: cấp nước sạch, thu gom và xử lý nước thải, chất thải rắn; tẩy rửa "
        "bằng Clorin để khử mùi; rãnh, mương bê tông có tấm đan, hố ga lắng cát thu nước mưa về cống chung, chấm dứt ngập úng, lầy lội.",
    ),
    (
        "mFo142",
        "vi",
        "bunhoat",
        "Xử lý nước thải thủy sản độ mặn cao bằng bùn hoạt tính",
        "Nghiên cứu ứng dụng công nghệ sinh học bùn hoạt tính thích nghi độ mặn để xử lý nước thải chế biến thủy sản có độ mặn cao; kết quả "
        "dùng làm cơ sở thiết kế hệ xử lý cho cơ sở chế biến, khu sơ chế hải sản ven biển.",
    ),
    (
        "mFo143",
        "vi",
        "thuanan",
        "Mô hình thu gom rác và chất thải nguy hại tại cảng cá",
        "Ban Quản lý cảng cá chia sẻ mô hình: cảng đón khoảng 30 tàu/ngày và 58 hộ thuê mặt bằng; bố trí 2 nhân viên thu gom, 8 thùng rác, "
        "1 kho và 3 thùng chứa chất thải nguy hại (dầu mỡ, bóng đèn), ký cam kết bảo vệ môi trường với 12 cơ sở và hợp đồng công ty vận "
        "chuyển xử lý rác.",
    ),
    (
        "mFo144",
        "vi",
        "surimi_ww",
        "Hệ thống xử lý nước thải chế biến surimi 300 m³/ngày đêm",
        "Công ty môi trường đã xây dựng hệ thống xử lý nước thải cho nhà máy surimi ở Tắc Cậu: COD tới 36.000 mg/l, BOD5 4.000–15.000 mg/l, "
        "dầu mỡ 100–500 mg/l, 20–25 m³ nước/tấn sản phẩm; quy trình 10 công đoạn đạt QCVN 11:2008/BTNMT cột B.",
    ),
    (
        "mFo145",
        "vi",
        "haucan_tth",
        "Dịch vụ tàu hậu cần cung ứng và thu mua hải sản trên biển",
        "Hiệp hội tàu dịch vụ hậu cần nghề cá ở Thuận An (mô hình tàu mẹ – tàu con) đưa tàu ra ngư trường cung ứng dầu, đá, lương thực, nhu "
        "yếu phẩm cho tàu đánh bắt dài ngày, rồi thu mua hàng chục tấn hải sản ngay trên biển chở về bờ, giúp tàu khai thác bám biển lâu hơn.",
    ),
    (
        "mFo146",
        "vi",
        "vientauthuy",
        "Mô hình cụm 1 tàu mẹ – 5 tàu con cho đánh bắt và bảo quản",
        "Viện Nghiên cứu chế tạo tàu thủy (ĐH Nha Trang) đề xuất và thiết kế cụm 1 tàu mẹ – 5 tàu con: tàu mẹ có hệ thống bảo quản lạnh đạt "
        "chuẩn, thu gom sản phẩm, tiếp tế cho tàu con để tàu nhỏ khỏi chạy đi về tốn dầu, kéo dài thời gian khai thác và giữ chất lượng.",
    ),
    (
        "mFo147",
        "en",
        "fao_landing_infra",
        "Landing-site infrastructure and services checklist",
        "FAO guidance on the services and infrastructure a landing site needs to cut food loss: roads, power, water, jetties, buildings, "
        "sewerage and drainage, parking, office, ice, fuel bunkering, management, toilets and washrooms, food safety control and packaging, "
        "with notes on public, communal or private ownership and on preparing an operations plan.",
    ),
    # --- safety at sea, medical help, weather
    (
        "mFo148",
        "vi",
        "aophao_dn",
        "Bộ áo phao cứu sinh đa năng cho ngư dân",
        "Bộ áo phao cứu sinh đa năng của tác giả Võ Văn Hoàng Minh (Bằng độc quyền giải pháp hữu ích ngày 28/8/2018, giải Nhì Hội thi Sáng "
        "tạo kỹ thuật toàn quốc 2012–2013) che kín đầu, tai, mắt, giữ ấm, đỡ người ở tư thế nằm ngang để nghỉ sức khi rơi xuống biển, hạn chế "
        "mùi thu hút cá dữ, nhiều túi đựng đồ; đã thực nghiệm tại cảng cá Quy Nhơn.",
    ),
    (
        "mFo149",
        "vi",
        "attb_pccc",
        "Cung cấp thiết bị an toàn hàng hải cho tàu thuyền",
        "Doanh nghiệp cung cấp thiết bị an toàn hàng hải: phao tròn cá nhân, phao cứu sinh tự thổi phồng khi gặp nước, bè cứu sinh cho "
        "nhóm người rời tàu, áo phao bọt nổi và áo phao tự phồng, cùng tư vấn trang bị phù hợp từng loại phương tiện.",
    ),
    (
        "mFo150",
        "en",
        "waterdance",
        "Crew lifejacket and personal locator beacon kits",
        "A fishing company equipped every crew member with a SafeLink SOLO Compact 150 lifejacket and a Kannad SafeLink SOLO 406 MHz personal "
        "locator beacon with 50-channel GPS and 121.5 MHz homing, bought through a marine dealer with European Maritime and Fisheries Fund "
        "support; UK data show 104 of 153 fishing drownings (2000–2017) were not wearing a lifejacket.",
    ),
    (
        "mFo151",
        "en",
        "epirb_uscg",
        "EPIRBs for commercial fishing vessels: carriage, registration and checks",
        "A marine-safety supplier explains why all commercial fishing vessels working more than three nautical miles out must carry an EPIRB: "
        "once activated it sends a distress signal with GNSS position on 406 MHz through Cospas-Sarsat for at least 48 hours; the Coast Guard "
        "issues about 40 EPIRB-related deficiencies a year in one district.",
    ),
    (
        "mFo152",
        "vi",
        "epirb_vnmcc",
        "Phao EPIRB 406 MHz và đăng ký dữ liệu với Trung tâm Cospas-Sarsat Việt Nam",
        "Trung tâm Điều hành thông tin vệ tinh Cospas-Sarsat Việt Nam (Vishipel) khuyến nghị và hướng dẫn trang bị phao EPIRB 406 MHz: phủ "
        "sóng toàn cầu, định vị chính xác, phát mã nhận dạng tàu; gần 30 năm qua phao đã góp phần cứu 33.026 người trong 9.031 vụ tìm kiếm "
        "cứu nạn. Chủ phao đăng ký dữ liệu để cứu nạn nhanh.",
    ),
    (
        "mFo153",
        "vi",
        "tn01",
        "Thiết bị tín hiệu cấp cứu tự nổi TN-01 cho ngư dân",
        "Kỹ sư Vi Toàn Nghĩa chế tạo phao xác định vị trí TN-01 từ vật liệu sẵn có, cải tiến từ chuẩn JQE-103: nhỏ nhẹ, phát ánh sáng và vô "
        "tuyến trên 121,5 MHz hoặc 406 MHz, tự báo vị trí cả khi người bị nạn bất tỉnh, nguồn dùng 80 giờ, 200 m dây đánh dấu vị trí tàu "
        "chìm, kèm 4 bánh lương khô và 0,5 lít nước.",
    ),
    (
        "mFo154",
        "vi",
        "yte_vienyhb",
        "Tư vấn cấp cứu y tế từ xa cho ngư dân qua Đài Thông tin duyên hải",
        "Theo thỏa thuận giữa Vishipel và Viện Y học biển, khi tàu báo cần trợ giúp y tế, khai thác viên mở kênh vô tuyến nối thẳng với bác "
        "sĩ để hướng dẫn sơ cứu, dùng thuốc; một ngư dân 54 tuổi lên cơn co giật trên tàu NA 95405 TS đã qua cơn nguy kịch nhờ được hướng "
        "dẫn kịp thời.",
    ),
    (
        "mFo155",
        "vi",
        "yte_kbs",
        "Dịch vụ hỗ trợ y tế từ xa 24/24 qua cuộc gọi video cho thuyền viên",
        "Bộ Hải dương và Thủy sản Hàn Quốc phối hợp Bệnh viện Đại học Quốc gia Busan cung cấp miễn phí dịch vụ y tế từ xa 24/24 qua video "
        "call cho thuyền viên tàu ven biển có lắp thiết bị: 1.877 lượt hỗ trợ trên 127 tàu, hỗ trợ 20 ngôn ngữ kể cả tiếng Việt, kèm đào "
        "tạo sơ cứu định kỳ tại tàu.",
    ),
    (
        "mFo156",
        "vi",
        "yte_guide",
        "Hướng dẫn xử trí khi tàu gặp nạn và chuẩn bị thuốc men trên tàu",
        "Hệ thống Thông tin duyên hải hướng dẫn chủ tàu, thuyền trưởng: số điện thoại Trung tâm Phối hợp tìm kiếm cứu nạn trực 24/24, trực "
        "canh cấp cứu 7.903 kHz, bản tin thời tiết 7.906 kHz, không ra quá phao số 0 khi thiếu máy MF/HF, cách báo nạn (tên tàu, tọa độ, số "
        "người, sóng gió) và chuẩn bị thuốc cho chuyến biển dài ngày.",
    ),
    (
        "mFo157",
        "en",
        "fisherfriend",
        "Fisher Friend Mobile App for small-scale fishers",
        "The M S Swaminathan Research Foundation's Android app for fishing communities gives potential fishing zone and tuna forecasts, GPS "
        "navigation to them, ocean-state forecasts (wave height, wind, currents, sea temperature), cyclone and high-wave alerts, danger-zone "
        "marking, market prices, border alerts, an SOS button and harbour locations.",
    ),
    (
        "mFo158",
        "en",
        "machli",
        "Machli marine advisory app: fishing zones, forecasts and SOS",
        "A foundation's multilingual app built on INCOIS ocean data shows potential fishing zones at 20, 50 and 100 km so trips can be "
        "planned by boat size and fuel, real-time and forecast wind, waves, currents and cyclone alerts for the departure point and route, "
        "and an SOS emergency contact.",
    ),
    (
        "mFo159",
        "en",
        "mesa_sms",
        "Marine weather SMS service for artisanal fishers",
        "Under the MESA programme, fisheries agencies in 15 West African countries send SMS forecasts of sea conditions — currents, surface "
        "winds, significant wave height, temperature — to artisanal and semi-industrial fishers and rescue services without sophisticated "
        "equipment, with outreach in landing communities.",
    ),
    (
        "mFo160",
        "en",
        "fewer",
        "FEWER: fisheries early warning and emergency response app",
        "The ICT4Fisheries consortium and the Caribbean Regional Fisheries Mechanism built FEWER, a phone app and system that sends fishers "
        "early warnings of dangerous weather and sea conditions, links them to national emergency response and lets them share local "
        "knowledge; a user manual was published in 2018.",
    ),
    (
        "mFo161",
        "en",
        "radiomonsoon",
        "Community radio and phone marine forecasts with fisher feedback",
        "Radio Monsoon relays government weather, wind, wave, current and fishing-zone forecasts to traditional fishers over coastal "
        "loudspeakers, the Internet, a free phone number and word of mouth, collects the fishers' own observations with their GPS positions "
        "and feeds them back to forecasters.",
    ),
    (
        "mFo162",
        "vi",
        "nchmf",
        "Bản tin dự báo gió mạnh, sóng lớn trên biển",
        "Trung tâm Dự báo khí tượng thủy văn quốc gia phát bản tin gió mạnh, sóng lớn theo khu vực biển: hiện trạng, dự báo cấp gió, giật, "
        "độ cao sóng và khuyến cáo tàu thuyền hạn chế ra khơi; bản tin phát định kỳ và thông báo giờ phát bản tin kế tiếp.",
    ),
    # --- neighbouring fields
    (
        "mFo163",
        "vi",
        "tv_tom",
        "Nuôi tôm siêu thâm canh ứng dụng công nghệ cao",
        "Mô hình nuôi tôm sú, tôm thẻ chân trắng thâm canh, siêu thâm canh công nghệ cao vùng ven biển Trà Vinh: năng suất bình quân 50–55 "
        "tấn/ha, quy trình ao nuôi an toàn hạn chế ô nhiễm và dịch bệnh; tỉnh định hướng 15.000 ha thâm canh, 1.100 ha công nghệ cao.",
    ),
    (
        "mFo164",
        "vi",
        "vietgap",
        "Tư vấn áp dụng chứng nhận VietGAP cho nuôi tôm thẻ chân trắng",
        "Nghiên cứu đăng trên Tạp chí Khoa học ĐH Trà Vinh về 105 hộ nuôi tôm VietGAP ở Sóc Trăng: ao lắng, kiểm dịch giống, mật độ 40 con/m², "
        "năng suất 2,7–5,6 tấn/ha/vụ, tôm đạt chuẩn bán thêm 2–5 nghìn đồng/kg; làm cơ sở tư vấn hộ nuôi áp dụng chứng nhận.",
    ),
]
