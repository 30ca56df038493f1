"""Needs for holdout138 (bicycles and cycling in towns and villages), set in Tra Vinh / Vinh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need, 1 = partly
relevant. Each need paraphrases one public page. Almost all pages describe another place (Ha Noi, Ho Chi Minh City,
Da Nang, An Giang, Ben Tre, the United States, the United Kingdom, Canada, New Zealand, Japan...) or no place at
all; every need is nevertheless set in Tra Vinh or Vinh Long (now one province) with local place names.
Six Vietnamese needs are typed without accents, as on a phone.
"""

NEEDS = [
    # --- A. bicycle shops and repair ---
    (
        "nJn01",
        "vi",
        "danhgia_va",
        "Cần đào tạo thợ vá ruột, thay lốp, chỉnh phanh cho điểm sửa xe cạnh trường",
        "Hội phụ nữ xã ở huyện Càng Long muốn mở một điểm sửa xe đạp nhỏ cạnh trường THCS để học sinh khỏi dắt bộ khi "
        "thủng ruột. Cần đơn vị dạy cho 2 thanh niên cách tìm lỗ thủng, vá ruột, thay lốp, chỉnh phanh và tư vấn bộ "
        "dụng cụ tối thiểu cần mua.",
        {
            "nJo003": 2,
            "nJo015": 2,
            "nJo001": 1,
            "nJo005": 1,
            "nJo156": 1,
            "nJo002": 1,
            "nJo009": 1,
            "nJo147": 1,
            "nJo013": 1,
        },
    ),
    (
        "nJn02",
        "en",
        "xd24_sua",
        "Term-time maintenance contract for 300 pupils' bicycles",
        "A secondary school in Tieu Can district has about 300 pupils who ride to class. Flat tyres, loose or rusty "
        "chains and weak brakes keep children home or late. We want a repair provider to come each month to check and "
        "fix the bikes at school and keep a simple record per bike.",
        {"nJo004": 2, "nJo007": 2, "nJo012": 1, "nJo148": 1, "nJo013": 1, "nJo003": 1, "nJo062": 1},
    ),
    (
        "nJn03",
        "vi",
        "cycletech",
        "Đào tạo thợ chỉnh bộ đề, sang số xe đạp thể thao",
        "Cửa hàng xe đạp thể thao ở TP Vĩnh Long bán ngày càng nhiều xe có bộ đề, nhưng khách phàn nàn sang số không "
        "mượt, xích nhảy líp. Thợ của tiệm chỉ quen xe cũ. Cần khóa đào tạo ngắn về căn chỉnh củ đề, cữ chặn, độ căng "
        "dây cáp và bảo dưỡng truyền động.",
        {"nJo008": 2, "nJo009": 2, "nJo015": 2, "nJo148": 1, "nJo007": 1, "nJo004": 1},
    ),
    (
        "nJn04",
        "en",
        "scribd_learn",
        "Stronger wheels for fish-delivery tricycles",
        "Our cooperative in Tra Cu runs pedal tricycles carrying boxes of fish and ice, up to about 100 kg, from the "
        "landing to market stalls. Rear wheels go out of true within weeks and spokes snap. We need wheels rebuilt with "
        "stronger rims and spokes and someone to show our members how to true a wheel.",
        {"nJo010": 2, "nJo011": 2, "nJo014": 2, "nJo009": 1, "nJo007": 1, "nJo015": 1},
    ),
    (
        "nJn05",
        "vi",
        "xdtg_sam",
        "Can tho va lop xe dap toi tan nha",
        "Nha o xa cho Tra On, xe dap cua may dua nho di hoc bi thung lop hoai (dinh, mieng chai), co khi het hoi do de "
        "lau. Can tho toi tan nha va ruot, thay lop khi lop rach, gia phai chang, goi la toi.",
        {"nJo013": 2, "nJo004": 1, "nJo147": 1, "nJo002": 1},
    ),
    (
        "nJn06",
        "en",
        "momentum_cbs",
        "Tools and volunteer training for a free village repair corner",
        "The commune youth union in Long Ho wants to open a free repair corner at the cultural house where villagers "
        "fix their own bicycles with help from volunteers. We need a curriculum to train volunteers in brakes, gears, "
        "wheels, tubes and tyres, with advice on a basic tool set.",
        {"nJo009": 2, "nJo015": 2, "nJo156": 1, "nJo005": 1, "nJo134": 1, "nJo135": 1, "nJo003": 1},
    ),
    (
        "nJn07",
        "vi",
        "xjd_used",
        "Quy trình kiểm tra khung xe trước khi nhận sửa",
        "Tiệm sửa xe đạp ở Vũng Liêm nhiều lần thay phụ tùng xong mới phát hiện khung nứt ở đuôi khung hoặc khung bị "
        "vặn nên phanh không cân, mất công và tiền hàng. Muốn có quy trình kiểm tra khung, bánh, phanh trước khi báo giá "
        "và dụng cụ đo độ thẳng khung.",
        {"nJo006": 2, "nJo133": 1, "nJo132": 1, "nJo138": 1},
    ),
    (
        "nJn08",
        "en",
        "crw_720",
        "Brake check day for a rural primary school",
        "A primary school in Cau Ngang found that many pupils' bikes have worn brake pads and slack brake cables; some "
        "barely stop. We want a mechanic team to replace pads, align them and adjust cables on all bikes, and lubricate "
        "chains at the same visit.",
        {"nJo012": 2, "nJo148": 2, "nJo004": 2, "nJo007": 2, "nJo062": 1, "nJo015": 1},
    ),
    (
        "nJn09",
        "en",
        "hyundai_va",
        "Wholesale puncture-repair kits for a tyre stall",
        "We sell tyres and tubes at Tra Vinh market and want to add puncture-repair kits for cyclists: glue patches "
        "and self-adhesive patches, ideally with a small pump, bought by the box.",
        {"nJo002": 2, "nJo147": 2, "nJo156": 1, "nJo142": 1},
    ),
    # --- B. cargo bicycles and tricycles ---
    (
        "nJn10",
        "vi",
        "eatsip_trike",
        "Chuyển từ gánh chè sang xe đạp ba bánh có thùng giữ lạnh",
        "Hộ bán chè, sâm bổ lượng ở chợ Trà Vinh muốn bỏ gánh để dùng xe đạp ba bánh có thùng giữ lạnh, dù che nắng, "
        "đạp vòng quanh các trường học và khu dân cư. Cần nơi đóng hoặc bán xe và tư vấn thùng lạnh giữ được cả buổi.",
        {
            "nJo019": 2,
            "nJo018": 2,
            "nJo030": 2,
            "nJo020": 1,
            "nJo032": 1,
            "nJo024": 1,
            "nJo026": 1,
            "nJo034": 1,
            "nJo022": 1,
            "nJo021": 1,
        },
    ),
    (
        "nJn11",
        "vi",
        "pixelation_ice",
        "Cần 5 xe đạp ba bánh bán kem có tủ đông",
        "Cơ sở làm kem ở TP Vĩnh Long muốn đặt 5 xe đạp ba bánh có tủ đông để người bán đạp đến cổng trường, công viên "
        "bờ sông và ao Bà Om dịp cuối tuần. Tủ phải giữ kem đông cứng suốt buổi chiều nắng nóng.",
        {"nJo019": 2, "nJo018": 2, "nJo030": 2, "nJo020": 1, "nJo034": 1, "nJo031": 1, "nJo033": 1},
    ),
    (
        "nJn12",
        "vi",
        "dantri_cafe",
        "Đóng xe đạp bán cà phê dạo để khởi nghiệp",
        "Thanh niên ở thị xã Bình Minh muốn khởi nghiệp bán cà phê dạo bằng xe đạp, vốn ít. Cần nơi đóng xe đạp có thùng "
        "đá, chỗ để dụng cụ pha chế, trang trí bảng hiệu và tư vấn chi phí bán mỗi ly.",
        {"nJo025": 2, "nJo024": 2, "nJo026": 2, "nJo032": 1, "nJo150": 1, "nJo020": 1, "nJo018": 1},
    ),
    (
        "nJn13",
        "en",
        "adsy_tricycle",
        "Electric-assist cargo trikes for last-mile parcels",
        "A delivery start-up in Tra Vinh city wants pedal cargo tricycles with electric assist that carry 150-200 kg "
        "of parcels through narrow alleys where vans cannot go. We need suppliers and prices.",
        {"nJo021": 2, "nJo022": 2, "nJo023": 1, "nJo029": 1, "nJo044": 1, "nJo034": 1, "nJo018": 1},
    ),
    (
        "nJn14",
        "vi",
        "baomoi_xe3b",
        "Can dong xe ba banh dap cho nguoi ban ve chai",
        "Nhom ba con mua ban ve chai o TP Tra Vinh can dong xe ba banh dap bang suc nguoi, thung cho duoc nhieu, vi xe "
        "gan may tu che bi cam chay. Ai co mau xe cho hang chac chan, gia re thi lien he.",
        {"nJo021": 2, "nJo023": 2, "nJo027": 2, "nJo034": 2, "nJo029": 1, "nJo033": 1},
    ),
    (
        "nJn15",
        "en",
        "baomoi_xeloi",
        "Pedal xe loi to carry homestay guests from the ferry",
        "Homestays on Tan Quy islet in Cau Ke want pedal xe loi (a bicycle towing a small cart) to carry guests and "
        "their luggage from the ferry landing along the orchard lanes, as a slow, traditional experience.",
        {"nJo027": 2, "nJo028": 1, "nJo149": 1, "nJo033": 1, "nJo023": 1, "nJo021": 1},
    ),
    (
        "nJn16",
        "vi",
        "adsy_tricycle",
        "Xe ba bánh điện chở rau giao cho quán trong hẻm",
        "Vựa rau ở chợ Vĩnh Long mỗi sáng giao rau cho vài chục quán ăn trong các hẻm nhỏ. Muốn thay xe máy bằng xe "
        "ba bánh đạp có trợ lực điện, thùng chở vài tạ, sạc một lần chạy cả buổi.",
        {"nJo022": 2, "nJo021": 2, "nJo023": 1, "nJo044": 1, "nJo029": 1},
    ),
    (
        "nJn17",
        "en",
        "baodanang_cafe",
        "Branded coffee tricycles for events",
        "A coffee roaster in Vinh Long wants two branded coffee tricycles with an espresso set-up to serve at fairs, "
        "weddings and the weekend walking street.",
        {"nJo018": 2, "nJo020": 1, "nJo024": 1, "nJo026": 1, "nJo025": 1},
    ),
    (
        "nJn18",
        "en",
        "corvus_cargo",
        "Bike trailers for flower sellers",
        "Flower sellers at Tra Vinh market carry buckets on ordinary bicycles. They want light trailers to tow behind "
        "their bikes, or a pedal cart of the xe loi type, so they can carry more buckets safely.",
        {"nJo033": 2, "nJo027": 2, "nJo023": 1, "nJo034": 1},
    ),
    (
        "nJn19",
        "en",
        "copenhagenize_ice",
        "Business plan for an ice cream tricycle",
        "A young couple in Tra Vinh want to start selling ice cream from a tricycle and need a business plan: cost of "
        "the trike and freezer, cost and price per scoop, how many sales a day.",
        {"nJo031": 2, "nJo019": 1, "nJo020": 1, "nJo018": 1, "nJo030": 1},
    ),
    # --- C. electric-assist conversion and batteries ---
    (
        "nJn20",
        "vi",
        "ewheels",
        "Gắn động cơ trợ lực cho xe đạp cũ để đi chợ",
        "Tôi 65 tuổi ở huyện Trà Ôn, ngày nào cũng đạp xe khoảng 8 km đi chợ, qua mấy cây cầu dốc thấy đuối. Muốn gắn "
        "động cơ trợ lực và pin cho chính chiếc xe đạp đang đi chứ không mua xe điện mới. Cần chỗ bán bộ kit và lắp giùm.",
        {
            "nJo038": 2,
            "nJo053": 2,
            "nJo052": 2,
            "nJo051": 1,
            "nJo042": 1,
            "nJo040": 1,
            "nJo045": 1,
            "nJo043": 1,
            "nJo039": 1,
        },
    ),
    (
        "nJn21",
        "en",
        "homepower",
        "Mid-drive e-assist for coconut delivery bikes",
        "Our cooperative in Cau Ke delivers green coconuts on heavy steel bicycles, about 60 kg a trip, over steep "
        "canal bridges. We want electric-assist conversion that uses the bikes' gears and copes with the load.",
        {"nJo044": 2, "nJo051": 2, "nJo040": 1, "nJo042": 1, "nJo045": 1, "nJo038": 1, "nJo053": 1},
    ),
    (
        "nJn22",
        "vi",
        "acquy_tb",
        "Nguồn pin lithium 36V, 48V thay ắc quy chì",
        "Tiệm sửa xe ở Tam Bình nhận chuyển đổi xe đạp trợ lực cho khách, đang dùng ắc quy chì nặng và mau chai. Cần "
        "nhà cung cấp pin lithium 36V và 48V có mạch bảo vệ, dung lượng 10-20Ah, kèm hướng dẫn sạc và bảo quản.",
        {"nJo039": 2, "nJo046": 2, "nJo049": 1, "nJo047": 1, "nJo041": 1, "nJo051": 1},
    ),
    (
        "nJn23",
        "vi",
        "tgxcd_baoquan",
        "Sạc an toàn cho 200 xe đạp điện ở ký túc xá",
        "Ký túc xá sinh viên ở TP Trà Vinh có khoảng 200 xe đạp điện sạc qua đêm dưới tầng trệt. Sau vụ một bình pin "
        "phồng, bốc khói, ban quản lý cần quy định sạc, tập huấn nhân viên về nguy cơ cháy pin và tư vấn bố trí khu "
        "sạc an toàn hơn.",
        {"nJo047": 2, "nJo048": 2, "nJo046": 1, "nJo049": 1, "nJo050": 1},
    ),
    (
        "nJn24",
        "vi",
        "h24_xdd",
        "Xe dap dien sac khong vo, chay vai km het dien",
        "Xe dap dien cua con toi o Vung Liem sac bao day ma chay vai km la het, co luc sac khong vo. Can cho sua binh, "
        "kiem tra IC va mo to gan day.",
        {"nJo017": 2, "nJo041": 2, "nJo049": 1, "nJo039": 1, "nJo050": 1},
    ),
    (
        "nJn25",
        "en",
        "xjd_conversion",
        "Natural-feeling e-assist for older riders",
        "An elderly people's association in Long Ho wants members' ordinary bikes converted so the motor helps in "
        "proportion to pedalling and the bike still balances like before; members dislike throttles and heavy rear "
        "racks.",
        {"nJo045": 2, "nJo038": 2, "nJo040": 2, "nJo052": 1, "nJo042": 1, "nJo051": 1, "nJo044": 1},
    ),
    (
        "nJn26",
        "vi",
        "probike_p2",
        "Lớp dạy lắp bộ chuyển đổi xe đạp điện cho thợ",
        "Trường trung cấp nghề ở Trà Vinh muốn mở lớp ngắn hạn dạy thợ sửa xe cách chọn và lắp bộ chuyển đổi xe đạp "
        "thường thành xe trợ lực điện, an toàn pin và chi phí.",
        {"nJo043": 2, "nJo053": 1, "nJo048": 1, "nJo038": 1, "nJo047": 1},
    ),
    (
        "nJn27",
        "en",
        "qstore_xdd",
        "Convert poor pupils' bikes instead of buying e-bikes",
        "A charity in Duyen Hai wants to help 50 pupils who ride 10 km to school. Rather than buying new e-bikes, it "
        "wants their own bicycles fitted with legal low-power assist (no more than 250 W, 25 km/h) at a low unit cost.",
        {"nJo038": 2, "nJo051": 2, "nJo042": 2, "nJo045": 2, "nJo040": 2, "nJo043": 1},
    ),
    (
        "nJn28",
        "vi",
        "ewheels",
        "Chuyển xe đạp của bưu tá sang trợ lực điện",
        "Bưu điện huyện Trà Ôn có 12 bưu tá đi phát thư, hàng bằng xe đạp trên đường đê, đường làng. Muốn gắn bộ trợ lực "
        "điện bền, pin đủ chạy 40 km mỗi ngày, chở thêm túi hàng.",
        {"nJo038": 2, "nJo051": 2, "nJo044": 2, "nJo042": 2, "nJo040": 2, "nJo045": 2, "nJo039": 1, "nJo046": 1},
    ),
    # --- D. children's and school cycling safety ---
    (
        "nJn29",
        "vi",
        "xedaphanghieu_mu",
        "Cần 400 mũ bảo hiểm đạt chuẩn cho học sinh đi xe đạp",
        "Trường tiểu học ở huyện Châu Thành (Trà Vinh) có khoảng 400 học sinh đi xe đạp đến trường nhưng rất ít em đội "
        "mũ. Cần đơn vị tài trợ hoặc bán mũ bảo hiểm trẻ em đạt chuẩn và tổ chức tuyên truyền cho học sinh, phụ huynh.",
        {"nJo057": 2, "nJo058": 2, "nJo059": 1, "nJo155": 1, "nJo063": 1},
    ),
    (
        "nJn30",
        "en",
        "dudley_y3",
        "Cycle training for grade 4-5 pupils on a busy road",
        "The education office of Cau Ngang district wants a cycle training programme for grade 4 and 5 pupils, many of "
        "whom ride along a busy national road: handling skills, signalling, junctions, and a test before they ride "
        "alone.",
        {
            "nJo063": 2,
            "nJo064": 2,
            "nJo066": 2,
            "nJo152": 2,
            "nJo153": 2,
            "nJo065": 1,
            "nJo060": 1,
            "nJo062": 1,
            "nJo070": 1,
        },
    ),
    (
        "nJn31",
        "vi",
        "bicycledriving",
        "Cho trẻ mẫu giáo tập xe thăng bằng",
        "Trường mầm non ở TP Vĩnh Long muốn tổ chức cho trẻ 4-5 tuổi tập xe thăng bằng, xe đạp nhỏ trong sân trường và "
        "hướng dẫn phụ huynh cách dạy con tập đạp an toàn.",
        {"nJo060": 2, "nJo061": 2, "nJo065": 1, "nJo154": 1},
    ),
    (
        "nJn32",
        "en",
        "mapfre_kids",
        "Lights and reflectors for pupils riding home at dusk",
        "A boarding school in Tra Cu has 250 pupils who ride home at dusk on unlit rural roads. We want front and rear "
        "lights and reflectors fitted to their bikes and reflective strips on school bags.",
        {"nJo068": 2, "nJo073": 2, "nJo074": 2, "nJo067": 1, "nJo069": 1, "nJo154": 1},
    ),
    (
        "nJn33",
        "vi",
        "bikeeasy_lights",
        "Nhập đèn xe đạp sạc USB và đồ phản quang để bán",
        "Tiệm xe đạp ở thị trấn Cầu Kè muốn bán đèn trước, đèn sau sạc USB và miếng phản quang cho học sinh đi học sớm, "
        "về tối. Cần nguồn hàng bền, chống nước, giá sỉ.",
        {"nJo073": 2, "nJo074": 2, "nJo068": 2, "nJo142": 1, "nJo069": 1},
    ),
    (
        "nJn34",
        "en",
        "berkshire_srts",
        "Safe routes to three schools",
        "A ward of Tra Vinh city wants a safe-routes plan for three schools on one street: slower traffic at school "
        "gates, safer crossings, and activities that get more pupils to walk or cycle.",
        {"nJo070": 2, "nJo071": 2, "nJo072": 1, "nJo063": 1},
    ),
    (
        "nJn35",
        "vi",
        "danviet_phat",
        "Tư vấn chọn mũ cho học sinh đi xe đạp điện",
        "Trường THPT ở Tiểu Cần có nhiều học sinh đi xe đạp điện, bắt buộc đội mũ nhưng nhiều em đội mũ thời trang "
        "không đạt chuẩn. Cần tư vấn quy định và chọn mũ phù hợp, nguồn mua mũ đạt chuẩn.",
        {"nJo059": 2, "nJo057": 2, "nJo058": 1, "nJo155": 1},
    ),
    (
        "nJn36",
        "en",
        "beckers_bikeability",
        "Pupils to check their own bikes before riding",
        "Teachers at a secondary school in Vinh Long want a short lesson so pupils can check tyres, brakes and chain "
        "themselves and do simple maintenance before riding to school.",
        {"nJo062": 2, "nJo063": 2, "nJo152": 1, "nJo015": 1, "nJo003": 1},
    ),
    (
        "nJn37",
        "vi",
        "cpdr_srts",
        "Đề xuất làm đường an toàn cho học sinh đi xe đạp",
        "Phụ huynh trường THCS ở Càng Long lo xe tải chạy nhanh trên quốc lộ trước cổng trường giờ tan học. Muốn được "
        "hỗ trợ lập đề xuất làm lối đi, vạch qua đường, giảm tốc để học sinh đi xe đạp an toàn và tìm nguồn kinh phí.",
        {"nJo070": 2, "nJo072": 2, "nJo071": 1},
    ),
    (
        "nJn38",
        "en",
        "mapfre_kids",
        "Helmets for grade 1 pupils who cycle",
        "The provincial traffic safety committee wants to give standard helmets to grade 1 pupils who ride or are "
        "carried by bike, together with a school campaign on wearing them.",
        {"nJo057": 2, "nJo058": 2, "nJo059": 1, "nJo155": 1},
    ),
    # --- E. bicycle parking and bike sharing ---
    (
        "nJn39",
        "en",
        "nyc_racks",
        "Covered bicycle parking for 900 pupils",
        "A high school in Tra Vinh city has about 900 pupils cycling; bikes are piled on the yard and fall over. We need "
        "racks and a roofed parking area near the classrooms, laid out so pupils can get in and out quickly.",
        {"nJo078": 2, "nJo082": 2, "nJo081": 1, "nJo079": 1, "nJo077": 1, "nJo080": 1},
    ),
    (
        "nJn40",
        "vi",
        "njsrts_park",
        "Giá để xe cho xe đạp trẻ em bánh nhỏ",
        "Trường tiểu học ở Mang Thít có nhiều xe đạp trẻ em bánh nhỏ, giá để xe cũ làm cho người lớn nên xe nhỏ không "
        "dựng được, ngã đổ. Cần giá đỡ phù hợp xe nhỏ, có mái che, đặt chỗ giáo viên dễ quan sát.",
        {"nJo078": 2, "nJo082": 2, "nJo079": 1, "nJo081": 1, "nJo077": 1},
    ),
    (
        "nJn41",
        "en",
        "tapchigt_xdcc",
        "Pilot public bike share for Vinh Long city",
        "Vinh Long city wants to pilot public bike sharing with about 10 stations at the bus station, market, "
        "university and riverside park; users should unlock with a phone app or QR code and return at any station.",
        {
            "nJo083": 2,
            "nJo084": 2,
            "nJo085": 2,
            "nJo087": 2,
            "nJo088": 1,
            "nJo089": 1,
            "nJo086": 1,
            "nJo093": 1,
            "nJo094": 1,
        },
    ),
    (
        "nJn42",
        "vi",
        "nordic_dockless",
        "Xe đạp chia sẻ chi phí thấp cho thị trấn nhỏ",
        "Thị trấn Cầu Kè dân số nhỏ, ngân sách ít, muốn có xe đạp chia sẻ cho người dân và khách nhưng không đủ tiền "
        "xây trạm dock đắt tiền. Cần mô hình xe có khóa thông minh, mở bằng điện thoại, dựng ở giá xe thường.",
        {"nJo094": 2, "nJo087": 2, "nJo084": 2, "nJo083": 2, "nJo088": 1, "nJo089": 1, "nJo086": 1},
    ),
    (
        "nJn43",
        "en",
        "bcvalet",
        "Guarded bike parking for the Ok Om Bok festival",
        "Organisers of the Ok Om Bok festival at Ao Ba Om expect thousands of visitors arriving by bicycle. We need "
        "temporary guarded bike parking with fencing, racks, numbered tickets and staff for the festival days.",
        {"nJo090": 2, "nJo091": 2, "nJo092": 1, "nJo079": 1},
    ),
    (
        "nJn44",
        "vi",
        "tienphong_xe",
        "Chỗ giữ xe đạp ở chợ",
        "Chợ ở thị trấn Tiểu Cần không có chỗ để xe đạp, người đi chợ dựng xe tràn lề đường. Ban quản lý chợ cần giá "
        "để xe và khu giữ xe có người trông, bố trí sao cho gọn.",
        {"nJo079": 2, "nJo090": 1, "nJo080": 1, "nJo091": 1},
    ),
    (
        "nJn45",
        "en",
        "vtv_xdcc",
        "Bike-share docks at bus terminals",
        "The provincial bus company wants shared bikes, including some electric ones, at its terminals and main stops so "
        "passengers can ride the last kilometre or two to work and school.",
        {"nJo083": 2, "nJo084": 2, "nJo096": 2, "nJo093": 1, "nJo151": 1, "nJo086": 1, "nJo087": 1},
    ),
    (
        "nJn46",
        "vi",
        "nhandan_world",
        "Nghiên cứu khả thi xe đạp công cộng có trạm và không trạm",
        "Sở Xây dựng cần nghiên cứu khả thi để chọn giữa xe đạp công cộng có trạm dock và xe không trạm cho trung tâm "
        "TP Vĩnh Long: chi phí, vị trí trạm, kết nối xe buýt.",
        {"nJo086": 2, "nJo089": 2, "nJo151": 1, "nJo087": 1, "nJo094": 1},
    ),
    (
        "nJn47",
        "en",
        "gr_bikeshare",
        "Campus bike share with app-based smart locks",
        "A university in Tra Vinh city with a large campus wants a campus bike share: bikes with smart locks opened by "
        "an app, GPS tracking, and return at any rack.",
        {"nJo094": 2, "nJo087": 2, "nJo083": 2, "nJo084": 2, "nJo085": 1, "nJo088": 1, "nJo089": 1},
    ),
    (
        "nJn48",
        "en",
        "nyc_racks",
        "Shaded bike parking at a rural market",
        "Farmers bring produce by bicycle to Cau Ke market at dawn. The market board wants durable racks under a shade "
        "roof and a guarded area, locally made if possible.",
        {"nJo082": 2, "nJo079": 1, "nJo078": 1, "nJo080": 1, "nJo090": 1},
    ),
    # --- F. cycling tourism ---
    (
        "nJn49",
        "en",
        "lp_mekong",
        "Multi-day cycling groups from Saigon to Tra Vinh",
        "A homestay cluster on An Binh islet wants tour operators to bring multi-day cycling groups from Ho Chi Minh "
        "City through Vinh Long to Tra Vinh, staying overnight with us.",
        {"nJo097": 2, "nJo102": 2, "nJo100": 1, "nJo098": 1, "nJo099": 1, "nJo101": 1},
    ),
    (
        "nJn50",
        "vi",
        "conphung",
        "Xây dựng tour đạp xe xuyên vườn trái cây ở cù lao An Bình",
        "Hợp tác xã du lịch cộng đồng xã An Bình (Long Hồ) muốn xây dựng tour đạp xe qua vườn chôm chôm, nhãn, qua cầu "
        "nhỏ, kết hợp chèo xuồng và hái trái cây. Cần đơn vị thiết kế sản phẩm.",
        {"nJo103": 2, "nJo104": 2, "nJo105": 2, "nJo098": 2, "nJo106": 1, "nJo101": 1, "nJo110": 1},
    ),
    (
        "nJn51",
        "en",
        "hotelsmag",
        "Maintenance for a resort's rusting guest bikes",
        "A riverside resort in Vinh Long city has 30 guest bicycles that rust and break; guests complain. We want a "
        "maintenance contract with regular checks and repairs.",
        {"nJo107": 2, "nJo004": 2, "nJo109": 1, "nJo115": 1},
    ),
    (
        "nJn52",
        "vi",
        "vnopentour_tv",
        "Muon lam tour dap xe tham chua Khmer o Tra Vinh",
        "Minh muon lam tour dap xe cho khach ba lo tham chua Khmer, ao Ba Om o Tra Vinh, can don vi thiet ke lo trinh "
        "dap xe va kinh nghiem to chuc tour.",
        {"nJo097": 2, "nJo102": 2, "nJo100": 1, "nJo113": 1, "nJo115": 1},
    ),
    (
        "nJn53",
        "en",
        "sanclick_vn",
        "Signed cycling loop through Tan Quy orchards",
        "Cau Ke district wants a signed cycling loop through the orchards of Tan Quy islet, with direction signs, "
        "distance markers and on-site maps, and a budget for maintaining them.",
        {"nJo110": 2, "nJo111": 2, "nJo102": 1, "nJo104": 1},
    ),
    (
        "nJn54",
        "vi",
        "offexp_mekong",
        "Mở tour xe đạp một ngày cho khách quốc tế",
        "Công ty lữ hành ở TP Trà Vinh muốn mở tour đạp xe một ngày cho khách nước ngoài: đón ở khách sạn, có xe và mũ "
        "bảo hiểm, hướng dẫn viên biết chỉnh xe. Cần đối tác có kinh nghiệm vận hành.",
        {"nJo100": 2, "nJo115": 1, "nJo102": 1, "nJo099": 1, "nJo015": 1},
    ),
    (
        "nJn55",
        "en",
        "wiki_rental",
        "Guest bike-lending scheme for a homestay",
        "A homestay in Long Ho wants to lend bicycles to guests, some with baskets for picnics, and needs help setting "
        "up the programme, including written rules and a rental agreement.",
        {"nJo108": 2, "nJo109": 1, "nJo115": 1, "nJo107": 1},
    ),
    (
        "nJn56",
        "vi",
        "timhieu_anbinh",
        "Nhà vườn muốn đón khách đạp xe",
        "Nhà vườn trồng bưởi, chôm chôm ở cù lao Tân Quy (Cầu Kè) muốn đón các đoàn khách đạp xe ghé thăm vườn, thưởng "
        "thức trái cây. Cần kết nối với công ty tổ chức tour đạp xe miền Tây.",
        {"nJo097": 2, "nJo100": 2, "nJo102": 2, "nJo099": 2, "nJo101": 2, "nJo098": 1, "nJo103": 1, "nJo104": 1},
    ),
    (
        "nJn57",
        "en",
        "dlbentre",
        "Folk games and bamboo-bridge cycling for an eco-park",
        "An eco-park on the edge of Tra Vinh city wants hands-on activities for visitors: riding bikes over bamboo "
        "bridges, monkey bridges, catching fish in ditches, picking fruit.",
        {"nJo106": 2, "nJo104": 1, "nJo098": 1},
    ),
    (
        "nJn58",
        "vi",
        "toplist_tv",
        "Biển chỉ dẫn và bản đồ tuyến đạp xe quanh ao Bà Om",
        "Ban quản lý khu di tích ao Bà Om muốn làm tuyến đạp xe quanh ao và các chùa lân cận, có biển chỉ hướng, bản đồ "
        "tại chỗ và ghi khoảng cách.",
        {"nJo110": 2, "nJo111": 2, "nJo113": 1},
    ),
    # --- G. frame building, welding and painting ---
    (
        "nJn59",
        "vi",
        "pedallers_weld",
        "Học hàn khung để tự đóng xe ba bánh chở hàng",
        "Xưởng cơ khí nhỏ ở Vũng Liêm muốn tự đóng khung xe đạp ba bánh chở hàng bằng ống thép cho bà con buôn bán. Thợ "
        "chỉ quen hàn que cửa sắt, cần khóa học cắt vát ống, hàn đồng và hàn TIG khung xe.",
        {"nJo120": 2, "nJo118": 1, "nJo119": 1, "nJo117": 1, "nJo122": 1},
    ),
    (
        "nJn60",
        "en",
        "oxia_weld",
        "Twenty custom steel cargo-bike frames",
        "A cargo-bike start-up in Tra Vinh city needs a frame builder to fabricate 20 steel cargo frames to our "
        "drawings, TIG-welded or brazed, with a load bed in front.",
        {"nJo117": 2, "nJo121": 2, "nJo122": 2, "nJo023": 2, "nJo119": 1, "nJo120": 1, "nJo018": 1},
    ),
    (
        "nJn61",
        "vi",
        "xjd_powderprep",
        "Phun cát và sơn tĩnh điện lại khung xe cũ giá rẻ",
        "Tiệm mua bán xe đạp cũ ở Bình Minh thu về nhiều khung sắt gỉ, tróc sơn. Cần nơi phun cát làm sạch và sơn tĩnh "
        "điện lại khung với giá rẻ, số lượng vài chục khung mỗi tháng.",
        {"nJo126": 2, "nJo129": 2, "nJo127": 2, "nJo125": 1, "nJo124": 1, "nJo130": 1, "nJo123": 1, "nJo128": 1},
    ),
    (
        "nJn62",
        "en",
        "mtbr_pc",
        "Learning to prepare and powder coat frames in-house",
        "Our bicycle workshop in Vinh Long wants to strip and powder coat frames ourselves: what blasting, cleaning, "
        "masking and curing steps and what tools and safety gear are needed.",
        {"nJo124": 2, "nJo130": 1, "nJo123": 1, "nJo128": 1, "nJo129": 1},
    ),
    (
        "nJn63",
        "vi",
        "moko_join",
        "Tho han muon hoc han dong khung xe dap",
        "Tho han o Tieu Can muon hoc han dong khung xe dap, khong biet dung den kho gas hay phai mua bo oxy, nhiet do "
        "bao nhieu moi dinh. Can tai lieu hoac lop hoc.",
        {"nJo118": 2, "nJo120": 2, "nJo119": 2, "nJo117": 1},
    ),
    (
        "nJn64",
        "en",
        "roadbikingma",
        "Restoring old Peugeot and Phoenix bikes",
        "A collector in Vinh Long restores old Peugeot, Phoenix and Forever bicycles. Frames are rusty and dented; he "
        "wants careful stripping, dent repair, threads masked and a durable finish.",
        {"nJo125": 2, "nJo126": 2, "nJo127": 1, "nJo128": 1, "nJo124": 1},
    ),
    (
        "nJn65",
        "vi",
        "strongframes",
        "Chuyển sang hàn TIG khung nhôm xe đạp trẻ em",
        "Xưởng lắp ráp xe đạp trẻ em ở khu công nghiệp tại Trà Vinh muốn chuyển sang hàn TIG khung nhôm. Cần tư vấn "
        "phương pháp, khí bảo vệ và đào tạo thợ.",
        {"nJo119": 2, "nJo120": 2, "nJo122": 1, "nJo121": 1, "nJo117": 1},
    ),
    (
        "nJn66",
        "en",
        "velofilie",
        "Frame-building course for vocational teachers",
        "A vocational college in Tra Vinh wants its welding teachers trained in bicycle frame building: tube mitring, "
        "brazing and TIG, so they can add a module to the welding programme.",
        {"nJo120": 2, "nJo118": 1, "nJo119": 1, "nJo117": 1},
    ),
    # --- H. second-hand trade and spare parts ---
    (
        "nJn67",
        "vi",
        "bikeeu_japan",
        "Nhập container xe đạp cũ Nhật về bán",
        "Doanh nghiệp ở TP Vĩnh Long muốn nhập xe đạp cũ Nhật Bản theo container về bán cho học sinh, công nhân. Cần đầu "
        "mối bên Nhật, giá mỗi xe và số xe một container.",
        {"nJo139": 2, "nJo140": 2, "nJo141": 1},
    ),
    (
        "nJn68",
        "en",
        "ebin_secondhand",
        "Supply channel for used Japanese bicycles",
        "A trader in Tra Vinh who already imports used Japanese farm machines wants a reliable supply channel for used "
        "Japanese bicycles of good brands, by the container.",
        {"nJo139": 2, "nJo140": 2, "nJo141": 1},
    ),
    (
        "nJn69",
        "en",
        "winenfood_recycled",
        "Refurbishment workflow and warranty for a used-bike shop",
        "A second-hand bike shop in Tra On wants a standard refurbishment routine (inspection, cleaning, parts "
        "replacement, test ride) so it can sell used bikes with a short warranty.",
        {"nJo133": 2, "nJo137": 1, "nJo135": 1, "nJo138": 1, "nJo006": 1},
    ),
    (
        "nJn70",
        "vi",
        "parkingday_refurb",
        "Xưởng xe đạp cộng đồng sửa xe quyên góp",
        "Đoàn thanh niên TP Trà Vinh muốn lập xưởng xe đạp cộng đồng: nhận xe cũ quyên góp, sửa lại tặng học sinh nghèo, "
        "xe hỏng quá thì tháo lấy phụ tùng, đồng thời cho người dân đến tự sửa xe.",
        {"nJo134": 2, "nJo135": 2, "nJo136": 1, "nJo009": 1, "nJo137": 1},
    ),
    (
        "nJn71",
        "en",
        "bfc_used",
        "Cheap used parts for repairing donated bikes",
        "Repair volunteers in Long Ho need a cheap source of used bearings, cranks, headsets, forks and wheels to fix "
        "donated bicycles.",
        {"nJo136": 2, "nJo135": 1, "nJo142": 1, "nJo143": 1},
    ),
    (
        "nJn72",
        "vi",
        "welove_supply",
        "Nhà phân phối phụ tùng ổn định cho tiệm xe",
        "Tiệm xe đạp ở Cầu Ngang thường thiếu xích, líp, má phanh, bạc đạn, có lúc chờ cả tháng. Cần nhà phân phối phụ "
        "tùng xe đạp giao hàng đều.",
        {"nJo142": 2, "nJo143": 2, "nJo144": 1, "nJo136": 1},
    ),
    (
        "nJn73",
        "en",
        "parkingday_refurb",
        "Checking a used bike before buying",
        "Parents at Vinh Long market buy used bikes for their children and fear cracked frames or stolen bikes. A "
        "parents' group wants a checklist or guide on what to inspect before paying.",
        {"nJo132": 2, "nJo138": 2, "nJo006": 1, "nJo133": 1},
    ),
    (
        "nJn74",
        "vi",
        "bikelounge",
        "Can mua 100 xe dap cu cho hoc sinh ngheo",
        "Hoi khuyen hoc huyen Cau Ke can mua khoang 100 xe dap cu con tot, da sua lai, de tang hoc sinh ngheo. Ai co "
        "nguon xe cu so luong lon, gia re thi bao gia.",
        {"nJo139": 2, "nJo140": 2, "nJo133": 1, "nJo134": 1, "nJo135": 1},
    ),
    (
        "nJn75",
        "en",
        "welove_supply",
        "Wholesale tyres, tubes and chains for a bike dealer",
        "A bicycle dealer in Vinh Long city wants a wholesale supplier of tyres, inner tubes and chains with steady "
        "deliveries.",
        {"nJo142": 2, "nJo143": 2, "nJo144": 1, "nJo136": 1},
    ),
]
