"""Needs for holdout165 (lotus growing and lotus products), set in Trà Vinh / Vĩnh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve, 1 = partly relevant.
"""

NEEDS = [
    # --- varieties, planting material, pond preparation ---
    (
        "oKn01",
        "vi",
        "thvl_tanmy",
        "Cần giống sen lấy hạt năng suất cao cho vùng sen Tân Mỹ, Trà Ôn",
        "Tổ hợp tác trồng sen trên đất ruộng ở ấp Sóc Ruộng, xã Tân Mỹ (Trà Ôn) hiện có hơn 50 ha sen, giống cũ cho gương "
        "nhỏ, ít hạt chắc. Chúng tôi cần giống sen lấy hạt năng suất cao, cách chọn cây giống khỏe để mở rộng diện tích.",
        {"oKo002": 2, "oKo009": 2, "oKo004": 2, "oKo003": 1, "oKo016": 1, "oKo001": 1, "oKo153": 1},
    ),
    (
        "oKn02",
        "en",
        "camranh",
        "Field preparation to turn abandoned paddies into seed lotus (Cầu Ngang)",
        "Our farmer group in Cầu Ngang has several hectares of rice land left idle because yields were poor. We want to "
        "plant seed lotus there and need a practical land preparation routine: ploughing, manuring, when to flood and "
        "how soon we can start harvesting.",
        {"oKo005": 2, "oKo004": 1, "oKo020": 1, "oKo021": 1, "oKo009": 1, "oKo016": 1, "oKo153": 1},
    ),
    (
        "oKn03",
        "vi",
        "angiang_lua",
        "Can tu van chon giong sen va lam ao cho 2 ha ruong o Vung Liem",
        "Nha toi o Vung Liem co gan 2 ha ruong lua lam khong loi, muon chuyen sang trong sen. Can nguoi tu van nen chon giong "
        "sen nao (lay hat, lay cu hay lay hoa), xu ly dat day ao, muc nuoc ra sao de sen len tot.",
        {"oKo001": 2, "oKo003": 2, "oKo002": 1, "oKo009": 1, "oKo005": 1, "oKo011": 1},
    ),
    (
        "oKn04",
        "en",
        "auburn",
        "Clean, uniform lotus planting material for 20 ha",
        "A Trà Vinh agribusiness plans 20 ha of lotus and cannot find enough uniform, disease-free planting stock. We "
        "look for a nursery or laboratory able to supply rhizome or shoot planting material in volume, or to propagate "
        "our chosen variety for us.",
        {"oKo017": 2, "oKo010": 2, "oKo011": 1, "oKo008": 1, "oKo004": 1},
    ),
    (
        "oKn05",
        "vi",
        "danviet_dt",
        "Trồng sen trên đất trũng nhiễm phèn ở Trà Cú",
        "Hợp tác xã ở Trà Cú có vùng ruộng trũng, nước nhiễm phèn, trồng lúa bấp bênh. Cần mô hình trồng sen phù hợp đất "
        "phèn, bố trí mấy vụ một năm, năng suất và hiệu quả so với lúa.",
        {"oKo016": 2, "oKo009": 1, "oKo006": 1, "oKo001": 1, "oKo005": 1},
    ),
    (
        "oKn06",
        "en",
        "senhoalu",
        "Lotus ponds all leaves and few flowers — fertiliser advice (Tiểu Cần)",
        "Our lotus ponds in Tiểu Cần grow lush leaves but give few flowers and pods. We want a fertiliser programme for "
        "lotus: what to put in at planting, when to top-dress and how to avoid too much nitrogen.",
        {"oKo011": 2, "oKo010": 2, "oKo005": 1, "oKo134": 1},
    ),
    (
        "oKn07",
        "en",
        "ngosen_hongngu",
        "Which lotus type and water depth for a lotus-root crop in Long Hồ",
        "A grower in Long Hồ wants to produce lotus roots (rhizomes) for the fresh market rather than seeds. We need "
        "advice on the right lotus group for root yield and the water depth and land it needs.",
        {"oKo003": 2, "oKo012": 1, "oKo094": 1, "oKo006": 1, "oKo024": 1},
    ),
    (
        "oKn08",
        "vi",
        "d_senmini_eva",
        "Hạt sen ươm nảy mầm kém ở vườn ươm Càng Long",
        "Vườn ươm ở Càng Long gieo hạt sen để lấy cây con nhưng hạt vỏ cứng, ngâm cả tuần vẫn ít nảy mầm. Cần cách xử lý "
        "hạt cho nảy mầm nhanh, đều và cách nuôi cây con trước khi xuống ao.",
        {"oKo008": 2, "oKo013": 1, "oKo017": 1, "oKo011": 1},
    ),
    (
        "oKn09",
        "en",
        "kimlien",
        "Ornamental lotus collection for a pagoda garden near Ao Bà Om",
        "A pagoda and visitor garden near Ao Bà Om (Trà Vinh city) wants a collection of ornamental lotus in basins and "
        "a small pond: white, pink, yellow and many-petalled kinds, with guidance on growing them in containers.",
        {"oKo012": 2, "oKo007": 1, "oKo003": 1, "oKo001": 1, "oKo013": 1, "oKo119": 1},
    ),
    # --- lotus-and-fish, lotus-and-rice ---
    (
        "oKn10",
        "vi",
        "fishconsult",
        "Trồng sen trong ao nuôi cá ở Mang Thít",
        "Hộ nuôi cá ở Mang Thít có 1 ha ao, muốn trồng thêm sen trong ao để tăng thu nhập mà vẫn nuôi cá. Cần mô hình sen "
        "kết hợp cá đã làm thành công: loại cá, giống sen, chi phí và lợi nhuận.",
        {"oKo018": 2, "oKo019": 2, "oKo020": 2, "oKo022": 2, "oKo021": 1, "oKo023": 1},
    ),
    (
        "oKn11",
        "en",
        "thoxuan_ca",
        "Flower lotus with fish, low chemical inputs (Cầu Kè)",
        "A cooperative in Cầu Kè wants to grow lotus for cut flowers in ponds that also raise fish, using as little "
        "fertiliser and pesticide as possible. We need the design and the expected costs and profits of such a model.",
        {"oKo018": 2, "oKo019": 2, "oKo020": 1, "oKo022": 1, "oKo023": 1},
    ),
    (
        "oKn12",
        "vi",
        "hanam_vnp",
        "Lịch luân canh sen – lúa trong năm ở Tam Bình",
        "Nông dân Tam Bình nghe nói trồng sen lấy hạt lời gấp nhiều lần lúa, mùa thu hạt kéo dài chừng ba tháng. Muốn xen "
        "một vụ sen với lúa trên cùng ruộng: thu sen xong cấy lúa, hoặc làm lúa xong xuống sen. Cần lịch thời vụ cụ thể và "
        "cách giữ ruộng không bị sâu bệnh tích lũy.",
        {"oKo024": 2, "oKo025": 2, "oKo026": 2, "oKo027": 2, "oKo028": 1},
    ),
    (
        "oKn13",
        "en",
        "angiang_lua",
        "Lotus crop instead of a third rice crop (Châu Thành, Trà Vinh)",
        "Neighbours who turned about 2 ha of rice into lotus earn several times more, so farmers in Châu Thành district "
        "want to replace the risky third rice crop with lotus after the winter–spring harvest and return to rice later. "
        "We need a tested cropping calendar for rotating lotus with rice.",
        {"oKo024": 2, "oKo025": 2, "oKo026": 2, "oKo027": 2, "oKo028": 1},
    ),
    (
        "oKn14",
        "vi",
        "fishconsult",
        "Chuyển 5 ha lúa nước trời sang sen – cá ở Cầu Ngang",
        "Hợp tác xã ở Cầu Ngang có 5 ha lúa nước trời năng suất thấp, muốn chuyển sang trồng sen kết hợp nuôi cá. Cần "
        "đơn vị hướng dẫn cải tạo ruộng, đắp bờ, chọn giống sen, giống cá và cách chăm sóc.",
        {"oKo018": 2, "oKo019": 2, "oKo020": 2, "oKo021": 2, "oKo022": 2, "oKo023": 1},
    ),
    (
        "oKn15",
        "en",
        "hanam_news",
        "Design of an integrated lotus–fish pond for an aquaculture cooperative",
        "An aquaculture cooperative in Trà Vinh wants to add lotus to part of its ponds. We need a proven lotus–fish "
        "design: which fish species suit lotus ponds, stocking and water depth, and realistic returns.",
        {"oKo018": 2, "oKo019": 2, "oKo020": 2, "oKo022": 2, "oKo021": 1, "oKo023": 1},
    ),
    (
        "oKn16",
        "vi",
        "camranh",
        "Sau vu He Thu ruong ngap nuoc o Tra On, muon trong sen lay guong",
        "Ruong o Tra On sau vu lua He Thu thi ngap nuoc, bo trong may thang. Muon xuong giong sen lay guong trong thoi gian "
        "nay, can quy trinh trong va cham soc sen lay hat cho vu nay.",
        {"oKo009": 2, "oKo025": 2, "oKo027": 2, "oKo024": 1, "oKo026": 1, "oKo153": 1},
    ),
    (
        "oKn73",
        "en",
        "thvl_tanmy",
        "Herbicide-free seed lotus to meet buyers' demands (Trà Ôn)",
        "Seed-lotus growers in Trà Ôn are told by traders that seeds must be grown without herbicide. We want a proven "
        "production model for clean seed lotus that also pays better than rice.",
        {"oKo028": 2, "oKo116": 1, "oKo009": 1},
    ),
    # --- harvesting and dehulling seeds ---
    (
        "oKn17",
        "vi",
        "hatinh_pods",
        "Cần máy bóc vỏ hạt sen tươi cho cơ sở thu mua ở Cầu Kè",
        "Cơ sở chúng tôi ở Cầu Kè mỗi ngày thu mua gần 2 tấn gương sen, tách hạt và bóc vỏ hoàn toàn bằng tay, thiếu nhân "
        "công trầm trọng. Cần máy bóc vỏ hạt sen tươi năng suất khá, ít làm dập hạt.",
        {"oKo036": 2, "oKo035": 2, "oKo039": 2, "oKo040": 2, "oKo038": 2, "oKo037": 2, "oKo042": 1, "oKo150": 1},
    ),
    (
        "oKn18",
        "en",
        "thai_peeler2",
        "Affordable household lotus seed peeler with short payback (Trà Ôn)",
        "Lotus households in Trà Ôn cannot afford imported peelers. We need a small machine that peels at least "
        "3–4 kg of fresh seeds an hour, costs little to run and pays back within a year.",
        {"oKo036": 2, "oKo037": 2, "oKo038": 2, "oKo039": 1, "oKo035": 1, "oKo040": 1},
    ),
    (
        "oKn19",
        "vi",
        "hatinh_pods",
        "Can huong dan thoi diem thu hoach guong sen va phan loai o Long Ho",
        "To hop tac sen o Long Ho hay hai guong non hoac de gia qua, 50 kg guong chi duoc chung 35 kg hat, hat kem chat "
        "luong. Can huong dan dau hieu guong du tuoi, bao lau hai mot lan va cach phan loai guong de ban dung gia.",
        {"oKo033": 2, "oKo034": 2, "oKo041": 1, "oKo150": 1},
    ),
    (
        "oKn20",
        "en",
        "hanam_news",
        "Harvest maturity signs and picking interval for seed lotus (Tiểu Cần)",
        "A seed-lotus cooperative in Tiểu Cần sells unpeeled seeds to traders, and this dry year many pods had empty "
        "seeds. We want to agree with buyers on when pods are ripe and how often to pick, because early pods give watery "
        "seeds and late ones are hard to peel.",
        {"oKo033": 2, "oKo034": 2, "oKo041": 1},
    ),
    (
        "oKn21",
        "vi",
        "tcsae_peeler",
        "Bóc vỏ lụa và thông tim hạt sen tự động ở Bình Minh",
        "Xưởng ở Bình Minh đã tách vỏ xanh nhưng khâu bóc lớp vỏ lụa và thông tim sen vẫn làm tay, chậm và không đều. Cần "
        "giải pháp máy hoặc dây chuyền làm sạch vỏ lụa và lấy tim cho hạt sen xuất khẩu.",
        {"oKo042": 2, "oKo035": 1, "oKo040": 1, "oKo039": 1},
    ),
    (
        "oKn22",
        "en",
        "mku_peeler",
        "Cracking the hard black shell of mature dried lotus seeds (Cầu Ngang)",
        "Farmers in Cầu Ngang leave many pods to fully ripen; the seeds turn black and very hard. We need a way to "
        "remove that dry shell mechanically to sell dried seeds.",
        {"oKo041": 2, "oKo042": 1, "oKo038": 1},
    ),
    (
        "oKn23",
        "vi",
        "thai_peeler2",
        "Cần bộ phận bóc vỏ xanh cho hạt sen đã cắt vòng (Vũng Liêm)",
        "Cơ sở ở Vũng Liêm đã tự chế khâu cắt vòng quanh hạt sen tươi khoảng 3 tuần tuổi, nhưng khâu tách vỏ xanh ra khỏi "
        "nhân còn làm tay. Cần bộ phận tách vỏ sau cắt, hiệu suất cao, dùng được cho nhiều cỡ hạt.",
        {"oKo035": 2, "oKo036": 2, "oKo039": 2, "oKo040": 2, "oKo037": 1},
    ),
    # --- drying, storing, seed products ---
    (
        "oKn24",
        "vi",
        "sendongthap_kho",
        "Cần máy sấy hạt sen 50–100 kg/mẻ giữ màu trắng (Trà Vinh)",
        "Cơ sở làm hạt sen sấy ở thành phố Trà Vinh đang phơi nắng, mưa là hỏng, hạt không đều màu. Cần máy sấy hạt sen "
        "khoảng 50–100 kg/mẻ, sấy nhiệt độ thấp để hạt trắng, không vàng, và quy trình vận hành.",
        {"oKo049": 2, "oKo048": 2, "oKo056": 1, "oKo053": 1, "oKo054": 1, "oKo050": 1, "oKo064": 1},
    ),
    (
        "oKn25",
        "en",
        "five_drying",
        "Dried lotus seeds turn yellow or black (Cầu Kè)",
        "Our family workshop in Cầu Kè dries peeled lotus seeds but many turn yellow or dark and prices drop; we know "
        "that hot air, microwave and freeze drying give different colour and hardness but do not know which to use. We "
        "need a drying procedure that keeps seeds white, with temperatures and the final moisture to aim for.",
        {"oKo048": 2, "oKo050": 2, "oKo053": 1, "oKo054": 1, "oKo049": 1, "oKo042": 1},
    ),
    (
        "oKn26",
        "vi",
        "meo_fresh",
        "Hat sen tuoi de tu mat 10 ngay la tham, can cach bao quan ban quanh nam",
        "Cua hang hat sen o Vinh Long mua hat sen tuoi mua thu hoach, de ngan mat tu lanh chung 10 ngay la tham den. Can cach "
        "bao quan hat sen tuoi va hat sen kho de ban duoc quanh nam.",
        {"oKo051": 2, "oKo052": 2, "oKo055": 2, "oKo056": 1},
    ),
    (
        "oKn27",
        "en",
        "mekongint_process",
        "Export requirements and buyers for dried lotus seeds (Trà Ôn)",
        "A lotus cooperative in Trà Ôn can already peel, core, dry seeds below 12% moisture and sort them, and wants to "
        "export dried lotus seeds for the first time. We need to know which markets buy, what prices and certificates "
        "they expect, and to find a buyer or exporter partner.",
        {"oKo057": 2, "oKo060": 2, "oKo062": 2, "oKo042": 1},
    ),
    (
        "oKn28",
        "vi",
        "peroma_milk",
        "Sữa hạt sen đóng chai bị tách lớp, lắng cặn (Vĩnh Long)",
        "Doanh nghiệp nhỏ ở Vĩnh Long làm sữa hạt sen đóng chai, để vài ngày là tách lớp, lắng bột dưới đáy. Cần công nghệ "
        "xử lý để sữa hạt sen ổn định, bảo quản được lâu.",
        {"oKo059": 2, "oKo058": 1, "oKo149": 1, "oKo146": 1},
    ),
    (
        "oKn29",
        "en",
        "lotus_popcorn",
        "Crunchy puffed lotus seed snack (Vĩnh Long)",
        "A snack maker in Vĩnh Long wants a crunchy, ready-to-eat puffed lotus seed product. We need a drying or puffing "
        "method that gives a light, brittle texture.",
        {"oKo054": 2, "oKo146": 1, "oKo053": 1, "oKo061": 1},
    ),
    (
        "oKn30",
        "vi",
        "five_drying",
        "Rút ngắn thời gian sấy hạt sen bằng vi sóng (Long Hồ)",
        "Cơ sở ở Long Hồ sấy hạt sen bằng lò nhiệt mất cả buổi. Muốn thử sấy vi sóng, cần chế độ công suất, khối lượng mẻ "
        "và cách dự đoán độ ẩm theo thời gian.",
        {"oKo053": 2, "oKo054": 1, "oKo048": 1, "oKo049": 1},
    ),
    (
        "oKn31",
        "en",
        "mekongint_export",
        "Mould in a dried lotus seed warehouse in the rainy season",
        "A trader in Trà Vinh stores dried lotus seeds for months; in the rainy season air humidity stays high and lots "
        "go mouldy. We need dehumidification or cold-drying equipment for the store room.",
        {"oKo056": 2, "oKo052": 1, "oKo055": 1},
    ),
    (
        "oKn32",
        "vi",
        "dantoc_chain",
        "Tìm đầu ra ổn định cho hạt sen khô và củ sen (Trà Cú)",
        "Hợp tác xã sen ở Trà Cú muốn đi theo hướng chuỗi giá trị sen như vùng sen lớn, nhưng hiện hạt sen sấy khô và củ "
        "sen chỉ bán lẻ cho thương lái, giá bấp bênh. Cần doanh nghiệp thu mua ổn định, kể cả cho xuất khẩu.",
        {"oKo057": 2, "oKo060": 2, "oKo093": 2, "oKo019": 1, "oKo062": 1},
    ),
    (
        "oKn74",
        "vi",
        "lotus_popcorn",
        "Làm hạt sen sấy giòn ăn liền (Trà Vinh)",
        "Cơ sở đặc sản ở Trà Vinh muốn làm hạt sen sấy giòn ăn liền bán cho khách du lịch. Cần phương pháp sấy, nổ cho "
        "hạt xốp giòn, giữ màu đẹp.",
        {"oKo054": 2, "oKo061": 1, "oKo146": 1, "oKo053": 1},
    ),
    # --- lotus tea: flowers, leaves, seed germ ---
    (
        "oKn33",
        "vi",
        "sixt_tea",
        "Quy trình ướp trà hoa sen từ đầm sen nhà (Trà Vinh)",
        "Gia đình có đầm sen ở Châu Thành (Trà Vinh) muốn làm trà ướp hoa sen bán làm quà. Cần quy trình chọn hoa, tách "
        "gạo sen, ướp với trà nền và số lượng hoa cần cho mỗi ký trà.",
        {"oKo065": 2, "oKo066": 2, "oKo068": 2, "oKo078": 2, "oKo067": 2, "oKo079": 1, "oKo080": 1},
    ),
    (
        "oKn34",
        "en",
        "mytour_trasen",
        "Lotus-scented tea loses aroma quickly (Tam Bình)",
        "Our lotus tea brand in Tam Bình finds the lotus aroma fades a few weeks after packing. We need a scenting or "
        "processing method that keeps a strong lotus aroma for longer.",
        {"oKo069": 2, "oKo066": 2, "oKo067": 2, "oKo079": 1, "oKo065": 1},
    ),
    (
        "oKn35",
        "vi",
        "leaf_review",
        "Lá sen bỏ phí, muốn làm trà lá sen (Tiểu Cần)",
        "Nông dân trồng sen ở Tiểu Cần cắt bỏ rất nhiều lá sen, trong khi nghe nói lá sen có nhiều hoạt chất được ngành "
        "thực phẩm dùng. Muốn bán lá hoặc làm trà lá sen để có thêm thu nhập, cần nơi thu mua hoặc quy trình chế biến.",
        {"oKo070": 2, "oKo072": 2, "oKo069": 1, "oKo071": 1, "oKo081": 1},
    ),
    (
        "oKn36",
        "en",
        "drotrong_leaf",
        "Lotus leaf tea processing for a herbal tea start-up (Vĩnh Long)",
        "A herbal tea start-up in Vĩnh Long wants to launch lotus leaf tea. We need the processing steps — leaf "
        "selection, cutting, drying — and brewing and safety guidance for the label.",
        {"oKo070": 2, "oKo071": 1, "oKo072": 1, "oKo077": 1, "oKo081": 1},
    ),
    (
        "oKn37",
        "vi",
        "lientam",
        "Co so tach hat sen o Cau Ke du tim sen, muon lam tra tim sen",
        "Co so tach hat sen o Cau Ke moi ngay du ra nhieu tim sen, dang phoi ban re. Muon so che, say va dong goi tra tim sen "
        "dung cach de ban.",
        {"oKo073": 2, "oKo151": 2, "oKo048": 1, "oKo074": 1, "oKo075": 1, "oKo152": 1, "oKo156": 1},
    ),
    (
        "oKn38",
        "en",
        "healcentral",
        "Extracting alkaloids from lotus plumule and leaves (Trà Vinh)",
        "A functional-food company in Trà Vinh wants to extract alkaloids such as nuciferine and neferine from lotus "
        "plumules and leaves for supplements. We need extraction technology and an ingredient partner.",
        {"oKo076": 2, "oKo077": 2, "oKo074": 1, "oKo075": 1, "oKo147": 1, "oKo148": 1},
    ),
    (
        "oKn39",
        "vi",
        "alkaloid_ind",
        "Kiểm nghiệm hàm lượng alcaloid trong tâm sen trước khi bán",
        "Cơ sở thu gom tâm sen ở Vĩnh Long sắp giao hàng cho công ty dược, được yêu cầu kết quả kiểm nghiệm hàm lượng "
        "alcaloid. Cần đơn vị phân tích và tiêu chuẩn dược liệu tâm sen.",
        {"oKo075": 2, "oKo074": 1, "oKo076": 1},
    ),
    (
        "oKn40",
        "en",
        "trabupsen",
        "Lotus bud tea to sell to visitors (Long Hồ)",
        "A lotus pond owner in Long Hồ wants to sell tea scented inside fresh lotus buds to visitors. We need the method "
        "of filling and scenting the buds and how long to keep them.",
        {"oKo067": 2, "oKo078": 2, "oKo065": 1, "oKo066": 1, "oKo080": 1},
    ),
    (
        "oKn41",
        "vi",
        "holymtn",
        "Làm trà oolong hương sen từ lá và hoa sen tại chỗ",
        "Doanh nghiệp trà ở Vĩnh Long muốn dùng lá và hoa sen trồng tại chỗ để làm trà oolong hương sen, giữ được mùi sen. "
        "Cần công nghệ hoặc đối tác chuyển giao.",
        {"oKo069": 2, "oKo066": 1, "oKo070": 1, "oKo078": 1, "oKo079": 1},
    ),
    (
        "oKn42",
        "en",
        "youngandcareer",
        "Safe-use label for lotus germ tea (Trà Vinh pharmacy chain)",
        "A pharmacy chain in Trà Vinh will sell lotus germ (lotus heart) tea and needs advice on dose, who should not "
        "drink it and how to use it correctly, to print on the pack.",
        {"oKo156": 2, "oKo073": 1, "oKo151": 1, "oKo152": 1},
    ),
    # --- lotus root and stem processing ---
    (
        "oKn43",
        "en",
        "agagri_root",
        "Peeled lotus root browns before reaching supermarkets (Bình Tân)",
        "A processor in Bình Tân peels lotus roots for supermarkets in Ho Chi Minh City, but the cut roots brown within "
        "hours. We need an anti-browning treatment and packaging that keep them white for shipping.",
        {"oKo085": 2, "oKo096": 1, "oKo092": 1},
    ),
    (
        "oKn44",
        "vi",
        "root_powder_colour",
        "Làm bột củ sen hiệu suất thấp, bột không trắng (Long Hồ)",
        "Cơ sở ở Long Hồ làm bột củ sen thủ công, thu được ít bột, bột để ngoài không khí ngả nâu xám nên khách chê; không "
        "muốn dùng chất tẩy trắng. Cần quy trình xay, lọc, lắng và sấy để tăng hiệu suất và bột có màu tự nhiên đẹp.",
        {"oKo086": 2, "oKo097": 2, "oKo087": 1, "oKo088": 1},
    ),
    (
        "oKn45",
        "en",
        "iqf_japan",
        "Export buyer for lotus roots from Trà Ôn growers",
        "A group of lotus-root growers in Trà Ôn wants a stable export buyer for roots, fresh, frozen or dried. We need "
        "companies that contract growers and export lotus root.",
        {"oKo093": 2, "oKo060": 2, "oKo092": 1},
    ),
    (
        "oKn46",
        "vi",
        "root_japan_first",
        "Cấp đông IQF củ sen cắt lát đạt chuẩn Nhật (Vũng Liêm)",
        "Cơ sở ở Vũng Liêm muốn làm củ sen cắt lát cấp đông xuất khẩu sang Nhật. Cần quy trình cắt lát, cấp đông nhanh và "
        "các yêu cầu kiểm tra vùng trồng, nhà xưởng của khách Nhật.",
        {"oKo092": 2, "oKo085": 1, "oKo093": 1},
    ),
    (
        "oKn47",
        "vi",
        "ngosen_hongngu",
        "Ngo sen cat xong bi tham den, can cach so che ngam chua",
        "Co so o Tra Vinh ban ngo sen cho nha hang, ngo cat ra de mot luc la tham den. Can cach so che cho ngo trang, rut xo "
        "va lam ngo sen ngam chua ngot de ban.",
        {"oKo096": 2, "oKo085": 1},
    ),
    (
        "oKn48",
        "en",
        "cusen_tea_outline",
        "Lotus root herbal tea process (Vĩnh Long)",
        "A tea workshop in Vĩnh Long wants to add a herbal tea made from lotus root. We need a tested processing "
        "procedure and the key process parameters.",
        {"oKo090": 2, "oKo087": 1, "oKo091": 1},
    ),
    (
        "oKn49",
        "vi",
        "ngosen_hongngu",
        "Kỹ thuật trồng sen lấy ngó bán quanh năm (Trà Ôn)",
        "Hộ ở Trà Ôn có 1 ha ruộng trũng muốn trồng sen lấy ngó để ngày nào cũng có hàng bán. Cần kỹ thuật trồng, chi phí, "
        "năng suất ngó và cách thu hoạch.",
        {"oKo094": 2, "oKo095": 2, "oKo020": 2, "oKo003": 1, "oKo005": 1},
    ),
    (
        "oKn50",
        "en",
        "root_starch_trad",
        "Checking lotus root powder for bleaching or adulteration",
        "A buyer of lotus root powder in Vĩnh Long receives lots that look suspiciously white. We need a way to judge "
        "genuine lotus root powder and spot bleached or adulterated product.",
        {"oKo088": 2, "oKo089": 1},
    ),
    # --- lotus-stem fibre and silk weaving ---
    (
        "oKn51",
        "vi",
        "silk_dantri",
        "Học nghề rút tơ sen từ cuống sen bỏ đi (Cầu Ngang)",
        "Hợp tác xã phụ nữ ở Cầu Ngang thấy cuống sen sau thu hoạch bị bỏ đi rất nhiều, muốn học nghề rút tơ sen để làm "
        "sợi, dệt khăn. Cần nơi dạy nghề và hướng dẫn kỹ thuật rút tơ.",
        {"oKo100": 2, "oKo104": 2, "oKo103": 2, "oKo154": 1, "oKo101": 1, "oKo102": 1},
    ),
    (
        "oKn52",
        "en",
        "silk_vtv",
        "Adapting looms to weave lotus fibre (Trà Vinh weaving group)",
        "A weaving group in Trà Vinh that weaves cotton and silk wants to weave lotus fibre, but the thread is very soft "
        "and breaks on our looms. We need experience on adjusting looms for lotus fibre.",
        {"oKo102": 2, "oKo100": 1, "oKo101": 1, "oKo154": 1},
    ),
    (
        "oKn53",
        "vi",
        "silk_vietnamplus",
        "Số liệu năng suất rút tơ sen để tính giá thành",
        "Nhóm khởi nghiệp ở Vĩnh Long định làm khăn tơ sen, cần số liệu thực tế: một khăn cần bao nhiêu cuống sen, một thợ "
        "mỗi ngày làm được bao nhiêu cuống, mất bao lâu đào tạo thợ.",
        {"oKo103": 2, "oKo100": 2, "oKo101": 1},
    ),
    (
        "oKn54",
        "en",
        "silk_ecosilky",
        "Lotus stalks dry out before fibre drawing (Tam Bình)",
        "Stalks we collect from ponds in Tam Bình often dry before the fibre is drawn and the thread snaps. We need "
        "handling rules: how fast to process stalks and how to dry and keep the fibre.",
        {"oKo101": 2, "oKo103": 2, "oKo104": 2, "oKo100": 1},
    ),
    (
        "oKn55",
        "vi",
        "silk_wiki",
        "Tìm nguồn lụa tơ sen và đối tác thiết kế sản phẩm",
        "Doanh nghiệp quà tặng ở Vĩnh Long muốn bán khăn, trang phục từ lụa tơ sen. Cần nguồn cung vải, khăn lụa tơ sen và "
        "đối tác thiết kế sản phẩm.",
        {"oKo105": 2, "oKo106": 2, "oKo108": 2, "oKo107": 1, "oKo154": 1},
    ),
    # --- lotus ponds for eco-tourism ---
    (
        "oKn57",
        "vi",
        "znews_sen",
        "Đầm sen kết hợp du lịch trải nghiệm văn hóa Khmer (Trà Cú)",
        "Nhóm hộ Khmer ở Trà Cú muốn cải tạo ruộng trũng thành đầm sen đón khách, kết hợp giới thiệu văn hóa, bán trà sen "
        "và hạt sen. Cần mô hình đã vận hành: diện tích, giá vé, sản phẩm bán kèm.",
        {"oKo116": 2, "oKo117": 2, "oKo125": 2, "oKo155": 2, "oKo122": 1},
    ),
    (
        "oKn58",
        "en",
        "d_farm_tours",
        "Farm-experience tours in a lotus field (Vũng Liêm)",
        "Fruit-garden tours with fish catching and overnight stays are common in our area; a family farm in Vũng Liêm "
        "wants a similar experience in its lotus field, where visitors harvest lotus roots and seeds by boat and cook "
        "lotus dishes. We need a proven package of activities, meals and pricing.",
        {"oKo118": 2, "oKo119": 2, "oKo123": 2, "oKo124": 2, "oKo126": 1, "oKo128": 1},
    ),
    (
        "oKn59",
        "vi",
        "hongduong",
        "Vận hành điểm tham quan đầm sen 10 ha (Châu Thành)",
        "Chủ đầm sen 10 ha ở Châu Thành (Trà Vinh) muốn bán vé tham quan, cho khách chèo xuồng, chụp ảnh. Cần mô hình vận "
        "hành: giá vé, nhân sự, dịch vụ đi kèm.",
        {"oKo117": 2, "oKo120": 2, "oKo124": 2, "oKo155": 2, "oKo123": 1, "oKo126": 1},
    ),
    (
        "oKn60",
        "en",
        "znews_sen",
        "Planning lotus photo-tourism on converted rice land (Cầu Kè)",
        "A commune in Cầu Kè is converting low-yield rice land to lotus and wants to draw photo visitors. We need "
        "examples of pricing, seasons and products sold at paid lotus fields.",
        {"oKo116": 2, "oKo117": 2, "oKo121": 2, "oKo155": 2, "oKo122": 1, "oKo126": 1},
    ),
    (
        "oKn61",
        "vi",
        "znews_sen",
        "Tư vấn quy hoạch điểm du lịch sinh thái đồng sen cộng đồng",
        "Xã có cồn và ruộng trũng ở Châu Thành (Trà Vinh) muốn quy hoạch điểm du lịch sinh thái cộng đồng gắn với đồng sen. "
        "Cần đơn vị tư vấn đánh giá tài nguyên và mô hình cộng đồng cùng làm du lịch.",
        {"oKo116": 2, "oKo122": 2, "oKo119": 1, "oKo126": 1, "oKo127": 1},
    ),
    (
        "oKn62",
        "en",
        "bazan_thapmuoi",
        "Making a natural lotus pond a visitor attraction (Trà Vinh city)",
        "A ward in Trà Vinh city has a natural pond full of lotus and wants to turn it into an attraction with boat "
        "rides and sales of lotus products, run with local households.",
        {"oKo116": 2, "oKo119": 2, "oKo120": 2, "oKo125": 2, "oKo117": 1, "oKo124": 1},
    ),
    (
        "oKn63",
        "en",
        "kimlien",
        "Team-building packages at a lotus field (Long Hồ)",
        "A lotus field in Long Hồ gets requests from companies for team-building days. We need activities, folk games "
        "and lotus-based meals to offer groups.",
        {"oKo118": 2, "oKo123": 2, "oKo119": 1, "oKo126": 1},
    ),
    # --- pests and diseases of lotus ---
    (
        "oKn64",
        "vi",
        "livetoplant",
        "Bọ trĩ, rệp làm lá sen co rúm, cuống sần (Trà Ôn)",
        "Ruộng sen ở Trà Ôn mùa nắng bị bọ trĩ, rệp chích hút, lá non co rúm không bung, cuống chai sần. Cần cách phòng trừ "
        "hiệu quả, phun lúc nào và bao lâu một lần.",
        {"oKo130": 2, "oKo132": 2, "oKo136": 1, "oKo137": 1, "oKo139": 1, "oKo141": 1},
    ),
    (
        "oKn65",
        "en",
        "liaocheng",
        "Anthracnose on lotus leaves and pods, low-chemical control (Vĩnh Long)",
        "Lotus fields in Vĩnh Long show brown spots with rings on leaves, flowers and pods in wet weather; we suspect "
        "anthracnose rather than black spot. We need diagnosis and a low-chemical control programme.",
        {"oKo131": 2, "oKo133": 2, "oKo130": 1, "oKo135": 1},
    ),
    (
        "oKn66",
        "vi",
        "plantaide",
        "Sen lấy củ bị thối, lá khô từ mép, ruộng vàng cháy (Bình Tân)",
        "Ruộng sen lấy củ ở Bình Tân lá xanh nhạt rồi khô từ mép vào, cả ruộng vàng như cháy, củ và thân thối đen. Cần "
        "chẩn đoán và biện pháp xử lý, phòng cho vụ sau.",
        {"oKo134": 2, "oKo133": 2, "oKo136": 1, "oKo142": 1, "oKo138": 1},
    ),
    (
        "oKn67",
        "en",
        "airnano",
        "Armyworm caterpillars stripping lotus leaves (Cầu Kè)",
        "In the dry season, swarms of young caterpillars eat lotus leaves in our Cầu Kè fields, leaving only veins. We "
        "need identification and control timing.",
        {"oKo130": 2, "oKo132": 2, "oKo139": 1, "oKo140": 1, "oKo141": 1},
    ),
    (
        "oKn68",
        "vi",
        "d_snail_ecology",
        "Ốc bươu vàng cắn lá sen non ở ruộng mới trồng (Cầu Ngang)",
        "Ruộng sen mới xuống giống ở Cầu Ngang bị ốc bươu vàng cắn lá non, cuống non. Cần biện pháp kiểm soát ốc trong ao "
        "sen mà hạn chế thuốc.",
        {"oKo137": 2, "oKo144": 1},
    ),
    (
        "oKn69",
        "en",
        "canhdieu",
        "Drone spraying service for a large lotus farm (Trà Cú)",
        "A lotus farm of over 30 ha in Trà Cú finds wading through ponds to spray too slow and costly. We want a drone "
        "spraying service for lotus fields.",
        {"oKo139": 2, "oKo130": 1},
    ),
    (
        "oKn70",
        "vi",
        "mysheen_pests",
        "Lá sen bị đốm đen, đốm nâu mùa mưa (Tam Bình)",
        "Sen ở Tam Bình vào mùa mưa lá nổi đốm vàng rồi thành đốm nâu, đốm đen có vòng, lá khô dần. Cần xác định bệnh và "
        "cách trị.",
        {"oKo135": 2, "oKo134": 2, "oKo142": 2, "oKo138": 2, "oKo131": 1, "oKo136": 1},
    ),
    (
        "oKn71",
        "en",
        "khcn_pests",
        "Season-long pest calendar for a seed-lotus cooperative",
        "A seed-lotus cooperative in Trà Vinh wants a calendar of the main pests and diseases through the season and when "
        "to act on each, to plan labour and inputs.",
        {"oKo136": 2, "oKo130": 1, "oKo132": 1, "oKo137": 1},
    ),
    (
        "oKn72",
        "vi",
        "plantaide",
        "Ruộng sen trồng liền 3 vụ năng suất giảm (Mang Thít)",
        "Ruộng sen ở Mang Thít trồng liên tục ba vụ không thay giống, sâu bệnh nhiều, gương nhỏ. Cần giải pháp canh tác, "
        "luân canh để phục hồi năng suất.",
        {"oKo026": 2, "oKo134": 2, "oKo138": 1},
    ),
    (
        "oKn75",
        "en",
        "senhoalu",
        "Propagating lotus from runners and shoots for a nursery",
        "A nursery in Trà Vinh wants to multiply lotus from rhizome and shoot pieces rather than seed, and sell planting "
        "stock to farmers. We need a supplier of shoot stock and guidance.",
        {"oKo010": 2, "oKo011": 2, "oKo004": 1, "oKo017": 1},
    ),
    (
        "oKn56",
        "en",
        "silk_wiki",
        "Which stalks and months give the best lotus fibre (Vĩnh Long)",
        "A craft group in Vĩnh Long plans to buy lotus stalks from pond owners for fibre; abroad, weavers use one pink "
        "lotus variety from lakes. We need to know in which months stalks can be collected and which stalks (age, leaf "
        "or flower stalks) give the strongest thread.",
        {"oKo102": 2, "oKo103": 2, "oKo104": 2, "oKo100": 1},
    ),
]
