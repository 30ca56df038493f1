"""Needs of holdout148: (id, language, source key, title, description, {offer id: grade}).

Written blind from public pages; a need whose page is about another place is set in Trà Vinh / Vĩnh Long.
"""

NEEDS = [
    # ---- (A) precast culverts, pipes, poles, fence posts ----
    (
        "nTn01",
        "vi",
        "a_newschannel4",
        "Cần công nghệ đúc cống tròn bê tông đúc sẵn cho đường giao thông nông thôn",
        "Cơ sở vật liệu xây dựng ở huyện Càng Long hiện đổ cống tại chỗ, chờ bảo dưỡng lâu và chất lượng không đều. "
        "Chúng tôi muốn chuyển sang sản xuất cống tròn đúc sẵn trong xưởng (đá dăm, cát, xi măng, lồng thép) "
        "đường kính 400–1000 mm để cung cấp cho các xã. Cần chuyển giao máy ép/rung đúc cống, khuôn và quy trình "
        "tháo khuôn sớm để một bộ khuôn dùng được nhiều lần trong ngày.",
        {"nTo003": 2, "nTo004": 2, "nTo005": 2, "nTo002": 1, "nTo001": 1, "nTo019": 1},
    ),
    (
        "nTn02",
        "en",
        "a_boxdesign",
        "Moulds and a casting method for small precast box culverts",
        "Our company in Tiểu Cần district casts box culverts in place under rural roads, which takes weeks per crossing. "
        "We would like to switch to precast box sections made in our yard, the way precast box programs replaced "
        "cast-in-place culverts elsewhere. We need steel moulds for spans of 1–2 m and advice on whether to use "
        "wet-cast forms or dry-cast with vibration so that we can demould quickly.",
        {"nTo002": 2, "nTo004": 2, "nTo003": 1, "nTo021": 1, "nTo017": 1},
    ),
    (
        "nTn03",
        "vi",
        "a_aacl",
        "Tìm công nghệ sản xuất cột điện bê tông ly tâm dự ứng lực",
        "Doanh nghiệp ở huyện Trà Cú muốn đầu tư xưởng cột điện bê tông ly tâm cho lưới điện nông thôn. Cột ly tâm "
        "dự ứng lực có giá đầu tư dưới 50% cột thép, tuổi thọ 50–75 năm, chôn trực tiếp không cần móng và chịu được "
        "nước lợ. Chúng tôi cần chuyển giao dây chuyền: kéo căng cáp, khuôn, máy quay ly tâm (tới khoảng 600 vòng/phút) "
        "và quy trình kiểm tra sản phẩm.",
        {"nTo006": 2, "nTo010": 2, "nTo024": 2, "nTo008": 1, "nTo009": 1},
    ),
    (
        "nTn04",
        "en",
        "a_valmont",
        "Spun concrete poles crack during transport on canal routes",
        "We produce spun prestressed poles in Long Hồ, Vĩnh Long, following the usual steps: strands wrapped with spiral "
        "wire and locked into end plates, concrete placed in the lower half-mould, mould bolted, strand stressed and "
        "spun. Too many poles crack after demoulding or break when moved by boat and on small rural roads. We need help "
        "with the spinning regime, the pole design for handling loads and prototype testing.",
        {"nTo024": 2, "nTo008": 2, "nTo009": 2, "nTo010": 1, "nTo013": 1, "nTo006": 1},
    ),
    (
        "nTn05",
        "vi",
        "a_fence",
        "Can khuon tru rao be tong va ban rung nho",
        "Nha toi o Chau Thanh, Tra Vinh lam tru rao be tong 10x10 cm dai 2 m ban cho ba con rao vuon, thay rao go mau "
        "muc va rao sat ri set. Hien do khuon go, dam tay nen tru bi rong, gay goc. Can mua khuon thep nhieu ngan "
        "va ban rung nho de duc moi lan 8-10 tru, gia vua phai cho co so gia dinh.",
        {"nTo026": 2, "nTo001": 2, "nTo017": 1, "nTo018": 1},
    ),
    (
        "nTn06",
        "en",
        "a_concreteconstr_steam",
        "Steam curing so culverts can be demoulded the next day",
        "A precast yard in Trà Vinh city water-cures its culvert rings and covers for about seven days, so moulds and "
        "floor space are tied up. We are thinking of building an enclosure with tarpaulins and introducing live steam. "
        "We want to know whether steam will crack the concrete and need a curing cycle (delay, rate of rise, maximum "
        "temperature) and equipment to reach stripping strength within one day.",
        {"nTo011": 2, "nTo013": 2, "nTo012": 2, "nTo014": 2, "nTo025": 2, "nTo015": 1},
    ),
    (
        "nTn07",
        "vi",
        "a_nugget384",
        "Tấm đan, cọc tiêu đúc bị rỗ mặt và lộ thép",
        "Cơ sở chúng tôi ở thị xã Duyên Hải đúc tấm đan mương, cọc tiêu bằng khuôn thép nhiều ngăn đặt trên bàn rung. "
        "Gần đây sản phẩm bị rỗ mặt, bám dính khuôn khi tháo và có chỗ lộ cốt thép do lớp bê tông bảo vệ mỏng. "
        "Cần đơn vị hướng dẫn quy trình vệ sinh khuôn, quét chất chống dính, kê định vị cốt thép và kiểm tra chất "
        "lượng trước khi đổ.",
        {"nTo018": 2, "nTo015": 1, "nTo017": 1},
    ),
    (
        "nTn08",
        "en",
        "a_pacific",
        "Advice to start a small precast yard for culverts, covers and posts",
        "A cooperative in Cầu Ngang district wants to open a small precast yard so members stop casting culverts and "
        "fence posts on site, where weather, mixing and curing cannot be controlled. We need advice on yard layout, "
        "moulds with vibrators, reinforcement handling, curing and quality control, and on what to buy first.",
        {"nTo019": 2, "nTo018": 2, "nTo001": 1, "nTo017": 1},
    ),
    (
        "nTn09",
        "vi",
        "a_lafarge",
        "Thiết kế kết cấu cống hộp đúc sẵn chịu tải xe tải nặng",
        "Công ty chúng tôi ở thị xã Duyên Hải sản xuất cống hộp đúc sẵn theo phương pháp đúc khô và đúc ướt. Nay nhận "
        "đơn hàng cống hộp cho đường vào cảng cá, có xe tải nặng và đất đắp cao, nước mặn. Cần đơn vị tính toán, "
        "thiết kế kết cấu cống hộp (chiều dày thành, cốt thép) cho tải trọng đặc biệt này.",
        {"nTo021": 2, "nTo148": 1, "nTo002": 1, "nTo004": 1, "nTo036": 1},
    ),
    (
        "nTn10",
        "en",
        "a_cpi",
        "Concrete poles for a shrimp-farm power line in brackish ground",
        "A shrimp-farming cooperative in Duyên Hải needs about 200 concrete poles for the internal line that feeds its "
        "aerators. The ground is soft and brackish, and steel poles rusted within a few years. We want to buy poles "
        "that can be embedded directly without foundations, withstand wind and salt, and last several decades.",
        {"nTo007": 2, "nTo024": 2, "nTo006": 1},
    ),
    (
        "nTn11",
        "vi",
        "a_informationonconcrete",
        "Can dat khuon duc tru be tong trong thanh long",
        "To hop tac trong thanh long o Tra On, Vinh Long muon tu duc tru be tong 1,8-2 m cho vuon thay vi mua. Nghe noi "
        "khuon duc san dung lai duoc nhieu lan, be tong duc trong xuong ben hon do ngoai troi. Can mua khuon thep "
        "cho tru vuong co lo bat dau tru, va huong dan dam rung, bao duong cho dung.",
        {"nTo026": 2, "nTo001": 2, "nTo018": 1, "nTo017": 1},
    ),
    (
        "nTn12",
        "en",
        "a_aber",
        "Wet-cast manhole rings show low strength and high permeability",
        "Our plant in Bình Minh, Vĩnh Long, wet-casts manhole rings and inlet boxes. Forms are cleaned and oiled and "
        "cover to the steel is checked, but 28-day strength is low and rings leak. We suspect curing: the products dry "
        "out in the sun within hours. We need a curing review and a practical regime that keeps moisture and "
        "temperature right without slowing our daily production.",
        {"nTo015": 2, "nTo014": 2, "nTo011": 1, "nTo012": 1, "nTo018": 1, "nTo025": 1},
    ),
    (
        "nTn13",
        "vi",
        "a_nugget179",
        "Chuyển giao máy ép rung đúc cống tháo khuôn ngay",
        "Xưởng ở huyện Mang Thít, Vĩnh Long đang đúc cống tròn bằng khuôn thép và đầm dùi, mỗi khuôn chỉ được một "
        "sản phẩm mỗi ngày. Chúng tôi muốn chuyển sang máy ép rung dùng bê tông khô (độ sụt gần bằng 0) để tháo lõi, "
        "tháo vỏ ngay sau khi đúc. Cần tư vấn chọn máy một đến ba trạm và chuyển giao công nghệ.",
        {"nTo003": 2, "nTo004": 2, "nTo005": 2, "nTo002": 1, "nTo019": 1},
    ),
    # ---- (B) concrete for saline and acid-sulphate soils ----
    (
        "nTn14",
        "vi",
        "b_hoidap",
        "Cống bê tông đặt trong đất phèn mặn mau hư, cần xi măng bền sunfat",
        "Cống và cọc bê tông do cơ sở chúng tôi ở Trà Cú cung cấp cho các xã ven biển bị bở, nứt chỉ sau 10–15 năm, "
        "trong khi công trình ở môi trường không xâm thực bền trên 100 năm. Đất ở đây vừa phèn vừa mặn. Cần loại xi "
        "măng bền sunfat hoặc chịu mặn phù hợp và cấp phối đã được thử trong môi trường sunfat, phèn.",
        {"nTo028": 2, "nTo030": 2, "nTo037": 2, "nTo036": 1, "nTo029": 1},
    ),
    (
        "nTn15",
        "en",
        "b_btd",
        "How to classify acid sulfate sites before supplying precast culverts",
        "Road contractors in Cầu Ngang ask our precast plant for culverts on sites that a survey marks as potential or "
        "actual acid sulfate soil. We do not know how to classify the exposure, which concrete quality and cover to "
        "use, or whether coatings are needed. We need design and specification advice for concrete in acid sulfate "
        "soils that we can apply to each order.",
        {"nTo035": 2, "nTo036": 2, "nTo037": 2},
    ),
    (
        "nTn16",
        "vi",
        "b_surrey",
        "Phụ gia chống ăn mòn cốt thép cho cọc, trụ bê tông ven biển",
        "Xưởng ở thị xã Duyên Hải đúc cọc, trụ và tấm kè bê tông cốt thép giao cho vùng ven biển, nơi ion clorua thấm "
        "vào làm gỉ thép. Chúng tôi muốn thêm phụ gia ức chế ăn mòn ngay khi trộn bê tông mới. Cần nhà cung cấp phụ "
        "gia và hướng dẫn liều dùng, ảnh hưởng tới độ sụt, thời gian đông kết và cường độ 28 ngày.",
        {"nTo038": 2, "nTo039": 2, "nTo041": 1, "nTo040": 1, "nTo047": 1},
    ),
    (
        "nTn17",
        "en",
        "b_anmon_mt",
        "Rebar options for fence posts and poles on the Ba Động coast",
        "Our posts and light poles installed along the coast of Duyên Hải show rust stains and spalling within a few "
        "years because of sea spray and humid, salty air. We are considering corrosion-resistant reinforcement for "
        "products sold to coastal customers and want to compare stainless bars and coated bars on cost and durability.",
        {"nTo042": 2, "nTo043": 2, "nTo039": 1},
    ),
    (
        "nTn18",
        "vi",
        "b_vlxd_biendao",
        "Khảo sát ăn mòn cầu, cống bê tông cốt thép của xã",
        "UBND xã ở huyện Châu Thành, Trà Vinh có nhiều cầu nhỏ, cống bê tông cốt thép bị nứt dọc theo cốt thép, bong "
        "lớp bê tông do xâm nhập mặn. Cần đơn vị khảo sát hiện trạng, đo mức ăn mòn và hàm lượng muối, đánh giá mức "
        "độ hư hỏng và đề xuất giải pháp sửa chữa, kéo dài tuổi thọ.",
        {"nTo034": 2, "nTo044": 2, "nTo045": 1, "nTo151": 1, "nTo040": 1},
    ),
    (
        "nTn19",
        "en",
        "b_vlxd_biendao",
        "Salt-resistant cement for seawall blocks",
        "A precast yard in Thạnh Phú (now Vĩnh Long province) makes blocks for sea dikes and revetments and for the "
        "breakwaters that protect coastal villages. We want to buy a salt-resistant or sulfate-resisting cement made "
        "for Vietnam's hot, humid coastal climate, with supply and technical support for our mix.",
        {"nTo028": 2, "nTo030": 2, "nTo029": 1, "nTo046": 1},
    ),
    (
        "nTn20",
        "vi",
        "b_iieta",
        "Thiết kế cấp phối bê tông dùng tro bay, xỉ cho cấu kiện vùng mặn",
        "Công ty ở Duyên Hải có sẵn tro bay và xỉ từ nhà máy nhiệt điện, muốn thay một phần xi măng trong bê tông cống, "
        "cọc để tăng độ bền khi ngâm nước mặn và giảm thấm clorua. Cần đơn vị thiết kế cấp phối bền, chỉ rõ tỷ lệ "
        "phụ gia khoáng, tỷ lệ nước/xi măng và thí nghiệm kiểm chứng.",
        {"nTo031": 2, "nTo029": 2, "nTo030": 1, "nTo032": 1},
    ),
    (
        "nTn21",
        "en",
        "b_sonphu",
        "A laboratory to compare corrosion resistance of our pole mixes",
        "We make poles and piles in Tiểu Cần and are choosing between three mixes for coastal orders (different "
        "cement types, water-cement ratios and a silica-fume option). We need a laboratory that embeds steel in "
        "specimens, exposes them to salt water or chloride soil and measures corrosion potential and current so that "
        "we can pick the best mix.",
        {"nTo047": 2, "nTo033": 2, "nTo031": 1, "nTo032": 1},
    ),
    (
        "nTn22",
        "vi",
        "b_anmon_mt",
        "Cong be tong bi nut, bong o khu nuoi tom nuoc man",
        "HTX nuoi tom o Cau Ngang co nhieu cong be tong cap thoat nuoc ao bi nut doc, bong tung mang lo thep gi sau "
        "vai nam. Khong muon dap bo lam lai. Can nguoi den kiem tra va cach xu ly cho cong dang dung, vi du chat "
        "tham chong gi, sua lop be tong bao ve.",
        {"nTo040": 2, "nTo034": 2, "nTo044": 2, "nTo048": 1, "nTo045": 1, "nTo043": 1},
    ),
    (
        "nTn23",
        "en",
        "b_niger",
        "Concrete specification for a sluice gate in brackish, acid ground",
        "A commune in Duyên Hải is building a small sluice to keep seawater out of rice and shrimp areas. The water "
        "contains chloride, sulfate and magnesium and the ground is acid sulfate. We cast the precast parts and need "
        "a concrete specification: cement type, supplementary materials, maximum water-cement ratio and cover.",
        {"nTo029": 2, "nTo031": 2, "nTo036": 2, "nTo035": 1, "nTo037": 1, "nTo028": 1},
    ),
    (
        "nTn24",
        "vi",
        "b_driveway",
        "Chất thấm bảo vệ bề mặt trụ, cống bê tông trước khi giao vùng mặn",
        "Cơ sở ở Cầu Kè muốn phủ lớp bảo vệ cho trụ, cống mới đúc trước khi giao cho vùng nhiễm mặn. Chúng tôi biết "
        "lớp phủ bề mặt nhanh mòn, còn chất thấm gốc silane/siloxane đi vào trong bê tông, tạo lớp kỵ nước mà không "
        "đổi màu. Cần nhà cung cấp và hướng dẫn thời điểm, cách thi công để chống muối và nước thấm vào.",
        {"nTo048": 2, "nTo040": 1},
    ),
    (
        "nTn25",
        "en",
        "b_ccaa",
        "Testing soil and groundwater aggressiveness at culvert sites",
        "Before quoting precast culverts for new canal crossings in Trà Cú, we want the soil and groundwater tested "
        "for sulfate, pH and other aggressive agents and the site given an exposure class, so we can decide whether "
        "ordinary or sulfate-resisting mixes are required.",
        {"nTo036": 2, "nTo035": 2, "nTo037": 1},
    ),
    (
        "nTn26",
        "vi",
        "b_inox",
        "Sơn phủ bảo vệ cốt thép cho cấu kiện đúc sẵn vùng biển",
        "Doanh nghiệp ở Trà Vinh sản xuất dầm, tấm đan và cọc bê tông cốt thép cho công trình ven biển. Thép không gỉ "
        "quá đắt với sản phẩm của chúng tôi. Cần giải pháp sơn phủ bảo vệ chống ăn mòn cho cốt thép trước khi đổ bê "
        "tông, có số liệu về độ bám dính và hiệu quả trong môi trường biển Việt Nam.",
        {"nTo043": 2, "nTo042": 1, "nTo039": 1},
    ),
]

NEEDS += [
    # ---- (C) non-fired bricks, paving blocks and kerbs ----
    (
        "nTn27",
        "vi",
        "c_travinh_thesis",
        "Sản xuất gạch không nung từ tro xỉ nhiệt điện Duyên Hải",
        "Doanh nghiệp ở thị xã Duyên Hải muốn tận dụng tro bay, xỉ của Trung tâm Điện lực Duyên Hải để sản xuất gạch "
        "không nung thay gạch đất sét nung, đáp ứng chủ trương dùng vật liệu xây không nung trong công trình. Cần "
        "công nghệ, cấp phối (tro bay, vôi, thạch cao, xi măng, cát) và thiết bị ép, bảo dưỡng.",
        {
            "nTo054": 2,
            "nTo056": 2,
            "nTo057": 2,
            "nTo059": 2,
            "nTo055": 2,
            "nTo058": 1,
            "nTo069": 1,
            "nTo072": 1,
            "nTo070": 1,
        },
    ),
    (
        "nTn28",
        "en",
        "c_viewchange",
        "Our fly ash bricks absorb too much water",
        "We press fly ash bricks in Duyên Hải and steam-cure them, but absorption is around 14% and some batches stay "
        "below 10 N/mm². Builders say the walls stay damp. We need someone to rework the mix proportions (fly ash, "
        "lime, gypsum, stone dust, cement) to reach first-class brick strength with lower absorption.",
        {"nTo059": 2, "nTo058": 2, "nTo057": 1, "nTo054": 1, "nTo157": 1, "nTo056": 1},
    ),
    (
        "nTn29",
        "vi",
        "c_dredging_barrier",
        "Muon lam gach tu bun nao vet kenh muong",
        "Moi nam xa o Cau Ke nao vet kenh muong, bun do thanh dong ven bo, ton tien cho dat do. To hop tac muon thu "
        "dung bun nay lam gach lat hoac gach xay khong nung. Can biet bun co dung duoc khong, tron voi gi (voi, xi "
        "mang) va cach ep.",
        {"nTo061": 2, "nTo060": 2, "nTo063": 1, "nTo064": 1},
    ),
    (
        "nTn30",
        "en",
        "c_mdpi_dredge",
        "Characterise dredged canal sediment for reuse as building material",
        "Tiểu Cần district dredges thousands of cubic metres of canal sediment every year and wants to know whether it "
        "can be put to beneficial use instead of being dumped. We need the sediment characterised (grain size, organic "
        "matter, salinity, heavy metals) and the possible construction uses assessed.",
        {"nTo063": 2, "nTo060": 2, "nTo064": 1, "nTo062": 1},
    ),
    (
        "nTn31",
        "vi",
        "c_patent",
        "Dây chuyền sản xuất gạch lát tự chèn",
        "Công ty ở TP Trà Vinh muốn sản xuất gạch lát vỉa hè tự chèn, có mẫu giả đá cuội với gờ, rãnh khóa nhau, để "
        "cung cấp cho các dự án chỉnh trang đô thị. Cần dây chuyền: máy trộn, máy ép rung, khuôn nhiều mẫu, giá phơi "
        "và hướng dẫn cấp phối, màu.",
        {"nTo065": 2, "nTo067": 2, "nTo066": 2, "nTo068": 2, "nTo074": 2},
    ),
    (
        "nTn32",
        "en",
        "c_globmac",
        "White bloom on our coloured paving stones",
        "Our coloured interlocking pavers made in Vĩnh Long city show white efflorescence within weeks and the colour "
        "fades unevenly. We mix aggregate, cement, water and iron oxide, fill the moulds and vibrate. We need advice "
        "on admixtures, pigments and curing that reduce efflorescence.",
        {"nTo068": 2, "nTo065": 2, "nTo066": 1},
    ),
    (
        "nTn33",
        "vi",
        "c_ukstd",
        "Sản xuất bó vỉa bê tông đúc sẵn đạt tiêu chuẩn",
        "Công ty ở Vĩnh Long nhận đơn bó vỉa, rãnh biên bê tông cho đường đô thị. Chủ đầu tư yêu cầu sản phẩm theo "
        "tiêu chuẩn, có kết quả thử tải trọng ngang, độ hút nước và kích thước. Cần khuôn, hướng dẫn kiểm soát chất "
        "lượng và phòng thí nghiệm thử nghiệm bó vỉa.",
        {"nTo161": 2, "nTo162": 2, "nTo073": 1, "nTo001": 1, "nTo155": 1},
    ),
    (
        "nTn34",
        "en",
        "c_waterreview",
        "Cement-free geopolymer bricks from fly ash",
        "Cement prices keep rising for our block plant in Duyên Hải, while fly ash from the power plants nearby is "
        "plentiful. We want to make geopolymer bricks activated with sodium hydroxide and sodium silicate instead of "
        "cement, preferably cured at ambient temperature, and need mix design and trial production support.",
        {"nTo070": 2, "nTo071": 2, "nTo072": 2, "nTo064": 1, "nTo056": 1},
    ),
    (
        "nTn35",
        "vi",
        "c_khanhhoa",
        "Đào tạo công nhân vận hành và kiểm tra gạch không nung",
        "Nhà máy gạch xi măng cốt liệu mới ở huyện Tiểu Cần có công nhân chưa quen vận hành máy ép, bảo dưỡng và "
        "kiểm tra sản phẩm theo tiêu chuẩn. Cần khóa đào tạo về gạch không nung: kiến thức cơ bản, tiêu chuẩn, công "
        "nghệ sản xuất gạch bê tông và thi công khối xây.",
        {"nTo069": 2, "nTo075": 1, "nTo067": 1},
    ),
    (
        "nTn36",
        "en",
        "c_dolomit",
        "Non-fired bricks from pond soil",
        "Farmers in Càng Long dig many fish and shrimp ponds and the excavated soil piles up. A local company wants to "
        "turn this soil into non-fired bricks instead of firing it in kilns, and needs a proven technology and mix, "
        "forming pressure and curing method.",
        {"nTo077": 2, "nTo076": 1, "nTo061": 1},
    ),
    (
        "nTn37",
        "vi",
        "c_dbscl_gach",
        "Lò gạch nung Mang Thít muốn chuyển sang gạch xi măng cốt liệu",
        "Cơ sở gạch ngói nung ở huyện Mang Thít, Vĩnh Long phải giảm lò nung thủ công vì khói bụi và đất sét ngày "
        "càng khan hiếm. Chúng tôi muốn chuyển sang gạch bê tông (xi măng, cát, mạt đá) không nung. Cần máy ép gạch, "
        "bàn rung và đào tạo chuyển đổi.",
        {"nTo067": 2, "nTo069": 2, "nTo065": 1, "nTo066": 1, "nTo068": 1, "nTo081": 1},
    ),
    (
        "nTn38",
        "en",
        "c_interpave",
        "Our kerbs fail the transverse load test",
        "We cast kerbs and channels for road projects in Vĩnh Long. Some kerbs broke in the transverse strength test "
        "demanded by the client and absorption results vary. We need an independent laboratory to test dimensions, "
        "transverse load and absorption and to tell us what is wrong.",
        {"nTo161": 2, "nTo155": 2, "nTo162": 1},
    ),
    (
        "nTn39",
        "vi",
        "c_dredging_brick",
        "Gạch lát thấm nước chống ngập cho khu đô thị",
        "Khu đô thị mới ở TP Trà Vinh thường ngập khi mưa lớn trùng triều cường. Chủ đầu tư muốn lát vỉa hè, bãi đỗ "
        "bằng gạch thấm nước để nước mưa ngấm xuống đất. Cần nhà cung cấp gạch lát thấm nước và công nghệ sản xuất tại "
        "chỗ, ưu tiên dùng vật liệu địa phương.",
        {"nTo061": 2, "nTo060": 1, "nTo065": 1},
    ),
    # ---- (D) stone cutting, engraving and CNC carving ----
    (
        "nTn40",
        "vi",
        "d_drewdernavich",
        "Khắc ảnh chân dung lên bia mộ đá granite đen",
        "Cơ sở làm bia mộ ở TP Trà Vinh vẫn dán ảnh sứ lên bia, hay bong tróc. Khách muốn khắc ảnh chân dung trực tiếp "
        "lên mặt đá granite đen đánh bóng như nhiều nơi đã làm. Cần máy hoặc dịch vụ khắc ảnh (laser hoặc mũi kim "
        "cương) và hướng dẫn tô màu cho bền.",
        {"nTo092": 2, "nTo094": 2, "nTo090": 2, "nTo093": 2, "nTo095": 1},
    ),
    (
        "nTn41",
        "en",
        "d_barryxball",
        "CNC carving of Khmer pagoda ornaments in stone",
        "A stone workshop in Châu Thành, Trà Vinh carves ornaments, naga railings and relief panels for Khmer pagodas "
        "by hand. We want CNC machines or a CNC carving partner to rough out and carve reliefs in sandstone and "
        "granite from our drawings, leaving the final details to our carvers.",
        {"nTo086": 2, "nTo085": 2, "nTo087": 2, "nTo089": 1, "nTo088": 1, "nTo103": 1},
    ),
    (
        "nTn42",
        "vi",
        "d_tcct",
        "Chùa cần tạc tượng Phật bằng đá cao 2,5 m",
        "Ban quản trị một chùa Khmer ở huyện Cầu Kè muốn thỉnh tượng Phật bằng đá nguyên khối cao khoảng 2,5 m. Khối đá "
        "phải lớn, liền, không rạn. Cần cơ sở điêu khắc đá nhận tạc tượng theo mẫu của chùa, có kinh nghiệm chọn đá "
        "và vận chuyển, lắp đặt.",
        {"nTo106": 2, "nTo108": 2, "nTo102": 2, "nTo104": 2, "nTo103": 1, "nTo105": 1},
    ),
    (
        "nTn43",
        "en",
        "d_mkdiamond",
        "Faster slabbing of granite blocks for headstones",
        "Our headstone workshop in Vĩnh Long buys granite blocks and cuts them into 5–8 cm slabs with a large circular "
        "saw, which is slow and wastes stone. We want to know which block-cutting technology (diamond wire, multi-wire "
        "or diamond frame saw) suits a small workshop and where to get it.",
        {"nTo097": 2, "nTo099": 2, "nTo098": 2, "nTo100": 1},
    ),
    (
        "nTn44",
        "vi",
        "d_sartin_maint",
        "Can may khac chu len bia mo, khong khac tay nua",
        "Xuong bia mo o Tra Cu van duc chu bang tay, mot tam bia mat ca ngay. Muon chuyen sang khac bang may: cat "
        "khuon chu bang may roi phun cat, hoac khac laser. Can tu van thiet bi va cach lam.",
        {"nTo090": 2, "nTo093": 2, "nTo095": 2, "nTo086": 1, "nTo092": 1},
    ),
    (
        "nTn45",
        "en",
        "d_mystone",
        "Etched portraits on our headstones fade within two or three years",
        "We laser-etch portraits on black granite headstones in Vĩnh Long. Customers complain that the images fade "
        "after two or three years of sun and rain. We want a more durable etching method or colouring technique for "
        "portraits and lettering.",
        {"nTo094": 2, "nTo091": 1, "nTo092": 1, "nTo093": 2},
    ),
    (
        "nTn46",
        "vi",
        "d_impactlab",
        "Dùng robot hoặc CNC đục thô tượng đá để giảm công",
        "Cơ sở điêu khắc đá ở TP Trà Vinh mất nhiều tuần đục thô mỗi pho tượng. Chúng tôi muốn dùng CNC hoặc cánh tay "
        "robot đục phần khối chính theo mô hình 3D, thợ chỉ làm chi tiết và đánh bóng. Cần tư vấn thiết bị, phần mềm "
        "và chuyển giao.",
        {"nTo102": 2, "nTo104": 2, "nTo088": 2, "nTo103": 2, "nTo085": 1, "nTo086": 1},
    ),
    (
        "nTn47",
        "en",
        "d_langngheviet",
        "Train young Khmer carvers in hand stone carving",
        "A pagoda school in Trà Cú wants to revive stone carving among Khmer youths so that pagodas can restore their "
        "own ornaments. We need experienced artisans who can run an apprenticeship covering stone selection, roughing, "
        "carving and polishing.",
        {"nTo109": 2, "nTo096": 1},
    ),
    (
        "nTn48",
        "vi",
        "d_howtocut",
        "Lưỡi cắt đá granite mau mòn, mẻ cạnh",
        "Xưởng đá ở Càng Long cắt granite làm bia, bậc thềm bằng máy cắt cầu. Lưỡi cắt kim cương mau mòn, đường cắt "
        "mẻ cạnh. Cần được tư vấn chọn loại lưỡi (vành liền, răng cưa, phân đoạn), cắt ướt hay khô và thông số cắt.",
        {"nTo101": 2, "nTo100": 1, "nTo099": 1},
    ),
    (
        "nTn49",
        "en",
        "d_carvestone",
        "Our staff cannot program the CNC router we bought",
        "We bought a 3-axis stone CNC router for our workshop in Vĩnh Long, but staff only run the demo files. We need "
        "training on importing DXF and 3D files, creating toolpaths, choosing diamond tools and feeds for granite, "
        "and avoiding common mistakes.",
        {"nTo089": 2, "nTo087": 1, "nTo088": 1},
    ),
    (
        "nTn50",
        "vi",
        "d_damynghe",
        "Đổi mới thiết bị xưởng đá mỹ nghệ cho năng suất cao hơn",
        "Xưởng đá mỹ nghệ ở huyện Châu Thành, Trà Vinh còn dùng máy cắt, mài cầm tay, bụi và tiếng ồn lớn, năng suất "
        "thấp. Muốn học kinh nghiệm các làng nghề đá đã đổi mới công nghệ: thiết bị nào nên đầu tư trước, cách giảm "
        "bụi và giữ tay nghề thủ công.",
        {"nTo096": 2, "nTo116": 1, "nTo086": 1, "nTo114": 1},
    ),
    (
        "nTn51",
        "en",
        "d_graphicspro",
        "Machine-cut stencils for sandblasting lettering",
        "We sandblast lettering and simple designs on granite and river-stone memorials in Trà Vinh, cutting the "
        "rubber stencils by hand. We want a machine or service to cut the stencil mats from computer files, and advice "
        "on blasting depth.",
        {"nTo090": 2, "nTo093": 1, "nTo095": 1},
    ),
    (
        "nTn52",
        "vi",
        "d_robotor",
        "Quét 3D để phục chế tượng đá chùa bị vỡ",
        "Một chùa ở huyện Tiểu Cần có tượng đá cổ bị vỡ tay, mũi; chùa muốn làm bản sao mới giống hệt để thay ngoài "
        "sân và giữ bản gốc. Cần dịch vụ quét 3D bản gốc, dựng mô hình và gia công CNC bản sao bằng đá.",
        {"nTo104": 2, "nTo105": 2, "nTo102": 1},
    ),
]

NEEDS += [
    # ---- (E) dust, noise and slurry water of workshops ----
    (
        "nTn53",
        "vi",
        "e_nonnuoc_thesis",
        "Bụi đá ở xưởng bia mộ làm thợ khó thở, hàng xóm phàn nàn",
        "Xưởng bia mộ, đá ốp ở TP Trà Vinh cắt, mài khô bằng máy cầm tay, bụi trắng bay sang nhà dân, thợ ho kéo dài. "
        "Phường yêu cầu khắc phục. Cần giải pháp giảm bụi tại nguồn: cắt ướt, hút bụi tại chỗ, và đo nồng độ bụi "
        "sau khi cải tạo.",
        {"nTo114": 2, "nTo116": 2, "nTo113": 2, "nTo115": 2, "nTo117": 1, "nTo134": 1},
    ),
    (
        "nTn54",
        "en",
        "e_porvoo_streams",
        "Slurry water from granite cutting goes into the canal",
        "Our granite workshop in Càng Long lets cutting water run into a ditch that drains to a canal; the bottom is "
        "silting up white and neighbours complain. We want to settle, treat and reuse the water and dewater the sludge "
        "so nothing is discharged.",
        {"nTo118": 2, "nTo119": 2, "nTo121": 2, "nTo123": 2, "nTo124": 2, "nTo120": 1, "nTo122": 2},
    ),
    (
        "nTn55",
        "vi",
        "e_greatlakes",
        "Nước rửa xe bồn, rửa khuôn ở bãi đúc cống có pH cao",
        "Bãi đúc cống ở huyện Châu Thành, Trà Vinh rửa xe trộn, khuôn và máy mỗi ngày; nước rửa chảy ra mương, cặn "
        "xi măng đóng cứng đường ống và bị cán bộ môi trường nhắc nhở vì nước có tính kiềm mạnh. Cần hố lắng, tái sử "
        "dụng nước và trung hòa pH trước khi thải.",
        {"nTo125": 2, "nTo126": 2, "nTo128": 2, "nTo127": 2, "nTo129": 1},
    ),
    (
        "nTn56",
        "en",
        "e_huada",
        "Stone saws too loud for neighbours at night",
        "Our stone yard in Trà Cú runs saws into the evening and the commune has asked us to reduce noise; readings "
        "near the saws exceed 100 dB(A). We need quieter blades or machines, barriers or enclosures, and an estimate "
        "of how much each option reduces the level.",
        {"nTo130": 2, "nTo131": 2, "nTo132": 1, "nTo133": 1},
    ),
    (
        "nTn57",
        "vi",
        "e_benjeddou",
        "Tận dụng bùn đá từ xưởng cắt làm gạch",
        "Mỗi tháng xưởng đá ở TP Trà Vinh thải vài chục khối bùn đá sau lắng, phải thuê chở đổ. Chúng tôi muốn trộn bùn "
        "đá với xi măng, cát để ép gạch block hoặc gạch lát, vừa giảm chi phí đổ thải vừa có thêm sản phẩm.",
        {"nTo136": 2, "nTo135": 2, "nTo138": 1, "nTo139": 1},
    ),
    (
        "nTn58",
        "en",
        "e_porvoo_press",
        "Recycled water too dirty for our CNC spindle",
        "We installed a settling tank and a small filter press at our stone shop in Vĩnh Long. The saw runs fine on "
        "recycled water, but the CNC router spindle and polishers need much cleaner water and the fines wear pumps "
        "and nozzles. We need a recycling system that delivers clean water to these machines.",
        {"nTo122": 2, "nTo121": 2, "nTo124": 2, "nTo119": 1, "nTo118": 1},
    ),
    (
        "nTn59",
        "vi",
        "e_verona",
        "Tho cat da bi ho, can khau trang va cach giam bui silic",
        "Xuong da o Cau Ngang co 6 tho cat mai da granite, may nguoi bi ho lau. Nghe noi bui silic gay benh phoi khong "
        "chua duoc. Can huong dan cat uot, loai khau trang dat chuan va tap huan cho tho.",
        {"nTo114": 2, "nTo117": 2, "nTo116": 1},
    ),
    (
        "nTn60",
        "en",
        "e_strz",
        "Environmental assessment for a stone-carving cluster",
        "Several stone and tombstone workshops in one hamlet of Trà Vinh city must prepare environmental documents for "
        "the district, covering dust, noise, wastewater and stone waste, and propose measures. We need an assessment "
        "of the current pollution and a mitigation plan for the cluster.",
        {"nTo134": 2, "nTo120": 1, "nTo138": 1},
    ),
    (
        "nTn61",
        "vi",
        "e_worksafe",
        "Cách âm xưởng cắt đá gần khu dân cư",
        "Xưởng cắt đá, mài bia ở huyện Càng Long nằm sát nhà dân, máy cắt kêu rất lớn. Chúng tôi cần giải pháp cách "
        "âm cho xưởng: vách, rèm tiêu âm hoặc buồng kín quanh máy, kèm mức giảm tiếng ồn dự kiến.",
        {"nTo131": 2, "nTo130": 2, "nTo132": 1, "nTo133": 1},
    ),
    (
        "nTn62",
        "en",
        "e_eglinton",
        "Dust extraction for polishing granite headstones",
        "Our carvers in Cầu Kè polish and grind granite headstones with hand grinders, often dry. We need a dust "
        "collection system, downdraft benches or local exhaust for these stations, sized for a small shop.",
        {"nTo116": 2, "nTo115": 2, "nTo117": 1, "nTo114": 1},
    ),
    (
        "nTn63",
        "vi",
        "e_filterproject",
        "Bể lắng nước cắt đá đầy bùn, cần máy ép bùn",
        "Xưởng đá ở Vũng Liêm có bể lắng nước cắt đá nhưng bùn đầy nhanh, phải vét tay hàng tuần. Cần hệ thống keo "
        "tụ, lắng và máy ép bùn để bùn thành bánh khô dễ chở đi, nước trong quay lại máy cắt.",
        {"nTo118": 2, "nTo123": 2, "nTo119": 2, "nTo121": 1, "nTo124": 1},
    ),
    (
        "nTn64",
        "en",
        "e_mcdermott",
        "Reusing washout water in our precast pipe mixes",
        "At our precast pipe yard in Tam Bình, Vĩnh Long, mixer and mould washout water is collected but then thrown "
        "away. We want to settle it and reuse the clarified water in new concrete mixes to save mains water, without "
        "harming strength.",
        {"nTo127": 2, "nTo125": 2, "nTo128": 2, "nTo126": 1},
    ),
    # ---- (F) testing and standards ----
    (
        "nTn65",
        "vi",
        "f_buriedpipe",
        "Thí nghiệm nén ba cạnh ống cống để nghiệm thu dự án",
        "Dự án thoát nước ở TP Trà Vinh yêu cầu cống bê tông cốt thép của chúng tôi phải có kết quả thử tải nén ba "
        "cạnh (tải gây nứt và tải phá hoại) theo cấp cống. Cần phòng thí nghiệm thực hiện thí nghiệm này và lập báo "
        "cáo.",
        {"nTo146": 2, "nTo145": 2, "nTo164": 1, "nTo147": 1, "nTo148": 1},
    ),
    (
        "nTn66",
        "en",
        "f_c497_scribd",
        "Build an in-house three-edge bearing test frame",
        "Our pipe plant in Trà Vinh wants to test pipes in-house every day instead of sending them away. We need a "
        "three-edge bearing machine or the design of a rigid test frame with bearing strips and loading that meets "
        "the standard.",
        {"nTo147": 2, "nTo164": 2, "nTo145": 1},
    ),
    (
        "nTn67",
        "vi",
        "f_astm_wk",
        "Thí nghiệm cường độ nén và độ hút nước gạch lát",
        "Cơ sở gạch lát tự chèn ở Vĩnh Long cần thử cường độ nén và độ hút nước gạch theo tiêu chuẩn để dự thầu, "
        "nhưng không biết cách lấy mẫu, quy đổi theo chiều dày viên gạch. Cần phòng thí nghiệm và hướng dẫn.",
        {"nTo153": 2, "nTo155": 2, "nTo154": 1, "nTo157": 1},
    ),
    (
        "nTn68",
        "en",
        "f_upv_mdpi",
        "Check the strength of poles already installed",
        "An electricity contractor in Trà Vinh doubts the concrete quality of poles already standing on a line. We "
        "need in-situ testing without cutting the poles, such as rebound hammer, ultrasonic pulse velocity and cover "
        "measurement, to estimate strength and find defects.",
        {"nTo151": 2, "nTo152": 2, "nTo149": 1, "nTo150": 1},
    ),
    (
        "nTn69",
        "vi",
        "f_vmix",
        "Thí nghiệm nén mẫu bê tông 7 và 28 ngày cho lô cống",
        "Xưởng cống ở Tiểu Cần phải nộp kết quả nén mẫu lập phương 150 mm ở tuổi 7 và 28 ngày cho mỗi lô. Cần phòng "
        "thí nghiệm nhận mẫu, bảo dưỡng và nén theo đúng tốc độ gia tải, hướng dẫn đúc mẫu tại bãi.",
        {"nTo158": 2, "nTo160": 2, "nTo159": 1},
    ),
    (
        "nTn70",
        "en",
        "f_ndt_course",
        "Estimate early-age strength to decide demoulding time",
        "We demould culverts in Càng Long by feel. We want a non-destructive way, for example ultrasonic pulse "
        "velocity correlated with compressive strength at different ages, to decide when products can be stripped "
        "and moved.",
        {"nTo150": 2, "nTo152": 1, "nTo151": 1, "nTo149": 1},
    ),
    (
        "nTn71",
        "vi",
        "f_bs1343",
        "Chứng nhận hợp chuẩn bó vỉa để dự thầu công trình công",
        "Công ty bó vỉa, gạch lát ở Vĩnh Long cần chứng nhận sản phẩm hợp chuẩn để tham gia gói thầu hạ tầng. Cần tư "
        "vấn hệ thống kiểm soát sản xuất tại nhà máy, kế hoạch lấy mẫu và thử nghiệm.",
        {"nTo162": 2, "nTo161": 1, "nTo155": 1},
    ),
    (
        "nTn72",
        "en",
        "f_salier",
        "Testing granite kerbs and steps for a pagoda project",
        "A pagoda in Trà Cú is paving its courtyard with natural granite kerbs and steps cut in our workshop. The "
        "contractor wants test results for the stone (flexural strength, absorption, dimensions) under the natural "
        "stone kerb standard.",
        {"nTo163": 2, "nTo161": 1, "nTo155": 1},
    ),
    (
        "nTn73",
        "vi",
        "f_interlock",
        "Kiểm tra nhanh độ hút nước, độ rỗng gạch lát tại xưởng",
        "Xưởng gạch lát ở Bình Tân muốn kiểm tra nhanh chất lượng hằng ngày qua độ hút nước, độ rỗng, khối lượng "
        "riêng thay vì lần nào cũng gửi nén. Cần phương pháp liên hệ các chỉ tiêu này với cường độ.",
        {"nTo157": 2, "nTo155": 1, "nTo154": 1},
    ),
    (
        "nTn74",
        "en",
        "f_aashto",
        "Hydrostatic and joint leak testing of irrigation pipes",
        "Irrigation projects in Cầu Ngang require our concrete pipes and joints to pass hydrostatic and absorption "
        "tests. We need a laboratory that runs these tests on pipe sections and joints.",
        {"nTo145": 2, "nTo146": 2, "nTo005": 1},
    ),
    (
        "nTn75",
        "en",
        "f_civildiag",
        "Rebound hammer training for our QC staff",
        "Our precast plant in Trà Vinh bought a rebound hammer but staff do not know how to take readings, correct "
        "them or relate rebound numbers to compressive strength. We need hands-on training in non-destructive testing "
        "of concrete.",
        {"nTo149": 2, "nTo152": 1, "nTo151": 1},
    ),
]
