"""Needs of the holdout235 labelled set (frozen fruit and vegetable processing, Trà Vinh / Vĩnh Long).

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need,
1 = partly relevant. Needs written from pages about other places are set in the province.
"""

NEEDS = [
    # --- IQF lines and freezers ---
    (
        "rCn01",
        "vi",
        "beautyarmy",
        "Cần dây chuyền cấp đông rời từng miếng (IQF) cho xoài, mít cắt miếng",
        "Hợp tác xã trái cây ở Càng Long (Trà Vinh) muốn bán xoài, mít cắt miếng đông lạnh đóng túi như hàng flash "
        "frozen trong siêu thị: từng miếng đông riêng trên băng tải, không dính thành cục, khách lấy từng phần. Hiện "
        "chỉ có tủ đông thường làm trái đóng đá, chảy nước khi rã. Cần tư vấn và cung cấp dây chuyền IQF quy mô nhỏ.",
        {"rCo001": 2, "rCo011": 2, "rCo002": 2, "rCo012": 1, "rCo003": 1, "rCo004": 1, "rCo123": 1, "rCo015": 1},
    ),
    (
        "rCn02",
        "en",
        "wawona",
        "Replace block freezing with IQF so diced fruit stays free-flowing",
        "Fruit processor in Long Hồ (Vĩnh Long) freezing diced fruit in trays: buyers complain of clumps and lost "
        "shape. Following the industry move to individual quick freezing, which keeps each piece separate with its "
        "texture and makes portioning easy, we need an IQF freezer and help to switch over.",
        {"rCo001": 2, "rCo002": 2, "rCo011": 2, "rCo003": 1, "rCo015": 1, "rCo009": 1, "rCo125": 1},
    ),
    (
        "rCn03",
        "vi",
        "helical_patent",
        "Cần tủ cấp đông băng tải xoắn cho xưởng chật",
        "Xưởng chế biến ở Tiểu Cần (Trà Vinh) diện tích mặt bằng hạn chế, muốn đầu tư tủ cấp đông liên tục kiểu "
        "băng tải xoắn ốc: vùng gió lạnh nhất làm đông bề mặt trước, vùng sau đông phần lõi, tận dụng chiều cao nhà "
        "xưởng. Cần nhà cung cấp tư vấn công suất và lắp đặt cho rau củ, trái cây cắt miếng.",
        {"rCo004": 2, "rCo015": 2, "rCo123": 2, "rCo001": 1, "rCo005": 1, "rCo016": 1},
    ),
    (
        "rCn04",
        "en",
        "coolingindia",
        "Air-blast freezing room for a farm-gate packhouse",
        "A farmers' packhouse in Cầu Ngang (Trà Vinh) sits far from any cold chain, like most produce in the region. "
        "We want a small batch freezing room or blast freezer next to the packhouse to freeze packed fruit and "
        "vegetables a few tonnes a day before trucking, since a continuous IQF line is beyond our budget.",
        {"rCo005": 2, "rCo006": 2, "rCo007": 2, "rCo016": 1, "rCo091": 1, "rCo086": 1},
    ),
    (
        "rCn05",
        "vi",
        "messer_herbs",
        "Muốn thử cấp đông bằng nitơ lỏng cho trái cây cao cấp",
        "Doanh nghiệp ở Duyên Hải (Trà Vinh) muốn dùng khí công nghiệp (nitơ lỏng, CO2) để cấp đông rất nhanh các "
        "dòng trái cây cao cấp, giữ kết cấu tốt hơn tủ gió. Cần thiết bị cấp đông cryogenic và tính trước lượng "
        "nitơ tiêu hao cho mỗi kg sản phẩm để so sánh chi phí.",
        {"rCo003": 2, "rCo013": 2, "rCo052": 2, "rCo075": 1, "rCo039": 1, "rCo035": 1},
    ),
    (
        "rCn06",
        "en",
        "devilsfood",
        "Staff training on IQF and why slow freezing makes fruit mushy",
        "A fruit shop and small processor in Tam Bình (Vĩnh Long) is starting frozen fruit. Our staff do not "
        "understand why fruit frozen slowly turns mushy when thawed while individually quick frozen pieces stay "
        "separate and firm. We need a short training on ice crystals, freezing speed and freezing methods.",
        {"rCo009": 2, "rCo125": 2, "rCo012": 1, "rCo107": 1},
    ),
    (
        "rCn07",
        "vi",
        "kienthuc_mitmat",
        "Can tu dong gio cap dong mit mui dong tui",
        "Nha minh o Vung Liem (Vinh Long) co vuon mit mat, mua he mit chin ro, mui mem de nat chay nuoc, ban khong "
        "kip. Muon boc mui dong tui roi cap dong de ban dan cho khach thanh pho. Can tu dong gio hoac ham dong nho, "
        "gia vua phai, chi cach lam.",
        {"rCo006": 2, "rCo007": 2, "rCo005": 2, "rCo058": 1, "rCo016": 1},
    ),
    (
        "rCn08",
        "en",
        "aediap",
        "Energy audit of our freezing tunnel",
        "Our frozen vegetable plant in Bình Minh (Vĩnh Long) runs a mechanized air-blast tunnel and electricity has "
        "become the largest cost after raw material. We need an energy audit that benchmarks consumption per "
        "kilogram frozen and proposes savings, including the insulation of the tunnel and cold store.",
        {"rCo008": 2, "rCo098": 1, "rCo087": 1, "rCo016": 1},
    ),
    (
        "rCn09",
        "vi",
        "vietnamplus_acerola",
        "Cần hệ thống rửa, phân loại và cấp đông cho cơ sở thu mua sơ ri",
        "Cơ sở thu mua sơ ri ở Duyên Hải (Trà Vinh) muốn làm như nhà máy sơ ri xuất khẩu ở vùng lân cận: hệ thống "
        "thu mua, sàng lọc, rửa và cấp đông khoảng 3 tấn/ngày, kho thành phẩm 30 tấn và kho lạnh 100 tấn để bán "
        "sang Nhật, Singapore. Cần dây chuyền cấp đông rời và tư vấn kho.",
        {"rCo001": 2, "rCo011": 2, "rCo086": 1, "rCo025": 1, "rCo012": 1, "rCo122": 1},
    ),
    (
        "rCn10",
        "en",
        "luanvan_dua",
        "IQF pineapple process for export",
        "A processor in Trà Cú (Trà Vinh) buys pineapple from local growers and wants to make IQF frozen pineapple, "
        "the pineapple product most sought by EU, Korean, US and Japanese buyers because nutrients and aroma are "
        "kept. We need a proven process and quality control points to transfer into our plant.",
        {"rCo010": 2, "rCo017": 2, "rCo001": 1, "rCo011": 1, "rCo025": 1},
    ),
    # --- blanching and pre-treatment ---
    (
        "rCn11",
        "vi",
        "exaros",
        "Cần quy trình chần rau trước cấp đông để giữ màu, độ giòn",
        "Hợp tác xã rau màu ở Cầu Ngang (Trà Vinh) bắt đầu cấp đông đậu bắp, đậu que, cà rốt nhưng sau vài tuần rau "
        "xỉn màu, mềm, mất mùi. Biết rằng chần nước nóng hoặc hơi để chặn enzyme, rồi làm nguội nhanh là bước quyết "
        "định, nhưng chưa biết nhiệt độ, thời gian và thiết bị. Cần chuyên gia thiết lập quy trình chần.",
        {"rCo018": 2, "rCo019": 2, "rCo020": 2, "rCo026": 2, "rCo021": 1, "rCo024": 1, "rCo032": 1, "rCo033": 1},
    ),
    (
        "rCn12",
        "en",
        "asianrecipes",
        "Frozen vegetables change colour in storage; blanching suspected",
        "Our freezer in Châu Thành (Trà Vinh) sees colour, texture and taste change in frozen vegetables after a few "
        "months. Enzymes keep working even far below zero, and we suspect our blanching is too short or uneven. We "
        "need an enzyme (peroxidase) test and a calibrated blanching time for each product.",
        {"rCo018": 2, "rCo020": 2, "rCo019": 1, "rCo032": 1, "rCo033": 1, "rCo024": 1, "rCo118": 1},
    ),
    (
        "rCn13",
        "vi",
        "ilt_blanch",
        "Cần máy chần liên tục bằng hơi có làm nguội nhanh",
        "Cơ sở ở Tiểu Cần (Trà Vinh) đang chần rau bằng nồi thủ công, không đều, lượng lớn bị chín quá. Cần thiết "
        "bị chần liên tục bằng hơi hoặc nước nóng, giữ đúng nhiệt độ và thời gian rồi làm nguội ngay, đẩy khí trong "
        "mô rau ra để tinh thể băng hình thành đều khi cấp đông.",
        {"rCo019": 2, "rCo027": 1, "rCo018": 1, "rCo081": 1},
    ),
    (
        "rCn14",
        "en",
        "springer_chaves",
        "Cut mango browns before freezing",
        "Our mango cutting room in Vũng Liêm (Vĩnh Long) cannot blanch fruit, and cut pieces brown and lose vitamin "
        "C while waiting for the freezer. We need a practical pre-treatment (dip or syrup) that controls enzymatic "
        "browning and drip without spoiling the fresh taste.",
        {"rCo022": 2, "rCo023": 2, "rCo025": 1, "rCo031": 1, "rCo030": 1, "rCo055": 1},
    ),
    (
        "rCn15",
        "vi",
        "palatable",
        "Can huong dan chan rau cu truoc khi cap dong cho to hop tac",
        "To hop tac rau o Tra Cu (Tra Vinh) muon cap dong rau cu ban quanh nam, nghe noi rau cap dong dung cach giu "
        "vitamin gan nhu rau tuoi, nhung ba con chua biet so che, chan, dong goi ra sao. Can lop tap huan cach chan "
        "va bao quan rau cu dong lanh.",
        {"rCo021": 2, "rCo080": 2, "rCo032": 1, "rCo018": 1, "rCo033": 1},
    ),
    (
        "rCn16",
        "en",
        "collegedunia",
        "Should shallots and chillies be blanched before freezing?",
        "A vegetable cooperative in Trà Cú (Trà Vinh) wants to freeze shallots, chillies and leafy greens. We have "
        "read that blanching is standard, but some growers say it spoils onion and pepper flavour. We need expert "
        "advice on which of our vegetables to blanch and which to freeze raw.",
        {"rCo024": 2, "rCo018": 1, "rCo020": 1, "rCo080": 1},
    ),
    (
        "rCn17",
        "vi",
        "medindia",
        "Cần chương trình kiểm soát norovirus, viêm gan A cho trái cây đông lạnh",
        "Nhà máy ở Bình Minh (Vĩnh Long) chuẩn bị xuất trái cây đông lạnh sang Mỹ; khách hàng cảnh báo norovirus và "
        "viêm gan A tồn tại được trong hàng đông lạnh, lây qua tay người thu hái, sơ chế. Cần chương trình vệ sinh "
        "công nhân, nước rửa khử trùng và tập huấn cho nông dân cung cấp nguyên liệu.",
        {"rCo029": 2, "rCo028": 2, "rCo114": 2, "rCo102": 1, "rCo056": 1, "rCo025": 1},
    ),
    (
        "rCn18",
        "en",
        "politician",
        "Sanitising wash water for cut fruit before freezing",
        "Our fruit freezing plant in Long Hồ (Vĩnh Long) washes cut fruit in plain water. With FDA tightening "
        "sanitation rules for frozen fruit after virus outbreaks, we need a validated sanitiser wash step and "
        "monitoring of its concentration.",
        {"rCo028": 2, "rCo029": 1, "rCo025": 1, "rCo114": 1},
    ),
    # --- durian ---
    (
        "rCn19",
        "vi",
        "sr_baomoi",
        "Cần công nghệ cấp đông sầu riêng nguyên trái để xuất khẩu",
        "Doanh nghiệp ở Chợ Lách (Vĩnh Long) thấy sầu riêng đông lạnh xuất khẩu tăng mạnh (nửa đầu 2025 đạt 388 lô, "
        "14.282 tấn, gấp 3 lần cùng kỳ) nhờ bảo quản lâu, ổn định. Muốn đầu tư cấp đông sầu riêng nguyên trái đạt "
        "yêu cầu thị trường khó tính; cần chuyển giao công nghệ cấp đông sâu và kho lạnh.",
        {"rCo034": 2, "rCo035": 2, "rCo039": 2, "rCo047": 2, "rCo045": 1, "rCo040": 1, "rCo003": 1},
    ),
    (
        "rCn20",
        "en",
        "sr_baoloc",
        "Frozen durian aril line for Taiwan and Korea",
        "A durian packer at Cái Mơn, Chợ Lách (Vĩnh Long) ships fresh fruit to China but Taiwanese and Korean "
        "buyers want frozen arils. We need the process and equipment: opening, seed removal, cutting, blast or IQF "
        "freezing, vacuum packing and cold storage.",
        {
            "rCo035": 2,
            "rCo036": 2,
            "rCo037": 2,
            "rCo041": 2,
            "rCo038": 2,
            "rCo043": 2,
            "rCo006": 1,
            "rCo034": 1,
            "rCo044": 1,
        },
    ),
    (
        "rCn21",
        "vi",
        "sr_danviet",
        "Cần hướng dẫn hồ sơ xuất khẩu chính ngạch sầu riêng đông lạnh sang Trung Quốc",
        "Cơ sở cấp đông sầu riêng múi ở Cầu Kè (Trà Vinh) đang bán qua trung gian sang Thái Lan. Muốn tự xuất chính "
        "ngạch sang Trung Quốc nhưng chưa rõ Nghị định thư, mã số vùng trồng, cơ sở đóng gói và truy xuất nguồn "
        "gốc. Cần đơn vị tư vấn hồ sơ.",
        {"rCo042": 2, "rCo046": 2, "rCo034": 1, "rCo040": 1},
    ),
    (
        "rCn22",
        "en",
        "sr_thuonghieu",
        "Turn off-grade durian into frozen pulp for ice-cream makers",
        "Our cooperative in Cầu Kè (Trà Vinh) is left with misshapen but ripe durian each season. Frozen durian keeps "
        "up to a year and travels far; we want to turn off-grade fruit into frozen pulp or paste for ice-cream and "
        "bakery buyers, and need a processing partner or process.",
        {"rCo036": 2, "rCo043": 2, "rCo038": 2, "rCo035": 2, "rCo041": 1, "rCo115": 1},
    ),
    (
        "rCn23",
        "vi",
        "icemachine_durian",
        "Cần giám sát nhiệt độ lô sầu riêng đông lạnh trong container",
        "Doanh nghiệp ở Chợ Lách (Vĩnh Long) xuất sầu riêng múi đông lạnh; khách phản ánh múi mềm, chảy nước khi mở "
        "thùng nhưng không chứng minh được lỗi ở khâu nào. Cần thiết bị ghi và theo dõi nhiệt độ suốt hành trình "
        "container để làm bằng chứng khi khiếu nại.",
        {"rCo040": 2, "rCo104": 2, "rCo105": 2, "rCo124": 2, "rCo110": 1, "rCo111": 1, "rCo112": 1, "rCo106": 1},
    ),
    (
        "rCn24",
        "en",
        "vjs_durian",
        "Freezing injury and thawing of whole frozen durian",
        "A Chợ Lách (Vĩnh Long) exporter of whole frozen durian receives complaints of cold-burned, discoloured fruit "
        "after thawing. We need a validated freezing temperature, cold-chain handling and thawing protocol to restore "
        "eating quality.",
        {"rCo034": 2, "rCo118": 1, "rCo039": 1, "rCo047": 1, "rCo119": 1},
    ),
    (
        "rCn25",
        "vi",
        "icemachine_durian",
        "Can kho cap dong sau rieng mui 5 tan/ngay",
        "Co so thu mua sau rieng o Cai Nhum (Mang Thit, Vinh Long) muon tach mui cap dong ban quanh nam. Can ham dong "
        "gio hoac tu dong nhanh cong suat khoang 5 tan/ngay va kho tru dong, bao gia lap dat.",
        {"rCo006": 2, "rCo007": 2, "rCo035": 2, "rCo086": 1, "rCo041": 1, "rCo043": 1},
    ),
    (
        "rCn26",
        "en",
        "logger_durian",
        "IQF or contact freezing for seed-free durian arils?",
        "A durian trader in Trà Ôn (Vĩnh Long) wants to freeze seed-free arils rather than whole fruit, which needs "
        "much more freezer space and energy. We need advice on IQF versus contact freezing, expected shelf life and "
        "suitable retail packaging.",
        {"rCo037": 2, "rCo035": 2, "rCo041": 1, "rCo001": 1, "rCo036": 1},
    ),
    (
        "rCn27",
        "vi",
        "asianews_durian",
        "Cần quy trình cấp đông nitơ -80 đến -110 °C và rã đông sầu riêng nguyên trái",
        "Hợp tác xã cù lao Tân Quy (Cầu Kè, Trà Vinh) có vườn đạt VietGAP, muốn làm sầu riêng nguyên trái cấp đông "
        "sâu gửi đi bằng đường hàng không. Cần quy trình chuẩn: xử lý sạch sâu bệnh kiểm dịch, cấp đông nitơ, giữ "
        "chuỗi lạnh và cách rã đông.",
        {"rCo034": 2, "rCo035": 2, "rCo039": 2, "rCo040": 1, "rCo045": 1},
    ),
    # --- mango ---
    (
        "rCn28",
        "en",
        "hoaquacantho",
        "IQF mango chunk line for a mango cooperative",
        "A mango cooperative in Trà Ôn (Vĩnh Long) grows Cát Chu, Hòa Lộc and Keo mangoes for fresh sale and wants "
        "to process surplus and off-grade fruit into frozen chunks for export. We need a line for sorting, washing, "
        "peeling, destoning, dicing and IQF freezing, and advice on which varieties suit freezing.",
        {"rCo048": 2, "rCo049": 2, "rCo050": 2, "rCo055": 2, "rCo001": 1, "rCo054": 1, "rCo011": 1, "rCo051": 1},
    ),
    (
        "rCn29",
        "vi",
        "mango_gelgoog",
        "Xoài IQF bị vón cục, dính 'san hô' khi cấp đông",
        "Nhà máy ở Long Hồ (Vĩnh Long) cấp đông xoài cắt hạt lựu 1–2 cm nhưng thành phẩm nhiều cụm dính, mép miếng "
        "nát, phần thịt mềm gần hạt tạo thành cục. Xoài địa phương Brix cao. Cần chuyên gia chỉnh độ chín, cách cắt, "
        "làm lạnh sơ bộ và cấp liệu.",
        {"rCo049": 2, "rCo050": 2, "rCo054": 1, "rCo001": 1, "rCo048": 1},
    ),
    (
        "rCn30",
        "en",
        "flavora",
        "Specification sheet for IQF mango for an EU buyer",
        "Our company in Tam Bình (Vĩnh Long) makes frozen mango pieces and an EU buyer asks for a full technical "
        "specification: defect tolerances, cut size, Brix, microbiological limits, packing and shelf life at "
        "storage temperature. We need a ready specification model.",
        {"rCo051": 2, "rCo056": 1, "rCo053": 1, "rCo079": 1},
    ),
    (
        "rCn31",
        "vi",
        "tridge_mango_vn",
        "Cần đáp ứng yêu cầu nhập khẩu Mỹ cho xoài IQF",
        "Doanh nghiệp ở Vũng Liêm (Vĩnh Long) xuất xoài cắt khối IQF, nay có khách Mỹ hỏi hàng. Cần tư vấn các yêu "
        "cầu của FDA, chương trình thẩm tra nhà cung cấp nước ngoài, chỉ tiêu vi sinh, quy cách bao bì và mã lô để "
        "truy xuất, thu hồi.",
        {"rCo056": 2, "rCo051": 1, "rCo029": 1, "rCo102": 1},
    ),
    (
        "rCn32",
        "en",
        "afe_mango",
        "Cryogenic freezing of premium mango slices for Japan",
        "A mango exporter in Long Hồ (Vĩnh Long) wants frozen mango slices that do not turn soggy after thawing for "
        "Japanese buyers, where mechanical freezing has given poor texture. We need a liquid-nitrogen freezing "
        "solution sized for several tonnes a day.",
        {"rCo052": 2, "rCo003": 2, "rCo013": 1, "rCo049": 1},
    ),
    (
        "rCn33",
        "vi",
        "octofrost",
        "Cần kho làm lạnh sơ bộ 3 °C cho xoài trước sơ chế",
        "Nhà máy ở Cầu Kè (Trà Vinh) nhận xoài từ vườn giữa trưa nóng, trái chờ sơ chế bị mềm, khó cắt và cấp đông "
        "kém. Cần kho mát khoảng 3 °C để hạ nhiệt và giữ xoài trước khi rửa, gọt, cắt và cấp đông.",
        {"rCo054": 2, "rCo086": 2, "rCo091": 2, "rCo090": 1, "rCo049": 1, "rCo093": 1, "rCo099": 1},
    ),
    (
        "rCn34",
        "en",
        "tridge_mango_us",
        "Market study on Vietnamese IQF mango exports",
        "An investor in Trà Vinh considering an IQF mango plant needs a market study: who buys Vietnamese IQF mango, "
        "domestic industrial uses, the value chain from orchard to reefer, and importers' food-safety requirements.",
        {"rCo053": 2, "rCo056": 1},
    ),
    # --- jackfruit ---
    (
        "rCn35",
        "vi",
        "kienthuc_tonu",
        "Cần công nghệ cấp đông múi mít giữ được lâu",
        "Hợp tác xã ở Càng Long (Trà Vinh) trồng mít Thái và mít tố nữ, mùa chín rộ giá rớt. Muốn tách múi cấp đông "
        "bán dần cho quán chè, kem; mít tố nữ thơm mạnh, múi mềm nên cần cách cấp đông giữ mùi và giữ được nhiều "
        "tháng.",
        {"rCo058": 2, "rCo059": 2, "rCo006": 1, "rCo057": 1, "rCo001": 1},
    ),
    (
        "rCn36",
        "en",
        "pmfme_jack",
        "Latex and uneven ripening slow down jackfruit bulb extraction",
        "Our jackfruit processing group in Tam Bình (Vĩnh Long) wastes many fruits in the glut season because bulb "
        "extraction is slow: fruits ripen unevenly and latex gums knives and hands. We need a method for uniform "
        "ripening and clean bulb removal before freezing.",
        {"rCo057": 2, "rCo058": 1},
    ),
    (
        "rCn37",
        "vi",
        "siam_jack",
        "Can biet ma HS va thi truong mit dong lanh",
        "Co so o Cang Long (Tra Vinh) dong lanh mui mit, muon ban ra nuoc ngoai. Khong biet khai ma HS nao, nuoc nao "
        "mua mit dong lanh, doi thu la ai. Can bao cao thi truong mit mui dong lanh.",
        {"rCo061": 2},
    ),
    (
        "rCn38",
        "en",
        "gubba",
        "Frozen jackfruit pulp for ice-cream makers",
        "A jackfruit grower group in Càng Long (Trà Vinh) has an ice-cream factory asking for jackfruit as pulp rather "
        "than whole bulbs. We need a way to pulp and freeze jackfruit so it keeps more than a year.",
        {"rCo059": 2, "rCo115": 1, "rCo117": 1, "rCo036": 1},
    ),
    (
        "rCn39",
        "vi",
        "yumpu_jack",
        "Bảo quản múi mít tách sẵn đóng khay bán siêu thị",
        "Cơ sở ở Trà Ôn (Vĩnh Long) bán múi mít tách sẵn đóng khay cho siêu thị nhưng chỉ được 2–3 ngày là múi thâm, "
        "chảy nước. Cần kết quả nghiên cứu về nhiệt độ và khí quyển bảo quản mít chế biến tối thiểu.",
        {"rCo060": 2, "rCo057": 1, "rCo059": 1},
    ),
    # --- dragon fruit ---
    (
        "rCn40",
        "en",
        "preservemania",
        "IQF dragon fruit cubes and puree for smoothie buyers",
        "Dragon fruit growers in Trà Cú (Trà Vinh) want to freeze their fruit as cubes and puree for smoothie and "
        "dessert buyers, since frozen pieces keep vitamin C and antioxidants. We need to know the processing "
        "bottlenecks (peeling, cutting, freezer capacity) and buyers' colour and cut-size requirements.",
        {"rCo065": 2, "rCo066": 2, "rCo068": 2, "rCo001": 1, "rCo115": 1, "rCo067": 1},
    ),
    (
        "rCn41",
        "vi",
        "healthyplant",
        "Cần đặc tả kỹ thuật và điều khoản chuỗi lạnh cho thanh long đông lạnh",
        "Doanh nghiệp thu mua thanh long ở Châu Thành (Trà Vinh) chuẩn bị ký hợp đồng thanh long ruột đỏ đông lạnh. "
        "Khách chọn hàng theo màu tươi, hạt đen đều, miếng không dính. Cần viết đặc tả kỹ thuật, cách kiểm tra và "
        "điều khoản nhiệt độ vận chuyển.",
        {"rCo067": 2, "rCo066": 2, "rCo051": 1, "rCo105": 1},
    ),
    (
        "rCn42",
        "en",
        "tridge_dragon_white",
        "Freezing dragon fruit slices without industrial equipment",
        "A small family business in Càng Long (Trà Vinh) supplies smoothie shops and wants to freeze its own dragon "
        "fruit slices in small batches with ordinary freezers, keeping pieces separate and usable for months.",
        {"rCo069": 2, "rCo070": 2, "rCo006": 1, "rCo068": 1},
    ),
    # --- herbs, roots and vegetables ---
    (
        "rCn43",
        "en",
        "majesticspice",
        "Frozen fresh herbs instead of dried herbs for export",
        "A herb growers' group in Cầu Kè (Trà Vinh) dries basil, sawtooth coriander and mint, but buyers abroad now "
        "ask for frozen herbs that keep fresh colour and aroma. We need a freezing process from field to freezer and "
        "suitable equipment.",
        {"rCo071": 2, "rCo072": 2, "rCo075": 2, "rCo076": 1, "rCo073": 1, "rCo074": 1},
    ),
    (
        "rCn44",
        "vi",
        "gardnfresh",
        "Húng quế bị thâm đen sau khi cấp đông",
        "Cơ sở rau thơm ở Long Hồ (Vĩnh Long) cấp đông húng quế, ngò nhưng rã đông ra lá đen, nhũn. Cần cách xử lý "
        "trước cấp đông (chần nhanh, cấp đông cực nhanh) để giữ màu xanh và kéo dài thời gian trữ đông.",
        {"rCo073": 2, "rCo074": 2, "rCo072": 2, "rCo071": 1},
    ),
    (
        "rCn45",
        "vi",
        "herbafrost",
        "Can lam rau thom dong lanh cat nho dong lo ban sieu thi",
        "Co so rau thom o Long Ho (Vinh Long) muon lam san pham rau thom dong lanh cat nhuyen, dong lo nho de rac "
        "thang vao mon an, ban o tu dong sieu thi. Can mau san pham va cach lam.",
        {"rCo076": 2, "rCo071": 1, "rCo072": 1},
    ),
    (
        "rCn46",
        "en",
        "fao_roots",
        "Frozen sweet potato products from Bình Tân",
        "Sweet potato exporters in Bình Tân (Vĩnh Long) lose much of the crop after harvest because roots keep only "
        "weeks at ambient temperature. We want to add frozen products such as fries or cubes and need processing "
        "know-how.",
        {"rCo083": 2, "rCo077": 1, "rCo078": 1, "rCo080": 1},
    ),
    (
        "rCn47",
        "vi",
        "caribbean_roots",
        "Khoai mì và lá khoai mì đông lạnh xuất khẩu",
        "Hợp tác xã ở Trà Cú (Trà Vinh) trồng khoai mì, củ hư nhanh sau 2–3 ngày. Muốn gọt, cắt và cấp đông củ, "
        "đồng thời cấp đông lá non làm rau bán cho cộng đồng người Việt, người châu Phi ở nước ngoài. Cần quy trình.",
        {"rCo078": 2, "rCo077": 2, "rCo083": 1},
    ),
    (
        "rCn48",
        "en",
        "corn_britannica",
        "IQF sweet corn kernel line for a corn cooperative",
        "A sweet corn cooperative in Cầu Ngang (Trà Vinh) must process within hours of harvest because sweetness "
        "drops fast. We need a line for husking, cutting kernels, blanching, cooling, dewatering and IQF freezing.",
        {"rCo081": 2, "rCo027": 2, "rCo084": 2, "rCo108": 1, "rCo001": 1, "rCo082": 1},
    ),
    (
        "rCn49",
        "vi",
        "corn_manufacture",
        "Bắp nếp nguyên trái đông lạnh bán siêu thị",
        "Hộ sản xuất ở Trà Ôn (Vĩnh Long) muốn cấp đông bắp nếp nguyên trái đã lột vỏ để bán siêu thị ngoài mùa. Cần "
        "quy trình chần, làm nguội và cấp đông cho bắp nguyên trái.",
        {"rCo082": 2, "rCo081": 1, "rCo027": 1},
    ),
    (
        "rCn50",
        "en",
        "codex_bg",
        "Compliance review against Codex quick frozen vegetable standard",
        "A frozen vegetable exporter in Vĩnh Long needs to check its okra, corn and carrot products against the "
        "Codex standard for quick frozen vegetables (quality factors, defects, -18 °C chain, labelling) before a buyer "
        "audit.",
        {"rCo079": 2, "rCo085": 2, "rCo096": 1, "rCo102": 1},
    ),
    (
        "rCn51",
        "vi",
        "foodanswer",
        "Cần dây chuyền đậu bắp đông lạnh xuất Nhật",
        "Hợp tác xã ở Cầu Ngang (Trà Vinh) trồng đậu bắp, có khách Nhật đặt đậu bắp đông lạnh. Cần dây chuyền rửa, "
        "chần, làm nguội, cắt và cấp đông nhanh bảo đảm trái xanh, không nhớt.",
        {"rCo026": 2, "rCo019": 1, "rCo018": 1, "rCo001": 1, "rCo021": 1},
    ),
    # --- cold rooms and storage ---
    (
        "rCn52",
        "vi",
        "kho_travinh",
        "Xây kho trữ đông -18 °C cho hợp tác xã trái cây",
        "Hợp tác xã ở Càng Long (Trà Vinh) chuẩn bị dự án kho lạnh bảo quản và sơ chế nông sản. Cần đơn vị thiết kế, "
        "thi công kho trữ đông -18 °C khoảng 200 tấn cho trái cây đông lạnh, có phòng đệm, khu đặt máy và bến xuất "
        "nhập hàng.",
        {
            "rCo086": 2,
            "rCo090": 2,
            "rCo089": 2,
            "rCo091": 2,
            "rCo093": 1,
            "rCo092": 1,
            "rCo087": 1,
            "rCo088": 1,
            "rCo094": 1,
            "rCo097": 1,
            "rCo099": 1,
        },
    ),
    (
        "rCn53",
        "en",
        "tanner",
        "Ice build-up and frost heave under our cold store floor",
        "Our frozen-fruit cold store in Trà Vinh city shows ice on the floor and slight heaving near the freezer "
        "room. We need correct floor insulation for a -25 °C room and a review of the insulation envelope.",
        {"rCo088": 2, "rCo098": 2, "rCo087": 1, "rCo089": 1},
    ),
    (
        "rCn54",
        "vi",
        "epack",
        "Thay panel cách nhiệt kho lạnh cũ tốn điện",
        "Kho lạnh cũ của cơ sở ở Tiểu Cần (Trà Vinh) dùng panel mỏng khoảng 80 mm đã xuống cấp, đọng sương, tiền điện "
        "cao. Cần thay panel cách nhiệt dày hơn cho kho âm, tư vấn độ dày phù hợp.",
        {"rCo087": 2, "rCo086": 2, "rCo098": 1, "rCo088": 1, "rCo092": 1},
    ),
    (
        "rCn55",
        "en",
        "ecolife",
        "Solar cold room for a cooperative without stable power",
        "A fruit and vegetable cooperative in Trà Cú (Trà Vinh) loses produce in glut periods and has an unreliable "
        "grid. Commercial cold rooms are too expensive; we want an affordable solar-powered cold room to hold "
        "harvest before it goes to the freezing plant.",
        {"rCo095": 2, "rCo100": 2, "rCo101": 2, "rCo093": 1, "rCo141": 1},
    ),
    (
        "rCn56",
        "vi",
        "dantri_tanifood",
        "Cần lập dự án đầu tư kho lạnh và dây chuyền chế biến nông sản",
        "Doanh nghiệp ở Trà Vinh muốn đầu tư kho lạnh và dây chuyền chế biến trái cây đông lạnh, cần vay vốn ngân "
        "hàng và xin chủ trương của tỉnh. Cần đơn vị lập thuyết minh dự án, đánh giá tác động môi trường và quy hoạch "
        "mặt bằng.",
        {"rCo094": 2, "rCo120": 1, "rCo089": 1},
    ),
    (
        "rCn57",
        "en",
        "epic",
        "Replace failed compressor unit on our freezer room",
        "The compressor of our freezer room at a processing site in Cầu Ngang (Trà Vinh) has failed and the "
        "evaporator is old. We need a refrigeration contractor to supply and install a new condensing unit and "
        "evaporator of a reliable brand quickly.",
        {"rCo092": 2, "rCo086": 1, "rCo097": 1, "rCo099": 1},
    ),
    (
        "rCn58",
        "vi",
        "cb27",
        "Can kho lanh am 25 do tru trai cay dong lanh xuat khau",
        "Cong ty o Binh Minh (Vinh Long) can kho tru dong khoang -22 den -25 do de giu trai cay dong lanh cho den khi "
        "dong container. Can bao gia thiet ke, lap dat.",
        {"rCo097": 2, "rCo086": 2, "rCo091": 2, "rCo089": 1, "rCo093": 1, "rCo099": 1},
    ),
    (
        "rCn59",
        "en",
        "woonuxt_choose",
        "Guidance on handling and selling frozen produce in shops",
        "A frozen food distributor in Trà Vinh city supplies small shops that let frozen vegetables partly thaw and "
        "refreeze. We need practical guidance on receiving, storing, displaying and selling frozen produce at the "
        "right temperature.",
        {"rCo096": 2, "rCo080": 1},
    ),
    (
        "rCn60",
        "vi",
        "foodexpo",
        "Cần thuê gia công cấp đông trái cây mùa vụ",
        "Hợp tác xã ở Vũng Liêm (Vĩnh Long) chưa đủ vốn làm nhà máy, muốn thuê gia công cấp đông trái cây vào mùa rộ "
        "(sầu riêng, xoài, thanh long) và liên kết bao tiêu đầu ra.",
        {"rCo121": 2, "rCo043": 2, "rCo120": 1},
    ),
    (
        "rCn61",
        "en",
        "china9",
        "Automated cold store with humidity control for frozen fruit",
        "A frozen fruit warehouse in Long Hồ (Vĩnh Long) has frost on products and poor stock records. We need an "
        "automated cold store with humidity control, good insulation and inventory management.",
        {"rCo099": 2, "rCo089": 1, "rCo086": 1, "rCo097": 1},
    ),
    # --- packing, certification, cold chain ---
    (
        "rCn62",
        "vi",
        "brc_fresh_guideline",
        "Cần đạt chứng nhận BRCGS để bán trái cây đông lạnh vào siêu thị Anh",
        "Nhà máy ở Bình Minh (Vĩnh Long) được nhà bán lẻ Anh yêu cầu chứng nhận tiêu chuẩn toàn cầu BRCGS về an toàn "
        "thực phẩm cho trái cây cắt, đông lạnh. Cần tư vấn xây dựng hệ thống, đánh giá rủi ro dị vật và chuẩn bị "
        "đánh giá.",
        {"rCo103": 2, "rCo102": 2, "rCo108": 1, "rCo029": 1, "rCo146": 1},
    ),
    (
        "rCn63",
        "en",
        "ifsqn_pack",
        "Metal detector and check-weigher for our frozen fruit packing line",
        "Our frozen fruit packing room in Long Hồ (Vĩnh Long) fills cartons by hand. Buyers now require metal "
        "detection, check-weighing and date coding on every carton before palletising. We need the equipment and "
        "line layout.",
        {"rCo108": 2, "rCo102": 1, "rCo107": 1},
    ),
    (
        "rCn64",
        "vi",
        "fvdrc",
        "Cần thiết bị ghi nhiệt độ cho container lạnh xuất trái cây đông lạnh",
        "Doanh nghiệp ở Trà Vinh xuất xoài, thanh long đông lạnh bằng container lạnh; từng bị khách trừ tiền vì nghi "
        "hàng rã đông trên đường. Cần thiết bị ghi, theo dõi nhiệt độ trong container và đặt trong thùng hàng, có dữ "
        "liệu làm bằng chứng.",
        {"rCo104": 2, "rCo105": 2, "rCo111": 2, "rCo112": 2, "rCo124": 2, "rCo110": 2, "rCo109": 1, "rCo040": 1},
    ),
    (
        "rCn65",
        "en",
        "ankpost",
        "Which reefer set points and container type for frozen fruit?",
        "A first-time exporter in Vĩnh Long ships frozen dragon fruit and durian arils. We need guidance on booking "
        "refrigerated containers: set temperature, whether standard units are cold enough or super-freezers are "
        "needed, ventilation and power supply.",
        {"rCo106": 2, "rCo067": 1, "rCo040": 1, "rCo105": 1},
    ),
    (
        "rCn66",
        "vi",
        "beautyarmy",
        "Cần tư vấn quy cách đóng gói trái cây IQF cho bếp ăn, nhà hàng",
        "Cơ sở ở Trà Vinh làm trái cây cấp đông rời, muốn bán cho bếp ăn công nghiệp, chuỗi nhà hàng. Cần tư vấn nên "
        "đóng túi cỡ nào, bao nhiêu túi mỗi thùng, đóng xá hay đóng khối, để khách lấy từng phần không phải rã cả bao.",
        {"rCo113": 2, "rCo107": 2, "rCo051": 1, "rCo108": 1},
    ),
    (
        "rCn67",
        "en",
        "redwood",
        "Telematics for reefer trucks from Trà Vinh to Ho Chi Minh City",
        "We truck frozen fruit from Trà Vinh to Ho Chi Minh City ports and supermarkets. We need reefer truck "
        "telematics that records set point and temperatures, alarms remotely and proves pre-cooling before loading.",
        {"rCo109": 2, "rCo124": 1, "rCo112": 1},
    ),
    (
        "rCn68",
        "vi",
        "rte",
        "Cần hướng dẫn tránh rã đông, tái đông khi bốc xếp, phân phối",
        "Nhà phân phối hàng đông lạnh ở Vĩnh Long hay để trái cây đông lạnh chờ ngoài kho khi bốc xếp, chia hàng cho "
        "các cửa hàng, gây rã đông rồi tái đông. Cần bộ hướng dẫn thực hành bảo quản, vận chuyển, bán hàng đông lạnh.",
        {"rCo096": 2, "rCo105": 1, "rCo112": 1},
    ),
    # --- puree, plants, research ---
    (
        "rCn69",
        "en",
        "tbfruit",
        "Frozen mango and passion fruit puree in drums",
        "A processor in Vũng Liêm (Vĩnh Long) wants to use soft, over-ripe mango and passion fruit for frozen puree "
        "sold to drink and dessert makers. We need a puree process (crushing, sieving, heat treatment) and frozen "
        "bulk packing.",
        {"rCo115": 2, "rCo116": 2, "rCo117": 2, "rCo148": 1},
    ),
    (
        "rCn70",
        "vi",
        "tanifood",
        "Cần thiết kế nhà máy tích hợp trái cây tươi, đông lạnh, sấy, nước ép",
        "Nhà đầu tư muốn xây nhà máy chế biến nông sản ở Trà Vinh với nhiều dây chuyền: xử lý trái tươi xuất khẩu, "
        "cấp đông, sấy, nước trái cây, tiêu thụ vài trăm tấn nguyên liệu mỗi ngày. Cần đơn vị tư vấn thiết kế tổng "
        "thể.",
        {"rCo120": 2, "rCo011": 1, "rCo094": 1},
    ),
    (
        "rCn71",
        "en",
        "ilt_strawberry",
        "Laboratory study of freeze damage in our frozen fruit",
        "A frozen fruit company in Trà Vinh wants a university partner to measure freeze damage (drip loss, texture, "
        "cell structure) in its products and compare freezing methods and storage conditions.",
        {"rCo118": 2, "rCo119": 2, "rCo030": 1, "rCo023": 1},
    ),
    (
        "rCn72",
        "en",
        "sr_kimnong",
        "Frozen durian processing to absorb the harvest glut",
        "Durian area in Vĩnh Long has grown quickly and prices crash at peak harvest, while the main market imposes "
        "strict quality and traceability rules. Our company wants to invest in a frozen durian line and cold store, "
        "or contract freezing, to take in peak-season fruit.",
        {"rCo035": 2, "rCo043": 2, "rCo121": 1, "rCo086": 1, "rCo041": 1, "rCo042": 1, "rCo046": 1},
    ),
    (
        "rCn73",
        "vi",
        "realimpressions",
        "Cần kho lạnh dùng điện mặt trời cho hợp tác xã ven biển",
        "Hợp tác xã ở Duyên Hải (Trà Vinh) điện lưới chập chờn, chạy máy phát diesel rất tốn. Muốn kho lạnh chạy "
        "bằng pin mặt trời, có lưu trữ để giữ lạnh ban đêm, bảo quản nông sản trước khi đưa đi cấp đông.",
        {"rCo101": 2, "rCo100": 2, "rCo095": 2, "rCo141": 1},
    ),
    (
        "rCn74",
        "en",
        "informa",
        "Buyer audit on norovirus and hepatitis A controls",
        "A frozen fruit exporter in Tiểu Cần (Trà Vinh) faces a buyer audit after outbreaks linked to frozen fruit. "
        "We need a control programme covering harvesters' hygiene, wash water sanitising and plant GMP, with "
        "training.",
        {"rCo029": 2, "rCo028": 2, "rCo114": 2, "rCo102": 1, "rCo025": 1},
    ),
    (
        "rCn75",
        "vi",
        "impargo",
        "Container lạnh chờ cắm điện ở cảng, cần giám sát từ xa",
        "Doanh nghiệp ở Trà Vinh xuất trái cây đông lạnh qua cảng; container lạnh có lúc chờ cắm điện lâu tại bãi. "
        "Cần hệ thống theo dõi từ xa vị trí, nhiệt độ, tình trạng điện của container để xử lý kịp.",
        {"rCo112": 2, "rCo124": 2, "rCo105": 2, "rCo104": 1, "rCo110": 1, "rCo111": 1},
    ),
]
