"""Needs for holdout162: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "oHn01",
        "vi",
        "seed_tv_wild",
        "Cần công nghệ sản xuất cua giống nhân tạo thay nguồn giống tự nhiên",
        "Cơ sở thu gom cua giống ở xã Mỹ Long Nam, huyện Cầu Ngang. Mỗi mùa (tháng 10 âm lịch đến tháng 4 năm sau) người dân bốn huyện ven biển khai thác hơn 38 triệu con giống, "
        "riêng Mỹ Long Nam có 300-400 người đi bắt mỗi ngày. Cơ sở mua 3.000-6.000 con/ngày (cua tiêu 800-1.000 đồng, cua me 2.000-2.500 đồng, cua mít 3.000-3.500 đồng/con) "
        "vẫn không đủ bán cho người nuôi, trong khi nguồn lợi bị khai thác cạn kiệt. Chúng tôi muốn đầu tư trại sản xuất cua giống nhân tạo quy mô nhỏ, từ nuôi vỗ cua mẹ, cho đẻ đến ương ấu trùng.",
        {"oHo002": 2, "oHo003": 2, "oHo013": 2, "oHo001": 1, "oHo004": 1, "oHo009": 1, "oHo011": 1, "oHo014": 1},
    ),
    (
        "oHn02",
        "en",
        "seed_tv_33m",
        "Nursery stage for hatchery crablets before pond release",
        "Crab farmers' cooperative in Duyên Hải town. Since February farmers in Châu Thành, Cầu Ngang, Duyên Hải and the town have stocked nearly 33 million crab seed on more than 6,200 ha "
        "as soon as river salinity became suitable. Most seed is tiny hatchery 'pepper' crablets and many disappear after release into extensive ponds. "
        "We need a nursery method (net enclosures or nursery ponds) to grow crablets for a few weeks before release, with densities, shelters and feeding.",
        {"oHo006": 2, "oHo012": 2, "oHo010": 2, "oHo110": 2, "oHo108": 2, "oHo119": 1, "oHo116": 1, "oHo007": 1},
    ),
    (
        "oHn03",
        "vi",
        "grow_tepbac_duyenhai",
        "Đóng gói, vận chuyển và thả cua hạt tiêu mua từ xa",
        "Hộ nuôi cua xen trong ao tôm sú quảng canh ở xã Long Khánh, huyện Duyên Hải. Toàn huyện một vụ thả khoảng 29 triệu con giống trên hơn 11.000 ha; giống tự nhiên ít dần nên phải mua "
        "cua hạt tiêu nhân tạo từ Bạc Liêu, Cà Mau. Nuôi 1.000 con sau 3,5-4 tháng thu 9-10 triệu đồng, nhưng cua hạt tiêu chở đường xa hao hụt nhiều, thả xuống ao lại chết. "
        "Cần hướng dẫn đóng gói, vận chuyển và thuần cua hạt tiêu trước khi thả.",
        {"oHo006": 2, "oHo015": 2, "oHo108": 1, "oHo017": 1, "oHo110": 1},
    ),
    (
        "oHn04",
        "en",
        "need_mmtimes",
        "Hatchery-produced juveniles for a soft-shell crab farm",
        "Soft-shell crab company in Duyên Hải town. We buy juvenile mud crabs of about 100 g caught in the wild, grow them until they are ready to moult and move moulted crabs to fresh water "
        "so the shell stays soft. We aim at 40 tonnes a month for Thailand, Hong Kong and Taiwan, and demand exceeds supply, but wild juveniles keep running short. "
        "We need hatchery and nursery technology, or a partner, to produce juvenile crabs locally.",
        {
            "oHo002": 2,
            "oHo003": 2,
            "oHo013": 2,
            "oHo011": 2,
            "oHo012": 1,
            "oHo001": 1,
            "oHo004": 1,
            "oHo014": 1,
            "oHo010": 1,
        },
    ),
    (
        "oHn05",
        "vi",
        "seed_tokhai",
        "Trai giong cua o Cau Ngang: au trung chet nhieu, nghi bi nam",
        "Trai uong au trung cua o xa Hiep My Dong, Cau Ngang. Giai doan Zoea uong 300 con/L trong be composite 4 m3, do man 28 ppt, cho an artemia; sau 14 ngay ra Megalop chi con song khoang 6,5%. "
        "Nhieu dot trung cua me trang duc, au trung lang day, tao lop nhot roi chet nhanh. Can quy trinh phong tri benh nam va ve sinh trai cho trung va au trung cua.",
        {"oHo094": 2, "oHo098": 2, "oHo101": 2, "oHo102": 2, "oHo014": 1, "oHo005": 1, "oHo003": 1, "oHo004": 1},
    ),
    (
        "oHn06",
        "en",
        "tv_aquaculture",
        "Grow-out protocol for specialised crab ponds",
        "Household farm in Long Vĩnh commune, Duyên Hải. Last year coastal farmers here stocked over 131 million crab seed on about 23,270 ha and harvested roughly 6,600 tonnes; many households without "
        "land for safe intensive shrimp now run 2-3 crab crops a year, or two crab crops and one whiteleg shrimp crop. Traders pay 250,000-270,000 VND/kg for 2-3 crabs per kg. "
        "We want a full pond grow-out protocol: pond layout and fences, stocking density, feeding and water exchange.",
        {
            "oHo016": 2,
            "oHo024": 2,
            "oHo026": 2,
            "oHo017": 2,
            "oHo027": 1,
            "oHo022": 1,
            "oHo023": 1,
            "oHo118": 1,
            "oHo030": 1,
        },
    ),
    (
        "oHn07",
        "vi",
        "grow_vietlinh_tv",
        "Nuôi vỗ cua ốp thành cua chắc, cua gạch để bán dịp cao điểm",
        "Hộ nuôi ở xã Dân Thành, huyện Duyên Hải: 5,5 ha chuyển từ ao tôm sang trồng lại rừng đước, nuôi cua xen tôm sú thả lan dưới tán, lãi hơn 100 triệu đồng/năm. "
        "Thương lái chỉ trả giá cao cho cua chắc thịt và cua gạch xuất khẩu vào dịp Trung thu, trong khi nhiều cua thu lên còn ốp. "
        "Cần kỹ thuật nuôi vỗ ngắn ngày cua ốp thành cua thịt, cua cái thành cua gạch trong ao nhỏ hoặc lồng cạnh vuông.",
        {"oHo018": 2, "oHo019": 2, "oHo021": 2, "oHo020": 1, "oHo025": 1, "oHo037": 1, "oHo026": 1},
    ),
    (
        "oHn08",
        "en",
        "need_thai_ponds",
        "Turning idle shrimp ponds into mud crab ponds",
        "Group of farmers in Hiệp Mỹ Tây, Cầu Ngang. After disease outbreaks, falling prices and rising costs, many of our intensive shrimp ponds stand idle. Mud crab grows fast, tolerates "
        "changing conditions and sells well at home and abroad, and we want to raise it in the same ponds without major rebuilding. We need guidance on converting shrimp ponds "
        "(fences, escape and burrow control), stocking and feeding for semi-natural or commercial crab culture.",
        {"oHo113": 2, "oHo026": 2, "oHo016": 2, "oHo024": 2, "oHo027": 1, "oHo017": 1},
    ),
    (
        "oHn09",
        "vi",
        "tv_kinhtenongthon",
        "Can ky thuat ghep tom, ca voi cua trong ao quang canh",
        "Nha toi o xa Long Vinh, Duyen Hai, nuoi 5 cong ao cua quang canh ket hop mot it ca, tom su, tom the; tha khoang 5.000 con giong, moi vu 4 thang thu gan 1 tan cua, "
        "nam lam 3 vu, cua loai I (1-2 con/kg) ban 400.000 d/kg. Muon biet cach ghep tom, ca voi cua cho hop ly, mat do tha va thoi diem tha de cua khong an tom, tang nang suat ca ao.",
        {"oHo108": 2, "oHo109": 2, "oHo110": 2, "oHo111": 2, "oHo112": 2, "oHo114": 2, "oHo121": 2, "oHo017": 1},
    ),
    (
        "oHn10",
        "en",
        "need_irvington",
        "Listeria found on cooking equipment in our crab-meat plant",
        "Crab-meat picking plant in Định An, Trà Cú, selling one-pound packs of jumbo, lump, finger and claw meat to distributors. An official inspection found Listeria monocytogenes on cooking "
        "equipment and in the cooking room; no product was tested, but we suspended production and recalled lots. We need a sanitation and environmental monitoring programme, "
        "with testing, to find the source and restart safely.",
        {"oHo072": 2, "oHo074": 2, "oHo075": 2, "oHo076": 2, "oHo073": 2, "oHo066": 1, "oHo064": 1, "oHo071": 1},
    ),
    (
        "oHn11",
        "vi",
        "need_tsvn_namcan",
        "Bảo quản cua gạch sống gửi máy bay đi xa",
        "Doanh nghiệp thu mua cua ở thị xã Duyên Hải. Vùng nuôi tôm xen cua quanh đây rộng hàng chục nghìn ha; cua gạch chiếm phần lớn sản lượng và chủ yếu đi Trung Quốc bằng đường hàng không, "
        "phần còn lại bán TP.HCM. Cua chết, yếu trong lúc gom hàng và chờ bay làm mất giá. Cần quy trình xử lý, đóng thùng, giữ nhiệt và giữ ẩm để cua sống khỏe tới nơi nhận.",
        {
            "oHo057": 2,
            "oHo051": 2,
            "oHo052": 2,
            "oHo053": 2,
            "oHo056": 1,
            "oHo054": 1,
            "oHo060": 1,
            "oHo058": 1,
            "oHo059": 1,
        },
    ),
    (
        "oHn12",
        "en",
        "need_rome_lawyers",
        "Temperature control and sanitation for ready-to-eat frozen crab",
        "Processor in Trà Vinh city making ready-to-eat cooked frozen crab. Inspectors found poor sanitary conditions and inadequate temperature control, and swabs from the production area "
        "tested positive for Listeria; about 5,000 cases of product are on hold and production has stopped. We must prove our cooking and chilling temperatures and our cleaning. "
        "We need validation of cooking temperatures and a plant sanitation programme.",
        {"oHo066": 2, "oHo072": 2, "oHo075": 2, "oHo074": 1, "oHo064": 1, "oHo071": 1, "oHo073": 1, "oHo063": 1},
    ),
    (
        "oHn13",
        "vi",
        "need_ocop_tv",
        "Đầu tư dây chuyền tách thịt cua đông lạnh cho sản phẩm cua Trà Vinh",
        "Hợp tác xã ở huyện Châu Thành. Tỉnh đang xây dựng nhãn hiệu chứng nhận cho cua biển Trà Vinh, tổng diện tích nuôi khoảng 23.700 ha ở Duyên Hải, Cầu Ngang, Châu Thành, Trà Cú. "
        "Ngoài cua sống, chúng tôi muốn có sản phẩm chế biến từ cua nhỏ, cua yếu: thịt cua luộc tách sẵn, phân loại thịt càng, thịt thân, hút chân không và cấp đông để bán quanh năm.",
        {"oHo061": 2, "oHo062": 2, "oHo063": 2, "oHo064": 2, "oHo065": 1, "oHo122": 1, "oHo066": 1},
    ),
    (
        "oHn14",
        "en",
        "need_hallmark",
        "Keeping pasteurised crab meat safe through distribution",
        "Seafood company in Trà Vinh city packing crab meat in 5-lb cans, 1-lb vacuum packs and plastic tubs for food-service buyers. After recalls of similar crab-meat products for possible "
        "Listeria contamination, buyers ask for proof of control. We want to add pasteurisation of sealed containers and a cold chain that keeps the product safe, with shelf-life testing.",
        {"oHo067": 2, "oHo071": 2, "oHo073": 2, "oHo068": 1, "oHo069": 1, "oHo070": 1, "oHo072": 1},
    ),
    (
        "oHn15",
        "vi",
        "need_bentre_binhdai",
        "Mô hình nuôi cua thương phẩm kết hợp du lịch sinh thái",
        "Chi hội nông dân ấp Phước Bình, xã Thạnh Phước, huyện Bình Đại. Từ 2020, 20 hộ nuôi tôm không hiệu quả được hỗ trợ chuyển sang nuôi cua thương phẩm; vùng nước mặn quanh năm, "
        "có rừng và ao tôm cũ. Chúng tôi muốn chuẩn hóa quy trình nuôi cua trong ao và dưới rừng để khách tham quan, trải nghiệm bắt cua, đồng thời bảo đảm năng suất.",
        {"oHo016": 2, "oHo024": 2, "oHo038": 2, "oHo037": 2, "oHo113": 1, "oHo040": 1, "oHo026": 1},
    ),
    (
        "oHn16",
        "en",
        "need_taninthayi",
        "Packing soft-shell crabs for export through cold storage",
        "Soft-shell crab producer in Trà Cú. Juveniles of one to two months are kept in baskets; at about three months they go into freshwater tanks with aeration until they moult. "
        "Soft crabs are then disinfected, packed one per plastic bag into 28 kg styrofoam cartons and exported through cold stores in Ho Chi Minh City. "
        "We need a better post-moult handling, grading, packing and freezing line to keep quality for export.",
        {"oHo047": 2, "oHo063": 2, "oHo050": 1, "oHo049": 1, "oHo048": 1, "oHo064": 1},
    ),
    (
        "oHn17",
        "vi",
        "soft_recirc_tv",
        "Mở rộng mô hình nuôi cua lột trong hộp nhựa tuần hoàn",
        "Thanh niên ở xã Long Khánh, huyện Duyên Hải. Tôi đầu tư 50 hộp nuôi cua với hệ lọc thô, lọc vi sinh và đèn UV khoảng 15 triệu đồng, thả 50 con cua giống (3-5 triệu đồng), "
        "giữ pH 7,5-8,5 và độ mặn tự nhiên, nay đã có 1.000 hộp và bán cua lột hút chân không. Tỷ lệ cua chết còn cao, cần thiết kế lại hệ thống tuần hoàn, hộp nuôi và quy trình chăm sóc để nhân rộng.",
        {
            "oHo045": 2,
            "oHo043": 2,
            "oHo029": 2,
            "oHo103": 2,
            "oHo036": 1,
            "oHo115": 1,
            "oHo028": 1,
            "oHo025": 1,
            "oHo048": 1,
        },
    ),
    (
        "oHn18",
        "en",
        "need_gwa",
        "Soft-shell crab farm: keeping shells soft after moulting",
        "Company in Cầu Ngang raising about 400,000 crabs for soft-shell production, without chemicals. Crabs moult roughly every 45 days; if left in salt water the new shell hardens, so they must be "
        "moved to fresh water within one to two hours of moulting. With so many crabs we miss moults. We need a shedding system and moult monitoring to catch crabs at the right moment.",
        {"oHo047": 2, "oHo048": 2, "oHo050": 2, "oHo049": 2, "oHo045": 1, "oHo042": 1, "oHo029": 1},
    ),
    (
        "oHn19",
        "vi",
        "tv_cuatravinh",
        "Chọn mô hình nuôi cua xen canh ít rủi ro mùa giao mùa",
        "Hộ dân ở xã Long Hòa, huyện Châu Thành. Ngành nông nghiệp khuyến cáo chọn con cua để giảm rủi ro thời tiết lúc chuyển mùa nắng sang mưa; tỉnh đã thả gần 33 triệu cua giống trên hơn 6.200 ha "
        "và đang đăng ký nhãn hiệu chứng nhận cua biển Trà Vinh. Giá cua thương phẩm tăng 50.000-80.000 đồng/kg. Chúng tôi cần quy trình nuôi cua xen canh với tôm sú trong vuông quảng canh.",
        {"oHo108": 2, "oHo110": 2, "oHo121": 2, "oHo112": 2, "oHo114": 2, "oHo024": 1, "oHo109": 1},
    ),
    (
        "oHn20",
        "en",
        "need_sggp_en_price",
        "Selling crabs when farm-gate prices drop",
        "Crab farmer in Duyên Hải district with nearly one hectare; I harvested about 1.2 tonnes but traders paid only 250,000-270,000 VND/kg for grade-3 crabs and 150,000 VND/kg for meaty crabs, "
        "80,000-100,000 VND lower than a month earlier, cutting profit by 30-50 million VND per hectare. I want to hold crabs alive a few weeks and fatten them, or turn small and weak crabs "
        "into picked frozen meat, instead of selling at the bottom.",
        {"oHo018": 2, "oHo021": 2, "oHo062": 2, "oHo061": 2, "oHo026": 2, "oHo025": 1, "oHo122": 1, "oHo037": 1},
    ),
    (
        "oHn21",
        "vi",
        "need_vnexpress_china",
        "Chế biến cua khi thương lái Trung Quốc ngừng mua",
        "Đại lý thu mua cua ở huyện Cầu Ngang. Trước đây mỗi ngày gửi khoảng 3 tấn cua đi Trung Quốc, nay còn dưới 1 tấn vì thương lái không sang, giá giảm 50% còn 110.000-180.000 đồng/kg, "
        "nhiều hộ nuôi mắc nợ. Chúng tôi muốn chuyển một phần cua sang chế biến: luộc, tách thịt, cấp đông hoặc thanh trùng đóng hộp để bán siêu thị và xuất khẩu, giữ được lâu.",
        {
            "oHo061": 2,
            "oHo062": 2,
            "oHo063": 2,
            "oHo064": 2,
            "oHo067": 2,
            "oHo068": 1,
            "oHo069": 1,
            "oHo065": 1,
            "oHo122": 1,
        },
    ),
    (
        "oHn22",
        "en",
        "need_border_jam",
        "Cold storage option for crabs when border exports stall",
        "Crab trader in Trà Vinh city. When border gates slow down, trucks turn back and farm prices of top crabs fall by half (to about 600,000 VND/kg; ordinary crabs 300,000 VND/kg), "
        "and we have only the domestic market. We need a way to process and freeze crabs (whole or as meat) so stock can wait for better prices.",
        {"oHo063": 2, "oHo062": 2, "oHo061": 2, "oHo064": 2, "oHo065": 1, "oHo145": 1},
    ),
    (
        "oHn23",
        "vi",
        "need_kiengiang_rotation",
        "Luân canh tôm - cua - lúa trên ruộng nhiễm mặn",
        "Hợp tác xã ở xã Đại An, huyện Trà Cú có 24 thành viên đang làm tôm - lúa; nhu cầu cua cao nên muốn chuyển sang luân canh tôm - cua - lúa như một số nơi đã làm "
        "(2 ha thu hơn 1 tấn tôm và cua, doanh thu trên 160 triệu đồng trước vụ lúa). Cần hướng dẫn thả cua trong ruộng lúa mùa mặn, thời điểm thả, mật độ và cách giữ cua không thoát.",
        {"oHo017": 2, "oHo108": 1, "oHo125": 1, "oHo024": 1, "oHo114": 1},
    ),
    (
        "oHn24",
        "en",
        "need_namnam",
        "Getting roe crabs to air-freight exporters in good condition",
        "Crab collector in Duyên Hải town. We buy roe crabs and meaty crabs from farms for exporters in Ho Chi Minh City; about 70% of live roe crabs leave by air and China is the biggest buyer. "
        "Too many crabs arrive weak or dead after a day of collection and trucking. We need handling, tying, grading and packing practices for live crabs from farm to airport.",
        {
            "oHo053": 2,
            "oHo052": 2,
            "oHo051": 2,
            "oHo054": 2,
            "oHo055": 2,
            "oHo056": 1,
            "oHo057": 1,
            "oHo058": 1,
            "oHo059": 1,
            "oHo060": 1,
            "oHo151": 1,
        },
    ),
    (
        "oHn25",
        "vi",
        "need_mucnews_camau",
        "Cua nuôi trong vuông tôm chết hàng loạt sau khi bắt lên",
        "Hộ nuôi cua kết hợp tôm ở xã Đông Hải, huyện Duyên Hải. Gần hai tháng nay cua chết rải rác rồi tăng dần, thiệt hại 30-100%; cua xả nước hay đặt lợp bắt lên bờ 15-20 phút là chết, "
        "chưa kịp trói. Cua luộc thấy vỏ mỏng, đóng rong, tách ra không có thịt chỉ có nước. Cần xác định nguyên nhân và giải pháp phòng bệnh cho vùng nuôi.",
        {
            "oHo097": 2,
            "oHo095": 2,
            "oHo094": 2,
            "oHo099": 2,
            "oHo101": 1,
            "oHo102": 1,
            "oHo117": 1,
            "oHo096": 1,
            "oHo100": 1,
        },
    ),
    (
        "oHn26",
        "en",
        "need_kyaukphyu",
        "Feed that shortens the soft-shell cycle and raises moult rate",
        "Soft-shell crab producer in Trà Cú exporting 10-13 tonnes a month. Crabs take 45-50 days to reach moult and harvest, and the price of each juvenile crab keeps rising as supply runs short, "
        "so every day in the box costs more. We feed trash fish now. We need a prepared feed, or feed additives, that raise survival and moulting rate and shorten the cycle.",
        {"oHo036": 2, "oHo032": 2, "oHo033": 2, "oHo031": 1, "oHo030": 1},
    ),
    (
        "oHn27",
        "vi",
        "need_rakhine",
        "Tận dụng vỏ cua lột và chân gãy làm thức ăn, phân bón",
        "Trang trại cua lột ở xã Long Khánh, huyện Duyên Hải (khoảng 13 ao, dự kiến mở rộng). Mỗi ngày thải ra nhiều vỏ cua lột và chân, càng gãy; trước đây đổ bỏ. "
        "Chúng tôi muốn chế biến phụ phẩm này thành thức ăn chăn nuôi và phân bón để tăng thu nhập, tạo việc làm cho người địa phương.",
        {
            "oHo079": 2,
            "oHo090": 2,
            "oHo084": 2,
            "oHo088": 1,
            "oHo091": 1,
            "oHo089": 1,
            "oHo080": 1,
            "oHo149": 1,
            "oHo092": 1,
        },
    ),
    (
        "oHn28",
        "en",
        "need_ayeyawady",
        "Starting soft-shell crab ponds",
        "Group of investors in Cầu Ngang planning soft-shell crab ponds with 20-30 workers per pond; after about 45 days of culture the moulted crabs go to "
        "processing and cold storage and are shipped at 10-15 USD per kg. We need the pond design and farming protocol for soft-shell production: pond size, holding cages, stocking size and care.",
        {"oHo042": 2, "oHo044": 2, "oHo045": 2, "oHo047": 1, "oHo049": 1, "oHo046": 1, "oHo048": 1},
    ),
    (
        "oHn29",
        "vi",
        "need_nangnong",
        "Can thiet bi do canh bao nhiet do, oxy trong ao cua mua nang nong",
        "Toi nuoi tom, cua noi vu o xa Hiep My Dong, Cau Ngang, da tha giong 3 dot. Tu dau thang 4 nang oi buc keo dai, tom cua chet rai rac, nam nao cao diem nang cung vay, "
        "ai ung pho som thi thiet hai it. Can thiet bi do va canh bao nhiet do, oxy hoa tan, do man trong ao de xu ly kip (thay nuoc, suc khi) truoc khi cua chet.",
        {"oHo105": 2, "oHo106": 2, "oHo104": 2, "oHo107": 1, "oHo096": 1, "oHo126": 1},
    ),
    (
        "oHn30",
        "en",
        "need_danviet_cuachet",
        "Parasitic barnacle (Sacculina) in farmed crabs",
        "Crab and shrimp farmer in Mỹ Long Bắc, Cầu Ngang. For over a month crabs have been dying in many farms and our crab income has fallen sharply. Laboratory tests on dead crabs from the area found "
        "only the parasitic barnacle Sacculina and no white spot virus. We need help to recognise infected crabs, test our stock and control the parasite in our ponds.",
        {"oHo094": 2, "oHo095": 2, "oHo099": 2, "oHo117": 1, "oHo101": 1, "oHo102": 1},
    ),
    (
        "oHn31",
        "vi",
        "need_baotintuc_cuachet",
        "Xét nghiệm nguyên nhân cua chết 70% trong vuông",
        "Hộ nuôi cua 8 ha ở xã Trường Long Hòa, thị xã Duyên Hải. Đầu vụ thả 20.000 con giống, đến lúc thu cứ bắt 10 con thì 7 con chết; cua chết cả dưới vuông lẫn sau khi bắt, "
        "con sống thì bị ốp. Giá đang cao (cua gạch 500.000-600.000 đồng/kg, cua thịt 300.000 đồng/kg) nhưng không có cua bán. Cần đơn vị lấy mẫu, xét nghiệm và chỉ ra nguyên nhân, cách phòng.",
        {"oHo097": 2, "oHo099": 2, "oHo101": 2, "oHo102": 1, "oHo094": 1, "oHo095": 1, "oHo117": 1, "oHo100": 1},
    ),
    (
        "oHn32",
        "en",
        "need_znews_cuachet",
        "Water testing kit for crab ponds during die-offs",
        "Extension team of the agriculture office in Duyên Hải district. When crabs die in unusual numbers, officials ask farmers to measure environmental indicators in affected ponds, "
        "exchange water and treat it with probiotics while samples are tested. Farmers have no instruments. We need simple field test kits or meters for salinity, pH, alkalinity, "
        "dissolved oxygen, ammonia and nitrite, and training to use them.",
        {"oHo104": 2, "oHo106": 2, "oHo105": 1, "oHo107": 1, "oHo102": 1, "oHo096": 1},
    ),
    (
        "oHn33",
        "vi",
        "need_cdl_camau",
        "Sản xuất giống cua xanh Scylla paramamosain tại trại trong tỉnh",
        "Liên hiệp hợp tác xã ở Trà Vinh đang xây dựng nhãn hiệu cho cua thương phẩm; điều kiện là cua xanh (Scylla paramamosain) khai thác tự nhiên hoặc sinh sản nhân tạo tại trại giống trong tỉnh. "
        "Nuôi chủ yếu thả tự nhiên trong vuông tôm nên lúc thị trường cần thì sản lượng không đáp ứng. Cần quy trình sản xuất giống cua xanh để mở trại giống tại Cầu Ngang.",
        {"oHo004": 2, "oHo002": 2, "oHo003": 2, "oHo013": 2, "oHo001": 1, "oHo005": 1, "oHo014": 1, "oHo011": 1},
    ),
    (
        "oHn34",
        "en",
        "need_namcan_tem",
        "Standard tying and grading for a collective crab brand",
        "Association of crab traders in Duyên Hải town using a collective mark for local crabs (16 member businesses). We are switching to woven string for tying crabs and traceability tags threaded "
        "through the claw, and must stop fakes. Members tie and grade crabs differently. We need training and a standard for tying, grading and handling live crabs.",
        {"oHo054": 2, "oHo055": 2, "oHo053": 2, "oHo057": 1},
    ),
    (
        "oHn35",
        "vi",
        "need_cdl_bentre",
        "Nuôi cua dưới rừng phòng hộ theo hướng bền vững",
        "Hợp tác xã dịch vụ nông nghiệp ở xã Thạnh Phong, huyện Thạnh Phú. Cua biển ở đây đã có chỉ dẫn địa lý; Thạnh Phú chiếm khoảng 77% diện tích nuôi cua (14.000 ha trong 18.300 ha), "
        "nuôi cua có thể cho thu nhập tới 500 triệu đồng/ha. Chúng tôi muốn nuôi cua dưới tán rừng phòng hộ mà không chặt phá rừng: cách quây, mật độ, thức ăn và khai thác bền vững.",
        {"oHo038": 2, "oHo037": 2, "oHo040": 2, "oHo024": 2, "oHo039": 1, "oHo041": 1},
    ),
    (
        "oHn36",
        "en",
        "need_wakulla",
        "Alternatives for crab-processing solid waste",
        "District authority and two crab-picking plants in Trà Cú. Shells, backs and viscera from crab processing go to the local dump, which is filling up and smells. "
        "We need practical alternatives for managing crab processing solid waste, such as drying into meal, composting, fertiliser or chitin production, with rough costs.",
        {
            "oHo082": 2,
            "oHo090": 2,
            "oHo085": 2,
            "oHo084": 2,
            "oHo079": 2,
            "oHo091": 1,
            "oHo088": 1,
            "oHo089": 1,
            "oHo092": 1,
            "oHo083": 1,
        },
    ),
    (
        "oHn37",
        "vi",
        "need_seafish_waste",
        "Biến vỏ cua ghẹ thành chitosan để giảm chi phí xử lý",
        "Xưởng chế biến cua ghẹ ở thị xã Duyên Hải. Chi phí thu gom, xử lý vỏ ngày càng cao, có đơn vị báo giá trên 60 bảng Anh mỗi tấn, và không còn đầu ra rẻ. "
        "Chúng tôi muốn đầu tư dây chuyền sản xuất chitin, chitosan từ vỏ cua để bán, cần quy trình, hiệu quả kinh tế và đối tác công nghệ.",
        {"oHo077": 2, "oHo085": 2, "oHo082": 2, "oHo086": 2, "oHo087": 1, "oHo078": 1, "oHo093": 1, "oHo092": 1},
    ),
    (
        "oHn38",
        "en",
        "need_seafish_land",
        "Treating crab shell waste before spreading it on farmland",
        "Coconut and rice farmers' cooperative in Càng Long. Nearby crab processors give away shell waste, and spreading it on land as organic manure is the cheapest outlet, "
        "but it must first be treated (heat, digestion or composting) to meet animal by-product rules and avoid smell and flies. We need a composting or treatment method and application rates.",
        {"oHo091": 2, "oHo090": 2, "oHo079": 2, "oHo149": 1, "oHo083": 1},
    ),
    (
        "oHn39",
        "vi",
        "need_crabmeal_odour",
        "Sấy nghiền vỏ cua làm bột thức ăn chăn nuôi đạt chất lượng",
        "Cơ sở ở thị trấn Cầu Ngang thu vỏ, đầu cua từ các điểm tách thịt để làm bột thức ăn chăn nuôi. Khi máy hỏng vài ngày, phế liệu ôi thối, dân xung quanh phản ánh mùi. "
        "Cần quy trình chế biến nhanh vỏ cua thành bột (sấy, nghiền, tách phần giàu đạm) và thông tin dinh dưỡng để bán cho trại heo, gà, cá.",
        {"oHo088": 2, "oHo089": 2, "oHo084": 2, "oHo090": 1, "oHo152": 1, "oHo079": 1},
    ),
    (
        "oHn40",
        "en",
        "shell_biotech",
        "Cleaner chitin process and treatment of acid and alkali effluent",
        "Small chitin workshop in Trà Cú making chitin from crab and shrimp shells with hydrochloric acid and caustic soda. Strong acids and bases give us effluent high in COD, nitrogen and calcium, "
        "and the local environment office wants it treated. We need a wastewater treatment design for chitin production, or a cleaner process.",
        {"oHo078": 2, "oHo087": 1, "oHo086": 1, "oHo085": 1},
    ),
    (
        "oHn41",
        "vi",
        "meat_kitchen",
        "Thanh trùng thịt cua đóng lon để kéo dài hạn dùng",
        "Công ty chế biến ở TP. Trà Vinh đang bán thịt cua tươi tách sẵn, hạn dùng chỉ vài ngày. Chúng tôi muốn đóng thịt cua vào lon hoặc cốc nhựa ghép kín rồi thanh trùng "
        "ở nhiệt độ dưới mức nấu chín để diệt vi khuẩn gây bệnh, giữ vị và cấu trúc, bảo quản lạnh được lâu. Cần quy trình, thông số thanh trùng và làm nguội.",
        {"oHo067": 2, "oHo069": 1, "oHo071": 2, "oHo068": 1, "oHo070": 1, "oHo072": 1},
    ),
    (
        "oHn42",
        "en",
        "need_vietfish_price",
        "Grading live crabs into price classes",
        "Crab farm in Long Hòa, Châu Thành. Buyers pay by class: around 220,000-270,000 VND/kg for 4 crabs per kg, 300,000-350,000 for 3 per kg, 370,000-400,000 for 2 per kg, "
        "and 450,000-500,000 for grade I roe crabs. Our crabs are sold mixed and buyers downgrade them. We need a simple grading standard (size, fullness, roe) and training for our staff.",
        {"oHo055": 2, "oHo053": 1, "oHo054": 1},
    ),
    (
        "oHn43",
        "vi",
        "grow_sggp_tv",
        "Thức ăn viên cho cua nuôi quảng canh thay cá tạp",
        "Hộ nuôi cua ở xã Long Hòa, huyện Châu Thành. Trước đây nuôi quảng canh kiểu đào ao trong rừng, rào lá dừa nước, cua giống theo con nước vào ao và tự kiếm ăn, "
        "10-12 tháng mới thu nên hiệu quả thấp. Nay thả giống 2.000 m2, cho ăn cá tạp nhưng nguồn cá không ổn định, khó bảo quản. Cần thức ăn công nghiệp và cách tập cho cua ăn.",
        {"oHo030": 2, "oHo031": 2, "oHo034": 1, "oHo035": 1, "oHo036": 1, "oHo032": 1},
    ),
    (
        "oHn44",
        "en",
        "dis_camau_survey",
        "Survey and diagnosis of seasonal crab mass mortality",
        "Fisheries sub-department of Trà Vinh. The Mekong Delta has about 464,000 ha of crab farming, mostly crab with tiger shrimp. Since 2020 mass crab deaths have recurred at the change of season, "
        "before and after Tết, in coastal districts such as Duyên Hải and Cầu Ngang. We need a partner to survey farms, collect and analyse samples and propose prevention measures.",
        {"oHo097": 2, "oHo101": 2, "oHo102": 2, "oHo099": 1, "oHo117": 1, "oHo094": 1, "oHo120": 1},
    ),
    (
        "oHn45",
        "en",
        "seed_123_kythuat",
        "Moving berried females to the hatchery without losing eggs",
        "Small hatchery in Cầu Ngang. We condition broodstock of 9-10 cm carapace width in 1-2 m3 tanks, but spawning in tanks is slow, so we also buy berried females from fishers 40-60 km away. "
        "Many arrive with dropped or dead eggs. We need a transport method for egg-carrying females (timing, containers, oxygen, temperature).",
        {"oHo008": 2, "oHo051": 1, "oHo001": 1},
    ),
    (
        "oHn46",
        "vi",
        "tv_newsallq",
        "Can cong nghe nuoi cua lot, vo beo cua trong hop ban nha hang",
        "Nha toi o Cau Ngang, vung nuoi tom mat do cao nay chuyen sang nuoi cua; nam ngoai cua gia cao lai 200 trieu/ha nhung phu thuoc thuong lai Trung Quoc. "
        "Muon ung dung cong nghe nuoi cua lot hoac vo beo cua trong hop, thung nhua de co san pham chat luong cao ban nha hang trong nuoc. Can quy trinh va thiet ke he thong.",
        {"oHo045": 2, "oHo025": 2, "oHo042": 2, "oHo043": 2, "oHo028": 2, "oHo029": 1, "oHo115": 1, "oHo036": 1},
    ),
    (
        "oHn47",
        "vi",
        "soft_danviet",
        "Lọc tuần hoàn để dùng lại nước biển trong nhà nuôi cua lột",
        "Trang trại nuôi cua lột trong hộp nhựa ở TP. Vĩnh Long, xa biển, phải mua nước biển khoảng 500.000 đồng/m3; dùng khoảng 50 m3, hao hụt 10% mỗi tháng. "
        "Tỷ lệ cua chết còn khoảng 15%. Cần hệ thống lọc cơ học, lọc sinh học và sục khí để tái sử dụng nước, giữ nước sạch, giảm chết.",
        {"oHo043": 2, "oHo029": 1, "oHo115": 1, "oHo103": 1, "oHo045": 1},
    ),
    (
        "oHn48",
        "vi",
        "dist_surimi_foodnk",
        "Thịt cua thật thay surimi cho chả cua, nem cua",
        "Cơ sở sản xuất chả cua, nem cua ở TP. Vĩnh Long. Khách phàn nàn sản phẩm dùng thanh cua làm từ surimi cá minh thái, cá tuyết nên không có vị cua thật. "
        "Chúng tôi cần nguồn thịt cua tách sẵn sạch, đông lạnh, hoặc quy trình tự tách thịt cua đạt vệ sinh an toàn thực phẩm.",
        {"oHo061": 2, "oHo062": 2, "oHo122": 2, "oHo064": 2, "oHo065": 1},
    ),
    (
        "oHn49",
        "en",
        "dist_long_ghe_qn",
        "Keeping trap-caught crabs alive for a better price",
        "Small-scale fishers in Trường Long Hòa, Duyên Hải town, catch crabs and swimming crabs with baited traps set in lines near shore and haul them at night. "
        "Crabs are tied on deck and many are weak or dead by the time they reach the buyer next morning, selling at half price. We need simple on-board and shore holding methods to keep them alive.",
        {"oHo057": 2, "oHo060": 2, "oHo051": 2, "oHo053": 2, "oHo058": 1},
    ),
    (
        "oHn50",
        "vi",
        "dist_shrimp_hatch_tb",
        "Chuyển một phần trại giống tôm sang sản xuất cua giống",
        "Trại giống tôm sú ở thị xã Duyên Hải có sẵn bể lắng, bể lọc, bể nuôi vỗ, bể ương, nguồn nước biển 28-32‰, pH 7,5-8,3 và điện lưới. Mùa vụ tôm giống bấp bênh, "
        "trong khi nhu cầu cua giống cao. Chúng tôi muốn chuyển một phần bể sang sản xuất cua giống: nuôi vỗ cua mẹ, ương ấu trùng đến cua con.",
        {"oHo002": 2, "oHo003": 2, "oHo013": 2, "oHo004": 1, "oHo001": 1, "oHo011": 1},
    ),
    (
        "oHn51",
        "vi",
        "dist_chitosan_buoi",
        "Nguồn chitosan từ vỏ cua địa phương để bảo quản bưởi",
        "Hợp tác xã bưởi da xanh ở huyện Càng Long đã biết màng chitosan giúp bưởi giữ màu, ăn được sau 3 tháng, tốt hơn bao PE, nhưng chitosan mua ngoài đắt. "
        "Trong tỉnh có nhiều vỏ cua từ các cơ sở tách thịt. Chúng tôi cần quy trình hoặc đối tác sản xuất chitosan từ vỏ cua với giá hợp lý.",
        {"oHo077": 2, "oHo085": 2, "oHo086": 1, "oHo083": 1, "oHo082": 1, "oHo137": 1},
    ),
    (
        "oHn52",
        "en",
        "dist_fishmeal_techno",
        "Adding crab-processing waste to a fishmeal line",
        "Fishmeal plant in Định An, Trà Cú, that cooks, presses, dries (to 8-12% moisture) and mills fish waste and low-value fish into feed meal and technical oil. "
        "Crab pickers nearby offer us their shells and viscera. We need to know how to process crab waste into a saleable crab meal and what its feed value and limits are.",
        {"oHo088": 2, "oHo084": 2, "oHo089": 1, "oHo090": 1, "oHo141": 1},
    ),
    (
        "oHn53",
        "vi",
        "water_shrimp_salinity",
        "Cua lot bat thuong, chet sau mua do do man giam dot ngot",
        "Ao cua cua toi o xa Hoa Minh, Chau Thanh rong 3.000 m2. Sau may tran mua lon do man tut nhanh, cua lot vo bat thuong, yeu roi chet; luc tha giong cung hay chet. "
        "Toi biet tom the, tom su moi loai co nguong do man rieng nhung khong biet voi cua. Can huong dan giu do man on dinh, thuan giong va theo doi do man cho ao cua.",
        {"oHo108": 2, "oHo110": 1, "oHo107": 1, "oHo104": 1, "oHo022": 1, "oHo127": 1},
    ),
    (
        "oHn54",
        "en",
        "water_auto_ho_tom",
        "Online oxygen and salinity alarms for crab grow-out ponds",
        "Crab farm with eight ponds in Cầu Ngang. Staff measure water by hand once a day and miss night-time oxygen crashes and salinity drops after rain. "
        "We want automatic sensors that log dissolved oxygen, salinity and temperature, send data to phones and raise alarms, at a cost a small farm can afford.",
        {"oHo105": 2, "oHo106": 2, "oHo107": 2, "oHo104": 1, "oHo126": 1},
    ),
    (
        "oHn55",
        "vi",
        "live_memart_freeze",
        "Trữ cua sống vài ngày cho nhà hàng hải sản",
        "Nhà hàng hải sản ở TP. Vĩnh Long nhập cua sống từ Duyên Hải mỗi tuần hai lần. Hiện cua được để trong ngăn mát hoặc ngâm nước nên chết nhiều sau 1-2 ngày, "
        "phải cấp đông bán rẻ. Cần cách trữ cua sống 3-5 ngày (nhiệt độ, độ ẩm, thùng chứa) và cách loại cua yếu.",
        {"oHo057": 2, "oHo053": 2, "oHo051": 2, "oHo054": 1, "oHo145": 1, "oHo060": 1},
    ),
    (
        "oHn56",
        "vi",
        "meat_ghe_rangme",
        "Món cua, ghẹ chế biến sẵn cần kéo dài hạn sử dụng",
        "Cơ sở chế biến đặc sản ở thị xã Duyên Hải làm ghẹ rang me, cua rang me đóng hộp bán quà tặng; quy trình gồm sơ chế, chế biến, đóng gói nhưng chỉ giữ lạnh được vài ngày. "
        "Muốn thanh trùng sản phẩm trong bao bì kín và bảo quản lạnh để bán siêu thị, cần thông số và quy trình kiểm soát.",
        {"oHo067": 2, "oHo071": 2, "oHo069": 1, "oHo068": 1, "oHo070": 1, "oHo066": 1},
    ),
    (
        "oHn57",
        "en",
        "dist_bluecrabfarms",
        "Designing an indoor recirculating crab farm",
        "Investor in Vĩnh Long city, far from the coast, planning an intensive indoor crab farm because land and labour near the sea are expensive. Intensive systems use about 1 m3 of water per m2 a year "
        "unless water is treated and reused. We need a design for individual crab boxes with water recirculation and treatment for fattening and soft-shell production.",
        {"oHo029": 2, "oHo028": 2, "oHo115": 1, "oHo043": 1, "oHo045": 1, "oHo103": 1, "oHo025": 1},
    ),
    (
        "oHn58",
        "vi",
        "shell_chicken",
        "Dùng bột vỏ cua bổ sung canxi cho gà đẻ",
        "Trại gà đẻ 5.000 con ở huyện Càng Long đang phải mua bột đá vôi và bột sò bổ sung canxi. Gần đó có nguồn vỏ cua từ cơ sở tách thịt. "
        "Chúng tôi cần hướng dẫn chế biến vỏ cua (rửa, hấp, nghiền) thành bột an toàn và tỷ lệ phối trộn vào khẩu phần gà, lưu ý về mùi và chất béo.",
        {"oHo088": 2, "oHo084": 1, "oHo089": 1, "oHo152": 1},
    ),
    (
        "oHn59",
        "en",
        "live_crawfish",
        "Better packing for live crabs trucked to Ho Chi Minh City",
        "Cooperative in Cầu Ngang sending live crabs by truck to Ho Chi Minh City (about 6 hours). Crabs travel in mesh sacks piled on an open truck, sometimes with ice, and the bottom sacks "
        "get crushed or dry out. We need packing and holding practices (containers, moisture, temperature, stacking) to cut losses.",
        {"oHo053": 2, "oHo051": 2, "oHo057": 2, "oHo052": 2, "oHo150": 1, "oHo054": 1, "oHo058": 1, "oHo060": 1},
    ),
    (
        "oHn60",
        "en",
        "poly_tomlua",
        "Adding crabs to rice-shrimp rotation fields",
        "Farmers in Trà Cú growing tiger shrimp in the dry season and rice in the rainy season, with ring canals covering 20-30% of the field and 0.5-0.6 m of water on the platform. "
        "We want to stock crabs in the shrimp season, or even with the rice, to raise income. We need guidance on stocking crabs in rice-shrimp fields and keeping them from escaping.",
        {"oHo017": 2, "oHo125": 1, "oHo108": 1, "oHo114": 1},
    ),
    (
        "oHn61",
        "vi",
        "shell_thanhnien",
        "Sản xuất chitin độ tinh khiết cao từ vỏ cua cho ngành dược",
        "Doanh nghiệp dược liệu ở TP. Trà Vinh quan tâm chitin trong vỏ cua vì có thể làm nguyên liệu thuốc, vật liệu sinh học. Chúng tôi cần quy trình tách chitin, chitosan từ vỏ cua "
        "ở quy mô pilot, ưu tiên phương pháp ít hóa chất để giữ chất lượng polymer.",
        {"oHo077": 2, "oHo085": 2, "oHo087": 2, "oHo086": 1, "oHo081": 1, "oHo093": 1},
    ),
    (
        "oHn62",
        "en",
        "need_taninthayi",
        "Nursery of young crabs for a soft-shell farm",
        "Soft-shell crab farm in Trà Cú. We currently buy crab larvae and small juveniles and keep one- to two-month-old crabs in baskets until they are about three months old, with many losses; "
        "raw material demand is high and workers are scarce. We need an efficient nursery system to raise small crabs to stocking size.",
        {"oHo006": 2, "oHo012": 2, "oHo010": 2, "oHo110": 2, "oHo116": 1},
    ),
    (
        "oHn63",
        "vi",
        "need_rakhine",
        "Bảo vệ nguồn cua tự nhiên vùng rừng ven biển",
        "Ban quản lý rừng phòng hộ ven biển thị xã Duyên Hải. Nhu cầu cua lớn khiến cua nhỏ bị bắt bán ngoài chợ; chúng tôi được giao chọn nơi lập khu bảo tồn cua tự nhiên và "
        "quản lý khai thác bền vững, đồng thời mở rộng nuôi cua. Cần tư vấn quy định khai thác, quản lý nguồn giống và mô hình nuôi thân thiện với rừng.",
        {"oHo041": 2, "oHo040": 2, "oHo002": 1, "oHo037": 1, "oHo120": 1},
    ),
    (
        "oHn64",
        "en",
        "need_namnam",
        "Fattening females into roe crabs for the premium market",
        "Crab farm near Duyên Hải town selling through wholesale collectors to Ho Chi Minh City exporters; about 70% of live roe crabs are flown out and fetch the best prices. "
        "Many of our females are harvested with little roe. We need a short fattening method to bring females to full roe before sale, in ponds or floating cages.",
        {"oHo019": 2, "oHo021": 2, "oHo018": 2, "oHo020": 1, "oHo026": 1},
    ),
    (
        "oHn65",
        "vi",
        "need_cdl_bentre",
        "Nuôi cua trong lồng cá thể cắm dưới tán rừng",
        "Hộ dân nhận khoán rừng ở xã Thạnh Hải, huyện Thạnh Phú; cua biển địa phương có chỉ dẫn địa lý nhưng quy định không cho đào ao trong rừng. "
        "Chúng tôi muốn thử nuôi từng con cua trong lồng nhỏ cắm dưới tán rừng, cho ăn lúc triều lên, cần mẫu lồng, kích cỡ cua thả và loại thức ăn phù hợp.",
        {"oHo039": 2, "oHo037": 1, "oHo038": 1},
    ),
    (
        "oHn66",
        "en",
        "grow_vietlinh_tv",
        "Fattening crabs in net pens under mangroves",
        "Farmer in Dân Thành, Duyên Hải, who replanted 5.5 ha of former shrimp ponds with mangroves and keeps crabs and tiger shrimp under the trees. "
        "I want to fatten lean crabs inside the forest in net pens before the Mid-Autumn peak, without cutting trees. I need pen design, stocking size and feeding.",
        {"oHo037": 2, "oHo038": 2, "oHo026": 1, "oHo039": 1, "oHo018": 1},
    ),
    (
        "oHn67",
        "vi",
        "seed_tv_33m",
        "Can cach chon cua giong hat tieu khoe truoc khi mua",
        "Toi o xa Long Vinh, Duyen Hai. Dau mua ba con tha hang chuc trieu con cua giong, toi mua cua hat tieu tu nhieu trai nhung moi dot song khac nhau. "
        "Can tieu chi chon cua giong khoe (kich co, mau, phan ung, phu bo) va cach kiem tra truoc khi nhan hang.",
        {"oHo006": 2, "oHo110": 2, "oHo015": 1},
    ),
    (
        "oHn68",
        "en",
        "dist_crabstick_en",
        "Real crab meat for a seafood-stick product line",
        "Food company in Vĩnh Long making crab sticks from cod surimi on a line that chops, fills, cooks, rolls and vacuum packs. We want a premium line containing real crab meat "
        "and need a reliable supply of cooked picked crab meat, or a picking process, that meets food-safety limits.",
        {"oHo064": 2, "oHo061": 2, "oHo062": 2, "oHo065": 1, "oHo122": 1},
    ),
    (
        "oHn69",
        "en",
        "need_foodmanufacture",
        "Finding outlets for crab-processing leftovers",
        "Crab processor in Cầu Ngang paying three times for waste: transport, treatment and landfill. Some processors even stockpile waste because disposal costs so much, and some sell "
        "flesh left on shells as bait. We need outlets that bring money in, such as bait, feed or fertiliser.",
        {"oHo090": 2, "oHo082": 2, "oHo084": 1, "oHo088": 1, "oHo092": 1},
    ),
    (
        "oHn70",
        "vi",
        "grow_sggp_tv",
        "Nâng cấp ao cua quảng canh rào lá dừa nước",
        "Hộ nuôi ở xã Long Hòa, huyện Châu Thành vẫn nuôi cua kiểu cũ: đào ao trong rừng, bao quanh bằng lá dừa nước, cua con theo con nước rong vào rồi đóng cống, 10-12 tháng mới thu. "
        "Cua hay thoát, ao cạn. Cần thiết kế lại ao: độ sâu, bờ, đăng lưới, cống để giữ cua và chủ động thả giống.",
        {"oHo024": 2, "oHo016": 2, "oHo018": 1},
    ),
    (
        "oHn71",
        "en",
        "need_thai_ponds",
        "Growing natural food in low-input crab ponds",
        "Coastal farmers in Cầu Ngang raising mud crab in former shrimp ponds under natural and semi-natural systems, with little cash for trash fish or pellets. "
        "We need ways to increase natural food in the ponds (worms, small crustaceans, snails) and cheap local feeds.",
        {"oHo034": 2, "oHo035": 1, "oHo030": 1, "oHo031": 1},
    ),
    (
        "oHn72",
        "vi",
        "need_mmtimes",
        "Nuôi cua con 100 g đến khi lột để làm cua lột",
        "Công ty cua lột ở thị xã Duyên Hải mua cua con khoảng 100 g, nuôi đến khi sắp lột; cua vừa lột được chuyển sang nước ngọt để vỏ không cứng lại. "
        "Cần quy trình nuôi cua lột trong ao và lồng: mật độ, chăm sóc, kiểm tra cua lột và thu hoạch kịp thời.",
        {"oHo042": 2, "oHo044": 2, "oHo045": 2, "oHo047": 1, "oHo048": 1, "oHo046": 1},
    ),
    (
        "oHn73",
        "en",
        "seed_tv_wild",
        "Dry packing wild crab seed for long-distance buyers",
        "Seed collector in Mỹ Long Nam, Cầu Ngang. Each season we buy 3,000-6,000 wild crab seed a day from local catchers and sell them to farmers here and in Sóc Trăng, Bạc Liêu and Cà Mau. "
        "Losses during trips of a day or more are high. We need a packing and transport method for juvenile crabs.",
        {"oHo015": 2, "oHo006": 2, "oHo017": 1},
    ),
    (
        "oHn74",
        "vi",
        "need_irvington",
        "Vệ sinh xưởng tách thịt cua: bàn, găng tay, sàn, cống",
        "Cơ sở tách thịt cua ở huyện Trà Cú bán thịt càng, thịt thân đóng gói 0,5 kg. Đợt kiểm tra vừa rồi phát hiện Listeria ở khu nấu và dụng cụ, phải tạm ngừng sản xuất. "
        "Cần quy trình làm vệ sinh, kiểm tra bề mặt và lấy mẫu môi trường định kỳ cho khu tách thịt.",
        {"oHo072": 2, "oHo075": 2, "oHo074": 2, "oHo076": 1, "oHo073": 1},
    ),
    (
        "oHn75",
        "en",
        "need_cdl_camau",
        "Biosecurity for a new crab hatchery",
        "Cooperative union opening a green mud crab hatchery in Cầu Ngang so that local crabs can carry the provincial mark, which requires seed from in-province hatcheries. "
        "We need biosecurity and disease-prevention procedures: disinfection of tanks and tools, broodstock treatment, quarantine and health checks of larvae.",
        {"oHo101": 2, "oHo094": 2, "oHo003": 1, "oHo102": 1, "oHo098": 1},
    ),
]
