"""Offers for holdout138 (bicycles and cycling in towns and villages).

Rows: (id, language, source key, title, description). Distractors (neighbouring fields sharing words with the
needs) are mixed in among the offers of each sub-topic; see make_holdout138.py for the list.
"""

OFFERS = [
    # --- A. bicycle shops and repair: wheels, gears, brakes, tyres and tubes ---
    (
        "nJo001",
        "vi",
        "xdtg_sam",
        "Tập huấn thay săm, lốp xe đạp thể thao cho thợ mới",
        "Cửa hàng xe đạp nhận đào tạo thợ học việc quy trình tháo bánh, thay săm và lốp xe đạp thể thao. Học viên được "
        "làm quen bộ dụng cụ gồm giá đỡ xe, cờ lê, cần bẩy lốp, săm dự phòng và bơm tay hoặc bình khí CO2; hướng dẫn "
        "khi nào nên thay săm mới thay vì vá nhiều lần.",
    ),
    (
        "nJo002",
        "vi",
        "wetrek_va",
        "Cung cấp bộ vá săm: miếng vá keo truyền thống và miếng vá tự dính",
        "Doanh nghiệp phân phối hai loại bộ vá ruột xe: miếng vá cao su kèm keo chuyên dụng (mối vá bền, phải chờ keo "
        "khô vài phút) và miếng vá tự dính có sẵn keo (dán ngay, độ bền thấp hơn). Kèm tài liệu chọn cách vá theo tình "
        "huống cho tiệm sửa xe và người đạp xe đường dài.",
    ),
    (
        "nJo003",
        "vi",
        "xd24_sua",
        "Tài liệu và lớp hướng dẫn tự sửa các lỗi xe đạp thường gặp",
        "Lớp ngắn cho hộ gia đình và thợ nghiệp dư: phát hiện lỗ thủng bằng cách bơm căng và nhúng nước tìm bọt khí, "
        "chà nhám quanh lỗ, dán miếng vá và đợi keo khô rồi lắp lại; kèm cách xử lý xích tuột, phanh kém và bảo dưỡng "
        "định kỳ để xe vận hành trơn tru.",
    ),
    (
        "nJo004",
        "vi",
        "probike_sua",
        "Dịch vụ sửa chữa, bảo dưỡng xe đạp trọn gói",
        "Xưởng dịch vụ nhận sửa lốp xì hoặc nổ, căng chỉnh hoặc thay xích mòn, đứt, siết lại hay thay dây phanh và má "
        "phanh không ăn; có gói kiểm tra định kỳ cho xe đi học, đi làm và xe tập luyện.",
    ),
    (
        "nJo005",
        "vi",
        "maruishi_cc",
        "Bộ dụng cụ bảo dưỡng xe đạp cho tiệm sửa xe nhỏ",
        "Cung cấp trọn bộ dụng cụ cơ bản đến chuyên dụng cho xưởng sửa xe đạp (lục giác, cần bẩy lốp, dụng cụ cắt "
        "xích, dụng cụ líp và trục giữa...) kèm hướng dẫn sử dụng và bảo quản; phù hợp tiệm mới mở ở thị trấn.",
    ),
    (
        "nJo006",
        "en",
        "sidewall",
        "Pre-service inspection protocol for bike repair shops",
        "A workshop consultant trains shop mechanics to inspect every bike before quoting a tune-up: frame alignment "
        "gauge to detect twisted frames that stop brakes centring, and a crack check at dropouts, chainstays and behind "
        "the bottom bracket. Avoids hours of wasted labour and parts ordered for a frame that is already scrap.",
    ),
    (
        "nJo007",
        "en",
        "vecrep",
        "Bike repair service covering nine common jobs",
        "Repair service for town riders: flat repair (patch or new tube), brake alignment and cable tightening, chain "
        "cleaning and lubrication, derailleur and shift-cable adjustment, wheel truing by spoke adjustment, pedal and "
        "crank work, headset, hub and bottom bracket bearing replacement, brake pad and cable replacement.",
    ),
    (
        "nJo008",
        "en",
        "crw_720",
        "Gear-shifting tune-up training for mechanics",
        "Hands-on module on derailleur systems: checking and straightening the derailleur hanger with an alignment tool, "
        "setting limit screws so the chain does not overshoot the cogs, fine-tuning cable tension with the barrel "
        "adjuster and lubricating pivot points; includes shift testing.",
    ),
    (
        "nJo009",
        "en",
        "scribd_learn",
        "Volunteer mechanic curriculum for a community bike workshop",
        "A 19-page teaching handout adapted from community bike shops in Arizona: choosing and fitting a bike, headsets, "
        "bottom brackets and cranksets, hubs and gears, brakes and cables, derailleurs and shifting, wheel truing, tubes "
        "and tyres. Used to train volunteers who run a do-it-yourself repair space.",
    ),
    (
        "nJo010",
        "en",
        "wheelbuilder_za",
        "Custom hand-built bicycle wheels",
        "Wheel builder designing each wheelset for the rider's weight, riding and budget: measures the effective rim "
        "diameter of every rim to calculate spoke length within a millimetre, sends an itemised quote, quality-checks "
        "parts and builds by hand to tight tolerances so wheels stay easy to true and repair later.",
    ),
    (
        "nJo011",
        "en",
        "offcourse_wheels",
        "Wheel building for touring, cargo and utility bikes",
        "Shop specialising in hand-built wheels with even spoke tension and true, round rims; builds around disc, "
        "internally geared, dynamo and coaster-brake hubs and advises on rims and butted spokes for heavier loads.",
    ),
    (
        "nJo012",
        "vi",
        "cyclinggear_811",
        "Dịch vụ chỉnh phanh và bảo dưỡng xích xe đạp",
        "Kiểm tra độ mòn má phanh và thay má mới tương thích, căn má phanh áp đúng vành, chỉnh độ căng dây phanh bằng "
        "núm điều chỉnh trên tay phanh; rửa xích bằng dung dịch tẩy dầu, lau khô và tra dầu chuyên dụng cho xe đạp.",
    ),
    (
        "nJo013",
        "vi",
        "hyundai_va",
        "Vá lốp xe đạp lưu động tại nhà",
        "Thợ đến tận nhà xử lý lốp xe đạp bị đinh, mảnh kính đâm thủng, van hở gây xì hơi hoặc lốp non do để lâu; "
        "vá bằng miếng vá và keo, thay lốp mới khi lốp rách nặng không vá được.",
    ),
    (
        "nJo014",
        "en",
        "bikeradar_wheels",
        "Artisan wheel rebuilding and rim replacement",
        "Rural workshop wheel builder who rebuilds worn wheels by hand: replaces rims, re-laces spokes to the original "
        "pattern and tensions them by feel and gauge; an alternative to cheap machine-built replacement wheels.",
    ),
    (
        "nJo015",
        "en",
        "crw_830",
        "Basic bicycle repair course: flats, brakes, chains and gears",
        "One-day course for new shop staff or cooperative members: removing wheels front and rear, finding and patching "
        "punctures, tightening brake cables and positioning pads, chain care and gear tuning, with a list of starter "
        "tools (levers, patch kit, multi-tool, chain tool, pump with gauge).",
    ),
    (
        "nJo016",
        "vi",
        "saigonxehoi_lop",
        "Dịch vụ vá lốp ô tô không săm",
        "Garage ô tô nhận vá lốp không săm (lốp có lớp màng halobutyl giữ hơi) bằng nút cao su, miếng vá trong hoặc "
        "nấm vá; tư vấn chọn phương pháp an toàn cho xe du lịch.",
    ),
    (
        "nJo017",
        "vi",
        "plo_xdd",
        "Sửa bình điện, IC và môtơ xe đạp điện",
        "Cơ sở nhận sửa xe đạp điện hay trục trặc: bình điện không giữ điện, sạc không vào hoặc báo đầy giả, môtơ đặt "
        "trong đùm bánh sau, dây cua-roa; kiểm tra bộ ngắt điện tự động.",
    ),
    # --- B. cargo bicycles and tricycles for vendors and deliveries ---
    (
        "nJo018",
        "en",
        "icetrikes",
        "Built-to-order vending and delivery tricycles",
        "Small manufacturer building commercial trikes to order: ice cream trikes are the core, and buyers also run "
        "coffee and espresso, cold brew, juice, salad, bakery, flowers or books from them, or use them for delivery and "
        "distribution. Manufactured and shipped internationally from the company's factory.",
    ),
    (
        "nJo019",
        "en",
        "wisegeek_ice",
        "Ice cream tricycle with choice of freezer",
        "Three-wheeled vending bike with a chest freezer in one of three styles: household electric, battery-powered or "
        "passive ice box. With dry ice the box keeps frozen goods cold for up to about 12 hours; umbrella and handlebar "
        "bells included; single- or multi-speed.",
    ),
    (
        "nJo020",
        "en",
        "cghobe_ice",
        "Design service for ice cream and vending bikes",
        "Design studio for vending bicycles: frame material choice (light aluminium or sturdier steel for heavy loads), "
        "geometry for stability on uneven ground, sizing and placing the refrigeration unit, insulation, power source "
        "and temperature control, plus branding of the cart.",
    ),
    (
        "nJo021",
        "en",
        "motherearth",
        "Pedal cargo trikes for delivery businesses",
        "Supplier and operator know-how for pedal cargo trikes and pedicabs used in parcel delivery, catering and "
        "recycling collection. Trikes haul up to about 500 pounds, some with a small electric motor for hills; new "
        "trikes cost about US$2,000-6,000 and DIY frame kits a little over US$1,000.",
    ),
    (
        "nJo022",
        "en",
        "leafnpaw",
        "Electric cargo tricycles for produce vendors",
        "Low-cost electric three-wheel cargo bikes with a box trailer for small vendors delivering vegetables to corner "
        "shops. Entry models advertised around US$1,500-3,000, rechargeable batteries, tens of kilometres per charge, "
        "fit narrow alleys and bike lanes.",
    ),
    (
        "nJo023",
        "en",
        "rodford",
        "Freight bicycles and box bikes built to carry loads",
        "Builder of carrier cycles, freight tricycles and box bikes: cargo areas as an open or closed box, a flat "
        "platform or a wire basket, mounted over a wheel, low behind the front wheel or between paired wheels; frame and "
        "drivetrain built for loads heavier than an ordinary bicycle.",
    ),
    (
        "nJo024",
        "vi",
        "baomoi_xdcafe",
        "Thiết kế, trang trí xe đạp bán cà phê lưu động",
        "Nhận thiết kế chiếc xe đạp cà phê nhỏ gọn: bố trí dụng cụ pha chế, ly, đồ trang trí gọn gàng trên khung xe, "
        "kết hợp bán thêm hàng thủ công; mô hình đã chạy thực tế bên hồ ở Long Xuyên, An Giang.",
    ),
    (
        "nJo025",
        "vi",
        "tintuc_caphedao",
        "Gói khởi nghiệp cà phê dạo bằng xe đạp",
        "Cung cấp trọn gói xe đạp gắn thùng đá, cốc, dụng cụ pha chế và in hotline trên thùng để bán cà phê dạo; giá "
        "bán tham khảo 10.000-15.000 đồng/ly, nhận đặt qua điện thoại.",
    ),
    (
        "nJo026",
        "vi",
        "baodanang_cafe",
        "Đóng xe đạp bán đồ uống mang đi",
        "Xưởng nhỏ đóng và trang trí xe đạp bán cà phê mang đi (hoa khô, đèn vàng, bảng hiệu), kèm ghế xếp cho khách; "
        "phù hợp bán buổi tối 18-22 giờ ở bờ sông, cầu đi bộ.",
    ),
    (
        "nJo027",
        "vi",
        "xeloi_hoaihuong",
        "Phục dựng xe lôi đạp chở hàng, chở khách",
        "Cơ sở cơ khí phục dựng xe lôi đạp miền Tây: đầu là một chiếc xe đạp, phía sau kéo thùng xe; dùng chở hàng cho "
        "người buôn bán nhỏ, chở học sinh và làm sản phẩm du lịch văn hóa.",
    ),
    (
        "nJo028",
        "vi",
        "baoangiang_xeloi",
        "Tổ chức đội xe lôi đạp phục vụ chợ và điểm tham quan",
        "Tư vấn mô hình nhóm xe lôi đạp: thành phố Châu Đốc còn khoảng 400 chiếc chạy quanh chợ và miếu Bà Chúa Xứ; "
        "hướng dẫn tổ chức điểm đón, giá cước và giữ nghề cho lao động nghèo.",
    ),
    (
        "nJo029",
        "en",
        "adsy_tricycle",
        "Advisory: tricycles for last-mile cargo",
        "Advisory service helping small businesses move goods by tricycle: compact enough for narrow streets and alleys, "
        "zero emissions, cheaper to buy and maintain than vans, suited to last-mile deliveries in congested towns.",
    ),
    (
        "nJo030",
        "en",
        "copenhagenize_ice",
        "Cooler-box cargo bikes for popsicle vending",
        "Front-box cargo bikes with a fibreglass cooler for selling popsicles and ice cream sandwiches door to door, "
        "with a swinging row of handlebar bells; model used by a large North American vending company since 1959.",
    ),
    (
        "nJo031",
        "en",
        "pixelation_ice",
        "Business plan kit for an ice cream tricycle",
        "Business kit for a cycle ice cream cart: a quality chassis costs a few thousand dollars instead of a shop lease; "
        "cost per scoop about US$0.75-1.10 against a price of US$5-6, and 200-300 scoops can be sold in four busy hours.",
    ),
    (
        "nJo032",
        "vi",
        "saigonnews_cafe",
        "Thùng giữ lạnh và bạt quảng cáo cho xe bán cà phê dạo",
        "Cung cấp thùng nhựa trữ lạnh có bạt in thương hiệu và số điện thoại để gắn lên xe bán cà phê dạo; tư vấn định "
        "lượng: một chai 1,5 lít cà phê đặc pha được khoảng 200 cốc.",
    ),
    (
        "nJo033",
        "en",
        "alaska_vend",
        "Bike trailers and tricycles for street vendors",
        "Supplier of bicycle trailers and vending tricycles for street sellers of sweets, ice cream and crafts, based on "
        "what licensed vendors use in Bogota; trailers can be pushed or towed.",
    ),
    (
        "nJo034",
        "en",
        "corvus_cargo",
        "Front-box cargo tricycles (triciclo de carga)",
        "Importer of sturdy front-box cargo tricycles of the type used everywhere in Mexico for street vending; heavy "
        "steel build, large load bed, heavy to ride unloaded.",
    ),
    (
        "nJo035",
        "vi",
        "thanhnien_xeday",
        "Xe đẩy bán hàng lưu động cho cà phê mang đi",
        "Đóng xe đẩy tay bán cà phê take away và đồ ăn vặt, đầu tư khoảng 25 triệu đồng gồm xe, trang trí và in ly; "
        "xe không có bàn đạp, đứng bán cố định ở đầu hẻm.",
    ),
    (
        "nJo036",
        "vi",
        "baomoi_xe3b_tq",
        "Phân phối xe ba bánh gắn máy chở hàng",
        "Đại lý xe ba bánh có động cơ nhập khẩu chở hàng nặng cho tiểu thương; lưu ý quy định cấm lưu thông xe ba, bốn "
        "bánh tự chế ở nhiều địa phương.",
    ),
    (
        "nJo037",
        "en",
        "engineering_tuktuk",
        "Motor tuk-tuk converted to a food stand",
        "Converting a 150 cc motor tricycle (tuk-tuk) into a hot-dog and churros stand with a canvas roof; a motorised "
        "food stand rather than a pedal vehicle.",
    ),
    # --- C. electric-assist conversion kits and batteries ---
    (
        "nJo038",
        "vi",
        "danviet_do",
        "Dịch vụ độ xe đạp thường thành xe đạp trợ lực điện",
        "Nhận lắp bộ trợ lực điện lên chính chiếc xe đạp khách đang dùng, giữ nguyên cảm giác đạp: đạp nhẹ để tập thể "
        "dục, khi mệt chuyển sang chế độ điện hỗ trợ; tư vấn chọn động cơ và pin lithium phù hợp quãng đường.",
    ),
    (
        "nJo039",
        "vi",
        "probike_p3",
        "Pin lithium-ion cho xe đạp trợ lực điện",
        "Cung cấp pin lithium-ion và lithium-polymer cho xe trợ lực, dung lượng từ 36V-10Ah đến 48V-19Ah; hướng dẫn "
        "không để pin cạn kiệt, sạc đúng bộ sạc và cất nơi khô ráo thoáng mát.",
    ),
    (
        "nJo040",
        "vi",
        "probike_p2",
        "Bộ động cơ gắn bánh và bộ điều tốc trợ lực",
        "Bộ kit gồm động cơ điện gắn ở bánh trước hoặc bánh sau công suất 250-1000W, bộ điều khiển trên ghi đông 3-5 "
        "mức hỗ trợ, cảm biến lực đạp kích hoạt động cơ khi người lái đạp; phù hợp đường dốc hoặc chở nặng.",
    ),
    (
        "nJo041",
        "vi",
        "topacquy",
        "Kiểm tra, sửa hệ thống điện xe đạp điện",
        "Dịch vụ kiểm tra tay ga, bình ắc quy hoặc pin lithium, IC điều khiển, môtơ, đèn, còi và dây điện của xe đạp "
        "điện; khắc phục chập điện và thay linh kiện.",
    ),
    (
        "nJo042",
        "en",
        "homepower",
        "Hub-motor conversion kits with rack battery",
        "Conversion kit built around a prebuilt hub-motor wheel ordered to the bike's wheel size and compatible with its "
        "gears and brakes; installing means fitting tube and tyre and swapping the wheel. Kit includes speed controller "
        "and thumb throttle; a rack-mounted lithium-ion pack and charger are supplied separately.",
    ),
    (
        "nJo043",
        "en",
        "ewheels",
        "E-bike conversion course for beginners",
        "Training series on converting a regular bicycle: options available, what is inside different kits, safety and "
        "legal points and typical costs; with the right kit and tools a conversion takes about one to two hours.",
    ),
    (
        "nJo044",
        "en",
        "vf_kitopt",
        "Mid-drive conversion kits for hilly routes and heavy loads",
        "Supplier of mid-drive kits that drive the crankset and so use the bike's own gears, climbing steep grades that "
        "defeat hub motors; advice on choosing hub versus mid-drive for the rider's terrain and budget.",
    ),
    (
        "nJo045",
        "en",
        "vf_sensor",
        "Torque-sensor e-assist conversion kits",
        "Complete conversion kits (motor, battery, controller, throttle, wiring) with a torque sensor that measures how "
        "hard the rider pedals, giving smoother, more natural assistance than cadence-sensor kits; cheaper than buying "
        "a new e-bike.",
    ),
    (
        "nJo046",
        "en",
        "golf_battery",
        "E-bike battery packs with branded cells and protection circuits",
        "Battery packs built from branded LG, Panasonic or Samsung lithium-ion cells with overcharge, over-discharge, "
        "overcurrent and temperature cut-off protection; supplied with guidance on safe charging, storage and what to "
        "do in a fire.",
    ),
    (
        "nJo047",
        "en",
        "mse_charge",
        "Safe charging and storage training for e-bike batteries",
        "Facilities-maintenance firm offering guidance for premises where e-bikes and scooters charge: thermal runaway, "
        "incompatible chargers and faulty battery management systems (BMS), water ingress and impact damage; never "
        "bypass the BMS; storage and charging rules from a fire brigade safety campaign.",
    ),
    (
        "nJo048",
        "en",
        "ebr_fires",
        "Technician training on e-bike battery fire risk",
        "Training by a light electric vehicle association instructor for bike shops: why large-format e-bike batteries "
        "need extra care, risks of overnight charging in shops, comparative flammability of battery chemistries.",
    ),
    (
        "nJo049",
        "vi",
        "acquy_tb",
        "Cung cấp và bảo dưỡng ắc quy xe đạp điện",
        "Đại lý ắc quy xe đạp điện tư vấn kéo dài tuổi thọ: dùng bộ sạc chính hãng, ngưng sạc khi đầy, không xả quá "
        "sâu, cất ở nơi khô ráo 15-25°C và sạc định kỳ khi để lâu không dùng.",
    ),
    (
        "nJo050",
        "vi",
        "tgxcd_baoquan",
        "Gói bảo dưỡng xe điện sau 2 năm sử dụng",
        "Kiểm tra pin, IC, phanh và lốp cho xe điện đã chạy vài năm; khuyến cáo sạc khi pin còn 30-40%, không lội nước "
        "cao quá 1/3 bánh, kiểm tra áp suất lốp mỗi 2 tuần.",
    ),
    (
        "nJo051",
        "vi",
        "xjd_conversion",
        "Bộ chuyển đổi xe đạp thường sang xe điện (môtơ trục và môtơ giữa)",
        "Nhà cung cấp bộ chuyển đổi gồm môtơ, pin sạc, bộ điều khiển, tay ga và dây nối; có loại môtơ trục bánh và loại "
        "môtơ đặt giữa trục giữa, giúp leo dốc và đi xa dễ hơn.",
    ),
    (
        "nJo052",
        "vi",
        "vf_battplace",
        "Lắp pin giữa khung khi chuyển đổi xe đạp điện",
        "Dịch vụ lắp bộ chuyển đổi có đặt pin ở giữa khung (ống dưới) thay vì trên baga sau để giữ thăng bằng và cảm "
        "giác lái như xe cũ; tư vấn chọn bộ kit phù hợp.",
    ),
    (
        "nJo053",
        "en",
        "xcountry_mtb",
        "Converting an old mountain bike to electric",
        "Guide and workshop service: pick a bike with a solid frame able to carry the extra weight, choose motor, "
        "controller and battery (lithium-ion lasts more cycles than cheaper lead-acid), then fit and wire the system.",
    ),
    (
        "nJo054",
        "vi",
        "qstore_xdd",
        "Bán xe đạp điện nguyên chiếc chính hãng",
        "Cửa hàng bán xe đạp điện lắp sẵn: động cơ không quá 250W, tốc độ thiết kế tối đa 25 km/h, khối lượng khoảng "
        "40 kg kể cả ắc quy; nhiều mẫu cho học sinh, công nhân.",
    ),
    (
        "nJo055",
        "vi",
        "toyota_ev",
        "Tư vấn pin ô tô điện và sử dụng an toàn",
        "Đại lý ô tô giới thiệu các công nghệ pin ô tô điện (mô-đun hàng trăm cell), phạm vi hoạt động, thời gian sạc và "
        "cách bảo quản pin xe hơi điện.",
    ),
    (
        "nJo056",
        "vi",
        "h24_xdd",
        "Tư vấn chọn mua xe đạp điện bền, đi xa",
        "Chuyên viên kỹ thuật hãng xe điện tư vấn chọn xe đạp điện nguyên chiếc ít hết điện giữa đường; lưu ý xe đạp "
        "điện nặng, đạp bằng chân rất mệt khi hết điện.",
    ),
    # --- D. children's and school cycling safety ---
    (
        "nJo057",
        "vi",
        "baomoi_mu",
        "Cung cấp mũ bảo hiểm đạt chuẩn cho học sinh",
        "Đơn vị sản xuất mũ bảo hiểm trẻ em đạt chuẩn, tham gia chương trình trao mũ cho học sinh lớp 1; dẫn số liệu WHO: "
        "mũ đạt chuẩn giảm 6 lần nguy cơ tử vong và 74% nguy cơ chấn thương sọ não.",
    ),
    (
        "nJo058",
        "vi",
        "nora_mu",
        "Chương trình tuyên truyền đội mũ bảo hiểm trong trường học",
        "Doanh nghiệp quà tặng tổ chức chương trình tuyên truyền đội mũ bảo hiểm cho học sinh, hướng dẫn chọn mũ đạt "
        "chuẩn cho trẻ và tặng mũ cho trường; gần 2.000 trẻ em tử vong mỗi năm vì tai nạn giao thông.",
    ),
    (
        "nJo059",
        "vi",
        "xd24_mu",
        "Tư vấn chọn mũ bảo hiểm cho người đi xe đạp",
        "Cửa hàng tư vấn mũ bảo hiểm xe đạp: luật hiện chưa bắt buộc với xe đạp thường nhưng bắt buộc với xe đạp điện "
        "(Nghị định 100/2019, sửa bởi 123/2021); hướng dẫn chọn cỡ, quai và thông gió.",
    ),
    (
        "nJo060",
        "vi",
        "nghiahai_day",
        "Lớp dạy trẻ đi xe đạp an toàn từ mầm non đến tiểu học",
        "Chương trình hướng dẫn phụ huynh và giáo viên dạy trẻ từ 2,5 tuổi với xe chòi chân, rồi xe đạp trẻ em có kích "
        "thước, phanh phù hợp; kết hợp quy tắc giao thông cơ bản khi trẻ lên tiểu học.",
    ),
    (
        "nJo061",
        "vi",
        "sanpham_tap",
        "Phương pháp tập thăng bằng trước khi đạp",
        "Tài liệu và buổi tập cho trẻ khoảng 4-6 tuổi: chọn xe bánh 36-41 cm để trẻ chống chân chạm đất, tháo bàn đạp "
        "cho trẻ tập lướt giữ thăng bằng, hạn chế bánh phụ.",
    ),
    (
        "nJo062",
        "vi",
        "nghiahai_antoan",
        "Kỹ năng kiểm tra xe trước khi đi cho học sinh",
        "Bài giảng cho học sinh: kiểm tra áp suất lốp và vết thủng, độ dày bố phanh, dây phanh, xích và líp trước khi "
        "đạp xe đến trường; tuân thủ quy tắc khi tham gia giao thông.",
    ),
    (
        "nJo063",
        "en",
        "schooltravel",
        "Cycling skills training programme for schools",
        "Programme for grades 1-12 led by qualified cycling instructors over several hours: bike safety check and simple "
        "maintenance, helmet fit and clothing, handling skills (balance, turning, stopping, signalling), rules of the "
        "road, route planning and road hazards.",
    ),
    (
        "nJo064",
        "en",
        "oxford_ct",
        "Free in-school cycle training for children aged 9 and over",
        "Council road-safety team delivers cycle training at primary schools free to school and child: about eight "
        "hours in 1.5-hour sessions, starting on the playground and moving on road (starting, stopping, turns, "
        "overtaking), ending with a knowledge test and a practical cycling test; accredited to a national standard.",
    ),
    (
        "nJo065",
        "en",
        "dudley_y3",
        "Cycle skills course for younger pupils (age 7-8)",
        "Fun pre-road course for Year 3 children, at most 20 per course: balance, coordination, riding one-handed, safety "
        "discussion and basic maintenance; tutors check each bike and may stop an unsafe one.",
    ),
    (
        "nJo066",
        "en",
        "bicycledriving",
        "Structured on-road bicycle driving courses for children 8 to 12",
        "Courses of 10-20 class hours, almost all supervised practice on real roads with traffic matched to the child's "
        "age; eight-year-olds learn the first three of five traffic principles; ends with an on-road driving test.",
    ),
    (
        "nJo067",
        "en",
        "dacota_vis",
        "Retro-reflective materials for children's clothing and school bags",
        "Research-based guidance for manufacturers and schools on conspicuity aids for child pedestrians and cyclists: "
        "dangle tags, armbands, reflective strips on school bags, red rear reflector, white front light and red rear "
        "light; surveys found about a third of cyclists ride without correct lights at night.",
    ),
    (
        "nJo068",
        "en",
        "rascal_lights",
        "Light and reflector kits for children's bikes",
        "Kits of USB-rechargeable LED lights for kids' bikes: white or yellow front light to light the path, red rear "
        "light visible from hundreds of metres with flashing modes, and reflectors; lightweight and easy to mount.",
    ),
    (
        "nJo069",
        "en",
        "bikeeasy_lights",
        "Bicycle lighting workshops and light standards",
        "Advocacy group workshops on lights and reflectors: at least 200 lumens, preferably 400-1000; front white and "
        "rear red lights visible from 500 feet; flashing mode in town, steady light on dark rural roads; reflectors on "
        "wheels, pedals, helmets and vests.",
    ),
    (
        "nJo070",
        "en",
        "santamonica_srts",
        "Safe Routes to School programme",
        "City programme combining street redesign around schools for pupils walking and cycling with encouragement: a "
        "district-wide count competition of children biking or walking to school and weekend family rides led by "
        "certified cycling instructors.",
    ),
    (
        "nJo071",
        "en",
        "cpdr_srts",
        "Safe Routes to School planning support",
        "Planning consultancy helping school officials, parents and local government fund pedestrian and bicycle "
        "infrastructure near schools; cites that two-thirds of drivers exceed speed limits around schools.",
    ),
    (
        "nJo072",
        "en",
        "berkshire_srts",
        "Grant support for school-route infrastructure",
        "Help preparing funding applications for the engineering part of Safe Routes to School: sidewalks, crossings "
        "and bicycle facilities that make walking and cycling to school safer for pupils from kindergarten to grade 12.",
    ),
    (
        "nJo073",
        "vi",
        "phuot_den",
        "Đèn hậu và phụ kiện phản quang cho xe đạp đi đêm",
        "Cửa hàng phụ kiện cung cấp đèn sau bền màu, chịu ẩm cho người đạp đêm, kèm miếng phản quang bàn đạp, baga, "
        "túi xe và vỏ xe có sọc phản quang để được nhìn thấy từ phía sau và bên hông.",
    ),
    (
        "nJo074",
        "en",
        "xjd_usb",
        "USB-rechargeable bike lights",
        "Front and rear USB-rechargeable bike lights with several brightness settings, waterproof housings and tool-free "
        "mounts, for commuters and students riding after dark.",
    ),
    (
        "nJo075",
        "vi",
        "danviet_phat",
        "Tư vấn mức phạt không đội mũ bảo hiểm",
        "Dịch vụ tư vấn pháp lý giao thông: mức phạt năm 2024 với người đi xe máy, xe máy điện không đội mũ bảo hiểm "
        "hoặc chở người không đội mũ.",
    ),
    (
        "nJo076",
        "vi",
        "nhanhgon_mu",
        "In logo lên mũ bảo hiểm xe máy",
        "Xưởng sản xuất mũ bảo hiểm xe máy nhận in logo, thiết kế mũ theo yêu cầu cho doanh nghiệp; có mũ cỡ trẻ em "
        "ngồi sau xe máy.",
    ),
    # --- E. bicycle parking and bike sharing at schools, markets and tourist sites ---
    (
        "nJo077",
        "en",
        "njsrts_park",
        "School bicycle parking guide and rack selection",
        "State resource centre guidance for schools buying and installing racks: how students should lock a bike, pros "
        "and cons of popular rack types, what students and parents want (secure, sheltered, easy to use, enough "
        "capacity), high-capacity racks where many pupils ride.",
    ),
    (
        "nJo078",
        "vi",
        "bpo_school",
        "Thiết kế bãi để xe đạp trong trường học",
        "Tư vấn bố trí giá để xe đạp cho trường: đặt gần tòa nhà, cạnh cửa sổ lớp học để giáo viên dễ quan sát, tránh "
        "sát hàng rào; loại giá đỡ bánh phù hợp xe trẻ em bánh nhỏ; làm mái che để yên xe không ướt cả ngày.",
    ),
    (
        "nJo079",
        "vi",
        "bikestorage_spec",
        "Giá để xe đạp chữ U ngược, giá khóa khung và tủ khóa xe",
        "Cung cấp ba loại chỗ để xe: tủ khóa hoặc khu có người giữ cho gửi dài hạn; giá giữ cả bánh và khung cho mức an "
        "ninh trung bình; giá chữ U ngược đơn giản, rẻ, thợ hàn địa phương làm được; bố trí để dễ mở rộng thêm.",
    ),
    (
        "nJo080",
        "en",
        "nyc_racks",
        "Rack layout to planning-code spacing",
        "Design service laying out bike parking so each rack lets the frame and one wheel be locked, each side of a "
        "two-sided rack counts as a space, 30 inches between parallel racks and an 8-foot aisle between rack areas.",
    ),
    (
        "nJo081",
        "en",
        "reliance_school",
        "Powder-coated U-racks and bollards for school campuses",
        "Manufacturer of inverted U-racks installed in long rows and bollards that separate walkers from traffic at "
        "school entrances; visible racks encourage pupils to arrive by bike instead of being driven.",
    ),
    (
        "nJo082",
        "vi",
        "bikedock_school",
        "Giá và nhà mái che để xe đạp cho trường học",
        "Nhà cung cấp giá để xe và nhà để xe có mái che cho trường phổ thông, cao đẳng, đại học; khảo sát miễn phí, "
        "tư vấn giải pháp vừa ngân sách để học sinh yên tâm đạp xe đến trường.",
    ),
    (
        "nJo083",
        "vi",
        "nhandan_xdcc",
        "Hệ thống xe đạp công cộng mở khóa bằng mã QR",
        "Doanh nghiệp đầu tư trạm xe đạp công cộng đặt ở bến xe, trường học, công sở, danh lam thắng cảnh; giá 10.000 "
        "đồng/30 phút với xe trợ lực điện và 5.000 đồng với xe đạp cơ; thuê bằng ứng dụng, thẻ từ hoặc quét QR trên "
        "khóa; trạm không cần người trông, trả xe ở trạm bất kỳ.",
    ),
    (
        "nJo084",
        "vi",
        "dantri_xdcc",
        "Vận hành xe đạp công cộng có khóa thông minh và GPS",
        "Đơn vị vận hành mạng lưới xe đạp công cộng: mỗi xe có khóa thông minh, định vị GPS, thuê qua ứng dụng; giá "
        "5.000 đồng/30 phút, vé tháng 79.000 đồng cho chuyến dưới 45 phút; kinh nghiệm mở rộng từ 43 lên 52 trạm, hơn "
        "500 xe.",
    ),
    (
        "nJo085",
        "vi",
        "vntl_tngo",
        "Triển khai xe đạp công cộng theo giai đoạn",
        "Nhà đầu tư xe đạp công cộng đã vận hành ở nhiều thành phố đề xuất giai đoạn thí điểm 12 tháng: 500 xe đạp cơ, "
        "500 xe điện, 79 trạm, mỗi trạm 10-20 xe, sau đó mở rộng.",
    ),
    (
        "nJo086",
        "vi",
        "tapchigt_xdcc",
        "Nghiên cứu mô hình xe đạp công cộng trong giao thông đô thị",
        "Nhóm nghiên cứu giao thông tư vấn đưa hệ thống xe đạp công cộng vào chiến lược giao thông công cộng đô thị: "
        "kinh nghiệm phát triển, vị trí trạm, kết nối với xe buýt.",
    ),
    (
        "nJo087",
        "en",
        "shareable_small",
        "Flexible bike share for small towns",
        "Tech-on-bike bike-share provider for towns under 50,000 people: the lock and check-out electronics sit on the "
        "bike, so lightweight kiosks or ordinary racks serve as hubs; cheaper and faster to pilot than docked systems, "
        "with app access and trip data for planning.",
    ),
    (
        "nJo088",
        "en",
        "nordic_dockless",
        "Smart lock modules for dockless shared bikes",
        "Chip supplier's reference design for dockless bike-share locks combining GPS, QR-code scanning and Bluetooth "
        "Low Energy so riders find, unlock and return bikes near their destination without fixed docks.",
    ),
    (
        "nJo089",
        "en",
        "gr_bikeshare",
        "Bike share feasibility study: docked versus dockless",
        "City parking department study comparing dock-based stations (docking ports plus a kiosk for check-out, used "
        "in Chicago, Denver, New York) with dockless smart bikes unlocked by app; sturdy, visible, durable bikes.",
    ),
    (
        "nJo090",
        "en",
        "ohiocity_valet",
        "Valet bicycle parking service for events",
        "Non-profit runs staffed bike parking at festivals and markets: site visit with organisers, temporary fence "
        "enclosure, portable racks and signage, check-in table, insurance naming the organiser; reduces car parking "
        "demand, theft and bikes blocking walkways.",
    ),
    (
        "nJo091",
        "en",
        "bedford_valet",
        "Bike valet kit and procedure",
        "Volunteer group's proven set-up: about 70 bikes parked in a space roughly 50 feet square needed 200 feet of "
        "plastic fencing and 15 posts; single 10-foot entrance, numbered two-part tickets for each bike.",
    ),
    (
        "nJo092",
        "en",
        "bcvalet",
        "Promotion and wayfinding for bike valet services",
        "Advisers helping valet operators get on event tickets: secure bike parking recommended for events over 1,500 "
        "attendees, listing in 'getting there' information, signage and wayfinding to the valet, partner promotion.",
    ),
    (
        "nJo093",
        "vi",
        "vtv_xdcc",
        "Bố trí trạm xe đạp công cộng nối với xe buýt",
        "Tư vấn đặt trạm xe đạp công cộng gần điểm xe buýt và ga đường sắt đô thị để nối chuyến; giao nhận xe qua ứng "
        "dụng; kinh nghiệm hơn 100.000 người đăng ký sau 2 tháng ở Hà Nội.",
    ),
    (
        "nJo094",
        "en",
        "nextcity_smart",
        "Smart-bike upgrade for bike share schemes",
        "Technology option putting lock, GPS and wireless link on each bike instead of station kiosks, so bikes can be "
        "locked at ordinary racks; the box unlocks with a phone or PIN and reports trips to a central computer.",
    ),
    (
        "nJo095",
        "vi",
        "tienphong_xe",
        "Tổ chức xếp xe máy phụ huynh trước cổng trường",
        "Mô hình tự quản xếp xe máy phụ huynh đón con thành hàng thẳng sát mép đường trước cổng trường tiểu học, chừa "
        "lối đi và giảm kẹt xe giờ tan học.",
    ),
    (
        "nJo096",
        "vi",
        "vnexp_xdcc",
        "Bổ sung xe đạp điện vào mạng lưới xe đạp công cộng",
        "Nhà đầu tư đề xuất đưa thêm xe đạp điện vào hệ thống xe đạp công cộng sẵn có để tăng tiện lợi, đặt trạm gần "
        "ga metro và nơi làm việc, khắc phục việc khách phải đi bộ xa đến trạm.",
    ),
    # --- F. cycling tourism through orchards and along river roads ---
    (
        "nJo097",
        "en",
        "lp_travinh",
        "Four-day Mekong Delta cycling itinerary through Vinh Long and Tra Vinh",
        "Tour operator's bike itinerary: dragon-fruit orchards and rice fields, island homestay, four islands and a "
        "bonsai village, a long ride along the Co Chien River into Tra Vinh and its Khmer pagodas, then country roads to "
        "Can Tho; daily distances 30-40, 50-60 and 70-90 km.",
    ),
    (
        "nJo098",
        "en",
        "aegean_mekong",
        "Half-day boat and bike tour format",
        "Product design for a short Mekong tour: boat to a riverside market, sampan along a canal lined with water "
        "coconut palms, then a leisurely bike ride on a countryside trail past shrimp farms and paddy fields, a Cao Dai "
        "temple and an old pagoda, ending with a home-cooked meal with a local family.",
    ),
    (
        "nJo099",
        "en",
        "offexp_mekong",
        "Guided village cycling for families",
        "Guided rides on one-metre-wide concrete paths between canals and homes, about 18 km before loading bikes onto a "
        "boat to lunch; stops at cottage industries such as rice-paper making; guide shares local culture.",
    ),
    (
        "nJo100",
        "vi",
        "brommie",
        "Tour xe đạp một ngày trọn gói có đưa đón",
        "Công ty lữ hành tổ chức tour đạp xe một ngày: đón khách tại khách sạn, xe địa hình và mũ bảo hiểm có sẵn, "
        "hướng dẫn viên chỉnh xe trước khi xuất phát, chạy xe đưa khách khoảng 55 km ra điểm bắt đầu đạp.",
    ),
    (
        "nJo101",
        "vi",
        "joyroxy",
        "Tour đạp xe kết hợp thuyền ra cù lao vườn trái cây",
        "Tour ghép đoàn nhỏ: đi thuyền qua các cồn trên sông Tiền, ghé nhà vườn thưởng thức trái cây và trà mật ong, "
        "chèo xuồng len rạch nhỏ rồi đạp xe đường làng.",
    ),
    (
        "nJo102",
        "en",
        "sanclick_vn",
        "Scouted off-map cycling routes through delta villages",
        "Bike guides who since 2008 have scouted dirt tracks and concrete paths through traditional villages not shown "
        "on maps, used to build tailor-made Mekong Delta bike tours; guide checks gears and brakes at each start.",
    ),
    (
        "nJo103",
        "vi",
        "timhieu_anbinh",
        "Sản phẩm du lịch đạp xe đường làng cù lao An Bình",
        "Tư vấn phát triển du lịch cộng đồng ở cù lao rộng hơn 60 km2 gồm 4 xã, đón khoảng 1 triệu lượt khách mỗi năm, "
        "20 homestay: kết hợp chèo ghe tam bản ngắm vườn chôm chôm, nhãn với đạp xe trên đường làng rợp bóng cây.",
    ),
    (
        "nJo104",
        "vi",
        "phuongnam_anbinh",
        "Tuyến đạp xe vườn cây ăn trái và làng nghề gạch gốm",
        "Thiết kế tuyến tham quan cho khách đạp xe giữa các vườn nhãn, xoài, chôm chôm, ổi, mít; ghé vườn ươm cây giống "
        "đặc sản và lò gạch gốm Long Hồ, chèo ghe dọc rạch.",
    ),
    (
        "nJo105",
        "vi",
        "baoxaydung_vl",
        "Sản phẩm du lịch hai dòng sông kết hợp đạp xe",
        "Gói tour kết hợp du thuyền trên sông Cổ Chiên, xuồng len rạch thủy liễu và đạp xe vòng đường làng miệt vườn, "
        "ghé làng nghề truyền thống.",
    ),
    (
        "nJo106",
        "vi",
        "conphung",
        "Thiết kế trò chơi dân gian và đạp xe qua cầu tre",
        "Nhận thiết kế hoạt động trải nghiệm cho điểm du lịch sinh thái: đạp xe qua cầu tre, đi cầu khỉ, tát mương bắt "
        "cá, hái trái cây tại vườn, làm kẹo dừa.",
    ),
    (
        "nJo107",
        "en",
        "bicyclejunction_hotel",
        "Maintenance plans for hotel courtesy bike fleets",
        "Bike shop offering accommodation providers scheduled maintenance of guest bikes: wear parts, exposure to "
        "weather, regular checks; guests who book around courtesy bikes are lost when bikes are barely usable.",
    ),
    (
        "nJo108",
        "en",
        "hotelsmag",
        "Loaner bike programme design for hotels and homestays",
        "Consultant setting up guest bike programmes: choice of cruisers, tandems, bikes with baskets for packed lunches "
        "or motor-assisted bikes where slopes are steep; scavenger-hunt rides to local sights shared on social media.",
    ),
    (
        "nJo109",
        "en",
        "setupmyhotel",
        "Bicycle rental agreement template for resorts",
        "Ready-made rental agreement and guest rules for hotels renting bicycles: rental period and fees, condition at "
        "hand-over, helmets provided, return to the issuing desk, maintenance responsibility.",
    ),
    (
        "nJo110",
        "vi",
        "ec_signage",
        "Hệ thống biển chỉ dẫn tuyến xe đạp cho điểm du lịch",
        "Tư vấn thiết kế biển báo và chỉ dẫn đường cho xe đạp dựa trên hướng dẫn của châu Âu: giúp du khách tìm đường, "
        "ước tính chi phí lắp đặt và kinh phí bảo trì biển định kỳ.",
    ),
    (
        "nJo111",
        "en",
        "citywayfinding",
        "Cycle wayfinding system: signs, maps and distances",
        "Wayfinding designers producing on-street cycle signs that stand out, on-street maps with cycling landmarks, "
        "distances and regular route confirmation, warnings before hazards, and journey-planning information.",
    ),
    (
        "nJo112",
        "vi",
        "vnopentour_tv",
        "Lịch trình 24 giờ khám phá Trà Vinh",
        "Gợi ý lịch trình ngắn ngày tại Trà Vinh khoảng 500.000 đồng: chùa Vàm Rây có tượng Phật nằm dài 54 m, điện gió "
        "Đông Hải 1 với 25 trụ tổng 100 MW, chùa Âng, ao Bà Om, bún nước lèo; di chuyển bằng xe máy.",
    ),
    (
        "nJo113",
        "vi",
        "toplist_tv",
        "Bản đồ và thông tin điểm tham quan Trà Vinh",
        "Tư liệu giới thiệu 10 điểm tham quan Trà Vinh, nổi bật ao Bà Om rộng 300 m dài 500 m, bao quanh bởi cây dầu, "
        "cây sao cổ thụ rễ nổi, cách trung tâm khoảng 7 km theo quốc lộ 53.",
    ),
    (
        "nJo114",
        "vi",
        "scootersaigon_tv",
        "Kinh nghiệm đi Trà Vinh bằng ô tô gia đình",
        "Chia sẻ lộ trình 120 km từ TP.HCM đi Trà Vinh bằng xe riêng qua cao tốc Trung Lương và cầu mới, phí cầu 35.000 "
        "đồng, lịch 2 ngày 1 đêm cho gia đình có con nhỏ.",
    ),
    (
        "nJo115",
        "en",
        "wiki_rental",
        "Bike rental shop operations at tourist sites",
        "Know-how for running a rental sideline in a bike shop near beaches, parks and tourist spots: hourly fees, daily "
        "and weekly rates for multi-day tours, reservations by size, test ride before leaving, route maps.",
    ),
    (
        "nJo116",
        "en",
        "lp_mekong",
        "Private car day trip to the Mekong Delta",
        "Private guided day trip by air-conditioned vehicle: temple stop, boat trip, coconut-sweet workshop, horse cart "
        "to an orchard, lunch with a family; an optional short bike ride or a hammock rest.",
    ),
    # --- G. frame building, welding and painting ---
    (
        "nJo117",
        "en",
        "moko_join",
        "Custom steel frames: lugged, brass-brazed, silver-soldered or TIG-welded",
        "Frame workshop joining steel tubes by lugs, brass brazing with an oxy-acetylene torch and flux, silver solder for "
        "small or stainless parts, or TIG welding under argon; all joints stronger than the tubes; precise mitring "
        "required and cleaning one brazed frame's joints can take days.",
    ),
    (
        "nJo118",
        "vi",
        "velofilie",
        "Hướng dẫn kỹ thuật hàn đồng (brazing) khung xe đạp",
        "Tài liệu kỹ thuật cho xưởng khung: đèn khò gas thường không đủ nhiệt cho mối nối nặng như trục giữa; hàn bạc "
        "55% cần mối nối đạt tối thiểu khoảng 650°C; có thể nung trong lò than kiểu nhà máy Achielle; nên dùng bộ "
        "oxy-acetylen và có người kèm.",
    ),
    (
        "nJo119",
        "vi",
        "oxia_weld",
        "So sánh hàn TIG và hàn đồng cho khung xe đạp",
        "Xưởng khung tư vấn chọn phương pháp: hàn TIG dùng điện cực vonfram (nóng chảy 3410°C) trong khí argon, mối hàn "
        "sạch, bền, ít ăn mòn, hợp với nhôm và inox; hàn đồng kiểu cũ đẹp, dễ hơn nhưng tốn công làm sạch.",
    ),
    (
        "nJo120",
        "vi",
        "billanders",
        "Khóa học đóng khung xe đạp: hàn đồng rồi hàn TIG",
        "Khóa học thực hành cho thợ cơ khí: cắt và vát ống cho khít, hàn đồng hoàn thiện một khung, sau đó học hàn TIG "
        "với tay cầm điện cực, tay cấp que, chân điều chỉnh dòng; ống mỏng dễ bị thủng nếu sai thao tác.",
    ),
    (
        "nJo121",
        "en",
        "strongframes",
        "Custom TIG-welded bicycle frames",
        "Custom frame builder TIG-welding each joint, such as down tube to bottom-bracket shell, with argon shielding "
        "through a gas lens to prevent oxidation; frames built to the rider's measurements.",
    ),
    (
        "nJo122",
        "en",
        "pedallers_weld",
        "TIG welding for production of steel bike frames",
        "Welding shop explaining why TIG is the main method for joining steel bike frames: melts tube and filler into "
        "one joint, faster than brazing, suited to batch production of frames and forks.",
    ),
    (
        "nJo123",
        "en",
        "geekhouse_blast",
        "In-house frame powder coating with blast stripping",
        "Frame builder's finishing line: paint stripped from steel or aluminium in a blast cabinet with a sand and "
        "plastic media blend, then powder coated in any colour and cured in an oven; no solvents, no shipping frames out.",
    ),
    (
        "nJo124",
        "vi",
        "xjd_powderprep",
        "Quy trình chuẩn bị khung xe để sơn tĩnh điện",
        "Hướng dẫn xưởng sơn: phun cát hoặc mài bỏ sơn cũ, tẩy dầu mỡ, dán che ren và lỗ, phun bột và sấy trong lò; kèm "
        "danh mục dụng cụ, vật tư và đồ bảo hộ cần có.",
    ),
    (
        "nJo125",
        "en",
        "retrobike_pc",
        "Restoration-grade frame refinishing",
        "Project finisher for bicycle frames: masks threads and braze-ons, adds chromate primer and lacquer topcoat, "
        "aqua-blasts aluminium to avoid pitting and repairs minor dents before coating; wet-spray two-pack over powder "
        "for special effects, unlike cheap job-lot coaters.",
    ),
    (
        "nJo126",
        "vi",
        "laverniciatura",
        "Phun cát làm sạch khung xe đạp gỉ sét",
        "Xưởng sơn nhận tẩy sơn cũ bằng phun cát cho khung gỉ hoặc hỏng bề mặt, sau khi đánh giá vật liệu khung; kiểm "
        "tra và sửa khuyết tật trước khi sơn lại.",
    ),
    (
        "nJo127",
        "en",
        "roadbikingma",
        "Sandblast and powder coat an old steel frame",
        "Frame refinishing service: sandblasting and electrostatic powder coating of a scratched steel road frame for "
        "about US$100; cured finish harder than wet paint; decals refitted after coating.",
    ),
    (
        "nJo128",
        "en",
        "mtbr_pc",
        "Powder coater's advice on bike frame finishes",
        "Bike-specialist powder coater answering frame questions: effect of oven baking on alloy frames, repairing dents "
        "and rust pitting, protecting thin-walled tubes during blasting, pearls, metal flake, textures, airbrushed "
        "graphics and clear coats.",
    ),
    (
        "nJo129",
        "vi",
        "phongphu_son",
        "Dịch vụ sơn tĩnh điện cho chi tiết kim loại",
        "Công ty sơn phủ nhận sơn tĩnh điện: bột sơn tích điện bám đều mọi góc, sấy cho nóng chảy thành màng cứng, chống "
        "trầy và ăn mòn; tỷ lệ sử dụng bột 95-98%, hầu như không có dung môi bay hơi.",
    ),
    (
        "nJo130",
        "vi",
        "etek_son",
        "Lắp đặt và tối ưu dây chuyền sơn tĩnh điện cho nhà máy",
        "Nhà cung cấp dây chuyền sơn tĩnh điện công nghiệp: kiểm soát độ ẩm 40-55% RH, điện áp phun, lưu lượng bột, "
        "nhiệt độ sấy để giảm lỗi chấm kim, rỗ bề mặt; dành cho nhà máy sản xuất hàng loạt.",
    ),
    (
        "nJo131",
        "vi",
        "hotrogara_son",
        "Sơn bột tĩnh điện cho ô tô",
        "Garage tư vấn sơn bột tĩnh điện cho thân vỏ và mâm ô tô: sấy 180-200°C, bám dính tốt, chống ăn mòn; đánh giá "
        "khi nào nên dùng cho xe hơi.",
    ),
    # --- H. second-hand bicycle trade and spare parts supply ---
    (
        "nJo132",
        "en",
        "bikecomm_2nd",
        "Second-hand bike buying checklist and reseller list",
        "Guide for buying used bikes from classifieds or second-hand shops: inspect before paying, check frame and "
        "components for cracks, paint bubbles and heavy rust, avoid sellers of suspected stolen bikes; directory of "
        "well-known second-hand bike stores.",
    ),
    (
        "nJo133",
        "vi",
        "xjd_used",
        "Quy trình tân trang xe đạp cũ để bán lại",
        "Tư vấn cho cửa hàng xe đạp: kiểm tra khung, bánh, phanh, bộ truyền động; làm sạch, tra dầu, siết lại; thay lốp, "
        "xích, má phanh bằng phụ tùng mới hoặc tân trang; chạy thử và bán kèm bảo hành.",
    ),
    (
        "nJo134",
        "en",
        "momentum_cbs",
        "Community bike shop model",
        "Non-profit model where donated bikes are repaired or stripped and every usable part reused; doubles as a "
        "do-it-yourself workshop where people replace pedals and brake pads or build a bike from a bare frame; turns "
        "down wrecks not worth saving.",
    ),
    (
        "nJo135",
        "en",
        "bfc_used",
        "Bike co-op: as-is project bikes and coached repairs",
        "Co-op selling donated bikes either refurbished or as-is after checking the frame is not bent or broken, from "
        "about US$20, with volunteer mechanics coaching buyers to fix them up using used parts.",
    ),
    (
        "nJo136",
        "vi",
        "bikelounge",
        "Kho phụ tùng xe đạp cũ giá rẻ",
        "Hợp tác xã xe đạp có kho phụ tùng đã qua sử dụng: bạc đạn, giò đĩa, chén cổ, càng trước, bánh có phanh đùm; "
        "tân trang xe cũ để bán và sửa hầu hết lỗi dưới 20 USD.",
    ),
    (
        "nJo137",
        "en",
        "parkingday_refurb",
        "Who refurbishes bicycles: shops, non-profits and training programmes",
        "Overview service connecting donors and buyers with professional refurbishing shops, non-profit bike "
        "organisations, independent mechanics, hobbyists and prison programmes; covers safety checks, tools, time and "
        "cost of refurbishing and whether it can make a profit.",
    ),
    (
        "nJo138",
        "en",
        "winenfood_recycled",
        "Finding a good recycled-bicycle shop",
        "Guide to local shops that vet and rebuild used bikes: look for hairline cracks, listen to hubs, check bars are "
        "true; questions to ask the mechanic before buying a recycled bike.",
    ),
    (
        "nJo139",
        "vi",
        "rangsit_japan",
        "Nhập khẩu xe đạp cũ Nhật Bản theo container",
        "Đầu mối nhập xe đạp cũ từ Nhật: xe bỏ lại ở ga, khu phố được thu gom, đấu giá cho doanh nghiệp; giá khoảng "
        "2.000 yên/xe, một container 40 feet chứa 500-600 xe; xuất đi Thái Lan, Campuchia, Myanmar, Việt Nam.",
    ),
    (
        "nJo140",
        "vi",
        "re3190_export",
        "Thu mua và đóng container xe đạp cũ thương hiệu Nhật",
        "Doanh nghiệp Nhật thu mua xe đạp cũ, đóng khoảng 600 xe vào container 40 feet xuất đi Uganda, Campuchia...; xe "
        "cũ Fuji, Miyata, Maruishi, Bridgestone được ưa chuộng vì chính xác và bền.",
    ),
    (
        "nJo141",
        "en",
        "bikeeu_japan",
        "Market briefing on Japan's used-bicycle exports",
        "Trade-press briefing on the export of 'throwaway bicycles' from Japan, collected by police and shipped to "
        "developing countries as donations; more than 3 million units expected in one year.",
    ),
    (
        "nJo142",
        "vi",
        "xjd_parts",
        "Cung ứng phụ tùng cho tiệm xe đạp qua nhà phân phối",
        "Nhà phân phối cung cấp cho tiệm xe đạp khung, bánh, phanh, bộ truyền động và phụ kiện (mũ, đèn, khóa, dụng cụ); "
        "tư vấn dự trữ theo mùa và xử lý thiếu hàng, chậm giao.",
    ),
    (
        "nJo143",
        "en",
        "hbguangqing",
        "Wholesale bicycle and spare-parts supply",
        "Manufacturer-distributor supplying complete bicycles and spare parts to retailers and online shops; explains "
        "the chain from factory to distributor to retailer and logistics partners.",
    ),
    (
        "nJo144",
        "en",
        "welove_supply",
        "Parts-shortage advisory for bike shops",
        "Industry analysis for shops hit by the parts shortage: chains, disc brakes, derailleurs and quick links out of "
        "stock, only entry-level city bikes available; advice on diversifying suppliers.",
    ),
    (
        "nJo145",
        "en",
        "bike8181",
        "Used motorcycle buy-back and export",
        "Motorcycle dealer buying used motorbikes, even non-running ones, for resale and export to Southeast Asia, where "
        "motorbikes remain the main transport.",
    ),
    (
        "nJo146",
        "en",
        "ebin_secondhand",
        "Study of imported second-hand farm machinery in the Mekong Delta",
        "Research chapter on second-hand Japanese agricultural machines in rural Vietnam: supply channels, ownership, "
        "local repair and customisation in the Mekong Delta.",
    ),
    # --- extra offers across sub-topics ---
    (
        "nJo147",
        "vi",
        "danhgia_va",
        "Bộ vá ruột xe đạp kèm bơm cho học sinh",
        "Cung cấp bộ vá gồm miếng vá, keo, dụng cụ cạy lốp và bơm mini, kèm hướng dẫn tìm lỗ thủng và vá ruột tại chỗ "
        "cho học sinh đi xe đạp đường xa.",
    ),
    (
        "nJo148",
        "en",
        "cycletech",
        "Brake pad replacement and gear tuning service",
        "Mechanic service replacing worn brake pads and aligning new ones, adjusting limit screws and barrel adjuster "
        "for smooth shifting, cleaning and lubricating chains, with a test ride after every job.",
    ),
    (
        "nJo149",
        "vi",
        "baomoi_xeloi",
        "Xe lôi đạp làm sản phẩm du lịch miệt vườn",
        "Đề xuất đưa xe lôi đạp (xe đạp kéo thùng phía sau) vào tour du lịch chầm chậm qua miệt vườn, giữ giá trị văn "
        "hóa và sinh kế cho người đạp xe lôi.",
    ),
    (
        "nJo150",
        "vi",
        "dantri_cafe",
        "Mô hình cà phê lưu động vốn nhỏ",
        "Chia sẻ mô hình xe cà phê lưu động khởi nghiệp với khoảng 4 triệu đồng vốn ban đầu, bán hơn 100 ly mỗi ngày, "
        "mở rộng thành chuỗi 8 điểm; nguồn nguyên liệu ổn định từ quê.",
    ),
    (
        "nJo151",
        "en",
        "nhandan_world",
        "Study tour on bike-sharing experience in China and the Netherlands",
        "Knowledge package on how bike sharing solves the 'last mile' to public transport in China and how the "
        "Netherlands pioneered it; more than 10 million shared bikes worldwide in 2021.",
    ),
    (
        "nJo152",
        "en",
        "beckers_bikeability",
        "Two-day Bikeability course for Year 6 pupils",
        "Two-day course for ten-year-olds: bike safety check before riding, confident starting and stopping, passing "
        "parked vehicles, signals, signs and road markings, quiet junctions, crossroads and roundabouts; after passing, "
        "pupils may ride to school.",
    ),
    (
        "nJo153",
        "vi",
        "elsea_training",
        "Đào tạo đạp xe hai cấp độ cho học sinh tiểu học",
        "Chương trình huấn luyện cấp 1 trong sân trường bằng trò chơi để rèn điều khiển xe, cấp 2 trên đường khu dân cư "
        "thật: vượt ngõ rẽ, quay đầu, ra tín hiệu, vượt xe đỗ hoặc xe chạy chậm.",
    ),
    (
        "nJo154",
        "en",
        "mapfre_kids",
        "Child cycling safety guidance for parents",
        "Foundation guidance: reflectors and lights, use cycle lanes, treat the bike as a vehicle and follow traffic "
        "rules, no phone or headphones while riding, wear a helmet.",
    ),
    (
        "nJo155",
        "vi",
        "xedaphanghieu_mu",
        "Mũ bảo hiểm xe đạp thể thao",
        "Cửa hàng xe đạp bán mũ bảo hiểm chuyên cho người đạp xe, tư vấn quy định hiện hành và lý do nên đội mũ khi "
        "đạp xe dù luật chưa bắt buộc.",
    ),
    (
        "nJo156",
        "en",
        "crw_830",
        "Starter tool kit for a village repair point",
        "Supplier of a basic repair kit for a small repair point: tyre levers, patch kit, multi-tool with Allen keys, "
        "chain tool, screwdrivers, lubricant, pump with pressure gauge and rags.",
    ),
    # --- further distractors from neighbouring fields ---
    (
        "nJo157",
        "vi",
        "suckhoedothi_xdtd",
        "Tư vấn chọn xe đạp tập thể dục tại nhà",
        "Cửa hàng thiết bị thể thao tư vấn chọn xe đạp tập tại chỗ (xe đứng, xe nằm) theo mục đích giảm cân, phục hồi "
        "chức năng hay rèn cơ bắp; bảo hành và giao lắp tại nhà.",
    ),
    (
        "nJo158",
        "vi",
        "sgtiepthi_trainer",
        "Phân phối thiết bị trainer đạp xe trong nhà",
        "Nhà phân phối chính thức thiết bị trainer (rulo) gắn vào bánh sau xe đạp đua để tập trong nhà, kết nối phần "
        "mềm đạp xe ảo; không dùng được cho xe trẻ em và xe gấp bánh nhỏ.",
    ),
    (
        "nJo159",
        "vi",
        "baotre_thuexe",
        "Cho thuê xe máy phục vụ khách du lịch",
        "Cửa hàng cho thuê xe số 80.000-150.000 đồng/ngày, xe tay ga 120.000-150.000 đồng/ngày, đi ra ngoại tỉnh đến "
        "250.000 đồng/ngày; đặt xe qua Zalo, giao tại khách sạn.",
    ),
    (
        "nJo160",
        "en",
        "biketoworkday_tires",
        "Bicycle tyre manufacturing process know-how",
        "Technical package on how bicycle tyres are produced: mixing natural and synthetic rubber, rolling strips, "
        "coating bead wire, building the casing and curing; for investors planning a tyre plant.",
    ),
    (
        "nJo161",
        "en",
        "treadbikely_tires",
        "Rubber compound formulation for bicycle tyres",
        "Compound design service for tyre makers balancing rolling resistance, wet grip, durability and damping for road, "
        "mountain, touring and commuting tyres; harder rubber lasts longer but grips less in the wet.",
    ),
    (
        "nJo162",
        "en",
        "greensboro_scooter",
        "Pilot permit scheme for e-scooter sharing",
        "City pilot permitting stand-up electric scooter sharing: US$500 permit plus US$50 per scooter, up to 200 "
        "scooters per company, riders 18 and over, no sidewalk riding, usage and crash data reported to the city.",
    ),
    (
        "nJo163",
        "en",
        "levy_permits",
        "Permit guidance for launching a scooter rental fleet",
        "Electric scooter maker's guidance for rental-fleet partners on approaching city departments for permits, with a "
        "template email; most partners rent from a private fixed pick-up point to avoid public permits.",
    ),
    (
        "nJo164",
        "vi",
        "thethaonamviet_pt",
        "Phụ tùng xe đạp tập thể dục",
        "Cung cấp phụ tùng thay thế cho xe đạp tập trong phòng gym và tại nhà: dây curoa, bàn đạp, tay quay, cảm biến, "
        "yên; tư vấn bảo trì máy tập.",
    ),
    (
        "nJo165",
        "en",
        "zonkietec_tires",
        "Tyre compounding line: internal mixer and extrusion",
        "Equipment and process supplier for bicycle tyre plants: Banbury-type internal mixers kneading 40 to more than "
        "400 kg of rubber per batch at up to 170°C, sheeting rollers and tread extruders.",
    ),
]
