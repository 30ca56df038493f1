"""Needs of the holdout224 set (dairy cows and milk): (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "qRn01",
        "vi",
        "soctrang",
        "HTX ở Cầu Ngang cần bò cái lai hướng sữa chịu nóng để phát triển đàn",
        "Hợp tác xã của bà con Khmer ở huyện Cầu Ngang, Trà Vinh muốn nhân rộng nuôi bò sữa như một hướng thoát nghèo (một con bò cho sữa khoảng "
        "10 tháng/năm, thu nhập ngang một ha lúa). Cần nguồn bò cái lai HF phù hợp khí hậu nóng ẩm và tư vấn chọn tỷ lệ máu lai cho hộ mới nuôi.",
        {"qRo001": 2, "qRo005": 2, "qRo008": 2, "qRo002": 2, "qRo007": 1, "qRo006": 1},
    ),
    (
        "qRn02",
        "en",
        "lamdong_hf",
        "Which Holstein blood level should our crossbred herd keep? Fat percentage is falling",
        "Dairy cooperative in Châu Thành, Trà Vinh: our 7/8 HF cows give more milk than the F1s but their milk fat keeps dropping and the F1s "
        "get pregnant earlier. We want a breeding and selection plan based on real genetic data to balance yield, fat and fertility.",
        {"qRo006": 2, "qRo002": 2, "qRo005": 2, "qRo008": 1, "qRo007": 1},
    ),
    (
        "qRn03",
        "vi",
        "estrus_vn",
        "Cần dịch vụ phát hiện động dục và phối giống kịp thời cho đàn bò sữa",
        "Trang trại 25 bò sữa ở Càng Long thường bỏ lỡ thời điểm bò lên giống, phối trễ nên khoảng cách lứa đẻ kéo dài, nhiều bò sau đẻ 5 tháng vẫn "
        "chưa phối được. Cần kỹ thuật viên thụ tinh nhân tạo theo dõi động dục và phối đúng lúc, kèm hướng dẫn cho công nhân.",
        {"qRo003": 2, "qRo009": 2, "qRo010": 1},
    ),
    (
        "qRn04",
        "en",
        "heatdetect_vn",
        "Heifers over two years old never showing heat: need a treatment protocol",
        "Farm in Tiểu Cần, Trà Vinh: several heifers past 26 months have still not shown standing heat, and we cannot afford to keep feeding them. "
        "We need a veterinary hormone or synchronisation protocol with realistic conception rates and costs.",
        {"qRo004": 2, "qRo009": 1},
    ),
    (
        "qRn05",
        "vi",
        "nongho_ch1",
        "Can tinh bo sua HF va dich vu gieo tinh tai nha o Tra Cu",
        "Nha toi o xa Ngoc Bien, Tra Cu nuoi 3 con bo sua lai, muon phoi tinh HF cho bo cai dang len giong. Can nguoi co tinh dong lanh "
        "va ky thuat vien den nha gieo tinh nhan tao, chi cach nhin bo len giong de goi dung luc.",
        {"qRo003": 2, "qRo009": 2, "qRo010": 1},
    ),
    (
        "qRn06",
        "vi",
        "vl_heat",
        "Bò sữa thở dốc, giảm sữa mùa nắng: cần hệ thống quạt và phun nước",
        "Trại 30 bò ở Long Hồ, Vĩnh Long mùa khô nắng gắt: bò thở há miệng, bồn chồn, chảy dãi, ăn ít, sữa giảm rõ và khó đậu thai. "
        "Cần thiết kế và lắp hệ thống làm mát (quạt, vòi phun) cho khu chờ vắt và máng ăn.",
        {"qRo016": 2, "qRo021": 2, "qRo146": 2, "qRo017": 2, "qRo018": 1, "qRo020": 1, "qRo007": 1},
    ),
    (
        "qRn07",
        "en",
        "vl_heat",
        "Early warning of heat stress in cattle for a cooperative in Trà Ôn",
        "Our livestock cooperative in Trà Ôn, Vĩnh Long wants members to recognise heat stress before cows collapse or lose fertility: simple ways "
        "to measure breathing rate, temperature and barn temperature-humidity, with thresholds that trigger action.",
        {"qRo019": 2, "qRo020": 1, "qRo007": 1, "qRo017": 1, "qRo016": 1},
    ),
    (
        "qRn08",
        "vi",
        "stress_hcm",
        "Chuồng bò sữa mái thấp, bí gió ở Vũng Liêm cần thông gió",
        "Chuồng 40 bò sữa ở Vũng Liêm xây sát nhà, hẹp, mái chỉ cao khoảng 3 m nên gió lưu thông kém, nóng ẩm cả ban đêm; bò lai HF ăn giảm, sữa giảm, ít biểu hiện lên giống. "
        "Cần đơn vị tính toán và lắp quạt thông gió, kết hợp làm ướt bò cho phù hợp.",
        {"qRo017": 2, "qRo016": 2, "qRo021": 2, "qRo018": 1, "qRo019": 1},
    ),
    (
        "qRn09",
        "en",
        "heat_bavi",
        "Heat-tolerant dairy cows for the coastal district of Duyên Hải",
        "Investors planning a small dairy near Duyên Hải, Trà Vinh, where summers are hot and humid, saw studies showing F1 and F2 crossbreds "
        "losing intake and milk in hot months. We need advice and stock of crossbred or heat-tolerant cows that will keep producing.",
        {"qRo007": 2, "qRo002": 2, "qRo001": 2, "qRo008": 1, "qRo005": 1, "qRo138": 1},
    ),
    (
        "qRn10",
        "vi",
        "tmr_review",
        "HTX bò sữa Tam Bình muốn chuyển sang cho ăn TMR",
        "Các hộ thành viên HTX ở Tam Bình, Vĩnh Long đang cho ăn cỏ, cám, bã riêng lẻ, tốn công và bò lựa ăn. HTX muốn chuyển sang khẩu phần "
        "trộn hỗn hợp hoàn chỉnh (TMR): cần quy trình phối trộn, công thức theo giai đoạn và tư vấn máy trộn.",
        {"qRo022": 2, "qRo024": 2, "qRo027": 2, "qRo023": 2, "qRo025": 2, "qRo026": 1, "qRo035": 1},
    ),
    (
        "qRn11",
        "en",
        "tmr_camnang",
        "Feed mill wants to produce ready-mixed TMR for dairy smallholders",
        "A feed company in Trà Vinh city wants to open a central TMR mixing line and deliver complete mixed feed daily to smallholder dairy "
        "households around Càng Long and Châu Thành. We need a proven production model and recipes.",
        {"qRo024": 2, "qRo023": 1, "qRo025": 1, "qRo027": 1, "qRo026": 1},
    ),
    (
        "qRn12",
        "vi",
        "tmr_lamdong",
        "Tan dung ba bia, ba khoai mi phoi tron khau phan cho bo sua",
        "Trai bo sua o Binh Minh, Vinh Long mua duoc ba bia va ba khoai mi gia re, muon tron chung voi co va cam thanh khau phan tron cho bo "
        "de giam chi phi ma khong giam sua. Can huong dan ty le phoi tron, do am va cach tinh luong an.",
        {"qRo026": 2, "qRo027": 2, "qRo035": 1, "qRo024": 1},
    ),
    (
        "qRn13",
        "en",
        "benison_tmr",
        "Evidence that TMR raises milk yield before we invest in a mixer",
        "Dairy cooperative in Càng Long, Trà Vinh: members feed straw, grass and concentrate separately. Before buying a mixer wagon we want "
        "trial data or a pilot showing how much more milk, and what effect on fertility, a total mixed ration gives.",
        {"qRo023": 2, "qRo028": 2, "qRo022": 1, "qRo027": 1, "qRo024": 1},
    ),
    (
        "qRn14",
        "vi",
        "urea_straw_vl",
        "Ủ rơm tươi với urê làm thức ăn cho bò sữa mùa mưa ở Trà Ôn",
        "Tổ hợp tác chăn nuôi ở xã Vĩnh Xuân, Trà Ôn có nhiều rơm sau thu hoạch nhưng mùa mưa không phơi được, rơm mốc; thiếu cỏ những ngày mưa. "
        "Cần kỹ thuật ủ rơm tươi nguyên cuộn với urê (có thể thêm rỉ mật, muối) để bò ăn được nhiều và không phải đốt rơm.",
        {"qRo029": 2, "qRo030": 2, "qRo031": 1, "qRo032": 1},
    ),
    (
        "qRn15",
        "en",
        "marphavet",
        "Dry-season feed gap for dairy households in Cầu Kè",
        "About 40 smallholder dairy households in Cầu Kè, Trà Vinh lose a large share of milk every dry season when green grass runs out. They "
        "have plenty of rice straw. We need a practical feeding strategy, including straw treatment, to keep cows milking.",
        {"qRo032": 2, "qRo030": 2, "qRo029": 2, "qRo031": 1, "qRo036": 1, "qRo039": 1, "qRo148": 1},
    ),
    (
        "qRn16",
        "vi",
        "urea_paper",
        "Xử lý rơm khô dự trữ bằng urê và vôi cho bò ở Tiểu Cần",
        "Hộ nuôi 6 bò sữa ở Tiểu Cần đã phơi khô rơm chất đống nhưng bò ăn ít, chậm lớn. Cần công thức kiềm hóa rơm khô bằng urê, vôi, cách làm hố "
        "hoặc bao ủ đơn giản và lượng cho ăn.",
        {"qRo031": 2, "qRo029": 1, "qRo032": 1},
    ),
    (
        "qRn17",
        "vi",
        "silage_khcn",
        "Trại bò sữa ở Mang Thít cần cách ủ chua bắp cây không cần xe nén",
        "Trại 20 bò ở Mang Thít, Vĩnh Long trồng bắp làm thức ăn nhưng không có hố ủ lớn hay máy kéo để nén. Cần cách ủ chua bắp cây (hoặc thân bắp) "
        "trong túi, bao, chất phụ gia và thời gian bảo quản.",
        {"qRo036": 2, "qRo037": 2, "qRo148": 2, "qRo039": 2, "qRo040": 1, "qRo043": 1, "qRo042": 1},
    ),
    (
        "qRn18",
        "en",
        "silage_ngo",
        "Concrete silage bunker for about 50 tonnes of maize",
        "A dairy cooperative in Càng Long, Trà Vinh, plans to ensile around 50 tonnes of whole maize a season. We want to build a concrete bunker "
        "and need guidance on wilting, layer thickness, compaction, additives and sealing.",
        {"qRo038": 2, "qRo041": 2, "qRo051": 1, "qRo040": 1, "qRo043": 1},
    ),
    (
        "qRn19",
        "vi",
        "silage_dna",
        "Can cach u chua co voi du tru cho bo o Cau Ngang",
        "Nha toi o Cau Ngang trong 3 cong co voi, mua mua co du thua ma mua kho thi thieu. Muon u chua co de danh nhung so bi moc, "
        "can may bam co va cach u trong bao hoac ho xi mang cho dung.",
        {"qRo039": 2, "qRo043": 2, "qRo038": 1, "qRo037": 1},
    ),
    (
        "qRn20",
        "en",
        "silage_fao",
        "When should we harvest maize for silage, and how short to chop?",
        "Farmers in Bình Tân, Vĩnh Long, growing maize under contract for dairy farms need clear rules on the crop stage and dry matter at harvest, "
        "stubble height and chop length for good silage.",
        {"qRo040": 2, "qRo041": 1, "qRo037": 1, "qRo052": 1},
    ),
    (
        "qRn21",
        "en",
        "silage_ecosyl",
        "Mouldy, spoiled maize silage: we need an inoculant and better sealing",
        "Dairy farm in Long Hồ, Vĩnh Long: a good part of our maize silage heats and turns mouldy, and cows eat less of it. We want an inoculant "
        "and a method that keeps air out during storage and feeding.",
        {"qRo036": 2, "qRo148": 2, "qRo038": 1, "qRo051": 1, "qRo042": 1},
    ),
    (
        "qRn22",
        "vi",
        "va06_vl",
        "HTX ở Vũng Liêm cần giống cỏ năng suất cao cho đất liếp",
        "HTX chăn nuôi bò ở Vũng Liêm, Vĩnh Long muốn thay cỏ lông tây, cỏ sả bằng giống cỏ cho năng suất cao, bò thích ăn, trồng được trên liếp, bờ vùng. "
        "Cần nguồn hom hoặc hạt giống và hướng dẫn trồng, bón phân, cắt lứa.",
        {"qRo044": 2, "qRo046": 2, "qRo047": 2, "qRo049": 1, "qRo048": 1, "qRo050": 1},
    ),
    (
        "qRn23",
        "en",
        "va06_hatay",
        "Drought-tolerant forage grass for sandy soil in Trà Cú",
        "Farmer group in Trà Cú, Trà Vinh, on sandy soil with little water in the dry season, wants a high-yield forage grass for dairy cows "
        "that survives drought. Planting material or seed and guidance needed.",
        {"qRo045": 2, "qRo046": 2, "qRo047": 1, "qRo048": 1},
    ),
    (
        "qRn24",
        "en",
        "napier_farmsphere",
        "Our Napier grass is tall and stemmy and the cows refuse it",
        "Dairy farm in Tiểu Cần, Trà Vinh: we cut elephant grass every two months when it is over 1.5 m tall; cows leave the stems and milk is low. "
        "We need a better planting and cutting regime, or better Napier varieties.",
        {"qRo048": 2, "qRo049": 2},
    ),
    (
        "qRn25",
        "vi",
        "napier_frontiers",
        "Cỏ voi năng suất và đạm thấp: cần kỹ thuật mật độ trồng, lịch cắt",
        "Hộ nuôi bò sữa ở Châu Thành, Trà Vinh trồng cỏ voi thưa, cắt thưa, cỏ già nhiều xơ, bò ăn vào ít đạm. Cần hướng dẫn khoảng cách trồng, "
        "số lứa cắt trong năm và chiều cao cắt để tăng cả năng suất lẫn chất lượng.",
        {"qRo050": 2, "qRo049": 2, "qRo044": 1},
    ),
    (
        "qRn26",
        "vi",
        "mulato",
        "Cần hạt giống cỏ trồng bằng hạt cho 2 ha ở Càng Long",
        "Trang trại ở Càng Long muốn trồng 2 ha cỏ làm thức ăn xanh cho bò sữa, ưu tiên giống gieo bằng hạt để giảm chi phí hom, cỏ nhiều lá, đạm khá. "
        "Cần nguồn hạt và kỹ thuật gieo.",
        {"qRo046": 2, "qRo044": 1},
    ),
    (
        "qRn27",
        "vi",
        "milking_ch5",
        "Hộ 8 bò ở Tiểu Cần cần máy vắt sữa di động",
        "Gia đình ở Tiểu Cần nuôi 8 bò sữa, mỗi ngày vắt tay hai lần rất mất công, bò sản lượng cao vắt không kịp. Cần máy vắt sữa di động "
        "1-2 bình, dễ vệ sinh, có người hướng dẫn và bảo trì.",
        {"qRo053": 2, "qRo054": 2, "qRo055": 2, "qRo064": 1},
    ),
    (
        "qRn28",
        "en",
        "bucket_milker",
        "Service for a portable milker with irregular pulsation",
        "Smallholder in Càng Long, Trà Vinh, with a second-hand bucket milker: pulsation is irregular, cows kick and some milk was sucked into the "
        "vacuum line. We need a technician to set the vacuum level and pulsation and replace worn liners and tubes.",
        {"qRo054": 2, "qRo053": 1, "qRo059": 1},
    ),
    (
        "qRn29",
        "vi",
        "sgg_vnm",
        "Can he thong vat sua theo dan cho trai 60 con o Long Ho",
        "Trai bo sua o Long Ho, Vinh Long dang mo rong len 60 con, vat bang may xach tay tung con khong kip. Can thiet ke va lap phong vat sua "
        "vat nhieu con mot luc, sua chay theo ong vao bon lanh.",
        {"qRo064": 2, "qRo053": 1, "qRo054": 1},
    ),
    (
        "qRn30",
        "en",
        "israel",
        "Does milking three times a day pay for our high-yielding cows?",
        "Dairy farm in Vĩnh Long with cows giving over 20 kg a day currently milks twice at uneven intervals. We want expert advice on milking "
        "frequency and interval and the expected gain in milk.",
        {"qRo062": 2},
    ),
    (
        "qRn31",
        "vi",
        "tienphong",
        "Sữa bị nhà máy trả về do tổng vi khuẩn cao: cần tập huấn vắt sữa vệ sinh",
        "HTX bò sữa ở Càng Long bị trừ giá, có lần bị trả sữa vì tổng số vi khuẩn vượt chuẩn. Cần tập huấn cho thành viên quy trình vắt sữa sạch, "
        "vệ sinh bầu vú, dụng cụ và bảo quản sữa sau vắt.",
        {"qRo056": 2, "qRo057": 2, "qRo059": 2, "qRo060": 2, "qRo058": 2, "qRo154": 2, "qRo061": 1, "qRo080": 1},
    ),
    (
        "qRn32",
        "en",
        "vigyan",
        "Cleaning and sanitising programme for milk cans and bucket milkers",
        "Collection group in Tam Bình, Vĩnh Long: milk keeps failing bacterial tests although milkers wash udders; we suspect residues in cans, "
        "buckets and milker tubes. We need detergents and a washing routine after every milking.",
        {"qRo059": 2, "qRo060": 1, "qRo057": 1, "qRo054": 1},
    ),
    (
        "qRn33",
        "en",
        "predip_jfp",
        "Training milkers in pre-milking udder preparation",
        "Dairy cooperative in Cầu Kè, Trà Vinh: new infections are rising and teats are often milked wet and dirty. We want a trainer to teach "
        "washing or predipping, drying and fore-stripping before the cluster goes on.",
        {"qRo058": 2, "qRo154": 2, "qRo056": 2, "qRo060": 1, "qRo093": 1},
    ),
    (
        "qRn34",
        "vi",
        "milkstone",
        "Thay can nhựa bằng can inox và kiểm tra tia sữa đầu",
        "Tổ hợp tác ở Trà Ôn nhận thấy xô, can nhựa khó rửa sạch là nguồn vi khuẩn chính trong sữa. Muốn chuyển sang can nhôm hoặc inox chuyên dụng "
        "và áp dụng quy trình vắt bỏ, kiểm tra tia sữa đầu để loại sữa bất thường.",
        {"qRo060": 2, "qRo056": 2, "qRo154": 1, "qRo089": 1},
    ),
    (
        "qRn35",
        "vi",
        "lamdong_plant",
        "Xã ở Cầu Ngang cần xây trạm thu gom, làm lạnh sữa cho 60 hộ",
        "Khoảng 60 hộ nuôi bò sữa ở xã Hiệp Mỹ, Cầu Ngang phải chở sữa xa, sữa dễ hư. Cần thiết kế trạm thu gom gần hộ, bồn làm lạnh, quy trình "
        "tiếp nhận, kiểm tra và ước tính vốn đầu tư.",
        {"qRo065": 2, "qRo066": 2, "qRo069": 2, "qRo150": 2, "qRo149": 2, "qRo070": 1, "qRo071": 1, "qRo084": 1},
    ),
    (
        "qRn36",
        "en",
        "energypedia",
        "Milk cooling without grid power for remote farms in Duyên Hải",
        "Dairy households near Duyên Hải, Trà Vinh produce 5-20 litres a day each, have no reliable grid power and lose evening milk before the "
        "morning collection. We need an off-grid cooling solution at farm or group level.",
        {"qRo067": 2, "qRo068": 2, "qRo071": 1},
    ),
    (
        "qRn37",
        "en",
        "agcenture",
        "2,000-litre bulk cooling tank for a cooperative in Tam Bình",
        "Cooperative in Tam Bình, Vĩnh Long collecting about 1,500-2,000 litres a day needs a stainless bulk tank that cools to 4 °C, holds "
        "temperature during power cuts, and a supplier for installation and service.",
        {"qRo070": 2, "qRo149": 2, "qRo069": 2, "qRo066": 1},
    ),
    (
        "qRn38",
        "vi",
        "hagra",
        "Can bon lam lanh sua 500 lit cho HTX o Tra On, dien 1 pha",
        "HTX o Tra On, Vinh Long gom khoang 400-500 lit sua moi ngay, chi co dien 1 pha. Can bon lam lanh sua loai phu hop (bon da hoac bon "
        "lanh truc tiep nho), giu sua 3-4 do, co lap dat va bao hanh.",
        {"qRo069": 2, "qRo149": 2, "qRo071": 1},
    ),
    (
        "qRn39",
        "en",
        "coimbatore",
        "Pay farmers by fat and SNF: milk analyser for our collection point",
        "Collection point in Châu Thành, Trà Vinh, pays by volume only and farmers complain; some milk may be watered. We need an analyser that "
        "measures fat, SNF, density and added water quickly so we can price each delivery.",
        {"qRo072": 2, "qRo081": 1, "qRo079": 1, "qRo076": 1},
    ),
    (
        "qRn40",
        "vi",
        "unisensor",
        "HTX cần bộ test nhanh tồn dư kháng sinh trong sữa",
        "Nhà máy vừa từ chối một xe sữa của HTX ở Càng Long vì phát hiện kháng sinh. HTX cần bộ kiểm tra nhanh tại trạm để thử sữa từng hộ, "
        "đặc biệt bò mới điều trị, trước khi đổ vào bồn chung.",
        {"qRo074": 2, "qRo081": 1},
    ),
    (
        "qRn41",
        "en",
        "app_harsh",
        "Mobile app to record each farmer's milk deliveries and payments",
        "Milk collection centre in Trà Vinh city records deliveries in notebooks; errors cause disputes. We want a simple phone app where the "
        "collector enters litres per farmer per day and farmers can see their own records and payments.",
        {"qRo075": 2, "qRo139": 1, "qRo104": 1, "qRo078": 1},
    ),
    (
        "qRn42",
        "vi",
        "babavi",
        "Trạm thu gom muốn tự kiểm tra chất lượng sữa tươi",
        "Trạm thu gom sữa của HTX ở Tiểu Cần muốn tự kiểm tra sữa từng hộ: độ béo, chất khô, thử cồn, phát hiện pha nước, đánh giá nhanh vi sinh. "
        "Cần đào tạo nhân viên và thiết bị phù hợp.",
        {"qRo081": 2, "qRo072": 2},
    ),
    (
        "qRn43",
        "en",
        "mocchau",
        "Linking our dairy farmers to a processor through a collection network",
        "Dairy cooperative in Càng Long, Trà Vinh, has about 150 member households scattered along canals and no stable buyer. We need a model "
        "for collection and chilling points tied to a processing plant under contract.",
        {"qRo066": 2, "qRo077": 2, "qRo084": 1, "qRo079": 1, "qRo083": 1},
    ),
    (
        "qRn44",
        "vi",
        "mastitis_tailieuxanh",
        "Bò bị viêm vú lâm sàng nhiều: cần chẩn đoán và phác đồ điều trị",
        "Đàn 35 bò sữa ở Tiểu Cần thường xuyên có bò sưng bầu vú, sữa lợn cợn, một số khoang mất sữa. Cần hướng dẫn chẩn đoán nguyên nhân và phác đồ "
        "điều trị, phòng bệnh phù hợp.",
        {"qRo085": 2, "qRo086": 2, "qRo099": 2, "qRo152": 2, "qRo087": 1, "qRo088": 1, "qRo095": 1},
    ),
    (
        "qRn45",
        "en",
        "dairyco_subclin",
        "Bulk milk SCC too high: need a subclinical mastitis screening programme",
        "Dairy cooperative in Trà Ôn, Vĩnh Long: the plant reports bulk tank somatic cell counts above 400,000 cells/ml although few cows look sick. "
        "We need a way to find the infected cows and quarters and decide what to do with them.",
        {"qRo088": 2, "qRo089": 2, "qRo091": 1, "qRo103": 1, "qRo085": 1},
    ),
    (
        "qRn46",
        "vi",
        "cowside",
        "Can thiet bi phat hien som bo viem vu tiem an",
        "Trai 50 bo o Long Ho bi nha may bao te bao soma cao nhung khong biet con nao bi. Can thiet bi do nhanh tai chuong hoac luc vat sua "
        "de tim bo, khoang vu bi viem tiem an va huong dan su dung.",
        {"qRo090": 2, "qRo085": 1, "qRo088": 1, "qRo072": 1, "qRo095": 1},
    ),
    (
        "qRn47",
        "en",
        "bedding_dairyherd",
        "Post-milking teat dip programme for our herd",
        "Farm with 45 cows in Cầu Kè, Trà Vinh: Staphylococcus aureus mastitis keeps spreading between cows. We want an effective teat dip used "
        "right after milking and guidance on applying it.",
        {"qRo092": 2, "qRo093": 2, "qRo094": 1, "qRo085": 1},
    ),
    (
        "qRn48",
        "vi",
        "postdip_oliver",
        "Cần dung dịch nhúng núm vú sau vắt cho 40 bò",
        "Trại ở Cầu Kè nuôi 40 bò sữa, viêm vú do tụ cầu lây từ con này sang con khác qua vắt sữa. Cần loại dung dịch nhúng núm vú sau vắt "
        "không gây nứt da núm và cách dùng.",
        {"qRo093": 2, "qRo094": 1},
    ),
    (
        "qRn49",
        "en",
        "scc_plan",
        "Which cows need antibiotic dry cow therapy?",
        "Veterinarian serving dairy farms in Càng Long, Trà Vinh: farmers treat every cow with antibiotics at drying off. We want a protocol using "
        "somatic cell counts to treat only infected cows.",
        {"qRo091": 2, "qRo085": 1, "qRo089": 1},
    ),
    (
        "qRn50",
        "en",
        "mastitis_th",
        "Mastitis cases rising: audit of housing, bedding and milking risk factors",
        "Dairy cooperative in Càng Long, Trà Vinh: clinical mastitis has risen over two years and antibiotics give mixed results. We want an expert "
        "audit of housing, bedding, milking routine and hygiene to find the causes and fix them.",
        {"qRo087": 2, "qRo095": 2, "qRo100": 2, "qRo085": 1},
    ),
    (
        "qRn51",
        "vi",
        "mastitis_camnang",
        "Cần phân lập vi khuẩn và làm kháng sinh đồ cho sữa bò viêm vú",
        "Trại ở Châu Thành, Trà Vinh điều trị viêm vú nhiều đợt không khỏi. Cần phòng thí nghiệm nhận mẫu sữa, xác định vi khuẩn gây bệnh và "
        "kháng sinh còn hiệu lực.",
        {"qRo086": 2, "qRo087": 1},
    ),
    (
        "qRn52",
        "vi",
        "lsd_hoabinh",
        "Tiêm phòng viêm da nổi cục cho đàn bò sữa ở Trà Cú",
        "Các hộ nuôi bò ở Trà Cú lo bệnh viêm da nổi cục lây lan nhanh, nhiều hộ chưa tiêm phòng. Cần nguồn vắc xin và đội tiêm phòng cho đàn bò sữa, "
        "kèm theo dõi sau tiêm.",
        {"qRo096": 2},
    ),
    (
        "qRn53",
        "en",
        "calf_tailieu",
        "High calf losses: we need a calf-rearing protocol",
        "Dairy farm in Tiểu Cần, Trà Vinh: several newborn calves die each year from scours and pneumonia, and survivors grow slowly. We need "
        "a protocol covering care of the cow before calving, colostrum feeding and early calf care.",
        {"qRo097": 2, "qRo098": 2, "qRo147": 2},
    ),
    (
        "qRn54",
        "vi",
        "calf_zaidap",
        "Quy trình nuôi bê cái hậu bị từ lúc sinh",
        "Hộ ở Càng Long muốn tự gây đàn bò sữa từ bê cái sinh ra trong trại, cần quy trình chăm sóc bò mẹ trước đẻ, cho bê bú sữa đầu, nuôi bê "
        "giai đoạn bú sữa để bê khỏe, lớn nhanh.",
        {"qRo098": 2, "qRo147": 1},
    ),
    (
        "qRn55",
        "vi",
        "webtretho",
        "HTX ở Tam Bình muốn làm sữa chua, sữa thanh trùng bán tại chỗ",
        "HTX bò sữa ở Tam Bình, Vĩnh Long có khoảng 200 lít sữa/ngày bán giá thấp, muốn tự chế biến sữa thanh trùng và sữa chua bán ở chợ, trường học. "
        "Cần tư vấn quy trình, thiết bị quy mô nhỏ và mô hình hợp tác xã đã làm thành công.",
        {"qRo105": 2, "qRo153": 2, "qRo106": 2, "qRo108": 2, "qRo107": 2, "qRo115": 1, "qRo110": 1, "qRo120": 1},
    ),
    (
        "qRn56",
        "en",
        "helene_batch",
        "Batch pasteuriser of about 300 litres for a small processor",
        "Small dairy processor in Trà Vinh city bottling fresh milk needs a stirred, jacketed batch pasteuriser of about 300 litres with "
        "accurate holding temperature and fast cooling.",
        {"qRo107": 2, "qRo108": 2, "qRo109": 1},
    ),
    (
        "qRn57",
        "en",
        "yogurt_kenya",
        "Our yoghurt is thin and separates whey: need heat treatment and incubation guidance",
        "Home-scale yoghurt business in Vĩnh Long city: the set yoghurt is runny and whey separates after two days. We need guidance on milk heat "
        "treatment temperatures and times and on incubation to get a firm texture.",
        {"qRo110": 2, "qRo109": 2, "qRo115": 1, "qRo105": 1},
    ),
    (
        "qRn58",
        "vi",
        "mozz_scribd",
        "Muốn sản xuất phô mai tươi từ sữa bò ở Vĩnh Long",
        "Cơ sở chế biến nhỏ ở Long Hồ, Vĩnh Long muốn làm phô mai tươi từ sữa bò của các hộ xung quanh để bán cho nhà hàng. Cần quy trình đông tụ, "
        "hiệu suất và hướng dẫn kỹ thuật.",
        {"qRo111": 2, "qRo112": 2, "qRo114": 1},
    ),
    (
        "qRn59",
        "en",
        "paneer_gov",
        "Turning surplus rainy-season milk into fresh cheese",
        "Dairy cooperative in Càng Long, Trà Vinh, has unsold milk in the rainy season and wants to make a simple fresh cheese with low-cost "
        "equipment. We need a tested process and training.",
        {"qRo112": 2, "qRo111": 2, "qRo113": 1},
    ),
    (
        "qRn60",
        "vi",
        "medindia",
        "Cần thiết bị thanh trùng sữa khoảng 100 lít/mẻ ở Vũng Liêm",
        "Cơ sở bán sữa tươi ở Vũng Liêm muốn thanh trùng sữa trước khi đóng chai để an toàn. Cần bồn thanh trùng theo mẻ khoảng 100 lít, có khuấy, "
        "giữ nhiệt ổn định và làm lạnh nhanh.",
        {"qRo107": 2, "qRo110": 1, "qRo109": 1},
    ),
    (
        "qRn61",
        "en",
        "uht_plant",
        "Continuous pasteurisation line with proper time-temperature control",
        "Dairy cooperative in Vĩnh Long moving from batch to continuous processing wants a design with correct pasteurisation temperature and "
        "holding time, heat recovery and automatic diversion of under-heated milk.",
        {"qRo109": 2, "qRo107": 1, "qRo108": 1},
    ),
    (
        "qRn62",
        "vi",
        "compost_bedding",
        "Trại 80 bò ở Long Hồ cần máy ép tách phân",
        "Phân và nước rửa chuồng của trại 80 bò sữa ở Long Hồ chảy ra kênh, bị phản ánh mùi hôi. Cần máy ép tách phân rắn, lỏng để phần rắn ủ hoặc "
        "bán, phần lỏng xử lý tiếp.",
        {"qRo126": 2, "qRo123": 2, "qRo124": 2, "qRo132": 1, "qRo133": 1},
    ),
    (
        "qRn63",
        "en",
        "vincent",
        "Reusing separated manure solids as cow bedding",
        "Dairy farm in Bình Minh, Vĩnh Long, already separates manure but piles the solids; rice husk bedding is getting expensive. We want to turn "
        "separated solids into safe, dry bedding for the stalls.",
        {"qRo125": 2, "qRo133": 2, "qRo124": 1},
    ),
    (
        "qRn64",
        "vi",
        "rural21",
        "Hộ nuôi 10 bò sữa ở Cầu Kè muốn làm hầm biogas",
        "Gia đình ở Cầu Kè nuôi 10 bò sữa, phân thải nhiều gây mùi; muốn làm hầm biogas lấy khí đun nấu và phân bón. Cần đơn vị lắp đặt loại hầm "
        "giá hợp lý.",
        {"qRo127": 2, "qRo128": 2, "qRo129": 1},
    ),
    (
        "qRn65",
        "en",
        "biogas_tube",
        "How big a biogas digester do our dairy cows need?",
        "Dairy farmer group in Tiểu Cần, Trà Vinh: each household keeps 4-10 cows. We need to know how much gas cow manure produces and to size "
        "and build digesters accordingly.",
        {"qRo129": 2, "qRo128": 2, "qRo151": 2, "qRo130": 2},
    ),
    (
        "qRn66",
        "vi",
        "agproud",
        "Cần chế phẩm vi sinh ủ phân bò làm phân hữu cơ, giảm mùi",
        "Trại bò sữa ở Mang Thít chất phân rắn thành đống, mùi hôi, ruồi nhiều. Muốn dùng chế phẩm vi sinh ủ phân thành phân hữu cơ bán cho vườn cây.",
        {"qRo131": 2, "qRo125": 1, "qRo123": 1},
    ),
    (
        "qRn67",
        "en",
        "lpelc",
        "Choosing a manure handling system for a growing dairy",
        "Dairy in Bình Minh, Vĩnh Long, growing from 40 to 120 cows must decide how to collect, store and treat manure. We need help comparing "
        "separation, composting and digestion options for our situation.",
        {"qRo132": 2, "qRo124": 2, "qRo123": 1, "qRo126": 1},
    ),
    (
        "qRn68",
        "en",
        "soctrang",
        "Cooperative dairy model with a contract buyer for Khmer smallholders in Trà Cú",
        "Khmer farming households in Trà Cú, Trà Vinh, want to start dairying together but fear having no market. We need a cooperative model "
        "with collection and a contract with a processor.",
        {"qRo084": 2, "qRo077": 2, "qRo065": 1, "qRo083": 1, "qRo105": 1},
    ),
    (
        "qRn69",
        "vi",
        "israel",
        "Cần phần mềm quản lý đàn bò sữa",
        "Trang trại 70 bò ở Vĩnh Long ghi chép bằng sổ tay, hay thất lạc. Cần phần mềm theo dõi sản lượng sữa từng con, lịch phối giống, tiêm phòng, "
        "điều trị.",
        {"qRo139": 2, "qRo104": 2, "qRo075": 1},
    ),
    (
        "qRn70",
        "en",
        "tmr_nhachannuoi",
        "Digestive problems from feeding concentrate separately: move to a mixed ration",
        "Farm in Long Hồ, Vĩnh Long, feeds concentrate mixed with water before grass; cows have loose dung and milk fat dips. We want to switch to a "
        "properly mixed total ration and need help setting it up.",
        {"qRo022": 2, "qRo023": 2, "qRo025": 2, "qRo027": 2, "qRo028": 1},
    ),
    (
        "qRn71",
        "vi",
        "tetrapak",
        "Cơ sở sữa chua ở Bình Minh cần quy trình lên men ổn định",
        "Cơ sở nhỏ ở Bình Minh, Vĩnh Long làm sữa chua hủ và sữa chua uống, chất lượng mẻ không đều. Cần quy trình xử lý nhiệt, cấy men, lên men "
        "và làm lạnh chuẩn.",
        {"qRo115": 2, "qRo106": 2, "qRo122": 1, "qRo110": 1, "qRo105": 1},
    ),
    (
        "qRn72",
        "en",
        "goatmilk_hcm",
        "Cold chain for selling fresh cow's milk at market stalls in Trà Vinh city",
        "Family dairy selling bottled fresh milk at markets in Trà Vinh city: milk sours by midday. We need advice on keeping milk cold from "
        "milking to sale.",
        {"qRo145": 2, "qRo071": 1, "qRo108": 1},
    ),
    (
        "qRn73",
        "vi",
        "scc_thesis",
        "Cần máy đo độ dẫn điện sữa phát hiện viêm vú sớm",
        "Trại bò sữa ở Tiểu Cần muốn phát hiện bò viêm vú tiềm ẩn ngay trong lúc vắt, không phải chờ kết quả đếm tế bào của nhà máy. Cần thiết bị đo độ "
        "dẫn điện sữa.",
        {"qRo090": 2, "qRo072": 1},
    ),
    (
        "qRn74",
        "vi",
        "dairyasia_dry",
        "Sụt sữa mùa khô do thiếu cỏ: cần giải pháp dự trữ thức ăn",
        "Các hộ nuôi bò sữa ở Càng Long mỗi mùa khô thiếu cỏ xanh, sản lượng giảm mạnh. Cần cách dự trữ thức ăn thô từ mùa mưa (ủ chua cỏ, bắp, "
        "xử lý rơm) để cho ăn quanh năm.",
        {"qRo036": 2, "qRo039": 2, "qRo042": 2, "qRo148": 2, "qRo029": 2, "qRo030": 2, "qRo037": 1},
    ),
    (
        "qRn75",
        "en",
        "tienphong",
        "Evening milk rejected at morning collection: on-farm cooling for 30-60 litres",
        "Dairy households in Càng Long, Trà Vinh, with grid power produce 30-60 litres a day; the evening milk sours before the morning truck. "
        "We need an affordable farm cooler that brings milk to about 4 °C within a few hours.",
        {"qRo067": 2, "qRo068": 2, "qRo071": 2, "qRo069": 1, "qRo149": 1},
    ),
]
