"""Needs of the holdout91 labelled set (bricks, tiles, pottery and ceramics), with their judged offers.

Rows: (id, language, source key, title, description, {offer id: grade}); grade 2 = would solve the need,
1 = partly relevant; offers not listed are not relevant. Offers are in holdout91_offers.py.
"""

NEEDS = [
    # --- kilns: conversion, fuels, firing control ---
    (
        "lOn01",
        "vi",
        "vneec_vl",
        "Chuyển lò tròn đốt trấu sang lò nung liên tục mà vẫn nung được gốm",
        "Cơ sở gia đình ở xã Nhơn Phú (Mang Thít) đang có hai lò tròn thủ công đốt trấu, mỗi mẻ chỉ "
        "80.000–120.000 viên và kéo dài hơn 30 ngày; khói thải ra thẳng không xử lý, giá trấu năm nào cũng tăng. "
        "Tỉnh có hơn 1.000 cơ sở với trên 2.200 miệng lò giống chúng tôi. Cần công nghệ lò nung liên tục cải tạo "
        "được từ lò cũ, đốt ít trấu hơn, ít khói, và vẫn nung được cả gạch lẫn gốm đỏ.",
        {
            "lOo001": 2,
            "lOo002": 2,
            "lOo005": 2,
            "lOo003": 2,
            "lOo004": 1,
            "lOo006": 1,
            "lOo014": 1,
            "lOo013": 1,
            "lOo008": 1,
            "lOo015": 1,
        },
    ),
    (
        "lOn02",
        "en",
        "peeref_kilns",
        "Low-capital, cleaner kiln for a household brickyard in Cầu Kè",
        "We are a family brickyard in Cầu Kè firing in an old intermittent kiln that smokes heavily. Measurements "
        "at many kilns in South Asia found traditional kilns far dirtier in particulates, SO2 and CO than zigzag "
        "or vertical shaft kilns. We want a continuous kiln with low capital cost that fits our present "
        "production, cuts fuel and smoke and that our workers can learn to run: designs, construction guidance "
        "and field references.",
        {
            "lOo006": 2,
            "lOo007": 2,
            "lOo008": 2,
            "lOo015": 2,
            "lOo016": 2,
            "lOo001": 2,
            "lOo002": 2,
            "lOo005": 2,
            "lOo009": 1,
            "lOo010": 1,
            "lOo003": 1,
            "lOo004": 1,
        },
    ),
    (
        "lOn03",
        "en",
        "phudien_mientay",
        "Our bricks are losing to Hoffmann-fired bricks from Tây Ninh",
        "Brick kiln owner in Thanh Đức (Long Hồ). Bricks from Tây Ninh fired in Hoffmann-type continuous kilns "
        "come out in 12 hours and sell at about 500 đồng a piece at the kiln against 720 đồng for ours, while a "
        "round-kiln batch takes a month; in shops it is 750–800 đồng against 1,100. Husk prices stay high and "
        "most kilns around us are idle. We need a continuous, husk-fired kiln that shortens firing and cuts fuel "
        "per brick, buildable on our own yard.",
        {
            "lOo001": 2,
            "lOo002": 2,
            "lOo003": 2,
            "lOo004": 2,
            "lOo005": 2,
            "lOo013": 1,
            "lOo011": 1,
            "lOo006": 1,
            "lOo008": 1,
            "lOo015": 1,
        },
    ),
    (
        "lOn04",
        "vi",
        "mayepcamnoi",
        "Cần tư vấn công nghệ lò tuynel cho nhà máy gạch mới ở Duyên Hải",
        "Doanh nghiệp chúng tôi dự kiến đầu tư nhà máy gạch nung ở Duyên Hải để thay các lò thủ công phải xóa "
        "bỏ theo chủ trương từ Quyết định 115/2001/QĐ-TTg; sản lượng gạch nung cả nước đã từ khoảng 12 tỷ viên "
        "(2000) lên 22 tỷ (2007). Chúng tôi nghiêng về lò tuynel nhưng ngại chuyển giao không bài bản như một "
        "số lò Hoffman ở Chợ Mới (An Giang) gặp khó năm 2008–2009. Cần đơn vị tư vấn so sánh, chọn công nghệ lò "
        "tuynel, năng suất và suất đầu tư.",
        {"lOo011": 2, "lOo012": 1, "lOo014": 1, "lOo053": 1, "lOo027": 1},
    ),
    (
        "lOn05",
        "en",
        "firedbrick_rules2",
        "Uneven bricks from our new continuous kiln — firing control training",
        "Our cooperative in Tiểu Cần converted to a continuous kiln last year, but the fire master still works "
        "by eye: some chambers come out underfired while bricks near the fire holes are overburnt, and we often "
        "feed damp husk. We need training and simple measurements so the crew raises temperature at the right "
        "rate, controls air flow, records fuel per batch and knows when a chamber is done.",
        {"lOo034": 2, "lOo028": 2, "lOo029": 1, "lOo030": 1, "lOo032": 1, "lOo010": 1},
    ),
    (
        "lOn06",
        "vi",
        "battrang_lo",
        "Xưởng gốm mỹ nghệ muốn chuyển lò củi sang lò gas",
        "Xưởng gốm mỹ nghệ nhỏ ở Long Hồ đang nung bằng lò bầu đốt củi, hàng ra không đều màu, nhiều khói. Chúng "
        "tôi thấy các làng gốm lớn đã đi từ lò ếch, lò đàn, lò bầu, lò hộp sang lò con thoi dùng gas. Cần đơn vị "
        "khảo sát, thiết kế và lắp đặt lò gas hợp quy mô xưởng, tính trước chi phí nhiên liệu và tỷ lệ hàng đạt "
        "sau chuyển đổi.",
        {"lOo017": 2, "lOo018": 2, "lOo019": 2, "lOo020": 1, "lOo023": 1, "lOo029": 1},
    ),
    (
        "lOn07",
        "en",
        "energyglobe_enerteam",
        "Keep firing with rice husk, but cleanly — gasification for our pottery kiln",
        "Terracotta workshop in Mang Thít. Our husk-fired kiln smokes over the neighbourhood, and the rules on "
        "traditional kilns leave two choices: close, or switch to oil or coal kilns that cost far more to build "
        "and run. Husk is what we have locally. We are looking for a proven way to gasify husk or other biomass "
        "and burn the gas in the kiln, with supplier support and ideally a service or financing model.",
        {"lOo013": 2, "lOo020": 2, "lOo021": 2, "lOo022": 1, "lOo017": 1},
    ),
    (
        "lOn08",
        "vi",
        "hieploi_gomvl",
        "Lo gom dot cui tap, cui khan hiem va dat — muon doi sang trau hoac trau ep",
        "Co so gom o Tam Binh van nung lo dai bang go tap nhu tu nam 1983 khi nghe gom do moi hinh thanh. Cui "
        "ngay cang hiem, gia cao, trong khi trau o mien Tay co san, re. Can tu van chuyen lo sang dot trau, trau "
        "ep vien hoac khi hoa trau, tinh luong chat dot va chi phi.",
        {"lOo022": 2, "lOo021": 2, "lOo005": 1, "lOo003": 1, "lOo013": 1},
    ),
    (
        "lOn09",
        "en",
        "ci_firing",
        "Our shuttle kiln heats walls and kiln cars more than pots",
        "Glazed-pot maker in Bình Minh with a gas shuttle kiln lined with dense brick and heavy kiln cars — "
        "roughly 2,500 lb of car and furniture carrying 350 lb of ware, so most of the heat goes into refractory. "
        "We want a relining with lighter insulation, lighter kiln furniture and car tops, to cut fuel per firing "
        "and shorten cycles without creating hot spots.",
        {"lOo023": 2, "lOo024": 2, "lOo025": 2, "lOo026": 2, "lOo027": 2, "lOo018": 1},
    ),
    (
        "lOn10",
        "vi",
        "ceramicdictionary_temp",
        "Cần thiết bị đo, ghi nhiệt độ lò gốm để bớt hàng sống, hàng cháy",
        "Lò gốm của hợp tác xã ở Mang Thít canh lửa bằng mắt nên mẻ thì non, mẻ thì quá lửa. Cần lắp hỏa kế với "
        "can nhiệt luồn qua lỗ quan sát, đặt côn đo nhiệt ở nhiều vị trí trong lò để biết chỗ nóng chỗ nguội, và "
        "nếu được thì bộ điều khiển chạy theo đường cong nung đặt sẵn.",
        {"lOo029": 2, "lOo030": 2, "lOo031": 2, "lOo028": 1, "lOo032": 1},
    ),
    (
        "lOn11",
        "en",
        "smalted_tc",
        "Monitor kiln temperatures remotely from the office",
        "We run three kilns at a pottery in Tam Bình and the owner wants to follow the firing curves on a phone "
        "or computer instead of walking to each kiln through the night. Looking for thermocouples, controllers "
        "and a logging system with remote access and history, plus advice on calibrating thermocouples and "
        "replacing them when readings drift.",
        {"lOo031": 2, "lOo032": 2, "lOo033": 2, "lOo029": 1},
    ),
    (
        "lOn12",
        "vi",
        "xamou",
        "Đo nhiệt độ các vùng lò liên hoàn để điều chỉnh cấp trấu",
        "Cơ sở gạch ở Mỹ An (Mang Thít) vừa chuyển sang lò liên hoàn nhưng chưa có dụng cụ đo: không biết nhiệt "
        "trong từng buồng, khói ra ống khói bao nhiêu độ, tường lò thất thoát nhiệt ở đâu. Cần đơn vị đo nhiệt "
        "độ (can nhiệt cầm tay, súng hồng ngoại, hỏa kế) và hướng dẫn đọc số liệu để điều chỉnh lượng trấu.",
        {"lOo028": 2, "lOo029": 2, "lOo030": 1, "lOo032": 1},
    ),
    (
        "lOn13",
        "vi",
        "firedbrick_hoff",
        "Đào tạo thợ đốt lò liên tục cho cơ sở mới chuyển từ lò tròn",
        "Chúng tôi ở Trà Ôn vừa xây lò vòng liên tục hai dãy buồng, lửa chạy suốt ngày đêm, khác hẳn lò tròn đốt "
        "từng mẻ trước đây. Thợ cũ chưa quen điều khiển vùng lửa di chuyển, nâng nhiệt và làm nguội. Cần khóa "
        "đào tạo thợ đốt: cách nhận biết gạch chín, dùng côn nhiệt, đo co ngót, giảm tỷ lệ gạch hỏng.",
        {"lOo034": 2, "lOo030": 2, "lOo010": 1, "lOo028": 1},
    ),
    (
        "lOn14",
        "vi",
        "ekpottery",
        "Lò nung chậu đất nung cỡ lớn cho chín đều, giữ màu",
        "Xưởng chậu cảnh đất nung ở Long Hồ làm chậu lớn tạo hình tay, nung ở 700–900°C để giữ màu vàng nâu, đỏ "
        "nâu tự nhiên. Lò hiện tại nung không đều: chậu gần bầu đốt bị cháy sém, chậu trên cao còn non. Cần kiểu "
        "lò hoặc cách cải tạo lò nung được chậu cỡ lớn chín đều, tốn ít chất đốt.",
        {"lOo001": 2, "lOo003": 1, "lOo027": 1, "lOo023": 1, "lOo029": 1},
    ),
    (
        "lOn15",
        "en",
        "gardenbanter",
        "Underfired pots flake at our buyers — fire to proper maturity",
        "A UK garden buyer reports that our terracotta pots from Vũng Liêm flake after one winter outdoors and "
        "calls them under-fired, as many Vietnamese pots are; painting or varnishing them does not help because "
        "the film cracks. We suspect our kiln never reaches the same top temperature everywhere. We need help to "
        "measure and control peak temperature and soak, and a way to check maturity on samples.",
        {"lOo029": 2, "lOo030": 2, "lOo034": 1, "lOo116": 1},
    ),
    (
        "lOn16",
        "en",
        "docz_phuoctich",
        "Pots crack during firing and cooling",
        "Our pottery group in Càng Long loses many pieces to cracks: some split while heating, others crack when "
        "we open the kiln early. Old potters say the secret is raising the temperature gradually to the top and "
        "then cooling slowly once the ware is mature, but we have no written schedule. We need help writing "
        "firing curves for each product group and diagnosing the cracks.",
        {"lOo069": 2, "lOo030": 2, "lOo029": 2},
    ),
    # --- clay preparation and raw materials ---
    (
        "lOn17",
        "vi",
        "dulichgiaitri",
        "Gốm đỏ bị loang vân trắng do đất phèn, khách xuất khẩu chê",
        "Doanh nghiệp gốm ở Long Hồ làm dòng gốm không men đốt trấu. Đất sét vùng này nhiễm phèn nên sau nung "
        "nhiều sản phẩm nổi vân, mảng trắng; khách trong nước thích nhưng khách nhập khẩu đòi màu đỏ đều và trả "
        "hàng. Cần phụ gia hoặc cách xử lý đất để muối phèn không nổi lên bề mặt, kèm thử nghiệm kiểm chứng.",
        {"lOo119": 2, "lOo120": 2, "lOo115": 1},
    ),
    (
        "lOn18",
        "en",
        "allbrick_eff",
        "Screen incoming clay for soluble salts before production",
        "Brick and tile maker in Trà Vinh buying clay from several rice-field sites. Clay naturally carries "
        "salts, and from some fields our products show white powdery deposits within weeks of leaving the yard. "
        "We want a laboratory that tests clay lots and fired samples for efflorescence potential and recommends "
        "a treatment before we accept a load.",
        {"lOo119": 2, "lOo115": 1, "lOo117": 1},
    ),
    (
        "lOn19",
        "en",
        "tneutron",
        "Large garden pots crack while drying",
        "Pot workshop in Châu Thành (Trà Vinh) making planters up to 80 cm across. Our plastic river clay "
        "shrinks 5–8% as it dries and cracks open at the rim and base before firing. We need advice on adjusting "
        "the body (weathering, temper, grog or sand) and on drying conditions that let large, thick pieces dry "
        "evenly.",
        {"lOo118": 2, "lOo035": 2, "lOo057": 2, "lOo036": 1, "lOo058": 1, "lOo116": 1},
    ),
    (
        "lOn20",
        "vi",
        "thiennhien_travinh_dat",
        "Đất sét ngày càng khó mua, cần nguyên liệu thay một phần cho gạch nung",
        "Lò gạch ở Châu Thành (Trà Vinh) lâu nay mua đất ruộng: cào bỏ 0,1–0,2 m đất mặt rồi lấy sét sâu thêm "
        "0,4–0,5 m, giá 70–150 triệu đồng/ha. Chỉ trong 2010–2012 huyện đã mất khoảng 250–300 ha đất mặt và địa "
        "phương đang siết quản lý. Cần công nghệ giảm lượng đất sét cho mỗi viên gạch: pha phế thải, tro, bùn "
        "hoặc làm gạch rỗng mà vẫn đạt tiêu chuẩn.",
        {"lOo105": 2, "lOo101": 2, "lOo044": 2, "lOo159": 2, "lOo102": 1, "lOo095": 1},
    ),
    (
        "lOn21",
        "en",
        "socebd",
        "Mechanise clay kneading in our roof-tile workshop",
        "Tile workshop in Vũng Liêm. We still strip the topsoil, dig the clay by hand, weather it in heaps and "
        "temper it by treading and kneading, which is slow and leaves air pockets and lumps that crack tiles. "
        "We want a mixer or pug mill with de-airing that blends and tempers the clay to an even consistency "
        "ready for pressing.",
        {"lOo037": 2, "lOo036": 2, "lOo038": 1, "lOo035": 1},
    ),
    (
        "lOn22",
        "vi",
        "prodyogi",
        "Can may nghien, can va loc dat set de bo soi da, re cay",
        "Lo gom nho o Cau Ke lay dat set ruong con lan re cay, soi, cuc cung. Hien u dong cao 60–120 cm phoi mua "
        "nang roi nhat tay, van con san lam nut san pham. Can may can truc nghien dat, may loc hoac sang bo tap "
        "chat truoc khi nhao.",
        {"lOo038": 2, "lOo036": 2, "lOo035": 1},
    ),
    (
        "lOn23",
        "en",
        "tf_grog",
        "Reuse broken bricks and kiln rejects as grog",
        "Brick and pottery yard in Trà Ôn with piles of broken bricks and rejects from every firing. Brickmakers "
        "elsewhere grind such waste into grog (fired clay crushed to set particle sizes) and add it back to the "
        "body, to save clay and because fired clay does not shrink a second time. We need guidance on crushing, "
        "particle size and how much we can add without losing strength.",
        {"lOo159": 2, "lOo118": 2, "lOo035": 1},
    ),
    # --- forming ---
    (
        "lOn24",
        "vi",
        "processflow_tiles",
        "Cần máy ép ngói thay cho ép khuôn tay",
        "Cơ sở ngói ở Mang Thít ủ đất ngoài trời gần một năm cho dẻo, nghiền nhào, đùn thành bánh, cắt dây rồi "
        "ép ngói bằng khuôn tay, phơi vài ngày mới sấy và vào lò. Năng suất thấp, viên ngói không đều. Cần máy ép "
        "ngói (ép trục vít, ép mâm xoay hoặc dây chuyền đùn – cắt – ép) hợp với cơ sở vừa và nhỏ, kèm khuôn.",
        {"lOo039": 2, "lOo040": 2, "lOo042": 2, "lOo041": 2},
    ),
    (
        "lOn25",
        "en",
        "openquake_hollow",
        "Perforated bricks to save clay and weight",
        "Brick plant in Càng Long making solid bricks. Builders now ask for lighter fired clay blocks with "
        "perforations — elsewhere the holes take 25–70% of the gross volume — and our clay supply is shrinking. "
        "We need extrusion dies, a suitable extruder line and know-how for hollow or perforated bricks that "
        "still pass strength requirements.",
        {"lOo044": 2, "lOo045": 2, "lOo046": 2, "lOo038": 2},
    ),
    (
        "lOn26",
        "vi",
        "funtrivia",
        "Can may dun gach ong (gach co lo) cho lo gach o Tra On",
        "Lo gach o Tra On muon chuyen sang gach co lo de tiet kiem dat, vien nhe hon, say va nung deu hon (gach "
        "co lo thuong say 20–40 gio o 50–150°C truoc khi nung). Can may dun co khuon tao lo, day chuyen nho gom "
        "can, tron, dun, cat va huong dan van hanh.",
        {"lOo038": 2, "lOo044": 2, "lOo046": 2, "lOo045": 2, "lOo037": 1},
    ),
    (
        "lOn27",
        "en",
        "askvity",
        "Wire-cut facing bricks with sharp edges and textured faces",
        "We supply bricks to builders in Trà Vinh city who want exposed facing bricks: uniform size, smooth "
        "angular edges and either smooth or roller-textured faces. Our hand-moulded bricks cannot match this. "
        "We need an extrusion and wire-cutting set-up, dies and texturing rollers, and advice on preparing the "
        "clay for a good face.",
        {"lOo046": 2, "lOo045": 2, "lOo037": 1},
    ),
    (
        "lOn28",
        "vi",
        "lceted_wirecut",
        "Máy đùn gạch nhỏ cho tổ làm gạch mộc giao lò",
        "Tổ hợp tác làm gạch mộc giao cho các lò ở Mang Thít đang đóng gạch bằng khuôn bàn, tốn công và viên "
        "không đều. Muốn đầu tư máy đùn nhỏ mà một tổ khoảng năm người vận hành được (nạp đất và nước, đẩy dải, "
        "cắt dây, chuyển gạch), năng suất cao hơn đóng khuôn tay.",
        {"lOo043": 2, "lOo037": 2, "lOo046": 1, "lOo045": 1},
    ),
    (
        "lOn29",
        "en",
        "thealternative_tara",
        "Local workers instead of seasonal hand-moulders",
        "Our brickyard in Duyên Hải depends on hand-moulding crews who come only part of the year, so production "
        "stops for months. We are looking for a low-cost, easy-to-learn moulding machine that local people can "
        "run after short training, to lengthen our season and give steadier, better-shaped bricks.",
        {"lOo043": 2, "lOo037": 1},
    ),
    (
        "lOn30",
        "vi",
        "arttown_jigger",
        "Tạo hình chén, dĩa gốm đỏ hàng loạt, đều độ dày",
        "Cơ sở gốm ở Long Hồ muốn làm chén, dĩa gốm đỏ bán kèm quà lưu niệm, nhưng xoay tay thì dày mỏng không "
        "đều, năng suất thấp. Cần máy lăn khuôn (jigger/jolley): đặt lát đất lên khuôn thạch cao đang quay, dưỡng "
        "kim loại gạt tạo mặt còn lại; kèm cách làm khuôn và dưỡng.",
        {"lOo047": 2, "lOo048": 2, "lOo050": 1, "lOo049": 1},
    ),
    (
        "lOn31",
        "en",
        "digitalfire_backup551",
        "Faster mould-making for new souvenir shapes",
        "Ceramic gift workshop in Vĩnh Long city launching new shapes every season. Our mould-maker carves models "
        "by hand and case moulds take weeks. We want to use 3D design and printing to make masters and moulds "
        "faster, with help on the pitfalls: printing artefacts, warped prints, plaster gripping the print, sharp "
        "corners breaking.",
        {"lOo048": 2, "lOo049": 2, "lOo050": 2, "lOo051": 2, "lOo052": 1},
    ),
    # --- drying ---
    (
        "lOn32",
        "vi",
        "firedbrick_step3",
        "Mùa mưa gạch mộc phơi không khô, thiếu sân phơi",
        "Lò gạch ở Long Hồ phơi gạch mộc ngoài sân; mùa mưa gạch không khô, vào lò bị nứt, nổ, loang vệt, có lúc "
        "phải ngưng sản xuất. Cần giải pháp sấy gạch mộc trong nhà sấy dùng nhiệt thừa từ vùng làm nguội của lò, "
        "giảm phụ thuộc thời tiết và diện tích sân phơi.",
        {"lOo053": 2, "lOo056": 2, "lOo054": 1, "lOo057": 1, "lOo055": 1, "lOo004": 1, "lOo017": 1},
    ),
    (
        "lOn33",
        "en",
        "gluedideas_drying",
        "Green roof tiles crack when we speed up drying",
        "Tile maker in Cầu Ngang. To keep up with orders we dry tiles close to the kiln, but the surfaces shrink "
        "faster than the core and the tiles crack or warp. We need a drying method that controls temperature "
        "and humidity so tiles dry evenly, or a slower staged drying regime, without losing too much output.",
        {"lOo057": 2, "lOo058": 2, "lOo060": 1, "lOo054": 1, "lOo055": 1},
    ),
    (
        "lOn34",
        "en",
        "firedbrick_rules2",
        "Cut the energy our brick dryers use",
        "Tunnel-kiln brick plant in Duyên Hải. Drying the green bricks takes a large share of our energy and the "
        "dryer exhaust leaves hot and humid; fuel spent drying wet ware in the kiln is wasted too. We want an "
        "assessment of the dryer heat balance, heat recovery from the exhaust and from the kiln cooling zone, and "
        "options such as ambient-air drying stages.",
        {"lOo054": 2, "lOo055": 2, "lOo056": 2, "lOo053": 2, "lOo028": 1},
    ),
    (
        "lOn35",
        "en",
        "firedbrick_step3",
        "Use kiln cooling-zone heat to dry our roof tiles",
        "Cooperative tile works in Cầu Ngang with a continuous kiln. Hot air from the cooling zone is simply "
        "vented while green tiles wait in the sun for days. We want to duct that heat into a drying chamber or "
        "predryer so tiles reach the kiln dry without sun-drying.",
        {"lOo053": 2, "lOo056": 2, "lOo004": 2, "lOo017": 1},
    ),
    (
        "lOn36",
        "vi",
        "vietnam24h",
        "Buồng sấy mộc tận dụng nhiệt lò cho cơ sở gốm",
        "Một mẻ lò ở cơ sở chúng tôi (Mang Thít) mất khoảng một tháng: 5 ngày xếp dỡ, 15 ngày nung, 10 ngày xây "
        "cửa lò và chờ nguội. Nhiệt lúc làm nguội bị bỏ phí trong khi hàng gốm mộc phải phơi nắng nhiều ngày. "
        "Cần thiết kế buồng sấy mộc lấy nhiệt thải của lò để sấy hàng, rút ngắn chu kỳ sản xuất.",
        {"lOo017": 2, "lOo053": 2, "lOo056": 1, "lOo054": 1},
    ),
    (
        "lOn37",
        "en",
        "potters_org",
        "Low-cost covered drying shed for a pottery group",
        "Women's pottery group in Trà Cú carries pots outside every morning and back every evening to dry them in "
        "the sun; in the rainy season the workshop is too humid and pots stay wet for days. We need a simple, "
        "cheap covered drying shed that uses sun and air flow and protects pots from rain.",
        {"lOo059": 2, "lOo060": 1, "lOo058": 1, "lOo053": 1},
    ),
    # --- glazes, decoration, lead and cadmium ---
    (
        "lOn38",
        "vi",
        "gomsuxaydung_thuatngu",
        "Cần men không chì nung nhiệt độ thấp cho chén gốm đỏ",
        "Cơ sở gốm đỏ ở Mang Thít nung trong khoảng 900–1.150°C, muốn làm chén, tách tráng men cho du khách dùng "
        "đựng đồ ăn uống. Men chảy ở nhiệt độ thấp thường pha chì nên chúng tôi cần bài men không chì (hoặc men "
        "frit) nung được ở nhiệt độ đất nung, màu đẹp, an toàn thực phẩm, kèm cách thử nhanh.",
        {"lOo063": 2, "lOo061": 2, "lOo064": 1, "lOo062": 1},
    ),
    (
        "lOn39",
        "en",
        "health222_prop65",
        "Lead and cadmium test report for mugs sold in California",
        "Ceramic gift maker in Vĩnh Long whose US buyer sells our glazed terracotta mugs and plates in "
        "California. The buyer asks for Proposition 65 compliance: leachable lead at or below 0.226 ppm for "
        "plates and 0.1 ppm for bowls, mugs and pitchers, or else a warning label. We need a lab to test our "
        "samples for lead and cadmium and explain the results.",
        {"lOo070": 2, "lOo073": 2, "lOo071": 1, "lOo072": 1, "lOo062": 1},
    ),
    (
        "lOn40",
        "vi",
        "detectlead",
        "Chén đĩa gốm tráng men bị rạn, lo chì thôi ra",
        "Hợp tác xã gốm ở Long Hồ làm chén đĩa tráng men, dùng một thời gian thì men rạn chân chim. Khách nước "
        "ngoài cho biết FDA chỉ dựa vào tự chứng nhận của nhà nhập khẩu, mức thôi chì 3,0 µg/mL cho đĩa và 0,5 "
        "µg/mL cho cốc, nên đòi kết quả thử. Cần đơn vị thử thôi nhiễm chì và tư vấn chỉnh men để hết rạn.",
        {"lOo062": 2, "lOo073": 2, "lOo064": 2, "lOo069": 1},
    ),
    (
        "lOn41",
        "vi",
        "detectlead",
        "Chứng nhận giới hạn chì, cadimi cho lô gốm xuất sang Mỹ",
        "Doanh nghiệp gốm đỏ ở Vĩnh Long sắp xuất lô cốc, bát tráng men sang Mỹ. Nhà nhập khẩu phải tự chứng nhận "
        "hàng đạt mức FDA (đĩa 3,0 µg/mL chì, cốc 0,5 µg/mL) và chỉ bị kiểm tra khi có khiếu nại, nên họ yêu cầu "
        "chúng tôi có phiếu thử cho mỗi lô. Cần phòng thử nghiệm và tư vấn giới hạn chì, cadimi theo từng loại "
        "sản phẩm.",
        {"lOo072": 2, "lOo070": 2, "lOo073": 2, "lOo071": 1},
    ),
    (
        "lOn42",
        "en",
        "vanhoamientay_triton",
        "Logos and Khmer motifs fired onto terracotta souvenirs",
        "Khmer pottery group in Trà Cú making hand-built pots, stoves and basins, now also souvenirs for pagoda "
        "festivals and visitors. Buyers want the pagoda name, a logo or traditional Khmer motifs on each piece, "
        "but hand painting is slow and uneven. We need a decoration method — decals, screen or digital printing "
        "— that can be fired onto our ware.",
        {"lOo066": 2, "lOo067": 2, "lOo068": 2, "lOo052": 1},
    ),
    (
        "lOn43",
        "vi",
        "mugsgalore",
        "In, dán decal logo lên ly gốm làm quà tặng doanh nghiệp",
        "Xưởng gốm ở TP Vĩnh Long nhận đơn ly, cốc quà tặng in logo công ty, có khi in cả dưới đáy, trên quai "
        "hay mép trong miệng ly. Cần công nghệ in decal (in lụa hoặc in lito lên giấy chuyển) và cách dán, nung "
        "cho bám chắc, kèm nơi cung cấp giấy decal và chế độ nung.",
        {"lOo066": 2, "lOo067": 2, "lOo068": 2},
    ),
    (
        "lOn44",
        "vi",
        "otofun_underglaze",
        "Men nứt, phồng, co men trên chậu gốm tráng men",
        "Cơ sở làm chậu gốm tráng men ở Bình Minh hay bị men nứt, phồng bọt, co men hở mộc; màu vẽ dưới men (trừ "
        "màu xanh coban) bị biến màu khi nung. Cần chuyên gia phân tích nguyên nhân (bài men, độ dày lớp men, chế "
        "độ nung) và điều chỉnh công thức men cho khớp với xương đất.",
        {"lOo069": 2, "lOo064": 2, "lOo029": 1, "lOo030": 1},
    ),
    (
        "lOn45",
        "en",
        "abyssinia_foodsafe",
        "Adapt our glaze recipes to local materials",
        "We make glazed terracotta in Vũng Liêm with glaze recipes copied from books that call for imported "
        "feldspar and frits. We want to substitute cheaper local materials while keeping silica, alumina and "
        "fluxes in balance, check thermal expansion against our body, and predict before firing whether a glaze "
        "will be glossy, matte or crazed.",
        {"lOo064": 2, "lOo061": 1, "lOo069": 1},
    ),
    # --- kiln emissions ---
    (
        "lOn46",
        "en",
        "laodong_chomoi",
        "Flue-gas scrubber for our continuous brick kiln",
        "Brick company in Tiểu Cần that moved from traditional kilns to a continuous kiln. Neighbours still "
        "complain that smoke and dust reach their houses and fruit orchards, and long-time workers suffer "
        "respiratory and eye illness. We need a flue-gas treatment system (wet scrubber or absorption tower with "
        "dust removal) sized for our kiln, at a cost a mid-sized yard can afford.",
        {"lOo076": 2, "lOo077": 2, "lOo082": 1, "lOo078": 1, "lOo081": 1},
    ),
    (
        "lOn47",
        "vi",
        "thiennhien_cailo",
        "Khói đen từ lò gạch sát khu dân cư — cần cách đốt ít khói",
        "Lò gạch của gia đình ở Càng Long nằm gần khu dân cư, mỗi lần đốt khói đen mù mịt, đã bị nhắc nhở nhiều "
        "lần. Lò kiểu cũ vừa tốn chất đốt vừa ô nhiễm. Cần lò cải tiến hoặc cách xếp gạch, cấp nhiên liệu để cháy "
        "kiệt, khói nhạt màu và ít bụi hơn.",
        {"lOo006": 2, "lOo009": 2, "lOo005": 2, "lOo008": 2, "lOo078": 1, "lOo034": 1, "lOo002": 1, "lOo004": 1},
    ),
    (
        "lOn48",
        "en",
        "indiaenv_guidelines",
        "Check our kiln smoke opacity without costly instruments",
        "Small brick kilns in Trà Vinh burning husk and some coal; besides stack smoke, clay digging and brick "
        "transport raise dust. The authorities ask us to keep visible emissions under control, but we cannot "
        "afford stack analysers. We want a low-cost way to measure smoke opacity regularly, for example from "
        "camera photos, and keep records for inspections.",
        {"lOo080": 2, "lOo079": 1, "lOo028": 1},
    ),
    (
        "lOn49",
        "vi",
        "tailieu_phoyen",
        "Giải pháp tổng thể giảm ô nhiễm cho cụm lò gạch ở Mỹ An",
        "Cụm lò gạch thủ công ở Mỹ An (Mang Thít) vừa đào xới đất nông nghiệp làm nguyên liệu vừa xả khói gây ô "
        "nhiễm. Xã muốn có đề án tổng thể: quy hoạch vùng nguyên liệu và vùng sản xuất, chuyển đổi công nghệ lò, "
        "trình diễn mô hình, hỗ trợ vốn và đào tạo. Cần đơn vị khảo sát hiện trạng và đề xuất giải pháp cho cả "
        "cụm.",
        {"lOo082": 2, "lOo006": 1, "lOo001": 1, "lOo077": 1},
    ),
    # --- workers' health ---
    (
        "lOn50",
        "en",
        "droracle",
        "Silica dust check for our clay-crushing and stacking crews",
        "Brick factory in Duyên Hải with crews crushing dry clay, forming and stacking green bricks and unloading "
        "the kiln in heavy dust. Silicosis from respirable crystalline silica is irreversible and can progress "
        "after exposure stops. We want to know how much silica each job group breathes compared with the limits, "
        "and which jobs need dust control or respirators first.",
        {"lOo083": 2, "lOo084": 2, "lOo085": 2, "lOo086": 2, "lOo087": 1, "lOo088": 1},
    ),
    (
        "lOn51",
        "vi",
        "baobinhdinh_bui",
        "Khám sàng lọc bệnh bụi phổi cho thợ lò gạch, gốm",
        "Hợp tác xã gạch gốm ở Long Hồ có nhiều thợ làm lâu năm trong bụi đất, bụi lò; nhiều người ho, khó thở. "
        "Bụi cỡ 0,1–10 micromet lắng sâu trong phổi, bụi silic gây xơ phổi lan tỏa không hồi phục. Cần cơ sở y tế "
        "khám phát hiện sớm bệnh bụi phổi silic và tư vấn theo dõi sức khỏe định kỳ.",
        {"lOo087": 2, "lOo088": 1, "lOo083": 1},
    ),
    (
        "lOn52",
        "en",
        "thesafetymag_heat",
        "Heat stress programme for kiln crews in the dry season",
        "Our crews in Trà Ôn unload hot kilns and stoke fires through the dry season, often on long shifts. We "
        "read of an oven worker who collapsed and died of heat stroke near the end of a 12-hour shift with a core "
        "temperature of 42.5°C. We want a heat stress programme: assessing heat, work–rest schedules, water and "
        "acclimatisation, cooling clothing, and training for supervisors and workers.",
        {"lOo091": 2, "lOo090": 2, "lOo089": 1},
    ),
    (
        "lOn53",
        "vi",
        "droracle",
        "Can do bao ho cho tho lo gach: khau trang loc bui, gang tay chiu nhiet",
        "Lo gach o Tieu Can co tho boc gach nong, xuc tro, xep gach moc trong bui. Hit bui silic lau ngay co the "
        "bi benh bui phoi khong chua duoc. Can nha cung cap do bao ho: khau trang hoac mat na loc bui, gang tay "
        "chiu nhiet, kinh, giay bao ho, kem huong dan su dung.",
        {"lOo089": 2, "lOo088": 1, "lOo091": 1},
    ),
    (
        "lOn54",
        "en",
        "meridian_kasur",
        "Respiratory health survey for our pottery cooperative",
        "Pottery and brick cooperative in Mang Thít wants to know members' respiratory health before and after "
        "our kiln conversion. A study of brick kiln workers in Kasur found 78.33% with abnormal lung function and "
        "frequent cough in half of them. We need a team to measure dust and gases at work sites, run lung-function "
        "tests and symptom questionnaires, and report.",
        {"lOo084": 2, "lOo088": 2, "lOo083": 2, "lOo087": 1},
    ),
    # --- unfired and alternative bricks ---
    (
        "lOn55",
        "vi",
        "docz_travinh_gach",
        "Chuyển một phần lò gạch sang sản xuất gạch không nung",
        "Chúng tôi có lò gạch nung ven TP Trà Vinh. Tỉnh khuyến khích dùng gạch không nung, từng bước chấm dứt "
        "gạch nung trong công trình để bớt dùng đất màu và nhiên liệu hóa thạch. Muốn chuyển một phần sản xuất "
        "sang gạch không nung, ưu tiên loại tận dụng đất, máy móc vừa túi tiền; cần tư vấn công nghệ, tiêu chuẩn "
        "và đào tạo.",
        {"lOo095": 2, "lOo098": 2, "lOo099": 2, "lOo096": 1, "lOo097": 1, "lOo100": 1, "lOo103": 1},
    ),
    (
        "lOn56",
        "en",
        "historicrammed",
        "Pressed soil blocks for low-cost houses in Trà Cú",
        "A housing cooperative in Trà Cú wants to build low-cost houses for flood-hit families with blocks "
        "pressed from local soil instead of buying fired bricks. We need a press (manual or motorised), soil "
        "testing and stabiliser dosage, interlocking block shapes, and curing and building guidance.",
        {"lOo097": 2, "lOo098": 2, "lOo099": 2, "lOo095": 1},
    ),
    (
        "lOn57",
        "vi",
        "scirp_rha",
        "Tận dụng tro trấu làm gạch",
        "Nhà máy xay lúa kiêm lò gạch ở Vũng Liêm có nhiều tro trấu. Nghe nói có nơi làm gạch thay một phần hoặc "
        "toàn bộ đất sét bằng tro trấu, gạch nhẹ, xốp. Cần công thức phối trộn và quy trình (gạch nung hay không "
        "nung) dùng tro trấu mà vẫn đạt cường độ và độ hút nước.",
        {"lOo100": 2, "lOo101": 2, "lOo102": 2, "lOo104": 1},
    ),
    (
        "lOn58",
        "en",
        "qunfeng_aac",
        "Use fly ash from the Duyên Hải power plants in our bricks",
        "Brick yard near the Duyên Hải power centre. Fly ash piles up nearby and is promoted as a walling "
        "material — in aerated blocks it gives about a third of the density of clay brick. We would rather use it "
        "in our existing yard, mixed into fired clay bricks or pressed into unburnt bricks, without building an "
        "autoclave plant. We need mixes, pressing and curing guidance and test data.",
        {"lOo103": 2, "lOo104": 2, "lOo102": 2, "lOo015": 1, "lOo106": 1},
    ),
    (
        "lOn59",
        "vi",
        "dnext_societas",
        "Lam gach khong nung bang dat tai cho, may ep tay",
        "Hop tac xa o Cau Ngang muon tu lam gach dat ep ngay tai cong trinh: dat tai cho tron khoang 10% xi mang "
        "hoac voi, ep bang may, gach co ngam khoa xay khong can vua. Can may ep tay hoac may nho, huong dan chon "
        "dat, ty le tron va duong gach.",
        {"lOo098": 2, "lOo097": 2, "lOo099": 2, "lOo095": 1},
    ),
    (
        "lOn60",
        "vi",
        "ricecy",
        "Tro trau thai ra tu lo qua nhieu, muon ban hoac tan dung",
        "Lo gach o Mang Thit moi ngay dot nhieu trau, tro va than trau thai ra chat dong, bay bui, chua biet xu "
        "ly. Nghe noi tro trau chua nhieu silic, dung duoc trong nong nghiep hoac vat lieu. Can doanh nghiep thu "
        "mua hoac huong dan tan dung tro trau.",
        {"lOo139": 2, "lOo100": 1, "lOo101": 1},
    ),
    # --- product testing ---
    (
        "lOn61",
        "vi",
        "claymineadobe",
        "Cần thử cường độ nén, độ hút nước gạch để bán cho công trình",
        "Lò gạch ở Càng Long muốn bán gạch cho công trình vốn nhà nước, chủ đầu tư yêu cầu phiếu thử nghiệm. Cần "
        "phòng thí nghiệm thử cường độ nén (trung bình 5 viên), độ hút nước sau ngâm 24 giờ (gạch tốt không quá "
        "20%), hoa muối, kích thước và hình dạng, trả kết quả nhanh.",
        {"lOo110": 2, "lOo111": 2, "lOo112": 2},
    ),
    (
        "lOn62",
        "en",
        "rta_uk",
        "Test certificate for our clay roof tiles",
        "Roof-tile maker in Mang Thít approached by a buyer who wants test evidence: breaking strength, water "
        "impermeability and weathering durability, ideally against a recognised standard. We need a lab or "
        "programme to test our tiles and tell us which class they meet, plus simple checks we can do at the "
        "yard.",
        {"lOo113": 2, "lOo114": 2, "lOo110": 1},
    ),
    (
        "lOn63",
        "vi",
        "cad_testing",
        "Thử đất sét mới trước khi mua số lượng lớn",
        "Xưởng gốm ở Tam Bình định đổi sang nguồn đất sét ruộng ở Trà Ôn. Trước khi mua nhiều, muốn thử một mẫu "
        "khoảng 25 pound (hơn 11 kg): độ dẻo, độ co khi sấy và nung (kẻ vạch 10 cm), độ hút nước, ở nhiều nhiệt "
        "độ nung. Cần đơn vị hướng dẫn hoặc làm thử nghiệm phối liệu.",
        {"lOo115": 2, "lOo116": 2, "lOo117": 2, "lOo118": 1},
    ),
    (
        "lOn64",
        "en",
        "etbricks_eff",
        "White salt bloom on our facing bricks after rain",
        "Builders in Trà Vinh city using our red facing bricks complain that new walls turn white with salt "
        "within weeks, especially after rain; open, porous bricks suffer most. We need to find where the salts "
        "come from, test our bricks for efflorescence and add a treatment at the factory so bricks stay clean.",
        {"lOo119": 2, "lOo120": 2, "lOo110": 1, "lOo111": 1},
    ),
    (
        "lOn65",
        "en",
        "ceramicfix_seal",
        "Terracotta planters absorb too much water for EU winters",
        "Exporter of unglazed terracotta planters from Long Hồ. A European buyer says our pots soak up rain, "
        "stain and risk frost damage because the low-fired body is porous. We need to measure absorption and "
        "frost resistance against the buyer's standard and find a sealing or impregnating treatment that keeps "
        "the natural look.",
        {"lOo127": 2, "lOo128": 2, "lOo113": 1, "lOo116": 1},
    ),
    # --- design, souvenirs, export, finishing, packaging ---
    (
        "lOn66",
        "vi",
        "vinhlongtourist_quatang",
        "Thiết kế quà lưu niệm gốm đỏ cho khách du lịch",
        "Cơ sở gốm ở Mang Thít đón khách tham quan nhưng chỉ có chậu, lu, bình cỡ lớn, khách mua ít vì khó mang "
        "về. Khách Nhật và khách đoàn rất chuộng hàng thủ công tinh xảo, nhỏ gọn. Cần hỗ trợ thiết kế bộ quà lưu "
        "niệm gốm đỏ mang dấu ấn Vĩnh Long, đóng gói gọn, và cách đưa sản phẩm vào kênh bán cho du khách.",
        {"lOo122": 2, "lOo123": 2, "lOo124": 2, "lOo050": 1},
    ),
    (
        "lOn67",
        "en",
        "kinhtedothi_caitien",
        "New product designs that follow export trends",
        "Terracotta pot exporter in Vĩnh Long. Buyers change styles, colours and patterns every season and each "
        "market has its own taste; we mostly copy samples that buyers send. We want design support — trend "
        "research, new collections, prototypes — and a way to stop our designs being copied.",
        {"lOo122": 2, "lOo123": 1, "lOo125": 1, "lOo126": 1, "lOo049": 1},
    ),
    (
        "lOn68",
        "en",
        "sggp_valuechain",
        "Export buyers for our red terracotta pottery",
        "We are one of the 24 red-clay pottery establishments in the province (107 kilns in all, about 3.6 "
        "million products a year, exported to Europe, North America, Japan, Australia and Korea). We sell mostly "
        "through traders and want direct export channels: importers or sourcing partners for garden pots and "
        "what they require.",
        {"lOo126": 2, "lOo125": 1, "lOo123": 1, "lOo122": 1},
    ),
    (
        "lOn69",
        "vi",
        "sandiegosongbird",
        "Làm cũ (giả cổ) chậu đất nung theo đơn hàng",
        "Xưởng chậu ở Long Hồ nhận đơn chậu đất nung “giả cổ” cho khách châu Âu: mặt chậu phải có rêu, mốc, vệt "
        "trắng như chậu để ngoài vườn lâu năm. Đã thử bôi sữa chua, vôi, phân bón nhưng màu không đều. Cần quy "
        "trình làm cũ bề mặt ổn định để sản xuất hàng loạt.",
        {"lOo129": 2, "lOo130": 2, "lOo127": 1},
    ),
    (
        "lOn70",
        "en",
        "potteryix",
        "Waterproofing unglazed pots without a glossy look",
        "We sell unglazed red terracotta pots from Mang Thít for indoor plants and water features; water seeps "
        "through the walls and marks furniture, and outdoor pieces crack. We need a waterproofing or sealing "
        "treatment for inside and outside that keeps the matte natural look and lasts outdoors.",
        {"lOo127": 2, "lOo128": 2},
    ),
    (
        "lOn71",
        "vi",
        "lapella_pack",
        "Đóng gói chậu gốm bán online không bị bể",
        "Cơ sở gốm ở Vĩnh Long bắt đầu bán chậu, bình qua sàn thương mại điện tử, hàng giao đi xa bể nhiều. Cần "
        "quy cách đóng gói: bọc từng món, hộp trong hộp với lớp đệm khoảng 2 inch quanh hộp trong, vật liệu chèn "
        "phù hợp, và cách thử rơi trước khi gửi.",
        {"lOo131": 2, "lOo132": 2, "lOo133": 2, "lOo134": 1},
    ),
    # --- energy and carbon ---
    (
        "lOn72",
        "en",
        "ouci_india",
        "Energy audit for our brick kiln cluster",
        "Association of brick kilns in Mang Thít. Studies elsewhere show brick-making energy is badly "
        "underestimated and driven by kiln type, capacity and fuel mix, with better operating practice the first "
        "saving. We want an energy audit across members' kilns: fuel per brick, heat losses, and a list of "
        "conservation measures with costs and payback.",
        {"lOo142": 2, "lOo143": 2, "lOo144": 2, "lOo028": 1},
    ),
    (
        "lOn73",
        "vi",
        "mayepcamnoi",
        "Kiểm toán năng lượng cho xưởng gốm có lò nung",
        "Doanh nghiệp gốm ở Bình Minh có lò nung, máy nhào, máy đùn, buồng sấy; chi phí nhiên liệu và điện ngày "
        "càng lớn. Cần đơn vị kiểm toán năng lượng: đo đạc từng công đoạn, cân bằng năng lượng, chỉ ra chỗ lãng "
        "phí và đề xuất giải pháp có tính chi phí – lợi ích.",
        {"lOo144": 2, "lOo142": 2, "lOo143": 1},
    ),
    (
        "lOn74",
        "vi",
        "langkloof_energy",
        "Tính phát thải CO2 của viên gạch để chào công trình xanh",
        "Công ty gạch ở Trà Vinh muốn chào hàng cho dự án công trình xanh; chủ đầu tư hỏi năng lượng hàm chứa và "
        "lượng CO2 trên mỗi viên. Có nước ngành xây dựng chiếm tới 23% phát thải khí nhà kính nên tiêu chí công "
        "trình xanh ngày càng chặt. Cần đơn vị đánh giá vòng đời (từ khai thác đất đến cổng nhà máy) cho gạch "
        "của chúng tôi.",
        {"lOo145": 2, "lOo143": 1, "lOo142": 1},
    ),
    (
        "lOn75",
        "en",
        "vanhoamientay_triton",
        "Pressed relief tiles for a Khmer pagoda restoration",
        "Craft workshop in Trà Cú asked to supply terracotta relief tiles with Khmer patterns for a pagoda "
        "restoration in Trà Vinh. Carving every tile by hand is too slow. We want a quick way to make cutters or "
        "press moulds from digital drawings so we can press consistent relief tiles and fire them.",
        {"lOo052": 2, "lOo051": 1, "lOo048": 1, "lOo050": 1},
    ),
]
