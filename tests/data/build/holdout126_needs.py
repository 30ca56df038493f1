"""Needs of holdout126 (street lighting, traffic signals and road safety in Tra Vinh / Vinh Long):
(id, language, source key, title, description, {offer id: grade}). 2 = would solve the need, 1 = partly relevant."""

NEEDS = [
    # --- LED street lighting ---
    (
        "mXn001",
        "vi",
        "nd_vi_cand",
        "Cần chuyển đèn cao áp natri trên các tuyến nội ô sang đèn LED thay vì tắt bớt đèn",
        "Công ty chúng tôi nhận duy trì chiếu sáng công cộng ở phường nội ô Trà Vinh, đang quản lý khoảng 1.800 bộ đèn natri cao "
        "áp 150–250 W. Để tiết giảm điện, đơn vị phải làm như Hà Nội từng làm: tắt 1/3 số đèn trên trục chính ngay từ đầu giờ bật "
        "đèn và chỉ cho chạy 1/3 đèn pha ở nút giao đến 23h, nhưng người dân phản ánh đường tối. Chúng tôi cần đơn vị khảo sát, "
        "tính mức tiết kiệm và cung cấp, thay đèn LED theo từng tuyến.",
        {
            "mXo001": 2,
            "mXo002": 2,
            "mXo003": 2,
            "mXo004": 2,
            "mXo006": 2,
            "mXo008": 2,
            "mXo005": 1,
            "mXo007": 1,
            "mXo009": 1,
            "mXo010": 1,
            "mXo032": 1,
            "mXo033": 1,
        },
    ),
    (
        "mXn002",
        "en",
        "nd_en_eastbay",
        "LED retrofit of about 120 sodium streetlights on our industrial park roads",
        "We operate an industrial park in Long Duc, Tra Vinh, whose internal roads are lit by about 120 high-pressure sodium "
        "streetlights. We read that small Californian cities halved streetlight energy with LED and that Martinez expects "
        "$15,800 a year from converting just 114 lights, while sodium lamps need changing five times as often. We want a "
        "supplier and installer who can estimate savings for our lights and carry out the retrofit.",
        {"mXo006": 2, "mXo008": 2, "mXo001": 2, "mXo004": 2, "mXo002": 1, "mXo005": 1, "mXo009": 1, "mXo010": 1},
    ),
    (
        "mXn003",
        "vi",
        "nd_vi_bacgiang",
        "Cần hỗ trợ lập thông số đèn LED trong hồ sơ thầu chiếu sáng đường xã",
        "Công ty xây dựng của chúng tôi ở Cầu Kè vừa trúng gói thầu chiếu sáng tuyến đường trục xã dài 4 km. Qua tìm hiểu, nhiều "
        "hệ thống chiếu sáng ở địa phương đầu tư rời rạc, không đồng bộ, chất lượng quản lý còn hạn chế như nghiên cứu tại TP Bắc "
        "Giang chỉ ra. Chúng tôi cần chuyên gia giúp ghi thông số bộ đèn LED (quang thông, hiệu suất, công suất) và bố trí đèn sao "
        "cho đạt tiêu chuẩn, quy chuẩn hiện hành khi nghiệm thu.",
        {"mXo002": 2, "mXo044": 2, "mXo148": 2, "mXo043": 1, "mXo004": 1, "mXo010": 1},
    ),
    # --- solar street lights ---
    (
        "mXn004",
        "vi",
        "nd_vi_tromday",
        "Đường liên ấp bị cắt trộm dây đèn, muốn chuyển sang đèn năng lượng mặt trời",
        "Hội nông dân và hợp tác xã xã chúng tôi ở Tiểu Cần có tuyến đường liên ấp 1,2 km, trước đây lắp đèn dùng điện lưới nhưng "
        "kẻ gian liên tục cắt trộm dây trong trụ, giống vụ 62 trụ đèn trị giá 2,3 tỷ đồng ở Lâm Đồng bị rút hết dây ngay sau Tết. "
        "Nay bà con muốn chuyển sang đèn năng lượng mặt trời không cần kéo dây, kinh phí hạn chế, có thể vận động dân góp. Cần "
        "đơn vị tư vấn, cung cấp và lắp đặt.",
        {
            "mXo015": 2,
            "mXo016": 2,
            "mXo017": 2,
            "mXo018": 2,
            "mXo019": 2,
            "mXo022": 2,
            "mXo023": 2,
            "mXo025": 2,
            "mXo020": 1,
            "mXo024": 1,
        },
    ),
    (
        "mXn005",
        "en",
        "nd_en_sunshell",
        "Solar streetlights for a 2 km dike road at our shrimp hatchery, no grid",
        "Our shrimp hatchery in Duyen Hai, Tra Vinh, has a 2 km access road along the pond dikes with no grid line. Workers "
        "walk and ride it at night, and where we tried hand-switched lamps they were often left on wasting power. We need solar "
        "streetlights that switch on and off by themselves, keep working through cloudy rainy-season days and stand up to salty "
        "coastal wind, with design, supply and installation.",
        {
            "mXo022": 2,
            "mXo023": 2,
            "mXo025": 2,
            "mXo018": 2,
            "mXo015": 1,
            "mXo016": 1,
            "mXo019": 1,
            "mXo020": 1,
            "mXo024": 1,
            "mXo045": 1,
        },
    ),
    (
        "mXn006",
        "vi",
        "nd_en_pothigai",
        "Den nang luong mat troi mua gia re bi yeu, can thay pin va tu van loai tot",
        "Hop tac xa chung toi o Cang Long mua 40 bo den nang luong mat troi gia re tren mang de gan doc duong vao kho lua. Den "
        "gom tam pin, pin luu tru va bong LED, quang cao sang ca dem, nhung chi sau 6 thang nhieu bo sang yeu, tat som, sac lau "
        "day. Can don vi kiem tra, thay pin cho den con dung duoc va tu van mua loai den co thong so ro rang, ben hon.",
        {"mXo021": 2, "mXo020": 2, "mXo024": 1, "mXo023": 1, "mXo151": 1},
    ),
    (
        "mXn007",
        "en",
        "nd_en_222health",
        "Replicating a low-cost, resident-funded solar light model for hamlet roads",
        "We are a farmers' cooperative in Tra Cu, Tra Vinh. Members who dry rice and tend fields after dark want lit hamlet "
        "roads, for driving safety and to deter theft, and lit lanes also keep evening trade going. The commune budget cannot "
        "pay, so we want a proven community model: cheap self-assembled solar lights on simple poles, residents contributing "
        "money and labour, and no monthly electricity bill. We look for groups who have done this and can guide us.",
        {"mXo016": 2, "mXo017": 2, "mXo018": 2, "mXo015": 1, "mXo019": 1, "mXo022": 1, "mXo025": 1},
    ),
    # --- lighting control and monitoring ---
    (
        "mXn008",
        "vi",
        "nd_vi_bacgiang",
        "Cần hệ thống giám sát, điều khiển từ xa 3.000 đèn đường",
        "Công ty công trình đô thị chúng tôi ở Vĩnh Long quản lý khoảng 3.000 đèn đường trên nhiều tủ điện, đang bật tắt bằng đồng "
        "hồ cơ và phát hiện đèn hỏng nhờ công nhân đi tuần hoặc dân báo. Cần hệ thống giám sát và điều khiển từ xa: đặt lịch bật "
        "tắt, giảm công suất sau 23h, báo ngay đèn hỏng hoặc tủ mất điện để đội sửa chữa xử lý nhanh.",
        {
            "mXo032": 2,
            "mXo035": 2,
            "mXo036": 2,
            "mXo038": 2,
            "mXo003": 1,
            "mXo033": 1,
            "mXo034": 1,
            "mXo037": 1,
            "mXo039": 1,
        },
    ),
    (
        "mXn009",
        "en",
        "nd_en_dayburner",
        "Cheap add-on sensors to report failed or day-burning sodium streetlights",
        "We are a subcontractor maintaining about 2,000 old sodium streetlights in Vinh Long. Lamps that burn all day or go dark "
        "stay unnoticed for weeks, because we only learn of them from residents' calls or when a crew happens to be nearby; "
        "each repair also needs traffic control set-up. Replacing all lamps with smart LED is not affordable yet. We want "
        "low-cost sensors fitted to existing lamps that report failures wirelessly to a central screen.",
        {"mXo039": 2, "mXo037": 2, "mXo038": 1, "mXo032": 1, "mXo036": 1, "mXo048": 1},
    ),
    (
        "mXn010",
        "vi",
        "nd_vi_vanlong",
        "Chiếu sáng LED có điều khiển thông minh cho tuyến đường du lịch mới",
        "Doanh nghiệp chúng tôi đầu tư tuyến đường dạo và đường nội bộ 1,5 km vào khu du lịch gần Ao Bà Om (Trà Vinh). Chúng tôi "
        "muốn dùng đèn LED tiết kiệm điện kèm hệ thống điều khiển thông minh: tự điều chỉnh độ sáng theo lượng khách và giờ trong "
        "đêm, theo dõi được từng đèn, thay vì chỉ bật tắt cố định. Cần đơn vị thiết kế và cung cấp trọn gói.",
        {"mXo003": 2, "mXo032": 2, "mXo038": 1, "mXo035": 1, "mXo004": 1, "mXo006": 1, "mXo037": 1},
    ),
    # --- maintenance ---
    (
        "mXn011",
        "vi",
        "nd_vi_tromday",
        "Cần đơn vị nhận bảo trì hằng năm 200 trụ đèn chiếu sáng khu dân cư",
        "Công ty quản lý chợ và khu dân cư của chúng tôi ở phường trung tâm Trà Vinh có khoảng 200 trụ đèn chiếu sáng. Nhiều trụ bị "
        "cắt trộm dây, tủ điện hỏng, bóng cháy chưa thay, có đoạn tối om nhiều ngày như các tuyến đèn vừa lắp đã tắt ngúm ở Lâm "
        "Đồng. Cần đơn vị chuyên nghiệp ký hợp đồng bảo trì hằng năm: tuần tra, sửa chữa, thay thế, báo cáo.",
        {"mXo040": 2, "mXo041": 2, "mXo042": 2, "mXo047": 2, "mXo049": 2, "mXo036": 1, "mXo048": 1},
    ),
    (
        "mXn012",
        "en",
        "nd_en_bayward",
        "Streetlights on our plant's perimeter road keep failing from underground cable faults",
        "Our seafood processing plant in Long Duc industrial park, Tra Vinh, has a perimeter road whose streetlights go out "
        "again and again after heavy rain; the electrician traced one outage to a failed underground cable and had to string a "
        "temporary overhead line. We need a contractor to locate and repair cable faults, replace damaged poles and fittings, "
        "and then inspect the lights on a regular schedule.",
        {"mXo047": 2, "mXo049": 2, "mXo040": 2, "mXo042": 1, "mXo048": 1, "mXo050": 1},
    ),
    (
        "mXn013",
        "en",
        "nd_en_lgeku",
        "Mapping and numbering 350 streetlights so outages can be found and reported",
        "We develop and manage a new residential area in Long Ho, Vinh Long, with about 350 streetlights. We do not know which "
        "lights are out at any time: residents rarely report them, and when they do they cannot say which pole, so repair "
        "crews lose time searching during the day. We want every pole located, numbered and recorded on a digital map, and a "
        "routine inspection method that keeps the record up to date.",
        {"mXo048": 2, "mXo049": 2, "mXo142": 2, "mXo006": 1, "mXo039": 1, "mXo143": 1, "mXo047": 1},
    ),
    (
        "mXn014",
        "vi",
        "nd_vi_giaotrinh",
        "Cần đo độ rọi, độ chói để nghiệm thu 3 km chiếu sáng đường huyện",
        "Công ty chúng tôi ở Vĩnh Long vừa thi công xong 3 km chiếu sáng đường huyện. Chủ đầu tư yêu cầu số liệu đo độ rọi, độ chói "
        "và độ đồng đều trên mặt đường để nghiệm thu theo tiêu chuẩn chiếu sáng đường giao thông, trong khi đơn vị không có thiết "
        "bị đo chuyên dụng. Cần đơn vị có máy đo và chuyên môn thực hiện đo, lập biên bản.",
        {"mXo043": 2, "mXo044": 2, "mXo148": 1, "mXo002": 1},
    ),
    # --- traffic signals ---
    (
        "mXn015",
        "en",
        "sig_en_itskr",
        "Retiming three congested signalised junctions on National Road 1 in Binh Minh",
        "Our logistics company runs trucks through Binh Minh, Vinh Long, where three signalised junctions on National Road 1 "
        "back up at peak hours because the signals still run plans set years ago. Retiming projects elsewhere cut delay by 13 "
        "to 94% and travel time by 7 to 25%, so we are ready to co-fund a study. We need traffic engineers to count traffic "
        "and reset cycle, splits and coordination.",
        {"mXo061": 2, "mXo062": 2, "mXo056": 2, "mXo055": 1, "mXo063": 1, "mXo065": 1, "mXo076": 1},
    ),
    (
        "mXn016",
        "vi",
        "nd_vi_vtvhanoi",
        "Muốn đèn tín hiệu tự điều chỉnh thời gian theo lưu lượng nhờ camera",
        "Hợp tác xã vận tải chúng tôi thường xuyên qua nút giao cửa ngõ TP Trà Vinh, nơi thời gian dừng phân bổ chưa hợp lý: hướng "
        "đông xe phải chờ lâu trong khi hướng vắng vẫn được xanh dài, giống tình trạng từng được phản ánh ở Hà Nội. Chúng tôi đề "
        "xuất và sẵn sàng hỗ trợ lắp hệ thống đèn tín hiệu tự điều chỉnh thời gian theo lưu lượng thực tế đo bằng camera.",
        {"mXo055": 2, "mXo063": 2, "mXo076": 2, "mXo079": 1, "mXo064": 1, "mXo065": 1, "mXo056": 1},
    ),
    (
        "mXn017",
        "vi",
        "nd_en_craft",
        "Den giao thong nga tu thi tran hay loi, can don vi bao tri dinh ky",
        "Nga tu thi tran Cau Ke (Tra Vinh) co den tin hieu hay bi loi: co luc den do khong chuyen xanh, tu dieu khien ngoai troi "
        "bi nuoc mua tham vao, xe tai cua doanh nghiep chung toi phai cho hoac di liu. Sua khi hu thi ton kem va nguy hiem, can don "
        "vi nhan bao tri dinh ky: kiem tra tu dien, day cap, bong den, bo dieu khien va sua chua khi co su co.",
        {"mXo057": 2, "mXo069": 2, "mXo070": 2, "mXo071": 2, "mXo073": 2, "mXo072": 1, "mXo042": 1},
    ),
    (
        "mXn018",
        "en",
        "nd_en_hampton",
        "Replacing incandescent signal heads with LED modules at our park's gates",
        "Our industrial park in Hoa Phu, Vinh Long, owns four signalised junctions at its gates. The signal heads still use "
        "incandescent bulbs that burn out often and need a crew with a lift each time; nearby cities abroad converted hundreds "
        "of intersections to LED units that last much longer. We want LED signal modules fitted to the existing heads, with "
        "installation and an estimate of energy and maintenance savings.",
        {"mXo066": 2, "mXo067": 2, "mXo068": 1, "mXo059": 1},
    ),
    (
        "mXn019",
        "vi",
        "nd_en_ecmag",
        "Thay bóng sợi đốt trong đèn tín hiệu bằng module LED",
        "Công ty chúng tôi vận hành các nút giao có đèn tín hiệu trên đường vào cảng ở thị xã Duyên Hải. Đèn tín hiệu vẫn dùng bóng "
        "sợi đốt, tốn điện và hay cháy bóng, trong khi nhiều nơi đã chuyển sang module LED đạt chuẩn hiệu suất năng lượng cho cả "
        "đèn xe và đèn người đi bộ. Cần nhà cung cấp module LED thay thế và tư vấn chi phí, mức tiết kiệm.",
        {"mXo066": 2, "mXo067": 2, "mXo068": 1, "mXo058": 1},
    ),
    (
        "mXn020",
        "en",
        "nd_en_webcreationz",
        "Solar-powered signal or flashing warning at a rural junction without grid power",
        "Our sugar company's cane trucks cross a rural junction on a provincial road in Tieu Can, Tra Vinh, where there is no "
        "grid line nearby. Drivers on the main road come fast and do not notice the side road at dusk. We would fund a "
        "solar-powered traffic signal or a solar flashing amber warning light that keeps working through cloudy days.",
        {"mXo058": 2, "mXo059": 2, "mXo096": 2, "mXo097": 1, "mXo114": 1, "mXo068": 1, "mXo024": 1},
    ),
    (
        "mXn021",
        "en",
        "nd_en_craft",
        "Keeping junction signals running and reported during rainy-season power cuts",
        "Our industrial cluster in Vung Liem, Vinh Long, paid for signals at two junctions on the access road. In the rainy "
        "season the grid often cuts out and the signals go dark for hours before anyone notices, which is dangerous when shift "
        "buses pass. We want immediate alerts when a signal loses power and a way to keep it running through outages.",
        {"mXo072": 2, "mXo059": 2, "mXo058": 2, "mXo069": 1, "mXo070": 1, "mXo057": 1},
    ),
    # --- cameras ---
    (
        "mXn022",
        "vi",
        "nd_vi_vietnamnet",
        "Lắp camera AI tại cổng khu công nghiệp phát hiện vượt đèn đỏ, không đội mũ",
        "Ban quản lý KCN Hòa Phú (Vĩnh Long) thấy giờ tan ca ở nút giao cổng KCN với QL1 rất nhiều công nhân vượt đèn đỏ, đi ngược "
        "chiều, không đội mũ bảo hiểm. Ở Hà Nội một camera AI phát hiện tới 543 người không đội mũ trong một ngày. Chúng tôi muốn "
        "lắp camera AI tự nhận diện các hành vi này và chuyển dữ liệu cho công an để nhắc nhở, xử lý.",
        {"mXo077": 2, "mXo075": 2, "mXo076": 2, "mXo078": 1, "mXo079": 1, "mXo080": 1, "mXo081": 1, "mXo089": 1},
    ),
    (
        "mXn023",
        "en",
        "nd_en_roadtraps",
        "Speed cameras for trucks speeding through a market on National Road 53",
        "Our cooperative runs the market in Cau Ngang, Tra Vinh, on National Road 53, where trucks pass at high speed while "
        "shoppers cross. We want speed enforcement that measures speed with radar or other sensors and records time-stamped "
        "images with readable plates as evidence, so that speeding drivers can be fined automatically.",
        {"mXo083": 2, "mXo084": 2, "mXo076": 2, "mXo085": 1, "mXo078": 1, "mXo122": 1, "mXo123": 1},
    ),
    (
        "mXn024",
        "en",
        "nd_en_motorists",
        "Independent before-after evaluation of new red-light cameras",
        "We are an insurer in Vinh Long. Red-light cameras are being installed at junctions in the city, and we want to know "
        "whether crashes and claims really fall, since a state study abroad found more rear-end crashes and only a possible drop "
        "in angle crashes at camera sites. We seek a research team to design and run an independent before-after evaluation "
        "by crash type.",
        {"mXo082": 2, "mXo086": 2, "mXo080": 1, "mXo081": 1, "mXo134": 1, "mXo130": 1},
    ),
    (
        "mXn025",
        "vi",
        "nd_vi_znews",
        "Can camera doc bien so va do toc do xe tai chay qua khu dan cu",
        "Ban quan ly cum cong nghiep chung toi o Chau Thanh (Tra Vinh) nhan phan anh xe tai cho vat lieu chay rat nhanh qua khu dan "
        "cu, ke ca ban dem. Nhieu nuoc dung camera nhan dang bien so, dung hong ngoai ban dem de doi chieu chu xe. Can camera doc "
        "bien so va do toc do tai doan duong nay de gui canh bao cho chu xe va chuyen du lieu cho co quan chuc nang.",
        {"mXo078": 2, "mXo076": 2, "mXo083": 2, "mXo084": 1, "mXo075": 1},
    ),
]

NEEDS += [
    (
        "mXn026",
        "en",
        "nd_en_wordvn",
        "AI cameras that spot pupils riding without helmets near our schools",
        "Our education company runs two private primary schools in Vinh Long. Since the national helmet law, most parents wear "
        "helmets, but many children still ride pillion bare-headed, often because of old rumours about neck injuries or a "
        "missing second helmet at pick-up. We want cameras near the school gates that automatically detect riders and "
        "passengers without helmets, so we can follow up with parents and the traffic police.",
        {"mXo077": 2, "mXo075": 2, "mXo076": 1, "mXo119": 1, "mXo111": 1},
    ),
    # --- markings, studs, signs ---
    (
        "mXn027",
        "vi",
        "nd_vi_phongphu2",
        "Cần sơn nhiệt dẻo phản quang và đội thi công kẻ vạch 12 km đường huyện",
        "Công ty chúng tôi ở Trà Cú nhận thầu hạng mục an toàn giao thông cho 12 km đường huyện. Vạch sơn phải chịu được hàng nghìn "
        "lượt xe mỗi ngày, nắng mưa, dầu mỡ và phải nhìn rõ cả ban đêm khi trời mưa; vạch kém chất lượng dễ gây nhầm làn, tai nạn. "
        "Cần nhà cung cấp sơn nhiệt dẻo phản quang và đội thi công có máy kẻ vạch, làm đúng quy chuẩn báo hiệu đường bộ.",
        {"mXo090": 2, "mXo091": 2, "mXo092": 2, "mXo093": 2, "mXo100": 2, "mXo101": 2, "mXo102": 1, "mXo103": 1},
    ),
    (
        "mXn028",
        "en",
        "nd_en_jeenseen",
        "Durable, highly retroreflective markings for a port access road",
        "We operate a port terminal in the Dinh An economic zone, Tra Vinh. The painted lines on our 3 km access road wear off "
        "within a year under container trucks and are nearly invisible at night in the rain; we read that markings relying on "
        "traffic to expose their beads can fail to give enough night reflectivity. We want longer-lasting markings with strong "
        "retroreflectivity, supplied and applied.",
        {"mXo100": 2, "mXo101": 2, "mXo091": 2, "mXo102": 1, "mXo103": 1, "mXo092": 1},
    ),
    (
        "mXn029",
        "en",
        "nd_en_ctrg",
        "Raised reflective road studs along a curved river-dike road",
        "Our rice milling company in Chau Thanh, Tra Vinh, sends trucks at night along a narrow dike road with many bends by "
        "the river. In rain the painted lines disappear and drivers drift to the edge. Rumble strips and humps have been "
        "studied for slowing vehicles, but here we mainly need drivers to see the road edge and curves: we want raised "
        "reflective road studs supplied and fixed along about 5 km.",
        {"mXo094": 2, "mXo095": 2, "mXo096": 1, "mXo101": 1},
    ),
    (
        "mXn030",
        "vi",
        "nd_en_fhwa07042",
        "Cần phần mềm kiểm kê và đánh giá độ phản quang cho 1.500 biển báo",
        "Công ty duy tu đường bộ của chúng tôi quản lý khoảng 1.500 biển báo trên các tuyến đường tỉnh ở Vĩnh Long, hiện ghi chép "
        "bằng sổ và bảng tính nên không biết biển nào đã mờ, mất phản quang hay bị mất. Cần phần mềm và quy trình kiểm kê vị trí "
        "từng biển, đánh giá độ phản quang định kỳ ban đêm, lập kế hoạch thay thế và dự trù kinh phí.",
        {"mXo104": 2, "mXo105": 2, "mXo106": 2, "mXo107": 2, "mXo142": 1, "mXo098": 1},
    ),
    (
        "mXn031",
        "en",
        "nd_en_safetynet",
        "Supply of 300 reflective regulatory and warning signs for new park roads",
        "We are developing a new industrial park in Tra Vinh and need about 300 road signs for its internal roads: regulatory, "
        "prohibition and warning signs made with retroreflective sheeting that meets the national standard and stays visible "
        "at night and in rain, delivered with posts and installation, and recorded so we can maintain them later.",
        {"mXo098": 2, "mXo099": 2, "mXo144": 2, "mXo104": 1},
    ),
    (
        "mXn032",
        "vi",
        "nd_vi_quochoitv",
        "Can bien bao va dinh phan quang cho duong dal ven song nhieu khuc cua",
        "Co so xay xat cua chung toi o Tra On (Vinh Long) nam tren duong dal ven song co nhieu khuc cua khuat, cay che tam nhin, "
        "ban dem xe may va xe ba gac chay lan lan, da xay ra va cham. Can don vi cung cap va lap bien bao canh bao duong cong phan "
        "quang va dinh phan quang tai cac khuc cua nguy hiem.",
        {"mXo099": 2, "mXo094": 2, "mXo095": 2, "mXo098": 1, "mXo144": 1, "mXo096": 1},
    ),
    (
        "mXn033",
        "vi",
        "nd_en_iowa",
        "Đèn vàng nhấp nháy năng lượng mặt trời cho ngã ba tối vào cụm công nghiệp",
        "Doanh nghiệp chế biến gạo của chúng tôi ở Tam Bình (Vĩnh Long) nằm ở ngã ba đường vào cụm công nghiệp, không có đèn, ban "
        "đêm xe trên đường tỉnh không nhận ra ngã ba nên hay va chạm với xe rẽ vào. Muốn lắp đèn vàng nhấp nháy cảnh báo chạy năng "
        "lượng mặt trời ở hai hướng tới, không phải kéo điện.",
        {"mXo096": 2, "mXo097": 2, "mXo058": 1, "mXo114": 1, "mXo113": 1, "mXo053": 1},
    ),
    (
        "mXn034",
        "en",
        "nd_en_mn1999",
        "Lighting an isolated rural T-junction with night crashes, away from the grid",
        "Our rice mill sits at an isolated T-junction on National Road 60 in Tra Vinh, where night-time crashes keep happening "
        "and the nearest grid line is far away. Studies of rural intersections found lighting cut night crashes with benefits "
        "about 15 times the cost. We want lighting installed at the junction without a grid connection; evidence we could "
        "show the commune would be a bonus.",
        {"mXo025": 2, "mXo022": 2, "mXo018": 2, "mXo016": 1, "mXo053": 1, "mXo054": 1, "mXo139": 1},
    ),
    # --- school zones, pedestrians, speed ---
    (
        "mXn035",
        "vi",
        "nd_vi_brvt2021",
        "Cần làm cổng trường an toàn cho trường tiểu học sát quốc lộ 53",
        "Công ty cổ phần giáo dục của chúng tôi có trường tiểu học tư thục ở Càng Long nằm sát QL53, xe tải chạy nhanh qua cổng, "
        "phụ huynh đỗ xe tràn ra đường giờ tan học. Đoàn viên đã đứng hướng dẫn học sinh, nhắc đội mũ nhưng chưa đủ. Muốn làm cổng "
        "trường an toàn: sơn báo hiệu khu vực cổng, biển khu vực trường học, giới hạn tốc độ, chỗ đậu xe đưa đón.",
        {"mXo109": 2, "mXo110": 2, "mXo113": 1, "mXo115": 1, "mXo117": 1, "mXo124": 1},
    ),
    (
        "mXn036",
        "vi",
        "nd_en_articles",
        "Đèn nhấp nháy năng lượng mặt trời tự bật giờ tan trường cho 4 trường học",
        "Doanh nghiệp chúng tôi tài trợ an toàn giao thông cho 4 trường ở Vũng Liêm (Vĩnh Long). Biển báo khu vực trường học hiện "
        "có bị tài xế bỏ qua; đèn nhấp nháy liên tục thì lâu ngày cũng bị quen mắt. Muốn lắp đèn vàng nhấp nháy chạy năng lượng "
        "mặt trời trên biển khu vực trường học, chỉ bật trong giờ vào học và tan học, đổi lịch được khi nghỉ lễ.",
        {"mXo113": 2, "mXo114": 2, "mXo116": 2, "mXo115": 2, "mXo096": 1},
    ),
    (
        "mXn037",
        "en",
        "nd_en_irap",
        "Systematic road-risk assessment around our three schools",
        "Our education company runs three private schools in Vinh Long. We want a recognised, evidence-based assessment of how "
        "safe the roads around each school are for children walking and being dropped off, measured at the risky spots, with "
        "a rating we can compare and a prioritised list of affordable fixes to take to the authorities.",
        {"mXo117": 2, "mXo118": 2, "mXo109": 1, "mXo110": 1, "mXo137": 1, "mXo141": 1},
    ),
    (
        "mXn038",
        "en",
        "nd_vi_vnexpressmu",
        "Helmet and road safety programme for workers' children at three primary schools",
        "Our garment factory in Tra Vinh wants a CSR project for the children of our workers at three nearby primary schools. "
        "National programmes have given nearly 2 million standard helmets to first graders, but older pupils and siblings "
        "still ride without proper helmets. We want a partner to supply quality child helmets and run road safety lessons for "
        "pupils, teachers and parents.",
        {"mXo119": 2, "mXo111": 2, "mXo112": 2, "mXo109": 1},
    ),
    (
        "mXn039",
        "vi",
        "nd_en_rrfbblog",
        "Cho xa can den nhap nhay bao hieu khi nguoi di bo bam nut qua duong",
        "Ban quan ly cho xa chung toi o Long Duc (Tra Vinh) nam hai ben duong, nguoi di cho qua lai lien tuc nhung xe khong nhuong, "
        "da co nguoi bi xe tong. Khong du dieu kien lam den giao thong day du. Muon lap den nhap nhay bao hieu chay nang luong mat "
        "troi, nguoi di bo bam nut thi den nhay de tai xe giam toc, nhuong duong.",
        {"mXo120": 2, "mXo121": 2, "mXo051": 1, "mXo052": 1, "mXo096": 1},
    ),
    (
        "mXn040",
        "en",
        "nd_en_rosap",
        "Lighting the pedestrian crossings of our night food street",
        "We run a night food street in Tra Vinh city. Customers cross the road between stalls and the parking area after "
        "dark, and drivers see them late because the crossings sit between streetlights. About three quarters of pedestrian "
        "deaths abroad happen in darkness. We want crosswalk lighting designed and installed so that people on the crossings "
        "are clearly visible.",
        {"mXo051": 2, "mXo052": 2, "mXo120": 1, "mXo004": 1, "mXo054": 1},
    ),
    (
        "mXn041",
        "en",
        "nd_en_barsec",
        "Speed humps for a hamlet road used by our rice trucks",
        "Our cooperative's rice trucks and many motorbikes use a hamlet road in Mang Thit, Vinh Long, and residents ask for "
        "speed humps because vehicles pass houses and a kindergarten too fast. Humps can cut speeds by 10–15 km/h if placed and "
        "sized correctly. We need design guidance on height, length and spacing and a supply of durable humps.",
        {"mXo124": 2, "mXo125": 2, "mXo126": 2, "mXo122": 1, "mXo123": 1},
    ),
    (
        "mXn042",
        "vi",
        "nd_en_radarsign",
        "Bảng radar hiển thị tốc độ xe ở đầu ấp trên đường tỉnh",
        "Hợp tác xã dịch vụ nông nghiệp chúng tôi ở Tam Bình (Vĩnh Long) có kho và cửa hàng sát đường tỉnh. Đoạn qua ấp đã giảm tốc "
        "độ cho phép nhưng tài xế quen đường vẫn chạy như cũ, không để ý mình đang chạy bao nhiêu. Muốn lắp bảng radar hiển thị tốc "
        "độ thực của từng xe ở hai đầu ấp để nhắc tài xế giảm tốc.",
        {"mXo122": 2, "mXo123": 2, "mXo115": 2, "mXo076": 1},
    ),
    # --- crash data and audits ---
    (
        "mXn043",
        "vi",
        "nd_vi_vietbao",
        "Cần bản đồ điểm đen tai nạn và phân tích nguyên nhân theo tuyến",
        "Chi nhánh công ty bảo hiểm của chúng tôi ở Vĩnh Long muốn biết các điểm, đoạn đường xảy ra nhiều tai nạn để tập trung tuyên "
        "truyền và hỗ trợ khắc phục. Cả nước chỉ trong 4 tháng đầu năm 2018 có 6.020 vụ, 2.788 người chết. Cần đơn vị dùng số liệu "
        "tai nạn để lập bản đồ điểm đen, phân tích nguyên nhân, thời gian, loại xe theo từng tuyến.",
        {"mXo129": 2, "mXo132": 2, "mXo130": 2, "mXo134": 2, "mXo136": 2, "mXo128": 1, "mXo131": 1, "mXo135": 1},
    ),
    (
        "mXn044",
        "en",
        "nd_vi_plo2020",
        "Building a provincial road crash database with police and health data",
        "Our software company in Tra Vinh wants to build a road crash database for the province that joins police reports and "
        "hospital records. Nationally, crashes fell 42.71%, deaths 19.01% and injuries 53.91% in 2016–2020 compared with the "
        "previous five years, but local data are scattered. We need partners with experience in designing crash information "
        "systems and analysis tools.",
        {"mXo131": 2, "mXo128": 2, "mXo133": 2, "mXo129": 1, "mXo134": 1},
    ),
    (
        "mXn045",
        "vi",
        "nd_en_grokrsa",
        "Thẩm tra an toàn giao thông cho tuyến tránh đang khai thác",
        "Công ty chúng tôi là nhà đầu tư tuyến tránh thị trấn ở Trà Vinh, đường đã khai thác được ba năm và có vài điểm hay xảy ra "
        "va chạm ở nút giao, đoạn cong. Cần đơn vị độc lập, có thẩm tra viên đủ chứng chỉ, thẩm tra an toàn giao thông đường đang "
        "khai thác và đề xuất giải pháp khắc phục chi phí thấp.",
        {"mXo141": 2, "mXo137": 2, "mXo138": 2, "mXo140": 1},
    ),
    (
        "mXn046",
        "en",
        "nd_en_utah",
        "Ranking curves and junctions on 300 km of district roads by crash risk",
        "Our road maintenance company looks after about 300 km of district roads in Vinh Long. Crash records are thin, so "
        "dangerous curves and junctions do not show up in crash counts. We want a method that uses road features and traffic "
        "volume, such as curve radius, junction angle and speed limit, to rank sites by risk and choose where to act first.",
        {"mXo135": 2, "mXo133": 1, "mXo134": 1, "mXo132": 1, "mXo117": 1},
    ),
    (
        "mXn047",
        "vi",
        "nd_vi_namtrung",
        "Thiết kế và lắp chiếu sáng LED cho đường nội bộ khu dân cư 20 ha",
        "Chúng tôi là chủ đầu tư khu dân cư 20 ha ở Long Hồ (Vĩnh Long). Đường nội bộ, vỉa hè và công viên nhỏ cần hệ thống chiếu "
        "sáng đạt tiêu chuẩn chiếu sáng nhân tạo bên ngoài công trình công cộng và hạ tầng kỹ thuật đô thị. Cần đơn vị thiết kế, "
        "cung cấp đèn LED, cột cao khoảng 8 m và lắp đặt trọn gói.",
        {"mXo002": 2, "mXo004": 2, "mXo044": 2, "mXo046": 1, "mXo045": 1, "mXo148": 1, "mXo006": 1},
    ),
    (
        "mXn048",
        "en",
        "nd_en_elpaso",
        "Dimming controls and a central management system for our LED streetlights",
        "We are a private urban services company operating streetlights under contract in Vinh Long, and we are already "
        "replacing the sodium lamps with LED under a separate supply contract, as large cities abroad have done with hundreds "
        "of thousands of lights. We now need the control side: dimming schedules for late-night hours, remote on/off, energy "
        "readings and automatic fault alerts for each light, managed from one central system.",
        {
            "mXo038": 2,
            "mXo035": 2,
            "mXo032": 2,
            "mXo003": 2,
            "mXo036": 2,
            "mXo037": 1,
            "mXo039": 1,
            "mXo033": 1,
            "mXo034": 1,
            "mXo009": 1,
            "mXo006": 1,
        },
    ),
    (
        "mXn049",
        "vi",
        "nd_vi_tienphong",
        "Người dân muốn đèn tín hiệu có đồng hồ đếm lùi ở nút giao thị trấn",
        "Hợp tác xã xe buýt và xe khách của chúng tôi chạy qua nút giao ở thị trấn Vũng Liêm (Vĩnh Long). Đèn tín hiệu không có đồng "
        "hồ đếm lùi nên tài xế không biết còn bao lâu, hay phanh gấp khi đèn chuyển vàng. Như Hà Nội từng tạm bỏ đếm giây rồi phải "
        "giải thích với dân, chúng tôi muốn tư vấn cấu hình hiển thị đếm lùi phù hợp và lắp đặt.",
        {"mXo060": 2, "mXo056": 1, "mXo057": 1},
    ),
    (
        "mXn050",
        "en",
        "nd_en_articles",
        "School-zone package: flashing beacons plus gate markings and signs",
        "Our company sponsors safety around two primary schools on a provincial road in Cau Ke, Tra Vinh. Plain school-zone "
        "signs are ignored; we want beacons that flash only around arrival and dismissal times, together with painted school "
        "gate zones, no-stopping and school-zone signs so that drivers see the area from afar.",
        {"mXo113": 2, "mXo114": 2, "mXo116": 2, "mXo115": 2, "mXo109": 2, "mXo110": 2},
    ),
]

NEEDS += [
    (
        "mXn051",
        "vi",
        "nd_vi_znews",
        "Tích hợp camera giám sát giao thông và đèn tín hiệu điều khiển tập trung cho khu đô thị mới",
        "Chúng tôi là chủ đầu tư khu đô thị mới ở phường ven TP Vĩnh Long, có 6 nút giao nội bộ và 2 nút nối ra quốc lộ. Thấy các "
        "thành phố lớn trên thế giới đã phủ camera thông minh nhận dạng phương tiện, chúng tôi muốn ngay từ đầu lắp camera giám sát "
        "giao thông có AI và đèn tín hiệu điều khiển tập trung, tự điều chỉnh theo lưu lượng, kết nối về một phòng điều hành.",
        {"mXo079": 2, "mXo055": 2, "mXo076": 2, "mXo063": 2, "mXo064": 1},
    ),
    (
        "mXn052",
        "en",
        "nd_en_gisfhwa",
        "Crash hot spot detection to direct our volunteer safety patrols",
        "Our social enterprise organises volunteer road-safety patrols and campaigns in Tra Vinh. We have geocoded crash reports "
        "from the provincial police for three years but no way to turn them into a ranked list of hot spots by time of day "
        "and crash type. Transport agencies abroad use GIS to locate and analyse crashes; we want a tool or service that does "
        "this for us.",
        {"mXo134": 2, "mXo136": 2, "mXo132": 2, "mXo129": 1, "mXo130": 1},
    ),
    (
        "mXn053",
        "vi",
        "nd_en_5blog",
        "Cần đơn vị bảo trì định kỳ 300 đèn năng lượng mặt trời đã lắp 3 năm",
        "Hợp tác xã dịch vụ của chúng tôi ở Cầu Ngang (Trà Vinh) được xã giao quản lý 300 đèn năng lượng mặt trời lắp trên đường "
        "liên ấp từ 3 năm trước. Nhiều đèn sáng yếu, tắt trước nửa đêm, tấm pin bám bụi và phân chim. Cần đơn vị nhận bảo trì định kỳ: "
        "kiểm tra, vệ sinh tấm pin, thay pin lưu trữ đúng loại và sửa bộ điều khiển.",
        {"mXo021": 2, "mXo024": 1, "mXo040": 1, "mXo020": 1},
    ),
    (
        "mXn054",
        "en",
        "nd_en_loracell",
        "Co-developing LoRa-based streetlight controllers with a research group",
        "We are a small IoT software startup in Tra Vinh. Cities are turning public lighting into connected systems over "
        "long-range radio, and we want to build a local product: a controller on each streetlight measuring power and switching "
        "or dimming over LoRa, plus a gateway and dashboard. We seek a university or institute team with working designs to "
        "co-develop and pilot it.",
        {"mXo037": 2, "mXo039": 2, "mXo034": 1, "mXo038": 1, "mXo035": 1},
    ),
    (
        "mXn055",
        "en",
        "nd_en_gevetica",
        "Pedestrian-activated crossing beacon at our factory gate for shift changes",
        "About 3,000 workers of our footwear factory cross National Road 54 in Tra Vinh at the gate at each shift change, many "
        "at dusk. A full traffic signal is not warranted by the authorities. We want a pedestrian-activated flashing beacon "
        "system at a marked crossing that makes drivers yield, powered without digging cables across the road.",
        {"mXo120": 2, "mXo121": 2, "mXo113": 1, "mXo058": 1, "mXo096": 1, "mXo051": 1},
    ),
    (
        "mXn056",
        "vi",
        "nd_en_wiki",
        "Can son vach phan quang va dinh phan quang tren cau cho xe cho mia",
        "Cong ty mia duong chung toi o Tra Cu (Tra Vinh) co xe tai cho mia chay ban dem qua mot cay cau be tong va doan dau cau. "
        "Vach son cu bi mon het, troi mua ban dem khong thay mep cau, xe da suyt lao xuong kenh. Can son vach phan quang ben (loai "
        "nhiet deo co hat thuy tinh) va gan dinh phan quang doc mep cau va doan dau cau.",
        {"mXo091": 2, "mXo090": 2, "mXo094": 2, "mXo095": 2, "mXo100": 2, "mXo101": 2, "mXo093": 1},
    ),
    (
        "mXn057",
        "vi",
        "nd_vi_ibom",
        "Phần mềm GIS quản lý cột đèn, biển báo, đèn tín hiệu và lập kế hoạch duy tu",
        "Công ty công trình đô thị chúng tôi ở Trà Vinh quản lý cột đèn chiếu sáng, biển báo và đèn tín hiệu nhưng dữ liệu nằm rải "
        "rác trong sổ sách, bản vẽ giấy. Muốn xây dựng cơ sở dữ liệu trên nền GIS, hiển thị theo lớp bản đồ, cập nhật hiện trạng và "
        "dùng để lập kế hoạch duy tu, thay thế hằng năm.",
        {"mXo142": 2, "mXo143": 2, "mXo104": 1, "mXo048": 1, "mXo006": 1, "mXo107": 1},
    ),
    (
        "mXn058",
        "en",
        "nd_en_crabb",
        "Cost-benefit of lighting a whole bypass or only its junctions",
        "We are the investor of a 9 km bypass in Vinh Long and must decide whether to light the whole road or only the "
        "junctions. National research abroad found an apparent casualty saving from street lighting but said its size is hard "
        "to pin down. We need an analysis of expected night-time crash reduction and a cost-benefit comparison of the options.",
        {"mXo139": 2, "mXo053": 2, "mXo054": 2, "mXo051": 1},
    ),
    (
        "mXn059",
        "vi",
        "nd_en_hsis",
        "Cần đánh giá tác dụng của chiếu sáng đối với tai nạn ban đêm trên đường tỉnh",
        "Công ty đầu tư hạ tầng của chúng tôi muốn đề xuất lắp chiếu sáng cho một đoạn đường tỉnh ở Vĩnh Long, nơi tai nạn ban đêm "
        "chiếm tỷ lệ cao. Theo nghiên cứu nước ngoài, chỉ 25% lượt đi lại diễn ra ban đêm nhưng khoảng 50% tử vong giao thông xảy ra "
        "lúc đó. Cần chuyên gia đánh giá mức giảm tai nạn ban đêm nhờ chiếu sáng để thuyết phục đầu tư.",
        {"mXo053": 2, "mXo054": 2, "mXo139": 2, "mXo130": 1},
    ),
    (
        "mXn060",
        "vi",
        "nd_vi_giaotrinh",
        "Cột đèn cao 12–14 m chịu gió, chống ăn mòn muối cho bãi container ven biển",
        "Doanh nghiệp logistics của chúng tôi ở Khu kinh tế Định An (Trà Vinh) mở rộng bãi container sát biển, cần chiếu sáng bãi và "
        "đường nội bộ bằng cột cao 12–14 m. Gió mạnh mùa chướng và hơi muối làm cột thép thường nhanh gỉ. Cần nhà sản xuất cột chịu gió "
        "tốt, mạ kẽm nhúng nóng, có thể gắn đèn LED công suất lớn.",
        {"mXo045": 2, "mXo046": 2, "mXo050": 1, "mXo004": 1},
    ),
    (
        "mXn061",
        "vi",
        "nd_vi_brvt2021",
        "Tập huấn an toàn giao thông và trang bị mũ bảo hiểm cho học sinh, phụ huynh",
        "Trường mầm non và tiểu học tư thục của công ty chúng tôi ở TP Trà Vinh có hơn 600 học sinh, phần lớn được phụ huynh chở bằng "
        "xe máy. Nhiều em chưa có mũ đạt chuẩn, phụ huynh đội mũ cho con chưa đúng cách. Muốn phối hợp tổ chức tập huấn kỹ năng an toàn "
        "giao thông cho học sinh, phụ huynh và trang bị mũ bảo hiểm đạt chuẩn.",
        {"mXo111": 2, "mXo112": 2, "mXo119": 2, "mXo109": 1},
    ),
    (
        "mXn062",
        "vi",
        "nd_vi_nghethuat",
        "Làm gờ giảm tốc đúng chuẩn, không dày đặc gây ồn cho đường khu dân cư",
        "Chúng tôi là chủ đầu tư khu dân cư ở Bình Minh (Vĩnh Long). Dân muốn có gờ giảm tốc vì xe chạy nhanh, nhưng chúng tôi không "
        "muốn làm tràn lan như đoạn 350 m ở Phú Thọ có 18 gờ khiến tài xế bức xúc, ồn ào. Cần tư vấn vị trí, chiều cao, chiều dài, "
        "khoảng cách gờ hợp lý và cung cấp gờ bền.",
        {"mXo124": 2, "mXo125": 2, "mXo126": 2, "mXo122": 1},
    ),
    (
        "mXn063",
        "en",
        "nd_en_sitesherpa",
        "Road safety audit of a new access road design before construction",
        "We are building a 4 km access road from National Road 53 to our new industrial park in Tra Vinh, with two junctions and "
        "a school on the route. Before tendering construction we want an independent road safety audit of the preliminary and "
        "detailed design that looks at all users, including pedestrians and motorbikes, and recommends changes.",
        {"mXo137": 2, "mXo138": 2, "mXo141": 2, "mXo140": 1},
    ),
    (
        "mXn064",
        "vi",
        "nd_en_roadtraps",
        "Camera đo tốc độ cho đoạn đường ven biển xe tải chạy nhanh",
        "Hợp tác xã nuôi trồng thủy sản chúng tôi ở Duyên Hải (Trà Vinh) có trụ sở và điểm thu mua bên đường ven biển, xe tải và xe "
        "đầu kéo chạy rất nhanh, nhiều lần suýt tông người. Đề nghị lắp camera đo tốc độ có chụp ảnh, đọc biển số làm bằng chứng, dữ "
        "liệu gửi về cơ quan chức năng để xử phạt.",
        {"mXo083": 2, "mXo084": 2, "mXo076": 2, "mXo085": 1, "mXo078": 1},
    ),
    (
        "mXn065",
        "en",
        "nd_vi_vanlong",
        "Motion-sensing path lights that dim when nobody is around at our beach resort",
        "Our beach resort at Ba Dong, Tra Vinh, lights about 80 path and internal road lamps all night at full power although "
        "most paths are empty after 22:00. We want lights with motion and light sensors that dim when nobody is around and "
        "brighten when guests or vehicles approach, and that report lamp faults.",
        {"mXo032": 2, "mXo038": 1, "mXo022": 1, "mXo035": 1},
    ),
    (
        "mXn066",
        "vi",
        "nd_en_loracell",
        "Điều khiển và đo đếm đèn đường qua mạng LoRa",
        "Công ty điện nước của chúng tôi ở Vĩnh Long đã có mạng LoRa để đọc đồng hồ nước, muốn tận dụng để điều khiển và đo đếm điện "
        "năng từng đèn đường: bật tắt, giảm độ sáng theo giờ, gửi số liệu lên máy chủ. Cần giải pháp thiết bị gắn từng đèn và cổng "
        "LoRa có sẵn hoặc hợp tác phát triển.",
        {"mXo037": 2, "mXo039": 1, "mXo034": 1, "mXo035": 1, "mXo032": 1},
    ),
    (
        "mXn067",
        "en",
        "nd_en_ripmich",
        "Illuminance survey to accept newly installed road and crosswalk lighting",
        "Our construction company has just installed lighting on a new 2 km riverside road with four pedestrian crossings in Vinh "
        "Long. The owner will only accept the work after measurements show the road and the crosswalks meet the lighting "
        "standard, because pedestrians in crosswalks are often poorly lit even where streetlights exist. We need a team with "
        "calibrated meters to survey and report.",
        {"mXo043": 2, "mXo044": 2, "mXo052": 1},
    ),
    (
        "mXn068",
        "en",
        "nd_vi_quochoitv",
        "Median separators to stop U-turns and lane crossing on a town road",
        "The four-lane road past our supermarket in Tra Vinh city has only a painted centre line; motorbikes cut across and make "
        "U-turns anywhere, and a left-turn point placed right at a junction confuses drivers at night. We want physical median "
        "separators, reflective and visible at night, supplied and installed along about 600 m.",
        {"mXo145": 2, "mXo090": 1},
    ),
    (
        "mXn069",
        "vi",
        "nd_en_5blog",
        "Kiểm tra tình trạng cột đèn đã lắp 15 năm, chân cột gỉ và nghiêng",
        "Công ty chúng tôi quản lý khu công nghiệp ở Vĩnh Long có khoảng 400 cột đèn lắp 15 năm trước dọc kênh, nhiều cột chân gỉ, "
        "nghiêng, bu lông móng lỏng. Lo ngại cột gãy đổ khi mưa bão, chúng tôi cần đơn vị kiểm tra từng cột (độ thẳng, móng, ăn mòn, "
        "dây dẫn) và lập báo cáo cột nào phải thay.",
        {"mXo050": 2, "mXo042": 1, "mXo040": 1, "mXo048": 1},
    ),
    (
        "mXn070",
        "en",
        "nd_en_wiki",
        "Sourcing thermoplastic marking material and glass beads for a new marking business",
        "We are starting a road-marking business in Vinh Long. We will buy a kettle and applicator, but need reliable suppliers "
        "of thermoplastic marking powder in white and yellow, with anti-skid aggregate for wet roads, and of reflective glass "
        "beads, plus technical data on mixing and application temperature.",
        {"mXo102": 2, "mXo103": 2, "mXo092": 2, "mXo091": 2, "mXo100": 1, "mXo101": 1},
    ),
    (
        "mXn071",
        "en",
        "nd_en_fpga",
        "Signal priority for ambulances at city junctions",
        "Our private hospital in Tra Vinh city runs six ambulances. At signalised junctions they often get stuck in queues "
        "because the lights do not know an emergency vehicle is coming. We want a system that detects approaching ambulances "
        "and gives them priority green, working with the existing signals.",
        {"mXo063": 2, "mXo055": 1, "mXo079": 1},
    ),
    (
        "mXn072",
        "en",
        "nd_en_craft",
        "Annual preventive maintenance contract for our park's signalised junctions",
        "Our industrial park in Vinh Long owns four signalised junctions. Failures have so far been fixed only after they happen, "
        "with long dark periods at shift changes. We want an annual contract for scheduled inspections of cabinets, controllers, "
        "signal heads and detectors, with records kept and emergency repairs included.",
        {"mXo069": 2, "mXo070": 2, "mXo071": 2, "mXo073": 2, "mXo057": 2, "mXo072": 1},
    ),
    (
        "mXn073",
        "vi",
        "nd_vi_vtvhanoi",
        "Tài trợ camera phát hiện vượt đèn đỏ tại 5 nút giao TP Vĩnh Long",
        "Công ty bảo hiểm của chúng tôi muốn tài trợ một chương trình giảm tai nạn tại 5 nút giao có đèn tín hiệu ở TP Vĩnh Long, nơi "
        "nhiều người vượt đèn đỏ gây va chạm. Cần đơn vị cung cấp hệ thống camera tự động phát hiện vượt đèn đỏ, ghi hình làm bằng chứng "
        "và có số liệu về hiệu quả giảm vi phạm, tai nạn.",
        {"mXo080": 2, "mXo081": 2, "mXo077": 2, "mXo075": 2, "mXo082": 1, "mXo086": 1},
    ),
    (
        "mXn074",
        "vi",
        "nd_vi_cand",
        "Khảo sát, lập bản đồ số 2.500 cột đèn trước khi thay đèn LED",
        "Công ty chiếu sáng đô thị chúng tôi ở Vĩnh Long chuẩn bị thay đèn LED nhưng không có số liệu chính xác về 2.500 cột đèn: vị "
        "trí, loại đèn, công suất, tủ điện cấp nguồn, tình trạng cột. Cần đơn vị khảo sát hiện trường, định vị GPS từng cột và lập bản "
        "đồ số, cơ sở dữ liệu để lên phương án thay thế.",
        {"mXo006": 2, "mXo048": 2, "mXo142": 2, "mXo143": 1, "mXo002": 1},
    ),
    (
        "mXn075",
        "en",
        "nd_en_pothigai",
        "Technical specification and suppliers for a CSR-funded 3 km solar street light project",
        "Our beverage company's CSR programme will fund solar street lights along 3 km of canal road in Long Ho, Vinh Long. We "
        "must issue a tender with a proper technical specification — panel, battery type and autonomy, LED power, pole height "
        "and spacing — and invite capable suppliers, and we want help to write it.",
        {"mXo022": 2, "mXo023": 2, "mXo025": 2, "mXo020": 1, "mXo015": 1, "mXo019": 1, "mXo016": 1, "mXo002": 1},
    ),
]
